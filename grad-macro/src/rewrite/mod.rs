//! Rewrites of the IR after the activity analysis, each an equivalent IR that differentiates
//! cheaper. They run in this order:
//!
//! 1. `reuse`: an indexed or field read repeated with no write in between is read once;
//! 2. `square`: `x * x` becomes `x.powi(2)`;
//! 3. `fuse`: `x.powi(2).sum()` (so also `(&x * &x).sum()`) becomes `x.sum_of_squares()`.

mod fuse;
mod reuse;
mod square;

use crate::ir::Function;

pub use fuse::SUM_OF_SQUARES;

/// Runs every rewrite on `function`.
pub fn rewrite(function: &mut Function) {
    reuse::reuse_reads(function);
    square::squares_to_powers(function);
    fuse::fuse_sums_of_squares(function);
}
