//! Derivative rules for the methods of `f32` and `f64` ([`FloatRules`]), and the table of
//! derivatives they and the array rules of [`elementwise`](super::elementwise) are made from.
//!
//! Each rule sits in one place: the forward value and its pullback, side by side. A pullback
//! receives the cotangent `c` of the result and returns one cotangent per argument, the receiver
//! first; arguments that cannot be differentiated (the `i32` of `powi`) get `()`.
//!
//! The derivative of each function is written once: in the table `unary_derivatives!` below for
//! the functions of one argument, in [`FloatPullbacks::powi_pullback`] and
//! [`FloatPullbacks::powf_pullback`] for powers. The float rules put each formula in their
//! pullback; [`FloatPullbacks`] has it as a function of one element, which the array rules apply
//! element by element. Both are inlined: a formula compiles to the same code in either.
//!
//! At points where a function is not differentiable the rule picks one value and says so:
//! `abs'(0) = 0`; `max`/`min` send the whole cotangent to the receiver on a tie; `clamp` sends
//! it to the receiver at a bound (where `x == min` or `x == max`); the piecewise constant
//! functions (`floor`, `ceil`, `round`, `round_ties_even`, `trunc`, `signum`, `div_euclid`) have derivative 0, and
//! the ones with jumps of slope 1 (`fract`, `rem_euclid` in its receiver) derivative 1;
//! `copysign` has the derivative of `abs` in its receiver, 0 at 0, and 0 in the sign.
//!
//! The rules are for `f32`, `f64`, and the dual numbers [`Dual<f32>`](crate::Dual) and
//! `Dual<f64>`, at which a pullback's cotangents carry the derivative of the cotangents along the
//! dual numbers' direction: second derivatives, forward over reverse.

use num_traits::FloatConst;

use crate::Scalar;
use crate::dual::{CastTo, Dual, FromLiteral};

/// The literal `x` in the float type `A`, as the formulas below write their constants:
/// `lit::<f32>(2.0)` is `2.0_f32`, `lit::<Dual<f64>>(2.0)` the constant `2 + 0ε`.
#[inline(always)]
fn lit<A: FromLiteral>(x: f64) -> A {
    A::from_literal(x)
}

