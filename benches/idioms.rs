//! Ordinary Rust idioms (issue 12): the generated gradient of each idiom against the same
//! function written with the macro's older vocabulary (index loops, array operations, fixed
//! fields) and against a hand-written gradient, in the same run; and the allocations of each
//! generated gradient at two sizes, which show whether closures and iterator sums allocate per
//! element.
//!
//! ```text
//! cargo bench --bench idioms -- --warm-up-time 1 --measurement-time 5
//! ```
//!
//! With `IDIOMS_CALLS=<function>:<n>` set, the binary calls one gradient `n` times and exits,
//! for instruction counts under cachegrind (see [`count_calls`]).

use std::alloc::System;
use std::hint::black_box;

use criterion::{Criterion, criterion_group};
use ndarray::{Array1, Array2, Axis, array};
use stats_alloc::{Region, StatsAlloc};

/// Counts allocations: a per-element allocation freed at once leaves no trace in the peak heap
/// (`peak_alloc`, used by the other benches), but it does in the count.
#[global_allocator]
static HEAP: StatsAlloc<System> = StatsAlloc::system();

// Sum of squares.

#[grad::differentiate]
fn squares_iter(x: &[f64]) -> f64 {
    x.iter().map(|v| v * v).sum::<f64>()
}

// The index loop is the older vocabulary this idiom is timed against.
#[allow(clippy::needless_range_loop)]
#[grad::differentiate]
fn squares_index_loop(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..x.len() {
        s += x[i] * x[i];
    }
    s
}

#[grad::differentiate]
fn squares_array(x: &Array1<f64>) -> f64 {
    (x * x).sum()
}

fn squares_hand(x: &[f64]) -> (f64, Vec<f64>) {
    let value = x.iter().map(|v| v * v).sum();
    (value, x.iter().map(|v| 2.0 * v).collect())
}

// A zip of two slices.

#[grad::differentiate]
fn zip_iter(x: &[f64], y: &[f64]) -> f64 {
    x.iter().zip(y.iter()).map(|(a, b)| a * b.sin()).sum()
}

#[grad::differentiate]
fn zip_index_loop(x: &[f64], y: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..x.len() {
        s += x[i] * y[i].sin();
    }
    s
}

fn zip_hand(x: &[f64], y: &[f64]) -> (f64, (Vec<f64>, Vec<f64>)) {
    let (mut value, mut dx, mut dy) = (0.0, vec![0.0; x.len()], vec![0.0; y.len()]);
    for i in 0..x.len() {
        let (s, c) = y[i].sin_cos();
        value += x[i] * s;
        dx[i] = s;
        dy[i] = x[i] * c;
    }
    (value, (dx, dy))
}

// A fold: Horner's rule, `x` the coefficients, highest power first.

#[grad::differentiate]
fn horner_fold(x: &[f64], t: f64) -> f64 {
    x.iter().fold(0.0, |acc, c| acc * t + c)
}

// The index loop is the older vocabulary this idiom is timed against.
#[allow(clippy::needless_range_loop)]
#[grad::differentiate]
fn horner_index_loop(x: &[f64], t: f64) -> f64 {
    let mut value = 0.0;
    for i in 0..x.len() {
        value = value * t + x[i];
    }
    value
}

fn horner_hand(x: &[f64], t: f64) -> (f64, (Vec<f64>, f64)) {
    let n = x.len();
    let (mut value, mut derivative) = (0.0, 0.0);
    for &c in x {
        derivative = derivative * t + value;
        value = value * t + c;
    }
    // ∂value/∂x[i] = t^(n - 1 - i).
    let mut dx = vec![0.0; n];
    let mut power = 1.0;
    for slot in dx.iter_mut().rev() {
        *slot = power;
        power *= t;
    }
    (value, (dx, derivative))
}

// An elementwise closure capturing a differentiated value.

#[grad::differentiate]
fn mapv_closure(x: &Array1<f64>, a: f64) -> f64 {
    x.mapv(|v| (v * a).tanh()).sum()
}

#[grad::differentiate]
fn mapv_function(x: &Array1<f64>, a: f64) -> f64 {
    (x * a).mapv(f64::tanh).sum()
}

fn mapv_hand(x: &Array1<f64>, a: f64) -> (f64, (Array1<f64>, f64)) {
    let t = x.mapv(|v| (v * a).tanh());
    let slope = t.mapv(|t| 1.0 - t * t);
    let da = (&slope * x).sum();
    (t.sum(), (slope * a, da))
}

