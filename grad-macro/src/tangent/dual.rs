//! `impl LiftDual for T` (`grad::__private::LiftDual`): for a struct generic over its float,
//! `struct Line<A: Scalar> { .. }`, its twin at dual numbers `Line<Dual<A>>`, lifted from a
//! value and a tangent field by field and split back. It is what lets `f_jvp` and `f_hvp` run a
//! method of `impl<A: Scalar> Line<A>` (or a function taking a `&Line<f64>`) at dual numbers.
//!
//! Written only for a struct with exactly one type parameter `A`, no const parameter, and every
//! differentiated field's type naming `A`: a differentiated field in `f64` would have no room
//! for its tangent in the twin, and its derivative would be lost. Fields whose type names `A`
//! are lifted by their own `LiftDual` (skipped ones as constants); the others are cloned.
//!
//! ```text
//! impl<A: Scalar> LiftDual for Line<A>
//! where Dual<A>: Scalar, A: LiftDual<Dual = Dual<A>>, Array1<A>: LiftDual<Dual = Array1<Dual<A>>>
//! { type Dual = Line<Dual<A>>; fn lift_dual(..) fn lift_dual_constant(..) fn split_dual(..) }
//! ```

use proc_macro2::{Ident, TokenStream};
use quote::{quote, quote_spanned};
use syn::spanned::Spanned;
use syn::visit_mut::VisitMut;
use syn::{GenericParam, Type, WherePredicate};

use super::{Derive, Field};

