//! The derivative-rule traits for Rust's arithmetic operators and `as` casts, and their rules for
//! `f32` and `f64` (and the dual numbers `Dual<f32>` and `Dual<f64>`).
//!
//! Inside a `#[differentiate]` function, `a + b` on differentiated values becomes
//! `AddVjp::add_vjp(&a, &b)`: the value `a + b` and a pullback that maps the cotangent `c` of the
//! result to the cotangents of `a` and `b`. The traits are implemented per operand type (floats
//! here, ndarray arrays in [`broadcast`](super::broadcast)), so rustc, not the macro, picks the
//! rule.
//!
//! Operands are passed by reference whatever the user wrote (`a * b`, `&a * &b`), and the
//! pullbacks capture only what they own (`+ use<Self, Rhs>`: no borrow of an operand), so a
//! pullback can outlive the arrays it was computed from, as the generated `f_vjp` needs.

use ndarray::{Array, ArrayBase, Data, Dimension};

use crate::dual::{CastTo, Constant, Dual};

macro_rules! binary_rule_trait {
    ($(#[$doc:meta])* $Trait:ident, $method:ident) => {
        $(#[$doc])*
        #[diagnostic::on_unimplemented(
            message = "no derivative rule for `{Self}` and `{Rhs}` in this operator",
            label = "grad has no rule for these operand types",
            note = "grad differentiates arithmetic on f32 and f64 values of the same type"
        )]
        pub trait $Trait<Rhs: ?Sized = Self> {
            /// The result type.
            type Output;
            /// The cotangent type of the left operand.
            type LhsTangent;
            /// The cotangent type of the right operand.
            type RhsTangent;
            /// The result and its pullback `c -> (c_lhs, c_rhs)`.
            fn $method(
                &self,
                rhs: &Rhs,
            ) -> (
                Self::Output,
                impl FnOnce(Self::Output) -> (Self::LhsTangent, Self::RhsTangent) + use<Self, Rhs>,
            );
        }
    };
}

binary_rule_trait!(
    /// Addition `a + b`: the pullback is `c -> (c, c)` (linear, nothing saved).
    AddVjp,
    add_vjp
);
binary_rule_trait!(
    /// Subtraction `a - b`: the pullback is `c -> (c, -c)` (linear, nothing saved).
    SubVjp,
    sub_vjp
);
binary_rule_trait!(
    /// Multiplication `a * b`: the pullback is `c -> (c b, c a)` (bilinear: each side's
    /// cotangent uses the other operand).
    MulVjp,
    mul_vjp
);
binary_rule_trait!(
    /// Division `y = a / b`: the pullback is `c -> (c / b, -c y / b)`.
    DivVjp,
    div_vjp
);

/// Negation `-a`: the pullback is `c -> (-c,)`.
#[diagnostic::on_unimplemented(
    message = "no derivative rule for negating `{Self}`",
    label = "grad has no rule for this operand type"
)]
pub trait NegVjp {
    /// The result type.
    type Output;
    /// The cotangent type of the operand.
    type Tangent;
    /// The result and its pullback `c -> (-c,)`.
    fn neg_vjp(
        &self,
    ) -> (
        Self::Output,
        impl FnOnce(Self::Output) -> (Self::Tangent,) + use<Self>,
    );
}

/// The cast `x as T` between float types: the pullback casts the cotangent back, `c -> (c as S,)`.
#[diagnostic::on_unimplemented(
    message = "no derivative rule for the cast from `{Self}` to `{T}`",
    label = "grad differentiates casts between f32 and f64 only",
    note = "a cast to an integer type is not differentiable; compute it from a value that is not differentiated"
)]
pub trait CastVjp<T> {
    /// The cast value and its pullback.
    fn cast_vjp(&self) -> (T, impl FnOnce(T) -> (Self,) + use<Self, T>)
    where
        Self: Sized;
}

