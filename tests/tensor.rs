//! Arrays inside `#[differentiate]` functions: every parameter type (`&Array`, views, owned,
//! `&ArrayBase<S, D>` concrete and generic) and dimension, operators with broadcasting,
//! array–scalar arithmetic, the elementwise methods, reductions, `dot` in its four shapes, `t`,
//! indexed reads mixed with array operations, arrays through control flow, and differentiated
//! helpers called with local arrays.
//!
//! Every gradient is checked against central finite differences in `f64` (every element of every
//! array argument perturbed, relative error below `common::TOL`), and every value `f_grad`
//! returns against the function itself, bit for bit unless a rule computes it another way. The
//! `f32` versions are compared with their `f64` twins. The known bugs are at the end, as ignored
//! tests.

// The differentiated functions spell the operations out on purpose (`x * x`, index loops).
#![allow(clippy::needless_range_loop, clippy::too_many_arguments)]

mod common;

use common::{H, TOL, assert_close, assert_value, rel_error, uniform};
use grad::runtime::ndarray::{
    Array, Array0, Array1, Array2, Array3, Array4, Array5, Array6, ArrayBase, ArrayD, ArrayView1,
    ArrayView2, Axis, Data, Dimension, Ix2, IxDyn, OwnedRepr, ShapeBuilder, ViewRepr,
};

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

/// An array of the given shape with entries of either sign and magnitude in `[0.3, 1.3)`: away
/// from 0, so that no gradient component is too small for finite differences and `abs` is
/// differentiable everywhere.
fn random<Sh: ShapeBuilder>(shape: Sh, seed: u64) -> Array<f64, Sh::Dim> {
    let mut next = uniform(seed);
    let mut array = Array::zeros(shape);
    for element in array.iter_mut() {
        let sign = if next() < 0.5 { -1.0 } else { 1.0 };
        *element = sign * (0.3 + next());
    }
    array
}

/// An array with entries in `[0.5, 2)`: inside the domains of `ln`, `sqrt` and `powf`.
fn positive<Sh: ShapeBuilder>(shape: Sh, seed: u64) -> Array<f64, Sh::Dim> {
    let mut next = uniform(seed);
    let mut array = Array::zeros(shape);
    for element in array.iter_mut() {
        *element = 0.5 + 1.5 * next();
    }
    array
}

/// A scalar of either sign and magnitude in `[0.5, 1.5)`.
fn scalar(seed: u64) -> f64 {
    let mut next = uniform(seed);
    let sign = if next() < 0.5 { -1.0 } else { 1.0 };
    sign * (0.5 + next())
}

/// The central-difference gradient of `f` at `x`, with respect to every element of `x` (any
/// dimension): `(f(x + h e_k) - f(x - h e_k)) / 2h`, `h = H`. The result has `x`'s shape, in
/// standard layout.
fn numerical_gradient<D: Dimension>(
    f: impl Fn(&Array<f64, D>) -> f64,
    x: &Array<f64, D>,
) -> Array<f64, D> {
    let mut point = x.as_standard_layout().into_owned();
    let mut gradient = Array::zeros(x.raw_dim());
    let slots = gradient
        .as_slice_memory_order_mut()
        .expect("zeros are in standard layout");
    for (k, slot) in slots.iter_mut().enumerate() {
        let original = point.as_slice_memory_order().expect("standard layout")[k];
        point.as_slice_memory_order_mut().expect("standard layout")[k] = original + H;
        let plus = f(&point);
        point.as_slice_memory_order_mut().expect("standard layout")[k] = original - H;
        let minus = f(&point);
        point.as_slice_memory_order_mut().expect("standard layout")[k] = original;
        *slot = (plus - minus) / (2.0 * H);
    }
    gradient
}

/// The central-difference derivative of a function of one scalar.
fn numerical_derivative(f: impl Fn(f64) -> f64, x: f64) -> f64 {
    (f(x + H) - f(x - H)) / (2.0 * H)
}

/// Asserts that two arrays have the same shape and agree elementwise to `tol` in
/// [`rel_error`].
#[track_caller]
fn assert_arrays_close<D: Dimension>(
    actual: &Array<f64, D>,
    expected: &Array<f64, D>,
    tol: f64,
    what: &str,
) {
    assert_eq!(
        actual.shape(),
        expected.shape(),
        "{what}: shape of the gradient"
    );
    for ((index, &a), &e) in actual.indexed_iter().zip(expected.iter()) {
        let error = rel_error(a, e);
        assert!(
            error < tol,
            "{what}: element {index:?} is {a:e}, expected {e:e} (relative error {error:e} >= {tol:e})\n  actual   {actual}\n  expected {expected}"
        );
    }
}

/// Asserts that `gradient` is the gradient of `f` at `x` by central finite differences: same
/// shape as `x`, every element within `TOL`.
#[track_caller]
fn assert_fd<D: Dimension>(
    what: &str,
    f: impl Fn(&Array<f64, D>) -> f64,
    x: &Array<f64, D>,
    gradient: &Array<f64, D>,
) {
    assert_eq!(
        gradient.shape(),
        x.shape(),
        "{what}: the gradient has the shape of its argument"
    );
    let numeric = numerical_gradient(f, x);
    assert_arrays_close(
        gradient,
        &numeric,
        TOL,
        &format!("{what} against finite differences"),
    );
}

/// Asserts that the scalar `derivative` is the derivative of `f` at `x` by central finite
/// differences.
#[track_caller]
fn assert_fd_scalar(what: &str, f: impl Fn(f64) -> f64, x: f64, derivative: f64) {
    assert_close(
        derivative,
        numerical_derivative(f, x),
        &format!("{what} against finite differences"),
    );
}

/// [`assert_value`] and [`assert_fd`] for a function of one array, at `x`.
#[track_caller]
fn check1<D: Dimension>(
    what: &str,
    f: impl Fn(&Array<f64, D>) -> f64,
    grad: impl Fn(&Array<f64, D>) -> (f64, Array<f64, D>),
    x: &Array<f64, D>,
) {
    let (value, gradient) = grad(x);
    assert_value(what, value, f(x));
    assert_fd(what, &f, x, &gradient);
}

/// A tolerance for `f32` gradients against their `f64` twins.
const TOL_F32: f64 = 1e-4;

/// Asserts that an `f32` array agrees with an `f64` one to [`TOL_F32`].
#[track_caller]
fn assert_f32_twin<D: Dimension>(what: &str, actual: &Array<f32, D>, expected: &Array<f64, D>) {
    assert_arrays_close(&actual.mapv(f64::from), expected, TOL_F32, what);
}

/// The `f32` copy of an `f64` array.
fn to_f32<D: Dimension>(x: &Array<f64, D>) -> Array<f32, D> {
    x.mapv(|v| v as f32)
}

// ---------------------------------------------------------------------------------------------
// Parameter types: `&Array2`, `ArrayView2` (also of a transposed array), concrete `&ArrayBase`,
// owned `Array1`
// ---------------------------------------------------------------------------------------------

#[grad::differentiate]
fn by_reference(a: &Array2<f64>) -> f64 {
    (a * a).sum() + a.sin().sum()
}

#[grad::differentiate]
fn by_view(a: ArrayView2<f64>) -> f64 {
    let column_weights = Array1::from(vec![1.0, -2.0, 0.5]);
    (a.powi(2) * &column_weights).sum() + a.tanh().sum()
}

#[grad::differentiate]
fn by_owned(x: Array1<f64>) -> f64 {
    x.powi(2).sum() * x.exp().sum()
}

#[grad::differentiate]
fn by_owned_array_base(a: &ArrayBase<OwnedRepr<f64>, Ix2>) -> f64 {
    (a * a * a).sum()
}

// The lifetime is spelled out on purpose: it is a generic parameter of the function.
#[allow(clippy::needless_lifetimes)]
#[grad::differentiate]
fn by_view_array_base<'a>(a: ArrayBase<ViewRepr<&'a f64>, Ix2>) -> f64 {
    (&a * &a.cos()).sum() + a.cos().sum()
}

#[test]
fn array_parameters_by_reference_by_view_and_owned() {
    for seed in [1, 2] {
        let a = random((3, 4), seed);
        check1("by_reference", by_reference, by_reference_grad, &a);
        check1(
            "by_owned_array_base",
            by_owned_array_base,
            by_owned_array_base_grad,
            &a,
        );
        let x = random(5, seed + 10);
        check1(
            "by_owned",
            |x| by_owned(x.clone()),
            |x| by_owned_grad(x.clone()),
            &x,
        );
    }
}

#[test]
fn view_parameters_of_standard_and_transposed_arrays() {
    // A view of a (4, 3) array, and the view `b.t()` of a (3, 4) array: shape (4, 3), not in
    // standard layout. Both gradients are (4, 3) arrays.
    let a = random((4, 3), 3);
    let (value, gradient) = by_view_grad(a.view());
    assert_value("by_view(a.view())", value, by_view(a.view()));
    assert_fd("by_view(a.view())", |a| by_view(a.view()), &a, &gradient);

    let b = random((3, 4), 4);
    let (value, gradient) = by_view_grad(b.t());
    assert_value("by_view(b.t())", value, by_view(b.t()));
    assert_eq!(
        gradient.shape(),
        &[4, 3],
        "the gradient has the view's shape"
    );
    // Perturb the elements of `b` and take the transposed view, as the caller does.
    let numeric_b = numerical_gradient(|b| by_view(b.t()), &b);
    assert_arrays_close(
        &gradient,
        &numeric_b.t().to_owned(),
        TOL,
        "by_view(b.t()) against finite differences",
    );

    let (value, gradient) = by_view_array_base_grad(b.t());
    assert_value(
        "by_view_array_base(b.t())",
        value,
        by_view_array_base(b.t()),
    );
    let numeric_b = numerical_gradient(|b| by_view_array_base(b.t()), &b);
    assert_arrays_close(
        &gradient,
        &numeric_b.t().to_owned(),
        TOL,
        "by_view_array_base(b.t()) against finite differences",
    );
}

/// A generic storage: the same function for owned arrays, views and shared arrays.
#[grad::differentiate]
fn generic_storage<S: Data<Elem = f64>>(a: &ArrayBase<S, Ix2>) -> f64 {
    (a * a).sum() + a.exp().mean().unwrap() + a.dot(&a.t()).sin().sum()
}

