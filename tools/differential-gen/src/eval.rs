//! An interpreter of generated programs that refuses every evaluation a gradient check could
//! not trust.
//!
//! The generator runs each program it grows at its test points here, and keeps a statement only
//! if no step of the run faults: every value finite and at most [`BOUND`] in magnitude; `ln`,
//! `sqrt` and `powf` only of arguments at least [`DOMAIN`]; division and negative powers only by
//! values at least [`DENOMINATOR`] in magnitude; `exp` only up to [`EXP_MAX`]; and `abs`, `max`,
//! `min` and float comparisons only [`MARGIN`] away from their kinks and ties, so that a finite
//! difference step cannot cross one. Arrays follow ndarray's semantics (the interpreter computes
//! with ndarray itself), every element checked the same way.

use ndarray::{Array1, Array2, ArrayD, Axis, Ix1, Ix2, Zip};

use crate::ast::{
    Arg, ArrExpr, AssignOp, BinOp, Binary, CmpOp, Cond, Expr, Function, IntExpr, Loop, Shape, Stmt,
    Ty, Unary,
};

/// The largest magnitude of any value, so that rounding stays far below the test's tolerance.
pub const BOUND: f64 = 100.0;
/// The least distance of `abs`'s argument from 0, of `max`'s and `min`'s arguments from each
/// other and of the two sides of a float comparison.
pub const MARGIN: f64 = 0.05;
/// The least argument of `ln`, `sqrt` and the base of `powf`.
pub const DOMAIN: f64 = 0.2;
/// The least magnitude of a divisor, and of the base of a negative power.
pub const DENOMINATOR: f64 = 0.25;
/// The largest argument of `exp`.
pub const EXP_MAX: f64 = 4.0;
/// The most statements one run may execute.
const STEP_LIMIT: usize = 200_000;

/// A value at run time.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    F(f64),
    U(usize),
    /// A slice or a `Vec`.
    V(Vec<f64>),
    A(ArrayD<f64>),
}

/// Why a run was refused.
#[derive(Clone, Debug, PartialEq)]
pub struct Fault(pub String);

type Run<T> = Result<T, Fault>;

/// Runs `f` (one of `program`, whose functions it may call) on `args`.
pub fn run(program: &[Function], f: &Function, args: Vec<Value>) -> Run<f64> {
    let mut steps = 0;
    call(program, f, args, &mut steps)
}

/// The arguments of `f` at a test point: its float parameters from `floats` (flattened in
/// parameter order), its `usize` parameters from `f.sizes`.
pub fn arguments(f: &Function, floats: &[f64]) -> Vec<Value> {
    let mut offset = 0;
    let mut sizes = f.sizes.iter();
    let mut take = |n: usize| {
        let part = floats[offset..offset + n].to_vec();
        offset += n;
        part
    };
    f.params
        .iter()
        .map(|&p| match f.ty(p) {
            Ty::F64 => Value::F(take(1)[0]),
            Ty::Usize => Value::U(*sizes.next().expect("a size for every usize parameter")),
            Ty::Slice(n) | Ty::Vec(n) => Value::V(take(n)),
            Ty::Arr(shape) => Value::A(array_of(shape, take(shape.len()))),
            Ty::Nested(_) => unreachable!("nested buffers are locals"),
        })
        .collect()
}

/// An array of `shape` from row-major `values`.
fn array_of(shape: Shape, values: Vec<f64>) -> ArrayD<f64> {
    match shape {
        Shape::D1(_) => Array1::from(values).into_dyn(),
        Shape::D2(r, c) => Array2::from_shape_vec((r, c), values)
            .expect("the element count of the shape")
            .into_dyn(),
    }
}

fn call(program: &[Function], f: &Function, args: Vec<Value>, steps: &mut usize) -> Run<f64> {
    let mut frame = Frame {
        program,
        f,
        env: vec![None; f.vars.len()],
        steps,
    };
    for (&param, value) in f.params.iter().zip(args) {
        frame.env[param] = Some(value);
    }
    match frame.block(&f.body)? {
        Flow::Return(value) => Ok(value),
        Flow::Next => frame.expr(&f.result),
        Flow::Break | Flow::Continue | Flow::BreakValue(..) => {
            Err(fault("break or continue outside a loop"))
        }
    }
}

