//! The values a loop iteration inside a preaccumulated loop computes again in the reverse sweep
//! instead of keeping them: reads of arrays the preaccumulated loop does not change, and cheap
//! arithmetic on those reads, as Tapenade and hand-written adjoints do.
//!
//! A preaccumulated loop runs each iteration's reverse right after its forward (`schedule.rs`),
//! in the same scope; a loop nested in it keeps its records on a stack only until the end of
//! that iteration. Between an inner iteration's forward and its reverse, only the names the
//! preaccumulated loop's body may change can change; the counters of the loops around the inner
//! one (inside the preaccumulated loop) come back from their own records. So a value that reads
//! nothing else can be computed again, with the same bits, where the reverse needs it:
//!
//! ```text
//! for i in 0..n {                               // preaccumulated
//!     for c in 0..k { for col in 0..r {         // stacked: each iteration kept (a_at, t_pullback)
//!         let a = q[c * d + col];               //   now keeps (col), and the loop around it (c)
//!         let t = a * (x[i * d + col] - m[col]);
//!         s = s + t;
//!     } }
//! }
//! ```
//!
//! The reverse of the inner iteration reads `a`, `x[..]` and `m[..]` again and calls the same
//! rules to get the same pullbacks. An array may be read again only when the preaccumulated
//! loop's body never binds or writes its name (nor any loop between), and the name holds a
//! shared reference or an immutable binding, so nothing can change it there; an index only
//! when it is integer arithmetic on names that are likewise unchanged or counters that come
//! back from records, or calls of functions the attribute declares pure (`pure(tri)`) on such
//! arithmetic. A read whose index is something else (another call) keeps its index and reads
//! the value again from it. Only `+`, `-`, `*` and negation are computed again, on values that
//! are themselves computed again or constants; a value kept is never recomputed from one that
//! is not.

use std::collections::HashSet;

use syn::{Expr, Ident};

use crate::activity::value_is_active;
use crate::ir::{Atom, Binding, Block, Function, Op, Stmt, Value, VarId, VarOrigin};
use crate::naming::Name;

use super::in_place::InPlaceSums;
use super::records::arithmetic_operands;

/// An assignment of a loop iteration that the reverse sweep runs again, in order, after the
/// recomputed indices.
#[derive(Clone, Debug)]
pub enum Again {
    /// The assignment printed again as the forward sweep printed it: a read with its index,
    /// or a rule call that gives the same pullback.
    Assign(Stmt),
    /// `var = base[at]`, read again at the index `at` the record keeps (or computes again).
    Read { var: VarId, base: VarId, at: Name },
}

/// A loop between the innermost preaccumulated loop (exclusive) and the loop being planned
/// (inclusive, last).
#[derive(Clone, Debug)]
pub struct Enclosing {
    pub index: usize,
    /// Its counter, if it is a `for` over a range whose body does not change it.
    pub counter: Option<Ident>,
    /// The names its body may change.
    pub changed: HashSet<String>,
    /// It keeps its records on a stack (so its record may keep its counter).
    pub stacked: bool,
}

/// What a loop iteration computes again.
#[derive(Debug, Default)]
pub struct ValuesPlan {
    pub values: Vec<Again>,
    /// The names its record no longer keeps.
    pub removed: Vec<Name>,
    /// The loops (by index) whose records must keep their counters for it.
    pub counters: Vec<usize>,
}

/// The context of a loop iteration inside a preaccumulated loop.
pub struct Reversible<'a> {
    pub function: &'a Function,
    pub in_place: &'a InPlaceSums,
    /// The names the preaccumulated loop's body may change.
    pub changed: &'a HashSet<String>,
    /// The loops from the preaccumulated one (exclusive) to the one planned (inclusive, last).
    pub loops: &'a [Enclosing],
}

