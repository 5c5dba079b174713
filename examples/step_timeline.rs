//! Where the time of a data-parallel step goes (issue 17, "every core"): `benches/parallel.rs`'s
//! MLP step or conv epoch run a fixed number of times on a pool of `THREADS` threads with each
//! batch split into `SHARDS` shards, printing the mean time per step and, averaged over the
//! steps, when each of the first two shards started and ended, when `batch_grad` returned (the
//! shards summed) and, for the conv net, when the Adam step ended, all in µs from the step's
//! start. With `THREADS` 1 and `SHARDS` 2 the shards run one after the other: their sum against
//! `SHARDS` 1 is the work a split adds.
//!
//! ```text
//! cargo run --release --example step_timeline -- mlp|conv THREADS SHARDS STEPS
//! cargo run --release --example step_timeline -- conv 2 2 800
//! ```
//!
//! The pool's thread 0 is the main thread (`use_current_thread`), as in the `train` example.
//! Figures and what they showed are in BENCHMARKS.md, "Every core".

#[path = "train/checkpoint.rs"]
#[allow(dead_code)]
mod checkpoint;
#[path = "train/data.rs"]
#[allow(dead_code)]
mod data;
#[path = "train/files.rs"]
#[allow(dead_code)]
mod files;
#[path = "common/mlp.rs"]
#[allow(dead_code)]
mod mlp;
#[path = "train/models.rs"]
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
use std::sync::Mutex;
use std::time::Instant;

use grad::optim::{Adam, Optimizer};
use grad::parallel::rayon::ThreadPoolBuilder;
use grad::parallel::{Reduction, batch_grad};
use mlp::{mnist_sized_step, sharded_mlp_loss_grad};
use models::{ConvNet, Network};
use ndarray::s;
use rand::SeedableRng;
use rand::rngs::StdRng;
use rand::seq::SliceRandom;

/// Sums of the moments of the steps, in µs from each step's start: the first shard's start
/// and end, the second's, `batch_grad`'s return, the optimiser step's end; and the step count.
#[derive(Default)]
struct Timeline {
    moments: [f64; 6],
    steps: usize,
}

impl Timeline {
    /// Records that shard `rows` ran from `begin` to now, in a step that started at `step`.
    fn shard(&mut self, rows: &Range<usize>, step: Instant, begin: Instant) {
        let which = if rows.start == 0 { 0 } else { 2 };
        self.moments[which] += micros(begin - step);
        self.moments[which + 1] += micros(step.elapsed());
    }

    fn print(&self) {
        let [s1, e1, s2, e2, returned, stepped] = self.moments.map(|m| m / self.steps as f64);
        println!(
            "shard 1 {s1:.0}-{e1:.0} µs, shard 2 {s2:.0}-{e2:.0} µs, batch_grad returned at \
             {returned:.0} µs, optimiser step done at {stepped:.0} µs"
        );
    }
}

fn micros(d: std::time::Duration) -> f64 {
    d.as_secs_f64() * 1e6
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let usage = "usage: step_timeline mlp|conv THREADS SHARDS STEPS";
    let number = |i: usize| -> usize { args.get(i).and_then(|a| a.parse().ok()).expect(usage) };
    let (threads, shards, steps) = (number(2), number(3), number(4));
    ThreadPoolBuilder::new()
        .num_threads(threads)
        .use_current_thread()
        .build_global()
        .expect("the thread pool");
    let timeline = Mutex::new(Timeline::default());
    let started = Instant::now();
    match args.get(1).map(String::as_str) {
        Some("mlp") => mlp_steps(shards, steps, &timeline),
        Some("conv") => conv_steps(threads, shards, steps, &timeline),
        _ => panic!("{usage}"),
    }
    let per_step = micros(started.elapsed()) / steps as f64;
    println!("{threads} threads, {shards} shards: {per_step:.1} µs a step");
    timeline.lock().unwrap().print();
}

/// `steps` gradients of the MLP on the batch of 64 (no optimiser step).
fn mlp_steps(shards: usize, steps: usize, timeline: &Mutex<Timeline>) {
    let (x, labels, p) = mnist_sized_step();
    let batch = x.nrows();
    for _ in 0..steps {
        let step = Instant::now();
        let gradient = batch_grad(batch, shards, Reduction::Mean, |rows| {
            let begin = Instant::now();
            let result = sharded_mlp_loss_grad(
                x.slice(s![rows.clone(), ..]),
                &labels[rows.clone()],
                &p,
                1e-3,
            );
            timeline.lock().unwrap().shard(&rows, step, begin);
            result
        });
        let mut t = timeline.lock().unwrap();
        t.moments[4] += micros(step.elapsed());
        t.moments[5] += micros(step.elapsed());
        t.steps += 1;
        drop(black_box(gradient));
    }
}

/// `benches/parallel.rs`'s conv epochs (batch 32, Adam) until `steps` steps are done.
fn conv_steps(threads: usize, shards: usize, steps: usize, timeline: &Mutex<Timeline>) {
    let splits = data::digits().expect("the embedded digits load");
    let mut order: Vec<usize> = (0..splits.train.len()).collect();
    order.shuffle(&mut StdRng::seed_from_u64(1));
    let mut net = ConvNet::new((8, 8), 16, 256, 10, &mut StdRng::seed_from_u64(0));
    let mut adam = Adam::new(3e-3).with_parallel_step(threads > 1);
    for indices in order.chunks(32).cycle().take(steps) {
        let step = Instant::now();
        let (_, gradient) = batch_grad(indices.len(), shards, Reduction::Mean, |rows| {
            let begin = Instant::now();
            let shard = splits.train.select(&indices[rows.clone()]);
            let result = net.gradient(&shard.images, &shard.labels, 3e-3);
            timeline.lock().unwrap().shard(&rows, step, begin);
            result
        });
        let returned = micros(step.elapsed());
        adam.step(&mut net, &gradient);
        let mut t = timeline.lock().unwrap();
        t.moments[4] += returned;
        t.moments[5] += micros(step.elapsed());
        t.steps += 1;
    }
    black_box(&net);
}