/// The derivatives of the float functions of one argument: for each, the method `name`, its rule
/// `name_vjp`, its pullback at one element `name_pullback`, and that pullback's value, the
/// cotangent of `x` in terms of the argument `x`, the value `y = x.name()` and the cotangent `c`
/// of `y` (saving `y` where the derivative is cheaper from it, as for `exp`, `sqrt`, `tanh`).
///
/// Expanded by `$emit!` for the float type `$float`: into the rules of [`FloatRules`] by
/// `float_rules!`, into the one-element pullbacks of [`FloatPullbacks`] by `float_pullbacks!`
/// (and their declarations by `float_pullback_declarations!`).
macro_rules! unary_derivatives {
    ($emit:ident, $float:ty) => {
        $emit! { $float;
            exp, exp_vjp, exp_pullback: |x, y, c| c * y;
            exp2, exp2_vjp, exp2_pullback: |x, y, c| c * y * <$float as FloatConst>::LN_2();
            exp_m1, exp_m1_vjp, exp_m1_pullback: |x, y, c| c * (y + <$float>::ONE);
            ln, ln_vjp, ln_pullback: |x, y, c| c / x;
            ln_1p, ln_1p_vjp, ln_1p_pullback: |x, y, c| c / (<$float>::ONE + x);
            log2, log2_vjp, log2_pullback: |x, y, c| c / (x * <$float as FloatConst>::LN_2());
            log10, log10_vjp, log10_pullback: |x, y, c| c / (x * <$float as FloatConst>::LN_10());
            sqrt, sqrt_vjp, sqrt_pullback: |x, y, c| c / (lit::<$float>(2.0) * y);
            cbrt, cbrt_vjp, cbrt_pullback: |x, y, c| c / (lit::<$float>(3.0) * y * y);
            sin, sin_vjp, sin_pullback: |x, y, c| c * x.cos();
            cos, cos_vjp, cos_pullback: |x, y, c| -c * x.sin();
            tan, tan_vjp, tan_pullback: |x, y, c| c * (<$float>::ONE + y * y);
            asin, asin_vjp, asin_pullback: |x, y, c| c / (<$float>::ONE - x * x).sqrt();
            acos, acos_vjp, acos_pullback: |x, y, c| -c / (<$float>::ONE - x * x).sqrt();
            atan, atan_vjp, atan_pullback: |x, y, c| c / (<$float>::ONE + x * x);
            sinh, sinh_vjp, sinh_pullback: |x, y, c| c * x.cosh();
            cosh, cosh_vjp, cosh_pullback: |x, y, c| c * x.sinh();
            tanh, tanh_vjp, tanh_pullback: |x, y, c| c * (<$float>::ONE - y * y);
            asinh, asinh_vjp, asinh_pullback: |x, y, c| c / (x * x + <$float>::ONE).sqrt();
            acosh, acosh_vjp, acosh_pullback: |x, y, c| c / (x * x - <$float>::ONE).sqrt();
            atanh, atanh_vjp, atanh_pullback: |x, y, c| c / (<$float>::ONE - x * x);
            // abs'(0) = 0 by contract (DESIGN.md): the subgradient of least norm.
            abs, abs_vjp, abs_pullback: |x, y, c| if x > <$float>::ZERO {
                c
            } else if x < <$float>::ZERO {
                -c
            } else {
                <$float>::ZERO
            };
            recip, recip_vjp, recip_pullback: |x, y, c| -c * y * y;
            to_degrees, to_degrees_vjp, to_degrees_pullback: |x, y, c| c * (lit::<$float>(180.0) / <$float as FloatConst>::PI());
            to_radians, to_radians_vjp, to_radians_pullback: |x, y, c| c * (<$float as FloatConst>::PI() / lit::<$float>(180.0));
            signum, signum_vjp, signum_pullback: |x, y, c| <$float>::ZERO;
            floor, floor_vjp, floor_pullback: |x, y, c| <$float>::ZERO;
            ceil, ceil_vjp, ceil_pullback: |x, y, c| <$float>::ZERO;
            round, round_vjp, round_pullback: |x, y, c| <$float>::ZERO;
            trunc, trunc_vjp, trunc_pullback: |x, y, c| <$float>::ZERO;
            round_ties_even, round_ties_even_vjp, round_ties_even_pullback: |x, y, c| <$float>::ZERO;
            // fract x = x - trunc x: slope 1 between the integers, where it jumps.
            fract, fract_vjp, fract_pullback: |x, y, c| c;
        }
    };
}

