//! The signature: which parameters are differentiated, their gradient types, and what the
//! result allows (`f_grad` only for a float result). Everything the contract forbids in a
//! signature is reported here, spanned at the offending tokens.

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
    /// The result is `f32` or `f64`: `f_grad` is generated.
    pub has_grad: bool,
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
        let has_grad = output.as_ref().is_some_and(types::is_float);
        let sig = Self {
            params,
            output,
            has_grad,
        };
        (sig, ok)
    }

    pub fn differentiated(&self) -> impl Iterator<Item = &Param> {
        self.params.iter().filter(|param| param.differentiated)
    }
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

fn read_params(cx: &Ctxt, item: &ItemFn) -> Vec<Param> {
    let mut params = Vec::new();
    for input in &item.sig.inputs {
        match input {
            FnArg::Receiver(receiver) => cx.error_spanned_by(
                receiver,
                "methods cannot be differentiated; write a free function that takes this value as a parameter",
            ),
            FnArg::Typed(typed) => {
                let Pat::Ident(pat) = &*typed.pat else {
                    cx.error_spanned_by(
                        &typed.pat,
                        "a parameter must be a plain name under #[differentiate]; destructure it with `let` in the body",
                    );
                    continue;
                };
                if pat.by_ref.is_some() || pat.subpat.is_some() {
                    cx.error_spanned_by(&typed.pat, "a parameter must be a plain name under #[differentiate]");
                    continue;
                }
                if let Type::Reference(reference) = &*typed.ty
                    && let Some(mutability) = &reference.mutability
                {
                    cx.error_spanned_by(
                        mutability,
                        "`&mut` parameters cannot be differentiated; take the value by `&` or by value and return what the function computes",
                    );
                    continue;
                }
                if let Type::ImplTrait(impl_trait) = &*typed.ty {
                    cx.error_spanned_by(
                        impl_trait,
                        "`impl Trait` parameters are not supported by #[differentiate]; name the concrete type",
                    );
                    continue;
                }
                params.push(Param {
                    ident: pat.ident.clone(),
                    mutable: pat.mutability.is_some(),
                    ty: (*typed.ty).clone(),
                    differentiated: false,
                });
            }
        }
    }
    params
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
