//! Iterator chains and closures, differentiated as written (issue 12): `x.iter().sum()`,
//! `.product()`, `.map(..).sum()`, `.zip(..)`, `.enumerate()`, `.filter(..)`, `.fold(..)`,
//! `rev`/`skip`/`take`/`step_by`, `for` loops over such chains, closures called by name or in
//! place, capturing values differentiated or not. Every gradient is checked against central
//! differences of the function itself.

mod common;

use common::{TOL, max_rel_error};
use grad::runtime::ndarray::{Array1, Array2, array};

/// Central differences of a function of a slice.
fn numerical(f: impl Fn(&[f64]) -> f64, x: &[f64]) -> Vec<f64> {
    (0..x.len())
        .map(|i| {
            let (mut plus, mut minus) = (x.to_vec(), x.to_vec());
            plus[i] += common::H;
            minus[i] -= common::H;
            (f(&plus) - f(&minus)) / (2.0 * common::H)
        })
        .collect()
}

#[track_caller]
fn assert_gradient(f: impl Fn(&[f64]) -> f64, x: &[f64], gradient: &[f64], what: &str) {
    let numeric = numerical(f, x);
    let error = max_rel_error(gradient, &numeric);
    assert!(
        error < TOL,
        "{what}: gradient {gradient:?} against central differences {numeric:?} (relative error {error:e})"
    );
}

const POINTS: [[f64; 4]; 3] = [
    [1.0, -2.0, 0.5, 3.0],
    [0.3, 0.7, -1.1, 2.2],
    [-0.4, 1.9, 0.8, -0.6],
];

#[grad::differentiate]
fn sums_and_products(x: &[f64], w: f64) -> f64 {
    x.iter().map(|v| v * w).sum::<f64>() + x.iter().sum::<f64>() * 0.5 - x.iter().product::<f64>()
}

#[test]
fn sum_product_and_map() {
    for x in POINTS {
        let w = 0.7;
        let (value, (dx, dw)) = sums_and_products_grad(&x, w);
        assert_eq!(value, sums_and_products(&x, w));
        assert_gradient(|x| sums_and_products(x, w), &x, &dx, "d/dx");
        let numeric_w = numerical(|w| sums_and_products(&x, w[0]), &[w]);
        assert!(
            max_rel_error(&[dw], &numeric_w) < TOL,
            "d/dw {dw} vs {numeric_w:?}"
        );
    }
}

#[grad::differentiate]
fn dot_by_zip(x: &[f64], y: &[f64]) -> f64 {
    let dot: f64 = x.iter().zip(y.iter()).map(|(a, b)| a * b).sum();
    let shifted: f64 = x.iter().skip(1).zip(y).map(|(a, &b)| a * b.sin()).sum();
    dot + shifted
}

#[test]
fn zip_with_references_and_skip() {
    let y = [0.5, -1.5, 2.0, 0.25];
    for x in POINTS {
        let (value, (dx, dy)) = dot_by_zip_grad(&x, &y);
        assert_eq!(value, dot_by_zip(&x, &y));
        assert_gradient(|x| dot_by_zip(x, &y), &x, &dx, "d/dx");
        assert_gradient(|y| dot_by_zip(&x, y), &y, &dy, "d/dy");
    }
}

#[grad::differentiate]
fn positions(x: &[f64]) -> f64 {
    let weighted: f64 = x
        .iter()
        .enumerate()
        .map(|(i, v)| v * (i as f64 + 1.0))
        .sum();
    let by_index: f64 = (0..x.len()).map(|i| x[i] * x[x.len() - 1 - i]).sum();
    let reversed: f64 = x.iter().rev().take(2).map(|v| v.exp()).sum();
    let stepped: f64 = x.iter().step_by(2).copied().map(f64::tanh).sum();
    weighted + by_index + reversed + stepped
}

#[test]
fn enumerate_ranges_rev_take_step_by_and_functions_by_path() {
    for x in POINTS {
        let (value, dx) = positions_grad(&x);
        assert_eq!(value, positions(&x));
        assert_gradient(positions, &x, &dx, "positions");
    }
}

#[grad::differentiate]
fn filtered(x: &[f64]) -> f64 {
    let cubes: f64 = x.iter().filter(|v| **v > 0.0).map(|v| v.powi(3)).sum();
    let mut squares = 0.0;
    for &v in x.iter().filter(|&&v| v < 0.0) {
        squares += v * v;
    }
    cubes + squares
}

#[test]
fn filter_then_map_and_for_over_a_filter() {
    for x in POINTS {
        let (value, dx) = filtered_grad(&x);
        assert_eq!(value, filtered(&x));
        assert_gradient(filtered, &x, &dx, "filtered");
    }
}

