//! Dual numbers (`grad_runtime::Dual`) as scalars: every float function's tangent against a
//! central difference of the function on `f64`; the float and operator rules run at dual numbers
//! (forward over reverse), whose cotangents' tangents are second derivatives, against central
//! differences of the `f64` rules' gradients; the conversions, constants, comparisons and
//! printing; the literal and cast helpers of generated code (`FromLiteral`, `CastTo`).
//!
//! Derivatives by the five-point stencil with step `1e-3` (truncation `~h⁴`, rounding
//! `~1e-13`), compared with a relative error below `1e-6`.

use approx::assert_relative_eq;
use grad_runtime::__private::prelude::*;
use grad_runtime::__private::{AddVjp, CastTo, DivVjp, FromLiteral, MulVjp, NegVjp, SubVjp};
use grad_runtime::Dual;
use grad_runtime::ndarray::{Array1, array};
use num_traits::{Float, FloatConst, FromPrimitive, Num, NumCast, One, Signed, ToPrimitive, Zero};

type D = Dual<f64>;

const STEP: f64 = 1e-3;

/// `d/dt f(t)` at `t = 0` by the five-point stencil.
fn derivative(f: impl Fn(f64) -> f64) -> f64 {
    let h = STEP;
    (f(-2.0 * h) - 8.0 * f(-h) + 8.0 * f(h) - f(2.0 * h)) / (12.0 * h)
}

/// `x + t v`, element by element.
fn along(x: &[f64], v: &[f64], t: f64) -> Vec<f64> {
    x.iter().zip(v).map(|(x, v)| x + t * v).collect()
}

/// The dual numbers `x_i + v_i ε`.
fn duals(x: &[f64], v: &[f64]) -> Vec<D> {
    x.iter().zip(v).map(|(&x, &v)| Dual::new(x, v)).collect()
}

fn assert_close(what: &str, actual: f64, expected: f64) {
    assert!(
        actual.is_finite() && expected.is_finite(),
        "{what}: {actual} vs {expected}"
    );
    assert_relative_eq!(actual, expected, max_relative = 1e-6, epsilon = 1e-9);
}

/// `f` at `x + vε` has the value `f(x)` and the tangent `d/dt f(x + t v)`.
fn assert_tangent(
    what: &str,
    dual: impl Fn(&[D]) -> D,
    real: impl Fn(&[f64]) -> f64,
    x: &[f64],
    v: &[f64],
) {
    let y = dual(&duals(x, v));
    assert_eq!(
        y.value.to_bits(),
        real(x).to_bits(),
        "{what}: the value is f64's"
    );
    assert_close(what, y.tangent, derivative(|t| real(&along(x, v, t))));
}

/// The directions a function of `n` arguments is checked along: each axis, and all at once.
fn directions(n: usize) -> Vec<Vec<f64>> {
    let mut all: Vec<Vec<f64>> = (0..n)
        .map(|i| (0..n).map(|j| if i == j { 1.0 } else { 0.0 }).collect())
        .collect();
    all.push((0..n).map(|j| 0.5 - 0.75 * j as f64).collect());
    all
}

/// Every function of one argument, at each point, through the inherent method and through
/// `num_traits::Float` (which must agree bit for bit).
macro_rules! unary_tangents {
    ($($name:ident at [$($x:expr),*];)*) => {$(
        for x in [$($x),*] {
            let through_float = <D as Float>::$name(Dual::new(x, 1.0));
            let inherent = Dual::new(x, 1.0).$name();
            assert_eq!((through_float.value, through_float.tangent), (inherent.value, inherent.tangent));
            assert_tangent(stringify!($name), |d| d[0].$name(), |r| r[0].$name(), &[x], &[1.0]);
            assert_tangent(stringify!($name), |d| d[0].$name(), |r| r[0].$name(), &[x], &[-0.5]);
        }
    )*};
}

