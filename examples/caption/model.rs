//! The captioning model of cs231n's assignment 3 (`CaptioningRNN` with `cell_type='lstm'`), on
//! the pixels of the digits: an affine projection of the image is the LSTM's initial hidden
//! state, and the LSTM reads the caption one word at a time and scores the next.
//!
//! The loss is one `#[grad::differentiate]` function of the parameters, [`caption_loss`], that
//! calls the layers of `grad::nn`; training uses its generated `caption_loss_grad`.

use grad::nn::*;
use ndarray::{Array, Array1, Array2, ArrayView2, Axis, Dimension, Ix1, Ix2};
use rand::Rng;
use rand_distr::{Distribution, StandardNormal};

use crate::vocabulary::{NULL, START};

/// The parameters, for images of `D` pixels, word vectors of size `W`, hidden size `H` and a
/// vocabulary of `V` words.
#[derive(Clone, Debug, PartialEq, grad::Tangent)]
pub struct Captioner {
    /// The projection of an image to the LSTM's initial hidden state, `(D, H)` and `(H,)`.
    pub w_proj: Array2<f64>,
    pub b_proj: Array1<f64>,
    /// The word vectors, `(V, W)`.
    pub w_embed: Array2<f64>,
    /// The LSTM, gates in the order i, f, o, g: `(W, 4H)`, `(H, 4H)` and `(4H,)`.
    pub wx: Array2<f64>,
    pub wh: Array2<f64>,
    pub b: Array1<f64>,
    /// The scores of the next word from the hidden state, `(H, V)` and `(V,)`.
    pub w_vocab: Array2<f64>,
    pub b_vocab: Array1<f64>,
}

/// Independent normal numbers, mean 0 and standard deviation `std`.
fn normal<D: Dimension>(shape: D, std: f64, rng: &mut impl Rng) -> Array<f64, D> {
    Array::from_shape_simple_fn(shape, || {
        std * <StandardNormal as Distribution<f64>>::sample(&StandardNormal, rng)
    })
}

/// A weight matrix `(rows, cols)` of standard deviation `1/√rows`, as cs231n's initialisation.
fn scaled(rows: usize, cols: usize, rng: &mut impl Rng) -> Array2<f64> {
    normal(Ix2(rows, cols), 1.0 / (rows as f64).sqrt(), rng)
}

impl Captioner {
    /// cs231n's initialisation: word vectors `N(0, 1/100²)`, weights `N(0, 1/fan_in)`, zero
    /// biases.
    pub fn new(
        pixels: usize,
        wordvec: usize,
        hidden: usize,
        words: usize,
        rng: &mut impl Rng,
    ) -> Self {
        Captioner {
            w_proj: scaled(pixels, hidden, rng),
            b_proj: Array1::zeros(hidden),
            w_embed: normal(Ix2(words, wordvec), 0.01, rng),
            wx: scaled(wordvec, 4 * hidden, rng),
            wh: scaled(hidden, 4 * hidden, rng),
            b: Array1::zeros(Ix1(4 * hidden)),
            w_vocab: scaled(hidden, words, rng),
            b_vocab: Array1::zeros(words),
        }
    }

    /// The hidden size `H`.
    pub fn hidden(&self) -> usize {
        self.wh.nrows()
    }

    /// The captions of `images` `(N, D)`, read greedily (cs231n's `CaptioningRNN.sample`): from
    /// the projected image and `<START>`, each step feeds the LSTM the word it scored highest at
    /// the step before, for `length` steps. Row `n` holds the words said for image `n`, from
    /// the first letter on (a well-trained model says `<END>` after the name).
    pub fn sample(&self, images: ArrayView2<f64>, length: usize) -> Array2<usize> {
        let n = images.nrows();
        let mut h = affine(&images, &self.w_proj, &self.b_proj);
        let mut c = Array2::zeros(h.raw_dim());
        let mut words = vec![START; n];
        let mut captions = Array2::from_elem((n, length), NULL);
        for mut said in captions.columns_mut() {
            let x = self.w_embed.select(Axis(0), &words);
            (h, c) = lstm_step(&x, &h, &c, &self.wx, &self.wh, &self.b);
            let scores = affine(&h, &self.w_vocab, &self.b_vocab);
            for ((word, slot), row) in words.iter_mut().zip(&mut said).zip(scores.rows()) {
                *word = best(row.iter().copied());
                *slot = *word;
            }
        }
        captions
    }
}

/// The index of the largest score (the first, on ties).
fn best(scores: impl Iterator<Item = f64>) -> usize {
    scores
        .enumerate()
        .fold((0, f64::NEG_INFINITY), |(best, max), (word, score)| {
            if score > max {
                (word, score)
            } else {
                (best, max)
            }
        })
        .0
}

/// The loss of a batch (cs231n's `CaptioningRNN.loss`): the LSTM starts from the projected
/// `images` `(N, D)`, reads the caption's words `input` `(N, T)` and scores the next word at
/// each step; the loss is the softmax cross-entropy of the words `output` `(N, T)` where `mask`
/// holds (not after `<END>`), summed over the steps and averaged over the batch.
#[grad::differentiate(wrt(p))]
pub fn caption_loss(
    p: &Captioner,
    images: &Array2<f64>,
    input: &Array2<usize>,
    output: &Array2<usize>,
    mask: &Array2<bool>,
) -> f64 {
    let h0 = affine(images, &p.w_proj, &p.b_proj);
    let x = word_embedding(input, &p.w_embed);
    let hidden = lstm(&x, &h0, &p.wx, &p.wh, &p.b);
    let scores = temporal_affine(&hidden, &p.w_vocab, &p.b_vocab);
    temporal_softmax_cross_entropy(&scores, output, mask)
}
