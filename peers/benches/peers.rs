//! Issue 17's peer table: the same gradients in grad and in candle, burn (NdArray + autodiff),
//! dfdx and autograd, in one run, each library on one thread (see below), inputs built once
//! outside the timing:
//!
//! - `peers/rosenbrock_n10000_f64`: the n-dimensional Rosenbrock function's value and gradient,
//!   n = 10,000 (`benches/loops.rs`); grad's generated gradient and the hand-written one beside
//!   the peers' vectorised versions (`narrow`/`slice` for the shifted views);
//! - `peers/mlp_64x784x128x10_f32`: the MLP's loss and gradient with respect to its four
//!   parameters (`benches/nn.rs`);
//! - `peers/conv_8x3x32x32_16x3x3x3_f32`: a convolution layer's sum and its gradient with
//!   respect to input, kernel and bias (`benches/nn.rs`); dfdx left out (its `conv2d` needs
//!   nightly Rust).
//!
//! ```text
//! cd peers && RAYON_NUM_THREADS=1 cargo bench --bench peers -- --warm-up-time 1 --measurement-time 5
//! ```
//!
//! `RAYON_NUM_THREADS=1`: candle's and dfdx's matrix products (the `gemm` crate on rayon) and
//! candle's element-wise kernels would otherwise use every core, where grad, burn's NdArray
//! backend and autograd use one; the bench says so when it is not set.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use grad_peers::{problems, with_autograd, with_burn, with_candle, with_dfdx, with_grad};

fn check_threads() {
    if std::env::var("RAYON_NUM_THREADS").as_deref() != Ok("1") {
        eprintln!("peers: RAYON_NUM_THREADS is not 1: candle and dfdx may use several threads");
    }
}

fn rosenbrock_bench(c: &mut Criterion) {
    check_threads();
    let x = problems::rosenbrock_point(10_000);
    let candle_x = with_candle::rosenbrock_var(&x).unwrap();
    let burn_x = with_burn::rosenbrock_point(&x);
    let autograd_x = with_autograd::rosenbrock_point(&x);
    let mut group = c.benchmark_group("peers/rosenbrock_n10000_f64");
    group.bench_function("grad", |b| {
        b.iter(|| black_box(with_grad::rosenbrock_grad(black_box(&x))))
    });
    group.bench_function("hand_written", |b| {
        b.iter(|| black_box(with_grad::rosenbrock_hand_written(black_box(&x))))
    });
    group.bench_function("candle", |b| {
        b.iter(|| black_box(with_candle::rosenbrock_grad(&candle_x).unwrap()))
    });
    group.bench_function("burn", |b| {
        b.iter(|| black_box(with_burn::rosenbrock_grad(&burn_x)))
    });
    group.bench_function("autograd", |b| {
        b.iter(|| black_box(with_autograd::rosenbrock_grad(&autograd_x)))
    });
    group.finish();
}

fn mlp_bench(c: &mut Criterion) {
    let p = problems::mlp::<f32>();
    let grad_mlp = with_grad::Mlp::new(&p);
    let candle_mlp = with_candle::Mlp::new(&p).unwrap();
    let burn_mlp = with_burn::Mlp::new(&p);
    let dfdx_mlp = with_dfdx::Mlp::new(&p);
    let autograd_mlp = with_autograd::Mlp::new(&p);
    let mut group = c.benchmark_group("peers/mlp_64x784x128x10_f32");
    group.bench_function("grad", |b| {
        b.iter(|| black_box(with_grad::mlp_grad(black_box(&grad_mlp))))
    });
    group.bench_function("candle", |b| {
        b.iter(|| black_box(candle_mlp.grad().unwrap()))
    });
    group.bench_function("burn", |b| b.iter(|| black_box(burn_mlp.grad())));
    group.bench_function("dfdx", |b| b.iter(|| black_box(dfdx_mlp.grad())));
    group.bench_function("autograd", |b| b.iter(|| black_box(autograd_mlp.grad())));
    group.finish();
}

fn conv_bench(c: &mut Criterion) {
    let p = problems::conv::<f32>();
    let grad_conv = with_grad::Conv::new(&p);
    let candle_conv = with_candle::Conv::new(&p).unwrap();
    let burn_conv = with_burn::Conv::new(&p);
    let autograd_conv = with_autograd::Conv::new(&p);
    let mut group = c.benchmark_group("peers/conv_8x3x32x32_16x3x3x3_f32");
    group.bench_function("grad", |b| {
        b.iter(|| black_box(with_grad::conv_grad(black_box(&grad_conv))))
    });
    group.bench_function("candle", |b| {
        b.iter(|| black_box(candle_conv.grad().unwrap()))
    });
    group.bench_function("burn", |b| b.iter(|| black_box(burn_conv.grad())));
    group.bench_function("autograd", |b| b.iter(|| black_box(autograd_conv.grad())));
    group.finish();
}

criterion_group!(benches, rosenbrock_bench, mlp_bench, conv_bench);
criterion_main!(benches);
