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

use crate::ir::{Atom, Binding, Block, Function, Projection, Stmt, Value, VarId, VarOrigin};
use crate::syntax;

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
    // A temporary that code kept as written names (a loop head walking it) stays itself.
    let named: HashSet<String> = function
        .body
        .all_stmts()
        .into_iter()
        .flat_map(Stmt::kept_as_written)
        .flat_map(idents)
        .collect();
    let reusable: Vec<bool> = function
        .vars
        .iter()
        .map(|var| {
            var.origin == VarOrigin::Temp && !var.mutable && !named.contains(&var.ident.to_string())
        })
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
        for atom in function.result.atoms_mut() {
            rename_atom(atom, &substitute);
        }
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
        stmt.atoms_mut()
            .into_iter()
            .for_each(|atom| rename_atom(atom, substitute));
        if let Stmt::Assign {
            value: Value::Index { base, .. } | Value::Place { base, .. },
            ..
        }
        | Stmt::IndexAssign { base, .. } = stmt
            && let Some(first) = substitute.get(base)
        {
            *base = *first;
        }
        if let Stmt::Assign {
            value: Value::Map(map),
            ..
        } = stmt
        {
            for capture in &mut map.captures {
                if let Some(first) = substitute.get(capture) {
                    *capture = *first;
                }
            }
            map.captures.dedup();
        }
        stmt.regions_mut()
            .into_iter()
            .for_each(|region| rename_block(region, substitute));
    }
}

fn rename_atom(atom: &mut Atom, substitute: &HashMap<VarId, VarId>) {
    if let Atom::Var(id) | Atom::Ref(id) | Atom::Deref(id) = atom
        && let Some(first) = substitute.get(id)
    {
        *id = *first;
    }
}

fn idents(tokens: TokenStream) -> HashSet<String> {
    syntax::identifiers(tokens)
        .into_iter()
        .map(|ident| ident.to_string())
        .collect()
}

/// The steps of a place, as text (identical text, identical place).
fn place_key(path: &[Projection]) -> String {
    path.iter()
        .map(|step| match step {
            Projection::Field(member) => format!(".{}", member.to_token_stream()),
            Projection::Index(index) => format!("[{}]", index.to_token_stream()),
        })
        .collect()
}

fn forget_var(cache: &mut Vec<Cached>, var: VarId, names: &[String]) {
    let name = &names[var.0];
    cache.retain(|entry| entry.base != var && entry.value != var && !entry.idents.contains(name));
}

/// A reusable read: `let t = base[index]` (or a place of `base`) binding a temporary, with the
/// key that identifies the place read.
fn cacheable_read(stmt: &Stmt, reusable: &[bool]) -> Option<(VarId, VarId, String)> {
    let Stmt::Assign {
        var,
        value,
        binding: Binding::Let { .. },
        ..
    } = stmt
    else {
        return None;
    };
    let (base, key) = match value {
        Value::Index {
            base,
            index,
            flat,
            borrowed,
        } => (
            *base,
            format!("{flat} {borrowed} {}", index.to_token_stream()),
        ),
        Value::Place {
            base,
            path,
            borrowed,
        } => (*base, format!("place {borrowed} {}", place_key(path))),
        _ => return None,
    };
    reusable[var.0].then_some((*var, base, key))
}

fn block(
    block: &mut Block,
    cache: &mut Vec<Cached>,
    names: &[String],
    reusable: &[bool],
    substitute: &mut HashMap<VarId, VarId>,
) {
    for stmt in &mut block.stmts {
        if let Some((var, base, key)) = cacheable_read(stmt, reusable) {
            match cache
                .iter()
                .find(|entry| entry.base == base && entry.index == key)
            {
                Some(entry) => {
                    substitute.insert(var, entry.value);
                }
                None => cache.push(Cached {
                    base,
                    idents: idents(key.parse().unwrap_or_default()),
                    index: key,
                    value: var,
                }),
            }
            continue;
        }
        match stmt {
            // Code kept as written may assign anything.
            Stmt::Verbatim(_) => cache.clear(),
            // Later iterations follow the body's own writes: it starts with nothing cached.
            Stmt::Loop(lp) => {
                self::block(&mut lp.body, &mut Vec::new(), names, reusable, substitute);
                cache.clear();
            }
            _ if !stmt.regions().is_empty() => {
                for region in stmt.regions_mut() {
                    self::block(region, &mut cache.clone(), names, reusable, substitute);
                }
                cache.clear();
            }
            _ => {
                if let Some(target) = stmt.target() {
                    forget_var(cache, target, names);
                }
            }
        }
    }
}
