//! Neural-network layers, as in the cs231n assignments: each an ordinary function of ndarray
//! arrays, generic over `f32` and `f64`, with a companion `name_vjp` returning the output and
//! its pullback, so that `#[differentiate]` functions can call it and differentiate through it.
//!
//! Shapes follow cs231n: a batch of vectors is `(N, D)`, images are NCHW `(N, C, H, W)`,
//! filters `(F, C, HH, WW)`. Each pullback returns one cotangent per argument, `()` for
//! arguments that are not differentiated (labels, sizes, masks, `eps`).