#[grad::differentiate]
fn folds(x: &[f64], y: &Array1<f64>) -> f64 {
    let largest = x.iter().fold(f64::NEG_INFINITY, |m, &v| m.max(v));
    let smallest = x.iter().cloned().fold(f64::INFINITY, f64::min);
    let energy = y.fold(0.0, |acc, v| acc + v * v);
    let horner = x.iter().rev().fold(0.0, |acc, c| acc * 0.5 + c);
    largest - smallest + energy + horner
}

#[test]
fn folds_with_closures_and_functions_and_ndarray_fold() {
    let y = array![0.5, -1.0, 2.0];
    for x in POINTS {
        let (value, (dx, dy)) = folds_grad(&x, &y);
        assert_eq!(value, folds(&x, &y));
        assert_gradient(|x| folds(x, &y), &x, &dx, "d/dx");
        let numeric = numerical(
            |y| folds(&x, &Array1::from(y.to_vec())),
            y.as_slice().unwrap(),
        );
        assert!(max_rel_error(dy.as_slice().unwrap(), &numeric) < TOL);
    }
}

#[grad::differentiate]
fn loops_over_chains(x: &[f64], w: f64) -> f64 {
    let mut s = 0.0;
    for (i, v) in x.iter().map(|v| v * w).enumerate() {
        s += v * v * (i as f64);
    }
    for (a, b) in x.iter().zip(x.iter().skip(1)) {
        s += (a - b).powi(2);
    }
    s
}

#[test]
fn for_loops_over_map_enumerate_and_zip() {
    for x in POINTS {
        let w = -0.8;
        let (value, (dx, dw)) = loops_over_chains_grad(&x, w);
        assert_eq!(value, loops_over_chains(&x, w));
        assert_gradient(|x| loops_over_chains(x, w), &x, &dx, "d/dx");
        let numeric_w = numerical(|w| loops_over_chains(&x, w[0]), &[w]);
        assert!(max_rel_error(&[dw], &numeric_w) < TOL);
    }
}

// A closure called where it is written is what this test differentiates.
#[allow(clippy::redundant_closure_call)]
#[grad::differentiate]
fn closures(x: f64, y: f64, scale: f64) -> f64 {
    let square = |v: f64| v * v;
    let scaled = |v: f64| {
        let t = v * scale;
        t.sin() + x
    };
    let sum_of = |a: f64, b: f64| a + b;
    square(x) + scaled(y) + (|v: f64| v.exp())(y) + sum_of(square(y), 1.0)
}

#[test]
fn closures_called_by_name_and_in_place_capturing_differentiated_values() {
    for [x, y, scale] in [[0.5, -1.2, 2.0], [1.5, 0.3, -0.7]] {
        let (value, (dx, dy, dscale)) = closures_grad(x, y, scale);
        assert_eq!(value, closures(x, y, scale));
        let f = |v: &[f64]| closures(v[0], v[1], v[2]);
        assert_gradient(f, &[x, y, scale], &[dx, dy, dscale], "closures");
    }
}

#[grad::differentiate(wrt(w))]
fn data_captured(w: &[f64], data: &[f64], bias: f64) -> f64 {
    let predict = |d: f64| d * bias;
    w.iter()
        .zip(data.iter())
        .map(|(wi, &d)| (wi - predict(d)).powi(2))
        .sum::<f64>()
}

#[test]
fn closures_capturing_data() {
    let (data, bias) = ([1.0, 2.0, -1.0, 0.5], 0.3);
    for w in POINTS {
        let (value, dw) = data_captured_grad(&w, &data, bias);
        assert_eq!(value, data_captured(&w, &data, bias));
        assert_gradient(|w| data_captured(w, &data, bias), &w, &dw, "d/dw");
    }
}

#[grad::differentiate]
fn matrix_elements(x: &Array2<f64>) -> f64 {
    x.iter().map(|v| v.sin()).sum::<f64>()
        + x.t()
            .iter()
            .enumerate()
            .map(|(k, v)| v * k as f64)
            .sum::<f64>()
}

#[test]
fn elements_of_a_matrix_in_logical_order() {
    let x = array![[0.5, -1.0, 2.0], [1.5, 0.25, -0.75]];
    let (value, dx) = matrix_elements_grad(&x);
    assert_eq!(value, matrix_elements(&x));
    let flat: Vec<f64> = x.iter().copied().collect();
    let f = |v: &[f64]| matrix_elements(&Array2::from_shape_vec((2, 3), v.to_vec()).unwrap());
    let dx: Vec<f64> = dx.iter().copied().collect();
    assert_gradient(f, &flat, &dx, "matrix elements");
}

