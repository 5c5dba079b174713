//! The identifiers of the generated locals, allocated before emission: each [`Name`] the sweeps
//! may use gets one identifier, distinct from every variable's and from every other generated
//! name (a name already taken gets a numeric suffix). Emission only looks them up.

use std::collections::{HashMap, HashSet};

use syn::Ident;

use crate::ir::{Function, Loop, Projection, Stmt, Value, VarId};
use crate::naming::{self, Name};

use super::expansion::Expansions;
use super::in_place::InPlaceSums;
use super::schedule::Schedule;
use super::windows::Windows;

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
        windows: &Windows,
        expansions: &Expansions,
    ) -> Self {
        let mut allocator = Allocator {
            bases: function.vars.iter().map(|var| var.base.clone()).collect(),
            used: function.reserved.clone(),
            table: HashMap::new(),
        };
        for name in wanted(function, schedule, in_place)
            .into_iter()
            .chain(windows.names())
            .chain(expansions.names())
        {
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
        let id = VarId(index);
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
        arity = arity.max(stmt_names(stmt, schedule, &mut names));
    }
    names.extend((0..arity).map(Name::ArgCotangent));
    names
}

/// The names one statement's sweeps may use, pushed onto `names`; the number of arguments of
/// the primitive it calls (0 if it calls none), which sets how many argument cotangents there are.
fn stmt_names(stmt: &Stmt, schedule: &Schedule, names: &mut Vec<Name>) -> usize {
    match stmt {
        Stmt::Assign {
            var, value, index, ..
        } => return assign_names(*var, value, *index, names),
        Stmt::IndexAssign { count, .. } => names.push(Name::WriteAt(*count)),
        Stmt::If { index, .. } | Stmt::Match { index, .. } => {
            names.push(Name::Branch(*index));
        }
        Stmt::Block { index, .. } => names.push(Name::Block(*index)),
        Stmt::Loop(lp) => loop_names(lp, schedule, names),
        Stmt::Declare { .. } | Stmt::Verbatim(_) => {}
    }
    0
}

/// The names of the `index`-th assignment to `var` (its pullback, its node, the positions it
/// reads at); the number of arguments of its primitive.
fn assign_names(var: VarId, value: &Value, index: usize, names: &mut Vec<Name>) -> usize {
    names.extend([
        Name::Pullback(var, index),
        Name::ReadAt(var, index),
        Name::Node(var, index),
        Name::NodeInputs(var, index),
    ]);
    match value {
        Value::Place { path, .. } => {
            names.extend(path.iter().enumerate().filter_map(|(k, step)| {
                matches!(step, Projection::Index(_)).then_some(Name::PlaceAt(var, index, k))
            }));
            0
        }
        Value::Prim { args, .. } => args.len(),
        _ => 0,
    }
}

/// A loop's names: its record, and those of its checkpoints and preaccumulated adjoints when
/// the schedule gives it some.
fn loop_names(lp: &Loop, schedule: &Schedule, names: &mut Vec<Name>) {
    // `loop_k_iter`: a checkpointed loop's iterator, or the range a stacked loop's reverse
    // takes its counter from.
    names.extend([
        Name::Stack(lp.index),
        Name::Count(lp.index),
        Name::LoopIter(lp.index),
    ]);
    if schedule.checkpointed.contains_key(&lp.index) {
        names.extend([
            Name::Every(lp.index),
            Name::Checkpoints(lp.index),
            Name::SegmentStart(lp.index),
            Name::SegmentEnd(lp.index),
            Name::State(lp.index),
        ]);
    }
    if let Some(plan) = schedule.preaccumulated.get(&lp.index) {
        names.extend(
            plan.own_inputs()
                .map(|input| Name::LoopAdjoint(lp.index, input)),
        );
    }
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
