//! Gradient checks: numerical gradients by central differences, and a check that reports the
//! worst relative error (cs231n's `rel_error`).
//!
//! Everything here is computed in `f64`. The analytic side of a check (the gradient or pullback
//! being tested) may be `f32` or `f64`: a float, a slice, a `Vec`, an array `[A; N]` or any
//! ndarray array ([`CheckArray`]). The point at which a function is differentiated numerically
//! is an `f64`, a `Vec<f64>`, an `[f64; N]` or an `Array<f64, D>` ([`Point`]), and the function
//! receives a reference to a point of the same type.
//!
//! - [`rel_error`]: cs231n's `max(|x - y| / max(1e-8, |x| + |y|))` over the elements.
//! - [`numerical_gradient`] (cs231n's `eval_numerical_gradient`) for a real-valued `f`;
//!   [`numerical_vjp`] (cs231n's `eval_numerical_gradient_array`) and [`numerical_jvp`] for an
//!   array-valued `f`.
//! - [`gradcheck`] and [`vjpcheck`] compare an analytic gradient or vector-Jacobian product with
//!   the numerical one element by element and return a [`GradCheckReport`];
//!   [`assert_gradcheck`] and [`assert_vjpcheck`] panic with that report above a tolerance.
//! - [`dot_product_check`] (and [`assert_dot_product_check`]) tests a pullback with two evaluations of `f` whatever the size of
//!   the input: `<t, Jᵀc>` from the pullback must equal `<J t, c>` by central differences.
//!
//! ```
//! use grad_runtime::check::{assert_gradcheck, gradcheck, numerical_gradient, rel_error};
//! use grad_runtime::ndarray::{Array2, array};
//!
//! // f(x) = Σ x_ij³, whose gradient is 3 x_ij².
//! let f = |x: &Array2<f64>| x.mapv(|v| v * v * v).sum();
//! let x = array![[1.0, -2.0, 0.5], [0.25, 3.0, -1.5]];
//! let gradient = x.mapv(|v| 3.0 * v * v);
//!
//! let numerical = numerical_gradient(f, &x, 1e-5);
//! assert!(rel_error(&gradient, &numerical) < 1e-8);
//!
//! let report = gradcheck(f, &x, &gradient);
//! assert!(report.rel_error < 1e-8, "{report}");
//! assert_gradcheck(f, &x, &gradient, 1e-8);
//!
//! // A wrong gradient (the factor 3 forgotten) is caught, and the report says where.
//! let wrong = x.mapv(|v| v * v);
//! let report = gradcheck(f, &x, &wrong);
//! assert!(report.rel_error > 0.4);
//! assert_eq!(report.index.len(), 2);
//! println!("{report}"); // worst relative error 5.000e-1 at [1, 0]: analytic 0.0625, numerical 0.1875000000...
//! ```
//!
//! A function written with `#[grad::differentiate]` is checked the same way, with its generated
//! gradient as the analytic side, e.g. `gradcheck(|x| f(x), &x0, &f_grad(&x0).1)`; for several
//! parameters, check one at a time with a closure that fixes the others, and an array-valued
//! function with [`vjpcheck`] and its `f_vjp` pullback applied to a random cotangent.

use core::fmt;

use ndarray::{Array, ArrayBase, ArrayD, Data, Dimension, IxDyn};

use crate::Scalar;

/// The finite-difference step of [`gradcheck`], [`vjpcheck`] and [`dot_product_check`]: cs231n's
/// `h = 1e-5`, small enough for a truncation error of order `h²` and large enough that rounding
/// (of order `1e-16 / h`) stays below `1e-10` relative to the function's values.
pub const DEFAULT_STEP: f64 = 1e-5;

/// The floor of the denominator in [`rel_error`], as in cs231n.
const REL_ERROR_FLOOR: f64 = 1e-8;

