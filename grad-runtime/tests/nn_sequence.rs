//! The sequence layers of `grad_runtime::nn` (cs231n's assignment 3): `rnn_step`, `rnn`,
//! `lstm_step`, `lstm`, `word_embedding`, `temporal_affine` and
//! `temporal_softmax_cross_entropy`.
//!
//! For each: the forward values the cs231n notebooks (`RNN_Captioning.ipynb`,
//! `LSTM_Captioning.ipynb`) expect, from the same `np.linspace` inputs, and the notebooks'
//! CaptioningRNN loss as plain layer calls; the value of `name_vjp` is the value of `name`, bit
//! for bit; every cotangent matches the numerical vector-Jacobian product (`grad_runtime::check`,
//! central differences in `f64`, every element) for random inputs and a random cotangent and
//! passes the dot-product test in a random direction, over several shapes including a batch of
//! one, a single time step and hidden size one; the `_wrt` variants compute exactly the
//! cotangents asked for; views in other layouts; `f32` against `f64`; empty sequences; and the
//! panics on shapes that do not fit.

use approx::{assert_abs_diff_eq, assert_relative_eq};
use grad_runtime::check::{
    CheckArray, assert_dot_product_check, assert_gradcheck, assert_vjpcheck,
};
use grad_runtime::ndarray::{
    Array, Array1, Array2, Array3, ArrayView2, Axis, Dimension, IntoDimension, ShapeBuilder, array,
    concatenate, s,
};
use grad_runtime::nn::{
    affine, lstm, lstm_step, lstm_step_vjp, lstm_step_vjp_wrt, lstm_vjp, lstm_vjp_wrt, rnn,
    rnn_step, rnn_step_vjp, rnn_step_vjp_wrt, rnn_vjp, rnn_vjp_wrt, temporal_affine,
    temporal_affine_vjp, temporal_affine_vjp_wrt, temporal_softmax_cross_entropy,
    temporal_softmax_cross_entropy_vjp, word_embedding, word_embedding_vjp,
};
use grad_runtime::wrt;

mod common;

use common::Rng;

/// The largest accepted relative error between a pullback and the numerical VJP.
const TOL: f64 = 1e-6;
/// The notebooks print their expected values to 8 decimals.
const NOTEBOOK: f64 = 1e-8;

/// Sequence shapes `(N, T, D, H)`: all ones, a batch of one, one time step, and a general one.
const SEQUENCE_SHAPES: [(usize, usize, usize, usize); 4] =
    [(1, 1, 1, 1), (1, 4, 3, 2), (3, 1, 2, 4), (2, 5, 3, 4)];

/// Step shapes `(N, D, H)`.
const STEP_SHAPES: [(usize, usize, usize); 4] = [(1, 1, 1), (1, 3, 2), (4, 2, 3), (3, 5, 4)];

/// numpy's `np.linspace(start, stop, num=size).reshape(shape)`.
fn linspace<E: IntoDimension>(start: f64, stop: f64, shape: E) -> Array<f64, E::Dim> {
    let shape = shape.into_dimension();
    Array::linspace(start, stop, shape.size())
        .into_shape_with_order(shape)
        .expect("as many elements as the shape")
}

/// The bits of `mask` as the flags of `N` arguments: bit `k` for argument `k`.
fn flags<const N: usize>(mask: u64) -> [bool; N] {
    core::array::from_fn(|k| (mask >> k) & 1 == 1)
}

/// Asserts that a cotangent computed by a `_wrt` rule is the full one if it was asked for, and
/// an empty array otherwise.
#[track_caller]
fn assert_asked<D: Dimension>(asked: bool, actual: &Array<f64, D>, full: &Array<f64, D>) {
    if asked {
        assert_eq!(actual, full);
    } else {
        assert_eq!(actual.len(), 0, "a cotangent not asked for: {actual:?}");
    }
}

/// Checks one argument's cotangent `analytic` against central differences at every element of
/// `x`, and with the dot-product test `<t, Jᵀc> = <J t, c>` in a random direction `t`.
#[track_caller]
fn check_argument<D: Dimension, Y: CheckArray>(
    rng: &mut Rng,
    mut f: impl FnMut(&Array<f64, D>) -> Y,
    x: &Array<f64, D>,
    c: &impl CheckArray,
    analytic: &Array<f64, D>,
) {
    assert_vjpcheck(&mut f, x, c, analytic, TOL);
    let t = rng.array(x.raw_dim(), 1.0);
    assert_dot_product_check(f, x, &t, c, analytic, TOL);
}

/// `f32` copies.
fn to_f32<D: Dimension>(x: &Array<f64, D>) -> Array<f32, D> {
    x.mapv(|v| v as f32)
}

/// Asserts that an `f32` result agrees with the `f64` one to `f32`'s precision.
#[track_caller]
fn assert_f32_close<D: Dimension>(single: &Array<f32, D>, double: &Array<f64, D>) {
    assert_relative_eq!(
        single.mapv(f64::from),
        *double,
        epsilon = 1e-5,
        max_relative = 1e-4
    );
}

// ---------------------------------------------------------------------------------------------
// The notebooks' forward values. Each expected array is the one the notebook prints; all of them
// were reproduced to every printed digit by numpy (python3) from the same linspace inputs.

#[test]
fn rnn_step_matches_the_notebook() {
    let (n, d, h) = (3, 10, 4);
    let x = linspace(-0.4, 0.7, (n, d));
    let prev_h = linspace(-0.2, 0.5, (n, h));
    let wx = linspace(-0.1, 0.9, (d, h));
    let wh = linspace(-0.3, 0.7, (h, h));
    let b = linspace(-0.2, 0.4, h);
    let expected = array![
        [-0.58172089, -0.50182032, -0.41232771, -0.31410098],
        [0.66854692, 0.79562378, 0.87755553, 0.92795967],
        [0.97934501, 0.99144213, 0.99646691, 0.99854353],
    ];
    let next_h = rnn_step(&x, &prev_h, &wx, &wh, &b);
    assert_abs_diff_eq!(next_h, expected, epsilon = NOTEBOOK);
}

#[test]
fn rnn_matches_the_notebook() {
    let (n, t, d, h) = (2, 3, 4, 5);
    let x = linspace(-0.1, 0.3, (n, t, d));
    let h0 = linspace(-0.3, 0.1, (n, h));
    let wx = linspace(-0.2, 0.4, (d, h));
    let wh = linspace(-0.4, 0.1, (h, h));
    let b = linspace(-0.7, 0.1, h);
    let expected = array![
        [
            [
                -0.42070749,
                -0.27279261,
                -0.11074945,
                0.05740409,
                0.22236251
            ],
            [-0.39525808, -0.22554661, -0.0409454, 0.14649412, 0.32397316],
            [
                -0.42305111,
                -0.24223728,
                -0.04287027,
                0.15997045,
                0.35014525
            ],
        ],
        [
            [
                -0.55857474,
                -0.39065825,
                -0.19198182,
                0.02378408,
                0.23735671
            ],
            [-0.27150199, -0.07088804, 0.13562939, 0.33099728, 0.50158768],
            [
                -0.51014825,
                -0.30524429,
                -0.06755202,
                0.17806392,
                0.40333043
            ],
        ],
    ];
    assert_abs_diff_eq!(rnn(&x, &h0, &wx, &wh, &b), expected, epsilon = NOTEBOOK);
}

