//! Windows: a loop `for col in a..b` that reads a shared slice at `x[inv + col]` (or
//! `x[col + inv]`, or `x[col]`), where `inv` is integer arithmetic on names the loop never
//! changes, reads it through a slice of it taken once before the loop instead,
//!
//! ```text
//! let x_window = if a < b { &x[inv + a..inv + b] } else { &x[..0] };
//! for col in a..b { .. x_window[col - a] .. }
//! ```
//!
//! whose length is `b - a`: LLVM sees that `col - a` is below it and drops the bounds check of
//! every iteration's read, where `x[inv + col]` was checked each time. An empty range takes an
//! empty window (`&x[..0]` never panics), as the loop reads nothing.
//!
//! The window is only taken where it cannot panic unless the loop would have read out of
//! bounds anyway:
//!
//! - in the reverse sweep's run of a loop over its range backwards (`records.rs`, `replay`), for
//!   the reads it computes again (`recompute.rs`): the forward sweep ran that range whole and
//!   read every one of those indices already, with the same `inv`;
//! - in the forward sweep, for a loop with no `break`, `continue` or `return` whose body is
//!   straight-line arithmetic, reads and calls of functions declared pure: every iteration
//!   runs every read, so the loop reads every index of the window unless an iteration panics
//!   first; if one of them is out of bounds, the window panics before the loop, where the loop
//!   would have panicked in it (with another message, or at an earlier statement's panic).
//!
//! The slice is a parameter `&[T]`, `&[T; N]` or `&Vec<T>` (whose `&x[a..b]` is a `&[T]`) that
//! the loop's body never binds again; the window's bounds read only names the body never
//! changes and its own range's bounds, evaluated where the loop evaluates them.

use std::collections::{HashMap, HashSet};

use quote::ToTokens;
use syn::{BinOp, Expr, Ident};

use crate::ir::{Block, Function, Loop, LoopKind, Op, Stmt, Value, VarId};
use crate::naming::Name;

use super::recompute::Again;
use super::records::{Records, Region, arithmetic_operands, names_changed_in, range_bounds};
use super::schedule::Schedule;

/// A slice of a parameter a loop reads through.
#[derive(Clone, Debug)]
pub struct Window {
    /// Its name (`x_window`).
    pub name: Name,
    /// The parameter it is a slice of.
    pub base: VarId,
    /// The part of the index the loop does not change (`i * d` in `x[i * d + col]`), if any.
    pub offset: Option<Expr>,
    /// The loop's counter and the bounds of its range.
    pub counter: Ident,
    pub start: Expr,
    pub end: Expr,
    /// The reads through it: the assignments (variable, index among its assignments).
    pub reads: Vec<(VarId, usize)>,
    /// In the reverse sweep, the name of the same window of the slice's adjoint
    /// (`x_adj_window`, see [`only_read_through`]) that the cotangents of the reads are added
    /// into, if they are.
    pub adjoint: Option<Name>,
}

impl Window {
    /// Whether the range starts at the literal `0` (the position in the window is the counter
    /// itself).
    pub fn starts_at_zero(&self) -> bool {
        matches!(&self.start, Expr::Lit(lit) if lit.to_token_stream().to_string() == "0")
    }
}

/// The windows of every loop, by loop index, in each sweep.
#[derive(Debug, Default)]
pub struct Windows {
    /// Taken before the loop in the forward sweep.
    pub forward: HashMap<usize, Vec<Window>>,
    /// Taken before the reverse sweep's run of the loop over its range backwards.
    pub reverse: HashMap<usize, Vec<Window>>,
}

impl Windows {
    pub(super) fn of(function: &Function, schedule: &Schedule, records: &Records) -> Self {
        let mut windows = Self::default();
        windows.block(function, schedule, records, &function.body, &mut Vec::new());
        windows
    }

    /// The windows of the loops in `block`, inside the preaccumulated loops `preaccumulated`.
    fn block(
        &mut self,
        function: &Function,
        schedule: &Schedule,
        records: &Records,
        block: &Block,
        preaccumulated: &mut Vec<usize>,
    ) {
        for stmt in &block.stmts {
            if let Stmt::Loop(lp) = stmt {
                self.of_loop(function, schedule, records, lp, preaccumulated);
                let inside = schedule.preaccumulated.contains_key(&lp.index);
                if inside {
                    preaccumulated.push(lp.index);
                }
                self.block(function, schedule, records, &lp.body, preaccumulated);
                if inside {
                    preaccumulated.pop();
                }
            } else {
                for region in stmt.regions() {
                    self.block(function, schedule, records, region, preaccumulated);
                }
            }
        }
    }