#[test]
fn every_function_of_one_argument_has_its_derivative_as_tangent() {
    unary_tangents! {
        exp at [0.7, -1.3];
        exp2 at [0.7, -1.3];
        exp_m1 at [1e-3, -0.8];
        ln at [0.3, 2.5];
        ln_1p at [1e-3, 0.9];
        log2 at [0.3, 2.5];
        log10 at [0.3, 2.5];
        sqrt at [0.3, 2.5];
        cbrt at [0.3, -2.5];
        sin at [0.3, -2.5];
        cos at [0.3, -2.5];
        tan at [0.3, -1.2];
        asin at [0.3, -0.8];
        acos at [0.3, -0.8];
        atan at [0.3, -2.5];
        sinh at [0.3, -2.5];
        cosh at [0.3, -2.5];
        tanh at [0.3, -2.5];
        asinh at [0.3, -2.5];
        acosh at [1.3, 2.5];
        atanh at [0.3, -0.8];
        recip at [0.3, -2.5];
        to_degrees at [0.3, -2.5];
        to_radians at [30.0, -250.0];
        abs at [0.3, -2.5];
        signum at [0.3, -2.5];
        floor at [0.3, -2.5];
        ceil at [0.3, -2.4];
        round at [0.3, -2.4];
        trunc at [0.3, -2.4];
        fract at [0.3, -2.4];
    }
}

#[test]
fn functions_std_has_and_float_does_not_have_their_derivatives_too() {
    for x in [0.3, -2.4] {
        assert_tangent(
            "round_ties_even",
            |d| d[0].round_ties_even(),
            |r| r[0].round_ties_even(),
            &[x],
            &[1.0],
        );
    }
    for n in [-2, 0, 1, 3] {
        assert_tangent("powi", |d| d[0].powi(n), |r| r[0].powi(n), &[1.7], &[1.0]);
        let through_float = <D as Float>::powi(Dual::new(1.7, 1.0), n);
        assert_eq!(through_float.tangent, Dual::new(1.7, 1.0).powi(n).tangent);
    }
    for (x, y) in [(5.3, 2.0), (-5.3, 2.0), (5.3, -1.5)] {
        for v in directions(2) {
            assert_tangent(
                "rem_euclid",
                |d| d[0].rem_euclid(d[1]),
                |r| r[0].rem_euclid(r[1]),
                &[x, y],
                &v,
            );
            assert_tangent(
                "div_euclid",
                |d| d[0].div_euclid(d[1]),
                |r| r[0].div_euclid(r[1]),
                &[x, y],
                &v,
            );
            assert_tangent(
                "midpoint",
                |d| d[0].midpoint(d[1]),
                |r| r[0].midpoint(r[1]),
                &[x, y],
                &v,
            );
            assert_tangent("%", |d| d[0] % d[1], |r| r[0] % r[1], &[x, y], &v);
        }
    }
}

/// Functions of two arguments, along each argument and both at once, at each point.
macro_rules! binary_tangents {
    ($($name:ident at [$(($x:expr, $y:expr)),*];)*) => {$(
        for (x, y) in [$(($x, $y)),*] {
            for v in directions(2) {
                assert_tangent(
                    stringify!($name),
                    |d| <D as Float>::$name(d[0], d[1]),
                    |r| r[0].$name(r[1]),
                    &[x, y],
                    &v,
                );
            }
        }
    )*};
}

