//! Networks (issue #3): a two-layer MLP's loss and gradient from `#[differentiate]` against a
//! hand-written ndarray backprop of the same net, in the same run, with the peak heap of each;
//! and a convolution layer's gradient against its forward pass, with respect to all its arguments
//! and, as a network's first layer, to the kernel and bias only.
//!
//! ```text
//! cargo bench --bench nn -- --warm-up-time 1 --measurement-time 5
//! ```

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
// The glob brings in `affine_vjp` and the other rules `#[differentiate]` calls.
use grad::nn::*;
use ndarray::{Array1, Array2, Array4};
use peak_alloc::PeakAlloc;

#[path = "../examples/common/mlp.rs"]
#[allow(dead_code)]
mod mlp;
use mlp::{mlp_hand_written, mlp_loss, mlp_loss_grad, mlp_loss_vjp, values};

/// Counts the heap in use and its peak.
#[global_allocator]
static HEAP: PeakAlloc = PeakAlloc;

/// The same net's parameters as a struct (issue #5): the gradient is a `Params` too.
#[derive(Clone, grad::Tangent)]
struct Params {
    w1: Array2<f32>,
    b1: Array1<f32>,
    w2: Array2<f32>,
    b2: Array1<f32>,
}

/// [`mlp_loss`] with its parameters in a struct.
#[grad::differentiate(wrt(p))]
fn mlp_loss_struct(x: &Array2<f32>, labels: &[usize], p: &Params, reg: f32) -> f32 {
    let hidden = relu(&affine(x, &p.w1, &p.b1));
    let scores = affine(&hidden, &p.w2, &p.b2);
    let data_loss = softmax_cross_entropy(&scores, labels);
    data_loss + 0.5 * reg * ((&p.w1 * &p.w1).sum() + (&p.w2 * &p.w2).sum())
}

struct Mlp {
    x: Array2<f32>,
    labels: Vec<usize>,
    w1: Array2<f32>,
    b1: Array1<f32>,
    w2: Array2<f32>,
    b2: Array1<f32>,
    reg: f32,
}

fn mlp_problem() -> Mlp {
    let (batch, input, hidden, classes) = (64, 784, 128, 10);
    Mlp {
        x: Array2::from_shape_vec((batch, input), values(batch * input, 1, 1.0)).unwrap(),
        labels: (0..batch).map(|i| (i * 7) % classes).collect(),
        w1: Array2::from_shape_vec((input, hidden), values(input * hidden, 2, 0.05)).unwrap(),
        b1: Array1::from(values(hidden, 3, 0.1)),
        w2: Array2::from_shape_vec((hidden, classes), values(hidden * classes, 4, 0.1)).unwrap(),
        b2: Array1::from(values(classes, 5, 0.1)),
        reg: 1e-3,
    }
}

/// The peak heap, in bytes above what was in use before, while `f` runs.
fn peak_bytes<T>(f: impl FnOnce() -> T) -> (T, usize) {
    let before = HEAP.current_usage();
    HEAP.reset_peak_usage();
    let result = f();
    (result, HEAP.peak_usage().saturating_sub(before))
}

