//! The gradient checker, `grad_runtime::check`: `rel_error` against hand-computed values, the
//! numerical gradient, VJP and JVP against closed-form derivatives, and every check both
//! accepting a right derivative and catching a wrong one, with a report that says where.

use grad_runtime::check::{
    CheckArray, DEFAULT_STEP, GradCheckReport, assert_dot_product_check, assert_gradcheck,
    assert_vjpcheck, dot_product_check, gradcheck, numerical_gradient, numerical_jvp,
    numerical_vjp, rel_error, vjpcheck,
};
use grad_runtime::ndarray::{
    Array1, Array2, Array3, ArrayD, ArrayView2, Dimension, IxDyn, ShapeBuilder, array,
};

// ---------------------------------------------------------------------------------------------
// rel_error

mod common;

use common::Rng;

#[test]
fn rel_error_of_floats_is_cs231n_formula() {
    assert_eq!(rel_error(1.0, 1.0), 0.0);
    assert_eq!(rel_error(0.0, 0.0), 0.0);
    assert_eq!(rel_error(1.0, -1.0), 1.0);
    assert_eq!(rel_error(3.0, 1.0), 0.5);
    assert_eq!(rel_error(2.0_f32, 2.0_f32), 0.0);
    // The denominator is at least 1e-8.
    assert!((rel_error(0.0, 1e-10) - 1e-2).abs() < 1e-15);
    assert!((rel_error(1e-9, -1e-9) - 0.2).abs() < 1e-15);
}

#[test]
fn rel_error_of_arrays_is_the_worst_element() {
    let x = array![[1.0, 2.0], [3.0, 4.0]];
    let y = array![[1.0, 2.0], [1.0, 4.4]];
    assert_eq!(rel_error(&x, &y), 0.5);
    assert_eq!(rel_error(&x, &x), 0.0);
    // Any dimension, views, slices, Vecs, fixed arrays, and f32 against f64.
    let a3 = Array3::from_shape_fn((2, 3, 4), |(i, j, k)| (i + j + k) as f64);
    let mut b3 = a3.clone();
    b3[[1, 2, 3]] += 6.0;
    assert_eq!(rel_error(&a3, &b3), 6.0 / 18.0);
    assert_eq!(rel_error(a3.view(), a3.mapv(|v| v as f32)), 0.0);
    assert_eq!(rel_error(a3.clone().into_dyn(), a3.into_dyn()), 0.0);
    assert_eq!(rel_error(&[1.0, 3.0][..], vec![1.0, 1.0]), 0.5);
    assert_eq!(rel_error([1.0_f32, 3.0], [1.0, 1.0]), 0.5);
    // Views in another layout compare element by element, not memory order.
    let t = x.t();
    assert_eq!(rel_error(t, &array![[1.0, 3.0], [2.0, 4.0]]), 0.0);
}

#[test]
fn rel_error_is_nan_if_any_element_is_nan_and_zero_for_empty_arrays() {
    assert!(rel_error(&array![1.0, f64::NAN, 3.0], &array![1.0, 2.0, 30.0]).is_nan());
    assert!(rel_error(&array![1.0, 2.0], &array![1.0, f64::NAN]).is_nan());
    assert!(rel_error(f64::INFINITY, f64::INFINITY).is_nan());
    assert_eq!(
        rel_error(Array1::<f64>::zeros(0), Array1::<f64>::zeros(0)),
        0.0
    );
}

#[test]
#[should_panic(expected = "rel_error: x of shape [2, 3] and y of shape [3, 2] differ")]
fn rel_error_panics_on_different_shapes() {
    rel_error(Array2::<f64>::zeros((2, 3)), Array2::<f64>::zeros((3, 2)));
}

#[test]
#[should_panic(expected = "rel_error: x of shape [] and y of shape [1] differ")]
fn rel_error_does_not_broadcast_a_float() {
    rel_error(1.0, &array![1.0]);
}

// ---------------------------------------------------------------------------------------------
// Numerical derivatives

