//! The optimisers of `grad_runtime::optim` and the `Tangent` methods they are built on.
//!
//! Every rule's first steps are compared with CS231n's `optim.py` formulas written out again
//! here, one element at a time in plain floats ([`reference`]), and with a few values worked
//! out by hand; every optimiser minimises a convex quadratic to its known minimiser.

use approx::assert_abs_diff_eq;
use grad_runtime::Tangent;
use grad_runtime::optim::{
    Adam, Momentum, Optimizer, PARALLEL_CHUNK, RmsProp, Sgd, clip_grad_norm,
};
use grad_runtime::parallel::rayon::ThreadPoolBuilder;
use ndarray::{Array1, Array2, array};

// ---------------------------------------------------------------------------------------------
// The rules, written out again
// ---------------------------------------------------------------------------------------------

/// An update rule and its hyperparameters, for [`reference`].
#[derive(Clone, Copy, Debug)]
enum Rule {
    Sgd { lr: f64 },
    Momentum { lr: f64, mu: f64 },
    RmsProp { lr: f64, decay: f64, eps: f64 },
    Adam { lr: f64, b1: f64, b2: f64, eps: f64 },
}

/// The parameters after each step of `rule` from `w0` with the gradients `grads`, computed one
/// element at a time with CS231n's formulas (`optim.py`), state starting at zero.
fn reference(rule: Rule, w0: &[f64], grads: &[Vec<f64>]) -> Vec<Vec<f64>> {
    let n = w0.len();
    let mut w = w0.to_vec();
    // velocity / cache / first moment, and second moment
    let (mut s1, mut s2) = (vec![0.0; n], vec![0.0; n]);
    let mut t = 0;
    let mut after = Vec::new();
    for dw in grads {
        t += 1;
        for i in 0..n {
            match rule {
                Rule::Sgd { lr } => w[i] -= lr * dw[i],
                Rule::Momentum { lr, mu } => {
                    let v = mu * s1[i] - lr * dw[i];
                    s1[i] = v;
                    w[i] += v;
                }
                Rule::RmsProp { lr, decay, eps } => {
                    let cache = decay * s1[i] + (1.0 - decay) * dw[i].powi(2);
                    s1[i] = cache;
                    w[i] -= lr * dw[i] / (cache.sqrt() + eps);
                }
                Rule::Adam { lr, b1, b2, eps } => {
                    s1[i] = b1 * s1[i] + (1.0 - b1) * dw[i];
                    s2[i] = b2 * s2[i] + (1.0 - b2) * dw[i].powi(2);
                    let mb = s1[i] / (1.0 - b1.powi(t));
                    let vb = s2[i] / (1.0 - b2.powi(t));
                    w[i] -= lr * mb / (vb.sqrt() + eps);
                }
            }
        }
        after.push(w.clone());
    }
    after
}

/// The optimiser of `rule`, for parameters of type `P`.
fn optimizer<P: Tangent<Scalar = f64> + Send + 'static>(rule: Rule) -> Box<dyn Optimizer<P>> {
    optimizer_on(rule, false)
}

/// The optimiser of `rule`, with its steps on rayon's pool when `parallel`.
fn optimizer_on<P: Tangent<Scalar = f64> + Send + 'static>(
    rule: Rule,
    parallel: bool,
) -> Box<dyn Optimizer<P> + Send> {
    match rule {
        Rule::Sgd { lr } => Box::new(Sgd::new(lr).with_parallel_step(parallel)),
        Rule::Momentum { lr, mu } => Box::new(
            Momentum::new(lr)
                .with_momentum(mu)
                .with_parallel_step(parallel),
        ),
        Rule::RmsProp { lr, decay, eps } => Box::new(
            RmsProp::new(lr)
                .with_decay_rate(decay)
                .with_epsilon(eps)
                .with_parallel_step(parallel),
        ),
        Rule::Adam { lr, b1, b2, eps } => Box::new(
            Adam::new(lr)
                .with_betas(b1, b2)
                .with_epsilon(eps)
                .with_parallel_step(parallel),
        ),
    }
}

/// The rules with their defaults (CS231n's) and with other hyperparameters.
const RULES: [Rule; 7] = [
    Rule::Sgd { lr: 0.1 },
    Rule::Momentum { lr: 0.1, mu: 0.9 },
    Rule::Momentum { lr: 0.05, mu: 0.5 },
    Rule::RmsProp {
        lr: 0.01,
        decay: 0.99,
        eps: 1e-8,
    },
    Rule::RmsProp {
        lr: 0.1,
        decay: 0.5,
        eps: 0.25,
    },
    Rule::Adam {
        lr: 0.001,
        b1: 0.9,
        b2: 0.999,
        eps: 1e-8,
    },
    Rule::Adam {
        lr: 0.2,
        b1: 0.5,
        b2: 0.75,
        eps: 0.1,
    },
];

const W0: [f64; 4] = [1.0, -2.0, 0.5, 0.0];

/// Three gradients of mixed signs and sizes, with a zero element (where RMSProp's and Adam's `ε`
/// matters) and an element that changes sign.
fn grads() -> Vec<Vec<f64>> {
    vec![
        vec![0.5, -1.5, 0.0, 3.0],
        vec![0.25, 2.0, 0.0, -1.0],
        vec![-0.75, 0.5, 1e-3, 2.0],
    ]
}

