//! The checkpoints of the `train` example (`examples/train/checkpoint.rs`): a save and a load give
//! back the parameters bit for bit, a save is all or nothing, and every way a file can be wrong
//! gets one line of error naming the file and the problem.

#[path = "../examples/train/checkpoint.rs"]
#[allow(dead_code)]
mod checkpoint;
#[path = "../examples/train/files.rs"]
mod files;

mod common;

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use common::{assert_one_line_naming, listing};

use checkpoint::{FORMAT, VERSION, check_shape, load, save};
use ndarray::{Array1, Array2};
use serde::{Deserialize, Serialize, de::DeserializeOwned};

/// Parameters shaped like the example's networks: a matrix, a vector, a list of layers.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
struct Net {
    w: Array2<f64>,
    b: Array1<f64>,
    layers: Vec<Array2<f64>>,
}

/// Another architecture, for the errors of parameters that do not fit.
#[derive(Debug, Deserialize)]
struct Other {
    #[allow(dead_code)]
    kernel: Array2<f64>,
}

/// A xorshift generator: reproducible numbers without a dependency.
struct Xorshift(u64);

impl Xorshift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    /// Uniform in `[-scale, scale)`, like initial or trained weights.
    fn weight(&mut self, scale: f64) -> f64 {
        let unit = (self.next() >> 11) as f64 / (1u64 << 53) as f64;
        (2.0 * unit - 1.0) * scale
    }

    /// Any finite `f64`, every bit pattern as likely (but NaN and infinities).
    fn any_finite(&mut self) -> f64 {
        loop {
            let x = f64::from_bits(self.next());
            if x.is_finite() {
                return x;
            }
        }
    }
}

fn net(rng: &mut Xorshift) -> Net {
    Net {
        w: Array2::from_shape_simple_fn((64, 32), || rng.weight(0.2)),
        b: Array1::from_shape_simple_fn(32, || rng.weight(1e-3)),
        layers: vec![
            Array2::from_shape_simple_fn((32, 16), || rng.any_finite()),
            Array2::from_shape_simple_fn((16, 10), || rng.weight(10.0)),
            Array2::zeros((0, 3)),
        ],
    }
}

/// Every number of `net`, in order, as bits: `==` on `f64` would let `-0.0` pass for `0.0`.
fn bits(net: &Net) -> Vec<u64> {
    let layers = net.layers.iter().flat_map(|layer| layer.iter());
    net.w
        .iter()
        .chain(net.b.iter())
        .chain(layers)
        .map(|x| x.to_bits())
        .collect()
}

/// The message of a failed `load`, as the example prints it (`{:#}`), checked to be one line
/// that names the file.
fn load_error<T: DeserializeOwned + std::fmt::Debug>(path: &Path, model: &str) -> String {
    let message = format!("{:#}", load::<T>(path, model).unwrap_err());
    assert_one_line_naming(&message, path);
    message
}

/// Writes `text` to `name` in `folder` and returns its path.
fn write(folder: &Path, name: &str, text: &str) -> PathBuf {
    let path = folder.join(name);
    fs::write(&path, text).unwrap();
    path
}

/// A checkpoint's text with the header fields given as JSON, and one-number parameters.
fn checkpoint_text(format: &str, version: &str, model: &str) -> String {
    format!(
        r#"{{"format": {format}, "version": {version}, "model": {model}, "params": {{"w": {{"v": 1, "dim": [1, 1], "data": [1.0]}}}}}}"#
    )
}

// ---------------------------------------------------------------------------------------------
// Round trips
// ---------------------------------------------------------------------------------------------

#[test]
fn round_trip_is_bit_exact() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("net.json");
    let mut rng = Xorshift(0x9E37_79B9_7F4A_7C15);
    for _ in 0..4 {
        let saved = net(&mut rng);
        save(&path, "mlp", &saved).unwrap();
        let loaded: Net = load(&path, "mlp").unwrap();
        assert_eq!(loaded, saved);
        assert_eq!(bits(&loaded), bits(&saved));
    }
}

#[test]
fn round_trip_of_extreme_values() {
    let values = [
        0.0,
        -0.0,
        f64::MIN_POSITIVE,
        f64::from_bits(1),                      // the smallest subnormal, 5e-324
        -f64::from_bits(0x000F_FFFF_FFFF_FFFF), // the largest subnormal
        f64::MAX,
        f64::MIN,
        f64::EPSILON,
        0.1,
        1.0 / 3.0,
        -2.0 / 3.0,
        1e22,
        1e23,
        9007199254740993.0, // 2^53 + 1, rounded to 2^53
        123456789012345680000.0,
        0.30000000000000004,
    ];
    let saved = Net {
        w: Array2::from_shape_vec((4, 4), values.to_vec()).unwrap(),
        b: Array1::from(values.to_vec()),
        layers: vec![],
    };
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("extremes.json");
    save(&path, "mlp", &saved).unwrap();
    let loaded: Net = load(&path, "mlp").unwrap();
    assert_eq!(bits(&loaded), bits(&saved));
}

