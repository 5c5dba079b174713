//! ADBench's LSTM objective (`examples/common/lstm.rs`, issue #16): its value against an
//! independent numpy implementation, and its generated gradient against central differences for
//! every parameter.

// Shared with the example and the benchmark.
#[path = "../examples/common/lstm.rs"]
mod lstm;

mod common;

use common::{assert_slices_close, assert_value};
use lstm::{LstmProblem, Uniform, lstm_objective, lstm_problem};

/// `(layers, chars, seed)` and the objective numpy computes for `lstm_problem(layers, chars,
/// seed)`: numpy 2.4.6, Python 3, with this script (ADBench's Python objective, rewritten with the
/// same SplitMix64 draws and text):
///
/// ```python
/// import math
/// import numpy as np
/// M = (1 << 64) - 1
/// def uniform(seed):
///     s = seed
///     while True:
///         s = (s + 0x9E3779B97F4A7C15) & M
///         z = s
///         z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & M
///         z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & M
///         z ^= z >> 31
///         yield (z >> 11) / float(1 << 53)
/// TEXT = ...  # lstm::TEXT, with "\u2019" for its apostrophes
/// def problem(l, c, seed):
///     text = (TEXT * (c // len(TEXT) + 1))[:c]
///     b = math.ceil(math.log2(max(ord(ch) for ch in text)))  # ADBench's get_char_bits
///     seq = np.array([[int(d) for d in bin(ord(ch))[2:].zfill(b)] for ch in text], dtype=float)
///     u = uniform(seed)
///     draw = lambda *shape: np.array([next(u) for _ in range(int(np.prod(shape)))]).reshape(shape)
///     state = draw(2 * l, b); main = draw(2 * l, 4 * b); extra = draw(3, b)
///     return main, extra, state, seq
/// def objective(main, extra, state, seq):
///     sigmoid = lambda x: 1 / (1 + np.exp(-x))
///     l = main.shape[0] // 2; b = seq.shape[1]
///     state = state.copy(); total = 0.0
///     for t in range(len(seq) - 1):
///         x = seq[t] * extra[0]
///         for k in range(l):
///             w, bias = main[2 * k].reshape(4, b), main[2 * k + 1].reshape(4, b)
///             h, s = state[2 * k], state[2 * k + 1]
///             f = sigmoid(x * w[0] + bias[0]); i = sigmoid(h * w[1] + bias[1])
///             o = sigmoid(x * w[2] + bias[2]); g = np.tanh(h * w[3] + bias[3])
///             state[2 * k + 1] = s * f + i * g
///             state[2 * k] = o * np.tanh(state[2 * k + 1])
///             x = state[2 * k]
///         y = x * extra[1] + extra[2]
///         total += np.sum(seq[t + 1] * (y - np.log(np.sum(np.exp(y)) + 2)))
///     return -total / ((len(seq) - 1) * b)
/// ```
const NUMPY_VALUES: [((usize, usize, u64), f64); 5] = [
    ((1, 3, 0), 1.5010651742823296),
    ((2, 4, 7), 1.497242540049381),
    ((2, 64, 1), 0.7389483400229578),
    ((4, 64, 3), 0.6710909341238834),
    ((2, 1024, 0), 0.7335168426792207),
];

#[test]
fn the_objective_is_the_one_numpy_computes() {
    for ((layers, chars, seed), expected) in NUMPY_VALUES {
        let value = lstm_problem(layers, chars, seed).objective();
        approx::assert_relative_eq!(value, expected, max_relative = 1e-13);
    }
}

#[test]
fn the_inputs_are_laid_out_as_adbench_lays_them() {
    let problem = lstm_problem(2, 64, 1);
    // The 63rd character is the first U+2019 (8217 = 0b10_0000_0001_1001): 14 bits a character.
    assert_eq!(problem.bits, 14);
    let apostrophe = &problem.sequence[62 * 14..63 * 14];
    let expected = [1., 0., 0., 0., 0., 0., 0., 0., 0., 1., 1., 0., 0., 1.];
    assert_eq!(apostrophe, expected);
    assert_eq!(problem.main_params.len(), 8 * 2 * 14);
    assert_eq!(problem.extra_params.len(), 3 * 14);
    assert_eq!(problem.state.len(), 2 * 2 * 14);
    // Drawn in gen_data.py's order: state, main, extra.
    let mut uniform = Uniform::new(1);
    assert_eq!(problem.state[0], uniform.next());
    assert_eq!(lstm_problem(1, 3, 0).bits, 7);
}

