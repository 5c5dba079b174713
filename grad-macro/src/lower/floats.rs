//! Which variables are floats for sure ([`Var::float`](crate::ir::Var::float)), known from how
//! they are bound, once, as they are lowered.
//!
//! The macro sees no types, only what the source writes. Rust's typing still pins a few cases
//! down, since it has no implicit conversions and `f64`'s (or `f32`'s) arithmetic with itself is
//! the standard library's, which no user impl can change:
//!
//! - a parameter of a float type taken by value, `x: f64`;
//! - a `let` annotated with one, `let x: f64 = ..` (or declared so, `let x: f64;`);
//! - a `let` of a float literal, `let s = 0.0`;
//! - a `let` of a copy of a float, `let mut acc = bias` with `bias: f64`;
//! - a `let` of `+ - * /` or unary `-` whose operands are all floats or float literals
//!   (`let t = a * 2.0`), or of a cast to a float type (`x as f64`).
//!
//! Everything else is unknown, and not a float: calls and methods (which may return anything),
//! fields and elements (of types the macro cannot see), integer literals, constants by path
//! (`PI`, which may be of any type), and arithmetic with any of those (`2.0 * v` may be a
//! user's `Mul<V> for f64`). A variable's reassignments keep the type of its `let`, so a float
//! stays one whatever it is assigned later; a shadowing `let` is another variable, with a fact
//! of its own.

use syn::{Expr, Lit, Type};

use super::Lowerer;
use crate::ir::{Atom, Op, Value};
use crate::types;

impl Lowerer<'_> {
    /// Whether `let x: ty = value` makes `x` a float for sure (see the module doc).
    pub(super) fn is_float_let(&self, ty: Option<&Type>, value: &Value) -> bool {
        is_float_annotation(ty) || self.is_float_value(value)
    }

    /// Whether `value` is a float for sure, given what is known of the variables it reads.
    fn is_float_value(&self, value: &Value) -> bool {
        match value {
            Value::Atom(atom) => self.is_float_atom(atom),
            Value::Prim {
                op: Op::Add | Op::Sub | Op::Mul | Op::Div | Op::Neg,
                args,
                ..
            } => args.iter().all(|arg| self.is_float_atom(arg)),
            Value::Prim {
                op: Op::Cast(ty), ..
            } => types::is_float(ty),
            Value::Prim { .. }
            | Value::Verbatim(_)
            | Value::Place { .. }
            | Value::Index { .. }
            | Value::Map(_) => false,
        }
    }

    /// A variable known to be a float, read by value, or a float literal.
    fn is_float_atom(&self, atom: &Atom) -> bool {
        match atom {
            Atom::Var(id) => self.vars[id.0].float,
            Atom::Const(Expr::Lit(lit)) => matches!(lit.lit, Lit::Float(_)),
            Atom::Ref(_) | Atom::Deref(_) | Atom::Const(_) => false,
        }
    }
}

/// Whether a `let`'s annotation (if any) is a float type, `f32` or `f64`.
pub(super) fn is_float_annotation(ty: Option<&Type>) -> bool {
    ty.is_some_and(types::is_float)
}

#[cfg(test)]
mod tests {
    use proc_macro2::TokenStream;
    use quote::quote;

    use crate::args::Args;
    use crate::ctxt::Ctxt;
    use crate::sig::Signature;

    /// Each variable of `item` named in the source (parameters and `let`s, in order), with
    /// whether lowering knows it is a float.
    fn floats(item: TokenStream) -> Vec<(String, bool)> {
        let cx = Ctxt::new();
        let args = Args::from_tokens(&cx, quote!());
        let item: syn::ItemFn = syn::parse2(item).expect("a function");
        let (sig, ok) = Signature::from_fn(&cx, &args, &item);
        let (function, _) = super::super::lower(&cx, &sig, &item.block);
        assert!(ok && cx.check().is_ok(), "the function is differentiable");
        function
            .vars
            .iter()
            .filter(|var| var.origin != crate::ir::VarOrigin::Temp)
            .map(|var| (var.ident.to_string(), var.float))
            .collect()
    }

    fn known(floats: &[(String, bool)]) -> Vec<&str> {
        floats
            .iter()
            .filter(|(_, float)| *float)
            .map(|(name, _)| name.as_str())
            .collect()
    }

    #[test]
    fn parameters_annotations_literals_copies_and_arithmetic_of_floats_are_floats() {
        let floats = floats(quote!(
            fn f(bias: f64, scale: f32, x: &f64, v: &[f64], n: usize) -> f64 {
                let zero = 0.0;
                let typed: f64 = v[0];
                let declared: f64;
                declared = 1.0;
                let mut acc = bias;
                let sum = acc * 2.0 + bias / zero - acc;
                let negated = -sum;
                let widened = scale as f64;
                acc += negated + widened + typed + declared;
                acc
            }
        ));
        assert_eq!(
            known(&floats),
            [
                "bias", "scale", "zero", "typed", "declared", "acc", "sum", "negated", "widened"
            ],
            "{floats:?}"
        );
    }

    #[test]
    fn calls_methods_elements_integers_and_references_are_not_known() {
        let floats = floats(quote!(
            fn f(bias: f64, x: &f64, v: &[f64], n: usize) -> f64 {
                let read = v[0];
                let called = g(bias);
                let method = bias.exp();
                let count = 2;
                let borrowed = &bias;
                let pointed = *x;
                let mixed = bias * read;
                let constant = std::f64::consts::PI;
                let copied = read;
                read + called + method + mixed + constant + copied + pointed + *borrowed
            }
        ));
        assert_eq!(known(&floats), ["bias"], "{floats:?}");
    }

    #[test]
    fn a_shadowing_let_has_a_fact_of_its_own() {
        let floats = floats(quote!(
            fn f(bias: f64, v: &[f64]) -> f64 {
                let acc = bias;
                let acc = v[0] * acc;
                acc
            }
        ));
        assert_eq!(
            floats,
            [
                ("bias".to_owned(), true),
                ("v".to_owned(), false),
                ("acc".to_owned(), true),
                ("acc".to_owned(), false)
            ]
        );
    }
}
