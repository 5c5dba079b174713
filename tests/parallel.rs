//! `grad::parallel::batch_grad` on the gradients of a batch: a softmax-loss MLP and a
//! convolution layer, each split into 2, 3 and 4 shards (one per thread), against the gradient
//! of the whole batch from one `f_grad` call (relative 1e-12) and against central differences
//! (1e-6); the same shard count gives the same bits twice; `Reduction::Sum` for a summed loss.
//! From 8 shards on (`TREE_SUM_SHARDS`) the shards are summed as a pairwise tree: against the
//! sum in shard order (1e-12), and the same bits on 1, 2 and 3 threads. Below 8 shards, the bits
//! of the sum in shard order on 1, 2 and 3 threads (the shards spawned, the first on the calling
//! thread). `in_shard` inside and outside the shards; a panicking shard panics `batch_grad`.
//! `batch_grad_l2`: the data term on 1 to 9 shards plus the penalty once, against the loss with
//! the penalty on every parameter (1e-12, central differences), the same bits twice, a summed
//! loss, and `λ p` exactly for a data term without gradient.

use std::ops::Range;

use approx::assert_relative_eq;
use grad::Tangent;
use grad::check::{numerical_gradient, rel_error};
use grad::nn::*;
use grad::parallel::rayon::ThreadPoolBuilder;
use grad::parallel::{
    Reduction, TREE_SUM_SHARDS, batch_grad, batch_grad_l2, in_shard, shard_ranges,
};
use ndarray::{Array1, Array2, Array4, ArrayView2, ArrayView4, s};

mod common;

/// Deterministic values in [-scale, scale].
fn values(count: usize, seed: u64, scale: f64) -> Vec<f64> {
    let mut state = seed;
    (0..count)
        .map(|_| {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            ((state >> 11) as f64 / (1u64 << 53) as f64 * 2.0 - 1.0) * scale
        })
        .collect()
}

fn array2(rows: usize, cols: usize, seed: u64, scale: f64) -> Array2<f64> {
    Array2::from_shape_vec((rows, cols), values(rows * cols, seed, scale)).unwrap()
}

#[derive(Clone, Debug, PartialEq, grad::Tangent)]
struct Mlp {
    w1: Array2<f64>,
    b1: Array1<f64>,
    w2: Array2<f64>,
    b2: Array1<f64>,
}

/// The mean softmax cross-entropy of a two-layer net, plus an L2 penalty on the weights.
#[grad::differentiate(wrt(p))]
fn mlp_loss(p: &Mlp, x: ArrayView2<f64>, labels: &[usize], reg: f64) -> f64 {
    let hidden = relu(&affine(&x, &p.w1, &p.b1));
    let scores = affine(&hidden, &p.w2, &p.b2);
    softmax_cross_entropy(&scores, labels)
        + 0.5 * reg * ((&p.w1 * &p.w1).sum() + (&p.w2 * &p.w2).sum())
}

struct MlpBatch {
    p: Mlp,
    x: Array2<f64>,
    labels: Vec<usize>,
}

fn mlp_batch() -> MlpBatch {
    let (n, d, h, c) = (13, 6, 5, 3);
    MlpBatch {
        p: Mlp {
            w1: array2(d, h, 1, 0.8),
            b1: Array1::from(values(h, 2, 0.1)),
            w2: array2(h, c, 3, 0.8),
            b2: Array1::from(values(c, 4, 0.1)),
        },
        x: array2(n, d, 5, 1.0),
        labels: (0..n).map(|i| (i * 7) % c).collect(),
    }
}

const REG: f64 = 0.1;

impl MlpBatch {
    fn shard(&self, rows: Range<usize>) -> (f64, Mlp) {
        mlp_loss_grad(
            &self.p,
            self.x.slice(s![rows.clone(), ..]),
            &self.labels[rows],
            REG,
        )
    }
}

#[derive(Clone, Debug, PartialEq, grad::Tangent)]
struct Conv {
    w: Array4<f64>,
    b: Array1<f64>,
    out_w: Array2<f64>,
    out_b: Array1<f64>,
}

