//! What the sweeps add for `f_graph`: each assignment recorded as a node of the graph (its
//! operation, its operands' nodes, its value), and where the reverse sweep takes the node's
//! adjoint, the adjoint and each operand's local partial derivative, read from the pullback the
//! sweep calls anyway. The forward sweep is `f_vjp`'s, token for token, so that an error in the
//! body is reported once, not once per generated function.
//!
//! ```text
//! // let c = a + b;
//! let c_node_inputs = [graph_nodes[0].expect(..), graph_nodes[1].expect(..)];
//! let (c, c_pullback) = AddVjp::add_vjp(&a, &b);
//! let c_node = graph.operation(Some("c"), "+", &c_node_inputs, &node_value!(c),
//!     LocalPartials::none());
//! graph_nodes[2] = Some(c_node);
//! // and in the reverse sweep, where `c`'s adjoint is taken, the partials from its pullback
//! // (seeded with 1 for a scalar, which is linear in its seed):
//! graph.set_adjoint(c_node, &node_value!(cot));
//! let ((cot_0, cot_1), partials) = pull_with_partials!(c_pullback, cot);
//! graph.set_partials(c_node, &partials);
//! ```

use proc_macro2::TokenStream;
use quote::{ToTokens, quote};

use super::Sweep;
use crate::ir::{Atom, Literal, Op, Projection, Value, VarId, VarOrigin};
use crate::naming::{self, Name};

