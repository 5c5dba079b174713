//! The twin at dual numbers of a struct written in `f64` (or `f32`), `struct Spring { k: f64 }`:
//! a hidden struct generic over its float, each float of a field replaced by the parameter, on
//! which the derive runs again (so the twin is a `Tangent`, the gradient type of a copy of
//! `f_vjp` at dual numbers), and `impl LiftDual for Spring` whose twin is that struct at
//! `Dual<f64>`, lifted and split field by field as in `dual.rs`.
//!
//! ```text
//! // Input
//! #[derive(grad::Tangent)]
//! pub struct Spring { pub k: f64, w: Vec<f64>, head: Layer, #[tangent(skip)] n: usize }
//!
//! // Output, besides `impl Tangent for Spring` ..
//! #[doc(hidden)]
//! pub struct __GradDualSpring<__GradFloat: Scalar, __GradNested0: Tangent<Scalar = ..>>
//! { pub k: __GradFloat, w: Vec<__GradFloat>, head: __GradNested0, n: usize }
//! // .. the derive's impls for `__GradDualSpring<..>` ..
//! impl LiftDual for Spring where for<'__grad> Layer: LiftDual {
//!     type Dual = __GradDualSpring<Dual<f64>, <Layer as LiftDual>::Dual>; ..
//! }
//! ```
//!
//! A differentiated field is either written in the struct's one float, in a form with a twin
//! of its own (the float, a `Vec`, `[_; N]` or tuple of such, an ndarray `Array` of the float), or a
//! struct of the user's (`head: Layer`, `line: Line<f64>`, or a `Vec` of such), whose twin the
//! twin takes as a type parameter: the derive cannot see whether `Layer` has a twin, so the
//! impl asks it in a bound that rustc checks only where the twin is used (the `for<'__grad>`
//! keeps a bound that names no parameter from being checked at the impl), and a struct holding
//! a type without a twin still compiles, only `f_jvp` of a function taking it does not. A
//! skipped field naming the float in such a form is lifted as a constant, any other kept as it
//! is. A struct with generic parameters, with a differentiated field of another kind, or whose
//! fields name both floats, gets no twin.

use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote};
use syn::visit_mut::VisitMut;
use syn::{DeriveInput, Type};

use super::Field;
use crate::ctxt::Ctxt;
use crate::types::{self, TypeClass};

/// The name of the twin's float parameter.
const FLOAT: &str = "__GradFloat";

/// How a field crosses into the twin.
enum Kind {
    /// It names the float in a form with a twin: lifted by its own `LiftDual`.
    Float,
    /// It holds a struct of the user's (`Layer`, `Vec<Layer>`): lifted by the struct's
    /// `LiftDual`, its twin a type parameter of the twin.
    Nested,
    /// A skipped field of another type, the `i`-th of `Shape::kept`: cloned.
    Kept(usize),
}

/// What the twin is made of.
struct Shape {
    /// The float, when a differentiated field names it.
    float: Option<Ident>,
    kinds: Vec<Kind>,
    /// The user's structs the fields hold, in order: the twin's parameter `__GradNested{i}`
    /// stands for the twin of the `i`-th.
    nested: Vec<Type>,
    /// The types of the kept fields, in order: the twin's parameter `__GradKept{i}` stands for
    /// the `i`-th, so that a type that is not `Clone` is reported once, by the struct's own
    /// impls, and not again by the twin's.
    kept: Vec<Type>,
}

/// The twin, the derive's impls for it, and `impl LiftDual` for the struct; nothing for a
/// struct that gets no twin (see the module doc).
pub(super) fn twin_items(input: &DeriveInput, fields: &[Field]) -> TokenStream {
    let Some(shape) = shape(input, fields) else {
        return TokenStream::new();
    };
    let twin = twin_input(input, &shape);
    let cx = Ctxt::new();
    let twin_fields = super::fields(&cx, &twin);
    // The twin's fields are the struct's, which passed the same checks.
    let (Ok(()), Some(twin_fields)) = (cx.check(), twin_fields) else {
        return TokenStream::new();
    };
    let impls = super::generate(&twin, &twin_fields);
    let lift = lift_dual_impl(input, fields, &shape, &twin.ident);
    let twin = written(&twin);
    quote! {
        #twin
        #impls
        #lift
    }
}

