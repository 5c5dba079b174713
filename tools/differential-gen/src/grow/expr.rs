//! Random expressions: floats (any construct of `ast::Expr`), arrays of a requested shape,
//! integer indices that stay in bounds where the grower can tell, and branch conditions.
//!
//! Every float expression returned is *typed*: it mentions something of type `f64`, so rustc
//! never has to call a method on a bare `{float}` literal (E0689).

use rand::seq::IndexedRandom;

use super::Grower;
use crate::ast::{
    Arg, ArrExpr, BinOp, Binary, CallStyle, CmpOp, Cond, Expr, IntExpr, Kind, MethodStyle, Shape,
    Ty, Unary, VarId,
};
use crate::reads::expr_vars;

/// The literals expressions use (no 0 or 1, which make operations vanish).
const LITERALS: [f64; 8] = [0.5, 1.5, 2.0, 0.25, 3.0, 0.75, 1.25, 0.1];

/// Whether `e` certainly has type `f64` (see the module's doc).
pub fn typed(e: &Expr) -> bool {
    match e {
        Expr::Lit(_) => false,
        Expr::Bin(_, a, b) => typed(a) || typed(b),
        Expr::Neg(a) => typed(a),
        Expr::If(_, a, b) => typed(a) || typed(b),
        Expr::Match(_, arms) => arms.iter().any(typed),
        Expr::Block(_, _, body) => typed(body),
        _ => true,
    }
}

fn op(rng: &mut super::Rng) -> BinOp {
    *[
        BinOp::Add,
        BinOp::Sub,
        BinOp::Mul,
        BinOp::Div,
        BinOp::Add,
        BinOp::Mul,
    ]
    .choose(rng)
    .expect("not empty")
}

