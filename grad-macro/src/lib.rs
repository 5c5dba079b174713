//! The `#[differentiate]` attribute of [`grad`](https://docs.rs/grad).
//!
//! The macro is a pipeline, one module per stage, read top to bottom in `expand.rs` (whose
//! module doc draws it): `args` and `sig` (the attribute and the signature) -> `lower` (the body
//! to the IR of `ir`) -> `activity` (which values carry derivatives) -> `rewrite` (cheaper
//! equivalent IR: repeated reads, `x * x`, sums of squares) -> `plan` (per generated function:
//! loop schedule, in-place sums, records, names) -> `emit` (one printer per generated function:
//! `f_vjp`, `f_grad`, `f_graph`). `tangent` is `#[derive(Tangent)]`.
//! Every stage reports errors into one `ctxt::Ctxt`; the macro never panics on user input.
//! Derivative rules are not here: the emitted code calls them in `grad::runtime` by name and
//! rustc finds them by trait dispatch.
//!
//! Set `GRAD_DEBUG=1` while compiling to print each stage's output.

// The IR is built once per macro call and holds syn nodes by value; boxing them to even out
// variant sizes would only add noise.
#![allow(clippy::large_enum_variant)]

mod activity;
mod args;
mod companions;
mod ctxt;
mod emit;
mod expand;
#[cfg(test)]
mod fuzz;
mod impl_block;
mod ir;
mod lower;
mod naming;
mod plan;
mod rewrite;
mod sig;
mod syntax;
mod tangent;
mod types;

use proc_macro::TokenStream;

/// Generates `name_grad` and `name_vjp` beside the function it is placed on.
///
/// See the documentation of the `grad` crate for the contract and examples.
#[proc_macro_attribute]
pub fn differentiate(args: TokenStream, item: TokenStream) -> TokenStream {
    expand::differentiate(args.into(), item.into()).into()
}

/// `grad::dual_companions!(g)`: declares the companions at dual numbers of a function `g` with a
/// hand-written rule, so that callers marked `#[differentiate(dual_calls)]` run through it in
/// `f_jvp` and `f_hvp`. See the documentation of the `grad` crate.
#[proc_macro]
pub fn dual_companions(input: TokenStream) -> TokenStream {
    companions::expand(input.into()).into()
}

/// `#[derive(grad::Tangent)]`: a struct with named fields as a gradient type; `#[tangent(skip)]`
/// marks a field that is not differentiated. See `grad::Tangent`.
#[proc_macro_derive(Tangent, attributes(tangent))]
pub fn derive_tangent(input: TokenStream) -> TokenStream {
    tangent::derive(input.into()).into()
}
