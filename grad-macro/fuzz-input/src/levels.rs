//! Recursive grammars, built once.
//!
//! proptest's `prop_recursive` calls its recursion closure again for every value it draws,
//! which for a grammar this size costs tens of milliseconds a value. Here the levels are built
//! once: level 0 is the leaves, level `k` is a leaf or a construct of level `k - 1` values.

use proptest::prelude::*;

/// The strategy of `depth` levels over `leaf`, each level grown by `grow` from the one below
/// (a leaf one time in `1 + grow_weight`).
pub fn levels<T: std::fmt::Debug + Clone + 'static>(
    leaf: BoxedStrategy<T>,
    depth: usize,
    grow_weight: u32,
    grow: impl Fn(BoxedStrategy<T>) -> BoxedStrategy<T>,
) -> BoxedStrategy<T> {
    let mut level = leaf.clone();
    for _ in 0..depth {
        level = prop_oneof![1 => leaf.clone(), grow_weight => grow(level)].boxed();
    }
    level
}
