//! The reverse sweep: each region's statements in reverse order, calling the pullbacks the
//! forward sweep saved and summing cotangents into adjoints.

use proc_macro2::TokenStream;
use quote::{ToTokens, quote};

use super::{Sweep, branch_path, tuple};
use crate::activity::{block_is_active, value_is_active};
use crate::ir::{Atom, Binding, Block, Loop, LoopKind, Op, Projection, Stmt, Value, VarId};
use crate::naming::{self, Name};
use crate::plan::{Region, Update};

impl Sweep<'_> {
    /// The reverse code of a block: adjoints of the variables it declares, then `prelude`, then
    /// its statements' adjoints in reverse order.
    pub fn reverse_block(&self, block: &Block, prelude: TokenStream) -> TokenStream {
        let declarations = block.stmts.iter().filter_map(|stmt| match stmt {
            Stmt::Assign {
                var,
                binding: Binding::Let { .. },
                ..
            }
            | Stmt::Declare { var, .. }
                if self.is_active(*var) =>
            {
                Some(self.declare_adjoint_of(stmt, *var))
            }
            _ => None,
        });
        let statements = block.stmts.iter().rev().map(|stmt| self.reverse_stmt(stmt));
        quote! {
            #(#declarations)*
            #prelude
            #(#statements)*
        }
    }

    /// `let mut x_adj = Adjoint::new();`, typed by `x`'s shape where `x` is a container whose
    /// shape its `let` keeps (its adjoint might otherwise only be written element by element).
    fn declare_adjoint_of(&self, stmt: &Stmt, var: VarId) -> TokenStream {
        if let Stmt::Assign { binding, .. } = stmt
            && crate::plan::captures_shape(self.function, var, binding)
        {
            let adj = self.adjoint(var);
            let shape = self.name(Name::Shape(var));
            return quote!(let mut #adj = ::grad::__private::Adjoint::for_shape(&#shape););
        }
        self.declare_adjoint(var)
    }

    fn reverse_stmt(&self, stmt: &Stmt) -> TokenStream {
        let function = self.function;
        match stmt {
            Stmt::Assign {
                var,
                value,
                binding,
                index,
            } if self.is_active(*var) => {
                // A variable whose sums of squares are pulled back in place: here the reverse
                // sweep is done with its other uses (`plan/in_place.rs`).
                let sums_of_squares = self.sum_of_squares_pullback(*var);
                let reverse = self.reverse_assign(*var, value, binding, *index);
                quote!(#sums_of_squares #reverse)
            }
            Stmt::If { .. } | Stmt::Match { .. } => self.reverse_branches(stmt),
            Stmt::Block { block, index } if block_is_active(function, block) => {
                let record = self.name(Name::Block(*index));
                let pattern = tuple(&self.saved(Region::Block(*index)));
                let reverse = self.reverse_block(block, TokenStream::new());
                quote!({
                    let #pattern = #record;
                    #reverse
                })
            }
            Stmt::IndexAssign {
                base,
                value,
                count,
                levels,
                ..
            } if self.is_active(*base) => self.reverse_index_write(*base, value, *count, *levels),
            Stmt::Loop(lp) if block_is_active(function, &lp.body) => self.reverse_loop(lp),
            _ => TokenStream::new(),
        }
    }

    /// An `if` or `match` with an active branch: the reverse of the branch its record says was
    /// taken.
    fn reverse_branches(&self, stmt: &Stmt) -> TokenStream {
        let (Stmt::If { index, .. } | Stmt::Match { index, .. }) = stmt else {
            return TokenStream::new();
        };
        let branches = stmt.regions();
        if !branches
            .iter()
            .any(|branch| block_is_active(self.function, branch))
        {
            return TokenStream::new();
        }
        let record = self.name(Name::Branch(*index));
        let arms = branches.iter().enumerate().map(|(arm, branch)| {
            let pattern = branch_path(
                arm,
                branches.len(),
                tuple(&self.saved(Region::Arm { index: *index, arm })),
            );
            let reverse = self.reverse_block(branch, TokenStream::new());
            quote!(#pattern => { #reverse })
        });
        quote!(match #record { #(#arms)* })
    }

    /// `base[at] = value` (or `base[i][j] = value`, its indices' tuple saved as `at`): the
    /// element's adjoint goes to `value`, and stops there (what the element held before was
    /// overwritten).
    fn reverse_index_write(
        &self,
        base: VarId,
        value: &Atom,
        count: usize,
        levels: usize,
    ) -> TokenStream {
        let base_adj = self.adjoint(base);
        let at = self.name(Name::WriteAt(count));
        let at = if levels > 1 {
            quote!(::grad::__private::Nested(#at))
        } else {
            at.into_token_stream()
        };
        let cot = self.name(Name::Cotangent);
        match value.var() {
            Some(source) if self.is_active(source) => {
                let source_adj = self.adjoint(source);
                quote! {
                    if let ::core::option::Option::Some(#cot) = #base_adj.take_at(#at) {
                        #source_adj.add(#cot);
                    }
                }
            }
            _ => quote!(#base_adj.take_at(#at);),
        }
    }

    /// Takes the loop's records off its stack, last iteration first (or first, where the
    /// iterations' reverses commute), and runs the body's reverse on each; or, for a
    /// preaccumulated loop, scales what it summed by its accumulator's adjoint.
    fn reverse_loop(&self, lp: &Loop) -> TokenStream {
        let replayed = self
            .plan
            .records
            .recomputed(Region::Loop(lp.index))
            .is_some_and(|recomputed| recomputed.replayed.is_some());
        // Only a loop run over its range backwards reads through windows (`plan/windows.rs`).
        let windows = self
            .plan
            .windows
            .reverse
            .get(&lp.index)
            .filter(|_| replayed && !self.plan.schedule.preaccumulated.contains_key(&lp.index));
        let declarations = self.window_declarations(windows.map_or(&[][..], Vec::as_slice));
        let expansions = self.fill_expansions(lp);
        let kept = self.expansion_windows(lp);
        let reverse = self.with_windows(windows).reverse_loop_reading(lp);
        quote!(#declarations #expansions #kept #reverse)
    }

    /// [`Self::reverse_loop`], its windows (if any) declared.
    fn reverse_loop_reading(&self, lp: &Loop) -> TokenStream {
        if let Some(plan) = self.plan.schedule.preaccumulated.get(&lp.index) {
            let cot = self.name(Name::Cotangent);
            // A buffer shared with an earlier loop is handed over by that loop.
            let adds: Vec<TokenStream> = plan
                .own_inputs()
                .map(|input| {
                    let local = self.name(Name::LoopAdjoint(lp.index, input));
                    let adj = self.adjoint(input);
                    quote!(#adj.add_scaled(#local, #cot);)
                })
                .collect();
            if plan.seeded {
                // Nested in a loop preaccumulating the same value: its seed is 1 here too.
                return quote!({ let #cot = 1.0; #(#adds)* });
            }
            let accumulator = self.adjoint(plan.accumulator);
            return quote! {
                if let ::core::option::Option::Some(&#cot) = #accumulator.get() {
                    #(#adds)*
                }
            };
        }
        if let Some(checkpointing) = self.plan.schedule.checkpointed.get(&lp.index) {
            return self.reverse_checkpointed_loop(lp, &checkpointing.carried);
        }
        let stack = self.name(Name::Stack(lp.index));
        let count = self.name(Name::Count(lp.index));
        let region = Region::Loop(lp.index);
        let pattern = tuple(&self.saved(region));
        let indices = self.recomputed_indices(region);
        let reverse = self.reverse_block(&lp.body, indices);
        // This run's records are the last `count` on the stack (the records of the runs before
        // it, for a nested loop, are below them): taken off without a test of the stack's
        // length for each, last first, or first first where the iterations' reverses commute
        // (`plan/order.rs`). A loop that runs its range again counts them from it.
        let forwards = self.plan.order.runs_forwards(lp.index);
        let in_order = |range: &syn::Expr| {
            if forwards {
                range.to_token_stream()
            } else {
                quote!(::core::iter::Iterator::rev(#range))
            }
        };
        let next = if forwards {
            quote!(::core::iter::Iterator::next)
        } else {
            quote!(::core::iter::DoubleEndedIterator::next_back)
        };
        let records_in_order = if forwards { quote!() } else { quote!(.rev()) };
        match self
            .plan
            .records
            .recomputed(region)
            .and_then(|r| r.replayed.as_ref())
        {
            // The counter from the loop's range, and beside it the records, as many (the loop
            // ran its range whole; the count is the range's length): the loop runs on the
            // counter, and LLVM sees that the records cannot run out first. Nothing kept
            // (`forward.rs` pushed nothing): the range alone.
            Some((counter, range)) if self.saved(region).is_empty() => {
                let range = in_order(range);
                quote! {
                    for #counter in #range {
                        #reverse
                    }
                }
            }
            Some((counter, range)) => {
                let records_left = self.name(Name::LoopIter(lp.index));
                let range_in_order = in_order(range);
                quote! {
                    let #count = ::core::iter::Iterator::size_hint(&(#range)).0;
                    let mut #records_left = #stack.drain(#stack.len() - #count..);
                    for #counter in #range_in_order {
                        let ::core::option::Option::Some(#pattern) = #next(&mut #records_left)
                        else {
                            ::core::unreachable!("grad: a loop's range gives one counter for each of its records")
                        };
                        #reverse
                    }
                }
            }
            None => quote! {
                for #pattern in #stack.drain(#stack.len() - #count..)#records_in_order {
                    #reverse
                }
            },
        }
    }

    /// A checkpointed loop's reverse: its segments last first, each run again from its
    /// checkpoint with the state restored, recording on a stack of its own, then popped.
    fn reverse_checkpointed_loop(&self, lp: &Loop, carried: &[VarId]) -> TokenStream {
        let LoopKind::For { pat, .. } = &lp.kind else {
            unreachable!("the schedule checkpoints `for` loops only")
        };
        let [iter, checkpoints, count, stack, start, end, state] = [
            Name::LoopIter(lp.index),
            Name::Checkpoints(lp.index),
            Name::Count(lp.index),
            Name::Stack(lp.index),
            Name::SegmentStart(lp.index),
            Name::SegmentEnd(lp.index),
            Name::State(lp.index),
        ]
        .map(|name| self.name(name));
        let restored = carried.iter().map(|var| {
            let ident = &self.function.var(*var).ident;
            quote!(mut #ident)
        });
        let record = tuple(&self.saved(Region::Loop(lp.index)));
        let forward = self.forward_block(&lp.body);
        let indices = self.recomputed_indices(Region::Loop(lp.index));
        let reverse = self.reverse_block(&lp.body, indices);
        quote! {
            let mut #end = #count;
            for (#start, #state) in ::std::iter::IntoIterator::into_iter(#checkpoints).rev() {
                let (#(#restored,)*) = #state;
                let mut #stack = ::std::vec::Vec::new();
                for #pat in ::core::clone::Clone::clone(&#iter).skip(#start).take(#end - #start) {
                    #forward
                    #stack.push(#record);
                }
                for _ in #start..#end {
                    let ::core::option::Option::Some(#record) = #stack.pop() else {
                        ::core::unreachable!("grad: a segment's reverse pops the records its forward pushed")
                    };
                    #reverse
                }
                #end = #start;
            }
        }
    }

    /// The pattern binding a pullback's cotangents for `args` (the first at `offset`), and the
    /// additions of those cotangents into the arguments' adjoints.
    pub(super) fn argument_cotangents(
        &self,
        args: &[Atom],
        offset: usize,
    ) -> (Vec<TokenStream>, Vec<TokenStream>) {
        self.argument_cotangents_but(args, offset, None)
    }

    /// [`Self::argument_cotangents`], without the addition into `kept`'s adjoint (whose
    /// cotangent the caller handles).
    fn argument_cotangents_but(
        &self,
        args: &[Atom],
        offset: usize,
        kept: Option<VarId>,
    ) -> (Vec<TokenStream>, Vec<TokenStream>) {
        let mut pattern = Vec::new();
        let mut adds = Vec::new();
        for (position, arg) in args.iter().enumerate() {
            match arg.var() {
                Some(arg_id) if self.is_active(arg_id) => {
                    let arg_cot = self.name(Name::ArgCotangent(position + offset));
                    let arg_adj = self.adjoint(arg_id);
                    if Some(arg_id) != kept {
                        adds.push(quote!(#arg_adj.add(#arg_cot);));
                    }
                    pattern.push(arg_cot.into_token_stream());
                }
                _ => pattern.push(quote!(_)),
            }
        }
        (pattern, adds)
    }

    /// The additions of a call's cotangents into its arguments' adjoints, each a
    /// `Contribution` that may be `()`.
    fn call_cotangents(&self, args: &[Atom]) -> Vec<TokenStream> {
        args.iter()
            .enumerate()
            .filter_map(|(position, arg)| {
                let arg_id = arg.var().filter(|id| self.is_active(*id))?;
                let arg_cot = self.name(Name::ArgCotangent(position));
                let arg_adj = self.adjoint(arg_id);
                Some(quote!(#arg_adj.add_cotangent(#arg_cot);))
            })
            .collect()
    }

    /// The reverse of `id = value`: takes `id`'s adjoint (the value before this assignment is
    /// another value, whose adjoint starts from zero) and sends it on to what `value` read.
    fn reverse_assign(
        &self,
        id: VarId,
        value: &Value,
        binding: &Binding,
        index: usize,
    ) -> TokenStream {
        if let Some(in_place) = self.pull_in_place(id, value, index) {
            return in_place;
        }
        let take = self.take_adjoint(id);
        let cot = self.name(Name::Cotangent);
        let send = match value {
            Value::Prim { args, .. }
                if self.plan.updates.get(id, index) == Some(Update::Seeded) =>
            {
                return self.reverse_increment(id, args, index);
            }
            _ if self.plan.in_place.sums.contains_key(&(id, index)) => {
                let x = self.plan.in_place.sums[&(id, index)];
                let sums = self.name(Name::SumOfSquaresAdjoint(x));
                quote!(#sums.add(#cot);)
            }
            Value::Prim { op, args, .. } if value_is_active(self.function, value) => {
                self.reverse_prim(id, index, op, args)
            }
            Value::Map(map) if value_is_active(self.function, value) => {
                let pullback = self.name(Name::Pullback(id, index));
                self.reverse_map(&pullback, map)
            }
            Value::Atom(atom)
                if let Some(source) = atom.var()
                    && self.is_active(source) =>
            {
                let source_adj = self.adjoint(source);
                quote!(#source_adj.add(#cot);)
            }
            Value::Place { base, path, .. } if self.is_active(*base) => {
                self.reverse_place(id, index, *base, path)
            }
            Value::Index { base, flat, .. } if self.is_active(*base) => {
                self.reverse_index_read(id, index, *base, *flat)
            }
            // Overwritten by a constant: what the variable held before receives nothing.
            _ if *binding == Binding::Reassign && !self.graph => return quote!(#take;),
            _ if !self.graph => return TokenStream::new(),
            _ => TokenStream::new(),
        };
        let record = self.graph.then(|| self.record_adjoint(id, index, &cot));
        quote! {
            if let ::core::option::Option::Some(#cot) = #take {
                #record
                #send
            }
        }
    }

    /// The reverse of an update `x = op(.., x, ..)` the plan pulls back in place
    /// (`plan/updates.rs`): the pullback's cotangent for `x` replaces `x`'s adjoint where it
    /// stands (`Adjoint::pull_in_place`). A sum's or difference's pullback, which the record
    /// does not keep, is the rule's again, on any two floats of the type.
    fn pull_in_place(&self, id: VarId, value: &Value, index: usize) -> Option<TokenStream> {
        let again = match self.plan.updates.get(id, index)? {
            Update::InPlace => false,
            Update::InPlaceAgain => true,
            Update::Seeded => return None,
        };
        let Value::Prim { op, args, .. } = value else {
            unreachable!("the plan pulls back in place only updates by an operator")
        };
        let Some(own) = args
            .iter()
            .position(|arg| matches!(arg, Atom::Var(v) if *v == id))
        else {
            unreachable!("an update pulled back in place reads its variable")
        };
        let (pattern, adds) = self.argument_cotangents_but(args, 0, Some(id));
        let own_cot = self.name(Name::ArgCotangent(own));
        let adj = self.adjoint(id);
        let pullback = self.name(Name::Pullback(id, index));
        let cot = self.name(Name::Cotangent);
        let again = again.then(|| {
            let rule = match op {
                Op::Add => quote!(::grad::__private::AddVjp::add_vjp),
                _ => quote!(::grad::__private::SubVjp::sub_vjp),
            };
            quote!(let #pullback = #rule(&#cot, &#cot).1;)
        });
        Some(quote! {
            #adj.pull_in_place(|#cot| {
                #again
                let (#(#pattern,)*) = #pullback(#cot);
                #(#adds)*
                #own_cot
            });
        })
    }

    /// `x_adj.take()`: the adjoint of `id` so far, leaving it empty. A variable whose places
    /// were read has its adjoint built with `add_with`, whose placeholders must become zeros
    /// before a pullback sees it (`take_restored`).
    fn take_adjoint(&self, id: VarId) -> TokenStream {
        let adj = self.adjoint(id);
        if self.function.var(id).indexed {
            let shape = self.name(Name::Shape(id));
            quote!(#adj.take_restored(&#shape))
        } else {
            quote!(#adj.take())
        }
    }

    /// A primitive's pullback called on the cotangent `cot`, and its arguments' cotangents
    /// added into their adjoints.
    fn reverse_prim(&self, id: VarId, index: usize, op: &Op, args: &[Atom]) -> TokenStream {
        let pullback = self.name(Name::Pullback(id, index));
        let cot = self.name(Name::Cotangent);
        let (pattern, mut adds) = self.argument_cotangents(args, 0);
        let pattern = super::literals::cotangent_pattern(op, pattern);
        if matches!(op, Op::Call(..) | Op::Method { .. }) {
            // A function may not differentiate every argument the call's are differentiated
            // in (`wrt`): its cotangent is then `()`.
            adds = self.call_cotangents(args);
        }
        let pull = if self.graph {
            self.pull_recording_partials(id, index, &pattern, &pullback, &cot)
        } else {
            quote!(let (#(#pattern,)*) = #pullback(#cot);)
        };
        quote! {
            #pull
            #(#adds)*
        }
    }

    /// The cotangent `cot` of a read `base[at]` added into the element of `base`'s adjoint at
    /// the index the forward sweep kept.
    fn reverse_index_read(&self, id: VarId, index: usize, base: VarId, flat: bool) -> TokenStream {
        if let Some((adjoint_window, position)) = self.windowed_adjoint(id, index) {
            // Into the window of the adjoint, at the position the read had in its window.
            let cot = self.name(Name::Cotangent);
            return quote!(::grad::__private::add_in_window(#adjoint_window, #position, #cot););
        }
        let base_adj = self.adjoint(base);
        let shape = self.name(Name::Shape(base));
        let at = self.name(Name::ReadAt(id, index));
        let cot = self.name(Name::Cotangent);
        let add = if flat {
            quote!(add_flat)
        } else {
            quote!(add_at)
        };
        quote!(#base_adj.#add(#at, #cot, &#shape);)
    }

    /// An increment `s = s + e` of a preaccumulated loop's accumulator: pulled back with seed
    /// 1, its adjoint of `s` itself (1) dropped, since the loop scales by it later.
    fn reverse_increment(&self, id: VarId, args: &[Atom], index: usize) -> TokenStream {
        let pullback = self.name(Name::Pullback(id, index));
        let (pattern, adds) = self.argument_cotangents(&args[1..], 1);
        quote! {
            {
                let (_, #(#pattern,)*) = #pullback(1.0);
                #(#adds)*
            }
        }
    }

    /// The cotangent of a place read `p.layers[i].w` added into the same place of `p`'s adjoint.
    fn reverse_place(
        &self,
        id: VarId,
        index: usize,
        base: VarId,
        path: &[Projection],
    ) -> TokenStream {
        let base_adj = self.adjoint(base);
        let shape = self.name(Name::Shape(base));
        let cot = self.name(Name::Cotangent);
        let steps = path.iter().enumerate().map(|(k, step)| match step {
            Projection::Field(member) => quote!(.#member),
            Projection::Index(_) => {
                let place_at = self.name(Name::PlaceAt(id, index, k));
                quote!([#place_at])
            }
        });
        let tangent = naming::hygienic("tangent");
        quote!(#base_adj.add_with(&#shape, |#tangent| &mut #tangent #(#steps)*, #cot);)
    }
}
