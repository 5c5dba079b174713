//! The training loop: minibatch gradient descent with any optimiser of `grad::optim`, the
//! learning-rate decay and gradient clipping of cs231n's `Solver`, and evaluation after every
//! epoch. Every gradient comes from the network's `#[grad::differentiate]` loss.

use grad::optim::{Optimizer, clip_grad_norm};
use grad::parallel::{Reduction, batch_grad};
use ndarray::{Array4, Axis};
use rand::rngs::StdRng;
use rand::seq::SliceRandom;

use crate::data::{Dataset, Splits};
use crate::models::{Network, Scorer};
use crate::plot::{EpochRecord, History};

/// How to train: cs231n's `Solver` settings.
#[derive(Clone, Debug)]
pub struct Schedule {
    /// Passes over the training set.
    pub epochs: usize,
    /// Examples per gradient step (the last batch of an epoch may be smaller).
    pub batch_size: usize,
    /// The L2 regularisation strength.
    pub reg: f64,
    /// The learning rate is multiplied by this after every epoch.
    pub lr_decay: f64,
    /// Gradients of larger Euclidean norm are scaled down to this norm before each step.
    pub clip_norm: Option<f64>,
    /// Each batch's gradient is the sum of this many shards' (`grad::parallel::batch_grad`),
    /// run on rayon's pool; 1: the whole batch on the calling thread. More than 1 needs a
    /// network whose loss is a mean over the images (no batch norm, no dropout).
    pub threads: usize,
}

/// What the loop reports as it goes, for a progress bar (or nothing, in tests).
pub trait Progress {
    /// An epoch of `steps` gradient steps begins.
    fn start_epoch(&mut self, _epoch: usize, _steps: usize) {}
    /// A step is done; `running_loss` is the mean loss of the epoch's steps so far.
    fn step(&mut self, _running_loss: f64) {}
    /// An epoch is done and evaluated.
    fn end_epoch(&mut self, _record: &EpochRecord) {}
}

/// The fraction of `set` that `net` classifies right. `reference` is the training set, whose
/// statistics batch-norm layers use in inference mode.
pub fn accuracy<N: Network>(net: &N, set: &Dataset, reference: &Dataset) -> f64 {
    accuracy_of(&net.scorer(&reference.images), set)
}

/// The fraction of `set` that a network in inference mode, `scores_of`, classifies right.
pub fn accuracy_of(scores_of: &Scorer, set: &Dataset) -> f64 {
    // Chunks bound the memory of the scores (MNIST's test set is 10,000 images).
    const CHUNK: usize = 1000;
    let mut right = 0;
    for start in (0..set.len()).step_by(CHUNK) {
        let end = (start + CHUNK).min(set.len());
        let images = set
            .images
            .slice_axis(Axis(0), (start..end).into())
            .to_owned();
        let scores = scores_of(&images);
        right += scores
            .axis_iter(Axis(0))
            .zip(&set.labels[start..end])
            .filter(|(row, label)| predicted_class(row.iter().copied()) == **label)
            .count();
    }
    right as f64 / set.len() as f64
}

/// The index of the largest score (the first, on ties).
pub fn predicted_class(scores: impl Iterator<Item = f64>) -> usize {
    scores
        .enumerate()
        .fold((0, f64::NEG_INFINITY), |(best, max), (class, score)| {
            if score > max {
                (class, score)
            } else {
                (best, max)
            }
        })
        .0
}

/// Trains `net` on `splits.train` for `schedule.epochs` epochs, each a pass over the training
/// set in an order shuffled by `rng`, and evaluates it on the training and validation sets
/// after each epoch. Returns the history of losses and accuracies.
pub fn train<N: Network>(
    net: &mut N,
    splits: &Splits,
    schedule: &Schedule,
    optimizer: &mut dyn Optimizer<N>,
    rng: &mut StdRng,
    progress: &mut impl Progress,
) -> History {
    let train = &splits.train;
    let steps_per_epoch = train.len().div_ceil(schedule.batch_size);
    let mut history = History::new(N::NAME, steps_per_epoch);
    let mut order: Vec<usize> = (0..train.len()).collect();
    for epoch in 1..=schedule.epochs {
        order.shuffle(rng);
        let batches: Vec<&[usize]> = order.chunks(schedule.batch_size).collect();
        progress.start_epoch(epoch, batches.len());
        let mut epoch_loss = 0.0;
        for (step, indices) in batches.iter().enumerate() {
            let (loss, mut gradient) = batch_loss_and_gradient(net, train, indices, schedule, rng);
            if let Some(max_norm) = schedule.clip_norm {
                clip_grad_norm(&mut gradient, max_norm);
            }
            optimizer.step(net, &gradient);
            epoch_loss += loss;
            history.batch_losses.push(loss);
            progress.step(epoch_loss / (step + 1) as f64);
        }
        optimizer.decay_learning_rate(schedule.lr_decay);
        // One scorer for both sets: batch norm's statistics of the training set computed once.
        let scores_of = net.scorer(&train.images);
        let record = EpochRecord {
            epoch,
            train_loss: epoch_loss / batches.len() as f64,
            train_accuracy: accuracy_of(&scores_of, train),
            validation_accuracy: accuracy_of(&scores_of, &splits.validation),
        };
        progress.end_epoch(&record);
        history.records.push(record);
    }
    history
}

/// The loss and gradient of `net` on the images of `set` at `indices`: on one thread, or, with
/// `schedule.threads` above 1, as the sum of that many shards' gradients weighted by their share
/// of the batch (the loss is a mean over the images).
fn batch_loss_and_gradient<N: Network>(
    net: &N,
    set: &Dataset,
    indices: &[usize],
    schedule: &Schedule,
    rng: &mut StdRng,
) -> (f64, N) {
    if schedule.threads <= 1 {
        let batch = set.select(indices);
        return net.loss_and_gradient(&batch.images, &batch.labels, schedule.reg, rng);
    }
    batch_grad(indices.len(), schedule.threads, Reduction::Mean, |rows| {
        let shard = set.select(&indices[rows]);
        net.gradient(&shard.images, &shard.labels, schedule.reg)
    })
}

/// A batch of the first `n` training images, for gradient checks.
pub fn first_batch(set: &Dataset, n: usize) -> (Array4<f64>, Vec<usize>) {
    let indices: Vec<usize> = (0..n.min(set.len())).collect();
    let batch = set.select(&indices);
    (batch.images, batch.labels)
}
