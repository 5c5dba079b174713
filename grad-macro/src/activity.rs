//! Activity analysis: which variables carry derivatives.
//!
//! A variable is *active* when some statement writes it from a source that depends on a
//! differentiated parameter (JAX's "tangent is not a symbolic zero"). The analysis follows the
//! IR's data flow ([`Stmt::sources`] into [`Stmt::target`]), flow-insensitively per variable,
//! to a fixed point, so a `let mut` accumulator that becomes active on a later line is active
//! throughout. Values that are active but never reach the result cost nothing at run time: their
//! adjoint stays empty and their pullback is never called.
//!
//! After the fixed point, each construct the lowering kept as written ([`Deferred`]) that
//! touches an active variable becomes a spanned error: it would otherwise drop derivatives
//! silently.

use crate::ctxt::Ctxt;
use crate::ir::{Block, Function, Stmt, Value};
use crate::lower::Deferred;

/// Marks active variables in `function` and reports deferred constructs touching them.
pub fn analyse(cx: &Ctxt, function: &mut Function, deferred: &[Deferred]) {
    let flows: Vec<_> = function
        .body
        .all_stmts()
        .into_iter()
        .flat_map(Stmt::flows)
        .collect();
    let mut changed = true;
    while changed {
        changed = false;
        for (target, sources) in &flows {
            if !function.var(*target).active
                && sources.iter().any(|source| function.var(*source).active)
            {
                function.vars[target.0].active = true;
                changed = true;
            }
        }
    }
    for item in deferred {
        if item.mentions.iter().any(|id| function.var(*id).active) {
            cx.error_spanned_by(&item.tokens, &item.message);
        }
    }
}

/// Whether a value carries a derivative: it reads an active variable.
pub fn value_is_active(function: &Function, value: &Value) -> bool {
    value
        .sources()
        .into_iter()
        .any(|source| function.var(source).active)
}

/// Whether a region writes any active variable, and so needs a reverse sweep of its own. (The
/// body of an elementwise map is not a region of the sweeps: its assignment is what writes.)
pub fn block_is_active(function: &Function, block: &Block) -> bool {
    block.all_stmts().into_iter().any(|stmt| match stmt {
        Stmt::Assign { var, .. } | Stmt::IndexAssign { base: var, .. } => function.var(*var).active,
        _ => false,
    })
}
