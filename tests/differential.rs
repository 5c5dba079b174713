//! Differential tests (issue #13): a few hundred random differentiable programs, each compared
//! with central finite differences.
//!
//! The programs are in `differential/programs.rs`, written by `tools/differential-gen` from a
//! seed (its header has the command that writes it again). They use what the README's "What
//! works today" lists: straight-line float code with every operator and float method,
//! branches on constants and on comparisons of values, `match`, blocks, `for` loops of every
//! documented kind, `while` and `loop` with accumulation, a `loop`'s value (`let r = loop {
//! .. break e; }`, `break 'outer e` out of an inner `for`, `break (a, b)`, in a `for` loop
//! too), local buffers
//! written in loops and read back (`Vec<f64>`, and `Vec<Vec<f64>>`, `Vec<[f64; N]>`,
//! `Vec<Vec<Vec<f64>>>` written and read an element of an element at a time, `g[i][j] op= e`),
//! early returns, calls between the generated functions, and ndarray arrays with
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
//!   within [`PULLBACK_TOL`];
//! - `f_graph`'s adjoints (and path sums) are the gradient, within [`PULLBACK_TOL`];
//! - along [`DIRECTIONS`] tangents `t` (fixed, from the point's index), `f_jvp`'s value is `f`'s
//!   and its derivative is `⟨∇f, t⟩` within [`JVP_TOL`] (forward and reverse mode differ by
//!   rounding only; or within [`JVP_NOISE`], absolutely) and the central difference of `f`
//!   along `t` within [`TOL`];
//! - for a function that runs at dual numbers (a function that calls others is marked
//!   `#[differentiate(dual_calls)]` when they all run there, and calls theirs), along
//!   the same directions `v`, `f_hvp`'s value is `f`'s, its gradient `f_grad`'s within
//!   [`PULLBACK_TOL`], and its Hessian-vector product the central difference of `f_grad`
//!   along `v`, `(8 (∇f(x + h v) − ∇f(x − h v)) − (∇f(x + 2h v) − ∇f(x − 2h v))) / 12h` with
//!   `h` = [`HVP_STEP`], within [`TOL`].
//!
//! A longer run draws more programs from another seed into the same file, runs them, and puts
//! the checked-in file back (building 500 programs takes about 6 minutes and 6 GB of memory on
//! two busy cores, a thousand about twice that):
//!
//! ```text
//! cargo run -p differential-gen -- --seed 14 --helpers 40 --scalar 280 --array 180 \
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

/// The largest error of a directional derivative against the gradient dotted with the tangent,
/// relative to `max(Σ|g_k t_k|, JVP_FLOOR)`: forward and reverse mode differ only by rounding.
pub const JVP_TOL: f64 = 1e-10;

/// The floor of [`JVP_TOL`]'s relative error.
pub const JVP_FLOOR: f64 = 1e-12;

/// Two directional derivatives this close are equal whatever their size: both are then the
/// rounding noise of terms of order one that cancel, which the reverse sweep can cancel exactly
/// and the forward sweep not (`s - (s + t)` in a loop: seed 21's `f189`, whose gradient is 0
/// and `f_jvp` 1.7e-16).
pub const JVP_NOISE: f64 = 1e-14;

/// The step of the central differences of the gradient the Hessian-vector products are
/// compared with (five points, `h` and `2h` either side: the error of the difference falls
/// as `h⁴`, so that a program with large third derivatives is not failed by the reference).
pub const HVP_STEP: f64 = 1e-4;

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

/// `f_grad`: at a point, the value and the gradient.
pub type GradFn<'a> = &'a dyn Fn(&[f64]) -> (f64, Vec<f64>);

/// `f_vjp`, its pullback applied to a cotangent: at a point and the cotangent, the value and
/// the pulled-back cotangent.
pub type VjpFn<'a> = &'a dyn Fn(&[f64], f64) -> (f64, Vec<f64>);

/// `f_jvp`: at a point and a tangent (flattened as the point is), the value and the
/// directional derivative.
pub type JvpFn<'a> = &'a dyn Fn(&[f64], &[f64]) -> (f64, f64);

/// `f_hvp`: at a point and a direction, the value, the gradient and the Hessian-vector
/// product.
pub type HvpFn<'a> = &'a dyn Fn(&[f64], &[f64]) -> (f64, Vec<f64>, Vec<f64>);

