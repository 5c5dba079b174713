//! Derivative rules for the elementwise functions of ndarray arrays ([`ArrayRules`]):
//! `x.exp()`, `x.powi(2)`, ...
//!
//! Each applies, element by element, the pullback of the float rule of the same name
//! ([`FloatPullbacks`](super::float::FloatPullbacks)): the derivatives are written once, in
//! [`float`](super::float).

use ndarray::{Array, ArrayBase, Data, Dimension, Zip};

use crate::Scalar;

/// Derivative rules for the elementwise methods of ndarray arrays (`x.exp()`, `x.powi(2)`):
/// inside a `#[differentiate]` function `x.exp()` on a differentiated array becomes
/// `x.exp_vjp()`, as for floats. Each rule's doc line gives the derivative it applies
/// elementwise, the float rule's (so at kinks too: `abs'(0) = 0`).
pub trait ArrayRules<A, D> {
    /// `e^x`; `d/dx = e^x` (the output is kept).
    fn exp_vjp(
        &self,
    ) -> (
        Array<A, D>,
        impl FnOnce(Array<A, D>) -> (Array<A, D>,) + use<Self, A, D>,
    );
    /// `ln x`; `d/dx = 1/x`.
    fn ln_vjp(
        &self,
    ) -> (
        Array<A, D>,
        impl FnOnce(Array<A, D>) -> (Array<A, D>,) + use<Self, A, D>,
    );
    /// `√x`; `d/dx = 1/(2√x)`.
    fn sqrt_vjp(
        &self,
    ) -> (
        Array<A, D>,
        impl FnOnce(Array<A, D>) -> (Array<A, D>,) + use<Self, A, D>,
    );
    /// `sin x`; `d/dx = cos x`.
    fn sin_vjp(
        &self,
    ) -> (
        Array<A, D>,
        impl FnOnce(Array<A, D>) -> (Array<A, D>,) + use<Self, A, D>,
    );
    /// `cos x`; `d/dx = -sin x`.
    fn cos_vjp(
        &self,
    ) -> (
        Array<A, D>,
        impl FnOnce(Array<A, D>) -> (Array<A, D>,) + use<Self, A, D>,
    );
    /// `tan x`; `d/dx = 1 + tan² x`.
    fn tan_vjp(
        &self,
    ) -> (
        Array<A, D>,
        impl FnOnce(Array<A, D>) -> (Array<A, D>,) + use<Self, A, D>,
    );
    /// `tanh x`; `d/dx = 1 - tanh² x`.
    fn tanh_vjp(
        &self,
    ) -> (
        Array<A, D>,
        impl FnOnce(Array<A, D>) -> (Array<A, D>,) + use<Self, A, D>,
    );
    /// `|x|`; `d/dx = sign x`, 0 at 0.
    fn abs_vjp(
        &self,
    ) -> (
        Array<A, D>,
        impl FnOnce(Array<A, D>) -> (Array<A, D>,) + use<Self, A, D>,
    );
    /// `x^n`; `d/dx = n x^(n-1)`.
    fn powi_vjp(
        &self,
        n: i32,
    ) -> (
        Array<A, D>,
        impl FnOnce(Array<A, D>) -> (Array<A, D>, ()) + use<Self, A, D>,
    );
    /// `x^p` for a scalar `p`; `d/dx = p x^(p-1)`, `d/dp = Σ x^p ln x` (0 where `x = 0`).
    fn powf_vjp(
        &self,
        p: A,
    ) -> (
        Array<A, D>,
        impl FnOnce(Array<A, D>) -> (Array<A, D>, A) + use<Self, A, D>,
    );
}

/// `x^n`, with the small exponents as multiplications: `powi` with an exponent known only at
/// run time is a library call per element (measured: the L2 term of an MLP 2x slower).
#[inline(always)]
fn powi<A: Scalar>(x: A, n: i32) -> A {
    match n {
        0 => A::ONE,
        1 => x,
        2 => x * x,
        3 => x * x * x,
        _ => x.powi(n),
    }
}

/// One elementwise rule: `y = x.name()` element by element, and the pullback applying the float
/// pullback `name_pullback` (the table in [`float`](super::float)) to each element, in place on
/// the cotangent, from the kept input `x` and output `y`.
macro_rules! elementwise_rule {
    ($vjp:ident, $name:ident, $pullback:ident) => {
        fn $vjp(
            &self,
        ) -> (
            Array<A, D>,
            impl FnOnce(Array<A, D>) -> (Array<A, D>,) + use<A, S, D>,
        ) {
            let input = self.to_owned();
            let output = input.mapv(|x| x.$name());
            let kept = output.clone();
            let pullback = move |mut c: Array<A, D>| {
                Zip::from(&mut c)
                    .and(&input)
                    .and(&kept)
                    .for_each(|c, &x, &y| *c = A::$pullback(x, y, *c));
                (c,)
            };
            (output, pullback)
        }
    };
}

impl<A: Scalar, S: Data<Elem = A>, D: Dimension> ArrayRules<A, D> for ArrayBase<S, D> {
    elementwise_rule!(exp_vjp, exp, exp_pullback);
    elementwise_rule!(ln_vjp, ln, ln_pullback);
    elementwise_rule!(sqrt_vjp, sqrt, sqrt_pullback);
    elementwise_rule!(sin_vjp, sin, sin_pullback);
    elementwise_rule!(cos_vjp, cos, cos_pullback);
    elementwise_rule!(tan_vjp, tan, tan_pullback);
    elementwise_rule!(tanh_vjp, tanh, tanh_pullback);
    elementwise_rule!(abs_vjp, abs, abs_pullback);

    fn powi_vjp(
        &self,
        n: i32,
    ) -> (
        Array<A, D>,
        impl FnOnce(Array<A, D>) -> (Array<A, D>, ()) + use<A, S, D>,
    ) {
        let input = self.to_owned();
        let output = input.mapv(|x| powi(x, n));
        let powi_pullback = move |mut c: Array<A, D>| {
            Zip::from(&mut c)
                .and(&input)
                .for_each(|c, &x| *c = A::powi_pullback(x, n, *c, powi));
            (c, ())
        };
        (output, powi_pullback)
    }

    fn powf_vjp(
        &self,
        p: A,
    ) -> (
        Array<A, D>,
        impl FnOnce(Array<A, D>) -> (Array<A, D>, A) + use<A, S, D>,
    ) {
        let input = self.to_owned();
        let output = input.mapv(|x| x.powf(p));
        let kept = output.clone();
        let powf_pullback = move |mut c: Array<A, D>| {
            let mut d_p = A::ZERO;
            Zip::from(&mut c)
                .and(&input)
                .and(&kept)
                .for_each(|c, &x, &y| {
                    let (d_x, d_p_here) = A::powf_pullback(x, p, y, *c);
                    *c = d_x;
                    d_p += d_p_here;
                });
            (c, d_p)
        };
        (output, powf_pullback)
    }
}
