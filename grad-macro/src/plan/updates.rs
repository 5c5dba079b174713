//! The updates of a float, `x = op(.., x, ..)`, whose reverse is not the plain one: those
//! pulled back in place, those among them whose record keeps nothing, and the increments of a
//! preaccumulated loop's accumulator, pulled back with seed 1.
//!
//! The reverse of a reassignment takes the variable's adjoint (what it held before is another
//! value, whose adjoint starts from zero) and sends it on to what the value read. When the value
//! reads the variable itself, once, the cotangent the pullback gives it can replace the adjoint
//! where it stands instead (`Adjoint::pull_in_place`): the same bits as taking and adding, and
//! an adjoint that is never emptied and filled again inside a loop, which tells LLVM it is there
//! on every iteration if it is there on the first, so that it tests it once, not every time.
//!
//! ```text
//! // acc = acc * w;  taken, then added           // pulled back in place
//! if let Some(cot) = acc_adj.take() {             acc_adj.pull_in_place(|cot| {
//!     let (cot_0, cot_1) = acc_pullback(cot);         let (cot_0, cot_1) = acc_pullback(cot);
//!     acc_adj.add(cot_0);                             w_adj.add(cot_1);
//!     w_adj.add(cot_1);                               cot_0
//! }                                               });
//! ```
//!
//! A sum or difference `s = s + e` / `s = e - s` needs even less: its pullback `c -> (c, ±c)`
//! depends on nothing the forward sweep computed, so its record keeps no pullback
//! (`records.rs`) and the reverse sweep calls the rule again on the cotangent for one, which
//! gives the same cotangents. (The other operand is a float too for the runtime's rules; a
//! user's rule `AddVjp<U> for f64` for a type `U` of their own is called through the float rule
//! instead, which is the same where the rule's cotangent for `U` is `c` itself, as a sum's is,
//! and a type error where `U`'s tangent is not a float.)
//!
//! Not pulled back in place: an update of a container (indexed: its adjoint is built element by
//! element), of a sum of squares pulled back in place (`in_place.rs`), of the accumulator of
//! the preaccumulated loop it is in, and any update `f_graph` records (each adjoint taken is a
//! node's). The pullback is not called again for the accumulator of any preaccumulated loop.
//!
//! An increment `s = s + e` of the accumulator of the preaccumulated loop it is in (the
//! innermost around it) is seeded instead: the loop's reverse runs inside its forward, before
//! the adjoint of `s` is known, so the increment's pullback is called on 1, its cotangent for
//! `s` itself (1) dropped, and the loop scales what it summed by the adjoint of `s` afterwards
//! (`schedule.rs`).

use std::collections::HashMap;

use crate::activity::value_is_active;
use crate::ir::{self, Atom, Binding, Function, Op, Stmt, Value, VarId, Visit};

use super::in_place::InPlaceSums;
use super::schedule::Schedule;

/// How the reverse sweep pulls back an update (see the module doc).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Update {
    /// In place, with the pullback the forward sweep kept.
    InPlace,
    /// In place, with the rule called again on the cotangent (a sum or difference): the
    /// update's record keeps nothing.
    InPlaceAgain,
    /// An increment of the accumulator of the preaccumulated loop it is in: its pullback
    /// called on 1, its cotangent for the accumulator dropped.
    Seeded,
}

/// The updates whose reverse is not the plain one, by the variable they assign and their index
/// among its assignments.
#[derive(Debug, Default)]
pub struct Updates {
    updates: HashMap<(VarId, usize), Update>,
}

impl Updates {
    /// How the reverse sweep pulls back the `index`-th assignment to `var`, where it is not
    /// the plain way.
    pub fn get(&self, var: VarId, index: usize) -> Option<Update> {
        self.updates.get(&(var, index)).copied()
    }

    /// Whether the `index`-th assignment to `var` is pulled back by its rule called again, its
    /// record keeping nothing for it.
    pub fn is_stateless(&self, var: VarId, index: usize) -> bool {
        self.get(var, index) == Some(Update::InPlaceAgain)
    }

    /// Every update whose reverse is not the plain one, in a fixed order (for `GRAD_DEBUG`).
    pub fn all(&self) -> Vec<((VarId, usize), Update)> {
        let mut all: Vec<_> = self.updates.iter().map(|(at, how)| (*at, *how)).collect();
        all.sort_by_key(|(at, _)| *at);
        all
    }

