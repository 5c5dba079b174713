//! Differential tests (issue #13): a few hundred random differentiable programs, each compared
//! with central finite differences.
//!
//! The programs are in `differential/programs.rs`, written by `tools/differential-gen` from a
//! seed (its header has the command that writes it again). They use what the README's "What
//! works today" lists: straight-line float code with every operator and float method,
//! branches on constants and on comparisons of values, `match`, blocks, `for` loops of every
//! documented kind, `while` and `loop` with accumulation, local buffers written in loops and
//! read back, early returns, calls between the generated functions, and ndarray arrays with
//! broadcasting, reductions, `dot` and elementwise methods. The generator keeps every program
//! inside its functions' domains and a margin away from every kink and tie at the test points,
//! and keeps only programs whose central differences are stable there, so a mismatch is the
//! macro's.
//!
//! Each test checks, at each of its function's points:
//!
//! - the value `f_grad` returns is `f`'s within [`VALUE_TOL`] (bit for bit unless a rule
//!   computes it another way: a rule's `sum` of a transposed view adds in another order than
//!   ndarray's);
//! - each component of the gradient matches the central difference of `f`
//!   (`grad::check::numerical_gradient`, step `DEFAULT_STEP`) within [`TOL`] relative to
//!   `max(|a| + |n|, FLOOR)`: relative for gradients, absolute below [`FLOOR`];
//! - `f_vjp`'s value is `f`'s and its pullback of a cotangent `c` is `c` times the gradient,
//!   within [`PULLBACK_TOL`].
//!
//! A longer run draws more programs from another seed into the same file, runs them, and puts
//! the checked-in file back (a few minutes for a thousand programs):
//!
//! ```text
//! cargo run -p differential-gen -- --seed 14 --helpers 40 --scalar 600 --array 400 \
//!     --out tests/differential/programs.rs
//! cargo test --test differential
//! git checkout tests/differential/programs.rs
//! ```
//!
//! A program that exposes a bug of the macro stays, listed in `differential/known-bugs.txt`
//! with the bug: its test is ignored with the reason (`cargo test --test differential --
//! --ignored` runs them), or, if it does not compile, it and its test are compiled only with
//! `RUSTFLAGS="--cfg grad_macro_bug" cargo test --test differential`. The generator is not
//! changed to avoid them.

use grad::check::{DEFAULT_STEP, numerical_gradient};
use grad::graph::{Derivative, Graph, NodeKind, Value};
use grad::runtime::ndarray::{Array1, Array2};

/// The largest error of a gradient component against its central difference, relative to
/// `max(|a| + |n|, FLOOR)`.
pub const TOL: f64 = 1e-6;

/// Below this size gradients are compared absolutely: there, the rounding of the central
/// difference (about `1e-16 |f| / h`, with values up to 100) is not small relative to them.
pub const FLOOR: f64 = 0.1;

/// The largest error of a pullback of `c` against `c` times the gradient (the two reverse sweeps
/// differ only by rounding).
pub const PULLBACK_TOL: f64 = 1e-11;

/// The largest relative error of the value `f_grad` and `f_vjp` return against `f`'s: a few
/// roundings.
pub const VALUE_TOL: f64 = 1e-13;

/// The cotangent the pullbacks are given: not 1, so that a pullback ignoring it is caught.
pub const COTANGENT: f64 = 0.75;

/// Gradients of any parameter type, as one flat list of numbers (row-major for arrays).
pub trait Flatten {
    /// Appends the numbers to `out`.
    fn flatten_into(&self, out: &mut Vec<f64>);
}

impl Flatten for f64 {
    fn flatten_into(&self, out: &mut Vec<f64>) {
        out.push(*self);
    }
}

impl Flatten for Vec<f64> {
    fn flatten_into(&self, out: &mut Vec<f64>) {
        out.extend(self);
    }
}

impl<D: grad::runtime::ndarray::Dimension> Flatten for grad::runtime::ndarray::Array<f64, D> {
    fn flatten_into(&self, out: &mut Vec<f64>) {
        out.extend(self.iter());
    }
}

/// The gradients, flattened one after the other.
macro_rules! flat {
    ($($gradient:expr),* $(,)?) => {{
        let mut out = Vec::new();
        $( $crate::Flatten::flatten_into(&$gradient, &mut out); )*
        out
    }};
}

