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

/// The gradient of [`gmm_objective`] with respect to `alphas`, `means` and `icf`, in that order
/// (what `gmm_objective_grad` returns with the value).
pub type GmmGradient = (Vec<f64>, Vec<f64>, Vec<f64>);

/// [`gmm_objective`]'s value and gradient with respect to `alphas`, `means` and `icf` written
/// by hand, in the style of ADBench's manual C++ gradient: what `gmm_objective_grad` competes
/// with. The loops run in the forward pass's order (points, then components `c`, then rows `r`,
/// then columns `col < r` through [`lower_triangle_index`]), so that a comparison measures the
/// differentiation and not another memory layout.
///
/// With `Q_c` as in [`gmm_objective`] (diagonal `exp(q_cr)`, `q_cr = icf[c][r]`, entries `L_c`
/// below it), `y_ic = x_i - μ_c`, `z_ic = Q_c y_ic` and
/// `t_ic = α_c + Σ_r q_cr - ½ |z_ic|²`, the terms and their derivatives are:
///
/// - `Σ_i logsumexp_c(t_ic)`: with the softmax weights `w_ic = exp(t_ic) / Σ_c' exp(t_ic')`,
///   `∂/∂t_ic = w_ic`, and `∂t_ic/∂α_c = 1`, `∂t_ic/∂μ_c = Q_cᵀ z_ic`,
///   `∂t_ic/∂q_cr = 1 - z_ic[r] exp(q_cr) y_ic[r]`, `∂t_ic/∂L_c[r][col] = -z_ic[r] y_ic[col]`;
/// - `-n logsumexp(α)`: `∂/∂α_c = -n exp(α_c) / Σ_c' exp(α_c')`;
/// - the prior `Σ_c ½ γ² (Σ_r exp(2 q_cr) + Σ L_c²) - m Σ_r q_cr`:
///   `∂/∂q_cr = γ² exp(2 q_cr) - m`, `∂/∂L_c[r][col] = γ² L_c[r][col]`;
/// - the constants: none.
///
/// It computes `exp(q_cr)` for every point and component, where the forward pass does (ADBench's
/// manual gradient computes it once a call, `Qdiags`: a change to the function, which would
/// save the forward pass as much), and, for each point, keeps `y_ic` and `z_ic` of every component (two `k x d`
/// buffers, reused by every point) and the `k` terms `t_ic`, which become `exp(t_ic - max)` in
/// the log-sum-exp and then the weights. The adjoint pass then runs over `c`, `r`, `col` again
/// and adds `w_ic` times the partials above into the gradients of `means` and `icf` (their
/// factor `w_ic z_ic[r]` once a row); the `1` of `∂t_ic/∂q_cr` is added once at the end, as
/// `Σ_i w_ic` (the same sum as the `alphas`' gradient of the first term). Nothing is allocated
/// per point.
#[allow(clippy::too_many_arguments)]
pub fn gmm_objective_hand_written(
    alphas: &[f64],
    means: &[f64],
    icf: &[f64],
    x: &[f64],
    d: usize,
    k: usize,
    wishart_gamma: f64,
    wishart_m: i32,
) -> (f64, GmmGradient) {
    let n = x.len() / d;
    let icf_size = d * (d + 1) / 2;

    let mut d_alphas = vec![0.0; k];
    let mut d_means = vec![0.0; k * d];
    let mut d_icf = vec![0.0; k * icf_size];

    // The sums of the logs of the Q_c's diagonals; the diagonals themselves for the prior (the
    // points overwrite them with the same values).
    let mut diagonals = vec![0.0; k * d];
    let mut sum_qs = vec![0.0; k];
    for c in 0..k {
        let mut log_det = 0.0;
        for r in 0..d {
            log_det += icf[c * icf_size + r];
            diagonals[c * d + r] = icf[c * icf_size + r].exp();
        }
        sum_qs[c] = log_det;
    }

    // Buffers of one point, reused by every point: y = x_i - μ_c, z = Q_c y, the terms t_c.
    let mut centred = vec![0.0; k * d];
    let mut qx = vec![0.0; k * d];
    let mut main_term = vec![0.0; k];
    let mut slse = 0.0;
    for i in 0..n {
        let point = &x[i * d..(i + 1) * d];
        for c in 0..k {
            let y = &mut centred[c * d..(c + 1) * d];
            for (y_r, (&x_r, &mu_r)) in y.iter_mut().zip(point.iter().zip(&means[c * d..])) {
                *y_r = x_r - mu_r;
            }
            let q = &icf[c * icf_size..(c + 1) * icf_size];
            let mut squared_norm = 0.0;
            for r in 0..d {
                let mut z = 0.0;
                for col in 0..r {
                    z += q[d + lower_triangle_index(d, r, col)] * y[col];
                }
                // exp(q_cr) for every point, as the forward pass computes it: hoisting it out of
                // the loop over points would save the forward pass and every gradient as much.
                let diagonal = q[r].exp();
                diagonals[c * d + r] = diagonal;
                z += diagonal * y[r];
                qx[c * d + r] = z;
                squared_norm += z * z;
            }
            main_term[c] = alphas[c] + sum_qs[c] - 0.5 * squared_norm;
        }

        // logsumexp_c(t_c), keeping exp(t_c - max) to make the weights of.
        let mut largest = main_term[0];
        for &term in main_term.iter() {
            if term > largest {
                largest = term;
            }
        }
        let mut sum_exp = 0.0;
        for term in main_term.iter_mut() {
            *term = (*term - largest).exp();
            sum_exp += *term;
        }
        slse += largest + sum_exp.ln();

        // The adjoint pass: w_c z_r times the partials of t_c.
        for c in 0..k {
            let weight = main_term[c] / sum_exp;
            d_alphas[c] += weight;
            let y = &centred[c * d..(c + 1) * d];
            let q = &icf[c * icf_size..(c + 1) * icf_size];
            let d_q = &mut d_icf[c * icf_size..(c + 1) * icf_size];
            let d_mu = &mut d_means[c * d..(c + 1) * d];
            for r in 0..d {
                let g = weight * qx[c * d + r];
                for col in 0..r {
                    let e = d + lower_triangle_index(d, r, col);
                    d_q[e] -= g * y[col];
                    d_mu[col] += g * q[e];
                }
                let diagonal = diagonals[c * d + r];
                d_q[r] -= g * diagonal * y[r];
                d_mu[r] += g * diagonal;
            }
        }
    }

    // -n logsumexp(α).
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

    // The prior, and with it the 1 of ∂t_ic/∂q_cr summed over the points (Σ_i w_ic, which
    // d_alphas holds until the line after).
    let gamma_squared = wishart_gamma * wishart_gamma;
    let mut prior = 0.0;
    for c in 0..k {
        let weights = d_alphas[c];
        d_alphas[c] = weights - n as f64 * (alphas[c] - largest_alpha).exp() / sum_exp_alpha;
        let mut frobenius = 0.0;
        for r in 0..d {
            let diagonal = diagonals[c * d + r];
            frobenius += diagonal * diagonal;
            d_icf[c * icf_size + r] +=
                weights + gamma_squared * diagonal * diagonal - wishart_m as f64;
        }
        for e in d..icf_size {
            let entry = icf[c * icf_size + e];
            frobenius += entry * entry;
            d_icf[c * icf_size + e] += gamma_squared * entry;
        }
        prior += 0.5 * wishart_gamma * wishart_gamma * frobenius - wishart_m as f64 * sum_qs[c];
    }
    let dof = d as i32 + wishart_m + 1;
    let prior_constant = (dof as f64) * (d as f64) * (wishart_gamma.ln() - 0.5 * 2f64.ln())
        - log_gamma_distribution(0.5 * dof as f64, d);
    let constant = -(n as f64) * (d as f64) * 0.5 * (2.0 * PI).ln();

    let value = constant + slse - n as f64 * lse_alphas + prior - k as f64 * prior_constant;
    (value, (d_alphas, d_means, d_icf))
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
