//! Checkpointed loops (issue 16): `#[differentiate(checkpoint)]` keeps the state of a long loop
//! every `√n` iterations instead of a record of each, and runs each segment again in the reverse
//! sweep. The gradients are bit for bit those of the plain loop, whatever the loop's length
//! (a square, not a square, 1, 0), with state of floats, arrays and integers, and nested loops and
//! branches inside.

use grad::nn::*;
use grad::runtime::ndarray::{Array1, Array2, Axis};

/// A recurrent net over `xs`'s rows: the hidden state and the loss are the loop's state.
macro_rules! recurrent {
    ($name:ident, $($option:tt)*) => {
        #[grad::differentiate(wrt(w, u) $($option)*)]
        fn $name(w: &Array2<f64>, u: &Array2<f64>, xs: &Array2<f64>) -> f64 {
            let mut h = Array1::<f64>::zeros(w.nrows());
            let mut loss = 0.0;
            let mut steps = 0;
            for t in 0..xs.nrows() {
                h = (w.dot(&h) + u.dot(&xs.row(t))).mapv(f64::tanh);
                if t % 3 == 0 {
                    loss += h.sum() * 0.5;
                } else {
                    let mut inner = 0.0;
                    for v in h.iter() {
                        inner += v * v;
                    }
                    loss -= inner * 0.25;
                }
                steps += 1;
            }
            loss / (steps as f64 + 1.0)
        }
    };
}

recurrent!(plain,);
recurrent!(checkpointed, , checkpoint);

/// An LSTM written as a loop of `lstm_step`s, cell and hidden state carried.
macro_rules! lstm_loop {
    ($name:ident, $($option:tt)*) => {
        #[grad::differentiate(wrt(wx, wh, b) $($option)*)]
        fn $name(x: &Array2<f64>, wx: &Array2<f64>, wh: &Array2<f64>, b: &Array1<f64>) -> f64 {
            let hidden = wh.nrows();
            let mut h = Array2::<f64>::zeros((1, hidden));
            let mut c = Array2::<f64>::zeros((1, hidden));
            for t in 0..x.nrows() {
                let xt = x.row(t).to_owned().insert_axis(Axis(0));
                let (next_h, next_c) = lstm_step(&xt, &h, &c, wx, wh, b);
                h = next_h;
                c = next_c;
            }
            h.sum() + c.sum() * 0.5
        }
    };
}

lstm_loop!(lstm_plain,);
lstm_loop!(lstm_checkpointed, , checkpoint);

fn data(rows: usize, cols: usize, seed: f64) -> Array2<f64> {
    Array2::from_shape_fn((rows, cols), |(i, j)| {
        ((i * cols + j) as f64 * 0.37 + seed).sin()
    })
}

#[test]
fn checkpointed_gradients_are_bit_for_bit_the_plain_ones() {
    let (w, u) = (data(3, 3, 0.1) * 0.5, data(3, 2, 0.7));
    for steps in [0, 1, 2, 4, 7, 16, 100] {
        let xs = data(steps, 2, 1.3);
        let plain = plain_grad(&w, &u, &xs);
        let checkpointed = checkpointed_grad(&w, &u, &xs);
        assert_eq!(plain, checkpointed, "{steps} steps");
        let (value, pullback) = checkpointed_vjp(&w, &u, &xs);
        assert_eq!(value, plain.0);
        assert_eq!(pullback(2.0).0, plain.1.0 * 2.0);
    }
}

#[test]
fn a_checkpointed_lstm_loop_has_the_plain_gradients() {
    let (wx, wh, b) = (
        data(2, 12, 0.2) * 0.3,
        data(3, 12, 0.4) * 0.3,
        data(1, 12, 0.9).row(0).to_owned(),
    );
    for steps in [1, 9, 30] {
        let x = data(steps, 2, 0.5);
        assert_eq!(
            lstm_plain_grad(&x, &wx, &wh, &b),
            lstm_checkpointed_grad(&x, &wx, &wh, &b),
            "{steps} steps"
        );
    }
}