/// A convolution layer (3 filters 3x3, padding 1) then an affine layer to class scores, the
/// mean softmax cross-entropy.
#[grad::differentiate(wrt(p))]
fn conv_loss(p: &Conv, images: ArrayView4<f64>, labels: &[usize]) -> f64 {
    let features = relu(&conv2d(&images, &p.w, &p.b, 1, 1));
    let rows = features
        .into_shape_with_order((images.shape()[0], p.out_w.nrows()))
        .unwrap();
    softmax_cross_entropy(&affine(&rows, &p.out_w, &p.out_b), labels)
}

struct ConvBatch {
    p: Conv,
    images: Array4<f64>,
    labels: Vec<usize>,
}

fn conv_batch() -> ConvBatch {
    let (n, channels, side, filters, classes) = (9, 2, 5, 3, 4);
    let features = filters * side * side;
    ConvBatch {
        p: Conv {
            w: Array4::from_shape_vec(
                (filters, channels, 3, 3),
                values(filters * channels * 9, 6, 0.5),
            )
            .unwrap(),
            b: Array1::from(values(filters, 7, 0.1)),
            out_w: array2(features, classes, 8, 0.3),
            out_b: Array1::from(values(classes, 9, 0.1)),
        },
        images: Array4::from_shape_vec(
            (n, channels, side, side),
            values(n * channels * side * side, 10, 1.0),
        )
        .unwrap(),
        labels: (0..n).map(|i| (i * 3) % classes).collect(),
    }
}

impl ConvBatch {
    fn shard(&self, rows: Range<usize>) -> (f64, Conv) {
        conv_loss_grad(
            &self.p,
            self.images.slice(s![rows.clone(), .., .., ..]),
            &self.labels[rows],
        )
    }
}

/// The elements of a gradient, in order.
fn elements<G: Tangent<Scalar = f64> + Clone>(g: &G) -> Vec<f64> {
    let mut out = Vec::new();
    g.clone().zip_update(g, |_, y| out.push(y));
    out
}

/// `p` with its element `k` (in element order) moved by `h`.
fn moved<G: Tangent<Scalar = f64> + Clone>(p: &G, k: usize, h: f64) -> G {
    let mut q = p.clone();
    let mut i = 0;
    q.zip_update(p, |x, _| {
        if i == k {
            *x += h;
        }
        i += 1;
    });
    q
}

/// The central-difference gradient of `f` at `p`, element by element, step `common::H`.
fn central_differences<G: Tangent<Scalar = f64> + Clone>(f: impl Fn(&G) -> f64, p: &G) -> Vec<f64> {
    (0..elements(p).len())
        .map(|k| (f(&moved(p, k, common::H)) - f(&moved(p, k, -common::H))) / (2.0 * common::H))
        .collect()
}

/// The value and gradient of `shard` on 1 to 4 shards, against one call on the whole batch and
/// against central differences of `loss`.
fn check_shards<G: Tangent<Scalar = f64> + Clone + Send>(
    rows: usize,
    shard: impl Fn(Range<usize>) -> (f64, G) + Sync,
    loss: impl Fn(&G) -> f64,
    p: &G,
) {
    let (value, gradient) = shard(0..rows);
    let numeric = central_differences(loss, p);
    let whole = elements(&gradient);
    assert!(common::max_rel_error(&whole, &numeric) < common::TOL);
    for shards in [1, 2, 3, 4, 8, 9] {
        let (v, g) = batch_grad(rows, shards, Reduction::Mean, &shard);
        assert_relative_eq!(v, value, max_relative = 1e-12);
        let sharded = elements(&g);
        let error = common::max_rel_error(&sharded, &whole);
        assert!(error < 1e-12, "{shards} shards: relative error {error:e}");
        assert!(common::max_rel_error(&sharded, &numeric) < common::TOL);
        // The same shards again: the same bits.
        let (v2, g2) = batch_grad(rows, shards, Reduction::Mean, &shard);
        assert_eq!((v2.to_bits(), elements(&g2)), (v.to_bits(), sharded));
    }
    // The shards really are split: one shard's gradient is not the batch's.
    let (_, first) = shard(0..rows / 2);
    assert!(common::max_rel_error(&elements(&first), &whole) > 1e-3);
}

