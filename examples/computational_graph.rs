//! The classic computational-graph example of backpropagation, and a few functions whose
//! derivatives are known in closed form, each printed next to the gradient `#[differentiate]`
//! generated for it.
//!
//! ```text
//! cargo run --release --example computational_graph
//! ```

use grad::differentiate;

/// The graph every backprop tutorial draws: `c = a + b`, `d = b + 1`, `e = c * d`.
#[differentiate]
fn e(a: f64, b: f64) -> f64 {
    let c = a + b;
    let d = b + 1.0;
    c * d
}

/// The logistic sigmoid, `1 / (1 + e^-x)`, whose derivative is `s (1 - s)`.
#[differentiate]
fn sigmoid(x: f64) -> f64 {
    1.0 / (1.0 + (-x).exp())
}

/// The 2-D Rosenbrock function, `(1 - x)^2 + 100 (y - x^2)^2`.
#[differentiate]
fn rosenbrock(x: f64, y: f64) -> f64 {
    (1.0 - x).powi(2) + 100.0 * (y - x * x).powi(2)
}

/// A neuron: `tanh(w0 x0 + w1 x1 + b)`, differentiated with respect to its weights and bias only.
#[differentiate(wrt(w0, w1, b))]
fn neuron(x0: f64, x1: f64, w0: f64, w1: f64, b: f64) -> f64 {
    let n = w0 * x0 + w1 * x1 + b;
    n.tanh()
}

/// A piecewise function with a branch: `x^2` for `x > 1`, else `2x - 1` (continuous at 1).
#[differentiate]
fn smooth_step(x: f64) -> f64 {
    if x > 1.0 { x * x } else { 2.0 * x - 1.0 }
}

fn show(name: &str, value: f64, generated: &[f64], closed_form: &[f64]) {
    let worst = generated
        .iter()
        .zip(closed_form)
        .map(|(g, c)| (g - c).abs() / g.abs().max(c.abs()).max(f64::MIN_POSITIVE))
        .fold(0.0_f64, f64::max);
    println!(
        "{name:<28} value {value:>10.6}   gradient {:<40} closed form {:<40} rel. error {worst:.1e}",
        format!("{generated:.6?}"),
        format!("{closed_form:.6?}"),
    );
}

fn main() {
    println!("The classic graph e = (a + b) * (b + 1) at a = 2, b = 1:");
    let (value, (de_da, de_db)) = e_grad(2.0, 1.0);
    println!("  e = {value}, de/da = {de_da}, de/db = {de_db}   (expected 6, 2, 5)");
    let (_, pullback) = e_vjp(2.0, 1.0);
    let (ca, cb) = pullback(3.0);
    println!("  pullback of the cotangent 3: ({ca}, {cb})   (expected 6, 15)");
    println!();

    let x = 0.3;
    let (value, dx) = sigmoid_grad(x);
    let s = 1.0 / (1.0 + (-x).exp());
    show("sigmoid(0.3)", value, &[dx], &[s * (1.0 - s)]);

    let (x, y) = (-1.2, 1.0);
    let (value, (dx, dy)) = rosenbrock_grad(x, y);
    let closed = [
        -2.0 * (1.0 - x) - 400.0 * x * (y - x * x),
        200.0 * (y - x * x),
    ];
    show("rosenbrock(-1.2, 1)", value, &[dx, dy], &closed);

    let (x0, x1, w0, w1, b) = (2.0, -1.0, -3.0, -2.0, 6.0);
    let (value, (dw0, dw1, db)) = neuron_grad(x0, x1, w0, w1, b);
    let t = (w0 * x0 + w1 * x1 + b).tanh();
    let dn = 1.0 - t * t;
    show(
        "neuron (wrt w0, w1, b)",
        value,
        &[dw0, dw1, db],
        &[dn * x0, dn * x1, dn],
    );

    for x in [0.5, 1.5] {
        let (value, dx) = smooth_step_grad(x);
        let closed = if x > 1.0 { 2.0 * x } else { 2.0 };
        show(&format!("smooth_step({x})"), value, &[dx], &[closed]);
    }
}
