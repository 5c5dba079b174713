//! Checkpointed loops (issue 16): a recurrent net over `T` steps, its gradient with a record
//! per step (`plain`) against `#[differentiate(checkpoint)]` (the state every `√T` steps, each
//! segment run again in the reverse sweep), time and peak heap, in one run.
//!
//! ```text
//! cargo bench --bench checkpoint -- --warm-up-time 1 --measurement-time 5
//! ```

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use grad::runtime::ndarray::{Array1, Array2};
use peak_alloc::PeakAlloc;

/// Counts the heap in use and its peak.
#[global_allocator]
static HEAP: PeakAlloc = PeakAlloc;

/// The peak heap, in bytes above what was in use before, while `f` runs.
fn peak_bytes<T>(f: impl FnOnce() -> T) -> (T, usize) {
    let before = HEAP.current_usage();
    HEAP.reset_peak_usage();
    let result = f();
    (result, HEAP.peak_usage().saturating_sub(before))
}

macro_rules! recurrent {
    ($name:ident, $($option:tt)*) => {
        /// `h_t = tanh(w h_{t-1} + u x_t)`, the loss the mean of `Σ_t sum(h_t)`.
        #[grad::differentiate(wrt(w, u) $($option)*)]
        fn $name(w: &Array2<f64>, u: &Array2<f64>, xs: &Array2<f64>) -> f64 {
            let mut h = Array1::<f64>::zeros(w.nrows());
            let mut loss = 0.0;
            for t in 0..xs.nrows() {
                h = (w.dot(&h) + u.dot(&xs.row(t))).mapv(f64::tanh);
                loss += h.sum();
            }
            loss / xs.nrows() as f64
        }
    };
}

recurrent!(plain,);
recurrent!(checkpointed, , checkpoint);

const HIDDEN: usize = 32;
const INPUT: usize = 16;

fn problem(steps: usize) -> (Array2<f64>, Array2<f64>, Array2<f64>) {
    let w = Array2::from_shape_fn((HIDDEN, HIDDEN), |(i, j)| ((i * 7 + j) as f64).sin() * 0.1);
    let u = Array2::from_shape_fn((HIDDEN, INPUT), |(i, j)| ((i * 5 + j) as f64).cos() * 0.1);
    let xs = Array2::from_shape_fn((steps, INPUT), |(t, j)| ((t * 3 + j) as f64 * 0.01).sin());
    (w, u, xs)
}

fn report_memory() {
    eprintln!("peak heap of the gradient (bytes), plain / checkpointed:");
    for steps in [100, 1_000, 10_000] {
        let (w, u, xs) = problem(steps);
        let (a, plain_heap) = peak_bytes(|| plain_grad(&w, &u, &xs));
        let (b, checkpointed_heap) = peak_bytes(|| checkpointed_grad(&w, &u, &xs));
        assert_eq!(
            a, b,
            "checkpointed gradients are the plain ones, bit for bit"
        );
        eprintln!(
            "  T = {steps:>6}: {plain_heap:>11} / {checkpointed_heap:>9} ({:.1}x less)",
            plain_heap as f64 / checkpointed_heap as f64
        );
    }
}

fn bench(c: &mut Criterion) {
    report_memory();
    let mut group = c.benchmark_group("checkpoint");
    for steps in [100, 1_000, 10_000] {
        let (w, u, xs) = problem(steps);
        group.bench_with_input(BenchmarkId::new("plain", steps), &steps, |bench, _| {
            bench.iter(|| plain_grad(black_box(&w), black_box(&u), black_box(&xs)))
        });
        group.bench_with_input(
            BenchmarkId::new("checkpointed", steps),
            &steps,
            |bench, _| {
                bench.iter(|| checkpointed_grad(black_box(&w), black_box(&u), black_box(&xs)))
            },
        );
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
