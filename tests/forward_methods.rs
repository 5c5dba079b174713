//! Forward mode and second order through the user's methods: `f_jvp` and `f_hvp` of methods
//! of a marked `impl` block generic over its float (`impl<A: Scalar> Line<A>`, run on the
//! receiver's twin `Line<Dual<f64>>`), of methods of a struct written in `f64` whose receiver
//! is data (`wrt(x)`, with `dual_calls`), and of functions marked `dual_calls` that call them
//! (`p.eval(t)`, `self.helper(x)`). `f_jvp` against central differences of `f` and against `⟨∇f, v⟩`, `f_hvp`
//! against central differences of `f_grad`, relative errors below 1e-6.

mod common;

use approx::assert_relative_eq;
use common::{TOL, check_slice_function, hvp_by_differences, jvp_by_differences};
use grad::Scalar;
use grad::runtime::ndarray::{Array1, Array2, array};

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

/// `check_slice_function` for a function of two floats, at `x` along `v`.
fn check_two_floats(
    f: impl Fn(f64, f64) -> f64,
    grad: impl Fn(f64, f64) -> (f64, (f64, f64)),
    jvp: impl Fn(f64, f64, f64, f64) -> (f64, f64),
    hvp: impl Fn(f64, f64, f64, f64) -> (f64, (f64, f64), (f64, f64)),
    x: [f64; 2],
    v: [f64; 2],
) {
    let pair = |(a, b): (f64, f64)| vec![a, b];
    check_slice_function(
        |x| f(x[0], x[1]),
        |x| {
            let (value, gradient) = grad(x[0], x[1]);
            (value, pair(gradient))
        },
        |x, v| jvp(x[0], x[1], v[0], v[1]),
        |x, v| {
            let (value, gradient, product) = hvp(x[0], x[1], v[0], v[1]);
            (value, pair(gradient), pair(product))
        },
        &x,
        &v,
    );
}

/// `check_slice_function` for `f(s, t)` of a struct `s` and a float `t`, read from a slice:
/// `make` builds the struct from its leading numbers and `fields` lists them back, `t` is the
/// last number.
#[allow(clippy::type_complexity)]
fn check_struct_and_float<S>(
    (make, fields): (impl Fn(&[f64]) -> S, impl Fn(S) -> Vec<f64>),
    f: impl Fn(&S, f64) -> f64,
    grad: impl Fn(&S, f64) -> (f64, (S, f64)),
    jvp: impl Fn(&S, f64, &S, f64) -> (f64, f64),
    hvp: impl Fn(&S, f64, &S, f64) -> (f64, (S, f64), (S, f64)),
    x: &[f64],
    v: &[f64],
) {
    let last = x.len() - 1;
    let flat = |(s, t): (S, f64)| {
        let mut numbers = fields(s);
        numbers.push(t);
        numbers
    };
    check_slice_function(
        |x| f(&make(x), x[last]),
        |x| {
            let (value, gradient) = grad(&make(x), x[last]);
            (value, flat(gradient))
        },
        |x, v| jvp(&make(x), x[last], &make(v), v[last]),
        |x, v| {
            let (value, gradient, product) = hvp(&make(x), x[last], &make(v), v[last]);
            (value, flat(gradient), flat(product))
        },
        x,
        v,
    );
}

