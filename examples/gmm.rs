//! ADBench's Gaussian mixture model objective, plain loops over slices, differentiated by
//! `#[differentiate]` with respect to the weights, means and precision factors.
//!
//! ```text
//! cargo run --release --example gmm [d k n]
//! cargo run --release --example gmm count forward|gradient d k n calls
//! ```
//!
//! The second form only calls the objective (or its gradient) `calls` times, for counting
//! instructions under `valgrind --tool=cachegrind`: the difference between two call counts is
//! what the calls cost, without the setup.

// Shared with the tests and benchmarks; each program uses part of it.
#[allow(dead_code)]
#[path = "common/objectives.rs"]
mod objectives;

use std::hint::black_box;
use std::time::Instant;

use objectives::{gmm_objective, gmm_objective_grad, gmm_problem};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("count") {
        count(&args[1..]);
        return;
    }
    let sizes: Vec<usize> = args
        .iter()
        .map(|arg| arg.parse().expect("sizes are positive integers"))
        .collect();
    let (d, k, n) = match sizes[..] {
        [d, k, n] => (d, k, n),
        _ => (10, 25, 1000),
    };
    let (alphas, means, icf, x) = gmm_problem(d, k, n);
    let (gamma, m) = (1.0, 0);

    let start = Instant::now();
    let value = gmm_objective(&alphas, &means, &icf, &x, d, k, gamma, m);
    let forward_time = start.elapsed();
    let start = Instant::now();
    let (_, (d_alphas, d_means, d_icf)) =
        gmm_objective_grad(&alphas, &means, &icf, &x, d, k, gamma, m);
    let gradient_time = start.elapsed();
    println!("GMM objective, d = {d}, K = {k}, n = {n}: value {value:.6}");
    println!("  forward {forward_time:?}, value and gradient {gradient_time:?}");

    let h = 1e-6;
    let check = |name: &str, analytic: f64, perturb: &dyn Fn(f64) -> f64| {
        let numerical = (perturb(h) - perturb(-h)) / (2.0 * h);
        println!("  {name}: generated {analytic:.8}, central difference {numerical:.8}");
    };
    check("d/d alphas[1]", d_alphas[1], &|e| {
        let mut a = alphas.clone();
        a[1] += e;
        gmm_objective(&a, &means, &icf, &x, d, k, gamma, m)
    });
    check("d/d means[3]", d_means[3], &|e| {
        let mut mu = means.clone();
        mu[3] += e;
        gmm_objective(&alphas, &mu, &icf, &x, d, k, gamma, m)
    });
    let last = icf.len() - 1;
    check(&format!("d/d icf[{last}]"), d_icf[last], &|e| {
        let mut q = icf.clone();
        q[last] += e;
        gmm_objective(&alphas, &means, &q, &x, d, k, gamma, m)
    });
    check("d/d icf[0]", d_icf[0], &|e| {
        let mut q = icf.clone();
        q[0] += e;
        gmm_objective(&alphas, &means, &q, &x, d, k, gamma, m)
    });
}

/// `count forward|gradient d k n calls`: the objective or its gradient called `calls` times.
fn count(args: &[String]) {
    let [what, d, k, n, calls] = args else {
        panic!("usage: gmm count forward|gradient d k n calls");
    };
    let [d, k, n, calls]: [usize; 4] =
        [d, k, n, calls].map(|arg| arg.parse().expect("sizes are positive integers"));
    let (alphas, means, icf, x) = gmm_problem(d, k, n);
    for _ in 0..calls {
        match what.as_str() {
            "forward" => {
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
            }
            "gradient" => {
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
            }
            _ => panic!("count forward or gradient, not {what}"),
        }
    }
}
