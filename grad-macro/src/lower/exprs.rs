//! Expressions: each lowers to an operand, or to one primitive applied to atoms that the
//! caller binds (`let x = a * b` binds the product to `x` itself). Arithmetic and casts are
//! primitives; comparisons, logic, ranges and integer casts are kept as written (their results
//! carry no derivative); places, assignments, calls and control flow have modules of their own.

use quote::ToTokens;
use syn::spanned::Spanned;
use syn::{BinOp, Expr, UnOp};

use super::places::{SLICING, is_slicing};
use super::{Lowered, Lowerer, unit};
use crate::ir::{Atom, Block, Op, Operand, Value, VarOrigin};
use crate::naming;
use crate::syntax;

impl Lowerer<'_> {
    pub(super) fn lower_operand(&mut self, expr: &Expr, out: &mut Block, hint: &str) -> Operand {
        match self.lower_expr(expr, out, hint) {
            Lowered::Operand(operand) => operand,
            Lowered::Value(value) => Operand::Atom(self.bind_temp(value, out, hint)),
        }
    }

    /// An argument of a call: an atom; a tuple argument (`Array2::zeros((n, m))`) is kept as
    /// written, and must not carry a derivative.
    pub(super) fn lower_argument(&mut self, expr: &Expr, out: &mut Block, hint: &str) -> Atom {
        if matches!(expr, Expr::Tuple(_)) {
            self.defer_expr(
                expr,
                "a tuple argument cannot carry a derivative; pass the differentiated values as separate arguments".to_owned(),
            );
            return Atom::Const(self.resolve_tuples(expr));
        }
        self.lower_atom(expr, out, hint)
    }

    pub(super) fn lower_atom(&mut self, expr: &Expr, out: &mut Block, hint: &str) -> Atom {
        match self.lower_operand(expr, out, hint) {
            Operand::Atom(atom) => atom,
            Operand::Tuple(_) => {
                self.cx.error_spanned_by(
                    expr,
                    "a tuple cannot be used as a number here; take one of its elements",
                );
                Atom::Const(expr.clone())
            }
        }
    }

    pub(super) fn prim(op: Op, args: Vec<Atom>, expr: &Expr) -> Lowered {
        Lowered::Value(Value::Prim {
            op,
            args,
            span: expr.span(),
        })
    }

    /// A construct kept as written: a constant if it touches no differentiated value, an error
    /// (after the activity analysis) if it does.
    pub(super) fn opaque(&mut self, expr: &Expr, message: String) -> Lowered {
        self.defer_expr(expr, message);
        Lowered::Operand(Operand::Atom(Atom::Const(expr.clone())))
    }

    pub(super) fn lower_expr(&mut self, expr: &Expr, out: &mut Block, hint: &str) -> Lowered {
        match expr {
            Expr::Lit(_) => constant(expr.clone()),
            Expr::Path(path) => self.lower_path(path, expr),
            Expr::Paren(paren) => self.lower_expr(&paren.expr, out, hint),
            Expr::Group(group) => self.lower_expr(&group.expr, out, hint),
            Expr::Binary(binary) => self.lower_binary(binary, expr, out, hint),
            Expr::Unary(unary) => self.lower_unary(unary, expr, out, hint),
            Expr::Cast(cast) if crate::types::is_float(&cast.ty) => {
                let operand = self.lower_atom(&cast.expr, out, hint);
                Self::prim(Op::Cast((*cast.ty).clone()), vec![operand], expr)
            }
            // A cast to an integer, a range: constants of the reverse sweep.
            Expr::Cast(_) | Expr::Range(_) => {
                Lowered::Value(Value::Verbatim(self.resolve_tuples(expr)))
            }
            Expr::MethodCall(call) => self.lower_method_call(call, expr, out, hint),
            Expr::Call(call) => self.lower_call(call, expr, out, hint),
            Expr::If(expr_if) => Lowered::Operand(self.lower_if(expr_if, out, hint, None)),
            Expr::Match(expr_match) => {
                Lowered::Operand(self.lower_match(expr_match, out, hint, None))
            }
            Expr::Block(block) if block.label.is_none() => {
                Lowered::Operand(self.lower_block_expr(&block.block, out, hint, None))
            }
            Expr::Tuple(tuple) => {
                let elems = tuple
                    .elems
                    .iter()
                    .map(|elem| self.lower_operand(elem, out, hint))
                    .collect();
                Lowered::Operand(Operand::Tuple(elems))
            }
            Expr::Struct(literal) => self.lower_struct_literal(literal, expr, out, hint),
            Expr::Field(field) => self.lower_field(field, expr, out, hint),
            Expr::Index(index) => self.lower_index(index, expr, out, hint),
            Expr::Macro(mac) => self.lower_macro(mac, expr, out, hint),
            Expr::Array(array) => self.lower_array_literal(array, expr, out, hint),
            Expr::Reference(reference) => self.lower_reference(reference, expr, out, hint),
            Expr::Assign(assign) => {
                self.lower_assign(&assign.left, &assign.right, None, out);
                Lowered::Operand(unit())
            }
            Expr::Return(_) | Expr::Break(_) | Expr::Continue(_) => {
                self.lower_jump(expr, out);
                Lowered::Operand(unit())
            }
            Expr::ForLoop(_) | Expr::While(_) | Expr::Loop(_) => match self.lower_loop(expr, out) {
                Some(value) => Lowered::Operand(value),
                None => Lowered::Operand(unit()),
            },
            _ => self.lower_unsupported(expr),
        }
    }

    /// `-x` is a primitive, `!c` a constant, `*x` the element of a loop over `.iter()`.
    fn lower_unary(
        &mut self,
        unary: &syn::ExprUnary,
        expr: &Expr,
        out: &mut Block,
        hint: &str,
    ) -> Lowered {
        match unary.op {
            UnOp::Neg(_) => {
                let operand = self.lower_atom(&unary.expr, out, hint);
                Self::prim(Op::Neg, vec![operand], expr)
            }
            UnOp::Not(_) => Lowered::Value(Value::Verbatim(self.resolve_tuples(expr))),
            // `*v` where `v` is a reference the macro follows (an element of `x.iter()`, a
            // `let r = &x`); or a value it read already.
            UnOp::Deref(_) => match self.lower_operand(&unary.expr, out, hint) {
                Operand::Atom(Atom::Var(id)) if self.vars[id.0].by_ref => {
                    Lowered::Operand(Operand::Atom(Atom::Deref(id)))
                }
                Operand::Atom(Atom::Ref(id)) => Lowered::Operand(Operand::Atom(Atom::Var(id))),
                Operand::Atom(Atom::Var(id)) if self.vars[id.0].origin == VarOrigin::Temp => {
                    Lowered::Operand(Operand::Atom(Atom::Var(id)))
                }
                _ => self.opaque(
                    expr,
                    "dereferencing a differentiated value is not supported; pass floats by value"
                        .to_owned(),
                ),
            },
            _ => self.opaque(expr, "this operator has no derivative rule".to_owned()),
        }
    }

    /// `&x` (passed as written to calls, its cotangent going to `x`), `&p.w` (a borrowed place).
    fn lower_reference(
        &mut self,
        reference: &syn::ExprReference,
        expr: &Expr,
        out: &mut Block,
        hint: &str,
    ) -> Lowered {
        if reference.mutability.is_some() {
            return self.opaque(
                expr,
                "a `&mut` borrow of a differentiated value is not supported: code that writes through it is invisible to the derivative; have the helper return the new values (mark it #[differentiate] or give it a `_vjp`), or write the elements with indexing".to_owned(),
            );
        }
        if is_slicing(&reference.expr) {
            return self.opaque(expr, SLICING.to_owned());
        }
        if let Some(place) = self.lower_place(&reference.expr, true) {
            return place;
        }
        match self.lower_operand(&reference.expr, out, hint) {
            Operand::Atom(Atom::Var(id)) => Lowered::Operand(Operand::Atom(Atom::Ref(id))),
            Operand::Atom(Atom::Const(_)) => constant(self.resolve_tuples(expr)),
            _ => self.opaque(
                expr,
                "a reference to a differentiated value is not supported here; pass floats by value, and containers to functions marked #[differentiate]".to_owned(),
            ),
        }
    }

    /// Expressions that can never be differentiated (errors now), and those kept as written
    /// (errors if they touch a differentiated value).
    fn lower_unsupported(&mut self, expr: &Expr) -> Lowered {
        let never = match expr {
            Expr::Unsafe(unsafe_block) => Some((
                unsafe_block.unsafe_token.to_token_stream(),
                "`unsafe` blocks cannot be differentiated; move the unsafe code into a helper function and give it a hand-written `_vjp`",
            )),
            Expr::Async(async_block) => Some((
                async_block.async_token.to_token_stream(),
                "`async` blocks cannot be differentiated; differentiate a synchronous function",
            )),
            Expr::Await(await_expr) => Some((
                await_expr.to_token_stream(),
                "`.await` cannot be differentiated; differentiate a synchronous function",
            )),
            _ => None,
        };
        if let Some((tokens, message)) = never {
            self.cx.error_spanned_by(tokens, message);
            return constant(expr.clone());
        }
        let message = match expr {
            Expr::Closure(_) => {
                "closures cannot be differentiated; write a named function marked #[differentiate] and call it"
            }
            Expr::Repeat(_) => {
                "`[x; N]` cannot be differentiated; write `vec![x; n]`, or the elements one by one: `[a, b, c]`"
            }
            _ => {
                "this expression cannot be differentiated: #[differentiate] supports arithmetic, float methods, calls, `let`, `if` and blocks on differentiated values"
            }
        };
        self.opaque(expr, message.to_owned())
    }

    fn lower_path(&mut self, path: &syn::ExprPath, expr: &Expr) -> Lowered {
        if path.qself.is_none()
            && let Some(ident) = path.path.get_ident()
            && let Some(operand) = self.lookup(&naming::stem(ident))
        {
            return Lowered::Operand(operand.clone());
        }
        // A constant, a static, a unit struct: not a local variable, so a constant here.
        Lowered::Operand(Operand::Atom(Atom::Const(expr.clone())))
    }

    fn lower_binary(
        &mut self,
        binary: &syn::ExprBinary,
        expr: &Expr,
        out: &mut Block,
        hint: &str,
    ) -> Lowered {
        let arithmetic = |op: &BinOp| match op {
            BinOp::Add(_) | BinOp::AddAssign(_) => Some(Op::Add),
            BinOp::Sub(_) | BinOp::SubAssign(_) => Some(Op::Sub),
            BinOp::Mul(_) | BinOp::MulAssign(_) => Some(Op::Mul),
            BinOp::Div(_) | BinOp::DivAssign(_) => Some(Op::Div),
            _ => None,
        };
        let compound = matches!(
            binary.op,
            BinOp::AddAssign(_) | BinOp::SubAssign(_) | BinOp::MulAssign(_) | BinOp::DivAssign(_)
        );
        match arithmetic(&binary.op) {
            Some(op) if compound => {
                self.lower_assign(&binary.left, &binary.right, Some((op, expr)), out);
                Lowered::Operand(Operand::Tuple(Vec::new()))
            }
            Some(op) => {
                let lhs = operator_operand(self.lower_atom(&binary.left, out, hint));
                let rhs = operator_operand(self.lower_atom(&binary.right, out, hint));
                Self::prim(op, vec![lhs, rhs], expr)
            }
            None => match binary.op {
                // Kept as written, which also keeps `&&` and `||` lazy.
                ref op if syntax::is_boolean_operator(op) => {
                    Lowered::Value(Value::Verbatim(self.resolve_tuples(expr)))
                }
                _ => self.opaque(
                    expr,
                    format!(
                        "the operator `{}` has no derivative rule; #[differentiate] differentiates `+ - * /` and unary `-`",
                        binary.op.to_token_stream()
                    ),
                ),
            },
        }
    }
}

/// An operand of an operator: a constant borrowed as written (`&k * &array![1.0, 2.0]`) is the
/// value borrowed, since the operator rules borrow their operands themselves.
fn operator_operand(atom: Atom) -> Atom {
    match atom {
        Atom::Const(Expr::Reference(reference)) if reference.mutability.is_none() => {
            Atom::Const(*reference.expr)
        }
        atom => atom,
    }
}

/// A constant expression.
fn constant(expr: Expr) -> Lowered {
    Lowered::Operand(Operand::Atom(Atom::Const(expr)))
}
