//! Derivative rules for the elementwise functions of ndarray arrays ([`ArrayRules`]):
//! `x.exp()`, `x.powi(2)`, `x.clamp(min, max)`, ...
//!
//! Each applies, element by element, the pullback of the float rule of the same name
//! ([`FloatPullbacks`](super::float::FloatPullbacks)): the derivatives are written once, in
//! [`float`](super::float).

use ndarray::{Array, ArrayBase, Data, Dimension, Zip};

use crate::Scalar;

/// The elementwise functions of one argument that ndarray has as methods of arrays, each with
/// the table entry of [`float`](super::float) its derivative comes from: for each, the doc line
/// of its rule, the method `name`, its rule `name_vjp` and the one-element pullback
/// `name_pullback` of [`FloatPullbacks`](super::float::FloatPullbacks).
///
/// Expanded by `$emit!`: into the declarations of [`ArrayRules`] by `elementwise_declarations!`,
/// into their implementations by `elementwise_rules!`.
macro_rules! elementwise_functions {
    ($emit:ident) => {
        $emit! {
            /// `e^x`; `d/dx = e^x` (the output is kept).
            exp, exp_vjp, exp_pullback;
            /// `2^x`; `d/dx = 2^x ln 2`.
            exp2, exp2_vjp, exp2_pullback;
            /// `e^x - 1`, accurate near 0; `d/dx = e^x`.
            exp_m1, exp_m1_vjp, exp_m1_pullback;
            /// `ln x`; `d/dx = 1/x`.
            ln, ln_vjp, ln_pullback;
            /// `ln(1 + x)`, accurate near 0; `d/dx = 1/(1 + x)`.
            ln_1p, ln_1p_vjp, ln_1p_pullback;
            /// `log2 x`; `d/dx = 1/(x ln 2)`.
            log2, log2_vjp, log2_pullback;
            /// `log10 x`; `d/dx = 1/(x ln 10)`.
            log10, log10_vjp, log10_pullback;
            /// `√x`; `d/dx = 1/(2√x)`.
            sqrt, sqrt_vjp, sqrt_pullback;
            /// `∛x`; `d/dx = 1/(3 ∛x²)`.
            cbrt, cbrt_vjp, cbrt_pullback;
            /// `sin x`; `d/dx = cos x`.
            sin, sin_vjp, sin_pullback;
            /// `cos x`; `d/dx = -sin x`.
            cos, cos_vjp, cos_pullback;
            /// `tan x`; `d/dx = 1 + tan² x`.
            tan, tan_vjp, tan_pullback;
            /// `asin x`; `d/dx = 1/√(1 - x²)`.
            asin, asin_vjp, asin_pullback;
            /// `acos x`; `d/dx = -1/√(1 - x²)`.
            acos, acos_vjp, acos_pullback;
            /// `atan x`; `d/dx = 1/(1 + x²)`.
            atan, atan_vjp, atan_pullback;
            /// `sinh x`; `d/dx = cosh x`.
            sinh, sinh_vjp, sinh_pullback;
            /// `cosh x`; `d/dx = sinh x`.
            cosh, cosh_vjp, cosh_pullback;
            /// `tanh x`; `d/dx = 1 - tanh² x`.
            tanh, tanh_vjp, tanh_pullback;
            /// `asinh x`; `d/dx = 1/√(x² + 1)`.
            asinh, asinh_vjp, asinh_pullback;
            /// `acosh x`; `d/dx = 1/√(x² - 1)`.
            acosh, acosh_vjp, acosh_pullback;
            /// `atanh x`; `d/dx = 1/(1 - x²)`.
            atanh, atanh_vjp, atanh_pullback;
            /// `|x|`; `d/dx = sign x`, 0 at 0.
            abs, abs_vjp, abs_pullback;
            /// `1/x`; `d/dx = -1/x²`.
            recip, recip_vjp, recip_pullback;
            /// `x` in degrees; `d/dx = 180/π`.
            to_degrees, to_degrees_vjp, to_degrees_pullback;
            /// `x` in radians; `d/dx = π/180`.
            to_radians, to_radians_vjp, to_radians_pullback;
            /// `sign x` (±1); derivative 0.
            signum, signum_vjp, signum_pullback;
            /// `⌊x⌋`; derivative 0 (piecewise constant).
            floor, floor_vjp, floor_pullback;
            /// `⌈x⌉`; derivative 0 (piecewise constant).
            ceil, ceil_vjp, ceil_pullback;
            /// `x` rounded half away from zero; derivative 0 (piecewise constant).
            round, round_vjp, round_pullback;
            /// `x` rounded toward zero; derivative 0 (piecewise constant).
            trunc, trunc_vjp, trunc_pullback;
            /// `x - trunc x`; `d/dx = 1`.
            fract, fract_vjp, fract_pullback;
        }
    };
}