#[test]
#[allow(deprecated)] // f64::abs_sub, the function `Float::abs_sub` is checked against
fn every_function_of_two_arguments_has_its_partial_derivatives_in_the_tangent() {
    binary_tangents! {
        powf at [(1.7, 2.3), (0.4, -1.5)];
        log at [(1.7, 2.3), (0.4, 10.0)];
        hypot at [(1.7, -2.3), (0.4, 0.1)];
        atan2 at [(1.7, -2.3), (-0.4, -0.1)];
        max at [(1.7, -2.3), (-0.4, 0.1)];
        min at [(1.7, -2.3), (-0.4, 0.1)];
        abs_sub at [(1.7, -2.3), (-0.4, 0.1)];
        copysign at [(1.7, -2.3), (-0.4, 0.1), (-0.4, -0.1)];
    }
    for (x, y) in [(1.7, -2.3), (0.4, 0.1)] {
        for v in directions(2) {
            assert_tangent("+", |d| d[0] + d[1], |r| r[0] + r[1], &[x, y], &v);
            assert_tangent("-", |d| d[0] - d[1], |r| r[0] - r[1], &[x, y], &v);
            assert_tangent("*", |d| d[0] * d[1], |r| r[0] * r[1], &[x, y], &v);
            assert_tangent("/", |d| d[0] / d[1], |r| r[0] / r[1], &[x, y], &v);
            assert_tangent("-x", |d| -d[0], |r| -r[0], &[x, y], &v);
        }
    }
    for v in directions(3) {
        let mul_add = |r: &[f64]| r[0].mul_add(r[1], r[2]);
        assert_tangent(
            "mul_add",
            |d| <D as Float>::mul_add(d[0], d[1], d[2]),
            mul_add,
            &[1.5, -0.7, 0.2],
            &v,
        );
        let clamp = |r: &[f64]| r[0].clamp(r[1], r[2]);
        for x in [-2.0, 0.3, 2.0] {
            assert_tangent(
                "clamp",
                |d| <D as Float>::clamp(d[0], d[1], d[2]),
                clamp,
                &[x, -1.0, 1.0],
                &v,
            );
        }
    }
    let (sin, cos) = Dual::new(0.7, 2.0).sin_cos();
    assert_eq!((sin.value, cos.value), 0.7_f64.sin_cos());
    assert_close("sin_cos", sin.tangent, 2.0 * 0.7_f64.cos());
    assert_close("sin_cos", cos.tangent, -2.0 * 0.7_f64.sin());
}

#[test]
fn kinks_follow_the_reverse_rules_conventions() {
    // abs'(0) = 0; max and min give a tie to the receiver, and the other argument's tangent
    // when the receiver is NaN; clamp at a bound takes x's tangent.
    assert_eq!(Dual::new(0.0, 1.0).abs().tangent, 0.0);
    assert_eq!(Dual::new(1.0, 2.0).max(Dual::new(1.0, 3.0)).tangent, 2.0);
    assert_eq!(Dual::new(1.0, 2.0).min(Dual::new(1.0, 3.0)).tangent, 2.0);
    assert_eq!(
        Dual::new(f64::NAN, 2.0).max(Dual::new(1.0, 3.0)).tangent,
        3.0
    );
    assert_eq!(
        Dual::new(1.0, 2.0).max(Dual::new(f64::NAN, 3.0)).tangent,
        2.0
    );
    let at_bound = Dual::new(1.0, 2.0).clamp(Dual::new(-1.0, 3.0), Dual::new(1.0, 4.0));
    assert_eq!(at_bound.tangent, 2.0);
    // The derivative along the zero direction is 0 even where it is infinite.
    assert_eq!(Dual::constant(0.0).sqrt().tangent, 0.0);
    assert_eq!(Dual::constant(0.0).powf(Dual::new(2.0, 1.0)).tangent, 0.0);
    assert_eq!(Dual::constant(0.0).hypot(Dual::constant(0.0)).tangent, 0.0);
    assert_eq!(Dual::new(0.0, 1.0).sqrt().tangent, f64::INFINITY);
}

#[test]
#[should_panic(expected = "min > max")]
fn clamp_with_crossed_bounds_panics_as_std_does() {
    let _ = Dual::new(0.5, 1.0).clamp(Dual::constant(1.0), Dual::constant(-1.0));
}

/// The cotangents of a rule run at `x + vε` and pulled back from `1`: their values are the
/// gradient the rule gives at `x`, their tangents `H v`, the derivative of that gradient along
/// `v` (forward over reverse).
fn assert_hessian_vector(
    what: &str,
    dual: impl Fn(&[D]) -> Vec<D>,
    real: impl Fn(&[f64]) -> Vec<f64>,
    x: &[f64],
) {
    for v in directions(x.len()) {
        let cotangents = dual(&duals(x, &v));
        let gradient = real(x);
        for (i, c) in cotangents.iter().enumerate() {
            assert_close(what, c.value, gradient[i]);
            let second = derivative(|t| real(&along(x, &v, t))[i]);
            assert_close(
                &format!("{what}, argument {i}, along {v:?}"),
                c.tangent,
                second,
            );
        }
    }
}

