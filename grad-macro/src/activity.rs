//! Activity analysis: which variables carry derivatives.
//!
//! A variable is *active* when some assignment gives it a value computed from a differentiated
//! parameter (JAX's "tangent is not a symbolic zero"). The analysis is flow-insensitive per
//! variable and iterated to a fixed point, so a `let mut` accumulator that becomes active on a
//! later line is active throughout. Values that are active but never reach the result cost
//! nothing at run time: their adjoint stays empty and their pullback is never called.
//!
//! After the fixed point, each construct the lowering kept as written ([`Deferred`]) that
//! touches an active variable becomes a spanned error: it would otherwise drop derivatives
//! silently.

use crate::ctxt::Ctxt;
use crate::ir::{Block, Function, Stmt, Value};
use crate::lower::Deferred;

/// Marks active variables in `function` and reports deferred constructs touching them.
pub fn analyse(cx: &Ctxt, function: &mut Function, deferred: &[Deferred]) {
    while mark_block(function, &function.body.clone()) {}
    for item in deferred {
        if item.mentions.iter().any(|id| function.var(*id).active) {
            cx.error_spanned_by(&item.tokens, &item.message);
        }
    }
}

/// One pass over a block; returns whether any variable became active.
fn mark_block(function: &mut Function, block: &Block) -> bool {
    let mut changed = false;
    for stmt in &block.stmts {
        changed |= match stmt {
            Stmt::Assign { var, value, .. } => {
                let active = value_is_active(function, value);
                let var = &mut function.vars[var.0];
                if active && !var.active {
                    var.active = true;
                    true
                } else {
                    false
                }
            }
            Stmt::IndexAssign { base, value, .. } => {
                let active = function.is_active(value);
                let base = &mut function.vars[base.0];
                if active && !base.active {
                    base.active = true;
                    true
                } else {
                    false
                }
            }
            Stmt::If { .. } | Stmt::Match { .. } | Stmt::Block { .. } | Stmt::Loop(_) => {
                stmt.regions().into_iter().fold(false, |changed, region| {
                    mark_block(function, region) | changed
                })
            }
            Stmt::Declare { .. } | Stmt::Verbatim(_) => false,
        };
    }
    changed
}

/// Whether a value carries a derivative: a primitive with an active argument, or a copy of an
/// active variable.
pub fn value_is_active(function: &Function, value: &Value) -> bool {
    match value {
        Value::Atom(atom) => function.is_active(atom),
        Value::Prim { args, .. } => args.iter().any(|arg| function.is_active(arg)),
        Value::Verbatim(_) => false,
        Value::Index { base, .. } | Value::Place { base, .. } => function.var(*base).active,
    }
}

/// Whether a region writes any active variable, and so needs a reverse sweep of its own.
pub fn block_is_active(function: &Function, block: &Block) -> bool {
    block.stmts.iter().any(|stmt| match stmt {
        Stmt::Assign { var, .. } => function.var(*var).active,
        Stmt::IndexAssign { base, .. } => function.var(*base).active,
        Stmt::If { .. } | Stmt::Match { .. } | Stmt::Block { .. } | Stmt::Loop(_) => stmt
            .regions()
            .into_iter()
            .any(|region| block_is_active(function, region)),
        Stmt::Declare { .. } | Stmt::Verbatim(_) => false,
    })
}
