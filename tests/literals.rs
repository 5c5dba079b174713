//! Values written element by element and arrays joined along an axis, differentiated as written
//! (issue 12): ndarray's `array![..]` of differentiated scalars in one to three dimensions,
//! constants mixed in; Rust arrays `[a, b]`; `vec![a, b]` and `vec![x; n]` into
//! `Array1::from_vec`, `Array::from`, `Array::from_shape_vec(..).unwrap()`; `Array::from_elem`;
//! `concatenate` and `stack` under each import style, as functions and as ndarray's macros; and
//! `x.sin_cos().0`. Each gradient against central differences.

mod common;

use common::{TOL, assert_matches_fd, assert_matches_fd_f32};
use grad::check::assert_gradcheck;
use grad::runtime::ndarray::{self, Array, Array1, Array2, Axis, array, concatenate};

// ---------------------------------------------------------------------------------------------
// array![..]

/// The squared distance from `target` of `v` rotated by `theta`.
#[grad::differentiate]
fn rotation_error(theta: f64, v: &Array1<f64>, target: &Array1<f64>) -> f64 {
    let (s, c) = (theta.sin(), theta.cos());
    let rotation = array![[c, -s], [s, c]];
    let r = rotation.dot(v) - target;
    r.dot(&r)
}

#[test]
fn a_rotation_matrix_built_from_its_angle() {
    let v = array![0.8, -1.3];
    let target = array![0.1, 1.2];
    for theta in [0.3, -1.1, 2.5] {
        let (value, (dtheta, dv, _)) = rotation_error_grad(theta, &v, &target);
        assert_eq!(value, rotation_error(theta, &v, &target));
        let f = |[t]: [f64; 1]| rotation_error(t, &v, &target);
        assert_matches_fd(f, [theta], [dtheta], "rotation angle");
        assert_gradcheck(|v| rotation_error(theta, v, &target), &v, &dv, TOL);
    }
}

/// A linear model on features built from two scalars, with a bias feature and a constant
/// feature written as literals.
#[grad::differentiate(wrt(x, y))]
fn quadratic_model(x: f64, y: f64, weights: &Array1<f64>) -> f64 {
    let features = array![x, y, x * y, x * x, 1.0, std::f64::consts::PI];
    features.dot(weights).tanh()
}

#[test]
fn a_feature_vector_of_scalars_and_constants() {
    let weights = array![0.3, -0.5, 0.8, 0.1, -0.2, 0.05];
    for (x, y) in [(0.4, -0.7), (1.3, 0.2), (-0.9, 1.1)] {
        let (value, (dx, dy)) = quadratic_model_grad(x, y, &weights);
        assert_eq!(value, quadratic_model(x, y, &weights));
        let f = |[x, y]: [f64; 2]| quadratic_model(x, y, &weights);
        assert_matches_fd(f, [x, y], [dx, dy], "feature vector");
    }
}

/// The same model differentiated with respect to the weights too, once and in a loop over
/// points: the weights' cotangent of `array![..].dot(weights)` is made into an array only when
/// the weights are differentiated.
#[grad::differentiate]
fn quadratic_model_all(x: f64, y: f64, weights: &Array1<f64>) -> f64 {
    let features = array![x, y, x * y, x * x, 1.0, std::f64::consts::PI];
    features.dot(weights).tanh()
}

#[grad::differentiate(wrt(weights))]
fn quadratic_model_over_points(xs: &[f64], ys: &[f64], weights: &Array1<f64>) -> f64 {
    let mut total = 0.0;
    for i in 0..xs.len() {
        let (x, y) = (xs[i], ys[i]);
        let features = array![x, y, x * y, x * x, 1.0, std::f64::consts::PI];
        total += features.dot(weights).tanh();
    }
    total
}

#[test]
fn a_feature_vector_with_its_weights_differentiated() {
    let weights = array![0.3, -0.5, 0.8, 0.1, -0.2, 0.05];
    let (x, y) = (0.4, -0.7);
    let (value, (dx, dy, dweights)) = quadratic_model_all_grad(x, y, &weights);
    assert_eq!(value, quadratic_model(x, y, &weights));
    let f = |[x, y]: [f64; 2]| quadratic_model(x, y, &weights);
    assert_matches_fd(f, [x, y], [dx, dy], "feature vector");
    assert_gradcheck(|w| quadratic_model(x, y, w), &weights, &dweights, TOL);

    let (xs, ys) = ([0.4, 1.3, -0.9], [-0.7, 0.2, 1.1]);
    let (total, dweights) = quadratic_model_over_points_grad(&xs, &ys, &weights);
    let expected: f64 = (0..3)
        .map(|i| quadratic_model(xs[i], ys[i], &weights))
        .sum();
    approx::assert_relative_eq!(total, expected, max_relative = 1e-15);
    let f = |w: &Array1<f64>| quadratic_model_over_points(&xs, &ys, w);
    assert_gradcheck(f, &weights, &dweights, TOL);
}

