//! A method's companions at dual numbers, methods of its `impl` block beside it (a block can
//! hold neither `use` items nor a copy in a module), and an associated function's, associated
//! functions (`Self::__grad_dual_penalty`, which `Self::penalty(x)` reaches):
//!
//! - in a block generic over its float (`impl<A: Scalar> Line<A>`, marked), forwarders:
//!   `__grad_dual_eval` calls `eval` and `__grad_dual_eval_vjp` calls `eval_vjp`, which a
//!   caller's copy at dual numbers reaches on the receiver's twin `Line<Dual<f64>>`;
//! - for a method written in `f64`, marked `dual_calls`, whose receiver is not differentiated
//!   (`Spring`, a struct with no twin), the method itself and its `f_vjp` at dual numbers: the signature with `f64`
//!   read as `Dual<f64>`, and the body after `type f64 = Dual<f64>;`, with the places it reads
//!   from `self` lifted as constants (`emit/dual/`);
//! - for a method written in `f64` whose receiver is differentiated, associated functions that
//!   take the struct's twin, and forwarders to them from a receiver that is data (`twin.rs`).
//!
//! A method that does not run at dual numbers has stand-ins whose call fails with the message
//! of `grad::__private::MethodAtDual` ([`unavailable`]), and so has a method that does not run
//! on its receiver's twin, for callers that call it on one (`__grad_twin_m`). A caller marked `dual_calls` calls `p.__grad_dual_eval(t)` for `p.eval(t)` in its copy of
//! `f`, and `p.__grad_dual_eval_vjp(t)` for `p.eval_vjp(t)` in its copy of `f_vjp`.

use proc_macro2::TokenStream;
use quote::quote;
use syn::{FnArg, Ident, ItemFn, Pat, ReturnType};

use super::super::{allow_lints, dual};
use crate::naming;
use crate::plan::{Crossing, World};
use crate::sig::Signature;

