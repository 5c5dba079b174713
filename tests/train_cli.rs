//! The `train` example as a user runs it (issues #6 and #13): flags, files, and bad input ending
//! in a clear error and a non-zero exit: clap's whole message and exit code for flags it refuses,
//! one line of error for the rest, and output files that cannot be written refused before any
//! training. The example is built once (in the test profile's `dev` settings, by the same cargo)
//! and run as a program.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

mod common;

/// The path of the built example, building it on first use.
fn train_program() -> &'static Path {
    static PROGRAM: OnceLock<PathBuf> = OnceLock::new();
    PROGRAM.get_or_init(|| {
        let output = Command::new(env!("CARGO"))
            .args([
                "build",
                "--example",
                "train",
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
            .filter(|message| message["target"]["name"] == "train")
            .find_map(|message| message["executable"].as_str().map(PathBuf::from))
            .expect("cargo reports the example's executable")
    })
}

fn train(args: &[&str]) -> Output {
    Command::new(train_program())
        .args(args)
        .output()
        .expect("the example runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// Asserts the run failed with exactly one line on stderr, starting `error:` and containing
/// every one of `words`, and no panic.
#[track_caller]
fn assert_one_error_line(output: &Output, words: &[&str]) {
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success(), "succeeded: {stderr}");
    assert_eq!(stderr.lines().count(), 1, "not one line: {stderr:?}");
    assert!(stderr.starts_with("error:"), "{stderr:?}");
    assert!(!stderr.contains("panicked"), "{stderr:?}");
    for word in words {
        assert!(stderr.contains(word), "{stderr:?} lacks {word:?}");
    }
}

/// Asserts the run was refused by clap before it started: its exit code for a usage error (2),
/// its whole message on stderr (from `error:` to the pointer at --help), containing every one of
/// `words`, and nothing on stdout.
#[track_caller]
fn assert_clap_error(output: &Output, words: &[&str]) {
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(stderr.starts_with("error:"), "{stderr:?}");
    assert!(
        stderr
            .trim_end()
            .ends_with("For more information, try '--help'."),
        "{stderr:?}"
    );
    assert!(!stderr.contains("panicked"), "{stderr:?}");
    assert!(output.stdout.is_empty(), "{}", stdout(output));
    for word in words {
        assert!(stderr.contains(word), "{stderr:?} lacks {word:?}");
    }
}

/// Asserts the run failed with one line of error containing every one of `words` before it
/// began: nothing on stdout, where the run's first line (the model and the data) would be.
#[track_caller]
fn assert_refused_up_front(output: &Output, words: &[&str]) {
    assert_one_error_line(output, words);
    assert!(output.stdout.is_empty(), "{}", stdout(output));
}

#[test]
fn help_explains_every_flag() {
    let output = train(&["--help"]);
    assert!(output.status.success());
    let help = stdout(&output);
    for flag in [
        "--model",
        "--epochs",
        "--batch-size",
        "--learning-rate",
        "--optimizer",
        "--lr-decay",
        "--reg",
        "--clip-norm",
        "--hidden",
        "--filters",
        "--batch-norm",
        "--keep",
        "--seed",
        "--check",
        "--plot",
        "--data",
        "--save",
        "--load",
        "--threads",
    ] {
        assert!(help.contains(flag), "--help lacks {flag}");
    }
}

#[test]
fn flags_clap_refuses_get_its_whole_message_and_exit_code() {
    assert_clap_error(&train(&["--batch-size", "0"]), &["--batch-size", "0"]);
    assert_clap_error(&train(&["--learning-rate", "-0.1"]), &["--learning-rate"]);
    assert_clap_error(&train(&["--learning-rate", "fast"]), &["fast"]);
    assert_clap_error(&train(&["--optimizer", "lbfgs"]), &["lbfgs"]);
    assert_clap_error(&train(&["--lr-decay", "1.5"]), &["--lr-decay"]);
    assert_clap_error(&train(&["--reg", "-1"]), &["--reg"]);
    assert_clap_error(&train(&["--model", "fc", "--keep", "0"]), &["--keep"]);
    assert_clap_error(&train(&["--unknown-flag"]), &["--unknown-flag"]);
    assert_clap_error(&train(&["--threads", "0"]), &["--threads", "0"]);
}

#[test]
fn a_misspelt_flag_is_shown_the_flag_it_resembles() {
    assert_clap_error(
        &train(&["--mdoel", "mlp"]),
        &[
            "unexpected argument '--mdoel'",
            "a similar argument exists: '--model'",
            "Usage:",
        ],
    );
}

#[test]
fn an_unknown_choice_is_shown_the_valid_values() {
    assert_clap_error(
        &train(&["--model", "resnet"]),
        &[
            "invalid value 'resnet' for '--model <MODEL>'",
            "[possible values: mlp, fc, conv]",
        ],
    );
    assert_clap_error(
        &train(&["--optimizer", "lbfgs"]),
        &["[possible values: sgd, momentum, rmsprop, adam]"],
    );
}

#[test]
fn a_negative_count_is_an_invalid_value_not_an_unknown_flag() {
    for (flag, value) in [
        ("--epochs", "-3"),
        ("--batch-size", "-1"),
        ("--hidden", "-5"),
        ("--filters", "-2"),
        ("--seed", "-1"),
        ("--threads", "-2"),
    ] {
        let output = train(&[flag, value]);
        let expected = format!("invalid value '{value}' for '{flag} <");
        assert_clap_error(&output, &[&expected]);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(!stderr.contains("unexpected argument"), "{stderr}");
    }
    // One bad width in a list is named.
    assert_clap_error(
        &train(&["--model", "fc", "--hidden", "32,-2"]),
        &["invalid value '-2' for '--hidden <", "must not be negative"],
    );
}

#[test]
fn impossible_combinations_are_one_error_line() {
    assert_one_error_line(&train(&["--keep", "0.5"]), &["--keep", "fc"]);
    assert_one_error_line(&train(&["--filters", "8"]), &["--filters", "conv"]);
    assert_one_error_line(
        &train(&["--model", "fc", "--batch-norm", "--threads", "2"]),
        &["--threads", "batch norm"],
    );
    assert_one_error_line(&train(&["--hidden", "10,10"]), &["--hidden"]);
    assert_one_error_line(&train(&["--epochs", "0"]), &["--load"]);
    assert_one_error_line(
        &train(&["--epochs", "0", "--load", "x.json", "--plot", "x.png"]),
        &["--plot"],
    );
}

#[test]
fn a_plot_in_a_format_not_drawn_is_refused_before_training() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["out.jpg", "out.svg", "out"] {
        let plot = dir.path().join(name);
        assert_refused_up_front(
            &train(&["--plot", plot.to_str().unwrap()]),
            &[name, "must end in .png"],
        );
    }
    assert!(common::listing(dir.path()).is_empty());
}

#[test]
fn outputs_in_a_missing_folder_are_refused_before_training() {
    let dir = tempfile::tempdir().unwrap();
    let saved = dir.path().join("missing").join("net.json");
    assert_refused_up_front(
        &train(&["--save", saved.to_str().unwrap()]),
        &["cannot save checkpoint", "net.json", "does not exist"],
    );
    let plot = dir.path().join("missing").join("curves.png");
    assert_refused_up_front(
        &train(&["--plot", plot.to_str().unwrap()]),
        &["cannot draw plot", "curves.png", "does not exist"],
    );
    assert!(common::listing(dir.path()).is_empty());
}

#[test]
fn outputs_where_no_file_can_be_written_are_refused_before_training() {
    let dir = tempfile::tempdir().unwrap();
    // The name of a folder.
    assert_refused_up_front(
        &train(&["--save", dir.path().to_str().unwrap()]),
        &["cannot save checkpoint", "is a folder"],
    );
    // A "folder" that is a file.
    let file = dir.path().join("notes.txt");
    std::fs::write(&file, "").unwrap();
    let inside_a_file = file.join("net.json");
    assert_refused_up_front(
        &train(&["--save", inside_a_file.to_str().unwrap()]),
        &["notes.txt", "is not a folder"],
    );
    let plot_inside_a_file = file.join("curves.png");
    assert_refused_up_front(
        &train(&["--plot", plot_inside_a_file.to_str().unwrap()]),
        &["notes.txt", "is not a folder"],
    );
    assert_eq!(common::listing(dir.path()), ["notes.txt"]);
}

/// A folder where not even root can create a file: sysfs refuses new files to everyone (a
/// `chmod` would not do, as the tests may run as root).
#[cfg(target_os = "linux")]
#[test]
fn outputs_in_an_unwritable_folder_are_refused_before_training() {
    assert_refused_up_front(
        &train(&["--save", "/sys/net.json"]),
        &[
            "cannot save checkpoint /sys/net.json",
            "no file can be written in /sys",
        ],
    );
}

#[test]
fn the_outputs_are_checked_before_the_data_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let missing_data = dir.path().join("no-mnist-here");
    let plot = dir.path().join("out.jpg");
    assert_refused_up_front(
        &train(&[
            "--data",
            missing_data.to_str().unwrap(),
            "--plot",
            plot.to_str().unwrap(),
        ]),
        &["out.jpg"],
    );
}

