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

mod display;
mod walk;

use proc_macro2::{Span, TokenStream};
use syn::{Ident, Type};

pub use walk::{Visit, walk_stmt};

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
    /// Holds a reference (a parameter `x: &T`, or `let y = &x`): passed to operator rules as it
    /// is, where other variables are borrowed.
    pub by_ref: bool,
    /// Read or written by index (`x[i]`): its adjoint is updated element by element, and its
    /// shape is kept to build that adjoint.
    pub indexed: bool,
    /// Filled in by the activity analysis: depends on a differentiated parameter.
    pub active: bool,
    /// Known to be a scalar float (`f32` or `f64`), from how it is bound; filled in by the
    /// lowering (`lower/floats.rs`, which lists what it knows), and by the rewrite that types
    /// iterator sums for the accumulators it annotates (`rewrite/sums.rs`). A variable's type is
    /// fixed by its `let`, so its reassignments keep it a float. Unknown is `false`: the passes
    /// that read this (a loop preaccumulated into the variable, seeded with `1.0`; an update
    /// `x = x + e` pulled back in place; a product with it computed again) need a float for
    /// sure.
    pub float: bool,
}

/// An argument of a primitive: a variable, a borrow of one, or a constant expression.
#[derive(Clone, Debug)]
pub enum Atom {
    Var(VarId),
    /// `&x`, as the user wrote it: passed by reference where arguments are passed as written
    /// (calls, methods); its cotangent goes to `x`.
    Ref(VarId),
    /// `*x` of a variable holding a reference (a loop element `v` of `x.iter()`), as the user
    /// wrote it: its cotangent goes to `x`.
    Deref(VarId),
    /// A literal or a constant path (`2.0`, `PI`), or an expression on constants only.
    Const(syn::Expr),
}

impl Atom {
    /// The variable the atom reads, by value or by reference.
    pub fn var(&self) -> Option<VarId> {
        match self {
            Atom::Var(id) | Atom::Ref(id) | Atom::Deref(id) => Some(*id),
            Atom::Const(_) => None,
        }
    }
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
    /// A method `x.name(args)`: rule `x.name_vjp(args)`, found by rustc's method resolution
    /// (the runtime's rule traits, the user's own). The receiver is the first argument.
    Method {
        name: Ident,
        /// `::<T>` as written after the name.
        turbofish: Option<syn::AngleBracketedGenericArguments>,
        /// `f64` in `f64::exp(x)`: the float type the method was called through.
        float_type: Option<Ident>,
        /// `.unwrap()` or `.expect(..)` written after a method whose rule gives the value
        /// itself where ndarray gives an `Option` or a `Result` (`x.mean().unwrap()`): kept
        /// where the method is called as written, dropped after its rule.
        unwrap: Option<TokenStream>,
    },
    /// A call of a function `path(args)` (or of an associated function, `f64::exp(x)`,
    /// `Array::from_vec(v)`): rule `path_vjp(args)`, at the same path. The `.unwrap()` or
    /// `.expect(..)` written after a function whose rule gives the value itself where ndarray
    /// gives a `Result` (`Array::from_shape_vec(s, v).unwrap()`), as for [`Op::Method`].
    Call(syn::Path, Option<TokenStream>),
    /// A value written element by element (`array![[a, b], [c, d]]`, `[a, b]`, `vec![a, b]`,
    /// `vec![x; n]`): the elements are the arguments, in row-major order.
    Literal(Literal),
    /// ndarray's `concatenate(axis, &[a.view(), b.view()])` or `stack(..)` (or their macros,
    /// `concatenate![axis, a, b]`): the axis, then the arrays, are the arguments.
    Join(Join),
}

impl Op {
    /// The method `.name(..)` as a rewrite writes it: no turbofish, not called through a float
    /// type, no `.unwrap()` after it.
    pub fn plain_method(name: Ident) -> Self {
        Op::Method {
            name,
            turbofish: None,
            float_type: None,
            unwrap: None,
        }
    }
}

impl Value {
    /// The name and the arguments (the receiver first) of a method call written plainly, as
    /// [`Op::plain_method`] builds it: the form the rewrites recognise (`t.sum()`, `x.powi(2)`,
    /// `f.dot(w)`).
    pub fn plain_method(&self) -> Option<(&Ident, &[Atom])> {
        match self {
            Value::Prim {
                op:
                    Op::Method {
                        name,
                        turbofish: None,
                        float_type: None,
                        unwrap: None,
                    },
                args,
                ..
            } => Some((name, args)),
            _ => None,
        }
    }
}

/// What an [`Op::Literal`] builds, and from which macro (at its path as written, for the value
/// computed as written).
#[derive(Clone, Debug)]
pub enum Literal {
    /// ndarray's `array![..]`, of `shape` (the lengths of its one to three axes).
    Ndarray { path: syn::Path, shape: Vec<usize> },
    /// A Rust array, `[a, b, ..]`.
    Array,
    /// `vec![a, b, ..]`.
    Vec { path: syn::Path },
    /// `vec![x; n]`: the arguments are `x` and `n` (a constant of the sweep).
    Repeat { path: syn::Path },
    /// A struct written from its fields, `S { a: x, b: y }`: one argument per field.
    Struct {
        path: syn::Path,
        fields: Vec<syn::Member>,
    },
}

