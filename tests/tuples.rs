//! Tuple parameters and tuple results of differentiated functions called from other
//! differentiated functions (issue #5), against closed forms and central differences.

mod common;

use common::{assert_close, assert_matches_fd};
use grad::runtime::ndarray::{Array1, array};

#[grad::differentiate]
fn pair(x: f64) -> (f64, f64) {
    (x, 2.0 * x)
}

#[grad::differentiate]
fn product_of_pair(x: f64) -> f64 {
    let (a, b) = pair(x);
    a * b
}

#[grad::differentiate]
fn polar(x: f64, y: f64) -> (f64, f64) {
    (x.hypot(y), y.atan2(x))
}

/// `r sin θ + r²` with `(r, θ) = polar(x, y)`, which is `y + x² + y²`.
#[grad::differentiate]
fn through_polar(x: f64, y: f64) -> f64 {
    let (r, theta) = polar(x, y);
    r * theta.sin() + r * r
}

#[grad::differentiate]
fn nested(x: f64, y: f64) -> ((f64, f64), f64) {
    ((x * y, x + y), y.exp())
}

/// A nested tuple result destructured, one element unused (it gets no cotangent).
#[grad::differentiate]
fn through_nested(x: f64, y: f64) -> f64 {
    let ((p, s), _e) = nested(x, y);
    p * s
}

#[grad::differentiate]
fn tuple_parameter(t: (f64, f64), s: f64) -> f64 {
    t.0 * t.1 + s * t.0
}

#[grad::differentiate]
fn stats(x: &Array1<f64>) -> (f64, Array1<f64>) {
    let mean = x.mean().unwrap();
    (mean, x - mean)
}

/// A tuple of a float and an array, returned and destructured.
#[grad::differentiate]
fn through_stats(x: &Array1<f64>) -> f64 {
    let (mean, centred) = stats(x);
    mean * mean + (&centred * &centred).sum()
}

#[test]
fn a_call_returning_a_tuple_is_destructured() {
    let (value, gradient) = product_of_pair_grad(1.5);
    assert_close(value, 4.5, "2x² at 1.5");
    assert_close(gradient, 6.0, "4x at 1.5");
    for (x, y) in [(0.7, -1.3), (-2.0, 0.4)] {
        let (value, (gx, gy)) = through_polar_grad(x, y);
        assert_close(value, y + x * x + y * y, "value");
        assert_close(gx, 2.0 * x, "d/dx");
        assert_close(gy, 1.0 + 2.0 * y, "d/dy");
        assert_matches_fd(
            |[x, y]| through_polar(x, y),
            [x, y],
            [gx, gy],
            "through_polar",
        );
    }
}

#[test]
fn nested_tuple_results_and_unused_elements() {
    for (x, y) in [(0.3, 1.2), (-1.1, 0.5)] {
        let (value, (gx, gy)) = through_nested_grad(x, y);
        assert_close(value, x * y * (x + y), "value");
        assert_matches_fd(
            |[x, y]| through_nested(x, y),
            [x, y],
            [gx, gy],
            "through_nested",
        );
    }
}

#[test]
fn tuple_parameters_get_tuple_gradients() {
    let (value, (gt, gs)) = tuple_parameter_grad((2.0, 3.0), 0.5);
    assert_close(value, 7.0, "value");
    assert_eq!(gt, (3.5, 2.0));
    assert_close(gs, 2.0, "d/ds");
    let (_, pullback) = tuple_parameter_vjp((2.0, 3.0), 0.5);
    let (gt, gs) = pullback(2.0);
    assert_eq!(gt, (7.0, 4.0));
    assert_close(gs, 4.0, "d/ds of the cotangent 2");
}

#[test]
fn tuples_of_floats_and_arrays() {
    let x = array![0.5, -1.0, 2.0, 0.25];
    let (value, gradient) = through_stats_grad(&x);
    assert_close(value, through_stats(&x), "value");
    let h = 1e-6;
    for i in 0..x.len() {
        let mut plus = x.clone();
        let mut minus = x.clone();
        plus[i] += h;
        minus[i] -= h;
        let numerical = (through_stats(&plus) - through_stats(&minus)) / (2.0 * h);
        assert_close(gradient[i], numerical, "d/dx");
    }
    let _: Array1<f64> = gradient;
}
