//! Patterns: what a `let` binds. A name binds one variable (or, for a tuple, one variable per
//! element); a tuple pattern binds its elements one by one, reading them out of a tuple
//! computed as a whole as places (`t.0`, `t.1`), so that each element's cotangent goes into
//! that element of the tuple's adjoint.

use proc_macro2::TokenStream;
use syn::visit::Visit;
use syn::{Expr, Ident, Pat, Type};

use super::{Lowered, Lowerer, is_constant};
use crate::ir::{Atom, Binding, Block, Operand, Projection, Stmt, Value, Var, VarId, VarOrigin};
use crate::naming;

impl Lowerer<'_> {
    pub(super) fn declare_pattern(&mut self, pat: &Pat, ty: Option<Box<Type>>, out: &mut Block) {
        match pat {
            Pat::Ident(ident) if ident.by_ref.is_none() && ident.subpat.is_none() => {
                let id = self.new_var(&ident.ident, VarOrigin::User, ident.mutability.is_some());
                self.vars[id.0].float = super::floats::is_float_annotation(ty.as_deref());
                out.stmts.push(Stmt::Declare { var: id, ty });
                self.bind_name(&ident.ident, Operand::Atom(Atom::Var(id)));
            }
            _ => self.cx.error_spanned_by(
                pat,
                "a `let` without a value must bind a single name under #[differentiate]",
            ),
        }
    }

    pub(super) fn bind_pattern(
        &mut self,
        pat: &Pat,
        ty: Option<Box<Type>>,
        lowered: Lowered,
        out: &mut Block,
    ) {
        match pat {
            Pat::Ident(ident) if ident.by_ref.is_none() && ident.subpat.is_none() => {
                self.bind_ident(ident, ty, lowered, out);
            }
            Pat::Tuple(_) if is_constant(&lowered) => {
                // A tuple of constants (`let (rows, cols) = w.dim();`): bound as written.
                let (Lowered::Value(Value::Verbatim(expr))
                | Lowered::Operand(Operand::Atom(Atom::Const(expr)))) = lowered
                else {
                    unreachable!("checked by is_constant")
                };
                let annotation = ty.map(|ty| quote::quote!(: #ty));
                out.stmts
                    .push(Stmt::Verbatim(quote::quote!(let #pat #annotation = #expr;)));
                self.shadow_pattern(pat);
            }
            Pat::Tuple(tuple) => self.bind_tuple(pat, tuple, ty, lowered, out),
            Pat::Slice(slice) => self.bind_array(pat, slice, ty, lowered, out),
            Pat::Paren(paren) => self.bind_pattern(&paren.pat, ty, lowered, out),
            Pat::Type(typed) => self.bind_pattern(&typed.pat, Some(typed.ty.clone()), lowered, out),
            Pat::Reference(reference) => {
                let value = self.dereference(lowered, out);
                self.bind_pattern(&reference.pat, ty, value, out);
            }
            Pat::Wild(_) => {
                if let Lowered::Value(value) = lowered {
                    let temp = self.new_temp("unused");
                    self.assign(out, temp, value, Binding::Let { ty: None });
                }
            }
            _ => self.cx.error_spanned_by(
                pat,
                "this pattern is not supported by #[differentiate]; bind a name or a tuple of names",
            ),
        }
    }

    /// What a `&pat` pattern binds `pat` to: the value behind the reference.
    fn dereference(&mut self, lowered: Lowered, out: &mut Block) -> Lowered {
        let atom = match lowered {
            Lowered::Operand(Operand::Atom(atom)) => atom,
            Lowered::Value(value) => self.bind_temp(value, out, "deref"),
            tuple @ Lowered::Operand(Operand::Tuple(_)) => return tuple,
        };
        let atom = match atom {
            Atom::Var(var) if self.vars[var.0].by_ref => Atom::Deref(var),
            // `&x` is `x`; a value already (an element the macro read by value) stays one.
            Atom::Ref(var) | Atom::Var(var) => Atom::Var(var),
            Atom::Deref(var) => Atom::Deref(var),
            Atom::Const(expr) => Atom::Const(syn::parse_quote!(*#expr)),
        };
        Lowered::Operand(Operand::Atom(atom))
    }

    /// `let x = value`: a new variable (or one per element when the value is a tuple).
    fn bind_ident(
        &mut self,
        ident: &syn::PatIdent,
        ty: Option<Box<Type>>,
        lowered: Lowered,
        out: &mut Block,
    ) {
        let mutable = ident.mutability.is_some();
        let value = match lowered {
            Lowered::Operand(Operand::Tuple(elems)) => {
                // A name bound to a tuple: one variable per element.
                let operand =
                    self.bind_tuple_elements(&ident.ident, elems, ty.as_deref(), mutable, out);
                self.bind_name(&ident.ident, operand);
                return;
            }
            Lowered::Operand(Operand::Atom(atom)) => Value::Atom(atom),
            Lowered::Value(value) => value,
        };
        let id = self.new_var(&ident.ident, VarOrigin::User, mutable);
        self.vars[id.0].by_ref = match &value {
            Value::Atom(Atom::Ref(_)) => true,
            Value::Atom(Atom::Var(source)) => self.vars[source.0].by_ref,
            _ => false,
        };
        self.assign(out, id, value, Binding::Let { ty });
        self.bind_name(&ident.ident, Operand::Atom(Atom::Var(id)));
    }

    /// `let (a, b) = value`: element by element from a tuple of operands, or as places of a
    /// tuple computed as a whole.
    fn bind_tuple(
        &mut self,
        pat: &Pat,
        tuple: &syn::PatTuple,
        ty: Option<Box<Type>>,
        lowered: Lowered,
        out: &mut Block,
    ) {
        let elems = match lowered {
            Lowered::Operand(Operand::Tuple(elems)) if elems.len() == tuple.elems.len() => {
                let names = pattern_names(pat);
                match self.snapshot(Operand::Tuple(elems), &names, out) {
                    Operand::Tuple(elems) => elems,
                    Operand::Atom(_) => unreachable!("a snapshot keeps the tuple's shape"),
                }
            }
            Lowered::Operand(Operand::Tuple(_)) => {
                let message =
                    "this tuple pattern and the tuple on the right have different lengths";
                return self.cx.error_spanned_by(pat, message);
            }
            // A tuple computed as a whole (`let (a, b) = g(x)` with `g` returning a tuple), or
            // behind a reference or read from a container (`for &(x, y) in points`): each
            // element is read out of the variable holding it as a place, `t.0`, `t.1`, so that
            // its cotangent goes into that element of the tuple's adjoint.
            Lowered::Value(value) => {
                let whole = self.hold_whole(value, &pattern_hint(pat), ty, out);
                return self.destructure(whole, Vec::new(), tuple, out);
            }
            Lowered::Operand(Operand::Atom(Atom::Var(whole))) => {
                return self.destructure(whole, Vec::new(), tuple, out);
            }
            Lowered::Operand(Operand::Atom(atom)) => {
                let whole = self.hold_whole(Value::Atom(atom), &pattern_hint(pat), ty, out);
                return self.destructure(whole, Vec::new(), tuple, out);
            }
        };
        let tys = element_types(ty.as_deref(), elems.len());
        for ((pat, elem), ty) in tuple.elems.iter().zip(elems).zip(tys) {
            self.bind_pattern(pat, ty, Lowered::Operand(elem), out);
        }
    }

    /// Binds a name to a tuple: one variable per element (named `name_0`, `name_1`, ..), and,
    /// for code kept as written that reads the tuple whole, the name itself as a tuple of
    /// references to them.
    /// Binds the elements of a tuple held whole in `whole` (at `path` inside it) to a tuple
    /// pattern, each as a read of its place.
    fn destructure(
        &mut self,
        whole: VarId,
        path: Vec<Projection>,
        tuple: &syn::PatTuple,
        out: &mut Block,
    ) {
        let fields = (0..tuple.elems.len())
            .map(|index| Projection::Field(syn::Member::Unnamed(syn::Index::from(index))));
        self.destructure_elements(whole, path, tuple.elems.iter().zip(fields), out);
    }

    /// Binds each `(pattern, projection)` to the read of its place in `whole` (at `path`):
    /// `t.0`, `t.1` for a tuple, `a[0]`, `a[1]` for an array.
    fn destructure_elements<'p>(
        &mut self,
        whole: VarId,
        path: Vec<Projection>,
        elements: impl Iterator<Item = (&'p Pat, Projection)>,
        out: &mut Block,
    ) {
        self.vars[whole.0].indexed = true;
        for (pat, projection) in elements {
            let mut element = path.clone();
            element.push(projection);
            match pat {
                Pat::Tuple(inner) => self.destructure(whole, element, inner, out),
                Pat::Slice(inner) if !has_rest(inner) => {
                    self.destructure_elements(whole, element, array_elements(inner), out)
                }
                pat => {
                    let read = Value::Place {
                        base: whole,
                        path: element,
                        borrowed: false,
                    };
                    self.bind_pattern(pat, None, Lowered::Value(read), out);
                }
            }
        }
    }

    /// `let [a, b, c] = value` for a Rust array: element by element, each a read of its place
    /// `v[0]`, `v[1]`, .. of the array held whole.
    fn bind_array(
        &mut self,
        pat: &Pat,
        slice: &syn::PatSlice,
        ty: Option<Box<Type>>,
        lowered: Lowered,
        out: &mut Block,
    ) {
        if has_rest(slice) {
            let message = "an array pattern with `..` is not supported by #[differentiate]; name every element (`let [a, b, c] = v;`) or index the array (`v[0]`)";
            return self.cx.error_spanned_by(pat, message);
        }
        let whole = match lowered {
            Lowered::Operand(Operand::Atom(Atom::Var(whole))) => whole,
            Lowered::Operand(Operand::Tuple(_)) => {
                let message = "an array pattern needs an array on the right, not a tuple";
                return self.cx.error_spanned_by(pat, message);
            }
            Lowered::Operand(Operand::Atom(atom)) => {
                self.hold_whole(Value::Atom(atom), "array", ty, out)
            }
            Lowered::Value(value) => self.hold_whole(value, "array", ty, out),
        };
        self.destructure_elements(whole, Vec::new(), array_elements(slice), out);
    }

    /// A new variable named after `hint` holding `value` whole, for a pattern to read its
    /// elements out of as places.
    fn hold_whole(
        &mut self,
        value: Value,
        hint: &str,
        ty: Option<Box<Type>>,
        out: &mut Block,
    ) -> VarId {
        let whole = self.new_temp(hint);
        self.assign(out, whole, value, Binding::Let { ty });
        whole
    }

    fn bind_tuple_elements(
        &mut self,
        name: &Ident,
        elems: Vec<Operand>,
        tys: Option<&Type>,
        mutable: bool,
        out: &mut Block,
    ) -> Operand {
        let tys = element_types(tys, elems.len());
        let mut bound = Vec::new();
        for ((index, elem), ty) in elems.into_iter().enumerate().zip(tys) {
            let base = self.unique_base(&format!("{}_{index}", naming::stem(name)));
            let element = naming::hygienic(&base);
            match elem {
                Operand::Tuple(inner) => bound.push(self.bind_tuple_elements(
                    &element,
                    inner,
                    ty.as_deref(),
                    mutable,
                    out,
                )),
                Operand::Atom(atom) => {
                    let id = self.push_var(Var {
                        ident: element,
                        base,
                        origin: VarOrigin::Temp,
                        mutable,
                        by_ref: false,
                        indexed: false,
                        active: false,
                        float: false,
                    });
                    self.assign(out, id, Value::Atom(atom), Binding::Let { ty });
                    bound.push(Operand::Atom(Atom::Var(id)));
                }
            }
        }
        let operand = Operand::Tuple(bound);
        if !mutable {
            let references = self.tuple_of_references(&operand);
            out.stmts
                .push(Stmt::Verbatim(quote::quote!(let #name = #references;)));
        }
        operand
    }

    fn tuple_of_references(&self, operand: &Operand) -> TokenStream {
        match operand {
            Operand::Atom(Atom::Var(id) | Atom::Ref(id)) => {
                let ident = &self.vars[id.0].ident;
                quote::quote!(&#ident)
            }
            Operand::Atom(Atom::Deref(id)) => {
                let ident = &self.vars[id.0].ident;
                quote::quote!(&*#ident)
            }
            Operand::Atom(Atom::Const(expr)) => quote::quote!(&(#expr)),
            Operand::Tuple(elems) => {
                let elems = elems.iter().map(|elem| self.tuple_of_references(elem));
                quote::quote!((#(#elems,)*))
            }
        }
    }

    /// Copies into fresh temporaries the elements of `source` that read one of `names`, so that
    /// a tuple binding or assignment reads every source before it writes any target
    /// (`let (x, y) = (y, x)`).
    pub(super) fn snapshot(
        &mut self,
        source: Operand,
        names: &[String],
        out: &mut Block,
    ) -> Operand {
        match source {
            Operand::Atom(Atom::Var(id))
                if names.contains(&naming::stem(&self.vars[id.0].ident))
                    || names.contains(&self.vars[id.0].base) =>
            {
                let temp = self.new_temp(&self.vars[id.0].base.clone());
                self.assign(
                    out,
                    temp,
                    Value::Atom(Atom::Var(id)),
                    Binding::Let { ty: None },
                );
                Operand::Atom(Atom::Var(temp))
            }
            Operand::Tuple(elems) => Operand::Tuple(
                elems
                    .into_iter()
                    .map(|elem| self.snapshot(elem, names, out))
                    .collect(),
            ),
            other => other,
        }
    }

    /// Binds every name a pattern introduces as a constant of the current scope, so that they
    /// shadow outer variables of the same name (loop variables, `match` bindings).
    pub(super) fn shadow_pattern(&mut self, pat: &Pat) {
        struct Names<'a>(&'a mut Vec<Ident>);
        impl Visit<'_> for Names<'_> {
            fn visit_pat_ident(&mut self, pat: &syn::PatIdent) {
                self.0.push(pat.ident.clone());
                syn::visit::visit_pat_ident(self, pat);
            }
        }
        let mut names = Vec::new();
        Names(&mut names).visit_pat(pat);
        for name in names {
            let expr: Expr = syn::parse_quote!(#name);
            self.bind_name(&name, Operand::Atom(Atom::Const(expr)));
        }
    }
}

/// Whether an array pattern has a rest (`[a, .., z]`, `[a, rest @ ..]`).
fn has_rest(slice: &syn::PatSlice) -> bool {
    slice.elems.iter().any(|pat| match pat {
        Pat::Rest(_) => true,
        Pat::Ident(ident) => {
            matches!(&ident.subpat, Some((_, sub)) if matches!(**sub, Pat::Rest(_)))
        }
        _ => false,
    })
}

/// An array pattern's elements with their places, `[0]`, `[1]`, ..
fn array_elements(slice: &syn::PatSlice) -> impl Iterator<Item = (&Pat, Projection)> {
    slice.elems.iter().enumerate().map(|(index, pat)| {
        let index = syn::LitInt::new(&format!("{index}usize"), proc_macro2::Span::call_site());
        (pat, Projection::Index(syn::parse_quote!(#index)))
    })
}

/// The names a pattern binds.
fn pattern_names(pat: &Pat) -> Vec<String> {
    match pat {
        Pat::Ident(ident) => vec![naming::stem(&ident.ident)],
        Pat::Tuple(tuple) => tuple.elems.iter().flat_map(pattern_names).collect(),
        Pat::Type(typed) => pattern_names(&typed.pat),
        Pat::Paren(paren) => pattern_names(&paren.pat),
        _ => Vec::new(),
    }
}

/// The name temporaries of a `let` are named after.
pub(super) fn pattern_hint(pat: &Pat) -> String {
    match pat {
        Pat::Ident(ident) => naming::stem(&ident.ident),
        Pat::Type(typed) => pattern_hint(&typed.pat),
        _ => "tuple".to_owned(),
    }
}

/// The element types of a tuple type annotation, or `None` for each of `len` elements.
fn element_types(ty: Option<&Type>, len: usize) -> Vec<Option<Box<Type>>> {
    match ty {
        Some(Type::Tuple(tuple)) => tuple
            .elems
            .iter()
            .map(|ty| Some(Box::new(ty.clone())))
            .collect(),
        _ => vec![None; len],
    }
}
