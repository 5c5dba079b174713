//! The captioning model of cs231n's assignment 3 (`CaptioningRNN.loss`) as one
//! `#[grad::differentiate]` function over a `#[derive(grad::Tangent)]` parameter struct that
//! calls the sequence layers of `grad::nn` (issue #16): every call goes through the layer's
//! `_vjp` rule.
//!
//! With the notebooks' parameters (`linspace(-1.4, 1.3)`), features and captions, the loss is
//! the notebooks' (9.83235591003 for the RNN, 9.82445935443 for the LSTM) and the generated
//! gradient passes the directional test against central differences in random directions; on a
//! smaller model, every element of every parameter is checked against central differences, with
//! a relative error below [`TOL`].
//!
//! And the same recurrences written by hand as `#[differentiate]` loops over the time steps (the
//! RNN in plain ndarray arithmetic, the LSTM as `lstm_step` calls returning `(next_h, next_c)`)
//! have the gradients of the `rnn` and `lstm` layers.

mod common;

use common::uniform;
use grad::Tangent;
use grad::check::{Point, assert_gradcheck};
use grad::nn::*;
use ndarray::{Array, Array1, Array2, Array3, Axis, Dimension, IntoDimension, s};

/// The largest relative error accepted between the generated gradient and central differences.
const TOL: f64 = 1e-6;

/// The step of the central differences.
const STEP: f64 = 1e-5;

/// The parameters of cs231n's `CaptioningRNN`, for `V` words, image features of size `D`, word
/// vectors of size `W`, hidden size `H`, and `G = 1` (RNN) or 4 (LSTM) blocks of gates.
#[derive(Clone, Debug, PartialEq, grad::Tangent)]
struct Captioner {
    /// The word vectors, `(V, W)`.
    w_embed: Array2<f64>,
    /// The projection of the image features to the initial hidden state, `(D, H)` and `(H,)`.
    w_proj: Array2<f64>,
    b_proj: Array1<f64>,
    /// The recurrent cell, `(W, G·H)`, `(H, G·H)` and `(G·H,)`.
    wx: Array2<f64>,
    wh: Array2<f64>,
    b: Array1<f64>,
    /// The scores of the next word from the hidden state, `(H, V)` and `(V,)`.
    w_vocab: Array2<f64>,
    b_vocab: Array1<f64>,
}

/// The captions a model reads and predicts: each word but the last goes in, each but the first
/// is predicted, and `<NULL>` (0) is padding, left out of the loss.
struct Captions {
    input: Array2<usize>,
    output: Array2<usize>,
    mask: Array2<bool>,
}

impl Captions {
    fn new(captions: &Array2<usize>) -> Self {
        let output = captions.slice(s![.., 1..]).to_owned();
        Captions {
            input: captions.slice(s![.., ..-1]).to_owned(),
            mask: output.mapv(|word| word != 0),
            output,
        }
    }
}

/// cs231n's `CaptioningRNN.loss` with `cell_type='rnn'`.
#[grad::differentiate(wrt(p))]
fn rnn_captioning_loss(
    p: &Captioner,
    features: &Array2<f64>,
    input: &Array2<usize>,
    output: &Array2<usize>,
    mask: &Array2<bool>,
) -> f64 {
    let h0 = affine(features, &p.w_proj, &p.b_proj);
    let x = word_embedding(input, &p.w_embed);
    let hidden = rnn(&x, &h0, &p.wx, &p.wh, &p.b);
    let scores = temporal_affine(&hidden, &p.w_vocab, &p.b_vocab);
    temporal_softmax_cross_entropy(&scores, output, mask)
}

