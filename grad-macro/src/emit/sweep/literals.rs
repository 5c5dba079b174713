//! The rule calls of values written element by element (`Op::Literal`: `array![..]`, `[..]`,
//! `vec![..]`, `S { a: x, b: y }`) and of arrays joined along an axis (`Op::Join`: `concatenate`, `stack`), and
//! the patterns their pullbacks' cotangents are destructured with.
//!
//! Their elements are separate arguments of the primitive, while their rules take them
//! together (`array2_vjp([[a, b], [c, d]])`) and give their cotangents together (`([[ā, b̄],
//! [c̄, d̄]],)`): the reverse sweep's pattern nests the arguments' cotangents the same way.
//!
//! ```text
//! let (m, m_pullback) = ::grad::__private::array2_vjp([[c, s_neg], [s, c]]);
//! ..
//! let ([[c_1, s_neg_1], [s_1, c_2]],) = m_pullback(cot);
//! ```

use proc_macro2::{Span, TokenStream};
use quote::{quote, quote_spanned};

use crate::ir::{Join, Literal, Op};

/// The rule call of a literal: the runtime's rule for its kind, at `::grad::__private`.
pub(super) fn literal_rule(literal: &Literal, atoms: &[TokenStream], span: Span) -> TokenStream {
    match literal {
        Literal::Ndarray { shape, .. } => {
            let rule = match shape.len() {
                1 => quote_spanned!(span=> array_vjp),
                2 => quote_spanned!(span=> array2_vjp),
                _ => quote_spanned!(span=> array3_vjp),
            };
            let elements = nest(atoms, shape);
            quote_spanned!(span=> ::grad::__private::#rule(#elements))
        }
        Literal::Array => quote_spanned!(span=> ::grad::__private::rust_array_vjp([#(#atoms),*])),
        Literal::Vec { .. } => quote_spanned!(span=> ::grad::__private::vec_vjp([#(#atoms),*])),
        Literal::Repeat { .. } => {
            quote_spanned!(span=> ::grad::__private::vec_from_elem_vjp(#(#atoms),*))
        }
        Literal::Struct { path, fields } => quote_spanned! {span=>
            ::grad::__private::struct_vjp(
                #path { #(#fields: #atoms),* },
                |cot| (#(cot.#fields,)*),
            )
        },
    }
}

/// A literal computed as written, when none of its elements carries a derivative.
pub(super) fn literal_plain(literal: &Literal, atoms: &[TokenStream], span: Span) -> TokenStream {
    match literal {
        Literal::Ndarray { path, shape } => {
            let rows = match shape[..] {
                [_] => atoms.to_vec(),
                [_, ref inner @ ..] => atoms
                    .chunks(inner.iter().product::<usize>().max(1))
                    .map(|row| nest(row, inner))
                    .collect(),
                [] => Vec::new(),
            };
            quote_spanned!(span=> #path![#(#rows),*])
        }
        Literal::Array => quote_spanned!(span=> [#(#atoms),*]),
        Literal::Vec { path } => quote_spanned!(span=> #path![#(#atoms),*]),
        Literal::Repeat { path } => match atoms {
            [x, n] => quote_spanned!(span=> #path![#x; #n]),
            _ => unreachable!("lowering gives `vec![x; n]` two arguments"),
        },
        Literal::Struct { path, fields } => quote_spanned!(span=> #path { #(#fields: #atoms),* }),
    }
}

/// `concatenate_vjp(axis, &[a.view(), ..])` (or `stack_vjp`), its pullback's cotangents as
/// an array, one per array written (`::grad::__private::listed`).
pub(super) fn join_rule(join: &Join, atoms: &[TokenStream], span: Span) -> TokenStream {
    let [axis, arrays @ ..] = atoms else {
        unreachable!("lowering gives a join its axis")
    };
    let rule = if join.stack {
        quote_spanned!(span=> stack_vjp)
    } else {
        quote_spanned!(span=> concatenate_vjp)
    };
    let count = arrays.len();
    quote_spanned! {span=>
        ::grad::__private::listed::<#count, _, _, _, _>(
            ::grad::__private::#rule(#axis, &[#(#arrays.view()),*])
        )
    }
}

/// A join computed as written, when none of its arrays carries a derivative.
pub(super) fn join_plain(join: &Join, atoms: &[TokenStream], span: Span) -> TokenStream {
    let [axis, arrays @ ..] = atoms else {
        unreachable!("lowering gives a join its axis")
    };
    let Join { path, unwrap, .. } = join;
    quote_spanned!(span=> #path(#axis, &[#(#arrays.view()),*]) #unwrap)
}

/// The pattern a primitive's pullback result is destructured with, from its arguments'
/// cotangents in order: as they are, but for literals and joins, whose rules give their
/// elements' cotangents in an array (nested as the literal is).
pub(super) fn cotangent_pattern(op: &Op, cotangents: Vec<TokenStream>) -> Vec<TokenStream> {
    match op {
        Op::Literal(Literal::Ndarray { shape, .. }) => vec![nest(&cotangents, shape)],
        Op::Literal(Literal::Array | Literal::Vec { .. }) => vec![quote!([#(#cotangents),*])],
        Op::Join(_) => match &cotangents[..] {
            [axis, arrays @ ..] => vec![axis.clone(), quote!([#(#arrays),*])],
            [] => cotangents,
        },
        _ => cotangents,
    }
}

/// `items` in row-major order as nested brackets of `shape`: `[[a, b], [c, d]]` for `[2, 2]`.
fn nest(items: &[TokenStream], shape: &[usize]) -> TokenStream {
    match shape {
        [] | [_] => quote!([#(#items),*]),
        [_, inner @ ..] => {
            let rows = items
                .chunks(inner.iter().product::<usize>().max(1))
                .map(|row| nest(row, inner));
            quote!([#(#rows),*])
        }
    }
}
