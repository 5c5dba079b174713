//! `grad::argmin` (feature `argmin`): the adapter's cost, gradient and Hessians against the
//! functions, the closed-form Hessian and central differences; Rosenbrock minimised through it by
//! L-BFGS, trust-region Newton-CG and argmin's line-search Newton-CG; and the example
//! `rosenbrock_argmin`'s solvers in ten dimensions.
//!
//! `cargo test --features argmin --test argmin`
//!
//! The Hessian-vector products are the generated `rosenbrock_hvp` (forward over reverse).

// The example's solvers, as it runs them, and the shared objectives it brings with it.
#[allow(dead_code)]
#[path = "../examples/rosenbrock_argmin.rs"]
mod example;

mod common;

use approx::assert_relative_eq;
use grad::argmin::Objective;
use grad::argmin::core::{CostFunction, Executor, Gradient, Hessian, State};
use grad::argmin::solver::linesearch::MoreThuenteLineSearch;
use grad::argmin::solver::newton::NewtonCG;
use grad::argmin::solver::quasinewton::LBFGS;
use grad::argmin::solver::trustregion::{Steihaug, TrustRegion};
use ndarray::{Array1, Array2};

use common::H;
use example::objectives::{
    rosenbrock, rosenbrock_grad, rosenbrock_hessian_closed_form, rosenbrock_hvp,
};

/// Asserts that every coordinate of `x` is within `tol` of 1, Rosenbrock's minimiser.
#[track_caller]
fn assert_at_the_minimum(x: &[f64], tol: f64) {
    let worst = x.iter().map(|x| (x - 1.0).abs()).fold(0.0, f64::max);
    assert!(worst < tol, "max |x_i - 1| = {worst:e} >= {tol:e}: {x:?}");
}

fn rows_to_array2(rows: Vec<Vec<f64>>) -> Array2<f64> {
    let n = rows.len();
    Array2::from_shape_vec((n, n), rows.concat()).unwrap()
}

#[test]
fn the_objective_gives_the_functions_values_gradients_and_hessians() {
    let x = vec![-1.2, 1.0, 0.3, 0.8, -0.5];
    let v = vec![0.3, -0.7, 1.1, 0.2, -0.4];
    let problem = Objective::new(rosenbrock, rosenbrock_grad).with_hessian_vector(rosenbrock_hvp);
    assert_eq!(problem.cost(&x).unwrap(), rosenbrock(&x));
    assert_eq!(problem.gradient(&x).unwrap(), rosenbrock_grad(&x).1);

    let product = problem.hessian(&x).unwrap();
    assert_eq!(product.point(), &x[..]);
    let closed_form = rows_to_array2(rosenbrock_hessian_closed_form(&x));
    assert_relative_eq!(
        Array1::from(product.apply(&v)),
        closed_form.dot(&Array1::from(v.clone())),
        max_relative = 1e-12
    );

    let dense = Objective::new(rosenbrock, rosenbrock_grad)
        .with_dense_hessian(rosenbrock_hvp)
        .hessian(&x)
        .unwrap();
    let dense = rows_to_array2(dense);
    assert_relative_eq!(dense, closed_form, max_relative = 1e-12);
    // Column j against (∇f(x + h eⱼ) - ∇f(x - h eⱼ)) / 2h.
    for j in 0..x.len() {
        let (mut plus, mut minus) = (x.clone(), x.clone());
        plus[j] += H;
        minus[j] -= H;
        let difference = (Array1::from(rosenbrock_grad(&plus).1)
            - Array1::from(rosenbrock_grad(&minus).1))
            / (2.0 * H);
        assert_relative_eq!(
            dense.column(j),
            difference,
            max_relative = 1e-6,
            epsilon = 1e-6
        );
    }
}

