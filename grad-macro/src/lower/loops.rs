//! Loops: `for`, `while` and `loop`, with the flags of their jumps (`jumps.rs`).
//!
//! Loops over the elements of a variable (`for x in xs.iter()`, `.iter().enumerate()`,
//! `.iter().zip(ys.iter())`, `&xs`, a parameter `xs: &[f64]` itself) become loops over
//! indices, so that each element read is an indexed read whose adjoint goes to one element of
//! the container's adjoint.

use quote::ToTokens;
use syn::{Expr, Ident};

use super::Lowerer;
use super::jumps::{self, LoopContext, dedup};
use crate::ir::{Atom, Binding, Block, Loop, LoopKind, Operand, Stmt, Value, VarId};
use crate::naming;

impl Lowerer<'_> {
    /// A loop; for a `loop` that ends with `break value`, the variable holding that value,
    /// made before the loop (`let mut loop_value = Default::default();`), which each `break
    /// value` assigns.
    pub(super) fn lower_loop(&mut self, expr: &Expr, out: &mut Block) -> Option<Operand> {
        if let Expr::ForLoop(for_loop) = expr
            && let Some(by_index) = self.mutable_elements_by_index(for_loop)
        {
            return self.lower_loop(&Expr::ForLoop(by_index), out);
        }
        let (label, body) = match expr {
            Expr::ForLoop(for_loop) => (&for_loop.label, &for_loop.body),
            Expr::While(while_loop) => (&while_loop.label, &while_loop.body),
            Expr::Loop(plain_loop) => (&plain_loop.label, &plain_loop.body),
            _ => return None,
        };
        let value = match expr {
            Expr::Loop(plain_loop) => jumps::break_value(plain_loop).map(|value| {
                let mut variable = || Operand::Atom(Atom::Var(self.loop_value_var(out)));
                match &value {
                    // A tuple `break (a, b)`: a variable for each element.
                    Expr::Tuple(tuple) => {
                        Operand::Tuple(tuple.elems.iter().map(|_| variable()).collect())
                    }
                    _ => variable(),
                }
            }),
            _ => None,
        };
        let index = self.next_region();
        self.loops.push(LoopContext {
            label: label.as_ref().map(|label| naming::stem(&label.name.ident)),
            break_flag: None,
            continue_flag: None,
            index,
            value: value.clone(),
        });
        let flags_before = self.pending_flags.len();
        let (kind, block) = self.with_scope(|this| {
            let mut block = Block::default();
            let kind = match expr {
                Expr::ForLoop(for_loop) => {
                    if let Some(kind) = this.lower_chain_loop(for_loop, out, &mut block) {
                        return (kind, block);
                    }
                    this.lower_for_head(for_loop)
                }
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
        value
    }

    /// `for e in v.iter_mut() { .. *e .. }` (or `&mut v`) as the loop over indices it stands
    /// for, `for k in 0..v.len() { .. v[k] .. }`, when the body uses `e` only as `*e` (reads,
    /// `*e = ..`, `*e op= ..`): each write is then an indexed write the reverse sweep follows.
    fn mutable_elements_by_index(
        &mut self,
        for_loop: &syn::ExprForLoop,
    ) -> Option<syn::ExprForLoop> {
        let syn::Pat::Ident(element) = &*for_loop.pat else {
            return None;
        };
        if element.by_ref.is_some() || element.subpat.is_some() {
            return None;
        }
        let container = mutable_elements_of(&for_loop.expr)?;
        let Expr::Path(path) = container else {
            return None;
        };
        path.path.get_ident()?;
        let element = &element.ident;
        let mut uses = DerefUses { element, derefs: 0 };
        syn::visit::visit_block(&mut uses, &for_loop.body);
        let mentions = crate::syntax::identifiers(for_loop.body.to_token_stream())
            .iter()
            .filter(|ident| *ident == element)
            .count();
        if mentions != uses.derefs {
            return None;
        }
        let index = self.fresh_ident("index");
        let mut body = for_loop.body.clone();
        syn::visit_mut::visit_block_mut(
            &mut DerefToIndex {
                element,
                place: syn::parse_quote!(#container[#index]),
            },
            &mut body,
        );
        let mut by_index = for_loop.clone();
        by_index.pat = Box::new(syn::parse_quote!(#index));
        by_index.expr = Box::new(syn::parse_quote!(0..#container.len()));
        by_index.body = body;
        Some(by_index)
    }

    /// `let mut loop_value = Default::default();`, initialised as an early return's result is:
    /// rustc cannot see that the loop ends only after a `break value` has assigned it (the
    /// break is a flag).
    fn loop_value_var(&mut self, out: &mut Block) -> VarId {
        let value = self.new_temp("loop_value");
        self.vars[value.0].mutable = true;
        self.start_from_default(value, out);
        value
    }

    /// `let mut var = Default::default();`: a variable a later assignment gives its value (and
    /// rustc its type), where rustc cannot see that the assignment comes before every read.
    pub(super) fn start_from_default(&mut self, var: VarId, out: &mut Block) {
        let default: Expr = syn::parse_quote!(::core::default::Default::default());
        self.assign(
            out,
            var,
            Value::Verbatim(default),
            Binding::Let { ty: None },
        );
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

    /// The head of a `for` loop that is not over an iterator chain the macro walks by position
    /// (`iterators/`): the loop as written (its iterator must not read differentiated
    /// values).
    fn lower_for_head(&mut self, for_loop: &syn::ExprForLoop) -> LoopKind {
        if let Some(container) = mutable_elements_of(&for_loop.expr) {
            let container = container.to_token_stream().to_string();
            let element = match &*for_loop.pat {
                syn::Pat::Ident(element) => element.ident.to_string(),
                _ => "e".to_owned(),
            };
            self.defer_expr(
                &for_loop.expr,
                format!(
                    "a loop over the mutable elements of `{container}` is differentiated when its body uses `{element}` only as `*{element}` (`*{element} = ..`, `*{element} += ..`, reads of `*{element}`: each is the element `{container}[k]`); write `(*{element}).sin()` for `{element}.sin()`, or loop over indices (`for k in 0..{container}.len()`)"
                ),
            );
        } else if !is_range(&for_loop.expr) {
            self.defer_expr(
                &for_loop.expr,
                "this loop's iterator uses a differentiated value in a way #[differentiate] cannot follow; loop over indices (`for i in 0..x.len()`), or over `x.iter()`, `&x`, `x.rows()`, `x.axis_iter(Axis(k))` with `zip`, `enumerate`, `map` and `filter`".to_owned(),
            );
        }
        self.shadow_pattern(&for_loop.pat);
        LoopKind::For {
            pat: for_loop.pat.clone(),
            iter: Box::new(self.resolve_tuples(&for_loop.expr)),
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

/// The container whose mutable elements a loop walks: `v` of `v.iter_mut()` or `&mut v`.
fn mutable_elements_of(iter: &Expr) -> Option<&Expr> {
    match iter {
        Expr::MethodCall(call) if call.method == "iter_mut" && call.args.is_empty() => {
            Some(&call.receiver)
        }
        Expr::Reference(reference) if reference.mutability.is_some() => Some(&reference.expr),
        _ => None,
    }
}

/// Counts the `*e` of an element `e` in a loop's body.
struct DerefUses<'a> {
    element: &'a Ident,
    derefs: usize,
}

impl<'ast> syn::visit::Visit<'ast> for DerefUses<'_> {
    fn visit_expr(&mut self, expr: &'ast Expr) {
        if is_deref_of(expr, self.element) {
            self.derefs += 1;
            return;
        }
        syn::visit::visit_expr(self, expr);
    }
}

/// Replaces each `*e` of an element `e` with the place it stands for, `v[k]`.
struct DerefToIndex<'a> {
    element: &'a Ident,
    place: Expr,
}

impl syn::visit_mut::VisitMut for DerefToIndex<'_> {
    fn visit_expr_mut(&mut self, expr: &mut Expr) {
        if is_deref_of(expr, self.element) {
            *expr = self.place.clone();
            return;
        }
        syn::visit_mut::visit_expr_mut(self, expr);
    }
}

/// `*e`, possibly in parentheses.
fn is_deref_of(expr: &Expr, element: &Ident) -> bool {
    match expr {
        Expr::Unary(unary) if matches!(unary.op, syn::UnOp::Deref(_)) => {
            matches!(&*unary.expr, Expr::Path(path) if path.path.is_ident(element))
        }
        Expr::Paren(paren) => is_deref_of(&paren.expr, element),
        _ => false,
    }
}
