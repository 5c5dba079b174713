//! Derivative rules for the methods of `f32` and `f64` ([`FloatRules`]).
//!
//! Each rule sits in one place: the forward value and its pullback, side by side. A pullback
//! receives the cotangent `c` of the result and returns one cotangent per argument, the receiver
//! first; arguments that cannot be differentiated (the `i32` of `powi`) get `()`.
//!
//! At points where a function is not differentiable the rule picks one value and says so:
//! `abs'(0) = 0`; `max`/`min` send the whole cotangent to the receiver on a tie; the piecewise
//! constant functions (`floor`, `ceil`, `round`, `trunc`, `signum`) have derivative 0.

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
}

/// One float method rule: `$name_vjp(self, args) = (self.$name(args), pullback)`.
///
/// `|x, args.., y| => (cotangents..)` binds the receiver, the arguments and the result; the
/// pullback body sees the output cotangent as `c`.
macro_rules! unary_rule {
    ($float:ty, $name:ident, $vjp:ident, |$x:ident, $y:ident, $c:ident| $dx:expr) => {
        #[inline(always)]
        fn $vjp(self) -> ($float, impl FnOnce($float) -> ($float,)) {
            let $x = self;
            let $y = $x.$name();
            #[allow(unused_variables)]
            let pullback = move |$c: $float| ($dx,);
            ($y, pullback)
        }
    };
}

macro_rules! float_method_rules {
    ($($float:ident),*) => {$(
        impl FloatRules for $float {
            unary_rule!($float, exp, exp_vjp, |x, y, c| c * y);
            unary_rule!($float, exp2, exp2_vjp, |x, y, c| c * y * core::$float::consts::LN_2);
            unary_rule!($float, exp_m1, exp_m1_vjp, |x, y, c| c * (y + 1.0));
            unary_rule!($float, ln, ln_vjp, |x, y, c| c / x);
            unary_rule!($float, ln_1p, ln_1p_vjp, |x, y, c| c / (1.0 + x));
            unary_rule!($float, log2, log2_vjp, |x, y, c| c / (x * core::$float::consts::LN_2));
            unary_rule!($float, log10, log10_vjp, |x, y, c| c / (x * core::$float::consts::LN_10));
            unary_rule!($float, sqrt, sqrt_vjp, |x, y, c| c / (2.0 * y));
            unary_rule!($float, cbrt, cbrt_vjp, |x, y, c| c / (3.0 * y * y));
            unary_rule!($float, sin, sin_vjp, |x, y, c| c * x.cos());
            unary_rule!($float, cos, cos_vjp, |x, y, c| -c * x.sin());
            unary_rule!($float, tan, tan_vjp, |x, y, c| c * (1.0 + y * y));
            unary_rule!($float, asin, asin_vjp, |x, y, c| c / (1.0 - x * x).sqrt());
            unary_rule!($float, acos, acos_vjp, |x, y, c| -c / (1.0 - x * x).sqrt());
            unary_rule!($float, atan, atan_vjp, |x, y, c| c / (1.0 + x * x));
            unary_rule!($float, sinh, sinh_vjp, |x, y, c| c * x.cosh());
            unary_rule!($float, cosh, cosh_vjp, |x, y, c| c * x.sinh());
            unary_rule!($float, tanh, tanh_vjp, |x, y, c| c * (1.0 - y * y));
            unary_rule!($float, asinh, asinh_vjp, |x, y, c| c / (x * x + 1.0).sqrt());
            unary_rule!($float, acosh, acosh_vjp, |x, y, c| c / (x * x - 1.0).sqrt());
            unary_rule!($float, atanh, atanh_vjp, |x, y, c| c / (1.0 - x * x));
            // abs'(0) = 0 by contract (DESIGN.md): the subgradient of least norm.
            unary_rule!($float, abs, abs_vjp, |x, y, c| if x > 0.0 {
                c
            } else if x < 0.0 {
                -c
            } else {
                0.0
            });
            unary_rule!($float, recip, recip_vjp, |x, y, c| -c * y * y);
            unary_rule!($float, to_degrees, to_degrees_vjp, |x, y, c| c * (180.0 / core::$float::consts::PI));
            unary_rule!($float, to_radians, to_radians_vjp, |x, y, c| c * (core::$float::consts::PI / 180.0));
            unary_rule!($float, signum, signum_vjp, |x, y, c| 0.0);
            unary_rule!($float, floor, floor_vjp, |x, y, c| 0.0);
            unary_rule!($float, ceil, ceil_vjp, |x, y, c| 0.0);
            unary_rule!($float, round, round_vjp, |x, y, c| 0.0);
            unary_rule!($float, trunc, trunc_vjp, |x, y, c| 0.0);

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
                let powi_pullback = move |c: $float| {
                    // n x^(n-1), written so that n = 0 gives 0 even at x = 0 (where x^-1 is inf).
                    let dx = if n == 0 { 0.0 } else { n as $float * self.powi(n - 1) };
                    (c * dx, ())
                };
                (self.powi(n), powi_pullback)
            }

            #[inline(always)]
            fn powf_vjp(self, y: $float) -> ($float, impl FnOnce($float) -> ($float, $float)) {
                let out = self.powf(y);
                let powf_pullback = move |c: $float| {
                    let dx = if y == 0.0 { 0.0 } else { y * self.powf(y - 1.0) };
                    // x^y ln x is 0 * -inf = NaN at x = 0; the limit along x > 0 is 0 for y > 0,
                    // and JAX and PyTorch both take 0 there.
                    let dy = if self == 0.0 { 0.0 } else { out * self.ln() };
                    (c * dx, c * dy)
                };
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
                let self_wins = self >= y || y.is_nan();
                let max_pullback = move |c: $float| if self_wins { (c, 0.0) } else { (0.0, c) };
                (self.max(y), max_pullback)
            }

            #[inline(always)]
            fn min_vjp(self, y: $float) -> ($float, impl FnOnce($float) -> ($float, $float)) {
                let self_wins = self <= y || y.is_nan();
                let min_pullback = move |c: $float| if self_wins { (c, 0.0) } else { (0.0, c) };
                (self.min(y), min_pullback)
            }

            #[inline(always)]
            fn hypot_vjp(self, y: $float) -> ($float, impl FnOnce($float) -> ($float, $float)) {
                let h = self.hypot(y);
                let hypot_pullback = move |c: $float| {
                    // The cone's tip has no gradient; take 0 there rather than 0/0 = NaN.
                    if h == 0.0 { (0.0, 0.0) } else { (c * self / h, c * y / h) }
                };
                (h, hypot_pullback)
            }

            #[inline(always)]
            fn mul_add_vjp(self, a: $float, b: $float) -> ($float, impl FnOnce($float) -> ($float, $float, $float)) {
                let mul_add_pullback = move |c: $float| (c * a, c * self, c);
                (self.mul_add(a, b), mul_add_pullback)
            }
        }
    )*};
}
float_method_rules!(f32, f64);
