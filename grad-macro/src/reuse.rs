//! Reuse of identical indexed and field reads: `x[i]` (or `p.w`) read twice with no write to
//! `x` or to a variable of the index in between is read once.
//!
//! Each indexed read of a differentiated container costs an element update of its adjoint in
//! the reverse sweep; reading `x[i]` three times in `(1 - x[i])² + (x[i+1] - x[i]²)²` would
//! update `x`'s adjoint three times where a hand-written gradient does it once.
//!
//! ```text
//! // Before                         // After
//! let a_t1 = x[i];                  let a_t1 = x[i];
//! let b_t3 = x[i];
//! let b_t5 = b_t3 * b_t3;           let b_t5 = a_t1 * a_t1;
//! ```
//!
//! Only temporaries are reused (they are never reassigned). A cached read is forgotten when its
//! container or a variable named in its index is assigned, at a statement kept as written (it
//! may assign anything), and after any region; a loop body starts with nothing cached, since
//! its later iterations follow its own writes.

use std::collections::{HashMap, HashSet};

use proc_macro2::TokenStream;
use quote::ToTokens;

use crate::ir::{Atom, Binding, Block, Function, Operand, Stmt, Value, VarId, VarOrigin};
use crate::rules;

#[derive(Clone)]
struct Cached {
    base: VarId,
    index: String,
    idents: HashSet<String>,
    value: VarId,
}

/// Drops repeated indexed reads in `function`, using the first read's temporary instead.
pub fn reuse_reads(function: &mut Function) {
    let names: Vec<String> = function
        .vars
        .iter()
        .map(|var| var.ident.to_string())
        .collect();
    let reusable: Vec<bool> = function
        .vars
        .iter()
        .map(|var| var.origin == VarOrigin::Temp && !var.mutable)
        .collect();
    let mut substitute = HashMap::new();
    let mut body = std::mem::take(&mut function.body);
    block(
        &mut body,
        &mut Vec::new(),
        &names,
        &reusable,
        &mut substitute,
    );
    if !substitute.is_empty() {
        rename_block(&mut body, &substitute);
        rename_operand(&mut function.result, &substitute);
    }
    function.body = body;
}

/// Replaces every use of a dropped read's temporary by the first read's, and drops the
/// dropped reads themselves.
fn rename_block(block: &mut Block, substitute: &HashMap<VarId, VarId>) {
    block
        .stmts
        .retain(|stmt| !matches!(stmt, Stmt::Assign { var, .. } if substitute.contains_key(var)));
    for stmt in &mut block.stmts {
        match stmt {
            Stmt::Assign { value, .. } => match value {
                Value::Atom(atom) => rename_atom(atom, substitute),
                Value::Prim { args, .. } => {
                    args.iter_mut().for_each(|arg| rename_atom(arg, substitute))
                }
                Value::Verbatim(_) | Value::Index { .. } | Value::Place { .. } => {}
            },
            Stmt::IndexAssign { value, .. } => rename_atom(value, substitute),
            Stmt::If { .. } | Stmt::Match { .. } | Stmt::Block { .. } | Stmt::Loop(_) => stmt
                .regions_mut()
                .into_iter()
                .for_each(|region| rename_block(region, substitute)),
            Stmt::Declare { .. } | Stmt::Verbatim(_) => {}
        }
    }
}

fn rename_atom(atom: &mut Atom, substitute: &HashMap<VarId, VarId>) {
    if let Atom::Var(id) | Atom::Ref(id) = atom
        && let Some(first) = substitute.get(id)
    {
        *id = *first;
    }
}

fn rename_operand(operand: &mut Operand, substitute: &HashMap<VarId, VarId>) {
    match operand {
        Operand::Atom(atom) => rename_atom(atom, substitute),
        Operand::Tuple(elems) => elems
            .iter_mut()
            .for_each(|elem| rename_operand(elem, substitute)),
    }
}

fn idents(tokens: TokenStream) -> HashSet<String> {
    rules::identifiers(tokens)
        .into_iter()
        .map(|ident| ident.to_string())
        .collect()
}

/// The steps of a place, as text (identical text, identical place).
fn place_key(path: &[crate::ir::Projection]) -> String {
    path.iter()
        .map(|step| match step {
            crate::ir::Projection::Field(member) => format!(".{}", member.to_token_stream()),
            crate::ir::Projection::Index(index) => format!("[{}]", index.to_token_stream()),
        })
        .collect()
}

fn forget_var(cache: &mut Vec<Cached>, var: VarId, names: &[String]) {
    let name = &names[var.0];
    cache.retain(|entry| entry.base != var && entry.value != var && !entry.idents.contains(name));
}

fn block(
    block: &mut Block,
    cache: &mut Vec<Cached>,
    names: &[String],
    reusable: &[bool],
    substitute: &mut HashMap<VarId, VarId>,
) {
    for stmt in &mut block.stmts {
        match stmt {
            Stmt::Assign {
                var,
                value,
                binding,
                ..
            } => {
                let read = match value {
                    Value::Index { base, index, flat } => {
                        Some((*base, format!("{flat} {}", index.to_token_stream())))
                    }
                    Value::Place {
                        base,
                        path,
                        borrowed,
                    } => Some((*base, format!("place {borrowed} {}", place_key(path)))),
                    _ => None,
                };
                if let Some((base, key)) = read
                    && reusable[var.0]
                    && matches!(binding, Binding::Let { .. })
                {
                    if let Some(entry) = cache
                        .iter()
                        .find(|entry| entry.base == base && entry.index == key)
                    {
                        substitute.insert(*var, entry.value);
                    } else {
                        cache.push(Cached {
                            base,
                            idents: idents(key.parse().unwrap_or_default()),
                            index: key,
                            value: *var,
                        });
                    }
                    continue;
                }
                forget_var(cache, *var, names);
            }
            Stmt::Declare { var, .. } => forget_var(cache, *var, names),
            Stmt::IndexAssign { base, .. } => forget_var(cache, *base, names),
            Stmt::Verbatim(_) => cache.clear(),
            Stmt::Loop(lp) => {
                self::block(&mut lp.body, &mut Vec::new(), names, reusable, substitute);
                cache.clear();
            }
            Stmt::If { .. } | Stmt::Match { .. } | Stmt::Block { .. } => {
                for region in stmt.regions_mut() {
                    self::block(region, &mut cache.clone(), names, reusable, substitute);
                }
                cache.clear();
            }
        }
    }
}
