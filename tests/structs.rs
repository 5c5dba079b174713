//! Structs with `#[derive(grad::Tangent)]` as parameters of `#[differentiate]` functions: field
//! reads (`p.w1`, `&p.w1`, `p.inner.w`, `p.v[k]`, `&p.layers[i].w`, `p.w.sum()`), by reference
//! and by value, in loops over `Vec`s of layers, through the layers of `grad::nn` (affine, batch
//! norm, ReLU, dropout, softmax cross-entropy).
//!
//! Every gradient is checked against central finite differences in `f64`, every element of every
//! differentiated field perturbed in turn (a closure per field reaches it), with a relative error
//! below [`TOL`]; and, through the `Tangent` methods alone, along a random direction of the whole
//! struct (the directional derivative against `<gradient, direction>`). Fields never read get
//! zeros of their shape, skipped fields a copy of their value. The `f32` versions are compared
//! with their `f64` twins. The known bugs are at the end, as ignored tests.

// The differentiated functions spell the operations out on purpose (index loops).
#![allow(clippy::needless_range_loop, clippy::too_many_arguments)]

mod common;

use common::{assert_value, uniform};
use grad::Tangent;
use grad::check::Point;
use grad::nn::*;
use ndarray::{Array, Array1, Array2, Dimension, ShapeBuilder};

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

/// The step of the central finite differences.
const STEP: f64 = 1e-5;

/// The largest relative error accepted between an analytic gradient and finite differences.
const TOL: f64 = 1e-6;

/// Finite differences cannot resolve less than their own rounding noise, about `ε |f| / STEP`
/// (`1e-11` here). The exact gradients of the biases of a layer followed by batch norm are zero
/// (the batch norm subtracts the batch mean), and their finite differences are that noise: for
/// them alone (see [`check_zero_field`]), an element below this on both sides counts as zero.
const NOISE: f64 = 1e-9;

/// A tolerance for `f32` gradients against their `f64` twins.
const TOL_F32: f64 = 1e-4;

/// An array of the given shape with entries of either sign and magnitude in
/// `[0.3, 1.3) * scale`.
fn random<Sh: ShapeBuilder>(shape: Sh, scale: f64, seed: u64) -> Array<f64, Sh::Dim> {
    let mut next = uniform(seed);
    let mut array = Array::zeros(shape);
    for element in array.iter_mut() {
        let sign = if next() < 0.5 { -1.0 } else { 1.0 };
        *element = sign * (0.3 + next()) * scale;
    }
    array
}

/// An array with entries in `[low, high)`.
fn between<Sh: ShapeBuilder>(shape: Sh, low: f64, high: f64, seed: u64) -> Array<f64, Sh::Dim> {
    let mut next = uniform(seed);
    let mut array = Array::zeros(shape);
    for element in array.iter_mut() {
        *element = low + (high - low) * next();
    }
    array
}

/// `n` labels in `0..classes`, every class present when `n >= classes`.
fn labels(n: usize, classes: usize) -> Vec<usize> {
    (0..n).map(|i| (i * 7 + 3) % classes).collect()
}

/// The central-difference gradient of `f` at `p` with respect to every element of the field
/// that `field` reaches (a float, a `Vec<f64>` or an array in standard layout).
fn numerical_field<P: Clone, X: Point>(
    f: &impl Fn(&P) -> f64,
    p: &P,
    field: &impl Fn(&mut P) -> &mut X,
) -> X {
    let mut point = p.clone();
    let mut gradient = field(&mut point).standard_copy();
    let len = gradient.values_mut().len();
    assert_eq!(
        field(&mut point).values_mut().len(),
        len,
        "the field is in standard layout"
    );
    for k in 0..len {
        let original = field(&mut point).values_mut()[k];
        field(&mut point).values_mut()[k] = original + STEP;
        let plus = f(&point);
        field(&mut point).values_mut()[k] = original - STEP;
        let minus = f(&point);
        field(&mut point).values_mut()[k] = original;
        gradient.values_mut()[k] = (plus - minus) / (2.0 * STEP);
    }
    gradient
}

/// cs231n's relative error of two numbers, `|a - n| / max(1e-8, |a| + |n|)`.
fn rel_error(a: f64, n: f64) -> f64 {
    (a - n).abs() / (a.abs() + n.abs()).max(1e-8)
}

/// Asserts that two lists of elements agree to `tol` in [`rel_error`] (or are both below
/// `noise`), naming the worst element.
#[track_caller]
fn assert_elements_close(what: &str, actual: &[f64], expected: &[f64], tol: f64, noise: f64) {
    assert_eq!(actual.len(), expected.len(), "{what}: number of elements");
    for (k, (&a, &e)) in actual.iter().zip(expected).enumerate() {
        let error = rel_error(a, e);
        assert!(
            error < tol || (a.abs() < noise && e.abs() < noise),
            "{what}: element {k} is {a:e}, expected {e:e} (relative error {error:e} >= {tol:e})\n  actual   {actual:?}\n  expected {expected:?}"
        );
    }
}

/// Asserts that the field `field` reaches in `gradient` is the gradient of `f` at `p` with
/// respect to that field of `p`, every element against central finite differences.
#[track_caller]
fn check_field<P: Clone, X: Point>(
    what: &str,
    f: &impl Fn(&P) -> f64,
    p: &P,
    gradient: &P,
    field: impl Fn(&mut P) -> &mut X,
) {
    check_field_to(what, f, p, gradient, field, 0.0);
}

/// [`check_field`] for a field whose exact gradient is zero: every element of the gradient is
/// below `1e-12`, and of the finite differences below [`NOISE`].
#[track_caller]
fn check_zero_field<P: Clone, X: Point>(
    what: &str,
    f: &impl Fn(&P) -> f64,
    p: &P,
    gradient: &P,
    field: impl Fn(&mut P) -> &mut X,
) {
    let mut analytic = gradient.clone();
    for (k, &a) in field(&mut analytic).values_mut().iter().enumerate() {
        assert!(a.abs() < 1e-12, "{what}: element {k} is {a:e}, not zero");
    }
    check_field_to(what, f, p, gradient, field, NOISE);
}

