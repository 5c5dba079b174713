//! Expressions, statements, blocks and the items nested in them: every kind of `syn::Expr`
//! (but `Verbatim`), of `syn::Stmt`, and of `syn::Item` (but `Verbatim`).
//!
//! Subexpressions that are not atoms are put in parentheses wherever precedence or position
//! could otherwise change how they parse back (`(a + b) * c`, `(x as T) < y`, `if (S {}) {}`),
//! so that everything printed parses back to the same tree.

use proc_macro2::{Span, TokenStream};
use proptest::prelude::*;
use quote::quote;
use syn::{Block, Expr, Item, Stmt};

use crate::attr::{outer_attrs, vis};
use crate::names::{ident, lifetime, lit, mod_path, simple_path};
use crate::pat::{pat, typed_pat};
use crate::ty::ty;

/// `e` as an operand, receiver or condition: itself if it is an atom, else in parentheses.
pub fn operand(e: Expr) -> Expr {
    match e {
        Expr::Lit(_)
        | Expr::Path(_)
        | Expr::Paren(_)
        | Expr::Tuple(_)
        | Expr::Array(_)
        | Expr::Repeat(_)
        | Expr::Call(_)
        | Expr::MethodCall(_)
        | Expr::Field(_)
        | Expr::Index(_)
        | Expr::Macro(_) => e,
        other => syn::parse_quote!((#other)),
    }
}

/// A binary operator, assignment operators included (`+=` is `Expr::Binary` in syn 2).
fn binop() -> impl Strategy<Value = TokenStream> {
    prop::sample::select(vec![
        "+", "-", "*", "/", "%", "&&", "||", "^", "&", "|", "<<", ">>", "==", "<", "<=", "!=",
        ">=", ">", "+=", "-=", "*=", "/=", "%=", "^=", "&=", "|=", "<<=", ">>=",
    ])
    .prop_map(|op| op.parse().expect("an operator"))
}

/// An expression of at most a few levels.
pub fn expr() -> BoxedStrategy<Expr> {
    thread_local! {
        // Built once (see `ty::ty`).
        static EXPR: BoxedStrategy<Expr> = build();
    }
    EXPR.with(Clone::clone)
}

fn build() -> BoxedStrategy<Expr> {
    let leaf = prop_oneof![
        4 => lit().prop_map(|lit| syn::parse_quote!(#lit)),
        4 => simple_path().prop_map(|path| syn::parse_quote!(#path)),
        1 => Just(syn::parse_quote!(_)),
        1 => Just(syn::parse_quote!(())),
        1 => prop::sample::select(vec!["continue", "break", "return", "yield"])
            .prop_map(|word| syn::parse_str::<Expr>(word).expect("a jump")),
        1 => lifetime().prop_map(|l| syn::parse_quote!(continue #l)),
        1 => (ty(), ident()).prop_map(|(t, f)| syn::parse_quote!(<#t>::#f)),
    ];
    crate::levels::levels(leaf.boxed(), 3, 3, |inner| {
        let e = inner.clone().prop_map(operand);
        let es = prop::collection::vec(inner.clone(), 0..4);
        prop_oneof![
            6 => (e.clone(), binop(), e.clone()).prop_map(|(a, op, b)| syn::parse_quote!(#a #op #b)),
            2 => (prop::sample::select(vec!["!", "-", "*"]), e.clone()).prop_map(|(op, a)| {
                let op: TokenStream = op.parse().expect("an operator");
                syn::parse_quote!(#op #a)
            }),
            1 => (e.clone(), e.clone()).prop_map(|(a, b)| syn::parse_quote!(#a = #b)),
            2 => (e.clone(), es.clone()).prop_map(|(f, args)| syn::parse_quote!(#f(#(#args),*))),
            3 => (e.clone(), ident(), es.clone(), proptest::option::of(ty())).prop_map(
                |(r, m, args, turbofish)| match turbofish {
                    Some(t) => syn::parse_quote!(#r.#m::<#t>(#(#args),*)),
                    None => syn::parse_quote!(#r.#m(#(#args),*)),
                }
            ),
            1 => (e.clone(), ident()).prop_map(|(r, f)| syn::parse_quote!(#r.#f)),
            1 => (e.clone(), 0u32..3).prop_map(|(r, k)| {
                let k = syn::Index::from(k as usize);
                syn::parse_quote!(#r.#k)
            }),
            1 => (e.clone(), e.clone()).prop_map(|(r, i)| syn::parse_quote!(#r[#i])),
            1 => (e.clone(), simple_path()).prop_map(|(a, t)| syn::parse_quote!(#a as #t)),
            1 => (prop::sample::select(vec!["&", "&mut", "&raw const", "&raw mut"]), e.clone())
                .prop_map(|(op, a)| {
                    let op: TokenStream = op.parse().expect("a borrow");
                    syn::parse_quote!(#op #a)
                }),
            1 => inner.clone().prop_map(|a| syn::parse_quote!((#a))),
            1 => es.clone().prop_map(|items| match items.as_slice() {
                [one] => syn::parse_quote!((#one,)),
                _ => syn::parse_quote!((#(#items),*)),
            }),
            1 => es.clone().prop_map(|items| syn::parse_quote!([#(#items),*])),
            1 => (inner.clone(), 0usize..5).prop_map(|(a, n)| syn::parse_quote!([#a; #n])),
            1 => (simple_path(), prop::collection::vec((ident(), inner.clone()), 0..3), proptest::option::of(e.clone()))
                .prop_map(|(path, fields, base)| {
                    let fields = fields.iter().map(|(f, v)| quote!(#f: #v));
                    let base = base.map(|b| quote!(..#b));
                    syn::parse_quote!(#path { #(#fields,)* #base })
                }),
            1 => (proptest::option::of(e.clone()), any::<bool>(), proptest::option::of(e.clone()))
                .prop_map(|(a, closed, b)| match (closed, &b) {
                    (true, Some(_)) => syn::parse_quote!(#a..=#b),
                    _ => syn::parse_quote!(#a..#b),
                }),
            1 => (e.clone(), prop::sample::select(vec!["?", ".await"])).prop_map(|(a, op)| {
                let op: TokenStream = op.parse().expect("a postfix operator");
                syn::parse_quote!(#a #op)
            }),
            1 => (prop::sample::select(vec!["return", "break", "yield"]), e.clone()).prop_map(|(word, a)| {
                let word = syn::Ident::new(word, Span::call_site());
                syn::parse_quote!(#word #a)
            }),
            // In parentheses: `break 'a ::x` would read as the label `'a:`.
            1 => (lifetime(), inner.clone()).prop_map(|(l, a)| syn::parse_quote!(break #l (#a))),
            1 => (ident(), es.clone()).prop_map(|(m, args)| syn::parse_quote!(#m!(#(#args),*))),
            1 => es.clone().prop_map(|args| syn::parse_quote!(vec![#(#args),*])),
            1 => (prop::collection::vec(crate::pat::pat(), 0..3), inner.clone(), any::<bool>())
                .prop_map(|(params, body, moves)| {
                    let m = moves.then(|| quote!(move));
                    syn::parse_quote!(#m |#(#params),*| #body)
                }),
            1 => (prop::collection::vec(typed_pat(), 0..2), ty().prop_map(crate::ty::operand), block(inner.clone()), any::<bool>())
                .prop_map(|(params, ret, body, asyncness)| {
                    let a = asyncness.then(|| quote!(async move));
                    syn::parse_quote!(#a |#(#params),*| -> #ret #body)
                }),
            1 => (lifetime(), ident(), ty().prop_map(crate::ty::operand)).prop_map(|(l, x, t)| {
                syn::parse_quote!(for<#l> |#x: &#l #t| #x)
            }),
            3 => block_expr(inner.clone()),
            2 => if_expr(inner.clone()),
            1 => match_expr(inner.clone()),
            2 => loop_expr(inner.clone()),
            1 => inner.prop_map(|a| {
                let group = syn::ExprGroup {
                    attrs: Vec::new(),
                    group_token: Default::default(),
                    expr: Box::new(syn::parse_quote!((#a))),
                };
                Expr::Group(group)
            }),
        ]
        .boxed()
    })
    .boxed()
}

/// Blocks as expressions: plain, labelled, `unsafe`, `async` (with `move`), `const`, `try`.
fn block_expr(inner: BoxedStrategy<Expr>) -> impl Strategy<Value = Expr> {
    (block(inner), 0usize..6, lifetime()).prop_map(|(b, kind, l)| match kind {
        0 => syn::parse_quote!(#b),
        1 => syn::parse_quote!(#l: #b),
        2 => syn::parse_quote!(unsafe #b),
        3 => syn::parse_quote!(async move #b),
        4 => syn::parse_quote!(const #b),
        _ => syn::parse_quote!(try #b),
    })
}

/// A condition: an expression, `let P = e`, or a chain `let P = e && c`.
fn condition(inner: BoxedStrategy<Expr>) -> impl Strategy<Value = Expr> {
    let e = inner.prop_map(operand);
    prop_oneof![
        3 => e.clone(),
        1 => (pat(), e.clone()).prop_map(|(p, v)| syn::parse_quote!(let #p = #v)),
        1 => (pat(), e.clone(), e).prop_map(|(p, v, c)| syn::parse_quote!(let #p = #v && #c)),
    ]
}

/// `if c { .. }`, with `else if` and `else`.
fn if_expr(inner: BoxedStrategy<Expr>) -> impl Strategy<Value = Expr> {
    (
        condition(inner.clone()),
        block(inner.clone()),
        proptest::option::of((proptest::option::of(condition(inner.clone())), block(inner))),
    )
        .prop_map(|(c, then, other)| match other {
            None => syn::parse_quote!(if #c #then),
            Some((None, other)) => syn::parse_quote!(if #c #then else #other),
            Some((Some(c2), other)) => syn::parse_quote!(if #c #then else if #c2 #other),
        })
}

/// `match e { P if g => a, P => { .. } }`, with attributes on arms.
fn match_expr(inner: BoxedStrategy<Expr>) -> impl Strategy<Value = Expr> {
    let arm = (
        outer_attrs(),
        pat(),
        proptest::option::of(inner.clone().prop_map(operand)),
        inner.clone(),
    )
        .prop_map(|(attrs, p, guard, body)| {
            let guard = guard.map(|g| quote!(if #g));
            quote!(#(#attrs)* #p #guard => { #body })
        });
    (inner.prop_map(operand), prop::collection::vec(arm, 0..4))
        .prop_map(|(scrutinee, arms)| syn::parse_quote!(match #scrutinee { #(#arms)* }))
}

/// `loop`, `while` (and `while let`), `for`, each perhaps labelled.
fn loop_expr(inner: BoxedStrategy<Expr>) -> impl Strategy<Value = Expr> {
    (
        0usize..3,
        proptest::option::of(lifetime()),
        condition(inner.clone()),
        pat(),
        inner.clone().prop_map(operand),
        block(inner),
    )
        .prop_map(|(kind, label, c, p, seq, body)| {
            let label = label.map(|l| quote!(#l:));
            match kind {
                0 => syn::parse_quote!(#label loop #body),
                1 => syn::parse_quote!(#label while #c #body),
                _ => syn::parse_quote!(#label for #p in #seq #body),
            }
        })
}

/// A block: statements (items among them), perhaps a tail expression.
pub fn block(inner: BoxedStrategy<Expr>) -> BoxedStrategy<Block> {
    block_of(stmt(inner.clone(), true), inner)
}

/// A block without nested items: the body of a nested item (which would otherwise nest items
/// without end while the strategy is built).
pub fn simple_block(inner: BoxedStrategy<Expr>) -> BoxedStrategy<Block> {
    block_of(stmt(inner.clone(), false), inner)
}

/// A block of expression statements only: the body of a statement's `if`, `while` or `else`
/// (a block of any statements there would make statements without end while the strategy is
/// built).
fn expr_block(inner: BoxedStrategy<Expr>) -> BoxedStrategy<Block> {
    let stmt = inner.clone().prop_map(|v| syn::parse_quote!(#v;)).boxed();
    block_of(stmt, inner)
}

fn block_of(stmt: BoxedStrategy<Stmt>, inner: BoxedStrategy<Expr>) -> BoxedStrategy<Block> {
    (
        prop::collection::vec(stmt, 0..4),
        proptest::option::of(inner),
    )
        .prop_map(|(stmts, tail)| syn::parse_quote!({ #(#stmts)* #tail }))
        .boxed()
}

/// A statement: `let` (typed, initialised, with `else`), an expression with `;`, a block-like
/// expression without, a macro, or (if `items`) an item.
pub fn stmt(inner: BoxedStrategy<Expr>, items: bool) -> BoxedStrategy<Stmt> {
    let e = inner.clone().prop_map(operand);
    let others = prop_oneof![
        4 => (outer_attrs(), pat(), proptest::option::of(ty()), proptest::option::of(e.clone()))
            .prop_map(|(attrs, p, t, init)| {
                let t = t.map(|t| quote!(: #t));
                let init = init.map(|v| quote!(= #v));
                syn::parse_quote!(#(#attrs)* let #p #t #init;)
            }),
        1 => (pat(), e.clone(), expr_block(inner.clone()))
            .prop_map(|(p, v, other)| syn::parse_quote!(let #p = #v else #other;)),
        4 => inner.clone().prop_map(|v| syn::parse_quote!(#v;)),
        1 => (ident(), prop::collection::vec(inner.clone(), 0..3))
            .prop_map(|(m, args)| syn::parse_quote!(#m!(#(#args),*);)),
        1 => (0usize..2, condition(inner.clone()), expr_block(inner.clone())).prop_map(|(kind, c, b)| {
            if kind == 0 {
                syn::parse_quote!(if #c #b)
            } else {
                syn::parse_quote!(while #c #b)
            }
        }),
    ];
    if items {
        prop_oneof![9 => others, 1 => item(inner).prop_map(Stmt::Item)].boxed()
    } else {
        others.boxed()
    }
}

/// An item nested in a block: every kind of `syn::Item` but `Verbatim`.
pub fn item(inner: BoxedStrategy<Expr>) -> BoxedStrategy<Item> {
    let fields = prop::collection::vec((outer_attrs(), vis(), ident(), ty()), 0..3).boxed();
    prop_oneof![
        (outer_attrs(), vis(), ident(), ty(), inner.clone().prop_map(operand))
            .prop_map(|(attrs, v, name, t, value)| syn::parse_quote!(#(#attrs)* #v const #name: #t = #value;)),
        (vis(), ident(), ty(), inner.clone().prop_map(operand), any::<bool>())
            .prop_map(|(v, name, t, value, mutable)| {
                let m = mutable.then(|| quote!(mut));
                syn::parse_quote!(#v static #m #name: #t = #value;)
            }),
        (vis(), ident(), fields.clone()).prop_map(|(v, name, fields)| {
            let fields = fields.iter().map(|(a, fv, f, t)| quote!(#(#a)* #fv #f: #t));
            syn::parse_quote!(#v struct #name { #(#fields),* })
        }),
        (ident(), prop::collection::vec(ty(), 0..3))
            .prop_map(|(name, ts)| syn::parse_quote!(struct #name(#(#ts),*);)),
        (ident(), fields.clone()).prop_map(|(name, fields)| {
            let fields = fields.iter().map(|(a, _, f, t)| quote!(#(#a)* #f: #t));
            syn::parse_quote!(union #name { #(#fields),* })
        }),
        (ident(), prop::collection::vec((ident(), proptest::option::of(ty())), 0..3)).prop_map(
            |(name, variants)| {
                let variants = variants.iter().map(|(v, t)| match t {
                    Some(t) => quote!(#v(#t)),
                    None => quote!(#v),
                });
                syn::parse_quote!(enum #name { #(#variants),* })
            }
        ),
        (ident(), ty()).prop_map(|(name, t)| syn::parse_quote!(type #name = #t;)),
        (vis(), mod_path()).prop_map(|(v, path)| syn::parse_quote!(#v use #path;)),
        mod_path().prop_map(|path| syn::parse_quote!(use #path::{self, *};)),
        ident().prop_map(|name| syn::parse_quote!(extern crate #name as _;)),
        (ident(), ty()).prop_map(|(name, t)| syn::parse_quote!(unsafe extern "C" { fn #name(x: #t); })),
        (ident(), ty()).prop_map(|(name, t)| syn::parse_quote!(mod #name { type T = #t; })),
        (ident(), ident(), ty())
            .prop_map(|(name, f, t)| syn::parse_quote!(trait #name: Clone { fn #f(&self) -> #t; })),
        (ident(), simple_path()).prop_map(|(name, b)| syn::parse_quote!(trait #name = #b;)),
        (ty(), ident(), simple_block(inner.clone()))
            .prop_map(|(t, f, body)| syn::parse_quote!(impl #t { fn #f(&self) #body })),
        (simple_path(), ty()).prop_map(|(tr, t)| syn::parse_quote!(unsafe impl<T> #tr for #t {})),
        ident().prop_map(|m| syn::parse_quote!(macro_rules! #m { ($e:expr) => { $e }; })),
        crate::item::nested_fn(inner),
    ]
    .boxed()
}
