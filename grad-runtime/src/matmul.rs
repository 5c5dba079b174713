//! The matrix products of the rules and layers, in one place: ndarray's `dot` and
//! `general_mat_mul` (matrixmultiply, one thread) by default; with the `parallel` feature,
//! products of at least [`GEMM_MIN_WORK`] multiply-adds go to the `gemm` crate, on the calling
//! thread, or split across rayon's current thread pool from [`PARALLEL_MIN_WORK`] on (never
//! inside a shard of [`crate::parallel::batch_grad`], whose shards already use every thread).
//!
//! Why `gemm` and not ndarray's `matrixmultiply-threading` (issue 17; figures in BENCHMARKS.md,
//! "Every core"): matrixmultiply's threads are a build-wide switch (a feature of ndarray, so on
//! for every `dot` of every crate in the build), their count read once per process from
//! `MATMUL_NUM_THREADS` and capped at 4; `gemm` takes the count per call, shares rayon's pool
//! with [`crate::parallel`], and was the faster of the two on one thread on the benches'
//! shapes. Its threads split the output into blocks and each element's sum over `k` runs in the
//! same order whatever the thread count, so a product's bits do not depend on the number of
//! threads (tested); they differ from matrixmultiply's in the last places, which is why the
//! feature is off by default.

use ndarray::{Array2, ArrayBase, Data, DataMut, Ix2};

use crate::Scalar;

/// The size, in multiply-adds `m·k·n`, from which the `parallel` feature hands a product to
/// `gemm` (below it, ndarray's `dot`, as without the feature). 64·64·64: below it the two are
/// as fast, and ndarray's bits are kept.
pub const GEMM_MIN_WORK: usize = 64 * 64 * 64;

/// The size, in multiply-adds `m·k·n`, from which the `parallel` feature splits one product
/// across the threads of rayon's current pool (below it, `gemm` on the calling thread):
/// 256·256·256. Smaller products, such as the MNIST-sized MLP's `64·784·128`, ran slower on
/// two threads than on one (BENCHMARKS.md, "Every core"): the waking and the split packing
/// cost more than half the product. Inside a shard of [`crate::parallel::batch_grad`] no
/// product is split, whatever its size: the shards already keep every thread busy.
pub const PARALLEL_MIN_WORK: usize = 256 * 256 * 256;

/// The matrix product `a · b`, `(m, k) · (k, n) → (m, n)`: `c[i, j] = Σ_l a[i, l] b[l, j]`.
///
/// ndarray's `a.dot(b)`, to the same bits, unless the `parallel` feature is on and the product
/// is large (see the [module](self)).
///
/// ```
/// use grad_runtime::matmul::mat_mul;
/// use grad_runtime::ndarray::array;
///
/// assert_eq!(mat_mul(&array![[1.0, 2.0]], &array![[3.0], [4.0]]), array![[11.0]]);
/// ```
///
/// **Panics** if `a`'s columns are not `b`'s rows.
#[track_caller]
pub fn mat_mul<A, S1, S2>(a: &ArrayBase<S1, Ix2>, b: &ArrayBase<S2, Ix2>) -> Array2<A>
where
    A: Scalar,
    S1: Data<Elem = A>,
    S2: Data<Elem = A>,
{
    #[cfg(feature = "parallel")]
    if backend::takes(a, b) {
        let mut c = Array2::zeros((a.nrows(), b.ncols()));
        backend::gemm_into(A::one(), a, b, A::zero(), &mut c);
        return c;
    }
    a.dot(b)
}

