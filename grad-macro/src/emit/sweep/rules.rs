//! The call of one primitive's rule, and the primitive itself where nothing is differentiated.
//!
//! Operators go to the runtime's rule traits by path (`::grad::__private::AddVjp::add_vjp(&a,
//! &b)`, operands always by reference), methods to `name_vjp` by method syntax (the rule
//! traits are in scope through `::grad::__private::prelude`), calls of `g` to `g_vjp` at the
//! call's own path, inside the scope that tells the callee's rule which arguments are
//! differentiated. Every call is spanned at the source expression, so that a missing rule or a
//! type error points at the user's code.

use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};
use syn::Expr;

use super::Sweep;
use super::literals::{join_plain, join_rule, literal_plain, literal_rule};
use crate::activity::value_is_active;
use crate::ir::{Atom, Op, Stmt, Value};
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
            (
                Op::Method {
                    name, float_type, ..
                },
                _,
            ) => self.method_rule(name, float_type.as_ref(), args, &atoms, span),
            (Op::Call(path, _), _) => self.call_rule(path, args, &atoms, span),
            (Op::Literal(literal), _) => literal_rule(literal, &atoms, span),
            (Op::Join(join), _) => join_rule(join, &atoms, span),
            _ => unreachable!("lowering gives every primitive its arity"),
        }
    }

    /// `x.name_vjp(args)`: the rule found by method resolution on the receiver's own type, as
    /// for any method: the runtime's rule traits (in scope through its prelude), the user's own
    /// methods and traits, or, when there is none, [`Sweep::method_fallbacks`]'s error.
    fn method_rule(
        &self,
        name: &syn::Ident,
        float_type: Option<&syn::Ident>,
        args: &[Atom],
        atoms: &[TokenStream],
        span: Span,
    ) -> TokenStream {
        let receiver = self.receiver_at(&args[0], span);
        let rest = &atoms[1..];
        let rule = naming::method_rule(name);
        if matches!(args[0], Atom::Const(Expr::Lit(_))) {
            // A literal receiver has no type of its own yet (`2.0.powf(x)`): a float method,
            // named by its trait so that rustc infers the type (or takes `f64::powf`'s).
            let float = float_type.map_or_else(|| quote!(_), |ty| quote!(#ty));
            return quote_spanned!(span=> <#float as ::grad::__private::FloatRules>::#rule(#receiver, #(#rest),*));
        }
        quote_spanned!(span=> #receiver.#rule(#(#rest),*))
    }

    /// What a body needs in scope for the methods it differentiates through: the fallbacks of
    /// [`Sweep::fallback_items`], or, for a free function, `use __grad_rules_of_f::*;` of the
    /// module that holds them once for every generated function ([`fallbacks_module`]), so that
    /// a missing rule is one error, not one per generated function.
    pub fn method_fallbacks(&self) -> TokenStream {
        match &self.fallbacks_module {
            Some(module) => quote!(#[allow(unused_imports)] use #module::*;),
            None => self.fallback_items(&TokenStream::new()),
        }
    }

    /// For each method the body differentiates through, a trait that gives every type a method
    /// `name_vjp` that method resolution finds last (its receiver is `&mut self`, after every
    /// by-value and `&self` candidate of the receiver's type) and whose bound fails with the
    /// message of a missing rule:
    ///
    /// ```text
    /// error[E0277]: no derivative rule for the method `norm` on `ArrayBase<OwnedRepr<f64>, Ix1>`
    /// ```
    ///
    /// A rule that exists is always found first, so these items change nothing else. They are
    /// spanned at the method's first call, so that rustc's notes point at the user's code.
    /// `vis` is the traits' visibility (`pub(super)` in [`fallbacks_module`]).
    pub fn fallback_items(&self, vis: &TokenStream) -> TokenStream {
        let mut seen: Vec<String> = Vec::new();
        let mut items = TokenStream::new();
        for stmt in self.function.body.all_stmts() {
            let Stmt::Assign {
                value:
                    value @ Value::Prim {
                        op: Op::Method { name, .. },
                        args,
                        ..
                    },
                ..
            } = stmt
            else {
                continue;
            };
            let stem = naming::stem(name);
            if !value_is_active(self.function, value) || seen.contains(&stem) {
                continue;
            }
            seen.push(stem.clone());
            items.extend(method_fallback(name, &stem, args.len() - 1, vis));
        }
        items
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
            (
                Op::Method {
                    name,
                    turbofish,
                    float_type: Some(ty),
                    unwrap,
                },
                _,
            ) => quote_spanned!(span=> #ty::#name #turbofish (#(#atoms),*) #unwrap),
            (
                Op::Method {
                    name,
                    turbofish,
                    unwrap,
                    ..
                },
                [receiver, rest @ ..],
            ) => {
                quote_spanned!(span=> #receiver.#name #turbofish (#(#rest),*) #unwrap)
            }
            (Op::Call(path, unwrap), _) => quote_spanned!(span=> #path(#(#atoms),*) #unwrap),
            (Op::Literal(literal), _) => literal_plain(literal, &atoms, span),
            (Op::Join(join), _) => join_plain(join, &atoms, span),
            _ => unreachable!("lowering gives every primitive its arity"),
        }
    }
}

/// The module of a free function's method fallbacks (see [`Sweep::method_fallbacks`]):
/// `mod __grad_rules_of_f { .. }`, beside the generated functions.
pub fn fallbacks_module(name: &Ident, items: TokenStream) -> TokenStream {
    let module = naming::fallbacks_module(name);
    quote! {
        #[doc(hidden)]
        #[allow(non_snake_case)]
        mod #module {
            #items
        }
    }
}

/// The fallback of one method (see [`Sweep::fallback_items`]).
fn method_fallback(name: &syn::Ident, stem: &str, arity: usize, vis: &TokenStream) -> TokenStream {
    let span = name.span();
    // Re-spanned, so that the trait (and rustc's note on it) is at the method's call.
    let vis: TokenStream = vis
        .clone()
        .into_iter()
        .map(|mut token| {
            token.set_span(span);
            token
        })
        .collect();
    let rule = naming::method_rule(name);
    let no_rule = format_ident!(
        "__grad_no_rule_for_{}",
        stem,
        span = Span::mixed_site().located_at(span)
    );
    let fallback = format_ident!(
        "__grad_fallback_for_{}",
        stem,
        span = Span::mixed_site().located_at(span)
    );
    let message = format!("no derivative rule for the method `{stem}` on `{{Self}}`");
    let label = format!(
        "`#[differentiate]` differentiates this call through `{stem}_vjp`, which `{{Self}}` does not have"
    );
    let note = format!(
        "give `{{Self}}` the rule: mark the method `#[grad::differentiate]` (for your own types), or write `fn {stem}_vjp(&self, ..) -> (value, pullback)` in its impl or in a trait in scope (see the rules of `grad::runtime::rules`)"
    );
    let params: Vec<Ident> = (0..arity).map(|k| format_ident!("__A{}", k)).collect();
    quote_spanned! {span=>
        #[allow(non_camel_case_types, dead_code)]
        #[diagnostic::on_unimplemented(message = #message, label = #label, note = #note)]
        #vis trait #no_rule {}
        #[allow(non_camel_case_types, dead_code, clippy::wrong_self_convention)]
        #vis trait #fallback {
            fn #rule<#(#params,)* __R>(&mut self, #(_: #params),*) -> __R
            where
                Self: #no_rule,
            {
                ::core::unreachable!()
            }
        }
        impl<__T: ?::core::marker::Sized> #fallback for __T {}
    }
}
