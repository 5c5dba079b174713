//! The array rules and the layers of `nn` at dual numbers: code generic over `A: Scalar` run at
//! `Dual<f64>`.
//!
//! - Forward over reverse: a gradient computed by the rules' pullbacks, at the point
//!   `x + vε`, has the Hessian-vector product `H v` as tangent; checked against the five-point
//!   central difference of the `f64` gradient along `v`.
//! - Forward: a layer run at `x + vε` has `J v` as tangent; checked against central differences
//!   of the `f64` layer and against its pullback by `⟨J v, u⟩ = ⟨v, Jᵀ u⟩` (`Tangent::dot`).
//!
//! Relative error below `1e-6`. Each model takes its parameters as one flat slice.

use approx::assert_relative_eq;
use grad_runtime::__private::prelude::*;
use grad_runtime::__private::{MulVjp, SubVjp};
use grad_runtime::ndarray::{Array, Array1, Array2, Array4, Dimension, IntoDimension, Zip};
use grad_runtime::nn::{
    affine_vjp, batch_norm, batch_norm_vjp, conv2d, conv2d_vjp, lstm_step, lstm_step_vjp,
    max_pool2d_vjp, relu_vjp, softmax, softmax_cross_entropy_vjp, softmax_vjp,
};
use grad_runtime::{Dual, Scalar, Tangent};

mod common;

use common::Rng;

type D = Dual<f64>;

/// `d/dt f(t)` at `t = 0`, element by element, by the five-point stencil.
fn derivative(f: impl Fn(f64) -> Vec<f64>) -> Vec<f64> {
    let h = 1e-3;
    let (m2, m1, p1, p2) = (f(-2.0 * h), f(-h), f(h), f(2.0 * h));
    (0..m2.len())
        .map(|i| (m2[i] - 8.0 * m1[i] + 8.0 * p1[i] - p2[i]) / (12.0 * h))
        .collect()
}

fn along(x: &[f64], v: &[f64], t: f64) -> Vec<f64> {
    x.iter().zip(v).map(|(x, v)| x + t * v).collect()
}

fn duals(x: &[f64], v: &[f64]) -> Vec<D> {
    x.iter().zip(v).map(|(&x, &v)| Dual::new(x, v)).collect()
}

fn assert_all_close(what: &str, actual: &[f64], expected: &[f64]) {
    assert_eq!(actual.len(), expected.len(), "{what}");
    let scale = expected.iter().fold(0.0_f64, |m, x| m.max(x.abs()));
    assert!(scale > 1e-3, "{what}: a test of something that is not zero");
    for (i, (a, e)) in actual.iter().zip(expected).enumerate() {
        assert!(a.is_finite(), "{what}[{i}] = {a}");
        assert_relative_eq!(*a, *e, max_relative = 1e-6, epsilon = 1e-9 * scale);
    }
}

/// `gradient` at `x + vε` (its values and tangents) against the `f64` gradient at `x` and its
/// central difference along `v`.
fn assert_hessian_vector(
    what: &str,
    dual: impl Fn(&[D]) -> Vec<D>,
    real: impl Fn(&[f64]) -> Vec<f64>,
    x: &[f64],
    v: &[f64],
) {
    let at_dual = dual(&duals(x, v));
    let values: Vec<f64> = at_dual.iter().map(|d| d.value).collect();
    let tangents: Vec<f64> = at_dual.iter().map(|d| d.tangent).collect();
    assert_all_close(&format!("{what}: gradient"), &values, &real(x));
    let hv = derivative(|t| real(&along(x, v, t)));
    assert_all_close(&format!("{what}: Hessian-vector product"), &tangents, &hv);
}

/// The array of `shape` made of `p[*at..]`, and `*at` moved past it.
fn take<A: Scalar, Sh: IntoDimension>(p: &[A], at: &mut usize, shape: Sh) -> Array<A, Sh::Dim> {
    let dim = shape.into_dimension();
    let n = dim.size();
    let array =
        Array::from_shape_vec(dim, p[*at..*at + n].to_vec()).expect("the size of the shape");
    *at += n;
    array
}

/// The elements of arrays, one after the other: a flat gradient.
fn flat<A: Scalar>(parts: &[&[A]]) -> Vec<A> {
    parts.concat()
}

fn elements<A: Scalar, Dim: Dimension>(a: &Array<A, Dim>) -> Vec<A> {
    a.iter().copied().collect()
}

// ---------------------------------------------------------------------------------------------
// Hessian-vector products of array rules

