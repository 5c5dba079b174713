//! Stubs with the right signatures, emitted beside the errors so that the rest of the crate
//! does not fail with "cannot find function `f_grad`" (thiserror's fallback).

use proc_macro2::TokenStream;
use quote::quote;
use syn::ItemFn;

use super::{allow_lints, cotangent_types, gradient_type, output, params, pullback_type};
use crate::naming;
use crate::plan::DualPlan;
use crate::sig::Signature;

/// `f_vjp`, `f_graph`, `f_jvp` and (for a float result) `f_grad` and `f_hvp`, whose bodies are
/// `unreachable!()`; with `companions`, `f`'s companions at dual numbers too.
pub fn emit_stubs(
    item: &ItemFn,
    sig: &Signature,
    dual_calls: bool,
    companions: bool,
) -> TokenStream {
    let vis = &item.vis;
    let generics = &item.sig.generics;
    let where_clause = &generics.where_clause;
    let inputs = params(item);
    let output = output(sig);
    let lints = allow_lints();
    let vjp = naming::vjp_fn(&item.sig.ident);
    let pullback_type = pullback_type(sig, &item.sig.generics, false);
    let cotangents = cotangent_types(sig);
    let message = "#[differentiate] reported an error for this function";
    let vjp_stub = quote! {
        #lints
        #vis fn #vjp #generics (#inputs) -> (#output, #pullback_type) #where_clause {
            let pullback = move |_: #output| -> (#(#cotangents,)*) { ::core::unreachable!(#message) };
            (::core::unreachable!(#message), pullback)
        }
    };
    let mut stubs = vjp_stub.clone();
    if sig.has_grad {
        let grad = naming::grad_fn(&item.sig.ident);
        let gradient_type = gradient_type(sig);
        stubs.extend(quote! {
            #lints
            #vis fn #grad #generics (#inputs) -> (#output, #gradient_type) #where_clause {
                ::core::unreachable!(#message)
            }
        });
    }
    let graph = naming::graph_fn(&item.sig.ident);
    stubs.extend(quote! {
        #lints
        #vis fn #graph #generics (#inputs) -> ::grad::graph::Graph #where_clause {
            ::core::unreachable!(#message)
        }
    });
    let plan = DualPlan::new(item, sig, dual_calls);
    let dual = matches!(plan, DualPlan::Dual { .. });
    let dual_where = super::jvp::dual_bounds(generics, sig, &plan);
    let tangents_and_inputs = super::params_and(item, &super::jvp::tangent_params(sig));
    if dual || sig.has_grad || crate::plan::jvp_by_rows(item, sig) {
        let jvp = naming::jvp_fn(&item.sig.ident);
        stubs.extend(quote! {
            #lints
            #vis fn #jvp #generics (#tangents_and_inputs) -> (#output, #output) #dual_where {
                ::core::unreachable!(#message)
            }
        });
    }
    if dual && sig.has_grad {
        let hvp = naming::hvp_fn(&item.sig.ident);
        let gradient_type = gradient_type(sig);
        stubs.extend(quote! {
            #lints
            #vis fn #hvp #generics (#tangents_and_inputs) -> (#output, #gradient_type, #gradient_type) #dual_where {
                ::core::unreachable!(#message)
            }
        });
    }
    if companions {
        stubs.extend(super::companion::stubs(item, sig, &plan, &vjp_stub));
    }
    stubs
}
