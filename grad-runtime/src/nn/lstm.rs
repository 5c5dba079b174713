//! The long short-term memory network of cs231n's assignment 3: one step, `lstm_step`, and a
//! whole sequence, `lstm`, whose pullback is backpropagation through time.
//!
//! Shapes: batch `N`, time `T`, input `D`, hidden `H`; a sequence is `(N, T, D)`, and the four
//! gates' pre-activations sit side by side in `(N, 4H)`, in the order i, f, o, g.

use ndarray::{Array1, Array2, Array3, ArrayBase, ArrayView2, Axis, Data, Ix1, Ix2, Ix3, Zip, s};

use super::activation::{assert_cotangent_shape, sigmoid};
use super::recurrent::{
    CellShapes, CellSizes, KeptWeights, WeightCotangents, add_into, preactivation,
};
use crate::Scalar;

/// The gates of an LSTM: input, forget, output, and the candidate `g`.
const GATES: usize = 4;

/// The sizes of an LSTM step's arguments, checked (`prev_c` against `prev_h`).
#[track_caller]
fn step_sizes<A, S1, S2, S3, S4, S5, S6>(
    x: &ArrayBase<S1, Ix2>,
    prev_h: &ArrayBase<S2, Ix2>,
    prev_c: &ArrayBase<S3, Ix2>,
    wx: &ArrayBase<S4, Ix2>,
    wh: &ArrayBase<S5, Ix2>,
    b: &ArrayBase<S6, Ix1>,
) -> CellSizes
where
    S1: Data<Elem = A>,
    S2: Data<Elem = A>,
    S3: Data<Elem = A>,
    S4: Data<Elem = A>,
    S5: Data<Elem = A>,
    S6: Data<Elem = A>,
{
    let sizes = CellShapes {
        op: "lstm_step",
        gates: GATES,
        x: x.shape(),
        state: ("prev_h", prev_h.shape()),
        wx: wx.shape(),
        wh: wh.shape(),
        b: b.shape(),
    }
    .check();
    assert!(
        prev_c.shape() == prev_h.shape(),
        "lstm_step: prev_c of shape {:?} is not the shape of prev_h, {:?}",
        prev_c.shape(),
        prev_h.shape()
    );
    sizes
}

/// The sizes of an LSTM's arguments over a sequence, checked.
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
        op: "lstm",
        gates: GATES,
        x: x.shape(),
        state: ("h0", h0.shape()),
        wx: wx.shape(),
        wh: wh.shape(),
        b: b.shape(),
    }
    .check()
}

/// Gate `k` (0 to 3: i, f, o, g) of the gates `(N, 4H)`: columns `kH..(k+1)H`.
fn gate<A>(gates: &Array2<A>, k: usize, h: usize) -> ArrayView2<'_, A> {
    gates.slice(s![.., k * h..(k + 1) * h])
}

/// One LSTM step's values.
struct LstmCell<A> {
    /// The activated gates `[i f o g]`, `(N, 4H)`.
    gates: Array2<A>,
    next_c: Array2<A>,
    /// `tanh(next_c)`.
    tanh_c: Array2<A>,
    next_h: Array2<A>,
}

/// One LSTM step, shapes already checked.
fn lstm_cell<A, S1, S2, S3, S4, S5, S6>(
    x: &ArrayBase<S1, Ix2>,
    prev_h: &ArrayBase<S2, Ix2>,
    prev_c: &ArrayBase<S3, Ix2>,
    wx: &ArrayBase<S4, Ix2>,
    wh: &ArrayBase<S5, Ix2>,
    b: &ArrayBase<S6, Ix1>,
) -> LstmCell<A>
where
    A: Scalar,
    S1: Data<Elem = A>,
    S2: Data<Elem = A>,
    S3: Data<Elem = A>,
    S4: Data<Elem = A>,
    S5: Data<Elem = A>,
    S6: Data<Elem = A>,
{
    let h = wh.nrows();
    let mut gates = preactivation(x, prev_h, wx, wh, b);
    let (mut ifo, mut g) = gates.view_mut().split_at(Axis(1), 3 * h);
    let activated = sigmoid(&ifo);
    ifo.assign(&activated);
    g.mapv_inplace(|g| g.tanh());
    let next_c = Zip::from(gate(&gates, 1, h))
        .and(prev_c)
        .and(gate(&gates, 0, h))
        .and(gate(&gates, 3, h))
        .map_collect(|&f, &c, &i, &g| f * c + i * g);
    let tanh_c = next_c.mapv(|c| c.tanh());
    let next_h = Zip::from(gate(&gates, 2, h))
        .and(&tanh_c)
        .map_collect(|&o, &t| o * t);
    LstmCell {
        gates,
        next_c,
        tanh_c,
        next_h,
    }
}

