//! Reducing a failing input to a small one that fails the same way, for the report.
//!
//! proptest shrinks the strategy's choices, which for these grammar-built inputs (nested
//! `prop_flat_map`s regenerate whole bodies) stops far from minimal. This works on the syntax
//! tree instead, greedily (delta debugging's "one at a time"): remove one statement of any
//! block, or replace one expression by one of its parts or by `1.0`; keep the change if the
//! item is smaller and still fails; repeat until no single change does.

use proc_macro2::{TokenStream, TokenTree};
use quote::ToTokens;
use syn::punctuated::Punctuated;
use syn::visit::{self, Visit};
use syn::visit_mut::{self, VisitMut};
use syn::{Block, Expr, ItemFn};

/// How many reductions are tried at most (each an expansion): bounds the time of a report.
const MAX_TRIES: usize = 20_000;

/// The smallest item reached from `item` by single edits for which `fails` holds.
pub(super) fn reduce(item: &ItemFn, fails: impl Fn(&ItemFn) -> bool) -> ItemFn {
    let mut best = item.clone();
    let mut tries = 0;
    loop {
        let mut changed = false;
        let mut site = 0;
        while site < sites(&best) && tries < MAX_TRIES {
            tries += 1;
            match edited(&best, site) {
                Some(candidate) if size(&candidate) < size(&best) && fails(&candidate) => {
                    // The same index is now the next site.
                    best = candidate;
                    changed = true;
                }
                _ => site += 1,
            }
        }
        if !changed || tries >= MAX_TRIES {
            return best;
        }
    }
}

/// The item's size in tokens, groups' contents included.
fn size(item: &ItemFn) -> usize {
    fn count(tokens: TokenStream) -> usize {
        tokens
            .into_iter()
            .map(|tree| match tree {
                TokenTree::Group(group) => 1 + count(group.stream()),
                _ => 1,
            })
            .sum()
    }
    count(item.to_token_stream())
}

/// How many edits [`Editor`] can make to `item`.
fn sites(item: &ItemFn) -> usize {
    let mut editor = Editor::at(usize::MAX);
    editor.visit_item_fn_mut(&mut item.clone());
    editor.next
}

/// `item` with edit number `site` made, printed and parsed again (`None` if that does not
/// give a function item: a part put where precedence reads it otherwise).
fn edited(item: &ItemFn, site: usize) -> Option<ItemFn> {
    let mut edited = item.clone();
    let mut editor = Editor::at(site);
    editor.visit_item_fn_mut(&mut edited);
    syn::parse2(edited.to_token_stream()).ok()
}

/// Makes the `target`-th edit of a walk over the item: each attribute, generic parameter and
/// parameter of the function, its `where` clause, and each statement of each block may be
/// removed, each expression replaced by each of its direct subexpressions or by `1.0`.
struct Editor {
    target: usize,
    next: usize,
    done: bool,
}

impl Editor {
    fn at(target: usize) -> Self {
        Self {
            target,
            next: 0,
            done: false,
        }
    }

    /// Whether the edit being counted now is the one to make.
    fn take(&mut self) -> bool {
        let hit = self.next == self.target;
        self.next += 1;
        self.done |= hit;
        hit
    }
}

impl VisitMut for Editor {
    /// The function's own attributes, generic parameters, `where` clause and parameters.
    fn visit_item_fn_mut(&mut self, item: &mut ItemFn) {
        if self.done {
            return;
        }
        for index in 0..item.attrs.len() {
            if self.take() {
                item.attrs.remove(index);
                return;
            }
        }
        let generics = &mut item.sig.generics;
        for index in 0..generics.params.len() {
            if self.take() {
                generics.params = without(&generics.params, index);
                return;
            }
        }
        if generics.where_clause.is_some() && self.take() {
            generics.where_clause = None;
            return;
        }
        for index in 0..item.sig.inputs.len() {
            if self.take() {
                item.sig.inputs = without(&item.sig.inputs, index);
                return;
            }
        }
        visit_mut::visit_item_fn_mut(self, item);
    }

    fn visit_block_mut(&mut self, block: &mut Block) {
        for index in 0..block.stmts.len() {
            if self.done {
                return;
            }
            if self.take() {
                block.stmts.remove(index);
                return;
            }
        }
        visit_mut::visit_block_mut(self, block);
    }

    fn visit_expr_mut(&mut self, expr: &mut Expr) {
        if self.done {
            return;
        }
        let mut replacements = children(expr);
        if !matches!(expr, Expr::Lit(_) | Expr::Path(_)) {
            replacements.push(syn::parse_quote!(1.0));
        }
        for replacement in replacements {
            if self.take() {
                *expr = replacement;
                return;
            }
        }
        visit_mut::visit_expr_mut(self, expr);
    }
}

/// `list` without its `index`-th element.
fn without<T: Clone, P: Default>(list: &Punctuated<T, P>, index: usize) -> Punctuated<T, P> {
    list.iter()
        .enumerate()
        .filter(|(i, _)| *i != index)
        .map(|(_, element)| element.clone())
        .collect()
}

/// The expressions directly inside `expr` (in its blocks' statements too).
fn children(expr: &Expr) -> Vec<Expr> {
    struct Children(Vec<Expr>);
    impl Visit<'_> for Children {
        fn visit_expr(&mut self, expr: &Expr) {
            self.0.push(expr.clone());
        }
    }
    let mut found = Children(Vec::new());
    visit::visit_expr(&mut found, expr);
    found.0
}

#[cfg(test)]
mod tests {
    use quote::ToTokens;
    use syn::ItemFn;

    use super::{reduce, size};

    /// A deliberately failing predicate: the item mentions `boom`. Everything else goes:
    /// statements, parameters, attributes, generics, the loop around it, the call's receiver.
    #[test]
    fn keeps_only_what_the_failure_needs() {
        let item: ItemFn = syn::parse_quote! {
            #[inline]
            fn f<A: Copy>(x: f64, ys: &[f64]) -> f64 where A: Clone {
                let a = x * 2.0;
                let mut s = 0.0;
                for y in ys.iter() {
                    if *y > 1.0 {
                        s += a * boom(x, *y).sin();
                    }
                }
                s + x
            }
        };
        let mentions_boom =
            |candidate: &ItemFn| candidate.to_token_stream().to_string().contains("boom");
        let reduced = reduce(&item, mentions_boom);
        assert_eq!(
            reduced.to_token_stream().to_string(),
            "fn f () -> f64 { boom }"
        );
        assert!(size(&reduced) < size(&item) / 5);
    }

    /// An item that no single edit keeps failing comes back unchanged.
    #[test]
    fn a_minimal_input_is_kept() {
        let item: ItemFn = syn::parse_quote!(
            fn f(x: f64) -> f64 {
                x
            }
        );
        let whole = |candidate: &ItemFn| candidate == &item;
        assert_eq!(reduce(&item, whole), item);
    }
}