impl Reversible<'_> {
    /// Which of the iteration's top-level assignments the reverse computes again, given the
    /// names `saved` its record would keep; `None` when that saves nothing.
    pub fn plan(&self, block: &Block, saved: &[Name]) -> Option<ValuesPlan> {
        let mut available: HashSet<VarId> = HashSet::new();
        let mut candidates = Vec::new();
        for stmt in &block.stmts {
            let Some((var, mut again)) = self.candidate(stmt, &available) else {
                continue;
            };
            available.insert(var);
            again.removed = again.removed.filter(|name| saved.contains(name));
            candidates.push((var, again));
        }
        // Last first: a value is worth computing again when that takes a name out of the
        // record, or when a value that is worth it reads it.
        let mut needed: HashSet<VarId> = HashSet::new();
        for (var, again) in candidates.iter().rev() {
            if again.removed.is_some() || needed.contains(var) {
                needed.extend(again.reads.iter().copied());
                needed.insert(*var);
            }
        }
        let mut plan = ValuesPlan::default();
        for (_, again) in candidates
            .into_iter()
            .filter(|(var, _)| needed.contains(var))
        {
            plan.values.push(again.again);
            plan.removed.extend(again.removed);
            for counter in again.counters {
                if !plan.counters.contains(&counter) {
                    plan.counters.push(counter);
                }
            }
        }
        (!plan.removed.is_empty()).then_some(plan)
    }

    /// How the reverse could compute `stmt`'s value again, given the variables of the iteration
    /// it can compute again so far: a read of an unchanged array, or a cheap operation on those
    /// variables and constants.
    fn candidate(&self, stmt: &Stmt, available: &HashSet<VarId>) -> Option<(VarId, Recompute)> {
        let Stmt::Assign {
            var,
            value,
            binding: Binding::Let { .. },
            index,
        } = stmt
        else {
            return None;
        };
        if !self.is_single_assignment(*var) || self.in_place.sums.contains_key(&(*var, *index)) {
            return None;
        }
        let again = match value {
            Value::Index {
                base,
                index: at,
                flat: false,
                borrowed: false,
            } if self.is_unchanged_array(*base) => self.read(*var, *index, *base, at, stmt)?,
            Value::Prim { op, args, .. }
                if is_cheap(op)
                    && args.iter().all(|arg| match arg {
                        Atom::Var(id) => available.contains(id) || self.is_unchanged_scalar(*id),
                        Atom::Const(_) => true,
                        Atom::Ref(_) | Atom::Deref(_) => false,
                    }) =>
            {
                Recompute {
                    again: Again::Assign(stmt.clone()),
                    removed: value_is_active(self.function, value)
                        .then_some(Name::Pullback(*var, *index)),
                    counters: Vec::new(),
                    reads: value.sources(),
                }
            }
            _ => return None,
        };
        Some((*var, again))
    }

    /// A read `var = base[at]` of an unchanged array: with its index when that is computed
    /// again, else from the index the record keeps (only for an active base, which keeps one).
    fn read(
        &self,
        var: VarId,
        index: usize,
        base: VarId,
        at: &Expr,
        stmt: &Stmt,
    ) -> Option<Recompute> {
        let active = self.function.var(base).active;
        if let Some(counters) = self.index_counters(at) {
            return Some(Recompute {
                again: Again::Assign(stmt.clone()),
                removed: active.then_some(Name::ReadAt(var, index)),
                counters,
                reads: Vec::new(),
            });
        }
        active.then(|| Recompute {
            again: Again::Read {
                var,
                base,
                at: Name::ReadAt(var, index),
            },
            removed: None,
            counters: Vec::new(),
            reads: Vec::new(),
        })
    }

    /// The loops whose counters the bounds of `range` need, when both bounds are computed
    /// again where the reverse runs the loop (the loops are then those around it).
    pub fn range_counters(&self, range: &syn::ExprRange) -> Option<Vec<usize>> {
        let mut counters = self.index_counters(range.start.as_deref()?)?;
        for counter in self.index_counters(range.end.as_deref()?)? {
            if !counters.contains(&counter) {
                counters.push(counter);
            }
        }
        Some(counters)
    }

    /// The loops whose counters an index needs, when every name it reads is unchanged where
    /// the reverse reads it again.
    fn index_counters(&self, at: &Expr) -> Option<Vec<usize>> {
        let operands = arithmetic_operands(at, &self.function.pure_calls)?;
        let mut counters = Vec::new();
        for operand in operands {
            match self.source_of(&operand.to_string())? {
                Some(counter) if !counters.contains(&counter) => counters.push(counter),
                _ => {}
            }
        }
        Some(counters)
    }

    /// Where the reverse finds the value `name` had in the forward sweep: `Some(None)` when no
    /// loop around changes it, `Some(Some(loop))` when it is that loop's counter (kept in its
    /// record), `None` when it may have changed.
    fn source_of(&self, name: &str) -> Option<Option<usize>> {
        for enclosing in self.loops.iter().rev() {
            if enclosing
                .counter
                .as_ref()
                .is_some_and(|counter| counter == name)
            {
                return (enclosing.stacked && !enclosing.changed.contains(name))
                    .then_some(Some(enclosing.index));
            }
            if enclosing.changed.contains(name) {
                return None;
            }
        }
        (!self.changed.contains(name)).then_some(None)
    }

    /// Whether `var` is a float the loop and the preaccumulated loop around it never change: a
    /// float (`Var::float`) that is a parameter or an immutable `let` of the source, whose name
    /// they neither bind nor write. Where the reverse computes an iteration's values again, the
    /// name still holds the value the forward sweep read. (Arrays are not admitted: an operation
    /// on them is no cheap thing to compute again.)
    fn is_unchanged_scalar(&self, var: VarId) -> bool {
        let info = self.function.var(var);
        let parameter_or_immutable_let = match info.origin {
            VarOrigin::Param(_) => true,
            VarOrigin::User => !info.mutable,
            VarOrigin::Temp => false,
        };
        info.float
            && parameter_or_immutable_let
            && !info.indexed
            && !info.by_ref
            && matches!(self.source_of(&info.ident.to_string()), Some(None))
    }

    /// Whether `base` is an array nothing around the loop can change: a shared reference or an
    /// immutable binding, whose name no loop around binds or writes.
    fn is_unchanged_array(&self, base: VarId) -> bool {
        let var = self.function.var(base);
        (var.by_ref || !var.mutable) && matches!(self.source_of(&var.ident.to_string()), Some(None))
    }

    /// Whether `var` is bound once in the whole function, by one assignment, under a name no
    /// other variable has: binding it again in the reverse sweep shadows nothing else, and it
    /// holds the same value wherever it is read.
    fn is_single_assignment(&self, var: VarId) -> bool {
        let function = self.function;
        let ident = &function.var(var).ident;
        if function.var(var).indexed
            || self.in_place.operands.contains(&var)
            || function
                .vars
                .iter()
                .enumerate()
                .any(|(id, other)| id != var.0 && other.ident == *ident)
        {
            return false;
        }
        let assignments = function
            .body
            .all_stmts()
            .into_iter()
            .filter(|stmt| match stmt {
                Stmt::Assign { var: v, .. } | Stmt::Declare { var: v, .. } => *v == var,
                Stmt::IndexAssign { base, .. } => *base == var,
                _ => false,
            })
            .count();
        assignments == 1
    }
}

