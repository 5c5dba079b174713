//! A method of a struct written in `f64` (or `f32`) whose receiver is differentiated, at dual
//! numbers: the twin `derive(Tangent)` writes for the struct (`tangent/twin.rs`) has the
//! struct's fields at dual numbers and none of its methods, and an attribute on a method can
//! only write items of its block, so the method runs there as associated functions that take
//! the twin in place of `self`:
//!
//! - `__grad_twin_m(__grad_self: &<Self as LiftDual>::Dual, ..)`: the method's body after
//!   `type f64 = Dual<f64>;`, `self` read as `__grad_self` (cloned first for a receiver by value,
//!   which the body may move out of), `Self` as a type read as the twin;
//! - `__grad_twin_m_vjp(..)`: the same of the printed `m_vjp`, whose pullback gives the twin's
//!   cotangent (the twin is a `Tangent` too), for `m_hvp` and the copies of callers' `f_vjp`.
//!
//! `m_jvp` and `m_hvp` lift the receiver to the twin and call them; a caller marked `dual_calls`
//! whose copy at dual numbers calls the method on a parameter that crosses to the twin calls them
//! too (`Gaussian::__grad_twin_m(&g, x)`, `emit/dual/twin_calls.rs`), and so does the method's
//! own copy for `self.other(x)`. With grad's feature `dual-calls`, `__grad_dual_m` and
//! `__grad_dual_m_vjp` forward to them from a receiver that is data to the caller, lifted as a
//! constant.
//!
//! ```text
//! // Input                                     // Output, items of the block (abridged)
//! #[grad::differentiate]                       fn __grad_twin_log_pdf(
//! fn log_pdf(&self, x: f64) -> f64 {               __grad_self: &<Self as LiftDual>::Dual,
//!     let sigma = self.log_sigma.exp();            x: Dual<f64>,
//!     let z = (x - self.mu) / sigma;           ) -> Dual<f64> {
//!     -0.5 * z * z - self.log_sigma ..             type f64 = Dual<f64>;
//! }                                                let sigma = __grad_self.log_sigma.exp(); ..
//!                                              }
//!                                              fn __grad_twin_log_pdf_vjp(..) -> (Dual<f64>,
//!                                                  impl FnOnce(Dual<f64>) -> (<Self as LiftDual>::Dual, Dual<f64>)) { .. }
//!                                              fn log_pdf_jvp(&self, x: f64, self_dot: &Self, x_dot: f64) -> (f64, f64) {
//!                                                  let __grad_self = LiftDual::lift_dual(self, self_dot);
//!                                                  let x = lift_float(x, x_dot);
//!                                                  split_float(Self::__grad_twin_log_pdf(&__grad_self, x))
//!                                              }
//! ```

use proc_macro2::TokenStream;
use quote::quote;
use syn::visit_mut::{self, VisitMut};
use syn::{Expr, FnArg, Ident, ItemFn, ReturnType, Type};

use super::super::dual;
use crate::naming;
use crate::plan::{Crossing, Form, World};
use crate::sig::Signature;

/// The twin's type, as the block names it.
fn twin_type() -> Type {
    syn::parse_quote!(<Self as ::grad::__private::LiftDual>::Dual)
}