// An L2 penalty over a weight matrix, written three ways.

#[grad::differentiate]
fn penalty_iter(w: &Array2<f64>) -> f64 {
    w.iter().map(|v| v * v).sum::<f64>()
}

#[grad::differentiate]
fn penalty_mapv(w: &Array2<f64>) -> f64 {
    w.mapv(|v| v * v).sum()
}

#[grad::differentiate]
fn penalty_array(w: &Array2<f64>) -> f64 {
    (w * w).sum()
}

fn penalty_hand(w: &Array2<f64>) -> (f64, Array2<f64>) {
    (w.iter().map(|v| v * v).sum(), w * 2.0)
}

/// The penalty's matrix: the MNIST MLP's first layer.
const PENALTY: (usize, usize) = (784, 128);

// Layers of a network: a slice of struct layers against fixed fields.

#[derive(Clone, grad::Tangent)]
struct Dense {
    w: Array2<f64>,
    b: Array1<f64>,
}

#[derive(Clone, grad::Tangent)]
struct ThreeLayers {
    w1: Array2<f64>,
    b1: Array1<f64>,
    w2: Array2<f64>,
    b2: Array1<f64>,
    w3: Array2<f64>,
    b3: Array1<f64>,
}

#[grad::differentiate(wrt(layers))]
fn layers_for_in(layers: &[Dense], x: &Array1<f64>) -> f64 {
    let mut h = x.clone();
    for layer in layers {
        h = (layer.w.dot(&h) + &layer.b).mapv(f64::tanh);
    }
    h.sum()
}

// The index loop is the older vocabulary this idiom is timed against.
#[allow(clippy::needless_range_loop)]
#[grad::differentiate(wrt(layers))]
fn layers_index_loop(layers: &[Dense], x: &Array1<f64>) -> f64 {
    let mut h = x.clone();
    for i in 0..layers.len() {
        h = (layers[i].w.dot(&h) + &layers[i].b).mapv(f64::tanh);
    }
    h.sum()
}

#[grad::differentiate(wrt(p))]
fn layers_unrolled(p: &ThreeLayers, x: &Array1<f64>) -> f64 {
    let h1 = (p.w1.dot(x) + &p.b1).mapv(f64::tanh);
    let h2 = (p.w2.dot(&h1) + &p.b2).mapv(f64::tanh);
    let h3 = (p.w3.dot(&h2) + &p.b3).mapv(f64::tanh);
    h3.sum()
}

fn layers_hand(layers: &[Dense], x: &Array1<f64>) -> (f64, Vec<Dense>) {
    let mut hs = vec![x.clone()];
    for layer in layers {
        let h = (layer.w.dot(&hs[hs.len() - 1]) + &layer.b).mapv(f64::tanh);
        hs.push(h);
    }
    let value = hs[layers.len()].sum();
    let mut upstream = Array1::ones(hs[layers.len()].len());
    let mut gradient = Vec::with_capacity(layers.len());
    for (k, layer) in layers.iter().enumerate().rev() {
        let local = &upstream * &hs[k + 1].mapv(|h| 1.0 - h * h);
        let w = local
            .view()
            .insert_axis(Axis(1))
            .dot(&hs[k].view().insert_axis(Axis(0)));
        upstream = layer.w.t().dot(&local);
        gradient.push(Dense { w, b: local });
    }
    gradient.reverse();
    (value, gradient)
}

// Rows of a data matrix, read as views inside a loop.

#[grad::differentiate(wrt(w))]
fn rows_for_in(w: &Array2<f64>, xs: &Array2<f64>) -> f64 {
    let mut total = 0.0;
    for row in xs.rows() {
        total += w.dot(&row).mapv(f64::tanh).sum();
    }
    total
}

#[grad::differentiate(wrt(w))]
fn rows_axis_iter(w: &Array2<f64>, xs: &Array2<f64>) -> f64 {
    let mut total = 0.0;
    for row in xs.axis_iter(Axis(0)) {
        total += w.dot(&row).mapv(f64::tanh).sum();
    }
    total
}

#[grad::differentiate(wrt(w))]
fn rows_index_loop(w: &Array2<f64>, xs: &Array2<f64>) -> f64 {
    let mut total = 0.0;
    for t in 0..xs.nrows() {
        total += w.dot(&xs.row(t)).mapv(f64::tanh).sum();
    }
    total
}

