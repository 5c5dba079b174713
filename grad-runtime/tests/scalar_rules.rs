//! Checks every derivative rule for floats (`grad_runtime::rules::{ops, float}`) against std and
//! finite differences.
//!
//! For each rule, at a few points inside its domain: the forward value must equal std's method
//! bit for bit, and each cotangent the pullback returns for the output cotangent `C` must match
//! the central finite difference `C (f(x + h) - f(x - h)) / 2h` of the std function. `C` is not 1,
//! so a pullback that forgets to scale by the cotangent fails. The documented choices at kinks
//! (abs at 0, ties of max/min, powi/powf/hypot at 0, piecewise constant functions) are checked
//! with exact values.

use approx::assert_relative_eq;
use grad_runtime::rules::{AddVjp, CastVjp, DivVjp, FloatRules, MulVjp, NegVjp, SubVjp};

/// The output cotangent fed to every pullback.
const C: f64 = 1.7;
/// The same cotangent for the `f32` rules.
const C32: f32 = 1.7;
/// The finite-difference step.
const H: f64 = 1e-6;
/// The largest accepted relative error between a pullback and the finite difference.
const TOL: f64 = 1e-6;
/// The tolerance for the `f32` rules, compared with finite differences of the `f64` function.
const TOL32: f64 = 1e-4;

/// `f'(x)` by the central difference `(f(x + h) - f(x - h)) / 2h`.
fn central_difference(f: impl Fn(f64) -> f64, x: f64) -> f64 {
    (f(x + H) - f(x - H)) / (2.0 * H)
}

/// `|a - b| / max(|a|, |b|)`, and 0 when both are 0; NaN if either is NaN.
fn rel_error(a: f64, b: f64) -> f64 {
    (a - b).abs() / a.abs().max(b.abs()).max(f64::MIN_POSITIVE)
}

/// Collects every mismatch of a test, so that one run reports all of them.
#[derive(Default)]
struct Mismatches(Vec<String>);

impl Mismatches {
    /// The rule's forward value must be std's, bit for bit.
    fn value(&mut self, what: std::fmt::Arguments, actual: f64, expected: f64) {
        if actual.to_bits() != expected.to_bits() {
            self.0
                .push(format!("{what}: value {actual:e}, std gives {expected:e}"));
        }
    }

    /// A cotangent must be `C f'(x)`, with `f'` by central difference.
    fn cotangent(
        &mut self,
        what: std::fmt::Arguments,
        actual: f64,
        f: impl Fn(f64) -> f64,
        x: f64,
    ) {
        let expected = C * central_difference(f, x);
        let error = rel_error(actual, expected);
        if error.is_nan() || error >= TOL {
            self.0.push(format!(
                "{what}: pullback gives {actual:e}, finite difference {expected:e} \
                 (relative error {error:e})"
            ));
        }
    }

    #[track_caller]
    fn assert_none(self) {
        assert!(
            self.0.is_empty(),
            "{} mismatches:\n{}",
            self.0.len(),
            self.0.join("\n")
        );
    }
}

/// A one-argument rule: its name, the rule as `x -> (value, cotangent of x for C)`, the std
/// function, and the points to check.
type UnaryCase = (
    &'static str,
    fn(f64) -> (f64, f64),
    fn(f64) -> f64,
    &'static [f64],
);

/// A two-argument rule: as [`UnaryCase`], with the cotangents of both arguments.
type BinaryCase = (
    &'static str,
    fn(f64, f64) -> (f64, (f64, f64)),
    fn(f64, f64) -> f64,
    &'static [(f64, f64)],
);

macro_rules! unary {
    ($vjp:ident, $forward:expr, $points:expr) => {
        (
            stringify!($vjp),
            |x: f64| {
                let (value, pullback) = x.$vjp();
                let (dx,) = pullback(C);
                (value, dx)
            },
            $forward,
            &$points,
        )
    };
}

/// An operator rule: operands by reference (the macro passes `AddVjp::add_vjp(&a, &b)`).
macro_rules! operator {
    ($vjp:ident, $forward:expr, $points:expr) => {
        (
            stringify!($vjp),
            |x: f64, y: f64| {
                let (value, pullback) = x.$vjp(&y);
                (value, pullback(C))
            },
            $forward,
            &$points,
        )
    };
}

