//! Patterns: every kind syn 2 parses (`syn::Pat` but `Verbatim`): identifiers with `ref`, `mut`
//! and `@` subpatterns, `_`, `..`, literals, ranges, references, tuples, tuple structs,
//! structs, slices, or-patterns, parentheses, paths, `const` blocks, macros, typed patterns.

use proptest::prelude::*;
use syn::Pat;

use crate::names::{ident, lit, simple_path};
use crate::ty::ty;

/// `p` inside a slice, tuple or struct pattern: a range in parentheses (`[(1..=2), x]`).
fn element(p: Pat) -> Pat {
    match p {
        Pat::Range(_) => syn::parse_quote!((#p)),
        other => other,
    }
}

/// A pattern without `|` at its top (as a parameter's or a `let`'s pattern must be), of at
/// most a few levels.
pub fn pat() -> BoxedStrategy<Pat> {
    thread_local! {
        // Built once (see `ty::ty`).
        static PAT: BoxedStrategy<Pat> = build();
    }
    PAT.with(Clone::clone)
}

fn build() -> BoxedStrategy<Pat> {
    let leaf = prop_oneof![
        6 => (any::<bool>(), any::<bool>(), ident()).prop_map(|(by_ref, mutable, name)| {
            let r = by_ref.then(|| quote::quote!(ref));
            let m = mutable.then(|| quote::quote!(mut));
            syn::parse_quote!(#r #m #name)
        }),
        2 => Just(syn::parse_quote!(_)),
        2 => lit().prop_map(|lit| syn::parse_quote!(#lit)),
        1 => (0u8..50, 50u8..100).prop_map(|(a, b)| syn::parse_quote!(#a..=#b)),
        // A half-open range only in parentheses: `for 5.. in xs` does not parse.
        1 => (0u8..50).prop_map(|a| syn::parse_quote!((#a..))),
        1 => simple_path().prop_map(|path| syn::parse_quote!(#path)),
        1 => Just(syn::parse_quote!(const { 1 + 2 })),
        1 => ident().prop_map(|name| syn::parse_quote!(#name!(x))),
    ];
    crate::levels::levels(leaf.boxed(), 3, 2, |inner| {
        let inner = inner.prop_map(element);
        prop_oneof![
            (ident(), inner.clone()).prop_map(|(name, sub)| syn::parse_quote!(#name @ (#sub))),
            (any::<bool>(), inner.clone()).prop_map(|(mutable, p)| if mutable {
                syn::parse_quote!(&mut (#p))
            } else {
                syn::parse_quote!(&(#p))
            }),
            (prop::collection::vec(inner.clone(), 0..3), any::<bool>()).prop_map(|(ps, rest)| {
                let rest = rest.then(|| quote::quote!(..,));
                syn::parse_quote!((#rest #(#ps,)*))
            }),
            (simple_path(), prop::collection::vec(inner.clone(), 0..3))
                .prop_map(|(path, ps)| syn::parse_quote!(#path(#(#ps),*))),
            (
                simple_path(),
                prop::collection::vec((ident(), inner.clone()), 0..3),
                any::<bool>()
            )
                .prop_map(|(path, fields, rest)| {
                    let fields = fields.iter().map(|(f, p)| quote::quote!(#f: #p));
                    let rest = rest.then(|| quote::quote!(..));
                    syn::parse_quote!(#path { #(#fields,)* #rest })
                }),
            (prop::collection::vec(inner.clone(), 0..3), any::<bool>()).prop_map(|(ps, rest)| {
                let rest = rest.then(|| quote::quote!(..));
                syn::parse_quote!([#(#ps,)* #rest])
            }),
            prop::collection::vec(inner.clone(), 2..4).prop_map(|ps| syn::parse_quote!((#(#ps)|*))),
            inner.clone().prop_map(|p| syn::parse_quote!((#p))),
        ]
        .boxed()
    })
    .boxed()
}

/// `pattern: type`, as a parameter or a `let` binds it.
pub fn typed_pat() -> impl Strategy<Value = syn::PatType> {
    (pat(), ty().prop_map(crate::ty::operand)).prop_map(|(p, t)| syn::parse_quote!(#p: #t))
}
