//! The plan: every decision about how a function is differentiated that is not the IR itself,
//! made once, before emission, so that emission only prints.
//!
//! - [`Schedule`]: how each loop is differentiated (a stack of iteration records, or
//!   preaccumulation into loop-local adjoints, which loops may share: `sharing.rs`), see
//!   `schedule.rs`;
//! - [`InPlaceSums`]: the sums of squares `f_grad` pulls back in place, see `in_place.rs`
//!   (none for `f_vjp`, whose pullback cannot borrow the parameters);
//! - [`Updates`]: the updates `x = op(.., x, ..)` of a float pulled back in place or on the
//!   seed 1, see `updates.rs`;
//! - [`Records`]: what each region hands to the reverse sweep, see `records.rs`;
//! - [`Names`]: the identifier of every generated local, see `names.rs`;
//! - [`DualPlan`]: whether `f_jvp` and `f_hvp` run the function at dual numbers, see `dual/`;
//! - `owned_views`: the views of data made owned where rules read them, see `views.rs`;
//! - `lent`: the parameters `f_grad` lends its rules, see `lend.rs`;
//! - [`Windows`]: the slices loops read through a window taken before them, see `windows.rs`;
//! - [`ReverseOrder`]: the loops whose reverse runs first iteration first, see `order.rs`;
//! - [`Expansions`]: the values inner loops' reverses read from a buffer filled once for the
//!   loop around them, see `expansion.rs`.

mod cycles;
mod dual;
mod expansion;
mod in_place;
mod lend;
mod names;
mod order;
mod recompute;
mod records;
mod schedule;
mod sharing;
mod updates;
mod views;
mod windows;

use proc_macro2::Ident;

use crate::ir::Function;
use crate::sig::Signature;

pub use cycles::closes_a_cycle;
pub use dual::{
    Crossing, DualPlan, FloatParam, Form, TwinRoot, World, float_param, is_twin_method,
    twin_receiver, twin_root, twin_roots, twin_struct,
};
pub use dual::{
    into_views, is_companion_call, is_companion_method, is_self_type, jvp_by_rows, slice_views,
    struct_roots,
};
pub use expansion::Expansions;
pub use in_place::InPlaceSums;
pub use names::Names;
pub use order::ReverseOrder;
pub use recompute::Again;
pub use records::{Records, Region, captures_shape};
pub use schedule::{Preaccumulation, Schedule};
pub use updates::{Update, Updates};
pub use windows::{Window, Windows};

/// What a printer asks of its plan.
struct Options {
    /// Checkpoint the outermost loops (`#[differentiate(checkpoint)]`).
    checkpoint: bool,
    /// Preaccumulate the loops that only accumulate into a float.
    preaccumulate: bool,
    /// Keep each assignment's graph node in the records (`f_graph`).
    nodes: bool,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            checkpoint: false,
            preaccumulate: true,
            nodes: false,
        }
    }
}

/// How one generated function differentiates the body.
#[derive(Debug)]
pub struct Plan {
    pub schedule: Schedule,
    pub in_place: InPlaceSums,
    pub updates: Updates,
    pub records: Records,
    pub names: Names,
    /// The plain views (by assignment) made owned arrays where they are made.
    pub owned_views: std::collections::HashSet<(crate::ir::VarId, usize)>,
    /// The parameters `f_grad` lends its rules (none for the other functions).
    pub lent: Vec<(Ident, crate::types::Lendable)>,
    /// The slices loops read through windows, see `windows.rs`.
    pub windows: Windows,
    /// The loops whose reverse runs first iteration first, see `order.rs`.
    pub order: ReverseOrder,
    /// The values inner loops' reverses read from buffers, see `expansion.rs`.
    pub expansions: Expansions,
}

impl Plan {
    /// The plan of `f_vjp`, whose pullback owns what it keeps.
    pub fn for_vjp(function: &Function, checkpoint: bool) -> Self {
        let options = Options {
            checkpoint,
            ..Options::default()
        };
        Self::with_in_place(function, options, |_| InPlaceSums::default())
    }

    /// The plan of `f_graph`: no loop preaccumulated or checkpointed (each node's adjoint is
    /// recorded where the reverse sweep finds it), each assignment's node kept for that.
    pub fn for_graph(function: &Function) -> Self {
        let options = Options {
            checkpoint: false,
            preaccumulate: false,
            nodes: true,
        };
        Self::with_in_place(function, options, |_| InPlaceSums::default())
    }

    /// The plan of `f_grad`, whose pullback runs before it returns and so may read the
    /// parameters: sums of squares of them are pulled back in place.
    pub fn for_grad(function: &Function, sig: &Signature, checkpoint: bool) -> Self {
        let options = Options {
            checkpoint,
            ..Options::default()
        };
        let mut plan = Self::with_in_place(function, options, |schedule| {
            in_place::in_place_sums(function, sig, schedule)
        });
        plan.lent = lend::lent(function, sig);
        plan
    }

