//! The derivative rules: one place per primitive, its forward value and its pullback side by
//! side, one file per family of primitives.
//!
//! A rule for `op` is `op_vjp(args) -> (value, pullback)`: the value `op(args)` and a closure
//! from the cotangent `c` of the value to one cotangent per argument, receiver first (`()` for an
//! argument that is not differentiated, such as the `i32` of `powi`). The pullback is named
//! `op_pullback` where it is written out. Inside a `#[differentiate]` function each use of a
//! primitive on a differentiated value becomes a call of its rule, by trait, so that rustc picks
//! the rule for the operand types:
//!
//! | written | becomes | rule trait | family |
//! | --- | --- | --- | --- |
//! | `a + b`, `a - b`, `a * b`, `a / b`, `-a`, `x as f32` | `AddVjp::add_vjp(&a, &b)`, .. | [`AddVjp`] .. [`CastVjp`] | [`ops`] (floats), [`broadcast`] (arrays) |
//! | `x.exp()`, `f64::exp(x)`, `x.powi(2)`, `x.max(y)`, `x.clamp(a, b)`, `x.fract()`, `x.copysign(s)`, `x.sin_cos()` on floats | `x.exp_vjp()` | [`FloatRules`] | [`float`] |
//! | `x.exp()`, `x.powi(2)`, `x.fract()`, `x.clamp(a, b)` on arrays | `x.exp_vjp()` | [`ArrayRules`] | [`elementwise`] |
//! | `x.sum()`, `x.mean()`, `x.product()`, `x.sum_axis(Axis(0))`, `(&x * &x).sum()` | `x.sum_vjp()`, .., `x.sum_of_squares_vjp()` | [`ReduceRules`] | [`reduce`] |
//! | `x.fold_axis(Axis(1), init, \|a, &b\| a.max(b))` | `x.fold_axis_vjp(..)`, the closure run at dual numbers | [`FoldAxisVjp`] | [`fold`] |
//! | `x.var(ddof)`, `x.std(ddof)`, `x.var_axis(Axis(0), ddof)`, `x.std_axis(..)` | `x.var_vjp(ddof)`, .. | [`StatisticsRules`] | [`statistics`] |
//! | `x.into_shape_with_order(s)`, `x.insert_axis(Axis(1))`, `x.index_axis(Axis(0), i)`, `x.row(i)`, `x.column(j)`, `x.diag()`, `x.slice(s![..])` | `x.row_vjp(i)`, .. | [`ShapeRules`], [`MatrixRules`], [`SliceRules`] | [`shape`] |
//! | `a.dot(&b)`, `a.t()` | `a.dot_vjp(&b)`, `a.t_vjp()` | [`DotVjp`], [`TransposeVjp`] | [`linalg`] |
//! | `x.clone()`, `x.to_vec()`, `x.to_owned()`, `x.view()` | `x.clone_vjp()`, .. | [`CloneVjp`], [`ToVecVjp`], [`ToOwnedVjp`], [`ViewVjp`] | [`copy`] |
//! | `Array::from_vec(v)`, `Array1::from(v)`, `Array::from_shape_vec(s, v)`, `Array::from_elem(s, x)` | `Array::from_vec_vjp(v)`, .. | [`FromVecVjp`], [`FromVjp`], [`FromShapeVecVjp`], [`FromElemVjp`] | [`array`](mod@array) |
//! | `concatenate(Axis(0), &[a.view(), b.view()]).unwrap()`, `stack(..)`, `array![a, b]`, `array![[a, b], [c, d]]`, `[a, b]`, `vec![a, b]`, `vec![x; n]` | `concatenate_vjp(..)`, `stack_vjp(..)`, `array_vjp([a, b])`, `array2_vjp(..)`, `rust_array_vjp([a, b])`, `vec_vjp([a, b])`, `vec_from_elem_vjp(x, n)` | none: functions | [`array`](mod@array) |
//! | `f(a, b)`, `path::f(a, b)` | `f_vjp(a, b)` | none: the function beside `f` | [`nn`](crate::nn) for the layers |
//!
//! So the adjoint of `x.exp()` on a float is in [`float`], of `x.exp()` on an array in
//! [`elementwise`], of `&a + &b` on arrays in [`broadcast`], of `affine(x, w, b)` in
//! [`nn`](crate::nn) as `affine_vjp`.
//!
//! The derivative of each float function is written once, in the table at the top of [`float`]:
//! the float rules and the array elementwise rules are both made from it.
//!
//! A rule for a type of your own implements the trait for it; a rule for a function of your own
//! is a function `f_vjp` beside `f`, which may read which of its arguments the call
//! differentiates from [`wrt`](crate::wrt).

pub mod array;
pub mod broadcast;
pub mod copy;
pub mod elementwise;
pub mod float;
pub mod fold;
pub mod linalg;
pub mod ops;
pub mod reduce;
pub mod shape;
pub mod statistics;

pub use array::{FromElemVjp, FromShapeVecVjp, FromVecVjp, FromVjp};
pub use broadcast::unbroadcast;
pub use copy::{CloneVjp, ToOwnedVjp, ToVecVjp, ViewVjp};
pub use elementwise::ArrayRules;
pub use float::FloatRules;
pub use fold::FoldAxisVjp;
pub use linalg::{DotVjp, TransposeVjp};
pub use ops::{AddVjp, CastVjp, DivVjp, MulVjp, NegVjp, SubVjp};
pub use reduce::ReduceRules;
pub use shape::{MatrixRules, ShapeRules, SliceRules};
pub use statistics::StatisticsRules;
