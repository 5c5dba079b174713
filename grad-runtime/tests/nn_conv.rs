//! `grad::nn` convolution, max pooling and batch normalisation: values against direct-loop
//! references and known numbers, pullbacks against central differences in f64, the tie rule of
//! max pooling, f32 smoke tests, and the shape errors.

use grad_runtime::nn::{
    batch_norm, batch_norm_vjp, conv2d, conv2d_vjp, conv2d_vjp_wrt, max_pool2d, max_pool2d_vjp,
};
use ndarray::{Array, Array1, Array2, Array4, ArrayView4, Dimension, ShapeBuilder, array, s};

// ---------------------------------------------------------------------------------------------
// Helpers: a deterministic generator, central differences, cs231n's relative error.

/// xorshift64*: deterministic uniform numbers without a dependency.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Self {
        Self(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    /// Uniform in [-1, 1).
    fn uniform(&mut self) -> f64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        let bits = self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 11;
        bits as f64 / (1u64 << 52) as f64 - 1.0
    }
    fn array<Sh: ShapeBuilder>(&mut self, shape: Sh) -> Array<f64, Sh::Dim> {
        Array::from_shape_simple_fn(shape, || self.uniform())
    }
    fn below(&mut self, n: usize) -> usize {
        ((self.uniform() + 1.0) / 2.0 * n as f64) as usize % n
    }
}

/// The gradient of `f` at `x` by central differences, element by element.
fn numerical_gradient<D: Dimension>(
    f: impl Fn(&Array<f64, D>) -> f64,
    x: &Array<f64, D>,
    h: f64,
) -> Array<f64, D> {
    let mut x = x.clone();
    let mut grad = Array::zeros(x.raw_dim());
    for (i, g) in grad.iter_mut().enumerate() {
        let original = x.as_slice().unwrap()[i];
        x.as_slice_mut().unwrap()[i] = original + h;
        let plus = f(&x);
        x.as_slice_mut().unwrap()[i] = original - h;
        let minus = f(&x);
        x.as_slice_mut().unwrap()[i] = original;
        *g = (plus - minus) / (2.0 * h);
    }
    grad
}

/// cs231n's `rel_error`: the largest `|a - b| / max(1e-8, |a| + |b|)` over the elements.
fn rel_error<D: Dimension>(a: &Array<f64, D>, b: &Array<f64, D>) -> f64 {
    assert_eq!(a.shape(), b.shape());
    a.iter()
        .zip(b)
        .map(|(a, b)| (a - b).abs() / (a.abs() + b.abs()).max(1e-8))
        .fold(0.0, f64::max)
}

/// `Σ out · weights`: the scalar whose gradient is the pullback of `weights`.
fn dot_all<D: Dimension>(out: &Array<f64, D>, weights: &Array<f64, D>) -> f64 {
    (out * weights).sum()
}

fn max_abs_diff<D: Dimension>(a: &Array<f64, D>, b: &Array<f64, D>) -> f64 {
    assert_eq!(a.shape(), b.shape());
    a.iter()
        .zip(b)
        .map(|(a, b)| (a - b).abs())
        .fold(0.0, f64::max)
}

// ---------------------------------------------------------------------------------------------
// Convolution.

/// `(N, C, H, W, F, HH, WW, stride, pad)`.
type ConvCase = (
    usize,
    usize,
    usize,
    usize,
    usize,
    usize,
    usize,
    usize,
    usize,
);

const CONV_CASES: &[ConvCase] = &[
    (1, 1, 5, 5, 1, 3, 3, 1, 0), // the "valid" convolution, one channel, batch 1
    (2, 3, 7, 5, 4, 3, 2, 2, 1), // stride 2, pad 1, non-square image and kernel
    (2, 3, 6, 9, 3, 2, 4, 1, 2), // pad 2
    (1, 3, 8, 8, 2, 3, 3, 2, 0), // stride 2 not tiling: the last row and column are never read
    (2, 1, 4, 7, 2, 1, 3, 1, 1), // a 1x3 kernel, padding rows no window needs
    (2, 3, 5, 5, 2, 5, 5, 1, 0), // kernel as large as the image: 1x1 output
    (1, 2, 3, 4, 3, 5, 6, 2, 2), // kernel larger than the image, fitting the padded image
    (2, 3, 4, 4, 2, 3, 3, 3, 1), // stride 3
    (2, 3, 6, 5, 2, 2, 2, 2, 0), // stride equal to the kernel
    (1, 2, 2, 3, 2, 1, 2, 2, 3), // padding wider than the kernel: windows entirely in padding
];

fn conv_inputs(case: ConvCase, seed: u64) -> (Array4<f64>, Array4<f64>, Array1<f64>) {
    let (n, c, h, w, f, hh, ww, _, _) = case;
    let mut rng = Rng::new(seed);
    (
        rng.array((n, c, h, w)),
        rng.array((f, c, hh, ww)),
        rng.array(f),
    )
}

/// cs231n's `conv_forward_naive`: one loop per index, padding by bounds checks.
fn conv2d_naive(
    x: &Array4<f64>,
    w: &Array4<f64>,
    b: &Array1<f64>,
    stride: usize,
    pad: usize,
) -> Array4<f64> {
    let (n, c, h, wd) = x.dim();
    let (f, _, hh, ww) = w.dim();
    let ho = 1 + (h + 2 * pad - hh) / stride;
    let wo = 1 + (wd + 2 * pad - ww) / stride;
    let mut out = Array4::zeros((n, f, ho, wo));
    for ni in 0..n {
        for fi in 0..f {
            for i in 0..ho {
                for j in 0..wo {
                    let mut sum = b[fi];
                    for ci in 0..c {
                        for k in 0..hh {
                            for l in 0..ww {
                                let (r, col) = (i * stride + k, j * stride + l);
                                if r < pad || col < pad || r - pad >= h || col - pad >= wd {
                                    continue;
                                }
                                sum += w[[fi, ci, k, l]] * x[[ni, ci, r - pad, col - pad]];
                            }
                        }
                    }
                    out[[ni, fi, i, j]] = sum;
                }
            }
        }
    }
    out
}

