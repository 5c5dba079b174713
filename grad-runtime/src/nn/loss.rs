//! Classification losses of a batch of scores `(N, C)` and integer labels: softmax cross-entropy
//! and the multiclass SVM (hinge) loss, each the mean over the batch.
//!
//! Each `name_vjp` computes the gradient of the mean loss with the value, as cs231n's `softmax_loss`
//! and `svm_loss` do; the pullback only scales it by the cotangent, in place.

use ndarray::{Array2, ArrayBase, ArrayView1, ArrayViewMut1, Data, Ix2};

use crate::Scalar;

/// Panics unless there is one label per row and every label is a column.
#[track_caller]
fn assert_labels(op: &str, shape: &[usize], labels: &[usize]) {
    let (rows, classes) = (shape[0], shape[1]);
    assert!(
        labels.len() == rows,
        "{op}: {} labels for scores of shape {shape:?} (one label per row)",
        labels.len()
    );
    if let Some(&label) = labels.iter().find(|&&label| label >= classes) {
        panic!("{op}: label {label} out of range for {classes} classes");
    }
}

/// The batch size as a scalar, for the mean.
pub(super) fn batch_size<A: Scalar>(rows: usize) -> A {
    A::from_usize(rows).expect("a batch size converts to f32 and f64")
}

/// The largest element of a row (`-∞` for an empty row; NaN elements are skipped).
#[inline]
fn row_max<A: Scalar>(row: ArrayView1<A>) -> A {
    row.iter().fold(A::neg_infinity(), |max, &v| max.max(v))
}

/// `-log softmax(row)_label = log Σ_k e^(s_k - m) - (s_label - m)`, `m` the row's maximum.
pub(super) fn cross_entropy_row<A: Scalar>(row: ArrayView1<A>, label: usize) -> A {
    let max = row_max(row);
    let sum = row.iter().fold(A::zero(), |sum, &v| sum + (v - max).exp());
    sum.ln() - (row[label] - max)
}

/// The same as [`cross_entropy_row`] (bit for bit), replacing the row by `softmax(row) -
/// onehot(label)`, the gradient of the row's loss.
pub(super) fn cross_entropy_row_and_gradient<A: Scalar>(
    mut row: ArrayViewMut1<A>,
    label: usize,
) -> A {
    let max = row_max(row.view());
    let shifted_label = row[label] - max;
    let mut sum = A::zero();
    for v in row.iter_mut() {
        *v = (*v - max).exp();
        sum += *v;
    }
    row.mapv_inplace(|e| e / sum);
    row[label] -= A::one();
    sum.ln() - shifted_label
}

/// The softmax cross-entropy loss of a batch, the mean over its rows of `-log softmax(s_i)_yᵢ`
/// (cs231n's `softmax_loss`): `L = (1/N) Σ_i (log Σ_j e^(s_ij) - s_iyᵢ)`, with `scores` `(N, C)`
/// and `labels[i]` in `0..C`.
///
/// Numerically stable: each row's maximum is subtracted before exponentiating, so any finite
/// scores give a finite loss. Smooth everywhere: `∂L/∂s_ij = (softmax(s_i)_j - [j = yᵢ]) / N`.
/// The labels are not differentiated. An empty batch (`N = 0`) gives NaN, the mean of nothing.
///
/// ```
/// use grad_runtime::ndarray::Array2;
/// use grad_runtime::nn::softmax_cross_entropy;
///
/// // Uniform scores: the loss is log C.
/// let loss = softmax_cross_entropy(&Array2::<f64>::zeros((3, 10)), &[0, 4, 9]);
/// assert!((loss - 10f64.ln()).abs() < 1e-15);
/// ```
///
/// **Panics** if the number of labels is not `N`, or a label is not below `C`, with a message
/// naming the label (`softmax_cross_entropy: label 7 out of range for 5 classes`).
#[track_caller]
pub fn softmax_cross_entropy<A: Scalar, S: Data<Elem = A>>(
    scores: &ArrayBase<S, Ix2>,
    labels: &[usize],
) -> A {
    assert_labels("softmax_cross_entropy", scores.shape(), labels);
    let total = scores
        .rows()
        .into_iter()
        .zip(labels)
        .fold(A::zero(), |total, (row, &label)| {
            total + cross_entropy_row(row, label)
        });
    total / batch_size(scores.nrows())
}

