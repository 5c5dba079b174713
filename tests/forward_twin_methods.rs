//! Forward mode (`m_jvp`) and second order (`m_hvp`) of methods of structs written in `f64` (or
//! `f32`) whose receiver is differentiated: they run at dual numbers on the twin
//! `derive(Tangent)` writes (`__GradDualGaussian<Dual<f64>>`), as associated functions of their
//! block that take it (`__grad_twin_log_pdf`), and so do callers marked `dual_calls` that call
//! them on a differentiated struct parameter (`g.log_pdf(x)` with `g: &Gaussian`), and methods
//! calling them through `self`.
//!
//! Each case is checked on its parameters flattened into a vector: `f_jvp`'s value equal to
//! `f`'s, its derivative against central differences of `f` (relative 1e-6) and against
//! `⟨∇f, v⟩` from `f_grad` (relative 1e-12); `f_hvp`'s value and gradient equal to `f_grad`'s
//! (relative 1e-12), its `H v` against central differences of `f_grad` (relative 1e-6).

mod common;

use common::{hvp_by_differences, jvp_by_differences, rel_error};

/// `f_grad` on the flattened parameters: the value and the gradient.
type Grad<'a> = &'a dyn Fn(&[f64]) -> (f64, Vec<f64>);
/// `f_jvp` on the flattened parameters and tangents.
type Jvp<'a> = &'a dyn Fn(&[f64], &[f64]) -> (f64, f64);
/// `f_hvp` on the flattened parameters and directions: the value, the gradient and `H v`.
type Hvp<'a> = &'a dyn Fn(&[f64], &[f64]) -> (f64, Vec<f64>, Vec<f64>);

/// A function of flattened parameters with its generated functions.
struct Case<'a> {
    name: &'a str,
    f: &'a dyn Fn(&[f64]) -> f64,
    grad: Grad<'a>,
    jvp: Jvp<'a>,
    hvp: Hvp<'a>,
}

/// The largest relative error between two vectors, small components measured against `1e-8`.
fn largest_error(actual: &[f64], expected: &[f64]) -> f64 {
    assert_eq!(actual.len(), expected.len(), "lengths");
    actual
        .iter()
        .zip(expected)
        .map(|(a, e)| (a - e).abs() / (a.abs() + e.abs()).max(1e-8))
        .fold(0.0, f64::max)
}

impl Case<'_> {
    /// The checks of the module doc at `x` along `v`; prints the errors seen.
    fn check(&self, x: &[f64], v: &[f64]) {
        let (value, gradient) = (self.grad)(x);
        assert_eq!(value, (self.f)(x), "{}: f_grad's value", self.name);
        let (jvp_value, derivative) = (self.jvp)(x, v);
        assert_eq!(jvp_value, value, "{}: f_jvp's value", self.name);
        let by_differences = jvp_by_differences(self.f, x, v);
        let along: f64 = gradient.iter().zip(v).map(|(g, v)| g * v).sum();
        let (jvp_fd, jvp_along) = (
            rel_error(derivative, by_differences),
            rel_error(derivative, along),
        );
        let (hvp_value, hvp_gradient, product) = (self.hvp)(x, v);
        assert_eq!(hvp_value, value, "{}: f_hvp's value", self.name);
        let hvp_grad = largest_error(&hvp_gradient, &gradient);
        let expected = hvp_by_differences(|x| (self.grad)(x).1, x, v);
        let hvp_fd = largest_error(&product, &expected);
        eprintln!(
            "{}: f_jvp {derivative:.6e}, against differences {jvp_fd:.1e}, against <grad, v> {jvp_along:.1e}; f_hvp's gradient against f_grad's {hvp_grad:.1e}, H v {product:?} against differences {hvp_fd:.1e}",
            self.name
        );
        assert!(jvp_fd < 1e-6, "{}: f_jvp against differences", self.name);
        assert!(jvp_along < 1e-12, "{}: f_jvp against <grad, v>", self.name);
        assert!(hvp_grad < 1e-12, "{}: f_hvp's gradient", self.name);
        assert!(hvp_fd < 1e-6, "{}: H v against differences", self.name);
        // The product is not the gradient along `v` again, nor zero: the checks can fail.
        assert!(product.iter().any(|p| p.abs() > 1e-3), "{}: H v", self.name);
    }
}

