//! How each loop is differentiated.
//!
//! By default a loop pushes every iteration's pullbacks on a stack and the reverse sweep pops
//! them (Tapenade's PUSH/POP). Many numerical loops only *accumulate*: the one value they carry
//! out is a float `s` updated as `s += e` / `s -= e`, and everything else they read is left
//! unchanged. The reverse of such a loop is linear in the adjoint of `s`, which is the same for
//! every iteration (`∂s_new/∂s_old = 1`). So each iteration's reverse can run right after its
//! forward, seeded with 1, summing into loop-local adjoints of the values it reads; when the
//! reverse sweep reaches the loop it scales those sums by the adjoint of `s` (preaccumulation,
//! as Tapenade and ADIC do for such regions). No stack, no per-iteration memory, one pass.
//!
//! ```text
//! // Input                      // Forward sweep                 // Reverse sweep
//! let mut s = 0.0;              let mut loop_1_x_adj = ..;       x_adj.add_scaled(loop_1_x_adj,
//! for i in 0..n {               for i in 0..n {                                   s_cot);
//!     s += f(x[i]);                 s += f(x[i]);
//! }                                 loop_1_x_adj[i] += f'(x[i]);
//!                               }
//! ```

use std::collections::{HashMap, HashSet};

use crate::activity::block_is_active;
use crate::ir::{self, Atom, Function, Loop, LoopKind, Op, Stmt, Value, VarId, Visit};

/// How every loop of a function is differentiated, by loop index.
#[derive(Debug, Default)]
pub struct Schedule {
    /// Loops differentiated by preaccumulation.
    pub preaccumulated: HashMap<usize, Preaccumulation>,
    /// Loops that push their records on a stack: one stack per loop, declared once at the top
    /// of the function and shared by every run of the loop (a nested loop runs once per
    /// iteration of the loops around it; the reverse sweep pops in exactly the reverse order,
    /// so one last-in-first-out stack serves them all, and its memory is reused).
    pub stacked: Vec<usize>,
    /// Outermost loops checkpointed (`#[differentiate(checkpoint)]`): no record per
    /// iteration, but the loop's state every `√n` iterations, each segment run again and
    /// recorded in the reverse sweep (Griewank's checkpointing, one level).
    pub checkpointed: HashMap<usize, Checkpointing>,
}

/// A checkpointed loop: the variables from outside it that it writes, its state.
#[derive(Debug)]
pub struct Checkpointing {
    pub carried: Vec<VarId>,
}

/// A loop differentiated by preaccumulation: the float it accumulates into, and the values it
/// reads that carry derivatives (whose loop-local adjoints it sums).
#[derive(Debug)]
pub struct Preaccumulation {
    pub accumulator: VarId,
    pub inputs: Vec<VarId>,
    /// Nested in a preaccumulated loop (the innermost around it) of the same accumulator: its
    /// reverse runs inside that loop's, where the accumulator's adjoint is the seed, 1.
    pub seeded: bool,
    /// The containers it sums into an earlier loop's buffer (that loop's index) instead of
    /// one of its own, the two accumulators having the same adjoint (`sharing.rs`).
    pub shares: HashMap<VarId, usize>,
}

impl Preaccumulation {
    /// The inputs it keeps a loop-local adjoint of its own for.
    pub fn own_inputs(&self) -> impl Iterator<Item = VarId> + '_ {
        self.inputs
            .iter()
            .copied()
            .filter(|input| !self.shares.contains_key(input))
    }
}

/// Decides each loop's strategy. A loop is preaccumulated when it only accumulates into one
/// float and, if it is nested in another loop, reads no indexed container: a nested loop runs
/// many times, and the loop-local adjoint of a container would be a dense buffer each time.
///
/// With `checkpoint`, an outermost loop that would be stacked is checkpointed instead when it
/// can be run again from any of its iterations: a `for` loop without `break`, `continue` or
/// `return` that reads no variable the rest of the function changes after it.
///
/// Without `preaccumulate` (the graph printer, which records each node's adjoint as the reverse
/// sweep finds it), no loop is preaccumulated.
pub fn schedule(function: &Function, checkpoint: bool, preaccumulate: bool) -> Schedule {
    let mut planner = Planner {
        function,
        depth: 0,
        seeding: None,
        preaccumulate,
        schedule: Schedule::default(),
    };
    planner.visit_block(&function.body);
    super::sharing::share_buffers(function, &mut planner.schedule);
    if checkpoint {
        checkpoint_loops(function, &mut planner.schedule);
    }
    planner.schedule
}

