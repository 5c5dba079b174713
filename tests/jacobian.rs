//! The dense Jacobian and Hessian helpers (`grad::jacobian`, `grad::hessian`, ..) on
//! differentiated functions: Jacobians against their closed forms and against central
//! differences of the function, from jvp columns and from vjp rows; the choice of direction by
//! shape; Hessians of Rosenbrock against the closed form and against central differences of
//! `rosenbrock_grad`.
//!
//! The rows come from the generated `f_vjp`, the columns from `f_jvp` and the Hessian's columns
//! from `f_hvp`; the hand-written Rosenbrock products (the benchmark's baselines) are checked
//! against the generated gradient too.

// Shared with the examples and the benchmarks; these tests use part of it.
#[allow(dead_code)]
#[path = "../examples/common/objectives.rs"]
mod objectives;

mod common;

use std::cell::Cell;

use approx::assert_relative_eq;
use grad::{hessian, jacobian, jacobian_forward, jacobian_reverse};
use ndarray::{Array1, Array2, array};

use common::H;
use objectives::{
    rosenbrock, rosenbrock_grad, rosenbrock_hessian_closed_form, rosenbrock_hvp,
    rosenbrock_hvp_hand_written, rosenbrock_jvp, rosenbrock_jvp_hand_written,
};

/// Polar to cartesian coordinates, `(r, θ) ↦ (r cos θ, r sin θ)`.
#[grad::differentiate]
fn polar(p: &[f64]) -> Vec<f64> {
    vec![p[0] * p[1].cos(), p[0] * p[1].sin()]
}

/// `J = [[cos θ, -r sin θ], [sin θ, r cos θ]]`.
fn polar_jacobian_closed_form(p: &[f64]) -> Array2<f64> {
    let (r, theta) = (p[0], p[1]);
    array![
        [theta.cos(), -r * theta.sin()],
        [theta.sin(), r * theta.cos()]
    ]
}

/// A wide map `R³ → R²`: `(x₀ x₁, x₁ + sin x₂)`.
#[grad::differentiate]
fn wide(x: &[f64]) -> Vec<f64> {
    vec![x[0] * x[1], x[1] + x[2].sin()]
}

/// A tall map on arrays `R² → R³`: `(a eᵇ, a sin b, a + b)`.
#[grad::differentiate]
fn tall(x: &Array1<f64>) -> Array1<f64> {
    let (a, b) = (x[0], x[1]);
    array![a * b.exp(), a * b.sin(), a + b]
}

/// The `m × n` central-difference Jacobian of `f` at `x`: column `j` is
/// `(f(x + h eⱼ) - f(x - h eⱼ)) / 2h`.
fn numerical_jacobian(f: impl Fn(&[f64]) -> Vec<f64>, x: &[f64]) -> Array2<f64> {
    let m = f(x).len();
    let mut j = Array2::zeros((m, x.len()));
    for col in 0..x.len() {
        let (mut plus, mut minus) = (x.to_vec(), x.to_vec());
        plus[col] += H;
        minus[col] -= H;
        let (f_plus, f_minus) = (f(&plus), f(&minus));
        for row in 0..m {
            j[[row, col]] = (f_plus[row] - f_minus[row]) / (2.0 * H);
        }
    }
    j
}

/// The central-difference Hessian of `f` at `x` from its gradient: column `j` is
/// `(∇f(x + h eⱼ) - ∇f(x - h eⱼ)) / 2h`.
fn numerical_hessian(gradient: impl Fn(&[f64]) -> Vec<f64>, x: &[f64]) -> Array2<f64> {
    numerical_jacobian(gradient, x)
}

fn to_array2(rows: Vec<Vec<f64>>) -> Array2<f64> {
    let n = rows.len();
    Array2::from_shape_vec((n, n), rows.concat()).unwrap()
}

