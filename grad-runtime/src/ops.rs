//! The derivative-rule traits for Rust's arithmetic operators and `as` casts.
//!
//! Inside a `#[differentiate]` function, `a + b` on differentiated values becomes
//! `AddVjp::add_vjp(&a, &b)`: the value `a + b` and a pullback that maps the cotangent `c` of the
//! result to the cotangents of `a` and `b`. The traits are implemented per operand type (floats in
//! [`crate::scalar`], arrays in [`crate::elementwise`]), so rustc, not the macro, picks the rule.
//!
//! Operands are passed by reference whatever the user wrote (`a * b`, `&a * &b`), and the
//! pullbacks capture only what they own (`+ use<Self, Rhs>`: no borrow of an operand), so a
//! pullback can outlive the arrays it was computed from, as the generated `f_vjp` needs.

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
