//! The vanilla recurrent network of cs231n's assignment 3: one step, `rnn_step`, and a whole
//! sequence, `rnn`, whose pullback is backpropagation through time.
//!
//! Shapes: batch `N`, time `T`, input `D`, hidden `H`; a sequence is `(N, T, D)`.

use ndarray::{Array1, Array2, Array3, ArrayBase, Axis, Data, Ix1, Ix2, Ix3};

use super::activation::assert_cotangent_shape;
use super::recurrent::{
    CellShapes, CellSizes, KeptWeights, WeightCotangents, add_into, preactivation,
};
use crate::Scalar;

/// The sizes of an RNN step's arguments, checked.
#[track_caller]
fn step_sizes<A, S1, S2, S3, S4, S5>(
    op: &'static str,
    x: &ArrayBase<S1, Ix2>,
    prev_h: &ArrayBase<S2, Ix2>,
    wx: &ArrayBase<S3, Ix2>,
    wh: &ArrayBase<S4, Ix2>,
    b: &ArrayBase<S5, Ix1>,
) -> CellSizes
where
    S1: Data<Elem = A>,
    S2: Data<Elem = A>,
    S3: Data<Elem = A>,
    S4: Data<Elem = A>,
    S5: Data<Elem = A>,
{
    CellShapes {
        op,
        gates: 1,
        x: x.shape(),
        state: ("prev_h", prev_h.shape()),
        wx: wx.shape(),
        wh: wh.shape(),
        b: b.shape(),
    }
    .check()
}

/// The sizes of an RNN's arguments over a sequence, checked.
#[track_caller]
fn sequence_sizes<A, S1, S2, S3, S4, S5>(
    x: &ArrayBase<S1, Ix3>,
    h0: &ArrayBase<S2, Ix2>,
    wx: &ArrayBase<S3, Ix2>,
    wh: &ArrayBase<S4, Ix2>,
    b: &ArrayBase<S5, Ix1>,
) -> CellSizes
where
    S1: Data<Elem = A>,
    S2: Data<Elem = A>,
    S3: Data<Elem = A>,
    S4: Data<Elem = A>,
    S5: Data<Elem = A>,
{
    CellShapes {
        op: "rnn",
        gates: 1,
        x: x.shape(),
        state: ("h0", h0.shape()),
        wx: wx.shape(),
        wh: wh.shape(),
        b: b.shape(),
    }
    .check()
}

/// `tanh(x · wx + prev_h · wh + b)`, shapes already checked.
fn rnn_cell<A, S1, S2, S3, S4, S5>(
    x: &ArrayBase<S1, Ix2>,
    prev_h: &ArrayBase<S2, Ix2>,
    wx: &ArrayBase<S3, Ix2>,
    wh: &ArrayBase<S4, Ix2>,
    b: &ArrayBase<S5, Ix1>,
) -> Array2<A>
where
    A: Scalar,
    S1: Data<Elem = A>,
    S2: Data<Elem = A>,
    S3: Data<Elem = A>,
    S4: Data<Elem = A>,
    S5: Data<Elem = A>,
{
    let mut a = preactivation(x, prev_h, wx, wh, b);
    a.mapv_inplace(|a| a.tanh());
    a
}

/// What the reverse sweep of one RNN step needs (cs231n's step `cache`): the step's output,
/// since `tanh' = 1 - tanh²`, and its `x` and `prev_h` when the cotangents of `wx` and `wh`,
/// which they multiply, are asked for.
struct RnnStepCache<A> {
    x: Option<Array2<A>>,
    prev_h: Option<Array2<A>>,
    next_h: Array2<A>,
}

impl<A: Scalar> RnnStepCache<A> {
    /// The cotangent of the pre-activations from the output's, `d ⊙ (1 - next_h²)`, in place.
    fn preactivation_cotangent(&self, mut d: Array2<A>) -> Array2<A> {
        d.zip_mut_with(&self.next_h, |d, &h| *d *= A::one() - h * h);
        d
    }
}