/// What the reverse sweep of one LSTM step needs (cs231n's step `cache`): the activated gates,
/// `tanh(next_c)` and `prev_c`, and the step's `x` and `prev_h` when the cotangents of `wx`
/// and `wh`, which they multiply, are asked for.
struct LstmStepCache<A> {
    x: Option<Array2<A>>,
    prev_h: Option<Array2<A>>,
    prev_c: Array2<A>,
    gates: Array2<A>,
    tanh_c: Array2<A>,
}

impl<A: Scalar> LstmStepCache<A> {
    /// From the cotangents of `next_h` and `next_c`, that of the pre-activations, `da (N, 4H)`,
    /// and that of `prev_c` (computed in place of `d_next_c`); see [`lstm_step_vjp`].
    fn preactivation_cotangent(
        &self,
        d_next_h: &Array2<A>,
        mut d_next_c: Array2<A>,
    ) -> (Array2<A>, Array2<A>) {
        let h = self.tanh_c.ncols();
        let one = A::one();
        let mut da = Array2::zeros(self.gates.raw_dim());
        Zip::from(da.rows_mut())
            .and(d_next_c.rows_mut())
            .and(self.gates.rows())
            .and(self.tanh_c.rows())
            .and(self.prev_c.rows())
            .and(d_next_h.rows())
            .for_each(|mut da, mut dc, gates, tanh_c, prev_c, dh| {
                for j in 0..h {
                    let (i, f, o, g) = (gates[j], gates[h + j], gates[2 * h + j], gates[3 * h + j]);
                    let (t, dh) = (tanh_c[j], dh[j]);
                    let dc_total = dc[j] + dh * o * (one - t * t);
                    da[j] = dc_total * g * i * (one - i);
                    da[h + j] = dc_total * prev_c[j] * f * (one - f);
                    da[2 * h + j] = dh * t * o * (one - o);
                    da[3 * h + j] = dc_total * i * (one - g * g);
                    dc[j] = dc_total * f;
                }
            });
        (da, d_next_c)
    }
}