#[test]
fn conv2d_matches_the_direct_loops() {
    for (seed, &case) in CONV_CASES.iter().enumerate() {
        let (x, w, b) = conv_inputs(case, seed as u64);
        let (stride, pad) = (case.7, case.8);
        let fast = conv2d(&x, &w, &b, stride, pad);
        let naive = conv2d_naive(&x, &w, &b, stride, pad);
        assert_eq!(fast.shape(), naive.shape(), "{case:?}");
        assert!(max_abs_diff(&fast, &naive) < 1e-13, "{case:?}");
    }
}

#[test]
fn conv2d_output_shape_follows_cs231n() {
    let x = Array4::<f64>::zeros((2, 3, 32, 32));
    let w = Array4::<f64>::zeros((16, 3, 3, 3));
    let b = Array1::<f64>::zeros(16);
    assert_eq!(conv2d(&x, &w, &b, 1, 1).shape(), [2, 16, 32, 32]);
    assert_eq!(conv2d(&x, &w, &b, 1, 0).shape(), [2, 16, 30, 30]);
    assert_eq!(conv2d(&x, &w, &b, 2, 1).shape(), [2, 16, 16, 16]);
    assert_eq!(conv2d(&x, &w, &b, 3, 2).shape(), [2, 16, 12, 12]);
}

#[test]
fn conv2d_vjp_value_equals_conv2d() {
    for (seed, &case) in CONV_CASES.iter().enumerate() {
        let (x, w, b) = conv_inputs(case, 100 + seed as u64);
        let (stride, pad) = (case.7, case.8);
        let (value, _) = conv2d_vjp(&x, &w, &b, stride, pad);
        assert_eq!(value, conv2d(&x, &w, &b, stride, pad), "{case:?}");
    }
}

#[test]
fn conv2d_known_values() {
    let x = array![[[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.0]]]];
    let w = array![[[[1.0, 0.0], [0.0, -1.0]]]];
    let b = array![0.5];
    // Valid: x[i, j] - x[i + 1, j + 1] + 0.5 = -3.5 everywhere.
    assert_eq!(
        conv2d(&x, &w, &b, 1, 0),
        array![[[[-3.5, -3.5], [-3.5, -3.5]]]]
    );
    // Stride 2, pad 1: windows at padded rows/cols 0 and 2.
    let (out, pullback) = conv2d_vjp(&x, &w, &b, 2, 1);
    assert_eq!(out, array![[[[-0.5, -2.5], [-6.5, -3.5]]]]);
    let (dx, dw, db, (), ()) = pullback(Array4::ones((1, 1, 2, 2)));
    assert_eq!(db, array![4.0]);
    assert_eq!(dw, array![[[[5.0, 10.0], [10.0, 20.0]]]]);
    assert_eq!(
        dx,
        array![[[[-1.0, 0.0, -1.0], [0.0, 1.0, 0.0], [-1.0, 0.0, -1.0]]]]
    );
}

#[test]
fn conv2d_pullback_matches_central_differences() {
    for (seed, &case) in CONV_CASES.iter().enumerate() {
        let (x, w, b) = conv_inputs(case, 200 + seed as u64);
        let (stride, pad) = (case.7, case.8);
        let (out, pullback) = conv2d_vjp(&x, &w, &b, stride, pad);
        let dout = Rng::new(300 + seed as u64).array(out.raw_dim());
        let (dx, dw, db, (), ()) = pullback(dout.clone());
        // The loss is linear in each argument: central differences are exact up to rounding.
        let h = 1e-3;
        let num_dx = numerical_gradient(|x| dot_all(&conv2d(x, &w, &b, stride, pad), &dout), &x, h);
        let num_dw = numerical_gradient(|w| dot_all(&conv2d(&x, w, &b, stride, pad), &dout), &w, h);
        let num_db = numerical_gradient(|b| dot_all(&conv2d(&x, &w, b, stride, pad), &dout), &b, h);
        assert!(
            rel_error(&dx, &num_dx) < 1e-6,
            "dx {case:?}: {}",
            rel_error(&dx, &num_dx)
        );
        assert!(
            rel_error(&dw, &num_dw) < 1e-6,
            "dw {case:?}: {}",
            rel_error(&dw, &num_dw)
        );
        assert!(
            rel_error(&db, &num_db) < 1e-6,
            "db {case:?}: {}",
            rel_error(&db, &num_db)
        );
    }
}

/// The eight masks of `(x, w, b)`.
fn masks() -> impl Iterator<Item = [bool; 3]> {
    (0..8).map(|m| [m & 1 != 0, m & 2 != 0, m & 4 != 0])
}