/// An [`Op::Join`]: arrays joined along an axis.
#[derive(Clone, Debug)]
pub struct Join {
    /// `stack` (along a new axis) rather than `concatenate` (along an existing one).
    pub stack: bool,
    /// The function, as written (`concatenate`, `ndarray::stack`), or ndarray's for the macros.
    pub path: syn::Path,
    /// The `.unwrap()` or `.expect(..)` written after the call (the macros' own): the rule
    /// gives the array itself.
    pub unwrap: TokenStream,
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
    /// A read of a place inside a variable: `p.w`, `p.layers[i].w`, as written (`borrowed`:
    /// `&p.w`, a reference to it). Its cotangent goes into that place of `p`'s adjoint.
    Place {
        base: VarId,
        path: Vec<Projection>,
        borrowed: bool,
    },
    /// An indexed read `base[index]`; the index is a constant expression. A `flat` read is
    /// the `index`-th element in iteration order (`Elements::element`), for loops over
    /// `base.iter()`; a `borrowed` one is a reference to it (`Elements::element_ref`), as
    /// `base.iter()` yields them.
    Index {
        base: VarId,
        index: syn::Expr,
        flat: bool,
        borrowed: bool,
    },
    /// `array.mapv(|v| body)`: the body applied to each element, a region of its own.
    Map(Box<ElementMap>),
}

/// An elementwise map, `array.mapv(|v| body)` (also `map`, `mapv_into`, and a function by path
/// as in `mapv(f64::tanh)`): the body runs once per element, with `element` bound to it, and
/// gives `result`. Its derivative is the runtime's `map_forward` and `map_pullback`, which apply the body's own
/// pullback to each element's cotangent.
///
/// The body is a region that only computes: no loops, no jumps, no writes to variables
/// outside it. It may read any variable in scope (`captures`); the cotangents of the captured
/// ones that carry derivatives are summed over the elements.
#[derive(Clone, Debug)]
pub struct ElementMap {
    /// The array mapped.
    pub array: Atom,
    /// The element, bound in the body.
    pub element: VarId,
    pub body: Block,
    /// The body's value.
    pub result: Atom,
    /// The variables from outside the body that it reads.
    pub captures: Vec<VarId>,
    /// `mapv` or `map` (the element by reference), as written, for the plain map.
    pub method: Ident,
    pub span: Span,
}

/// One step of a place: a field, or an index (a constant expression, saved for the reverse).
#[derive(Clone, Debug)]
pub enum Projection {
    Field(syn::Member),
    Index(syn::Expr),
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
    /// `let x;` (or `let x: T;`): declared now, assigned later (in the branches of an `if`).
    Declare { var: VarId, ty: Option<Box<Type>> },
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
    /// An indexed write `base[index] = value;` (compound writes are lowered to a read, an
    /// operation and this write), or `base[i][j] = value;` into an element of an element.
    IndexAssign {
        base: VarId,
        /// The index, or for a write through `levels` indices the tuple of them, `(i, j)`.
        index: syn::Expr,
        value: Atom,
        /// Names the saved index.
        count: usize,
        /// How many indices the write goes through: 1 for `base[i]`, 2 for `base[i][j]`, 3 for
        /// `base[i][j][k]`.
        levels: usize,
    },
    /// `match scrutinee { arms }` on a constant scrutinee: one region per arm.
    Match {
        scrutinee: Box<syn::Expr>,
        arms: Vec<Arm>,
        index: usize,
    },
    /// A loop; each iteration's pullbacks go on a stack the reverse sweep pops.
    Loop(Loop),
}

/// One arm of a `match`: its pattern and guard as written, and its body.
#[derive(Clone, Debug)]
pub struct Arm {
    pub pat: syn::Pat,
    pub guard: Option<Box<syn::Expr>>,
    pub body: Block,
}

/// What a loop iterates over; everything here is evaluated as written.
#[derive(Clone, Debug)]
pub enum LoopKind {
    /// `for pat in iter`.
    For {
        pat: Box<syn::Pat>,
        iter: Box<syn::Expr>,
    },
    /// `while cond`.
    While { cond: Box<syn::Expr> },
    /// `loop`.
    Loop,
}

/// A loop of the lowered body. `break` and `continue` have been lowered to flags (plain `bool`
/// locals, set as written and tested by `if`s that skip the rest of the iteration), so every
/// iteration runs to the end of the body and pushes its record.
#[derive(Clone, Debug)]
pub struct Loop {
    pub kind: LoopKind,
    pub body: Block,
    /// Flags that end the loop after the current iteration when set (its own `break`, an outer
    /// loop's `break` or `continue`, an early `return`).
    pub exit_flags: Vec<Ident>,
    /// Its own `continue` flag, reset at the start of every iteration, if it has one.
    pub continue_flag: Option<Ident>,
    /// Its own `break` flag, declared before the loop, if it has one.
    pub break_flag: Option<Ident>,
    pub index: usize,
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
    /// Every generated name lowering used (variable bases, flags): the emitter's names avoid them.
    pub reserved: std::collections::HashSet<String>,
    /// Every identifier the body mentions, as written.
    pub body_identifiers: std::collections::HashSet<String>,
    /// The body calls the function itself (or the attribute says `boxed`, for functions that
    /// call each other): its pullback is boxed, since an `impl FnOnce` cannot contain itself.
    pub recursive: bool,
    /// The functions the attribute declares pure (`pure(f, g)`), which the reverse sweep may
    /// call again on arguments it computes again instead of keeping their results.
    pub pure_calls: std::collections::HashSet<String>,
    /// The parameters that are shared references to slices, arrays or vectors (`&[T]`,
    /// `&[T; N]`, `&Vec<T>`): `&x[a..b]` is a slice of them, which a loop may read through
    /// instead of `x` (`plan/windows.rs`).
    pub slices: std::collections::HashSet<VarId>,
}

impl Function {
    pub fn var(&self, id: VarId) -> &Var {
        &self.vars[id.0]
    }

    pub fn is_active(&self, atom: &Atom) -> bool {
        atom.var().is_some_and(|id| self.var(id).active)
    }
}
