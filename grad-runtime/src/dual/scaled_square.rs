//! `c * x * x` with a literal `c`, in code run at dual numbers: the tangent as a person writes
//! it, `2 (c x) ẋ`, instead of the product rule applied twice.
//!
//! Read left to right, `c * x * x` is `(c x) · x`, and the rules of `Constant ∘ Dual` and
//! `Dual ∘ Dual` give the tangent `(c ẋ) x + (c x) ẋ`: three products and a sum, which the
//! compiler must keep as they are, since in floating point `(c ẋ) x` and `(c x) ẋ` round
//! differently. They are the same real number, so the tangent is `2 (c x) ẋ`, one sum and one
//! product on top of the value's `c x`, which is computed anyway: Rosenbrock's `100.0 * b * b`
//! and a loss's `0.5 * r * r` are written this way. The value is `(c x) · x`, rounded as the
//! source says, bit for bit.
//!
//! The generated code writes `(&&ScaledSquare(c, x)).scaled_square()` for `c * x * x` with `c`
//! a float literal (already a [`LiteralOperand`](super::LiteralOperand)) and `x` a local name;
//! method resolution picks [`ScaledSquareOfDual`] when the operands are a `Constant` and a
//! `Dual`, and [`ScaledSquareOfAny`], which computes `c * x * x` itself, for anything else
//! (floats, arrays, a generic float). Not API: for generated code.

use core::ops::Mul;

use super::{Constant, Dual, Primal};

/// The operands of `c * x * x`: the literal `c` and the value `x`.
#[doc(hidden)]
#[derive(Clone, Copy)]
pub struct ScaledSquare<C, X>(pub C, pub X);

/// `c * x * x` at a dual number `x = a + ȧε`: `(c a) a + 2 (c a) ȧ ε`.
///
/// ```
/// use grad_runtime::Dual;
/// use grad_runtime::dual::Constant;
/// use grad_runtime::__private::{ScaledSquare, ScaledSquareOfAny as _, ScaledSquareOfDual as _};
///
/// let x = Dual::new(3.0_f64, 0.5);
/// let y = (&&ScaledSquare(Constant(100.0), x)).scaled_square();
/// assert_eq!((y.value, y.tangent), (900.0, 300.0)); // d(100 x²) = 200 x ẋ
/// let z = (&&ScaledSquare(2.0_f64, 3.0_f64)).scaled_square(); // floats: the plain product
/// assert_eq!(z, 18.0);
/// ```
#[doc(hidden)]
pub trait ScaledSquareOfDual {
    /// The product's type.
    type Output;
    /// `c * x * x`.
    fn scaled_square(&self) -> Self::Output;
}

impl<A: Primal> ScaledSquareOfDual for &ScaledSquare<Constant<A>, Dual<A>> {
    type Output = Dual<A>;
    #[inline(always)]
    fn scaled_square(&self) -> Dual<A> {
        let ScaledSquare(Constant(c), x) = **self;
        // `c * x.value` is what `Constant * Dual` computes for the value: the same bits.
        let scaled = c * x.value;
        Dual::new(scaled * x.value, (scaled + scaled) * x.tangent)
    }
}

/// `c * x * x` as written, for operands other than a `Constant` and a `Dual`.
#[doc(hidden)]
pub trait ScaledSquareOfAny {
    /// The product's type.
    type Output;
    /// `c * x * x`.
    fn scaled_square(&self) -> Self::Output;
}

impl<C, X> ScaledSquareOfAny for ScaledSquare<C, X>
where
    C: Copy + Mul<X>,
    X: Copy,
    C::Output: Mul<X>,
{
    type Output = <C::Output as Mul<X>>::Output;
    #[inline(always)]
    fn scaled_square(&self) -> Self::Output {
        self.0 * self.1 * self.1
    }
}
