//! The n-dimensional Rosenbrock function, a loop over a slice, differentiated by
//! `#[differentiate]` and checked against the hand-written gradient and finite differences.
//!
//! ```text
//! cargo run --release --example rosenbrock [n]
//! ```

// Shared with the tests and benchmarks; each program uses part of it.
#[allow(dead_code)]
#[path = "common/objectives.rs"]
mod objectives;

use std::time::Instant;

use objectives::{rosenbrock, rosenbrock_grad, rosenbrock_hand_written};

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .map(|arg| arg.parse().expect("n must be a positive integer"))
        .unwrap_or(10_000);
    let x: Vec<f64> = (0..n).map(|i| ((i as f64) * 0.37).sin()).collect();

    let start = Instant::now();
    let (value, gradient) = rosenbrock_grad(&x);
    let generated_time = start.elapsed();
    let start = Instant::now();
    let (_, hand_written) = rosenbrock_hand_written(&x);
    let hand_time = start.elapsed();

    let worst = gradient
        .iter()
        .zip(&hand_written)
        .map(|(g, h)| (g - h).abs() / g.abs().max(h.abs()).max(1e-300))
        .fold(0.0_f64, f64::max);
    println!("rosenbrock in {n} dimensions: value {value:.6}");
    println!("  generated gradient in {generated_time:?}, hand-written in {hand_time:?}");
    println!("  worst relative difference from the hand-written gradient: {worst:.1e}");
    let h = 1e-6;
    for i in [0, n / 2, n - 1] {
        let mut plus = x.clone();
        let mut minus = x.clone();
        plus[i] += h;
        minus[i] -= h;
        let numerical = (rosenbrock(&plus) - rosenbrock(&minus)) / (2.0 * h);
        println!(
            "  d/dx[{i}]: generated {:.6}, central difference {numerical:.6}",
            gradient[i]
        );
    }
}
