//! Lowering of expressions and assignments.

use proc_macro2::TokenStream;
use quote::{ToTokens, quote};
use syn::spanned::Spanned;
use syn::{BinOp, Expr, UnOp};

use super::{Lowered, Lowerer, control, unit};
use crate::ir::{Atom, Binding, Block, Op, Operand, Projection, Stmt, Value, VarOrigin};
use crate::rules;

impl Lowerer<'_> {
    /// An expression in statement position (or the tail): assignments, `if`s, loops and blocks
    /// for their effects, anything else for its value.
    pub(super) fn lower_expr_stmt(&mut self, expr: &Expr, out: &mut Block, hint: &str) -> Operand {
        match expr {
            Expr::Call(_) | Expr::MethodCall(_) => match self.lower_expr(expr, out, hint) {
                Lowered::Operand(operand) => operand,
                Lowered::Value(value) => Operand::Atom(self.bind_temp(value, out, hint)),
            },
            _ => self.lower_operand(expr, out, hint),
        }
    }

    pub(super) fn bind_temp(&mut self, value: Value, out: &mut Block, hint: &str) -> Atom {
        if let Value::Atom(atom) = value {
            return atom;
        }
        if let Value::Verbatim(expr) = value {
            return Atom::Const(expr);
        }
        let temp = self.new_temp(hint);
        self.assign(out, temp, value, Binding::Let { ty: None });
        Atom::Var(temp)
    }

    pub(super) fn lower_operand(&mut self, expr: &Expr, out: &mut Block, hint: &str) -> Operand {
        match self.lower_expr(expr, out, hint) {
            Lowered::Operand(operand) => operand,
            Lowered::Value(value) => Operand::Atom(self.bind_temp(value, out, hint)),
        }
    }

    /// An argument of a call: an atom; a tuple argument (`Array2::zeros((n, m))`) is kept as
    /// written, and must not carry a derivative.
    fn lower_argument(&mut self, expr: &Expr, out: &mut Block, hint: &str) -> Atom {
        if matches!(expr, Expr::Tuple(_)) {
            self.defer_expr(
                expr,
                "a tuple argument cannot carry a derivative; pass the differentiated values as separate arguments".to_owned(),
            );
            return Atom::Const(self.resolve_tuples(expr));
        }
        self.lower_atom(expr, out, hint)
    }

    pub(super) fn lower_atom(&mut self, expr: &Expr, out: &mut Block, hint: &str) -> Atom {
        match self.lower_operand(expr, out, hint) {
            Operand::Atom(atom) => atom,
            Operand::Tuple(_) => {
                self.cx.error_spanned_by(
                    expr,
                    "a tuple cannot be used as a number here; take one of its elements",
                );
                Atom::Const(expr.clone())
            }
        }
    }

    pub(super) fn prim(op: Op, args: Vec<Atom>, expr: &Expr) -> Lowered {
        Lowered::Value(Value::Prim {
            op,
            args,
            span: expr.span(),
        })
    }

    /// A construct kept as written: a constant if it touches no differentiated value, an error
    /// (after the activity analysis) if it does.
    pub(super) fn opaque(&mut self, expr: &Expr, message: String) -> Lowered {
        self.defer_expr(expr, message);
        Lowered::Operand(Operand::Atom(Atom::Const(expr.clone())))
    }

    pub(super) fn lower_expr(&mut self, expr: &Expr, out: &mut Block, hint: &str) -> Lowered {
        match expr {
            Expr::Lit(_) => Lowered::Operand(Operand::Atom(Atom::Const(expr.clone()))),
            Expr::Path(path) => self.lower_path(path, expr),
            Expr::Paren(paren) => self.lower_expr(&paren.expr, out, hint),
            Expr::Group(group) => self.lower_expr(&group.expr, out, hint),
            Expr::Binary(binary) => self.lower_binary(binary, expr, out, hint),
            Expr::Unary(unary) => match unary.op {
                UnOp::Neg(_) => {
                    let operand = self.lower_atom(&unary.expr, out, hint);
                    Self::prim(Op::Neg, vec![operand], expr)
                }
                UnOp::Not(_) => Lowered::Value(Value::Verbatim(self.resolve_tuples(expr))),
                // `*x` where `x` is an element of a loop over `.iter()`: the macro holds the
                // element's value already.
                UnOp::Deref(_) => match self.lower_operand(&unary.expr, out, hint) {
                    Operand::Atom(Atom::Var(id)) if self.vars[id.0].origin == VarOrigin::Temp => {
                        Lowered::Operand(Operand::Atom(Atom::Var(id)))
                    }
                    _ => self.opaque(
                        expr,
                        "dereferencing a differentiated value is not supported; pass floats by value".to_owned(),
                    ),
                },
                _ => self.opaque(expr, "this operator has no derivative rule".to_owned()),
            },
            Expr::Cast(cast) => {
                if crate::types::is_float(&cast.ty) {
                    let operand = self.lower_atom(&cast.expr, out, hint);
                    Self::prim(Op::Cast((*cast.ty).clone()), vec![operand], expr)
                } else {
                    // A cast to an integer: the result is a constant of the reverse sweep.
                    Lowered::Value(Value::Verbatim(self.resolve_tuples(expr)))
                }
            }
            Expr::MethodCall(call) => self.lower_method_call(call, expr, out, hint),
            Expr::Call(call) => self.lower_call(call, expr, out, hint),
            Expr::If(expr_if) => Lowered::Operand(self.lower_if(expr_if, out, hint, None)),
            Expr::Block(block) if block.label.is_none() => {
                Lowered::Operand(self.lower_block_expr(&block.block, out, hint, None))
            }
            Expr::Range(_) => Lowered::Value(Value::Verbatim(self.resolve_tuples(expr))),
            Expr::Tuple(tuple) => {
                let elems = tuple
                    .elems
                    .iter()
                    .map(|elem| self.lower_operand(elem, out, hint))
                    .collect();
                Lowered::Operand(Operand::Tuple(elems))
            }
            Expr::Field(field) => self.lower_field(field, expr),
            Expr::Assign(assign) => {
                self.lower_assign(&assign.left, &assign.right, None, out);
                Lowered::Operand(Operand::Tuple(Vec::new()))
            }
            Expr::Unsafe(unsafe_block) => {
                self.cx.error_spanned_by(
                    unsafe_block.unsafe_token,
                    "`unsafe` blocks cannot be differentiated; move the unsafe code into a helper function and give it a hand-written `_vjp`",
                );
                Lowered::Operand(Operand::Atom(Atom::Const(expr.clone())))
            }
            Expr::Async(async_block) => {
                self.cx.error_spanned_by(
                    async_block.async_token,
                    "`async` blocks cannot be differentiated; differentiate a synchronous function",
                );
                Lowered::Operand(Operand::Atom(Atom::Const(expr.clone())))
            }
            Expr::Await(await_expr) => {
                self.cx.error_spanned_by(
                    await_expr,
                    "`.await` cannot be differentiated; differentiate a synchronous function",
                );
                Lowered::Operand(Operand::Atom(Atom::Const(expr.clone())))
            }
            Expr::Return(_) | Expr::Break(_) | Expr::Continue(_) => {
                self.lower_jump(expr, out);
                Lowered::Operand(unit())
            }
            Expr::Closure(_) => self.opaque(
                expr,
                "closures cannot be differentiated; write a named function marked #[differentiate] and call it".to_owned(),
            ),
            Expr::Macro(_) => self.opaque(
                expr,
                "a macro cannot be differentiated when it touches a differentiated value; compute the value with expressions or a function with a `_vjp`".to_owned(),
            ),
            Expr::ForLoop(_) | Expr::While(_) | Expr::Loop(_) => {
                self.lower_loop(expr, out);
                if control::breaks_with_value(expr) {
                    // Already reported; stand in for the value so that its uses are not.
                    Lowered::Operand(Operand::Atom(Atom::Const(expr.clone())))
                } else {
                    Lowered::Operand(unit())
                }
            }
            Expr::Match(expr_match) => {
                Lowered::Operand(self.lower_match(expr_match, out, hint, None))
            }
            Expr::Index(index) => self.lower_index(index, expr),
            Expr::Reference(reference) if reference.mutability.is_some() => self.opaque(
                expr,
                "a `&mut` borrow of a differentiated value is not supported: code that writes through it is invisible to the derivative; have the helper return the new values (mark it #[differentiate] or give it a `_vjp`), or write the elements with indexing".to_owned(),
            ),
            Expr::Reference(reference) if is_slicing(&reference.expr) => {
                self.opaque(expr, SLICING.to_owned())
            }
            Expr::Reference(reference)
                if let Some(place) = self.lower_place(&reference.expr, true) =>
            {
                place
            }
            Expr::Reference(reference) => match self.lower_operand(&reference.expr, out, hint) {
                Operand::Atom(Atom::Var(id)) => Lowered::Operand(Operand::Atom(Atom::Ref(id))),
                Operand::Atom(Atom::Const(_)) => {
                    Lowered::Operand(Operand::Atom(Atom::Const(self.resolve_tuples(expr))))
                }
                _ => self.opaque(
                    expr,
                    "a reference to a differentiated value is not supported here; pass floats by value, and containers to functions marked #[differentiate]".to_owned(),
                ),
            },
            _ => self.opaque(
                expr,
                "this expression cannot be differentiated: #[differentiate] supports arithmetic, float methods, calls, `let`, `if` and blocks on differentiated values".to_owned(),
            ),
        }
    }

    fn lower_path(&mut self, path: &syn::ExprPath, expr: &Expr) -> Lowered {
        if path.qself.is_none()
            && let Some(ident) = path.path.get_ident()
            && let Some(operand) = self.lookup(&ident.to_string())
        {
            return Lowered::Operand(operand.clone());
        }
        // A constant, a static, a unit struct: not a local variable, so a constant here.
        Lowered::Operand(Operand::Atom(Atom::Const(expr.clone())))
    }

    fn lower_binary(
        &mut self,
        binary: &syn::ExprBinary,
        expr: &Expr,
        out: &mut Block,
        hint: &str,
    ) -> Lowered {
        let arithmetic = |op: &BinOp| match op {
            BinOp::Add(_) | BinOp::AddAssign(_) => Some(Op::Add),
            BinOp::Sub(_) | BinOp::SubAssign(_) => Some(Op::Sub),
            BinOp::Mul(_) | BinOp::MulAssign(_) => Some(Op::Mul),
            BinOp::Div(_) | BinOp::DivAssign(_) => Some(Op::Div),
            _ => None,
        };
        let compound = matches!(
            binary.op,
            BinOp::AddAssign(_) | BinOp::SubAssign(_) | BinOp::MulAssign(_) | BinOp::DivAssign(_)
        );
        match arithmetic(&binary.op) {
            Some(op) if compound => {
                self.lower_assign(&binary.left, &binary.right, Some((op, expr)), out);
                Lowered::Operand(Operand::Tuple(Vec::new()))
            }
            Some(op) => {
                let lhs = self.lower_atom(&binary.left, out, hint);
                let rhs = self.lower_atom(&binary.right, out, hint);
                Self::prim(op, vec![lhs, rhs], expr)
            }
            None => match binary.op {
                // Kept as written, which also keeps `&&` and `||` lazy.
                ref op if rules::is_boolean_operator(op) => {
                    Lowered::Value(Value::Verbatim(self.resolve_tuples(expr)))
                }
                _ => self.opaque(
                    expr,
                    format!(
                        "the operator `{}` has no derivative rule; #[differentiate] differentiates `+ - * /` and unary `-`",
                        binary.op.to_token_stream()
                    ),
                ),
            },
        }
    }

    /// `left = right`, or `left op= right` when `compound` is given.
    fn lower_assign(
        &mut self,
        left: &Expr,
        right: &Expr,
        compound: Option<(Op, &Expr)>,
        out: &mut Block,
    ) {
        let target = match left {
            Expr::Path(path) => path.path.get_ident().and_then(|ident| {
                self.lookup(&ident.to_string())
                    .cloned()
                    .map(|op| (ident, op))
            }),
            _ => None,
        };
        if let Expr::Index(index) = left
            && let Some(base) = self.var_of_path(&index.expr)
            && !matches!(&*index.index, Expr::Range(_))
        {
            self.lower_index_assign(base, &index.index, right, compound, out);
            return;
        }
        if let Expr::Unary(unary) = left
            && matches!(unary.op, UnOp::Deref(_))
        {
            let whole: TokenStream =
                compound.map_or_else(|| quote!(#left = #right), |(_, e)| e.to_token_stream());
            let mut mentions = self.token_mentions(whole.clone());
            mentions.extend(self.token_mentions(right.to_token_stream()));
            // A write through a reference may change any differentiated value: report it
            // whenever the value written carries a derivative, or the reference is to one.
            self.push_deferred(
                whole.clone(),
                "writing through a `&mut` reference is not supported by #[differentiate]; assign the variable itself (`y = ..`) or an element by index (`x[i] = ..`)".to_owned(),
                mentions,
            );
            out.stmts.push(Stmt::Verbatim(quote!(#whole;)));
            return;
        }
        let Some((ident, target)) = target else {
            let whole: TokenStream =
                compound.map_or_else(|| quote!(#left = #right), |(_, e)| e.to_token_stream());
            let mentions = self.token_mentions(whole.clone());
            self.push_deferred(
                whole.clone(),
                "assigning into a field or a nested element of a differentiated value is not supported; index a variable directly (`x[i] = ..`, `w[[i, j]] = ..`) or build the value with `let`".to_owned(),
                mentions,
            );
            out.stmts.push(Stmt::Verbatim(quote!(#whole;)));
            return;
        };
        let hint = ident.to_string();
        match (target, compound) {
            (Operand::Atom(Atom::Var(var)), Some((op, expr))) => {
                let rhs = self.lower_atom(right, out, &hint);
                let value = Value::Prim {
                    op,
                    args: vec![Atom::Var(var), rhs],
                    span: expr.span(),
                };
                self.assign(out, var, value, Binding::Reassign);
            }
            (Operand::Atom(Atom::Var(var)), None) => {
                let value = match self.lower_expr(right, out, &hint) {
                    Lowered::Value(value) => value,
                    Lowered::Operand(Operand::Atom(atom)) => Value::Atom(atom),
                    Lowered::Operand(Operand::Tuple(_)) => {
                        self.cx
                            .error_spanned_by(right, "a tuple cannot be assigned to a number");
                        return;
                    }
                };
                self.assign(out, var, value, Binding::Reassign);
            }
            (Operand::Tuple(targets), None) => {
                let source = self.lower_operand(right, out, &hint);
                let mut names = Vec::new();
                collect_names(&targets, &self.vars, &mut names);
                let source = self.snapshot(source, &names, out);
                self.assign_tuple(left, &targets, source, out);
            }
            _ => self.cx.error_spanned_by(
                left,
                "this compound assignment is not supported by #[differentiate]",
            ),
        }
    }

    /// `base[index] = right`, or `base[index] op= right` as a read, the operation and a write.
    fn lower_index_assign(
        &mut self,
        base: crate::ir::VarId,
        index: &Expr,
        right: &Expr,
        compound: Option<(Op, &Expr)>,
        out: &mut Block,
    ) {
        self.vars[base.0].indexed = true;
        self.check_index(index);
        let hint = format!("{}_elem", self.vars[base.0].base);
        let value = match compound {
            None => self.lower_atom(right, out, &hint),
            Some((op, expr)) => {
                // Evaluate the index once: `i = index; old = base[i]; base[i] = old op right`.
                let at = self.new_temp(&format!("{}_index", self.vars[base.0].base));
                self.assign(
                    out,
                    at,
                    Value::Verbatim(index.clone()),
                    Binding::Let { ty: None },
                );
                let at_ident = self.vars[at.0].ident.clone();
                let index: Expr = syn::parse_quote!(#at_ident);
                let old = self.new_temp(&hint);
                let read = Value::Index {
                    base,
                    index: index.clone(),
                    flat: false,
                };
                self.assign(out, old, read, Binding::Let { ty: None });
                let rhs = self.lower_atom(right, out, &hint);
                let new = self.new_temp(&hint);
                let value = Value::Prim {
                    op,
                    args: vec![Atom::Var(old), rhs],
                    span: expr.span(),
                };
                self.assign(out, new, value, Binding::Let { ty: None });
                self.push_index_write(base, index, Atom::Var(new), out);
                return;
            }
        };
        self.push_index_write(base, index.clone(), value, out);
    }

    fn push_index_write(
        &mut self,
        base: crate::ir::VarId,
        index: Expr,
        value: Atom,
        out: &mut Block,
    ) {
        self.writes += 1;
        out.stmts.push(Stmt::IndexAssign {
            base,
            index,
            value,
            count: self.writes,
        });
    }

    /// An index is an integer (or an array of them), which carries no derivative whatever it is
    /// computed from (`p.v[p.n - 1]`, `ys[x as usize]`): nothing to check.
    fn check_index(&mut self, _index: &Expr) {}

    /// `base[index]` on a variable: an indexed read whose adjoint goes to one element.
    fn lower_index(&mut self, index: &syn::ExprIndex, expr: &Expr) -> Lowered {
        if is_slicing(expr) || is_slicing(&index.expr) {
            return self.opaque(expr, SLICING.to_owned());
        }
        if let Some(place) = self.lower_place(expr, false) {
            return place;
        }
        match self.var_of_path(&index.expr) {
            Some(base) => {
                self.vars[base.0].indexed = true;
                self.check_index(&index.index);
                Lowered::Value(Value::Index {
                    base,
                    index: self.resolve_tuples(&index.index),
                    flat: false,
                })
            }
            None if matches!(&*index.expr, Expr::Path(_)) => {
                // A constant table (`const`, `static`): a constant element.
                Lowered::Operand(Operand::Atom(Atom::Const(expr.clone())))
            }
            None => self.opaque(
                expr,
                "indexing is supported on variables only; for nested containers use an ndarray array and `w[[i, j]]`".to_owned(),
            ),
        }
    }

    fn assign_tuple(&mut self, left: &Expr, targets: &[Operand], source: Operand, out: &mut Block) {
        let Operand::Tuple(sources) = source else {
            self.cx.error_spanned_by(
                left,
                "a tuple variable must be assigned a tuple of the same length",
            );
            return;
        };
        if sources.len() != targets.len() {
            self.cx.error_spanned_by(
                left,
                "a tuple variable must be assigned a tuple of the same length",
            );
            return;
        }
        for (target, source) in targets.iter().zip(sources) {
            match (target, source) {
                (Operand::Atom(Atom::Var(var)), Operand::Atom(atom)) => {
                    self.assign(out, *var, Value::Atom(atom), Binding::Reassign)
                }
                (Operand::Tuple(inner), source) => self.assign_tuple(left, inner, source, out),
                _ => self.cx.error_spanned_by(
                    left,
                    "a tuple variable must be assigned a tuple of the same shape",
                ),
            }
        }
    }

    fn lower_field(&mut self, field: &syn::ExprField, expr: &Expr) -> Lowered {
        if let Some(operand) = self.tuple_field(expr) {
            return Lowered::Operand(operand);
        }
        if let Some(place) = self.lower_place(expr, false) {
            return place;
        }
        let _ = field;
        self.opaque(
            expr,
            "this field access cannot be differentiated; read fields of a variable (`p.w`, `&p.layers[i].w`)".to_owned(),
        )
    }

    /// `p.w`, `p.layers[i].w`, `p.v[i]` on a variable `p`: a read of that place (`borrowed`:
    /// `&p.w`, `&xs[i]`, a method's receiver). Unborrowed reads need a field; `x[i]` alone is
    /// an indexed read of a copy. `None` for anything else.
    pub(super) fn lower_place(&mut self, expr: &Expr, borrowed: bool) -> Option<Lowered> {
        let (base, path) = self.place_of(expr)?;
        let has_field = path.iter().any(|step| matches!(step, Projection::Field(_)));
        if path.is_empty() || !(has_field || borrowed) {
            return None;
        }
        self.vars[base.0].indexed = true;
        for step in &path {
            if let Projection::Index(index) = step {
                self.check_index(index);
            }
        }
        let path = path
            .into_iter()
            .map(|step| match step {
                Projection::Index(index) => Projection::Index(self.resolve_tuples(&index)),
                field => field,
            })
            .collect();
        Some(Lowered::Value(Value::Place {
            base,
            path,
            borrowed,
        }))
    }

    /// The variable and the steps of a place expression.
    fn place_of(&self, expr: &Expr) -> Option<(crate::ir::VarId, Vec<Projection>)> {
        match expr {
            Expr::Path(_) => Some((self.var_of_path(expr)?, Vec::new())),
            Expr::Paren(paren) => self.place_of(&paren.expr),
            Expr::Field(field) => {
                let (base, mut path) = self.place_of(&field.base)?;
                path.push(Projection::Field(field.member.clone()));
                Some((base, path))
            }
            Expr::Index(index) if !matches!(&*index.index, Expr::Range(_)) => {
                let (base, mut path) = self.place_of(&index.expr)?;
                path.push(Projection::Index((*index.index).clone()));
                Some((base, path))
            }
            _ => None,
        }
    }

    /// `t.0`, `t.1.0`, `(t).1` on a name bound to a tuple: the element itself.
    pub(super) fn tuple_field(&self, expr: &Expr) -> Option<Operand> {
        match expr {
            Expr::Path(path) => {
                let ident = path.path.get_ident()?;
                self.lookup(&ident.to_string()).cloned()
            }
            Expr::Paren(paren) => self.tuple_field(&paren.expr),
            Expr::Field(field) => {
                let syn::Member::Unnamed(index) = &field.member else {
                    return None;
                };
                match self.tuple_field(&field.base)? {
                    Operand::Tuple(elems) => elems.get(index.index as usize).cloned(),
                    Operand::Atom(_) => None,
                }
            }
            _ => None,
        }
    }

    fn lower_method_call(
        &mut self,
        call: &syn::ExprMethodCall,
        expr: &Expr,
        out: &mut Block,
        hint: &str,
    ) -> Lowered {
        let name = call.method.to_string();
        if (name == "unwrap" || name == "expect")
            && let Expr::MethodCall(inner) = &*call.receiver
            && rules::UNWRAPPED_METHODS.contains(&inner.method.to_string().as_str())
        {
            // The rule returns the value itself (and panics where ndarray returns `None`).
            return self.lower_method_call(inner, &call.receiver, out, hint);
        }
        if rules::method_arity(&name).is_some() {
            let receiver = match self.lower_place(&call.receiver, true) {
                // `p.w.sum()` borrows `p.w`, as method calls do.
                Some(Lowered::Value(place)) => self.bind_temp(place, out, hint),
                _ => self.lower_atom(&call.receiver, out, hint),
            };
            let mut args = vec![receiver];
            for arg in &call.args {
                args.push(self.lower_argument(arg, out, hint));
            }
            return Self::prim(
                Op::Method {
                    name: call.method.clone(),
                    float_type: None,
                },
                args,
                expr,
            );
        }
        if rules::CONSTANT_METHODS.contains(&name.as_str()) {
            return Lowered::Value(Value::Verbatim(self.resolve_tuples(expr)));
        }
        if rules::COPY_METHODS.contains(&name.as_str()) && call.args.is_empty() {
            let receiver = self.lower_atom(&call.receiver, out, hint);
            return Self::prim(
                Op::Method {
                    name: call.method.clone(),
                    float_type: None,
                },
                vec![receiver],
                expr,
            );
        }
        if is_iterator_chain(expr) {
            return self.opaque(
                expr,
                "closures in `mapv`, `map`, `fold` or iterator adaptors cannot be differentiated; use array operators and elementwise methods (`x * 2.0`, `x.exp()`), or a `for` loop over `x.iter()` that accumulates the value".to_owned(),
            );
        }
        self.opaque(
            expr,
            format!(
                "the method `{name}` has no derivative rule; use operators, indexed writes (`x[i] = ..`), a method with a rule ({}), or call a function that has a `_vjp` (mark it #[differentiate] or write `{name}_vjp` by hand)",
                rules::method_list()
            ),
        )
    }

    fn lower_call(
        &mut self,
        call: &syn::ExprCall,
        expr: &Expr,
        out: &mut Block,
        hint: &str,
    ) -> Lowered {
        let Expr::Path(func) = &*call.func else {
            return self.opaque(
                expr,
                "only calls of functions by name or path can be differentiated; call the function directly".to_owned(),
            );
        };
        let path = &func.path;
        let segments: Vec<&syn::PathSegment> = path.segments.iter().collect();
        // `f64::exp(x)`: the method in call syntax.
        if let [ty, method] = segments[..]
            && rules::FLOAT_TYPES.contains(&ty.ident.to_string().as_str())
            && let Some(arity) = rules::float_method_arity(&method.ident.to_string())
            && call.args.len() == arity + 1
        {
            let args = call
                .args
                .iter()
                .map(|arg| self.lower_argument(arg, out, hint))
                .collect();
            return Self::prim(
                Op::Method {
                    name: method.ident.clone(),
                    float_type: Some(ty.ident.clone()),
                },
                args,
                expr,
            );
        }
        let last = segments.last().map(|segment| segment.ident.to_string());
        if func.qself.is_some() || last.is_some_and(|name| name.starts_with(char::is_uppercase)) {
            return self.opaque(
                expr,
                "building a struct or enum value from a differentiated value is not supported; keep the floats in variables".to_owned(),
            );
        }
        let args = call
            .args
            .iter()
            .map(|arg| self.lower_argument(arg, out, hint))
            .collect();
        Self::prim(Op::Call(path.clone()), args, expr)
    }
}

const SLICING: &str =
    "slicing a differentiated value is not supported; index its elements one at a time in a loop";

/// `x[a..b]` (or an expression indexing into one).
fn is_slicing(expr: &Expr) -> bool {
    match expr {
        Expr::Index(index) => matches!(&*index.index, Expr::Range(_)) || is_slicing(&index.expr),
        Expr::Paren(paren) => is_slicing(&paren.expr),
        _ => false,
    }
}

/// A method chain over an iterator: `x.iter().map(..).sum()`.
fn is_iterator_chain(expr: &Expr) -> bool {
    match expr {
        Expr::MethodCall(call) => {
            matches!(
                call.method.to_string().as_str(),
                "iter" | "into_iter" | "iter_mut"
            ) || call.args.iter().any(|arg| matches!(arg, Expr::Closure(_)))
                || is_iterator_chain(&call.receiver)
        }
        _ => false,
    }
}

/// The source names of the variables in a tuple of targets.
fn collect_names(targets: &[Operand], vars: &[crate::ir::Var], names: &mut Vec<String>) {
    for target in targets {
        match target {
            Operand::Atom(Atom::Var(id) | Atom::Ref(id)) => names.push(vars[id.0].base.clone()),
            Operand::Atom(Atom::Const(_)) => {}
            Operand::Tuple(inner) => collect_names(inner, vars, names),
        }
    }
}