    /// The windows of loop `lp`, inside the preaccumulated loops `preaccumulated`.
    fn of_loop(
        &mut self,
        function: &Function,
        schedule: &Schedule,
        records: &Records,
        lp: &Loop,
        preaccumulated: &[usize],
    ) {
        let Some(head) = RangeLoop::of(function, lp) else {
            return;
        };
        let reads = head.windowed_reads(function, lp);
        if reads.is_empty() {
            return;
        }
        if is_straight_line(function, lp) {
            let forward = head.windows(lp.index, &reads, |_| true);
            if !forward.is_empty() {
                self.forward.insert(lp.index, forward);
            }
        }
        if let Some(reverse) = Self::reverse_windows(
            function,
            schedule,
            records,
            lp,
            &head,
            &reads,
            preaccumulated,
        ) {
            self.reverse.insert(lp.index, reverse);
        }
    }

    /// The windows of the reverse sweep's run of loop `lp` over its range backwards (if it runs
    /// so), for the reads it computes again, with the adjoint's window where the loop reads a
    /// differentiated slice only through its one window.
    fn reverse_windows(
        function: &Function,
        schedule: &Schedule,
        records: &Records,
        lp: &Loop,
        head: &RangeLoop,
        reads: &[Read],
        preaccumulated: &[usize],
    ) -> Option<Vec<Window>> {
        let recomputed = records.recomputed(Region::Loop(lp.index))?;
        if recomputed.replayed.is_none() || schedule.preaccumulated.contains_key(&lp.index) {
            return None;
        }
        // The names the reverse binds from each iteration's record are bound inside the loop,
        // not before it: a window's offset may not read them.
        let kept: HashSet<String> = recomputed
            .operands
            .iter()
            .map(ToString::to_string)
            .collect();
        let again: HashSet<(VarId, usize)> = recomputed
            .values
            .iter()
            .filter_map(|again| match again {
                Again::Assign(Stmt::Assign { var, index, .. }) => Some((*var, *index)),
                _ => None,
            })
            .collect();
        let mut reverse = head.windows(lp.index, reads, |read| {
            again.contains(&(read.var, read.index))
                && read.offset_names.iter().all(|name| !kept.contains(name))
        });
        let summed: HashSet<VarId> = preaccumulated
            .iter()
            .filter_map(|index| schedule.preaccumulated.get(index))
            .flat_map(|plan| plan.inputs.iter().copied())
            .collect();
        let alone: Vec<bool> = reverse
            .iter()
            .map(|window| {
                reverse
                    .iter()
                    .filter(|other| other.base == window.base)
                    .count()
                    == 1
            })
            .collect();
        for (window, alone) in reverse.iter_mut().zip(alone) {
            if alone
                && function.var(window.base).active
                && summed.contains(&window.base)
                && only_read_through(&lp.body, window)
            {
                window.adjoint = Some(Name::AdjointWindow(lp.index, window.base));
            }
        }
        (!reverse.is_empty()).then_some(reverse)
    }

    /// Every window's name, for the allocation of names.
    pub(super) fn names(&self) -> impl Iterator<Item = Name> + '_ {
        let mut names: Vec<Name> = self
            .forward
            .values()
            .chain(self.reverse.values())
            .flatten()
            .flat_map(|window| [Some(window.name), window.adjoint].into_iter().flatten())
            .collect();
        names.sort_by_key(|name| format!("{name:?}"));
        names.dedup();
        names.into_iter()
    }
}

/// A loop `for counter in start..end` whose body does not change its counter.
struct RangeLoop {
    counter: Ident,
    start: Expr,
    end: Expr,
    /// The names its body may change.
    changed: HashSet<String>,
}

/// A read `var = base[offset + counter]` of a loop's body that a window could serve.
struct Read {
    var: VarId,
    index: usize,
    base: VarId,
    offset: Option<Expr>,
    /// The names the offset reads.
    offset_names: Vec<String>,
}

impl RangeLoop {
    fn of(function: &Function, lp: &Loop) -> Option<Self> {
        let LoopKind::For { pat, iter } = &lp.kind else {
            return None;
        };
        let syn::Pat::Ident(pat) = &**pat else {
            return None;
        };
        let (start, end) = range_bounds(iter)?;
        let changed = names_changed_in(function, &lp.body);
        let pure = &function.pure_calls;
        (pat.subpat.is_none()
            && pat.by_ref.is_none()
            && !changed.contains(&pat.ident.to_string())
            && arithmetic_operands(start, pure).is_some()
            && arithmetic_operands(end, pure).is_some())
        .then(|| Self {
            counter: pat.ident.clone(),
            start: start.clone(),
            end: end.clone(),
            changed,
        })
    }

