//! The fused reduction `sum_of_squares_vjp` (`Σ x²`, what the macro emits for the L2 penalty
//! `(&w * &w).sum()`): its value and cotangent are bit for bit those of `powi_vjp(2)` followed
//! by `sum_vjp`, the rules it replaces, for every layout; its pullback matches finite
//! differences and the closed form `2c · x`; `f32` as well as `f64`, any dimension, owned arrays,
//! references, views, shared and copy-on-write arrays. The pair `f_grad` uses in its place
//! (`sum_of_squares_forward`, `sum_of_squares_pullback_into`) gives the same bits.

use grad_runtime::__private::Adjoint;
use grad_runtime::Scalar;
use grad_runtime::check::{assert_gradcheck, assert_vjpcheck};
use grad_runtime::ndarray::{
    Array, Array2, ArrayBase, ArrayD, CowArray, Data, Dimension, IxDyn, ShapeBuilder, array, s,
};
use grad_runtime::rules::{ArrayRules, ReduceRules};

mod common;

use common::Rng;

/// The largest accepted relative error between a pullback and the numerical VJP.
const TOL: f64 = 1e-6;

/// Shapes of every dimension, empty, and lengths around the eightfold unrolling (7, 8, 9, 17)
/// and well beyond it.
const SHAPES: [&[usize]; 12] = [
    &[],
    &[0],
    &[1],
    &[7],
    &[8],
    &[9],
    &[3, 0],
    &[1, 17],
    &[4, 3],
    &[2, 3, 4],
    &[2, 1, 3, 2],
    &[13, 21],
];

/// `x.powi_vjp(2)` then `.sum_vjp()`, pulled back with `c`: what the fused rule replaces.
fn composed<A: Scalar, S: Data<Elem = A>, D: Dimension>(
    x: &ArrayBase<S, D>,
    c: A,
) -> (A, Array<A, D>) {
    let (squares, squares_pullback) = x.powi_vjp(2);
    let (value, sum_pullback) = squares.sum_vjp();
    let (dsquares,) = sum_pullback(c);
    let (dx, ()) = squares_pullback(dsquares);
    (value, dx)
}

/// The fused rule's value and cotangent for `c`.
fn fused<A: Scalar, S: Data<Elem = A>, D: Dimension>(
    x: &ArrayBase<S, D>,
    c: A,
) -> (A, Array<A, D>) {
    let (value, pullback) = x.sum_of_squares_vjp();
    let (dx,) = pullback(c);
    (value, dx)
}

/// Fused and composed agree exactly (values, cotangents and their shapes).
fn assert_same_as_composed<A: Scalar, S: Data<Elem = A>, D: Dimension>(x: &ArrayBase<S, D>, c: A) {
    let (value, dx) = fused(x, c);
    let (expected, expected_dx) = composed(x, c);
    assert_eq!(
        value.to_bits_u64(),
        expected.to_bits_u64(),
        "value of shape {:?}",
        x.shape()
    );
    assert_eq!(dx, expected_dx, "cotangent of shape {:?}", x.shape());
}

/// The bits of an `f32` or `f64`, to compare values exactly (`0.0 == -0.0`, `NaN != NaN`).
trait ToBits {
    fn to_bits_u64(self) -> u64;
}

impl<A: Scalar> ToBits for A {
    fn to_bits_u64(self) -> u64 {
        let x = self.to_f64().expect("a float converts to f64");
        // f32 to f64 is exact, so this is injective on f32 too.
        x.to_bits()
    }
}

#[test]
fn sum_of_squares_matches_finite_differences_and_the_closed_form() {
    let mut rng = Rng(1);
    for shape in SHAPES {
        let x = rng.array(IxDyn(shape), 3.0);
        let c = 0.75;
        let (value, pullback) = x.sum_of_squares_vjp();
        assert_eq!(value, x.mapv(|v| v * v).sum(), "shape {shape:?}");
        let (dx,) = pullback(c);
        assert_eq!(dx, x.mapv(|v| 2.0 * c * v), "shape {shape:?}");
        assert_vjpcheck(|x: &ArrayD<f64>| (x * x).sum(), &x, c, &dx, TOL);
        let (_, pullback) = x.sum_of_squares_vjp();
        let (gradient,) = pullback(1.0);
        assert_gradcheck(|x: &ArrayD<f64>| (x * x).sum(), &x, &gradient, TOL);
    }
}