#[test]
fn plot_and_checkpoint_in_one_file_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let both = dir.path().join("run.png");
    let both = both.to_str().unwrap();
    assert_refused_up_front(
        &train(&["--plot", both, "--save", both]),
        &["--plot", "--save", "run.png"],
    );
}

#[test]
fn bad_data_folders_are_one_error_line() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("no-such-folder");
    assert_one_error_line(
        &train(&["--data", missing.to_str().unwrap()]),
        &["no-such-folder"],
    );
    // A folder with a truncated image file and nothing else.
    std::fs::write(
        dir.path().join("train-images-idx3-ubyte"),
        [0, 0, 8, 3, 0, 0],
    )
    .unwrap();
    assert_one_error_line(&train(&["--data", dir.path().to_str().unwrap()]), &[]);
}

#[test]
fn corrupt_checkpoints_are_one_error_line_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let corrupt = dir.path().join("corrupt.json");
    std::fs::write(&corrupt, "{\"format\": \"grad-train-checkpoint\", \"vers").unwrap();
    let saved = dir.path().join("saved.json");
    let plot = dir.path().join("curves.png");
    assert_one_error_line(
        &train(&[
            "--load",
            corrupt.to_str().unwrap(),
            "--save",
            saved.to_str().unwrap(),
            "--plot",
            plot.to_str().unwrap(),
        ]),
        &["corrupt.json"],
    );
    assert!(!saved.exists() && !plot.exists());
    let missing = dir.path().join("missing.json");
    assert_one_error_line(
        &train(&["--load", missing.to_str().unwrap()]),
        &["missing.json"],
    );
}

