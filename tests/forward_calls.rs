//! Forward mode and second order through calls of the user's functions
//! (`#[differentiate(dual_calls)]`): `f_jvp` against central differences of `f` and against
//! the reverse mode (`⟨J v, u⟩ = ⟨v, Jᵀ u⟩`), `f_hvp` against central differences of
//! `f_grad`, in f64 with relative errors below 1e-6. The callees are differentiated functions
//! (in f64 or generic over `A: Scalar`), `nn` layers, and hand-written rules whose companions
//! `grad::dual_companions!` declares.

mod common;

use approx::assert_relative_eq;
use common::{H_DIRECTION as H, assert_all_relative, check_slice_function};
use grad::runtime::ndarray::{Array1, array};
use grad::{Dual, Scalar};

// Nested calls: `outer` calls `middle`, which calls `inner` twice; two of them take data.
#[grad::differentiate]
fn inner(x: f64) -> f64 {
    (x * x + 1.0).ln() * x.sin()
}

#[grad::differentiate(dual_calls)]
fn middle(x: f64, y: f64) -> f64 {
    inner(x * y) + inner(y).exp() * x
}

#[grad::differentiate(dual_calls)]
fn outer(x: &[f64]) -> f64 {
    let a = middle(x[0], x[1]);
    let b = inner(a) * x[2];
    middle(b, x[0] - x[2]) + a * b
}

#[test]
fn nested_calls_of_differentiated_functions() {
    check_slice_function(
        outer,
        outer_grad,
        outer_jvp,
        outer_hvp,
        &[0.3, -0.8, 1.1],
        &[1.0, 0.5, -2.0],
    );
    // The middle function on its own: two float parameters, two tangents.
    let (x, y) = (0.7, -0.4);
    let (_, (gx, gy)) = middle_grad(x, y);
    assert_relative_eq!(
        middle_jvp(x, y, 0.25, 1.5).1,
        gx * 0.25 + gy * 1.5,
        max_relative = 1e-12
    );
}

// A call in a loop, on elements of a slice.
#[grad::differentiate]
fn bond(a: f64, b: f64) -> f64 {
    100.0 * (b - a * a).powi(2) + (1.0 - a).powi(2)
}

#[grad::differentiate(dual_calls)]
fn chain(x: &[f64]) -> f64 {
    let mut total = 0.0;
    for i in 0..x.len() - 1 {
        total += bond(x[i], x[i + 1]);
    }
    total
}

#[test]
fn a_call_in_a_loop() {
    let x = [-1.2, 1.0, 0.7, 1.3, -0.4];
    let v = [0.3, -1.1, 0.5, 2.0, 0.25];
    check_slice_function(chain, chain_grad, chain_jvp, chain_hvp, &x, &v);
}

// Helpers taking slices: the parameter itself, and a vector the caller computes.
#[grad::differentiate]
fn soft_max_norm(x: &[f64]) -> f64 {
    let mut total = 0.0;
    for v in x {
        total += (v * 3.0).exp();
    }
    total.ln() / 3.0
}

#[grad::differentiate(dual_calls)]
fn through_slices(x: &[f64]) -> f64 {
    let mut squares = vec![0.0; x.len()];
    for i in 0..x.len() {
        squares[i] = x[i] * x[i];
    }
    soft_max_norm(x) * soft_max_norm(&squares) + x[0]
}

#[test]
fn helpers_taking_slices() {
    let x = [0.4, -0.9, 0.2, 0.6];
    let v = [1.0, 0.3, -0.7, 0.2];
    check_slice_function(
        through_slices,
        through_slices_grad,
        through_slices_jvp,
        through_slices_hvp,
        &x,
        &v,
    );
}

// A generic helper is called at `A = Dual<f64>`; a generic caller needs no `dual_calls`.
#[grad::differentiate]
fn smooth_abs<A: Scalar>(x: A) -> A {
    (x * x + A::from(0.01).unwrap()).sqrt()
}

