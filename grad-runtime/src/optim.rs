//! Optimisers: first-order update rules that step parameters of any [`Tangent`] type (floats,
//! arrays, `Vec`s, `#[derive(grad::Tangent)]` structs) with their gradient.
//!
//! The rules are those of CS231n's `optim.py`, written for a parameter vector `w` and the
//! gradient `g = ∂L/∂w` of the loss, element by element (`g²`, `√v` and `/` are element-wise),
//! with learning rate `η`:
//!
//! | optimiser      | one [`step`](Optimizer::step)                                              |
//! |----------------|-----------------------------------------------------------------------------|
//! | [`Sgd`]        | `w ← w − η g`                                                               |
//! | [`Momentum`]   | `v ← μ v − η g;  w ← w + v`                                                  |
//! | [`RmsProp`]    | `c ← ρ c + (1 − ρ) g²;  w ← w − η g / (√c + ε)`                              |
//! | [`Adam`]       | `t ← t + 1;  m ← β₁ m + (1 − β₁) g;  v ← β₂ v + (1 − β₂) g²;`                |
//! |                | `m̂ = m / (1 − β₁ᵗ);  v̂ = v / (1 − β₂ᵗ);  w ← w − η m̂ / (√v̂ + ε)`             |
//!
//! An optimiser's state (`v`, `c`, `m`, `t`) starts at zero, created with
//! [`zeros_like`](Tangent::zeros_like) at the first step, so a constructor needs only the
//! hyperparameters, and one optimiser serves one parameter value (its state has that value's
//! shape). Every optimiser is an [`Optimizer<P>`](Optimizer), a trait that can be a
//! `Box<dyn Optimizer<P>>` so that the rule can be chosen at run time. Around the step,
//! [`Optimizer::decay_learning_rate`] is the schedule CS231n's `Solver` applies after each epoch
//! and [`clip_grad_norm`] bounds the gradient's norm.
//!
//! Each optimiser's `with_parallel_step(true)` runs its steps on rayon's current thread pool
//! (the global one, or yours through `pool.install`): long runs of elements (a contiguous array
//! of at least [`PARALLEL_CHUNK`] · 2 elements) are cut into chunks of `PARALLEL_CHUNK`
//! elements, one task each. Every element's update reads only that element of the parameters,
//! the state and the gradient, so the result has the same bits as the serial step's, on any
//! number of threads.
//!
//! ```
//! use grad_runtime::optim::{Adam, Optimizer};
//! use ndarray::{Array1, array};
//!
//! // Minimise L(w) = ½ ‖A w − b‖², whose gradient is Aᵀ (A w − b) and minimiser A⁻¹ b = (1, −2).
//! let a = array![[2.0, 1.0], [1.0, 3.0]];
//! let b = array![0.0, -5.0];
//! let mut w = Array1::zeros(2);
//! let mut adam = Adam::new(0.1);
//! for _ in 0..1000 {
//!     let gradient = a.t().dot(&(a.dot(&w) - &b));
//!     adam.step(&mut w, &gradient);
//! }
//! assert!((w[0] - 1.0_f64).abs() < 1e-6 && (w[1] + 2.0_f64).abs() < 1e-6, "{w}");
//! ```

use core::marker::PhantomData;

use num_traits::{Float, One, Zero};
use rayon::prelude::*;

use crate::{Scalar, Tangent};

/// The chunk of a parallel step ([`Sgd::with_parallel_step`] and the others): a run of
/// elements at least twice this long is cut into chunks of this many elements, one rayon task
/// each; shorter runs are updated on the calling thread.
///
/// 16,384 elements are 64 to 128 KB a value, tens of microseconds of Adam's arithmetic: enough
/// to pay for a task (a few microseconds to wake a thread), small enough that the 65,536
/// weights of a 256 x 256 layer make 4 tasks.
pub const PARALLEL_CHUNK: usize = 1 << 14;

/// Whether a run of `len` elements is split across the pool by a step with `parallel` on.
fn split_run(parallel: bool, len: usize) -> bool {
    parallel && len >= 2 * PARALLEL_CHUNK && rayon::current_num_threads() > 1
}