/// cs231n's `CaptioningRNN.loss` with `cell_type='lstm'`.
#[grad::differentiate(wrt(p))]
fn lstm_captioning_loss(
    p: &Captioner,
    features: &Array2<f64>,
    input: &Array2<usize>,
    output: &Array2<usize>,
    mask: &Array2<bool>,
) -> f64 {
    let h0 = affine(features, &p.w_proj, &p.b_proj);
    let x = word_embedding(input, &p.w_embed);
    let hidden = lstm(&x, &h0, &p.wx, &p.wh, &p.b);
    let scores = temporal_affine(&hidden, &p.w_vocab, &p.b_vocab);
    temporal_softmax_cross_entropy(&scores, output, mask)
}

/// The recurrent cell of a model.
#[derive(Clone, Copy, Debug)]
enum Cell {
    Rnn,
    Lstm,
}

impl Cell {
    fn gates(self) -> usize {
        match self {
            Cell::Rnn => 1,
            Cell::Lstm => 4,
        }
    }

    /// The loss through the plain layers.
    fn loss(self, p: &Captioner, features: &Array2<f64>, c: &Captions) -> f64 {
        match self {
            Cell::Rnn => rnn_captioning_loss(p, features, &c.input, &c.output, &c.mask),
            Cell::Lstm => lstm_captioning_loss(p, features, &c.input, &c.output, &c.mask),
        }
    }

    /// The loss and its gradient, generated.
    fn loss_grad(self, p: &Captioner, features: &Array2<f64>, c: &Captions) -> (f64, Captioner) {
        match self {
            Cell::Rnn => rnn_captioning_loss_grad(p, features, &c.input, &c.output, &c.mask),
            Cell::Lstm => lstm_captioning_loss_grad(p, features, &c.input, &c.output, &c.mask),
        }
    }
}

/// numpy's `np.linspace(start, stop, num=size).reshape(shape)`.
fn linspace<E: IntoDimension>(start: f64, stop: f64, shape: E) -> Array<f64, E::Dim> {
    let shape = shape.into_dimension();
    Array::linspace(start, stop, shape.size())
        .into_shape_with_order(shape)
        .expect("as many elements as the shape")
}

/// A model whose every parameter comes from `fill(shape)`.
fn captioner(
    cell: Cell,
    (v, d, w, h): (usize, usize, usize, usize),
    mut fill: impl FnMut(&[usize]) -> Array<f64, ndarray::IxDyn>,
) -> Captioner {
    let g = cell.gates() * h;
    let mut matrix = |rows, cols| {
        fill(&[rows, cols])
            .into_dimensionality()
            .expect("two dimensions")
    };
    let (w_embed, w_proj, wx, wh, w_vocab) = (
        matrix(v, w),
        matrix(d, h),
        matrix(w, g),
        matrix(h, g),
        matrix(h, v),
    );
    let mut vector = |len| fill(&[len]).into_dimensionality().expect("one dimension");
    Captioner {
        w_embed,
        w_proj,
        b_proj: vector(h),
        wx,
        wh,
        b: vector(g),
        w_vocab,
        b_vocab: vector(v),
    }
}

/// The notebooks' model, features and captions: `N = 10`, `D = 20`, `W = 30`, `H = 40`,
/// `T = 13`, the vocabulary `{<NULL>: 0, cat: 2, dog: 3}` (`V = 3`), every parameter
/// `linspace(-1.4, 1.3)`, the features `linspace(low, high)` and the captions
/// `arange(N * T) % V`.
fn notebook(cell: Cell, features: (f64, f64)) -> (Captioner, Array2<f64>, Captions) {
    let (n, d, w, h, t, v) = (10, 20, 30, 40, 13, 3);
    let p = captioner(cell, (v, d, w, h), |shape| linspace(-1.4, 1.3, shape));
    let features = linspace(features.0, features.1, (n, d));
    let captions = Array2::from_shape_fn((n, t), |(i, j)| (i * t + j) % v);
    (p, features, Captions::new(&captions))
}

/// `<a, b>` over every parameter.
fn dot(a: &Captioner, b: &Captioner) -> f64 {
    let mut sum = 0.0;
    a.clone().zip_update(b, |x, y| sum += *x * y);
    sum
}

