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
    /// The differentiated field type that sets the scalar ([`scalar_setter`]).
    setter: &'a Type,
}

impl<'a> Derive<'a> {
    pub(super) fn new(input: &'a DeriveInput, fields: &'a [Field<'a>]) -> Self {
        let differentiated: Vec<&Field> = fields.iter().filter(|field| !field.skip).collect();
        let skipped = fields.iter().filter(|field| field.skip).collect();
        let mut generics = input.generics.clone();
        let setter = scalar_setter(input, &differentiated);
        let bounds = field_bounds(input, fields, setter);
        generics.make_where_clause().predicates.extend(bounds);
        Self {
            input,
            generics,
            differentiated,
            skipped,
            setter,
        }
    }

    /// `<Setter as Tangent>::Scalar`, the scalar of the field type [`scalar_setter`] chose.
    pub(super) fn scalar(&self) -> TokenStream {
        let setter = self.setter;
        quote!(<#setter as ::grad::__private::Tangent>::Scalar)
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

/// The differentiated field type whose scalar is the struct's: the one the other fields' bounds
/// equate theirs with (`B: Tangent<Scalar = <Setter as Tangent>::Scalar>`).
///
/// Not simply the first field's. Those bounds name concrete types, and rustc proves a concrete
/// type `Tangent` from a bound in scope before an impl: with `w: Vec<f64>` first and `bias: f64`
/// after, the bound `f64: Tangent<Scalar = <Vec<f64> as Tangent>::Scalar>` is what proves
/// `f64: Tangent` inside `Vec<f64>`'s impl, whose scalar it asks for: rustc's E0275, "overflow
/// evaluating the requirement `<Vec<f64> as Tangent>::Scalar == _`", on the plainest struct.
/// The setter must not need another field's type to be `Tangent`, so, in field order, the first
/// of: a bare `f32` or `f64`; a type built of floats, tuples, `[_; N]` and the standard and
/// ndarray containers that holds no other field's type (`Vec<f64>` beside `Vec<Vec<f64>>`); any
/// type that holds no other field's type; the first field. A struct generic over its float keeps
/// the first field: its field types that name the parameter get no bound.
fn scalar_setter<'a>(input: &DeriveInput, differentiated: &[&'a Field<'a>]) -> &'a Type {
    let first = &differentiated[0].ty;
    if !input.generics.params.is_empty() {
        return first;
    }
    let texts: Vec<String> = differentiated
        .iter()
        .map(|field| field.ty.to_token_stream().to_string())
        .collect();
    let rank = |ty: &Type| {
        let text = ty.to_token_stream().to_string();
        if text == "f32" || text == "f64" {
            return 0;
        }
        let holds_another = inner_types(ty).iter().any(|inner| texts.contains(inner));
        match (holds_another, names_only_library_types(ty)) {
            (false, true) => 1,
            (false, false) => 2,
            (true, _) => 3,
        }
    };
    differentiated
        .iter()
        .map(|field| &field.ty)
        .min_by_key(|ty| rank(ty))
        .unwrap_or(first)
}

/// The types nested in `ty`, not `ty` itself, as token text (`Vec<Vec<f64>>`: `Vec<f64>`, `f64`).
fn inner_types(ty: &Type) -> Vec<String> {
    struct Collector(Vec<String>);
    impl<'ast> Visit<'ast> for Collector {
        fn visit_type(&mut self, ty: &'ast Type) {
            self.0.push(ty.to_token_stream().to_string());
            syn::visit::visit_type(self, ty);
        }
    }
    let mut collector = Collector(Vec::new());
    syn::visit::visit_type(&mut collector, ty);
    collector.0
}

/// Whether every name in `ty` is a float or a standard or ndarray container (`Vec<f64>`,
/// `[f32; 3]`, `(f64, f64)`, `ndarray::Array2<f64>`): its impls of `Tangent` need no type of
/// the user's.
fn names_only_library_types(ty: &Type) -> bool {
    // Besides the containers the macro knows (`types::CONTAINERS`): floats, the paths to them,
    // and the names an ndarray type is spelled with in full.
    const OTHER_NAMES: &[&str] = &[
        "f32",
        "f64",
        "std",
        "alloc",
        "vec",
        "Box",
        "ndarray",
        "Array0",
        "ArrayBase",
        "OwnedRepr",
        "Dim",
        "Ix0",
        "Ix1",
        "Ix2",
        "Ix3",
        "Ix4",
        "Ix5",
        "Ix6",
        "IxDyn",
    ];
    struct Names(bool);
    impl<'ast> Visit<'ast> for Names {
        fn visit_ident(&mut self, ident: &'ast Ident) {
            let name = ident.to_string();
            self.0 &= crate::types::CONTAINERS.contains(&name.as_str())
                || OTHER_NAMES.contains(&name.as_str());
        }
    }
    let mut names = Names(true);
    names.visit_type(ty);
    names.0
}

/// What the fields need, as bounds of every generated item, spanned at each field's type: a field
/// type that is not `Tangent` (or not `Tangent` with the setter's scalar ([`scalar_setter`]), or a skipped one that
/// is not `Clone`) is reported once, there, and nowhere else. Only for field types that name none
/// of the struct's generic parameters: a bound such as `Array1<A>: Tangent` would make rustc take
/// that field's scalar from the bound rather than from the impl, and the fields' scalars could
/// then not be shown equal. Generic field types rely on the struct's own bounds
/// (`A: grad::runtime::Scalar`, `T: grad::Tangent`). A field type naming the struct itself
/// (`children: Vec<Node>`) is left to the bodies too: as a bound, `Vec<Node>: Tangent` would need
/// the impl it is a bound of.
fn field_bounds(input: &DeriveInput, fields: &[Field], setter: &Type) -> Vec<WherePredicate> {
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
            } else if std::ptr::eq(ty, setter)
                || ty.to_token_stream().to_string() == setter.to_token_stream().to_string()
            {
                // The setter's type (or the same type again) sets the scalar;
                // `Inner: Tangent<Scalar = <Inner as Tangent>::Scalar>` would not terminate.
                syn::parse_quote_spanned!(end=> #ty: #tangent)
            } else {
                syn::parse_quote_spanned!(end=> #ty: #tangent<Scalar = <#setter as #tangent>::Scalar>)
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

#[cfg(test)]
mod tests {
    use quote::ToTokens;
    use syn::DeriveInput;

    use super::Derive;
    use crate::ctxt::Ctxt;
    use crate::tangent::fields::fields;

    /// The type `scalar_setter` picks for the struct `input`, as token text.
    fn setter(input: DeriveInput) -> String {
        let cx = Ctxt::new();
        let fields = fields(&cx, &input).expect("the fields are differentiable");
        cx.check().expect("no error");
        Derive::new(&input, &fields)
            .setter
            .to_token_stream()
            .to_string()
    }

    #[test]
    fn a_float_field_sets_the_scalar_wherever_it_is() {
        let input = syn::parse_quote!(
            struct Linear {
                w: Vec<f64>,
                bias: f64,
            }
        );
        assert_eq!(setter(input), "f64");
        let input = syn::parse_quote!(
            struct Linear {
                bias: f32,
                w: Vec<f32>,
            }
        );
        assert_eq!(setter(input), "f32");
    }

    #[test]
    fn a_container_of_floats_before_a_struct_or_a_container_of_it() {
        let input = syn::parse_quote!(
            struct Stacked {
                layer: Layer,
                extra: Vec<f64>,
            }
        );
        assert_eq!(setter(input), "Vec < f64 >");
        let input = syn::parse_quote!(
            struct Nested {
                rows: Vec<Vec<f64>>,
                row: Vec<f64>,
            }
        );
        assert_eq!(setter(input), "Vec < f64 >");
        let input = syn::parse_quote!(
            struct Net {
                w: ndarray::Array2<f64>,
                pair: (f64, f64),
                k: [f64; 3],
            }
        );
        assert_eq!(setter(input), "ndarray :: Array2 < f64 >");
    }

    #[test]
    fn a_struct_before_a_container_of_it_and_else_the_first_field() {
        let input = syn::parse_quote!(
            struct Deep {
                layers: Vec<Layer>,
                last: Layer,
            }
        );
        assert_eq!(setter(input), "Layer");
        let input = syn::parse_quote!(
            struct Two {
                a: Encoder,
                b: Decoder,
            }
        );
        assert_eq!(setter(input), "Encoder");
    }

    #[test]
    fn a_struct_generic_over_its_float_keeps_its_first_field() {
        let input = syn::parse_quote!(
            struct Line<A: Scalar> {
                w: Vec<A>,
                b: A,
            }
        );
        assert_eq!(setter(input), "Vec < A >");
    }
}
