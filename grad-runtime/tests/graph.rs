//! `grad_runtime::graph`: graphs recorded exactly as the generated `f_graph` records them (the real
//! rule traits, `local_partials` of a second call of the rule, adjoints taken from the real
//! pullbacks), then queried and drawn.
//!
//! - the seed's `e = (a + b)(b + 1)` at (2, 1): values, adjoints, path sums and paths exactly;
//!   forward and reverse accumulation over the edges against the recorded adjoints;
//! - a loop, unrolled as executed, with its reassigned variable;
//! - the node budget: what is left out, and what is still known;
//! - a two-layer network's graph: array nodes with shapes, scalar edges with numbers;
//! - the drawings: DOT that a DOT parser reads back, SVG that an XML parser reads back with one
//!   label per node.

use approx::assert_relative_eq;
use grad_runtime::__private::{AddVjp, MulVjp};
use grad_runtime::graph::{
    Derivative, Graph, LocalPartials, NodeKind, Show, Value, format_number, local_partials,
    node_value,
};
use grad_runtime::ndarray::{Array1, Array2, array};
use grad_runtime::nn::{affine_vjp, relu_vjp, softmax_cross_entropy_vjp};
use grad_runtime::rules::ReduceRules;

/// `e(a, b) = (a + b)(b + 1)` recorded as `e_graph(a, b)` records it: the forward sweep with one
/// node per parameter, variable, constant and the result, then the reverse sweep recording each
/// adjoint once it is complete.
fn seed_example(a: f64, b: f64) -> Graph {
    let mut graph = Graph::new("e");
    let a_node = graph.parameter("a", &a);
    let b_node = graph.parameter("b", &b);
    let (c, c_pullback) = AddVjp::add_vjp(&a, &b);
    let c_node = graph.operation(
        Some("c"),
        "+",
        &[a_node, b_node],
        &c,
        local_partials(|| AddVjp::add_vjp(&a, &b)),
    );
    let one_node = graph.constant(&1.0);
    let (d, d_pullback) = AddVjp::add_vjp(&b, &1.0);
    let d_node = graph.operation(
        Some("d"),
        "+",
        &[b_node, one_node],
        &d,
        local_partials(|| AddVjp::add_vjp(&b, &1.0)),
    );
    let (e, e_pullback) = MulVjp::mul_vjp(&c, &d);
    let e_node = graph.operation(
        None,
        "*",
        &[c_node, d_node],
        &e,
        local_partials(|| MulVjp::mul_vjp(&c, &d)),
    );
    graph.set_result(e_node);

    graph.set_adjoint(e_node, &1.0);
    let (c_cot, d_cot) = e_pullback(1.0);
    graph.set_adjoint(d_node, &d_cot);
    let (b_from_d, _one_cot) = d_pullback(d_cot);
    graph.set_adjoint(c_node, &c_cot);
    let (a_cot, b_from_c) = c_pullback(c_cot);
    graph.set_adjoint(b_node, &(b_from_c + b_from_d));
    graph.set_adjoint(a_node, &a_cot);
    graph
}

#[test]
fn seed_example_has_the_seeds_values_and_adjoints() {
    let graph = seed_example(2.0, 1.0);
    let values: Vec<_> = ["a", "b", "c", "d", "e"]
        .map(|name| graph.value(name))
        .into();
    assert_eq!(
        values,
        [Some(2.0), Some(1.0), Some(3.0), Some(2.0), Some(6.0)]
    );
    let adjoints: Vec<_> = ["a", "b", "c", "d", "e"]
        .map(|name| graph.adjoint(name))
        .into();
    assert_eq!(
        adjoints,
        [Some(2.0), Some(5.0), Some(2.0), Some(3.0), Some(1.0)]
    );
    // The constant 1 has a value and no adjoint; the result is named after the function.
    assert_eq!(graph.value("1"), Some(1.0));
    assert_eq!(graph.adjoint("1"), None);
    let result = graph.result().expect("the result was set");
    assert_eq!((result.name(), result.kind()), ("e", NodeKind::Result));
    let kinds: Vec<NodeKind> = graph.nodes().map(|node| node.kind()).collect();
    use NodeKind::*;
    assert_eq!(
        kinds,
        [Parameter, Parameter, Variable, Constant, Variable, Result]
    );
}

#[test]
fn seed_example_edges_carry_the_local_partials() {
    let graph = seed_example(2.0, 1.0);
    let name = |id| graph.node(id).map(|node| node.name().to_owned()).unwrap();
    let edges: Vec<(String, String, Derivative)> = graph
        .edges()
        .map(|edge| (name(edge.from()), name(edge.to()), edge.derivative()))
        .collect();
    let expected = [
        ("a", "c", 1.0),
        ("b", "c", 1.0),
        ("b", "d", 1.0),
        ("1", "d", 1.0),
        ("c", "e", 2.0), // ∂e/∂c = d
        ("d", "e", 3.0), // ∂e/∂d = c
    ];
    let expected: Vec<(String, String, Derivative)> = expected
        .iter()
        .map(|&(from, to, partial)| (from.into(), to.into(), Derivative::Scalar(partial)))
        .collect();
    assert_eq!(edges, expected);
}

