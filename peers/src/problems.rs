//! The workloads' inputs, as the repository's benches make them, in plain `Vec`s (row-major)
//! that every library below turns into its own tensors once, before the timing.

/// The n-dimensional Rosenbrock function's point of `benches/loops.rs`: `x_i = sin(0.37 i)`.
pub fn rosenbrock_point(n: usize) -> Vec<f64> {
    (0..n).map(|i| ((i as f64) * 0.37).sin()).collect()
}

/// Deterministic pseudo-random values in `[-scale, scale]`, as `benches/nn.rs` makes them.
pub fn values(count: usize, seed: u64, scale: f32) -> Vec<f32> {
    let mut state = seed;
    (0..count)
        .map(|_| {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            ((state >> 40) as f32 / (1u64 << 24) as f32 * 2.0 - 1.0) * scale
        })
        .collect()
}

/// A float type the problems come in: `f32` (the benches) or `f64` (the gradient checks).
pub trait Real: Copy + Into<f64> + std::fmt::Debug + 'static {
    /// `x` rounded to this type.
    fn of(x: f32) -> Self;
}

impl Real for f32 {
    fn of(x: f32) -> Self {
        x
    }
}

impl Real for f64 {
    fn of(x: f32) -> Self {
        x.into()
    }
}

/// `benches/nn.rs`'s MLP problem: batch 64, 784 - 128 - 10, its labels as a one-hot matrix
/// too (what the peers' cross-entropies take), regularisation 1e-3.
#[derive(Clone, Debug)]
pub struct Mlp<T> {
    pub batch: usize,
    pub input: usize,
    pub hidden: usize,
    pub classes: usize,
    /// `batch x input`.
    pub x: Vec<T>,
    pub labels: Vec<usize>,
    /// `batch x classes`, 1 at each row's label.
    pub one_hot: Vec<T>,
    /// `input x hidden`.
    pub w1: Vec<T>,
    pub b1: Vec<T>,
    /// `hidden x classes`.
    pub w2: Vec<T>,
    pub b2: Vec<T>,
    pub reg: T,
}

/// The MLP problem of `benches/nn.rs`, in `T`.
pub fn mlp<T: Real>() -> Mlp<T> {
    let (batch, input, hidden, classes) = (64, 784, 128, 10);
    let cast = |v: Vec<f32>| v.into_iter().map(T::of).collect::<Vec<T>>();
    let labels: Vec<usize> = (0..batch).map(|i| (i * 7) % classes).collect();
    let one_hot = (0..batch * classes)
        .map(|k| {
            T::of(if labels[k / classes] == k % classes {
                1.0
            } else {
                0.0
            })
        })
        .collect();
    Mlp {
        batch,
        input,
        hidden,
        classes,
        x: cast(values(batch * input, 1, 1.0)),
        labels,
        one_hot,
        w1: cast(values(input * hidden, 2, 0.05)),
        b1: cast(values(hidden, 3, 0.1)),
        w2: cast(values(hidden * classes, 4, 0.1)),
        b2: cast(values(classes, 5, 0.1)),
        reg: T::of(1e-3),
    }
}

/// The MLP's gradient, each parameter's as a row-major `Vec`.
#[derive(Clone, Debug)]
pub struct MlpGradient<T> {
    pub w1: Vec<T>,
    pub b1: Vec<T>,
    pub w2: Vec<T>,
    pub b2: Vec<T>,
}

/// `benches/nn.rs`'s convolution layer: input (8, 3, 32, 32), kernel (16, 3, 3, 3), bias 16,
/// stride 1, padding 1; the loss is the sum of the output.
#[derive(Clone, Debug)]
pub struct Conv<T> {
    pub x_shape: [usize; 4],
    pub w_shape: [usize; 4],
    pub x: Vec<T>,
    pub w: Vec<T>,
    pub b: Vec<T>,
}

/// The convolution problem of `benches/nn.rs`, in `T`.
pub fn conv<T: Real>() -> Conv<T> {
    let cast = |v: Vec<f32>| v.into_iter().map(T::of).collect::<Vec<T>>();
    Conv {
        x_shape: [8, 3, 32, 32],
        w_shape: [16, 3, 3, 3],
        x: cast(values(8 * 3 * 32 * 32, 6, 1.0)),
        w: cast(values(16 * 27, 7, 0.2)),
        b: cast(values(16, 8, 0.1)),
    }
}

/// The convolution's gradient with respect to the input, the kernel and the bias, row-major.
#[derive(Clone, Debug)]
pub struct ConvGradient<T> {
    pub x: Vec<T>,
    pub w: Vec<T>,
    pub b: Vec<T>,
}
