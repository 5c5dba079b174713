//! Emission: the IR to Rust, as `f_vjp` (forward sweep, then a pullback closure holding the
//! reverse sweep) and `f_grad` (the pullback applied to 1). `f_grad` calls `f_vjp`, unless the
//! body has sums of squares it can pull back in place (`fuse.rs`): then it has its own copy of
//! the two sweeps, whose pullback is a local closure that may borrow the parameters.
//!
//! ```text
//! // Input                              // Output (f_vjp, abridged)
//! fn f(a: f64, b: f64) -> f64 {         let (c, c_pullback) = AddVjp::add_vjp(a, b);
//!     let c = a + b;                    let (e, e_pullback) = MulVjp::mul_vjp(c, b);
//!     c * b                             (e, move |result_cot| {
//! }                                         let mut c_adj = Adjoint::new(); ...
//!                                           e_adj.add(result_cot);
//!                                           if let Some(cot) = e_adj.take() {
//!                                               let (cot_0, cot_1) = e_pullback(cot);
//!                                               c_adj.add(cot_0); b_adj.add(cot_1);
//!                                           }
//!                                           if let Some(cot) = c_adj.take() { .. }
//!                                           (a_adj.finish(a_shape), b_adj.finish(b_shape))
//!                                       })
//! ```
//!
//! The forward sweep keeps the source's own names and scopes, so the parts kept as written
//! (conditions, constants) read the same variables they did in the source. Each pullback is a
//! plain local; a region (`if` branch, nested block) hands its pullbacks out in a record (the
//! `Branch` taken, or a tuple) that the reverse sweep opens in the same region; a loop pushes
//! each iteration's record on a stack (Tapenade's PUSH/POP, typed locally) that the reverse
//! sweep pops.
//!
//! `forward.rs` emits the forward sweep, `reverse.rs` the reverse sweep.

mod forward;
mod reverse;

use std::cell::RefCell;
use std::collections::HashMap;

use proc_macro2::{Span, TokenStream};
use quote::{ToTokens, quote, quote_spanned};
use syn::spanned::Spanned;
use syn::{Expr, Ident, ItemFn};

use crate::fuse::{InPlaceSums, in_place_sums};
use crate::ir::{Atom, Function, Operand, VarId, VarOrigin};
use crate::naming::{self, Name, Names};
use crate::schedule::{Schedule, schedule};
use crate::sig::Signature;
use crate::types;

/// The generated `f_vjp` and, for a float result, `f_grad`.
pub fn emit(item: &ItemFn, sig: &Signature, function: &Function) -> TokenStream {
    let vjp = emit_vjp(item, sig, function);
    let grad = if sig.has_grad {
        emit_grad(item, sig, function)
    } else {
        TokenStream::new()
    };
    quote!(#vjp #grad)
}

/// Lints that generated code trips without meaning anything for the user's code.
fn allow_lints() -> TokenStream {
    quote! {
        #[allow(
            dead_code,
            unreachable_code,
            unused_variables,
            unused_mut,
            unused_parens,
            unused_assignments,
            non_snake_case,
            clippy::all,
            clippy::pedantic
        )]
    }
}

