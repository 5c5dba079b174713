//! Two-dimensional convolution (cs231n's `conv_forward` / `conv_backward`): im2col and one
//! matrix product forward; backward, per sample, two matrix products and col2im.

use ndarray::{Array1, Array2, Array4, ArrayBase, Axis, Data, Ix1, Ix4, s};

use crate::Scalar;
use crate::matmul::{mat_mul, mat_mul_into};

/// The sizes of one convolution: input `(n, c, h, w)`, filters `(f, c, hh, ww)`, output
/// `(n, f, ho, wo)`.
#[derive(Clone, Copy, Debug)]
struct Geometry {
    n: usize,
    c: usize,
    h: usize,
    w: usize,
    f: usize,
    hh: usize,
    ww: usize,
    stride: usize,
    pad: usize,
    ho: usize,
    wo: usize,
}

impl Geometry {
    /// Checks the shapes and works out the output's.
    #[track_caller]
    fn new(
        x: (usize, usize, usize, usize),
        w: (usize, usize, usize, usize),
        b: usize,
        stride: usize,
        pad: usize,
    ) -> Self {
        let (n, c, h, wd) = x;
        let (f, wc, hh, ww) = w;
        let xs = [n, c, h, wd];
        let ws = [f, wc, hh, ww];
        assert!(
            c == wc,
            "conv2d: channel mismatch: x has shape {xs:?} (C = {c}) but w has shape {ws:?} (C = {wc})"
        );
        assert!(
            b == f,
            "conv2d: bias length mismatch: b has length {b} but w has shape {ws:?} (F = {f})"
        );
        assert!(
            hh > 0 && ww > 0,
            "conv2d: empty kernel: w has shape {ws:?} (HH and WW must be at least 1)"
        );
        assert!(stride > 0, "conv2d: stride must be at least 1, got 0");
        assert!(
            hh <= h + 2 * pad && ww <= wd + 2 * pad,
            "conv2d: window does not fit: kernel {hh}x{ww} (w has shape {ws:?}) is larger than \
             the padded image {}x{} (x has shape {xs:?}, pad = {pad})",
            h + 2 * pad,
            wd + 2 * pad
        );
        Self {
            n,
            c,
            h,
            w: wd,
            f,
            hh,
            ww,
            stride,
            pad,
            ho: 1 + (h + 2 * pad - hh) / stride,
            wo: 1 + (wd + 2 * pad - ww) / stride,
        }
    }

    /// Rows of the im2col matrix: one per filter tap `(c, i, j)`.
    fn taps(&self) -> usize {
        self.c * self.hh * self.ww
    }

    /// Columns of the im2col matrix: one per output position `(n, oh, ow)`.
    fn positions(&self) -> usize {
        self.n * self.ho * self.wo
    }
}

/// The output indices `o` in `lo..hi` whose input index `o * stride + k - pad` lies in
/// `0..len`: the rest read the zero padding.
fn valid_range(k: usize, len: usize, out_len: usize, stride: usize, pad: usize) -> (usize, usize) {
    let lo = (pad.saturating_sub(k)).div_ceil(stride).min(out_len);
    let hi = if len + pad > k {
        ((len - 1 + pad - k) / stride + 1).min(out_len)
    } else {
        0
    };
    (lo, hi.max(lo))
}

