//! Calls: methods (`x.exp()`, `p.w.dot(&h)`, `c.area()`), differentiated through `name_vjp` by
//! method resolution, and functions (`g(x)`, `nn::affine(..)`, `f64::exp(x)`,
//! `Array::from_vec(v)`), differentiated through `path_vjp` at the same path.
//!
//! Which methods have rules is not decided here: every call is a primitive, and where it
//! touches a differentiated value the emitted code asks rustc for its rule (see
//! `emit/sweep/rules.rs`). What is decided here is what syntax alone tells: queries (`len`,
//! `shape`, ...) yield no real number, closures and iterator chains are lowered to loops
//! (`iterators/`), a struct or enum built from a differentiated value is not supported.

use quote::ToTokens;
use syn::Expr;

use super::{Lowered, Lowerer};
use crate::ir::{Atom, Block, Op, Projection, Value};
use crate::naming;
use crate::syntax;

impl Lowerer<'_> {
    pub(super) fn lower_method_call(
        &mut self,
        call: &syn::ExprMethodCall,
        expr: &Expr,
        out: &mut Block,
        hint: &str,
    ) -> Lowered {
        if let Some(lowered) = self.lower_unwrapped_rule(call, out, hint) {
            return lowered;
        }
        if starts_from_zip(&call.receiver) && !self.in_zip_chain {
            // `Zip::from(&mut out).and(a).for_each(|o, &x| *o = ..)` writes through `&mut` in
            // a closure, whose derivative cannot be followed: an error if it reads or writes a
            // differentiated value, kept as written otherwise. Reported once, for the whole
            // chain.
            self.defer_expr(
                expr,
                "ndarray's `Zip` writes through `&mut` in its closure, which cannot be differentiated: write the element-wise expression with arrays (`&a * &b.mapv(f64::sin)`), `mapv`, or an iterator chain (`a.iter().zip(b).map(|(x, y)| ..).collect()`)".to_owned(),
            );
            self.in_zip_chain = true;
            let lowered = self.lower_method_primitive(call, expr, out, hint);
            self.in_zip_chain = false;
            return lowered;
        }
        if matches!(&*call.receiver, Expr::Tuple(_)) {
            // `(2, 2).f()`, a shape: a tuple value exists only element by element here.
            return self.opaque(
                expr,
                "a method of a tuple cannot be differentiated; bind the tuple's elements to variables and use them".to_owned(),
            );
        }
        if syntax::QUERY_METHODS.contains(&naming::stem(&call.method).as_str()) {
            return Lowered::Value(Value::Verbatim(self.resolve_tuples(expr)));
        }
        if let Some(lowered) = self.lower_iterator_chain(expr, out, hint) {
            return lowered;
        }
        if let Some(lowered) = self.lower_element_map(call, expr, out, hint) {
            return lowered;
        }
        if let Some(rows) = map_axis_as_chain(call) {
            return self.lower_expr(&rows, out, hint);
        }
        if self.is_iterator_chain(&call.receiver) {
            return self.iterator_method(call, expr);
        }
        if call.method == "push" && call.args.len() == 1 {
            // A vector growing element by element has no shape to keep its adjoint in: an error
            // if the vector or the value is differentiated, otherwise kept as written
            // (`indices.push(i)`).
            self.defer_expr(
                expr,
                "`push` onto a vector of differentiated values is not supported: make the vector with its length and write its elements (`let mut v = vec![0.0; n];` then `v[i] = ..`), or collect an iterator (`let v: Vec<f64> = xs.iter().map(|&x| ..).collect();`)".to_owned(),
            );
        }
        if let Some((what, instead)) = in_place_alternative(&naming::stem(&call.method)) {
            // Only the receiver: a comparator reading differentiated values to order data
            // (`order.sort_by(|&a, &b| x[a].total_cmp(&x[b]))`) is differentiated.
            let mentions = self.expr_mentions(&call.receiver);
            let method = &call.method;
            self.push_deferred(
                expr.to_token_stream(),
                format!("`{method}` {what}, which #[differentiate] does not follow; {instead}"),
                mentions,
            );
        }
        self.lower_method_primitive(call, expr, out, hint)
    }

    /// A method of an iterator chain other than the reductions and `collect` the macro lowers
    /// (`max_by`, `min_by`, `last`, `nth`, ..): kept as written, and an error if the chain reads
    /// a differentiated value, whose derivative would be lost. Methods whose results carry no
    /// derivative (`count`, `position`, `any`, `all`) are kept as written.
    fn iterator_method(&mut self, call: &syn::ExprMethodCall, expr: &Expr) -> Lowered {
        let method = naming::stem(&call.method);
        if matches!(
            method.as_str(),
            "count" | "position" | "rposition" | "any" | "all"
        ) {
            return Lowered::Value(Value::Verbatim(self.resolve_tuples(expr)));
        }
        if method == "collect" {
            let message = "`collect()` of a chain over differentiated values is differentiated into a `Vec` only; collect into a `Vec` and make the array with `Array1::from(v)`";
            return self.opaque(expr, message.to_owned());
        }
        let message = if method == "reduce" {
            "`reduce(f)` is differentiated followed by `.unwrap()` or `.expect(..)` (the first item, then `f` on the others); for another use of its `Option`, write `fold(init, f)` or a `for` loop".to_owned()
        } else {
            format!(
                "`{method}` on an iterator is not differentiated: a chain over differentiated values must end in `sum()`, `product()`, `fold(..)`, `reduce(f).unwrap()` or `collect()`, or head a `for` loop; write this as a `for` loop (for the largest element, keep its index and its value in variables)"
            )
        };
        self.opaque(expr, message)
    }

    /// `x.method().unwrap()` (or `.expect(..)`) of a method or function whose rule returns the
    /// value itself (and panics where ndarray returns `None`): the inner call, which keeps the
    /// `.unwrap()` for when it is called as written. `None` for any other call.
    fn lower_unwrapped_rule(
        &mut self,
        call: &syn::ExprMethodCall,
        out: &mut Block,
        hint: &str,
    ) -> Option<Lowered> {
        let name = naming::stem(&call.method);
        if let Some(read) = self.element_or_default(call) {
            return Some(self.lower_expr(&read, out, hint));
        }
        if name != "unwrap" && name != "expect" {
            return None;
        }
        if let Expr::MethodCall(inner) = &*call.receiver
            && let Some(read) = self.element_of_slice(inner)
        {
            return Some(self.lower_expr(&read, out, hint));
        }
        let (dot, method, args) = (&call.dot_token, &call.method, &call.args);
        let unwrap = quote::quote!(#dot #method(#args));
        match &*call.receiver {
            Expr::MethodCall(inner)
                if syntax::UNWRAPPED_METHODS.contains(&naming::stem(&inner.method).as_str()) =>
            {
                let lowered = self.lower_method_call(inner, &call.receiver, out, hint);
                Some(with_unwrap(lowered, unwrap))
            }
            Expr::Call(inner) if is_unwrapped_function(inner) => {
                Some(self.lower_call_unwrapped(inner, &call.receiver, Some(unwrap), out, hint))
            }
            _ => None,
        }
    }

    /// `x.get(i)` ([`Self::element_get`]), or `x.first()` or `x.last()` on a slice or `Vec`,
    /// then unwrapped, as the element they hold: `&x[i]`, `&x[0]`, `&x[x.len() - 1]`, an
    /// indexed read (which panics where the `unwrap` would, with the index's message).
    fn element_of_slice(&self, call: &syn::ExprMethodCall) -> Option<Expr> {
        if let Some((receiver, index)) = self.element_get(call) {
            return Some(syn::parse_quote!(&#receiver[#index]));
        }
        let receiver = &call.receiver;
        let base = self.var_of_path(receiver)?;
        if !self.slices.contains(&base) || !call.args.is_empty() {
            return None;
        }
        match naming::stem(&call.method).as_str() {
            "first" => Some(syn::parse_quote!(&#receiver[0])),
            "last" => Some(syn::parse_quote!(&#receiver[#receiver.len() - 1])),
            _ => None,
        }
    }

    /// `x.get(i).copied().unwrap_or(d)` (or `cloned`) ([`Self::element_get`]) as the `if` it
    /// stands for: `if i < x.len() { x[i] } else { d }`.
    fn element_or_default(&self, call: &syn::ExprMethodCall) -> Option<Expr> {
        let [default] = call.args.iter().collect::<Vec<_>>()[..] else {
            return None;
        };
        let Expr::MethodCall(copied) = &*call.receiver else {
            return None;
        };
        let Expr::MethodCall(get) = &*copied.receiver else {
            return None;
        };
        if call.method != "unwrap_or" || (copied.method != "copied" && copied.method != "cloned") {
            return None;
        }
        let (receiver, index) = self.element_get(get)?;
        Some(
            syn::parse_quote!(if (#index) < #receiver.len() { #receiver[#index] } else { #default }),
        )
    }

    /// `x.get(i)` on a variable, reading one element: the receiver and the index. Not a map's
    /// `get(&key)` or `get("key")` (a reference or a string argument), nor `get(a..b)` (a
    /// slice of the slice).
    pub(super) fn element_get<'c>(
        &self,
        call: &'c syn::ExprMethodCall,
    ) -> Option<(&'c Expr, &'c Expr)> {
        let [index] = call.args.iter().collect::<Vec<_>>()[..] else {
            return None;
        };
        let key = matches!(
            index,
            Expr::Reference(_)
                | Expr::Range(_)
                | Expr::Lit(syn::ExprLit {
                    lit: syn::Lit::Str(_),
                    ..
                })
        );
        (call.method == "get" && !key && self.var_of_path(&call.receiver).is_some())
            .then_some((&*call.receiver, index))
    }

    /// A method call as a primitive: its receiver and arguments lowered, its rule left to
    /// method resolution.
    fn lower_method_primitive(
        &mut self,
        call: &syn::ExprMethodCall,
        expr: &Expr,
        out: &mut Block,
        hint: &str,
    ) -> Lowered {
        let receiver = self.lower_receiver(&call.receiver, out, hint);
        if call.method == self.name
            && matches!(&*call.receiver, Expr::Path(path) if path.path.is_ident("self"))
        {
            self.recursive = true;
        }
        let mut args = vec![receiver];
        for arg in &call.args {
            args.push(self.lower_argument(arg, out, hint));
        }
        let op = Op::Method {
            name: call.method.clone(),
            turbofish: call.turbofish.clone(),
            float_type: None,
            unwrap: None,
        };
        Self::prim(op, args, expr)
    }

    /// The receiver of a method, or an array joined by `concatenate`: a field of a variable
    /// is borrowed in place, as method calls do (`p.w.sum()`; `x[i].exp()` reads the element).
    pub(super) fn lower_receiver(&mut self, receiver: &Expr, out: &mut Block, hint: &str) -> Atom {
        let field = self
            .place_of(receiver)
            .is_some_and(|(_, path)| path.iter().any(|step| matches!(step, Projection::Field(_))));
        match field.then(|| self.lower_place(receiver, true)).flatten() {
            Some(Lowered::Value(place)) => self.bind_temp(place, out, hint),
            _ => self.lower_atom(receiver, out, hint),
        }
    }

    pub(super) fn lower_call(
        &mut self,
        call: &syn::ExprCall,
        expr: &Expr,
        out: &mut Block,
        hint: &str,
    ) -> Lowered {
        if is_unwrapped_function(call) {
            // `Array::from_shape_vec(..)`, `concatenate(..)` without `.unwrap()`.
            if let Some(lowered) = self.lower_join_call(call, expr, None, out, hint) {
                return lowered;
            }
            return self.opaque(
                expr,
                "`from_shape_vec` returns a `Result`: write `.unwrap()` or `.expect(..)` right after the call, so that its derivative is the array's".to_owned(),
            );
        }
        self.lower_call_unwrapped(call, expr, None, out, hint)
    }

    /// A call, with the `.unwrap()` or `.expect(..)` written after it if it is one of
    /// [`syntax::UNWRAPPED_FUNCTIONS`].
    fn lower_call_unwrapped(
        &mut self,
        call: &syn::ExprCall,
        expr: &Expr,
        unwrap: Option<proc_macro2::TokenStream>,
        out: &mut Block,
        hint: &str,
    ) -> Lowered {
        if let Some(lowered) = self.lower_join_call(call, expr, unwrap.clone(), out, hint) {
            return lowered;
        }
        let Expr::Path(func) = &*call.func else {
            return self.lower_closure_call(call, expr, out, hint);
        };
        if let Some(lowered) = self.lower_arr_call(call, expr, out, hint) {
            return lowered;
        }
        let last = func
            .path
            .segments
            .last()
            .map(|segment| naming::stem(&segment.ident));
        if func.qself.is_some() || last.is_some_and(|name| name.starts_with(char::is_uppercase)) {
            return self.opaque(
                expr,
                "building a struct or enum value from a differentiated value is not supported; keep the floats in variables".to_owned(),
            );
        }
        if let Some(lowered) = self.lower_local_closure_call(call, func, out, hint) {
            return lowered;
        }
        if let Some(ident) = func.path.get_ident()
            && self.lookup(&naming::stem(ident)).is_some()
        {
            // `f(x)` where `f` is a value, a parameter `f: F` with `F: Fn(f64) -> f64` or a
            // local holding a function: its body is not in the source, so no rule is known
            // (and `f_vjp` would be looked up as a function of that name).
            return self.opaque(
                expr,
                format!(
                    "`{ident}` is a value, not a function the macro can see: a closure or function passed in has no derivative rule; write the closure inside this function (`let {ident} = |t: f64| ..;`), or call a function with `#[grad::differentiate]` by its name"
                ),
            );
        }
        if let Some(lowered) = self.lower_float_function(call, func, expr, out, hint) {
            return lowered;
        }
        let segments: Vec<&syn::PathSegment> = func.path.segments.iter().collect();
        if let [.., last] = &segments[..]
            && last.ident == self.name
            && (segments.len() == 1 || (segments.len() == 2 && segments[0].ident == "Self"))
        {
            self.recursive = true;
        }
        let args = call
            .args
            .iter()
            .map(|arg| self.lower_argument(arg, out, hint))
            .collect::<Vec<Atom>>();
        Self::prim(Op::Call(func.path.clone(), unwrap), args, expr)
    }

    /// `f64::exp(x)`, `f32::max(a, b)`: the float method in call syntax, `x.exp()`; and
    /// `f64::from(x)`, the cast `x as f64`.
    fn lower_float_function(
        &mut self,
        call: &syn::ExprCall,
        func: &syn::ExprPath,
        expr: &Expr,
        out: &mut Block,
        hint: &str,
    ) -> Option<Lowered> {
        let [ty, method] = &func.path.segments.iter().collect::<Vec<_>>()[..] else {
            return None;
        };
        if !matches!(naming::stem(&ty.ident).as_str(), "f32" | "f64") || call.args.is_empty() {
            return None;
        }
        let args: Vec<Atom> = call
            .args
            .iter()
            .map(|arg| self.lower_argument(arg, out, hint))
            .collect();
        if method.ident == "from" && args.len() == 1 {
            let float: syn::Type = syn::parse_quote!(#ty);
            return Some(Self::prim(Op::Cast(float), args, expr));
        }
        let op = Op::Method {
            name: method.ident.clone(),
            turbofish: None,
            float_type: Some(ty.ident.clone()),
            unwrap: None,
        };
        Some(Self::prim(op, args, expr))
    }
}

/// A call of one of [`syntax::UNWRAPPED_FUNCTIONS`] (`Array::from_shape_vec(..)`), or of
/// `concatenate` or `stack` with its arrays written in the call.
fn is_unwrapped_function(call: &syn::ExprCall) -> bool {
    let Expr::Path(func) = &*call.func else {
        return false;
    };
    let last = func
        .path
        .segments
        .last()
        .map(|last| naming::stem(&last.ident));
    match last.as_deref() {
        Some("concatenate" | "stack") => super::literals::join_call(call).is_some(),
        Some(name) => syntax::UNWRAPPED_FUNCTIONS.contains(&name),
        None => false,
    }
}

/// A rule's method call with the `.unwrap()` written after it, kept for when the method is
/// called as written.
fn with_unwrap(lowered: Lowered, unwrap: proc_macro2::TokenStream) -> Lowered {
    match lowered {
        Lowered::Value(Value::Prim {
            op:
                Op::Method {
                    name,
                    turbofish,
                    float_type,
                    unwrap: None,
                },
            args,
            span,
        }) => Lowered::Value(Value::Prim {
            op: Op::Method {
                name,
                turbofish,
                float_type,
                unwrap: Some(unwrap),
            },
            args,
            span,
        }),
        other => other,
    }
}

/// `x.map_axis(Axis(1), f)` on a matrix as the chain it computes, `f` of each row collected into
/// a vector: `Array1::from(x.axis_iter(Axis(0)).map(f).collect::<Vec<_>>())` (and the columns
/// for `Axis(0)`), which the macro differentiates lane by lane. Only for a literal `Axis(0)` or
/// `Axis(1)`; on an array of more axes, the lanes' type tells rustc's error.
fn map_axis_as_chain(call: &syn::ExprMethodCall) -> Option<Expr> {
    if call.method != "map_axis" || call.args.len() != 2 {
        return None;
    }
    let Expr::Call(axis) = &call.args[0] else {
        return None;
    };
    let [
        Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Int(index),
            ..
        }),
    ] = &axis.args.iter().collect::<Vec<_>>()[..]
    else {
        return None;
    };
    let walked = match index.base10_parse::<usize>().ok()? {
        0 => 1usize,
        1 => 0,
        _ => return None,
    };
    let (receiver, f) = (&call.receiver, &call.args[1]);
    Some(syn::parse_quote_spanned! {call.method.span()=>
        ::grad::__private::ndarray::Array1::from(
            #receiver
                .axis_iter(::grad::__private::ndarray::Axis(#walked))
                .map(#f)
                .collect::<::std::vec::Vec<_>>()
        )
    })
}

/// Whether a chain of method calls starts at ndarray's `Zip::from(..)` (`Zip::from(&mut out)
/// .and(a)`, `ndarray::Zip::from(a)`).
fn starts_from_zip(receiver: &Expr) -> bool {
    let mut root = receiver;
    while let Expr::MethodCall(call) = root {
        root = &call.receiver;
    }
    let Expr::Call(call) = root else {
        return false;
    };
    syntax::call_path(call).is_some_and(
        |names| matches!(names.as_slice(), [.., zip, from] if zip == "Zip" && from == "from"),
    )
}

/// What a method that changes a container in place (or cuts it into slices held in
/// variables) does, and what to write instead, for the error when the container is
/// differentiated. Only names of the standard library's slices and `Vec`s that a type of the
/// user's, whose own rule the call would reach, is unlikely to have (not `fill`, `insert`,
/// `reverse`): those keep rustc's "no derivative rule" error.
fn in_place_alternative(method: &str) -> Option<(&'static str, &'static str)> {
    const CHANGES: &str = "changes a container of differentiated values in place";
    Some(match method {
        "swap" => (
            CHANGES,
            "write the swap as reads and indexed writes (`let a = v[i]; let b = v[j]; v[i] = b; v[j] = a;`)",
        ),
        "sort"
        | "sort_by"
        | "sort_by_key"
        | "sort_unstable"
        | "sort_unstable_by"
        | "sort_unstable_by_key"
        | "rotate_left"
        | "rotate_right" => (
            CHANGES,
            "order indices instead (`let mut order: Vec<usize> = (0..v.len()).collect(); order.sort_by(|&a, &b| v[a].total_cmp(&v[b]));`) and read `v[order[k]]`",
        ),
        "split_at" | "split_at_mut" | "split_first" | "split_last" => (
            "cuts a container of differentiated values into slices held in variables",
            "read the parts by index (`x[k + j]`) or walk them where they are used (`for v in &x[..k]`)",
        ),
        "truncate" | "retain" | "dedup" | "drain" | "extend_from_slice" => (
            CHANGES,
            "make a new vector or array with its length and write its elements (`let mut w = vec![0.0; n];` then `w[i] = ..`)",
        ),
        _ => return None,
    })
}
