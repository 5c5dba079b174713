//! `num_traits` for dual numbers: [`Zero`], [`One`], [`Num`], [`Signed`], [`NumCast`],
//! [`ToPrimitive`], [`FromPrimitive`], [`Float`] and [`FloatConst`].
//!
//! Conversions from numbers give constants (tangent 0); conversions to numbers read the value.
//! Every `Float` function is the inherent method of the same name, with its derivative (see
//! `functions.rs`); the classification and sign tests read the value.

use core::num::FpCategory;

use num_traits::{Float, FloatConst, FromPrimitive, Num, NumCast, One, Signed, ToPrimitive, Zero};

use super::{Dual, Primal};

/// `0 + 0ε`; `is_zero` reads the value, as `==` does.
impl<A: Primal> Zero for Dual<A> {
    #[inline]
    fn zero() -> Self {
        Dual::constant(A::ZERO)
    }
    #[inline]
    fn is_zero(&self) -> bool {
        self.value == A::ZERO
    }
}

/// `1 + 0ε`.
impl<A: Primal> One for Dual<A> {
    #[inline]
    fn one() -> Self {
        Dual::constant(A::ONE)
    }
}

/// Parsing gives a constant.
impl<A: Primal> Num for Dual<A> {
    type FromStrRadixErr = A::FromStrRadixErr;
    fn from_str_radix(text: &str, radix: u32) -> Result<Self, Self::FromStrRadixErr> {
        A::from_str_radix(text, radix).map(Dual::constant)
    }
}

/// `|x|`, `sign x` and their derivatives as [`Dual::abs`] and [`Dual::signum`] have them.
impl<A: Primal> Signed for Dual<A> {
    #[inline]
    fn abs(&self) -> Self {
        Dual::abs(*self)
    }
    #[inline]
    fn abs_sub(&self, other: &Self) -> Self {
        Dual::abs_sub(*self, *other)
    }
    #[inline]
    fn signum(&self) -> Self {
        Dual::signum(*self)
    }
    #[inline]
    fn is_positive(&self) -> bool {
        self.value > A::ZERO
    }
    #[inline]
    fn is_negative(&self) -> bool {
        self.value < A::ZERO
    }
}

/// The value, converted as the value type converts.
impl<A: Primal> ToPrimitive for Dual<A> {
    #[inline]
    fn to_i64(&self) -> Option<i64> {
        self.value.to_i64()
    }
    #[inline]
    fn to_u64(&self) -> Option<u64> {
        self.value.to_u64()
    }
    #[inline]
    fn to_i128(&self) -> Option<i128> {
        self.value.to_i128()
    }
    #[inline]
    fn to_u128(&self) -> Option<u128> {
        self.value.to_u128()
    }
    #[inline]
    fn to_f32(&self) -> Option<f32> {
        self.value.to_f32()
    }
    #[inline]
    fn to_f64(&self) -> Option<f64> {
        self.value.to_f64()
    }
}

/// A constant, converted as the value type converts.
impl<A: Primal> FromPrimitive for Dual<A> {
    #[inline]
    fn from_i64(n: i64) -> Option<Self> {
        A::from_i64(n).map(Dual::constant)
    }
    #[inline]
    fn from_u64(n: u64) -> Option<Self> {
        A::from_u64(n).map(Dual::constant)
    }
    #[inline]
    fn from_i128(n: i128) -> Option<Self> {
        A::from_i128(n).map(Dual::constant)
    }
    #[inline]
    fn from_u128(n: u128) -> Option<Self> {
        A::from_u128(n).map(Dual::constant)
    }
    #[inline]
    fn from_f32(n: f32) -> Option<Self> {
        A::from_f32(n).map(Dual::constant)
    }
    #[inline]
    fn from_f64(n: f64) -> Option<Self> {
        A::from_f64(n).map(Dual::constant)
    }
}

/// A constant, converted as the value type converts.
impl<A: Primal> NumCast for Dual<A> {
    #[inline]
    fn from<T: ToPrimitive>(n: T) -> Option<Self> {
        <A as NumCast>::from(n).map(Dual::constant)
    }
}

/// The constants of `num_traits`, with tangent 0.
macro_rules! float_constants {
    ($($name:ident),*) => {
        impl<A: Primal> FloatConst for Dual<A> {
            $(
                #[inline]
                fn $name() -> Self {
                    Dual::constant(A::$name())
                }
            )*
        }
    };
}
float_constants!(
    E,
    FRAC_1_PI,
    FRAC_1_SQRT_2,
    FRAC_2_PI,
    FRAC_2_SQRT_PI,
    FRAC_PI_2,
    FRAC_PI_3,
    FRAC_PI_4,
    FRAC_PI_6,
    FRAC_PI_8,
    LN_10,
    LN_2,
    LOG10_E,
    LOG2_E,
    PI,
    SQRT_2,
    TAU,
    LOG10_2,
    LOG2_10
);

/// Float methods that are the inherent method of the same name.
macro_rules! inherent {
    ($($name:ident($($arg:ident),*) -> $out:ty;)*) => {$(
        #[inline]
        fn $name(self $(, $arg: Self)*) -> $out {
            Dual::$name(self $(, $arg)*)
        }
    )*};
}

/// Float constants, with tangent 0.
macro_rules! constants {
    ($($name:ident;)*) => {$(
        #[inline]
        fn $name() -> Self {
            Dual::constant(A::$name())
        }
    )*};
}

/// Float methods that read the value only.
macro_rules! of_the_value {
    ($($name:ident -> $out:ty;)*) => {$(
        #[inline]
        fn $name(self) -> $out {
            self.value.$name()
        }
    )*};
}

/// Every function with its derivative: the inherent method of the same name (`Dual::sin`, ...).
impl<A: Primal> Float for Dual<A> {
    constants! {
        nan; infinity; neg_infinity; neg_zero; min_value; min_positive_value; epsilon;
        max_value;
    }
    of_the_value! {
        is_nan -> bool; is_infinite -> bool; is_finite -> bool; is_normal -> bool;
        is_subnormal -> bool; classify -> FpCategory; is_sign_positive -> bool;
        is_sign_negative -> bool; integer_decode -> (u64, i16, i8);
    }
    inherent! {
        floor() -> Self; ceil() -> Self; round() -> Self; trunc() -> Self; fract() -> Self;
        abs() -> Self; signum() -> Self; mul_add(a, b) -> Self; recip() -> Self;
        powf(n) -> Self; sqrt() -> Self; exp() -> Self; exp2() -> Self; ln() -> Self;
        log(base) -> Self; log2() -> Self; log10() -> Self; to_degrees() -> Self;
        to_radians() -> Self; max(other) -> Self; min(other) -> Self;
        clamp(min, max) -> Self; abs_sub(other) -> Self; cbrt() -> Self; hypot(other) -> Self;
        sin() -> Self; cos() -> Self; tan() -> Self; asin() -> Self; acos() -> Self;
        atan() -> Self; atan2(other) -> Self; sin_cos() -> (Self, Self); exp_m1() -> Self;
        ln_1p() -> Self; sinh() -> Self; cosh() -> Self; tanh() -> Self; asinh() -> Self;
        acosh() -> Self; atanh() -> Self; copysign(sign) -> Self;
    }

    #[inline]
    fn powi(self, n: i32) -> Self {
        Dual::powi(self, n)
    }
}