/// `conv2d_vjp_wrt` against `conv2d_vjp` for one element type: the same value, the asked
/// cotangents identical to the bit, empty arrays for the others.
fn check_conv2d_vjp_wrt<A>(
    x: &Array4<A>,
    w: &Array4<A>,
    b: &Array1<A>,
    dout: &Array4<A>,
    s: usize,
    p: usize,
) where
    A: grad_runtime::Scalar,
{
    let (out, pullback) = conv2d_vjp(x, w, b, s, p);
    let (dx, dw, db, (), ()) = pullback(dout.clone());
    for wrt in masks() {
        let (out_wrt, pullback) = conv2d_vjp_wrt(x, w, b, s, p, wrt);
        assert_eq!(out_wrt, out, "{wrt:?}");
        let (dx_wrt, dw_wrt, db_wrt, (), ()) = pullback(dout.clone());
        let bits = |a: &[A], b: &[A]| {
            a.len() == b.len()
                && a.iter()
                    .zip(b)
                    .all(|(a, b)| a.to_f64().unwrap().to_bits() == b.to_f64().unwrap().to_bits())
        };
        let empty4 = Array4::<A>::zeros((0, 0, 0, 0));
        if wrt[0] {
            assert_eq!(dx_wrt.shape(), dx.shape());
            assert!(
                bits(dx_wrt.as_slice().unwrap(), dx.as_slice().unwrap()),
                "dx {wrt:?}"
            );
        } else {
            assert_eq!(dx_wrt, empty4, "{wrt:?}");
        }
        if wrt[1] {
            assert_eq!(dw_wrt.shape(), dw.shape());
            assert!(
                bits(dw_wrt.as_slice().unwrap(), dw.as_slice().unwrap()),
                "dw {wrt:?}"
            );
        } else {
            assert_eq!(dw_wrt, empty4, "{wrt:?}");
        }
        if wrt[2] {
            assert!(
                bits(db_wrt.as_slice().unwrap(), db.as_slice().unwrap()),
                "db {wrt:?}"
            );
        } else {
            assert_eq!(db_wrt, Array1::zeros(0), "{wrt:?}");
        }
    }
}

#[test]
fn conv2d_vjp_wrt_gives_the_asked_cotangents_to_the_bit() {
    // The cases, an empty batch, and one large enough for several GEMM blocks.
    let cases = CONV_CASES
        .iter()
        .copied()
        .chain([(0, 3, 5, 5, 2, 3, 3, 1, 1), (3, 5, 17, 19, 24, 3, 3, 1, 1)]);
    for (seed, case) in cases.enumerate() {
        let (x, w, b) = conv_inputs(case, 500 + seed as u64);
        let (stride, pad) = (case.7, case.8);
        let out = conv2d(&x, &w, &b, stride, pad);
        let dout = Rng::new(600 + seed as u64).array(out.raw_dim());
        check_conv2d_vjp_wrt(&x, &w, &b, &dout, stride, pad);
        let f32s = |a: &Array4<f64>| a.mapv(|v| v as f32);
        check_conv2d_vjp_wrt(
            &f32s(&x),
            &f32s(&w),
            &b.mapv(|v| v as f32),
            &f32s(&dout),
            stride,
            pad,
        );
    }
}

#[test]
fn conv2d_vjp_reads_the_mask_of_its_call() {
    let case = (2, 3, 7, 5, 4, 3, 2, 2, 1);
    let (x, w, b) = conv_inputs(case, 700);
    let out = conv2d(&x, &w, &b, 2, 1);
    let dout = Rng::new(701).array(out.raw_dim());
    for (mask, wrt) in masks().enumerate() {
        // The two bits of `stride` and `pad` do not matter.
        let mask = mask as u64 | 0b11000;
        let (value, pullback) = {
            let _wrt = grad_runtime::wrt::enter("conv2d", mask);
            conv2d_vjp(&x, &w, &b, 2, 1)
        };
        assert_eq!(value, out);
        let expected = conv2d_vjp_wrt(&x, &w, &b, 2, 1, wrt).1(dout.clone());
        assert_eq!(pullback(dout.clone()), expected, "{wrt:?}");
    }
    // Outside any scope, and in another function's: everything.
    let all = conv2d_vjp_wrt(&x, &w, &b, 2, 1, [true; 3]).1(dout.clone());
    assert_eq!(conv2d_vjp(&x, &w, &b, 2, 1).1(dout.clone()), all);
    let pullback = {
        let _wrt = grad_runtime::wrt::enter("affine", 0);
        conv2d_vjp(&x, &w, &b, 2, 1).1
    };
    assert_eq!(pullback(dout), all);
}

#[test]
fn conv2d_pixels_no_window_reads_get_zero_gradient() {
    // H = W = 8, kernel 3, stride 2, no padding: windows start at 0, 2, 4, so row and column 7
    // are never read.
    let (x, w, b) = conv_inputs((1, 3, 8, 8, 2, 3, 3, 2, 0), 7);
    let (out, pullback) = conv2d_vjp(&x, &w, &b, 2, 0);
    let (dx, _, _, (), ()) = pullback(Array4::ones(out.raw_dim()));
    assert!(dx.slice(s![.., .., 7, ..]).iter().all(|&v| v == 0.0));
    assert!(dx.slice(s![.., .., .., 7]).iter().all(|&v| v == 0.0));
    assert!(dx.slice(s![.., .., ..7, ..7]).iter().all(|&v| v != 0.0));
}

#[test]
fn conv2d_empty_batch() {
    let (x, w, b) = conv_inputs((0, 3, 5, 5, 2, 3, 3, 1, 1), 14);
    let (out, pullback) = conv2d_vjp(&x, &w, &b, 1, 1);
    assert_eq!(out.shape(), [0, 2, 5, 5]);
    assert_eq!(conv2d(&x, &w, &b, 1, 1).shape(), [0, 2, 5, 5]);
    let (dx, dw, db, (), ()) = pullback(Array4::zeros((0, 2, 5, 5)));
    assert_eq!(dx.shape(), [0, 3, 5, 5]);
    assert_eq!((dw, db), (Array4::zeros((2, 3, 3, 3)), Array1::zeros(2)));
}

