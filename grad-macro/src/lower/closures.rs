//! Closures, lowered like inline code where they are applied: in an iterator chain
//! (`.map(|v| v * w)`, `.fold(0.0, |acc, v| acc + v)`, `.filter(..)`), called at once
//! (`(|v| v * v)(x)`), or bound by `let f = |v| ..;` and called by name (`f(x)`). Their
//! parameters are bound to the arguments as `let` patterns are, and their bodies see the
//! variables of the scope they were written in (their captures), differentiated or not.
//!
//! A closure body may not `return` (write its value as the body's last expression), nor jump out
//! of a loop around it; a closure that is stored or passed elsewhere is kept as written, and is an
//! error if it touches a differentiated value.

use std::collections::HashMap;
use std::rc::Rc;

use quote::ToTokens;
use syn::{Expr, ExprClosure, Pat};

use super::{Bound, Lowered, Lowerer};
use crate::ir::{Atom, Block, ElementMap, Op, Operand, Value, VarId};
use crate::naming;

/// A closure bound by `let f = |..| ..;`: its code and the scope it was written in.
pub(super) struct LocalClosure {
    pub(super) closure: ExprClosure,
    pub(super) scopes: Vec<HashMap<String, Bound>>,
}

impl Lowerer<'_> {
    /// `let f = |..| ..;`: remembered for the calls of `f` (and kept as written, for code that
    /// uses `f` otherwise).
    pub(super) fn bind_closure(&mut self, name: &syn::Ident, closure: &ExprClosure) {
        let local = LocalClosure {
            closure: closure.clone(),
            scopes: self.scopes.clone(),
        };
        let scope = self
            .scopes
            .last_mut()
            .expect("the function scope is never popped");
        scope.insert(naming::stem(name), Bound::Closure(Rc::new(local)));
    }

    /// `f(args)` where `f` is a closure bound by `let`: its body inlined.
    pub(super) fn lower_local_closure_call(
        &mut self,
        call: &syn::ExprCall,
        func: &syn::ExprPath,
        out: &mut Block,
        hint: &str,
    ) -> Option<Lowered> {
        let ident = func.path.get_ident()?;
        let local = self.lookup_closure(&naming::stem(ident))?;
        let args = call
            .args
            .iter()
            .map(|arg| self.lower_operand(arg, out, hint))
            .collect();
        let value = self.inline(&local.closure, Some(&local.scopes), args, None, out, hint);
        Some(Lowered::Operand(value))
    }

    /// `(|v| ..)(x)`, a closure called where it is written; any other callee that is not a path
    /// is kept as written.
    pub(super) fn lower_closure_call(
        &mut self,
        call: &syn::ExprCall,
        expr: &Expr,
        out: &mut Block,
        hint: &str,
    ) -> Lowered {
        let callee = match &*call.func {
            Expr::Paren(paren) => &*paren.expr,
            other => other,
        };
        let Expr::Closure(closure) = callee else {
            return self.opaque(
                expr,
                "only calls of functions by name or path, and of closures, can be differentiated; call the function directly".to_owned(),
            );
        };
        let args = call
            .args
            .iter()
            .map(|arg| self.lower_operand(arg, out, hint))
            .collect();
        Lowered::Operand(self.inline(closure, None, args, None, out, hint))
    }

    /// `array.mapv(f)` (also `map`, whose closure sees each element by reference, and
    /// `mapv_into`): `f`'s body lowered once, as the region of an elementwise map.
    pub(super) fn lower_element_map(
        &mut self,
        call: &syn::ExprMethodCall,
        expr: &Expr,
        out: &mut Block,
        hint: &str,
    ) -> Option<Lowered> {
        let method = naming::stem(&call.method);
        let [f] = &call.args.iter().collect::<Vec<_>>()[..] else {
            return None;
        };
        if !matches!(method.as_str(), "mapv" | "map" | "mapv_into")
            || !matches!(f, Expr::Closure(_) | Expr::Path(_))
        {
            return None;
        }
        if method == "map" && self.is_iterator_chain(&call.receiver) {
            // An iterator's `map` (`(0..n).map(..)`, `x.iter().map(..)`), not an array's.
            let message = "an iterator's `map` is differentiated when the chain ends in `sum()`, `product()`, `fold(..)` or `collect()` into a `Vec`, or heads a `for` loop; for an array, map the array itself (`x.mapv(|v| ..)`, or `Array1::from(vec)` of the collected `Vec`)";
            self.cx.error_spanned_by(&call.method, message);
            return Some(Lowered::Operand(Operand::Atom(Atom::Const(expr.clone()))));
        }
        // `model.w.mapv(..)` borrows the field, as any method's receiver (`mapv_into`, which
        // consumes its array, cannot take a field behind a reference anyway).
        let array = self.lower_receiver(&call.receiver, out, hint);
        let first_inside = self.vars.len();
        let element = self.new_temp("elem");
        // `map` passes each element by reference, `mapv` by value.
        let arg = if method == "map" {
            Atom::Ref(element)
        } else {
            Atom::Var(element)
        };
        let mut body = Block::default();
        let result =
            self.with_scope(|this| this.apply(f, vec![Operand::Atom(arg)], &mut body, "elem"));
        let result = match result {
            Operand::Atom(atom) => atom,
            Operand::Tuple(_) => {
                self.cx.error_spanned_by(
                    f,
                    "a closure applied elementwise must give one number, not a tuple",
                );
                return Some(Lowered::Operand(Operand::Atom(Atom::Const(expr.clone()))));
            }
        };
        let captures = self.check_element_body(&body, &result, first_inside, f);
        Some(Lowered::Value(Value::Map(Box::new(ElementMap {
            array,
            element,
            body,
            result,
            captures,
            method: call.method.clone(),
            span: syn::spanned::Spanned::span(expr),
        }))))
    }

    /// The variables from before the map that its body reads (where a derivative can flow);
    /// the body must only compute: no loops, no writes to those variables.
    fn check_element_body(
        &mut self,
        body: &Block,
        result: &Atom,
        first_inside: usize,
        f: &Expr,
    ) -> Vec<VarId> {
        let outside = |var: &VarId| var.0 < first_inside;
        let mut captures: Vec<VarId> = Vec::new();
        for stmt in body.all_stmts() {
            if matches!(stmt, crate::ir::Stmt::Loop(_)) {
                self.cx.error_spanned_by(f, "a closure applied elementwise (`mapv`, `map`) may not contain loops; compute the loop's value before the map, or loop over the elements yourself (`for v in x.iter()`)");
            }
            if stmt.target().is_some_and(|var| outside(&var)) {
                self.cx.error_spanned_by(f, "a closure applied elementwise (`mapv`, `map`) may not change variables outside it; give the values it computes as its result");
            }
            captures.extend(stmt.sources().into_iter().filter(outside));
        }
        captures.extend(result.var().filter(outside));
        let mut unique = Vec::new();
        for var in captures {
            if !unique.contains(&var) {
                unique.push(var);
            }
        }
        unique
    }

    /// `f` applied to `args` in an iterator chain: a closure inlined, a local closure inlined,
    /// or a function by path (`f64::exp`, `square`) called.
    pub(super) fn apply(
        &mut self,
        f: &Expr,
        args: Vec<Operand>,
        out: &mut Block,
        hint: &str,
    ) -> Operand {
        match f {
            Expr::Paren(paren) => self.apply(&paren.expr, args, out, hint),
            Expr::Closure(closure) => self.inline(closure, None, args, None, out, hint),
            Expr::Path(path) => {
                if let Some(ident) = path.path.get_ident()
                    && let Some(local) = self.lookup_closure(&naming::stem(ident))
                {
                    return self.inline(&local.closure, Some(&local.scopes), args, None, out, hint);
                }
                let mut atoms = Vec::new();
                for arg in args {
                    match arg {
                        Operand::Atom(atom) => atoms.push(atom),
                        Operand::Tuple(_) => {
                            self.cx.error_spanned_by(f, "this function is applied to a tuple; use a closure that takes the tuple apart, `|(a, b)| ..`");
                            return Operand::Atom(Atom::Const(f.clone()));
                        }
                    }
                }
                let value = crate::ir::Value::Prim {
                    op: function_op(&path.path),
                    args: atoms,
                    span: syn::spanned::Spanned::span(f),
                };
                Operand::Atom(self.bind_temp(value, out, hint))
            }
            _ => {
                self.cx.error_spanned_by(f, "this function cannot be differentiated here; pass a closure (`|v| ..`) or a function by name");
                Operand::Atom(Atom::Const(f.clone()))
            }
        }
    }

    /// A `fold`'s function applied to the accumulator and the item. A closure whose
    /// accumulator parameter is named like the accumulator (see `iterators/`) reads it in
    /// place, so that `acc + e` is seen as the accumulation it is.
    pub(super) fn apply_fold(
        &mut self,
        f: &Expr,
        accumulator: VarId,
        item: Operand,
        out: &mut Block,
        hint: &str,
    ) -> Operand {
        let acc = Operand::Atom(Atom::Var(accumulator));
        match f {
            Expr::Closure(closure) => {
                self.inline(closure, None, vec![acc, item], Some(accumulator), out, hint)
            }
            _ => self.apply(f, vec![acc, item], out, hint),
        }
    }

    /// `var = value` for an operand (a fold's new accumulator).
    pub(super) fn assign_operand_value(
        &mut self,
        var: VarId,
        value: Operand,
        out: &mut Block,
        span: &Expr,
    ) {
        if matches!(value, Operand::Atom(Atom::Var(source)) if source == var) {
            return;
        }
        self.assign_operand(var, value, out, span);
    }

    /// A closure's body inlined with its parameters bound to `args`, in the scope it was
    /// written in (`scopes`, or the current one). With `in_place`, a first parameter named like
    /// that variable stands for it directly.
    fn inline(
        &mut self,
        closure: &ExprClosure,
        scopes: Option<&Vec<HashMap<String, Bound>>>,
        args: Vec<Operand>,
        in_place: Option<VarId>,
        out: &mut Block,
        hint: &str,
    ) -> Operand {
        if closure.inputs.len() != args.len() {
            let message = format!(
                "this closure takes {} arguments where it is applied to {}",
                closure.inputs.len(),
                args.len()
            );
            self.cx.error_spanned_by(&closure.inputs, message);
            return Operand::Atom(Atom::Const(Expr::Closure(closure.clone())));
        }
        // The body is inlined where the closure is applied. Names it binds that the code
        // around already uses (`|y| -k * y` beside a `let mut y`) would shadow them in the
        // generated code after this point: such a body gets a block of its own.
        let shadows = self.binds_names_in_use(closure);
        let outer_scopes = scopes.map(|scopes| std::mem::replace(&mut self.scopes, scopes.clone()));
        let outer_loops = std::mem::take(&mut self.loops);
        let outer_exit = self.exit.take();
        let outer_flags = std::mem::take(&mut self.pending_flags);
        self.closures += 1;
        let mut own_block = Block::default();
        let target = if shadows { &mut own_block } else { &mut *out };
        let value = self.with_scope(|this| {
            let out = target;
            for (position, (pat, arg)) in closure.inputs.iter().zip(args).enumerate() {
                if position == 0
                    && let Some(var) = in_place
                    && pattern_ident(pat).is_some_and(|ident| *ident == this.vars[var.0].ident)
                {
                    this.bind_name(&this.vars[var.0].ident.clone(), arg);
                    continue;
                }
                this.bind_pattern(pat, None, Lowered::Operand(arg), out);
            }
            match &*closure.body {
                Expr::Block(block) if block.label.is_none() => {
                    this.lower_stmts(&block.block.stmts, out, hint, None)
                }
                body => this.lower_operand(body, out, hint),
            }
        });
        let value = if shadows {
            self.close_own_block(closure, own_block, value, hint, out)
        } else {
            value
        };
        self.closures -= 1;
        self.pending_flags = outer_flags;
        self.exit = outer_exit;
        self.loops = outer_loops;
        if let Some(outer) = outer_scopes {
            self.scopes = outer;
        }
        value
    }

    /// A closure body lowered into a block of its own: the block, with its value joined into
    /// variables declared before it.
    fn close_own_block(
        &mut self,
        closure: &ExprClosure,
        own_block: Block,
        value: Operand,
        hint: &str,
        out: &mut Block,
    ) -> Operand {
        let whole = closure.to_token_stream();
        let mut branches = [(own_block, value, false)];
        let result = self.join_branches(&mut branches, &whole, hint, None, out);
        let [(own_block, _, _)] = branches;
        let index = self.next_region();
        out.stmts.push(crate::ir::Stmt::Block {
            block: own_block,
            index,
        });
        result
    }

    /// Whether a closure's parameters or `let`s bind a name the code around it has bound.
    fn binds_names_in_use(&self, closure: &ExprClosure) -> bool {
        struct Names(Vec<String>);
        impl<'ast> syn::visit::Visit<'ast> for Names {
            fn visit_pat_ident(&mut self, pat: &'ast syn::PatIdent) {
                self.0.push(naming::stem(&pat.ident));
                syn::visit::visit_pat_ident(self, pat);
            }
        }
        let mut names = Names(Vec::new());
        for input in &closure.inputs {
            syn::visit::Visit::visit_pat(&mut names, input);
        }
        syn::visit::Visit::visit_expr(&mut names, &closure.body);
        names.0.iter().any(|name| self.lookup(name).is_some())
    }
}

/// The primitive a function by path is: `f64::tanh` the float method, `square` a call.
fn function_op(path: &syn::Path) -> Op {
    let segments: Vec<&syn::PathSegment> = path.segments.iter().collect();
    match &segments[..] {
        [ty, method] if matches!(naming::stem(&ty.ident).as_str(), "f32" | "f64") => Op::Method {
            name: method.ident.clone(),
            turbofish: None,
            float_type: Some(ty.ident.clone()),
            unwrap: None,
        },
        _ => Op::Call(path.clone(), None),
    }
}

/// The name a parameter pattern binds, when it is a plain name (typed or not).
fn pattern_ident(pat: &Pat) -> Option<&syn::Ident> {
    match pat {
        Pat::Ident(ident) if ident.by_ref.is_none() && ident.subpat.is_none() => Some(&ident.ident),
        Pat::Type(typed) => pattern_ident(&typed.pat),
        _ => None,
    }
}