#[test]
fn the_file_reads_as_documented() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("net.json");
    let params = Net {
        w: Array2::from_shape_vec((1, 2), vec![0.5, -1.25]).unwrap(),
        b: Array1::from(vec![3.0]),
        layers: vec![],
    };
    save(&path, "conv", &params).unwrap();
    let value: serde_json::Value = serde_json::from_slice(&fs::read(&path).unwrap()).unwrap();
    assert_eq!(value["format"], FORMAT);
    assert_eq!(value["version"], VERSION);
    assert_eq!(value["model"], "conv");
    assert_eq!(value["params"]["w"]["dim"], serde_json::json!([1, 2]));
    assert_eq!(
        value["params"]["w"]["data"],
        serde_json::json!([0.5, -1.25])
    );
    // The header comes first, so that `head` shows it.
    let text = fs::read_to_string(&path).unwrap();
    assert!(
        text.starts_with("{\n  \"format\": \"grad-train-checkpoint\""),
        "{text}"
    );
}

#[test]
fn model_names_and_other_parameter_types_round_trip() {
    // Strings with escapes and characters beyond the BMP, integers, booleans, nulls, maps.
    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct Odd {
        name: String,
        steps: u64,
        offset: i64,
        flags: Vec<bool>,
        missing: Option<f64>,
        table: BTreeMap<String, Vec<f64>>,
    }
    let saved = Odd {
        name: "tab\t quote\" backslash\\ é 😀 \u{1}".to_string(),
        steps: u64::MAX,
        offset: i64::MIN,
        flags: vec![true, false],
        missing: None,
        table: BTreeMap::from([
            ("a\"b".to_string(), vec![1.5, -0.0]),
            ("".to_string(), vec![]),
        ]),
    };
    let model = "mlp \"v2\" ü";
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("odd.json");
    save(&path, model, &saved).unwrap();
    let loaded: Odd = load(&path, model).unwrap();
    assert_eq!(loaded, saved);
    assert!(loaded.table["a\"b"][1].is_sign_negative());
}

// ---------------------------------------------------------------------------------------------
// Saving is all or nothing
// ---------------------------------------------------------------------------------------------

#[test]
fn a_save_replaces_an_existing_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "net.json",
        "an older, longer file that is not even JSON",
    );
    let mut rng = Xorshift(7);
    let first = net(&mut rng);
    save(&path, "mlp", &first).unwrap();
    assert_eq!(load::<Net>(&path, "mlp").unwrap(), first);
    let second = net(&mut rng);
    save(&path, "mlp", &second).unwrap();
    assert_eq!(load::<Net>(&path, "mlp").unwrap(), second);
    // No temporary file is left beside it.
    assert_eq!(listing(dir.path()), ["net.json"]);
}

#[test]
fn saving_into_a_missing_folder_fails_and_leaves_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("missing").join("net.json");
    let err = save(&path, "mlp", &net(&mut Xorshift(3))).unwrap_err();
    let message = format!("{err:#}");
    assert!(message.contains(&path.display().to_string()), "{message}");
    assert!(message.contains("does not exist"), "{message}");
    assert!(listing(dir.path()).is_empty());
}

#[test]
fn a_failed_save_leaves_the_previous_checkpoint() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("net.json");
    let saved = net(&mut Xorshift(11));
    save(&path, "mlp", &saved).unwrap();
    // serde_json cannot write a map whose keys are not strings.
    let unwritable = BTreeMap::from([((1, 2), 3.0)]);
    let message = format!("{:#}", save(&path, "mlp", &unwritable).unwrap_err());
    assert!(message.contains(&path.display().to_string()), "{message}");
    assert!(message.contains("do not serialise"), "{message}");
    assert_eq!(load::<Net>(&path, "mlp").unwrap(), saved);
    assert_eq!(listing(dir.path()), ["net.json"]);
}

#[cfg(unix)]
#[test]
fn a_checkpoint_has_the_permissions_of_an_ordinary_file() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let ordinary = write(dir.path(), "ordinary", "");
    let path = dir.path().join("net.json");
    save(&path, "mlp", &net(&mut Xorshift(5))).unwrap();
    let mode = |path: &Path| fs::metadata(path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&path), mode(&ordinary));
}

