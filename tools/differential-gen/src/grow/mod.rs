//! Growing random programs: functions of the three [`Kind`]s, statement by statement, each
//! statement kept only if the program still runs cleanly at every test point (see `eval`), and
//! each finished function kept only if its finite differences are stable there.
//!
//! Everything is drawn from one `Xoshiro256PlusPlus` seeded by the caller: the same seed and
//! counts give the same program (rand documents this generator's output as portable; the
//! crate's version is pinned by `Cargo.lock`).

mod expr;
mod stmt;

use std::collections::HashMap;

use rand::rngs::Xoshiro256PlusPlus;
use rand::seq::{IndexedRandom, SliceRandom};
use rand::{RngExt, SeedableRng};

use crate::ast::{Expr, Function, Kind, Shape, Stmt, Ty, Var, VarId};
use crate::eval::{arguments, run};

/// The random number generator of the whole program.
pub type Rng = Xoshiro256PlusPlus;

/// How many functions of each kind a program has.
#[derive(Clone, Copy, Debug)]
pub struct Counts {
    pub helpers: usize,
    pub scalar: usize,
    pub array: usize,
}

/// The test points of every function.
const POINTS: usize = 2;
/// The steps of the two central differences that must agree for a function to be kept.
const STEPS: [f64; 2] = [1e-5, 2e-5];
/// How closely they must agree: `|d1 - d2| <= STABLE * max(|d1| + |d2|, FLOOR)`, ten times
/// stricter than the test's tolerance, so that the test's own differences are accurate.
const STABLE: f64 = 1e-7;
/// The floor of the relative error, below which gradients are compared absolutely.
pub const FLOOR: f64 = 0.1;
/// The statements tried before a slot of a body is given up.
const TRIES: usize = 40;

/// The program of `counts` functions drawn from `seed`: helpers `h000..`, then scalar
/// functions `f000..`, then array functions `g000..`. Later functions may call helpers.
pub fn program(seed: u64, counts: Counts) -> Vec<Function> {
    let mut rng = Rng::seed_from_u64(seed);
    let mut program = Vec::new();
    let kinds = [
        (Kind::Helper, counts.helpers, "h"),
        (Kind::Scalar, counts.scalar, "f"),
        (Kind::Array, counts.array, "g"),
    ];
    for (kind, count, prefix) in kinds {
        for k in 0..count {
            let f = function(&mut rng, &program, kind, format!("{prefix}{k:03}"));
            program.push(f);
        }
    }
    program
}

/// One function of `kind`, drawn until one passes every check.
fn function(rng: &mut Rng, program: &[Function], kind: Kind, name: String) -> Function {
    for _ in 0..1000 {
        let mut grower = Grower::new(rng, program, kind, name.clone());
        grower.params();
        grower.points();
        grower.body();
        if grower.finish() && stable(program, &grower.f) {
            return grower.f;
        }
    }
    panic!("no {kind:?} function {name} passed its checks in 1000 tries");
}

/// Whether the central differences of `f` with the two [`STEPS`] agree at every point and in
/// every coordinate (they do not near a kink or where rounding dominates).
fn stable(program: &[Function], f: &Function) -> bool {
    let at = |point: &[f64]| run(program, f, arguments(f, point)).ok();
    f.points.iter().all(|point| {
        (0..point.len()).all(|k| {
            let difference = |h: f64| {
                let (mut plus, mut minus) = (point.clone(), point.clone());
                plus[k] += h;
                minus[k] -= h;
                Some((at(&plus)? - at(&minus)?) / (2.0 * h))
            };
            match (difference(STEPS[0]), difference(STEPS[1])) {
                (Some(d1), Some(d2)) => {
                    (d1 - d2).abs() <= STABLE * (d1.abs() + d2.abs()).max(FLOOR)
                }
                _ => false,
            }
        })
    })
}

/// An enclosing loop: its index (if it has one) and the static bound of the index.
#[derive(Clone, Debug)]
struct LoopFrame {
    index: Option<VarId>,
    bound: usize,
    /// Whether `continue` and `break` may be written in it (not in counted loops, where a
    /// `continue` would skip the counter's increment).
    jumps: bool,
    /// The sequences it iterates over (and borrows while it runs).
    iterates: Vec<VarId>,
}

/// What the grower can undo when a statement is refused.
struct Snapshot {
    vars: usize,
    body: usize,
    scope: Vec<VarId>,
    mutables: Vec<VarId>,
    lets: Vec<VarId>,
}

