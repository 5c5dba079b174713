//! Shared helpers for the integration tests: central finite differences and the cs231n relative
//! error.
//!
//! Every test crate that says `mod common;` compiles this file; not all of them use every helper.
#![allow(dead_code)]

/// The step of the central finite differences in `f64`.
pub const H: f64 = 1e-6;

/// The largest relative error accepted between an analytic and a reference gradient in `f64`.
pub const TOL: f64 = 1e-6;

/// The step of the central finite differences in `f32` (about the cube root of `f32::EPSILON`,
/// which balances truncation against rounding).
pub const H_F32: f32 = 4e-3;

/// The largest relative error accepted for `f32` gradients against `f32` finite differences.
pub const TOL_F32: f64 = 1e-3;

/// The relative error of cs231n: `|x - y| / max(1e-8, |x| + |y|)`.
pub fn rel_error(x: f64, y: f64) -> f64 {
    (x - y).abs() / (x.abs() + y.abs()).max(1e-8)
}

/// The largest elementwise [`rel_error`] of two vectors of the same length.
pub fn max_rel_error(xs: &[f64], ys: &[f64]) -> f64 {
    assert_eq!(xs.len(), ys.len(), "compared vectors differ in length");
    xs.iter()
        .zip(ys)
        .map(|(&x, &y)| rel_error(x, y))
        .fold(0.0, f64::max)
}

/// The central-difference gradient of `f` at `x`: `(f(x + h e_i) - f(x - h e_i)) / 2h`, with
/// `h = H`.
pub fn numerical_gradient<const N: usize>(f: impl Fn([f64; N]) -> f64, x: [f64; N]) -> [f64; N] {
    let mut gradient = [0.0; N];
    for (i, slot) in gradient.iter_mut().enumerate() {
        let mut plus = x;
        let mut minus = x;
        plus[i] += H;
        minus[i] -= H;
        *slot = (f(plus) - f(minus)) / (2.0 * H);
    }
    gradient
}

/// The central-difference gradient of an `f32` function, evaluated in `f32` with step `H_F32`.
pub fn numerical_gradient_f32<const N: usize>(
    f: impl Fn([f32; N]) -> f32,
    x: [f32; N],
) -> [f32; N] {
    let mut gradient = [0.0; N];
    for (i, slot) in gradient.iter_mut().enumerate() {
        let mut plus = x;
        let mut minus = x;
        plus[i] += H_F32;
        minus[i] -= H_F32;
        *slot = (f(plus) - f(minus)) / (plus[i] - minus[i]);
    }
    gradient
}

/// Asserts `rel_error(actual, expected) < tol`, naming what was compared.
#[track_caller]
pub fn assert_close_tol(actual: f64, expected: f64, tol: f64, what: &str) {
    let error = rel_error(actual, expected);
    assert!(
        error < tol,
        "{what}: got {actual:e}, expected {expected:e} (relative error {error:e} >= {tol:e})"
    );
}

/// Asserts `rel_error(actual, expected) < TOL`, naming what was compared.
#[track_caller]
pub fn assert_close(actual: f64, expected: f64, what: &str) {
    assert_close_tol(actual, expected, TOL, what);
}

/// Asserts that every component of `actual` is within `TOL` (relative) of `expected`.
#[track_caller]
pub fn assert_all_close<const N: usize>(actual: [f64; N], expected: [f64; N], what: &str) {
    for i in 0..N {
        assert_close(actual[i], expected[i], &format!("{what}[{i}]"));
    }
}

/// Asserts that `gradient` matches the central finite differences of `f` at `x` (relative error
/// below `TOL` per component).
#[track_caller]
pub fn assert_matches_fd<const N: usize>(
    f: impl Fn([f64; N]) -> f64,
    x: [f64; N],
    gradient: [f64; N],
    what: &str,
) {
    let numeric = numerical_gradient(f, x);
    for i in 0..N {
        assert_close(
            gradient[i],
            numeric[i],
            &format!("{what}: d/dx{i} at {x:?} against finite differences"),
        );
    }
}

/// Asserts that an `f32` gradient matches `f32` central finite differences within `TOL_F32`.
#[track_caller]
pub fn assert_matches_fd_f32<const N: usize>(
    f: impl Fn([f32; N]) -> f32,
    x: [f32; N],
    gradient: [f32; N],
    what: &str,
) {
    let numeric = numerical_gradient_f32(f, x);
    for i in 0..N {
        assert_close_tol(
            f64::from(gradient[i]),
            f64::from(numeric[i]),
            TOL_F32,
            &format!("{what}: d/dx{i} at {x:?} against f32 finite differences"),
        );
    }
}

/// A counter of calls, for checking that a hand-written rule is the one that runs.
pub struct CallCounter(std::sync::atomic::AtomicUsize);

impl CallCounter {
    pub const fn new() -> Self {
        Self(std::sync::atomic::AtomicUsize::new(0))
    }

    pub fn hit(&self) {
        self.0.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    }

    pub fn get(&self) -> usize {
        self.0.load(std::sync::atomic::Ordering::SeqCst)
    }
}

/// The central-difference gradient of a function of a slice, with step `H`.
pub fn numerical_gradient_of_slice(f: impl Fn(&[f64]) -> f64, x: &[f64]) -> Vec<f64> {
    (0..x.len())
        .map(|i| {
            let mut plus = x.to_vec();
            let mut minus = x.to_vec();
            plus[i] += H;
            minus[i] -= H;
            (f(&plus) - f(&minus)) / (2.0 * H)
        })
        .collect()
}

