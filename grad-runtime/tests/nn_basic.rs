//! The basic layers of `grad_runtime::nn`: `relu`, `sigmoid`, `dropout`, `affine`, `softmax`,
//! `log_softmax`, `softmax_cross_entropy` and `svm_loss`.
//!
//! For each: the value of `name_vjp` is the value of `name`, bit for bit; the pullback matches
//! the numerical vector-Jacobian product (`grad_runtime::check`, central differences in `f64`)
//! for random inputs and random cotangents, over several shapes including a batch of one and
//! non-square matrices; known values; the rule at kinks; `f32` against `f64`; and the panics on
//! shape mismatches and bad labels.

use grad_runtime::check::{assert_dot_product_check, assert_vjpcheck, rel_error};
use grad_runtime::ndarray::{Array, Array1, Array2, ArrayD, Axis, IxDyn, ShapeBuilder, array, s};
use grad_runtime::nn::{
    affine, affine_vjp, affine_vjp_wrt, dropout, dropout_vjp, log_softmax, log_softmax_vjp, relu,
    relu_vjp, sigmoid, sigmoid_vjp, softmax, softmax_cross_entropy, softmax_cross_entropy_vjp,
    softmax_vjp, svm_loss, svm_loss_vjp,
};

mod common;

use common::Rng;

/// The largest accepted relative error between a pullback and the numerical VJP.
const TOL: f64 = 1e-6;
/// The largest accepted relative error between an `f32` result and the `f64` one.
const TOL32: f64 = 1e-4;

/// Shapes of several dimensions for the elementwise functions.
const ND_SHAPES: [&[usize]; 7] = [
    &[1],
    &[7],
    &[1, 5],
    &[4, 3],
    &[2, 3, 4],
    &[2, 1, 3, 2],
    &[1, 2, 1, 2, 3],
];

/// Batch shapes `(N, C)`: a batch of one, one class, square and non-square.
const BATCH_SHAPES: [(usize, usize); 6] = [(1, 1), (1, 5), (4, 3), (3, 3), (3, 7), (6, 2)];

fn to_f32<D: grad_runtime::ndarray::Dimension>(x: &Array<f64, D>) -> Array<f32, D> {
    x.mapv(|v| v as f32)
}

// ---------------------------------------------------------------------------------------------
// relu

#[test]
fn relu_is_max_with_zero_and_passes_nan_through() {
    let y = relu(&array![
        -2.0,
        -0.0,
        0.0,
        1e-300,
        3.5,
        f64::NEG_INFINITY,
        f64::INFINITY
    ]);
    assert_eq!(y, array![0.0, 0.0, 0.0, 1e-300, 3.5, 0.0, f64::INFINITY]);
    assert!(relu(&array![f64::NAN])[0].is_nan());
}

#[test]
fn relu_vjp_matches_relu_and_finite_differences() {
    let mut rng = Rng(10);
    for shape in ND_SHAPES {
        let x = rng.array(IxDyn(shape), 1.0);
        let c = rng.array(IxDyn(shape), 1.0);
        let (y, pullback) = relu_vjp(&x);
        assert_eq!(y, relu(&x));
        let (dx,) = pullback(c.clone());
        assert_vjpcheck(|x: &ArrayD<f64>| relu(x), &x, &c, &dx, TOL);
    }
}

#[test]
fn relu_derivative_at_zero_is_zero() {
    let x = array![0.0, -0.0, 1e-300, -1e-300, 2.0];
    let (_, pullback) = relu_vjp(&x);
    assert_eq!(
        pullback(Array1::from_elem(5, 3.0)),
        (array![0.0, 0.0, 3.0, 0.0, 3.0],)
    );
    let (_, pullback) = relu_vjp(&array![f64::NAN]);
    assert_eq!(pullback(array![1.0]), (array![0.0],));
}

#[test]
fn relu_of_a_transposed_view() {
    let mut rng = Rng(11);
    let x = rng.array((3, 5), 1.0);
    let c = rng.array((5, 3), 1.0);
    let (y, pullback) = relu_vjp(&x.t());
    assert_eq!(y, relu(&x).t());
    let (dx,) = pullback(c.clone());
    assert_eq!(dx, relu_vjp(&x.t().to_owned()).1(c).0);
}