/// A function being grown.
struct Grower<'a> {
    rng: &'a mut Rng,
    program: &'a [Function],
    f: Function,
    /// The variables visible at the current place, in declaration order.
    scope: Vec<VarId>,
    /// The visible `let mut` floats.
    mutables: Vec<VarId>,
    /// The visible immutable `let` floats (which may be shadowed).
    lets: Vec<VarId>,
    loops: Vec<LoopFrame>,
    /// The next number of each name prefix.
    counters: HashMap<&'static str, usize>,
    /// The array function's rows and columns.
    dims: (usize, usize),
}

impl<'a> Grower<'a> {
    fn new(rng: &'a mut Rng, program: &'a [Function], kind: Kind, name: String) -> Self {
        let dims = *[(2, 3), (3, 2), (2, 4), (3, 4)]
            .choose(rng)
            .expect("not empty");
        Grower {
            rng,
            program,
            f: Function {
                name,
                kind,
                vars: Vec::new(),
                params: Vec::new(),
                body: Vec::new(),
                result: Expr::Lit(0.0),
                sizes: Vec::new(),
                points: Vec::new(),
            },
            scope: Vec::new(),
            mutables: Vec::new(),
            lets: Vec::new(),
            loops: Vec::new(),
            counters: HashMap::new(),
            dims,
        }
    }

    fn chance(&mut self, p: f64) -> bool {
        self.rng.random_bool(p)
    }

    fn below(&mut self, n: usize) -> usize {
        self.rng.random_range(0..n)
    }

    /// A new variable `name`, visible from now on.
    fn declare(&mut self, name: String, ty: Ty, by_ref: bool) -> VarId {
        self.f.vars.push(Var { name, ty, by_ref });
        let id = self.f.vars.len() - 1;
        self.scope.push(id);
        id
    }

    /// A fresh name with `prefix`: `t0`, `t1`, ..
    fn fresh(&mut self, prefix: &'static str) -> String {
        let counter = self.counters.entry(prefix).or_insert(0);
        *counter += 1;
        format!("{prefix}{}", *counter - 1)
    }

    /// Ends the visibility of every variable declared after `mark` (a scope length).
    fn close(&mut self, mark: usize) {
        let gone: Vec<VarId> = self.scope.drain(mark..).collect();
        self.mutables.retain(|v| !gone.contains(v));
        self.lets.retain(|v| !gone.contains(v));
    }

    fn params(&mut self) {
        let (rows, cols) = self.dims;
        let mut params: Vec<(String, Ty)> = Vec::new();
        match self.f.kind {
            Kind::Helper => {
                for k in 0..1 + self.below(3) {
                    params.push((format!("y{k}"), Ty::F64));
                }
                if self.chance(0.3) {
                    params.push(("ys".into(), Ty::Slice(3 + self.below(2))));
                }
            }
            Kind::Scalar => {
                for k in 0..1 + self.below(3) {
                    params.push((format!("x{k}"), Ty::F64));
                }
                if self.chance(0.65) {
                    params.push(("xs".into(), Ty::Slice(3 + self.below(3))));
                    if self.chance(0.35) {
                        params.push(("ys".into(), Ty::Slice(2 + self.below(3))));
                    }
                }
                if self.chance(0.4) {
                    params.push(("n".into(), Ty::Usize));
                }
            }
            Kind::Array => {
                params.push(("a".into(), Ty::Arr(Shape::D2(rows, cols))));
                let optional = [
                    ("u", Ty::Arr(Shape::D1(cols)), 0.7),
                    ("w", Ty::Arr(Shape::D1(rows)), 0.4),
                    ("b", Ty::Arr(Shape::D2(rows, cols)), 0.3),
                    ("c", Ty::Arr(Shape::D2(rows, 1)), 0.15),
                    ("d", Ty::Arr(Shape::D2(1, cols)), 0.15),
                    ("x0", Ty::F64, 0.6),
                    ("x1", Ty::F64, 0.25),
                ];
                for (name, ty, p) in optional {
                    if self.chance(p) {
                        params.push((name.into(), ty));
                    }
                }
            }
        }
        params.shuffle(self.rng);
        for (name, ty) in params {
            let by_ref = matches!(ty, Ty::Arr(_));
            let id = self.declare(name, ty, by_ref);
            self.f.params.push(id);
            if ty == Ty::Usize {
                let size = 2 + self.below(3);
                self.f.sizes.push(size);
            }
        }
    }

