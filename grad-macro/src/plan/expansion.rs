//! Values an inner loop's reverse computes again for every iteration of the loop around it,
//! kept in a buffer instead (array expansion).
//!
//! In a triangular loop nest over unchanged slices,
//!
//! ```text
//! for r in 0..d {
//!     for col in 0..r {
//!         qx += l[c * t + d + tri(d, r, col)] * (x[i * d + col] - mu[c * d + col]);
//!     }
//! }
//! ```
//!
//! the reverse sweep computes `x[i * d + col] - mu[c * d + col]` again for every `(r, col)`
//! (`recompute.rs`), though it does not depend on `r`: `d²/2` times two reads and a
//! subtraction, where the hand-written adjoint keeps the `d` differences in a buffer and reads
//! one number. So does the reverse sweep here: before it runs the outer loop `r`, it fills a
//! buffer with the value for every `col` that any `r` reaches,
//!
//! ```text
//! if 0 < d && 0 < d - 1 {
//!     // (grown to d - 1 elements if it is shorter)
//!     for (slot, col) in qx_t6_buffer[..d - 1].iter_mut().zip(0..d - 1) {
//!         let qx_t4 = x[i * d + col]; ..; *slot = qx_t6;
//!     }
//! }
//! ```
//!
//! and the inner loop's reverse reads `qx_t6_kept[col]` (`qx_t6_kept = &qx_t6_buffer[..r]`,
//! taken before it) where it computed `qx_t6`: the same rule on the same numbers, the same
//! bits. The rule is still called for its pullback, whose
//! operands, no longer used, LLVM drops with their reads.
//!
//! Only where every value the buffer holds is one the forward sweep computed, so that filling
//! it cannot panic where the loops did not: the outer loop runs its range whole (its reverse
//! runs it again, `records.rs`), the inner loop is a statement of its body that runs its range
//! whole, the value is computed at the top of the inner loop's body (in every iteration), and
//! the inner range's start does not depend on the outer counter and its end is the outer
//! counter or does not depend on it either: the columns the buffer covers, `start..end` or
//! `start..outer_end - 1`, are those some outer iteration reached. The value is `+`, `-`, `*`
//! or negation of reads of slice parameters and constants, its indices reading neither the
//! outer counter nor a name the outer loop's body changes; and it has at least two reads, so
//! that one read of the buffer replaces more than one read.

use std::collections::{HashMap, HashSet};

use syn::{Expr, Ident};

use crate::ir::{Atom, Block, Function, Loop, Op, Stmt, Value, VarId};
use crate::naming::Name;

use super::recompute::Again;
use super::records::{Records, Region, arithmetic_operands, names_changed_in, range_bounds};

/// A value of an inner loop kept in a buffer for every column.
#[derive(Clone, Debug)]
pub struct Expansion {
    /// The value (`qx_t6`).
    pub var: VarId,
    /// Its buffer (`qx_t6_buffer`).
    pub buffer: Name,
    /// The part of it one run of the inner loop reads (`qx_t6_kept`): taken before that run,
    /// `buffer[..inner_end - start]`, whose length LLVM knows bounds the column's position.
    pub window: Name,
    /// The end of the inner loop's range.
    pub inner_end: Expr,
    /// The inner loop's counter and the start of its range: the value of column `col` is
    /// `buffer[col - start]`.
    pub counter: Ident,
    pub start: Expr,
    /// The end of the columns the buffer covers.
    pub end: Expr,
    /// The outer loop's range, `(start, end)`: the buffer is filled only when it is not
    /// empty (an outer loop that never ran reached no column).
    pub outer: (Expr, Expr),
    /// The assignments that compute the value from the column, in order, as the body has them.
    pub stmts: Vec<Stmt>,
}

/// The expansions of every loop nest, by loop.
#[derive(Debug, Default)]
pub struct Expansions {
    /// Filled before the reverse sweep runs the outer loop (by its index).
    pub before: HashMap<usize, Vec<Expansion>>,
    /// Read by the reverse sweep of the inner loop (by its index).
    pub read_in: HashMap<usize, Vec<Expansion>>,
}

impl Expansions {
    pub(super) fn of(function: &Function, records: &Records) -> Self {
        let mut expansions = Self::default();
        for stmt in function.body.all_stmts() {
            if let Stmt::Loop(outer) = stmt {
                expansions.outer_loop(function, records, outer);
            }
        }
        expansions
    }

