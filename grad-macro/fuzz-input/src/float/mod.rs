//! Functions that look differentiable: float, slice, `Vec`, fixed-size array, ndarray, integer
//! and `bool` parameters (and sometimes `&self`), a float or a pair of floats as the result, and
//! a body in the vocabulary the README lists: float arithmetic and methods, `let` and tuple
//! patterns, accumulation, branches, `match`, loops of every kind (ranges, `rev`, `step_by`,
//! iterators with `enumerate`, `zip`, `skip`, `take`, labelled loops, `while`, `loop`, `break`,
//! `continue`, early `return`), iterator reductions with closures, local buffers written by
//! index, ndarray reductions, literals and joins (`array![..]`, `vec![..]`, `[..]`,
//! `concatenate![..]`, `stack(..)`, `from_vec`, `from_elem`, now and then around random tokens),
//! calls, and now and then any expression at all. The float type is
//! `f64`, `f32` or a generic `A: grad::Scalar`. These reach past the macro's signature checks
//! into lowering, planning and emission, where random items rarely get.

mod expr;
mod stmt;

use proc_macro2::{Span, TokenStream};
use proptest::prelude::*;
use quote::quote;
use syn::{Expr, Ident, ItemFn};

use crate::attr::vis;
use crate::names::ident;

/// A parameter's kind.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Kind {
    Float,
    Slice,
    Vec,
    FixedArray,
    Array1,
    Array2,
    Size,
    Flag,
}

fn kind() -> impl Strategy<Value = Kind> {
    prop_oneof![
        8 => Just(Kind::Float),
        3 => Just(Kind::Slice),
        1 => Just(Kind::Vec),
        1 => Just(Kind::FixedArray),
        2 => Just(Kind::Array1),
        1 => Just(Kind::Array2),
        2 => Just(Kind::Size),
        1 => Just(Kind::Flag),
    ]
}

/// What the body can refer to: the float type and the parameters by kind.
#[derive(Clone, Debug)]
struct Scope {
    /// `f64`, `f32` or `A`.
    float: Ident,
    /// Float-valued places: parameters, and `self.w`, `self.b` in a method.
    floats: Vec<Expr>,
    /// Parameters indexed as `xs[i]` and iterated: slices, `Vec`s, fixed arrays, `Array1`s.
    seqs: Vec<Ident>,
    /// The `Array1` and `Array2` parameters (ndarray's vocabulary).
    arrays1: Vec<Ident>,
    arrays2: Vec<Ident>,
    /// `usize` parameters.
    sizes: Vec<Ident>,
    /// `bool` parameters.
    flags: Vec<Ident>,
    /// The accumulator every body starts with (`let mut acc = 0.0`).
    acc: Ident,
    /// Whether the function returns a pair of floats rather than one.
    pair: bool,
}

impl Scope {
    fn new(float: Ident, params: &[(Ident, Kind)], outside: &Outside) -> Self {
        let of = |kinds: &[Kind]| -> Vec<Ident> {
            params
                .iter()
                .filter(|(_, k)| kinds.contains(k))
                .map(|(n, _)| n.clone())
                .collect()
        };
        let mut floats: Vec<Expr> = of(&[Kind::Float])
            .into_iter()
            .map(|x| syn::parse_quote!(#x))
            .collect();
        if outside.method {
            floats.push(syn::parse_quote!(self.w));
            floats.push(syn::parse_quote!(self.b));
        }
        Self {
            float,
            floats,
            seqs: of(&[Kind::Slice, Kind::Vec, Kind::FixedArray, Kind::Array1]),
            arrays1: of(&[Kind::Array1]),
            arrays2: of(&[Kind::Array2]),
            sizes: of(&[Kind::Size]),
            flags: of(&[Kind::Flag]),
            acc: Ident::new("acc", Span::call_site()),
            pair: outside.pair,
        }
    }

    /// The parameter's type.
    fn ty(&self, kind: Kind) -> TokenStream {
        let a = &self.float;
        match kind {
            Kind::Float => quote!(#a),
            Kind::Slice => quote!(&[#a]),
            Kind::Vec => quote!(&Vec<#a>),
            Kind::FixedArray => quote!(&[#a; 3]),
            Kind::Array1 => quote!(&Array1<#a>),
            Kind::Array2 => quote!(&Array2<#a>),
            Kind::Size => quote!(usize),
            Kind::Flag => quote!(bool),
        }
    }
}

/// The parameters: names (distinct) and kinds.
fn params() -> impl Strategy<Value = Vec<(Ident, Kind)>> {
    prop::collection::vec((ident(), kind()), 1..5).prop_map(|params| {
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

/// The float type: mostly `f64`.
fn float_type() -> impl Strategy<Value = Ident> {
    prop::sample::select(vec!["f64", "f64", "f64", "f64", "f32", "A"])
        .prop_map(|name| Ident::new(name, Span::call_site()))
}

/// The signature's outside: attributes, visibility, generics (always `A: grad::Scalar` when
/// the float type is `A`; sometimes a lifetime and an unused type parameter with a `where`
/// clause), whether it is a method, whether it returns a pair.
#[derive(Clone, Debug)]
struct Outside {
    attrs: TokenStream,
    vis: syn::Visibility,
    extra_generics: bool,
    method: bool,
    pair: bool,
}

fn outside() -> impl Strategy<Value = Outside> {
    (
        prop_oneof![
            4 => Just(quote!()),
            1 => Just(quote!(#[inline])),
            1 => Just(quote!(#[doc = "A loss."] #[allow(clippy::all)])),
        ],
        vis(),
        prop::bool::weighted(0.15),
        prop::bool::weighted(0.15),
        prop::bool::weighted(0.1),
    )
        .prop_map(|(attrs, vis, extra_generics, method, pair)| Outside {
            attrs,
            vis,
            extra_generics,
            method,
            pair,
        })
}

/// A function that looks differentiable (see the module's doc).
pub fn float_fn() -> impl Strategy<Value = ItemFn> {
    (ident(), params(), float_type(), outside()).prop_flat_map(|(name, params, float, outside)| {
        let scope = Scope::new(float, &params, &outside);
        let stmts = prop::collection::vec(stmt::stmt(&scope), 0..5);
        let result = expr::float_expr(&scope);
        let second = expr::float_expr(&scope);
        (stmts, result, second).prop_map(move |(stmts, result, second)| {
            let Scope { float, acc, .. } = &scope;
            let generics = match (float == "A", outside.extra_generics) {
                (false, false) => quote!(),
                (false, true) => quote!(<'a, T: Clone>),
                (true, false) => quote!(<A: grad::Scalar>),
                (true, true) => quote!(<'a, A: grad::Scalar, T: Clone>),
            };
            let where_clause = outside.extra_generics.then(|| quote!(where T: Copy + 'a));
            let receiver = outside.method.then(|| quote!(&self,));
            let typed = params.iter().map(|(p, k)| {
                let t = scope.ty(*k);
                quote!(#p: #t)
            });
            let (ret, tail) = if scope.pair {
                (quote!((#float, #float)), quote!((#acc + #result, #second)))
            } else {
                (quote!(#float), quote!(#acc + #result))
            };
            let Outside { attrs, vis, .. } = &outside;
            let tokens = quote! {
                #attrs
                #vis fn #name #generics (#receiver #(#typed),*) -> #ret #where_clause {
                    let mut #acc = 0.0;
                    #(#stmts)*
                    #tail
                }
            };
            syn::parse2(tokens.clone()).unwrap_or_else(|e| panic!("{e}: {tokens}"))
        })
    })
}
