//! Jumps: `break`, `continue` and early `return` become flags, so that every region runs to its
//! end and leaves a complete record for the reverse sweep.
//!
//! ```text
//! // Input                              // Output (IR, written as Rust)
//! for i in 0..n {                       let mut loop_1_break = false;
//!     if x[i] < 0.0 { break; }          for i in 0..n {
//!     s += x[i];                            if x[i] < 0.0 { loop_1_break = true; }
//! }                                         if !(loop_1_break) { s += x[i]; }
//!                                           // (the emitter pushes the iteration's record here)
//!                                           if loop_1_break { break; }
//!                                       }
//! ```
//!
//! An early `return v` assigns the function's result variable (initialised with
//! `Default::default()`), sets a `returned` flag, and ends every loop it is in.

use quote::quote;
use syn::visit::Visit;
use syn::{Expr, Ident};

use super::Lowerer;
use crate::ir::{Binding, Block, Operand, Stmt, Value, VarId};
use crate::sig::Signature;

/// A loop being lowered: its label and the flags its jumps set (made when first needed).
pub(super) struct LoopContext {
    pub(super) label: Option<String>,
    pub(super) break_flag: Option<Ident>,
    pub(super) continue_flag: Option<Ident>,
    pub(super) index: usize,
    /// The variable (or tuple of them) a `loop`'s `break value` assigns, made before it: the
    /// loop's value.
    pub(super) value: Option<Operand>,
}

/// How an early `return` leaves the function: the result variable and the flag.
#[derive(Clone)]
pub(super) struct FunctionExit {
    pub(super) result: VarId,
    pub(super) returned: Ident,
}

/// Whether the statements contain a `return` (outside closures and nested items).
pub(super) fn has_return(stmts: &[syn::Stmt]) -> bool {
    struct FindReturn(bool);
    impl Visit<'_> for FindReturn {
        fn visit_expr_return(&mut self, _: &syn::ExprReturn) {
            self.0 = true;
        }
        fn visit_expr_closure(&mut self, _: &syn::ExprClosure) {}
        fn visit_item(&mut self, _: &syn::Item) {}
        fn visit_expr_async(&mut self, _: &syn::ExprAsync) {}
    }
    let mut finder = FindReturn(false);
    for stmt in stmts {
        finder.visit_stmt(stmt);
    }
    finder.0
}

/// The value of the first `break value` in a `loop`'s body that leaves it (unlabelled and
/// outside the loops inside it, or with its label), if any: the loop's value.
pub(super) fn break_value(plain_loop: &syn::ExprLoop) -> Option<Expr> {
    struct FindBreakValue<'a> {
        label: Option<&'a syn::Lifetime>,
        depth: usize,
        found: Option<Expr>,
    }
    impl Visit<'_> for FindBreakValue<'_> {
        fn visit_expr_break(&mut self, brk: &syn::ExprBreak) {
            let leaves = match &brk.label {
                Some(label) => self.label.is_some_and(|own| own.ident == label.ident),
                None => self.depth == 0,
            };
            if leaves && self.found.is_none() {
                self.found = brk.expr.as_deref().cloned();
            }
            syn::visit::visit_expr_break(self, brk);
        }
        fn visit_expr_loop(&mut self, inner: &syn::ExprLoop) {
            self.depth += 1;
            syn::visit::visit_expr_loop(self, inner);
            self.depth -= 1;
        }
        fn visit_expr_for_loop(&mut self, inner: &syn::ExprForLoop) {
            self.depth += 1;
            syn::visit::visit_expr_for_loop(self, inner);
            self.depth -= 1;
        }
        fn visit_expr_while(&mut self, inner: &syn::ExprWhile) {
            self.depth += 1;
            syn::visit::visit_expr_while(self, inner);
            self.depth -= 1;
        }
        fn visit_expr_closure(&mut self, _: &syn::ExprClosure) {}
        fn visit_item(&mut self, _: &syn::Item) {}
    }
    let mut finder = FindBreakValue {
        label: plain_loop.label.as_ref().map(|label| &label.name),
        depth: 0,
        found: None,
    };
    finder.visit_block(&plain_loop.body);
    finder.found
}

/// `return`, `break` or `continue`.
pub(super) fn is_jump(expr: &Expr) -> bool {
    matches!(expr, Expr::Return(_) | Expr::Break(_) | Expr::Continue(_))
}

/// A statement that is a jump: what follows it in its list never runs.
pub(super) fn is_jump_stmt(stmt: &syn::Stmt) -> bool {
    matches!(stmt, syn::Stmt::Expr(expr, _) if is_jump(expr))
}