/// `x_i ← f(x_i, y_i)` on every element of `params`, as [`Tangent::zip_update`], with each long
/// run cut into chunks on rayon's current pool when `parallel` (see [`PARALLEL_CHUNK`]).
fn update<P: Tangent>(
    parallel: bool,
    params: &mut P,
    gradient: &P,
    f: impl Fn(&mut P::Scalar, P::Scalar) + Sync,
) {
    let run = |xs: &mut [P::Scalar], ys: &[P::Scalar]| {
        for (x, &y) in xs.iter_mut().zip(ys) {
            f(x, y);
        }
    };
    let (xs, ys) = (
        core::slice::from_mut(params),
        core::slice::from_ref(gradient),
    );
    P::zip_chunks(xs, ys, &mut |xs, ys| {
        if split_run(parallel, xs.len()) {
            xs.par_chunks_mut(PARALLEL_CHUNK)
                .zip(ys.par_chunks(PARALLEL_CHUNK))
                .for_each(|(xs, ys)| run(xs, ys));
        } else {
            run(xs, ys);
        }
    });
}

/// `(x_i, s_i) ← f(x_i, s_i, y_i)` on every element of `params` and `state`, as
/// [`Tangent::zip_update_pair`], with each long run cut into chunks on rayon's current pool
/// when `parallel` (see [`PARALLEL_CHUNK`]).
fn update_pair<P: Tangent>(
    parallel: bool,
    params: &mut P,
    state: &mut P,
    gradient: &P,
    f: impl Fn(&mut P::Scalar, &mut P::Scalar, P::Scalar) + Sync,
) {
    let run = |xs: &mut [P::Scalar], ss: &mut [P::Scalar], ys: &[P::Scalar]| {
        for ((x, s), &y) in xs.iter_mut().zip(ss).zip(ys) {
            f(x, s, y);
        }
    };
    let (xs, ss) = (core::slice::from_mut(params), core::slice::from_mut(state));
    P::zip_chunks_pair(
        xs,
        ss,
        core::slice::from_ref(gradient),
        &mut |xs, ss, ys| {
            if split_run(parallel, xs.len()) {
                xs.par_chunks_mut(PARALLEL_CHUNK)
                    .zip(ss.par_chunks_mut(PARALLEL_CHUNK))
                    .zip(ys.par_chunks(PARALLEL_CHUNK))
                    .for_each(|((xs, ss), ys)| run(xs, ss, ys));
            } else {
                run(xs, ss, ys);
            }
        },
    );
}

/// An update rule: steps parameters `w` of type `P` with their gradient `g`, keeping whatever
/// state the rule needs between steps.
///
/// The trait is object safe: `Box<dyn Optimizer<P>>` holds any of this module's optimisers for
/// parameters of type `P`.
pub trait Optimizer<P: Tangent> {
    /// One update of `params` (`w`) with `gradient` (`g = ∂L/∂w`, of the same shape), by the
    /// optimiser's rule (see the [module documentation](self)).
    ///
    /// The first step creates the optimiser's state with `params`' shape.
    ///
    /// # Panics
    ///
    /// If `gradient`, or `params` after the first step, does not have the shape of the first
    /// step's `params` (array dimensions, `Vec` lengths).
    fn step(&mut self, params: &mut P, gradient: &P);

    /// The learning rate `η`.
    fn learning_rate(&self) -> P::Scalar;

    /// Sets the learning rate: `η ← learning_rate`, for the steps that follow.
    ///
    /// # Panics
    ///
    /// If `learning_rate` is negative, infinite or NaN.
    fn set_learning_rate(&mut self, learning_rate: P::Scalar);

    /// Multiplies the learning rate by `factor`: `η ← factor · η`. CS231n's `Solver` does this
    /// with `factor = lr_decay` (such as 0.95) after each epoch, an exponential schedule
    /// `η_k = η₀ · factorᵏ`.
    ///
    /// # Panics
    ///
    /// If `factor` is negative, infinite or NaN, or the product is infinite.
    #[track_caller]
    fn decay_learning_rate(&mut self, factor: P::Scalar) {
        assert!(
            factor.is_finite() && factor >= P::Scalar::zero(),
            "grad::optim: the learning-rate decay factor must be finite and non-negative, got {factor}"
        );
        self.set_learning_rate(factor * self.learning_rate());
    }
}

