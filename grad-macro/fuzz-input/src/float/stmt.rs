//! Statements over a function's parameters: `let` (with tuple patterns and shadowing),
//! accumulation into `acc`, early `return`, and compound statements nesting others: `if` /
//! `else if` / `else`, `match`, blocks, `for` over ranges and iterators, labelled loops with
//! `continue`, `while` and `loop` with `break`, local buffers written by index, literals
//! (`vec![..]`, `[..]`, `array![[..], [..]]`) bound, written by index and read.

use proc_macro2::TokenStream;
use proptest::prelude::*;
use quote::quote;
use syn::Expr;

use super::Scope;
use super::expr::{float_expr, joined};
use crate::expr::operand;
use crate::names::ident;

/// A statement (perhaps a few, as one token stream) over `scope`, nesting at most two levels.
pub(super) fn stmt(scope: &Scope) -> BoxedStrategy<TokenStream> {
    // Operands everywhere: `acc += x * #v` and `if #a > #b {` must read as written.
    let e = float_expr(scope).prop_map(operand).boxed();
    let simple = simple(scope, e.clone());
    let scope = scope.clone();
    crate::levels::levels(simple, 2, 1, move |inner| {
        let body = prop::collection::vec(inner, 1..3)
            .prop_map(|stmts| joined(&stmts))
            .boxed();
        let mut choices = vec![
            (3, branch(e.clone(), body.clone())),
            (3, range_loop(&scope, e.clone(), body.clone())),
            (2, jumping_loop(e.clone(), body.clone())),
            (1, body.clone().prop_map(|b| quote!({ #b })).boxed()),
        ];
        if !scope.seqs.is_empty() {
            choices.push((3, iterator_loop(&scope, e.clone(), body.clone())));
            choices.push((1, buffer(&scope, e.clone())));
        }
        if !scope.sizes.is_empty() {
            let on = prop::sample::select(scope.sizes.clone());
            choices.push((
                1,
                (on, body.clone(), body.clone(), body.clone())
                    .prop_map(
                        |(n, a, b, c)| quote!(match #n { 0 => { #a } 1 | 2 => { #b } _ => { #c } }),
                    )
                    .boxed(),
            ));
        }
        prop::strategy::Union::new_weighted(choices).boxed()
    })
}

/// `let`, `let (p, q) = ..`, `acc op= e`, an early `return`.
fn simple(scope: &Scope, e: BoxedStrategy<Expr>) -> BoxedStrategy<TokenStream> {
    let (acc, pair) = (scope.acc.clone(), scope.pair);
    prop_oneof![
        3 => (ident(), e.clone(), any::<bool>()).prop_map({
            let acc = acc.clone();
            move |(t, v, used)| if used {
                quote!(let #t = #v; #acc += #t;)
            } else {
                quote!(let #t = #v;)
            }
        }),
        1 => (ident(), ident(), e.clone(), e.clone()).prop_map({
            let acc = acc.clone();
            move |(p, q, a, b)| quote!(let (#p, #q) = (#a, #b); #acc += #p * #q;)
        }),
        1 => (ident(), e.clone(), e.clone()).prop_map({
            let acc = acc.clone();
            move |(t, a, b)| quote!(let mut #t = #a; #t *= #b; #acc -= #t;)
        }),
        4 => (prop::sample::select(vec!["+=", "-=", "*=", "/=", "="]), e.clone()).prop_map({
            let acc = acc.clone();
            move |(op, v)| {
                let op: TokenStream = op.parse().expect("an assignment");
                quote!(#acc #op #v;)
            }
        }),
        2 => (ident(), prop::collection::vec(e.clone(), 1..4), e.clone(), 0usize..3).prop_map({
            let acc = acc.clone();
            move |(t, xs, x, kind)| {
                let last = xs.len() - 1;
                match kind {
                    0 => quote!(let #t = vec![#(#xs),*]; #acc += #t[0] * #t[#last];),
                    1 => quote!(let mut #t = [#(#xs),*]; #t[#last] *= #x; #acc += #t[0];),
                    _ => quote! {
                        let mut #t = array![[#(#xs),*], [#(#xs),*]];
                        #t[[1, #last]] += #x;
                        #acc += #t.sum_axis(Axis(1)).sum();
                    },
                }
            }
        }),
        1 => (e.clone(), e.clone(), e).prop_map(move |(a, v, w)| {
            let value = if pair { quote!((#v, #w)) } else { quote!(#v) };
            quote!(if #a > 1.0 { return #value; })
        }),
    ]
    .boxed()
}

/// `if a > b { .. } else { .. }`, with `else if`, or without `else`.
fn branch(e: BoxedStrategy<Expr>, body: BoxedStrategy<TokenStream>) -> BoxedStrategy<TokenStream> {
    (
        e.clone(),
        e.clone(),
        e,
        body.clone(),
        body.clone(),
        body,
        0usize..3,
    )
        .prop_map(|(a, b, c, then, other, last, kind)| match kind {
            0 => quote!(if #a > #b { #then }),
            1 => quote!(if #a > #b { #then } else { #other }),
            _ => quote!(if #a > #b { #then } else if #c < 0.5 { #other } else { #last }),
        })
        .boxed()
}

/// `for i in <range> { .. }` over constant and parameter bounds, reversed or stepped, and a
/// labelled pair of loops with `continue 'outer`.
fn range_loop(
    scope: &Scope,
    e: BoxedStrategy<Expr>,
    body: BoxedStrategy<TokenStream>,
) -> BoxedStrategy<TokenStream> {
    let mut bounds: Vec<TokenStream> = vec![quote!(3), quote!(1)];
    bounds.extend(scope.sizes.iter().map(|n| quote!(#n)));
    bounds.extend(scope.seqs.iter().map(|xs| quote!(#xs.len())));
    let acc = scope.acc.clone();
    (prop::sample::select(bounds), 0usize..5, e, body)
        .prop_map(move |(n, kind, v, body)| match kind {
            0 => quote!(for i in 0..#n { #body }),
            1 => quote!(for i in (0..#n).rev() { #acc += #v; #body }),
            2 => quote!(for i in (0..#n).step_by(2) { #body }),
            3 => quote!(for _ in 1..=2 { #body }),
            _ => quote! {
                'outer: for i in 0..#n {
                    for j in 0..3 {
                        if j > i { continue 'outer; }
                        #body
                    }
                }
            },
        })
        .boxed()
}

/// `for` over a sequence's elements: by reference, `&x`, `enumerate`, `zip`, `skip`.
fn iterator_loop(
    scope: &Scope,
    e: BoxedStrategy<Expr>,
    body: BoxedStrategy<TokenStream>,
) -> BoxedStrategy<TokenStream> {
    let xs = prop::sample::select(scope.seqs.clone());
    let acc = scope.acc.clone();
    (xs.clone(), xs, 0usize..6, e, body)
        .prop_map(move |(xs, ys, kind, v, body)| match kind {
            0 => quote!(for x in #xs.iter() { #acc += x * #v; #body }),
            1 => quote!(for &x in #xs.iter() { #acc = #acc * x + #v; #body }),
            2 => quote!(for (i, x) in #xs.iter().enumerate() { if i > 0 { #acc += *x; } #body }),
            3 => quote!(for (p, q) in #xs.iter().zip(#ys.iter()) { #acc += p * q; #body }),
            4 => quote!(for x in #xs { #acc -= x * #v; #body }),
            _ => quote!(for x in #xs.iter().skip(1) { #acc += x.sin(); #body }),
        })
        .boxed()
}

/// `while` with a counter, `loop` with `break`, each perhaps with `continue`.
fn jumping_loop(
    e: BoxedStrategy<Expr>,
    body: BoxedStrategy<TokenStream>,
) -> BoxedStrategy<TokenStream> {
    (1usize..4, any::<bool>(), e.clone(), e, body)
        .prop_map(|(n, while_loop, a, b, body)| {
            if while_loop {
                quote! {
                    let mut k = 0;
                    while k < #n { k += 1; if #a > #b { continue; } #body }
                }
            } else {
                quote! {
                    let mut k = 0;
                    loop { k += 1; if k > #n || #a < #b { break; } #body }
                }
            }
        })
        .boxed()
}

/// A local buffer written by index in a loop and read again: a `Vec` or an ndarray array.
fn buffer(scope: &Scope, e: BoxedStrategy<Expr>) -> BoxedStrategy<TokenStream> {
    let xs = prop::sample::select(scope.seqs.clone());
    let acc = scope.acc.clone();
    (xs, e, any::<bool>())
        .prop_map(move |(xs, v, vec)| {
            if vec {
                quote! {
                    let mut buf = vec![0.0; #xs.len()];
                    for i in 0..buf.len() { buf[i] = #v * #xs[i]; }
                    #acc += buf[0] + buf[buf.len() - 1];
                }
            } else {
                quote! {
                    let mut z = Array1::zeros(3);
                    for i in 0..3 { z[i] += #v; }
                    #acc += z.sum();
                }
            }
        })
        .boxed()
}