fn mlp_bench(c: &mut Criterion) {
    let p = mlp_problem();
    let generated = || mlp_loss_grad(&p.x, &p.labels, &p.w1, &p.b1, &p.w2, &p.b2, p.reg);
    let hand = || mlp_hand_written(&p.x, &p.labels, &p.w1, &p.b1, &p.w2, &p.b2, p.reg);
    let ((loss, gradient), generated_peak) = peak_bytes(generated);
    let ((hand_loss, hand_gradient), hand_peak) = peak_bytes(hand);
    assert!(
        (loss - hand_loss).abs() <= 1e-5 * hand_loss.abs(),
        "{loss} vs {hand_loss}"
    );
    let close = |a: &[f32], b: &[f32]| {
        a.iter()
            .zip(b)
            .all(|(x, y)| (x - y).abs() <= 1e-4 * y.abs().max(1e-3))
    };
    assert!(close(
        gradient.0.as_slice().unwrap(),
        hand_gradient.0.as_standard_layout().as_slice().unwrap()
    ));
    assert!(close(
        gradient.2.as_standard_layout().as_slice().unwrap(),
        hand_gradient.2.as_standard_layout().as_slice().unwrap()
    ));
    // `f_vjp` then its pullback: the pullback cannot borrow, so it keeps copies `f_grad`
    // does without (the L2 penalty's `w1`, and `x` and `w2`, which `f_grad` lends `affine`).
    let (_, vjp_peak) = peak_bytes(|| {
        let (value, pullback) = mlp_loss_vjp(&p.x, &p.labels, &p.w1, &p.b1, &p.w2, &p.b2, p.reg);
        (value, pullback(1.0))
    });
    let params = Params {
        w1: p.w1.clone(),
        b1: p.b1.clone(),
        w2: p.w2.clone(),
        b2: p.b2.clone(),
    };
    let (_, struct_peak) = peak_bytes(|| mlp_loss_struct_grad(&p.x, &p.labels, &params, p.reg));
    let ratio = |peak: usize| peak as f64 / hand_peak as f64;
    eprintln!(
        "mlp peak heap: generated {generated_peak} bytes, hand-written {hand_peak} bytes, ratio {:.2}; \
         struct parameters {struct_peak} bytes ({:.2}); f_vjp then pullback {vjp_peak} bytes ({:.2})",
        ratio(generated_peak),
        ratio(struct_peak),
        ratio(vjp_peak),
    );
    // Issue #3's target; the counts are deterministic.
    assert!(
        ratio(generated_peak) <= 1.5 && ratio(struct_peak) <= 1.5,
        "the MLP gradient's peak heap is over 1.5x the hand-written one"
    );

    let mut group = c.benchmark_group("nn/mlp_64x784x128x10_f32");
    group.bench_function("forward", |b| {
        b.iter(|| {
            black_box(mlp_loss(
                black_box(&p.x),
                &p.labels,
                &p.w1,
                &p.b1,
                &p.w2,
                &p.b2,
                p.reg,
            ));
        })
    });
    group.bench_function("generated", |b| {
        b.iter(|| {
            black_box(mlp_loss_grad(
                black_box(&p.x),
                &p.labels,
                &p.w1,
                &p.b1,
                &p.w2,
                &p.b2,
                p.reg,
            ));
        })
    });
    group.bench_function("hand_written", |b| {
        b.iter(|| {
            black_box(mlp_hand_written(
                black_box(&p.x),
                &p.labels,
                &p.w1,
                &p.b1,
                &p.w2,
                &p.b2,
                p.reg,
            ));
        })
    });
    let (struct_loss, struct_gradient) = mlp_loss_struct_grad(&p.x, &p.labels, &params, p.reg);
    assert_eq!(struct_loss, loss);
    assert_eq!(struct_gradient.w1, gradient.0);
    group.bench_function("generated_struct", |b| {
        b.iter(|| {
            black_box(mlp_loss_struct_grad(
                black_box(&p.x),
                &p.labels,
                &params,
                p.reg,
            ));
        })
    });
    group.finish();
}

/// One convolution layer, summed: its gradient with respect to input, kernel and bias.
#[grad::differentiate]
fn conv_layer(x: &Array4<f32>, w: &Array4<f32>, b: &Array1<f32>) -> f32 {
    conv2d(x, w, b, 1, 1).sum()
}

/// The same layer as the first of a network: the images are data, only the kernel and the bias
/// are differentiated.
#[grad::differentiate(wrt(w, b))]
fn conv_first_layer(x: &Array4<f32>, w: &Array4<f32>, b: &Array1<f32>) -> f32 {
    conv2d(x, w, b, 1, 1).sum()
}

fn conv_bench(c: &mut Criterion) {
    let x = Array4::from_shape_vec((8, 3, 32, 32), values(8 * 3 * 32 * 32, 6, 1.0)).unwrap();
    let w = Array4::from_shape_vec((16, 3, 3, 3), values(16 * 27, 7, 0.2)).unwrap();
    let b = Array1::from(values(16, 8, 0.1));
    let (_, all_peak) = peak_bytes(|| conv_layer_grad(&x, &w, &b));
    let (_, first_peak) = peak_bytes(|| conv_first_layer_grad(&x, &w, &b));
    let (_, forward_peak) = peak_bytes(|| conv2d(&x, &w, &b, 1, 1));
    eprintln!(
        "conv peak heap: generated {all_peak} bytes, generated wrt(w, b) {first_peak} bytes, forward {forward_peak} bytes"
    );
    let mut group = c.benchmark_group("nn/conv_8x3x32x32_16x3x3x3_f32");
    group.bench_function("forward", |bench| {
        bench.iter(|| {
            black_box(conv2d(black_box(&x), &w, &b, 1, 1));
        })
    });
    group.bench_function("generated", |bench| {
        bench.iter(|| {
            black_box(conv_layer_grad(black_box(&x), &w, &b));
        })
    });
    group.bench_function("generated_wrt_w_b", |bench| {
        bench.iter(|| {
            black_box(conv_first_layer_grad(black_box(&x), &w, &b));
        })
    });
    group.finish();
}

criterion_group!(benches, mlp_bench, conv_bench);
criterion_main!(benches);
