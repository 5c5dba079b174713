//! The call of one primitive's rule, and the primitive itself where nothing is differentiated.
//!
//! Operators go to the runtime's rule traits by path (`::grad::__private::AddVjp::add_vjp(&a,
//! &b)`, operands always by reference), methods to `name_vjp` by method syntax (the rule
//! traits are in scope through `::grad::__private::prelude`), calls of `g` to `g_vjp` at the
//! call's own path, inside the scope that tells the callee's rule which arguments are
//! differentiated. Every call is spanned at the source expression, so that a missing rule or a
//! type error points at the user's code.

use proc_macro2::{Literal, Span, TokenStream};
use quote::quote_spanned;
use syn::Expr;

use super::Sweep;
use crate::ir::{Atom, Op};
use crate::naming::{self, Name};

impl Sweep<'_> {
    /// The rule call `op_vjp(args)` for a primitive, spanned at the source expression so that a
    /// missing rule or a type error points at the user's code. A function call is wrapped in the
    /// scope that tells its rule which arguments are differentiated:
    /// `{ let _wrt = ::grad::__private::wrt::enter("affine", 0b110); affine_vjp(x, w, b) }`.
    pub(super) fn rule_call(&self, op: &Op, args: &[Atom], span: Span) -> TokenStream {
        let atoms: Vec<TokenStream> = args.iter().map(|arg| self.atom_at(arg, span)).collect();
        let operands: Vec<TokenStream> =
            args.iter().map(|arg| self.operand_at(arg, span)).collect();
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
                self.method_rule(name, float_type.as_ref(), args, &atoms, span)
            }
            (Op::Call(path), _) => self.call_rule(path, args, &atoms, span),
            _ => unreachable!("lowering gives every primitive its arity"),
        }
    }

    /// `x.name_vjp(args)`, or `<f64 as FloatRules>::name_vjp(x, args)` for `f64::name(x, args)`.
    fn method_rule(
        &self,
        name: &syn::Ident,
        float_type: Option<&syn::Ident>,
        args: &[Atom],
        atoms: &[TokenStream],
        span: Span,
    ) -> TokenStream {
        let [receiver, rest @ ..] = atoms else {
            unreachable!("lowering gives a method its receiver")
        };
        let rule = naming::method_rule(name);
        match float_type {
            Some(ty) => quote_spanned!(span=>
                <#ty as ::grad::__private::FloatRules>::#rule(#receiver, #(#rest),*)
            ),
            // A literal receiver has no type of its own yet (`2.0.powf(x)`): name the trait so
            // that rustc infers it from the other arguments.
            None if matches!(args[0], Atom::Const(Expr::Lit(_))) => quote_spanned!(span=>
                ::grad::__private::FloatRules::#rule(#receiver, #(#rest),*)
            ),
            None => quote_spanned!(span=> #receiver.#rule(#(#rest),*)),
        }
    }

    /// `g_vjp(args)` for a call `g(args)`, at the call's own path, in the scope that tells
    /// `g`'s rule which arguments are differentiated (`grad::runtime::wrt`). The scope is opened
    /// even when all are, so that no outer scope is ever seen by the call.
    fn call_rule(
        &self,
        path: &syn::Path,
        args: &[Atom],
        atoms: &[TokenStream],
        span: Span,
    ) -> TokenStream {
        let key = naming::wrt_key(path);
        let mut path = path.clone();
        if let Some(last) = path.segments.last_mut() {
            last.ident = naming::callee_rule(&last.ident, &self.function.body_identifiers);
        }
        let call = quote_spanned!(span=> #path(#(#atoms),*));
        let Some(key) = key else { return call };
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

    /// The primitive evaluated as plain Rust, when no argument carries a derivative.
    pub(super) fn plain_call(&self, op: &Op, args: &[Atom], span: Span) -> TokenStream {
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
