//! Random statements: the top-level templates (a `let`, a shadowing, an accumulation loop, a
//! loop over a slice at `xs[i + k]` that the macro reads through a window, a buffer filled in a
//! loop, a `Vec` of containers filled an element of an element at a time (`g[i][j] = e`), a
//! branch, a `while` or `loop`, a `loop`'s value (`let r = loop { .. break e; }`), an early
//! return, an array `let`), and the statements of loop and branch bodies.
//!
//! Every `let mut` float is declared with the statement that modifies it, so none is left
//! unmodified, and every buffer with the loop that fills it.

use rand::seq::IndexedRandom;

use super::{Grower, LoopFrame};
use crate::ast::{
    AssignOp, BinOp, ElementStyle, Expr, IntExpr, Kind, Loop, Nested, Shape, Stmt, Ty, VarId,
};
use crate::grow::expr::typed;

impl Grower<'_> {
    /// One top-level template.
    pub(super) fn top_stmt(&mut self) -> Vec<Stmt> {
        let others = if self.f.kind == Kind::Array { 20 } else { 16 };
        let roll = self.below(others + 2);
        if roll == others {
            return self.nested_buffer();
        }
        if roll == others + 1 {
            return self.loop_value();
        }
        match roll {
            0..=2 => vec![self.let_float()],
            3 => self.shadow().unwrap_or_else(|| vec![self.let_float()]),
            4 => vec![self.let_pair()],
            5 | 6 => self.accumulate(),
            7 => self.window_loop().unwrap_or_else(|| self.accumulate()),
            8 => self.buffer(),
            9 | 10 => self.branch(),
            11 => self.counted_loop(),
            12 => vec![self.early_return()],
            13 => self.assign_top().unwrap_or_else(|| self.accumulate()),
            14 | 15 => {
                if self.f.kind == Kind::Helper {
                    vec![self.let_float()]
                } else {
                    self.accumulate()
                }
            }
            16 | 17 => self.let_array().unwrap_or_else(|| vec![self.let_float()]),
            _ => self.zeros_filled(),
        }
    }

    /// `let t = e;`, sometimes annotated `: f64`.
    fn let_float(&mut self) -> Stmt {
        let init = self.expr(3);
        let annotate = !typed(&init) || self.chance(0.15);
        let name = self.fresh("t");
        let var = self.declare(name, Ty::F64, false);
        self.lets.push(var);
        Stmt::Let {
            var,
            mutable: false,
            annotate,
            init,
        }
    }

    /// `let t = t op e;`, hiding the earlier `t`.
    fn shadow(&mut self) -> Option<Vec<Stmt>> {
        let old = *self.lets.choose(self.rng)?;
        let e = self.expr(2);
        let op = *[BinOp::Add, BinOp::Mul, BinOp::Sub]
            .choose(self.rng)
            .expect("not empty");
        let init = Expr::Bin(op, Box::new(Expr::Var(old)), Box::new(e));
        self.scope.retain(|&v| v != old);
        self.lets.retain(|&v| v != old);
        let name = self.f.vars[old].name.clone();
        let var = self.declare(name, Ty::F64, false);
        self.lets.push(var);
        Some(vec![Stmt::Let {
            var,
            mutable: false,
            annotate: false,
            init,
        }])
    }

    /// `let (t, u) = (e1, e2);`
    fn let_pair(&mut self) -> Stmt {
        let (x, y) = (self.expr(2), self.expr(2));
        let (a, b) = (self.fresh("t"), self.fresh("t"));
        let (a, b) = (
            self.declare(a, Ty::F64, false),
            self.declare(b, Ty::F64, false),
        );
        self.lets.extend([a, b]);
        Stmt::LetPair(a, b, x, y)
    }

    /// `let mut s = init;`, visible from now on.
    fn let_mut(&mut self) -> Stmt {
        let init = if self.chance(0.5) {
            self.literal_init()
        } else {
            self.expr(2)
        };
        let annotate = !typed(&init);
        let name = self.fresh("s");
        let var = self.declare(name, Ty::F64, false);
        self.mutables.push(var);
        Stmt::Let {
            var,
            mutable: true,
            annotate,
            init,
        }
    }

    fn literal_init(&mut self) -> Expr {
        Expr::Lit(*[0.0, 1.0, 0.5].choose(self.rng).expect("not empty"))
    }

    /// `let mut s = ..; for .. { s op= ..; .. }`.
    fn accumulate(&mut self) -> Vec<Stmt> {
        let declaration = self.let_mut();
        vec![declaration, self.for_loop(1)]
    }

    /// `let mut s = ..; for i in lo..hi { s op= xs[i + k] * f; }` over a slice parameter `xs`,
    /// `hi + k` within its length, the body straight-line arithmetic: the macro reads `xs`
    /// through a window taken before the loop (`grad-macro/src/plan/windows.rs`). Half the time
    /// the loop is nested in an accumulation loop (`for j .. { let mut r = 0.0; for i .. {
    /// r += ..; } s += r * g; }`, [`Self::accumulated`]).
    fn window_loop(&mut self) -> Option<Vec<Stmt>> {
        let slices: Vec<VarId> = self
            .f
            .params
            .iter()
            .copied()
            .filter(|&p| matches!(self.f.ty(p), Ty::Slice(_)))
            .collect();
        let xs = *slices.choose(self.rng)?;
        let declaration = self.let_mut();
        let Stmt::Let { var: s, .. } = declaration else {
            unreachable!("let_mut declares")
        };
        // Not `s` itself: the outer loop's only effect is then `s += ..`, which the macro
        // preaccumulates.
        let mut floats = self.visible(|ty| ty == Ty::F64);
        floats.retain(|&x| x != s);
        let mark = self.scope.len();
        let result = if self.chance(0.5) {
            self.accumulated(s, xs, &floats)
        } else {
            self.window_read_loop(s, xs, &floats)
        };
        self.close(mark);
        Some(vec![declaration, result])
    }

    /// `for j in 0..2 { let mut r: f64 = 0.0; <window_read_loop into r>; s += r * g; }`.
    fn accumulated(&mut self, s: VarId, xs: VarId, floats: &[VarId]) -> Stmt {
        let name = self.index_name();
        let j = self.declare(name, Ty::Usize, false);
        self.loops.push(LoopFrame {
            index: Some(j),
            bound: 2,
            jumps: false,
            iterates: Vec::new(),
        });
        let name = self.fresh("r");
        let r = self.declare(name, Ty::F64, false);
        let inner = self.window_read_loop(r, xs, floats);
        let scale = self.factor(floats);
        self.loops.pop();
        let body = vec![
            Stmt::Let {
                var: r,
                mutable: true,
                annotate: true,
                init: Expr::Lit(0.0),
            },
            inner,
            Stmt::Assign(
                s,
                AssignOp::Add,
                Expr::Bin(BinOp::Mul, Box::new(Expr::Var(r)), Box::new(scale)),
            ),
        ];
        Stmt::For(range_loop(j, 0, IntExpr::Lit(2)), body)
    }

    /// `for i in lo..hi { target op= term(xs[i + k]); }`, with `hi + k` within `xs`.
    fn window_read_loop(&mut self, target: VarId, xs: VarId, floats: &[VarId]) -> Stmt {
        let len = self.static_len_of(xs);
        let offset = self.below(len.min(3));
        let hi = 1 + self.below(len - offset);
        let lo = usize::from(hi > 1 && self.chance(0.3));
        let name = self.index_name();
        let i = self.declare(name, Ty::Usize, false);
        let index = match offset {
            0 => IntExpr::Var(i),
            k => IntExpr::Add(Box::new(IntExpr::Var(i)), k),
        };
        let element = Expr::Elem(xs, index);
        let term = match self.below(3) {
            0 => element,
            1 => Expr::Bin(BinOp::Mul, Box::new(element), Box::new(self.factor(floats))),
            _ => Expr::Bin(BinOp::Sub, Box::new(self.factor(floats)), Box::new(element)),
        };
        let op = *[AssignOp::Add, AssignOp::Add, AssignOp::Sub]
            .choose(self.rng)
            .expect("not empty");
        Stmt::For(
            range_loop(i, lo, IntExpr::Lit(hi)),
            vec![Stmt::Assign(target, op, term)],
        )
    }

    /// One of `floats` (most of the time) or a literal.
    fn factor(&mut self, floats: &[VarId]) -> Expr {
        match floats.choose(self.rng) {
            Some(&x) if self.chance(0.7) => Expr::Var(x),
            _ => self.literal(),
        }
    }

    /// An update of a visible accumulator: `s op= e` or `s = s op e`.
    pub(super) fn update(&mut self, depth: u32) -> Option<Stmt> {
        let s = *self.mutables.choose(self.rng)?;
        let e = self.expr(depth);
        Some(match self.below(8) {
            0..=2 => Stmt::Assign(s, AssignOp::Add, e),
            3 => Stmt::Assign(s, AssignOp::Sub, e),
            4 => Stmt::Assign(s, AssignOp::Mul, e),
            5 => Stmt::Assign(s, AssignOp::Div, e),
            _ => {
                let op = *[BinOp::Add, BinOp::Mul, BinOp::Sub]
                    .choose(self.rng)
                    .expect("not empty");
                Stmt::Assign(
                    s,
                    AssignOp::Set,
                    Expr::Bin(op, Box::new(Expr::Var(s)), Box::new(e)),
                )
            }
        })
    }

    fn assign_top(&mut self) -> Option<Vec<Stmt>> {
        self.update(2).map(|s| vec![s])
    }

    /// The bound of a buffer or counted loop: a sequence's length, `n`, or a literal, with its
    /// value at the test points.
    fn bound(&mut self) -> (IntExpr, usize) {
        let seqs = self.visible(|ty| matches!(ty, Ty::Slice(_) | Ty::Vec(_)));
        let sizes: Vec<(VarId, usize)> = self
            .f
            .params
            .iter()
            .copied()
            .filter(|&p| self.f.ty(p) == Ty::Usize)
            .zip(self.f.sizes.iter().copied())
            .collect();
        match self.below(3) {
            0 if !seqs.is_empty() => {
                let seq = *seqs.choose(self.rng).expect("not empty");
                (IntExpr::Len(seq), self.static_len_of(seq))
            }
            1 if !sizes.is_empty() => {
                let (n, size) = *sizes.choose(self.rng).expect("not empty");
                (IntExpr::Var(n), size)
            }
            _ => {
                let k = 2 + self.below(3);
                (IntExpr::Lit(k), k)
            }
        }
    }

    fn static_len_of(&self, seq: VarId) -> usize {
        match self.f.ty(seq) {
            Ty::Slice(n) | Ty::Vec(n) | Ty::Arr(Shape::D1(n)) => n,
            other => panic!("not a sequence: {other:?}"),
        }
    }

    /// `let mut v = vec![0.0; len]; for i in 0..len { v[i] = e; }`.
    fn buffer(&mut self) -> Vec<Stmt> {
        let (len, size) = self.bound();
        let name = self.fresh("v");
        let v = self.declare(name, Ty::Vec(size), false);
        let hi = if self.chance(0.5) {
            IntExpr::Len(v)
        } else {
            len.clone()
        };
        let fill = self.indexed_loop(hi, size, |g, i| {
            let e = g.expr(2);
            Stmt::SetElem(v, IntExpr::Var(i), AssignOp::Set, e)
        });
        vec![Stmt::LetVec(v, len), fill]
    }

    /// `let mut g = vec![vec![0.0; c]; r]; for i in 0..r { for j in 0..c { g[i][j] = e; } }`,
    /// or into a `Vec<[f64; c]>` (`vec![[0.0; c]; r]`), or three deep into a
    /// `Vec<Vec<Vec<f64>>>` (`c[i][j][k] = e`, the last index drawn as an index is).
    fn nested_buffer(&mut self) -> Vec<Stmt> {
        let (rows, size) = self.bound();
        let cols = 2 + self.below(3);
        let (nested, lens) = match self.below(5) {
            0..=2 => {
                let (cols_expr, cols) = if self.chance(0.3) {
                    self.bound()
                } else {
                    (IntExpr::Lit(cols), cols)
                };
                (Nested::Vecs(size, cols), vec![rows, cols_expr])
            }
            3 => (Nested::Arrays(size, cols), vec![rows, IntExpr::Lit(cols)]),
            _ => {
                let (a, b) = (2 + self.below(2), 2 + self.below(2));
                let lens = vec![IntExpr::Lit(a), IntExpr::Lit(b), IntExpr::Lit(cols)];
                (Nested::Cube(a, b, cols), lens)
            }
        };
        let name = self.fresh("g");
        let g = self.declare(name, Ty::Nested(nested), false);
        let dims = nested.dims();
        let (outer, inner) = (lens[0].clone(), lens[1].clone());
        let fill = self.indexed_loop(outer, dims[0], |grower, i| {
            grower.indexed_loop(inner, dims[1], |grower, j| {
                let mut indices = vec![IntExpr::Var(i), IntExpr::Var(j)];
                if let Some(&last) = dims.get(2) {
                    indices.push(grower.index(last, None));
                }
                let op = *[AssignOp::Set, AssignOp::Set, AssignOp::Add, AssignOp::Sub]
                    .choose(grower.rng)
                    .expect("not empty");
                Stmt::SetNested(g, indices, op, grower.expr(2))
            })
        });
        vec![Stmt::LetNested(g, lens), fill]
    }

    /// `let mut s = ..; let mut k = 0; let r = loop { ..; k += 1; if k == n { break e; } };`,
    /// sometimes leaving earlier by `if c { break e2; }`, or by `break 'outer e3` out of an
    /// inner `for` loop, and sometimes of two values, `let (r, q) = loop { .. break (a, b); }`.
    /// A third of the time in a `for` loop, `for j in 0..m { let mut k = 0; let r = loop {
    /// .. }; s += r; }`, a value of each iteration.
    fn loop_value(&mut self) -> Vec<Stmt> {
        let declaration = self.let_mut();
        let Stmt::Let { var: s, .. } = declaration else {
            unreachable!("let_mut declares")
        };
        if !self.chance(1.0 / 3.0) {
            let (mut stmts, _) = self.value_loop();
            stmts.insert(0, declaration);
            return stmts;
        }
        let (hi, size) = self.bound();
        let mark = self.scope.len();
        let name = self.index_name();
        let j = self.declare(name, Ty::Usize, false);
        self.loops.push(LoopFrame {
            index: Some(j),
            bound: size,
            jumps: false,
            iterates: Vec::new(),
        });
        let (mut body, vars) = self.value_loop();
        let sum = vars
            .iter()
            .map(|&r| Expr::Var(r))
            .reduce(|a, b| Expr::Bin(BinOp::Add, Box::new(a), Box::new(b)))
            .expect("a value at least");
        let op = *[AssignOp::Add, AssignOp::Add, AssignOp::Mul]
            .choose(self.rng)
            .expect("not empty");
        body.push(Stmt::Assign(s, op, sum));
        self.loops.pop();
        self.close(mark);
        vec![declaration, Stmt::For(range_loop(j, 0, hi), body)]
    }

    /// `let mut k = 0; let r = loop { .. };` (see [`Self::loop_value`]), and the loop's
    /// variables.
    fn value_loop(&mut self) -> (Vec<Stmt>, Vec<VarId>) {
        let (bound, size) = self.bound();
        let name = self.fresh("k");
        let k = self.declare(name, Ty::Usize, false);
        let width = if self.chance(0.25) { 2 } else { 1 };
        let labelled = self.chance(0.4);
        self.loops.push(LoopFrame {
            index: Some(k),
            bound: size,
            jumps: false,
            iterates: Vec::new(),
        });
        let mark = self.scope.len();
        let count = 1 + self.below(2);
        let mut body = self.stmts(count, 1);
        if labelled {
            let inner = self.for_loop_with(0, |grower| grower.early_break(width, true));
            let at = self.below(body.len() + 1);
            body.insert(at, inner);
        }
        if !labelled || self.chance(0.5) {
            let outer = labelled && self.chance(0.5);
            let early = self.early_break(width, outer);
            let at = self.below(body.len() + 1);
            body.insert(at, early);
        }
        self.close(mark);
        self.loops.pop();
        let value = (0..width).map(|_| self.expr(2)).collect();
        let vars = (0..width)
            .map(|_| {
                let name = self.fresh("r");
                self.declare(name, Ty::F64, false)
            })
            .collect::<Vec<_>>();
        self.lets.extend(&vars);
        let stmts = vec![
            Stmt::LetCounter(k),
            Stmt::LetLoop {
                vars: vars.clone(),
                counter: k,
                bound,
                labelled,
                body,
                value,
            },
        ];
        (stmts, vars)
    }

    /// `if c { break e; }` (`break 'outer e` if `labelled`) of `width` values.
    fn early_break(&mut self, width: usize, labelled: bool) -> Stmt {
        let c = self.cond(2);
        let values = (0..width).map(|_| self.expr(2)).collect();
        Stmt::If(c, vec![Stmt::BreakValue(labelled, values)], None)
    }

    /// `for i in 0..hi { write(i) }`, the index bound by `size`.
    fn indexed_loop(
        &mut self,
        hi: IntExpr,
        size: usize,
        write: impl FnOnce(&mut Self, VarId) -> Stmt,
    ) -> Stmt {
        let mark = self.scope.len();
        let name = self.index_name();
        let i = self.declare(name, Ty::Usize, false);
        self.loops.push(LoopFrame {
            index: Some(i),
            bound: size,
            jumps: true,
            iterates: Vec::new(),
        });
        let mut body = vec![write(self, i)];
        if self.chance(0.3) {
            body.extend(self.body_stmt(1));
        }
        self.loops.pop();
        self.close(mark);
        Stmt::For(
            Loop::Range {
                index: i,
                lo: IntExpr::Lit(0),
                hi,
                rev: false,
                step: None,
            },
            body,
        )
    }

    /// The name of a loop index at the current depth: `i`, `j`, `l`.
    fn index_name(&self) -> String {
        ["i", "j", "l", "i3"][self.loops.len().min(3)].to_owned()
    }

    /// `let mut s = ..; if c { .. } else if .. { .. } else { .. }` or a branch on visible
    /// accumulators.
    fn branch(&mut self) -> Vec<Stmt> {
        let mut stmts = Vec::new();
        if self.mutables.is_empty() || self.chance(0.4) {
            stmts.push(self.let_mut());
        }
        stmts.push(self.if_stmt(2));
        stmts
    }

    fn if_stmt(&mut self, depth: u32) -> Stmt {
        let c = self.cond(2);
        let then = self.branch_body(depth, true);
        let other = match self.below(3) {
            0 => None,
            1 if depth > 0 => Some(vec![self.if_stmt(depth - 1)]),
            _ => Some(self.branch_body(depth, false)),
        };
        Stmt::If(c, then, other)
    }

    /// The statements of a branch, in their own scope. A plain `s = e` may start the `then`
    /// branch (the earlier value is read on the other path, which never starts so).
    fn branch_body(&mut self, depth: u32, overwrite: bool) -> Vec<Stmt> {
        let mark = self.scope.len();
        let mut body = Vec::new();
        let target = self.mutables.choose(self.rng).copied();
        if let Some(s) = target.filter(|_| overwrite && self.chance(0.3)) {
            let e = self.expr(2);
            if e != Expr::Var(s) {
                body.push(Stmt::Assign(s, AssignOp::Set, e));
            }
        }
        let count = 1 + self.below(2);
        body.extend(self.stmts(count, depth.saturating_sub(1)));
        self.close(mark);
        body
    }

    /// `let mut s = ..; let mut k = 0; while k < n { ..; k += 1; }`, or the same as `loop`
    /// with a `break`.
    fn counted_loop(&mut self) -> Vec<Stmt> {
        let declaration = self.let_mut();
        let (bound, size) = self.bound();
        let name = self.fresh("k");
        let k = self.declare(name, Ty::Usize, false);
        self.loops.push(LoopFrame {
            index: Some(k),
            bound: size,
            jumps: false,
            iterates: Vec::new(),
        });
        let count = 1 + self.below(2);
        let body = self.stmts(count, 1);
        self.loops.pop();
        let looped = if self.chance(0.5) {
            Stmt::While(k, bound, body)
        } else {
            Stmt::LoopBreak(k, bound, body)
        };
        vec![declaration, Stmt::LetCounter(k), looped]
    }

    /// `if c { return e; }`.
    fn early_return(&mut self) -> Stmt {
        let c = self.cond(2);
        Stmt::If(c, vec![Stmt::Return(self.expr(2))], None)
    }

    /// `let m = x;` of an array expression (not a bare variable).
    fn let_array(&mut self) -> Option<Vec<Stmt>> {
        if self.f.kind != Kind::Array {
            return None;
        }
        let (r, c) = self.dims;
        let shape = *[Shape::D2(r, c), Shape::D1(c), Shape::D1(r), Shape::D2(r, r)]
            .choose(self.rng)
            .expect("not empty");
        let e = self.arr(shape, 3)?;
        if matches!(e, crate::ast::ArrExpr::Var(_) | crate::ast::ArrExpr::T(_)) {
            return None;
        }
        let name = self.fresh("m");
        let m = self.declare(name, Ty::Arr(shape), false);
        Some(vec![Stmt::LetArr(m, e)])
    }

    /// `let mut z = Array1::zeros(n); for i in 0..n { z[i] = e; }`, or a 2-D one filled in two
    /// nested loops.
    fn zeros_filled(&mut self) -> Vec<Stmt> {
        let (r, c) = self.dims;
        let shape = *[Shape::D1(c), Shape::D1(r), Shape::D2(r, c)]
            .choose(self.rng)
            .expect("not empty");
        let name = self.fresh("z");
        let z = self.declare(name, Ty::Arr(shape), false);
        let fill = match shape {
            Shape::D1(n) => self.indexed_loop(IntExpr::Lit(n), n, |g, i| {
                let e = g.expr(2);
                Stmt::SetElem(z, IntExpr::Var(i), AssignOp::Set, e)
            }),
            Shape::D2(rows, cols) => self.indexed_loop(IntExpr::Rows(z), rows, |g, i| {
                g.indexed_loop(IntExpr::Cols(z), cols, |g, j| {
                    let e = g.expr(2);
                    Stmt::SetElem2(z, IntExpr::Var(i), IntExpr::Var(j), e)
                })
            }),
        };
        vec![Stmt::LetZeros(z, shape), fill]
    }

    /// A statement of a loop or branch body: an accumulator update (most often), a buffer
    /// write, a branch, a nested loop, a `continue`/`break` on a constant condition, a return.
    ///
    /// `None` if nothing fits: no accumulator and no buffer is visible.
    pub(super) fn body_stmt(&mut self, depth: u32) -> Option<Stmt> {
        if self.mutables.is_empty()
            && self
                .visible(|ty| matches!(ty, Ty::Vec(_) | Ty::Nested(_)))
                .is_empty()
        {
            return None;
        }
        let roll = self.below(12);
        match roll {
            0..=5 => self.update(2),
            6 | 7 => self.buffer_write(),
            8 if depth > 0 => Some(self.if_stmt(depth - 1)),
            9 if depth > 0 && self.loops.len() < 2 => Some(self.for_loop(depth - 1)),
            10 => self.jump(),
            11 if self.chance(0.3) => Some(self.early_return()),
            _ => None,
        }
        .or_else(|| self.update(2))
        .or_else(|| self.buffer_write())
    }

    /// `v[i] op= e` into a visible buffer that no enclosing loop iterates over (which would
    /// hold a borrow of it), or `g[i][j] op= e` into a `Vec` of containers.
    fn buffer_write(&mut self) -> Option<Stmt> {
        let iterated: Vec<VarId> = self
            .loops
            .iter()
            .flat_map(|frame| frame.iterates.clone())
            .collect();
        let buffers: Vec<VarId> = self
            .visible(|ty| matches!(ty, Ty::Vec(_) | Ty::Nested(_)))
            .into_iter()
            .filter(|v| !iterated.contains(v))
            .collect();
        let v = *buffers.choose(self.rng)?;
        if let Ty::Nested(nested) = self.f.ty(v) {
            let indices = nested
                .dims()
                .into_iter()
                .map(|len| self.index(len, None))
                .collect();
            let op = *[AssignOp::Set, AssignOp::Add, AssignOp::Sub, AssignOp::Mul]
                .choose(self.rng)
                .expect("not empty");
            return Some(Stmt::SetNested(v, indices, op, self.expr(2)));
        }
        let len = self.static_len_of(v);
        // `v[i % v.len()] += e` borrows `v` twice (E0502): the length is written out.
        let index = match self.index(len, Some(v)) {
            IntExpr::RemLen(i, _) => IntExpr::Rem(i, len),
            index => index,
        };
        let op = *[AssignOp::Set, AssignOp::Add, AssignOp::Mul]
            .choose(self.rng)
            .expect("not empty");
        Some(Stmt::SetElem(v, index, op, self.expr(2)))
    }

    /// `if c { continue; }` or `if c { break; }` on the enclosing `for` loop's index (in a
    /// `while` loop a `continue` would skip the counter's increment).
    fn jump(&mut self) -> Option<Stmt> {
        let frame = self.loops.last()?;
        if !frame.jumps {
            return None;
        }
        let i = frame.index?;
        let c = crate::ast::Cond::Int(
            *[crate::ast::CmpOp::Eq, crate::ast::CmpOp::Ge]
                .choose(self.rng)
                .expect("not empty"),
            IntExpr::Var(i),
            IntExpr::Lit(1 + self.below(2)),
        );
        let jump = if self.chance(0.5) {
            Stmt::Continue
        } else {
            Stmt::Break
        };
        Some(Stmt::If(c, vec![jump], None))
    }

    /// A `for` loop of any kind the visible sequences allow, its body updating accumulators.
    pub(super) fn for_loop(&mut self, depth: u32) -> Stmt {
        self.for_loop_with(depth, |_| Stmt::Continue)
    }

    /// A `for` loop as [`Self::for_loop`] with `extra` (drawn in the loop's scope) somewhere
    /// in its body after its jumps, unless `extra` is a bare `continue`.
    fn for_loop_with(&mut self, depth: u32, extra: impl FnOnce(&mut Self) -> Stmt) -> Stmt {
        let mark = self.scope.len();
        let (header, frame) = self.loop_header();
        self.loops.push(frame);
        let count = 1 + self.below(3);
        let mut body = self.stmts(count, depth);
        let is_jump = |s: &Stmt| matches!(s, Stmt::If(_, then, None) if matches!(then.as_slice(), [Stmt::Continue | Stmt::Break]));
        if body.iter().all(is_jump) {
            body.extend(self.update(2));
        }
        // A jump goes first, so that the rest of the body is sometimes skipped.
        body.sort_by_key(|s| !is_jump(s));
        let extra = extra(self);
        if extra != Stmt::Continue {
            let jumps = body.iter().take_while(|s| is_jump(s)).count();
            let at = jumps + self.below(body.len() - jumps + 1);
            body.insert(at, extra);
        }
        self.loops.pop();
        self.close(mark);
        Stmt::For(header, body)
    }

    fn loop_header(&mut self) -> (Loop, LoopFrame) {
        let seqs = self.visible(|ty| matches!(ty, Ty::Slice(_) | Ty::Vec(_)));
        let roll = self.below(10);
        if !seqs.is_empty() && roll < 5 {
            let seq = *seqs.choose(self.rng).expect("not empty");
            let len = self.static_len_of(seq);
            return self.element_header(seq, &seqs, len, roll);
        }
        let rows_or_columns = self.f.kind == Kind::Array && self.chance(0.5);
        let (hi, size) = match rows_or_columns {
            true => {
                let (r, c) = self.dims;
                if self.chance(0.5) {
                    (IntExpr::Rows(self.f.params_of_shape(Shape::D2(r, c))), r)
                } else {
                    (IntExpr::Cols(self.f.params_of_shape(Shape::D2(r, c))), c)
                }
            }
            false => self.bound(),
        };
        let name = self.index_name();
        let i = self.declare(name, Ty::Usize, false);
        let lo = if self.chance(0.2) { 1 } else { 0 };
        let header = Loop::Range {
            index: i,
            lo: IntExpr::Lit(lo),
            hi,
            rev: self.chance(0.25),
            step: self.chance(0.2).then_some(2),
        };
        (
            header,
            LoopFrame {
                index: Some(i),
                bound: size,
                jumps: true,
                iterates: Vec::new(),
            },
        )
    }

    fn element_header(
        &mut self,
        seq: VarId,
        seqs: &[VarId],
        len: usize,
        roll: usize,
    ) -> (Loop, LoopFrame) {
        let is_param = matches!(self.f.ty(seq), Ty::Slice(_));
        let elem_name = self.fresh("p");
        match roll {
            0 | 1 => {
                let style = match self.below(3) {
                    0 => ElementStyle::RefPattern,
                    1 => ElementStyle::Iter,
                    _ if is_param => ElementStyle::Direct,
                    _ => ElementStyle::Borrow,
                };
                let by_ref = style != ElementStyle::RefPattern;
                let elem = self.declare(elem_name, Ty::F64, by_ref);
                (
                    Loop::Elements { elem, seq, style },
                    LoopFrame {
                        index: None,
                        bound: len,
                        jumps: true,
                        iterates: vec![seq],
                    },
                )
            }
            2 | 3 => {
                let name = self.index_name();
                let index = self.declare(name, Ty::Usize, false);
                let elem = self.declare(elem_name, Ty::F64, false);
                (
                    Loop::Enumerate { index, elem, seq },
                    LoopFrame {
                        index: Some(index),
                        bound: len,
                        jumps: true,
                        iterates: vec![seq],
                    },
                )
            }
            _ => {
                let other = *seqs.choose(self.rng).expect("not empty");
                let right_name = self.fresh("q");
                let left = self.declare(elem_name, Ty::F64, false);
                let right = self.declare(right_name, Ty::F64, false);
                (
                    Loop::Zip {
                        left,
                        right,
                        left_seq: seq,
                        right_seq: other,
                    },
                    LoopFrame {
                        index: None,
                        bound: len,
                        jumps: true,
                        iterates: vec![seq, other],
                    },
                )
            }
        }
    }
}

impl crate::ast::Function {
    /// The first parameter of `shape` (the array functions always have `a`).
    fn params_of_shape(&self, shape: Shape) -> VarId {
        self.params
            .iter()
            .copied()
            .find(|&p| self.ty(p) == Ty::Arr(shape))
            .expect("an array function has a parameter of its main shape")
    }
}

/// `for index in lo..hi`, forwards, step 1.
fn range_loop(index: VarId, lo: usize, hi: IntExpr) -> Loop {
    Loop::Range {
        index,
        lo: IntExpr::Lit(lo),
        hi,
        rev: false,
        step: None,
    }
}
