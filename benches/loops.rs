//! Loops: gradients of loop-heavy objectives against hand-written gradients.
use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};

#[grad::differentiate]
fn rosenbrock(x: &[f64]) -> f64 {
    let mut sum = 0.0;
    for i in 0..x.len() - 1 {
        let a = 1.0 - x[i];
        let b = x[i + 1] - x[i] * x[i];
        sum += a * a + 100.0 * b * b;
    }
    sum
}

fn rosenbrock_hand(x: &[f64]) -> (f64, Vec<f64>) {
    let mut grad = vec![0.0; x.len()];
    let mut sum = 0.0;
    for i in 0..x.len() - 1 {
        let a = 1.0 - x[i];
        let b = x[i + 1] - x[i] * x[i];
        sum += a * a + 100.0 * b * b;
        grad[i] += -2.0 * a - 400.0 * b * x[i];
        grad[i + 1] += 200.0 * b;
    }
    (sum, grad)
}

fn bench(c: &mut Criterion) {
    let x: Vec<f64> = (0..10_000).map(|i| ((i as f64) * 0.37).sin()).collect();
    let (v, g) = rosenbrock_grad(&x);
    let (vh, gh) = rosenbrock_hand(&x);
    assert!((v - vh).abs() <= 1e-9 * vh.abs());
    for (a, b) in g.iter().zip(&gh) {
        assert!((a - b).abs() <= 1e-9 * b.abs().max(1.0));
    }
    let mut group = c.benchmark_group("loops/rosenbrock_10000");
    group.bench_function("forward", |b| b.iter(|| black_box(rosenbrock(black_box(&x)))));
    group.bench_function("generated", |b| b.iter(|| black_box(rosenbrock_grad(black_box(&x)))));
    group.bench_function("hand_written", |b| b.iter(|| black_box(rosenbrock_hand(black_box(&x)))));
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
