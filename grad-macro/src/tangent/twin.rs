//! The twin at dual numbers of a struct written in `f64` (or `f32`), `struct Spring { k: f64 }`:
//! a hidden struct generic over its float, each float of a field replaced by the parameter, on
//! which the derive runs again (so the twin is a `Tangent`, the gradient type of a copy of
//! `f_vjp` at dual numbers), and `impl LiftDual for Spring` whose twin is that struct at
//! `Dual<f64>`, lifted and split field by field as in `dual.rs`.
//!
//! ```text
//! // Input
//! #[derive(grad::Tangent)]
//! pub struct Spring { pub k: f64, w: Vec<f64>, #[tangent(skip)] n: usize }
//!
//! // Output, besides `impl Tangent for Spring` ..
//! #[doc(hidden)]
//! pub struct __GradDualSpring<__GradFloat: Scalar> { pub k: __GradFloat, w: Vec<__GradFloat>, #[tangent(skip)] n: usize }
//! // .. the derive's impls for `__GradDualSpring<__GradFloat>` ..
//! impl LiftDual for Spring { type Dual = __GradDualSpring<Dual<f64>>; fn lift_dual(..) .. }
//! ```
//!
//! Written only when the twin is sure to compile, since the derive cannot see other types: the
//! struct has no generic parameter, its fields name one float, every differentiated field names
//! it or is a struct of the user's named without generic arguments (`head: Layer`, or a `Vec` or
//! `[_; N]` of such, whose twin is `<Layer as LiftDual>::Dual`, which `Layer`'s own derive
//! writes), and every field naming the float is of a form with a twin of its own (the float,
//! `Vec`, `[_; N]` of such, an ndarray `Array`). Otherwise nothing.

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;
use syn::visit_mut::VisitMut;
use syn::{DeriveInput, Type};

use super::Field;
use crate::ctxt::Ctxt;

/// The name of the twin's float parameter.
const FLOAT: &str = "__GradFloat";

/// The twin, the derive's impls for it, and `impl LiftDual` for the struct; nothing for a
/// struct that gets no twin (see the module doc).
pub(super) fn twin_items(input: &DeriveInput, fields: &[Field]) -> TokenStream {
    let Some(float) = twin_float(input, fields) else {
        return TokenStream::new();
    };
    let twin = twin_input(input, &float);
    let cx = Ctxt::new();
    let twin_fields = super::fields(&cx, &twin);
    // The twin's fields are the struct's, which passed the same checks.
    let (Ok(()), Some(twin_fields)) = (cx.check(), twin_fields) else {
        return TokenStream::new();
    };
    let impls = super::generate(&twin, &twin_fields);
    let lift = lift_dual_impl(input, fields, &float, &twin.ident);
    let twin = written(&twin);
    quote! {
        #twin
        #impls
        #lift
    }
}