/// Scales `gradient` so that its Euclidean norm is at most `max_norm`, and returns the norm it
/// had: with `‖g‖ = √(Σ g_i²)` (over every element, summed in `f64`), `g ← g · max_norm / ‖g‖`
/// when `‖g‖ > max_norm`, otherwise `g` is left as it is (PyTorch's `clip_grad_norm_`, without
/// its `1e-6` in the denominator).
///
/// A gradient whose norm is not finite (NaN elements, or squares that overflow) is left as it
/// is, since no scaling makes it finite: check the returned norm to skip such a step.
///
/// # Panics
///
/// If `max_norm` is negative or NaN (`f64::INFINITY` never clips).
#[track_caller]
pub fn clip_grad_norm<P: Tangent>(gradient: &mut P, max_norm: f64) -> f64 {
    assert!(
        max_norm >= 0.0,
        "grad::optim: clip_grad_norm's max_norm must be non-negative, got {max_norm}"
    );
    let norm = gradient.sum_of_squares().sqrt();
    if norm > max_norm && norm.is_finite() {
        gradient.scale(constant(max_norm / norm));
    }
    norm
}

/// `x` as the scalar type `A` (rounded to the nearest `f32` for `f32`).
fn constant<A: Scalar>(x: f64) -> A {
    A::from_f64(x).expect("f64 converts to f32 and f64")
}

#[track_caller]
fn check_learning_rate<A: Scalar>(learning_rate: A) -> A {
    assert!(
        learning_rate.is_finite() && learning_rate >= A::zero(),
        "grad::optim: the learning rate must be finite and non-negative, got {learning_rate}"
    );
    learning_rate
}

/// `value`, a decay rate or momentum (`name`), checked to be in `[0, 1)`: at 1 or above the
/// averages it weighs would never forget (or would grow).
#[track_caller]
fn check_unit_interval<A: Scalar>(name: &str, value: A) -> A {
    assert!(
        value >= A::zero() && value < A::one(),
        "grad::optim: {name} must be in [0, 1), got {value}"
    );
    value
}

/// `ε`, checked to be finite and positive: it is there to keep `η g / (√c + ε)` finite where `c`
/// is 0.
#[track_caller]
fn check_epsilon<A: Scalar>(epsilon: A) -> A {
    assert!(
        epsilon.is_finite() && epsilon > A::zero(),
        "grad::optim: epsilon must be finite and positive, got {epsilon}"
    );
    epsilon
}

/// Stochastic gradient descent: `w ← w − η g`.
///
/// It has no state: one `Sgd` steps values of any shape.
#[derive(Clone, Debug)]
pub struct Sgd<P: Tangent> {
    learning_rate: P::Scalar,
    parallel: bool,
    // Not a `P` held: `fn() -> P` keeps `Sgd` `Send` and `Sync` whatever `P` is.
    parameters: PhantomData<fn() -> P>,
}

/// Writes `with_parallel_step` and `parallel_step` for an optimiser with a `parallel: bool`
/// field: the same two methods, and the same doctest, for each of them.
macro_rules! parallel_step_methods {
    ($optimiser:ident) => {
        impl<P: Tangent> $optimiser<P> {
            /// Runs each step on rayon's current thread pool when `parallel` is true (off by
            /// default): runs of at least 2 · [`PARALLEL_CHUNK`] elements are cut into chunks
            /// of `PARALLEL_CHUNK` elements, one task each. The result has the same bits as the
            /// serial step's: each element's update reads only its own elements.
            ///
            /// ```
            #[doc = concat!("use grad_runtime::optim::{", stringify!($optimiser), ", Optimizer};")]
            /// use ndarray::Array1;
            ///
            /// let gradient = Array1::from_shape_fn(100_000, |i| (i as f64).sin());
            /// let mut serial = Array1::<f64>::ones(100_000);
            /// let mut parallel = serial.clone();
            #[doc = concat!("let mut one = ", stringify!($optimiser), "::new(0.1);")]
            #[doc = concat!("let mut pool = ", stringify!($optimiser), "::new(0.1).with_parallel_step(true);")]
            /// for _ in 0..3 {
            ///     one.step(&mut serial, &gradient);
            ///     pool.step(&mut parallel, &gradient);
            /// }
            /// assert_eq!(serial, parallel);
            /// ```
            #[must_use]
            pub fn with_parallel_step(mut self, parallel: bool) -> Self {
                self.parallel = parallel;
                self
            }

            /// Whether steps run on rayon's pool (`with_parallel_step`).
            pub fn parallel_step(&self) -> bool {
                self.parallel
            }
        }
    };
}