    /// [`POINTS`] points: every float of either sign, magnitude in [0.2, 1.4), two decimals.
    fn points(&mut self) {
        let len = self.f.point_len();
        for _ in 0..POINTS {
            let point = (0..len)
                .map(|_| {
                    let magnitude = 0.2 + 1.2 * self.rng.random::<f64>();
                    let sign = if self.chance(0.5) { 1.0 } else { -1.0 };
                    (sign * magnitude * 100.0).round() / 100.0
                })
                .collect();
            self.f.points.push(point);
        }
    }

    /// Whether the function as grown so far runs cleanly at every point.
    fn runs(&self) -> bool {
        self.f
            .points
            .iter()
            .all(|point| run(self.program, &self.f, arguments(&self.f, point)).is_ok())
    }

    fn snapshot(&self) -> Snapshot {
        Snapshot {
            vars: self.f.vars.len(),
            body: self.f.body.len(),
            scope: self.scope.clone(),
            mutables: self.mutables.clone(),
            lets: self.lets.clone(),
        }
    }

    fn restore(&mut self, snapshot: Snapshot) {
        self.f.vars.truncate(snapshot.vars);
        self.f.body.truncate(snapshot.body);
        self.scope = snapshot.scope;
        self.mutables = snapshot.mutables;
        self.lets = snapshot.lets;
        self.loops.clear();
    }

    /// The top-level statements, each kept only if the function still runs cleanly.
    fn body(&mut self) {
        let slots = match self.f.kind {
            Kind::Helper => self.below(3),
            Kind::Scalar => 2 + self.below(5),
            Kind::Array => 2 + self.below(4),
        };
        for _ in 0..slots {
            for _ in 0..TRIES {
                let snapshot = self.snapshot();
                let stmts = self.top_stmt();
                self.f.body.extend(stmts);
                if self.runs() {
                    break;
                }
                self.restore(snapshot);
            }
        }
    }

    /// The result: an expression, plus every top-level local that nothing reads yet, the
    /// accumulators (whose last value nothing reads otherwise) and an element of every local
    /// buffer. Whether it runs cleanly.
    ///
    /// A buffer whose elements no float expression reads (only its length, or in comparisons)
    /// does not compile: the macro cannot infer its adjoint's type (E0283; reported in issue
    /// #13's differential-testing report). Reading one element of every buffer in the result
    /// keeps the programs inside what the README documents, buffers "read again".
    fn finish(&mut self) -> bool {
        let mut result = self.expr(3);
        let read = crate::reads::value_reads(&self.f.body, Some(&result));
        let assigned = crate::reads::assigned(&self.f.body);
        let params = self.f.params.clone();
        for var in self.scope.clone() {
            let local = !params.contains(&var);
            let term = match self.f.ty(var) {
                Ty::F64 if !read.contains(&var) || assigned.contains(&var) => Expr::Var(var),
                Ty::Usize if !read.contains(&var) => {
                    let leaf = self.typed_leaf();
                    Expr::Bin(
                        crate::ast::BinOp::Mul,
                        Box::new(Expr::Cast(crate::ast::IntExpr::Var(var))),
                        Box::new(leaf),
                    )
                }
                Ty::Slice(n) | Ty::Vec(n) if local || !read.contains(&var) => {
                    Expr::Elem(var, crate::ast::IntExpr::Lit(n - 1))
                }
                Ty::Nested(nested) => Expr::Nested(
                    var,
                    nested
                        .dims()
                        .into_iter()
                        .map(|len| crate::ast::IntExpr::Lit(len - 1))
                        .collect(),
                ),
                Ty::Arr(_) if local || !read.contains(&var) => {
                    Expr::Sum(Box::new(crate::ast::ArrExpr::Var(var)))
                }
                _ => continue,
            };
            result = Expr::Bin(crate::ast::BinOp::Add, Box::new(result), Box::new(term));
        }
        self.f.result = result;
        self.runs()
    }

    /// `count` statements (at least one) of a loop or branch body, checked with the top-level
    /// statement that holds them.
    fn stmts(&mut self, count: usize, depth: u32) -> Vec<Stmt> {
        let mut stmts: Vec<Stmt> = (0..count).filter_map(|_| self.body_stmt(depth)).collect();
        if stmts.is_empty() {
            // The templates declare an accumulator before every body they grow.
            stmts.extend(self.update(2));
        }
        stmts
    }
}