/// The im2col matrix of a standard-layout input, `(C·HH·WW, N·H'·W')` row-major: row
/// `(c, i, j)`, column `(n, oh, ow)` holds `x̃[n, c, oh·s + i, ow·s + j]` (`x̃` zero-padded).
/// Every element is written once, in memory order.
fn im2col<A: Scalar>(x: &[A], g: &Geometry) -> Vec<A> {
    let Geometry {
        n,
        c,
        h,
        w,
        hh,
        ww,
        stride: s,
        pad: p,
        ho,
        wo,
        ..
    } = *g;
    let mut cols = Vec::with_capacity(g.taps() * g.positions());
    for ci in 0..c {
        for i in 0..hh {
            let (oh_lo, oh_hi) = valid_range(i, h, ho, s, p);
            for j in 0..ww {
                let (ow_lo, ow_hi) = valid_range(j, w, wo, s, p);
                let count = ow_hi - ow_lo;
                for ni in 0..n {
                    let plane = &x[(ni * c + ci) * h * w..][..h * w];
                    cols.resize(cols.len() + oh_lo * wo, A::ZERO);
                    for oh in oh_lo..oh_hi {
                        let row = &plane[(oh * s + i - p) * w..][..w];
                        cols.resize(cols.len() + ow_lo, A::ZERO);
                        if count > 0 {
                            let start = ow_lo * s + j - p;
                            if s == 1 {
                                cols.extend_from_slice(&row[start..start + count]);
                            } else {
                                cols.extend(row[start..].iter().step_by(s).take(count).copied());
                            }
                        }
                        cols.resize(cols.len() + wo - ow_hi, A::ZERO);
                    }
                    cols.resize(cols.len() + (ho - oh_hi) * wo, A::ZERO);
                }
            }
        }
    }
    debug_assert_eq!(cols.len(), g.taps() * g.positions());
    cols
}

/// The adjoint of [`im2col`] for one sample: adds each entry of the `(C·HH·WW, H'·W')` block
/// of `cols` (row-major, `columns` columns) that starts at column `first` into the input
/// position it was read from, in `dx`, that sample's standard-layout `(C, H, W)` gradient;
/// entries read from the padding are dropped. For sample `n` of the whole im2col matrix,
/// `columns = N·H'·W'` and `first = n·H'·W'`; for one sample's own block, `H'·W'` and 0.
fn col2im_sample<A: Scalar>(cols: &[A], columns: usize, first: usize, g: &Geometry, dx: &mut [A]) {
    let Geometry {
        h,
        w,
        hh,
        ww,
        stride: s,
        pad: p,
        ho,
        wo,
        ..
    } = *g;
    for (ci, plane) in dx.chunks_exact_mut(h * w).enumerate() {
        for i in 0..hh {
            let (oh_lo, oh_hi) = valid_range(i, h, ho, s, p);
            for j in 0..ww {
                let (ow_lo, ow_hi) = valid_range(j, w, wo, s, p);
                if ow_hi == ow_lo {
                    continue;
                }
                let r = (ci * hh + i) * ww + j;
                let block = &cols[r * columns + first..][..ho * wo];
                let start = ow_lo * s + j - p;
                for oh in oh_lo..oh_hi {
                    let row = &mut plane[(oh * s + i - p) * w..][..w];
                    let src = &block[oh * wo + ow_lo..oh * wo + ow_hi];
                    if s == 1 {
                        for (d, &v) in row[start..start + src.len()].iter_mut().zip(src) {
                            *d += v;
                        }
                    } else {
                        for (d, &v) in row[start..].iter_mut().step_by(s).zip(src) {
                            *d += v;
                        }
                    }
                }
            }
        }
    }
}

/// The im2col matrix `(C·HH·WW, N·H'·W')` of `x`, whatever its memory layout.
fn im2col_matrix<A: Scalar, S: Data<Elem = A>>(x: &ArrayBase<S, Ix4>, g: &Geometry) -> Array2<A> {
    let x = x.as_standard_layout();
    let x = x.as_slice().expect("standard layout is contiguous");
    Array2::from_shape_vec((g.taps(), g.positions()), im2col(x, g))
        .expect("im2col fills the whole matrix")
}

/// `w` as the `(F, C·HH·WW)` matrix whose row `f` is filter `f` flattened.
fn filter_matrix<A: Scalar, S: Data<Elem = A>>(w: &ArrayBase<S, Ix4>, g: &Geometry) -> Array2<A> {
    Array2::from_shape_vec((g.f, g.taps()), w.iter().copied().collect())
        .expect("w has F·C·HH·WW elements")
}