/// Values that a check can read, as an array of `f64`: `f32` and `f64` floats (0-dimensional),
/// slices, `Vec`s, arrays `[A; N]` (1-dimensional) and ndarray arrays and views of `f32` or `f64`
/// of any dimension, and references to any of these.
pub trait CheckArray {
    /// The values as an `f64` array of the same shape (a float is 0-dimensional).
    fn to_f64_array(&self) -> ArrayD<f64>;
}

macro_rules! check_array_float {
    ($($float:ty),*) => {$(
        impl CheckArray for $float {
            fn to_f64_array(&self) -> ArrayD<f64> {
                ArrayD::from_elem(IxDyn(&[]), f64::from(*self))
            }
        }
    )*};
}
check_array_float!(f32, f64);

impl<A: Scalar> CheckArray for [A] {
    fn to_f64_array(&self) -> ArrayD<f64> {
        let values = self.iter().map(|v| to_f64(*v)).collect::<Vec<_>>();
        ArrayD::from_shape_vec(IxDyn(&[values.len()]), values).expect("one dimension")
    }
}

impl<A: Scalar> CheckArray for Vec<A> {
    fn to_f64_array(&self) -> ArrayD<f64> {
        self.as_slice().to_f64_array()
    }
}

impl<A: Scalar, const N: usize> CheckArray for [A; N] {
    fn to_f64_array(&self) -> ArrayD<f64> {
        self.as_slice().to_f64_array()
    }
}

impl<A: Scalar, S: Data<Elem = A>, D: Dimension> CheckArray for ArrayBase<S, D> {
    fn to_f64_array(&self) -> ArrayD<f64> {
        self.mapv(to_f64).into_dyn()
    }
}

impl<T: CheckArray + ?Sized> CheckArray for &T {
    fn to_f64_array(&self) -> ArrayD<f64> {
        (**self).to_f64_array()
    }
}

/// An `f32` or `f64` as `f64` (exact).
fn to_f64<A: Scalar>(value: A) -> f64 {
    value.to_f64().expect("f32 and f64 convert to f64")
}

/// A point at which a function can be differentiated numerically: `f64`, `Vec<f64>`,
/// `[f64; N]` or `Array<f64, D>`. Its numerical gradient has the same type.
///
/// Implement it for a type of your own (a struct of parameters, say) to check functions of that
/// type: [`values_mut`](Point::values_mut) must reach every element, in the order of
/// [`to_f64_array`](CheckArray::to_f64_array).
pub trait Point: CheckArray + Sized {
    /// A copy whose elements [`values_mut`](Point::values_mut) can reach: for ndarray arrays, a
    /// copy in standard (row-major) layout.
    fn standard_copy(&self) -> Self;
    /// The elements, in the order of [`to_f64_array`](CheckArray::to_f64_array), for writing.
    /// Called only on values made by [`standard_copy`](Point::standard_copy).
    fn values_mut(&mut self) -> &mut [f64];
}

impl Point for f64 {
    fn standard_copy(&self) -> Self {
        *self
    }
    fn values_mut(&mut self) -> &mut [f64] {
        core::slice::from_mut(self)
    }
}

impl Point for Vec<f64> {
    fn standard_copy(&self) -> Self {
        self.clone()
    }
    fn values_mut(&mut self) -> &mut [f64] {
        self
    }
}

impl<const N: usize> Point for [f64; N] {
    fn standard_copy(&self) -> Self {
        *self
    }
    fn values_mut(&mut self) -> &mut [f64] {
        self
    }
}

impl<D: Dimension> Point for Array<f64, D> {
    fn standard_copy(&self) -> Self {
        if self.is_standard_layout() {
            self.clone()
        } else {
            Array::from_shape_vec(self.raw_dim(), self.iter().copied().collect())
                .expect("the element count of the shape")
        }
    }
    fn values_mut(&mut self) -> &mut [f64] {
        self.as_slice_mut()
            .expect("grad::check: values_mut is called on standard-layout copies only")
    }
}

