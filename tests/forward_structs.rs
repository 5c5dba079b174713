//! Forward mode (`f_jvp`) and second order (`f_hvp`) of functions whose differentiated
//! parameters are structs written in `f64` (not generic over their float): `derive(Tangent)`
//! writes their twins at dual numbers (`__GradDualSpring<Dual<f64>>`), to which the parameters
//! cross, so `f_jvp` runs at dual numbers rather than through the gradient and `f_hvp` exists.
//! Checked against central differences (of `f`, of `f_grad`) and against `⟨∇f, v⟩`, each
//! struct flattened field by field into a vector.

mod common;

use common::{assert_all_relative, hvp_by_differences, jvp_by_differences};
use grad::runtime::ndarray::Array1;

/// `f_grad` on the flattened parameters: the value and the gradient.
type Grad<'a> = &'a dyn Fn(&[f64]) -> (f64, Vec<f64>);
/// `f_jvp` on the flattened parameters and tangents.
type Jvp<'a> = &'a dyn Fn(&[f64], &[f64]) -> (f64, f64);
/// `f_hvp` on the flattened parameters and directions: the value, the gradient and `H v`.
type Hvp<'a> = &'a dyn Fn(&[f64], &[f64]) -> (f64, Vec<f64>, Vec<f64>);

/// What each case gives the checks, on the flattened parameters: `f`, its gradient from
/// `f_grad`, `f_jvp` and `f_hvp`.
struct Case<'a> {
    f: &'a dyn Fn(&[f64]) -> f64,
    grad: Grad<'a>,
    jvp: Jvp<'a>,
    hvp: Hvp<'a>,
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

// Nested structs: a field holding a struct with a twin, a `Vec` of them, and a skipped float
// (lifted as a constant) beside a skipped count (kept).
#[derive(Clone, Debug, grad::Tangent)]
struct Chain {
    // First: a struct as the first field overflows rustc's evaluation of `Tangent`'s scalar,
    // with or without twins.
    scale: f64,
    first: Spring,
    links: Vec<Spring>,
    #[tangent(skip)]
    damping: f64,
    #[tangent(skip)]
    label: String,
}

impl Chain {
    fn of(x: &[f64]) -> Self {
        Self {
            first: Spring::of(&x[..2]),
            links: x[2..6].chunks(2).map(Spring::of).collect(),
            scale: x[6],
            damping: 0.25,
            label: String::from("chain"),
        }
    }

    fn flat(&self) -> Vec<f64> {
        let links = self.links.iter().flat_map(Spring::flat);
        self.first
            .flat()
            .into_iter()
            .chain(links)
            .chain([self.scale])
            .collect()
    }
}

/// `dual_calls`: its copies call `energy`'s companions, on the twin of `c.first`.
#[grad::differentiate(dual_calls)]
fn chain_energy(c: &Chain, x: f64) -> f64 {
    let mut total = energy(&c.first, x) * c.scale;
    for i in 0..c.links.len() {
        let d = x - c.links[i].rest * c.damping;
        total += c.links[i].k * d * d * c.scale;
    }
    total
}

#[test]
fn nested_structs_and_skipped_fields() {
    let n = 7;
    let (y, _) = chain_energy_jvp(&Chain::of(&[1.0; 7]), 0.5, &Chain::of(&[0.0; 7]), 1.0);
    assert_eq!(Chain::of(&[0.0; 7]).label, "chain");
    assert_eq!(y, chain_energy(&Chain::of(&[1.0; 7]), 0.5));
    Case {
        f: &|x| chain_energy(&Chain::of(&x[..n]), x[n]),
        grad: &|x| {
            let (y, (c, x)) = chain_energy_grad(&Chain::of(&x[..n]), x[n]);
            (y, [c.flat(), vec![x]].concat())
        },
        jvp: &|x, v| chain_energy_jvp(&Chain::of(&x[..n]), x[n], &Chain::of(&v[..n]), v[n]),
        hvp: &|x, v| {
            let (y, (gc, gx), (hc, hx)) =
                chain_energy_hvp(&Chain::of(&x[..n]), x[n], &Chain::of(&v[..n]), v[n]);
            (
                y,
                [gc.flat(), vec![gx]].concat(),
                [hc.flat(), vec![hx]].concat(),
            )
        },
    }
    .check(
        &[2.0, 0.5, 1.1, -0.3, 0.7, 0.9, 1.3, 1.5],
        &[0.3, -0.2, 0.1, 0.5, -0.4, 0.2, 0.6, 0.7],
    );
}

// A struct written in `f32`, its fields an array `[f32; 2]` and a scalar.
#[derive(Clone, Debug, grad::Tangent)]
struct Point32 {
    at: [f32; 2],
    weight: f32,
}

#[grad::differentiate]
fn bump(p: &Point32, x: f32) -> f32 {
    let d0 = x - p.at[0];
    let d1 = x * x - p.at[1];
    p.weight * (d0 * d0 + d1 * d1).exp()
}

