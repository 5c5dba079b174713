//! cs231n's `FullyConnectedNet` with batch normalisation and dropout, its parameters in a struct
//! with `#[derive(grad::Tangent)]`, and its loss written once, as a plain function: the gradient
//! is a struct of the same type. Every parameter's gradient is checked against finite
//! differences with `grad::check::gradcheck`, then a few steps of gradient descent (with
//! `Tangent::axpy`) train the net on a small synthetic problem.
//!
//! ```text
//! cargo run --release --example fully_connected
//! ```

use grad::Tangent;
use grad::check::{Point, gradcheck};
use grad::nn::*;
use ndarray::{Array, Array1, Array2, Axis, Dimension};
use rand::rngs::StdRng;
use rand::{RngExt, SeedableRng};
use rand_distr::{Distribution, StandardNormal};

/// The input features.
const INPUTS: usize = 10;
/// The widths of the hidden layers (affine, batch norm, ReLU, dropout each).
const HIDDEN: [usize; 2] = [16, 12];
/// The classes.
const CLASSES: usize = 4;
/// The examples of the synthetic problem (one batch).
const BATCH: usize = 32;
/// The L2 regularisation strength.
const REG: f64 = 1e-3;
/// The keep probability of dropout, in the gradient check.
const KEEP: f64 = 0.75;
/// The learning rate and the number of steps of gradient descent.
const LEARNING_RATE: f64 = 0.5;
const STEPS: usize = 60;

/// A hidden layer: affine, then batch norm.
#[derive(Clone, Debug, grad::Tangent)]
struct Layer {
    w: Array2<f64>,
    b: Array1<f64>,
    gamma: Array1<f64>,
    beta: Array1<f64>,
}

/// The output layer: affine only.
#[derive(Clone, Debug, grad::Tangent)]
struct Linear {
    w: Array2<f64>,
    b: Array1<f64>,
}

#[derive(Clone, Debug, grad::Tangent)]
struct FullyConnectedNet {
    layers: Vec<Layer>,
    out: Linear,
}

/// `{affine - batch norm - relu - dropout} x (L - 1) - affine - softmax`, the mean cross-entropy
/// plus `reg / 2` times the squares of the weights. The dropout masks (already scaled by
/// `1 / keep`) and `reg` are data: only the net is differentiated.
// The layers are read by index, `p.layers[i].w`, as `#[differentiate]` reads places.
#[allow(clippy::needless_range_loop)]
#[grad::differentiate(wrt(p))]
fn loss(
    p: &FullyConnectedNet,
    x: &Array2<f64>,
    y: &[usize],
    masks: &[Array2<f64>],
    reg: f64,
) -> f64 {
    let mut h = x.to_owned();
    for i in 0..p.layers.len() {
        let a = affine(&h, &p.layers[i].w, &p.layers[i].b);
        let normalised = batch_norm(&a, &p.layers[i].gamma, &p.layers[i].beta, 1e-5);
        let activated = relu(&normalised);
        h = dropout(&activated, &masks[i]);
    }
    let scores = affine(&h, &p.out.w, &p.out.b);
    let mut squares = (&p.out.w * &p.out.w).sum();
    for i in 0..p.layers.len() {
        squares += (&p.layers[i].w * &p.layers[i].w).sum();
    }
    softmax_cross_entropy(&scores, y) + 0.5 * reg * squares
}

/// `std` times standard normal draws, in an array of `shape`.
fn normal_array<D: Dimension>(rng: &mut StdRng, shape: D, std: f64) -> Array<f64, D> {
    Array::from_shape_simple_fn(shape, || {
        let draw: f64 = StandardNormal.sample(rng);
        std * draw
    })
}

/// He initialisation of the weights, zero biases, `gamma = 1`, `beta = 0`; then the batch-norm
/// parameters and biases are moved off their initial values a little, so that the gradient
/// check sees a generic point.
fn init(rng: &mut StdRng) -> FullyConnectedNet {
    let mut fan_in = INPUTS;
    let mut layers = Vec::new();
    for width in HIDDEN {
        layers.push(Layer {
            w: normal_array(
                rng,
                ndarray::Ix2(fan_in, width),
                (2.0 / fan_in as f64).sqrt(),
            ),
            b: normal_array(rng, ndarray::Ix1(width), 0.1),
            gamma: 1.0 + normal_array(rng, ndarray::Ix1(width), 0.1),
            beta: normal_array(rng, ndarray::Ix1(width), 0.1),
        });
        fan_in = width;
    }
    let out = Linear {
        w: normal_array(
            rng,
            ndarray::Ix2(fan_in, CLASSES),
            (1.0 / fan_in as f64).sqrt(),
        ),
        b: normal_array(rng, ndarray::Ix1(CLASSES), 0.1),
    };
    FullyConnectedNet { layers, out }
}

/// Inverted-dropout masks for a batch of `n`: entries `1 / keep` with probability `keep`, else 0.
fn dropout_masks(rng: &mut StdRng, n: usize, keep: f64) -> Vec<Array2<f64>> {
    HIDDEN
        .iter()
        .map(|&width| {
            Array2::from_shape_simple_fn((n, width), || {
                if rng.random::<f64>() < keep {
                    1.0 / keep
                } else {
                    0.0
                }
            })
        })
        .collect()
}

/// Masks of ones: dropout off.
fn no_dropout(n: usize) -> Vec<Array2<f64>> {
    HIDDEN
        .iter()
        .map(|&width| Array2::ones((n, width)))
        .collect()
}