/// Random numbers in `[-scale, scale)` of the given shape.
fn random(shape: &[usize], scale: f64, seed: u64) -> Array<f64, ndarray::IxDyn> {
    let mut next = uniform(seed);
    Array::from_shape_simple_fn(shape, || scale * (2.0 * next() - 1.0))
}

/// Asserts the generated gradient of `cell`'s loss along random directions: `<gradient, v>`
/// against `(L(p + h v) - L(p - h v)) / 2h`.
#[track_caller]
fn assert_directional_derivatives(cell: Cell, p: &Captioner, features: &Array2<f64>, c: &Captions) {
    let (value, gradient) = cell.loss_grad(p, features, c);
    assert_eq!(value.to_bits(), cell.loss(p, features, c).to_bits());
    for seed in 0..3 {
        let mut shape_seed = seed * 100;
        let direction = captioner(cell, sizes(p), |shape| {
            shape_seed += 1;
            random(shape, 1.0, shape_seed)
        });
        let (mut plus, mut minus) = (p.clone(), p.clone());
        plus.axpy(STEP, &direction);
        minus.axpy(-STEP, &direction);
        let numerical =
            (cell.loss(&plus, features, c) - cell.loss(&minus, features, c)) / (2.0 * STEP);
        let analytic = dot(&gradient, &direction);
        let error = (analytic - numerical).abs() / (analytic.abs() + numerical.abs()).max(1e-8);
        assert!(
            error < TOL,
            "{cell:?}: <g, v> = {analytic}, finite differences {numerical}: relative error {error:e}"
        );
    }
}

/// `(V, D, W, H)` of a model.
fn sizes(p: &Captioner) -> (usize, usize, usize, usize) {
    (
        p.w_embed.nrows(),
        p.w_proj.nrows(),
        p.w_embed.ncols(),
        p.wh.nrows(),
    )
}

#[test]
fn the_rnn_captioning_loss_is_the_notebooks_and_its_gradient_checks() {
    let (p, features, captions) = notebook(Cell::Rnn, (-1.5, 0.3));
    let (loss, _) = rnn_captioning_loss_grad(
        &p,
        &features,
        &captions.input,
        &captions.output,
        &captions.mask,
    );
    approx::assert_abs_diff_eq!(loss, 9.83235591003, epsilon = 1e-10);
    assert_directional_derivatives(Cell::Rnn, &p, &features, &captions);
}

#[test]
fn the_lstm_captioning_loss_is_the_notebooks_and_its_gradient_checks() {
    // The LSTM notebook's features are `linspace(-0.5, 1.7)`.
    let (p, features, captions) = notebook(Cell::Lstm, (-0.5, 1.7));
    let (loss, _) = lstm_captioning_loss_grad(
        &p,
        &features,
        &captions.input,
        &captions.output,
        &captions.mask,
    );
    approx::assert_abs_diff_eq!(loss, 9.82445935443, epsilon = 1e-10);
    assert_directional_derivatives(Cell::Lstm, &p, &features, &captions);
}

/// Checks every element of the field `field` reaches against central differences.
#[track_caller]
fn check_field<D: Dimension>(
    loss: &impl Fn(&Captioner) -> f64,
    p: &Captioner,
    field: fn(&mut Captioner) -> &mut Array<f64, D>,
    gradient: &Array<f64, D>,
) where
    Array<f64, D>: Point,
{
    let at = field(&mut p.clone()).clone();
    let of_field = |x: &Array<f64, D>| {
        let mut q = p.clone();
        *field(&mut q) = x.clone();
        loss(&q)
    };
    assert_gradcheck(of_field, &at, gradient, TOL);
}