#[test]
fn numerical_gradient_of_a_cubic_in_any_dimension() {
    let mut rng = Rng(1);
    let f = |x: &ArrayD<f64>| x.mapv(|v| v * v * v).sum();
    for shape in [&[5][..], &[1, 1], &[2, 3], &[3, 1, 2], &[2, 2, 1, 3]] {
        // Away from 0, where 3 x² is small next to the truncation error h² of the cubic.
        let x = rng.array(IxDyn(shape), 1.0) + 2.0;
        let numerical = numerical_gradient(f, &x, 1e-5);
        assert_eq!(numerical.shape(), shape);
        assert!(rel_error(&numerical, x.mapv(|v| 3.0 * v * v)) < 1e-8);
    }
}

#[test]
fn numerical_gradient_of_floats_vecs_and_fixed_arrays() {
    let g = numerical_gradient(|x: &f64| x.exp(), &0.5, 1e-5);
    assert!(rel_error(g, 0.5_f64.exp()) < 1e-10);
    let g = numerical_gradient(
        |x: &Vec<f64>| x[0] * x[1] * x[2],
        &vec![2.0, 3.0, 5.0],
        1e-5,
    );
    assert!(rel_error(&g, vec![15.0, 10.0, 6.0]) < 1e-10);
    let g = numerical_gradient(|x: &[f64; 2]| x[0].sin() + x[1], &[0.0, 7.0], 1e-5);
    assert!(rel_error(g, [1.0, 1.0]) < 1e-10);
}

#[test]
fn numerical_gradient_of_a_non_standard_layout_array_keeps_its_shape_and_logic() {
    // A column-major array and the same values in row-major order: the same gradient.
    let x = Array2::from_shape_vec((2, 3).f(), vec![1.0, 2.0, 3.0, 4.0, 5.0, 6.0]).unwrap();
    assert!(!x.is_standard_layout());
    let weights = array![[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]];
    let f = |x: &Array2<f64>| (x * &weights).sum();
    let g = numerical_gradient(f, &x, 1e-5);
    assert!(g.is_standard_layout());
    assert!(rel_error(&g, &weights) < 1e-8);
    let g = numerical_gradient(f, &x.as_standard_layout().to_owned(), 1e-5);
    assert!(rel_error(&g, &weights) < 1e-8);
}

#[test]
fn numerical_gradient_calls_f_twice_per_element_and_restores_x() {
    let x = array![1.0, 2.0, 3.0];
    let mut calls = 0;
    let mut seen_sum = Vec::new();
    numerical_gradient(
        |x: &Array1<f64>| {
            calls += 1;
            seen_sum.push(x.sum());
            x.sum()
        },
        &x,
        0.5,
    );
    assert_eq!(calls, 6);
    assert_eq!(seen_sum, vec![6.5, 5.5, 6.5, 5.5, 6.5, 5.5]);
}

#[test]
fn numerical_gradient_accepts_f32_functions() {
    let x = array![0.5, -1.0];
    let f = |x: &Array1<f64>| x.mapv(|v| v as f32).mapv(|v| v * v).sum();
    let g = numerical_gradient(f, &x, 1e-3);
    assert!(rel_error(&g, &array![1.0, -2.0]) < 1e-3);
}

#[test]
fn numerical_vjp_is_the_transposed_jacobian_times_the_cotangent() {
    let mut rng = Rng(2);
    // f(x) = M x: Jᵀc = Mᵀ c, with an output shape different from the input's.
    let m = rng.array((4, 3), 1.0);
    let x = rng.array(3, 1.0);
    let c = rng.array(4, 1.0);
    let vjp = numerical_vjp(|x: &Array1<f64>| m.dot(x), &x, &c, 1e-5);
    assert!(rel_error(&vjp, m.t().dot(&c)) < 1e-9);
    // f(X) = X ⊙ X, 2-D: Jᵀc = 2 X ⊙ c.
    let x = rng.array((2, 5), 1.0);
    let c = rng.array((2, 5), 1.0);
    let vjp = numerical_vjp(|x: &Array2<f64>| x * x, &x, &c, 1e-5);
    assert!(rel_error(&vjp, &(2.0 * &x * &c)) < 1e-8);
    // A real-valued f is the 0-dimensional case: Jᵀc = c ∇f.
    let vjp = numerical_vjp(|x: &Array2<f64>| x.sum(), &x, 2.5, 1e-5);
    assert!(rel_error(&vjp, Array2::from_elem((2, 5), 2.5)) < 1e-9);
}

