//! The forward sweep: the source's statements, with each differentiated primitive replaced by
//! its rule call, and each region's pullbacks handed out in a record.

use proc_macro2::{Literal, Span, TokenStream};
use quote::{ToTokens, quote, quote_spanned};
use syn::{Expr, Ident};

use super::Emitter;
use crate::activity::{block_is_active, value_is_active};
use crate::ir::{
    Arm, Atom, Binding, Block, Loop, LoopKind, Op, Projection, Stmt, Value, VarId, VarOrigin,
};
use crate::naming::{self, Name};
use crate::schedule::Preaccumulation;

/// The record of arm `k` of `n` as nested `Branch`es: `Then(r)`, `Else(Then(r))`, ..., and the
/// last arm `Else(..(Else(r)))`. Used both to build the record and to match it.
pub(super) fn branch_path(k: usize, n: usize, inner: TokenStream) -> TokenStream {
    let mut tokens = if n == 1 {
        inner
    } else if k + 1 == n {
        quote!(::grad::__private::Branch::Else(#inner))
    } else {
        quote!(::grad::__private::Branch::Then(#inner))
    };
    for _ in 0..k.min(n.saturating_sub(2)) {
        tokens = quote!(::grad::__private::Branch::Else(#tokens));
    }
    tokens
}

/// A record's contents: the saved names as a tuple (`()`, `(a,)`, `(a, b)`).
pub(super) fn tuple(saved: &[Ident]) -> TokenStream {
    quote!((#(#saved,)*))
}

impl Emitter<'_> {
    /// The forward code of a block and the names it saves for the reverse sweep.
    pub(super) fn forward_block(&self, block: &Block) -> (TokenStream, Vec<Ident>) {
        let mut tokens = TokenStream::new();
        let mut saved = Vec::new();
        for stmt in &block.stmts {
            tokens.extend(self.forward_stmt(stmt, &mut saved));
        }
        (tokens, saved)
    }

    fn forward_stmt(&self, stmt: &Stmt, saved: &mut Vec<Ident>) -> TokenStream {
        match stmt {
            Stmt::Assign {
                var,
                value,
                binding,
                index,
            } => self.forward_assign(*var, value, binding, *index, saved),
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
            } => {
                let (then_tokens, then_saved) = self.forward_block(then_branch);
                let (else_tokens, else_saved) = self.forward_block(else_branch);
                if !block_is_active(self.function, then_branch)
                    && !block_is_active(self.function, else_branch)
                {
                    return quote!(if #cond { #then_tokens } else { #else_tokens });
                }
                let record = self.name(Name::Branch(*index));
                saved.push(record.clone());
                let then_record = branch_path(0, 2, tuple(&then_saved));
                let else_record = branch_path(1, 2, tuple(&else_saved));
                quote! {
                    let #record = if #cond {
                        #then_tokens
                        #then_record
                    } else {
                        #else_tokens
                        #else_record
                    };
                }
            }
            Stmt::Match {
                scrutinee,
                arms,
                index,
            } => self.forward_match(scrutinee, arms, *index, saved),
            Stmt::Block { block, index } => {
                let (inner, inner_saved) = self.forward_block(block);
                if !block_is_active(self.function, block) {
                    return quote!({ #inner });
                }
                let record = self.name(Name::Block(*index));
                saved.push(record.clone());
                let contents = tuple(&inner_saved);
                quote!(let #record = { #inner #contents };)
            }
            Stmt::IndexAssign {
                base,
                index,
                value,
                count,
            } => {
                let base_ident = &self.function.var(*base).ident;
                let value = self.atom(value);
                if !self.is_active(*base) {
                    return quote!(#base_ident[#index] = #value;);
                }
                let at = self.name(Name::WriteAt(*count));
                saved.push(at.clone());
                quote! {
                    let #at = #index;
                    #base_ident[#at] = #value;
                }
            }
            Stmt::Loop(lp) => self.forward_loop(lp, saved),
        }
    }

    fn forward_match(
        &self,
        scrutinee: &Expr,
        arms: &[Arm],
        index: usize,
        saved: &mut Vec<Ident>,
    ) -> TokenStream {
        let active = arms
            .iter()
            .any(|arm| block_is_active(self.function, &arm.body));
        let record = self.name(Name::Branch(index));
        let arms_tokens = arms.iter().enumerate().map(|(k, arm)| {
            let (body, arm_saved) = self.forward_block(&arm.body);
            let pat = &arm.pat;
            let guard = arm.guard.as_ref().map(|guard| quote!(if #guard));
            let record = active.then(|| branch_path(k, arms.len(), tuple(&arm_saved)));
            quote!(#pat #guard => { #body #record })
        });
        if !active {
            return quote!(match #scrutinee { #(#arms_tokens)* });
        }
        saved.push(record.clone());
        quote!(let #record = match #scrutinee { #(#arms_tokens)* };)
    }

    /// A loop that pushes each iteration's record on its stack (declared at the top of the
    /// function, see `schedule.rs`) and counts its iterations:
    ///
    /// ```text
    /// let mut loop_1_count = 0;
    /// for i in iter { body; loop_1.push((pullbacks..)); loop_1_count += 1; if break_flags { break; } }
    /// ```
    fn forward_loop(&self, lp: &Loop, saved: &mut Vec<Ident>) -> TokenStream {
        let (body, body_saved) = self.forward_block(&lp.body);
        let active = block_is_active(self.function, &lp.body);
        if let Some(plan) = self.schedule.preaccumulated.get(&lp.index) {
            return self.forward_preaccumulated_loop(lp, plan, body, saved);
        }
        let stack = self.name(Name::Stack(lp.index));
        let count = self.name(Name::Count(lp.index));
        let push = active.then(|| {
            let record = tuple(&body_saved);
            quote!(#stack.push(#record); #count += 1;)
        });
        let count_decl = active.then(|| quote!(let mut #count: usize = 0;));
        if active {
            saved.push(count);
        }
        self.loop_tokens(lp, quote!(#count_decl), quote!(#body #push))
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

    /// A preaccumulated loop (see `schedule.rs`): each iteration's reverse runs right after its
    /// forward, seeded with 1, into loop-local adjoints that the reverse sweep scales.
    ///
    /// ```text
    /// let mut loop_1_x_adj = Adjoint::new();
    /// for i in iter { body; { body's reverse into loop_1_x_adj } if break_flags { break; } }
    /// ```
    fn forward_preaccumulated_loop(
        &self,
        lp: &Loop,
        plan: &Preaccumulation,
        body: TokenStream,
        saved: &mut Vec<Ident>,
    ) -> TokenStream {
        let locals: Vec<Ident> = plan
            .inputs
            .iter()
            .map(|input| self.name(Name::LoopAdjoint(lp.index, *input)))
            .collect();
        let immediate_reverse = {
            let previous: Vec<(VarId, Option<Ident>)> = plan
                .inputs
                .iter()
                .zip(&locals)
                .map(|(input, local)| {
                    (
                        *input,
                        self.overrides.borrow_mut().insert(*input, local.clone()),
                    )
                })
                .collect();
            self.seeded.borrow_mut().push(plan.accumulator);
            let reverse = self.reverse_block(&lp.body, TokenStream::new());
            self.seeded.borrow_mut().pop();
            for (input, before) in previous {
                let mut overrides = self.overrides.borrow_mut();
                match before {
                    Some(ident) => overrides.insert(input, ident),
                    None => overrides.remove(&input),
                };
            }
            reverse
        };
        saved.extend(locals.iter().cloned());
        let prelude = plan.inputs.iter().zip(&locals).map(|(input, local)| {
            if self.function.var(*input).indexed {
                let shape = self.name(Name::Shape(*input));
                quote!(let mut #local = ::grad::__private::Dense::zeros(&#shape);)
            } else {
                quote!(let mut #local = ::grad::__private::Adjoint::new();)
            }
        });
        let prelude = quote!(#(#prelude)*);
        self.loop_tokens(lp, prelude, quote!(#body { #immediate_reverse }))
    }

    fn forward_assign(
        &self,
        id: VarId,
        value: &Value,
        binding: &Binding,
        index: usize,
        saved: &mut Vec<Ident>,
    ) -> TokenStream {
        let var = self.function.var(id);
        let ident = &var.ident;
        let mutability = if var.mutable && !matches!(var.origin, VarOrigin::Param(_)) {
            quote!(mut)
        } else {
            quote!()
        };
        let ty = match binding {
            Binding::Let { ty: Some(ty) } => Some(ty),
            _ => None,
        };
        let shape = self.shape_capture(id, binding, saved);
        if let Some(x) = self.in_place.sums.get(&(id, index)) {
            // Pulled back in place from `x` itself (`fuse.rs`): the value alone, no pullback.
            let span = match value {
                Value::Prim { span, .. } => *span,
                _ => ident.span(),
            };
            let receiver = self.ident_at(*x, span);
            let sum = quote_spanned!(span=> #receiver.sum_of_squares_forward());
            return match binding {
                Binding::Let { .. } => {
                    let annotation = ty.map(|ty| quote!(: #ty));
                    quote!(let #mutability #ident #annotation = #sum;)
                }
                Binding::Reassign => quote!(#ident = #sum;),
            };
        }
        if let Value::Prim { op, args, span } = value
            && value_is_active(self.function, value)
        {
            let pullback = self.name(Name::Pullback(id, index));
            saved.push(pullback.clone());
            let call = self.rule_call(op, args, *span);
            return match binding {
                Binding::Let { .. } => {
                    let annotation = ty.map(|ty| quote!(: (#ty, _)));
                    quote!(let (#mutability #ident, #pullback) #annotation = #call; #shape)
                }
                Binding::Reassign => {
                    let next = self.name(Name::Next(id));
                    quote! {
                        let (#next, #pullback) = #call;
                        #ident = #next;
                    }
                }
            };
        }
        let plain = match value {
            Value::Atom(atom) => self.atom(atom),
            Value::Prim { op, args, span } => self.plain_call(op, args, *span),
            Value::Verbatim(expr) => expr.to_token_stream(),
            Value::Index {
                base,
                index: at,
                flat,
            } => {
                let base_ident = &self.function.var(*base).ident;
                let flat = *flat;
                let at = if flat {
                    quote!(::grad::__private::Flat(#at))
                } else {
                    at.to_token_stream()
                };
                let read = |base: &Ident, at: &TokenStream| {
                    if flat {
                        quote!(::grad::__private::Elements::element(&#base, #at))
                    } else {
                        quote!(#base[#at])
                    }
                };
                if self.is_active(*base) {
                    let read_at = self.name(Name::ReadAt(id, index));
                    saved.push(read_at.clone());
                    let read = read(base_ident, &read_at.to_token_stream());
                    return match binding {
                        Binding::Let { .. } => {
                            let annotation = ty.map(|ty| quote!(: #ty));
                            quote!(let #read_at = #at; let #mutability #ident #annotation = #read;)
                        }
                        Binding::Reassign => quote!(let #read_at = #at; #ident = #read;),
                    };
                }
                read(base_ident, &at)
            }
            Value::Place {
                base,
                path,
                borrowed,
            } => {
                // The indices of the place are kept for the reverse sweep, which adds the
                // cotangent into the same place of the adjoint.
                let mut saved_indices = TokenStream::new();
                let steps: Vec<TokenStream> = path
                    .iter()
                    .enumerate()
                    .map(|(k, step)| match step {
                        Projection::Field(member) => quote!(.#member),
                        Projection::Index(at) if self.is_active(*base) => {
                            let place_at = self.name(Name::PlaceAt(id, index, k));
                            saved.push(place_at.clone());
                            saved_indices.extend(quote!(let #place_at = #at;));
                            quote!([#place_at])
                        }
                        Projection::Index(at) => quote!([#at]),
                    })
                    .collect();
                let base_ident = &self.function.var(*base).ident;
                let borrow = borrowed.then(|| quote!(&));
                let place = quote!(#borrow #base_ident #(#steps)*);
                return match binding {
                    Binding::Let { .. } => {
                        let annotation = ty.map(|ty| quote!(: #ty));
                        quote!(#saved_indices let #mutability #ident #annotation = #place; #shape)
                    }
                    Binding::Reassign => quote!(#saved_indices #ident = #place;),
                };
            }
        };
        match binding {
            Binding::Let { .. } => {
                let annotation = ty.map(|ty| quote!(: #ty));
                quote!(let #mutability #ident #annotation = #plain; #shape)
            }
            Binding::Reassign => quote!(#ident = #plain;),
        }
    }

    /// After the `let` of a differentiated container that is indexed, keep its shape: its
    /// adjoint is built element by element and starts as zeros of that shape.
    fn shape_capture(
        &self,
        id: VarId,
        binding: &Binding,
        saved: &mut Vec<Ident>,
    ) -> Option<TokenStream> {
        let var = self.function.var(id);
        if !(var.indexed && var.active && matches!(binding, Binding::Let { .. })) {
            return None;
        }
        let ident = &var.ident;
        let shape = self.name(Name::Shape(id));
        saved.push(shape.clone());
        Some(quote!(let #shape = ::grad::__private::Differentiable::tangent_shape(&#ident);))
    }

    /// The rule call `op_vjp(args)` for a primitive, spanned at the source expression so that a
    /// missing rule or a type error points at the user's code. A function call is wrapped in the
    /// scope that tells its rule which arguments are differentiated:
    /// `{ let _wrt = ::grad::__private::wrt::enter("affine", 0b110); affine_vjp(x, w, b) }`.
    fn rule_call(&self, op: &Op, args: &[Atom], span: Span) -> TokenStream {
        let atoms: Vec<TokenStream> = args.iter().map(|arg| self.atom_at(arg, span)).collect();
        let operands: Vec<TokenStream> =
            args.iter().map(|arg| self.operand_at(arg, span)).collect();
        if super::is_square(op, args) {
            let receiver = &atoms[0];
            return quote_spanned!(span=> #receiver.powi_vjp(2));
        }
        match (op, &operands[..]) {
            (Op::Add, [a, b]) => {
                quote_spanned!(span=> ::grad::__private::AddVjp::add_vjp(#a, #b))
            }
            (Op::Sub, [a, b]) => {
                quote_spanned!(span=> ::grad::__private::SubVjp::sub_vjp(#a, #b))
            }
            (Op::Mul, [a, b]) => {
                quote_spanned!(span=> ::grad::__private::MulVjp::mul_vjp(#a, #b))
            }
            (Op::Div, [a, b]) => {
                quote_spanned!(span=> ::grad::__private::DivVjp::div_vjp(#a, #b))
            }
            (Op::Neg, [a]) => quote_spanned!(span=> ::grad::__private::NegVjp::neg_vjp(#a)),
            (Op::Cast(ty), [a]) => {
                quote_spanned!(span=> ::grad::__private::CastVjp::<#ty>::cast_vjp(#a))
            }
            (Op::Method { name, float_type }, _) => {
                let [receiver, rest @ ..] = &atoms[..] else {
                    unreachable!("a method has a receiver")
                };
                let rule = naming::method_rule(name);
                match float_type {
                    Some(ty) => quote_spanned!(span=>
                        <#ty as ::grad::__private::FloatRules>::#rule(#receiver, #(#rest),*)
                    ),
                    // A literal receiver has no type of its own yet (`2.0.powf(x)`): name the
                    // trait so that rustc infers it from the other arguments.
                    None if matches!(args[0], Atom::Const(Expr::Lit(_))) => quote_spanned!(span=>
                        ::grad::__private::FloatRules::#rule(#receiver, #(#rest),*)
                    ),
                    None => quote_spanned!(span=> #receiver.#rule(#(#rest),*)),
                }
            }
            (Op::Call(path), _) => {
                let key = naming::wrt_key(path);
                let mut path = path.clone();
                if let Some(last) = path.segments.last_mut() {
                    last.ident = naming::callee_rule(&last.ident, &self.function.body_identifiers);
                }
                let call = quote_spanned!(span=> #path(#(#atoms),*));
                let Some(key) = key else { return call };
                // The callee's rule may skip the cotangents of the arguments that are not
                // differentiated here (`grad::runtime::wrt`). The scope is opened even when all
                // are, so that no outer scope is ever seen by the call.
                let mask = args
                    .iter()
                    .take(64)
                    .enumerate()
                    .filter(|(_, arg)| self.function.is_active(arg))
                    .fold(0u64, |mask, (k, _)| mask | 1 << k);
                // Bit k for argument k: `0b110` reads as `(x, w, b)` right to left.
                let width = args.len().clamp(1, 64);
                let mut mask: Literal = format!("0b{mask:0width$b}")
                    .parse()
                    .expect("a binary literal");
                mask.set_span(span);
                let mut key = Literal::string(&key);
                key.set_span(span);
                let guard = self.name(Name::WrtScope);
                quote_spanned!(span=> {
                    let #guard = ::grad::__private::wrt::enter(#key, #mask);
                    #call
                })
            }
            _ => unreachable!("lowering gives every primitive its arity"),
        }
    }

    /// The primitive evaluated as plain Rust, when no argument carries a derivative.
    fn plain_call(&self, op: &Op, args: &[Atom], span: Span) -> TokenStream {
        let atoms: Vec<TokenStream> = args.iter().map(|arg| self.atom(arg)).collect();
        match (op, &atoms[..]) {
            (Op::Add, [a, b]) => quote_spanned!(span=> #a + #b),
            (Op::Sub, [a, b]) => quote_spanned!(span=> #a - #b),
            (Op::Mul, [a, b]) => quote_spanned!(span=> #a * #b),
            (Op::Div, [a, b]) => quote_spanned!(span=> #a / #b),
            (Op::Neg, [a]) => quote_spanned!(span=> -#a),
            (Op::Cast(ty), [a]) => quote_spanned!(span=> #a as #ty),
            (Op::Method { name, float_type }, [receiver, rest @ ..]) => match float_type {
                Some(ty) => quote_spanned!(span=> #ty::#name(#receiver, #(#rest),*)),
                None => quote_spanned!(span=> #receiver.#name(#(#rest),*)),
            },
            (Op::Call(path), _) => quote_spanned!(span=> #path(#(#atoms),*)),
            _ => unreachable!("lowering gives every primitive its arity"),
        }
    }
}
