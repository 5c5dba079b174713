//! The signature: which parameters are differentiated, their gradient types, and what the
//! result allows (`f_grad` only for a float result). Everything the contract forbids in a
//! signature is reported here, spanned at the offending tokens.

use quote::ToTokens;
use syn::spanned::Spanned;
use syn::visit::Visit;
use syn::{FnArg, GenericParam, Ident, ItemFn, Pat, ReturnType, Type};

use crate::args::Args;
use crate::ctxt::Ctxt;
use crate::types::{self, TypeClass};

/// One parameter of the differentiated function.
#[derive(Debug)]
pub struct Param {
    pub ident: Ident,
    pub mutable: bool,
    pub ty: Type,
    /// Differentiated: its gradient is returned.
    pub differentiated: bool,
}

impl Param {
    /// The gradient type (only meaningful when differentiated).
    pub fn tangent(&self) -> Type {
        types::tangent(&self.ty)
    }
}

/// The checked signature of the function under `#[differentiate]`.
#[derive(Debug)]
pub struct Signature {
    pub params: Vec<Param>,
    /// The result type (`None` when it is missing or not real-valued, an error already reported).
    pub output: Option<Type>,
    /// The result is `f32` or `f64` (or a type parameter, `A: grad::Scalar`): `f_grad` is
    /// generated.
    pub has_grad: bool,
    /// The function is a method: its first parameter is `self`.
    pub is_method: bool,
    /// The function is an item of an `impl` block: a method, or an associated function without
    /// `self` in a block marked `#[differentiate]` or naming `Self` (`Self::penalty(x)`). Its
    /// generated functions call each other as `Self::f_vjp`, and its copies at dual numbers
    /// are items of the block (a block cannot hold a module or a `use`).
    pub in_impl: bool,
    /// The function's name.
    pub name: Ident,
    /// The type parameters of the `impl` block around a method, when `#[differentiate]` on the
    /// block says them (`impl_block.rs`): in scope, so the pullback's `use<..>` names them.
    pub scope_type_params: Vec<Ident>,
    /// The float type parameter of the `impl` block around a method (`A` in
    /// `impl<A: Scalar> Line<A>`), when `#[differentiate]` on the block says it: `f_jvp` and
    /// `f_hvp` run the method on the receiver's twin at dual numbers, `Line<Dual<A>>`; with
    /// what the block's other bounds on `A` ask of `Dual<A>`.
    pub block_scalar: Option<crate::plan::FloatParam>,
    /// The `impl` block's self type (`Line<A>`), when `#[differentiate]` on the block says it.
    pub self_ty: Option<Type>,
}

impl Signature {
    /// Reads and checks the signature, reporting problems into `cx`. The second value says
    /// whether it is free of errors, so that functions with its signature can be generated; the
    /// parameters that could be read are returned either way, so that the body is still checked.
    pub fn from_fn(cx: &Ctxt, args: &Args, item: &ItemFn) -> (Self, bool) {
        let errors_before = cx.error_count();
        check_qualifiers(cx, item);
        let mut params = read_params(cx, item);
        let output = read_output(cx, item);
        if let Some(wrt) = &args.wrt {
            check_wrt(cx, args, item, &params, wrt);
        }
        let ok = cx.error_count() == errors_before;
        for param in &mut params {
            param.differentiated = match &args.wrt {
                Some(wrt) => wrt.contains(&param.ident),
                None => types::classify(&param.ty) != TypeClass::NotReal,
            };
        }
        let has_grad = output
            .as_ref()
            .is_some_and(|ty| types::is_float(ty) || is_type_param(ty, &item.sig.generics));
        let is_method = matches!(item.sig.inputs.first(), Some(FnArg::Receiver(_)));
        let sig = Self {
            params,
            output,
            has_grad,
            is_method,
            in_impl: is_method || names_self(item),
            name: item.sig.ident.clone(),
            scope_type_params: Vec::new(),
            block_scalar: None,
            self_ty: None,
        };
        (sig, ok)
    }

