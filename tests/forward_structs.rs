//! Forward mode (`f_jvp`) and second order (`f_hvp`) of functions whose differentiated
//! parameters are structs written in `f64` (not generic over their float): `derive(Tangent)`
//! writes their twins at dual numbers (`__GradDualSpring<Dual<f64>>`), to which the parameters
//! cross, so `f_jvp` runs at dual numbers rather than through the gradient and `f_hvp` exists.
//! Checked against central differences (of `f`, of `f_grad`) and against `⟨∇f, v⟩`, each
//! struct flattened field by field into a vector.

mod common;

use common::{assert_all_relative, hvp_by_differences, jvp_by_differences};
use grad::runtime::ndarray::Array1;

/// What each case gives the checks, on the flattened parameters: `f`, its gradient from
/// `f_grad`, `f_jvp` and `f_hvp`.
struct Case<'a> {
    f: &'a dyn Fn(&[f64]) -> f64,
    grad: &'a dyn Fn(&[f64]) -> (f64, Vec<f64>),
    jvp: &'a dyn Fn(&[f64], &[f64]) -> (f64, f64),
    hvp: &'a dyn Fn(&[f64], &[f64]) -> (f64, Vec<f64>, Vec<f64>),
}

impl Case<'_> {
    /// `f_jvp` against central differences (1e-6) and `⟨∇f, v⟩` (1e-12); `f_hvp`'s value and
    /// gradient equal to `f_grad`'s, its `H v` against central differences of `f_grad`.
    fn check(&self, x: &[f64], v: &[f64]) {
        let (value, gradient) = (self.grad)(x);
        let (jvp_value, derivative) = (self.jvp)(x, v);
        assert_eq!(jvp_value, (self.f)(x), "f_jvp's value");
        assert_all_relative(&[derivative], &[jvp_by_differences(self.f, x, v)]);
        let along: f64 = gradient.iter().zip(v).map(|(g, v)| g * v).sum();
        approx::assert_relative_eq!(derivative, along, max_relative = 1e-12, epsilon = 1e-12);
        let (hvp_value, hvp_gradient, product) = (self.hvp)(x, v);
        assert_eq!(hvp_value, value, "f_hvp's value");
        assert_all_relative(&hvp_gradient, &gradient);
        let expected = hvp_by_differences(|x| (self.grad)(x).1, x, v);
        assert_all_relative(&product, &expected);
    }
}

// Scalar fields, by reference, the struct and a float differentiated.
#[derive(Clone, Debug, PartialEq, grad::Tangent)]
struct Spring {
    k: f64,
    rest: f64,
}

impl Spring {
    fn of(x: &[f64]) -> Self {
        Self {
            k: x[0],
            rest: x[1],
        }
    }

    fn flat(&self) -> Vec<f64> {
        vec![self.k, self.rest]
    }
}

#[grad::differentiate]
fn energy(s: &Spring, x: f64) -> f64 {
    let d = x - s.rest;
    0.5 * s.k * d * d
}

#[test]
fn scalar_fields_by_reference() {
    let (y, dy) = energy_jvp(
        &Spring { k: 2.0, rest: 0.5 },
        1.5,
        &Spring { k: 0.3, rest: -0.2 },
        0.7,
    );
    assert_eq!(y, 1.0);
    // d = 1: ∂k = d²/2 = 0.5, ∂rest = -k d = -2, ∂x = k d = 2.
    approx::assert_relative_eq!(dy, 0.5 * 0.3 + 2.0 * 0.2 + 2.0 * 0.7, max_relative = 1e-12);
    Case {
        f: &|x| energy(&Spring::of(x), x[2]),
        grad: &|x| {
            let (y, (s, x)) = energy_grad(&Spring::of(x), x[2]);
            (y, [s.flat(), vec![x]].concat())
        },
        jvp: &|x, v| energy_jvp(&Spring::of(x), x[2], &Spring::of(v), v[2]),
        hvp: &|x, v| {
            let (y, (gs, gx), (hs, hx)) = energy_hvp(&Spring::of(x), x[2], &Spring::of(v), v[2]);
            (
                y,
                [gs.flat(), vec![gx]].concat(),
                [hs.flat(), vec![hx]].concat(),
            )
        },
    }
    .check(&[2.0, 0.5, 1.5], &[0.3, -0.2, 0.7]);
}

// A `Vec<f64>` field, the struct by value, a loop over the field; a skipped field.
#[derive(Clone, Debug, grad::Tangent)]
struct Poly {
    c: Vec<f64>,
    #[tangent(skip)]
    degree: usize,
}

impl Poly {
    fn of(x: &[f64]) -> Self {
        Self {
            c: x.to_vec(),
            degree: x.len() - 1,
        }
    }
}

