//! The walk over a function's body that finds what a copy at dual numbers could not
//! compile, with the first reason kept for `GRAD_DEBUG`.

use std::collections::{BTreeSet, HashSet};

use proc_macro2::{TokenStream, TokenTree};
use syn::visit::{self, Visit};
use syn::{Expr, ItemFn, Type};

use super::vocabulary::{
    LIBRARY_FUNCTIONS, LIBRARY_MACROS, LIBRARY_METHODS, LIBRARY_ROOTS, LIBRARY_TYPES, NN_FUNCTIONS,
};
use crate::{naming, types};

/// Walks the body for what a copy at dual numbers could not compile.
pub(super) struct BodyCheck {
    /// Names a call may use: the function itself, and local bindings (closures).
    locals: HashSet<String>,
    /// `dual_calls`: a call by a name that is not the library's calls its companion at dual
    /// numbers instead of ruling the function out.
    dual_calls: bool,
    /// The parameters that are the user's structs (`self`, `other: &Self`, `p: &Line<f64>`,
    /// `chain: &Chain`): a method called on one is the user's whatever its name, `p.sum(x)` as
    /// well as `p.eval(t)` ([`user_method_receiver`]).
    struct_roots: Vec<String>,
    /// The names (last segments) of the functions called through their companions.
    pub(super) companions: BTreeSet<String>,
    pub(super) reason: Option<String>,
}

