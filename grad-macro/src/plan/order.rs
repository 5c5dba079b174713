//! Which loops' reverse runs their iterations in the order the forward sweep ran them.
//!
//! The reverse of a loop runs its iterations last first because, in general, an iteration's
//! adjoints flow into the iteration before it: `x = f(x)` carried from one to the next. Many
//! numerical loops carry nothing but sums: the only values from outside the loop that they
//! write are floats updated as `s = s + e` / `s = s - e`, read nowhere else in the loop. The
//! adjoint of such an `s` is the same in every iteration (`∂s_new/∂s_old = 1`), every other
//! value an iteration reads from outside is left unchanged by the loop, and what the iterations
//! add into adjoints is summed. So their reverses commute, and may run first iteration first.
//!
//! That is the order memory is laid out in: the innermost loops of a Cholesky-like product
//! (ADBench's GMM) walk `Q` and its adjoint with growing addresses, which the hardware
//! prefetchers follow and a walk downwards defeats (3-5% of the gradient at d = 64,
//! BENCHMARKS.md). The sums into adjoints are rounded in the other order, which moves their
//! last bits, not their accuracy.
//!
//! A loop's records must then be taken off its stack first iteration first; so a loop runs
//! forwards only when no loop inside it keeps records of its own on a stack (they would be
//! taken off, run by run, from the top, which is the last run's).

use std::collections::HashSet;

use crate::ir::{Block, Function, Loop, Stmt, VarId};

use super::records::{Records, Region};
use super::schedule::{Schedule, is_accumulation};

/// The loops whose reverse runs their iterations first to last, by loop index.
#[derive(Debug, Default)]
pub struct ReverseOrder {
    forwards: HashSet<usize>,
}

impl ReverseOrder {
    /// Whether loop `index`'s reverse runs its iterations in the forward sweep's order.
    pub fn runs_forwards(&self, index: usize) -> bool {
        self.forwards.contains(&index)
    }

    /// The loops of `function` whose iterations' reverses commute (see the module doc), among
    /// the stacked ones. `nodes` (`f_graph`, which numbers the nodes as the reverse sweep finds
    /// them): none.
    pub(super) fn of(
        function: &Function,
        schedule: &Schedule,
        records: &Records,
        nodes: bool,
    ) -> Self {
        let mut order = Self::default();
        if nodes {
            return order;
        }
        for stmt in function.body.all_stmts() {
            if let Stmt::Loop(lp) = stmt
                && schedule.stacked.contains(&lp.index)
                && commutes(function, lp)
                && keeps_no_inner_stack(schedule, records, &lp.body)
            {
                order.forwards.insert(lp.index);
            }
        }
        order
    }
}

/// Whether `lp`'s iterations carry no adjoint from one to the next: it may end early only
/// between runs (no `break`, no exit), and every differentiated variable from outside it that
/// it writes is a float it only sums into, read nowhere else in it.
fn commutes(function: &Function, lp: &Loop) -> bool {
    if !lp.exit_flags.is_empty() || lp.break_flag.is_some() {
        return false;
    }
    let body = lp.body.all_stmts();
    let declared: HashSet<VarId> = body.iter().flat_map(|stmt| stmt.declares()).collect();
    let mut sums: HashSet<VarId> = HashSet::new();
    for stmt in &body {
        let Some(target) = stmt.target().filter(|target| !declared.contains(target)) else {
            continue;
        };
        let var = function.var(target);
        if !var.active {
            // A value without derivative (a counter, a flag): what the reverse reads of it,
            // the iteration's record keeps or computes again from the loop's counter.
            continue;
        }
        if !var.float || !is_accumulation(stmt, target) {
            return false;
        }
        sums.insert(target);
    }
    body.iter().all(|stmt| {
        stmt.reads()
            .into_iter()
            .enumerate()
            .all(|(position, source)| {
                !sums.contains(&source)
                    || (position == 0
                        && stmt.target() == Some(source)
                        && is_accumulation(stmt, source))
            })
    })
}