#[grad::differentiate]
fn elementwise(x: &Array1<f64>, a: f64, data: &Array1<f64>) -> f64 {
    let y = x.mapv(|v| (v * a).tanh());
    let z = x.mapv(f64::exp);
    let w = x.map(|v| v.powi(2) * 0.5);
    let scaled = data.mapv(|d| d * a + 1.0);
    let shifted = x.mapv(|v| {
        let t = v - a;
        if t > 0.0 { t.sqrt() } else { -t }
    });
    (&y * &z).sum() + w.sum() + (&scaled * x).sum() + shifted.sum()
}

#[test]
fn elementwise_closures_and_functions_capturing_values() {
    let data = array![1.0, -0.5, 2.0];
    for x in [array![0.5, -1.0, 2.0], array![1.5, 0.2, -0.3]] {
        for a in [0.7, -0.4] {
            let (value, (dx, da, ddata)) = elementwise_grad(&x, a, &data);
            common::assert_close(value, elementwise(&x, a, &data), "value");
            let with = |v: &[f64]| {
                let x = Array1::from(v[..3].to_vec());
                let data = Array1::from(v[4..].to_vec());
                elementwise(&x, v[3], &data)
            };
            let point: Vec<f64> = x
                .iter()
                .chain([a].iter())
                .chain(data.iter())
                .copied()
                .collect();
            let gradient: Vec<f64> = dx
                .iter()
                .chain([da].iter())
                .chain(ddata.iter())
                .copied()
                .collect();
            assert_gradient(with, &point, &gradient, "elementwise");
        }
    }
}

// ----- collect into a Vec -----

#[grad::differentiate]
fn collected_squares(x: &[f64]) -> f64 {
    let squares: Vec<f64> = x.iter().map(|a| a * a).collect();
    squares.iter().zip(x).map(|(s, b)| s * b.sin()).sum()
}

#[allow(clippy::needless_range_loop)]
#[grad::differentiate]
fn collected_differences(x: &[f64], y: &[f64]) -> f64 {
    let d = x.iter().zip(y).map(|(a, b)| a - b).collect::<Vec<_>>();
    let mut total = 0.0;
    for i in 0..d.len() {
        total += d[i] * d[i] * (i as f64 + 1.0);
    }
    total
}

#[grad::differentiate]
fn collected_from_a_range(t: f64, x: &[f64]) -> f64 {
    let powers: Vec<f64> = (0..x.len()).map(|k| t.powi(k as i32)).collect();
    let scaled: Vec<f64> = powers.iter().enumerate().map(|(k, p)| p * x[k]).collect();
    scaled.iter().sum::<f64>().tanh()
}

/// A collected `Vec` made into an ndarray array, the way the error for `collect::<Array1<_>>()`
/// suggests.
#[grad::differentiate]
fn collected_into_an_array(t: f64) -> f64 {
    let v: Vec<f64> = (0..4).map(|k| t.powi(k)).collect();
    let p = Array1::from(v);
    p.mapv(|a| a.sin()).sum()
}

#[test]
fn chains_collected_into_vectors() {
    let t = 0.9;
    let (value, dt) = collected_into_an_array_grad(t);
    assert_eq!(value, collected_into_an_array(t));
    assert_gradient(
        |t| collected_into_an_array(t[0]),
        &[t],
        &[dt],
        "collect, then Array1::from",
    );

    for x in POINTS {
        let (value, dx) = collected_squares_grad(&x);
        assert_eq!(value, collected_squares(&x));
        assert_gradient(collected_squares, &x, &dx, "collect of map");

        let y = [0.25, -0.5, 1.5, 2.0];
        let (value, (dx, dy)) = collected_differences_grad(&x, &y);
        assert_eq!(value, collected_differences(&x, &y));
        assert_gradient(
            |x| collected_differences(x, &y),
            &x,
            &dx,
            "collect of zip, x",
        );
        assert_gradient(
            |y| collected_differences(&x, y),
            &y,
            &dy,
            "collect of zip, y",
        );

        let t = 0.7;
        let (value, (dt, dx)) = collected_from_a_range_grad(t, &x);
        assert_eq!(value, collected_from_a_range(t, &x));
        assert_gradient(
            |x| collected_from_a_range(t, x),
            &x,
            &dx,
            "collect over a range, x",
        );
        assert_gradient(
            |t| collected_from_a_range(t[0], &x),
            &[t],
            &[dt],
            "collect over a range, t",
        );
    }
}