/// One step of a vanilla RNN (cs231n's `rnn_step_forward`):
/// `next_h = tanh(x · wx + prev_h · wh + b)`, with `x (N, D)`, `prev_h (N, H)`, `wx (D, H)`,
/// `wh (H, H)` and `b (H,)` added to every row. The result is `(N, H)`.
///
/// Smooth everywhere. With `da = c ⊙ (1 - next_h²)`, the pullback is
/// `c ↦ (da · wxᵀ, da · whᵀ, xᵀ · da, prev_hᵀ · da, Σ_rows da)` (cs231n's `rnn_step_backward`).
///
/// ```
/// use grad_runtime::ndarray::array;
/// use grad_runtime::nn::{rnn_step, rnn_step_vjp};
///
/// let (x, prev_h) = (array![[1.0, 2.0]], array![[0.5]]);
/// let (wx, wh, b) = (array![[0.25], [-0.5]], array![[2.0]], array![0.75]);
/// // 1·0.25 + 2·(-0.5) + 0.5·2 + 0.75 = 1
/// assert_eq!(rnn_step(&x, &prev_h, &wx, &wh, &b), array![[1.0_f64.tanh()]]);
/// let (_, pullback) = rnn_step_vjp(&x, &prev_h, &wx, &wh, &b);
/// let (dx, dprev_h, dwx, dwh, db) = pullback(array![[1.0]]);
/// let da = 1.0 - 1.0_f64.tanh().powi(2);
/// assert_eq!((dx, dprev_h), (array![[0.25 * da, -0.5 * da]], array![[2.0 * da]]));
/// assert_eq!((dwx, dwh, db), (array![[da], [2.0 * da]], array![[0.5 * da]], array![da]));
/// ```
///
/// **Panics** unless `wh` is `(H, H)`, `wx` is `(D, H)` with `D` the columns of `x`, `b` is
/// `(H,)` and `prev_h` is `(N, H)` with `N` the rows of `x`.
#[track_caller]
pub fn rnn_step<A, S1, S2, S3, S4, S5>(
    x: &ArrayBase<S1, Ix2>,
    prev_h: &ArrayBase<S2, Ix2>,
    wx: &ArrayBase<S3, Ix2>,
    wh: &ArrayBase<S4, Ix2>,
    b: &ArrayBase<S5, Ix1>,
) -> Array2<A>
where
    A: Scalar,
    S1: Data<Elem = A>,
    S2: Data<Elem = A>,
    S3: Data<Elem = A>,
    S4: Data<Elem = A>,
    S5: Data<Elem = A>,
{
    step_sizes("rnn_step", x, prev_h, wx, wh, b);
    rnn_cell(x, prev_h, wx, wh, b)
}

/// [`rnn_step`] and its pullback
/// `c ↦ (da · wxᵀ, da · whᵀ, xᵀ · da, prev_hᵀ · da, Σ_rows da)`, `da = c ⊙ (1 - next_h²)`.
///
/// Reads which arguments are differentiated from the call's scope ([`crate::wrt`], name
/// `"rnn_step"`), as [`affine_vjp`](super::affine_vjp) does; see [`rnn_step_vjp_wrt`].
///
/// **Panics** as [`rnn_step`], and (in the pullback) if the cotangent is not `(N, H)`.
#[track_caller]
pub fn rnn_step_vjp<A, S1, S2, S3, S4, S5>(
    x: &ArrayBase<S1, Ix2>,
    prev_h: &ArrayBase<S2, Ix2>,
    wx: &ArrayBase<S3, Ix2>,
    wh: &ArrayBase<S4, Ix2>,
    b: &ArrayBase<S5, Ix1>,
) -> (
    Array2<A>,
    impl FnOnce(Array2<A>) -> (Array2<A>, Array2<A>, Array2<A>, Array2<A>, Array1<A>)
    + use<A, S1, S2, S3, S4, S5>,
)
where
    A: Scalar,
    S1: Data<Elem = A>,
    S2: Data<Elem = A>,
    S3: Data<Elem = A>,
    S4: Data<Elem = A>,
    S5: Data<Elem = A>,
{
    rnn_step_vjp_wrt(x, prev_h, wx, wh, b, crate::wrt::take::<5>("rnn_step"))
}