// A Gaussian's log-density and the negative log-likelihood of data under it.
#[derive(Clone, Debug, PartialEq, grad::Tangent)]
struct Gaussian {
    mu: f64,
    log_sigma: f64,
}

impl Gaussian {
    #[grad::differentiate]
    fn log_pdf(&self, x: f64) -> f64 {
        let sigma = self.log_sigma.exp();
        let z = (x - self.mu) / sigma;
        -0.5 * z * z - self.log_sigma - 0.5 * (2.0 * std::f64::consts::PI).ln()
    }

    /// Another method through `self`, in a closure: `dual_calls`, as for any call of the user's.
    #[grad::differentiate(wrt(self), dual_calls)]
    fn log_likelihood(&self, data: &[f64]) -> f64 {
        data.iter().map(|&x| self.log_pdf(x)).sum::<f64>()
    }

    /// A parameter of type `Self`, differentiated as the receiver is: the divergence
    /// `KL(self || other)` of two Gaussians.
    #[grad::differentiate]
    fn kl(&self, other: &Self) -> f64 {
        let ratio = (self.log_sigma - other.log_sigma).exp();
        let gap = (self.mu - other.mu) / other.log_sigma.exp();
        other.log_sigma - self.log_sigma + 0.5 * (ratio * ratio + gap * gap) - 0.5
    }

    /// The same towards a fixed Gaussian, a parameter of type `Self` not differentiated: it
    /// crosses to the twin as a constant.
    #[grad::differentiate(wrt(self), dual_calls)]
    fn kl_to(&self, target: &Self) -> f64 {
        self.kl(target)
    }
}

#[grad::differentiate(wrt(g), dual_calls)]
fn neg_log_likelihood(g: &Gaussian, data: &[f64]) -> f64 {
    -data.iter().map(|&x| g.log_pdf(x)).sum::<f64>()
}

/// By value, through the method called with a path and through another through `self`, beside
/// a method with a parameter of type `Self`.
#[grad::differentiate(wrt(g, x), dual_calls)]
fn penalised(g: Gaussian, x: f64, data: &[f64]) -> f64 {
    Gaussian::log_pdf(&g, x).powi(2) - g.log_likelihood(data) + g.kl(&g) + x * g.mu
}

/// A caller to which the Gaussian is data: `g.log_pdf(x)` runs with the Gaussian's twin a
/// constant (`__grad_dual_log_pdf`).
#[grad::differentiate(wrt(x), dual_calls)]
fn density_at(g: &Gaussian, x: f64) -> f64 {
    g.log_pdf(x.sin()).exp() * x
}

fn gaussian(x: &[f64]) -> Gaussian {
    Gaussian {
        mu: x[0],
        log_sigma: x[1],
    }
}

fn gaussian_flat(g: &Gaussian) -> Vec<f64> {
    vec![g.mu, g.log_sigma]
}

const DATA: [f64; 5] = [0.3, -1.1, 0.8, 2.0, -0.4];

#[test]
fn a_gaussians_log_density_runs_at_dual_numbers() {
    let (x, v) = ([0.4, -0.3, 1.2], [0.7, 1.1, -0.5]);
    Case {
        name: "log_pdf",
        f: &|x| gaussian(x).log_pdf(x[2]),
        grad: &|x| {
            let (value, (dg, dx)) = gaussian(x).log_pdf_grad(x[2]);
            (value, [gaussian_flat(&dg), vec![dx]].concat())
        },
        jvp: &|x, v| gaussian(x).log_pdf_jvp(x[2], &gaussian(v), v[2]),
        hvp: &|x, v| {
            let (value, (dg, dx), (hg, hx)) = gaussian(x).log_pdf_hvp(x[2], &gaussian(v), v[2]);
            let gradient = [gaussian_flat(&dg), vec![dx]].concat();
            (value, gradient, [gaussian_flat(&hg), vec![hx]].concat())
        },
    }
    .check(&x, &v);
    // The closed form: d/dmu = z / sigma, d/dlog_sigma = z^2 - 1, d/dx = -z / sigma.
    let (mu, log_sigma, at) = (x[0], x[1], x[2]);
    let sigma = f64::exp(log_sigma);
    let z = (at - mu) / sigma;
    let (_, derivative) = gaussian(&x).log_pdf_jvp(at, &gaussian(&v), v[2]);
    let closed = v[0] * z / sigma + v[1] * (z * z - 1.0) - v[2] * z / sigma;
    approx::assert_relative_eq!(derivative, closed, max_relative = 1e-12);
}

