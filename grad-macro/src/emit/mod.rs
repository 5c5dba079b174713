//! Emission: the generated functions, printed from the IR and its plans. Each kind of generated
//! function is one printer here, reading `(Function, Plan)` and deciding nothing:
//!
//! - `vjp.rs`: `f_vjp`, the forward sweep then a pullback closure holding the reverse sweep;
//! - `grad.rs`: `f_grad`, the pullback applied to 1 (its own sweeps when its plan pulls sums of
//!   squares back in place);
//! - `graph.rs`: `f_graph`, the computational graph of one evaluation, recorded;
//! - `jvp.rs`: `f_jvp`, forward mode, `f` run at dual numbers (`dual/`);
//! - `hvp.rs`: `f_hvp`, forward over reverse, `f_vjp` run at dual numbers;
//! - `companion.rs`: `f` and `f_vjp` at dual numbers, for callers' `f_jvp` and `f_hvp`;
//! - `loop_ends.rs`: the copies' range loops `a..n - k` with a checked end (bounds checks leave
//!   the loop);
//! - `stubs.rs`: stand-ins with the right signatures when the function has errors.
//!
//! A new kind of generated function (`f_jvp`, say) is one more printer module and one more line
//! in [`emit`]. The sweeps the reverse-mode printers share are in `sweep/`.
//!
//! ```text
//! // Input                              // Output (f_vjp, abridged)
//! fn f(a: f64, b: f64) -> f64 {         let (c, c_pullback) = AddVjp::add_vjp(&a, &b);
//!     let c = a + b;                    let (e, e_pullback) = MulVjp::mul_vjp(&c, &b);
//!     c * b                             (e, move |result_cot| {
//! }                                         let mut c_adj = Adjoint::new(); ...
//!                                           e_adj.add(result_cot);
//!                                           if let Some(cot) = e_adj.take() {
//!                                               let (cot_0, cot_1) = e_pullback(cot);
//!                                               c_adj.add(cot_0); b_adj.add(cot_1);
//!                                           }
//!                                           if let Some(cot) = c_adj.take() { .. }
//!                                           (a_adj.finish(a_shape), b_adj.finish(b_shape))
//!                                       })
//! ```

mod companion;
mod dual;
mod grad;
mod graph;
mod hvp;
mod jvp;
mod loop_ends;
mod stubs;
mod sweep;
mod unavailable;
mod vjp;

use proc_macro2::TokenStream;
use quote::{ToTokens, quote};
use syn::ItemFn;

use crate::ir::Function;
use crate::naming;
use crate::plan::{DualPlan, Plan};
use crate::sig::Signature;
use crate::types;
use sweep::Sweep;

pub use stubs::emit_stubs;

/// The plans of the generated functions: one per printer that differentiates.
pub struct Plans {
    pub vjp: Plan,
    /// `None` when the result is not a float (no `f_grad`).
    pub grad: Option<Plan>,
    pub graph: Plan,
    pub dual: DualPlan,
    /// Whether `f`'s companions at dual numbers stand beside it (a free function, not an item
    /// of an `impl` block).
    pub companions: bool,
}

/// Every generated function, printed in order.
pub fn emit(item: &ItemFn, sig: &Signature, function: &Function, plans: &Plans) -> TokenStream {
    let vjp = vjp::print(item, sig, function, &plans.vjp);
    let grad = plans
        .grad
        .as_ref()
        .map(|plan| grad::print(item, sig, function, plan));
    let graph = graph::print(item, sig, function, &plans.graph);
    let jvp = jvp::print(item, sig, &plans.dual, plans.companions);
    let private_vjp = hvp::private_vjp(&vjp, &plans.dual);
    let hvp = hvp::print(
        item,
        sig,
        function,
        (&plans.vjp, private_vjp.as_ref()),
        &plans.dual,
        plans.companions,
    );
    // An item of an `impl` block (a method, an associated function) has its companions there,
    // where a module cannot be: each body declares its own fallbacks.
    let fallbacks = (!sig.in_impl).then(|| {
        let items = Sweep::new(function, &plans.vjp).fallback_items(&quote!(pub(super)));
        sweep::fallbacks_module(&item.sig.ident, items)
    });
    // A method whose receiver crosses to its twin runs at dual numbers only through its
    // companions, which `m_jvp` and `m_hvp` call (`companion/twin.rs`).
    let twin = match &plans.dual {
        DualPlan::Dual { world, .. } => crate::plan::twin_receiver(sig, world),
        DualPlan::ThroughGradient(_) => false,
    };
    let companions = (plans.companions || twin)
        .then(|| companion::print(item, sig, function, plans, private_vjp.as_ref(), &vjp));
    quote!(#fallbacks #vjp #grad #graph #jvp #hvp #companions)
}

/// The sweeps of one printer, with the method fallbacks where [`emit`] put them.
fn sweeps_of<'a>(
    sig: &Signature,
    item: &ItemFn,
    function: &'a Function,
    plan: &'a Plan,
) -> Sweep<'a> {
    let module = (!sig.in_impl).then(|| naming::fallbacks_module(&item.sig.ident));
    Sweep::new(function, plan).with_fallbacks_in(module)
}