/// A unary float rule's pullback at `x + ε` has the second derivative as tangent.
macro_rules! unary_rules {
    ($($vjp:ident at [$($x:expr),*];)*) => {$(
        for x in [$($x),*] {
            assert_hessian_vector(
                stringify!($vjp),
                |d| vec![d[0].$vjp().1(D::one()).0],
                |r| vec![r[0].$vjp().1(1.0).0],
                &[x],
            );
        }
    )*};
}

#[test]
fn the_float_rules_at_dual_numbers_give_second_derivatives() {
    unary_rules! {
        exp_vjp at [0.7, -1.3];
        exp2_vjp at [0.7];
        exp_m1_vjp at [0.2];
        ln_vjp at [0.3, 2.5];
        ln_1p_vjp at [0.9];
        log2_vjp at [0.3];
        log10_vjp at [2.5];
        sqrt_vjp at [0.3, 2.5];
        cbrt_vjp at [0.3, -2.5];
        sin_vjp at [0.3, -2.5];
        cos_vjp at [0.3, -2.5];
        tan_vjp at [0.3, -1.2];
        asin_vjp at [0.3, -0.8];
        acos_vjp at [0.3, -0.8];
        atan_vjp at [0.3, -2.5];
        sinh_vjp at [0.3];
        cosh_vjp at [-2.5];
        tanh_vjp at [0.3, -1.5];
        asinh_vjp at [0.3, -2.5];
        acosh_vjp at [1.3, 2.5];
        atanh_vjp at [0.3, -0.8];
        abs_vjp at [0.3, -2.5];
        recip_vjp at [0.3, -2.5];
        to_degrees_vjp at [0.3];
        to_radians_vjp at [0.3];
        signum_vjp at [0.3];
        floor_vjp at [0.3];
        ceil_vjp at [0.3];
        round_vjp at [0.3];
        trunc_vjp at [0.3];
        round_ties_even_vjp at [0.3];
        fract_vjp at [0.3];
    }
    for n in [-2, 0, 1, 2, 5] {
        assert_hessian_vector(
            "powi_vjp",
            |d| vec![d[0].powi_vjp(n).1(D::one()).0],
            |r| vec![r[0].powi_vjp(n).1(1.0).0],
            &[1.3],
        );
    }
    assert_hessian_vector(
        "sin_cos_vjp",
        |d| vec![d[0].sin_cos_vjp().1((D::one(), Dual::constant(0.5))).0],
        |r| vec![r[0].sin_cos_vjp().1((1.0, 0.5)).0],
        &[0.7],
    );
}

/// A binary rule's pullback at `(x, y) + (u, w)ε`, both cotangents.
macro_rules! binary_rules {
    ($($what:literal: |$a:ident, $b:ident| $rule:expr, at [$(($x:expr, $y:expr)),*];)*) => {$(
        for (x, y) in [$(($x, $y)),*] {
            assert_hessian_vector(
                $what,
                |d| {
                    let ($a, $b) = (d[0], d[1]);
                    let (c_a, c_b) = $rule.1(D::one());
                    vec![c_a, c_b]
                },
                |r| {
                    let ($a, $b) = (r[0], r[1]);
                    let (c_a, c_b) = $rule.1(1.0);
                    vec![c_a, c_b]
                },
                &[x, y],
            );
        }
    )*};
}

