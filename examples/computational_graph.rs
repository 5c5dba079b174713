//! The classic computational-graph example of backpropagation, drawn as the tutorials draw it,
//! and a few functions whose derivatives are known in closed form, each printed next to the
//! gradient `#[differentiate]` generated for it.
//!
//! `e_graph`, generated beside `e_grad`, records one evaluation of `e = (a + b)(b + 1)`: this
//! example writes its four figures as SVG (the graph; the forward values; the local partial
//! derivative on each edge; the adjoints of the reverse sweep) and the graph of a two-layer
//! network's loss, and prints the sum over paths that gives each derivative.
//!
//! ```text
//! cargo run --release --example computational_graph -- --out docs/figures
//! ```

use std::path::{Path, PathBuf};

use clap::Parser;
use grad::differentiate;
use grad::graph::{Graph, Show};
use ndarray::{Array1, Array2, array};

/// Draws the computational graph of `e = (a + b)(b + 1)` and checks a few gradients.
#[derive(Parser)]
struct Args {
    /// Where the SVG figures go (created if missing).
    #[arg(long, default_value = "target/figures")]
    out: PathBuf,
}

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

/// A two-layer network's loss: affine, ReLU, affine, softmax cross-entropy.
#[differentiate(wrt(w1, b1, w2, b2))]
fn two_layer_loss(
    x: &Array2<f64>,
    labels: &[usize],
    w1: &Array2<f64>,
    b1: &Array1<f64>,
    w2: &Array2<f64>,
    b2: &Array1<f64>,
) -> f64 {
    let hidden = grad::nn::relu(&grad::nn::affine(x, w1, b1));
    let scores = grad::nn::affine(&hidden, w2, b2);
    grad::nn::softmax_cross_entropy(&scores, labels)
}

/// Prints `∂to/∂from` as the sum over the paths from `from` to `to` of the products of the
/// partials on their edges.
fn print_path_sum(graph: &Graph, from: &str, to: &str) {
    let name = |id| graph.node(id).map_or("?", |node| node.name());
    let (mut symbols, mut numbers) = (Vec::new(), Vec::new());
    for path in graph.paths(from, to) {
        let edges = path.edges();
        let symbol: Vec<String> = edges
            .iter()
            .map(|edge| format!("∂{}/∂{}", name(edge.to()), name(edge.from())))
            .collect();
        let number: Vec<String> = edges
            .iter()
            .map(|edge| edge.partial().map_or("?".to_owned(), |p| p.to_string()))
            .collect();
        symbols.push(symbol.join("·"));
        numbers.push(number.join("·"));
    }
    println!(
        "  ∂{to}/∂{from} = {} = {} = {}   (the reverse sweep's adjoint of {from}: {})",
        symbols.join(" + "),
        numbers.join(" + "),
        graph.path_sum(from, to),
        graph.adjoint(from).unwrap_or(f64::NAN),
    );
}

/// Writes the four figures of the seed's graph and the network's, returning their paths.
fn write_figures(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    std::fs::create_dir_all(dir)?;
    let mut written = Vec::new();
    let mut write = |file: &str, svg: String| -> std::io::Result<()> {
        let path = dir.join(file);
        std::fs::write(&path, svg)?;
        written.push(path);
        Ok(())
    };
    let graph = e_graph(2.0, 1.0);
    write("e_graph.svg", graph.to_svg_with(Show::STRUCTURE))?;
    write("e_values.svg", graph.to_svg_with(Show::VALUES))?;
    write("e_partials.svg", graph.to_svg_with(Show::PARTIALS))?;
    write("e_adjoints.svg", graph.to_svg_with(Show::ADJOINTS))?;
    write("e.svg", graph.to_svg())?;
    let x = array![[0.5, -1.0, 2.0], [1.5, 0.25, -0.5]];
    let w1 = array![
        [0.1, -0.2, 0.3, 0.2],
        [0.4, 0.5, -0.6, 0.1],
        [-0.7, 0.8, 0.9, -0.3]
    ];
    let b1 = array![0.05, -0.05, 0.1, 0.0];
    let w2 = array![[0.2, -0.1], [0.3, 0.4], [-0.5, 0.6], [0.1, -0.2]];
    let b2 = array![0.01, -0.01];
    let network = two_layer_loss_graph(&x, &[1, 0], &w1, &b1, &w2, &b2);
    write("two_layer_loss.svg", network.to_svg())?;
    Ok(written)
}

fn main() -> std::io::Result<()> {
    let args = Args::parse();
    println!("The classic graph e = (a + b) * (b + 1) at a = 2, b = 1:");
    let graph = e_graph(2.0, 1.0);
    println!("  the sums over paths of the products of the edge partials:");
    print_path_sum(&graph, "a", "e");
    print_path_sum(&graph, "b", "e");
    for path in write_figures(&args.out)? {
        println!("  wrote {}", path.display());
    }
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
    Ok(())
}
