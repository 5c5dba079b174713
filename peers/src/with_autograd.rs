//! The workloads in autograd 1.1 (define-by-run graphs over ndarray): inside `autograd::run`,
//! the loss is built as a graph of the variables and placeholders, `grad` adds its gradient's
//! graph, and `eval` runs both. A graph lives for one `run`, so every gradient builds it anew:
//! that is how autograd 1.x is used, and it is timed with the rest.

use std::sync::{Arc, RwLock};

use autograd as ag;
use autograd::ndarray as nd;
use autograd::ndarray_ext::{NdArray, into_shared};
use autograd::tensor::Variable;

use crate::problems::{self, ConvGradient, MlpGradient};

/// A value shared with the graphs as a variable.
type Shared<F> = Arc<RwLock<NdArray<F>>>;

fn shared<F: ag::Float>(values: &[F], shape: &[usize]) -> Shared<F> {
    into_shared(nd::Array::from_shape_vec(shape.to_vec(), values.to_vec()).expect("a shape"))
}

/// The elements of an evaluated array, in order, as `f64`s.
fn elements<F: ag::Float + Into<f64>>(array: &NdArray<F>) -> Vec<f64> {
    array.iter().map(|&x| x.into()).collect()
}

/// Evaluations' arrays, unwrapped.
fn evaluated<F: ag::Float>(results: Vec<Result<NdArray<F>, ag::EvalError>>) -> Vec<NdArray<F>> {
    results
        .into_iter()
        .map(|r| r.expect("the graph evaluates"))
        .collect()
}

/// Rosenbrock's point as a variable.
pub fn rosenbrock_point(x: &[f64]) -> Shared<f64> {
    shared(x, &[x.len()])
}

/// `Σ (1 − x_i)² + 100 (x_{i+1} − x_i²)²` on the whole vector at once (`slice` for the two
/// shifted views): the value and the gradient.
pub fn rosenbrock_grad(x: &Shared<f64>) -> Vec<NdArray<f64>> {
    let n = x.read().expect("not poisoned").len() as isize;
    let mut out = Vec::new();
    ag::run(|g: &mut ag::Graph<f64>| {
        let x = g.variable(x.clone());
        let head = g.slice(x, &[0], &[n - 1]);
        let tail = g.slice(x, &[1], &[n]);
        let a = g.neg(head) + g.scalar(1.0);
        let b = tail - g.square(head);
        let value = g.reduce_sum(g.square(a) + g.square(b) * g.scalar(100.0), &[0], false);
        let gradient = g.grad(&[value], &[x])[0];
        out = evaluated(g.eval(&[value, gradient], &[]));
    });
    out
}

/// [`rosenbrock_grad`]'s value and gradient as `f64`s.
pub fn rosenbrock_grad64(x: &[f64]) -> (f64, Vec<f64>) {
    let out = rosenbrock_grad(&rosenbrock_point(x));
    (elements(&out[0])[0], elements(&out[1]))
}

/// The MLP's data (fed to placeholders) and parameters (variables).
pub struct Mlp<F: ag::Float> {
    x: nd::Array2<F>,
    one_hot: nd::Array2<F>,
    w1: Shared<F>,
    b1: Shared<F>,
    w2: Shared<F>,
    b2: Shared<F>,
    input: isize,
    classes: isize,
    batch: f64,
    reg: f64,
}

impl<F: ag::Float + problems::Real> Mlp<F> {
    pub fn new(p: &problems::Mlp<F>) -> Self {
        let matrix = |v: &[F], rows, cols| nd::Array2::from_shape_vec((rows, cols), v.to_vec());
        Mlp {
            x: matrix(&p.x, p.batch, p.input).expect("a shape"),
            one_hot: matrix(&p.one_hot, p.batch, p.classes).expect("a shape"),
            w1: shared(&p.w1, &[p.input, p.hidden]),
            b1: shared(&p.b1, &[p.hidden]),
            w2: shared(&p.w2, &[p.hidden, p.classes]),
            b2: shared(&p.b2, &[p.classes]),
            input: p.input as isize,
            classes: p.classes as isize,
            batch: p.batch as f64,
            reg: p.reg.into(),
        }
    }