#[test]
fn seed_example_path_sums_are_the_adjoints() {
    let graph = seed_example(2.0, 1.0);
    assert_eq!(graph.path_sum("b", "e"), 5.0); // 1·2 + 1·3
    assert_eq!(graph.path_sum("a", "e"), 2.0); // 1·2
    assert_eq!(graph.path_sum("b", "c"), 1.0);
    assert_eq!(graph.path_sum("a", "d"), 0.0); // no path
    for name in ["a", "b", "c", "d", "e"] {
        assert_eq!(
            Some(graph.path_sum(name, "e")),
            graph.adjoint(name),
            "{name}"
        );
    }
    let products: Vec<Option<f64>> = graph.paths("b", "e").map(|path| path.product()).collect();
    assert_eq!(products, [Some(2.0), Some(3.0)]);
    let through: Vec<Vec<&str>> = graph
        .paths("b", "e")
        .map(|path| {
            let to = |edge: &&grad_runtime::graph::Edge| graph.node(edge.to()).unwrap().name();
            path.edges().iter().map(to).collect()
        })
        .collect();
    assert_eq!(through, [["c", "e"], ["d", "e"]]);
}

#[test]
fn seed_example_accumulations_over_the_edges_match_the_sweep() {
    let graph = seed_example(2.0, 1.0);
    let recorded: Vec<Option<f64>> = graph
        .nodes()
        .map(|node| node.adjoint().and_then(|adjoint| adjoint.as_scalar()))
        .collect();
    let reverse = graph.reverse_accumulation();
    // Every node but the constant has a recorded adjoint; the accumulation has one for all
    // (∂e/∂1 = c = 3, which the sweep does not keep).
    assert_eq!(
        reverse,
        [
            Some(2.0),
            Some(5.0),
            Some(2.0),
            Some(3.0),
            Some(3.0),
            Some(1.0)
        ]
    );
    for (accumulated, recorded) in reverse.iter().zip(&recorded) {
        if recorded.is_some() {
            assert_eq!(accumulated, recorded);
        }
    }
    // The seed's forward-mode differentiation, ∂/∂b at every node.
    let b = graph.find("b").unwrap().id();
    let forward = graph.forward_accumulation(b);
    assert_eq!(
        forward,
        [
            Some(0.0),
            Some(1.0),
            Some(1.0),
            Some(0.0),
            Some(1.0),
            Some(5.0)
        ]
    );
}

#[test]
fn seed_example_at_other_points() {
    for (a, b) in [(0.5, -3.0), (-1.25, 4.0), (3.0, 0.0)] {
        let graph = seed_example(a, b);
        assert_eq!(graph.value("e"), Some((a + b) * (b + 1.0)));
        // ∂e/∂a = b + 1, ∂e/∂b = (b + 1) + (a + b)
        assert_eq!(graph.path_sum("a", "e"), b + 1.0);
        assert_eq!(graph.path_sum("b", "e"), (b + 1.0) + (a + b));
        assert_eq!(graph.adjoint("b"), Some((b + 1.0) + (a + b)));
    }
}

/// `f(x) = s` after `let mut s = 0.0; for _ in 0..n { s = s * x + 1.0 }`, recorded as the
/// generated code records a loop: new nodes at each iteration, the pullbacks and node handles
/// pushed on the loop's stacks and popped by the reverse sweep.
fn polynomial_loop(x: f64, n: usize, graph: &mut Graph) {
    let x_node = graph.parameter("x", &x);
    let mut s = 0.0;
    let mut s_node = graph.constant(&s);
    let mut stack = Vec::new();
    for _ in 0..n {
        let (t, t_pullback) = MulVjp::mul_vjp(&s, &x);
        let t_node = graph.operation(
            None,
            "*",
            &[s_node, x_node],
            &t,
            local_partials(|| MulVjp::mul_vjp(&s, &x)),
        );
        let one_node = graph.constant(&1.0);
        let (next, next_pullback) = AddVjp::add_vjp(&t, &1.0);
        let next_node = graph.operation(
            Some("s"),
            "+",
            &[t_node, one_node],
            &next,
            local_partials(|| AddVjp::add_vjp(&t, &1.0)),
        );
        stack.push((t_pullback, next_pullback, s_node, t_node, next_node));
        (s, s_node) = (next, next_node);
    }
    graph.set_result(s_node);

    let (mut s_cot, mut x_cot) = (1.0, 0.0);
    while let Some((t_pullback, next_pullback, before, t_node, next_node)) = stack.pop() {
        graph.set_adjoint(next_node, &s_cot);
        let (t_cot, _) = next_pullback(s_cot);
        graph.set_adjoint(t_node, &t_cot);
        let (before_cot, x_part) = t_pullback(t_cot);
        x_cot += x_part;
        s_cot = before_cot;
        let _ = before;
    }
    graph.set_adjoint(x_node, &x_cot);
}