/// The test points of a function, `[[x, y, ..], ..]`, as an array of arrays.
macro_rules! points {
    ($([$($value:expr),* $(,)?]),* $(,)?) => {
        [$([$($value),*]),*]
    };
}

/// A 1-D array of `values`.
pub fn arr1(values: &[f64]) -> Array1<f64> {
    Array1::from(values.to_vec())
}

/// A `rows` x `cols` array of row-major `values`.
pub fn arr2(values: &[f64], rows: usize, cols: usize) -> Array2<f64> {
    Array2::from_shape_vec((rows, cols), values.to_vec()).expect("rows * cols values")
}

/// The error of `a` against `b`, relative to `max(|a| + |b|, floor)`.
fn error(a: f64, b: f64, floor: f64) -> f64 {
    (a - b).abs() / (a.abs() + b.abs()).max(floor)
}

/// Whether `error` is at most `tolerance` (a NaN error never is).
fn within(error: f64, tolerance: f64) -> bool {
    error <= tolerance
}

/// Checks a generated function at each of `points` (its float arguments, flattened): `f` the
/// function, `grad` its `f_grad` and `vjp` its `f_vjp` with the pullback applied to a
/// cotangent, both with their gradients flattened, and `graph` its `f_graph` with the names of
/// the differentiated parameters in the gradient's order. Panics with every mismatch found.
#[track_caller]
pub fn check<const N: usize>(
    points: &[[f64; N]],
    f: impl Fn(&[f64]) -> f64,
    grad: impl Fn(&[f64]) -> (f64, Vec<f64>),
    vjp: impl Fn(&[f64], f64) -> (f64, Vec<f64>),
    (graph, names): (impl Fn(&[f64]) -> Graph, &[&str]),
) {
    let mut mismatches = Vec::new();
    for point in points {
        let (_, gradient) = grad(point);
        check_graph(&graph(point), names, &gradient, point, &mut mismatches);
        let value = f(point);
        let (grad_value, gradient) = grad(point);
        if !within(error(grad_value, value, f64::MIN_POSITIVE), VALUE_TOL) {
            mismatches.push(format!(
                "at {point:?}: f_grad's value {grad_value:e}, f's {value:e}"
            ));
        }
        let numerical = numerical_gradient(|x: &Vec<f64>| f(x), &point.to_vec(), DEFAULT_STEP);
        assert_eq!(gradient.len(), N, "the gradient has a number per argument");
        for (k, (&a, &n)) in gradient.iter().zip(&numerical).enumerate() {
            let e = error(a, n, FLOOR);
            if !within(e, TOL) {
                mismatches.push(format!(
                    "at {point:?}, argument {k}: gradient {a:e}, central difference {n:e} (error {e:.1e})"
                ));
            }
        }
        let (vjp_value, pulled) = vjp(point, COTANGENT);
        if !within(error(vjp_value, value, f64::MIN_POSITIVE), VALUE_TOL) {
            mismatches.push(format!(
                "at {point:?}: f_vjp's value {vjp_value:e}, f's {value:e}"
            ));
        }
        for (k, (&p, &g)) in pulled.iter().zip(&gradient).enumerate() {
            if !within(error(p, COTANGENT * g, FLOOR), PULLBACK_TOL) {
                mismatches.push(format!(
                    "at {point:?}, argument {k}: pullback of {COTANGENT} {p:e}, {COTANGENT} times the gradient {:e}",
                    COTANGENT * g
                ));
            }
        }
    }
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
}