// ----- patterns of items -----

/// A least-squares line through points given as a slice of pairs, read with a pattern.
#[grad::differentiate(wrt(a, b))]
fn line_fit(points: &[(f64, f64)], a: f64, b: f64) -> f64 {
    let mut loss = 0.0;
    for &(x, y) in points {
        let r = a * x + b - y;
        loss += r * r;
    }
    loss / points.len() as f64
}

/// A quadratic in `t` whose coefficients come out of a Rust array by a pattern.
#[grad::differentiate]
fn quadratic(c: &[f64; 3], t: f64) -> f64 {
    let [c0, c1, c2] = *c;
    c0 + c1 * t + c2 * t * t
}

/// An array pattern on a literal array of differentiated values (the fuzzer's input that was
/// an error before array patterns were lowered).
#[grad::differentiate]
fn pattern_of_a_literal(x: f64, y: f64) -> f64 {
    let [a, b] = [x * y, x + y];
    a * b
}

#[test]
fn tuple_items_and_array_patterns() {
    let (x, y) = (0.8, -1.7);
    let (value, (dx, dy)) = pattern_of_a_literal_grad(x, y);
    assert_eq!(value, pattern_of_a_literal(x, y));
    // d/dx (x y (x + y)) = 2xy + y², d/dy = x² + 2xy.
    approx::assert_relative_eq!(dx, 2.0 * x * y + y * y, max_relative = 1e-12);
    approx::assert_relative_eq!(dy, x * x + 2.0 * x * y, max_relative = 1e-12);

    let points = [(1.0, 2.0), (2.0, 3.5), (3.0, 6.1)];
    let (a, b) = (0.5, 0.1);
    let (value, (da, db)) = line_fit_grad(&points, a, b);
    assert_eq!(value, line_fit(&points, a, b));
    let f = |p: &[f64]| line_fit(&points, p[0], p[1]);
    assert_gradient(f, &[a, b], &[da, db], "slice of pairs");

    let (c, t) = ([1.0, -2.0, 0.5], 1.3);
    let (value, (dc, dt)) = quadratic_grad(&c, t);
    assert_eq!(value, quadratic(&c, t));
    assert_eq!(dc, [1.0, t, t * t]);
    assert_gradient(|t| quadratic(&c, t[0]), &[t], &[dt], "array pattern, t");
}

// ----- windows and chunks -----

/// A smoothness penalty over neighbouring pairs.
#[grad::differentiate]
fn roughness(x: &[f64]) -> f64 {
    x.windows(2).map(|w| (w[1] - w[0]).powi(2)).sum()
}

/// Products of consecutive triples of a `Vec` (passed as one, which is what is tested).
#[allow(clippy::ptr_arg)]
#[grad::differentiate]
fn triple_products(x: &Vec<f64>) -> f64 {
    x.windows(3).map(|w| w[0] * w[1] * w[2]).sum()
}

/// Pairs `(x₀ x₁) + (x₂ x₃) + ..` in a `for` loop; a trailing odd element is left out.
#[grad::differentiate]
fn pair_products(x: &[f64]) -> f64 {
    let mut total = 0.0;
    for pair in x.chunks_exact(2) {
        total += pair[0] * pair[1].sin();
    }
    total
}

#[test]
fn windows_and_exact_chunks_as_arrays() {
    for x in POINTS {
        let (value, dx) = roughness_grad(&x);
        assert_eq!(value, roughness(&x));
        assert_gradient(roughness, &x, &dx, "windows(2)");

        let v = x.to_vec();
        let (value, dv) = triple_products_grad(&v);
        assert_eq!(value, triple_products(&v));
        assert_gradient(
            |v| triple_products(&v.to_vec()),
            &x,
            &dv,
            "windows(3) of a Vec",
        );

        let odd = &x[..3];
        let (value, dx) = pair_products_grad(odd);
        assert_eq!(value, pair_products(odd));
        assert_gradient(pair_products, odd, &dx, "chunks_exact(2)");
        assert_eq!(dx[2], 0.0);
    }
    // Fewer elements than a window: no window, a zero gradient.
    assert_eq!(roughness_grad(&[1.5]), (0.0, vec![0.0]));
}

// ----- closures whose names shadow the caller's -----

/// Heun's method for `y' = -k y`: the closure's parameter `y` has the name of the state the
/// loop updates after each call.
#[grad::differentiate]
fn heun(k: f64, y0: f64) -> f64 {
    let f = |y: f64| -k * y;
    let h = 0.1;
    let mut y = y0;
    for _ in 0..10 {
        let k1 = f(y);
        let k2 = f(y + h * k1);
        y += 0.5 * h * (k1 + k2);
    }
    y
}