/// The product `W · cols` `(F, N·H'·W')`: the one matrix multiplication of the forward sweep.
fn product<A: Scalar>(w_mat: &Array2<A>, cols: &Array2<A>) -> Array2<A> {
    mat_mul(w_mat, cols)
}

/// The product `(F, N·H'·W')` plus the bias, laid out as the `(N, F, H', W')` output.
fn output<A: Scalar, S: Data<Elem = A>>(
    product: &Array2<A>,
    b: &ArrayBase<S, Ix1>,
    g: &Geometry,
) -> Array4<A> {
    let product = product.as_standard_layout();
    let product = product.as_slice().expect("standard layout is contiguous");
    let (plane, m) = (g.ho * g.wo, g.positions());
    let mut out = Vec::with_capacity(g.n * g.f * plane);
    for ni in 0..g.n {
        for (fi, &bias) in b.iter().enumerate() {
            let src = &product[fi * m + ni * plane..][..plane];
            out.extend(src.iter().map(|&v| v + bias));
        }
    }
    Array4::from_shape_vec((g.n, g.f, g.ho, g.wo), out).expect("the output has N·F·H'·W' elements")
}

/// Two-dimensional convolution of a batch of images: cross-correlation with zero padding, as in
/// cs231n (`conv_forward_naive`), computed as im2col and one matrix product.
///
/// `x` is `(N, C, H, W)`, the filters `w` are `(F, C, HH, WW)`, the bias `b` is `(F,)`; the output
/// is `(N, F, H', W')` with `H' = 1 + (H + 2·pad - HH) / stride` and
/// `W' = 1 + (W + 2·pad - WW) / stride` (integer division: when the padded image does not tile
/// exactly, the last rows or columns are never read, and their gradient is zero):
///
/// ```text
/// out[n, f, i, j] = b[f] + Σ_{c, k, l} w[f, c, k, l] · x̃[n, c, i·stride + k, j·stride + l]
/// ```
///
/// where `x̃` is `x` with `pad` zeros on every side of each image. The "valid" convolution is
/// `stride = 1`, `pad = 0`. The function is bilinear in `(x, w)` and affine in `b`, so it is
/// differentiable everywhere (see [`conv2d_vjp`] for the pullback).
///
/// **Panics** if `x` and `w` have different channel counts `C`, if `b`'s length is not `F`, if
/// the kernel is empty, if `stride` is 0, or if the kernel does not fit in the padded image; the
/// message names `conv2d` and the shapes.
#[track_caller]
pub fn conv2d<A: Scalar, S1: Data<Elem = A>, S2: Data<Elem = A>, S3: Data<Elem = A>>(
    x: &ArrayBase<S1, Ix4>,
    w: &ArrayBase<S2, Ix4>,
    b: &ArrayBase<S3, Ix1>,
    stride: usize,
    pad: usize,
) -> Array4<A> {
    let g = Geometry::new(x.dim(), w.dim(), b.len(), stride, pad);
    let cols = im2col_matrix(x, &g);
    let product = product(&filter_matrix(w, &g), &cols);
    // Freed before the output is allocated, the im2col matrix's memory can hold the output: the
    // call's peak footprint stays at im2col + product (this matters when the allocator hands
    // freed memory back to the system and first touches are expensive).
    drop(cols);
    output(&product, b, &g)
}

