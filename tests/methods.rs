//! Methods and recursion (issue 12): `#[differentiate]` on a method in an `impl` block generates
//! its companion methods there (`self.loss_grad(..)`, `self.loss_vjp(..)`), `self` is a
//! parameter like any other (`wrt(self, x)`), calls of differentiated methods differentiate
//! through their `_vjp` methods, and a function that calls itself differentiates through a boxed
//! pullback. Gradients against central differences.

mod common;

use common::{assert_close, assert_matches_fd};
use grad::runtime::ndarray::{Array1, array};

#[derive(Clone, Debug, PartialEq, grad::Tangent)]
struct Line {
    slope: f64,
    offset: f64,
}

impl Line {
    #[grad::differentiate]
    fn eval(&self, t: f64) -> f64 {
        self.slope * t + self.offset
    }

    /// Squared error of the line through the points, with respect to the line only.
    #[grad::differentiate(wrt(self))]
    fn loss(&self, ts: &[f64], ys: &[f64]) -> f64 {
        let mut total = 0.0;
        for (t, y) in ts.iter().zip(ys) {
            total += (self.eval(*t) - y).powi(2);
        }
        total
    }

    /// By value, through another method's rule, with a local closure.
    #[grad::differentiate]
    fn curvature(self, t: f64) -> f64 {
        let bend = |v: f64| (v * self.slope).sin();
        bend(t) * self.offset + Line::eval(&self, t)
    }
}

fn line(v: [f64; 2]) -> Line {
    Line {
        slope: v[0],
        offset: v[1],
    }
}

#[test]
fn methods_with_self_by_reference_and_by_value() {
    let p = Line {
        slope: 1.5,
        offset: -0.5,
    };
    let (value, (dp, dt)) = p.eval_grad(2.0);
    assert_eq!(value, p.eval(2.0));
    assert_eq!((dp, dt), (line([2.0, 1.0]), 1.5));
    let (ts, ys) = ([1.0, 2.0, 3.0], [1.0, 3.0, 4.0]);
    let (value, dp) = p.loss_grad(&ts, &ys);
    assert_eq!(value, p.loss(&ts, &ys));
    let f = |v: [f64; 2]| line(v).loss(&ts, &ys);
    assert_matches_fd(f, [1.5, -0.5], [dp.slope, dp.offset], "loss");
    for t in [0.3, -1.2] {
        let (value, (dp, dt)) = p.clone().curvature_grad(t);
        assert_close(value, p.clone().curvature(t), "curvature");
        let f = |v: [f64; 3]| line([v[0], v[1]]).curvature(v[2]);
        assert_matches_fd(f, [1.5, -0.5, t], [dp.slope, dp.offset, dt], "curvature");
    }
}

/// `data` is differentiated here, but `loss` does not differentiate its points (`wrt(self)`):
/// their cotangent from it is `()`, nothing.
#[grad::differentiate]
fn fit(p: &Line, t: f64, data: &[f64]) -> f64 {
    p.eval(t).powi(2) + p.loss(data, &[3.0, 5.0])
}

#[test]
fn differentiated_methods_called_from_a_function() {
    let p = line([0.8, 0.1]);
    let data = [1.0, 2.0];
    let (value, (dp, dt, ddata)) = fit_grad(&p, 2.0, &data);
    assert_eq!(ddata, vec![0.0, 0.0]);
    assert_close(value, fit(&p, 2.0, &data), "value");
    let f = |v: [f64; 3]| fit(&line([v[0], v[1]]), v[2], &data);
    assert_matches_fd(f, [0.8, 0.1, 2.0], [dp.slope, dp.offset, dt], "fit");
}

#[grad::differentiate]
fn power(x: f64, n: usize) -> f64 {
    if n == 0 { 1.0 } else { x * power(x, n - 1) }
}

#[grad::differentiate]
fn nested(x: &Array1<f64>, depth: usize) -> f64 {
    if depth == 0 {
        x[0].sin()
    } else {
        nested(x, depth - 1) * x[depth % x.len()] + 1.0
    }
}

#[test]
fn recursive_functions() {
    let (value, dx) = power_grad(1.5, 4);
    assert_eq!((value, dx), (1.5_f64.powi(4), 4.0 * 1.5_f64.powi(3)));
    let x = array![0.5, 2.0, -1.0];
    let (value, dx) = nested_grad(&x, 5);
    assert_eq!(value, nested(&x, 5));
    let f = |v: [f64; 3]| nested(&Array1::from(v.to_vec()), 5);
    assert_matches_fd(f, [0.5, 2.0, -1.0], [dx[0], dx[1], dx[2]], "nested");
}

