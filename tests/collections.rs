//! Loops over collections of structs (issue 12): `for layer in layers` over `&[Dense]`,
//! `for layer in net.layers.iter()` (a field of a parameter), `.enumerate()` and `.zip(..)` of
//! them, the layers' fields read as places; gradients are structs of the same type, checked
//! against central differences element by element.

mod common;

use common::{TOL, max_rel_error};
use grad::Tangent;
use grad::runtime::ndarray::{Array1, Array2, array};

#[derive(Clone, Debug, grad::Tangent)]
struct Dense {
    w: Array2<f64>,
    b: Array1<f64>,
}

#[derive(Clone, Debug, grad::Tangent)]
struct Net {
    layers: Vec<Dense>,
    #[tangent(skip)]
    scale: f64,
}

#[grad::differentiate(wrt(layers))]
fn through_a_slice(layers: &[Dense], x: &Array1<f64>) -> f64 {
    let mut h = x.clone();
    for layer in layers {
        h = (layer.w.dot(&h) + &layer.b).mapv(f64::tanh);
    }
    h.sum()
}

#[grad::differentiate(wrt(net))]
fn through_a_field(net: &Net, x: &Array1<f64>) -> f64 {
    let mut h = x.clone();
    for (i, layer) in net.layers.iter().enumerate() {
        h = (layer.w.dot(&h) + &layer.b * (i as f64 + net.scale)).mapv(f64::tanh);
    }
    let mut penalty = 0.0;
    for (layer, other) in net.layers.iter().zip(net.layers.iter().skip(1)) {
        penalty += (&layer.w * &other.w).sum();
    }
    h.sum() + 0.1 * penalty
}

/// Layers read through their fields (the rewrite `rewrite/through.rs` reads `layers[i].w`):
/// with a field's size read by code kept as written and an element read in an inner loop; and
/// layers used whole (`layer.clone()`), which keep an adjoint of their own.
#[grad::differentiate(wrt(layers))]
fn read_through_and_whole(layers: &[Dense], x: &Array1<f64>) -> f64 {
    let mut total = 0.0;
    for layer in layers {
        let n = layer.w.nrows();
        total += layer.b.sum() * n as f64;
        for j in 0..n {
            total += layer.w[[j, 1]] * x[j];
        }
    }
    for layer in layers.iter().rev() {
        let copy = layer.clone();
        total += (copy.w.dot(x) * &layer.b).sum();
    }
    total
}

fn layer(seed: f64) -> Dense {
    Dense {
        w: Array2::from_shape_fn((2, 2), |(i, j)| ((i * 2 + j) as f64 + seed).sin() * 0.7),
        b: array![seed.cos(), -seed.sin()] * 0.3,
    }
}

/// Every element of a `Tangent` value, in order.
fn elements<T: Tangent<Scalar = f64>>(value: &T) -> Vec<f64> {
    let mut copy = value.zeros_like();
    copy.add_assign(value);
    let mut out = Vec::new();
    copy.zip_update(value, |x, _| out.push(*x));
    out
}

/// Central differences of `f` at every element of `value`.
fn numerical<T: Tangent<Scalar = f64> + Clone>(f: impl Fn(&T) -> f64, value: &T) -> Vec<f64> {
    let n = elements(value).len();
    (0..n)
        .map(|k| {
            let shifted = |h: f64| {
                let mut copy = value.clone();
                let mut index = 0;
                copy.zip_update(&value.clone(), |x, _| {
                    if index == k {
                        *x += h;
                    }
                    index += 1;
                });
                f(&copy)
            };
            (shifted(common::H) - shifted(-common::H)) / (2.0 * common::H)
        })
        .collect()
}

#[test]
fn layers_of_a_slice_and_of_a_field() {
    let x = array![1.0, -0.5];
    let layers = vec![layer(0.1), layer(1.3), layer(2.2)];
    let (value, gradient) = through_a_slice_grad(&layers, &x);
    assert_eq!(value, through_a_slice(&layers, &x));
    let numeric = numerical(|layers: &Vec<Dense>| through_a_slice(layers, &x), &layers);
    let error = max_rel_error(&elements(&gradient), &numeric);
    assert!(error < TOL, "slice: relative error {error:e}");

    let (value, gradient) = read_through_and_whole_grad(&layers, &x);
    assert_eq!(value, read_through_and_whole(&layers, &x));
    let numeric = numerical(
        |layers: &Vec<Dense>| read_through_and_whole(layers, &x),
        &layers,
    );
    let error = max_rel_error(&elements(&gradient), &numeric);
    assert!(
        error < TOL,
        "read through and whole: relative error {error:e}"
    );

    let net = Net { layers, scale: 0.5 };
    let (value, gradient) = through_a_field_grad(&net, &x);
    assert_eq!(value, through_a_field(&net, &x));
    assert_eq!(
        gradient.scale, 0.5,
        "a skipped field is copied into the gradient"
    );
    let numeric = numerical(|net: &Net| through_a_field(net, &x), &net);
    let error = max_rel_error(&elements(&gradient), &numeric);
    assert!(error < TOL, "field: relative error {error:e}");
}