#[grad::differentiate(wrt(w))]
fn rows_batched(w: &Array2<f64>, xs: &Array2<f64>) -> f64 {
    xs.dot(&w.t()).mapv(f64::tanh).sum()
}

fn rows_hand(w: &Array2<f64>, xs: &Array2<f64>) -> (f64, Array2<f64>) {
    let (mut value, mut dw) = (0.0, Array2::zeros(w.raw_dim()));
    for row in xs.rows() {
        let t = w.dot(&row).mapv(f64::tanh);
        value += t.sum();
        let slope = t.mapv(|t| 1.0 - t * t);
        dw += &slope
            .view()
            .insert_axis(Axis(1))
            .dot(&row.insert_axis(Axis(0)));
    }
    (value, dw)
}

// A small array written element by element from differentiated scalars.

#[grad::differentiate(wrt(x, y))]
fn features_literal(x: f64, y: f64, weights: &Array1<f64>) -> f64 {
    let features = array![x, y, x * y, x * x, 1.0];
    features.dot(weights).tanh()
}

#[grad::differentiate(wrt(x, y))]
fn features_scalars(x: f64, y: f64, weights: &Array1<f64>) -> f64 {
    let s = weights[0] * x + weights[1] * y + weights[2] * x * y + weights[3] * x * x + weights[4];
    s.tanh()
}

fn features_hand(x: f64, y: f64, weights: &Array1<f64>) -> (f64, (f64, f64)) {
    let w = weights;
    let t = (w[0] * x + w[1] * y + w[2] * x * y + w[3] * x * x + w[4]).tanh();
    let slope = 1.0 - t * t;
    let dx = slope * (w[0] + w[2] * y + 2.0 * w[3] * x);
    let dy = slope * (w[1] + w[2] * x);
    (t, (dx, dy))
}

// Inputs.

fn vector(n: usize, seed: f64) -> Vec<f64> {
    (0..n).map(|i| ((i as f64) * 0.37 + seed).sin()).collect()
}

fn matrix(rows: usize, columns: usize, seed: f64) -> Array2<f64> {
    Array2::from_shape_fn((rows, columns), |(i, j)| {
        ((i * columns + j) as f64 * 0.37 + seed).sin() / (columns as f64).sqrt()
    })
}

fn dense(width: usize, seed: f64) -> Dense {
    Dense {
        w: matrix(width, width, seed),
        b: Array1::from(vector(width, seed + 0.5)) * 0.1,
    }
}

const LAYER_WIDTH: usize = 100;
const ROWS: (usize, usize, usize) = (1_000, 16, 32);

/// The relative difference of two floats.
fn relative(a: f64, b: f64) -> f64 {
    (a - b).abs() / a.abs().max(b.abs()).max(1e-300)
}

fn assert_close(a: f64, b: f64, what: &str) {
    assert!(relative(a, b) < 1e-9, "{what}: {a} vs {b}");
}

fn assert_all_close<'a>(
    a: impl IntoIterator<Item = &'a f64>,
    b: impl IntoIterator<Item = &'a f64>,
    what: &str,
) {
    for (x, y) in a.into_iter().zip(b) {
        assert!(
            (x - y).abs() <= 1e-9 * x.abs().max(y.abs()).max(1.0),
            "{what}: {x} vs {y}"
        );
    }
}

