//! `#[derive(grad::Tangent)]`: a struct with named fields as a gradient type.
//!
//! For `struct T { a: A, b: B, #[tangent(skip)] n: N }` the derive writes, in this order:
//!
//! - `impl Tangent for T`, field by field over the differentiated fields (`a`, `b`; `dot` is
//!   `⟨x.a, y.a⟩ + ⟨x.b, y.b⟩`); skipped fields are cloned by `zeros_like` and otherwise left
//!   alone (also by `zip_chunks` and `zip_chunks_pair`, which pass their closure to each field
//!   in turn; `zip_update` and `zip_update_pair` are the trait's provided methods over them).
//!   `Scalar` is the first differentiated field's.
//! - `impl Accumulate for T` (`self += other` by value, through `Tangent::add_assign`), what the
//!   reverse sweep sums adjoints with (it scales them with `Tangent::scale`).
//! - In an anonymous `const _: () = { .. }`, a shape struct holding each differentiated field's
//!   `Differentiable::Shape` and a clone of each skipped field, with `TangentShape` (zeros of the
//!   shape: a `T`), and `impl Differentiable for T` with `Tangent = T`. A zero gradient is made
//!   from the shape without keeping `T` alive, and making the shape allocates no gradient.
//!
//! Every item carries the struct's generics and, for each field type that names no generic
//! parameter, a bound spanned at that type: `A: Tangent` for the first differentiated field,
//! `B: Tangent<Scalar = <A as Tangent>::Scalar>` for the others, `N: Clone` for skipped ones. A
//! field type that does not meet its bound is then reported once, at the type, and the bodies
//! (checked under the bound) add nothing. Field types the macro can tell are not
//! differentiable (integers, `bool`, `char`, text, and containers of them) are its own errors
//! unless skipped. Field types that name a generic parameter get no bound (rustc would then
//! take their scalar from the bound instead of the impl): the struct's own bounds must make
//! them `Tangent`, and the bodies are spanned at the field types so errors land there.
//!
//! `GRAD_DEBUG=1` prints the generated code.

use proc_macro2::{Span, TokenStream};
use quote::{ToTokens, format_ident, quote, quote_spanned};
use syn::punctuated::Punctuated;
use syn::spanned::Spanned;
use syn::visit::Visit;
use syn::visit_mut::VisitMut;
use syn::{Data, DeriveInput, Fields, Ident, Meta, Token, Type, WherePredicate};

use crate::ctxt::Ctxt;
use crate::types::{self, TypeClass};

/// The attribute the derive reads on fields.
const ATTR: &str = "tangent";

/// The derive's entry point: the generated impls, or every error found.
pub fn derive(input: TokenStream) -> TokenStream {
    let input = match syn::parse2::<DeriveInput>(input) {
        Ok(input) => input,
        Err(error) => return error.to_compile_error(),
    };
    let cx = Ctxt::new();
    let fields = fields(&cx, &input);
    match (cx.check(), fields) {
        (Ok(()), Some(fields)) => {
            let generated = generate(&input, &fields);
            if std::env::var_os("GRAD_DEBUG").is_some() {
                eprintln!("#[derive(Tangent)] {}: generated\n{generated}", input.ident);
            }
            generated
        }
        (Err(errors), _) => errors.to_compile_error(),
        (Ok(()), None) => TokenStream::new(),
    }
}

/// One named field, as the derive uses it.
struct Field<'a> {
    name: &'a Ident,
    /// The field's type, with `Self` written as the struct's name (the generated shape struct
    /// repeats the field types, and there `Self` would be the shape struct).
    ty: Type,
    skip: bool,
}

/// The struct's fields, with every problem reported into `cx`; `None` when the item is not a
/// struct with named fields.
fn fields<'a>(cx: &Ctxt, input: &'a DeriveInput) -> Option<Vec<Field<'a>>> {
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

/// The impls, for a struct whose fields passed the checks (at least one is differentiated).
fn generate(input: &DeriveInput, fields: &[Field]) -> TokenStream {
    let derive = Derive::new(input, fields);
    let tangent = derive.tangent_impl();
    let accumulate = derive.accumulate_impl();
    let shape = derive.shape_items();
    quote! {
        #tangent
        #accumulate
        #shape
    }
}