/// [`conv2d`] and its pullback. With `W` the `(F, C·HH·WW)` filter matrix, `X` the im2col
/// matrix `(C·HH·WW, N·H'·W')` kept from the forward sweep (`out = W · X + b`, rearranged), and,
/// for each sample `n`, `D_n = dout[n]` as an `(F, H'·W')` matrix and `X_n` the `H'·W'` columns
/// of `X` that belong to sample `n`:
///
/// ```text
/// db[f] = Σ_{n, i, j} dout[n, f, i, j]
/// dw    = Σ_n D_n · X_nᵀ              (reshaped to (F, C, HH, WW))
/// dx[n] = col2im(Wᵀ · D_n)            (entries that fall on the padding are dropped)
/// ```
///
/// i.e. `dw = D · Xᵀ` and `dx = col2im(Wᵀ · D)` for `D` the cotangent as `(F, N·H'·W')`, taken a
/// sample at a time so that `D` is read in place (no rearranged copy) and each `Wᵀ · D_n` is
/// scattered while it is in cache. The pullback owns what it needs (the im2col matrix and a copy
/// of `w`), so it borrows none of the arguments, and writes `Wᵀ · D_n` over `X_n` rather than
/// allocating: its only large allocation is `dx`. It returns `(dx, dw, db, (), ())`, nothing for
/// `stride` and `pad`.
///
/// In a network's first layer the images are data, and `dx` (a matrix product as large as the
/// forward one, and col2im) is thrown away: [`conv2d_vjp_wrt`] skips it. This rule reads which
/// cotangents are needed from the call's scope ([`crate::wrt`], name `"conv2d"`, the first
/// three of its five arguments), which `#[differentiate]` opens around each call: there it is
/// `conv2d_vjp_wrt` with the call's mask, and the pullback returns empty arrays for the
/// arguments that are not differentiated. Called directly, outside such a scope, it computes all
/// three.
///
/// **Panics** as [`conv2d`]; the pullback panics if the cotangent's shape is not the output's.
#[track_caller]
pub fn conv2d_vjp<A: Scalar, S1: Data<Elem = A>, S2: Data<Elem = A>, S3: Data<Elem = A>>(
    x: &ArrayBase<S1, Ix4>,
    w: &ArrayBase<S2, Ix4>,
    b: &ArrayBase<S3, Ix1>,
    stride: usize,
    pad: usize,
) -> (
    Array4<A>,
    impl FnOnce(Array4<A>) -> (Array4<A>, Array4<A>, Array1<A>, (), ()) + use<A, S1, S2, S3>,
) {
    let [want_x, want_w, want_b, _, _] = crate::wrt::take::<5>("conv2d");
    conv2d_vjp_wrt(x, w, b, stride, pad, [want_x, want_w, want_b])
}