/// Mutual recursion: `even_terms` calls `odd_terms` calls `even_terms`. Their pullback types
/// would contain each other; `boxed` on one of the two makes its pullback a `Box<dyn FnOnce>`,
/// which contains neither.
#[grad::differentiate(boxed)]
fn even_terms(x: f64, n: usize) -> f64 {
    if n == 0 {
        x.cos()
    } else {
        x * odd_terms(x, n - 1) + 1.0
    }
}

#[grad::differentiate]
fn odd_terms(x: f64, n: usize) -> f64 {
    if n == 0 {
        x.sin()
    } else {
        (x * even_terms(x, n - 1)).tanh()
    }
}

#[test]
fn mutually_recursive_functions_with_one_boxed() {
    for (x, n) in [(0.7, 0), (0.7, 3), (-1.2, 4), (0.4, 5)] {
        let (value, dx) = even_terms_grad(x, n);
        assert_eq!(value, even_terms(x, n));
        assert_matches_fd(|[x]: [f64; 1]| even_terms(x, n), [x], [dx], "even");
        let (value, dx) = odd_terms_grad(x, n);
        assert_eq!(value, odd_terms(x, n));
        assert_matches_fd(|[x]: [f64; 1]| odd_terms(x, n), [x], [dx], "odd");
    }
}

/// Three functions calling each other in a cycle, none marked `boxed`: the expansion that
/// closes the cycle (the last of the three) boxes its own pullback (`plan/cycles.rs`).
#[grad::differentiate]
fn cycle_a(x: f64, n: u32) -> f64 {
    if n == 0 {
        x.sin()
    } else {
        cycle_b(x * 1.1, n - 1) + x
    }
}

#[grad::differentiate]
fn cycle_b(x: f64, n: u32) -> f64 {
    if n == 0 {
        x * x
    } else {
        cycle_c(x - 0.2, n - 1) * 0.5
    }
}

#[grad::differentiate]
fn cycle_c(x: f64, n: u32) -> f64 {
    if n == 0 {
        x.exp()
    } else {
        cycle_a(x.tanh(), n - 1)
    }
}

#[test]
fn mutual_recursion_without_boxed() {
    for (x, n) in [(0.7, 0), (0.7, 2), (-1.2, 4), (0.4, 7)] {
        for (value, dx, f) in [
            (
                cycle_a_grad(x, n).0,
                cycle_a_grad(x, n).1,
                cycle_a as fn(f64, u32) -> f64,
            ),
            (cycle_b_grad(x, n).0, cycle_b_grad(x, n).1, cycle_b),
            (cycle_c_grad(x, n).0, cycle_c_grad(x, n).1, cycle_c),
        ] {
            assert_eq!(value, f(x, n));
            assert_matches_fd(|[x]: [f64; 1]| f(x, n), [x], [dx], "cycle");
        }
    }
}

/// Two functions calling each other by paths from `crate`.
#[grad::differentiate]
fn path_ping(x: f64, n: u32) -> f64 {
    if n == 0 {
        x.cos()
    } else {
        crate::path_pong(x * 0.9, n - 1)
    }
}

#[grad::differentiate]
fn path_pong(x: f64, n: u32) -> f64 {
    if n == 0 {
        x
    } else {
        2.0 * crate::path_ping(x + 0.3, n - 1)
    }
}

/// Two methods calling each other through `self`.
#[derive(Clone, Debug, grad::Tangent)]
struct Damped {
    rate: f64,
}

#[grad::differentiate]
impl Damped {
    #[grad::differentiate]
    fn rise(&self, x: f64, n: u32) -> f64 {
        if n == 0 {
            x
        } else {
            self.fall(x * self.rate, n - 1) + x
        }
    }

    #[grad::differentiate]
    fn fall(&self, x: f64, n: u32) -> f64 {
        if n == 0 {
            x.sin()
        } else {
            self.rise(x - self.rate, n - 1) * 0.5
        }
    }
}

