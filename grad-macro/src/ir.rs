//! The intermediate representation the body is lowered to.
//!
//! After lowering (the contract of `lower.rs`):
//! - every statement binds or overwrites one variable with one [`Value`]: an atom, or one
//!   primitive applied to atoms (A-normal form): no nested arithmetic, calls or methods;
//! - every intermediate result is a named temporary, every `let` a variable of its own (a
//!   shadowing `let` is a new variable); a `let mut` variable keeps one identity across its
//!   reassignments, which the reverse sweep handles by resetting its adjoint at each one;
//! - control flow is kept as structured regions (`if`, nested blocks), each a [`Block`];
//! - tuples are destructured: a tuple-valued expression is an [`Operand::Tuple`] of atoms;
//! - code that computes no derivative (conditions, integer arithmetic, comparisons, code on
//!   constants only) is kept as the user wrote it, to be emitted verbatim in the forward sweep.

use proc_macro2::{Span, TokenStream};
use syn::{Ident, Type};

/// Index of a variable in [`Function::vars`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct VarId(pub usize);

/// Where a variable comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum VarOrigin {
    /// A parameter of the function (its index).
    Param(usize),
    /// A `let` in the source: emitted under the user's own name.
    User,
    /// A temporary of A-normal form, or the result of an `if` or block expression.
    Temp,
}

/// A variable: a parameter, a source `let` binding, or a generated temporary.
#[derive(Clone, Debug)]
pub struct Var {
    /// The name in the forward sweep: the user's identifier, or a hygienic one for temporaries.
    pub ident: Ident,
    /// The base of generated companion names (`x_adj`, `x_pullback`), unique in the function.
    pub base: String,
    pub origin: VarOrigin,
    pub mutable: bool,
    /// Filled in by the activity analysis: depends on a differentiated parameter.
    pub active: bool,
}

/// An argument of a primitive: a variable or a constant expression.
#[derive(Clone, Debug)]
pub enum Atom {
    Var(VarId),
    /// A literal or a constant path (`2.0`, `PI`), or an expression on constants only.
    Const(syn::Expr),
}

/// A value that may be a tuple of atoms (tuples are destructured during lowering).
#[derive(Clone, Debug)]
pub enum Operand {
    Atom(Atom),
    Tuple(Vec<Operand>),
}

/// The primitive operations, each with a runtime rule `*_vjp`.
#[derive(Clone, Debug)]
pub enum Op {
    Add,
    Sub,
    Mul,
    Div,
    Neg,
    /// `x as f32` / `x as f64`.
    Cast(Type),
    /// A float method `x.name(args)`, or `f64::name(x, args)`: rule `x.name_vjp(args)`. The
    /// receiver is the first argument.
    Method(Ident),
    /// A call of a function `path(args)`: rule `path_vjp(args)`.
    Call(syn::Path),
}

/// The right-hand side of an assignment.
#[derive(Clone, Debug)]
pub enum Value {
    /// A copy of an atom.
    Atom(Atom),
    /// A primitive applied to atoms. `span` is the source expression's, for diagnostics.
    Prim { op: Op, args: Vec<Atom>, span: Span },
    /// An expression whose result carries no derivative (a comparison, a `len()`, an integer
    /// cast), emitted as written.
    Verbatim(syn::Expr),
}

/// How an assignment binds its variable.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Binding {
    /// `let x = ..`: a new variable (with the user's type annotation, if any).
    Let { ty: Option<Box<Type>> },
    /// `x = ..`: overwrites a `let mut` variable or fills a declared one.
    Reassign,
}

/// A statement of the lowered body.
#[derive(Clone, Debug)]
pub enum Stmt {
    /// `let x = value;` or `x = value;`.
    Assign {
        var: VarId,
        value: Value,
        binding: Binding,
        /// The index of this assignment among the assignments to `var` (names its pullback).
        index: usize,
    },
    /// `let x;`: declared now, assigned later (in the branches of an `if`, say).
    Declare { var: VarId },
    /// A statement that touches no derivative (an item, a `println!`, code on constants),
    /// emitted as written.
    Verbatim(TokenStream),
    /// `if cond { .. } else { .. }`; the condition is evaluated as written.
    If {
        cond: Box<syn::Expr>,
        then_branch: Block,
        else_branch: Block,
        /// Names the record of the branch taken.
        index: usize,
    },
    /// A nested `{ .. }` scope.
    Block { block: Block, index: usize },
}

/// A sequence of statements: a scope of its own.
#[derive(Clone, Debug, Default)]
pub struct Block {
    pub stmts: Vec<Stmt>,
}

/// A lowered function body.
#[derive(Debug)]
pub struct Function {
    pub vars: Vec<Var>,
    /// The parameters' variables, in declaration order.
    pub params: Vec<VarId>,
    pub body: Block,
    /// The function's result.
    pub result: Operand,
}

impl Function {
    pub fn var(&self, id: VarId) -> &Var {
        &self.vars[id.0]
    }

    pub fn is_active(&self, atom: &Atom) -> bool {
        match atom {
            Atom::Var(id) => self.var(*id).active,
            Atom::Const(_) => false,
        }
    }
}