#[grad::differentiate]
fn horner(p: Poly, x: f64) -> f64 {
    let mut y = 0.0;
    for i in 0..=p.degree {
        y = y * x + p.c[p.degree - i] * (x * p.c[i]).sin();
    }
    y
}

#[test]
fn a_vec_field_by_value_read_in_a_loop() {
    let n = 4;
    Case {
        f: &|x| horner(Poly::of(&x[..n]), x[n]),
        grad: &|x| {
            let (y, (p, x)) = horner_grad(Poly::of(&x[..n]), x[n]);
            (y, [p.c, vec![x]].concat())
        },
        jvp: &|x, v| horner_jvp(Poly::of(&x[..n]), x[n], Poly::of(&v[..n]), v[n]),
        hvp: &|x, v| {
            let (y, (gp, gx), (hp, hx)) =
                horner_hvp(Poly::of(&x[..n]), x[n], Poly::of(&v[..n]), v[n]);
            (y, [gp.c, vec![gx]].concat(), [hp.c, vec![hx]].concat())
        },
    }
    .check(&[0.5, -1.2, 0.8, 0.3, 0.9], &[0.2, 0.4, -0.7, 0.1, -0.3]);
}

// An `Array1<f64>` field beside a scalar one, with a data parameter.
#[derive(Clone, Debug, grad::Tangent)]
struct Neuron {
    w: Array1<f64>,
    b: f64,
}

impl Neuron {
    fn of(x: &[f64]) -> Self {
        Self {
            w: Array1::from(x[..x.len() - 1].to_vec()),
            b: x[x.len() - 1],
        }
    }

    fn flat(&self) -> Vec<f64> {
        [self.w.to_vec(), vec![self.b]].concat()
    }
}

#[grad::differentiate(wrt(n))]
fn activation(n: &Neuron, input: &Array1<f64>) -> f64 {
    let z = (&n.w * input).sum() + n.b;
    z.tanh() + 0.1 * (&n.w * &n.w).sum()
}

#[test]
fn an_array_field() {
    let input = Array1::from(vec![0.4, -0.8, 1.1]);
    Case {
        f: &|x| activation(&Neuron::of(x), &input),
        grad: &|x| {
            let (y, n) = activation_grad(&Neuron::of(x), &input);
            (y, n.flat())
        },
        jvp: &|x, v| activation_jvp(&Neuron::of(x), &input, &Neuron::of(v)),
        hvp: &|x, v| {
            let (y, g, h) = activation_hvp(&Neuron::of(x), &input, &Neuron::of(v));
            (y, g.flat(), h.flat())
        },
    }
    .check(&[0.3, 0.1, -0.5, 0.2], &[0.5, -0.3, 0.2, 0.9]);
}

// Two struct parameters, one by reference and one by value.
#[grad::differentiate]
fn coupled(a: &Spring, b: Spring, x: f64) -> f64 {
    let d = x - a.rest - b.rest;
    a.k * b.k * d * d + (a.k - b.k).exp()
}

#[test]
fn two_struct_parameters() {
    let of = |x: &[f64]| (Spring::of(&x[..2]), Spring::of(&x[2..4]), x[4]);
    Case {
        f: &|x| {
            let (a, b, x) = of(x);
            coupled(&a, b, x)
        },
        grad: &|x| {
            let (a, b, x) = of(x);
            let (y, (ga, gb, gx)) = coupled_grad(&a, b, x);
            (y, [ga.flat(), gb.flat(), vec![gx]].concat())
        },
        jvp: &|x, v| {
            let ((a, b, x), (va, vb, vx)) = (of(x), of(v));
            coupled_jvp(&a, b, x, &va, vb, vx)
        },
        hvp: &|x, v| {
            let ((a, b, x), (va, vb, vx)) = (of(x), of(v));
            let (y, (ga, gb, gx), (ha, hb, hx)) = coupled_hvp(&a, b, x, &va, vb, vx);
            (
                y,
                [ga.flat(), gb.flat(), vec![gx]].concat(),
                [ha.flat(), hb.flat(), vec![hx]].concat(),
            )
        },
    }
    .check(&[1.2, 0.3, 0.7, -0.4, 0.9], &[0.1, -0.6, 0.4, 0.3, -0.2]);
}

/// `GRAD_DEBUG=1` says each of these functions runs at dual numbers, not through the gradient.
#[test]
fn these_functions_run_at_dual_numbers() {
    // `f_hvp` exists only for a function that runs at dual numbers: its existence is the check.
    let _ = (energy_hvp, horner_hvp, activation_hvp, coupled_hvp);
}
