//! What each region of the forward sweep hands to the reverse sweep: its record.
//!
//! A region (an `if` branch, a `match` arm, a nested block, a loop body) runs in the forward
//! sweep and again, backwards, in the reverse sweep; what the reverse needs of it (pullbacks,
//! indices read, the records of the regions nested in it, a loop's iteration count) leaves the
//! region as a tuple: the branch taken's `Branch`, a block's value, a loop iteration's stack
//! entry. This module decides, once, which names each record holds and in which order; the
//! forward sweep builds the tuples from it and the reverse sweep opens them with the same list.
//!
//! ```text
//! // if c { let y = x.exp(); } else { }   saves   branch_1 = Then((y_pullback,)) / Else(())
//! ```

use std::collections::HashMap;

use crate::activity::{block_is_active, value_is_active};
use crate::ir::{Binding, Block, Function, Projection, Stmt, Value, VarId};
use crate::naming::Name;

use super::in_place::InPlaceSums;
use super::schedule::Schedule;

/// A region of the body, by the statement it belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Region {
    /// The function's own body (its names are captured by the pullback, not put in a record).
    Body,
    /// Branch `arm` of the `if` (0: then, 1: else) or `match` with this index.
    Arm { index: usize, arm: usize },
    /// The nested block with this index.
    Block(usize),
    /// The body of the loop with this index.
    Loop(usize),
    /// The body of the elementwise map assigned by the `k`-th assignment to a variable (its
    /// names are captured by the element's pullback; the regions inside it have records).
    Map(VarId, usize),
}

/// The names each region's record holds, in order.
#[derive(Debug, Default)]
pub struct Records {
    saved: HashMap<Region, Vec<Name>>,
}

impl Records {
    /// The names `region` saves for the reverse sweep, in the order of its record.
    pub fn saved(&self, region: Region) -> &[Name] {
        self.saved.get(&region).map_or(&[], Vec::as_slice)
    }

    /// Every region's record, in a fixed order (for `GRAD_DEBUG`).
    pub fn all(&self) -> Vec<(Region, &[Name])> {
        let mut all: Vec<(Region, &[Name])> = self
            .saved
            .iter()
            .filter(|(_, saved)| !saved.is_empty())
            .map(|(region, saved)| (*region, saved.as_slice()))
            .collect();
        all.sort_by_key(|(region, _)| format!("{region:?}"));
        all
    }

    /// `nodes`: each assignment also keeps the handle of its node in the graph (`f_graph`).
    pub(super) fn of(
        function: &Function,
        schedule: &Schedule,
        in_place: &InPlaceSums,
        nodes: bool,
    ) -> Self {
        let mut planner = Planner {
            function,
            schedule,
            in_place,
            nodes,
            records: Self::default(),
        };
        planner.region(Region::Body, &function.body);
        planner.records
    }
}

/// Whether the `let` of `var` keeps the variable's shape: a differentiated container that is
/// indexed, whose adjoint is built element by element and starts as zeros of that shape.
pub fn captures_shape(function: &Function, var: VarId, binding: &Binding) -> bool {
    let var = function.var(var);
    var.indexed && var.active && matches!(binding, Binding::Let { .. })
}

struct Planner<'a> {
    function: &'a Function,
    schedule: &'a Schedule,
    in_place: &'a InPlaceSums,
    nodes: bool,
    records: Records,
}

impl Planner<'_> {
    fn region(&mut self, region: Region, block: &Block) {
        let mut saved = Vec::new();
        for stmt in &block.stmts {
            self.stmt(stmt, &mut saved);
        }
        self.records.saved.insert(region, saved);
    }

    fn stmt(&mut self, stmt: &Stmt, saved: &mut Vec<Name>) {
        let function = self.function;
        match stmt {
            Stmt::Assign {
                var,
                value,
                binding,
                index,
            } => self.assign(*var, value, binding, *index, saved),
            Stmt::If { index, .. } | Stmt::Match { index, .. } => {
                let branches = stmt.regions();
                for (arm, branch) in branches.iter().enumerate() {
                    self.region(Region::Arm { index: *index, arm }, branch);
                }
                if branches
                    .iter()
                    .any(|branch| block_is_active(function, branch))
                {
                    saved.push(Name::Branch(*index));
                }
            }
            Stmt::Block { block, index } => {
                self.region(Region::Block(*index), block);
                if block_is_active(function, block) {
                    saved.push(Name::Block(*index));
                }
            }
            Stmt::IndexAssign { base, count, .. } if function.var(*base).active => {
                saved.push(Name::WriteAt(*count));
            }
            Stmt::Loop(lp) => {
                self.region(Region::Loop(lp.index), &lp.body);
                if let Some(plan) = self.schedule.preaccumulated.get(&lp.index) {
                    saved.extend(
                        plan.inputs
                            .iter()
                            .map(|input| Name::LoopAdjoint(lp.index, *input)),
                    );
                } else if block_is_active(function, &lp.body) {
                    saved.push(Name::Count(lp.index));
                }
            }
            Stmt::Declare { .. } | Stmt::Verbatim(_) | Stmt::IndexAssign { .. } => {}
        }
    }

    fn assign(
        &mut self,
        var: VarId,
        value: &Value,
        binding: &Binding,
        index: usize,
        saved: &mut Vec<Name>,
    ) {
        let function = self.function;
        if self.in_place.sums.contains_key(&(var, index)) {
            // Pulled back in place from the operand itself: nothing kept.
            return;
        }
        if let Value::Map(map) = value {
            // The map is one node; its element's operations are not recorded.
            let nodes = std::mem::replace(&mut self.nodes, false);
            self.region(Region::Map(var, index), &map.body);
            self.nodes = nodes;
        }
        if self.nodes {
            saved.push(Name::Node(var, index));
        }
        match value {
            Value::Prim { .. } | Value::Map(_) if value_is_active(function, value) => {
                saved.push(Name::Pullback(var, index));
            }
            Value::Index { base, .. } if function.var(*base).active => {
                saved.push(Name::ReadAt(var, index));
            }
            Value::Place { base, path, .. } if function.var(*base).active => {
                saved.extend(path.iter().enumerate().filter_map(|(k, step)| {
                    matches!(step, Projection::Index(_)).then_some(Name::PlaceAt(var, index, k))
                }));
            }
            _ => {}
        }
        if captures_shape(function, var, binding) {
            saved.push(Name::Shape(var));
        }
    }
}