    /// The reads at the top of the loop's body of a slice parameter at `offset + counter`,
    /// `counter + offset` or `counter`.
    fn windowed_reads(&self, function: &Function, lp: &Loop) -> Vec<Read> {
        lp.body
            .stmts
            .iter()
            .filter_map(|stmt| {
                let Stmt::Assign {
                    var,
                    value:
                        Value::Index {
                            base,
                            index: at,
                            flat: false,
                            ..
                        },
                    index,
                    ..
                } = stmt
                else {
                    return None;
                };
                let slice = function.var(*base);
                if !function.slices.contains(base)
                    || self.changed.contains(&slice.ident.to_string())
                {
                    return None;
                }
                let offset = self.offset_of(at)?;
                let offset_names = match &offset {
                    Some(offset) => {
                        let names: Vec<String> = arithmetic_operands(offset, &function.pure_calls)?
                            .iter()
                            .map(ToString::to_string)
                            .collect();
                        if names
                            .iter()
                            .any(|name| self.changed.contains(name) || self.counter == name)
                        {
                            return None;
                        }
                        names
                    }
                    None => Vec::new(),
                };
                Some(Read {
                    var: *var,
                    index: *index,
                    base: *base,
                    offset,
                    offset_names,
                })
            })
            .collect()
    }

    /// `Some(None)` for `counter`, `Some(Some(inv))` for `inv + counter` or `counter + inv`,
    /// `None` for any other index.
    fn offset_of(&self, at: &Expr) -> Option<Option<Expr>> {
        let is_counter = |expr: &Expr| match strip(expr) {
            Expr::Path(path) => path.qself.is_none() && path.path.is_ident(&self.counter),
            _ => false,
        };
        let at = strip(at);
        if is_counter(at) {
            return Some(None);
        }
        let Expr::Binary(binary) = at else {
            return None;
        };
        if !matches!(binary.op, BinOp::Add(_)) {
            return None;
        }
        if is_counter(&binary.right) {
            Some(Some((*binary.left).clone()))
        } else if is_counter(&binary.left) {
            Some(Some((*binary.right).clone()))
        } else {
            None
        }
    }

    /// The windows serving the reads `keep` accepts: one for each slice and offset.
    fn windows(
        &self,
        loop_index: usize,
        reads: &[Read],
        keep: impl Fn(&Read) -> bool,
    ) -> Vec<Window> {
        let mut windows: Vec<Window> = Vec::new();
        for read in reads.iter().filter(|read| keep(read)) {
            let offset_text = read
                .offset
                .as_ref()
                .map(|offset| offset.to_token_stream().to_string());
            let same = windows.iter_mut().find(|window| {
                window.base == read.base
                    && window
                        .offset
                        .as_ref()
                        .map(|offset| offset.to_token_stream().to_string())
                        == offset_text
            });
            if let Some(window) = same {
                window.reads.push((read.var, read.index));
                continue;
            }
            let k = windows
                .iter()
                .filter(|window| window.base == read.base)
                .count();
            windows.push(Window {
                name: Name::Window(loop_index, read.base, k),
                base: read.base,
                offset: read.offset.clone(),
                counter: self.counter.clone(),
                start: self.start.clone(),
                end: self.end.clone(),
                reads: vec![(read.var, read.index)],
                adjoint: None,
            });
        }
        windows
    }
}

/// Whether the loop's body reads the window's slice only through the window (nowhere else, in
/// no nested region): the reverse sweep of the loop then adds into the slice's adjoint only
/// the cotangents of those reads, and may hold a window of the adjoint (`&mut` on the
/// preaccumulated loop's dense adjoint) for the whole loop. Its positions are the read
/// window's, which LLVM knows to be in bounds: the adjoint's own checks go too.
fn only_read_through(body: &Block, window: &Window) -> bool {
    body.all_stmts().into_iter().all(|stmt| match stmt {
        Stmt::Assign {
            var, value, index, ..
        } => !value.sources().contains(&window.base) || window.reads.contains(&(*var, *index)),
        Stmt::IndexAssign { base, value, .. } => {
            *base != window.base && value.var() != Some(window.base)
        }
        _ => true,
    })
}

/// An expression without the parentheses or invisible groups around it.
fn strip(expr: &Expr) -> &Expr {
    match expr {
        Expr::Paren(paren) => strip(&paren.expr),
        Expr::Group(group) => strip(&group.expr),
        _ => expr,
    }
}

