//! ADBench's LSTM objective (issue #16): the generated gradient against the objective itself, at
//! ADBench's four sizes (`l` = 2 or 4 layers, `c` = 1024 or 4096 characters of `b` = 14 bits),
//! with the ratio `t(gradient) / t(objective)` printed after each size; and the gradient written
//! by hand (`lstm_objective_hand_written`, 64 bytes kept a cell) as what this machine allows.
//!
//! ```text
//! cargo bench --bench lstm -- --warm-up-time 1 --measurement-time 3
//! ```

// Shared with the example and the test.
#[path = "../examples/common/lstm.rs"]
mod lstm;

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{Bencher, Criterion, criterion_group, criterion_main};
use lstm::lstm_problem;

// No counting allocator here (`cargo run --release --example lstm` counts the heap): the one
// `peak_alloc` provides reallocates by a fresh allocation and a copy, which triples the time of a
// gradient whose stacks grow (measured: 24-28 ms against 10-14 ms for l = 2, c = 1024).

/// Criterion's samples a benchmark (its minimum): the objective runs 4-40 ms, the gradient
/// 10-200 ms.
const SAMPLES: usize = 10;

/// ADBench's LSTM sizes, `(layers, characters)`: `data/lstm/lstm_l{2,4}_c{1024,4096}.txt`.
const SIZES: [(usize, usize); 4] = [(2, 1024), (2, 4096), (4, 1024), (4, 4096)];

/// Times `iters` calls of `f` for criterion and keeps the time a call in `per_call`, so that
/// the ratio of two benchmarks can be printed in the same run.
fn timed<T>(per_call: &mut Vec<f64>, f: impl Fn() -> T) -> impl FnMut(&mut Bencher) {
    move |bencher| {
        bencher.iter_custom(|iters| {
            let start = Instant::now();
            for _ in 0..iters {
                black_box(f());
            }
            let elapsed = start.elapsed();
            per_call.push(elapsed.as_secs_f64() / iters as f64);
            elapsed
        })
    }
}

/// The median time a call over criterion's measured samples (the last `SAMPLES` it asked for,
/// after its warm-up); `None` when the benchmark did not run (filtered out on the command line).
fn median_of_samples(per_call: &[f64]) -> Option<f64> {
    let mut samples = per_call
        .get(per_call.len().checked_sub(SAMPLES)?..)?
        .to_vec();
    samples.sort_by(f64::total_cmp);
    Some((samples[SAMPLES / 2 - 1] + samples[SAMPLES / 2]) / 2.0)
}

fn lstm_bench(c: &mut Criterion) {
    for (layers, chars) in SIZES {
        let problem = lstm_problem(layers, chars, 0);
        let (value, _) = problem.gradient();
        assert_eq!(value, problem.objective());

        let mut objective_times = Vec::new();
        let mut gradient_times = Vec::new();
        let mut hand_written_times = Vec::new();
        let mut group = c.benchmark_group(format!("lstm/l{layers}_c{chars}"));
        group.sample_size(SAMPLES);
        group.bench_function(
            "objective",
            timed(&mut objective_times, || black_box(&problem).objective()),
        );
        group.bench_function(
            "gradient",
            timed(&mut gradient_times, || black_box(&problem).gradient()),
        );
        group.bench_function(
            "hand_written",
            timed(&mut hand_written_times, || {
                black_box(&problem).hand_written_gradient()
            }),
        );
        group.finish();
        let (Some(objective), Some(gradient), Some(hand_written)) = (
            median_of_samples(&objective_times),
            median_of_samples(&gradient_times),
            median_of_samples(&hand_written_times),
        ) else {
            continue;
        };
        eprintln!(
            "lstm l = {layers}, c = {chars}: objective {:.3} ms, gradient {:.3} ms, \
             t(gradient) / t(objective) = {:.2}; hand-written {:.3} ms, {:.2}",
            objective * 1e3,
            gradient * 1e3,
            gradient / objective,
            hand_written * 1e3,
            hand_written / objective,
        );
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default().warm_up_time(Duration::from_secs(1));
    targets = lstm_bench
}
criterion_main!(benches);