/// How a statement ended.
enum Flow {
    Next,
    Break,
    Continue,
    /// `break value` (`break 'outer value` if labelled) out of a `let r = loop { .. }`.
    BreakValue(bool, Vec<f64>),
    Return(f64),
}

struct Frame<'p, 's> {
    program: &'p [Function],
    f: &'p Function,
    env: Vec<Option<Value>>,
    steps: &'s mut usize,
}

fn fault(why: impl Into<String>) -> Fault {
    Fault(why.into())
}

/// `value` if it is finite and within [`BOUND`].
fn bounded(value: f64) -> Run<f64> {
    if value.is_finite() && value.abs() <= BOUND {
        Ok(value)
    } else {
        Err(fault(format!("value {value} out of bounds")))
    }
}

/// Every element of `array` [`bounded`].
fn bounded_array(array: ArrayD<f64>) -> Run<ArrayD<f64>> {
    array.iter().try_for_each(|&v| bounded(v).map(drop))?;
    Ok(array)
}

fn require(ok: bool, why: &str) -> Run<()> {
    if ok { Ok(()) } else { Err(fault(why)) }
}

/// `a op b` on floats, dividing only by safe divisors.
fn binop(op: BinOp, a: f64, b: f64) -> Run<f64> {
    bounded(match op {
        BinOp::Add => a + b,
        BinOp::Sub => a - b,
        BinOp::Mul => a * b,
        BinOp::Div => {
            require(b.abs() >= DENOMINATOR, "divisor near 0")?;
            a / b
        }
    })
}

/// The method `m` of `x`, in its domain.
fn unary(m: Unary, x: f64) -> Run<f64> {
    bounded(match m {
        Unary::Exp => {
            require(x <= EXP_MAX, "exp too large")?;
            x.exp()
        }
        Unary::Ln => {
            require(x >= DOMAIN, "ln near or below 0")?;
            x.ln()
        }
        Unary::Sqrt => {
            require(x >= DOMAIN, "sqrt near or below 0")?;
            x.sqrt()
        }
        Unary::Sin => x.sin(),
        Unary::Cos => x.cos(),
        Unary::Tanh => x.tanh(),
        Unary::Abs => {
            require(x.abs() >= MARGIN, "abs near its kink")?;
            x.abs()
        }
    })
}

fn powi(x: f64, k: i32) -> Run<f64> {
    require(k >= 0 || x.abs() >= DENOMINATOR, "negative power near 0")?;
    bounded(x.powi(k))
}

fn powf(x: f64, y: f64) -> Run<f64> {
    require(x >= DOMAIN, "powf of a base near or below 0")?;
    bounded(x.powf(y))
}

fn binary(m: Binary, a: f64, b: f64) -> Run<f64> {
    match m {
        Binary::Powf => powf(a, b),
        Binary::Max | Binary::Min => {
            require((a - b).abs() >= MARGIN, "max or min near a tie")?;
            Ok(if m == Binary::Max { a.max(b) } else { a.min(b) })
        }
    }
}

fn compare<T: PartialOrd>(op: CmpOp, a: T, b: T) -> bool {
    match op {
        CmpOp::Lt => a < b,
        CmpOp::Gt => a > b,
        CmpOp::Le => a <= b,
        CmpOp::Ge => a >= b,
        CmpOp::Eq => a == b,
        CmpOp::Ne => a != b,
    }
}

/// `a op b` on arrays with ndarray's broadcasting, elementwise checks as [`binop`].
fn array_binop(op: BinOp, a: &ArrayD<f64>, b: &ArrayD<f64>) -> Run<ArrayD<f64>> {
    if op == BinOp::Div {
        require(
            b.iter().all(|v| v.abs() >= DENOMINATOR),
            "array divisor near 0",
        )?;
    }
    let result = match op {
        BinOp::Add => a + b,
        BinOp::Sub => a - b,
        BinOp::Mul => a * b,
        BinOp::Div => a / b,
    };
    bounded_array(result)
}

