//! The runtime's rules of the everyday vocabulary reached through `#[differentiate]` by method
//! resolution, written as ordinary Rust: float `clamp`, `fract`, `copysign`, `sin_cos`,
//! `midpoint`, `rem_euclid`; array `var`, `std`, `var_axis`, `std_axis`, `product`, `clamp`,
//! `view`, `insert_axis`, `index_axis`. Gradients against central differences.

mod common;

use common::assert_matches_fd;
use grad::check::assert_gradcheck;
use grad::runtime::ndarray::{Array2, Axis, array};

#[grad::differentiate]
fn floats(x: f64, y: f64) -> f64 {
    let (s, c) = x.sin_cos();
    x.clamp(-1.0, 1.0) + x.fract() * y.copysign(x) + s * c + x.midpoint(y) + x.rem_euclid(y)
}

#[test]
fn float_methods_differentiate_as_written() {
    for (x, y) in [(0.3, 1.7), (-2.3, 0.7), (1.6, -2.2)] {
        let (value, (dx, dy)) = floats_grad(x, y);
        assert_eq!(value, floats(x, y));
        let f = |[x, y]: [f64; 2]| floats(x, y);
        assert_matches_fd(f, [x, y], [dx, dy], "floats");
    }
}

#[grad::differentiate]
fn statistics(x: &Array2<f64>) -> f64 {
    let spread = x.var(1.0) + x.std_axis(Axis(0), 1.0).sum() + x.var_axis(Axis(1), 0.0).sum();
    let lifted = x.view().insert_axis(Axis(0)).index_axis(Axis(1), 1).sum();
    spread + lifted + x.product() + x.clamp(-0.5, 0.5).exp_m1().sum() + x.std(0.0)
}

#[test]
fn array_methods_differentiate_as_written() {
    let x: Array2<f64> = array![[0.3, -0.7, 1.2], [0.45, 0.9, -1.1]];
    let (value, dx) = statistics_grad(&x);
    assert_eq!(value, statistics(&x));
    assert_gradcheck(statistics, &x, &dx, common::TOL);
}

/// The trace of a Gram matrix and the diagonal of a rectangular one.
#[grad::differentiate]
fn diagonals(x: &Array2<f64>) -> f64 {
    let gram = x.t().dot(x);
    gram.diag().sum() + x.diag().mapv(f64::sin).sum()
}

#[test]
fn diagonals_differentiate_as_written() {
    let x = array![[1.0, 2.0, -0.5], [3.0, -4.0, 0.25]];
    let (value, dx) = diagonals_grad(&x);
    assert_eq!(value, diagonals(&x));
    assert_gradcheck(diagonals, &x, &dx, common::TOL);
    let dot = grad::Tangent::dot(&dx, &x);
    let (_, jvp) = diagonals_jvp(&x, &x);
    approx::assert_relative_eq!(jvp, dot, max_relative = 1e-12);
}

/// cs231n's stable softmax loss, the row maximum taken with `fold_axis`.
#[grad::differentiate(wrt(w))]
fn stable_softmax_loss(w: &Array2<f64>, x: &Array2<f64>, labels: &[usize]) -> f64 {
    let scores = x.dot(w);
    let max = scores.fold_axis(Axis(1), f64::NEG_INFINITY, |a, &b| a.max(b));
    let shifted = &scores - &max.insert_axis(Axis(1));
    let exp = shifted.mapv(f64::exp);
    let probs = &exp / &exp.sum_axis(Axis(1)).insert_axis(Axis(1));
    let mut loss = 0.0;
    for (i, &label) in labels.iter().enumerate() {
        loss -= probs[[i, label]].ln();
    }
    loss / labels.len() as f64
}

/// A fold whose closure multiplies and whose start value is differentiated: each column's
/// product times `scale`, and a fold over rows of a sum of squares.
#[grad::differentiate]
fn folds(x: &Array2<f64>, scale: f64) -> f64 {
    let products = x.fold_axis(Axis(0), scale, |acc, &v| acc * v);
    let squares = x.fold_axis(Axis(1), 0.0, |acc, v| acc + v * v);
    products.sum() + squares.mapv(f64::sqrt).sum()
}

#[test]
fn folds_along_an_axis() {
    let w = array![[0.2, -0.4, 0.1], [0.5, 0.3, -0.2]];
    let x = array![[1.0, -0.5], [0.3, 0.8], [-1.2, 0.4], [0.6, 0.6]];
    let labels = [0, 2, 1, 1];
    let (value, dw) = stable_softmax_loss_grad(&w, &x, &labels);
    assert_eq!(value, stable_softmax_loss(&w, &x, &labels));
    assert_gradcheck(
        |w| stable_softmax_loss(w, &x, &labels),
        &w,
        &dw,
        common::TOL,
    );

    let (value, (dx, dscale)) = folds_grad(&x, 1.5);
    assert_eq!(value, folds(&x, 1.5));
    assert_gradcheck(|x| folds(x, 1.5), &x, &dx, common::TOL);
    assert_matches_fd(
        |[s]: [f64; 1]| folds(&x, s),
        [1.5],
        [dscale],
        "fold's start value",
    );
    // The graph of a function passing closures to rules evaluates as the function does.
    assert_eq!(folds_graph(&x, 1.5).value("folds"), Some(value));
}

/// `map_axis` over the rows and the columns of a matrix, with closures reading each lane as
/// an array.
#[grad::differentiate]
fn lane_maps(x: &Array2<f64>) -> f64 {
    let norms = x.map_axis(Axis(1), |row| row.dot(&row).sqrt());
    let maxima = x.map_axis(Axis(0), |column| {
        column.fold(f64::NEG_INFINITY, |a, &b| a.max(b))
    });
    norms.sum() + maxima.mapv(|v| v * v).sum()
}

#[test]
fn maps_along_an_axis() {
    let x = array![[3.0, 4.0, -0.5], [1.0, -5.0, 0.25]];
    let (value, dx) = lane_maps_grad(&x);
    assert_eq!(value, lane_maps(&x));
    assert_gradcheck(lane_maps, &x, &dx, common::TOL);
}