    /// `nodes`: each assignment is a node of the graph (`f_graph`), whose adjoint is recorded
    /// where the reverse sweep takes it: nothing is pulled back in place (but in the bodies of
    /// elementwise maps, which the graph does not record). (Nor is any loop preaccumulated
    /// there, so nothing is seeded.)
    pub(super) fn of(
        function: &Function,
        schedule: &Schedule,
        in_place: &InPlaceSums,
        nodes: bool,
    ) -> Self {
        let mut planner = Planner {
            function,
            schedule,
            in_place,
            nodes,
            seeded: None,
            updates: Self::default(),
        };
        planner.visit_block(&function.body);
        planner.updates
    }
}

struct Planner<'a> {
    function: &'a Function,
    schedule: &'a Schedule,
    in_place: &'a InPlaceSums,
    nodes: bool,
    /// The accumulator of the innermost preaccumulated loop around the statement visited: the
    /// reverse of that loop's body runs inside its forward, its increments seeded with 1.
    seeded: Option<VarId>,
    updates: Updates,
}

impl<'a> Visit<'a> for Planner<'a> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::Loop(lp) => {
                let outside = self.seeded;
                if let Some(plan) = self.schedule.preaccumulated.get(&lp.index) {
                    self.seeded = Some(plan.accumulator);
                }
                ir::walk_stmt(self, stmt);
                self.seeded = outside;
            }
            Stmt::Assign {
                value: Value::Map(_),
                ..
            } => {
                // The element's pullback, apart: not in the graph, and no loop's accumulator
                // is assigned in it.
                let outside = (self.nodes, self.seeded);
                (self.nodes, self.seeded) = (false, None);
                ir::walk_stmt(self, stmt);
                (self.nodes, self.seeded) = outside;
            }
            Stmt::Assign {
                var,
                value,
                binding,
                index,
            } => {
                if let Some(how) = self.update(*var, value, binding) {
                    self.updates.updates.insert((*var, *index), how);
                }
            }
            _ => ir::walk_stmt(self, stmt),
        }
    }
}

impl Planner<'_> {
    /// How the reverse sweep pulls back `var = value`, if not the plain way (see the module
    /// doc).
    fn update(&self, var: VarId, value: &Value, binding: &Binding) -> Option<Update> {
        let Value::Prim { op, .. } = value else {
            return None;
        };
        if self.seeded == Some(var) {
            return Some(Update::Seeded);
        }
        if self.nodes
            || !is_float_update(self.function, var, value, binding)
            || self.in_place.sums.keys().any(|(sum, _)| *sum == var)
        {
            return None;
        }
        let accumulator = self
            .schedule
            .preaccumulated
            .values()
            .any(|plan| plan.accumulator == var);
        Some(match op {
            Op::Add | Op::Sub if !accumulator => Update::InPlaceAgain,
            _ => Update::InPlace,
        })
    }
}

/// Whether `var = value` is `x = op(.., x, ..)` for a float `x` that carries a derivative and
/// that only this operand reads, by value, with `op` one of `+ - * /` or unary `-`.
fn is_float_update(function: &Function, var: VarId, value: &Value, binding: &Binding) -> bool {
    let Value::Prim { op, args, .. } = value else {
        return false;
    };
    let info = function.var(var);
    let reads = args.iter().filter(|arg| arg.var() == Some(var)).count();
    *binding == Binding::Reassign
        && matches!(op, Op::Add | Op::Sub | Op::Mul | Op::Div | Op::Neg)
        && reads == 1
        && args
            .iter()
            .any(|arg| matches!(arg, Atom::Var(read) if *read == var))
        && info.float
        && info.active
        && !info.indexed
        && value_is_active(function, value)
}

#[cfg(test)]
mod tests {
    use proc_macro2::TokenStream;
    use quote::quote;

    use crate::plan::describe_vjp;

    /// The plan of `f_vjp` for `item`, as `GRAD_DEBUG` prints it.
    fn plan(item: TokenStream) -> String {
        describe_vjp(quote!(), item)
    }

    /// A 1-D convolution with a bias, its accumulator started at `start`.
    fn convolution(start: TokenStream) -> String {
        plan(quote!(
            fn f(kernel: &[f64], signal: &[f64], bias: f64) -> f64 {
                let n = kernel.len();
                let mut total = 0.0;
                for i in 0..signal.len() - n {
                    let mut acc = #start;
                    for k in 0..n {
                        acc += kernel[k] * signal[i + k];
                    }
                    total += acc * acc;
                }
                total
            }
        ))
    }