/// Checks `f_graph`'s record against the gradient: each differentiated parameter's adjoint in
/// the graph is the gradient (a number for a float, the mean and norm of the elements for an
/// array; none where the gradient is zero because the parameter is never read), and for a graph
/// whose edges all carry numbers, the sum over paths of the products of the partials is too.
fn check_graph(
    graph: &Graph,
    names: &[&str],
    gradient: &[f64],
    point: &[f64],
    mismatches: &mut Vec<String>,
) {
    let value = graph.result().map(|node| node.value().clone());
    let mut rest = gradient;
    let scalar_edges = graph
        .edges()
        .all(|edge| edge.derivative() != Derivative::NotScalar);
    for name in names {
        let Some(node) = graph
            .nodes()
            .find(|node| node.kind() == NodeKind::Parameter && node.name() == *name)
        else {
            mismatches.push(format!("at {point:?}: the graph has no parameter {name}"));
            return;
        };
        let len = node.shape().map_or(1, |shape| shape.iter().product());
        let (own, others) = rest.split_at(len.min(rest.len()));
        rest = others;
        let close = |a: f64, b: f64| within(error(a, b, FLOOR), PULLBACK_TOL);
        let agrees = match node.adjoint() {
            None => own.iter().all(|g| *g == 0.0),
            Some(Value::Scalar(a)) => own.len() == 1 && close(*a, own[0]),
            Some(Value::Array(summary)) => {
                let mean = own.iter().sum::<f64>() / own.len() as f64;
                let norm = own.iter().map(|g| g * g).sum::<f64>().sqrt();
                close(summary.mean, mean) && close(summary.norm, norm)
            }
            Some(other) => {
                mismatches.push(format!("at {point:?}: {name}'s adjoint is {other}"));
                continue;
            }
        };
        if !agrees {
            mismatches.push(format!(
                "at {point:?}: the graph's adjoint of {name} is {:?}, the gradient {own:?}",
                node.adjoint()
            ));
        }
        if let (true, Some(Value::Scalar(_)), [g]) = (scalar_edges, &value, own) {
            let sum = graph.path_sum(name, graph.name());
            if !close(sum, *g) {
                mismatches.push(format!(
                    "at {point:?}: the path sum from {name} is {sum:e}, the gradient {g:e}"
                ));
            }
        }
    }
}

#[rustfmt::skip] // Formatted by the generator (prettyplease).
#[path = "differential/programs.rs"]
mod programs;

/// The harness itself: a wrong gradient, a wrong value, a pullback that ignores its cotangent
/// and a graph of another function are each caught.
mod harness {
    use super::check;
    use grad::graph::Graph;

    fn square(p: &[f64]) -> f64 {
        p[0] * p[0] + p[1].sin()
    }

    #[grad::differentiate]
    fn square_of(x: f64, y: f64) -> f64 {
        x * x + y.sin()
    }

    #[grad::differentiate]
    fn cube_of(x: f64, y: f64) -> f64 {
        x * x * x + y.sin()
    }

    fn right(p: &[f64]) -> (f64, Vec<f64>) {
        (square(p), vec![2.0 * p[0], p[1].cos()])
    }

    fn right_pullback(p: &[f64], c: f64) -> (f64, Vec<f64>) {
        let (v, g) = right(p);
        (v, g.iter().map(|g| c * g).collect())
    }

    fn graph(p: &[f64]) -> Graph {
        square_of_graph(p[0], p[1])
    }

    const NAMES: &[&str] = &["x", "y"];

    #[test]
    fn a_right_gradient_passes() {
        let points = [[0.5, -1.2], [1.3, 0.4]];
        check(&points, square, right, right_pullback, (graph, NAMES));
    }

    #[test]
    #[should_panic(expected = "central difference")]
    fn a_wrong_gradient_is_caught() {
        check(
            &[[0.5, -1.2]],
            square,
            |p| (square(p), vec![p[0], p[1].cos()]),
            |p, c| (square(p), vec![c * p[0], c * p[1].cos()]),
            (graph, NAMES),
        );
    }

    #[test]
    #[should_panic(expected = "f_grad's value")]
    fn a_wrong_value_is_caught() {
        check(
            &[[0.5, -1.2]],
            square,
            |p| (square(p) + 1e-9, right(p).1),
            right_pullback,
            (graph, NAMES),
        );
    }

    #[test]
    #[should_panic(expected = "pullback")]
    fn a_pullback_ignoring_its_cotangent_is_caught() {
        check(
            &[[0.5, -1.2]],
            square,
            right,
            |p, _| right(p),
            (graph, NAMES),
        );
    }

    #[test]
    #[should_panic(expected = "the graph's adjoint of x")]
    fn a_graph_of_another_function_is_caught() {
        let other = |p: &[f64]| cube_of_graph(p[0], p[1]);
        check(
            &[[0.5, -1.2]],
            square,
            right,
            right_pullback,
            (other, NAMES),
        );
    }
}