/// A chain's closure binding `x` and `s`, names the function uses before and after it.
#[grad::differentiate]
fn shadowing_chain(x: &[f64], s: f64) -> f64 {
    let total: f64 = x
        .iter()
        .map(|x| {
            let s = x * x;
            s * s
        })
        .sum();
    total * s + x[0] * s
}

#[test]
fn closures_binding_names_the_caller_uses() {
    let (k, y0) = (0.7, 2.0);
    let (value, (dk, dy0)) = heun_grad(k, y0);
    assert_eq!(value, heun(k, y0));
    assert_gradient(|p| heun(p[0], p[1]), &[k, y0], &[dk, dy0], "Heun's method");

    let x = [0.5, -1.5, 2.0];
    let (value, (dx, ds)) = shadowing_chain_grad(&x, 0.3);
    assert_eq!(value, shadowing_chain(&x, 0.3));
    assert_gradient(|x| shadowing_chain(x, 0.3), &x, &dx, "chain, x");
    assert_gradient(|s| shadowing_chain(&x, s[0]), &[0.3], &[ds], "chain, s");
}

// ----- iterator queries over data -----

/// `count`, `position` and `max_by` over data the function does not differentiate, kept as
/// written (their results carry no derivative).
#[grad::differentiate(wrt(w))]
fn weighted_by_queries(x: &[f64], w: f64) -> f64 {
    let positive = x.iter().filter(|v| **v > 0.0).count();
    let first_negative = x.iter().position(|v| *v < 0.0).unwrap_or(0);
    let (best, _) = x
        .iter()
        .enumerate()
        .max_by(|a, b| a.1.total_cmp(b.1))
        .unwrap();
    w * w * (positive + first_negative + best) as f64
}

#[test]
fn queries_over_data_are_kept_as_written() {
    let x = [0.5, -1.0, 3.0, 2.0];
    let (value, dw) = weighted_by_queries_grad(&x, 1.5);
    // 3 positive, the first negative at 1, the largest at 2.
    assert_eq!(value, 1.5 * 1.5 * 6.0);
    assert_eq!(dw, 2.0 * 1.5 * 6.0);
    let (_, tangent) = weighted_by_queries_jvp(&x, 1.5, 1.0);
    assert_eq!(tangent, dw);
}

/// Vectors of data built by `push` (neither the vector nor the values differentiated) stay as
/// written; pushing a differentiated value is an error (`ui/unsupported/push-differentiated.rs`).
#[grad::differentiate(wrt(w))]
fn weights_from_pushed_data(w: f64, xs: &[f64]) -> f64 {
    let mut doubled = Vec::new();
    let mut picked = Vec::new();
    for (i, &x) in xs.iter().enumerate() {
        doubled.push(2.0 * x);
        if x > 0.0 {
            picked.push(i);
        }
    }
    let mut total = 0.0;
    for &i in &picked {
        total += (w * doubled[i]).sin();
    }
    total
}

#[test]
fn vectors_of_data_built_by_push() {
    let xs = [0.5, -1.0, 1.5];
    let w = 0.7;
    let (value, gradient) = weights_from_pushed_data_grad(w, &xs);
    assert_eq!(value, weights_from_pushed_data(w, &xs));
    // d/dw Σ_{x > 0} sin(2 w x) = Σ 2 x cos(2 w x) over x = 0.5 and 1.5.
    let expected = (1.0 * (w * 1.0).cos()) + (3.0 * (w * 3.0).cos());
    approx::assert_relative_eq!(gradient, expected, max_relative = 1e-14);
}

/// ndarray's `Zip` over data only (not differentiated) stays as written; reading or writing a
/// differentiated value through it is an error (`ui/unsupported/zip-for-each.rs`).
#[grad::differentiate(wrt(w))]
fn scaled_by_a_zip_of_data(w: f64, a: &Array1<f64>, b: &Array1<f64>) -> f64 {
    let mut products = Array1::<f64>::zeros(a.len());
    grad::runtime::ndarray::Zip::from(&mut products)
        .and(a)
        .and(b)
        .for_each(|p, &x, &y| *p = x * y.sin());
    (w * products.sum()).tanh()
}

#[test]
fn a_zip_over_data_stays_as_written() {
    let (a, b) = (array![1.0, 2.0], array![0.5, -1.0]);
    let (value, gradient) = scaled_by_a_zip_of_data_grad(0.3, &a, &b);
    assert_eq!(value, scaled_by_a_zip_of_data(0.3, &a, &b));
    let s = 0.5_f64.sin() + 2.0 * (-1.0_f64).sin();
    let expected = s * (1.0 - (0.3 * s).tanh().powi(2));
    approx::assert_relative_eq!(gradient, expected, max_relative = 1e-14);
}

