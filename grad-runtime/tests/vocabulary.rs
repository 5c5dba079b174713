//! The rules of the everyday ndarray vocabulary on arrays: every elementwise function ndarray
//! has (`rules::elementwise`, with `pow2` and `clamp`), `product` (`rules::reduce`), `var`,
//! `std`, `var_axis`, `std_axis` (`rules::statistics`), `insert_axis`, `index_axis`
//! (`rules::shape`) and `view` (`rules::copy`).
//!
//! For each: the rule's value is ndarray's method's, bit for bit; its pullback, for a random
//! cotangent, matches central differences of the method in `f64` element by element and in the
//! dot-product test in random directions (relative error below 1e-6), for every argument that
//! gets a cotangent; the same in `f32` against the `f64` differences (below 1e-4); inputs in four
//! memory layouts (row-major, column-major, strided, reversed), as owned arrays and as views;
//! and the conventions at kinks (clamp at its bounds, `fract` at the integers, `std` of equal
//! elements, `product` with zeros) with exact values.

use grad_runtime::check::{CheckArray, rel_error, vjpcheck};
use grad_runtime::ndarray::{
    Array, Array1, Array2, Array3, ArrayD, ArrayView2, Axis, IxDyn, array, s,
};
use grad_runtime::rules::{
    ArrayRules, ReduceRules, ShapeRules, StatisticsRules, ToOwnedVjp, ViewVjp,
};

mod common;

use common::Rng;
use common::rules::{TOL, assert_pullback, assert_pullback32, assert_same_value, layouts};

// ---------------------------------------------------------------------------------------------
// Elementwise functions

/// An elementwise rule applied to an input and a cotangent: the value and the input's
/// cotangent.
type RuleAt<A> = fn(ArrayView2<A>, Array2<A>) -> (Array2<A>, Array2<A>);

/// One elementwise rule of one argument: the rule applied to an input and a cotangent (giving
/// the value and the input's cotangent), ndarray's method, the same in `f32`, and the points
/// of its domain, `domain(u)` for `u` in `[-1, 1)`, away from its poles and jumps.
struct Elementwise {
    name: &'static str,
    rule: RuleAt<f64>,
    method: fn(ArrayView2<f64>) -> Array2<f64>,
    rule32: RuleAt<f32>,
    method32: fn(ArrayView2<f32>) -> Array2<f32>,
    domain: fn(f64) -> f64,
}

macro_rules! elementwise {
    ($name:ident, $vjp:ident, $domain:expr) => {
        Elementwise {
            name: stringify!($name),
            rule: |x, c| {
                let (y, pullback) = x.$vjp();
                (y, pullback(c).0)
            },
            method: |x| x.$name(),
            rule32: |x, c| {
                let (y, pullback) = x.$vjp();
                (y, pullback(c).0)
            },
            method32: |x| x.$name(),
            domain: $domain,
        }
    };
}

/// `(-2, 2)`.
fn wide(u: f64) -> f64 {
    2.0 * u
}

/// `(0.5, 3.5)`.
fn positive(u: f64) -> f64 {
    2.0 + 1.5 * u
}

/// `(-0.8, 0.8)`.
fn unit(u: f64) -> f64 {
    0.8 * u
}

/// `±(0.5, 2)`, away from 0.
fn nonzero(u: f64) -> f64 {
    u.signum() * (0.5 + 1.5 * u.abs())
}

/// `k + (0.1, 0.4)` for integers `k` in `-3..3`: away from the integers and the halves, where
/// the piecewise constant functions jump.
fn between_jumps(u: f64) -> f64 {
    let k = (3.0 * u).floor();
    k + 0.1 + 0.3 * (3.0 * u - k)
}