/// A generated function and its companions, each called at a point given flattened (its float
/// arguments in parameter order, arrays row-major) and returning its gradients flattened the
/// same way.
pub struct Companions<'a> {
    /// The function itself.
    pub f: &'a dyn Fn(&[f64]) -> f64,
    /// `f_grad`.
    pub grad: GradFn<'a>,
    /// `f_vjp`.
    pub vjp: VjpFn<'a>,
    /// `f_graph`.
    pub graph: &'a dyn Fn(&[f64]) -> Graph,
    /// The names of the differentiated parameters, in the gradient's order.
    pub names: &'a [&'a str],
    /// `f_jvp`.
    pub jvp: JvpFn<'a>,
    /// `f_hvp`, where the function has one (it runs at dual numbers).
    pub hvp: Option<HvpFn<'a>>,
}

/// Checks a generated function and its companions at each of `points`: the gradient against
/// central differences of `f`, the pullback and the graph against the gradient, the
/// directional derivative along each of [`DIRECTIONS`] tangents against the gradient and the
/// central difference of `f` along it, and the Hessian-vector product (if any) against central
/// differences of the gradient. Panics with every mismatch found.
#[track_caller]
pub fn check<const N: usize>(points: &[[f64; N]], of: Companions) {
    let mut mismatches = Vec::new();
    for (index, point) in points.iter().enumerate() {
        let gradient = check_gradient(&of, point, &mut mismatches);
        for which in 0..DIRECTIONS {
            let tangent = direction(index, which, N);
            check_jvp(&of, point, &tangent, &gradient, &mut mismatches);
            if let Some(hvp) = of.hvp {
                let result = hvp(point, &tangent);
                check_hvp(&of, result, point, &tangent, &gradient, &mut mismatches);
            }
        }
    }
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
}

/// The tangents and directions of the forward checks per point.
pub const DIRECTIONS: usize = 2;

/// The components of the tangents: mixed signs and sizes, none zero, so that a tangent
/// ignored, or applied to the wrong parameter, changes the result.
const TANGENT_COMPONENTS: [f64; 7] = [0.5, -1.0, 0.75, 0.25, -0.5, 1.0, -0.25];

/// The `which`-th tangent at the `index`-th point, of `len` components.
pub fn direction(index: usize, which: usize, len: usize) -> Vec<f64> {
    (0..len)
        .map(|k| TANGENT_COMPONENTS[(k + 3 * index + 2 * which) % TANGENT_COMPONENTS.len()])
        .collect()
}

/// `x + h t`.
fn shifted(x: &[f64], h: f64, t: &[f64]) -> Vec<f64> {
    x.iter().zip(t).map(|(x, t)| x + h * t).collect()
}

/// Checks `f_grad` (value against `f`, gradient against central differences), `f_vjp` and
/// `f_graph` at `point`; returns the gradient.
fn check_gradient(of: &Companions, point: &[f64], mismatches: &mut Vec<String>) -> Vec<f64> {
    let value = (of.f)(point);
    let (grad_value, gradient) = (of.grad)(point);
    check_graph(&(of.graph)(point), of.names, &gradient, point, mismatches);
    if !within(error(grad_value, value, f64::MIN_POSITIVE), VALUE_TOL) {
        mismatches.push(format!(
            "at {point:?}: f_grad's value {grad_value:e}, f's {value:e}"
        ));
    }
    let numerical = numerical_gradient(|x: &Vec<f64>| (of.f)(x), &point.to_vec(), DEFAULT_STEP);
    assert_eq!(
        gradient.len(),
        point.len(),
        "the gradient has a number per argument"
    );
    for (k, (&a, &n)) in gradient.iter().zip(&numerical).enumerate() {
        let e = error(a, n, FLOOR);
        if !within(e, TOL) {
            mismatches.push(format!(
                "at {point:?}, argument {k}: gradient {a:e}, central difference {n:e} (error {e:.1e})"
            ));
        }
    }
    let (vjp_value, pulled) = (of.vjp)(point, COTANGENT);
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
    gradient
}