/// Asserts that two arrays have the same shape and elements within `epsilon` of each other
/// (ndarray's own `approx` support is a feature this crate does not enable).
#[track_caller]
fn assert_close<D: ndarray::Dimension>(
    actual: &ndarray::Array<f64, D>,
    expected: &ndarray::Array<f64, D>,
    epsilon: f64,
) {
    assert_eq!(actual.shape(), expected.shape());
    for (a, e) in actual.iter().zip(expected) {
        assert_abs_diff_eq!(*a, *e, epsilon = epsilon);
    }
}

#[track_caller]
fn assert_elements_eq(what: &str, actual: &[f64], expected: &[f64], epsilon: f64) {
    assert_eq!(actual.len(), expected.len(), "{what}");
    for (a, e) in actual.iter().zip(expected) {
        assert_abs_diff_eq!(*a, *e, epsilon = epsilon);
    }
    // The rules move every parameter with a nonzero gradient: equal to `W0` would mean no step.
    assert_ne!(actual, W0, "{what}");
}

// ---------------------------------------------------------------------------------------------
// Each rule against the formulas
// ---------------------------------------------------------------------------------------------

#[test]
fn the_first_three_steps_on_arrays_follow_the_formulas() {
    for rule in RULES {
        let expected = reference(rule, &W0, &grads());
        let mut opt = optimizer::<Array1<f64>>(rule);
        let mut w = Array1::from(W0.to_vec());
        for (k, g) in grads().into_iter().enumerate() {
            opt.step(&mut w, &Array1::from(g));
            let what = format!("{rule:?}, step {}", k + 1);
            assert_elements_eq(&what, w.as_slice().unwrap(), &expected[k], 1e-12);
        }
    }
}

#[test]
fn the_first_three_steps_on_vecs_follow_the_formulas() {
    for rule in RULES {
        let expected = reference(rule, &W0, &grads());
        let mut opt = optimizer::<Vec<f64>>(rule);
        let mut w = W0.to_vec();
        for (k, g) in grads().iter().enumerate() {
            opt.step(&mut w, g);
            assert_elements_eq(
                &format!("{rule:?}, step {}", k + 1),
                &w,
                &expected[k],
                1e-12,
            );
        }
    }
}

#[test]
fn the_first_three_steps_on_2d_arrays_and_fixed_arrays_follow_the_formulas() {
    for rule in RULES {
        let expected = reference(rule, &W0, &grads());
        let mut matrix: Box<dyn Optimizer<Array2<f64>>> = optimizer(rule);
        let mut fixed: Box<dyn Optimizer<[f64; 4]>> = optimizer(rule);
        let mut w = Array2::from_shape_vec((2, 2), W0.to_vec()).unwrap();
        let mut f = W0;
        for (k, g) in grads().into_iter().enumerate() {
            let gf: [f64; 4] = g.clone().try_into().unwrap();
            matrix.step(&mut w, &Array2::from_shape_vec((2, 2), g).unwrap());
            fixed.step(&mut f, &gf);
            let what = format!("{rule:?}, step {}", k + 1);
            assert_elements_eq(&what, w.as_slice().unwrap(), &expected[k], 1e-12);
            assert_elements_eq(&what, &f, &expected[k], 1e-12);
        }
    }
}

/// Values worked out by hand, against a misreading of the formulas shared by [`reference`] and
/// the optimisers.
#[test]
fn the_first_steps_by_hand() {
    // SGD: 1 - 0.1 * 0.5.
    let mut w = array![1.0];
    Sgd::new(0.1).step(&mut w, &array![0.5]);
    assert_abs_diff_eq!(w[0], 0.95, epsilon = 1e-15);

    // Momentum 0.9: v1 = -0.1 g, v2 = 0.9 v1 - 0.1 g = -0.19 g.
    let mut w = array![0.0, 0.0];
    let mut momentum = Momentum::new(0.1);
    momentum.step(&mut w, &array![1.0, -2.0]);
    assert_close(&w, &array![-0.1, 0.2], 1e-15);
    momentum.step(&mut w, &array![1.0, -2.0]);
    assert_close(&w, &array![-0.29, 0.58], 1e-15);

    // RMSProp, decay 0.99: c = 0.01 * 2² = 0.04, so the step is 0.01 * 2 / (0.2 + 1e-8).
    let mut w = array![1.0];
    RmsProp::new(0.01).step(&mut w, &array![2.0]);
    assert_abs_diff_eq!(w[0], 1.0 - 0.02 / 0.200_000_01, epsilon = 1e-15);
    assert_abs_diff_eq!(w[0], 0.9, epsilon = 1e-8);

    // Adam's first step: m̂ = g and v̂ = g², so each element moves by lr g / (|g| + ε), about
    // lr against the gradient's sign whatever its size; a zero gradient does not move.
    let mut w = array![1.0, 1.0, 1.0];
    Adam::new(0.01).step(&mut w, &array![1e3, -1e-3, 0.0]);
    assert_close(
        &w,
        &array![
            1.0 - 0.01 * 1e3 / (1e3 + 1e-8),
            1.0 + 0.01 * 1e-3 / (1e-3 + 1e-8),
            1.0
        ],
        1e-15,
    );
    assert_close(&w, &array![0.99, 1.01, 1.0], 1e-7);
    // Its second step with the same gradient: m̂ = g and v̂ = g² again (the bias correction
    // exactly undoes the zero start for a constant gradient).
    let mut adam = Adam::new(0.01);
    let mut w = array![0.0];
    adam.step(&mut w, &array![4.0]);
    adam.step(&mut w, &array![4.0]);
    assert_abs_diff_eq!(w[0], -2.0 * 0.01 * 4.0 / (4.0 + 1e-8), epsilon = 1e-15);
}

