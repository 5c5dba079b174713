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
//!
//! A loop iteration's record keeps the indices its reads and writes used only when it must: an
//! index that is integer arithmetic over names the iteration does not change (`w + 4 * b + i`)
//! is computed again in the reverse sweep from those names, which the record keeps once each
//! (`w, b, i` for the dozen indices of an LSTM cell). A stack entry is then a few words smaller
//! for every such index.

use std::collections::{HashMap, HashSet};

use proc_macro2::{Ident, TokenStream, TokenTree};
use quote::ToTokens;
use syn::visit::Visit;
use syn::{BinOp, Expr, UnOp};

use crate::activity::{block_is_active, value_is_active};
use crate::ir::{Binding, Block, Function, LoopKind, Projection, Stmt, Value, VarId};
use crate::naming::Name;

use super::in_place::InPlaceSums;
use super::recompute::{Again, Enclosing, Reversible};
use super::schedule::Schedule;
use super::updates::Updates;

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
    recomputed: HashMap<Region, Recomputed>,
}

/// The indices and values a loop iteration computes again in the reverse sweep instead of
/// keeping them, and the source's names they are computed from that its record keeps (after
/// its names).
#[derive(Debug, Default)]
pub struct Recomputed {
    /// The names the indices read (and the loop's own counter, when values computed again in
    /// it or in the loops inside it read the counter), each once, in order.
    pub operands: Vec<Ident>,
    /// Each index: the name the forward sweep binds it to, its expression, and whether it is a
    /// position in iteration order (`Flat`).
    pub indices: Vec<(Name, Expr, bool)>,
    /// The assignments computed again after the indices, in order (`recompute.rs`).
    pub values: Vec<Again>,
    /// The loop's counter and its range, when the record does not keep the counter: the
    /// reverse sweep runs the range backwards beside the records (the loop runs it whole).
    pub replayed: Option<(Ident, Expr)>,
}

impl Records {
    /// The names `region` saves for the reverse sweep, in the order of its record.
    pub fn saved(&self, region: Region) -> &[Name] {
        self.saved.get(&region).map_or(&[], Vec::as_slice)
    }

    /// The indices `region` computes again in the reverse sweep, and the source names its
    /// record keeps for them.
    pub fn recomputed(&self, region: Region) -> Option<&Recomputed> {
        self.recomputed.get(&region)
    }

