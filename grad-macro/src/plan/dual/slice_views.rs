//! Which slice parameters `f_jvp` and `f_hvp` can pass as views (`grad::__private::DualSlice`:
//! the value and the tangent read side by side, `x.at(i)` giving `x_i + ẋ_i·ε`) instead of
//! copying them into a `Vec<Dual<f64>>` first.
//!
//! A view has no `[Dual]` in memory, so it is passed only where the body does nothing with the
//! parameter but read one element (`x[e]`, rewritten `x.at(e)`, which takes a `usize`), ask
//! its length (`x.len()`, `x.is_empty()`) and, in a printed `f_vjp`, its gradient's shape.
//! Whether `e` is a `usize` rather than a range (`x[1..]`) is decided from the syntax alone,
//! conservatively: `e` must be built from integer literals, integer casts, arithmetic, `len()`
//! of a slice parameter, `min`/`max`, and variables bound (in scope, where `e` is) by a `let` of
//! such an expression or of an integer type, by a `for` over a range, or as an integer
//! parameter. Anything else keeps the copy: a view that did not compile would break a function
//! that compiles today.

use std::collections::{HashMap, HashSet};

use syn::visit::{self, Visit};
use syn::{Expr, FnArg, Ident, ItemFn, Pat, Type};

use crate::naming;
use crate::types;

/// For each parameter of `item`, whether it is a slice read only by index and length (and
/// shape): `slices[k]` says whether parameter `k` is a slice (`&[A]`, `&Vec<A>`) at all.
pub fn views(item: &ItemFn, slices: &[bool]) -> Vec<bool> {
    let params: Vec<Option<(String, bool)>> = item
        .sig
        .inputs
        .iter()
        .map(|input| match input {
            FnArg::Typed(typed) => match &*typed.pat {
                Pat::Ident(ident) => Some((naming::stem(&ident.ident), is_integer_type(&typed.ty))),
                _ => None,
            },
            FnArg::Receiver(_) => None,
        })
        .collect();
    let candidates: HashSet<String> = params
        .iter()
        .zip(slices)
        .filter_map(|(param, &slice)| {
            param
                .as_ref()
                .filter(|_| slice)
                .map(|(name, _)| name.clone())
        })
        .collect();
    let mut walk = Walk {
        scopes: vec![params.iter().flatten().cloned().collect()],
        candidates: &candidates,
        rejected: HashSet::new(),
    };
    walk.visit_block(&item.block);
    params
        .iter()
        .zip(slices)
        .map(|(param, &slice)| {
            slice
                && param
                    .as_ref()
                    .is_some_and(|(name, _)| !walk.rejected.contains(name))
        })
        .collect()
}

/// A walk of the body in order, with the variables in scope and whether each holds an
/// integer for sure, that rejects each candidate used otherwise than a view allows.
struct Walk<'a> {
    scopes: Vec<HashMap<String, bool>>,
    candidates: &'a HashSet<String>,
    rejected: HashSet<String>,
}

impl Walk<'_> {
    fn bind(&mut self, ident: &Ident, integer: bool) {
        let name = naming::stem(ident);
        if self.candidates.contains(&name) {
            // Shadowed: `x[i]` may then mean something else.
            self.rejected.insert(name.clone());
        }
        if let Some(scope) = self.scopes.last_mut() {
            scope.insert(name, integer);
        }
    }

    /// Binds every name of `pat` as not known to be an integer.
    fn bind_unknown(&mut self, pat: &Pat) {
        let mut names = PatNames(Vec::new());
        names.visit_pat(pat);
        for ident in names.0 {
            self.bind(&ident, false);
        }
    }

    fn scoped(&mut self, walk: impl FnOnce(&mut Self)) {
        self.scopes.push(HashMap::new());
        walk(self);
        self.scopes.pop();
    }

    fn is_integer_name(&self, name: &str) -> bool {
        self.scopes
            .iter()
            .rev()
            .find_map(|scope| scope.get(name))
            .copied()
            .unwrap_or(false)
    }

    fn candidate(&self, expr: &Expr) -> Option<String> {
        match expr {
            Expr::Path(path) => single_name(path).filter(|name| self.candidates.contains(name)),
            _ => None,
        }
    }

    /// Whether `expr` is an integer for sure.
    fn is_integer(&self, expr: &Expr) -> bool {
        use syn::BinOp::*;
        match expr {
            Expr::Lit(lit) => matches!(lit.lit, syn::Lit::Int(_)),
            Expr::Paren(paren) => self.is_integer(&paren.expr),
            Expr::Group(group) => self.is_integer(&group.expr),
            Expr::Cast(cast) => is_integer_type(&cast.ty),
            Expr::Binary(binary) => {
                matches!(
                    binary.op,
                    Add(_)
                        | Sub(_)
                        | Mul(_)
                        | Div(_)
                        | Rem(_)
                        | BitAnd(_)
                        | BitOr(_)
                        | BitXor(_)
                        | Shl(_)
                        | Shr(_)
                ) && self.is_integer(&binary.left)
                    && self.is_integer(&binary.right)
            }
            Expr::Unary(unary) => {
                matches!(unary.op, syn::UnOp::Neg(_)) && self.is_integer(&unary.expr)
            }
            Expr::Path(path) => single_name(path).is_some_and(|name| self.is_integer_name(&name)),
            Expr::MethodCall(call) => match naming::stem(&call.method).as_str() {
                "len" => call.args.is_empty() && self.candidate(&call.receiver).is_some(),
                "min" | "max" => {
                    call.args.len() == 1
                        && self.is_integer(&call.receiver)
                        && self.is_integer(&call.args[0])
                }
                _ => false,
            },
            _ => false,
        }
    }
}

