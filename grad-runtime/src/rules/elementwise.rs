//! Derivative rules for the elementwise functions of ndarray arrays ([`ArrayRules`]):
//! `x.exp()`, `x.powi(2)`, ...

use ndarray::{Array, ArrayBase, Data, Dimension, Zip};

use crate::Scalar;

/// Derivative rules for the elementwise methods of ndarray arrays (`x.exp()`, `x.powi(2)`):
/// inside a `#[differentiate]` function `x.exp()` on a differentiated array becomes
/// `x.exp_vjp()`, as for floats. Each rule's doc line gives the derivative it applies
/// elementwise; at kinks the rules follow the float rules (`abs'(0) = 0`).
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

/// One elementwise rule: `y = f(x)` and the pullback `c -> c * f'(x)`, computed in place on the
/// cotangent from the kept input `x` and output `y`.
macro_rules! elementwise_rule {
    ($vjp:ident, |$x:ident| $forward:expr, |$xx:ident, $y:ident| $derivative:expr) => {
        fn $vjp(
            &self,
        ) -> (
            Array<A, D>,
            impl FnOnce(Array<A, D>) -> (Array<A, D>,) + use<A, S, D>,
        ) {
            let input = self.to_owned();
            let output = input.mapv(|$x| $forward);
            let kept = output.clone();
            #[allow(unused_variables)]
            let pullback = move |mut c: Array<A, D>| {
                Zip::from(&mut c)
                    .and(&input)
                    .and(&kept)
                    .for_each(|c, &$xx, &$y| *c = *c * $derivative);
                (c,)
            };
            (output, pullback)
        }
    };
}

impl<A: Scalar, S: Data<Elem = A>, D: Dimension> ArrayRules<A, D> for ArrayBase<S, D> {
    elementwise_rule!(exp_vjp, |x| x.exp(), |x, y| y);
    elementwise_rule!(ln_vjp, |x| x.ln(), |x, y| x.recip());
    elementwise_rule!(sqrt_vjp, |x| x.sqrt(), |x, y| (y + y).recip());
    elementwise_rule!(sin_vjp, |x| x.sin(), |x, y| x.cos());
    elementwise_rule!(cos_vjp, |x| x.cos(), |x, y| -x.sin());
    elementwise_rule!(tan_vjp, |x| x.tan(), |x, y| A::ONE + y * y);
    elementwise_rule!(tanh_vjp, |x| x.tanh(), |x, y| A::ONE - y * y);
    elementwise_rule!(abs_vjp, |x| x.abs(), |x, y| if x > A::ZERO {
        A::ONE
    } else if x < A::ZERO {
        -A::ONE
    } else {
        A::ZERO
    });

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
            let factor = A::from_i32(n).expect("an i32 is a float");
            Zip::from(&mut c).and(&input).for_each(|c, &x| {
                *c = if n == 0 {
                    A::ZERO
                } else {
                    *c * factor * powi(x, n - 1)
                };
            });
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
            let d_p = Zip::from(&c)
                .and(&input)
                .and(&kept)
                .fold(A::ZERO, |sum, &c, &x, &y| {
                    if x == A::ZERO {
                        sum
                    } else {
                        sum + c * y * x.ln()
                    }
                });
            Zip::from(&mut c).and(&input).for_each(|c, &x| {
                *c = if p == A::ZERO {
                    A::ZERO
                } else {
                    *c * p * x.powf(p - A::ONE)
                };
            });
            (c, d_p)
        };
        (output, powf_pullback)
    }
}