macro_rules! binary {
    ($vjp:ident, $forward:expr, $points:expr) => {
        (
            stringify!($vjp),
            |x: f64, y: f64| {
                let (value, pullback) = x.$vjp(y);
                (value, pullback(C))
            },
            $forward,
            &$points,
        )
    };
}

/// std's `f64::abs_sub` (`max(x - y, 0)`), deprecated there and tested all the same: the rule
/// exists for code that calls it.
#[allow(deprecated)]
fn abs_sub(x: f64, y: f64) -> f64 {
    x.abs_sub(y)
}

fn unary_cases() -> Vec<UnaryCase> {
    vec![
        unary!(neg_vjp, |x| -x, [0.7, -2.3]),
        unary!(exp_vjp, f64::exp, [0.3, -1.2, 2.5]),
        unary!(exp2_vjp, f64::exp2, [0.3, -1.2, 2.5]),
        unary!(exp_m1_vjp, f64::exp_m1, [1e-3, -1.2, 2.5]),
        unary!(ln_vjp, f64::ln, [0.7, 3.2]),
        unary!(ln_1p_vjp, f64::ln_1p, [-0.5, 1e-3, 2.0]),
        unary!(log2_vjp, f64::log2, [0.7, 3.2]),
        unary!(log10_vjp, f64::log10, [0.7, 3.2]),
        unary!(sqrt_vjp, f64::sqrt, [0.5, 4.0]),
        unary!(cbrt_vjp, f64::cbrt, [0.7, -2.0, 8.5]),
        unary!(sin_vjp, f64::sin, [0.3, -2.0, 4.0]),
        unary!(cos_vjp, f64::cos, [0.5, -2.2, 3.0]),
        unary!(tan_vjp, f64::tan, [0.4, -1.1]),
        unary!(asin_vjp, f64::asin, [-0.4, 0.6]),
        unary!(acos_vjp, f64::acos, [-0.4, 0.6]),
        unary!(atan_vjp, f64::atan, [-0.4, 2.5]),
        unary!(sinh_vjp, f64::sinh, [0.8, -1.5]),
        unary!(cosh_vjp, f64::cosh, [0.8, -1.5]),
        unary!(tanh_vjp, f64::tanh, [0.3, -1.4]),
        unary!(asinh_vjp, f64::asinh, [0.3, -2.5]),
        unary!(acosh_vjp, f64::acosh, [1.8, 4.0]),
        unary!(atanh_vjp, f64::atanh, [0.3, -0.7]),
        unary!(abs_vjp, f64::abs, [2.0, -2.0, 0.4]),
        unary!(recip_vjp, f64::recip, [0.6, -2.5]),
        unary!(to_degrees_vjp, f64::to_degrees, [0.6, -2.5]),
        unary!(to_radians_vjp, f64::to_radians, [30.0, -145.0]),
        unary!(signum_vjp, f64::signum, [0.5, -3.0]),
        unary!(floor_vjp, f64::floor, [0.3, -1.6, 2.4]),
        unary!(ceil_vjp, f64::ceil, [0.3, -1.6, 2.4]),
        unary!(round_vjp, f64::round, [1.3, -2.7]),
        unary!(trunc_vjp, f64::trunc, [0.3, -1.6, 2.4]),
        unary!(round_ties_even_vjp, f64::round_ties_even, [1.3, -2.7]),
        unary!(fract_vjp, f64::fract, [0.3, -1.6, 2.4]),
    ]
}