/// The flags in order, each once.
pub(super) fn dedup(flags: &[Ident]) -> Vec<Ident> {
    let mut unique: Vec<Ident> = Vec::new();
    for flag in flags {
        if !unique.contains(flag) {
            unique.push(flag.clone());
        }
    }
    unique
}

impl Lowerer<'_> {
    /// Declares the result variable and the `returned` flag of a function with early returns.
    pub(super) fn begin_function_exit(&mut self, sig: &Signature, out: &mut Block) -> VarId {
        let result = self.new_temp("result");
        self.vars[result.0].mutable = true;
        let default: Expr = syn::parse_quote!(::core::default::Default::default());
        let ty = sig.output.clone().map(Box::new);
        self.assign(out, result, Value::Verbatim(default), Binding::Let { ty });
        let returned = self.fresh_ident("returned");
        out.stmts
            .push(Stmt::Verbatim(quote!(let mut #returned = false;)));
        self.exit = Some(FunctionExit { result, returned });
        result
    }

    /// `if !(flags..) { rest }`: the rest of a statement list after a statement that may jump.
    pub(super) fn guard(
        &mut self,
        flags: &[Ident],
        lower_rest: impl FnOnce(&mut Self, &mut Block) -> Operand,
    ) -> (Stmt, Operand) {
        let cond: Expr = syn::parse_quote!(!(#(#flags)||*));
        let (block, value) = self.with_scope(|this| {
            let mut block = Block::default();
            let value = lower_rest(this, &mut block);
            (block, value)
        });
        let index = self.next_region();
        let guard = Stmt::If {
            cond: Box::new(cond),
            then_branch: block,
            else_branch: Block::default(),
            index,
        };
        (guard, value)
    }

    /// `return v`, `break`, `continue`: set the flag (and the result), and leave the flag
    /// pending so that the enclosing lists skip their rest.
    pub(super) fn lower_jump(&mut self, expr: &Expr, out: &mut Block) {
        let flag = match expr {
            Expr::Return(ret) => {
                let Some(exit) = self.exit.clone() else {
                    let message = if self.closures > 0 {
                        "a closure's `return` is not supported by #[differentiate]; make the value the closure's last expression"
                    } else {
                        "`return` is not supported here"
                    };
                    self.cx.error_spanned_by(ret, message);
                    return;
                };
                if let Some(value) = &ret.expr {
                    let value = self.lower_operand(value, out, "result");
                    self.assign_operand(exit.result, value, out, expr);
                }
                exit.returned
            }
            Expr::Break(brk) => {
                let Some(target) = self.jump_target(brk.label.as_ref(), expr) else {
                    return;
                };
                if let Some(value) = &brk.expr {
                    // A `loop`'s value: assigned to the variables made before it.
                    let Some(result) = self.loops[target].value.clone() else {
                        let message = "`break` with a value leaves only a `loop`";
                        return self.cx.error_spanned_by(value, message);
                    };
                    let value = self.lower_operand(value, out, "loop_value");
                    self.assign_result(&result, value, out, &quote!(#expr));
                }
                let context = &mut self.loops[target];
                let name = format!("loop_{}_break", context.index);
                match &context.break_flag {
                    Some(flag) => flag.clone(),
                    None => {
                        let flag = self.fresh_ident(&name);
                        self.loops[target].break_flag = Some(flag.clone());
                        flag
                    }
                }
            }
            Expr::Continue(cont) => {
                let Some(target) = self.jump_target(cont.label.as_ref(), expr) else {
                    return;
                };
                let name = format!("loop_{}_continue", self.loops[target].index);
                match &self.loops[target].continue_flag {
                    Some(flag) => flag.clone(),
                    None => {
                        let flag = self.fresh_ident(&name);
                        self.loops[target].continue_flag = Some(flag.clone());
                        flag
                    }
                }
            }
            _ => return,
        };
        out.stmts.push(Stmt::Verbatim(quote!(#flag = true;)));
        self.pending_flags.push(flag);
    }

    /// The loop a `break` or `continue` leaves: the labelled one, or the innermost.
    fn jump_target(&self, label: Option<&syn::Lifetime>, expr: &Expr) -> Option<usize> {
        let found = match label {
            Some(label) => {
                let name = crate::naming::stem(&label.ident);
                self.loops
                    .iter()
                    .rposition(|context| context.label.as_deref() == Some(name.as_str()))
            }
            None => self.loops.len().checked_sub(1),
        };
        if found.is_none() {
            self.cx.error_spanned_by(
                expr,
                "this jump leaves a loop outside the differentiated function or no loop at all",
            );
        }
        found
    }
}
