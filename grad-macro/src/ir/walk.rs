//! What each piece of the IR reads, writes and nests, and one walker over it.
//!
//! Every pass asks the IR these questions instead of matching on its variants itself:
//! [`Stmt::target`] and [`Stmt::sources`] are the data flow a derivative can take (the variable a
//! statement writes, and the variables whose values flow into it), [`Stmt::regions`] the blocks
//! nested in it, [`Stmt::kept_as_written`] the code it carries verbatim (conditions, indices,
//! loop heads), which may name any variable. [`Visit`] walks the regions in source order, with
//! hooks a pass overrides where it needs to (a loop, say).

use proc_macro2::TokenStream;
use quote::ToTokens;

use super::{Atom, Binding, Block, LoopKind, Op, Operand, Projection, Stmt, Value, VarId};

impl Value {
    /// The variables whose values flow into this one: a primitive's arguments, the container of
    /// an indexed or field read, a copied variable. Code kept as written reads none (its result
    /// carries no derivative).
    pub fn sources(&self) -> Vec<VarId> {
        match self {
            Value::Atom(atom) => atom.var().into_iter().collect(),
            Value::Prim { args, .. } => args.iter().filter_map(Atom::var).collect(),
            Value::Verbatim(_) => Vec::new(),
            Value::Index { base, .. } | Value::Place { base, .. } => vec![*base],
            Value::Map(map) => map
                .array
                .var()
                .into_iter()
                .chain(map.result.var())
                .chain(map.captures.iter().copied())
                .collect(),
        }
    }

    /// The atoms the value reads, to rename them.
    pub fn atoms_mut(&mut self) -> Vec<&mut Atom> {
        match self {
            Value::Atom(atom) => vec![atom],
            Value::Prim { args, .. } => args.iter_mut().collect(),
            Value::Map(map) => vec![&mut map.array, &mut map.result],
            Value::Verbatim(_) | Value::Index { .. } | Value::Place { .. } => Vec::new(),
        }
    }

    /// The code the value keeps as written: a verbatim expression, an index, a place's indices.
    pub fn kept_as_written(&self) -> Vec<TokenStream> {
        match self {
            Value::Atom(Atom::Const(expr)) | Value::Verbatim(expr) => vec![expr.to_token_stream()],
            Value::Atom(_) => Vec::new(),
            Value::Prim { args, .. } => args
                .iter()
                .filter_map(|arg| match arg {
                    Atom::Const(expr) => Some(expr.to_token_stream()),
                    _ => None,
                })
                .collect(),
            Value::Index { index, .. } => vec![index.to_token_stream()],
            Value::Place { path, .. } => path
                .iter()
                .filter_map(|step| match step {
                    Projection::Index(index) => Some(index.to_token_stream()),
                    Projection::Field(_) => None,
                })
                .collect(),
            Value::Map(map) => match &map.array {
                Atom::Const(expr) => vec![expr.to_token_stream()],
                _ => Vec::new(),
            },
        }
    }
}

impl Operand {
    /// Every variable the operand reads.
    pub fn vars(&self) -> Vec<VarId> {
        match self {
            Operand::Atom(atom) => atom.var().into_iter().collect(),
            Operand::Tuple(elems) => elems.iter().flat_map(Operand::vars).collect(),
        }
    }

    /// The constants among its atoms, as written.
    pub fn kept_as_written(&self) -> Vec<TokenStream> {
        match self {
            Operand::Atom(Atom::Const(expr)) => vec![expr.to_token_stream()],
            Operand::Atom(_) => Vec::new(),
            Operand::Tuple(elems) => elems.iter().flat_map(Operand::kept_as_written).collect(),
        }
    }

    /// Its atoms, to rename them.
    pub fn atoms_mut(&mut self) -> Vec<&mut Atom> {
        match self {
            Operand::Atom(atom) => vec![atom],
            Operand::Tuple(elems) => elems.iter_mut().flat_map(Operand::atoms_mut).collect(),
        }
    }
}

impl Stmt {
    /// The data flow of the statement: each variable it writes, with the variables whose
    /// values flow into it (what the activity analysis follows). An elementwise map also binds
    /// its element, from the array.
    pub fn flows(&self) -> Vec<(VarId, Vec<VarId>)> {
        let mut flows: Vec<_> = self
            .target()
            .map(|target| (target, self.sources()))
            .into_iter()
            .collect();
        if let Stmt::Assign {
            value: Value::Map(map),
            ..
        } = self
        {
            flows.push((map.element, map.array.var().into_iter().collect()));
        }
        flows
    }

    /// The variables the statement brings into existence: what a `let` or a declaration binds,
    /// and the element an elementwise map binds in its body.
    pub fn declares(&self) -> Vec<VarId> {
        match self {
            Stmt::Assign {
                var,
                binding: Binding::Let { .. },
                value,
                ..
            } => {
                let mut declared = vec![*var];
                if let Value::Map(map) = value {
                    declared.push(map.element);
                }
                declared
            }
            Stmt::Assign {
                value: Value::Map(map),
                ..
            } => vec![map.element],
            Stmt::Declare { var, .. } => vec![*var],
            _ => Vec::new(),
        }
    }

    /// The variable the statement writes: assigned, declared, or written into by index.
    pub fn target(&self) -> Option<VarId> {
        match self {
            Stmt::Assign { var, .. } | Stmt::Declare { var, .. } => Some(*var),
            Stmt::IndexAssign { base, .. } => Some(*base),
            _ => None,
        }
    }