fn binary_cases() -> Vec<BinaryCase> {
    vec![
        operator!(add_vjp, |x, y| x + y, [(1.3, -0.7), (2.5, 4.0)]),
        operator!(sub_vjp, |x, y| x - y, [(1.3, -0.7), (2.5, 4.0)]),
        operator!(mul_vjp, |x, y| x * y, [(1.3, -0.7), (2.5, 4.0)]),
        operator!(
            div_vjp,
            |x, y| x / y,
            [(1.3, -0.7), (-2.0, 0.3), (2.5, 4.0)]
        ),
        binary!(log_vjp, f64::log, [(3.5, 2.0), (0.6, 10.0), (5.0, 0.5)]),
        binary!(powf_vjp, f64::powf, [(1.5, 2.3), (0.4, -1.7), (2.0, 0.5)]),
        // atan2(y, x) with the receiver y: one point per quadrant, away from the branch cut.
        binary!(
            atan2_vjp,
            f64::atan2,
            [(0.5, 1.2), (0.7, -0.9), (-0.6, -1.1), (-0.8, 0.3)]
        ),
        // The receiver winning, then losing.
        binary!(max_vjp, f64::max, [(2.0, 1.0), (1.0, 2.0), (-0.5, -3.0)]),
        binary!(min_vjp, f64::min, [(1.0, 2.0), (2.0, 1.0), (-3.0, -0.5)]),
        binary!(hypot_vjp, f64::hypot, [(3.0, 4.0), (-1.2, 0.5)]),
        // Every pair of signs.
        binary!(
            copysign_vjp,
            f64::copysign,
            [(1.5, 2.0), (1.5, -0.3), (-0.7, 4.0), (-0.7, -1.0)]
        ),
        // Above, then below the argument.
        binary!(abs_sub_vjp, abs_sub, [(2.5, 1.0), (-0.5, 0.75)]),
        binary!(midpoint_vjp, f64::midpoint, [(1.3, -0.7), (2.5, 4.0)]),
        // Quotients of every sign, away from the jumps at multiples of y.
        binary!(
            rem_euclid_vjp,
            f64::rem_euclid,
            [
                (7.3, 2.0),
                (-7.3, 2.0),
                (7.3, -2.0),
                (-7.3, -2.0),
                (0.4, 1.5)
            ]
        ),
        binary!(
            div_euclid_vjp,
            f64::div_euclid,
            [(7.3, 2.0), (-7.3, 2.0), (7.3, -2.0), (-7.3, -2.0)]
        ),
    ]
}

#[test]
fn unary_rules_match_std_and_finite_differences() {
    let mut mismatches = Mismatches::default();
    for (name, rule, forward, points) in unary_cases() {
        for &x in points {
            let (value, dx) = rule(x);
            mismatches.value(format_args!("{name}({x})"), value, forward(x));
            mismatches.cotangent(format_args!("{name}({x})"), dx, forward, x);
        }
    }
    mismatches.assert_none();
}

#[test]
fn binary_rules_match_std_and_finite_differences() {
    let mut mismatches = Mismatches::default();
    for (name, rule, forward, points) in binary_cases() {
        for &(x, y) in points {
            let (value, (dx, dy)) = rule(x, y);
            mismatches.value(format_args!("{name}({x}, {y})"), value, forward(x, y));
            mismatches.cotangent(
                format_args!("{name}({x}, {y}) receiver"),
                dx,
                |t| forward(t, y),
                x,
            );
            mismatches.cotangent(
                format_args!("{name}({x}, {y}) argument"),
                dy,
                |t| forward(x, t),
                y,
            );
        }
    }
    mismatches.assert_none();
}

#[test]
fn powi_matches_std_and_finite_differences() {
    let mut mismatches = Mismatches::default();
    for n in [-3, -2, -1, 0, 1, 2, 3, 5] {
        for x in [0.7_f64, -1.3, 2.1] {
            let (value, pullback) = x.powi_vjp(n);
            let (dx, ()) = pullback(C);
            mismatches.value(format_args!("powi({x}, {n})"), value, x.powi(n));
            mismatches.cotangent(format_args!("powi({x}, {n})"), dx, |t| t.powi(n), x);
        }
    }
    mismatches.assert_none();
}

#[test]
fn mul_add_matches_std_and_finite_differences() {
    let mut mismatches = Mismatches::default();
    for (x, a, b) in [(1.3_f64, -0.7, 2.2), (-2.0, 0.4, -1.1), (0.25, 3.0, 0.5)] {
        let (value, pullback) = x.mul_add_vjp(a, b);
        let (dx, da, db) = pullback(C);
        let what = format!("mul_add({x}, {a}, {b})");
        mismatches.value(format_args!("{what}"), value, x.mul_add(a, b));
        mismatches.cotangent(format_args!("{what} x"), dx, |t| t.mul_add(a, b), x);
        mismatches.cotangent(format_args!("{what} a"), da, |t| x.mul_add(t, b), a);
        mismatches.cotangent(format_args!("{what} b"), db, |t| x.mul_add(a, t), b);
    }
    mismatches.assert_none();
}