/// [`softmax_cross_entropy`] and its pullback `c ↦ (c (softmax(s) - onehot(y)) / N, ())`. The
/// gradient is computed with the value (no exponential twice) and the pullback scales it in
/// place.
///
/// **Panics** as [`softmax_cross_entropy`].
#[track_caller]
pub fn softmax_cross_entropy_vjp<A: Scalar, S: Data<Elem = A>>(
    scores: &ArrayBase<S, Ix2>,
    labels: &[usize],
) -> (A, impl FnOnce(A) -> (Array2<A>, ()) + use<A, S>) {
    assert_labels("softmax_cross_entropy", scores.shape(), labels);
    let mut gradient = scores.to_owned();
    let total = gradient
        .rows_mut()
        .into_iter()
        .zip(labels)
        .fold(A::zero(), |total, (row, &label)| {
            total + cross_entropy_row_and_gradient(row, label)
        });
    let n = batch_size(scores.nrows());
    let softmax_cross_entropy_pullback = move |c: A| {
        let scale = c / n;
        gradient.mapv_inplace(|g| g * scale);
        (gradient, ())
    };
    (total / n, softmax_cross_entropy_pullback)
}

/// The multiclass SVM (hinge) loss of one row with margin 1, and optionally its gradient
/// (`[margin_j > 0]` for `j ≠ label`, minus their count at the label) written into `gradient`.
fn svm_row<A: Scalar>(
    row: ArrayView1<A>,
    label: usize,
    mut gradient: Option<ArrayViewMut1<A>>,
) -> A {
    let correct = row[label];
    let mut loss = A::zero();
    let mut active = A::zero();
    for (j, &s) in row.iter().enumerate() {
        if j == label {
            continue;
        }
        let margin = s - correct + A::one();
        // A NaN margin reaches the loss, as in numpy's `maximum`.
        if margin > A::zero() || margin.is_nan() {
            loss += margin;
            if let Some(g) = gradient.as_mut() {
                g[j] = A::one();
                active += A::one();
            }
        }
    }
    if let Some(mut g) = gradient {
        g[label] = -active;
    }
    loss
}

/// The multiclass SVM loss of a batch with margin 1 (cs231n's `svm_loss`):
/// `L = (1/N) Σ_i Σ_{j ≠ yᵢ} max(0, s_ij - s_iyᵢ + 1)`, with `scores` `(N, C)` and `labels[i]`
/// in `0..C`.
///
/// Derivative: each active margin (`s_ij - s_iyᵢ + 1 > 0`) adds `1/N` to `∂L/∂s_ij` and
/// `-1/N` to `∂L/∂s_iyᵢ`. **At the kink, a margin exactly 0 is not active** (cs231n's
/// `margins > 0`): its derivative is taken as 0. The labels are not differentiated. An empty
/// batch (`N = 0`) gives NaN, the mean of nothing.
///
/// ```
/// use grad_runtime::ndarray::array;
/// use grad_runtime::nn::svm_loss;
///
/// // Row 0: margins 0.5 (class 1) and 0 (class 2, at the kink); row 1: none active.
/// let loss = svm_loss(&array![[1.0, 0.5, 0.0], [0.0, 5.0, 0.0]], &[0, 1]);
/// assert_eq!(loss, 0.25);
/// ```
///
/// **Panics** if the number of labels is not `N`, or a label is not below `C`, with a message
/// naming the label (`svm_loss: label 7 out of range for 5 classes`).
#[track_caller]
pub fn svm_loss<A: Scalar, S: Data<Elem = A>>(scores: &ArrayBase<S, Ix2>, labels: &[usize]) -> A {
    assert_labels("svm_loss", scores.shape(), labels);
    let total = scores
        .rows()
        .into_iter()
        .zip(labels)
        .fold(A::zero(), |total, (row, &label)| {
            total + svm_row(row, label, None)
        });
    total / batch_size(scores.nrows())
}

/// [`svm_loss`] and its pullback `c ↦ (c G / N, ())` with `G_ij = [margin_ij > 0]` for
/// `j ≠ yᵢ` and `G_iyᵢ = -Σ_j [margin_ij > 0]`. The gradient is computed with the value and the
/// pullback scales it in place.
///
/// **Panics** as [`svm_loss`].
#[track_caller]
pub fn svm_loss_vjp<A: Scalar, S: Data<Elem = A>>(
    scores: &ArrayBase<S, Ix2>,
    labels: &[usize],
) -> (A, impl FnOnce(A) -> (Array2<A>, ()) + use<A, S>) {
    assert_labels("svm_loss", scores.shape(), labels);
    let mut gradient = Array2::zeros(scores.raw_dim());
    let total = scores
        .rows()
        .into_iter()
        .zip(gradient.rows_mut())
        .zip(labels)
        .fold(A::zero(), |total, ((row, g), &label)| {
            total + svm_row(row, label, Some(g))
        });
    let n = batch_size(scores.nrows());
    let svm_loss_pullback = move |c: A| {
        let scale = c / n;
        gradient.mapv_inplace(|g| g * scale);
        (gradient, ())
    };
    (total / n, svm_loss_pullback)
}
