//! `f_graph`: the computational graph of one evaluation, as the generated function records it.
//!
//! - the seed's `e = (a + b)(b + 1)` at (2, 1): every value, adjoint, edge partial and path sum;
//! - programs with loops, branches, calls and methods: each parameter's adjoint in the graph is
//!   `f_grad`'s gradient bit for bit, the sum over paths of the products of the edge partials
//!   equals it, and both match central differences;
//! - an array program (affine, ReLU, softmax loss): nodes with shapes, adjoints equal to
//!   `f_grad`'s gradient;
//! - the drawings of a recorded graph name the source's variables.

mod common;

use approx::assert_relative_eq;
use common::{assert_matches_fd, rel_error};
use grad::differentiate;
use grad::graph::{Graph, NodeKind, Value, node_value};
use ndarray::{Array1, Array2, array};

#[differentiate]
fn e(a: f64, b: f64) -> f64 {
    let c = a + b;
    let d = b + 1.0;
    c * d
}

#[test]
fn the_seed_example_records_values_adjoints_and_path_sums() {
    let graph = e_graph(2.0, 1.0);
    assert_eq!(graph.name(), "e");
    let values: Vec<_> = ["a", "b", "c", "d", "e"]
        .iter()
        .map(|name| graph.value(name))
        .collect();
    assert_eq!(
        values,
        [Some(2.0), Some(1.0), Some(3.0), Some(2.0), Some(6.0)]
    );
    // ∂e/∂c = d = 2, ∂e/∂d = c = 3, ∂e/∂a = 2, ∂e/∂b = d + c = 5
    let adjoints: Vec<_> = ["a", "b", "c", "d", "e"]
        .iter()
        .map(|name| graph.adjoint(name))
        .collect();
    assert_eq!(
        adjoints,
        [Some(2.0), Some(5.0), Some(2.0), Some(3.0), Some(1.0)]
    );
    assert_eq!(graph.path_sum("b", "e"), 5.0);
    assert_eq!(graph.path_sum("a", "e"), 2.0);
    assert_eq!(graph.paths("b", "e").count(), 2);
    assert_eq!(graph.result().map(|node| node.name()), Some("e"));
}

#[test]
fn the_seed_example_has_one_edge_per_operand_with_its_partial() {
    let graph = e_graph(2.0, 1.0);
    let name = |id| graph.node(id).map(|node| node.name().to_owned()).unwrap();
    let mut edges: Vec<(String, String, Option<f64>)> = graph
        .edges()
        .map(|edge| (name(edge.from()), name(edge.to()), edge.partial()))
        .collect();
    edges.sort_by(|x, y| (&x.0, &x.1).cmp(&(&y.0, &y.1)));
    let expected = [
        ("1", "d", 1.0),
        ("a", "c", 1.0),
        ("b", "c", 1.0),
        ("b", "d", 1.0),
        ("c", "e", 2.0),
        ("d", "e", 3.0),
    ];
    let expected: Vec<(String, String, Option<f64>)> = expected
        .iter()
        .map(|(from, to, partial)| ((*from).to_owned(), (*to).to_owned(), Some(*partial)))
        .collect();
    assert_eq!(edges, expected);
    let kinds: Vec<NodeKind> = graph.nodes().map(|node| node.kind()).collect();
    assert_eq!(
        kinds
            .iter()
            .filter(|kind| **kind == NodeKind::Parameter)
            .count(),
        2
    );
    assert_eq!(
        kinds
            .iter()
            .filter(|kind| **kind == NodeKind::Constant)
            .count(),
        1
    );
}

/// `Σₖ xᵏ` for k = 1..=n, by a loop that the graph shows unrolled.
#[differentiate]
fn power_sum(x: f64, n: usize) -> f64 {
    let mut sum = 0.0;
    let mut power = 1.0;
    for _ in 0..n {
        power *= x;
        sum += power;
    }
    sum
}

#[differentiate]
fn branchy(x: f64, y: f64) -> f64 {
    let z = if x > y { x * y } else { x - y.sin() };
    z.exp() / (1.0 + z * z)
}

#[differentiate]
fn square_plus(x: f64, y: f64) -> f64 {
    x * x + y
}

#[differentiate]
fn calls(a: f64, b: f64) -> f64 {
    let u = square_plus(a, b);
    square_plus(u, a).sqrt()
}

#[differentiate]
fn iterated(a: f64, b: f64) -> f64 {
    (0..3).map(|k| (a * k as f64 + b).tanh()).sum::<f64>() + a.powi(3)
}

