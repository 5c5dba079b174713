//! Which slice parameters `f_jvp` can pass as views (`grad::__private::DualSlice`: the value
//! and the tangent read side by side, `x.at(i)` giving `x_i + ẋ_i·ε`) instead of copying them
//! into a `Vec<Dual<f64>>` first.
//!
//! A view has no `[Dual]` in memory, so it is passed only where the body does nothing with the
//! parameter but read one element (`x[e]`, rewritten `x.at(e)`, which takes a `usize`) and ask
//! its length (`x.len()`, `x.is_empty()`). Whether `e` is a `usize` rather than a range
//! (`x[1..]`) is decided from the syntax alone, conservatively: `e` must be built from integer
//! literals, integer casts, arithmetic, `len()` and local variables every binding of which is
//! such an expression or a `for` variable over a range. Anything else keeps the copy: a view
//! that did not compile would break a function that compiles today.

use std::collections::{HashMap, HashSet};

use syn::visit::{self, Visit};
use syn::{Expr, FnArg, Ident, ItemFn, Pat, Type};

use crate::naming;
use crate::types;

/// For each parameter of `item`, whether it is a slice (`&[A]`, `&Vec<A>`) read only by index
/// and length: `slices[k]` says whether parameter `k` is a slice at all.
pub fn views(item: &ItemFn, slices: &[bool]) -> Vec<bool> {
    let bindings = Bindings::of(item);
    let params: Vec<Option<String>> = item
        .sig
        .inputs
        .iter()
        .map(|input| match input {
            FnArg::Typed(typed) => match &*typed.pat {
                Pat::Ident(ident) => Some(naming::stem(&ident.ident)),
                _ => None,
            },
            FnArg::Receiver(_) => None,
        })
        .collect();
    let lengths: HashSet<String> = params
        .iter()
        .zip(slices)
        .filter_map(|(name, &slice)| name.clone().filter(|_| slice))
        .collect();
    let integers = bindings.integers(&lengths);
    params
        .iter()
        .zip(slices)
        .map(|(name, &slice)| {
            let Some(name) = name.as_ref().filter(|_| slice) else {
                return false;
            };
            if bindings.kinds.contains_key(name) {
                // Shadowed somewhere in the body.
                return false;
            }
            let mut uses = Uses {
                name,
                integers: &integers,
                lengths: &lengths,
                ok: true,
            };
            uses.visit_block(&item.block);
            uses.ok
        })
        .collect()
}

/// How a name is bound in the body.
enum Binding<'a> {
    /// An integer for sure: a `for` variable over a range, a `let` or parameter of an integer
    /// type.
    Integer,
    /// `let name = init;`: an integer when `init` is.
    Init(&'a Expr),
    /// Anything else (a closure parameter, a tuple pattern, a `match` arm).
    Unknown,
}

/// Every binding of every name in the function, parameters included.
struct Bindings<'a> {
    kinds: HashMap<String, Vec<Binding<'a>>>,
    params: HashMap<String, Vec<Binding<'a>>>,
}

impl<'a> Bindings<'a> {
    fn of(item: &'a ItemFn) -> Self {
        let mut bindings = Bindings {
            kinds: HashMap::new(),
            params: HashMap::new(),
        };
        for input in &item.sig.inputs {
            if let FnArg::Typed(typed) = input
                && let Pat::Ident(ident) = &*typed.pat
            {
                let kind = if is_integer_type(&typed.ty) {
                    Binding::Integer
                } else {
                    Binding::Unknown
                };
                bindings
                    .params
                    .entry(naming::stem(&ident.ident))
                    .or_default()
                    .push(kind);
            }
        }
        bindings.visit_block(&item.block);
        bindings
    }

    fn bind(&mut self, ident: &Ident, kind: Binding<'a>) {
        self.kinds
            .entry(naming::stem(ident))
            .or_default()
            .push(kind);
    }

    /// The names that are integers for sure: the greatest set of names every binding of which
    /// is an integer given the set. (Bindings run in order, so an `Init` can only read a name
    /// bound before; by induction on that order every name of the set holds an integer.)
    fn integers(&self, lengths: &HashSet<String>) -> HashSet<String> {
        let all = || self.kinds.iter().chain(&self.params);
        let mut set: HashSet<String> = all().map(|(name, _)| name.clone()).collect();
        loop {
            let next: HashSet<String> = all()
                .filter(|(name, _)| {
                    let both = self
                        .kinds
                        .get(*name)
                        .into_iter()
                        .chain(self.params.get(*name));
                    both.flatten().all(|binding| match binding {
                        Binding::Integer => true,
                        Binding::Init(init) => is_integer(init, &set, lengths),
                        Binding::Unknown => false,
                    })
                })
                .map(|(name, _)| name.clone())
                .collect();
            if next == set {
                return set;
            }
            set = next;
        }
    }
}