#[test]
fn polar_jacobian_from_columns_and_from_rows_matches_the_closed_form_and_differences() {
    for p in [[2.0, 0.3], [0.5, -2.0], [1.7, 3.0]] {
        let columns = jacobian_forward((2, 2), |t: Vec<f64>| polar_jvp(&p, &t).1);
        let rows = jacobian_reverse((2, 2), |u: Vec<f64>| polar_vjp(&p).1(u).0);
        let expected = polar_jacobian_closed_form(&p);
        assert_relative_eq!(columns, expected, max_relative = 1e-12);
        assert_relative_eq!(rows, expected, max_relative = 1e-12);
        let numerical = numerical_jacobian(polar, &p);
        assert_relative_eq!(rows, numerical, max_relative = 1e-6, epsilon = 1e-9);
    }
}

#[test]
#[should_panic(expected = "relative")]
fn a_wrong_jacobian_fails_the_comparison() {
    // The pair of the test above: a Jacobian with its rows swapped is not the polar Jacobian.
    let p = [2.0, 0.3];
    let mut rows = jacobian_reverse((2, 2), |u: Vec<f64>| polar_vjp(&p).1(u).0);
    rows.invert_axis(ndarray::Axis(0));
    let expected = polar_jacobian_closed_form(&p);
    assert_relative_eq!(rows, expected, max_relative = 1e-6);
}

/// Counts the calls of a product closure.
fn counted<T, R>(calls: &Cell<usize>, mut f: impl FnMut(T) -> R) -> impl FnMut(T) -> R {
    move |t| {
        calls.set(calls.get() + 1);
        f(t)
    }
}

#[test]
fn jacobian_of_a_wide_map_takes_rows_from_vjps() {
    let x = [0.7, -1.3, 0.4];
    let (jvps, vjps) = (Cell::new(0), Cell::new(0));
    let j = jacobian(
        (2, 3),
        counted(&jvps, |t: Vec<f64>| wide_jvp(&x, &t).1),
        counted(&vjps, |u: Vec<f64>| wide_vjp(&x).1(u).0),
    );
    assert_eq!((jvps.get(), vjps.get()), (0, 2));
    let expected = array![[x[1], x[0], 0.0], [0.0, 1.0, x[2].cos()]];
    assert_relative_eq!(j, expected, max_relative = 1e-12);
    assert_relative_eq!(j, numerical_jacobian(wide, &x), max_relative = 1e-6);
    // The other direction gives the same matrix.
    let columns = jacobian_forward((2, 3), |t: Vec<f64>| wide_jvp(&x, &t).1);
    assert_relative_eq!(columns, expected, max_relative = 1e-12);
}

#[test]
fn jacobian_of_a_tall_map_on_arrays_takes_columns_from_jvps() {
    let x = array![1.5, 0.6];
    let (jvps, vjps) = (Cell::new(0), Cell::new(0));
    let j = jacobian(
        (3, 2),
        counted(&jvps, |t: Array1<f64>| tall_jvp(&x, &t).1),
        counted(&vjps, |u: Array1<f64>| tall_vjp(&x).1(u).0),
    );
    assert_eq!((jvps.get(), vjps.get()), (2, 0));
    let (a, b) = (x[0], x[1]);
    let expected = array![[b.exp(), a * b.exp()], [b.sin(), a * b.cos()], [1.0, 1.0]];
    assert_relative_eq!(j, expected, max_relative = 1e-12);
    let rows = jacobian_reverse((3, 2), |u: Array1<f64>| tall_vjp(&x).1(u).0);
    assert_relative_eq!(rows, expected, max_relative = 1e-12);
    let numerical = numerical_jacobian(
        |p| tall(&Array1::from(p.to_vec())).to_vec(),
        x.as_slice().unwrap(),
    );
    assert_relative_eq!(rows, numerical, max_relative = 1e-6);
}