/// A generic storage and dimension.
#[grad::differentiate]
fn generic_storage_and_dimension<S: Data<Elem = f64>, D: Dimension>(
    x: &ArrayBase<S, D>,
    s: f64,
) -> f64 {
    (x * x).sum() * s + x.sin().mean().unwrap() + (x * 2.0 - s).tanh().sum()
}

#[test]
fn generic_array_base_parameters() {
    let a = random((3, 4), 5);
    let (value, gradient) = generic_storage_grad(&a);
    assert_value("generic_storage(&a)", value, generic_storage(&a));
    assert_fd("generic_storage(&a)", generic_storage, &a, &gradient);
    // A view, a transposed view and a shared array: the same gradients.
    let (value, from_view) = generic_storage_grad(&a.view());
    assert_value(
        "generic_storage(&a.view())",
        value,
        generic_storage(&a.view()),
    );
    assert_arrays_close(&from_view, &gradient, 1e-15, "generic_storage(&a.view())");
    let (value, from_shared) = generic_storage_grad(&a.to_shared());
    assert_value(
        "generic_storage(&shared)",
        value,
        generic_storage(&a.to_shared()),
    );
    assert_arrays_close(&from_shared, &gradient, 1e-15, "generic_storage(&shared)");
    let b = random((4, 3), 6);
    let (value, from_transposed) = generic_storage_grad(&b.t());
    assert_close(value, generic_storage(&b.t()), "generic_storage(&b.t())");
    let numeric = numerical_gradient(|b| generic_storage(&b.t()), &b);
    assert_arrays_close(
        &from_transposed,
        &numeric.t().to_owned(),
        TOL,
        "generic_storage(&b.t()) against finite differences",
    );

    let s = scalar(7);
    let x = random((2, 3, 2), 8);
    let (value, (gx, gs)) = generic_storage_and_dimension_grad(&x.view(), s);
    assert_value("generic 3-D", value, generic_storage_and_dimension(&x, s));
    assert_fd(
        "generic 3-D d/dx",
        |x| generic_storage_and_dimension(x, s),
        &x,
        &gx,
    );
    assert_fd_scalar(
        "generic 3-D d/ds",
        |s| generic_storage_and_dimension(&x, s),
        s,
        gs,
    );
    let x = random(IxDyn(&[3, 1, 2]), 9);
    let (value, (gx, gs)) = generic_storage_and_dimension_grad(&x, s);
    assert_value("generic IxDyn", value, generic_storage_and_dimension(&x, s));
    assert_fd(
        "generic IxDyn d/dx",
        |x| generic_storage_and_dimension(x, s),
        &x,
        &gx,
    );
    assert_fd_scalar(
        "generic IxDyn d/ds",
        |s| generic_storage_and_dimension(&x, s),
        s,
        gs,
    );
}

// ---------------------------------------------------------------------------------------------
// Every dimension: Ix0 .. Ix6 and IxDyn
// ---------------------------------------------------------------------------------------------

macro_rules! every_dimension {
    ($($sum_sq:ident, $sum_sq_grad:ident, $exp_mean:ident, $exp_mean_grad:ident: $ty:ty;)*) => {$(
        #[grad::differentiate]
        fn $sum_sq(x: &$ty) -> f64 {
            (x * x).sum()
        }

        #[grad::differentiate]
        fn $exp_mean(x: &$ty) -> f64 {
            x.exp().mean().unwrap()
        }
    )*};
}

every_dimension! {
    sum_sq_0, sum_sq_0_grad, exp_mean_0, exp_mean_0_grad: Array0<f64>;
    sum_sq_1, sum_sq_1_grad, exp_mean_1, exp_mean_1_grad: Array1<f64>;
    sum_sq_2, sum_sq_2_grad, exp_mean_2, exp_mean_2_grad: Array2<f64>;
    sum_sq_3, sum_sq_3_grad, exp_mean_3, exp_mean_3_grad: Array3<f64>;
    sum_sq_4, sum_sq_4_grad, exp_mean_4, exp_mean_4_grad: Array4<f64>;
    sum_sq_5, sum_sq_5_grad, exp_mean_5, exp_mean_5_grad: Array5<f64>;
    sum_sq_6, sum_sq_6_grad, exp_mean_6, exp_mean_6_grad: Array6<f64>;
    sum_sq_dyn, sum_sq_dyn_grad, exp_mean_dyn, exp_mean_dyn_grad: ArrayD<f64>;
}

/// Checks `sum_sq` and `exp_mean` of one dimension at an array of shape `shape`.
macro_rules! check_dimension {
    ($sum_sq:ident, $sum_sq_grad:ident, $exp_mean:ident, $exp_mean_grad:ident, $shape:expr, $seed:expr) => {{
        let x = random($shape, $seed);
        check1(stringify!($sum_sq), |x| $sum_sq(x), |x| $sum_sq_grad(x), &x);
        // d/dx (x·x).sum() = 2x, exactly.
        assert_eq!($sum_sq_grad(&x).1, &x * 2.0, stringify!($sum_sq_grad));
        check1(
            stringify!($exp_mean),
            |x| $exp_mean(x),
            |x| $exp_mean_grad(x),
            &x,
        );
    }};
}

#[test]
fn every_dimension_from_0_to_6_and_dynamic() {
    check_dimension!(sum_sq_0, sum_sq_0_grad, exp_mean_0, exp_mean_0_grad, (), 20);
    check_dimension!(sum_sq_1, sum_sq_1_grad, exp_mean_1, exp_mean_1_grad, 5, 21);
    check_dimension!(
        sum_sq_2,
        sum_sq_2_grad,
        exp_mean_2,
        exp_mean_2_grad,
        (2, 3),
        22
    );
    check_dimension!(
        sum_sq_3,
        sum_sq_3_grad,
        exp_mean_3,
        exp_mean_3_grad,
        (2, 3, 2),
        23
    );
    check_dimension!(
        sum_sq_4,
        sum_sq_4_grad,
        exp_mean_4,
        exp_mean_4_grad,
        (2, 1, 3, 2),
        24
    );
    check_dimension!(
        sum_sq_5,
        sum_sq_5_grad,
        exp_mean_5,
        exp_mean_5_grad,
        (2, 2, 1, 3, 2),
        25
    );
    check_dimension!(
        sum_sq_6,
        sum_sq_6_grad,
        exp_mean_6,
        exp_mean_6_grad,
        (2, 1, 2, 3, 1, 2),
        26
    );
    check_dimension!(
        sum_sq_dyn,
        sum_sq_dyn_grad,
        exp_mean_dyn,
        exp_mean_dyn_grad,
        IxDyn(&[2, 3, 1, 2]),
        27
    );
    check_dimension!(
        sum_sq_dyn,
        sum_sq_dyn_grad,
        exp_mean_dyn,
        exp_mean_dyn_grad,
        IxDyn(&[7]),
        28
    );
}

// ---------------------------------------------------------------------------------------------
// Broadcasting: the broadcast operand's gradient has its own shape
// ---------------------------------------------------------------------------------------------

/// (n, m) + (m,): `b` is added to every row.
#[grad::differentiate]
fn row_broadcast(a: &Array2<f64>, b: &Array1<f64>) -> f64 {
    (a + b).sin().sum()
}

/// (n, 1) + (1, m): an outer sum.
#[grad::differentiate]
fn outer_broadcast(a: &Array2<f64>, b: &Array2<f64>) -> f64 {
    let s = a + b;
    (s.powi(2) * &s).sum()
}

/// (n, m) * (1, 1).
#[grad::differentiate]
fn one_by_one_broadcast(a: &Array2<f64>, b: &Array2<f64>) -> f64 {
    (a * b).tanh().sum()
}

/// (n, m) + (n, 1): `b` is added to every column.
#[grad::differentiate]
fn column_broadcast(a: &Array2<f64>, b: &Array2<f64>) -> f64 {
    (a - b).exp().sum() + (b / a).sum()
}

/// (m,) on the left of (n, m), and a division broadcasting the divisor.
#[grad::differentiate]
fn left_broadcast(b: &Array1<f64>, a: &Array2<f64>) -> f64 {
    (b * a).cos().sum() + (a / b).sum() + (b - a).mean().unwrap()
}

/// A 0-dimensional array times a matrix, and two 0-dimensional arrays.
#[grad::differentiate]
fn zero_dimensional(s: &Array0<f64>, a: &Array2<f64>, t: &Array0<f64>) -> f64 {
    (s * a).sin().sum() + (s * t + t / s).sum()
}

/// A 3-D array plus a matrix broadcast along its leading axis, plus a (1, 1, k) array.
#[grad::differentiate]
fn three_dimensional_broadcast(x: &Array3<f64>, m: &Array2<f64>, k: &Array3<f64>) -> f64 {
    ((x + m) * k).tanh().sum()
}

