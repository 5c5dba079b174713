//! Reading an iterator chain: the walk over positions (`x.iter()`, `0..n`, `x.rows()`, combined
//! by `zip`, `enumerate`, ...), then the `filter`s and `map`s after it. Nothing is lowered here.

use syn::Expr;

use super::super::Lowerer;
use crate::ir::{Atom, Operand};
use crate::naming;

/// What each position of a walk gives, before the chain's `map`s and `filter`s.
pub(super) enum Walk<'e> {
    /// The elements of a container, by reference (or by value after `.copied()`).
    Elements {
        container: &'e Expr,
        by_value: bool,
    },
    /// The elements of a sub-slice `&x[a..b]` (`x[a..b].iter()`) of a slice or `Vec`: the
    /// positions `a..b` of `x` itself.
    SliceElements {
        container: &'e Expr,
        range: &'e syn::ExprRange,
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
    /// `x.windows(k)` (`step` 1) or `x.chunks_exact(k)` (`step` k) of a slice, for a literal
    /// `k`: each item the Rust array `[x[p·step], .., x[p·step + k - 1]]`.
    Windows {
        container: &'e Expr,
        size: usize,
        step: usize,
        call: &'e syn::ExprMethodCall,
    },
}

/// After the walk, in order: a `filter` guards the rest, a `map` changes the item.
pub(super) enum Then<'e> {
    Filter(&'e Expr),
    Map(&'e Expr),
}

/// A chain: its walk and what follows.
pub(super) struct Chain<'e> {
    pub(super) walk: Walk<'e>,
    pub(super) then: Vec<Then<'e>>,
}

impl Lowerer<'_> {
    // ----- reading a chain -----

    /// The chain `expr` is; a `loop_head` may also be a parameter `x: &[f64]` named alone (`for
    /// v in x`), where a reduction's receiver may not (`x.sum()` is the array's own method).
    pub(super) fn parse_chain<'e>(&self, expr: &'e Expr, loop_head: bool) -> Option<Chain<'e>> {
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
            Expr::Reference(reference) if reference.mutability.is_none() => {
                if let Some(walk) = self.parse_sub_slice(&reference.expr) {
                    return Some(walk);
                }
                self.is_container(&reference.expr)
                    .then_some(Walk::Elements {
                        container: &reference.expr,
                        by_value: false,
                    })
            }
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
            ("iter", []) if let Some(walk) = self.parse_sub_slice(receiver) => walk,
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
                Walk::SliceElements {
                    container, range, ..
                } => Walk::SliceElements {
                    container,
                    range,
                    by_value: true,
                },
                walk => Walk::Copied(Box::new(walk)),
            },
            ("zip", [other]) => Walk::Zip(inner(self)?, Box::new(self.parse_walk(other, false)?)),
            ("enumerate", []) => Walk::Enumerate(inner(self)?),
            ("rev" | "skip" | "take" | "step_by", _) => Walk::Positions(inner(self)?, call),
            ("map", [f]) => Walk::Map(inner(self)?, f),
            ("windows" | "chunks_exact", [size]) => {
                let size = literal_size(size)?;
                let step = if call.method == "windows" { 1 } else { size };
                Walk::Windows {
                    container: receiver,
                    size,
                    step,
                    call,
                }
            }
            _ => return None,
        };
        Some(walk)
    }

    /// `x[a..b]` (any range, `x[..]` too) of a container the loop can walk by position.
    fn parse_sub_slice<'e>(&self, expr: &'e Expr) -> Option<Walk<'e>> {
        let Expr::Index(index) = expr else {
            return None;
        };
        let Expr::Range(range) = &*index.index else {
            return None;
        };
        self.is_container(&index.expr)
            .then_some(Walk::SliceElements {
                container: &index.expr,
                range,
                by_value: false,
            })
    }

    /// A container the loop can walk by position: a variable, a place of one (`p.layers`), or
    /// a constant path (`WEIGHTS`).
    pub(super) fn is_container(&self, expr: &Expr) -> bool {
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
}

/// `k` of `windows(k)`: a positive integer literal.
fn literal_size(expr: &Expr) -> Option<usize> {
    match expr {
        Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Int(int),
            ..
        }) => int.base10_parse().ok().filter(|size| *size > 0),
        _ => None,
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
