//! Iterator sums typed by their use: the accumulator of `x.iter().zip(y).map(..).sum()` whose
//! value is the function's `f64` result (or a `let s: f64`) is declared `f64`.
//!
//! The lowering starts a sum's accumulator at `zero()` of a type only its items tell, and the
//! loop planner preaccumulates only a loop whose accumulator is a float for sure (it seeds the
//! loop's reverse with `1.0`, see `plan/schedule.rs`). `sum::<f64>()` says so; a plain `sum()`
//! takes its type from where its value goes, as rustc infers it, and that is what this pass
//! reads: the function's result type, or the annotation of the `let` it is copied into. With
//! the type known, the iterator sum is planned as the index loop `s += ..` is: no record per
//! element.
//!
//! ```text
//! // Before (fn f(..) -> f64)                // After
//! let s_t1 = zero();                         let s_t1: f64 = zero();
//! for .. { s_t1 = add(s_t1, e); }            for .. { s_t1 = add(s_t1, e); }
//! } -> s_t1                                  } -> s_t1
//! ```

use std::collections::HashMap;

use syn::{Expr, Type};

use crate::ir::{Atom, Binding, Block, Function, Operand, Stmt, Value, Var, VarId};
use crate::types;

/// Declares the float type of every sum accumulator whose value goes where a float is declared.
pub fn type_sums(function: &mut Function, output: Option<&Type>) {
    let copies = single_copies(function);
    let mut typed: HashMap<VarId, Type> = HashMap::new();
    if let (Some(output), Operand::Atom(Atom::Var(result))) = (output, &function.result)
        && types::is_float(output)
    {
        typed.insert(origin(*result, &copies), output.clone());
    }
    for stmt in function.body.all_stmts() {
        if let Stmt::Assign {
            value: Value::Atom(Atom::Var(source)),
            binding: Binding::Let { ty: Some(ty) },
            ..
        } = stmt
            && types::is_float(ty)
        {
            typed.insert(origin(*source, &copies), (**ty).clone());
        }
    }
    type_block(&mut function.body, &typed, &mut function.vars);
}

/// The variables bound once, by `let v = w`, to a copy of another: `v` -> `w`.
fn single_copies(function: &Function) -> HashMap<VarId, VarId> {
    let mut writes: HashMap<VarId, usize> = HashMap::new();
    let stmts = function.body.all_stmts();
    for var in stmts.iter().filter_map(|stmt| stmt.target()) {
        *writes.entry(var).or_default() += 1;
    }
    stmts
        .iter()
        .filter_map(|stmt| match stmt {
            Stmt::Assign {
                var,
                value: Value::Atom(Atom::Var(source)),
                binding: Binding::Let { .. },
                ..
            } if writes.get(var) == Some(&1) => Some((*var, *source)),
            _ => None,
        })
        .collect()
}

/// The variable `var` is a copy of, through any number of `let v = w`.
fn origin(mut var: VarId, copies: &HashMap<VarId, VarId>) -> VarId {
    while let Some(source) = copies.get(&var) {
        var = *source;
    }
    var
}

/// Annotates the `let acc = zero()` of each typed accumulator, which makes it a float for sure
/// (`Var::float`, what the loop planner reads).
fn type_block(block: &mut Block, typed: &HashMap<VarId, Type>, vars: &mut [Var]) {
    for stmt in &mut block.stmts {
        if let Stmt::Assign {
            var,
            value: Value::Atom(Atom::Const(init)),
            binding: Binding::Let { ty: ty @ None },
            ..
        } = stmt
            && is_sum_start(init)
            && let Some(float) = typed.get(var)
        {
            *ty = Some(Box::new(float.clone()));
            vars[var.0].float = true;
        }
        for region in stmt.regions_mut() {
            type_block(region, typed, vars);
        }
    }
}

/// `::grad::__private::zero()`, where the lowering starts a sum.
fn is_sum_start(init: &Expr) -> bool {
    let Expr::Call(call) = init else {
        return false;
    };
    call.args.is_empty()
        && crate::syntax::call_path(call)
            .is_some_and(|names| names == ["grad", "__private", "zero"])
}