#[test]
fn a_caller_marked_dual_calls_runs_the_method_on_the_twin() {
    let (x, v) = ([0.2, 0.3], [-0.6, 0.9]);
    Case {
        name: "neg_log_likelihood",
        f: &|x| neg_log_likelihood(&gaussian(x), &DATA),
        grad: &|x| {
            let (value, dg) = neg_log_likelihood_grad(&gaussian(x), &DATA);
            (value, gaussian_flat(&dg))
        },
        jvp: &|x, v| neg_log_likelihood_jvp(&gaussian(x), &DATA, &gaussian(v)),
        hvp: &|x, v| {
            let (value, dg, hg) = neg_log_likelihood_hvp(&gaussian(x), &DATA, &gaussian(v));
            (value, gaussian_flat(&dg), gaussian_flat(&hg))
        },
    }
    .check(&x, &v);
    // The Hessian in closed form, for n points with mean m and sum of squared deviations s2:
    // d2/dmu2 = n / sigma^2, d2/dmu dls = 2 n (m - mu) / sigma^2, d2/dls2 = 2 sum (x - mu)^2 / sigma^2.
    let (mu, sigma) = (x[0], f64::exp(x[1]));
    let n = DATA.len() as f64;
    let mean = DATA.iter().sum::<f64>() / n;
    let squares: f64 = DATA.iter().map(|d| (d - mu).powi(2)).sum();
    let s2 = sigma * sigma;
    let expected = [
        n / s2 * v[0] + 2.0 * n * (mean - mu) / s2 * v[1],
        2.0 * n * (mean - mu) / s2 * v[0] + 2.0 * squares / s2 * v[1],
    ];
    let (_, _, product) = neg_log_likelihood_hvp(&gaussian(&x), &DATA, &gaussian(&v));
    approx::assert_relative_eq!(product.mu, expected[0], max_relative = 1e-12);
    approx::assert_relative_eq!(product.log_sigma, expected[1], max_relative = 1e-12);
}

#[test]
fn methods_through_self_and_a_parameter_of_type_self() {
    let (x, v) = ([0.1, -0.2], [0.5, 0.8]);
    Case {
        name: "log_likelihood",
        f: &|x| gaussian(x).log_likelihood(&DATA),
        grad: &|x| {
            let (value, dg) = gaussian(x).log_likelihood_grad(&DATA);
            (value, gaussian_flat(&dg))
        },
        jvp: &|x, v| gaussian(x).log_likelihood_jvp(&DATA, &gaussian(v)),
        hvp: &|x, v| {
            let (value, dg, hg) = gaussian(x).log_likelihood_hvp(&DATA, &gaussian(v));
            (value, gaussian_flat(&dg), gaussian_flat(&hg))
        },
    }
    .check(&x, &v);
    let (x, v) = ([0.3, 0.2, -0.5, 0.4], [1.0, -0.5, 0.25, 0.75]);
    let other = |x: &[f64]| gaussian(&x[2..]);
    Case {
        name: "kl",
        f: &|x| gaussian(x).kl(&other(x)),
        grad: &|x| {
            let (value, (dp, dq)) = gaussian(x).kl_grad(&other(x));
            (value, [gaussian_flat(&dp), gaussian_flat(&dq)].concat())
        },
        jvp: &|x, v| gaussian(x).kl_jvp(&other(x), &gaussian(v), &other(v)),
        hvp: &|x, v| {
            let (value, (dp, dq), (hp, hq)) =
                gaussian(x).kl_hvp(&other(x), &gaussian(v), &other(v));
            let gradient = [gaussian_flat(&dp), gaussian_flat(&dq)].concat();
            (
                value,
                gradient,
                [gaussian_flat(&hp), gaussian_flat(&hq)].concat(),
            )
        },
    }
    .check(&x, &v);
}