/// The companions of the method `item`, whose printed `f_vjp` is `vjp`; without `forwarders`
/// (grad's feature `dual-calls` off), only those its own `m_jvp` and `m_hvp` call (a method
/// whose receiver crosses to its twin: `twin.rs`).
pub(super) fn print(
    item: &ItemFn,
    sig: &Signature,
    (world, params): (&World, &[Crossing]),
    companions: &[String],
    vjp: &TokenStream,
    forwarders: bool,
) -> TokenStream {
    let Ok(vjp) = syn::parse2::<ItemFn>(vjp.clone()) else {
        // The printed `f_vjp` always parses; if it did not, `f_vjp` itself reports it.
        return TokenStream::new();
    };
    match world {
        World::Generic(_) => {
            let forward = forwarder(item, &item.vis);
            let reverse = forwarder(&vjp, &item.vis);
            quote!(#forward #reverse)
        }
        World::Alias(float) if crate::plan::twin_receiver(sig, world) => {
            super::twin::print((item, &vjp), sig, float, params, companions, forwarders)
        }
        World::Alias(float) => {
            let roots = dual::Roots::of(sig, world, params);
            let forward = at_dual(item, &item.vis, float, companions, &roots);
            let reverse = at_dual(&vjp, &item.vis, float, companions, &roots);
            let bound = quote!(::grad::__private::ReceiverAtDual);
            let twin = twin_unavailable(item, &bound);
            quote!(#forward #reverse #twin)
        }
    }
}

/// `fn __grad_dual_m(same signature) { self.m(args) }` (`Self::m(args)` for an associated
/// function).
fn forwarder(f: &ItemFn, vis: &syn::Visibility) -> TokenStream {
    let inner = &f.sig.ident;
    let mut sig = f.sig.clone();
    sig.ident = naming::dual_companion(inner);
    let args: Vec<TokenStream> = f
        .sig
        .inputs
        .iter()
        .filter_map(|input| match input {
            FnArg::Typed(typed) => match &*typed.pat {
                Pat::Ident(pat) => {
                    let ident = &pat.ident;
                    Some(quote!(#ident))
                }
                _ => None,
            },
            FnArg::Receiver(_) => None,
        })
        .collect();
    let lints = allow_lints();
    let call = match f.sig.inputs.first() {
        Some(FnArg::Receiver(_)) => quote!(self.#inner(#(#args),*)),
        _ => quote!(Self::#inner(#(#args),*)),
    };
    quote! {
        #[doc(hidden)]
        #lints
        #[inline]
        #vis #sig {
            #call
        }
    }
}

/// `f` at dual numbers under its companion's name: `float` read as `Dual<float>` in its
/// signature, its body after the alias and rewritten (`dual::rewritten`).
fn at_dual(
    f: &ItemFn,
    vis: &syn::Visibility,
    float: &Ident,
    companions: &[String],
    roots: &dual::Roots,
) -> TokenStream {
    let mut companion = f.clone();
    companion.sig.ident = naming::dual_companion(&f.sig.ident);
    for input in &mut companion.sig.inputs {
        if let FnArg::Typed(typed) = input {
            *typed.ty = dual::at_dual(&typed.ty, float);
        }
    }
    if let ReturnType::Type(_, ty) = &mut companion.sig.output {
        **ty = dual::at_dual(ty, float);
    }
    companion.vis = vis.clone();
    companion.attrs = Vec::new();
    let alias = dual::alias(float);
    let stmts = &f.block.stmts;
    companion.block = syn::parse_quote!({ #alias #(#stmts)* });
    let world = World::Alias(float.clone());
    let rewritten = dual::rewritten(&world, quote!(#companion), companions, roots);
    let attrs = super::copy_attributes(&f.sig.ident);
    quote! {
        #attrs
        #rewritten
    }
}

/// For a method (or associated function) that does not run at dual numbers, stand-ins for its
/// companions whose call fails with `grad::__private::MethodAtDual`'s message, the bound on the
/// first argument's type after the receiver, which the call fixes (one with no other parameter
/// has none: its caller meets rustc's "no method named `__grad_dual_m`").
pub(super) fn unavailable(item: &ItemFn) -> TokenStream {
    let receiver = match item.sig.inputs.first() {
        Some(receiver @ FnArg::Receiver(_)) => Some(receiver),
        _ => None,
    };
    let arity = item.sig.inputs.len() - usize::from(receiver.is_some());
    let bound = quote!(::grad::__private::MethodAtDual);
    let stand_in = |companion: Ident| {
        super::super::unavailable::failing_fn(&item.vis, &companion, receiver, arity, &bound)
    };
    let name = &item.sig.ident;
    let forward = stand_in(naming::dual_companion(name));
    let reverse = stand_in(naming::dual_companion(&naming::vjp_fn(name)));
    let twin = twin_unavailable(item, &bound);
    quote!(#forward #reverse #twin)
}

/// For a method that does not run on its receiver's twin, stand-ins for `__grad_twin_m` and
/// `__grad_twin_m_vjp` (`twin.rs`) whose call fails with `bound`'s message, the bound on the
/// receiver's type: a caller marked `dual_calls` calls them for `g.m(x)` on a parameter that
/// crosses to its twin. `bound` is `grad::__private::MethodAtDual` for a method that does not run
/// at dual numbers, `ReceiverAtDual` for one whose receiver is data: the latter runs at dual
/// numbers with its receiver a constant, but the gradient that a caller's `f_hvp` differentiates
/// depends on the receiver through the method's values, which the twin's tangent would have to
/// reach (its body on the twin, which a struct without `derive(Tangent)` does not have). Nothing
/// for an associated function without `self`.
fn twin_unavailable(item: &ItemFn, bound: &TokenStream) -> TokenStream {
    if !matches!(item.sig.inputs.first(), Some(FnArg::Receiver(_))) {
        return TokenStream::new();
    }
    let arity = item.sig.inputs.len();
    let stand_in = |companion: Ident| {
        super::super::unavailable::failing_fn(&item.vis, &companion, None, arity, bound)
    };
    let name = &item.sig.ident;
    let forward = stand_in(naming::twin_companion(name));
    let reverse = stand_in(naming::twin_companion(&naming::vjp_fn(name)));
    quote!(#forward #reverse)
}
