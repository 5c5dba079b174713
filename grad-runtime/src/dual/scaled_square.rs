//! `c * x * x` in code run at dual numbers: the tangent as a person writes it, `2 (c x) ẋ` for
//! a constant `c`, instead of the product rule applied twice.
//!
//! Read left to right, `c * x * x` is `(c x) · x`, and the rules of `Constant ∘ Dual` and
//! `Dual ∘ Dual` give the tangent `(c ẋ) x + (c x) ẋ`: three products and a sum, which the
//! compiler must keep as they are, since in floating point `(c ẋ) x` and `(c x) ẋ` round
//! differently. They are the same real number, so the tangent is `2 (c x) ẋ`, one sum and one
//! product on top of the value's `c x`, which is computed anyway: Rosenbrock's `100.0 * b * b`
//! and a loss's `0.5 * r * r` are written this way. The value is `(c x) · x`, rounded as the
//! source says, bit for bit.
//!
//! Where `c` is itself a dual number `e` (a parameter, `0.5 * k` in `0.5 * k * d * d`), the
//! tangent `ė x x + 2 (e x) ẋ` saves one product of four.
//!
//! The generated code writes `(&&ScaledSquare::new(c, x)).scaled_square()` for `c * x * x` with `x`
//! a local name (`c` any expression; a float literal is already a
//! [`LiteralOperand`](super::LiteralOperand)); method resolution picks [`ScaledSquareOfDual`]
//! when the operands are a `Constant` or a `Dual` and a `Dual`, and [`ScaledSquareOfAny`],
//! which computes `c * x * x` itself, for anything else (floats, references, arrays, a generic
//! float). Not API: for generated code.

use core::cell::Cell;
use core::ops::Mul;

use super::{Constant, Dual, Primal};

/// The operands of `c * x * x`: the factor `c` and the value `x`.
///
/// `c` is kept in a cell so that the product as written ([`ScaledSquareOfAny`]), which method
/// resolution reaches through a shared reference, can move it out: `w * x * x` with an owned
/// array `w` consumes `w`.
#[doc(hidden)]
pub struct ScaledSquare<C, X>(Cell<Option<C>>, X);

impl<C, X> ScaledSquare<C, X> {
    /// The operands `c` and `x`.
    #[inline(always)]
    pub fn new(c: C, x: X) -> Self {
        ScaledSquare(Cell::new(Some(c)), x)
    }
}

impl<C: Copy, X: Copy> ScaledSquare<C, X> {
    /// The operands, copied.
    #[inline(always)]
    fn operands(&self) -> (C, X) {
        (self.0.get().expect("the factor is there"), self.1)
    }
}

/// `c * x * x` at a dual number `x = a + ȧε`: `(c a) a + 2 (c a) ȧ ε`.
///
/// ```
/// use grad_runtime::Dual;
/// use grad_runtime::dual::Constant;
/// use grad_runtime::__private::{ScaledSquare, ScaledSquareOfAny as _, ScaledSquareOfDual as _};
///
/// let x = Dual::new(3.0_f64, 0.5);
/// let y = (&&ScaledSquare::new(Constant(100.0), x)).scaled_square();
/// assert_eq!((y.value, y.tangent), (900.0, 300.0)); // d(100 x²) = 200 x ẋ
/// let z = (&&ScaledSquare::new(2.0_f64, 3.0_f64)).scaled_square(); // floats: as written
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
        let (Constant(c), x) = self.operands();
        // `c * x.value` is what `Constant * Dual` computes for the value: the same bits.
        let scaled = c * x.value;
        Dual::new(scaled * x.value, (scaled + scaled) * x.tangent)
    }
}

/// `e * x * x` with `e` a dual number too: `(e a) a + (ė a a + 2 (e a) ȧ) ε`, the product rule
/// with its two equal terms `e ȧ a` and `e a ȧ` taken once and doubled.
impl<A: Primal> ScaledSquareOfDual for &ScaledSquare<Dual<A>, Dual<A>> {
    type Output = Dual<A>;
    #[inline(always)]
    fn scaled_square(&self) -> Dual<A> {
        let (e, x) = self.operands();
        let scaled = e.value * x.value;
        let tangent = e.tangent * x.value * x.value + (scaled + scaled) * x.tangent;
        Dual::new(scaled * x.value, tangent)
    }
}

/// `c * x * x` as written, for operands other than a `Constant` or a `Dual` and a `Dual`.
#[doc(hidden)]
pub trait ScaledSquareOfAny {
    /// The product's type.
    type Output;
    /// `c * x * x`.
    fn scaled_square(&self) -> Self::Output;
}

impl<C, X> ScaledSquareOfAny for ScaledSquare<C, X>
where
    C: Mul<X>,
    X: Copy,
    C::Output: Mul<X>,
{
    type Output = <C::Output as Mul<X>>::Output;
    #[inline(always)]
    fn scaled_square(&self) -> Self::Output {
        // Called once, on the operands the generated code just built.
        let c = self.0.take().expect("the factor is there");
        c * self.1 * self.1
    }
}
