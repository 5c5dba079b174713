//! The arguments of `#[differentiate(..)]`: valid ones (none, `wrt(a, b)` naming parameters,
//! `checkpoint`, both) and every kind of invalid one (unknown options, `wrt` misused, names that are not
//! parameters, literals, duplicated options, trailing tokens, and arbitrary token trees).

use proc_macro2::{Delimiter, Group, Literal, Punct, Spacing, Span, TokenStream, TokenTree};
use proptest::prelude::*;
use quote::quote;
use syn::Ident;

use crate::names::{ident, lit};

/// Arbitrary tokens: identifiers (raw too), literals, punctuation (joint and alone) and groups
/// of every delimiter, nested.
pub fn tokens() -> BoxedStrategy<TokenStream> {
    let leaf = prop_oneof![
        3 => ident().prop_map(TokenTree::Ident),
        2 => prop_oneof![
            any::<i64>().prop_map(Literal::i64_unsuffixed),
            any::<f64>().prop_filter("finite", |v| v.is_finite()).prop_map(Literal::f64_unsuffixed),
            ".{0,6}".prop_map(|s: String| Literal::string(&s)),
            any::<char>().prop_map(Literal::character),
        ]
        .prop_map(TokenTree::Literal),
        2 => (prop::sample::select("+-*/%^!&|=<>@.,;:#$?~".chars().collect::<Vec<_>>()), any::<bool>())
            .prop_map(|(ch, joint)| {
                let spacing = if joint { Spacing::Joint } else { Spacing::Alone };
                TokenTree::Punct(Punct::new(ch, spacing))
            }),
    ];
    let tree = leaf.prop_recursive(3, 24, 4, |inner| {
        (
            prop::sample::select(vec![
                Delimiter::Parenthesis,
                Delimiter::Bracket,
                Delimiter::Brace,
                Delimiter::None,
            ]),
            prop::collection::vec(inner, 0..4),
        )
            .prop_map(|(delimiter, trees)| {
                TokenTree::Group(Group::new(delimiter, trees.into_iter().collect()))
            })
    });
    prop::collection::vec(tree, 0..6)
        .prop_map(|trees| trees.into_iter().collect())
        .boxed()
}

/// Arguments the macro accepts for a function with `params`: nothing, `wrt` of some of them
/// (with a trailing comma now and then), `checkpoint`, `wrt(..)` and `checkpoint`.
pub fn valid_args(params: Vec<Ident>) -> BoxedStrategy<TokenStream> {
    let names = if params.is_empty() {
        vec![Ident::new("x", Span::call_site())]
    } else {
        params
    };
    // Not empty: `wrt()` is an error, made by `attr_args`.
    let subset = prop::sample::subsequence(names.clone(), 1..=names.len());
    prop_oneof![
        4 => Just(TokenStream::new()),
        5 => subset.clone().prop_map(|names| quote!(wrt(#(#names),*))),
        1 => subset.clone().prop_map(|names| quote!(wrt(#(#names,)*))),
        2 => Just(quote!(checkpoint)),
        2 => subset.prop_map(|names| quote!(wrt(#(#names),*), checkpoint)),
    ]
    .boxed()
}

/// Arguments for a function with `params`: valid ([`valid_args`]) about half the time, invalid
/// otherwise.
pub fn attr_args(params: Vec<Ident>) -> BoxedStrategy<TokenStream> {
    let names = if params.is_empty() {
        vec![Ident::new("x", Span::call_site())]
    } else {
        params.clone()
    };
    let subset = prop::sample::subsequence(names.clone(), 1..=names.len());
    let named = prop::sample::select(names);
    prop_oneof![
        14 => valid_args(params),
        1 => ident().prop_map(|option| quote!(#option)),
        1 => (ident(), tokens()).prop_map(|(option, args)| quote!(#option(#args))),
        1 => Just(quote!(wrt)),
        1 => Just(quote!(wrt())),
        1 => ident().prop_map(|name| quote!(wrt(#name))),
        1 => named.clone().prop_map(|name| quote!(wrt = #name)),
        1 => named.clone().prop_map(|name| quote!(wrt(#name #name))),
        1 => named.clone().prop_map(|name| quote!(wrt(#name, #name))),
        1 => named.clone().prop_map(|name| quote!(wrt((#name)))),
        1 => named.clone().prop_map(|name| quote!(wrt[#name])),
        1 => (subset.clone(), subset).prop_map(|(a, b)| quote!(wrt(#(#a),*), wrt(#(#b),*))),
        1 => Just(quote!(checkpoint, checkpoint)),
        1 => tokens().prop_map(|args| quote!(checkpoint(#args))),
        1 => lit().prop_map(|value| quote!(checkpoint = #value)),
        1 => (named, tokens()).prop_map(|(name, rest)| quote!(wrt(#name) #rest)),
        1 => any::<u32>().prop_map(|k| quote!(wrt(#k))),
        2 => tokens(),
    ]
    .boxed()
}