/// The elementwise relative error of cs231n, `max_i |x_i - y_i| / max(1e-8, |x_i| + |y_i|)`,
/// of two floats or two arrays of the same shape (any [`CheckArray`]: `f32` and `f64`, floats,
/// slices, `Vec`s and ndarray arrays of any dimension, mixed freely).
///
/// The result is 0 for equal values and for empty arrays, at most 1 unless an element is NaN or
/// infinite, and NaN if any element's error is NaN (a NaN on either side, or infinities): a
/// check `rel_error(..) < tol` then fails.
///
/// ```
/// use grad_runtime::check::rel_error;
/// use grad_runtime::ndarray::array;
///
/// assert_eq!(rel_error(1.0, 1.0), 0.0);
/// assert!((rel_error(1.0, 1.1) - 0.1 / 2.1).abs() < 1e-15);
/// assert_eq!(rel_error(&array![[1.0, 2.0]], &array![[1.0_f32, 2.0]]), 0.0);
/// assert!(rel_error(&[0.0, f64::NAN], &[0.0, 1.0]).is_nan());
/// ```
///
/// **Panics** if the shapes differ.
#[track_caller]
pub fn rel_error(x: impl CheckArray, y: impl CheckArray) -> f64 {
    let (x, y) = (x.to_f64_array(), y.to_f64_array());
    assert_same_shape("rel_error", "x", x.shape(), "y", y.shape());
    worst_element(&x, &y).map_or(0.0, |(_, error)| error)
}

/// One element's relative error, cs231n's `|x - y| / max(1e-8, |x| + |y|)`.
fn element_rel_error(x: f64, y: f64) -> f64 {
    (x - y).abs() / REL_ERROR_FLOOR.max(x.abs() + y.abs())
}

/// The flat position (row-major) and relative error of the worst element of two arrays of the
/// same shape: the first NaN error if there is one, else the first largest. `None` if empty.
fn worst_element(x: &ArrayD<f64>, y: &ArrayD<f64>) -> Option<(usize, f64)> {
    let mut worst: Option<(usize, f64)> = None;
    for (position, (&a, &b)) in x.iter().zip(y.iter()).enumerate() {
        let error = element_rel_error(a, b);
        match worst {
            Some((_, w)) if w.is_nan() => break,
            Some((_, w)) if !(error > w || error.is_nan()) => {}
            _ => worst = Some((position, error)),
        }
    }
    worst
}

/// The multi-index (row-major) of flat position `position` in an array of `shape`.
fn unravel(mut position: usize, shape: &[usize]) -> Vec<usize> {
    let mut index = vec![0; shape.len()];
    for (i, &len) in index.iter_mut().zip(shape).rev() {
        *i = position % len;
        position /= len;
    }
    index
}

#[track_caller]
fn assert_same_shape(op: &str, a_name: &str, a: &[usize], b_name: &str, b: &[usize]) {
    assert!(
        a == b,
        "{op}: {a_name} of shape {a:?} and {b_name} of shape {b:?} differ"
    );
}

#[track_caller]
fn assert_valid_step(op: &str, h: f64) {
    assert!(
        h > 0.0 && h.is_finite(),
        "{op}: the step h must be positive and finite, not {h}"
    );
}

/// The gradient of a real-valued `f` at `x` by central differences, element by element:
/// `(f(x + h eᵢ) - f(x - h eᵢ)) / 2h` (cs231n's `eval_numerical_gradient`). It has `x`'s type
/// and shape; `f` is called `2 len(x)` times, with points of `x`'s type (for ndarray arrays, in
/// standard layout). `h = 1e-5` ([`DEFAULT_STEP`]) suits most `f64` functions.
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

/// The result of [`gradcheck`] or [`vjpcheck`]: an analytic gradient against a numerical one,
/// element by element, with the worst element's relative error ([`rel_error`]), position and
/// values. Its `Display` says all of that in one line.
#[derive(Clone, Debug)]
pub struct GradCheckReport {
    /// The worst elementwise relative error, `max |a - n| / max(1e-8, |a| + |n|)`; NaN if an
    /// element is NaN, 0 if there are no elements.
    pub rel_error: f64,
    /// The multi-index of the worst element (row-major; empty for a float or no elements).
    pub index: Vec<usize>,
    /// The analytic value at `index` (NaN if there are no elements).
    pub analytic: f64,
    /// The numerical value at `index` (NaN if there are no elements).
    pub numerical: f64,
    /// The whole analytic gradient, in `f64`.
    pub analytic_gradient: ArrayD<f64>,
    /// The whole numerical gradient.
    pub numerical_gradient: ArrayD<f64>,
}

