//! The MLP in dfdx 0.13 (its `Cpu` device, shapes known at run time): the tape is put on a
//! tensor with `leaky_trace`, travels through the operations, and `backward` returns the
//! gradients of every tensor the recorded operations read. (A Rosenbrock gradient written with
//! a tape per use of `x` did not agree with grad's, and was left out for lack of time.)
//!
//! dfdx records an operation only on a tape the tensor carries, and its matrix product's
//! backward computes both operands' gradients: the MLP's tape starts at the input batch, as in
//! dfdx's own training loops, so it also computes the input's gradient `∂L/∂x` (a product as
//! large as the forward `x · w1`) that grad and the other peers skip.

use dfdx::prelude::*;

use crate::problems::{self, MlpGradient};

type Vector<E> = Tensor<(usize,), E, Cpu>;
type Matrix<E> = Tensor<(usize, usize), E, Cpu>;

/// The MLP's tensors.
pub struct Mlp<E: Dtype> {
    x: Matrix<E>,
    one_hot: Matrix<E>,
    w1: Matrix<E>,
    b1: Vector<E>,
    w2: Matrix<E>,
    b2: Vector<E>,
    reg: f64,
}

impl<E: Dtype + problems::Real> Mlp<E>
where
    Cpu: Device<E>,
{
    pub fn new(p: &problems::Mlp<E>) -> Self {
        let cpu = Cpu::default();
        let matrix = |v: &[E], rows, cols| cpu.tensor_from_vec(v.to_vec(), (rows, cols));
        let vector = |v: &[E]| cpu.tensor_from_vec(v.to_vec(), (v.len(),));
        Mlp {
            x: matrix(&p.x, p.batch, p.input),
            one_hot: matrix(&p.one_hot, p.batch, p.classes),
            w1: matrix(&p.w1, p.input, p.hidden),
            b1: vector(&p.b1),
            w2: matrix(&p.w2, p.hidden, p.classes),
            b2: vector(&p.b2),
            reg: p.reg.into(),
        }
    }

    /// The loss (affine - ReLU - affine - `log_softmax` - cross-entropy against the one-hot
    /// labels, L2 on the weights) and the gradients of everything it read.
    pub fn grad(&self) -> (E, Gradients<E, Cpu>) {
        let (batch, hidden) = (self.x.shape().0, self.w1.shape().1);
        let classes = self.w2.shape().1;
        let scalar = |x: f64| E::from_f64(x).expect("a float");
        let b1 = self
            .b1
            .leaky_trace()
            .broadcast_like::<_, Axis<0>>(&(batch, hidden));
        let h = (self.x.leaky_trace().matmul(self.w1.clone()) + b1).relu();
        let b2 = self
            .b2
            .leaky_trace()
            .broadcast_like::<_, Axis<0>>(&(batch, classes));
        let scores = h.matmul(self.w2.clone()) + b2;
        let data_loss = (scores.log_softmax::<Axis<1>>() * self.one_hot.clone()).sum::<Rank0, _>()
            * scalar(-1.0 / batch as f64);
        let l2 = self.w1.leaky_trace().square().sum::<Rank0, _>()
            + self.w2.leaky_trace().square().sum::<Rank0, _>();
        let loss = data_loss + l2 * scalar(0.5 * self.reg);
        let value = loss.array();
        (value, loss.backward())
    }

    /// The loss and the parameters' gradients as `Vec`s.
    pub fn grad64(&self) -> (f64, MlpGradient<f64>) {
        let (loss, grads) = self.grad();
        let matrix = |t: &Matrix<E>| grads.get(t).as_vec().into_iter().map(Into::into).collect();
        let vector = |t: &Vector<E>| grads.get(t).as_vec().into_iter().map(Into::into).collect();
        let gradient = MlpGradient {
            w1: matrix(&self.w1),
            b1: vector(&self.b1),
            w2: matrix(&self.w2),
            b2: vector(&self.b2),
        };
        (loss.into(), gradient)
    }
}
