//! Every core (issue 17): the benches' MNIST-sized MLP step (`benches/nn.rs`: batch 64,
//! 784 - 128 - 10, f32) and an epoch of the `train` example's conv net (`benches/train.rs`:
//! the digits, batch 32, 40 steps of gradient and Adam), on 1 thread and on 2 threads with
//! `grad::parallel::batch_grad` (each batch in 2 shards) and Adam's step cut into chunks on the
//! same 2 threads (`with_parallel_step`), in one run; beside them the parts Amdahl's serial
//! fraction is made of (see BENCHMARKS.md): the sum of the shards' gradients, and the epoch's
//! Adam steps, on 1 thread and on 2. The MLP step also runs on 8 shards on the 2 threads, whose
//! gradients `batch_grad` sums as a pairwise tree.
//!
//! ```text
//! cargo bench --bench parallel -- --warm-up-time 1 --measurement-time 5
//! cargo bench --bench parallel --features parallel -- --warm-up-time 1 --measurement-time 5
//! ```
//!
//! The 2-thread pool's thread 0 is the bench's own thread (`use_current_thread`), as in the
//! `train` example. `gemm_2_threads` runs the 1-shard gradient on that pool: with
//! `--features parallel`, products of at least `matmul::PARALLEL_MIN_WORK` (256³) multiply-adds
//! would be split across the 2 threads; the MLP's and the conv net's are all smaller, so the row
//! is the 1-thread gradient again (on `gemm` with the feature, on matrixmultiply without).

#[path = "../examples/train/by_hand.rs"]
#[allow(dead_code)]
mod by_hand;
#[path = "../examples/train/checkpoint.rs"]
#[allow(dead_code)]
mod checkpoint;
#[path = "../examples/train/data.rs"]
#[allow(dead_code)]
mod data;
#[path = "../examples/train/files.rs"]
mod files;
#[path = "../examples/common/mlp.rs"]
#[allow(dead_code)]
mod mlp;
#[path = "../examples/train/models.rs"]
#[allow(dead_code)]
mod models;

/// mimalloc, not glibc's malloc: glibc gives the top of its heap back to the system when a
/// free leaves more than its trim threshold there, and every step frees its shards' gradients,
/// so the next step page-faults them in again (a third of a 2-shard MLP step's time, `perf`);
/// mimalloc keeps freed pages for the next step. See BENCHMARKS.md, "Every core".
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::hint::black_box;
use std::ops::Range;
use std::sync::OnceLock;

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use grad::Tangent;
use grad::optim::{Adam, Optimizer};
use grad::parallel::rayon::{ThreadPool, ThreadPoolBuilder};
use grad::parallel::{Reduction, batch_grad, batch_grad_l2};
use ndarray::s;
use rand::SeedableRng;
use rand::rngs::StdRng;
use rand::seq::SliceRandom;

use data::Dataset;
use mlp::{mnist_sized_step, sharded_mlp_data_loss_grad, sharded_mlp_loss_grad};
use models::{ConvNet, Network};

/// The 2-thread pool, whose thread 0 is the bench's own thread (`use_current_thread`, as the
/// `train` example's global pool): `install` from it runs the closure in place, instead of
/// handing it to a pool thread and sleeping until it is done, two wake-ups (tens of µs on this
/// VM) a step that a training loop on a pool thread does not pay.
fn two_threads() -> &'static ThreadPool {
    static POOL: OnceLock<ThreadPool> = OnceLock::new();
    POOL.get_or_init(|| {
        ThreadPoolBuilder::new()
            .num_threads(2)
            .use_current_thread()
            .build()
            .expect("a thread pool")
    })
}

fn mlp_bench(c: &mut Criterion) {
    let (x, labels, p) = mnist_sized_step();
    let batch = x.nrows();
    let shard = |rows: Range<usize>| {
        sharded_mlp_loss_grad(x.slice(s![rows.clone(), ..]), &labels[rows], &p, 1e-3)
    };
    let two = two_threads();
    let (loss, gradient) = batch_grad(batch, 1, Reduction::Mean, shard);
    let (loss2, gradient2) = two.install(|| batch_grad(batch, 2, Reduction::Mean, shard));
    assert!(
        (loss - loss2).abs() <= 1e-5 * loss.abs(),
        "{loss} vs {loss2}"
    );
    let mut difference = gradient.clone();
    difference.axpy(-1.0, &gradient2);
    assert!(difference.sum_of_squares().sqrt() <= 1e-5 * gradient.sum_of_squares().sqrt());

    let mut group = c.benchmark_group("parallel/mlp_step_64x784x128x10_f32");
    group.bench_function("1_thread", |b| {
        b.iter(|| black_box(batch_grad(batch, 1, Reduction::Mean, shard)))
    });
    group.bench_function("2_threads", |b| {
        b.iter(|| black_box(two.install(|| batch_grad(batch, 2, Reduction::Mean, shard))))
    });
    group.bench_function("gemm_2_threads", |b| {
        b.iter(|| black_box(two.install(|| batch_grad(batch, 1, Reduction::Mean, shard))))
    });
    group.bench_function("8_shards_2_threads", |b| {
        b.iter(|| black_box(two.install(|| batch_grad(batch, 8, Reduction::Mean, shard))))
    });
    // The same step with the L2 penalty given to `batch_grad_l2` (on every parameter, biases
    // too, as weight decay) instead of written in the loss: each of S shards adds the penalty
    // of 1/S of the parameters, where each computed and pulled back the whole penalty.
    let data_shard = |rows: Range<usize>| {
        sharded_mlp_data_loss_grad(x.slice(s![rows.clone(), ..]), &labels[rows], &p)
    };
    let (_, l2_one) = batch_grad_l2(batch, 1, Reduction::Mean, &p, 1e-3, data_shard);
    let (_, mut l2_two) =
        two.install(|| batch_grad_l2(batch, 2, Reduction::Mean, &p, 1e-3, data_shard));
    l2_two.axpy(-1.0, &l2_one);
    assert!(l2_two.sum_of_squares().sqrt() <= 1e-5 * l2_one.sum_of_squares().sqrt());
    group.bench_function("1_thread_l2", |b| {
        b.iter(|| {
            black_box(batch_grad_l2(
                batch,
                1,
                Reduction::Mean,
                &p,
                1e-3,
                data_shard,
            ))
        })
    });
    group.bench_function("2_threads_l2", |b| {
        b.iter(|| {
            black_box(
                two.install(|| batch_grad_l2(batch, 2, Reduction::Mean, &p, 1e-3, data_shard)),
            )
        })
    });
    // The serial part of 2 shards, as `batch_grad` sums them: `g1 ← w1 g1 + w2 g2` in one pass.
    group.bench_function("serial_sum_of_shards", |b| {
        b.iter_batched_ref(
            || gradient.clone(),
            |first| first.zip_update(&gradient2, |x, y| *x = 0.5 * *x + 0.5 * y),
            BatchSize::SmallInput,
        )
    });
    group.finish();
}

