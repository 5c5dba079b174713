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

mod numerical;
mod report;

use ndarray::{Array, ArrayBase, ArrayD, Data, Dimension, IxDyn};

pub use numerical::{numerical_gradient, numerical_jvp, numerical_vjp};
pub use report::{
    DotProductReport, GradCheckReport, assert_dot_product_check, assert_gradcheck, assert_vjpcheck,
    dot_product_check, gradcheck, vjpcheck,
};

use crate::{Dual, Scalar};

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
                ArrayD::from_elem(IxDyn(&[]), to_f64(*self))
            }
        }
    )*};
}
check_array_float!(f32, f64, Dual<f32>, Dual<f64>);

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