parallel_step_methods!(Sgd);
parallel_step_methods!(Momentum);
parallel_step_methods!(RmsProp);
parallel_step_methods!(Adam);

impl<P: Tangent> Sgd<P> {
    /// Gradient descent with learning rate `η = learning_rate`.
    ///
    /// # Panics
    ///
    /// If `learning_rate` is negative, infinite or NaN.
    #[track_caller]
    pub fn new(learning_rate: P::Scalar) -> Self {
        Self {
            learning_rate: check_learning_rate(learning_rate),
            parallel: false,
            parameters: PhantomData,
        }
    }
}

impl<P: Tangent> Optimizer<P> for Sgd<P> {
    /// `w ← w − η g`.
    #[track_caller]
    fn step(&mut self, params: &mut P, gradient: &P) {
        let step = -self.learning_rate;
        if self.parallel {
            // `axpy`'s arithmetic, `w + (−η) g`, element by element.
            update(true, params, gradient, |w, g| *w += step * g);
        } else {
            params.axpy(step, gradient);
        }
    }
    fn learning_rate(&self) -> P::Scalar {
        self.learning_rate
    }
    #[track_caller]
    fn set_learning_rate(&mut self, learning_rate: P::Scalar) {
        self.learning_rate = check_learning_rate(learning_rate);
    }
}

/// Gradient descent with momentum (CS231n's `sgd_momentum`): a velocity `v`, zero at first,
/// accumulates the steps, `v ← μ v − η g;  w ← w + v`.
///
/// The momentum `μ` is 0.9 unless set with [`with_momentum`](Momentum::with_momentum).
#[derive(Clone, Debug)]
pub struct Momentum<P: Tangent> {
    learning_rate: P::Scalar,
    momentum: P::Scalar,
    velocity: Option<P>,
    parallel: bool,
}

impl<P: Tangent> Momentum<P> {
    /// Momentum with learning rate `η = learning_rate` and momentum `μ = 0.9`.
    ///
    /// # Panics
    ///
    /// If `learning_rate` is negative, infinite or NaN.
    #[track_caller]
    pub fn new(learning_rate: P::Scalar) -> Self {
        Self {
            learning_rate: check_learning_rate(learning_rate),
            momentum: constant(0.9),
            velocity: None,
            parallel: false,
        }
    }

    /// Sets the momentum `μ`, the fraction of the velocity kept from one step to the next.
    ///
    /// # Panics
    ///
    /// If `momentum` is not in `[0, 1)`.
    #[must_use]
    #[track_caller]
    pub fn with_momentum(mut self, momentum: P::Scalar) -> Self {
        self.momentum = check_unit_interval("the momentum", momentum);
        self
    }

    /// The momentum `μ`.
    pub fn momentum(&self) -> P::Scalar {
        self.momentum
    }

    /// The velocity `v`: `None` before the first step.
    pub fn velocity(&self) -> Option<&P> {
        self.velocity.as_ref()
    }
}

impl<P: Tangent> Optimizer<P> for Momentum<P> {
    /// `v ← μ v − η g;  w ← w + v`, in one pass.
    #[track_caller]
    fn step(&mut self, params: &mut P, gradient: &P) {
        let (lr, mu) = (self.learning_rate, self.momentum);
        let velocity = self.velocity.get_or_insert_with(|| params.zeros_like());
        update_pair(self.parallel, params, velocity, gradient, |w, v, dw| {
            *v = mu * *v - lr * dw;
            *w += *v;
        });
    }
    fn learning_rate(&self) -> P::Scalar {
        self.learning_rate
    }
    #[track_caller]
    fn set_learning_rate(&mut self, learning_rate: P::Scalar) {
        self.learning_rate = check_learning_rate(learning_rate);
    }
}