/// The declarations of [`ArrayRules`]' functions of one argument.
macro_rules! elementwise_declarations {
    ($($(#[$doc:meta])* $name:ident, $vjp:ident, $pullback:ident;)*) => {$(
        $(#[$doc])*
        fn $vjp(
            &self,
        ) -> (
            Array<A, D>,
            impl FnOnce(Array<A, D>) -> (Array<A, D>,) + use<Self, A, D>,
        );
    )*};
}

/// Derivative rules for the elementwise methods of ndarray arrays (`x.exp()`, `x.powi(2)`,
/// `x.clamp(0.0, 1.0)`): inside a `#[differentiate]` function `x.exp()` on a differentiated
/// array becomes `x.exp_vjp()`, as for floats. Each rule's doc line gives the derivative it
/// applies elementwise, the float rule's (so at kinks too: `abs'(0) = 0`, `clamp` gives the
/// cotangent to `x` at a bound).
///
/// The values are ndarray's methods' bit for bit (`x.exp_vjp().0 == x.exp()`), as owned
/// arrays whatever the input's storage.
pub trait ArrayRules<A, D> {
    elementwise_functions!(elementwise_declarations);

    /// `x²`, ndarray's `pow2`; `d/dx = 2x`.
    fn pow2_vjp(
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
    /// Each element limited to `[min, max]`, ndarray's `clamp` (NumPy's `clip`). Elementwise
    /// the float rule's derivative: the cotangent of an element goes to it where
    /// `min ≤ x ≤ max` (**bounds included**, and for NaN), to `min` where `x < min` and to
    /// `max` where `x > max`; so `min̄ = Σ_{x < min} c` and `max̄ = Σ_{x > max} c`.
    ///
    /// **Panics** if `!(min <= max)`, as ndarray's `clamp` does.
    fn clamp_vjp(
        &self,
        min: A,
        max: A,
    ) -> (
        Array<A, D>,
        impl FnOnce(Array<A, D>) -> (Array<A, D>, A, A) + use<Self, A, D>,
    );
}

/// `x^n`, with the small exponents as multiplications: `powi` with an exponent known only at
/// run time is a library call per element (measured: the L2 term of an MLP 2x slower). The
/// same bits as `powi` (`x * x * x` is its `x * (x * x)`, multiplication commuting exactly).
#[inline(always)]
pub(crate) fn powi<A: Scalar>(x: A, n: i32) -> A {
    match n {
        0 => A::ONE,
        1 => x,
        2 => x * x,
        3 => x * x * x,
        _ => x.powi(n),
    }
}

/// The elementwise rules of one argument: for each, `y = x.name()` element by element, and the
/// pullback applying the float pullback `name_pullback` (the table in [`float`](super::float))
/// to each element, in place on the cotangent, from the kept input `x` and output `y`.
macro_rules! elementwise_rules {
    ($($(#[$doc:meta])* $name:ident, $vjp:ident, $pullback:ident;)*) => {$(
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
    )*};
}

impl<A: Scalar, S: Data<Elem = A>, D: Dimension> ArrayRules<A, D> for ArrayBase<S, D> {
    elementwise_functions!(elementwise_rules);

    fn pow2_vjp(
        &self,
    ) -> (
        Array<A, D>,
        impl FnOnce(Array<A, D>) -> (Array<A, D>,) + use<A, S, D>,
    ) {
        let input = self.to_owned();
        let output = input.mapv(|x| x * x);
        let pow2_pullback = move |mut c: Array<A, D>| {
            Zip::from(&mut c)
                .and(&input)
                .for_each(|c, &x| *c = A::powi_pullback(x, 2, *c, powi));
            (c,)
        };
        (output, pow2_pullback)
    }

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

    #[track_caller]
    fn clamp_vjp(
        &self,
        min: A,
        max: A,
    ) -> (
        Array<A, D>,
        impl FnOnce(Array<A, D>) -> (Array<A, D>, A, A) + use<A, S, D>,
    ) {
        let output = self.clamp(min, max);
        let input = self.to_owned();
        let clamp_pullback = move |mut c: Array<A, D>| {
            // The float rule's cases, in its order: below `min`, else above `max`, else `x`.
            let (d_min, d_max) =
                Zip::from(&mut c)
                    .and(&input)
                    .fold((A::ZERO, A::ZERO), |(below, above), c, &x| {
                        let here = core::mem::replace(c, A::ZERO);
                        if x < min {
                            (below + here, above)
                        } else if x > max {
                            (below, above + here)
                        } else {
                            *c = here;
                            (below, above)
                        }
                    });
            (c, d_min, d_max)
        };
        (output, clamp_pullback)
    }
}