#[test]
#[should_panic(expected = "relu pullback: cotangent of shape [1, 3] for an output of shape [2, 3]")]
fn relu_pullback_panics_on_a_cotangent_of_the_wrong_shape() {
    let (_, pullback) = relu_vjp(&Array2::<f64>::zeros((2, 3)));
    pullback(Array2::zeros((1, 3)));
}

// ---------------------------------------------------------------------------------------------
// sigmoid

#[test]
fn sigmoid_known_values_and_no_overflow() {
    let y = sigmoid(&array![
        0.0,
        1000.0,
        -1000.0,
        2.0,
        -2.0,
        f64::INFINITY,
        f64::NEG_INFINITY
    ]);
    assert_eq!(y.slice(s![..3]), array![0.5, 1.0, 0.0]);
    assert!((y[3] - 1.0 / (1.0 + (-2.0f64).exp())).abs() < 1e-16);
    assert!((y[3] + y[4] - 1.0).abs() < 1e-15);
    assert_eq!((y[5], y[6]), (1.0, 0.0));
    assert!(sigmoid(&array![f64::NAN])[0].is_nan());
    let (_, pullback) = sigmoid_vjp(&array![1000.0, -1000.0, 0.0]);
    assert_eq!(pullback(array![1.0, 1.0, 1.0]), (array![0.0, 0.0, 0.25],));
}

#[test]
fn sigmoid_vjp_matches_sigmoid_and_finite_differences() {
    let mut rng = Rng(12);
    for shape in ND_SHAPES {
        let x = rng.array(IxDyn(shape), 4.0);
        let c = rng.array(IxDyn(shape), 1.0);
        let (y, pullback) = sigmoid_vjp(&x);
        assert_eq!(y, sigmoid(&x));
        let (dx,) = pullback(c.clone());
        assert_vjpcheck(|x: &ArrayD<f64>| sigmoid(x), &x, &c, &dx, TOL);
    }
}

// ---------------------------------------------------------------------------------------------
// dropout

/// A mask of inverted dropout with keep probability `p`: `(u < p) / p`.
fn dropout_mask<D: grad_runtime::ndarray::Dimension>(u: &Array<f64, D>, p: f64) -> Array<f64, D> {
    u.mapv(|u| if (u + 1.0) / 2.0 < p { 1.0 / p } else { 0.0 })
}

#[test]
fn dropout_multiplies_by_the_mask_and_its_pullback_too() {
    let x = array![[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]];
    let mask = array![[2.0, 0.0, 2.0], [0.0, 0.0, 2.0]];
    assert_eq!(
        dropout(&x, &mask),
        array![[2.0, 0.0, 6.0], [0.0, 0.0, 12.0]]
    );
    let (y, pullback) = dropout_vjp(&x, &mask);
    assert_eq!(y, dropout(&x, &mask));
    let (dx, ()) = pullback(array![[1.0, 1.0, 1.0], [0.5, 0.5, 0.5]]);
    assert_eq!(dx, array![[2.0, 0.0, 2.0], [0.0, 0.0, 1.0]]);
}

#[test]
fn dropout_vjp_matches_dropout_and_finite_differences() {
    let mut rng = Rng(13);
    for shape in ND_SHAPES {
        let x = rng.array(IxDyn(shape), 1.0);
        let mask = dropout_mask(&rng.array(IxDyn(shape), 1.0), 0.6);
        let c = rng.array(IxDyn(shape), 1.0);
        let (y, pullback) = dropout_vjp(&x, &mask);
        assert_eq!(y, dropout(&x, &mask));
        let (dx, ()) = pullback(c.clone());
        assert_vjpcheck(|x: &ArrayD<f64>| dropout(x, &mask), &x, &c, &dx, TOL);
    }
}

#[test]
#[should_panic(expected = "dropout: mask of shape [3, 2] for x of shape [2, 3]")]
fn dropout_panics_on_a_mask_of_another_shape() {
    dropout(&Array2::<f64>::zeros((2, 3)), &Array2::<f64>::ones((3, 2)));
}

#[test]
#[should_panic(expected = "dropout: mask of shape [1, 3] for x of shape [2, 3]")]
fn dropout_does_not_broadcast_the_mask() {
    let _ = dropout_vjp(&Array2::<f64>::zeros((2, 3)), &Array2::<f64>::ones((1, 3)));
}

