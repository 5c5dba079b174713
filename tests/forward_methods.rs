//! Forward mode and second order through the user's methods: `f_jvp` and `f_hvp` of methods
//! of a marked `impl` block generic over its float (`impl<A: Scalar> Line<A>`, run on the
//! receiver's twin `Line<Dual<f64>>`), of methods of a struct written in `f64` whose receiver
//! is data (`wrt(x)`, with `dual_calls`), and of functions marked `dual_calls` that call them
//! (`p.eval(t)`, `self.helper(x)`). `f_jvp` against central differences of `f` and against `⟨∇f, v⟩`, `f_hvp`
//! against central differences of `f_grad`, relative errors below 1e-6.

mod common;

use approx::assert_relative_eq;
use common::{TOL, assert_all_relative, hvp_by_differences, jvp_by_differences};
use grad::Scalar;

/// Checks a function of a slice with a float result, given as `f`, its gradient, its jvp and
/// its hvp (each a closure over the test's other arguments).
fn check(
    f: impl Fn(&[f64]) -> f64,
    grad: impl Fn(&[f64]) -> (f64, Vec<f64>),
    jvp: impl Fn(&[f64], &[f64]) -> (f64, f64),
    hvp: impl Fn(&[f64], &[f64]) -> (f64, Vec<f64>, Vec<f64>),
    x: &[f64],
    v: &[f64],
) {
    let (value, gradient) = grad(x);
    let (jvp_value, derivative) = jvp(x, v);
    assert_eq!(jvp_value, value);
    assert_relative_eq!(derivative, jvp_by_differences(&f, x, v), max_relative = TOL);
    let along: f64 = gradient.iter().zip(v).map(|(g, v)| g * v).sum();
    assert_relative_eq!(derivative, along, max_relative = 1e-12);
    let (hvp_value, hvp_gradient, product) = hvp(x, v);
    assert_eq!(hvp_value, value);
    assert_all_relative(&hvp_gradient, &gradient);
    assert_all_relative(&product, &hvp_by_differences(|x| grad(x).1, x, v));
}

// A struct generic over its float: its methods run at `A = Dual<f64>` on its twin.
#[derive(Clone, Debug, PartialEq, grad::Tangent)]
struct Line<A: Scalar> {
    slope: A,
    offset: A,
}

#[grad::differentiate]
impl<A: Scalar> Line<A> {
    #[grad::differentiate]
    fn eval(&self, t: A) -> A {
        (self.slope * t).sin() * self.offset + t * t * self.slope
    }

    /// Another method of the block, through `self`.
    #[grad::differentiate]
    fn energy(&self, ts: &[A]) -> A {
        let mut total = A::zero();
        for &t in ts {
            total += self.eval(t).powi(2);
        }
        total
    }

    /// Another line, differentiated as the receiver is.
    #[grad::differentiate]
    fn gap(&self, other: &Self, t: A) -> A {
        let d = self.eval(t) - other.eval(t);
        d * d + self.slope * other.offset
    }

    /// By value, the receiver a constant (`wrt(t)`).
    #[grad::differentiate(wrt(t))]
    fn along(self, t: A) -> A {
        (self.slope * t).exp() + self.offset * t.powi(3)
    }
}

/// A generic function calling the methods: no `dual_calls` needed for the calls, but its
/// struct parameter crosses to its twin only with it.
#[grad::differentiate(dual_calls)]
// `&[t, t * t]` would be an array whose cotangent the reverse mode cannot take from a slice
// parameter's pullback (a `Vec`): a limit of the reverse mode, not of this test.
#[allow(clippy::useless_vec)]
fn generic_fit<A: Scalar>(p: &Line<A>, t: A) -> A {
    p.eval(t) * t + p.slope * p.energy(&vec![t, t * t])
}

fn line(x: &[f64]) -> Line<f64> {
    Line {
        slope: x[0],
        offset: x[1],
    }
}