impl Sweep<'_> {
    /// The node of the value of a variable (its latest assignment), or a constant node.
    pub fn graph_node(&self, atom: &Atom) -> TokenStream {
        self.node_of(atom)
    }

    /// The node of the value of a variable (its latest assignment), or a constant node.
    fn node_of(&self, atom: &Atom) -> TokenStream {
        let graph = self.name(Name::Graph);
        match atom.var() {
            Some(var) if self.has_node[var.0] => {
                // No fallback that would borrow the variable: it may have been moved from
                // (`let (h, c) = step(..);` moves the parts out of the pair).
                let nodes = self.name(Name::GraphNodes);
                let index = var.0;
                quote! {
                    #nodes[#index].expect("grad: every variable the body assigns has its node")
                }
            }
            Some(var) => {
                let nodes = self.name(Name::GraphNodes);
                let shown = self.shown(var);
                let index = var.0;
                quote! {
                    #nodes[#index].unwrap_or_else(|| #graph.constant(&::grad::__private::node_value!(#shown)))
                }
            }
            // A closure passed to a rule (`fold_axis(.., |a, &b| a.max(b))`): a node named by
            // its text; evaluated alone, its parameters' types would be unknown.
            None if is_closure(atom) => {
                let text = atom_text(atom);
                quote!(#graph.constant(&::grad::__private::node_value!(#text)))
            }
            None => {
                let expr = self.atom(atom);
                quote!(#graph.constant(&::grad::__private::node_value!(#expr)))
            }
        }
    }

    /// The nodes of the operands of the `index`-th assignment to `id`, taken before the
    /// assignment (which may shadow or move them).
    pub(super) fn node_inputs(&self, id: VarId, value: &Value, index: usize) -> TokenStream {
        if is_constant(value) {
            return TokenStream::new();
        }
        let inputs = self.name(Name::NodeInputs(id, index));
        let (_, operands) = self.operation(value);
        let operands = operands.iter().map(|atom| self.node_of(atom));
        quote!(let #inputs = [#(#operands),*];)
    }

    /// The recording of the `index`-th assignment to `id`, after it.
    pub(super) fn record_node(&self, id: VarId, value: &Value, index: usize) -> TokenStream {
        let graph = self.name(Name::Graph);
        let nodes = self.name(Name::GraphNodes);
        let node = self.name(Name::Node(id, index));
        let inputs = self.name(Name::NodeInputs(id, index));
        let var = self.function.var(id);
        let ident = &var.ident;
        let shown = self.shown(id);
        let name = match var.origin {
            VarOrigin::Temp => quote!(::core::option::Option::None),
            _ => {
                let name = naming::stem(ident);
                quote!(::core::option::Option::Some(#name))
            }
        };
        let slot = id.0;
        if is_constant(value) {
            // Read after the assignment, where the variable has the type its uses give it
            // (`let mut sum = zero();`): a constant node.
            return quote! {
                let #node = #graph.constant(&::grad::__private::node_value!(#shown));
                #nodes[#slot] = ::core::option::Option::Some(#node);
            };
        }
        let (operation, _) = self.operation(value);
        let partials = match value {
            // A copy's partial, 1, is known from its value's type.
            Value::Atom(Atom::Var(source) | Atom::Deref(source)) if self.is_active(*source) => {
                quote!(::grad::__private::copy_partials!(#shown))
            }
            _ => quote!(::grad::graph::LocalPartials::none()),
        };
        quote! {
            let #node = #graph.operation(#name, #operation, &#inputs,
                &::grad::__private::node_value!(#shown), #partials);
            #nodes[#slot] = ::core::option::Option::Some(#node);
        }
    }

    /// An indexed write `base[i] = value` recorded as a new node of `base` (`[]=`, from the
    /// array before the write and the value written), whose partials are not numbers.
    pub(super) fn record_write(
        &self,
        base: VarId,
        value: &Atom,
        write: TokenStream,
    ) -> TokenStream {
        let graph = self.name(Name::Graph);
        let nodes = self.name(Name::GraphNodes);
        let name = naming::stem(&self.function.var(base).ident);
        let shown = self.shown(base);
        let operands = [self.node_of(&Atom::Var(base)), self.node_of(value)];
        let slot = base.0;
        // Mixed-site: a name the user's code cannot see or shadow.
        let operands_before =
            quote::format_ident!("operands_before", span = proc_macro2::Span::mixed_site());
        quote! {
            let #operands_before = [#(#operands),*];
            #write
            #nodes[#slot] = ::core::option::Option::Some(#graph.operation(
                ::core::option::Option::Some(#name), "[]=", &#operands_before,
                &::grad::__private::node_value!(#shown), ::grad::graph::LocalPartials::none(),
            ));
        }
    }

    /// What a node's edges come from, and the operation it shows.
    fn operation(&self, value: &Value) -> (String, Vec<Atom>) {
        match value {
            Value::Atom(atom) => ("=".to_owned(), vec![atom.clone()]),
            Value::Prim { op, args, .. } => (operation_name(op), args.clone()),
            Value::Verbatim(expr) => (expr.to_token_stream().to_string(), Vec::new()),
            Value::Place { base, path, .. } => {
                let steps: String = path
                    .iter()
                    .map(|step| match step {
                        Projection::Field(member) => format!(".{}", member.to_token_stream()),
                        Projection::Index(_) => "[]".to_owned(),
                    })
                    .collect();
                (steps, vec![Atom::Var(*base)])
            }
            Value::Index { base, .. } => ("[]".to_owned(), vec![Atom::Var(*base)]),
            Value::Map(map) => {
                let mut operands = vec![map.array.clone()];
                operands.extend(map.captures.iter().map(|var| Atom::Var(*var)));
                (naming::stem(&map.method), operands)
            }
        }
    }

    /// What a node shows of a variable: its value, behind the reference if it is one (a
    /// parameter `x: &[f64]` shows the numbers, not an opaque reference).
    pub fn shown(&self, id: VarId) -> TokenStream {
        let var = self.function.var(id);
        let ident = &var.ident;
        if var.by_ref {
            quote!(*#ident)
        } else {
            quote!(#ident)
        }
    }

    /// The pullback of an operation called as `f_graph`'s reverse sweep calls it: with `1`
    /// when its result is a scalar, which gives the partials on the node's edges, the
    /// cotangents then scaled by `cot` (`pull_with_partials!`).
    pub(super) fn pull_recording_partials(
        &self,
        id: VarId,
        index: usize,
        pattern: &[TokenStream],
        pullback: &syn::Ident,
        cot: &syn::Ident,
    ) -> TokenStream {
        let graph = self.name(Name::Graph);
        let node = self.name(Name::Node(id, index));
        let partials = quote::format_ident!("partials", span = proc_macro2::Span::mixed_site());
        quote! {
            let ((#(#pattern,)*), #partials) =
                ::grad::__private::pull_with_partials!(#pullback, #cot);
            #graph.set_partials(#node, &#partials);
        }
    }

    /// `graph.set_adjoint(x_node, &cot)`: where the reverse sweep takes the adjoint of an
    /// assignment's value.
    pub(super) fn record_adjoint(&self, id: VarId, index: usize, cot: &syn::Ident) -> TokenStream {
        let graph = self.name(Name::Graph);
        let node = self.name(Name::Node(id, index));
        quote!(#graph.set_adjoint(#node, &::grad::__private::node_value!(#cot));)
    }
}

/// Whether an assignment gives its variable a constant: a constant expression, or a
/// computation on data kept as written.
fn is_constant(value: &Value) -> bool {
    matches!(value, Value::Atom(Atom::Const(_)) | Value::Verbatim(_))
}

/// The operation a primitive shows on its node.
fn operation_name(op: &Op) -> String {
    match op {
        Op::Add => "+".to_owned(),
        Op::Sub => "-".to_owned(),
        Op::Mul => "*".to_owned(),
        Op::Div => "/".to_owned(),
        Op::Neg => "neg".to_owned(),
        Op::Cast(ty) => format!("as {}", ty.to_token_stream()),
        Op::Method { name, .. } => naming::stem(name),
        Op::Literal(Literal::Ndarray { .. }) => "array!".to_owned(),
        Op::Literal(Literal::Array) => "[..]".to_owned(),
        Op::Literal(Literal::Vec { .. } | Literal::Repeat { .. }) => "vec!".to_owned(),
        Op::Literal(Literal::Struct { path, .. }) => {
            let name = path
                .segments
                .last()
                .map(|segment| segment.ident.to_string());
            format!("{} {{ .. }}", name.unwrap_or_default())
        }
        Op::Join(join) if join.stack => "stack".to_owned(),
        Op::Join(_) => "concatenate".to_owned(),
        Op::Call(path, _) => path
            .segments
            .last()
            .map_or_else(String::new, |segment| naming::stem(&segment.ident)),
    }
}

/// Whether an atom is a closure written in place.
fn is_closure(atom: &Atom) -> bool {
    let Atom::Const(expr) = atom else {
        return false;
    };
    let mut expr = expr;
    while let syn::Expr::Paren(paren) = expr {
        expr = &paren.expr;
    }
    matches!(expr, syn::Expr::Closure(_))
}

/// The text of a constant atom, as written.
fn atom_text(atom: &Atom) -> String {
    match atom {
        Atom::Const(expr) => quote::ToTokens::to_token_stream(expr).to_string(),
        _ => String::new(),
    }
}
