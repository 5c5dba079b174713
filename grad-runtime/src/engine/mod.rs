//! The engine: what the code `#[differentiate]` generates needs at run time besides the
//! derivative rules. Not API: generated code reaches it through `grad::__private` (and its items
//! are at the crate root too, hidden, for rustc's messages).
//!
//! - [`accumulate`]: [`Accumulate`], how the cotangents a value receives are summed.
//! - [`differentiable`]: [`Differentiable`], which types can be differentiated and what their
//!   gradients are, and [`TangentShape`], what is kept of a parameter to build its zero gradient.
//! - [`elements`]: element access for indexed reads and writes and for loops over elements
//!   ([`Elements`], [`Flat`], [`IndexTangent`], [`FlatTangent`]).
//! - [`adjoint`]: [`Adjoint`] and [`Dense`], one variable's adjoint during the reverse sweep.
//! - [`control`]: [`Branch`], what the forward sweep records at an `if` for the reverse sweep.
//! - [`map`]: the elementwise map a closure in `mapv` becomes ([`map_forward`](map::map_forward),
//!   [`map_pullback`](map::map_pullback)).
//! - [`lift`]: arguments lifted to dual numbers and results split back, for `f_jvp` and `f_hvp`.
//! - [`wrt`]: which arguments of the current call are differentiated, told to the rule beside the
//!   call (public, as `grad::runtime::wrt`, for hand-written rules).
//! - [`lend`]: the arrays `f_grad` lends its rules for its whole run, so that they keep a ticket
//!   instead of a copy (public, as `grad::runtime::lend`, for hand-written rules).
//!
//! Each file depends only on those listed above it (and on `Scalar` and `Tangent`).

pub mod accumulate;
pub mod adjoint;
pub mod control;
pub mod differentiable;
pub mod elements;
pub mod lend;
pub mod lift;
pub mod map;
pub mod wrt;

pub use accumulate::Accumulate;
pub use adjoint::{Adjoint, Dense, IntoSum, Scale};
pub use control::Branch;
pub use differentiable::{Differentiable, TangentShape};
pub use elements::{Elements, Flat, FlatTangent, IndexTangent, Nested};