fn elementwise_cases() -> Vec<Elementwise> {
    vec![
        elementwise!(exp, exp_vjp, wide),
        elementwise!(exp2, exp2_vjp, wide),
        elementwise!(exp_m1, exp_m1_vjp, wide),
        elementwise!(ln, ln_vjp, positive),
        elementwise!(ln_1p, ln_1p_vjp, unit),
        elementwise!(log2, log2_vjp, positive),
        elementwise!(log10, log10_vjp, positive),
        elementwise!(sqrt, sqrt_vjp, positive),
        elementwise!(cbrt, cbrt_vjp, nonzero),
        elementwise!(sin, sin_vjp, wide),
        elementwise!(cos, cos_vjp, wide),
        elementwise!(tan, tan_vjp, unit),
        elementwise!(asin, asin_vjp, unit),
        elementwise!(acos, acos_vjp, unit),
        elementwise!(atan, atan_vjp, wide),
        elementwise!(sinh, sinh_vjp, wide),
        elementwise!(cosh, cosh_vjp, wide),
        elementwise!(tanh, tanh_vjp, wide),
        elementwise!(asinh, asinh_vjp, wide),
        elementwise!(acosh, acosh_vjp, |u| 2.5 + u),
        elementwise!(atanh, atanh_vjp, unit),
        elementwise!(abs, abs_vjp, nonzero),
        elementwise!(recip, recip_vjp, nonzero),
        elementwise!(to_degrees, to_degrees_vjp, wide),
        elementwise!(to_radians, to_radians_vjp, |u| 100.0 * u),
        elementwise!(signum, signum_vjp, nonzero),
        elementwise!(floor, floor_vjp, between_jumps),
        elementwise!(ceil, ceil_vjp, between_jumps),
        elementwise!(round, round_vjp, between_jumps),
        elementwise!(trunc, trunc_vjp, between_jumps),
        elementwise!(fract, fract_vjp, between_jumps),
        elementwise!(pow2, pow2_vjp, wide),
    ]
}

#[test]
fn elementwise_rules_match_ndarray_and_finite_differences_in_every_layout() {
    let mut rng = Rng(1);
    for case in elementwise_cases() {
        for (layout, x) in layouts(&mut rng, (3, 4), case.domain) {
            let what = format!("{} ({layout})", case.name);
            let c = rng.array((3, 4), 1.0);
            let (y, dx) = (case.rule)(x.view(), c.clone());
            assert_same_value(&what, &y, (case.method)(x.view()));
            assert_eq!(dx.shape(), x.shape(), "{what}");
            assert_pullback(
                &what,
                |x: &Array2<f64>| (case.method)(x.view()),
                &x,
                &c,
                &dx,
                &mut rng,
            );
        }
    }
}

#[test]
fn elementwise_rules_in_f32() {
    let mut rng = Rng(2);
    for case in elementwise_cases() {
        let x = rng.array((2, 5), 1.0).mapv(case.domain).mapv(|v| v as f32);
        let c = rng.array((2, 5), 1.0).mapv(|v| v as f32);
        let (y, dx) = (case.rule32)(x.view(), c.clone());
        assert_same_value(case.name, &y, (case.method32)(x.view()));
        let wide_x = x.mapv(f64::from);
        assert_pullback32(
            case.name,
            |x: &Array2<f64>| (case.method)(x.view()),
            &wide_x,
            &c,
            &dx,
        );
    }
}

/// Every function of the table `elementwise_functions!` in rules/elementwise.rs has a case
/// above, so that a function added there without a test fails here.
#[test]
fn every_elementwise_function_is_tested() {
    let source = include_str!("../src/rules/elementwise.rs");
    let start = source
        .find("macro_rules! elementwise_functions")
        .expect("rules/elementwise.rs has the table");
    let table = &source[start..];
    let table = &table[..table.find("\n}").expect("the table ends")];
    let functions: Vec<&str> = table
        .lines()
        .map(str::trim)
        .filter(|line| line.ends_with("_pullback;"))
        .map(|line| &line[..line.find(',').expect("name, rule, pullback")])
        .collect();
    assert_eq!(functions.len(), 31, "functions found: {functions:?}");
    let tested: Vec<&str> = elementwise_cases().iter().map(|case| case.name).collect();
    let untested: Vec<&&str> = functions.iter().filter(|f| !tested.contains(f)).collect();
    assert!(
        untested.is_empty(),
        "functions without a test: {untested:?}"
    );
}