    #[test]
    fn an_accumulator_started_at_a_float_parameter_keeps_no_pullback_per_iteration() {
        let from_bias = convolution(quote!(bias));
        // `acc = acc + e` is pulled back by its rule again: the inner loop's stack keeps
        // nothing for it (its values are computed again), as for an accumulator started at a
        // literal.
        let update = "assignment 1 to acc pulled back in place, by its rule again";
        assert!(from_bias.contains(update), "{from_bias}");
        assert!(from_bias.contains("record of Loop(2): ()\n"), "{from_bias}");
        // The plans differ only in that the outer loop reads `bias` too.
        let from_literal = convolution(quote!(0.0));
        assert_eq!(
            from_bias
                .replace("reading bias, ", "reading ")
                .replace("loop_1_bias_adj, ", ""),
            from_literal
        );
        // The same from a product of floats; not from a method, whose type is not known.
        let from_product = convolution(quote!(2.0 * bias));
        assert!(from_product.contains(update), "{from_product}");
        assert!(
            from_product.contains("record of Loop(2): ()\n"),
            "{from_product}"
        );
        let from_method = convolution(quote!(bias.exp()));
        assert!(!from_method.contains("to acc pulled back"), "{from_method}");
        assert!(
            from_method.contains("record of Loop(2): (acc_pullback_1)"),
            "{from_method}"
        );
    }

    /// A dot product with a bias, its accumulator started at `start`.
    fn dot(start: TokenStream) -> String {
        plan(quote!(
            fn f(kernel: &[f64], signal: &[f64], bias: f64) -> f64 {
                let mut acc = #start;
                for k in 0..kernel.len() {
                    acc += kernel[k] * signal[k];
                }
                acc * acc
            }
        ))
    }

    #[test]
    fn a_loop_accumulating_into_a_copy_of_a_float_parameter_is_preaccumulated() {
        let from_bias = dot(quote!(bias));
        assert!(
            from_bias.contains("loop #1: preaccumulated into acc, reading kernel, signal"),
            "{from_bias}"
        );
        assert_eq!(from_bias, dot(quote!(0.0)));
        // An element is of a type the macro does not see: the loop keeps its records.
        let from_element = dot(quote!(kernel[0]));
        assert!(from_element.contains("loop #1: stacked"), "{from_element}");
    }

    #[test]
    fn a_product_update_keeps_its_pullback_and_the_graph_pulls_nothing_in_place() {
        let item = quote!(
            fn f(w: &[f64], bias: f64) -> f64 {
                let mut acc = bias;
                for k in 0..w.len() {
                    acc = acc * w[k];
                }
                acc
            }
        );
        let plan = plan(item.clone());
        assert!(
            plan.contains("assignment 1 to acc pulled back in place\n"),
            "{plan}"
        );
        assert!(plan.contains("acc_pullback"), "{plan}");
        let cx = crate::ctxt::Ctxt::new();
        let args = crate::args::Args::from_tokens(&cx, quote!());
        let item: syn::ItemFn = syn::parse2(item).expect("a function");
        let (sig, _) = crate::sig::Signature::from_fn(&cx, &args, &item);
        let function = crate::expand::analyse(&cx, &sig, &item);
        let graph = crate::plan::Plan::for_graph(&function);
        assert!(graph.updates.all().is_empty(), "{:?}", graph.updates);
    }

    #[test]
    fn a_loop_nested_in_one_preaccumulating_the_same_float_is_seeded_by_it() {
        let plan = plan(quote!(
            fn f(x: &[f64], w: f64) -> f64 {
                let mut s = 0.0;
                for i in 0..x.len() {
                    let a = x[i];
                    for _ in 0..3 {
                        s += a * w;
                    }
                }
                s
            }
        ));
        assert!(
            plan.contains("loop #1: preaccumulated into s, reading x, w\n"),
            "{plan}"
        );
        assert!(
            plan.contains(
                "loop #2: preaccumulated into s, reading a, w, seeded with 1 by the loop around it"
            ),
            "{plan}"
        );
        // The increment is the inner loop's, whose reverse runs inside its forward.
        assert!(
            plan.contains("assignment 1 to s pulled back on the seed 1"),
            "{plan}"
        );
    }
}