#[test]
fn a_parameter_of_type_self_as_a_constant() {
    let target = gaussian(&[-0.5, 0.4]);
    let (x, v) = ([0.3, 0.2], [1.0, -0.5]);
    Case {
        name: "kl_to",
        f: &|x| gaussian(x).kl_to(&target),
        grad: &|x| {
            let (value, dg) = gaussian(x).kl_to_grad(&target);
            (value, gaussian_flat(&dg))
        },
        jvp: &|x, v| gaussian(x).kl_to_jvp(&target, &gaussian(v)),
        hvp: &|x, v| {
            let (value, dg, hg) = gaussian(x).kl_to_hvp(&target, &gaussian(v));
            (value, gaussian_flat(&dg), gaussian_flat(&hg))
        },
    }
    .check(&x, &v);
}

#[test]
fn a_struct_by_value_and_a_struct_that_is_data() {
    let (x, v) = ([0.3, -0.1, 0.9], [0.4, 0.6, -1.2]);
    Case {
        name: "penalised",
        f: &|x| penalised(gaussian(x), x[2], &DATA),
        grad: &|x| {
            let (value, (dg, dx)) = penalised_grad(gaussian(x), x[2], &DATA);
            (value, [gaussian_flat(&dg), vec![dx]].concat())
        },
        jvp: &|x, v| penalised_jvp(gaussian(x), x[2], &DATA, gaussian(v), v[2]),
        hvp: &|x, v| {
            let (value, (dg, dx), (hg, hx)) =
                penalised_hvp(gaussian(x), x[2], &DATA, gaussian(v), v[2]);
            let gradient = [gaussian_flat(&dg), vec![dx]].concat();
            (value, gradient, [gaussian_flat(&hg), vec![hx]].concat())
        },
    }
    .check(&x, &v);
    let g = Gaussian {
        mu: 0.2,
        log_sigma: -0.4,
    };
    Case {
        name: "density_at",
        f: &|x| density_at(&g, x[0]),
        grad: &|x| {
            let (value, dx) = density_at_grad(&g, x[0]);
            (value, vec![dx])
        },
        jvp: &|x, v| density_at_jvp(&g, x[0], v[0]),
        hvp: &|x, v| {
            let (value, dx, hx) = density_at_hvp(&g, x[0], v[0]);
            (value, vec![dx], vec![hx])
        },
    }
    .check(&[0.7], &[1.3]);
}

// A struct with a `Vec` field and a float field, in that order: a linear model with `tanh`.
#[derive(Clone, Debug, PartialEq, grad::Tangent)]
struct Linear {
    w: Vec<f64>,
    bias: f64,
    #[tangent(skip)]
    inputs: usize,
}

impl Linear {
    #[grad::differentiate]
    fn predict(&self, x: &[f64]) -> f64 {
        let activation = self.w.iter().zip(x).map(|(w, x)| w * x).sum::<f64>() + self.bias;
        activation.tanh()
    }

    /// The mean squared error over the rows of `xs` (two inputs each), through `self`, scaled by
    /// the number of inputs, a skipped field the twin holds as it is.
    #[grad::differentiate(wrt(self), dual_calls)]
    fn loss(&self, xs: &[f64], ys: &[f64]) -> f64 {
        let mut total = 0.0;
        for (i, y) in ys.iter().enumerate() {
            let row = [xs[2 * i], xs[2 * i + 1]];
            let residual = self.predict(&row) - y;
            total += residual * residual;
        }
        total / (ys.len() * self.inputs) as f64
    }

    /// By value: the receiver moved into the body.
    #[grad::differentiate]
    fn shifted(self, t: f64) -> f64 {
        let w = self.w;
        (self.bias + t).sin() * w[0] + w[1] * t * t
    }
}