#[test]
fn clamp_matches_std_and_finite_differences_for_x_and_both_bounds() {
    let mut mismatches = Mismatches::default();
    // Below, inside and above the interval.
    for (x, min, max) in [(-2.0_f64, -1.0, 0.5), (0.2, -1.0, 0.5), (1.7, -1.0, 0.5)] {
        let (value, pullback) = x.clamp_vjp(min, max);
        let (dx, dmin, dmax) = pullback(C);
        let what = format!("clamp({x}, {min}, {max})");
        mismatches.value(format_args!("{what}"), value, x.clamp(min, max));
        mismatches.cotangent(format_args!("{what} x"), dx, |t| t.clamp(min, max), x);
        mismatches.cotangent(format_args!("{what} min"), dmin, |t| x.clamp(t, max), min);
        mismatches.cotangent(format_args!("{what} max"), dmax, |t| x.clamp(min, t), max);
    }
    mismatches.assert_none();
}

#[test]
fn clamp_gives_the_cotangent_to_x_at_the_bounds_and_for_nan() {
    // At `min`, at `max`, and on a degenerate interval: to `x`.
    assert_eq!((-1.0_f64).clamp_vjp(-1.0, 0.5).1(C), (C, 0.0, 0.0));
    assert_eq!(0.5_f64.clamp_vjp(-1.0, 0.5).1(C), (C, 0.0, 0.0));
    assert_eq!(0.5_f64.clamp_vjp(0.5, 0.5).1(C), (C, 0.0, 0.0));
    // Just outside: to the bound.
    assert_eq!((-1.0_f64 - 1e-12).clamp_vjp(-1.0, 0.5).1(C), (0.0, C, 0.0));
    assert_eq!((0.5_f64 + 1e-12).clamp_vjp(-1.0, 0.5).1(C), (0.0, 0.0, C));
    // A NaN passes through clamp, and the cotangent with it.
    let (value, pullback) = f64::NAN.clamp_vjp(-1.0, 0.5);
    assert!(value.is_nan());
    assert_eq!(pullback(C), (C, 0.0, 0.0));
    // f32, at both bounds and outside.
    assert_eq!(0.5_f32.clamp_vjp(-1.0, 0.5).1(C32), (C32, 0.0, 0.0));
    assert_eq!((-1.0_f32).clamp_vjp(-1.0, 0.5).1(C32), (C32, 0.0, 0.0));
    assert_eq!(2.0_f32.clamp_vjp(-1.0, 0.5).1(C32), (0.0, 0.0, C32));
}

#[test]
#[should_panic(expected = "min > max")]
fn clamp_with_min_above_max_panics_as_std_does() {
    let _ = 1.0_f64.clamp_vjp(1.0, 0.0);
}

#[test]
fn sin_cos_matches_std_and_finite_differences() {
    let mut mismatches = Mismatches::default();
    for x in [0.3_f64, -2.0, 4.0] {
        let ((sin, cos), pullback) = x.sin_cos_vjp();
        mismatches.value(format_args!("sin_cos({x}).0"), sin, x.sin_cos().0);
        mismatches.value(format_args!("sin_cos({x}).1"), cos, x.sin_cos().1);
        // The cotangent of a weighted sum of the pair: C (0.6 sin x - 1.3 cos x).
        let (dx,) = pullback((0.6 * C, -1.3 * C));
        let f = |t: f64| 0.6 * t.sin() - 1.3 * t.cos();
        mismatches.cotangent(format_args!("sin_cos({x})"), dx, f, x);
    }
    mismatches.assert_none();
}

