//! Views that become owned arrays: the result of a plain call of one of ndarray's
//! view-producing methods (`xs.row(t)`, `x.slice(s![..])`, `x.t()`, `x.view()`) on data, when
//! a rule that differentiates reads it (`w.dot(&xs.row(t))`).
//!
//! A rule's pullback type names the types of its operands, and a view's type carries the
//! lifetime of the data it borrows; the pullback of the generated function, which owns what
//! it keeps and borrows nothing, could then not hold that rule's pullback (rustc's E0700). The
//! rules copy what they keep anyway; the view is copied once, where it is made, instead.

use std::collections::HashSet;

use crate::activity::value_is_active;
use crate::ir::{Function, Op, Stmt, Value, VarId};
use crate::naming;
use crate::syntax;

/// The assignments (variable, index among its assignments) whose plain view is made owned.
pub fn owned_views(function: &Function) -> HashSet<(VarId, usize)> {
    let stmts = function.body.all_stmts();
    let read_by_rules: HashSet<VarId> = stmts
        .iter()
        .filter_map(|stmt| match stmt {
            Stmt::Assign { value, .. } if value_is_active(function, value) => Some(value.sources()),
            _ => None,
        })
        .flatten()
        .collect();
    stmts
        .iter()
        .filter_map(|stmt| match stmt {
            Stmt::Assign {
                var,
                value:
                    value @ Value::Prim {
                        op: Op::Method { name, .. },
                        ..
                    },
                index,
                ..
            } if !value_is_active(function, value)
                && read_by_rules.contains(var)
                && syntax::VIEW_METHODS.contains(&naming::stem(name).as_str()) =>
            {
                Some((*var, *index))
            }
            _ => None,
        })
        .collect()
}
