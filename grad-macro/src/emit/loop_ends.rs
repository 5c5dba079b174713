//! The ends `a..n - k` of range loops in the copies run at dual numbers (`f_jvp`, `f_hvp`) and in
//! the sweeps of `f_vjp` and `f_grad`: subtracted by `grad::__private::loop_end_sub`, which
//! checks for overflow in every build.
//!
//! With the wrapping subtraction of a release build, `for i in 0..x.len() - 1` runs to
//! `usize::MAX` for an empty `x`, so the optimiser cannot drop the bounds checks of `x[i]` and
//! `x[i + 1]` from a loop that stores (the reverse sweep in `f_hvp`); once `x.len() >= 1` is
//! known they leave the loop. An overflowing end is a program error in Rust: the copy panics
//! where a debug build of `f` panics, with its message (see
//! `grad-runtime/src/dual/loop_end.rs`).
//!
//! Each operand is written `0 + operand`, which is the operand's value for every integer type,
//! also for a reference `&usize` (`Sub` takes it, `loop_end_sub` takes one type).

use proc_macro2::TokenStream;
use quote::quote;
use syn::visit_mut::{self, VisitMut};
use syn::{BinOp, Block, Expr, ItemFn};

/// Rewrites the end of every `for` loop over a range `a..b - c` (or `a..=b - c`) in `item`.
pub fn check_loop_ends(item: &mut ItemFn) {
    CheckedEnds.visit_item_fn_mut(item);
}

/// The same in a printed block (the sweeps of `f_vjp` and `f_grad`): the block as it was if it
/// does not parse, which the compiler then reports.
pub fn check_loop_ends_in(block: TokenStream) -> TokenStream {
    match syn::parse2::<Block>(block.clone()) {
        Ok(mut parsed) => {
            CheckedEnds.visit_block_mut(&mut parsed);
            quote!(#parsed)
        }
        Err(_) => block,
    }
}

struct CheckedEnds;

impl VisitMut for CheckedEnds {
    fn visit_expr_for_loop_mut(&mut self, node: &mut syn::ExprForLoop) {
        visit_mut::visit_expr_for_loop_mut(self, node);
        if let Expr::Range(range) = &mut *node.expr
            && let Some(end) = &mut range.end
            && let Some((left, right)) = difference(end)
        {
            let checked = quote!(::grad::__private::loop_end_sub(0 + (#left), 0 + (#right)));
            **end = syn::parse_quote!(#checked);
        }
    }
}

/// `(b, c)` of `b - c`, under parentheses too.
fn difference(expr: &Expr) -> Option<(&Expr, &Expr)> {
    match expr {
        Expr::Paren(inner) => difference(&inner.expr),
        Expr::Binary(binary) if matches!(binary.op, BinOp::Sub(_)) => {
            Some((&binary.left, &binary.right))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rewritten(source: &str) -> String {
        let mut item: ItemFn = syn::parse_str(source).unwrap();
        check_loop_ends(&mut item);
        quote!(#item).to_string().replace(' ', "")
    }

    #[test]
    fn checks_the_subtracted_end_of_range_loops_only() {
        let out = rewritten(
            "fn f(x: &[f64]) { for i in 0..x.len() - 1 { for j in 1..=(n - k) {} } for i in 0..n {} for i in (0..n - 1).rev() {} }",
        );
        assert!(out.contains("0..::grad::__private::loop_end_sub(0+(x.len()),0+(1))"));
        assert!(out.contains("1..=::grad::__private::loop_end_sub(0+(n),0+(k))"));
        assert!(out.contains("for i in 0..n{}".replace(' ', "").as_str()));
        assert!(out.contains("(0..n-1).rev()"), "{out}");
    }

    #[test]
    fn every_generated_function_checks_the_end() {
        let output = crate::expand::differentiate(
            quote!(),
            quote! {
                fn f(x: &[f64]) -> f64 {
                    let mut s = 0.0;
                    for i in 0..x.len() - 1 {
                        s += x[i] * x[i + 1];
                    }
                    s
                }
            },
        )
        .to_string()
        .replace(' ', "");
        let checked = "loop_end_sub(0+(x.len()),0+(1))";
        // `f_vjp` comes first, then `f_grad`, which runs it.
        let vjp = &output[output.find("fnf_vjp").expect("f_vjp")..];
        let vjp = &vjp[..vjp.find("fnf_grad").expect("f_grad after f_vjp")];
        assert!(vjp.contains(checked), "f_vjp: {vjp}");
        // And the copies at dual numbers of `f_jvp` and `f_hvp`.
        assert!(output.matches(checked).count() >= 3, "{output}");
    }
}
