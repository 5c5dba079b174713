//! A float literal that is an operand of `+ - * / %` in code run at dual numbers: the constant
//! `c + 0ε` as a type of its own, [`Constant`], so that the compiler knows its tangent is 0.
//!
//! At `Dual ∘ Dual` the product `(a + ȧε)(c + 0ε)` computes `ȧ c + a · 0`, and the compiler
//! must keep `a · 0` (it is NaN for an infinite `a`, and `-0` for a negative one): a literal
//! costs a multiplication and an addition per product. `Dual ∘ Constant` computes `ȧ c`
//! alone. The results are those of `Dual ∘ Dual` wherever those are finite, up to the sign of a
//! zero tangent. The generated code writes `<f64 as LiteralOperand>::operand(2.0)` for the
//! literal `2.0` in `x * 2.0` or `1.0 - x` (not for `let c = 2.0`, which must be an `f64`).

use core::ops::{Add, Div, Mul, Rem, Sub};

use ndarray::{Array, ArrayBase, Data, DataMut, DataOwned, Dimension, ScalarOperand};

use super::arithmetic::scalar_on_the_left;
use super::{Dual, FromLiteral, Primal};

/// The constant `c + 0ε`, a literal operand of an arithmetic operator in code run at dual
/// numbers (see the [module documentation](self)).
///
/// ```
/// use grad_runtime::Dual;
/// use grad_runtime::dual::Constant;
///
/// let x = Dual::new(3.0_f64, 0.5);
/// let (y, z) = (x * Constant(2.0), Constant(1.0) - x);
/// assert_eq!((y.value, y.tangent, z.value, z.tangent), (6.0, 1.0, -2.0, -0.5));
/// ```
#[derive(Clone, Copy, Debug)]
pub struct Constant<A>(pub A);

/// A constant is a scalar to ndarray: `&x * Constant(2.0)` scales every element.
impl<A: Primal> ScalarOperand for Constant<A> {}

/// The type a float literal takes as an operand of `+ - * / %`: a [`Constant`] where `Self` is
/// a dual number, `Self` for a float.
#[doc(hidden)]
pub trait LiteralOperand {
    /// The operand's type.
    type Operand;
    /// The literal `x`.
    fn operand(x: f64) -> Self::Operand;
}

macro_rules! float_operand {
    ($($float:ty),*) => {$(
        impl LiteralOperand for $float {
            type Operand = $float;
            #[inline(always)]
            fn operand(x: f64) -> $float {
                <$float as FromLiteral>::from_literal(x)
            }
        }
    )*};
}
float_operand!(f32, f64);

impl<A: Primal> LiteralOperand for Dual<A> {
    type Operand = Constant<A>;
    #[inline(always)]
    fn operand(x: f64) -> Constant<A> {
        Constant(A::from_f64_as(x))
    }
}

impl<A: Primal> From<Constant<A>> for Dual<A> {
    #[inline(always)]
    fn from(c: Constant<A>) -> Dual<A> {
        Dual::constant(c.0)
    }
}