/// `f32` parameters: the same formulas in `f32` arithmetic.
#[test]
fn f32_parameters_follow_the_formulas() {
    for rule in RULES {
        let expected = reference(rule, &W0, &grads());
        let mut opt: Box<dyn Optimizer<Array1<f32>>> = match rule {
            Rule::Sgd { lr } => Box::new(Sgd::new(lr as f32)),
            Rule::Momentum { lr, mu } => {
                Box::new(Momentum::new(lr as f32).with_momentum(mu as f32))
            }
            Rule::RmsProp { lr, decay, eps } => Box::new(
                RmsProp::new(lr as f32)
                    .with_decay_rate(decay as f32)
                    .with_epsilon(eps as f32),
            ),
            Rule::Adam { lr, b1, b2, eps } => Box::new(
                Adam::new(lr as f32)
                    .with_betas(b1 as f32, b2 as f32)
                    .with_epsilon(eps as f32),
            ),
        };
        let mut w: Array1<f32> = W0.iter().map(|&x| x as f32).collect();
        for (k, g) in grads().into_iter().enumerate() {
            let g: Array1<f32> = g.iter().map(|&x| x as f32).collect();
            opt.step(&mut w, &g);
            let w64: Vec<f64> = w.iter().map(|&x| f64::from(x)).collect();
            assert_elements_eq(&format!("{rule:?} in f32"), &w64, &expected[k], 1e-5);
        }
    }
    // The defaults are the f32 roundings of CS231n's.
    let adam = Adam::<Vec<f32>>::new(1e-3);
    assert_eq!((adam.betas(), adam.epsilon()), ((0.9, 0.999), 1e-8));
    let rms = RmsProp::<f32>::new(1e-2);
    assert_eq!((rms.decay_rate(), rms.epsilon()), (0.99, 1e-8));
    assert_eq!(Momentum::<[f32; 2]>::new(0.1).momentum(), 0.9);
}

