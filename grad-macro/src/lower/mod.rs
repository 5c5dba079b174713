//! Lowering: the function body, as syn parsed it, to the IR of `ir.rs` (A-normal form with
//! structured regions). See the module doc of `ir.rs` for the output contract.
//!
//! ```text
//! // Input                                  // Output (IR, written as Rust)
//! let e = (a + b) * (b + 1.0);              let e_t1 = add(a, b);
//!                                           let e_t2 = add(b, 1.0);
//!                                           let e = mul(e_t1, e_t2);
//! ```
//!
//! `break`, `continue` and early `return` become flags (see `jumps.rs`), so that every region
//! runs to its end and the reverse sweep can replay it from its record.
//!
//! Constructs whose meaning for derivatives the macro cannot know (closures, macros, unknown
//! methods) are kept as written and recorded as [`Deferred`] checks: once the activity analysis
//! knows which variables carry derivatives, each such construct that touches one becomes a
//! spanned error. Constructs that can never be differentiated (`unsafe`, `async`) are errors at
//! once.
//!
//! One module per concern: `stmts.rs` (statement lists, `let`), `patterns.rs` (what a `let`
//! binds), `exprs.rs` (expressions), `places.rs` (fields and indices), `assign.rs`
//! (assignments), `calls.rs` (methods and functions), `literals.rs` (`array![..]`, `[..]`,
//! `vec![..]`, `concatenate`, `stack`), `branches.rs` (`if`, `match`, blocks),
//! `loops.rs` (loops and their element iteration), `jumps.rs` (`break`, `continue`, `return`
//! as flags), `mentions.rs` (what a construct kept as written reads), and `floats.rs` (which
//! variables are floats for sure, `Var::float`).

mod assign;
mod branches;
mod calls;
mod closures;
mod exprs;
mod floats;
mod iterators;
mod jumps;
mod literals;
mod loops;
mod mentions;
mod patterns;
mod places;
mod stmts;

use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use proc_macro2::TokenStream;
use quote::ToTokens;
use syn::{Expr, Ident};

use crate::ctxt::Ctxt;
use crate::ir::{Atom, Binding, Block, Function, Operand, Stmt, Value, Var, VarId, VarOrigin};
use crate::naming;
use crate::sig::Signature;
use crate::types;

use closures::LocalClosure;
use jumps::{FunctionExit, LoopContext};

/// What a name in scope stands for.
#[derive(Clone)]
enum Bound {
    /// A variable, a tuple of them, or a constant.
    Operand(Operand),
    /// A closure bound by `let`, inlined where it is called (`closures.rs`).
    Closure(Rc<LocalClosure>),
}

/// A construct kept as written that is correct only if it touches no differentiated value.
#[derive(Debug)]
pub struct Deferred {
    pub tokens: TokenStream,
    pub message: String,
    pub mentions: Vec<VarId>,
}

/// A lowered expression: an operand, or one primitive not yet bound to a variable (so that
/// `let x = a * b` binds the product to `x` itself, not to a temporary copied into `x`).
enum Lowered {
    Operand(Operand),
    Value(Value),
}

/// The unit value `()`: what statements and assignments evaluate to.
fn unit() -> Operand {
    Operand::Tuple(Vec::new())
}