/// [`rnn_step_vjp`] computing only the cotangents asked for: `wrt[k]` says whether the `k`-th
/// argument (`x`, `prev_h`, `wx`, `wh`, `b`) is differentiated. The pullback returns an empty
/// array in place of each cotangent not asked for, and the forward keeps only what the others
/// need: `wx` for `dx`, `wh` for `dprev_h`, `x` for `dwx`, `prev_h` for `dwh`.
///
/// **Panics** as [`rnn_step_vjp`].
#[track_caller]
pub fn rnn_step_vjp_wrt<A, S1, S2, S3, S4, S5>(
    x: &ArrayBase<S1, Ix2>,
    prev_h: &ArrayBase<S2, Ix2>,
    wx: &ArrayBase<S3, Ix2>,
    wh: &ArrayBase<S4, Ix2>,
    b: &ArrayBase<S5, Ix1>,
    wrt: [bool; 5],
) -> (
    Array2<A>,
    impl FnOnce(Array2<A>) -> (Array2<A>, Array2<A>, Array2<A>, Array2<A>, Array1<A>)
    + use<A, S1, S2, S3, S4, S5>,
)
where
    A: Scalar,
    S1: Data<Elem = A>,
    S2: Data<Elem = A>,
    S3: Data<Elem = A>,
    S4: Data<Elem = A>,
    S5: Data<Elem = A>,
{
    let sizes = step_sizes("rnn_step", x, prev_h, wx, wh, b);
    let [want_x, want_prev_h, want_wx, want_wh, want_b] = wrt;
    let next_h = rnn_cell(x, prev_h, wx, wh, b);
    let cache = RnnStepCache {
        x: want_wx.then(|| x.to_owned()),
        prev_h: want_wh.then(|| prev_h.to_owned()),
        next_h: next_h.clone(),
    };
    let kept = KeptWeights::keep(wx, wh, want_x, want_prev_h);
    let rnn_step_pullback = move |c: Array2<A>| {
        assert_cotangent_shape("rnn_step", c.shape(), &[sizes.n, sizes.h]);
        let da = cache.preactivation_cotangent(c);
        let mut weights = WeightCotangents::zeros(sizes, sizes.h, [want_wx, want_wh, want_b]);
        weights.add_step(&da, cache.x.as_ref(), cache.prev_h.as_ref());
        let (dwx, dwh, db) = weights.into_parts();
        (
            kept.input_cotangent(&da),
            kept.state_cotangent(&da),
            dwx,
            dwh,
            db,
        )
    };
    (next_h, rnn_step_pullback)
}

/// A vanilla RNN over a sequence (cs231n's `rnn_forward`): from `h0 (N, H)`, for `t` in
/// `0..T`, `h_t = tanh(x[:, t] · wx + h_{t-1} · wh + b)` ([`rnn_step`]), with `x (N, T, D)`,
/// `wx (D, H)`, `wh (H, H)` and `b (H,)`. The result holds every hidden state, `(N, T, H)`,
/// with `h_t` at `[:, t]`; `h0` itself is not in it.
///
/// ```
/// use grad_runtime::ndarray::{Array, Axis, array};
/// use grad_runtime::nn::{rnn, rnn_step};
///
/// let x = Array::linspace(-1.0, 1.0, 2 * 3 * 4).into_shape_with_order((2, 3, 4)).unwrap();
/// let h0 = array![[0.1, 0.2], [0.3, 0.4]];
/// let wx = Array::linspace(-0.5, 0.5, 8).into_shape_with_order((4, 2)).unwrap();
/// let (wh, b) = (array![[0.5, -0.25], [0.75, 1.0]], array![0.1, -0.1]);
/// let h = rnn(&x, &h0, &wx, &wh, &b);
/// assert_eq!(h.dim(), (2, 3, 2));
/// // The steps one by one.
/// let mut prev_h = h0.clone();
/// for t in 0..3 {
///     prev_h = rnn_step(&x.index_axis(Axis(1), t), &prev_h, &wx, &wh, &b);
///     assert_eq!(h.index_axis(Axis(1), t), prev_h);
/// }
/// ```
///
/// **Panics** unless `wh` is `(H, H)`, `wx` is `(D, H)` with `D` the last axis of `x`, `b` is
/// `(H,)` and `h0` is `(N, H)` with `N` the first axis of `x`.
#[track_caller]
pub fn rnn<A, S1, S2, S3, S4, S5>(
    x: &ArrayBase<S1, Ix3>,
    h0: &ArrayBase<S2, Ix2>,
    wx: &ArrayBase<S3, Ix2>,
    wh: &ArrayBase<S4, Ix2>,
    b: &ArrayBase<S5, Ix1>,
) -> Array3<A>
where
    A: Scalar,
    S1: Data<Elem = A>,
    S2: Data<Elem = A>,
    S3: Data<Elem = A>,
    S4: Data<Elem = A>,
    S5: Data<Elem = A>,
{
    let CellSizes { n, h, .. } = sequence_sizes(x, h0, wx, wh, b);
    let mut hs = Array3::zeros((n, x.len_of(Axis(1)), h));
    let mut prev_h = h0.to_owned();
    for (x_t, mut h_t) in x.axis_iter(Axis(1)).zip(hs.axis_iter_mut(Axis(1))) {
        prev_h = rnn_cell(&x_t, &prev_h, wx, wh, b);
        h_t.assign(&prev_h);
    }
    hs
}