/// Derivative rules for the methods of `f32` and `f64`.
///
/// Inside a `#[differentiate]` function, `x.exp()` and `f64::exp(x)` on a differentiated `x`
/// become `x.exp_vjp()`: each method `name` has a rule `name_vjp` returning the value and a
/// pullback from the result's cotangent `c` to one cotangent per argument (receiver first).
/// The doc line of each rule gives the derivative it applies.
#[diagnostic::on_unimplemented(
    message = "`{Self}` has no float derivative rules",
    note = "grad differentiates the float methods of f32 and f64"
)]
pub trait FloatRules: Sized + Copy {
    /// `e^x`; `d/dx = e^x` (the output is saved, not the input).
    fn exp_vjp(self) -> (Self, impl FnOnce(Self) -> (Self,));
    /// `2^x`; `d/dx = 2^x ln 2`.
    fn exp2_vjp(self) -> (Self, impl FnOnce(Self) -> (Self,));
    /// `e^x - 1`, accurate near 0; `d/dx = e^x`.
    fn exp_m1_vjp(self) -> (Self, impl FnOnce(Self) -> (Self,));
    /// `ln x`; `d/dx = 1/x`.
    fn ln_vjp(self) -> (Self, impl FnOnce(Self) -> (Self,));
    /// `ln(1 + x)`, accurate near 0; `d/dx = 1/(1 + x)`.
    fn ln_1p_vjp(self) -> (Self, impl FnOnce(Self) -> (Self,));
    /// `log2 x`; `d/dx = 1/(x ln 2)`.
    fn log2_vjp(self) -> (Self, impl FnOnce(Self) -> (Self,));
    /// `log10 x`; `d/dx = 1/(x ln 10)`.
    fn log10_vjp(self) -> (Self, impl FnOnce(Self) -> (Self,));
    /// `log_b x = ln x / ln b`; `d/dx = 1/(x ln b)`, `d/db = -ln x / (b ln² b)`.
    fn log_vjp(self, base: Self) -> (Self, impl FnOnce(Self) -> (Self, Self));
    /// `√x`; `d/dx = 1/(2√x)` (infinite at 0, as the limit says).
    fn sqrt_vjp(self) -> (Self, impl FnOnce(Self) -> (Self,));
    /// `∛x`; `d/dx = 1/(3 ∛x²)`.
    fn cbrt_vjp(self) -> (Self, impl FnOnce(Self) -> (Self,));
    /// `x^n` for an integer `n` (not differentiated); `d/dx = n x^(n-1)`.
    fn powi_vjp(self, n: i32) -> (Self, impl FnOnce(Self) -> (Self, ()));
    /// `x^y`; `d/dx = y x^(y-1)`, `d/dy = x^y ln x`, taken as 0 where `x = 0`.
    fn powf_vjp(self, y: Self) -> (Self, impl FnOnce(Self) -> (Self, Self));
    /// `sin x`; `d/dx = cos x`.
    fn sin_vjp(self) -> (Self, impl FnOnce(Self) -> (Self,));
    /// `cos x`; `d/dx = -sin x`.
    fn cos_vjp(self) -> (Self, impl FnOnce(Self) -> (Self,));
    /// `tan x`; `d/dx = 1 + tan² x`.
    fn tan_vjp(self) -> (Self, impl FnOnce(Self) -> (Self,));
    /// `asin x`; `d/dx = 1/√(1 - x²)`.
    fn asin_vjp(self) -> (Self, impl FnOnce(Self) -> (Self,));
    /// `acos x`; `d/dx = -1/√(1 - x²)`.
    fn acos_vjp(self) -> (Self, impl FnOnce(Self) -> (Self,));
    /// `atan x`; `d/dx = 1/(1 + x²)`.
    fn atan_vjp(self) -> (Self, impl FnOnce(Self) -> (Self,));
    /// `atan2(y, x)` with `self = y`; `d/dy = x/(x² + y²)`, `d/dx = -y/(x² + y²)`.
    fn atan2_vjp(self, x: Self) -> (Self, impl FnOnce(Self) -> (Self, Self));
    /// `sinh x`; `d/dx = cosh x`.
    fn sinh_vjp(self) -> (Self, impl FnOnce(Self) -> (Self,));
    /// `cosh x`; `d/dx = sinh x`.
    fn cosh_vjp(self) -> (Self, impl FnOnce(Self) -> (Self,));
    /// `tanh x`; `d/dx = 1 - tanh² x` (the output is saved).
    fn tanh_vjp(self) -> (Self, impl FnOnce(Self) -> (Self,));
    /// `asinh x`; `d/dx = 1/√(x² + 1)`.
    fn asinh_vjp(self) -> (Self, impl FnOnce(Self) -> (Self,));
    /// `acosh x`; `d/dx = 1/√(x² - 1)`.
    fn acosh_vjp(self) -> (Self, impl FnOnce(Self) -> (Self,));
    /// `atanh x`; `d/dx = 1/(1 - x²)`.
    fn atanh_vjp(self) -> (Self, impl FnOnce(Self) -> (Self,));
    /// `|x|`; `d/dx = sign x`, and `abs'(0) = 0`.
    fn abs_vjp(self) -> (Self, impl FnOnce(Self) -> (Self,));
    /// `max(x, y)`; the cotangent goes to the larger argument, to `x` on a tie (and to the
    /// argument returned when the other is NaN).
    fn max_vjp(self, y: Self) -> (Self, impl FnOnce(Self) -> (Self, Self));
    /// `min(x, y)`; the cotangent goes to the smaller argument, to `x` on a tie (and to the
    /// argument returned when the other is NaN).
    fn min_vjp(self, y: Self) -> (Self, impl FnOnce(Self) -> (Self, Self));
    /// `1/x`; `d/dx = -1/x²`.
    fn recip_vjp(self) -> (Self, impl FnOnce(Self) -> (Self,));
    /// `√(x² + y²)`; `d/dx = x/h`, `d/dy = y/h`, taken as 0 at the origin where `h = 0`.
    fn hypot_vjp(self, y: Self) -> (Self, impl FnOnce(Self) -> (Self, Self));
    /// `x a + b` with one rounding; `d/dx = a`, `d/da = x`, `d/db = 1`.
    fn mul_add_vjp(self, a: Self, b: Self) -> (Self, impl FnOnce(Self) -> (Self, Self, Self));
    /// `x` in degrees; `d/dx = 180/π`.
    fn to_degrees_vjp(self) -> (Self, impl FnOnce(Self) -> (Self,));
    /// `x` in radians; `d/dx = π/180`.
    fn to_radians_vjp(self) -> (Self, impl FnOnce(Self) -> (Self,));
    /// `sign x` (±1); derivative 0.
    fn signum_vjp(self) -> (Self, impl FnOnce(Self) -> (Self,));
    /// `⌊x⌋`; derivative 0 (piecewise constant).
    fn floor_vjp(self) -> (Self, impl FnOnce(Self) -> (Self,));
    /// `⌈x⌉`; derivative 0 (piecewise constant).
    fn ceil_vjp(self) -> (Self, impl FnOnce(Self) -> (Self,));
    /// `x` rounded half away from zero; derivative 0 (piecewise constant).
    fn round_vjp(self) -> (Self, impl FnOnce(Self) -> (Self,));
    /// `x` rounded toward zero; derivative 0 (piecewise constant).
    fn trunc_vjp(self) -> (Self, impl FnOnce(Self) -> (Self,));
    /// `x` rounded half to even; derivative 0 (piecewise constant).
    fn round_ties_even_vjp(self) -> (Self, impl FnOnce(Self) -> (Self,));
    /// `x - trunc x`, the fractional part; `d/dx = 1` (where it jumps, at the integers, too).
    fn fract_vjp(self) -> (Self, impl FnOnce(Self) -> (Self,));
    /// `x` limited to `[min, max]`: `min` where `x < min`, `max` where `x > max`, `x`
    /// otherwise (and for a NaN `x`). The cotangent goes to the argument returned: to `x` on
    /// the closed interval, **bounds included** (`x == min` or `x == max` gives `(c, 0, 0)`, as
    /// `x.max(min).min(max)` gives a tie to its receiver), to `min` below it, to `max` above.
    ///
    /// **Panics** if `min > max` or either bound is NaN, as std's `clamp` does.
    fn clamp_vjp(self, min: Self, max: Self) -> (Self, impl FnOnce(Self) -> (Self, Self, Self));
    /// `|x|` with the sign of `sign` (its sign bit: `-0.0` and a NaN with the bit set count as
    /// negative); `d/dx = sign x · sign(sign)`, that is `±1`, and 0 at `x = 0` as for `abs`;
    /// `d/dsign = 0` (piecewise constant).
    fn copysign_vjp(self, sign: Self) -> (Self, impl FnOnce(Self) -> (Self, Self));
    /// `max(x - y, 0)` (C's `fdim`; deprecated in std, which suggests `(x - y).abs()`);
    /// `(d/dx, d/dy) = (1, -1)` where `x > y`, `(0, 0)` where `x ≤ y`, the kink `x = y`
    /// included (as `relu'(0) = 0`).
    fn abs_sub_vjp(self, y: Self) -> (Self, impl FnOnce(Self) -> (Self, Self));
    /// `(x + y) / 2`, computed without overflow; `d/dx = d/dy = 1/2`.
    fn midpoint_vjp(self, y: Self) -> (Self, impl FnOnce(Self) -> (Self, Self));
    /// `x mod y` in `[0, |y|)`, that is `x - y q` with the Euclidean quotient
    /// `q = x.div_euclid(y)`, constant between its jumps: `d/dx = 1`, `d/dy = -q`.
    fn rem_euclid_vjp(self, y: Self) -> (Self, impl FnOnce(Self) -> (Self, Self));
    /// The Euclidean quotient `q` of `x` by `y`, an integer; derivative 0 in both (piecewise
    /// constant).
    fn div_euclid_vjp(self, y: Self) -> (Self, impl FnOnce(Self) -> (Self, Self));
    /// `(sin x, cos x)` at once; for the cotangents `(c_s, c_c)` of the pair,
    /// `x̄ = c_s cos x - c_c sin x`.
    fn sin_cos_vjp(self) -> ((Self, Self), impl FnOnce((Self, Self)) -> (Self,));
}