#[test]
fn a_loop_is_unrolled_as_executed() {
    let mut graph = Graph::new("f");
    polynomial_loop(2.0, 3, &mut graph);
    // s₁ = 1, s₂ = x + 1, s₃ = x² + x + 1 = 7; ∂s₃/∂x = 2x + 1 = 5.
    let s_values: Vec<f64> = graph
        .nodes()
        .filter(|node| node.name() == "s" || node.variable() == Some("s"))
        .map(|node| node.value().as_scalar().unwrap())
        .collect();
    assert_eq!(s_values, [1.0, 3.0, 7.0]);
    assert_eq!(
        graph
            .nodes()
            .filter(|node| node.operation() == Some("*"))
            .count(),
        3
    );
    // The latest `s` is the result, which answers to the function's name as well.
    assert_eq!(graph.value("s"), Some(7.0));
    assert_eq!(graph.value("f"), Some(7.0));
    assert_eq!(graph.result().unwrap().variable(), Some("s"));
    assert_eq!(graph.adjoint("x"), Some(5.0));
    assert_eq!(graph.path_sum("x", "f"), 5.0);
    assert_eq!(graph.paths("x", "f").count(), 3); // one through each multiplication
    let recorded: Vec<Option<f64>> = graph
        .nodes()
        .map(|node| node.adjoint().and_then(|adjoint| adjoint.as_scalar()))
        .collect();
    for (accumulated, recorded) in graph.reverse_accumulation().iter().zip(&recorded) {
        if recorded.is_some() {
            assert_eq!(accumulated, recorded);
        }
    }
}

#[test]
fn a_loop_matches_finite_differences() {
    for (x, n) in [(0.3, 5), (-1.7, 8), (1.1, 12)] {
        let mut graph = Graph::new("f");
        polynomial_loop(x, n, &mut graph);
        let f = |x: f64| (0..n).fold(0.0, |s, _| s * x + 1.0);
        let h = 1e-6;
        let numerical = (f(x + h) - f(x - h)) / (2.0 * h);
        assert_relative_eq!(graph.path_sum("x", "f"), numerical, max_relative = 1e-6);
        assert_relative_eq!(graph.adjoint("x").unwrap(), numerical, max_relative = 1e-6);
    }
}

#[test]
fn past_the_budget_nodes_are_counted_not_kept() {
    let mut graph = Graph::with_budget("f", 10);
    polynomial_loop(0.5, 50, &mut graph);
    // x, s₀ = 0, then 3 nodes an iteration (s·x, 1, s): 10 fit, and the result is kept besides.
    assert_eq!(graph.nodes().count(), 11);
    assert_eq!(graph.omitted_nodes(), 2 + 3 * 50 - 10 - 1);
    // 4 edges an iteration, of which those into the first 10 nodes are kept.
    assert_eq!(graph.omitted_edges(), 4 * 50 - 10);
    let result = graph.result().expect("the result is kept past the budget");
    assert_eq!(result.name(), "f");
    let expected = (0..50).fold(0.0, |s, _| s * 0.5 + 1.0);
    assert_eq!(graph.value("f"), Some(expected));
    assert_eq!(graph.adjoint("f"), Some(1.0));
    let note = graph.omission_note().expect("nodes were left out");
    assert!(note.starts_with("141 more nodes (and 190 edges) were evaluated but not recorded"));
    assert!(note.contains("the budget is 10 nodes"));
    assert!(graph.to_string().contains(&note));
    // x's paths to the result pass through nodes left out: the sum is unknown, not wrong.
    assert!(graph.path_sum("x", "f").is_nan());
    let x = graph.find("x").unwrap().id().index().unwrap();
    assert_eq!(graph.reverse_accumulation()[x], None);
    // The adjoint the sweep recorded is still the true one.
    let numerical = {
        let f = |x: f64| (0..50).fold(0.0, |s, _| s * x + 1.0);
        (f(0.5 + 1e-6) - f(0.5 - 1e-6)) / 2e-6
    };
    assert_relative_eq!(graph.adjoint("x").unwrap(), numerical, max_relative = 1e-6);
    // The drawings say it too.
    assert!(graph.to_dot().contains("141 more nodes"));
    let svg = graph.to_svg();
    assert!(svg.contains("141 more nodes not recorded"));
    assert!(svg.contains("the budget is 10 nodes"));
}

#[test]
fn the_default_budget_is_settable() {
    assert_eq!(
        Graph::new("f").budget(),
        grad_runtime::graph::DEFAULT_BUDGET
    );
    grad_runtime::graph::set_default_budget(7);
    let mut graph = Graph::new("f");
    grad_runtime::graph::set_default_budget(grad_runtime::graph::DEFAULT_BUDGET);
    polynomial_loop(2.0, 3, &mut graph);
    assert_eq!(graph.budget(), 7);
    assert_eq!(graph.omitted_nodes(), 2 + 3 * 3 - 7 - 1);
    assert_eq!(graph.value("f"), Some(7.0));
}

/// The parameters and data of a two-layer network: `x` (N×D), `w1` (D×H), `b1`, `w2` (H×C),
/// `b2`, labels.
struct Mlp {
    x: Array2<f64>,
    w1: Array2<f64>,
    b1: Array1<f64>,
    w2: Array2<f64>,
    b2: Array1<f64>,
    labels: Vec<usize>,
}

