//! Scalar benchmarks (issue #2): for each function, the plain function (`forward`), the gradient
//! that `#[grad::differentiate]` generates (`generated`, i.e. `name_grad`), and a gradient written
//! by hand the way a careful person would, sharing subexpressions (`hand_written`).
//!
//! Targets: `generated` within 10% of `hand_written`, and `generated` at most 3x `forward`.
//!
//! Run: `cargo bench --bench scalar -- --warm-up-time 1 --measurement-time 3`

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};

// ---------------------------------------------------------------------------------------------
// 1. The classic example: e(a, b) = (a + b) * (b + 1). 3 operations.

#[grad::differentiate]
fn classic(a: f64, b: f64) -> f64 {
    (a + b) * (b + 1.0)
}

/// `(e, (de/da, de/db))` by hand: `de/da = b + 1`, `de/db = (b + 1) + (a + b)`.
fn classic_hand(a: f64, b: f64) -> (f64, (f64, f64)) {
    let s = a + b;
    let t = b + 1.0;
    (s * t, (t, t + s))
}

// ---------------------------------------------------------------------------------------------
// 2. A 50-operation formula of three variables: the energy of a particle at (x, y) at time t
// (Morse bond + anharmonic well - damped drive + shear * soft barrier + kinetic-like term -
// coupling). Operations on the variables are counted per line, running total in brackets;
// negative literals such as `-0.3` are constants, not operations.

#[grad::differentiate]
fn energy(x: f64, y: f64, t: f64) -> f64 {
    let r2 = x * x + y * y; // * * +                                  3  [3]
    let r = r2.sqrt(); // sqrt                                        1  [4]
    let m = 1.0 - (1.5 * (1.2 - r)).exp(); // - * exp -               4  [8]
    let morse = 4.7 * m * m; // * *                                   2  [10]
    let well = 0.5 * r2 + 0.1 * r2 * r2 / (1.0 + r2); // * * * + / +  6  [16]
    let damp = (-0.3 * t).exp(); // * exp                             2  [18]
    let drive = 0.8 * damp * (2.0 * t - x).sin(); // * * - sin *      5  [23]
    let shear = (x * y / (1.0 + t * t) - 0.5).tanh(); // * * + / - tanh  6  [29]
    let barrier = (1.0 + (r - 2.0).exp()).ln(); // - exp + ln         4  [33]
    let d = x - y; // -                                               1  [34]
    let kin = 0.5 * d * d / (1.0 + t); // * * + /                     4  [38]
    let coupling = 0.2 * (r2 + t).sqrt() * (y / r).sin(); // * + sqrt / sin *  6  [44]
    morse + well - drive + shear * barrier + kin - coupling // + - * + + -  6  [50]
}

/// `(E, (dE/dx, dE/dy, dE/dt))` by hand, each subexpression computed once.
fn energy_hand(x: f64, y: f64, t: f64) -> (f64, (f64, f64, f64)) {
    // Forward, keeping what the derivatives reuse.
    let r2 = x * x + y * y;
    let r = r2.sqrt();
    let inv_r = 1.0 / r;
    let e1 = (1.5 * (1.2 - r)).exp();
    let m = 1.0 - e1;
    let morse = 4.7 * m * m;
    let q = 1.0 + r2;
    let well = 0.5 * r2 + 0.1 * r2 * r2 / q;
    let damp = (-0.3 * t).exp();
    let phase = 2.0 * t - x;
    let (sin_phase, cos_phase) = phase.sin_cos();
    let drive = 0.8 * damp * sin_phase;
    let p = 1.0 + t * t;
    let u = x * y / p;
    let shear = (u - 0.5).tanh();
    let eb = (r - 2.0).exp();
    let barrier = (1.0 + eb).ln();
    let d = x - y;
    let inv_1t = 1.0 / (1.0 + t);
    let kin = 0.5 * d * d * inv_1t;
    let g = (r2 + t).sqrt();
    let v = y * inv_r;
    let (sin_v, cos_v) = v.sin_cos();
    let coupling = 0.2 * g * sin_v;
    let value = morse + well - drive + shear * barrier + kin - coupling;

    // Reverse, through the shared intermediates r2, r and u.
    let d_sh = barrier * (1.0 - shear * shear); // dE/du
    let d_r = 14.1 * m * e1 + shear * eb / (1.0 + eb) + 0.2 * g * cos_v * v * inv_r;
    let d_r2 = 0.5 + 0.1 * r2 * (r2 + 2.0) / (q * q) - 0.1 * sin_v / g + 0.5 * d_r * inv_r;
    let d_v = 0.2 * g * cos_v; // dE/dv is -d_v
    let d_d = d * inv_1t;
    let d_u_p = d_sh / p;
    let dx = 2.0 * x * d_r2 + 0.8 * damp * cos_phase + d_u_p * y + d_d;
    let dy = 2.0 * y * d_r2 + d_u_p * x - d_d - d_v * inv_r;
    let dt = -0.8 * damp * (2.0 * cos_phase - 0.3 * sin_phase)
        - 2.0 * t * u * d_u_p
        - kin * inv_1t
        - 0.1 * sin_v / g;
    (value, (dx, dy, dt))
}

// ---------------------------------------------------------------------------------------------
// 3. The 2-variable Rosenbrock function (1 - x)^2 + 100 (y - x^2)^2, written the idiomatic way.
// 7 operations: - powi powi - powi * +.