/// What every generated item needs: the struct, its generics with the fields' bounds added, and
/// its fields split into the differentiated and the skipped ones.
struct Derive<'a> {
    input: &'a DeriveInput,
    generics: syn::Generics,
    differentiated: Vec<&'a Field<'a>>,
    skipped: Vec<&'a Field<'a>>,
}

impl<'a> Derive<'a> {
    fn new(input: &'a DeriveInput, fields: &'a [Field<'a>]) -> Self {
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
    fn scalar(&self) -> TokenStream {
        let first = self.first();
        quote!(<#first as ::grad::__private::Tangent>::Scalar)
    }

    /// Each differentiated field's operation, given the field's name and its type's span: spanned
    /// there, rustc reports a field type that is not `Tangent` at the type.
    fn each(&self, op: impl Fn(&Ident, Span) -> TokenStream) -> Vec<TokenStream> {
        self.differentiated
            .iter()
            .map(|field| op(field.name, field.ty.span()))
            .collect()
    }

    fn names(fields: &[&'a Field<'a>]) -> Vec<&'a Ident> {
        fields.iter().map(|field| field.name).collect()
    }

    /// `Clone::clone(&self.name)` for each skipped field, spanned at its type.
    fn cloned(&self) -> Vec<TokenStream> {
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

impl Derive<'_> {
    /// `impl Tangent for T`, field by field over the differentiated fields.
    fn tangent_impl(&self) -> TokenStream {
        let ident = &self.input.ident;
        let (impl_generics, ty_generics, where_clause) = self.generics.split_for_impl();
        let scalar = self.scalar();
        let d_names = Self::names(&self.differentiated);
        let s_names = Self::names(&self.skipped);
        let cloned = self.cloned();
        let zeros = self.each(|name, span| {
            quote_spanned! {span=>
                ::grad::__private::Tangent::zeros_like(&self.#name)
            }
        });
        let add = self.each(|name, span| {
            quote_spanned! {span=>
                ::grad::__private::Tangent::add_assign(&mut self.#name, &other.#name);
            }
        });
        let scale = self.each(|name, span| {
            quote_spanned! {span=>
                ::grad::__private::Tangent::scale(&mut self.#name, a);
            }
        });
        let axpy = self.each(|name, span| {
            quote_spanned! {span=>
                ::grad::__private::Tangent::axpy(&mut self.#name, a, &other.#name);
            }
        });
        let squares = self.each(|name, span| {
            quote_spanned! {span=>
                ::grad::__private::Tangent::sum_of_squares(&self.#name)
            }
        });
        let dots = self.each(|name, span| {
            quote_spanned! {span=>
                ::grad::__private::Tangent::dot(&this.#name, &other.#name)
            }
        });
        let zip_chunks = self.zip_chunks_bodies();
        quote! {
            #[automatically_derived]
            impl #impl_generics ::grad::__private::Tangent for #ident #ty_generics #where_clause {
                type Scalar = #scalar;
                #[inline]
                fn zeros_like(&self) -> Self {
                    Self {
                        #(#d_names: #zeros,)*
                        #(#s_names: #cloned,)*
                    }
                }
                #[inline]
                fn add_assign(&mut self, other: &Self) {
                    #(#add)*
                }
                #[inline]
                fn scale(&mut self, a: Self::Scalar) {
                    #(#scale)*
                }
                #[inline]
                fn axpy(&mut self, a: Self::Scalar, other: &Self) {
                    #(#axpy)*
                }
                #[inline]
                fn sum_of_squares(&self) -> f64 {
                    0.0 #(+ #squares)*
                }
                #[inline]
                fn dot(this: &Self, other: &Self) -> Self::Scalar {
                    #(#dots)+*
                }
                #zip_chunks
            }
        }
    }

    /// `Tangent::zip_chunks` and `zip_chunks_pair`: each value of `xs` (`x`, `y`, `s`) at a time,
    /// the closure passed to each differentiated field in turn as a slice of one value.
    fn zip_chunks_bodies(&self) -> TokenStream {
        let zip_chunks = self.each(|name, span| {
            quote_spanned! {span=>
                ::grad::__private::Tangent::zip_chunks(
                    ::core::slice::from_mut(&mut x.#name),
                    ::core::slice::from_ref(&y.#name),
                    &mut *f,
                );
            }
        });
        let zip_chunks_pair = self.each(|name, span| {
            quote_spanned! {span=>
                ::grad::__private::Tangent::zip_chunks_pair(
                    ::core::slice::from_mut(&mut x.#name),
                    ::core::slice::from_mut(&mut s.#name),
                    ::core::slice::from_ref(&y.#name),
                    &mut *f,
                );
            }
        });
        quote! {
            fn zip_chunks(
                xs: &mut [Self],
                ys: &[Self],
                f: &mut dyn ::core::ops::FnMut(&mut [Self::Scalar], &[Self::Scalar]),
            ) {
                ::core::assert_eq!(
                    xs.len(),
                    ys.len(),
                    "grad: Tangent::zip_chunks of slices of different lengths"
                );
                for (x, y) in ::core::iter::Iterator::zip(xs.iter_mut(), ys.iter()) {
                    #(#zip_chunks)*
                }
            }
            fn zip_chunks_pair(
                xs: &mut [Self],
                ss: &mut [Self],
                ys: &[Self],
                f: &mut dyn ::core::ops::FnMut(
                    &mut [Self::Scalar],
                    &mut [Self::Scalar],
                    &[Self::Scalar],
                ),
            ) {
                ::core::assert!(
                    xs.len() == ss.len() && xs.len() == ys.len(),
                    "grad: Tangent::zip_chunks_pair of slices of different lengths"
                );
                let values = ::core::iter::Iterator::zip(xs.iter_mut(), ss.iter_mut());
                for ((x, s), y) in ::core::iter::Iterator::zip(values, ys.iter()) {
                    #(#zip_chunks_pair)*
                }
            }
        }
    }

    /// `impl Accumulate for T`: `self += other` by value, through `Tangent::add_assign`.
    fn accumulate_impl(&self) -> TokenStream {
        let ident = &self.input.ident;
        let (impl_generics, ty_generics, where_clause) = self.generics.split_for_impl();
        quote! {
            #[automatically_derived]
            impl #impl_generics ::grad::__private::Accumulate for #ident #ty_generics #where_clause {
                #[inline]
                fn accumulate(&mut self, other: Self) {
                    ::grad::__private::Tangent::add_assign(self, &other);
                }
            }
        }
    }

    /// In an anonymous `const _`, the shape struct (each differentiated field's shape, a clone of
    /// each skipped field) with `Clone` and `TangentShape`, and `impl Differentiable for T`.
    fn shape_items(&self) -> TokenStream {
        let ident = &self.input.ident;
        // The shape struct is as visible as the struct: it is its `Differentiable::Shape`.
        let vis = &self.input.vis;
        let generics = &self.generics;
        let (_, _, where_clause) = generics.split_for_impl();
        let (d_names, s_names) = (
            Self::names(&self.differentiated),
            Self::names(&self.skipped),
        );
        let shape = format_ident!("__{}TangentShape", ident);
        let shape_generics = if generics.params.is_empty() {
            quote!()
        } else {
            let params = &generics.params;
            quote!(<#params>)
        };
        let shape_types = self.differentiated.iter().map(|field| {
            let ty = &field.ty;
            quote_spanned!(ty.span()=> <#ty as ::grad::__private::Differentiable>::Shape)
        });
        let skipped_types = self.skipped.iter().map(|field| &field.ty);
        let (marker_field, _) = self.marker();
        let shape_doc = format!(
            "The shape of a `{ident}` gradient: its differentiated fields' shapes and copies of its skipped fields."
        );
        let shape_impl = self.shape_impl(&shape);
        let differentiable_impl = self.differentiable_impl(&shape);
        quote! {
            const _: () = {
                #[doc = #shape_doc]
                #vis struct #shape #shape_generics #where_clause {
                    #(#d_names: #shape_types,)*
                    #(#s_names: #skipped_types,)*
                    #marker_field
                }

                #shape_impl

                #differentiable_impl
            };
        }
    }

    /// The shape struct's marker field and its value: a `PhantomData` of the struct when it has
    /// generic parameters (which the shape struct might not use otherwise), nothing if not.
    fn marker(&self) -> (TokenStream, TokenStream) {
        if self.generics.params.is_empty() {
            return (quote!(), quote!());
        }
        let ident = &self.input.ident;
        let (_, ty_generics, _) = self.generics.split_for_impl();
        (
            quote!(__grad_marker: ::core::marker::PhantomData<fn() -> #ident #ty_generics>,),
            quote!(__grad_marker: ::core::marker::PhantomData,),
        )
    }

    /// The shape struct's `Clone` and `TangentShape`.
    fn shape_impl(&self, shape: &Ident) -> TokenStream {
        let ident = &self.input.ident;
        let (impl_generics, ty_generics, where_clause) = self.generics.split_for_impl();
        let (d_names, s_names) = (
            Self::names(&self.differentiated),
            Self::names(&self.skipped),
        );
        let (_, marker) = self.marker();
        let runtime = quote!(::grad::__private);
        let shape_zeros = self.each(|name, span| {
            quote_spanned! {span=>
                ::grad::__private::TangentShape::zeros(self.#name)
            }
        });
        quote! {
            #[automatically_derived]
            impl #impl_generics ::core::clone::Clone for #shape #ty_generics #where_clause {
                #[inline]
                fn clone(&self) -> Self {
                    Self {
                        #(#d_names: ::core::clone::Clone::clone(&self.#d_names),)*
                        #(#s_names: ::core::clone::Clone::clone(&self.#s_names),)*
                        #marker
                    }
                }
            }

            #[automatically_derived]
            impl #impl_generics #runtime::TangentShape for #shape #ty_generics #where_clause {
                type Tangent = #ident #ty_generics;
                #[inline]
                fn zeros(self) -> #ident #ty_generics {
                    #ident {
                        #(#d_names: #shape_zeros,)*
                        #(#s_names: self.#s_names,)*
                    }
                }

                fn placeholder(self) -> #ident #ty_generics {
                    #ident {
                        #(#d_names: #runtime::TangentShape::placeholder(self.#d_names),)*
                        #(#s_names: self.#s_names,)*
                    }
                }

                // Skipped fields read in a differentiated function may have had cotangents added
                // into them: a gradient holds the copies kept here instead.
                fn restore(&self, tangent: &mut #ident #ty_generics) {
                    #(#runtime::TangentShape::restore(&self.#d_names, &mut tangent.#d_names);)*
                    #(tangent.#s_names = ::core::clone::Clone::clone(&self.#s_names);)*
                }
            }
        }
    }

    /// `impl Differentiable for T`, with `T` its own gradient type and the shape struct its shape.
    fn differentiable_impl(&self, shape: &Ident) -> TokenStream {
        let ident = &self.input.ident;
        let (impl_generics, ty_generics, where_clause) = self.generics.split_for_impl();
        let (d_names, s_names) = (
            Self::names(&self.differentiated),
            Self::names(&self.skipped),
        );
        let (_, marker) = self.marker();
        let cloned = self.cloned();
        let shapes = self.each(|name, span| {
            quote_spanned! {span=>
                ::grad::__private::Differentiable::tangent_shape(&self.#name)
            }
        });
        quote! {
            #[automatically_derived]
            impl #impl_generics ::grad::__private::Differentiable for #ident #ty_generics #where_clause {
                type Tangent = Self;
                type Shape = #shape #ty_generics;
                #[inline]
                fn tangent_shape(&self) -> Self::Shape {
                    #shape {
                        #(#d_names: #shapes,)*
                        #(#s_names: #cloned,)*
                        #marker
                    }
                }
            }
        }
    }
}