#[test]
fn word_embedding_matches_the_notebook() {
    let (v, d) = (5, 3);
    let idx = array![[0, 3, 1, 2], [2, 1, 0, 3]];
    let w = linspace(0.0, 1.0, (v, d));
    let expected = array![
        [
            [0., 0.07142857, 0.14285714],
            [0.64285714, 0.71428571, 0.78571429],
            [0.21428571, 0.28571429, 0.35714286],
            [0.42857143, 0.5, 0.57142857],
        ],
        [
            [0.42857143, 0.5, 0.57142857],
            [0.21428571, 0.28571429, 0.35714286],
            [0., 0.07142857, 0.14285714],
            [0.64285714, 0.71428571, 0.78571429],
        ],
    ];
    assert_abs_diff_eq!(word_embedding(&idx, &w), expected, epsilon = NOTEBOOK);
}

#[test]
fn lstm_step_matches_the_notebook() {
    let (n, d, h) = (3, 4, 5);
    let x = linspace(-0.4, 1.2, (n, d));
    let prev_h = linspace(-0.3, 0.7, (n, h));
    let prev_c = linspace(-0.4, 0.9, (n, h));
    let wx = linspace(-2.1, 1.3, (d, 4 * h));
    let wh = linspace(-0.7, 2.2, (h, 4 * h));
    let b = linspace(0.3, 0.7, 4 * h);
    let expected_next_h = array![
        [0.24635157, 0.28610883, 0.32240467, 0.35525807, 0.38474904],
        [0.49223563, 0.55611431, 0.61507696, 0.66844003, 0.7159181],
        [0.56735664, 0.66310127, 0.74419266, 0.80889665, 0.858299],
    ];
    let expected_next_c = array![
        [0.32986176, 0.39145139, 0.451556, 0.51014116, 0.56717407],
        [0.66382255, 0.76674007, 0.87195994, 0.97902709, 1.08751345],
        [0.74192008, 0.90592151, 1.07717006, 1.25120233, 1.42395676],
    ];
    let (next_h, next_c) = lstm_step(&x, &prev_h, &prev_c, &wx, &wh, &b);
    assert_abs_diff_eq!(next_h, expected_next_h, epsilon = NOTEBOOK);
    assert_abs_diff_eq!(next_c, expected_next_c, epsilon = NOTEBOOK);
}

#[test]
fn lstm_matches_the_notebook() {
    let (n, d, h, t) = (2, 5, 4, 3);
    let x = linspace(-0.4, 0.6, (n, t, d));
    let h0 = linspace(-0.4, 0.8, (n, h));
    let wx = linspace(-0.2, 0.9, (d, 4 * h));
    let wh = linspace(-0.3, 0.6, (h, 4 * h));
    let b = linspace(0.2, 0.7, 4 * h);
    let expected = array![
        [
            [0.01764008, 0.01823233, 0.01882671, 0.0194232],
            [0.11287491, 0.12146228, 0.13018446, 0.13902939],
            [0.31358768, 0.33338627, 0.35304453, 0.37250975],
        ],
        [
            [0.45767879, 0.4761092, 0.4936887, 0.51041945],
            [0.6704845, 0.69350089, 0.71486014, 0.7346449],
            [0.81733511, 0.83677871, 0.85403753, 0.86935314],
        ],
    ];
    assert_abs_diff_eq!(lstm(&x, &h0, &wx, &wh, &b), expected, epsilon = NOTEBOOK);
}

/// The recurrent layer of a captioning model: `rnn` or `lstm`.
#[derive(Clone, Copy)]
enum Cell {
    Rnn,
    Lstm,
}

/// The notebooks' CaptioningRNN loss (cs231n's `CaptioningRNN.loss`), as plain layer calls:
/// `N = 10` images of `D = 20` features, word vectors of `W = 30`, hidden size `H = 40`,
/// captions of `T = 13` words from the vocabulary `{<NULL>: 0, cat: 2, dog: 3}` (`V = 3`);
/// every parameter `np.linspace(-1.4, 1.3, num=size).reshape(shape)`, the features
/// `np.linspace(low, high, num=N*D).reshape(N, D)` and the captions
/// `(np.arange(N * T) % V).reshape(N, T)`.
fn notebook_captioning_loss(cell: Cell, features: (f64, f64)) -> f64 {
    let (n, d, w, h, t, v) = (10, 20, 30, 40, 13, 3);
    let gates = match cell {
        Cell::Rnn => h,
        Cell::Lstm => 4 * h,
    };
    let parameter = |shape| linspace(-1.4, 1.3, shape);
    let (w_embed, w_proj) = (parameter((v, w)), parameter((d, h)));
    let (wx, wh) = (parameter((w, gates)), parameter((h, gates)));
    let w_vocab = parameter((h, v));
    let (b_proj, b, b_vocab) = (
        linspace(-1.4, 1.3, h),
        linspace(-1.4, 1.3, gates),
        linspace(-1.4, 1.3, v),
    );
    let features = linspace(features.0, features.1, (n, d));
    let captions = Array2::from_shape_fn((n, t), |(i, j)| (i * t + j) % v);
    // The model reads each word but the last and predicts each but the first; `<NULL>` (0) is
    // padding, left out of the loss.
    let (captions_in, captions_out) = (captions.slice(s![.., ..-1]), captions.slice(s![.., 1..]));
    let mask = captions_out.mapv(|word| word != 0);

    let h0 = affine(&features, &w_proj, &b_proj);
    let x = word_embedding(&captions_in, &w_embed);
    let hidden = match cell {
        Cell::Rnn => rnn(&x, &h0, &wx, &wh, &b),
        Cell::Lstm => lstm(&x, &h0, &wx, &wh, &b),
    };
    let scores = temporal_affine(&hidden, &w_vocab, &b_vocab);
    temporal_softmax_cross_entropy(&scores, &captions_out, &mask)
}

#[test]
fn the_captioning_rnn_loss_matches_the_notebook() {
    let loss = notebook_captioning_loss(Cell::Rnn, (-1.5, 0.3));
    assert_abs_diff_eq!(loss, 9.83235591003, epsilon = 1e-10);
}

#[test]
fn the_captioning_lstm_loss_matches_the_notebook() {
    // The LSTM notebook's features are `linspace(-0.5, 1.7)`, not the RNN notebook's.
    let loss = notebook_captioning_loss(Cell::Lstm, (-0.5, 1.7));
    assert_abs_diff_eq!(loss, 9.82445935443, epsilon = 1e-10);
}

// ---------------------------------------------------------------------------------------------
// rnn_step

/// The arguments `(x, prev_h, wx, wh, b)` of a recurrent step.
type StepInputs = (
    Array2<f64>,
    Array2<f64>,
    Array2<f64>,
    Array2<f64>,
    Array1<f64>,
);

/// Random `(x, prev_h, wx, wh, b)` of an RNN or LSTM step with `gates` blocks.
fn step_inputs(rng: &mut Rng, (n, d, h): (usize, usize, usize), gates: usize) -> StepInputs {
    (
        rng.array((n, d), 1.0),
        rng.array((n, h), 1.0),
        rng.array((d, gates * h), 0.8),
        rng.array((h, gates * h), 0.8),
        rng.array(gates * h, 0.5),
    )
}