/// One step of an LSTM (cs231n's `lstm_step_forward`). The pre-activations
/// `a = x · wx + prev_h · wh + b`, `(N, 4H)`, are four blocks of `H` columns, in the order
/// i, f, o, g: the input, forget and output gates and the candidate cell,
///
/// ```text
/// i = σ(a[:, 0..H])    f = σ(a[:, H..2H])    o = σ(a[:, 2H..3H])    g = tanh(a[:, 3H..4H])
/// next_c = f ⊙ prev_c + i ⊙ g
/// next_h = o ⊙ tanh(next_c)
/// ```
///
/// with `x (N, D)`, `prev_h (N, H)`, `prev_c (N, H)`, `wx (D, 4H)`, `wh (H, 4H)` and `b (4H,)`
/// added to every row; `σ` is the numerically stable [`sigmoid`](super::sigmoid). Returns
/// `(next_h, next_c)`, each `(N, H)`. Smooth everywhere; the pullback is in [`lstm_step_vjp`].
///
/// ```
/// use grad_runtime::ndarray::{Array2, array};
/// use grad_runtime::nn::lstm_step;
///
/// // H = 1, all weights zero: every gate is σ(0) = 1/2 and the candidate tanh(0) = 0.
/// let (x, prev_h, prev_c) = (array![[3.0]], array![[-1.0]], array![[0.5]]);
/// let (wx, wh, b) = (Array2::zeros((1, 4)), Array2::zeros((1, 4)), array![0.0, 0.0, 0.0, 0.0]);
/// let (next_h, next_c) = lstm_step(&x, &prev_h, &prev_c, &wx, &wh, &b);
/// assert_eq!(next_c, array![[0.25]]); // half of prev_c forgotten, nothing added
/// assert_eq!(next_h, array![[0.5 * 0.25_f64.tanh()]]);
/// ```
///
/// **Panics** unless `wh` is `(H, 4H)`, `wx` is `(D, 4H)` with `D` the columns of `x`, `b` is
/// `(4H,)`, and `prev_h` and `prev_c` are `(N, H)` with `N` the rows of `x`.
#[track_caller]
pub fn lstm_step<A, S1, S2, S3, S4, S5, S6>(
    x: &ArrayBase<S1, Ix2>,
    prev_h: &ArrayBase<S2, Ix2>,
    prev_c: &ArrayBase<S3, Ix2>,
    wx: &ArrayBase<S4, Ix2>,
    wh: &ArrayBase<S5, Ix2>,
    b: &ArrayBase<S6, Ix1>,
) -> (Array2<A>, Array2<A>)
where
    A: Scalar,
    S1: Data<Elem = A>,
    S2: Data<Elem = A>,
    S3: Data<Elem = A>,
    S4: Data<Elem = A>,
    S5: Data<Elem = A>,
    S6: Data<Elem = A>,
{
    step_sizes(x, prev_h, prev_c, wx, wh, b);
    let cell = lstm_cell(x, prev_h, prev_c, wx, wh, b);
    (cell.next_h, cell.next_c)
}

/// [`lstm_step`] and its pullback (cs231n's `lstm_step_backward`). For the cotangents
/// `(c_h, c_c)` of `(next_h, next_c)`, with `t = tanh(next_c)`:
///
/// ```text
/// dc = c_c + c_h ⊙ o ⊙ (1 - t²)                       the total cotangent of next_c
/// da = [dc ⊙ g ⊙ i(1 - i),  dc ⊙ prev_c ⊙ f(1 - f),  c_h ⊙ t ⊙ o(1 - o),  dc ⊙ i ⊙ (1 - g²)]
/// (dx, dprev_h, dprev_c, dwx, dwh, db)
///     = (da · wxᵀ, da · whᵀ, dc ⊙ f, xᵀ · da, prev_hᵀ · da, Σ_rows da)
/// ```
///
/// Reads which arguments are differentiated from the call's scope ([`crate::wrt`], name
/// `"lstm_step"`); see [`lstm_step_vjp_wrt`].
///
/// **Panics** as [`lstm_step`], and (in the pullback) if a cotangent is not `(N, H)`.
#[track_caller]
pub fn lstm_step_vjp<A, S1, S2, S3, S4, S5, S6>(
    x: &ArrayBase<S1, Ix2>,
    prev_h: &ArrayBase<S2, Ix2>,
    prev_c: &ArrayBase<S3, Ix2>,
    wx: &ArrayBase<S4, Ix2>,
    wh: &ArrayBase<S5, Ix2>,
    b: &ArrayBase<S6, Ix1>,
) -> (
    (Array2<A>, Array2<A>),
    impl FnOnce(
        (Array2<A>, Array2<A>),
    ) -> (
        Array2<A>,
        Array2<A>,
        Array2<A>,
        Array2<A>,
        Array2<A>,
        Array1<A>,
    ) + use<A, S1, S2, S3, S4, S5, S6>,
)
where
    A: Scalar,
    S1: Data<Elem = A>,
    S2: Data<Elem = A>,
    S3: Data<Elem = A>,
    S4: Data<Elem = A>,
    S5: Data<Elem = A>,
    S6: Data<Elem = A>,
{
    let wrt = crate::wrt::take::<6>("lstm_step");
    lstm_step_vjp_wrt(x, prev_h, prev_c, wx, wh, b, wrt)
}

