//! Places read through references: `for layer in layers { layer.w }` reads `layers[i].w`, as
//! the index loop `for i in 0..layers.len() { layers[i].w }` does.
//!
//! A loop over a container binds each element by reference, and a function may borrow a field
//! (`let layers = &p.layers`). Differentiated as written, each such reference gets an adjoint of
//! its own: the cotangents of `layer.w` and `layer.b` are summed into a whole zero `Dense` made
//! for the element, which is then added into `layers`' adjoint, once per iteration. Read through,
//! the cotangents go straight into the places of `layers`' adjoint, and the reference is plain
//! code that carries no derivative.
//!
//! ```text
//! // Before                                  // After
//! let layers_elem = &layers[flat i];         let layers_elem = element_ref(&layers, Flat(i));
//! let layer = layers_elem;                   let layer = layers_elem;       (no derivative)
//! let w = &layer.w;                          let w = &layers[i].w;
//! ```
//!
//! A variable is read through when it is bound once, not `mut`, to a reference to an element of
//! a loop's walk (`&x[flat i]`, whose index is the loop's own position, never reassigned), to a
//! field of a variable (`&p.layers`), or to another such variable; and when every read of it
//! that can carry a derivative is a place read (`layer.w`, `&layer.b`). The borrow keeps the
//! container unchanged while the reference lives, so the place read later is the same value.
//! An element with fields is a struct, a tuple or a container, never a float, so its container
//! is a `Vec` or a slice and its flat position is its index (`layers[i]`). Passes repeat until
//! nothing changes: the element goes first, then the field it was walked from.

use std::collections::HashMap;

use quote::quote;

use crate::ir::{Atom, Binding, Block, Function, Projection, Stmt, Value, VarId, VarOrigin};

/// What a reference variable reads through to: a variable and the steps into it.
struct Through {
    base: VarId,
    prefix: Vec<Projection>,
    /// The reference as plain code, for its binding.
    plain: syn::Expr,
}

/// Reads every place through the references that allow it, in `function`.
pub fn read_through_references(function: &mut Function) {
    loop {
        let through = references(function);
        if through.is_empty() {
            return;
        }
        substitute_block(&mut function.body, &through);
        for (var, read) in &through {
            function.vars[var.0].active = false;
            function.vars[read.base.0].indexed = true;
        }
    }
}

/// The references that can be read through now.
fn references(function: &Function) -> HashMap<VarId, Through> {
    let stmts = function.body.all_stmts();
    let mut writes: HashMap<VarId, usize> = HashMap::new();
    for var in stmts.iter().filter_map(|stmt| stmt.target()) {
        *writes.entry(var).or_default() += 1;
    }
    let mut through: HashMap<VarId, Through> = stmts
        .iter()
        .filter_map(|stmt| match stmt {
            Stmt::Assign {
                var,
                value,
                binding: Binding::Let { .. },
                ..
            } if is_candidate(function, *var) && writes.get(var) == Some(&1) => {
                reference(function, value).map(|read| (*var, read))
            }
            _ => None,
        })
        .collect();
    // Read only as the base of places.
    for stmt in &stmts {
        let place_base = match stmt {
            Stmt::Assign {
                value: Value::Place { base, .. },
                ..
            } => Some(*base),
            _ => None,
        };
        for read in stmt.reads() {
            if Some(read) != place_base {
                through.remove(&read);
            }
        }
    }
    for var in function.result.vars() {
        through.remove(&var);
    }
    // A reference is read through once the references bound to it are: one layer a pass.
    let bases: Vec<VarId> = through.values().map(|read| read.base).collect();
    through.retain(|var, _| !bases.contains(var));
    through
}

fn is_candidate(function: &Function, var: VarId) -> bool {
    let var = function.var(var);
    var.active && !var.mutable && !matches!(var.origin, VarOrigin::Param(_))
}

/// The base and steps a binding's value reads through to, if it is a reference this pass reads
/// through.
fn reference(function: &Function, value: &Value) -> Option<Through> {
    match value {
        Value::Index {
            base,
            index,
            flat: true,
            borrowed: true,
        } => {
            let container = &function.var(*base).ident;
            Some(Through {
                base: *base,
                prefix: vec![Projection::Index(index.clone())],
                plain: syn::parse_quote!(::grad::__private::Elements::element_ref(
                    &#container,
                    ::grad::__private::Flat(#index)
                )),
            })
        }
        Value::Place {
            base,
            path,
            borrowed: true,
        } if path.iter().all(|step| matches!(step, Projection::Field(_))) => {
            let ident = &function.var(*base).ident;
            let steps = path.iter().map(|step| match step {
                Projection::Field(member) => quote!(.#member),
                Projection::Index(_) => unreachable!("a field-only path"),
            });
            Some(Through {
                base: *base,
                prefix: path.clone(),
                plain: syn::parse_quote!(&#ident #(#steps)*),
            })
        }
        // A copy of a reference (a move of a value would leave nothing to read through).
        Value::Atom(Atom::Var(base)) if function.var(*base).by_ref => {
            let ident = &function.var(*base).ident;
            Some(Through {
                base: *base,
                prefix: Vec::new(),
                plain: syn::parse_quote!(#ident),
            })
        }
        _ => None,
    }
}

/// Binds each reference as plain code and reads its places through it.
fn substitute_block(block: &mut Block, through: &HashMap<VarId, Through>) {
    for stmt in &mut block.stmts {
        if let Stmt::Assign { var, value, .. } = stmt {
            if let Some(read) = through.get(var) {
                *value = Value::Verbatim(read.plain.clone());
            } else if let Value::Place { base, path, .. } = value
                && let Some(read) = through.get(base)
            {
                *base = read.base;
                path.splice(0..0, read.prefix.iter().cloned());
            }
        }
        for region in stmt.regions_mut() {
            substitute_block(region, through);
        }
    }
}
