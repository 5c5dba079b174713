//! Loops (issue #4): the n-dimensional Rosenbrock function and ADBench's GMM objective, each
//! against its forward pass and its hand-written gradient, with the heap each gradient keeps.
//!
//! ```text
//! cargo bench --bench loops -- --warm-up-time 1 --measurement-time 5
//! ```

// Shared with the examples and tests; the benchmark uses part of it.
#[allow(dead_code)]
#[path = "../examples/common/objectives.rs"]
mod objectives;

use std::hint::black_box;

use criterion::{Criterion, SamplingMode, criterion_group, criterion_main};
use objectives::{
    gmm_objective, gmm_objective_grad, gmm_objective_hand_written, gmm_problem, rosenbrock,
    rosenbrock_grad, rosenbrock_hand_written,
};
use peak_alloc::PeakAlloc;

/// Counts the heap in use and its peak, to report what each gradient keeps.
#[global_allocator]
static HEAP: PeakAlloc = PeakAlloc;

/// The peak heap, in bytes above what was in use before, while `f` runs.
fn peak_bytes<T>(f: impl FnOnce() -> T) -> (T, usize) {
    let before = HEAP.current_usage();
    HEAP.reset_peak_usage();
    let result = f();
    (result, HEAP.peak_usage().saturating_sub(before))
}

fn report_memory() {
    eprintln!("peak heap above the inputs (bytes), gradient output included:");
    for n in [1_000, 10_000, 100_000] {
        let x: Vec<f64> = (0..n).map(|i| ((i as f64) * 0.37).sin()).collect();
        let (_, forward) = peak_bytes(|| rosenbrock(&x));
        let (_, generated) = peak_bytes(|| rosenbrock_grad(&x));
        let (_, hand) = peak_bytes(|| rosenbrock_hand_written(&x));
        eprintln!(
            "  rosenbrock n = {n:>6}: forward {forward:>8}, generated {generated:>8}, hand-written {hand:>8}, gradient itself {:>8}",
            n * 8
        );
    }
    for n in [250, 1_000, 4_000] {
        let (d, k) = (10, 25);
        let (alphas, means, icf, x) = gmm_problem(d, k, n);
        let (_, forward) = peak_bytes(|| gmm_objective(&alphas, &means, &icf, &x, d, k, 1.0, 0));
        let (_, generated) =
            peak_bytes(|| gmm_objective_grad(&alphas, &means, &icf, &x, d, k, 1.0, 0));
        let (_, hand) =
            peak_bytes(|| gmm_objective_hand_written(&alphas, &means, &icf, &x, d, k, 1.0, 0));
        let gradient_bytes = (alphas.len() + means.len() + icf.len()) * 8;
        eprintln!(
            "  gmm d = {d}, K = {k}, n = {n:>5}: forward {forward:>8}, generated {generated:>8}, hand-written {hand:>8}, gradient itself {gradient_bytes:>8}"
        );
    }
}

fn rosenbrock_bench(c: &mut Criterion) {
    report_memory();
    let x: Vec<f64> = (0..10_000).map(|i| ((i as f64) * 0.37).sin()).collect();
    let (value, gradient) = rosenbrock_grad(&x);
    let (hand_value, hand_gradient) = rosenbrock_hand_written(&x);
    assert!((value - hand_value).abs() <= 1e-12 * hand_value.abs());
    for (g, h) in gradient.iter().zip(&hand_gradient) {
        assert!((g - h).abs() <= 1e-9 * h.abs().max(1.0), "{g} vs {h}");
    }
    let mut group = c.benchmark_group("loops/rosenbrock_10000");
    group.bench_function("forward", |b| {
        b.iter(|| {
            black_box(rosenbrock(black_box(&x)));
        })
    });
    group.bench_function("generated", |b| {
        b.iter(|| {
            black_box(rosenbrock_grad(black_box(&x)));
        })
    });
    group.bench_function("hand_written", |b| {
        b.iter(|| {
            black_box(rosenbrock_hand_written(black_box(&x)));
        })
    });
    group.finish();
}

/// ADBench's GMM at two of its sizes, d = 10, K = 25 (n = 1,000 points) and d = 64, K = 100
/// (n = 100: a call takes seconds at n = 1,000): the forward pass, the generated gradient and
/// the hand-written gradient (`gmm_objective_hand_written`, the forward pass's loop order, with
/// the diagonals' `exp` computed once a call), timed in the same run so that the generated
/// gradient's ratios to both are measured together. The loop over points is preaccumulated,
/// so all three times grow as n and their ratios do not depend on it.
fn gmm_bench(c: &mut Criterion) {
    for (d, k, n) in [(10, 25, 1_000), (64, 100, 100)] {
        let (alphas, means, icf, x) = gmm_problem(d, k, n);
        let mut group = c.benchmark_group(format!("loops/gmm_d{d}_k{k}_n{n}"));
        if d > 10 {
            // Seconds a call: ten samples of one call each, not criterion's growing counts.
            group.sample_size(10).sampling_mode(SamplingMode::Flat);
        } else {
            group.sample_size(20);
        }
        group.bench_function("forward", |b| {
            b.iter(|| {
                black_box(gmm_objective(
                    black_box(&alphas),
                    black_box(&means),
                    black_box(&icf),
                    black_box(&x),
                    d,
                    k,
                    1.0,
                    0,
                ));
            })
        });
        group.bench_function("generated", |b| {
            b.iter(|| {
                black_box(gmm_objective_grad(
                    black_box(&alphas),
                    black_box(&means),
                    black_box(&icf),
                    black_box(&x),
                    d,
                    k,
                    1.0,
                    0,
                ));
            })
        });
        group.bench_function("hand_written", |b| {
            b.iter(|| {
                black_box(gmm_objective_hand_written(
                    black_box(&alphas),
                    black_box(&means),
                    black_box(&icf),
                    black_box(&x),
                    d,
                    k,
                    1.0,
                    0,
                ));
            })
        });
        group.finish();
    }
}

criterion_group!(benches, rosenbrock_bench, gmm_bench);
criterion_main!(benches);