#[test]
fn rnn_step_vjp_matches_rnn_step_and_finite_differences_for_every_argument() {
    let mut rng = Rng(1);
    for shape in STEP_SHAPES {
        let (x, prev_h, wx, wh, b) = step_inputs(&mut rng, shape, 1);
        let c = rng.array((shape.0, shape.2), 1.0);
        let (y, pullback) = rnn_step_vjp(&x, &prev_h, &wx, &wh, &b);
        assert_eq!(y, rnn_step(&x, &prev_h, &wx, &wh, &b));
        let (dx, dprev_h, dwx, dwh, db) = pullback(c.clone());
        check_argument(
            &mut rng,
            |x| rnn_step(x, &prev_h, &wx, &wh, &b),
            &x,
            &c,
            &dx,
        );
        check_argument(
            &mut rng,
            |p| rnn_step(&x, p, &wx, &wh, &b),
            &prev_h,
            &c,
            &dprev_h,
        );
        check_argument(
            &mut rng,
            |wx| rnn_step(&x, &prev_h, wx, &wh, &b),
            &wx,
            &c,
            &dwx,
        );
        check_argument(
            &mut rng,
            |wh| rnn_step(&x, &prev_h, &wx, wh, &b),
            &wh,
            &c,
            &dwh,
        );
        check_argument(
            &mut rng,
            |b| rnn_step(&x, &prev_h, &wx, &wh, b),
            &b,
            &c,
            &db,
        );
    }
}

#[test]
fn rnn_step_vjp_wrt_computes_only_the_cotangents_asked_for() {
    let mut rng = Rng(2);
    let (x, prev_h, wx, wh, b) = step_inputs(&mut rng, (3, 4, 2), 1);
    let c = rng.array((3, 2), 1.0);
    let (y, pullback) = rnn_step_vjp(&x, &prev_h, &wx, &wh, &b);
    let all = pullback(c.clone());
    for mask in 0..32 {
        let wrt = flags::<5>(mask);
        let (y_wrt, pullback) = rnn_step_vjp_wrt(&x, &prev_h, &wx, &wh, &b, wrt);
        assert_eq!(y_wrt, y);
        let (dx, dprev_h, dwx, dwh, db) = pullback(c.clone());
        assert_asked(wrt[0], &dx, &all.0);
        assert_asked(wrt[1], &dprev_h, &all.1);
        assert_asked(wrt[2], &dwx, &all.2);
        assert_asked(wrt[3], &dwh, &all.3);
        assert_asked(wrt[4], &db, &all.4);
        // The same through the scope `#[differentiate]` opens around a call.
        let (_, pullback) = {
            let _wrt = wrt::enter("rnn_step", mask);
            rnn_step_vjp(&x, &prev_h, &wx, &wh, &b)
        };
        assert_eq!(pullback(c.clone()), (dx, dprev_h, dwx, dwh, db));
    }
}

#[test]
fn rnn_step_derivative_saturates_with_tanh() {
    // A pre-activation of 30: tanh is 1 to f64's precision, and so nothing flows back.
    let (x, prev_h) = (array![[30.0]], array![[0.0]]);
    let (wx, wh, b) = (array![[1.0]], array![[1.0]], array![0.0]);
    let (y, pullback) = rnn_step_vjp(&x, &prev_h, &wx, &wh, &b);
    assert_eq!(y, array![[1.0]]);
    let (dx, dprev_h, dwx, dwh, db) = pullback(array![[1.0]]);
    assert_eq!(
        (dx, dprev_h, dwx, dwh),
        (array![[0.0]], array![[0.0]], array![[0.0]], array![[0.0]])
    );
    assert_eq!(db, array![0.0]);
}

#[test]
#[should_panic(expected = "rnn_step: wh of shape [4, 3] is not (H, H)")]
fn rnn_step_panics_when_wh_is_not_square() {
    rnn_step(
        &Array2::<f64>::zeros((2, 5)),
        &Array2::zeros((2, 4)),
        &Array2::zeros((5, 3)),
        &Array2::zeros((4, 3)),
        &Array1::zeros(3),
    );
}

#[test]
#[should_panic(
    expected = "rnn_step: x of shape [2, 5] and wx of shape [6, 4] do not fit (x has 5 features, wx 6 rows)"
)]
fn rnn_step_panics_when_x_and_wx_do_not_fit() {
    rnn_step(
        &Array2::<f64>::zeros((2, 5)),
        &Array2::zeros((2, 4)),
        &Array2::zeros((6, 4)),
        &Array2::zeros((4, 4)),
        &Array1::zeros(4),
    );
}

#[test]
#[should_panic(
    expected = "rnn_step: prev_h of shape [3, 4] for x of shape [2, 5] and wh of shape [4, 4] (prev_h must be [2, 4])"
)]
fn rnn_step_panics_when_prev_h_is_not_n_by_h() {
    rnn_step(
        &Array2::<f64>::zeros((2, 5)),
        &Array2::zeros((3, 4)),
        &Array2::zeros((5, 4)),
        &Array2::zeros((4, 4)),
        &Array1::zeros(4),
    );
}

#[test]
#[should_panic(
    expected = "rnn_step pullback: cotangent of shape [2, 3] for an output of shape [2, 4]"
)]
fn rnn_step_pullback_panics_on_a_cotangent_of_the_wrong_shape() {
    let (_, pullback) = rnn_step_vjp(
        &Array2::<f64>::zeros((2, 5)),
        &Array2::zeros((2, 4)),
        &Array2::zeros((5, 4)),
        &Array2::zeros((4, 4)),
        &Array1::zeros(4),
    );
    pullback(Array2::zeros((2, 3)));
}

// ---------------------------------------------------------------------------------------------
// rnn

/// The arguments `(x, h0, wx, wh, b)` of a recurrent layer over a sequence.
type SequenceInputs = (
    Array3<f64>,
    Array2<f64>,
    Array2<f64>,
    Array2<f64>,
    Array1<f64>,
);

/// Random `(x, h0, wx, wh, b)` of an RNN or LSTM over a sequence with `gates` blocks.
fn sequence_inputs(
    rng: &mut Rng,
    (n, t, d, h): (usize, usize, usize, usize),
    gates: usize,
) -> SequenceInputs {
    (
        rng.array((n, t, d), 1.0),
        rng.array((n, h), 1.0),
        rng.array((d, gates * h), 0.8),
        rng.array((h, gates * h), 0.8),
        rng.array(gates * h, 0.5),
    )
}

#[test]
fn rnn_vjp_matches_rnn_and_finite_differences_for_every_argument() {
    let mut rng = Rng(3);
    for shape in SEQUENCE_SHAPES {
        let (x, h0, wx, wh, b) = sequence_inputs(&mut rng, shape, 1);
        let c = rng.array((shape.0, shape.1, shape.3), 1.0);
        let (y, pullback) = rnn_vjp(&x, &h0, &wx, &wh, &b);
        assert_eq!(y, rnn(&x, &h0, &wx, &wh, &b));
        let (dx, dh0, dwx, dwh, db) = pullback(c.clone());
        check_argument(&mut rng, |x| rnn(x, &h0, &wx, &wh, &b), &x, &c, &dx);
        check_argument(&mut rng, |h0| rnn(&x, h0, &wx, &wh, &b), &h0, &c, &dh0);
        check_argument(&mut rng, |wx| rnn(&x, &h0, wx, &wh, &b), &wx, &c, &dwx);
        check_argument(&mut rng, |wh| rnn(&x, &h0, &wx, wh, &b), &wh, &c, &dwh);
        check_argument(&mut rng, |b| rnn(&x, &h0, &wx, &wh, b), &b, &c, &db);
    }
}

