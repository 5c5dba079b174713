//! Activations: `relu`, `sigmoid` and `dropout` elementwise on arrays of any dimension, and
//! `softmax` and `log_softmax` along the rows of a batch `(N, C)`.
//!
//! Each `name_vjp` returns the same value as `name`, bit for bit, and a pullback that works in
//! place on the cotangent it receives.

use ndarray::{Array, Array2, ArrayBase, ArrayViewMut1, Data, Dimension, Ix2, Zip};

use crate::Scalar;

/// Panics unless a pullback's cotangent has the shape of the operation's output.
///
/// ndarray's elementwise operations would broadcast a cotangent of a compatible shape instead.
pub(super) fn assert_cotangent_shape(op: &str, cotangent: &[usize], output: &[usize]) {
    assert!(
        cotangent == output,
        "{op} pullback: cotangent of shape {cotangent:?} for an output of shape {output:?}"
    );
}

/// `max(v, 0)`, with NaN passed through.
#[inline(always)]
fn relu_scalar<A: Scalar>(v: A) -> A {
    if v <= A::zero() { A::zero() } else { v }
}

/// The rectified linear unit, elementwise: `relu(x) = max(x, 0)`, as cs231n's `relu_forward`.
///
/// Derivative: 1 where `x > 0`, 0 where `x < 0`, and at the kink **`relu'(0) = 0`** (cs231n's
/// `relu_backward`, `dout * (x > 0)`). A NaN element stays NaN and gets a zero gradient.
///
/// ```
/// use grad_runtime::ndarray::array;
/// use grad_runtime::nn::{relu, relu_vjp};
///
/// let x = array![[-1.0, 0.0, 2.0]];
/// assert_eq!(relu(&x), array![[0.0, 0.0, 2.0]]);
/// let (_, pullback) = relu_vjp(&x);
/// assert_eq!(pullback(array![[5.0, 5.0, 5.0]]), (array![[0.0, 0.0, 5.0]],));
/// ```
pub fn relu<A: Scalar, S: Data<Elem = A>, D: Dimension>(x: &ArrayBase<S, D>) -> Array<A, D> {
    x.mapv(relu_scalar)
}

/// [`relu`] and its pullback `c ↦ (c ⊙ [x > 0],)`, computed in place on `c`. Keeps a `bool`
/// mask of `x > 0`, not `x`.
///
/// **Panics** (in the pullback) if the cotangent's shape is not the output's.
pub fn relu_vjp<A: Scalar, S: Data<Elem = A>, D: Dimension>(
    x: &ArrayBase<S, D>,
) -> (
    Array<A, D>,
    impl FnOnce(Array<A, D>) -> (Array<A, D>,) + use<A, S, D>,
) {
    let mut positive = Array::from_elem(x.raw_dim(), false);
    let y = Zip::from(&mut positive).and(x).map_collect(|positive, &v| {
        *positive = v > A::zero();
        relu_scalar(v)
    });
    let relu_pullback = move |mut c: Array<A, D>| {
        assert_cotangent_shape("relu", c.shape(), positive.shape());
        c.zip_mut_with(&positive, |c, &positive| {
            if !positive {
                *c = A::zero();
            }
        });
        (c,)
    };
    (y, relu_pullback)
}

/// `1 / (1 + e^(-v))`, without overflow: `e^v / (1 + e^v)` for negative `v`.
#[inline(always)]
fn sigmoid_scalar<A: Scalar>(v: A) -> A {
    if v >= A::zero() {
        A::one() / (A::one() + (-v).exp())
    } else {
        let e = v.exp();
        e / (A::one() + e)
    }
}

/// The logistic sigmoid, elementwise: `σ(x) = 1 / (1 + e^(-x))`, as cs231n's `sigmoid`.
///
/// Numerically stable: `e^x / (1 + e^x)` is used for `x < 0`, so no exponential overflows
/// (`σ(-1000) = 0`, `σ(1000) = 1`, no NaN). Smooth everywhere: `σ'(x) = σ(x) (1 - σ(x))`.
pub fn sigmoid<A: Scalar, S: Data<Elem = A>, D: Dimension>(x: &ArrayBase<S, D>) -> Array<A, D> {
    x.mapv(sigmoid_scalar)
}

