//! Mutual recursion between free functions, found across the attribute's expansions.
//!
//! `f_vjp`'s pullback holds the pullbacks of the functions it calls. Two functions that call
//! each other (`even` calls `odd` calls `even`) would have pullback types that contain each
//! other, which rustc rejects (E0720, "cannot resolve opaque type"); one boxed pullback in the
//! cycle breaks it. Neither attribute sees the other function, but rustc expands them one after
//! the other in one process: each expansion records here which functions its body calls, and
//! the expansion that closes a cycle (the last of its functions to be expanded) boxes its own
//! pullback.
//!
//! Functions are keyed by name: a call `odd(..)` or `m::odd(..)` is `odd` (but not a path
//! from a library, `nn::relu`, `f64::max`, `Array1::from`), and a method call `v.odd(..)` of a
//! method that is not the library's is `self.odd`, the key of any method `odd` with a receiver.
//! Two functions or methods of one name in different modules or types may so box a pullback
//! that needed no box (`Net::forward` calling `layer.forward(..)` boxes `Net::forward`: one
//! allocation a call, never a wrong result). A tool that expands items one at a time in
//! separate processes (rust-analyzer) sees no cycle; rustc, which builds the crate, does; a
//! cycle `#[differentiate(boxed)]` breaks by hand too.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Mutex;

use super::dual::is_library_method;
use crate::ir::{Function, Op};
use crate::naming;

/// The functions each expanded function calls by a bare name, for this compilation.
static CALLS: Mutex<BTreeMap<String, BTreeSet<String>>> = Mutex::new(BTreeMap::new());

/// Records the bare-name calls of `name`'s body, and whether they reach `name` again through
/// the functions expanded so far: a cycle this function closes, whose pullback is to be boxed.
pub fn closes_a_cycle(sig: &syn::Signature, function: &Function) -> bool {
    let name = naming::stem(&sig.ident);
    let name = match sig.inputs.first() {
        Some(syn::FnArg::Receiver(_)) => format!("self.{name}"),
        _ => name,
    };
    let callees = own_calls(function);
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

/// The keys of the functions and methods the body calls that may be the user's: `odd(..)` and
/// `m::odd(..)` as `odd`, `v.odd(..)` as `self.odd`.
fn own_calls(function: &Function) -> BTreeSet<String> {
    function
        .body
        .all_prims()
        .filter_map(|op| match op {
            Op::Call(path, _) => own_path(path),
            Op::Method { name, .. } => {
                let name = naming::stem(name);
                (!is_library_method(&name)).then(|| format!("self.{name}"))
            }
            _ => None,
        })
        .collect()
}

/// The key of a call's path when it may name the user's own function: not a path from a
/// library or through a type (`nn::relu`, `f64::max`, `Array1::from`).
fn own_path(path: &syn::Path) -> Option<String> {
    const LIBRARIES: &[&str] = &[
        "grad",
        "nn",
        "ndarray",
        "std",
        "core",
        "alloc",
        "f32",
        "f64",
        "num_traits",
        "libm",
    ];
    let (first, last) = (path.segments.first()?, path.segments.last()?);
    let root = naming::stem(&first.ident);
    let through_type = root.starts_with(|c: char| c.is_ascii_uppercase());
    let own = path.segments.len() == 1 || !(through_type || LIBRARIES.contains(&root.as_str()));
    own.then(|| naming::stem(&last.ident))
}
