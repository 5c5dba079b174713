//! Function items: attributes, visibility, qualifiers (`const`, `async`, `unsafe`,
//! `extern "C"`), generics with every kind of parameter and a `where` clause, parameters of
//! any pattern and type (receivers too), a return type, and a body of any statements.

use proptest::prelude::*;
use quote::quote;
use syn::{Expr, FnArg, Generics, Item, ItemFn};

use crate::attr::{outer_attrs, vis};
use crate::expr::{block, expr, simple_block};
use crate::names::{ident, lifetime};
use crate::pat::typed_pat;
use crate::ty::{bound, ty};

/// Generics: lifetimes with bounds, type parameters with bounds and defaults, const
/// parameters with defaults, and a `where` clause.
pub fn generics() -> impl Strategy<Value = Generics> {
    let lifetimes = prop::collection::vec((lifetime(), proptest::option::of(lifetime())), 0..2)
        .prop_map(|ls| {
            ls.into_iter()
                .filter(|(l, _)| l.ident != "static" && l.ident != "_")
                .map(|(l, b)| match b.filter(|b| b.ident != "_") {
                    Some(b) => quote!(#l: #b),
                    None => quote!(#l),
                })
                .collect::<Vec<_>>()
        });
    let types = prop::collection::vec(
        (
            ident(),
            prop::collection::vec(bound(ty()), 0..2),
            proptest::option::of(ty()),
        ),
        0..3,
    )
    .prop_map(|ts| {
        ts.iter()
            .map(|(name, bounds, default)| {
                let colon = (!bounds.is_empty()).then(|| quote!(:));
                let default = default.as_ref().map(|d| quote!(= #d));
                quote!(#name #colon #(#bounds)+* #default)
            })
            .collect::<Vec<_>>()
    });
    let consts =
        prop::collection::vec((ident(), proptest::option::of(0usize..9)), 0..2).prop_map(|cs| {
            cs.iter()
                .map(|(name, default)| {
                    let default = default.map(|d| quote!(= #d));
                    quote!(const #name: usize #default)
                })
                .collect::<Vec<_>>()
        });
    let predicates = prop::collection::vec((ty(), prop::collection::vec(bound(ty()), 1..3)), 0..2);
    (lifetimes, types, consts, predicates).prop_map(|(ls, ts, cs, ps)| {
        let params = ls.iter().chain(&ts).chain(&cs);
        let predicates = ps.iter().map(|(t, bounds)| quote!(#t: #(#bounds)+*));
        let mut generics = if ls.is_empty() && ts.is_empty() && cs.is_empty() {
            Generics::default()
        } else {
            syn::parse_quote!(<#(#params),*>)
        };
        if !ps.is_empty() {
            generics.where_clause = Some(syn::parse_quote!(where #(#predicates),*));
        }
        generics
    })
}

/// A parameter: a typed pattern with attributes, or a receiver (`self`, `&'a mut self`,
/// `self: Box<Self>`).
fn param() -> impl Strategy<Value = FnArg> {
    prop_oneof![
        6 => (outer_attrs(), typed_pat()).prop_map(|(attrs, p)| syn::parse_quote!(#(#attrs)* #p)),
        1 => prop::sample::select(vec!["self", "mut self", "&self", "&'a mut self", "self: Box<Self>"])
            .prop_map(|text| syn::parse_str(text).expect("a receiver")),
    ]
}

/// The parameters: at most one receiver, first.
fn params() -> impl Strategy<Value = Vec<FnArg>> {
    prop::collection::vec(param(), 0..4).prop_map(|params| {
        let mut receiver_seen = false;
        let mut kept: Vec<FnArg> = params
            .into_iter()
            .filter(|p| match p {
                FnArg::Receiver(_) if receiver_seen => false,
                FnArg::Receiver(_) => {
                    receiver_seen = true;
                    true
                }
                FnArg::Typed(_) => true,
            })
            .collect();
        kept.sort_by_key(|p| matches!(p, FnArg::Typed(_)));
        kept
    })
}

/// Qualifiers before `fn`: any of `const`, `async`, `unsafe`, `extern "C"`, in Rust's order.
fn qualifiers() -> impl Strategy<Value = proc_macro2::TokenStream> {
    (any::<bool>(), any::<bool>(), any::<bool>(), 0usize..3).prop_map(|(c, a, u, abi)| {
        let c = c.then(|| quote!(const));
        let a = a.then(|| quote!(async));
        let u = u.then(|| quote!(unsafe));
        let abi = match abi {
            0 => quote!(),
            1 => quote!(extern "C"),
            _ => quote!(extern),
        };
        quote!(#c #a #u #abi)
    })
}

/// A function item with `body`, perhaps with inner attributes.
fn function(body: BoxedStrategy<syn::Block>) -> impl Strategy<Value = ItemFn> {
    (
        outer_attrs(),
        vis(),
        qualifiers(),
        ident(),
        generics(),
        params(),
        proptest::option::of(ty()),
        body,
        any::<bool>(),
    )
        .prop_map(|(attrs, v, q, name, g, params, ret, body, inner_attr)| {
            let ret = ret.map(|t| quote!(-> #t));
            let where_clause = &g.where_clause;
            let inner_attr = inner_attr.then(|| quote!(#![allow(unused)]));
            let stmts = &body.stmts;
            syn::parse_quote! {
                #(#attrs)* #v #q fn #name #g (#(#params),*) #ret #where_clause {
                    #inner_attr
                    #(#stmts)*
                }
            }
        })
}

/// A function item nested in a block (its own body nests no items).
pub fn nested_fn(inner: BoxedStrategy<Expr>) -> impl Strategy<Value = Item> {
    function(simple_block(inner)).prop_map(Item::Fn)
}

/// A function item of any syntax.
pub fn any_fn() -> impl Strategy<Value = ItemFn> {
    function(block(expr()))
}
