//! A vector written out and multiplied: `array![a, b, c].dot(&w)` computes the product from the
//! elements themselves, without the array.
//!
//! Emitted as written, the literal is an `Array1` on the heap, and `dot`'s rule keeps an owned
//! copy of both operands and gives both cotangents as new arrays: five allocations for a product
//! of a few numbers, where the same sum written with scalars (`w[0] * a + w[1] * b + ..`) has
//! none. Written as a Rust array `[a, b, c]` (a value on the stack, its rule `rust_array_vjp`
//! the identity), the product is the runtime's `dot` rule for `[A; N]`, which computes the value
//! with ndarray's own `dot` on a view of the elements (the same sum in the same order) and keeps
//! the elements and those of `w` on the stack.
//!
//! ```text
//! // Before                                   // After
//! let f = array![..] 3(a, b, c);              let f = [..](a, b, c);
//! let s = .dot(f, w);                         let s = .dot(f, w);
//! ```
//!
//! The contract: the literal is a one-axis `array![..]` of elements that carry a derivative,
//! bound by `let` without a type annotation to a temporary or an immutable variable, assigned
//! only there and read once, as the receiver of `.dot(x)` (the method, one argument, no
//! turbofish), and named by no code kept as written. Its value is then seen by nothing but that
//! product, so its type is nobody else's business.

use crate::ir::{Atom, Binding, Block, Function, Literal, Op, Stmt, Value, VarId, VarOrigin};

use super::fuse::Census;

/// Writes each one-axis `array![..]` read only as the receiver of `.dot(x)` as a Rust array.
pub fn dot_literals_on_the_stack(function: &mut Function) {
    let census = Census::of(function);
    let receivers: Vec<VarId> = function
        .body
        .all_stmts()
        .into_iter()
        .filter_map(dot_receiver)
        .filter(|f| {
            let var = function.var(*f);
            matches!(var.origin, VarOrigin::Temp | VarOrigin::User)
                && var.active
                && !var.mutable
                && !var.indexed
                && census.assignments.get(f) == Some(&1)
                && census.reads.get(f) == Some(&1)
                && !census.named.contains(&var.ident.to_string())
        })
        .collect();
    if !receivers.is_empty() {
        rewrite_block(&mut function.body, &receivers);
    }
}

/// The receiver of `f.dot(x)`.
fn dot_receiver(stmt: &Stmt) -> Option<VarId> {
    let Stmt::Assign { value, .. } = stmt else {
        return None;
    };
    match value.plain_method()? {
        (name, [Atom::Var(f) | Atom::Ref(f), _]) if name == "dot" => Some(*f),
        _ => None,
    }
}

fn rewrite_block(block: &mut Block, receivers: &[VarId]) {
    for stmt in &mut block.stmts {
        if let Stmt::Assign {
            var,
            value:
                Value::Prim {
                    op: Op::Literal(literal @ Literal::Ndarray { .. }),
                    ..
                },
            binding: Binding::Let { ty: None },
            ..
        } = stmt
            && receivers.contains(var)
            && matches!(literal, Literal::Ndarray { shape, .. } if shape.len() == 1)
        {
            *literal = Literal::Array;
        }
        for region in stmt.regions_mut() {
            rewrite_block(region, receivers);
        }
    }
}