#[test]
fn conv2d_accepts_any_memory_layout() {
    let case = (2, 3, 6, 5, 4, 3, 2, 2, 1);
    let (x, w, b) = conv_inputs(case, 11);
    // The same logical arrays, stored column-major, through views, and with a strided bias.
    let x_f = {
        let mut a = Array4::zeros(x.raw_dim().f());
        a.assign(&x);
        a
    };
    let w_t = w.clone().reversed_axes().as_standard_layout().into_owned();
    let w_view: ArrayView4<f64> = w_t.view().reversed_axes();
    let b_wide = Array1::from_iter(b.iter().flat_map(|&v| [v, f64::NAN]));
    let b_strided = b_wide.slice(s![..;2]);
    let expected = conv2d(&x, &w, &b, 2, 1);
    assert_eq!(conv2d(&x_f, &w_view, &b_strided, 2, 1), expected);
    assert_eq!(conv2d(&x.view(), &w.view(), &b.view(), 2, 1), expected);

    let (value, pullback) = conv2d_vjp(&x_f, &w_view, &b_strided, 2, 1);
    assert_eq!(value, expected);
    let dout = Rng::new(12).array(value.raw_dim());
    let dout_f = {
        let mut a = Array4::zeros(dout.raw_dim().f());
        a.assign(&dout);
        a
    };
    let (dx, dw, db, (), ()) = pullback(dout_f);
    let (dx2, dw2, db2, (), ()) = conv2d_vjp(&x, &w, &b, 2, 1).1(dout);
    assert_eq!((dx, dw, db), (dx2, dw2, db2));
}

#[test]
fn conv2d_pullback_borrows_nothing() {
    let pullback = {
        let (x, w, b) = conv_inputs((1, 2, 4, 4, 2, 3, 3, 1, 1), 13);
        // Owned arguments: the storage types name no lifetime, and the pullback borrows none
        // of the references. (A view's type `ViewRepr<&'a A>` does name one, so a pullback
        // built from views cannot outlive them, though it reads nothing through them.)
        conv2d_vjp(&x, &w, &b, 1, 1).1
    }; // x, w, b dropped here
    let (dx, dw, db, (), ()) = pullback(Array4::ones((1, 2, 4, 4)));
    assert_eq!(
        (dx.shape(), dw.shape(), db.shape()),
        (
            [1, 2, 4, 4].as_slice(),
            [2, 2, 3, 3].as_slice(),
            [2].as_slice()
        )
    );
}

#[test]
fn conv2d_f32_smoke() {
    for (seed, &case) in CONV_CASES.iter().enumerate() {
        let (x, w, b) = conv_inputs(case, 400 + seed as u64);
        let (stride, pad) = (case.7, case.8);
        let (x32, w32, b32) = (
            x.mapv(|v| v as f32),
            w.mapv(|v| v as f32),
            b.mapv(|v| v as f32),
        );
        let out32 = conv2d(&x32, &w32, &b32, stride, pad);
        let (out, pullback) = conv2d_vjp(&x, &w, &b, stride, pad);
        assert!(
            max_abs_diff(&out32.mapv(f64::from), &out) < 1e-5,
            "{case:?}"
        );

        let (value32, pullback32) = conv2d_vjp(&x32, &w32, &b32, stride, pad);
        assert_eq!(value32, out32);
        let dout = Array4::ones(out.raw_dim());
        let (dx32, dw32, db32, (), ()) = pullback32(dout.mapv(|v: f64| v as f32));
        let (dx, dw, db, (), ()) = pullback(dout);
        assert!(max_abs_diff(&dx32.mapv(f64::from), &dx) < 1e-4, "{case:?}");
        assert!(max_abs_diff(&dw32.mapv(f64::from), &dw) < 1e-4, "{case:?}");
        assert!(max_abs_diff(&db32.mapv(f64::from), &db) < 1e-4, "{case:?}");
    }
}

#[test]
#[should_panic(
    expected = "conv2d: channel mismatch: x has shape [2, 3, 5, 5] (C = 3) but w has shape [4, 2, 3, 3] (C = 2)"
)]
fn conv2d_channel_mismatch_panics() {
    conv2d(
        &Array4::<f64>::zeros((2, 3, 5, 5)),
        &Array4::zeros((4, 2, 3, 3)),
        &Array1::zeros(4),
        1,
        0,
    );
}

#[test]
#[should_panic(expected = "conv2d: channel mismatch")]
fn conv2d_vjp_channel_mismatch_panics() {
    let _ = conv2d_vjp(
        &Array4::<f32>::zeros((1, 1, 5, 5)),
        &Array4::zeros((4, 3, 3, 3)),
        &Array1::zeros(4),
        1,
        0,
    );
}

#[test]
#[should_panic(
    expected = "conv2d: bias length mismatch: b has length 3 but w has shape [4, 3, 3, 3] (F = 4)"
)]
fn conv2d_bias_length_panics() {
    conv2d(
        &Array4::<f64>::zeros((2, 3, 5, 5)),
        &Array4::zeros((4, 3, 3, 3)),
        &Array1::zeros(3),
        1,
        0,
    );
}

#[test]
#[should_panic(
    expected = "conv2d: window does not fit: kernel 5x3 (w has shape [4, 3, 5, 3]) is larger than the padded image 4x4 (x has shape [2, 3, 2, 2], pad = 1)"
)]
fn conv2d_window_not_fitting_panics() {
    conv2d(
        &Array4::<f64>::zeros((2, 3, 2, 2)),
        &Array4::zeros((4, 3, 5, 3)),
        &Array1::zeros(4),
        1,
        1,
    );
}

#[test]
#[should_panic(expected = "conv2d: window does not fit")]
fn conv2d_vjp_window_not_fitting_panics() {
    let _ = conv2d_vjp(
        &Array4::<f64>::zeros((1, 1, 4, 2)),
        &Array4::zeros((1, 1, 3, 3)),
        &Array1::zeros(1),
        1,
        0,
    );
}