/// An affine map written out as a 2×3 matrix with constants among its entries, and a 2×2×2
/// block, each under ndarray's full path.
#[grad::differentiate]
fn written_out(a: f64, b: f64) -> f64 {
    let m = ndarray::array![[a, 0.0, -b], [2.0, a * b, 1.5]];
    let block = ndarray::array![[[a, b], [1.0, a]], [[b.exp(), 0.5], [a - b, 3.0]]];
    let x = array![0.7, -1.2, 0.4];
    m.dot(&x).mapv(f64::sin).sum() + (&block * &block).sum()
}

#[test]
fn matrices_and_blocks_with_constant_entries() {
    for (a, b) in [(0.5, -0.3), (-1.2, 0.8)] {
        let (value, (da, db)) = written_out_grad(a, b);
        assert_eq!(value, written_out(a, b));
        let f = |[a, b]: [f64; 2]| written_out(a, b);
        assert_matches_fd(f, [a, b], [da, db], "written-out matrix");
    }
}

/// A literal of elements read from a parameter, by index.
#[grad::differentiate]
fn swapped(x: &Array1<f64>) -> f64 {
    let y = array![x[1], x[0] * x[2], x[2]];
    (&y * x).sum()
}

#[test]
fn a_literal_of_elements_of_a_parameter() {
    let x = array![0.3, -1.4, 2.2];
    let (value, dx) = swapped_grad(&x);
    assert_eq!(value, swapped(&x));
    assert_gradcheck(swapped, &x, &dx, TOL);
}

/// Written-out vectors multiplied by `dot`, each its only use (computed without the array, see
/// the macro's `rewrite/literal_dot.rs`): by a differentiated vector and by a differentiated
/// matrix; and one read twice, which stays an array.
#[grad::differentiate]
fn written_products(a: f64, b: f64, w: &Array1<f64>, m: &Array2<f64>) -> f64 {
    let v = array![a, a * b, 1.0];
    let u = array![b.sin(), a];
    let twice = array![a, b * b];
    v.dot(w) + 0.5 * u.dot(m).mapv(f64::tanh).sum() + twice.dot(&twice)
}

#[test]
fn written_out_vectors_in_products() {
    let w = array![0.4, -1.1, 0.7];
    let m = array![[0.3, -0.8, 1.2], [0.5, 0.1, -0.6]];
    for (a, b) in [(0.6, -0.4), (-1.3, 0.9)] {
        let (value, (da, db, dw, dm)) = written_products_grad(a, b, &w, &m);
        assert_eq!(value, written_products(a, b, &w, &m));
        let f = |[a, b]: [f64; 2]| written_products(a, b, &w, &m);
        assert_matches_fd(f, [a, b], [da, db], "written-out products");
        assert_gradcheck(|w| written_products(a, b, w, &m), &w, &dw, TOL);
        assert_gradcheck(|m| written_products(a, b, &w, m), &m, &dm, TOL);
    }
}

// ---------------------------------------------------------------------------------------------
// [..], vec![..], and the constructors that take them

/// A polynomial's coefficients gathered in a Rust array and a vector, evaluated by Horner's
/// rule, and the vector as an ndarray array.
#[grad::differentiate]
fn polynomial(c0: f64, c1: f64, c2: f64, t: f64) -> f64 {
    let coefficients = [c2, c1, c0];
    let mut value = 0.0;
    for c in &coefficients {
        value = value * t + c;
    }
    let powers = Array1::from_vec(vec![1.0, t, t * t]);
    let again = Array::from(vec![c0, c1, c2]);
    value + again.dot(&powers) + coefficients[0] * coefficients[2]
}

#[test]
fn coefficients_in_an_array_and_a_vector() {
    for point in [[0.5, -1.0, 2.0, 0.7], [1.5, 0.3, -0.4, -1.3]] {
        let [c0, c1, c2, t] = point;
        let (value, (d0, d1, d2, dt)) = polynomial_grad(c0, c1, c2, t);
        assert_eq!(value, polynomial(c0, c1, c2, t));
        let f = |[c0, c1, c2, t]: [f64; 4]| polynomial(c0, c1, c2, t);
        assert_matches_fd(f, point, [d0, d1, d2, dt], "polynomial");
    }
}