/// The model's loss plus a weight decay, and a method by value on the model taken by value.
#[grad::differentiate(wrt(model), dual_calls)]
fn regularised(model: Linear, xs: &[f64], ys: &[f64], t: f64) -> f64 {
    let decay: f64 = model.w.iter().map(|w| w * w).sum();
    model.loss(xs, ys) + 0.01 * decay + model.shifted(t)
}

fn linear(x: &[f64]) -> Linear {
    Linear {
        w: x[..2].to_vec(),
        bias: x[2],
        inputs: 2,
    }
}

fn linear_flat(m: &Linear) -> Vec<f64> {
    [m.w.clone(), vec![m.bias]].concat()
}

const XS: [f64; 8] = [0.5, -1.0, 1.5, 0.25, -0.75, 0.5, 2.0, -1.5];
const YS: [f64; 4] = [0.3, -0.2, 0.6, 0.1];

#[test]
fn a_linear_model_with_a_vec_field() {
    let (x, v) = ([0.4, -0.3, 0.1, 0.8, -1.2], [0.5, 1.0, -0.7, 0.3, 0.6]);
    Case {
        name: "predict",
        f: &|x| linear(x).predict(&x[3..]),
        grad: &|x| {
            let (value, (dm, dx)) = linear(x).predict_grad(&x[3..]);
            (value, [linear_flat(&dm), dx].concat())
        },
        jvp: &|x, v| linear(x).predict_jvp(&x[3..], &linear(v), &v[3..]),
        hvp: &|x, v| {
            let (value, (dm, dx), (hm, hx)) = linear(x).predict_hvp(&x[3..], &linear(v), &v[3..]);
            let gradient = [linear_flat(&dm), dx].concat();
            (value, gradient, [linear_flat(&hm), hx].concat())
        },
    }
    .check(&x, &v);
    let (x, v) = ([0.4, -0.3, 0.1], [0.5, 1.0, -0.7]);
    Case {
        name: "loss",
        f: &|x| linear(x).loss(&XS, &YS),
        grad: &|x| {
            let (value, dm) = linear(x).loss_grad(&XS, &YS);
            (value, linear_flat(&dm))
        },
        jvp: &|x, v| linear(x).loss_jvp(&XS, &YS, &linear(v)),
        hvp: &|x, v| {
            let (value, dm, hm) = linear(x).loss_hvp(&XS, &YS, &linear(v));
            (value, linear_flat(&dm), linear_flat(&hm))
        },
    }
    .check(&x, &v);
    let (x, v) = ([0.4, -0.3, 0.1, 0.9], [0.5, 1.0, -0.7, 0.2]);
    Case {
        name: "shifted",
        f: &|x| linear(x).shifted(x[3]),
        grad: &|x| {
            let (value, (dm, dt)) = linear(x).shifted_grad(x[3]);
            (value, [linear_flat(&dm), vec![dt]].concat())
        },
        jvp: &|x, v| linear(x).shifted_jvp(x[3], linear(v), v[3]),
        hvp: &|x, v| {
            let (value, (dm, dt), (hm, ht)) = linear(x).shifted_hvp(x[3], linear(v), v[3]);
            let gradient = [linear_flat(&dm), vec![dt]].concat();
            (value, gradient, [linear_flat(&hm), vec![ht]].concat())
        },
    }
    .check(&x, &v);
    let (x, v) = ([0.4, -0.3, 0.1], [0.5, 1.0, -0.7]);
    Case {
        name: "regularised",
        f: &|x| regularised(linear(x), &XS, &YS, 0.6),
        grad: &|x| {
            let (value, dm) = regularised_grad(linear(x), &XS, &YS, 0.6);
            (value, linear_flat(&dm))
        },
        jvp: &|x, v| regularised_jvp(linear(x), &XS, &YS, 0.6, linear(v)),
        hvp: &|x, v| {
            let (value, dm, hm) = regularised_hvp(linear(x), &XS, &YS, 0.6, linear(v));
            (value, linear_flat(&dm), linear_flat(&hm))
        },
    }
    .check(&x, &v);
}