    /// The plan as text, for `GRAD_DEBUG=1`: each loop's strategy, the in-place sums, and each
    /// region's record, by the generated names.
    pub fn describe(&self, function: &Function) -> String {
        let name = |var: crate::ir::VarId| function.var(var).base.clone();
        let mut lines = Vec::new();
        for index in &self.schedule.stacked {
            let order = if self.order.runs_forwards(*index) {
                ", its reverse first iteration first"
            } else {
                ""
            };
            lines.push(format!("loop #{index}: stacked{order}"));
        }
        for (index, checkpointing) in &self.schedule.checkpointed {
            let carried: Vec<String> = checkpointing.carried.iter().map(|var| name(*var)).collect();
            lines.push(format!(
                "loop #{index}: checkpointed, state ({})",
                carried.join(", ")
            ));
        }
        let mut preaccumulated: Vec<_> = self.schedule.preaccumulated.iter().collect();
        preaccumulated.sort_by_key(|(index, _)| **index);
        for (index, plan) in preaccumulated {
            let inputs: Vec<String> = plan.inputs.iter().map(|input| name(*input)).collect();
            let seeded = if plan.seeded {
                ", seeded with 1 by the loop around it"
            } else {
                ""
            };
            let mut shares: Vec<String> = plan
                .shares
                .iter()
                .map(|(input, owner)| format!(", sums {} into loop #{owner}'s", name(*input)))
                .collect();
            shares.sort();
            lines.push(format!(
                "loop #{index}: preaccumulated into {}, reading {}{seeded}{}",
                name(plan.accumulator),
                inputs.join(", "),
                shares.concat()
            ));
        }
        for x in &self.in_place.operands {
            lines.push(format!(
                "sums of squares of {} pulled back in place",
                name(*x)
            ));
        }
        for ((var, index), how) in self.updates.all() {
            let how = match how {
                Update::InPlace => "pulled back in place",
                Update::InPlaceAgain => {
                    "pulled back in place, by its rule again (the record keeps nothing)"
                }
                Update::Seeded => "pulled back on the seed 1 (the preaccumulated loop scales it)",
            };
            lines.push(format!("assignment {index} to {} {how}", name(var)));
        }
        for (region, saved) in self.records.all() {
            let saved: Vec<String> = saved
                .iter()
                .map(|saved| self.names.get(*saved).to_string())
                .collect();
            lines.push(format!("record of {region:?}: ({})", saved.join(", ")));
            if let Some(recomputed) = self.records.recomputed(region) {
                let operands: Vec<String> =
                    recomputed.operands.iter().map(Ident::to_string).collect();
                lines.push(format!(
                    "  then ({}); it computes {} indices and {} values again",
                    operands.join(", "),
                    recomputed.indices.len(),
                    recomputed.values.len()
                ));
                if let Some((counter, range)) = &recomputed.replayed {
                    lines.push(format!(
                        "  and takes {counter} from ({}) backwards",
                        quote::ToTokens::to_token_stream(range)
                    ));
                }
            }
        }
        for (sweep, windows) in [
            ("forward", &self.windows.forward),
            ("reverse", &self.windows.reverse),
        ] {
            let mut windows: Vec<_> = windows.iter().collect();
            windows.sort_by_key(|(index, _)| **index);
            for (index, windows) in windows {
                for window in windows {
                    let offset = window
                        .offset
                        .as_ref()
                        .map(|offset| quote::ToTokens::to_token_stream(offset).to_string() + " + ");
                    let adjoint = window
                        .adjoint
                        .map(|adjoint| format!(", adds into {}", self.names.get(adjoint)));
                    lines.push(format!(
                        "loop #{index}: the {sweep} sweep reads {}[{}{}] through {}{}",
                        name(window.base),
                        offset.unwrap_or_default(),
                        window.counter,
                        self.names.get(window.name),
                        adjoint.unwrap_or_default()
                    ));
                }
            }
        }
        let mut expanded: Vec<_> = self.expansions.before.iter().collect();
        expanded.sort_by_key(|(index, _)| **index);
        for (index, expansions) in expanded {
            for expansion in expansions {
                lines.push(format!(
                    "loop #{index}: its reverse keeps {} for {} in {}..{} in {}",
                    name(expansion.var),
                    expansion.counter,
                    quote::ToTokens::to_token_stream(&expansion.start),
                    quote::ToTokens::to_token_stream(&expansion.end),
                    self.names.get(expansion.buffer)
                ));
            }
        }
        if !self.lent.is_empty() {
            let lent: Vec<String> = self
                .lent
                .iter()
                .map(|(ident, _)| ident.to_string())
                .collect();
            lines.push(format!("f_grad lends its rules: {}", lent.join(", ")));
        }
        lines.join("\n")
    }

    fn with_in_place(
        function: &Function,
        options: Options,
        in_place: impl FnOnce(&Schedule) -> InPlaceSums,
    ) -> Self {
        let schedule = schedule::schedule(function, options.checkpoint, options.preaccumulate);
        let in_place = in_place(&schedule);
        let updates = Updates::of(function, &schedule, &in_place, options.nodes);
        let records = Records::of(function, &schedule, &in_place, &updates, options.nodes);
        let windows = Windows::of(function, &schedule, &records);
        let expansions = Expansions::of(function, &records);
        let names = Names::allocate(function, &schedule, &in_place, &windows, &expansions);
        let order = ReverseOrder::of(function, &schedule, &records, options.nodes);
        Self {
            schedule,
            in_place,
            updates,
            records,
            names,
            owned_views: views::owned_views(function),
            lent: Vec::new(),
            windows,
            order,
            expansions,
        }
    }
}

/// The plan of `f_vjp` for `item` under the attribute's arguments `args`, as `GRAD_DEBUG`
/// prints it: what the plan's unit tests read.
#[cfg(test)]
pub(crate) fn describe_vjp(
    args: proc_macro2::TokenStream,
    item: proc_macro2::TokenStream,
) -> String {
    let cx = crate::ctxt::Ctxt::new();
    let args = crate::args::Args::from_tokens(&cx, args);
    let item: syn::ItemFn = syn::parse2(item).expect("a function");
    let (sig, ok) = crate::sig::Signature::from_fn(&cx, &args, &item);
    let mut function = crate::expand::analyse(&cx, &sig, &item);
    function.pure_calls = args.pure.iter().map(ToString::to_string).collect();
    assert!(ok && cx.check().is_ok(), "the function is differentiable");
    Plan::for_vjp(&function, false).describe(&function)
}
