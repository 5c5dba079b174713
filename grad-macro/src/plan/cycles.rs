//! Mutual recursion between free functions, found across the attribute's expansions.
//!
//! `f_vjp`'s pullback holds the pullbacks of the functions it calls. Two functions that call
//! each other (`even` calls `odd` calls `even`) would have pullback types that contain each
//! other, which rustc rejects (E0720, "cannot resolve opaque type"); one boxed pullback in the
//! cycle breaks it. Neither attribute sees the other function, but rustc expands them one after
//! the other in one process: each expansion records here which functions its body calls by a
//! bare name, and the expansion that closes a cycle (the last of its functions to be expanded)
//! boxes its own pullback.
//!
//! Keyed by bare names, so two functions of one name in different modules may box a pullback
//! that needed no box (one allocation a call, never a wrong result), and a cycle through a call
//! by path (`crate::odd(..)`) or through methods is not seen: `#[differentiate(boxed)]` on one
//! of its functions breaks it by hand. A tool that expands items one at a time in separate
//! processes (rust-analyzer) sees no cycle; rustc, which builds the crate, does.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Mutex;

use crate::ir::{Function, Op, Stmt, Value};
use crate::naming;

/// The functions each expanded function calls by a bare name, for this compilation.
static CALLS: Mutex<BTreeMap<String, BTreeSet<String>>> = Mutex::new(BTreeMap::new());

/// Records the bare-name calls of `name`'s body, and whether they reach `name` again through
/// the functions expanded so far: a cycle this function closes, whose pullback is to be boxed.
pub fn closes_a_cycle(name: &syn::Ident, function: &Function) -> bool {
    let name = naming::stem(name);
    let callees = bare_calls(function);
    let mut calls = CALLS
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    calls.insert(name.clone(), callees.clone());
    let mut seen = BTreeSet::new();
    let mut pending: Vec<String> = callees.into_iter().collect();
    while let Some(callee) = pending.pop() {
        if callee == name {
            return true;
        }
        if seen.insert(callee.clone())
            && let Some(next) = calls.get(&callee)
        {
            pending.extend(next.iter().cloned());
        }
    }
    false
}

/// The names of the functions the body calls by a bare name (`odd(x, n - 1)`).
fn bare_calls(function: &Function) -> BTreeSet<String> {
    function
        .body
        .all_stmts()
        .into_iter()
        .filter_map(|stmt| match stmt {
            Stmt::Assign {
                value:
                    Value::Prim {
                        op: Op::Call(path, _),
                        ..
                    },
                ..
            } => path.get_ident().map(naming::stem),
            _ => None,
        })
        .collect()
}
