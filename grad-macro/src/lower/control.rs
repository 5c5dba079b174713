//! Lowering of control flow: `if`, `match`, nested blocks, loops, and jumps.
//!
//! Jumps become flags, so that every region runs to its end and leaves a complete record for
//! the reverse sweep:
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
//!
//! Loops over the elements of a variable (`for x in xs.iter()`, `.iter().enumerate()`,
//! `.iter().zip(ys.iter())`, `&xs`, a parameter `xs: &[f64]` itself) become loops over
//! indices, so that each element read is an indexed read whose adjoint goes to one element of
//! the container's adjoint.

use proc_macro2::TokenStream;
use quote::{ToTokens, quote};
use syn::visit::Visit;
use syn::{Expr, Ident, Pat};

use super::{Lowered, Lowerer, unit};
use crate::ir::{Arm, Atom, Binding, Block, Loop, LoopKind, Operand, Stmt, Value, VarId};
use crate::sig::Signature;

/// A loop being lowered: its label and the flags its jumps set (made when first needed).
pub(super) struct LoopContext {
    label: Option<String>,
    break_flag: Option<Ident>,
    continue_flag: Option<Ident>,
    index: usize,
}

/// How an early `return` leaves the function: the result variable and the flag.
#[derive(Clone)]
pub(super) struct FunctionExit {
    result: VarId,
    returned: Ident,
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

/// Whether a loop has a `break value` (not supported, reported where it is lowered).
pub(super) fn breaks_with_value(expr: &Expr) -> bool {
    struct FindBreakValue(bool);
    impl Visit<'_> for FindBreakValue {
        fn visit_expr_break(&mut self, brk: &syn::ExprBreak) {
            self.0 |= brk.expr.is_some();
        }
        fn visit_expr_closure(&mut self, _: &syn::ExprClosure) {}
        fn visit_item(&mut self, _: &syn::Item) {}
    }
    let mut finder = FindBreakValue(false);
    finder.visit_expr(expr);
    finder.0
}

/// `return`, `break` or `continue`.
pub(super) fn is_jump(expr: &Expr) -> bool {
    matches!(expr, Expr::Return(_) | Expr::Break(_) | Expr::Continue(_))
}

/// A statement that is a jump: what follows it in its list never runs.
pub(super) fn is_jump_stmt(stmt: &syn::Stmt) -> bool {
    matches!(stmt, syn::Stmt::Expr(expr, _) if is_jump(expr))
}

/// Whether a branch body always ends in a jump (so it produces no value).
fn diverges(expr: &Expr) -> bool {
    match expr {
        Expr::Block(block) => block.block.stmts.last().is_some_and(is_jump_stmt),
        _ => is_jump(expr),
    }
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

fn is_unit(operand: &Operand) -> bool {
    matches!(operand, Operand::Tuple(elems) if elems.is_empty())
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
                    self.cx
                        .error_spanned_by(ret, "`return` is not supported here");
                    return;
                };
                if let Some(value) = &ret.expr {
                    let value = self.lower_operand(value, out, "result");
                    self.assign_operand(exit.result, value, out, expr);
                }
                exit.returned
            }
            Expr::Break(brk) => {
                if let Some(value) = &brk.expr {
                    self.cx.error_spanned_by(
                        value,
                        "`break` with a value is not supported by #[differentiate]; assign the value to a variable declared before the loop, then `break`",
                    );
                    return;
                }
                let Some(target) = self.jump_target(brk.label.as_ref(), expr) else {
                    return;
                };
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
                let name = label.ident.to_string();
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

    /// Binds every name a pattern introduces as a constant of the current scope, so that they
    /// shadow outer variables of the same name (loop variables, `match` bindings).
    pub(super) fn shadow_pattern(&mut self, pat: &Pat) {
        struct Names<'a>(&'a mut Vec<Ident>);
        impl Visit<'_> for Names<'_> {
            fn visit_pat_ident(&mut self, pat: &syn::PatIdent) {
                self.0.push(pat.ident.clone());
                syn::visit::visit_pat_ident(self, pat);
            }
        }
        let mut names = Vec::new();
        Names(&mut names).visit_pat(pat);
        for name in names {
            let expr: Expr = syn::parse_quote!(#name);
            self.bind_name(&name, Operand::Atom(Atom::Const(expr)));
        }
    }

    // ----- regions with values -----

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
    fn assign_result(
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
    fn join_branches(
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
                    "`if let` on a differentiated value is not supported; compare the value with `if` instead".to_owned(),
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

    // ----- loops -----

    pub(super) fn lower_loop(&mut self, expr: &Expr, out: &mut Block) {
        let (label, body) = match expr {
            Expr::ForLoop(for_loop) => (&for_loop.label, &for_loop.body),
            Expr::While(while_loop) => (&while_loop.label, &while_loop.body),
            Expr::Loop(plain_loop) => (&plain_loop.label, &plain_loop.body),
            _ => return,
        };
        let label_name = label.as_ref().map(|label| label.name.ident.to_string());
        let index = self.next_region();
        self.loops.push(LoopContext {
            label: label_name,
            break_flag: None,
            continue_flag: None,
            index,
        });
        let flags_before = self.pending_flags.len();
        let (kind, block) = self.with_scope(|this| {
            let mut block = Block::default();
            let kind = match expr {
                Expr::ForLoop(for_loop) => this.lower_for_head(for_loop, &mut block),
                Expr::While(while_loop) => {
                    let cond = match &*while_loop.cond {
                        Expr::Let(expr_let) => {
                            this.shadow_pattern(&expr_let.pat);
                            &expr_let.expr
                        }
                        cond => cond,
                    };
                    let message = if matches!(&*while_loop.cond, Expr::Let(_)) {
                        "`while let` on a differentiated value is not supported; loop over indices instead (`for i in 0..x.len()`)"
                    } else {
                        "a `while` condition cannot use a differentiated value except in comparisons"
                    };
                    this.defer_expr(cond, message.to_owned());
                    LoopKind::While {
                        cond: Box::new(this.resolve_tuples(&while_loop.cond)),
                    }
                }
                _ => LoopKind::Loop,
            };
            this.lower_stmts(&body.stmts, &mut block, "iter", None);
            (kind, block)
        });
        let context = self.loops.pop().expect("pushed above");
        let own: Vec<&Ident> = context
            .break_flag
            .iter()
            .chain(context.continue_flag.iter())
            .collect();
        let inner_flags: Vec<Ident> = self.pending_flags.split_off(flags_before);
        let outer_flags: Vec<Ident> = inner_flags
            .into_iter()
            .filter(|flag| !own.contains(&flag))
            .collect();
        let mut exit_flags = dedup(&outer_flags);
        self.pending_flags.extend(outer_flags);
        exit_flags.extend(context.break_flag.clone());
        out.stmts.push(Stmt::Loop(Loop {
            kind,
            body: block,
            exit_flags,
            continue_flag: context.continue_flag,
            break_flag: context.break_flag,
            index,
        }));
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
            None if matches!(expr, Expr::Path(path) if path.path.get_ident().is_none_or(|ident| self.lookup(&ident.to_string()).is_none())) => {
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
                let temp = self.new_temp(&name.to_string());
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