/// [`check_field`], with elements below `noise` on both sides counted as equal.
#[track_caller]
fn check_field_to<P: Clone, X: Point>(
    what: &str,
    f: &impl Fn(&P) -> f64,
    p: &P,
    gradient: &P,
    field: impl Fn(&mut P) -> &mut X,
    noise: f64,
) {
    let numerical = numerical_field(f, p, &field);
    let mut gradient = gradient.clone();
    let analytic = field(&mut gradient).standard_copy();
    assert_eq!(
        analytic.to_f64_array().shape(),
        numerical.to_f64_array().shape(),
        "{what}: the gradient of the field has the field's shape"
    );
    let mut analytic = analytic;
    let mut numerical = numerical;
    assert_elements_close(
        &format!("{what} against finite differences"),
        analytic.values_mut(),
        numerical.values_mut(),
        TOL,
        noise,
    );
}

/// `<x, y>` of two values of a `Tangent` type, by the `Tangent` methods alone:
/// `(‖x + y‖² - ‖x - y‖²) / 4`.
fn inner<T: Tangent<Scalar = f64> + Clone>(x: &T, y: &T) -> f64 {
    let mut sum = x.clone();
    sum.axpy(1.0, y);
    let mut difference = x.clone();
    difference.axpy(-1.0, y);
    (sum.sum_of_squares() - difference.sum_of_squares()) / 4.0
}

/// Asserts that the directional derivative of `f` at `p` along `direction`, by central
/// differences along the whole struct (`p ± h direction`, with `Tangent::axpy`), is
/// `<gradient, direction>`: a check of every field at once.
#[track_caller]
fn check_direction<P: Tangent<Scalar = f64> + Clone>(
    what: &str,
    f: &impl Fn(&P) -> f64,
    p: &P,
    gradient: &P,
    direction: &P,
) {
    let mut plus = p.clone();
    plus.axpy(STEP, direction);
    let mut minus = p.clone();
    minus.axpy(-STEP, direction);
    let numerical = (f(&plus) - f(&minus)) / (2.0 * STEP);
    let analytic = inner(gradient, direction);
    let error = rel_error(analytic, numerical);
    assert!(
        error < TOL,
        "{what}: <gradient, direction> is {analytic:e}, the directional derivative by central differences {numerical:e} (relative error {error:e})"
    );
}

/// Asserts that an `f32` array agrees with an `f64` one to [`TOL_F32`].
#[track_caller]
fn assert_f32_twin<D: Dimension>(what: &str, actual: &Array<f32, D>, expected: &Array<f64, D>) {
    assert_eq!(actual.shape(), expected.shape(), "{what}: shape");
    let actual: Vec<f64> = actual.iter().map(|&v| f64::from(v)).collect();
    let expected: Vec<f64> = expected.iter().copied().collect();
    assert_elements_close(what, &actual, &expected, TOL_F32, 0.0);
}

/// The `f32` copy of an `f64` array.
fn to_f32<D: Dimension>(x: &Array<f64, D>) -> Array<f32, D> {
    x.mapv(|v| v as f32)
}

// ---------------------------------------------------------------------------------------------
// A two-layer MLP with its parameters in a struct, and the same net with separate arrays
// ---------------------------------------------------------------------------------------------

#[derive(Clone, Debug, PartialEq, grad::Tangent)]
struct Params {
    w1: Array2<f64>,
    b1: Array1<f64>,
    w2: Array2<f64>,
    b2: Array1<f64>,
}

/// Affine, ReLU, affine, softmax cross-entropy, and L2 regularisation of the weights.
#[grad::differentiate]
fn loss(p: &Params, x: &Array2<f64>, y: &[usize], reg: f64) -> f64 {
    let hidden = affine(x, &p.w1, &p.b1);
    let hidden = relu(&hidden);
    let scores = affine(&hidden, &p.w2, &p.b2);
    let data_loss = softmax_cross_entropy(&scores, y);
    data_loss + 0.5 * reg * ((&p.w1 * &p.w1).sum() + (&p.w2 * &p.w2).sum())
}

/// [`loss`] with its parameters as separate arrays.
#[grad::differentiate]
fn loss_of_arrays(
    w1: &Array2<f64>,
    b1: &Array1<f64>,
    w2: &Array2<f64>,
    b2: &Array1<f64>,
    x: &Array2<f64>,
    y: &[usize],
    reg: f64,
) -> f64 {
    let hidden = affine(x, w1, b1);
    let hidden = relu(&hidden);
    let scores = affine(&hidden, w2, b2);
    let data_loss = softmax_cross_entropy(&scores, y);
    data_loss + 0.5 * reg * ((w1 * w1).sum() + (w2 * w2).sum())
}

/// A small MLP problem: parameters for 4 inputs, 6 hidden units and 3 classes, and a batch of 5.
fn mlp_problem(seed: u64) -> (Params, Array2<f64>, Vec<usize>) {
    let p = Params {
        w1: random((4, 6), 0.5, seed),
        b1: random(6, 0.2, seed + 1),
        w2: random((6, 3), 0.5, seed + 2),
        b2: random(3, 0.2, seed + 3),
    };
    (p, random((5, 4), 1.0, seed + 4), labels(5, 3))
}

/// Every field of `Params` checked against finite differences of `f`.
#[track_caller]
fn check_params(what: &str, f: &impl Fn(&Params) -> f64, p: &Params, gradient: &Params) {
    check_field(&format!("{what}: w1"), f, p, gradient, |p| &mut p.w1);
    check_field(&format!("{what}: b1"), f, p, gradient, |p| &mut p.b1);
    check_field(&format!("{what}: w2"), f, p, gradient, |p| &mut p.w2);
    check_field(&format!("{what}: b2"), f, p, gradient, |p| &mut p.b2);
}

#[test]
fn mlp_parameters_in_a_struct() {
    for seed in [1, 20, 300] {
        let (p, x, y) = mlp_problem(seed);
        let reg = 0.1;
        let (value, (dp, dx, dreg)) = loss_grad(&p, &x, &y, reg);
        assert_value("loss", value, loss(&p, &x, &y, reg));
        let f = |p: &Params| loss(p, &x, &y, reg);
        check_params("loss", &f, &p, &dp);
        // The input and the regularisation strength are differentiated too.
        check_field(
            "loss: x",
            &|x: &Array2<f64>| loss(&p, x, &y, reg),
            &x,
            &dx,
            |x| x,
        );
        check_field(
            "loss: reg",
            &|reg: &f64| loss(&p, &x, &y, *reg),
            &reg,
            &dreg,
            |r| r,
        );
        // All at once, along a random direction, with the `Tangent` methods.
        let (direction, _, _) = mlp_problem(seed + 1000);
        check_direction("loss", &f, &p, &dp, &direction);
    }
}