/// Before timing: every version of a function gives the hand-written value and gradient.
fn check_agreement() {
    let (x, y) = (vector(1_000, 0.0), vector(1_000, 1.0));
    let (value, gradient) = squares_hand(&x);
    for (v, g) in [squares_iter_grad(&x), squares_index_loop_grad(&x)] {
        assert_close(v, value, "squares");
        assert_all_close(&g, &gradient, "squares");
    }
    let (v, g) = squares_array_grad(&Array1::from(x.clone()));
    assert_close(v, value, "squares");
    assert_all_close(&g, &gradient, "squares");

    let (value, (dx, dy)) = zip_hand(&x, &y);
    for (v, (gx, gy)) in [zip_iter_grad(&x, &y), zip_index_loop_grad(&x, &y)] {
        assert_close(v, value, "zip");
        assert_all_close(&gx, &dx, "zip");
        assert_all_close(&gy, &dy, "zip");
    }

    let (value, (dx, dt)) = horner_hand(&x, 0.9);
    for (v, (gx, gt)) in [horner_fold_grad(&x, 0.9), horner_index_loop_grad(&x, 0.9)] {
        assert_close(v, value, "horner");
        assert_close(gt, dt, "horner");
        assert_all_close(&gx, &dx, "horner");
    }

    let w = matrix(PENALTY.0, PENALTY.1, 0.4);
    let (value, gradient) = penalty_hand(&w);
    for (v, g) in [
        penalty_iter_grad(&w),
        penalty_mapv_grad(&w),
        penalty_array_grad(&w),
    ] {
        assert_close(v, value, "penalty");
        assert_all_close(&g, &gradient, "penalty");
    }

    let xa = Array1::from(x.clone());
    let (value, (dx, da)) = mapv_hand(&xa, 0.7);
    for (v, (gx, ga)) in [mapv_closure_grad(&xa, 0.7), mapv_function_grad(&xa, 0.7)] {
        assert_close(v, value, "mapv");
        assert_close(ga, da, "mapv");
        assert_all_close(&gx, &dx, "mapv");
    }

    let layers: Vec<Dense> = (0..3).map(|k| dense(LAYER_WIDTH, k as f64)).collect();
    let input = Array1::from(vector(LAYER_WIDTH, 2.0));
    let (value, gradient) = layers_hand(&layers, &input);
    for (v, g) in [
        layers_for_in_grad(&layers, &input),
        layers_index_loop_grad(&layers, &input),
    ] {
        assert_close(v, value, "layers");
        for (ours, hand) in g.iter().zip(&gradient) {
            assert_all_close(&ours.w, &hand.w, "layers");
            assert_all_close(&ours.b, &hand.b, "layers");
        }
    }
    let (v, g) = layers_unrolled_grad(&unrolled(&layers), &input);
    assert_close(v, value, "layers");
    assert_all_close(&g.w1, &gradient[0].w, "layers");
    assert_all_close(&g.b3, &gradient[2].b, "layers");

    let (rows, outputs, columns) = ROWS;
    let (w, xs) = (matrix(outputs, columns, 0.3), matrix(rows, columns, 1.1));
    let (value, dw) = rows_hand(&w, &xs);
    for (v, g) in [
        rows_for_in_grad(&w, &xs),
        rows_axis_iter_grad(&w, &xs),
        rows_index_loop_grad(&w, &xs),
        rows_batched_grad(&w, &xs),
    ] {
        assert_close(v, value, "rows");
        assert_all_close(&g, &dw, "rows");
    }

    let weights = array![0.3, -0.2, 0.5, 0.1, -0.05];
    let (value, (dx, dy)) = features_hand(0.7, -1.2, &weights);
    for (v, (gx, gy)) in [
        features_literal_grad(0.7, -1.2, &weights),
        features_scalars_grad(0.7, -1.2, &weights),
    ] {
        assert_close(v, value, "features");
        assert_close(gx, dx, "features");
        assert_close(gy, dy, "features");
    }
}

fn unrolled(layers: &[Dense]) -> ThreeLayers {
    ThreeLayers {
        w1: layers[0].w.clone(),
        b1: layers[0].b.clone(),
        w2: layers[1].w.clone(),
        b2: layers[1].b.clone(),
        w3: layers[2].w.clone(),
        b3: layers[2].b.clone(),
    }
}

/// The allocations and reallocations while `f` runs, and the bytes allocated plus what
/// reallocations grew by (a `Vec` growing element by element shows as reallocations).
fn allocations<T>(f: impl FnOnce() -> T) -> (usize, usize, usize) {
    let region = Region::new(&HEAP);
    black_box(f());
    let change = region.change();
    let bytes = change.bytes_allocated as isize + change.bytes_reallocated.max(0);
    (change.allocations, change.reallocations, bytes as usize)
}