impl<'ast> Visit<'ast> for Walk<'_> {
    fn visit_block(&mut self, block: &'ast syn::Block) {
        self.scoped(|walk| visit::visit_block(walk, block));
    }

    fn visit_local(&mut self, local: &'ast syn::Local) {
        if let Some(init) = &local.init {
            self.visit_expr(&init.expr);
            if let Some((_, diverge)) = &init.diverge {
                self.visit_expr(diverge);
            }
        }
        let init = local.init.as_ref().map(|init| &*init.expr);
        match (&local.pat, init) {
            (Pat::Ident(ident), Some(init)) if ident.subpat.is_none() => {
                let integer = self.is_integer(init);
                self.bind(&ident.ident, integer);
            }
            (Pat::Type(typed), _) if matches!(&*typed.pat, Pat::Ident(ident) if ident.subpat.is_none()) => {
                if let Pat::Ident(ident) = &*typed.pat {
                    self.bind(&ident.ident, is_integer_type(&typed.ty));
                }
            }
            (pat, _) => self.bind_unknown(pat),
        }
    }

    fn visit_expr_for_loop(&mut self, for_loop: &'ast syn::ExprForLoop) {
        self.visit_expr(&for_loop.expr);
        self.scoped(|walk| {
            match &*for_loop.pat {
                Pat::Ident(ident)
                    if ident.subpat.is_none() && is_range_iterator(&for_loop.expr) =>
                {
                    walk.bind(&ident.ident, true);
                }
                pat => walk.bind_unknown(pat),
            }
            walk.visit_block(&for_loop.body);
        });
    }

    fn visit_expr_closure(&mut self, closure: &'ast syn::ExprClosure) {
        self.scoped(|walk| {
            for input in &closure.inputs {
                walk.bind_unknown(input);
            }
            walk.visit_expr(&closure.body);
        });
    }

    fn visit_arm(&mut self, arm: &'ast syn::Arm) {
        self.scoped(|walk| {
            walk.bind_unknown(&arm.pat);
            if let Some((_, guard)) = &arm.guard {
                walk.visit_expr(guard);
            }
            walk.visit_expr(&arm.body);
        });
    }

    /// `if let` and `while let`: their names are bound in the enclosing scope, which is
    /// conservative (they hide an integer of the same name until the scope ends).
    fn visit_expr_let(&mut self, expr_let: &'ast syn::ExprLet) {
        self.visit_expr(&expr_let.expr);
        self.bind_unknown(&expr_let.pat);
    }

    fn visit_expr(&mut self, expr: &'ast Expr) {
        match expr {
            Expr::Index(index) if self.candidate(&index.expr).is_some() => {
                if !self.is_integer(&index.index)
                    && let Some(name) = self.candidate(&index.expr)
                {
                    self.rejected.insert(name);
                }
                self.visit_expr(&index.index);
            }
            Expr::MethodCall(call)
                if self.candidate(&call.receiver).is_some()
                    && call.args.is_empty()
                    && matches!(naming::stem(&call.method).as_str(), "len" | "is_empty") => {}
            // `Differentiable::tangent_shape(&x)`, in a printed `f_vjp`: views have shapes.
            Expr::Call(call)
                if matches!(&*call.func, Expr::Path(path)
                    if path.path.segments.last().is_some_and(|last| last.ident == "tangent_shape"))
                    && matches!(call.args.first(), Some(Expr::Reference(reference))
                        if self.candidate(&reference.expr).is_some()) => {}
            _ => {
                // Any other use, `&x[i]` (a borrow of a temporary) included.
                if let Some(name) = self.candidate(expr) {
                    self.rejected.insert(name);
                }
                if let Expr::Reference(reference) = expr
                    && let Expr::Index(index) = &*reference.expr
                    && let Some(name) = self.candidate(&index.expr)
                {
                    self.rejected.insert(name);
                }
                visit::visit_expr(self, expr);
            }
        }
    }

    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        for ident in crate::syntax::identifiers(mac.tokens.clone()) {
            let name = naming::stem(&ident);
            if self.candidates.contains(&name) {
                self.rejected.insert(name);
            }
        }
    }

    /// Items inside the body have scopes of their own; their names are not the body's.
    fn visit_item(&mut self, _: &'ast syn::Item) {}
}