/// `(a + ȧε) ∘ c` and `c ∘ (a + ȧε)`, the rules of `Dual ∘ Dual` with `ċ = 0`.
macro_rules! constant_operators {
    ($(($Op:ident, $op:ident, |$a:ident, $c:ident| $right:expr, |$c2:ident, $b:ident| $left:expr)),*) => {$(
        impl<A: Primal> $Op<Constant<A>> for Dual<A> {
            type Output = Dual<A>;
            #[inline(always)]
            fn $op(self, rhs: Constant<A>) -> Dual<A> {
                let ($a, $c) = (self, rhs.0);
                $right
            }
        }

        impl<A: Primal> $Op<Constant<A>> for &Dual<A> {
            type Output = Dual<A>;
            #[inline(always)]
            fn $op(self, rhs: Constant<A>) -> Dual<A> {
                (*self).$op(rhs)
            }
        }

        impl<A: Primal> $Op<Dual<A>> for Constant<A> {
            type Output = Dual<A>;
            #[inline(always)]
            fn $op(self, rhs: Dual<A>) -> Dual<A> {
                let ($c2, $b) = (self.0, rhs);
                $left
            }
        }

        impl<A: Primal> $Op<&Dual<A>> for Constant<A> {
            type Output = Dual<A>;
            #[inline(always)]
            fn $op(self, rhs: &Dual<A>) -> Dual<A> {
                self.$op(*rhs)
            }
        }

        /// Two literals: the constant result, as a dual number.
        impl<A: Primal> $Op for Constant<A> {
            type Output = Dual<A>;
            #[inline(always)]
            fn $op(self, rhs: Constant<A>) -> Dual<A> {
                Dual::from(self).$op(Dual::from(rhs))
            }
        }
    )*};
}
constant_operators!(
    (
        Add,
        add,
        |a, c| Dual::new(a.value + c, a.tangent),
        |c, b| Dual::new(c + b.value, b.tangent)
    ),
    (
        Sub,
        sub,
        |a, c| Dual::new(a.value - c, a.tangent),
        |c, b| Dual::new(c - b.value, -b.tangent)
    ),
    (
        Mul,
        mul,
        |a, c| Dual::new(a.value * c, a.tangent * c),
        |c, b| Dual::new(c * b.value, c * b.tangent)
    ),
    (
        Div,
        div,
        |a, c| Dual::new(a.value / c, a.tangent / c),
        |c, b| {
            let y = c / b.value;
            Dual::new(y, -(y * b.tangent) / b.value)
        }
    ),
    (
        Rem,
        rem,
        |a, c| Dual::new(a.value % c, a.tangent),
        |c, b| {
            let quotient = (c / b.value).trunc();
            Dual::new(c % b.value, -(quotient * b.tangent))
        }
    )
);
scalar_on_the_left!(Constant<A>: (Add, add), (Sub, sub), (Mul, mul), (Div, div), (Rem, rem));

#[cfg(test)]
mod tests {
    use ndarray::array;

    use super::*;

    /// Each operator with a constant on either side, against the same operator with the
    /// constant as the dual number `c + 0ε`.
    #[test]
    fn constants_operate_as_dual_numbers_with_zero_tangent() {
        let x = Dual::new(-2.75_f64, 0.625);
        for c in [3.5, -0.5] {
            let (k, d) = (Constant(c), Dual::constant(c));
            let pairs = [
                (x + k, x + d, k + x, d + x),
                (x - k, x - d, k - x, d - x),
                (x * k, x * d, k * x, d * x),
                (x / k, x / d, k / x, d / x),
                (x % k, x % d, k % x, d % x),
            ];
            for (right, right_dual, left, left_dual) in pairs {
                assert_eq!(
                    (right.value, right.tangent),
                    (right_dual.value, right_dual.tangent)
                );
                assert_eq!(
                    (left.value, left.tangent),
                    (left_dual.value, left_dual.tangent)
                );
            }
            // The operators on references, as a closure over `&Dual` meets them.
            let by_ref = |x: &Dual<f64>| (x * k, k - x);
            assert_eq!(by_ref(&x).0.tangent, (x * d).tangent);
            assert_eq!(by_ref(&x).1.tangent, (d - x).tangent);
            assert_eq!((k * Constant(2.0)).value, 2.0 * c);
        }
    }

    #[test]
    fn constants_scale_arrays_of_dual_numbers_on_either_side() {
        let a = array![Dual::new(1.0_f64, 0.5), Dual::new(-3.0, 2.0)];
        let (k, d) = (Constant(4.0), Dual::constant(4.0));
        // `==` on dual numbers compares values only: compare both parts.
        let parts = |y: Array<Dual<f64>, ndarray::Ix1>| y.mapv(|y| (y.value, y.tangent));
        let expected = parts(a.mapv(|x| x * d));
        assert_eq!(parts(k * &a), expected);
        assert_eq!(parts(&a * k), expected);
        assert_eq!(parts(k * a.clone()), expected);
        assert_eq!(parts(a.clone() * k), expected);
        assert_eq!(parts(k - &a), parts(a.mapv(|x| d - x)));
        assert_eq!(parts(&a / k), parts(a.mapv(|x| x / d)));
    }
}