#[test]
fn rnn_vjp_wrt_computes_only_the_cotangents_asked_for() {
    let mut rng = Rng(4);
    let (x, h0, wx, wh, b) = sequence_inputs(&mut rng, (2, 4, 3, 5), 1);
    let c = rng.array((2, 4, 5), 1.0);
    let (y, pullback) = rnn_vjp(&x, &h0, &wx, &wh, &b);
    let all = pullback(c.clone());
    for mask in 0..32 {
        let wrt = flags::<5>(mask);
        let (y_wrt, pullback) = rnn_vjp_wrt(&x, &h0, &wx, &wh, &b, wrt);
        assert_eq!(y_wrt, y);
        let (dx, dh0, dwx, dwh, db) = pullback(c.clone());
        assert_asked(wrt[0], &dx, &all.0);
        assert_asked(wrt[1], &dh0, &all.1);
        assert_asked(wrt[2], &dwx, &all.2);
        assert_asked(wrt[3], &dwh, &all.3);
        assert_asked(wrt[4], &db, &all.4);
        let (_, pullback) = {
            let _wrt = wrt::enter("rnn", mask);
            rnn_vjp(&x, &h0, &wx, &wh, &b)
        };
        assert_eq!(pullback(c.clone()), (dx, dh0, dwx, dwh, db));
    }
}

#[test]
fn rnn_is_its_steps_in_turn() {
    let mut rng = Rng(5);
    let (x, h0, wx, wh, b) = sequence_inputs(&mut rng, (3, 4, 2, 5), 1);
    let hidden = rnn(&x, &h0, &wx, &wh, &b);
    let mut h = h0;
    for t in 0..4 {
        h = rnn_step(&x.index_axis(Axis(1), t), &h, &wx, &wh, &b);
        assert_eq!(hidden.index_axis(Axis(1), t), h);
    }
}

#[test]
fn rnn_of_an_empty_sequence() {
    let mut rng = Rng(6);
    let (x, h0, wx, wh, b) = sequence_inputs(&mut rng, (2, 0, 3, 4), 1);
    let (y, pullback) = rnn_vjp(&x, &h0, &wx, &wh, &b);
    assert_eq!(y.dim(), (2, 0, 4));
    let (dx, dh0, dwx, dwh, db) = pullback(Array3::zeros((2, 0, 4)));
    assert_eq!(dx.dim(), (2, 0, 3));
    assert_eq!(dh0, Array2::zeros((2, 4)));
    assert_eq!(
        (dwx, dwh, db),
        (
            Array2::zeros((3, 4)),
            Array2::zeros((4, 4)),
            Array1::zeros(4)
        )
    );
}

#[test]
#[should_panic(
    expected = "rnn: h0 of shape [2, 4] for x of shape [3, 2, 5] and wh of shape [4, 4] (h0 must be [3, 4])"
)]
fn rnn_panics_when_h0_is_not_n_by_h() {
    rnn(
        &Array3::<f64>::zeros((3, 2, 5)),
        &Array2::zeros((2, 4)),
        &Array2::zeros((5, 4)),
        &Array2::zeros((4, 4)),
        &Array1::zeros(4),
    );
}

#[test]
#[should_panic(
    expected = "rnn: b of shape [3] for wh of shape [4, 4] (b needs 4 elements, one per column of wh)"
)]
fn rnn_panics_when_b_does_not_fit() {
    rnn(
        &Array3::<f64>::zeros((3, 2, 5)),
        &Array2::zeros((3, 4)),
        &Array2::zeros((5, 4)),
        &Array2::zeros((4, 4)),
        &Array1::zeros(3),
    );
}

#[test]
#[should_panic(
    expected = "rnn pullback: cotangent of shape [3, 2, 4] for an output of shape [3, 3, 4]"
)]
fn rnn_pullback_panics_on_a_cotangent_of_the_wrong_shape() {
    let (_, pullback) = rnn_vjp(
        &Array3::<f64>::zeros((3, 3, 5)),
        &Array2::zeros((3, 4)),
        &Array2::zeros((5, 4)),
        &Array2::zeros((4, 4)),
        &Array1::zeros(4),
    );
    pullback(Array3::zeros((3, 2, 4)));
}

// ---------------------------------------------------------------------------------------------
// lstm_step

/// `(next_h, next_c)` side by side, `(N, 2H)`: one array for the checks.
fn joined((next_h, next_c): (Array2<f64>, Array2<f64>)) -> Array2<f64> {
    concatenate![Axis(1), next_h, next_c]
}

/// The cotangents of `next_h` and `next_c` from one of their joined array.
fn split(c: &Array2<f64>) -> (Array2<f64>, Array2<f64>) {
    let h = c.ncols() / 2;
    (
        c.slice(s![.., ..h]).to_owned(),
        c.slice(s![.., h..]).to_owned(),
    )
}

#[test]
fn lstm_step_vjp_matches_lstm_step_and_finite_differences_for_every_argument() {
    let mut rng = Rng(7);
    for shape in STEP_SHAPES {
        let (x, prev_h, wx, wh, b) = step_inputs(&mut rng, shape, 4);
        let prev_c = rng.array((shape.0, shape.2), 1.0);
        let c = rng.array((shape.0, 2 * shape.2), 1.0);
        let (y, pullback) = lstm_step_vjp(&x, &prev_h, &prev_c, &wx, &wh, &b);
        assert_eq!(y, lstm_step(&x, &prev_h, &prev_c, &wx, &wh, &b));
        let (dx, dprev_h, dprev_c, dwx, dwh, db) = pullback(split(&c));
        let f = |x: &Array2<f64>, prev_h: &Array2<f64>, prev_c: &Array2<f64>| {
            joined(lstm_step(x, prev_h, prev_c, &wx, &wh, &b))
        };
        check_argument(&mut rng, |x| f(x, &prev_h, &prev_c), &x, &c, &dx);
        check_argument(&mut rng, |p| f(&x, p, &prev_c), &prev_h, &c, &dprev_h);
        check_argument(&mut rng, |p| f(&x, &prev_h, p), &prev_c, &c, &dprev_c);
        let g = |wx: &Array2<f64>, wh: &Array2<f64>, b: &Array1<f64>| {
            joined(lstm_step(&x, &prev_h, &prev_c, wx, wh, b))
        };
        check_argument(&mut rng, |wx| g(wx, &wh, &b), &wx, &c, &dwx);
        check_argument(&mut rng, |wh| g(&wx, wh, &b), &wh, &c, &dwh);
        check_argument(&mut rng, |b| g(&wx, &wh, b), &b, &c, &db);
    }
}