macro_rules! scalar_operator_rules {
    ($($float:ty),*) => {$(
        impl AddVjp for $float {
            type Output = $float;
            type LhsTangent = $float;
            type RhsTangent = $float;
            #[inline(always)]
            fn add_vjp(&self, rhs: &$float) -> ($float, impl FnOnce($float) -> ($float, $float) + use<>) {
                let (lhs, rhs) = (*self, *rhs);
                let add_pullback = |c: $float| (c, c);
                (lhs + rhs, add_pullback)
            }
        }

        impl SubVjp for $float {
            type Output = $float;
            type LhsTangent = $float;
            type RhsTangent = $float;
            #[inline(always)]
            fn sub_vjp(&self, rhs: &$float) -> ($float, impl FnOnce($float) -> ($float, $float) + use<>) {
                let (lhs, rhs) = (*self, *rhs);
                let sub_pullback = |c: $float| (c, -c);
                (lhs - rhs, sub_pullback)
            }
        }

        impl MulVjp for $float {
            type Output = $float;
            type LhsTangent = $float;
            type RhsTangent = $float;
            #[inline(always)]
            fn mul_vjp(&self, rhs: &$float) -> ($float, impl FnOnce($float) -> ($float, $float) + use<>) {
                let (lhs, rhs) = (*self, *rhs);
                let mul_pullback = move |c: $float| (c * rhs, c * lhs);
                (lhs * rhs, mul_pullback)
            }
        }

        impl DivVjp for $float {
            type Output = $float;
            type LhsTangent = $float;
            type RhsTangent = $float;
            #[inline(always)]
            fn div_vjp(&self, rhs: &$float) -> ($float, impl FnOnce($float) -> ($float, $float) + use<>) {
                let (lhs, rhs) = (*self, *rhs);
                let y = lhs / rhs;
                let div_pullback = move |c: $float| {
                    let c_over_rhs = c / rhs;
                    (c_over_rhs, -c_over_rhs * y)
                };
                (y, div_pullback)
            }
        }

        impl NegVjp for $float {
            type Output = $float;
            type Tangent = $float;
            #[inline(always)]
            fn neg_vjp(&self) -> ($float, impl FnOnce($float) -> ($float,) + use<>) {
                let neg_pullback = |c: $float| (-c,);
                (-*self, neg_pullback)
            }
        }
    )*};
}
scalar_operator_rules!(f32, f64, Dual<f32>, Dual<f64>);

/// The operators with a reference on one side or both (`w * x` where `w` is an element of
/// `WEIGHTS.iter()`): the same rules, the cotangents by value.
macro_rules! reference_operator_rules {
    ($($float:ty),*) => {$(
        reference_operator_rules!(@op $float, AddVjp, add_vjp);
        reference_operator_rules!(@op $float, SubVjp, sub_vjp);
        reference_operator_rules!(@op $float, MulVjp, mul_vjp);
        reference_operator_rules!(@op $float, DivVjp, div_vjp);

        impl NegVjp for &$float {
            type Output = $float;
            type Tangent = $float;
            #[inline(always)]
            fn neg_vjp(&self) -> ($float, impl FnOnce($float) -> ($float,) + use<>) {
                (**self).neg_vjp()
            }
        }
    )*};
    (@op $float:ty, $Trait:ident, $method:ident) => {
        impl $Trait<$float> for &$float {
            type Output = $float;
            type LhsTangent = $float;
            type RhsTangent = $float;
            #[inline(always)]
            fn $method(&self, rhs: &$float) -> ($float, impl FnOnce($float) -> ($float, $float) + use<>) {
                (**self).$method(rhs)
            }
        }

        impl $Trait<&$float> for $float {
            type Output = $float;
            type LhsTangent = $float;
            type RhsTangent = $float;
            #[inline(always)]
            fn $method(&self, rhs: &&$float) -> ($float, impl FnOnce($float) -> ($float, $float) + use<>) {
                self.$method(*rhs)
            }
        }

        impl $Trait<&$float> for &$float {
            type Output = $float;
            type LhsTangent = $float;
            type RhsTangent = $float;
            #[inline(always)]
            fn $method(&self, rhs: &&$float) -> ($float, impl FnOnce($float) -> ($float, $float) + use<>) {
                (**self).$method(*rhs)
            }
        }
    };
}
reference_operator_rules!(f32, f64, Dual<f32>, Dual<f64>);