/// Lowers `body` for the function with signature `sig`. Errors go to `cx`.
pub fn lower(cx: &Ctxt, sig: &Signature, body: &syn::Block) -> (Function, Vec<Deferred>) {
    let mut lowerer = Lowerer {
        cx,
        vars: Vec::new(),
        scopes: vec![HashMap::new()],
        closures: 0,
        name: sig.name.clone(),
        recursive: false,
        used_bases: HashSet::new(),
        assignments: Vec::new(),
        temps: 0,
        regions: 0,
        writes: 0,
        deferred: Vec::new(),
        loops: Vec::new(),
        pending_flags: Vec::new(),
        exit: None,
        element_params: HashSet::new(),
        slices: HashSet::new(),
        in_zip_chain: false,
    };
    let mut params = Vec::new();
    let mut slices = HashSet::new();
    for (index, param) in sig.params.iter().enumerate() {
        let id = lowerer.new_var(&param.ident, VarOrigin::Param(index), param.mutable);
        lowerer.vars[id.0].active = param.differentiated;
        lowerer.vars[id.0].by_ref = matches!(param.ty, syn::Type::Reference(_));
        if types::iterates_as_elements(&param.ty) {
            lowerer.element_params.insert(id);
        }
        if types::is_shared_slice(&param.ty) {
            slices.insert(id);
            lowerer.slices.insert(id);
        }
        // A float taken by value (`x: &f64` is a reference).
        lowerer.vars[id.0].float = types::is_float(&param.ty);
        lowerer.bind_name(&param.ident, Operand::Atom(Atom::Var(id)));
        params.push(id);
    }
    let mut block = Block::default();
    let result = lowerer.lower_function_body(sig, body, &mut block);
    let function = Function {
        vars: lowerer.vars,
        params,
        body: block,
        result,
        reserved: lowerer.used_bases,
        recursive: lowerer.recursive,
        pure_calls: HashSet::new(),
        slices,
        body_identifiers: crate::syntax::identifiers(body.to_token_stream())
            .iter()
            .map(naming::stem)
            .collect(),
    };
    (function, lowerer.deferred)
}

struct Lowerer<'a> {
    cx: &'a Ctxt,
    vars: Vec<Var>,
    /// Innermost last: source name -> what it is bound to.
    scopes: Vec<HashMap<String, Bound>>,
    /// How many closure bodies the code being lowered is inside.
    closures: usize,
    /// The function's name, and whether the body calls it.
    name: Ident,
    recursive: bool,
    used_bases: HashSet<String>,
    /// Per variable, how many assignments it has had (names each assignment's pullback).
    assignments: Vec<usize>,
    temps: usize,
    regions: usize,
    /// Indexed writes so far (names their saved indices).
    writes: usize,
    deferred: Vec<Deferred>,
    /// The loops around the code being lowered, innermost last.
    loops: Vec<LoopContext>,
    /// Jump flags that code lowered so far may have set and that no enclosing construct has
    /// consumed yet: the rest of the current statement list runs only if none is set.
    pending_flags: Vec<Ident>,
    /// How an early `return` leaves the function, when the body has one.
    exit: Option<FunctionExit>,
    /// The parameters that are shared references to containers of reals (`x: &[f64]`): a loop
    /// `for xi in x` walks their elements as `x.iter()` does.
    element_params: HashSet<VarId>,
    /// The parameters that are shared references to slices, arrays or `Vec`s (`x: &[f64]`),
    /// and the locals made `Vec`s (`let v: Vec<f64> = ..`, `vec![..]`, `x.to_vec()`):
    /// `x.first().unwrap()` is `&x[0]` on them.
    slices: HashSet<VarId>,
    /// Whether the code being lowered is inside a chain from `Zip::from(..)` already reported
    /// as a whole (`calls.rs`), so that its inner calls are not reported again.
    in_zip_chain: bool,
}

