//! Types: every kind syn 2 parses (`syn::Type` but `Verbatim`): paths with generic arguments and
//! qualified selves, references, raw pointers, slices, arrays, tuples, `!`, `_`, bare functions,
//! `impl Trait`, `dyn Trait`, parenthesised types, type macros.

use proptest::prelude::*;
use syn::{Type, TypeParamBound};

use crate::names::{ident, lifetime, simple_path};

/// A bound: a trait (`Clone`, `Fn(T) -> U`, `Iterator<Item = T>`, `?Sized`, `for<'a> Tr<'a>`)
/// or a lifetime.
pub fn bound(ty: BoxedStrategy<Type>) -> impl Strategy<Value = TypeParamBound> {
    prop_oneof![
        3 => simple_path().prop_map(|path| syn::parse_quote!(#path)),
        1 => Just(syn::parse_quote!(?Sized)),
        1 => (ty.clone(), ty.clone().prop_map(operand)).prop_map(|(a, b)| syn::parse_quote!(Fn(#a) -> #b)),
        1 => ty.clone().prop_map(|item| syn::parse_quote!(Iterator<Item = #item>)),
        1 => lifetime().prop_map(|l| syn::parse_quote!(for<#l> Trait<#l>)),
        1 => lifetime().prop_map(TypeParamBound::Lifetime),
    ]
}

/// `t` where a `+` after it would be read as the enclosing type's (`&(dyn A + B)`, `*const
/// (impl A + B)`, `fn() -> (dyn A + B)`): in parentheses if it is a trait object or `impl`.
pub fn operand(t: Type) -> Type {
    match t {
        Type::TraitObject(_) | Type::ImplTrait(_) | Type::BareFn(_) => syn::parse_quote!((#t)),
        other => other,
    }
}

/// A type of at most a few levels.
pub fn ty() -> BoxedStrategy<Type> {
    thread_local! {
        // Built once: a strategy is a tree of thousands of nodes, and the grammar asks for
        // types in hundreds of places.
        static TY: BoxedStrategy<Type> = build();
    }
    TY.with(Clone::clone)
}

fn build() -> BoxedStrategy<Type> {
    let leaf = prop_oneof![
        6 => prop::sample::select(vec!["f64", "f32", "usize", "i32", "bool", "String", "Self"])
            .prop_map(|name| syn::parse_str::<Type>(name).expect("a type")),
        2 => simple_path().prop_map(|path| syn::parse_quote!(#path)),
        1 => Just(syn::parse_quote!(!)),
        1 => Just(syn::parse_quote!(_)),
        1 => Just(syn::parse_quote!(())),
        1 => ident().prop_map(|name| syn::parse_quote!(#name!())),
        // A type in invisible delimiters, as `macro_rules!` passes a `$t:ty` on.
        1 => simple_path().prop_map(|path| Type::Group(syn::TypeGroup {
            group_token: Default::default(),
            elem: Box::new(syn::parse_quote!(#path)),
        })),
    ];
    crate::levels::levels(leaf.boxed(), 3, 2, |inner| {
        let operand_ty = inner.clone().prop_map(operand).boxed();
        prop_oneof![
            (simple_path(), prop::collection::vec(inner.clone(), 1..3))
                .prop_map(|(path, args)| { syn::parse_quote!(#path<#(#args),*>) }),
            (operand_ty.clone(), simple_path(), ident())
                .prop_map(|(q, tr, name)| syn::parse_quote!(<#q as #tr>::#name)),
            (
                proptest::option::of(lifetime()),
                any::<bool>(),
                operand_ty.clone()
            )
                .prop_map(|(l, mutable, t)| {
                    let m = mutable.then(|| quote::quote!(mut));
                    syn::parse_quote!(&#l #m #t)
                }),
            (any::<bool>(), operand_ty.clone()).prop_map(|(mutable, t)| if mutable {
                syn::parse_quote!(*mut #t)
            } else {
                syn::parse_quote!(*const #t)
            }),
            inner.clone().prop_map(|t| syn::parse_quote!([#t])),
            (inner.clone(), 0usize..9).prop_map(|(t, n)| syn::parse_quote!([#t; #n])),
            prop::collection::vec(inner.clone(), 1..4).prop_map(|ts| {
                if ts.len() == 1 {
                    let t = &ts[0];
                    syn::parse_quote!((#t,))
                } else {
                    syn::parse_quote!((#(#ts),*))
                }
            }),
            (
                prop::collection::vec(inner.clone(), 0..3),
                operand_ty.clone(),
                any::<bool>()
            )
                .prop_map(|(args, ret, qualified)| if qualified {
                    syn::parse_quote!(unsafe extern "C" fn(#(#args),*) -> #ret)
                } else {
                    syn::parse_quote!(fn(#(#args),*) -> #ret)
                }),
            (
                simple_path(),
                prop::collection::vec(bound(operand_ty.clone()), 0..2)
            )
                .prop_map(|(first, bounds)| syn::parse_quote!(impl #first #(+ #bounds)*)),
            (
                simple_path(),
                prop::collection::vec(bound(operand_ty.clone()), 0..2)
            )
                .prop_map(|(first, bounds)| syn::parse_quote!(dyn #first #(+ #bounds)*)),
            inner.clone().prop_map(|t| syn::parse_quote!((#t))),
            (ident(), inner).prop_map(|(name, t)| syn::parse_quote!(#name![#t])),
        ]
        .boxed()
    })
    .boxed()
}
