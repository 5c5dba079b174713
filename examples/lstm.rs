//! ADBench's LSTM objective (a stack of LSTM layers reading a character sequence, scored by the
//! log-likelihood of each next character), plain loops over slices, differentiated by
//! `#[differentiate]` with respect to its main and extra parameters.
//!
//! ```text
//! cargo run --release --example lstm [layers chars]
//! ```
//!
//! Prints the objective, the gradient's norm, the heap the generated and the hand-written
//! gradients hold at their peak, and a few components of the gradient next to their central
//! differences. (The times are in `cargo bench --bench lstm`: the counting allocator this example
//! installs copies on every reallocation, which slows the generated gradient's growing stacks.)

// Shared with the test and the benchmark.
#[path = "common/lstm.rs"]
mod lstm;

use lstm::{LstmProblem, lstm_problem};
use peak_alloc::PeakAlloc;

/// Counts the heap in use and its peak, to report what each gradient keeps.
#[global_allocator]
static HEAP: PeakAlloc = PeakAlloc;

/// `f()` and the peak heap, in bytes above what was in use before, while it ran.
fn with_peak<T>(f: impl FnOnce() -> T) -> (T, usize) {
    let before = HEAP.current_usage();
    HEAP.reset_peak_usage();
    let result = f();
    (result, HEAP.peak_usage().saturating_sub(before))
}

fn main() {
    let sizes: Vec<usize> = std::env::args()
        .skip(1)
        .map(|arg| arg.parse().expect("sizes are positive integers"))
        .collect();
    let (layers, chars) = match sizes[..] {
        [layers, chars] if layers >= 1 && chars >= 2 => (layers, chars),
        [] => (2, 1024),
        _ => {
            panic!("expected no arguments, or two: layers (at least 1) and characters (at least 2)")
        }
    };
    let problem = lstm_problem(layers, chars, 0);

    let value = problem.objective();
    let ((_, (d_main, d_extra)), peak) = with_peak(|| problem.gradient());
    let (_, hand_written_peak) = with_peak(|| problem.hand_written_gradient());
    let norm = d_main
        .iter()
        .chain(&d_extra)
        .map(|g| g * g)
        .sum::<f64>()
        .sqrt();
    let b = problem.bits;
    let cells = (layers * (chars - 1) * b) as f64;
    println!("LSTM objective, l = {layers}, c = {chars}, b = {b}: value {value:.10}");
    println!("  gradient norm {norm:.10}");
    println!(
        "  peak heap of the generated gradient {:.1} MB ({:.0} bytes a cell and step), \
         of the hand-written one {:.1} MB ({:.0})",
        peak as f64 / 1e6,
        peak as f64 / cells,
        hand_written_peak as f64 / 1e6,
        hand_written_peak as f64 / cells,
    );

    let last_layer = 8 * b * (layers - 1);
    for (name, index) in [
        ("w_f[b - 1], layer 0", b - 1),
        ("b_g[3], layer 0", 7 * b + 3),
        ("w_o[5], last layer", last_layer + 2 * b + 5),
    ] {
        let numerical = central_difference(&problem, |p| &mut p.main_params[index]);
        println!(
            "  d/d main {name}: generated {:.10e}, central difference {numerical:.10e}",
            d_main[index]
        );
    }
    for (name, index) in [("in_weight[b - 1]", b - 1), ("out_bias[b - 1]", 3 * b - 1)] {
        let numerical = central_difference(&problem, |p| &mut p.extra_params[index]);
        println!(
            "  d/d extra {name}: generated {:.10e}, central difference {numerical:.10e}",
            d_extra[index]
        );
    }
}

/// `(f(p + h) - f(p - h)) / 2h` for the one number `place` picks out of the problem.
fn central_difference(problem: &LstmProblem, place: impl Fn(&mut LstmProblem) -> &mut f64) -> f64 {
    let h = 1e-6;
    let shifted = |by: f64| {
        let mut p = problem.clone();
        *place(&mut p) += by;
        p.objective()
    };
    (shifted(h) - shifted(-h)) / (2.0 * h)
}