/// Checks `f_jvp` at `point` along `tangent`: its value against `f`'s, its derivative against
/// `⟨gradient, tangent⟩` within [`JVP_TOL`] and against the central difference of `f` along
/// `tangent` within [`TOL`].
fn check_jvp(
    of: &Companions,
    point: &[f64],
    tangent: &[f64],
    gradient: &[f64],
    mismatches: &mut Vec<String>,
) {
    let value = (of.f)(point);
    let (jvp_value, derivative) = (of.jvp)(point, tangent);
    if !within(error(jvp_value, value, f64::MIN_POSITIVE), VALUE_TOL) {
        mismatches.push(format!(
            "at {point:?}: f_jvp's value {jvp_value:e}, f's {value:e}"
        ));
    }
    let dot: f64 = gradient.iter().zip(tangent).map(|(g, t)| g * t).sum();
    let size: f64 = gradient
        .iter()
        .zip(tangent)
        .map(|(g, t)| (g * t).abs())
        .sum();
    let e = (derivative - dot).abs() / size.max(JVP_FLOOR);
    if !within(e, JVP_TOL) && (derivative - dot).abs() > JVP_NOISE {
        mismatches.push(format!(
            "at {point:?} along {tangent:?}: f_jvp's derivative {derivative:e}, the gradient's {dot:e} (error {e:.1e})"
        ));
    }
    let h = DEFAULT_STEP;
    let numerical =
        ((of.f)(&shifted(point, h, tangent)) - (of.f)(&shifted(point, -h, tangent))) / (2.0 * h);
    let e = error(derivative, numerical, FLOOR);
    if !within(e, TOL) {
        mismatches.push(format!(
            "at {point:?} along {tangent:?}: f_jvp's derivative {derivative:e}, central difference {numerical:e} (error {e:.1e})"
        ));
    }
}