/// The product into an existing matrix, BLAS's GEMM: `c ← α a·b + β c`, with `c` `(m, n)`.
/// With `β = 0`, `c`'s elements are not read (they may be anything, NaN included).
///
/// ndarray's `general_mat_mul`, to the same bits, unless the `parallel` feature is on and the
/// product is large (see the [module](self)).
///
/// ```
/// use grad_runtime::matmul::mat_mul_into;
/// use grad_runtime::ndarray::array;
///
/// let mut c = array![[1.0]];
/// mat_mul_into(2.0, &array![[1.0, 2.0]], &array![[3.0], [4.0]], 1.0, &mut c);
/// assert_eq!(c, array![[23.0]]);
/// ```
///
/// **Panics** if the shapes do not match.
#[track_caller]
pub fn mat_mul_into<A, S1, S2, S3>(
    alpha: A,
    a: &ArrayBase<S1, Ix2>,
    b: &ArrayBase<S2, Ix2>,
    beta: A,
    c: &mut ArrayBase<S3, Ix2>,
) where
    A: Scalar,
    S1: Data<Elem = A>,
    S2: Data<Elem = A>,
    S3: DataMut<Elem = A>,
{
    #[cfg(feature = "parallel")]
    if backend::takes(a, b) && backend::fits(c) {
        backend::gemm_into(alpha, a, b, beta, c);
        return;
    }
    ndarray::linalg::general_mat_mul(alpha, a, b, beta, c);
}

#[cfg(feature = "parallel")]
mod backend {
    use ndarray::{ArrayBase, Data, DataMut, Ix2};

    use super::{GEMM_MIN_WORK, PARALLEL_MIN_WORK};
    use crate::Scalar;

    /// Whether `gemm` takes `a · b`: large enough, and strides `gemm` reads (not negative).
    pub(super) fn takes<A, S1, S2>(a: &ArrayBase<S1, Ix2>, b: &ArrayBase<S2, Ix2>) -> bool
    where
        A: Scalar,
        S1: Data<Elem = A>,
        S2: Data<Elem = A>,
    {
        let work = a
            .nrows()
            .saturating_mul(a.ncols())
            .saturating_mul(b.ncols());
        work >= GEMM_MIN_WORK && non_negative(a.strides()) && non_negative(b.strides())
    }

    /// Whether `c` has strides `gemm` writes through.
    pub(super) fn fits<A, S: Data<Elem = A>>(c: &ArrayBase<S, Ix2>) -> bool {
        non_negative(c.strides())
    }

    fn non_negative(strides: &[isize]) -> bool {
        strides.iter().all(|&s| s >= 0)
    }

    /// `c ← α a·b + β c` with `gemm`, on rayon's current pool.
    #[track_caller]
    pub(super) fn gemm_into<A, S1, S2, S3>(
        alpha: A,
        a: &ArrayBase<S1, Ix2>,
        b: &ArrayBase<S2, Ix2>,
        beta: A,
        c: &mut ArrayBase<S3, Ix2>,
    ) where
        A: Scalar,
        S1: Data<Elem = A>,
        S2: Data<Elem = A>,
        S3: DataMut<Elem = A>,
    {
        let ((m, k), (k2, n)) = (a.dim(), b.dim());
        assert!(
            k == k2 && c.dim() == (m, n),
            "mat_mul: shapes {:?} · {:?} into {:?} do not match",
            a.shape(),
            b.shape(),
            c.shape()
        );
        let threads = rayon::current_num_threads();
        let split = threads > 1
            && !crate::parallel::in_shard()
            && m.saturating_mul(k).saturating_mul(n) >= PARALLEL_MIN_WORK;
        let parallelism = if split {
            gemm::Parallelism::Rayon(threads)
        } else {
            gemm::Parallelism::None
        };
        let (a_s, b_s) = (a.strides(), b.strides());
        let c_s = [c.strides()[0], c.strides()[1]];
        // `gemm` computes dst ← alpha·dst + beta·lhs·rhs: its alpha is our β, its beta our α;
        // with β = 0 it must not read `c` (which may hold NaN).
        let read_c = beta != A::zero();
        // SAFETY: the pointers and strides (in elements, none negative: `takes` and `fits`)
        // are those of live ndarray arrays of shapes (m, k), (k, n) and (m, n), checked above,
        // so every element `gemm` reads or writes lies inside them; `c` is borrowed mutably,
        // so it aliases neither `a` nor `b`. `A` is `f32` or `f64` (this crate's `Scalar`s);
        // for any other type `gemm` panics before it touches memory.
        unsafe {
            gemm::gemm(
                m,
                n,
                k,
                c.as_mut_ptr(),
                c_s[1],
                c_s[0],
                read_c,
                a.as_ptr(),
                a_s[1],
                a_s[0],
                b.as_ptr(),
                b_s[1],
                b_s[0],
                beta,
                alpha,
                false,
                false,
                false,
                parallelism,
            );
        }
    }
}
