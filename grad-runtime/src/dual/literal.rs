//! Literals and `as` casts in code that runs at dual numbers: [`FromLiteral`] and [`CastTo`].
//!
//! Code generated for forward mode runs the user's function with `f64` standing for
//! `Dual<f64>`, where a float literal `2.0` and a cast `n as f64` have no meaning of their own:
//! the generated code writes them `<f64 as FromLiteral>::from_literal(2.0)` and
//! `<_ as CastTo<f64>>::cast_to(n)`, which mean what they mean for floats when `f64` is the
//! primitive, and give constants (tangent 0) when it is a `Dual`. Not API: for generated code.

use super::{Dual, Primal};

/// The value of a float literal in a float type: `2.0` as `f32` or `f64` (rounded to nearest,
/// as the literal would be), or as the constant `2.0 + 0ε` of a `Dual`.
///
/// ```
/// use grad_runtime::Dual;
/// use grad_runtime::__private::FromLiteral;
///
/// assert_eq!(<f32 as FromLiteral>::from_literal(0.1), 0.1_f32);
/// let two = <Dual<f64> as FromLiteral>::from_literal(2.0);
/// assert_eq!((two.value, two.tangent), (2.0, 0.0));
/// ```
#[doc(hidden)]
pub trait FromLiteral: Sized {
    /// The literal `x`, in `Self`.
    fn from_literal(x: f64) -> Self;
}

impl FromLiteral for f64 {
    #[inline(always)]
    fn from_literal(x: f64) -> f64 {
        x
    }
}

impl FromLiteral for f32 {
    // An f32 literal is the f64 literal rounded to nearest, as `as` rounds: every literal
    // that is exact in f64 gives the same f32 either way, and the ones that are not are
    // rounded twice (to f64, to f32), which can differ in the last bit of a literal that
    // needs more than 53 bits; write those with an `_f32` suffix.
    #[inline(always)]
    fn from_literal(x: f64) -> f32 {
        x as f32
    }
}

impl<A: Primal> FromLiteral for Dual<A> {
    #[inline(always)]
    fn from_literal(x: f64) -> Self {
        Dual::constant(A::from_f64_as(x))
    }
}

/// `self as T`: Rust's `as` between the primitive numbers (with its saturation of floats
/// to integers, NaN to 0), and from and to dual numbers: a `Dual` converts its value to a
/// number (`Dual::new(2.7, 1.0) as usize` is 2), a number becomes a constant `Dual`
/// (`3 as Dual<f64>` is `3 + 0ε`), and a `Dual<f32>`/`Dual<f64>` converts both its value
/// and its tangent to the other.
///
/// ```
/// use grad_runtime::Dual;
/// use grad_runtime::__private::CastTo;
///
/// assert_eq!(<_ as CastTo<usize>>::cast_to(-1.5_f64), 0);
/// assert_eq!(<_ as CastTo<u8>>::cast_to(300_i32), 44);
/// assert_eq!(<_ as CastTo<usize>>::cast_to(Dual::new(2.7_f64, 1.0)), 2);
/// let x: Dual<f64> = <_ as CastTo<Dual<f64>>>::cast_to(3_usize);
/// assert_eq!((x.value, x.tangent), (3.0, 0.0));
/// ```
#[doc(hidden)]
pub trait CastTo<T> {
    /// `self as T`.
    fn cast_to(self) -> T;
}

/// `as` from each of the listed types to each of the targets.
macro_rules! cast_as {
    ([$($from:ty),*] => $targets:tt) => {$(
        cast_as!(@from $from => $targets);
    )*};
    (@from $from:ty => [$($to:ty),*]) => {$(
        impl CastTo<$to> for $from {
            #[inline(always)]
            fn cast_to(self) -> $to {
                self as $to
            }
        }
    )*};
}

/// The numbers and dual numbers, from and to each other.
macro_rules! cast_dual {
    ([$($number:ty),*]) => {$(
        impl<A: Primal + CastTo<$number>> CastTo<$number> for Dual<A> {
            #[inline(always)]
            fn cast_to(self) -> $number {
                <A as CastTo<$number>>::cast_to(self.value)
            }
        }

        impl<A: Primal> CastTo<Dual<A>> for $number
        where
            $number: CastTo<A>,
        {
            #[inline(always)]
            fn cast_to(self) -> Dual<A> {
                Dual::constant(<$number as CastTo<A>>::cast_to(self))
            }
        }
    )*};
}

cast_as!(
    [i8, i16, i32, i64, i128, isize, u8, u16, u32, u64, u128, usize, f32, f64]
        => [i8, i16, i32, i64, i128, isize, u8, u16, u32, u64, u128, usize, f32, f64]
);
cast_as!([bool, char] => [i8, i16, i32, i64, i128, isize, u8, u16, u32, u64, u128, usize]);
cast_as!([u8] => [char]);
cast_dual!([
    i8, i16, i32, i64, i128, isize, u8, u16, u32, u64, u128, usize, f32, f64
]);

/// Between `Dual<f32>` and `Dual<f64>` (and to the same type): value and tangent cast as `as`
/// casts them.
macro_rules! cast_duals {
    ($(($from:ty, $to:ty)),*) => {$(
        impl CastTo<Dual<$to>> for Dual<$from> {
            #[inline(always)]
            fn cast_to(self) -> Dual<$to> {
                Dual::new(self.value as $to, self.tangent as $to)
            }
        }
    )*};
}
cast_duals!((f32, f32), (f32, f64), (f64, f32), (f64, f64));