/// The declarations of [`FloatPullbacks`]' functions, from the table.
macro_rules! float_pullback_declarations {
    (
        $float:ty;
        $($name:ident, $vjp:ident, $pullback:ident: |$x:ident, $y:ident, $c:ident| $dx:expr;)*
    ) => {$(
        #[doc = concat!(
            "The pullback of [`FloatRules::", stringify!($vjp), "`] (`y = x.",
            stringify!($name), "()`) at one element: the cotangent of `x` for the cotangent `c` of `y`."
        )]
        fn $pullback(x: Self, y: Self, c: Self) -> Self;
    )*};
}

/// The pullbacks of the float functions at one element: the cotangent of the argument `x` from
/// `x`, the value `y` and its cotangent `c`, computed as the rule of [`FloatRules`] of the same
/// name computes it (both are made from one table, see the [module documentation](self)).
///
/// The array rules of [`ArrayRules`](super::ArrayRules) apply these element by element. Every
/// [`Scalar`] has them.
pub trait FloatPullbacks: Sized + Copy {
    unary_derivatives!(float_pullback_declarations, Self);

    /// The pullback of `y = x^n` for an integer `n`: `c · n x^(n-1)`, and 0 for `n = 0` even at
    /// `x = 0` (where `x^-1` is infinite). `pow(x, k)` computes `x^k`: `powi` itself for the
    /// float rule, a version with the small exponents unrolled for the array rule.
    fn powi_pullback(x: Self, n: i32, c: Self, pow: impl Fn(Self, i32) -> Self) -> Self;

