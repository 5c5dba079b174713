//! What the recurrent cells (`rnn.rs`, `lstm.rs`) share: the checks of their arguments' shapes,
//! the affine part of every step, `a = x · wx + prev_h · wh + b`, and its reverse sweep.
//!
//! Both cells compute pre-activations `a` of width `G·H` (`G = 1` for the RNN, `G = 4` for the
//! LSTM's four gates) from the input `x (N, D)` and the previous hidden state `prev_h (N, H)`,
//! then apply their nonlinearities. In the reverse sweep each cell turns the cotangent of its
//! outputs into the cotangent `da` of its pre-activations; the rest is linear and common:
//!
//! ```text
//! dx      = da · wxᵀ        needs wx
//! dprev_h = da · whᵀ        needs wh
//! dwx    += xᵀ · da         needs x
//! dwh    += prev_hᵀ · da    needs prev_h
//! db     += Σ_rows da
//! ```
//!
//! with the weights' cotangents summed over the steps of a sequence, which share the weights.

use ndarray::linalg::general_mat_mul;
use ndarray::{ArcArray2, Array1, Array2, ArrayBase, ArrayViewMut2, Data, Ix1, Ix2};

use crate::Scalar;

/// The sizes of a recurrent cell: batch `n`, input `d`, hidden `h`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct CellSizes {
    pub(super) n: usize,
    pub(super) d: usize,
    pub(super) h: usize,
}

/// The shapes of a recurrent cell's arguments, to check against each other.
pub(super) struct CellShapes<'a> {
    /// The operation, first word of every message.
    pub(super) op: &'static str,
    /// The width of the pre-activations in hidden sizes: 1 for the RNN, 4 for the LSTM.
    pub(super) gates: usize,
    /// `x`'s shape: `(N, D)` for a step, `(N, T, D)` for a sequence.
    pub(super) x: &'a [usize],
    /// The name of the hidden-state argument (`prev_h` or `h0`) and its shape, `(N, H)`.
    pub(super) state: (&'static str, &'a [usize]),
    pub(super) wx: &'a [usize],
    pub(super) wh: &'a [usize],
    pub(super) b: &'a [usize],
}

impl CellShapes<'_> {
    /// The sizes, once `wh` is `(H, G·H)`, `wx` is `(D, G·H)` for `x`'s `D`, `b` is `(G·H,)`
    /// and the state is `(N, H)` for `x`'s `N`.
    ///
    /// **Panics** otherwise, naming the operation, the arguments and their shapes.
    #[track_caller]
    pub(super) fn check(&self) -> CellSizes {
        let Self {
            op, x, wx, wh, b, ..
        } = *self;
        let (h, width) = (wh[0], wh[1]);
        let expected = match self.gates {
            1 => "(H, H)".to_owned(),
            gates => format!("(H, {gates}H)"),
        };
        assert!(
            width == self.gates * h,
            "{op}: wh of shape {wh:?} is not {expected}"
        );
        assert!(
            wx[1] == width,
            "{op}: wx of shape {wx:?} and wh of shape {wh:?} do not fit (wx needs {width} columns, as wh)"
        );
        let (n, d) = (x[0], x[x.len() - 1]);
        assert!(
            wx[0] == d,
            "{op}: x of shape {x:?} and wx of shape {wx:?} do not fit (x has {d} features, wx {} rows)",
            wx[0]
        );
        assert!(
            b[0] == width,
            "{op}: b of shape {b:?} for wh of shape {wh:?} (b needs {width} elements, one per column of wh)"
        );
        let (name, state) = self.state;
        assert!(
            state == [n, h],
            "{op}: {name} of shape {state:?} for x of shape {x:?} and wh of shape {wh:?} ({name} must be [{n}, {h}])"
        );
        CellSizes { n, d, h }
    }
}

/// The pre-activations of a step, `x · wx + prev_h · wh + b`: two matrix products into one
/// array (ndarray's `general_mat_mul`), and the bias added to every row.
pub(super) fn preactivation<A, S1, S2, S3, S4, S5>(
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
    let mut a = x.dot(wx);
    general_mat_mul(A::one(), prev_h, wh, A::one(), &mut a);
    a.zip_mut_with(b, |a, &b| *a += b);
    a
}

/// Adds `b` to `a`, elementwise (`Scalar` promises `+`, not `+=`).
pub(super) fn add_into<A: Scalar>(a: &mut Array2<A>, b: &Array2<A>) {
    a.zip_mut_with(b, |a, &b| *a += b);
}

