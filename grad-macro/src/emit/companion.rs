//! The companions of `f` at dual numbers, which a caller's `f_jvp` and `f_hvp` call when the
//! caller asks for it (`#[differentiate(dual_calls)]`):
//!
//! - `__grad_dual_f`: `f` at dual numbers, `f64` read as `grad::Dual<f64>` in its parameters
//!   and result, for the copy of a caller in `f_jvp`;
//! - `__grad_dual_f_vjp`: `f_vjp` at dual numbers, for the copy of a caller's `f_vjp` in
//!   `f_hvp` (forward over reverse through the call).
//!
//! For a function written in `f64` each is the copy that `f_jvp` (or `f_hvp`) runs, in a
//! function of its own whose signature names `Dual<f64>`; for one generic over `A: Scalar`
//! they are `f` and `f_vjp` themselves, imported under the companions' names. They stand beside
//! `f` with its visibility, so that a caller reaches them at the path it reaches `f` at
//! (`helpers::g(x)` calls `helpers::__grad_dual_g`). A function that does not run at dual
//! numbers has stand-ins whose call fails with the reason ([`unavailable`]); a function that is
//! not marked at all has nothing, and a caller's call of it fails with rustc's "cannot find
//! function `__grad_dual_g`" at the call. Grad's feature `dual-calls` (on by default) turns
//! them all on.
//!
//! A method's companions are methods of its `impl` block (`companion/methods.rs`): callers call
//! `p.__grad_dual_eval(t)` for `p.eval(t)`; an associated function's are associated functions
//! (`Self::__grad_dual_penalty(x)` for `Self::penalty(x)`). A method of a struct written in `f64`
//! whose receiver is differentiated has associated functions that take the struct's twin
//! (`Gaussian::__grad_twin_log_pdf(&g, x)`, `companion/twin.rs`), which its own `m_jvp` and
//! `m_hvp` call too, and so stand beside it without the feature.

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote};
use syn::{FnArg, Ident, ItemFn, ReturnType};

mod methods;
mod twin;

use super::hvp::VjpCopy;
use super::{allow_lints, dual, jvp};
use crate::ir::Function;
use crate::naming;
use crate::plan::{DualPlan, World};
use crate::sig::Signature;