    /// The pullback of `y = x^p`: the cotangents `(c · p x^(p-1), c · x^p ln x)` of `x` and `p`,
    /// the first 0 for `p = 0` and the second 0 at `x = 0`.
    fn powf_pullback(x: Self, p: Self, y: Self, c: Self) -> (Self, Self);
}

/// [`FloatPullbacks`]' functions for `$float`, from the table.
macro_rules! float_pullbacks {
    (
        $float:ty;
        $($name:ident, $vjp:ident, $pullback:ident: |$x:ident, $y:ident, $c:ident| $dx:expr;)*
    ) => {$(
        #[inline(always)]
        #[allow(unused_variables)]
        fn $pullback($x: $float, $y: $float, $c: $float) -> $float {
            $dx
        }
    )*};
}

macro_rules! float_pullbacks_impl {
    ($($float:ty),*) => {$(
        impl FloatPullbacks for $float {
            unary_derivatives!(float_pullbacks, $float);

            #[inline(always)]
            fn powi_pullback(
                x: $float,
                n: i32,
                c: $float,
                pow: impl Fn($float, i32) -> $float,
            ) -> $float {
                let dx = if n == 0 { <$float>::ZERO } else { IntegerMultiple::times(n, pow(x, n - 1)) };
                c * dx
            }

            #[inline(always)]
            fn powf_pullback(x: $float, p: $float, y: $float, c: $float) -> ($float, $float) {
                let dx = if p == <$float>::ZERO { <$float>::ZERO } else { p * x.powf(p - <$float>::ONE) };
                // x^p ln x is 0 * -inf = NaN at x = 0; the limit along x > 0 is 0 for p > 0,
                // and JAX and PyTorch both take 0 there.
                let dp = if x == <$float>::ZERO { <$float>::ZERO } else { y * x.ln() };
                (c * dx, c * dp)
            }
        }
    )*};
}
float_pullbacks_impl!(f32, f64, Dual<f32>, Dual<f64>);