#[grad::differentiate]
fn rosenbrock(x: f64, y: f64) -> f64 {
    (1.0 - x).powi(2) + 100.0 * (y - x.powi(2)).powi(2)
}

/// `(f, (df/dx, df/dy))` by hand: `df/dx = -2 (1 - x) - 400 x (y - x^2)`, `df/dy = 200 (y - x^2)`.
fn rosenbrock_hand(x: f64, y: f64) -> (f64, (f64, f64)) {
    let a = 1.0 - x;
    let b = y - x * x;
    (a * a + 100.0 * b * b, (-2.0 * a - 400.0 * x * b, 200.0 * b))
}

// ---------------------------------------------------------------------------------------------
// Agreement check: the comparison is only fair if both gradients compute the same numbers.

fn close(what: &str, generated: f64, hand: f64) {
    let scale = generated.abs().max(hand.abs()).max(f64::MIN_POSITIVE);
    let rel = (generated - hand).abs() / scale;
    assert!(
        rel <= 1e-12,
        "{what}: generated {generated:e} vs hand-written {hand:e} (relative difference {rel:e})"
    );
}

const CLASSIC_AT: (f64, f64) = (2.0, 1.0);
const ENERGY_AT: (f64, f64, f64) = (0.7, -0.4, 1.3);
const ROSENBROCK_AT: (f64, f64) = (-1.2, 1.0);

fn check_agreement() {
    let (a, b) = CLASSIC_AT;
    let (v, (ga, gb)) = classic_grad(a, b);
    let (hv, (ha, hb)) = classic_hand(a, b);
    close("classic value", v, hv);
    close("classic de/da", ga, ha);
    close("classic de/db", gb, hb);
    close("classic forward", classic(a, b), hv);

    let (x, y, t) = ENERGY_AT;
    let (v, (gx, gy, gt)) = energy_grad(x, y, t);
    let (hv, (hx, hy, ht)) = energy_hand(x, y, t);
    close("energy value", v, hv);
    close("energy dE/dx", gx, hx);
    close("energy dE/dy", gy, hy);
    close("energy dE/dt", gt, ht);
    close("energy forward", energy(x, y, t), hv);

    let (x, y) = ROSENBROCK_AT;
    let (v, (gx, gy)) = rosenbrock_grad(x, y);
    let (hv, (hx, hy)) = rosenbrock_hand(x, y);
    close("rosenbrock value", v, hv);
    close("rosenbrock df/dx", gx, hx);
    close("rosenbrock df/dy", gy, hy);
    close("rosenbrock forward", rosenbrock(x, y), hv);
}

// ---------------------------------------------------------------------------------------------
// Benchmarks. Every variant is called through `black_box`ed inputs and its whole result is
// `black_box`ed, so none of them can be folded or partly discarded. The closures return `()`:
// criterion black-boxes what the routine returns, and a second black box of a tuple result makes
// LLVM copy it through the stack with a wide load over narrow stores (a store-forwarding stall of
// ~5 ns that would be charged to the gradients only).

fn bench_classic(c: &mut Criterion) {
    let (a, b) = CLASSIC_AT;
    let mut group = c.benchmark_group("scalar/classic");
    group.bench_function("forward", |bench| {
        bench.iter(|| {
            black_box(classic(black_box(a), black_box(b)));
        })
    });
    group.bench_function("generated", |bench| {
        bench.iter(|| {
            black_box(classic_grad(black_box(a), black_box(b)));
        })
    });
    group.bench_function("hand_written", |bench| {
        bench.iter(|| {
            black_box(classic_hand(black_box(a), black_box(b)));
        })
    });
    group.finish();
}

fn bench_energy(c: &mut Criterion) {
    let (x, y, t) = ENERGY_AT;
    let mut group = c.benchmark_group("scalar/energy50");
    group.bench_function("forward", |bench| {
        bench.iter(|| {
            black_box(energy(black_box(x), black_box(y), black_box(t)));
        })
    });
    group.bench_function("generated", |bench| {
        bench.iter(|| {
            black_box(energy_grad(black_box(x), black_box(y), black_box(t)));
        })
    });
    group.bench_function("hand_written", |bench| {
        bench.iter(|| {
            black_box(energy_hand(black_box(x), black_box(y), black_box(t)));
        })
    });
    group.finish();
}

fn bench_rosenbrock(c: &mut Criterion) {
    let (x, y) = ROSENBROCK_AT;
    let mut group = c.benchmark_group("scalar/rosenbrock");
    group.bench_function("forward", |bench| {
        bench.iter(|| {
            black_box(rosenbrock(black_box(x), black_box(y)));
        })
    });
    group.bench_function("generated", |bench| {
        bench.iter(|| {
            black_box(rosenbrock_grad(black_box(x), black_box(y)));
        })
    });
    group.bench_function("hand_written", |bench| {
        bench.iter(|| {
            black_box(rosenbrock_hand(black_box(x), black_box(y)));
        })
    });
    group.finish();
}

fn benches(c: &mut Criterion) {
    check_agreement();
    bench_classic(c);
    bench_energy(c);
    bench_rosenbrock(c);
}

criterion_group!(scalar, benches);
criterion_main!(scalar);
