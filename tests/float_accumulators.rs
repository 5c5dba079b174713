//! Accumulators the macro knows are floats from how they are bound (`Var::float`,
//! `grad-macro/src/lower/floats.rs`), not only from a float literal or an annotation: a copy
//! of a float parameter (`let mut acc = bias;`), arithmetic on floats (`2.0 * bias - 1.0`), a
//! `mut` float parameter itself. Their loops get the treatment of `let mut acc = 0.0;`: a loop
//! that only accumulates into one is preaccumulated, and an update `acc += e` inside a loop
//! with records keeps no pullback per iteration (`grad-macro/src/plan/updates.rs`). Each
//! function is checked against central differences in `f64` (relative error below
//! `common::TOL`), `f_grad`'s value against `f`'s bit for bit, and `f_vjp`'s gradients against
//! `f_grad`'s.

#![allow(clippy::needless_range_loop, clippy::assign_op_pattern)]

mod common;

use common::{check_parameters, values};

/// A 1-D convolution with a bias, valid positions only, its outputs squared and summed. The
/// outer loop is preaccumulated into `total`; the inner one keeps records, with nothing for
/// `acc += ..`.
#[grad::differentiate]
fn convolve(kernel: &[f64], signal: &[f64], bias: f64) -> f64 {
    let n = kernel.len();
    let mut total = 0.0;
    for i in 0..signal.len() - n + 1 {
        let mut acc = bias;
        for k in 0..n {
            acc += kernel[k] * signal[i + k];
        }
        total += acc * acc;
    }
    total
}

/// [`convolve`] with the accumulator started at a literal and the bias added after: the plan
/// the one above now shares.
#[grad::differentiate]
fn convolve_from_zero(kernel: &[f64], signal: &[f64], bias: f64) -> f64 {
    let n = kernel.len();
    let mut total = 0.0;
    for i in 0..signal.len() - n + 1 {
        let mut acc = 0.0;
        for k in 0..n {
            acc += kernel[k] * signal[i + k];
        }
        acc += bias;
        total += acc * acc;
    }
    total
}

/// A dot product started at an affine function of the bias: a loop that only accumulates into
/// a float, preaccumulated.
#[grad::differentiate]
fn affine_dot(w: &[f64], x: &[f64], bias: f64) -> f64 {
    let mut acc = 2.0 * bias - 1.0;
    for k in 0..w.len() {
        acc += w[k] * x[k];
    }
    acc * acc
}

/// A `mut` float parameter as the accumulator, then a product update pulled back in place.
#[grad::differentiate]
fn into_parameter(mut s: f64, x: &[f64]) -> f64 {
    for i in 0..x.len() {
        s -= x[i] * x[i];
    }
    for i in 0..x.len() {
        s = s * (1.0 + 0.1 * x[i]);
    }
    s
}

/// A copy of a copy, updated by each of `+ - * /` and negated in a loop with records (the
/// condition decides the branch per iteration).
#[grad::differentiate]
fn every_update(x: &[f64], bias: f64) -> f64 {
    let start = bias;
    let mut acc = start;
    for i in 0..x.len() {
        if i % 2 == 0 {
            acc = acc * x[i];
            acc -= x[i];
        } else {
            acc = acc / (2.0 + x[i] * x[i]);
            acc = -acc;
            acc = x[i] - acc;
        }
    }
    acc
}

#[test]
fn a_convolution_with_a_bias_matches_central_differences() {
    let params = [values(1, 3), values(2, 9), vec![0.3]];
    let f = |p: &[Vec<f64>]| convolve(&p[0], &p[1], p[2][0]);
    let grad = |p: &[Vec<f64>]| {
        let (value, (kernel, signal, bias)) = convolve_grad(&p[0], &p[1], p[2][0]);
        (value, vec![kernel, signal, vec![bias]])
    };
    check_parameters("convolve", &params, f, grad);
    let (value, pullback) = convolve_vjp(&params[0], &params[1], params[2][0]);
    let (grad_value, gradients) = grad(&params);
    assert_eq!(value, grad_value);
    let (kernel, signal, bias) = pullback(1.0);
    assert_eq!(vec![kernel, signal, vec![bias]], gradients);
    // Started at the bias or at zero with the bias added after: the same function.
    let from_zero = convolve_from_zero_grad(&params[0], &params[1], params[2][0]);
    common::assert_slices_close(&from_zero.1.0, &gradients[0], 1e-12, "kernel");
    common::assert_slices_close(&from_zero.1.1, &gradients[1], 1e-12, "signal");
    common::assert_close_tol(from_zero.1.2, gradients[2][0], 1e-12, "bias");
}

#[test]
fn a_dot_product_from_an_affine_start_matches_central_differences() {
    let params = [values(3, 5), values(4, 5), vec![-0.7]];
    let f = |p: &[Vec<f64>]| affine_dot(&p[0], &p[1], p[2][0]);
    let grad = |p: &[Vec<f64>]| {
        let (value, (w, x, bias)) = affine_dot_grad(&p[0], &p[1], p[2][0]);
        (value, vec![w, x, vec![bias]])
    };
    check_parameters("affine_dot", &params, f, grad);
    let (_, pullback) = affine_dot_vjp(&params[0], &params[1], params[2][0]);
    let (w, x, bias) = pullback(1.0);
    assert_eq!(vec![w, x, vec![bias]], grad(&params).1);
}

#[test]
fn a_mutable_float_parameter_as_accumulator_matches_central_differences() {
    let params = [vec![0.9], values(5, 6)];
    let f = |p: &[Vec<f64>]| into_parameter(p[0][0], &p[1]);
    let grad = |p: &[Vec<f64>]| {
        let (value, (s, x)) = into_parameter_grad(p[0][0], &p[1]);
        (value, vec![vec![s], x])
    };
    check_parameters("into_parameter", &params, f, grad);
    let (_, pullback) = into_parameter_vjp(params[0][0], &params[1]);
    let (s, x) = pullback(1.0);
    assert_eq!(vec![vec![s], x], grad(&params).1);
}

#[test]
fn every_update_of_a_copied_float_matches_central_differences() {
    let params = [values(6, 7), vec![1.1]];
    let f = |p: &[Vec<f64>]| every_update(&p[0], p[1][0]);
    let grad = |p: &[Vec<f64>]| {
        let (value, (x, bias)) = every_update_grad(&p[0], p[1][0]);
        (value, vec![x, vec![bias]])
    };
    check_parameters("every_update", &params, f, grad);
    let (_, pullback) = every_update_vjp(&params[0], params[1][0]);
    let (x, bias) = pullback(1.0);
    assert_eq!(vec![x, vec![bias]], grad(&params).1);
}
