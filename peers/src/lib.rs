//! Issue 17's peer comparison: the same gradients in `grad` and in the Rust crates that do
//! automatic differentiation (candle, burn, dfdx, autograd), on the workloads of the
//! repository's benches: the n-dimensional Rosenbrock function (n = 10,000, `benches/loops.rs`),
//! the MNIST-sized MLP (`benches/nn.rs`) and a convolution layer (`benches/nn.rs`).
//!
//! Each module builds a library's tensors from [`problems`] once and returns the value and
//! gradient; `tests/agree.rs` checks every library's gradient against `grad`'s, and
//! `benches/peers.rs` times them. Its own workspace, outside `grad`'s, so that the root's
//! `cargo test` never builds these crates.

pub mod problems;
pub mod with_autograd;
pub mod with_burn;
pub mod with_candle;
pub mod with_dfdx;
pub mod with_grad;
