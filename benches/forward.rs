//! Forward mode and second order (issue #14): `rosenbrock_jvp` against a directional derivative
//! written by hand and against the forward pass, `rosenbrock_hvp` against the forward pass and a
//! Hessian-vector product written by hand, at n = 10,000.
//!
//! ```text
//! cargo bench --bench forward -- --warm-up-time 1 --measurement-time 5
//! ```

// Shared with the examples and tests; the benchmark uses part of it.
#[allow(dead_code)]
#[path = "../examples/common/objectives.rs"]
mod objectives;

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use objectives::{
    rosenbrock, rosenbrock_grad, rosenbrock_hvp, rosenbrock_hvp_hand_written, rosenbrock_jvp,
    rosenbrock_jvp_hand_written,
};

fn forward_mode(c: &mut Criterion) {
    let n = 10_000;
    let x: Vec<f64> = (0..n).map(|i| ((i as f64) * 0.37).sin()).collect();
    let v: Vec<f64> = (0..n).map(|i| ((i as f64) * 0.11).cos()).collect();
    let mut group = c.benchmark_group("rosenbrock_10000");
    group.bench_function("forward", |b| b.iter(|| rosenbrock(black_box(&x))));
    group.bench_function("jvp_generated", |b| {
        b.iter(|| rosenbrock_jvp(black_box(&x), black_box(&v)))
    });
    group.bench_function("jvp_hand_written", |b| {
        b.iter(|| rosenbrock_jvp_hand_written(black_box(&x), black_box(&v)))
    });
    group.bench_function("grad_generated", |b| {
        b.iter(|| rosenbrock_grad(black_box(&x)))
    });
    group.bench_function("hvp_generated", |b| {
        b.iter(|| rosenbrock_hvp(black_box(&x), black_box(&v)))
    });
    group.bench_function("hvp_hand_written", |b| {
        b.iter(|| rosenbrock_hvp_hand_written(black_box(&x), black_box(&v)))
    });
    group.finish();
}

criterion_group!(benches, forward_mode);
criterion_main!(benches);