#[test]
fn sum_of_squares_is_bit_for_bit_the_square_then_the_sum() {
    let mut rng = Rng(2);
    for shape in SHAPES {
        let x = rng.array(IxDyn(shape), 3.0);
        for c in [1.0, -0.3, 1e-3] {
            assert_same_as_composed(&x, c);
            assert_same_as_composed(&x.mapv(|v| v as f32), c as f32);
        }
    }
    // Long enough for rounding to depend on the order of the sum.
    let x = rng.array((1000, 37), 3.0);
    assert_same_as_composed(&x, 0.5);
    assert_same_as_composed(&x.mapv(|v| v as f32), 0.5_f32);
}

#[test]
fn sum_of_squares_of_views_in_every_layout() {
    let mut rng = Rng(3);
    let x: Array2<f64> = rng.array((9, 13), 3.0);
    // Standard, transposed (column-major), strided, reversed, and a column.
    let views = [
        x.view(),
        x.t(),
        x.slice(s![.., ..;2]),
        x.slice(s![..;-1, 1..]),
        x.slice(s![2..3, ..]),
        x.slice(s![.., 4..5]),
    ];
    for view in views {
        let expected: f64 = view.iter().map(|v| v * v).sum();
        let (value, pullback) = view.sum_of_squares_vjp();
        assert!(
            (value - expected).abs() <= 1e-12 * expected,
            "{value} vs {expected}"
        );
        let (dx,) = pullback(2.5);
        assert_eq!(dx.shape(), view.shape());
        assert_eq!(dx, view.mapv(|v| 5.0 * v));
        assert_same_as_composed(&view, 2.5);
    }
    // A column-major owned array keeps its layout in the cotangent, as powi's does.
    let f = Array2::from_shape_fn((5, 3).f(), |(i, j)| (i * 3 + j) as f64 - 6.0);
    assert_same_as_composed(&f, -1.0);
    let (_, pullback) = f.sum_of_squares_vjp();
    assert_eq!(pullback(1.0).0, 2.0 * &f);
}

#[test]
fn sum_of_squares_of_references_shared_and_copy_on_write_arrays() {
    let x = array![[1.0_f32, -2.0], [3.0, 0.5]];
    let expected_value = 1.0 + 4.0 + 9.0 + 0.25;
    let expected_dx = array![[2.0_f32, -4.0], [6.0, 1.0]];
    let reference = &x;
    let (value, pullback) = reference.sum_of_squares_vjp();
    assert_eq!(
        (value, pullback(1.0).0),
        (expected_value, expected_dx.clone())
    );
    let shared = x.to_shared();
    let (value, pullback) = shared.sum_of_squares_vjp();
    assert_eq!(
        (value, pullback(1.0).0),
        (expected_value, expected_dx.clone())
    );
    let cow = CowArray::from(x.view());
    let (value, pullback) = cow.sum_of_squares_vjp();
    assert_eq!(
        (value, pullback(1.0).0),
        (expected_value, expected_dx.clone())
    );
    let dynamic = x.clone().into_dyn();
    let (value, pullback) = dynamic.sum_of_squares_vjp();
    assert_eq!(
        (value, pullback(1.0).0),
        (expected_value, expected_dx.into_dyn())
    );
}

#[test]
fn sum_of_squares_of_an_empty_array_is_zero_with_an_empty_cotangent() {
    let x = Array2::<f64>::zeros((0, 4));
    let (value, pullback) = x.sum_of_squares_vjp();
    assert_eq!(value, 0.0);
    assert_eq!(pullback(1.0).0.shape(), &[0, 4]);
}

#[test]
fn sum_of_squares_propagates_nan_and_infinity() {
    let (value, pullback) = array![1.0, f64::NAN].sum_of_squares_vjp();
    assert!(value.is_nan());
    assert!(pullback(1.0).0[1].is_nan());
    let (value, _) = array![f64::INFINITY, -2.0].sum_of_squares_vjp();
    assert_eq!(value, f64::INFINITY);
}

