//! Trains a neural network on handwritten digits, every gradient written by
//! `#[grad::differentiate]`.
//!
//! ```text
//! cargo run --release --example train                  # the two-layer MLP on the embedded digits
//! cargo run --release --example train -- --model conv  # the convolutional net
//! cargo run --release --example train -- --threads 2   # each batch's gradient and step on 2 threads
//! cargo run --release --example train -- --help        # every flag
//! ```
//!
//! The data is the UCI digits set carried in the repository (1797 8x8 images; 1257 to train,
//! 270 to validate, 270 to test), or MNIST with `--data DIR`. The networks and their losses are
//! in `models.rs`: plain Rust over `grad::nn` layers, differentiated at compile time.

mod checkpoint;
#[allow(dead_code)] // The module serves the tests too.
mod data;
mod files;
mod models;
mod plot;
mod training;

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use anyhow::Context;
use clap::{Parser, ValueEnum};
use grad::optim::{Adam, Momentum, Optimizer, RmsProp, Sgd};
use indicatif::{ProgressBar, ProgressStyle};
use rand::SeedableRng;
use rand::rngs::StdRng;

use data::Splits;
use models::{ConvNet, FcNet, Mlp, Network};
use plot::EpochRecord;
use training::{Progress, Schedule};

/// mimalloc, not glibc's malloc: glibc gives the top of its heap back to the system when a
/// free leaves more than its trim threshold there, and with `--threads` every step frees its
/// shards' gradients, so the next step page-faults them in again; mimalloc keeps freed pages
/// for the next step (BENCHMARKS.md, "Every core").
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Trains a network on handwritten digits with gradients from #[grad::differentiate].
///
/// Without flags: the two-layer MLP on the UCI digits data embedded in the example, Adam,
/// 40 epochs, then the test accuracy and the time taken.
#[derive(Parser, Debug)]
#[command(version, about, long_about = None)]
struct Cli {
    /// The network: `mlp` (affine - relu - affine), `fc` (fully connected, any depth, optional
    /// batch norm and dropout), `conv` (conv - relu - 2x2 max pool - affine - relu - affine).
    #[arg(long, value_enum, default_value_t = Model::Mlp)]
    model: Model,

    /// Passes over the training set (0 with --load: only evaluate).
    #[arg(allow_negative_numbers = true, long, default_value_t = 40, value_parser = whole)]
    epochs: usize,

    /// Examples per gradient step.
    #[arg(allow_negative_numbers = true, long, default_value_t = 32, value_parser = count)]
    batch_size: u64,

    /// The initial learning rate.
    #[arg(allow_negative_numbers = true, long, default_value_t = 3e-3, value_parser = positive)]
    learning_rate: f64,

    /// The update rule (cs231n's): sgd, momentum (0.9), rmsprop (decay 0.99) or adam (0.9, 0.999).
    #[arg(long, value_enum, default_value_t = OptimizerKind::Adam)]
    optimizer: OptimizerKind,

    /// The learning rate is multiplied by this after every epoch, in (0, 1].
    #[arg(allow_negative_numbers = true, long, default_value_t = 0.95, value_parser = fraction)]
    lr_decay: f64,

    /// The L2 regularisation strength (the loss adds reg/2 times the squared weights).
    #[arg(allow_negative_numbers = true, long, default_value_t = 3e-3, value_parser = non_negative)]
    reg: f64,

    /// Clips each gradient to this Euclidean norm before the step (no clipping by default).
    #[arg(allow_negative_numbers = true, long, value_parser = positive)]
    clip_norm: Option<f64>,

    /// Hidden widths: one for `mlp` and `conv` (default 256), a comma-separated list for `fc`
    /// (default 128,64).
    #[arg(allow_negative_numbers = true, long, value_delimiter = ',', value_parser = count)]
    hidden: Vec<u64>,

    /// The number of convolution filters of `conv` (3x3, zero padding 1) [default: 16].
    #[arg(allow_negative_numbers = true, long, value_parser = count)]
    filters: Option<u64>,

