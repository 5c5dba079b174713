//! Statement lists: the function body (with its early returns), `let`, macro statements, and
//! expressions in statement position. A statement that may jump makes the rest of its list
//! conditional on no jump flag being set (`jumps.rs`).

use proc_macro2::TokenStream;
use quote::ToTokens;
use syn::{Expr, Pat};

use super::jumps::{self};
use super::patterns::pattern_hint;
use super::{Lowered, Lowerer, unit};
use crate::ir::{Atom, Binding, Block, Operand, Stmt, Value, VarId};
use crate::sig::Signature;

impl Lowerer<'_> {
    pub(super) fn lower_function_body(
        &mut self,
        sig: &Signature,
        body: &syn::Block,
        out: &mut Block,
    ) -> Operand {
        let (init, last_return) = match body.stmts.split_last() {
            Some((syn::Stmt::Expr(Expr::Return(ret), _), init)) if !jumps::has_return(init) => {
                (init, Some(ret))
            }
            _ => (&body.stmts[..], None),
        };
        if last_return.is_none() && jumps::has_return(&body.stmts) {
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
    pub(super) fn lower_stmts(
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
                syn::Stmt::Item(item) => out.stmts.push(Stmt::Verbatim(item_tokens(item))),
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
            if jumps::is_jump_stmt(stmt) {
                // The rest of the list is unreachable, as rustc would also say.
                break;
            }
            let new_flags = jumps::dedup(&self.pending_flags[flags_before..]);
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
            _ if jumps::is_jump(expr) => {
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
    pub(super) fn lower_scoped(&mut self, block: &syn::Block, hint: &str) -> (Block, Operand) {
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
        if let (Pat::Ident(name), Expr::Closure(closure)) = (pat, &*init.expr)
            && name.by_ref.is_none()
            && name.subpat.is_none()
        {
            // Inlined where it is called, and kept as written for any other use.
            self.bind_closure(&name.ident, closure);
            let local = self.resolve_tuples(&init.expr);
            let annotation = ty.map(|ty| quote::quote!(: #ty));
            out.stmts.push(Stmt::Verbatim(
                quote::quote!(let #pat #annotation = #local;),
            ));
            return;
        }
        let hint = pattern_hint(pat);
        let lowered = self.lower_expr(&init.expr, out, &hint);
        let vector = ty.as_deref().is_some_and(crate::types::is_vec) || makes_a_vec(&init.expr);
        self.bind_pattern(pat, ty, lowered, out);
        let bound = match pat {
            Pat::Ident(name) => match self.lookup(&crate::naming::stem(&name.ident)).cloned() {
                Some(Operand::Atom(Atom::Var(var))) => Some(var),
                _ => None,
            },
            _ => None,
        };
        if let Some(var) = bound {
            if vector {
                self.slices.insert(var);
            }
            if is_array_of_arrays(&init.expr) {
                // `Differentiable` for `[A; N]` is for floats `A`: rustc's error would be
                // "`[f64; 3]: Scalar` is not satisfied" at the attribute.
                self.push_deferred(
                    init.expr.to_token_stream(),
                    "a Rust array of arrays cannot hold differentiated values (arrays `[x; N]` of floats can); write a `Vec` of arrays, `vec![[0.0; 3]; 2]`, or one array indexed `m[i * 3 + j]`".to_owned(),
                    vec![var],
                );
            }
        }
    }

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
}

/// An item of the body, as written; a `use` allowed to go unused, since the generated code
/// may call the rule of what it imports (`stack_vjp`) instead of it.
fn item_tokens(item: &syn::Item) -> TokenStream {
    match item {
        syn::Item::Use(_) => quote::quote!(#[allow(unused_imports)] #item),
        _ => item.to_token_stream(),
    }
}

/// Whether an initialiser is a Rust array of arrays, `[[0.0; 3]; 2]` or `[[a, b], [c, d]]`.
fn is_array_of_arrays(init: &Expr) -> bool {
    let is_array = |expr: &Expr| matches!(expr, Expr::Repeat(_) | Expr::Array(_));
    match init {
        Expr::Repeat(repeat) => is_array(&repeat.expr),
        Expr::Array(array) => array.elems.iter().any(is_array),
        _ => false,
    }
}

/// Whether an initialiser is a `Vec` for sure: `vec![..]`, `x.to_vec()`, `Vec::from(..)`,
/// `.collect::<Vec<_>>()`.
fn makes_a_vec(init: &Expr) -> bool {
    match init {
        Expr::Macro(mac) => mac.mac.path.is_ident("vec"),
        // `.collect::<Vec<_>>()`, a turbofish naming `Vec`.
        Expr::MethodCall(call) if call.method == "collect" => {
            call.turbofish.as_ref().is_some_and(|turbofish| {
                matches!(turbofish.args.first(), Some(syn::GenericArgument::Type(syn::Type::Path(path)))
                    if path.path.segments.last().is_some_and(|segment| segment.ident == "Vec"))
            })
        }
        Expr::MethodCall(call) => call.method == "to_vec",
        Expr::Call(call) => crate::syntax::call_path(call)
            .is_some_and(|names| matches!(names.as_slice(), [vec, _] if vec == "Vec")),
        _ => false,
    }
}
