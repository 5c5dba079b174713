//! Generic functions (issue 12): `fn f<A: grad::Scalar>(..) -> A` gets `f_grad` and `f_vjp`
//! generic over `A`, with the same bounds; instantiated at `f32` and `f64`, against central
//! differences in `f64` and the `f64` gradient in `f32`. Methods of a generic `impl` block, with
//! `#[grad::differentiate]` on the block as well.

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

/// A line generic over its scalar, fitted by a method of a generic `impl` block: the attribute on
/// the block lets the methods' pullbacks name `A` (a method's own attribute sees only the method).
#[derive(Clone, Debug, PartialEq, grad::Tangent)]
struct Line<A: Scalar> {
    slope: A,
    offset: A,
}

#[grad::differentiate]
impl<A: Scalar> Line<A> {
    #[grad::differentiate]
    fn eval(&self, t: A) -> A {
        self.slope * t + self.offset
    }

    /// Squared error of the line through the points, with respect to the line only, through
    /// `eval`'s rule.
    #[grad::differentiate(wrt(self))]
    fn loss(&self, ts: &[A], ys: &[A]) -> A {
        let mut total = A::ZERO;
        for (t, y) in ts.iter().zip(ys) {
            total += (self.eval(*t) - *y).powi(2) + (self.slope * *t).sin();
        }
        total
    }

    /// Not marked: kept as written.
    fn slope_of(&self) -> A {
        self.slope
    }
}

/// A function calling the generic method, so that the method's pullback outlives nothing it
/// borrowed (`use<A>`, no lifetime).
#[grad::differentiate(wrt(line))]
fn fitted(line: &Line<f64>, shift: f64) -> f64 {
    let ts = vec![1.0 + shift, 2.0, 3.0];
    let ys = [1.0, 3.0, 4.0];
    line.loss(&ts, &ys) * line.slope
}

#[test]
fn methods_of_a_generic_impl_block() {
    let p = Line {
        slope: 1.5,
        offset: -0.5,
    };
    let (value, (dp, dt)) = p.eval_grad(2.0);
    assert_eq!(value, p.eval(2.0));
    assert_eq!(
        (dp, dt),
        (
            Line {
                slope: 2.0,
                offset: 1.0
            },
            1.5
        )
    );
    assert_eq!(p.slope_of(), 1.5);
    let (ts, ys) = ([1.0, 2.0, 3.0], [1.0, 3.0, 4.0]);
    let (value, dp) = p.loss_grad(&ts, &ys);
    assert_eq!(value, p.loss(&ts, &ys));
    let line = |v: [f64; 2]| Line {
        slope: v[0],
        offset: v[1],
    };
    let f = |v: [f64; 2]| line(v).loss(&ts, &ys);
    assert_matches_fd(f, [1.5, -0.5], [dp.slope, dp.offset], "loss");

    let (value, dp) = fitted_grad(&p, 0.25);
    assert_eq!(value, fitted(&p, 0.25));
    let f = |v: [f64; 2]| fitted(&line(v), 0.25);
    assert_matches_fd(
        f,
        [1.5, -0.5],
        [dp.slope, dp.offset],
        "a function calling the method",
    );

    let p32 = Line {
        slope: 1.5_f32,
        offset: -0.5,
    };
    let (_, dp32) = p32.loss_grad(&[1.0, 2.0, 3.0], &[1.0, 3.0, 4.0]);
    let (_, dp) = p.loss_grad(&ts, &ys);
    assert!((f64::from(dp32.slope) - dp.slope).abs() < 1e-3 * dp.slope.abs());
}

/// The normal density, generic, with `A::PI()` from `num_traits`' `FloatConst` (which `Scalar`
/// includes) and `A::from(0.5)`.
#[grad::differentiate]
fn normal_density<A: Scalar>(x: A, mu: A, sigma: A) -> A {
    let half = A::from(0.5).unwrap();
    let z = (x - mu) / sigma;
    (-half * z * z).exp() / (sigma * (A::PI() + A::PI()).sqrt())
}

#[test]
fn constants_of_a_generic_float() {
    let (x, mu, sigma) = (0.5, -0.2, 1.3);
    let (value, (dx, dmu, dsigma)) = normal_density_grad(x, mu, sigma);
    assert_eq!(value, normal_density(x, mu, sigma));
    let f = |[x, mu, sigma]: [f64; 3]| normal_density(x, mu, sigma);
    common::assert_matches_fd(f, [x, mu, sigma], [dx, dmu, dsigma], "normal density");
    let (value32, (dx32, _, _)) = normal_density_grad(0.5f32, -0.2, 1.3);
    approx::assert_relative_eq!(value32 as f64, value, max_relative = 1e-6);
    approx::assert_relative_eq!(dx32 as f64, dx, max_relative = 1e-5);
}
