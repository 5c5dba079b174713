//! Layers applied at every time step of a batch of sequences `(N, T, ·)` (cs231n's
//! `temporal_affine_forward` and `temporal_softmax_loss`): an affine map of each step's vector,
//! and the masked softmax cross-entropy of each step's scores, summed over time and averaged
//! over the batch.

use ndarray::{Array1, Array2, Array3, ArrayBase, Axis, CowArray, Data, Ix1, Ix2, Ix3, s};

use super::activation::assert_cotangent_shape;
use super::affine;
use super::loss::{batch_size, cross_entropy_row, cross_entropy_row_and_gradient};
use crate::Scalar;

/// Panics unless `x (N, T, D)`, `w (D, M)` and `b (M,)` fit together.
#[track_caller]
fn assert_temporal_affine_shapes(x: &[usize], w: &[usize], b: &[usize]) {
    assert!(
        x[2] == w[0],
        "temporal_affine: x of shape {x:?} and w of shape {w:?} do not fit (x has {} features, w {} rows)",
        x[2],
        w[0]
    );
    assert!(
        b[0] == w[1],
        "temporal_affine: b of shape {b:?} for w of shape {w:?} (b needs one element per column of w)"
    );
}

/// The vectors of a batch of sequences `(N, T, K)` as the rows of a matrix `(N·T, K)`, in the
/// order `(n, t)`: a view when the array is in standard layout, a copy otherwise.
fn as_rows<A: Clone, S: Data<Elem = A>>(x: &ArrayBase<S, Ix3>) -> CowArray<'_, A, Ix2> {
    let (n, t, k) = x.dim();
    x.as_standard_layout()
        .into_shape_with_order((n * t, k))
        .expect("an array in standard layout flattens to rows")
}

/// The affine layer at every time step (cs231n's `temporal_affine_forward`):
/// `out[n, t, :] = x[n, t, :] · w + b`, with `x (N, T, D)`, `w (D, M)` and `b (M,)`; the result
/// is `(N, T, M)`. It is [`affine`](super::affine) of the `N·T` vectors as the rows of one
/// matrix, one matrix product.
///
/// Linear in each argument: the pullback is `c ↦ (c · wᵀ, Σ_{n,t} x[n, t]ᵀ c[n, t], Σ_{n,t}
/// c[n, t])`, with the products taken over the rows `(N·T, ·)` (cs231n's
/// `temporal_affine_backward`).
///
/// ```
/// use grad_runtime::ndarray::{Array, Axis, array};
/// use grad_runtime::nn::{affine, temporal_affine};
///
/// let x = Array::linspace(-1.0, 1.0, 2 * 3 * 4).into_shape_with_order((2, 3, 4)).unwrap();
/// let w = Array::linspace(0.5, -0.5, 4 * 5).into_shape_with_order((4, 5)).unwrap();
/// let b = array![1.0, 2.0, 3.0, 4.0, 5.0];
/// let out = temporal_affine(&x, &w, &b);
/// assert_eq!(out.dim(), (2, 3, 5));
/// for t in 0..3 {
///     assert_eq!(out.index_axis(Axis(1), t), affine(&x.index_axis(Axis(1), t), &w, &b));
/// }
/// ```
///
/// **Panics** if `x`'s last axis is not `w`'s rows or `b`'s length is not `w`'s columns.
#[track_caller]
pub fn temporal_affine<A, S1, S2, S3>(
    x: &ArrayBase<S1, Ix3>,
    w: &ArrayBase<S2, Ix2>,
    b: &ArrayBase<S3, Ix1>,
) -> Array3<A>
where
    A: Scalar,
    S1: Data<Elem = A>,
    S2: Data<Elem = A>,
    S3: Data<Elem = A>,
{
    assert_temporal_affine_shapes(x.shape(), w.shape(), b.shape());
    let (n, t, _) = x.dim();
    affine(&as_rows(x), w, b)
        .into_shape_with_order((n, t, w.ncols()))
        .expect("the rows are the (n, t) pairs in order")
}

