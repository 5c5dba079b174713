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
//! `break`, `continue` and early `return` become flags (see `control.rs`), so that every region
//! runs to its end and the reverse sweep can replay it from its record.
//!
//! Constructs whose meaning for derivatives the macro cannot know (closures, macros, unknown
//! methods) are kept as written and recorded as [`Deferred`] checks: once the activity analysis
//! knows which variables carry derivatives, each such construct that touches one becomes a
//! spanned error. Constructs that can never be differentiated (`unsafe`, `async`) are errors at
//! once.
//!
//! The stages of lowering live in `expr.rs` (expressions and assignments), `control.rs` (`if`,
//! `match`, blocks, loops and jumps) and `mentions.rs` (what a construct kept as written reads).

mod control;
mod expr;
mod mentions;

use std::collections::{HashMap, HashSet};

use proc_macro2::TokenStream;
use quote::ToTokens;
use syn::{Expr, Ident, Pat, Type};

use crate::ctxt::Ctxt;
use crate::ir::{
    Atom, Binding, Block, Function, Operand, Projection, Stmt, Value, Var, VarId, VarOrigin,
};
use crate::naming;
use crate::sig::Signature;
use crate::types;

use control::{FunctionExit, LoopContext};

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

/// The unit value `()`: what statements and assignments evaluate to.
fn unit() -> Operand {
    Operand::Tuple(Vec::new())
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
        writes: 0,
        deferred: Vec::new(),
        loops: Vec::new(),
        pending_flags: Vec::new(),
        exit: None,
        element_params: HashSet::new(),
    };
    let mut params = Vec::new();
    for (index, param) in sig.params.iter().enumerate() {
        let id = lowerer.new_var(&param.ident, VarOrigin::Param(index), param.mutable);
        lowerer.vars[id.0].active = param.differentiated;
        lowerer.vars[id.0].by_ref = matches!(param.ty, syn::Type::Reference(_));
        if types::iterates_as_elements(&param.ty) {
            lowerer.element_params.insert(id);
        }
        lowerer.bind_name(&param.ident, Operand::Atom(Atom::Var(id)));
        params.push(id);
    }
    let mut block = Block::default();
    let result = lowerer.lower_function_body(sig, body, &mut block);
    let function = Function {
        vars: lowerer.vars,
        params,
        body: block,
        result,
        reserved: lowerer.used_bases,
        body_identifiers: crate::rules::identifiers(body.to_token_stream())
            .iter()
            .map(naming::stem)
            .collect(),
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
    /// Indexed writes so far (names their saved indices).
    writes: usize,
    deferred: Vec<Deferred>,
    /// The loops around the code being lowered, innermost last.
    loops: Vec<LoopContext>,
    /// Jump flags that code lowered so far may have set and that no enclosing construct has
    /// consumed yet: the rest of the current statement list runs only if none is set.
    pending_flags: Vec<Ident>,
    /// How an early `return` leaves the function, when the body has one.
    exit: Option<FunctionExit>,
    /// The parameters that are shared references to containers of reals (`x: &[f64]`): a loop
    /// `for xi in x` walks their elements as `x.iter()` does.
    element_params: HashSet<VarId>,
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
        let base = self.unique_base(&naming::stem(ident));
        self.push_var(Var {
            ident: ident.clone(),
            base,
            origin,
            mutable,
            by_ref: false,
            indexed: false,
            active: false,
        })
    }

    fn new_temp(&mut self, hint: &str) -> VarId {
        self.temps += 1;
        let base = self.unique_base(&naming::temporary(hint, self.temps));
        self.push_var(Var {
            ident: naming::hygienic(&base),
            base,
            origin: VarOrigin::Temp,
            mutable: false,
            by_ref: false,
            indexed: false,
            active: false,
        })
    }

    /// A hygienic name that no variable or other generated name uses.
    fn fresh_ident(&mut self, name: &str) -> Ident {
        let base = self.unique_base(name);
        naming::hygienic(&base)
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

    /// The variable a plain path expression names, if it names one in scope.
    fn var_of_path(&self, expr: &Expr) -> Option<VarId> {
        let Expr::Path(path) = expr else {
            return None;
        };
        let ident = path.path.get_ident()?;
        match self.lookup(&ident.to_string())? {
            Operand::Atom(Atom::Var(id)) => Some(*id),
            _ => None,
        }
    }

    fn next_region(&mut self) -> usize {
        self.regions += 1;
        self.regions
    }

    fn with_scope<T>(&mut self, lower: impl FnOnce(&mut Self) -> T) -> T {
        self.scopes.push(HashMap::new());
        let result = lower(self);
        self.scopes.pop();
        result
    }

    /// Records a construct kept as written, to be an error if it reads a differentiated value.
    fn defer_expr(&mut self, expr: &Expr, message: String) {
        let mentions = self.expr_mentions(expr);
        self.push_deferred(expr.to_token_stream(), message, mentions);
    }

    /// Like [`Self::defer_expr`] for tokens that are not an expression (a macro statement).
    fn defer_tokens(&mut self, tokens: TokenStream, message: String) {
        let mentions = self.token_mentions(tokens.clone());
        self.push_deferred(tokens, message, mentions);
    }

    fn push_deferred(&mut self, tokens: TokenStream, message: String, mentions: Vec<VarId>) {
        if !mentions.is_empty() {
            self.deferred.push(Deferred {
                tokens,
                message,
                mentions,
            });
        }
    }

    fn assign(&mut self, out: &mut Block, var: VarId, value: Value, binding: Binding) {
        if matches!(value, Value::Place { borrowed: true, .. }) {
            self.vars[var.0].by_ref = true;
        }
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

    fn lower_function_body(
        &mut self,
        sig: &Signature,
        body: &syn::Block,
        out: &mut Block,
    ) -> Operand {
        let (init, last_return) = match body.stmts.split_last() {
            Some((syn::Stmt::Expr(Expr::Return(ret), _), init)) if !control::has_return(init) => {
                (init, Some(ret))
            }
            _ => (&body.stmts[..], None),
        };
        if last_return.is_none() && control::has_return(&body.stmts) {
            // Early returns: the result is a variable every `return` assigns.
            let result = self.begin_function_exit(sig, out);
            self.lower_stmts(&body.stmts, out, "result", Some(result));
            return Operand::Atom(Atom::Var(result));
        }
        let value = self.lower_stmts(init, out, "result", None);
        match last_return {
            Some(ret) => match &ret.expr {
                Some(expr) => self.lower_operand(expr, out, "result"),
                None => unit(),
            },
            None => value,
        }
    }

    /// Lowers statements into `out` in the current scope; returns the value of the tail
    /// expression (`()` when there is none). With `sink`, the tail value is assigned to that
    /// variable instead (the function's result when it has early returns).
    ///
    /// A statement that may set a jump flag makes the rest of the list conditional on no flag
    /// being set: `s1; s2; s3` where `s1` may `break` becomes `s1; if !broke { s2; s3 }`.
    fn lower_stmts(
        &mut self,
        stmts: &[syn::Stmt],
        out: &mut Block,
        hint: &str,
        sink: Option<VarId>,
    ) -> Operand {
        let mut result = unit();
        for (index, stmt) in stmts.iter().enumerate() {
            let is_last = index + 1 == stmts.len();
            let flags_before = self.pending_flags.len();
            match stmt {
                syn::Stmt::Local(local) => self.lower_local(local, out),
                syn::Stmt::Item(item) => out.stmts.push(Stmt::Verbatim(item.to_token_stream())),
                syn::Stmt::Macro(mac) => {
                    self.lower_macro_stmt(&mac.mac, stmt.to_token_stream(), out)
                }
                syn::Stmt::Expr(expr, None) if is_last && sink.is_some() => {
                    self.lower_into_sink(expr, out, hint, sink);
                }
                syn::Stmt::Expr(expr, semi) => {
                    let value = self.lower_expr_stmt(expr, out, hint);
                    if is_last && semi.is_none() {
                        result = value;
                    }
                }
            }
            if control::is_jump_stmt(stmt) {
                // The rest of the list is unreachable, as rustc would also say.
                break;
            }
            let new_flags = control::dedup(&self.pending_flags[flags_before..]);
            if !new_flags.is_empty() && !is_last {
                let rest = &stmts[index + 1..];
                let (guard, value) = self.guard(&new_flags, |this, block| {
                    this.lower_stmts(rest, block, hint, sink)
                });
                if !matches!(&value, Operand::Tuple(elems) if elems.is_empty()) {
                    self.cx.error_spanned_by(
                        &stmts[stmts.len() - 1],
                        "a block that can `break`, `continue` or `return` before its end cannot produce a value here; assign the value to a variable instead",
                    );
                }
                out.stmts.push(guard);
                break;
            }
        }
        result
    }

    /// The tail of a function with early returns: its value goes to the result variable, from
    /// inside each branch when the tail is an `if`, a `match` or a block.
    fn lower_into_sink(&mut self, expr: &Expr, out: &mut Block, hint: &str, sink: Option<VarId>) {
        match expr {
            Expr::If(expr_if) => {
                self.lower_if(expr_if, out, hint, sink);
            }
            Expr::Match(expr_match) => {
                self.lower_match(expr_match, out, hint, sink);
            }
            Expr::Block(block) if block.label.is_none() => {
                self.lower_block_expr(&block.block, out, hint, sink);
            }
            _ if control::is_jump(expr) => {
                self.lower_expr_stmt(expr, out, hint);
            }
            _ => {
                let value = self.lower_expr_stmt(expr, out, hint);
                if let Some(var) = sink {
                    self.assign_operand(var, value, out, expr);
                }
            }
        }
    }

    /// A nested block in a scope of its own.
    fn lower_scoped(&mut self, block: &syn::Block, hint: &str) -> (Block, Operand) {
        self.with_scope(|this| {
            let mut inner = Block::default();
            let result = this.lower_stmts(&block.stmts, &mut inner, hint, None);
            (inner, result)
        })
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
            self.defer_tokens(
                tokens.clone(),
                "a macro cannot be differentiated when it touches a differentiated value; compute the value with expressions or a function with a `_vjp`".to_owned(),
            );
        }
        out.stmts
            .push(Stmt::Verbatim(self.resolve_macro_tuples(mac, tokens)));
    }

    /// A macro statement whose arguments parse as expressions, with the names bound to tuples
    /// resolved to their elements (`assert!(t.0 > 0.0)`), since a tuple exists only element by
    /// element; anything else as written.
    fn resolve_macro_tuples(&self, mac: &syn::Macro, tokens: TokenStream) -> TokenStream {
        let parser = syn::punctuated::Punctuated::<Expr, syn::Token![,]>::parse_terminated;
        let Ok(args) = syn::parse::Parser::parse2(parser, mac.tokens.clone()) else {
            return tokens;
        };
        let args = args.iter().map(|arg| self.resolve_tuples(arg));
        let path = &mac.path;
        quote::quote!(#path!(#(#args),*);)
    }

    fn lower_local(&mut self, local: &syn::Local, out: &mut Block) {
        let (pat, ty) = match &local.pat {
            Pat::Type(typed) => (&*typed.pat, Some(typed.ty.clone())),
            pat => (pat, None),
        };
        let Some(init) = &local.init else {
            self.declare_pattern(pat, ty, out);
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

    fn declare_pattern(&mut self, pat: &Pat, ty: Option<Box<Type>>, out: &mut Block) {
        match pat {
            Pat::Ident(ident) if ident.by_ref.is_none() && ident.subpat.is_none() => {
                let id = self.new_var(&ident.ident, VarOrigin::User, ident.mutability.is_some());
                out.stmts.push(Stmt::Declare { var: id, ty });
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
                let value = match lowered {
                    Lowered::Operand(Operand::Tuple(elems)) => {
                        // A name bound to a tuple: one variable per element.
                        let operand =
                            self.bind_tuple_elements(&ident.ident, elems, ty.as_deref(), mutable, out);
                        self.bind_name(&ident.ident, operand);
                        return;
                    }
                    Lowered::Operand(Operand::Atom(atom)) => Value::Atom(atom),
                    Lowered::Value(value) => value,
                };
                let id = self.new_var(&ident.ident, VarOrigin::User, mutable);
                self.vars[id.0].by_ref = match &value {
                    Value::Atom(Atom::Ref(_)) => true,
                    Value::Atom(Atom::Var(source)) => self.vars[source.0].by_ref,
                    _ => false,
                };
                self.assign(out, id, value, Binding::Let { ty });
                self.bind_name(&ident.ident, Operand::Atom(Atom::Var(id)));
            }
            Pat::Tuple(_) if is_constant(&lowered) => {
                // A tuple of constants (`let (rows, cols) = w.dim();`): bound as written.
                let (Lowered::Value(Value::Verbatim(expr))
                | Lowered::Operand(Operand::Atom(Atom::Const(expr)))) = lowered
                else {
                    unreachable!("checked by is_constant")
                };
                let annotation = ty.map(|ty| quote::quote!(: #ty));
                out.stmts
                    .push(Stmt::Verbatim(quote::quote!(let #pat #annotation = #expr;)));
                self.shadow_pattern(pat);
            }
            Pat::Tuple(tuple) => {
                let elems = match lowered {
                    Lowered::Operand(Operand::Tuple(elems)) if elems.len() == tuple.elems.len() => {
                        let names = pattern_names(pat);
                        match self.snapshot(Operand::Tuple(elems), &names, out) {
                            Operand::Tuple(elems) => elems,
                            Operand::Atom(_) => unreachable!("a snapshot keeps the tuple's shape"),
                        }
                    }
                    Lowered::Operand(Operand::Tuple(_)) => {
                        self.cx.error_spanned_by(
                            pat,
                            "this tuple pattern and the tuple on the right have different lengths",
                        );
                        return;
                    }
                    Lowered::Value(value) => {
                        // A tuple computed as a whole (`let (a, b) = g(x)` with `g` returning a
                        // tuple): each element is read out of it as a place, `t.0`, `t.1`, so
                        // that its cotangent goes into that element of the tuple's adjoint.
                        let whole = self.new_temp(&pattern_hint(pat));
                        self.assign(out, whole, value, Binding::Let { ty });
                        self.destructure(whole, Vec::new(), tuple, out);
                        return;
                    }
                    Lowered::Operand(Operand::Atom(Atom::Var(whole))) => {
                        self.destructure(whole, Vec::new(), tuple, out);
                        return;
                    }
                    Lowered::Operand(Operand::Atom(_)) => {
                        self.cx.error_spanned_by(
                            pat,
                            "this tuple pattern needs a tuple on the right, such as `(a, b)` or a call returning one",
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
            Pat::Type(typed) => self.bind_pattern(&typed.pat, Some(typed.ty.clone()), lowered, out),
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

    /// Binds a name to a tuple: one variable per element (named `name_0`, `name_1`, ..), and,
    /// for code kept as written that reads the tuple whole, the name itself as a tuple of
    /// references to them.
    /// Binds the elements of a tuple held whole in `whole` (at `path` inside it) to a tuple
    /// pattern, each as a read of its place.
    fn destructure(
        &mut self,
        whole: VarId,
        path: Vec<Projection>,
        tuple: &syn::PatTuple,
        out: &mut Block,
    ) {
        self.vars[whole.0].indexed = true;
        for (index, pat) in tuple.elems.iter().enumerate() {
            let mut element = path.clone();
            element.push(Projection::Field(syn::Member::Unnamed(syn::Index::from(
                index,
            ))));
            match pat {
                Pat::Tuple(inner) => self.destructure(whole, element, inner, out),
                pat => {
                    let read = Value::Place {
                        base: whole,
                        path: element,
                        borrowed: false,
                    };
                    self.bind_pattern(pat, None, Lowered::Value(read), out);
                }
            }
        }
    }

    fn bind_tuple_elements(
        &mut self,
        name: &Ident,
        elems: Vec<Operand>,
        tys: Option<&Type>,
        mutable: bool,
        out: &mut Block,
    ) -> Operand {
        let tys: Vec<Option<Box<Type>>> = match tys {
            Some(Type::Tuple(tuple)) => tuple
                .elems
                .iter()
                .map(|ty| Some(Box::new(ty.clone())))
                .collect(),
            _ => vec![None; elems.len()],
        };
        let mut bound = Vec::new();
        for ((index, elem), ty) in elems.into_iter().enumerate().zip(tys) {
            let base = self.unique_base(&format!("{}_{index}", naming::stem(name)));
            let element = naming::hygienic(&base);
            match elem {
                Operand::Tuple(inner) => bound.push(self.bind_tuple_elements(
                    &element,
                    inner,
                    ty.as_deref(),
                    mutable,
                    out,
                )),
                Operand::Atom(atom) => {
                    let id = self.push_var(Var {
                        ident: element,
                        base,
                        origin: VarOrigin::Temp,
                        mutable,
                        by_ref: false,
                        indexed: false,
                        active: false,
                    });
                    self.assign(out, id, Value::Atom(atom), Binding::Let { ty });
                    bound.push(Operand::Atom(Atom::Var(id)));
                }
            }
        }
        let operand = Operand::Tuple(bound);
        if !mutable {
            let references = self.tuple_of_references(&operand);
            out.stmts
                .push(Stmt::Verbatim(quote::quote!(let #name = #references;)));
        }
        operand
    }

    fn tuple_of_references(&self, operand: &Operand) -> TokenStream {
        match operand {
            Operand::Atom(Atom::Var(id) | Atom::Ref(id)) => {
                let ident = &self.vars[id.0].ident;
                quote::quote!(&#ident)
            }
            Operand::Atom(Atom::Const(expr)) => quote::quote!(&(#expr)),
            Operand::Tuple(elems) => {
                let elems = elems.iter().map(|elem| self.tuple_of_references(elem));
                quote::quote!((#(#elems,)*))
            }
        }
    }

    /// Copies into fresh temporaries the elements of `source` that read one of `names`, so that
    /// a tuple binding or assignment reads every source before it writes any target
    /// (`let (x, y) = (y, x)`).
    fn snapshot(&mut self, source: Operand, names: &[String], out: &mut Block) -> Operand {
        match source {
            Operand::Atom(Atom::Var(id))
                if names.contains(&self.vars[id.0].ident.to_string())
                    || names.contains(&self.vars[id.0].base) =>
            {
                let temp = self.new_temp(&self.vars[id.0].base.clone());
                self.assign(
                    out,
                    temp,
                    Value::Atom(Atom::Var(id)),
                    Binding::Let { ty: None },
                );
                Operand::Atom(Atom::Var(temp))
            }
            Operand::Tuple(elems) => Operand::Tuple(
                elems
                    .into_iter()
                    .map(|elem| self.snapshot(elem, names, out))
                    .collect(),
            ),
            other => other,
        }
    }

    /// Assigns a value to an existing variable (`var = value`).
    fn assign_operand(&mut self, var: VarId, value: Operand, out: &mut Block, span: &Expr) {
        match value {
            Operand::Atom(atom) => self.assign(out, var, Value::Atom(atom), Binding::Reassign),
            Operand::Tuple(_) => self
                .cx
                .error_spanned_by(span, "a tuple cannot be assigned to a number"),
        }
    }
}

fn collect_vars(operand: &Operand, found: &mut Vec<VarId>) {
    match operand {
        Operand::Atom(Atom::Var(id) | Atom::Ref(id)) => found.push(*id),
        Operand::Atom(Atom::Const(_)) => {}
        Operand::Tuple(elems) => elems.iter().for_each(|elem| collect_vars(elem, found)),
    }
}

/// A value computed as written that carries no derivative.
fn is_constant(lowered: &Lowered) -> bool {
    matches!(
        lowered,
        Lowered::Value(Value::Verbatim(_)) | Lowered::Operand(Operand::Atom(Atom::Const(_)))
    )
}

/// The names a pattern binds.
fn pattern_names(pat: &Pat) -> Vec<String> {
    match pat {
        Pat::Ident(ident) => vec![ident.ident.to_string()],
        Pat::Tuple(tuple) => tuple.elems.iter().flat_map(pattern_names).collect(),
        Pat::Type(typed) => pattern_names(&typed.pat),
        Pat::Paren(paren) => pattern_names(&paren.pat),
        _ => Vec::new(),
    }
}

/// The name temporaries of a `let` are named after.
fn pattern_hint(pat: &Pat) -> String {
    match pat {
        Pat::Ident(ident) => naming::stem(&ident.ident),
        Pat::Type(typed) => pattern_hint(&typed.pat),
        _ => "tuple".to_owned(),
    }
}