macro_rules! scalar_cast_rules {
    ($(($from:ty, $to:ty)),*) => {$(
        impl CastVjp<$to> for $from {
            #[inline(always)]
            fn cast_vjp(&self) -> ($to, impl FnOnce($to) -> ($from,) + use<>) {
                let cast_pullback = |c: $to| (<$to as CastTo<$from>>::cast_to(c),);
                (<$from as CastTo<$to>>::cast_to(*self), cast_pullback)
            }
        }
    )*};
}
scalar_cast_rules!((f32, f32), (f32, f64), (f64, f32), (f64, f64));
scalar_cast_rules!(
    (Dual<f32>, Dual<f32>),
    (Dual<f32>, Dual<f64>),
    (Dual<f64>, Dual<f32>),
    (Dual<f64>, Dual<f64>)
);

/// Integers carry no derivative: a cast of one to a float (`p.n as f64`, with `p` differentiated
/// and `n` an integer field) has the cotangent 0, and so has each operand of integer arithmetic
/// (`xs.len() * p.n`), whose result is an integer: the macro, which sees no field types, takes
/// `p.n` for a value with a derivative.
macro_rules! integer_rules {
    ($($int:ty),*) => {$(
        integer_rules!(@to $int => f32, f64, Dual<f32>, Dual<f64>);
        integer_rules!(@arithmetic $int => AddVjp add_vjp +, SubVjp sub_vjp -, MulVjp mul_vjp *, DivVjp div_vjp /);
    )*};
    (@arithmetic $int:ty => $($Trait:ident $method:ident $op:tt),*) => {$(
        impl $Trait for $int {
            type Output = $int;
            type LhsTangent = $int;
            type RhsTangent = $int;
            #[inline(always)]
            #[track_caller]
            fn $method(&self, rhs: &$int) -> ($int, impl FnOnce($int) -> ($int, $int) + use<>) {
                let integer_pullback = |_: $int| (0, 0);
                (*self $op *rhs, integer_pullback)
            }
        }
    )*};
    (@to $int:ty => $($float:ty),*) => {$(
        impl CastVjp<$float> for $int {
            #[inline(always)]
            fn cast_vjp(&self) -> ($float, impl FnOnce($float) -> ($int,) + use<>) {
                let cast_pullback = |_: $float| (0,);
                (<$int as CastTo<$float>>::cast_to(*self), cast_pullback)
            }
        }
    )*};
}
integer_rules!(i8, i16, i32, i64, isize, u8, u16, u32, u64, usize);