fn mlp() -> Mlp {
    let (n, d, h, c) = (16, 8, 10, 4);
    let wave = |i: usize, scale: f64| ((i as f64) * 0.7).sin() * scale;
    Mlp {
        x: Array2::from_shape_fn((n, d), |(i, j)| wave(i * d + j, 1.0)),
        w1: Array2::from_shape_fn((d, h), |(i, j)| wave(i * h + j + 3, 0.3)),
        b1: Array1::from_shape_fn(h, |i| wave(i + 5, 0.1)),
        w2: Array2::from_shape_fn((h, c), |(i, j)| wave(i * c + j + 7, 0.3)),
        b2: Array1::from_shape_fn(c, |i| wave(i + 11, 0.1)),
        labels: (0..n).map(|i| i % c).collect(),
    }
}

/// `mlp_loss(x, w1, b1, w2, b2, labels, reg)`:
///
/// ```text
/// let hidden = relu(&affine(&x, &w1, &b1));
/// let scores = affine(&hidden, &w2, &b2);
/// let penalty = (&w1 * &w1).sum() + (&w2 * &w2).sum();
/// softmax_cross_entropy(&scores, labels) + 0.5 * reg * penalty
/// ```
///
/// recorded as `mlp_loss_graph` would, with the adjoints of the reverse sweep.
fn mlp_graph(p: &Mlp, reg: f64) -> Graph {
    let mut g = Graph::new("mlp_loss");
    let x_n = g.parameter("x", &p.x);
    let w1_n = g.parameter("w1", &p.w1);
    let b1_n = g.parameter("b1", &p.b1);
    let w2_n = g.parameter("w2", &p.w2);
    let b2_n = g.parameter("b2", &p.b2);
    let labels_n = g.parameter("labels", &p.labels);
    let reg_n = g.parameter("reg", &reg);

    let (h1, h1_pb) = affine_vjp(&p.x, &p.w1, &p.b1);
    let h1_n = g.operation(
        None,
        "affine",
        &[x_n, w1_n, b1_n],
        &h1,
        LocalPartials::none(),
    );
    let (hidden, hidden_pb) = relu_vjp(&h1);
    let hidden_n = g.operation(
        Some("hidden"),
        "relu",
        &[h1_n],
        &hidden,
        LocalPartials::none(),
    );
    let (scores, scores_pb) = affine_vjp(&hidden, &p.w2, &p.b2);
    let scores_n = g.operation(
        Some("scores"),
        "affine",
        &[hidden_n, w2_n, b2_n],
        &scores,
        LocalPartials::none(),
    );
    let (sq1, sq1_pb) = MulVjp::mul_vjp(&p.w1, &p.w1);
    let sq1_n = g.operation(None, "*", &[w1_n, w1_n], &sq1, LocalPartials::none());
    let (sum1, sum1_pb) = sq1.sum_vjp();
    let sum1_n = g.operation(
        None,
        "sum",
        &[sq1_n],
        &sum1,
        local_partials(|| sq1.sum_vjp()),
    );
    let (sq2, sq2_pb) = MulVjp::mul_vjp(&p.w2, &p.w2);
    let sq2_n = g.operation(None, "*", &[w2_n, w2_n], &sq2, LocalPartials::none());
    let (sum2, sum2_pb) = sq2.sum_vjp();
    let sum2_n = g.operation(
        None,
        "sum",
        &[sq2_n],
        &sum2,
        local_partials(|| sq2.sum_vjp()),
    );
    let (penalty, penalty_pb) = AddVjp::add_vjp(&sum1, &sum2);
    let penalty_n = g.operation(
        Some("penalty"),
        "+",
        &[sum1_n, sum2_n],
        &penalty,
        local_partials(|| AddVjp::add_vjp(&sum1, &sum2)),
    );
    let (data, data_pb) = softmax_cross_entropy_vjp(&scores, &p.labels);
    let data_n = g.operation(
        None,
        "softmax_cross_entropy",
        &[scores_n, labels_n],
        &data,
        local_partials(|| softmax_cross_entropy_vjp(&scores, &p.labels)),
    );
    let half_n = g.constant(&0.5);
    let (half_reg, half_reg_pb) = MulVjp::mul_vjp(&0.5, &reg);
    let half_reg_n = g.operation(
        None,
        "*",
        &[half_n, reg_n],
        &half_reg,
        local_partials(|| MulVjp::mul_vjp(&0.5, &reg)),
    );
    let (weighted, weighted_pb) = MulVjp::mul_vjp(&half_reg, &penalty);
    let weighted_n = g.operation(
        None,
        "*",
        &[half_reg_n, penalty_n],
        &weighted,
        local_partials(|| MulVjp::mul_vjp(&half_reg, &penalty)),
    );
    let (loss, loss_pb) = AddVjp::add_vjp(&data, &weighted);
    let loss_n = g.operation(
        None,
        "+",
        &[data_n, weighted_n],
        &loss,
        local_partials(|| AddVjp::add_vjp(&data, &weighted)),
    );
    g.set_result(loss_n);

    g.set_adjoint(loss_n, &1.0);
    let (data_cot, weighted_cot) = loss_pb(1.0);
    g.set_adjoint(weighted_n, &weighted_cot);
    let (half_reg_cot, penalty_cot) = weighted_pb(weighted_cot);
    g.set_adjoint(half_reg_n, &half_reg_cot);
    let (_, reg_cot) = half_reg_pb(half_reg_cot);
    g.set_adjoint(reg_n, &reg_cot);
    g.set_adjoint(data_n, &data_cot);
    let (scores_cot, ()) = data_pb(data_cot);
    g.set_adjoint(penalty_n, &penalty_cot);
    let (sum1_cot, sum2_cot) = penalty_pb(penalty_cot);
    g.set_adjoint(sum2_n, &sum2_cot);
    let (sq2_cot,) = sum2_pb(sum2_cot);
    g.set_adjoint(sq2_n, &sq2_cot);
    let (w2_a, w2_b) = sq2_pb(sq2_cot);
    g.set_adjoint(sum1_n, &sum1_cot);
    let (sq1_cot,) = sum1_pb(sum1_cot);
    g.set_adjoint(sq1_n, &sq1_cot);
    let (w1_a, w1_b) = sq1_pb(sq1_cot);
    g.set_adjoint(scores_n, &scores_cot);
    let (hidden_cot, w2_c, b2_cot) = scores_pb(scores_cot);
    g.set_adjoint(b2_n, &b2_cot);
    g.set_adjoint(w2_n, &(w2_a + w2_b + w2_c));
    g.set_adjoint(hidden_n, &hidden_cot);
    let (h1_cot,) = hidden_pb(hidden_cot);
    g.set_adjoint(h1_n, &h1_cot);
    let (_, w1_c, b1_cot) = h1_pb(h1_cot);
    g.set_adjoint(b1_n, &b1_cot);
    g.set_adjoint(w1_n, &(w1_a + w1_b + w1_c));
    g
}

