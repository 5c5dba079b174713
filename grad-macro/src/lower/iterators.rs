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
//! `x.rows()`, `x.columns()`, `x.outer_iter()`, `x.axis_iter(Axis(k))`; combined by `zip`,
//! `enumerate`, `rev`, `skip`, `take`, `step_by`), then what each position gives (`map`,
//! `copied`, `cloned`), then `filter`s and further `map`s that guard and change each item. It
//! ends in `sum`, `product` or `fold` (an accumulator the loop updates), or is the head of a
//! `for` loop. The items have the types Rust gives them: `x.iter()` yields references.

use proc_macro2::TokenStream;
use quote::{ToTokens, quote};
use syn::{Expr, Ident, Pat};

use super::{Lowered, Lowerer};
use crate::ir::{Atom, Binding, Block, Loop, LoopKind, Op, Operand, Stmt, Value, VarId};
use crate::naming;

/// What each position of a walk gives, before the chain's `map`s and `filter`s.
enum Walk<'e> {
    /// The elements of a container, by reference (or by value after `.copied()`).
    Elements {
        container: &'e Expr,
        by_value: bool,
    },
    /// The sub-arrays along an axis (`x.rows()`: `x.index_axis(Axis(0), i)`).
    Axis {
        array: &'e Expr,
        axis: Expr,
    },
    /// The integers of a range, as written.
    Range(&'e Expr),
    Zip(Box<Walk<'e>>, Box<Walk<'e>>),
    Enumerate(Box<Walk<'e>>),
    /// `rev`, `skip`, `take` or `step_by`: which positions are walked.
    Positions(Box<Walk<'e>>, &'e syn::ExprMethodCall),
    /// Each item through a function or closure.
    Map(Box<Walk<'e>>, &'e Expr),
    /// `.copied()` / `.cloned()` of items that are references.
    Copied(Box<Walk<'e>>),
}

/// After the walk, in order: a `filter` guards the rest, a `map` changes the item.
enum Then<'e> {
    Filter(&'e Expr),
    Map(&'e Expr),
}

/// A chain: its walk and what follows.
struct Chain<'e> {
    walk: Walk<'e>,
    then: Vec<Then<'e>>,
}

/// Where one position's item comes from, once the loop's head is built.
enum Item {
    Element {
        container: Container,
        index: Ident,
        by_value: bool,
    },
    Axis {
        array: Atom,
        axis: Expr,
        index: Ident,
    },
    Value(Ident),
    Pair(Box<Item>, Box<Item>),
    Map(Box<Item>, Expr),
    Copied(Box<Item>),
}

/// A container walked by position: a variable, or a constant (`WEIGHTS`) as written.
enum Container {
    Var(VarId),
    Const(Expr),
}

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
        let head = self.walk_head(&chain.walk, out)?;
        let index = self.next_region();
        let mut block = Block::default();
        self.with_scope(|this| {
            let item = this.item(&head.1, &mut block, hint);
            this.lower_then(item, &chain.then, &mut block, hint, &mut body);
        });
        out.stmts.push(Stmt::Loop(Loop {
            kind: head.0,
            body: block,
            exit_flags: Vec::new(),
            continue_flag: None,
            break_flag: None,
            index,
        }));
        Some(Lowered::Operand(Operand::Atom(Atom::Var(accumulator))))
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

    // ----- reading a chain -----

    /// The chain `expr` is; a `loop_head` may also be a parameter `x: &[f64]` named alone (`for
    /// v in x`), where a reduction's receiver may not (`x.sum()` is the array's own method).
    fn parse_chain<'e>(&self, expr: &'e Expr, loop_head: bool) -> Option<Chain<'e>> {
        let mut then = Vec::new();
        let mut expr = expr;
        // The `filter`s and `map`s after the first `filter`, outermost first.
        loop {
            match expr {
                Expr::MethodCall(call) if call.method == "filter" && call.args.len() == 1 => {
                    then.push(Then::Filter(&call.args[0]));
                    expr = &call.receiver;
                }
                Expr::MethodCall(call)
                    if call.method == "map"
                        && call.args.len() == 1
                        && has_filter(&call.receiver) =>
                {
                    then.push(Then::Map(&call.args[0]));
                    expr = &call.receiver;
                }
                _ => break,
            }
        }
        then.reverse();
        if matches!(expr, Expr::Path(_)) && !(loop_head && self.is_element_param(expr)) {
            return None;
        }
        let walk = self.parse_walk(expr, true)?;
        Some(Chain { walk, then })
    }

    /// A walk; `top` for the whole iterator, where a container named alone walks its elements
    /// only if it is a parameter `x: &[f64]` (`zip`'s argument may be any container).
    fn parse_walk<'e>(&self, expr: &'e Expr, top: bool) -> Option<Walk<'e>> {
        match expr {
            Expr::Paren(paren) => self.parse_walk(&paren.expr, top),
            Expr::Range(_) => Some(Walk::Range(expr)),
            Expr::Reference(reference) if reference.mutability.is_none() => self
                .is_container(&reference.expr)
                .then_some(Walk::Elements {
                    container: &reference.expr,
                    by_value: false,
                }),
            // A parameter `x: &[f64]` iterated as it is (or zipped: `.zip(y)`).
            Expr::Path(_) if !top || self.is_element_param(expr) => {
                self.is_container(expr).then_some(Walk::Elements {
                    container: expr,
                    by_value: false,
                })
            }
            Expr::MethodCall(call) => self.parse_walk_method(call),
            // `for v in [a, b]`, `.zip(vec![a, b])`: a literal, walked by value.
            Expr::Array(_) => Some(Walk::Elements {
                container: expr,
                by_value: true,
            }),
            Expr::Macro(mac) if mac.mac.path.is_ident("vec") => Some(Walk::Elements {
                container: expr,
                by_value: true,
            }),
            _ => None,
        }
    }

    fn parse_walk_method<'e>(&self, call: &'e syn::ExprMethodCall) -> Option<Walk<'e>> {
        let receiver = &*call.receiver;
        let args: Vec<&Expr> = call.args.iter().collect();
        let inner = |this: &Self| this.parse_walk(receiver, false).map(Box::new);
        let walk = match (naming::stem(&call.method).as_str(), &args[..]) {
            // `(0..n).into_iter()`, `x.rows().into_iter()`: the walk itself.
            ("iter" | "into_iter", [])
                if let Some(walk) = self.parse_walk(receiver, false)
                    && !matches!(receiver, Expr::Path(_)) =>
            {
                walk
            }
            ("iter" | "into_iter", []) => Walk::Elements {
                container: receiver,
                by_value: false,
            },
            ("rows" | "outer_iter", []) => Walk::Axis {
                array: receiver,
                axis: syn::parse_quote!(::grad::__private::ndarray::Axis(0)),
            },
            ("columns", []) => Walk::Axis {
                array: receiver,
                axis: syn::parse_quote!(::grad::__private::ndarray::Axis(1)),
            },
            ("axis_iter", [axis]) => Walk::Axis {
                array: receiver,
                axis: (*axis).clone(),
            },
            ("copied" | "cloned", []) => match self.parse_walk(receiver, true)? {
                Walk::Elements { container, .. } => Walk::Elements {
                    container,
                    by_value: true,
                },
                walk => Walk::Copied(Box::new(walk)),
            },
            ("zip", [other]) => Walk::Zip(inner(self)?, Box::new(self.parse_walk(other, false)?)),
            ("enumerate", []) => Walk::Enumerate(inner(self)?),
            ("rev" | "skip" | "take" | "step_by", _) => Walk::Positions(inner(self)?, call),
            ("map", [f]) => Walk::Map(inner(self)?, f),
            _ => return None,
        };
        Some(walk)
    }

    /// A container the loop can walk by position: a variable, a place of one (`p.layers`), or
    /// a constant path (`WEIGHTS`).
    fn is_container(&self, expr: &Expr) -> bool {
        match expr {
            // A variable, or a name not bound in the body (a constant).
            Expr::Path(path) => {
                path.path
                    .get_ident()
                    .is_none_or(|ident| match self.lookup(&naming::stem(ident)) {
                        Some(operand) => matches!(operand, Operand::Atom(Atom::Var(_))),
                        None => self.lookup_closure(&naming::stem(ident)).is_none(),
                    })
            }
            Expr::Field(_) | Expr::Paren(_) => self.place_of(expr).is_some(),
            _ => false,
        }
    }

    /// A parameter `x: &[f64]` (or `&Vec`, `&[f64; N]`, an ndarray array) named alone.
    fn is_element_param(&self, expr: &Expr) -> bool {
        self.var_of_path(expr)
            .is_some_and(|var| self.element_params.contains(&var))
    }

    // ----- the loop's head -----

    /// The loop's head (`for (i, j) in (0..n).zip(0..m)`) and where each position's item comes
    /// from. Containers that are places are borrowed into variables first, in `out`.
    fn walk_head(&mut self, walk: &Walk, out: &mut Block) -> Option<(LoopKind, Item)> {
        let (iter, pat, item) = self.walk_parts(walk, out)?;
        let kind = LoopKind::For {
            pat: Box::new(pat),
            iter: Box::new(iter),
        };
        Some((kind, item))
    }

    fn walk_parts(&mut self, walk: &Walk, out: &mut Block) -> Option<(Expr, Pat, Item)> {
        let parts = match walk {
            Walk::Elements {
                container,
                by_value,
            } => {
                let index = self.fresh_ident("index");
                let container = self.container(container, out);
                let len = match &container {
                    Container::Var(var) => self.vars[var.0].ident.to_token_stream(),
                    Container::Const(expr) => expr.to_token_stream(),
                };
                let iter = syn::parse_quote!(0..::grad::__private::Elements::element_count(&#len));
                let item = Item::Element {
                    container,
                    index: index.clone(),
                    by_value: *by_value,
                };
                (iter, syn::parse_quote!(#index), item)
            }
            Walk::Axis { array, axis } => {
                let index = self.fresh_ident("index");
                let array = match self.container(array, out) {
                    Container::Var(var) => Atom::Var(var),
                    Container::Const(expr) => Atom::Const(expr),
                };
                let len = match &array {
                    Atom::Var(var) => self.vars[var.0].ident.to_token_stream(),
                    other => match other {
                        Atom::Const(expr) => expr.to_token_stream(),
                        _ => TokenStream::new(),
                    },
                };
                let iter = syn::parse_quote!(0..(#len).len_of(#axis));
                let item = Item::Axis {
                    array,
                    axis: axis.clone(),
                    index: index.clone(),
                };
                (iter, syn::parse_quote!(#index), item)
            }
            Walk::Range(range) => {
                let value = self.fresh_ident("position");
                let range = self.resolve_tuples(range);
                (
                    syn::parse_quote!((#range)),
                    syn::parse_quote!(#value),
                    Item::Value(value),
                )
            }
            Walk::Zip(a, b) => {
                let (iter_a, pat_a, item_a) = self.walk_parts(a, out)?;
                let (iter_b, pat_b, item_b) = self.walk_parts(b, out)?;
                let iter = syn::parse_quote!((#iter_a).zip(#iter_b));
                (
                    iter,
                    syn::parse_quote!((#pat_a, #pat_b)),
                    Item::Pair(Box::new(item_a), Box::new(item_b)),
                )
            }
            Walk::Enumerate(inner) => {
                let (iter, pat, item) = self.walk_parts(inner, out)?;
                let counter = self.fresh_ident("counter");
                let iter = syn::parse_quote!((#iter).enumerate());
                let item = Item::Pair(Box::new(Item::Value(counter.clone())), Box::new(item));
                (iter, syn::parse_quote!((#counter, #pat)), item)
            }
            Walk::Positions(inner, call) => {
                let (iter, pat, item) = self.walk_parts(inner, out)?;
                let method = &call.method;
                let args = call.args.iter().map(|arg| self.resolve_tuples(arg));
                (syn::parse_quote!((#iter).#method(#(#args),*)), pat, item)
            }
            Walk::Map(inner, f) => {
                let (iter, pat, item) = self.walk_parts(inner, out)?;
                (iter, pat, Item::Map(Box::new(item), (*f).clone()))
            }
            Walk::Copied(inner) => {
                let (iter, pat, item) = self.walk_parts(inner, out)?;
                (iter, pat, Item::Copied(Box::new(item)))
            }
        };
        Some(parts)
    }

    /// The container a walk reads: a variable, a place borrowed into one, a constant, or any
    /// other expression evaluated once into a variable before the loop (`x.t().iter()`).
    fn container(&mut self, expr: &Expr, out: &mut Block) -> Container {
        if let Some(var) = self.var_of_path(expr) {
            return Container::Var(var);
        }
        if !matches!(expr, Expr::Path(_)) && self.place_of(expr).is_none() {
            return match self.lower_atom(expr, out, "container") {
                Atom::Var(var) => Container::Var(var),
                Atom::Const(expr) => Container::Const(expr),
                Atom::Ref(var) | Atom::Deref(var) => Container::Var(var),
            };
        }
        if let Some(Lowered::Value(place)) = self.lower_place(expr, true) {
            // `p.layers`: borrowed once, before the loop.
            let hint = place_hint(expr);
            let temp = self.new_temp(&hint);
            self.vars[temp.0].by_ref = true;
            self.assign(out, temp, place, Binding::Let { ty: None });
            return Container::Var(temp);
        }
        Container::Const(self.resolve_tuples(expr))
    }

    // ----- the items -----

    /// The item of the current position, read in `block`.
    fn item(&mut self, item: &Item, block: &mut Block, hint: &str) -> Operand {
        match item {
            Item::Element {
                container: Container::Var(var),
                index,
                by_value,
            } => {
                self.vars[var.0].indexed = true;
                let read = Value::Index {
                    base: *var,
                    index: syn::parse_quote!(#index),
                    flat: true,
                    borrowed: !by_value,
                };
                let hint = format!("{}_elem", self.vars[var.0].base);
                let temp = self.new_temp(&hint);
                self.vars[temp.0].by_ref = !by_value;
                self.assign(block, temp, read, Binding::Let { ty: None });
                Operand::Atom(Atom::Var(temp))
            }
            Item::Element {
                container: Container::Const(container),
                index,
                by_value,
            } => {
                let read = if *by_value {
                    quote!(::grad::__private::Elements::element(&#container, ::grad::__private::Flat(#index)))
                } else {
                    quote!(::grad::__private::Elements::element_ref(&#container, ::grad::__private::Flat(#index)))
                };
                Operand::Atom(Atom::Const(syn::parse_quote!(#read)))
            }
            Item::Axis { array, axis, index } => {
                let value = Value::Prim {
                    op: Op::Method {
                        name: syn::parse_quote!(index_axis),
                        turbofish: None,
                        float_type: None,
                        unwrap: None,
                    },
                    args: vec![
                        array.clone(),
                        Atom::Const(axis.clone()),
                        Atom::Const(syn::parse_quote!(#index)),
                    ],
                    span: proc_macro2::Span::call_site(),
                };
                Operand::Atom(self.bind_temp(value, block, hint))
            }
            Item::Value(ident) => Operand::Atom(Atom::Const(syn::parse_quote!(#ident))),
            Item::Pair(a, b) => {
                let a = self.item(a, block, hint);
                let b = self.item(b, block, hint);
                Operand::Tuple(vec![a, b])
            }
            Item::Map(inner, f) => {
                let item = self.item(inner, block, hint);
                self.apply(f, vec![item], block, hint)
            }
            Item::Copied(inner) => match self.item(inner, block, hint) {
                Operand::Atom(Atom::Var(var)) if self.vars[var.0].by_ref => {
                    Operand::Atom(Atom::Deref(var))
                }
                other => other,
            },
        }
    }

    /// The `filter`s and `map`s after the walk, then `consume` on the item: each `filter`
    /// guards what follows with an `if`.
    fn lower_then(
        &mut self,
        item: Operand,
        then: &[Then],
        block: &mut Block,
        hint: &str,
        consume: &mut dyn FnMut(&mut Self, Operand, &mut Block),
    ) {
        let Some((first, rest)) = then.split_first() else {
            return consume(self, item, block);
        };
        match first {
            Then::Map(f) => {
                let item = self.apply(f, vec![item], block, hint);
                self.lower_then(item, rest, block, hint, consume);
            }
            Then::Filter(p) => {
                // `filter` sees the item by reference.
                let seen = match &item {
                    Operand::Atom(Atom::Var(var)) => Operand::Atom(Atom::Ref(*var)),
                    other => other.clone(),
                };
                let keep = self.apply(p, vec![seen], block, hint);
                let cond = self.condition(keep, p);
                let (guarded, ()) = self.with_scope(|this| {
                    let mut guarded = Block::default();
                    this.lower_then(item, rest, &mut guarded, hint, consume);
                    (guarded, ())
                });
                let index = self.next_region();
                block.stmts.push(Stmt::If {
                    cond: Box::new(cond),
                    then_branch: guarded,
                    else_branch: Block::default(),
                    index,
                });
            }
        }
    }

    /// A `filter`'s result as a condition kept as written.
    fn condition(&mut self, keep: Operand, p: &Expr) -> Expr {
        match keep {
            Operand::Atom(Atom::Const(expr)) => expr,
            Operand::Atom(Atom::Var(var)) => {
                let ident = &self.vars[var.0].ident;
                syn::parse_quote!(#ident)
            }
            _ => {
                self.cx.error_spanned_by(p, "a `filter` must give a `bool`");
                syn::parse_quote!(false)
            }
        }
    }

    // ----- reductions -----

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
        let accumulator = match &ident {
            Some(ident) => self.new_var(ident, crate::ir::VarOrigin::User, true),
            None => {
                let temp = self.new_temp(hint);
                self.vars[temp.0].mutable = true;
                temp
            }
        };
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

/// Whether a chain has a `filter` at its outer end (so that a `map` after it is a `Then`).
fn has_filter(expr: &Expr) -> bool {
    match expr {
        Expr::MethodCall(call) if call.method == "filter" => true,
        Expr::MethodCall(call) if call.method == "map" => has_filter(&call.receiver),
        _ => false,
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

/// The name a borrowed place's variable is given: `p.layers` -> `layers`.
fn place_hint(expr: &Expr) -> String {
    match expr {
        Expr::Field(field) => match &field.member {
            syn::Member::Named(ident) => naming::stem(ident),
            syn::Member::Unnamed(index) => format!("field_{}", index.index),
        },
        Expr::Paren(paren) => place_hint(&paren.expr),
        _ => "place".to_owned(),
    }
}