#[test]
fn save_load_plot_and_reproducible_runs() {
    let dir = tempfile::tempdir().unwrap();
    let saved = dir.path().join("mlp.json");
    let plot = dir.path().join("curves.png");
    let args = [
        "--epochs",
        "2",
        "--hidden",
        "16",
        "--seed",
        "3",
        "--check",
        "--save",
        saved.to_str().unwrap(),
        "--plot",
        plot.to_str().unwrap(),
    ];
    let first = train(&args);
    assert!(
        first.status.success(),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    let text = stdout(&first);
    assert!(text.contains("gradient check:"), "{text}");
    // The two files and nothing else: the checks before training leave no probe behind.
    assert_eq!(common::listing(dir.path()), ["curves.png", "mlp.json"]);
    let png = std::fs::read(&plot).unwrap();
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");

    // The same seed, the same numbers (all but the times).
    let again = train(&args);
    let without_times = |text: &str| -> Vec<String> {
        text.lines()
            .map(|line| line.split(", trained in").next().unwrap_or(line).to_owned())
            .collect()
    };
    assert_eq!(without_times(&text), without_times(&stdout(&again)));

    // Loading the saved parameters and training no further gives the same test accuracy.
    let accuracy = |text: &str| {
        text.lines()
            .find(|line| line.starts_with("test accuracy"))
            .and_then(|line| line.split(", trained in").next())
            .map(str::to_owned)
            .expect("a test accuracy line")
    };
    let loaded = train(&["--load", saved.to_str().unwrap(), "--epochs", "0"]);
    assert!(
        loaded.status.success(),
        "{}",
        String::from_utf8_lossy(&loaded.stderr)
    );
    assert_eq!(accuracy(&text), accuracy(&stdout(&loaded)));

    // Parameters of one model do not load into another.
    assert_one_error_line(
        &train(&[
            "--model",
            "conv",
            "--load",
            saved.to_str().unwrap(),
            "--epochs",
            "0",
        ]),
        &["mlp.json", "mlp", "conv"],
    );
    // Nor into the same model of another width.
    assert_one_error_line(
        &train(&[
            "--hidden",
            "32",
            "--load",
            saved.to_str().unwrap(),
            "--epochs",
            "0",
        ]),
        &["mlp.json"],
    );
}

/// Writes an IDX file: the magic number, the dimensions, the bytes.
fn write_idx(path: &Path, magic: u32, dims: &[u32], bytes: &[u8]) {
    let mut file = magic.to_be_bytes().to_vec();
    for dim in dims {
        file.extend(dim.to_be_bytes());
    }
    file.extend(bytes);
    std::fs::write(path, file).unwrap();
}

#[test]
fn trains_on_an_mnist_folder() {
    // A tiny MNIST: 36 training and 10 test images of 28x28, each digit a bright square at a
    // place of its own, so that even one epoch learns something.
    let dir = tempfile::tempdir().unwrap();
    let image = |label: usize| -> Vec<u8> {
        let mut pixels = vec![0u8; 28 * 28];
        let (row, col) = (2 + (label / 5) * 12, 2 + (label % 5) * 5);
        for r in row..row + 8 {
            for c in col..col + 4 {
                pixels[r * 28 + c] = 255;
            }
        }
        pixels
    };
    for (prefix, count) in [("train", 36u32), ("t10k", 10)] {
        let labels: Vec<u8> = (0..count).map(|i| (i % 10) as u8).collect();
        let images: Vec<u8> = labels.iter().flat_map(|&l| image(l as usize)).collect();
        write_idx(
            &dir.path().join(format!("{prefix}-images-idx3-ubyte")),
            0x0803,
            &[count, 28, 28],
            &images,
        );
        write_idx(
            &dir.path().join(format!("{prefix}-labels-idx1-ubyte")),
            0x0801,
            &[count],
            &labels,
        );
    }
    let output = train(&[
        "--data",
        dir.path().to_str().unwrap(),
        "--model",
        "conv",
        "--filters",
        "2",
        "--hidden",
        "8",
        "--epochs",
        "2",
        "--batch-size",
        "8",
    ]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let text = stdout(&output);
    assert!(
        text.contains("conv on MNIST: 33 training, 3 validation, 10 test images of 28x28"),
        "{text}"
    );
    assert!(text.contains("test accuracy"), "{text}");
}

/// The accuracy line of a run, without its time.
fn accuracy_line(output: &Output) -> String {
    let out = stdout(output);
    let line = out
        .lines()
        .find(|line| line.starts_with("test accuracy"))
        .unwrap_or_else(|| panic!("no accuracy line in {out}"));
    line.split(", trained in").next().unwrap().to_owned()
}

#[test]
fn two_threads_train_to_the_same_accuracy() {
    let args = ["--epochs", "3", "--hidden", "32"];
    let one = train(&args);
    let two = train(&[&args[..], &["--threads", "2"]].concat());
    assert!(one.status.success() && two.status.success());
    assert_eq!(accuracy_line(&two), accuracy_line(&one));
}