/// [`rnn`] and its pullback, backpropagation through time (cs231n's `rnn_backward`). The
/// forward keeps each step's output `h_t` (and `x[:, t]` and `h_{t-1}` when the cotangents of
/// `wx` and `wh` are asked for); the pullback of `c (N, T, H)` walks the steps backwards, from
/// `t = T - 1` to 0, carrying the cotangent of the hidden state:
///
/// ```text
/// da_t     = (c[:, t] + da_{t+1} · whᵀ) ⊙ (1 - h_t²)      (no second term at t = T - 1)
/// dx[:, t] = da_t · wxᵀ
/// dh0      = da_0 · whᵀ
/// dwx      = Σ_t x[:, t]ᵀ · da_t,   dwh = Σ_t h_{t-1}ᵀ · da_t,   db = Σ_t Σ_rows da_t
/// ```
///
/// Reads which arguments are differentiated from the call's scope ([`crate::wrt`], name
/// `"rnn"`); see [`rnn_vjp_wrt`].
///
/// **Panics** as [`rnn`], and (in the pullback) if the cotangent is not `(N, T, H)`.
#[track_caller]
pub fn rnn_vjp<A, S1, S2, S3, S4, S5>(
    x: &ArrayBase<S1, Ix3>,
    h0: &ArrayBase<S2, Ix2>,
    wx: &ArrayBase<S3, Ix2>,
    wh: &ArrayBase<S4, Ix2>,
    b: &ArrayBase<S5, Ix1>,
) -> (
    Array3<A>,
    impl FnOnce(Array3<A>) -> (Array3<A>, Array2<A>, Array2<A>, Array2<A>, Array1<A>)
    + use<A, S1, S2, S3, S4, S5>,
)
where
    A: Scalar,
    S1: Data<Elem = A>,
    S2: Data<Elem = A>,
    S3: Data<Elem = A>,
    S4: Data<Elem = A>,
    S5: Data<Elem = A>,
{
    rnn_vjp_wrt(x, h0, wx, wh, b, crate::wrt::take::<5>("rnn"))
}

/// [`rnn_vjp`] computing only the cotangents asked for: `wrt[k]` says whether the `k`-th
/// argument (`x`, `h0`, `wx`, `wh`, `b`) is differentiated. The pullback returns an empty
/// array in place of each cotangent not asked for. When `x` is data (a sequence of inputs,
/// typically) this saves the product `da_t · wxᵀ` of every step, and the copy of `wx`; when `wx`
/// or `wh` is not differentiated, the forward keeps no copy of the inputs or of the previous
/// states.
///
/// **Panics** as [`rnn_vjp`].
#[track_caller]
pub fn rnn_vjp_wrt<A, S1, S2, S3, S4, S5>(
    x: &ArrayBase<S1, Ix3>,
    h0: &ArrayBase<S2, Ix2>,
    wx: &ArrayBase<S3, Ix2>,
    wh: &ArrayBase<S4, Ix2>,
    b: &ArrayBase<S5, Ix1>,
    wrt: [bool; 5],
) -> (
    Array3<A>,
    impl FnOnce(Array3<A>) -> (Array3<A>, Array2<A>, Array2<A>, Array2<A>, Array1<A>)
    + use<A, S1, S2, S3, S4, S5>,
)
where
    A: Scalar,
    S1: Data<Elem = A>,
    S2: Data<Elem = A>,
    S3: Data<Elem = A>,
    S4: Data<Elem = A>,
    S5: Data<Elem = A>,
{
    let sizes = sequence_sizes(x, h0, wx, wh, b);
    let [want_x, _, want_wx, want_wh, _] = wrt;
    let (hs, caches) = rnn_forward(x, h0, wx, wh, b, [want_wx, want_wh]);
    // `wh` carries the cotangent from each step to the one before, whatever is asked for.
    let kept = KeptWeights::keep(wx, wh, want_x, true);
    let rnn_pullback = move |c: Array3<A>| rnn_backward(c, caches, &kept, sizes, wrt);
    (hs, rnn_pullback)
}

