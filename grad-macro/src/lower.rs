//! Lowering: the function body, as syn parsed it, to the IR of `ir.rs` (A-normal form with
//! structured regions). See the module doc of `ir.rs` for the output contract.
//!
//! ```text
//! // Input                                  // Output (IR, written as Rust)
//! let e = (a + b) * (b + 1.0);              let e_t1 = add(a, b);
//!                                           let e_t2 = add(b, 1.0);
//!                                           let e = mul(e_t1, e_t2);
//! ```
//!
//! Constructs whose meaning for derivatives the macro cannot know (closures, macros, loops,
//! indexing, unknown methods) are kept as written and recorded as [`Deferred`] checks: once the
//! activity analysis knows which variables carry derivatives, each such construct that touches
//! one becomes a spanned error. Constructs that can never be differentiated (`unsafe`, `async`,
//! early `return`) are errors at once.

use std::collections::{HashMap, HashSet};

use proc_macro2::{Span, TokenStream, TokenTree};
use quote::{ToTokens, quote};
use syn::spanned::Spanned;
use syn::{BinOp, Expr, Ident, Pat, Type, UnOp};

use crate::ctxt::Ctxt;
use crate::ir::{Atom, Binding, Block, Function, Op, Operand, Stmt, Value, Var, VarId, VarOrigin};
use crate::naming;
use crate::rules;
use crate::sig::Signature;

/// A construct kept as written that is correct only if it touches no differentiated value.
#[derive(Debug)]
pub struct Deferred {
    pub tokens: TokenStream,
    pub message: String,
    pub mentions: Vec<VarId>,
}

/// A lowered expression: an operand, or one primitive not yet bound to a variable (so that
/// `let x = a * b` binds the product to `x` itself, not to a temporary copied into `x`).
enum Lowered {
    Operand(Operand),
    Value(Value),
}

/// Lowers `body` for the function with signature `sig`. Errors go to `cx`.
pub fn lower(cx: &Ctxt, sig: &Signature, body: &syn::Block) -> (Function, Vec<Deferred>) {
    let mut lowerer = Lowerer {
        cx,
        vars: Vec::new(),
        scopes: vec![HashMap::new()],
        used_bases: HashSet::new(),
        assignments: Vec::new(),
        temps: 0,
        regions: 0,
        deferred: Vec::new(),
    };
    let mut params = Vec::new();
    for (index, param) in sig.params.iter().enumerate() {
        let id = lowerer.new_var(&param.ident, VarOrigin::Param(index), param.mutable);
        lowerer.vars[id.0].active = param.differentiated;
        lowerer.bind_name(&param.ident, Operand::Atom(Atom::Var(id)));
        params.push(id);
    }
    let mut block = Block::default();
    let result = lowerer.lower_function_body(body, &mut block);
    let function = Function {
        vars: lowerer.vars,
        params,
        body: block,
        result,
    };
    (function, lowerer.deferred)
}

struct Lowerer<'a> {
    cx: &'a Ctxt,
    vars: Vec<Var>,
    /// Innermost last: source name -> what it is bound to.
    scopes: Vec<HashMap<String, Operand>>,
    used_bases: HashSet<String>,
    /// Per variable, how many assignments it has had (names each assignment's pullback).
    assignments: Vec<usize>,
    temps: usize,
    regions: usize,
    deferred: Vec<Deferred>,
}

