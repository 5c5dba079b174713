//! Tests of the data module of the `train` example: the embedded digits, IDX reading (plain and
//! gzipped), the MNIST folder, the splits, the standardisation, and one clear error line for
//! each kind of bad input.

#[path = "../examples/train/data.rs"]
#[allow(dead_code)]
mod data;

use std::collections::BTreeMap;
use std::fmt::Debug;
use std::io::Write;
use std::path::{Path, PathBuf};

use data::{
    DIGIT_CLASSES, Dataset, Splits, Standardisation, digits, embedded_digits, mnist,
    parse_digits_csv, read_idx_images, read_idx_labels,
};
use flate2::Compression;
use flate2::write::GzEncoder;
use ndarray::Axis;

// ---------------------------------------------------------------------------------------------
// Helpers

/// The `{:#}` display of the error of `result`, checked to be a single line.
fn error_line<T: Debug>(result: anyhow::Result<T>) -> String {
    let message = format!("{:#}", result.expect_err("expected an error"));
    assert!(!message.contains('\n'), "not one line: {message:?}");
    message
}

/// Asserts that `result` is an error whose message contains every one of `needles`.
#[track_caller]
fn assert_error<T: Debug>(result: anyhow::Result<T>, needles: &[&str]) {
    let message = error_line(result);
    for needle in needles {
        assert!(
            message.contains(needle),
            "{message:?} does not contain {needle:?}"
        );
    }
}

/// An IDX image file: the header as given (it may lie) and the pixel bytes.
fn idx_images(count: u32, rows: u32, cols: u32, pixels: &[u8]) -> Vec<u8> {
    let mut bytes = Vec::new();
    for word in [0x0803, count, rows, cols] {
        bytes.extend_from_slice(&word.to_be_bytes());
    }
    bytes.extend_from_slice(pixels);
    bytes
}

/// An IDX label file holding `labels`.
fn idx_labels(labels: &[u8]) -> Vec<u8> {
    let mut bytes = Vec::new();
    for word in [0x0801, labels.len() as u32] {
        bytes.extend_from_slice(&word.to_be_bytes());
    }
    bytes.extend_from_slice(labels);
    bytes
}

/// Distinct-looking, reproducible pixel bytes for `count` images of `rows` x `cols`.
fn sample_pixels(count: usize, rows: usize, cols: usize) -> Vec<u8> {
    (0..count * rows * cols)
        .map(|index| ((index * 37 + 11) % 256) as u8)
        .collect()
}

/// `bytes` gzipped.
fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = GzEncoder::new(Vec::new(), Compression::default());
    encoder.write_all(bytes).unwrap();
    encoder.finish().unwrap()
}