#[test]
fn array_nodes_keep_their_shapes_and_scalar_edges_their_numbers() {
    let p = mlp();
    let graph = mlp_graph(&p, 0.1);
    let shape = |name: &str| graph.find(name).unwrap().shape().map(<[usize]>::to_vec);
    assert_eq!(shape("x"), Some(vec![16, 8]));
    assert_eq!(shape("w1"), Some(vec![8, 10]));
    assert_eq!(shape("labels"), Some(vec![16]));
    assert_eq!(shape("hidden"), Some(vec![16, 10]));
    assert_eq!(shape("scores"), Some(vec![16, 4]));
    assert_eq!(shape("mlp_loss"), Some(vec![]));
    // The adjoint of an array node is an array of its shape.
    let w1_adjoint = graph.find("w1").unwrap().adjoint().unwrap();
    assert_eq!(w1_adjoint.shape(), Some(&[8, 10][..]));
    // Array operations have edges without numbers; the labels are not differentiated.
    let scores = graph.find("scores").unwrap().id();
    let into_scores: Vec<Derivative> = graph
        .edges()
        .filter(|edge| edge.to() == scores)
        .map(|edge| edge.derivative())
        .collect();
    assert_eq!(into_scores, [Derivative::NotScalar; 3]);
    let labels = graph.find("labels").unwrap().id();
    let from_labels = graph.edges().find(|edge| edge.from() == labels).unwrap();
    assert_eq!(from_labels.derivative(), Derivative::NotDifferentiated);
    // The scalar tail has numbers: ∂loss/∂reg = 0.5 · penalty.
    let penalty = graph.value("penalty").unwrap();
    assert_eq!(graph.adjoint("reg"), Some(0.5 * penalty));
    assert_eq!(graph.path_sum("reg", "mlp_loss"), 0.5 * penalty);
    assert_eq!(graph.path_sum("penalty", "mlp_loss"), 0.05);
    // Through the arrays the sum is not a number, and says so.
    assert!(graph.path_sum("w1", "mlp_loss").is_nan());
    let expected_penalty = p.w1.mapv(|w| w * w).sum() + p.w2.mapv(|w| w * w).sum();
    assert_relative_eq!(penalty, expected_penalty, max_relative = 1e-12);
}

#[test]
fn array_edges_are_labelled_with_the_operation_and_shapes() {
    let graph = mlp_graph(&mlp(), 0.1);
    let dot = graph.to_dot();
    assert!(dot.contains("label=\"affine 16×8 → 16×10\""), "{dot}");
    assert!(dot.contains("label=\"relu 16×10\""), "{dot}");
    assert!(dot.contains("label=\"sum 8×10 → scalar\""), "{dot}");
    // A long operation's name is left to the headline of the node the edge leads to.
    assert!(dot.contains("label=\"16×4 → scalar\""), "{dot}");
    let reg_adjoint = format_number(0.5 * graph.value("penalty").unwrap());
    assert!(
        dot.contains(&format!("∂mlp_loss/∂reg = {reg_adjoint}")),
        "{dot}"
    );
    assert!(dot.contains("16×8 mean"), "{dot}");
}

