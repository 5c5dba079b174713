//! The affine (fully connected) layer.

use ndarray::{Array1, Array2, ArrayBase, Axis, Data, Ix1, Ix2};

use super::activation::assert_cotangent_shape;
use crate::Scalar;
use crate::lend;
use crate::matmul::mat_mul;

/// Panics unless `x (N, D)`, `w (D, M)` and `b (M,)` fit together.
#[track_caller]
fn assert_affine_shapes<A, S1, S2, S3>(
    x: &ArrayBase<S1, Ix2>,
    w: &ArrayBase<S2, Ix2>,
    b: &ArrayBase<S3, Ix1>,
) where
    S1: Data<Elem = A>,
    S2: Data<Elem = A>,
    S3: Data<Elem = A>,
{
    assert!(
        x.ncols() == w.nrows(),
        "affine: x of shape {:?} and w of shape {:?} do not fit (x has {} columns, w {} rows)",
        x.shape(),
        w.shape(),
        x.ncols(),
        w.nrows()
    );
    assert!(
        b.len() == w.ncols(),
        "affine: b of shape {:?} for w of shape {:?} (b needs one element per column of w)",
        b.shape(),
        w.shape()
    );
}

/// The affine layer of a batch, `x · w + b` (cs231n's `affine_forward` on inputs already
/// flattened to rows): `x` is `(N, D)`, `w` is `(D, M)`, `b` is `(M,)`, added to every row, and
/// the result is `(N, M)`. The product is ndarray's `dot` (matrixmultiply's GEMM), or `gemm`'s on
/// several threads with the `parallel` feature ([`mat_mul`]).
///
/// Linear in each argument, so smooth everywhere: the pullback is
/// `c ↦ (c · wᵀ, xᵀ · c, Σ_rows c)` (cs231n's `affine_backward`).
///
/// ```
/// use grad_runtime::ndarray::array;
/// use grad_runtime::nn::{affine, affine_vjp};
///
/// let (x, w, b) = (array![[1.0, 2.0]], array![[1.0, 0.0, -1.0], [0.5, 2.0, 0.0]], array![0.0, 1.0, 2.0]);
/// assert_eq!(affine(&x, &w, &b), array![[2.0, 5.0, 1.0]]);
/// let (_, pullback) = affine_vjp(&x, &w, &b);
/// let (dx, dw, db) = pullback(array![[1.0, 0.0, 1.0]]);
/// assert_eq!((dx, dw, db), (array![[0.0, 0.5]], array![[1.0, 0.0, 1.0], [2.0, 0.0, 2.0]], array![1.0, 0.0, 1.0]));
/// ```
///
/// **Panics** if `x`'s columns are not `w`'s rows or `b`'s length is not `w`'s columns.
#[track_caller]
pub fn affine<A, S1, S2, S3>(
    x: &ArrayBase<S1, Ix2>,
    w: &ArrayBase<S2, Ix2>,
    b: &ArrayBase<S3, Ix1>,
) -> Array2<A>
where
    A: Scalar,
    S1: Data<Elem = A>,
    S2: Data<Elem = A>,
    S3: Data<Elem = A>,
{
    assert_affine_shapes(x, w, b);
    let mut y = mat_mul(x, w);
    y.zip_mut_with(b, |y, &b| *y += b);
    y
}

/// [`affine`] and its pullback `c ↦ (c · wᵀ, xᵀ · c, Σ_rows c)`: two matrix products
/// ([`mat_mul`]) and a column sum, nothing else allocated. Keeps `x` and `w` (shared, not
/// copied, if they are `ArcArray`s).
///
/// When some arguments are not differentiated (the input batch `x` of a network, typically),
/// [`affine_vjp_wrt`] skips their cotangents: `c · wᵀ` costs as much as the forward product.
/// This rule reads which ones are from the call's scope ([`crate::wrt`], name `"affine"`), which
/// `#[differentiate]` opens around each call: there it is `affine_vjp_wrt` with the call's
/// mask, and the pullback returns empty arrays for the arguments that are not differentiated.
/// Called directly, outside such a scope, it computes all three.
///
/// **Panics** as [`affine`], and (in the pullback) if the cotangent is not `(N, M)`.
#[track_caller]
pub fn affine_vjp<A, S1, S2, S3>(
    x: &ArrayBase<S1, Ix2>,
    w: &ArrayBase<S2, Ix2>,
    b: &ArrayBase<S3, Ix1>,
) -> (
    Array2<A>,
    impl FnOnce(Array2<A>) -> (Array2<A>, Array2<A>, Array1<A>) + use<A, S1, S2, S3>,
)
where
    A: Scalar,
    S1: Data<Elem = A>,
    S2: Data<Elem = A>,
    S3: Data<Elem = A>,
{
    affine_vjp_wrt(x, w, b, crate::wrt::take::<3>("affine"))
}

/// [`affine_vjp`] computing only the cotangents asked for: `wrt[k]` says whether the `k`-th
/// argument (`x`, `w`, `b`) is differentiated. The pullback returns an empty array (no
/// elements, no allocation) in place of each cotangent not asked for, and the forward keeps
/// only what the others need:
///
/// ```text
/// dx = c · wᵀ       needs w
/// dw = xᵀ · c       needs x
/// db = Σ_rows c     needs nothing kept
/// ```
///
/// For a first layer, `affine_vjp_wrt(x, w, b, [false, true, true])` saves the product
/// `c · wᵀ` (as costly as the forward one) and the copy of `w`.
///
/// **Panics** as [`affine`], and (in the pullback) if the cotangent is not `(N, M)`.
#[track_caller]
pub fn affine_vjp_wrt<A, S1, S2, S3>(
    x: &ArrayBase<S1, Ix2>,
    w: &ArrayBase<S2, Ix2>,
    b: &ArrayBase<S3, Ix1>,
    wrt: [bool; 3],
) -> (
    Array2<A>,
    impl FnOnce(Array2<A>) -> (Array2<A>, Array2<A>, Array1<A>) + use<A, S1, S2, S3>,
)
where
    A: Scalar,
    S1: Data<Elem = A>,
    S2: Data<Elem = A>,
    S3: Data<Elem = A>,
{
    let y = affine(x, w, b);
    let output = [x.nrows(), w.ncols()];
    let [want_x, want_w, want_b] = wrt;
    // `w` for `x`'s cotangent, `x` for `w`'s: copies, or tickets for what `f_grad` lends.
    let w = want_x.then(|| lend::keep(w));
    let x = want_w.then(|| lend::keep(x));
    let affine_pullback = move |c: Array2<A>| {
        assert_cotangent_shape("affine", c.shape(), &output);
        let dx = match &w {
            Some(w) => w.with_view(|w| mat_mul(&c, &w.t())),
            None => Array2::zeros((0, 0)),
        };
        let dw = match &x {
            Some(x) => x.with_view(|x| mat_mul(&x.t(), &c)),
            None => Array2::zeros((0, 0)),
        };
        let db = if want_b {
            c.sum_axis(Axis(0))
        } else {
            Array1::zeros(0)
        };
        (dx, dw, db)
    };
    (y, affine_pullback)
}
