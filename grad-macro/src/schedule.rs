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

use syn::{Expr, Lit};

use crate::ir::{Atom, Binding, Block, Function, Loop, Op, Stmt, Value, VarId};
use crate::types;

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
}

/// Decides each loop's strategy. A loop is preaccumulated when it only accumulates into one
/// float and, if it is nested in another loop, reads no indexed container: a nested loop runs
/// many times, and the loop-local adjoint of a container would be a dense buffer each time.
pub fn schedule(function: &Function) -> Schedule {
    let mut schedule = Schedule::default();
    plan_block(function, &function.body, 0, &mut schedule);
    schedule
}

fn plan_block(function: &Function, block: &Block, depth: usize, schedule: &mut Schedule) {
    for stmt in &block.stmts {
        match stmt {
            Stmt::Loop(lp) => {
                if crate::activity::block_is_active(function, &lp.body) {
                    match preaccumulation(function, lp) {
                        Some(plan)
                            if depth == 0
                                || plan
                                    .inputs
                                    .iter()
                                    .all(|input| !function.var(*input).indexed) =>
                        {
                            schedule.preaccumulated.insert(lp.index, plan);
                        }
                        _ => schedule.stacked.push(lp.index),
                    }
                }
                plan_block(function, &lp.body, depth + 1, schedule);
            }
            _ => stmt
                .regions()
                .into_iter()
                .for_each(|region| plan_block(function, region, depth, schedule)),
        }
    }
}

/// A loop differentiated by preaccumulation: the float it accumulates into, and the values it
/// reads that carry derivatives (whose loop-local adjoints it sums).
#[derive(Debug)]
pub struct Preaccumulation {
    pub accumulator: VarId,
    pub inputs: Vec<VarId>,
}

/// Whether `lp` only accumulates into one float (see the module doc), and if so what it reads.
fn preaccumulation(function: &Function, lp: &Loop) -> Option<Preaccumulation> {
    let mut declared = HashSet::new();
    declared_in(&lp.body, &mut declared);
    let mut scan = Scan {
        function,
        declared: &declared,
        accumulator: None,
        ok: true,
        reads: Vec::new(),
    };
    scan.block(&lp.body);
    let accumulator = scan.accumulator?;
    if !scan.ok || !is_float_initialised(function, accumulator) {
        return None;
    }
    let mut inputs = Vec::new();
    for (var, own_accumulation) in scan.reads {
        if var == accumulator && !own_accumulation {
            return None;
        }
        if var != accumulator && !inputs.contains(&var) {
            inputs.push(var);
        }
    }
    Some(Preaccumulation {
        accumulator,
        inputs,
    })
}

/// The variables a block (and the regions inside it) declares.
fn declared_in(block: &Block, declared: &mut HashSet<VarId>) {
    for stmt in &block.stmts {
        match stmt {
            Stmt::Assign {
                var,
                binding: Binding::Let { .. },
                ..
            }
            | Stmt::Declare { var, .. } => {
                declared.insert(*var);
            }
            _ => stmt
                .regions()
                .into_iter()
                .for_each(|region| declared_in(region, declared)),
        }
    }
}

/// Whether the accumulator is a float for sure: declared `let mut s = <float literal>` or with
/// an `f32`/`f64` annotation. (Seeding with 1 and scaling by its adjoint needs a scalar.)
fn is_float_initialised(function: &Function, var: VarId) -> bool {
    let mut found = false;
    visit_assignments(&function.body, &mut |id, value, binding| {
        if id != var {
            return;
        }
        if let Binding::Let { ty } = binding {
            let annotated = ty.as_deref().is_some_and(types::is_float);
            let literal = matches!(
                value,
                Value::Atom(Atom::Const(Expr::Lit(lit))) if matches!(lit.lit, Lit::Float(_))
            );
            found |= annotated || literal;
        }
    });
    found
}

fn visit_assignments(block: &Block, visit: &mut impl FnMut(VarId, &Value, &Binding)) {
    for stmt in &block.stmts {
        match stmt {
            Stmt::Assign {
                var,
                value,
                binding,
                ..
            } => visit(*var, value, binding),
            _ => stmt
                .regions()
                .into_iter()
                .for_each(|region| visit_assignments(region, visit)),
        }
    }
}

struct Scan<'a> {
    function: &'a Function,
    declared: &'a HashSet<VarId>,
    accumulator: Option<VarId>,
    ok: bool,
    /// Active variables from outside the loop read inside it, and whether the read is the
    /// accumulator's own `s` in `s = s + e`.
    reads: Vec<(VarId, bool)>,
}

impl Scan<'_> {
    fn outer_active(&self, var: VarId) -> bool {
        self.function.var(var).active && !self.declared.contains(&var)
    }

    fn read(&mut self, atom: &Atom, own_accumulation: bool) {
        if let Some(var) = atom.var()
            && self.outer_active(var)
        {
            self.reads.push((var, own_accumulation));
        }
    }

    fn block(&mut self, block: &Block) {
        for stmt in &block.stmts {
            self.stmt(stmt);
        }
    }

    fn stmt(&mut self, stmt: &Stmt) {
        match stmt {
            Stmt::Assign { var, value, .. } => {
                let accumulates = self.outer_active(*var);
                if accumulates {
                    let is_accumulation = matches!(
                        value,
                        Value::Prim { op: Op::Add | Op::Sub, args, .. }
                            if matches!(args[..], [Atom::Var(lhs), ref rhs]
                                if lhs == *var && !matches!(rhs, Atom::Var(r) if r == var))
                    );
                    if !is_accumulation || self.accumulator.is_some_and(|acc| acc != *var) {
                        self.ok = false;
                    }
                    self.accumulator = Some(*var);
                }
                match value {
                    Value::Atom(atom) => self.read(atom, false),
                    Value::Prim { args, .. } => {
                        for (position, arg) in args.iter().enumerate() {
                            self.read(arg, accumulates && position == 0);
                        }
                    }
                    Value::Index { base, .. } | Value::Place { base, .. } => {
                        self.read(&Atom::Var(*base), false)
                    }
                    Value::Verbatim(_) => {}
                }
            }
            Stmt::IndexAssign { base, value, .. } => {
                if self.outer_active(*base) {
                    self.ok = false;
                }
                self.read(value, false);
            }
            Stmt::If { .. } | Stmt::Match { .. } | Stmt::Block { .. } | Stmt::Loop(_) => stmt
                .regions()
                .into_iter()
                .for_each(|region| self.block(region)),
            Stmt::Declare { .. } | Stmt::Verbatim(_) => {}
        }
    }
}