#[test]
fn the_binary_rules_at_dual_numbers_give_hessians_in_both_arguments() {
    binary_rules! {
        "powf": |a, b| a.powf_vjp(b), at [(1.7, 2.3), (0.4, -1.5)];
        "atan2": |a, b| a.atan2_vjp(b), at [(1.7, -2.3), (-0.4, -0.1)];
        "hypot": |a, b| a.hypot_vjp(b), at [(1.7, -2.3), (0.4, 0.1)];
        "log": |a, b| a.log_vjp(b), at [(1.7, 2.3)];
        "max": |a, b| a.max_vjp(b), at [(1.7, -2.3)];
        "min": |a, b| a.min_vjp(b), at [(1.7, -2.3)];
        "copysign": |a, b| a.copysign_vjp(b), at [(1.7, -2.3)];
        "abs_sub": |a, b| a.abs_sub_vjp(b), at [(1.7, -2.3)];
        "midpoint": |a, b| a.midpoint_vjp(b), at [(1.7, -2.3)];
        "rem_euclid": |a, b| a.rem_euclid_vjp(b), at [(5.3, 2.0)];
        "div_euclid": |a, b| a.div_euclid_vjp(b), at [(5.3, 2.0)];
        "+": |a, b| AddVjp::add_vjp(&a, &b), at [(1.7, -2.3)];
        "-": |a, b| SubVjp::sub_vjp(&a, &b), at [(1.7, -2.3)];
        "*": |a, b| MulVjp::mul_vjp(&a, &b), at [(1.7, -2.3), (0.4, 0.1)];
        "/": |a, b| DivVjp::div_vjp(&a, &b), at [(1.7, -2.3), (0.4, 0.1)];
        "* by reference": |a, b| MulVjp::mul_vjp(&&a, &&b), at [(1.7, -2.3)];
    }
    assert_hessian_vector(
        "neg",
        |d| vec![d[0].neg_vjp().1(D::one()).0],
        |r| vec![r[0].neg_vjp().1(1.0).0],
        &[0.7],
    );
    for x in [-2.0, 0.3, 2.0] {
        assert_hessian_vector(
            "mul_add(x² ..)",
            |d| {
                let (_, pullback) = d[0].mul_add_vjp(d[0] * d[1], d[2]);
                let (c_x, c_a, c_b) = pullback(D::one());
                vec![c_x, c_a, c_b]
            },
            |r| {
                let (_, pullback) = r[0].mul_add_vjp(r[0] * r[1], r[2]);
                let (c_x, c_a, c_b) = pullback(1.0);
                vec![c_x, c_a, c_b]
            },
            &[x, 0.5, -0.25],
        );
        assert_hessian_vector(
            "clamp",
            |d| {
                let (c_x, c_min, c_max) = d[0].clamp_vjp(d[1], d[2]).1(D::one());
                vec![c_x, c_min, c_max]
            },
            |r| {
                let (c_x, c_min, c_max) = r[0].clamp_vjp(r[1], r[2]).1(1.0);
                vec![c_x, c_min, c_max]
            },
            &[x, -1.0, 1.0],
        );
    }
}

#[test]
fn casts_between_dual_types_and_from_integers_have_their_rules() {
    use grad_runtime::__private::CastVjp;
    let x = Dual::new(1.5_f64, 0.25);
    let (y, pullback): (Dual<f32>, _) = x.cast_vjp();
    assert_eq!((y.value, y.tangent), (1.5_f32, 0.25_f32));
    let (c,) = pullback(Dual::new(2.0_f32, 0.5));
    assert_eq!((c.value, c.tangent), (2.0_f64, 0.5));
    let (n, pullback): (Dual<f64>, _) = 7_usize.cast_vjp();
    assert_eq!((n.value, n.tangent), (7.0, 0.0));
    assert_eq!(pullback(Dual::new(1.0, 1.0)), (0,));
}