/// `n y` for an integer `n`: at a dual number, both parts times `n`, which is `n` as the
/// constant `n + 0ε` times `y` without the product `0 · y` (which the compiler must keep, as
/// it is NaN for an infinite `y`): a multiplication and an addition less in the `powi`
/// pullback that `f_hvp` runs.
trait IntegerMultiple {
    fn times(n: i32, y: Self) -> Self;
}

macro_rules! integer_multiple {
    ($($float:ty),*) => {$(
        impl IntegerMultiple for $float {
            #[inline(always)]
            fn times(n: i32, y: $float) -> $float {
                <i32 as CastTo<$float>>::cast_to(n) * y
            }
        }

        impl IntegerMultiple for Dual<$float> {
            #[inline(always)]
            fn times(n: i32, y: Dual<$float>) -> Dual<$float> {
                let n = <i32 as CastTo<$float>>::cast_to(n);
                Dual::new(n * y.value, n * y.tangent)
            }
        }
    )*};
}
integer_multiple!(f32, f64);

/// The rules of [`FloatRules`] for `$float`, from the table: `name_vjp(x) = (x.name(), c -> (x̄,))`
/// with `x̄` the table's formula.
macro_rules! float_rules {
    (
        $float:ty;
        $($name:ident, $vjp:ident, $pullback:ident: |$x:ident, $y:ident, $c:ident| $dx:expr;)*
    ) => {$(
        #[inline(always)]
        fn $vjp(self) -> ($float, impl FnOnce($float) -> ($float,)) {
            let $x = self;
            let $y = $x.$name();
            #[allow(unused_variables)]
            let pullback = move |$c: $float| ($dx,);
            ($y, pullback)
        }
    )*};
}

