//! The captioning data (each split's images with the captions of their digits) and the training
//! loop: minibatches with Adam, the learning rate decayed after every epoch, and the exact-caption
//! rate of the training and validation sets measured after each.

use grad::optim::{Adam, Optimizer};
use ndarray::{Array2, Axis, s};
use rand::rngs::StdRng;
use rand::seq::SliceRandom;

use crate::data::{Dataset, Splits};
use crate::model::{Captioner, caption_loss_grad};
use crate::plot::{EpochRecord, History};
use crate::vocabulary::{NAMES, NULL, Vocabulary};

/// Images with the captions of their digits.
#[derive(Clone, Debug)]
pub struct CaptionSet {
    /// The images as rows of pixels, `(N, D)`.
    pub images: Array2<f64>,
    /// The digit of each image.
    pub digits: Vec<usize>,
    /// The words the model reads: each caption but its last word, `(N, T)`.
    pub input: Array2<usize>,
    /// The words the model predicts: each caption but its first word, `(N, T)`.
    pub output: Array2<usize>,
    /// Where `output` is a word of the caption, not padding.
    pub mask: Array2<bool>,
}

impl CaptionSet {
    /// The images of `set` with the captions of their labels.
    pub fn new(set: &Dataset, vocabulary: &Vocabulary) -> Self {
        Self::from_images(set.features().to_owned(), &set.labels, vocabulary)
    }

    /// `images` `(N, D)` with the captions of `digits`.
    pub fn from_images(images: Array2<f64>, digits: &[usize], vocabulary: &Vocabulary) -> Self {
        let captions = vocabulary.captions(digits);
        let output = captions.slice(s![.., 1..]).to_owned();
        CaptionSet {
            images,
            digits: digits.to_vec(),
            input: captions.slice(s![.., ..-1]).to_owned(),
            mask: output.mapv(|word| word != NULL),
            output,
        }
    }

    /// The number of images.
    pub fn len(&self) -> usize {
        self.digits.len()
    }

    /// The images and captions at `indices`, in that order.
    pub fn select(&self, indices: &[usize]) -> CaptionSet {
        CaptionSet {
            images: self.images.select(Axis(0), indices),
            digits: indices.iter().map(|&i| self.digits[i]).collect(),
            input: self.input.select(Axis(0), indices),
            output: self.output.select(Axis(0), indices),
            mask: self.mask.select(Axis(0), indices),
        }
    }

    /// The loss of the model on the whole set, and its gradient.
    pub fn loss_and_gradient(&self, model: &Captioner) -> (f64, Captioner) {
        caption_loss_grad(model, &self.images, &self.input, &self.output, &self.mask)
    }
}

/// The three splits of the digits, captioned.
#[derive(Clone, Debug)]
pub struct CaptionSplits {
    pub train: CaptionSet,
    pub validation: CaptionSet,
    pub test: CaptionSet,
}

impl CaptionSplits {
    pub fn new(splits: &Splits, vocabulary: &Vocabulary) -> Self {
        CaptionSplits {
            train: CaptionSet::new(&splits.train, vocabulary),
            validation: CaptionSet::new(&splits.validation, vocabulary),
            test: CaptionSet::new(&splits.test, vocabulary),
        }
    }
}

/// The captions the model says for every image of `set`, greedily, as text.
pub fn say(model: &Captioner, set: &CaptionSet, vocabulary: &Vocabulary) -> Vec<String> {
    // One word more than the longest caption's letters, for the `<END>` after them.
    let length = vocabulary.caption_length() - 1;
    model
        .sample(set.images.view(), length)
        .rows()
        .into_iter()
        .map(|words| vocabulary.spell(words.iter().copied()))
        .collect()
}

/// The fraction of `set` whose caption the model says exactly: every letter of the digit's name,
/// then `<END>`.
pub fn exact_rate(model: &Captioner, set: &CaptionSet, vocabulary: &Vocabulary) -> f64 {
    let said = say(model, set, vocabulary);
    let exact = said
        .iter()
        .zip(&set.digits)
        .filter(|(said, digit)| *said == NAMES[**digit])
        .count();
    exact as f64 / set.len() as f64
}

/// How to train.
#[derive(Clone, Debug)]
pub struct Settings {
    /// Passes over the training set.
    pub epochs: usize,
    /// Captions per gradient step (the last batch of an epoch may be smaller).
    pub batch_size: usize,
    /// Adam's initial learning rate.
    pub learning_rate: f64,
    /// The learning rate is multiplied by this after every epoch.
    pub lr_decay: f64,
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

/// Trains `model` on `splits.train` with Adam for `settings.epochs` epochs, each a pass over the
/// training set in an order shuffled by `rng`, and measures the exact-caption rate of the
/// training and validation sets after each. Returns the history of losses and rates.
pub fn train(
    model: &mut Captioner,
    splits: &CaptionSplits,
    vocabulary: &Vocabulary,
    settings: &Settings,
    rng: &mut StdRng,
    progress: &mut impl Progress,
) -> History {
    let train = &splits.train;
    let steps = train.len().div_ceil(settings.batch_size);
    let name = format!(
        "lstm captioner, hidden {}; accuracy: exact captions",
        model.hidden()
    );
    let mut history = History::new(name, steps);
    let mut adam = Adam::new(settings.learning_rate);
    let mut order: Vec<usize> = (0..train.len()).collect();
    for epoch in 1..=settings.epochs {
        order.shuffle(rng);
        progress.start_epoch(epoch, steps);
        let mut epoch_loss = 0.0;
        for (step, indices) in order.chunks(settings.batch_size).enumerate() {
            let (loss, gradient) = train.select(indices).loss_and_gradient(model);
            adam.step(model, &gradient);
            epoch_loss += loss;
            history.batch_losses.push(loss);
            progress.step(epoch_loss / (step + 1) as f64);
        }
        adam.decay_learning_rate(settings.lr_decay);
        let record = EpochRecord {
            epoch,
            train_loss: epoch_loss / steps as f64,
            train_accuracy: exact_rate(model, train, vocabulary),
            validation_accuracy: exact_rate(model, &splits.validation, vocabulary),
        };
        progress.end_epoch(&record);
        history.records.push(record);
    }
    history
}