/// Lints that generated code trips without meaning anything for the user's code.
fn allow_lints() -> TokenStream {
    quote! {
        #[allow(
            dead_code,
            unreachable_code,
            unused_variables,
            unused_mut,
            unused_parens,
            unused_assignments,
            non_snake_case,
            clippy::all,
            clippy::pedantic
        )]
    }
}

/// The parameter list of a generated function: the user's, with their attributes and `mut`.
fn params(item: &ItemFn) -> TokenStream {
    let inputs = &item.sig.inputs;
    quote!(#inputs)
}

/// The user's parameters followed by `extra` (the tangents of `f_jvp`, say).
fn params_and(item: &ItemFn, extra: &[TokenStream]) -> TokenStream {
    let inputs = item.sig.inputs.iter();
    quote!(#(#inputs,)* #(#extra,)*)
}

/// The result type, or `()` where the signature had none (a stub after an error).
fn output(sig: &Signature) -> TokenStream {
    match &sig.output {
        Some(ty) => ty.to_token_stream(),
        None => quote!(()),
    }
}

/// One cotangent type per parameter: its gradient type, or `()` if it is not differentiated.
fn cotangent_types(sig: &Signature) -> Vec<TokenStream> {
    sig.params
        .iter()
        .map(|param| {
            if param.differentiated {
                param.tangent().into_token_stream()
            } else {
                quote!(())
            }
        })
        .collect()
}

/// The pullback's type. It captures no lifetime (`use<>`): a pullback owns what it keeps, so a
/// caller may differentiate through this function with arguments borrowed from its own locals.
/// Parameters that are views (`ArrayView`, `CowArray`, `ArrayBase<S, D>`, types with lifetime
/// arguments) are the exception: rules on them may keep the view, so their lifetimes stay in;
/// and so are functions with checkpointed loops (`borrows`), whose reverse sweep runs their
/// segments again from the parameters.
fn pullback_type(sig: &Signature, generics: &syn::Generics, borrows: bool) -> TokenStream {
    let output = output(sig);
    let cotangents = cotangent_types(sig);
    // Precise capturing must name every type parameter in scope: the impl block's, then the
    // function's.
    let type_params = sig
        .scope_type_params
        .iter()
        .chain(generics.type_params().map(|param| &param.ident));
    let captures = if borrows
        || sig
            .params
            .iter()
            .any(|param| types::has_borrowed_contents(&param.ty))
    {
        quote!()
    } else {
        quote!(+ use<#(#type_params),*>)
    };
    quote!(impl ::core::ops::FnOnce(#output) -> (#(#cotangents,)*) #captures)
}

/// The pattern that takes a pullback's cotangents apart: `x_grad` for each differentiated
/// parameter, `_` for the others, in declaration order (`let (#(#pattern,)*) = pullback(..)`).
fn gradient_pattern(sig: &Signature) -> Vec<TokenStream> {
    sig.params
        .iter()
        .map(|param| {
            if param.differentiated {
                naming::parameter_gradient(&param.ident).into_token_stream()
            } else {
                quote!(_)
            }
        })
        .collect()
}

/// The gradient type of `f_grad`: the one differentiated parameter's tangent, or a tuple of
/// them in declaration order.
fn gradient_type(sig: &Signature) -> TokenStream {
    let tangents: Vec<_> = sig.differentiated().map(|param| param.tangent()).collect();
    match &tangents[..] {
        [tangent] => quote!(#tangent),
        _ => quote!((#(#tangents),*)),
    }
}