#[test]
fn broadcasting_between_arrays() {
    let (n, m) = (3, 4);
    let a = random((n, m), 30);

    let b = random(m, 31);
    let (value, (ga, gb)) = row_broadcast_grad(&a, &b);
    assert_value("row_broadcast", value, row_broadcast(&a, &b));
    assert_fd("row_broadcast d/da", |a| row_broadcast(a, &b), &a, &ga);
    assert_fd("row_broadcast d/db", |b| row_broadcast(&a, b), &b, &gb);

    let (col, row) = (random((n, 1), 32), random((1, m), 33));
    let (value, (gc, gr)) = outer_broadcast_grad(&col, &row);
    assert_value("outer_broadcast", value, outer_broadcast(&col, &row));
    assert_fd(
        "outer_broadcast d/dcol",
        |c| outer_broadcast(c, &row),
        &col,
        &gc,
    );
    assert_fd(
        "outer_broadcast d/drow",
        |r| outer_broadcast(&col, r),
        &row,
        &gr,
    );

    let one = random((1, 1), 34);
    let (value, (ga, g1)) = one_by_one_broadcast_grad(&a, &one);
    assert_value(
        "one_by_one_broadcast",
        value,
        one_by_one_broadcast(&a, &one),
    );
    assert_fd(
        "one_by_one_broadcast d/da",
        |a| one_by_one_broadcast(a, &one),
        &a,
        &ga,
    );
    assert_fd(
        "one_by_one_broadcast d/db",
        |b| one_by_one_broadcast(&a, b),
        &one,
        &g1,
    );

    let c = random((n, 1), 35);
    let (value, (ga, gc)) = column_broadcast_grad(&a, &c);
    assert_value("column_broadcast", value, column_broadcast(&a, &c));
    assert_fd(
        "column_broadcast d/da",
        |a| column_broadcast(a, &c),
        &a,
        &ga,
    );
    assert_fd(
        "column_broadcast d/db",
        |c| column_broadcast(&a, c),
        &c,
        &gc,
    );

    let (value, (gb, ga)) = left_broadcast_grad(&b, &a);
    assert_value("left_broadcast", value, left_broadcast(&b, &a));
    assert_fd("left_broadcast d/db", |b| left_broadcast(b, &a), &b, &gb);
    assert_fd("left_broadcast d/da", |a| left_broadcast(&b, a), &a, &ga);

    let (s, t) = (random((), 36), random((), 37));
    let (value, (gs, ga, gt)) = zero_dimensional_grad(&s, &a, &t);
    assert_value("zero_dimensional", value, zero_dimensional(&s, &a, &t));
    assert_fd(
        "zero_dimensional d/ds",
        |s| zero_dimensional(s, &a, &t),
        &s,
        &gs,
    );
    assert_fd(
        "zero_dimensional d/da",
        |a| zero_dimensional(&s, a, &t),
        &a,
        &ga,
    );
    assert_fd(
        "zero_dimensional d/dt",
        |t| zero_dimensional(&s, &a, t),
        &t,
        &gt,
    );

    let (x, mm, k) = (
        random((2, n, m), 38),
        random((n, m), 39),
        random((1, 1, m), 40),
    );
    let (value, (gx, gm, gk)) = three_dimensional_broadcast_grad(&x, &mm, &k);
    assert_value(
        "three_dimensional_broadcast",
        value,
        three_dimensional_broadcast(&x, &mm, &k),
    );
    assert_fd(
        "three_dimensional_broadcast d/dx",
        |x| three_dimensional_broadcast(x, &mm, &k),
        &x,
        &gx,
    );
    assert_fd(
        "three_dimensional_broadcast d/dm",
        |mm| three_dimensional_broadcast(&x, mm, &k),
        &mm,
        &gm,
    );
    assert_fd(
        "three_dimensional_broadcast d/dk",
        |k| three_dimensional_broadcast(&x, &mm, k),
        &k,
        &gk,
    );
}

// ---------------------------------------------------------------------------------------------
// Arrays and scalars: every operator with the array on either side, scalar parameters with
// scalar gradients, literals, references, unary minus
// ---------------------------------------------------------------------------------------------

#[grad::differentiate]
fn array_plus_scalar(x: &Array2<f64>, s: f64) -> f64 {
    (x + s).sin().sum()
}

#[grad::differentiate]
fn array_minus_scalar(x: &Array2<f64>, s: f64) -> f64 {
    (x - s).sin().sum()
}

#[grad::differentiate]
fn array_times_scalar(x: &Array2<f64>, s: f64) -> f64 {
    (x * s).sin().sum()
}

#[grad::differentiate]
fn array_over_scalar(x: &Array2<f64>, s: f64) -> f64 {
    (x / s).sin().sum()
}

#[grad::differentiate]
fn scalar_plus_array(s: f64, x: &Array2<f64>) -> f64 {
    (s + x).sin().sum()
}

#[grad::differentiate]
fn scalar_minus_array(s: f64, x: &Array2<f64>) -> f64 {
    (s - x).sin().sum()
}

#[grad::differentiate]
fn scalar_times_array(s: f64, x: &Array2<f64>) -> f64 {
    (s * x).sin().sum()
}

#[grad::differentiate]
fn scalar_over_array(s: f64, x: &Array2<f64>) -> f64 {
    (s / x).sin().sum()
}

/// Literals on either side, `&x`, unary minus, and the scalar result mixed with a scalar.
#[grad::differentiate]
fn literals_and_references(x: &Array2<f64>, s: f64) -> f64 {
    let y = x * 2.0;
    let z = 1.0 - &y;
    let w = -(&z / 3.0) + 0.5;
    let v = 2.0 / (w.powi(2) + 1.0);
    (&v - &z).sum() * s + (-&y).exp().mean().unwrap()
}

/// Scalar parameters mixed with array operations; the result of a reduction used as a scalar.
#[grad::differentiate]
fn scalars_mixed_with_arrays(x: &Array1<f64>, a: f64, b: f64) -> f64 {
    let y = (x * a + b).tanh();
    let total = y.sum();
    total * a + b * b + (&y * total).mean().unwrap() / b
}

/// An array–scalar function with the array first, and its `_grad`.
type ArrayScalarCase = (
    &'static str,
    fn(&Array2<f64>, f64) -> f64,
    fn(&Array2<f64>, f64) -> (f64, (Array2<f64>, f64)),
);
/// An array–scalar function with the scalar first, and its `_grad`.
type ScalarArrayCase = (
    &'static str,
    fn(f64, &Array2<f64>) -> f64,
    fn(f64, &Array2<f64>) -> (f64, (f64, Array2<f64>)),
);

#[test]
fn every_operator_between_arrays_and_scalars() {
    let cases_array_first: [ArrayScalarCase; 4] = [
        ("x + s", array_plus_scalar, array_plus_scalar_grad),
        ("x - s", array_minus_scalar, array_minus_scalar_grad),
        ("x * s", array_times_scalar, array_times_scalar_grad),
        ("x / s", array_over_scalar, array_over_scalar_grad),
    ];
    let cases_scalar_first: [ScalarArrayCase; 4] = [
        ("s + x", scalar_plus_array, scalar_plus_array_grad),
        ("s - x", scalar_minus_array, scalar_minus_array_grad),
        ("s * x", scalar_times_array, scalar_times_array_grad),
        ("s / x", scalar_over_array, scalar_over_array_grad),
    ];
    for seed in [50, 51] {
        let x = random((3, 2), seed);
        let s = scalar(seed + 100);
        for (what, f, grad) in cases_array_first {
            let (value, (gx, gs)) = grad(&x, s);
            assert_value(what, value, f(&x, s));
            assert_fd(&format!("{what} d/dx"), |x| f(x, s), &x, &gx);
            assert_fd_scalar(&format!("{what} d/ds"), |s| f(&x, s), s, gs);
        }
        for (what, f, grad) in cases_scalar_first {
            let (value, (gs, gx)) = grad(s, &x);
            assert_value(what, value, f(s, &x));
            assert_fd(&format!("{what} d/dx"), |x| f(s, x), &x, &gx);
            assert_fd_scalar(&format!("{what} d/ds"), |s| f(s, &x), s, gs);
        }

        let (value, (gx, gs)) = literals_and_references_grad(&x, s);
        assert_value(
            "literals_and_references",
            value,
            literals_and_references(&x, s),
        );
        assert_fd(
            "literals_and_references d/dx",
            |x| literals_and_references(x, s),
            &x,
            &gx,
        );
        assert_fd_scalar(
            "literals_and_references d/ds",
            |s| literals_and_references(&x, s),
            s,
            gs,
        );

        let v = random(4, seed + 200);
        let (a, b) = (scalar(seed + 300), scalar(seed + 400));
        let (value, (gv, ga, gb)) = scalars_mixed_with_arrays_grad(&v, a, b);
        assert_value(
            "scalars_mixed_with_arrays",
            value,
            scalars_mixed_with_arrays(&v, a, b),
        );
        assert_fd(
            "scalars_mixed_with_arrays d/dx",
            |v| scalars_mixed_with_arrays(v, a, b),
            &v,
            &gv,
        );
        assert_fd_scalar(
            "scalars_mixed_with_arrays d/da",
            |a| scalars_mixed_with_arrays(&v, a, b),
            a,
            ga,
        );
        assert_fd_scalar(
            "scalars_mixed_with_arrays d/db",
            |b| scalars_mixed_with_arrays(&v, a, b),
            b,
            gb,
        );
    }
}

// ---------------------------------------------------------------------------------------------
// A value used several times
// ---------------------------------------------------------------------------------------------

/// `x` in five places, `y` in four; `x * x` multiplies an array by itself.
#[grad::differentiate]
fn used_several_times(x: &Array2<f64>) -> f64 {
    let y = x.exp();
    let z = y.powi(2) + &y * x - x * x;
    (&z * &y).sum() + y.sum() + x.mean().unwrap()
}

/// A square matrix times its transpose, elementwise: the same data, not the same array.
#[grad::differentiate]
fn times_own_transpose(a: &Array2<f64>) -> f64 {
    (a * &a.t()).sum() + (&a.t() * a).tanh().sum()
}

/// The same array passed twice as two parameters.
#[grad::differentiate]
fn product_of_two(a: ArrayView2<f64>, b: ArrayView2<f64>) -> f64 {
    (&a * &b).sin().sum()
}

#[test]
fn values_used_several_times() {
    let x = random((3, 2), 60);
    check1(
        "used_several_times",
        used_several_times,
        used_several_times_grad,
        &x,
    );
    let a = random((3, 3), 61);
    check1(
        "times_own_transpose",
        times_own_transpose,
        times_own_transpose_grad,
        &a,
    );
    // The same view as both operands: each gets the cotangent times the other, which are equal.
    let (value, (ga, gb)) = product_of_two_grad(a.view(), a.view());
    assert_value(
        "product_of_two(a, a)",
        value,
        product_of_two(a.view(), a.view()),
    );
    assert_fd(
        "product_of_two(a, a) d/da",
        |p| product_of_two(p.view(), a.view()),
        &a,
        &ga,
    );
    assert_fd(
        "product_of_two(a, a) d/db",
        |p| product_of_two(a.view(), p.view()),
        &a,
        &gb,
    );
    // A view and its transpose: same pointer and shape, other strides.
    let (value, (ga, gb)) = product_of_two_grad(a.view(), a.t());
    assert_value(
        "product_of_two(a, aᵀ)",
        value,
        product_of_two(a.view(), a.t()),
    );
    assert_fd(
        "product_of_two(a, aᵀ) d/da",
        |p| product_of_two(p.view(), a.t()),
        &a,
        &ga,
    );
    let numeric = numerical_gradient(|p| product_of_two(a.view(), p.t()), &a);
    assert_arrays_close(
        &gb,
        &numeric.t().to_owned(),
        TOL,
        "product_of_two(a, aᵀ) d/db",
    );
}

