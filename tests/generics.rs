//! Generic functions (issue 12): `fn f<A: grad::Scalar>(..) -> A` gets `f_grad` and `f_vjp`
//! generic over `A`, with the same bounds; instantiated at `f32` and `f64`, against central
//! differences in `f64` and the `f64` gradient in `f32`.

mod common;

use common::assert_matches_fd;
use grad::Scalar;
use grad::runtime::ndarray::{Array1, array};

#[grad::differentiate]
fn polynomial<A: Scalar>(x: A, ys: &[A]) -> A {
    let mut s = x * x;
    for y in ys.iter() {
        s += *y * x.sin();
    }
    s + ys.iter().map(|y| *y * x).sum::<A>() / (x.exp() + A::ONE)
}

#[grad::differentiate(wrt(w))]
fn weighted<A: Scalar>(w: &Array1<A>, data: &Array1<A>) -> A {
    (w * data).mapv(|v| v.tanh()).sum() + w.dot(w)
}

#[test]
fn generic_functions_at_f64_and_f32() {
    let ys = [1.0, 2.0, -0.5];
    let (value, (dx, dys)) = polynomial_grad(1.5_f64, &ys);
    assert_eq!(value, polynomial(1.5, &ys));
    let f = |v: [f64; 4]| polynomial(v[0], &v[1..]);
    assert_matches_fd(
        f,
        [1.5, 1.0, 2.0, -0.5],
        [dx, dys[0], dys[1], dys[2]],
        "f64",
    );
    let (value32, (dx32, _)) = polynomial_grad(1.5_f32, &[1.0, 2.0, -0.5]);
    assert!((f64::from(value32) - value).abs() < 1e-5);
    assert!((f64::from(dx32) - dx).abs() < 1e-4);

    let (w, data) = (array![0.5, -1.0, 0.25], array![1.0, 2.0, -3.0]);
    let (value, dw) = weighted_grad(&w, &data);
    assert_eq!(value, weighted(&w, &data));
    let f = |v: [f64; 3]| weighted(&Array1::from(v.to_vec()), &data);
    assert_matches_fd(f, [0.5, -1.0, 0.25], [dw[0], dw[1], dw[2]], "array");
    let (_, dw32) = weighted_grad(&w.mapv(|v| v as f32), &data.mapv(|v| v as f32));
    assert!((f64::from(dw32[1]) - dw[1]).abs() < 1e-5);
}