impl GradCheckReport {
    /// Compares two gradients of the same shape (any [`CheckArray`]).
    ///
    /// **Panics** if the shapes differ.
    #[track_caller]
    pub fn compare(analytic: impl CheckArray, numerical: impl CheckArray) -> Self {
        let analytic_gradient = analytic.to_f64_array();
        let numerical_gradient = numerical.to_f64_array();
        assert_same_shape(
            "gradcheck",
            "the analytic gradient",
            analytic_gradient.shape(),
            "the numerical gradient",
            numerical_gradient.shape(),
        );
        let (rel_error, index, analytic, numerical) =
            match worst_element(&analytic_gradient, &numerical_gradient) {
                Some((position, error)) => (
                    error,
                    unravel(position, analytic_gradient.shape()),
                    analytic_gradient.iter().nth(position).copied().unwrap(),
                    numerical_gradient.iter().nth(position).copied().unwrap(),
                ),
                None => (0.0, Vec::new(), f64::NAN, f64::NAN),
            };
        Self {
            rel_error,
            index,
            analytic,
            numerical,
            analytic_gradient,
            numerical_gradient,
        }
    }

    /// Whether the worst relative error is at most `tolerance` (false if it is NaN).
    pub fn passes(&self, tolerance: f64) -> bool {
        self.rel_error <= tolerance
    }

    /// Returns the report if it [`passes`](Self::passes) the tolerance.
    ///
    /// **Panics** with the report otherwise.
    #[track_caller]
    pub fn assert_passes(self, tolerance: f64) -> Self {
        assert!(
            self.passes(tolerance),
            "gradient check failed (tolerance {tolerance:e}): {self}"
        );
        self
    }
}

impl fmt::Display for GradCheckReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.analytic_gradient.is_empty() {
            return write!(f, "no elements to compare");
        }
        write!(
            f,
            "worst relative error {:.3e} at {:?}: analytic {}, numerical {} ({} element{})",
            self.rel_error,
            self.index,
            self.analytic,
            self.numerical,
            self.analytic_gradient.len(),
            if self.analytic_gradient.len() == 1 {
                ""
            } else {
                "s"
            },
        )
    }
}

/// Checks the gradient of a real-valued `f` at `x`: compares `analytic` (`f32` or `f64`, of
/// `x`'s shape) with [`numerical_gradient`] at step [`DEFAULT_STEP`], element by element.
///
/// ```
/// use grad_runtime::check::gradcheck;
///
/// let f = |x: &[f64; 2]| x[0].exp() * x[1];
/// let x = [0.5, -2.0];
/// let report = gradcheck(f, &x, [x[0].exp() * x[1], x[0].exp()]);
/// assert!(report.rel_error < 1e-9, "{report}");
/// ```
///
/// **Panics** if `analytic`'s shape is not `x`'s.
#[track_caller]
pub fn gradcheck<X: Point, R: Into<f64>>(
    f: impl FnMut(&X) -> R,
    x: &X,
    analytic: impl CheckArray,
) -> GradCheckReport {
    let numerical = numerical_gradient(f, x, DEFAULT_STEP);
    GradCheckReport::compare(analytic, numerical)
}

/// [`gradcheck`], then panics with the report if the worst relative error is above
/// `tolerance` (or NaN); returns the report otherwise.
///
/// **Panics** as said, and as [`gradcheck`].
#[track_caller]
pub fn assert_gradcheck<X: Point, R: Into<f64>>(
    f: impl FnMut(&X) -> R,
    x: &X,
    analytic: impl CheckArray,
    tolerance: f64,
) -> GradCheckReport {
    gradcheck(f, x, analytic).assert_passes(tolerance)
}