/// `(id, label)` of node statements, `(from, to)` of edge statements.
type Pairs = Vec<(String, String)>;

/// The DOT statements of a graph read back by graphviz-rust's parser: node ids with their
/// labels, and edges as (from, to).
fn parse_dot(dot: &str) -> (Pairs, Pairs) {
    use graphviz_rust::dot_structures::{Attribute, Edge, EdgeTy, Graph as Dot, Id, Stmt, Vertex};
    let id = |id: &Id| match id {
        Id::Html(s) | Id::Escaped(s) | Id::Plain(s) => s.clone(),
        Id::Anonymous(s) => s.clone(),
    };
    let Dot::DiGraph { stmts, .. } = graphviz_rust::parse(dot).expect("the DOT parses") else {
        panic!("a directed graph");
    };
    let (mut nodes, mut edges) = (Vec::new(), Vec::new());
    for stmt in &stmts {
        match stmt {
            Stmt::Node(node) => {
                let label = node
                    .attributes
                    .iter()
                    .find_map(|Attribute(key, value)| (id(key) == "label").then(|| id(value)));
                nodes.push((id(&node.id.0), label.unwrap_or_default()));
            }
            Stmt::Edge(Edge {
                ty: EdgeTy::Pair(Vertex::N(from), Vertex::N(to)),
                ..
            }) => {
                edges.push((id(&from.0), id(&to.0)));
            }
            _ => {}
        }
    }
    (nodes, edges)
}

#[test]
fn dot_is_read_back_by_a_dot_parser() {
    let graph = seed_example(2.0, 1.0);
    let (nodes, edges) = parse_dot(&graph.to_dot());
    let labels: Vec<&str> = nodes.iter().map(|(_, label)| label.as_str()).collect();
    assert_eq!(
        labels,
        [
            "\"a\\n= 2\\n∂e/∂a = 2\"",
            "\"b\\n= 1\\n∂e/∂b = 5\"",
            "\"c = a + b\\n= 3\\n∂e/∂c = 2\"",
            "\"1\"",
            "\"d = b + 1\\n= 2\\n∂e/∂d = 3\"",
            "\"e = c * d\\n= 6\\n∂e/∂e = 1\"",
        ]
    );
    let expected = [
        ("n0", "n2"),
        ("n1", "n2"),
        ("n1", "n4"),
        ("n3", "n4"),
        ("n2", "n5"),
        ("n4", "n5"),
    ];
    let expected: Vec<(String, String)> = expected
        .iter()
        .map(|&(from, to)| (from.into(), to.into()))
        .collect();
    assert_eq!(edges, expected);

    let budgeted = {
        let mut graph = Graph::with_budget("f", 10);
        polynomial_loop(0.5, 50, &mut graph);
        graph
    };
    let (nodes, edges) = parse_dot(&budgeted.to_dot());
    assert_eq!(nodes.len(), 11 + 1); // and the box of the nodes left out
    assert!(edges.contains(&("omitted".into(), "n10".into())));
    let mlp = mlp_graph(&mlp(), 0.1);
    let (nodes, edges) = parse_dot(&mlp.to_dot());
    assert_eq!(
        (nodes.len(), edges.len()),
        (mlp.nodes().count(), mlp.edges().count())
    );
}

/// The SVG read back by roxmltree: for each `<g class="node ..">`, its id and the lines of its
/// one label; and the edge labels.
fn parse_svg(svg: &str) -> (Vec<(String, Vec<String>)>, Vec<String>) {
    let document = roxmltree::Document::parse(svg).expect("the SVG is well-formed XML");
    let root = document.root_element();
    assert_eq!(root.tag_name().name(), "svg");
    assert_eq!(
        root.tag_name().namespace(),
        Some("http://www.w3.org/2000/svg")
    );
    let class =
        |node: &roxmltree::Node<'_, '_>| node.attribute("class").unwrap_or_default().to_owned();
    let mut nodes = Vec::new();
    for group in root.descendants().filter(|n| class(n).starts_with("node ")) {
        let texts: Vec<_> = group
            .children()
            .filter(|n| n.has_tag_name("text"))
            .collect();
        assert_eq!(texts.len(), 1, "one label per node");
        let lines = texts[0]
            .children()
            .filter(|n| n.has_tag_name("tspan"))
            .map(|tspan| tspan.text().unwrap_or_default().trim().to_owned())
            .collect();
        nodes.push((group.attribute("id").unwrap_or_default().to_owned(), lines));
    }
    let partials = root
        .descendants()
        .filter(|n| n.has_tag_name("text") && class(n) == "partial")
        .map(|n| n.text().unwrap_or_default().trim().to_owned())
        .collect();
    (nodes, partials)
}