/// The companions of `f`, or nothing when it does not run at dual numbers; `printed` is
/// `f_vjp`, parsed and private (`hvp::private_vjp`).
pub fn print(
    item: &ItemFn,
    sig: &Signature,
    function: &Function,
    plans: &super::Plans,
    printed: Option<&ItemFn>,
    vjp: &TokenStream,
) -> TokenStream {
    let (world, params, companions) = match &plans.dual {
        DualPlan::Dual {
            world,
            params,
            companions,
            ..
        } => (world, params, companions),
        DualPlan::ThroughGradient(_) if sig.in_impl => return methods::unavailable(item),
        DualPlan::ThroughGradient(reason) => return unavailable(item, reason),
    };
    if sig.in_impl {
        let forwarders = plans.companions;
        return methods::print(item, sig, (world, params), companions, vjp, forwarders);
    }
    let World::Alias(float) = world else {
        return imported(item);
    };
    let twins = dual::twins(sig, params);
    let forward = jvp::dual_copy(item, sig, (world, params), &[], companions);
    let forward = companion(item, &item.vis, (float, &twins), forward);
    let copy = VjpCopy {
        world,
        params,
        printed,
        companions,
    };
    let reverse = match printed {
        Some(vjp) => {
            let copy = copy.print(item, sig, function, &plans.vjp, &[]);
            companion(vjp, &item.vis, (float, &twins), copy)
        }
        // The printed `f_vjp` always parses; if it did not, `f_vjp` itself reports it.
        None => TokenStream::new(),
    };
    quote!(#forward #reverse)
}

/// Stand-ins for the companions of a function with errors, which keep its callers free of
/// "cannot find function `__grad_dual_f`" errors: `f` and the stub of `f_vjp` (`vjp_stub`) at
/// dual numbers, both `unreachable!()`.
pub fn stubs(
    item: &ItemFn,
    sig: &Signature,
    plan: &DualPlan,
    vjp_stub: &TokenStream,
) -> TokenStream {
    let DualPlan::Dual { world, params, .. } = plan else {
        return TokenStream::new();
    };
    let twins = dual::twins(sig, params);
    // An item of an `impl` block with errors has none: its callers' calls of its companions
    // fail with rustc's "no method (or function) named `__grad_dual_m`" beside its own errors.
    if sig.in_impl {
        return TokenStream::new();
    }
    let World::Alias(float) = world else {
        return imported(item);
    };
    let alias = dual::alias(float);
    let mut stub = item.clone();
    stub.vis = syn::Visibility::Inherited;
    stub.attrs = vec![syn::parse_quote!(#[allow(unused_variables)])];
    stub.block = syn::parse_quote!({
        ::core::unreachable!("#[differentiate] reported an error for this function")
    });
    let forward = companion(item, &item.vis, (float, &twins), quote!(#alias #stub));
    let reverse = match syn::parse2::<ItemFn>(vjp_stub.clone()) {
        Ok(vjp) => companion(&vjp, &item.vis, (float, &twins), quote!(#alias #vjp)),
        Err(_) => TokenStream::new(),
    };
    quote!(#forward #reverse)
}

/// `__grad_dual_f` (or `__grad_dual_f_vjp`) for a function `f` written in `float`, with the
/// visibility `vis`: the signature of `f` with `float` read as `Dual<float>`, and a body that
/// runs `copy` (`f` at dual numbers, under `f`'s name); each struct type of `twins` read as
/// its twin at dual numbers.
fn companion(
    f: &ItemFn,
    vis: &syn::Visibility,
    (float, twins): (&Ident, &[syn::Type]),
    copy: TokenStream,
) -> TokenStream {
    let inner = &f.sig.ident;
    let name = naming::dual_companion(&f.sig.ident);
    let arguments: Vec<Ident> = (0..f.sig.inputs.len())
        .map(|index| format_ident!("argument_{}", index, span = Span::mixed_site()))
        .collect();
    let inputs = f
        .sig
        .inputs
        .iter()
        .zip(&arguments)
        .map(|(input, argument)| {
            let ty = match input {
                FnArg::Typed(typed) => dual::at_twins(&dual::at_dual(&typed.ty, float), twins),
                // Companions are free functions: the plan rules methods out.
                FnArg::Receiver(receiver) => (*receiver.ty).clone(),
            };
            quote!(#argument: #ty)
        });
    let output = match &f.sig.output {
        ReturnType::Type(arrow, ty) => {
            let ty = dual::at_twins(&dual::at_dual(ty, float), twins);
            quote!(#arrow #ty)
        }
        ReturnType::Default => TokenStream::new(),
    };
    let generics = &f.sig.generics;
    let where_clause = &generics.where_clause;
    let attrs = copy_attributes(&f.sig.ident);
    quote! {
        #attrs
        #vis fn #name #generics (#(#inputs),*) #output #where_clause {
            #copy
            #inner(#(#arguments),*)
        }
    }
}

/// For a function that does not run at dual numbers, stand-ins for its companions whose call
/// fails with the reason, rather than with "cannot find function `__grad_dual_g`", which would
/// not say why a function marked `#[differentiate]` has none:
///
/// ```text
/// error[E0277]: `g` does not run at dual numbers, so `f_jvp` and `f_hvp` of a function marked `dual_calls` cannot call it
/// ```
///
/// The bound is on the first argument's type, which the call fixes (a function without
/// parameters has no stand-ins).
fn unavailable(item: &ItemFn, reason: &str) -> TokenStream {
    let name = &item.sig.ident;
    let arity = item.sig.inputs.len();
    if arity == 0 {
        return TokenStream::new();
    }
    let span = name.span();
    let not_at_dual = format_ident!("__grad_not_at_dual_{}", naming::stem(name), span = span);
    let message = format!(
        "`{name}` does not run at dual numbers, so `f_jvp` and `f_hvp` of a function marked `dual_calls` cannot call it"
    );
    let label = format!("`{name}` called at dual numbers");
    let note = format!(
        "`{name}` does not run at dual numbers because of {reason}; give it what it lacks, or drop `dual_calls` from the caller (its `f_jvp` then goes through the gradient)"
    );
    let vis = &item.vis;
    let bound = quote!(#not_at_dual);
    let stand_in =
        |companion: Ident| super::unavailable::failing_fn(vis, &companion, None, arity, &bound);
    let forward = stand_in(naming::dual_companion(name));
    let reverse = stand_in(naming::dual_companion(&naming::vjp_fn(name)));
    quote! {
        #[doc(hidden)]
        #[allow(non_camel_case_types)]
        #[diagnostic::on_unimplemented(message = #message, label = #label, note = #note)]
        #vis trait #not_at_dual {}
        #forward
        #reverse
    }
}

/// The companions of a function generic over `A: Scalar`: itself and its `f_vjp`, run at
/// `A = Dual<A>`.
fn imported(item: &ItemFn) -> TokenStream {
    let vis = &item.vis;
    let name = &item.sig.ident;
    let vjp = naming::vjp_fn(name);
    let (companion, vjp_companion) = (naming::dual_companion(name), naming::dual_companion(&vjp));
    quote! {
        #[doc(hidden)]
        #[allow(unused_imports)]
        #vis use #name as #companion;
        #[doc(hidden)]
        #[allow(unused_imports)]
        #vis use #vjp as #vjp_companion;
    }
}

/// The attributes of the copy at dual numbers of the function or method `name`: its hidden
/// doc, the lints generated code allows, `#[inline]`.
fn copy_attributes(name: &syn::Ident) -> TokenStream {
    let lints = allow_lints();
    let doc = format!(
        "`{name}` at dual numbers, for the forward mode of functions that call it (`#[grad::differentiate(dual_calls)]`); generated by `#[grad::differentiate]`."
    );
    quote! {
        #[doc = #doc]
        #[doc(hidden)]
        #lints
        #[inline]
    }
}