/// Checks a pullback of an array-valued `f` at `x`: compares `analytic`, what the pullback
/// returned for `cotangent`, with [`numerical_vjp`] at step [`DEFAULT_STEP`], element by element.
///
/// Use a random cotangent: with a cotangent of ones, a pullback that sums where it should not, or
/// that transposes a square matrix, can go unnoticed.
///
/// ```
/// use grad_runtime::check::vjpcheck;
/// use grad_runtime::ndarray::{Array1, array};
///
/// // f(x) = x ⊙ x, whose pullback is c ↦ 2 x ⊙ c.
/// let f = |x: &Array1<f64>| x * x;
/// let (x, c) = (array![1.0, -0.5, 2.0], array![0.3, 1.1, -0.7]);
/// let report = vjpcheck(f, &x, &c, &(2.0 * &x * &c));
/// assert!(report.rel_error < 1e-9, "{report}");
/// ```
///
/// **Panics** if `analytic`'s shape is not `x`'s or the cotangent's is not the output's.
#[track_caller]
pub fn vjpcheck<X: Point, Y: CheckArray>(
    f: impl FnMut(&X) -> Y,
    x: &X,
    cotangent: impl CheckArray,
    analytic: impl CheckArray,
) -> GradCheckReport {
    let numerical = numerical_vjp(f, x, cotangent, DEFAULT_STEP);
    GradCheckReport::compare(analytic, numerical)
}

/// [`vjpcheck`], then panics with the report if the worst relative error is above `tolerance`
/// (or NaN); returns the report otherwise.
///
/// **Panics** as said, and as [`vjpcheck`].
#[track_caller]
pub fn assert_vjpcheck<X: Point, Y: CheckArray>(
    f: impl FnMut(&X) -> Y,
    x: &X,
    cotangent: impl CheckArray,
    analytic: impl CheckArray,
    tolerance: f64,
) -> GradCheckReport {
    vjpcheck(f, x, cotangent, analytic).assert_passes(tolerance)
}

/// The result of [`dot_product_check`]: the two sides of `<t, Jᵀc> = <J t, c>` and their
/// relative error.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct DotProductReport {
    /// `<t, Jᵀc>`, with `Jᵀc` from the pullback being checked.
    pub vjp_side: f64,
    /// `<J t, c>`, with `J t` by central differences.
    pub jvp_side: f64,
    /// Their relative error, `|a - b| / max(1e-8, |a| + |b|)` (NaN if either is NaN).
    pub rel_error: f64,
}

impl DotProductReport {
    /// Whether the relative error is at most `tolerance` (false if it is NaN).
    pub fn passes(&self, tolerance: f64) -> bool {
        self.rel_error <= tolerance
    }

    /// Returns the report if it [`passes`](Self::passes) the tolerance.
    ///
    /// **Panics** with the report otherwise.
    #[track_caller]
    pub fn assert_passes(self, tolerance: f64) -> Self {
        assert!(
            self.passes(tolerance),
            "dot-product check failed (tolerance {tolerance:e}): {self}"
        );
        self
    }
}

impl fmt::Display for DotProductReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "<t, J^T c> = {} from the pullback, <J t, c> = {} by finite differences, \
             relative error {:.3e}",
            self.vjp_side, self.jvp_side, self.rel_error
        )
    }
}