#[grad::differentiate(dual_calls)]
fn generic_callee(x: &[f64]) -> f64 {
    smooth_abs(x[0] - x[1]) * smooth_abs(x[1]) + x[0].cos()
}

#[grad::differentiate]
fn generic_caller<A: Scalar>(x: &[A]) -> A {
    let mut total = A::zero();
    for &v in x {
        total = total + smooth_abs(v * total + v);
    }
    total
}

#[test]
fn generic_helpers_and_generic_callers() {
    let x = [0.3, -0.5, 0.8];
    let v = [0.6, 1.2, -0.4];
    check_slice_function(
        generic_callee,
        generic_callee_grad,
        generic_callee_jvp,
        generic_callee_hvp,
        &x,
        &v,
    );
    check_slice_function(
        generic_caller,
        generic_caller_grad,
        generic_caller_jvp,
        generic_caller_hvp,
        &x,
        &v,
    );
}

// Callees in a module, called by path, and a callee that names its differentiated parameter.
mod shapes {
    #[grad::differentiate]
    pub fn cube(x: f64) -> f64 {
        x * x * x
    }

    #[grad::differentiate(wrt(x))]
    pub fn weighted(x: f64, weight: f64) -> f64 {
        (x * weight).tanh()
    }
}

#[grad::differentiate(dual_calls)]
fn by_path(x: &[f64]) -> f64 {
    shapes::cube(x[0] - x[1]) + shapes::weighted(x[1] * x[0], 0.5) + shapes::weighted(x[0], 2.0)
}

#[test]
fn callees_in_another_module_by_path() {
    let x = [0.9, 0.2];
    let v = [-0.5, 1.5];
    check_slice_function(by_path, by_path_grad, by_path_jvp, by_path_hvp, &x, &v);
}

// A hand-written rule in f64, with its companions at dual numbers written by hand: softplus'
// = σ, softplus'' = σ(1 − σ).
fn sigmoid(x: f64) -> f64 {
    1.0 / (1.0 + (-x).exp())
}

fn softplus(x: f64) -> f64 {
    x.max(0.0) + (-x.abs()).exp().ln_1p()
}

fn softplus_vjp(x: f64) -> (f64, impl FnOnce(f64) -> (f64,)) {
    let slope = sigmoid(x);
    (softplus(x), move |cot| (cot * slope,))
}

fn softplus_dual(x: Dual<f64>) -> Dual<f64> {
    Dual::new(softplus(x.value), sigmoid(x.value) * x.tangent)
}

fn softplus_vjp_dual(x: Dual<f64>) -> (Dual<f64>, impl FnOnce(Dual<f64>) -> (Dual<f64>,)) {
    let s = sigmoid(x.value);
    let slope = Dual::new(s, s * (1.0 - s) * x.tangent);
    (softplus_dual(x), move |cot| (cot * slope,))
}

grad::dual_companions!(softplus => softplus_dual, softplus_vjp_dual);

// A hand-written rule generic over `A: Scalar`: x ↦ x·|x| (derivative 2|x|), whose
// companions are itself.
fn signed_square<A: Scalar>(x: A) -> A {
    x * x.abs()
}

fn signed_square_vjp<A: Scalar>(x: A) -> (A, impl FnOnce(A) -> (A,)) {
    let slope = x.abs() + x.abs();
    (signed_square(x), move |cot| (cot * slope,))
}

grad::dual_companions!(signed_square);

#[grad::differentiate(dual_calls)]
fn with_custom_rules(x: &[f64]) -> f64 {
    softplus(x[0] * x[1]) + signed_square(x[1] - x[0]) * softplus(x[0])
}

#[test]
fn hand_written_rules_with_hand_written_companions() {
    for x in [[0.5, -1.5], [-2.0, 0.75]] {
        let v = [0.8, -0.3];
        check_slice_function(
            with_custom_rules,
            with_custom_rules_grad,
            with_custom_rules_jvp,
            with_custom_rules_hvp,
            &x,
            &v,
        );
    }
}

