//! Squares as powers: `x * x` on a differentiated `x` becomes `x.powi(2)`.
//!
//! The product's rule keeps both operands and makes two cotangents; the power's keeps one copy of
//! `x` and computes its one cotangent in place, which for arrays is half the memory and one
//! array operation less. The value is the same (`powi` with exponent 2 multiplies `x` by itself).
//!
//! ```text
//! // Before                         // After
//! let s_t1 = mul(x, x);             let s_t1 = x.powi(x, 2);
//! ```
//!
//! Only products whose two operands read the same variable (by value or borrowed, `&w * &w`)
//! and that carry a derivative are rewritten: a product of integers is left alone.

use syn::spanned::Spanned;

use std::collections::HashSet;

use crate::ir::{Atom, Function, Op, Stmt, Value, VarId};

/// Rewrites every differentiated `x * x` in `function` as `x.powi(2)`.
pub fn squares_to_powers(function: &mut Function) {
    let references = local_references(function);
    let mut body = std::mem::take(&mut function.body);
    rewrite_block(function, &references, &mut body);
    function.body = body;
}

fn rewrite_block(function: &Function, references: &HashSet<VarId>, block: &mut crate::ir::Block) {
    for stmt in &mut block.stmts {
        if let Stmt::Assign { value, .. } = stmt
            && is_square(function, value)
            && let Value::Prim { op, args, span } = value
        {
            let two: syn::Expr = syn::parse_quote_spanned!(*span=> 2);
            *op = Op::plain_method(syn::Ident::new("powi", two.span()));
            // A local reference squares what it points to: `(*v).powi(2)` (a `&f64` has no
            // `powi`; an array behind one is borrowed again by the method call).
            if let Some(x) = args[0].var()
                && references.contains(&x)
            {
                args[0] = Atom::Deref(x);
            }
            args[1] = Atom::Const(two);
        }
        for region in stmt.regions_mut() {
            rewrite_block(function, references, region);
        }
    }
}

/// `x * x` (either operand borrowed) on an active `x`.
fn is_square(function: &Function, value: &Value) -> bool {
    matches!(value, Value::Prim { op: Op::Mul, args, .. }
        if matches!(&args[..], [a, b] if a.var().is_some() && a.var() == b.var() && function.is_active(a)))
}

/// The variables bound to a reference in the body (`v` of `for v in x.iter()`, `let w =
/// &x[i]`), not parameters (whose products of references the rules take as they are).
fn local_references(function: &Function) -> HashSet<VarId> {
    (0..function.vars.len())
        .map(VarId)
        .filter(|var| function.var(*var).by_ref && !function.params.contains(var))
        .collect()
}
