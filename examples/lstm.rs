#[allow(dead_code)]
#[path = "common/lstm.rs"]
mod lstm;
use std::hint::black_box;
use std::time::Instant;

fn main() {
    let args: Vec<usize> = std::env::args().skip(1).map(|a| a.parse().unwrap()).collect();
    let (l, c, b) = (args[0], args[1], 14);
    let main: Vec<f64> = (0..8 * b * l).map(|i| ((i as f64) * 0.7548776662 + 0.3).sin().abs()).collect();
    let extra: Vec<f64> = (0..3 * b).map(|i| ((i as f64) * 0.57 + 0.1).sin().abs()).collect();
    let state: Vec<f64> = (0..2 * b * l).map(|i| ((i as f64) * 0.37 + 0.2).sin().abs()).collect();
    let seq: Vec<f64> = (0..c * b).map(|i| ((i * 7919) % 3 == 0) as u8 as f64).collect();
    let n = args[2];
    let mut best_f = f64::MAX; let mut best_g = f64::MAX;
    for _ in 0..n {
        let s = Instant::now();
        black_box(lstm::lstm_objective(l, b, black_box(&main), &extra, &state, &seq));
        best_f = best_f.min(s.elapsed().as_secs_f64());
        let s = Instant::now();
        black_box(lstm::lstm_objective_grad(l, b, black_box(&main), &extra, &state, &seq));
        best_g = best_g.min(s.elapsed().as_secs_f64());
    }
    println!("l={l} c={c}: objective {:.3} ms, gradient {:.3} ms, ratio {:.2}", best_f*1e3, best_g*1e3, best_g/best_f);
}