#[test]
fn numerical_jvp_is_the_jacobian_times_the_tangent() {
    let mut rng = Rng(3);
    let m = rng.array((4, 3), 1.0);
    let x = rng.array(3, 1.0);
    let t = rng.array(3, 1.0);
    let jvp = numerical_jvp(|x: &Array1<f64>| m.dot(x), &x, &t, 1e-5);
    assert_eq!(jvp.shape(), &[4]);
    assert!(rel_error(&jvp, m.dot(&t)) < 1e-9);
    let jvp = numerical_jvp(|x: &Array1<f64>| x.mapv(f64::sin), &x, &t, 1e-5);
    assert!(rel_error(&jvp, &(x.mapv(f64::cos) * &t)) < 1e-8);
}

#[test]
#[should_panic(expected = "numerical_vjp: cotangent of shape [3] and output of shape [4] differ")]
fn numerical_vjp_panics_on_a_cotangent_of_the_wrong_shape() {
    let m = Array2::<f64>::ones((4, 3));
    numerical_vjp(
        |x: &Array1<f64>| m.dot(x),
        &Array1::zeros(3),
        Array1::<f64>::ones(3),
        1e-5,
    );
}

#[test]
#[should_panic(expected = "numerical_gradient: the step h must be positive and finite, not 0")]
fn numerical_gradient_panics_on_a_zero_step() {
    numerical_gradient(|x: &f64| *x, &1.0, 0.0);
}

// ---------------------------------------------------------------------------------------------
// gradcheck and vjpcheck

/// `f(W) = Σ_i log(1 + e^((W x)_i))`, gradient `σ(W x) xᵀ`.
fn softplus_layer(w: ArrayView2<f64>, x: &Array1<f64>) -> f64 {
    w.dot(x).mapv(|v| v.exp().ln_1p()).sum()
}

fn softplus_layer_gradient(w: ArrayView2<f64>, x: &Array1<f64>) -> Array2<f64> {
    let s = w.dot(x).mapv(|v| 1.0 / (1.0 + (-v).exp()));
    let (rows, cols) = (s.len(), x.len());
    Array2::from_shape_fn((rows, cols), |(i, j)| s[i] * x[j])
}

#[test]
fn gradcheck_accepts_a_right_gradient() {
    let mut rng = Rng(4);
    for (rows, cols) in [(1, 1), (3, 4), (5, 2)] {
        let w = rng.array((rows, cols), 1.0);
        let x = rng.array(cols, 1.0);
        let f = |w: &Array2<f64>| softplus_layer(w.view(), &x);
        let report = gradcheck(f, &w, softplus_layer_gradient(w.view(), &x));
        assert!(report.rel_error < 1e-8, "{report}");
        assert!(report.passes(1e-8));
        assert_eq!(report.numerical_gradient.shape(), &[rows, cols]);
        assert_gradcheck(f, &w, softplus_layer_gradient(w.view(), &x), 1e-8);
    }
}

#[test]
fn gradcheck_accepts_an_f32_analytic_gradient() {
    let x = array![0.3, -0.7, 1.1];
    let gradient = x.mapv(|v: f64| (2.0 * v) as f32);
    assert_gradcheck(|x: &Array1<f64>| x.dot(x), &x, &gradient, 1e-6);
}

#[test]
fn gradcheck_catches_a_wrong_gradient_and_reports_where() {
    let mut rng = Rng(5);
    let w = rng.array((3, 4), 1.0);
    let x = rng.array(4, 1.0);
    let f = |w: &Array2<f64>| softplus_layer(w.view(), &x);
    let mut wrong = softplus_layer_gradient(w.view(), &x);
    let right_value = wrong[[2, 1]];
    wrong[[2, 1]] *= 1.5;
    let report = gradcheck(f, &w, &wrong);
    assert_eq!(report.index, vec![2, 1]);
    assert!((report.rel_error - 0.2).abs() < 1e-6, "{report}");
    assert_eq!(report.analytic, 1.5 * right_value);
    assert!(rel_error(report.numerical, right_value) < 1e-8);
    assert!(!report.passes(1e-6));
    let shown = report.to_string();
    assert!(shown.starts_with("worst relative error 2.000e-1 at [2, 1]: analytic "));
    assert!(shown.ends_with("(12 elements)"), "{shown}");
}

