//! The checks, comparing an analytic derivative with a numerical one, and their reports.

use core::fmt;

use ndarray::ArrayD;

use super::{
    CheckArray, DEFAULT_STEP, Point, assert_same_shape, element_rel_error, numerical_gradient,
    numerical_jvp, numerical_vjp, unravel, worst_element,
};

/// The result of [`gradcheck`] or [`vjpcheck`]: an analytic gradient against a numerical one,
/// element by element, with the worst element's relative error
/// ([`rel_error`](super::rel_error)), position and values. Its `Display` says all of that in one
/// line.
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
