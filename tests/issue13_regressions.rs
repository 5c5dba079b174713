//! Regressions of the macro bugs the differential tests found (issue 13), each against central
//! differences or its closed form.

mod common;

use common::{assert_close, assert_matches_fd};
use grad::runtime::ndarray::{Array1, Array2, array};

/// A float method on an element of an ndarray parameter, its last use in reverse order
/// (panicked: the element's place adjoint was an empty placeholder).
#[grad::differentiate]
fn element_method(w: &Array1<f64>) -> f64 {
    w[0] + w[1].exp()
}

/// A buffer only written, never read: its adjoint's type had nothing to be inferred from.
// Indexed writes in a loop are what this tests.
#[allow(clippy::needless_range_loop)]
#[grad::differentiate]
fn write_only_buffer(x: f64) -> f64 {
    let mut v = vec![0.0_f64; 2];
    for i in 0..2 {
        v[i] = x * x;
    }
    if v[0] > 1.0 { x * 3.0 } else { -x }
}

/// `.mean().unwrap()` of an array that is not differentiated kept ndarray's `Option`.
#[grad::differentiate(wrt(x))]
fn mean_of_data(x: f64, u: &Array1<f64>) -> f64 {
    let m = u.mean().unwrap();
    m / 1.25 + x * m
}

/// The transpose of a local array that is not differentiated, read by a rule (E0597/E0700).
#[grad::differentiate]
fn transposed_constant(a: &Array2<f64>) -> f64 {
    let z: Array2<f64> = Array2::from_elem((2, 3), 0.5);
    a.dot(&z.t()).sum() + (a * &z.t().t()).sum()
}

#[test]
fn bugs_found_by_the_differential_tests() {
    let w = array![0.5, -1.5];
    let (value, dw) = element_method_grad(&w);
    assert_close(value, element_method(&w), "value");
    assert_eq!(dw, array![1.0, (-1.5_f64).exp()]);
    assert_eq!(write_only_buffer_grad(2.0), (6.0, 3.0));
    assert_eq!(write_only_buffer_grad(0.5), (-0.5, -1.0));
    let u = array![1.0, 2.0, 6.0];
    assert_eq!(mean_of_data_grad(0.5, &u), (3.0 / 1.25 + 1.5, 3.0));
    let a = array![[1.0, 2.0, 3.0], [-1.0, 0.5, 2.0]];
    let (value, da) = transposed_constant_grad(&a);
    assert_close(value, transposed_constant(&a), "value");
    let f = |v: [f64; 6]| transposed_constant(&Array2::from_shape_vec((2, 3), v.to_vec()).unwrap());
    let flat: Vec<f64> = da.iter().copied().collect();
    assert_matches_fd(
        f,
        [1.0, 2.0, 3.0, -1.0, 0.5, 2.0],
        flat.try_into().unwrap(),
        "transposed",
    );
}
