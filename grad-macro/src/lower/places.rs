//! Places: fields and indices of variables (`p.w`, `p.layers[i].w`, `x[i]`, `t.0`). A read of a
//! place is one IR value whose cotangent goes into the same place of the variable's adjoint.

use syn::Expr;

use super::{Lowered, Lowerer};
use crate::ir::{Atom, Block, Operand, Projection, Value, VarId};
use crate::naming;

impl Lowerer<'_> {
    /// `base[index]` on a variable: an indexed read whose adjoint goes to one element.
    pub(super) fn lower_index(
        &mut self,
        index: &syn::ExprIndex,
        expr: &Expr,
        out: &mut Block,
        hint: &str,
    ) -> Lowered {
        if is_slicing(expr) || is_slicing(&index.expr) {
            return self.opaque(expr, SLICING.to_owned());
        }
        if let Some(place) = self.lower_place(expr, false) {
            return place;
        }
        let base = match self.var_of_path(&index.expr) {
            None if is_computed(&index.expr) => self.hold(&index.expr, out, hint),
            base => base,
        };
        match base {
            Some(base) => {
                self.vars[base.0].indexed = true;
                self.check_index(&index.index);
                Lowered::Value(Value::Index {
                    base,
                    index: self.resolve_tuples(&index.index),
                    flat: false,
                    borrowed: false,
                })
            }
            None if matches!(&*index.expr, Expr::Path(_)) => {
                // A constant table (`const`, `static`): a constant element.
                Lowered::Operand(Operand::Atom(Atom::Const(expr.clone())))
            }
            None => self.opaque(
                expr,
                "indexing is supported on variables only; for nested containers use an ndarray array and `w[[i, j]]`".to_owned(),
            ),
        }
    }

    pub(super) fn lower_field(
        &mut self,
        field: &syn::ExprField,
        expr: &Expr,
        out: &mut Block,
        hint: &str,
    ) -> Lowered {
        if let Some(operand) = self.tuple_field(expr) {
            return Lowered::Operand(operand);
        }
        if let Some(place) = self.lower_place(expr, false) {
            return place;
        }
        if is_computed(&field.base) {
            // `x.sin_cos().0`: the element of the value, held whole in a temporary, as
            // `let (s, c) = x.sin_cos()` holds it.
            return match self.lower_operand(&field.base, out, hint) {
                Operand::Tuple(elems) => match &field.member {
                    syn::Member::Unnamed(index) if (index.index as usize) < elems.len() => {
                        match &elems[index.index as usize] {
                            Operand::Atom(atom) => Lowered::Operand(Operand::Atom(atom.clone())),
                            tuple => Lowered::Operand(tuple.clone()),
                        }
                    }
                    _ => self.opaque(expr, "this tuple has no such element".to_owned()),
                },
                Operand::Atom(Atom::Var(whole)) => {
                    self.vars[whole.0].indexed = true;
                    Lowered::Value(Value::Place {
                        base: whole,
                        path: vec![Projection::Field(field.member.clone())],
                        borrowed: false,
                    })
                }
                Operand::Atom(_) => Lowered::Operand(Operand::Atom(Atom::Const(expr.clone()))),
            };
        }
        self.opaque(
            expr,
            "this field access cannot be differentiated; read fields of a variable (`p.w`, `&p.layers[i].w`)".to_owned(),
        )
    }

    /// The variable holding the value of `expr` (a call, a literal), computed here.
    fn hold(&mut self, expr: &Expr, out: &mut Block, hint: &str) -> Option<VarId> {
        match self.lower_operand(expr, out, hint) {
            Operand::Atom(Atom::Var(id)) => Some(id),
            _ => None,
        }
    }

    /// `p.w`, `p.layers[i].w`, `p.v[i]` on a variable `p`: a read of that place (`borrowed`:
    /// `&p.w`, `&xs[i]`, a method's receiver). Unborrowed reads need a field; `x[i]` alone is
    /// an indexed read of a copy. `None` for anything else.
    pub(super) fn lower_place(&mut self, expr: &Expr, borrowed: bool) -> Option<Lowered> {
        let (base, path) = self.place_of(expr)?;
        let has_field = path.iter().any(|step| matches!(step, Projection::Field(_)));
        // `x[i][j]` (a slice of Rust arrays, a `Vec` of `Vec`s) is a place too.
        let nested = path.len() >= 2;
        if path.is_empty() || !(has_field || borrowed || nested) {
            return None;
        }
        self.vars[base.0].indexed = true;
        if let [Projection::Index(index)] = &path[..] {
            // `&x[i]`: a reference to one element, whose cotangent goes to that element of
            // `x`'s adjoint (an element, not a place of a struct: `x` may be an array).
            return Some(Lowered::Value(Value::Index {
                base,
                index: self.resolve_tuples(index),
                flat: false,
                borrowed: true,
            }));
        }
        let path = path
            .into_iter()
            .map(|step| match step {
                Projection::Index(index) => Projection::Index(self.resolve_tuples(&index)),
                field => field,
            })
            .collect();
        Some(Lowered::Value(Value::Place {
            base,
            path,
            borrowed,
        }))
    }

    /// The variable and the steps of a place expression.
    pub(super) fn place_of(&self, expr: &Expr) -> Option<(crate::ir::VarId, Vec<Projection>)> {
        match expr {
            Expr::Path(_) => Some((self.var_of_path(expr)?, Vec::new())),
            Expr::Paren(paren) => self.place_of(&paren.expr),
            Expr::Field(field) => {
                let (base, mut path) = self.place_of(&field.base)?;
                path.push(Projection::Field(field.member.clone()));
                Some((base, path))
            }
            Expr::Index(index) if !matches!(&*index.index, Expr::Range(_)) => {
                let (base, mut path) = self.place_of(&index.expr)?;
                path.push(Projection::Index((*index.index).clone()));
                Some((base, path))
            }
            _ => None,
        }
    }

    /// `t.0`, `t.1.0`, `(t).1` on a name bound to a tuple: the element itself.
    pub(super) fn tuple_field(&self, expr: &Expr) -> Option<Operand> {
        match expr {
            Expr::Path(path) => {
                let ident = path.path.get_ident()?;
                self.lookup(&naming::stem(ident)).cloned()
            }
            Expr::Paren(paren) => self.tuple_field(&paren.expr),
            Expr::Field(field) => {
                let syn::Member::Unnamed(index) = &field.member else {
                    return None;
                };
                match self.tuple_field(&field.base)? {
                    Operand::Tuple(elems) => elems.get(index.index as usize).cloned(),
                    Operand::Atom(_) => None,
                }
            }
            _ => None,
        }
    }
}

pub(super) const SLICING: &str = "slicing a differentiated value into a variable is not supported; walk the slice where it is used (`for v in &x[1..3]`, `x[1..3].iter().sum()`) or index its elements one at a time";

/// `x[a..b]` (or an expression indexing into one).
pub(super) fn is_slicing(expr: &Expr) -> bool {
    match expr {
        Expr::Index(index) => matches!(&*index.index, Expr::Range(_)) || is_slicing(&index.expr),
        Expr::Paren(paren) => is_slicing(&paren.expr),
        _ => false,
    }
}

/// A value computed by the expression itself (a call, a method call, a literal), not read
/// from a place.
fn is_computed(expr: &Expr) -> bool {
    match expr {
        Expr::Paren(paren) => is_computed(&paren.expr),
        Expr::Call(_) | Expr::MethodCall(_) | Expr::Macro(_) | Expr::Array(_) => true,
        _ => false,
    }
}