impl Lowerer<'_> {
    // ----- variables and scopes -----

    fn unique_base(&mut self, name: &str) -> String {
        let mut generation = 0;
        loop {
            let base = naming::base(name, generation);
            if self.used_bases.insert(base.clone()) {
                return base;
            }
            generation += 1;
        }
    }

    fn new_var(&mut self, ident: &Ident, origin: VarOrigin, mutable: bool) -> VarId {
        let name = ident.to_string();
        let base = self.unique_base(name.trim_start_matches("r#"));
        self.push_var(Var {
            ident: ident.clone(),
            base,
            origin,
            mutable,
            active: false,
        })
    }

    fn new_temp(&mut self, hint: &str) -> VarId {
        self.temps += 1;
        let base = self.unique_base(&naming::temporary(hint, self.temps));
        self.push_var(Var {
            ident: naming::value(&base),
            base,
            origin: VarOrigin::Temp,
            mutable: false,
            active: false,
        })
    }

    fn push_var(&mut self, var: Var) -> VarId {
        self.vars.push(var);
        self.assignments.push(0);
        VarId(self.vars.len() - 1)
    }

    fn bind_name(&mut self, ident: &Ident, operand: Operand) {
        let scope = self
            .scopes
            .last_mut()
            .expect("the function scope is never popped");
        scope.insert(ident.to_string(), operand);
    }

    fn lookup(&self, name: &str) -> Option<&Operand> {
        self.scopes.iter().rev().find_map(|scope| scope.get(name))
    }

    fn next_region(&mut self) -> usize {
        self.regions += 1;
        self.regions
    }

    /// The variables an expression's tokens may refer to (every identifier that names one in
    /// scope; macro bodies included, so this over-approximates, which is the safe side).
    fn mentions(&self, tokens: TokenStream) -> Vec<VarId> {
        let mut found = Vec::new();
        let mut stack = vec![tokens];
        while let Some(stream) = stack.pop() {
            for tree in stream {
                match tree {
                    TokenTree::Group(group) => stack.push(group.stream()),
                    TokenTree::Ident(ident) => {
                        if let Some(operand) = self.lookup(&ident.to_string()) {
                            collect_vars(operand, &mut found);
                        }
                    }
                    _ => {}
                }
            }
        }
        found
    }

    fn defer(&mut self, tokens: impl ToTokens, message: String) {
        let tokens = tokens.into_token_stream();
        let mentions = self.mentions(tokens.clone());
        if !mentions.is_empty() {
            self.deferred.push(Deferred {
                tokens,
                message,
                mentions,
            });
        }
    }

    fn assign(&mut self, out: &mut Block, var: VarId, value: Value, binding: Binding) {
        let index = self.assignments[var.0];
        self.assignments[var.0] += 1;
        out.stmts.push(Stmt::Assign {
            var,
            value,
            binding,
            index,
        });
    }

    // ----- blocks and statements -----

    fn lower_function_body(&mut self, body: &syn::Block, out: &mut Block) -> Operand {
        let (last, init) = match body.stmts.split_last() {
            Some((syn::Stmt::Expr(Expr::Return(ret), _), init)) => (Some(ret), init),
            _ => (None, &body.stmts[..]),
        };
        let Some(ret) = last else {
            return self.lower_stmts(&body.stmts, out, "result");
        };
        self.lower_stmts(init, out, "result");
        match &ret.expr {
            Some(expr) => self.lower_operand(expr, out, "result"),
            None => Operand::Tuple(Vec::new()),
        }
    }

    /// Lowers statements into `out` in the current scope; returns the value of the tail
    /// expression (`()` when there is none).
    fn lower_stmts(&mut self, stmts: &[syn::Stmt], out: &mut Block, hint: &str) -> Operand {
        let mut result = Operand::Tuple(Vec::new());
        for (index, stmt) in stmts.iter().enumerate() {
            let is_last = index + 1 == stmts.len();
            match stmt {
                syn::Stmt::Local(local) => self.lower_local(local, out),
                syn::Stmt::Item(item) => out.stmts.push(Stmt::Verbatim(item.to_token_stream())),
                syn::Stmt::Macro(mac) => {
                    self.lower_macro_stmt(&mac.mac, stmt.to_token_stream(), out)
                }
                syn::Stmt::Expr(expr, semi) => {
                    let operand = self.lower_expr_stmt(expr, out, hint);
                    if is_last && semi.is_none() {
                        result = operand;
                    }
                }
            }
        }
        result
    }

    /// A nested block in a scope of its own.
    fn lower_scoped(&mut self, block: &syn::Block, hint: &str) -> (Block, Operand) {
        self.scopes.push(HashMap::new());
        let mut inner = Block::default();
        let result = self.lower_stmts(&block.stmts, &mut inner, hint);
        self.scopes.pop();
        (inner, result)
    }

    fn lower_macro_stmt(&mut self, mac: &syn::Macro, tokens: TokenStream, out: &mut Block) {
        // Printing and assertions only read values in the forward sweep: harmless.
        const READ_ONLY: &[&str] = &[
            "println",
            "print",
            "eprintln",
            "eprint",
            "assert",
            "assert_eq",
            "assert_ne",
            "debug_assert",
            "debug_assert_eq",
            "debug_assert_ne",
            "dbg",
        ];
        let name = mac.path.segments.last().map(|s| s.ident.to_string());
        if !name.is_some_and(|name| READ_ONLY.contains(&name.as_str())) {
            self.defer(
                &tokens,
                "a macro cannot be differentiated when it touches a differentiated value; compute the value with expressions or a function with a `_vjp`".to_owned(),
            );
        }
        out.stmts.push(Stmt::Verbatim(tokens));
    }

    fn lower_local(&mut self, local: &syn::Local, out: &mut Block) {
        let (pat, ty) = match &local.pat {
            Pat::Type(typed) => (&*typed.pat, Some(typed.ty.clone())),
            pat => (pat, None),
        };
        let Some(init) = &local.init else {
            self.declare_pattern(pat, out);
            return;
        };
        if let Some((_, diverge)) = &init.diverge {
            self.cx.error_spanned_by(
                diverge,
                "`let .. else` is not supported by #[differentiate]; use `if let` or `match` on a value that is not differentiated",
            );
            return;
        }
        let hint = pattern_hint(pat);
        let lowered = self.lower_expr(&init.expr, out, &hint);
        self.bind_pattern(pat, ty, lowered, out);
    }

    fn declare_pattern(&mut self, pat: &Pat, out: &mut Block) {
        match pat {
            Pat::Ident(ident) if ident.by_ref.is_none() && ident.subpat.is_none() => {
                let id = self.new_var(&ident.ident, VarOrigin::User, ident.mutability.is_some());
                out.stmts.push(Stmt::Declare { var: id });
                self.bind_name(&ident.ident, Operand::Atom(Atom::Var(id)));
            }
            _ => self.cx.error_spanned_by(
                pat,
                "a `let` without a value must bind a single name under #[differentiate]",
            ),
        }
    }

    fn bind_pattern(
        &mut self,
        pat: &Pat,
        ty: Option<Box<Type>>,
        lowered: Lowered,
        out: &mut Block,
    ) {
        match pat {
            Pat::Ident(ident) if ident.by_ref.is_none() && ident.subpat.is_none() => {
                let mutable = ident.mutability.is_some();
                let operand = match lowered {
                    Lowered::Operand(Operand::Tuple(elems)) => {
                        // A name bound to a tuple: one variable per element.
                        let operand = self.bind_tuple_elements(&ident.ident, elems, mutable, out);
                        self.bind_name(&ident.ident, operand);
                        return;
                    }
                    Lowered::Operand(Operand::Atom(atom)) => Value::Atom(atom),
                    Lowered::Value(value) => value,
                };
                let id = self.new_var(&ident.ident, VarOrigin::User, mutable);
                self.assign(out, id, operand, Binding::Let { ty });
                self.bind_name(&ident.ident, Operand::Atom(Atom::Var(id)));
            }
            Pat::Tuple(tuple) => {
                let elems = match lowered {
                    Lowered::Operand(Operand::Tuple(elems)) if elems.len() == tuple.elems.len() => {
                        elems
                    }
                    _ => {
                        self.cx.error_spanned_by(
                            pat,
                            "this tuple pattern needs a tuple expression of the same length on the right, such as `(a, b)`; destructuring the result of a call is not supported yet",
                        );
                        return;
                    }
                };
                let tys: Vec<Option<Box<Type>>> = match ty.as_deref() {
                    Some(Type::Tuple(tuple_ty)) => tuple_ty
                        .elems
                        .iter()
                        .map(|ty| Some(Box::new(ty.clone())))
                        .collect(),
                    _ => vec![None; elems.len()],
                };
                for ((pat, elem), ty) in tuple.elems.iter().zip(elems).zip(tys) {
                    self.bind_pattern(pat, ty, Lowered::Operand(elem), out);
                }
            }
            Pat::Paren(paren) => self.bind_pattern(&paren.pat, ty, lowered, out),
            Pat::Type(typed) => {
                self.bind_pattern(&typed.pat, Some(typed.ty.clone()), lowered, out)
            }
            Pat::Wild(_) => {
                if let Lowered::Value(value) = lowered {
                    let temp = self.new_temp("unused");
                    self.assign(out, temp, value, Binding::Let { ty: None });
                }
            }
            _ => self.cx.error_spanned_by(
                pat,
                "this pattern is not supported by #[differentiate]; bind a name or a tuple of names",
            ),
        }
    }

    fn bind_tuple_elements(
        &mut self,
        name: &Ident,
        elems: Vec<Operand>,
        mutable: bool,
        out: &mut Block,
    ) -> Operand {
        let mut bound = Vec::new();
        for (index, elem) in elems.into_iter().enumerate() {
            let element_name = Ident::new(&format!("{name}_{index}"), Span::mixed_site());
            match elem {
                Operand::Tuple(inner) => {
                    bound.push(self.bind_tuple_elements(&element_name, inner, mutable, out))
                }
                Operand::Atom(atom) => {
                    let id = self.new_var(&element_name, VarOrigin::Temp, mutable);
                    self.assign(out, id, Value::Atom(atom), Binding::Let { ty: None });
                    bound.push(Operand::Atom(Atom::Var(id)));
                }
            }
        }
        Operand::Tuple(bound)
    }

    /// An expression in statement position (or the tail): assignments, `if`s and blocks for
    /// their effects, anything else for its value.
    fn lower_expr_stmt(&mut self, expr: &Expr, out: &mut Block, hint: &str) -> Operand {
        match expr {
            Expr::Return(ret) => {
                self.cx.error_spanned_by(
                    ret.return_token,
                    "an early `return` is not supported by #[differentiate]; write the rest of the function as the `else` branch of an `if` expression",
                );
                Operand::Tuple(Vec::new())
            }
            Expr::Call(_) | Expr::MethodCall(_) => match self.lower_expr(expr, out, hint) {
                Lowered::Operand(operand) => operand,
                Lowered::Value(value) => Operand::Atom(self.bind_temp(value, out, hint)),
            },
            _ => self.lower_operand(expr, out, hint),
        }
    }

    // ----- expressions -----

    fn bind_temp(&mut self, value: Value, out: &mut Block, hint: &str) -> Atom {
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

    fn lower_operand(&mut self, expr: &Expr, out: &mut Block, hint: &str) -> Operand {
        match self.lower_expr(expr, out, hint) {
            Lowered::Operand(operand) => operand,
            Lowered::Value(value) => Operand::Atom(self.bind_temp(value, out, hint)),
        }
    }

    fn lower_atom(&mut self, expr: &Expr, out: &mut Block, hint: &str) -> Atom {
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

    fn prim(op: Op, args: Vec<Atom>, expr: &Expr) -> Lowered {
        Lowered::Value(Value::Prim {
            op,
            args,
            span: expr.span(),
        })
    }

    /// A construct kept as written: a constant if it touches no differentiated value, an error
    /// (after the activity analysis) if it does.
    fn opaque(&mut self, expr: &Expr, message: String) -> Lowered {
        self.defer(expr, message);
        Lowered::Operand(Operand::Atom(Atom::Const(expr.clone())))
    }

    fn lower_expr(&mut self, expr: &Expr, out: &mut Block, hint: &str) -> Lowered {
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
                UnOp::Not(_) => Lowered::Value(Value::Verbatim(expr.clone())),
                _ => self.opaque(
                    expr,
                    "dereferencing a differentiated value is not supported; pass floats by value".to_owned(),
                ),
            },
            Expr::Cast(cast) => {
                if crate::types::is_float(&cast.ty) {
                    let operand = self.lower_atom(&cast.expr, out, hint);
                    Self::prim(Op::Cast((*cast.ty).clone()), vec![operand], expr)
                } else {
                    // A cast to an integer: the result is a constant of the reverse sweep.
                    Lowered::Value(Value::Verbatim(expr.clone()))
                }
            }
            Expr::MethodCall(call) => self.lower_method_call(call, expr, out, hint),
            Expr::Call(call) => self.lower_call(call, expr, out, hint),
            Expr::If(expr_if) => Lowered::Operand(self.lower_if(expr_if, out, hint)),
            Expr::Block(block) if block.label.is_none() => {
                Lowered::Operand(self.lower_block_expr(&block.block, out, hint))
            }
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
            Expr::Return(ret) => {
                self.cx.error_spanned_by(
                    ret.return_token,
                    "an early `return` is not supported by #[differentiate]; write the rest of the function as the `else` branch of an `if` expression",
                );
                Lowered::Operand(Operand::Tuple(Vec::new()))
            }
            Expr::Closure(_) => self.opaque(
                expr,
                "closures cannot be differentiated; write a named function marked #[differentiate] and call it".to_owned(),
            ),
            Expr::Macro(_) => self.opaque(
                expr,
                "a macro cannot be differentiated when it touches a differentiated value; compute the value with expressions or a function with a `_vjp`".to_owned(),
            ),
            Expr::ForLoop(_) | Expr::While(_) | Expr::Loop(_) => self.opaque(
                expr,
                "loops over differentiated values are not supported yet; unroll the loop or move it into a function with a hand-written `_vjp`".to_owned(),
            ),
            Expr::Match(_) => self.opaque(
                expr,
                "`match` on or producing differentiated values is not supported; use `if` / `else if` / `else`".to_owned(),
            ),
            Expr::Index(_) => self.opaque(
                expr,
                "indexing into differentiated values is not supported yet; pass the elements as separate `f32`/`f64` parameters".to_owned(),
            ),
            Expr::Reference(_) => self.opaque(
                expr,
                "references to differentiated floats are not supported; pass the float by value".to_owned(),
            ),
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
                // Comparisons and logic yield a bool: a constant of the reverse sweep. Kept as
                // written, which also keeps `&&` and `||` lazy.
                BinOp::Eq(_)
                | BinOp::Ne(_)
                | BinOp::Lt(_)
                | BinOp::Le(_)
                | BinOp::Gt(_)
                | BinOp::Ge(_)
                | BinOp::And(_)
                | BinOp::Or(_) => Lowered::Value(Value::Verbatim(expr.clone())),
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
        let Some((ident, target)) = target else {
            let whole =
                compound.map_or_else(|| quote!(#left = #right), |(_, e)| e.to_token_stream());
            self.defer(
                &whole,
                "assigning into an element or field of a differentiated value is not supported yet; build the value with `let` instead".to_owned(),
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
                self.assign_tuple(left, &targets, source, out);
            }
            _ => self.cx.error_spanned_by(
                left,
                "this compound assignment is not supported by #[differentiate]",
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
        if let syn::Member::Unnamed(index) = &field.member
            && let Expr::Path(path) = &*field.base
            && let Some(ident) = path.path.get_ident()
            && let Some(Operand::Tuple(elems)) = self.lookup(&ident.to_string())
        {
            return match elems.get(index.index as usize) {
                Some(elem) => Lowered::Operand(elem.clone()),
                None => {
                    self.cx
                        .error_spanned_by(index, "this tuple has no such element");
                    Lowered::Operand(Operand::Tuple(Vec::new()))
                }
            };
        }
        self.opaque(
            expr,
            "field access on a differentiated value is not supported yet; pass the field as a parameter".to_owned(),
        )
    }

    fn lower_method_call(
        &mut self,
        call: &syn::ExprMethodCall,
        expr: &Expr,
        out: &mut Block,
        hint: &str,
    ) -> Lowered {
        let name = call.method.to_string();
        if rules::float_method_arity(&name).is_some() {
            let mut args = vec![self.lower_atom(&call.receiver, out, hint)];
            for arg in &call.args {
                args.push(self.lower_atom(arg, out, hint));
            }
            return Self::prim(Op::Method(call.method.clone()), args, expr);
        }
        if rules::CONSTANT_METHODS.contains(&name.as_str()) {
            return Lowered::Value(Value::Verbatim(expr.clone()));
        }
        if rules::IDENTITY_METHODS.contains(&name.as_str()) && call.args.is_empty() {
            return Lowered::Operand(self.lower_operand(&call.receiver, out, hint));
        }
        self.opaque(
            expr,
            format!(
                "the method `{name}` has no derivative rule; call a function that has a `_vjp` instead (mark it #[differentiate] or write `{name}_vjp` by hand); the float methods with rules are: {}",
                rules::float_method_list()
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
                .map(|arg| self.lower_atom(arg, out, hint))
                .collect();
            return Self::prim(Op::Method(method.ident.clone()), args, expr);
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
            .map(|arg| self.lower_atom(arg, out, hint))
            .collect();
        Self::prim(Op::Call(path.clone()), args, expr)
    }

    /// Declares one result variable per element of a region's value, so that each branch can
    /// assign its own.
    fn result_vars(&mut self, shape: &Operand, hint: &str, out: &mut Block) -> Operand {
        match shape {
            Operand::Atom(_) => {
                let temp = self.new_temp(hint);
                out.stmts.push(Stmt::Declare { var: temp });
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
    fn assign_result(&mut self, targets: &Operand, value: Operand, block: &mut Block, span: &Expr) {
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

    fn lower_if(&mut self, expr_if: &syn::ExprIf, out: &mut Block, hint: &str) -> Operand {
        if let Expr::Let(expr_let) = &*expr_if.cond {
            self.defer(
                &expr_let.expr,
                "`if let` on a differentiated value is not supported; compare the value with `if` instead".to_owned(),
            );
        }
        let (mut then_branch, then_value) = self.lower_scoped(&expr_if.then_branch, hint);
        let (mut else_branch, else_value) = match &expr_if.else_branch {
            None => (Block::default(), Operand::Tuple(Vec::new())),
            Some((_, else_expr)) => {
                self.scopes.push(HashMap::new());
                let mut block = Block::default();
                let value = match &**else_expr {
                    Expr::Block(block_expr) => {
                        self.lower_stmts(&block_expr.block.stmts, &mut block, hint)
                    }
                    other => self.lower_operand(other, &mut block, hint),
                };
                self.scopes.pop();
                (block, value)
            }
        };
        let whole = Expr::If(expr_if.clone());
        let result = self.result_vars(&then_value, hint, out);
        self.assign_result(&result, then_value, &mut then_branch, &whole);
        self.assign_result(&result, else_value, &mut else_branch, &whole);
        let index = self.next_region();
        out.stmts.push(Stmt::If {
            cond: expr_if.cond.clone(),
            then_branch,
            else_branch,
            index,
        });
        result
    }

    fn lower_block_expr(&mut self, block: &syn::Block, out: &mut Block, hint: &str) -> Operand {
        let (mut inner, value) = self.lower_scoped(block, hint);
        let result = self.result_vars(&value, hint, out);
        let whole: Expr = syn::parse_quote!(#block);
        self.assign_result(&result, value, &mut inner, &whole);
        let index = self.next_region();
        out.stmts.push(Stmt::Block {
            block: inner,
            index,
        });
        result
    }
}

fn collect_vars(operand: &Operand, found: &mut Vec<VarId>) {
    match operand {
        Operand::Atom(Atom::Var(id)) => found.push(*id),
        Operand::Atom(Atom::Const(_)) => {}
        Operand::Tuple(elems) => elems.iter().for_each(|elem| collect_vars(elem, found)),
    }
}

/// The name temporaries of a `let` are named after.
fn pattern_hint(pat: &Pat) -> String {
    match pat {
        Pat::Ident(ident) => ident.ident.to_string().trim_start_matches("r#").to_owned(),
        Pat::Type(typed) => pattern_hint(&typed.pat),
        _ => "tuple".to_owned(),
    }
}