#[test]
fn methods_of_a_generic_block_on_the_receivers_twin() {
    let (x, v) = ([0.7, -1.3, 0.4], [0.5, 1.5, -2.0]);
    check(
        |x| line(x).eval(x[2]),
        |x| {
            let (value, (dp, dt)) = line(x).eval_grad(x[2]);
            (value, vec![dp.slope, dp.offset, dt])
        },
        |x, v| line(x).eval_jvp(x[2], &line(v), v[2]),
        |x, v| {
            let (value, (dp, dt), (hp, ht)) = line(x).eval_hvp(x[2], &line(v), v[2]);
            (
                value,
                vec![dp.slope, dp.offset, dt],
                vec![hp.slope, hp.offset, ht],
            )
        },
        &x,
        &v,
    );
    let (x, v) = ([0.3, 0.9, 0.2, -0.6], [1.0, -0.5, 0.25, 2.0]);
    check(
        |x| line(x).energy(&x[2..]),
        |x| {
            let (value, (dp, dts)) = line(x).energy_grad(&x[2..]);
            (value, [vec![dp.slope, dp.offset], dts].concat())
        },
        |x, v| line(x).energy_jvp(&x[2..], &line(v), &v[2..]),
        |x, v| {
            let (value, (dp, dts), (hp, hts)) = line(x).energy_hvp(&x[2..], &line(v), &v[2..]);
            let gradient = [vec![dp.slope, dp.offset], dts].concat();
            (value, gradient, [vec![hp.slope, hp.offset], hts].concat())
        },
        &x,
        &v,
    );
}

/// A function in `f64` calling the methods, the line differentiated.
#[grad::differentiate(dual_calls)]
fn fit(p: &Line<f64>, x: &[f64]) -> f64 {
    p.eval(x[0]) * x[1] + (p.energy(x) + 1.0).ln()
}

#[test]
fn a_parameter_of_type_self() {
    let (x, v) = ([0.7, -1.3, 0.4, 0.9, 1.1], [0.5, 1.5, -2.0, 0.3, -0.6]);
    let other = |x: &[f64]| line(&x[2..]);
    check(
        |x| line(x).gap(&other(x), x[4]),
        |x| {
            let (value, (dp, dq, dt)) = line(x).gap_grad(&other(x), x[4]);
            (value, vec![dp.slope, dp.offset, dq.slope, dq.offset, dt])
        },
        |x, v| line(x).gap_jvp(&other(x), x[4], &line(v), &other(v), v[4]),
        |x, v| {
            let (value, (dp, dq, dt), (hp, hq, ht)) =
                line(x).gap_hvp(&other(x), x[4], &line(v), &other(v), v[4]);
            let gradient = vec![dp.slope, dp.offset, dq.slope, dq.offset, dt];
            (
                value,
                gradient,
                vec![hp.slope, hp.offset, hq.slope, hq.offset, ht],
            )
        },
        &x,
        &v,
    );
}

#[test]
fn a_constant_receiver_by_value_and_a_generic_caller() {
    let (x, v) = ([0.5, -0.8, 0.9], [0.0, 0.0, 1.5]);
    let p = line(&x);
    let f = |x: &[f64]| p.clone().along(x[2]);
    let (value, dt) = p.clone().along_grad(x[2]);
    let (jvp_value, derivative) = p.clone().along_jvp(x[2], v[2]);
    assert_eq!(jvp_value, value);
    assert_relative_eq!(derivative, dt * v[2], max_relative = 1e-12);
    assert_relative_eq!(
        derivative,
        jvp_by_differences(f, &x, &v),
        max_relative = TOL
    );
    let (_, gradient, product) = p.clone().along_hvp(x[2], v[2]);
    assert_eq!(gradient, dt);
    let by_differences =
        hvp_by_differences(|x| vec![0.0, 0.0, p.clone().along_grad(x[2]).1], &x, &v);
    assert_relative_eq!(product, by_differences[2], max_relative = TOL);

    let (x, v) = ([0.4, 1.2, -0.3], [1.0, 0.5, -2.0]);
    check(
        |x| generic_fit(&line(x), x[2]),
        |x| {
            let (value, (dp, dt)) = generic_fit_grad(&line(x), x[2]);
            (value, vec![dp.slope, dp.offset, dt])
        },
        |x, v| generic_fit_jvp(&line(x), x[2], &line(v), v[2]),
        |x, v| {
            let (value, (dp, dt), (hp, ht)) = generic_fit_hvp(&line(x), x[2], &line(v), v[2]);
            (
                value,
                vec![dp.slope, dp.offset, dt],
                vec![hp.slope, hp.offset, ht],
            )
        },
        &x,
        &v,
    );
}

