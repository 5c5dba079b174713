//! What a construct kept as written reads: the variables its identifiers name, except where
//! they only feed a result that carries no derivative (a comparison, `.len()`, a cast to an
//! integer), which is harmless to evaluate as written.

use proc_macro2::{TokenStream, TokenTree};
use syn::visit::Visit;
use syn::{BinOp, Expr};

use super::{Lowerer, collect_vars};
use crate::ir::VarId;
use crate::rules;
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

    /// Every variable named by an identifier among `tokens` (macro bodies): over-approximate,
    /// which is the safe side.
    pub(super) fn token_mentions(&self, tokens: TokenStream) -> Vec<VarId> {
        let mut found = Vec::new();
        let mut stack = vec![tokens];
        while let Some(stream) = stack.pop() {
            for tree in stream {
                match tree {
                    TokenTree::Group(group) => stack.push(group.stream()),
                    TokenTree::Ident(ident) => {
                        if let Some(operand) = self.lookup(&ident.to_string()) {
                            collect_vars(operand, &mut found);
                        }
                    }
                    _ => {}
                }
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
            Expr::Binary(binary)
                if matches!(
                    binary.op,
                    BinOp::Eq(_)
                        | BinOp::Ne(_)
                        | BinOp::Lt(_)
                        | BinOp::Le(_)
                        | BinOp::Gt(_)
                        | BinOp::Ge(_)
                        | BinOp::And(_)
                        | BinOp::Or(_)
                ) => {}
            Expr::MethodCall(call)
                if rules::CONSTANT_METHODS.contains(&call.method.to_string().as_str()) =>
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
                self.found.extend(self.lowerer.token_mentions(tokens));
            }
            _ => syn::visit::visit_expr(self, expr),
        }
    }
}
