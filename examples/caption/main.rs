//! Captions handwritten digits with their English names, letter by letter: an LSTM whose
//! initial state is an affine projection of the image says `s e v e n <END>` after `<START>`
//! (issue #16, cs231n's image captioning on the digits). Every gradient is written by
//! `#[grad::differentiate]`.
//!
//! ```text
//! cargo run --release --example caption                       # train, then caption the test set
//! cargo run --release --example caption -- --plot curves.png  # and draw the training curves
//! cargo run --release --example caption -- --help             # every flag
//! ```
//!
//! The data is the UCI digits set carried in the repository (1797 8x8 images; 1257 to train,
//! 270 to validate, 270 to test), as the `train` example reads it. The model and its loss are in
//! `model.rs`: one differentiated function calling `grad::nn`'s sequence layers.

#[path = "../train/data.rs"]
#[allow(dead_code)] // The digits alone: the MNIST reader serves the `train` example.
mod data;
#[path = "../train/files.rs"]
mod files;
mod model;
#[path = "../train/plot.rs"]
#[allow(dead_code)] // `History::best` and the sizes serve the `train` example and the tests.
mod plot;
#[allow(dead_code)] // The module serves the tests too.
mod training;
mod vocabulary;

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use clap::Parser;
use indicatif::{ProgressBar, ProgressStyle};
use rand::SeedableRng;
use rand::rngs::StdRng;

use model::Captioner;
use plot::EpochRecord;
use training::{CaptionSplits, Progress, Settings};
use vocabulary::{NAMES, Vocabulary};

/// Captions handwritten digits with their names, letter by letter, with an LSTM trained by
/// gradients from #[grad::differentiate].
///
/// Without flags: 15 epochs of Adam on the UCI digits embedded in the example, then the
/// exact-caption accuracy on the test set and the time taken.
#[derive(Parser, Debug)]
#[command(version, about, long_about = None)]
struct Cli {
    /// Passes over the training set.
    #[arg(long, default_value_t = 15, value_parser = count)]
    epochs: usize,

    /// Captions per gradient step.
    #[arg(long, default_value_t = 32, value_parser = count)]
    batch_size: usize,

    /// Adam's initial learning rate.
    #[arg(allow_negative_numbers = true, long, default_value_t = 1e-2, value_parser = positive)]
    learning_rate: f64,

    /// The learning rate is multiplied by this after every epoch, in (0, 1].
    #[arg(allow_negative_numbers = true, long, default_value_t = 0.95, value_parser = fraction)]
    lr_decay: f64,

    /// The LSTM's hidden size.
    #[arg(long, default_value_t = 64, value_parser = count)]
    hidden: usize,

    /// The size of the word (letter) vectors.
    #[arg(long, default_value_t = 16, value_parser = count)]
    wordvec: usize,

    /// The seed of the initial weights and the batch order: the same seed gives the same numbers.
    #[arg(long, default_value_t = 0)]
    seed: u64,

    /// How many test images to show with the caption said for each.
    #[arg(long, default_value_t = 10)]
    show: usize,

    /// Writes the loss and exact-caption accuracy curves to this PNG file.
    #[arg(long, value_name = "FILE.png", value_parser = png)]
    plot: Option<PathBuf>,
}

/// A whole number at least 1.
fn count(text: &str) -> Result<usize, String> {
    match text.parse::<usize>() {
        Ok(0) => Err("must be at least 1".to_owned()),
        Ok(value) => Ok(value),
        Err(_) => Err(format!("`{text}` is not a whole number")),
    }
}

/// A finite number above 0.
fn positive(text: &str) -> Result<f64, String> {
    match text.parse::<f64>() {
        Ok(value) if value.is_finite() && value > 0.0 => Ok(value),
        Ok(value) => Err(format!("{value} is not a positive number")),
        Err(_) => Err(format!("`{text}` is not a number")),
    }
}

/// A number in (0, 1].
fn fraction(text: &str) -> Result<f64, String> {
    match text.parse::<f64>() {
        Ok(value) if value > 0.0 && value <= 1.0 => Ok(value),
        Ok(value) => Err(format!("{value} is not in (0, 1]")),
        Err(_) => Err(format!("`{text}` is not a number")),
    }
}