/// [`temporal_affine`] and its pullback `c ↦ (c · wᵀ, xᵀ · c, Σ_rows c)` on the rows
/// `(N·T, ·)`: two matrix products and a column sum.
///
/// Reads which arguments are differentiated from the call's scope ([`crate::wrt`], name
/// `"temporal_affine"`); see [`temporal_affine_vjp_wrt`].
///
/// **Panics** as [`temporal_affine`], and (in the pullback) if the cotangent is not
/// `(N, T, M)`.
#[track_caller]
pub fn temporal_affine_vjp<A, S1, S2, S3>(
    x: &ArrayBase<S1, Ix3>,
    w: &ArrayBase<S2, Ix2>,
    b: &ArrayBase<S3, Ix1>,
) -> (
    Array3<A>,
    impl FnOnce(Array3<A>) -> (Array3<A>, Array2<A>, Array1<A>) + use<A, S1, S2, S3>,
)
where
    A: Scalar,
    S1: Data<Elem = A>,
    S2: Data<Elem = A>,
    S3: Data<Elem = A>,
{
    temporal_affine_vjp_wrt(x, w, b, crate::wrt::take::<3>("temporal_affine"))
}

/// [`temporal_affine_vjp`] computing only the cotangents asked for: `wrt[k]` says whether the
/// `k`-th argument (`x`, `w`, `b`) is differentiated, as for
/// [`affine_vjp_wrt`](super::affine_vjp_wrt). The pullback returns an empty array in place of
/// each cotangent not asked for; the forward keeps `w` only for `dx` and `x` only for `dw`.
///
/// **Panics** as [`temporal_affine_vjp`].
#[track_caller]
pub fn temporal_affine_vjp_wrt<A, S1, S2, S3>(
    x: &ArrayBase<S1, Ix3>,
    w: &ArrayBase<S2, Ix2>,
    b: &ArrayBase<S3, Ix1>,
    wrt: [bool; 3],
) -> (
    Array3<A>,
    impl FnOnce(Array3<A>) -> (Array3<A>, Array2<A>, Array1<A>) + use<A, S1, S2, S3>,
)
where
    A: Scalar,
    S1: Data<Elem = A>,
    S2: Data<Elem = A>,
    S3: Data<Elem = A>,
{
    let y = temporal_affine(x, w, b);
    let (n, t, d) = x.dim();
    let output = [n, t, w.ncols()];
    let [want_x, want_w, want_b] = wrt;
    // `w` for `x`'s cotangent, `x` (as rows) for `w`'s.
    let w = want_x.then(|| w.to_shared());
    let x = want_w.then(|| as_rows(x).into_owned());
    let temporal_affine_pullback = move |c: Array3<A>| {
        assert_cotangent_shape("temporal_affine", c.shape(), &output);
        let c = as_rows(&c);
        let dx = match &w {
            Some(w) => c
                .dot(&w.t())
                .into_shape_with_order((n, t, d))
                .expect("the rows are the (n, t) pairs in order"),
            None => Array3::zeros((0, 0, 0)),
        };
        let dw = match &x {
            Some(x) => x.t().dot(&c),
            None => Array2::zeros((0, 0)),
        };
        let db = if want_b {
            c.sum_axis(Axis(0))
        } else {
            Array1::zeros(0)
        };
        (dx, dw, db)
    };
    (y, temporal_affine_pullback)
}

/// Panics unless `targets` and `mask` are `(N, T)` for `scores (N, T, V)` and every target is
/// below `V`.
#[track_caller]
fn assert_targets<S2, S3>(scores: &[usize], targets: &ArrayBase<S2, Ix2>, mask: &ArrayBase<S3, Ix2>)
where
    S2: Data<Elem = usize>,
    S3: Data<Elem = bool>,
{
    let op = "temporal_softmax_cross_entropy";
    let (rows, classes) = ([scores[0], scores[1]], scores[2]);
    for (name, shape) in [("targets", targets.shape()), ("mask", mask.shape())] {
        assert!(
            shape == rows,
            "{op}: {name} of shape {shape:?} for scores of shape {scores:?} ({name} must be {rows:?})"
        );
    }
    if let Some(((n, t), &target)) = targets.indexed_iter().find(|&(_, &y)| y >= classes) {
        panic!("{op}: target {target} at [{n}, {t}] out of range for {classes} classes");
    }
}