/// Writes `bytes` to `dir/name` and returns the path.
fn write_file(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

/// How many times each label occurs.
fn label_counts(labels: &[usize]) -> BTreeMap<usize, usize> {
    let mut counts = BTreeMap::new();
    for &label in labels {
        *counts.entry(label).or_insert(0) += 1;
    }
    counts
}

/// The (population) mean of each column of `data`'s features.
fn column_means(data: &Dataset) -> Vec<f64> {
    let features = data.features();
    let count = features.nrows() as f64;
    features
        .columns()
        .into_iter()
        .map(|column| column.sum() / count)
        .collect()
}

/// The (population) standard deviation of all of `data`'s features together, each centred on the
/// mean of its column.
fn centred_std(data: &Dataset) -> f64 {
    let features = data.features();
    let means = column_means(data);
    let squares: f64 = features
        .rows()
        .into_iter()
        .flat_map(|row| {
            row.into_iter()
                .zip(&means)
                .map(|(x, mean)| (x - mean).powi(2))
        })
        .sum();
    (squares / features.len() as f64).sqrt()
}

// ---------------------------------------------------------------------------------------------
// The embedded digits

#[test]
fn embedded_digits_parse_to_raw_pixels() {
    let all = embedded_digits().unwrap();
    assert_eq!(all.len(), 1797);
    assert_eq!(all.images.dim(), (1797, 1, 8, 8));
    assert_eq!(all.image_shape(), (8, 8));
    // The first row of the CSV: 0,0,5,13,9,1,0,0, 0,0,13,15,10,15,5,0, ... then the label 0.
    assert_eq!(all.images[[0, 0, 0, 2]], 5.0);
    assert_eq!(all.images[[0, 0, 0, 3]], 13.0);
    assert_eq!(all.images[[0, 0, 1, 5]], 15.0);
    assert_eq!(all.images[[0, 0, 7, 7]], 0.0);
    assert_eq!(&all.labels[..3], &[0, 1, 2]);
    assert!(all.images.iter().all(|&x| (0.0..=16.0).contains(&x)));
    assert_eq!(label_counts(&all.labels).len(), DIGIT_CLASSES);
    // The flat view is the same memory, row by row.
    assert_eq!(all.features().dim(), (1797, 64));
    assert_eq!(all.features()[[0, 8 + 5]], 15.0);
}

#[test]
fn digits_split_sizes() {
    let splits = digits().unwrap();
    assert_eq!(splits.name, "digits");
    assert_eq!(splits.classes, 10);
    assert_eq!(
        (
            splits.train.len(),
            splits.validation.len(),
            splits.test.len()
        ),
        (1257, 270, 270)
    );
    for split in [&splits.train, &splits.validation, &splits.test] {
        assert_eq!(split.image_shape(), (8, 8));
        assert_eq!(split.labels.len(), split.len());
        assert_eq!(split.features().ncols(), 64);
        assert!(!split.is_empty());
    }
}

#[test]
fn digits_every_label_in_every_split() {
    let splits = digits().unwrap();
    for split in [&splits.train, &splits.validation, &splits.test] {
        let counts = label_counts(&split.labels);
        assert_eq!(
            counts.keys().copied().collect::<Vec<_>>(),
            (0..10).collect::<Vec<_>>()
        );
    }
}

#[test]
fn digits_split_is_the_same_on_every_call() {
    let first = digits().unwrap();
    let second = digits().unwrap();
    assert_eq!(first.train, second.train);
    assert_eq!(first.validation, second.validation);
    assert_eq!(first.test, second.test);
    assert_eq!(first.standardisation, second.standardisation);
}

/// The split must never move (between runs, machines or dependency versions): pin the first
/// labels of each split, so that a changed permutation fails here rather than silently changing
/// every reported accuracy.
#[test]
fn digits_split_is_pinned() {
    let splits = digits().unwrap();
    assert_eq!(&splits.train.labels[..12], &PINNED_TRAIN_LABELS);
    assert_eq!(&splits.validation.labels[..12], &PINNED_VALIDATION_LABELS);
    assert_eq!(&splits.test.labels[..12], &PINNED_TEST_LABELS);
}

/// The first labels of each digits split, as `digits()` first produced them.
const PINNED_TRAIN_LABELS: [usize; 12] = [0, 9, 3, 2, 6, 1, 7, 4, 2, 9, 5, 8];
const PINNED_VALIDATION_LABELS: [usize; 12] = [8, 2, 5, 8, 6, 8, 1, 7, 9, 1, 5, 7];
const PINNED_TEST_LABELS: [usize; 12] = [1, 2, 3, 6, 4, 1, 1, 4, 6, 0, 2, 4];

/// Undoing the standardisation of the three splits gives back the 1797 rows of the CSV, each
/// once: the split is a partition, and all three splits were standardised alike.
#[test]
fn digits_splits_partition_the_csv() {
    let splits = digits().unwrap();
    let all = embedded_digits().unwrap();
    let standardisation = &splits.standardisation;
    assert!(standardisation.scale > 0.0);
    let key = |features: ndarray::ArrayView1<f64>, label: usize, unstandardise: bool| {
        let mut key: Vec<i64> = features
            .iter()
            .zip(&standardisation.mean)
            .map(|(&x, &mean)| {
                let raw = if unstandardise {
                    x / standardisation.scale + mean
                } else {
                    x
                };
                raw.round() as i64
            })
            .collect();
        key.push(label as i64);
        key
    };
    let mut from_splits = Vec::new();
    for split in [&splits.train, &splits.validation, &splits.test] {
        for (features, &label) in split.features().rows().into_iter().zip(&split.labels) {
            from_splits.push(key(features, label, true));
        }
    }
    let mut from_csv: Vec<Vec<i64>> = all
        .features()
        .rows()
        .into_iter()
        .zip(&all.labels)
        .map(|(features, &label)| key(features, label, false))
        .collect();
    from_splits.sort();
    from_csv.sort();
    assert_eq!(from_splits, from_csv);
}

#[test]
fn digits_standardised_with_training_statistics() {
    let splits = digits().unwrap();
    // Each pixel is centred on its training mean; all of them together have a standard
    // deviation of 1 (not each one its own).
    for (pixel, mean) in column_means(&splits.train).into_iter().enumerate() {
        assert!(mean.abs() < 1e-9, "pixel {pixel}: mean {mean}");
    }
    let std = centred_std(&splits.train);
    assert!((std - 1.0).abs() < 1e-9, "standard deviation {std}");
    // One scale for every pixel: the per-pixel standard deviations differ.
    let pixel_stds: Vec<f64> = splits
        .train
        .features()
        .columns()
        .into_iter()
        .map(|column| column.std(0.0))
        .collect();
    assert!(pixel_stds.iter().any(|&std| std > 1.2), "{pixel_stds:?}");
    assert!(pixel_stds.iter().any(|&std| std < 0.5), "{pixel_stds:?}");

    // The top-left pixel is 0 in every digit: 0 after standardisation, in every split.
    for split in [&splits.train, &splits.validation, &splits.test] {
        assert!(split.features().column(0).iter().all(|&x| x == 0.0));
    }
    // No value of any split is far out: with one global scale (σ ≈ 4.3 grey levels), even a
    // pixel almost never inked in training stays below 16 / σ ≈ 3.7 where a held-out image inks
    // it, where dividing by its own tiny standard deviation could make it hundreds.
    for split in [&splits.train, &splits.validation, &splits.test] {
        let largest = split.features().iter().fold(0.0_f64, |m, x| m.max(x.abs()));
        assert!(largest < 4.0, "largest standardised value {largest}");
    }

    // Validation and test are standardised with training statistics, not their own: their
    // means are near 0 but not exactly, their overall standard deviation near 1 but not exactly.
    // (The training split's statistics being 0 and 1 pins down the fitted mean and scale: the
    // map is `(x - mean) * scale` pixel by pixel.)
    for split in [&splits.validation, &splits.test] {
        let means = column_means(split);
        assert!(means.iter().any(|mean| mean.abs() > 1e-6));
        assert!(means.iter().all(|mean| mean.abs() < 1.0));
        let std = centred_std(split);
        assert!((std - 1.0).abs() > 1e-6, "{std}");
        assert!((std - 1.0).abs() < 0.2, "{std}");
    }
}

/// Images that are all the same, or none, have σ = 0: the scale is 0 rather than infinite, and
/// every standardised pixel is 0.
#[test]
fn standardisation_of_constant_or_no_images() {
    let same = |count: usize| Dataset {
        images: ndarray::Array4::from_shape_fn((count, 1, 2, 3), |(_, _, row, col)| {
            (row * 3 + col) as f64 * 0.1
        }),
        labels: vec![1; count],
    };
    for count in [0, 1, 3] {
        let mut data = same(count);
        let standardisation = Standardisation::fit(&data);
        assert_eq!(standardisation.scale, 0.0, "{count} images");
        assert_eq!(standardisation.mean.len(), 6);
        standardisation.apply(&mut data);
        assert!(data.images.iter().all(|&x| x == 0.0), "{count} images");
    }
    // One pixel differing once is enough for a scale: σ over all 3 x 6 centred pixels.
    let mut data = same(3);
    data.images[[2, 0, 1, 2]] += 3.0;
    let standardisation = Standardisation::fit(&data);
    // The pixel's deviations are -1, -1 and 2: squares 6 over 18 pixels, σ = sqrt(1/3).
    approx::assert_relative_eq!(standardisation.scale, 3.0_f64.sqrt(), epsilon = 1e-12);
}

#[test]
fn dataset_select_makes_a_batch() {
    let all = embedded_digits().unwrap();
    let batch = all.select(&[2, 0, 2]);
    assert_eq!(batch.len(), 3);
    assert_eq!(batch.labels, vec![2, 0, 2]);
    assert_eq!(
        batch.images.index_axis(Axis(0), 0),
        all.images.index_axis(Axis(0), 2)
    );
    assert_eq!(
        batch.images.index_axis(Axis(0), 1),
        all.images.index_axis(Axis(0), 0)
    );
    assert!(batch.images.is_standard_layout());
    let empty = all.select(&[]);
    assert!(empty.is_empty());
    assert_eq!(empty.image_shape(), (8, 8));
}

// ---------------------------------------------------------------------------------------------
// The digits CSV parser

/// A valid CSV row: pixels `pixel(i)` and the label.
fn csv_row(label: i64) -> String {
    let mut values: Vec<String> = (0..64).map(|pixel| (pixel % 17).to_string()).collect();
    values.push(label.to_string());
    values.join(",")
}

#[test]
fn digits_csv_accepts_crlf_and_blank_lines() {
    let text = format!("{}\r\n\r\n{}\n\n", csv_row(3), csv_row(9));
    let parsed = parse_digits_csv(&text).unwrap();
    assert_eq!(parsed.labels, vec![3, 9]);
    assert_eq!(parsed.images[[1, 0, 2, 1]], 17.0 % 17.0);
    assert_eq!(parsed.images[[1, 0, 1, 7]], 15.0);
}

#[test]
fn digits_csv_errors() {
    let good_lines: Vec<String> = (0..16).map(|_| csv_row(1)).collect();
    let short_line = ["0"; 12].join(",");
    let text = format!("{}\n{short_line}\n", good_lines.join("\n"));
    assert_error(
        parse_digits_csv(&text),
        &["line 17 of digits.csv", "expected 65", "found 12"],
    );

    let mut too_bright = csv_row(4);
    too_bright.replace_range(0..1, "300");
    assert_error(
        parse_digits_csv(&too_bright),
        &[
            "line 1 of digits.csv",
            "column 1",
            "pixel value 300 out of range 0..=16",
        ],
    );
    let negative = format!("{},{}", "-1", &csv_row(4)[2..]);
    assert_error(
        parse_digits_csv(&negative),
        &["line 1 of digits.csv", "pixel value -1 out of range"],
    );
    assert_error(
        parse_digits_csv(&format!("{}\n{}", csv_row(2), csv_row(11))),
        &["line 2 of digits.csv", "label 11 out of range 0..=9"],
    );
    assert_error(
        parse_digits_csv(&csv_row(-3)),
        &["digits.csv", "label -3 out of range"],
    );
    let not_a_number = csv_row(5).replacen("16", "x7", 1);
    assert_error(
        parse_digits_csv(&not_a_number),
        &[
            "line 1 of digits.csv",
            "column 17",
            "expected an integer",
            "\"x7\"",
        ],
    );
    assert_error(
        parse_digits_csv(&csv_row(5).replacen("16", "2.5", 1)),
        &["digits.csv", "expected an integer"],
    );
    assert_error(parse_digits_csv(""), &["digits.csv", "empty"]);
    assert_error(parse_digits_csv("\n \n"), &["digits.csv", "empty"]);
}

// ---------------------------------------------------------------------------------------------
// IDX files

#[test]
fn idx_images_round_trip_plain_and_gzipped() {
    let dir = tempfile::tempdir().unwrap();
    let pixels = sample_pixels(7, 3, 4);
    let bytes = idx_images(7, 3, 4, &pixels);
    for path in [
        write_file(dir.path(), "images-idx3-ubyte", &bytes),
        write_file(dir.path(), "images-idx3-ubyte.gz", &gzip(&bytes)),
    ] {
        let images = read_idx_images(&path).unwrap();
        assert_eq!(images.dim(), (7, 1, 3, 4));
        assert!(images.is_standard_layout());
        let expected: Vec<f64> = pixels.iter().map(|&byte| f64::from(byte)).collect();
        assert_eq!(images.iter().copied().collect::<Vec<_>>(), expected);
        // Image 5, row 2, column 1 is byte 5*12 + 2*4 + 1 of the body.
        assert_eq!(images[[5, 0, 2, 1]], f64::from(pixels[69]));
    }
}

#[test]
fn idx_labels_round_trip_plain_and_gzipped() {
    let dir = tempfile::tempdir().unwrap();
    let labels = [3, 1, 4, 1, 5, 9, 2];
    let bytes = idx_labels(&labels);
    for path in [
        write_file(dir.path(), "labels-idx1-ubyte", &bytes),
        write_file(dir.path(), "labels-idx1-ubyte.gz", &gzip(&bytes)),
    ] {
        assert_eq!(read_idx_labels(&path).unwrap(), vec![3, 1, 4, 1, 5, 9, 2]);
    }
    let empty = write_file(dir.path(), "none-idx1-ubyte", &idx_labels(&[]));
    assert_eq!(read_idx_labels(&empty).unwrap(), Vec::<usize>::new());
}

#[test]
fn idx_truncated_at_every_stage() {
    let dir = tempfile::tempdir().unwrap();
    let images = idx_images(7, 3, 4, &sample_pixels(7, 3, 4));
    assert_eq!(images.len(), 100);
    for cut in [1, 3, 4, 8, 12, 15, 16, 17, 50, 99] {
        let path = write_file(dir.path(), "cut-images-idx3-ubyte", &images[..cut]);
        assert_error(
            read_idx_images(&path),
            &["cut-images-idx3-ubyte", "truncated"],
        );
        let gzipped = write_file(
            dir.path(),
            "cut-images-idx3-ubyte.gz",
            &gzip(&images[..cut]),
        );
        assert_error(
            read_idx_images(&gzipped),
            &["cut-images-idx3-ubyte.gz", "truncated"],
        );
    }
    let path = write_file(dir.path(), "cut-images-idx3-ubyte", &images[..50]);
    assert_error(
        read_idx_images(&path),
        &[
            "cut-images-idx3-ubyte: truncated",
            "the header promises 7 images of 3x4 (100 bytes), the file has 50",
        ],
    );

    let labels = idx_labels(&[3, 1, 4, 1, 5, 9, 2]);
    for cut in [1, 2, 4, 7, 8, 9, 14] {
        let path = write_file(dir.path(), "cut-labels-idx1-ubyte", &labels[..cut]);
        assert_error(
            read_idx_labels(&path),
            &["cut-labels-idx1-ubyte", "truncated"],
        );
    }
    let path = write_file(dir.path(), "cut-labels-idx1-ubyte", &labels[..10]);
    assert_error(
        read_idx_labels(&path),
        &["the header promises 7 labels (15 bytes), the file has 10"],
    );
}

#[test]
fn idx_empty_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_file(dir.path(), "train-images-idx3-ubyte", &[]);
    assert_error(
        read_idx_images(&path),
        &["train-images-idx3-ubyte", "empty file"],
    );
    let path = write_file(dir.path(), "train-labels-idx1-ubyte", &[]);
    assert_error(
        read_idx_labels(&path),
        &["train-labels-idx1-ubyte", "empty file"],
    );
    let path = write_file(dir.path(), "train-labels-idx1-ubyte.gz", &[]);
    assert_error(
        read_idx_labels(&path),
        &["train-labels-idx1-ubyte.gz", "empty file"],
    );
    let path = write_file(dir.path(), "t10k-labels-idx1-ubyte.gz", &gzip(&[]));
    assert_error(
        read_idx_labels(&path),
        &["t10k-labels-idx1-ubyte.gz", "empty file once decompressed"],
    );
}