// An array-valued caller of an array-valued helper and of an `nn` layer by its bare name.
#[grad::differentiate]
fn squash(x: &Array1<f64>) -> Array1<f64> {
    x.mapv(|v| v.tanh() * 2.0)
}

mod layers {
    use grad::nn::*;
    use grad::runtime::ndarray::{Array1, Array2};

    /// The layers by their bare names, from the glob import, which brings their companions.
    #[grad::differentiate(dual_calls, wrt(w, b))]
    pub fn loss(w: &Array2<f64>, b: &Array1<f64>, x: &Array2<f64>, labels: &[usize]) -> f64 {
        let hidden = sigmoid(&affine(x, w, b));
        let scores = affine(&hidden, w, b);
        softmax_cross_entropy(&scores, labels)
    }

    #[grad::differentiate(dual_calls)]
    pub fn map(x: &Array1<f64>, w: &Array2<f64>) -> Array1<f64> {
        let hidden = super::squash(&(w.dot(x) + 0.5));
        let batch = hidden.clone().insert_axis(ndarray::Axis(0));
        let scores = relu(&batch).row(0).to_owned();
        scores * super::squash(x).sum()
    }
}

#[test]
fn array_valued_callers_against_their_pullbacks() {
    let x = array![0.4, -0.7, 1.3];
    let w = array![[0.5, -1.0, 0.25], [1.5, 0.3, -0.2], [-0.6, 0.9, 0.1]];
    let (v, dw) = (
        array![0.5, 1.5, -0.25],
        array![[0.1, -0.2, 0.3], [0.0, 0.4, -0.1], [0.2, 0.2, -0.3]],
    );
    let u = array![-1.0, 0.75, 2.0];
    let (value, jv) = layers::map_jvp(&x, &w, &v, &dw);
    assert_eq!(value, layers::map(&x, &w));
    let (_, pullback) = layers::map_vjp(&x, &w);
    let (x_bar, w_bar) = pullback(u.clone());
    // ⟨J (v, dw), u⟩ = ⟨(v, dw), Jᵀ u⟩.
    let adjoint = v.dot(&x_bar) + (&dw * &w_bar).sum();
    assert_relative_eq!(jv.dot(&u), adjoint, max_relative = 1e-12);
    let at = |sign: f64| layers::map(&(&x + &(&v * (sign * H))), &(&w + &(&dw * (sign * H))));
    let by_differences: Array1<f64> = (at(1.0) - at(-1.0)) / (2.0 * H);
    assert_all_relative(jv.as_slice().unwrap(), by_differences.as_slice().unwrap());
}

#[test]
fn functions_inside_functions() {
    #[grad::differentiate]
    fn local_helper(x: f64) -> f64 {
        x.exp() / (1.0 + x * x)
    }

    #[grad::differentiate(dual_calls)]
    fn local_caller(x: &[f64]) -> f64 {
        local_helper(x[0] * x[1]) - local_helper(x[1])
    }

    let x = [0.35, -1.2];
    let v = [1.0, 0.4];
    check_slice_function(
        local_caller,
        local_caller_grad,
        local_caller_jvp,
        local_caller_hvp,
        &x,
        &v,
    );
}

// Array results of functions that do not run at dual numbers (they call `inner` without
// `dual_calls`): `f_jvp` row by row, one pullback per element of the result.
#[grad::differentiate]
fn spread(x: &Array1<f64>, scale: f64) -> Array1<f64> {
    let s = inner(scale * x[0]);
    let n = x.len();
    let mut y = Array1::zeros(n);
    for i in 0..n {
        y[i] = x[i] * s + x[(i + 1) % n].sin() * scale;
    }
    y
}

#[grad::differentiate(wrt(x))]
fn spread_vec(x: Vec<f64>, shift: usize) -> Vec<f64> {
    let mut y = vec![0.0; x.len()];
    for i in 0..x.len() {
        y[i] = inner(x[(i + shift) % x.len()]) * x[i];
    }
    y
}