#[test]
fn fract_has_slope_one_at_the_integers_and_abs_zero_at_zero() {
    let x = array![-2.0, -1.0, 0.0, 1.0, 3.0];
    let (y, pullback) = x.fract_vjp();
    assert_eq!(y, x.fract());
    assert_eq!(
        pullback(array![1.5, -1.0, 2.0, 0.5, 3.0]).0,
        array![1.5, -1.0, 2.0, 0.5, 3.0]
    );
    let x = array![0.0, -0.0, 2.0, -2.0];
    let (_, pullback) = x.abs_vjp();
    assert_eq!(
        pullback(array![3.0, 3.0, 3.0, 3.0]).0,
        array![0.0, 0.0, 3.0, -3.0]
    );
}

// ---------------------------------------------------------------------------------------------
// clamp

#[test]
fn clamp_matches_ndarray_and_finite_differences_for_x_and_both_bounds() {
    let mut rng = Rng(3);
    for (min, max) in [(-0.5, 0.25), (-2.0, 2.0), (0.3, 0.3)] {
        for (layout, x) in layouts(&mut rng, (4, 5), wide) {
            let what = format!("clamp({min}, {max}) ({layout})");
            let c = rng.array((4, 5), 1.0);
            let (y, pullback) = x.view().clamp_vjp(min, max);
            assert_same_value(&what, &y, x.clamp(min, max));
            let (dx, d_min, d_max) = pullback(c.clone());
            assert_pullback(
                &what,
                |x: &Array2<f64>| x.clamp(min, max),
                &x,
                &c,
                &dx,
                &mut rng,
            );
            if min < max {
                // Moving a bound that equals the other would cross it (clamp panics there).
                let f_min = |m: &f64| x.clamp(*m, max);
                assert_pullback(&format!("{what} min"), f_min, &min, &c, &d_min, &mut rng);
                let f_max = |m: &f64| x.clamp(min, *m);
                assert_pullback(&format!("{what} max"), f_max, &max, &c, &d_max, &mut rng);
            }
            // The closed forms: the cotangent of each element goes to the argument returned.
            let below: f64 = c
                .iter()
                .zip(&x)
                .filter(|(_, x)| **x < min)
                .map(|(c, _)| c)
                .sum();
            let above: f64 = c
                .iter()
                .zip(&x)
                .filter(|(_, x)| **x > max)
                .map(|(c, _)| c)
                .sum();
            assert_eq!((d_min, d_max), (below, above), "{what}");
        }
    }
    // f32.
    let x = rng.array((3, 3), 1.0).mapv(|v| 2.0 * v as f32);
    let c = rng.array((3, 3), 1.0).mapv(|v| v as f32);
    let (y, pullback) = x.clamp_vjp(-0.5, 1.0);
    assert_same_value("clamp f32", &y, x.clamp(-0.5, 1.0));
    let (dx, d_min, d_max) = pullback(c.clone());
    let wide_x = x.mapv(f64::from);
    assert_pullback32(
        "clamp f32",
        |x: &Array2<f64>| x.clamp(-0.5, 1.0),
        &wide_x,
        &c,
        &dx,
    );
    assert_pullback32(
        "clamp f32 min",
        |m: &f64| wide_x.clamp(*m, 1.0),
        &-0.5,
        &c,
        &d_min,
    );
    assert_pullback32(
        "clamp f32 max",
        |m: &f64| wide_x.clamp(-0.5, *m),
        &1.0,
        &c,
        &d_max,
    );
}

#[test]
fn clamp_gives_the_cotangent_to_x_at_the_bounds() {
    // Elements below, at `min`, inside, at `max`, above, and NaN (which clamp passes through).
    let x = array![-3.0, -1.0, 0.5, 2.0, 5.0, f64::NAN];
    let (y, pullback) = x.clamp_vjp(-1.0, 2.0);
    assert_eq!(y.slice(s![..5]), array![-1.0, -1.0, 0.5, 2.0, 2.0]);
    assert!(y[5].is_nan());
    let (dx, d_min, d_max) = pullback(array![1.0, 2.0, 4.0, 8.0, 16.0, 32.0]);
    assert_eq!(dx, array![0.0, 2.0, 4.0, 8.0, 0.0, 32.0]);
    assert_eq!((d_min, d_max), (1.0, 16.0));
    // A degenerate interval: every element but the one equal to it goes to a bound.
    let (_, pullback) = array![0.0, 1.0, 2.0].clamp_vjp(1.0, 1.0);
    assert_eq!(
        pullback(array![1.0, 2.0, 4.0]),
        (array![0.0, 2.0, 0.0], 1.0, 4.0)
    );
}