#[test]
fn the_defaults_are_cs231ns() {
    let adam = Adam::<f64>::new(1e-3);
    assert_eq!((adam.betas(), adam.epsilon()), ((0.9, 0.999), 1e-8));
    let rms = RmsProp::<f64>::new(1e-2);
    assert_eq!((rms.decay_rate(), rms.epsilon()), (0.99, 1e-8));
    assert_eq!(Momentum::<f64>::new(0.1).momentum(), 0.9);
    // And the optimisers built with them step as the formulas with them do.
    for (mut opt, rule) in [
        (
            Box::new(Momentum::new(0.1)) as Box<dyn Optimizer<Vec<f64>>>,
            Rule::Momentum { lr: 0.1, mu: 0.9 },
        ),
        (
            Box::new(RmsProp::new(0.1)),
            Rule::RmsProp {
                lr: 0.1,
                decay: 0.99,
                eps: 1e-8,
            },
        ),
        (
            Box::new(Adam::new(0.1)),
            Rule::Adam {
                lr: 0.1,
                b1: 0.9,
                b2: 0.999,
                eps: 1e-8,
            },
        ),
    ] {
        let expected = reference(rule, &W0, &grads());
        let mut w = W0.to_vec();
        for (k, g) in grads().iter().enumerate() {
            opt.step(&mut w, g);
            assert_elements_eq(&format!("{rule:?}"), &w, &expected[k], 1e-12);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// State, learning rates
// ---------------------------------------------------------------------------------------------

#[test]
fn state_is_created_at_the_first_step_with_the_parameters_shape() {
    let w0 = array![[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]];
    let g = array![[1.0, -1.0, 2.0], [0.0, 0.5, -3.0]];

    let mut momentum = Momentum::new(0.1);
    assert!(momentum.velocity().is_none());
    let mut w = w0.clone();
    momentum.step(&mut w, &g);
    // v = -lr g, and w = w0 + v.
    assert_close(momentum.velocity().unwrap(), &(&g * -0.1), 1e-15);
    assert_close(&w, &(&w0 - &g * 0.1), 1e-15);

    let mut rms = RmsProp::new(0.1);
    assert!(rms.cache().is_none());
    rms.step(&mut w0.clone(), &g);
    // c = (1 - 0.99) g².
    assert_close(rms.cache().unwrap(), &(&g * &g * 0.01), 1e-15);

    let mut adam = Adam::new(0.1);
    assert!(adam.moments().is_none());
    assert_eq!(adam.steps(), 0);
    let mut w = w0.clone();
    adam.step(&mut w, &g);
    assert_eq!(adam.steps(), 1);
    let (m, v) = adam.moments().unwrap();
    assert_close(m, &(&g * 0.1), 1e-15);
    assert_close(v, &(&g * &g * 0.001), 1e-15);
    adam.step(&mut w, &g);
    adam.step(&mut w, &g);
    assert_eq!(adam.steps(), 3);

    // SGD has no state: one optimiser steps values of any shape.
    let mut sgd = Sgd::new(0.5);
    let mut x = array![1.0];
    let mut y = array![1.0, 1.0];
    sgd.step(&mut x, &array![2.0]);
    sgd.step(&mut y, &array![2.0, -2.0]);
    assert_eq!((x, y), (array![0.0], array![0.0, 2.0]));
}

#[test]
#[should_panic(expected = "grad: Tangent::zip_chunks_pair of arrays of different shapes")]
fn a_gradient_of_another_shape_panics() {
    let mut adam = Adam::new(0.1);
    let mut w = array![1.0, 2.0];
    adam.step(&mut w, &array![1.0, 1.0]);
    adam.step(&mut w, &array![1.0, 1.0, 1.0]);
}

#[test]
#[should_panic(expected = "grad: Tangent::zip_chunks_pair of `Vec`s of different lengths")]
fn parameters_of_another_shape_than_the_state_panic() {
    let mut momentum = Momentum::new(0.1);
    momentum.step(&mut vec![1.0, 2.0], &vec![1.0, 1.0]);
    momentum.step(&mut vec![1.0, 2.0, 3.0], &vec![1.0, 1.0, 1.0]);
}

#[test]
fn the_learning_rate_can_be_set_and_decayed() {
    let rules = [RULES[0], RULES[1], RULES[3], RULES[5]];
    for rule in rules {
        let mut opt = optimizer::<Vec<f64>>(rule);
        opt.set_learning_rate(0.5);
        assert_eq!(opt.learning_rate(), 0.5);
        opt.decay_learning_rate(0.95);
        assert_eq!(opt.learning_rate(), 0.5 * 0.95);
        opt.decay_learning_rate(0.95);
        assert_eq!(opt.learning_rate(), 0.5 * 0.95 * 0.95);
        // Zero is a learning rate: the parameters stay.
        opt.decay_learning_rate(0.0);
        let mut w = W0.to_vec();
        opt.step(&mut w, &grads()[0]);
        assert_eq!(w, W0, "{rule:?}");
    }
    // The steps that follow use the new rate, and the state carries over.
    let mut decayed = Momentum::new(0.1);
    let mut w = vec![0.0];
    decayed.step(&mut w, &vec![1.0]); // v = -0.1
    decayed.decay_learning_rate(0.5);
    decayed.step(&mut w, &vec![1.0]); // v = 0.9 (-0.1) - 0.05 = -0.14
    assert_abs_diff_eq!(w[0], -0.24, epsilon = 1e-15);
    let mut sgd = Sgd::new(1.0);
    sgd.set_learning_rate(0.25);
    let mut x = 1.0;
    sgd.step(&mut x, &2.0);
    assert_eq!(x, 0.5);
}

#[test]
#[should_panic(
    expected = "the learning-rate decay factor must be finite and non-negative, got -0.5"
)]
fn a_negative_decay_factor_panics() {
    Adam::<f64>::new(0.1).decay_learning_rate(-0.5);
}

#[test]
#[should_panic(expected = "the learning rate must be finite and non-negative, got inf")]
fn a_decay_to_infinity_panics() {
    Sgd::<f64>::new(f64::MAX).decay_learning_rate(2.0);
}

// ---------------------------------------------------------------------------------------------
// Hyperparameters
// ---------------------------------------------------------------------------------------------

#[test]
#[should_panic(
    expected = "grad::optim: the learning rate must be finite and non-negative, got -0.1"
)]
fn a_negative_learning_rate_panics() {
    let _ = Sgd::<Vec<f64>>::new(-0.1);
}

#[test]
#[should_panic(expected = "the learning rate must be finite and non-negative, got NaN")]
fn a_nan_learning_rate_panics() {
    let _ = Adam::<f32>::new(f32::NAN);
}

#[test]
#[should_panic(expected = "the learning rate must be finite and non-negative, got inf")]
fn an_infinite_learning_rate_panics() {
    let _ = RmsProp::<f64>::new(f64::INFINITY);
}

#[test]
#[should_panic(expected = "the learning rate must be finite and non-negative, got -1")]
fn setting_a_negative_learning_rate_panics() {
    let mut momentum = Momentum::<f64>::new(0.1);
    momentum.set_learning_rate(-1.0);
}

#[test]
#[should_panic(expected = "grad::optim: the momentum must be in [0, 1), got 1")]
fn a_momentum_of_one_panics() {
    let _ = Momentum::<f64>::new(0.1).with_momentum(1.0);
}

#[test]
#[should_panic(expected = "the momentum must be in [0, 1), got -0.1")]
fn a_negative_momentum_panics() {
    let _ = Momentum::<f64>::new(0.1).with_momentum(-0.1);
}

#[test]
#[should_panic(expected = "the decay rate must be in [0, 1), got 1.5")]
fn a_decay_rate_above_one_panics() {
    let _ = RmsProp::<f64>::new(0.1).with_decay_rate(1.5);
}

#[test]
#[should_panic(expected = "the decay rate must be in [0, 1), got NaN")]
fn a_nan_decay_rate_panics() {
    let _ = RmsProp::<f32>::new(0.1).with_decay_rate(f32::NAN);
}