/// The synthetic problem: Gaussian inputs labelled by the largest output of a random linear
/// "teacher" with a quadratic term.
fn synthetic_problem(rng: &mut StdRng) -> (Array2<f64>, Vec<usize>) {
    let x = normal_array(rng, ndarray::Ix2(BATCH, INPUTS), 1.0);
    let teacher = normal_array(rng, ndarray::Ix2(INPUTS, CLASSES), 1.0);
    let scores = x.dot(&teacher) + x.mapv(|v| v * v).dot(&teacher.mapv(f64::abs)) * 0.3;
    let labels = scores
        .axis_iter(Axis(0))
        .map(|row| {
            (0..CLASSES)
                .max_by(|&a, &b| row[a].total_cmp(&row[b]))
                .expect("at least one class")
        })
        .collect();
    (x, labels)
}

/// The fraction of the batch the net classifies right (batch norm in training mode, no dropout).
fn accuracy(p: &FullyConnectedNet, x: &Array2<f64>, y: &[usize]) -> f64 {
    let mut h = x.to_owned();
    for layer in &p.layers {
        h = relu(&batch_norm(
            &affine(&h, &layer.w, &layer.b),
            &layer.gamma,
            &layer.beta,
            1e-5,
        ));
    }
    let scores = affine(&h, &p.out.w, &p.out.b);
    let right = scores
        .axis_iter(Axis(0))
        .zip(y)
        .filter(|(row, label)| (0..CLASSES).all(|c| row[c] <= row[**label]))
        .count();
    right as f64 / y.len() as f64
}

/// Checks one parameter: the field `field` reaches, in the net and in its gradient, against
/// central finite differences of the loss in that field alone; prints the worst relative error.
fn check_parameter<X: Point + Clone>(
    name: &str,
    net: &FullyConnectedNet,
    gradient: &FullyConnectedNet,
    f: &impl Fn(&FullyConnectedNet) -> f64,
    field: impl Fn(&mut FullyConnectedNet) -> &mut X,
) -> f64 {
    let mut point = net.clone();
    let at = field(&mut point).clone();
    let mut gradient = gradient.clone();
    let analytic = field(&mut gradient).clone();
    let report = gradcheck(
        |value: &X| {
            *field(&mut point) = value.clone();
            f(&point)
        },
        &at,
        &analytic,
    );
    let largest = |a: &ndarray::ArrayD<f64>| a.iter().fold(0.0_f64, |m, v| m.max(v.abs()));
    let note = if largest(&report.analytic_gradient) < 1e-12 {
        // A bias before a batch norm: the batch norm subtracts the batch mean, so the exact
        // gradient is 0 and the finite differences are rounding noise.
        format!(
            "  (exact gradient 0: largest |analytic| {:.0e}, |numerical| {:.0e})",
            largest(&report.analytic_gradient),
            largest(&report.numerical_gradient)
        )
    } else {
        String::new()
    };
    println!(
        "  {name:<16} {:>4} elements   worst relative error {:.2e}{note}",
        report.analytic_gradient.len(),
        report.rel_error
    );
    if note.is_empty() {
        report.rel_error
    } else {
        0.0
    }
}

fn main() {
    let mut rng = StdRng::seed_from_u64(2024);
    let mut net = init(&mut rng);
    let (x, y) = synthetic_problem(&mut rng);
    let masks = dropout_masks(&mut rng, BATCH, KEEP);

    let dims: Vec<String> = std::iter::once(INPUTS)
        .chain(HIDDEN)
        .chain([CLASSES])
        .map(|d| d.to_string())
        .collect();
    println!(
        "FullyConnectedNet {} with batch norm and dropout (keep {KEEP}), batch of {BATCH}",
        dims.join(" -> ")
    );

    // The gradient check, with dropout on.
    let (value, gradient) = loss_grad(&net, &x, &y, &masks, REG);
    println!("gradient check at loss {value:.6} (central differences, h = 1e-5):");
    let f = |p: &FullyConnectedNet| loss(p, &x, &y, &masks, REG);
    let mut worst = 0.0_f64;
    for i in 0..net.layers.len() {
        worst = worst.max(check_parameter(
            &format!("layers[{i}].w"),
            &net,
            &gradient,
            &f,
            |p| &mut p.layers[i].w,
        ));
        worst = worst.max(check_parameter(
            &format!("layers[{i}].b"),
            &net,
            &gradient,
            &f,
            |p| &mut p.layers[i].b,
        ));
        worst = worst.max(check_parameter(
            &format!("layers[{i}].gamma"),
            &net,
            &gradient,
            &f,
            |p| &mut p.layers[i].gamma,
        ));
        worst = worst.max(check_parameter(
            &format!("layers[{i}].beta"),
            &net,
            &gradient,
            &f,
            |p| &mut p.layers[i].beta,
        ));
    }
    worst = worst.max(check_parameter("out.w", &net, &gradient, &f, |p| {
        &mut p.out.w
    }));
    worst = worst.max(check_parameter("out.b", &net, &gradient, &f, |p| {
        &mut p.out.b
    }));
    println!("worst relative error over the parameters with a nonzero gradient: {worst:.2e}");
    assert!(worst < 1e-6, "the gradient check failed");

    // Gradient descent on the whole batch, dropout off.
    println!("gradient descent, learning rate {LEARNING_RATE}, dropout off:");
    let ones = no_dropout(BATCH);
    let first = loss(&net, &x, &y, &ones, REG);
    for step in 0..=STEPS {
        let (value, gradient) = loss_grad(&net, &x, &y, &ones, REG);
        if step % 10 == 0 {
            println!(
                "  step {step:>3}   loss {value:.6}   |gradient| {:.3e}   accuracy {:.0}%",
                gradient.sum_of_squares().sqrt(),
                100.0 * accuracy(&net, &x, &y)
            );
        }
        net.axpy(-LEARNING_RATE, &gradient); // net -= lr * gradient
    }
    let last = loss(&net, &x, &y, &ones, REG);
    assert!(last < first, "the loss did not decrease");
}