// ---------------------------------------------------------------------------------------------
// Elementwise methods
// ---------------------------------------------------------------------------------------------

#[grad::differentiate]
fn elementwise_exp(x: &Array2<f64>) -> f64 {
    x.exp().sum()
}

#[grad::differentiate]
fn elementwise_ln(x: &Array2<f64>) -> f64 {
    (x.ln() * x).sum()
}

#[grad::differentiate]
fn elementwise_sqrt(x: &Array2<f64>) -> f64 {
    (x.sqrt() * x.sqrt().sqrt()).sum()
}

#[grad::differentiate]
fn elementwise_powi(x: &Array2<f64>) -> f64 {
    x.powi(3).sum() + x.powi(-2).sum() + x.powi(1).sum() + x.powi(0).sum()
}

#[grad::differentiate]
fn elementwise_powf(x: &Array2<f64>, p: f64) -> f64 {
    x.powf(p).sum() + x.powf(0.5).sum()
}

#[grad::differentiate]
fn elementwise_sin(x: &Array2<f64>) -> f64 {
    (x.sin() * x).sum()
}

#[grad::differentiate]
fn elementwise_cos(x: &Array2<f64>) -> f64 {
    (x.cos() * x).sum()
}

#[grad::differentiate]
fn elementwise_tan(x: &Array2<f64>) -> f64 {
    (x * 0.5).tan().sum()
}

#[grad::differentiate]
fn elementwise_tanh(x: &Array2<f64>) -> f64 {
    (x.tanh() * x).sum()
}

#[grad::differentiate]
fn elementwise_abs(x: &Array2<f64>) -> f64 {
    (x.abs() * x).sum() + x.abs().sum()
}

#[grad::differentiate]
fn elementwise_neg(x: &Array2<f64>) -> f64 {
    (-x).exp().sum() + (-(x * x)).sum()
}

#[grad::differentiate]
fn elementwise_chain(x: &Array2<f64>) -> f64 {
    (x.sin().exp() + 1.0).ln().sqrt().tanh().powi(2).sum()
}

#[test]
fn every_elementwise_method() {
    type Case = (
        &'static str,
        fn(&Array2<f64>) -> f64,
        fn(&Array2<f64>) -> (f64, Array2<f64>),
    );
    let cases_anywhere: [Case; 7] = [
        ("exp", elementwise_exp, elementwise_exp_grad),
        ("sin", elementwise_sin, elementwise_sin_grad),
        ("cos", elementwise_cos, elementwise_cos_grad),
        ("tan", elementwise_tan, elementwise_tan_grad),
        ("tanh", elementwise_tanh, elementwise_tanh_grad),
        ("abs", elementwise_abs, elementwise_abs_grad),
        ("unary minus", elementwise_neg, elementwise_neg_grad),
    ];
    let cases_positive: [Case; 4] = [
        ("ln", elementwise_ln, elementwise_ln_grad),
        ("sqrt", elementwise_sqrt, elementwise_sqrt_grad),
        ("powi", elementwise_powi, elementwise_powi_grad),
        ("chain", elementwise_chain, elementwise_chain_grad),
    ];
    for seed in [70, 71] {
        let x = random((3, 4), seed);
        for (what, f, grad) in cases_anywhere {
            check1(what, f, grad, &x);
        }
        let x = positive((3, 4), seed + 10);
        for (what, f, grad) in cases_positive {
            check1(what, f, grad, &x);
        }
        let p = 1.5 + scalar(seed + 20);
        let (value, (gx, gp)) = elementwise_powf_grad(&x, p);
        assert_value("powf", value, elementwise_powf(&x, p));
        assert_fd("powf d/dx", |x| elementwise_powf(x, p), &x, &gx);
        assert_fd_scalar("powf d/dp", |p| elementwise_powf(&x, p), p, gp);
    }
    // abs'(0) = 0, as for floats.
    let zeros = Array2::<f64>::zeros((2, 2));
    assert_eq!(elementwise_abs_grad(&zeros).1, zeros);
}

// ---------------------------------------------------------------------------------------------
// Reductions
// ---------------------------------------------------------------------------------------------

#[grad::differentiate]
fn sum_and_mean(x: &Array2<f64>) -> f64 {
    x.sum() * x.mean().unwrap() + x.sin().mean().expect("not empty")
}

#[grad::differentiate]
fn sum_axis_0(x: &Array2<f64>) -> f64 {
    let s = x.sum_axis(Axis(0));
    s.powi(2).sum()
}

#[grad::differentiate]
fn sum_axis_1(x: &Array2<f64>) -> f64 {
    x.sum_axis(Axis(1)).sin().sum()
}

#[grad::differentiate]
fn mean_axis_0(x: &Array2<f64>) -> f64 {
    x.mean_axis(Axis(0)).unwrap().exp().sum()
}

#[grad::differentiate]
fn mean_axis_1(x: &Array2<f64>) -> f64 {
    let m = x.mean_axis(Axis(1)).expect("rows are not empty");
    m.powi(3).sum()
}

/// Reductions along every axis of a 3-D array, down to a scalar through further reductions.
#[grad::differentiate]
fn reductions_3d(x: &Array3<f64>) -> f64 {
    let a = x.sum_axis(Axis(0));
    let b = x.mean_axis(Axis(1)).unwrap();
    let c = x.sum_axis(Axis(2));
    let d = x.mean_axis(Axis(2)).unwrap().sum_axis(Axis(1));
    a.powi(2).sum() + b.sin().sum() + c.mean_axis(Axis(0)).unwrap().powi(2).sum() + d.exp().sum()
}

/// A row-wise centering with `mean_axis` and broadcasting back: `x - mean(x, axis 1)`.
#[grad::differentiate]
fn centered_rows(x: &Array2<f64>) -> f64 {
    let n = x.ncols();
    let m = x
        .mean_axis(Axis(1))
        .unwrap()
        .into_shape_with_order((x.nrows(), 1))
        .unwrap();
    let centered = x - &m;
    centered.powi(2).sum() / n as f64 + (&centered * x).sum()
}

#[test]
fn every_reduction() {
    type Case = (
        &'static str,
        fn(&Array2<f64>) -> f64,
        fn(&Array2<f64>) -> (f64, Array2<f64>),
    );
    let cases: [Case; 6] = [
        ("sum and mean", sum_and_mean, sum_and_mean_grad),
        ("sum_axis(Axis(0))", sum_axis_0, sum_axis_0_grad),
        ("sum_axis(Axis(1))", sum_axis_1, sum_axis_1_grad),
        ("mean_axis(Axis(0))", mean_axis_0, mean_axis_0_grad),
        ("mean_axis(Axis(1))", mean_axis_1, mean_axis_1_grad),
        ("centered_rows", centered_rows, centered_rows_grad),
    ];
    for seed in [80, 81] {
        let x = random((3, 4), seed);
        for (what, f, grad) in cases {
            check1(what, f, grad, &x);
        }
        let x = random((2, 3, 4), seed + 10);
        check1("reductions_3d", reductions_3d, reductions_3d_grad, &x);
    }
    // Linear reductions have constant gradients.
    let x = random((2, 3), 82);
    let (_, gradient) = sum_axis_0_grad(&x);
    let column_sums = x.sum_axis(Axis(0));
    assert_eq!(
        gradient,
        Array2::from_shape_fn((2, 3), |(_, j)| 2.0 * column_sums[j])
    );
}

// ---------------------------------------------------------------------------------------------
// `dot` in its four shapes, and `t`
// ---------------------------------------------------------------------------------------------

/// 1-D · 1-D: a scalar.
#[grad::differentiate]
fn dot_vector_vector(x: &Array1<f64>, y: &Array1<f64>) -> f64 {
    x.dot(y) * x.sin().dot(&y.exp())
}

/// 2-D · 1-D: a vector.
#[grad::differentiate]
fn dot_matrix_vector(a: &Array2<f64>, x: &Array1<f64>) -> f64 {
    a.dot(x).tanh().sum()
}

/// 1-D · 2-D: a vector.
#[grad::differentiate]
fn dot_vector_matrix(x: &Array1<f64>, a: &Array2<f64>) -> f64 {
    let y = x.dot(a);
    y.powi(2).sum()
}

/// 2-D · 2-D: a matrix.
#[grad::differentiate]
fn dot_matrix_matrix(a: &Array2<f64>, b: &Array2<f64>) -> f64 {
    a.dot(b).sin().sum()
}

/// `aᵀ b`, `a bᵀ`, and a quadratic form `xᵀ (aᵀ a) x`.
#[grad::differentiate]
fn transpose_then_dot(a: &Array2<f64>, b: &Array2<f64>, x: &Array1<f64>) -> f64 {
    let g = a.t().dot(a);
    let p = a.t().dot(b);
    let q = a.dot(&b.t());
    g.dot(x).dot(x) + p.sin().sum() + q.t().cos().mean().unwrap()
}