/// `Σ tanh(x)² + Σ exp(a b) / 10`, x: 3×4, a: 2×3, b: 3×2; gradient in (x, a, b).
fn elementwise_and_dot<A: Scalar>(p: &[A]) -> Vec<A> {
    let at = &mut 0;
    let (x, a, b) = (
        take(p, at, (3, 4)),
        take(p, at, (2, 3)),
        take(p, at, (3, 2)),
    );
    let (t, tanh_pullback) = x.tanh_vjp();
    let (_, squares_pullback) = t.sum_of_squares_vjp();
    let (c_x,) = tanh_pullback(squares_pullback(A::ONE).0);
    let (ab, dot_pullback) = a.dot_vjp(&b);
    let (e, exp_pullback) = ab.exp_vjp();
    let (_, sum_pullback) = e.sum_vjp();
    let tenth = A::from_f64(0.1).unwrap();
    let (c_e,) = sum_pullback(tenth);
    let (c_a, c_b) = dot_pullback(exp_pullback(c_e).0);
    flat(&[&elements(&c_x), &elements(&c_a), &elements(&c_b)])
}

#[test]
fn elementwise_reductions_and_dot_give_hessian_vector_products() {
    let mut rng = Rng(3);
    let x = rng.array(12 + 6 + 6, 1.0).to_vec();
    let v = rng.array(24, 1.0).to_vec();
    assert_hessian_vector(
        "tanh, sum of squares, dot, exp",
        elementwise_and_dot::<D>,
        elementwise_and_dot::<f64>,
        &x,
        &v,
    );
}

/// `Σ ((x ⊙ r) - s)² · s + Σ (s x)²` with x: 3×4, r: 4 broadcast along the rows, s a scalar:
/// the rules of an array and a scalar are per float type (`array_scalar_rules!`), so the
/// function is written once per type.
macro_rules! broadcast {
    ($name:ident, $A:ty) => {
        fn $name(p: &[$A]) -> Vec<$A> {
            let at = &mut 0;
            let (x, r): (Array2<$A>, Array1<$A>) = (take(p, at, (3, 4)), take(p, at, 4));
            let s = p[*at];
            let (xr, xr_pullback) = x.mul_vjp(&r);
            let (d, d_pullback) = xr.sub_vjp(&s);
            let (q, q_pullback) = d.sum_of_squares_vjp();
            let (_, scale_pullback) = MulVjp::mul_vjp(&q, &s);
            let (c_q, c_s1) = scale_pullback(<$A>::ONE);
            let (c_xr, c_s2) = d_pullback(q_pullback(c_q).0);
            let (c_x, c_r) = xr_pullback(c_xr);
            let (y, y_pullback) = MulVjp::mul_vjp(&s, &x);
            let (_, y_sum_pullback) = y.sum_of_squares_vjp();
            let (c_s3, c_x2) = y_pullback(y_sum_pullback(<$A>::ONE).0);
            let c_x = c_x + c_x2;
            flat(&[&elements(&c_x), &elements(&c_r), &[c_s1 + c_s2 + c_s3]])
        }
    };
}
broadcast!(broadcast_dual, D);
broadcast!(broadcast_real, f64);

#[test]
fn broadcasting_and_array_scalar_rules_give_hessian_vector_products() {
    let mut rng = Rng(5);
    let x = rng.array(12 + 4 + 1, 1.0).to_vec();
    let v = rng.array(17, 1.0).to_vec();
    assert_hessian_vector("broadcast", broadcast_dual, broadcast_real, &x, &v);
}

/// Softmax cross-entropy of `relu(affine(x, w, b))` and of `softmax(.)`'s log, x: 5×3 (data),
/// w: 3×4, b: 4; gradient in (w, b).
fn classifier<A: Scalar>(p: &[A], x: &Array2<A>, labels: &[usize]) -> Vec<A> {
    let at = &mut 0;
    let (w, b): (Array2<A>, Array1<A>) = (take(p, at, (3, 4)), take(p, at, 4));
    let (h, affine_pullback) = affine_vjp(x, &w, &b);
    let (r, relu_pullback) = relu_vjp(&h);
    let (s, softmax_pullback) = softmax_vjp(&h);
    let (l, l_pullback) = s.ln_vjp();
    let (_, loss_pullback) = softmax_cross_entropy_vjp(&r, labels);
    let (_, l_sum_pullback) = l.sum_vjp();
    let (c_r, ()) = loss_pullback(A::ONE);
    let c_s = l_pullback(l_sum_pullback(A::ONE).0).0;
    let c_h = relu_pullback(c_r).0 + softmax_pullback(c_s).0;
    let (_, c_w, c_b) = affine_pullback(c_h);
    flat(&[&elements(&c_w), &elements(&c_b)])
}