/// RMSProp: a moving average `c` of the squared gradient, zero at first, divides each element's
/// step, `c ← ρ c + (1 − ρ) g²;  w ← w − η g / (√c + ε)`.
///
/// The decay rate `ρ` is 0.99 and `ε` is `1e-8` unless set with
/// [`with_decay_rate`](RmsProp::with_decay_rate) and [`with_epsilon`](RmsProp::with_epsilon).
#[derive(Clone, Debug)]
pub struct RmsProp<P: Tangent> {
    learning_rate: P::Scalar,
    decay_rate: P::Scalar,
    epsilon: P::Scalar,
    cache: Option<P>,
    parallel: bool,
}

impl<P: Tangent> RmsProp<P> {
    /// RMSProp with learning rate `η = learning_rate`, decay rate `ρ = 0.99` and `ε = 1e-8`.
    ///
    /// # Panics
    ///
    /// If `learning_rate` is negative, infinite or NaN.
    #[track_caller]
    pub fn new(learning_rate: P::Scalar) -> Self {
        Self {
            learning_rate: check_learning_rate(learning_rate),
            decay_rate: constant(0.99),
            epsilon: constant(1e-8),
            cache: None,
            parallel: false,
        }
    }

    /// Sets the decay rate `ρ`, the weight of the past in the average of `g²`.
    ///
    /// # Panics
    ///
    /// If `decay_rate` is not in `[0, 1)`.
    #[must_use]
    #[track_caller]
    pub fn with_decay_rate(mut self, decay_rate: P::Scalar) -> Self {
        self.decay_rate = check_unit_interval("the decay rate", decay_rate);
        self
    }

    /// Sets `ε`, added to `√c` so that elements whose gradient has been 0 take finite steps.
    ///
    /// # Panics
    ///
    /// If `epsilon` is not finite and positive.
    #[must_use]
    #[track_caller]
    pub fn with_epsilon(mut self, epsilon: P::Scalar) -> Self {
        self.epsilon = check_epsilon(epsilon);
        self
    }

    /// The decay rate `ρ`.
    pub fn decay_rate(&self) -> P::Scalar {
        self.decay_rate
    }

    /// `ε`.
    pub fn epsilon(&self) -> P::Scalar {
        self.epsilon
    }

    /// The average of the squared gradient `c`: `None` before the first step.
    pub fn cache(&self) -> Option<&P> {
        self.cache.as_ref()
    }
}

impl<P: Tangent> Optimizer<P> for RmsProp<P> {
    /// `c ← ρ c + (1 − ρ) g²;  w ← w − η g / (√c + ε)`, in one pass.
    #[track_caller]
    fn step(&mut self, params: &mut P, gradient: &P) {
        let (lr, rho, eps) = (self.learning_rate, self.decay_rate, self.epsilon);
        let one = P::Scalar::one();
        let cache = self.cache.get_or_insert_with(|| params.zeros_like());
        update_pair(self.parallel, params, cache, gradient, |w, c, dw| {
            *c = rho * *c + (one - rho) * (dw * dw);
            *w -= lr * dw / (c.sqrt() + eps);
        });
    }
    fn learning_rate(&self) -> P::Scalar {
        self.learning_rate
    }
    #[track_caller]
    fn set_learning_rate(&mut self, learning_rate: P::Scalar) {
        self.learning_rate = check_learning_rate(learning_rate);
    }
}

/// Adam: moving averages of the gradient (`m`) and of its square (`v`), zero at first and
/// corrected for that bias, set each element's step:
///
/// `t ← t + 1;  m ← β₁ m + (1 − β₁) g;  v ← β₂ v + (1 − β₂) g²;`
/// `m̂ = m / (1 − β₁ᵗ);  v̂ = v / (1 − β₂ᵗ);  w ← w − η m̂ / (√v̂ + ε)`.
///
/// `β₁ = 0.9`, `β₂ = 0.999` and `ε = 1e-8` unless set with [`with_betas`](Adam::with_betas)
/// and [`with_epsilon`](Adam::with_epsilon).
#[derive(Clone, Debug)]
pub struct Adam<P: Tangent> {
    learning_rate: P::Scalar,
    beta1: P::Scalar,
    beta2: P::Scalar,
    epsilon: P::Scalar,
    steps: u64,
    moments: Option<(P, P)>,
    parallel: bool,
}