/// The dot-product test of a pullback: for a tangent `t` (of `x`'s shape) and a cotangent `c`
/// (of the output's shape), `<t, Jᵀc>` with `Jᵀc = pulled_back` (what the pullback returned for
/// `c`) must equal `<J t, c>` with `J t` from [`numerical_jvp`] at step [`DEFAULT_STEP`].
///
/// It costs two evaluations of `f` whatever the size of `x`, where [`vjpcheck`] costs `2 len(x)`;
/// it checks one direction, so use random `t` and `c` with elements of order 1 (and a few
/// pairs for more confidence).
///
/// ```
/// use grad_runtime::check::dot_product_check;
/// use grad_runtime::ndarray::{Array2, array};
///
/// // f(x) = x xᵀ, whose pullback is c ↦ (c + cᵀ) x.
/// let f = |x: &Array2<f64>| x.dot(&x.t());
/// let x = array![[1.0, 2.0, -1.0], [0.5, -0.3, 0.8]];
/// let c = array![[0.2, -1.0], [0.7, 0.4]];
/// let t = array![[0.9, -0.1, 0.4], [-0.6, 0.3, 1.2]];
/// let pulled_back = (&c + &c.t()).dot(&x);
/// dot_product_check(f, &x, &t, &c, &pulled_back).assert_passes(1e-8);
/// ```
///
/// **Panics** if `t` or `pulled_back` does not have `x`'s shape, or `c` the output's.
#[track_caller]
pub fn dot_product_check<X: Point, Y: CheckArray>(
    f: impl FnMut(&X) -> Y,
    x: &X,
    tangent: impl CheckArray,
    cotangent: impl CheckArray,
    pulled_back: impl CheckArray,
) -> DotProductReport {
    let tangent = tangent.to_f64_array();
    let pulled_back = pulled_back.to_f64_array();
    let cotangent = cotangent.to_f64_array();
    assert_same_shape(
        "dot_product_check",
        "the pulled-back cotangent",
        pulled_back.shape(),
        "x",
        x.to_f64_array().shape(),
    );
    let jvp = numerical_jvp(f, x, &tangent, DEFAULT_STEP);
    assert_same_shape(
        "dot_product_check",
        "cotangent",
        cotangent.shape(),
        "output",
        jvp.shape(),
    );
    let vjp_side = dot(&tangent, &pulled_back);
    let jvp_side = dot(&jvp, &cotangent);
    DotProductReport {
        vjp_side,
        jvp_side,
        rel_error: element_rel_error(vjp_side, jvp_side),
    }
}

/// [`dot_product_check`], then panics with the report if the relative error is above
/// `tolerance` (or NaN); returns the report otherwise.
///
/// **Panics** as said, and as [`dot_product_check`].
#[track_caller]
pub fn assert_dot_product_check<X: Point, Y: CheckArray>(
    f: impl FnMut(&X) -> Y,
    x: &X,
    tangent: impl CheckArray,
    cotangent: impl CheckArray,
    pulled_back: impl CheckArray,
    tolerance: f64,
) -> DotProductReport {
    dot_product_check(f, x, tangent, cotangent, pulled_back).assert_passes(tolerance)
}

/// The sum of the elementwise products of two arrays of the same shape.
fn dot(a: &ArrayD<f64>, b: &ArrayD<f64>) -> f64 {
    a.iter().zip(b.iter()).map(|(a, b)| a * b).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unravel_is_row_major() {
        assert_eq!(unravel(0, &[]), Vec::<usize>::new());
        assert_eq!(unravel(5, &[2, 3]), vec![1, 2]);
        assert_eq!(unravel(7, &[2, 2, 2]), vec![1, 1, 1]);
        assert_eq!(unravel(3, &[4]), vec![3]);
    }

    #[test]
    fn the_worst_element_is_the_first_nan_or_the_first_largest() {
        let a = ArrayD::from_shape_vec(IxDyn(&[4]), vec![1.0, 2.0, f64::NAN, 1.0]).unwrap();
        let b = ArrayD::from_shape_vec(IxDyn(&[4]), vec![1.0, 3.0, 0.0, 9.0]).unwrap();
        let (position, error) = worst_element(&a, &b).unwrap();
        assert_eq!(position, 2);
        assert!(error.is_nan());
        let a = ArrayD::from_shape_vec(IxDyn(&[4]), vec![1.0, 2.0, 5.0, 1.0]).unwrap();
        let b = ArrayD::from_shape_vec(IxDyn(&[4]), vec![2.0, 4.0, 5.0, 1.0]).unwrap();
        assert_eq!(worst_element(&a, &b).unwrap().0, 0);
    }
}
