//! `matmul::mat_mul` and `mat_mul_into`, the products of `dot`, `affine` and `conv2d`: without
//! the `parallel` feature, ndarray's `dot` and `general_mat_mul` to the bit; with it, products
//! large enough for `gemm` match ndarray's to rounding (relative 1e-13 in f64, 1e-5 in f32) and
//! are the same, bit for bit, on 1, 2 and 3 threads; transposed views, `β = 0` over a NaN and
//! `β = 1` accumulation.

use approx::assert_relative_eq;
use grad_runtime::matmul::{GEMM_MIN_WORK, PARALLEL_MIN_WORK, mat_mul, mat_mul_into};
use grad_runtime::ndarray::{Array2, linalg::general_mat_mul};
use grad_runtime::parallel::rayon::ThreadPoolBuilder;

mod common;

use common::Rng;

/// The shapes of the benches' MLP step and conv layer, one large enough to be split across
/// threads, and one below the threshold.
const SHAPES: [(usize, usize, usize); 5] = [
    (64, 784, 128),
    (784, 64, 128),
    (16, 27, 8192),
    (256, 256, 264),
    (3, 4, 5),
];

fn on_threads<T: Send>(threads: usize, f: impl FnOnce() -> T + Send) -> T {
    ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .expect("a thread pool")
        .install(f)
}

// The last shape is below the threshold (ndarray's path with the feature too), the others above;
// the fourth is split across the threads, the first three are not.
const _: () = assert!(
    3 * 4 * 5 < GEMM_MIN_WORK
        && 16 * 27 * 8192 >= GEMM_MIN_WORK
        && 64 * 784 * 128 < PARALLEL_MIN_WORK
        && 256 * 256 * 264 >= PARALLEL_MIN_WORK
);

#[test]
fn mat_mul_is_ndarray_dot_to_rounding() {
    let mut rng = Rng(1);
    for (m, k, n) in SHAPES {
        let (a, b) = (rng.array((m, k), 1.0), rng.array((k, n), 1.0));
        let expected = a.dot(&b);
        let c = mat_mul(&a, &b);
        if cfg!(feature = "parallel") {
            assert_relative_eq!(c, expected, max_relative = 1e-13, epsilon = 1e-13);
        } else {
            assert_eq!(c, expected);
        }
        // Transposed operands (column-major views), as the pullbacks pass them.
        let (at, bt) = (a.t().to_owned(), b.t().to_owned());
        let c = mat_mul(&at.t(), &bt.t());
        assert_relative_eq!(c, expected, max_relative = 1e-13, epsilon = 1e-13);
    }
}

#[test]
fn mat_mul_f32_is_ndarray_dot_to_rounding() {
    let mut rng = Rng(2);
    let (a, b) = (rng.array((64, 784), 1.0), rng.array((784, 128), 1.0));
    let (a, b) = (a.mapv(|v| v as f32), b.mapv(|v| v as f32));
    assert_relative_eq!(
        mat_mul(&a, &b),
        a.dot(&b),
        max_relative = 1e-5,
        epsilon = 1e-4
    );
}

#[test]
fn a_product_has_the_same_bits_on_any_number_of_threads() {
    let mut rng = Rng(3);
    for (m, k, n) in SHAPES {
        let (a, b) = (rng.array((m, k), 1.0), rng.array((k, n), 1.0));
        let one = on_threads(1, || mat_mul(&a, &b));
        for threads in [2, 3] {
            let many = on_threads(threads, || mat_mul(&a, &b));
            assert!(
                one.iter()
                    .zip(&many)
                    .all(|(x, y)| x.to_bits() == y.to_bits()),
                "{m}x{k}x{n} on {threads} threads differs from 1 thread"
            );
        }
    }
}

#[test]
fn mat_mul_into_is_general_mat_mul() {
    let mut rng = Rng(4);
    for (m, k, n) in SHAPES {
        let (a, b, c0) = (
            rng.array((m, k), 1.0),
            rng.array((k, n), 1.0),
            rng.array((m, n), 1.0),
        );
        for (alpha, beta) in [(1.0, 0.0), (0.5, 1.0), (2.0, -0.25)] {
            let mut expected = c0.clone();
            general_mat_mul(alpha, &a, &b, beta, &mut expected);
            let mut c = c0.clone();
            mat_mul_into(alpha, &a, &b, beta, &mut c);
            assert_relative_eq!(c, expected, max_relative = 1e-13, epsilon = 1e-13);
        }
        // β = 0 does not read `c`: a NaN there is overwritten.
        let mut c = Array2::from_elem((m, n), f64::NAN);
        mat_mul_into(1.0, &a, &b, 0.0, &mut c);
        assert_relative_eq!(c, a.dot(&b), max_relative = 1e-13, epsilon = 1e-13);
        // Into a transposed view (column-major), as conv2d's pullback writes.
        let mut ct = Array2::<f64>::zeros((n, m));
        let mut view = ct.view_mut().reversed_axes();
        mat_mul_into(1.0, &a, &b, 0.0, &mut view);
        assert_relative_eq!(ct.t(), a.dot(&b), max_relative = 1e-13, epsilon = 1e-13);
    }
}

#[test]
#[should_panic]
fn mismatched_shapes_panic() {
    let _ = mat_mul(
        &Array2::<f64>::zeros((64, 64)),
        &Array2::<f64>::zeros((63, 64)),
    );
}