/// An argsort: indices sorted by a comparator that reads differentiated values only to compare
/// them (kept as written: the order is a constant of the reverse sweep), then a rank-weighted
/// sum, and the largest element's index by `max_by`.
#[grad::differentiate]
fn rank_weighted(x: &[f64]) -> f64 {
    let mut order: Vec<usize> = (0..x.len()).collect();
    order.sort_by(|&a, &b| x[a].partial_cmp(&x[b]).unwrap());
    let mut total = 0.0;
    for (rank, &i) in order.iter().enumerate() {
        total += (rank + 1) as f64 * x[i] * x[i];
    }
    let largest = (0..x.len()).max_by(|&a, &b| x[a].total_cmp(&x[b])).unwrap();
    total + x[largest].sin()
}

#[test]
fn comparators_reading_differentiated_values() {
    for x in [[0.3, -1.2, 0.8, 0.1], [1.5, 0.2, -0.4, 0.9]] {
        let (value, gradient) = rank_weighted_grad(&x);
        assert_eq!(value, rank_weighted(&x));
        assert_gradient(rank_weighted, &x, &gradient, "rank_weighted");
        // The jvp at dual numbers sorts by the same comparisons.
        let v = [0.2, -0.5, 0.3, 0.7];
        let (_, tangent) = rank_weighted_jvp(&x, &v);
        let along: f64 = gradient.iter().zip(&v).map(|(g, v)| g * v).sum();
        assert!((tangent - along).abs() < 1e-12, "{tangent} against {along}");
    }
    // At [0.3, -1.2, 0.8, 0.1] the ranks are 3, 1, 4, 2 and the largest is x[2].
    let (_, gradient) = rank_weighted_grad(&[0.3, -1.2, 0.8, 0.1]);
    let expected = [6.0 * 0.3, 2.0 * -1.2, 8.0 * 0.8 + 0.8_f64.cos(), 4.0 * 0.1];
    for (g, e) in gradient.iter().zip(expected) {
        assert!((g - e).abs() < 1e-15, "{g} against {e}");
    }
}

/// References to elements, `v` of `x.iter()` and `w = &x[i]` (`&f64`s): squared, `v * v` as
/// `(*v).powi(2)` (`&f64` has no `powi`), and their float methods.
#[grad::differentiate]
fn squares_of_references(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for v in x.iter() {
        s += v * v + v.sin();
    }
    let w = &x[1];
    s * x[0] + w * w * 3.0 + w.exp() * w.abs()
}

/// `if let Some(v) = x.get(i)`: an indexed read where `i` is in bounds, the `else` branch
/// where it is not; `Some(&v)` by value; a map's `get(&key)` over data stays as written.
#[grad::differentiate(wrt(x))]
fn checked_reads(x: &[f64], names: &std::collections::HashMap<&str, usize>) -> f64 {
    let mut total = 0.0;
    for i in 0..x.len() + 2 {
        if let Some(v) = x.get(i) {
            total += v * x[0];
        } else {
            total += x[1].sin();
        }
    }
    if let Some(&v) = x.get(names["third"]) {
        total += v.exp();
    }
    if let Some(k) = names.get(&"first") {
        total += x[*k] * 3.0;
    }
    total
}

#[test]
fn references_and_checked_reads() {
    let names = std::collections::HashMap::from([("first", 0), ("third", 2)]);
    for x in [[0.3, -1.2, 0.8], [1.5, 0.2, -0.4]] {
        let (value, gradient) = squares_of_references_grad(&x);
        assert_eq!(value, squares_of_references(&x));
        assert_gradient(
            squares_of_references,
            &x,
            &gradient,
            "squares_of_references",
        );
        let (value, gradient) = checked_reads_grad(&x, &names);
        assert_eq!(value, checked_reads(&x, &names));
        assert_gradient(|x| checked_reads(x, &names), &x, &gradient, "checked_reads");
        // By hand: Σ_i x_i x_0 + 2 sin x_1 + exp x_2 + 3 x_0.
        let expected = [
            x.iter().sum::<f64>() + x[0] + 3.0,
            x[0] + 2.0 * x[1].cos(),
            x[0] + x[2].exp(),
        ];
        for (g, e) in gradient.iter().zip(expected) {
            assert!((g - e).abs() <= 1e-14 * (1.0 + e.abs()), "{g} against {e}");
        }
    }
}

