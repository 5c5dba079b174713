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
//! and cannot be taken row by row. Free functions only: an item of an `impl` block would need
//! its receiver, and its callers already get `MethodAtDual`'s message.

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote};
use syn::{Ident, ItemFn};

use super::allow_lints;
use crate::naming;
use crate::sig::Signature;

/// `generated` (`f_hvp` or `f_jvp`), which `f` does not get because of `reason`, as a stand-in
/// that fails to compile where it is called, with that reason.
pub fn stand_in(item: &ItemFn, sig: &Signature, generated: &Ident, reason: &str) -> TokenStream {
    let name = &item.sig.ident;
    if sig.in_impl || item.sig.inputs.is_empty() {
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
    let types: Vec<Ident> = (0..arity)
        .map(|index| format_ident!("T{}", index, span = Span::mixed_site()))
        .collect();
    let first = &types[0];
    let vis = &item.vis;
    let lints = allow_lints();
    let doc = format!("`{name}` has no `{generated}`: it does not run at dual numbers ({reason}).");
    quote! {
        #[doc(hidden)]
        #[allow(non_camel_case_types)]
        #[diagnostic::on_unimplemented(message = #message, label = #label, note = #note)]
        #vis trait #trait_name {}
        #[doc = #doc]
        #lints
        #vis fn #generated<#(#types,)* R>(#(_: #types),*) -> R where #first: #trait_name {
            ::core::unreachable!()
        }
    }
}