// ----- nested containers, read by `x[i][j]` -----

/// The Coulomb energy of charges at points given as `[x, y]` pairs.
#[grad::differentiate]
fn pair_energy(pos: &[[f64; 2]]) -> f64 {
    let mut energy = 0.0;
    for i in 0..pos.len() {
        for j in i + 1..pos.len() {
            let dx = pos[i][0] - pos[j][0];
            let dy = pos[i][1] - pos[j][1];
            energy += 1.0 / (dx * dx + dy * dy).sqrt();
        }
    }
    energy
}

/// A weighted sum of squares over the rows of a ragged `Vec<Vec<f64>>`, indexed as a reader of
/// numerical code writes it.
#[allow(clippy::ptr_arg, clippy::needless_range_loop)]
#[grad::differentiate]
fn ragged_squares(rows: &Vec<Vec<f64>>) -> f64 {
    let mut total = 0.0;
    for i in 0..rows.len() {
        for j in 0..rows[i].len() {
            total += rows[i][j] * rows[i][j] * (j as f64 + 1.0);
        }
    }
    total
}

#[test]
fn nested_containers_read_by_two_indices() {
    let pos = [[0.0, 0.0], [1.0, 0.0], [0.3, 2.0], [-0.7, 0.4]];
    let (value, gradient) = pair_energy_grad(&pos);
    assert_eq!(value, pair_energy(&pos));
    for i in 0..pos.len() {
        for k in 0..2 {
            let (mut plus, mut minus) = (pos, pos);
            plus[i][k] += common::H;
            minus[i][k] -= common::H;
            let numeric = (pair_energy(&plus) - pair_energy(&minus)) / (2.0 * common::H);
            let error = max_rel_error(&[gradient[i][k]], &[numeric]);
            assert!(
                error < TOL,
                "pos[{i}][{k}]: {} against {numeric}",
                gradient[i][k]
            );
        }
    }

    let rows = vec![vec![1.0, -2.0, 0.5], vec![3.0], vec![0.25, 4.0]];
    let (value, gradient) = ragged_squares_grad(&rows);
    assert_eq!(value, ragged_squares(&rows));
    let expected: Vec<Vec<f64>> = rows
        .iter()
        .map(|row| {
            row.iter()
                .enumerate()
                .map(|(j, v)| 2.0 * v * (j as f64 + 1.0))
                .collect()
        })
        .collect();
    assert_eq!(gradient, expected);
}

// ----- a field mapped elementwise, integer fields in arithmetic, an array passed as a slice -----

/// A model with an integer size beside its weights.
#[derive(Clone, grad::Tangent)]
struct Sized {
    w: Array1<f64>,
    #[tangent(skip)]
    width: usize,
}

/// `model.w.mapv(..)` borrows the field of a reference parameter (it used to move it out:
/// rustc's E0507), and `ys.len() * model.width` is integer arithmetic on a field of a
/// differentiated struct, which carries no derivative.
#[grad::differentiate]
fn mapped_field(model: &Sized, ys: &[f64]) -> f64 {
    let count = ys.len() * model.width;
    let squares = model.w.mapv(|v| v * v.sin()).sum();
    squares * count as f64 + ys.iter().map(|y| y * squares).sum::<f64>()
}

#[grad::differentiate]
fn squared_norm(x: &[f64]) -> f64 {
    x.iter().map(|v| v * v).sum::<f64>()
}

/// A Rust array literal passed where a slice is taken: its cotangent comes back as the slice's
/// (a `Vec`).
#[grad::differentiate]
fn through_a_literal(t: f64) -> f64 {
    squared_norm(&[t, t * t, t.sin()])
}

#[test]
fn a_mapped_field_integer_fields_and_an_array_passed_as_a_slice() {
    let model = Sized {
        w: array![0.3, -1.2, 0.8, 2.0],
        width: 3,
    };
    let ys = vec![0.5, -0.25];
    let (value, (gradient, dys)) = mapped_field_grad(&model, &ys);
    assert_eq!(value, mapped_field(&model, &ys));
    assert_eq!(
        gradient.width, 3,
        "a skipped field is copied into the gradient"
    );
    let numeric = numerical(|model: &Sized| mapped_field(model, &ys), &model);
    let error = max_rel_error(&elements(&gradient), &numeric);
    assert!(error < TOL, "the field: relative error {error:e}");
    let numeric = numerical(|ys: &Vec<f64>| mapped_field(&model, ys), &ys);
    let error = max_rel_error(&dys, &numeric);
    assert!(error < TOL, "the slice: relative error {error:e}");

    let t = 0.7;
    let (value, derivative) = through_a_literal_grad(t);
    assert_eq!(value, through_a_literal(t));
    let expected = 2.0 * t + 4.0 * t.powi(3) + 2.0 * t.sin() * t.cos();
    let error = max_rel_error(&[derivative], &[expected]);
    assert!(error < TOL, "{derivative} against {expected}");
}