/// Checks `f_hvp`'s `(value, gradient, product)` at `point` along `v`: its value against `f`'s, its gradient against
/// `f_grad`'s within [`PULLBACK_TOL`], and its product against the central difference of
/// `f_grad` along `v` (five points, step [`HVP_STEP`]) within [`TOL`].
fn check_hvp(
    of: &Companions,
    (hvp_value, hvp_gradient, product): (f64, Vec<f64>, Vec<f64>),
    point: &[f64],
    v: &[f64],
    gradient: &[f64],
    mismatches: &mut Vec<String>,
) {
    let value = (of.f)(point);
    if !within(error(hvp_value, value, f64::MIN_POSITIVE), VALUE_TOL) {
        mismatches.push(format!(
            "at {point:?}: f_hvp's value {hvp_value:e}, f's {value:e}"
        ));
    }
    for (k, (&a, &g)) in hvp_gradient.iter().zip(gradient).enumerate() {
        if !within(error(a, g, FLOOR), PULLBACK_TOL) {
            mismatches.push(format!(
                "at {point:?}, argument {k}: f_hvp's gradient {a:e}, f_grad's {g:e}"
            ));
        }
    }
    let h = HVP_STEP;
    let at = |steps: f64| (of.grad)(&shifted(point, steps * h, v)).1;
    let (plus2, plus, minus, minus2) = (at(2.0), at(1.0), at(-1.0), at(-2.0));
    assert_eq!(
        product.len(),
        point.len(),
        "the product has a number per argument"
    );
    for (k, &a) in product.iter().enumerate() {
        let n = (8.0 * (plus[k] - minus[k]) - (plus2[k] - minus2[k])) / (12.0 * h);
        let e = error(a, n, FLOOR);
        if !within(e, TOL) {
            mismatches.push(format!(
                "at {point:?} along {v:?}, argument {k}: f_hvp's product {a:e}, central difference of the gradient {n:e} (error {e:.1e})"
            ));
        }
    }
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

/// The harness itself: a wrong gradient, a wrong value, a pullback that ignores its cotangent,
/// a graph of another function, a directional derivative or a Hessian-vector product that
/// ignores its tangent are each caught.
mod harness {
    use super::{Companions, check};
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

    fn right_jvp(p: &[f64], t: &[f64]) -> (f64, f64) {
        (square(p), 2.0 * p[0] * t[0] + p[1].cos() * t[1])
    }

    /// The Hessian is `diag(2, -sin y)`.
    fn right_hvp(p: &[f64], v: &[f64]) -> (f64, Vec<f64>, Vec<f64>) {
        let (value, gradient) = right(p);
        (value, gradient, vec![2.0 * v[0], -p[1].sin() * v[1]])
    }

    fn graph(p: &[f64]) -> Graph {
        square_of_graph(p[0], p[1])
    }

    /// The companions of `square`, written by hand.
    fn by_hand() -> Companions<'static> {
        Companions {
            f: &square,
            grad: &right,
            vjp: &right_pullback,
            graph: &graph,
            names: &["x", "y"],
            jvp: &right_jvp,
            hvp: Some(&right_hvp),
        }
    }

    const POINT: [[f64; 2]; 1] = [[0.5, -1.2]];

    #[test]
    fn right_companions_pass() {
        let points = [[0.5, -1.2], [1.3, 0.4]];
        check(&points, by_hand());
    }

    #[test]
    fn the_generated_companions_pass() {
        let points = [[0.5, -1.2], [1.3, 0.4]];
        check(
            &points,
            Companions {
                f: &|p| square_of(p[0], p[1]),
                grad: &|p| {
                    let (value, (gx, gy)) = square_of_grad(p[0], p[1]);
                    (value, vec![gx, gy])
                },
                vjp: &|p, c| {
                    let (value, pullback) = square_of_vjp(p[0], p[1]);
                    let (gx, gy) = pullback(c);
                    (value, vec![gx, gy])
                },
                jvp: &|p, t| square_of_jvp(p[0], p[1], t[0], t[1]),
                hvp: Some(&|p, v| {
                    let (value, (gx, gy), (hx, hy)) = square_of_hvp(p[0], p[1], v[0], v[1]);
                    (value, vec![gx, gy], vec![hx, hy])
                }),
                ..by_hand()
            },
        );
    }

    #[test]
    #[should_panic(expected = "central difference")]
    fn a_wrong_gradient_is_caught() {
        let wrong = |p: &[f64]| (square(p), vec![p[0], p[1].cos()]);
        let wrong_pullback = |p: &[f64], c: f64| (square(p), vec![c * p[0], c * p[1].cos()]);
        let wrong_jvp = |p: &[f64], t: &[f64]| (square(p), p[0] * t[0] + p[1].cos() * t[1]);
        check(
            &POINT,
            Companions {
                grad: &wrong,
                vjp: &wrong_pullback,
                jvp: &wrong_jvp,
                hvp: None,
                ..by_hand()
            },
        );
    }

    #[test]
    #[should_panic(expected = "f_grad's value")]
    fn a_wrong_value_is_caught() {
        let wrong = |p: &[f64]| (square(p) + 1e-9, right(p).1);
        let companions = Companions {
            grad: &wrong,
            ..by_hand()
        };
        check(&POINT, companions);
    }

    #[test]
    #[should_panic(expected = "pullback")]
    fn a_pullback_ignoring_its_cotangent_is_caught() {
        let ignoring = |p: &[f64], _: f64| right(p);
        let companions = Companions {
            vjp: &ignoring,
            ..by_hand()
        };
        check(&POINT, companions);
    }

    #[test]
    #[should_panic(expected = "the graph's adjoint of x")]
    fn a_graph_of_another_function_is_caught() {
        let other = |p: &[f64]| cube_of_graph(p[0], p[1]);
        let companions = Companions {
            graph: &other,
            ..by_hand()
        };
        check(&POINT, companions);
    }

    #[test]
    #[should_panic(expected = "f_jvp's derivative")]
    fn a_directional_derivative_along_ones_is_caught() {
        let along_ones = |p: &[f64], _: &[f64]| right_jvp(p, &[1.0, 1.0]);
        let companions = Companions {
            jvp: &along_ones,
            ..by_hand()
        };
        check(&POINT, companions);
    }

    #[test]
    #[should_panic(expected = "f_jvp's value")]
    fn a_wrong_forward_value_is_caught() {
        let shifted = |p: &[f64], t: &[f64]| (square(p) + 1e-9, right_jvp(p, t).1);
        let companions = Companions {
            jvp: &shifted,
            ..by_hand()
        };
        check(&POINT, companions);
    }

    #[test]
    #[should_panic(expected = "f_hvp's product")]
    fn a_hessian_vector_product_along_ones_is_caught() {
        let along_ones = |p: &[f64], _: &[f64]| right_hvp(p, &[1.0, 1.0]);
        let companions = Companions {
            hvp: Some(&along_ones),
            ..by_hand()
        };
        check(&POINT, companions);
    }

    #[test]
    #[should_panic(expected = "f_hvp's gradient")]
    fn a_wrong_second_order_gradient_is_caught() {
        let wrong = |p: &[f64], v: &[f64]| {
            let (value, _, product) = right_hvp(p, v);
            (value, vec![p[0], p[1].cos()], product)
        };
        let companions = Companions {
            hvp: Some(&wrong),
            ..by_hand()
        };
        check(&POINT, companions);
    }
}
