//! Calls: methods (`x.exp()`, `f64::exp(x)`), whose rules are `name_vjp`, and functions
//! (`g(x)`, `nn::affine(..)`), differentiated through `g_vjp`.

use syn::Expr;

use super::{Lowered, Lowerer};
use crate::ir::{Block, Op, Value};
use crate::naming;
use crate::rules;

impl Lowerer<'_> {
    pub(super) fn lower_method_call(
        &mut self,
        call: &syn::ExprMethodCall,
        expr: &Expr,
        out: &mut Block,
        hint: &str,
    ) -> Lowered {
        let name = naming::stem(&call.method);
        if (name == "unwrap" || name == "expect")
            && let Expr::MethodCall(inner) = &*call.receiver
            && rules::UNWRAPPED_METHODS.contains(&inner.method.to_string().as_str())
        {
            // The rule returns the value itself (and panics where ndarray returns `None`).
            return self.lower_method_call(inner, &call.receiver, out, hint);
        }
        if rules::method_arity(&name).is_some() {
            let receiver = match self.lower_place(&call.receiver, true) {
                // `p.w.sum()` borrows `p.w`, as method calls do.
                Some(Lowered::Value(place)) => self.bind_temp(place, out, hint),
                _ => self.lower_atom(&call.receiver, out, hint),
            };
            let mut args = vec![receiver];
            for arg in &call.args {
                args.push(self.lower_argument(arg, out, hint));
            }
            return Self::prim(
                Op::Method {
                    name: call.method.clone(),
                    float_type: None,
                },
                args,
                expr,
            );
        }
        if rules::CONSTANT_METHODS.contains(&name.as_str()) {
            return Lowered::Value(Value::Verbatim(self.resolve_tuples(expr)));
        }
        if rules::COPY_METHODS.contains(&name.as_str()) && call.args.is_empty() {
            let receiver = self.lower_atom(&call.receiver, out, hint);
            return Self::prim(
                Op::Method {
                    name: call.method.clone(),
                    float_type: None,
                },
                vec![receiver],
                expr,
            );
        }
        if is_iterator_chain(expr) {
            return self.opaque(
                expr,
                "closures in `mapv`, `map`, `fold` or iterator adaptors cannot be differentiated; use array operators and elementwise methods (`x * 2.0`, `x.exp()`), or a `for` loop over `x.iter()` that accumulates the value".to_owned(),
            );
        }
        self.opaque(
            expr,
            format!(
                "the method `{name}` has no derivative rule; use operators, indexed writes (`x[i] = ..`), a method with a rule ({}), or call a function that has a `_vjp` (mark it #[differentiate] or write `{name}_vjp` by hand)",
                rules::method_list()
            ),
        )
    }

    pub(super) fn lower_call(
        &mut self,
        call: &syn::ExprCall,
        expr: &Expr,
        out: &mut Block,
        hint: &str,
    ) -> Lowered {
        let Expr::Path(func) = &*call.func else {
            return self.opaque(
                expr,
                "only calls of functions by name or path can be differentiated; call the function directly".to_owned(),
            );
        };
        let path = &func.path;
        let segments: Vec<&syn::PathSegment> = path.segments.iter().collect();
        // `f64::exp(x)`: the method in call syntax.
        if let [ty, method] = segments[..]
            && rules::FLOAT_TYPES.contains(&ty.ident.to_string().as_str())
            && let Some(arity) = rules::float_method_arity(&method.ident.to_string())
            && call.args.len() == arity + 1
        {
            let args = call
                .args
                .iter()
                .map(|arg| self.lower_argument(arg, out, hint))
                .collect();
            return Self::prim(
                Op::Method {
                    name: method.ident.clone(),
                    float_type: Some(ty.ident.clone()),
                },
                args,
                expr,
            );
        }
        let last = segments.last().map(|segment| segment.ident.to_string());
        if func.qself.is_some() || last.is_some_and(|name| name.starts_with(char::is_uppercase)) {
            return self.opaque(
                expr,
                "building a struct or enum value from a differentiated value is not supported; keep the floats in variables".to_owned(),
            );
        }
        let args = call
            .args
            .iter()
            .map(|arg| self.lower_argument(arg, out, hint))
            .collect();
        Self::prim(Op::Call(path.clone()), args, expr)
    }
}

/// A method chain over an iterator: `x.iter().map(..).sum()`.
fn is_iterator_chain(expr: &Expr) -> bool {
    match expr {
        Expr::MethodCall(call) => {
            matches!(
                call.method.to_string().as_str(),
                "iter" | "into_iter" | "iter_mut"
            ) || call.args.iter().any(|arg| matches!(arg, Expr::Closure(_)))
                || is_iterator_chain(&call.receiver)
        }
        _ => false,
    }
}
