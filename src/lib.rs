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
//! `#[differentiate(boxed)]` makes the pullback a `Box<dyn FnOnce>` (one allocation per call):
//! put it on one of two functions that call each other (`even` calls `odd` calls `even`), whose
//! pullback types would otherwise contain each other (rustc's E0720, "cannot resolve opaque
//! type"). A function that calls itself needs nothing: its pullback is boxed already.
//! `#[differentiate(dual_calls)]` runs a function that calls others by name at dual numbers in
//! its `name_jvp` and `name_hvp`, through the callees' companions there, which
//! `#[differentiate]` writes for every function that runs at dual numbers (and
//! [`dual_companions!`] declares for a hand-written rule); without it, such a function's
//! `name_jvp` goes through its gradient and it has no `name_hvp`.
//! `#[differentiate(pure(f, g))]` declares that the functions `f` and `g` (called by those plain
//! names) are pure: the same arguments give the same result, and a call changes nothing else.
//! The reverse sweep may then call them again on integer arguments it can compute again,
//! instead of keeping their results for every iteration of a loop (an index
//! `q[c * s + tri(d, r, col)]` costs no memory). The macro cannot see a callee's body, so it
//! never assumes this by itself; declaring a function pure that is not gives wrong gradients.
//! On a method of a generic `impl<A: Scalar> Line<A>` block, put `#[grad::differentiate]` on the
//! block as well: the generated methods must name the block's `A`, which the method's own
//! attribute cannot see.
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
//! ## Arrays and networks
//!
//! ndarray arrays work too: `+ - * /` between arrays (with ndarray's broadcasting; the gradient
//! of a broadcast operand is summed back to its own shape) and between arrays and scalars on
//! either side, `&a + &b` or `a * 2.0` as you would write them; the elementwise `exp ln sqrt
//! powi powf sin cos tan tanh abs`; `dot` (1-D and 2-D), `t`, `sum`, `sum_axis`, `mean`,
//! `mean_axis`, `into_shape_with_order` (with the `.unwrap()` ndarray needs), `row`, `column`,
//! `slice`; `.shape()`, `.dim()`, `.len()` are constants. The layers of [`nn`] (affine, ReLU,
//! softmax cross-entropy, convolution, pooling, batch norm, ...) differentiate like any other
//! function, through their `_vjp`:
//!
//! ```
//! use grad::nn::*; // the layers and their `_vjp` rules
//! use ndarray::{Array1, Array2, array};
//!
//! #[grad::differentiate(wrt(w, b))]
//! fn loss(x: &Array2<f64>, labels: &[usize], w: &Array2<f64>, b: &Array1<f64>) -> f64 {
//!     let scores = affine(x, w, b);
//!     softmax_cross_entropy(&scores, labels) + 0.5 * (w * w).sum()
//! }
//!
//! let x = array![[1.0, 2.0], [0.5, -1.0]];
//! let (w, b) = (Array2::zeros((2, 3)), Array1::zeros(3));
//! let (value, (dw, db)) = loss_grad(&x, &[0, 2], &w, &b);
//! assert!((value - 3f64.ln()).abs() < 1e-12);
//! assert_eq!((dw.dim(), db.dim()), ((2, 3), 3));
//! ```
//!
//! A call `f(..)` is differentiated through `f_vjp`, which must be in scope where `f` is: import
//! both (`use grad::nn::*` does), or call by path (`nn::affine(..)` uses `nn::affine_vjp`).
//! Beside the call, the generated code tells `f_vjp` which of the call's arguments are
//! differentiated ([`runtime::wrt`]): above, `x` is data, and `affine_vjp` does not compute its
//! cotangent `c · wᵀ`. A hand-written `f_vjp` may read it too, or ignore it and compute every
//! cotangent.
//! [`check`] has the numerical gradient checks to verify your own functions with.
//!
//! Anything else applied to a differentiated value is a compile error that says what to write
//! instead.
//!
//! The derivative rules live in [`runtime::rules`], one place per primitive, with their
//! conventions at points where the function is not differentiable (`abs'(0) = 0`; `max`/`min`
//! give a tie to the receiver); [`runtime`]'s documentation says where the rule of each
//! primitive is.

pub use grad_macro::differentiate;

