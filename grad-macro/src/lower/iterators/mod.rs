//! Iterator chains, lowered to loops over positions, so that every element read is an indexed
//! read whose cotangent goes to one element of the container's adjoint, and every closure in
//! the chain is lowered like inline code.
//!
//! ```text
//! // Input                                   // Output (IR, written as Rust)
//! let s = x.iter().zip(&y)                    let mut s = zero();
//!     .map(|(a, b)| a * b)                    for (i, j) in (0..len(x)).zip(0..len(y)) {
//!     .sum();                                     let a = &x[flat i]; let b = &y[flat j];
//!                                                 s = s + a * b;
//!                                             }
//! ```
//!
//! A chain is a walk over positions (`x.iter()`, `&x`, a parameter `x: &[f64]` itself, `0..n`,
//! `x.rows()`, `x.columns()`, `x.outer_iter()`, `x.axis_iter(Axis(k))`, `x.windows(k)`,
//! `x.chunks_exact(k)` with a literal `k` (each item a Rust array); combined by `zip`,
//! `enumerate`, `rev`, `skip`, `take`, `step_by`), then what each position gives (`map`,
//! `copied`, `cloned`), then `filter`s and further `map`s that guard and change each item. It
//! ends in `sum`, `product` or `fold` (an accumulator the loop updates), or `collect` into a
//! `Vec` (`collect.rs`), or is the head of a `for` loop. The items have the types Rust gives them: `x.iter()` yields references.
//!
//! `parse.rs` reads a chain: its walk over positions, then its `filter`s and `map`s. `head.rs`
//! builds the loop's head from the walk and reads each position's item. This module lowers a
//! reduction or a `for` loop over a chain, with the reduction's accumulator.

mod collect;
mod head;
mod parse;

use quote::{ToTokens, quote};
use syn::{Expr, Ident, Pat};

use super::{Lowered, Lowerer};
use crate::ir::{Atom, Binding, Block, Loop, LoopKind, Op, Operand, Stmt, Value, VarId};
use crate::naming;

use head::Item;
use parse::{Chain, Then, Walk};