#[test]
fn mlp_struct_gradient_equals_the_gradient_of_separate_arrays() {
    for seed in [1, 20, 300] {
        let (p, x, y) = mlp_problem(seed);
        let reg = 0.05;
        let (value, (dp, dx, dreg)) = loss_grad(&p, &x, &y, reg);
        let (value_of_arrays, (dw1, db1, dw2, db2, dx_of_arrays, dreg_of_arrays)) =
            loss_of_arrays_grad(&p.w1, &p.b1, &p.w2, &p.b2, &x, &y, reg);
        assert_eq!(value.to_bits(), value_of_arrays.to_bits());
        assert_eq!(
            dp,
            Params {
                w1: dw1,
                b1: db1,
                w2: dw2,
                b2: db2
            }
        );
        assert_eq!(dx, dx_of_arrays);
        assert_eq!(dreg.to_bits(), dreg_of_arrays.to_bits());
    }
}

#[test]
fn mlp_pullback_with_a_cotangent_of_two() {
    let (p, x, y) = mlp_problem(7);
    let reg = 0.1;
    let (value, pullback) = loss_vjp(&p, &x, &y, reg);
    assert_value("loss_vjp", value, loss(&p, &x, &y, reg));
    let (dp, dx, (), dreg) = pullback(2.0);
    // Twice the gradient, exactly (every step of the reverse sweep is linear in the cotangent,
    // and scaling by 2 rounds nothing).
    let (_, (gp, gx, greg)) = loss_grad(&p, &x, &y, reg);
    let mut twice = gp.clone();
    Tangent::scale(&mut twice, 2.0);
    assert_eq!(dp, twice);
    assert_eq!(dx, 2.0 * &gx);
    assert_eq!(dreg, 2.0 * greg);
    // And against finite differences of 2 f.
    let f = |p: &Params| 2.0 * loss(p, &x, &y, reg);
    check_params("2 loss", &f, &p, &dp);
}

/// By value: the struct moves into the function.
#[grad::differentiate]
fn loss_by_value(p: Params, x: &Array2<f64>, y: &[usize]) -> f64 {
    let hidden = relu(&affine(x, &p.w1, &p.b1));
    let scores = affine(&hidden, &p.w2, &p.b2);
    softmax_cross_entropy(&scores, y) + 0.05 * (&p.w1 * &p.w1).sum() + 0.05 * p.w2.powi(2).sum()
}

/// [`loss_by_value`] by reference.
#[grad::differentiate]
fn loss_by_reference(p: &Params, x: &Array2<f64>, y: &[usize]) -> f64 {
    let hidden = relu(&affine(x, &p.w1, &p.b1));
    let scores = affine(&hidden, &p.w2, &p.b2);
    softmax_cross_entropy(&scores, y) + 0.05 * (&p.w1 * &p.w1).sum() + 0.05 * p.w2.powi(2).sum()
}

#[test]
fn a_struct_by_value() {
    for seed in [2, 40] {
        let (p, x, y) = mlp_problem(seed);
        let (value, (dp, dx)) = loss_by_value_grad(p.clone(), &x, &y);
        assert_value("loss_by_value", value, loss_by_value(p.clone(), &x, &y));
        let f = |p: &Params| loss_by_value(p.clone(), &x, &y);
        check_params("loss_by_value", &f, &p, &dp);
        let (by_reference, (dp_by_reference, dx_by_reference)) = loss_by_reference_grad(&p, &x, &y);
        assert_eq!(value.to_bits(), by_reference.to_bits());
        assert_eq!(dp, dp_by_reference);
        assert_eq!(dx, dx_by_reference);
        // The pullback, by value too.
        let (_, pullback) = loss_by_value_vjp(p.clone(), &x, &y);
        let (dp_2, _, ()) = pullback(2.0);
        let mut twice = dp.clone();
        Tangent::scale(&mut twice, 2.0);
        assert_eq!(dp_2, twice);
    }
}

// ---------------------------------------------------------------------------------------------
// f32 parameters, against the f64 twin
// ---------------------------------------------------------------------------------------------

#[derive(Clone, Debug, PartialEq, grad::Tangent)]
struct Params32 {
    w1: Array2<f32>,
    b1: Array1<f32>,
    w2: Array2<f32>,
    b2: Array1<f32>,
}

/// [`loss`] in `f32`.
#[grad::differentiate]
fn loss32(p: &Params32, x: &Array2<f32>, y: &[usize], reg: f32) -> f32 {
    let hidden = affine(x, &p.w1, &p.b1);
    let hidden = relu(&hidden);
    let scores = affine(&hidden, &p.w2, &p.b2);
    let data_loss = softmax_cross_entropy(&scores, y);
    data_loss + 0.5 * reg * ((&p.w1 * &p.w1).sum() + (&p.w2 * &p.w2).sum())
}

#[test]
fn f32_structs_agree_with_their_f64_twins() {
    for seed in [3, 30] {
        let (p, x, y) = mlp_problem(seed);
        let reg = 0.1;
        let p32 = Params32 {
            w1: to_f32(&p.w1),
            b1: to_f32(&p.b1),
            w2: to_f32(&p.w2),
            b2: to_f32(&p.b2),
        };
        let (value32, (dp32, dx32, dreg32)) = loss32_grad(&p32, &to_f32(&x), &y, reg as f32);
        let (value, (dp, dx, dreg)) = loss_grad(&p, &x, &y, reg);
        assert!(
            rel_error(f64::from(value32), value) < TOL_F32,
            "{value32} vs {value}"
        );
        assert_f32_twin("w1", &dp32.w1, &dp.w1);
        assert_f32_twin("b1", &dp32.b1, &dp.b1);
        assert_f32_twin("w2", &dp32.w2, &dp.w2);
        assert_f32_twin("b2", &dp32.b2, &dp.b2);
        assert_f32_twin("x", &dx32, &dx);
        assert!(rel_error(f64::from(dreg32), dreg) < TOL_F32);
        // `Tangent::Scalar` of the f32 struct is f32.
        let mut step = p32.clone();
        step.axpy(-0.5_f32, &dp32);
        assert!(loss32(&step, &to_f32(&x), &y, reg as f32) < value32);
    }
}