    /// The loss (affine - ReLU - affine - `log_softmax` - cross-entropy against the one-hot
    /// labels, L2 on the weights) and its gradient: `[loss, w1, b1, w2, b2]`.
    pub fn grad(&self) -> Vec<NdArray<F>> {
        let mut out = Vec::new();
        let constant = |x: f64| F::from(x).expect("a float");
        ag::run(|g: &mut ag::Graph<F>| {
            let x = g.placeholder(&[-1, self.input]);
            let one_hot = g.placeholder(&[-1, self.classes]);
            let [w1, b1, w2, b2] =
                [&self.w1, &self.b1, &self.w2, &self.b2].map(|p| g.variable(p.clone()));
            // autograd broadcasts between arrays of one rank: the biases as rows.
            let row = |b| g.reshape(b, &[1, -1]);
            let hidden = g.relu(g.matmul(x, w1) + row(b1));
            let scores = g.matmul(hidden, w2) + row(b2);
            let log_probs = g.log_softmax(scores, 1);
            let data_loss = g.reduce_sum(log_probs * one_hot, &[0, 1], false)
                * g.scalar(constant(-1.0 / self.batch));
            let l2 = g.reduce_sum(g.square(w1), &[0, 1], false)
                + g.reduce_sum(g.square(w2), &[0, 1], false);
            let loss = data_loss + l2 * g.scalar(constant(0.5 * self.reg));
            let grads = g.grad(&[loss], &[w1, b1, w2, b2]);
            let feeds = [x.given(self.x.view()), one_hot.given(self.one_hot.view())];
            out = evaluated(g.eval(&[loss, grads[0], grads[1], grads[2], grads[3]], &feeds));
        });
        out
    }

    /// The loss and gradient as `f64`s.
    pub fn grad64(&self) -> (f64, MlpGradient<f64>) {
        let out = self.grad();
        let gradient = MlpGradient {
            w1: elements(&out[1]),
            b1: elements(&out[2]),
            w2: elements(&out[3]),
            b2: elements(&out[4]),
        };
        (elements(&out[0])[0], gradient)
    }
}

/// The convolution's input, kernel and bias, all variables.
pub struct Conv<F: ag::Float> {
    x: Shared<F>,
    w: Shared<F>,
    b: Shared<F>,
    filters: isize,
}

impl<F: ag::Float + problems::Real> Conv<F> {
    pub fn new(p: &problems::Conv<F>) -> Self {
        Conv {
            x: shared(&p.x, &p.x_shape),
            w: shared(&p.w, &p.w_shape),
            b: shared(&p.b, &[p.b.len()]),
            filters: p.b.len() as isize,
        }
    }

    /// The sum of `conv2d(x, w) + b` (padding 1, stride 1) and its gradient: `[value, x, w, b]`.
    pub fn grad(&self) -> Vec<NdArray<F>> {
        let mut out = Vec::new();
        ag::run(|g: &mut ag::Graph<F>| {
            let [x, w, b] = [&self.x, &self.w, &self.b].map(|p| g.variable(p.clone()));
            let bias = g.reshape(b, &[1, self.filters, 1, 1]);
            let value = g.reduce_sum(g.conv2d(x, w, 1, 1) + bias, &[0, 1, 2, 3], false);
            let grads = g.grad(&[value], &[x, w, b]);
            out = evaluated(g.eval(&[value, grads[0], grads[1], grads[2]], &[]));
        });
        out
    }

    /// The value and gradient as `f64`s.
    pub fn grad64(&self) -> (f64, ConvGradient<f64>) {
        let out = self.grad();
        let gradient = ConvGradient {
            x: elements(&out[1]),
            w: elements(&out[2]),
            b: elements(&out[3]),
        };
        (elements(&out[0])[0], gradient)
    }
}
