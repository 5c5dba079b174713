//! The candidates for grad-runtime's parallel matrix products (issue 17, "Every core"), on the
//! shapes the repository's benches multiply:
//!
//! - [`matrixmultiply`]: ndarray's own `dot`, here built with ndarray's
//!   `matrixmultiply-threading` feature; its thread count is read once per process from
//!   `MATMUL_NUM_THREADS` (1 to 4, the crate's cap), so the two counts are two runs;
//! - [`gemm_rayon`]: the `gemm` crate with `Parallelism::Rayon(threads)`, the count chosen per
//!   call.
//!
//! Both compute `C = A · B` for row-major `A (m, k)`, `B (k, n)`; the benchmark
//! (`benches/gemm_eval.rs`) times them on [`SHAPES`] and checks them against each other.

use ndarray::{Array2, ArrayView2};

/// A product `(m, k) · (k, n)` the examples or benches compute, and where.
#[derive(Clone, Copy, Debug)]
pub struct Shape {
    /// Where the product comes from.
    pub name: &'static str,
    pub m: usize,
    pub k: usize,
    pub n: usize,
}

/// The products of one step of the benches' MNIST-sized MLP (`benches/nn.rs`: batch 64,
/// 784 - 128 - 10, f32) and of the conv layer's im2col GEMM (`benches/nn.rs`: 8 images
/// 3x32x32, 16 filters 3x3: `W (16, 27) · X (27, 8192)`, and per image in the pullback
/// `D_n (16, 1024) · X_nᵀ`), and of the `train` example's conv net (f64: 32 digits 8x8,
/// 16 filters, hidden 256).
pub const SHAPES: [Shape; 8] = [
    Shape {
        name: "mlp x·w1",
        m: 64,
        k: 784,
        n: 128,
    },
    Shape {
        name: "mlp xᵀ·dh",
        m: 784,
        k: 64,
        n: 128,
    },
    Shape {
        name: "mlp h·w2",
        m: 64,
        k: 128,
        n: 10,
    },
    Shape {
        name: "conv W·X",
        m: 16,
        k: 27,
        n: 8192,
    },
    Shape {
        name: "conv D_n·X_nᵀ",
        m: 16,
        k: 1024,
        n: 27,
    },
    Shape {
        name: "conv Wᵀ·D_n",
        m: 27,
        k: 16,
        n: 1024,
    },
    Shape {
        name: "train conv W·X",
        m: 16,
        k: 9,
        n: 2048,
    },
    Shape {
        name: "train conv rows·w1",
        m: 32,
        k: 256,
        n: 256,
    },
];

/// `a · b` with ndarray's `dot` (matrixmultiply, threaded per `MATMUL_NUM_THREADS`).
pub fn matrixmultiply<A: ndarray::LinalgScalar>(a: &ArrayView2<A>, b: &ArrayView2<A>) -> Array2<A> {
    a.dot(b)
}

/// `a · b` with the `gemm` crate on `threads` rayon threads (1: no rayon).
///
/// **Panics** if the inner dimensions differ or `A` is not `f32` or `f64`.
pub fn gemm_rayon<A: ndarray::LinalgScalar>(
    a: &ArrayView2<A>,
    b: &ArrayView2<A>,
    threads: usize,
) -> Array2<A> {
    let ((m, k), (k2, n)) = (a.dim(), b.dim());
    assert_eq!(k, k2, "gemm_rayon: inner dimensions differ");
    let mut c = Array2::<A>::zeros((m, n));
    let parallelism = if threads > 1 {
        gemm::Parallelism::Rayon(threads)
    } else {
        gemm::Parallelism::None
    };
    let [a_rs, a_cs] = [a.strides()[0], a.strides()[1]];
    let [b_rs, b_cs] = [b.strides()[0], b.strides()[1]];
    // SAFETY: the pointers and strides are those of live ndarray views of shapes (m, k) and
    // (k, n), and of `c`, an owned (m, n) array that nothing else borrows; `read_dst` is false,
    // so `c`'s zeros are not read, and `gemm` writes only inside the (m, n) window.
    unsafe {
        gemm::gemm(
            m,
            n,
            k,
            c.as_mut_ptr(),
            1,
            n as isize,
            false,
            a.as_ptr(),
            a_cs,
            a_rs,
            b.as_ptr(),
            b_cs,
            b_rs,
            A::zero(),
            A::one(),
            false,
            false,
            false,
            parallelism,
        );
    }
    c
}