/// A 2×2 covariance from its Cholesky entries, `L Lᵀ`, by `from_shape_vec`; its log-det and
/// a quadratic form. Also `from_elem` and `vec![x; n]`.
#[grad::differentiate]
fn cholesky_objective(l11: f64, l21: f64, l22: f64, z: &Array1<f64>) -> f64 {
    let l = Array::from_shape_vec((2, 2), vec![l11, 0.0, l21, l22]).unwrap();
    let covariance = l.dot(&l.t());
    let shifted = Array2::from_shape_vec((2, 2), vec![l11, l21, l21, l22]).expect("2 × 2");
    let ridge = Array::from_elem(2, l22 * 0.1);
    let repeated = Array1::from(vec![l21; 3]);
    let log_det = 2.0 * (l11.ln() + l22.ln());
    log_det + covariance.dot(z).dot(z) + shifted.sum() + ridge.dot(z) + repeated.sum()
}

#[test]
fn a_covariance_from_its_cholesky_entries() {
    let z = array![0.4, -0.9];
    let point = [1.3, 0.4, 0.8];
    let [l11, l21, l22] = point;
    let (value, (d11, d21, d22, dz)) = cholesky_objective_grad(l11, l21, l22, &z);
    assert_eq!(value, cholesky_objective(l11, l21, l22, &z));
    let f = |[a, b, c]: [f64; 3]| cholesky_objective(a, b, c, &z);
    assert_matches_fd(f, point, [d11, d21, d22], "Cholesky entries");
    assert_gradcheck(|z| cholesky_objective(l11, l21, l22, z), &z, &dz, TOL);
}

/// Rows in a vector, `Array2::from(vec![[a, b], [c, d]])`, and a constant list of index pairs
/// (kept as written) walked by a loop.
#[grad::differentiate]
fn rows_and_pairs(a: f64, b: f64, c: f64, d: f64) -> f64 {
    let m = Array2::from(vec![[a, b], [c, d]]);
    let pairs = [(0, 1), (1, 0), (1, 1)];
    let mut s = 0.0;
    for (i, j) in pairs {
        s += m[[i, j]] * m[[j, i]];
    }
    s + m.dot(&array![1.0, -2.0]).sum()
}

#[test]
fn rows_in_a_vector_and_a_list_of_index_pairs() {
    let point = [0.5, -1.2, 0.8, 2.0];
    let [a, b, c, d] = point;
    let (value, (da, db, dc, dd)) = rows_and_pairs_grad(a, b, c, d);
    assert_eq!(value, rows_and_pairs(a, b, c, d));
    let f = |[a, b, c, d]: [f64; 4]| rows_and_pairs(a, b, c, d);
    assert_matches_fd(f, point, [da, db, dc, dd], "rows and pairs");
}

/// A buffer `vec![x; n]` written in a loop, and read by index.
#[grad::differentiate]
fn smoothed(x: f64, n: usize) -> f64 {
    let mut state = vec![x; n];
    for i in 1..n {
        state[i] = 0.5 * (state[i - 1] + state[i]).sin();
    }
    state[n - 1] * x
}

#[test]
fn a_buffer_filled_with_a_differentiated_value() {
    for x in [0.4, -1.7] {
        let (value, dx) = smoothed_grad(x, 5);
        assert_eq!(value, smoothed(x, 5));
        assert_matches_fd(|[x]: [f64; 1]| smoothed(x, 5), [x], [dx], "vec![x; n]");
    }
}

// ---------------------------------------------------------------------------------------------
// concatenate, stack

/// Two layers' outputs concatenated into one feature vector, read by a linear head.
#[grad::differentiate(wrt(w1, w2, head))]
fn two_towers(w1: &Array2<f64>, w2: &Array2<f64>, head: &Array1<f64>, x: &Array1<f64>) -> f64 {
    let h1 = w1.dot(x).mapv(f64::tanh);
    let h2 = w2.dot(x).mapv(|v| v.max(0.0));
    let h = concatenate(Axis(0), &[h1.view(), h2.view()]).unwrap();
    head.dot(&h)
}

#[test]
fn two_layer_outputs_concatenated() {
    let w1 = array![[0.3, -0.2, 0.5], [0.1, 0.4, -0.6]];
    let w2 = array![[-0.4, 0.2, 0.3], [0.7, -0.1, 0.2], [0.05, 0.3, -0.25]];
    let head = array![0.5, -1.0, 0.8, 0.3, -0.6];
    let x = array![1.0, -0.5, 2.0];
    let (value, (dw1, dw2, dhead)) = two_towers_grad(&w1, &w2, &head, &x);
    assert_eq!(value, two_towers(&w1, &w2, &head, &x));
    assert_gradcheck(|w| two_towers(w, &w2, &head, &x), &w1, &dw1, TOL);
    assert_gradcheck(|w| two_towers(&w1, w, &head, &x), &w2, &dw2, TOL);
    assert_gradcheck(|h| two_towers(&w1, &w2, h, &x), &head, &dhead, TOL);
}