#[test]
#[should_panic(expected = "beta1 must be in [0, 1), got 1")]
fn a_beta1_of_one_panics() {
    let _ = Adam::<f64>::new(0.1).with_betas(1.0, 0.999);
}

#[test]
#[should_panic(expected = "beta2 must be in [0, 1), got -0.5")]
fn a_negative_beta2_panics() {
    let _ = Adam::<f64>::new(0.1).with_betas(0.9, -0.5);
}

#[test]
#[should_panic(expected = "epsilon must be finite and positive, got 0")]
fn a_zero_epsilon_panics() {
    let _ = Adam::<f64>::new(0.1).with_epsilon(0.0);
}

#[test]
#[should_panic(expected = "epsilon must be finite and positive, got inf")]
fn an_infinite_epsilon_panics() {
    let _ = RmsProp::<f64>::new(0.1).with_epsilon(f64::INFINITY);
}

#[test]
fn the_ends_of_the_ranges_are_accepted() {
    let momentum = Momentum::<f64>::new(0.0).with_momentum(0.0);
    assert_eq!(
        (momentum.momentum(), Optimizer::learning_rate(&momentum)),
        (0.0, 0.0)
    );
    let rms = RmsProp::<f64>::new(1.0).with_decay_rate(0.0);
    assert_eq!(rms.decay_rate(), 0.0);
    let adam = Adam::<f64>::new(1.0)
        .with_betas(0.0, 0.999_999)
        .with_epsilon(f64::MIN_POSITIVE);
    assert_eq!(adam.betas(), (0.0, 0.999_999));
    // With β₁ = β₂ = 0, Adam steps by lr g / (|g| + ε), m̂ and v̂ being the last gradient.
    let mut adam = Adam::new(0.5).with_betas(0.0, 0.0).with_epsilon(1.0);
    let mut w = 0.0;
    adam.step(&mut w, &3.0);
    adam.step(&mut w, &-1.0);
    assert_abs_diff_eq!(w, -0.5 * 3.0 / 4.0 + 0.5 * 1.0 / 2.0, epsilon = 1e-15);
}

// ---------------------------------------------------------------------------------------------
// Gradient clipping
// ---------------------------------------------------------------------------------------------

#[test]
fn a_gradient_below_the_threshold_is_left_as_it_is() {
    let mut g = array![3.0, -4.0];
    assert_eq!(clip_grad_norm(&mut g, 10.0), 5.0);
    assert_eq!(g, array![3.0, -4.0]);
    assert_eq!(clip_grad_norm(&mut g, f64::INFINITY), 5.0);
    assert_eq!(g, array![3.0, -4.0]);
}

#[test]
fn a_gradient_above_the_threshold_is_scaled_to_it() {
    let mut g = array![3.0, -4.0];
    assert_eq!(clip_grad_norm(&mut g, 1.0), 5.0);
    assert_close(&g, &array![0.6, -0.8], 1e-15);
    assert_abs_diff_eq!(g.sum_of_squares().sqrt(), 1.0, epsilon = 1e-15);
    // The norm is of every element of every part.
    let mut parts = vec![array![[1.0, 2.0]], array![[2.0], [4.0]]]; // norm 5
    assert_eq!(clip_grad_norm(&mut parts, 2.5), 5.0);
    assert_close(&parts[0], &array![[0.5, 1.0]], 1e-15);
    assert_close(&parts[1], &array![[1.0], [2.0]], 1e-15);
    // f32, with the norm in f64.
    let mut g32 = [6.0_f32, 8.0];
    assert_eq!(clip_grad_norm(&mut g32, 5.0), 10.0);
    assert_eq!(g32, [3.0, 4.0]);
    // A bound of zero zeroes the gradient.
    let mut g = vec![1.0, -1.0];
    assert_eq!(clip_grad_norm(&mut g, 0.0), 2f64.sqrt());
    assert_eq!(g, vec![0.0, 0.0]);
}

#[test]
fn a_gradient_exactly_at_the_threshold_is_left_as_it_is() {
    let mut g = array![3.0, -4.0];
    assert_eq!(clip_grad_norm(&mut g, 5.0), 5.0);
    assert_eq!(g, array![3.0, -4.0]);
}

#[test]
fn a_zero_gradient_is_left_as_it_is() {
    let mut g = Array1::<f64>::zeros(3);
    assert_eq!(clip_grad_norm(&mut g, 1.0), 0.0);
    assert_eq!(g, Array1::zeros(3));
    assert_eq!(clip_grad_norm(&mut g, 0.0), 0.0);
    assert_eq!(g, Array1::zeros(3));
}

#[test]
fn a_gradient_with_a_non_finite_norm_is_left_as_it_is() {
    let mut g = array![f64::NAN, 1.0];
    assert!(clip_grad_norm(&mut g, 1.0).is_nan());
    assert_eq!(g[1], 1.0);
    let mut g = array![f64::INFINITY, 1.0];
    assert_eq!(clip_grad_norm(&mut g, 1.0), f64::INFINITY);
    assert_eq!(g, array![f64::INFINITY, 1.0]);
}

#[test]
#[should_panic(expected = "grad::optim: clip_grad_norm's max_norm must be non-negative, got -1")]
fn a_negative_max_norm_panics() {
    clip_grad_norm(&mut array![1.0], -1.0);
}

