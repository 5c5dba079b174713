//! Which variables a piece of a program reads: to bind unread loop variables as `_`, and to make
//! the result of a function read every local it would otherwise leave unused (rustc warns of
//! those, and a value that reaches no result tests nothing).
//!
//! A read is any mention but the target of an assignment (`s += e` reads what `e` reads, not
//! `s`; `v[i] = e` reads `i` and `e`).

use std::collections::HashSet;

use crate::ast::{Arg, ArrExpr, Cond, Expr, IntExpr, Loop, Stmt, VarId};

/// The variables `stmts` and then `result` read.
pub fn reads(stmts: &[Stmt], result: Option<&Expr>) -> HashSet<VarId> {
    collect(stmts, result, true)
}

/// The variables whose values `stmts` and then `result` read: as [`reads`], but a sequence
/// whose length alone is read (`v.len()`) is not counted.
pub fn value_reads(stmts: &[Stmt], result: Option<&Expr>) -> HashSet<VarId> {
    collect(stmts, result, false)
}

fn collect(stmts: &[Stmt], result: Option<&Expr>, lengths: bool) -> HashSet<VarId> {
    let mut found = Found {
        vars: HashSet::new(),
        lengths,
    };
    for stmt in stmts {
        stmt_reads(stmt, &mut found);
    }
    if let Some(result) = result {
        expr_reads(result, &mut found);
    }
    found.vars
}

/// The variables `e` reads.
pub fn expr_vars(e: &Expr) -> HashSet<VarId> {
    let mut found = Found {
        vars: HashSet::new(),
        lengths: true,
    };
    expr_reads(e, &mut found);
    found.vars
}

/// The variables found so far, and whether reading a length counts.
struct Found {
    vars: HashSet<VarId>,
    lengths: bool,
}

impl Found {
    fn insert(&mut self, var: VarId) {
        self.vars.insert(var);
    }

    fn length(&mut self, var: VarId) {
        if self.lengths {
            self.vars.insert(var);
        }
    }
}

fn int_reads(e: &IntExpr, found: &mut Found) {
    match e {
        IntExpr::Lit(_) => {}
        IntExpr::Var(v) => found.insert(*v),
        IntExpr::Len(v) | IntExpr::Rows(v) | IntExpr::Cols(v) => found.length(*v),
        IntExpr::Add(a, _) | IntExpr::Sub(a, _) | IntExpr::Rem(a, _) => int_reads(a, found),
        IntExpr::RemLen(a, v) => {
            found.length(*v);
            int_reads(a, found);
        }
    }
}

fn cond_reads(c: &Cond, found: &mut Found) {
    match c {
        Cond::Float(_, a, b) => {
            expr_reads(a, found);
            expr_reads(b, found);
        }
        Cond::Int(_, a, b) => {
            int_reads(a, found);
            int_reads(b, found);
        }
    }
}

fn expr_reads(e: &Expr, found: &mut Found) {
    match e {
        Expr::Lit(_) => {}
        Expr::Var(v) => {
            found.insert(*v);
        }
        Expr::Elem(v, i) => {
            found.insert(*v);
            int_reads(i, found);
        }
        Expr::Elem2(v, i, j) => {
            found.insert(*v);
            int_reads(i, found);
            int_reads(j, found);
        }
        Expr::Nested(v, indices) => {
            found.insert(*v);
            indices.iter().for_each(|i| int_reads(i, found));
        }
        Expr::Cast(i) => int_reads(i, found),
        Expr::Bin(_, a, b) | Expr::Binary(_, a, b) | Expr::Block(_, a, b) => {
            expr_reads(a, found);
            expr_reads(b, found);
        }
        Expr::Neg(a) | Expr::Unary(_, _, a) | Expr::Powi(a, _) => expr_reads(a, found),
        Expr::Call(_, _, args) => {
            for arg in args {
                match arg {
                    Arg::Float(e) => expr_reads(e, found),
                    Arg::Slice(v) => {
                        found.insert(*v);
                    }
                }
            }
        }
        Expr::If(c, a, b) => {
            cond_reads(c, found);
            expr_reads(a, found);
            expr_reads(b, found);
        }
        Expr::Match(scrutinee, arms) => {
            int_reads(scrutinee, found);
            arms.iter().for_each(|arm| expr_reads(arm, found));
        }
        Expr::Sum(a) | Expr::Mean(a) => arr_reads(a, found),
        Expr::Dot(a, b) => {
            arr_reads(a, found);
            arr_reads(b, found);
        }
    }
}

