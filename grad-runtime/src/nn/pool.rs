//! Max pooling (cs231n's `max_pool_forward_naive` / `max_pool_backward_naive`).

use ndarray::{Array4, ArrayBase, Data, Ix4};

use crate::Scalar;

/// The sizes of one pooling: input `(n, c, h, w)`, window `ph x pw`, output `(n, c, ho, wo)`.
#[derive(Clone, Copy, Debug)]
struct Geometry {
    n: usize,
    c: usize,
    h: usize,
    w: usize,
    ph: usize,
    pw: usize,
    stride: usize,
    ho: usize,
    wo: usize,
}

impl Geometry {
    /// Checks the window and works out the output's shape.
    #[track_caller]
    fn new(x: (usize, usize, usize, usize), ph: usize, pw: usize, stride: usize) -> Self {
        let (n, c, h, w) = x;
        let xs = [n, c, h, w];
        assert!(
            ph > 0 && pw > 0,
            "max_pool2d: empty window: pool_h = {ph}, pool_w = {pw} (x has shape {xs:?})"
        );
        assert!(stride > 0, "max_pool2d: stride must be at least 1, got 0");
        assert!(
            ph <= h && pw <= w,
            "max_pool2d: window does not fit: pool {ph}x{pw} is larger than the image {h}x{w} \
             (x has shape {xs:?})"
        );
        Self {
            n,
            c,
            h,
            w,
            ph,
            pw,
            stride,
            ho: 1 + (h - ph) / stride,
            wo: 1 + (w - pw) / stride,
        }
    }
}

/// Max pooling of a standard-layout input, in output order. `record` is told, for every output
/// element, the flat index in `x` of the element chosen: the first maximum in row-major order
/// within the window, or the first NaN if the window has one.
fn pool<A: Scalar>(x: &[A], g: &Geometry, mut record: impl FnMut(usize)) -> Vec<A> {
    let Geometry {
        n,
        c,
        h,
        w,
        ph,
        pw,
        stride: s,
        ho,
        wo,
    } = *g;
    let mut out = Vec::with_capacity(n * c * ho * wo);
    for base in (0..n * c).map(|plane| plane * h * w) {
        let plane = &x[base..][..h * w];
        for oh in 0..ho {
            for ow in 0..wo {
                let corner = oh * s * w + ow * s;
                let (mut best, mut at) = (plane[corner], corner);
                for i in 0..ph {
                    let row = corner + i * w;
                    for (k, &v) in plane[row..row + pw].iter().enumerate() {
                        // Strictly greater: a tie keeps the earlier element. A NaN beats any
                        // number, and the first NaN is kept.
                        if v > best || (v.is_nan() && !best.is_nan()) {
                            (best, at) = (v, row + k);
                        }
                    }
                }
                out.push(best);
                record(base + at);
            }
        }
    }
    out
}

/// Max pooling over `pool_h x pool_w` windows moved by `stride` along each image of a batch, as
/// in cs231n: `x` is `(N, C, H, W)`, the output `(N, C, H', W')` with
/// `H' = 1 + (H - pool_h) / stride` and `W' = 1 + (W - pool_w) / stride` (no padding; integer
/// division, so trailing rows or columns no window covers are ignored and get zero gradient):
///
/// ```text
/// out[n, c, i, j] = max_{0 ≤ k < pool_h, 0 ≤ l < pool_w} x[n, c, i·stride + k, j·stride + l]
/// ```
///
/// **At ties** (several elements equal to the maximum) the gradient goes to the *first* maximum
/// of the window in row-major order (smallest `k`, then smallest `l`), the rule cs231n's naive
/// backward and `grad`'s contract use; the other elements get none. A window containing NaN
/// yields NaN, and its first NaN gets the gradient. See [`max_pool2d_vjp`].
///
/// **Panics** if `pool_h` or `pool_w` is 0, if `stride` is 0, or if the window does not fit in
/// the image (`pool_h > H` or `pool_w > W`); the message names `max_pool2d` and the shapes.
#[track_caller]
pub fn max_pool2d<A: Scalar, S: Data<Elem = A>>(
    x: &ArrayBase<S, Ix4>,
    pool_h: usize,
    pool_w: usize,
    stride: usize,
) -> Array4<A> {
    let g = Geometry::new(x.dim(), pool_h, pool_w, stride);
    let x = x.as_standard_layout();
    let x = x.as_slice().expect("standard layout is contiguous");
    let out = pool(x, &g, |_| {});
    Array4::from_shape_vec((g.n, g.c, g.ho, g.wo), out).expect("the output has N·C·H'·W' elements")
}

/// [`max_pool2d`] and its pullback: each output's cotangent is added to the input element the
/// forward sweep chose for that window (the first maximum, see [`max_pool2d`]), everything else
/// gets zero; where windows overlap (`stride < pool_h` or `stride < pool_w`) an element chosen by
/// several windows receives the sum:
///
/// ```text
/// dx[n, c, h, w] = Σ_{(i, j) : argmax(n, c, i, j) = (h, w)} dout[n, c, i, j]
/// ```
///
/// The pullback keeps only the chosen indices, not `x`, and returns `(dx, (), (), ())`.
///
/// **Panics** as [`max_pool2d`]; the pullback panics if the cotangent's shape is not the output's.
#[track_caller]
pub fn max_pool2d_vjp<A: Scalar, S: Data<Elem = A>>(
    x: &ArrayBase<S, Ix4>,
    pool_h: usize,
    pool_w: usize,
    stride: usize,
) -> (
    Array4<A>,
    impl FnOnce(Array4<A>) -> (Array4<A>, (), (), ()) + use<A, S>,
) {
    let g = Geometry::new(x.dim(), pool_h, pool_w, stride);
    let xs = x.as_standard_layout();
    let xs = xs.as_slice().expect("standard layout is contiguous");
    let mut argmax = Vec::with_capacity(g.n * g.c * g.ho * g.wo);
    let out = pool(xs, &g, |at| argmax.push(at));
    let out = Array4::from_shape_vec((g.n, g.c, g.ho, g.wo), out)
        .expect("the output has N·C·H'·W' elements");

    let max_pool2d_pullback = move |dout: Array4<A>| {
        let expected = [g.n, g.c, g.ho, g.wo];
        assert!(
            dout.shape() == expected,
            "max_pool2d pullback: the cotangent has shape {:?} but the output has shape {expected:?}",
            dout.shape()
        );
        let mut dx = vec![A::ZERO; g.n * g.c * g.h * g.w];
        // `iter` walks `dout` in row-major order whatever its layout: the order of `argmax`.
        for (&d, &at) in dout.iter().zip(&argmax) {
            dx[at] += d;
        }
        let dx = Array4::from_shape_vec((g.n, g.c, g.h, g.w), dx).expect("dx has N·C·H·W elements");
        (dx, (), (), ())
    };
    (out, max_pool2d_pullback)
}
