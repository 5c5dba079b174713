//! Rewrites of the IR after the activity analysis, each an equivalent IR that differentiates
//! cheaper. They run in this order:
//!
//! 1. `sums`: a plain `sum()` whose value is a declared float (the result, a `let s: f64`) gets
//!    that type, so that its loop is planned as the index loop `s += ..` is;
//! 2. `through`: places read through references (`layer.w` of `for layer in layers` reads
//!    `layers[i].w`);
//! 3. `reuse`: an indexed or field read repeated with no write in between is read once;
//! 4. `square`: `x * x` becomes `x.powi(2)`;
//! 5. `fuse`: `x.powi(2).sum()` (so also `(&x * &x).sum()`) becomes `x.sum_of_squares()`;
//! 6. `literal_dot`: `array![a, b, c].dot(&w)` multiplies the Rust array `[a, b, c]`, on the
//!    stack.

mod fuse;
mod literal_dot;
mod reuse;
mod square;
mod sums;
mod through;

use crate::ir::Function;

pub use fuse::SUM_OF_SQUARES;

/// Runs every rewrite on `function`, whose declared result type is `output`.
pub fn rewrite(function: &mut Function, output: Option<&syn::Type>) {
    sums::type_sums(function, output);
    through::read_through_references(function);
    reuse::reuse_reads(function);
    square::squares_to_powers(function);
    fuse::fuse_sums_of_squares(function);
    literal_dot::dot_literals_on_the_stack(function);
}

#[cfg(test)]
mod tests;