/// How a reduction combines the items.
enum Reduce<'e> {
    Sum(Option<&'e syn::AngleBracketedGenericArguments>),
    Product(Option<&'e syn::AngleBracketedGenericArguments>),
    Fold { init: &'e Expr, f: &'e Expr },
}

impl Lowerer<'_> {
    /// `chain.sum()`, `.product()`, `.fold(init, f)` (also ndarray's `x.fold(init, f)` over
    /// an array's elements): the accumulator, updated by a loop over the chain. `None` when
    /// the expression is not such a chain.
    pub(super) fn lower_iterator_chain(
        &mut self,
        expr: &Expr,
        out: &mut Block,
        hint: &str,
    ) -> Option<Lowered> {
        let Expr::MethodCall(call) = expr else {
            return None;
        };
        if naming::stem(&call.method) == "collect" {
            return self.lower_collect(call, out, hint);
        }
        if matches!(naming::stem(&call.method).as_str(), "unwrap" | "expect")
            && let Expr::MethodCall(reduce) = &*call.receiver
            && naming::stem(&reduce.method) == "reduce"
            && reduce.args.len() == 1
        {
            return self.lower_reduce(reduce, call, out, hint);
        }
        let reduce = match (
            naming::stem(&call.method).as_str(),
            &call.args.iter().collect::<Vec<_>>()[..],
        ) {
            ("sum", []) => Reduce::Sum(call.turbofish.as_ref()),
            ("product", []) => Reduce::Product(call.turbofish.as_ref()),
            ("fold", [init, f]) => Reduce::Fold { init, f },
            _ => return None,
        };
        let chain = match self.parse_chain(&call.receiver, false) {
            Some(chain) => chain,
            // ndarray's `x.fold(init, f)` walks the array's elements.
            None if matches!(reduce, Reduce::Fold { .. }) && self.is_container(&call.receiver) => {
                Chain {
                    walk: Walk::Elements {
                        container: &call.receiver,
                        by_value: false,
                    },
                    then: Vec::new(),
                }
            }
            None => return None,
        };
        let accumulator = self.begin_reduction(&reduce, out, hint);
        let mut body = |this: &mut Self, item: Operand, block: &mut Block| {
            this.reduce_item(&reduce, accumulator, item, block, hint);
        };
        let (kind, item) = self.walk_head(&chain.walk, out)?;
        self.push_chain_loop(kind, &item, &chain.then, out, hint, &mut body);
        Some(Lowered::Operand(Operand::Atom(Atom::Var(accumulator))))
    }

    /// The loop over a chain's positions, in `out`: in its body, each position's item through
    /// the chain's `filter`s and `map`s, then `consume` on it.
    fn push_chain_loop(
        &mut self,
        kind: LoopKind,
        item: &Item,
        then: &[Then],
        out: &mut Block,
        hint: &str,
        consume: &mut dyn FnMut(&mut Self, Operand, &mut Block),
    ) {
        let index = self.next_region();
        let mut block = Block::default();
        self.with_scope(|this| {
            let item = this.item(item, &mut block, hint);
            this.lower_then(item, then, &mut block, hint, consume);
        });
        out.stmts.push(Stmt::Loop(Loop {
            kind,
            body: block,
            exit_flags: Vec::new(),
            continue_flag: None,
            break_flag: None,
            index,
        }));
    }

    /// Whether `expr` is an iterator chain the macro walks by position (`0..n`, `x.iter()`,
    /// `x.rows()`, ..), rather than an array. A reference or a literal (`&x`, `[a, b]`) walks
    /// its elements only where an iterator is expected (a `for` loop, `zip`'s argument): as a
    /// method's receiver it is the array (`(&x).sin()`).
    pub(in crate::lower) fn is_iterator_chain(&self, expr: &Expr) -> bool {
        let mut inner = expr;
        while let Expr::Paren(paren) = inner {
            inner = &paren.expr;
        }
        matches!(inner, Expr::Range(_) | Expr::MethodCall(_))
            && self.parse_chain(expr, false).is_some()
    }

    /// `for pat in chain { stmts }`: the loop's head, and in `body` the item bound to `pat`
    /// and the loop's statements (inside the `filter`s' guards). `None` when the loop's
    /// iterator is not a chain the macro walks by position.
    pub(super) fn lower_chain_loop(
        &mut self,
        for_loop: &syn::ExprForLoop,
        out: &mut Block,
        body: &mut Block,
    ) -> Option<LoopKind> {
        let pat = &*for_loop.pat;
        let chain = self.parse_chain(&for_loop.expr, true)?;
        if matches!(chain.walk, Walk::Range(_)) && chain.then.is_empty() {
            // A plain range: the loop as written.
            return None;
        }
        let (kind, item) = self.walk_head(&chain.walk, out)?;
        let item = self.item(&item, body, "iter");
        let mut bind = |this: &mut Self, item: Operand, block: &mut Block| {
            this.bind_pattern(pat, None, Lowered::Operand(item), block);
            this.lower_stmts(&for_loop.body.stmts, block, "iter", None);
        };
        self.lower_then(item, &chain.then, body, "iter", &mut bind);
        Some(kind)
    }

    // ----- reductions -----

    /// `chain.reduce(f).unwrap()` (or `.expect(msg)`): the first item, then `acc = f(acc,
    /// item)` for the others, in a loop over the chain with a flag for "the first is taken";
    /// an empty chain panics after the loop as the `unwrap` of `None` does. `None` when the
    /// receiver is not a chain the macro walks by position.
    fn lower_reduce(
        &mut self,
        reduce: &syn::ExprMethodCall,
        unwrap: &syn::ExprMethodCall,
        out: &mut Block,
        hint: &str,
    ) -> Option<Lowered> {
        let chain = self.parse_chain(&reduce.receiver, false)?;
        let mapped = chain.then.iter().any(|then| matches!(then, Then::Map(_)));
        if !mapped && yields_references(&chain.walk) {
            // The accumulator would hold a reference to one element (and a tuple for `zip`):
            // kept as written, an error if the chain reads a differentiated value.
            let expr = Expr::MethodCall(unwrap.clone());
            return Some(self.opaque(
                &expr,
                "`reduce` over references (or tuples) to differentiated values is not differentiated; reduce their values: `.copied().reduce(f)` (or `.cloned()`, or a `map` to a number first)".to_owned(),
            ));
        }
        let f = &reduce.args[0];
        let accumulator = self.accumulator_var(closure_param_ident(f, 0), hint);
        // Assigned by the first item; rustc cannot see that the flag guards every read.
        self.start_from_default(accumulator, out);
        let taken = self.fresh_ident("first_taken");
        out.stmts
            .push(Stmt::Verbatim(quote!(let mut #taken = false;)));
        let (kind, item) = self.walk_head(&chain.walk, out)?;
        // The first item's branch first: rustc infers the accumulator's type from it before
        // the fold's branch calls methods on it.
        let mut body = |this: &mut Self, item: Operand, block: &mut Block| {
            let mut first = Block::default();
            this.assign_operand_value(accumulator, item.clone(), &mut first, f);
            first.stmts.push(Stmt::Verbatim(quote!(#taken = true;)));
            let mut others = Block::default();
            let value = this.apply_fold(f, accumulator, item, &mut others, hint);
            this.assign_operand_value(accumulator, value, &mut others, f);
            let index = this.next_region();
            block.stmts.push(Stmt::If {
                cond: Box::new(syn::parse_quote!(!#taken)),
                then_branch: first,
                else_branch: others,
                index,
            });
        };
        self.push_chain_loop(kind, &item, &chain.then, out, hint, &mut body);
        // `None.unwrap()` or `None.expect(msg)` for an empty chain: the same panic.
        let method = &unwrap.method;
        let args = &unwrap.args;
        out.stmts.push(Stmt::Verbatim(quote! {
            if !#taken {
                ::core::option::Option::<()>::None.#method(#args);
            }
        }));
        Some(Lowered::Operand(Operand::Atom(Atom::Var(accumulator))))
    }

    /// The accumulator of a reduction, declared before its loop.
    fn begin_reduction(&mut self, reduce: &Reduce, out: &mut Block, hint: &str) -> VarId {
        let (ident, init, ty) = match reduce {
            Reduce::Sum(turbofish) => (
                None,
                quote!(::grad::__private::zero()),
                turbofish_type(*turbofish),
            ),
            Reduce::Product(turbofish) => (
                None,
                quote!(::grad::__private::one()),
                turbofish_type(*turbofish),
            ),
            Reduce::Fold { init, f } => {
                // Named after the closure's accumulator, so that its body reads it as written.
                let ident = closure_param_ident(f, 0);
                (ident, init.to_token_stream(), None)
            }
        };
        let accumulator = self.accumulator_var(ident, hint);
        let value = match reduce {
            Reduce::Fold { init, .. } => match self.lower_expr(init, out, hint) {
                Lowered::Value(value) => value,
                Lowered::Operand(Operand::Atom(atom)) => Value::Atom(atom),
                Lowered::Operand(Operand::Tuple(_)) => {
                    self.cx.error_spanned_by(
                        init,
                        "a `fold` over a tuple is not supported; fold each number apart",
                    );
                    Value::Atom(Atom::Const(syn::parse_quote!(#init)))
                }
            },
            _ => Value::Atom(Atom::Const(syn::parse_quote!(#init))),
        };
        self.assign(
            out,
            accumulator,
            value,
            Binding::Let {
                ty: ty.map(Box::new),
            },
        );
        accumulator
    }

    /// A reduction's accumulator: named after the closure's accumulator where it has one
    /// (`ident`), so that the closure's body reads it as written, else a mutable temporary.
    fn accumulator_var(&mut self, ident: Option<Ident>, hint: &str) -> VarId {
        match ident {
            Some(ident) => self.new_var(&ident, crate::ir::VarOrigin::User, true),
            None => {
                let temp = self.new_temp(hint);
                self.vars[temp.0].mutable = true;
                temp
            }
        }
    }

    /// `acc = acc + item`, `acc = acc * item` or `acc = f(acc, item)`.
    fn reduce_item(
        &mut self,
        reduce: &Reduce,
        accumulator: VarId,
        item: Operand,
        block: &mut Block,
        hint: &str,
    ) {
        let acc = Operand::Atom(Atom::Var(accumulator));
        let (op, item) = match reduce {
            Reduce::Sum(_) => (Op::Add, item),
            Reduce::Product(_) => (Op::Mul, item),
            Reduce::Fold { f, .. } => {
                let value = self.apply_fold(f, accumulator, item, block, hint);
                return self.assign_operand_value(accumulator, value, block, f);
            }
        };
        let Some(item) = self.operand_atom(item) else {
            return;
        };
        if !matches!(reduce, Reduce::Fold { .. }) {
            // The accumulator starts as `zero()` or `one()` of a type only the items tell.
            let acc_ident = &self.vars[accumulator.0].ident;
            let item_expr = self.operand_expr(&Operand::Atom(item.clone()));
            block.stmts.push(Stmt::Verbatim(quote!(
                ::grad::__private::same_type(&#acc_ident, &#item_expr);
            )));
        }
        let Operand::Atom(acc) = acc else {
            unreachable!("an accumulator is a variable")
        };
        let value = Value::Prim {
            op,
            args: vec![acc, item],
            span: proc_macro2::Span::call_site(),
        };
        self.assign(block, accumulator, value, Binding::Reassign);
    }

    /// An operand that must be one value (an item summed or multiplied).
    fn operand_atom(&mut self, operand: Operand) -> Option<Atom> {
        match operand {
            Operand::Atom(Atom::Var(var)) if self.vars[var.0].by_ref => Some(Atom::Deref(var)),
            Operand::Atom(atom) => Some(atom),
            Operand::Tuple(_) => {
                self.cx.error_at(proc_macro2::Span::call_site(), "a `sum` or `product` of tuples is not supported; `map` each item to a number first");
                None
            }
        }
    }
}

/// `T` of `sum::<T>()`.
fn turbofish_type(turbofish: Option<&syn::AngleBracketedGenericArguments>) -> Option<syn::Type> {
    match turbofish?.args.first()? {
        syn::GenericArgument::Type(ty) => Some(ty.clone()),
        _ => None,
    }
}

/// The name of a closure's `k`-th parameter, when it is a plain name.
fn closure_param_ident(f: &Expr, k: usize) -> Option<Ident> {
    let Expr::Closure(closure) = f else {
        return None;
    };
    match closure.inputs.iter().nth(k)? {
        Pat::Ident(ident) if ident.by_ref.is_none() && ident.subpat.is_none() => {
            Some(ident.ident.clone())
        }
        Pat::Type(typed) => match &*typed.pat {
            Pat::Ident(ident) => Some(ident.ident.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// Whether a walk's items are references (`x.iter()`, `&x[a..b]`), views (`x.rows()`) or
/// tuples (`zip`, `enumerate`), rather than numbers.
fn yields_references(walk: &Walk) -> bool {
    match walk {
        Walk::Elements { by_value, .. } | Walk::SliceElements { by_value, .. } => !by_value,
        Walk::Positions(inner, _) => yields_references(inner),
        Walk::Axis { .. } | Walk::Zip(..) | Walk::Enumerate(..) => true,
        Walk::Range(_) | Walk::Map(..) | Walk::Copied(_) | Walk::Windows { .. } => false,
    }
}