    /// Batch normalisation after every hidden affine layer of `fc`.
    #[arg(long)]
    batch_norm: bool,

    /// Dropout in `fc`: the probability of keeping a hidden unit in training, in (0, 1]
    /// [default: 1, no dropout].
    #[arg(allow_negative_numbers = true, long, value_parser = fraction)]
    keep: Option<f64>,

    /// The seed of the initial weights, the batch order and the dropout masks: the same seed
    /// gives the same numbers.
    #[arg(allow_negative_numbers = true, long, default_value_t = 0, value_parser = seed)]
    seed: u64,

    /// Checks the network's generated gradient against central finite differences before
    /// training (and stops if it is wrong).
    #[arg(long)]
    check: bool,

    /// Writes the loss and accuracy curves to this PNG file.
    #[arg(long, value_name = "FILE.png")]
    plot: Option<PathBuf>,

    /// Trains on MNIST from this folder (train-images-idx3-ubyte, train-labels-idx1-ubyte,
    /// t10k-images-idx3-ubyte, t10k-labels-idx1-ubyte, each plain or .gz) instead of the digits.
    #[arg(long, value_name = "DIR")]
    data: Option<PathBuf>,

    /// Saves the trained parameters to this file.
    #[arg(long, value_name = "FILE")]
    save: Option<PathBuf>,

    /// Starts from the parameters in this file (saved by --save with the same --model).
    #[arg(long, value_name = "FILE")]
    load: Option<PathBuf>,