/// Allocations of each generated gradient at n = 1,000 and 10,000: a count that does not grow
/// with n means nothing is allocated per element.
fn report_allocations() {
    eprintln!("per gradient call (allocations, reallocations, bytes) at n = 1,000 and n = 10,000:");
    let report = |name: &str, small: (usize, usize, usize), large: (usize, usize, usize)| {
        eprintln!("  {name:<20} {small:>22?} {large:>24?}");
    };
    let at = |n: usize| (vector(n, 0.0), vector(n, 1.0));
    let ((x1, y1), (x2, y2)) = (at(1_000), at(10_000));
    let (a1, a2) = (Array1::from(x1.clone()), Array1::from(x2.clone()));
    report(
        "squares_iter",
        allocations(|| squares_iter_grad(&x1)),
        allocations(|| squares_iter_grad(&x2)),
    );
    report(
        "squares_index_loop",
        allocations(|| squares_index_loop_grad(&x1)),
        allocations(|| squares_index_loop_grad(&x2)),
    );
    report(
        "squares_array",
        allocations(|| squares_array_grad(&a1)),
        allocations(|| squares_array_grad(&a2)),
    );
    report(
        "zip_iter",
        allocations(|| zip_iter_grad(&x1, &y1)),
        allocations(|| zip_iter_grad(&x2, &y2)),
    );
    report(
        "zip_index_loop",
        allocations(|| zip_index_loop_grad(&x1, &y1)),
        allocations(|| zip_index_loop_grad(&x2, &y2)),
    );
    report(
        "horner_fold",
        allocations(|| horner_fold_grad(&x1, 0.9)),
        allocations(|| horner_fold_grad(&x2, 0.9)),
    );
    report(
        "horner_index_loop",
        allocations(|| horner_index_loop_grad(&x1, 0.9)),
        allocations(|| horner_index_loop_grad(&x2, 0.9)),
    );
    report(
        "mapv_closure",
        allocations(|| mapv_closure_grad(&a1, 0.7)),
        allocations(|| mapv_closure_grad(&a2, 0.7)),
    );
    report(
        "mapv_function",
        allocations(|| mapv_function_grad(&a1, 0.7)),
        allocations(|| mapv_function_grad(&a2, 0.7)),
    );
    let (_, outputs, columns) = ROWS;
    let w = matrix(outputs, columns, 0.3);
    let (xs1, xs2) = (matrix(1_000, columns, 1.1), matrix(10_000, columns, 1.1));
    report(
        "rows_for_in (rows)",
        allocations(|| rows_for_in_grad(&w, &xs1)),
        allocations(|| rows_for_in_grad(&w, &xs2)),
    );
    report(
        "rows_index_loop",
        allocations(|| rows_index_loop_grad(&w, &xs1)),
        allocations(|| rows_index_loop_grad(&w, &xs2)),
    );
    report(
        "rows_hand",
        allocations(|| rows_hand(&w, &xs1)),
        allocations(|| rows_hand(&w, &xs2)),
    );
}

fn vectors(c: &mut Criterion) {
    check_agreement();
    report_allocations();
    let n = 10_000;
    let (x, y) = (vector(n, 0.0), vector(n, 1.0));
    let xa = Array1::from(x.clone());

    let mut group = c.benchmark_group("idioms/sum_of_squares_10000");
    group.bench_function("iter_map_sum", |b| {
        b.iter(|| black_box(squares_iter_grad(black_box(&x))))
    });
    group.bench_function("index_loop", |b| {
        b.iter(|| black_box(squares_index_loop_grad(black_box(&x))))
    });
    group.bench_function("array_ops", |b| {
        b.iter(|| black_box(squares_array_grad(black_box(&xa))))
    });
    group.bench_function("hand_written", |b| {
        b.iter(|| black_box(squares_hand(black_box(&x))))
    });
    group.finish();

    let mut group = c.benchmark_group("idioms/zip_map_sum_10000");
    group.bench_function("zip_map_sum", |b| {
        b.iter(|| black_box(zip_iter_grad(black_box(&x), black_box(&y))))
    });
    group.bench_function("index_loop", |b| {
        b.iter(|| black_box(zip_index_loop_grad(black_box(&x), black_box(&y))))
    });
    group.bench_function("hand_written", |b| {
        b.iter(|| black_box(zip_hand(black_box(&x), black_box(&y))))
    });
    group.finish();

    let mut group = c.benchmark_group("idioms/fold_horner_10000");
    group.bench_function("fold", |b| {
        b.iter(|| black_box(horner_fold_grad(black_box(&x), black_box(0.9))))
    });
    group.bench_function("index_loop", |b| {
        b.iter(|| black_box(horner_index_loop_grad(black_box(&x), black_box(0.9))))
    });
    group.bench_function("hand_written", |b| {
        b.iter(|| black_box(horner_hand(black_box(&x), black_box(0.9))))
    });
    group.finish();

    let mut group = c.benchmark_group("idioms/mapv_10000");
    group.bench_function("mapv_closure", |b| {
        b.iter(|| black_box(mapv_closure_grad(black_box(&xa), black_box(0.7))))
    });
    group.bench_function("mapv_f64_tanh", |b| {
        b.iter(|| black_box(mapv_function_grad(black_box(&xa), black_box(0.7))))
    });
    group.bench_function("hand_written", |b| {
        b.iter(|| black_box(mapv_hand(black_box(&xa), black_box(0.7))))
    });
    group.finish();

    let w = matrix(PENALTY.0, PENALTY.1, 0.4);
    let mut group = c.benchmark_group("idioms/matrix_penalty_784x128");
    group.bench_function("iter_map_sum", |b| {
        b.iter(|| black_box(penalty_iter_grad(black_box(&w))))
    });
    group.bench_function("mapv_closure_sum", |b| {
        b.iter(|| black_box(penalty_mapv_grad(black_box(&w))))
    });
    group.bench_function("array_ops", |b| {
        b.iter(|| black_box(penalty_array_grad(black_box(&w))))
    });
    group.bench_function("hand_written", |b| {
        b.iter(|| black_box(penalty_hand(black_box(&w))))
    });
    group.finish();
}

