//! Which parameters `f_grad` lends its rules (`grad::runtime::lend`): the float arrays behind
//! `&`, the views by value, and the arrays of anything else behind `&` that is a `Tangent` (a
//! parameter struct: found at run time, through `Tangent::loans`), when the body can reach a
//! rule that reads lent arrays.
//!
//! The rules that read them are functions (`nn::affine`, `nn::temporal_affine`) or reached
//! through the user's own functions and methods, so a body of operators and library methods
//! lends nothing: a loan costs about 50 ns a call, as much as a small gradient.

use proc_macro2::Ident;

use super::dual::is_library_method;
use crate::ir::{Function, Op};
use crate::naming;
use crate::sig::Signature;
use crate::types::{self, Lendable};

/// The parameters `f_grad` lends, with how (`&x` is lent as it is, a view `v` as `&v`).
pub fn lent(function: &Function, sig: &Signature) -> Vec<(Ident, Lendable)> {
    if !calls_out(function) {
        return Vec::new();
    }
    sig.params
        .iter()
        // Not a `mut` binding, which the body might write while the loan borrows it.
        .filter(|param| !param.mutable)
        .filter_map(|param| Some((param.ident.clone(), types::lendable(&param.ty)?)))
        .collect()
}

/// Whether the body calls a function (`g(..)`, `path::g(..)`) or a method that is not the
/// library's (`self.forward(x)`, `p.eval(t)`), either of which may reach a rule that reads
/// lent arrays.
fn calls_out(function: &Function) -> bool {
    function.body.all_prims().any(|op| match op {
        Op::Call(..) => true,
        Op::Method { name, .. } => !is_library_method(&naming::stem(name)),
        _ => false,
    })
}
