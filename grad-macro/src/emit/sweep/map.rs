//! Elementwise maps, `y = x.mapv(|v| body)`: the body's own forward and reverse sweep, as a
//! closure the runtime's `map_forward` applies to each element and `map_pullback` pulls back.
//!
//! ```text
//! let (y, pullbacks) = ::grad::__private::map_forward(&x, |v| {
//!     let (t, t_pullback) = MulVjp::mul_vjp(&v, &a);  // the body's forward sweep
//!     (t, move |cot| {                                // the element's pullback
//!         .. t_pullback(cot) into v_adj and a_adj ..
//!         (v_adj.finish(v_shape), (a_adj.finish(a_shape),))
//!     })
//! });
//! let y_pullback = ::grad::__private::map_pullback(y.raw_dim(), pullbacks);
//! ```
//!
//! The element's pullback returns the element's cotangent and, for each captured variable that
//! carries a derivative, its cotangent at that element; `map_pullback` gives the array's
//! cotangent and the sums of the captures'.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};

use super::Sweep;
use crate::ir::{Atom, ElementMap, Operand, VarId};
use crate::naming::Name;

impl Sweep<'_> {
    /// The captured variables whose cotangents an element's pullback returns.
    pub(super) fn active_captures(&self, map: &ElementMap) -> Vec<VarId> {
        map.captures
            .iter()
            .copied()
            .filter(|var| self.is_active(*var))
            .collect()
    }

    /// `map_forward(&x, |v| { body; (result, element pullback) })`, then `map_pullback`.
    pub(super) fn map_rule(&self, map: &ElementMap) -> TokenStream {
        let span = map.span;
        let array = self.operand_at(&map.array, span);
        let element = &self.function.var(map.element).ident;
        let forward = self.element_sweep().forward_block(&map.body);
        let result = self.atom(&map.result);
        let captures = self.active_captures(map);
        let shapes = std::iter::once(map.element)
            .chain(captures.iter().copied())
            .map(|var| {
                let ident = &self.function.var(var).ident;
                let shape = self.name(Name::Shape(var));
                quote!(let #shape = ::grad::__private::Differentiable::tangent_shape(&#ident);)
            });
        let pullback = self.element_pullback(map, &captures);
        quote_spanned! {span=>
            {
                let (value, pullbacks) = ::grad::__private::map_forward(#array, |#element| {
                    #(#shapes)*
                    #forward
                    (#result, #pullback)
                });
                let dim = value.raw_dim();
                (value, ::grad::__private::map_pullback(dim, pullbacks))
            }
        }
    }

    /// The pullback of one element: the body's reverse sweep, seeded with the element's
    /// cotangent, giving the element's and the active captures' cotangents.
    fn element_pullback(&self, map: &ElementMap, captures: &[VarId]) -> TokenStream {
        let cot = self.name(Name::Cotangent);
        let adjoints = std::iter::once(map.element)
            .chain(captures.iter().copied())
            .map(|var| self.declare_adjoint(var));
        let seed = self.seed(&Operand::Atom(map.result.clone()), quote!(#cot));
        let reverse = self.element_sweep().reverse_block(&map.body, seed);
        let finish = |var: VarId| {
            let adj = self.name(Name::Adjoint(var));
            let shape = self.name(Name::Shape(var));
            quote!(#adj.finish(#shape))
        };
        let element = finish(map.element);
        let captured = captures.iter().map(|var| finish(*var));
        quote! {
            move |#cot| {
                #(#adjoints)*
                #reverse
                (#element, (#(#captured,)*))
            }
        }
    }

    /// The map evaluated as plain Rust, when nothing in it carries a derivative.
    pub(super) fn plain_map(&self, map: &ElementMap) -> TokenStream {
        let array = self.atom(&map.array);
        let element = &self.function.var(map.element).ident;
        let forward = self.element_sweep().forward_block(&map.body);
        let result = self.atom(&map.result);
        quote_spanned!(map.span=> #array.mapv(|#element| { #forward #result }))
    }

    /// The outer reverse of `y = x.mapv(..)`: the array's cotangent, and each active capture's.
    pub(super) fn reverse_map(&self, pullback: &syn::Ident, map: &ElementMap) -> TokenStream {
        let cot = self.name(Name::Cotangent);
        let captures: Vec<Atom> = self
            .active_captures(map)
            .into_iter()
            .map(Atom::Var)
            .collect();
        let (array_pattern, array_adds) =
            self.argument_cotangents(std::slice::from_ref(&map.array), 0);
        let (capture_pattern, capture_adds) = self.argument_cotangents(&captures, 1);
        quote! {
            let (#(#array_pattern,)* (#(#capture_pattern,)*),) = #pullback(#cot);
            #(#array_adds)*
            #(#capture_adds)*
        }
    }
}