/// A path whose name ends in `.png`, the one format the plot is drawn in; checked before
/// training rather than after.
fn png(text: &str) -> Result<PathBuf, String> {
    let path = PathBuf::from(text);
    let is_png = path
        .extension()
        .is_some_and(|extension| extension.eq_ignore_ascii_case("png"));
    if is_png {
        Ok(path)
    } else {
        Err("the plot is a PNG: the name must end in .png".to_owned())
    }
}

fn main() -> ExitCode {
    // A bad flag: clap's whole message (what is wrong, the usage, where to find help) and exit
    // code 2, before anything is read or written.
    let cli = Cli::parse();
    match run(&cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: &Cli) -> anyhow::Result<()> {
    let splits = data::digits()?;
    let vocabulary = Vocabulary::digits();
    let captioned = CaptionSplits::new(&splits, &vocabulary);
    let pixels = captioned.train.images.ncols();
    let mut rng = StdRng::seed_from_u64(cli.seed);
    let mut model = Captioner::new(pixels, cli.wordvec, cli.hidden, vocabulary.len(), &mut rng);
    println!(
        "lstm captioner (hidden {}, word vectors {}, {} words) on the digits: {} training, {} validation, {} test images",
        cli.hidden,
        cli.wordvec,
        vocabulary.len(),
        captioned.train.len(),
        captioned.validation.len(),
        captioned.test.len()
    );

    let settings = Settings {
        epochs: cli.epochs,
        batch_size: cli.batch_size,
        learning_rate: cli.learning_rate,
        lr_decay: cli.lr_decay,
    };
    let mut bar = Bar::new(cli.epochs);
    let started = Instant::now();
    let mut history = training::train(
        &mut model,
        &captioned,
        &vocabulary,
        &settings,
        &mut rng,
        &mut bar,
    );
    let elapsed = started.elapsed();
    bar.finish();
    history.settings = format!(
        "adam, learning rate {}, decay {}, batch {}, word vectors {}, seed {}",
        cli.learning_rate, cli.lr_decay, cli.batch_size, cli.wordvec, cli.seed
    );

    let test = &captioned.test;
    let said = training::say(&model, test, &vocabulary);
    for (caption, &digit) in said.iter().zip(&test.digits).take(cli.show) {
        let mark = if caption == NAMES[digit] {
            ""
        } else {
            "  (wrong)"
        };
        println!("  {digit} -> {caption}{mark}");
    }
    let exact = training::exact_rate(&model, test, &vocabulary);
    println!(
        "test: {} of {} captions exact ({:.2}%), trained in {:.1} s",
        (exact * test.len() as f64).round(),
        test.len(),
        100.0 * exact,
        elapsed.as_secs_f64()
    );
    if let Some(path) = &cli.plot {
        plot::plot_history(path, &history)?;
        println!("curves written to {}", path.display());
    }
    Ok(())
}

/// One indicatif bar over the whole training, its message the last epoch's figures; without a
/// terminal (a pipe, CI), one plain line per epoch instead.
struct Bar {
    epochs: usize,
    bar: Option<ProgressBar>,
}

impl Bar {
    fn new(epochs: usize) -> Self {
        Bar { epochs, bar: None }
    }

    fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish();
        }
    }
}

impl Progress for Bar {
    fn start_epoch(&mut self, epoch: usize, steps: usize) {
        let epochs = self.epochs;
        let bar = self.bar.get_or_insert_with(|| {
            ProgressBar::new((epochs * steps) as u64).with_style(
                ProgressStyle::with_template("{prefix} [{bar:30}] {elapsed:>3} {msg}")
                    .expect("a valid template")
                    .progress_chars("=> "),
            )
        });
        let width = epochs.to_string().len();
        bar.set_prefix(format!("epoch {epoch:>width$}/{epochs}"));
    }

    fn step(&mut self, _running_loss: f64) {
        if let Some(bar) = &self.bar {
            bar.inc(1);
        }
    }

    fn end_epoch(&mut self, record: &EpochRecord) {
        let line = format!(
            "loss {:.4}  exact captions: train {:.2}%, validation {:.2}%",
            record.train_loss,
            100.0 * record.train_accuracy,
            100.0 * record.validation_accuracy
        );
        match &self.bar {
            Some(bar) if !bar.is_hidden() => bar.set_message(line),
            _ => println!("epoch {:>3}/{}  {line}", record.epoch, self.epochs),
        }
    }
}