/// The companions of the method `item`, whose printed `m_vjp` is `vjp`; with `forwarders`
/// (grad's feature `dual-calls`), `__grad_dual_m` and `__grad_dual_m_vjp` too.
pub(super) fn print(
    (item, vjp): (&ItemFn, &ItemFn),
    sig: &Signature,
    float: &Ident,
    params: &[Crossing],
    companions: &[String],
    forwarders: bool,
) -> TokenStream {
    let world = World::Alias(float.clone());
    let roots = dual::Roots::of(sig, &world, params);
    let copy = |f: &ItemFn| at_twin(f, &item.vis, (&world, float), companions, &roots);
    let (forward, reverse) = (copy(item), copy(vjp));
    let forwarders = forwarders.then(|| {
        let twins = (float, &roots.twins[..]);
        let forward = forwarder((item, &item.vis), (sig, params), twins, None);
        let reverse = forwarder((vjp, &item.vis), (sig, params), twins, Some(&reverse.1));
        quote!(#forward #reverse)
    });
    let (forward, reverse) = (forward.0, reverse.0);
    quote!(#forward #reverse #forwarders)
}

/// `f` (the method or its printed `m_vjp`) as `__grad_twin_f`: its receiver the twin, by
/// reference, and every `float` read as `Dual<float>` (`dual::rewritten`); with the output
/// type it declares.
fn at_twin(
    f: &ItemFn,
    vis: &syn::Visibility,
    (world, float): (&World, &Ident),
    companions: &[String],
    roots: &dual::Roots,
) -> (TokenStream, Type) {
    let receiver = dual::receiver_twin();
    let twin = twin_type();
    let mut companion = f.clone();
    companion.sig.ident = naming::twin_companion(&f.sig.ident);
    let mut by_value = None;
    for input in &mut companion.sig.inputs {
        match input {
            FnArg::Receiver(self_param) => {
                if self_param.reference.is_none() {
                    by_value = Some(self_param.mutability);
                }
                *input = syn::parse_quote!(#receiver: &#twin);
            }
            FnArg::Typed(typed) => {
                *typed.ty = dual::at_dual(&typed.ty, float);
                SelfAsTwin.visit_type_mut(&mut typed.ty);
            }
        }
    }
    if let ReturnType::Type(_, ty) = &mut companion.sig.output {
        **ty = dual::at_dual(ty, float);
        SelfAsTwin.visit_type_mut(ty);
    }
    let output = match &companion.sig.output {
        ReturnType::Type(_, ty) => (**ty).clone(),
        ReturnType::Default => syn::parse_quote!(()),
    };
    companion.vis = vis.clone();
    companion.attrs = Vec::new();
    let mut block = (*f.block).clone();
    SelfAsTwin.visit_block_mut(&mut block);
    // A receiver by value may be moved out of: the body owns a clone of the twin.
    let owned = by_value.map(
        |mutability| quote!(let #mutability #receiver = ::core::clone::Clone::clone(#receiver);),
    );
    let alias = dual::alias(float);
    let stmts = &block.stmts;
    companion.block = syn::parse_quote!({ #alias #owned #(#stmts)* });
    let rewritten = dual::rewritten(world, quote!(#companion), companions, roots);
    let lints = super::super::allow_lints();
    let doc = format!(
        "`{}` at dual numbers with its receiver the struct's twin, `<Self as LiftDual>::Dual`, for its own forward mode and second order and for callers marked `dual_calls` that differentiate the struct; generated by `#[grad::differentiate]`.",
        f.sig.ident
    );
    let attrs = quote! {
        #[doc = #doc]
        #[doc(hidden)]
        #lints
        #[inline]
    };
    (quote!(#attrs #rewritten), output)
}

/// `__grad_dual_f(&self, ..)`: `f` (the method, or its `m_vjp`) at dual numbers from a receiver
/// that is data to the caller (and parameters of type `Self`), lifted to the twin as constants,
/// forwarded to `__grad_twin_f`; `output` is the latter's result type (`None` for the method,
/// whose result is written in the float). The other struct types in `twins` are read as their
/// twins, as in `__grad_twin_f`.
fn forwarder(
    (f, vis): (&ItemFn, &syn::Visibility),
    (sig, params): (&Signature, &[Crossing]),
    (float, twins): (&Ident, &[Type]),
    output: Option<&Type>,
) -> TokenStream {
    let at_dual = |ty: &Type| dual::at_twins(&dual::at_dual(ty, float), twins);
    let mut forwarder = f.sig.clone();
    forwarder.ident = naming::dual_companion(&f.sig.ident);
    for input in &mut forwarder.inputs {
        if let FnArg::Typed(typed) = input {
            *typed.ty = at_dual(&typed.ty);
        }
    }
    forwarder.output = match (output, &f.sig.output) {
        (Some(output), _) => {
            let output = dual::at_twins(output, twins);
            syn::parse_quote!(-> #output)
        }
        (None, ReturnType::Type(arrow, ty)) => {
            let ty = at_dual(ty);
            syn::parse_quote!(#arrow #ty)
        }
        (None, ReturnType::Default) => ReturnType::Default,
    };
    let lift = quote!(<Self as ::grad::__private::LiftDual>::lift_dual_constant);
    let args = sig.params.iter().zip(params).map(|(param, crossing)| {
        let ident = &param.ident;
        let of_self = ident == "self" || crate::plan::is_self_type(&param.ty);
        match crossing {
            // Another struct's twin (`s: &Spring`) is taken as it is, as by `__grad_twin_f`.
            Crossing::Lifted {
                form: Form::Struct,
                by_ref,
            } if of_self => {
                let value = if *by_ref {
                    quote!(#ident)
                } else {
                    quote!(&#ident)
                };
                // The receiver is passed by reference whatever it is written as.
                if *by_ref || ident == "self" {
                    quote!(&#lift(#value))
                } else {
                    quote!(#lift(#value))
                }
            }
            _ => quote!(#ident),
        }
    });
    let twin = naming::twin_companion(&f.sig.ident);
    let lints = super::super::allow_lints();
    let doc = format!(
        "`{}` at dual numbers with its receiver a constant, for callers marked `dual_calls` to which it is data; generated by `#[grad::differentiate]`.",
        f.sig.ident
    );
    quote! {
        #[doc = #doc]
        #[doc(hidden)]
        #lints
        #[inline]
        #vis #forwarder {
            Self::#twin(#(#args),*)
        }
    }
}

/// In a copy of a method whose receiver crosses to its twin: `self` read as the twin
/// (`__grad_self`), `Self` as a type read as `<Self as LiftDual>::Dual`. Nested items (the
/// fallback traits of a printed `m_vjp`, whose `self` and `Self` are their own) are left as
/// they are; `Self::m(..)` still names the block's associated functions.
struct SelfAsTwin;

impl VisitMut for SelfAsTwin {
    fn visit_item_mut(&mut self, _: &mut syn::Item) {}

    fn visit_type_mut(&mut self, ty: &mut Type) {
        if let Type::Path(path) = ty
            && path.qself.is_none()
            && path.path.is_ident("Self")
        {
            *ty = twin_type();
            return;
        }
        visit_mut::visit_type_mut(self, ty);
    }

    fn visit_expr_mut(&mut self, expr: &mut Expr) {
        if let Expr::Path(path) = expr
            && path.qself.is_none()
            && path.path.is_ident("self")
        {
            let span = path.path.segments[0].ident.span();
            let receiver = dual::receiver_twin();
            *expr = syn::parse_quote_spanned!(span=> #receiver);
            return;
        }
        visit_mut::visit_expr_mut(self, expr);
    }

    fn visit_macro_mut(&mut self, mac: &mut syn::Macro) {
        mac.tokens = receiver_in_tokens(mac.tokens.clone());
    }
}

/// `self` as the twin in a macro's tokens (`assert!(self.k > 0.0)`), but for a path
/// `self::item`.
fn receiver_in_tokens(tokens: TokenStream) -> TokenStream {
    use proc_macro2::TokenTree;
    let trees: Vec<TokenTree> = tokens.into_iter().collect();
    let mut output = Vec::with_capacity(trees.len());
    for (index, tree) in trees.iter().enumerate() {
        let path =
            matches!(trees.get(index + 1), Some(TokenTree::Punct(punct)) if punct.as_char() == ':');
        output.push(match tree {
            TokenTree::Ident(ident) if ident == "self" && !path => {
                let mut receiver = dual::receiver_twin();
                receiver.set_span(ident.span());
                TokenTree::Ident(receiver)
            }
            TokenTree::Group(group) => {
                let mut inner =
                    proc_macro2::Group::new(group.delimiter(), receiver_in_tokens(group.stream()));
                inner.set_span(group.span());
                TokenTree::Group(inner)
            }
            other => other.clone(),
        });
    }
    output.into_iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn self_is_the_twin_but_in_nested_items() {
        let mut block: syn::Block = syn::parse_quote!({
            let other: &Self = self;
            assert!(self.k > 0.0, "{}", self::NAME);
            trait Fallback {
                fn f(&self) -> Self;
            }
            Self::helper(self.k)
        });
        SelfAsTwin.visit_block_mut(&mut block);
        let printed = quote!(#block).to_string();
        assert!(
            printed.contains(
                "let other : & < Self as :: grad :: __private :: LiftDual > :: Dual = __grad_self ;"
            ),
            "{printed}"
        );
        assert!(printed.contains("__grad_self . k > 0.0"), "{printed}");
        assert!(printed.contains("self :: NAME"), "{printed}");
        assert!(printed.contains("fn f (& self) -> Self ;"), "{printed}");
        assert!(
            printed.contains("Self :: helper (__grad_self . k)"),
            "{printed}"
        );
    }
}
