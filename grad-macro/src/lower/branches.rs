//! Regions with values: `if`, `match` and nested blocks. Each branch is lowered in a scope of
//! its own; a region that produces a value gets result variables that every branch assigns.

use proc_macro2::TokenStream;
use quote::ToTokens;
use syn::Expr;

use super::jumps::{is_jump, is_jump_stmt};
use super::{Lowerer, unit};
use crate::ir::{Arm, Atom, Binding, Block, Operand, Stmt, Value, VarId};

/// Whether a branch body always ends in a jump (so it produces no value).
fn diverges(expr: &Expr) -> bool {
    match expr {
        Expr::Block(block) => block.block.stmts.last().is_some_and(is_jump_stmt),
        _ => is_jump(expr),
    }
}

fn is_unit(operand: &Operand) -> bool {
    matches!(operand, Operand::Tuple(elems) if elems.is_empty())
}

impl Lowerer<'_> {
    /// Declares one result variable per element of a region's value, so that each branch can
    /// assign its own.
    fn result_vars(&mut self, shape: &Operand, hint: &str, out: &mut Block) -> Operand {
        match shape {
            Operand::Atom(_) => {
                let temp = self.new_temp(hint);
                out.stmts.push(Stmt::Declare {
                    var: temp,
                    ty: None,
                });
                Operand::Atom(Atom::Var(temp))
            }
            Operand::Tuple(elems) => Operand::Tuple(
                elems
                    .iter()
                    .map(|elem| self.result_vars(elem, hint, out))
                    .collect(),
            ),
        }
    }

    /// Appends `targets = value` (element by element) to `block`.
    pub(super) fn assign_result(
        &mut self,
        targets: &Operand,
        value: Operand,
        block: &mut Block,
        span: &TokenStream,
    ) {
        match (targets, value) {
            (Operand::Atom(Atom::Var(var)), Operand::Atom(atom)) => {
                self.assign(block, *var, Value::Atom(atom), Binding::Reassign)
            }
            (Operand::Tuple(targets), Operand::Tuple(values)) if targets.len() == values.len() => {
                for (target, value) in targets.iter().zip(values) {
                    self.assign_result(target, value, block, span);
                }
            }
            _ => self.cx.error_spanned_by(
                span,
                "the branches of this expression give values of different shapes",
            ),
        }
    }

    /// Gives a multi-branch region its value: declares result variables shaped like the first
    /// branch that has a value, and assigns each branch's value to them at its end. Branches
    /// that end in a jump give none. With `sink`, each value goes to that variable instead.
    pub(super) fn join_branches(
        &mut self,
        branches: &mut [(Block, Operand, bool)],
        whole: &TokenStream,
        hint: &str,
        sink: Option<VarId>,
        out: &mut Block,
    ) -> Operand {
        if let Some(sink) = sink {
            let target = Operand::Atom(Atom::Var(sink));
            for (block, value, diverges) in branches.iter_mut() {
                let value = std::mem::replace(value, unit());
                if !*diverges && !is_unit(&value) {
                    self.assign_result(&target, value, block, whole);
                }
            }
            return unit();
        }
        let Some(shape) = branches
            .iter()
            .find(|(_, _, diverges)| !diverges)
            .map(|(_, value, _)| value.clone())
        else {
            return unit();
        };
        if is_unit(&shape) {
            return unit();
        }
        if branches.iter().any(|(_, _, diverges)| *diverges) {
            self.cx.error_spanned_by(
                whole,
                "an `if` or `match` that produces a value cannot also `return`, `break` or `continue` in a branch under #[differentiate]; make the early exit its own `if` statement before it",
            );
            // Stand in for the value, so that its uses are not reported again.
            return Operand::Atom(Atom::Const(syn::parse_quote!(#whole)));
        }
        let result = self.result_vars(&shape, hint, out);
        for (block, value, _) in branches.iter_mut() {
            let value = std::mem::replace(value, unit());
            self.assign_result(&result, value, block, whole);
        }
        result
    }

    fn lower_branch(&mut self, expr: &Expr, hint: &str) -> (Block, Operand, bool) {
        self.with_scope(|this| {
            let mut block = Block::default();
            let value = match expr {
                Expr::Block(block_expr) if block_expr.label.is_none() => {
                    this.lower_stmts(&block_expr.block.stmts, &mut block, hint, None)
                }
                other => this.lower_expr_stmt(other, &mut block, hint),
            };
            (block, value, diverges(expr))
        })
    }

    pub(super) fn lower_if(
        &mut self,
        expr_if: &syn::ExprIf,
        out: &mut Block,
        hint: &str,
        sink: Option<VarId>,
    ) -> Operand {
        if let Some(checked) = self.checked_get(expr_if) {
            return self.lower_if(&checked, out, hint, sink);
        }
        let then_expr = Expr::Block(syn::ExprBlock {
            attrs: Vec::new(),
            label: None,
            block: expr_if.then_branch.clone(),
        });
        let mut branches = Vec::new();
        match &*expr_if.cond {
            Expr::Let(expr_let) => {
                self.defer_expr(
                    &expr_let.expr,
                    "`if let` on a differentiated value is not supported; compare the value with `if` instead, or read an element with `if let Some(v) = x.get(i)`".to_owned(),
                );
                // The pattern's names exist in the `then` branch only.
                let branch = self.with_scope(|this| {
                    this.shadow_pattern(&expr_let.pat);
                    this.lower_branch(&then_expr, hint)
                });
                branches.push(branch);
            }
            _ => branches.push(self.lower_branch(&then_expr, hint)),
        }
        match &expr_if.else_branch {
            None => branches.push((Block::default(), unit(), false)),
            Some((_, else_expr)) => branches.push(self.lower_branch(else_expr, hint)),
        }
        let whole = expr_if.to_token_stream();
        let result = self.join_branches(&mut branches, &whole, hint, sink, out);
        let mut branches = branches.into_iter().map(|(block, _, _)| block);
        let (then_branch, else_branch) = (
            branches.next().unwrap_or_default(),
            branches.next().unwrap_or_default(),
        );
        let index = self.next_region();
        out.stmts.push(Stmt::If {
            cond: Box::new(self.resolve_tuples(&expr_if.cond)),
            then_branch,
            else_branch,
            index,
        });
        result
    }

    /// `if let Some(v) = x.get(i) { .. }` ([`Self::element_get`]), as the `if` it stands for:
    /// `if i < x.len() { let v = &x[i]; .. }` (`Some(&v)`: `let v = x[i];`), an indexed read
    /// the reverse sweep follows, where the `Option` could not be.
    fn checked_get(&self, expr_if: &syn::ExprIf) -> Option<syn::ExprIf> {
        let Expr::Let(expr_let) = &*expr_if.cond else {
            return None;
        };
        let Expr::MethodCall(call) = &*expr_let.expr else {
            return None;
        };
        let (receiver, index) = self.element_get(call)?;
        let syn::Pat::TupleStruct(some) = &*expr_let.pat else {
            return None;
        };
        let [inner] = some.elems.iter().collect::<Vec<_>>()[..] else {
            return None;
        };
        if !some.path.is_ident("Some") {
            return None;
        }
        let binding: syn::Stmt = match inner {
            syn::Pat::Reference(by_value) => {
                let pat = &by_value.pat;
                syn::parse_quote!(let #pat = #receiver[#index];)
            }
            pat => syn::parse_quote!(let #pat = &#receiver[#index];),
        };
        let mut checked = expr_if.clone();
        checked.cond = Box::new(syn::parse_quote!((#index) < #receiver.len()));
        checked.then_branch.stmts.insert(0, binding);
        Some(checked)
    }

    pub(super) fn lower_match(
        &mut self,
        expr_match: &syn::ExprMatch,
        out: &mut Block,
        hint: &str,
        sink: Option<VarId>,
    ) -> Operand {
        self.defer_expr(
            &expr_match.expr,
            "`match` on a differentiated value is not supported; compare the value with `if` / `else if` instead".to_owned(),
        );
        let mut branches = Vec::new();
        for arm in &expr_match.arms {
            let branch = self.with_scope(|this| {
                this.shadow_pattern(&arm.pat);
                if let Some((_, guard)) = &arm.guard {
                    this.defer_expr(
                        guard,
                        "a `match` guard cannot use a differentiated value except in comparisons"
                            .to_owned(),
                    );
                }
                this.lower_branch(&arm.body, hint)
            });
            branches.push(branch);
        }
        let whole = expr_match.to_token_stream();
        let result = self.join_branches(&mut branches, &whole, hint, sink, out);
        let arms = expr_match
            .arms
            .iter()
            .zip(branches)
            .map(|(arm, (body, _, _))| Arm {
                pat: arm.pat.clone(),
                guard: arm
                    .guard
                    .as_ref()
                    .map(|(_, guard)| Box::new(self.resolve_tuples(guard))),
                body,
            })
            .collect();
        let index = self.next_region();
        out.stmts.push(Stmt::Match {
            scrutinee: Box::new(self.resolve_tuples(&expr_match.expr)),
            arms,
            index,
        });
        result
    }

    pub(super) fn lower_block_expr(
        &mut self,
        block: &syn::Block,
        out: &mut Block,
        hint: &str,
        sink: Option<VarId>,
    ) -> Operand {
        let (inner, value) = self.lower_scoped(block, hint);
        let whole = block.to_token_stream();
        let mut branches = [(inner, value, false)];
        let result = self.join_branches(&mut branches, &whole, hint, sink, out);
        let [(inner, _, _)] = branches;
        let index = self.next_region();
        out.stmts.push(Stmt::Block {
            block: inner,
            index,
        });
        result
    }
}