#[test]
fn dot_in_four_shapes_and_transpose() {
    for seed in [90, 91] {
        let (x, y) = (random(4, seed), random(4, seed + 1));
        let (value, (gx, gy)) = dot_vector_vector_grad(&x, &y);
        assert_value("1-D · 1-D", value, dot_vector_vector(&x, &y));
        assert_fd("1-D · 1-D d/dx", |x| dot_vector_vector(x, &y), &x, &gx);
        assert_fd("1-D · 1-D d/dy", |y| dot_vector_vector(&x, y), &y, &gy);

        let a = random((3, 4), seed + 2);
        let (value, (ga, gx)) = dot_matrix_vector_grad(&a, &x);
        assert_value("2-D · 1-D", value, dot_matrix_vector(&a, &x));
        assert_fd("2-D · 1-D d/da", |a| dot_matrix_vector(a, &x), &a, &ga);
        assert_fd("2-D · 1-D d/dx", |x| dot_matrix_vector(&a, x), &x, &gx);

        let z = random(3, seed + 3);
        let (value, (gz, ga)) = dot_vector_matrix_grad(&z, &a);
        assert_value("1-D · 2-D", value, dot_vector_matrix(&z, &a));
        assert_fd("1-D · 2-D d/dx", |z| dot_vector_matrix(z, &a), &z, &gz);
        assert_fd("1-D · 2-D d/da", |a| dot_vector_matrix(&z, a), &a, &ga);

        let b = random((4, 2), seed + 4);
        let (value, (ga, gb)) = dot_matrix_matrix_grad(&a, &b);
        assert_value("2-D · 2-D", value, dot_matrix_matrix(&a, &b));
        assert_fd("2-D · 2-D d/da", |a| dot_matrix_matrix(a, &b), &a, &ga);
        assert_fd("2-D · 2-D d/db", |b| dot_matrix_matrix(&a, b), &b, &gb);

        let c = random((3, 4), seed + 5);
        let (value, (ga, gc, gx)) = transpose_then_dot_grad(&a, &c, &x);
        let expected = transpose_then_dot(&a, &c, &x);
        // The rule transposes into a copy in standard layout before `dot`: the products may
        // round differently from ndarray's on a strided view.
        assert_close(value, expected, "transpose_then_dot: value");
        assert_fd(
            "t then dot d/da",
            |a| transpose_then_dot(a, &c, &x),
            &a,
            &ga,
        );
        assert_fd(
            "t then dot d/db",
            |c| transpose_then_dot(&a, c, &x),
            &c,
            &gc,
        );
        assert_fd(
            "t then dot d/dx",
            |x| transpose_then_dot(&a, &c, x),
            &x,
            &gx,
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Indexed reads in loops mixed with array operations; shapes as constants
// ---------------------------------------------------------------------------------------------

#[grad::differentiate]
fn indexed_reads_and_array_ops(w: &Array2<f64>, x: &Array1<f64>) -> f64 {
    let h = w.dot(x).tanh();
    let dim = w.dim();
    let mut s = 0.0;
    for i in 0..dim.0 {
        for j in 0..dim.1 {
            s += w[[i, j]] * h[i] * x[j];
        }
    }
    let n = h.len() as f64;
    let width = w.shape()[1] as f64;
    s + h.sum() / n + (w * s).mean().unwrap() * width
}

/// Indexed reads of a local array computed by array operations, and a scalar from them used in
/// array arithmetic again.
#[grad::differentiate]
fn indexed_reads_of_local_arrays(a: &Array2<f64>) -> f64 {
    let e = a.exp();
    let t = a.t();
    let mut trace = 0.0;
    for i in 0..a.nrows() {
        trace += e[[i, i]] * t[[i, 0]];
    }
    (a * trace).sin().sum() + trace
}

#[test]
fn indexed_reads_mixed_with_array_operations() {
    for seed in [100, 101] {
        let (w, x) = (random((3, 4), seed), random(4, seed + 1));
        let (value, (gw, gx)) = indexed_reads_and_array_ops_grad(&w, &x);
        assert_value(
            "indexed_reads_and_array_ops",
            value,
            indexed_reads_and_array_ops(&w, &x),
        );
        assert_fd(
            "indexed_reads_and_array_ops d/dw",
            |w| indexed_reads_and_array_ops(w, &x),
            &w,
            &gw,
        );
        assert_fd(
            "indexed_reads_and_array_ops d/dx",
            |x| indexed_reads_and_array_ops(&w, x),
            &x,
            &gx,
        );
        let a = random((3, 3), seed + 2);
        check1(
            "indexed_reads_of_local_arrays",
            indexed_reads_of_local_arrays,
            indexed_reads_of_local_arrays_grad,
            &a,
        );
    }
}

// ---------------------------------------------------------------------------------------------
// A two-layer network, and a differentiated helper called with a local array
// ---------------------------------------------------------------------------------------------

/// `tanh(x W1 + b1) W2 + b2`, mean squared error against `y`.
#[grad::differentiate(wrt(w1, b1, w2, b2))]
fn two_layer_tanh(
    x: &Array2<f64>,
    w1: &Array2<f64>,
    b1: &Array1<f64>,
    w2: &Array2<f64>,
    b2: &Array1<f64>,
    y: &Array2<f64>,
) -> f64 {
    let h = (x.dot(w1) + b1).tanh();
    let out = h.dot(w2) + b2;
    let diff = &out - y;
    diff.powi(2).mean().unwrap()
}

/// The same with a relu written as `(h.abs() + h) * 0.5`, every parameter differentiated
/// (inputs and targets too).
#[grad::differentiate]
fn two_layer_relu(
    x: &Array2<f64>,
    w1: &Array2<f64>,
    b1: &Array1<f64>,
    w2: &Array2<f64>,
    b2: &Array1<f64>,
    y: &Array2<f64>,
) -> f64 {
    let pre = x.dot(w1) + b1;
    let h = (pre.abs() + &pre) * 0.5;
    let out = h.dot(w2) + b2;
    let diff = out - y;
    diff.powi(2).mean().unwrap()
}

/// A layer as a differentiated helper returning an array.
#[grad::differentiate]
fn layer(h: &Array2<f64>, w: &Array2<f64>) -> Array2<f64> {
    h.dot(w).tanh()
}

/// Two layers through the helper, the second called with a local array.
#[grad::differentiate]
fn two_layers_through_a_helper(x: &Array2<f64>, w1: &Array2<f64>, w2: &Array2<f64>) -> f64 {
    let h = layer(x, w1);
    let out = layer(&h, w2);
    out.powi(2).mean().unwrap() + h.sum()
}

/// The parameters of the two-layer networks.
struct Network {
    x: Array2<f64>,
    w1: Array2<f64>,
    b1: Array1<f64>,
    w2: Array2<f64>,
    b2: Array1<f64>,
    y: Array2<f64>,
}

fn network(seed: u64) -> Network {
    let (batch, input, hidden, output) = (4, 3, 5, 2);
    Network {
        x: random((batch, input), seed),
        w1: random((input, hidden), seed + 1) * 0.7,
        b1: random(hidden, seed + 2) * 0.5,
        w2: random((hidden, output), seed + 3),
        b2: random(output, seed + 4),
        y: random((batch, output), seed + 5),
    }
}

#[test]
fn two_layer_network_with_tanh() {
    for seed in [110, 120] {
        let Network {
            x,
            w1,
            b1,
            w2,
            b2,
            y,
        } = network(seed);
        // Only the parameters named in `wrt` have gradients.
        let (value, (gw1, gb1, gw2, gb2)) = two_layer_tanh_grad(&x, &w1, &b1, &w2, &b2, &y);
        assert_value(
            "two_layer_tanh",
            value,
            two_layer_tanh(&x, &w1, &b1, &w2, &b2, &y),
        );
        assert_fd(
            "d/dw1",
            |w1| two_layer_tanh(&x, w1, &b1, &w2, &b2, &y),
            &w1,
            &gw1,
        );
        assert_fd(
            "d/db1",
            |b1| two_layer_tanh(&x, &w1, b1, &w2, &b2, &y),
            &b1,
            &gb1,
        );
        assert_fd(
            "d/dw2",
            |w2| two_layer_tanh(&x, &w1, &b1, w2, &b2, &y),
            &w2,
            &gw2,
        );
        assert_fd(
            "d/db2",
            |b2| two_layer_tanh(&x, &w1, &b1, &w2, b2, &y),
            &b2,
            &gb2,
        );
    }
}

#[test]
fn two_layer_network_with_relu() {
    for seed in [130, 140] {
        let Network {
            x,
            w1,
            b1,
            w2,
            b2,
            y,
        } = network(seed);
        let (value, (gx, gw1, gb1, gw2, gb2, gy)) = two_layer_relu_grad(&x, &w1, &b1, &w2, &b2, &y);
        assert_value(
            "two_layer_relu",
            value,
            two_layer_relu(&x, &w1, &b1, &w2, &b2, &y),
        );
        // Some hidden units are off: their rows of dW2 are 0, as the finite differences say.
        let pre = x.dot(&w1) + &b1;
        assert!(pre.iter().any(|&v| v < 0.0) && pre.iter().any(|&v| v > 0.0));
        assert_fd(
            "d/dx",
            |x| two_layer_relu(x, &w1, &b1, &w2, &b2, &y),
            &x,
            &gx,
        );
        assert_fd(
            "d/dw1",
            |w1| two_layer_relu(&x, w1, &b1, &w2, &b2, &y),
            &w1,
            &gw1,
        );
        assert_fd(
            "d/db1",
            |b1| two_layer_relu(&x, &w1, b1, &w2, &b2, &y),
            &b1,
            &gb1,
        );
        assert_fd(
            "d/dw2",
            |w2| two_layer_relu(&x, &w1, &b1, w2, &b2, &y),
            &w2,
            &gw2,
        );
        assert_fd(
            "d/db2",
            |b2| two_layer_relu(&x, &w1, &b1, &w2, b2, &y),
            &b2,
            &gb2,
        );
        assert_fd(
            "d/dy",
            |y| two_layer_relu(&x, &w1, &b1, &w2, &b2, y),
            &y,
            &gy,
        );
    }
}

#[test]
fn differentiated_helper_called_with_a_local_array() {
    for seed in [150, 160] {
        let Network { x, w1, w2, .. } = network(seed);
        let (value, (gx, gw1, gw2)) = two_layers_through_a_helper_grad(&x, &w1, &w2);
        assert_value(
            "two_layers_through_a_helper",
            value,
            two_layers_through_a_helper(&x, &w1, &w2),
        );
        assert_fd(
            "d/dx",
            |x| two_layers_through_a_helper(x, &w1, &w2),
            &x,
            &gx,
        );
        assert_fd(
            "d/dw1",
            |w1| two_layers_through_a_helper(&x, w1, &w2),
            &w1,
            &gw1,
        );
        assert_fd(
            "d/dw2",
            |w2| two_layers_through_a_helper(&x, &w1, w2),
            &w2,
            &gw2,
        );

        // The helper's own pullback, for an array cotangent: the gradient of ⟨c, layer(h, w)⟩.
        let c = random((4, 5), seed + 7);
        let (out, pullback) = layer_vjp(&x, &w1);
        assert_eq!(out, layer(&x, &w1));
        let (gh, gw) = pullback(c.clone());
        let inner = |h: &Array2<f64>, w: &Array2<f64>| (layer(h, w) * &c).sum();
        assert_fd("layer_vjp d/dh", |h| inner(h, &w1), &x, &gh);
        assert_fd("layer_vjp d/dw", |w| inner(&x, w), &w1, &gw);
    }
}

// ---------------------------------------------------------------------------------------------
// The pullback is linear in the cotangent
// ---------------------------------------------------------------------------------------------

#[test]
fn pullback_is_linear_in_the_cotangent() {
    let Network {
        x,
        w1,
        b1,
        w2,
        b2,
        y,
    } = network(170);
    let (value, (gw1, gb1, gw2, gb2)) = two_layer_tanh_grad(&x, &w1, &b1, &w2, &b2, &y);
    let (vjp_value, pullback) = two_layer_tanh_vjp(&x, &w1, &b1, &w2, &b2, &y);
    assert_value("two_layer_tanh_vjp", vjp_value, value);
    let ((), cw1, cb1, cw2, cb2, ()) = pullback(2.5);
    let tight = 1e-13;
    assert_arrays_close(&cw1, &(&gw1 * 2.5), tight, "2.5 × d/dw1");
    assert_arrays_close(&cb1, &(&gb1 * 2.5), tight, "2.5 × d/db1");
    assert_arrays_close(&cw2, &(&gw2 * 2.5), tight, "2.5 × d/dw2");
    assert_arrays_close(&cb2, &(&gb2 * 2.5), tight, "2.5 × d/db2");

    let (s, a) = (scalar(171), random((3, 3), 172));
    let (_, (gs, ga)) = scalar_over_array_grad(s, &a);
    let (_, pullback) = scalar_over_array_vjp(s, &a);
    let (cs, ca) = pullback(2.5);
    assert!(rel_error(cs, 2.5 * gs) < tight, "2.5 × d/ds");
    assert_arrays_close(&ca, &(&ga * 2.5), tight, "2.5 × d/da");

    // And a negative cotangent, on a function of every elementwise method.
    let x = positive((2, 3), 173);
    let (_, g) = elementwise_chain_grad(&x);
    let (_, pullback) = elementwise_chain_vjp(&x);
    let (c,) = pullback(-0.75);
    assert_arrays_close(&c, &(&g * -0.75), tight, "-0.75 × gradient");
}

// ---------------------------------------------------------------------------------------------
// f32 versions, against their f64 twins
// ---------------------------------------------------------------------------------------------

#[grad::differentiate]
fn row_broadcast_f32(a: &Array2<f32>, b: &Array1<f32>) -> f32 {
    (a + b).sin().sum()
}

#[grad::differentiate]
fn scalar_over_array_f32(s: f32, x: &Array2<f32>) -> f32 {
    (s / x).sin().sum()
}

#[grad::differentiate]
fn elementwise_chain_f32(x: &Array2<f32>) -> f32 {
    (x.sin().exp() + 1.0).ln().sqrt().tanh().powi(2).sum()
}

#[grad::differentiate]
fn reductions_3d_f32(x: &Array3<f32>) -> f32 {
    let a = x.sum_axis(Axis(0));
    let b = x.mean_axis(Axis(1)).unwrap();
    let c = x.sum_axis(Axis(2));
    let d = x.mean_axis(Axis(2)).unwrap().sum_axis(Axis(1));
    a.powi(2).sum() + b.sin().sum() + c.mean_axis(Axis(0)).unwrap().powi(2).sum() + d.exp().sum()
}

#[grad::differentiate(wrt(w1, b1, w2, b2))]
fn two_layer_tanh_f32(
    x: &Array2<f32>,
    w1: &Array2<f32>,
    b1: &Array1<f32>,
    w2: &Array2<f32>,
    b2: &Array1<f32>,
    y: &Array2<f32>,
) -> f32 {
    let h = (x.dot(w1) + b1).tanh();
    let out = h.dot(w2) + b2;
    let diff = &out - y;
    diff.powi(2).mean().unwrap()
}

#[grad::differentiate]
fn dot_vector_vector_f32(x: ArrayView1<f32>, y: ArrayView1<f32>) -> f32 {
    x.dot(&y) * x.sin().dot(&y.exp())
}

#[test]
fn f32_versions_match_their_f64_twins() {
    let (a, b) = (random((3, 4), 180), random(4, 181));
    let (value, (ga, gb)) = row_broadcast_f32_grad(&to_f32(&a), &to_f32(&b));
    let (value64, (ga64, gb64)) = row_broadcast_grad(&a, &b);
    assert!(rel_error(f64::from(value), value64) < TOL_F32);
    assert_f32_twin("row_broadcast_f32 d/da", &ga, &ga64);
    assert_f32_twin("row_broadcast_f32 d/db", &gb, &gb64);

    let s = scalar(182);
    let (value, (gs, gx)) = scalar_over_array_f32_grad(s as f32, &to_f32(&a));
    let (value64, (gs64, gx64)) =
        scalar_over_array_grad(f64::from(s as f32), &to_f32(&a).mapv(f64::from));
    assert!(
        rel_error(f64::from(value), value64) < TOL_F32,
        "scalar_over_array_f32 value"
    );
    assert!(
        rel_error(f64::from(gs), gs64) < TOL_F32,
        "scalar_over_array_f32 d/ds"
    );
    assert_f32_twin("scalar_over_array_f32 d/dx", &gx, &gx64);

    let x = positive((2, 3), 183);
    let (value, g) = elementwise_chain_f32_grad(&to_f32(&x));
    let (value64, g64) = elementwise_chain_grad(&x);
    assert!(
        rel_error(f64::from(value), value64) < TOL_F32,
        "elementwise_chain_f32 value"
    );
    assert_f32_twin("elementwise_chain_f32", &g, &g64);

    let x = random((2, 3, 4), 184);
    let (value, g) = reductions_3d_f32_grad(&to_f32(&x));
    let (value64, g64) = reductions_3d_grad(&x);
    assert!(
        rel_error(f64::from(value), value64) < TOL_F32,
        "reductions_3d_f32 value"
    );
    assert_f32_twin("reductions_3d_f32", &g, &g64);

    let Network {
        x,
        w1,
        b1,
        w2,
        b2,
        y,
    } = network(185);
    let (value, (gw1, gb1, gw2, gb2)) = two_layer_tanh_f32_grad(
        &to_f32(&x),
        &to_f32(&w1),
        &to_f32(&b1),
        &to_f32(&w2),
        &to_f32(&b2),
        &to_f32(&y),
    );
    let (value64, (gw1_64, gb1_64, gw2_64, gb2_64)) =
        two_layer_tanh_grad(&x, &w1, &b1, &w2, &b2, &y);
    assert!(
        rel_error(f64::from(value), value64) < TOL_F32,
        "two_layer_tanh_f32 value"
    );
    assert_f32_twin("two_layer_tanh_f32 d/dw1", &gw1, &gw1_64);
    assert_f32_twin("two_layer_tanh_f32 d/db1", &gb1, &gb1_64);
    assert_f32_twin("two_layer_tanh_f32 d/dw2", &gw2, &gw2_64);
    assert_f32_twin("two_layer_tanh_f32 d/db2", &gb2, &gb2_64);

    let (x, y) = (random(5, 186), random(5, 187));
    let (x32, y32) = (to_f32(&x), to_f32(&y));
    let (value, (gx, gy)) = dot_vector_vector_f32_grad(x32.view(), y32.view());
    let (value64, (gx64, gy64)) = dot_vector_vector_grad(&x, &y);
    assert!(
        rel_error(f64::from(value), value64) < TOL_F32,
        "dot_vector_vector_f32 value"
    );
    assert_f32_twin("dot_vector_vector_f32 d/dx", &gx, &gx64);
    assert_f32_twin("dot_vector_vector_f32 d/dy", &gy, &gy64);
}

// ---------------------------------------------------------------------------------------------
// More broadcasting: both operands broadcast, dynamic dimension on either side
// ---------------------------------------------------------------------------------------------

/// (n, 1, m) * (k, 1): both operands are broadcast, to (n, k, m).
#[grad::differentiate]
fn both_operands_broadcast(x: &Array3<f64>, y: &Array2<f64>) -> f64 {
    (x * y).sin().sum() + (y - x).mean().unwrap()
}

/// `ArrayD` with a fixed-dimension array on either side.
#[grad::differentiate]
fn dynamic_broadcast(x: &ArrayD<f64>, b: &Array1<f64>, m: &Array2<f64>) -> f64 {
    (x + b).sin().sum() + (m * x).tanh().sum()
}

/// A 0-dimensional array with scalar parameters on either side.
#[grad::differentiate]
fn zero_dimensional_with_scalars(s: &Array0<f64>, a: f64) -> f64 {
    ((s * a) + 1.0).exp().sum() + (a / s).sum()
}

#[test]
fn more_broadcasting() {
    let (x, y) = (random((2, 1, 4), 190), random((3, 1), 191));
    let (value, (gx, gy)) = both_operands_broadcast_grad(&x, &y);
    assert_value(
        "both_operands_broadcast",
        value,
        both_operands_broadcast(&x, &y),
    );
    assert_fd(
        "both_operands_broadcast d/dx",
        |x| both_operands_broadcast(x, &y),
        &x,
        &gx,
    );
    assert_fd(
        "both_operands_broadcast d/dy",
        |y| both_operands_broadcast(&x, y),
        &y,
        &gy,
    );

    let (x, b, m) = (
        random(IxDyn(&[2, 3, 4]), 192),
        random(4, 193),
        random((3, 4), 194),
    );
    let (value, (gx, gb, gm)) = dynamic_broadcast_grad(&x, &b, &m);
    assert_value("dynamic_broadcast", value, dynamic_broadcast(&x, &b, &m));
    assert_eq!(gx.shape(), &[2, 3, 4]);
    assert_fd(
        "dynamic_broadcast d/dx",
        |x| dynamic_broadcast(x, &b, &m),
        &x,
        &gx,
    );
    assert_fd(
        "dynamic_broadcast d/db",
        |b| dynamic_broadcast(&x, b, &m),
        &b,
        &gb,
    );
    assert_fd(
        "dynamic_broadcast d/dm",
        |m| dynamic_broadcast(&x, &b, m),
        &m,
        &gm,
    );

    let (s, a) = (random((), 195), scalar(196));
    let (value, (gs, ga)) = zero_dimensional_with_scalars_grad(&s, a);
    assert_value(
        "zero_dimensional_with_scalars",
        value,
        zero_dimensional_with_scalars(&s, a),
    );
    assert_fd(
        "zero_dimensional_with_scalars d/ds",
        |s| zero_dimensional_with_scalars(s, a),
        &s,
        &gs,
    );
    assert_fd_scalar(
        "zero_dimensional_with_scalars d/da",
        |a| zero_dimensional_with_scalars(&s, a),
        a,
        ga,
    );
}

// ---------------------------------------------------------------------------------------------
// Reductions feeding back into array arithmetic, `dot` of an array with itself, transposes of
// 1-D, 3-D and transposed views
// ---------------------------------------------------------------------------------------------

/// `x - mean(x)`, `x / sum(x)`, `x · x`, `x / (x · x)`: a reduction of `x` combined with `x`.
#[grad::differentiate]
fn reductions_combined_with_their_input(x: &Array1<f64>, n: i32) -> f64 {
    let centered = x - x.mean().unwrap();
    let normalized = x / x.sum();
    centered.powi(n).sum() + normalized.exp().sum() + x.dot(x) + (x / x.dot(x)).sum()
}

/// `mean_axis` of a 1-D array is a 0-dimensional array, broadcast back against `x`.
#[grad::differentiate]
fn mean_axis_of_a_vector(x: &Array1<f64>) -> f64 {
    let m = x.mean_axis(Axis(0)).unwrap();
    (&m * x).sum() + m.sum()
}

/// `a a`, products of a transposed view with itself, reductions of a transposed view.
#[grad::differentiate]
fn products_of_square_matrices(a: &Array2<f64>, v: ArrayView2<f64>) -> f64 {
    let b = a.dot(a);
    let c = v.dot(a) + v.t().dot(&v);
    let d = v.t().sum_axis(Axis(0)) + v.mean_axis(Axis(1)).unwrap();
    b.sin().sum() + c.cos().sum() + d.tanh().sum()
}

/// `t` of a 3-D array (all axes reversed), `t` of `t`, `t` of a vector (itself).
#[grad::differentiate]
fn transposes_of_every_dimension(x: &Array3<f64>, v: &Array1<f64>) -> f64 {
    let t = x.t();
    let tt = t.t();
    t.powi(2).sum() + (&tt * x).sum() + v.t().dot(v) + (&t.sum_axis(Axis(0)) * v).sum()
}

/// `x / x`, `x - x`, `x + x`: results that do not depend on `x`, or twice it.
#[allow(clippy::eq_op)]
#[grad::differentiate]
fn an_array_against_itself(x: &Array2<f64>) -> f64 {
    (x / x).sum() + (x - x).sum() + x.dot(&x.t()).sum() + (x + x).sin().sum()
}

#[test]
fn reductions_products_and_transposes_of_one_array() {
    let x = positive(4, 200);
    for n in [2, 3] {
        let (value, gradient) = reductions_combined_with_their_input_grad(&x, n);
        assert_value(
            "reductions_combined_with_their_input",
            value,
            reductions_combined_with_their_input(&x, n),
        );
        assert_fd(
            "reductions_combined_with_their_input",
            |x| reductions_combined_with_their_input(x, n),
            &x,
            &gradient,
        );
    }
    let x = random(4, 201);
    check1(
        "mean_axis_of_a_vector",
        mean_axis_of_a_vector,
        mean_axis_of_a_vector_grad,
        &x,
    );

    let (a, b) = (random((3, 3), 202) * 0.5, random((3, 3), 203) * 0.5);
    let (value, (ga, gv)) = products_of_square_matrices_grad(&a, b.t());
    // `t` copies into standard layout before `dot`: the products may round differently.
    assert_close(
        value,
        products_of_square_matrices(&a, b.t()),
        "products_of_square_matrices",
    );
    assert_fd(
        "products_of_square_matrices d/da",
        |a| products_of_square_matrices(a, b.t()),
        &a,
        &ga,
    );
    let numeric = numerical_gradient(|b| products_of_square_matrices(&a, b.t()), &b);
    assert_arrays_close(
        &gv,
        &numeric.t().to_owned(),
        TOL,
        "products_of_square_matrices d/dv against finite differences",
    );

    let (x, v) = (random((2, 3, 4), 204), random(2, 205));
    let (value, (gx, gv)) = transposes_of_every_dimension_grad(&x, &v);
    assert_close(
        value,
        transposes_of_every_dimension(&x, &v),
        "transposes_of_every_dimension",
    );
    assert_fd(
        "transposes d/dx",
        |x| transposes_of_every_dimension(x, &v),
        &x,
        &gx,
    );
    assert_fd(
        "transposes d/dv",
        |v| transposes_of_every_dimension(&x, v),
        &v,
        &gv,
    );

    let x = random((2, 3), 206);
    check1(
        "an_array_against_itself",
        an_array_against_itself,
        an_array_against_itself_grad,
        &x,
    );
}

// ---------------------------------------------------------------------------------------------
// Arrays through control flow: loops, `while`, branches, early returns, local buffers
// ---------------------------------------------------------------------------------------------

/// A recurrent cell applied `steps` times: an array reassigned in a loop.
#[grad::differentiate]
fn recurrent(x: &Array1<f64>, w: &Array2<f64>, b: &Array1<f64>, steps: usize) -> f64 {
    let mut h = x.tanh();
    for _ in 0..steps {
        h = (w.dot(&h) + b).tanh();
    }
    h.powi(2).sum()
}

/// Arrays as the values of `if` expressions, on a constant flag and on a condition computed
/// from an array.
#[grad::differentiate]
fn array_branches(x: &Array2<f64>, flag: bool) -> f64 {
    let y = if flag { x.exp() } else { x.sin() * 2.0 };
    let z = if y.sum() > 0.0 { &y * x } else { -&y };
    z.sum()
}

/// An early `return` of an array expression from a loop.
#[grad::differentiate]
fn early_return_from_a_loop(x: &Array1<f64>, limit: f64) -> f64 {
    let mut h = x.clone();
    for _ in 0..5 {
        h = h.sin() + x;
        if h.sum() > limit {
            return h.exp().sum();
        }
    }
    h.sum()
}

/// A `while` loop on a condition computed from an array.
#[grad::differentiate]
fn while_over_an_array(x: &Array1<f64>) -> f64 {
    let mut h = x.exp();
    let mut steps = 0;
    while h.sum() < 20.0 && steps < 10 {
        h = &h * 1.5 + x;
        steps += 1;
    }
    h.sin().sum()
}

/// `for` over the elements of arrays.
#[grad::differentiate]
fn for_over_elements(x: &Array1<f64>, w: &Array2<f64>) -> f64 {
    let mut acc = 0.0;
    for v in x.iter() {
        acc += v * v;
    }
    for (i, v) in w.iter().enumerate() {
        acc += v.sin() * i as f64;
    }
    acc * x.sum()
}

/// A local matrix written element by element, then used in array operations.
#[grad::differentiate]
fn local_writes_then_array_operations(x: &Array1<f64>, w: &Array2<f64>) -> f64 {
    let n = x.len();
    let mut h: Array2<f64> = Array2::zeros((n, n));
    for i in 0..n {
        for j in 0..n {
            h[[i, j]] = x[i] * x[j];
        }
    }
    h.dot(w).tanh().sum()
}

/// Shadowing an array parameter, reassigning a local array, reading it by index.
#[grad::differentiate]
fn shadowing_and_reassignment(x: &Array2<f64>) -> f64 {
    let x = x * 2.0;
    let mut y = x.exp();
    y = &y + &x;
    y = y.sin();
    let mut s = 0.0;
    for i in 0..y.nrows() {
        s += y[[i, 0]];
    }
    s + y.sum()
}

#[test]
fn arrays_through_control_flow() {
    let w = random((3, 3), 210) * 0.5;
    let (x, b) = (random(3, 211), random(3, 212));
    for steps in [0, 1, 4] {
        let (value, (gx, gw, gb)) = recurrent_grad(&x, &w, &b, steps);
        assert_value("recurrent", value, recurrent(&x, &w, &b, steps));
        assert_fd("recurrent d/dx", |x| recurrent(x, &w, &b, steps), &x, &gx);
        assert_fd("recurrent d/dw", |w| recurrent(&x, w, &b, steps), &w, &gw);
        assert_fd("recurrent d/db", |b| recurrent(&x, &w, b, steps), &b, &gb);
    }

    // Both branches of each `if` are taken.
    let mut conditions = Vec::new();
    for (seed, flag) in [
        (213, true),
        (214, false),
        (215, true),
        (216, false),
        (217, false),
    ] {
        let a = random((2, 3), seed);
        conditions.push(flag || (a.sin() * 2.0).sum() > 0.0);
        let (value, gradient) = array_branches_grad(&a, flag);
        assert_value("array_branches", value, array_branches(&a, flag));
        assert_fd("array_branches", |a| array_branches(a, flag), &a, &gradient);
    }
    assert!(conditions.contains(&true) && conditions.contains(&false));

    for limit in [-100.0, 1.0, 100.0] {
        let (value, (gx, glimit)) = early_return_from_a_loop_grad(&x, limit);
        assert_value(
            "early_return_from_a_loop",
            value,
            early_return_from_a_loop(&x, limit),
        );
        assert_eq!(glimit, 0.0, "the limit only decides which path is taken");
        assert_fd(
            "early_return_from_a_loop",
            |x| early_return_from_a_loop(x, limit),
            &x,
            &gx,
        );
    }

    for seed in [217, 218, 219] {
        let x = random(3, seed);
        check1(
            "while_over_an_array",
            while_over_an_array,
            while_over_an_array_grad,
            &x,
        );
    }

    let m = random((2, 3), 220);
    let (value, (gx, gm)) = for_over_elements_grad(&x, &m);
    assert_value("for_over_elements", value, for_over_elements(&x, &m));
    assert_fd(
        "for_over_elements d/dx",
        |x| for_over_elements(x, &m),
        &x,
        &gx,
    );
    assert_fd(
        "for_over_elements d/dw",
        |m| for_over_elements(&x, m),
        &m,
        &gm,
    );

    let (value, (gx, gw)) = local_writes_then_array_operations_grad(&x, &w);
    assert_value(
        "local_writes_then_array_operations",
        value,
        local_writes_then_array_operations(&x, &w),
    );
    assert_fd(
        "local_writes_then_array_operations d/dx",
        |x| local_writes_then_array_operations(x, &w),
        &x,
        &gx,
    );
    assert_fd(
        "local_writes_then_array_operations d/dw",
        |w| local_writes_then_array_operations(&x, w),
        &w,
        &gw,
    );

    let a = random((2, 3), 221);
    check1(
        "shadowing_and_reassignment",
        shadowing_and_reassignment,
        shadowing_and_reassignment_grad,
        &a,
    );
}

// ---------------------------------------------------------------------------------------------
// Parameters used only through their shape, or not at all: zero gradients of their shape
// ---------------------------------------------------------------------------------------------

#[grad::differentiate]
fn shape_only_and_unused(x: &Array2<f64>, y: &Array1<f64>, _z: &Array3<f64>) -> f64 {
    x.sum() * y.len() as f64 + x.shape()[0] as f64
}

#[test]
fn parameters_used_only_through_their_shape_have_zero_gradients() {
    let (x, y, z) = (random((2, 3), 230), random(4, 231), random((2, 2, 2), 232));
    let (value, (gx, gy, gz)) = shape_only_and_unused_grad(&x, &y, &z);
    assert_value(
        "shape_only_and_unused",
        value,
        shape_only_and_unused(&x, &y, &z),
    );
    assert_eq!(gx, Array2::from_elem((2, 3), 4.0));
    assert_eq!(gy, Array1::<f64>::zeros(4));
    assert_eq!(gz, Array3::<f64>::zeros((2, 2, 2)));
    // An empty array: an empty gradient.
    assert_eq!(sum_sq_1_grad(&Array1::zeros(0)), (0.0, Array1::zeros(0)));
}

// ---------------------------------------------------------------------------------------------
// A softmax cross-entropy in array operations, and helpers returning arrays called with the
// results of other array operations
// ---------------------------------------------------------------------------------------------

/// Softmax along axis 1 with `sum_axis` and a reshape for broadcasting, then the mean negative
/// log-likelihood of `labels` through indexed reads, plus a penalty on the probabilities.
#[grad::differentiate]
fn softmax_cross_entropy(scores: &Array2<f64>, labels: &[usize]) -> f64 {
    let (n, k) = (scores.nrows(), scores.ncols());
    let e = scores.exp();
    let totals = e.sum_axis(Axis(1)).into_shape_with_order((n, 1)).unwrap();
    let p = &e / &totals;
    let mut loss = 0.0;
    for i in 0..n {
        loss -= p[[i, labels[i]]].ln();
    }
    loss / n as f64 + (p.powi(2) * k as f64).mean().unwrap()
}

/// A helper returning an array, with a broadcast bias.
#[grad::differentiate]
fn shifted_exp(h: &Array2<f64>, b: &Array1<f64>) -> Array2<f64> {
    (h + b).exp()
}

/// Helpers called with parameters, with their own results, and with `layer`.
#[grad::differentiate]
fn chained_helpers(x: &Array2<f64>, b: &Array1<f64>) -> f64 {
    let y = shifted_exp(x, b);
    let z = shifted_exp(&y, b);
    z.sum() + layer(&z, x).sum()
}

#[test]
fn softmax_cross_entropy_and_chained_helpers() {
    let scores = random((4, 3), 240);
    let labels = [0, 2, 1, 2];
    let (value, gradient) = softmax_cross_entropy_grad(&scores, &labels);
    assert_value(
        "softmax_cross_entropy",
        value,
        softmax_cross_entropy(&scores, &labels),
    );
    assert_fd(
        "softmax_cross_entropy",
        |s| softmax_cross_entropy(s, &labels),
        &scores,
        &gradient,
    );

    let (x, b) = (random((3, 3), 241) * 0.3, random(3, 242) * 0.3);
    let (value, (gx, gb)) = chained_helpers_grad(&x, &b);
    assert_value("chained_helpers", value, chained_helpers(&x, &b));
    assert_fd("chained_helpers d/dx", |x| chained_helpers(x, &b), &x, &gx);
    assert_fd("chained_helpers d/db", |b| chained_helpers(&x, b), &b, &gb);
}

// ---------------------------------------------------------------------------------------------
// f32 literals
// ---------------------------------------------------------------------------------------------

#[grad::differentiate]
fn literals_and_references_f32(x: &Array2<f32>, s: f32) -> f32 {
    let y = x * 2.0;
    let z = 1.0 - &y;
    let w = -(&z / 3.0) + 0.5;
    let v = 2.0 / (w.powi(2) + 1.0);
    (&v - &z).sum() * s + (-&y).exp().mean().unwrap()
}

#[test]
fn f32_literals_match_their_f64_twin() {
    let x = random((2, 3), 250);
    let s = scalar(251);
    let (value, (gx, gs)) = literals_and_references_f32_grad(&to_f32(&x), s as f32);
    let (value64, (gx64, gs64)) = literals_and_references_grad(&x, s);
    assert!(rel_error(f64::from(value), value64) < TOL_F32, "value");
    assert!(rel_error(f64::from(gs), gs64) < TOL_F32, "d/ds");
    assert_f32_twin("literals_and_references_f32 d/dx", &gx, &gx64);
}

// ---------------------------------------------------------------------------------------------
// Regressions: borrowed receivers and squares, squares of constants, shape queries destructured
// ---------------------------------------------------------------------------------------------

#[grad::differentiate]
fn square_of_a_borrowed_local(x: &Array1<f64>) -> f64 {
    let y = x.exp();
    (&y * &y).sum()
}

#[grad::differentiate]
fn square_of_borrowed_parameters(x: Array1<f64>, a: ArrayView2<f64>) -> f64 {
    (&x * &x).sum() + ((&a * &a) * 0.5).sum()
}

// The borrows are the point: the macro must keep `(&y).sin()` a call on a reference.
#[allow(clippy::needless_borrow, clippy::op_ref)]
#[grad::differentiate]
fn borrowed_receivers(x: &Array1<f64>, s: f64) -> f64 {
    let y = x.exp();
    let t = s * 2.0;
    (&y).sin().sum() + (&y).dot(&y) + (&t).sin() * (&t * &t)
}

#[grad::differentiate]
fn square_in_a_branch(x: &Array2<f64>) -> f64 {
    let y = x.sin();
    let z = if y.sum() > 0.0 { &y * &y } else { -&y };
    z.sum()
}

#[test]
fn borrowed_operands_and_receivers() {
    {
        let x = random(4, 260);
        check1(
            "square_of_a_borrowed_local",
            square_of_a_borrowed_local,
            square_of_a_borrowed_local_grad,
            &x,
        );
        let a = random((3, 2), 261);
        let (value, (gx, ga)) = square_of_borrowed_parameters_grad(x.clone(), a.view());
        assert_value(
            "square_of_borrowed_parameters",
            value,
            square_of_borrowed_parameters(x.clone(), a.view()),
        );
        assert_fd(
            "square_of_borrowed_parameters d/dx",
            |x| square_of_borrowed_parameters(x.clone(), a.view()),
            &x,
            &gx,
        );
        assert_fd(
            "square_of_borrowed_parameters d/da",
            |a| square_of_borrowed_parameters(x.clone(), a.view()),
            &a,
            &ga,
        );
        let s = scalar(262);
        let (value, (gx, gs)) = borrowed_receivers_grad(&x, s);
        assert_value("borrowed_receivers", value, borrowed_receivers(&x, s));
        assert_fd(
            "borrowed_receivers d/dx",
            |x| borrowed_receivers(x, s),
            &x,
            &gx,
        );
        assert_fd_scalar(
            "borrowed_receivers d/ds",
            |s| borrowed_receivers(&x, s),
            s,
            gs,
        );
        for seed in [263, 264, 265] {
            let m = random((2, 3), seed);
            check1(
                "square_in_a_branch",
                square_in_a_branch,
                square_in_a_branch_grad,
                &m,
            );
        }
    }
}

#[grad::differentiate]
fn integer_squares(x: &Array2<f64>, k: i32) -> f64 {
    let n = x.len();
    let c = 0.5;
    (x * (n * n) as f64).powi(k * k).sum() * (c * c)
}

#[test]
fn squares_of_constants() {
    {
        let x = random((2, 2), 270);
        let (value, gx) = integer_squares_grad(&x, 1);
        assert_value("integer_squares", value, integer_squares(&x, 1));
        assert_fd("integer_squares", |x| integer_squares(x, 1), &x, &gx);
    }
}

#[grad::differentiate]
fn destructured_dim(w: &Array2<f64>) -> f64 {
    let (rows, cols) = w.dim();
    let mut s = 0.0;
    for i in 0..rows {
        for j in 0..cols {
            s += w[[i, j]] * (i + j) as f64;
        }
    }
    s + w.sin().sum()
}

#[test]
fn destructuring_a_shape_query() {
    {
        let w = random((2, 3), 280);
        check1(
            "destructured_dim",
            destructured_dim,
            destructured_dim_grad,
            &w,
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Shape methods through the macro: rows, columns, slices, reshapes
// ---------------------------------------------------------------------------------------------

#[grad::differentiate]
fn rows_columns_and_slices(w: &Array2<f64>) -> f64 {
    let first_row = w.row(0);
    let last_column = w.column(2);
    let corner = w.slice(ndarray::s![1.., ..2]);
    let flat = w.to_owned().into_shape_with_order(6).unwrap();
    (&first_row * &first_row).sum()
        + last_column.exp().sum()
        + corner.sin().sum()
        + flat.dot(&flat.tanh())
}

#[test]
fn rows_columns_slices_and_reshapes_scatter_their_gradients_back() {
    for seed in [300, 301] {
        let w = random((2, 3), seed);
        let (value, gradient) = rows_columns_and_slices_grad(&w);
        assert_value(
            "rows_columns_and_slices",
            value,
            rows_columns_and_slices(&w),
        );
        assert_fd(
            "rows_columns_and_slices",
            rows_columns_and_slices,
            &w,
            &gradient,
        );
    }
}