    /// Every region's record, in a fixed order (for `GRAD_DEBUG`): those that keep something,
    /// and those that keep nothing because their reverse computes it again.
    pub fn all(&self) -> Vec<(Region, &[Name])> {
        let mut all: Vec<(Region, &[Name])> = self
            .saved
            .iter()
            .filter(|(region, saved)| !saved.is_empty() || self.recomputed.contains_key(region))
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
        updates: &Updates,
        nodes: bool,
    ) -> Self {
        let mut planner = Planner {
            function,
            schedule,
            in_place,
            updates,
            nodes,
            index_exprs: HashMap::new(),
            counters: Vec::new(),
            within: None,
            counters_kept: HashSet::new(),
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
    updates: &'a Updates,
    nodes: bool,
    /// The expression of every index the forward sweep binds to a name, and whether it is flat.
    index_exprs: HashMap<Name, (Expr, bool)>,
    /// The counters of the `for` loops over ranges around the region being planned.
    counters: Vec<String>,
    /// Inside a preaccumulated loop (the innermost): what its body may change, and the loops
    /// inside it around the region being planned (`recompute.rs`).
    within: Option<Within>,
    /// The loops whose records keep their counters for values computed again inside them.
    counters_kept: HashSet<usize>,
    records: Records,
}

/// The innermost preaccumulated loop around the region being planned.
#[derive(Clone)]
struct Within {
    changed: HashSet<String>,
    loops: Vec<Enclosing>,
}

impl Planner<'_> {
    fn region(&mut self, region: Region, block: &Block) {
        let mut saved = Vec::new();
        for stmt in &block.stmts {
            self.stmt(stmt, &mut saved);
        }
        if let Region::Loop(index) = region {
            let mut recomputed = Recomputed {
                values: self.recompute_values(index, block, &mut saved),
                ..Recomputed::default()
            };
            if self.counters_kept.contains(&index)
                && let Some(Enclosing {
                    counter: Some(counter),
                    ..
                }) = self.within.as_ref().and_then(|within| within.loops.last())
            {
                recomputed.operands.push(counter.clone());
            }
            self.recompute_indices(region, block, &mut saved, recomputed);
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
            Stmt::IndexAssign {
                base, count, index, ..
            } if function.var(*base).active => {
                saved.push(Name::WriteAt(*count));
                self.index_exprs
                    .insert(Name::WriteAt(*count), (index.clone(), false));
            }
            Stmt::Loop(lp) => {
                let counter = range_counter(lp);
                let pushed = counter.map(|counter| self.counters.push(counter)).is_some();
                let outside = self.enter_loop(lp);
                self.region(Region::Loop(lp.index), &lp.body);
                self.replay(lp);
                self.within = outside;
                if pushed {
                    self.counters.pop();
                }
                if let Some(plan) = self.schedule.preaccumulated.get(&lp.index) {
                    saved.extend(
                        plan.own_inputs()
                            .map(|input| Name::LoopAdjoint(lp.index, input)),
                    );
                } else if block_is_active(function, &lp.body) && !self.replays(lp.index) {
                    // A loop that runs its range backwards has as many records as its range
                    // has counters: the reverse sweep counts them from the range.
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
            // The map is one node; its element's operations are not recorded. Its element's
            // pullback runs elsewhere: nothing in it is computed again.
            let nodes = std::mem::replace(&mut self.nodes, false);
            let within = self.within.take();
            self.region(Region::Map(var, index), &map.body);
            self.nodes = nodes;
            self.within = within;
        }
        if self.nodes {
            saved.push(Name::Node(var, index));
        }
        match value {
            // A sum or difference pulled back by its rule again (`updates.rs`): nothing kept.
            Value::Prim { .. } if self.updates.is_stateless(var, index) => {}
            Value::Prim { .. } | Value::Map(_) if value_is_active(function, value) => {
                saved.push(Name::Pullback(var, index));
            }
            Value::Index {
                base,
                index: at,
                flat,
                ..
            } if function.var(*base).active => {
                saved.push(Name::ReadAt(var, index));
                self.index_exprs
                    .insert(Name::ReadAt(var, index), (at.clone(), *flat));
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

impl Planner<'_> {
    /// Whether the reverse sweep runs loop `index`'s range backwards ([`Self::replay`]).
    fn replays(&self, index: usize) -> bool {
        self.records
            .recomputed(Region::Loop(index))
            .is_some_and(|recomputed| recomputed.replayed.is_some())
    }

    /// Entering loop `lp`: the context of its body (`within`), returning the one outside it.
    fn enter_loop(&mut self, lp: &crate::ir::Loop) -> Option<Within> {
        let outside = self.within.clone();
        if self.schedule.preaccumulated.contains_key(&lp.index) {
            self.within = Some(Within {
                changed: names_changed_in(self.function, &lp.body),
                loops: Vec::new(),
            });
        } else if let Some(within) = &mut self.within {
            let changed = names_changed_in(self.function, &lp.body);
            within.loops.push(Enclosing {
                index: lp.index,
                counter: range_counter_ident(lp)
                    .filter(|counter| !changed.contains(&counter.to_string())),
                changed,
                stacked: self.schedule.stacked.contains(&lp.index),
            });
        }
        outside
    }

    /// Takes a stacked loop's counter out of its record when the reverse sweep can run the
    /// loop's range backwards instead: a `for` over a range, inside a preaccumulated loop,
    /// that always runs to its end and whose bounds are computed again there.
    fn replay(&mut self, lp: &crate::ir::Loop) {
        let Some(within) = &self.within else { return };
        let Some((last, around)) = within.loops.split_last() else {
            return;
        };
        let LoopKind::For { iter, .. } = &lp.kind else {
            return;
        };
        let (Expr::Range(range), Some(counter)) = (&**iter, &last.counter) else {
            return;
        };
        if last.index != lp.index
            || !last.stacked
            || !lp.exit_flags.is_empty()
            || lp.break_flag.is_some()
        {
            return;
        }
        let Some(recomputed) = self.records.recomputed.get_mut(&Region::Loop(lp.index)) else {
            return;
        };
        let Some(position) = recomputed.operands.iter().position(|op| op == counter) else {
            return;
        };
        let reversible = Reversible {
            function: self.function,
            in_place: self.in_place,
            changed: &within.changed,
            loops: around,
        };
        let Some(counters) = reversible.range_counters(range) else {
            return;
        };
        recomputed.operands.remove(position);
        recomputed.replayed = Some((counter.clone(), (**iter).clone()));
        self.counters_kept.extend(counters);
    }

    /// Takes out of a stacked loop iteration's record inside a preaccumulated loop the values
    /// its reverse computes again (`recompute.rs`), when that keeps fewer names: the loops'
    /// counters they need are kept instead.
    fn recompute_values(
        &mut self,
        index: usize,
        block: &Block,
        saved: &mut Vec<Name>,
    ) -> Vec<Again> {
        let Some(within) = &self.within else {
            return Vec::new();
        };
        if self.nodes
            || within
                .loops
                .last()
                .is_none_or(|lp| lp.index != index || !lp.stacked)
        {
            return Vec::new();
        }
        let reversible = Reversible {
            function: self.function,
            in_place: self.in_place,
            changed: &within.changed,
            loops: &within.loops,
        };
        let Some(plan) = reversible.plan(block, saved) else {
            return Vec::new();
        };
        let own_counter = plan.counters.contains(&index) && !self.counters_kept.contains(&index);
        if plan.removed.len() <= usize::from(own_counter) {
            return Vec::new();
        }
        saved.retain(|name| !plan.removed.contains(name));
        self.counters_kept.extend(plan.counters);
        plan.values
    }

    /// Moves out of a loop iteration's record the indices it can compute again in the reverse
    /// sweep, and keeps the names they read instead, when those are fewer. `recomputed` holds
    /// what the iteration computes again already, and the names its record keeps for that.
    fn recompute_indices(
        &mut self,
        region: Region,
        block: &Block,
        saved: &mut Vec<Name>,
        mut recomputed: Recomputed,
    ) {
        let changed = names_changed_in(self.function, block);
        let kept_before = recomputed.operands.len();
        for name in saved.iter() {
            let Some((at, flat)) = self.index_exprs.get(name) else {
                continue;
            };
            let Some(operands) = arithmetic_operands(at, &self.function.pure_calls) else {
                continue;
            };
            let kept_as_is = |operand: &Ident| {
                let operand = operand.to_string();
                !changed.contains(&operand)
                    && (self.counters.contains(&operand) || holds_a_value(self.function, &operand))
            };
            if operands.is_empty() || !operands.iter().all(kept_as_is) {
                continue;
            }
            for operand in operands {
                if !recomputed.operands.contains(&operand) {
                    recomputed.operands.push(operand);
                }
            }
            recomputed.indices.push((*name, at.clone(), *flat));
        }
        if recomputed.operands.len() - kept_before >= recomputed.indices.len() {
            recomputed.operands.truncate(kept_before);
            recomputed.indices.clear();
        }
        saved.retain(|name| !recomputed.indices.iter().any(|(at, ..)| at == name));
        if !recomputed.operands.is_empty() || !recomputed.values.is_empty() {
            self.records.recomputed.insert(region, recomputed);
        }
    }
}

/// `(start, end)` of a range `start..end` (not `a..=b`, nor one with a bound left out).
pub(super) fn range_bounds(range: &Expr) -> Option<(&Expr, &Expr)> {
    let Expr::Range(syn::ExprRange {
        start: Some(start),
        end: Some(end),
        limits: syn::RangeLimits::HalfOpen(_),
        ..
    }) = range
    else {
        return None;
    };
    Some((start, end))
}

/// The names an index expression reads, when it is integer arithmetic on plain local names
/// (`w + 4 * b + i`, `[r, c + 1]`, `(t + 1) * b`), or calls of the functions `pure` names on
/// such arithmetic (`c * s + tri(d, r, col)`): computing it again from the same values gives
/// the same index, with the same type. `None` for anything else (another call, a field, a
/// method, a reference, a path, a name that reads as a constant).
pub(super) fn arithmetic_operands(expr: &Expr, pure: &HashSet<String>) -> Option<Vec<Ident>> {
    let mut operands = Vec::new();
    collect_operands(expr, pure, &mut operands).then_some(operands)
}

fn collect_operands(expr: &Expr, pure: &HashSet<String>, operands: &mut Vec<Ident>) -> bool {
    let mut collect = |expr: &Expr| collect_operands(expr, pure, operands);
    match expr {
        Expr::Path(path) if path.qself.is_none() && path.attrs.is_empty() => {
            match path.path.get_ident() {
                Some(ident)
                    if ident
                        .to_string()
                        .starts_with(|c: char| c.is_ascii_lowercase()) =>
                {
                    operands.push(ident.clone());
                    true
                }
                _ => false,
            }
        }
        Expr::Call(call) if is_pure_callee(&call.func, pure) => call.args.iter().all(collect),
        Expr::Lit(lit) => matches!(lit.lit, syn::Lit::Int(_)),
        Expr::Paren(paren) => collect(&paren.expr),
        Expr::Group(group) => collect(&group.expr),
        Expr::Unary(unary) => matches!(unary.op, UnOp::Neg(_)) && collect(&unary.expr),
        Expr::Binary(binary) => {
            matches!(
                binary.op,
                BinOp::Add(_) | BinOp::Sub(_) | BinOp::Mul(_) | BinOp::Div(_) | BinOp::Rem(_)
            ) && collect(&binary.left)
                && collect(&binary.right)
        }
        Expr::Array(array) => array.elems.iter().all(collect),
        _ => false,
    }
}

/// Whether `func` is a plain name the attribute declares pure (`pure(f)` covers `f(..)`, not
/// `m::f(..)`, which may be another function).
fn is_pure_callee(func: &Expr, pure: &HashSet<String>) -> bool {
    matches!(func, Expr::Path(path) if path.qself.is_none()
        && path.path.get_ident().is_some_and(|ident| pure.contains(&ident.to_string())))
}

/// The names a region may bind or change anywhere in it (its statements and the regions nested
/// in them): the variables it assigns or declares, the names its nested loops bind, and every
/// name in the code it keeps as written. An index reading none of them has the same value
/// wherever the region computes it, and still at its end, where the record is made.
pub(super) fn names_changed_in(function: &Function, block: &Block) -> HashSet<String> {
    let mut changed = HashSet::new();
    for stmt in block.all_stmts() {
        match stmt {
            Stmt::Assign { var, value, .. } => {
                changed.insert(function.var(*var).ident.to_string());
                if let Value::Verbatim(expr) = value {
                    add_names(expr.to_token_stream(), &mut changed);
                }
            }
            Stmt::Declare { var, .. } => {
                changed.insert(function.var(*var).ident.to_string());
            }
            Stmt::IndexAssign { base, .. } => {
                changed.insert(function.var(*base).ident.to_string());
            }
            Stmt::Verbatim(tokens) => add_names(tokens.clone(), &mut changed),
            Stmt::Loop(lp) => match &lp.kind {
                LoopKind::For { pat, iter } => {
                    add_names(pat.to_token_stream(), &mut changed);
                    add_if_changing(iter, &mut changed);
                }
                LoopKind::While { cond } => add_if_changing(cond, &mut changed),
                LoopKind::Loop => {}
            },
            Stmt::If { cond, .. } => add_if_changing(cond, &mut changed),
            Stmt::Match {
                scrutinee, arms, ..
            } => {
                add_if_changing(scrutinee, &mut changed);
                for arm in arms {
                    add_names(arm.pat.to_token_stream(), &mut changed);
                    if let Some(guard) = &arm.guard {
                        add_if_changing(guard, &mut changed);
                    }
                }
            }
            Stmt::Block { .. } => {}
        }
    }
    changed
}

/// Every name in `tokens`.
fn add_names(tokens: TokenStream, names: &mut HashSet<String>) {
    for tree in tokens {
        match tree {
            TokenTree::Ident(ident) => {
                names.insert(ident.to_string());
            }
            TokenTree::Group(group) => add_names(group.stream(), names),
            _ => {}
        }
    }
}

/// Every name in an expression kept as written (a condition, an iterator) that could change a
/// variable: one with an assignment, a block, a closure or a macro in it.
fn add_if_changing(expr: &Expr, names: &mut HashSet<String>) {
    struct Changing(bool);
    impl<'ast> Visit<'ast> for Changing {
        fn visit_expr(&mut self, expr: &'ast Expr) {
            match expr {
                Expr::Assign(_) | Expr::Block(_) | Expr::Closure(_) | Expr::Macro(_) => {
                    self.0 = true;
                }
                Expr::Binary(binary) if is_compound_assignment(&binary.op) => self.0 = true,
                _ => syn::visit::visit_expr(self, expr),
            }
        }
    }
    let mut changing = Changing(false);
    changing.visit_expr(expr);
    if changing.0 {
        add_names(expr.to_token_stream(), names);
    }
}

fn is_compound_assignment(op: &BinOp) -> bool {
    !matches!(
        op,
        BinOp::Add(_)
            | BinOp::Sub(_)
            | BinOp::Mul(_)
            | BinOp::Div(_)
            | BinOp::Rem(_)
            | BinOp::And(_)
            | BinOp::Or(_)
            | BinOp::BitXor(_)
            | BinOp::BitAnd(_)
            | BinOp::BitOr(_)
            | BinOp::Shl(_)
            | BinOp::Shr(_)
            | BinOp::Eq(_)
            | BinOp::Lt(_)
            | BinOp::Le(_)
            | BinOp::Ne(_)
            | BinOp::Ge(_)
            | BinOp::Gt(_)
    )
}

/// The counter of `for counter in a..b`, whose values are integers.
fn range_counter(lp: &crate::ir::Loop) -> Option<String> {
    range_counter_ident(lp).map(|counter| counter.to_string())
}

fn range_counter_ident(lp: &crate::ir::Loop) -> Option<Ident> {
    let LoopKind::For { pat, iter } = &lp.kind else {
        return None;
    };
    match (&**pat, &**iter) {
        (syn::Pat::Ident(pat), Expr::Range(_)) if pat.subpat.is_none() && pat.by_ref.is_none() => {
            Some(pat.ident.clone())
        }
        _ => None,
    }
}

/// Whether every variable named `name` holds a value of its own, not a reference a record
/// could not outlive: a parameter taken by value, or a variable assigned only constants, the
/// results of operations (`8 * b * layer`, `x.len() / 3`) or elements read by value. A name the function
/// does not know (a loop's pattern over anything but a range) does not.
fn holds_a_value(function: &Function, name: &str) -> bool {
    let vars: Vec<VarId> = (0..function.vars.len())
        .map(VarId)
        .filter(|id| function.var(*id).ident == name)
        .collect();
    if vars.is_empty() || vars.iter().any(|id| function.var(*id).by_ref) {
        return false;
    }
    function
        .body
        .all_stmts()
        .into_iter()
        .all(|stmt| match stmt {
            Stmt::Assign { var, value, .. } if vars.contains(var) => matches!(
                value,
                Value::Prim { .. }
                    | Value::Index {
                        borrowed: false,
                        ..
                    }
                    | Value::Atom(crate::ir::Atom::Const(_))
            ),
            Stmt::Declare { var, .. } => !vars.contains(var),
            _ => true,
        })
}