#[test]
fn an_mlp_gradient_on_shards_is_the_batch_gradient() {
    let batch = mlp_batch();
    let loss = |p: &Mlp| mlp_loss(p, batch.x.view(), &batch.labels, REG);
    check_shards(batch.x.nrows(), |rows| batch.shard(rows), loss, &batch.p);
}

#[test]
fn a_conv_gradient_on_shards_is_the_batch_gradient() {
    let batch = conv_batch();
    let loss = |p: &Conv| conv_loss(p, batch.images.view(), &batch.labels);
    check_shards(
        batch.images.dim().0,
        |rows| batch.shard(rows),
        loss,
        &batch.p,
    );
}

/// A loss summed over the rows: `Σ_i (x_i · w)²`.
#[grad::differentiate(wrt(w))]
fn summed(x: ArrayView2<f64>, w: &Array1<f64>) -> f64 {
    let y = x.dot(w);
    (&y * &y).sum()
}

#[test]
fn a_summed_loss_adds_the_shards() {
    let x = array2(7, 3, 11, 1.0);
    let w = Array1::from(values(3, 12, 1.0));
    let (value, gradient) = summed_grad(x.view(), &w);
    let shard = |rows: Range<usize>| summed_grad(x.slice(s![rows, ..]), &w);
    let (v, g) = batch_grad(7, 3, Reduction::Sum, shard);
    assert_relative_eq!(v, value, max_relative = 1e-12);
    assert_relative_eq!(g, gradient, max_relative = 1e-12);
    let numeric = numerical_gradient(|w: &Array1<f64>| summed(x.view(), w), &w, common::H);
    assert!(rel_error(&g, &numeric) < common::TOL);
}

/// The shards' values and gradients summed one after the other in shard order, each weighted
/// by its share of the rows (for `Mean`): the sum `batch_grad` makes below 8 shards.
fn sum_in_order<G: Tangent<Scalar = f64> + Clone>(
    rows: usize,
    shards: usize,
    reduction: Reduction,
    shard: impl Fn(Range<usize>) -> (f64, G),
) -> (f64, G) {
    let ranges = shard_ranges(rows, shards);
    let (mut value, mut gradient) = (0.0, shard(0..1).1.zeros_like());
    for range in ranges {
        let weight = match reduction {
            Reduction::Sum => 1.0,
            Reduction::Mean => range.len() as f64 / rows as f64,
        };
        let (v, g) = shard(range);
        value += weight * v;
        gradient.axpy(weight, &g);
    }
    (value, gradient)
}

/// `batch_grad` on `shards` shards in a pool of `threads` threads.
fn on_threads<G: Tangent<Scalar = f64> + Send>(
    threads: usize,
    rows: usize,
    shards: usize,
    reduction: Reduction,
    shard: impl Fn(Range<usize>) -> (f64, G) + Sync,
) -> (f64, G) {
    let pool = ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .unwrap();
    pool.install(|| batch_grad(rows, shards, reduction, &shard))
}

#[test]
fn from_8_shards_on_the_tree_sum_is_the_sum_in_order_with_the_same_bits_on_any_thread_count() {
    assert_eq!(TREE_SUM_SHARDS, 8);
    let batch = mlp_batch();
    let rows = batch.x.nrows();
    let shard = |rows: Range<usize>| batch.shard(rows);
    // 8 (a full tree), 9 (an odd shard left over at the first level), 13 (one row a shard).
    for shards in [8, 9, 13] {
        let (value, gradient) = sum_in_order(rows, shards, Reduction::Mean, shard);
        let (v, g) = on_threads(1, rows, shards, Reduction::Mean, shard);
        assert_relative_eq!(v, value, max_relative = 1e-12);
        let error = common::max_rel_error(&elements(&g), &elements(&gradient));
        assert!(error < 1e-12, "{shards} shards: relative error {error:e}");
        // Not the same additions as in order: the tree is really used.
        assert_ne!(elements(&g), elements(&gradient), "{shards} shards");
        for threads in [1, 2, 3] {
            let (v2, g2) = on_threads(threads, rows, shards, Reduction::Mean, shard);
            assert_eq!(
                (v2.to_bits(), elements(&g2)),
                (v.to_bits(), elements(&g)),
                "{shards} shards on {threads} threads"
            );
        }
    }
}