// The same Gaussian in `f32`.
#[derive(Clone, Debug, PartialEq, grad::Tangent)]
struct Gaussian32 {
    mu: f32,
    log_sigma: f32,
}

impl Gaussian32 {
    #[grad::differentiate]
    fn log_pdf(&self, x: f32) -> f32 {
        let sigma = self.log_sigma.exp();
        let z = (x - self.mu) / sigma;
        -0.5 * z * z - self.log_sigma - 0.5 * (2.0 * std::f32::consts::PI).ln()
    }
}

#[grad::differentiate(wrt(g), dual_calls)]
fn neg_log_likelihood_f32(g: &Gaussian32, data: &[f32]) -> f32 {
    -data.iter().map(|&x| g.log_pdf(x)).sum::<f32>()
}

#[test]
fn in_f32_against_f64() {
    let (g, v) = (
        Gaussian32 {
            mu: 0.2,
            log_sigma: 0.3,
        },
        Gaussian32 {
            mu: -0.6,
            log_sigma: 0.9,
        },
    );
    let data: Vec<f32> = DATA.iter().map(|&d| d as f32).collect();
    let wide = |g: &Gaussian32| Gaussian {
        mu: f64::from(g.mu),
        log_sigma: f64::from(g.log_sigma),
    };
    let (value, derivative) = neg_log_likelihood_f32_jvp(&g, &data, &v);
    let (value_64, derivative_64) = neg_log_likelihood_jvp(&wide(&g), &DATA, &wide(&v));
    let (_, gradient, product) = neg_log_likelihood_f32_hvp(&g, &data, &v);
    let (_, gradient_64, product_64) = neg_log_likelihood_hvp(&wide(&g), &DATA, &wide(&v));
    let errors = [
        rel_error(f64::from(value), value_64),
        rel_error(f64::from(derivative), derivative_64),
        largest_error(
            &gaussian_flat(&wide(&gradient)),
            &gaussian_flat(&gradient_64),
        ),
        largest_error(&gaussian_flat(&wide(&product)), &gaussian_flat(&product_64)),
    ];
    eprintln!("f32 against f64 (value, f_jvp, gradient, H v): {errors:?}");
    assert!(errors.iter().all(|&error| error < 1e-5), "{errors:?}");
    let (_, gradient_32) = neg_log_likelihood_f32_grad(&g, &data);
    assert_eq!(gradient, gradient_32);
    let (_, derivative) = g.log_pdf_jvp(0.5, &v, 1.0);
    let (_, (dg, dx)) = g.log_pdf_grad(0.5);
    let along = dg.mu * v.mu + dg.log_sigma * v.log_sigma + dx;
    assert!(rel_error(f64::from(derivative), f64::from(along)) < 1e-6);
}

// A method with an array result, and one taking another struct written in `f64`, differentiated
// too, which crosses to its own twin; a caller differentiating both.
#[derive(Clone, Debug, PartialEq, grad::Tangent)]
struct Spring {
    k: f64,
}

#[derive(Clone, Debug, PartialEq, grad::Tangent)]
struct Layer {
    w: Vec<f64>,
    scale: f64,
}

impl Layer {
    #[grad::differentiate]
    #[allow(clippy::needless_range_loop)] // Weights and inputs by one index.
    fn forward(&self, x: &[f64]) -> Vec<f64> {
        let mut out = vec![0.0; x.len()];
        for i in 0..x.len() {
            out[i] = (self.w[i] * x[i]).tanh() * self.scale;
        }
        out
    }

    #[grad::differentiate]
    fn stretched(&self, spring: &Spring, x: f64) -> f64 {
        self.scale * spring.k * x.sin() + self.w[0] * spring.k.powi(2)
    }
}

#[grad::differentiate(dual_calls)]
fn layer_and_spring(layer: &Layer, spring: &Spring, x: f64) -> f64 {
    layer.stretched(spring, x).powi(2) + layer.w[1] * x
}

fn layer(x: &[f64]) -> Layer {
    Layer {
        w: x[..2].to_vec(),
        scale: x[2],
    }
}

