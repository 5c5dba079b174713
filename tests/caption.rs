//! The `caption` example (issue #16): its vocabulary, its differentiated loss, greedy decoding
//! of a model whose weights are set by hand, a short training run that learns, and the command
//! line rejecting bad flags with clap's message and writing nothing. Settings are tiny: the file
//! runs in a few seconds in the test profile.

#[path = "../examples/train/data.rs"]
#[allow(dead_code)]
mod data;
#[path = "../examples/train/files.rs"]
#[allow(dead_code)]
mod files;
#[path = "../examples/caption/model.rs"]
mod model;
#[path = "../examples/train/plot.rs"]
#[allow(dead_code)]
mod plot;
#[path = "../examples/caption/training.rs"]
#[allow(dead_code)]
mod training;
#[path = "../examples/caption/vocabulary.rs"]
#[allow(dead_code)]
mod vocabulary;

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

use grad::Tangent;
use ndarray::{Array1, Array2, array};
use rand::SeedableRng;
use rand::rngs::StdRng;

use common::listing;
use model::{Captioner, caption_loss};
use training::{CaptionSet, CaptionSplits, Progress, Settings};
use vocabulary::{END, NAMES, NULL, START, Vocabulary};

/// Reports nothing.
struct Silent;

impl Progress for Silent {}

#[test]
fn the_vocabulary_spells_every_name_between_start_and_end() {
    let vocabulary = Vocabulary::digits();
    // <NULL>, <START>, <END> and the 15 letters of the names.
    assert_eq!(vocabulary.len(), 18);
    assert_eq!(vocabulary.caption_length(), 7);
    let seven = vocabulary.caption(7);
    let letters: Vec<usize> = "seven"
        .chars()
        .map(|c| vocabulary.word(c).unwrap())
        .collect();
    assert_eq!(seven[0], START);
    assert_eq!(seven[1..6], letters[..]);
    assert_eq!(seven[6], END);
    let captions = vocabulary.captions(&[1, 3]);
    assert_eq!(captions.dim(), (2, 7));
    assert_eq!(captions.row(0).iter().filter(|&&w| w == NULL).count(), 2);
    for (digit, name) in NAMES.iter().enumerate() {
        let caption = vocabulary.caption(digit);
        assert_eq!(&vocabulary.spell(caption[1..].iter().copied()), name);
    }
    assert_eq!(vocabulary.spell([START, NULL]), "??");
    assert_eq!(vocabulary.word('a'), None);
}

#[test]
fn the_captions_are_read_one_word_behind_and_masked_after_end() {
    let vocabulary = Vocabulary::digits();
    let set = CaptionSet::from_images(Array2::zeros((2, 3)), &[1, 7], &vocabulary);
    let captions = vocabulary.captions(&[1, 7]);
    assert_eq!(set.input, captions.slice(ndarray::s![.., ..6]));
    assert_eq!(set.output, captions.slice(ndarray::s![.., 1..]));
    // "one" + <END> is 4 words to predict, "seven" + <END> 6.
    assert_eq!(set.mask.row(0).iter().filter(|&&m| m).count(), 4);
    assert_eq!(set.mask.row(1).iter().filter(|&&m| m).count(), 6);
}

/// A random model of the sizes given, a batch of the digits and its captions.
fn small_problem(hidden: usize, images: usize) -> (Captioner, CaptionSet) {
    let splits = data::digits().expect("the embedded digits load");
    let vocabulary = Vocabulary::digits();
    let indices: Vec<usize> = (0..images).collect();
    let set = CaptionSet::new(&splits.train, &vocabulary).select(&indices);
    let mut rng = StdRng::seed_from_u64(7);
    let model = Captioner::new(set.images.ncols(), 5, hidden, vocabulary.len(), &mut rng);
    (model, set)
}

#[test]
fn the_loss_gradient_checks_against_central_differences() {
    let (model, set) = small_problem(6, 8);
    let (value, gradient) = set.loss_and_gradient(&model);
    let loss = |p: &Captioner| caption_loss(p, &set.images, &set.input, &set.output, &set.mask);
    assert_eq!(value.to_bits(), loss(&model).to_bits());
    // Along random directions of the whole model: <gradient, v> against (L(p + hv) - L(p - hv)) / 2h.
    let mut next = common::uniform(3);
    for _ in 0..3 {
        let mut direction = model.clone();
        direction.zip_update(&model.clone(), |v, _| *v = 2.0 * next() - 1.0);
        let (mut plus, mut minus) = (model.clone(), model.clone());
        let h = 1e-5;
        plus.axpy(h, &direction);
        minus.axpy(-h, &direction);
        let numerical = (loss(&plus) - loss(&minus)) / (2.0 * h);
        let mut analytic = 0.0;
        gradient
            .clone()
            .zip_update(&direction, |g, v| analytic += *g * v);
        let error = (analytic - numerical).abs() / (analytic.abs() + numerical.abs());
        assert!(
            error < 1e-6,
            "<g, v> = {analytic}, finite differences {numerical}"
        );
    }
}

