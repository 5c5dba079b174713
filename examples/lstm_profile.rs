#[allow(dead_code)]
#[path = "common/lstm.rs"]
mod lstm;
use std::hint::black_box;

#[inline(never)]
fn run_objective(l: usize, b: usize, m: &[f64], e: &[f64], s: &[f64], q: &[f64]) -> f64 {
    lstm::lstm_objective(l, b, m, e, s, q)
}
#[inline(never)]
fn run_gradient(l: usize, b: usize, m: &[f64], e: &[f64], s: &[f64], q: &[f64]) -> (f64, (Vec<f64>, Vec<f64>)) {
    lstm::lstm_objective_grad(l, b, m, e, s, q)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (l, c, b): (usize, usize, usize) = (args[0].parse().unwrap(), args[1].parse().unwrap(), 14);
    let reps: usize = args[3].parse().unwrap();
    let main: Vec<f64> = (0..8 * b * l).map(|i| ((i as f64) * 0.7548776662 + 0.3).sin().abs()).collect();
    let extra: Vec<f64> = (0..3 * b).map(|i| ((i as f64) * 0.57 + 0.1).sin().abs()).collect();
    let state: Vec<f64> = (0..2 * b * l).map(|i| ((i as f64) * 0.37 + 0.2).sin().abs()).collect();
    let seq: Vec<f64> = (0..c * b).map(|i| ((i * 7919) % 3 == 0) as u8 as f64).collect();
    for _ in 0..reps {
        if args[2] == "o" || args[2] == "b" {
            black_box(run_objective(l, b, black_box(&main), &extra, &state, &seq));
        }
        if args[2] == "g" || args[2] == "b" {
            black_box(run_gradient(l, b, black_box(&main), &extra, &state, &seq));
        }
    }
}