// ---------------------------------------------------------------------------------------------
// Scalars, `Vec`s, fixed arrays, skipped sizes, fields never read, nested structs
// ---------------------------------------------------------------------------------------------

#[derive(Clone, Debug, PartialEq, grad::Tangent)]
struct Inner {
    w: Array1<f64>,
    c: f64,
}

#[derive(Clone, Debug, PartialEq, grad::Tangent)]
struct Mixed {
    scale: f64,
    v: Vec<f64>,
    /// A size, not differentiated.
    #[tangent(skip)]
    n: usize,
    /// Never read by [`mixed`]: its gradient is zeros of its shape.
    unused: Array2<f64>,
    inner: Inner,
    taps: [f64; 3],
}

#[grad::differentiate]
fn mixed(p: &Mixed, x: &Array1<f64>) -> f64 {
    let mut sum = 0.0;
    for k in 0..p.v.len() - 1 {
        sum += p.v[k] * p.v[k] * p.scale;
    }
    // The skipped size in a condition. (Not as a loop bound or an index: see
    // `bug_skipped_integer_field_as_a_size`.)
    if p.n > 2 {
        sum += p.v[0];
    }
    let projected = (&p.inner.w * x).sum();
    let dotted = p.inner.w.dot(x);
    let mut weighted = 0.0;
    for k in 0..p.inner.w.len() {
        weighted += p.inner.w[k] * (k as f64 + 1.0);
    }
    sum + projected * p.scale.sin()
        + dotted * dotted
        + p.inner.c.exp() * p.taps[1]
        + p.inner.w.sum()
        + weighted * p.taps[2]
}

fn mixed_value(seed: u64) -> Mixed {
    let mut next = uniform(seed);
    Mixed {
        scale: 0.5 + next(),
        v: vec![0.7, -1.1, 0.4, 2.0],
        n: 3,
        unused: random((2, 3), 1.0, seed + 1),
        inner: Inner {
            w: random(5, 1.0, seed + 2),
            c: -0.3 + next(),
        },
        taps: [1.5, -0.5 - next(), 0.25 + next()],
    }
}

#[test]
fn scalars_vecs_skipped_sizes_unread_fields_and_nested_structs() {
    for seed in [4, 44] {
        let p = mixed_value(seed);
        let x = random(5, 1.0, seed + 10);
        let (value, (dp, dx)) = mixed_grad(&p, &x);
        assert_value("mixed", value, mixed(&p, &x));
        let f = |p: &Mixed| mixed(p, &x);
        check_field("mixed: scale", &f, &p, &dp, |p| &mut p.scale);
        check_field("mixed: v", &f, &p, &dp, |p| &mut p.v);
        check_field("mixed: inner.w", &f, &p, &dp, |p| &mut p.inner.w);
        check_field("mixed: inner.c", &f, &p, &dp, |p| &mut p.inner.c);
        check_field("mixed: taps", &f, &p, &dp, |p| &mut p.taps);
        check_field("mixed: x", &|x: &Array1<f64>| mixed(&p, x), &x, &dx, |x| x);
        // `v[3]` and `taps[0]` are never read: exactly zero. So is all of `unused`, with its
        // shape; the skipped size is the value's.
        assert_eq!(dp.v[3], 0.0);
        assert_eq!(dp.taps[0], 0.0);
        assert_eq!(dp.unused, Array2::zeros((2, 3)));
        assert_eq!(dp.n, 3);
        check_direction("mixed", &f, &p, &dp, &mixed_value(seed + 1));
    }
}

/// A struct parameter whose only reads are of a nested struct's field. (`scale` comes first:
/// see `bug_two_fields_of_the_same_struct_type_first`.)
#[derive(Clone, Debug, PartialEq, grad::Tangent)]
struct Outer {
    scale: f64,
    inner: Inner,
    other: Inner,
    #[tangent(skip)]
    repeat: usize,
}

#[grad::differentiate]
fn nested_only(p: &Outer) -> f64 {
    3.0 * (&p.inner.w * &p.inner.w).sum()
}

#[test]
fn a_nested_struct_read_and_a_sibling_never_read() {
    let p = Outer {
        scale: 0.5,
        inner: Inner {
            w: random(4, 1.0, 5),
            c: 1.5,
        },
        other: Inner {
            w: random(2, 1.0, 6),
            c: -2.0,
        },
        repeat: 3,
    };
    let (value, dp) = nested_only_grad(&p);
    assert_value("nested_only", value, nested_only(&p));
    assert_eq!(dp.inner.w, 6.0 * &p.inner.w);
    assert_eq!((dp.scale, dp.inner.c), (0.0, 0.0));
    assert_eq!(
        dp.other,
        Inner {
            w: Array1::zeros(2),
            c: 0.0
        }
    );
    assert_eq!(dp.repeat, 3);
    check_field("nested_only: inner.w", &nested_only, &p, &dp, |p| {
        &mut p.inner.w
    });
}

// ---------------------------------------------------------------------------------------------
// A fully connected net: hidden layers of affine, batch norm, ReLU and dropout in a loop over a
// `Vec` of layers, an output layer, softmax cross-entropy and L2 regularisation
// ---------------------------------------------------------------------------------------------

#[derive(Clone, Debug, PartialEq, grad::Tangent)]
struct Layer {
    w: Array2<f64>,
    b: Array1<f64>,
    gamma: Array1<f64>,
    beta: Array1<f64>,
}

#[derive(Clone, Debug, PartialEq, grad::Tangent)]
struct Linear {
    w: Array2<f64>,
    b: Array1<f64>,
}

#[derive(Clone, Debug, PartialEq, grad::Tangent)]
struct FullyConnectedNet {
    layers: Vec<Layer>,
    out: Linear,
    /// Never read by the functions: a gradient holds a copy.
    #[tangent(skip)]
    name: String,
}