#[test]
fn a_summed_loss_on_9_shards_adds_them_as_a_tree() {
    let x = array2(20, 3, 13, 1.0);
    let w = Array1::from(values(3, 14, 1.0));
    let shard = |rows: Range<usize>| summed_grad(x.slice(s![rows, ..]), &w);
    let (value, gradient) = sum_in_order(20, 9, Reduction::Sum, shard);
    let (v, g) = on_threads(2, 20, 9, Reduction::Sum, shard);
    assert_relative_eq!(v, value, max_relative = 1e-12);
    assert_relative_eq!(g, gradient, max_relative = 1e-12);
    let numeric = numerical_gradient(|w: &Array1<f64>| summed(x.view(), w), &w, common::H);
    assert!(rel_error(&g, &numeric) < common::TOL);
    let (v2, g2) = on_threads(3, 20, 9, Reduction::Sum, shard);
    assert_eq!((v2.to_bits(), g2), (v.to_bits(), g));
}

/// Inside the shards of a split batch, and only there, `in_shard` is true (the `parallel`
/// feature's products then stay on their thread); one shard is `f` on the calling thread.
#[test]
fn in_shard_is_true_inside_the_shards_of_a_split_batch_only() {
    assert!(!in_shard());
    let flags = std::sync::Mutex::new(Vec::new());
    let shard = |rows: Range<usize>| {
        flags.lock().unwrap().push(in_shard());
        (rows.len() as f64, 0.0)
    };
    let pool = ThreadPoolBuilder::new().num_threads(2).build().unwrap();
    assert_eq!(
        pool.install(|| batch_grad(4, 2, Reduction::Sum, shard)).0,
        4.0
    );
    assert_eq!(*flags.lock().unwrap(), [true, true]);
    flags.lock().unwrap().clear();
    assert_eq!(batch_grad(4, 1, Reduction::Sum, shard).0, 4.0);
    assert_eq!(*flags.lock().unwrap(), [false]);
    assert!(!in_shard());
}

/// A mean loss with a long run of parameters: `(1/n) ‖x w‖²` (Frobenius), `w` 200 x 200 (40,000
/// elements).
#[grad::differentiate(wrt(w))]
fn wide(x: ArrayView2<f64>, w: &Array2<f64>) -> f64 {
    let y = x.dot(w);
    (&y * &y).sum() / x.nrows() as f64
}

#[test]
fn below_8_shards_the_sum_is_in_shard_order_to_the_bit_on_any_thread_count() {
    let x = array2(7, 200, 21, 1.0);
    let w = array2(200, 200, 22, 0.1);
    let shard = |rows: Range<usize>| wide_grad(x.slice(s![rows, ..]), &w);
    for reduction in [Reduction::Mean, Reduction::Sum] {
        for shards in [2, 3, 5] {
            let (value, gradient) = sum_in_order(7, shards, reduction, shard);
            for threads in [1, 2, 3] {
                let (v, g) = on_threads(threads, 7, shards, reduction, shard);
                assert_eq!(
                    (v.to_bits(), elements(&g)),
                    (value.to_bits(), elements(&gradient)),
                    "{reduction:?}, {shards} shards on {threads} threads"
                );
            }
        }
    }
}

#[test]
#[should_panic(expected = "shard 2 fails")]
fn a_panic_in_a_spawned_shard_reaches_the_caller() {
    let pool = ThreadPoolBuilder::new().num_threads(2).build().unwrap();
    pool.install(|| {
        batch_grad(6, 3, Reduction::Sum, |rows: Range<usize>| {
            assert!(rows.start != 4, "shard 2 fails");
            (1.0, 1.0)
        })
    });
}

#[test]
#[should_panic(expected = "shard 0 fails")]
fn a_panic_in_the_callers_shard_reaches_the_caller() {
    let pool = ThreadPoolBuilder::new().num_threads(2).build().unwrap();
    pool.install(|| {
        batch_grad(6, 3, Reduction::Sum, |rows: Range<usize>| {
            assert!(rows.start != 0, "shard 0 fails");
            (1.0, 1.0)
        })
    });
}