#[test]
fn conversions_constants_comparisons_and_printing_read_the_value() {
    assert_eq!(D::EPSILON.value, f64::EPSILON);
    assert_eq!(Dual::<f32>::MAX.value, f32::MAX);
    assert_eq!(
        (D::MIN.value, D::MIN_POSITIVE.value),
        (f64::MIN, f64::MIN_POSITIVE)
    );
    assert_eq!(
        (D::INFINITY.value, D::NEG_INFINITY.value),
        (f64::INFINITY, f64::NEG_INFINITY)
    );
    assert!(D::NAN.is_nan() && D::NAN.tangent == 0.0 && D::MAX.tangent == 0.0);
    assert_eq!(<D as FloatConst>::PI().value, core::f64::consts::PI);
    assert_eq!(<D as Float>::epsilon().value, f64::EPSILON);
    // Comparisons and tests on the value.
    assert_eq!(Dual::new(1.0, 2.0), Dual::new(1.0, 3.0));
    assert!(Dual::new(1.0, 5.0) < Dual::new(2.0, -5.0));
    assert!(Dual::new(0.0, 1.0).is_zero() && D::one().value == 1.0 && D::zero().tangent == 0.0);
    assert_eq!(
        Dual::new(-3.0, 1.0).integer_decode(),
        (-3.0_f64).integer_decode()
    );
    assert!(Dual::new(-0.0, 1.0).is_sign_negative() && Dual::new(1e-310, 1.0).is_subnormal());
    assert!(
        Dual::new(-2.0, 1.0).is_negative() && Signed::abs(&Dual::new(-2.0, 1.0)).tangent == -1.0
    );
    // Conversions to numbers read the value; from numbers give constants.
    assert_eq!(Dual::new(2.7, 1.0).to_i64(), Some(2));
    assert_eq!(Dual::new(2.5, 1.0).to_f32(), Some(2.5));
    let from = [
        D::from_usize(3).unwrap(),
        <D as NumCast>::from(4_u8).unwrap(),
        D::from_str_radix("1.5", 10).unwrap(),
    ];
    assert_eq!(
        from.map(|d| (d.value, d.tangent)),
        [(3.0, 0.0), (4.0, 0.0), (1.5, 0.0)]
    );
    // Sums and products with their tangents.
    let xs = [
        Dual::new(1.0, 1.0),
        Dual::new(2.0, 0.5),
        Dual::new(3.0, -1.0),
    ];
    let sum: D = xs.iter().sum();
    assert_eq!((sum.value, sum.tangent), (6.0, 0.5));
    let product: D = xs.into_iter().product();
    // (xyz)' = x'yz + xy'z + xyz'
    assert_eq!((product.value, product.tangent), (6.0, 6.0 + 1.5 - 2.0));
    let mut x = Dual::new(1.0, 1.0);
    x += Dual::new(2.0, 1.0);
    x *= Dual::new(2.0, 0.0);
    x -= &Dual::new(1.0, 1.0);
    x /= Dual::new(5.0, 0.0);
    assert_eq!((x.value, x.tangent), (1.0, 0.6));
    // Printing.
    assert_eq!(Dual::new(1.5, 0.25).to_string(), "1.5 + 0.25ε");
    assert_eq!(format!("{:.2}", Dual::new(1.0, -0.5)), "1.00 - 0.50ε");
    assert_eq!(format!("{:e}", Dual::new(1500.0, 0.5)), "1.5e3 + 5e-1ε");
}

#[test]
fn dual_numbers_scale_arrays_from_either_side() {
    let a: Array1<D> = array![Dual::new(1.0, 1.0), Dual::new(2.0, 0.0)];
    let two = Dual::new(2.0, 1.0);
    let left = two * &a;
    let right = &a * two;
    let owned = two - a.clone();
    assert_eq!(
        left.mapv(|d| (d.value, d.tangent)),
        array![(2.0, 3.0), (4.0, 2.0)]
    );
    assert_eq!(
        right.mapv(|d| (d.value, d.tangent)),
        array![(2.0, 3.0), (4.0, 2.0)]
    );
    assert_eq!(
        owned.mapv(|d| (d.value, d.tangent)),
        array![(1.0, 0.0), (0.0, 1.0)]
    );
}

#[test]
fn literals_are_their_value_in_each_float_type() {
    assert_eq!(<f64 as FromLiteral>::from_literal(0.1), 0.1);
    assert_eq!(<f32 as FromLiteral>::from_literal(0.1), 0.1_f32);
    assert_eq!(<f32 as FromLiteral>::from_literal(1e40), f32::INFINITY);
    let third = <Dual<f32> as FromLiteral>::from_literal(1.0 / 3.0);
    assert_eq!((third.value, third.tangent), (1.0_f32 / 3.0, 0.0));
}