    /// Threads per gradient: each batch is split into this many shards, whose gradients are
    /// computed in parallel and summed (grad::parallel::batch_grad), and the optimiser's step
    /// is cut into chunks on the same threads. The same count gives the same numbers; not with
    /// batch norm or dropout, whose results depend on the whole batch.
    #[arg(allow_negative_numbers = true, long, default_value_t = 1, value_parser = count)]
    threads: u64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Model {
    Mlp,
    Fc,
    Conv,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum OptimizerKind {
    Sgd,
    Momentum,
    Rmsprop,
    Adam,
}

// The numeric flags take negative numbers as values (`allow_negative_numbers`), so that
// `--epochs -3` is refused by the flag's parser, as an invalid value for --epochs, instead of
// reading as an unknown flag `-3`.

/// A whole number at least 0.
fn whole(text: &str) -> Result<usize, String> {
    match text.parse::<usize>() {
        Ok(value) => Ok(value),
        Err(_) if text.parse::<f64>().is_ok_and(|value| value < 0.0) => {
            Err("must not be negative".to_owned())
        }
        Err(_) => Err(format!("`{text}` is not a whole number")),
    }
}

/// A whole number at least 1.
fn count(text: &str) -> Result<u64, String> {
    match whole(text)? {
        0 => Err("must be at least 1".to_owned()),
        value => Ok(value as u64),
    }
}

/// A seed: a whole number from 0 to 2^64 - 1.
fn seed(text: &str) -> Result<u64, String> {
    match text.parse::<u64>() {
        Ok(value) => Ok(value),
        Err(_) => Err(format!(
            "`{text}` is not a whole number from 0 to {}",
            u64::MAX
        )),
    }
}

/// A finite number above 0.
fn positive(text: &str) -> Result<f64, String> {
    let value: f64 = text
        .parse()
        .map_err(|_| format!("`{text}` is not a number"))?;
    if value.is_finite() && value > 0.0 {
        Ok(value)
    } else {
        Err(format!("{value} is not a positive number"))
    }
}

/// A finite number at least 0.
fn non_negative(text: &str) -> Result<f64, String> {
    let value: f64 = text
        .parse()
        .map_err(|_| format!("`{text}` is not a number"))?;
    if value.is_finite() && value >= 0.0 {
        Ok(value)
    } else {
        Err(format!("{value} is negative or not finite"))
    }
}

/// A number in (0, 1].
fn fraction(text: &str) -> Result<f64, String> {
    let value: f64 = text
        .parse()
        .map_err(|_| format!("`{text}` is not a number"))?;
    if value > 0.0 && value <= 1.0 {
        Ok(value)
    } else {
        Err(format!("{value} is not in (0, 1]"))
    }
}

fn main() -> ExitCode {
    // clap's whole message (the suggestion of a similar flag, the valid values, the usage) and
    // its exit code: 2 for a usage error, 0 for --help and --version.
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
    check_flags(cli)?;
    check_outputs(cli)?;
    let splits = match &cli.data {
        Some(dir) => data::mnist(dir)?,
        None => data::digits()?,
    };
    match cli.model {
        Model::Mlp => {
            let hidden = cli.hidden.first().map_or(256, |&h| h as usize);
            run_model(cli, &splits, |(h, w), classes, rng| {
                Mlp::new(h * w, hidden, classes, rng)
            })
        }
        Model::Fc => {
            let widths: Vec<usize> = if cli.hidden.is_empty() {
                vec![128, 64]
            } else {
                cli.hidden.iter().map(|&h| h as usize).collect()
            };
            run_model(cli, &splits, |(h, w), classes, rng| {
                FcNet::new(
                    h * w,
                    &widths,
                    classes,
                    cli.batch_norm,
                    cli.keep.unwrap_or(1.0),
                    rng,
                )
            })
        }
        Model::Conv => {
            let hidden = cli.hidden.first().map_or(256, |&h| h as usize);
            run_model(cli, &splits, |shape, classes, rng| {
                ConvNet::new(
                    shape,
                    cli.filters.unwrap_or(16) as usize,
                    hidden,
                    classes,
                    rng,
                )
            })
        }
    }
}

/// The flags that contradict each other or the chosen model.
fn check_flags(cli: &Cli) -> anyhow::Result<()> {
    if cli.model != Model::Fc {
        anyhow::ensure!(
            !cli.batch_norm && cli.keep.is_none(),
            "--batch-norm and --keep apply to --model fc only"
        );
    }
    if cli.model != Model::Conv {
        anyhow::ensure!(
            cli.filters.is_none(),
            "--filters applies to --model conv only"
        );
    }
    if cli.model != Model::Fc {
        anyhow::ensure!(
            cli.hidden.len() <= 1,
            "--model {} has one hidden layer: give --hidden one width",
            model_name(cli.model)
        );
    }
    anyhow::ensure!(
        cli.threads == 1 || (!cli.batch_norm && cli.keep.is_none()),
        "--threads splits each batch: batch norm and dropout need the whole batch on one thread"
    );
    anyhow::ensure!(
        cli.epochs > 0 || cli.plot.is_none(),
        "--plot draws the training curves: with --epochs 0 there are none"
    );
    anyhow::ensure!(
        cli.epochs > 0 || cli.load.is_some(),
        "--epochs 0 trains nothing: give --load FILE to evaluate saved parameters"
    );
    if let (Some(load), Some(save)) = (&cli.load, &cli.save) {
        anyhow::ensure!(
            load != save || cli.epochs > 0,
            "--save {} would only rewrite the file --load read",
            save.display()
        );
    }
    Ok(())
}

/// The files the run will write, checked before the data is read and the network trained, so
/// that a name or folder that cannot be written does not lose the run.
fn check_outputs(cli: &Cli) -> anyhow::Result<()> {
    if let (Some(plot), Some(save)) = (&cli.plot, &cli.save) {
        anyhow::ensure!(
            plot != save,
            "--plot and --save both name {}: the checkpoint would replace the plot",
            save.display()
        );
    }
    if let Some(path) = &cli.plot {
        plot::check_target(path)?;
    }
    if let Some(path) = &cli.save {
        checkpoint::check_target(path)?;
    }
    Ok(())
}

fn model_name(model: Model) -> &'static str {
    match model {
        Model::Mlp => Mlp::NAME,
        Model::Fc => FcNet::NAME,
        Model::Conv => ConvNet::NAME,
    }
}

/// Builds (or loads) the network, checks its gradient if asked, trains it, reports, plots and
/// saves.
fn run_model<N: Network + 'static>(
    cli: &Cli,
    splits: &Splits,
    build: impl FnOnce((usize, usize), usize, &mut StdRng) -> N,
) -> anyhow::Result<()> {
    let mut rng = StdRng::seed_from_u64(cli.seed);
    let image = splits.train.image_shape();
    let mut net = build(image, splits.classes, &mut rng);
    if let Some(path) = &cli.load {
        let loaded: N = checkpoint::load(path, N::NAME)?;
        loaded
            .check_fits(image.0, image.1, splits.classes)
            .with_context(|| format!("{} does not fit {}", path.display(), splits.name))?;
        let flags_name_architecture =
            !cli.hidden.is_empty() || cli.filters.is_some() || cli.batch_norm || cli.keep.is_some();
        anyhow::ensure!(
            !flags_name_architecture || loaded.architecture() == net.architecture(),
            "{} holds {} {} ({}), the flags ask for {}: leave the architecture flags out to use the file's",
            path.display(),
            article(N::NAME),
            N::NAME,
            loaded.architecture(),
            net.architecture()
        );
        net = loaded;
    }
    println!(
        "{} on {}: {} training, {} validation, {} test images of {}x{}",
        N::NAME,
        splits.name,
        splits.train.len(),
        splits.validation.len(),
        splits.test.len(),
        image.0,
        image.1
    );

    if cli.check {
        gradient_check(&net, splits, cli.reg)?;
    }

    let schedule = Schedule {
        epochs: cli.epochs,
        batch_size: cli.batch_size as usize,
        reg: cli.reg,
        lr_decay: cli.lr_decay,
        clip_norm: cli.clip_norm,
        threads: cli.threads as usize,
    };
    if cli.threads > 1 {
        // The main thread is the pool's thread 0: batch_grad, called from it, starts the shards
        // in place instead of handing them to a pool thread and sleeping until they are done.
        grad::parallel::rayon::ThreadPoolBuilder::new()
            .num_threads(cli.threads as usize)
            .use_current_thread()
            .build_global()
            .context("starting the threads")?;
    }
    let mut optimizer = optimizer::<N>(cli.optimizer, cli.learning_rate, cli.threads > 1);
    let mut progress = Bars::new(cli.epochs);
    let started = Instant::now();
    let mut history = training::train(
        &mut net,
        splits,
        &schedule,
        optimizer.as_mut(),
        &mut rng,
        &mut progress,
    );
    let elapsed = started.elapsed();
    history.settings = format!(
        "{:?}, learning rate {}, batch {}, reg {}, seed {}, {}",
        cli.optimizer,
        cli.learning_rate,
        cli.batch_size,
        cli.reg,
        cli.seed,
        net.architecture()
    )
    .to_lowercase();

    let test = training::accuracy(&net, &splits.test, &splits.train);
    println!(
        "test accuracy {:.2}% ({} of {}), trained in {}",
        100.0 * test,
        (test * splits.test.len() as f64).round(),
        splits.test.len(),
        seconds(elapsed)
    );
    if let Some(path) = &cli.plot {
        plot::plot_history(path, &history)?;
        println!("curves written to {}", path.display());
    }
    if let Some(path) = &cli.save {
        checkpoint::save(path, N::NAME, &net)?;
        println!("parameters saved to {}", path.display());
    }
    Ok(())
}