#[test]
fn gradcheck_catches_a_transposed_gradient_of_a_square_matrix() {
    let a = array![[1.0, 2.0], [3.0, 4.0]];
    let w = array![[0.5, -1.0], [2.0, 0.25]];
    // f(W) = Σ (W ⊙ A): the gradient is A, not Aᵀ.
    let f = |w: &Array2<f64>| (w * &a).sum();
    assert!(gradcheck(f, &w, &a).rel_error < 1e-9);
    let report = gradcheck(f, &w, a.t());
    assert!((report.rel_error - 0.2).abs() < 1e-6, "{report}");
    assert!(report.index == [0, 1] || report.index == [1, 0], "{report}");
}

#[test]
fn gradcheck_of_a_float_and_of_nothing() {
    let report = gradcheck(|x: &f64| x.powi(3), &2.0, 12.0);
    assert!(report.rel_error < 1e-9);
    assert!(report.index.is_empty());
    assert!(report.to_string().ends_with("(1 element)"));
    let empty = Array1::<f64>::zeros(0);
    let report = gradcheck(|x: &Array1<f64>| x.sum(), &empty, &empty);
    assert_eq!(report.rel_error, 0.0);
    assert_eq!(report.to_string(), "no elements to compare");
}

#[test]
fn a_nan_gradient_fails_every_tolerance() {
    let report = gradcheck(
        |x: &Array1<f64>| x.sum(),
        &array![1.0, 2.0],
        &array![1.0, f64::NAN],
    );
    assert!(report.rel_error.is_nan());
    assert_eq!(report.index, vec![1]);
    assert!(!report.passes(f64::INFINITY));
}

#[test]
#[should_panic(expected = "gradient check failed (tolerance 1e-6): worst relative error")]
fn assert_gradcheck_panics_with_the_report_on_a_wrong_gradient() {
    let x = array![1.0, 2.0, 3.0];
    assert_gradcheck(|x: &Array1<f64>| x.dot(x), &x, &x, 1e-6);
}

#[test]
#[should_panic(
    expected = "gradcheck: the analytic gradient of shape [3] and the numerical gradient of shape [2] differ"
)]
fn gradcheck_panics_on_a_gradient_of_the_wrong_shape() {
    gradcheck(
        |x: &Array1<f64>| x.sum(),
        &array![1.0, 2.0],
        &array![1.0, 1.0, 1.0],
    );
}

#[test]
fn vjpcheck_accepts_a_right_pullback_and_catches_a_wrong_one() {
    let mut rng = Rng(6);
    let m = rng.array((3, 5), 1.0);
    let x = rng.array((5, 2), 1.0);
    let c = rng.array((3, 2), 1.0);
    // f(X) = M X: Jᵀc = Mᵀ c.
    let f = |x: &Array2<f64>| m.dot(x);
    let report = assert_vjpcheck(f, &x, &c, m.t().dot(&c), 1e-8);
    assert_eq!(report.analytic_gradient.shape(), &[5, 2]);
    // Forgetting the cotangent (a pullback of ones) is caught.
    let wrong = m.t().dot(&Array2::<f64>::ones((3, 2)));
    assert!(vjpcheck(f, &x, &c, &wrong).rel_error > 1e-2);
}

#[test]
#[should_panic(expected = "gradient check failed")]
fn assert_vjpcheck_panics_on_a_wrong_pullback() {
    let x = array![1.0, 2.0];
    let c = array![0.5, -1.0];
    assert_vjpcheck(|x: &Array1<f64>| x.mapv(f64::exp), &x, &c, &c, 1e-6);
}

// ---------------------------------------------------------------------------------------------
// The dot-product check