/// How each field crosses, or `None` when the struct gets no twin.
fn shape(input: &DeriveInput, fields: &[Field]) -> Option<Shape> {
    let generics = &input.generics;
    if !generics.params.is_empty() || generics.where_clause.is_some() {
        return None;
    }
    let is_nested = |field: &Field| nested_struct(&field.ty, &input.ident).is_some();
    // The float of the differentiated fields; without one, of the skipped fields the twin can
    // lift (`#[tangent(skip)] scale: f64` beside `layers: Vec<Dense>`), which the copy at dual
    // numbers then reads as dual numbers, as it reads its float.
    let floats = |differentiated: bool| -> Vec<&str> {
        ["f64", "f32"]
            .into_iter()
            .filter(|float| {
                fields.iter().any(|field| {
                    field.skip != differentiated
                        && !is_nested(field)
                        && super::dual::names_parameter(&field.ty, *float)
                        && (differentiated || liftable(&field.ty, float))
                })
            })
            .collect()
    };
    let float = match (&floats(true)[..], &floats(false)[..]) {
        ([], []) => None,
        ([float], _) | ([], [float]) => Some(*float),
        _ => return None,
    };
    let mut nested: Vec<Type> = Vec::new();
    let mut kept: Vec<Type> = Vec::new();
    let mut kinds = Vec::new();
    for field in fields {
        let lifted = float.is_some_and(|float| liftable(&field.ty, float));
        let kind =
            if let Some(inner) = nested_struct(&field.ty, &input.ident).filter(|_| !field.skip) {
                if !nested.contains(inner) {
                    nested.push(inner.clone());
                }
                Kind::Nested
            } else if lifted {
                Kind::Float
            } else if field.skip {
                let index = kept.iter().position(|ty| *ty == field.ty);
                Kind::Kept(index.unwrap_or_else(|| {
                    kept.push(field.ty.clone());
                    kept.len() - 1
                }))
            } else {
                return None;
            };
        kinds.push(kind);
    }
    Some(Shape {
        float: float.map(|float| Ident::new(float, Span::call_site())),
        kinds,
        nested,
        kept,
    })
}

/// The struct of the user's that `ty` holds, when it is one (`Layer`, `geo::Layer`,
/// `Line<f64>`) or a `Vec` of such, and not the struct `own` itself.
fn nested_struct<'a>(ty: &'a Type, own: &Ident) -> Option<&'a Type> {
    match ty {
        Type::Paren(paren) => nested_struct(&paren.elem, own),
        Type::Group(group) => nested_struct(&group.elem, own),
        Type::Path(path) if path.qself.is_none() => {
            let last = path.path.segments.last()?;
            let name = last.ident.to_string();
            if name == "Vec" {
                let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
                    return None;
                };
                let mut args = args.args.iter();
                return match (args.next(), args.next()) {
                    (Some(syn::GenericArgument::Type(element)), None) => {
                        nested_struct(element, own)
                    }
                    _ => None,
                };
            }
            let known = name == "Self"
                || last.ident == *own
                || types::CONTAINERS.contains(&name.as_str())
                || name.starts_with("Array")
                || types::classify(ty) != TypeClass::Other;
            let named_self = crate::syntax::identifiers(quote!(#ty))
                .iter()
                .any(|ident| ident == own || ident == "Self");
            (name.starts_with(char::is_uppercase) && !known && !named_self).then_some(ty)
        }
        _ => None,
    }
}

/// Whether `ty`, which names `float`, is of a form with a twin (`grad::__private::LiftDual`):
/// the float, a `Vec`, `[_; N]` or tuple of such, an ndarray `Array` of the float.
fn liftable(ty: &Type, float: &str) -> bool {
    match ty {
        Type::Paren(paren) => liftable(&paren.elem, float),
        Type::Group(group) => liftable(&group.elem, float),
        Type::Array(array) => liftable(&array.elem, float),
        Type::Tuple(tuple) => {
            (1..=6).contains(&tuple.elems.len()) && tuple.elems.iter().all(|ty| liftable(ty, float))
        }
        Type::Path(path) if path.qself.is_none() => {
            let Some(last) = path.path.segments.last() else {
                return false;
            };
            let name = last.ident.to_string();
            let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
                return name == float && matches!(last.arguments, syn::PathArguments::None);
            };
            let Some(syn::GenericArgument::Type(element)) = args.args.first() else {
                return false;
            };
            match name.as_str() {
                "Vec" => args.args.len() == 1 && liftable(element, float),
                "Array" | "Array0" | "Array1" | "Array2" | "Array3" | "Array4" | "Array5"
                | "Array6" | "ArrayD" => {
                    matches!(element, Type::Path(p) if p.qself.is_none() && p.path.is_ident(float))
                }
                _ => false,
            }
        }
        _ => false,
    }
}

/// The twin's `i`-th nested parameter.
fn nested_parameter(index: usize) -> Ident {
    format_ident!("__GradNested{}", index)
}

/// The twin's `i`-th kept parameter.
fn kept_parameter(index: usize) -> Ident {
    format_ident!("__GradKept{}", index)
}