/// [`lstm_step_vjp`] computing only the cotangents asked for: `wrt[k]` says whether the `k`-th
/// argument (`x`, `prev_h`, `prev_c`, `wx`, `wh`, `b`) is differentiated. The pullback returns
/// an empty array in place of each cotangent not asked for, and the forward keeps only what
/// the others need: `wx` for `dx`, `wh` for `dprev_h`, `x` for `dwx`, `prev_h` for `dwh`.
///
/// **Panics** as [`lstm_step_vjp`].
#[track_caller]
pub fn lstm_step_vjp_wrt<A, S1, S2, S3, S4, S5, S6>(
    x: &ArrayBase<S1, Ix2>,
    prev_h: &ArrayBase<S2, Ix2>,
    prev_c: &ArrayBase<S3, Ix2>,
    wx: &ArrayBase<S4, Ix2>,
    wh: &ArrayBase<S5, Ix2>,
    b: &ArrayBase<S6, Ix1>,
    wrt: [bool; 6],
) -> (
    (Array2<A>, Array2<A>),
    impl FnOnce(
        (Array2<A>, Array2<A>),
    ) -> (
        Array2<A>,
        Array2<A>,
        Array2<A>,
        Array2<A>,
        Array2<A>,
        Array1<A>,
    ) + use<A, S1, S2, S3, S4, S5, S6>,
)
where
    A: Scalar,
    S1: Data<Elem = A>,
    S2: Data<Elem = A>,
    S3: Data<Elem = A>,
    S4: Data<Elem = A>,
    S5: Data<Elem = A>,
    S6: Data<Elem = A>,
{
    let sizes = step_sizes(x, prev_h, prev_c, wx, wh, b);
    let [want_x, want_prev_h, want_prev_c, want_wx, want_wh, want_b] = wrt;
    let cell = lstm_cell(x, prev_h, prev_c, wx, wh, b);
    let cache = LstmStepCache {
        x: want_wx.then(|| x.to_owned()),
        prev_h: want_wh.then(|| prev_h.to_owned()),
        prev_c: prev_c.to_owned(),
        gates: cell.gates,
        tanh_c: cell.tanh_c,
    };
    let kept = KeptWeights::keep(wx, wh, want_x, want_prev_h);
    let lstm_step_pullback = move |(c_h, c_c): (Array2<A>, Array2<A>)| {
        let output = [sizes.n, sizes.h];
        assert_cotangent_shape("lstm_step (next_h)", c_h.shape(), &output);
        assert_cotangent_shape("lstm_step (next_c)", c_c.shape(), &output);
        let (da, dprev_c) = cache.preactivation_cotangent(&c_h, c_c);
        let width = GATES * sizes.h;
        let mut weights = WeightCotangents::zeros(sizes, width, [want_wx, want_wh, want_b]);
        weights.add_step(&da, cache.x.as_ref(), cache.prev_h.as_ref());
        let dprev_c = if want_prev_c {
            dprev_c
        } else {
            Array2::zeros((0, 0))
        };
        let (dwx, dwh, db) = weights.into_parts();
        let (dx, dprev_h) = (kept.input_cotangent(&da), kept.state_cotangent(&da));
        (dx, dprev_h, dprev_c, dwx, dwh, db)
    };
    ((cell.next_h, cell.next_c), lstm_step_pullback)
}