impl Lowerer<'_> {
    fn unique_base(&mut self, name: &str) -> String {
        let mut generation = 0;
        loop {
            let base = naming::base(name, generation);
            if self.used_bases.insert(base.clone()) {
                return base;
            }
            generation += 1;
        }
    }

    fn new_var(&mut self, ident: &Ident, origin: VarOrigin, mutable: bool) -> VarId {
        let base = self.unique_base(&naming::stem(ident));
        self.push_var(Var {
            ident: ident.clone(),
            base,
            origin,
            mutable,
            by_ref: false,
            indexed: false,
            active: false,
            float: false,
        })
    }

    fn new_temp(&mut self, hint: &str) -> VarId {
        self.temps += 1;
        let base = self.unique_base(&naming::temporary(hint, self.temps));
        self.push_var(Var {
            ident: naming::hygienic(&base),
            base,
            origin: VarOrigin::Temp,
            mutable: false,
            by_ref: false,
            indexed: false,
            active: false,
            float: false,
        })
    }

    /// A hygienic name that no variable or other generated name uses.
    fn fresh_ident(&mut self, name: &str) -> Ident {
        let base = self.unique_base(name);
        naming::hygienic(&base)
    }

    fn push_var(&mut self, var: Var) -> VarId {
        self.vars.push(var);
        self.assignments.push(0);
        VarId(self.vars.len() - 1)
    }

    fn bind_name(&mut self, ident: &Ident, operand: Operand) {
        let scope = self
            .scopes
            .last_mut()
            .expect("the function scope is never popped");
        scope.insert(naming::stem(ident), Bound::Operand(operand));
    }

    /// The variable (or tuple, or constant) a name stands for; `None` for names not bound in
    /// the body, and for closures.
    fn lookup(&self, name: &str) -> Option<&Operand> {
        match self.scopes.iter().rev().find_map(|scope| scope.get(name))? {
            Bound::Operand(operand) => Some(operand),
            Bound::Closure(_) => None,
        }
    }

    /// The closure a name stands for.
    fn lookup_closure(&self, name: &str) -> Option<Rc<LocalClosure>> {
        match self.scopes.iter().rev().find_map(|scope| scope.get(name))? {
            Bound::Closure(closure) => Some(Rc::clone(closure)),
            Bound::Operand(_) => None,
        }
    }

    /// The variable a plain path expression names, if it names one in scope.
    fn var_of_path(&self, expr: &Expr) -> Option<VarId> {
        let Expr::Path(path) = expr else {
            return None;
        };
        let ident = path.path.get_ident()?;
        match self.lookup(&naming::stem(ident))? {
            Operand::Atom(Atom::Var(id)) => Some(*id),
            _ => None,
        }
    }

    fn next_region(&mut self) -> usize {
        self.regions += 1;
        self.regions
    }

    fn with_scope<T>(&mut self, lower: impl FnOnce(&mut Self) -> T) -> T {
        self.scopes.push(HashMap::new());
        let result = lower(self);
        self.scopes.pop();
        result
    }

    /// Records a construct kept as written, to be an error if it reads a differentiated value.
    fn defer_expr(&mut self, expr: &Expr, message: String) {
        let mentions = self.expr_mentions(expr);
        self.push_deferred(expr.to_token_stream(), message, mentions);
    }

    /// Like [`Self::defer_expr`] for tokens that are not an expression (a macro statement).
    fn defer_tokens(&mut self, tokens: TokenStream, message: String) {
        let mentions = self.token_mentions(tokens.clone());
        self.push_deferred(tokens, message, mentions);
    }

    fn push_deferred(&mut self, tokens: TokenStream, message: String, mentions: Vec<VarId>) {
        if !mentions.is_empty() {
            self.deferred.push(Deferred {
                tokens,
                message,
                mentions,
            });
        }
    }

    fn assign(&mut self, out: &mut Block, var: VarId, value: Value, binding: Binding) {
        if matches!(
            value,
            Value::Place { borrowed: true, .. } | Value::Index { borrowed: true, .. }
        ) {
            self.vars[var.0].by_ref = true;
        }
        if let Binding::Let { ty } = &binding {
            self.vars[var.0].float = self.is_float_let(ty.as_deref(), &value);
        }
        let index = self.assignments[var.0];
        self.assignments[var.0] += 1;
        out.stmts.push(Stmt::Assign {
            var,
            value,
            binding,
            index,
        });
    }

    /// Assigns a value to an existing variable (`var = value`).
    fn assign_operand(&mut self, var: VarId, value: Operand, out: &mut Block, span: &Expr) {
        match value {
            Operand::Atom(atom) => self.assign(out, var, Value::Atom(atom), Binding::Reassign),
            Operand::Tuple(_) => self
                .cx
                .error_spanned_by(span, "a tuple cannot be assigned to a number"),
        }
    }
}

fn collect_vars(operand: &Operand, found: &mut Vec<VarId>) {
    match operand {
        Operand::Atom(Atom::Var(id) | Atom::Ref(id) | Atom::Deref(id)) => found.push(*id),
        Operand::Atom(Atom::Const(_)) => {}
        Operand::Tuple(elems) => elems.iter().for_each(|elem| collect_vars(elem, found)),
    }
}

/// A value computed as written that carries no derivative.
fn is_constant(lowered: &Lowered) -> bool {
    matches!(
        lowered,
        Lowered::Value(Value::Verbatim(_)) | Lowered::Operand(Operand::Atom(Atom::Const(_)))
    )
}