#[test]
fn array_results_without_dual_numbers_row_by_row() {
    let (x, scale) = (array![0.4, -0.7, 1.3], 0.8);
    let (v, scale_dot) = (array![0.5, 1.5, -0.25], -0.6);
    let u = array![-1.0, 0.75, 2.0];
    let (value, jv) = spread_jvp(&x, scale, &v, scale_dot);
    assert_eq!(value, spread(&x, scale));
    let (_, pullback) = spread_vjp(&x, scale);
    let (x_bar, scale_bar) = pullback(u.clone());
    assert_relative_eq!(
        jv.dot(&u),
        v.dot(&x_bar) + scale_dot * scale_bar,
        max_relative = 1e-12
    );
    let at = |sign: f64| spread(&(&x + &(&v * (sign * H))), scale + sign * H * scale_dot);
    let by_differences: Array1<f64> = (at(1.0) - at(-1.0)) / (2.0 * H);
    assert_all_relative(jv.as_slice().unwrap(), by_differences.as_slice().unwrap());

    let x = vec![0.3, -1.1, 0.9, 0.2];
    let v = vec![1.0, -0.5, 0.25, 2.0];
    let (value, jv) = spread_vec_jvp(x.clone(), 1, v.clone());
    assert_eq!(value, spread_vec(x.clone(), 1));
    let shifted = |sign: f64| -> Vec<f64> {
        let point = x.iter().zip(&v).map(|(x, v)| x + sign * H * v).collect();
        spread_vec(point, 1)
    };
    let (plus, minus) = (shifted(1.0), shifted(-1.0));
    let by_differences: Vec<f64> = plus
        .iter()
        .zip(&minus)
        .map(|(p, m)| (p - m) / (2.0 * H))
        .collect();
    assert_all_relative(&jv, &by_differences);
}

#[test]
fn layers_called_by_their_bare_names() {
    let w = array![[0.5, -1.0, 0.25], [1.5, 0.3, -0.2], [-0.6, 0.9, 0.1]];
    let b = array![0.1, -0.3, 0.2];
    let x = array![[0.4, -0.7, 1.3], [1.0, 0.2, -0.5]];
    let labels = [0, 2];
    let dw = array![[0.1, -0.2, 0.3], [0.0, 0.4, -0.1], [0.2, 0.2, -0.3]];
    let db = array![-0.5, 0.25, 1.0];
    let (value, (gw, gb)) = layers::loss_grad(&w, &b, &x, &labels);
    let (jvp_value, derivative) = layers::loss_jvp(&w, &b, &x, &labels, &dw, &db);
    assert_eq!(jvp_value, value);
    assert_relative_eq!(
        derivative,
        (&gw * &dw).sum() + gb.dot(&db),
        max_relative = 1e-12
    );
    let (_, (hvp_gw, hvp_gb), (hw, hb)) = layers::loss_hvp(&w, &b, &x, &labels, &dw, &db);
    assert_all_relative(hvp_gw.as_slice().unwrap(), gw.as_slice().unwrap());
    assert_all_relative(hvp_gb.as_slice().unwrap(), gb.as_slice().unwrap());
    let at = |sign: f64| {
        let (w, b) = (&w + &(&dw * (sign * H)), &b + &(&db * (sign * H)));
        layers::loss_grad(&w, &b, &x, &labels).1
    };
    let ((plus_w, plus_b), (minus_w, minus_b)) = (at(1.0), at(-1.0));
    let by_differences_w = (plus_w - minus_w) / (2.0 * H);
    let by_differences_b = (plus_b - minus_b) / (2.0 * H);
    assert_all_relative(hw.as_slice().unwrap(), by_differences_w.as_slice().unwrap());
    assert_all_relative(hb.as_slice().unwrap(), by_differences_b.as_slice().unwrap());
}
