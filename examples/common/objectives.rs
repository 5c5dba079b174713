//! Two real objectives written as plain loops over slices, shared by the examples, the tests
//! and the benchmarks: the n-dimensional Rosenbrock function and ADBench's Gaussian mixture
//! model objective.

use std::f64::consts::PI;

/// The n-dimensional Rosenbrock function, `Σ_i (1 - x_i)² + 100 (x_{i+1} - x_i²)²`.
#[grad::differentiate]
pub fn rosenbrock(x: &[f64]) -> f64 {
    let mut sum = 0.0;
    for i in 0..x.len() - 1 {
        let a = 1.0 - x[i];
        let b = x[i + 1] - x[i] * x[i];
        sum += a * a + 100.0 * b * b;
    }
    sum
}

/// Rosenbrock's value and gradient written by hand, one pass: what `rosenbrock_grad` competes
/// with.
pub fn rosenbrock_hand_written(x: &[f64]) -> (f64, Vec<f64>) {
    let mut gradient = vec![0.0; x.len()];
    let mut sum = 0.0;
    for i in 0..x.len() - 1 {
        let a = 1.0 - x[i];
        let b = x[i + 1] - x[i] * x[i];
        sum += a * a + 100.0 * b * b;
        gradient[i] += -2.0 * a - 400.0 * b * x[i];
        gradient[i + 1] += 200.0 * b;
    }
    (sum, gradient)
}

/// Rosenbrock's value and directional derivative `∇f(x) · t` written by hand, one pass: what
/// the generated `rosenbrock_jvp` competes with (`benches/forward.rs`).
pub fn rosenbrock_jvp_hand_written(x: &[f64], t: &[f64]) -> (f64, f64) {
    let (mut sum, mut tangent) = (0.0, 0.0);
    for i in 0..x.len() - 1 {
        let a = 1.0 - x[i];
        let b = x[i + 1] - x[i] * x[i];
        let (a_dot, b_dot) = (-t[i], t[i + 1] - 2.0 * x[i] * t[i]);
        sum += a * a + 100.0 * b * b;
        tangent += 2.0 * a * a_dot + 200.0 * b * b_dot;
    }
    (sum, tangent)
}

/// Rosenbrock's value, gradient and Hessian-vector product `H(x) v` written by hand, forward
/// over reverse: the gradient's terms of [`rosenbrock_hand_written`] and their directional
/// derivatives along `v`, in one pass. What the generated `rosenbrock_hvp` competes with
/// (`benches/forward.rs`).
pub fn rosenbrock_hvp_hand_written(x: &[f64], v: &[f64]) -> (f64, Vec<f64>, Vec<f64>) {
    let mut gradient = vec![0.0; x.len()];
    let mut hv = vec![0.0; x.len()];
    let mut sum = 0.0;
    for i in 0..x.len() - 1 {
        let a = 1.0 - x[i];
        let b = x[i + 1] - x[i] * x[i];
        let (a_dot, b_dot) = (-v[i], v[i + 1] - 2.0 * x[i] * v[i]);
        sum += a * a + 100.0 * b * b;
        gradient[i] += -2.0 * a - 400.0 * b * x[i];
        gradient[i + 1] += 200.0 * b;
        hv[i] += -2.0 * a_dot - 400.0 * (b_dot * x[i] + b * v[i]);
        hv[i + 1] += 200.0 * b_dot;
    }
    (sum, gradient, hv)
}

/// Rosenbrock's Hessian in closed form, row by row: tridiagonal, with
/// `H[i][i] = 2 + 1200 xᵢ² - 400 xᵢ₊₁` (for `i < n - 1`) `+ 200` (for `i > 0`) and
/// `H[i][i+1] = H[i+1][i] = -400 xᵢ`.
pub fn rosenbrock_hessian_closed_form(x: &[f64]) -> Vec<Vec<f64>> {
    let n = x.len();
    let mut h = vec![vec![0.0; n]; n];
    for i in 0..n - 1 {
        h[i][i] += 2.0 + 1200.0 * x[i] * x[i] - 400.0 * x[i + 1];
        h[i + 1][i + 1] += 200.0;
        h[i][i + 1] = -400.0 * x[i];
        h[i + 1][i] = -400.0 * x[i];
    }
    h
}

/// The position of the strictly lower triangular entry `(row, col)`, `row > col`, of a `d x d`
/// matrix stored column by column (ADBench's layout of the Cholesky factors' off-diagonal part).
pub fn lower_triangle_index(d: usize, row: usize, col: usize) -> usize {
    col * (2 * d - col - 1) / 2 + (row - col - 1)
}

/// `ln Γ_p(a)`, the log of the multivariate gamma function (a constant of the Wishart prior).
pub fn log_gamma_distribution(a: f64, p: usize) -> f64 {
    let mut out = 0.25 * (p * (p - 1)) as f64 * PI.ln();
    for j in 1..=p {
        out += libm::lgamma(a + 0.5 * (1.0 - j as f64));
    }
    out
}