#[test]
fn lstm_step_vjp_wrt_computes_only_the_cotangents_asked_for() {
    let mut rng = Rng(8);
    let (x, prev_h, wx, wh, b) = step_inputs(&mut rng, (3, 4, 2), 4);
    let prev_c = rng.array((3, 2), 1.0);
    let c = split(&rng.array((3, 4), 1.0));
    let (y, pullback) = lstm_step_vjp(&x, &prev_h, &prev_c, &wx, &wh, &b);
    let all = pullback(c.clone());
    for mask in 0..64 {
        let wrt = flags::<6>(mask);
        let (y_wrt, pullback) = lstm_step_vjp_wrt(&x, &prev_h, &prev_c, &wx, &wh, &b, wrt);
        assert_eq!(y_wrt, y);
        let cotangents = pullback(c.clone());
        let (dx, dprev_h, dprev_c, dwx, dwh, db) = &cotangents;
        assert_asked(wrt[0], dx, &all.0);
        assert_asked(wrt[1], dprev_h, &all.1);
        assert_asked(wrt[2], dprev_c, &all.2);
        assert_asked(wrt[3], dwx, &all.3);
        assert_asked(wrt[4], dwh, &all.4);
        assert_asked(wrt[5], db, &all.5);
        let (_, pullback) = {
            let _wrt = wrt::enter("lstm_step", mask);
            lstm_step_vjp(&x, &prev_h, &prev_c, &wx, &wh, &b)
        };
        assert_eq!(pullback(c.clone()), cotangents);
    }
}

#[test]
fn lstm_step_gates_in_the_order_i_f_o_g() {
    // H = 1 and no weights, so the bias alone sets the gates: i = σ(10) ≈ 1, f = σ(-10) ≈ 0,
    // o = σ(0) = 1/2, g = tanh(1). The cell forgets prev_c and takes g.
    let (x, prev_h, prev_c) = (array![[0.0]], array![[0.0]], array![[5.0]]);
    let (wx, wh) = (Array2::zeros((1, 4)), Array2::zeros((1, 4)));
    let b = array![10.0, -10.0, 0.0, 1.0];
    let (next_h, next_c) = lstm_step(&x, &prev_h, &prev_c, &wx, &wh, &b);
    let (i, f) = (1.0 / (1.0 + (-10.0f64).exp()), 1.0 / (1.0 + 10.0f64.exp()));
    let expected_c = f * 5.0 + i * 1.0f64.tanh();
    assert_relative_eq!(next_c[[0, 0]], expected_c, max_relative = 1e-15);
    assert_relative_eq!(
        next_h[[0, 0]],
        0.5 * expected_c.tanh(),
        max_relative = 1e-15
    );
}

#[test]
fn lstm_step_sigmoid_does_not_overflow() {
    let (x, prev_h, prev_c) = (array![[1.0_f64]], array![[0.0]], array![[2.0]]);
    let (wh, b) = (Array2::zeros((1, 4)), Array1::zeros(4));
    for scale in [1e3, -1e3] {
        let wx = array![[scale, scale, scale, scale]];
        let (y, pullback) = lstm_step_vjp(&x, &prev_h, &prev_c, &wx, &wh, &b);
        assert!(y.0.iter().chain(&y.1).all(|v: &f64| v.is_finite()), "{y:?}");
        let (dx, ..) = pullback((array![[1.0]], array![[1.0]]));
        assert!(dx.iter().all(|v: &f64| v.is_finite()), "{dx:?}");
    }
}

#[test]
#[should_panic(expected = "lstm_step: prev_c of shape [2, 3] is not the shape of prev_h, [2, 4]")]
fn lstm_step_panics_when_prev_c_is_not_the_shape_of_prev_h() {
    lstm_step(
        &Array2::<f64>::zeros((2, 5)),
        &Array2::zeros((2, 4)),
        &Array2::zeros((2, 3)),
        &Array2::zeros((5, 16)),
        &Array2::zeros((4, 16)),
        &Array1::zeros(16),
    );
}

#[test]
#[should_panic(expected = "lstm_step: wh of shape [4, 4] is not (H, 4H)")]
fn lstm_step_panics_when_wh_is_not_h_by_4h() {
    lstm_step(
        &Array2::<f64>::zeros((2, 5)),
        &Array2::zeros((2, 4)),
        &Array2::zeros((2, 4)),
        &Array2::zeros((5, 4)),
        &Array2::zeros((4, 4)),
        &Array1::zeros(4),
    );
}

#[test]
#[should_panic(
    expected = "lstm_step (next_c) pullback: cotangent of shape [2, 3] for an output of shape [2, 4]"
)]
fn lstm_step_pullback_panics_on_a_cotangent_of_the_wrong_shape() {
    let (_, pullback) = lstm_step_vjp(
        &Array2::<f64>::zeros((2, 5)),
        &Array2::zeros((2, 4)),
        &Array2::zeros((2, 4)),
        &Array2::zeros((5, 16)),
        &Array2::zeros((4, 16)),
        &Array1::zeros(16),
    );
    pullback((Array2::zeros((2, 4)), Array2::zeros((2, 3))));
}

// ---------------------------------------------------------------------------------------------
// lstm

#[test]
fn lstm_vjp_matches_lstm_and_finite_differences_for_every_argument() {
    let mut rng = Rng(9);
    for shape in SEQUENCE_SHAPES {
        let (x, h0, wx, wh, b) = sequence_inputs(&mut rng, shape, 4);
        let c = rng.array((shape.0, shape.1, shape.3), 1.0);
        let (y, pullback) = lstm_vjp(&x, &h0, &wx, &wh, &b);
        assert_eq!(y, lstm(&x, &h0, &wx, &wh, &b));
        let (dx, dh0, dwx, dwh, db) = pullback(c.clone());
        check_argument(&mut rng, |x| lstm(x, &h0, &wx, &wh, &b), &x, &c, &dx);
        check_argument(&mut rng, |h0| lstm(&x, h0, &wx, &wh, &b), &h0, &c, &dh0);
        check_argument(&mut rng, |wx| lstm(&x, &h0, wx, &wh, &b), &wx, &c, &dwx);
        check_argument(&mut rng, |wh| lstm(&x, &h0, &wx, wh, &b), &wh, &c, &dwh);
        check_argument(&mut rng, |b| lstm(&x, &h0, &wx, &wh, b), &b, &c, &db);
    }
}

#[test]
fn lstm_vjp_wrt_computes_only_the_cotangents_asked_for() {
    let mut rng = Rng(10);
    let (x, h0, wx, wh, b) = sequence_inputs(&mut rng, (2, 4, 3, 5), 4);
    let c = rng.array((2, 4, 5), 1.0);
    let (y, pullback) = lstm_vjp(&x, &h0, &wx, &wh, &b);
    let all = pullback(c.clone());
    for mask in 0..32 {
        let wrt = flags::<5>(mask);
        let (y_wrt, pullback) = lstm_vjp_wrt(&x, &h0, &wx, &wh, &b, wrt);
        assert_eq!(y_wrt, y);
        let (dx, dh0, dwx, dwh, db) = pullback(c.clone());
        assert_asked(wrt[0], &dx, &all.0);
        assert_asked(wrt[1], &dh0, &all.1);
        assert_asked(wrt[2], &dwx, &all.2);
        assert_asked(wrt[3], &dwh, &all.3);
        assert_asked(wrt[4], &db, &all.4);
        let (_, pullback) = {
            let _wrt = wrt::enter("lstm", mask);
            lstm_vjp(&x, &h0, &wx, &wh, &b)
        };
        assert_eq!(pullback(c.clone()), (dx, dh0, dwx, dwh, db));
    }
}

