//! What a construct kept as written reads: the variables its identifiers name, except where
//! they only feed a result that carries no derivative (a comparison, `.len()`, a cast to an
//! integer), which is harmless to evaluate as written.

use proc_macro2::TokenStream;
use syn::punctuated::Punctuated;
use syn::visit::Visit;
use syn::visit_mut::VisitMut;
use syn::{Expr, Token};

use super::{Lowerer, collect_vars};
use crate::ir::{Atom, Operand, VarId};
use crate::naming;
use crate::syntax;
use crate::types;

impl Lowerer<'_> {
    /// The variables an expression reads where a derivative could flow.
    pub(super) fn expr_mentions(&self, expr: &Expr) -> Vec<VarId> {
        let mut visitor = Mentions {
            lowerer: self,
            found: Vec::new(),
        };
        visitor.visit_expr(expr);
        visitor.found
    }

    /// The variables a macro's arguments read: parsed as expressions where they are (`vec![v;
    /// n]`, `format!(..)` arguments), else every identifier among the tokens.
    fn macro_mentions(&self, tokens: TokenStream) -> Vec<VarId> {
        let repeat = |input: syn::parse::ParseStream| {
            let value: Expr = input.parse()?;
            input.parse::<Token![;]>()?;
            let count: Expr = input.parse()?;
            Ok(vec![value, count])
        };
        let list = |input: syn::parse::ParseStream| {
            Ok(Punctuated::<Expr, Token![,]>::parse_terminated(input)?
                .into_iter()
                .collect::<Vec<_>>())
        };
        let exprs = syn::parse::Parser::parse2(repeat, tokens.clone())
            .or_else(|_| syn::parse::Parser::parse2(list, tokens.clone()));
        match exprs {
            Ok(exprs) => exprs
                .iter()
                .flat_map(|expr| self.expr_mentions(expr))
                .collect(),
            Err(_) => self.token_mentions(tokens),
        }
    }

    /// Code kept as written, with the names bound to tuples replaced by their elements: `t.0`
    /// by the variable holding it, `t` by a tuple of those variables (the tuple itself exists
    /// only element by element).
    pub(super) fn resolve_tuples(&self, expr: &Expr) -> Expr {
        struct Resolve<'a, 'b>(&'a Lowerer<'b>);
        impl VisitMut for Resolve<'_, '_> {
            fn visit_expr_mut(&mut self, expr: &mut Expr) {
                let resolved = match &*expr {
                    Expr::Field(_) | Expr::Path(_) => match self.0.tuple_field(expr) {
                        Some(operand @ Operand::Tuple(_)) => Some(self.0.operand_expr(&operand)),
                        Some(Operand::Atom(Atom::Var(id))) if matches!(expr, Expr::Field(_)) => {
                            let ident = &self.0.vars[id.0].ident;
                            Some(syn::parse_quote!(#ident))
                        }
                        _ => None,
                    },
                    _ => None,
                };
                match resolved {
                    Some(resolved) => *expr = resolved,
                    None => syn::visit_mut::visit_expr_mut(self, expr),
                }
            }
        }
        let mut expr = expr.clone();
        Resolve(self).visit_expr_mut(&mut expr);
        expr
    }

    /// An operand as an expression reading its variables (tuples element by element).
    pub(super) fn operand_expr(&self, operand: &Operand) -> Expr {
        match operand {
            Operand::Atom(Atom::Var(id)) => {
                let ident = &self.vars[id.0].ident;
                syn::parse_quote!(#ident)
            }
            Operand::Atom(Atom::Ref(id)) => {
                let ident = &self.vars[id.0].ident;
                syn::parse_quote!(&#ident)
            }
            Operand::Atom(Atom::Deref(id)) => {
                let ident = &self.vars[id.0].ident;
                syn::parse_quote!((*#ident))
            }
            Operand::Atom(Atom::Const(expr)) => syn::parse_quote!((#expr)),
            Operand::Tuple(elems) => {
                let elems = elems.iter().map(|elem| self.operand_expr(elem));
                syn::parse_quote!((#(#elems,)*))
            }
        }
    }

    /// Every variable named by an identifier among `tokens` (macro bodies): over-approximate,
    /// which is the safe side.
    pub(super) fn token_mentions(&self, tokens: TokenStream) -> Vec<VarId> {
        let mut found = Vec::new();
        for ident in syntax::identifiers(tokens) {
            if let Some(operand) = self.lookup(&naming::stem(&ident)) {
                collect_vars(operand, &mut found);
            }
        }
        found
    }
}

struct Mentions<'a, 'b> {
    lowerer: &'a Lowerer<'b>,
    found: Vec<VarId>,
}

impl Visit<'_> for Mentions<'_, '_> {
    fn visit_expr(&mut self, expr: &Expr) {
        match expr {
            Expr::Binary(binary) if syntax::is_boolean_operator(&binary.op) => {}
            // A comparison's operands only feed an ordering (`x[a].partial_cmp(&x[b])` in a
            // `sort_by` of indices).
            Expr::MethodCall(call)
                if syntax::COMPARISON_METHODS.contains(&naming::stem(&call.method).as_str()) => {}
            Expr::MethodCall(call)
                if syntax::QUERY_METHODS.contains(&call.method.to_string().as_str()) =>
            {
                for arg in &call.args {
                    self.visit_expr(arg);
                }
            }
            Expr::Cast(cast) if !types::is_float(&cast.ty) => {}
            Expr::Path(path) => {
                if let Some(ident) = path.path.get_ident()
                    && let Some(operand) = self.lowerer.lookup(&ident.to_string())
                {
                    collect_vars(operand, &mut self.found);
                }
            }
            Expr::Macro(mac) => {
                let tokens = mac.mac.tokens.clone();
                self.found.extend(self.lowerer.macro_mentions(tokens));
            }
            _ => syn::visit::visit_expr(self, expr),
        }
    }
}
