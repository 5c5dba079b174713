//! Dual numbers `a + ȧ ε` with `ε² = 0`: [`Dual`], a [`Scalar`](crate::Scalar) that carries a
//! directional derivative beside every value (forward-mode differentiation).
//!
//! Running code at `Dual::new(x, v)` gives, beside its value `f(x)`, the tangent `J_f(x) v`, to
//! working precision and with no step size: each operation maps `(a, ȧ)` to `(g(a), g'(a) ȧ)`.
//! Run at dual numbers, a pullback gives a Hessian-vector product (forward over reverse): the
//! tangent of `Jᵀ c` along `x + ε v` is `(∂² ⟨c, f⟩ / ∂x²) v`.
//!
//! ```text
//! mod.rs         Dual, Primal (its value type: f32, f64), comparisons, printing, constants
//! arithmetic.rs  + - * / % and their assigning forms, sums and products, array ∘ Dual
//! constant.rs    Constant: a literal operand of + - * / %, whose zero tangent costs nothing
//! functions.rs   the float functions with their derivatives (inherent methods)
//! traits.rs      num_traits: Zero, One, Num, Signed, NumCast, To/FromPrimitive, Float, FloatConst
//! literal.rs     FromLiteral and CastTo: literals and `as` casts in code run at dual numbers
//! scaled_square.rs  c * x * x with a literal c: the tangent 2 (c x) ẋ, as a person writes it
//! loop_end.rs    loop_end_sub: a range loop's end `n - k`, checked, so that bounds checks leave
//!                the loop
//! vector.rs      DualVec: dual numbers as a vector of values and one of tangents (f_hvp's
//!                gradient of a slice)
//! ```

mod arithmetic;
mod constant;
mod functions;
mod literal;
mod loop_end;
mod order;
mod scaled_square;
mod traits;
mod vector;

use core::cmp::Ordering;
use core::fmt;

pub use constant::{Constant, LiteralOperand};
pub use literal::{CastTo, FromLiteral};
pub use loop_end::loop_end_sub;
pub use scaled_square::{ScaledSquare, ScaledSquareOfAny, ScaledSquareOfDual};
pub use vector::{DualVec, DualVecShape};

/// A dual number `value + tangent · ε` with `ε² = 0`: a value and its derivative along one
/// direction, carried together through a computation (forward-mode differentiation).
///
/// Arithmetic and every float function apply the chain rule to the tangent: for a function `g`,
/// `g(a + ȧ ε) = g(a) + g'(a) ȧ ε`, so running code `f` at `Dual::new(x, v)` gives
/// `Dual::new(f(x), f'(x) v)`. `Dual<f32>` and `Dual<f64>` are [`Scalar`](crate::Scalar)s, so
/// every rule generic over `A: Scalar` runs at them too; a pullback run at
/// `Dual::new(x, v)` gives the Hessian-vector product in its tangents (forward over reverse).
///
/// Comparisons (`==`, `<`, `max`, ...) read the value only: branches follow the value, as they
/// do in the code the derivative is taken of. A zero tangent stays zero through every function,
/// also where the derivative is infinite (`√x` at 0): the derivative along the zero direction
/// is 0.
///
/// ```
/// use grad_runtime::Dual;
///
/// // d/dx (x² sin x) at x = 2 along v = 1: 2x sin x + x² cos x.
/// let x = Dual::new(2.0_f64, 1.0);
/// let y = x * x * x.sin();
/// assert_eq!(y.value, 4.0 * 2.0_f64.sin());
/// assert!((y.tangent - (4.0 * 2.0_f64.sin() + 4.0 * 2.0_f64.cos())).abs() < 1e-15);
/// assert_eq!(Dual::new(1.5, 0.25).to_string(), "1.5 + 0.25ε");
/// ```
#[derive(Clone, Copy, Debug, Default)]
pub struct Dual<A> {
    /// The value `a`.
    pub value: A,
    /// The derivative `ȧ` of the value along the direction the computation was seeded with.
    pub tangent: A,
}

impl<A> Dual<A> {
    /// `value + tangent · ε`.
    #[inline]
    pub const fn new(value: A, tangent: A) -> Self {
        Dual { value, tangent }
    }
}

impl<A: Primal> Dual<A> {
    /// A constant, `value + 0 ε`: a value that does not depend on the direction.
    #[inline]
    pub const fn constant(value: A) -> Self {
        Dual::new(value, A::ZERO)
    }

