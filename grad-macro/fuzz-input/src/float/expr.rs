//! Float expressions over a function's parameters: arithmetic, float methods (as methods and as
//! `f64::m(x)`), branches and `match` as values, casts, calls, iterator reductions with
//! closures, ndarray reductions, and literals and joins (`array![..]`, `vec![..]`, `[..]`,
//! `concatenate![..]`, `stack(..)`, ndarray's constructors).

use proc_macro2::{Span, TokenStream};
use proptest::prelude::*;
use quote::quote;
use syn::{Expr, Ident};

use super::Scope;
use crate::args::tokens;
use crate::expr::{expr, operand};
use crate::names::ident;

fn method(name: &str) -> Ident {
    Ident::new(name, Span::call_site())
}

/// A float expression over `scope` (see the module's doc).
pub(super) fn float_expr(scope: &Scope) -> BoxedStrategy<Expr> {
    let leaf = leaf(scope);
    let reductions = reduction(scope);
    let scope = scope.clone();
    crate::levels::levels(leaf, 3, 3, move |inner| {
        let e = inner.clone().prop_map(operand);
        let float = scope.float.clone();
        let mut grown: Vec<(u32, BoxedStrategy<Expr>)> = vec![
            (
                8,
                (
                    e.clone(),
                    prop::sample::select(vec!["+", "-", "*", "/"]),
                    e.clone(),
                )
                    .prop_map(|(a, op, b)| {
                        let op: TokenStream = op.parse().expect("an operator");
                        syn::parse_quote!(#a #op #b)
                    })
                    .boxed(),
            ),
            (2, e.clone().prop_map(|a| syn::parse_quote!(-#a)).boxed()),
            (
                6,
                (
                    e.clone(),
                    prop::sample::select(vec![
                        "exp",
                        "exp2",
                        "exp_m1",
                        "ln",
                        "ln_1p",
                        "log2",
                        "log10",
                        "sqrt",
                        "cbrt",
                        "sin",
                        "cos",
                        "tan",
                        "asin",
                        "atan",
                        "sinh",
                        "cosh",
                        "tanh",
                        "asinh",
                        "abs",
                        "recip",
                        "signum",
                        "floor",
                        "to_degrees",
                        "clamp",
                        "fract",
                    ]),
                )
                    .prop_map(|(a, m)| {
                        let m = method(m);
                        if m == "clamp" {
                            syn::parse_quote!(#a.clamp(-1.0, 1.0))
                        } else {
                            syn::parse_quote!(#a.#m())
                        }
                    })
                    .boxed(),
            ),
            (
                2,
                (e.clone(), -3i32..4)
                    .prop_map(|(a, k)| syn::parse_quote!(#a.powi(#k)))
                    .boxed(),
            ),
            (
                3,
                (
                    e.clone(),
                    prop::sample::select(vec![
                        "powf", "max", "min", "atan2", "hypot", "log", "copysign",
                    ]),
                    inner.clone(),
                )
                    .prop_map(|(a, m, b)| {
                        let m = method(m);
                        syn::parse_quote!(#a.#m(#b))
                    })
                    .boxed(),
            ),
            (
                1,
                (e.clone(), inner.clone(), inner.clone())
                    .prop_map(|(a, b, c)| syn::parse_quote!(#a.mul_add(#b, #c)))
                    .boxed(),
            ),
            (
                2,
                (
                    prop::sample::select(vec!["exp", "sin", "sqrt", "tanh"]),
                    inner.clone(),
                )
                    .prop_map({
                        let float = float.clone();
                        move |(m, a)| {
                            let m = method(m);
                            syn::parse_quote!(#float::#m(#a))
                        }
                    })
                    .boxed(),
            ),
            (
                2,
                (
                    e.clone(),
                    e.clone(),
                    inner.clone(),
                    inner.clone(),
                    prop::sample::select(vec!["<", ">", "<=", ">="]),
                )
                    .prop_map(|(a, b, t, f, cmp)| {
                        let cmp: TokenStream = cmp.parse().expect("a comparison");
                        syn::parse_quote!(if #a #cmp #b { #t } else { #f })
                    })
                    .boxed(),
            ),
            (
                2,
                (ident(), prop::collection::vec(inner.clone(), 1..3))
                    .prop_map(|(g, args)| syn::parse_quote!(#g(#(#args),*)))
                    .boxed(),
            ),
            (
                1,
                e.clone()
                    .prop_map({
                        let float = float.clone();
                        move |a| syn::parse_quote!(#a as f32 as #float)
                    })
                    .boxed(),
            ),
            (
                1,
                (inner.clone(), inner.clone())
                    .prop_map(|(a, b)| syn::parse_quote!({ let t = #a; t * #b + t }))
                    .boxed(),
            ),
            (
                1,
                inner
                    .clone()
                    .prop_map(|a| syn::parse_quote!((|v| v * v + #a)(#a)))
                    .boxed(),
            ),
            (1, expr().prop_map(operand).boxed()),
        ];
        if let Some(reductions) = &reductions {
            grown.push((3, reductions.clone()));
        }
        grown.push((3, literal(&scope, inner.clone())));
        if !scope.sizes.is_empty() || !scope.flags.is_empty() {
            grown.push((1, choice(&scope, inner.clone())));
        }
        prop::strategy::Union::new_weighted(grown).boxed()
    })
}

/// The leaves: literals, float parameters (and fields of `self`), elements of sequences.
fn leaf(scope: &Scope) -> BoxedStrategy<Expr> {
    let mut leaves: Vec<BoxedStrategy<Expr>> = vec![
        prop::sample::select(vec![0.5, 1.0, 2.0, 3.5, 1e-3])
            .prop_map(|v: f64| {
                let v = proc_macro2::Literal::f64_unsuffixed(v);
                syn::parse_quote!(#v)
            })
            .boxed(),
    ];
    if !scope.floats.is_empty() {
        let floats = prop::sample::select(scope.floats.clone()).boxed();
        leaves.push(floats.clone());
        leaves.push(floats);
    }
    if !scope.seqs.is_empty() {
        leaves.push(
            (prop::sample::select(scope.seqs.clone()), 0usize..3)
                .prop_map(|(xs, i)| syn::parse_quote!(#xs[#i]))
                .boxed(),
        );
    }
    if !scope.arrays2.is_empty() {
        leaves.push(
            (
                prop::sample::select(scope.arrays2.clone()),
                0usize..2,
                0usize..2,
            )
                .prop_map(|(w, i, j)| syn::parse_quote!(#w[[#i, #j]]))
                .boxed(),
        );
    }
    prop::strategy::Union::new(leaves).boxed()
}

/// A `match` on a `usize` parameter or an `if` on a `bool` one, as a value.
fn choice(scope: &Scope, inner: BoxedStrategy<Expr>) -> BoxedStrategy<Expr> {
    let mut words: Vec<Ident> = scope.sizes.clone();
    words.extend(scope.flags.iter().cloned());
    let sizes = scope.sizes.clone();
    (
        prop::sample::select(words),
        inner.clone(),
        inner.clone(),
        inner,
    )
        .prop_map(move |(on, a, b, c)| {
            if sizes.contains(&on) {
                syn::parse_quote!(match #on { 0 => #a, 1 | 2 => #b, _ => #c })
            } else {
                syn::parse_quote!(if #on { #a } else { #b })
            }
        })
        .boxed()
}

/// Reductions of sequences and arrays, with closures over the parameters:
/// `xs.iter().map(|v| v * x).sum::<f64>()`, `xs.iter().zip(ys).fold(..)`, `w.dot(&v)`,
/// `w.mapv(|v| v.exp()).sum()`, `(w * x).sum()`, `w.mean().unwrap()`, ...
fn reduction(scope: &Scope) -> Option<BoxedStrategy<Expr>> {
    let mut choices: Vec<BoxedStrategy<Expr>> = Vec::new();
    let a = scope.float.clone();
    let factor = leaf(scope);
    if !scope.seqs.is_empty() {
        let xs = prop::sample::select(scope.seqs.clone());
        let a = a.clone();
        choices.push(
            (xs.clone(), xs, factor.clone(), 0usize..8)
                .prop_map(move |(xs, ys, f, kind)| match kind {
                    0 => syn::parse_quote!(#xs.iter().sum::<#a>()),
                    1 => syn::parse_quote!(#xs.iter().map(|v| v * #f).sum::<#a>()),
                    2 => syn::parse_quote!(#xs.iter().fold(0.0, |s, v| s + v * v)),
                    3 => syn::parse_quote!(#xs.iter().zip(#ys.iter()).map(|(p, q)| p * q).sum::<#a>()),
                    4 => syn::parse_quote!(#xs.iter().copied().filter(|v| *v > 0.0).map(|v| v.exp()).sum::<#a>()),
                    5 => syn::parse_quote!(#xs.iter().skip(1).take(2).product::<#a>()),
                    6 => syn::parse_quote!(#xs.iter().enumerate().map(|(i, v)| v * #f + i as #a).sum::<#a>()),
                    _ => syn::parse_quote!(#xs.iter().rev().step_by(2).cloned().sum::<#a>()),
                })
                .boxed(),
        );
    }
    if !scope.arrays1.is_empty() {
        let w = prop::sample::select(scope.arrays1.clone());
        choices.push(
            (w.clone(), w, factor.clone(), 0usize..7)
                .prop_map(|(w, v, f, kind)| match kind {
                    0 => syn::parse_quote!(#w.sum()),
                    1 => syn::parse_quote!(#w.dot(#v)),
                    2 => syn::parse_quote!(#w.mapv(|u| u.exp()).sum()),
                    3 => syn::parse_quote!((#w * #f).sum()),
                    4 => syn::parse_quote!(#w.mean().unwrap()),
                    5 => syn::parse_quote!((#w * #v).sum()),
                    _ => syn::parse_quote!((#w - #v).powi(2).sum()),
                })
                .boxed(),
        );
    }
    if !scope.arrays2.is_empty() {
        let w = prop::sample::select(scope.arrays2.clone());
        choices.push(
            (w, factor, 0usize..6)
                .prop_map(|(w, f, kind)| match kind {
                    0 => syn::parse_quote!(#w.sum()),
                    1 => syn::parse_quote!(#w.dot(&#w.t()).sum()),
                    2 => syn::parse_quote!(#w.sum_axis(Axis(0)).sum()),
                    3 => syn::parse_quote!(#w.row(0).sum()),
                    4 => syn::parse_quote!((#w.tanh() * #f).mean().unwrap()),
                    _ => syn::parse_quote!(#w.rows().into_iter().map(|r| r.sum()).sum::<f64>()),
                })
                .boxed(),
        );
    }
    (!choices.is_empty()).then(|| prop::strategy::Union::new(choices).boxed())
}

/// Values written element by element and arrays joined, read back as a float:
/// `array![a, b].sum()`, `array![[a, b], [c, d]][[0, 1]]`, `[a, b, c].iter().sum::<A>()`,
/// `vec![a; 3][1]`, `Array1::from_vec(vec![a, b]).sum()`, `Array::from_elem(2, a).sum()`,
/// `Array::from_shape_vec((2, 2), vec![..]).unwrap().sum()`, `arr1(&[a, b]).dot(&w)`,
/// `concatenate![Axis(0), w, array![a]].sum()`, `stack(Axis(0), &[w.view(), w.view()])
/// .unwrap().sum()`, `a.sin_cos().0`; and now and then such a macro around random tokens.
fn literal(scope: &Scope, inner: BoxedStrategy<Expr>) -> BoxedStrategy<Expr> {
    let a = scope.float.clone();
    let arrays: Vec<Ident> = scope.arrays1.clone();
    let elements = prop::collection::vec(inner.clone().prop_map(operand), 1..4);
    let forms = (elements, inner.prop_map(operand), 0usize..12, 0usize..4).prop_map(
        move |(xs, x, kind, pick)| -> Expr {
            let n = xs.len();
            let last = n - 1;
            let w = arrays.get(pick % arrays.len().max(1)).cloned();
            match (kind, w) {
                (0, _) => syn::parse_quote!(grad::runtime::ndarray::array![#(#xs),*].sum()),
                (1, _) => syn::parse_quote!(array![[#x, #(#xs),*], [#(#xs),*, #x]][[1, #last]]),
                (2, _) => syn::parse_quote!([#(#xs),*].iter().sum::<#a>()),
                (3, _) => syn::parse_quote!(vec![#x; #n][#last]),
                (4, _) => syn::parse_quote!(vec![#(#xs),*].iter().map(|v| v * #x).sum::<#a>()),
                (5, _) => syn::parse_quote!(Array1::from_vec(vec![#(#xs),*]).sum()),
                (6, _) => syn::parse_quote!(Array::from_elem(#n, #x).sum()),
                (7, _) => syn::parse_quote!(
                    Array::from_shape_vec((1, #n), vec![#(#xs),*]).unwrap().sum_axis(Axis(0)).sum()
                ),
                (8, Some(w)) => {
                    syn::parse_quote!(concatenate![Axis(0), #w, array![#(#xs),*]].sum())
                }
                (9, Some(w)) => syn::parse_quote!(
                    stack(Axis(0), &[#w.view(), #w.view()]).unwrap().mean().unwrap()
                ),
                (10, Some(w)) => syn::parse_quote!(arr1(&[#(#xs),*]).dot(&#w.slice(s![..#n]))),
                _ => syn::parse_quote!(#x.sin_cos().0),
            }
        },
    );
    // Through text, as rustc hands tokens over: no invisible groups, no `//` of two `/`.
    let relexed = tokens().prop_filter_map("tokens that lex back", |tokens| {
        let relexed: TokenStream = tokens.to_string().parse().ok()?;
        let again: TokenStream = relexed.to_string().parse().ok()?;
        (again.to_string() == relexed.to_string()).then_some(relexed)
    });
    let garbled = (
        prop::sample::select(vec!["array", "vec", "concatenate", "stack"]),
        relexed,
    )
        .prop_map(|(name, tokens)| {
            let name = method(name);
            syn::parse_quote!(#name![#tokens].sum())
        });
    prop_oneof![9 => forms, 1 => garbled].boxed()
}

/// `quote!` of a list of statements (for the statement builders).
pub(super) fn joined(stmts: &[TokenStream]) -> TokenStream {
    quote!(#(#stmts)*)
}
