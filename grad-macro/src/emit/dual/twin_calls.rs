//! In a copy at dual numbers, the calls of methods of a struct written in the float on a
//! parameter that crosses to the struct's twin, which has none of its methods: they go to the
//! struct's associated functions that take the twin (`emit/companion/twin.rs`), named after the
//! struct the caller's signature names (`plan/dual/twins.rs`).
//!
//! ```text
//! // In the copy of f                      // Rewritten
//! g.log_pdf(x)                             Gaussian::__grad_twin_log_pdf(&g, x)
//! Gaussian::log_pdf(&g, x)                 Gaussian::__grad_twin_log_pdf(&g, x)
//! // In the copy of f_vjp
//! (*g).log_pdf_vjp(x)                      Gaussian::__grad_twin_log_pdf_vjp(&(*g), x)
//! // In a method's own copy (`self` read as `__grad_self`)
//! __grad_self.other(x)                     Self::__grad_twin_other(&__grad_self, x)
//! ```
//!
//! The twin companion takes the twin by reference, whatever the method's receiver: `&g` is a
//! `&&Twin` for `g: &Gaussian`, which the call coerces.

use proc_macro2::{Span, TokenStream};
use quote::ToTokens;
use syn::Expr;

use super::Roots;

/// `expr` rewritten when it is such a call (see the module doc); `None` for any other
/// expression.
pub(super) fn twin_call(roots: &Roots, expr: &Expr) -> Option<Expr> {
    match expr {
        Expr::MethodCall(call) => {
            let names: Vec<String> = roots
                .twin_receivers
                .iter()
                .map(|twin| twin.name.to_string())
                .collect();
            if !crate::plan::is_twin_method(call, &names) {
                return None;
            }
            // The struct's path as the signature wrote it, spanned at the call, so that rustc's
            // errors point at the call alone.
            let span = call.method.span();
            let path = respanned(twin_of(roots, &call.receiver)?, span);
            let name = crate::naming::twin_companion(&call.method);
            let turbofish = &call.turbofish;
            let (receiver, args) = (&call.receiver, &call.args);
            Some(syn::parse_quote_spanned!(span=>
                #path::#name #turbofish(&#receiver, #args)
            ))
        }
        Expr::Call(call) => {
            let Expr::Path(func) = &*call.func else {
                return None;
            };
            // `Gaussian::log_pdf(&g, x)`: the path before the method names the struct whose
            // twin the first argument is (`Self` for the receiver's).
            let struct_path = twin_of(roots, call.args.first()?)?;
            let segments = &func.path.segments;
            let named = segments.len() >= 2
                && segments
                    .iter()
                    .rev()
                    .nth(1)
                    .zip(struct_path.segments.last())
                    .is_some_and(|(named, twin)| named.ident == twin.ident);
            if func.qself.is_some() || !named {
                return None;
            }
            let mut call = call.clone();
            if let Expr::Path(func) = &mut *call.func
                && let Some(last) = func.path.segments.last_mut()
            {
                last.ident = crate::naming::twin_companion(&last.ident);
            }
            Some(Expr::Call(call))
        }
        _ => None,
    }
}

/// The struct whose twin the root of `expr` is (behind `&`, `*` and parentheses,
/// `plan::twin_root`): `g` in `&g` or `(*g)`, `__grad_self`.
fn twin_of<'a>(roots: &'a Roots, expr: &Expr) -> Option<&'a syn::Path> {
    let root = crate::plan::twin_root(expr)?;
    roots
        .twin_receivers
        .iter()
        .find(|twin| twin.name == *root)
        .map(|twin| &twin.path)
}

/// `path` with every token spanned at `span`.
fn respanned(path: &syn::Path, span: Span) -> TokenStream {
    path.to_token_stream()
        .into_iter()
        .map(|mut tree| {
            tree.set_span(span);
            tree
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::TwinRoot;

    fn rewritten(expr: Expr) -> String {
        let roots = Roots {
            places: Vec::new(),
            structs: Vec::new(),
            twins: Vec::new(),
            twin_receivers: vec![
                TwinRoot {
                    name: syn::parse_quote!(g),
                    path: syn::parse_quote!(geo::Gaussian),
                },
                TwinRoot {
                    name: syn::parse_quote!(__grad_self),
                    path: syn::parse_quote!(Self),
                },
            ],
        };
        match twin_call(&roots, &expr) {
            Some(call) => call.to_token_stream().to_string(),
            None => String::new(),
        }
    }

    #[test]
    fn methods_on_a_twin_go_to_the_structs_functions() {
        assert_eq!(
            rewritten(syn::parse_quote!(g.log_pdf(x))),
            "geo :: Gaussian :: __grad_twin_log_pdf (& g , x)"
        );
        assert_eq!(
            rewritten(syn::parse_quote!((*g).log_pdf_vjp(x))),
            "geo :: Gaussian :: __grad_twin_log_pdf_vjp (& (* g) , x)"
        );
        assert_eq!(
            rewritten(syn::parse_quote!(Gaussian::log_pdf(&g, x))),
            "Gaussian :: __grad_twin_log_pdf (& g , x)"
        );
        assert_eq!(
            rewritten(syn::parse_quote!(__grad_self.other(x))),
            "Self :: __grad_twin_other (& __grad_self , x)"
        );
        // Not the struct's: `Clone`'s, queries, a library path, a local, another struct's path.
        for expr in [
            syn::parse_quote!(g.clone()),
            syn::parse_quote!(g.len()),
            syn::parse_quote!(::grad::__private::Differentiable::tangent_shape(&g)),
            syn::parse_quote!(h.log_pdf(x)),
            syn::parse_quote!(Line::eval(&g, x)),
        ] {
            assert_eq!(rewritten(expr), "");
        }
    }
}