impl<'a> Visit<'a> for Bindings<'a> {
    fn visit_local(&mut self, local: &'a syn::Local) {
        let init = local.init.as_ref().map(|init| &*init.expr);
        match (&local.pat, init) {
            (Pat::Ident(ident), Some(init))
                if ident.subpat.is_none()
                    && local.init.as_ref().is_some_and(|i| i.diverge.is_none()) =>
            {
                self.bind(&ident.ident, Binding::Init(init));
            }
            (Pat::Type(typed), _) if is_integer_type(&typed.ty) => {
                if let Pat::Ident(ident) = &*typed.pat {
                    self.bind(&ident.ident, Binding::Integer);
                } else {
                    self.visit_pat(&typed.pat);
                }
            }
            _ => self.visit_pat(&local.pat),
        }
        if let Some(init) = &local.init {
            self.visit_expr(&init.expr);
            if let Some((_, diverge)) = &init.diverge {
                self.visit_expr(diverge);
            }
        }
    }

    fn visit_expr_for_loop(&mut self, for_loop: &'a syn::ExprForLoop) {
        match &*for_loop.pat {
            Pat::Ident(ident) if is_range_iterator(&for_loop.expr) => {
                self.bind(&ident.ident, Binding::Integer);
            }
            pat => self.visit_pat(pat),
        }
        self.visit_expr(&for_loop.expr);
        self.visit_block(&for_loop.body);
    }

    fn visit_pat_ident(&mut self, ident: &'a syn::PatIdent) {
        self.bind(&ident.ident, Binding::Unknown);
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

/// Whether `expr` is an integer for sure, given the integer names and the slice parameters
/// whose `len()` it may ask.
fn is_integer(expr: &Expr, integers: &HashSet<String>, lengths: &HashSet<String>) -> bool {
    use syn::BinOp::*;
    let integer = |expr: &Expr| is_integer(expr, integers, lengths);
    match expr {
        Expr::Lit(lit) => matches!(lit.lit, syn::Lit::Int(_)),
        Expr::Paren(paren) => integer(&paren.expr),
        Expr::Group(group) => integer(&group.expr),
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
            ) && integer(&binary.left)
                && integer(&binary.right)
        }
        Expr::Unary(unary) => matches!(unary.op, syn::UnOp::Neg(_)) && integer(&unary.expr),
        Expr::Path(path) => single_name(path).is_some_and(|name| integers.contains(&name)),
        Expr::MethodCall(call) => match naming::stem(&call.method).as_str() {
            "len" => {
                call.args.is_empty()
                    && matches!(&*call.receiver, Expr::Path(path)
                        if single_name(path).is_some_and(|name| lengths.contains(&name)))
            }
            "min" | "max" => {
                call.args.len() == 1 && integer(&call.receiver) && integer(&call.args[0])
            }
            _ => false,
        },
        _ => false,
    }
}

fn single_name(path: &syn::ExprPath) -> Option<String> {
    (path.qself.is_none()
        && path.path.segments.len() == 1
        && path.path.segments[0].arguments.is_empty())
    .then(|| naming::stem(&path.path.segments[0].ident))
}

/// Whether every use of the slice parameter `name` is `name[integer]`, `name.len()` or
/// `name.is_empty()`.
struct Uses<'a> {
    name: &'a str,
    integers: &'a HashSet<String>,
    lengths: &'a HashSet<String>,
    ok: bool,
}

impl Uses<'_> {
    fn is_name(&self, expr: &Expr) -> bool {
        matches!(expr, Expr::Path(path) if single_name(path).as_deref() == Some(self.name))
    }
}

impl<'ast> Visit<'ast> for Uses<'_> {
    fn visit_expr(&mut self, expr: &'ast Expr) {
        match expr {
            Expr::Index(index) if self.is_name(&index.expr) => {
                if !is_integer(&index.index, self.integers, self.lengths) {
                    self.ok = false;
                }
                self.visit_expr(&index.index);
            }
            Expr::MethodCall(call)
                if self.is_name(&call.receiver)
                    && call.args.is_empty()
                    && matches!(naming::stem(&call.method).as_str(), "len" | "is_empty") => {}
            // `&x[i]` would borrow a temporary.
            Expr::Reference(reference) if matches!(&*reference.expr, Expr::Index(index) if self.is_name(&index.expr)) =>
            {
                self.ok = false;
            }
            // `Differentiable::tangent_shape(&x)`, in a printed `f_vjp`: views have shapes.
            Expr::Call(call)
                if matches!(&*call.func, Expr::Path(path)
                    if path.path.segments.last().is_some_and(|last| last.ident == "tangent_shape"))
                    && matches!(&call.args.first(), Some(Expr::Reference(reference))
                        if self.is_name(&reference.expr)) => {}
            Expr::Path(_) if self.is_name(expr) => self.ok = false,
            _ => visit::visit_expr(self, expr),
        }
    }

    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        if crate::syntax::identifiers(mac.tokens.clone())
            .iter()
            .any(|ident| naming::stem(ident) == self.name)
        {
            self.ok = false;
        }
    }
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
            typed.ty = Box::new(if differentiated {
                syn::parse_quote!(::grad::__private::DualSlice<'_, ::core::primitive::#float>)
            } else {
                syn::parse_quote!(::grad::__private::ConstantSlice<'_, ::core::primitive::#float>)
            });
            names.insert(naming::stem(&ident.ident));
        }
    }
    syn::visit_mut::VisitMut::visit_block_mut(&mut AtRewrite { names: &names }, &mut item.block);
}