/// Whether every iteration of `lp` runs its whole body unless it panics: no `break`,
/// `continue` or `return` (no flags), and only assignments of reads, atoms, arithmetic and
/// calls of functions declared pure (no nested region, no code kept as written, no other call,
/// which could leave the loop another way).
fn is_straight_line(function: &Function, lp: &Loop) -> bool {
    lp.exit_flags.is_empty()
        && lp.break_flag.is_none()
        && lp.continue_flag.is_none()
        && lp.body.stmts.iter().all(|stmt| match stmt {
            Stmt::Assign { value, .. } => match value {
                Value::Index { .. } | Value::Atom(_) => true,
                Value::Prim { op, .. } => match op {
                    Op::Add | Op::Sub | Op::Mul | Op::Div | Op::Neg | Op::Cast(_) => true,
                    Op::Call(path, None) => path
                        .get_ident()
                        .is_some_and(|ident| function.pure_calls.contains(&ident.to_string())),
                    _ => false,
                },
                _ => false,
            },
            Stmt::Declare { .. } => true,
            _ => false,
        })
}

#[cfg(test)]
mod tests {
    use proc_macro2::TokenStream;
    use quote::quote;

    use crate::plan::describe_vjp;

    /// The plan of `f_vjp` for `item` under `pure(tri)`, as `GRAD_DEBUG` prints it.
    fn plan(item: TokenStream) -> String {
        describe_vjp(quote!(pure(tri)), item)
    }

    #[test]
    fn the_innermost_gmm_loop_reads_x_and_m_through_windows_in_both_sweeps() {
        let plan = plan(quote!(
            fn f(m: &[f64], q: &[f64], x: &[f64], d: usize) -> f64 {
                let mut total = 0.0;
                for i in 0..x.len() / d {
                    for r in 0..d {
                        let mut qx = 0.0;
                        for col in 0..r {
                            let entry = q[d + tri(d, r, col)];
                            qx += entry * (x[i * d + col] - m[col]);
                        }
                        total += qx * qx;
                    }
                }
                total
            }
        ));
        for sweep in ["forward", "reverse"] {
            for read in ["x[i * d + col]", "m[col]"] {
                assert!(
                    plan.contains(&format!("loop #3: the {sweep} sweep reads {read}")),
                    "{plan}"
                );
            }
        }
        // `q`'s index is no offset plus the counter: no window.
        assert!(!plan.contains("reads q"), "{plan}");
        // The loop reads `m` only through its window: the reverse adds into the same window
        // of `m`'s adjoint.
        assert!(
            plan.contains(
                "loop #3: the reverse sweep reads m[col] through m_window, adds into m_adj_window"
            ),
            "{plan}"
        );
        // `q` is read elsewhere than through a window: its adjoint is not windowed.
        assert!(!plan.contains("q_adj_window"), "{plan}");
    }

    #[test]
    fn a_loop_that_breaks_or_writes_is_read_through_no_window_in_the_forward_sweep() {
        let plan = plan(quote!(
            fn f(w: &[f64], x: &[f64], v: Vec<f64>, n: usize, stop: usize) -> f64 {
                let mut total = 0.0;
                for i in 0..x.len() {
                    for j in 0..n {
                        if j >= stop {
                            break;
                        }
                        total += w[j] * x[i];
                    }
                    for j in 1..n {
                        let a = w[j];
                        let b = v[j];
                        total += a * b;
                    }
                }
                total
            }
        ));
        // The loop that breaks, and `v` (not a shared slice) in the other: only `w[j]` of
        // the second loop has a window.
        assert!(!plan.contains("loop #2: the forward"), "{plan}");
        assert!(!plan.contains("reads v"), "{plan}");
        assert!(
            plan.contains("loop #5: the forward sweep reads w[j] through w_window"),
            "{plan}"
        );
    }

    #[test]
    fn an_offset_the_loop_changes_or_a_slice_bound_again_gets_no_window() {
        let plan = plan(quote!(
            fn f(w: &[f64], x: &[f64], d: usize) -> f64 {
                let mut total = 0.0;
                for i in 0..x.len() {
                    let mut k = 0;
                    for j in 0..d {
                        total += w[k + j] * x[i];
                        k = k + 1;
                    }
                    for j in 0..d {
                        let w = x;
                        total += w[i + j];
                    }
                }
                total
            }
        ));
        assert!(!plan.contains("reads w"), "{plan}");
    }
}