#[test]
#[should_panic(expected = "min must be less than or equal to max")]
fn clamp_with_min_above_max_panics_as_ndarray_does() {
    let _ = array![1.0, 2.0].clamp_vjp(1.0, 0.0);
}

// ---------------------------------------------------------------------------------------------
// product

#[test]
fn product_matches_ndarray_and_finite_differences() {
    let mut rng = Rng(4);
    for (layout, x) in layouts(&mut rng, (3, 4), nonzero) {
        let what = format!("product ({layout})");
        let (value, pullback) = x.view().product_vjp();
        assert_same_value(&what, value, x.product());
        let c = 0.7;
        let (dx,) = pullback(c);
        assert_pullback(&what, |x: &Array2<f64>| x.product(), &x, &c, &dx, &mut rng);
    }
    for shape in [&[][..], &[0], &[1], &[6], &[2, 3, 2]] {
        let x = rng.array(IxDyn(shape), 1.0).mapv(nonzero);
        let (value, pullback) = x.product_vjp();
        assert_same_value("product", value, x.product());
        let (dx,) = pullback(-1.3);
        assert_pullback(
            "product",
            |x: &ArrayD<f64>| x.product(),
            &x,
            &-1.3,
            &dx,
            &mut rng,
        );
    }
    let x = rng.array(5, 1.0).mapv(|v| nonzero(v) as f32);
    let (value, pullback) = x.product_vjp();
    assert_same_value("product f32", value, x.product());
    let (dx,) = pullback(0.5);
    let wide_x = x.mapv(f64::from);
    assert_pullback32(
        "product f32",
        |x: &Array1<f64>| x.product(),
        &wide_x,
        &0.5,
        &dx,
    );
}

#[test]
fn product_is_exact_with_zeros() {
    // One zero: its element gets the product of the others, every other element 0.
    let (value, pullback) = array![2.0, 0.0, -3.0, 0.5].product_vjp();
    assert_eq!(value, 0.0);
    assert_eq!(pullback(2.0).0, array![0.0, -6.0, 0.0, 0.0]);
    // Two zeros: all 0, and no NaN (a division by x_i would give 0/0).
    let (_, pullback) = array![0.0, 4.0, 0.0].product_vjp();
    assert_eq!(pullback(1.0).0, array![0.0, 0.0, 0.0]);
    // Central differences are exact on a product (linear in each element), zeros included.
    let x = array![[1.5, 0.0], [-2.0, 3.0]];
    let (_, pullback) = x.product_vjp();
    let (dx,) = pullback(1.0);
    assert_eq!(dx, array![[0.0, -9.0], [0.0, 0.0]]);
    assert_pullback(
        "product with a zero",
        |x: &Array2<f64>| x.product(),
        &x,
        &1.0,
        &dx,
        &mut Rng(5),
    );
}

// ---------------------------------------------------------------------------------------------
// var, std, var_axis, std_axis

/// The cotangent of `ddof`: its closed form, and central differences where `ddof > 0` (ndarray
/// panics below 0, so there is no central difference at 0).
#[track_caller]
fn assert_ddof<Y: CheckArray>(
    what: &str,
    f: impl Fn(&f64) -> Y,
    ddof: f64,
    c: impl CheckArray,
    d_ddof: f64,
    closed_form: f64,
) {
    let error = rel_error(d_ddof, closed_form);
    assert!(error < 1e-12, "{what} ddof: {d_ddof} against {closed_form}");
    if ddof > 0.0 {
        let report = vjpcheck(f, &ddof, c, d_ddof);
        assert!(report.passes(TOL), "{what} ddof: {report}");
    }
}