#[test]
#[should_panic(expected = "conv2d: stride must be at least 1")]
fn conv2d_zero_stride_panics() {
    conv2d(
        &Array4::<f64>::zeros((1, 1, 4, 4)),
        &Array4::zeros((1, 1, 3, 3)),
        &Array1::zeros(1),
        0,
        0,
    );
}

#[test]
#[should_panic(expected = "conv2d: empty kernel: w has shape [1, 1, 0, 3]")]
fn conv2d_empty_kernel_panics() {
    conv2d(
        &Array4::<f64>::zeros((1, 1, 4, 4)),
        &Array4::zeros((1, 1, 0, 3)),
        &Array1::zeros(1),
        1,
        0,
    );
}

#[test]
#[should_panic(
    expected = "conv2d pullback: the cotangent has shape [1, 1, 3, 3] but the output has shape [1, 1, 2, 2]"
)]
fn conv2d_pullback_wrong_cotangent_panics() {
    let (_, pullback) = conv2d_vjp(
        &Array4::<f64>::zeros((1, 1, 3, 3)),
        &Array4::zeros((1, 1, 2, 2)),
        &Array1::zeros(1),
        1,
        0,
    );
    pullback(Array4::zeros((1, 1, 3, 3)));
}

// ---------------------------------------------------------------------------------------------
// Max pooling.

/// `(N, C, H, W, pool_h, pool_w, stride)`.
type PoolCase = (usize, usize, usize, usize, usize, usize, usize);

const POOL_CASES: &[PoolCase] = &[
    (1, 1, 4, 4, 2, 2, 2), // cs231n's usual 2x2, stride 2
    (2, 3, 5, 7, 2, 3, 1), // overlapping, non-square window
    (2, 3, 6, 5, 3, 2, 2), // overlapping rows, non-square image
    (1, 2, 7, 7, 3, 3, 2), // overlapping 3x3
    (2, 1, 5, 5, 2, 2, 3), // stride larger than the window: gaps
    (1, 3, 4, 6, 4, 6, 1), // one window: the whole image
];

/// cs231n's `max_pool_forward_naive`.
fn max_pool2d_naive(x: &Array4<f64>, ph: usize, pw: usize, stride: usize) -> Array4<f64> {
    let (n, c, h, w) = x.dim();
    let (ho, wo) = (1 + (h - ph) / stride, 1 + (w - pw) / stride);
    Array4::from_shape_fn((n, c, ho, wo), |(ni, ci, i, j)| {
        x.slice(s![
            ni,
            ci,
            i * stride..i * stride + ph,
            j * stride..j * stride + pw
        ])
        .fold(f64::NEG_INFINITY, |m, &v| m.max(v))
    })
}

/// Distinct values 0.01 apart in random order: no ties, and no near-ties for the differences.
fn distinct_values(shape: (usize, usize, usize, usize), seed: u64) -> Array4<f64> {
    let count = shape.0 * shape.1 * shape.2 * shape.3;
    let mut values: Vec<f64> = (0..count).map(|i| i as f64 * 0.01 - 1.0).collect();
    let mut rng = Rng::new(seed);
    for i in (1..count).rev() {
        values.swap(i, rng.below(i + 1));
    }
    Array4::from_shape_vec(shape, values).unwrap()
}

#[test]
fn max_pool2d_matches_the_direct_loops() {
    for (seed, &(n, c, h, w, ph, pw, stride)) in POOL_CASES.iter().enumerate() {
        let x = Rng::new(500 + seed as u64).array((n, c, h, w));
        let fast = max_pool2d(&x, ph, pw, stride);
        assert_eq!(fast, max_pool2d_naive(&x, ph, pw, stride));
        let (value, _) = max_pool2d_vjp(&x, ph, pw, stride);
        assert_eq!(value, fast);
    }
}

#[test]
fn max_pool2d_known_values() {
    let x = array![[[
        [1.0, 2.0, 5.0, 0.0],
        [3.0, 4.0, -1.0, 2.0],
        [0.0, -2.0, 7.0, 7.5],
        [-3.0, 1.0, 6.0, 8.0]
    ]]];
    let (out, pullback) = max_pool2d_vjp(&x, 2, 2, 2);
    assert_eq!(out, array![[[[4.0, 5.0], [1.0, 8.0]]]]);
    let (dx, (), (), ()) = pullback(array![[[[10.0, 20.0], [30.0, 40.0]]]]);
    assert_eq!(
        dx,
        array![[[
            [0.0, 0.0, 20.0, 0.0],
            [0.0, 10.0, 0.0, 0.0],
            [0.0, 0.0, 0.0, 0.0],
            [0.0, 30.0, 0.0, 40.0]
        ]]]
    );
}

#[test]
fn max_pool2d_pullback_matches_central_differences() {
    for (seed, &(n, c, h, w, ph, pw, stride)) in POOL_CASES.iter().enumerate() {
        let x = distinct_values((n, c, h, w), 600 + seed as u64);
        let (out, pullback) = max_pool2d_vjp(&x, ph, pw, stride);
        let dout = Rng::new(700 + seed as u64).array(out.raw_dim());
        let (dx, (), (), ()) = pullback(dout.clone());
        let num_dx =
            numerical_gradient(|x| dot_all(&max_pool2d(x, ph, pw, stride), &dout), &x, 1e-4);
        let err = rel_error(&dx, &num_dx);
        assert!(err < 1e-6, "{:?}: {err}", (n, c, h, w, ph, pw, stride));
    }
}