/// cs231n's `FullyConnectedNet` with batch norm and dropout: `{affine - batch norm - relu -
/// dropout} x (L - 1) - affine - softmax`, and `reg / 2` times the squares of the weights. The
/// dropout masks (already scaled) and the regularisation strength are data.
#[grad::differentiate(wrt(p))]
fn fc_loss(
    p: &FullyConnectedNet,
    x: &Array2<f64>,
    y: &[usize],
    masks: &[Array2<f64>],
    reg: f64,
) -> f64 {
    let mut h = x.to_owned();
    for i in 0..p.layers.len() {
        let a = affine(&h, &p.layers[i].w, &p.layers[i].b);
        let normalised = batch_norm(&a, &p.layers[i].gamma, &p.layers[i].beta, 1e-5);
        let activated = relu(&normalised);
        h = dropout(&activated, &masks[i]);
    }
    let scores = affine(&h, &p.out.w, &p.out.b);
    let mut squares = (&p.out.w * &p.out.w).sum();
    for i in 0..p.layers.len() {
        squares += (&p.layers[i].w * &p.layers[i].w).sum();
    }
    softmax_cross_entropy(&scores, y) + 0.5 * reg * squares
}

/// The regularisation strength of the fully connected nets.
const REG: f64 = 0.1;

/// A net for inputs of `dims[0]` features, hidden layers of `dims[1..]` units and `classes`
/// classes.
fn fc_net(dims: &[usize], classes: usize, seed: u64) -> FullyConnectedNet {
    let layers = dims
        .windows(2)
        .enumerate()
        .map(|(i, pair)| {
            let seed = seed + 10 * i as u64;
            Layer {
                w: random((pair[0], pair[1]), 1.0 / (pair[0] as f64).sqrt(), seed),
                b: random(pair[1], 0.1, seed + 1),
                gamma: between(pair[1], 0.5, 1.5, seed + 2),
                beta: between(pair[1], -0.5, 0.5, seed + 3),
            }
        })
        .collect();
    let last = *dims.last().expect("at least the input size");
    FullyConnectedNet {
        layers,
        out: Linear {
            w: random((last, classes), 1.0 / (last as f64).sqrt(), seed + 7),
            b: random(classes, 0.1, seed + 8),
        },
        name: format!("fc{dims:?}"),
    }
}

/// Inverted dropout masks for keep probability `keep`, one per hidden layer: entries `0` or
/// `1 / keep`.
fn dropout_masks(n: usize, dims: &[usize], keep: f64, seed: u64) -> Vec<Array2<f64>> {
    let mut next = uniform(seed);
    dims[1..]
        .iter()
        .map(|&d| Array2::from_shape_fn((n, d), |_| if next() < keep { 1.0 / keep } else { 0.0 }))
        .collect()
}

/// Masks of ones: dropout disabled.
fn no_dropout(n: usize, dims: &[usize]) -> Vec<Array2<f64>> {
    dims[1..].iter().map(|&d| Array2::ones((n, d))).collect()
}

/// Every parameter of every layer of a `FullyConnectedNet` against finite differences of `f`,
/// and the whole gradient along a random direction.
#[track_caller]
fn check_fc(
    what: &str,
    f: &impl Fn(&FullyConnectedNet) -> f64,
    p: &FullyConnectedNet,
    gradient: &FullyConnectedNet,
    direction: &FullyConnectedNet,
) {
    assert_eq!(gradient.layers.len(), p.layers.len(), "{what}: layers");
    for i in 0..p.layers.len() {
        check_field(&format!("{what}: layers[{i}].w"), f, p, gradient, |p| {
            &mut p.layers[i].w
        });
        // The batch norm subtracts the batch mean: the biases before it do not matter.
        check_zero_field(&format!("{what}: layers[{i}].b"), f, p, gradient, |p| {
            &mut p.layers[i].b
        });
        check_field(&format!("{what}: layers[{i}].gamma"), f, p, gradient, |p| {
            &mut p.layers[i].gamma
        });
        check_field(&format!("{what}: layers[{i}].beta"), f, p, gradient, |p| {
            &mut p.layers[i].beta
        });
    }
    check_field(&format!("{what}: out.w"), f, p, gradient, |p| &mut p.out.w);
    check_field(&format!("{what}: out.b"), f, p, gradient, |p| &mut p.out.b);
    assert_eq!(gradient.name, p.name, "{what}: the skipped field is copied");
    check_direction(what, f, p, gradient, direction);
}

#[test]
fn fully_connected_net_with_batch_norm_and_dropout() {
    let (n, classes) = (6, 3);
    for (depth, dims) in [(1, vec![4]), (2, vec![4, 5]), (3, vec![4, 5, 3])] {
        for seed in [5, 55] {
            let p = fc_net(&dims, classes, seed);
            assert_eq!(p.layers.len() + 1, depth);
            let x = random((n, dims[0]), 1.0, seed + 100);
            let y = labels(n, classes);
            for (dropout_kind, masks) in [
                ("without dropout", no_dropout(n, &dims)),
                ("with dropout", dropout_masks(n, &dims, 0.6, seed + 200)),
            ] {
                let what = format!("fc_loss, depth {depth}, seed {seed}, {dropout_kind}");
                let (value, dp) = fc_loss_grad(&p, &x, &y, &masks, REG);
                assert_value(&what, value, fc_loss(&p, &x, &y, &masks, REG));
                let f = |p: &FullyConnectedNet| fc_loss(p, &x, &y, &masks, REG);
                check_fc(&what, &f, &p, &dp, &fc_net(&dims, classes, seed + 1));
            }
        }
    }
}

#[test]
fn fully_connected_net_pullback_with_a_cotangent_of_two() {
    let dims = [4, 5, 3];
    let p = fc_net(&dims, 3, 8);
    let x = random((6, 4), 1.0, 9);
    let y = labels(6, 3);
    let masks = dropout_masks(6, &dims, 0.5, 10);
    let (value, pullback) = fc_loss_vjp(&p, &x, &y, &masks, REG);
    assert_value("fc_loss_vjp", value, fc_loss(&p, &x, &y, &masks, REG));
    let (dp, (), (), (), ()) = pullback(2.0);
    let (_, gradient) = fc_loss_grad(&p, &x, &y, &masks, REG);
    let mut twice = gradient;
    Tangent::scale(&mut twice, 2.0);
    assert_eq!(dp, twice);
    let f = |p: &FullyConnectedNet| 2.0 * fc_loss(p, &x, &y, &masks, REG);
    check_fc("2 fc_loss", &f, &p, &dp, &fc_net(&dims, 3, 80));
}