#[test]
fn mutual_recursion_through_paths_and_methods() {
    for (x, n) in [(0.7, 0), (0.7, 3), (-1.2, 6)] {
        let (value, dx) = path_ping_grad(x, n);
        assert_eq!(value, path_ping(x, n));
        assert_matches_fd(|[x]: [f64; 1]| path_ping(x, n), [x], [dx], "path ping");

        let damped = Damped { rate: 0.8 };
        let (value, (d_damped, dx)) = damped.rise_grad(x, n);
        assert_eq!(value, damped.rise(x, n));
        assert_matches_fd(|[x]: [f64; 1]| damped.rise(x, n), [x], [dx], "rise, x");
        let rate = |[r]: [f64; 1]| Damped { rate: r }.rise(x, n);
        assert_matches_fd(rate, [0.8], [d_damped.rate], "rise, rate");
    }
}

/// Two functions of a module calling each other, one through the module's path.
mod relay {
    #[grad::differentiate]
    pub fn there(x: f64, n: u32) -> f64 {
        if n == 0 { x * x } else { back(x + 0.5, n - 1) }
    }

    #[grad::differentiate]
    pub fn back(x: f64, n: u32) -> f64 {
        if n == 0 {
            x.exp()
        } else {
            super::relay::there(x * 0.5, n - 1).sqrt()
        }
    }
}

#[test]
fn mutual_recursion_through_a_module_path() {
    for (x, n) in [(0.7, 1), (1.3, 4)] {
        let (value, dx) = relay::there_grad(x, n);
        assert_eq!(value, relay::there(x, n));
        assert_matches_fd(|[x]: [f64; 1]| relay::there(x, n), [x], [dx], "relay");
    }
}

// ---- Methods of a trait's impl block ----

/// An objective behind a trait of the user's.
trait Objective {
    fn value(&self, x: &[f64]) -> f64;
    fn penalty(&self) -> f64;
    fn curvature(&self, x: f64) -> f64;
}

#[derive(Clone, Debug, grad::Tangent)]
struct Scaled {
    scale: f64,
    shift: f64,
}

/// The block marked: the trait's methods stay in it as written, what the attribute generates
/// (`value_grad`, `curvature_hvp`, ..) goes to an inherent `impl Scaled` after it.
#[grad::differentiate]
impl Objective for Scaled {
    #[grad::differentiate(wrt(x), dual_calls)]
    fn value(&self, x: &[f64]) -> f64 {
        self.scale * x.iter().map(|v| (v - self.shift).powi(2)).sum::<f64>()
    }

    #[grad::differentiate]
    fn penalty(&self) -> f64 {
        self.scale * self.scale + self.shift.exp()
    }

    // Differentiates the receiver too, and calls the trait's other methods through `self`
    // (`value` differentiates `x` only, so it adds nothing to the receiver's gradient).
    #[grad::differentiate]
    fn curvature(&self, x: f64) -> f64 {
        (self.scale * x).sin() * self.shift + self.penalty() * x + self.value(&[x, 2.0 * x])
    }
}

fn scaled(v: [f64; 2]) -> Scaled {
    Scaled {
        scale: v[0],
        shift: v[1],
    }
}

#[test]
fn methods_of_a_trait_impl_block() {
    let q = scaled([1.5, 0.25]);
    let x = [0.5, -1.0, 2.0];
    let (value, dx) = q.value_grad(&x);
    assert_eq!(value, q.value(&x));
    let f = |v: [f64; 3]| q.value(&v);
    assert_matches_fd(f, x, [dx[0], dx[1], dx[2]], "value");
    // x ↦ s Σ (x_i - c)²: the Hessian is 2 s I.
    let (_, _, hv) = q.value_hvp(&x, &[1.0, 0.0, -1.0]);
    assert_eq!(hv, vec![3.0, 0.0, -3.0]);

    for t in [0.3, -1.2] {
        let (value, (dq, dt)) = q.curvature_grad(t);
        assert_close(value, q.curvature(t), "curvature");
        // The receiver's gradient leaves out `value`'s dependence on it (its `wrt(x)`).
        let frozen = |v: [f64; 2]| {
            let p = scaled(v);
            (p.scale * t).sin() * p.shift + p.penalty() * t + q.value(&[t, 2.0 * t])
        };
        assert_matches_fd(frozen, [1.5, 0.25], [dq.scale, dq.shift], "curvature");
        let f = |[x]: [f64; 1]| q.curvature(x);
        assert_matches_fd(f, [t], [dt], "curvature");
        // Seeding t alone, the jvp is ∂/∂t.
        let (_, derivative) = q.curvature_jvp(t, &scaled([0.0, 0.0]), 1.0);
        assert_close(derivative, dt, "curvature_jvp");
    }
}