// ---------------------------------------------------------------------------------------------
// affine

/// `(N, D, M)`: a batch of one, one feature, one output, square and non-square.
const AFFINE_SHAPES: [(usize, usize, usize); 7] = [
    (1, 1, 1),
    (1, 4, 3),
    (5, 3, 2),
    (4, 4, 4),
    (3, 6, 1),
    (2, 1, 5),
    (7, 5, 3),
];

#[test]
fn affine_is_x_dot_w_plus_b() {
    let mut rng = Rng(14);
    for (n, d, m) in AFFINE_SHAPES {
        let (x, w, b) = (
            rng.array((n, d), 1.0),
            rng.array((d, m), 1.0),
            rng.array(m, 1.0),
        );
        let y = affine(&x, &w, &b);
        assert_eq!(y.dim(), (n, m));
        let expected = Array2::from_shape_fn((n, m), |(i, j)| {
            (0..d).map(|k| x[[i, k]] * w[[k, j]]).sum::<f64>() + b[j]
        });
        assert!(rel_error(&y, &expected) < 1e-12);
    }
}

#[test]
fn affine_vjp_matches_affine_and_finite_differences_for_every_argument() {
    let mut rng = Rng(15);
    for (n, d, m) in AFFINE_SHAPES {
        let (x, w, b) = (
            rng.array((n, d), 1.0),
            rng.array((d, m), 1.0),
            rng.array(m, 1.0),
        );
        let c = rng.array((n, m), 1.0);
        let (y, pullback) = affine_vjp(&x, &w, &b);
        assert_eq!(y, affine(&x, &w, &b));
        let (dx, dw, db) = pullback(c.clone());
        assert_eq!((dx.dim(), dw.dim(), db.dim()), ((n, d), (d, m), m));
        assert_vjpcheck(|x: &Array2<f64>| affine(x, &w, &b), &x, &c, &dx, TOL);
        assert_vjpcheck(|w: &Array2<f64>| affine(&x, w, &b), &w, &c, &dw, TOL);
        assert_vjpcheck(|b: &Array1<f64>| affine(&x, &w, b), &b, &c, &db, TOL);
        // The same pullback, by the dot-product test in a random direction.
        let t = rng.array((n, d), 1.0);
        assert_dot_product_check(|x: &Array2<f64>| affine(x, &w, &b), &x, &t, &c, &dx, TOL);
    }
}

#[test]
fn affine_of_views_in_other_layouts_and_of_shared_arrays() {
    let mut rng = Rng(16);
    let (x, w, b) = (
        rng.array((3, 4), 1.0),
        rng.array((4, 2), 1.0),
        rng.array(2, 1.0),
    );
    let c = rng.array((3, 2), 1.0);
    let expected = affine_vjp(&x, &w, &b);
    let expected_cotangents = expected.1(c.clone());
    // x column-major, w a transposed view, b a strided view.
    let x_f = Array2::from_shape_vec((3, 4).f(), x.t().iter().copied().collect()).unwrap();
    assert_eq!(x_f, x);
    let w_t = w.t().to_owned();
    let b_wide = array![b[0], 99.0, b[1]];
    let (y, pullback) = affine_vjp(&x_f, &w_t.t(), &b_wide.slice(s![..;2]));
    assert!(rel_error(&y, &expected.0) < 1e-15);
    let cotangents = pullback(c.clone());
    assert!(rel_error(&cotangents.0, &expected_cotangents.0) < 1e-15);
    assert!(rel_error(&cotangents.1, &expected_cotangents.1) < 1e-15);
    assert!(rel_error(&cotangents.2, &expected_cotangents.2) < 1e-15);
    // ArcArrays are kept without a copy; the results are the same.
    let (y, pullback) = affine_vjp(&x.to_shared(), &w.to_shared(), &b);
    assert_eq!(y, expected.0);
    assert_eq!(pullback(c), expected_cotangents);
}