#[test]
fn casts_are_rusts_as_and_constants_or_values_for_dual_numbers() {
    // As `as` does: saturating, NaN to 0, wrapping between integers, rounding to f32.
    assert_eq!(<f64 as CastTo<usize>>::cast_to(f64::NAN), 0);
    assert_eq!(<f64 as CastTo<usize>>::cast_to(-1.5), 0);
    assert_eq!(<f64 as CastTo<u32>>::cast_to(1e20), u32::MAX);
    assert_eq!(<f32 as CastTo<i8>>::cast_to(-1e9), i8::MIN);
    assert_eq!(<i32 as CastTo<u8>>::cast_to(300), 44);
    assert_eq!(<i32 as CastTo<u32>>::cast_to(-1), u32::MAX);
    assert_eq!(<f64 as CastTo<f32>>::cast_to(0.1), 0.1_f32);
    assert_eq!(
        <u128 as CastTo<f64>>::cast_to(u128::MAX),
        3.402823669209385e38
    );
    assert_eq!(<bool as CastTo<i32>>::cast_to(true), 1);
    assert_eq!(<char as CastTo<u32>>::cast_to('A'), 65);
    assert_eq!(<u8 as CastTo<char>>::cast_to(97), 'a');
    // Unsuffixed literals fall back to i32 and f64, as they would in `3 as f64`.
    assert_eq!(<_ as CastTo<f64>>::cast_to(3), 3.0);
    assert_eq!(<_ as CastTo<usize>>::cast_to(2.7), 2);
    // Dual numbers: their value to numbers, constants from numbers, both parts between them.
    assert_eq!(<_ as CastTo<usize>>::cast_to(Dual::new(2.7_f64, 1.0)), 2);
    assert_eq!(<_ as CastTo<usize>>::cast_to(Dual::new(-f64::NAN, 1.0)), 0);
    assert_eq!(
        <_ as CastTo<f32>>::cast_to(Dual::new(0.1_f64, 1.0)),
        0.1_f32
    );
    let n: D = <_ as CastTo<D>>::cast_to(5_usize);
    assert_eq!((n.value, n.tangent), (5.0, 0.0));
    let x: Dual<f32> = <_ as CastTo<Dual<f32>>>::cast_to(Dual::new(0.1_f64, 0.2));
    assert_eq!((x.value, x.tangent), (0.1_f32, 0.2_f32));
    let same: D = <_ as CastTo<D>>::cast_to(Dual::new(0.1_f64, 0.2));
    assert_eq!((same.value, same.tangent), (0.1, 0.2));
}

/// Source written for `f64`, compiled with `f64` standing for `Dual<f64>` as generated code
/// writes it: literals through `FromLiteral`, casts through `CastTo`, the inherent constants.
#[allow(non_camel_case_types)]
mod written_for_f64 {
    use grad_runtime::__private::{CastTo, FromLiteral};
    use grad_runtime::Dual;

    type f64 = Dual<core::primitive::f64>;

    /// `x² / 2 + n x + ε_mach`, clamped below at `f64::MIN`.
    pub fn f(x: f64, n: usize) -> f64 {
        let half = <f64 as FromLiteral>::from_literal(0.5);
        let y = half * x.powi(2) + <_ as CastTo<f64>>::cast_to(n) * x + f64::EPSILON;
        y.max(f64::MIN)
    }
}

#[test]
fn source_written_for_f64_runs_at_dual_numbers() {
    let y = written_for_f64::f(Dual::new(3.0, 1.0), 2);
    assert_eq!(y.value, 4.5 + 6.0 + f64::EPSILON);
    assert_eq!(y.tangent, 3.0 + 2.0);
}

#[test]
fn neg_of_a_reference_and_f32_duals_work_too() {
    let x = Dual::new(1.5_f32, 2.0);
    assert_eq!((-&x).tangent, -2.0);
    let y = (x * x).sqrt();
    assert_relative_eq!(y.tangent, 2.0, max_relative = 1e-6);
}