#[test]
fn idx_extra_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let mut images = idx_images(7, 3, 4, &sample_pixels(7, 3, 4));
    images.extend_from_slice(&[0; 12]);
    let path = write_file(dir.path(), "long-images-idx3-ubyte", &images);
    assert_error(
        read_idx_images(&path),
        &[
            "long-images-idx3-ubyte",
            "12 bytes too many",
            "7 images of 3x4",
        ],
    );
    let mut labels = idx_labels(&[1, 2]);
    labels.push(3);
    let path = write_file(dir.path(), "long-labels-idx1-ubyte", &labels);
    assert_error(
        read_idx_labels(&path),
        &["long-labels-idx1-ubyte", "1 bytes too many"],
    );
}

#[test]
fn idx_wrong_magic_numbers() {
    let dir = tempfile::tempdir().unwrap();
    let labels = write_file(dir.path(), "a-idx1-ubyte", &idx_labels(&[1, 2, 3]));
    assert_error(
        read_idx_images(&labels),
        &[
            "a-idx1-ubyte",
            "wrong magic number 0x00000801",
            "IDX labels",
            "0x00000803",
        ],
    );
    let images = write_file(dir.path(), "b-idx3-ubyte", &idx_images(1, 1, 1, &[0]));
    assert_error(
        read_idx_labels(&images),
        &[
            "b-idx3-ubyte",
            "wrong magic number 0x00000803",
            "0x00000801",
        ],
    );
    let mut garbage = idx_images(1, 1, 1, &[0]);
    garbage[..4].copy_from_slice(&0x1234_5678_u32.to_be_bytes());
    let garbage = write_file(dir.path(), "c-idx3-ubyte", &garbage);
    assert_error(
        read_idx_images(&garbage),
        &["c-idx3-ubyte", "wrong magic number 0x12345678"],
    );
}