/// The rules with a literal operand in code run at dual numbers (a
/// [`Constant`](crate::dual::Constant), see `dual/constant.rs`): `c ∘ y` and `y ∘ c` for a
/// dual number `y`, computed without the products of the constant's zero tangent, and for an
/// array `y` as the rules of `Dual::constant(c)` compute them. The constant's cotangent is
/// computed as for a dual number; the generated code never reads it (a literal has no adjoint),
/// and the compiler drops it.
macro_rules! constant_operand_rules {
    ($($float:ty),*) => {$(
        constant_operand_rules!(@op $float, AddVjp, add_vjp, Add, add, |c| (c, c));
        constant_operand_rules!(@op $float, SubVjp, sub_vjp, Sub, sub, |c| (c, -c));
        constant_operand_rules!(@product $float);
        constant_operand_rules!(@quotient $float);
        constant_operand_rules!(@arrays $float, AddVjp, add_vjp);
        constant_operand_rules!(@arrays $float, SubVjp, sub_vjp);
        constant_operand_rules!(@arrays $float, MulVjp, mul_vjp);
        constant_operand_rules!(@arrays $float, DivVjp, div_vjp);
        constant_operand_rules!(@references $float, AddVjp, add_vjp);
        constant_operand_rules!(@references $float, SubVjp, sub_vjp);
        constant_operand_rules!(@references $float, MulVjp, mul_vjp);
        constant_operand_rules!(@references $float, DivVjp, div_vjp);
    )*};
    (@op $float:ty, $Trait:ident, $method:ident, $Op:ident, $op:ident, |$c:ident| $cotangents:expr) => {
        impl $Trait<Dual<$float>> for Constant<$float> {
            type Output = Dual<$float>;
            type LhsTangent = Dual<$float>;
            type RhsTangent = Dual<$float>;
            #[inline(always)]
            fn $method(&self, rhs: &Dual<$float>) -> (Dual<$float>, impl FnOnce(Dual<$float>) -> (Dual<$float>, Dual<$float>) + use<>) {
                let pullback = |$c: Dual<$float>| $cotangents;
                (<Constant<$float> as core::ops::$Op<Dual<$float>>>::$op(*self, *rhs), pullback)
            }
        }

        impl $Trait<Constant<$float>> for Dual<$float> {
            type Output = Dual<$float>;
            type LhsTangent = Dual<$float>;
            type RhsTangent = Dual<$float>;
            #[inline(always)]
            fn $method(&self, rhs: &Constant<$float>) -> (Dual<$float>, impl FnOnce(Dual<$float>) -> (Dual<$float>, Dual<$float>) + use<>) {
                let pullback = |$c: Dual<$float>| $cotangents;
                (<Dual<$float> as core::ops::$Op<Constant<$float>>>::$op(*self, *rhs), pullback)
            }
        }
    };
    (@product $float:ty) => {
        impl MulVjp<Dual<$float>> for Constant<$float> {
            type Output = Dual<$float>;
            type LhsTangent = Dual<$float>;
            type RhsTangent = Dual<$float>;
            #[inline(always)]
            fn mul_vjp(&self, rhs: &Dual<$float>) -> (Dual<$float>, impl FnOnce(Dual<$float>) -> (Dual<$float>, Dual<$float>) + use<>) {
                let (lhs, rhs) = (*self, *rhs);
                let mul_pullback = move |c: Dual<$float>| (c * rhs, c * lhs);
                (lhs * rhs, mul_pullback)
            }
        }

        impl MulVjp<Constant<$float>> for Dual<$float> {
            type Output = Dual<$float>;
            type LhsTangent = Dual<$float>;
            type RhsTangent = Dual<$float>;
            #[inline(always)]
            fn mul_vjp(&self, rhs: &Constant<$float>) -> (Dual<$float>, impl FnOnce(Dual<$float>) -> (Dual<$float>, Dual<$float>) + use<>) {
                let (lhs, rhs) = (*self, *rhs);
                let mul_pullback = move |c: Dual<$float>| (c * rhs, c * lhs);
                (lhs * rhs, mul_pullback)
            }
        }
    };
    (@quotient $float:ty) => {
        impl DivVjp<Dual<$float>> for Constant<$float> {
            type Output = Dual<$float>;
            type LhsTangent = Dual<$float>;
            type RhsTangent = Dual<$float>;
            #[inline(always)]
            fn div_vjp(&self, rhs: &Dual<$float>) -> (Dual<$float>, impl FnOnce(Dual<$float>) -> (Dual<$float>, Dual<$float>) + use<>) {
                Dual::from(*self).div_vjp(rhs)
            }
        }

        impl DivVjp<Constant<$float>> for Dual<$float> {
            type Output = Dual<$float>;
            type LhsTangent = Dual<$float>;
            type RhsTangent = Dual<$float>;
            #[inline(always)]
            fn div_vjp(&self, rhs: &Constant<$float>) -> (Dual<$float>, impl FnOnce(Dual<$float>) -> (Dual<$float>, Dual<$float>) + use<>) {
                let (divisor, y) = (*rhs, *self / *rhs);
                let div_pullback = move |c: Dual<$float>| {
                    let c_over_rhs = c / divisor;
                    (c_over_rhs, -c_over_rhs * y)
                };
                (y, div_pullback)
            }
        }
    };
    (@arrays $float:ty, $Trait:ident, $method:ident) => {
        impl<S: Data<Elem = Dual<$float>>, D: Dimension> $Trait<ArrayBase<S, D>> for Constant<$float> {
            type Output = Array<Dual<$float>, D>;
            type LhsTangent = Dual<$float>;
            type RhsTangent = Array<Dual<$float>, D>;
            #[inline(always)]
            fn $method(&self, rhs: &ArrayBase<S, D>) -> (Array<Dual<$float>, D>, impl FnOnce(Array<Dual<$float>, D>) -> (Dual<$float>, Array<Dual<$float>, D>) + use<S, D>) {
                Dual::from(*self).$method(rhs)
            }
        }

        impl<S: Data<Elem = Dual<$float>>, D: Dimension> $Trait<Constant<$float>> for ArrayBase<S, D> {
            type Output = Array<Dual<$float>, D>;
            type LhsTangent = Array<Dual<$float>, D>;
            type RhsTangent = Dual<$float>;
            #[inline(always)]
            fn $method(&self, rhs: &Constant<$float>) -> (Array<Dual<$float>, D>, impl FnOnce(Array<Dual<$float>, D>) -> (Array<Dual<$float>, D>, Dual<$float>) + use<S, D>) {
                self.$method(&Dual::from(*rhs))
            }
        }
    };
    (@references $float:ty, $Trait:ident, $method:ident) => {
        impl $Trait<&Dual<$float>> for Constant<$float> {
            type Output = Dual<$float>;
            type LhsTangent = Dual<$float>;
            type RhsTangent = Dual<$float>;
            #[inline(always)]
            fn $method(&self, rhs: &&Dual<$float>) -> (Dual<$float>, impl FnOnce(Dual<$float>) -> (Dual<$float>, Dual<$float>) + use<>) {
                self.$method(*rhs)
            }
        }

        impl $Trait<Constant<$float>> for &Dual<$float> {
            type Output = Dual<$float>;
            type LhsTangent = Dual<$float>;
            type RhsTangent = Dual<$float>;
            #[inline(always)]
            fn $method(&self, rhs: &Constant<$float>) -> (Dual<$float>, impl FnOnce(Dual<$float>) -> (Dual<$float>, Dual<$float>) + use<>) {
                (**self).$method(rhs)
            }
        }
    };
}
constant_operand_rules!(f32, f64);

