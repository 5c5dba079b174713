//! The two-layer MLP of `benches/nn.rs` and `examples/heap_census.rs`, with its inputs:
//! cs231n's affine - ReLU - affine - softmax cross-entropy plus L2 on the weights, from
//! `#[differentiate]` and written by hand with ndarray; and the same net with its parameters in
//! one struct, for the data-parallel steps of `benches/parallel.rs` and
//! `examples/step_timeline.rs`.

use grad::nn::*;
use ndarray::{Array1, Array2, ArrayView2, Axis};

/// cs231n's two-layer net: affine - ReLU - affine - softmax cross-entropy, plus L2 on the
/// weights.
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

pub type MlpGradient = (Array2<f32>, Array1<f32>, Array2<f32>, Array1<f32>);

/// The same loss and gradient written by hand with ndarray, as in the cs231n assignment.
#[allow(clippy::too_many_arguments)]
pub fn mlp_hand_written(
    x: &Array2<f32>,
    labels: &[usize],
    w1: &Array2<f32>,
    b1: &Array1<f32>,
    w2: &Array2<f32>,
    b2: &Array1<f32>,
    reg: f32,
) -> (f32, MlpGradient) {
    let n = x.nrows() as f32;
    let mut hidden = x.dot(w1) + b1;
    hidden.mapv_inplace(|v| v.max(0.0));
    let mut probs = hidden.dot(w2) + b2;
    let mut data_loss = 0.0;
    for (mut row, &label) in probs.axis_iter_mut(Axis(0)).zip(labels) {
        let max = row.fold(f32::NEG_INFINITY, |m, &v| m.max(v));
        row.mapv_inplace(|v| (v - max).exp());
        let sum = row.sum();
        row.mapv_inplace(|v| v / sum);
        data_loss -= row[label].ln();
    }
    let loss = data_loss / n
        + 0.5
            * reg
            * (w1.iter().map(|v| v * v).sum::<f32>() + w2.iter().map(|v| v * v).sum::<f32>());
    let mut dscores = probs;
    for (mut row, &label) in dscores.axis_iter_mut(Axis(0)).zip(labels) {
        row[label] -= 1.0;
    }
    dscores.mapv_inplace(|v| v / n);
    let mut dw2 = hidden.t().dot(&dscores);
    dw2.scaled_add(reg, w2);
    let db2 = dscores.sum_axis(Axis(0));
    let mut dhidden = dscores.dot(&w2.t());
    dhidden.zip_mut_with(&hidden, |d, &h| {
        if h <= 0.0 {
            *d = 0.0;
        }
    });
    let mut dw1 = x.t().dot(&dhidden);
    dw1.scaled_add(reg, w1);
    let db1 = dhidden.sum_axis(Axis(0));
    (loss, (dw1, db1, dw2, db2))
}

/// Deterministic pseudo-random values in `[-scale, scale]`.
pub fn values(count: usize, seed: u64, scale: f32) -> Vec<f32> {
    let mut state = seed;
    (0..count)
        .map(|_| {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            ((state >> 40) as f32 / (1u64 << 24) as f32 * 2.0 - 1.0) * scale
        })
        .collect()
}

/// The MLP's parameters in one struct, its gradient type too.
#[derive(Clone, grad::Tangent)]
pub struct Params {
    pub w1: Array2<f32>,
    pub b1: Array1<f32>,
    pub w2: Array2<f32>,
    pub b2: Array1<f32>,
}

/// [`mlp_loss`] with the parameters in one struct and the batch read through a view, so that a
/// data-parallel step can differentiate it on each shard of the batch.
#[grad::differentiate(wrt(p))]
pub fn sharded_mlp_loss(x: ArrayView2<f32>, labels: &[usize], p: &Params, reg: f32) -> f32 {
    let hidden = relu(&affine(&x, &p.w1, &p.b1));
    let scores = affine(&hidden, &p.w2, &p.b2);
    let data_loss = softmax_cross_entropy(&scores, labels);
    data_loss + 0.5 * reg * ((&p.w1 * &p.w1).sum() + (&p.w2 * &p.w2).sum())
}

/// The data term of [`sharded_mlp_loss`] alone, the softmax cross-entropy of the batch: for
/// `grad::parallel::batch_grad_l2`, which adds an L2 penalty once, outside the shards.
#[grad::differentiate(wrt(p))]
pub fn sharded_mlp_data_loss(x: ArrayView2<f32>, labels: &[usize], p: &Params) -> f32 {
    let hidden = relu(&affine(&x, &p.w1, &p.b1));
    let scores = affine(&hidden, &p.w2, &p.b2);
    softmax_cross_entropy(&scores, labels)
}

/// The MNIST-sized step of `benches/nn.rs` for [`sharded_mlp_loss`]: a batch of 64 rows of 784
/// inputs, its labels, and the parameters of a 784 - 128 - 10 net.
pub fn mnist_sized_step() -> (Array2<f32>, Vec<usize>, Params) {
    let (batch, input, hidden, classes) = (64, 784, 128, 10);
    let x = Array2::from_shape_vec((batch, input), values(batch * input, 1, 1.0)).unwrap();
    let labels: Vec<usize> = (0..batch).map(|i| (i * 7) % classes).collect();
    let p = Params {
        w1: Array2::from_shape_vec((input, hidden), values(input * hidden, 2, 0.05)).unwrap(),
        b1: Array1::from(values(hidden, 3, 0.1)),
        w2: Array2::from_shape_vec((hidden, classes), values(hidden * classes, 4, 0.1)).unwrap(),
        b2: Array1::from(values(classes, 5, 0.1)),
    };
    (x, labels, p)
}