#[test]
#[should_panic(expected = "clip_grad_norm's max_norm must be non-negative, got NaN")]
fn a_nan_max_norm_panics() {
    clip_grad_norm(&mut 1.0, f64::NAN);
}

// ---------------------------------------------------------------------------------------------
// The element-wise Tangent methods
// ---------------------------------------------------------------------------------------------

#[test]
fn zip_update_on_floats() {
    let mut x = 3.0_f64;
    x.zip_update(&2.0, |x, y| *x = *x * y + 1.0);
    assert_eq!(x, 7.0);
    let mut x = 2.0_f32;
    x.zip_update(&0.5, |x, y| *x /= y);
    assert_eq!(x, 4.0_f32);
    let (mut x, mut s) = (1.0_f64, 10.0);
    x.zip_update_pair(&mut s, &2.0, |x, s, y| {
        *s += y;
        *x -= *s * y;
    });
    assert_eq!((x, s), (-23.0, 12.0));
}

#[test]
fn zip_update_on_arrays_goes_in_element_order() {
    let mut x = array![[1.0, 2.0], [3.0, 4.0]];
    let y = array![[2.0, 0.5], [-1.0, 0.25]];
    let mut seen = Vec::new();
    x.zip_update(&y, |x, y| {
        seen.push(y);
        *x *= y; // the element-wise product, which axpy and scale cannot express
    });
    assert_eq!(x, array![[2.0, 1.0], [-3.0, 1.0]]);
    assert_eq!(seen, vec![2.0, 0.5, -1.0, 0.25]);
    // Element order is the logical one, whatever the memory layout.
    let mut transposed = array![[1.0, 3.0], [2.0, 4.0]].reversed_axes(); // [[1, 2], [3, 4]]
    let mut order = Vec::new();
    transposed.zip_update(&y, |x, _| order.push(*x));
    assert_eq!(order, vec![1.0, 2.0, 3.0, 4.0]);

    let mut w = array![1.0, 2.0, 3.0];
    let mut s: Array1<f64> = array![0.0, 1.0, 4.0];
    w.zip_update_pair(&mut s, &array![2.0, -2.0, 0.0], |w, s, g| {
        *s += g * g;
        *w -= g / (s.sqrt() + 1.0);
    });
    assert_eq!(s, array![4.0, 5.0, 4.0]);
    assert_eq!(
        w,
        array![1.0 - 2.0 / 3.0, 2.0 + 2.0 / (5f64.sqrt() + 1.0), 3.0]
    );
}

#[test]
fn zip_update_on_fixed_arrays_and_vecs_of_arrays() {
    let mut fixed = [1.0_f32, 2.0, 3.0];
    fixed.zip_update(&[3.0, 2.0, 1.0], |x, y| *x = x.max(y));
    assert_eq!(fixed, [3.0, 2.0, 3.0]);
    let mut state = [0.0_f32; 3];
    fixed.zip_update_pair(&mut state, &[1.0, 1.0, 2.0], |x, s, y| {
        *s = *x;
        *x *= y;
    });
    assert_eq!((fixed, state), ([3.0, 2.0, 6.0], [3.0, 2.0, 3.0]));

    // A Vec of arrays: the concatenation of their elements, in order.
    let mut x = vec![array![1.0, 2.0], array![], array![3.0]];
    let y = vec![array![10.0, 20.0], array![], array![30.0]];
    let mut seen = Vec::new();
    x.zip_update(&y, |x, y| {
        seen.push(y);
        *x += y;
    });
    assert_eq!(x, vec![array![11.0, 22.0], array![], array![33.0]]);
    assert_eq!(seen, vec![10.0, 20.0, 30.0]);
    let mut s = x.zeros_like();
    let mut count = 0;
    x.zip_update_pair(&mut s, &y, |x, s, y| {
        count += 1;
        *s = f64::from(count);
        *x -= y;
    });
    assert_eq!(x, vec![array![1.0, 2.0], array![], array![3.0]]);
    assert_eq!(s, vec![array![1.0, 2.0], array![], array![3.0]]);
}

#[test]
fn zip_update_takes_a_dyn_closure() {
    type Update = dyn FnMut(&mut f64, f64);
    let mut f: Box<Update> = Box::new(|x, y| *x -= y);
    let mut x = vec![array![1.0, 2.0]];
    x.zip_update(&vec![array![1.0, 1.0]], &mut *f);
    assert_eq!(x, vec![array![0.0, 1.0]]);
}

/// The runs `zip_chunks` hands over, as `(length, first x, first y)`.
fn runs<T: Tangent<Scalar = f64>>(xs: &mut [T], ys: &[T]) -> Vec<(usize, f64, f64)> {
    let mut runs = Vec::new();
    T::zip_chunks(xs, ys, &mut |xs, ys| {
        assert_eq!(xs.len(), ys.len());
        runs.push((xs.len(), xs[0], ys[0]));
    });
    runs
}