fn layer_flat(l: &Layer) -> Vec<f64> {
    [l.w.clone(), vec![l.scale]].concat()
}

#[test]
fn an_array_result_and_another_struct_with_a_twin() {
    // `forward_jvp` element by element: against central differences, and against the pullback
    // of each element's unit cotangent along the tangents.
    let (x, v) = ([0.5, -0.3, 1.5, 0.2, 0.7], [1.0, 0.2, -0.5, 0.1, 0.3]);
    let (value, derivative) = layer(&x).forward_jvp(&x[3..], &layer(&v), &v[3..]);
    assert_eq!(value, layer(&x).forward(&x[3..]));
    for k in 0..2 {
        let by_differences = jvp_by_differences(|x| layer(x).forward(&x[3..])[k], &x, &v);
        let (_, pullback) = layer(&x).forward_vjp(&x[3..]);
        let mut unit = vec![0.0; 2];
        unit[k] = 1.0;
        let (dl, dx) = pullback(unit);
        let gradient = [layer_flat(&dl), dx].concat();
        let along: f64 = gradient.iter().zip(&v).map(|(g, v)| g * v).sum();
        let (fd, exact) = (
            rel_error(derivative[k], by_differences),
            rel_error(derivative[k], along),
        );
        eprintln!(
            "forward[{k}]: f_jvp {:.6e}, against differences {fd:.1e}, against <J^T e_k, v> {exact:.1e}",
            derivative[k]
        );
        assert!(fd < 1e-6 && exact < 1e-12);
    }
    let (x, v) = ([0.5, -0.3, 1.5, 0.7, 0.4], [1.0, 0.2, -0.5, 0.6, -0.8]);
    let spring = |x: &[f64]| Spring { k: x[3] };
    Case {
        name: "layer_and_spring",
        f: &|x| layer_and_spring(&layer(x), &spring(x), x[4]),
        grad: &|x| {
            let (value, (dl, ds, dx)) = layer_and_spring_grad(&layer(x), &spring(x), x[4]);
            (value, [layer_flat(&dl), vec![ds.k, dx]].concat())
        },
        jvp: &|x, v| layer_and_spring_jvp(&layer(x), &spring(x), x[4], &layer(v), &spring(v), v[4]),
        hvp: &|x, v| {
            let (value, (dl, ds, dx), (hl, hs, hx)) =
                layer_and_spring_hvp(&layer(x), &spring(x), x[4], &layer(v), &spring(v), v[4]);
            let gradient = [layer_flat(&dl), vec![ds.k, dx]].concat();
            (value, gradient, [layer_flat(&hl), vec![hs.k, hx]].concat())
        },
    }
    .check(&x, &v);
}

/// A local copy of the struct parameter (`let h = g.clone();`), read through its fields and
/// passed to a method as the parameter itself: runs at dual numbers (a method called on the
/// copy, `h.log_pdf(x)`, would not: `ui/forward/method-on-a-local-copy-of-a-twin.rs`).
#[grad::differentiate(wrt(g), dual_calls)]
fn shifted_likelihood(g: &Gaussian, data: &[f64]) -> f64 {
    let h = g.clone();
    let spread = h.log_sigma.exp() + h.mu * h.mu;
    -data.iter().map(|&x| g.log_pdf(x - spread)).sum::<f64>()
}

#[test]
fn a_local_copy_of_the_parameter_read_by_its_fields() {
    let (x, v) = ([0.2, -0.4], [0.5, 1.3]);
    Case {
        name: "shifted_likelihood",
        f: &|x| shifted_likelihood(&gaussian(x), &DATA),
        grad: &|x| {
            let (value, dg) = shifted_likelihood_grad(&gaussian(x), &DATA);
            (value, gaussian_flat(&dg))
        },
        jvp: &|x, v| shifted_likelihood_jvp(&gaussian(x), &DATA, &gaussian(v)),
        hvp: &|x, v| {
            let (value, dg, hg) = shifted_likelihood_hvp(&gaussian(x), &DATA, &gaussian(v));
            (value, gaussian_flat(&dg), gaussian_flat(&hg))
        },
    }
    .check(&x, &v);
}
