//! Loops: `for`, `while` and `loop`, with the flags of their jumps (`jumps.rs`).
//!
//! Loops over the elements of a variable (`for x in xs.iter()`, `.iter().enumerate()`,
//! `.iter().zip(ys.iter())`, `&xs`, a parameter `xs: &[f64]` itself) become loops over
//! indices, so that each element read is an indexed read whose adjoint goes to one element of
//! the container's adjoint.

use proc_macro2::TokenStream;
use quote::quote;
use syn::{Expr, Ident, Pat};

use super::jumps::{LoopContext, dedup};
use super::{Lowered, Lowerer};
use crate::ir::{Atom, Binding, Block, Loop, LoopKind, Operand, Stmt, Value, VarId};
use crate::naming;

impl Lowerer<'_> {
    pub(super) fn lower_loop(&mut self, expr: &Expr, out: &mut Block) {
        let (label, body) = match expr {
            Expr::ForLoop(for_loop) => (&for_loop.label, &for_loop.body),
            Expr::While(while_loop) => (&while_loop.label, &while_loop.body),
            Expr::Loop(plain_loop) => (&plain_loop.label, &plain_loop.body),
            _ => return,
        };
        let index = self.next_region();
        self.loops.push(LoopContext {
            label: label.as_ref().map(|label| naming::stem(&label.name.ident)),
            break_flag: None,
            continue_flag: None,
            index,
        });
        let flags_before = self.pending_flags.len();
        let (kind, block) = self.with_scope(|this| {
            let mut block = Block::default();
            let kind = match expr {
                Expr::ForLoop(for_loop) => this.lower_for_head(for_loop, &mut block),
                Expr::While(while_loop) => this.lower_while_head(while_loop),
                _ => LoopKind::Loop,
            };
            this.lower_stmts(&body.stmts, &mut block, "iter", None);
            (kind, block)
        });
        let context = self.loops.pop().expect("pushed above");
        let exit_flags = self.exit_flags(&context, flags_before);
        out.stmts.push(Stmt::Loop(Loop {
            kind,
            body: block,
            exit_flags,
            continue_flag: context.continue_flag,
            break_flag: context.break_flag,
            index,
        }));
    }

    /// The flags that end a loop after the current iteration: the jumps in its body to outer
    /// loops or out of the function (which stay pending for the code around the loop), and its
    /// own `break`.
    fn exit_flags(&mut self, context: &LoopContext, flags_before: usize) -> Vec<Ident> {
        let own: Vec<&Ident> = context
            .break_flag
            .iter()
            .chain(context.continue_flag.iter())
            .collect();
        let outer_flags: Vec<Ident> = self
            .pending_flags
            .split_off(flags_before)
            .into_iter()
            .filter(|flag| !own.contains(&flag))
            .collect();
        let mut exit_flags = dedup(&outer_flags);
        self.pending_flags.extend(outer_flags);
        exit_flags.extend(context.break_flag.clone());
        exit_flags
    }

    /// `while cond` (or `while let`): the condition as written; it must not read
    /// differentiated values except in comparisons.
    fn lower_while_head(&mut self, while_loop: &syn::ExprWhile) -> LoopKind {
        let (cond, message) = match &*while_loop.cond {
            Expr::Let(expr_let) => {
                self.shadow_pattern(&expr_let.pat);
                (
                    &*expr_let.expr,
                    "`while let` on a differentiated value is not supported; loop over indices instead (`for i in 0..x.len()`)",
                )
            }
            cond => (
                cond,
                "a `while` condition cannot use a differentiated value except in comparisons",
            ),
        };
        self.defer_expr(cond, message.to_owned());
        LoopKind::While {
            cond: Box::new(self.resolve_tuples(&while_loop.cond)),
        }
    }

    /// The head of a `for` loop: a loop over indices for the elements of variables, else the
    /// loop as written (its iterator must not read differentiated values).
    fn lower_for_head(&mut self, for_loop: &syn::ExprForLoop, block: &mut Block) -> LoopKind {
        if let Some(elements) = self.element_iteration(&for_loop.expr) {
            return self.lower_element_loop(elements, &for_loop.pat, block);
        }
        if !is_range(&for_loop.expr) {
            self.defer_expr(
                &for_loop.expr,
                "this loop's iterator uses a differentiated value; loop over indices (`for i in 0..x.len()`, reading and writing `x[i]`) or over `x.iter()`, `x.iter().enumerate()` or `x.iter().zip(y.iter())`".to_owned(),
        );
        }
        self.shadow_pattern(&for_loop.pat);
        LoopKind::For {
            pat: for_loop.pat.clone(),
            iter: Box::new(self.resolve_tuples(&for_loop.expr)),
        }
    }

    /// Recognises `x.iter()`, `&x`, `x.iter().copied()`, `.cloned()`, `.enumerate()` and
    /// `.zip(..)` over variables in scope, and a parameter `x: &[f64]` (or `&Vec`, `&[f64; N]`,
    /// `&Array..`) named alone, which iterates as `x.iter()` does.
    fn element_iteration(&self, iter: &Expr) -> Option<Elements> {
        let (inner, enumerate) = match iter {
            Expr::MethodCall(call) if call.method == "enumerate" && call.args.is_empty() => {
                (&*call.receiver, true)
            }
            _ => (iter, false),
        };
        let sources = match inner {
            Expr::MethodCall(call) if call.method == "zip" && call.args.len() == 1 => {
                vec![
                    self.element_source(&call.receiver)?,
                    self.element_source(&call.args[0])?,
                ]
            }
            _ => vec![self.element_source(inner)?],
        };
        Some(Elements { sources, enumerate })
    }

    fn element_source(&self, expr: &Expr) -> Option<ElementSource> {
        match expr {
            Expr::MethodCall(call)
                if (call.method == "copied" || call.method == "cloned") && call.args.is_empty() =>
            {
                let source = self.element_source(&call.receiver)?;
                Some(ElementSource {
                    by_value: true,
                    ..source
                })
            }
            Expr::MethodCall(call) if call.method == "iter" && call.args.is_empty() => {
                self.container(&call.receiver)
            }
            Expr::Reference(reference) if reference.mutability.is_none() => {
                self.container(&reference.expr)
            }
            // A parameter `x: &[f64]` iterated as it is: `x.iter()`.
            Expr::Path(_)
                if self
                    .var_of_path(expr)
                    .is_some_and(|var| self.element_params.contains(&var)) =>
            {
                self.container(expr)
            }
            _ => None,
        }
    }

    /// A container a loop can walk by index: a variable, or a constant path (`WEIGHTS`).
    fn container(&self, expr: &Expr) -> Option<ElementSource> {
        let var = match self.var_of_path(expr) {
            Some(var) => Some(var),
            None if matches!(expr, Expr::Path(path) if path.path.get_ident().is_none_or(|ident| self.lookup(&naming::stem(ident)).is_none())) => {
                None
            }
            None => return None,
        };
        Some(ElementSource {
            var,
            path: expr.clone(),
            by_value: false,
        })
    }

    fn lower_element_loop(&mut self, elements: Elements, pat: &Pat, block: &mut Block) -> LoopKind {
        let index = self.fresh_ident("index");
        let lengths: Vec<TokenStream> = elements
            .sources
            .iter()
            .map(|source| {
                let path = &source.path;
                quote!(::grad::__private::Elements::element_count(&#path))
            })
            .collect();
        let len = match &lengths[..] {
            [one] => one.clone(),
            [first, second] => quote!(::core::cmp::min(#first, #second)),
            _ => unreachable!("one source, or two zipped"),
        };
        let element_pats: Vec<&Pat> = match (elements.enumerate, pat) {
            (false, pat) => vec![pat],
            (true, Pat::Tuple(tuple)) if tuple.elems.len() == 2 => {
                if let Pat::Ident(counter) = &tuple.elems[0] {
                    let name = &counter.ident;
                    block
                        .stmts
                        .push(Stmt::Verbatim(quote!(let #name: usize = #index;)));
                    self.shadow_pattern(&tuple.elems[0]);
                }
                vec![&tuple.elems[1]]
            }
            (true, other) => {
                self.cx
                    .error_spanned_by(other, "an `enumerate()` loop needs a pattern `(i, x)`");
                return index_loop(index, len);
            }
        };
        let per_source: Vec<&Pat> = match (elements.sources.len(), element_pats[0]) {
            (1, pat) => vec![pat],
            (2, Pat::Tuple(tuple)) if tuple.elems.len() == 2 => tuple.elems.iter().collect(),
            (_, other) => {
                self.cx
                    .error_spanned_by(other, "a `zip` loop needs a pattern `(a, b)`");
                return index_loop(index, len);
            }
        };
        for (source, pat) in elements.sources.iter().zip(per_source) {
            self.bind_element(source, pat, &index, block);
        }
        index_loop(index, len)
    }

    /// Binds one element of a loop over a container: `pat` gets `source[index]`.
    fn bind_element(
        &mut self,
        source: &ElementSource,
        pat: &Pat,
        index: &Ident,
        block: &mut Block,
    ) {
        let path = &source.path;
        let Some(var) = source.var else {
            // A constant's element: bound as written, a constant of the reverse sweep.
            let element = if source.by_value {
                quote!(::grad::__private::Elements::element(&#path, ::grad::__private::Flat(#index)))
            } else {
                quote!(::grad::__private::Elements::element_ref(&#path, ::grad::__private::Flat(#index)))
            };
            block
                .stmts
                .push(Stmt::Verbatim(quote!(let #pat = #element;)));
            self.shadow_pattern(pat);
            return;
        };
        self.vars[var.0].indexed = true;
        let read = Value::Index {
            base: var,
            index: syn::parse_quote!(#index),
            flat: true,
        };
        match pat {
            Pat::Wild(_) => {}
            Pat::Reference(reference) if !source.by_value => {
                self.bind_pattern(&reference.pat, None, Lowered::Value(read), block);
            }
            Pat::Ident(_) if source.by_value => {
                self.bind_pattern(pat, None, Lowered::Value(read), block);
            }
            Pat::Ident(ident) if ident.by_ref.is_none() && ident.subpat.is_none() => {
                // The element is a reference in the source: keep one under the user's name for
                // code kept as written, and the value in a temporary for the arithmetic.
                let name = &ident.ident;
                block.stmts.push(Stmt::Verbatim(quote!(
                    let #name = ::grad::__private::Elements::element_ref(&#path, ::grad::__private::Flat(#index));
                )));
                let temp = self.new_temp(&naming::stem(name));
                self.assign(block, temp, read, Binding::Let { ty: None });
                self.bind_name(name, Operand::Atom(Atom::Var(temp)));
            }
            other => self.cx.error_spanned_by(
                other,
                "this pattern is not supported for the elements of a differentiated container; bind a name, `&name` or `_`",
            ),
        }
    }
}

/// A range, possibly reversed or stepped: its values are integers, which carry no derivative
/// whatever they are computed from (`0..p.n`, `(0..n).rev()`).
fn is_range(expr: &Expr) -> bool {
    match expr {
        Expr::Range(_) => true,
        Expr::Paren(paren) => is_range(&paren.expr),
        Expr::MethodCall(call) if matches!(call.method.to_string().as_str(), "rev" | "step_by") => {
            is_range(&call.receiver)
        }
        _ => false,
    }
}

/// `for index in 0..len`.
fn index_loop(index: Ident, len: TokenStream) -> LoopKind {
    LoopKind::For {
        pat: Box::new(syn::parse_quote!(#index)),
        iter: Box::new(syn::parse_quote!(0..#len)),
    }
}

/// The containers a loop walks, element by element.
struct Elements {
    sources: Vec<ElementSource>,
    enumerate: bool,
}

struct ElementSource {
    /// The variable walked; `None` for a constant (`WEIGHTS.iter()`), whose elements are
    /// constants.
    var: Option<VarId>,
    /// The container as written (for `len()` and the reference bound to the element).
    path: Expr,
    /// The elements are values (`.copied()`), not references.
    by_value: bool,
}
