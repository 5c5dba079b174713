//! The forward sweep: the source's statements, with each differentiated primitive replaced by
//! its rule call, and each region handing out its record (`plan/records.rs`).

use proc_macro2::TokenStream;
use quote::{ToTokens, quote, quote_spanned};
use syn::{Expr, Ident};

use super::{Sweep, branch_path, tuple};
use crate::activity::{block_is_active, value_is_active};
use crate::ir::{
    Arm, Atom, Binding, Block, Loop, LoopKind, Projection, Stmt, Value, VarId, VarOrigin,
};
use crate::naming::Name;
use crate::plan::{Preaccumulation, Region, captures_shape};

impl Sweep<'_> {
    /// The forward code of a block.
    pub fn forward_block(&self, block: &Block) -> TokenStream {
        block
            .stmts
            .iter()
            .map(|stmt| self.forward_stmt(stmt))
            .collect()
    }

    /// A region's forward code, ending in its record when the region is active.
    fn forward_region(&self, region: Region, block: &Block, record: bool) -> TokenStream {
        let body = self.forward_block(block);
        let record = record.then(|| tuple(&self.saved(region)));
        quote!(#body #record)
    }

    pub(super) fn forward_stmt(&self, stmt: &Stmt) -> TokenStream {
        match stmt {
            Stmt::Assign {
                var,
                value,
                binding,
                index,
            } => self.forward_assign(*var, value, binding, *index),
            Stmt::Declare { var, ty } => {
                let var = self.function.var(*var);
                let ident = &var.ident;
                let mutability = var.mutable.then(|| quote!(mut));
                let annotation = ty.as_ref().map(|ty| quote!(: #ty));
                quote!(let #mutability #ident #annotation;)
            }
            Stmt::Verbatim(tokens) => tokens.clone(),
            Stmt::If {
                cond,
                then_branch,
                else_branch,
                index,
            } => self.forward_if(cond, [then_branch, else_branch], *index),
            Stmt::Match {
                scrutinee,
                arms,
                index,
            } => self.forward_match(scrutinee, arms, *index),
            Stmt::Block { block, index } => self.forward_nested_block(block, *index),
            Stmt::IndexAssign {
                base,
                index,
                value,
                count,
                levels,
            } => self.forward_index_write(*base, index, *levels, value, *count),
            Stmt::Loop(lp) => self.forward_loop(lp),
        }
    }

    /// A nested block; when it is active, `let block_k = { .. record };`.
    fn forward_nested_block(&self, block: &Block, index: usize) -> TokenStream {
        if !self.recording || !block_is_active(self.function, block) {
            let inner = self.forward_block(block);
            return quote!({ #inner });
        }
        let record = self.name(Name::Block(index));
        let inner = self.forward_region(Region::Block(index), block, true);
        quote!(let #record = { #inner };)
    }

    /// `base[index] = value`; when `base` is active, the index kept as `write_k_at` for the
    /// reverse sweep, which takes that element's adjoint.
    fn forward_index_write(
        &self,
        base: VarId,
        index: &Expr,
        levels: usize,
        value: &Atom,
        count: usize,
    ) -> TokenStream {
        let base_ident = &self.function.var(base).ident;
        let value_tokens = self.atom(value);
        // Through `levels` indices, the index is their tuple: `base[at.0][at.1]`.
        let place = |index: &dyn ToTokens| {
            if levels > 1 {
                let positions = (0..levels).map(syn::Index::from);
                quote!(#base_ident #([#index.#positions])*)
            } else {
                quote!(#base_ident[#index])
            }
        };
        if !self.recording || !self.is_active(base) {
            let place = match index {
                Expr::Tuple(tuple) if levels > 1 => {
                    let indices = tuple.elems.iter();
                    quote!(#base_ident #([#indices])*)
                }
                _ => place(index),
            };
            return quote!(#place = #value_tokens;);
        }
        let at = self.name(Name::WriteAt(count));
        let place = place(&at);
        let write = quote! {
            let #at = #index;
            #place = #value_tokens;
        };
        if self.graph {
            return self.record_write(base, value, write);
        }
        write
    }

    /// `if`: when a branch is active, `let branch_k = if cond { .. Then(record) } else { ..
    /// Else(record) };`.
    fn forward_if(&self, cond: &Expr, branches: [&Block; 2], index: usize) -> TokenStream {
        let active = self.recording
            && branches
                .iter()
                .any(|branch| block_is_active(self.function, branch));
        let [then_tokens, else_tokens] = [0, 1].map(|arm| {
            let region = Region::Arm { index, arm };
            let body = self.forward_block(branches[arm]);
            let record = active.then(|| branch_path(arm, 2, tuple(&self.saved(region))));
            quote!(#body #record)
        });
        if !active {
            return quote!(if #cond { #then_tokens } else { #else_tokens });
        }
        let record = self.name(Name::Branch(index));
        quote!(let #record = if #cond { #then_tokens } else { #else_tokens };)
    }

    fn forward_match(&self, scrutinee: &Expr, arms: &[Arm], index: usize) -> TokenStream {
        let active = self.recording
            && arms
                .iter()
                .any(|arm| block_is_active(self.function, &arm.body));
        let arms_tokens = arms.iter().enumerate().map(|(k, arm)| {
            let body = self.forward_block(&arm.body);
            let pat = &arm.pat;
            let guard = arm.guard.as_ref().map(|guard| quote!(if #guard));
            let region = Region::Arm { index, arm: k };
            let record = active.then(|| branch_path(k, arms.len(), tuple(&self.saved(region))));
            quote!(#pat #guard => { #body #record })
        });
        if !active {
            return quote!(match #scrutinee { #(#arms_tokens)* });
        }
        let record = self.name(Name::Branch(index));
        quote!(let #record = match #scrutinee { #(#arms_tokens)* };)
    }

    /// A loop that pushes each iteration's record on its stack (declared at the top of the
    /// function, see `plan/schedule.rs`) and counts its iterations:
    ///
    /// ```text
    /// let mut loop_1_count = 0;
    /// for i in iter { body; loop_1.push((pullbacks..)); loop_1_count += 1; if break_flags { break; } }
    /// ```
    fn forward_loop(&self, lp: &Loop) -> TokenStream {
        // A checkpointed loop runs its body outside `loop_tokens`: no window there.
        let windows = self
            .plan
            .windows
            .forward
            .get(&lp.index)
            .filter(|_| !self.plan.schedule.checkpointed.contains_key(&lp.index));
        let declarations = self.window_declarations(windows.map_or(&[][..], Vec::as_slice));
        let lp_tokens = self.with_windows(windows).forward_loop_reading(lp);
        quote!(#declarations #lp_tokens)
    }

    /// [`Self::forward_loop`], its windows (if any) declared.
    fn forward_loop_reading(&self, lp: &Loop) -> TokenStream {
        if !self.recording {
            let body = self.forward_block(&lp.body);
            return self.loop_tokens(lp, TokenStream::new(), body);
        }
        if let Some(plan) = self.plan.schedule.preaccumulated.get(&lp.index) {
            return self.forward_preaccumulated_loop(lp, plan);
        }
        if let Some(checkpointing) = self.plan.schedule.checkpointed.get(&lp.index) {
            return self.forward_checkpointed_loop(lp, &checkpointing.carried);
        }
        let active = block_is_active(self.function, &lp.body);
        let body = self.forward_region(Region::Loop(lp.index), &lp.body, false);
        if !active {
            return self.loop_tokens(lp, TokenStream::new(), body);
        }
        let stack = self.name(Name::Stack(lp.index));
        let count = self.name(Name::Count(lp.index));
        let region = Region::Loop(lp.index);
        let record = tuple(&self.saved(region));
        let replayed = self
            .plan
            .records
            .recomputed(region)
            .and_then(|recomputed| recomputed.replayed.as_ref());
        if replayed.is_some() && self.saved(region).is_empty() {
            // The reverse sweep runs the range backwards and needs nothing from the loop: its
            // stack stays empty (typed here, since nothing is pushed on it).
            return self.loop_tokens(lp, quote!(let _: &::std::vec::Vec<()> = &#stack;), body);
        }
        if let Some((_, range)) = replayed {
            // The loop runs its range whole: room for its records first, then no call in it.
            return self.loop_tokens(
                lp,
                quote! {
                    let mut #count: usize = 0;
                    ::grad::__private::reserve_for(&mut #stack, &(#range));
                },
                quote! {
                    #body
                    ::grad::__private::push_reserved(&mut #stack, #record);
                    #count += 1;
                },
            );
        }
        self.loop_tokens(
            lp,
            quote!(let mut #count: usize = 0;),
            quote!(#body #stack.push(#record); #count += 1;),
        )
    }

    /// The loop itself: its flags, `prelude` before it, and `body` followed by the exit test.
    fn loop_tokens(&self, lp: &Loop, prelude: TokenStream, body: TokenStream) -> TokenStream {
        let break_decl = lp
            .break_flag
            .as_ref()
            .map(|flag| quote!(let mut #flag = false;));
        let continue_decl = lp
            .continue_flag
            .as_ref()
            .map(|flag| quote!(let mut #flag = false;));
        let exit_flags = &lp.exit_flags;
        let exit = (!exit_flags.is_empty()).then(|| quote!(if #(#exit_flags)||* { break; }));
        let head = match &lp.kind {
            LoopKind::For { pat, iter } => quote!(for #pat in #iter),
            LoopKind::While { cond } => quote!(while #cond),
            LoopKind::Loop => quote!(loop),
        };
        quote! {
            #break_decl
            #prelude
            #head {
                #continue_decl
                #body
                #exit
            }
        }
    }

    /// A checkpointed loop (see `plan/schedule.rs`), first run: the values only, and every
    /// `loop_k_every` iterations the state of the loop (the variables from outside it that it
    /// writes) kept with the iteration's number. The reverse sweep runs each segment again from
    /// its checkpoint, recording it (`reverse.rs`).
    ///
    /// ```text
    /// let loop_1_iter = iter; let loop_1_every = checkpoint_every(&loop_1_iter);
    /// for pat in loop_1_iter.clone() {
    ///     if loop_1_count % loop_1_every == 0 { loop_1_checkpoints.push((loop_1_count, (h.clone(),))); }
    ///     body (values only); loop_1_count += 1;
    /// }
    /// ```
    fn forward_checkpointed_loop(&self, lp: &Loop, carried: &[VarId]) -> TokenStream {
        let LoopKind::For { pat, iter } = &lp.kind else {
            unreachable!("the schedule checkpoints `for` loops only")
        };
        let iter_name = self.name(Name::LoopIter(lp.index));
        let every = self.name(Name::Every(lp.index));
        let checkpoints = self.name(Name::Checkpoints(lp.index));
        let count = self.name(Name::Count(lp.index));
        let state = carried.iter().map(|var| {
            let ident = &self.function.var(*var).ident;
            quote!(::core::clone::Clone::clone(&#ident))
        });
        let body = self.primal().forward_block(&lp.body);
        quote! {
            let #iter_name = #iter;
            let #every = ::grad::__private::checkpoint_every(&#iter_name);
            let mut #checkpoints = ::std::vec::Vec::new();
            let mut #count: usize = 0;
            for #pat in ::core::clone::Clone::clone(&#iter_name) {
                if #count % #every == 0 {
                    #checkpoints.push((#count, (#(#state,)*)));
                }
                #body
                #count += 1;
            }
        }
    }

    /// A preaccumulated loop (see `plan/schedule.rs`): each iteration's reverse runs right after
    /// its forward, seeded with 1, into loop-local adjoints that the reverse sweep scales.
    ///
    /// ```text
    /// let mut loop_1_x_adj = Adjoint::new();
    /// for i in iter { body; { body's reverse into loop_1_x_adj } if break_flags { break; } }
    /// ```
    fn forward_preaccumulated_loop(&self, lp: &Loop, plan: &Preaccumulation) -> TokenStream {
        let locals: Vec<(VarId, Ident)> = plan
            .inputs
            .iter()
            .map(|input| {
                let owner = plan.shares.get(input).copied().unwrap_or(lp.index);
                (*input, self.name(Name::LoopAdjoint(owner, *input)))
            })
            .collect();
        let prelude: TokenStream = locals
            .iter()
            .filter(|(input, _)| !plan.shares.contains_key(input))
            .map(|(input, local)| {
                if self.function.var(*input).indexed {
                    let shape = self.name(Name::Shape(*input));
                    quote!(let mut #local = ::grad::__private::Dense::zeros(&#shape);)
                } else {
                    quote!(let mut #local = ::grad::__private::Adjoint::new();)
                }
            })
            .collect();
        let body = self.forward_block(&lp.body);
        let immediate_reverse = self
            .preaccumulating(locals)
            .reverse_block(&lp.body, TokenStream::new());
        self.loop_tokens(lp, prelude, quote!(#body { #immediate_reverse }))
    }

    fn forward_assign(
        &self,
        id: VarId,
        value: &Value,
        binding: &Binding,
        index: usize,
    ) -> TokenStream {
        let var = self.function.var(id);
        let ident = &var.ident;
        let mutability =
            (var.mutable && !matches!(var.origin, VarOrigin::Param(_))).then(|| quote!(mut));
        let annotation = match binding {
            Binding::Let { ty: Some(ty) } => Some(ty),
            _ => None,
        };
        let shape = (self.recording && captures_shape(self.function, id, binding)).then(|| {
            let shape = self.name(Name::Shape(id));
            quote!(let #shape = ::grad::__private::Differentiable::tangent_shape(&#ident);)
        });
        let (prelude, bound) = self.forward_value(id, value, index);
        let graphing = self.graph && self.recording;
        let node_inputs = graphing.then(|| self.node_inputs(id, value, index));
        let node = graphing.then(|| self.record_node(id, value, index));
        let assignment = match (binding, bound) {
            (Binding::Let { .. }, Bound::Value(value)) => {
                let annotation = annotation.map(|ty| quote!(: #ty));
                quote!(let #mutability #ident #annotation = #value;)
            }
            (Binding::Reassign, Bound::Value(value)) => quote!(#ident = #value;),
            (Binding::Let { .. }, Bound::WithPullback(call, _)) if !self.recording => {
                let annotation = annotation.map(|ty| quote!(: (#ty, _)));
                quote!(let (#mutability #ident, _) #annotation = #call;)
            }
            (Binding::Reassign, Bound::WithPullback(call, _)) if !self.recording => {
                let next = self.name(Name::Next(id));
                quote!(let (#next, _) = #call; #ident = #next;)
            }
            (Binding::Let { .. }, Bound::WithPullback(call, pullback)) => {
                let annotation = annotation.map(|ty| quote!(: (#ty, _)));
                quote!(let (#mutability #ident, #pullback) #annotation = #call;)
            }
            (Binding::Reassign, Bound::WithPullback(call, pullback)) => {
                let next = self.name(Name::Next(id));
                quote!(let (#next, #pullback) = #call; #ident = #next;)
            }
        };
        quote!(#node_inputs #prelude #assignment #shape #node)
    }

    /// What an assignment binds, and what must run before it (indices kept for the reverse).
    fn forward_value(&self, id: VarId, value: &Value, index: usize) -> (TokenStream, Bound) {
        if let Some(x) = self.plan.in_place.sums.get(&(id, index)) {
            // Pulled back in place from `x` itself (`plan/in_place.rs`): the value alone.
            let span = match value {
                Value::Prim { span, .. } => *span,
                _ => self.function.var(id).ident.span(),
            };
            let receiver = self.ident_at(*x, span);
            let sum = quote_spanned!(span=> #receiver.sum_of_squares_forward());
            return (TokenStream::new(), Bound::Value(sum));
        }
        match value {
            Value::Prim { op, args, span } if value_is_active(self.function, value) => {
                let pullback = self.name(Name::Pullback(id, index));
                let call = self.rule_call(op, args, *span);
                (TokenStream::new(), Bound::WithPullback(call, pullback))
            }
            Value::Prim { op, args, span } => {
                let mut plain = self.plain_call(op, args, *span);
                if self.plan.owned_views.contains(&(id, index)) {
                    // A view of data that a rule reads (`plan/views.rs`).
                    plain = quote_spanned!(*span=> (#plain).to_owned());
                }
                (TokenStream::new(), Bound::Value(plain))
            }
            Value::Map(map) if self.recording && value_is_active(self.function, value) => {
                let pullback = self.name(Name::Pullback(id, index));
                (
                    TokenStream::new(),
                    Bound::WithPullback(self.map_rule(map), pullback),
                )
            }
            Value::Map(map) => (TokenStream::new(), Bound::Value(self.plain_map(map))),
            Value::Atom(atom) => (TokenStream::new(), Bound::Value(self.atom(atom))),
            Value::Verbatim(expr) => (TokenStream::new(), Bound::Value(expr.to_token_stream())),
            Value::Index {
                base,
                index: at,
                flat,
                borrowed,
            } => self.forward_index(id, index, *base, at, *flat, *borrowed),
            Value::Place {
                base,
                path,
                borrowed,
            } => self.forward_place(id, index, *base, path, *borrowed),
        }
    }

    /// `base[at]` (or the `at`-th element in iteration order), the index kept when `base` is
    /// active: the reverse sweep adds the cotangent into that element of the adjoint.
    fn forward_index(
        &self,
        id: VarId,
        index: usize,
        base: VarId,
        at: &Expr,
        flat: bool,
        borrowed: bool,
    ) -> (TokenStream, Bound) {
        let windowed = (!flat).then(|| self.windowed_read(id, index)).flatten();
        let base_ident = match &windowed {
            Some((window, _)) => window,
            None => &self.function.var(base).ident,
        };
        let (prelude, at) = if self.is_active(base) {
            let read_at = self.name(Name::ReadAt(id, index));
            let at = if flat {
                quote!(::grad::__private::Flat(#at))
            } else {
                at.to_token_stream()
            };
            (quote!(let #read_at = #at;), read_at.to_token_stream())
        } else if flat {
            (TokenStream::new(), quote!(::grad::__private::Flat(#at)))
        } else {
            (TokenStream::new(), at.to_token_stream())
        };
        let at = match &windowed {
            Some((_, position)) => position.clone(),
            None => at,
        };
        let read = match (flat, borrowed) {
            (true, true) => quote!(::grad::__private::Elements::element_ref(&#base_ident, #at)),
            (true, false) => quote!(::grad::__private::Elements::element(&#base_ident, #at)),
            (false, true) => quote!(&#base_ident[#at]),
            (false, false) => quote!(#base_ident[#at]),
        };
        (prelude, Bound::Value(read))
    }

    /// `p.w`, `&p.layers[i].w`: the indices of the place kept when `base` is active, so that the
    /// reverse sweep adds the cotangent into the same place of the adjoint.
    fn forward_place(
        &self,
        id: VarId,
        index: usize,
        base: VarId,
        path: &[Projection],
        borrowed: bool,
    ) -> (TokenStream, Bound) {
        let mut prelude = TokenStream::new();
        let steps: Vec<TokenStream> = path
            .iter()
            .enumerate()
            .map(|(k, step)| match step {
                Projection::Field(member) => quote!(.#member),
                Projection::Index(at) if self.is_active(base) => {
                    let place_at = self.name(Name::PlaceAt(id, index, k));
                    prelude.extend(quote!(let #place_at = #at;));
                    quote!([#place_at])
                }
                Projection::Index(at) => quote!([#at]),
            })
            .collect();
        let base_ident = &self.function.var(base).ident;
        let borrow = borrowed.then(|| quote!(&));
        (
            prelude,
            Bound::Value(quote!(#borrow #base_ident #(#steps)*)),
        )
    }
}

/// What the forward sweep binds to an assigned variable.
enum Bound {
    /// A plain value.
    Value(TokenStream),
    /// A rule call giving the value and the pullback bound beside it.
    WithPullback(TokenStream, Ident),
}