/// An LSTM over a sequence (cs231n's `lstm_forward`): from `h0 (N, H)` and a zero initial cell
/// state, for `t` in `0..T`, `(h_t, c_t) = lstm_step(x[:, t], h_{t-1}, c_{t-1}, wx, wh, b)`
/// ([`lstm_step`]), with `x (N, T, D)`, `wx (D, 4H)`, `wh (H, 4H)` and `b (4H,)`. The result
/// holds every hidden state, `(N, T, H)`, with `h_t` at `[:, t]`; the cell states are internal.
///
/// ```
/// use grad_runtime::ndarray::{Array, Array2, Axis, array};
/// use grad_runtime::nn::{lstm, lstm_step};
///
/// let x = Array::linspace(-1.0, 1.0, 2 * 3 * 4).into_shape_with_order((2, 3, 4)).unwrap();
/// let h0 = array![[0.1, 0.2], [0.3, 0.4]];
/// let wx = Array::linspace(-0.5, 0.5, 4 * 8).into_shape_with_order((4, 8)).unwrap();
/// let wh = Array::linspace(0.3, -0.2, 2 * 8).into_shape_with_order((2, 8)).unwrap();
/// let b = Array::linspace(0.0, 0.7, 8);
/// let h = lstm(&x, &h0, &wx, &wh, &b);
/// assert_eq!(h.dim(), (2, 3, 2));
/// // The steps one by one, from a zero cell state.
/// let (mut prev_h, mut prev_c) = (h0.clone(), Array2::zeros((2, 2)));
/// for t in 0..3 {
///     (prev_h, prev_c) = lstm_step(&x.index_axis(Axis(1), t), &prev_h, &prev_c, &wx, &wh, &b);
///     assert_eq!(h.index_axis(Axis(1), t), prev_h);
/// }
/// ```
///
/// **Panics** unless `wh` is `(H, 4H)`, `wx` is `(D, 4H)` with `D` the last axis of `x`, `b` is
/// `(4H,)` and `h0` is `(N, H)` with `N` the first axis of `x`.
#[track_caller]
pub fn lstm<A, S1, S2, S3, S4, S5>(
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
    let mut prev_c = Array2::zeros((n, h));
    for (x_t, mut h_t) in x.axis_iter(Axis(1)).zip(hs.axis_iter_mut(Axis(1))) {
        let cell = lstm_cell(&x_t, &prev_h, &prev_c, wx, wh, b);
        h_t.assign(&cell.next_h);
        (prev_h, prev_c) = (cell.next_h, cell.next_c);
    }
    hs
}

/// [`lstm`] and its pullback, backpropagation through time (cs231n's `lstm_backward`). The
/// forward keeps each step's cache (the activated gates, `tanh(c_t)`, `c_{t-1}`, and `x[:, t]`
/// and `h_{t-1}` when the cotangents of `wx` and `wh` are asked for); the pullback of
/// `c (N, T, H)` walks the steps backwards, from `t = T - 1` to 0, carrying the cotangents of
/// the hidden and cell states: step `t` receives `c[:, t] + da_{t+1} · whᵀ` for `h_t` and
/// `dc_{t+1} ⊙ f_{t+1}` for `c_t` (nothing from beyond `T - 1`), and goes through
/// [`lstm_step_vjp`]'s formulas. The weights' cotangents are summed over the steps, and
/// `dh0 = da_0 · whᵀ`.
///
/// Reads which arguments are differentiated from the call's scope ([`crate::wrt`], name
/// `"lstm"`); see [`lstm_vjp_wrt`].
///
/// **Panics** as [`lstm`], and (in the pullback) if the cotangent is not `(N, T, H)`.
#[track_caller]
pub fn lstm_vjp<A, S1, S2, S3, S4, S5>(
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
    lstm_vjp_wrt(x, h0, wx, wh, b, crate::wrt::take::<5>("lstm"))
}

/// [`lstm_vjp`] computing only the cotangents asked for: `wrt[k]` says whether the `k`-th
/// argument (`x`, `h0`, `wx`, `wh`, `b`) is differentiated. The pullback returns an empty
/// array in place of each cotangent not asked for. When `x` is data this saves the product
/// `da_t · wxᵀ` of every step and the copy of `wx`; when `wx` or `wh` is not differentiated,
/// the forward keeps no copy of the inputs or of the previous hidden states.
///
/// **Panics** as [`lstm_vjp`].
#[track_caller]
pub fn lstm_vjp_wrt<A, S1, S2, S3, S4, S5>(
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
    let (hs, caches) = lstm_forward(x, h0, wx, wh, b, [want_wx, want_wh]);
    // `wh` carries the cotangent from each step to the one before, whatever is asked for.
    let kept = KeptWeights::keep(wx, wh, want_x, true);
    let lstm_pullback = move |c: Array3<A>| lstm_backward(c, caches, &kept, sizes, wrt);
    (hs, lstm_pullback)
}

