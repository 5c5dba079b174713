//! The loop's head of a chain's walk (`for (i, j) in (0..len(x)).zip(0..len(y))`) and the item
//! each position gives (`x[flat i]`, a row, a counter, through `map`s), then the `filter`s and
//! `map`s that follow the walk.

use proc_macro2::TokenStream;
use quote::{ToTokens, quote};
use syn::{Expr, Ident, Pat};

use super::super::{Lowered, Lowerer};
use super::parse::{Then, Walk};
use crate::ir::{Atom, Binding, Block, Literal, LoopKind, Op, Operand, Stmt, Value, VarId};
use crate::naming;

/// Where one position's item comes from, once the loop's head is built.
pub(super) enum Item {
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
    Window {
        container: Container,
        position: Ident,
        size: usize,
        step: usize,
        call: Expr,
    },
}

/// A container walked by position: a variable, or a constant (`WEIGHTS`) as written.
pub(super) enum Container {
    Var(VarId),
    Const(Expr),
}

impl Lowerer<'_> {
    // ----- the loop's head -----

    /// The loop's head (`for (i, j) in (0..n).zip(0..m)`) and where each position's item comes
    /// from. Containers that are places are borrowed into variables first, in `out`.
    pub(super) fn walk_head(&mut self, walk: &Walk, out: &mut Block) -> Option<(LoopKind, Item)> {
        let (iter, pat, item) = self.walk_parts(walk, out)?;
        let kind = LoopKind::For {
            pat: Box::new(pat),
            iter: Box::new(iter),
        };
        Some((kind, item))
    }

    /// The loop's iterator, the pattern it binds each position to, and the item there.
    fn walk_parts(&mut self, walk: &Walk, out: &mut Block) -> Option<(Expr, Pat, Item)> {
        let parts = match walk {
            Walk::Elements {
                container,
                by_value,
            } => self.element_parts(container, *by_value, out),
            Walk::SliceElements {
                container,
                range,
                by_value,
            } => self.sub_slice_parts(container, range, *by_value, out),
            Walk::Axis { array, axis } => self.axis_parts(array, axis, out),
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
            Walk::Windows {
                container,
                size,
                step,
                call,
            } => self.window_parts(container, *size, *step, call, out),
        };
        Some(parts)
    }

    /// `0..element_count(&x)`, reading `x[flat index]` by reference or by value.
    fn element_parts(
        &mut self,
        container: &Expr,
        by_value: bool,
        out: &mut Block,
    ) -> (Expr, Pat, Item) {
        self.positions_of_elements(
            container,
            by_value,
            out,
            |_, count| syn::parse_quote!(0..#count),
        )
    }

    /// `slice_positions(a, b, element_count(&x))` for `&x[a..b]` (`a` 0 and `b` the length
    /// where the range leaves them out, `b + 1` for `a..=b`), reading `x[flat index]`: the
    /// positions of the sub-slice in `x`, checked as slicing `x` would check them.
    fn sub_slice_parts(
        &mut self,
        container: &Expr,
        range: &syn::ExprRange,
        by_value: bool,
        out: &mut Block,
    ) -> (Expr, Pat, Item) {
        self.positions_of_elements(container, by_value, out, |this, count| {
            let start = match &range.start {
                Some(start) => this.resolve_tuples(start).to_token_stream(),
                None => quote!(0),
            };
            let end = match (&range.end, &range.limits) {
                (Some(end), syn::RangeLimits::HalfOpen(_)) => {
                    this.resolve_tuples(end).to_token_stream()
                }
                (Some(end), syn::RangeLimits::Closed(_)) => {
                    let end = this.resolve_tuples(end);
                    quote!((#end) + 1)
                }
                (None, _) => count.clone(),
            };
            syn::parse_quote!(::grad::__private::slice_positions(#start, #end, #count))
        })
    }

    /// A walk over positions of a container's elements, `positions(element_count(&x))`, each
    /// read as `x[flat index]` by reference or by value.
    fn positions_of_elements(
        &mut self,
        container: &Expr,
        by_value: bool,
        out: &mut Block,
        positions: impl FnOnce(&Self, &TokenStream) -> Expr,
    ) -> (Expr, Pat, Item) {
        let index = self.fresh_ident("index");
        let container = self.container(container, out);
        let len = self.container_tokens(&container);
        let count = quote!(::grad::__private::Elements::element_count(&#len));
        let iter = positions(self, &count);
        let item = Item::Element {
            container,
            index: index.clone(),
            by_value,
        };
        (iter, syn::parse_quote!(#index), item)
    }

    /// `0..count` windows (`windows(k)`: `len + 1 - k` of them, none when `len < k`) or
    /// chunks (`chunks_exact(k)`: `len / k`), each read as a Rust array of `k` elements.
    fn window_parts(
        &mut self,
        container: &Expr,
        size: usize,
        step: usize,
        call: &syn::ExprMethodCall,
        out: &mut Block,
    ) -> (Expr, Pat, Item) {
        let position = self.fresh_ident("window");
        let container = self.container(container, out);
        let len = self.container_tokens(&container);
        let len = quote!(::grad::__private::Elements::element_count(&#len));
        let iter = if step == 1 {
            syn::parse_quote!(0..(#len + 1).saturating_sub(#size))
        } else {
            syn::parse_quote!(0..#len / #size)
        };
        let item = Item::Window {
            container,
            position: position.clone(),
            size,
            step,
            call: Expr::MethodCall(call.clone()),
        };
        (iter, syn::parse_quote!(#position), item)
    }

    /// `0..x.len_of(axis)`, reading `x.index_axis(axis, index)`.
    fn axis_parts(&mut self, array: &Expr, axis: &Expr, out: &mut Block) -> (Expr, Pat, Item) {
        let index = self.fresh_ident("index");
        let container = self.container(array, out);
        let len = self.container_tokens(&container);
        let array = match container {
            Container::Var(var) => Atom::Var(var),
            Container::Const(expr) => Atom::Const(expr),
        };
        let iter = syn::parse_quote!(0..(#len).len_of(#axis));
        let item = Item::Axis {
            array,
            axis: axis.clone(),
            index: index.clone(),
        };
        (iter, syn::parse_quote!(#index), item)
    }

    /// A container as the loop's head names it: its variable, or the constant as written.
    fn container_tokens(&self, container: &Container) -> TokenStream {
        match container {
            Container::Var(var) => self.vars[var.0].ident.to_token_stream(),
            Container::Const(expr) => expr.to_token_stream(),
        }
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
    pub(super) fn item(&mut self, item: &Item, block: &mut Block, hint: &str) -> Operand {
        match item {
            Item::Element {
                container: Container::Var(var),
                index,
                by_value,
            } => self.element_item(*var, index, *by_value, block),
            Item::Element {
                container: Container::Const(container),
                index,
                by_value,
            } => const_element(container, index, *by_value),
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
            Item::Window {
                container,
                position,
                size,
                step,
                call,
            } => self.window_item(container, position, *size, *step, call, block),
            Item::Copied(inner) => match self.item(inner, block, hint) {
                Operand::Atom(Atom::Var(var)) if self.vars[var.0].by_ref => {
                    Operand::Atom(Atom::Deref(var))
                }
                other => other,
            },
        }
    }

    /// `[x[p·step], .., x[p·step + k - 1]]`: a window or chunk as a Rust array of its elements,
    /// each an indexed read whose cotangent goes to that element of `x`'s adjoint.
    fn window_item(
        &mut self,
        container: &Container,
        position: &Ident,
        size: usize,
        step: usize,
        call: &Expr,
        block: &mut Block,
    ) -> Operand {
        let indices: Vec<Expr> = (0..size)
            .map(|offset| syn::parse_quote!(#position * #step + #offset))
            .collect();
        let var = match container {
            Container::Var(var) => *var,
            Container::Const(container) => {
                let window = quote!([#(#container[#indices]),*]);
                return Operand::Atom(Atom::Const(syn::parse_quote!(#window)));
            }
        };
        self.vars[var.0].indexed = true;
        let elements = indices
            .into_iter()
            .map(|index| {
                let read = Value::Index {
                    base: var,
                    index,
                    flat: true,
                    borrowed: false,
                };
                self.bind_temp(read, block, "window")
            })
            .collect();
        let window = Value::Prim {
            op: Op::Literal(Literal::Array),
            args: elements,
            span: syn::spanned::Spanned::span(call),
        };
        Operand::Atom(self.bind_temp(window, block, "window"))
    }

    /// `x[flat index]` of a container variable, by reference or by value, into a new variable.
    fn element_item(
        &mut self,
        var: VarId,
        index: &Ident,
        by_value: bool,
        block: &mut Block,
    ) -> Operand {
        self.vars[var.0].indexed = true;
        let read = Value::Index {
            base: var,
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

    /// The `filter`s and `map`s after the walk, then `consume` on the item: each `filter`
    /// guards what follows with an `if`.
    pub(super) fn lower_then(
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

/// `x[flat index]` of a constant container, read as written.
fn const_element(container: &Expr, index: &Ident, by_value: bool) -> Operand {
    let read = if by_value {
        quote!(::grad::__private::Elements::element(&#container, ::grad::__private::Flat(#index)))
    } else {
        quote!(::grad::__private::Elements::element_ref(&#container, ::grad::__private::Flat(#index)))
    };
    Operand::Atom(Atom::Const(syn::parse_quote!(#read)))
}
