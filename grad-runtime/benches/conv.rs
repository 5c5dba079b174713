//! Convolution benchmark (issue: the gradient of a conv layer at most 3.5x its forward pass).
//!
//! A cs231n-sized layer: input (8, 3, 32, 32), filters (16, 3, 3, 3), stride 1, pad 1, in f32
//! and f64. For each: `forward` is `conv2d`; `vjp_forward` is `conv2d_vjp` alone (the forward
//! sweep keeping the im2col matrix); `gradient` is `conv2d_vjp` and its pullback, i.e. the value
//! and all three gradients. The cotangent is made outside the timed region.
//!
//! Run: `cargo bench -p grad-runtime --bench conv -- --warm-up-time 1 --measurement-time 3`

use std::hint::black_box;

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use grad_runtime::Scalar;
use grad_runtime::nn::{conv2d, conv2d_vjp};
use ndarray::{Array1, Array4};

fn inputs<A: Scalar>() -> (Array4<A>, Array4<A>, Array1<A>, Array4<A>) {
    // Deterministic, varied values in [-1, 1).
    let mut state = 0x2545_F491_u64;
    let mut next = move || {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1);
        A::from_f64((state >> 11) as f64 / (1u64 << 52) as f64 - 1.0).unwrap()
    };
    let x = Array4::from_shape_simple_fn((8, 3, 32, 32), &mut next);
    let w = Array4::from_shape_simple_fn((16, 3, 3, 3), &mut next);
    let b = Array1::from_shape_simple_fn(16, &mut next);
    let dout = Array4::from_shape_simple_fn((8, 16, 32, 32), &mut next);
    (x, w, b, dout)
}

fn bench_conv<A: Scalar>(c: &mut Criterion, name: &str) {
    let (x, w, b, dout) = inputs::<A>();
    let mut group = c.benchmark_group(format!("conv2d_8x3x32x32_16x3x3x3/{name}"));
    group.bench_function("forward", |bench| {
        bench.iter(|| conv2d(black_box(&x), black_box(&w), black_box(&b), 1, 1))
    });
    group.bench_function("vjp_forward", |bench| {
        bench.iter(|| conv2d_vjp(black_box(&x), black_box(&w), black_box(&b), 1, 1).0)
    });
    group.bench_function("gradient", |bench| {
        bench.iter_batched(
            || dout.clone(),
            |dout| {
                let (out, pullback) = conv2d_vjp(black_box(&x), black_box(&w), black_box(&b), 1, 1);
                (out, pullback(dout))
            },
            BatchSize::LargeInput,
        )
    });
    group.finish();
}

fn benches(c: &mut Criterion) {
    bench_conv::<f32>(c, "f32");
    bench_conv::<f64>(c, "f64");
}

criterion_group!(conv, benches);
criterion_main!(conv);