#[test]
fn max_pool2d_ties_send_the_gradient_to_the_first_maximum() {
    // All equal: the top-left element of each window.
    let x = Array4::<f64>::from_elem((1, 1, 2, 4), 3.0);
    let (out, pullback) = max_pool2d_vjp(&x, 2, 2, 2);
    assert_eq!(out, array![[[[3.0, 3.0]]]]);
    let (dx, (), (), ()) = pullback(array![[[[1.0, 2.0]]]]);
    assert_eq!(dx, array![[[[1.0, 0.0, 2.0, 0.0], [0.0, 0.0, 0.0, 0.0]]]]);

    // First in row-major order: (0, 1) before (1, 0) and (1, 1); (1, 0) before (1, 1).
    let x = array![[[[1.0, 3.0, 0.0, -1.0], [3.0, 3.0, 2.0, 2.0]]]];
    let (out, pullback) = max_pool2d_vjp(&x, 2, 2, 2);
    assert_eq!(out, array![[[[3.0, 2.0]]]]);
    let (dx, (), (), ()) = pullback(array![[[[1.0, 1.0]]]]);
    assert_eq!(dx, array![[[[0.0, 1.0, 0.0, 0.0], [0.0, 0.0, 1.0, 0.0]]]]);

    // Overlapping windows over a constant image: each window's own top-left element.
    let x = Array4::<f64>::zeros((1, 1, 3, 3));
    let (_, pullback) = max_pool2d_vjp(&x, 2, 2, 1);
    let (dx, (), (), ()) = pullback(array![[[[1.0, 2.0], [3.0, 4.0]]]]);
    assert_eq!(
        dx,
        array![[[[1.0, 2.0, 0.0], [3.0, 4.0, 0.0], [0.0, 0.0, 0.0]]]]
    );

    // f32 too.
    let x = Array4::<f32>::from_elem((1, 1, 2, 2), -1.5);
    let (dx, (), (), ()) = max_pool2d_vjp(&x, 2, 2, 1).1(array![[[[2.0f32]]]]);
    assert_eq!(dx, array![[[[2.0f32, 0.0], [0.0, 0.0]]]]);
}

#[test]
fn max_pool2d_overlapping_windows_sum_their_gradients() {
    // The centre is the maximum of all four 2x2 windows.
    let x = array![[[[0.0, 1.0, 0.0], [1.0, 9.0, 1.0], [0.0, 1.0, 0.0]]]];
    let (out, pullback) = max_pool2d_vjp(&x, 2, 2, 1);
    assert_eq!(out, Array4::from_elem((1, 1, 2, 2), 9.0));
    let (dx, (), (), ()) = pullback(array![[[[1.0, 2.0], [3.0, 4.0]]]]);
    assert_eq!(
        dx,
        array![[[[0.0, 0.0, 0.0], [0.0, 10.0, 0.0], [0.0, 0.0, 0.0]]]]
    );
}

#[test]
fn max_pool2d_propagates_nan_to_the_first_nan() {
    let x = array![[[[1.0, f64::NAN], [f64::NAN, 5.0]]]];
    let (out, pullback) = max_pool2d_vjp(&x, 2, 2, 1);
    assert!(out[[0, 0, 0, 0]].is_nan());
    assert!(max_pool2d(&x, 2, 2, 1)[[0, 0, 0, 0]].is_nan());
    let (dx, (), (), ()) = pullback(array![[[[1.0]]]]);
    assert_eq!(dx, array![[[[0.0, 1.0], [0.0, 0.0]]]]);
}

#[test]
fn max_pool2d_accepts_any_memory_layout() {
    let x = Rng::new(800).array((2, 3, 6, 5));
    let mut x_f = Array4::zeros(x.raw_dim().f());
    x_f.assign(&x);
    assert_eq!(max_pool2d(&x_f, 3, 2, 2), max_pool2d(&x, 3, 2, 2));
    let (out, pullback) = max_pool2d_vjp(&x_f.view(), 3, 2, 2);
    let dout = Rng::new(801).array(out.raw_dim());
    let mut dout_f = Array4::zeros(dout.raw_dim().f());
    dout_f.assign(&dout);
    let (dx, (), (), ()) = pullback(dout_f);
    assert_eq!(dx, max_pool2d_vjp(&x, 3, 2, 2).1(dout).0);
}

#[test]
fn max_pool2d_f32_smoke() {
    let x = Rng::new(900).array((2, 3, 8, 8));
    let x32 = x.mapv(|v| v as f32);
    let out32 = max_pool2d(&x32, 2, 2, 2);
    assert_eq!(out32, max_pool2d(&x, 2, 2, 2).mapv(|v| v as f32));
    let (value32, pullback) = max_pool2d_vjp(&x32, 2, 2, 2);
    assert_eq!(value32, out32);
    let (dx32, (), (), ()) = pullback(Array4::ones(out32.raw_dim()));
    assert_eq!(dx32.sum(), 2.0 * 3.0 * 16.0);
}

#[test]
#[should_panic(
    expected = "max_pool2d: window does not fit: pool 3x2 is larger than the image 2x5 (x has shape [1, 2, 2, 5])"
)]
fn max_pool2d_window_not_fitting_panics() {
    max_pool2d(&Array4::<f64>::zeros((1, 2, 2, 5)), 3, 2, 1);
}

#[test]
#[should_panic(expected = "max_pool2d: window does not fit")]
fn max_pool2d_vjp_window_not_fitting_panics() {
    let _ = max_pool2d_vjp(&Array4::<f32>::zeros((1, 1, 4, 4)), 2, 5, 1);
}

#[test]
#[should_panic(
    expected = "max_pool2d: empty window: pool_h = 0, pool_w = 2 (x has shape [1, 1, 4, 4])"
)]
fn max_pool2d_empty_window_panics() {
    max_pool2d(&Array4::<f64>::zeros((1, 1, 4, 4)), 0, 2, 1);
}