    /// The variables whose values flow into [`Stmt::target`]: a derivative reaches the target
    /// only from these. An indexed write's own container is not among them (the element
    /// written replaces what was there).
    pub fn sources(&self) -> Vec<VarId> {
        match self {
            Stmt::Assign { value, .. } => value.sources(),
            Stmt::IndexAssign { value, .. } => value.var().into_iter().collect(),
            _ => Vec::new(),
        }
    }

    /// Every variable the statement itself reads (not its regions): its sources, and the
    /// container an indexed write updates.
    pub fn reads(&self) -> Vec<VarId> {
        let mut reads = self.sources();
        if let Stmt::IndexAssign { base, .. } = self {
            reads.push(*base);
        }
        reads
    }

    /// The atoms the statement reads, to rename them.
    pub fn atoms_mut(&mut self) -> Vec<&mut Atom> {
        match self {
            Stmt::Assign { value, .. } => value.atoms_mut(),
            Stmt::IndexAssign { value, .. } => vec![value],
            _ => Vec::new(),
        }
    }

    /// The code the statement keeps as written (not its regions'): conditions, scrutinees and
    /// patterns, loop heads, indices, verbatim statements. It may name any variable.
    pub fn kept_as_written(&self) -> Vec<TokenStream> {
        match self {
            Stmt::Assign { value, .. } => value.kept_as_written(),
            Stmt::Declare { .. } => Vec::new(),
            Stmt::Verbatim(tokens) => vec![tokens.clone()],
            Stmt::If { cond, .. } => vec![cond.to_token_stream()],
            Stmt::Block { .. } => Vec::new(),
            Stmt::IndexAssign { index, value, .. } => {
                let mut kept = vec![index.to_token_stream()];
                if let Atom::Const(expr) = value {
                    kept.push(expr.to_token_stream());
                }
                kept
            }
            Stmt::Match {
                scrutinee, arms, ..
            } => std::iter::once(scrutinee.to_token_stream())
                .chain(arms.iter().flat_map(|arm| {
                    let guard = arm.guard.as_ref().map(|guard| guard.to_token_stream());
                    std::iter::once(arm.pat.to_token_stream()).chain(guard)
                }))
                .collect(),
            Stmt::Loop(lp) => match &lp.kind {
                LoopKind::For { pat, iter } => vec![pat.to_token_stream(), iter.to_token_stream()],
                LoopKind::While { cond } => vec![cond.to_token_stream()],
                LoopKind::Loop => Vec::new(),
            },
        }
    }

    /// The regions nested in the statement, in source order: an `if`'s two branches, a
    /// `match`'s arms, a block, a loop's body; none for the other statements.
    pub fn regions(&self) -> Vec<&Block> {
        match self {
            Stmt::If {
                then_branch,
                else_branch,
                ..
            } => vec![then_branch, else_branch],
            Stmt::Match { arms, .. } => arms.iter().map(|arm| &arm.body).collect(),
            Stmt::Block { block, .. } => vec![block],
            Stmt::Loop(lp) => vec![&lp.body],
            Stmt::Assign {
                value: Value::Map(map),
                ..
            } => vec![&map.body],
            Stmt::Assign { .. }
            | Stmt::Declare { .. }
            | Stmt::Verbatim(_)
            | Stmt::IndexAssign { .. } => Vec::new(),
        }
    }

    /// [`Stmt::regions`], to rewrite them.
    pub fn regions_mut(&mut self) -> Vec<&mut Block> {
        match self {
            Stmt::If {
                then_branch,
                else_branch,
                ..
            } => vec![then_branch, else_branch],
            Stmt::Match { arms, .. } => arms.iter_mut().map(|arm| &mut arm.body).collect(),
            Stmt::Block { block, .. } => vec![block],
            Stmt::Loop(lp) => vec![&mut lp.body],
            Stmt::Assign {
                value: Value::Map(map),
                ..
            } => vec![&mut map.body],
            Stmt::Assign { .. }
            | Stmt::Declare { .. }
            | Stmt::Verbatim(_)
            | Stmt::IndexAssign { .. } => Vec::new(),
        }
    }
}

impl Block {
    /// Every statement of the block and of the regions nested in it, each before its regions'.
    pub fn all_stmts(&self) -> Vec<&Stmt> {
        struct Collect<'a>(Vec<&'a Stmt>);
        impl<'a> Visit<'a> for Collect<'a> {
            fn visit_stmt(&mut self, stmt: &'a Stmt) {
                self.0.push(stmt);
                walk_stmt(self, stmt);
            }
        }
        let mut collect = Collect(Vec::new());
        collect.visit_block(self);
        collect.0
    }

    /// The primitive of every assignment `x = op(args)` in the block and its nested regions.
    pub fn all_prims(&self) -> impl Iterator<Item = &Op> {
        self.all_stmts().into_iter().filter_map(|stmt| match stmt {
            Stmt::Assign {
                value: Value::Prim { op, .. },
                ..
            } => Some(op),
            _ => None,
        })
    }
}

/// A walk over the IR in source order. The default methods visit every statement of a block and
/// every region of a statement; a pass overrides the hooks it needs and calls [`walk_block`] or
/// [`walk_stmt`] to go on (syn's `Visit` convention).
pub trait Visit<'a> {
    fn visit_block(&mut self, block: &'a Block) {
        walk_block(self, block);
    }

    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        walk_stmt(self, stmt);
    }
}

/// Visits each statement of `block` in order.
pub fn walk_block<'a, V: Visit<'a> + ?Sized>(visitor: &mut V, block: &'a Block) {
    for stmt in &block.stmts {
        visitor.visit_stmt(stmt);
    }
}

/// Visits each region of `stmt` in order.
pub fn walk_stmt<'a, V: Visit<'a> + ?Sized>(visitor: &mut V, stmt: &'a Stmt) {
    for region in stmt.regions() {
        visitor.visit_block(region);
    }
}