/// The step of the five-point central differences: small enough that their truncation error
/// (`h⁴ f⁽⁵⁾ / 30`) is below 1e-13, large enough that rounding (`ε |f| / h`) is too.
const STEP: f64 = 1e-3;

/// `f'(x)` in the direction of component `i` by the five-point central difference
/// `(-f(x + 2h) + 8 f(x + h) - 8 f(x - h) + f(x - 2h)) / 12h`.
fn five_point_difference(f: impl Fn(&[f64]) -> f64, x: &[f64]) -> Vec<f64> {
    let shifted = |i: usize, by: f64| {
        let mut y = x.to_vec();
        y[i] += by;
        f(&y)
    };
    (0..x.len())
        .map(|i| {
            let (plus, minus) = (shifted(i, STEP), shifted(i, -STEP));
            let (plus2, minus2) = (shifted(i, 2.0 * STEP), shifted(i, -2.0 * STEP));
            (-plus2 + 8.0 * plus - 8.0 * minus + minus2) / (12.0 * STEP)
        })
        .collect()
}

/// The generated gradient of `problem`'s objective and its five-point central differences, for
/// the main and the extra parameters; asserts first that the gradient's value is the objective.
fn gradient_and_differences(problem: &LstmProblem) -> [(Vec<f64>, Vec<f64>); 2] {
    let (l, c, b) = (problem.layers, problem.chars, problem.bits);
    let (main, extra) = (&problem.main_params, &problem.extra_params);
    let (state, sequence) = (&problem.state, &problem.sequence);
    let (value, (d_main, d_extra)) = problem.gradient();
    assert_value("lstm_objective", value, problem.objective());
    let numerical_main =
        five_point_difference(|m| lstm_objective(l, c, b, m, extra, state, sequence), main);
    let numerical_extra =
        five_point_difference(|e| lstm_objective(l, c, b, main, e, state, sequence), extra);
    [(d_main, numerical_main), (d_extra, numerical_extra)]
}

#[test]
fn the_gradient_matches_central_differences_on_a_tiny_instance() {
    for problem in [lstm_problem(2, 4, 7), lstm_problem(1, 3, 0)] {
        for ((generated, numerical), name) in gradient_and_differences(&problem)
            .iter()
            .zip(["main", "extra"])
        {
            assert_slices_close(generated, numerical, 1e-6, name);
        }
    }
}

/// With ADBench's 14-bit characters some parameters barely matter: the first bits are set only
/// by the one U+2019 near the end of the sequence, and their components are about 1e-8 against
/// an objective of about 0.7, whose rounding alone (`ε · 0.7 / h`) puts about 1e-14 of error in
/// any central difference. So each component's error is measured against the gradient's largest
/// component (`|g_i - d_i| ≤ 1e-8 · max |g|`; measured: 2e-10), and the components that can be
/// resolved, those above 1e-6, each against itself (measured: below 1e-7).
#[test]
fn the_gradient_matches_central_differences_with_fourteen_bit_characters() {
    for ((generated, numerical), name) in gradient_and_differences(&lstm_problem(2, 64, 1))
        .iter()
        .zip(["main", "extra"])
    {
        let scale = generated.iter().fold(0.0f64, |m, g| m.max(g.abs()));
        for (i, (&g, &d)) in generated.iter().zip(numerical).enumerate() {
            assert!(
                (g - d).abs() <= 1e-8 * scale,
                "{name}[{i}]: {g:e} against {d:e}"
            );
            if g.abs() > 1e-6 {
                approx::assert_relative_eq!(g, d, max_relative = 1e-6);
            }
        }
    }
}

#[test]
fn the_hand_written_gradient_is_the_generated_one() {
    for (layers, chars, seed) in [(1, 3, 0), (2, 4, 7), (2, 64, 1), (4, 300, 2)] {
        let p = lstm_problem(layers, chars, seed);
        let (value, (d_main, d_extra)) = p.gradient();
        let (hand_value, (hand_main, hand_extra)) = p.hand_written_gradient();
        approx::assert_relative_eq!(value, hand_value, max_relative = 1e-14);
        assert_slices_close(&d_main, &hand_main, 1e-11, "main_params");
        assert_slices_close(&d_extra, &hand_extra, 1e-11, "extra_params");
    }
}
