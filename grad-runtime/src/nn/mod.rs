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

// The layers' companions at dual numbers (`grad::dual_companions!`): the layers are generic over
// `A: Scalar`, so the `f_jvp` and `f_hvp` of a caller marked `#[differentiate(dual_calls)]` run
// them at `Dual<A>`. `use grad::nn::*` brings them in with the layers.
#[doc(hidden)]
pub use self::{
    affine as __grad_dual_affine, affine_vjp as __grad_dual_affine_vjp,
    batch_norm as __grad_dual_batch_norm, batch_norm_vjp as __grad_dual_batch_norm_vjp,
    conv2d as __grad_dual_conv2d, conv2d_vjp as __grad_dual_conv2d_vjp,
    dropout as __grad_dual_dropout, dropout_vjp as __grad_dual_dropout_vjp,
    log_softmax as __grad_dual_log_softmax, log_softmax_vjp as __grad_dual_log_softmax_vjp,
    lstm as __grad_dual_lstm, lstm_step as __grad_dual_lstm_step,
    lstm_step_vjp as __grad_dual_lstm_step_vjp, lstm_vjp as __grad_dual_lstm_vjp,
    max_pool2d as __grad_dual_max_pool2d, max_pool2d_vjp as __grad_dual_max_pool2d_vjp,
    relu as __grad_dual_relu, relu_vjp as __grad_dual_relu_vjp, rnn as __grad_dual_rnn,
    rnn_step as __grad_dual_rnn_step, rnn_step_vjp as __grad_dual_rnn_step_vjp,
    rnn_vjp as __grad_dual_rnn_vjp, sigmoid as __grad_dual_sigmoid,
    sigmoid_vjp as __grad_dual_sigmoid_vjp, softmax as __grad_dual_softmax,
    softmax_cross_entropy as __grad_dual_softmax_cross_entropy,
    softmax_cross_entropy_vjp as __grad_dual_softmax_cross_entropy_vjp,
    softmax_vjp as __grad_dual_softmax_vjp, svm_loss as __grad_dual_svm_loss,
    svm_loss_vjp as __grad_dual_svm_loss_vjp, temporal_affine as __grad_dual_temporal_affine,
    temporal_affine_vjp as __grad_dual_temporal_affine_vjp,
    temporal_softmax_cross_entropy as __grad_dual_temporal_softmax_cross_entropy,
    temporal_softmax_cross_entropy_vjp as __grad_dual_temporal_softmax_cross_entropy_vjp,
    word_embedding as __grad_dual_word_embedding,
    word_embedding_vjp as __grad_dual_word_embedding_vjp,
};
