//! Values written element by element, and arrays joined along an axis:
//!
//! - ndarray's `array![a, b]`, `array![[a, b], [c, d]]` and its 3-dimensional form, and its
//!   functions `arr1(&[a, b])`, `arr2(&[[a, b], [c, d]])`, `arr3(..)`;
//! - Rust arrays `[a, b]`, vectors `vec![a, b]` and `vec![x; n]`;
//! - ndarray's `concatenate(axis, &[a.view(), b.view()])` and `stack(..)`, each followed by
//!   `.unwrap()` or `.expect(..)`, under any path (`concatenate`, `ndarray::stack`), and its
//!   macros `concatenate![axis, a, b]` and `stack![..]`.
//!
//! Each is one primitive whose arguments are its elements (an [`Op::Literal`]) or its axis and
//! arrays (an [`Op::Join`]); the arrays of a join are taken as they are, `a.view()` as `a`, and
//! viewed where the rule is called. A literal whose elements are all constants stays as
//! written.

use proc_macro2::TokenStream;
use quote::quote;
use syn::punctuated::Punctuated;
use syn::{Expr, Token};

use super::{Lowered, Lowerer};
use crate::ir::{Atom, Block, Join, Literal, Op, Operand};
use crate::naming;

/// The most axes `array![..]` is differentiated with (the runtime's `array3_vjp`).
const MOST_AXES: usize = 3;