#[test]
fn lstm_is_its_steps_in_turn_from_a_zero_cell() {
    let mut rng = Rng(11);
    let (x, h0, wx, wh, b) = sequence_inputs(&mut rng, (3, 4, 2, 5), 4);
    let hidden = lstm(&x, &h0, &wx, &wh, &b);
    let (mut h, mut c) = (h0, Array2::zeros((3, 5)));
    for t in 0..4 {
        (h, c) = lstm_step(&x.index_axis(Axis(1), t), &h, &c, &wx, &wh, &b);
        assert_eq!(hidden.index_axis(Axis(1), t), h);
    }
}

#[test]
fn lstm_of_an_empty_sequence() {
    let mut rng = Rng(12);
    let (x, h0, wx, wh, b) = sequence_inputs(&mut rng, (2, 0, 3, 4), 4);
    let (y, pullback) = lstm_vjp(&x, &h0, &wx, &wh, &b);
    assert_eq!(y.dim(), (2, 0, 4));
    let (dx, dh0, dwx, dwh, db) = pullback(Array3::zeros((2, 0, 4)));
    assert_eq!(dx.dim(), (2, 0, 3));
    assert_eq!(dh0, Array2::zeros((2, 4)));
    assert_eq!(
        (dwx, dwh, db),
        (
            Array2::zeros((3, 16)),
            Array2::zeros((4, 16)),
            Array1::zeros(16)
        )
    );
}

#[test]
fn recurrent_layers_of_views_in_other_layouts() {
    let mut rng = Rng(13);
    for gates in [1, 4] {
        let (x, h0, wx, wh, b) = sequence_inputs(&mut rng, (3, 4, 2, 5), gates);
        let c = rng.array((3, 4, 5), 1.0);
        let sequence_vjp = |x: &Array3<f64>| match gates {
            1 => {
                let (y, pullback) = rnn_vjp(x, &h0, &wx, &wh, &b);
                (y, pullback(c.clone()))
            }
            _ => {
                let (y, pullback) = lstm_vjp(x, &h0, &wx, &wh, &b);
                (y, pullback(c.clone()))
            }
        };
        let expected = sequence_vjp(&x);
        // x stored time-major and viewed batch-major, wx and wh as transposed views, b strided.
        let x_time_major = x
            .view()
            .permuted_axes([1, 0, 2])
            .as_standard_layout()
            .into_owned();
        let x_view = x_time_major.view().permuted_axes([1, 0, 2]);
        let (wx_t, wh_t) = (wx.t().to_owned(), wh.t().to_owned());
        let b_wide =
            Array1::from_shape_fn(2 * b.len(), |k| if k % 2 == 0 { b[k / 2] } else { 99.0 });
        let (wx_v, wh_v, b_v) = (wx_t.t(), wh_t.t(), b_wide.slice(s![..;2]));
        let (y, cotangents) = match gates {
            1 => {
                let (y, pullback) = rnn_vjp(&x_view, &h0.view(), &wx_v, &wh_v, &b_v);
                (y, pullback(c.clone()))
            }
            _ => {
                let (y, pullback) = lstm_vjp(&x_view, &h0.view(), &wx_v, &wh_v, &b_v);
                (y, pullback(c.clone()))
            }
        };
        assert_relative_eq!(y, expected.0, max_relative = 1e-14);
        assert_relative_eq!(cotangents.0, expected.1.0, max_relative = 1e-14);
        assert_relative_eq!(cotangents.1, expected.1.1, max_relative = 1e-14);
        assert_relative_eq!(cotangents.2, expected.1.2, max_relative = 1e-14);
        assert_relative_eq!(cotangents.3, expected.1.3, max_relative = 1e-14);
        assert_relative_eq!(cotangents.4, expected.1.4, max_relative = 1e-14);
    }
}

#[test]
#[should_panic(
    expected = "lstm: wx of shape [5, 12] and wh of shape [4, 16] do not fit (wx needs 16 columns, as wh)"
)]
fn lstm_panics_when_wx_and_wh_do_not_fit() {
    lstm(
        &Array3::<f64>::zeros((3, 2, 5)),
        &Array2::zeros((3, 4)),
        &Array2::zeros((5, 12)),
        &Array2::zeros((4, 16)),
        &Array1::zeros(16),
    );
}

#[test]
#[should_panic(
    expected = "lstm: x of shape [3, 2, 5] and wx of shape [6, 16] do not fit (x has 5 features, wx 6 rows)"
)]
fn lstm_panics_when_x_and_wx_do_not_fit() {
    let _ = lstm_vjp(
        &Array3::<f64>::zeros((3, 2, 5)),
        &Array2::zeros((3, 4)),
        &Array2::zeros((6, 16)),
        &Array2::zeros((4, 16)),
        &Array1::zeros(16),
    );
}

#[test]
#[should_panic(
    expected = "lstm pullback: cotangent of shape [2, 3, 4] for an output of shape [3, 3, 4]"
)]
fn lstm_pullback_panics_on_a_cotangent_of_the_wrong_shape() {
    let (_, pullback) = lstm_vjp(
        &Array3::<f64>::zeros((3, 3, 5)),
        &Array2::zeros((3, 4)),
        &Array2::zeros((5, 16)),
        &Array2::zeros((4, 16)),
        &Array1::zeros(16),
    );
    pullback(Array3::zeros((2, 3, 4)));
}

// ---------------------------------------------------------------------------------------------
// word_embedding

#[test]
fn word_embedding_vjp_matches_word_embedding_and_finite_differences() {
    let mut rng = Rng(14);
    for (n, t, v, d) in [(1, 1, 1, 1), (2, 4, 5, 3), (3, 2, 7, 1), (4, 6, 3, 2)] {
        let idx = Array2::from_shape_vec((n, t), rng.labels(n * t, v)).unwrap();
        let w = rng.array((v, d), 1.0);
        let c = rng.array((n, t, d), 1.0);
        let (y, pullback) = word_embedding_vjp(&idx, &w);
        assert_eq!(y, word_embedding(&idx, &w));
        let ((), dw) = pullback(c.clone());
        check_argument(&mut rng, |w| word_embedding(&idx, w), &w, &c, &dw);
    }
}

#[test]
fn word_embedding_adds_the_cotangents_of_a_repeated_word_and_leaves_absent_words_zero() {
    let w = Array2::<f64>::zeros((4, 2));
    let idx = array![[1, 1, 3], [1, 3, 3]];
    let c = Array3::from_shape_fn((2, 3, 2), |(n, t, k)| (100 * n + 10 * t + k) as f64);
    let ((), dw) = word_embedding_vjp(&idx, &w).1(c);
    // Word 1 at [0, 0], [0, 1], [1, 0]; word 3 at [0, 2], [1, 1], [1, 2].
    assert_eq!(
        dw,
        array![[0.0, 0.0], [110.0, 113.0], [0.0, 0.0], [250.0, 253.0]]
    );
}

#[test]
fn word_embedding_of_views() {
    let w = linspace(0.0, 1.0, (5, 3));
    let idx = array![[0, 3, 1, 2], [2, 1, 0, 3]];
    let expected = word_embedding(&idx, &w);
    // The indices transposed back from a column-major copy, the table as a transposed view.
    let idx_t = idx.t().to_owned();
    let w_t = w.t().to_owned();
    assert_eq!(word_embedding(&idx_t.t(), &w_t.t()), expected);
}

#[test]
#[should_panic(
    expected = "word_embedding: index 5 at [1, 0] out of range for a table of 5 words (w has 5 rows)"
)]
fn word_embedding_panics_on_an_index_out_of_range() {
    word_embedding(&array![[0, 4], [5, 1]], &Array2::<f64>::zeros((5, 3)));
}