#[test]
fn copysign_abs_sub_and_euclid_at_their_kinks() {
    // copysign at x = ±0: the kink of |x|, derivative 0 as abs'(0); the sign never gets one.
    for (x, sign) in [(0.0_f64, 1.0), (-0.0, 1.0), (0.0, -2.0), (-0.0, -0.0)] {
        let (value, pullback) = x.copysign_vjp(sign);
        assert_eq!(value.to_bits(), x.copysign(sign).to_bits());
        assert_eq!(pullback(C), (0.0, 0.0), "copysign({x}, {sign})");
    }
    // The sign bit of a negative zero or NaN counts: the slope is -1 for a positive x.
    assert_eq!(2.0_f64.copysign_vjp(-0.0).1(C), (-C, 0.0));
    assert_eq!(2.0_f64.copysign_vjp(-f64::NAN).1(C), (-C, 0.0));
    // abs_sub at the tie: the flat side, 0 for both.
    let (value, pullback) = 1.5_f64.abs_sub_vjp(1.5);
    assert_eq!(value, 0.0);
    assert_eq!(pullback(C), (0.0, 0.0));
    // rem_euclid at a jump (x a multiple of y): slope 1 in x, -q in y; div_euclid flat.
    let (value, pullback) = 6.0_f64.rem_euclid_vjp(2.0);
    assert_eq!(value, 0.0);
    assert_eq!(pullback(C), (C, -3.0 * C));
    assert_eq!(6.0_f64.div_euclid_vjp(2.0).1(C), (0.0, 0.0));
    // midpoint does not overflow where x + y would, and its derivative is still 1/2.
    let (value, pullback) = f64::MAX.midpoint_vjp(f64::MAX);
    assert_eq!(value, f64::MAX);
    assert_eq!(pullback(C), (C / 2.0, C / 2.0));
}

#[test]
fn casts_pass_the_cotangent_back() {
    let mut mismatches = Mismatches::default();
    for x in [0.3_f64, -2.75, 1234.5678] {
        // f64 -> f32: the value is rounded, the f32 cotangent comes back widened.
        let (value, pullback) = <f64 as CastVjp<f32>>::cast_vjp(&x);
        assert_eq!(value, x as f32, "({x}_f64 as f32)");
        let (dx,) = pullback(C32);
        assert_eq!(dx, f64::from(C32), "({x}_f64 as f32) cotangent");
        mismatches.cotangent(format_args!("{x}_f64 as f32"), dx, |t| t, x);

        // f32 -> f64: exact, the cotangent comes back rounded to f32.
        let x32 = x as f32;
        let (value, pullback) = <f32 as CastVjp<f64>>::cast_vjp(&x32);
        assert_eq!(value, f64::from(x32), "({x32}_f32 as f64)");
        let (dx,) = pullback(C);
        assert_eq!(dx, C as f32, "({x32}_f32 as f64) cotangent");
        mismatches.cotangent(
            format_args!("{x32}_f32 as f64"),
            f64::from(dx),
            |t| t,
            value,
        );

        // The identity casts.
        let (value, pullback) = <f64 as CastVjp<f64>>::cast_vjp(&x);
        assert_eq!((value, pullback(C)), (x, (C,)), "({x}_f64 as f64)");
        let (value, pullback) = <f32 as CastVjp<f32>>::cast_vjp(&x32);
        assert_eq!((value, pullback(C32)), (x32, (C32,)), "({x32}_f32 as f32)");
    }
    mismatches.assert_none();
}

/// Every method of `FloatRules` appears in the tables or in a test of its own, so a rule added
/// later without a test fails here.
#[test]
fn every_float_rule_is_tested() {
    let source = include_str!("../src/rules/float.rs");
    let start = source
        .find("pub trait FloatRules")
        .expect("rules/float.rs declares FloatRules");
    let body = &source[start..];
    let body = &body[..body.find("\n}").expect("the trait ends")];
    let rules: Vec<&str> = body
        .lines()
        .filter_map(|line| line.trim().strip_prefix("fn "))
        .map(|line| &line[..line.find('(').expect("a method has arguments")])
        .collect();
    assert_eq!(rules.len(), 47, "FloatRules methods found: {rules:?}");

    let mut tested: Vec<&str> = vec!["powi_vjp", "mul_add_vjp", "clamp_vjp", "sin_cos_vjp"];
    tested.extend(unary_cases().iter().map(|case| case.0));
    tested.extend(binary_cases().iter().map(|case| case.0));
    let untested: Vec<&str> = rules
        .iter()
        .copied()
        .filter(|rule| !tested.contains(rule))
        .collect();
    assert!(untested.is_empty(), "rules without a test: {untested:?}");
}