#[test]
fn svg_is_well_formed_with_one_label_per_node() {
    let graph = seed_example(2.0, 1.0);
    let (nodes, partials) = parse_svg(&graph.to_svg());
    let expected = [
        ("n0", vec!["a", "= 2", "∂e/∂a = 2"]),
        ("n1", vec!["b", "= 1", "∂e/∂b = 5"]),
        ("n2", vec!["c = a + b", "= 3", "∂e/∂c = 2"]),
        ("n3", vec!["1"]),
        ("n4", vec!["d = b + 1", "= 2", "∂e/∂d = 3"]),
        ("n5", vec!["e = c * d", "= 6", "∂e/∂e = 1"]),
    ];
    let expected: Vec<(String, Vec<String>)> = expected
        .iter()
        .map(|(id, lines)| {
            (
                id.to_string(),
                lines.iter().map(|l| l.to_string()).collect(),
            )
        })
        .collect();
    assert_eq!(nodes, expected);
    let mut partials = partials;
    partials.sort();
    assert_eq!(
        partials,
        [
            "∂c/∂a = 1",
            "∂c/∂b = 1",
            "∂d/∂1 = 1",
            "∂d/∂b = 1",
            "∂e/∂c = 2",
            "∂e/∂d = 3"
        ]
    );

    let mlp = mlp_graph(&mlp(), 0.1);
    let (nodes, _) = parse_svg(&mlp.to_svg());
    assert_eq!(nodes.len(), mlp.nodes().count());
    let hidden = &nodes[graph_index(&mlp, "hidden")].1;
    assert_eq!(hidden[0], "hidden = relu(affine(x, w1, b1))");
    assert!(hidden[1].starts_with("16×10 mean"), "{hidden:?}");
    let Some(Value::Array(adjoint)) = mlp.find("hidden").unwrap().adjoint() else {
        panic!("hidden's adjoint is an array");
    };
    let norm = format_number(adjoint.norm);
    assert_eq!(hidden[2], format!("‖∂mlp_loss/∂hidden‖ = {norm}"));
}

fn graph_index(graph: &Graph, name: &str) -> usize {
    graph.find(name).unwrap().id().index().unwrap()
}

#[test]
fn each_figure_shows_its_numbers() {
    let graph = seed_example(2.0, 1.0);
    let headlines_only = |show| {
        let (nodes, partials) = parse_svg(&graph.to_svg_with(show));
        (
            nodes
                .into_iter()
                .map(|(_, lines)| lines)
                .collect::<Vec<_>>(),
            partials,
        )
    };
    let (nodes, partials) = headlines_only(Show::STRUCTURE);
    assert!(nodes.iter().all(|lines| lines.len() == 1));
    assert!(partials.is_empty());
    let (nodes, partials) = headlines_only(Show::VALUES);
    assert_eq!(nodes[5], ["e = c * d", "= 6"]);
    assert!(partials.is_empty());
    let (nodes, partials) = headlines_only(Show::PARTIALS);
    assert_eq!(nodes[5], ["e = c * d"]);
    assert_eq!(partials.len(), 6);
    let (nodes, partials) = headlines_only(Show::ADJOINTS);
    assert_eq!(nodes[1], ["b", "∂e/∂b = 5"]);
    assert_eq!(partials.len(), 6);
}

#[test]
fn a_returned_parameter_gets_a_result_node() {
    let mut graph = Graph::new("id");
    let x = graph.parameter("x", &4.0);
    graph.set_result(x);
    graph.set_adjoint(graph.result().unwrap().id(), &1.0);
    graph.set_adjoint(x, &1.0);
    assert_eq!(graph.find("x").unwrap().kind(), NodeKind::Parameter);
    assert_eq!(graph.value("id"), Some(4.0));
    assert_eq!(graph.path_sum("x", "id"), 1.0);
    assert_eq!(graph.reverse_accumulation(), [Some(1.0), Some(1.0)]);
}

#[test]
fn setting_the_result_again_moves_it() {
    let mut graph = Graph::new("f");
    let x = graph.parameter("x", &1.0);
    let (y, _) = AddVjp::add_vjp(&1.0_f64, &1.0);
    let y_node = graph.operation(
        Some("y"),
        "+",
        &[x, x],
        &y,
        local_partials(|| AddVjp::add_vjp(&1.0_f64, &1.0)),
    );
    let z_node = graph.operation(None, "exp", &[y_node], &y.exp(), Default::default());
    graph.set_result(y_node);
    assert_eq!(graph.find("f").unwrap().variable(), Some("y"));
    graph.set_result(z_node);
    assert_eq!(graph.find("y").unwrap().kind(), NodeKind::Variable);
    assert_eq!(graph.find("f").unwrap().operation(), Some("exp"));
    // x + x: two edges, each with partial 1.
    assert_eq!(graph.path_sum("x", "y"), 2.0);
}

#[test]
#[should_panic(expected = "the graph of `e` has no node called `z`")]
fn path_sum_names_a_missing_node() {
    seed_example(2.0, 1.0).path_sum("z", "e");
}

#[test]
fn an_empty_graph_draws() {
    let graph = Graph::new("nothing");
    let (nodes, partials) = parse_svg(&graph.to_svg());
    assert!(nodes.is_empty() && partials.is_empty());
    parse_dot(&graph.to_dot());
    assert_eq!(graph.reverse_accumulation(), Vec::<Option<f64>>::new());
}