fn structures(c: &mut Criterion) {
    let layers: Vec<Dense> = (0..3).map(|k| dense(LAYER_WIDTH, k as f64)).collect();
    let fixed = unrolled(&layers);
    let input = Array1::from(vector(LAYER_WIDTH, 2.0));
    let mut group = c.benchmark_group("idioms/layers_3x100");
    group.bench_function("for_layer_in_layers", |b| {
        b.iter(|| black_box(layers_for_in_grad(black_box(&layers), black_box(&input))))
    });
    group.bench_function("index_loop", |b| {
        b.iter(|| {
            black_box(layers_index_loop_grad(
                black_box(&layers),
                black_box(&input),
            ))
        })
    });
    group.bench_function("unrolled_fields", |b| {
        b.iter(|| black_box(layers_unrolled_grad(black_box(&fixed), black_box(&input))))
    });
    group.bench_function("hand_written", |b| {
        b.iter(|| black_box(layers_hand(black_box(&layers), black_box(&input))))
    });
    group.finish();

    let (rows, outputs, columns) = ROWS;
    let (w, xs) = (matrix(outputs, columns, 0.3), matrix(rows, columns, 1.1));
    let mut group = c.benchmark_group("idioms/rows_1000x32");
    group.bench_function("for_row_in_rows", |b| {
        b.iter(|| black_box(rows_for_in_grad(black_box(&w), black_box(&xs))))
    });
    group.bench_function("axis_iter", |b| {
        b.iter(|| black_box(rows_axis_iter_grad(black_box(&w), black_box(&xs))))
    });
    group.bench_function("index_loop_row_t", |b| {
        b.iter(|| black_box(rows_index_loop_grad(black_box(&w), black_box(&xs))))
    });
    group.bench_function("hand_written", |b| {
        b.iter(|| black_box(rows_hand(black_box(&w), black_box(&xs))))
    });
    group.bench_function("batched_xs_dot_wt", |b| {
        b.iter(|| black_box(rows_batched_grad(black_box(&w), black_box(&xs))))
    });
    group.finish();

    let weights = array![0.3, -0.2, 0.5, 0.1, -0.05];
    let mut group = c.benchmark_group("idioms/array_literal_5");
    group.bench_function("array_literal", |b| {
        b.iter(|| {
            black_box(features_literal_grad(
                black_box(0.7),
                black_box(-1.2),
                black_box(&weights),
            ))
        })
    });
    group.bench_function("scalars", |b| {
        b.iter(|| {
            black_box(features_scalars_grad(
                black_box(0.7),
                black_box(-1.2),
                black_box(&weights),
            ))
        })
    });
    group.bench_function("hand_written", |b| {
        b.iter(|| {
            black_box(features_hand(
                black_box(0.7),
                black_box(-1.2),
                black_box(&weights),
            ))
        })
    });
    group.finish();
}