#[test]
fn a_struct_in_f32() {
    let p = Point32 {
        at: [0.2, -0.1],
        weight: 1.5,
    };
    let v = Point32 {
        at: [0.3, 0.1],
        weight: -0.4,
    };
    let (value, derivative) = bump_jvp(&p, 0.4, &v, 0.2);
    let (grad_value, (gp, gx)) = bump_grad(&p, 0.4);
    assert_eq!(value, grad_value);
    let along = gp.at[0] * v.at[0] + gp.at[1] * v.at[1] + gp.weight * v.weight + gx * 0.2;
    approx::assert_relative_eq!(derivative, along, max_relative = 1e-5);
    let (hvp_value, (hp, hx), (product, product_x)) = bump_hvp(&p, 0.4, &v, 0.2);
    assert_eq!(
        (hvp_value, hp.at, hp.weight, hx),
        (grad_value, gp.at, gp.weight, gx)
    );
    assert!(
        product
            .at
            .iter()
            .chain([&product.weight, &product_x])
            .all(|x| x.is_finite())
    );
}

/// `GRAD_DEBUG=1` says each of these functions runs at dual numbers, not through the gradient.
#[test]
fn these_functions_run_at_dual_numbers() {
    // `f_hvp` exists only for a function that runs at dual numbers: its existence is the check.
    let _ = (energy_hvp, horner_hvp, activation_hvp, coupled_hvp);
    let _ = (chain_energy_hvp, bump_hvp);
}

// A tuple field.
#[derive(Clone, Debug, grad::Tangent)]
struct Swing {
    // First: a tuple as the first field overflows rustc's evaluation of `Tangent`'s scalar,
    // with or without twins.
    mass: f64,
    arm: (f64, f64),
}

#[grad::differentiate]
fn swing(p: &Swing, t: f64) -> f64 {
    let (length, phase) = p.arm;
    p.mass * (length * t + phase).sin() + length * t * t
}

#[test]
fn a_tuple_field() {
    let of = |x: &[f64]| Swing {
        arm: (x[0], x[1]),
        mass: x[2],
    };
    let flat = |s: Swing| vec![s.arm.0, s.arm.1, s.mass];
    Case {
        f: &|x| swing(&of(x), x[3]),
        grad: &|x| {
            let (y, (s, t)) = swing_grad(&of(x), x[3]);
            (y, [flat(s), vec![t]].concat())
        },
        jvp: &|x, v| swing_jvp(&of(x), x[3], &of(v), v[3]),
        hvp: &|x, v| {
            let (y, (gs, gt), (hs, ht)) = swing_hvp(&of(x), x[3], &of(v), v[3]);
            (
                y,
                [flat(gs), vec![gt]].concat(),
                [flat(hs), vec![ht]].concat(),
            )
        },
    }
    .check(&[1.3, 0.2, 0.8, 0.6], &[0.4, -0.3, 0.2, 0.5]);
}

// A loop over a `Vec` field by iterator, its elements by reference.
#[grad::differentiate]
fn cubes(p: &Poly, x: f64) -> f64 {
    let mut total = 0.0;
    for c in p.c.iter() {
        total += c * c * x + (c * x).sin();
    }
    for (i, c) in p.c.iter().enumerate() {
        total += *c * (i as f64);
    }
    total
}

#[test]
fn a_vec_field_read_by_iterator() {
    let n = 3;
    Case {
        f: &|x| cubes(&Poly::of(&x[..n]), x[n]),
        grad: &|x| {
            let (y, (p, x)) = cubes_grad(&Poly::of(&x[..n]), x[n]);
            (y, [p.c, vec![x]].concat())
        },
        jvp: &|x, v| cubes_jvp(&Poly::of(&x[..n]), x[n], &Poly::of(&v[..n]), v[n]),
        hvp: &|x, v| {
            let (y, (gp, gx), (hp, hx)) =
                cubes_hvp(&Poly::of(&x[..n]), x[n], &Poly::of(&v[..n]), v[n]);
            (y, [gp.c, vec![gx]].concat(), [hp.c, vec![hx]].concat())
        },
    }
    .check(&[0.5, -1.2, 0.8, 0.9], &[0.2, 0.4, -0.7, -0.3]);
}

// A method of `Spring`'s (differentiating its receiver, so not at dual numbers) called on a
// struct parameter, with `dual_calls`: the twin has none of `Spring`'s methods, so `f_jvp` goes
// through the gradient, as before twins.
impl Spring {
    #[grad::differentiate]
    fn stretch(&self, x: f64) -> f64 {
        self.k * (x - self.rest)
    }
}

#[grad::differentiate(dual_calls)]
fn through_a_method(s: &Spring, x: f64) -> f64 {
    s.stretch(x).powi(2) + s.k
}

#[test]
fn a_method_called_on_a_struct_parameter_goes_through_the_gradient() {
    let (s, v) = (Spring { k: 2.0, rest: 0.5 }, Spring { k: 0.3, rest: -0.2 });
    let (value, derivative) = through_a_method_jvp(&s, 1.5, &v, 0.7);
    let (grad_value, (gs, gx)) = through_a_method_grad(&s, 1.5);
    assert_eq!(value, grad_value);
    let along = gs.k * v.k + gs.rest * v.rest + gx * 0.7;
    approx::assert_relative_eq!(derivative, along, max_relative = 1e-12);
}