#[test]
fn scalar_arrays_keep_their_values() {
    let mut graph = Graph::new("f");
    let v = graph.parameter("v", &array![1.0, -2.0]);
    assert_eq!(graph.node(v).unwrap().value().to_string(), "[1, -2]");
}

/// `y = 2x` recorded by code generic over the float type, as `f_graph` is for a generic `f`: the
/// recording traits hold for any `A: Scalar`.
fn twice<A: grad_runtime::Scalar>(x: A) -> Graph {
    let mut graph = Graph::new("twice");
    let x_node = graph.parameter("x", &x);
    let two = A::one() + A::one();
    let two_node = graph.constant(&two);
    let y = two * x;
    let twice_pullback = move |c: A| (c * x, c * two);
    let partials = local_partials(|| (y, twice_pullback));
    let y_node = graph.operation(None, "*", &[two_node, x_node], &y, partials);
    graph.set_result(y_node);
    graph
}

#[test]
fn generic_code_records_f32_and_f64() {
    for graph in [twice(1.5_f32), twice(1.5_f64)] {
        assert_eq!(graph.value("twice"), Some(3.0));
        assert_eq!(graph.path_sum("x", "twice"), 2.0);
        assert_eq!(graph.path_sum("2", "twice"), 1.5);
    }
}

#[test]
fn values_of_any_type_can_be_recorded() {
    struct Config {
        rate: f64,
    }
    let config = Config { rate: 0.5 };
    let mask = array![[true, false], [true, true]];
    let mut graph = Graph::new("f");
    let config_node = graph.parameter("config", &node_value!(config));
    let rate_node = graph.parameter("rate", &node_value!(config.rate));
    let mask_node = graph.parameter("mask", &mask);
    let shown = |id| graph.node(id).unwrap().value().to_string();
    assert_eq!(shown(config_node), "Config");
    assert_eq!(shown(rate_node), "0.5");
    assert_eq!(shown(mask_node), "2×2 [1, 0, 1, 1]");
    // In generic code the bounds in scope decide: a `Scalar` is a number.
    fn generic<A: grad_runtime::Scalar>(x: A) -> Value {
        node_value!(x)
    }
    assert_eq!(generic(0.25_f32), Value::Scalar(0.25));
}

#[test]
fn far_uses_get_a_second_appearance_of_their_source() {
    let mut graph = Graph::new("f");
    polynomial_loop(2.0, 4, &mut graph);
    let svg = graph.to_svg();
    let document = roxmltree::Document::parse(&svg).expect("the SVG is well-formed XML");
    let proxies: Vec<String> = document
        .descendants()
        .filter(|n| {
            n.attribute("class")
                .is_some_and(|c| c.starts_with("proxy "))
        })
        .map(|group| {
            let tspans = group.descendants().filter(|n| n.has_tag_name("tspan"));
            tspans.filter_map(|n| n.text()).collect::<String>()
        })
        .collect();
    // x feeds the multiplication of every iteration; the first is next to it, the others (two
    // ranks up and more) draw it again beside them.
    assert_eq!(proxies.len(), 3, "{proxies:?}");
    assert!(proxies.iter().all(|text| text.trim() == "x"), "{proxies:?}");
    let (nodes, _) = parse_svg(&svg);
    assert_eq!(nodes.len(), graph.nodes().count());
}

/// A long loop drawn in full: with its far edges drawn from second appearances, layout-rs lays it
/// out in about linear time (80 ms in release for the 300 nodes of the default budget; this test
/// keeps to 120, as layout-rs is a hundred times slower unoptimised).
#[test]
fn a_long_loop_draws() {
    let mut graph = Graph::with_budget("f", 120);
    polynomial_loop(0.9, 60, &mut graph);
    assert_eq!(graph.nodes().count(), 121);
    let (nodes, partials) = parse_svg(&graph.to_svg());
    assert_eq!(nodes.len(), graph.nodes().count());
    assert_eq!(partials.len(), graph.edges().count());
}

#[test]
fn pullbacks_give_partials_only_for_scalar_results_with_number_cotangents() {
    use grad_runtime::graph::pull_with_partials;
    struct LayerCotangent;
    let pullback = |c: f64| (LayerCotangent, c);
    let ((_, b), partials) = pull_with_partials!(pullback, 0.5);
    assert!(partials.is_empty());
    assert_eq!(b, 0.5);
    // y = 3a + b pulled back with 0.5: the cotangents are the partials times 0.5
    let ((a, b), partials) = pull_with_partials!(|c: f64| (3.0 * c, c), 0.5);
    assert_eq!((a, b), (1.5, 0.5));
    assert_eq!(partials.get(0), Derivative::Scalar(3.0));
    assert_eq!(partials.get(1), Derivative::Scalar(1.0));
    // a scalar result of an array, y = Σ x: its cotangent is scaled, its partial is not a number
    let ((x,), partials) = pull_with_partials!(|c: f64| (array![c, c],), 2.0);
    assert_eq!(x, array![2.0, 2.0]);
    assert_eq!(partials.get(0), Derivative::NotScalar);
}