/// A model whose weights say "two" for images whose first pixel is 0 and "six" for those whose
/// first pixel is 1, whatever the rest.
///
/// One hidden unit per word, fed by that word's one-hot vector; the input and output gates open
/// and the forget gate shut (biases ±30), so each step's hidden state is `tanh(tanh(3))` on the
/// unit of the word just read, and `w_vocab` sends each letter to the next letter of its name.
/// Two more units, `T` and `S`, are the image's: `h0` holds the first pixel in a third unit, and
/// at `<START>` alone the candidate of `T` is `tanh(3 - 6 pixel)` and that of `S`
/// `tanh(3 + 6 pixel - 6)`, so that `T` or `S` is on; `T` scores `t`, `S` scores `s`.
fn two_or_six(vocabulary: &Vocabulary, pixels: usize) -> Captioner {
    let words = vocabulary.len();
    let (image, t_unit, s_unit) = (words, words + 1, words + 2);
    let hidden = words + 3;
    let letter = |c| vocabulary.word(c).unwrap();
    let (i, f, o, g) = (0, hidden, 2 * hidden, 3 * hidden);
    let mut wx = Array2::zeros((words, 4 * hidden));
    let mut wh = Array2::zeros((hidden, 4 * hidden));
    let mut b = Array1::zeros(4 * hidden);
    for unit in 0..hidden {
        b[i + unit] = 30.0;
        b[f + unit] = -30.0;
        b[o + unit] = 30.0;
    }
    for word in 0..words {
        wx[[word, g + word]] = 3.0;
    }
    wx[[START, g + t_unit]] = 3.0;
    wh[[image, g + t_unit]] = -6.0;
    wx[[START, g + s_unit]] = 3.0;
    wh[[image, g + s_unit]] = 6.0;
    b[g + s_unit] = -6.0;
    let mut w_vocab = Array2::zeros((hidden, words));
    w_vocab[[t_unit, letter('t')]] = 10.0;
    w_vocab[[s_unit, letter('s')]] = 10.0;
    for name in ["two", "six"] {
        let letters: Vec<usize> = name.chars().map(letter).collect();
        for pair in letters.windows(2) {
            w_vocab[[pair[0], pair[1]]] = 10.0;
        }
        w_vocab[[letters[letters.len() - 1], END]] = 10.0;
    }
    let mut w_proj = Array2::zeros((pixels, hidden));
    w_proj[[0, image]] = 1.0;
    Captioner {
        w_proj,
        b_proj: Array1::zeros(hidden),
        w_embed: Array2::eye(words),
        wx,
        wh,
        b,
        w_vocab,
        b_vocab: Array1::zeros(words),
    }
}

#[test]
fn greedy_decoding_of_a_hand_set_model() {
    let vocabulary = Vocabulary::digits();
    let model = two_or_six(&vocabulary, 3);
    let images = array![
        [0.0, 5.0, -2.0],
        [1.0, -3.0, 0.5],
        [0.0, 0.0, 0.0],
        [1.0, 1.0, 1.0]
    ];
    let said = model.sample(images.view(), 6);
    let two: Vec<usize> = "two".chars().map(|c| vocabulary.word(c).unwrap()).collect();
    assert_eq!(
        said.row(0).slice(ndarray::s![..4]).to_vec(),
        [&two[..], &[END]].concat()
    );
    let set = CaptionSet::from_images(images, &[2, 6, 2, 0], &vocabulary);
    assert_eq!(
        training::say(&model, &set, &vocabulary),
        ["two", "six", "two", "six"]
    );
    // Three of the four are right: the last image is a zero.
    assert_eq!(training::exact_rate(&model, &set, &vocabulary), 0.75);
}

#[test]
fn a_short_training_run_learns() {
    let splits = data::digits().expect("the embedded digits load");
    let vocabulary = Vocabulary::digits();
    let mut captioned = CaptionSplits::new(&splits, &vocabulary);
    let few: Vec<usize> = (0..200).collect();
    captioned.train = captioned.train.select(&few);
    captioned.validation = captioned.validation.select(&few[..100]);
    let mut rng = StdRng::seed_from_u64(1);
    let mut model = Captioner::new(64, 8, 16, vocabulary.len(), &mut rng);
    let before = captioned.train.loss_and_gradient(&model).0;
    let settings = Settings {
        epochs: 6,
        batch_size: 20,
        learning_rate: 3e-2,
        lr_decay: 0.9,
    };
    let history = training::train(
        &mut model,
        &captioned,
        &vocabulary,
        &settings,
        &mut rng,
        &mut Silent,
    );
    let after = captioned.train.loss_and_gradient(&model).0;
    assert_eq!(history.records.len(), 6);
    assert_eq!(history.batch_losses.len(), 60);
    // From about 5.1 log 18 ≈ 15 (a uniform guess at each of the 5.1 words of a caption, on
    // average) to a small fraction of it, falling every epoch.
    assert!(
        before > 12.0 && after < 0.15 * before,
        "loss {before} -> {after}"
    );
    let losses: Vec<f64> = history.records.iter().map(|r| r.train_loss).collect();
    assert!(
        losses.windows(2).all(|pair| pair[1] < pair[0]),
        "{losses:?}"
    );
    // Most captions of the 200 training images exact, and many of 100 images never seen
    // (chance: 10%).
    let last = history.records.last().unwrap();
    assert!(
        last.train_accuracy > 0.8 && last.validation_accuracy > 0.6,
        "{last:?}"
    );
}