fn arr_reads(e: &ArrExpr, found: &mut Found) {
    match e {
        ArrExpr::Var(v) | ArrExpr::T(v) => {
            found.insert(*v);
        }
        ArrExpr::Bin(_, a, b) | ArrExpr::Dot(a, b) => {
            arr_reads(a, found);
            arr_reads(b, found);
        }
        ArrExpr::ScalarRight(_, a, s) | ArrExpr::ScalarLeft(_, s, a) => {
            arr_reads(a, found);
            expr_reads(s, found);
        }
        ArrExpr::Unary(_, a)
        | ArrExpr::Powi(a, _)
        | ArrExpr::Powf(a, _)
        | ArrExpr::SumAxis(a, _)
        | ArrExpr::MeanAxis(a, _) => arr_reads(a, found),
    }
}

fn loop_reads(l: &Loop, found: &mut Found) {
    match l {
        Loop::Range { lo, hi, .. } => {
            int_reads(lo, found);
            int_reads(hi, found);
        }
        Loop::Elements { seq, .. } | Loop::Enumerate { seq, .. } => {
            found.insert(*seq);
        }
        Loop::Zip {
            left_seq,
            right_seq,
            ..
        } => {
            found.insert(*left_seq);
            found.insert(*right_seq);
        }
    }
}

fn stmt_reads(s: &Stmt, found: &mut Found) {
    match s {
        Stmt::Let { init, .. } => expr_reads(init, found),
        Stmt::LetPair(_, _, a, b) => {
            expr_reads(a, found);
            expr_reads(b, found);
        }
        Stmt::LetArr(_, e) => arr_reads(e, found),
        Stmt::LetVec(_, len) => int_reads(len, found),
        Stmt::LetZeros(..) | Stmt::LetCounter(_) | Stmt::Continue | Stmt::Break => {}
        Stmt::Assign(_, _, e) | Stmt::Return(e) => expr_reads(e, found),
        Stmt::SetElem(_, i, _, e) => {
            int_reads(i, found);
            expr_reads(e, found);
        }
        Stmt::SetElem2(_, i, j, e) => {
            int_reads(i, found);
            int_reads(j, found);
            expr_reads(e, found);
        }
        Stmt::LetNested(_, lens) => lens.iter().for_each(|l| int_reads(l, found)),
        Stmt::SetNested(_, indices, _, e) => {
            indices.iter().for_each(|i| int_reads(i, found));
            expr_reads(e, found);
        }
        Stmt::LetLoop {
            counter,
            bound,
            body,
            value,
            ..
        } => {
            found.insert(*counter);
            int_reads(bound, found);
            body.iter().for_each(|s| stmt_reads(s, found));
            value.iter().for_each(|e| expr_reads(e, found));
        }
        Stmt::BreakValue(_, values) => values.iter().for_each(|e| expr_reads(e, found)),
        Stmt::If(c, then, other) => {
            cond_reads(c, found);
            then.iter().for_each(|s| stmt_reads(s, found));
            other.iter().flatten().for_each(|s| stmt_reads(s, found));
        }
        Stmt::For(l, body) => {
            loop_reads(l, found);
            body.iter().for_each(|s| stmt_reads(s, found));
        }
        Stmt::While(counter, bound, body) | Stmt::LoopBreak(counter, bound, body) => {
            found.insert(*counter);
            int_reads(bound, found);
            body.iter().for_each(|s| stmt_reads(s, found));
        }
    }
}

/// The variables `stmts` assign to (`s op= e`), for `let mut` only where needed.
pub fn assigned(stmts: &[Stmt]) -> HashSet<VarId> {
    let mut found = HashSet::new();
    for stmt in stmts {
        stmt_assigns(stmt, &mut found);
    }
    found
}

fn stmt_assigns(s: &Stmt, found: &mut HashSet<VarId>) {
    match s {
        Stmt::Assign(var, ..) => {
            found.insert(*var);
        }
        Stmt::If(_, then, other) => {
            then.iter().for_each(|s| stmt_assigns(s, found));
            other.iter().flatten().for_each(|s| stmt_assigns(s, found));
        }
        Stmt::For(_, body)
        | Stmt::While(_, _, body)
        | Stmt::LoopBreak(_, _, body)
        | Stmt::LetLoop { body, .. } => {
            body.iter().for_each(|s| stmt_assigns(s, found));
        }
        _ => {}
    }
}
