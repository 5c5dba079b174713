//! Parameters that cross to the twin `derive(Tangent)` writes for a struct written in `f64` (or
//! `f32`, `tangent/twin.rs`), and the methods the copies at dual numbers call on them.
//!
//! The twin has the struct's fields at dual numbers and none of its methods. A method of the
//! struct that differentiates its receiver runs at dual numbers as an associated function of its
//! block that takes the twin explicitly (`Gaussian::__grad_twin_log_pdf(&g, x)`,
//! `emit/companion/twin.rs`); a copy at dual numbers calls it for `g.log_pdf(x)` on a parameter
//! `g: &Gaussian` that crosses to its twin, and for `self.log_pdf(x)` in a method whose receiver
//! does (`emit/dual/twin_calls.rs`). The caller names the struct from its own signature, so the
//! receiver must be the parameter itself (`g`, `&g`, `*g`, `self`): a method called on a field
//! (`g.head.eval(x)`), whose type the macro cannot see, or on a clone or a local copy
//! (`let h = g.clone(); h.eval(x)`), rules the caller out, and so does any other method called
//! on the parameter (`g.len()`), which the twin does not have. A clone itself (`g.clone()`, the
//! twin's) and a local copy read by its fields are fine.
//!
//! ```text
//! // Input (a caller marked `dual_calls`)    // Its copy at dual numbers
//! fn nll(g: &Gaussian, data: &[f64]) -> f64   fn nll(g: &<Gaussian as LiftDual>::Dual, ..) -> f64 {
//! { -data.iter()                                  -data.iter()
//!     .map(|&x| g.log_pdf(x))                         .map(|&x| Gaussian::__grad_twin_log_pdf(&g, x))
//!     .sum::<f64>() }                                 .sum::<f64>() }
//! ```

use syn::visit::Visit;
use syn::{Expr, ItemFn, Type};

use super::{Crossing, Form, World, body, is_library_method, is_self_type};
use crate::sig::Signature;

/// A parameter that crosses to the twin of a struct written in the float: its name in the
/// source, and the path of the struct, through which the copies at dual numbers call the
/// struct's methods on it (`Self` for the receiver and parameters of type `Self`).
#[derive(Debug, Clone)]
pub struct TwinRoot {
    pub name: syn::Ident,
    pub path: syn::Path,
}

/// Whether a method written in the float differentiates its receiver, which then crosses to the
/// twin of its struct (with the parameters of type `Self`): its copies at dual numbers are
/// associated functions of the block that take the twin (`emit/companion/twin.rs`).
pub fn twin_receiver(sig: &Signature, world: &World) -> bool {
    matches!(world, World::Alias(_))
        && sig.is_method
        && sig
            .params
            .first()
            .is_some_and(|receiver| receiver.ident == "self" && receiver.differentiated)
}

/// The parameters of a function written in the float that cross to the twins of structs
/// written in it: `s: &Spring` differentiated, and in a method whose receiver crosses, `self`
/// and the parameters of type `Self`.
pub fn twin_roots(sig: &Signature, world: &World, params: &[Crossing]) -> Vec<TwinRoot> {
    if !matches!(world, World::Alias(_)) {
        return Vec::new();
    }
    sig.params
        .iter()
        .zip(params)
        .filter(|(_, crossing)| {
            matches!(
                crossing,
                Crossing::Lifted {
                    form: Form::Struct,
                    ..
                }
            )
        })
        .filter_map(|(param, _)| {
            let path = if param.ident == "self" || is_self_type(&param.ty) {
                syn::parse_quote!(Self)
            } else {
                twin_struct(&param.ty)?;
                let ty = match &param.ty {
                    Type::Reference(reference) => &*reference.elem,
                    ty => ty,
                };
                match ty {
                    Type::Path(path) => path.path.clone(),
                    _ => return None,
                }
            };
            Some(TwinRoot {
                name: param.ident.clone(),
                path,
            })
        })
        .collect()
}

/// `Some(by_ref)` when `ty` is `T` or `&T` with `T` a struct named without generic arguments
/// (`Spring`, `geo::Spring`), whose twin at dual numbers, if it has one, is
/// `<T as LiftDual>::Dual` (`derive(Tangent)` writes it, `tangent/twin.rs`).
pub fn twin_struct(ty: &Type) -> Option<bool> {
    let (inner, by_ref) = match ty {
        Type::Reference(reference) if reference.mutability.is_none() => (&*reference.elem, true),
        Type::Reference(_) => return None,
        _ => (ty, false),
    };
    let Type::Path(path) = inner else {
        return None;
    };
    let plain = path.qself.is_none()
        && path
            .path
            .segments
            .iter()
            .all(|segment| segment.arguments.is_empty());
    let name = path.path.segments.last()?.ident.to_string();
    let known = name == "Self"
        || crate::types::CONTAINERS.contains(&name.as_str())
        || name.starts_with("Array")
        || crate::types::classify(inner) != crate::types::TypeClass::Other;
    (plain && name.starts_with(char::is_uppercase) && !known).then_some(by_ref)
}

