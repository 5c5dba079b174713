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
    /// The names (last segments) of the functions called through their companions.
    pub(super) companions: BTreeSet<String>,
    pub(super) reason: Option<String>,
}

impl BodyCheck {
    pub(super) fn new(item: &ItemFn, dual_calls: bool) -> Self {
        let mut locals = HashSet::new();
        locals.insert(naming::stem(&item.sig.ident));
        collect_bindings(quote::quote!(#item), &mut locals);
        Self {
            locals,
            dual_calls,
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
                if !LIBRARY_METHODS.contains(&name.as_str()) {
                    if self.dual_calls {
                        self.companions.insert(name);
                    } else {
                        self.reject(format!(
                            "the method `{name}`, which may not be generic over the float (`dual_calls` would call its companion at dual numbers)"
                        ));
                    }
                }
            }
            Expr::Path(path) if path.qself.is_none() => {
                let segments: Vec<_> = path.path.segments.iter().collect();
                if let [only] = &segments[..] {
                    let name = naming::stem(&only.ident);
                    if name.chars().next().is_some_and(char::is_uppercase)
                        && name
                            .chars()
                            .all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '_')
                        && name != "None"
                    {
                        self.reject(format!(
                            "the constant item `{name}`, of a primitive float type"
                        ));
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

/// Whether a method call `.name(..)` in a copy at dual numbers goes to a companion: `name` or,
/// in a copy of `f_vjp`, its rule `name_vjp`, is one of `companions`.
pub fn is_companion_method(name: &syn::Ident, companions: &[String]) -> bool {
    let name = naming::stem(name);
    let callee = name.strip_suffix("_vjp").unwrap_or(&name);
    companions
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

fn is_library_type(name: &str) -> bool {
    LIBRARY_TYPES.contains(&name)
        || types::INTEGER_AND_TEXT.contains(&name)
        || types::CONTAINERS.contains(&name)
}