/// Elementwise `f` on `x`, each element through the scalar rule (and its checks).
fn map_checked(x: &ArrayD<f64>, f: impl Fn(f64) -> Run<f64>) -> Run<ArrayD<f64>> {
    let mut out = x.clone();
    Zip::from(&mut out)
        .and(x)
        .fold_while(Ok(()), |_, slot, &v| match f(v) {
            Ok(value) => {
                *slot = value;
                ndarray::FoldWhile::Continue(Ok(()))
            }
            Err(e) => ndarray::FoldWhile::Done(Err(e)),
        })
        .into_inner()?;
    Ok(out)
}

/// `x.dot(&y)` for 1-D and 2-D arrays.
fn dot(x: &ArrayD<f64>, y: &ArrayD<f64>) -> Run<ArrayD<f64>> {
    let two = |a: &ArrayD<f64>| a.clone().into_dimensionality::<Ix2>().ok();
    let one = |a: &ArrayD<f64>| a.clone().into_dimensionality::<Ix1>().ok();
    let result = match (x.ndim(), y.ndim()) {
        (1, 1) => ArrayD::from_elem(vec![], one(x).unwrap().dot(&one(y).unwrap())),
        (2, 1) => two(x).unwrap().dot(&one(y).unwrap()).into_dyn(),
        (1, 2) => one(x).unwrap().dot(&two(y).unwrap()).into_dyn(),
        _ => two(x).unwrap().dot(&two(y).unwrap()).into_dyn(),
    };
    bounded_array(result)
}

impl Frame<'_, '_> {
    fn value(&self, var: usize) -> Run<&Value> {
        self.env[var]
            .as_ref()
            .ok_or_else(|| fault(format!("{} read before it is set", self.f.vars[var].name)))
    }

    fn float(&self, var: usize) -> Run<f64> {
        match self.value(var)? {
            Value::F(v) => Ok(*v),
            other => panic!("{} is not a float: {other:?}", self.f.vars[var].name),
        }
    }

    fn int(&self, e: &IntExpr) -> Run<usize> {
        Ok(match e {
            IntExpr::Lit(k) => *k,
            IntExpr::Var(v) => match self.value(*v)? {
                Value::U(k) => *k,
                other => panic!("not an integer: {other:?}"),
            },
            IntExpr::Len(v) => match self.value(*v)? {
                Value::V(values) => values.len(),
                Value::A(array) => array.len(),
                other => panic!("no length: {other:?}"),
            },
            IntExpr::Add(a, k) => self.int(a)? + k,
            IntExpr::Sub(a, k) => self
                .int(a)?
                .checked_sub(*k)
                .ok_or_else(|| fault("index below 0"))?,
            IntExpr::Rem(a, k) => self.int(a)? % k,
            IntExpr::RemLen(a, v) => {
                let len = self.int(&IntExpr::Len(*v))?;
                self.int(a)? % len
            }
            IntExpr::Rows(v) | IntExpr::Cols(v) => match self.value(*v)? {
                Value::A(array) if array.ndim() == 2 => {
                    array.shape()[usize::from(matches!(e, IntExpr::Cols(_)))]
                }
                other => panic!("no rows or columns: {other:?}"),
            },
        })
    }

    fn element(&self, var: usize, index: &[usize]) -> Run<f64> {
        let out_of_bounds = || fault("index out of bounds");
        match self.value(var)? {
            Value::V(values) if index.len() == 1 => {
                values.get(index[0]).copied().ok_or_else(out_of_bounds)
            }
            Value::A(array) if array.ndim() == index.len() => {
                array.get(index).copied().ok_or_else(out_of_bounds)
            }
            other => panic!("cannot index {other:?} by {index:?}"),
        }
    }