#[test]
fn layers_give_hessian_vector_products() {
    let mut rng = Rng(7);
    let x = rng.array((5, 3), 2.0);
    let labels = rng.labels(5, 4);
    let p = rng.array(12 + 4, 1.0).to_vec();
    let v = rng.array(16, 1.0).to_vec();
    let x_dual = x.mapv(Dual::constant);
    assert_hessian_vector(
        "affine, relu, softmax, cross-entropy",
        |p| classifier(p, &x_dual, &labels),
        |p| classifier(p, &x, &labels),
        &p,
        &v,
    );
}

/// `Σ h² + Σ c` of one LSTM step, then max pooling and a convolution of `h` seen as an image;
/// gradient in every argument of the step.
fn recurrent_and_convolution<A: Scalar>(p: &[A]) -> Vec<A> {
    let at = &mut 0;
    let (x, h0, c0) = (
        take(p, at, (2, 3)),
        take(p, at, (2, 4)),
        take(p, at, (2, 4)),
    );
    let (wx, wh, b) = (take(p, at, (3, 16)), take(p, at, (4, 16)), take(p, at, 16));
    let ((h, _), step_pullback) = lstm_step_vjp(&x, &h0, &c0, &wx, &wh, &b);
    let image: Array4<A> = h.clone().into_shape_with_order((1, 2, 2, 2)).unwrap();
    let kernel = Array4::from_shape_fn((2, 2, 2, 2), |(a, b, c, d)| {
        A::from_usize(a + 2 * b + 3 * c + d).unwrap() * A::from_f64(0.1).unwrap()
    });
    let (conv, conv_pullback) = conv2d_vjp(&image, &kernel, &Array1::zeros(2), 1, 1);
    let (pooled, pool_pullback) = max_pool2d_vjp(&conv, 2, 2, 1);
    let (_, pooled_pullback) = pooled.sum_of_squares_vjp();
    let (c_conv, (), (), ()) = pool_pullback(pooled_pullback(A::ONE).0);
    let (c_image, ..) = conv_pullback(c_conv);
    let (_, h_pullback) = h.sum_of_squares_vjp();
    let c_h = h_pullback(A::ONE).0 + c_image.into_shape_with_order((2, 4)).unwrap();
    let c_c = Array2::from_elem((2, 4), A::ONE);
    let (c_x, c_h0, c_c0, c_wx, c_wh, c_b) = step_pullback((c_h, c_c));
    flat(&[
        &elements(&c_x),
        &elements(&c_h0),
        &elements(&c_c0),
        &elements(&c_wx),
        &elements(&c_wh),
        &elements(&c_b),
    ])
}

#[test]
fn recurrent_and_convolutional_layers_give_hessian_vector_products() {
    let mut rng = Rng(11);
    let n = 6 + 8 + 8 + 48 + 64 + 16;
    let p = rng.array(n, 0.5).to_vec();
    let v = rng.array(n, 1.0).to_vec();
    assert_hessian_vector(
        "lstm_step, conv2d, max_pool2d",
        recurrent_and_convolution::<D>,
        recurrent_and_convolution::<f64>,
        &p,
        &v,
    );
}

// ---------------------------------------------------------------------------------------------
// Forward mode: layers at dual numbers

/// A layer `y = f(x)` run at `x + vε`: the tangent is `J v`, the central difference of `f`
/// along `v`, and `⟨J v, u⟩ = ⟨v, Jᵀ u⟩` with `Jᵀ u` from the layer's pullback.
fn assert_jacobian_vector<Dim: Dimension, E: Dimension>(
    what: &str,
    dual: impl Fn(&Array<D, Dim>) -> Array<D, E>,
    real: impl Fn(&Array<f64, Dim>) -> Array<f64, E>,
    pullback: impl Fn(&Array<f64, Dim>, Array<f64, E>) -> Array<f64, Dim>,
    x: &Array<f64, Dim>,
    v: &Array<f64, Dim>,
    u: &Array<f64, E>,
) {
    let at_dual = dual(&Zip::from(x).and(v).map_collect(|&x, &v| Dual::new(x, v)));
    let jv = at_dual.mapv(|d| d.tangent);
    assert_all_close(
        &format!("{what}: value"),
        &elements(&at_dual.mapv(|d| d.value)),
        &elements(&real(x)),
    );
    let differences = derivative(|t| elements(&real(&(x + &(v * t)))));
    assert_all_close(&format!("{what}: J v"), &elements(&jv), &differences);
    let vjp = pullback(x, u.clone());
    assert_relative_eq!(
        Tangent::dot(&jv, u),
        Tangent::dot(v, &vjp),
        max_relative = 1e-12
    );
}