// ---------------------------------------------------------------------------------------------
// Loading errors: one line each, naming the file
// ---------------------------------------------------------------------------------------------

#[test]
fn a_missing_file() {
    let dir = tempfile::tempdir().unwrap();
    let message = load_error::<Net>(&dir.path().join("nothing.json"), "mlp");
    assert!(message.contains("does not exist"), "{message}");
}

#[test]
fn a_folder() {
    let dir = tempfile::tempdir().unwrap();
    let message = load_error::<Net>(dir.path(), "mlp");
    assert!(message.contains("is a folder"), "{message}");
}

#[test]
fn files_that_are_not_checkpoints() {
    let dir = tempfile::tempdir().unwrap();
    let tag = format!("{FORMAT:?}");
    let cases = [
        ("empty.json", String::new(), "it is empty"),
        ("blank.json", " \n\n".into(), "it is empty"),
        ("text.txt", "w1 = [1, 2, 3]\n".into(), "it is not JSON"),
        ("binary.bin", "\u{0}\u{1}PNG\u{2}".into(), "it is not JSON"),
        (
            "array.json",
            "[1, 2, 3]".into(),
            "its JSON is not an object",
        ),
        (
            "long.json",
            "[1, 2, 3, 4, 5, 6]".into(),
            "its JSON is not an object",
        ),
        ("number.json", "3.5".into(), "its JSON is not an object"),
        (
            "package.json",
            r#"{"name": "x", "version": "1.0"}"#.into(),
            "no \"format\" tag",
        ),
        (
            "tag.json",
            checkpoint_text("\"torch\"", "1", "\"mlp\""),
            "format tag is \"torch\"",
        ),
        (
            "tag_type.json",
            checkpoint_text("7", "1", "\"mlp\""),
            "format tag is 7",
        ),
        (
            "long_tag.json",
            checkpoint_text(&format!("{:?}", [0; 1000]), "1", "\"mlp\""),
            "format tag is [0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0…, not",
        ),
        (
            "twice.json",
            r#"{"format": 1, "format": 2}"#.into(),
            "duplicate field `format`",
        ),
        (
            "trailing.json",
            checkpoint_text(&tag, "1", "\"mlp\"") + "}",
            "it is not JSON",
        ),
    ];
    for (name, text, problem) in cases {
        let path = write(dir.path(), name, &text);
        let message = load_error::<Net>(&path, "mlp");
        assert!(message.contains("is not a checkpoint"), "{name}: {message}");
        assert!(message.contains(problem), "{name}: {message}");
    }
}

#[test]
fn a_truncated_checkpoint() {
    let dir = tempfile::tempdir().unwrap();
    let whole = dir.path().join("whole.json");
    save(&whole, "mlp", &net(&mut Xorshift(13))).unwrap();
    let text = fs::read_to_string(&whole).unwrap();
    // Cut in the header, in the parameters, and just before the final brace.
    for cut in [30, text.len() / 2, text.trim_end().len() - 1] {
        let path = write(dir.path(), "cut.json", &text[..cut]);
        let message = load_error::<Net>(&path, "mlp");
        assert!(message.contains("is truncated"), "cut at {cut}: {message}");
    }
}

#[test]
fn a_checkpoint_from_a_newer_version() {
    let dir = tempfile::tempdir().unwrap();
    let tag = format!("{FORMAT:?}");
    let newer = (VERSION + 1).to_string();
    let path = write(
        dir.path(),
        "new.json",
        &checkpoint_text(&tag, &newer, "\"mlp\""),
    );
    let message = load_error::<Net>(&path, "mlp");
    assert!(message.contains("newer version"), "{message}");
    assert!(message.contains(&format!("version {newer}")), "{message}");
}