    fn expr(&mut self, e: &Expr) -> Run<f64> {
        match e {
            Expr::Lit(v) => Ok(*v),
            Expr::Var(v) => self.float(*v),
            Expr::Elem(v, i) => {
                let i = self.int(i)?;
                self.element(*v, &[i])
            }
            Expr::Elem2(v, i, j) => {
                let (i, j) = (self.int(i)?, self.int(j)?);
                self.element(*v, &[i, j])
            }
            Expr::Nested(v, indices) => {
                let indices = indices
                    .iter()
                    .map(|i| self.int(i))
                    .collect::<Run<Vec<_>>>()?;
                self.element(*v, &indices)
            }
            Expr::Cast(i) => Ok(self.int(i)? as f64),
            Expr::Bin(op, a, b) => {
                let a = self.expr(a)?;
                binop(*op, a, self.expr(b)?)
            }
            Expr::Neg(a) => Ok(-self.expr(a)?),
            Expr::Unary(m, _, a) => unary(*m, self.expr(a)?),
            Expr::Powi(a, k) => powi(self.expr(a)?, *k),
            Expr::Binary(m, a, b) => {
                let a = self.expr(a)?;
                binary(*m, a, self.expr(b)?)
            }
            Expr::Call(index, _, args) => self.call(*index, args),
            Expr::If(cond, then, other) => {
                if self.cond(cond)? {
                    self.expr(then)
                } else {
                    self.expr(other)
                }
            }
            Expr::Match(scrutinee, arms) => {
                let k = self.int(scrutinee)?;
                self.expr(&arms[k.min(arms.len() - 1)])
            }
            Expr::Block(var, init, body) => {
                let value = self.expr(init)?;
                self.env[*var] = Some(Value::F(value));
                self.expr(body)
            }
            Expr::Sum(a) => bounded(self.arr(a)?.sum()),
            Expr::Mean(a) => {
                let a = self.arr(a)?;
                bounded(a.mean().expect("arrays are not empty"))
            }
            Expr::Dot(a, b) => {
                let a = self.arr(a)?;
                let product = dot(&a, &self.arr(b)?)?;
                Ok(product.into_iter().next().expect("a 0-D array"))
            }
        }
    }

    fn call(&mut self, index: usize, args: &[Arg]) -> Run<f64> {
        let values = args
            .iter()
            .map(|arg| match arg {
                Arg::Float(e) => self.expr(e).map(Value::F),
                Arg::Slice(v) => self.value(*v).cloned(),
            })
            .collect::<Run<Vec<_>>>()?;
        let callee = &self.program[index];
        bounded(call(self.program, callee, values, self.steps)?)
    }

    fn arr(&mut self, e: &ArrExpr) -> Run<ArrayD<f64>> {
        match e {
            ArrExpr::Var(v) => match self.value(*v)? {
                Value::A(array) => Ok(array.clone()),
                other => panic!("not an array: {other:?}"),
            },
            ArrExpr::T(v) => match self.value(*v)? {
                Value::A(array) => Ok(array.t().to_owned()),
                other => panic!("not an array: {other:?}"),
            },
            ArrExpr::Bin(op, a, b) => {
                let a = self.arr(a)?;
                array_binop(*op, &a, &self.arr(b)?)
            }
            ArrExpr::ScalarRight(op, a, s) => {
                let a = self.arr(a)?;
                let s = ArrayD::from_elem(vec![], self.expr(s)?);
                array_binop(*op, &a, &s)
            }
            ArrExpr::ScalarLeft(op, s, a) => {
                let s = ArrayD::from_elem(vec![], self.expr(s)?);
                array_binop(*op, &s, &self.arr(a)?)
            }
            ArrExpr::Unary(m, a) => map_checked(&self.arr(a)?, |v| unary(*m, v)),
            ArrExpr::Powi(a, k) => map_checked(&self.arr(a)?, |v| powi(v, *k)),
            ArrExpr::Powf(a, p) => map_checked(&self.arr(a)?, |v| powf(v, *p)),
            ArrExpr::Dot(a, b) => {
                let a = self.arr(a)?;
                dot(&a, &self.arr(b)?)
            }
            ArrExpr::SumAxis(a, axis) => bounded_array(self.arr(a)?.sum_axis(Axis(*axis))),
            ArrExpr::MeanAxis(a, axis) => bounded_array(
                self.arr(a)?
                    .mean_axis(Axis(*axis))
                    .expect("arrays are not empty"),
            ),
        }
    }

