//! Attributes and visibilities.

use proptest::prelude::*;
use syn::{Attribute, Visibility};

use crate::names::{ident, lit, mod_path, simple_path};

/// One outer attribute: a path (`#[inline]`, `#[a::b]`), a list (`#[allow(unused, dead_code)]`,
/// `#[cfg(all(test, unix))]`), a name-value (`#[doc = "text"]`, `#[path = 1]`).
pub fn outer_attr() -> impl Strategy<Value = Attribute> {
    prop_oneof![
        simple_path().prop_map(|path| syn::parse_quote!(#[#path])),
        (simple_path(), prop::collection::vec(ident(), 0..3))
            .prop_map(|(path, args)| syn::parse_quote!(#[#path(#(#args),*)])),
        Just(syn::parse_quote!(#[cfg(all(test, not(unix)))])),
        Just(syn::parse_quote!(#[inline(always)])),
        ".{0,10}".prop_map(|text: String| syn::parse_quote!(#[doc = #text])),
        (simple_path(), lit()).prop_map(|(path, value)| syn::parse_quote!(#[#path = #value])),
    ]
}

/// Zero to two outer attributes.
pub fn outer_attrs() -> BoxedStrategy<Vec<Attribute>> {
    prop::collection::vec(outer_attr(), 0..3).boxed()
}

/// A visibility: none, `pub`, `pub(crate)`, `pub(self)`, `pub(super)`, `pub(in path)`.
pub fn vis() -> BoxedStrategy<Visibility> {
    prop_oneof![
        3 => Just(Visibility::Inherited),
        1 => Just(syn::parse_quote!(pub)),
        1 => prop::sample::select(vec!["pub(crate)", "pub(self)", "pub(super)"])
            .prop_map(|text| syn::parse_str(text).expect("a visibility")),
        1 => mod_path().prop_map(|path| syn::parse_quote!(pub(in #path))),
    ]
    .boxed()
}
