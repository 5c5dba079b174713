//! One training epoch of the `train` example (issue #6): every step of an epoch on the digits
//! (the batch drawn, the loss and gradient, an Adam step), with the gradient from
//! `#[differentiate]` and, in the same run, written by hand; for the MLP and the conv net with
//! the example's default settings (batch 32, so 40 steps an epoch; hidden width 256).
//!
//! ```text
//! cargo bench --bench train -- --warm-up-time 1 --measurement-time 5
//! ```

#[path = "../examples/train/by_hand.rs"]
mod by_hand;
#[path = "../examples/train/checkpoint.rs"]
#[allow(dead_code)]
mod checkpoint;
#[path = "../examples/train/data.rs"]
#[allow(dead_code)]
mod data;
#[path = "../examples/train/files.rs"]
mod files;
#[path = "../examples/train/models.rs"]
#[allow(dead_code)]
mod models;

use std::hint::black_box;

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use grad::optim::{Adam, Optimizer};
use ndarray::Array4;
use rand::SeedableRng;
use rand::rngs::StdRng;
use rand::seq::SliceRandom;

use data::Dataset;
use models::{ConvNet, Mlp, Network, as_rows};

/// The example's defaults.
const BATCH: usize = 32;
const LEARNING_RATE: f64 = 3e-3;
const REG: f64 = 3e-3;

/// One epoch: each batch of `order` selected from `train`, its gradient by `gradient`, an Adam
/// step.
fn epoch<N: Network>(
    net: &mut N,
    adam: &mut Adam<N>,
    train: &Dataset,
    order: &[usize],
    gradient: impl Fn(&N, &Array4<f64>, &[usize]) -> (f64, N),
) -> f64 {
    let mut total = 0.0;
    for indices in order.chunks(BATCH) {
        let batch = train.select(indices);
        let (loss, g) = gradient(net, &batch.images, &batch.labels);
        adam.step(net, &g);
        total += loss;
    }
    total
}

/// Times an epoch of `net` with the generated gradient and with the hand-written one.
fn compare<N: Network>(
    c: &mut Criterion,
    name: &str,
    net: &N,
    generated: impl Fn(&N, &Array4<f64>, &[usize]) -> (f64, N) + Copy,
    by_hand: impl Fn(&N, &Array4<f64>, &[usize]) -> (f64, N) + Copy,
) {
    let splits = data::digits().expect("the embedded digits load");
    let mut order: Vec<usize> = (0..splits.train.len()).collect();
    order.shuffle(&mut StdRng::seed_from_u64(1));
    let mut group = c.benchmark_group(format!("train/{name}_epoch"));
    group.bench_function("generated", |b| {
        b.iter_batched_ref(
            || (net.clone(), Adam::new(LEARNING_RATE)),
            |(net, adam)| black_box(epoch(net, adam, &splits.train, &order, generated)),
            BatchSize::SmallInput,
        )
    });
    group.bench_function("by_hand", |b| {
        b.iter_batched_ref(
            || (net.clone(), Adam::new(LEARNING_RATE)),
            |(net, adam)| black_box(epoch(net, adam, &splits.train, &order, by_hand)),
            BatchSize::SmallInput,
        )
    });
    group.finish();
}

fn bench_train(c: &mut Criterion) {
    let mut rng = StdRng::seed_from_u64(0);
    let mlp = Mlp::new(64, 256, 10, &mut rng);
    compare(
        c,
        "mlp",
        &mlp,
        |p, images, labels| models::mlp_loss_grad(p, as_rows(images), labels, REG),
        |p, images, labels| by_hand::mlp_loss_grad_by_hand(p, as_rows(images), labels, REG),
    );
    let conv = ConvNet::new((8, 8), 16, 256, 10, &mut rng);
    compare(
        c,
        "conv",
        &conv,
        |p, images, labels| models::conv_loss_grad(p, images, labels, REG),
        |p, images, labels| by_hand::conv_loss_grad_by_hand(p, images, labels, REG),
    );
}

criterion_group!(benches, bench_train);
criterion_main!(benches);