/// A small model with random parameters, features and captions of different lengths padded
/// with `<NULL>`, every parameter's gradient checked element by element.
fn check_every_parameter(cell: Cell) {
    let (n, t, v, d, w, h) = (3, 6, 7, 4, 5, 3);
    let mut seed = 10 * cell.gates() as u64;
    let p = captioner(cell, (v, d, w, h), |shape| {
        seed += 1;
        random(shape, 0.8, seed)
    });
    let features = random(&[n, d], 1.0, 99).into_dimensionality().unwrap();
    // Word 1 starts every caption; lengths 6, 4 and 3, then padding.
    let captions = ndarray::array![[1, 4, 2, 6, 3, 5], [1, 3, 3, 6, 0, 0], [1, 2, 5, 0, 0, 0]];
    assert_eq!(captions.dim(), (n, t));
    let c = Captions::new(&captions);
    let (value, g) = cell.loss_grad(&p, &features, &c);
    assert_eq!(value.to_bits(), cell.loss(&p, &features, &c).to_bits());
    let loss = |q: &Captioner| cell.loss(q, &features, &c);
    check_field(&loss, &p, |q| &mut q.w_embed, &g.w_embed);
    check_field(&loss, &p, |q| &mut q.w_proj, &g.w_proj);
    check_field(&loss, &p, |q| &mut q.b_proj, &g.b_proj);
    check_field(&loss, &p, |q| &mut q.wx, &g.wx);
    check_field(&loss, &p, |q| &mut q.wh, &g.wh);
    check_field(&loss, &p, |q| &mut q.b, &g.b);
    check_field(&loss, &p, |q| &mut q.w_vocab, &g.w_vocab);
    check_field(&loss, &p, |q| &mut q.b_vocab, &g.b_vocab);
    // <NULL> (0) is read only after the end of a caption, where nothing is predicted: its
    // vector gets exactly zero.
    assert!(g.w_embed.row(0).iter().all(|&x| x == 0.0));
}

#[test]
fn every_parameter_of_the_rnn_captioner_checks_against_finite_differences() {
    check_every_parameter(Cell::Rnn);
}

#[test]
fn every_parameter_of_the_lstm_captioner_checks_against_finite_differences() {
    check_every_parameter(Cell::Lstm);
}

/// The weights of a vanilla RNN.
#[derive(Clone, Debug, PartialEq, grad::Tangent)]
struct RnnWeights {
    wx: Array2<f64>,
    wh: Array2<f64>,
    b: Array1<f64>,
}

/// `Σ_t <h_t, c[:, t]>` for the hidden states `h_t` of an RNN written out as a plain loop over
/// the time steps, whose gradient is then that of [`rnn`] pulled back from the cotangent `c`.
///
/// The `.to_owned()` of the time steps of `x` and `c` works around two limits of the macro with
/// views of data (issue #16 leaves them to the issue on ordinary Rust): without it, the rule of
/// `.dot` keeps the view, a borrow of `x` that the generated pullback cannot hold (E0700), and
/// `&h * &view` finds no rule.
#[grad::differentiate(wrt(p, h0))]
fn rnn_loop_probe(p: &RnnWeights, x: &Array3<f64>, h0: &Array2<f64>, c: &Array3<f64>) -> f64 {
    let mut h = h0.to_owned();
    let mut total = 0.0;
    for t in 0..x.len_of(Axis(1)) {
        let x_t = x.index_axis(Axis(1), t).to_owned();
        h = (x_t.dot(&p.wx) + h.dot(&p.wh) + &p.b).tanh();
        total += (&h * &c.index_axis(Axis(1), t).to_owned()).sum();
    }
    total
}