/// The `train` example's defaults.
const BATCH: usize = 32;
const LEARNING_RATE: f64 = 3e-3;
const REG: f64 = 3e-3;

/// One epoch of `net` on `train` in `order`: each batch's gradient on `shards` shards (on the
/// current rayon pool), then an Adam step. With `fixed_gradient`, the part that runs on one
/// thread whatever the shards: the Adam steps alone, each with `fixed_gradient` (the shards
/// select their images themselves, in parallel).
fn epoch(
    net: &mut ConvNet,
    adam: &mut Adam<ConvNet>,
    train: &Dataset,
    order: &[usize],
    shards: usize,
    fixed_gradient: Option<&ConvNet>,
) -> f64 {
    let mut total = 0.0;
    for indices in order.chunks(BATCH) {
        if let Some(g) = fixed_gradient {
            adam.step(net, g);
            total += indices.len() as f64;
            continue;
        }
        let (loss, g) = batch_grad(indices.len(), shards, Reduction::Mean, |rows| {
            let shard = train.select(&indices[rows]);
            net.gradient(&shard.images, &shard.labels, REG)
        });
        adam.step(net, &g);
        total += loss;
    }
    total
}

fn conv_epoch_bench(c: &mut Criterion) {
    let splits = data::digits().expect("the embedded digits load");
    let mut order: Vec<usize> = (0..splits.train.len()).collect();
    order.shuffle(&mut StdRng::seed_from_u64(1));
    let net = ConvNet::new((8, 8), 16, 256, 10, &mut StdRng::seed_from_u64(0));
    let first = splits.train.select(&order[..BATCH]);
    let (_, some_gradient) = net.gradient(&first.images, &first.labels, REG);
    let two = two_threads();
    let mut group = c.benchmark_group("parallel/conv_epoch_digits_f64");
    let setup = || (net.clone(), Adam::new(LEARNING_RATE));
    let parallel_setup = || {
        (
            net.clone(),
            Adam::new(LEARNING_RATE).with_parallel_step(true),
        )
    };
    let train = &splits.train;
    group.bench_function("1_thread", |b| {
        b.iter_batched_ref(
            setup,
            |(net, adam)| black_box(epoch(net, adam, train, &order, 1, None)),
            BatchSize::SmallInput,
        )
    });
    group.bench_function("2_threads", |b| {
        b.iter_batched_ref(
            parallel_setup,
            |(net, adam)| black_box(two.install(|| epoch(net, adam, train, &order, 2, None))),
            BatchSize::SmallInput,
        )
    });
    // As before the optimiser's step was split: the gradient on 2 shards, Adam on 1 thread.
    group.bench_function("2_threads_serial_adam", |b| {
        b.iter_batched_ref(
            setup,
            |(net, adam)| black_box(two.install(|| epoch(net, adam, train, &order, 2, None))),
            BatchSize::SmallInput,
        )
    });
    group.bench_function("gemm_2_threads", |b| {
        b.iter_batched_ref(
            setup,
            |(net, adam)| black_box(two.install(|| epoch(net, adam, train, &order, 1, None))),
            BatchSize::SmallInput,
        )
    });
    group.bench_function("serial_adam_steps", |b| {
        b.iter_batched_ref(
            setup,
            |(net, adam)| black_box(epoch(net, adam, train, &order, 1, Some(&some_gradient))),
            BatchSize::SmallInput,
        )
    });
    group.bench_function("adam_steps_2_threads", |b| {
        b.iter_batched_ref(
            parallel_setup,
            |(net, adam)| {
                let steps = || epoch(net, adam, train, &order, 1, Some(&some_gradient));
                black_box(two.install(steps))
            },
            BatchSize::SmallInput,
        )
    });
    group.finish();
}

criterion_group!(benches, mlp_bench, conv_epoch_bench);
criterion_main!(benches);