impl Lowerer<'_> {
    /// A macro in expression position: the literals and joins of this module; any other is
    /// kept as written, to be an error if it touches a differentiated value.
    pub(super) fn lower_macro(
        &mut self,
        mac: &syn::ExprMacro,
        expr: &Expr,
        out: &mut Block,
        hint: &str,
    ) -> Lowered {
        let name = mac
            .mac
            .path
            .segments
            .last()
            .map(|last| naming::stem(&last.ident));
        match name.as_deref() {
            Some("array") => self.lower_ndarray_literal(&mac.mac, expr, out, hint),
            Some("vec") => self.lower_vec_literal(&mac.mac, expr, out, hint),
            Some(join @ ("concatenate" | "stack")) => {
                self.lower_join_macro(&mac.mac, join == "stack", expr, out, hint)
            }
            Some("dbg") if let Some(block) = dbg_as_block(&mac.mac) => {
                self.lower_expr(&block, out, hint)
            }
            _ => self.opaque(
                expr,
                "a macro cannot be differentiated when it touches a differentiated value; compute the value with expressions or a function with a `_vjp`".to_owned(),
            ),
        }
    }

    /// `[a, b, ..]`: a Rust array of the elements.
    pub(super) fn lower_array_literal(
        &mut self,
        array: &syn::ExprArray,
        expr: &Expr,
        out: &mut Block,
        hint: &str,
    ) -> Lowered {
        let elements: Vec<&Expr> = array.elems.iter().collect();
        if let Some(lowered) = self.reject_views(&elements, expr) {
            return lowered;
        }
        if elements
            .iter()
            .any(|element| matches!(element, Expr::Array(_)))
        {
            // The runtime has gradients for arrays of floats only.
            return self.opaque(
                expr,
                "a Rust array of arrays cannot be differentiated; write a matrix, `array![[a, b], [c, d]]`, or rows in a vector, `vec![[a, b], [c, d]]`".to_owned(),
            );
        }
        let args = self.lower_elements(&elements, out, hint);
        self.literal(Literal::Array, args, expr)
    }

    /// `S { a: x, b: y }`: the struct from its fields, each an argument whose cotangent is that
    /// field of the struct's (a `Tangent` struct is its own gradient type).
    pub(super) fn lower_struct_literal(
        &mut self,
        literal: &syn::ExprStruct,
        expr: &Expr,
        out: &mut Block,
        hint: &str,
    ) -> Lowered {
        if literal.rest.is_some() || literal.qself.is_some() {
            return self.opaque(
                expr,
                "a struct written with `..base` cannot be differentiated; name every field (`S { a: x, b: base.b }`)".to_owned(),
            );
        }
        let mut fields = Vec::new();
        let mut args = Vec::new();
        for field in &literal.fields {
            match self.lower_operand(&field.expr, out, hint) {
                Operand::Atom(atom) => args.push(atom),
                Operand::Tuple(_) => {
                    return self.opaque(
                        expr,
                        "a struct field written from a tuple cannot be differentiated; bind the tuple's elements to variables first".to_owned(),
                    );
                }
            }
            fields.push(field.member.clone());
        }
        let path = literal.path.clone();
        self.literal(Literal::Struct { path, fields }, Some(args), expr)
    }

    /// `array![..]`: its rows must be written out (`[a, b]`), of one length at each level.
    fn lower_ndarray_literal(
        &mut self,
        mac: &syn::Macro,
        expr: &Expr,
        out: &mut Block,
        hint: &str,
    ) -> Lowered {
        let Ok(rows) = mac.parse_body_with(Punctuated::<Expr, Token![,]>::parse_terminated) else {
            return self.opaque(
                expr,
                "this `array!` cannot be differentiated: its elements do not parse as expressions"
                    .to_owned(),
            );
        };
        let rows: Vec<&Expr> = rows.iter().collect();
        let (elements, shape) = match flatten(&rows) {
            Ok(flat) => flat,
            Err(message) => return self.opaque(expr, message.to_owned()),
        };
        if shape.len() > MOST_AXES {
            return self.opaque(
                expr,
                "`array!` of more than 3 axes cannot be differentiated; write `Array::from_shape_vec((..), vec![..]).unwrap()`".to_owned(),
            );
        }
        let args = self.lower_elements(&elements, out, hint);
        let path = mac.path.clone();
        self.literal(Literal::Ndarray { path, shape }, args, expr)
    }

    /// `vec![a, b, ..]` and `vec![x; n]` (`n` a constant of the sweep).
    fn lower_vec_literal(
        &mut self,
        mac: &syn::Macro,
        expr: &Expr,
        out: &mut Block,
        hint: &str,
    ) -> Lowered {
        let tokens = &mac.tokens;
        let path = mac.path.clone();
        match syn::parse2::<Expr>(quote!([#tokens])) {
            Ok(Expr::Array(array)) => {
                let elements: Vec<&Expr> = array.elems.iter().collect();
                if let Some(lowered) = self.reject_views(&elements, expr) {
                    return lowered;
                }
                let args = self.lower_elements(&elements, out, hint);
                self.literal(Literal::Vec { path }, args, expr)
            }
            Ok(Expr::Repeat(repeat)) => {
                let element = self.lower_elements(&[&repeat.expr], out, hint);
                let count = Atom::Const(self.resolve_tuples(&repeat.len));
                let args = element.map(|mut args| {
                    args.push(count);
                    args
                });
                self.literal(Literal::Repeat { path }, args, expr)
            }
            _ => self.opaque(
                expr,
                "this `vec!` cannot be differentiated: write `vec![a, b, ..]` or `vec![x; n]`"
                    .to_owned(),
            ),
        }
    }

    /// `concatenate![axis, a, b, ..]`, `stack![..]`: as ndarray's functions, unwrapped.
    fn lower_join_macro(
        &mut self,
        mac: &syn::Macro,
        stack: bool,
        expr: &Expr,
        out: &mut Block,
        hint: &str,
    ) -> Lowered {
        let parsed = mac.parse_body_with(Punctuated::<Expr, Token![,]>::parse_terminated);
        let args: Vec<Expr> = parsed
            .map(|args| args.into_iter().collect())
            .unwrap_or_default();
        let [axis, arrays @ ..] = &args[..] else {
            return self.opaque(
                expr,
                "this macro cannot be differentiated: write the axis, then the arrays".to_owned(),
            );
        };
        let function = if stack {
            quote!(stack)
        } else {
            quote!(concatenate)
        };
        let join = Join {
            stack,
            path: syn::parse_quote!(::grad::__private::ndarray::#function),
            unwrap: quote!(.unwrap()),
        };
        let arrays: Vec<&Expr> = arrays.iter().collect();
        self.lower_join(join, axis, &arrays, expr, out, hint)
    }

    /// `concatenate(axis, &[a.view(), b.view()])` or `stack(..)` written with its arrays in
    /// the call, whatever the function's path: `None` for any other call. `unwrap` is what
    /// follows the call; without it, the call is an error where it touches a differentiated
    /// value, since the rule gives the array where ndarray gives a `Result`.
    pub(super) fn lower_join_call(
        &mut self,
        call: &syn::ExprCall,
        expr: &Expr,
        unwrap: Option<TokenStream>,
        out: &mut Block,
        hint: &str,
    ) -> Option<Lowered> {
        let (stack, axis, arrays) = join_call(call)?;
        let Expr::Path(func) = &*call.func else {
            return None;
        };
        let Some(unwrap) = unwrap else {
            let name = if stack { "stack" } else { "concatenate" };
            return Some(self.opaque(
                expr,
                format!("`{name}` returns a `Result`: write `.unwrap()` or `.expect(..)` right after the call, so that its derivative is the array's"),
            ));
        };
        let join = Join {
            stack,
            path: func.path.clone(),
            unwrap,
        };
        let arrays: Vec<&Expr> = arrays.elems.iter().collect();
        Some(self.lower_join(join, axis, &arrays, expr, out, hint))
    }

    fn lower_join(
        &mut self,
        join: Join,
        axis: &Expr,
        arrays: &[&Expr],
        expr: &Expr,
        out: &mut Block,
        hint: &str,
    ) -> Lowered {
        let mut args = vec![self.lower_argument(axis, out, hint)];
        for array in arrays {
            // `a.view()` is `a`, viewed where the rule is called (a view of a differentiated
            // array is a copy in the generated code, and the rule needs none).
            let array = match array {
                Expr::MethodCall(call)
                    if call.method == "view"
                        && call.args.is_empty()
                        && call.turbofish.is_none() =>
                {
                    &call.receiver
                }
                array => *array,
            };
            // A place (`p.w`, `layers[k]`) is borrowed where it is, not moved out of it.
            let atom = match self.lower_place(array, true) {
                Some(Lowered::Value(place)) => self.bind_temp(place, out, hint),
                _ => self.lower_atom(array, out, hint),
            };
            args.push(atom);
        }
        Self::prim(Op::Join(join), args, expr)
    }

    /// ndarray's `arr1(&[a, b])`, `arr2(&[[a, b], [c, d]])`, `arr3(..)` with their elements
    /// written in the call: `array![..]` of them. `None` for any other call.
    pub(super) fn lower_arr_call(
        &mut self,
        call: &syn::ExprCall,
        expr: &Expr,
        out: &mut Block,
        hint: &str,
    ) -> Option<Lowered> {
        let Expr::Path(func) = &*call.func else {
            return None;
        };
        let axes = match naming::stem(&func.path.segments.last()?.ident).as_str() {
            "arr1" => 1,
            "arr2" => 2,
            "arr3" => 3,
            _ => return None,
        };
        let [Expr::Reference(reference)] = &call.args.iter().collect::<Vec<_>>()[..] else {
            return None;
        };
        let Expr::Array(rows) = &*reference.expr else {
            return None;
        };
        let rows: Vec<&Expr> = rows.elems.iter().collect();
        let (elements, shape) = flatten(&rows)
            .ok()
            .filter(|(_, shape)| shape.len() == axes)?;
        let args = self.lower_elements(&elements, out, hint);
        let path = syn::parse_quote!(::grad::__private::ndarray::array);
        Some(self.literal(Literal::Ndarray { path, shape }, args, expr))
    }

    /// The elements' atoms; `None` if one is a tuple (`[(0, 1), (1, 2)]`), which has no atom.
    fn lower_elements(
        &mut self,
        elements: &[&Expr],
        out: &mut Block,
        hint: &str,
    ) -> Option<Vec<Atom>> {
        if elements.iter().any(|element| is_tuple(element)) {
            return None;
        }
        elements
            .iter()
            .map(|element| match self.lower_operand(element, out, hint) {
                Operand::Atom(atom) => Some(atom),
                Operand::Tuple(_) => None,
            })
            .collect()
    }

    /// The literal of `args`, or the expression as written when they are all constants (or
    /// tuples: an error if they touch a differentiated value).
    fn literal(&mut self, literal: Literal, args: Option<Vec<Atom>>, expr: &Expr) -> Lowered {
        let Some(args) = args else {
            return self.opaque(
                expr,
                "a list of tuples cannot be differentiated; keep the floats in separate lists, or in variables".to_owned(),
            );
        };
        if args.iter().all(|arg| matches!(arg, Atom::Const(_))) {
            return Lowered::Operand(Operand::Atom(Atom::Const(expr.clone())));
        }
        Self::prim(Op::Literal(literal), args, expr)
    }

    /// A literal of views (`[a.view(), b.row(0)]`, `vec![..]`) whose gradient the runtime has
    /// no type for: kept as written, an error if it touches a differentiated value.
    fn reject_views(&mut self, elements: &[&Expr], expr: &Expr) -> Option<Lowered> {
        let is_view = |element: &&Expr| {
            matches!(element, Expr::MethodCall(call)
                if crate::syntax::VIEW_METHODS.contains(&naming::stem(&call.method).as_str()))
        };
        elements.iter().any(is_view).then(|| {
            self.opaque(
                expr,
                "a list of views cannot be differentiated; write the views in the call of `concatenate` or `stack` (`concatenate(Axis(0), &[a.view(), b.view()]).unwrap()`), or collect owned arrays with `vec![..]`".to_owned(),
            )
        })
    }
}

/// `concatenate(axis, &[..])` or `stack(axis, &[..])`: whether it is `stack`, the axis and
/// the arrays.
pub(super) fn join_call(call: &syn::ExprCall) -> Option<(bool, &Expr, &syn::ExprArray)> {
    let Expr::Path(func) = &*call.func else {
        return None;
    };
    let stack = match naming::stem(&func.path.segments.last()?.ident).as_str() {
        "concatenate" => false,
        "stack" => true,
        _ => return None,
    };
    let [axis, arrays] = &call.args.iter().collect::<Vec<_>>()[..] else {
        return None;
    };
    let Expr::Reference(reference) = arrays else {
        return None;
    };
    match &*reference.expr {
        Expr::Array(arrays) if reference.mutability.is_none() => Some((stack, axis, arrays)),
        _ => None,
    }
}

/// The elements of `array![rows]` in row-major order, and its shape: rows written `[..]` are
/// an axis, each of one shape.
fn flatten<'a>(rows: &[&'a Expr]) -> Result<(Vec<&'a Expr>, Vec<usize>), &'static str> {
    let nested: Vec<&'a syn::ExprArray> = rows
        .iter()
        .filter_map(|row| match row {
            Expr::Array(array) => Some(array),
            _ => None,
        })
        .collect();
    if nested.is_empty() {
        return Ok((rows.to_vec(), vec![rows.len()]));
    }
    if nested.len() != rows.len() {
        return Err("this `array!` mixes rows `[..]` and elements; write every row as `[..]`");
    }
    let mut elements = Vec::new();
    let mut inner_shape: Option<Vec<usize>> = None;
    for row in nested {
        let row: Vec<&'a Expr> = row.elems.iter().collect();
        let (row_elements, shape) = flatten(&row)?;
        if inner_shape.as_ref().is_some_and(|inner| *inner != shape) {
            return Err(
                "the rows of this `array!` differ in length; give every row as many elements",
            );
        }
        inner_shape = Some(shape);
        elements.extend(row_elements);
    }
    let mut shape = vec![rows.len()];
    shape.extend(inner_shape.unwrap_or_default());
    Ok((elements, shape))
}

/// A tuple written out, `(a, b)`.
fn is_tuple(expr: &Expr) -> bool {
    match expr {
        Expr::Paren(paren) => is_tuple(&paren.expr),
        Expr::Tuple(_) => true,
        _ => false,
    }
}

/// `dbg!(e)` of one expression as the block it stands for, `{ let v = e; eprintln!("[file:line:
/// column] e = {:#?}", &v); v }`, which prints what `dbg!` prints and whose value is
/// differentiated as `e`'s (the copies at dual numbers print dual numbers).
fn dbg_as_block(mac: &syn::Macro) -> Option<Expr> {
    let parser = syn::punctuated::Punctuated::<Expr, syn::Token![,]>::parse_terminated;
    let args = syn::parse::Parser::parse2(parser, mac.tokens.clone()).ok()?;
    let [value] = args.iter().collect::<Vec<_>>()[..] else {
        return None;
    };
    let name = naming::hygienic("dbg_value");
    let span = syn::spanned::Spanned::span(&mac.path);
    let text = quote::quote!(#value).to_string();
    Some(syn::parse_quote_spanned! {span=>
        {
            let #name = #value;
            ::std::eprintln!(
                "[{}:{}:{}] {} = {:#?}",
                ::core::file!(),
                ::core::line!(),
                ::core::column!(),
                #text,
                &#name
            );
            #name
        }
    })
}