    fn cond(&mut self, c: &Cond) -> Run<bool> {
        match c {
            Cond::Float(op, a, b) => {
                let (a, b) = (self.expr(a)?, self.expr(b)?);
                require((a - b).abs() >= MARGIN, "float comparison near a tie")?;
                Ok(compare(*op, a, b))
            }
            Cond::Int(op, a, b) => Ok(compare(*op, self.int(a)?, self.int(b)?)),
        }
    }

    fn block(&mut self, stmts: &[Stmt]) -> Run<Flow> {
        for stmt in stmts {
            match self.stmt(stmt)? {
                Flow::Next => {}
                other => return Ok(other),
            }
        }
        Ok(Flow::Next)
    }

    fn assign(&self, current: f64, op: AssignOp, value: f64) -> Run<f64> {
        match op {
            AssignOp::Set => Ok(value),
            AssignOp::Add => binop(BinOp::Add, current, value),
            AssignOp::Sub => binop(BinOp::Sub, current, value),
            AssignOp::Mul => binop(BinOp::Mul, current, value),
            AssignOp::Div => binop(BinOp::Div, current, value),
        }
    }

    fn set_element(&mut self, var: usize, index: &[usize], op: AssignOp, value: f64) -> Run<()> {
        let current = self.element(var, index)?;
        let new = self.assign(current, op, value)?;
        match self.env[var].as_mut() {
            Some(Value::V(values)) => values[index[0]] = new,
            Some(Value::A(array)) => array[index] = new,
            other => panic!("cannot write into {other:?}"),
        }
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt) -> Run<Flow> {
        *self.steps += 1;
        require(*self.steps <= STEP_LIMIT, "too many steps")?;
        match s {
            Stmt::Let { var, init, .. } => {
                let value = self.expr(init)?;
                self.env[*var] = Some(Value::F(value));
            }
            Stmt::LetPair(a, b, x, y) => {
                let (x, y) = (self.expr(x)?, self.expr(y)?);
                self.env[*a] = Some(Value::F(x));
                self.env[*b] = Some(Value::F(y));
            }
            Stmt::LetArr(var, e) => {
                let value = self.arr(e)?;
                self.env[*var] = Some(Value::A(value));
            }
            Stmt::LetVec(var, len) => {
                let len = self.int(len)?;
                self.env[*var] = Some(Value::V(vec![0.0; len]));
            }
            Stmt::LetZeros(var, shape) => {
                self.env[*var] = Some(Value::A(array_of(*shape, vec![0.0; shape.len()])));
            }
            Stmt::LetCounter(var) => self.env[*var] = Some(Value::U(0)),
            Stmt::Assign(var, op, e) => {
                let value = self.expr(e)?;
                let new = self.assign(self.float(*var)?, *op, value)?;
                self.env[*var] = Some(Value::F(new));
            }
            Stmt::SetElem(var, i, op, e) => {
                let value = self.expr(e)?;
                let i = self.int(i)?;
                self.set_element(*var, &[i], *op, value)?;
            }
            Stmt::SetElem2(var, i, j, e) => {
                let value = self.expr(e)?;
                let (i, j) = (self.int(i)?, self.int(j)?);
                self.set_element(*var, &[i, j], AssignOp::Set, value)?;
            }
            Stmt::LetNested(var, lens) => {
                let lens = lens.iter().map(|l| self.int(l)).collect::<Run<Vec<_>>>()?;
                self.env[*var] = Some(Value::A(ArrayD::zeros(lens)));
            }
            Stmt::SetNested(var, indices, op, e) => {
                let value = self.expr(e)?;
                let indices = indices
                    .iter()
                    .map(|i| self.int(i))
                    .collect::<Run<Vec<_>>>()?;
                self.set_element(*var, &indices, *op, value)?;
            }
            Stmt::LetLoop {
                vars,
                counter,
                bound,
                body,
                value,
                ..
            } => {
                let values = loop {
                    match self.block(body)? {
                        Flow::Next => {}
                        Flow::BreakValue(_, values) => break values,
                        Flow::Return(value) => return Ok(Flow::Return(value)),
                        Flow::Break | Flow::Continue => {
                            panic!("a plain break or continue in a loop with a value")
                        }
                    }
                    let k = self.int(&IntExpr::Var(*counter))? + 1;
                    self.env[*counter] = Some(Value::U(k));
                    if k == self.int(bound)? {
                        break value
                            .iter()
                            .map(|e| self.expr(e))
                            .collect::<Run<Vec<_>>>()?;
                    }
                };
                for (var, value) in vars.iter().zip(values) {
                    self.env[*var] = Some(Value::F(value));
                }
            }
            Stmt::BreakValue(labelled, values) => {
                let values = values
                    .iter()
                    .map(|e| self.expr(e))
                    .collect::<Run<Vec<_>>>()?;
                return Ok(Flow::BreakValue(*labelled, values));
            }
            Stmt::If(cond, then, other) => {
                if self.cond(cond)? {
                    return self.block(then);
                } else if let Some(other) = other {
                    return self.block(other);
                }
            }
            Stmt::For(kind, body) => return self.for_loop(kind, body),
            Stmt::While(counter, bound, body) | Stmt::LoopBreak(counter, bound, body) => {
                loop {
                    let k = self.int(&IntExpr::Var(*counter))?;
                    if k >= self.int(bound)? {
                        break;
                    }
                    match self.block(body)? {
                        Flow::Break => break,
                        Flow::Return(value) => return Ok(Flow::Return(value)),
                        Flow::BreakValue(labelled, values) => {
                            assert!(labelled, "an unlabelled break value in a while loop");
                            return Ok(Flow::BreakValue(labelled, values));
                        }
                        // As in Rust: the increment at the end of the body is skipped.
                        Flow::Continue => continue,
                        Flow::Next => {}
                    }
                    self.env[*counter] = Some(Value::U(k + 1));
                }
            }
            Stmt::Return(e) => return Ok(Flow::Return(self.expr(e)?)),
            Stmt::Continue => return Ok(Flow::Continue),
            Stmt::Break => return Ok(Flow::Break),
        }
        Ok(Flow::Next)
    }