#[test]
fn affine_vjp_wrt_computes_only_the_cotangents_asked_for() {
    let mut rng = Rng(27);
    let (x, w, b) = (
        rng.array((3, 4), 1.0),
        rng.array((4, 2), 1.0),
        rng.array(2, 1.0),
    );
    let c = rng.array((3, 2), 1.0);
    let (y, pullback) = affine_vjp(&x, &w, &b);
    let (dx, dw, db) = pullback(c.clone());
    for wrt in [
        [false, true, true],
        [true, false, false],
        [false, false, true],
        [true, true, true],
        [false; 3],
    ] {
        let (y_wrt, pullback) = affine_vjp_wrt(&x, &w, &b, wrt);
        assert_eq!(y_wrt, y);
        let (dx_wrt, dw_wrt, db_wrt) = pullback(c.clone());
        assert_eq!(
            dx_wrt,
            if wrt[0] {
                dx.clone()
            } else {
                Array2::zeros((0, 0))
            }
        );
        assert_eq!(
            dw_wrt,
            if wrt[1] {
                dw.clone()
            } else {
                Array2::zeros((0, 0))
            }
        );
        assert_eq!(db_wrt, if wrt[2] { db.clone() } else { Array1::zeros(0) });
    }
}

#[test]
fn affine_vjp_reads_the_mask_of_its_call() {
    let mut rng = Rng(28);
    let (x, w, b) = (
        rng.array((3, 4), 1.0),
        rng.array((4, 2), 1.0),
        rng.array(2, 1.0),
    );
    let c = rng.array((3, 2), 1.0);
    let all = affine_vjp(&x, &w, &b).1(c.clone());
    for mask in 0..8u64 {
        let wrt = [mask & 1 != 0, mask & 2 != 0, mask & 4 != 0];
        let (y, pullback) = {
            let _wrt = grad_runtime::wrt::enter("affine", mask);
            affine_vjp(&x, &w, &b)
        };
        assert_eq!(y, affine(&x, &w, &b));
        assert_eq!(
            pullback(c.clone()),
            affine_vjp_wrt(&x, &w, &b, wrt).1(c.clone()),
            "{wrt:?}"
        );
    }
    // Another function's scope: everything.
    let pullback = {
        let _wrt = grad_runtime::wrt::enter("g", 0);
        affine_vjp(&x, &w, &b).1
    };
    assert_eq!(pullback(c), all);
}

#[test]
#[should_panic(
    expected = "affine: x of shape [2, 3] and w of shape [4, 5] do not fit (x has 3 columns, w 4 rows)"
)]
fn affine_panics_when_x_and_w_do_not_fit() {
    affine(
        &Array2::<f64>::zeros((2, 3)),
        &Array2::zeros((4, 5)),
        &Array1::zeros(5),
    );
}

#[test]
#[should_panic(expected = "affine: b of shape [4] for w of shape [3, 5]")]
fn affine_panics_when_b_does_not_fit_w() {
    let _ = affine_vjp(
        &Array2::<f64>::zeros((2, 3)),
        &Array2::zeros((3, 5)),
        &Array1::zeros(4),
    );
}

#[test]
#[should_panic(
    expected = "affine pullback: cotangent of shape [2, 4] for an output of shape [2, 5]"
)]
fn affine_pullback_panics_on_a_cotangent_of_the_wrong_shape() {
    let (_, pullback) = affine_vjp(
        &Array2::<f64>::zeros((2, 3)),
        &Array2::zeros((3, 5)),
        &Array1::zeros(5),
    );
    pullback(Array2::zeros((2, 4)));
}

// ---------------------------------------------------------------------------------------------
// softmax and log_softmax

#[test]
fn softmax_known_values_and_stability() {
    assert_eq!(
        softmax(&Array2::<f64>::from_elem((2, 4), 3.7)),
        Array2::from_elem((2, 4), 0.25)
    );
    assert_eq!(
        softmax(&array![[1000.0, 1000.0], [-1000.0, 0.0]]),
        array![[0.5, 0.5], [0.0, 1.0]]
    );
    let x = array![[1.0, 2.0, 3.0]];
    let e = x.mapv(f64::exp);
    assert!(rel_error(softmax(&x), &(&e / e.sum())) < 1e-15);
    // Invariant under adding a constant to a row.
    assert!(rel_error(softmax(&(&x + 500.0)), softmax(&x)) < 1e-14);
    let mut rng = Rng(17);
    let p = softmax(&rng.array((5, 4), 10.0));
    for sum in p.sum_axis(Axis(1)) {
        assert!((sum - 1.0).abs() < 1e-15);
    }
    assert!(softmax(&array![[0.0, f64::NAN]]).iter().all(|v| v.is_nan()));
}

