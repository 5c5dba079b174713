//! What every generated item shares: the struct, its generics with a bound for each field type
//! (spanned at the type, so that a field type that does not meet it is reported there once), and
//! its fields split into the differentiated and the skipped ones.

use proc_macro2::{Span, TokenStream};
use quote::{ToTokens, quote, quote_spanned};
use syn::spanned::Spanned;
use syn::visit::Visit;
use syn::{DeriveInput, Ident, Type, WherePredicate};

use super::Field;
use crate::ctxt::Ctxt;

/// What every generated item needs: the struct, its generics with the fields' bounds added, and
/// its fields split into the differentiated and the skipped ones.
pub(super) struct Derive<'a> {
    pub(super) input: &'a DeriveInput,
    pub(super) generics: syn::Generics,
    pub(super) differentiated: Vec<&'a Field<'a>>,
    pub(super) skipped: Vec<&'a Field<'a>>,
}

impl<'a> Derive<'a> {
    pub(super) fn new(input: &'a DeriveInput, fields: &'a [Field<'a>]) -> Self {
        let differentiated: Vec<&Field> = fields.iter().filter(|field| !field.skip).collect();
        let skipped = fields.iter().filter(|field| field.skip).collect();
        let mut generics = input.generics.clone();
        let bounds = field_bounds(input, fields, &differentiated[0].ty);
        generics.make_where_clause().predicates.extend(bounds);
        Self {
            input,
            generics,
            differentiated,
            skipped,
        }
    }

    /// The first differentiated field's type, which sets the scalar.
    fn first(&self) -> &Type {
        &self.differentiated[0].ty
    }

    /// `<First as Tangent>::Scalar`.
    pub(super) fn scalar(&self) -> TokenStream {
        let first = self.first();
        quote!(<#first as ::grad::__private::Tangent>::Scalar)
    }

    /// Each differentiated field's operation, given the field's name and its type's span: spanned
    /// there, rustc reports a field type that is not `Tangent` at the type.
    pub(super) fn each(&self, op: impl Fn(&Ident, Span) -> TokenStream) -> Vec<TokenStream> {
        self.differentiated
            .iter()
            .map(|field| op(field.name, field.ty.span()))
            .collect()
    }

    pub(super) fn names(fields: &[&'a Field<'a>]) -> Vec<&'a Ident> {
        fields.iter().map(|field| field.name).collect()
    }

    /// `Clone::clone(&self.name)` for each skipped field, spanned at its type.
    pub(super) fn cloned(&self) -> Vec<TokenStream> {
        self.skipped
            .iter()
            .map(|field| {
                let name = field.name;
                quote_spanned!(field.ty.span()=> ::core::clone::Clone::clone(&self.#name))
            })
            .collect()
    }
}

/// What the fields need, as bounds of every generated item, spanned at each field's type: a field
/// type that is not `Tangent` (or not `Tangent` with the first one's scalar, or a skipped one that
/// is not `Clone`) is reported once, there, and nowhere else. Only for field types that name none
/// of the struct's generic parameters: a bound such as `Array1<A>: Tangent` would make rustc take
/// that field's scalar from the bound rather than from the impl, and the fields' scalars could
/// then not be shown equal. Generic field types rely on the struct's own bounds
/// (`A: grad::runtime::Scalar`, `T: grad::Tangent`). A field type naming the struct itself
/// (`children: Vec<Node>`) is left to the bodies too: as a bound, `Vec<Node>: Tangent` would need
/// the impl it is a bound of.
fn field_bounds(input: &DeriveInput, fields: &[Field], first: &Type) -> Vec<WherePredicate> {
    let mut parameters = generic_parameters(&input.generics);
    parameters.extend([input.ident.clone(), Ident::new("Self", Span::call_site())]);
    fields
        .iter()
        .filter(|field| !mentions_any(&field.ty, &parameters))
        .map(|field| {
            let ty = &field.ty;
            // From the type's first token to its last: the bound's span is the type's.
            let end = ty
                .to_token_stream()
                .into_iter()
                .last()
                .map_or(ty.span(), |last| last.span());
            // rustc reports an unmet bound at the trait's path: spanned at the type too.
            let tangent = quote_spanned!(end=> ::grad::__private::Tangent);
            if field.skip {
                syn::parse_quote_spanned!(end=> #ty: ::core::clone::Clone)
            } else if std::ptr::eq(ty, first)
                || ty.to_token_stream().to_string() == first.to_token_stream().to_string()
            {
                // The first differentiated field's type (or the same type again) sets the scalar;
                // `Inner: Tangent<Scalar = <Inner as Tangent>::Scalar>` would not terminate.
                syn::parse_quote_spanned!(end=> #ty: #tangent)
            } else {
                syn::parse_quote_spanned!(end=> #ty: #tangent<Scalar = <#first as #tangent>::Scalar>)
            }
        })
        .collect()
}

/// Reports, into `cx`, each type parameter that a differentiated field names but that has no bound
/// at all (`struct Spring<A> { k: A }`). The derive leaves generic field types to the struct's own
/// bounds (see [`field_bounds`]), so without one rustc would report every generated item, naming
/// the runtime's traits; one error at the parameter says what to write. A parameter with any
/// bound is trusted: `A: MyFloat` may well imply `grad::Scalar`.
pub(super) fn report_unbounded_parameters(cx: &Ctxt, input: &DeriveInput, fields: &[Field]) {
    let generics = &input.generics;
    for param in generics.type_params() {
        let bounded_inline = !param.bounds.is_empty();
        let bounded_in_where = generics.where_clause.iter().any(|clause| {
            clause.predicates.iter().any(|predicate| match predicate {
                WherePredicate::Type(predicate) => {
                    matches!(&predicate.bounded_ty, Type::Path(path) if path.qself.is_none() && path.path.is_ident(&param.ident))
                }
                _ => false,
            })
        });
        let named = std::slice::from_ref(&param.ident);
        let used = fields
            .iter()
            .any(|field| !field.skip && mentions_any(&field.ty, named));
        if used && !bounded_inline && !bounded_in_where {
            let name = &param.ident;
            cx.error_spanned_by(
                name,
                format!(
                    "type parameter `{name}` has no bound, so `Tangent` cannot be derived for the fields that use it: write `{name}: grad::Scalar` if `{name}` is the float type (f32 or f64), or `{name}: grad::Tangent` if it is a gradient type"
                ),
            );
        }
    }
}

/// The names of the struct's generic parameters: lifetimes, types and constants.
fn generic_parameters(generics: &syn::Generics) -> Vec<Ident> {
    generics
        .params
        .iter()
        .map(|param| match param {
            syn::GenericParam::Lifetime(param) => param.lifetime.ident.clone(),
            syn::GenericParam::Type(param) => param.ident.clone(),
            syn::GenericParam::Const(param) => param.ident.clone(),
        })
        .collect()
}

/// Whether `ty` names one of `parameters` (as a path's first segment or a lifetime).
fn mentions_any(ty: &Type, parameters: &[Ident]) -> bool {
    struct Finder<'a> {
        parameters: &'a [Ident],
        found: bool,
    }
    impl<'ast> Visit<'ast> for Finder<'_> {
        fn visit_path(&mut self, path: &'ast syn::Path) {
            if let Some(first) = path.segments.first() {
                self.found |= self.parameters.contains(&first.ident);
            }
            syn::visit::visit_path(self, path);
        }
        fn visit_lifetime(&mut self, lifetime: &'ast syn::Lifetime) {
            self.found |= self.parameters.contains(&lifetime.ident);
        }
    }
    let mut finder = Finder {
        parameters,
        found: false,
    };
    finder.visit_type(ty);
    finder.found
}