#[test]
fn abs_derivative_is_the_sign_and_zero_at_zero() {
    for (x, slope) in [(2.0, 1.0), (-2.0, -1.0), (0.0, 0.0), (-0.0, 0.0)] {
        let (value, pullback) = f64::abs_vjp(x);
        assert_eq!(value, x.abs());
        assert_eq!(pullback(1.0), (slope,), "abs'({x})");
        let (_, pullback) = f64::abs_vjp(x);
        assert_eq!(pullback(C), (C * slope,), "{C} abs'({x})");
    }
}

#[test]
fn max_and_min_give_a_tie_to_the_receiver() {
    let (value, pullback) = 1.5_f64.max_vjp(1.5);
    assert_eq!(value, 1.5);
    assert_eq!(pullback(C), (C, 0.0), "max tie");
    let (value, pullback) = 1.5_f64.min_vjp(1.5);
    assert_eq!(value, 1.5);
    assert_eq!(pullback(C), (C, 0.0), "min tie");

    // Exact values away from the tie: the cotangent goes to the argument returned.
    assert_eq!(3.0_f64.max_vjp(-1.0).1(C), (C, 0.0));
    assert_eq!((-1.0_f64).max_vjp(3.0).1(C), (0.0, C));
    assert_eq!((-1.0_f64).min_vjp(3.0).1(C), (C, 0.0));
    assert_eq!(3.0_f64.min_vjp(-1.0).1(C), (0.0, C));

    // With a NaN, std returns the other argument, which gets the cotangent.
    for (x, y, to_receiver) in [(f64::NAN, 2.0, false), (2.0, f64::NAN, true)] {
        let expected = if to_receiver { (C, 0.0) } else { (0.0, C) };
        let (value, pullback) = x.max_vjp(y);
        assert_eq!(value, 2.0);
        assert_eq!(pullback(C), expected, "max({x}, {y})");
        let (value, pullback) = x.min_vjp(y);
        assert_eq!(value, 2.0);
        assert_eq!(pullback(C), expected, "min({x}, {y})");
    }
}

#[test]
fn powi_at_zero_is_finite() {
    // n = 0: x^0 = 1, derivative 0 even where x^-1 is infinite.
    let (value, pullback) = 0.0_f64.powi_vjp(0);
    assert_eq!(value, 1.0);
    assert_eq!(pullback(C), (0.0, ()));
    // n = 1: the identity, derivative 1 (0^0 = 1).
    let (value, pullback) = 0.0_f64.powi_vjp(1);
    assert_eq!(value, 0.0);
    assert_eq!(pullback(C), (C, ()));
    // n = 2: derivative 2x = 0.
    let (value, pullback) = 0.0_f64.powi_vjp(2);
    assert_eq!(value, 0.0);
    assert_eq!(pullback(C), (0.0, ()));
}

#[test]
fn powf_exponent_derivative_is_zero_at_zero_base() {
    for (y, dx) in [(2.5, 0.0), (1.0, C), (0.0, 0.0)] {
        let (value, pullback) = 0.0_f64.powf_vjp(y);
        assert_eq!(value, 0.0_f64.powf(y));
        let (cx, cy) = pullback(C);
        assert_eq!(cx, dx, "d/dx 0^{y}");
        assert_eq!(cy, 0.0, "d/dy 0^{y} (0 * ln 0 taken as 0)");
    }
}

#[test]
fn hypot_at_the_origin_has_zero_gradient() {
    let (value, pullback) = 0.0_f64.hypot_vjp(0.0);
    assert_eq!(value, 0.0);
    assert_eq!(pullback(C), (0.0, 0.0));
    // Along an axis, the gradient is the unit vector.
    assert_eq!(0.0_f64.hypot_vjp(-2.0).1(C), (0.0, -C));
}

#[test]
fn piecewise_constant_rules_have_zero_derivative() {
    let piecewise = [
        "floor_vjp",
        "ceil_vjp",
        "round_vjp",
        "round_ties_even_vjp",
        "trunc_vjp",
        "signum_vjp",
    ];
    let rules: Vec<UnaryCase> = unary_cases()
        .into_iter()
        .filter(|case| piecewise.contains(&case.0))
        .collect();
    assert_eq!(rules.len(), piecewise.len());
    for (name, rule, forward, _) in rules {
        // Integers, halves and zero: the jumps, where the rule still says 0.
        for x in [-2.5, -1.0, -0.5, -0.0, 0.0, 0.5, 1.0, 2.5, 3.7] {
            let (value, dx) = rule(x);
            assert_eq!(value.to_bits(), forward(x).to_bits(), "{name}({x})");
            assert_eq!(dx, 0.0, "{name}'({x})");
        }
    }
}