// ---------------------------------------------------------------------------------------------
// The in-place pair `f_grad` uses where it can read `x` in the reverse sweep:
// `sum_of_squares_forward` (the value, nothing kept) and `sum_of_squares_pullback_into`
// (`adjoint += 2c · x`).

#[test]
fn the_in_place_pair_is_bit_for_bit_the_fused_rule() {
    let mut rng = Rng(7);
    let x: Array2<f64> = rng.array((9, 13), 3.0);
    let long = rng.array((1000, 37), 3.0);
    let views = [
        x.view(),
        x.t(),
        x.slice(s![.., ..;2]),
        x.slice(s![..;-1, 1..]),
        x.slice(s![.., 4..5]),
        long.view(),
    ];
    for view in views {
        for c in [1.0, -0.3, 2.5] {
            let (value, pullback) = view.sum_of_squares_vjp();
            let (dx,) = pullback(c);
            assert_eq!(view.sum_of_squares_forward().to_bits(), value.to_bits());
            // Into an empty adjoint: `2c · x` itself.
            let mut adjoint = Adjoint::new();
            view.sum_of_squares_pullback_into(c, &mut adjoint);
            assert_eq!(adjoint.take(), Some(dx.clone()), "shape {:?}", view.shape());
            // Into a sum: the same additions as adding the fused rule's cotangent.
            let other = rng.array(view.raw_dim(), 1.0);
            let mut expected = Adjoint::new();
            expected.add(other.clone());
            expected.add(dx);
            let mut adjoint = Adjoint::new();
            adjoint.add(other);
            view.sum_of_squares_pullback_into(c, &mut adjoint);
            assert_eq!(adjoint.take(), expected.take());
        }
    }
    for shape in SHAPES {
        let x = rng.array(IxDyn(shape), 3.0).mapv(|v| v as f32);
        let (value, pullback) = x.sum_of_squares_vjp();
        assert_eq!(x.sum_of_squares_forward().to_bits(), value.to_bits());
        let mut adjoint = Adjoint::new();
        x.sum_of_squares_pullback_into(0.5, &mut adjoint);
        assert_eq!(adjoint.take(), Some(pullback(0.5).0));
    }
}

#[test]
fn pulled_back_in_place_it_matches_finite_differences() {
    let mut rng = Rng(8);
    let x: Array2<f64> = rng.array((4, 5), 2.0);
    let mut adjoint = Adjoint::new();
    x.sum_of_squares_pullback_into(1.0, &mut adjoint);
    let gradient = adjoint.take().expect("a contribution");
    assert_gradcheck(|x: &Array2<f64>| (x * x).sum(), &x, &gradient, TOL);
    // Two sums' cotangents summed first, as `f_grad` does: `2 (c₁ + c₂) · x`.
    let mut adjoint = Adjoint::new();
    adjoint.add(x.mapv(|v| v.sin()));
    x.sum_of_squares_pullback_into(0.25 + 1.5, &mut adjoint);
    let gradient = adjoint.take().expect("a contribution");
    assert_gradcheck(
        |x: &Array2<f64>| x.mapv(|v| -v.cos()).sum() + 0.25 * (x * x).sum() + 1.5 * (x * x).sum(),
        &x,
        &gradient,
        TOL,
    );
}

#[test]
fn pulled_back_in_place_into_a_placeholder_it_fills_it() {
    // An empty array in an adjoint stands for zeros (a struct field that got nothing yet).
    let x = array![[1.0, -2.0], [0.5, 3.0]];
    let mut adjoint = Adjoint::new();
    adjoint.add(Array2::<f64>::zeros((0, 0)));
    x.sum_of_squares_pullback_into(0.5, &mut adjoint);
    assert_eq!(adjoint.take(), Some(x.clone()));
}

#[test]
#[should_panic(expected = "grad: adding cotangents of different shapes")]
fn pulled_back_in_place_into_a_sum_of_another_shape_it_panics() {
    let x = array![[1.0, -2.0], [0.5, 3.0]];
    let mut adjoint = Adjoint::new();
    adjoint.add(Array2::<f64>::zeros((3, 2)));
    x.sum_of_squares_pullback_into(0.5, &mut adjoint);
}