#[test]
#[should_panic(expected = "max_pool2d: stride must be at least 1")]
fn max_pool2d_zero_stride_panics() {
    max_pool2d(&Array4::<f64>::zeros((1, 1, 4, 4)), 2, 2, 0);
}

#[test]
#[should_panic(
    expected = "max_pool2d pullback: the cotangent has shape [1, 1, 4, 4] but the output has shape [1, 1, 2, 2]"
)]
fn max_pool2d_pullback_wrong_cotangent_panics() {
    let (_, pullback) = max_pool2d_vjp(&Array4::<f64>::zeros((1, 1, 4, 4)), 2, 2, 2);
    pullback(Array4::zeros((1, 1, 4, 4)));
}

// ---------------------------------------------------------------------------------------------
// Batch normalisation.

/// A batch whose columns have different means and spreads.
fn bn_input(n: usize, d: usize, seed: u64) -> Array2<f64> {
    let mut rng = Rng::new(seed);
    Array2::from_shape_fn((n, d), |(_, j)| {
        3.0 * j as f64 - 2.0 + (1.0 + j as f64) * rng.uniform()
    })
}

/// Per column: (mean, biased variance).
fn column_moments(a: &Array2<f64>) -> Vec<(f64, f64)> {
    a.columns()
        .into_iter()
        .map(|col| {
            let mean = col.mean().unwrap();
            (mean, col.mapv(|v| (v - mean).powi(2)).mean().unwrap())
        })
        .collect()
}

#[test]
fn batch_norm_known_values() {
    // Mean 2, variance 1: x̂ = [-1, 1], then 2 x̂ + 1.
    let out = batch_norm(&array![[1.0], [3.0]], &array![2.0], &array![1.0], 0.0);
    assert_eq!(out, array![[-1.0], [3.0]]);
    // Two features: the first has mean 2.5 and variance 2.25, so √(2.25 + 1.75) = 2 and
    // x̂ = ±0.75; the second is constant, so x̂ = 0 and the output is beta.
    let out = batch_norm(
        &array![[1.0, 10.0], [4.0, 10.0]],
        &array![1.0, 3.0],
        &array![0.0, -1.0],
        1.75,
    );
    assert_eq!(out, array![[-0.75, -1.0], [0.75, -1.0]]);
}

#[test]
fn batch_norm_standardises_each_feature() {
    let x = bn_input(50, 4, 1000);
    let ones = Array1::ones(4);
    let zeros = Array1::zeros(4);
    for (mean, var) in column_moments(&batch_norm(&x, &ones, &zeros, 0.0)) {
        assert!(mean.abs() < 1e-12, "mean {mean}");
        assert!((var - 1.0).abs() < 1e-12, "variance {var}");
    }
    // With eps the variance is σ² / (σ² + eps).
    let eps = 1e-3;
    let moments = column_moments(&x);
    let out = batch_norm(&x, &ones, &zeros, eps);
    for ((mean, var), (_, raw_var)) in column_moments(&out).into_iter().zip(moments) {
        assert!(mean.abs() < 1e-12, "mean {mean}");
        assert!(
            (var - raw_var / (raw_var + eps)).abs() < 1e-12,
            "variance {var}"
        );
    }
    // gamma and beta set the spread and the mean.
    let gamma = array![2.0, 0.5, 1.0, 3.0];
    let beta = array![-1.0, 0.0, 4.0, 0.25];
    let out = batch_norm(&x, &gamma, &beta, 0.0);
    for (j, (mean, var)) in column_moments(&out).into_iter().enumerate() {
        assert!((mean - beta[j]).abs() < 1e-12);
        assert!((var.sqrt() - gamma[j]).abs() < 1e-12);
    }
}

#[test]
fn batch_norm_vjp_value_equals_batch_norm() {
    for (seed, (n, d)) in [(1, 3), (2, 3), (5, 4), (8, 1)].into_iter().enumerate() {
        let x = bn_input(n, d, 1100 + seed as u64);
        let mut rng = Rng::new(1200 + seed as u64);
        let (gamma, beta) = (rng.array(d), rng.array(d));
        let (value, _) = batch_norm_vjp(&x, &gamma, &beta, 1e-5);
        assert_eq!(value, batch_norm(&x, &gamma, &beta, 1e-5));
    }
}

#[test]
fn batch_norm_pullback_matches_central_differences() {
    // With two samples x̂ = ±d / √(d² + eps) (d half their difference) hardly depends on x, so
    // its gradient is tiny unless eps is large: that case uses eps = 0.5.
    let cases = [
        (1, 3, 1e-5),
        (2, 3, 0.5),
        (5, 4, 1e-5),
        (8, 1, 1e-5),
        (4, 5, 1e-3),
    ];
    for (seed, (n, d, eps)) in cases.into_iter().enumerate() {
        let x = bn_input(n, d, 1300 + seed as u64);
        let mut rng = Rng::new(1400 + seed as u64);
        let (gamma, beta) = (rng.array(d) + 1.5, rng.array(d));
        let (out, pullback) = batch_norm_vjp(&x.view(), &gamma.view(), &beta, eps);
        let dout = rng.array(out.raw_dim());
        let (dx, dgamma, dbeta, ()) = pullback(dout.clone());
        let h = 1e-5;
        let num_dx = numerical_gradient(
            |x| dot_all(&batch_norm(x, &gamma, &beta, eps), &dout),
            &x,
            h,
        );
        let num_dgamma = numerical_gradient(
            |g| dot_all(&batch_norm(&x, g, &beta, eps), &dout),
            &gamma,
            h,
        );
        let num_dbeta = numerical_gradient(
            |b| dot_all(&batch_norm(&x, &gamma, b, eps), &dout),
            &beta,
            h,
        );
        let shape = (n, d);
        if n == 1 {
            // One sample: x̂ = 0 whatever x, so the gradient with respect to x is 0.
            assert!(dx.iter().all(|&v| v == 0.0) && num_dx.iter().all(|&v| v == 0.0));
        }
        assert!(
            rel_error(&dx, &num_dx) < 1e-6,
            "dx {shape:?}: {}",
            rel_error(&dx, &num_dx)
        );
        assert!(
            rel_error(&dgamma, &num_dgamma) < 1e-6,
            "dgamma {shape:?}: {}",
            rel_error(&dgamma, &num_dgamma)
        );
        assert!(
            rel_error(&dbeta, &num_dbeta) < 1e-6,
            "dbeta {shape:?}: {}",
            rel_error(&dbeta, &num_dbeta)
        );
        // Shifting a feature does not change the output: each column of dx sums to 0.
        for col in dx.columns() {
            assert!(col.sum().abs() < 1e-12);
        }
    }
}

