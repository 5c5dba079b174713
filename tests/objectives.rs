//! The example objectives (`examples/common/objectives.rs`): their generated gradients against
//! central finite differences for every parameter, and against their hand-written gradients
//! (Rosenbrock's and the GMM's), the GMM's hand-written one also against finite differences.

// Shared with the examples and the benchmarks; these tests use part of it.
#[allow(dead_code)]
#[path = "../examples/common/objectives.rs"]
mod objectives;

mod common;

use common::{H, assert_slices_close, numerical_gradient_of_slice, rel_error};
use objectives::{
    gmm_objective, gmm_objective_grad, gmm_objective_hand_written, gmm_problem, rosenbrock,
    rosenbrock_grad, rosenbrock_hand_written,
};

#[test]
fn rosenbrock_gradient_matches_finite_differences_and_the_hand_written_one() {
    for x in [
        vec![-1.2, 1.0, 0.3, 0.8, -0.5],
        vec![0.1; 7],
        vec![2.0, -1.0],
    ] {
        let (value, gradient) = rosenbrock_grad(&x);
        assert_eq!(value, rosenbrock(&x));
        let (hand_value, hand_gradient) = rosenbrock_hand_written(&x);
        assert_eq!(value, hand_value);
        assert_slices_close(&gradient, &hand_gradient, 1e-12, "against hand-written");
        let numerical = numerical_gradient_of_slice(rosenbrock, &x);
        assert_slices_close(&gradient, &numerical, 1e-6, "rosenbrock");
    }
}

#[test]
fn gmm_gradient_matches_finite_differences_for_every_parameter() {
    let (d, k, n) = (3, 4, 5);
    let (alphas, means, icf, x) = gmm_problem(d, k, n);
    let (gamma, m) = (1.3, 2);
    let (value, (d_alphas, d_means, d_icf)) =
        gmm_objective_grad(&alphas, &means, &icf, &x, d, k, gamma, m);
    assert_eq!(
        value,
        gmm_objective(&alphas, &means, &icf, &x, d, k, gamma, m)
    );

    let numerical_alphas = numerical_gradient_of_slice(
        |a| gmm_objective(a, &means, &icf, &x, d, k, gamma, m),
        &alphas,
    );
    assert_slices_close(&d_alphas, &numerical_alphas, 1e-6, "alphas");
    let numerical_means = numerical_gradient_of_slice(
        |mu| gmm_objective(&alphas, mu, &icf, &x, d, k, gamma, m),
        &means,
    );
    assert_slices_close(&d_means, &numerical_means, 1e-6, "means");
    let numerical_icf = numerical_gradient_of_slice(
        |q| gmm_objective(&alphas, &means, q, &x, d, k, gamma, m),
        &icf,
    );
    assert_slices_close(&d_icf, &numerical_icf, 1e-6, "icf");
}

/// The GMM problems `(d, k, n, γ, m)` (sizes, then Wishart parameters) the hand-written
/// gradient is checked at: small, with more than one dimension and more than one component.
const GMM_HAND_WRITTEN_CASES: [(usize, usize, usize, f64, i32); 2] =
    [(3, 4, 5, 1.3, 2), (5, 3, 7, 0.8, 0)];

#[test]
fn gmm_hand_written_value_and_gradient_match_the_generated_ones() {
    for (d, k, n, gamma, m) in GMM_HAND_WRITTEN_CASES {
        let (alphas, means, icf, x) = gmm_problem(d, k, n);
        let value = gmm_objective(&alphas, &means, &icf, &x, d, k, gamma, m);
        let (_, (d_alphas, d_means, d_icf)) =
            gmm_objective_grad(&alphas, &means, &icf, &x, d, k, gamma, m);
        let (hand_value, (hand_alphas, hand_means, hand_icf)) =
            gmm_objective_hand_written(&alphas, &means, &icf, &x, d, k, gamma, m);
        assert!(
            (hand_value - value).abs() <= 1e-12 * value.abs(),
            "d = {d}, k = {k}, n = {n}: hand-written value {hand_value:e}, gmm_objective {value:e}"
        );
        let what = format!("d = {d}, k = {k}, n = {n}, hand-written against generated");
        assert_slices_close(&hand_alphas, &d_alphas, 1e-10, &format!("{what}, alphas"));
        assert_slices_close(&hand_means, &d_means, 1e-10, &format!("{what}, means"));
        assert_slices_close(&hand_icf, &d_icf, 1e-10, &format!("{what}, icf"));
    }
}

#[test]
fn gmm_hand_written_gradient_matches_finite_differences_at_a_few_entries() {
    // The central difference of `f` in the entry `j` of `v`, with step `H`.
    fn central_difference(f: impl Fn(&[f64]) -> f64, v: &[f64], j: usize) -> f64 {
        let (mut plus, mut minus) = (v.to_vec(), v.to_vec());
        plus[j] += H;
        minus[j] -= H;
        (f(&plus) - f(&minus)) / (2.0 * H)
    }
    for (d, k, n, gamma, m) in GMM_HAND_WRITTEN_CASES {
        let (alphas, means, icf, x) = gmm_problem(d, k, n);
        let icf_size = d * (d + 1) / 2;
        let (_, (hand_alphas, hand_means, hand_icf)) =
            gmm_objective_hand_written(&alphas, &means, &icf, &x, d, k, gamma, m);
        let check = |what: &str, analytic: f64, numerical: f64| {
            let error = rel_error(analytic, numerical);
            assert!(
                error < 1e-6,
                "d = {d}, k = {k}, n = {n}, {what}: hand-written {analytic:e}, \
                 finite differences {numerical:e}, relative error {error:e}"
            );
        };
        for j in [0, k / 2, k - 1] {
            let numerical = central_difference(
                |a| gmm_objective(a, &means, &icf, &x, d, k, gamma, m),
                &alphas,
                j,
            );
            check(&format!("alphas[{j}]"), hand_alphas[j], numerical);
        }
        for j in [0, d + 1, k * d - 1] {
            let numerical = central_difference(
                |mu| gmm_objective(&alphas, mu, &icf, &x, d, k, gamma, m),
                &means,
                j,
            );
            check(&format!("means[{j}]"), hand_means[j], numerical);
        }
        // A diagonal and an off-diagonal entry of the first component's factor, the last
        // diagonal entry of the second's, and the last off-diagonal entry of the last's.
        for j in [0, d, icf_size + d - 1, k * icf_size - 1] {
            let numerical = central_difference(
                |q| gmm_objective(&alphas, &means, q, &x, d, k, gamma, m),
                &icf,
                j,
            );
            check(&format!("icf[{j}]"), hand_icf[j], numerical);
        }
    }
}