/// Whether `call` goes to the struct's method at dual numbers, taking the twin: a method of the
/// user's (see [`body::is_users_method_name`]; in a copy of `f_vjp`, its rule `m_vjp`) called on
/// one of `roots` itself (`g.log_pdf(x)`, `(&self).eval(t)`, `(*g).log_pdf_vjp(x)`).
pub fn is_twin_method(call: &syn::ExprMethodCall, roots: &[String]) -> bool {
    let name = crate::naming::stem(&call.method);
    let method = name.strip_suffix("_vjp").unwrap_or(&name);
    twin_root(&call.receiver).is_some_and(|root| roots.iter().any(|name| root == name))
        && body::is_users_method_name(method)
}

/// The parameter `expr` is, behind `&`, `*` and parentheses: `g` in `&g` or `(*g)`.
pub fn twin_root(expr: &Expr) -> Option<&syn::Ident> {
    let mut root = expr;
    loop {
        match root {
            Expr::Paren(paren) => root = &paren.expr,
            Expr::Group(group) => root = &group.expr,
            Expr::Reference(reference) => root = &reference.expr,
            Expr::Unary(unary) if matches!(unary.op, syn::UnOp::Deref(_)) => root = &unary.expr,
            Expr::Path(path) if path.qself.is_none() => return path.path.get_ident(),
            _ => return None,
        }
    }
}

/// Rules out a function whose copy at dual numbers would call on a twin a method the twin does
/// not have: a method of the user's called on a field or a clone of a parameter that crosses to
/// its twin (`g.head.eval(x)`, whose struct the macro cannot see; `g.clone().eval(x)`, called in
/// the copy of `f_vjp` on a local holding the clone), a method other than `clone` that does not
/// go to the struct's method at dual numbers (`g.len()`, see [`is_twin_method`]), or a call by a
/// path naming another type (`Line::eval(&self, t)` in `impl Line`, where the receiver's struct
/// is `Self`).
pub(super) fn check_twin_receivers(item: &ItemFn, roots: &[TwinRoot]) -> Result<(), String> {
    struct Receivers<'a> {
        roots: Vec<String>,
        /// Locals bound to a root or its clone (`let h = g.clone();`), which the copies hold
        /// as twins without knowing their struct.
        copies: Vec<String>,
        twins: &'a [TwinRoot],
        found: Option<String>,
    }
    impl<'ast> Visit<'ast> for Receivers<'_> {
        /// `Line::eval(&self, t)`: a method called by a path that names a type (or trait) other
        /// than the struct as the signature names it, which the copy cannot tell from the
        /// struct's own (`Gaussian::log_pdf(&g, x)`, `Self::other(self, x)`); a path through
        /// modules (`helpers::energy(&g, x)`) is a function's, which takes the twin.
        fn visit_expr_call(&mut self, call: &'ast syn::ExprCall) {
            if let Expr::Path(func) = &*call.func
                && let Some(first) = call.args.first()
                && let Some(root) = twin_root(first)
                && let Some(twin) = self.twins.iter().find(|twin| twin.name == *root)
                && let Some(named) = func.path.segments.iter().rev().nth(1)
            {
                let struct_name = twin.path.segments.last().map(|last| &last.ident);
                let a_type = named.ident.to_string().starts_with(char::is_uppercase);
                if a_type && struct_name != Some(&named.ident) && self.found.is_none() {
                    let path = quote::quote!(#func).to_string().replace(' ', "");
                    let struct_name = quote::quote!(#struct_name).to_string();
                    self.found = Some(format!(
                        "the call `{path}(..)` on a struct parameter that crosses to its twin at dual numbers, by a path that does not name its struct as the signature does (`{struct_name}::m(..)`)"
                    ));
                }
            }
            syn::visit::visit_expr_call(self, call);
        }

        fn visit_expr_method_call(&mut self, call: &'ast syn::ExprMethodCall) {
            let name = crate::naming::stem(&call.method);
            let mut receiver = &*call.receiver;
            let mut through_a_field = false;
            loop {
                match receiver {
                    Expr::Field(field) => {
                        through_a_field = true;
                        receiver = &field.base;
                    }
                    Expr::Index(index) => {
                        through_a_field = true;
                        receiver = &index.expr;
                    }
                    Expr::Paren(paren) => receiver = &paren.expr,
                    Expr::Group(group) => receiver = &group.expr,
                    Expr::Reference(reference) => receiver = &reference.expr,
                    Expr::Unary(unary) => receiver = &unary.expr,
                    Expr::MethodCall(inner) if body::is_copy_call(inner) => {
                        through_a_field = true;
                        receiver = &inner.receiver;
                    }
                    _ => break,
                }
            }
            let root = match receiver {
                Expr::Path(path) if path.qself.is_none() => path.path.get_ident(),
                _ => None,
            };
            let rooted = root.is_some_and(|ident| self.roots.iter().any(|root| ident == root));
            let copied = root.is_some_and(|ident| self.copies.iter().any(|copy| ident == copy));
            if copied && !is_library_method(&name) && self.found.is_none() {
                self.found = Some(format!(
                    "the method `{name}` called on `{}`, a local holding a struct parameter that crosses to its twin at dual numbers, whose struct the copies at dual numbers cannot name (call it on the parameter itself)",
                    root.map(ToString::to_string).unwrap_or_default()
                ));
            }
            let missing = if through_a_field {
                (!is_library_method(&name)).then(|| {
                    format!(
                        "the method `{name}` called on a field or a clone of a struct parameter that crosses to its twin at dual numbers (`g.head.eval(x)`, `g.clone().eval(x)`), whose struct the copies at dual numbers cannot name (call it on a parameter of that struct's type)"
                    )
                })
            } else {
                let kept = body::COPY_METHODS.contains(&name.as_str());
                (!kept && !is_twin_method(call, &self.roots)).then(|| {
                    format!(
                        "the method `{name}` called on a struct parameter that crosses to its twin at dual numbers, which has none of the struct's methods but those `#[differentiate]` writes for methods that run at dual numbers"
                    )
                })
            };
            if rooted && self.found.is_none() {
                self.found = missing;
            }
            syn::visit::visit_expr_method_call(self, call);
        }
    }
    if roots.is_empty() {
        return Ok(());
    }
    let names: Vec<String> = roots.iter().map(|root| root.name.to_string()).collect();
    let mut receivers = Receivers {
        copies: copies_of(item, &names),
        roots: names,
        twins: roots,
        found: None,
    };
    receivers.visit_block(&item.block);
    match receivers.found {
        Some(reason) => Err(reason),
        None => Ok(()),
    }
}

