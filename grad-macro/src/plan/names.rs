//! The identifiers of the generated locals, allocated before emission: each [`Name`] the sweeps
//! may use gets one identifier, distinct from every variable's and from every other generated
//! name (a name already taken gets a numeric suffix). Emission only looks them up.

use std::collections::{HashMap, HashSet};

use syn::Ident;

use crate::ir::{Function, Projection, Stmt, Value};
use crate::naming::{self, Name};

use super::in_place::InPlaceSums;
use super::schedule::Schedule;

/// Every generated local's identifier.
#[derive(Debug)]
pub struct Names {
    table: HashMap<Name, Ident>,
}

impl Names {
    /// The identifier of `name`.
    pub fn get(&self, name: Name) -> Ident {
        match self.table.get(&name) {
            Some(ident) => ident.clone(),
            None => unreachable!("grad: the plan allocates every name emission uses ({name:?})"),
        }
    }

    pub(super) fn allocate(
        function: &Function,
        schedule: &Schedule,
        in_place: &InPlaceSums,
    ) -> Self {
        let mut allocator = Allocator {
            bases: function.vars.iter().map(|var| var.base.clone()).collect(),
            used: function.reserved.clone(),
            table: HashMap::new(),
        };
        for name in wanted(function, schedule, in_place) {
            allocator.allocate(name);
        }
        Self {
            table: allocator.table,
        }
    }
}

/// Every name the sweeps of `function` may use, in a fixed order.
fn wanted(function: &Function, schedule: &Schedule, in_place: &InPlaceSums) -> Vec<Name> {
    let mut names = vec![
        Name::Cotangent,
        Name::ResultCotangent,
        Name::WrtScope,
        Name::Graph,
        Name::GraphNodes,
    ];
    for (index, var) in function.vars.iter().enumerate() {
        let id = crate::ir::VarId(index);
        if var.active {
            names.extend([Name::Adjoint(id), Name::Shape(id), Name::Next(id)]);
        }
    }
    names.extend(
        in_place
            .operands
            .iter()
            .map(|x| Name::SumOfSquaresAdjoint(*x)),
    );
    let mut arity = 0;
    for stmt in function.body.all_stmts() {
        match stmt {
            Stmt::Assign {
                var, value, index, ..
            } => {
                names.extend([
                    Name::Pullback(*var, *index),
                    Name::ReadAt(*var, *index),
                    Name::Node(*var, *index),
                    Name::NodeInputs(*var, *index),
                ]);
                match value {
                    Value::Place { path, .. } => {
                        names.extend(path.iter().enumerate().filter_map(|(k, step)| {
                            matches!(step, Projection::Index(_))
                                .then_some(Name::PlaceAt(*var, *index, k))
                        }));
                    }
                    Value::Prim { args, .. } => arity = arity.max(args.len()),
                    _ => {}
                }
            }
            Stmt::IndexAssign { count, .. } => names.push(Name::WriteAt(*count)),
            Stmt::If { index, .. } | Stmt::Match { index, .. } => {
                names.push(Name::Branch(*index));
            }
            Stmt::Block { index, .. } => names.push(Name::Block(*index)),
            Stmt::Loop(lp) => {
                names.extend([Name::Stack(lp.index), Name::Count(lp.index)]);
                if schedule.checkpointed.contains_key(&lp.index) {
                    names.extend([
                        Name::LoopIter(lp.index),
                        Name::Every(lp.index),
                        Name::Checkpoints(lp.index),
                        Name::SegmentStart(lp.index),
                        Name::SegmentEnd(lp.index),
                        Name::State(lp.index),
                    ]);
                }
                if let Some(plan) = schedule.preaccumulated.get(&lp.index) {
                    names.extend(
                        plan.inputs
                            .iter()
                            .map(|input| Name::LoopAdjoint(lp.index, *input)),
                    );
                }
            }
            Stmt::Declare { .. } | Stmt::Verbatim(_) => {}
        }
    }
    names.extend((0..arity).map(Name::ArgCotangent));
    names
}

struct Allocator {
    /// The variables' bases, indexed by `VarId`.
    bases: Vec<String>,
    /// Every name taken: the variables' bases, lowering's generated names, and those allocated.
    used: HashSet<String>,
    table: HashMap<Name, Ident>,
}

impl Allocator {
    fn allocate(&mut self, name: Name) {
        if self.table.contains_key(&name) {
            return;
        }
        let stem = name.stem(|var| self.bases[var.0].clone());
        let mut candidate = stem.clone();
        let mut suffix = 2;
        while !self.used.insert(candidate.clone()) {
            candidate = format!("{stem}_{suffix}");
            suffix += 1;
        }
        self.table.insert(name, naming::hygienic(&candidate));
    }
}