#[test]
fn an_rnn_written_as_a_loop_has_the_gradients_of_the_layer() {
    let (n, t, d, h) = (3, 4, 2, 5);
    let x = random(&[n, t, d], 1.0, 1).into_dimensionality().unwrap();
    let h0: Array2<f64> = random(&[n, h], 1.0, 2).into_dimensionality().unwrap();
    let c: Array3<f64> = random(&[n, t, h], 1.0, 3).into_dimensionality().unwrap();
    let p = RnnWeights {
        wx: random(&[d, h], 0.8, 4).into_dimensionality().unwrap(),
        wh: random(&[h, h], 0.8, 5).into_dimensionality().unwrap(),
        b: random(&[h], 0.5, 6).into_dimensionality().unwrap(),
    };
    let (value, (g, dh0)) = rnn_loop_probe_grad(&p, &x, &h0, &c);
    let (hidden, pullback) = rnn_vjp(&x, &h0, &p.wx, &p.wh, &p.b);
    approx::assert_relative_eq!(value, (&hidden * &c).sum(), max_relative = 1e-14);
    let (_, dh0_layer, dwx, dwh, db) = pullback(c.clone());
    approx::assert_relative_eq!(dh0, dh0_layer, max_relative = 1e-12);
    approx::assert_relative_eq!(g.wx, dwx, max_relative = 1e-12);
    approx::assert_relative_eq!(g.wh, dwh, max_relative = 1e-12);
    approx::assert_relative_eq!(g.b, db, max_relative = 1e-12);
}

/// The weights of an LSTM.
#[derive(Clone, Debug, PartialEq, grad::Tangent)]
struct LstmWeights {
    wx: Array2<f64>,
    wh: Array2<f64>,
    b: Array1<f64>,
}

/// `Σ_t <h_t, c[:, t]>` for the hidden states of an LSTM written as a loop of `lstm_step`
/// calls, each destructuring the `(next_h, next_c)` the step returns (through `lstm_step_vjp`,
/// whose pullback takes both cotangents). `cell0` is the initial cell state (zero for `lstm`).
#[grad::differentiate(wrt(p, h0))]
fn lstm_step_loop_probe(
    p: &LstmWeights,
    x: &Array3<f64>,
    h0: &Array2<f64>,
    cell0: &Array2<f64>,
    c: &Array3<f64>,
) -> f64 {
    let mut h = h0.to_owned();
    let mut cell = cell0.to_owned();
    let mut total = 0.0;
    for t in 0..x.len_of(Axis(1)) {
        let x_t = x.index_axis(Axis(1), t).to_owned();
        let (next_h, next_c) = lstm_step(&x_t, &h, &cell, &p.wx, &p.wh, &p.b);
        total += (&next_h * &c.index_axis(Axis(1), t).to_owned()).sum();
        h = next_h;
        cell = next_c;
    }
    total
}

#[test]
fn an_lstm_written_as_a_loop_of_steps_has_the_gradients_of_the_layer() {
    let (n, t, d, h) = (2, 5, 3, 4);
    let x: Array3<f64> = random(&[n, t, d], 1.0, 11).into_dimensionality().unwrap();
    let h0: Array2<f64> = random(&[n, h], 1.0, 12).into_dimensionality().unwrap();
    let c: Array3<f64> = random(&[n, t, h], 1.0, 13).into_dimensionality().unwrap();
    let p = LstmWeights {
        wx: random(&[d, 4 * h], 0.8, 14).into_dimensionality().unwrap(),
        wh: random(&[h, 4 * h], 0.8, 15).into_dimensionality().unwrap(),
        b: random(&[4 * h], 0.5, 16).into_dimensionality().unwrap(),
    };
    let zero = Array2::zeros((n, h));
    let (value, (g, dh0)) = lstm_step_loop_probe_grad(&p, &x, &h0, &zero, &c);
    let (hidden, pullback) = lstm_vjp(&x, &h0, &p.wx, &p.wh, &p.b);
    approx::assert_relative_eq!(value, (&hidden * &c).sum(), max_relative = 1e-14);
    let (_, dh0_layer, dwx, dwh, db) = pullback(c.clone());
    approx::assert_relative_eq!(dh0, dh0_layer, max_relative = 1e-12);
    approx::assert_relative_eq!(g.wx, dwx, max_relative = 1e-12);
    approx::assert_relative_eq!(g.wh, dwh, max_relative = 1e-12);
    approx::assert_relative_eq!(g.b, db, max_relative = 1e-12);
}