impl<P: Tangent> Adam<P> {
    /// Adam with learning rate `η = learning_rate`, `β₁ = 0.9`, `β₂ = 0.999` and `ε = 1e-8`.
    ///
    /// # Panics
    ///
    /// If `learning_rate` is negative, infinite or NaN.
    #[track_caller]
    pub fn new(learning_rate: P::Scalar) -> Self {
        Self {
            learning_rate: check_learning_rate(learning_rate),
            beta1: constant(0.9),
            beta2: constant(0.999),
            epsilon: constant(1e-8),
            steps: 0,
            moments: None,
            parallel: false,
        }
    }

    /// Sets `β₁` and `β₂`, the weights of the past in the averages of `g` and of `g²`.
    ///
    /// # Panics
    ///
    /// If `beta1` or `beta2` is not in `[0, 1)`.
    #[must_use]
    #[track_caller]
    pub fn with_betas(mut self, beta1: P::Scalar, beta2: P::Scalar) -> Self {
        self.beta1 = check_unit_interval("beta1", beta1);
        self.beta2 = check_unit_interval("beta2", beta2);
        self
    }

    /// Sets `ε`, added to `√v̂` so that elements whose gradient has been 0 take finite steps.
    ///
    /// # Panics
    ///
    /// If `epsilon` is not finite and positive.
    #[must_use]
    #[track_caller]
    pub fn with_epsilon(mut self, epsilon: P::Scalar) -> Self {
        self.epsilon = check_epsilon(epsilon);
        self
    }

    /// `(β₁, β₂)`.
    pub fn betas(&self) -> (P::Scalar, P::Scalar) {
        (self.beta1, self.beta2)
    }

    /// `ε`.
    pub fn epsilon(&self) -> P::Scalar {
        self.epsilon
    }

    /// The number of steps taken, `t`.
    pub fn steps(&self) -> u64 {
        self.steps
    }

    /// The moving averages `(m, v)` of the gradient and of its square: `None` before the first
    /// step.
    pub fn moments(&self) -> Option<(&P, &P)> {
        self.moments.as_ref().map(|(m, v)| (m, v))
    }
}

impl<P: Tangent> Optimizer<P> for Adam<P> {
    /// `t ← t + 1;  m ← β₁ m + (1 − β₁) g;  v ← β₂ v + (1 − β₂) g²;  w ← w − η m̂ / (√v̂ + ε)`,
    /// in two passes: `w` needs both updated averages, and one pass updates two values.
    #[track_caller]
    fn step(&mut self, params: &mut P, gradient: &P) {
        let (lr, b1, b2, eps) = (self.learning_rate, self.beta1, self.beta2, self.epsilon);
        let one = P::Scalar::one();
        self.steps += 1;
        // `powf` of the step count (exact in `f64` up to 2⁵³) is NumPy's `beta ** t`.
        let t: P::Scalar = constant(self.steps as f64);
        let (bias1, bias2) = (one - b1.powf(t), one - b2.powf(t));
        let (m, v) = self
            .moments
            .get_or_insert_with(|| (params.zeros_like(), params.zeros_like()));
        update_pair(self.parallel, m, v, gradient, |m, v, dw| {
            *m = b1 * *m + (one - b1) * dw;
            *v = b2 * *v + (one - b2) * (dw * dw);
        });
        // `m` only read: it is the `state` operand because it is the second value in the pass.
        update_pair(self.parallel, params, m, v, |w, m, v| {
            let (m_hat, v_hat) = (*m / bias1, v / bias2);
            *w -= lr * m_hat / (v_hat.sqrt() + eps);
        });
    }
    fn learning_rate(&self) -> P::Scalar {
        self.learning_rate
    }
    #[track_caller]
    fn set_learning_rate(&mut self, learning_rate: P::Scalar) {
        self.learning_rate = check_learning_rate(learning_rate);
    }
}
