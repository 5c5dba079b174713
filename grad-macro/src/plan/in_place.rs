//! In place, in `f_grad`: the sums of squares whose operand the reverse sweep can still read.
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

use crate::ir::{self, Binding, Function, Op, Stmt, Value, VarId, VarOrigin, Visit};
use crate::rewrite::SUM_OF_SQUARES;
use crate::sig::Signature;

use super::schedule::Schedule;

/// The sums of squares `f_grad` pulls back in place.
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
    let readable = readable_operands(function, sig);
    let mut collect = CollectSums {
        function,
        schedule,
        readable: &readable,
        in_place: InPlaceSums::default(),
    };
    collect.visit_block(&function.body);
    collect.in_place
}

/// Parameters of shared-reference type, and the places of such parameters the outermost block
/// borrows into immutable `let`s.
fn readable_operands(function: &Function, sig: &Signature) -> HashSet<VarId> {
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
    readable
}

struct CollectSums<'a> {
    function: &'a Function,
    schedule: &'a Schedule,
    readable: &'a HashSet<VarId>,
    in_place: InPlaceSums,
}

impl<'a> Visit<'a> for CollectSums<'_> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
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
                    && self.readable.contains(&x)
                    && self.function.var(x).active
                {
                    self.in_place.sums.insert((*var, *index), x);
                    self.in_place.operands.insert(x);
                }
            }
            // That loop's reverse runs inside its forward, on adjoints of its own.
            Stmt::Loop(lp) if self.schedule.preaccumulated.contains_key(&lp.index) => {}
            _ => ir::walk_stmt(self, stmt),
        }
    }
}