#[test]
fn softmax_vjp_matches_softmax_and_finite_differences() {
    let mut rng = Rng(18);
    for (n, classes) in BATCH_SHAPES {
        let x = rng.array((n, classes), 3.0);
        let c = rng.array((n, classes), 1.0);
        let (y, pullback) = softmax_vjp(&x);
        assert_eq!(y, softmax(&x));
        let (dx,) = pullback(c.clone());
        assert_vjpcheck(|x: &Array2<f64>| softmax(x), &x, &c, &dx, TOL);
    }
}

#[test]
fn softmax_pullback_of_a_constant_row_cotangent_is_zero() {
    // Each row sums to 1, so a cotangent constant along the row pulls back to 0.
    let (_, pullback) = softmax_vjp(&array![[0.3_f64, -1.2, 2.0], [1.0, 1.0, 1.0]]);
    let (dx,) = pullback(array![[2.0, 2.0, 2.0], [-1.0, -1.0, -1.0]]);
    assert!(dx.iter().all(|v| v.abs() < 1e-16), "{dx}");
}

#[test]
fn log_softmax_known_values_and_stability() {
    let y = log_softmax(&Array2::<f64>::zeros((2, 5)));
    assert!(y.iter().all(|v| (v + 5f64.ln()).abs() < 1e-15));
    let mut rng = Rng(19);
    let x = rng.array((3, 4), 5.0);
    assert!(rel_error(log_softmax(&x), softmax(&x).mapv(f64::ln)) < 1e-14);
    // Where log(softmax(x)) underflows to -inf, log_softmax stays exact.
    let y = log_softmax(&array![[0.0, -1000.0], [2000.0, 1000.0]]);
    assert_eq!(y, array![[0.0, -1000.0], [0.0, -1000.0]]);
}

#[test]
fn log_softmax_vjp_matches_log_softmax_and_finite_differences() {
    let mut rng = Rng(20);
    for (n, classes) in BATCH_SHAPES {
        let x = rng.array((n, classes), 3.0);
        let c = rng.array((n, classes), 1.0);
        let (y, pullback) = log_softmax_vjp(&x);
        assert_eq!(y, log_softmax(&x));
        let (dx,) = pullback(c.clone());
        assert_vjpcheck(|x: &Array2<f64>| log_softmax(x), &x, &c, &dx, TOL);
    }
}

#[test]
#[should_panic(
    expected = "log_softmax pullback: cotangent of shape [3, 2] for an output of shape [2, 3]"
)]
fn log_softmax_pullback_panics_on_a_transposed_cotangent() {
    let (_, pullback) = log_softmax_vjp(&Array2::<f64>::zeros((2, 3)));
    pullback(Array2::zeros((3, 2)));
}

#[test]
#[should_panic(
    expected = "softmax pullback: cotangent of shape [1, 3] for an output of shape [2, 3]"
)]
fn softmax_pullback_panics_on_a_cotangent_of_the_wrong_shape() {
    let (_, pullback) = softmax_vjp(&Array2::<f64>::zeros((2, 3)));
    pullback(Array2::zeros((1, 3)));
}

// ---------------------------------------------------------------------------------------------
// softmax_cross_entropy

#[test]
fn cross_entropy_of_uniform_scores_is_log_c() {
    for classes in [1, 2, 10, 1000] {
        let loss = softmax_cross_entropy(
            &Array2::<f64>::from_elem((3, classes), -2.5),
            &[0, 0, classes - 1],
        );
        assert!(
            (loss - (classes as f64).ln()).abs() < 1e-13,
            "{classes}: {loss}"
        );
    }
    // cs231n's sanity check: small random scores give about log 10.
    let mut rng = Rng(21);
    let scores = rng.array((50, 10), 1e-3);
    let loss = softmax_cross_entropy(&scores, &rng.labels(50, 10));
    assert!((loss - 10f64.ln()).abs() < 1e-2);
}

#[test]
fn cross_entropy_is_the_mean_negative_log_softmax_of_the_labels() {
    let mut rng = Rng(22);
    let scores = rng.array((6, 4), 3.0);
    let labels = rng.labels(6, 4);
    let log_p = log_softmax(&scores);
    let expected = -labels
        .iter()
        .enumerate()
        .map(|(i, &y)| log_p[[i, y]])
        .sum::<f64>()
        / 6.0;
    assert!(rel_error(softmax_cross_entropy(&scores, &labels), expected) < 1e-15);
}