macro_rules! float_rules_impl {
    ($($float:ty),*) => {$(
        impl FloatRules for $float {
            unary_derivatives!(float_rules, $float);

            #[inline(always)]
            fn log_vjp(self, base: $float) -> ($float, impl FnOnce($float) -> ($float, $float)) {
                let ln_x = self.ln();
                let ln_base = base.ln();
                let log_pullback = move |c: $float| {
                    (c / (self * ln_base), -c * ln_x / (base * ln_base * ln_base))
                };
                (ln_x / ln_base, log_pullback)
            }

            #[inline(always)]
            fn powi_vjp(self, n: i32) -> ($float, impl FnOnce($float) -> ($float, ())) {
                // The derivative `n x^(n-1)` is computed here, where the exponent is usually a
                // constant (`x.powi(2)` gives `2x`), not in the pullback, where it would be a
                // value read back from the record: the record keeps one number, and the
                // reverse sweep does not branch on the exponent. (`1 · dx` is `dx`: the
                // pullback's `c · dx` has the bits it had.)
                let pow = super::elementwise::powi::<$float>;
                let dx = <$float as FloatPullbacks>::powi_pullback(self, n, <$float>::ONE, pow);
                let powi_pullback = move |c: $float| (c * dx, ());
                (self.powi(n), powi_pullback)
            }

            #[inline(always)]
            fn powf_vjp(self, y: $float) -> ($float, impl FnOnce($float) -> ($float, $float)) {
                let out = self.powf(y);
                let powf_pullback =
                    move |c: $float| <$float as FloatPullbacks>::powf_pullback(self, y, out, c);
                (out, powf_pullback)
            }

            #[inline(always)]
            fn atan2_vjp(self, x: $float) -> ($float, impl FnOnce($float) -> ($float, $float)) {
                let atan2_pullback = move |c: $float| {
                    let r2 = x * x + self * self;
                    (c * x / r2, -c * self / r2)
                };
                (self.atan2(x), atan2_pullback)
            }

            #[inline(always)]
            fn max_vjp(self, y: $float) -> ($float, impl FnOnce($float) -> ($float, $float)) {
                let zero = <$float>::ZERO;
                let self_wins = self >= y || y.is_nan();
                let max_pullback = move |c: $float| if self_wins { (c, zero) } else { (zero, c) };
                (self.max(y), max_pullback)
            }

            #[inline(always)]
            fn min_vjp(self, y: $float) -> ($float, impl FnOnce($float) -> ($float, $float)) {
                let zero = <$float>::ZERO;
                let self_wins = self <= y || y.is_nan();
                let min_pullback = move |c: $float| if self_wins { (c, zero) } else { (zero, c) };
                (self.min(y), min_pullback)
            }

            #[inline(always)]
            fn hypot_vjp(self, y: $float) -> ($float, impl FnOnce($float) -> ($float, $float)) {
                let zero = <$float>::ZERO;
                let h = self.hypot(y);
                let hypot_pullback = move |c: $float| {
                    // The cone's tip has no gradient; take 0 there rather than 0/0 = NaN.
                    if h == zero { (zero, zero) } else { (c * self / h, c * y / h) }
                };
                (h, hypot_pullback)
            }

            #[inline(always)]
            #[track_caller]
            fn clamp_vjp(
                self,
                min: $float,
                max: $float,
            ) -> ($float, impl FnOnce($float) -> ($float, $float, $float)) {
                let zero = <$float>::ZERO;
                let value = self.clamp(min, max);
                // std's order of tests: below `min`, else above `max`, else `x` (NaN too).
                let clamp_pullback = move |c: $float| {
                    if self < min {
                        (zero, c, zero)
                    } else if self > max {
                        (zero, zero, c)
                    } else {
                        (c, zero, zero)
                    }
                };
                (value, clamp_pullback)
            }

            #[inline(always)]
            fn copysign_vjp(self, sign: $float) -> ($float, impl FnOnce($float) -> ($float, $float)) {
                let zero = <$float>::ZERO;
                let value = self.copysign(sign);
                // ±1 by whether `x` and the result share a sign; abs'(0) = 0 as for `abs`.
                let slope = if self == zero { zero } else { self.signum() * value.signum() };
                let copysign_pullback = move |c: $float| (c * slope, zero);
                (value, copysign_pullback)
            }

            #[inline(always)]
            fn abs_sub_vjp(self, y: $float) -> ($float, impl FnOnce($float) -> ($float, $float)) {
                let zero = <$float>::ZERO;
                #[allow(deprecated)]
                let value = self.abs_sub(y);
                let positive = self > y;
                let abs_sub_pullback =
                    move |c: $float| if positive { (c, -c) } else { (zero, zero) };
                (value, abs_sub_pullback)
            }

            #[inline(always)]
            fn midpoint_vjp(self, y: $float) -> ($float, impl FnOnce($float) -> ($float, $float)) {
                let half = lit::<$float>(0.5);
                let midpoint_pullback = move |c: $float| (half * c, half * c);
                (self.midpoint(y), midpoint_pullback)
            }

            #[inline(always)]
            fn rem_euclid_vjp(self, y: $float) -> ($float, impl FnOnce($float) -> ($float, $float)) {
                let quotient = self.div_euclid(y);
                let rem_euclid_pullback = move |c: $float| (c, -c * quotient);
                (self.rem_euclid(y), rem_euclid_pullback)
            }

            #[inline(always)]
            fn div_euclid_vjp(self, y: $float) -> ($float, impl FnOnce($float) -> ($float, $float)) {
                let zero = <$float>::ZERO;
                let div_euclid_pullback = move |_: $float| (zero, zero);
                (self.div_euclid(y), div_euclid_pullback)
            }

            #[inline(always)]
            fn sin_cos_vjp(self) -> (($float, $float), impl FnOnce(($float, $float)) -> ($float,)) {
                let (sin, cos) = self.sin_cos();
                let sin_cos_pullback =
                    move |(c_sin, c_cos): ($float, $float)| (c_sin * cos - c_cos * sin,);
                ((sin, cos), sin_cos_pullback)
            }

            #[inline(always)]
            fn mul_add_vjp(self, a: $float, b: $float) -> ($float, impl FnOnce($float) -> ($float, $float, $float)) {
                let mul_add_pullback = move |c: $float| (c * a, c * self, c);
                (self.mul_add(a, b), mul_add_pullback)
            }
        }
    )*};
}
float_rules_impl!(f32, f64, Dual<f32>, Dual<f64>);