#[cfg(test)]
mod tests {
    use ndarray::array;

    use super::*;

    fn parts(y: Dual<f64>) -> (f64, f64) {
        (y.value, y.tangent)
    }

    /// Each rule with a constant operand, on either side, against the rule with the constant
    /// as the dual number `c + 0ε`: the value and both cotangents, value and tangent parts.
    #[test]
    fn constant_operands_follow_the_rules_of_dual_numbers() {
        let (x, cot) = (Dual::new(-1.75_f64, 0.5), Dual::new(0.25, -2.0));
        let (k, d) = (Constant(2.5), Dual::constant(2.5));
        macro_rules! check {
            ($method:ident) => {{
                let (y, pullback) = k.$method(&x);
                let (y_dual, pullback_dual) = d.$method(&x);
                let ((c0, c1), (d0, d1)) = (pullback(cot), pullback_dual(cot));
                assert_eq!(parts(y), parts(y_dual), stringify!($method));
                assert_eq!((parts(c0), parts(c1)), (parts(d0), parts(d1)));
                let (y, pullback) = x.$method(&k);
                let (y_dual, pullback_dual) = x.$method(&d);
                let ((c0, c1), (d0, d1)) = (pullback(cot), pullback_dual(cot));
                assert_eq!(parts(y), parts(y_dual), stringify!($method));
                assert_eq!((parts(c0), parts(c1)), (parts(d0), parts(d1)));
            }};
        }
        check!(add_vjp);
        check!(sub_vjp);
        check!(mul_vjp);
        check!(div_vjp);
        let by_ref = &x;
        assert_eq!(parts(by_ref.mul_vjp(&k).0), parts(x * d));
        assert_eq!(parts(k.sub_vjp(&by_ref).0), parts(d - x));
    }

    #[test]
    fn constant_operands_of_arrays_follow_the_rules_of_dual_numbers() {
        let a = array![Dual::new(1.0_f64, 0.5), Dual::new(-3.0, 2.0)];
        let cot = array![Dual::new(0.5, 1.0), Dual::new(2.0, -1.0)];
        let (k, d) = (Constant(4.0), Dual::constant(4.0));
        let both = |y: &Array<Dual<f64>, ndarray::Ix1>| y.mapv(parts);
        let (y, pullback) = k.mul_vjp(&a);
        let (y_dual, pullback_dual) = d.mul_vjp(&a);
        let ((s, c), (s_dual, c_dual)) = (pullback(cot.clone()), pullback_dual(cot.clone()));
        assert_eq!(
            (both(&y), parts(s), both(&c)),
            (both(&y_dual), parts(s_dual), both(&c_dual))
        );
        let (y, pullback) = a.div_vjp(&k);
        let (y_dual, pullback_dual) = a.div_vjp(&d);
        let ((c, s), (c_dual, s_dual)) = (pullback(cot.clone()), pullback_dual(cot));
        assert_eq!(
            (both(&y), parts(s), both(&c)),
            (both(&y_dual), parts(s_dual), both(&c_dual))
        );
    }
}