/// The twin's definition: the struct's fields (their own visibility and `#[tangent]`
/// attributes), each float replaced by the twin's float parameter, each struct of the user's
/// by its parameter.
fn twin_input(input: &DeriveInput, shape: &Shape) -> DeriveInput {
    let mut twin = input.clone();
    let float = Ident::new(FLOAT, Span::call_site());
    twin.ident = crate::naming::dual_twin(&input.ident);
    twin.attrs = vec![
        syn::parse_quote!(#[doc(hidden)]),
        syn::parse_quote!(#[derive(::core::clone::Clone)]),
    ];
    let tangent = quote!(::grad::__private::Tangent);
    let mut params: Vec<TokenStream> = Vec::new();
    let mut scalar = None;
    if shape.float.is_some() {
        params.push(quote!(#float: ::grad::Scalar));
        scalar = Some(quote!(<#float as #tangent>::Scalar));
    }
    for index in 0..shape.nested.len() {
        let parameter = nested_parameter(index);
        match &scalar {
            Some(scalar) => params.push(quote!(#parameter: #tangent<Scalar = #scalar>)),
            None => {
                params.push(quote!(#parameter: #tangent));
                scalar = Some(quote!(<#parameter as #tangent>::Scalar));
            }
        }
    }
    for index in 0..shape.kept.len() {
        let parameter = kept_parameter(index);
        params.push(quote!(#parameter: ::core::clone::Clone));
    }
    twin.generics = syn::parse_quote!(<#(#params),*>);
    if let syn::Data::Struct(data) = &mut twin.data {
        for (field, kind) in data.fields.iter_mut().zip(&shape.kinds) {
            field.attrs.retain(|attr| attr.path().is_ident(super::ATTR));
            let mut rename = Rename {
                float: shape.float.as_ref().map(|from| (from, &float)),
                nested: &shape.nested,
            };
            match kind {
                Kind::Float => rename.nested = &[],
                Kind::Nested => rename.float = None,
                Kind::Kept(index) => {
                    let parameter = kept_parameter(*index);
                    field.ty = syn::parse_quote!(#parameter);
                    continue;
                }
            }
            rename.visit_type_mut(&mut field.ty);
        }
    }
    twin
}

/// The twin's definition as written: without the `#[tangent]` attributes, which only the
/// derive reads.
fn written(twin: &DeriveInput) -> DeriveInput {
    let mut written = twin.clone();
    if let syn::Data::Struct(data) = &mut written.data {
        for field in data.fields.iter_mut() {
            field.attrs.clear();
        }
    }
    written
}

/// Replaces the float (`from`, `to`) with the twin's float parameter, and each of the user's
/// structs in `nested` with its parameter.
struct Rename<'a> {
    float: Option<(&'a Ident, &'a Ident)>,
    nested: &'a [Type],
}

impl VisitMut for Rename<'_> {
    fn visit_type_mut(&mut self, ty: &mut Type) {
        if let Some((from, to)) = self.float
            && let Type::Path(path) = ty
            && path.qself.is_none()
            && path.path.is_ident(from)
        {
            *ty = syn::parse_quote!(#to);
            return;
        }
        if let Some(index) = self.nested.iter().position(|nested| nested == ty) {
            let parameter = nested_parameter(index);
            *ty = syn::parse_quote!(#parameter);
            return;
        }
        syn::visit_mut::visit_type_mut(self, ty);
    }
}

/// `impl LiftDual for Spring` with `Dual = __GradDualSpring<Dual<f64>, ..>`.
fn lift_dual_impl(
    input: &DeriveInput,
    fields: &[Field],
    shape: &Shape,
    twin: &Ident,
) -> TokenStream {
    let ident = &input.ident;
    let lift = quote!(::grad::__private::LiftDual);
    let lifts = |kind: &Kind| !matches!(kind, Kind::Kept(_));
    let methods = super::dual::lift_dual_methods(
        ident,
        twin,
        fields
            .iter()
            .zip(&shape.kinds)
            .map(|(field, kind)| (field, lifts(kind))),
    );
    let float = shape
        .float
        .iter()
        .map(|float| quote!(::grad::Dual<::core::primitive::#float>));
    let (nested, kept) = (&shape.nested, &shape.kept);
    // The twin's own bounds on its nested parameters, at the nested twins (see `twin_input`).
    let tangent = quote!(::grad::__private::Tangent);
    let mut scalar = shape
        .float
        .as_ref()
        .map(|float| quote!(<::grad::Dual<::core::primitive::#float> as #tangent>::Scalar));
    let mut twins = Vec::new();
    for ty in nested {
        let twin = quote!(<#ty as #lift>::Dual);
        match &scalar {
            Some(scalar) => twins.push(quote!(#twin: #tangent<Scalar = #scalar>)),
            None => {
                twins.push(quote!(#twin: #tangent));
                scalar = Some(quote!(<#twin as #tangent>::Scalar));
            }
        }
    }
    quote! {
        #[automatically_derived]
        impl #lift for #ident
        where
            #(for<'__grad> #nested: #lift,)*
            #(for<'__grad> #twins,)*
            #(for<'__grad> #kept: ::core::clone::Clone,)*
        {
            type Dual = #twin<#(#float,)* #(<#nested as #lift>::Dual,)* #(#kept,)*>;
            #methods
        }
    }
}