/// All layers in one `Vec`, the last without batch norm, ReLU or dropout: its `gamma` and
/// `beta` are never read, and get zeros. A slice of structs: its gradient is a `Vec`.
#[grad::differentiate(wrt(p))]
fn stacked_loss(p: &[Layer], x: &Array2<f64>, y: &[usize], masks: &[Array2<f64>]) -> f64 {
    let mut h = x.to_owned();
    for i in 0..p.len() {
        let a = affine(&h, &p[i].w, &p[i].b);
        if i + 1 < p.len() {
            let normalised = batch_norm(&a, &p[i].gamma, &p[i].beta, 1e-5);
            h = dropout(&relu(&normalised), &masks[i]);
        } else {
            h = a;
        }
    }
    let mut squares = 0.0;
    for i in 0..p.len() {
        squares += p[i].w.powi(2).sum();
    }
    softmax_cross_entropy(&h, y) + 0.05 * squares
}

/// [`stacked_loss`] with the layers in a field of a struct.
#[derive(Clone, Debug, PartialEq, grad::Tangent)]
struct Stacked {
    layers: Vec<Layer>,
}

#[grad::differentiate(wrt(p))]
fn stacked_field_loss(p: &Stacked, x: &Array2<f64>, y: &[usize], masks: &[Array2<f64>]) -> f64 {
    let mut h = x.to_owned();
    for i in 0..p.layers.len() {
        let a = affine(&h, &p.layers[i].w, &p.layers[i].b);
        if i + 1 < p.layers.len() {
            let normalised = batch_norm(&a, &p.layers[i].gamma, &p.layers[i].beta, 1e-5);
            h = dropout(&relu(&normalised), &masks[i]);
        } else {
            h = a;
        }
    }
    let mut squares = 0.0;
    for i in 0..p.layers.len() {
        squares += p.layers[i].w.powi(2).sum();
    }
    softmax_cross_entropy(&h, y) + 0.05 * squares
}

fn stacked(dims: &[usize], seed: u64) -> Stacked {
    let net = fc_net(dims, 1, seed);
    let mut layers = net.layers;
    // The last layer maps to the classes; its gamma and beta (of the classes' size) are unused.
    let (last, classes) = (*dims.last().unwrap(), 3);
    layers.push(Layer {
        w: random((last, classes), 0.5, seed + 50),
        b: random(classes, 0.1, seed + 51),
        gamma: between(classes, 0.5, 1.5, seed + 52),
        beta: between(classes, -0.5, 0.5, seed + 53),
    });
    Stacked { layers }
}

#[test]
fn layers_in_a_vec_with_a_last_layer_without_batch_norm() {
    let n = 6;
    for dims in [vec![4], vec![4, 5], vec![4, 5, 3]] {
        let p = stacked(&dims, 12);
        let x = random((n, 4), 1.0, 13);
        let y = labels(n, 3);
        for masks in [no_dropout(n, &dims), dropout_masks(n, &dims, 0.6, 14)] {
            let what = format!("stacked_field_loss, {} layers", p.layers.len());
            let (value, dp) = stacked_field_loss_grad(&p, &x, &y, &masks);
            assert_value(&what, value, stacked_field_loss(&p, &x, &y, &masks));
            let f = |p: &Stacked| stacked_field_loss(p, &x, &y, &masks);
            let last = p.layers.len() - 1;
            for i in 0..p.layers.len() {
                check_field(&format!("{what}: w[{i}]"), &f, &p, &dp, |p| {
                    &mut p.layers[i].w
                });
                if i < last {
                    check_zero_field(&format!("{what}: b[{i}]"), &f, &p, &dp, |p| {
                        &mut p.layers[i].b
                    });
                    check_field(&format!("{what}: gamma[{i}]"), &f, &p, &dp, |p| {
                        &mut p.layers[i].gamma
                    });
                    check_field(&format!("{what}: beta[{i}]"), &f, &p, &dp, |p| {
                        &mut p.layers[i].beta
                    });
                } else {
                    check_field(&format!("{what}: b[{i}]"), &f, &p, &dp, |p| {
                        &mut p.layers[i].b
                    });
                }
            }
            assert_eq!(dp.layers[last].gamma, Array1::zeros(3), "{what}");
            assert_eq!(dp.layers[last].beta, Array1::zeros(3), "{what}");
            check_direction(&what, &f, &p, &dp, &stacked(&dims, 99));
            // The same net with the layers as a slice parameter: the same gradient.
            let (value_of_slice, d_slice) = stacked_loss_grad(&p.layers, &x, &y, &masks);
            assert_eq!(value.to_bits(), value_of_slice.to_bits(), "{what}");
            assert_eq!(dp.layers, d_slice, "{what}");
        }
    }
}

/// A net inside another struct, passed to a differentiated function as `&p.net`: the callee's
/// gradient lands in that field.
#[derive(Clone, Debug, PartialEq, grad::Tangent)]
struct Wrapped {
    temperature: f64,
    net: FullyConnectedNet,
}

#[grad::differentiate(wrt(p))]
fn wrapped_loss(p: &Wrapped, x: &Array2<f64>, y: &[usize], masks: &[Array2<f64>]) -> f64 {
    let data_loss = fc_loss(&p.net, x, y, masks, REG);
    data_loss * p.temperature + 0.5 * p.temperature * p.temperature
}

#[test]
fn a_struct_field_passed_to_a_differentiated_function() {
    let dims = [4, 5, 3];
    let p = Wrapped {
        temperature: 1.3,
        net: fc_net(&dims, 3, 15),
    };
    let x = random((6, 4), 1.0, 16);
    let y = labels(6, 3);
    let masks = dropout_masks(6, &dims, 0.6, 17);
    let (value, dp) = wrapped_loss_grad(&p, &x, &y, &masks);
    assert_value("wrapped_loss", value, wrapped_loss(&p, &x, &y, &masks));
    // The net's part is the temperature times the net's own gradient (rounded once more).
    let (data_loss, d_net) = fc_loss_grad(&p.net, &x, &y, &masks, REG);
    assert_eq!(dp.temperature, data_loss + p.temperature);
    let f = |q: &FullyConnectedNet| p.temperature * fc_loss(q, &x, &y, &masks, REG);
    let mut scaled = d_net.clone();
    Tangent::scale(&mut scaled, p.temperature);
    check_fc(
        "wrapped_loss: net",
        &f,
        &p.net,
        &dp.net,
        &fc_net(&dims, 3, 18),
    );
    let mut difference = dp.net.clone();
    difference.axpy(-1.0, &scaled);
    assert!(difference.sum_of_squares().sqrt() < 1e-14 * scaled.sum_of_squares().sqrt());
    let f = |p: &Wrapped| wrapped_loss(p, &x, &y, &masks);
    check_field("wrapped_loss: temperature", &f, &p, &dp, |p| {
        &mut p.temperature
    });
}

