//! The programs the generator writes, as a small typed syntax tree: just the Rust that
//! `#[grad::differentiate]` documents (README, "What works today"), each node one construct.
//!
//! The same tree is run by `eval` (to keep every generated program inside its functions'
//! domains and away from their kinks) and printed by `emit` (as Rust). Variables are indices
//! into their function's [`Function::vars`]; names are only for printing.

/// The index of a variable in its function's [`Function::vars`].
pub type VarId = usize;

/// The shape of an ndarray array.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// An `Array1` of this length.
    D1(usize),
    /// An `Array2` of these rows and columns.
    D2(usize, usize),
}

impl Shape {
    /// The number of elements.
    pub fn len(self) -> usize {
        match self {
            Shape::D1(n) => n,
            Shape::D2(r, c) => r * c,
        }
    }

    /// The shape of the transpose (a 1-D shape is its own).
    pub fn transposed(self) -> Shape {
        match self {
            Shape::D2(r, c) => Shape::D2(c, r),
            one => one,
        }
    }
}

/// The type of a variable.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ty {
    /// `f64`.
    F64,
    /// `usize`: a parameter (`n`), a loop index or a loop counter; never differentiated.
    Usize,
    /// A `&[f64]` parameter of this length at the test points.
    Slice(usize),
    /// A local `Vec<f64>` buffer (`vec![0.0; len]`).
    Vec(usize),
    /// An ndarray array: a parameter `&Array1<f64>`/`&Array2<f64>` or an owned local.
    Arr(Shape),
    /// A local `Vec` of containers, written and read an element of an element at a time
    /// (`g[i][j]`, `c[i][j][k]`).
    Nested(Nested),
}

/// The type and sizes of a local `Vec` of containers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Nested {
    /// `vec![vec![0.0; cols]; rows]`: a `Vec<Vec<f64>>`.
    Vecs(usize, usize),
    /// `vec![[0.0; cols]; rows]`: a `Vec<[f64; cols]>`.
    Arrays(usize, usize),
    /// `vec![vec![vec![0.0; c]; b]; a]`: a `Vec<Vec<Vec<f64>>>`.
    Cube(usize, usize, usize),
}

impl Nested {
    /// The length of each level, outermost first.
    pub fn dims(self) -> Vec<usize> {
        match self {
            Nested::Vecs(r, c) | Nested::Arrays(r, c) => vec![r, c],
            Nested::Cube(a, b, c) => vec![a, b, c],
        }
    }
}

/// A variable of a generated function.
#[derive(Clone, Debug)]
pub struct Var {
    pub name: String,
    pub ty: Ty,
    /// A reference: an array parameter (`a`, not `&a`, as an operand), or a loop element
    /// bound by `for xi in xs.iter()` (read as `*xi`).
    pub by_ref: bool,
}

/// `+ - * /`, between floats or arrays.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
}

/// A float method of one argument, as `x.exp()` or `f64::exp(x)`; elementwise on arrays.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unary {
    Exp,
    Ln,
    Sqrt,
    Sin,
    Cos,
    Tanh,
    Abs,
}

impl Unary {
    /// Every method, for drawing one.
    pub const ALL: [Unary; 7] = [
        Unary::Exp,
        Unary::Ln,
        Unary::Sqrt,
        Unary::Sin,
        Unary::Cos,
        Unary::Tanh,
        Unary::Abs,
    ];

    /// The method's name in Rust.
    pub fn name(self) -> &'static str {
        match self {
            Unary::Exp => "exp",
            Unary::Ln => "ln",
            Unary::Sqrt => "sqrt",
            Unary::Sin => "sin",
            Unary::Cos => "cos",
            Unary::Tanh => "tanh",
            Unary::Abs => "abs",
        }
    }
}

/// A float method of two floats: `x.powf(y)`, `x.max(y)`, `x.min(y)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Binary {
    Powf,
    Max,
    Min,
}

impl Binary {
    /// The method's name in Rust.
    pub fn name(self) -> &'static str {
        match self {
            Binary::Powf => "powf",
            Binary::Max => "max",
            Binary::Min => "min",
        }
    }
}

/// A comparison.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Lt,
    Gt,
    Le,
    Ge,
    Eq,
    Ne,
}

/// How a call's function is named: `h3(..)` or `self::h3(..)` (a path).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CallStyle {
    Name,
    Path,
}

/// How a float method is written: `x.exp()` or `f64::exp(x)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MethodStyle {
    Method,
    Path,
}

/// An integer (`usize`) expression: indices, bounds, the scrutinees of constant branches.
#[derive(Clone, Debug, PartialEq)]
pub enum IntExpr {
    Lit(usize),
    Var(VarId),
    /// `xs.len()` of a slice or buffer.
    Len(VarId),
    Add(Box<IntExpr>, usize),
    Sub(Box<IntExpr>, usize),
    Rem(Box<IntExpr>, usize),
    /// `i % xs.len()`: an index valid for `xs` whatever `i` is.
    RemLen(Box<IntExpr>, VarId),
    /// `a.nrows()` of a 2-D array.
    Rows(VarId),
    /// `a.ncols()` of a 2-D array.
    Cols(VarId),
}

