//! `chain.collect()` into a `Vec`: a vector of zeros as long as the walk, then a loop that
//! writes each item into its slot, so that each slot's cotangent goes to the item it came from
//! (the index writes' own reverse), as `vec![0.0; n]` and `v[i] = ..` written by hand would.
//!
//! ```text
//! // Input                                   // Output (IR, written as Rust)
//! let v: Vec<f64> = x.iter()                  let mut v = vec![zero(); len(0..len(x))];
//!     .map(|a| a * a)                         for (slot, i) in (0..len(x)).enumerate() {
//!     .collect();                                 let a = &x[flat i];
//!                                                 v[slot] = a * a;
//!                                             }
//! ```
//!
//! The walk's length is known before the loop (every walk is over positions, an exact-size
//! iterator), so a `filter` in the chain, which would leave it unknown, is an error.

use syn::Expr;

use super::Lowerer;
use super::parse::Then;
use crate::ir::{Atom, Binding, Block, LoopKind, Operand, Value};
use crate::lower::Lowered;
use crate::naming;

impl Lowerer<'_> {
    /// `chain.collect()` (or `collect::<Vec<_>>()`) as a vector filled slot by slot; `None`
    /// when the expression is not a `collect` of a chain the macro walks by position.
    pub(in crate::lower) fn lower_collect(
        &mut self,
        call: &syn::ExprMethodCall,
        out: &mut Block,
        hint: &str,
    ) -> Option<Lowered> {
        if naming::stem(&call.method) != "collect" || !call.args.is_empty() {
            return None;
        }
        if let Some(turbofish) = &call.turbofish
            && !is_vec(turbofish)
        {
            return None;
        }
        let chain = self.parse_chain(&call.receiver, false)?;
        if chain
            .then
            .iter()
            .any(|then| matches!(then, Then::Filter(_)))
        {
            let message = "`collect()` after a `filter` is not supported by #[differentiate]: the vector's length must be known before the loop; collect without the `filter` and skip the items where they are used, or write the loop with `vec![0.0; n]` and `v[i] = ..`";
            self.cx.error_spanned_by(&call.method, message);
            return Some(Lowered::Operand(Operand::Atom(Atom::Const(
                syn::parse_quote!(::std::vec::Vec::new()),
            ))));
        }
        let (LoopKind::For { pat, iter }, item) = self.walk_head(&chain.walk, out)? else {
            return None;
        };
        let slot = self.fresh_ident("slot");
        let vector = self.new_temp(hint);
        self.vars[vector.0].mutable = true;
        self.vars[vector.0].indexed = true;
        let zeros: Expr = syn::parse_quote!(::std::vec![
            ::grad::__private::zero();
            ::core::iter::ExactSizeIterator::len(&(#iter))
        ]);
        self.assign(
            out,
            vector,
            Value::Atom(Atom::Const(zeros)),
            Binding::Let { ty: None },
        );
        let kind = LoopKind::For {
            pat: Box::new(syn::parse_quote!((#slot, #pat))),
            iter: Box::new(syn::parse_quote!((#iter).enumerate())),
        };
        let mut write = |this: &mut Self, item: Operand, block: &mut Block| {
            if let Some(item) = this.operand_atom(item) {
                this.push_index_write(vector, syn::parse_quote!(#slot), item, block);
            }
        };
        self.push_chain_loop(kind, &item, &chain.then, out, hint, &mut write);
        Some(Lowered::Operand(Operand::Atom(Atom::Var(vector))))
    }
}

/// Whether `collect::<T>()` names a `Vec`.
fn is_vec(turbofish: &syn::AngleBracketedGenericArguments) -> bool {
    matches!(
        turbofish.args.first(),
        Some(syn::GenericArgument::Type(syn::Type::Path(path)))
            if path.path.segments.last().is_some_and(|segment| segment.ident == "Vec")
    )
}