// ---------------------------------------------------------------------------------------------
// Fields in any order: a container before a float, a struct before a container
// ---------------------------------------------------------------------------------------------

// Each of these structs failed to derive until the derive chose which field sets the scalar:
// rustc's E0275, "overflow evaluating the requirement `<Vec<f64> as Tangent>::Scalar == _`",
// whenever a field's type was needed to prove an earlier field's type `Tangent` (`tangent/
// bounds.rs`, `scalar_setter`).

mod field_order {
    use super::*;

    /// A container first, a float after it: the plainest model.
    #[derive(Clone, grad::Tangent)]
    pub struct Linear {
        pub w: Vec<f64>,
        pub bias: f64,
    }

    #[derive(Clone, grad::Tangent)]
    pub struct Layer {
        pub w: Vec<f64>,
        pub b: Vec<f64>,
    }

    /// A struct of the user's first, then a container of floats.
    #[derive(Clone, grad::Tangent)]
    pub struct Stacked {
        pub layer: Layer,
        pub extra: Vec<f64>,
    }

    /// A container of structs first, then the struct itself.
    #[derive(Clone, grad::Tangent)]
    pub struct Deep {
        pub layers: Vec<Layer>,
        pub last: Layer,
    }

    /// A nested container first, then the container it holds, then a float.
    #[derive(Clone, grad::Tangent)]
    pub struct Nested {
        pub rows: Vec<Vec<f64>>,
        pub row: Vec<f64>,
        pub scale: f64,
    }

    #[grad::differentiate]
    fn fields_in_any_order(
        linear: &Linear,
        stacked: &Stacked,
        deep: &Deep,
        nested: &Nested,
    ) -> f64 {
        let mut e = linear.bias.tanh();
        for i in 0..linear.w.len() {
            e += linear.w[i] * stacked.extra[i] + stacked.layer.b[i].sin() * stacked.layer.w[i];
        }
        for layer in deep.layers.iter() {
            e += layer.w[0] * layer.b[1];
        }
        e += deep.last.w[1].exp() * deep.last.b[0];
        e + nested.rows[1][0] * nested.row[0] * nested.scale + nested.rows[0][1].powi(2)
    }

