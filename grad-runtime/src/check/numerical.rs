//! Numerical derivatives by central differences: gradients, vector-Jacobian and
//! Jacobian-vector products.

use ndarray::ArrayD;

use super::{CheckArray, Point, assert_same_shape, assert_valid_step};

/// The gradient of a real-valued `f` at `x` by central differences, element by element:
/// `(f(x + h eᵢ) - f(x - h eᵢ)) / 2h` (cs231n's `eval_numerical_gradient`). It has `x`'s type
/// and shape; `f` is called `2 len(x)` times, with points of `x`'s type (for ndarray arrays, in
/// standard layout). `h = 1e-5` ([`DEFAULT_STEP`](super::DEFAULT_STEP)) suits most `f64`
/// functions.
///
/// `f` may return `f32`; `x` and the differences are `f64`.
///
/// ```
/// use grad_runtime::check::numerical_gradient;
///
/// let g = numerical_gradient(|x: &Vec<f64>| x[0] * x[1], &vec![3.0, 2.0], 1e-5);
/// assert!((g[0] - 2.0).abs() < 1e-9 && (g[1] - 3.0).abs() < 1e-9);
/// let g = numerical_gradient(|x: &f64| x.sin(), &0.0, 1e-5);
/// assert!((g - 1.0).abs() < 1e-9);
/// ```
///
/// **Panics** if `h` is not positive and finite.
#[track_caller]
pub fn numerical_gradient<X: Point, R: Into<f64>>(mut f: impl FnMut(&X) -> R, x: &X, h: f64) -> X {
    assert_valid_step("numerical_gradient", h);
    let mut point = x.standard_copy();
    let mut gradient = x.standard_copy();
    for i in 0..gradient.values_mut().len() {
        let old = point.values_mut()[i];
        point.values_mut()[i] = old + h;
        let plus: f64 = f(&point).into();
        point.values_mut()[i] = old - h;
        let minus: f64 = f(&point).into();
        point.values_mut()[i] = old;
        gradient.values_mut()[i] = (plus - minus) / (2.0 * h);
    }
    gradient
}

/// The vector-Jacobian product `Jᵀc` of an array-valued `f` at `x` by central differences,
/// element by element: `<f(x + h eᵢ) - f(x - h eᵢ), c> / 2h` (cs231n's
/// `eval_numerical_gradient_array`). It has `x`'s type and shape and is what a pullback of `f`
/// must return for the cotangent `c`; `f` is called `2 len(x)` times.
///
/// `f` may return any [`CheckArray`] (`f32` or `f64`, any dimension); `cotangent` must have the
/// shape of its output.
///
/// **Panics** if `h` is not positive and finite, or if the cotangent's shape is not the output's.
#[track_caller]
pub fn numerical_vjp<X: Point, Y: CheckArray>(
    mut f: impl FnMut(&X) -> Y,
    x: &X,
    cotangent: impl CheckArray,
    h: f64,
) -> X {
    assert_valid_step("numerical_vjp", h);
    let cotangent = cotangent.to_f64_array();
    let mut point = x.standard_copy();
    let mut vjp = x.standard_copy();
    for i in 0..vjp.values_mut().len() {
        let old = point.values_mut()[i];
        point.values_mut()[i] = old + h;
        let plus = f(&point).to_f64_array();
        point.values_mut()[i] = old - h;
        let minus = f(&point).to_f64_array();
        point.values_mut()[i] = old;
        assert_same_shape(
            "numerical_vjp",
            "cotangent",
            cotangent.shape(),
            "output",
            plus.shape(),
        );
        let dot: f64 = plus
            .iter()
            .zip(minus.iter())
            .zip(cotangent.iter())
            .map(|((p, m), c)| (p - m) * c)
            .sum();
        vjp.values_mut()[i] = dot / (2.0 * h);
    }
    vjp
}

/// The Jacobian-vector product `J t` of an array-valued `f` at `x` in the direction `tangent`
/// by one central difference, `(f(x + h t) - f(x - h t)) / 2h`, as an `f64` array of the shape
/// of `f`'s output. `f` is called twice.
///
/// **Panics** if `h` is not positive and finite, if the tangent's shape is not `x`'s, or if the
/// two outputs have different shapes.
#[track_caller]
pub fn numerical_jvp<X: Point, Y: CheckArray>(
    mut f: impl FnMut(&X) -> Y,
    x: &X,
    tangent: impl CheckArray,
    h: f64,
) -> ArrayD<f64> {
    assert_valid_step("numerical_jvp", h);
    let tangent = tangent.to_f64_array();
    assert_same_shape(
        "numerical_jvp",
        "tangent",
        tangent.shape(),
        "x",
        x.to_f64_array().shape(),
    );
    let mut point = x.standard_copy();
    for (v, t) in point.values_mut().iter_mut().zip(tangent.iter()) {
        *v += h * t;
    }
    let plus = f(&point).to_f64_array();
    let mut point = x.standard_copy();
    for (v, t) in point.values_mut().iter_mut().zip(tangent.iter()) {
        *v -= h * t;
    }
    let minus = f(&point).to_f64_array();
    assert_same_shape(
        "numerical_jvp",
        "f(x + h t)",
        plus.shape(),
        "f(x - h t)",
        minus.shape(),
    );
    (plus - minus) / (2.0 * h)
}
