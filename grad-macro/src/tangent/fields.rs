//! The struct's fields as the derive uses them, read and checked: a struct with named fields, at
//! least one differentiated, `#[tangent(skip)]` well formed, no field type the macro can tell is
//! not differentiable left unskipped.

use quote::quote;
use syn::punctuated::Punctuated;
use syn::visit_mut::VisitMut;
use syn::{Data, DeriveInput, Fields, Ident, Meta, Token, Type};

use super::ATTR;
use crate::ctxt::Ctxt;
use crate::types::{self, TypeClass};

/// One named field, as the derive uses it.
pub(super) struct Field<'a> {
    pub(super) name: &'a Ident,
    /// The field's type, with `Self` written as the struct's name (the generated shape struct
    /// repeats the field types, and there `Self` would be the shape struct).
    pub(super) ty: Type,
    pub(super) skip: bool,
}

/// The struct's fields, with every problem reported into `cx`; `None` when the item is not a
/// struct with named fields.
pub(super) fn fields<'a>(cx: &Ctxt, input: &'a DeriveInput) -> Option<Vec<Field<'a>>> {
    let ident = &input.ident;
    for attr in &input.attrs {
        if attr.path().is_ident(ATTR) {
            cx.error_spanned_by(
                attr,
                "`#[tangent(..)]` goes on a field: `#[tangent(skip)]` marks a field that is not differentiated",
            );
        }
    }
    let named = named_fields(cx, input)?;
    let fields: Vec<Field> = named
        .named
        .iter()
        .map(|field| {
            let name = field.ident.as_ref().expect("named fields have names");
            let skip = skip_attribute(cx, &field.attrs);
            // A field with a `#[tangent]` attribute that did not say `skip` was reported
            // already: its type is not checked as well.
            let attributed = field.attrs.iter().any(|attr| attr.path().is_ident(ATTR));
            if !skip && !attributed && types::classify(&field.ty) == TypeClass::NotReal {
                cx.error_spanned_by(
                    &field.ty,
                    format!(
                        "field `{name}` of type `{}` is not differentiable; mark it `#[tangent(skip)]` if it is not differentiated (a size, a flag, configuration): a gradient then holds a copy of its value",
                        types::describe(&field.ty)
                    ),
                );
            }
            Field {
                name,
                ty: without_self(&field.ty, &input.ident, &input.generics),
                skip,
            }
        })
        .collect();
    if !fields.iter().any(|field| !field.skip) {
        cx.error_spanned_by(
            ident,
            format!(
                "`{ident}` has no differentiated field; `Tangent` needs at least one field that is not `#[tangent(skip)]`, of type f32, f64, an ndarray array, a `Vec` or a `Tangent` struct"
            ),
        );
    }
    Some(fields)
}

/// The struct's named fields; `None`, with the error reported into `cx`, for a tuple or unit
/// struct, an enum or a union.
fn named_fields<'a>(cx: &Ctxt, input: &'a DeriveInput) -> Option<&'a syn::FieldsNamed> {
    let ident = &input.ident;
    const WHAT: &str = "`Tangent` can be derived for structs with named fields";
    match &input.data {
        Data::Struct(data) => match &data.fields {
            Fields::Named(named) => Some(named),
            Fields::Unnamed(unnamed) => {
                cx.error_spanned_by(
                    unnamed,
                    format!(
                        "{WHAT}; `{ident}` is a tuple struct: name its fields, as in `struct {ident} {{ w: Array2<f64>, b: Array1<f64> }}`"
                    ),
                );
                None
            }
            Fields::Unit => {
                let (struct_token, semi_token) = (data.struct_token, data.semi_token);
                cx.error_spanned_by(
                    quote!(#struct_token #ident #semi_token),
                    format!(
                        "{WHAT}; `{ident}` is a unit struct, which holds no values to differentiate"
                    ),
                );
                None
            }
        },
        Data::Enum(data) => {
            let enum_token = data.enum_token;
            cx.error_spanned_by(
                quote!(#enum_token #ident),
                format!(
                    "{WHAT}; `{ident}` is an enum, whose values need not have the same shape: make it a struct, or give each variant's data a struct of its own"
                ),
            );
            None
        }
        Data::Union(data) => {
            let union_token = data.union_token;
            cx.error_spanned_by(
                quote!(#union_token #ident),
                format!("{WHAT}; `{ident}` is a union, whose fields overlap: make it a struct"),
            );
            None
        }
    }
}

/// Whether the field's attributes say `#[tangent(skip)]`, reporting malformed ones.
fn skip_attribute(cx: &Ctxt, attrs: &[syn::Attribute]) -> bool {
    let mut skip = false;
    for attr in attrs.iter().filter(|attr| attr.path().is_ident(ATTR)) {
        let Meta::List(list) = &attr.meta else {
            cx.error_spanned_by(
                attr,
                "expected `#[tangent(skip)]`, which marks a field that is not differentiated",
            );
            continue;
        };
        let options = match list.parse_args_with(Punctuated::<Meta, Token![,]>::parse_terminated) {
            Ok(options) => options,
            Err(error) => {
                cx.error_at(
                    error.span(),
                    format!("{error}; expected `#[tangent(skip)]`"),
                );
                continue;
            }
        };
        if options.is_empty() {
            cx.error_spanned_by(
                attr,
                "expected `#[tangent(skip)]`, which marks a field that is not differentiated",
            );
        }
        for option in options {
            match &option {
                Meta::Path(path) if path.is_ident("skip") => {
                    if skip {
                        cx.error_spanned_by(path, "`skip` is given twice");
                    }
                    skip = true;
                }
                Meta::List(_) | Meta::NameValue(_) if option.path().is_ident("skip") => {
                    cx.error_spanned_by(
                        &option,
                        "`skip` takes no value: write `#[tangent(skip)]`",
                    );
                }
                _ => cx.error_spanned_by(
                    option.path(),
                    format!(
                        "unknown `tangent` option `{}`; the only option is `skip`, as in `#[tangent(skip)]`, which marks a field that is not differentiated",
                        describe_path(option.path())
                    ),
                ),
            }
        }
    }
    skip
}

/// A path as written, for messages.
fn describe_path(path: &syn::Path) -> String {
    quote!(#path).to_string().replace(' ', "")
}

/// `ty` with every `Self` replaced by the struct's type, `Name<generic arguments>`.
fn without_self(ty: &Type, ident: &Ident, generics: &syn::Generics) -> Type {
    struct Replace(Type);
    impl VisitMut for Replace {
        fn visit_type_mut(&mut self, ty: &mut Type) {
            if let Type::Path(path) = ty
                && path.qself.is_none()
                && path.path.is_ident("Self")
            {
                *ty = self.0.clone();
                return;
            }
            syn::visit_mut::visit_type_mut(self, ty);
        }
    }
    let (_, ty_generics, _) = generics.split_for_impl();
    let mut ty = ty.clone();
    Replace(syn::parse_quote_spanned!(ident.span()=> #ident #ty_generics)).visit_type_mut(&mut ty);
    ty
}
