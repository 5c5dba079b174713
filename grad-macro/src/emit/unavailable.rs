//! Stand-ins for generated functions a function does not get, so that calling one is an error
//! that says why, instead of rustc's "cannot find function `f_hvp`".
//!
//! `f_hvp` needs `f` to run at dual numbers; where the plan says it cannot (a struct in `f64`, a
//! call of a function of yours without `dual_calls`, ..), `f_hvp` is a generic function whose
//! bound no type meets, whose trait's `on_unimplemented` message gives the plan's reason:
//!
//! ```text
//! error[E0277]: `f` has no `f_hvp`: it does not run at dual numbers
//!   = note: `f` does not run at dual numbers because of a call of `helper`, ..
//! ```
//!
//! The same for `f_jvp` of a function with an array result that does not run at dual numbers
//! and cannot be taken row by row. An item of an `impl` block cannot declare a trait beside it:
//! its stand-in is bound by `grad::__private::HvpAtDual`, whose message is general.

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote};
use syn::{Ident, ItemFn};

use super::allow_lints;
use crate::naming;
use crate::sig::Signature;

/// `generated` (`f_hvp` or `f_jvp`) of a free function, which `f` does not get because of
/// `reason`, as a stand-in that fails to compile where it is called, with that reason.
pub fn stand_in(item: &ItemFn, sig: &Signature, generated: &Ident, reason: &str) -> TokenStream {
    let name = &item.sig.ident;
    if item.sig.inputs.is_empty() {
        return TokenStream::new();
    }
    let span = name.span();
    let trait_name = format_ident!("__grad_no_{}", naming::stem(generated), span = span);
    let message = format!("`{name}` has no `{generated}`: it does not run at dual numbers");
    let label = format!("`{generated}` called here");
    let note = format!(
        "`{name}` does not run at dual numbers because of {reason}; `GRAD_DEBUG=1` while compiling prints the plan of `f_jvp` and `f_hvp`"
    );
    // The function's parameters, then a tangent (or direction) for each differentiated one.
    let arity = item.sig.inputs.len() + sig.differentiated().count();
    let vis = &item.vis;
    let stand_in = failing_fn(vis, generated, None, arity, &quote!(#trait_name));
    quote! {
        #[doc(hidden)]
        #[allow(non_camel_case_types)]
        #[diagnostic::on_unimplemented(message = #message, label = #label, note = #note)]
        #vis trait #trait_name {}
        #stand_in
    }
}

/// `fn name<T0, .., R>(receiver, _: T0, ..) -> R where T0: bound { unreachable!() }`: a function
/// any call of which (with at least one argument) fails with `bound`'s message, since no type
/// meets it; hidden. Nothing when it would take no argument to bind.
pub(super) fn failing_fn(
    vis: &syn::Visibility,
    name: &Ident,
    receiver: Option<&syn::FnArg>,
    arity: usize,
    bound: &TokenStream,
) -> TokenStream {
    if arity == 0 {
        return TokenStream::new();
    }
    let receiver = receiver.map(|receiver| quote!(#receiver,));
    let types: Vec<Ident> = (0..arity)
        .map(|index| format_ident!("T{}", index, span = Span::mixed_site()))
        .collect();
    let first = &types[0];
    let lints = allow_lints();
    quote! {
        #[doc(hidden)]
        #lints
        #vis fn #name<#(#types,)* R>(#receiver #(_: #types),*) -> R where #first: #bound {
            ::core::unreachable!()
        }
    }
}

/// The stand-in of a method's (or associated function's) `m_hvp`: its receiver as
/// written, then one type parameter per argument, the first bound by
/// `grad::__private::HvpAtDual`, which no type meets (its message names `_hvp`; a method's
/// missing `_jvp` has no stand-in).
pub fn method_hvp_stand_in(item: &ItemFn, sig: &Signature, generated: &Ident) -> TokenStream {
    let receiver = match item.sig.inputs.first() {
        Some(receiver @ syn::FnArg::Receiver(_)) => Some(receiver),
        _ => None,
    };
    let others = item.sig.inputs.len() - usize::from(receiver.is_some());
    let arity = others + sig.differentiated().count();
    let bound = quote!(::grad::__private::HvpAtDual);
    failing_fn(&item.vis, generated, receiver, arity, &bound)
}