    /// Every buffer's name, for the allocation of names.
    pub(super) fn names(&self) -> impl Iterator<Item = Name> + '_ {
        let mut names: Vec<Name> = self
            .before
            .values()
            .flatten()
            .flat_map(|expansion| [expansion.buffer, expansion.window])
            .collect();
        names.sort_by_key(|name| format!("{name:?}"));
        names.into_iter()
    }

    /// The expansion of `var` read by the reverse of loop `inner`, if it has one.
    pub fn of_value(&self, inner: usize, var: VarId) -> Option<&Expansion> {
        self.read_in
            .get(&inner)?
            .iter()
            .find(|expansion| expansion.var == var)
    }

    fn outer_loop(&mut self, function: &Function, records: &Records, outer: &Loop) {
        let Some((outer_counter, outer_range)) = replayed(records, outer.index) else {
            return;
        };
        let Some((outer_start, outer_end)) = range_bounds(outer_range) else {
            return;
        };
        let changed = names_changed_in(function, &outer.body);
        for stmt in &outer.body.stmts {
            let Stmt::Loop(inner) = stmt else { continue };
            let Some(recomputed) = records.recomputed(Region::Loop(inner.index)) else {
                continue;
            };
            // Names the inner record keeps are not there before the outer loop.
            if !recomputed.operands.is_empty() || !recomputed.indices.is_empty() {
                continue;
            }
            let Some((counter, range)) = &recomputed.replayed else {
                continue;
            };
            let Some((start, end)) = range_bounds(range) else {
                continue;
            };
            // Neither the outer counter nor a name the outer loop's body changes.
            let unchanged =
                |name: &Ident| *name != *outer_counter && !changed.contains(&name.to_string());
            let invariant = |expr: &Expr| {
                arithmetic_operands(expr, &function.pure_calls)
                    .is_some_and(|names| names.iter().all(unchanged))
            };
            if !invariant(start) {
                continue;
            }
            let covered = if is_name(end, outer_counter) {
                syn::parse_quote!((#outer_end) - 1)
            } else if invariant(end) {
                end.clone()
            } else {
                continue;
            };
            let values: Vec<&Stmt> = recomputed
                .values
                .iter()
                .filter_map(|again| match again {
                    Again::Assign(stmt) => Some(stmt),
                    Again::Read { .. } => None,
                })
                .collect();
            // The reads' indices: the column, and names unchanged as the range's are.
            let found = expandable(function, &inner.body, &values, |index| {
                arithmetic_operands(index, &function.pure_calls).is_some_and(|names| {
                    names
                        .iter()
                        .all(|name| *name == *counter || unchanged(name))
                })
            });
            for (var, stmts) in found {
                let expansion = Expansion {
                    var,
                    buffer: Name::Expanded(var),
                    window: Name::ExpandedWindow(var),
                    inner_end: end.clone(),
                    counter: counter.clone(),
                    start: start.clone(),
                    end: covered.clone(),
                    outer: (outer_start.clone(), outer_end.clone()),
                    stmts,
                };
                self.before
                    .entry(outer.index)
                    .or_default()
                    .push(expansion.clone());
                self.read_in.entry(inner.index).or_default().push(expansion);
            }
        }
    }
}

/// The counter and range of a loop whose reverse runs its range again.
fn replayed(records: &Records, index: usize) -> Option<(&Ident, &Expr)> {
    let (counter, range) = records.recomputed(Region::Loop(index))?.replayed.as_ref()?;
    Some((counter, range))
}

fn is_name(expr: &Expr, name: &Ident) -> bool {
    matches!(expr, Expr::Path(path) if path.path.is_ident(name))
}

/// The values among `values` (assignments the inner loop's reverse computes again) worth a
/// buffer: arithmetic on reads of slice parameters at indices `index_ok` accepts, read by
/// something that is not such a value itself, with at least two reads under them; each with
/// the assignments that compute it, in order.
fn expandable(
    function: &Function,
    body: &Block,
    values: &[&Stmt],
    index_ok: impl Fn(&Expr) -> bool,
) -> Vec<(VarId, Vec<Stmt>)> {
    // Each value computable from the column alone, with the variables it is computed from.
    let mut columnar: HashMap<VarId, (Vec<VarId>, usize)> = HashMap::new();
    let mut order: Vec<VarId> = Vec::new();
    for stmt in values {
        let Stmt::Assign { var, value, .. } = stmt else {
            continue;
        };
        let entry = match value {
            Value::Index {
                base,
                index,
                flat: false,
                borrowed: false,
            } if function.slices.contains(base) && index_ok(index) => Some((Vec::new(), 1)),
            Value::Prim {
                op: Op::Add | Op::Sub | Op::Mul | Op::Neg,
                args,
                ..
            } => {
                let mut from = Vec::new();
                let mut reads = 0;
                let all = args.iter().all(|arg| match arg {
                    Atom::Const(_) => true,
                    Atom::Var(source) => columnar.get(source).is_some_and(|(sources, n)| {
                        from.extend(sources.iter().copied());
                        from.push(*source);
                        reads += n;
                        true
                    }),
                    Atom::Ref(_) | Atom::Deref(_) => false,
                });
                all.then_some((from, reads))
            }
            _ => None,
        };
        if let Some(entry) = entry {
            columnar.insert(*var, entry);
            order.push(*var);
        }
    }
    // Read by an assignment of the body that is not columnar itself (or by anything else).
    let used_outside: HashSet<VarId> = body
        .all_stmts()
        .iter()
        .filter(|stmt| !matches!(stmt, Stmt::Assign { var, .. } if columnar.contains_key(var)))
        .flat_map(|stmt| stmt.reads())
        .collect();
    let by_var: HashMap<VarId, &Stmt> = values
        .iter()
        .filter_map(|stmt| match stmt {
            Stmt::Assign { var, .. } => Some((*var, *stmt)),
            _ => None,
        })
        .collect();
    order
        .iter()
        .filter(|var| {
            let (_, reads) = &columnar[var];
            *reads >= 2 && used_outside.contains(var)
        })
        .map(|var| {
            let (from, _) = &columnar[var];
            let stmts = order
                .iter()
                .filter(|other| from.contains(other) || *other == var)
                .map(|other| by_var[other].clone())
                .collect();
            (*var, stmts)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use proc_macro2::TokenStream;
    use quote::quote;

    use crate::plan::describe_vjp;

    /// The plan of a loss over points `i` (preaccumulated) with a nest `r`, `col` whose inner
    /// body is `body` and range `range`.
    fn plan(range: TokenStream, body: TokenStream) -> String {
        describe_vjp(
            quote!(),
            quote!(
                fn f(l: &[f64], mu: &[f64], x: &[f64], d: usize) -> f64 {
                    let n = x.len() / d;
                    let mut total = 0.0;
                    for i in 0..n {
                        let mut norm = 0.0;
                        for r in 0..d {
                            let mut z = 0.0;
                            for col in #range {
                                #body
                            }
                            norm += z * z;
                        }
                        total += norm;
                    }
                    total
                }
            ),
        )
    }

    #[test]
    fn a_difference_that_does_not_depend_on_the_outer_counter_is_kept_once() {
        let kept = plan(
            quote!(0..r),
            quote!(z += l[r * d + col] * (x[i * d + col] - mu[col]);),
        );
        assert!(
            kept.contains("its reverse keeps") && kept.contains("for col in 0..(d) - 1"),
            "{kept}"
        );
        // A rectangular inner range: the columns of any row.
        let rectangular = plan(
            quote!(1..d),
            quote!(z += l[r * d + col] * (x[i * d + col] * mu[col] + x[i * d + col - 1]);),
        );
        assert!(rectangular.contains("for col in 1..d in"), "{rectangular}");
    }

    #[test]
    fn values_that_depend_on_the_row_or_read_once_are_not_kept() {
        for (range, body) in [
            // The value reads the outer counter.
            (
                quote!(0..r),
                quote!(z += l[col] * (x[i * d + col] - mu[r]);),
            ),
            // One read: nothing saved by a buffer.
            (quote!(0..r), quote!(z += l[r * d + col] * x[i * d + col];)),
            // The inner range starts at the outer counter.
            (
                quote!(r..d),
                quote!(z += l[r * d + col] * (x[i * d + col] - mu[col]);),
            ),
            // The inner range's end is another function of the outer counter.
            (
                quote!(0..r + 1),
                quote!(z += l[r * d + col] * (x[i * d + col] - mu[col]);),
            ),
        ] {
            let described = plan(range.clone(), body.clone());
            assert!(
                !described.contains("its reverse keeps"),
                "{range} {body}: {described}"
            );
        }
    }
}