impl Grower<'_> {
    /// The visible variables of type `ty` (by a predicate).
    pub(super) fn visible(&self, keep: impl Fn(Ty) -> bool) -> Vec<VarId> {
        self.scope
            .iter()
            .copied()
            .filter(|&v| keep(self.f.ty(v)))
            .collect()
    }

    fn pick(&mut self, vars: &[VarId]) -> Option<VarId> {
        vars.choose(self.rng).copied()
    }

    pub(super) fn literal(&mut self) -> Expr {
        Expr::Lit(*LITERALS.choose(self.rng).expect("not empty"))
    }

    /// The static length of a sequence (slice, buffer, 1-D array).
    fn static_len(&self, seq: VarId) -> usize {
        match self.f.ty(seq) {
            Ty::Slice(n) | Ty::Vec(n) | Ty::Arr(Shape::D1(n)) => n,
            other => panic!("not a sequence: {other:?}"),
        }
    }

    /// An index into a dimension of static length `len` of `seq` (`None` for an array's
    /// rows or columns): an enclosing loop's index if its bound fits (shifted by a constant
    /// the length leaves room for, `xs[i + 2]`, which the macro reads through a window), the
    /// index modulo the length, or a literal.
    pub(super) fn index(&mut self, len: usize, seq: Option<VarId>) -> IntExpr {
        let fitting: Vec<(VarId, usize)> = self
            .loops
            .iter()
            .filter(|frame| frame.bound <= len)
            .filter_map(|frame| frame.index.map(|index| (index, frame.bound)))
            .collect();
        let any: Vec<VarId> = self.loops.iter().filter_map(|frame| frame.index).collect();
        if let Some(&(i, bound)) = fitting.choose(self.rng).filter(|_| self.chance(0.8)) {
            let room = len - bound;
            // `xs[i - 1]` holds in loops from 1; elsewhere the run refuses it.
            return if self.chance(0.1) {
                IntExpr::Sub(Box::new(IntExpr::Var(i)), 1)
            } else if room > 0 && self.chance(0.4) {
                IntExpr::Add(Box::new(IntExpr::Var(i)), 1 + self.below(room))
            } else {
                IntExpr::Var(i)
            };
        }
        if let Some(i) = self.pick(&any).filter(|_| self.chance(0.6)) {
            let i = if self.chance(0.3) {
                IntExpr::Add(Box::new(IntExpr::Var(i)), 1)
            } else {
                IntExpr::Var(i)
            };
            return match seq {
                Some(seq) if !matches!(self.f.ty(seq), Ty::Arr(_)) => {
                    IntExpr::RemLen(Box::new(i), seq)
                }
                _ => IntExpr::Rem(Box::new(i), len),
            };
        }
        IntExpr::Lit(self.below(len))
    }

    /// An element of a visible sequence or array, if there is one.
    fn element(&mut self) -> Option<Expr> {
        let nested = self.visible(|ty| matches!(ty, Ty::Nested(_)));
        if !nested.is_empty() && self.chance(0.4) {
            let g = self.pick(&nested)?;
            let Ty::Nested(shape) = self.f.ty(g) else {
                unreachable!("a nested buffer")
            };
            let indices = shape
                .dims()
                .into_iter()
                .map(|len| self.index(len, None))
                .collect();
            return Some(Expr::Nested(g, indices));
        }
        let seqs =
            self.visible(|ty| matches!(ty, Ty::Slice(_) | Ty::Vec(_) | Ty::Arr(Shape::D1(_))));
        let matrices = self.visible(|ty| matches!(ty, Ty::Arr(Shape::D2(..))));
        if !matrices.is_empty() && (seqs.is_empty() || self.chance(0.5)) {
            let m = self.pick(&matrices)?;
            let Ty::Arr(Shape::D2(rows, cols)) = self.f.ty(m) else {
                unreachable!("a matrix")
            };
            let (i, j) = (self.index(rows, None), self.index(cols, None));
            return Some(Expr::Elem2(m, i, j));
        }
        let seq = self.pick(&seqs)?;
        let len = self.static_len(seq);
        Some(Expr::Elem(seq, self.index(len, Some(seq))))
    }

    /// A variable or element of type `f64`.
    pub(super) fn typed_leaf(&mut self) -> Expr {
        let floats = self.visible(|ty| ty == Ty::F64);
        match self.pick(&floats) {
            Some(v) if floats.len() > 1 || self.chance(0.7) => Expr::Var(v),
            found => self
                .element()
                .or(found.map(Expr::Var))
                .expect("every function has a float or a sequence"),
        }
    }

    fn leaf(&mut self) -> Expr {
        match self.below(10) {
            0 | 1 => self.literal(),
            2..=4 => self.element().unwrap_or_else(|| self.typed_leaf()),
            _ => self.typed_leaf(),
        }
    }

    /// A typed float expression of at most `depth` levels.
    pub(super) fn expr(&mut self, depth: u32) -> Expr {
        for _ in 0..8 {
            let e = self.expr_once(depth);
            if typed(&e) {
                return e;
            }
        }
        self.typed_leaf()
    }

    fn expr_once(&mut self, depth: u32) -> Expr {
        if depth == 0 || self.chance(0.25) {
            return self.leaf();
        }
        let d = depth - 1;
        match self.below(26) {
            0..=6 => {
                let (a, b) = (self.expr_once(d), self.expr_once(d));
                let b = if typed(&a) || typed(&b) {
                    b
                } else {
                    self.typed_leaf()
                };
                Expr::Bin(op(self.rng), Box::new(a), Box::new(b))
            }
            7 => Expr::Neg(Box::new(self.expr(d))),
            8..=11 => {
                let method = *Unary::ALL.choose(self.rng).expect("not empty");
                let style = if self.chance(0.2) {
                    MethodStyle::Path
                } else {
                    MethodStyle::Method
                };
                Expr::Unary(method, style, Box::new(self.expr(d)))
            }
            12 => {
                let k = *[2, 3, -1, -2].choose(self.rng).expect("not empty");
                Expr::Powi(Box::new(self.expr(d)), k)
            }
            13 | 14 => self.binary_method(d),
            15 | 16 => self.call(d).unwrap_or_else(|| self.expr_once(d)),
            17 => {
                let c = self.cond(d);
                Expr::If(
                    Box::new(c),
                    Box::new(self.expr_once(d)),
                    Box::new(self.expr_once(d)),
                )
            }
            18 => self.match_expr(d).unwrap_or_else(|| self.expr_once(d)),
            19 => self.block_expr(d),
            20 => self.cast_term(d).unwrap_or_else(|| self.expr_once(d)),
            _ => self.reduction(d).unwrap_or_else(|| self.expr_once(d)),
        }
    }

    fn binary_method(&mut self, d: u32) -> Expr {
        let receiver = Box::new(self.expr(d));
        match self.below(3) {
            0 => {
                let exponent = if self.chance(0.6) {
                    Expr::Lit(*[0.5, 1.5, 2.5, -0.5].choose(self.rng).expect("not empty"))
                } else {
                    self.expr(d)
                };
                Expr::Binary(Binary::Powf, receiver, Box::new(exponent))
            }
            k => {
                let method = if k == 1 { Binary::Max } else { Binary::Min };
                Expr::Binary(method, receiver, Box::new(self.expr_once(d)))
            }
        }
    }

    /// A call of a helper (of an earlier one, inside a helper).
    fn call(&mut self, d: u32) -> Option<Expr> {
        let helpers: Vec<usize> = (0..self.program.len())
            .filter(|&k| self.program[k].kind == Kind::Helper)
            .collect();
        let callee = self.pick(&helpers)?;
        let seqs = self.visible(|ty| matches!(ty, Ty::Slice(_) | Ty::Vec(_)));
        let mut args = Vec::new();
        for &param in &self.program[callee].params {
            args.push(match self.program[callee].ty(param) {
                Ty::F64 => Arg::Float(self.expr(d)),
                _ => Arg::Slice(self.pick(&seqs)?),
            });
        }
        let style = if self.chance(0.2) {
            CallStyle::Path
        } else {
            CallStyle::Name
        };
        Some(Expr::Call(callee, style, args))
    }

    /// The visible integers: loop indices, counters, `usize` parameters.
    fn ints(&self) -> Vec<VarId> {
        self.visible(|ty| ty == Ty::Usize)
    }

    fn match_expr(&mut self, d: u32) -> Option<Expr> {
        let i = self.pick(&self.ints())?;
        let arms = 2 + self.below(2);
        let scrutinee = IntExpr::Rem(Box::new(IntExpr::Var(i)), arms);
        Some(Expr::Match(
            scrutinee,
            (0..arms).map(|_| self.expr_once(d)).collect(),
        ))
    }

    /// `{ let r = init; body }`, the body reading `r`.
    fn block_expr(&mut self, d: u32) -> Expr {
        let init = self.expr(d);
        let mark = self.scope.len();
        let name = self.fresh("r");
        let var = self.declare(name, Ty::F64, false);
        let mut body = self.expr(d);
        if !expr_vars(&body).contains(&var) {
            body = Expr::Bin(op(self.rng), Box::new(Expr::Var(var)), Box::new(body));
        }
        self.close(mark);
        Expr::Block(var, Box::new(init), Box::new(body))
    }

    /// `(i as f64) * e` or `e + (i as f64)`: the only place a cast is written.
    fn cast_term(&mut self, d: u32) -> Option<Expr> {
        let i = self.pick(&self.ints())?;
        let cast = Box::new(Expr::Cast(if self.chance(0.5) {
            IntExpr::Add(Box::new(IntExpr::Var(i)), 1)
        } else {
            IntExpr::Var(i)
        }));
        let e = Box::new(self.expr(d));
        Some(if self.chance(0.5) {
            Expr::Bin(BinOp::Mul, cast, e)
        } else {
            Expr::Bin(BinOp::Add, e, cast)
        })
    }

    /// The shapes arrays of this function can have.
    fn shapes(&self) -> Vec<Shape> {
        let (r, c) = self.dims;
        vec![
            Shape::D2(r, c),
            Shape::D1(c),
            Shape::D1(r),
            Shape::D2(c, r),
            Shape::D2(r, r),
        ]
    }

    /// `x.sum()`, `x.mean().unwrap()` or `x.dot(&y)` of visible arrays.
    fn reduction(&mut self, d: u32) -> Option<Expr> {
        if self.visible(|ty| matches!(ty, Ty::Arr(_))).is_empty() {
            return None;
        }
        let shape = *self.shapes().choose(self.rng).expect("not empty");
        let depth = d.min(2);
        let a = Box::new(self.arr(shape, depth)?);
        Some(match (shape, self.below(3)) {
            (Shape::D1(_), 0) => Expr::Dot(a, Box::new(self.arr(shape, depth)?)),
            (_, 1) => Expr::Mean(a),
            _ => Expr::Sum(a),
        })
    }

    /// A condition: on integers (a constant of the reverse sweep) or on floats.
    pub(super) fn cond(&mut self, d: u32) -> Cond {
        let ints = self.ints();
        if !ints.is_empty() && self.chance(0.5) {
            return self.int_cond(&ints);
        }
        let op = *[CmpOp::Lt, CmpOp::Gt, CmpOp::Le, CmpOp::Ge]
            .choose(self.rng)
            .expect("not empty");
        let left = self.expr(d);
        let right = if self.chance(0.4) {
            self.literal()
        } else {
            self.expr(d)
        };
        Cond::Float(op, left, right)
    }

    fn int_cond(&mut self, ints: &[VarId]) -> Cond {
        let i = IntExpr::Var(*ints.choose(self.rng).expect("not empty"));
        match self.below(4) {
            0 => Cond::Int(CmpOp::Eq, IntExpr::Rem(Box::new(i), 2), IntExpr::Lit(0)),
            1 => Cond::Int(CmpOp::Lt, i, IntExpr::Lit(1 + self.below(3))),
            2 => Cond::Int(CmpOp::Ne, i, IntExpr::Lit(self.below(3))),
            _ => Cond::Int(CmpOp::Ge, i, IntExpr::Lit(2)),
        }
    }

    /// An array expression of `shape` of at most `depth` levels, if one can be made from the
    /// visible arrays.
    pub(super) fn arr(&mut self, shape: Shape, depth: u32) -> Option<ArrExpr> {
        for _ in 0..12 {
            if let Some(e) = self.arr_once(shape, depth) {
                return Some(e);
            }
        }
        None
    }

    fn arr_var(&mut self, shape: Shape) -> Option<ArrExpr> {
        let same = self.visible(|ty| ty == Ty::Arr(shape));
        let transposed = self.visible(|ty| {
            matches!(ty, Ty::Arr(Shape::D2(..))) && ty == Ty::Arr(shape.transposed())
        });
        if !transposed.is_empty()
            && matches!(shape, Shape::D2(..))
            && (same.is_empty() || self.chance(0.25))
        {
            return self.pick(&transposed).map(ArrExpr::T);
        }
        self.pick(&same).map(ArrExpr::Var)
    }

    fn arr_once(&mut self, shape: Shape, depth: u32) -> Option<ArrExpr> {
        if depth == 0 || self.chance(0.3) {
            return self.arr_var(shape);
        }
        let d = depth - 1;
        let (r, c) = self.dims;
        Some(match self.below(12) {
            0 | 1 => ArrExpr::Bin(
                op(self.rng),
                Box::new(self.arr(shape, d)?),
                Box::new(self.arr(shape, d)?),
            ),
            2 | 3 => self.broadcast(shape, d)?,
            4 => ArrExpr::ScalarRight(op(self.rng), Box::new(self.arr(shape, d)?), self.expr(1)),
            5 => ArrExpr::ScalarLeft(op(self.rng), self.expr(1), Box::new(self.arr(shape, d)?)),
            6 => {
                let method = *Unary::ALL.choose(self.rng).expect("not empty");
                ArrExpr::Unary(method, Box::new(self.arr(shape, d)?))
            }
            7 => {
                let k = *[2, 3, -1].choose(self.rng).expect("not empty");
                ArrExpr::Powi(Box::new(self.arr(shape, d)?), k)
            }
            8 => {
                let p = *[0.5, 1.5, 2.5].choose(self.rng).expect("not empty");
                ArrExpr::Powf(Box::new(self.arr(shape, d)?), p)
            }
            9 | 10 => {
                let inner = *[r, c].choose(self.rng).expect("not empty");
                match shape {
                    Shape::D1(n) if self.chance(0.7) => ArrExpr::Dot(
                        Box::new(self.arr(Shape::D2(n, inner), d)?),
                        Box::new(self.arr(Shape::D1(inner), d)?),
                    ),
                    Shape::D1(n) => ArrExpr::Dot(
                        Box::new(self.arr(Shape::D1(inner), d)?),
                        Box::new(self.arr(Shape::D2(inner, n), d)?),
                    ),
                    Shape::D2(m, n) => ArrExpr::Dot(
                        Box::new(self.arr(Shape::D2(m, inner), d)?),
                        Box::new(self.arr(Shape::D2(inner, n), d)?),
                    ),
                }
            }
            _ => {
                let Shape::D1(n) = shape else { return None };
                let other = *[r, c].choose(self.rng).expect("not empty");
                let (source, axis) = if self.chance(0.5) {
                    (Shape::D2(n, other), 1)
                } else {
                    (Shape::D2(other, n), 0)
                };
                let source = Box::new(self.arr(source, d)?);
                if self.chance(0.5) {
                    ArrExpr::SumAxis(source, axis)
                } else {
                    ArrExpr::MeanAxis(source, axis)
                }
            }
        })
    }

    /// A 2-D `shape` from a smaller operand broadcast against a full one: a row `(c)` or
    /// `(1, c)`, or a column `(r, 1)`, on either side.
    fn broadcast(&mut self, shape: Shape, d: u32) -> Option<ArrExpr> {
        let Shape::D2(r, c) = shape else { return None };
        let small = match self.below(3) {
            0 => self.arr(Shape::D1(c), d)?,
            1 => self.arr_var(Shape::D2(1, c))?,
            _ => self.arr_var(Shape::D2(r, 1))?,
        };
        let full = self.arr(shape, d)?;
        let (left, right) = if self.chance(0.5) {
            (full, small)
        } else {
            (small, full)
        };
        Some(ArrExpr::Bin(op(self.rng), Box::new(left), Box::new(right)))
    }
}