#[test]
fn dot_product_check_accepts_a_right_pullback() {
    let mut rng = Rng(7);
    for (n, d) in [(1, 1), (2, 3), (4, 2)] {
        let x = rng.array((n, d), 1.0);
        let c = rng.array((n, n), 1.0);
        let t = rng.array((n, d), 1.0);
        // f(X) = tanh(X Xᵀ): Jᵀc = (G + Gᵀ) X with G = c ⊙ (1 - tanh²).
        let f = |x: &Array2<f64>| x.dot(&x.t()).mapv(f64::tanh);
        let y = f(&x);
        let g = &c * &y.mapv(|v| 1.0 - v * v);
        let pulled_back = (&g + &g.t()).dot(&x);
        let report = dot_product_check(f, &x, &t, &c, &pulled_back);
        assert!(report.rel_error < 1e-8, "{report}");
        assert_dot_product_check(f, &x, &t, &c, &pulled_back, 1e-8);
    }
}

#[test]
fn dot_product_check_catches_a_wrong_pullback() {
    let mut rng = Rng(8);
    let x = rng.array((3, 3), 1.0);
    let c = rng.array((3, 3), 1.0);
    let t = rng.array((3, 3), 1.0);
    let f = |x: &Array2<f64>| x.dot(&x.t());
    // Missing the transposed term: c X instead of (c + cᵀ) X.
    let wrong = c.dot(&x);
    let report = dot_product_check(f, &x, &t, &c, &wrong);
    assert!(report.rel_error > 1e-3, "{report}");
    let shown = report.to_string();
    assert!(shown.starts_with("<t, J^T c> = "), "{shown}");
    assert!(shown.contains("from the pullback, <J t, c> = "), "{shown}");
}

#[test]
#[should_panic(expected = "dot-product check failed (tolerance 1e-8)")]
fn assert_dot_product_check_panics_on_a_wrong_pullback() {
    let x = array![1.0, 2.0, 3.0];
    let c = array![1.0, -1.0, 0.5];
    let t = array![0.3, 0.2, -0.9];
    assert_dot_product_check(|x: &Array1<f64>| x * x, &x, &t, &c, &c, 1e-8);
}

#[test]
#[should_panic(expected = "numerical_jvp: tangent of shape [2] and x of shape [3] differ")]
fn dot_product_check_panics_on_a_tangent_of_the_wrong_shape() {
    let x = array![1.0, 2.0, 3.0];
    dot_product_check(|x: &Array1<f64>| x.clone(), &x, &array![1.0, 1.0], &x, &x);
}

// ---------------------------------------------------------------------------------------------
// Miscellany

#[test]
fn reports_compare_any_two_gradients() {
    let report = GradCheckReport::compare(&array![[1.0_f32, 2.0]], &array![[1.0, 2.5]]);
    assert_eq!(report.index, vec![0, 1]);
    assert_eq!((report.analytic, report.numerical), (2.0, 2.5));
    assert!((report.rel_error - 0.5 / 4.5).abs() < 1e-15);
    report.clone().assert_passes(0.2);
}

#[test]
fn check_arrays_convert_to_f64_arrays_of_their_shape() {
    assert_eq!(1.5_f32.to_f64_array().shape(), &[] as &[usize]);
    assert_eq!(vec![1.0_f64; 4].to_f64_array().shape(), &[4]);
    let a = Array3::<f32>::zeros((2, 1, 3));
    assert_eq!(a.view().to_f64_array().raw_dim().ndim(), 3);
    assert_eq!((&&a).to_f64_array().shape(), &[2, 1, 3]);
    assert_eq!(DEFAULT_STEP, 1e-5);
}

/// A function as a user would write it, taking a reference to an array.
fn sum_of_squares(x: &Array2<f64>) -> f64 {
    x.iter().map(|v| v * v).sum()
}

#[test]
// The closure is the documented way to check a function of several parameters.
#[allow(clippy::redundant_closure)]
fn closures_need_no_type_annotations() {
    let x0 = array![[1.0, -2.0], [0.5, 3.0]];
    let gradient = 2.0 * &x0;
    assert_gradcheck(|x| sum_of_squares(x), &x0, &gradient, 1e-8);
    assert_gradcheck(sum_of_squares, &x0, &gradient, 1e-8);
    let g = numerical_gradient(|x| x.sum(), &x0, 1e-5);
    assert!(rel_error(&g, Array2::<f64>::ones((2, 2))) < 1e-9);
    let c = array![[1.0, 2.0], [3.0, 4.0]];
    assert_vjpcheck(|x| x * x, &x0, &c, 2.0 * &x0 * &c, 1e-8);
}