/// The names a pattern binds.
struct PatNames(Vec<Ident>);

impl<'ast> Visit<'ast> for PatNames {
    fn visit_pat_ident(&mut self, ident: &'ast syn::PatIdent) {
        self.0.push(ident.ident.clone());
        visit::visit_pat_ident(self, ident);
    }
}

/// `a..b`, `a..=b`, and those followed by `.rev()`, `.step_by(k)`, `.skip(k)`, `.take(k)`:
/// their items are integers (the element types of range iterators are integers or `char`,
/// and only a `usize` indexes a slice).
fn is_range_iterator(expr: &Expr) -> bool {
    match expr {
        Expr::Paren(paren) => is_range_iterator(&paren.expr),
        Expr::Group(group) => is_range_iterator(&group.expr),
        Expr::Range(range) => range.start.is_some(),
        Expr::MethodCall(call) => {
            matches!(
                naming::stem(&call.method).as_str(),
                "rev" | "step_by" | "skip" | "take"
            ) && is_range_iterator(&call.receiver)
        }
        _ => false,
    }
}

fn is_integer_type(ty: &Type) -> bool {
    matches!(ty, Type::Path(path) if path.qself.is_none() && path.path.segments.len() == 1)
        && types::last_segment(ty).is_some_and(|segment| {
            segment.arguments.is_empty()
                && types::INTEGER_AND_TEXT[..12].contains(&segment.ident.to_string().as_str())
        })
}

fn single_name(path: &syn::ExprPath) -> Option<String> {
    (path.qself.is_none()
        && path.path.segments.len() == 1
        && path.path.segments[0].arguments.is_empty())
    .then(|| naming::stem(&path.path.segments[0].ident))
}

/// Rewrites `name[e]` as `name.at(e)` for each name of a view.
pub(crate) struct AtRewrite<'a> {
    pub names: &'a HashSet<String>,
}

impl syn::visit_mut::VisitMut for AtRewrite<'_> {
    fn visit_expr_mut(&mut self, expr: &mut Expr) {
        syn::visit_mut::visit_expr_mut(self, expr);
        if let Expr::Index(index) = expr
            && let Expr::Path(path) = &*index.expr
            && single_name(path).is_some_and(|name| self.names.contains(&name))
        {
            let (base, at) = (&index.expr, &index.index);
            *expr = syn::parse_quote!(#base.at(#at));
        }
    }
}

/// `item` with each parameter marked in `views` given the type of its view (a `DualSlice` of
/// `float` when differentiated, a `ConstantSlice` otherwise) and its reads `x[i]` rewritten
/// `x.at(i)`.
pub fn into_views(item: &mut ItemFn, differentiated: &[bool], views: &[bool], float: &Ident) {
    let mut names = HashSet::new();
    for ((input, &differentiated), _) in item
        .sig
        .inputs
        .iter_mut()
        .zip(differentiated)
        .zip(views)
        .filter(|(_, view)| **view)
    {
        if let FnArg::Typed(typed) = input
            && let Pat::Ident(ident) = &*typed.pat
        {
            *typed.ty = if differentiated {
                syn::parse_quote!(::grad::__private::DualSlice<'_, ::core::primitive::#float>)
            } else {
                syn::parse_quote!(::grad::__private::ConstantSlice<'_, ::core::primitive::#float>)
            };
            names.insert(naming::stem(&ident.ident));
        }
    }
    syn::visit_mut::VisitMut::visit_block_mut(&mut AtRewrite { names: &names }, &mut item.block);
}