    /// The difference between 1 and the next larger value, with tangent 0.
    pub const EPSILON: Self = Self::constant(A::EPSILON);
    /// The largest finite value, with tangent 0.
    pub const MAX: Self = Self::constant(A::MAX);
    /// The smallest finite value (`-MAX`), with tangent 0.
    pub const MIN: Self = Self::constant(A::MIN);
    /// The smallest positive normal value, with tangent 0.
    pub const MIN_POSITIVE: Self = Self::constant(A::MIN_POSITIVE);
    /// `+∞`, with tangent 0.
    pub const INFINITY: Self = Self::constant(A::INFINITY);
    /// `-∞`, with tangent 0.
    pub const NEG_INFINITY: Self = Self::constant(A::NEG_INFINITY);
    /// Not a number, with tangent 0.
    pub const NAN: Self = Self::constant(A::NAN);
}

/// The value and tangent type of a [`Dual`]: `f32` or `f64`, with the constants and the
/// methods of std's floats that `num_traits::Float` does not have.
///
/// Sealed: implemented for `f32` and `f64` only.
pub trait Primal:
    num_traits::Float
    + num_traits::FloatConst
    + num_traits::FromPrimitive
    + num_traits::NumAssignOps
    + fmt::Debug
    + fmt::Display
    + fmt::LowerExp
    + Default
    + Send
    + Sync
    + 'static
    + sealed::Sealed
{
    /// `0`.
    const ZERO: Self;
    /// `1`.
    const ONE: Self;
    /// std's `EPSILON`.
    const EPSILON: Self;
    /// std's `MAX`.
    const MAX: Self;
    /// std's `MIN`.
    const MIN: Self;
    /// std's `MIN_POSITIVE`.
    const MIN_POSITIVE: Self;
    /// `+∞`.
    const INFINITY: Self;
    /// `-∞`.
    const NEG_INFINITY: Self;
    /// NaN.
    const NAN: Self;
    /// std's `round_ties_even`: rounded half to even.
    fn round_ties_even(self) -> Self;
    /// std's `rem_euclid`: `x mod y` in `[0, |y|)`.
    fn rem_euclid(self, y: Self) -> Self;
    /// std's `div_euclid`: the quotient `q` with `x = q y + x.rem_euclid(y)`.
    fn div_euclid(self, y: Self) -> Self;
    /// std's `midpoint`: `(x + y) / 2` without overflow.
    fn midpoint(self, y: Self) -> Self;
    /// `x as Self` from an `f64` (rounded to nearest for `f32`).
    fn from_f64_as(x: f64) -> Self;
}

mod sealed {
    pub trait Sealed {}
    impl Sealed for f32 {}
    impl Sealed for f64 {}
}

macro_rules! primal {
    ($($float:ident),*) => {$(
        impl Primal for $float {
            const ZERO: Self = 0.0;
            const ONE: Self = 1.0;
            const EPSILON: Self = $float::EPSILON;
            const MAX: Self = $float::MAX;
            const MIN: Self = $float::MIN;
            const MIN_POSITIVE: Self = $float::MIN_POSITIVE;
            const INFINITY: Self = $float::INFINITY;
            const NEG_INFINITY: Self = $float::NEG_INFINITY;
            const NAN: Self = $float::NAN;
            #[inline(always)]
            fn round_ties_even(self) -> Self {
                $float::round_ties_even(self)
            }
            #[inline(always)]
            fn rem_euclid(self, y: Self) -> Self {
                $float::rem_euclid(self, y)
            }
            #[inline(always)]
            fn div_euclid(self, y: Self) -> Self {
                $float::div_euclid(self, y)
            }
            #[inline(always)]
            fn midpoint(self, y: Self) -> Self {
                $float::midpoint(self, y)
            }
            #[inline(always)]
            fn from_f64_as(x: f64) -> Self {
                x as $float
            }
        }
    )*};
}
primal!(f32, f64);

/// Equal values, whatever the tangents: a branch on `a == b` follows the value.
impl<A: PartialEq> PartialEq for Dual<A> {
    #[inline]
    fn eq(&self, other: &Self) -> bool {
        self.value == other.value
    }
}

/// The order of the values, whatever the tangents.
impl<A: PartialOrd> PartialOrd for Dual<A> {
    #[inline]
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        self.value.partial_cmp(&other.value)
    }
}

/// `value + tangentε` (`value - |tangent|ε` for a negative tangent), both with the formatter's
/// precision: `Dual::new(1.5, 0.25)` prints as `1.5 + 0.25ε`.
impl<A: Primal> fmt::Display for Dual<A> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.value, f)?;
        let sign = if self.tangent.is_sign_negative() {
            '-'
        } else {
            '+'
        };
        write!(f, " {sign} ")?;
        fmt::Display::fmt(&self.tangent.abs(), f)?;
        f.write_str("ε")
    }
}

/// `value + tangentε` in exponent notation.
impl<A: Primal> fmt::LowerExp for Dual<A> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::LowerExp::fmt(&self.value, f)?;
        let sign = if self.tangent.is_sign_negative() {
            '-'
        } else {
            '+'
        };
        write!(f, " {sign} ")?;
        fmt::LowerExp::fmt(&self.tangent.abs(), f)?;
        f.write_str("ε")
    }
}