    /// The values each iteration binds, in order.
    fn iterations(&self, kind: &Loop) -> Run<Vec<Vec<(usize, Value)>>> {
        let elements = |seq: usize| -> Run<Vec<f64>> {
            match self.value(seq)? {
                Value::V(values) => Ok(values.clone()),
                other => panic!("not a sequence: {other:?}"),
            }
        };
        Ok(match kind {
            Loop::Range {
                index,
                lo,
                hi,
                rev,
                step,
            } => {
                let mut indices: Vec<usize> = (self.int(lo)?..self.int(hi)?).collect();
                if *rev {
                    indices.reverse();
                }
                indices
                    .into_iter()
                    .step_by(step.unwrap_or(1))
                    .map(|i| vec![(*index, Value::U(i))])
                    .collect()
            }
            Loop::Elements { elem, seq, .. } => elements(*seq)?
                .into_iter()
                .map(|x| vec![(*elem, Value::F(x))])
                .collect(),
            Loop::Enumerate { index, elem, seq } => elements(*seq)?
                .into_iter()
                .enumerate()
                .map(|(i, x)| vec![(*index, Value::U(i)), (*elem, Value::F(x))])
                .collect(),
            Loop::Zip {
                left,
                right,
                left_seq,
                right_seq,
            } => elements(*left_seq)?
                .into_iter()
                .zip(elements(*right_seq)?)
                .map(|(x, y)| vec![(*left, Value::F(x)), (*right, Value::F(y))])
                .collect(),
        })
    }

    fn for_loop(&mut self, kind: &Loop, body: &[Stmt]) -> Run<Flow> {
        for bindings in self.iterations(kind)? {
            for (var, value) in bindings {
                self.env[var] = Some(value);
            }
            match self.block(body)? {
                Flow::Break => break,
                Flow::Return(value) => return Ok(Flow::Return(value)),
                Flow::BreakValue(labelled, values) => {
                    assert!(labelled, "an unlabelled break value in a for loop");
                    return Ok(Flow::BreakValue(labelled, values));
                }
                Flow::Next | Flow::Continue => {}
            }
        }
        Ok(Flow::Next)
    }
}