/// The data term of [`mlp_loss`] alone, for `batch_grad_l2`.
#[grad::differentiate(wrt(p))]
fn mlp_data_loss(p: &Mlp, x: ArrayView2<f64>, labels: &[usize]) -> f64 {
    let hidden = relu(&affine(&x, &p.w1, &p.b1));
    let scores = affine(&hidden, &p.w2, &p.b2);
    softmax_cross_entropy(&scores, labels)
}

/// The data term plus `(λ/2) ‖p‖²` over every parameter, biases too: what `batch_grad_l2`
/// computes.
#[grad::differentiate(wrt(p))]
fn mlp_loss_penalising_all(p: &Mlp, x: ArrayView2<f64>, labels: &[usize], reg: f64) -> f64 {
    let hidden = relu(&affine(&x, &p.w1, &p.b1));
    let scores = affine(&hidden, &p.w2, &p.b2);
    let squares = (&p.w1 * &p.w1).sum()
        + (&p.b1 * &p.b1).sum()
        + (&p.w2 * &p.w2).sum()
        + (&p.b2 * &p.b2).sum();
    softmax_cross_entropy(&scores, labels) + 0.5 * reg * squares
}

#[test]
fn an_l2_penalty_added_once_by_the_shards() {
    let batch = mlp_batch();
    let rows = batch.x.nrows();
    let data = |range: Range<usize>| {
        mlp_data_loss_grad(
            &batch.p,
            batch.x.slice(s![range.clone(), ..]),
            &batch.labels[range],
        )
    };
    let (value, gradient) =
        mlp_loss_penalising_all_grad(&batch.p, batch.x.view(), &batch.labels, REG);
    let whole = elements(&gradient);
    let numeric = central_differences(
        |p: &Mlp| mlp_loss_penalising_all(p, batch.x.view(), &batch.labels, REG),
        &batch.p,
    );
    assert!(common::max_rel_error(&whole, &numeric) < common::TOL);
    // 1 shard, 2 to 4 (summed in order) and 8, 9 (a tree), on the global pool.
    for shards in [1, 2, 3, 4, 8, 9] {
        let (v, g) = batch_grad_l2(rows, shards, Reduction::Mean, &batch.p, REG, data);
        assert_relative_eq!(v, value, max_relative = 1e-12);
        let sharded = elements(&g);
        let error = common::max_rel_error(&sharded, &whole);
        assert!(error < 1e-12, "{shards} shards: relative error {error:e}");
        let (v2, g2) = batch_grad_l2(rows, shards, Reduction::Mean, &batch.p, REG, data);
        assert_eq!((v2.to_bits(), elements(&g2)), (v.to_bits(), sharded));
    }
    // A summed loss: the shards' sums and the penalty once.
    let summed = |range: Range<usize>| {
        let n = range.len() as f64;
        let (v, mut g) = data(range);
        g.scale(n);
        (v * n, g)
    };
    let (v, g) = batch_grad_l2(rows, 3, Reduction::Sum, &batch.p, REG, summed);
    let (data_value, mut expected) = summed(0..rows);
    expected.axpy(REG, &batch.p);
    let squares: f64 = elements(&batch.p).iter().map(|p| p * p).sum();
    assert_relative_eq!(v, data_value + 0.5 * REG * squares, max_relative = 1e-12);
    assert!(common::max_rel_error(&elements(&g), &elements(&expected)) < 1e-12);
    // Every element's penalty once: with a data term of zero gradient, the gradient is λ p.
    let nothing = |_: Range<usize>| (0.0, batch.p.zeros_like());
    for shards in [1, 2, 3, 8] {
        let (v, g) = batch_grad_l2(rows, shards, Reduction::Sum, &batch.p, REG, nothing);
        let expected: Vec<f64> = elements(&batch.p).iter().map(|p| REG * p).collect();
        assert_eq!(elements(&g), expected, "{shards} shards");
        assert_relative_eq!(v, 0.5 * REG * squares, max_relative = 1e-12);
    }
}