    #[test]
    fn fields_in_any_order_derive_and_differentiate() {
        let layer = |k: f64| Layer {
            w: vec![0.1 * k, -0.3, 0.7],
            b: vec![0.2, 0.5 * k, -0.1],
        };
        let linear = Linear {
            w: vec![0.4, -1.1, 0.6],
            bias: 0.3,
        };
        let stacked = Stacked {
            layer: layer(1.0),
            extra: vec![1.0, 2.0, -0.5],
        };
        let deep = Deep {
            layers: vec![layer(2.0), layer(-1.0)],
            last: layer(0.5),
        };
        let nested = Nested {
            rows: vec![vec![0.3, 0.4], vec![1.0, 2.0]],
            row: vec![0.9],
            scale: 1.5,
        };
        let (value, (d_linear, d_stacked, d_deep, d_nested)) =
            fields_in_any_order_grad(&linear, &stacked, &deep, &nested);
        assert_eq!(
            value,
            fields_in_any_order(&linear, &stacked, &deep, &nested)
        );

        let f = |p: &Linear| fields_in_any_order(p, &stacked, &deep, &nested);
        check_field("linear.w", &f, &linear, &d_linear, |p| &mut p.w);
        check_field("linear.bias", &f, &linear, &d_linear, |p| &mut p.bias);
        let f = |p: &Stacked| fields_in_any_order(&linear, p, &deep, &nested);
        check_field("stacked.layer.w", &f, &stacked, &d_stacked, |p| {
            &mut p.layer.w
        });
        check_field("stacked.layer.b", &f, &stacked, &d_stacked, |p| {
            &mut p.layer.b
        });
        check_field("stacked.extra", &f, &stacked, &d_stacked, |p| &mut p.extra);
        let f = |p: &Deep| fields_in_any_order(&linear, &stacked, p, &nested);
        for k in 0..2 {
            check_field("deep.layers[k].w", &f, &deep, &d_deep, |p| {
                &mut p.layers[k].w
            });
            check_field("deep.layers[k].b", &f, &deep, &d_deep, |p| {
                &mut p.layers[k].b
            });
        }
        check_field("deep.last.w", &f, &deep, &d_deep, |p| &mut p.last.w);
        check_field("deep.last.b", &f, &deep, &d_deep, |p| &mut p.last.b);
        let f = |p: &Nested| fields_in_any_order(&linear, &stacked, &deep, p);
        for k in 0..2 {
            check_field("nested.rows[k]", &f, &nested, &d_nested, |p| &mut p.rows[k]);
        }
        check_field("nested.row", &f, &nested, &d_nested, |p| &mut p.row);
        check_field("nested.scale", &f, &nested, &d_nested, |p| &mut p.scale);

        // The derived `Tangent` methods over every field: the directional derivative along the
        // gradient itself is its squared norm.
        let mut direction = d_deep.clone();
        direction.scale(-0.5);
        let f = |p: &Deep| fields_in_any_order(&linear, &stacked, p, &nested);
        check_direction("deep along its gradient", &f, &deep, &d_deep, &direction);
        let f = |p: &Nested| fields_in_any_order(&linear, &stacked, &deep, p);
        check_direction(
            "nested along its gradient",
            &f,
            &nested,
            &d_nested,
            &d_nested,
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Known bugs, as ignored tests. The reproducers that do not compile are kept out of the build
// with `cfg(any())`; remove that attribute to see the error.
// ---------------------------------------------------------------------------------------------

/// [`FullyConnectedNet`] with the regularisation strength in a skipped field.
#[derive(Clone, Debug, PartialEq, grad::Tangent)]
struct RegularisedNet {
    layers: Vec<Layer>,
    out: Linear,
    #[tangent(skip)]
    reg: f64,
}

/// [`fc_loss`] reading the skipped `p.reg`.
#[grad::differentiate(wrt(p))]
fn regularised_loss(
    p: &RegularisedNet,
    x: &Array2<f64>,
    y: &[usize],
    masks: &[Array2<f64>],
) -> f64 {
    let mut h = x.to_owned();
    for i in 0..p.layers.len() {
        let a = affine(&h, &p.layers[i].w, &p.layers[i].b);
        let normalised = batch_norm(&a, &p.layers[i].gamma, &p.layers[i].beta, 1e-5);
        let activated = relu(&normalised);
        h = dropout(&activated, &masks[i]);
    }
    let scores = affine(&h, &p.out.w, &p.out.b);
    let mut squares = (&p.out.w * &p.out.w).sum();
    for i in 0..p.layers.len() {
        squares += (&p.layers[i].w * &p.layers[i].w).sum();
    }
    softmax_cross_entropy(&scores, y) + 0.5 * p.reg * squares
}

#[test]
fn skipped_float_field_read_in_the_function_keeps_its_copy() {
    let dims = [4, 5];
    let net = fc_net(&dims, 3, 21);
    let p = RegularisedNet {
        layers: net.layers,
        out: net.out,
        reg: REG,
    };
    let x = random((6, 4), 1.0, 22);
    let y = labels(6, 3);
    let masks = dropout_masks(6, &dims, 0.6, 23);
    let (value, dp) = regularised_loss_grad(&p, &x, &y, &masks);
    assert_value(
        "regularised_loss",
        value,
        regularised_loss(&p, &x, &y, &masks),
    );
    // The same as `fc_loss` with `reg` as a parameter.
    let plain = FullyConnectedNet {
        layers: p.layers.clone(),
        out: p.out.clone(),
        name: String::new(),
    };
    let (_, expected) = fc_loss_grad(&plain, &x, &y, &masks, REG);
    assert_eq!(dp.layers, expected.layers);
    assert_eq!(dp.out, expected.out);
    assert_eq!(dp.reg, p.reg, "the skipped field holds a copy of the value");
}

#[test]
fn skipped_integer_field_as_a_size() {
    {
        #[derive(Clone, Debug, PartialEq, grad::Tangent)]
        struct Sized {
            v: Vec<f64>,
            #[tangent(skip)]
            n: usize,
        }

        #[grad::differentiate]
        fn first_n(p: &Sized) -> f64 {
            let mut sum = 0.0;
            for k in 0..p.n {
                sum += p.v[k] * p.v[k];
            }
            sum + p.v[p.n - 1] * p.n as f64
        }

        let p = Sized {
            v: vec![1.0, 2.0, 3.0, 4.0],
            n: 3,
        };
        let (value, dp) = first_n_grad(&p);
        assert_eq!(value, 14.0 + 9.0);
        assert_eq!(
            dp,
            Sized {
                v: vec![2.0, 4.0, 9.0, 0.0],
                n: 3
            }
        );
    }
}

#[test]
fn two_fields_of_the_same_struct_type_first() {
    {
        #[derive(Clone, Debug, PartialEq, grad::Tangent)]
        struct Two {
            a: Inner,
            b: Inner,
        }

        let inner = Inner {
            w: Array1::ones(2),
            c: 1.0,
        };
        let mut two = Two {
            a: inner.clone(),
            b: inner,
        };
        two.axpy(1.0, &two.clone());
        assert_eq!(two.sum_of_squares(), 24.0);
    }
}

// ----- structs written from their fields -----

/// The state of an oscillator.
#[derive(Clone, Copy, Debug, PartialEq, grad::Tangent)]
struct Oscillator {
    pos: f64,
    vel: f64,
}

/// Explicit Euler steps of `x'' = -x`, the state rebuilt as a struct each step; the energy
/// at the end.
#[grad::differentiate]
fn euler_energy(start: &Oscillator, dt: f64) -> f64 {
    let mut state = *start;
    for _ in 0..5 {
        let acc = -state.pos;
        state = Oscillator {
            pos: state.pos + dt * state.vel,
            vel: state.vel + dt * acc,
        };
    }
    state.pos * state.pos + state.vel * state.vel
}

/// A layer of arrays built from a parameter's arrays and a size kept as written.
#[derive(Clone, Debug, grad::Tangent)]
struct Scaled {
    w: Array1<f64>,
    gain: f64,
    #[tangent(skip)]
    width: usize,
}

#[grad::differentiate]
fn through_a_built_struct(w: &Array1<f64>, gain: f64) -> f64 {
    let width = w.len();
    let layer = Scaled {
        w: w.mapv(f64::tanh),
        gain,
        width,
    };
    (layer.w.sum() * layer.gain).powi(2) / layer.width as f64
}

#[test]
fn structs_written_from_their_fields() {
    let start = Oscillator { pos: 1.0, vel: 0.5 };
    let dt = 0.1;
    let (value, (d_start, d_dt)) = euler_energy_grad(&start, dt);
    assert_eq!(value, euler_energy(&start, dt));
    // Each step multiplies the energy by 1 + dt².
    let growth = (1.0 + dt * dt).powi(5);
    approx::assert_relative_eq!(value, 1.25 * growth, max_relative = 1e-14);
    approx::assert_relative_eq!(d_start.pos, 2.0 * start.pos * growth, max_relative = 1e-12);
    approx::assert_relative_eq!(d_start.vel, 2.0 * start.vel * growth, max_relative = 1e-12);
    let d_growth = 5.0 * (1.0 + dt * dt).powi(4) * 2.0 * dt;
    approx::assert_relative_eq!(d_dt, 1.25 * d_growth, max_relative = 1e-12);

    let w = ndarray::array![0.3, -1.2, 0.8];
    let (value, (dw, dgain)) = through_a_built_struct_grad(&w, 1.5);
    assert_eq!(value, through_a_built_struct(&w, 1.5));
    grad::check::assert_gradcheck(|w| through_a_built_struct(w, 1.5), &w, &dw, common::TOL);
    let f = |[g]: [f64; 1]| through_a_built_struct(&w, g);
    common::assert_matches_fd(f, [1.5], [dgain], "gain");
}
