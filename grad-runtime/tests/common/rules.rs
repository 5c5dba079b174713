//! The checks the tests of derivative rules share: a rule's value against the method's, bit for
//! bit; its pullback against central differences; inputs in several memory layouts.

use grad_runtime::check::{
    CheckArray, DEFAULT_STEP, Point, dot_product_check, numerical_vjp, rel_error, vjpcheck,
};
use grad_runtime::ndarray::{Array2, ArrayD, Axis, IxDyn, s};

use super::Rng;

/// The largest accepted relative error between a pullback and central differences in `f64`.
pub const TOL: f64 = 1e-6;
/// The same for an `f32` pullback, against central differences of the `f64` function.
pub const TOL32: f64 = 1e-4;

/// The bits of each element (as `f64`: `f32` to `f64` is exact), to compare values exactly.
pub fn bits(value: impl CheckArray) -> ArrayD<u64> {
    value.to_f64_array().mapv(f64::to_bits)
}

/// The rule's value is the method's, bit for bit and of the same shape.
#[track_caller]
pub fn assert_same_value(what: &str, rule: impl CheckArray, method: impl CheckArray) {
    assert_eq!(
        bits(rule),
        bits(method),
        "{what}: the rule's value is not the method's"
    );
}

/// The cotangent `dx` a pullback gave for the cotangent `c` against central differences of `f`
/// at `x`: element by element, and in the dot-product test in three random directions.
#[track_caller]
pub fn assert_pullback<X: Point, Y: CheckArray>(
    what: &str,
    f: impl Fn(&X) -> Y,
    x: &X,
    c: &impl CheckArray,
    dx: &impl CheckArray,
    rng: &mut Rng,
) {
    let report = vjpcheck(&f, x, c, dx);
    assert!(report.passes(TOL), "{what}: {report}");
    let shape = x.to_f64_array().shape().to_vec();
    for _ in 0..3 {
        let t = rng.array(IxDyn(&shape), 1.0);
        let report = dot_product_check(&f, x, &t, c, dx);
        assert!(report.passes(TOL), "{what}, dot-product test: {report}");
    }
}

/// An `f32` cotangent against central differences of the `f64` function `f` at the widened
/// point `x`.
#[track_caller]
pub fn assert_pullback32<X: Point, Y: CheckArray>(
    what: &str,
    f: impl Fn(&X) -> Y,
    x: &X,
    c: &impl CheckArray,
    dx: &impl CheckArray,
) {
    let numerical = numerical_vjp(f, x, c, DEFAULT_STEP);
    let error = rel_error(dx, &numerical);
    assert!(error < TOL32, "{what} in f32: relative error {error:e}");
}

/// `m × n` arrays of values `domain(u)`, `u` uniform in `[-1, 1)`, in four memory layouts, all
/// owned: row-major, column-major, strided (every other column of a wider array) and reversed
/// (both axes inverted, negative strides).
pub fn layouts(
    rng: &mut Rng,
    (m, n): (usize, usize),
    domain: fn(f64) -> f64,
) -> Vec<(&'static str, Array2<f64>)> {
    let standard = rng.array((m, n), 1.0).mapv(domain);
    let column_major = rng.array((n, m), 1.0).mapv(domain).reversed_axes();
    let mut strided = rng.array((m, 2 * n), 1.0).mapv(domain);
    strided.slice_collapse(s![.., ..;2]);
    let mut reversed = rng.array((m, n), 1.0).mapv(domain);
    reversed.invert_axis(Axis(0));
    reversed.invert_axis(Axis(1));
    assert!(standard.is_standard_layout() && column_major.t().is_standard_layout());
    assert!(!strided.is_standard_layout() && reversed.strides().iter().all(|&s| s < 0));
    vec![
        ("row-major", standard),
        ("column-major", column_major),
        ("strided", strided),
        ("reversed", reversed),
    ]
}
