//! Preaccumulated loops that share their loop-local adjoints.
//!
//! A preaccumulated loop (`schedule.rs`) sums, seeded with 1, the adjoint of each container it
//! reads into a dense buffer of its own, which the reverse sweep scales by the adjoint of the
//! loop's accumulator. A loss is often a sum of such terms over the same parameters, each
//! accumulated by a loop of its own (a data term and a prior, `slse + prior`): every loop then
//! keeps a buffer the size of the parameter until the reverse sweep, and the reverse sweep adds
//! them up one by one.
//!
//! Where two accumulators `s₁` and `s₂` reach the function's result through sums only, each
//! read once (`r = .. + s₁ - t + s₂ ..`), their adjoints are the same, `σ · r̄` with `σ = ±1`
//! fixed by the signs on the way: `r̄ ∂r/∂s₁ (∂s₁/∂x) + r̄ ∂r/∂s₂ (∂s₂/∂x)` is then
//! `σ r̄ (∂s₁/∂x + ∂s₂/∂x)`, so the second loop may sum into the first one's buffer, and the
//! first one's scaling (by `s̄₁`) hands both over. One buffer instead of two, no second pass
//! adding them, and the peak heap of the hand-written gradient, which keeps one adjoint per
//! parameter.
//!
//! Both loops are at the top of the body (the first one's buffer is in scope at the second),
//! neither is nested in a preaccumulated loop, and the container is never written in the
//! function (so its adjoint is the same variable's in both loops).

use std::collections::{HashMap, HashSet};

use crate::ir::{Atom, Function, Op, Operand, Stmt, Value, VarId};

use super::schedule::Schedule;

/// How often each variable is read and assigned in the whole body (its nested regions too),
/// and which are written at all: counted once for every loop's walk to the result.
struct Census<'f> {
    stmts: Vec<&'f Stmt>,
    reads: HashMap<VarId, usize>,
    assignments: HashMap<VarId, usize>,
    written: HashSet<VarId>,
}

impl<'f> Census<'f> {
    fn of(function: &'f Function) -> Self {
        let stmts = function.body.all_stmts();
        let mut reads: HashMap<VarId, usize> = HashMap::new();
        let mut assignments: HashMap<VarId, usize> = HashMap::new();
        let mut written = HashSet::new();
        for stmt in &stmts {
            for var in stmt.reads() {
                *reads.entry(var).or_default() += 1;
            }
            if let Stmt::Assign { var, .. } = stmt {
                *assignments.entry(*var).or_default() += 1;
            }
            if let Stmt::Assign { var, .. } | Stmt::IndexAssign { base: var, .. } = stmt {
                written.insert(*var);
            }
        }
        Self {
            stmts,
            reads,
            assignments,
            written,
        }
    }
}

/// Gives the later of two top-level preaccumulated loops whose accumulators have the same
/// adjoint the earlier one's buffer for the containers both read (`Preaccumulation::shares`).
pub(super) fn share_buffers(function: &Function, schedule: &mut Schedule) {
    let census = Census::of(function);
    // The first loop (in the body's order) with an accumulator of each sign reading each
    // container: the owner of the buffer the later ones share.
    let mut owners: HashMap<(VarId, i8), usize> = HashMap::new();
    for stmt in &function.body.stmts {
        let Stmt::Loop(lp) = stmt else { continue };
        let Some(plan) = schedule.preaccumulated.get_mut(&lp.index) else {
            continue;
        };
        if plan.seeded {
            continue;
        }
        let Some(sign) = sign_to_result(function, &lp.body, plan.accumulator, &census) else {
            continue;
        };
        for input in &plan.inputs {
            if !function.var(*input).indexed || census.written.contains(input) {
                continue;
            }
            match owners.get(&(*input, sign)) {
                Some(owner) => {
                    plan.shares.insert(*input, *owner);
                }
                None => {
                    owners.insert((*input, sign), lp.index);
                }
            }
        }
    }
}

/// The sign `σ` with which the accumulator `acc` of a loop with body `body` reaches the
/// function's result through sums only, `∂r/∂acc = σ`: `acc` is read once outside the loop,
/// in `t = acc + u`, `t = u + acc`, `t = acc - u` or `t = u - acc` (or `t = -acc`, `t = acc`),
/// and so on from `t`, each temporary assigned once and read once, up to the result. `None`
/// for anything else (a product, a second read, a result of several values).
fn sign_to_result(
    function: &Function,
    body: &crate::ir::Block,
    acc: VarId,
    census: &Census,
) -> Option<i8> {
    let Operand::Atom(Atom::Var(result)) = &function.result else {
        return None;
    };
    // The loop reads its accumulator only as the `s` of its `s = s ± e` (schedule.rs), and
    // assigns it there.
    let (mut inside, mut assigned_inside) = (0, 0);
    for stmt in body.all_stmts() {
        inside += stmt.reads().iter().filter(|var| **var == acc).count();
        if matches!(stmt, Stmt::Assign { var, .. } if *var == acc) {
            assigned_inside += 1;
        }
    }
    let assignments = |var: &VarId| census.assignments.get(var).copied().unwrap_or(0);
    // Assigned outside the loop only where it starts: the value the result reads is the loop's.
    if assignments(&acc) > assigned_inside + 1 {
        return None;
    }
    let (mut current, mut sign, mut reads_elsewhere) = (acc, 1_i8, inside);
    // Each step moves to a variable assigned once, so the walk ends within `stmts.len()` steps.
    for _ in 0..=census.stmts.len() {
        let reads = census.reads.get(&current).copied().unwrap_or(0) - reads_elsewhere;
        if current == *result {
            return (reads == 0).then_some(sign);
        }
        if reads != 1 {
            return None;
        }
        let (next, step) = census
            .stmts
            .iter()
            .find_map(|stmt| step_from(stmt, current))?;
        if assignments(&next) != 1 {
            return None;
        }
        sign *= step;
        current = next;
        reads_elsewhere = 0;
    }
    None
}

