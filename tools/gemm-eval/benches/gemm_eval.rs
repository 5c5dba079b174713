//! The parallel GEMM candidates on the repository's shapes, f32 (the nn bench) and f64 (the
//! train example), on 1 and 2 threads.
//!
//! ```text
//! cd tools/gemm-eval
//! MATMUL_NUM_THREADS=1 cargo bench -- --warm-up-time 1 --measurement-time 3
//! MATMUL_NUM_THREADS=2 cargo bench -- matrixmultiply --warm-up-time 1 --measurement-time 3
//! ```
//!
//! matrixmultiply reads its thread count once per process, so its two counts are two runs; the
//! `gemm` crate's are chosen per call, both in one run.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use gemm_eval::{SHAPES, Shape, gemm_rayon, matrixmultiply};
use ndarray::Array2;

fn filled<A: ndarray::LinalgScalar + From<f32>>(rows: usize, cols: usize, seed: u32) -> Array2<A> {
    Array2::from_shape_fn((rows, cols), |(i, j)| {
        let v = ((i * 31 + j * 17 + seed as usize) % 97) as f32 / 97.0 - 0.5;
        A::from(v)
    })
}

fn bench_type<A>(c: &mut Criterion, type_name: &str, shape: &Shape)
where
    A: ndarray::LinalgScalar + From<f32> + Into<f64> + Send + Sync,
{
    let a = filled::<A>(shape.m, shape.k, 1);
    let b = filled::<A>(shape.k, shape.n, 2);
    let (a, b) = (a.view(), b.view());
    let reference = matrixmultiply(&a, &b);
    for threads in [1, 2] {
        let c = gemm_rayon(&a, &b, threads);
        let worst = c
            .iter()
            .zip(&reference)
            .map(|(&x, &y)| (x.into() - y.into()).abs() / y.into().abs().max(1.0))
            .fold(0.0, f64::max);
        assert!(worst < 1e-4, "{}: gemm differs by {worst}", shape.name);
    }
    let label = format!(
        "{}/{type_name}_{}x{}x{}",
        shape.name, shape.m, shape.k, shape.n
    );
    let mut group = c.benchmark_group(label);
    let mm_threads = std::env::var("MATMUL_NUM_THREADS").unwrap_or_else(|_| "default".into());
    group.bench_function(format!("matrixmultiply_threads_{mm_threads}"), |bench| {
        bench.iter(|| black_box(matrixmultiply(black_box(&a), &b)))
    });
    for threads in [1, 2] {
        group.bench_function(format!("gemm_rayon_{threads}"), |bench| {
            bench.iter(|| black_box(gemm_rayon(black_box(&a), &b, threads)))
        });
    }
    group.finish();
}

fn bench_shapes(c: &mut Criterion) {
    for shape in &SHAPES {
        // The nn bench is f32, the train example f64.
        if shape.name.starts_with("train") {
            bench_type::<f64>(c, "f64", shape);
        } else {
            bench_type::<f32>(c, "f32", shape);
        }
    }
}

criterion_group!(benches, bench_shapes);
criterion_main!(benches);