#[test]
fn jacobian_of_a_scalar_function_is_its_gradient_as_a_row() {
    let x = [-1.2, 1.0, 0.3, 0.8, -0.5];
    let (_, gradient) = rosenbrock_grad(&x);
    // Switch to rosenbrock_jvp when generated: `rosenbrock_jvp(&x, &t).1`.
    let columns = jacobian_forward((1, 5), |t: Vec<f64>| [rosenbrock_jvp(&x, &t).1]);
    let rows = jacobian_reverse((1, 5), |u: Vec<f64>| {
        let (_, g) = rosenbrock_grad(&x);
        g.into_iter().map(move |gi| u[0] * gi)
    });
    let expected = Array2::from_shape_vec((1, 5), gradient).unwrap();
    assert_relative_eq!(columns, expected, max_relative = 1e-12);
    assert_relative_eq!(rows, expected, max_relative = 1e-12);
}

#[test]
fn jacobian_in_f32() {
    let x = [2.0_f32, 0.5];
    let j = jacobian_forward((2, 2), |t: Array1<f32>| {
        array![x[1] * t[0] + x[0] * t[1], 2.0 * x[0] * t[0]]
    });
    assert_relative_eq!(j, array![[0.5_f32, 2.0], [4.0, 0.0]], max_relative = 1e-6);
}

#[test]
#[should_panic(expected = "column 0 has 1 elements, the shape says 2")]
fn a_product_of_the_wrong_length_panics() {
    jacobian_forward((2, 2), |_: Vec<f64>| vec![1.0]);
}

#[test]
fn rosenbrock_hessian_matches_the_closed_form_and_differences_of_the_gradient() {
    for x in [
        vec![-1.2, 1.0],
        vec![1.0, 1.0],
        vec![-1.2, 1.0, 0.3, 0.8, -0.5],
        vec![0.1; 7],
    ] {
        let n = x.len();
        // Switch to rosenbrock_hvp when generated: `rosenbrock_hvp(&x, &v).2`.
        let h = hessian(n, |v: Vec<f64>| rosenbrock_hvp(&x, &v).2);
        let closed_form = to_array2(rosenbrock_hessian_closed_form(&x));
        assert_relative_eq!(h, closed_form, max_relative = 1e-12);
        assert_eq!(h, h.t(), "symmetrised");
        let numerical = numerical_hessian(|p| rosenbrock_grad(p).1, &x);
        assert_relative_eq!(h, numerical, max_relative = 1e-6, epsilon = 1e-6);
    }
}

#[test]
fn the_hand_written_products_match_the_generated_gradient() {
    // What the hand-written jvp and hvp stand in for must be right: the jvp against the
    // generated gradient, the hvp's gradient against it and its product against differences
    // of it along v.
    let x = [-1.2, 1.0, 0.3, 0.8, -0.5];
    let v = [0.3, -0.7, 1.1, 0.2, -0.4];
    let (value, gradient) = rosenbrock_grad(&x);
    let (jvp_value, directional) = rosenbrock_jvp_hand_written(&x, &v);
    let (hvp_value, hvp_gradient, hv) = rosenbrock_hvp_hand_written(&x, &v);
    assert_eq!((jvp_value, hvp_value), (value, value));
    assert_eq!(value, rosenbrock(&x));
    let dot: f64 = gradient.iter().zip(&v).map(|(g, v)| g * v).sum();
    assert_relative_eq!(directional, dot, max_relative = 1e-12);
    assert_relative_eq!(
        Array1::from(hvp_gradient),
        Array1::from(gradient),
        max_relative = 1e-12
    );
    let along = |s: f64| -> Vec<f64> {
        let p: Vec<f64> = x.iter().zip(&v).map(|(x, v)| x + s * v).collect();
        rosenbrock_grad(&p).1
    };
    let (plus, minus) = (along(H), along(-H));
    let numerical: Array1<f64> = plus
        .iter()
        .zip(&minus)
        .map(|(p, m)| (p - m) / (2.0 * H))
        .collect();
    assert_relative_eq!(Array1::from(hv), numerical, max_relative = 1e-6);
}