#[test]
fn lbfgs_minimises_rosenbrock_in_two_dimensions() {
    let solver = LBFGS::new(MoreThuenteLineSearch::new(), 7)
        .with_tolerance_grad(1e-10)
        .unwrap();
    let result = Executor::new(Objective::new(rosenbrock, rosenbrock_grad), solver)
        .configure(|state| state.param(vec![-1.2, 1.0]).max_iters(200))
        .run()
        .unwrap();
    let state = result.state();
    assert!(state.get_iter() < 200, "{} iterations", state.get_iter());
    assert_at_the_minimum(state.get_best_param().unwrap(), 1e-6);
    assert!(
        state.get_best_cost() < 1e-12,
        "cost {:e}",
        state.get_best_cost()
    );
}

#[test]
fn trust_region_newton_cg_minimises_rosenbrock_in_two_dimensions() {
    let problem = Objective::new(rosenbrock, rosenbrock_grad).with_hessian_vector(rosenbrock_hvp);
    let solver = TrustRegion::new(Steihaug::new().with_max_iters(4));
    let result = Executor::new(problem, solver)
        .configure(|state| {
            state
                .param(vec![-1.2, 1.0])
                .max_iters(200)
                .target_cost(1e-20)
        })
        .run()
        .unwrap();
    let state = result.state();
    assert!(state.get_iter() < 100, "{} iterations", state.get_iter());
    assert_at_the_minimum(state.get_best_param().unwrap(), 1e-6);
}

#[test]
fn newton_cg_takes_the_same_steps_with_products_as_with_the_dense_hessian() {
    // What the solver does with `v ↦ H v` it does with the matrix: the adapter's products are
    // the Hessian, step for step (to rounding: the dense Hessian is symmetrised, and thirty
    // Newton steps carry the last-bit differences of the products to about 1e-9).
    let x0 = vec![-1.2, 1.0, 0.5];
    let problem = Objective::new(rosenbrock, rosenbrock_grad);
    let with_products = |steps| {
        let problem = problem.clone().with_hessian_vector(rosenbrock_hvp);
        let solver = NewtonCG::new(MoreThuenteLineSearch::new());
        let result = Executor::new(problem, solver)
            .configure(|state| state.param(x0.clone()).max_iters(steps))
            .run()
            .unwrap();
        result.state().get_param().unwrap().clone()
    };
    let with_matrix = |steps| {
        let problem = problem.clone().with_dense_hessian(rosenbrock_hvp);
        let solver = NewtonCG::new(MoreThuenteLineSearch::new());
        let result = Executor::new(problem, solver)
            .configure(|state| state.param(x0.clone()).max_iters(steps))
            .run()
            .unwrap();
        result.state().get_param().unwrap().clone()
    };
    for steps in [1, 5, 30] {
        let (products, dense) = (with_products(steps), with_matrix(steps));
        assert_relative_eq!(
            Array1::from(products),
            Array1::from(dense),
            max_relative = 1e-7
        );
    }
}

#[test]
fn line_search_newton_cg_reaches_the_minimum_slowly() {
    // argmin 0.11's Newton-CG stops its inner CG loop on the squared residual, which near the
    // minimum is a single CG step: it converges, linearly, in thousands of iterations (see the
    // example's documentation). It stops when the cost changes by less than f64::EPSILON,
    // about 1e-6 from the minimiser.
    let problem = Objective::new(rosenbrock, rosenbrock_grad).with_hessian_vector(rosenbrock_hvp);
    let result = Executor::new(problem, NewtonCG::new(MoreThuenteLineSearch::new()))
        .configure(|state| state.param(vec![-1.2, 1.0]).max_iters(30_000))
        .run()
        .unwrap();
    let state = result.state();
    assert!(state.get_iter() < 30_000, "{} iterations", state.get_iter());
    assert_at_the_minimum(state.get_best_param().unwrap(), 1e-5);
}

#[test]
fn the_example_minimises_rosenbrock_in_ten_dimensions() {
    let x0 = vec![0.0; 10];
    let lbfgs = example::lbfgs(x0.clone(), 1000, false).unwrap();
    assert_at_the_minimum(&lbfgs.solution, 1e-6);
    let trust = example::trust_ncg(x0, 1000, false).unwrap();
    assert_at_the_minimum(&trust.solution, 1e-6);
    assert!(trust.iterations < 100, "{} iterations", trust.iterations);
    assert!(trust.cost < 1e-20, "cost {:e}", trust.cost);
}