/// Moves the checkpointable outermost stacked loops to `checkpointed`.
fn checkpoint_loops(function: &Function, schedule: &mut Schedule) {
    for (position, stmt) in function.body.stmts.iter().enumerate() {
        let Stmt::Loop(lp) = stmt else { continue };
        if !schedule.stacked.contains(&lp.index)
            || !matches!(lp.kind, LoopKind::For { .. })
            || !lp.exit_flags.is_empty()
            || lp.continue_flag.is_some()
        {
            continue;
        }
        let body = lp.body.all_stmts();
        let declared: HashSet<VarId> = body.iter().flat_map(|stmt| stmt.declares()).collect();
        let mut carried: Vec<VarId> = Vec::new();
        for target in body.iter().filter_map(|stmt| stmt.target()) {
            if !declared.contains(&target) && !carried.contains(&target) {
                carried.push(target);
            }
        }
        let changed_after: HashSet<VarId> =
            function.body.stmts[position + 1..]
                .iter()
                .flat_map(|stmt| {
                    let mut targets: Vec<VarId> = stmt.target().into_iter().collect();
                    targets.extend(stmt.regions().into_iter().flat_map(|region| {
                        region.all_stmts().into_iter().filter_map(Stmt::target)
                    }));
                    targets
                })
                .collect();
        if mentioned_in(function, &lp.body)
            .iter()
            .any(|var| changed_after.contains(var))
        {
            continue;
        }
        schedule.stacked.retain(|index| *index != lp.index);
        schedule
            .checkpointed
            .insert(lp.index, Checkpointing { carried });
    }
}

/// The variables a block reads, by atom or by name in code kept as written.
fn mentioned_in(function: &Function, block: &crate::ir::Block) -> HashSet<VarId> {
    let mut names: HashSet<String> = HashSet::new();
    let mut vars: HashSet<VarId> = HashSet::new();
    for stmt in block.all_stmts() {
        vars.extend(stmt.reads());
        for tokens in stmt.kept_as_written() {
            names.extend(
                crate::syntax::identifiers(tokens)
                    .into_iter()
                    .map(|ident| ident.to_string()),
            );
        }
    }
    for (index, var) in function.vars.iter().enumerate() {
        if names.contains(&var.ident.to_string()) {
            vars.insert(VarId(index));
        }
    }
    vars
}

struct Planner<'a> {
    function: &'a Function,
    /// How many loops enclose the statement being visited.
    depth: usize,
    /// The accumulator of the innermost preaccumulated loop around the statement visited.
    seeding: Option<VarId>,
    preaccumulate: bool,
    schedule: Schedule,
}

impl<'a> Visit<'a> for Planner<'a> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        let Stmt::Loop(lp) = stmt else {
            return ir::walk_stmt(self, stmt);
        };
        let outside = self.seeding;
        if block_is_active(self.function, &lp.body) {
            let nested = self.depth > 0;
            match preaccumulation(self.function, lp).filter(|_| self.preaccumulate) {
                Some(mut plan)
                    if !nested
                        || plan
                            .inputs
                            .iter()
                            .all(|input| !self.function.var(*input).indexed) =>
                {
                    plan.seeded = self.seeding == Some(plan.accumulator);
                    self.seeding = Some(plan.accumulator);
                    self.schedule.preaccumulated.insert(lp.index, plan);
                }
                _ => self.schedule.stacked.push(lp.index),
            }
        }
        self.depth += 1;
        ir::walk_stmt(self, stmt);
        self.depth -= 1;
        self.seeding = outside;
    }
}

/// Whether `lp` only accumulates into one float (see the module doc), and if so what it reads.
fn preaccumulation(function: &Function, lp: &Loop) -> Option<Preaccumulation> {
    let body = lp.body.all_stmts();
    let declared: HashSet<VarId> = body.iter().flat_map(|stmt| stmt.declares()).collect();
    let outer_active = |var: VarId| function.var(var).active && !declared.contains(&var);
    let mut accumulator = None;
    let mut inputs = Vec::new();
    for stmt in body {
        if let Some(target) = stmt.target()
            && outer_active(target)
        {
            // The one outer value the loop writes, and only by `s = s + e` / `s = s - e`.
            if !is_accumulation(stmt, target) || accumulator.is_some_and(|acc| acc != target) {
                return None;
            }
            accumulator = Some(target);
        }
        for (position, source) in stmt.sources().into_iter().enumerate() {
            if !outer_active(source) {
                continue;
            }
            let own_accumulation = position == 0 && stmt.target() == Some(source);
            if Some(source) == accumulator || stmt.target() == Some(source) {
                // The accumulator is read only as the `s` of its own `s = s + e`.
                if !own_accumulation {
                    return None;
                }
            } else if !inputs.contains(&source) {
                inputs.push(source);
            }
        }
    }
    let accumulator = accumulator?;
    // Seeding with 1 and scaling by its adjoint needs a scalar: a float for sure.
    if inputs.contains(&accumulator) || !function.var(accumulator).float {
        return None;
    }
    Some(Preaccumulation {
        accumulator,
        inputs,
        seeded: false,
        shares: HashMap::new(),
    })
}

/// `s = s + e` or `s = s - e` with `e` not `s` itself.
pub(super) fn is_accumulation(stmt: &Stmt, target: VarId) -> bool {
    matches!(
        stmt,
        Stmt::Assign { value: Value::Prim { op: Op::Add | Op::Sub, args, .. }, .. }
            if matches!(args[..], [Atom::Var(lhs), ref rhs]
                if lhs == target && !matches!(rhs, Atom::Var(r) if *r == target))
    )
}
