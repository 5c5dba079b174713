//! The walk over a function's body that finds what a copy at dual numbers could not
//! compile, with the first reason kept for `GRAD_DEBUG`.

use std::collections::HashSet;

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
    /// The scalar type parameter of a generic function (`A` in `A::zero()`).
    generic: Option<String>,
    pub(super) reason: Option<String>,
}

impl BodyCheck {
    pub(super) fn new(item: &ItemFn, generic: Option<String>) -> Self {
        let mut locals = HashSet::new();
        locals.insert(naming::stem(&item.sig.ident));
        collect_bindings(quote::quote!(#item), &mut locals);
        Self {
            locals,
            generic,
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
                    let path = quote::quote!(#func).to_string().replace(' ', "");
                    self.reject(format!(
                        "a call of `{path}`, which is not generic over the float"
                    ));
                }
            }
            Expr::Struct(_) => self.reject("a struct expression".into()),
            Expr::MethodCall(call) => {
                let name = naming::stem(&call.method);
                if !LIBRARY_METHODS.contains(&name.as_str()) {
                    self.reject(format!(
                        "the method `{name}`, which may not be generic over the float"
                    ));
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
            && self.generic.as_ref() != Some(&naming::stem(&last.ident))
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
            [first, ..] => {
                LIBRARY_ROOTS.contains(&first.as_str()) || self.generic.as_ref() == Some(first)
            }
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

fn is_library_type(name: &str) -> bool {
    LIBRARY_TYPES.contains(&name)
        || types::INTEGER_AND_TEXT.contains(&name)
        || types::CONTAINERS.contains(&name)
}
