//! Views of data used with differentiated values (issue 12): rows, slices, transposes and
//! sub-arrays along an axis of a parameter that is not differentiated, read inside the loss
//! and passed to rules and layers. (These failed with rustc's E0700: a rule's pullback named
//! the view's type, and so its borrow.) Gradients against central differences.

mod common;

use common::{TOL, max_rel_error};
use grad::nn::*;
use grad::runtime::ndarray::{Array1, Array2, Axis, array, s};

/// Central differences of `f` at every element of `w`.
fn numerical(f: impl Fn(&Array2<f64>) -> f64, w: &Array2<f64>) -> Array2<f64> {
    let mut gradient = Array2::zeros(w.raw_dim());
    for (index, slot) in gradient.indexed_iter_mut() {
        let (mut plus, mut minus) = (w.clone(), w.clone());
        plus[index] += common::H;
        minus[index] -= common::H;
        *slot = (f(&plus) - f(&minus)) / (2.0 * common::H);
    }
    gradient
}

#[track_caller]
fn assert_gradient(f: impl Fn(&Array2<f64>) -> f64, w: &Array2<f64>, gradient: &Array2<f64>) {
    let numeric = numerical(f, w);
    let (ours, theirs): (Vec<f64>, Vec<f64>) =
        gradient.iter().zip(&numeric).map(|(a, b)| (*a, *b)).unzip();
    let error = max_rel_error(&ours, &theirs);
    assert!(
        error < TOL,
        "{gradient} against {numeric} (relative error {error:e})"
    );
}

#[grad::differentiate(wrt(w))]
fn rows_and_slices(w: &Array2<f64>, xs: &Array2<f64>) -> f64 {
    let mut total = 0.0;
    for t in 0..xs.nrows() {
        total += w.dot(&xs.row(t)).mapv(f64::tanh).sum();
    }
    let batch = xs.slice(s![0..2, ..]);
    total + w.dot(&batch.t()).sum() + (w * xs.column(1).sum()).sum()
}

#[grad::differentiate(wrt(w))]
fn iterated_views(w: &Array2<f64>, xs: &Array2<f64>) -> f64 {
    let mut total = 0.0;
    for (t, row) in xs.rows().into_iter().enumerate() {
        total += w.dot(&row).sum() * (t as f64 + 1.0);
    }
    for column in xs.axis_iter(Axis(1)) {
        total += (w.dot(&column.slice(s![0..2])).powi(2)).sum();
    }
    total
}

#[test]
fn rows_slices_and_axes_of_data() {
    let w = array![[0.5, -0.2], [0.1, 0.3]];
    let xs = array![[1.0, 2.0], [0.5, -1.0], [2.0, 0.0]];
    let (value, dw) = rows_and_slices_grad(&w, &xs);
    assert_eq!(value, rows_and_slices(&w, &xs));
    assert_gradient(|w| rows_and_slices(w, &xs), &w, &dw);
    let xs = array![[1.0, 2.0, -0.5], [0.5, -1.0, 0.25]];
    let (value, dw) = iterated_views_grad(&w, &xs.t().to_owned());
    assert_eq!(value, iterated_views(&w, &xs.t().to_owned()));
    assert_gradient(|w| iterated_views(w, &xs.t().to_owned()), &w, &dw);
}

/// A mini-batch loss: the batches are slices of the data, passed to the layers.
#[grad::differentiate(wrt(w, b))]
fn minibatch_loss(w: &Array2<f64>, b: &Array1<f64>, x: &Array2<f64>, labels: &[usize]) -> f64 {
    let mut loss = 0.0;
    for start in (0..x.nrows()).step_by(2) {
        let end = (start + 2).min(x.nrows());
        let batch = x.slice(s![start..end, ..]);
        let scores = affine(&batch, w, b);
        loss += softmax_cross_entropy(&scores, &labels[start..end]);
    }
    loss
}

#[test]
fn minibatches_sliced_inside_the_loss() {
    let x = array![[1.0, 2.0], [0.5, -1.0], [2.0, 0.0], [-0.3, 0.7], [1.1, 0.4]];
    let labels = [0, 2, 1, 1, 0];
    let w = array![[0.5, -0.2, 0.3], [0.1, 0.3, -0.4]];
    let b = array![0.05, -0.1, 0.2];
    let (value, (dw, db)) = minibatch_loss_grad(&w, &b, &x, &labels);
    assert_eq!(value, minibatch_loss(&w, &b, &x, &labels));
    assert_gradient(|w| minibatch_loss(w, &b, &x, &labels), &w, &dw);
    let b2 = b.clone().insert_axis(Axis(0));
    let db2 = db.insert_axis(Axis(0));
    let f = |b: &Array2<f64>| minibatch_loss(&w, &b.row(0).to_owned(), &x, &labels);
    assert_gradient(f, &b2, &db2);
}