#[test]
fn zip_chunks_hands_over_runs_as_long_as_the_memory_allows() {
    // A Vec of floats, and a Vec of fixed arrays, is one run.
    let mut v = vec![1.0, 2.0, 3.0];
    assert_eq!(
        runs(core::slice::from_mut(&mut v), &[vec![4.0, 5.0, 6.0]]),
        vec![(3, 1.0, 4.0)]
    );
    let mut fixed = vec![[1.0, 2.0], [3.0, 4.0]];
    let other = vec![[5.0, 6.0], [7.0, 8.0]];
    assert_eq!(
        runs(core::slice::from_mut(&mut fixed), &[other]),
        vec![(4, 1.0, 5.0)]
    );
    // A slice of floats too.
    assert_eq!(runs(&mut [1.0, 2.0], &[3.0, 4.0]), vec![(2, 1.0, 3.0)]);
    // A contiguous array is one run; a Vec of them one run each.
    let mut arrays = vec![array![[1.0, 2.0], [3.0, 4.0]], array![[5.0]]];
    let others = vec![array![[-1.0, -2.0], [-3.0, -4.0]], array![[-5.0]]];
    assert_eq!(
        runs(core::slice::from_mut(&mut arrays), &[others]),
        vec![(4, 1.0, -1.0), (1, 5.0, -5.0)]
    );
    // An array not in standard layout: one run per element, in logical order.
    let mut transposed = array![[1.0, 3.0], [2.0, 4.0]].reversed_axes();
    let y = array![[10.0, 20.0], [30.0, 40.0]];
    assert_eq!(
        runs(
            core::slice::from_mut(&mut transposed),
            core::slice::from_ref(&y)
        ),
        vec![
            (1, 1.0, 10.0),
            (1, 2.0, 20.0),
            (1, 3.0, 30.0),
            (1, 4.0, 40.0)
        ]
    );
    // zip_update_pair over it, with a state in standard layout, still goes in logical order.
    let mut state = Array2::zeros((2, 2));
    let mut k = 0.0;
    transposed.zip_update_pair(&mut state, &y, |x, s, y| {
        k += 1.0;
        *s = k;
        *x += y;
    });
    assert_eq!(state, array![[1.0, 2.0], [3.0, 4.0]]);
    assert_eq!(transposed, array![[11.0, 22.0], [33.0, 44.0]]);
}

#[test]
#[should_panic(expected = "grad: Tangent::zip_chunks of slices of different lengths")]
fn zip_chunks_of_slices_of_different_lengths_panics() {
    f64::zip_chunks(&mut [1.0, 2.0], &[1.0], &mut |_, _| {});
}

#[test]
#[should_panic(expected = "grad: Tangent::zip_chunks_pair of slices of different lengths")]
fn zip_chunks_pair_of_slices_of_different_lengths_panics() {
    <[f32; 2]>::zip_chunks_pair(&mut [[1.0, 2.0]], &mut [], &[[1.0, 2.0]], &mut |_, _, _| {});
}

#[test]
#[should_panic(expected = "grad: Tangent::zip_chunks of arrays of different shapes")]
fn zip_update_of_arrays_of_different_shapes_panics() {
    let mut x = array![[1.0, 2.0]];
    x.zip_update(&array![[1.0], [2.0]], |_, _| {});
}

/// An empty array is not a zero placeholder here, as it is for `add_assign`: `f(x, 0)` need
/// not leave `x`.
#[test]
#[should_panic(expected = "grad: Tangent::zip_chunks of arrays of different shapes")]
fn zip_update_with_an_empty_array_panics() {
    let mut x = array![1.0, 2.0];
    x.zip_update(&array![], |_, _| {});
}

#[test]
#[should_panic(expected = "grad: Tangent::zip_chunks_pair of arrays of different shapes")]
fn zip_update_pair_with_a_state_of_another_shape_panics() {
    let mut x = array![1.0, 2.0];
    x.zip_update_pair(&mut array![0.0], &array![1.0, 2.0], |_, _, _| {});
}

#[test]
#[should_panic(expected = "grad: Tangent::zip_chunks_pair of arrays of different shapes")]
fn zip_update_pair_with_another_of_another_shape_panics() {
    let mut x = array![1.0, 2.0];
    x.zip_update_pair(&mut array![0.0, 0.0], &array![1.0, 2.0, 3.0], |_, _, _| {});
}

#[test]
#[should_panic(expected = "grad: Tangent::zip_chunks of `Vec`s of different lengths")]
fn zip_update_of_vecs_of_different_lengths_panics() {
    let mut x = vec![array![1.0]];
    x.zip_update(&vec![array![1.0], array![2.0]], |_, _| {});
}

#[test]
#[should_panic(expected = "grad: Tangent::zip_chunks_pair of `Vec`s of different lengths")]
fn zip_update_pair_of_vecs_of_different_lengths_panics() {
    let mut x = vec![1.0, 2.0];
    x.zip_update_pair(&mut vec![0.0, 0.0], &vec![1.0], |_, _, _| {});
}

// ---------------------------------------------------------------------------------------------
// Minimising a quadratic
// ---------------------------------------------------------------------------------------------

/// `L(w) = ½ ‖A w − b‖²` with `A` invertible (condition number of `AᵀA` about 7), minimised at
/// `w* = A⁻¹ b`.
struct Quadratic {
    a: Array2<f64>,
    b: Array1<f64>,
    minimiser: Array1<f64>,
}

fn quadratic() -> Quadratic {
    let a = array![[3.0, 1.0, 0.0], [1.0, 2.0, 0.5], [0.0, 0.5, 1.5]];
    let minimiser = array![1.0, -2.0, 0.5];
    let b = a.dot(&minimiser);
    Quadratic { a, b, minimiser }
}