/// `x.first().unwrap()`, `*x.last().unwrap()`, `x.get(i).expect(..)` on a slice parameter and
/// on local `Vec`s: the elements they hold; `x.get(i).copied().unwrap_or(d)` in and out of
/// bounds; and references over a `&[f64]` and a `&Vec<Vec<f64>>` walked directly.
#[grad::differentiate]
fn ends_and_rows(x: &[f64], m: &Vec<Vec<f64>>) -> f64 {
    let first = x.first().unwrap();
    let last = *x.last().unwrap();
    let second = x.get(1).expect("two elements");
    let doubled: Vec<f64> = x.iter().map(|a| a * 2.0).collect();
    let copy = x.to_vec();
    let mut s = first * last + second.sin() + last * last;
    s += doubled.last().unwrap() * copy.first().unwrap();
    let halves = x.iter().map(|a| a * 0.5).collect::<Vec<f64>>();
    s += halves.get(2).unwrap() * x[1];
    // Out of bounds, the default `x[0]`; in bounds, `x[1]`.
    s += x.get(5).copied().unwrap_or(x[0]) + x.get(1).cloned().unwrap_or(0.0);
    for v in x {
        s += v * v;
    }
    for row in m {
        for v in row.iter() {
            s += v * v * first;
        }
    }
    s
}

#[test]
fn ends_of_slices_and_rows_by_reference() {
    let m = vec![vec![0.1, 0.2], vec![-0.4, 0.3]];
    for x in [[0.3, -1.2, 0.8], [1.5, 0.2, -0.4]] {
        let (value, (gradient, gm)) = ends_and_rows_grad(&x, &m);
        assert_eq!(value, ends_and_rows(&x, &m));
        assert_gradient(|x| ends_and_rows(x, &m), &x, &gradient, "ends_and_rows");
        // By hand: x0 x2 + sin x1 + x2² + 2 x2 x0 + x2 x1 / 2 + x0 + x1 + Σ x_i² + x0 Σ m_ij².
        let squares: f64 = m.iter().flatten().map(|v| v * v).sum();
        let expected = [
            x[2] + 2.0 * x[2] + 1.0 + 2.0 * x[0] + squares,
            x[1].cos() + 0.5 * x[2] + 1.0 + 2.0 * x[1],
            x[0] + 2.0 * x[0] + 0.5 * x[1] + 4.0 * x[2],
        ];
        for (g, e) in gradient.iter().zip(expected) {
            assert!((g - e).abs() <= 1e-14 * (1.0 + e.abs()), "{g} against {e}");
        }
        assert!((gm[1][0] - 2.0 * m[1][0] * x[0]).abs() < 1e-15);
    }
}

/// Sub-slices walked element by element: `&x[a..b]`, `&x[..]`, `x[a..].iter()`,
/// `x[..=b].iter().copied()` in `for` loops and in a sum; `first`/`last` of a `Vec` collected
/// with a turbofish.
#[grad::differentiate]
// `&x[..]` as a new user may write it.
#[allow(clippy::redundant_slicing)]
fn sub_slices(x: &[f64], a: usize) -> f64 {
    let mut s = 0.0;
    for v in &x[1..4] {
        s += v * v.sin();
    }
    for v in &x[..] {
        s += 0.5 * v.exp();
    }
    for (k, v) in x[a..].iter().enumerate() {
        s += (k as f64 + 1.0) * v;
    }
    for v in x[..=2].iter().copied() {
        s += v * v * v;
    }
    let tail: f64 = x[3..].iter().map(|v| v * x[0]).sum();
    let doubled = x.iter().map(|v| v * 2.0).collect::<Vec<_>>();
    s + tail + doubled.first().unwrap() * doubled.last().unwrap()
}

#[test]
fn sub_slices_walked_by_element() {
    let x = [0.3, -0.2, 0.7, 1.1, -0.5];
    for a in [0, 2, 5] {
        let (value, gradient) = sub_slices_grad(&x, a);
        assert_eq!(value, sub_slices(&x, a));
        assert_gradient(|x| sub_slices(x, a), &x, &gradient, "sub_slices");
        // The closed form.
        let expected: Vec<f64> = (0..5)
            .map(|i| {
                let v = x[i];
                let mut g = 0.5 * v.exp();
                if (1..4).contains(&i) {
                    g += v.sin() + v * v.cos();
                }
                if i >= a {
                    g += (i - a) as f64 + 1.0;
                }
                if i <= 2 {
                    g += 3.0 * v * v;
                }
                if i >= 3 {
                    g += x[0];
                }
                if i == 0 {
                    g += x[3] + x[4] + 4.0 * x[4];
                }
                if i == 4 {
                    g += 4.0 * x[0];
                }
                g
            })
            .collect();
        for (g, e) in gradient.iter().zip(&expected) {
            assert!(
                (g - e).abs() < 1e-12,
                "{a}: {gradient:?} against {expected:?}"
            );
        }
    }
}