/// A residual block whose output is concatenated with its input (data, not differentiated),
/// along the columns of a batch, with `ndarray::concatenate` by its path and `.expect`.
#[grad::differentiate(wrt(w))]
fn dense_skip(w: &Array2<f64>, x: &Array2<f64>) -> f64 {
    let h = x.dot(w).mapv(f64::tanh);
    let joined = ndarray::concatenate(Axis(1), &[h.view(), x.view()]).expect("one batch");
    (&joined * &joined).sum()
}

#[test]
fn an_output_concatenated_with_its_data_input() {
    let w = array![[0.3, -0.7], [0.2, 0.5], [-0.4, 0.1]];
    let x = array![[1.0, 0.5, -0.3], [0.2, -1.1, 0.8]];
    let (value, dw) = dense_skip_grad(&w, &x);
    assert_eq!(value, dense_skip(&w, &x));
    assert_gradcheck(|w| dense_skip(w, &x), &w, &dw, TOL);
}

/// Rows stacked into a matrix by `stack` (imported with `use`), and the same joined by
/// ndarray's macros `concatenate!` and `stack!`.
#[grad::differentiate]
fn stacked(a: &Array1<f64>, b: &Array1<f64>) -> f64 {
    use grad::runtime::ndarray::stack;
    let m = stack(Axis(0), &[a.view(), b.view(), a.view()]).unwrap();
    let (scaled, shifted) = (a * 2.0, b + 1.0);
    let long = ndarray::concatenate![Axis(0), scaled, shifted];
    let columns = ndarray::stack![Axis(1), a.view(), b.mapv(f64::exp)];
    let weights = array![[1.0, -2.0], [0.5, 0.25], [3.0, -1.0]];
    // `columns` is column-major: its map is pulled back element by element all the same.
    let waves = columns.mapv(|v| (2.0 * v).sin()).sum();
    (&m * &m).sum() + long.mapv(f64::sin).sum() + (&columns * &weights).sum() + waves
}

#[test]
fn rows_stacked_into_a_matrix() {
    let a = array![0.3, -0.8, 1.2];
    let b = array![0.5, 0.1, -0.4];
    let (value, (da, db)) = stacked_grad(&a, &b);
    assert_eq!(value, stacked(&a, &b));
    assert_gradcheck(|a| stacked(a, &b), &a, &da, TOL);
    assert_gradcheck(|b| stacked(&a, b), &b, &db, TOL);
}

// ---------------------------------------------------------------------------------------------
// x.sin_cos().0, f32

/// A point on the unit circle, each coordinate read from `sin_cos` by position.
#[grad::differentiate]
fn on_the_circle(theta: f64, x: f64, y: f64) -> f64 {
    let dx = x - theta.sin_cos().1;
    let dy = y - (theta * 1.0).sin_cos().0;
    dx * dx + dy * dy
}

#[test]
fn elements_of_a_tuple_returned_by_a_method() {
    for point in [[0.4, 1.0, 0.2], [-2.1, -0.3, 0.9]] {
        let [t, x, y] = point;
        let (value, (dt, dx, dy)) = on_the_circle_grad(t, x, y);
        assert_eq!(value, on_the_circle(t, x, y));
        let f = |[t, x, y]: [f64; 3]| on_the_circle(t, x, y);
        assert_matches_fd(f, point, [dt, dx, dy], "sin_cos().0");
    }
}

/// The rotation of [`rotation_error`] in `f32`, with a vector literal of constants.
#[grad::differentiate]
fn rotation_error_f32(theta: f32, v: &Array1<f32>) -> f32 {
    let (s, c) = (theta.sin(), theta.cos());
    let rotation = array![[c, -s], [s, c]];
    let r = rotation.dot(v) - array![0.1_f32, 1.2];
    r.dot(&r)
}

#[test]
fn literals_in_f32() {
    let v = array![0.8_f32, -1.3];
    for theta in [0.3_f32, -1.1] {
        let (value, (dtheta, dv)) = rotation_error_f32_grad(theta, &v);
        assert_eq!(value, rotation_error_f32(theta, &v));
        let f = |[t]: [f32; 1]| rotation_error_f32(t, &v);
        assert_matches_fd_f32(f, [theta], [dtheta], "f32 rotation angle");
        let g = |[a, b]: [f32; 2]| rotation_error_f32(theta, &array![a, b]);
        assert_matches_fd_f32(g, [v[0], v[1]], [dv[0], dv[1]], "f32 rotated vector");
    }
}