#[test]
fn methods_of_a_generic_block_on_the_receivers_twin() {
    let (x, v) = ([0.7, -1.3, 0.4], [0.5, 1.5, -2.0]);
    check_struct_and_float(
        (line, |p| vec![p.slope, p.offset]),
        |p, t| p.eval(t),
        |p, t| p.eval_grad(t),
        |p, t, dp, dt| p.eval_jvp(t, dp, dt),
        |p, t, vp, vt| p.eval_hvp(t, vp, vt),
        &x,
        &v,
    );
    let (x, v) = ([0.3, 0.9, 0.2, -0.6], [1.0, -0.5, 0.25, 2.0]);
    check_slice_function(
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
    check_slice_function(
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
    check_struct_and_float(
        (line, |p| vec![p.slope, p.offset]),
        generic_fit,
        generic_fit_grad,
        generic_fit_jvp,
        generic_fit_hvp,
        &x,
        &v,
    );
}

#[test]
fn a_function_marked_dual_calls_calling_methods_of_a_generic_block() {
    let (x, v) = ([0.6, -0.4, 1.1, 0.3], [0.2, 1.0, -0.7, 0.5]);
    check_slice_function(
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
    check_slice_function(
        |x| c.energy(x),
        |x| c.energy_grad(x),
        |x, v| c.energy_jvp(x, v),
        |x, v| c.energy_hvp(x, v),
        &x,
        &v,
    );
    check_slice_function(
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
    check_slice_function(
        |x| c.against(&other, x),
        |x| c.against_grad(&other, x),
        |x, v| c.against_jvp(&other, x, v),
        |x, v| c.against_hvp(&other, x, v),
        &x,
        &v,
    );
    check_slice_function(
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

// A model generic over its float with array fields and a skipped size; a function in `f64`
// marked `dual_calls` differentiates it through its methods.
#[derive(Clone, Debug, grad::Tangent)]
struct Model<A: Scalar> {
    w: Array2<A>,
    b: Array1<A>,
    scale: A,
    #[tangent(skip)]
    width: usize,
}

#[grad::differentiate]
impl<A: Scalar> Model<A> {
    #[grad::differentiate]
    fn predict(&self, x: &Array1<A>) -> A {
        let hidden = (self.w.dot(x) + &self.b).mapv(|v| v.tanh());
        hidden.sum() * self.scale
    }

    #[grad::differentiate(wrt(self))]
    #[allow(clippy::needless_range_loop)] // Rows and targets by one index.
    fn loss(&self, xs: &Array2<A>, ys: &[A]) -> A {
        let mut total = A::zero();
        for i in 0..ys.len() {
            let err = self.predict(&xs.row(i).to_owned()) - ys[i];
            total += err * err;
        }
        total / A::from(ys.len()).unwrap()
    }
}

#[grad::differentiate(dual_calls, wrt(model))]
fn regularised(model: &Model<f64>, xs: &Array2<f64>, ys: &[f64]) -> f64 {
    model.loss(xs, ys) + 0.1 * (&model.w * &model.w).sum() + model.scale.powi(2)
}

/// The model's differentiated fields, flattened, and back.
fn model(x: &[f64]) -> Model<f64> {
    Model {
        w: Array2::from_shape_vec((2, 2), x[..4].to_vec()).unwrap(),
        b: Array1::from(x[4..6].to_vec()),
        scale: x[6],
        width: 2,
    }
}

fn flat(m: &Model<f64>) -> Vec<f64> {
    [m.w.iter().copied().collect(), m.b.to_vec(), vec![m.scale]].concat()
}

#[test]
fn a_model_with_array_fields_through_its_methods() {
    let xs = array![[0.2, 0.4], [-0.5, 1.0], [0.3, -0.7]];
    let ys = [0.1, -0.4, 0.8];
    let x = [0.1, -0.3, 0.5, 0.2, 0.05, -0.1, 1.5];
    let v = [1.0, 0.0, -0.5, 0.25, 0.5, 0.5, 0.3];
    check_slice_function(
        |x| regularised(&model(x), &xs, &ys),
        |x| {
            let (value, gradient) = regularised_grad(&model(x), &xs, &ys);
            (value, flat(&gradient))
        },
        |x, v| regularised_jvp(&model(x), &xs, &ys, &model(v)),
        |x, v| {
            let (value, gradient, product) = regularised_hvp(&model(x), &xs, &ys, &model(v));
            (value, flat(&gradient), flat(&product))
        },
        &x,
        &v,
    );
    // The method on its own, the point differentiated too.
    let point = array![0.3, 0.1];
    let (value, (dm, dp)) = model(&x).predict_grad(&point);
    let (jvp_value, derivative) = model(&x).predict_jvp(&point, &model(&v), &array![1.0, -2.0]);
    assert_eq!(jvp_value, value);
    let along = grad::Tangent::dot(&dm, &model(&v)) + dp[0] - 2.0 * dp[1];
    assert_relative_eq!(derivative, along, max_relative = 1e-12);
}

// A struct in `f64` holding a line generic over its float: `self.line.eval(..)` runs on the
// field's twin; and a method generic over a float of its own.
#[derive(Clone, Debug)]
struct Holder {
    line: Line<f64>,
    gain: f64,
}

impl Holder {
    #[grad::differentiate(wrt(x), dual_calls)]
    fn run(&self, x: &[f64]) -> f64 {
        self.line.eval(x[0] * x[1]) * self.gain + self.line.slope * x[1].exp()
    }

    #[grad::differentiate(wrt(x))]
    fn cubic<B: Scalar>(&self, x: B) -> B {
        x.powi(3) * B::from(self.gain).unwrap()
    }
}

#[test]
fn a_field_generic_over_its_float_and_a_generic_method() {
    let holder = Holder {
        line: line(&[0.8, -0.2]),
        gain: 1.5,
    };
    let (x, v) = ([0.4, -0.9], [1.0, 0.6]);
    check_slice_function(
        |x| holder.run(x),
        |x| holder.run_grad(x),
        |x, v| holder.run_jvp(x, v),
        |x, v| holder.run_hvp(x, v),
        &x,
        &v,
    );
    let (value, derivative) = holder.cubic_jvp(0.5_f64, 2.0);
    assert_eq!((value, derivative), (0.1875, 2.25));
    let (_, gradient, product) = holder.cubic_hvp(0.5_f64, 2.0);
    assert_eq!((gradient, product), (1.125, 9.0));
}

// Blocks whose float has bounds besides `Scalar` (another bound, a where clause, another
// name): `f_jvp` and `f_hvp` ask them of `Dual<A>`, which meets them.
#[derive(Clone, Debug, grad::Tangent)]
struct Pendulum<A: Scalar> {
    length: A,
    mass: A,
}

#[grad::differentiate]
impl<A: Scalar + std::fmt::Debug> Pendulum<A> {
    #[grad::differentiate]
    fn energy(&self, theta: A) -> A {
        self.mass * self.length * (A::one() - theta.cos()) + self.length * theta * theta
    }
}

#[derive(Clone, Debug, grad::Tangent)]
struct Spring<F: Scalar> {
    stiffness: F,
}

#[grad::differentiate]
impl<F> Spring<F>
where
    F: grad::Scalar + Copy + Send,
{
    #[grad::differentiate]
    fn energy(&self, x: F) -> F {
        self.stiffness * x.powi(2) * (x * self.stiffness).sin()
    }
}

/// A generic function with a where clause and another bound.
#[grad::differentiate]
fn swing<A>(theta: A, k: A) -> A
where
    A: Scalar + PartialOrd,
{
    let s = (k * theta).sin();
    if s > A::zero() {
        s * theta
    } else {
        s - theta * k
    }
}

#[grad::differentiate(dual_calls)]
fn swing_all(p: &Pendulum<f64>, s: &Spring<f64>, x: f64) -> f64 {
    p.energy(x) * s.energy(x) + swing(x, p.mass)
}

fn pendulum(x: &[f64]) -> Pendulum<f64> {
    Pendulum {
        length: x[0],
        mass: x[1],
    }
}

#[test]
fn blocks_with_other_bounds_on_their_float() {
    let (x, v) = ([0.8, 1.3, 0.6], [0.5, -1.0, 1.5]);
    check_struct_and_float(
        (pendulum, |p| vec![p.length, p.mass]),
        |p, t| p.energy(t),
        |p, t| p.energy_grad(t),
        |p, t, dp, dt| p.energy_jvp(t, dp, dt),
        |p, t, vp, vt| p.energy_hvp(t, vp, vt),
        &x,
        &v,
    );
    let spring = |x: &[f64]| Spring { stiffness: x[0] };
    let (x, v) = ([0.7, -0.4], [1.0, 0.5]);
    check_struct_and_float(
        (spring, |s| vec![s.stiffness]),
        |s, t| s.energy(t),
        |s, t| s.energy_grad(t),
        |s, t, ds, dt| s.energy_jvp(t, ds, dt),
        |s, t, vs, vt| s.energy_hvp(t, vs, vt),
        &x,
        &v,
    );
    for x in [[0.9, 1.2], [-0.9, 1.2]] {
        check_two_floats(swing, swing_grad, swing_jvp, swing_hvp, x, [0.3, -1.1]);
    }
    let (x, v) = ([0.8, 1.3, 0.7, 0.6], [0.5, -1.0, 0.25, 1.5]);
    check_slice_function(
        |x| swing_all(&pendulum(x), &spring(&x[2..]), x[3]),
        |x| {
            let (value, (dp, ds, dx)) = swing_all_grad(&pendulum(x), &spring(&x[2..]), x[3]);
            (value, vec![dp.length, dp.mass, ds.stiffness, dx])
        },
        |x, v| {
            let (p, s) = (pendulum(x), spring(&x[2..]));
            swing_all_jvp(&p, &s, x[3], &pendulum(v), &spring(&v[2..]), v[3])
        },
        |x, v| {
            let (p, s) = (pendulum(x), spring(&x[2..]));
            let (value, (dp, ds, dx), (hp, hs, hx)) =
                swing_all_hvp(&p, &s, x[3], &pendulum(v), &spring(&v[2..]), v[3]);
            (
                value,
                vec![dp.length, dp.mass, ds.stiffness, dx],
                vec![hp.length, hp.mass, hs.stiffness, hx],
            )
        },
        &x,
        &v,
    );
}

// Methods of the user's named like the library's vocabulary (`sum`, `dot`, `exp`, `norm`):
// called on `self` or on a parameter of the user's struct, they are the user's, run at dual
// numbers through their companions.
#[derive(Clone, Debug)]
struct Basis {
    weights: Vec<f64>,
}

impl Basis {
    /// Not differentiated: a query, which runs as written at dual numbers too.
    fn len(&self) -> usize {
        self.weights.len()
    }

    #[grad::differentiate(wrt(x), dual_calls)]
    #[allow(clippy::needless_range_loop)] // Weights and points by one index.
    fn sum(&self, x: &[f64]) -> f64 {
        let mut total = 0.0;
        for i in 0..x.len() {
            total += self.weights[i] * x[i].sin();
        }
        total
    }

    #[grad::differentiate(wrt(x), dual_calls)]
    #[allow(clippy::needless_range_loop)] // Weights and points by one index.
    fn dot(&self, x: &[f64]) -> f64 {
        let mut total = 0.0;
        for i in 0..self.len() {
            total += self.weights[i] * x[i] * x[i];
        }
        total
    }

    /// Both through `self`, beside the library's `sum` on a field and on an iterator.
    #[grad::differentiate(wrt(x), dual_calls)]
    #[allow(clippy::needless_borrow)] // `(&self).dot(x)`: the receiver behind a borrow.
    fn norm(&self, x: &[f64]) -> f64 {
        let scale: f64 = self.weights.iter().sum();
        self.sum(x) * (&self).dot(x) + x.iter().map(|v| v * v).sum::<f64>() * scale
    }
}

#[grad::differentiate(wrt(x), dual_calls)]
fn through_basis(basis: &Basis, x: &[f64]) -> f64 {
    basis.norm(x).ln() + basis.sum(x).exp() - basis.dot(x)
}

#[derive(Clone, Debug, grad::Tangent)]
struct Wave<A: Scalar> {
    amplitude: A,
    rate: A,
}

#[grad::differentiate]
impl<A: Scalar> Wave<A> {
    #[grad::differentiate]
    fn exp(&self, t: A) -> A {
        self.amplitude * (self.rate * t).exp()
    }

    #[grad::differentiate]
    fn max(&self, other: &Self, t: A) -> A {
        self.exp(t) * other.exp(t * t) + self.sum()
    }

    /// Without arguments, as the library's `sum()`.
    #[grad::differentiate]
    fn sum(&self) -> A {
        self.amplitude * self.rate.sin()
    }
}

#[grad::differentiate(dual_calls)]
fn through_waves(w: &Wave<f64>, t: f64) -> f64 {
    w.exp(t).sin() + w.max(w, t) * t.exp() + w.sum().powi(2)
}

#[test]
fn methods_named_like_the_librarys() {
    let basis = Basis {
        weights: vec![0.5, -1.5, 2.0],
    };
    let (x, v) = ([0.3, 0.8, -0.4], [1.0, 0.5, -0.25]);
    check_slice_function(
        |x| basis.norm(x),
        |x| basis.norm_grad(x),
        |x, v| basis.norm_jvp(x, v),
        |x, v| basis.norm_hvp(x, v),
        &x,
        &v,
    );
    check_slice_function(
        |x| through_basis(&basis, x),
        |x| through_basis_grad(&basis, x),
        |x, v| through_basis_jvp(&basis, x, v),
        |x, v| through_basis_hvp(&basis, x, v),
        &x,
        &v,
    );
    let waves = |x: &[f64]| Wave {
        amplitude: x[0],
        rate: x[1],
    };
    let wave_fields = |w: Wave<f64>| vec![w.amplitude, w.rate];
    check_struct_and_float(
        (waves, wave_fields),
        through_waves,
        through_waves_grad,
        through_waves_jvp,
        through_waves_hvp,
        &[0.7, -0.3, 0.9],
        &[0.4, 1.0, -0.8],
    );
}

// Associated functions without `self`: in a block marked #[grad::differentiate] (or marked alone
// and naming `Self`), their companions are associated functions of the block, which callers
// reach as `Self::penalty(x)` or `Rod::penalty(x)`.
#[derive(Clone, Debug)]
struct Rod {
    stiffness: f64,
}

#[grad::differentiate]
impl Rod {
    #[grad::differentiate]
    fn penalty(x: f64) -> f64 {
        x.sin() * x + 0.5 * x.powi(3)
    }

    #[grad::differentiate]
    fn bend(x: &[f64]) -> f64 {
        let mut total = 0.0;
        for i in 1..x.len() {
            total += (x[i] - x[i - 1]).powi(2) * x[i].cos();
        }
        total
    }

    #[grad::differentiate(wrt(x), dual_calls)]
    fn energy(&self, x: &[f64]) -> f64 {
        self.stiffness * Self::bend(x) + Rod::penalty(x[0] * x[1])
    }
}

impl Rod {
    /// Marked alone: `Self` in the body says it is in an `impl` block.
    #[grad::differentiate(dual_calls)]
    fn relaxed(x: &[f64]) -> f64 {
        (Self::bend(x) + 1.0).ln() * Self::penalty(x[2])
    }
}

#[grad::differentiate(dual_calls)]
fn rod_total(x: &[f64]) -> f64 {
    Rod::penalty(x[1]).exp() + Rod::relaxed(x) * x[0]
}

#[grad::differentiate]
impl<A: Scalar> Wave<A> {
    #[grad::differentiate]
    fn ramp(t: A) -> A {
        (t * t + A::one()).sqrt()
    }

    #[grad::differentiate]
    fn blend(a: &Self, b: &Self, t: A) -> A {
        a.exp(t) * b.rate + Self::ramp(a.amplitude * t)
    }
}

#[grad::differentiate(dual_calls)]
fn through_ramps(w: &Wave<f64>, t: f64) -> f64 {
    Wave::ramp(t * w.rate) + Wave::blend(w, w, t).sin()
}

#[test]
fn associated_functions_without_self() {
    let (x, v) = ([0.4, -0.7, 1.1], [1.0, 0.3, -0.5]);
    check_slice_function(
        |x| Rod::penalty(x[0]),
        |x| {
            let (value, dx) = Rod::penalty_grad(x[0]);
            (value, vec![dx])
        },
        |x, v| Rod::penalty_jvp(x[0], v[0]),
        |x, v| {
            let (value, dx, hx) = Rod::penalty_hvp(x[0], v[0]);
            (value, vec![dx], vec![hx])
        },
        &x[..1],
        &v[..1],
    );
    check_slice_function(
        Rod::bend,
        Rod::bend_grad,
        Rod::bend_jvp,
        Rod::bend_hvp,
        &x,
        &v,
    );
    let rod = Rod { stiffness: 1.5 };
    check_slice_function(
        |x| rod.energy(x),
        |x| rod.energy_grad(x),
        |x, v| rod.energy_jvp(x, v),
        |x, v| rod.energy_hvp(x, v),
        &x,
        &v,
    );
    check_slice_function(
        Rod::relaxed,
        Rod::relaxed_grad,
        Rod::relaxed_jvp,
        Rod::relaxed_hvp,
        &x,
        &v,
    );
    check_slice_function(
        rod_total,
        rod_total_grad,
        rod_total_jvp,
        rod_total_hvp,
        &x,
        &v,
    );
}

#[test]
fn associated_functions_of_a_generic_block() {
    let wave = |x: &[f64]| Wave {
        amplitude: x[0],
        rate: x[1],
    };
    let (x, v) = ([0.6, -0.2, 0.9, 0.4, 1.3], [0.5, 1.0, -0.3, 0.8, -1.2]);
    check_slice_function(
        |x| Wave::blend(&wave(x), &wave(&x[2..]), x[4]),
        |x| {
            let (value, (da, db, dt)) = Wave::blend_grad(&wave(x), &wave(&x[2..]), x[4]);
            (
                value,
                vec![da.amplitude, da.rate, db.amplitude, db.rate, dt],
            )
        },
        |x, v| {
            Wave::blend_jvp(
                &wave(x),
                &wave(&x[2..]),
                x[4],
                &wave(v),
                &wave(&v[2..]),
                v[4],
            )
        },
        |x, v| {
            let (value, (da, db, dt), (ha, hb, ht)) = Wave::blend_hvp(
                &wave(x),
                &wave(&x[2..]),
                x[4],
                &wave(v),
                &wave(&v[2..]),
                v[4],
            );
            (
                value,
                vec![da.amplitude, da.rate, db.amplitude, db.rate, dt],
                vec![ha.amplitude, ha.rate, hb.amplitude, hb.rate, ht],
            )
        },
        &x,
        &v,
    );
    check_struct_and_float(
        (wave, |w| vec![w.amplitude, w.rate]),
        through_ramps,
        through_ramps_grad,
        through_ramps_jvp,
        through_ramps_hvp,
        &[0.6, -0.2, 0.9],
        &[0.5, 1.0, -0.3],
    );
    let (value, derivative) = Wave::ramp_jvp(0.75_f64, 2.0);
    assert_eq!(value, 1.25);
    assert_relative_eq!(derivative, 2.0 * 0.75 / 1.25, max_relative = 1e-12);
}

// A bound of the user's on the float, which `Dual<f64>` meets because the user says so
// (`impl Calibrated for Dual<f64>`): `dual_calls` on the method asks it of `Dual<A>`.
trait Calibrated {
    /// A constant of the type, not differentiated.
    fn factor() -> f64;
}

impl Calibrated for f64 {
    fn factor() -> f64 {
        1.5
    }
}

impl Calibrated for grad::Dual<f64> {
    fn factor() -> f64 {
        1.5
    }
}

#[derive(Clone, Debug, grad::Tangent)]
struct Gauge<A: Scalar> {
    gain: A,
}

#[grad::differentiate]
impl<A: Scalar + Calibrated> Gauge<A> {
    #[grad::differentiate(dual_calls)]
    fn read(&self, t: A) -> A {
        let scale = A::from(A::factor()).unwrap();
        (self.gain * t * scale).sin() * t
    }
}

#[grad::differentiate(dual_calls)]
fn calibrated<A: Scalar + Calibrated>(x: A, y: A) -> A {
    let scale = A::from(A::factor()).unwrap();
    (x * y * scale).exp() + x * scale
}
#[test]
fn a_bound_of_the_users_on_the_float_with_dual_calls() {
    let gauge = |x: &[f64]| Gauge { gain: x[0] };
    let (x, v) = ([0.7, -0.4], [1.0, 0.5]);
    check_struct_and_float(
        (gauge, |g| vec![g.gain]),
        |g, t| g.read(t),
        |g, t| g.read_grad(t),
        |g, t, dg, dt| g.read_jvp(t, dg, dt),
        |g, t, vg, vt| g.read_hvp(t, vg, vt),
        &x,
        &v,
    );
    check_two_floats(
        calibrated,
        calibrated_grad,
        calibrated_jvp,
        calibrated_hvp,
        x,
        v,
    );
}

// A parameter whose type looks like a struct of the user's but is an alias of a container:
// its iterators and queries run as written, not through companions.
type Labels = Vec<usize>;

#[grad::differentiate(wrt(x), dual_calls)]
fn by_labels(labels: &Labels, x: &[f64]) -> f64 {
    let mut total = 0.0;
    for &label in labels.iter() {
        total += x[label].sin() * x[1 - label];
    }
    total / labels.len() as f64
}

#[test]
fn an_alias_of_a_container_is_not_a_struct() {
    let labels = vec![0, 1, 1];
    check_slice_function(
        |x| by_labels(&labels, x),
        |x| by_labels_grad(&labels, x),
        |x, v| by_labels_jvp(&labels, x, v),
        |x, v| by_labels_hvp(&labels, x, v),
        &[0.5, 0.7],
        &[1.0, -0.5],
    );
}