#[test]
fn var_and_std_match_ndarray_and_finite_differences_for_x_and_ddof() {
    let mut rng = Rng(6);
    for ddof in [0.0, 1.0, 1.5] {
        for (layout, x) in layouts(&mut rng, (3, 4), wide) {
            let c = rng.next_f64();
            let what = format!("var({ddof}) ({layout})");
            let (value, pullback) = x.view().var_vjp(ddof);
            assert_same_value(&what, value, x.var(ddof));
            let (dx, d_ddof) = pullback(c);
            assert_pullback(&what, |x: &Array2<f64>| x.var(ddof), &x, &c, &dx, &mut rng);
            let f_ddof = |d: &f64| x.var(*d);
            assert_ddof(
                &what,
                f_ddof,
                ddof,
                c,
                d_ddof,
                c * x.var(ddof) / (12.0 - ddof),
            );

            let what = format!("std({ddof}) ({layout})");
            let (value, pullback) = x.view().std_vjp(ddof);
            assert_same_value(&what, value, x.std(ddof));
            let (dx, d_ddof) = pullback(c);
            assert_pullback(&what, |x: &Array2<f64>| x.std(ddof), &x, &c, &dx, &mut rng);
            let f_ddof = |d: &f64| x.std(*d);
            let closed_form = c * x.std(ddof) / (2.0 * (12.0 - ddof));
            assert_ddof(&what, f_ddof, ddof, c, d_ddof, closed_form);
        }
    }
    // f32.
    let x = rng.array(7, 2.0).mapv(|v| v as f32);
    let wide_x = x.mapv(f64::from);
    let (value, pullback) = x.var_vjp(1.0);
    assert_same_value("var f32", value, x.var(1.0));
    let (dx, d_ddof) = pullback(0.5);
    assert_pullback32("var f32", |x: &Array1<f64>| x.var(1.0), &wide_x, &0.5, &dx);
    assert_pullback32(
        "var f32 ddof",
        |d: &f64| wide_x.var(*d),
        &1.0,
        &0.5,
        &d_ddof,
    );
    let (value, pullback) = x.std_vjp(1.0);
    assert_same_value("std f32", value, x.std(1.0));
    let (dx, d_ddof) = pullback(0.5);
    assert_pullback32("std f32", |x: &Array1<f64>| x.std(1.0), &wide_x, &0.5, &dx);
    assert_pullback32(
        "std f32 ddof",
        |d: &f64| wide_x.std(*d),
        &1.0,
        &0.5,
        &d_ddof,
    );
}

#[test]
fn var_axis_and_std_axis_match_ndarray_and_finite_differences() {
    let mut rng = Rng(7);
    for ddof in [0.0, 1.0] {
        for axis in [Axis(0), Axis(1)] {
            for (layout, x) in layouts(&mut rng, (3, 4), wide) {
                let what = format!("var_axis({}, {ddof}) ({layout})", axis.index());
                let (value, pullback) = x.view().var_axis_vjp(axis, ddof);
                assert_same_value(&what, &value, x.var_axis(axis, ddof));
                let c = rng.array(value.raw_dim(), 1.0);
                let (dx, (), d_ddof) = pullback(c.clone());
                let f = |x: &Array2<f64>| x.var_axis(axis, ddof);
                assert_pullback(&what, f, &x, &c, &dx, &mut rng);
                let f_ddof = |d: &f64| x.var_axis(axis, *d);
                let n = x.len_of(axis) as f64;
                let closed_form = (&c * &value).sum() / (n - ddof);
                assert_ddof(&what, f_ddof, ddof, &c, d_ddof, closed_form);

                let what = format!("std_axis({}, {ddof}) ({layout})", axis.index());
                let (value, pullback) = x.view().std_axis_vjp(axis, ddof);
                assert_same_value(&what, &value, x.std_axis(axis, ddof));
                let (dx, (), d_ddof) = pullback(c.clone());
                let f = |x: &Array2<f64>| x.std_axis(axis, ddof);
                assert_pullback(&what, f, &x, &c, &dx, &mut rng);
                let f_ddof = |d: &f64| x.std_axis(axis, *d);
                let n = x.len_of(axis) as f64;
                let closed_form = (&c * &value).sum() / (2.0 * (n - ddof));
                assert_ddof(&what, f_ddof, ddof, &c, d_ddof, closed_form);
            }
        }
    }
    // Three dimensions, the middle axis; and f32.
    let x: Array3<f64> = rng.array((2, 3, 4), 1.0);
    let (value, pullback) = x.std_axis_vjp(Axis(1), 1.0);
    assert_same_value("std_axis 3-D", &value, x.std_axis(Axis(1), 1.0));
    let c = rng.array((2, 4), 1.0);
    let (dx, (), _) = pullback(c.clone());
    let f = |x: &Array3<f64>| x.std_axis(Axis(1), 1.0);
    assert_pullback("std_axis 3-D", f, &x, &c, &dx, &mut rng);
    let x32 = x.mapv(|v| v as f32);
    let c32 = c.mapv(|v| v as f32);
    let (value, pullback) = x32.var_axis_vjp(Axis(1), 1.0);
    assert_same_value("var_axis f32", &value, x32.var_axis(Axis(1), 1.0));
    let (dx, (), _) = pullback(c32.clone());
    let wide_x = x32.mapv(f64::from);
    let f = |x: &Array3<f64>| x.var_axis(Axis(1), 1.0);
    assert_pullback32("var_axis f32", f, &wide_x, &c32, &dx);
    let (_, pullback) = x32.std_axis_vjp(Axis(1), 1.0);
    let (dx, (), _) = pullback(c32.clone());
    let f = |x: &Array3<f64>| x.std_axis(Axis(1), 1.0);
    assert_pullback32("std_axis f32", f, &wide_x, &c32, &dx);
}