/// A branch condition.
#[derive(Clone, Debug, PartialEq)]
pub enum Cond {
    /// A comparison of two floats (differentiated values): the branch taken depends on the
    /// point, and the generator keeps the two sides apart at every test point.
    Float(CmpOp, Expr, Expr),
    /// A comparison of integers: a constant of the reverse sweep.
    Int(CmpOp, IntExpr, IntExpr),
}

/// An argument of a call to another generated function.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    Float(Expr),
    /// A slice parameter (`xs`) or a local buffer (`&v`).
    Slice(VarId),
}

/// A float-valued expression.
#[derive(Clone, Debug, PartialEq)]
pub enum Expr {
    Lit(f64),
    Var(VarId),
    /// `xs[i]`, `v[i]`, `u[i]`: an element of a slice, buffer or 1-D array.
    Elem(VarId, IntExpr),
    /// `a[[i, j]]`: an element of a 2-D array.
    Elem2(VarId, IntExpr, IntExpr),
    /// `g[i][j]`, `c[i][j][k]`: an element of an element of a local `Vec` of containers, an
    /// index per level.
    Nested(VarId, Vec<IntExpr>),
    /// `(i as f64)`: a constant.
    Cast(IntExpr),
    Bin(BinOp, Box<Expr>, Box<Expr>),
    Neg(Box<Expr>),
    Unary(Unary, MethodStyle, Box<Expr>),
    Powi(Box<Expr>, i32),
    Binary(Binary, Box<Expr>, Box<Expr>),
    /// A call of the generated function with this index in the program.
    Call(usize, CallStyle, Vec<Arg>),
    If(Box<Cond>, Box<Expr>, Box<Expr>),
    /// `match scrutinee { 0 => arms[0], 1 => arms[1], .., _ => last }`.
    Match(IntExpr, Vec<Expr>),
    /// `{ let var = init; body }`.
    Block(VarId, Box<Expr>, Box<Expr>),
    /// `x.sum()`.
    Sum(Box<ArrExpr>),
    /// `x.mean().unwrap()`.
    Mean(Box<ArrExpr>),
    /// `x.dot(&y)` of two 1-D arrays.
    Dot(Box<ArrExpr>, Box<ArrExpr>),
}

/// An array-valued expression (an owned array, or a reference to a parameter or local).
#[derive(Clone, Debug, PartialEq)]
pub enum ArrExpr {
    Var(VarId),
    /// `x.t()` of a 2-D array variable.
    T(VarId),
    /// Elementwise, broadcasting the smaller shape.
    Bin(BinOp, Box<ArrExpr>, Box<ArrExpr>),
    /// `x op s`.
    ScalarRight(BinOp, Box<ArrExpr>, Expr),
    /// `s op x`.
    ScalarLeft(BinOp, Expr, Box<ArrExpr>),
    Unary(Unary, Box<ArrExpr>),
    Powi(Box<ArrExpr>, i32),
    Powf(Box<ArrExpr>, f64),
    /// Matrix-vector or matrix-matrix `x.dot(&y)`.
    Dot(Box<ArrExpr>, Box<ArrExpr>),
    /// `x.sum_axis(Axis(k))`.
    SumAxis(Box<ArrExpr>, usize),
    /// `x.mean_axis(Axis(k)).unwrap()`.
    MeanAxis(Box<ArrExpr>, usize),
}

/// `=`, `+=`, `-=`, `*=`, `/=`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AssignOp {
    Set,
    Add,
    Sub,
    Mul,
    Div,
}

/// What a `for` loop iterates over.
#[derive(Clone, Debug, PartialEq)]
pub enum Loop {
    /// `for i in lo..hi`, `(lo..hi).rev()`, `(lo..hi).step_by(k)`.
    Range {
        index: VarId,
        lo: IntExpr,
        hi: IntExpr,
        rev: bool,
        step: Option<usize>,
    },
    /// `for &x in xs.iter()`, `for x in xs.iter()` (read `*x`), or `for x in xs` (a parameter).
    Elements {
        elem: VarId,
        seq: VarId,
        style: ElementStyle,
    },
    /// `for (i, &x) in xs.iter().enumerate()`.
    Enumerate {
        index: VarId,
        elem: VarId,
        seq: VarId,
    },
    /// `for (&x, &y) in xs.iter().zip(ys.iter())`.
    Zip {
        left: VarId,
        right: VarId,
        left_seq: VarId,
        right_seq: VarId,
    },
}