/// One assignment computed again: how, the name its record no longer keeps, the loops whose
/// counters it needs, the variables of the iteration it reads.
struct Recompute {
    again: Again,
    removed: Option<Name>,
    counters: Vec<usize>,
    reads: Vec<VarId>,
}

/// The operations cheap enough to run again: a few floating-point instructions, no call.
fn is_cheap(op: &Op) -> bool {
    matches!(op, Op::Add | Op::Sub | Op::Mul | Op::Neg)
}

#[cfg(test)]
mod tests {
    use proc_macro2::TokenStream;
    use quote::quote;

    use crate::plan::describe_vjp;

    /// The plan of `f_vjp` for `item`, as `GRAD_DEBUG` prints it.
    fn plan(item: TokenStream) -> String {
        describe_vjp(quote!(), item)
    }

    /// The lines of `plan` that describe the record of loop `k`.
    fn record_of(plan: &str, k: usize) -> String {
        let start = plan
            .find(&format!("record of Loop({k}):"))
            .unwrap_or_else(|| panic!("no record of loop {k} in\n{plan}"));
        let rest = &plan[start..];
        let end = rest[1..]
            .find("record of")
            .map_or(rest.len(), |end| end + 1);
        rest[..end].to_string()
    }

    #[test]
    fn the_innermost_loop_keeps_the_call_index_and_takes_its_counter_from_its_range() {
        let plan = plan(quote!(
            fn f(m: &[f64], q: &[f64], x: &[f64], d: usize) -> f64 {
                let mut total = 0.0;
                for i in 0..x.len() / d {
                    for r in 0..d {
                        let mut qx = 0.0;
                        for col in 0..r {
                            let entry = q[tri(d, r, col)];
                            qx += entry * (x[i * d + col] - m[col]);
                        }
                        total += qx * qx;
                    }
                }
                total
            }
        ));
        let inner = record_of(&plan, 3);
        assert!(inner.starts_with("record of Loop(3): (entry_at)"), "{plan}");
        assert!(inner.contains("5 values again"), "{plan}");
        assert!(
            inner.contains("takes col from (0 .. r) backwards"),
            "{plan}"
        );
        // The loop around it takes its own counter from its range too, not from its record.
        assert!(
            record_of(&plan, 2).contains("takes r from (0 .. d) backwards"),
            "{plan}"
        );
    }

    #[test]
    fn a_product_with_an_unchanged_float_is_computed_again() {
        let plan = plan(quote!(
            fn f(xs: &[f64], alpha: f64, w: &Array1<f64>) -> f64 {
                let beta: f64 = 0.5;
                let mut total = 0.0;
                for _ in 0..2 {
                    let mut r = 0.0;
                    for j in 0..3 {
                        r += alpha * xs[j + 1] * beta;
                    }
                    total += r * r;
                }
                total
            }
        ));
        assert!(
            record_of(&plan, 2).starts_with("record of Loop(2): ()"),
            "{plan}"
        );
    }