/// [`sigmoid`] and its pullback `c ↦ (c ⊙ σ(x) ⊙ (1 - σ(x)),)`, computed in place on `c` from
/// a saved copy of the output.
///
/// **Panics** (in the pullback) if the cotangent's shape is not the output's.
pub fn sigmoid_vjp<A: Scalar, S: Data<Elem = A>, D: Dimension>(
    x: &ArrayBase<S, D>,
) -> (
    Array<A, D>,
    impl FnOnce(Array<A, D>) -> (Array<A, D>,) + use<A, S, D>,
) {
    let y = sigmoid(x);
    let saved = y.clone();
    let sigmoid_pullback = move |mut c: Array<A, D>| {
        assert_cotangent_shape("sigmoid", c.shape(), saved.shape());
        c.zip_mut_with(&saved, |c, &s| *c *= s * (A::one() - s));
        (c,)
    };
    (y, sigmoid_pullback)
}

/// Inverted dropout with a given mask: `x ⊙ mask`, elementwise.
///
/// As cs231n's `dropout_forward` in training mode, the mask is already scaled: `mask = (u < p)
/// / p` for uniform `u` and keep probability `p`, so that nothing changes at test time (where
/// dropout is the identity: do not call it). The mask is data, not differentiated: the
/// derivative with respect to `x` is `mask`, and the pullback is `c ↦ (c ⊙ mask, ())`.
///
/// **Panics** if `mask`'s shape is not `x`'s (no broadcasting).
#[track_caller]
pub fn dropout<A: Scalar, S1: Data<Elem = A>, S2: Data<Elem = A>, D: Dimension>(
    x: &ArrayBase<S1, D>,
    mask: &ArrayBase<S2, D>,
) -> Array<A, D> {
    assert!(
        x.shape() == mask.shape(),
        "dropout: mask of shape {:?} for x of shape {:?}",
        mask.shape(),
        x.shape()
    );
    Zip::from(x).and(mask).map_collect(|&x, &m| x * m)
}

/// [`dropout`] and its pullback `c ↦ (c ⊙ mask, ())`, computed in place on `c`. Keeps the mask
/// (shared, not copied, if it is an `ArcArray`).
///
/// **Panics** if `mask`'s shape is not `x`'s, and (in the pullback) if the cotangent's shape is
/// not the output's.
#[track_caller]
pub fn dropout_vjp<A: Scalar, S1: Data<Elem = A>, S2: Data<Elem = A>, D: Dimension>(
    x: &ArrayBase<S1, D>,
    mask: &ArrayBase<S2, D>,
) -> (
    Array<A, D>,
    impl FnOnce(Array<A, D>) -> (Array<A, D>, ()) + use<A, S1, S2, D>,
) {
    let y = dropout(x, mask);
    let mask = mask.to_shared();
    let dropout_pullback = move |mut c: Array<A, D>| {
        assert_cotangent_shape("dropout", c.shape(), mask.shape());
        c.zip_mut_with(&mask, |c, &m| *c *= m);
        (c, ())
    };
    (y, dropout_pullback)
}

/// The largest element of a row (`-∞` for an empty row; NaN elements are skipped).
#[inline]
fn row_max<A: Scalar>(row: &ArrayViewMut1<A>) -> A {
    row.iter().fold(A::neg_infinity(), |max, &v| max.max(v))
}

/// Replaces a row by its softmax.
fn softmax_row<A: Scalar>(mut row: ArrayViewMut1<A>) {
    let max = row_max(&row);
    let mut sum = A::zero();
    for v in row.iter_mut() {
        *v = (*v - max).exp();
        sum += *v;
    }
    for v in row.iter_mut() {
        *v /= sum;
    }
}

/// The softmax of each row of a batch of scores `(N, C)`: `softmax(x)_ij = e^(x_ij) / Σ_k
/// e^(x_ik)`.
///
/// Numerically stable: the row's maximum is subtracted before exponentiating, so no exponential
/// overflows, and each row sums to 1 (up to rounding). A row holding NaN, or only `-∞`, gives
/// NaN. Smooth everywhere: the pullback is `c ↦ (y ⊙ (c - Σ_j c_j y_j),)` row by row, with
/// `y = softmax(x)`.
///
/// ```
/// use grad_runtime::ndarray::array;
/// use grad_runtime::nn::softmax;
///
/// let p = softmax(&array![[1.0, 1.0, 1.0, 1.0], [1000.0, 0.0, 0.0, 0.0]]);
/// assert_eq!(p, array![[0.25, 0.25, 0.25, 0.25], [1.0, 0.0, 0.0, 0.0]]);
/// ```
pub fn softmax<A: Scalar, S: Data<Elem = A>>(x: &ArrayBase<S, Ix2>) -> Array2<A> {
    let mut y = x.to_owned();
    y.rows_mut().into_iter().for_each(softmax_row);
    y
}

