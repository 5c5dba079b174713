//! `grad::dual_companions!`: the companions at dual numbers of a function with a hand-written
//! rule, declared by the user (`#[differentiate]` writes them for the functions it marks; see
//! `emit/companion.rs`).
//!
//! ```text
//! grad::dual_companions!(pub g);                  // g and g_vjp are generic over A: Scalar
//! grad::dual_companions!(g => g_dual, g_vjp_dual); // these are g and g_vjp at Dual<f64>
//! ```
//!
//! Both import functions under the companions' names, `__grad_dual_g` and `__grad_dual_g_vjp`,
//! with the visibility given.

use proc_macro2::TokenStream;
use quote::quote;
use syn::parse::{Parse, ParseStream};
use syn::{Ident, Path, Token, Visibility};

use crate::naming;

/// The macro's input: `vis g` or `vis g => at_dual, vjp_at_dual`.
struct Companions {
    vis: Visibility,
    name: Ident,
    /// The functions that run `g` and `g_vjp` at dual numbers, when they are not `g` and
    /// `g_vjp` themselves.
    at_dual: Option<(Path, Path)>,
}

impl Parse for Companions {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let vis = input.parse()?;
        let name = input.parse()?;
        let at_dual = if input.peek(Token![=>]) {
            input.parse::<Token![=>]>()?;
            let forward = input.parse()?;
            input.parse::<Token![,]>()?;
            let reverse = input.parse()?;
            input.parse::<Option<Token![,]>>()?;
            Some((forward, reverse))
        } else {
            input.parse::<Option<Token![,]>>()?;
            None
        };
        Ok(Self { vis, name, at_dual })
    }
}

/// The two imports, or the parse error with the forms the macro takes.
pub fn expand(input: TokenStream) -> TokenStream {
    let Companions { vis, name, at_dual } = match syn::parse2(input) {
        Ok(companions) => companions,
        Err(error) => {
            let message = format!(
                "{error}; expected `dual_companions!(g)` (`g` and `g_vjp` are generic over `A: Scalar`) or `dual_companions!(g => g_at_dual, g_vjp_at_dual)`"
            );
            return syn::Error::new(error.span(), message).to_compile_error();
        }
    };
    let vjp = naming::vjp_fn(&name);
    let (forward, reverse) = match at_dual {
        Some((forward, reverse)) => (quote!(#forward), quote!(#reverse)),
        None => (quote!(#name), quote!(#vjp)),
    };
    let companion = naming::dual_companion(&name);
    let vjp_companion = naming::dual_companion(&vjp);
    quote! {
        #[doc(hidden)]
        #[allow(unused_imports)]
        #vis use #forward as #companion;
        #[doc(hidden)]
        #[allow(unused_imports)]
        #vis use #reverse as #vjp_companion;
    }
}