// ---------------------------------------------------------------------------------------------
// temporal_affine

#[test]
fn temporal_affine_is_affine_at_every_step() {
    let mut rng = Rng(15);
    let (x, w, b) = (
        rng.array((3, 4, 5), 1.0),
        rng.array((5, 2), 1.0),
        rng.array(2, 1.0),
    );
    let out = temporal_affine(&x, &w, &b);
    assert_eq!(out.dim(), (3, 4, 2));
    for t in 0..4 {
        assert_eq!(
            out.index_axis(Axis(1), t),
            affine(&x.index_axis(Axis(1), t), &w, &b)
        );
    }
}

#[test]
fn temporal_affine_vjp_matches_temporal_affine_and_finite_differences_for_every_argument() {
    let mut rng = Rng(16);
    for (n, t, d, m) in [(1, 1, 1, 1), (1, 3, 2, 4), (3, 1, 4, 2), (2, 5, 3, 3)] {
        let (x, w, b) = (
            rng.array((n, t, d), 1.0),
            rng.array((d, m), 1.0),
            rng.array(m, 1.0),
        );
        let c = rng.array((n, t, m), 1.0);
        let (y, pullback) = temporal_affine_vjp(&x, &w, &b);
        assert_eq!(y, temporal_affine(&x, &w, &b));
        let (dx, dw, db) = pullback(c.clone());
        check_argument(&mut rng, |x| temporal_affine(x, &w, &b), &x, &c, &dx);
        check_argument(&mut rng, |w| temporal_affine(&x, w, &b), &w, &c, &dw);
        check_argument(&mut rng, |b| temporal_affine(&x, &w, b), &b, &c, &db);
    }
}

#[test]
fn temporal_affine_vjp_wrt_computes_only_the_cotangents_asked_for() {
    let mut rng = Rng(17);
    let (x, w, b) = (
        rng.array((2, 3, 4), 1.0),
        rng.array((4, 5), 1.0),
        rng.array(5, 1.0),
    );
    let c = rng.array((2, 3, 5), 1.0);
    let (y, pullback) = temporal_affine_vjp(&x, &w, &b);
    let all = pullback(c.clone());
    for mask in 0..8 {
        let wrt = flags::<3>(mask);
        let (y_wrt, pullback) = temporal_affine_vjp_wrt(&x, &w, &b, wrt);
        assert_eq!(y_wrt, y);
        let (dx, dw, db) = pullback(c.clone());
        assert_asked(wrt[0], &dx, &all.0);
        assert_asked(wrt[1], &dw, &all.1);
        assert_asked(wrt[2], &db, &all.2);
        let (_, pullback) = {
            let _wrt = wrt::enter("temporal_affine", mask);
            temporal_affine_vjp(&x, &w, &b)
        };
        assert_eq!(pullback(c.clone()), (dx, dw, db));
    }
}

#[test]
fn temporal_affine_of_views_in_other_layouts() {
    let mut rng = Rng(18);
    let (x, w, b) = (
        rng.array((3, 4, 5), 1.0),
        rng.array((5, 2), 1.0),
        rng.array(2, 1.0),
    );
    let c = rng.array((3, 4, 2), 1.0);
    let (y, pullback) = temporal_affine_vjp(&x, &w, &b);
    let expected = pullback(c.clone());
    let x_reversed = x.view().reversed_axes().as_standard_layout().into_owned();
    let w_t = w.t().to_owned();
    // A cotangent in column-major layout too.
    let c_f = Array3::from_shape_vec((3, 4, 2).f(), c.t().iter().copied().collect()).unwrap();
    assert_eq!(c_f, c);
    let (y_views, pullback) =
        temporal_affine_vjp(&x_reversed.view().reversed_axes(), &w_t.t(), &b.view());
    assert_relative_eq!(y_views, y, max_relative = 1e-14);
    let (dx, dw, db) = pullback(c_f);
    assert_relative_eq!(dx, expected.0, max_relative = 1e-14);
    assert_relative_eq!(dw, expected.1, max_relative = 1e-14);
    assert_relative_eq!(db, expected.2, max_relative = 1e-14);
}

#[test]
#[should_panic(
    expected = "temporal_affine: x of shape [2, 3, 4] and w of shape [5, 2] do not fit (x has 4 features, w 5 rows)"
)]
fn temporal_affine_panics_when_x_and_w_do_not_fit() {
    temporal_affine(
        &Array3::<f64>::zeros((2, 3, 4)),
        &Array2::zeros((5, 2)),
        &Array1::zeros(2),
    );
}

#[test]
#[should_panic(
    expected = "temporal_affine: b of shape [3] for w of shape [4, 2] (b needs one element per column of w)"
)]
fn temporal_affine_panics_when_b_does_not_fit() {
    temporal_affine(
        &Array3::<f64>::zeros((2, 3, 4)),
        &Array2::zeros((4, 2)),
        &Array1::zeros(3),
    );
}

// ---------------------------------------------------------------------------------------------
// temporal_softmax_cross_entropy

/// Random scores `(N, T, V)`, targets in `0..V` and a mask keeping about `keep` of the steps.
fn loss_inputs(
    rng: &mut Rng,
    (n, t, v): (usize, usize, usize),
    keep: f64,
) -> (Array3<f64>, Array2<usize>, Array2<bool>) {
    let scores = rng.array((n, t, v), 2.0);
    let targets = Array2::from_shape_vec((n, t), rng.labels(n * t, v)).unwrap();
    let mask = Array2::from_shape_simple_fn((n, t), || (rng.next_f64() + 1.0) / 2.0 < keep);
    (scores, targets, mask)
}

#[test]
fn temporal_softmax_cross_entropy_is_the_masked_sum_of_the_steps_cross_entropies_over_n() {
    let mut rng = Rng(19);
    let (scores, targets, mask) = loss_inputs(&mut rng, (3, 4, 5), 0.6);
    let mut expected = 0.0;
    for ((n, t), &keep) in mask.indexed_iter() {
        if keep {
            let row = scores.slice(s![n, t, ..]);
            let log_sum = row.mapv(f64::exp).sum().ln();
            expected += log_sum - row[targets[[n, t]]];
        }
    }
    let loss = temporal_softmax_cross_entropy(&scores, &targets, &mask);
    assert_relative_eq!(loss, expected / 3.0, max_relative = 1e-14);
}

#[test]
fn temporal_softmax_cross_entropy_of_uniform_scores_is_log_v_per_kept_step() {
    // cs231n's sanity check: scores near zero cost about log V per kept step and sequence.
    let mut rng = Rng(20);
    let (_, targets, mask) = loss_inputs(&mut rng, (50, 10, 10), 0.3);
    let kept = mask.iter().filter(|&&keep| keep).count() as f64;
    let loss = temporal_softmax_cross_entropy(&Array3::<f64>::zeros((50, 10, 10)), &targets, &mask);
    assert_relative_eq!(loss, kept / 50.0 * 10f64.ln(), max_relative = 1e-14);
    let small = rng.array((50, 10, 10), 1e-3);
    let loss = temporal_softmax_cross_entropy(&small, &targets, &mask);
    assert_relative_eq!(loss, kept / 50.0 * 10f64.ln(), max_relative = 1e-3);
}