#[test]
fn std_of_equal_elements_has_zero_gradient() {
    // s = 0 is the tip of a cone: the rule takes 0, not 0/0.
    let x = Array::from_elem((2, 3), 1.5);
    let (value, pullback) = x.std_vjp(1.0);
    assert_eq!(value, 0.0);
    let (dx, d_ddof) = pullback(2.0);
    assert_eq!((dx, d_ddof), (Array::zeros((2, 3)), 0.0));
    // Along an axis: the constant lanes get 0, the others their derivative.
    let x = array![[1.0, 2.0], [1.0, 4.0], [1.0, 6.0]];
    let (value, pullback) = x.std_axis_vjp(Axis(0), 0.0);
    assert_eq!(value[0], 0.0);
    let (dx, (), _) = pullback(array![1.0, 1.0]);
    assert_eq!(dx.column(0), array![0.0, 0.0, 0.0]);
    let s = value[1];
    assert_eq!(dx.column(1), array![-2.0, 0.0, 2.0] / (3.0 * s));
}

#[test]
fn var_axis_of_an_empty_axis_has_an_empty_gradient() {
    let x = Array2::<f64>::zeros((0, 3));
    let (value, pullback) = x.var_axis_vjp(Axis(0), 0.0);
    assert_eq!(value.len(), 3);
    assert!(value.iter().all(|v| v.is_nan()), "0/0, as ndarray gives");
    let (dx, (), _) = pullback(Array1::ones(3));
    assert_eq!(dx.shape(), &[0, 3]);
}

#[test]
#[should_panic(expected = "`ddof` must not be less than zero or greater than the length")]
fn var_with_ddof_above_the_length_panics_as_ndarray_does() {
    let _ = array![1.0, 2.0].var_vjp(3.0);
}

// ---------------------------------------------------------------------------------------------
// insert_axis, index_axis, view

#[test]
fn insert_axis_matches_ndarray_and_its_pullback_removes_the_axis() {
    let mut rng = Rng(8);
    for (layout, x) in layouts(&mut rng, (3, 4), wide) {
        for axis in 0..=2 {
            let what = format!("insert_axis({axis}) ({layout})");
            let (value, pullback) = x.view().insert_axis_vjp(Axis(axis));
            assert_same_value(&what, &value, x.view().insert_axis(Axis(axis)));
            assert_eq!(value.shape(), x.view().insert_axis(Axis(axis)).shape());
            let c = rng.array(value.raw_dim(), 1.0);
            let (dx, ()) = pullback(c.clone());
            assert_eq!(dx, c.index_axis(Axis(axis), 0), "{what}");
            let f = |x: &Array2<f64>| x.view().insert_axis(Axis(axis)).to_owned();
            assert_pullback(&what, f, &x, &c, &dx, &mut rng);
        }
    }
    // A transposed cotangent comes back without a copy, and f32.
    let x = array![1.0_f32, 2.0, 3.0];
    let (value, pullback) = x.insert_axis_vjp(Axis(0));
    assert_eq!(value, array![[1.0_f32, 2.0, 3.0]]);
    let c = array![[4.0_f32], [5.0], [6.0]].reversed_axes();
    let buffer = c.as_ptr();
    let (dx, ()) = pullback(c);
    assert_eq!((dx.as_ptr(), dx), (buffer, array![4.0_f32, 5.0, 6.0]));
}

