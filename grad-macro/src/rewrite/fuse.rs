//! Fusion of a sum of squares: `(&x * &x).sum()` and `x.powi(2).sum()`, the L2 penalty of every
//! network, become one primitive `x.sum_of_squares()`, differentiated by the runtime's
//! `sum_of_squares_vjp`.
//!
//! Emitted as they are written, the square and the sum cost four arrays of `x`'s size per
//! gradient: the copy of `x` the square's pullback keeps, the squares, the cotangent the sum's
//! pullback broadcasts, and the square's cotangent. The fused rule keeps one copy of `x` and
//! scales it in place into the cotangent. Large arrays are what this saves: each allocation above
//! the allocator's thresholds is a fresh mapping, faulted in page by page.
//!
//! ```text
//! // Before                                   // After
//! let penalty_t3 = w_t1 * w_t1;
//! let penalty_t4 = penalty_t3.sum();          let penalty_t4 = w_t1.sum_of_squares();
//! ```
//!
//! The contract, checked for each pair of statements:
//! - the first binds a variable `t` with `let` (no type annotation) to the square of a variable
//!   `x` that carries a derivative: the method call `x.powi(2)` with the literal `2` (which
//!   `square.rs` has made of every `x * x`, either operand borrowed or not);
//! - the next statement of the same block assigns `s = t.sum()` (the method, no arguments), so
//!   nothing runs in between that could write `x`;
//! - `t` is a temporary or an immutable `let`, assigned only there, read only by that `.sum()`:
//!   by no other atom, index, place or write, not the result, and not named by any code kept
//!   as written (a `println!`, a condition, an index expression).
//!
//! Then `t`'s statement is dropped and `s = x.sum_of_squares()`, with the span of the `.sum()`
//! call. The fused primitive reads `x`, as the square did, so activity (computed before this pass)
//! is unchanged: `s` is active because `x` is. Code without derivatives is never fused (the
//! method `sum_of_squares` exists only as a rule). What `.sum()` is called on is never an `f32`
//! or `f64` (floats have no `sum` method), so scalar code is untouched.
//!
//!
//! `f_grad` pulls some of these sums back in place instead (see `plan/in_place.rs`).

use std::collections::{HashMap, HashSet};

use proc_macro2::{Ident, TokenStream};
use syn::{Expr, Lit};

use crate::ir::{Atom, Binding, Block, Function, Op, Stmt, Value, VarId, VarOrigin};
use crate::syntax;

/// The method name of the fused primitive; its rule is `sum_of_squares_vjp`.
pub const SUM_OF_SQUARES: &str = "sum_of_squares";

/// Replaces each `t = x.powi(2); s = t.sum()` in `function` by `s = x.sum_of_squares()`.
pub fn fuse_sums_of_squares(function: &mut Function) {
    let census = Census::of(function);
    let fusable: HashSet<VarId> = function
        .vars
        .iter()
        .enumerate()
        .map(|(index, var)| (VarId(index), var))
        .filter(|(id, var)| {
            matches!(var.origin, VarOrigin::Temp | VarOrigin::User)
                && !var.mutable
                && !var.indexed
                && census.assignments.get(id) == Some(&1)
                && census.reads.get(id) == Some(&1)
                && !census.named.contains(&var.ident.to_string())
        })
        .map(|(id, _)| id)
        .collect();
    if fusable.is_empty() {
        return;
    }
    let mut body = std::mem::take(&mut function.body);
    fuse_block(function, &fusable, &mut body);
    function.body = body;
}

/// `x` when `value` is `x.powi(2)` on the active variable `x`.
fn square_of(function: &Function, value: &Value) -> Option<Atom> {
    let (name, args) = value.plain_method()?;
    let [x, Atom::Const(Expr::Lit(two))] = args else {
        return None;
    };
    let is_two = matches!(&two.lit, Lit::Int(int) if int.base10_parse::<i32>().ok() == Some(2));
    (name == "powi" && is_two && x.var().is_some() && function.is_active(x)).then(|| x.clone())
}

/// The receiver `t` and the span of `.sum` when `value` is `t.sum()`.
fn sum_of(value: &Value) -> Option<(VarId, &Ident)> {
    match value.plain_method()? {
        (name, [Atom::Var(t) | Atom::Ref(t) | Atom::Deref(t)]) if name == "sum" => Some((*t, name)),
        _ => None,
    }
}

fn fuse_block(function: &Function, fusable: &HashSet<VarId>, block: &mut Block) {
    let mut k = 0;
    while k < block.stmts.len() {
        for region in block.stmts[k].regions_mut() {
            fuse_block(function, fusable, region);
        }
        if let Some(fused) = fuse_pair(function, fusable, &block.stmts[k..]) {
            block.stmts[k + 1] = fused;
            block.stmts.remove(k);
        }
        k += 1;
    }
}

/// The statement replacing `stmts[0]` and `stmts[1]`, if they are a square and its sum.
fn fuse_pair(function: &Function, fusable: &HashSet<VarId>, stmts: &[Stmt]) -> Option<Stmt> {
    let [
        Stmt::Assign {
            var: t,
            value: square,
            binding: Binding::Let { ty: None },
            ..
        },
        Stmt::Assign {
            var: s,
            value: sum @ Value::Prim { span, .. },
            binding,
            index,
        },
        ..,
    ] = stmts
    else {
        return None;
    };
    let (receiver, name) = sum_of(sum)?;
    if receiver != *t || !fusable.contains(t) {
        return None;
    }
    let x = square_of(function, square)?;
    Some(Stmt::Assign {
        var: *s,
        value: Value::Prim {
            op: Op::plain_method(Ident::new(SUM_OF_SQUARES, name.span())),
            args: vec![x],
            span: *span,
        },
        binding: binding.clone(),
        index: *index,
    })
}

/// How often each variable is assigned and read, and every identifier named by code kept as
/// written (where a variable may be read without an atom saying so).
#[derive(Default)]
pub(super) struct Census {
    pub(super) assignments: HashMap<VarId, usize>,
    pub(super) reads: HashMap<VarId, usize>,
    pub(super) named: HashSet<String>,
}

impl Census {
    pub(super) fn of(function: &Function) -> Self {
        let mut census = Self::default();
        for stmt in function.body.all_stmts() {
            if let Some(target) = stmt.target() {
                // A declared variable is assigned later: never a plain `let` temporary.
                let times = if matches!(stmt, Stmt::Declare { .. }) {
                    2
                } else {
                    1
                };
                *census.assignments.entry(target).or_default() += times;
            }
            for var in stmt.reads() {
                *census.reads.entry(var).or_default() += 1;
            }
            stmt.kept_as_written()
                .into_iter()
                .for_each(|tokens| census.name(tokens));
        }
        for var in function.result.vars() {
            *census.reads.entry(var).or_default() += 1;
        }
        for tokens in function.result.kept_as_written() {
            census.name(tokens);
        }
        census
    }

    fn name(&mut self, tokens: TokenStream) {
        self.named.extend(
            syntax::identifiers(tokens)
                .into_iter()
                .map(|ident| ident.to_string()),
        );
    }
}