#[test]
#[should_panic(expected = "range end index 7 out of range for slice of length 5")]
fn a_sub_slice_past_the_end_panics_as_slicing_does() {
    #[grad::differentiate]
    fn past_the_end(x: &[f64], end: usize) -> f64 {
        let mut s = 0.0;
        for v in &x[2..end] {
            s += v * v;
        }
        s
    }
    let _ = past_the_end_grad(&[1.0, 2.0, 3.0, 4.0, 5.0], 7);
}

/// Loops over mutable elements, `for e in v.iter_mut()` and `for e in &mut v`, whose bodies use
/// the element only as `*e`: the loops over indices they stand for.
#[grad::differentiate]
fn mutable_elements(x: &[f64], mut w: Vec<f64>) -> f64 {
    let mut v = x.to_vec();
    for e in v.iter_mut() {
        *e *= 2.0;
        *e = (*e).sin() + *e * x[0];
    }
    for e in &mut v {
        *e += 1.0;
    }
    for e in w.iter_mut() {
        *e = *e * *e;
    }
    v.iter().map(|a| a * a).sum::<f64>() + w[0] * w[1]
}

#[test]
fn loops_over_mutable_elements() {
    let x = [0.3, -0.2, 0.7, 1.1, -0.5];
    let w = vec![0.4, -1.3];
    let (value, (gx, gw)) = mutable_elements_grad(&x, w.clone());
    assert_eq!(value, mutable_elements(&x, w.clone()));
    assert_gradient(
        |x| mutable_elements(x, w.clone()),
        &x,
        &gx,
        "mutable_elements, x",
    );
    assert_gradient(
        |w| mutable_elements(&x, w.to_vec()),
        &w,
        &gw,
        "mutable_elements, w",
    );
    // The closed form of the `w` part, w0² w1²: (2 w0 w1², 2 w0² w1).
    let expected = [2.0 * w[0] * w[1] * w[1], 2.0 * w[0] * w[0] * w[1]];
    for (g, e) in gw.iter().zip(expected) {
        assert!((g - e).abs() < 1e-12, "{gw:?} against {expected:?}");
    }
}

/// `reduce(f).unwrap()` and `.expect(..)`: the first item, then `f` on the others; a function
/// by path (`f64::max`), a closure summing, and a closure choosing the larger by a comparison.
#[grad::differentiate]
fn reductions_by_reduce(x: &[f64]) -> f64 {
    let largest = x.iter().copied().reduce(f64::max).unwrap();
    let squares = x
        .iter()
        .map(|v| v * v)
        .reduce(|a, b| a + b)
        .expect("not empty");
    let larger = x
        .iter()
        .cloned()
        .reduce(|a, b| if a > b { a } else { b })
        .unwrap();
    largest * 2.0 + squares + larger * x[0]
}

#[test]
fn reduce_unwrapped() {
    let x = [0.3, -0.2, 0.7, 1.1, -0.5];
    let (value, gradient) = reductions_by_reduce_grad(&x);
    assert_eq!(value, reductions_by_reduce(&x));
    assert_gradient(reductions_by_reduce, &x, &gradient, "reductions_by_reduce");
    // The closed form: the largest is x[3] (2 + x[0] for it), 2 x_i for the squares, and x[3]
    // for x[0].
    let expected = [
        2.0 * x[0] + x[3],
        2.0 * x[1],
        2.0 * x[2],
        2.0 * x[3] + 2.0 + x[0],
        2.0 * x[4],
    ];
    for (g, e) in gradient.iter().zip(expected) {
        assert!((g - e).abs() < 1e-12, "{gradient:?} against {expected:?}");
    }
    // The jvp (at dual numbers): ⟨∇f, v⟩.
    let v = [0.5, -1.0, 0.25, 2.0, 1.5];
    let (_, derivative) = reductions_by_reduce_jvp(&x, &v);
    let expected: f64 = gradient.iter().zip(&v).map(|(g, v)| g * v).sum();
    assert!(
        (derivative - expected).abs() < 1e-12,
        "{derivative} against {expected}"
    );
}

#[test]
#[should_panic(expected = "called `Option::unwrap()` on a `None` value")]
fn reduce_of_nothing_panics_as_unwrap_does() {
    let _ = reductions_by_reduce_grad(&[]);
}