/// The path of the built example, building it on first use.
fn caption_program() -> &'static Path {
    static PROGRAM: OnceLock<PathBuf> = OnceLock::new();
    PROGRAM.get_or_init(|| {
        let output = Command::new(env!("CARGO"))
            .args([
                "build",
                "--example",
                "caption",
                "--message-format=json-render-diagnostics",
            ])
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .output()
            .expect("cargo runs");
        assert!(
            output.status.success(),
            "building the example failed:\n{}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8_lossy(&output.stdout)
            .lines()
            .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
            .filter(|message| message["target"]["name"] == "caption")
            .find_map(|message| message["executable"].as_str().map(PathBuf::from))
            .expect("cargo reports the example's executable")
    })
}

/// Runs the example with `args` in the folder `dir`.
fn caption(args: &[&str], dir: &Path) -> Output {
    Command::new(caption_program())
        .args(args)
        .current_dir(dir)
        .output()
        .expect("the example runs")
}

#[test]
fn help_explains_every_flag() {
    let dir = tempfile::tempdir().unwrap();
    let output = caption(&["--help"], dir.path());
    assert!(output.status.success());
    let help = String::from_utf8_lossy(&output.stdout);
    for flag in [
        "--epochs",
        "--batch-size",
        "--learning-rate",
        "--lr-decay",
        "--hidden",
        "--wordvec",
        "--seed",
        "--show",
        "--plot",
    ] {
        assert!(help.contains(flag), "--help lacks {flag}:\n{help}");
    }
}

#[test]
fn bad_flags_are_rejected_with_clap_s_message_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    for (args, says) in [
        (
            &["--epochs", "0"][..],
            "invalid value '0' for '--epochs <EPOCHS>': must be at least 1",
        ),
        (
            &["--batch-size", "many"],
            "'many' for '--batch-size <BATCH_SIZE>': `many` is not a whole number",
        ),
        (
            &["--learning-rate", "-1"],
            "'-1' for '--learning-rate <LEARNING_RATE>': -1 is not a positive number",
        ),
        (
            &["--lr-decay", "1.5"],
            "'1.5' for '--lr-decay <LR_DECAY>': 1.5 is not in (0, 1]",
        ),
        (
            &["--hidden", "0", "--plot", "curves.png"],
            "invalid value '0' for '--hidden <HIDDEN>'",
        ),
        (&["--plot", "curves.svg"], "the name must end in .png"),
        (
            &["--frobnicate"],
            "unexpected argument '--frobnicate' found",
        ),
    ] {
        let output = caption(args, dir.path());
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(
            stderr.starts_with("error: ") && stderr.contains(says),
            "{args:?}: {stderr}"
        );
        assert!(
            stderr.contains("For more information, try '--help'."),
            "{stderr}"
        );
        assert!(
            output.stdout.is_empty() && !stderr.contains("panicked"),
            "{args:?}"
        );
        assert_eq!(
            listing(dir.path()),
            Vec::<String>::new(),
            "{args:?} wrote a file"
        );
    }
}

#[test]
fn a_run_reports_the_test_accuracy_and_draws_the_curves() {
    let dir = tempfile::tempdir().unwrap();
    let args = [
        "--epochs",
        "1",
        "--hidden",
        "4",
        "--wordvec",
        "2",
        "--show",
        "3",
    ];
    let output = caption(&[&args[..], &["--plot", "curves.png"]].concat(), dir.path());
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(stdout.starts_with("lstm captioner (hidden 4, word vectors 2, 18 words) on the digits: 1257 training, 270 validation, 270 test images"), "{stdout}");
    // One line per epoch without a terminal, three captions, the figures, the plot.
    assert!(stdout.contains("epoch   1/1  loss "), "{stdout}");
    assert_eq!(
        stdout
            .lines()
            .filter(|line| line.starts_with("  ") && line.contains(" -> "))
            .count(),
        3,
        "{stdout}"
    );
    assert!(
        stdout.contains(" of 270 captions exact (") && stdout.contains("%), trained in "),
        "{stdout}"
    );
    assert!(
        stdout.trim_end().ends_with("curves written to curves.png"),
        "{stdout}"
    );
    let png = std::fs::read(dir.path().join("curves.png")).unwrap();
    assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"));
    assert_eq!(listing(dir.path()), ["curves.png"]);
}