/// Checks a two-parameter scalar function's graph against its gradient and central differences.
fn check_scalar_graph(
    graph: &Graph,
    gradient: [f64; 2],
    f: impl Fn([f64; 2]) -> f64,
    at: [f64; 2],
) {
    let name = graph.name().to_owned();
    for (param, expected) in ["a", "b"].iter().zip(gradient) {
        let adjoint = graph.adjoint(param).unwrap();
        assert!(
            rel_error(adjoint, expected) < 1e-12,
            "{name}: the adjoint of {param} is {adjoint}, the gradient {expected}"
        );
        let path_sum = graph.path_sum(param, &name);
        assert!(
            rel_error(path_sum, expected) < 1e-12,
            "{name}: path sum from {param} is {path_sum}, the gradient {expected}"
        );
    }
    assert_matches_fd(f, at, gradient, &name);
}

#[test]
fn loops_appear_unrolled_and_their_path_sums_are_the_derivative() {
    let graph = power_sum_graph(1.5, 4);
    let (value, dx) = power_sum_grad(1.5, 4);
    assert_eq!(graph.value("power_sum"), Some(value));
    assert_eq!(graph.adjoint("x"), Some(dx));
    // d/dx (x + x² + x³ + x⁴) = 1 + 2x + 3x² + 4x³
    let expected = 1.0 + 3.0 + 3.0 * 2.25 + 4.0 * 3.375;
    assert_relative_eq!(
        graph.path_sum("x", "power_sum"),
        expected,
        max_relative = 1e-12
    );
    // one `power *= x` node per iteration
    let products = graph
        .nodes()
        .filter(|node| node.operation() == Some("*") && node.name() == "power")
        .count();
    assert_eq!(products, 4);
}

#[test]
fn branches_record_the_branch_taken() {
    for at in [[1.5, 0.5], [0.25, 1.5]] {
        let graph = branchy_graph(at[0], at[1]);
        let (_, (dx, dy)) = branchy_grad(at[0], at[1]);
        for (param, expected) in [("x", dx), ("y", dy)] {
            assert!(rel_error(graph.adjoint(param).unwrap(), expected) < 1e-12);
            assert!(rel_error(graph.path_sum(param, "branchy"), expected) < 1e-12);
        }
        assert_matches_fd(|[x, y]| branchy(x, y), at, [dx, dy], "branchy");
        let has_sin = graph.nodes().any(|node| node.operation() == Some("sin"));
        assert_eq!(
            has_sin,
            at[0] <= at[1],
            "the sine is recorded only where it runs"
        );
    }
}

#[test]
fn calls_and_iterator_chains_give_the_gradient_as_path_sums() {
    let at = [0.7, -0.4];
    let (_, (da, db)) = calls_grad(at[0], at[1]);
    check_scalar_graph(
        &calls_graph(at[0], at[1]),
        [da, db],
        |[a, b]| calls(a, b),
        at,
    );
    let (_, (da, db)) = iterated_grad(at[0], at[1]);
    check_scalar_graph(
        &iterated_graph(at[0], at[1]),
        [da, db],
        |[a, b]| iterated(a, b),
        at,
    );
}

#[differentiate(wrt(w, b))]
fn mlp_loss(x: &Array2<f64>, y: &[usize], w: &Array2<f64>, b: &Array1<f64>) -> f64 {
    let scores = grad::nn::affine(x, w, b);
    let hidden = grad::nn::relu(&scores);
    grad::nn::softmax_cross_entropy(&hidden, y)
}

#[test]
fn array_programs_record_shapes_and_the_gradients_adjoints() {
    let x = array![[0.5, -1.0, 2.0], [1.5, 0.25, -0.5]];
    let y = [2_usize, 0];
    let w = array![[0.1, -0.2, 0.3], [0.4, 0.5, -0.6], [-0.7, 0.8, 0.9]];
    let b = array![0.05, -0.05, 0.1];
    let graph = mlp_loss_graph(&x, &y, &w, &b);
    let (loss, (dw, db)) = mlp_loss_grad(&x, &y, &w, &b);
    assert_eq!(graph.value("mlp_loss"), Some(loss));
    let node = |name: &str| graph.find(name).unwrap();
    assert_eq!(node("scores").shape(), Some(&[2, 3][..]));
    assert_eq!(node("hidden").operation(), Some("relu"));
    assert_eq!(node("w").adjoint(), Some(&node_value!(dw)));
    assert_eq!(node("b").adjoint(), Some(&node_value!(db)));
    // The labels are not differentiated: no adjoint.
    assert_eq!(node("y").adjoint(), None);
    assert!(matches!(node("scores").value(), Value::Array(_)));
}

#[test]
fn drawings_name_the_source_variables() {
    let graph = e_graph(2.0, 1.0);
    let dot = graph.to_dot();
    let svg = graph.to_svg();
    for name in ["a", "b", "c", "d", "e"] {
        assert!(dot.contains(&format!("\"{name}")) || dot.contains(&format!(">{name}")));
    }
    assert!(svg.starts_with("<svg") || svg.starts_with("<?xml"));
    assert!(
        svg.contains(">c<") || svg.contains(">c ="),
        "the node c is labelled"
    );
}
