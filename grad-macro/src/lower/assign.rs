//! Assignments: `x = e`, `x op= e`, `x[i] = e` (compound ones as a read, the operation and a
//! write), and tuples of variables assigned element by element.

use proc_macro2::TokenStream;
use quote::{ToTokens, quote};
use syn::spanned::Spanned;
use syn::{Expr, UnOp};

use super::{Lowered, Lowerer};
use crate::ir::{Atom, Binding, Block, Op, Operand, Stmt, Value};
use crate::naming;

impl Lowerer<'_> {
    /// `left = right`, or `left op= right` when `compound` is given.
    pub(super) fn lower_assign(
        &mut self,
        left: &Expr,
        right: &Expr,
        compound: Option<(Op, &Expr)>,
        out: &mut Block,
    ) {
        if let Expr::Index(index) = left
            && let Some(base) = self.var_of_path(&index.expr)
            && !matches!(&*index.index, Expr::Range(_))
        {
            return self.lower_index_assign(base, &index.index, right, compound, out);
        }
        if let Some((base, indices)) = self.nested_index(left) {
            return self.lower_write(base, &indices, right, compound, out);
        }
        let whole: TokenStream = compound
            .as_ref()
            .map_or_else(|| quote!(#left = #right), |(_, e)| e.to_token_stream());
        if let Expr::Unary(unary) = left
            && matches!(unary.op, UnOp::Deref(_))
        {
            // A write through a reference may change any differentiated value: report it
            // whenever the value written carries a derivative, or the reference is to one.
            let mut mentions = self.token_mentions(whole.clone());
            mentions.extend(self.token_mentions(right.to_token_stream()));
            let message = "writing through a `&mut` reference is not supported by #[differentiate]; assign the variable itself (`y = ..`) or an element by index (`x[i] = ..`)";
            return self.keep_assignment(whole, message, mentions, out);
        }
        let target = match left {
            Expr::Path(path) => path.path.get_ident().and_then(|ident| {
                let target = self.lookup(&naming::stem(ident)).cloned()?;
                Some((ident, target))
            }),
            _ => None,
        };
        let Some((ident, target)) = target else {
            let mentions = self.token_mentions(whole.clone());
            let message = "assigning into a field of a differentiated value (or an element more than three indices deep) is not supported; assign the variable itself (`x = ..`) or an element by index (`x[i] = ..`, `x[i][j] = ..`, `w[[i, j]] = ..`), or build the value with `let`";
            return self.keep_assignment(whole, message, mentions, out);
        };
        self.assign_named(left, right, target, compound, &naming::stem(ident), out);
    }

    /// `x = right`, `x op= right` and `(a, b) = right` on names bound in scope.
    fn assign_named(
        &mut self,
        left: &Expr,
        right: &Expr,
        target: Operand,
        compound: Option<(Op, &Expr)>,
        hint: &str,
        out: &mut Block,
    ) {
        match (target, compound) {
            (Operand::Atom(Atom::Var(var)), Some((op, expr))) => {
                let rhs = self.lower_atom(right, out, hint);
                let value = Value::Prim {
                    op,
                    args: vec![Atom::Var(var), rhs],
                    span: expr.span(),
                };
                self.assign(out, var, value, Binding::Reassign);
            }
            (Operand::Atom(Atom::Var(var)), None) => {
                let value = match self.lower_expr(right, out, hint) {
                    Lowered::Value(value) => value,
                    Lowered::Operand(Operand::Atom(atom)) => Value::Atom(atom),
                    Lowered::Operand(Operand::Tuple(_)) => {
                        let message = "a tuple cannot be assigned to a number";
                        return self.cx.error_spanned_by(right, message);
                    }
                };
                self.assign(out, var, value, Binding::Reassign);
            }
            (Operand::Tuple(targets), None) => {
                let source = self.lower_operand(right, out, hint);
                let mut names = Vec::new();
                collect_names(&targets, &self.vars, &mut names);
                let source = self.snapshot(source, &names, out);
                self.assign_tuple(left, &targets, source, out);
            }
            _ => self.cx.error_spanned_by(
                left,
                "this compound assignment is not supported by #[differentiate]",
            ),
        }
    }

    /// An assignment kept as written, an error if it touches a differentiated value.
    fn keep_assignment(
        &mut self,
        whole: TokenStream,
        message: &str,
        mentions: Vec<crate::ir::VarId>,
        out: &mut Block,
    ) {
        self.push_deferred(whole.clone(), message.to_owned(), mentions);
        out.stmts.push(Stmt::Verbatim(quote!(#whole;)));
    }

    /// `base[index] = right`, or `base[index] op= right` as a read, the operation and a write.
    fn lower_index_assign(
        &mut self,
        base: crate::ir::VarId,
        index: &Expr,
        right: &Expr,
        compound: Option<(Op, &Expr)>,
        out: &mut Block,
    ) {
        self.check_index(index);
        self.lower_write(base, std::slice::from_ref(index), right, compound, out);
    }

    pub(super) fn push_index_write(
        &mut self,
        base: crate::ir::VarId,
        index: Expr,
        value: Atom,
        out: &mut Block,
    ) {
        self.push_write(base, index, 1, value, out);
    }

    fn push_write(
        &mut self,
        base: crate::ir::VarId,
        index: Expr,
        levels: usize,
        value: Atom,
        out: &mut Block,
    ) {
        self.writes += 1;
        out.stmts.push(Stmt::IndexAssign {
            base,
            index,
            value,
            count: self.writes,
            levels,
        });
    }

    /// `base[i][j]` or `base[i][j][k]` on a variable, none of them a range: the variable and
    /// the indices, outermost first.
    fn nested_index(&self, left: &Expr) -> Option<(crate::ir::VarId, Vec<Expr>)> {
        let mut indices = Vec::new();
        let mut place = left;
        while let Expr::Index(index) = place {
            if matches!(&*index.index, Expr::Range(_)) {
                return None;
            }
            indices.push((*index.index).clone());
            place = &index.expr;
        }
        let base = self.var_of_path(place)?;
        indices.reverse();
        (2..=3).contains(&indices.len()).then_some((base, indices))
    }

    /// `base[index] = right`, or `base[i][j] = right` through two or three indices (their
    /// tuple the index the write saves, `grad::__private::Nested` in the reverse sweep); a
    /// compound `op=` as a read of the element (by index, or as a place), the operation and a
    /// write, the indices evaluated once.
    fn lower_write(
        &mut self,
        base: crate::ir::VarId,
        indices: &[Expr],
        right: &Expr,
        compound: Option<(Op, &Expr)>,
        out: &mut Block,
    ) {
        self.vars[base.0].indexed = true;
        let hint = format!("{}_elem", self.vars[base.0].base);
        let levels = indices.len();
        let index: Expr = match indices {
            [index] => index.clone(),
            _ => syn::parse_quote!((#(#indices),*)),
        };
        let Some((op, expr)) = compound else {
            let value = self.lower_atom(right, out, &hint);
            return self.push_write(base, index, levels, value, out);
        };
        // `at = index; old = base[at]; base[at] = old op right`.
        let at = self.new_temp(&format!("{}_index", self.vars[base.0].base));
        self.assign(out, at, Value::Verbatim(index), Binding::Let { ty: None });
        let at_ident = self.vars[at.0].ident.clone();
        let index: Expr = syn::parse_quote!(#at_ident);
        let read = if levels == 1 {
            Value::Index {
                base,
                index: index.clone(),
                flat: false,
                borrowed: false,
            }
        } else {
            let path = (0..levels)
                .map(syn::Index::from)
                .map(|k| crate::ir::Projection::Index(syn::parse_quote!(#at_ident.#k)));
            Value::Place {
                base,
                path: path.collect(),
                borrowed: false,
            }
        };
        let old = self.new_temp(&hint);
        self.assign(out, old, read, Binding::Let { ty: None });
        let rhs = self.lower_atom(right, out, &hint);
        let new = self.new_temp(&hint);
        let value = Value::Prim {
            op,
            args: vec![Atom::Var(old), rhs],
            span: expr.span(),
        };
        self.assign(out, new, value, Binding::Let { ty: None });
        self.push_write(base, index, levels, Atom::Var(new), out);
    }

    /// An index is an integer (or an array of them), which carries no derivative whatever it is
    /// computed from (`p.v[p.n - 1]`, `ys[x as usize]`): nothing to check.
    pub(super) fn check_index(&mut self, _index: &Expr) {}

    fn assign_tuple(&mut self, left: &Expr, targets: &[Operand], source: Operand, out: &mut Block) {
        let Operand::Tuple(sources) = source else {
            self.cx.error_spanned_by(
                left,
                "a tuple variable must be assigned a tuple of the same length",
            );
            return;
        };
        if sources.len() != targets.len() {
            self.cx.error_spanned_by(
                left,
                "a tuple variable must be assigned a tuple of the same length",
            );
            return;
        }
        for (target, source) in targets.iter().zip(sources) {
            match (target, source) {
                (Operand::Atom(Atom::Var(var)), Operand::Atom(atom)) => {
                    self.assign(out, *var, Value::Atom(atom), Binding::Reassign)
                }
                (Operand::Tuple(inner), source) => self.assign_tuple(left, inner, source, out),
                _ => self.cx.error_spanned_by(
                    left,
                    "a tuple variable must be assigned a tuple of the same shape",
                ),
            }
        }
    }
}

/// The source names of the variables in a tuple of targets.
fn collect_names(targets: &[Operand], vars: &[crate::ir::Var], names: &mut Vec<String>) {
    for target in targets {
        match target {
            Operand::Atom(Atom::Var(id) | Atom::Ref(id) | Atom::Deref(id)) => {
                names.push(vars[id.0].base.clone())
            }
            Operand::Atom(Atom::Const(_)) => {}
            Operand::Tuple(inner) => collect_names(inner, vars, names),
        }
    }
}