/// The forward sweep of [`rnn_vjp_wrt`] (cs231n's `rnn_forward`): every hidden state, and each
/// step's cache, with `x[:, t]` and `h_{t-1}` if `keep[0]` and `keep[1]` say that the
/// cotangents of `wx` and `wh` will be asked for. Shapes already checked.
fn rnn_forward<A, S1, S2, S3, S4, S5>(
    x: &ArrayBase<S1, Ix3>,
    h0: &ArrayBase<S2, Ix2>,
    wx: &ArrayBase<S3, Ix2>,
    wh: &ArrayBase<S4, Ix2>,
    b: &ArrayBase<S5, Ix1>,
    keep: [bool; 2],
) -> (Array3<A>, Vec<RnnStepCache<A>>)
where
    A: Scalar,
    S1: Data<Elem = A>,
    S2: Data<Elem = A>,
    S3: Data<Elem = A>,
    S4: Data<Elem = A>,
    S5: Data<Elem = A>,
{
    let [keep_x, keep_h] = keep;
    let (n, steps, h) = (x.len_of(Axis(0)), x.len_of(Axis(1)), wh.nrows());
    let mut hs = Array3::zeros((n, steps, h));
    let mut caches = Vec::with_capacity(steps);
    let mut prev_h = h0.to_owned();
    for (x_t, mut h_t) in x.axis_iter(Axis(1)).zip(hs.axis_iter_mut(Axis(1))) {
        let next_h = rnn_cell(&x_t, &prev_h, wx, wh, b);
        h_t.assign(&next_h);
        let step_h = std::mem::replace(&mut prev_h, next_h.clone());
        caches.push(RnnStepCache {
            x: keep_x.then(|| x_t.to_owned()),
            prev_h: keep_h.then_some(step_h),
            next_h,
        });
    }
    (hs, caches)
}

/// The reverse sweep of [`rnn_vjp_wrt`] (cs231n's `rnn_backward`): the cotangents asked for by
/// `wrt` (`x`, `h0`, `wx`, `wh`, `b`) from the cotangent `c (N, T, H)` of the hidden states,
/// the steps' caches and the kept weights.
///
/// **Panics** if the cotangent is not `(N, T, H)`.
fn rnn_backward<A: Scalar>(
    c: Array3<A>,
    caches: Vec<RnnStepCache<A>>,
    kept: &KeptWeights<A>,
    sizes: CellSizes,
    wrt: [bool; 5],
) -> (Array3<A>, Array2<A>, Array2<A>, Array2<A>, Array1<A>) {
    let [want_x, want_h0, want_wx, want_wh, want_b] = wrt;
    let (CellSizes { n, d, h }, steps) = (sizes, caches.len());
    assert_cotangent_shape("rnn", c.shape(), &[n, steps, h]);
    let mut dx = Array3::zeros(if want_x { (n, steps, d) } else { (0, 0, 0) });
    let mut weights = WeightCotangents::zeros(sizes, h, [want_wx, want_wh, want_b]);
    // The cotangent of the hidden state the next step received.
    let mut carried = Array2::zeros((n, h));
    for (t, cache) in caches.into_iter().enumerate().rev() {
        let mut d_h = c.index_axis(Axis(1), t).to_owned();
        add_into(&mut d_h, &carried);
        let da = cache.preactivation_cotangent(d_h);
        weights.add_step(&da, cache.x.as_ref(), cache.prev_h.as_ref());
        if want_x {
            kept.input_cotangent_into(&da, dx.index_axis_mut(Axis(1), t));
        }
        if t > 0 || want_h0 {
            carried = kept.state_cotangent(&da);
        }
    }
    let dh0 = if want_h0 {
        carried
    } else {
        Array2::zeros((0, 0))
    };
    let (dwx, dwh, db) = weights.into_parts();
    (dx, dh0, dwx, dwh, db)
}