/// The float the struct is written in, when it gets a twin.
fn twin_float(input: &DeriveInput, fields: &[Field]) -> Option<Ident> {
    let generics = &input.generics;
    if !generics.params.is_empty() || generics.where_clause.is_some() {
        return None;
    }
    let names = |field: &Field, float: &str| {
        let ty = &field.ty;
        crate::syntax::identifiers(quote!(#ty))
            .iter()
            .any(|ident| ident == float)
    };
    let named: Vec<&str> = ["f64", "f32"]
        .into_iter()
        .filter(|float| fields.iter().any(|field| names(field, float)))
        .collect();
    let [float] = named[..] else {
        return None;
    };
    let every = fields.iter().all(|field| {
        if names(field, float) {
            liftable(&field.ty, float)
        } else {
            field.skip || nested(&field.ty)
        }
    });
    every.then(|| Ident::new(float, Span::call_site()))
}

/// Whether `ty` is a struct of the user's named without generic arguments (`Layer`), or a `Vec`
/// or `[_; N]` of such: a differentiated field whose twin is the nested struct's
/// (`<Layer as LiftDual>::Dual`), which its own `derive(Tangent)` writes.
fn nested(ty: &Type) -> bool {
    match ty {
        Type::Paren(paren) => nested(&paren.elem),
        Type::Group(group) => nested(&group.elem),
        Type::Array(array) => nested(&array.elem),
        Type::Path(path) if path.qself.is_none() => {
            let Some(last) = path.path.segments.last() else {
                return false;
            };
            if last.ident == "Vec" {
                return match &last.arguments {
                    syn::PathArguments::AngleBracketed(args) => {
                        match &args.args.iter().collect::<Vec<_>>()[..] {
                            [syn::GenericArgument::Type(element)] => nested(element),
                            _ => false,
                        }
                    }
                    _ => false,
                };
            }
            crate::plan::twin_struct(ty) == Some(false)
        }
        _ => false,
    }
}

/// Whether `ty`, which names `float`, is of a form with a twin (`grad::__private::LiftDual`):
/// the float, a `Vec` or `[_; N]` of such, an ndarray `Array` of the float.
fn liftable(ty: &Type, float: &str) -> bool {
    match ty {
        Type::Paren(paren) => liftable(&paren.elem, float),
        Type::Group(group) => liftable(&group.elem, float),
        Type::Array(array) => liftable(&array.elem, float),
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

/// The twin's definition: the struct's fields (their own visibility and `#[tangent]`
/// attributes), each `float` replaced by the twin's parameter.
fn twin_input(input: &DeriveInput, float: &Ident) -> DeriveInput {
    let mut twin = input.clone();
    let parameter = Ident::new(FLOAT, Span::call_site());
    twin.ident = crate::naming::dual_twin(&input.ident);
    twin.attrs = vec![
        syn::parse_quote!(#[doc(hidden)]),
        syn::parse_quote!(#[derive(::core::clone::Clone)]),
    ];
    twin.generics = syn::parse_quote!(<#parameter: ::grad::Scalar>);
    if let syn::Data::Struct(data) = &mut twin.data {
        for field in data.fields.iter_mut() {
            field.attrs.retain(|attr| attr.path().is_ident(super::ATTR));
            let skipped = !field.attrs.is_empty();
            Rename {
                from: float,
                to: &parameter,
                nested: !skipped,
            }
            .visit_type_mut(&mut field.ty);
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

/// Replaces the type `from` with the type `to`, and, with `nested`, a struct of the user's
/// (`Layer`) with its twin (`<Layer as LiftDual>::Dual`).
struct Rename<'a> {
    from: &'a Ident,
    to: &'a Ident,
    nested: bool,
}

impl VisitMut for Rename<'_> {
    fn visit_type_mut(&mut self, ty: &mut Type) {
        if let Type::Path(path) = ty
            && path.qself.is_none()
            && path.path.is_ident(self.from)
        {
            let to = self.to;
            *ty = syn::parse_quote!(#to);
            return;
        }
        if self.nested && crate::plan::twin_struct(ty) == Some(false) {
            *ty = syn::parse_quote!(<#ty as ::grad::__private::LiftDual>::Dual);
            return;
        }
        syn::visit_mut::visit_type_mut(self, ty);
    }
}

/// `impl LiftDual for Spring` with `Dual = __GradDualSpring<Dual<f64>>`.
fn lift_dual_impl(
    input: &DeriveInput,
    fields: &[Field],
    float: &Ident,
    twin: &Ident,
) -> TokenStream {
    let ident = &input.ident;
    let (mut names, mut lifted, mut constant, mut splits) = (vec![], vec![], vec![], vec![]);
    for field in fields {
        let ty = &field.ty;
        let names_float = crate::syntax::identifiers(quote!(#ty))
            .iter()
            .any(|ident| ident == float);
        let parts = super::dual::field_parts(field, names_float || !field.skip);
        names.push(field.name);
        lifted.push(parts.lifted);
        constant.push(parts.constant);
        splits.push(parts.split);
    }
    let parts: Vec<Ident> = names
        .iter()
        .map(|name| quote::format_ident!("__grad_{}", name))
        .collect();
    quote! {
        #[automatically_derived]
        impl ::grad::__private::LiftDual for #ident {
            type Dual = #twin<::grad::Dual<::core::primitive::#float>>;
            #[inline]
            fn lift_dual(&self, tangent: &Self) -> Self::Dual {
                #twin { #(#names: #lifted,)* }
            }
            #[inline]
            fn lift_dual_constant(&self) -> Self::Dual {
                #twin { #(#names: #constant,)* }
            }
            #[inline]
            fn split_dual(dual: Self::Dual) -> (Self, Self) {
                #(let #parts = #splits;)*
                (#ident { #(#names: #parts.0,)* }, #ident { #(#names: #parts.1,)* })
            }
        }
    }
}
