//! A driver for profiling forward mode (issue #14) with `perf` or cachegrind: calls one of
//! Rosenbrock's forward pass, `rosenbrock_jvp`, `rosenbrock_hvp` or their hand-written versions
//! at n = 10,000, a given number of times, on the inputs of `benches/forward.rs`.
//!
//! ```text
//! cargo build --release --example forward_profile
//! perf stat -e cycles,instructions target/release/examples/forward_profile jvp 100000
//! valgrind --tool=cachegrind --cache-sim=no target/release/examples/forward_profile jvp 100
//! ```

#[allow(dead_code)]
#[path = "common/objectives.rs"]
mod objectives;

use std::hint::black_box;

use objectives::{
    rosenbrock, rosenbrock_grad, rosenbrock_hvp, rosenbrock_hvp_hand_written, rosenbrock_jvp,
    rosenbrock_jvp_hand_written,
};

/// Rosenbrock's forward pass behind a call, as `benches/forward.rs` measures it. Inlined into
/// `main`, its loop keeps two bounds checks (22 instructions an element against 13.5).
#[inline(never)]
fn forward(x: &[f64]) -> f64 {
    rosenbrock(x)
}

fn main() {
    let mut args = std::env::args().skip(1);
    let which = args.next().unwrap_or_else(|| "forward".to_owned());
    let repeats: usize = args.next().map_or(1000, |s| s.parse().expect("a count"));
    let n = 10_000;
    let x: Vec<f64> = (0..n).map(|i| ((i as f64) * 0.37).sin()).collect();
    let v: Vec<f64> = (0..n).map(|i| ((i as f64) * 0.11).cos()).collect();
    let mut check = 0.0;
    for _ in 0..repeats {
        check += match which.as_str() {
            // Each whole result goes through `black_box`, as criterion's `iter` does with it.
            "forward" => black_box(forward(black_box(&x))),
            "jvp" => black_box(rosenbrock_jvp(black_box(&x), black_box(&v))).1,
            "jvp_hand" => black_box(rosenbrock_jvp_hand_written(black_box(&x), black_box(&v))).1,
            "grad" => black_box(rosenbrock_grad(black_box(&x))).1[0],
            "hvp" => black_box(rosenbrock_hvp(black_box(&x), black_box(&v))).2[0],
            "hvp_hand" => black_box(rosenbrock_hvp_hand_written(black_box(&x), black_box(&v))).2[0],
            other => panic!("unknown function {other}"),
        };
    }
    println!("{which} x{repeats}: {check}");
}
