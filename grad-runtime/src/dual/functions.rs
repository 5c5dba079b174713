//! The float functions at dual numbers, each with its derivative: `g(a + ȧε) = g(a) + g'(a) ȧ ε`.
//!
//! They are inherent methods, with std's names and arguments, so that code written for `f32` and
//! `f64` calls them as it is (`x.sin()`, `x.max(y)`, `f64::powi(x, 2)` with `f64` a `Dual`), and
//! `num_traits::Float` is implemented from them. The derivatives and the conventions at points
//! where a function is not differentiable are those of the reverse-mode rules of
//! [`rules::float`](crate::rules::float): `abs'(0) = 0`, `max`/`min` take the tangent of the
//! argument they return (the receiver on a tie), the piecewise constant functions have
//! derivative 0, `fract` and `rem_euclid` slope 1 in their receiver.

use super::{Dual, Primal};

/// `g'(a) ȧ`, and 0 when `ȧ = 0` whatever `g'(a)` is (an infinite derivative along the zero
/// direction is still 0, not NaN).
#[inline(always)]
fn times<A: Primal>(derivative: A, tangent: A) -> A {
    if tangent == A::ZERO {
        A::ZERO
    } else {
        derivative * tangent
    }
}

/// The functions of one argument whose derivative is written in terms of the argument `x` and
/// the value `y`: `name(x) = (y, g'(x) ẋ)`.
macro_rules! unary_functions {
    ($($(#[$doc:meta])* $name:ident: |$x:ident, $y:ident| $derivative:expr;)*) => {$(
        $(#[$doc])*
        #[inline]
        pub fn $name(self) -> Self {
            let $x = self.value;
            let $y = $x.$name();
            #[allow(unused_variables)]
            let derivative = $derivative;
            Dual::new($y, times(derivative, self.tangent))
        }
    )*};
}

/// `A::from_f64_as(x)`: a small literal in the value type.
#[inline(always)]
fn lit<A: Primal>(x: f64) -> A {
    A::from_f64_as(x)
}

impl<A: Primal> Dual<A> {
    unary_functions! {
        /// `e^x`; `d/dx = e^x`.
        exp: |x, y| y;
        /// `2^x`; `d/dx = 2^x ln 2`.
        exp2: |x, y| y * A::LN_2();
        /// `e^x - 1`; `d/dx = e^x`.
        exp_m1: |x, y| y + A::ONE;
        /// `ln x`; `d/dx = 1/x`.
        ln: |x, y| x.recip();
        /// `ln(1 + x)`; `d/dx = 1/(1 + x)`.
        ln_1p: |x, y| (A::ONE + x).recip();
        /// `log2 x`; `d/dx = 1/(x ln 2)`.
        log2: |x, y| (x * A::LN_2()).recip();
        /// `log10 x`; `d/dx = 1/(x ln 10)`.
        log10: |x, y| (x * A::LN_10()).recip();
        /// `√x`; `d/dx = 1/(2√x)`.
        sqrt: |x, y| (lit::<A>(2.0) * y).recip();
        /// `∛x`; `d/dx = 1/(3 ∛x²)`.
        cbrt: |x, y| (lit::<A>(3.0) * y * y).recip();
        /// `sin x`; `d/dx = cos x`.
        sin: |x, y| x.cos();
        /// `cos x`; `d/dx = -sin x`.
        cos: |x, y| -x.sin();
        /// `tan x`; `d/dx = 1 + tan² x`.
        tan: |x, y| A::ONE + y * y;
        /// `asin x`; `d/dx = 1/√(1 - x²)`.
        asin: |x, y| (A::ONE - x * x).sqrt().recip();
        /// `acos x`; `d/dx = -1/√(1 - x²)`.
        acos: |x, y| -(A::ONE - x * x).sqrt().recip();
        /// `atan x`; `d/dx = 1/(1 + x²)`.
        atan: |x, y| (A::ONE + x * x).recip();
        /// `sinh x`; `d/dx = cosh x`.
        sinh: |x, y| x.cosh();
        /// `cosh x`; `d/dx = sinh x`.
        cosh: |x, y| x.sinh();
        /// `tanh x`; `d/dx = 1 - tanh² x`.
        tanh: |x, y| A::ONE - y * y;
        /// `asinh x`; `d/dx = 1/√(x² + 1)`.
        asinh: |x, y| (x * x + A::ONE).sqrt().recip();
        /// `acosh x`; `d/dx = 1/√(x² - 1)`.
        acosh: |x, y| (x * x - A::ONE).sqrt().recip();
        /// `atanh x`; `d/dx = 1/(1 - x²)`.
        atanh: |x, y| (A::ONE - x * x).recip();
        /// `1/x`; `d/dx = -1/x²`.
        recip: |x, y| -(y * y);
        /// `x` in degrees; `d/dx = 180/π`.
        to_degrees: |x, y| lit::<A>(180.0) / A::PI();
        /// `x` in radians; `d/dx = π/180`.
        to_radians: |x, y| A::PI() / lit::<A>(180.0);
        /// `|x|`; `d/dx = sign x`, and 0 at 0.
        abs: |x, y| if x > A::ZERO { A::ONE } else if x < A::ZERO { -A::ONE } else { A::ZERO };
        /// `sign x` (±1, NaN for NaN); derivative 0.
        signum: |x, y| A::ZERO;
        /// `⌊x⌋`; derivative 0.
        floor: |x, y| A::ZERO;
        /// `⌈x⌉`; derivative 0.
        ceil: |x, y| A::ZERO;
        /// `x` rounded half away from zero; derivative 0.
        round: |x, y| A::ZERO;
        /// `x` rounded half to even; derivative 0.
        round_ties_even: |x, y| A::ZERO;
        /// `x` rounded toward zero; derivative 0.
        trunc: |x, y| A::ZERO;
        /// `x - trunc x`; `d/dx = 1`.
        fract: |x, y| A::ONE;
    }

    /// `x^n` for an integer `n`; `d/dx = n x^(n-1)`, and 0 for `n = 0`.
    #[inline]
    pub fn powi(self, n: i32) -> Self {
        if n == 1 {
            // `x` itself, without `times`' zero test (its derivative 1 is finite): the
            // pullback of `x²` asks for `x^1`.
            return self;
        }
        let x = self.value;
        let tangent = if n == 0 {
            A::ZERO
        } else if n > 1 {
            // `n x^(n-1)` is finite wherever `x` is: no zero test (which costs a compare and a
            // select per call, and `x * x` has none either).
            lit::<A>(f64::from(n)) * x.powi(n - 1) * self.tangent
        } else {
            times(lit::<A>(f64::from(n)) * x.powi(n - 1), self.tangent)
        };
        Dual::new(x.powi(n), tangent)
    }

    /// `x^p`; `d/dx = p x^(p-1)` (0 for `p = 0`), `d/dp = x^p ln x` (0 at `x = 0`, as the
    /// reverse rule takes it).
    #[inline]
    pub fn powf(self, p: Self) -> Self {
        let (x, exponent) = (self.value, p.value);
        let y = x.powf(exponent);
        let d_x = if exponent == A::ZERO {
            A::ZERO
        } else {
            exponent * x.powf(exponent - A::ONE)
        };
        let d_p = if x == A::ZERO { A::ZERO } else { y * x.ln() };
        Dual::new(y, times(d_x, self.tangent) + times(d_p, p.tangent))
    }

    /// `log_b x = ln x / ln b`; `d/dx = 1/(x ln b)`, `d/db = -ln x / (b ln² b)`.
    #[inline]
    pub fn log(self, base: Self) -> Self {
        let (ln_x, ln_b) = (self.value.ln(), base.value.ln());
        let d_x = (self.value * ln_b).recip();
        let d_b = -ln_x / (base.value * ln_b * ln_b);
        Dual::new(
            ln_x / ln_b,
            times(d_x, self.tangent) + times(d_b, base.tangent),
        )
    }

    /// `√(x² + y²)`; `d/dx = x/h`, `d/dy = y/h`, and 0 at the origin.
    #[inline]
    pub fn hypot(self, y: Self) -> Self {
        let h = self.value.hypot(y.value);
        if h == A::ZERO {
            return Dual::constant(h);
        }
        let tangent = times(self.value / h, self.tangent) + times(y.value / h, y.tangent);
        Dual::new(h, tangent)
    }

    /// `atan2(y, x)` with `self = y`; `d/dy = x/(x² + y²)`, `d/dx = -y/(x² + y²)`.
    #[inline]
    pub fn atan2(self, x: Self) -> Self {
        let (y_value, x_value) = (self.value, x.value);
        let r2 = x_value * x_value + y_value * y_value;
        let tangent = times(x_value / r2, self.tangent) + times(-y_value / r2, x.tangent);
        Dual::new(y_value.atan2(x_value), tangent)
    }

    /// `(sin x, cos x)`; derivatives `cos x` and `-sin x`.
    #[inline]
    pub fn sin_cos(self) -> (Self, Self) {
        let (sin, cos) = self.value.sin_cos();
        let sin_dual = Dual::new(sin, times(cos, self.tangent));
        (sin_dual, Dual::new(cos, times(-sin, self.tangent)))
    }

    /// `x a + b` with one rounding; `d/dx = a`, `d/da = x`, `d/db = 1`.
    #[inline]
    pub fn mul_add(self, a: Self, b: Self) -> Self {
        let tangent = self.tangent * a.value + self.value * a.tangent + b.tangent;
        Dual::new(self.value.mul_add(a.value, b.value), tangent)
    }

    /// The larger of `x` and `y` (the other if one is NaN), with its tangent; `x`'s on a tie.
    #[inline]
    pub fn max(self, y: Self) -> Self {
        if self.value >= y.value || y.value.is_nan() {
            self
        } else {
            y
        }
    }

    /// The smaller of `x` and `y` (the other if one is NaN), with its tangent; `x`'s on a tie.
    #[inline]
    pub fn min(self, y: Self) -> Self {
        if self.value <= y.value || y.value.is_nan() {
            self
        } else {
            y
        }
    }

    /// `x` limited to `[min, max]`: `min` below it, `max` above it, `x` otherwise (bounds and
    /// NaN included), each with its own tangent.
    ///
    /// **Panics** if `min > max` or either bound is NaN, as std's `clamp` does.
    #[inline]
    #[track_caller]
    pub fn clamp(self, min: Self, max: Self) -> Self {
        assert!(
            min.value <= max.value,
            "min > max, or either was NaN. min = {:?}, max = {:?}",
            min.value,
            max.value
        );
        if self.value < min.value {
            min
        } else if self.value > max.value {
            max
        } else {
            self
        }
    }

    /// `|x|` with the sign of `sign`; `d/dx = ±1` (0 at `x = 0`, as for `abs`),
    /// `d/dsign = 0`.
    #[inline]
    pub fn copysign(self, sign: Self) -> Self {
        let value = self.value.copysign(sign.value);
        let slope = if self.value == A::ZERO {
            A::ZERO
        } else {
            self.value.signum() * value.signum()
        };
        Dual::new(value, times(slope, self.tangent))
    }

    /// `max(x - y, 0)` (C's `fdim`); tangent `ẋ - ẏ` where `x > y`, 0 elsewhere.
    #[inline]
    pub fn abs_sub(self, y: Self) -> Self {
        if self.value > y.value {
            self - y
        } else {
            Dual::constant(A::ZERO)
        }
    }

    /// `(x + y) / 2` without overflow; tangent `(ẋ + ẏ)/2`.
    #[inline]
    pub fn midpoint(self, y: Self) -> Self {
        let tangent = self.tangent.midpoint(y.tangent);
        Dual::new(self.value.midpoint(y.value), tangent)
    }

    /// `x mod y` in `[0, |y|)`, `x - q y` with `q = x.div_euclid(y)` constant between its
    /// jumps: tangent `ẋ - q ẏ`.
    #[inline]
    pub fn rem_euclid(self, y: Self) -> Self {
        let quotient = self.value.div_euclid(y.value);
        let tangent = self.tangent - times(quotient, y.tangent);
        Dual::new(self.value.rem_euclid(y.value), tangent)
    }

    /// The Euclidean quotient of `x` by `y`, an integer; tangent 0.
    #[inline]
    pub fn div_euclid(self, y: Self) -> Self {
        Dual::constant(self.value.div_euclid(y.value))
    }

    /// Whether the value is NaN.
    #[inline]
    pub fn is_nan(self) -> bool {
        self.value.is_nan()
    }

    /// Whether the value is `±∞`.
    #[inline]
    pub fn is_infinite(self) -> bool {
        self.value.is_infinite()
    }

    /// Whether the value is neither infinite nor NaN.
    #[inline]
    pub fn is_finite(self) -> bool {
        self.value.is_finite()
    }

    /// Whether the value has a positive sign bit (`+0.0`, positive NaNs included).
    #[inline]
    pub fn is_sign_positive(self) -> bool {
        self.value.is_sign_positive()
    }

    /// Whether the value has a negative sign bit (`-0.0`, negative NaNs included).
    #[inline]
    pub fn is_sign_negative(self) -> bool {
        self.value.is_sign_negative()
    }
}