/// "a" or "an" before a model's name.
fn article(name: &str) -> &'static str {
    if name.starts_with(['a', 'e', 'i', 'o', 'u']) || name == "mlp" {
        "an"
    } else {
        "a"
    }
}

/// The optimiser `kind` with cs231n's default hyperparameters.
/// The optimiser `kind` with learning rate `lr`, its steps on rayon's pool when `parallel` (the
/// same bits as on one thread: each element's update is independent of the others).
fn optimizer<N: Network + 'static>(
    kind: OptimizerKind,
    lr: f64,
    parallel: bool,
) -> Box<dyn Optimizer<N>> {
    match kind {
        OptimizerKind::Sgd => Box::new(Sgd::new(lr).with_parallel_step(parallel)),
        OptimizerKind::Momentum => Box::new(Momentum::new(lr).with_parallel_step(parallel)),
        OptimizerKind::Rmsprop => Box::new(RmsProp::new(lr).with_parallel_step(parallel)),
        OptimizerKind::Adam => Box::new(Adam::new(lr).with_parallel_step(parallel)),
    }
}

/// The generated gradient of the loss on a small batch against central finite differences,
/// parameter element by element (a few hundred spread over all parameters), as cs231n's
/// `grad_check_sparse`; fails above a relative error of 1e-6.
fn gradient_check<N: Network>(net: &N, splits: &Splits, reg: f64) -> anyhow::Result<()> {
    let (images, labels) = training::first_batch(&splits.train, 16);
    let (_, analytic) = net.gradient(&images, &labels, reg);
    let report =
        models::sparse_gradcheck(net, &analytic, |p: &N| p.loss(&images, &labels, reg), 300);
    println!(
        "gradient check: {} of {} parameter elements against central differences: worst relative error {:.1e} ({} elements), worst absolute error {:.1e} ({} elements under {:.0e}), {} at a kink",
        report.checked,
        report.total,
        report.worst_relative,
        report.relative,
        report.worst_absolute,
        report.checked - report.relative - report.kinks,
        models::SMALL_GRADIENT,
        report.kinks,
    );
    anyhow::ensure!(
        report.worst_relative < 1e-6 && report.worst_absolute < 1e-9,
        "the gradient check failed: relative error {:.1e} at parameter element {}, absolute error {:.1e}",
        report.worst_relative,
        report.worst_index,
        report.worst_absolute
    );
    Ok(())
}

