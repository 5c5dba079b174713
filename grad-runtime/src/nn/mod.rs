//! Neural-network layers, as in the cs231n assignments: each an ordinary function of ndarray
//! arrays, generic over `f32` and `f64`, with a companion `name_vjp` returning the output and
//! its pullback, so that `#[differentiate]` functions can call it and differentiate through it.
//!
//! Shapes follow cs231n: a batch of vectors is `(N, D)`, images are NCHW `(N, C, H, W)`,
//! filters `(F, C, HH, WW)`, a batch of sequences `(N, T, D)` (the recurrent layers of
//! assignment 3). Each pullback returns one cotangent per argument, `()` for arguments that are
//! not differentiated (labels, word indices, sizes, masks, `eps`).

mod activation;
mod conv;
mod embedding;
mod linear;
mod loss;
mod lstm;
mod norm;
mod pool;
mod recurrent;
mod rnn;
mod temporal;

pub use activation::{
    dropout, dropout_vjp, log_softmax, log_softmax_vjp, relu, relu_vjp, sigmoid, sigmoid_vjp,
    softmax, softmax_vjp,
};
pub use conv::{conv2d, conv2d_vjp, conv2d_vjp_wrt};
pub use embedding::{word_embedding, word_embedding_vjp};
pub use linear::{affine, affine_vjp, affine_vjp_wrt};
pub use loss::{softmax_cross_entropy, softmax_cross_entropy_vjp, svm_loss, svm_loss_vjp};
pub use lstm::{lstm, lstm_step, lstm_step_vjp, lstm_step_vjp_wrt, lstm_vjp, lstm_vjp_wrt};
pub use norm::{batch_norm, batch_norm_vjp};
pub use pool::{max_pool2d, max_pool2d_vjp};
pub use rnn::{rnn, rnn_step, rnn_step_vjp, rnn_step_vjp_wrt, rnn_vjp, rnn_vjp_wrt};
pub use temporal::{
    temporal_affine, temporal_affine_vjp, temporal_affine_vjp_wrt, temporal_softmax_cross_entropy,
    temporal_softmax_cross_entropy_vjp,
};
