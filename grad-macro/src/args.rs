//! The attribute's arguments: `#[differentiate]`, `#[differentiate(wrt(a, b))]`,
//! `#[differentiate(checkpoint)]`, `#[differentiate(boxed)]`, `#[differentiate(dual_calls)]`,
//! `#[differentiate(pure(f, g))]`, or several.

use syn::ext::IdentExt;
use syn::parse::{Parse, ParseStream};
use syn::punctuated::Punctuated;
use syn::{Ident, Token, parenthesized};

use crate::ctxt::Ctxt;

/// The keyword naming the differentiated parameters.
pub const WRT: &str = "wrt";

/// The keyword asking for checkpointed loops.
pub const CHECKPOINT: &str = "checkpoint";

/// The keyword asking for a boxed pullback (for mutual recursion).
pub const BOXED: &str = "boxed";

/// The keyword routing the function's calls of other functions, in `f_jvp` and `f_hvp`, through
/// their companions at dual numbers.
pub const DUAL_CALLS: &str = "dual_calls";

/// The keyword declaring functions the body calls to be pure: the same arguments give the same
/// result, and a call changes nothing else.
pub const PURE: &str = "pure";

/// What the user asked for in the attribute.
#[derive(Debug, Default)]
pub struct Args {
    /// `wrt(a, b)`: exactly these parameters are differentiated. `None`: the default choice
    /// (every parameter of real-valued type).
    pub wrt: Option<Vec<Ident>>,
    /// The `wrt` keyword itself, for errors about the option as a whole.
    pub wrt_key: Option<Ident>,
    /// `checkpoint`: the function's outermost loops keep a checkpoint of their state every
    /// `√n` iterations instead of a record of every iteration, and recompute each segment in
    /// the reverse sweep (the keyword, for errors).
    pub checkpoint: Option<Ident>,
    /// `boxed`: the pullback is a `Box<dyn FnOnce>`, a type that contains no other pullback's,
    /// so that functions calling each other (`even` calls `odd` calls `even`) have pullback
    /// types that do not contain each other (the keyword, for errors).
    pub boxed: Option<Ident>,
    /// `dual_calls`: `f_jvp` and `f_hvp` run the function at dual numbers even where its body
    /// calls other functions by name (`g(x)`, `helpers::g(x)`): the copy calls `g`'s companions
    /// at dual numbers, `__grad_dual_g` and `__grad_dual_g_vjp`, which `#[differentiate]` on
    /// `g` writes (or `grad::dual_companions!` declares for a hand-written rule). Without it
    /// such a body is not run at dual numbers, since `g` may have no companions (the keyword,
    /// for errors).
    pub dual_calls: Option<Ident>,
    /// `pure(f, g)`: the functions `f` and `g`, called by those plain names, are pure (the same
    /// arguments give the same result, and a call changes nothing else). The reverse sweep may
    /// then call them again on integer arguments it computes again, instead of keeping their
    /// results: an index `q[c * s + tri(d, r, col)]` costs no record. The macro cannot see a
    /// callee's body, so it never assumes this by itself.
    pub pure: Vec<Ident>,
}

/// One `key(...)`, `key = value` or `key` option, kept raw so that unknown keys can be reported
/// one by one.
struct RawOption {
    key: Ident,
    names: Option<Punctuated<Ident, Token![,]>>,
}

impl Parse for RawOption {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let key: Ident = input.parse()?;
        let names = if input.peek(syn::token::Paren) {
            let content;
            parenthesized!(content in input);
            // `Ident::parse_any`: `wrt(self, x)` names the receiver.
            Some(content.parse_terminated(Ident::parse_any, Token![,])?)
        } else {
            None
        };
        if input.peek(Token![=]) {
            // `key = value`: parsed only so that the key can be reported as unknown.
            input.parse::<Token![=]>()?;
            input.parse::<syn::Expr>()?;
        }
        Ok(Self { key, names })
    }
}

impl Args {
    /// Parses the attribute's token stream, reporting every problem into `cx`.
    pub fn from_tokens(cx: &Ctxt, tokens: proc_macro2::TokenStream) -> Self {
        let parser = Punctuated::<RawOption, Token![,]>::parse_terminated;
        let options = match syn::parse::Parser::parse2(parser, tokens) {
            Ok(options) => options,
            Err(error) => {
                cx.error_at(
                    error.span(),
                    format!(
                        "{error}; expected `#[differentiate]` or `#[differentiate(wrt(a, b))]`"
                    ),
                );
                return Self::default();
            }
        };
        let mut args = Self::default();
        for option in options {
            if option.key == CHECKPOINT && option.names.is_none() {
                if args.checkpoint.is_some() {
                    cx.error_spanned_by(&option.key, "`checkpoint` is given twice");
                }
                args.checkpoint = Some(option.key);
                continue;
            }
            if option.key == BOXED && option.names.is_none() {
                if args.boxed.is_some() {
                    cx.error_spanned_by(&option.key, "`boxed` is given twice");
                }
                args.boxed = Some(option.key);
                continue;
            }
            if option.key == DUAL_CALLS && option.names.is_none() {
                if args.dual_calls.is_some() {
                    cx.error_spanned_by(&option.key, "`dual_calls` is given twice");
                }
                if !cfg!(feature = "dual-calls") {
                    cx.error_spanned_by(
                        &option.key,
                        "`dual_calls` needs grad's feature `dual-calls` (on by default), with which the functions it calls write their companions at dual numbers",
                    );
                }
                args.dual_calls = Some(option.key);
                continue;
            }
            if option.key == PURE {
                match option.names {
                    Some(names) if !names.is_empty() => args.pure.extend(names),
                    _ => cx.error_spanned_by(
                        &option.key,
                        "`pure` needs the pure functions' names in parentheses, as in `pure(f, g)`",
                    ),
                }
                continue;
            }
            if option.key != WRT {
                cx.error_spanned_by(
                    &option.key,
                    format!(
                        "unknown option `{}`; the options are `wrt(..)`, naming the parameters to differentiate, `checkpoint`, for long loops, `boxed`, for functions that call each other, `dual_calls`, for forward mode through the functions this one calls, and `pure(..)`, naming functions that the reverse sweep may call again",
                        option.key
                    ),
                );
                continue;
            }
            let Some(names) = option.names else {
                cx.error_spanned_by(
                    &option.key,
                    "`wrt` needs the parameters to differentiate in parentheses, as in `wrt(a, b)`",
                );
                continue;
            };
            if args.wrt.is_some() {
                cx.error_spanned_by(
                    &option.key,
                    "`wrt` is given twice; name all differentiated parameters in one `wrt(..)`",
                );
                continue;
            }
            args.wrt = Some(names.into_iter().collect());
            args.wrt_key = Some(option.key);
        }
        args
    }
}