#[test]
fn cross_entropy_is_stable_for_large_scores() {
    let scores = array![[1000.0, 0.0], [0.0, 1000.0]];
    assert_eq!(softmax_cross_entropy(&scores, &[0, 1]), 0.0);
    assert_eq!(softmax_cross_entropy(&scores, &[1, 0]), 1000.0);
    let (loss, pullback) = softmax_cross_entropy_vjp(&scores, &[1, 1]);
    assert_eq!(loss, 500.0);
    assert_eq!(pullback(2.0).0, array![[1.0, -1.0], [0.0, 0.0]]);
}

#[test]
fn cross_entropy_vjp_matches_and_its_gradient_is_softmax_minus_onehot_over_n() {
    let mut rng = Rng(23);
    for (n, classes) in BATCH_SHAPES {
        let scores = rng.array((n, classes), 3.0);
        let labels = rng.labels(n, classes);
        let c = 1.0 + rng.next_f64();
        let (loss, pullback) = softmax_cross_entropy_vjp(&scores, &labels);
        assert_eq!(loss, softmax_cross_entropy(&scores, &labels));
        let (ds, ()) = pullback(c);
        let f = |s: &Array2<f64>| softmax_cross_entropy(s, &labels);
        assert_vjpcheck(f, &scores, c, &ds, TOL);
        let mut expected = softmax(&scores);
        for (i, &y) in labels.iter().enumerate() {
            expected[[i, y]] -= 1.0;
        }
        assert!(rel_error(&ds, &(expected * c / n as f64)) < 1e-13);
    }
}

#[test]
fn cross_entropy_of_an_empty_batch_is_nan() {
    assert!(softmax_cross_entropy(&Array2::<f64>::zeros((0, 3)), &[]).is_nan());
}

#[test]
#[should_panic(expected = "softmax_cross_entropy: label 7 out of range for 5 classes")]
fn cross_entropy_panics_on_a_label_out_of_range() {
    softmax_cross_entropy(&Array2::<f64>::zeros((3, 5)), &[0, 7, 4]);
}

#[test]
#[should_panic(expected = "softmax_cross_entropy: label 5 out of range for 5 classes")]
fn cross_entropy_vjp_panics_on_a_label_out_of_range() {
    let _ = softmax_cross_entropy_vjp(&Array2::<f64>::zeros((3, 5)), &[0, 5, 4]);
}

#[test]
#[should_panic(
    expected = "softmax_cross_entropy: 2 labels for scores of shape [3, 5] (one label per row)"
)]
fn cross_entropy_panics_on_a_wrong_number_of_labels() {
    softmax_cross_entropy(&Array2::<f64>::zeros((3, 5)), &[0, 1]);
}

// ---------------------------------------------------------------------------------------------
// svm_loss

/// cs231n's `svm_loss_naive` (with the mean over the batch), loops over the elements.
fn svm_loss_naive(scores: &Array2<f64>, labels: &[usize]) -> (f64, Array2<f64>) {
    let (n, classes) = scores.dim();
    let mut loss = 0.0;
    let mut ds = Array2::zeros((n, classes));
    for i in 0..n {
        for j in 0..classes {
            if j == labels[i] {
                continue;
            }
            let margin = scores[[i, j]] - scores[[i, labels[i]]] + 1.0;
            if margin > 0.0 {
                loss += margin;
                ds[[i, j]] += 1.0;
                ds[[i, labels[i]]] -= 1.0;
            }
        }
    }
    (loss / n as f64, ds / n as f64)
}

#[test]
fn svm_loss_matches_the_naive_loops() {
    let mut rng = Rng(24);
    for (n, classes) in BATCH_SHAPES {
        let scores = rng.array((n, classes), 2.0);
        let labels = rng.labels(n, classes);
        let (loss, gradient) = svm_loss_naive(&scores, &labels);
        assert!(rel_error(svm_loss(&scores, &labels), loss) < 1e-14);
        let (loss_vjp, pullback) = svm_loss_vjp(&scores, &labels);
        assert_eq!(loss_vjp, svm_loss(&scores, &labels));
        assert_eq!(pullback(1.0).0, gradient);
    }
}