/// Asserts that two gradients of the same length agree to `tol` in [`max_rel_error`].
pub fn assert_slices_close(actual: &[f64], expected: &[f64], tol: f64, what: &str) {
    let error = max_rel_error(actual, expected);
    assert!(
        error < tol,
        "{what}: relative error {error:e} above {tol:e}\n  actual   {actual:?}\n  expected {expected:?}"
    );
}

/// Asserts that the value `f_grad` returned is the value of `f`, bit for bit.
#[track_caller]
pub fn assert_value(what: &str, from_grad: f64, from_f: f64) {
    assert_eq!(
        from_grad.to_bits(),
        from_f.to_bits(),
        "{what}: f_grad's value {from_grad:e} is not f's value {from_f:e}"
    );
}

/// A deterministic pseudo-random stream in `[0, 1)` (an LCG seeded by `seed`).
pub fn uniform(seed: u64) -> impl FnMut() -> f64 {
    let mut state = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15).wrapping_add(1);
    move || {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (state >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// The names in `folder`, sorted (what a failed write must not leave behind).
pub fn listing(folder: &std::path::Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(folder)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// Asserts that an error message, as the `train` example prints it, is one line that names
/// the file `path`.
#[track_caller]
pub fn assert_one_line_naming(message: &str, path: &std::path::Path) {
    assert!(!message.contains('\n'), "not one line: {message}");
    assert!(
        message.contains(&path.display().to_string()),
        "the file is not named: {message}"
    );
}

/// The step of the central differences along a direction `v` in forward-mode tests (their
/// functions and directions are of order one, where a larger step than [`H`] rounds less).
pub const H_DIRECTION: f64 = 1e-5;

/// `(f(x + h v) − f(x − h v)) / 2h` for a function of a slice, `h = H_DIRECTION`: the
/// directional derivative a `f_jvp` is checked against.
pub fn jvp_by_differences(f: impl Fn(&[f64]) -> f64, x: &[f64], v: &[f64]) -> f64 {
    let at = |sign: f64| -> f64 {
        let point: Vec<f64> = x
            .iter()
            .zip(v)
            .map(|(x, v)| x + sign * H_DIRECTION * v)
            .collect();
        f(&point)
    };
    (at(1.0) - at(-1.0)) / (2.0 * H_DIRECTION)
}

/// `(∇f(x + h v) − ∇f(x − h v)) / 2h`, `h = H_DIRECTION`: the Hessian-vector product a
/// `f_hvp` is checked against, from central differences of the gradient.
pub fn hvp_by_differences(grad: impl Fn(&[f64]) -> Vec<f64>, x: &[f64], v: &[f64]) -> Vec<f64> {
    let shifted = |sign: f64| -> Vec<f64> {
        let point: Vec<f64> = x
            .iter()
            .zip(v)
            .map(|(x, v)| x + sign * H_DIRECTION * v)
            .collect();
        grad(&point)
    };
    let (plus, minus) = (shifted(1.0), shifted(-1.0));
    plus.iter()
        .zip(&minus)
        .map(|(p, m)| (p - m) / (2.0 * H_DIRECTION))
        .collect()
}

/// Every element of `actual` within a relative [`TOL`] of `expected` (absolute 1e-8 near zero).
pub fn assert_all_relative(actual: &[f64], expected: &[f64]) {
    assert_eq!(actual.len(), expected.len());
    for (a, e) in actual.iter().zip(expected) {
        approx::assert_relative_eq!(*a, *e, max_relative = TOL, epsilon = 1e-8);
    }
}

/// `n` pseudo-random values in `[-1, 1)`.
pub fn values(seed: u64, n: usize) -> Vec<f64> {
    let mut next = uniform(seed);
    (0..n).map(|_| 2.0 * next() - 1.0).collect()
}

/// Checks `grad` (the gradients with respect to each of `params`) against central differences
/// of `f` in each parameter, the others held.
pub fn check_parameters(
    what: &str,
    params: &[Vec<f64>],
    f: impl Fn(&[Vec<f64>]) -> f64,
    grad: impl Fn(&[Vec<f64>]) -> (f64, Vec<Vec<f64>>),
) {
    let (value, gradients) = grad(params);
    assert_value(what, value, f(params));
    for (k, gradient) in gradients.iter().enumerate() {
        let numerical = numerical_gradient_of_slice(
            |p| {
                let mut moved = params.to_vec();
                moved[k] = p.to_vec();
                f(&moved)
            },
            &params[k],
        );
        assert_slices_close(gradient, &numerical, TOL, &format!("{what}, parameter {k}"));
    }
}

/// Checks a function of a slice with a float result: its jvp against central differences and
/// against the gradient, its hvp against central differences of the gradient, and the
/// gradient that `f_hvp` returns against `f_grad`'s.
pub fn check_slice_function(
    f: impl Fn(&[f64]) -> f64,
    grad: impl Fn(&[f64]) -> (f64, Vec<f64>),
    jvp: impl Fn(&[f64], &[f64]) -> (f64, f64),
    hvp: impl Fn(&[f64], &[f64]) -> (f64, Vec<f64>, Vec<f64>),
    x: &[f64],
    v: &[f64],
) {
    let (value, gradient) = grad(x);
    let (jvp_value, derivative) = jvp(x, v);
    assert_eq!(jvp_value, value);
    approx::assert_relative_eq!(derivative, jvp_by_differences(&f, x, v), max_relative = TOL);
    let along: f64 = gradient.iter().zip(v).map(|(g, v)| g * v).sum();
    approx::assert_relative_eq!(derivative, along, max_relative = 1e-12);
    let (hvp_value, hvp_gradient, product) = hvp(x, v);
    assert_eq!(hvp_value, value);
    assert_all_relative(&hvp_gradient, &gradient);
    assert_all_relative(&product, &hvp_by_differences(|x| grad(x).1, x, v));
}
