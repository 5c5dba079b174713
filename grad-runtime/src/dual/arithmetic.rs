//! The arithmetic of dual numbers: `+ - * / %` and unary `-` (with their assigning forms and on
//! references, as for floats), sums and products of iterators, and the products of a dual
//! number with an ndarray array on either side.
//!
//! Only `Dual ∘ Dual`: no `Dual ∘ f64`, which would leave the type of a literal in `x * 2.0`
//! ambiguous. A constant is `Dual::constant(2.0)`.

use core::iter::{Product, Sum};
use core::ops::{
    Add, AddAssign, Div, DivAssign, Mul, MulAssign, Neg, Rem, RemAssign, Sub, SubAssign,
};

use ndarray::{Array, ArrayBase, Data, DataMut, DataOwned, Dimension, ScalarOperand};

use super::{Dual, Primal};

/// `(a + ȧε) + (b + ḃε) = (a + b) + (ȧ + ḃ)ε`.
impl<A: Primal> Add for Dual<A> {
    type Output = Self;
    #[inline]
    fn add(self, rhs: Self) -> Self {
        Dual::new(self.value + rhs.value, self.tangent + rhs.tangent)
    }
}

/// `(a + ȧε) - (b + ḃε) = (a - b) + (ȧ - ḃ)ε`.
impl<A: Primal> Sub for Dual<A> {
    type Output = Self;
    #[inline]
    fn sub(self, rhs: Self) -> Self {
        Dual::new(self.value - rhs.value, self.tangent - rhs.tangent)
    }
}

/// `(a + ȧε)(b + ḃε) = ab + (ȧ b + a ḃ)ε` (the product rule; `ε² = 0`).
impl<A: Primal> Mul for Dual<A> {
    type Output = Self;
    #[inline]
    fn mul(self, rhs: Self) -> Self {
        let tangent = self.tangent * rhs.value + self.value * rhs.tangent;
        Dual::new(self.value * rhs.value, tangent)
    }
}

/// `(a + ȧε) / (b + ḃε) = y + (ȧ - y ḃ)/b ε` with `y = a/b` (the quotient rule).
impl<A: Primal> Div for Dual<A> {
    type Output = Self;
    #[inline]
    fn div(self, rhs: Self) -> Self {
        let y = self.value / rhs.value;
        Dual::new(y, (self.tangent - y * rhs.tangent) / rhs.value)
    }
}

/// `a % b = a - b trunc(a/b)`, the quotient constant between its jumps: the tangent is
/// `ȧ - trunc(a/b) ḃ`.
impl<A: Primal> Rem for Dual<A> {
    type Output = Self;
    #[inline]
    fn rem(self, rhs: Self) -> Self {
        let quotient = (self.value / rhs.value).trunc();
        let tangent = self.tangent - quotient * rhs.tangent;
        Dual::new(self.value % rhs.value, tangent)
    }
}

/// `-(a + ȧε) = -a - ȧε`.
impl<A: Primal> Neg for Dual<A> {
    type Output = Self;
    #[inline]
    fn neg(self) -> Self {
        Dual::new(-self.value, -self.tangent)
    }
}

/// `-x` on a reference, as for floats.
impl<A: Primal> Neg for &Dual<A> {
    type Output = Dual<A>;
    #[inline]
    fn neg(self) -> Dual<A> {
        -*self
    }
}

/// The operators with references on either side and the assigning forms, from the operators
/// by value, as std has them for floats.
macro_rules! derived_operators {
    ($(($Op:ident, $op:ident, $OpAssign:ident, $op_assign:ident)),*) => {$(
        impl<A: Primal> $Op<&Dual<A>> for Dual<A> {
            type Output = Dual<A>;
            #[inline]
            fn $op(self, rhs: &Dual<A>) -> Dual<A> {
                self.$op(*rhs)
            }
        }

        impl<A: Primal> $Op<Dual<A>> for &Dual<A> {
            type Output = Dual<A>;
            #[inline]
            fn $op(self, rhs: Dual<A>) -> Dual<A> {
                (*self).$op(rhs)
            }
        }

        impl<A: Primal> $Op<&Dual<A>> for &Dual<A> {
            type Output = Dual<A>;
            #[inline]
            fn $op(self, rhs: &Dual<A>) -> Dual<A> {
                (*self).$op(*rhs)
            }
        }

        impl<A: Primal> $OpAssign for Dual<A> {
            #[inline]
            fn $op_assign(&mut self, rhs: Dual<A>) {
                *self = (*self).$op(rhs);
            }
        }

        impl<A: Primal> $OpAssign<&Dual<A>> for Dual<A> {
            #[inline]
            fn $op_assign(&mut self, rhs: &Dual<A>) {
                *self = (*self).$op(*rhs);
            }
        }
    )*};
}
derived_operators!(
    (Add, add, AddAssign, add_assign),
    (Sub, sub, SubAssign, sub_assign),
    (Mul, mul, MulAssign, mul_assign),
    (Div, div, DivAssign, div_assign),
    (Rem, rem, RemAssign, rem_assign)
);

/// `Σ x_i`, from 0, in order.
impl<A: Primal> Sum for Dual<A> {
    fn sum<I: Iterator<Item = Self>>(iter: I) -> Self {
        iter.fold(Dual::constant(A::ZERO), Add::add)
    }
}

/// `Σ x_i`, from 0, in order.
impl<'a, A: Primal> Sum<&'a Dual<A>> for Dual<A> {
    fn sum<I: Iterator<Item = &'a Self>>(iter: I) -> Self {
        iter.copied().sum()
    }
}

/// `Π x_i`, from 1, in order.
impl<A: Primal> Product for Dual<A> {
    fn product<I: Iterator<Item = Self>>(iter: I) -> Self {
        iter.fold(Dual::constant(A::ONE), Mul::mul)
    }
}

/// `Π x_i`, from 1, in order.
impl<'a, A: Primal> Product<&'a Dual<A>> for Dual<A> {
    fn product<I: Iterator<Item = &'a Self>>(iter: I) -> Self {
        iter.copied().product()
    }
}

/// A dual number is a scalar to ndarray: `&x * Dual::constant(2.0)` multiplies every element.
impl<A: Primal> ScalarOperand for Dual<A> {}

/// `s ∘ x` for a number `s` of type `$Left` (a dual number, or a literal's `Constant`) on the
/// left of an array of dual numbers, element by element, as ndarray has it for the primitive
/// numbers: `2.0 * &x` run at dual numbers.
macro_rules! scalar_on_the_left {
    ($Left:ty: $(($Op:ident, $op:ident)),*) => {$(
        impl<A: Primal, S: Data<Elem = Dual<A>>, D: Dimension> $Op<&ArrayBase<S, D>> for $Left {
            type Output = Array<Dual<A>, D>;
            #[inline]
            fn $op(self, rhs: &ArrayBase<S, D>) -> Array<Dual<A>, D> {
                rhs.mapv(|x| self.$op(x))
            }
        }

        impl<A, S, D> $Op<ArrayBase<S, D>> for $Left
        where
            A: Primal,
            S: DataOwned<Elem = Dual<A>> + DataMut,
            D: Dimension,
        {
            type Output = ArrayBase<S, D>;
            #[inline]
            fn $op(self, mut rhs: ArrayBase<S, D>) -> ArrayBase<S, D> {
                rhs.mapv_inplace(|x| self.$op(x));
                rhs
            }
        }
    )*};
}
pub(super) use scalar_on_the_left;
scalar_on_the_left!(Dual<A>: (Add, add), (Sub, sub), (Mul, mul), (Div, div), (Rem, rem));
