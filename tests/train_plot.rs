//! The training curves of the `train` example (`examples/train/plot.rs`): a plot is a PNG of the
//! promised size with something drawn on it, every mistake is one line of error naming the file,
//! and a failed plot leaves no file behind.

#[path = "../examples/train/files.rs"]
mod files;
#[path = "../examples/train/plot.rs"]
#[allow(dead_code)]
mod plot;

mod common;

use std::fs;
use std::path::Path;

use common::{assert_one_line_naming, listing};

use plot::{EpochRecord, HEIGHT, History, WIDTH, plot_history};

/// A history that looks like training: a loss falling from about 2.3 with noise around each
/// step, accuracies rising towards the high nineties.
fn synthetic(epochs: usize, steps_per_epoch: usize) -> History {
    let mut history = History::new("mlp", steps_per_epoch);
    history.settings = "lr 0.1, batch 64, hidden 128, seed 1".to_string();
    let mut state = 0x2545_F491_4F6C_DD1Du64;
    let mut noise = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state >> 11) as f64 / (1u64 << 53) as f64 - 0.5
    };
    for epoch in 1..=epochs {
        let mut sum = 0.0;
        for step in 0..steps_per_epoch {
            let t = (epoch - 1) as f64 + step as f64 / steps_per_epoch as f64;
            let loss = (2.3 * (-0.6 * t).exp() + 0.08) * (1.0 + 0.6 * noise());
            history.batch_losses.push(loss);
            sum += loss;
        }
        let t = epoch as f64;
        history.records.push(EpochRecord {
            epoch,
            train_loss: sum / steps_per_epoch as f64,
            train_accuracy: 0.995 - 0.85 * (-0.7 * t).exp(),
            validation_accuracy: 0.965 - 0.8 * (-0.7 * t).exp() + 0.004 * noise(),
        });
    }
    history
}

/// Checks that `path` holds a PNG of [`WIDTH`] x [`HEIGHT`] with more than a blank page in it.
fn assert_png(path: &Path) {
    let bytes = fs::read(path).unwrap();
    assert_eq!(bytes[..8], *b"\x89PNG\r\n\x1a\n", "not a PNG signature");
    // The first chunk: its length (13), its type, then the width and height, big-endian.
    assert_eq!(bytes[8..16], *b"\x00\x00\x00\x0dIHDR");
    let width = u32::from_be_bytes(bytes[16..20].try_into().unwrap());
    let height = u32::from_be_bytes(bytes[20..24].try_into().unwrap());
    assert_eq!((width, height), (WIDTH, HEIGHT));
    // 8-bit RGB.
    assert_eq!(bytes[24..26], [8, 2]);
    // A white page of this size compresses to about 2 KB; text and curves take far more.
    assert!(
        bytes.len() > 15_000,
        "only {} bytes: a blank plot?",
        bytes.len()
    );
}

/// The message of a failed plot (`{:#}`, as the example prints it), checked to be one line that
/// names the file, and with nothing left in `folder`.
fn plot_error(folder: &Path, path: &Path, history: &History) -> String {
    let message = format!("{:#}", plot_history(path, history).unwrap_err());
    assert_one_line_naming(&message, path);
    assert!(
        listing(folder).is_empty(),
        "left behind: {:?}",
        listing(folder)
    );
    message
}

#[test]
fn a_plot_is_a_png_of_the_right_size() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("curves.png");
    plot_history(&path, &synthetic(12, 40)).unwrap();
    assert_png(&path);
    assert_eq!(listing(dir.path()), ["curves.png"]);
    // For a look at it: `GRAD_PLOT_COPY=/tmp/curves.png cargo test --test train_plot`.
    if let Some(copy) = std::env::var_os("GRAD_PLOT_COPY") {
        fs::copy(&path, copy).unwrap();
    }
}

#[test]
fn a_plot_replaces_an_existing_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("curves.png");
    fs::write(&path, "an older file").unwrap();
    plot_history(&path, &synthetic(3, 10)).unwrap();
    assert_png(&path);
    assert_eq!(listing(dir.path()), ["curves.png"]);
}

