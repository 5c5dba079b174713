//! The workloads in candle (`candle-core`, CPU device): `Var`s for what is differentiated,
//! the loss built from tensor operations, `backward` for the gradients.

use candle_core::{DType, Device, Result, Tensor, Var, WithDType};

use crate::problems::{self, ConvGradient, MlpGradient};

/// Rosenbrock's point as a `Var` of `n` `f64`s.
pub fn rosenbrock_var(x: &[f64]) -> Result<Var> {
    Var::from_slice(x, x.len(), &Device::Cpu)
}

/// `Σ (1 − x_i)² + 100 (x_{i+1} − x_i²)²` on the whole vector at once (`narrow` for the two
/// shifted views), and its gradient.
pub fn rosenbrock_grad(x: &Var) -> Result<(Tensor, Tensor)> {
    let n = x.dim(0)?;
    let head = x.narrow(0, 0, n - 1)?;
    let tail = x.narrow(0, 1, n - 1)?;
    let a = head.affine(-1.0, 1.0)?;
    let b = (tail - head.sqr()?)?;
    let value = (a.sqr()? + b.sqr()?.affine(100.0, 0.0)?)?.sum_all()?;
    let gradient = value.backward()?.remove(x).expect("x is differentiated");
    Ok((value, gradient))
}

/// The MLP's tensors; the parameters are `Var`s.
pub struct Mlp {
    x: Tensor,
    one_hot: Tensor,
    w1: Var,
    b1: Var,
    w2: Var,
    b2: Var,
    batch: usize,
    reg: f64,
}

impl Mlp {
    pub fn new<T: problems::Real + WithDType>(p: &problems::Mlp<T>) -> Result<Self> {
        let cpu = &Device::Cpu;
        Ok(Mlp {
            x: Tensor::from_slice(&p.x, (p.batch, p.input), cpu)?,
            one_hot: Tensor::from_slice(&p.one_hot, (p.batch, p.classes), cpu)?,
            w1: Var::from_slice(&p.w1, (p.input, p.hidden), cpu)?,
            b1: Var::from_slice(&p.b1, p.hidden, cpu)?,
            w2: Var::from_slice(&p.w2, (p.hidden, p.classes), cpu)?,
            b2: Var::from_slice(&p.b2, p.classes, cpu)?,
            batch: p.batch,
            reg: p.reg.into(),
        })
    }

    /// The loss (affine - ReLU - affine - log-softmax as candle-nn writes it - cross-entropy
    /// against the one-hot labels, L2 on the weights) and its gradient `[w1, b1, w2, b2]`.
    pub fn grad(&self) -> Result<(Tensor, [Tensor; 4])> {
        let hidden = self.x.matmul(&self.w1)?.broadcast_add(&self.b1)?.relu()?;
        let scores = hidden.matmul(&self.w2)?.broadcast_add(&self.b2)?;
        let max = scores.max_keepdim(1)?;
        let shifted = scores.broadcast_sub(&max)?;
        let log_sum = shifted.exp()?.sum_keepdim(1)?.log()?;
        let log_probs = shifted.broadcast_sub(&log_sum)?;
        let data_loss = (log_probs * &self.one_hot)?
            .sum_all()?
            .affine(-1.0 / self.batch as f64, 0.0)?;
        let l2 = (self.w1.sqr()?.sum_all()? + self.w2.sqr()?.sum_all()?)?;
        let loss = (data_loss + l2.affine(0.5 * self.reg, 0.0)?)?;
        let mut grads = loss.backward()?;
        let mut take = |v: &Var| grads.remove(v).expect("a parameter is differentiated");
        let gradient = [
            take(&self.w1),
            take(&self.b1),
            take(&self.w2),
            take(&self.b2),
        ];
        Ok((loss, gradient))
    }

    /// The f64 loss and gradient, as `Vec`s.
    pub fn grad64(&self) -> Result<(f64, MlpGradient<f64>)> {
        let (loss, [w1, b1, w2, b2]) = self.grad()?;
        let flat = |t: Tensor| t.flatten_all()?.to_dtype(DType::F64)?.to_vec1::<f64>();
        Ok((
            loss.to_dtype(DType::F64)?.to_scalar::<f64>()?,
            MlpGradient {
                w1: flat(w1)?,
                b1: flat(b1)?,
                w2: flat(w2)?,
                b2: flat(b2)?,
            },
        ))
    }
}

/// The convolution's tensors, all `Var`s.
pub struct Conv {
    x: Var,
    w: Var,
    b: Var,
}

impl Conv {
    pub fn new<T: problems::Real + WithDType>(p: &problems::Conv<T>) -> Result<Self> {
        let cpu = &Device::Cpu;
        Ok(Conv {
            x: Var::from_slice(&p.x, p.x_shape.as_slice(), cpu)?,
            w: Var::from_slice(&p.w, p.w_shape.as_slice(), cpu)?,
            b: Var::from_slice(&p.b, p.b.len(), cpu)?,
        })
    }

    /// The sum of `conv2d(x, w) + b` (stride 1, padding 1) and its gradient `[x, w, b]`.
    pub fn grad(&self) -> Result<(Tensor, [Tensor; 3])> {
        let filters = self.b.dim(0)?;
        let bias = self.b.reshape((1, filters, 1, 1))?;
        let value = self
            .x
            .conv2d(&self.w, 1, 1, 1, 1)?
            .broadcast_add(&bias)?
            .sum_all()?;
        let mut grads = value.backward()?;
        let mut take = |v: &Var| grads.remove(v).expect("differentiated");
        let gradient = [take(&self.x), take(&self.w), take(&self.b)];
        Ok((value, gradient))
    }

    /// The f64 value and gradient, as `Vec`s.
    pub fn grad64(&self) -> Result<(f64, ConvGradient<f64>)> {
        let (value, [x, w, b]) = self.grad()?;
        let flat = |t: Tensor| t.flatten_all()?.to_dtype(DType::F64)?.to_vec1::<f64>();
        Ok((
            value.to_dtype(DType::F64)?.to_scalar::<f64>()?,
            ConvGradient {
                x: flat(x)?,
                w: flat(w)?,
                b: flat(b)?,
            },
        ))
    }
}

/// [`rosenbrock_grad`]'s value and gradient as `f64`s.
pub fn rosenbrock_grad64(x: &[f64]) -> Result<(f64, Vec<f64>)> {
    let (value, gradient) = rosenbrock_grad(&rosenbrock_var(x)?)?;
    Ok((value.to_scalar::<f64>()?, gradient.to_vec1::<f64>()?))
}