impl Derive<'_> {
    /// The impl, or nothing for a struct that has no twin at dual numbers.
    pub(super) fn lift_dual_impl(&self) -> TokenStream {
        let Some(scalar) = self.float_parameter() else {
            return TokenStream::new();
        };
        let ident = &self.input.ident;
        let generics = &self.input.generics;
        let (impl_generics, ty_generics, _) = generics.split_for_impl();
        let lifted_generics = at_dual(&syn::parse_quote!(#ident #ty_generics), &scalar);
        let mut predicates: Vec<WherePredicate> = generics
            .where_clause
            .iter()
            .flat_map(|clause| clause.predicates.iter().cloned())
            .collect();
        predicates.extend(self.twin_bounds(&scalar));
        let lift = quote!(::grad::__private::LiftDual);
        let fields = self.differentiated.iter().chain(&self.skipped);
        let methods = lift_dual_methods(
            ident,
            ident,
            fields.map(|field| (*field, names_parameter(&field.ty, &scalar))),
        );
        quote! {
            #[automatically_derived]
            impl #impl_generics #lift for #ident #ty_generics where #(#predicates,)* {
                type Dual = #lifted_generics;
                #methods
            }
        }
    }

    /// The struct's float parameter: its one type parameter, when it has no const parameter and
    /// every differentiated field's type names it.
    fn float_parameter(&self) -> Option<Ident> {
        let generics = &self.input.generics;
        if generics
            .params
            .iter()
            .any(|param| matches!(param, GenericParam::Const(_)))
        {
            return None;
        }
        let [param] = &generics.type_params().collect::<Vec<_>>()[..] else {
            return None;
        };
        let scalar = param.ident.clone();
        self.differentiated
            .iter()
            .all(|field| names_parameter(&field.ty, &scalar))
            .then_some(scalar)
    }

    /// The twin's bounds: `Dual<A>` meets every bound the struct puts on `A` (so that the twin
    /// is a well-formed type), and each field type naming `A` lifts to itself at `Dual<A>`.
    fn twin_bounds(&self, scalar: &Ident) -> Vec<WherePredicate> {
        let generics = &self.input.generics;
        let dual: Type = syn::parse_quote!(::grad::Dual<#scalar>);
        let mut bounds: Vec<WherePredicate> = Vec::new();
        for param in generics.type_params() {
            let own = &param.bounds;
            if !own.is_empty() {
                bounds.push(syn::parse_quote!(#dual: #own));
            }
        }
        for predicate in generics.where_clause.iter().flat_map(|c| &c.predicates) {
            if let WherePredicate::Type(predicate) = predicate
                && matches!(&predicate.bounded_ty, Type::Path(path) if path.path.is_ident(scalar))
            {
                let own = &predicate.bounds;
                bounds.push(syn::parse_quote!(#dual: #own));
            }
        }
        let mut seen: Vec<String> = Vec::new();
        for field in self.differentiated.iter().chain(&self.skipped) {
            let ty = &field.ty;
            let key = quote!(#ty).to_string();
            if seen.contains(&key) {
                continue;
            }
            seen.push(key);
            if names_parameter(ty, scalar) {
                let twin = at_dual(ty, scalar);
                bounds.push(syn::parse_quote_spanned!(ty.span()=>
                    #ty: ::grad::__private::LiftDual<Dual = #twin>));
                if field.skip {
                    bounds.push(syn::parse_quote_spanned!(ty.span()=> #ty: ::core::clone::Clone));
                }
            } else {
                bounds.push(syn::parse_quote_spanned!(ty.span()=> #ty: ::core::clone::Clone));
            }
        }
        bounds
    }
}

/// The three methods of `impl LiftDual for ident`, whose twin is built as `twin { .. }`: each
/// of `fields` lifted with its tangent (or as a constant, or cloned where its flag is false) and
/// split back into value and tangent, field by field.
pub(super) fn lift_dual_methods<'a>(
    ident: &Ident,
    twin: &Ident,
    fields: impl Iterator<Item = (&'a Field<'a>, bool)>,
) -> TokenStream {
    let (mut names, mut lifted, mut constant, mut splits) = (vec![], vec![], vec![], vec![]);
    for (field, lifts) in fields {
        let parts = field_parts(field, lifts);
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

/// What one field contributes to the impl's three methods.
pub(super) struct FieldParts {
    /// Its value in the twin, from `self` and `tangent`.
    pub(super) lifted: TokenStream,
    /// Its value in the twin, from `self` alone.
    pub(super) constant: TokenStream,
    /// `(value, tangent)` of the field from `dual`.
    pub(super) split: TokenStream,
}

/// A `lifted` field (one naming the float) is lifted by its own `LiftDual` (a skipped one as a
/// constant, whose split keeps the value on both sides, as `Tangent::zeros_like` keeps it); any
/// other field, a skipped one, is cloned.
pub(super) fn field_parts(field: &Field, lifted: bool) -> FieldParts {
    let (name, ty, span) = (field.name, &field.ty, field.ty.span());
    let lift = quote_spanned!(span=> ::grad::__private::LiftDual);
    let kept = |value: TokenStream| quote_spanned!(span=> { let value = #value; (::core::clone::Clone::clone(&value), value) });
    if !lifted {
        let clone = quote_spanned!(span=> ::core::clone::Clone::clone(&self.#name));
        return FieldParts {
            lifted: clone.clone(),
            constant: clone,
            split: kept(quote!(dual.#name)),
        };
    }
    let constant = quote_spanned!(span=> #lift::lift_dual_constant(&self.#name));
    let split = quote_spanned!(span=> <#ty as #lift>::split_dual(dual.#name));
    if field.skip {
        FieldParts {
            lifted: constant.clone(),
            constant,
            split: kept(quote!(#split.0)),
        }
    } else {
        FieldParts {
            lifted: quote_spanned!(span=> #lift::lift_dual(&self.#name, &tangent.#name)),
            constant,
            split,
        }
    }
}

/// Whether `ty` names the type parameter (or type) `scalar`: `A` in `Vec<A>`, `f64` in
/// `Array1<f64>`.
pub(super) fn names_parameter<T: ?Sized>(ty: &Type, scalar: &T) -> bool
where
    Ident: PartialEq<T>,
{
    crate::syntax::identifiers(quote!(#ty))
        .iter()
        .any(|ident| ident == scalar)
}

/// `ty` with the type parameter `scalar` replaced by `::grad::Dual<scalar>`.
pub(crate) fn at_dual(ty: &Type, scalar: &Ident) -> Type {
    struct Lift<'a>(&'a Ident);
    impl VisitMut for Lift<'_> {
        fn visit_type_mut(&mut self, ty: &mut Type) {
            if let Type::Path(path) = ty
                && path.qself.is_none()
                && path.path.is_ident(self.0)
            {
                let scalar = self.0;
                *ty = syn::parse_quote!(::grad::Dual<#scalar>);
                return;
            }
            syn::visit_mut::visit_type_mut(self, ty);
        }
    }
    let mut ty = ty.clone();
    Lift(scalar).visit_type_mut(&mut ty);
    ty
}