impl BodyCheck {
    pub(super) fn new(item: &ItemFn, dual_calls: bool, struct_roots: Vec<String>) -> Self {
        let mut locals = HashSet::new();
        locals.insert(naming::stem(&item.sig.ident));
        collect_bindings(quote::quote!(#item), &mut locals);
        Self {
            locals,
            dual_calls,
            struct_roots,
            companions: BTreeSet::new(),
            reason: None,
        }
    }

    fn reject(&mut self, reason: String) {
        self.reason.get_or_insert(reason);
    }
}

/// Every identifier bound by `let` or as a closure or function parameter, approximated by
/// every identifier followed by `=` or `:` or `|`: a superset is harmless, since it only lets
/// a call through that rustc would reject as an unknown name anyway.
fn collect_bindings(tokens: TokenStream, locals: &mut HashSet<String>) {
    let trees: Vec<TokenTree> = tokens.into_iter().collect();
    for (index, tree) in trees.iter().enumerate() {
        match tree {
            TokenTree::Ident(ident) => {
                if let Some(TokenTree::Punct(punct)) = trees.get(index + 1)
                    && matches!(punct.as_char(), '=' | ':' | '|' | ',')
                    && index > 0
                    && matches!(&trees[index - 1], TokenTree::Ident(word) if word == "let" || word == "mut")
                {
                    locals.insert(naming::stem(ident));
                }
                if let Some(TokenTree::Punct(punct)) = trees.get(index + 1)
                    && punct.as_char() == '|'
                {
                    locals.insert(naming::stem(ident));
                }
            }
            TokenTree::Group(group) => collect_bindings(group.stream(), locals),
            _ => {}
        }
    }
}

impl<'ast> Visit<'ast> for BodyCheck {
    fn visit_expr(&mut self, expr: &'ast Expr) {
        match expr {
            Expr::Call(call) => {
                if let Expr::Path(func) = &*call.func
                    && !self.callable(&func.path)
                {
                    match companion_name(func) {
                        Some(name) if self.dual_calls => {
                            self.companions.insert(name);
                        }
                        _ => {
                            let path = quote::quote!(#func).to_string().replace(' ', "");
                            self.reject(format!(
                                "a call of `{path}`, which is not generic over the float (`dual_calls` would call its companion at dual numbers)"
                            ));
                        }
                    }
                }
            }
            Expr::Struct(_) => self.reject("a struct expression".into()),
            Expr::MethodCall(call) => {
                let name = naming::stem(&call.method);
                let library = LIBRARY_METHODS.contains(&name.as_str());
                if !library || user_method_receiver(call, &self.struct_roots) {
                    if !self.dual_calls {
                        self.reject(format!(
                            "the method `{name}`, which may not be generic over the float (`dual_calls` would call its companion at dual numbers)"
                        ));
                    } else if !library {
                        // A library name goes to its companion by its receiver only
                        // (`is_companion_method`): `x.iter().sum()` stays the library's.
                        self.companions.insert(name);
                    }
                }
            }
            Expr::Macro(mac) => self.check_macro(&mac.mac),
            _ => {}
        }
        visit::visit_expr(self, expr);
    }

    fn visit_stmt_macro(&mut self, mac: &'ast syn::StmtMacro) {
        self.check_macro(&mac.mac);
    }

    fn visit_item(&mut self, _: &'ast syn::Item) {
        self.reject("an item inside the body".into());
    }

    fn visit_type(&mut self, ty: &'ast Type) {
        if let Type::Path(path) = ty
            && let Some(last) = path.path.segments.last()
            && !is_library_type(&naming::stem(&last.ident))
        {
            self.reject(format!("the type `{}`", types::describe(ty)));
        }
        if matches!(ty, Type::ImplTrait(_) | Type::TraitObject(_)) {
            self.reject("an `impl` or `dyn` type".into());
        }
        visit::visit_type(self, ty);
    }
}

impl BodyCheck {
    /// Whether a call of `path` compiles at dual numbers.
    fn callable(&self, path: &syn::Path) -> bool {
        let segments: Vec<String> = path
            .segments
            .iter()
            .map(|segment| naming::stem(&segment.ident))
            .collect();
        match &segments[..] {
            [only] => self.locals.contains(only) || LIBRARY_FUNCTIONS.contains(&only.as_str()),
            [module, function] if module == "nn" => NN_FUNCTIONS.contains(&function.as_str()),
            [first, ..] => LIBRARY_ROOTS.contains(&first.as_str()),
            [] => false,
        }
    }

    fn check_macro(&mut self, mac: &syn::Macro) {
        let name = mac
            .path
            .segments
            .last()
            .map(|last| naming::stem(&last.ident))
            .unwrap_or_default();
        if !LIBRARY_MACROS.contains(&name.as_str()) {
            self.reject(format!("the macro `{name}!`"));
        }
    }
}

/// The name of the function a call of `func` reaches through its companion: the last segment
/// of a plain path to a function (not a tuple struct or variant, whose names are capitalised,
/// nor `<T as Trait>::f`).
fn companion_name(func: &syn::ExprPath) -> Option<String> {
    let last = func.path.segments.last()?;
    let name = naming::stem(&last.ident);
    (func.qself.is_none() && !name.starts_with(char::is_uppercase)).then_some(name)
}

/// Whether a method call in a copy at dual numbers goes to a companion: its name or, in a copy
/// of `f_vjp`, its rule's (`name_vjp`) is one of `companions`, or it is called on one of
/// `struct_roots` ([`user_method_receiver`]: `self.sum(x)`, a method of the user's with a
/// library name).
pub fn is_companion_method(
    call: &syn::ExprMethodCall,
    companions: &[String],
    struct_roots: &[String],
) -> bool {
    let name = naming::stem(&call.method);
    let callee = name.strip_suffix("_vjp").unwrap_or(&name);
    user_method_receiver(call, struct_roots)
        || companions
            .iter()
            .any(|companion| companion == &name || companion == callee)
}

/// Whether a call of `path` in a copy at dual numbers goes to a companion: not a call the
/// library's vocabulary allows as it is, and its last segment is one of `companions` or, in a
/// copy of `f_vjp`, one of their rules (`g_vjp`).
pub fn is_companion_call(path: &syn::Path, companions: &[String]) -> bool {
    let Some(last) = path.segments.last() else {
        return false;
    };
    let name = naming::stem(&last.ident);
    let callee = name.strip_suffix("_vjp").unwrap_or(&name);
    let first = path
        .segments
        .first()
        .map(|first| naming::stem(&first.ident))
        .unwrap_or_default();
    let library = match &path.segments.iter().collect::<Vec<_>>()[..] {
        [_] => false,
        [_, _] if first == "nn" => NN_FUNCTIONS.contains(&callee),
        _ => LIBRARY_ROOTS.contains(&first.as_str()),
    };
    !library
        && companions
            .iter()
            .any(|companion| companion == &name || companion == callee)
}

/// Whether `call` is a method of the user's: called on one of `struct_roots` (`self.sum(x)`,
/// `(&p).dot(x)`, parameters whose type is a struct of the user's), whatever its name, but for
/// the methods every `Clone` type has (`p.clone()`), queries that yield no real number
/// (`self.len()`, `crate::syntax::QUERY_METHODS`), which run as written on the struct (a
/// constant of the reverse sweep too), and the methods that reach a container's elements
/// ([`ACCESS_METHODS`]): a parameter's type that looks like a struct may be an alias of a
/// `Vec` or an array (`type Labels = Vec<usize>`), whose `labels.iter()` runs as written. A library name such as `sum` or `dot` is
/// then the user's method, which the copies at dual numbers call through its companion
/// (`p.__grad_dual_sum(x)`) like any other; on another receiver (`self.w.sum()`, a local) a
/// library name is the library's.
pub fn user_method_receiver(call: &syn::ExprMethodCall, struct_roots: &[String]) -> bool {
    let mut receiver = &*call.receiver;
    loop {
        match receiver {
            Expr::Paren(paren) => receiver = &paren.expr,
            Expr::Group(group) => receiver = &group.expr,
            Expr::Reference(reference) => receiver = &reference.expr,
            Expr::Unary(unary) if matches!(unary.op, syn::UnOp::Deref(_)) => {
                receiver = &unary.expr;
            }
            _ => break,
        }
    }
    let Expr::Path(path) = receiver else {
        return false;
    };
    path.qself.is_none()
        && path
            .path
            .get_ident()
            .is_some_and(|ident| struct_roots.iter().any(|root| ident == root))
        && {
            // In a copy of `f_vjp` the method is its rule, `clone_vjp` for `clone`.
            let name = naming::stem(&call.method);
            is_users_method_name(name.strip_suffix("_vjp").unwrap_or(&name))
        }
}

/// Whether a method of this name called on a parameter whose type is a struct of the user's is
/// the user's ([`user_method_receiver`]): not `clone`, a query or a method reaching a
/// container's elements.
pub fn is_users_method_name(method: &str) -> bool {
    !COPY_METHODS.contains(&method)
        && !crate::syntax::QUERY_METHODS.contains(&method)
        && !crate::syntax::VIEW_METHODS.contains(&method)
        && !ACCESS_METHODS.contains(&method)
}

/// The methods that copy a value (`g.clone()`): the library's on any receiver.
pub const COPY_METHODS: &[&str] = &["clone", "to_owned"];

/// Whether `call` copies its receiver (`g.clone()`, `g.to_owned()`).
pub fn is_copy_call(call: &syn::ExprMethodCall) -> bool {
    call.args.is_empty() && COPY_METHODS.contains(&naming::stem(&call.method).as_str())
}

/// Methods that reach the elements of a slice, `Vec` or array (iterators, views, elements), not
/// the user's on a struct, which `#[differentiate]` marks only with a real result.
const ACCESS_METHODS: &[&str] = &[
    "iter",
    "into_iter",
    "windows",
    "chunks",
    "chunks_exact",
    "rows",
    "columns",
    "axis_iter",
    "outer_iter",
    "lanes",
    "to_vec",
    "as_slice",
    "first",
    "last",
    "get",
];

/// The parameters whose type is a struct of the user's: the receiver, parameters of type
/// `Self`, and those of a named type that is neither the library's nor `std`'s (`&Chain`,
/// `&Line<f64>`); see [`user_method_receiver`].
pub fn struct_roots(sig: &crate::sig::Signature) -> Vec<String> {
    sig.params
        .iter()
        .filter(|param| {
            param.ident == "self" || super::is_self_type(&param.ty) || is_user_struct(&param.ty)
        })
        .map(|param| param.ident.to_string())
        .collect()
}

/// Whether `ty` (behind references) names a type of the user's: a path whose last name is
/// capitalised and neither a container, an ndarray type nor one of `std`'s.
fn is_user_struct(ty: &Type) -> bool {
    const STD_TYPES: &[&str] = &[
        "Option",
        "Result",
        "String",
        "Box",
        "Rc",
        "Arc",
        "Cow",
        "HashMap",
        "BTreeMap",
        "HashSet",
        "BTreeSet",
        "VecDeque",
        "Range",
        "RangeInclusive",
        "Cell",
        "RefCell",
        "Mutex",
    ];
    let ty = match ty {
        Type::Reference(reference) => &*reference.elem,
        ty => ty,
    };
    types::last_segment(ty).is_some_and(|last| {
        let name = naming::stem(&last.ident);
        name.starts_with(char::is_uppercase)
            && !name.starts_with("Array")
            && !STD_TYPES.contains(&name.as_str())
            && !is_library_type(&name)
            && !super::vocabulary::LIBRARY_ROOTS.contains(&name.as_str())
    })
}

fn is_library_type(name: &str) -> bool {
    LIBRARY_TYPES.contains(&name)
        || types::INTEGER_AND_TEXT.contains(&name)
        || types::CONTAINERS.contains(&name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn is_users(call: &str, roots: &[&str]) -> bool {
        let call: syn::ExprMethodCall = syn::parse_str(call).unwrap();
        let roots: Vec<String> = roots.iter().map(ToString::to_string).collect();
        user_method_receiver(&call, &roots)
    }

    #[test]
    fn a_method_on_a_struct_parameter_is_the_users_whatever_its_name() {
        assert!(is_users("self.sum(x)", &["self"]));
        assert!(is_users("(&basis).dot(x)", &["self", "basis"]));
        assert!(is_users("(*p).exp()", &["p"]));
        // `Clone`'s, and the library's on other receivers.
        assert!(!is_users("p.clone()", &["p"]));
        assert!(!is_users("self.len()", &["self"]));
        assert!(!is_users("labels.iter()", &["labels"]));
        assert!(!is_users("xs.row(0)", &["xs"]));
        assert!(!is_users("self.w.sum()", &["self"]));
        assert!(!is_users("x.iter().sum()", &["self"]));
        assert!(!is_users("x.dot(y)", &["self"]));
    }

    #[test]
    fn struct_roots_are_the_receiver_self_and_the_users_types() {
        let item: ItemFn = syn::parse_quote! {
            fn f(&self, other: &Self, p: &Line<f64>, b: Basis, w: &Array1<f64>, o: Option<f64>, x: &[f64], n: usize) -> f64 { 0.0 }
        };
        let cx = crate::ctxt::Ctxt::new();
        let args = crate::args::Args::from_tokens(&cx, TokenStream::new());
        let (sig, _) = crate::sig::Signature::from_fn(&cx, &args, &item);
        let _ = cx.check();
        assert_eq!(struct_roots(&sig), ["self", "other", "p", "b"]);
    }
}
