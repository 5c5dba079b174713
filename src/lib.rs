//! # grad: compile-time reverse-mode automatic differentiation
//!
//! Put `#[grad::differentiate]` on an ordinary Rust function and call the generated
//! `name_grad` for the value and the gradient in one call:
//!
//! ```
//! #[grad::differentiate]
//! fn e(a: f64, b: f64) -> f64 {
//!     (a + b) * (b + 1.0)
//! }
//!
//! let (value, (de_da, de_db)) = e_grad(2.0, 1.0);
//! assert_eq!(value, 6.0);
//! assert_eq!((de_da, de_db), (2.0, 5.0));
//!
//! // The pullback (vector-Jacobian product) for any cotangent of the result:
//! let (value, pullback) = e_vjp(2.0, 1.0);
//! assert_eq!(pullback(3.0), (6.0, 15.0));
//! # let _ = value;
//! ```
//!
//! The attribute keeps the function as it is and writes beside it, as plain Rust with no tape
//! and no graph object:
//!
//! - `name_vjp(params..) -> (R, impl FnOnce(R) -> (C1, .., Cn))`: the forward sweep, then a
//!   pullback holding the reverse sweep, which maps the result's cotangent to one cotangent per
//!   parameter (`()` for parameters that are not differentiated);
//! - `name_grad(params..) -> (R, G)` when `R` is `f32` or `f64`: the pullback applied to 1. `G`
//!   is the gradient of the one differentiated parameter, or a tuple of them in order.
//!
//! `#[differentiate(wrt(a, b))]` differentiates exactly the named parameters; without it every
//! parameter is differentiated except integers, `bool`, `char`, text, and containers of those.
//!
//! ## What can be differentiated
//!
//! `+ - * /` and unary `-`; `let` (with shadowing and tuple patterns), `let mut` with `=` and
//! `+= -= *= /=`; `if` / `else if` / `else` as statements and expressions; blocks; `as` casts
//! between `f32` and `f64`; the float methods `exp exp2 exp_m1 ln ln_1p log log2 log10 sqrt cbrt
//! powi powf sin cos tan asin acos atan atan2 sinh cosh tanh asinh acosh atanh abs max min recip
//! hypot mul_add to_degrees to_radians signum floor ceil round trunc`, as methods or as
//! `f64::name(x, ..)`; and calls of other functions through their `name_vjp`, whether generated
//! by `#[differentiate]` or written by hand (which is how a custom derivative is supplied).
//! Integer values, comparisons and conditions are constants of the reverse sweep.
//!
//! Loops (`for`, `while`, `loop`, with `break`, `continue` and early `return`), `match` on
//! constants, and indexed reads and writes (`x[i]`, `w[[i, j]]`) on slices, `Vec`s, arrays and
//! ndarray arrays are differentiated too:
//!
//! ```
//! #[grad::differentiate]
//! fn rosenbrock(x: &[f64]) -> f64 {
//!     let mut sum = 0.0;
//!     for i in 0..x.len() - 1 {
//!         sum += (1.0 - x[i]).powi(2) + 100.0 * (x[i + 1] - x[i] * x[i]).powi(2);
//!     }
//!     sum
//! }
//!
//! let (value, gradient) = rosenbrock_grad(&[1.0, 1.0, 1.0]);
//! assert_eq!((value, gradient), (0.0, vec![0.0, 0.0, 0.0]));
//! ```
//!
//! Anything else applied to a differentiated value is a compile error that says what to write
//! instead.
//!
//! The derivative rules live in [`runtime`], one place per primitive, with their conventions at
//! points where the function is not differentiable (`abs'(0) = 0`; `max`/`min` give a tie to
//! the receiver).

pub use grad_macro::differentiate;

/// The derivative rules and the support code generated functions call.
pub use grad_runtime as runtime;

pub use grad_runtime::{check, nn};