/// The masked softmax cross-entropy of a batch of sequences (cs231n's `temporal_softmax_loss`):
/// with `scores (N, T, V)`, `targets (N, T)` in `0..V` and `mask (N, T)`,
///
/// ```text
/// L = (1/N) Σ_{n, t : mask[n, t]} -log softmax(scores[n, t])_targets[n, t]
/// ```
///
/// summed over the time steps the mask keeps (the real words of captions of different lengths,
/// not the padding), averaged over the batch. Numerically stable (each row's maximum is
/// subtracted before exponentiating). Smooth everywhere:
/// `∂L/∂scores[n, t, v] = mask[n, t] (softmax(scores[n, t])_v - [v = targets[n, t]]) / N`. The
/// targets and the mask are not differentiated. An empty batch (`N = 0`) gives NaN, the mean of
/// nothing.
///
/// ```
/// use grad_runtime::ndarray::{Array3, array};
/// use grad_runtime::nn::temporal_softmax_cross_entropy;
///
/// // Uniform scores over 4 classes: each kept step costs log 4; 3 of 4 steps kept, N = 2.
/// let scores = Array3::<f64>::zeros((2, 2, 4));
/// let targets = array![[0, 3], [1, 2]];
/// let mask = array![[true, true], [true, false]];
/// let loss = temporal_softmax_cross_entropy(&scores, &targets, &mask);
/// assert!((loss - 1.5 * 4f64.ln()).abs() < 1e-15);
/// ```
///
/// **Panics** if `targets` or `mask` is not `(N, T)`, or a target (kept or not) is not below
/// `V`, naming it and its place (`temporal_softmax_cross_entropy: target 7 at [1, 0] out of
/// range for 5 classes`).
#[track_caller]
pub fn temporal_softmax_cross_entropy<A, S1, S2, S3>(
    scores: &ArrayBase<S1, Ix3>,
    targets: &ArrayBase<S2, Ix2>,
    mask: &ArrayBase<S3, Ix2>,
) -> A
where
    A: Scalar,
    S1: Data<Elem = A>,
    S2: Data<Elem = usize>,
    S3: Data<Elem = bool>,
{
    assert_targets(scores.shape(), targets, mask);
    let mut total = A::zero();
    for ((n, t), _) in mask.indexed_iter().filter(|&(_, &keep)| keep) {
        total += cross_entropy_row(scores.slice(s![n, t, ..]), targets[[n, t]]);
    }
    total / batch_size(scores.len_of(Axis(0)))
}

/// [`temporal_softmax_cross_entropy`] and its pullback
/// `c ↦ (c · mask ⊙ (softmax(scores) - onehot(targets)) / N, (), ())`. The gradient is computed
/// with the value (no exponential twice) and the pullback scales it in place.
///
/// **Panics** as [`temporal_softmax_cross_entropy`].
#[track_caller]
pub fn temporal_softmax_cross_entropy_vjp<A, S1, S2, S3>(
    scores: &ArrayBase<S1, Ix3>,
    targets: &ArrayBase<S2, Ix2>,
    mask: &ArrayBase<S3, Ix2>,
) -> (
    A,
    impl FnOnce(A) -> (Array3<A>, (), ()) + use<A, S1, S2, S3>,
)
where
    A: Scalar,
    S1: Data<Elem = A>,
    S2: Data<Elem = usize>,
    S3: Data<Elem = bool>,
{
    assert_targets(scores.shape(), targets, mask);
    let mut gradient = Array3::zeros(scores.raw_dim());
    let mut total = A::zero();
    for ((n, t), _) in mask.indexed_iter().filter(|&(_, &keep)| keep) {
        let mut row = gradient.slice_mut(s![n, t, ..]);
        row.assign(&scores.slice(s![n, t, ..]));
        total += cross_entropy_row_and_gradient(row, targets[[n, t]]);
    }
    let n = batch_size(scores.len_of(Axis(0)));
    let temporal_softmax_cross_entropy_pullback = move |c: A| {
        let scale = c / n;
        gradient.mapv_inplace(|g| g * scale);
        (gradient, (), ())
    };
    (total / n, temporal_softmax_cross_entropy_pullback)
}