/// [`softmax`] and its pullback `c ↦ (y ⊙ (c - Σ_j c_j y_j),)` row by row, computed in place on
/// `c` from a saved copy of the output `y`.
///
/// **Panics** (in the pullback) if the cotangent's shape is not the output's.
pub fn softmax_vjp<A: Scalar, S: Data<Elem = A>>(
    x: &ArrayBase<S, Ix2>,
) -> (
    Array2<A>,
    impl FnOnce(Array2<A>) -> (Array2<A>,) + use<A, S>,
) {
    let y = softmax(x);
    let saved = y.clone();
    let softmax_pullback = move |mut c: Array2<A>| {
        assert_cotangent_shape("softmax", c.shape(), saved.shape());
        for (mut c, y) in c.rows_mut().into_iter().zip(saved.rows()) {
            let inner = c
                .iter()
                .zip(y.iter())
                .fold(A::zero(), |s, (&c, &y)| s + c * y);
            c.zip_mut_with(&y, |c, &y| *c = y * (*c - inner));
        }
        (c,)
    };
    (y, softmax_pullback)
}

/// Replaces a row by its log-softmax, and writes its softmax into `probabilities` if given.
fn log_softmax_row<A: Scalar>(
    mut row: ArrayViewMut1<A>,
    mut probabilities: Option<ArrayViewMut1<A>>,
) {
    let max = row_max(&row);
    let mut sum = A::zero();
    for (j, v) in row.iter_mut().enumerate() {
        *v -= max;
        let e = v.exp();
        if let Some(p) = probabilities.as_mut() {
            p[j] = e;
        }
        sum += e;
    }
    let log_sum = sum.ln();
    row.mapv_inplace(|v| v - log_sum);
    if let Some(mut p) = probabilities {
        p.mapv_inplace(|e| e / sum);
    }
}

/// The log-softmax of each row of a batch of scores `(N, C)`: `log_softmax(x)_ij = x_ij -
/// log Σ_k e^(x_ik)`.
///
/// Numerically stable: computed as `(x_ij - m_i) - log Σ_k e^(x_ik - m_i)` with `m_i` the row's
/// maximum, so that it is finite (and accurate) for any finite scores, where `log(softmax(x))`
/// underflows to `-∞`. A row holding NaN, or only `-∞`, gives NaN. Smooth everywhere: the
/// pullback is `c ↦ (c - softmax(x) Σ_j c_j,)` row by row.
pub fn log_softmax<A: Scalar, S: Data<Elem = A>>(x: &ArrayBase<S, Ix2>) -> Array2<A> {
    let mut y = x.to_owned();
    for row in y.rows_mut() {
        log_softmax_row(row, None);
    }
    y
}

/// [`log_softmax`] and its pullback `c ↦ (c - softmax(x) Σ_j c_j,)` row by row, computed in
/// place on `c`. Keeps `softmax(x)`, computed with the forward value at no extra exponential.
///
/// **Panics** (in the pullback) if the cotangent's shape is not the output's.
pub fn log_softmax_vjp<A: Scalar, S: Data<Elem = A>>(
    x: &ArrayBase<S, Ix2>,
) -> (
    Array2<A>,
    impl FnOnce(Array2<A>) -> (Array2<A>,) + use<A, S>,
) {
    let mut y = x.to_owned();
    let mut probabilities = Array2::zeros(y.raw_dim());
    for (row, p) in y.rows_mut().into_iter().zip(probabilities.rows_mut()) {
        log_softmax_row(row, Some(p));
    }
    let log_softmax_pullback = move |mut c: Array2<A>| {
        assert_cotangent_shape("log_softmax", c.shape(), probabilities.shape());
        for (mut c, p) in c.rows_mut().into_iter().zip(probabilities.rows()) {
            let sum = c.iter().fold(A::zero(), |s, &c| s + c);
            c.zip_mut_with(&p, |c, &p| *c -= p * sum);
        }
        (c,)
    };
    (y, log_softmax_pullback)
}