#[test]
fn idx_gzip_named_wrongly_or_corrupt() {
    let dir = tempfile::tempdir().unwrap();
    let images = idx_images(7, 3, 4, &sample_pixels(7, 3, 4));
    let plain_named_gz = write_file(dir.path(), "train-images-idx3-ubyte.gz", &images);
    assert_error(
        read_idx_images(&plain_named_gz),
        &["train-images-idx3-ubyte.gz", "not gzip"],
    );
    let gzip_named_plain = write_file(dir.path(), "t10k-images-idx3-ubyte", &gzip(&images));
    assert_error(
        read_idx_images(&gzip_named_plain),
        &["t10k-images-idx3-ubyte", "gzip data", ".gz"],
    );
    let compressed = gzip(&images);
    for cut in [3, 10, compressed.len() / 2, compressed.len() - 1] {
        let truncated = write_file(dir.path(), "cut-idx3-ubyte.gz", &compressed[..cut]);
        assert_error(
            read_idx_images(&truncated),
            &["cut-idx3-ubyte.gz", "corrupt gzip data"],
        );
    }
    let mut flipped = compressed.clone();
    let last = flipped.len() - 5;
    flipped[last] ^= 0xff; // in the CRC-32 / length trailer
    let flipped = write_file(dir.path(), "flipped-idx3-ubyte.gz", &flipped);
    assert_error(
        read_idx_images(&flipped),
        &["flipped-idx3-ubyte.gz", "corrupt gzip data"],
    );
}