#[test]
fn temporal_softmax_cross_entropy_vjp_matches_the_loss_and_finite_differences() {
    let mut rng = Rng(21);
    for (shape, keep) in [
        ((1, 1, 1), 1.0),
        ((1, 3, 4), 1.0),
        ((3, 1, 2), 0.5),
        ((4, 5, 3), 0.6),
    ] {
        let (scores, targets, mask) = loss_inputs(&mut rng, shape, keep);
        let (loss, pullback) = temporal_softmax_cross_entropy_vjp(&scores, &targets, &mask);
        assert_eq!(
            loss,
            temporal_softmax_cross_entropy(&scores, &targets, &mask)
        );
        let cotangent = 0.75;
        let (gradient, (), ()) = pullback(cotangent);
        let f = |s: &Array3<f64>| cotangent * temporal_softmax_cross_entropy(s, &targets, &mask);
        assert_gradcheck(f, &scores, &gradient, TOL);
    }
}

#[test]
fn temporal_softmax_cross_entropy_ignores_masked_steps() {
    let mut rng = Rng(22);
    let (scores, targets, _) = loss_inputs(&mut rng, (2, 3, 4), 1.0);
    let mask = array![[true, false, true], [false, false, true]];
    let (loss, pullback) = temporal_softmax_cross_entropy_vjp(&scores, &targets, &mask);
    let (gradient, (), ()) = pullback(1.0);
    // Anything in a masked step changes nothing, and its gradient is zero.
    let mut changed = scores.clone();
    changed.slice_mut(s![0, 1, ..]).fill(1e3);
    changed.slice_mut(s![1, 0, ..]).fill(f64::NAN);
    assert_eq!(
        temporal_softmax_cross_entropy(&changed, &targets, &mask),
        loss
    );
    for ((n, t), &keep) in mask.indexed_iter() {
        let row = gradient.slice(s![n, t, ..]);
        if keep {
            // softmax - onehot sums to 0, over N = 2.
            assert!(row.iter().any(|&g| g != 0.0));
            assert_abs_diff_eq!(row.sum(), 0.0, epsilon = 1e-15);
        } else {
            assert!(row.iter().all(|&g| g == 0.0));
        }
    }
    // Nothing kept: zero loss, zero gradient.
    let none = Array2::from_elem((2, 3), false);
    let (loss, pullback) = temporal_softmax_cross_entropy_vjp(&scores, &targets, &none);
    assert_eq!(loss, 0.0);
    assert!(pullback(1.0).0.iter().all(|&g| g == 0.0));
}

#[test]
fn temporal_softmax_cross_entropy_is_stable_for_large_scores() {
    let scores = array![[[1000.0, 0.0, -1000.0], [-1e4, 1e4, 0.0]]];
    let loss = temporal_softmax_cross_entropy(&scores, &array![[1, 1]], &array![[true, true]]);
    assert_relative_eq!(loss, 1000.0, max_relative = 1e-15);
}

#[test]
#[should_panic(
    expected = "temporal_softmax_cross_entropy: target 7 at [1, 0] out of range for 5 classes"
)]
fn temporal_softmax_cross_entropy_panics_on_a_target_out_of_range() {
    temporal_softmax_cross_entropy(
        &Array3::<f64>::zeros((2, 2, 5)),
        &array![[0, 4], [7, 1]],
        &array![[true, true], [false, true]],
    );
}

#[test]
#[should_panic(
    expected = "temporal_softmax_cross_entropy: mask of shape [2, 3] for scores of shape [2, 2, 5] (mask must be [2, 2])"
)]
fn temporal_softmax_cross_entropy_panics_when_the_mask_does_not_fit() {
    temporal_softmax_cross_entropy(
        &Array3::<f64>::zeros((2, 2, 5)),
        &array![[0, 4], [3, 1]],
        &Array2::from_elem((2, 3), true),
    );
}

// ---------------------------------------------------------------------------------------------
// f32

#[test]
fn every_sequence_layer_in_f32_agrees_with_f64() {
    let mut rng = Rng(23);
    let (x, h0, wx, wh, b) = sequence_inputs(&mut rng, (2, 3, 4, 5), 1);
    let c = rng.array((2, 3, 5), 1.0);
    let (y, pullback) = rnn_vjp(&x, &h0, &wx, &wh, &b);
    let (y32, pullback32) = rnn_vjp(
        &to_f32(&x),
        &to_f32(&h0),
        &to_f32(&wx),
        &to_f32(&wh),
        &to_f32(&b),
    );
    assert_f32_close(&y32, &y);
    let (d, d32) = (pullback(c.clone()), pullback32(to_f32(&c)));
    assert_f32_close(&d32.0, &d.0);
    assert_f32_close(&d32.1, &d.1);
    assert_f32_close(&d32.2, &d.2);
    assert_f32_close(&d32.3, &d.3);
    assert_f32_close(&d32.4, &d.4);

    let (x, h0, wx, wh, b) = sequence_inputs(&mut rng, (2, 3, 4, 5), 4);
    let (y, pullback) = lstm_vjp(&x, &h0, &wx, &wh, &b);
    let (y32, pullback32) = lstm_vjp(
        &to_f32(&x),
        &to_f32(&h0),
        &to_f32(&wx),
        &to_f32(&wh),
        &to_f32(&b),
    );
    assert_f32_close(&y32, &y);
    let (d, d32) = (pullback(c.clone()), pullback32(to_f32(&c)));
    assert_f32_close(&d32.0, &d.0);
    assert_f32_close(&d32.1, &d.1);
    assert_f32_close(&d32.2, &d.2);
    assert_f32_close(&d32.3, &d.3);
    assert_f32_close(&d32.4, &d.4);

    let (x, w, bias) = (
        rng.array((2, 3, 4), 1.0),
        rng.array((4, 6), 1.0),
        rng.array(6, 1.0),
    );
    let idx = Array2::from_shape_vec((2, 3), rng.labels(6, 3)).unwrap();
    let embedded = word_embedding(&idx, &x.index_axis(Axis(0), 0).to_owned());
    let embedded32 = word_embedding(&idx, &to_f32(&x.index_axis(Axis(0), 0).to_owned()));
    assert_f32_close(&embedded32, &embedded);
    let scores = temporal_affine(&x, &w, &bias);
    let scores32 = temporal_affine(&to_f32(&x), &to_f32(&w), &to_f32(&bias));
    assert_f32_close(&scores32, &scores);
    let targets = Array2::from_shape_vec((2, 3), rng.labels(6, 6)).unwrap();
    let mask = array![[true, true, false], [true, false, true]];
    let (loss, pullback) = temporal_softmax_cross_entropy_vjp(&scores, &targets, &mask);
    let (loss32, pullback32) = temporal_softmax_cross_entropy_vjp(&scores32, &targets, &mask);
    assert_relative_eq!(f64::from(loss32), loss, max_relative = 1e-5);
    assert_f32_close(&pullback32(1.0).0, &pullback(1.0).0);
}

/// Views of the sequence layers' inputs can be taken from any array: the layers read them.
#[test]
fn sequence_layers_take_views() {
    let w: ArrayView2<f64> =
        ArrayView2::from_shape((3, 2), &[0.0, 1.0, 2.0, 3.0, 4.0, 5.0]).unwrap();
    assert_eq!(
        word_embedding(&array![[2, 0]].view(), &w),
        array![[[4.0, 5.0], [0.0, 1.0]]]
    );
}