#[test]
fn svm_loss_vjp_matches_finite_differences() {
    let mut rng = Rng(25);
    for (n, classes) in BATCH_SHAPES {
        let scores = rng.array((n, classes), 2.0);
        let labels = rng.labels(n, classes);
        let c = 1.0 + rng.next_f64();
        let (_, pullback) = svm_loss_vjp(&scores, &labels);
        let (ds, ()) = pullback(c);
        assert_vjpcheck(|s: &Array2<f64>| svm_loss(s, &labels), &scores, c, &ds, TOL);
    }
}

#[test]
fn svm_loss_at_the_kink_a_zero_margin_is_not_active() {
    // Row 0: class 1 has margin 0.5 (active), class 2 margin exactly 0 (not active).
    let scores = array![[1.0, 0.5, 0.0], [0.0, 5.0, 0.0]];
    let (loss, pullback) = svm_loss_vjp(&scores, &[0, 1]);
    assert_eq!(loss, 0.25);
    assert_eq!(pullback(2.0).0, array![[-1.0, 1.0, 0.0], [0.0, 0.0, 0.0]]);
}

#[test]
fn svm_loss_known_values() {
    // All margins satisfied: zero loss, zero gradient.
    let (loss, pullback) = svm_loss_vjp(&array![[5.0, 1.0, 2.0]], &[0]);
    assert_eq!((loss, pullback(1.0).0), (0.0, array![[0.0, 0.0, 0.0]]));
    // Equal scores: every wrong class has margin 1, loss C - 1.
    let loss = svm_loss(&Array2::<f64>::zeros((4, 10)), &[0, 1, 2, 3]);
    assert_eq!(loss, 9.0);
    // One class: no margins.
    assert_eq!(svm_loss(&array![[3.0], [-1.0]], &[0, 0]), 0.0);
}

#[test]
#[should_panic(expected = "svm_loss: label 7 out of range for 5 classes")]
fn svm_loss_panics_on_a_label_out_of_range() {
    svm_loss(&Array2::<f64>::zeros((2, 5)), &[7, 0]);
}

#[test]
#[should_panic(expected = "svm_loss: 3 labels for scores of shape [2, 5] (one label per row)")]
fn svm_loss_vjp_panics_on_a_wrong_number_of_labels() {
    let _ = svm_loss_vjp(&Array2::<f64>::zeros((2, 5)), &[0, 1, 2]);
}

// ---------------------------------------------------------------------------------------------
// f32, and what the pullbacks keep