/// The weights the reverse sweep multiplies cotangents by, kept from the forward sweep: `wx`
/// for `dx = da · wxᵀ`, `wh` for `dprev_h = da · whᵀ`, each only if that cotangent is asked for.
/// Shared (`ArcArray`), so that every step of a sequence uses one copy.
pub(super) struct KeptWeights<A> {
    wx: Option<ArcArray2<A>>,
    wh: Option<ArcArray2<A>>,
}

impl<A: Scalar> KeptWeights<A> {
    /// Keeps `wx` if `want_x` and `wh` if `want_h`.
    pub(super) fn keep<S3: Data<Elem = A>, S4: Data<Elem = A>>(
        wx: &ArrayBase<S3, Ix2>,
        wh: &ArrayBase<S4, Ix2>,
        want_x: bool,
        want_h: bool,
    ) -> Self {
        KeptWeights {
            wx: want_x.then(|| wx.to_shared()),
            wh: want_h.then(|| wh.to_shared()),
        }
    }

    /// Writes `da · wxᵀ` over `dx`; does nothing if `wx` was not kept.
    pub(super) fn input_cotangent_into(&self, da: &Array2<A>, mut dx: ArrayViewMut2<A>) {
        if let Some(wx) = &self.wx {
            general_mat_mul(A::one(), da, &wx.t(), A::zero(), &mut dx);
        }
    }

    /// `da · wxᵀ`, or an empty array if `wx` was not kept.
    pub(super) fn input_cotangent(&self, da: &Array2<A>) -> Array2<A> {
        match &self.wx {
            Some(wx) => da.dot(&wx.t()),
            None => Array2::zeros((0, 0)),
        }
    }

    /// `da · whᵀ`, or an empty array if `wh` was not kept.
    pub(super) fn state_cotangent(&self, da: &Array2<A>) -> Array2<A> {
        match &self.wh {
            Some(wh) => da.dot(&wh.t()),
            None => Array2::zeros((0, 0)),
        }
    }
}

/// The cotangents of `wx`, `wh` and `b`, summed over the steps that share them; `None` for
/// those not asked for.
pub(super) struct WeightCotangents<A> {
    wx: Option<Array2<A>>,
    wh: Option<Array2<A>>,
    b: Option<Array1<A>>,
}

impl<A: Scalar> WeightCotangents<A> {
    /// Zero cotangents of `wx (D, width)`, `wh (H, width)` and `b (width,)`, for those of
    /// `[wx, wh, b]` that `want` asks for.
    pub(super) fn zeros(sizes: CellSizes, width: usize, want: [bool; 3]) -> Self {
        let [want_wx, want_wh, want_b] = want;
        WeightCotangents {
            wx: want_wx.then(|| Array2::zeros((sizes.d, width))),
            wh: want_wh.then(|| Array2::zeros((sizes.h, width))),
            b: want_b.then(|| Array1::zeros(width)),
        }
    }

    /// Adds one step's contributions: `xᵀ · da` to `wx`'s, `prev_hᵀ · da` to `wh`'s (in place,
    /// with `general_mat_mul`) and `Σ_rows da` to `b`'s. `x` and `prev_h` are `Some` exactly
    /// when the forward sweep kept them, that is when `wx`'s and `wh`'s are asked for.
    pub(super) fn add_step(
        &mut self,
        da: &Array2<A>,
        x: Option<&Array2<A>>,
        prev_h: Option<&Array2<A>>,
    ) {
        if let (Some(dwx), Some(x)) = (&mut self.wx, x) {
            general_mat_mul(A::one(), &x.t(), da, A::one(), dwx);
        }
        if let (Some(dwh), Some(prev_h)) = (&mut self.wh, prev_h) {
            general_mat_mul(A::one(), &prev_h.t(), da, A::one(), dwh);
        }
        if let Some(db) = &mut self.b {
            for row in da.rows() {
                db.zip_mut_with(&row, |db, &v| *db += v);
            }
        }
    }

    /// `(dwx, dwh, db)`, an empty array for each not asked for.
    pub(super) fn into_parts(self) -> (Array2<A>, Array2<A>, Array1<A>) {
        (
            self.wx.unwrap_or_else(|| Array2::zeros((0, 0))),
            self.wh.unwrap_or_else(|| Array2::zeros((0, 0))),
            self.b.unwrap_or_else(|| Array1::zeros(0)),
        )
    }
}