    #[test]
    fn a_float_the_loop_changes_is_not_computed_with() {
        let plan = plan(quote!(
            fn f(xs: &[f64], alpha: f64) -> f64 {
                let mut total = 0.0;
                for _ in 0..2 {
                    let alpha = alpha * 2.0;
                    let mut r = 0.0;
                    for j in 0..3 {
                        r += alpha * xs[j + 1];
                    }
                    total += r * r;
                }
                total
            }
        ));
        assert!(record_of(&plan, 2).contains("_pullback"), "{plan}");
    }

    #[test]
    fn an_index_from_a_pure_call_is_computed_again() {
        let item = quote!(
            fn f(m: &[f64], q: &[f64], x: &[f64], d: usize) -> f64 {
                let mut total = 0.0;
                for i in 0..x.len() / d {
                    for r in 0..d {
                        let mut qx = 0.0;
                        for col in 0..r {
                            let entry = q[d + tri(d, r, col)];
                            let other = q[other::tri(d, r, col)];
                            qx += entry * other * (x[i * d + col] - m[col]);
                        }
                        total += qx * qx;
                    }
                }
                total
            }
        );
        let plan = describe_vjp(quote!(pure(tri)), item);
        // `tri` is declared pure: `entry`'s index is computed again. `other::tri` is another
        // function, whose result is kept.
        let inner = record_of(&plan, 3);
        assert!(inner.starts_with("record of Loop(3): (other_at)"), "{plan}");
        assert!(!inner.contains("entry_at"), "{plan}");
    }

    #[test]
    fn an_innermost_loop_with_a_pure_index_and_a_sum_keeps_nothing() {
        let plan = describe_vjp(
            quote!(pure(tri)),
            quote!(
                fn f(m: &[f64], q: &[f64], x: &[f64], d: usize) -> f64 {
                    let mut total = 0.0;
                    for i in 0..x.len() / d {
                        for r in 0..d {
                            let mut qx = 0.0;
                            for col in 0..r {
                                qx += q[tri(d, r, col)] * (x[i * d + col] - m[col]);
                            }
                            total += qx * qx;
                        }
                    }
                    total
                }
            ),
        );
        // The index comes from the pure call, the sum's pullback from its rule: the loop's
        // stack stays empty, and the reverse runs `(0 .. r)` backwards.
        let inner = record_of(&plan, 3);
        assert!(inner.starts_with("record of Loop(3): ()"), "{plan}");
        assert!(inner.contains("takes col from (0 .. r)"), "{plan}");
    }

    #[test]
    fn a_read_of_a_slice_bound_again_in_the_iteration_is_kept() {
        let plan = plan(quote!(
            fn f(u: &[f64], v: &[f64], x: &[f64]) -> f64 {
                let mut total = 0.0;
                for i in 0..x.len() {
                    let mut s = u;
                    for j in 0..u.len() {
                        total += s[j] * s[j] * x[i];
                    }
                    s = v;
                    total += s[0];
                }
                total
            }
        ));
        // `s[j]` keeps its index (`x[i]` is read again: `x` is never bound again).
        let inner = record_of(&plan, 2);
        assert!(
            inner.starts_with("record of Loop(2): (total_t1_at,"),
            "{plan}"
        );
        assert!(inner.contains("1 values again"), "{plan}");
    }

    #[test]
    fn a_mutable_array_and_a_counter_shadowed_inside_are_kept() {
        let plan = plan(quote!(
            fn f(w: &[f64], x: &[f64]) -> f64 {
                let mut b = vec![0.0; 3];
                b[0] = w[0];
                let mut total = 0.0;
                for i in 0..x.len() {
                    for j in 0..3 {
                        let a = b[j];
                        let mut inner = 0.0;
                        for j in 0..2 {
                            inner += w[j] * x[i];
                        }
                        total += a * w[j] * inner;
                    }
                }
                total
            }
        ));
        // `b` is mutable, the `j` of `w[j]` is shadowed inside: both reads keep their indices,
        // and the middle loop keeps nothing for computing values again.
        let middle = record_of(&plan, 2);
        // (The inner loop runs its range backwards: its records are counted from the range,
        // not kept.)
        assert!(
            middle.starts_with("record of Loop(2): (a_at, total_t5_at,"),
            "{plan}"
        );
        assert!(!middle.contains("values again"), "{plan}");
        // The inner loop's own `j` comes back from its range.
        assert!(
            record_of(&plan, 3).contains("takes j from (0 .. 2)"),
            "{plan}"
        );
    }

    #[test]
    fn a_loop_that_breaks_keeps_its_counter() {
        let plan = plan(quote!(
            fn f(w: &[f64], x: &[f64]) -> f64 {
                let mut total = 0.0;
                for i in 0..x.len() {
                    for j in 0..w.len() {
                        if j > i {
                            break;
                        }
                        let a = w[j];
                        total += a * a * x[i];
                    }
                }
                total
            }
        ));
        assert!(!plan.contains("takes j"), "{plan}");
    }
}