/// `IDIOMS_CALLS=<function>:<n>`: calls one gradient `n` times on the bench's inputs and exits,
/// for instruction counts that do not depend on the load (run once with `n` and once with 0 under
/// `valgrind --tool=cachegrind --cache-sim=no`; the difference over `n` is the count per call).
fn count_calls(spec: &str) {
    let (name, n) = spec.split_once(':').expect("IDIOMS_CALLS=<function>:<n>");
    let n: usize = n.parse().expect("IDIOMS_CALLS=<function>:<n>");
    let (x, y) = (vector(10_000, 0.0), vector(10_000, 1.0));
    let xa = Array1::from(x.clone());
    let layers: Vec<Dense> = (0..3).map(|k| dense(LAYER_WIDTH, k as f64)).collect();
    let fixed = unrolled(&layers);
    let input = Array1::from(vector(LAYER_WIDTH, 2.0));
    let (rows, outputs, columns) = ROWS;
    let (w, xs) = (matrix(outputs, columns, 0.3), matrix(rows, columns, 1.1));
    let weights = array![0.3, -0.2, 0.5, 0.1, -0.05];
    let (p, q) = (0.7, -1.2);
    let penalty = matrix(PENALTY.0, PENALTY.1, 0.4);
    let call: Box<dyn Fn()> = match name {
        "squares_iter" => Box::new(|| {
            black_box(squares_iter_grad(black_box(&x)));
        }),
        "squares_index_loop" => Box::new(|| {
            black_box(squares_index_loop_grad(black_box(&x)));
        }),
        "squares_array" => Box::new(|| {
            black_box(squares_array_grad(black_box(&xa)));
        }),
        "squares_hand" => Box::new(|| {
            black_box(squares_hand(black_box(&x)));
        }),
        "zip_iter" => Box::new(|| {
            black_box(zip_iter_grad(black_box(&x), &y));
        }),
        "zip_index_loop" => Box::new(|| {
            black_box(zip_index_loop_grad(black_box(&x), &y));
        }),
        "zip_hand" => Box::new(|| {
            black_box(zip_hand(black_box(&x), &y));
        }),
        "horner_fold" => Box::new(|| {
            black_box(horner_fold_grad(black_box(&x), 0.9));
        }),
        "horner_index_loop" => Box::new(|| {
            black_box(horner_index_loop_grad(black_box(&x), 0.9));
        }),
        "penalty_iter" => Box::new(|| {
            black_box(penalty_iter_grad(black_box(&penalty)));
        }),
        "penalty_mapv" => Box::new(|| {
            black_box(penalty_mapv_grad(black_box(&penalty)));
        }),
        "penalty_array" => Box::new(|| {
            black_box(penalty_array_grad(black_box(&penalty)));
        }),
        "penalty_hand" => Box::new(|| {
            black_box(penalty_hand(black_box(&penalty)));
        }),
        "mapv_closure" => Box::new(|| {
            black_box(mapv_closure_grad(black_box(&xa), 0.7));
        }),
        "mapv_function" => Box::new(|| {
            black_box(mapv_function_grad(black_box(&xa), 0.7));
        }),
        "layers_for_in" => Box::new(|| {
            black_box(layers_for_in_grad(black_box(&layers), &input));
        }),
        "layers_index_loop" => Box::new(|| {
            black_box(layers_index_loop_grad(black_box(&layers), &input));
        }),
        "layers_unrolled" => Box::new(|| {
            black_box(layers_unrolled_grad(black_box(&fixed), &input));
        }),
        "layers_hand" => Box::new(|| {
            black_box(layers_hand(black_box(&layers), &input));
        }),
        "rows_for_in" => Box::new(|| {
            black_box(rows_for_in_grad(black_box(&w), &xs));
        }),
        "rows_index_loop" => Box::new(|| {
            black_box(rows_index_loop_grad(black_box(&w), &xs));
        }),
        "rows_hand" => Box::new(|| {
            black_box(rows_hand(black_box(&w), &xs));
        }),
        "features_literal" => Box::new(|| {
            black_box(features_literal_grad(black_box(p), black_box(q), &weights));
        }),
        "features_scalars" => Box::new(|| {
            black_box(features_scalars_grad(black_box(p), black_box(q), &weights));
        }),
        "features_hand" => Box::new(|| {
            black_box(features_hand(black_box(p), black_box(q), &weights));
        }),
        other => panic!("IDIOMS_CALLS: no function {other}"),
    };
    for _ in 0..n {
        call();
    }
}

criterion_group!(benches, vectors, structures);

fn main() {
    if let Ok(spec) = std::env::var("IDIOMS_CALLS") {
        return count_calls(&spec);
    }
    benches();
    Criterion::default().configure_from_args().final_summary();
}