#[test]
fn batch_norm_accepts_any_memory_layout() {
    let x = bn_input(6, 3, 1500);
    let x_t = x.t().as_standard_layout().into_owned();
    let (gamma, beta) = (array![1.0, 2.0, -0.5], array![0.5, 0.0, 1.0]);
    let expected = batch_norm(&x, &gamma, &beta, 1e-5);
    assert_eq!(batch_norm(&x_t.t(), &gamma, &beta, 1e-5), expected);
    let (value, pullback) = batch_norm_vjp(&x_t.t(), &gamma.view(), &beta.view(), 1e-5);
    assert_eq!(value, expected);
    let dout = Rng::new(1501).array((6, 3));
    let dout_t = dout.t().as_standard_layout().into_owned();
    let (dx, dgamma, dbeta, ()) = pullback(dout_t.reversed_axes());
    let (dx2, dgamma2, dbeta2, ()) = batch_norm_vjp(&x, &gamma, &beta, 1e-5).1(dout);
    assert!(max_abs_diff(&dx, &dx2) < 1e-14);
    assert!(max_abs_diff(&dgamma, &dgamma2) < 1e-14);
    assert!(max_abs_diff(&dbeta, &dbeta2) < 1e-14);
}

#[test]
fn batch_norm_empty_batch() {
    let x = Array2::<f64>::zeros((0, 3));
    let (gamma, beta) = (Array1::ones(3), Array1::zeros(3));
    let (out, pullback) = batch_norm_vjp(&x, &gamma, &beta, 1e-5);
    assert_eq!(out.shape(), [0, 3]);
    let (dx, dgamma, dbeta, ()) = pullback(Array2::zeros((0, 3)));
    assert_eq!(dx.shape(), [0, 3]);
    assert_eq!((dgamma, dbeta), (Array1::zeros(3), Array1::zeros(3)));
}

#[test]
fn batch_norm_f32_smoke() {
    let x = bn_input(16, 4, 1600);
    let x32 = x.mapv(|v| v as f32);
    let (gamma, beta) = (
        array![1.0f32, 2.0, 0.5, -1.0],
        array![0.0f32, 1.0, -1.0, 0.5],
    );
    let out32 = batch_norm(&x32, &gamma, &beta, 1e-5);
    let out = batch_norm(&x, &gamma.mapv(f64::from), &beta.mapv(f64::from), 1e-5);
    assert!(max_abs_diff(&out32.mapv(f64::from), &out) < 1e-5);
    let (value32, pullback32) = batch_norm_vjp(&x32, &gamma, &beta, 1e-5);
    assert_eq!(value32, out32);
    let dout = Rng::new(1601).array((16, 4));
    let (dx32, dgamma32, dbeta32, ()) = pullback32(dout.mapv(|v| v as f32));
    let (dx, dgamma, dbeta, ()) =
        batch_norm_vjp(&x, &gamma.mapv(f64::from), &beta.mapv(f64::from), 1e-5).1(dout);
    assert!(max_abs_diff(&dx32.mapv(f64::from), &dx) < 1e-4);
    assert!(max_abs_diff(&dgamma32.mapv(f64::from), &dgamma) < 1e-4);
    assert!(max_abs_diff(&dbeta32.mapv(f64::from), &dbeta) < 1e-4);
}

#[test]
#[should_panic(expected = "batch_norm: gamma has length 2 but x has shape [4, 3] (D = 3)")]
fn batch_norm_gamma_length_panics() {
    batch_norm(
        &Array2::<f64>::zeros((4, 3)),
        &Array1::ones(2),
        &Array1::zeros(3),
        1e-5,
    );
}

#[test]
#[should_panic(expected = "batch_norm: beta has length 4 but x has shape [4, 3] (D = 3)")]
fn batch_norm_beta_length_panics() {
    batch_norm(
        &Array2::<f64>::zeros((4, 3)),
        &Array1::ones(3),
        &Array1::zeros(4),
        1e-5,
    );
}

#[test]
#[should_panic(expected = "batch_norm: gamma has length 5")]
fn batch_norm_vjp_gamma_length_panics() {
    let _ = batch_norm_vjp(
        &Array2::<f32>::zeros((4, 3)),
        &Array1::ones(5),
        &Array1::zeros(3),
        1e-5,
    );
}

#[test]
#[should_panic(
    expected = "batch_norm pullback: the cotangent has shape [3, 4] but the output has shape [4, 3]"
)]
fn batch_norm_pullback_wrong_cotangent_panics() {
    let (_, pullback) = batch_norm_vjp(
        &Array2::<f64>::zeros((4, 3)),
        &Array1::ones(3),
        &Array1::zeros(3),
        1e-5,
    );
    pullback(Array2::zeros((3, 4)));
}