/// The parameter list of a generated function: the user's, with their attributes and `mut`.
fn params(item: &ItemFn) -> TokenStream {
    let inputs = &item.sig.inputs;
    quote!(#inputs)
}

/// One cotangent type per parameter: its gradient type, or `()` if it is not differentiated.
fn cotangent_types(sig: &Signature) -> Vec<TokenStream> {
    sig.params
        .iter()
        .map(|param| {
            if param.differentiated {
                param.tangent().into_token_stream()
            } else {
                quote!(())
            }
        })
        .collect()
}

/// The pullback's type. It captures no lifetime (`use<>`): a pullback owns what it keeps, so a
/// caller may differentiate through this function with arguments borrowed from its own locals.
/// Parameters that are views (`ArrayView`, `CowArray`, `ArrayBase<S, D>`, types with lifetime
/// arguments) are the exception: rules on them may keep the view, so their lifetimes stay in.
fn pullback_type(sig: &Signature, generics: &syn::Generics) -> TokenStream {
    let output = &sig.output;
    let cotangents = cotangent_types(sig);
    // Precise capturing must name every type parameter.
    let type_params = generics.type_params().map(|param| &param.ident);
    let captures = if sig
        .params
        .iter()
        .any(|param| types::has_borrowed_contents(&param.ty))
    {
        quote!()
    } else {
        quote!(+ use<#(#type_params),*>)
    };
    quote!(impl ::core::ops::FnOnce(#output) -> (#(#cotangents,)*) #captures)
}

fn emit_vjp(item: &ItemFn, sig: &Signature, function: &Function) -> TokenStream {
    let vis = &item.vis;
    let name = naming::vjp_fn(&item.sig.ident);
    let generics = &item.sig.generics;
    let where_clause = &generics.where_clause;
    let inputs = params(item);
    let output = &sig.output;
    let pullback_type = pullback_type(sig, &item.sig.generics);
    let lints = allow_lints();
    let doc = format!(
        "The value of [`{0}`] and its pullback (vector-Jacobian product), generated by `#[grad::differentiate]`.",
        item.sig.ident
    );
    let body = vjp_body(item, sig, &Emitter::new(function));
    quote! {
        #[doc = #doc]
        #lints
        #[inline]
        #vis fn #name #generics (#inputs) -> (#output, #pullback_type) #where_clause #body
    }
}

/// The body of `f_vjp`, a block that evaluates to `(value, pullback)`: the forward sweep, then
/// the pullback closure holding the reverse sweep.
fn vjp_body(item: &ItemFn, sig: &Signature, emitter: &Emitter) -> TokenStream {
    let function = emitter.function;
    let output = &sig.output;
    let original = &item.sig.ident;
    let type_params: Vec<&Ident> = item
        .sig
        .generics
        .type_params()
        .map(|param| &param.ident)
        .collect();
    let original = if type_params.is_empty() {
        quote!(#original)
    } else {
        quote!(#original::<#(#type_params),*>)
    };

    let shapes = function
        .params
        .iter()
        .filter(|id| function.var(**id).active)
        .map(|id| {
            let var = function.var(*id);
            let ident = &var.ident;
            let shape = emitter.name(Name::Shape(*id));
            let ty = match var.origin {
                VarOrigin::Param(index) => sig.params[index].ty.span(),
                _ => ident.span(),
            };
            quote_spanned!(ty=> let #shape = ::grad::__private::Differentiable::tangent_shape(&#ident);)
        });
    let (forward, _saved) = emitter.forward_block(&function.body);
    let stacks = emitter.schedule.stacked.iter().map(|index| {
        let stack = emitter.name(Name::Stack(*index));
        quote!(let mut #stack = ::std::vec::Vec::new();)
    });
    let result_value = emitter.operand_value(&function.result);

    let result_cot = emitter.name(Name::ResultCotangent);
    let param_adjoints = function
        .params
        .iter()
        .filter(|id| function.var(**id).active)
        .map(|id| emitter.declare_adjoint(*id));
    let sum_of_squares_adjoints = emitter.in_place.operands.iter().map(|id| {
        let adj = emitter.name(Name::SumOfSquaresAdjoint(*id));
        quote!(let mut #adj = ::grad::__private::Adjoint::new();)
    });
    let seed = emitter.seed(&function.result, quote!(#result_cot));
    let reverse = emitter.reverse_block(&function.body, seed);
    // The parameters' sums of squares pulled back in place, once the sweep is done with them.
    let param_sums_of_squares = function
        .params
        .iter()
        .map(|id| emitter.sum_of_squares_pullback(*id));
    let gradients = function.params.iter().map(|id| {
        let var = function.var(*id);
        if var.active {
            let adj = emitter.adjoint(*id);
            let shape = emitter.name(Name::Shape(*id));
            // A cotangent of the wrong type is then reported at the parameter's type.
            let ty = match var.origin {
                VarOrigin::Param(index) => sig.params[index].ty.span(),
                _ => var.ident.span(),
            };
            quote_spanned!(ty=> #adj.finish(#shape))
        } else {
            quote!(())
        }
    });

    quote! {
        {
            #[allow(unused_imports)]
            use ::grad::__private::prelude::*;
            // `f_grad` computes `f`: calling only `f_grad` must not leave `f` "never used".
            let _ = #original;
            #(#shapes)*
            #(#stacks)*
            #forward
            (#result_value, move |#result_cot: #output| {
                #(#param_adjoints)*
                #(#sum_of_squares_adjoints)*
                #reverse
                #(#param_sums_of_squares)*
                (#(#gradients,)*)
            })
        }
    }
}

/// The gradient type of `f_grad`: the one differentiated parameter's tangent, or a tuple of
/// them in declaration order.
fn gradient_type(sig: &Signature) -> TokenStream {
    let tangents: Vec<_> = sig.differentiated().map(|param| param.tangent()).collect();
    match &tangents[..] {
        [tangent] => quote!(#tangent),
        _ => quote!((#(#tangents),*)),
    }
}

/// `f_grad`: `f_vjp`'s pullback applied to 1.
///
/// When the body has sums of squares that can be pulled back in place (see `fuse.rs`), the
/// forward sweep and the pullback are emitted here, in a block whose pullback may borrow the
/// parameters (it is called before `f_grad` returns); otherwise `f_grad` calls `f_vjp`.
fn emit_grad(item: &ItemFn, sig: &Signature, function: &Function) -> TokenStream {
    let vis = &item.vis;
    let name = naming::grad_fn(&item.sig.ident);
    let vjp = naming::vjp_fn(&item.sig.ident);
    let generics = &item.sig.generics;
    let where_clause = &generics.where_clause;
    let inputs = params(item);
    let output = &sig.output;
    let lints = allow_lints();
    let (value, pullback) = naming::grad_locals();
    let args = sig.params.iter().map(|param| &param.ident);
    let pattern = sig.params.iter().map(|param| {
        if param.differentiated {
            naming::parameter_gradient(&param.ident).into_token_stream()
        } else {
            quote!(_)
        }
    });
    let gradients: Vec<Ident> = sig
        .differentiated()
        .map(|param| naming::parameter_gradient(&param.ident))
        .collect();
    let gradient_type = gradient_type(sig);
    let gradient_value = match &gradients[..] {
        [gradient] => quote!(#gradient),
        _ => quote!((#(#gradients),*)),
    };
    let doc = format!(
        "The value of [`{0}`] and its gradient with respect to the differentiated parameters, generated by `#[grad::differentiate]`.",
        item.sig.ident
    );
    let emitter = Emitter::for_grad(function, sig);
    let vjp = if emitter.in_place.sums.is_empty() {
        quote!(#vjp(#(#args),*))
    } else {
        vjp_body(item, sig, &emitter)
    };
    quote! {
        #[doc = #doc]
        #lints
        #[inline]
        #vis fn #name #generics (#inputs) -> (#output, #gradient_type) #where_clause {
            let (#value, #pullback) = #vjp;
            let (#(#pattern,)*) = #pullback(1.0);
            (#value, #gradient_value)
        }
    }
}

/// Stubs with the right signatures, emitted beside the errors so that the rest of the crate does
/// not fail with "cannot find function `f_grad`" (thiserror's fallback).
pub fn emit_stubs(item: &ItemFn, sig: &Signature) -> TokenStream {
    let vis = &item.vis;
    let generics = &item.sig.generics;
    let where_clause = &generics.where_clause;
    let inputs = params(item);
    let output = &sig.output;
    let lints = allow_lints();
    let vjp = naming::vjp_fn(&item.sig.ident);
    let pullback_type = pullback_type(sig, &item.sig.generics);
    let cotangents = cotangent_types(sig);
    let message = "#[differentiate] reported an error for this function";
    let mut stubs = quote! {
        #lints
        #vis fn #vjp #generics (#inputs) -> (#output, #pullback_type) #where_clause {
            let pullback = move |_: #output| -> (#(#cotangents,)*) { ::core::unreachable!(#message) };
            (::core::unreachable!(#message), pullback)
        }
    };
    if sig.has_grad {
        let grad = naming::grad_fn(&item.sig.ident);
        let gradient_type = gradient_type(sig);
        stubs.extend(quote! {
            #lints
            #vis fn #grad #generics (#inputs) -> (#output, #gradient_type) #where_clause {
                ::core::unreachable!(#message)
            }
        });
    }
    stubs
}

struct Emitter<'a> {
    function: &'a Function,
    names: Names,
    /// Inside the immediate reverse of a preaccumulated loop: the loop-local adjoints that
    /// stand for the adjoints of the values the loop reads.
    overrides: RefCell<HashMap<VarId, Ident>>,
    /// Inside the immediate reverse of a preaccumulated loop: its accumulator, whose increments
    /// are seeded with 1.
    seeded: RefCell<Vec<VarId>>,
    /// Each loop's strategy.
    schedule: Schedule,
    /// The sums of squares pulled back in place: none in `f_vjp`.
    in_place: InPlaceSums,
}

impl<'a> Emitter<'a> {
    /// The emitter of `f_vjp`.
    fn new(function: &'a Function) -> Self {
        let bases = function.vars.iter().map(|var| var.base.clone()).collect();
        Self {
            function,
            names: Names::new(bases, function.reserved.clone()),
            overrides: RefCell::new(HashMap::new()),
            seeded: RefCell::new(Vec::new()),
            schedule: schedule(function),
            in_place: InPlaceSums::default(),
        }
    }

    /// The emitter of `f_grad`'s own sweeps: sums of squares pulled back in place.
    fn for_grad(function: &'a Function, sig: &Signature) -> Self {
        let mut emitter = Self::new(function);
        emitter.in_place = in_place_sums(function, sig, &emitter.schedule);
        emitter
    }

    /// `x`'s sums of squares pulled back into its adjoint in place, if `f_grad` pulls them
    /// back so: where the reverse sweep is done with `x`'s other uses.
    fn sum_of_squares_pullback(&self, x: VarId) -> Option<TokenStream> {
        if !self.in_place.operands.contains(&x) {
            return None;
        }
        let sums = self.name(Name::SumOfSquaresAdjoint(x));
        let adj = self.adjoint(x);
        let ident = &self.function.var(x).ident;
        let cot = self.name(Name::Cotangent);
        Some(quote! {
            if let ::core::option::Option::Some(#cot) = #sums.take() {
                #ident.sum_of_squares_pullback_into(#cot, &mut #adj);
            }
        })
    }

    /// The adjoint accumulator of a variable where the code being emitted runs.
    fn adjoint(&self, var: VarId) -> Ident {
        match self.overrides.borrow().get(&var) {
            Some(ident) => ident.clone(),
            None => self.name(Name::Adjoint(var)),
        }
    }

    fn name(&self, name: Name) -> Ident {
        self.names.get(name)
    }

    fn is_active(&self, id: VarId) -> bool {
        self.function.var(id).active
    }

    /// An atom as the user wrote it (`x`, `&x`, a constant).
    fn atom(&self, atom: &Atom) -> TokenStream {
        match atom {
            Atom::Var(id) => self.function.var(*id).ident.to_token_stream(),
            Atom::Ref(id) => {
                let ident = &self.function.var(*id).ident;
                quote!((&#ident))
            }
            Atom::Const(expr) => parenthesize(expr),
        }
    }

    /// An atom as an argument of the operation at `span`: the user's variables are pointed at
    /// the operation (keeping their hygiene), so that a type error there is reported at the
    /// user's expression, not at the variable's declaration.
    fn atom_at(&self, atom: &Atom, span: Span) -> TokenStream {
        match atom {
            Atom::Var(id) => self.ident_at(*id, span).into_token_stream(),
            Atom::Ref(id) => {
                let ident = self.ident_at(*id, span);
                quote!((&#ident))
            }
            Atom::Const(_) => self.atom(atom),
        }
    }

    /// A variable's name pointed at `span` (temporaries keep theirs: they have no source).
    fn ident_at(&self, id: VarId, span: Span) -> Ident {
        let var = self.function.var(id);
        let mut ident = var.ident.clone();
        if var.origin != VarOrigin::Temp {
            ident.set_span(ident.span().located_at(span));
        }
        ident
    }

    /// An operand of an operator rule, which takes its operands by reference whatever the user
    /// wrote (`a * b` and `&a * &b` alike): a reference stays as it is, anything else is
    /// borrowed.
    fn operand_at(&self, atom: &Atom, span: Span) -> TokenStream {
        match atom {
            Atom::Var(id) | Atom::Ref(id) => {
                let ident = self.ident_at(*id, span);
                if self.function.var(*id).by_ref {
                    ident.into_token_stream()
                } else {
                    quote!(&#ident)
                }
            }
            Atom::Const(expr) => quote!(&#expr),
        }
    }

    fn operand_value(&self, operand: &Operand) -> TokenStream {
        match operand {
            Operand::Atom(atom) => self.atom(atom),
            Operand::Tuple(elems) => {
                let elems = elems.iter().map(|elem| self.operand_value(elem));
                quote!((#(#elems,)*))
            }
        }
    }

    fn declare_adjoint(&self, id: VarId) -> TokenStream {
        let adj = self.adjoint(id);
        quote!(let mut #adj = ::grad::__private::Adjoint::new();)
    }

    /// Adds the cotangent `cot` (an expression of the operand's shape) into the operand's
    /// adjoints.
    fn seed(&self, operand: &Operand, cot: TokenStream) -> TokenStream {
        match operand {
            Operand::Atom(Atom::Var(id)) if self.is_active(*id) => {
                let adj = self.adjoint(*id);
                quote!(#adj.add(#cot);)
            }
            Operand::Atom(_) => TokenStream::new(),
            Operand::Tuple(elems) => {
                let parts = elems.iter().enumerate().map(|(index, elem)| {
                    let index = syn::Index::from(index);
                    self.seed(elem, quote!(#cot.#index))
                });
                quote!(#(#parts)*)
            }
        }
    }
}

/// `x * x`: emitted as `x.powi_vjp(2)`, whose rule keeps one copy of `x` and works on the
/// cotangent in place (the product's would keep two and allocate two results); its pullback
/// returns `(c, ())`, the one cotangent going to `x`.
pub(crate) fn is_square(op: &crate::ir::Op, args: &[Atom]) -> bool {
    matches!(op, crate::ir::Op::Mul)
        && matches!(args, [a, b] if a.var().is_some() && a.var() == b.var())
}

/// A constant expression as an operand: parenthesised unless it is a literal or a path, so that
/// it keeps its meaning inside the operator it is placed in.
fn parenthesize(expr: &Expr) -> TokenStream {
    match expr {
        Expr::Lit(_) | Expr::Path(_) | Expr::Paren(_) | Expr::Call(_) | Expr::MethodCall(_) => {
            expr.to_token_stream()
        }
        _ => quote!((#expr)),
    }
}