#[test]
fn layers_at_dual_numbers_give_jacobian_vector_products() {
    let mut rng = Rng(13);
    let (x, v, u) = (
        rng.array((3, 4), 1.5),
        rng.array((3, 4), 1.0),
        rng.array((3, 4), 1.0),
    );
    assert_jacobian_vector(
        "softmax",
        softmax,
        softmax,
        |x, u| softmax_vjp(x).1(u).0,
        &x,
        &v,
        &u,
    );
    let gamma = rng.array(4, 1.0);
    let beta = rng.array(4, 1.0);
    let (gamma_dual, beta_dual) = (gamma.mapv(Dual::constant), beta.mapv(Dual::constant));
    assert_jacobian_vector(
        "batch_norm",
        |x| batch_norm(x, &gamma_dual, &beta_dual, Dual::constant(1e-5)),
        |x| batch_norm(x, &gamma, &beta, 1e-5),
        |x, u| batch_norm_vjp(x, &gamma, &beta, 1e-5).1(u).0,
        &x,
        &v,
        &u,
    );
    let (x4, v4, u4) = (
        rng.array((2, 2, 4, 4), 1.0),
        rng.array((2, 2, 4, 4), 1.0),
        rng.array((2, 3, 2, 2), 1.0),
    );
    let (w, b) = (rng.array((3, 2, 3, 3), 1.0), rng.array(3, 1.0));
    let (w_dual, b_dual) = (w.mapv(Dual::constant), b.mapv(Dual::constant));
    assert_jacobian_vector(
        "conv2d",
        |x| conv2d(x, &w_dual, &b_dual, 2, 1),
        |x| conv2d(x, &w, &b, 2, 1),
        |x, u| conv2d_vjp(x, &w, &b, 2, 1).1(u).0,
        &x4,
        &v4,
        &u4,
    );
}

#[test]
fn an_lstm_step_at_dual_numbers_carries_the_tangent_of_both_states() {
    let mut rng = Rng(17);
    let (x, h0, c0) = (
        rng.array((2, 3), 1.0),
        rng.array((2, 4), 1.0),
        rng.array((2, 4), 1.0),
    );
    let (wx, wh, b) = (
        rng.array((3, 16), 0.5),
        rng.array((4, 16), 0.5),
        rng.array(16, 0.5),
    );
    let (vx, vh, vc) = (
        rng.array((2, 3), 1.0),
        rng.array((2, 4), 1.0),
        rng.array((2, 4), 1.0),
    );
    let dual = |a: &Array2<f64>, v: &Array2<f64>| {
        Array2::from_shape_fn(a.dim(), |i| Dual::new(a[i], v[i]))
    };
    let constant = |a: &Array2<f64>| a.mapv(Dual::constant);
    let (h, c) = lstm_step(
        &dual(&x, &vx),
        &dual(&h0, &vh),
        &dual(&c0, &vc),
        &constant(&wx),
        &constant(&wh),
        &b.mapv(Dual::constant),
    );
    let at = |t: f64| {
        let (h, c) = lstm_step(
            &(&x + &(&vx * t)),
            &(&h0 + &(&vh * t)),
            &(&c0 + &(&vc * t)),
            &wx,
            &wh,
            &b,
        );
        [elements(&h), elements(&c)].concat()
    };
    let tangents = [
        elements(&h.mapv(|d| d.tangent)),
        elements(&c.mapv(|d| d.tangent)),
    ]
    .concat();
    assert_all_close("lstm_step: J v", &tangents, &derivative(at));
    // ⟨J v, u⟩ = ⟨v, Jᵀ u⟩ over the tuples of states, with Tangent::dot.
    let (uh, uc) = (rng.array((2, 4), 1.0), rng.array((2, 4), 1.0));
    let jv = (h.mapv(|d| d.tangent), c.mapv(|d| d.tangent));
    let (_, pullback) = lstm_step_vjp(&x, &h0, &c0, &wx, &wh, &b);
    let (cx, ch, cc, ..) = pullback((uh.clone(), uc.clone()));
    let lhs = Tangent::dot(&jv, &(uh, uc));
    let rhs = Tangent::dot(&(vx, vh, vc), &(cx, ch, cc));
    assert_relative_eq!(lhs, rhs, max_relative = 1e-12);
}