#[test]
fn a_function_marked_dual_calls_calling_methods_of_a_generic_block() {
    let (x, v) = ([0.6, -0.4, 1.1, 0.3], [0.2, 1.0, -0.7, 0.5]);
    check(
        |x| fit(&line(x), &x[2..]),
        |x| {
            let (value, (dp, dx)) = fit_grad(&line(x), &x[2..]);
            (value, [vec![dp.slope, dp.offset], dx].concat())
        },
        |x, v| fit_jvp(&line(x), &x[2..], &line(v), &v[2..]),
        |x, v| {
            let (value, (dp, dx), (hp, hx)) = fit_hvp(&line(x), &x[2..], &line(v), &v[2..]);
            let gradient = [vec![dp.slope, dp.offset], dx].concat();
            (value, gradient, [vec![hp.slope, hp.offset], hx].concat())
        },
        &x,
        &v,
    );
}

// A struct written in `f64`, data to its methods: the receiver is not differentiated.
#[derive(Clone, Debug)]
struct Chain {
    stiffness: f64,
    rest: f64,
    links: usize,
    weights: Vec<f64>,
}

impl Chain {
    /// Marked alone (not through the block); `dual_calls` says that what the body reads from
    /// `self` may be lifted to dual numbers.
    #[grad::differentiate(wrt(x), dual_calls)]
    fn energy(&self, x: &[f64]) -> f64 {
        let mut total = 0.0;
        for i in 0..self.links {
            let stretch = x[i + 1] - x[i] - self.rest;
            total += 0.5 * self.stiffness * self.weights[i] * stretch * stretch;
        }
        total
    }

    /// Another method through `self`, marked `dual_calls`; a slice of a field, and another
    /// value of the type, data too.
    #[grad::differentiate(wrt(x), dual_calls)]
    fn total(&self, x: &[f64]) -> f64 {
        let head = &self.weights[0..2];
        self.energy(x) + self.stiffness * x[0].cosh() + (x[self.links] * head[1]).sin()
    }

    #[grad::differentiate(wrt(x), dual_calls)]
    fn against(&self, other: &Self, x: &[f64]) -> f64 {
        self.total(x) * other.energy(x) + other.rest * x[2].powi(3)
    }
}

#[grad::differentiate(wrt(x), dual_calls)]
fn settle(chain: &Chain, x: &[f64]) -> f64 {
    (chain.total(x) + chain.weights.len() as f64).ln() * x[1]
}

fn chain() -> Chain {
    Chain {
        stiffness: 2.5,
        rest: 0.3,
        links: 3,
        weights: vec![1.0, 0.5, 2.0],
    }
}

#[test]
fn methods_of_a_struct_in_f64_with_data_receivers() {
    let c = chain();
    let (x, v) = ([0.1, 0.5, 0.2, 1.1], [1.0, -0.5, 0.3, 0.8]);
    check(
        |x| c.energy(x),
        |x| c.energy_grad(x),
        |x, v| c.energy_jvp(x, v),
        |x, v| c.energy_hvp(x, v),
        &x,
        &v,
    );
    check(
        |x| c.total(x),
        |x| c.total_grad(x),
        |x, v| c.total_jvp(x, v),
        |x, v| c.total_hvp(x, v),
        &x,
        &v,
    );
    let mut other = chain();
    other.rest = -0.2;
    other.weights[1] = 3.0;
    check(
        |x| c.against(&other, x),
        |x| c.against_grad(&other, x),
        |x, v| c.against_jvp(&other, x, v),
        |x, v| c.against_hvp(&other, x, v),
        &x,
        &v,
    );
    check(
        |x| settle(&c, x),
        |x| settle_grad(&c, x),
        |x, v| settle_jvp(&c, x, v),
        |x, v| settle_hvp(&c, x, v),
        &x,
        &v,
    );
}

// Without `dual_calls`, a method of a struct written in `f64` is not copied at dual numbers,
// where `self.at.unwrap_or(1.0)` (an `Option<f64>` and a lifted literal) would not compile:
// its `f_jvp` goes through the gradient, as before.
#[derive(Clone, Copy, Debug)]
struct Shift {
    at: Option<f64>,
}

impl Shift {
    #[grad::differentiate(wrt(x))]
    fn shifted(&self, x: f64) -> f64 {
        let a = self.at.unwrap_or(1.0);
        (x * a).sin()
    }
}

#[test]
fn without_dual_calls_a_data_receiver_in_f64_goes_through_the_gradient() {
    let shift = Shift { at: Some(0.5) };
    let (value, dx) = shift.shifted_grad(0.8);
    let (jvp_value, derivative) = shift.shifted_jvp(0.8, 1.5);
    assert_eq!(jvp_value, value);
    assert_relative_eq!(
        derivative,
        1.5 * 0.5 * (0.4_f64).cos(),
        max_relative = 1e-12
    );
    assert_relative_eq!(derivative, 1.5 * dx, max_relative = 1e-12);
}