/// `(t, ±1)` when `stmt` is a step of a sum from `current` to `t`: `t = current + u`,
/// `t = u + current`, `t = current - u` (`+1`), `t = u - current`, `t = -current` (`-1`) or
/// `t = current` (`+1`). Not the loop's own `s = s ± e`, which reads its accumulator too.
fn step_from(stmt: &Stmt, current: VarId) -> Option<(VarId, i8)> {
    let Stmt::Assign { var, value, .. } = stmt else {
        return None;
    };
    if *var == current {
        return None;
    }
    let step = match value {
        Value::Atom(Atom::Var(source)) if *source == current => 1,
        Value::Prim { op, args, .. } => {
            let position = args
                .iter()
                .position(|arg| matches!(arg, Atom::Var(source) if *source == current))?;
            match (op, position) {
                (Op::Add, _) | (Op::Sub, 0) => 1,
                (Op::Sub, 1) | (Op::Neg, 0) => -1,
                _ => return None,
            }
        }
        _ => return None,
    };
    Some((*var, step))
}

#[cfg(test)]
mod tests {
    use proc_macro2::TokenStream;
    use quote::quote;

    use crate::plan::describe_vjp;

    /// The plan of a function of `w` whose three loops accumulate `a`, `b` and `c`, with
    /// `tail` after them.
    fn plan(tail: TokenStream) -> String {
        describe_vjp(
            quote!(),
            quote!(
                fn f(w: &[f64], x: &[f64]) -> f64 {
                    let mut a = 0.0;
                    for i in 0..w.len() {
                        a += w[i] * x[i];
                    }
                    let mut b = 0.0;
                    for i in 0..w.len() {
                        b -= w[i].sin();
                    }
                    let mut c = 0.0;
                    for i in 0..w.len() {
                        c += w[i] * w[i];
                    }
                    #tail
                }
            ),
        )
    }

    #[test]
    fn loops_whose_accumulators_reach_the_result_by_sums_share_a_buffer() {
        let sums = plan(quote!(1.0 + a - x[0] + b + c));
        assert!(
            sums.contains("loop #2: preaccumulated into b, reading w, sums w into loop #1's"),
            "{sums}"
        );
        assert!(
            sums.contains("loop #3: preaccumulated into c, reading w, sums w into loop #1's"),
            "{sums}"
        );
        assert!(
            !sums.contains("loop #1: preaccumulated into a, reading w, sums"),
            "{sums}"
        );
        // Through temporaries of the user's, a negated twice (+r̄), b once (-r̄).
        let negated = plan(quote!(let t = -a; let u = t + b; -u + c));
        assert!(
            negated.contains("loop #3: preaccumulated into c, reading w, sums w into loop #1's"),
            "{negated}"
        );
        assert!(
            negated.contains("loop #2: preaccumulated into b, reading w\n"),
            "{negated}"
        );
    }

    #[test]
    fn accumulators_with_other_adjoints_keep_their_own_buffers() {
        // Opposite signs, a product, a second read, a scaled term.
        for tail in [
            quote!(a - b - c),
            quote!(a * b + c * a),
            quote!(a + b + b.sin() + c * 2.0),
            quote!(let s = a + b; s * s + c),
        ] {
            let described = plan(tail.clone());
            let shared: Vec<&str> = described
                .lines()
                .filter(|line| line.contains("sums w into"))
                .collect();
            match tail.to_string().as_str() {
                // `- b - c`: b and c share (both -r̄), not with a.
                "a - b - c" => assert_eq!(
                    shared,
                    ["loop #3: preaccumulated into c, reading w, sums w into loop #2's"],
                    "{described}"
                ),
                _ => assert!(shared.is_empty(), "{tail}: {described}"),
            }
        }
        // A container the function writes is not shared, a result of two values has no sign.
        let written = describe_vjp(
            quote!(),
            quote!(
                fn f(w: &[f64]) -> f64 {
                    let mut v = w.to_vec();
                    let mut a = 0.0;
                    for i in 0..v.len() {
                        a += v[i].sin();
                    }
                    v[0] = a;
                    let mut b = 0.0;
                    for i in 0..v.len() {
                        b += v[i] * v[i];
                    }
                    a + b
                }
            ),
        );
        assert!(!written.contains("sums v into"), "{written}");
        let pair = describe_vjp(
            quote!(),
            quote!(
                fn f(w: &[f64]) -> (f64, f64) {
                    let mut a = 0.0;
                    for i in 0..w.len() {
                        a += w[i].sin();
                    }
                    let mut b = 0.0;
                    for i in 0..w.len() {
                        b += w[i].cos();
                    }
                    (a + b, a)
                }
            ),
        );
        assert!(!pair.contains("sums w into"), "{pair}");
    }
}