/// The locals the body binds to one of `roots` or its clone (`let h = g;`, `let h = &g;`,
/// `let h = g.clone();`).
fn copies_of(item: &ItemFn, roots: &[String]) -> Vec<String> {
    struct Copies<'a> {
        roots: &'a [String],
        found: Vec<String>,
    }
    impl<'ast> Visit<'ast> for Copies<'_> {
        fn visit_local(&mut self, local: &'ast syn::Local) {
            if let syn::Pat::Ident(pat) = &local.pat
                && let Some(init) = &local.init
            {
                let mut value = &*init.expr;
                while let Expr::MethodCall(call) = value
                    && body::is_copy_call(call)
                {
                    value = &call.receiver;
                }
                if twin_root(value).is_some_and(|root| self.roots.iter().any(|name| root == name)) {
                    self.found.push(pat.ident.to_string());
                }
            }
            syn::visit::visit_local(self, local);
        }
    }
    let mut copies = Copies {
        roots,
        found: Vec::new(),
    };
    copies.visit_block(&item.block);
    copies.found
}

/// Rules out a function that passes a struct parameter it does not differentiate to a method
/// called on a twin (`g.kl(target)` with `target: &Gaussian` data): the method at dual numbers
/// takes the twin for its parameters of type `Self`, and the copy holds `target` as the struct
/// itself.
pub(super) fn check_data_structs_to_twins(
    item: &ItemFn,
    sig: &Signature,
    params: &[Crossing],
    roots: &[TwinRoot],
) -> Result<(), String> {
    struct Arguments<'a> {
        roots: Vec<String>,
        data: &'a [String],
        found: Option<String>,
    }
    impl<'ast> Visit<'ast> for Arguments<'_> {
        fn visit_expr_method_call(&mut self, call: &'ast syn::ExprMethodCall) {
            if is_twin_method(call, &self.roots) && self.found.is_none() {
                let data = call
                    .args
                    .iter()
                    .filter_map(twin_root)
                    .find(|root| self.data.iter().any(|name| *root == name));
                if let Some(data) = data {
                    let method = crate::naming::stem(&call.method);
                    self.found = Some(format!(
                        "`{data}`, a struct parameter not differentiated, passed to the method `{method}` on a twin at dual numbers, which takes twins (differentiate it too, `wrt(.., {data})`)"
                    ));
                }
            }
            syn::visit::visit_expr_method_call(self, call);
        }
    }
    if roots.is_empty() {
        return Ok(());
    }
    let data: Vec<String> = sig
        .params
        .iter()
        .zip(params)
        .filter(|(param, crossing)| {
            matches!(crossing, Crossing::AsIs) && twin_struct(&param.ty).is_some()
        })
        .map(|(param, _)| param.ident.to_string())
        .collect();
    if data.is_empty() {
        return Ok(());
    }
    let mut arguments = Arguments {
        roots: roots.iter().map(|root| root.name.to_string()).collect(),
        data: &data,
        found: None,
    };
    arguments.visit_block(&item.block);
    arguments.found.map_or(Ok(()), Err)
}
