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
//!   `x` that carries a derivative: `x * x` (either operand borrowed or not, what
//!   `emit::is_square` recognises) or the method call `x.powi(2)` with the literal `2`;
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
//! ## In place, in `f_grad`
//!
//! `f_vjp`'s pullback cannot borrow its arguments, so `sum_of_squares_vjp` keeps a copy of `x`.
//! `f_grad` calls its pullback before returning, so where `x` is still there to read in the
//! reverse sweep, [`in_place_sums`] picks the sum for in-place accumulation: the forward sweep
//! computes the value alone (`x.sum_of_squares_forward()`), the reverse sweep sums the scalar
//! cotangents of every such sum of `x`, and, once it is done with `x`'s other uses, adds
//! `2c · x` straight into `x`'s adjoint (`x.sum_of_squares_pullback_into(c, &mut x_adj)`):
//! into the gradient the layer's rule made, with no array of `x`'s size kept or allocated.
//!
//! ```text
//! // f_vjp                                      // f_grad
//! let (s, s_pullback) = w.sum_of_squares_vjp(); let s = w.sum_of_squares_forward();
//! ..                                            ..
//! if let Some(cot) = s_adj.take() {             if let Some(cot) = s_adj.take() {
//!     let (cot_0,) = s_pullback(cot);               w_sum_of_squares_adj.add(cot);
//!     w_adj.add(cot_0);                         }
//! }                                             .. // w's other uses
//!                                               if let Some(cot) = w_sum_of_squares_adj.take() {
//!                                                   w.sum_of_squares_pullback_into(cot, &mut w_adj);
//!                                               }
//! ```
//!
//! `x` is readable there when it is a parameter of shared-reference type (`w: &Array2<f32>`),
//! or an immutable `let` of the function's outermost block bound to a place of one
//! (`let w = &p.w1;`): a reference into the caller's data, never written, in scope to the end.
//! Sums inside a preaccumulated loop are left to `sum_of_squares_vjp`: that loop's reverse
//! runs inside its forward, with adjoints of its own that the loop scales afterwards.

use std::collections::{BTreeSet, HashMap, HashSet};

use proc_macro2::{Ident, TokenStream};
use quote::ToTokens;
use syn::{Expr, Lit};

use crate::ir::{
    Atom, Binding, Block, Function, LoopKind, Op, Operand, Projection, Stmt, Value, VarId,
    VarOrigin,
};
use crate::rules;
use crate::schedule::Schedule;
use crate::sig::Signature;

/// The method name of the fused primitive; its rule is `sum_of_squares_vjp`.
pub const SUM_OF_SQUARES: &str = "sum_of_squares";

