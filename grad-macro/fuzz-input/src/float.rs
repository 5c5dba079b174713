//! Functions that look differentiable: float, slice, array and integer parameters, an `f64`
//! result, and a body of float arithmetic, float methods, branches, loops and indexing over
//! those parameters (with, now and then, any expression at all). These reach past the
//! macro's signature checks into lowering and emission, where random items rarely get.

use proc_macro2::{Span, TokenStream};
use proptest::prelude::*;
use quote::quote;
use syn::{Expr, Ident, ItemFn};

use crate::expr::{expr, operand};
use crate::names::ident;

/// A parameter's kind.
#[derive(Clone, Copy, Debug)]
enum Kind {
    Float,
    Slice,
    Array,
    Size,
}

fn kind() -> impl Strategy<Value = Kind> {
    prop_oneof![4 => Just(Kind::Float), 2 => Just(Kind::Slice), 1 => Just(Kind::Array), 1 => Just(Kind::Size)]
}

/// The parameters: names (distinct) and kinds.
fn params() -> impl Strategy<Value = Vec<(Ident, Kind)>> {
    prop::collection::vec((ident(), kind()), 1..4).prop_map(|params| {
        let mut seen = Vec::new();
        params
            .into_iter()
            .filter(|(name, _)| {
                let fresh = !seen.contains(&name.to_string());
                seen.push(name.to_string());
                fresh
            })
            .collect()
    })
}