    /// The signature of a method in an `impl` block with these type parameters: a result that
    /// is one of them is a float as the function's own would be.
    pub fn in_scope_of(&mut self, type_params: &[Ident]) {
        self.scope_type_params = type_params.to_vec();
        let generics = syn::parse_quote!(<#(#type_params),*>);
        self.has_grad |= self
            .output
            .as_ref()
            .is_some_and(|ty| is_type_param(ty, &generics));
    }

    /// For each parameter in order, whether it is differentiated.
    pub fn differentiated_mask(&self) -> Vec<bool> {
        self.params
            .iter()
            .map(|param| param.differentiated)
            .collect()
    }

    pub fn differentiated(&self) -> impl Iterator<Item = &Param> {
        self.params.iter().filter(|param| param.differentiated)
    }
}

/// Whether the function names `Self` (in its signature or body), which only an item of an
/// `impl` block can: an associated function marked alone is told from a free function so.
fn names_self(item: &ItemFn) -> bool {
    let tokens = quote::quote!(#item);
    crate::syntax::identifiers(tokens)
        .iter()
        .any(|ident| ident == "Self")
}

/// `ty` with every token spanned at `span`.
fn respan(ty: Type, span: proc_macro2::Span) -> Type {
    let tokens: proc_macro2::TokenStream = ty
        .into_token_stream()
        .into_iter()
        .map(|mut tree| {
            tree.set_span(span);
            tree
        })
        .collect();
    syn::parse2(tokens).unwrap_or_else(|_| syn::parse_quote_spanned!(span=> Self))
}

/// Whether `ty` is one of the function's own type parameters (`A` in `fn f<A: Scalar>(..) -> A`).
fn is_type_param(ty: &Type, generics: &syn::Generics) -> bool {
    let Type::Path(path) = ty else {
        return false;
    };
    path.qself.is_none()
        && path
            .path
            .get_ident()
            .is_some_and(|ident| generics.type_params().any(|param| param.ident == *ident))
}

fn check_qualifiers(cx: &Ctxt, item: &ItemFn) {
    let sig = &item.sig;
    if let Some(asyncness) = &sig.asyncness {
        cx.error_spanned_by(
            asyncness,
            "`async fn` cannot be differentiated; differentiate a synchronous function and call it from the async code",
        );
    }
    if let Some(unsafety) = &sig.unsafety {
        cx.error_spanned_by(
            unsafety,
            "`unsafe fn` cannot be differentiated; keep the unsafe code in a helper and give that helper a hand-written `_vjp`",
        );
    }
    if let Some(variadic) = &sig.variadic {
        cx.error_spanned_by(variadic, "variadic functions cannot be differentiated");
    }
    for param in &sig.generics.params {
        match param {
            GenericParam::Lifetime(_) => {}
            // Type parameters (`S: Data<Elem = f64>, D: Dimension` for `&ArrayBase<S, D>`) are
            // carried to the generated functions; the rules' own bounds are checked by rustc.
            GenericParam::Type(_) => {}
            GenericParam::Const(constant) => cx.error_spanned_by(
                constant,
                "const generic parameters are not supported by #[differentiate]; pass the value as a `usize` parameter",
            ),
        }
    }
}

/// The parameters that pass the checks, in order; each one that does not is reported into `cx`.
fn read_params(cx: &Ctxt, item: &ItemFn) -> Vec<Param> {
    item.sig
        .inputs
        .iter()
        .filter_map(|input| match input {
            FnArg::Receiver(receiver) => receiver_param(cx, receiver),
            FnArg::Typed(typed) => typed_param(cx, typed),
        })
        .collect()
}

/// `self`, `&self` or `mut self` as a parameter; `&mut self` is an error.
fn receiver_param(cx: &Ctxt, receiver: &syn::Receiver) -> Option<Param> {
    if receiver.mutability.is_some() && receiver.reference.is_some() {
        cx.error_spanned_by(
            receiver,
            "`&mut self` methods cannot be differentiated; take `&self` or `self` and return what the method computes",
        );
        return None;
    }
    // `&self` is `self: &Self`, spanned at the receiver so that an error about
    // `Self`'s gradient points there.
    let ty = &receiver.ty;
    let ty: Type = syn::parse_quote_spanned!(receiver.span()=> #ty);
    Some(Param {
        ident: Ident::new("self", receiver.self_token.span),
        mutable: receiver.mutability.is_some() && receiver.reference.is_none(),
        ty: respan(ty, receiver.span()),
        differentiated: false,
    })
}

/// `name: T` as a parameter; a pattern, a `&mut` or an `impl Trait` parameter is an error.
fn typed_param(cx: &Ctxt, typed: &syn::PatType) -> Option<Param> {
    let Pat::Ident(pat) = &*typed.pat else {
        cx.error_spanned_by(
            &typed.pat,
            "a parameter must be a plain name under #[differentiate]; destructure it with `let` in the body",
        );
        return None;
    };
    if pat.by_ref.is_some() || pat.subpat.is_some() {
        cx.error_spanned_by(
            &typed.pat,
            "a parameter must be a plain name under #[differentiate]",
        );
        return None;
    }
    if let Type::Reference(reference) = &*typed.ty
        && let Some(mutability) = &reference.mutability
    {
        cx.error_spanned_by(
            mutability,
            "`&mut` parameters cannot be differentiated; take the value by `&` or by value and return what the function computes",
        );
        return None;
    }
    if let Some(segment) = types::last_segment(&typed.ty)
        && segment.ident.to_string().starts_with("ArrayViewMut")
    {
        cx.error_spanned_by(
            &typed.ty,
            "an `ArrayViewMut` parameter is a mutable borrow and cannot be differentiated; take an `ArrayView` (or `&Array`) and return what the function computes",
        );
        return None;
    }
    if let Type::ImplTrait(impl_trait) = &*typed.ty {
        cx.error_spanned_by(
            impl_trait,
            "`impl Trait` parameters are not supported by #[differentiate]; name the concrete type",
        );
        return None;
    }
    Some(Param {
        ident: pat.ident.clone(),
        mutable: pat.mutability.is_some(),
        ty: (*typed.ty).clone(),
        differentiated: false,
    })
}

fn read_output(cx: &Ctxt, item: &ItemFn) -> Option<Type> {
    match &item.sig.output {
        ReturnType::Default => {
            cx.error_spanned_by(
                &item.sig.ident,
                format!(
                    "`{}` returns nothing, so it has no derivative; #[differentiate] needs a real-valued result such as `f64`",
                    item.sig.ident
                ),
            );
            None
        }
        ReturnType::Type(_, ty) => {
            if let Some(impl_trait) = find_impl_trait(ty) {
                cx.error_spanned_by(
                    impl_trait,
                    "an `impl Trait` result is not supported by #[differentiate]: the pullback takes a cotangent of the result's type, which must be named; return the concrete type",
                );
                return None;
            }
            if types::classify(ty) == TypeClass::NotReal {
                cx.error_spanned_by(
                    ty,
                    format!(
                        "the result type `{}` is not real-valued, so `_grad` and `_vjp` cannot be generated; return `f32` or `f64`",
                        types::describe(ty)
                    ),
                );
                return None;
            }
            Some((**ty).clone())
        }
    }
}

/// The first `impl Trait` anywhere in `ty` (the generated functions name the result's type in
/// places where an opaque type is not allowed, or does not even parse: `(impl A + B, ..)`).
fn find_impl_trait(ty: &Type) -> Option<&syn::TypeImplTrait> {
    struct Find<'ast>(Option<&'ast syn::TypeImplTrait>);
    impl<'ast> Visit<'ast> for Find<'ast> {
        fn visit_type_impl_trait(&mut self, impl_trait: &'ast syn::TypeImplTrait) {
            self.0.get_or_insert(impl_trait);
        }
    }
    let mut find = Find(None);
    find.visit_type(ty);
    find.0
}

fn check_wrt(cx: &Ctxt, args: &Args, item: &ItemFn, params: &[Param], wrt: &[Ident]) {
    let names = params
        .iter()
        .map(|param| format!("`{}`", param.ident))
        .collect::<Vec<_>>()
        .join(", ");
    if wrt.is_empty() {
        cx.error_at(
            args.wrt_key
                .as_ref()
                .map_or_else(proc_macro2::Span::call_site, Ident::span),
            "`wrt()` names no parameter; name at least one, or drop `wrt` to differentiate every real-valued parameter",
        );
    }
    for (index, name) in wrt.iter().enumerate() {
        if wrt[..index].contains(name) {
            cx.error_spanned_by(name, format!("`{name}` is named twice in `wrt`"));
            continue;
        }
        match params.iter().find(|param| param.ident == *name) {
            None => cx.error_spanned_by(
                name,
                format!(
                    "`wrt` names `{name}`, which is not a parameter of `{}`; its parameters are {names}",
                    item.sig.ident
                ),
            ),
            Some(param) if types::classify(&param.ty) == TypeClass::NotReal => cx.error_spanned_by(
                name,
                format!(
                    "`{name}` has type `{}`, which is not real-valued and has no derivative; differentiate with respect to an `f32` or `f64` parameter",
                    types::describe(&param.ty)
                ),
            ),
            Some(_) => {}
        }
    }
}
