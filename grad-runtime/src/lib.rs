//! The runtime of [`grad`](https://docs.rs/grad): derivative rules, adjoint accumulation, and
//! the support code that `#[grad::differentiate]` emits calls to.
//!
//! Every rule is a `_vjp` function returning a value and its pullback (JAX's and Zygote's
//! convention): `op_vjp(x) = (op(x), c -> cotangents of the arguments)`. The macro only knows the
//! convention and the names; the rules themselves live here, one place per primitive:
//!
//! - [`ops`]: the traits for `+ - * /`, unary `-` and `as` casts,
//! - [`scalar`]: their `f32`/`f64` implementations and the float methods ([`scalar::FloatRules`]),
//! - [`adjoint`]: how adjoints are summed and how zero gradients are built,
//! - [`control`]: the records the forward sweep leaves for the reverse sweep at control flow,
//! - [`tangent`] and [`optim`]: gradients as vectors, and the optimisers that step parameters
//!   with them.
//! - [`wrt`]: which arguments of the current call are differentiated, for rules that can skip
//!   the cotangents nobody asked for.

// A rule's signature is its value and its pullback, `(T, impl FnOnce(C) -> (C1, ..))`: naming
// those types would hide exactly what a reader of a rule needs to see.
#![allow(clippy::type_complexity)]
// Implementations give their pullbacks' captures precisely (`use<>`: nothing borrowed), more
// precisely than the traits can promise for every implementation; that is the point.
#![allow(refining_impl_trait)]

pub mod adjoint;
pub mod broadcast;
pub mod check;
pub mod control;
pub mod elementwise;
pub mod linalg;
pub mod nn;
pub mod ops;
pub mod optim;
pub mod reduce;
pub mod scalar;
pub mod shape;
pub mod structural;
pub mod tangent;
pub mod tensor;
pub mod wrt;

pub use adjoint::{
    Accumulate, Adjoint, Dense, Differentiable, IndexTangent, IntoSum, Real, Scale, TangentShape,
};
pub use control::Branch;
pub use structural::{Elements, Flat};
pub use tangent::Tangent;

/// The rule traits whose methods generated code calls with method syntax (`x.exp_vjp()`), imported
/// without names so they cannot clash with the user's own items.
pub mod prelude {
    pub use crate::elementwise::ArrayRules as _;
    pub use crate::linalg::{DotVjp as _, TransposeVjp as _};
    pub use crate::reduce::ReduceRules as _;
    pub use crate::scalar::FloatRules as _;
    pub use crate::shape::{MatrixRules as _, ShapeRules as _, SliceRules as _};
    pub use crate::structural::{CloneVjp as _, ToOwnedVjp as _, ToVecVjp as _};
}
pub use ndarray;

/// The element types of the differentiable array operations: `f32` and `f64`, with the numeric
/// traits ndarray's linear algebra and `num_traits`' float functions need. Each is a [`Tangent`]
/// of one element, so a struct generic over `A: Scalar` can derive `Tangent` with fields of type
/// `A` as well as `Array<A, D>`.
pub trait Scalar:
    Real
    + Tangent<Scalar = Self>
    + num_traits::Float
    + num_traits::FromPrimitive
    + ndarray::LinalgScalar
    + ndarray::ScalarOperand
    + core::iter::Sum
    + core::fmt::Debug
    + core::fmt::Display
    + Send
    + Sync
{
}

impl Scalar for f32 {}
impl Scalar for f64 {}