#[test]
fn the_extension_may_be_upper_case() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("CURVES.PNG");
    plot_history(&path, &synthetic(2, 5)).unwrap();
    assert_png(&path);
}

#[test]
fn partial_histories_are_drawn() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("partial.png");
    // Steps of an unfinished first epoch, no record yet.
    let mut history = synthetic(1, 30);
    history.records.clear();
    history.batch_losses.truncate(12);
    plot_history(&path, &history).unwrap();
    assert_png(&path);
    // Records without steps, one epoch only, a measurement before training, a perfect score.
    let mut history = synthetic(1, 30);
    history.batch_losses.clear();
    history.records.insert(
        0,
        EpochRecord {
            epoch: 0,
            train_loss: 2.3,
            train_accuracy: 0.1,
            validation_accuracy: 0.1,
        },
    );
    history.records[1].train_accuracy = 1.0;
    plot_history(&path, &history).unwrap();
    assert_png(&path);
}

#[test]
fn a_diverged_run_is_drawn() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("diverged.png");
    let mut history = synthetic(4, 20);
    for loss in &mut history.batch_losses[50..] {
        *loss = f64::NAN;
    }
    history.batch_losses[44] = 1e300;
    history.batch_losses[45] = f64::INFINITY;
    history.batch_losses[46] = -f64::MAX;
    history.records[3].train_loss = f64::NAN;
    plot_history(&path, &history).unwrap();
    assert_png(&path);
}

#[test]
fn best_is_the_earliest_best_validation_accuracy() {
    let mut history = synthetic(5, 1);
    assert_eq!(History::new("mlp", 1).best(), None);
    history.records[1].validation_accuracy = 0.99;
    history.records[3].validation_accuracy = 0.99;
    assert_eq!(history.best().unwrap().epoch, 2);
}

#[test]
fn only_png_is_drawn() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["curves.svg", "curves.jpg", "curves", "curves.png.txt"] {
        let message = plot_error(dir.path(), &dir.path().join(name), &synthetic(2, 5));
        assert!(message.contains("must end in .png"), "{message}");
    }
}

#[test]
fn a_missing_folder() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("missing").join("curves.png");
    let message = plot_error(dir.path(), &path, &synthetic(2, 5));
    assert!(message.contains("does not exist"), "{message}");
}

#[test]
fn an_empty_history() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("curves.png");
    let message = plot_error(dir.path(), &path, &History::new("conv", 10));
    assert!(message.contains("\"conv\" is empty"), "{message}");
}

#[test]
fn steps_without_steps_per_epoch() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("curves.png");
    let mut history = synthetic(2, 5);
    history.steps_per_epoch = 0;
    let message = plot_error(dir.path(), &path, &history);
    assert!(message.contains("steps_per_epoch is 0"), "{message}");
}

#[test]
fn accuracies_in_percent_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("curves.png");
    let mut history = synthetic(3, 5);
    history.records[2].validation_accuracy = 95.0;
    let message = plot_error(dir.path(), &path, &history);
    assert!(
        message.contains("validation_accuracy of epoch 3 is 95, not a fraction"),
        "{message}"
    );
    history.records[2].validation_accuracy = f64::NAN;
    let message = plot_error(dir.path(), &path, &history);
    assert!(message.contains("is NaN, not a fraction"), "{message}");
}

#[test]
fn a_failed_plot_leaves_the_previous_one() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("curves.png");
    plot_history(&path, &synthetic(3, 5)).unwrap();
    let before = fs::read(&path).unwrap();
    let mut history = synthetic(3, 5);
    history.records[0].train_accuracy = -0.5;
    assert!(plot_history(&path, &history).is_err());
    assert_eq!(fs::read(&path).unwrap(), before);
    assert_eq!(listing(dir.path()), ["curves.png"]);
}

#[cfg(unix)]
#[test]
fn a_plot_has_the_permissions_of_an_ordinary_file() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let ordinary = dir.path().join("ordinary");
    fs::write(&ordinary, "").unwrap();
    let path = dir.path().join("curves.png");
    plot_history(&path, &synthetic(2, 5)).unwrap();
    let mode = |path: &Path| fs::metadata(path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&path), mode(&ordinary));
}
