//! The workloads in `grad`, as the repository's benches write them: `#[grad::differentiate]` on
//! plain Rust (`benches/loops.rs`, `benches/nn.rs`), and Rosenbrock's gradient by hand.

use grad::nn::*;
use ndarray::{Array1, Array2, Array4};

use crate::problems::{self, ConvGradient, MlpGradient};

/// The n-dimensional Rosenbrock function as a loop over a slice (`examples/common/objectives.rs`).
#[grad::differentiate]
pub fn rosenbrock(x: &[f64]) -> f64 {
    let mut sum = 0.0;
    for i in 0..x.len() - 1 {
        let a = 1.0 - x[i];
        let b = x[i + 1] - x[i] * x[i];
        sum += a * a + 100.0 * b * b;
    }
    sum
}

/// Rosenbrock's value and gradient written by hand, one pass (`rosenbrock_hand_written`).
pub fn rosenbrock_hand_written(x: &[f64]) -> (f64, Vec<f64>) {
    let mut gradient = vec![0.0; x.len()];
    let mut sum = 0.0;
    for i in 0..x.len() - 1 {
        let a = 1.0 - x[i];
        let b = x[i + 1] - x[i] * x[i];
        sum += a * a + 100.0 * b * b;
        gradient[i] += -2.0 * a - 400.0 * b * x[i];
        gradient[i + 1] += 200.0 * b;
    }
    (sum, gradient)
}

/// The MLP's arrays.
pub struct Mlp<T> {
    pub x: Array2<T>,
    pub labels: Vec<usize>,
    pub w1: Array2<T>,
    pub b1: Array1<T>,
    pub w2: Array2<T>,
    pub b2: Array1<T>,
    pub reg: T,
}

impl<T: problems::Real> Mlp<T> {
    pub fn new(p: &problems::Mlp<T>) -> Self {
        let matrix =
            |rows, cols, v: &[T]| Array2::from_shape_vec((rows, cols), v.to_vec()).unwrap();
        Mlp {
            x: matrix(p.batch, p.input, &p.x),
            labels: p.labels.clone(),
            w1: matrix(p.input, p.hidden, &p.w1),
            b1: Array1::from(p.b1.clone()),
            w2: matrix(p.hidden, p.classes, &p.w2),
            b2: Array1::from(p.b2.clone()),
            reg: p.reg,
        }
    }
}

/// `benches/nn.rs`'s MLP loss: affine - ReLU - affine - softmax cross-entropy, L2 on the weights.
#[grad::differentiate(wrt(w1, b1, w2, b2))]
#[allow(clippy::too_many_arguments)]
pub fn mlp_loss(
    x: &Array2<f32>,
    labels: &[usize],
    w1: &Array2<f32>,
    b1: &Array1<f32>,
    w2: &Array2<f32>,
    b2: &Array1<f32>,
    reg: f32,
) -> f32 {
    let hidden = relu(&affine(x, w1, b1));
    let scores = affine(&hidden, w2, b2);
    let data_loss = softmax_cross_entropy(&scores, labels);
    data_loss + 0.5 * reg * ((w1 * w1).sum() + (w2 * w2).sum())
}

/// [`mlp_loss`] in `f64`, for the gradient checks.
#[grad::differentiate(wrt(w1, b1, w2, b2))]
#[allow(clippy::too_many_arguments)]
pub fn mlp_loss64(
    x: &Array2<f64>,
    labels: &[usize],
    w1: &Array2<f64>,
    b1: &Array1<f64>,
    w2: &Array2<f64>,
    b2: &Array1<f64>,
    reg: f64,
) -> f64 {
    let hidden = relu(&affine(x, w1, b1));
    let scores = affine(&hidden, w2, b2);
    let data_loss = softmax_cross_entropy(&scores, labels);
    data_loss + 0.5 * reg * ((w1 * w1).sum() + (w2 * w2).sum())
}

/// The f32 MLP's loss and gradient.
pub fn mlp_grad(p: &Mlp<f32>) -> (f32, (Array2<f32>, Array1<f32>, Array2<f32>, Array1<f32>)) {
    mlp_loss_grad(&p.x, &p.labels, &p.w1, &p.b1, &p.w2, &p.b2, p.reg)
}

/// The f64 MLP's loss and gradient, as `Vec`s.
pub fn mlp_grad64(p: &Mlp<f64>) -> (f64, MlpGradient<f64>) {
    let (loss, (w1, b1, w2, b2)) =
        mlp_loss64_grad(&p.x, &p.labels, &p.w1, &p.b1, &p.w2, &p.b2, p.reg);
    let flat = |a: &[f64]| a.to_vec();
    let gradient = MlpGradient {
        w1: flat(w1.as_standard_layout().as_slice().unwrap()),
        b1: b1.to_vec(),
        w2: flat(w2.as_standard_layout().as_slice().unwrap()),
        b2: b2.to_vec(),
    };
    (loss, gradient)
}

/// The convolution's arrays.
pub struct Conv<T> {
    pub x: Array4<T>,
    pub w: Array4<T>,
    pub b: Array1<T>,
}

impl<T: problems::Real> Conv<T> {
    pub fn new(p: &problems::Conv<T>) -> Self {
        let shape = |s: [usize; 4]| (s[0], s[1], s[2], s[3]);
        Conv {
            x: Array4::from_shape_vec(shape(p.x_shape), p.x.clone()).unwrap(),
            w: Array4::from_shape_vec(shape(p.w_shape), p.w.clone()).unwrap(),
            b: Array1::from(p.b.clone()),
        }
    }
}

/// `benches/nn.rs`'s convolution layer, summed.
#[grad::differentiate]
pub fn conv_layer(x: &Array4<f32>, w: &Array4<f32>, b: &Array1<f32>) -> f32 {
    conv2d(x, w, b, 1, 1).sum()
}

/// [`conv_layer`] in `f64`, for the gradient checks.
#[grad::differentiate]
pub fn conv_layer64(x: &Array4<f64>, w: &Array4<f64>, b: &Array1<f64>) -> f64 {
    conv2d(x, w, b, 1, 1).sum()
}

/// The f32 convolution's value and gradient.
pub fn conv_grad(p: &Conv<f32>) -> (f32, (Array4<f32>, Array4<f32>, Array1<f32>)) {
    conv_layer_grad(&p.x, &p.w, &p.b)
}

/// The f64 convolution's value and gradient, as `Vec`s.
pub fn conv_grad64(p: &Conv<f64>) -> (f64, ConvGradient<f64>) {
    let (value, (x, w, b)) = conv_layer64_grad(&p.x, &p.w, &p.b);
    let flat = |a: Array4<f64>| a.as_standard_layout().iter().copied().collect();
    (
        value,
        ConvGradient {
            x: flat(x),
            w: flat(w),
            b: b.to_vec(),
        },
    )
}