/// Human time: `12.3 s` or `850 ms`.
fn seconds(duration: Duration) -> String {
    if duration.as_secs_f64() >= 1.0 {
        format!("{:.1} s", duration.as_secs_f64())
    } else {
        format!("{} ms", duration.as_millis())
    }
}

/// One indicatif progress bar per epoch, left on screen with the epoch's figures.
struct Bars {
    epochs: usize,
    bar: Option<ProgressBar>,
}

impl Bars {
    fn new(epochs: usize) -> Self {
        Bars { epochs, bar: None }
    }
}

impl Progress for Bars {
    fn start_epoch(&mut self, epoch: usize, steps: usize) {
        let bar = ProgressBar::new(steps as u64).with_style(
            ProgressStyle::with_template("{prefix} [{bar:30}] {pos:>3}/{len} {msg}")
                .expect("a valid template")
                .progress_chars("=> "),
        );
        let width = self.epochs.to_string().len();
        bar.set_prefix(format!("epoch {epoch:>width$}/{}", self.epochs));
        self.bar = Some(bar);
    }

    fn step(&mut self, running_loss: f64) {
        if let Some(bar) = &self.bar {
            bar.inc(1);
            bar.set_message(format!("loss {running_loss:.4}"));
        }
    }

    fn end_epoch(&mut self, record: &EpochRecord) {
        let line = format!(
            "loss {:.4}  train {:.2}%  validation {:.2}%",
            record.train_loss,
            100.0 * record.train_accuracy,
            100.0 * record.validation_accuracy
        );
        match self.bar.take() {
            Some(bar) if !bar.is_hidden() => bar.finish_with_message(line),
            // No terminal (a pipe, CI): one plain line per epoch.
            _ => println!("epoch {:>3}/{}  {line}", record.epoch, self.epochs),
        }
    }
}