#[test]
fn idx_headers_that_lie() {
    let dir = tempfile::tempdir().unwrap();
    let huge = write_file(
        dir.path(),
        "huge-idx3-ubyte",
        &idx_images(u32::MAX, u32::MAX, u32::MAX, &[1, 2, 3]),
    );
    assert_error(read_idx_images(&huge), &["huge-idx3-ubyte", "4294967295"]);
    let many = write_file(
        dir.path(),
        "many-idx3-ubyte",
        &idx_images(u32::MAX, 1, 1, &[1]),
    );
    assert_error(read_idx_images(&many), &["many-idx3-ubyte", "truncated"]);
    let flat = write_file(dir.path(), "flat-idx3-ubyte", &idx_images(2, 0, 4, &[]));
    assert_error(read_idx_images(&flat), &["flat-idx3-ubyte", "0x4"]);
    let mut labels = idx_labels(&[1]);
    labels[4..8].copy_from_slice(&u32::MAX.to_be_bytes());
    let labels = write_file(dir.path(), "many-idx1-ubyte", &labels);
    assert_error(
        read_idx_labels(&labels),
        &["many-idx1-ubyte", "truncated", "4294967295 labels"],
    );
}

/// Every prefix and many single-byte corruptions of valid files: errors or values, never a
/// panic.
#[test]
fn idx_never_panics() {
    let dir = tempfile::tempdir().unwrap();
    let images = idx_images(2, 3, 2, &sample_pixels(2, 3, 2));
    let labels = idx_labels(&[7, 8]);
    let path = dir.path().join("fuzz-idx-ubyte");
    let gz_path = dir.path().join("fuzz-idx-ubyte.gz");
    for original in [&images, &labels] {
        for cut in 0..=original.len() {
            std::fs::write(&path, &original[..cut]).unwrap();
            let _ = read_idx_images(&path);
            let _ = read_idx_labels(&path);
        }
        for position in 0..original.len() {
            for value in [0x00, 0x01, 0x08, 0x1f, 0x80, 0xff] {
                let mut corrupted = original.clone();
                corrupted[position] = value;
                std::fs::write(&path, &corrupted).unwrap();
                let _ = read_idx_images(&path);
                let _ = read_idx_labels(&path);
                std::fs::write(&gz_path, gzip(&corrupted)).unwrap();
                let _ = read_idx_images(&gz_path);
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The MNIST folder

/// Writes the four MNIST files into `dir`: `train_count` training and `test_count` test images
/// of 3x4, the training images and test labels gzipped, the others plain. Returns the raw
/// training and test pixels and labels.
fn write_small_mnist(
    dir: &Path,
    train_count: usize,
    test_count: usize,
) -> (Vec<u8>, Vec<u8>, Vec<u8>, Vec<u8>) {
    let mut train_pixels = sample_pixels(train_count, 3, 4);
    // Pixel 0 is 7 in every training image (but not in validation): it must standardise to 0 in
    // training.
    let validation_start = train_count - train_count.div_ceil(12);
    for image in 0..validation_start {
        train_pixels[image * 12] = 7;
    }
    let train_labels: Vec<u8> = (0..train_count)
        .map(|index| (index * 3 % 10) as u8)
        .collect();
    let test_pixels: Vec<u8> = sample_pixels(test_count, 3, 4)
        .iter()
        .map(|p| p ^ 0x55)
        .collect();
    let test_labels: Vec<u8> = (0..test_count)
        .map(|index| (9 - index % 10) as u8)
        .collect();
    let images = |count: usize, pixels: &[u8]| idx_images(count as u32, 3, 4, pixels);
    write_file(
        dir,
        "train-images-idx3-ubyte.gz",
        &gzip(&images(train_count, &train_pixels)),
    );
    write_file(dir, "train-labels-idx1-ubyte", &idx_labels(&train_labels));
    write_file(
        dir,
        "t10k-images-idx3-ubyte",
        &images(test_count, &test_pixels),
    );
    write_file(
        dir,
        "t10k-labels-idx1-ubyte.gz",
        &gzip(&idx_labels(&test_labels)),
    );
    (train_pixels, train_labels, test_pixels, test_labels)
}

#[test]
fn mnist_small_folder_split_and_standardised() {
    let dir = tempfile::tempdir().unwrap();
    let (train_pixels, train_labels, test_pixels, test_labels) =
        write_small_mnist(dir.path(), 24, 5);
    let splits: Splits = mnist(dir.path()).unwrap();
    assert_eq!(splits.name, "MNIST");
    assert_eq!(splits.classes, 10);
    // The last twelfth of the training file (2 of 24) is validation.
    assert_eq!(
        (
            splits.train.len(),
            splits.validation.len(),
            splits.test.len()
        ),
        (22, 2, 5)
    );
    for split in [&splits.train, &splits.validation, &splits.test] {
        assert_eq!(split.image_shape(), (3, 4));
        assert!(split.images.is_standard_layout());
    }
    let as_usize = |labels: &[u8]| labels.iter().map(|&l| usize::from(l)).collect::<Vec<_>>();
    assert_eq!(splits.train.labels, as_usize(&train_labels[..22]));
    assert_eq!(splits.validation.labels, as_usize(&train_labels[22..]));
    assert_eq!(splits.test.labels, as_usize(&test_labels));

    // The mean of each pixel over the 22 training images, and the standard deviation of all
    // 22 x 12 centred training pixels together, computed here independently.
    let means: Vec<f64> = (0..12)
        .map(|pixel| {
            (0..22)
                .map(|image| f64::from(train_pixels[image * 12 + pixel]))
                .sum::<f64>()
                / 22.0
        })
        .collect();
    let squares: f64 = (0..22 * 12)
        .map(|index| (f64::from(train_pixels[index]) - means[index % 12]).powi(2))
        .sum();
    let std = (squares / (22.0 * 12.0)).sqrt();
    assert_eq!(means[0], 7.0);
    approx::assert_relative_eq!(splits.standardisation.scale, 1.0 / std, epsilon = 1e-12);
    for (&fitted, &expected) in splits.standardisation.mean.iter().zip(&means) {
        approx::assert_abs_diff_eq!(fitted, expected, epsilon = 1e-12);
    }
    for (split, raw, first_image) in [
        (&splits.train, &train_pixels, 0),
        (&splits.validation, &train_pixels, 22),
        (&splits.test, &test_pixels, 0),
    ] {
        for (image, features) in split.features().rows().into_iter().enumerate() {
            for pixel in 0..12 {
                let raw = f64::from(raw[(first_image + image) * 12 + pixel]);
                let expected = (raw - means[pixel]) / std;
                approx::assert_abs_diff_eq!(features[pixel], expected, epsilon = 1e-12);
            }
        }
    }
    // The pixel constant over training is 0 there, and elsewhere its difference from 7 over the
    // global standard deviation: no longer zeroed, and moderate.
    assert!(splits.train.features().column(0).iter().all(|&x| x == 0.0));
    assert_ne!(train_pixels[22 * 12], 7);
    let validation_first = splits.validation.features()[[0, 0]];
    approx::assert_abs_diff_eq!(
        validation_first,
        (f64::from(train_pixels[22 * 12]) - 7.0) / std,
        epsilon = 1e-12
    );
    assert!(validation_first != 0.0 && validation_first.abs() < 4.0);
    // The training features have per-pixel means of 0 and an overall standard deviation of 1.
    for mean in column_means(&splits.train) {
        assert!(mean.abs() < 1e-9, "{mean}");
    }
    approx::assert_abs_diff_eq!(centred_std(&splits.train), 1.0, epsilon = 1e-9);
}

#[test]
fn mnist_prefers_the_plain_file_when_both_exist() {
    let dir = tempfile::tempdir().unwrap();
    write_small_mnist(dir.path(), 12, 3);
    // A broken gzipped twin of a plain file is never opened.
    write_file(dir.path(), "train-labels-idx1-ubyte.gz", b"not gzip at all");
    let splits = mnist(dir.path()).unwrap();
    assert_eq!((splits.train.len(), splits.validation.len()), (11, 1));
}

#[test]
fn mnist_folder_errors() {
    let dir = tempfile::tempdir().unwrap();
    let nowhere = dir.path().join("no-such-folder");
    assert_error(mnist(&nowhere), &["no-such-folder", "does not exist"]);

    let file = write_file(dir.path(), "a-file", b"hello");
    assert_error(mnist(&file), &["a-file", "not a folder"]);

    let empty = dir.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    assert_error(
        mnist(&empty),
        &[
            "no MNIST files in",
            "empty",
            "train-images-idx3-ubyte",
            "t10k-labels-idx1-ubyte",
            ".gz",
        ],
    );

    let incomplete = dir.path().join("incomplete");
    std::fs::create_dir(&incomplete).unwrap();
    write_small_mnist(&incomplete, 24, 5);
    std::fs::remove_file(incomplete.join("t10k-labels-idx1-ubyte.gz")).unwrap();
    let message = error_line(mnist(&incomplete));
    assert!(message.contains("incomplete"), "{message}");
    assert!(
        message.contains("lacks t10k-labels-idx1-ubyte"),
        "{message}"
    );
    assert!(!message.contains("train-images"), "{message}");
}

#[test]
fn mnist_content_errors() {
    // Each case: a fresh valid folder, one file replaced, the words the error must contain.
    let cases: Vec<(&str, Vec<u8>, Vec<&str>)> = vec![
        (
            "train-labels-idx1-ubyte",
            idx_labels(&[1; 23]),
            vec![
                "train-labels-idx1-ubyte",
                "23 labels",
                "train-images-idx3-ubyte",
                "24 images",
            ],
        ),
        (
            "train-labels-idx1-ubyte",
            idx_labels(&[[1; 5].as_slice(), &[11], &[2; 18]].concat()),
            vec![
                "train-labels-idx1-ubyte",
                "label 11 (item 5) out of range 0..=9",
            ],
        ),
        (
            "t10k-images-idx3-ubyte",
            idx_images(5, 5, 5, &sample_pixels(5, 5, 5)),
            vec![
                "t10k-images-idx3-ubyte",
                "5x5",
                "train-images-idx3-ubyte",
                "3x4",
            ],
        ),
        (
            "t10k-images-idx3-ubyte",
            idx_images(5, 3, 4, &sample_pixels(4, 3, 4)),
            vec!["t10k-images-idx3-ubyte", "truncated", "5 images of 3x4"],
        ),
        (
            "t10k-images-idx3-ubyte",
            idx_labels(&[1; 5]),
            vec!["t10k-images-idx3-ubyte", "wrong magic number"],
        ),
    ];
    for (name, bytes, needles) in cases {
        let dir = tempfile::tempdir().unwrap();
        write_small_mnist(dir.path(), 24, 5);
        write_file(dir.path(), name, &bytes);
        assert_error(mnist(dir.path()), &needles);
    }

    let dir = tempfile::tempdir().unwrap();
    write_small_mnist(dir.path(), 24, 5);
    write_file(
        dir.path(),
        "train-images-idx3-ubyte.gz",
        &gzip(&idx_images(1, 3, 4, &[0; 12])),
    );
    write_file(dir.path(), "train-labels-idx1-ubyte", &idx_labels(&[4]));
    assert_error(
        mnist(dir.path()),
        &["train-images-idx3-ubyte.gz", "1 images", "too few"],
    );

    let dir = tempfile::tempdir().unwrap();
    write_small_mnist(dir.path(), 24, 5);
    write_file(
        dir.path(),
        "t10k-images-idx3-ubyte",
        &idx_images(0, 3, 4, &[]),
    );
    write_file(
        dir.path(),
        "t10k-labels-idx1-ubyte.gz",
        &gzip(&idx_labels(&[])),
    );
    assert_error(mnist(dir.path()), &["t10k-images-idx3-ubyte", "no images"]);
}
