//! The example objectives (`examples/common/objectives.rs`): their generated gradients against
//! central finite differences for every parameter, and Rosenbrock's against its hand-written
//! gradient.

// Shared with the examples and the benchmarks; these tests use part of it.
#[allow(dead_code)]
#[path = "../examples/common/objectives.rs"]
mod objectives;

mod common;

use common::{assert_slices_close, numerical_gradient_of_slice};
use objectives::{
    gmm_objective, gmm_objective_grad, gmm_problem, rosenbrock, rosenbrock_grad,
    rosenbrock_hand_written,
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