/// [`conv2d_vjp`] computing only the cotangents asked for: `wrt[k]` says whether the `k`-th
/// argument (`x`, `w`, `b`) is differentiated (`stride` and `pad` never are). The pullback
/// returns an empty array (no elements, no allocation) in place of each cotangent not asked for,
/// and computes the others as [`conv2d_vjp`] does, to the same bits:
///
/// ```text
/// db[f] = Σ_{n, i, j} dout[n, f, i, j]     needs nothing kept
/// dw    = Σ_n D_n · X_nᵀ                   needs the im2col matrix X
/// dx[n] = col2im(Wᵀ · D_n)                 needs the filter matrix W
/// ```
///
/// The forward keeps only what those need, and frees the rest before the output is allocated.
/// When `dx` is asked without `dw`, `Wᵀ · D_n` goes to one sample's `(C·HH·WW, H'·W')` buffer
/// instead of over `X_n`, so that `X` is not kept just for that.
///
/// For a first layer, `conv2d_vjp_wrt(x, w, b, stride, pad, [false, true, true])` saves, per
/// sample, the product `Wᵀ · D_n` and its col2im, the `N·C·H·W` cotangent, and the copy of `w`.
///
/// **Panics** as [`conv2d`]; the pullback panics if the cotangent's shape is not the output's.
#[track_caller]
pub fn conv2d_vjp_wrt<A: Scalar, S1: Data<Elem = A>, S2: Data<Elem = A>, S3: Data<Elem = A>>(
    x: &ArrayBase<S1, Ix4>,
    w: &ArrayBase<S2, Ix4>,
    b: &ArrayBase<S3, Ix1>,
    stride: usize,
    pad: usize,
    wrt: [bool; 3],
) -> (
    Array4<A>,
    impl FnOnce(Array4<A>) -> (Array4<A>, Array4<A>, Array1<A>, (), ()) + use<A, S1, S2, S3>,
) {
    let g = Geometry::new(x.dim(), w.dim(), b.len(), stride, pad);
    let [want_x, want_w, want_b] = wrt;
    let cols = im2col_matrix(x, &g);
    let w_mat = filter_matrix(w, &g);
    let product = product(&w_mat, &cols);
    // `X` for `dw` (and, when `dx` is asked too, as the buffer of `Wᵀ · D_n`), `W` for `dx`.
    let mut cols = want_w.then_some(cols);
    let w_mat = want_x.then_some(w_mat);
    let out = output(&product, b, &g);
    drop(product);

    let conv2d_pullback = move |dout: Array4<A>| {
        let expected = [g.n, g.f, g.ho, g.wo];
        assert!(
            dout.shape() == expected,
            "conv2d pullback: the cotangent has shape {:?} but the output has shape {expected:?}",
            dout.shape()
        );
        let dout = dout.as_standard_layout();
        let plane = g.ho * g.wo;
        // Sample by sample, `dout[n]` is the (F, H'·W') block D_n of D and X_n the columns
        // `n·H'·W'..` of X: dW = Σ_n D_n · X_nᵀ, then X_n is overwritten with dX_n = Wᵀ · D_n
        // and scattered into dx[n] while it is in cache. No (F, N·H'·W') copy of D is made.
        let dout = dout
            .view()
            .into_shape_with_order((g.n, g.f, plane))
            .expect("standard layout reshapes");
        let sized = |want: bool, len: usize| if want { len } else { 0 };
        let mut dw = Array2::from_elem((sized(want_w, g.f), sized(want_w, g.taps())), A::ZERO);
        let mut db = Array1::from_elem(sized(want_b, g.f), A::ZERO);
        let sample = g.c * g.h * g.w;
        let mut dx = vec![A::ZERO; sized(want_x, g.n * sample)];
        // dX_n's buffer when X is not kept.
        let mut dx_n_cols = Array2::from_elem(
            (
                sized(want_x && !want_w, g.taps()),
                sized(want_x && !want_w, plane),
            ),
            A::ZERO,
        );
        for ni in 0..g.n {
            let d_n = dout.index_axis(Axis(0), ni);
            if want_b {
                for (dbf, row) in db.iter_mut().zip(d_n.rows()) {
                    // `sum` adds with several accumulators; a fold would be one long chain.
                    *dbf += row.sum();
                }
            }
            let dx_n = &mut dx[sized(want_x, ni * sample)..sized(want_x, (ni + 1) * sample)];
            if let Some(cols) = &mut cols {
                let mut x_n = cols.slice_mut(s![.., ni * plane..(ni + 1) * plane]);
                mat_mul_into(A::ONE, &d_n, &x_n.t(), A::ONE, &mut dw);
                if let Some(w_mat) = &w_mat {
                    mat_mul_into(A::ONE, &w_mat.t(), &d_n, A::ZERO, &mut x_n);
                    let dx_cols = cols
                        .as_slice()
                        .expect("the im2col matrix is standard layout");
                    col2im_sample(dx_cols, g.positions(), ni * plane, &g, dx_n);
                }
            } else if let Some(w_mat) = &w_mat {
                mat_mul_into(A::ONE, &w_mat.t(), &d_n, A::ZERO, &mut dx_n_cols);
                let dx_cols = dx_n_cols
                    .as_slice()
                    .expect("a new matrix is standard layout");
                col2im_sample(dx_cols, plane, 0, &g, dx_n);
            }
        }
        let dw = if want_w {
            dw.into_shape_with_order((g.f, g.c, g.hh, g.ww))
                .expect("dw has F·C·HH·WW elements")
        } else {
            Array4::zeros((0, 0, 0, 0))
        };
        let dx = if want_x {
            Array4::from_shape_vec((g.n, g.c, g.h, g.w), dx).expect("dx has N·C·H·W elements")
        } else {
            Array4::zeros((0, 0, 0, 0))
        };
        (dx, dw, db, (), ())
    };
    (out, conv2d_pullback)
}