#[test]
#[should_panic]
fn insert_axis_beyond_the_axes_panics_as_ndarray_does() {
    let _ = array![1.0, 2.0].insert_axis_vjp(Axis(2));
}

#[test]
fn index_axis_matches_ndarray_and_scatters_its_cotangent_into_zeros() {
    let mut rng = Rng(9);
    for (layout, x) in layouts(&mut rng, (3, 4), wide) {
        for (axis, index) in [(0, 0), (0, 2), (1, 1), (1, 3)] {
            let what = format!("index_axis({axis}, {index}) ({layout})");
            let (value, pullback) = x.view().index_axis_vjp(Axis(axis), index);
            assert_same_value(&what, &value, x.index_axis(Axis(axis), index));
            let c = rng.array(value.raw_dim(), 1.0);
            let (dx, (), ()) = pullback(c.clone());
            let mut expected = Array2::zeros((3, 4));
            expected.index_axis_mut(Axis(axis), index).assign(&c);
            assert_eq!(dx, expected, "{what}");
            let f = |x: &Array2<f64>| x.index_axis(Axis(axis), index).to_owned();
            assert_pullback(&what, f, &x, &c, &dx, &mut rng);
        }
    }
    let x: Array3<f32> = rng.array((2, 3, 2), 1.0).mapv(|v| v as f32);
    let (value, pullback) = x.index_axis_vjp(Axis(1), 2);
    assert_same_value("index_axis f32", &value, x.index_axis(Axis(1), 2));
    let (dx, (), ()) = pullback(Array2::ones((2, 2)));
    assert_eq!(dx.sum(), 4.0);
    assert_eq!(dx.index_axis(Axis(1), 2), Array2::<f32>::ones((2, 2)));
}

#[test]
#[should_panic]
fn index_axis_out_of_bounds_panics_as_ndarray_does() {
    let _ = array![[1.0, 2.0]].index_axis_vjp(Axis(0), 1);
}

#[test]
fn view_is_an_owned_copy_with_the_identity_pullback() {
    let mut rng = Rng(10);
    for (layout, x) in layouts(&mut rng, (3, 4), wide) {
        let (value, pullback) = x.view_vjp();
        assert_same_value(layout, &value, x.view());
        let c = rng.array((3, 4), 1.0);
        let (dx,) = pullback(c.clone());
        assert_eq!(dx, c);
        assert_pullback(layout, |x: &Array2<f64>| x.clone(), &x, &c, &dx, &mut rng);
        // The same as to_owned.
        assert_eq!(x.view().view_vjp().0, x.to_owned_vjp().0);
    }
    let x = array![1.0_f32, -2.0];
    let (value, pullback) = x.view().view_vjp();
    assert_eq!(value, x);
    assert_eq!(pullback(array![3.0_f32, 4.0]).0, array![3.0_f32, 4.0]);
}

/// A rule's result is usable with other rules of any dimension (the dimension types line up).
#[test]
fn rules_compose_across_dimensions() {
    let x: Array<f64, IxDyn> = Rng(11).array(IxDyn(&[2, 3]), 1.0);
    let (lifted, lift_pullback) = x.insert_axis_vjp(Axis(1));
    let (sub, sub_pullback) = lifted.index_axis_vjp(Axis(0), 1);
    let (value, var_pullback) = sub.var_vjp(0.0);
    assert_eq!(value, x.index_axis(Axis(0), 1).var(0.0));
    let (d_sub, _) = var_pullback(1.0);
    let (d_lifted, (), ()) = sub_pullback(d_sub);
    let (dx, ()) = lift_pullback(d_lifted);
    assert_eq!(dx.shape(), x.shape());
    let f = |x: &ArrayD<f64>| x.index_axis(Axis(0), 1).var(0.0);
    assert_pullback("composed", f, &x, &1.0, &dx, &mut Rng(12));
}