#[test]
fn a_damaged_header() {
    let dir = tempfile::tempdir().unwrap();
    let tag = format!("{FORMAT:?}");
    let mlp = "\"mlp\"";
    let cases = [
        (
            format!(r#"{{"format": {tag}, "model": "mlp", "params": {{}}}}"#),
            "no \"version\"",
        ),
        (checkpoint_text(&tag, "0", mlp), "has version 0"),
        (checkpoint_text(&tag, "\"1\"", mlp), "has version \"1\""),
        (checkpoint_text(&tag, "1.5", mlp), "has version 1.5"),
        (
            format!(r#"{{"format": {tag}, "version": 1, "params": {{}}}}"#),
            "no \"model\"",
        ),
        (
            checkpoint_text(&tag, "1", "[1]"),
            "model name [1] is not a string",
        ),
        (
            format!(r#"{{"format": {tag}, "version": 1, "model": "mlp"}}"#),
            "no \"params\"",
        ),
        (
            format!(r#"{{"format": {tag}, "version": 1, "model": "mlp", "params": null}}"#),
            "no \"params\"",
        ),
    ];
    for (text, problem) in cases {
        let path = write(dir.path(), "damaged.json", &text);
        let message = load_error::<Net>(&path, "mlp");
        assert!(message.contains("is damaged"), "{message}");
        assert!(message.contains(problem), "{message}");
    }
}

#[test]
fn a_checkpoint_of_another_model() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("x.json");
    save(&path, "conv", &net(&mut Xorshift(17))).unwrap();
    let message = load_error::<Net>(&path, "mlp");
    assert!(
        message.ends_with(&format!(
            "{} holds a \"conv\" model, not \"mlp\"",
            path.display()
        )),
        "{message}"
    );
}

#[test]
fn parameters_that_do_not_deserialise() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("net.json");
    save(&path, "mlp", &net(&mut Xorshift(19))).unwrap();
    // Right name and header, wrong architecture: serde names the missing field.
    let message = load_error::<Other>(&path, "mlp");
    assert!(
        message.contains("do not fit the \"mlp\" model"),
        "{message}"
    );
    assert!(message.contains("missing field `kernel`"), "{message}");

    let header = format!(r#"{{"format": {FORMAT:?}, "version": 1, "model": "mlp", "params": "#);
    let w = r#"{"v": 1, "dim": [1, 2], "data": [1.0, 2.0]}"#;
    let b = r#"{"v": 1, "dim": [2], "data": [1.0, 2.0]}"#;
    let cases = [
        // A number where an array belongs: the message gives the line and column.
        (
            format!(r#"{header}{{"w": 3.0, "b": {b}, "layers": []}}}}"#),
            "invalid type: floating point `3.0`",
        ),
        // A string where a number belongs.
        (
            format!(
                r#"{header}{{"w": {w}, "b": {{"v": 1, "dim": [2], "data": [1.0, "2"]}}, "layers": []}}}}"#
            ),
            "invalid type: string",
        ),
        // As many numbers as the shape says, or ndarray refuses.
        (
            format!(
                r#"{header}{{"w": {{"v": 1, "dim": [2, 2], "data": [1.0]}}, "b": {b}, "layers": []}}}}"#
            ),
            "dimension",
        ),
        // A NaN is written as null: a hint says where it came from.
        (
            format!(
                r#"{header}{{"w": {w}, "b": {{"v": 1, "dim": [2], "data": [null, 1.0]}}, "layers": []}}}}"#
            ),
            "did training diverge?",
        ),
    ];
    for (text, problem) in cases {
        let path = write(dir.path(), "bad.json", &text);
        let message = load_error::<Net>(&path, "mlp");
        assert!(
            message.contains("do not fit the \"mlp\" model"),
            "{message}"
        );
        assert!(message.contains(problem), "{message}");
        assert!(message.contains("line 1 column"), "{message}");
    }
    // The original file is still fine.
    assert!(load::<Net>(&dir.path().join("net.json"), "mlp").is_ok());
}

#[test]
fn a_saved_nan_gets_the_hint() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("diverged.json");
    let mut params = net(&mut Xorshift(23));
    params.b[3] = f64::NAN;
    save(&path, "mlp", &params).unwrap();
    let message = load_error::<Net>(&path, "mlp");
    assert!(message.contains("invalid type: null"), "{message}");
    assert!(message.contains("did training diverge?"), "{message}");
}

// ---------------------------------------------------------------------------------------------
// Shapes
// ---------------------------------------------------------------------------------------------

#[test]
fn check_shape_accepts_the_expected_shape() {
    check_shape("w1", &[64, 128], &[64, 128]).unwrap();
    check_shape("b", &[10], &[10]).unwrap();
}

#[test]
fn check_shape_names_the_parameter_and_both_shapes() {
    let err = check_shape("w1", &[64, 100], &[64, 128]).unwrap_err();
    assert_eq!(
        format!("{err:#}"),
        "parameter w1 has shape [64, 100], the model expects [64, 128]"
    );
    let err = check_shape("hidden[0].gamma", &[3, 1], &[3]).unwrap_err();
    assert_eq!(
        err.to_string(),
        "parameter hidden[0].gamma has shape [3, 1], the model expects [3]"
    );
}
