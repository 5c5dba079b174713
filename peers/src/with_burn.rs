//! The workloads in burn 0.22, on its NdArray CPU device with autodiff
//! (`Device::ndarray().autodiff()`): tensors marked `require_grad`, the loss built from tensor
//! operations and burn's `log_softmax`, `backward` for the gradients.
//!
//! burn 0.22 deprecates the NdArray backend in favour of its Flex backend; NdArray is what issue
//! 17 names, and is the one measured here.

// `Device::ndarray` is deprecated since burn 0.22 (see the module documentation).
#![allow(deprecated)]

use burn::tensor::activation::{log_softmax, relu};
use burn::tensor::module::conv2d;
use burn::tensor::ops::ConvOptions;
use burn::tensor::{Device, Element, Tensor, TensorData};

use crate::problems::{self, ConvGradient, MlpGradient};

/// The NdArray CPU device with autodiff.
pub fn device() -> Device {
    Device::ndarray().autodiff()
}

/// A tensor of `shape` holding `values` (row-major), on [`device`].
fn tensor<const D: usize, T: Element>(values: &[T], shape: [usize; D]) -> Tensor<D> {
    // In `T` (`f32` or `f64`): the device's default float type is `f32`.
    Tensor::from_data(
        TensorData::new(values.to_vec(), shape),
        (&device(), T::dtype()),
    )
}

/// A tensor's elements as `f64`s.
fn elements<const D: usize>(t: Tensor<D>) -> Vec<f64> {
    t.into_data()
        .convert::<f64>()
        .to_vec::<f64>()
        .expect("f64 data")
}

/// Rosenbrock's point, differentiated.
pub fn rosenbrock_point(x: &[f64]) -> Tensor<1> {
    tensor(x, [x.len()]).require_grad()
}

/// `Σ (1 − x_i)² + 100 (x_{i+1} − x_i²)²` on the whole vector at once (`slice` for the two
/// shifted views), and its gradient.
pub fn rosenbrock_grad(x: &Tensor<1>) -> (Tensor<1>, Tensor<1>) {
    let n = x.dims()[0];
    let head = x.clone().slice([0..n - 1]);
    let tail = x.clone().slice([1..n]);
    let a = head.clone().neg().add_scalar(1.0);
    let b = tail - head.square();
    let value = (a.square() + b.square().mul_scalar(100.0)).sum();
    let grads = value.backward();
    (value, x.grad(&grads).expect("x is differentiated"))
}

/// [`rosenbrock_grad`]'s value and gradient as `f64`s.
pub fn rosenbrock_grad64(x: &[f64]) -> (f64, Vec<f64>) {
    let (value, gradient) = rosenbrock_grad(&rosenbrock_point(x));
    (elements(value)[0], elements(gradient))
}

/// The MLP's tensors; the parameters require gradients.
pub struct Mlp {
    x: Tensor<2>,
    one_hot: Tensor<2>,
    w1: Tensor<2>,
    b1: Tensor<1>,
    w2: Tensor<2>,
    b2: Tensor<1>,
    batch: usize,
    reg: f64,
}

impl Mlp {
    pub fn new<T: problems::Real + Element>(p: &problems::Mlp<T>) -> Self {
        Mlp {
            x: tensor(&p.x, [p.batch, p.input]),
            one_hot: tensor(&p.one_hot, [p.batch, p.classes]),
            w1: tensor(&p.w1, [p.input, p.hidden]).require_grad(),
            b1: tensor(&p.b1, [p.hidden]).require_grad(),
            w2: tensor(&p.w2, [p.hidden, p.classes]).require_grad(),
            b2: tensor(&p.b2, [p.classes]).require_grad(),
            batch: p.batch,
            reg: p.reg.into(),
        }
    }

    /// The loss (affine - ReLU - affine - `log_softmax` - cross-entropy against the one-hot
    /// labels, L2 on the weights) and its gradient `[w1, b1, w2, b2]`.
    pub fn grad(&self) -> (Tensor<1>, [Tensor<2>; 2], [Tensor<1>; 2]) {
        let affine = |x: Tensor<2>, w: &Tensor<2>, b: &Tensor<1>| {
            x.matmul(w.clone()) + b.clone().unsqueeze::<2>()
        };
        let hidden = relu(affine(self.x.clone(), &self.w1, &self.b1));
        let scores = affine(hidden, &self.w2, &self.b2);
        let data_loss = (log_softmax(scores, 1) * self.one_hot.clone())
            .sum()
            .mul_scalar(-1.0 / self.batch as f64);
        let l2 = self.w1.clone().square().sum() + self.w2.clone().square().sum();
        let loss = data_loss + l2.mul_scalar(0.5 * self.reg);
        let grads = loss.backward();
        let weights = [&self.w1, &self.w2].map(|w| w.grad(&grads).expect("differentiated"));
        let biases = [&self.b1, &self.b2].map(|b| b.grad(&grads).expect("differentiated"));
        (loss, weights, biases)
    }

    /// The loss and gradient as `f64`s.
    pub fn grad64(&self) -> (f64, MlpGradient<f64>) {
        let (loss, [w1, w2], [b1, b2]) = self.grad();
        let gradient = MlpGradient {
            w1: elements(w1),
            b1: elements(b1),
            w2: elements(w2),
            b2: elements(b2),
        };
        (elements(loss)[0], gradient)
    }
}

/// The convolution's tensors, all requiring gradients.
pub struct Conv {
    x: Tensor<4>,
    w: Tensor<4>,
    b: Tensor<1>,
}

impl Conv {
    pub fn new<T: problems::Real + Element>(p: &problems::Conv<T>) -> Self {
        Conv {
            x: tensor(&p.x, p.x_shape).require_grad(),
            w: tensor(&p.w, p.w_shape).require_grad(),
            b: tensor(&p.b, [p.b.len()]).require_grad(),
        }
    }

    /// The sum of `conv2d(x, w, b)` (stride 1, padding 1) and its gradient `(x, w, b)`.
    pub fn grad(&self) -> (Tensor<1>, [Tensor<4>; 2], Tensor<1>) {
        let options = ConvOptions::new([1, 1], [1, 1], [1, 1], 1);
        let output = conv2d(
            self.x.clone(),
            self.w.clone(),
            Some(self.b.clone()),
            options,
        );
        let value = output.sum();
        let grads = value.backward();
        let inputs = [&self.x, &self.w].map(|t| t.grad(&grads).expect("differentiated"));
        let bias = self.b.grad(&grads).expect("differentiated");
        (value, inputs, bias)
    }

    /// The value and gradient as `f64`s.
    pub fn grad64(&self) -> (f64, ConvGradient<f64>) {
        let (value, [x, w], b) = self.grad();
        let gradient = ConvGradient {
            x: elements(x),
            w: elements(w),
            b: elements(b),
        };
        (elements(value)[0], gradient)
    }
}