/// How the elements of a slice are bound by a `for` loop.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ElementStyle {
    /// `for &x in xs.iter()`.
    RefPattern,
    /// `for x in xs.iter()`, read as `*x`.
    Iter,
    /// `for x in xs`, `xs` a `&[f64]` parameter, read as `*x`.
    Direct,
    /// `for x in &v`, `v` a local `Vec`, read as `*x`.
    Borrow,
}

/// A statement.
#[derive(Clone, Debug, PartialEq)]
pub enum Stmt {
    /// `let var = init;` or `let mut var = init;`, with `: f64` if `annotate`.
    Let {
        var: VarId,
        mutable: bool,
        annotate: bool,
        init: Expr,
    },
    /// `let (a, b) = (x, y);`
    LetPair(VarId, VarId, Expr, Expr),
    /// `let m = x;` of an array.
    LetArr(VarId, ArrExpr),
    /// `let mut v = vec![0.0_f64; len];`
    LetVec(VarId, IntExpr),
    /// `let mut z: Array1<f64> = Array1::zeros(n);` or `Array2::zeros((r, c))`.
    LetZeros(VarId, Shape),
    /// `let mut k = 0;` (a loop counter).
    LetCounter(VarId),
    /// `s op= value;`
    Assign(VarId, AssignOp, Expr),
    /// `v[i] op= value;` (a buffer or 1-D array).
    SetElem(VarId, IntExpr, AssignOp, Expr),
    /// `z[[i, j]] = value;`
    SetElem2(VarId, IntExpr, IntExpr, Expr),
    /// `let mut g = vec![vec![0.0_f64; c]; r];` (or the other [`Nested`] forms), the length of
    /// each level outermost first (the last a literal for [`Nested::Arrays`]).
    LetNested(VarId, Vec<IntExpr>),
    /// `g[i][j] op= value;`, an index per level.
    SetNested(VarId, Vec<IntExpr>, AssignOp, Expr),
    If(Cond, Vec<Stmt>, Option<Vec<Stmt>>),
    For(Loop, Vec<Stmt>),
    /// `while k < bound { body; k += 1; }`.
    While(VarId, IntExpr, Vec<Stmt>),
    /// `loop { if k >= bound { break; } body; k += 1; }`.
    LoopBreak(VarId, IntExpr, Vec<Stmt>),
    /// `let r = loop { body; k += 1; if k == bound { break value; } };` with a counter `k`
    /// (declared before, by [`Stmt::LetCounter`]), so that it always ends; `'outer: loop` if
    /// `labelled`, and `let (r, q) = loop { .. break (a, b); }` of two variables. The body
    /// may leave earlier by [`Stmt::BreakValue`].
    LetLoop {
        vars: Vec<VarId>,
        counter: VarId,
        bound: IntExpr,
        labelled: bool,
        body: Vec<Stmt>,
        value: Vec<Expr>,
    },
    /// `break value;` out of the enclosing [`Stmt::LetLoop`], or `break 'outer value;` (out of
    /// an inner loop too) if labelled; a value per variable of the loop.
    BreakValue(bool, Vec<Expr>),
    Return(Expr),
    Continue,
    Break,
}

/// What a generated function is for, which decides what it may contain.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Floats (and perhaps one slice) in, called by later functions.
    Helper,
    /// Floats, slices and a `usize`: straight-line code, branches, loops, buffers, calls.
    Scalar,
    /// ndarray arrays and floats: broadcasting, reductions, `dot`, elementwise methods, element
    /// reads and writes in loops.
    Array,
}

/// A generated function, with the points its test checks it at.
#[derive(Clone, Debug)]
pub struct Function {
    pub name: String,
    pub kind: Kind,
    pub vars: Vec<Var>,
    pub params: Vec<VarId>,
    pub body: Vec<Stmt>,
    pub result: Expr,
    /// The value of each `usize` parameter, the same at every point.
    pub sizes: Vec<usize>,
    /// The test points: the values of the float parameters, flattened in parameter order.
    pub points: Vec<Vec<f64>>,
}

impl Function {
    /// The type of `var`.
    pub fn ty(&self, var: VarId) -> Ty {
        self.vars[var].ty
    }

    /// The parameters that are differentiated: every one but the `usize`s.
    pub fn differentiated(&self) -> impl Iterator<Item = VarId> + '_ {
        self.params
            .iter()
            .copied()
            .filter(|&p| self.ty(p) != Ty::Usize)
    }

    /// The number of floats in a test point.
    pub fn point_len(&self) -> usize {
        self.differentiated().map(|p| float_len(self.ty(p))).sum()
    }
}

/// The number of floats a parameter of type `ty` holds.
pub fn float_len(ty: Ty) -> usize {
    match ty {
        Ty::F64 => 1,
        Ty::Usize => 0,
        Ty::Slice(n) | Ty::Vec(n) => n,
        Ty::Arr(shape) => shape.len(),
        Ty::Nested(nested) => nested.dims().iter().product(),
    }
}