impl Quadratic {
    fn gradient(&self, w: &Array1<f64>) -> Array1<f64> {
        self.a.t().dot(&(self.a.dot(w) - &self.b))
    }
    fn loss(&self, w: &Array1<f64>) -> f64 {
        0.5 * (self.a.dot(w) - &self.b).sum_of_squares()
    }
}

/// Runs `steps` steps of `opt` from zero, halving the learning rate every `decay_every` steps,
/// and returns the distance to the minimiser.
fn minimise(opt: &mut dyn Optimizer<Array1<f64>>, steps: usize, decay_every: usize) -> f64 {
    let q = quadratic();
    let mut w = Array1::zeros(3);
    let start = q.loss(&w);
    for k in 1..=steps {
        let g = q.gradient(&w);
        opt.step(&mut w, &g);
        if k % decay_every == 0 {
            opt.decay_learning_rate(0.5);
        }
    }
    assert!(
        q.loss(&w) < 1e-6 * start,
        "loss {} from {start}",
        q.loss(&w)
    );
    (&w - &q.minimiser).sum_of_squares().sqrt()
}

#[test]
fn every_optimiser_minimises_a_convex_quadratic() {
    // SGD and momentum converge linearly at a constant rate.
    assert!(minimise(&mut Sgd::new(0.05), 2000, usize::MAX) < 1e-10);
    assert!(minimise(&mut Momentum::new(0.02), 2000, usize::MAX) < 1e-10);
    assert!(
        minimise(
            &mut Momentum::new(0.05).with_momentum(0.5),
            2000,
            usize::MAX
        ) < 1e-10
    );
    // RMSProp and Adam step about lr per element near the minimum: they need the rate decayed.
    assert!(minimise(&mut RmsProp::new(0.01), 3000, 300) < 1e-4);
    assert!(minimise(&mut Adam::new(0.1), 3000, 300) < 1e-4);
    assert!(minimise(&mut Adam::new(0.05).with_betas(0.8, 0.99), 3000, 300) < 1e-4);
}

#[test]
fn f32_optimisers_minimise_it_too() {
    let q = quadratic();
    let (a, b) = (q.a.mapv(|x| x as f32), q.b.mapv(|x| x as f32));
    let mut opts: Vec<Box<dyn Optimizer<Array1<f32>>>> = vec![
        Box::new(Sgd::new(0.05)),
        Box::new(Momentum::new(0.02)),
        Box::new(RmsProp::new(0.01)),
        Box::new(Adam::new(0.1)),
    ];
    for opt in &mut opts {
        let mut w = Array1::<f32>::zeros(3);
        for k in 1..=3000 {
            let g = a.t().dot(&(a.dot(&w) - &b));
            opt.step(&mut w, &g);
            if k % 300 == 0 {
                opt.decay_learning_rate(0.5);
            }
        }
        for (x, m) in w.iter().zip(&q.minimiser) {
            assert_abs_diff_eq!(f64::from(*x), *m, epsilon = 1e-3);
        }
    }
}

/// Parameters with runs of every kind: a long contiguous array (cut into chunks by a parallel
/// step: 2.5 chunks), a short one, a transposed one (a run per element) and a long `Vec`.
type Mixed = (Array2<f64>, Array1<f64>, Array2<f64>, Vec<f64>);

fn mixed(seed: f64) -> Mixed {
    let long = 5 * PARALLEL_CHUNK / 2;
    let value = |i: usize| ((i as f64 + seed) * 0.37).sin();
    (
        Array2::from_shape_fn((long / 64, 64), |(i, j)| value(64 * i + j)),
        Array1::from_shape_fn(10, |i| value(i + 7)),
        Array2::from_shape_fn((40, 30), |(i, j)| value(30 * i + j + 11)).reversed_axes(),
        (0..2 * PARALLEL_CHUNK + 3).map(|i| value(i + 13)).collect(),
    )
}

/// The bits of every element of `p`, in element order.
fn bits(p: &Mixed) -> Vec<u64> {
    let mut out = Vec::new();
    p.clone().zip_update(p, |_, y| out.push(y.to_bits()));
    out
}

#[test]
fn a_parallel_step_has_the_serial_steps_bits_on_any_thread_count() {
    let gradients: Vec<Mixed> = (1..=4).map(|k| mixed(100.0 * k as f64)).collect();
    for rule in RULES {
        let mut serial = mixed(0.0);
        let mut one = optimizer_on::<Mixed>(rule, false);
        for g in &gradients {
            one.step(&mut serial, g);
        }
        assert_ne!(bits(&serial), bits(&mixed(0.0)), "{rule:?} took no step");
        for threads in [1, 2, 3] {
            let pool = ThreadPoolBuilder::new()
                .num_threads(threads)
                .build()
                .unwrap();
            let mut parallel = mixed(0.0);
            let mut on_pool = optimizer_on::<Mixed>(rule, true);
            pool.install(|| {
                for g in &gradients {
                    on_pool.step(&mut parallel, g);
                }
            });
            assert_eq!(
                bits(&parallel),
                bits(&serial),
                "{rule:?} on {threads} threads"
            );
        }
    }
}