/// ADBench's Gaussian mixture model objective for `n` points `x` (row-major, `n x d`) and `k`
/// Gaussian components with a Wishart prior on their precision matrices, as ADBench defines it:
///
/// `Σ_i logsumexp_k(α_k + Σ log diag Q_k - ½ |Q_k (x_i - μ_k)|²) - n logsumexp(α)
///  + Σ_k (½ γ² |Q_k|²_F - m Σ log diag Q_k) + constants`,
///
/// where `Q_k` is lower triangular with diagonal `exp(icf[k][..d])` and the entries
/// `icf[k][d..]` below it (column by column). `alphas` has `k` entries, `means` `k x d`, `icf`
/// `k x d(d+1)/2`. Only `alphas`, `means` and `icf` are differentiated.
#[grad::differentiate(wrt(alphas, means, icf), pure(lower_triangle_index))]
#[allow(clippy::too_many_arguments)]
pub fn gmm_objective(
    alphas: &[f64],
    means: &[f64],
    icf: &[f64],
    x: &[f64],
    d: usize,
    k: usize,
    wishart_gamma: f64,
    wishart_m: i32,
) -> f64 {
    let n = x.len() / d;
    let icf_size = d * (d + 1) / 2;

    let mut sum_qs = vec![0.0; k];
    for c in 0..k {
        let mut log_det = 0.0;
        for r in 0..d {
            log_det += icf[c * icf_size + r];
        }
        sum_qs[c] = log_det;
    }

    let mut slse = 0.0;
    for i in 0..n {
        let mut main_term = vec![0.0; k];
        for c in 0..k {
            let mut squared_norm = 0.0;
            for r in 0..d {
                let mut qx = 0.0;
                for col in 0..r {
                    let entry = icf[c * icf_size + d + lower_triangle_index(d, r, col)];
                    qx += entry * (x[i * d + col] - means[c * d + col]);
                }
                qx += icf[c * icf_size + r].exp() * (x[i * d + r] - means[c * d + r]);
                squared_norm += qx * qx;
            }
            main_term[c] = alphas[c] + sum_qs[c] - 0.5 * squared_norm;
        }
        let mut largest = main_term[0];
        for &term in main_term.iter() {
            if term > largest {
                largest = term;
            }
        }
        let mut sum_exp = 0.0;
        for &term in main_term.iter() {
            sum_exp += (term - largest).exp();
        }
        slse += largest + sum_exp.ln();
    }

    let mut largest_alpha = alphas[0];
    for &alpha in alphas.iter() {
        if alpha > largest_alpha {
            largest_alpha = alpha;
        }
    }
    let mut sum_exp_alpha = 0.0;
    for &alpha in alphas.iter() {
        sum_exp_alpha += (alpha - largest_alpha).exp();
    }
    let lse_alphas = largest_alpha + sum_exp_alpha.ln();

    let mut prior = 0.0;
    for c in 0..k {
        let mut frobenius = 0.0;
        for r in 0..d {
            let diagonal = icf[c * icf_size + r].exp();
            frobenius += diagonal * diagonal;
        }
        for e in d..icf_size {
            frobenius += icf[c * icf_size + e] * icf[c * icf_size + e];
        }
        prior += 0.5 * wishart_gamma * wishart_gamma * frobenius - wishart_m as f64 * sum_qs[c];
    }
    let dof = d as i32 + wishart_m + 1;
    let prior_constant = (dof as f64) * (d as f64) * (wishart_gamma.ln() - 0.5 * 2f64.ln())
        - log_gamma_distribution(0.5 * dof as f64, d);
    let constant = -(n as f64) * (d as f64) * 0.5 * (2.0 * PI).ln();

    constant + slse - n as f64 * lse_alphas + prior - k as f64 * prior_constant
}

/// A deterministic GMM problem of the given size (ADBench's inputs are random; any smooth
/// pseudo-random values serve to measure and to check): `(alphas, means, icf, x)`.
pub fn gmm_problem(d: usize, k: usize, n: usize) -> (Vec<f64>, Vec<f64>, Vec<f64>, Vec<f64>) {
    let wave = |i: usize, scale: f64| ((i as f64) * 0.7548776662 + 0.3).sin() * scale;
    let alphas = (0..k).map(|i| wave(i, 1.0)).collect();
    let means = (0..k * d).map(|i| wave(i + 1000, 1.0)).collect();
    let icf = (0..k * d * (d + 1) / 2)
        .map(|i| wave(i + 2000, 0.5))
        .collect();
    let x = (0..n * d).map(|i| wave(i + 3000, 1.5)).collect();
    (alphas, means, icf, x)
}