/// A float expression over `floats` and the elements of `seqs`.
fn float_expr(floats: Vec<Ident>, seqs: Vec<Ident>) -> BoxedStrategy<Expr> {
    let mut leaves: Vec<BoxedStrategy<Expr>> = vec![
        prop::sample::select(vec![0.5, 1.0, 2.0, 3.5, 1e-3])
            .prop_map(|v: f64| {
                let v = proc_macro2::Literal::f64_unsuffixed(v);
                syn::parse_quote!(#v)
            })
            .boxed(),
    ];
    if !floats.is_empty() {
        leaves.push(
            prop::sample::select(floats)
                .prop_map(|x| syn::parse_quote!(#x))
                .boxed(),
        );
    }
    if !seqs.is_empty() {
        leaves.push(
            (prop::sample::select(seqs), 0usize..3)
                .prop_map(|(xs, i)| syn::parse_quote!(#xs[#i]))
                .boxed(),
        );
    }
    let leaf = prop::strategy::Union::new(leaves).boxed();
    crate::levels::levels(leaf, 3, 3, |inner| {
        let e = inner.clone().prop_map(operand);
        prop_oneof![
            4 => (e.clone(), prop::sample::select(vec!["+", "-", "*", "/"]), e.clone()).prop_map(|(a, op, b)| {
                let op: TokenStream = op.parse().expect("an operator");
                syn::parse_quote!(#a #op #b)
            }),
            1 => e.clone().prop_map(|a| syn::parse_quote!(-#a)),
            3 => (e.clone(), prop::sample::select(vec!["exp", "ln", "sqrt", "sin", "cos", "tanh", "abs", "recip", "cbrt"]))
                .prop_map(|(a, m)| {
                    let m = Ident::new(m, Span::call_site());
                    syn::parse_quote!(#a.#m())
                }),
            1 => (e.clone(), -3i32..4).prop_map(|(a, k)| syn::parse_quote!(#a.powi(#k))),
            2 => (e.clone(), prop::sample::select(vec!["powf", "max", "min", "atan2", "hypot"]), inner.clone())
                .prop_map(|(a, m, b)| {
                    let m = Ident::new(m, Span::call_site());
                    syn::parse_quote!(#a.#m(#b))
                }),
            1 => (prop::sample::select(vec!["exp", "sin", "sqrt"]), inner.clone()).prop_map(|(m, a)| {
                let m = Ident::new(m, Span::call_site());
                syn::parse_quote!(f64::#m(#a))
            }),
            1 => (e.clone(), e.clone(), inner.clone(), inner.clone())
                .prop_map(|(a, b, t, f)| syn::parse_quote!(if #a < #b { #t } else { #f })),
            1 => (ident(), prop::collection::vec(inner.clone(), 1..3))
                .prop_map(|(g, args)| syn::parse_quote!(#g(#(#args),*))),
            1 => e.clone().prop_map(|a| syn::parse_quote!(#a as f32 as f64)),
            1 => expr().prop_map(operand),
        ]
        .boxed()
    })
    .boxed()
}

/// A statement over the parameters: a `let`, an accumulation loop over a slice or a range, a
/// branch on a comparison, a `while` with a counter, an early return.
fn float_stmt(floats: Vec<Ident>, seqs: Vec<Ident>, acc: Ident) -> BoxedStrategy<TokenStream> {
    let e = float_expr(floats.clone(), seqs.clone());
    let mut choices: Vec<BoxedStrategy<TokenStream>> = vec![
        (ident(), e.clone())
            .prop_map(|(t, v)| quote!(let #t = #v;))
            .boxed(),
        (
            prop::sample::select(vec!["+=", "-=", "*=", "/=", "="]),
            e.clone(),
        )
            .prop_map({
                let acc = acc.clone();
                move |(op, v)| {
                    let op: TokenStream = op.parse().expect("an assignment");
                    quote!(#acc #op #v;)
                }
            })
            .boxed(),
        (e.clone(), e.clone(), e.clone())
            .prop_map({
                let acc = acc.clone();
                move |(a, b, v)| quote!(if #a > #b { #acc += #v; } else { #acc -= #v; })
            })
            .boxed(),
        (e.clone(), e.clone())
            .prop_map(|(a, v)| quote!(if #a > 1.0 { return #v; }))
            .boxed(),
        (1usize..4, e.clone())
            .prop_map({
                let acc = acc.clone();
                move |(n, v)| quote!(let mut k = 0; while k < #n { #acc *= #v; k += 1; })
            })
            .boxed(),
    ];
    if !seqs.is_empty() {
        let pick = prop::sample::select(seqs.clone());
        choices.push(
            (pick.clone(), e.clone(), any::<bool>())
                .prop_map({
                    let acc = acc.clone();
                    move |(xs, v, by_index)| {
                        if by_index {
                            quote!(for i in 0..#xs.len() { #acc += #xs[i] * #v; })
                        } else {
                            quote!(for &x in #xs.iter() { #acc = #acc * x + #v; })
                        }
                    }
                })
                .boxed(),
        );
        choices.push(
            (pick, e)
                .prop_map(|(xs, v)| quote!(let mut buf = vec![0.0; #xs.len()]; for i in 0..buf.len() { buf[i] = #v * #xs[i]; }))
                .boxed(),
        );
    }
    prop::strategy::Union::new(choices).boxed()
}

/// A function that looks differentiable (see the module's doc).
pub fn float_fn() -> impl Strategy<Value = ItemFn> {
    (ident(), params()).prop_flat_map(|(name, params)| {
        let floats: Vec<Ident> = params
            .iter()
            .filter(|(_, k)| matches!(k, Kind::Float))
            .map(|(n, _)| n.clone())
            .collect();
        let seqs: Vec<Ident> = params
            .iter()
            .filter(|(_, k)| matches!(k, Kind::Slice | Kind::Array))
            .map(|(n, _)| n.clone())
            .collect();
        let acc = Ident::new("acc", Span::call_site());
        let stmts =
            prop::collection::vec(float_stmt(floats.clone(), seqs.clone(), acc.clone()), 0..5);
        let result = float_expr(floats, seqs);
        (Just(name), Just(params), stmts, result).prop_map(move |(name, params, stmts, result)| {
            let params = params.iter().map(|(p, k)| match k {
                Kind::Float => quote!(#p: f64),
                Kind::Slice => quote!(#p: &[f64]),
                Kind::Array => quote!(#p: &Array1<f64>),
                Kind::Size => quote!(#p: usize),
            });
            syn::parse_quote! {
                fn #name(#(#params),*) -> f64 {
                    let mut #acc = 0.0;
                    #(#stmts)*
                    #acc + #result
                }
            }
        })
    })
}