#[test]
fn f32_results_agree_with_f64() {
    let mut rng = Rng(26);
    let x = rng.array((4, 6), 2.0);
    let c = rng.array((4, 6), 1.0);
    let (x32, c32) = (to_f32(&x), to_f32(&c));

    let close = |a: &Array2<f32>, b: &Array2<f64>, what: &str| {
        let error = rel_error(a, b);
        assert!(error < TOL32, "{what}: relative error {error:e}");
    };
    let (y32, pullback32) = relu_vjp(&x32);
    let (y, pullback) = relu_vjp(&x);
    close(&y32, &y, "relu");
    close(
        &pullback32(c32.clone()).0,
        &pullback(c.clone()).0,
        "relu pullback",
    );
    let (y32, pullback32) = sigmoid_vjp(&x32);
    let (y, pullback) = sigmoid_vjp(&x);
    close(&y32, &y, "sigmoid");
    close(
        &pullback32(c32.clone()).0,
        &pullback(c.clone()).0,
        "sigmoid pullback",
    );
    let mask = dropout_mask(&rng.array((4, 6), 1.0), 0.5);
    let (y32, pullback32) = dropout_vjp(&x32, &to_f32(&mask));
    let (y, pullback) = dropout_vjp(&x, &mask);
    close(&y32, &y, "dropout");
    close(
        &pullback32(c32.clone()).0,
        &pullback(c.clone()).0,
        "dropout pullback",
    );
    let (y32, pullback32) = softmax_vjp(&x32);
    let (y, pullback) = softmax_vjp(&x);
    close(&y32, &y, "softmax");
    close(
        &pullback32(c32.clone()).0,
        &pullback(c.clone()).0,
        "softmax pullback",
    );
    let (y32, pullback32) = log_softmax_vjp(&x32);
    let (y, pullback) = log_softmax_vjp(&x);
    close(&y32, &y, "log_softmax");
    close(
        &pullback32(c32.clone()).0,
        &pullback(c.clone()).0,
        "log_softmax pullback",
    );

    let (w, b) = (rng.array((6, 3), 1.0), rng.array(3, 1.0));
    let c3 = rng.array((4, 3), 1.0);
    let (y32, pullback32) = affine_vjp(&x32, &to_f32(&w), &to_f32(&b));
    let (y, pullback) = affine_vjp(&x, &w, &b);
    close(&y32, &y, "affine");
    let (dx32, dw32, db32) = pullback32(to_f32(&c3));
    let (dx, dw, db) = pullback(c3);
    close(&dx32, &dx, "affine dx");
    close(&dw32, &dw, "affine dw");
    assert!(rel_error(&db32, &db) < TOL32);

    let labels = [2, 0, 5, 5];
    let (loss32, pullback32) = softmax_cross_entropy_vjp(&x32, &labels);
    let (loss, pullback) = softmax_cross_entropy_vjp(&x, &labels);
    assert!(rel_error(loss32, loss) < TOL32);
    close(
        &pullback32(0.5).0,
        &pullback(0.5).0,
        "softmax_cross_entropy pullback",
    );
    let (loss32, pullback32) = svm_loss_vjp(&x32, &labels);
    let (loss, pullback) = svm_loss_vjp(&x, &labels);
    assert!(rel_error(loss32, loss) < TOL32);
    close(&pullback32(0.5).0, &pullback(0.5).0, "svm_loss pullback");
}

#[test]
fn f32_cross_entropy_of_uniform_scores_is_log_c() {
    let loss: f32 = softmax_cross_entropy(&Array2::<f32>::zeros((2, 10)), &[3, 9]);
    assert!((loss - 10f32.ln()).abs() < 1e-6);
    assert_eq!(
        softmax(&Array2::<f32>::ones((1, 4))),
        Array2::from_elem((1, 4), 0.25f32)
    );
}

#[test]
fn pullbacks_do_not_borrow_the_inputs() {
    let mut x = array![[1.0, -2.0], [0.5, 3.0]];
    let mut w = array![[1.0, 0.0], [0.0, 1.0]];
    let mut b = array![0.0, 0.0];
    let mut mask = array![[2.0, 0.0], [2.0, 2.0]];
    let labels = vec![0, 1];
    let (_, relu_pullback) = relu_vjp(&x);
    let (_, sigmoid_pullback) = sigmoid_vjp(&x);
    let (_, dropout_pullback) = dropout_vjp(&x, &mask);
    let (_, affine_pullback) = affine_vjp(&x, &w, &b);
    let (_, softmax_pullback) = softmax_vjp(&x);
    let (_, log_softmax_pullback) = log_softmax_vjp(&x);
    let (_, cross_entropy_pullback) = softmax_cross_entropy_vjp(&x, &labels);
    let (_, svm_pullback) = svm_loss_vjp(&x, &labels);
    // The inputs can be changed and dropped while the pullbacks live.
    x.fill(f64::NAN);
    w.fill(f64::NAN);
    b.fill(f64::NAN);
    mask.fill(f64::NAN);
    drop((x, w, b, mask, labels));
    let c = array![[1.0, 1.0], [1.0, 1.0]];
    assert_eq!(relu_pullback(c.clone()).0, array![[1.0, 0.0], [1.0, 1.0]]);
    assert!(sigmoid_pullback(c.clone()).0.iter().all(|v| v.is_finite()));
    assert_eq!(
        dropout_pullback(c.clone()).0,
        array![[2.0, 0.0], [2.0, 2.0]]
    );
    assert_eq!(affine_pullback(c.clone()).2, array![2.0, 2.0]);
    assert!(softmax_pullback(c.clone()).0.iter().all(|v| v.is_finite()));
    assert!(log_softmax_pullback(c).0.iter().all(|v| v.is_finite()));
    assert!(cross_entropy_pullback(1.0).0.iter().all(|v| v.is_finite()));
    assert!(svm_pullback(1.0).0.iter().all(|v| v.is_finite()));
}