/// Replaces each `t = square(x); s = t.sum()` in `function` by `s = x.sum_of_squares()`.
pub fn fuse_sums_of_squares(function: &mut Function) {
    let mut census = Census::default();
    census.block(&function.body);
    census.operand(&function.result);
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

/// The sums of squares `f_grad` pulls back in place (see the module's documentation).
#[derive(Debug, Default)]
pub struct InPlaceSums {
    /// Each assignment `s = x.sum_of_squares()` pulled back in place, by the variable it
    /// assigns and its index among that variable's assignments; the value is `x`.
    pub sums: HashMap<(VarId, usize), VarId>,
    /// Every such `x`.
    pub operands: BTreeSet<VarId>,
}

/// The sums of squares whose operand `f_grad`'s reverse sweep can read in place.
pub fn in_place_sums(function: &Function, sig: &Signature, schedule: &Schedule) -> InPlaceSums {
    let shared_param = |id: VarId| {
        let var = function.var(id);
        match var.origin {
            VarOrigin::Param(index) => {
                !var.mutable
                    && matches!(&sig.params[index].ty, syn::Type::Reference(reference)
                        if reference.mutability.is_none())
            }
            _ => false,
        }
    };
    // Parameters, then the places of parameters the outermost block borrows.
    let mut readable: HashSet<VarId> = function
        .params
        .iter()
        .copied()
        .filter(|id| shared_param(*id))
        .collect();
    for stmt in &function.body.stmts {
        if let Stmt::Assign {
            var,
            value:
                Value::Place {
                    base,
                    borrowed: true,
                    ..
                },
            binding: Binding::Let { .. },
            ..
        } = stmt
            && shared_param(*base)
            && !function.var(*var).mutable
        {
            readable.insert(*var);
        }
    }
    let mut in_place = InPlaceSums::default();
    collect_sums(function, schedule, &readable, &function.body, &mut in_place);
    in_place
}

fn collect_sums(
    function: &Function,
    schedule: &Schedule,
    readable: &HashSet<VarId>,
    block: &Block,
    in_place: &mut InPlaceSums,
) {
    for stmt in &block.stmts {
        match stmt {
            Stmt::Assign {
                var,
                value:
                    Value::Prim {
                        op: Op::Method { name, .. },
                        args,
                        ..
                    },
                index,
                ..
            } if name == SUM_OF_SQUARES => {
                if let [x] = &args[..]
                    && let Some(x) = x.var()
                    && readable.contains(&x)
                    && function.var(x).active
                {
                    in_place.sums.insert((*var, *index), x);
                    in_place.operands.insert(x);
                }
            }
            Stmt::Loop(lp) if schedule.preaccumulated.contains_key(&lp.index) => {}
            _ => {
                for region in stmt.regions() {
                    collect_sums(function, schedule, readable, region, in_place);
                }
            }
        }
    }
}

/// `x` when `value` is the square of the active variable `x`.
fn square_of(function: &Function, value: &Value) -> Option<Atom> {
    let Value::Prim { op, args, .. } = value else {
        return None;
    };
    let x = match (op, &args[..]) {
        (Op::Mul, [x, _]) if crate::emit::is_square(op, args) => x,
        (
            Op::Method {
                name,
                float_type: None,
            },
            [x, Atom::Const(Expr::Lit(two))],
        ) if name == "powi"
            && matches!(&two.lit, Lit::Int(int) if int.base10_parse::<i32>().ok() == Some(2)) =>
        {
            x
        }
        _ => return None,
    };
    (x.var().is_some() && function.is_active(x)).then(|| x.clone())
}

/// The receiver `t` and the span of `.sum` when `value` is `t.sum()`.
fn sum_of(value: &Value) -> Option<(VarId, &Ident)> {
    match value {
        Value::Prim {
            op: Op::Method {
                name,
                float_type: None,
            },
            args,
            ..
        } if name == "sum" => match &args[..] {
            [Atom::Var(t) | Atom::Ref(t)] => Some((*t, name)),
            _ => None,
        },
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
            op: Op::Method {
                name: Ident::new(SUM_OF_SQUARES, name.span()),
                float_type: None,
            },
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
struct Census {
    assignments: HashMap<VarId, usize>,
    reads: HashMap<VarId, usize>,
    named: HashSet<String>,
}

impl Census {
    fn read(&mut self, var: VarId) {
        *self.reads.entry(var).or_default() += 1;
    }

    fn assign(&mut self, var: VarId) {
        *self.assignments.entry(var).or_default() += 1;
    }

    fn tokens(&mut self, tokens: TokenStream) {
        self.named.extend(
            rules::identifiers(tokens)
                .into_iter()
                .map(|ident| ident.to_string()),
        );
    }

    fn atom(&mut self, atom: &Atom) {
        match atom {
            Atom::Var(id) | Atom::Ref(id) => self.read(*id),
            Atom::Const(expr) => self.tokens(expr.to_token_stream()),
        }
    }

    fn operand(&mut self, operand: &Operand) {
        match operand {
            Operand::Atom(atom) => self.atom(atom),
            Operand::Tuple(elems) => elems.iter().for_each(|elem| self.operand(elem)),
        }
    }

    fn block(&mut self, block: &Block) {
        for stmt in &block.stmts {
            self.stmt(stmt);
        }
    }

    fn stmt(&mut self, stmt: &Stmt) {
        match stmt {
            Stmt::Assign { var, value, .. } => {
                self.assign(*var);
                match value {
                    Value::Atom(atom) => self.atom(atom),
                    Value::Prim { args, .. } => args.iter().for_each(|arg| self.atom(arg)),
                    Value::Verbatim(expr) => self.tokens(expr.to_token_stream()),
                    Value::Place { base, path, .. } => {
                        self.read(*base);
                        for step in path {
                            if let Projection::Index(index) = step {
                                self.tokens(index.to_token_stream());
                            }
                        }
                    }
                    Value::Index { base, index, .. } => {
                        self.read(*base);
                        self.tokens(index.to_token_stream());
                    }
                }
            }
            Stmt::Declare { var, .. } => {
                // Declared now, assigned later: never a plain `let` temporary.
                self.assign(*var);
                self.assign(*var);
            }
            Stmt::Verbatim(tokens) => self.tokens(tokens.clone()),
            Stmt::If {
                cond,
                then_branch,
                else_branch,
                ..
            } => {
                self.tokens(cond.to_token_stream());
                self.block(then_branch);
                self.block(else_branch);
            }
            Stmt::Block { block, .. } => self.block(block),
            Stmt::IndexAssign {
                base, index, value, ..
            } => {
                self.read(*base);
                self.assign(*base);
                self.tokens(index.to_token_stream());
                self.atom(value);
            }
            Stmt::Match {
                scrutinee, arms, ..
            } => {
                self.tokens(scrutinee.to_token_stream());
                for arm in arms {
                    self.tokens(arm.pat.to_token_stream());
                    if let Some(guard) = &arm.guard {
                        self.tokens(guard.to_token_stream());
                    }
                    self.block(&arm.body);
                }
            }
            Stmt::Loop(lp) => {
                match &lp.kind {
                    LoopKind::For { pat, iter } => {
                        self.tokens(pat.to_token_stream());
                        self.tokens(iter.to_token_stream());
                    }
                    LoopKind::While { cond } => self.tokens(cond.to_token_stream()),
                    LoopKind::Loop => {}
                }
                self.block(&lp.body);
            }
        }
    }
}