/// The forward sweep of [`lstm_vjp_wrt`] (cs231n's `lstm_forward`): every hidden state, and
/// each step's cache, with `x[:, t]` and `h_{t-1}` if `keep[0]` and `keep[1]` say that the
/// cotangents of `wx` and `wh` will be asked for. Shapes already checked.
fn lstm_forward<A, S1, S2, S3, S4, S5>(
    x: &ArrayBase<S1, Ix3>,
    h0: &ArrayBase<S2, Ix2>,
    wx: &ArrayBase<S3, Ix2>,
    wh: &ArrayBase<S4, Ix2>,
    b: &ArrayBase<S5, Ix1>,
    keep: [bool; 2],
) -> (Array3<A>, Vec<LstmStepCache<A>>)
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
    let mut prev_c = Array2::zeros((n, h));
    for (x_t, mut h_t) in x.axis_iter(Axis(1)).zip(hs.axis_iter_mut(Axis(1))) {
        let cell = lstm_cell(&x_t, &prev_h, &prev_c, wx, wh, b);
        h_t.assign(&cell.next_h);
        let step_h = std::mem::replace(&mut prev_h, cell.next_h);
        let step_c = std::mem::replace(&mut prev_c, cell.next_c);
        caches.push(LstmStepCache {
            x: keep_x.then(|| x_t.to_owned()),
            prev_h: keep_h.then_some(step_h),
            prev_c: step_c,
            gates: cell.gates,
            tanh_c: cell.tanh_c,
        });
    }
    (hs, caches)
}

/// The reverse sweep of [`lstm_vjp_wrt`] (cs231n's `lstm_backward`): the cotangents asked for
/// by `wrt` (`x`, `h0`, `wx`, `wh`, `b`) from the cotangent `c (N, T, H)` of the hidden states,
/// the steps' caches and the kept weights.
///
/// **Panics** if the cotangent is not `(N, T, H)`.
fn lstm_backward<A: Scalar>(
    c: Array3<A>,
    caches: Vec<LstmStepCache<A>>,
    kept: &KeptWeights<A>,
    sizes: CellSizes,
    wrt: [bool; 5],
) -> (Array3<A>, Array2<A>, Array2<A>, Array2<A>, Array1<A>) {
    let [want_x, want_h0, want_wx, want_wh, want_b] = wrt;
    let (CellSizes { n, d, h }, steps) = (sizes, caches.len());
    assert_cotangent_shape("lstm", c.shape(), &[n, steps, h]);
    let mut dx = Array3::zeros(if want_x { (n, steps, d) } else { (0, 0, 0) });
    let mut weights = WeightCotangents::zeros(sizes, GATES * h, [want_wx, want_wh, want_b]);
    // The cotangents of the hidden and cell states the next step received.
    let (mut carried_h, mut carried_c) = (Array2::zeros((n, h)), Array2::zeros((n, h)));
    for (t, cache) in caches.into_iter().enumerate().rev() {
        let mut d_h = c.index_axis(Axis(1), t).to_owned();
        add_into(&mut d_h, &carried_h);
        let (da, d_prev_c) = cache.preactivation_cotangent(&d_h, carried_c);
        carried_c = d_prev_c;
        weights.add_step(&da, cache.x.as_ref(), cache.prev_h.as_ref());
        if want_x {
            kept.input_cotangent_into(&da, dx.index_axis_mut(Axis(1), t));
        }
        if t > 0 || want_h0 {
            carried_h = kept.state_cotangent(&da);
        }
    }
    let dh0 = if want_h0 {
        carried_h
    } else {
        Array2::zeros((0, 0))
    };
    let (dwx, dwh, db) = weights.into_parts();
    (dx, dh0, dwx, dwh, db)
}