#[test]
fn f32_rules_match_f64_finite_differences() {
    let wide = f64::from;

    let x = 0.8_f32;
    let (value, pullback) = x.exp_vjp();
    assert_eq!(value, x.exp());
    let (dx,) = pullback(C32);
    assert_relative_eq!(
        wide(dx),
        C * central_difference(f64::exp, wide(x)),
        max_relative = TOL32
    );

    for (x, n) in [(1.3_f32, 3), (1.3, -2), (-0.6, 5)] {
        let (value, pullback) = x.powi_vjp(n);
        assert_eq!(value, x.powi(n));
        let (dx, ()) = pullback(C32);
        assert_relative_eq!(
            wide(dx),
            C * central_difference(|t| t.powi(n), wide(x)),
            max_relative = TOL32
        );
    }

    let (x, y) = (1.3_f32, -0.7_f32);
    let (value, pullback) = x.div_vjp(&y);
    assert_eq!(value, x / y);
    let (dx, dy) = pullback(C32);
    assert_relative_eq!(
        wide(dx),
        C * central_difference(|t| t / wide(y), wide(x)),
        max_relative = TOL32
    );
    assert_relative_eq!(
        wide(dy),
        C * central_difference(|t| wide(x) / t, wide(y)),
        max_relative = TOL32
    );

    // The new rules of the everyday vocabulary, in f32.
    let (x, y) = (-7.3_f32, 2.0_f32);
    let (value, pullback) = x.rem_euclid_vjp(y);
    assert_eq!(value, x.rem_euclid(y));
    let (dx, dy) = pullback(C32);
    let (xw, yw) = (wide(x), wide(y));
    let rem = |t: f64, u: f64| t.rem_euclid(u);
    assert_relative_eq!(
        wide(dx),
        C * central_difference(|t| rem(t, yw), xw),
        max_relative = TOL32
    );
    assert_relative_eq!(
        wide(dy),
        C * central_difference(|u| rem(xw, u), yw),
        max_relative = TOL32
    );
    let (value, pullback) = x.copysign_vjp(y);
    assert_eq!(value, x.copysign(y));
    let f = |t: f64| t.copysign(yw);
    assert_relative_eq!(
        wide(pullback(C32).0),
        C * central_difference(f, xw),
        max_relative = TOL32
    );
    let (value, pullback) = x.fract_vjp();
    assert_eq!(value, x.fract());
    let f = |t: f64| t.fract();
    assert_relative_eq!(
        wide(pullback(C32).0),
        C * central_difference(f, xw),
        max_relative = TOL32
    );
    let (value, pullback) = 1.1_f32.clamp_vjp(x, y);
    assert_eq!(value, 1.1_f32.clamp(x, y));
    assert_eq!(pullback(C32), (C32, 0.0, 0.0));
    let (value, pullback) = x.midpoint_vjp(y);
    assert_eq!(value, x.midpoint(y));
    assert_eq!(pullback(C32), (C32 / 2.0, C32 / 2.0));
    let ((sin, cos), pullback) = x.sin_cos_vjp();
    assert_eq!((sin, cos), x.sin_cos());
    let (dx,) = pullback((C32, 0.0));
    assert_relative_eq!(
        wide(dx),
        C * central_difference(f64::sin, xw),
        max_relative = TOL32
    );

    let (x, a, b) = (1.3_f32, -0.7_f32, 2.2_f32);
    let (value, pullback) = x.mul_add_vjp(a, b);
    assert_eq!(value, x.mul_add(a, b));
    let (dx, da, db) = pullback(C32);
    let (xw, aw, bw) = (wide(x), wide(a), wide(b));
    assert_relative_eq!(
        wide(dx),
        C * central_difference(|t| t.mul_add(aw, bw), xw),
        max_relative = TOL32
    );
    assert_relative_eq!(
        wide(da),
        C * central_difference(|t| xw.mul_add(t, bw), aw),
        max_relative = TOL32
    );
    assert_relative_eq!(
        wide(db),
        C * central_difference(|t| xw.mul_add(aw, t), bw),
        max_relative = TOL32
    );
}