/// Declares the companions at dual numbers of a function `g` with a hand-written rule `g_vjp`,
/// so that a caller marked `#[differentiate(dual_calls)]` runs through `g` in its `f_jvp` and
/// `f_hvp` (`#[differentiate]` declares them itself for the functions it marks).
///
/// - `dual_companions!(g)`, or `dual_companions!(pub g)` to let other modules' callers reach
///   them: `g` and `g_vjp` are generic over `A: Scalar`, and run at `A = Dual<A>`.
/// - `dual_companions!(g => g_dual, g_vjp_dual)`: `g_dual` is `g` at [`Dual<f64>`](Dual) (a
///   hand-written forward rule: value and tangent) and `g_vjp_dual` is `g_vjp` there (a
///   hand-written pullback whose tangent part is the second-order term, for `f_hvp`).
///
/// Both declare `__grad_dual_g` and `__grad_dual_g_vjp` where the macro is written; a caller
/// reaches them at the path it reaches `g` at (`helpers::g(x)` calls
/// `helpers::__grad_dual_g`), or through a glob import.
///
/// ```
/// use grad::Dual;
///
/// fn sigmoid(x: f64) -> f64 {
///     1.0 / (1.0 + (-x).exp())
/// }
/// // softplus(x) = ln(1 + eˣ), written to be stable, and its rule: softplus' = σ.
/// fn softplus(x: f64) -> f64 {
///     x.max(0.0) + (-x.abs()).exp().ln_1p()
/// }
/// fn softplus_vjp(x: f64) -> (f64, impl FnOnce(f64) -> (f64,)) {
///     let slope = sigmoid(x);
///     (softplus(x), move |cot| (cot * slope,))
/// }
/// // The same at dual numbers: the tangent is σ(x) ẋ, and the slope's tangent σ(1 − σ) ẋ.
/// fn softplus_dual(x: Dual<f64>) -> Dual<f64> {
///     Dual::new(softplus(x.value), sigmoid(x.value) * x.tangent)
/// }
/// fn softplus_vjp_dual(x: Dual<f64>) -> (Dual<f64>, impl FnOnce(Dual<f64>) -> (Dual<f64>,)) {
///     let s = sigmoid(x.value);
///     let slope = Dual::new(s, s * (1.0 - s) * x.tangent);
///     (softplus_dual(x), move |cot| (cot * slope,))
/// }
/// grad::dual_companions!(softplus => softplus_dual, softplus_vjp_dual);
///
/// #[grad::differentiate(dual_calls)]
/// fn loss(w: f64) -> f64 {
///     softplus(2.0 * w) * w
/// }
///
/// let (w, s) = (0.5, sigmoid(1.0));
/// let (_, derivative) = loss_jvp(w, 1.0);
/// assert!((derivative - (softplus(1.0) + 2.0 * s * w)).abs() < 1e-12);
/// let (_, _, second) = loss_hvp(w, 1.0);
/// assert!((second - (4.0 * s + 4.0 * s * (1.0 - s) * w)).abs() < 1e-12);
/// ```
pub use grad_macro::dual_companions;

/// `#[derive(grad::Tangent)]` makes a struct with named fields a gradient type: a
/// `#[differentiate]` function can take it (by value or `&T`) and its gradient is a `T`, and
/// optimisers get the in-place arithmetic of the [`Tangent`](trait@Tangent) trait. Fields must
/// be `f32`, `f64`, ndarray arrays, `[A; N]`, `Vec`s of those or other `Tangent` structs, all
/// of one float type; mark a field that is not differentiated (a size, a flag, configuration)
/// `#[tangent(skip)]`. A skipped field needs `Clone`, and in a gradient holds a copy of the
/// value it had in the struct the gradient was taken of (so a gradient is a well-formed `T`):
/// `zeros_like` copies it, sums and scalings leave it alone. A generic struct bounds its
/// parameters itself (`struct Linear<A: grad::runtime::Scalar> { .. }`).
///
/// ```
/// use grad::Tangent;
/// use ndarray::{Array1, Array2, array};
///
/// #[derive(grad::Tangent, Debug, PartialEq)]
/// struct Linear {
///     w: Array2<f64>,
///     b: Array1<f64>,
///     #[tangent(skip)]
///     inputs: usize,
/// }
///
/// let p = Linear { w: array![[1.0, 2.0]], b: array![3.0, 4.0], inputs: 1 };
/// let mut g = p.zeros_like();
/// assert_eq!(g, Linear { w: array![[0.0, 0.0]], b: array![0.0, 0.0], inputs: 1 });
/// g.axpy(2.0, &p); // g += 2 p
/// assert_eq!(g.sum_of_squares(), 4.0 * (1.0 + 4.0 + 9.0 + 16.0));
/// ```
pub use grad_macro::Tangent;
/// Gradients as vectors: zeros, sums, scaling, norms.
pub use grad_runtime::Tangent;

/// The element types `f32` and `f64`, and the one bound a generic differentiated function
/// needs (`fn f<A: grad::Scalar>(x: A) -> A`); see [`runtime::Scalar`].
pub use grad_runtime::Scalar;

/// Dual numbers `a + ȧε` (`ε² = 0`): a [`Scalar`] that carries a directional derivative beside
/// every value, for forward mode (`f_jvp` runs `f` at them) and, run through a pullback, Hessian-vector products
/// (`f_hvp` runs `f_vjp` at them); see
/// [`runtime::Dual`].
pub use grad_runtime::Dual;

/// The runtime: the derivative rules ([`runtime::rules`]), `Scalar`, and `wrt` and `lend` for
/// hand-written rules.
pub use grad_runtime as runtime;

pub use grad_runtime::graph;

/// Dense Jacobians and Hessians from `f_jvp` (columns), `f_vjp` (rows) and `f_hvp` closures;
/// see [`runtime::jacobian`] for the maths and the [`Basis`](runtime::jacobian::Basis) vectors
/// the closures receive.
pub use grad_runtime::jacobian::{hessian, jacobian, jacobian_forward, jacobian_reverse};
pub use grad_runtime::{check, nn, optim, parallel};

/// Differentiated functions as problems for argmin's optimisers (feature `argmin`):
/// [`argmin::Objective`] from `f`, `f_grad` and `f_hvp`, and argmin's own `core` and `solver`.
#[cfg(feature = "argmin")]
pub use grad_runtime::argmin;

/// The derivative rules (the runtime's [`rules`]), at the top as the
/// layers are: `use grad::rules::array::*` brings ndarray's `concatenate` and `stack` with
/// their rules, as `use grad::nn::*` brings the layers with theirs.
pub use grad_runtime::rules;

#[doc(hidden)]
pub use grad_runtime::__private;
