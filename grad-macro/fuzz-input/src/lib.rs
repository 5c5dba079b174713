//! Random but syntactically valid Rust function items, and random arguments for
//! `#[differentiate(..)]`, for fuzzing the macro in process (issue #13).
//!
//! The inputs are [`proptest`] strategies that build [`syn`] syntax trees from a grammar of
//! Rust: every kind of expression, statement, pattern and type syn 2 has (but `Verbatim`),
//! identifiers plain, unicode (`δx`) and raw (`r#type`), attributes (outer, inner, on
//! parameters, statements, fields and match arms), generics of every kind with `where`
//! clauses, and items of every kind nested in bodies. Every item printed with `quote` parses back
//! with syn to the same tokens (the crate's tests check thousands).
//!
//! proptest rather than `arbitrary`: the fuzzing runs inside `cargo test` on stable Rust, where
//! proptest's runner gives the case count (`PROPTEST_CASES=10000` for the long run), shrinks a
//! failing input to a small one, and keeps every input that ever failed in a
//! `proptest-regressions` file that later runs try first. `arbitrary` serves coverage-guided
//! fuzzers (`cargo fuzz`, nightly), and has no shrinking of its own.
//!
//! ```
//! use grad_fuzz_input::{Case, case};
//! use proptest::prelude::*;
//!
//! proptest!(ProptestConfig::with_cases(8), |(case in case())| {
//!     // `case.args` and `case.item_tokens()` go to the macro's expansion function; its output
//!     // must parse as items, whatever the input.
//!     let reparsed: syn::ItemFn = syn::parse2(case.item_tokens()).unwrap();
//!     prop_assert_eq!(quote::quote!(#reparsed).to_string(), case.item_tokens().to_string());
//! });
//! ```

mod args;
mod attr;
mod expr;
mod float;
mod item;
mod levels;
mod names;
mod pat;
mod ty;

use std::fmt;

use proc_macro2::TokenStream;
use proptest::prelude::*;
use quote::ToTokens;
use syn::{FnArg, Ident, ItemFn, Pat};

pub use args::{attr_args, tokens, valid_args};
pub use expr::{block, expr, stmt};
pub use float::float_fn;
pub use item::{any_fn, generics};
pub use names::{ident, lifetime, lit, simple_path};
pub use pat::pat;
pub use ty::ty;

/// A function item: one of any syntax ([`any_fn`]) or one that looks differentiable
/// ([`float_fn`]), half and half.
pub fn item_fn() -> BoxedStrategy<ItemFn> {
    prop_oneof![any_fn(), float_fn()].boxed()
}

/// An input of the macro: the attribute's arguments and the item it is put on.
#[derive(Clone)]
pub struct Case {
    /// The tokens inside `#[differentiate(..)]` (empty for a bare `#[differentiate]`).
    pub args: TokenStream,
    /// The function item.
    pub item: ItemFn,
}

impl Case {
    /// The item's tokens, as the macro receives them.
    pub fn item_tokens(&self) -> TokenStream {
        self.item.to_token_stream()
    }
}

/// Shows the input as source, which is what a failing case needs to be read and kept.
impl fmt::Debug for Case {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#[differentiate({})] {}", self.args, self.item_tokens())
    }
}

/// The names a function's parameters bind (the identifiers of identifier patterns, and
/// `self`), which valid `wrt(..)` arguments name.
pub fn param_names(item: &ItemFn) -> Vec<Ident> {
    item.sig
        .inputs
        .iter()
        .filter_map(|input| match input {
            FnArg::Typed(typed) => match &*typed.pat {
                Pat::Ident(binding) => Some(binding.ident.clone()),
                _ => None,
            },
            FnArg::Receiver(receiver) => Some(Ident::new("self", receiver.self_token.span)),
        })
        .collect()
}

/// A macro input: a function item ([`item_fn`]) and arguments for it ([`attr_args`]), valid
/// ones naming its parameters about half the time.
pub fn case() -> BoxedStrategy<Case> {
    item_fn()
        .prop_flat_map(|item| {
            let args = attr_args(param_names(&item));
            (Just(item), args)
        })
        .prop_map(|(item, args)| Case { args, item })
        .boxed()
}

/// A macro input that reaches the generated code most of the time: a function that looks
/// differentiable ([`float_fn`]) with arguments the macro accepts ([`valid_args`]).
pub fn differentiable_case() -> BoxedStrategy<Case> {
    float_fn()
        .prop_flat_map(|item| {
            let args = valid_args(param_names(&item));
            (Just(item), args)
        })
        .prop_map(|(item, args)| Case { args, item })
        .boxed()
}