/// Whether no loop in `block` (at any depth) takes records off a stack of its own: each runs
/// its range again and keeps nothing, or is preaccumulated, or differentiates nothing.
fn keeps_no_inner_stack(schedule: &Schedule, records: &Records, block: &Block) -> bool {
    block.all_stmts().into_iter().all(|stmt| match stmt {
        Stmt::Loop(inner) if schedule.stacked.contains(&inner.index) => {
            let region = Region::Loop(inner.index);
            records.saved(region).is_empty()
                && records
                    .recomputed(region)
                    .is_some_and(|recomputed| recomputed.replayed.is_some())
        }
        _ => true,
    })
}

#[cfg(test)]
mod tests {
    use proc_macro2::TokenStream;
    use quote::quote;

    use crate::plan::describe_vjp;

    fn plan(item: TokenStream) -> String {
        describe_vjp(quote!(), item)
    }

    /// `f`'s loop #2, nested in a preaccumulated loop #1, with `body` as its body.
    fn inner_loop(body: TokenStream) -> String {
        plan(quote!(
            fn f(w: &[f64], x: &[f64], n: usize) -> f64 {
                let mut out = 0.0;
                for i in 0..x.len() / n {
                    let mut s = 0.0;
                    let mut t = 0.0;
                    for j in 0..n {
                        #body
                    }
                    out += s.tanh() + t;
                }
                out
            }
        ))
    }

    #[test]
    fn a_loop_that_only_sums_runs_its_reverse_first_iteration_first() {
        let sums = inner_loop(quote! {
            s += w[i * n + j] * x[j];
            t -= x[j].sin();
        });
        assert!(
            sums.contains("loop #2: stacked, its reverse first iteration first"),
            "{sums}"
        );
        // A branch and a counter without derivative do not carry adjoints either.
        let branching = inner_loop(quote! {
            let mut k = 0;
            if x[j] > 0.0 {
                s += x[j];
                k += 1;
            } else {
                s -= w[j];
            }
            t += k as f64;
        });
        assert!(
            branching.contains("loop #2: stacked, its reverse first iteration first"),
            "{branching}"
        );
    }

    #[test]
    fn a_loop_carrying_more_than_sums_runs_its_reverse_last_iteration_first() {
        for body in [
            // A product: the adjoint of `s` changes from one iteration to the next.
            quote!(s = s * x[j];),
            // A sum read elsewhere in the loop.
            quote! {
                s += x[j];
                t += s * w[j];
            },
            // A sum of itself.
            quote!(s = s + s * x[j];),
            // A loop that may stop early.
            quote! {
                s += x[j];
                if s > 1.0 {
                    break;
                }
            },
        ] {
            let described = inner_loop(body.clone());
            assert!(
                described.contains("loop #2: stacked\n"),
                "{body}: {described}"
            );
        }
    }

    #[test]
    fn a_loop_around_a_loop_that_keeps_records_runs_its_reverse_last_iteration_first() {
        let described = inner_loop(quote! {
            let mut p = 1.0;
            for k in 0..n {
                p = p * w[k].cos();
            }
            s += p * x[j];
        });
        // Loop #3's records of each run of it are taken off the top of its stack.
        assert!(described.contains("loop #2: stacked\n"), "{described}");
        assert!(described.contains("loop #3: stacked\n"), "{described}");
    }

    #[test]
    fn the_graph_keeps_the_reverse_order() {
        let item = quote!(
            fn f(x: &[f64], n: usize) -> f64 {
                let mut out = 0.0;
                for i in 0..n {
                    let mut s = 0.0;
                    for j in 0..x.len() {
                        s += x[j] * x[i];
                    }
                    out += s.tanh();
                }
                out
            }
        );
        let cx = crate::ctxt::Ctxt::new();
        let args = crate::args::Args::from_tokens(&cx, quote!());
        let item: syn::ItemFn = syn::parse2(item).expect("a function");
        let (sig, _) = crate::sig::Signature::from_fn(&cx, &args, &item);
        let function = crate::expand::analyse(&cx, &sig, &item);
        cx.check().expect("differentiable");
        let vjp = crate::plan::Plan::for_vjp(&function, false);
        let graph = crate::plan::Plan::for_graph(&function);
        assert!(vjp.order.runs_forwards(2));
        assert!(!graph.order.runs_forwards(2));
    }
}
