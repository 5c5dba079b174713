//! Checkpoints of the `train` example: a network's parameters in a self-describing JSON file.
//!
//! ```text
//! {
//!   "format": "grad-train-checkpoint",
//!   "version": 1,
//!   "model": "mlp",
//!   "params": { "w1": { "v": 1, "dim": [64, 128], "data": [ ... ] }, ... }
//! }
//! ```
//!
//! JSON rather than a binary format: `head` shows what a file holds, a checkpoint can be read
//! from any language, and ndarray's `serde` feature already describes the arrays (shape and
//! row-major data), so no dependency beyond `serde_json` is needed. It costs three to four times
//! the bytes of raw `f64`s and some parsing time, nothing at the example's size (tens of
//! thousands of parameters). Numbers are written as the shortest decimal that reads back to the
//! same `f64`, and read back correctly rounded (serde_json's `float_roundtrip` feature, enabled
//! in the workspace's `Cargo.toml`), so a saved and loaded network is bit-for-bit the one that
//! was saved.
//!
//! A save writes a temporary file beside the target and renames it over the target once complete,
//! so an interrupted save leaves the previous checkpoint, never half of a new one. Every failure
//! of [`load`] is one line that names the file and says what is wrong with it.

use std::io::{self, Write};
use std::path::Path;

use anyhow::{anyhow, bail};
use serde::de::{DeserializeOwned, IgnoredAny};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use serde_json::error::Category;

use crate::files::{check_writable, temporary_beside};

/// The value of the `"format"` field: what tells a checkpoint from any other JSON file.
pub const FORMAT: &str = "grad-train-checkpoint";

/// The version of the layout written by [`save`]; [`load`] reads this version and older ones
/// and refuses newer ones, whose layout it cannot know.
pub const VERSION: u64 = 1;

/// The file as written: the header, then the parameters.
#[derive(Serialize)]
struct Checkpoint<'a, T> {
    format: &'a str,
    version: u64,
    model: &'a str,
    params: &'a T,
}

/// The header as read: each field optional and of any JSON type, so that a missing or mistyped
/// one gets its own message rather than serde's about this struct. The parameters are skipped.
#[derive(Deserialize)]
struct Header {
    format: Option<Value>,
    version: Option<Value>,
    model: Option<Value>,
    params: Option<IgnoredAny>,
}

/// The parameters alone, read straight from the text (the header fields are skipped), so that
/// an error carries serde_json's line and column.
#[derive(Deserialize)]
struct Params<T> {
    params: T,
}

/// Saves `params` of the network called `model` (e.g. `"mlp"`) to `path`, replacing the file if
/// it exists.
///
/// The file is complete or untouched: the checkpoint is written to a temporary file in the same
/// folder, flushed to disk, and renamed over `path`. A folder that does not exist is an error
/// (nothing is created), as in [`check_target`]. Non-finite numbers cannot be written in JSON: serde_json writes NaN and
/// infinities as `null`, which [`load`] then rejects with a hint.
pub fn save<T: Serialize>(path: &Path, model: &str, params: &T) -> anyhow::Result<()> {
    let checkpoint = Checkpoint {
        format: FORMAT,
        version: VERSION,
        model,
        params,
    };
    // Serialise before touching the disk: a parameter serde cannot write leaves no file at all.
    // Pretty-printed so that the header reads at the top and serde's line numbers mean something.
    let mut bytes = serde_json::to_vec_pretty(&checkpoint).map_err(|err| {
        anyhow!(
            "cannot save checkpoint {}: the parameters do not serialise: {err}",
            path.display()
        )
    })?;
    bytes.push(b'\n');
    check_target(path)?;
    write_atomically(path, &bytes)
        .map_err(|err| anyhow!("cannot save checkpoint {}: {err}", path.display()))
}

/// Checks that [`save`] will be able to write a checkpoint at `path`, before the training whose
/// result it would hold: `path` is not a folder, its folder exists, and a file can be created
/// there (see [`check_writable`]).
///
/// **Errors**: one line naming the file and the problem,
/// `cannot save checkpoint out/net.json: folder out does not exist`.
pub fn check_target(path: &Path) -> anyhow::Result<()> {
    check_writable(path)
        .map_err(|reason| anyhow!("cannot save checkpoint {}: {reason}", path.display()))
}

/// Loads the parameters of the network called `model` from the checkpoint at `path`.
///
/// Every error is one line naming the file: it does not exist or cannot be read, it is not a
/// checkpoint (not JSON, or JSON without the [`FORMAT`] tag), it is truncated, it was written by
/// a newer version of the format, it holds another model, or its parameters do not deserialise
/// into `T` (serde's message, with the line and column of the bad value). Whether the arrays
/// have the shapes the chosen architecture expects is for the caller to check, with
/// [`check_shape`].
pub fn load<T: DeserializeOwned>(path: &Path, model: &str) -> anyhow::Result<T> {
    let file = path.display();
    let bytes = std::fs::read(path).map_err(|err| match err.kind() {
        io::ErrorKind::NotFound => anyhow!("checkpoint {file} does not exist"),
        io::ErrorKind::IsADirectory => anyhow!("checkpoint {file} is a folder, not a file"),
        _ => anyhow!("cannot read checkpoint {file}: {err}"),
    })?;
    if bytes.iter().all(u8::is_ascii_whitespace) {
        bail!("{file} is not a checkpoint: it is empty");
    }

    // Is it JSON at all? serde_json's error categories tell a file that is not JSON from one
    // that stops early.
    serde_json::from_slice::<IgnoredAny>(&bytes).map_err(|err| match err.classify() {
        Category::Eof => anyhow!("{file} is truncated ({err})"),
        _ => anyhow!("{file} is not a checkpoint: it is not JSON ({err})"),
    })?;
    // serde's derive reads a struct from a JSON array too: only an object can be a header.
    if bytes.iter().find(|b| !b.is_ascii_whitespace()) != Some(&b'{') {
        bail!("{file} is not a checkpoint: its JSON is not an object");
    }
    // Only a repeated field can fail here: every field takes any JSON value.
    let header: Header = serde_json::from_slice(&bytes)
        .map_err(|err| anyhow!("{file} is not a checkpoint: {err}"))?;
    match header.format {
        Some(Value::String(tag)) if tag == FORMAT => {}
        Some(other) => {
            let other = brief(&other);
            bail!("{file} is not a checkpoint: its format tag is {other}, not {FORMAT:?}")
        }
        None => bail!("{file} is not a checkpoint: its JSON has no \"format\" tag"),
    }
    // The version before the rest of the header: a newer layout may have moved it.
    match header
        .version
        .as_ref()
        .map(|version| (version, version.as_u64()))
    {
        Some((_, Some(version))) if version > VERSION => bail!(
            "{file} was written by a newer version of the checkpoint format (version {version}; \
             this program reads versions up to {VERSION})"
        ),
        Some((_, Some(1..))) => {}
        Some((version, _)) => {
            bail!(
                "{file} is damaged: its header has version {}",
                brief(version)
            )
        }
        None => bail!("{file} is damaged: its header has no \"version\""),
    }
    match header.model {
        Some(Value::String(found)) if found == model => {}
        Some(Value::String(found)) => bail!("{file} holds a {found:?} model, not {model:?}"),
        Some(other) => bail!(
            "{file} is damaged: its model name {} is not a string",
            brief(&other)
        ),
        None => bail!("{file} is damaged: its header has no \"model\""),
    }
    if header.params.is_none() {
        bail!("{file} is damaged: it holds no \"params\"");
    }

    // The file is well-formed JSON with a header, so only the parameters themselves can fail.
    let checkpoint: Params<T> = serde_json::from_slice(&bytes).map_err(|err| {
        let hint = if err.to_string().contains("invalid type: null") {
            " (a NaN or infinite number is saved as null: did training diverge?)"
        } else {
            ""
        };
        anyhow!("{file}: the parameters do not fit the {model:?} model: {err}{hint}")
    })?;
    Ok(checkpoint.params)
}

/// A JSON value for a message, cut short: a wrong header field could be a whole array.
fn brief(value: &Value) -> String {
    const LONGEST: usize = 40;
    let text = value.to_string();
    if text.chars().count() <= LONGEST {
        return text;
    }
    text.chars().take(LONGEST).chain(['…']).collect()
}

/// Checks that the parameter `name` has the shape `expected`:
/// `parameter w1 has shape [64, 100], the model expects [64, 128]`.
pub fn check_shape(name: &str, found: &[usize], expected: &[usize]) -> anyhow::Result<()> {
    if found != expected {
        bail!("parameter {name} has shape {found:?}, the model expects {expected:?}");
    }
    Ok(())
}

/// Writes `bytes` to `path` through a temporary file in the same folder (a rename is atomic only
/// within one file system), renamed over `path` once written and flushed. On any error the
/// temporary file is removed and `path` is untouched.
fn write_atomically(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut temporary = temporary_beside(path, ".tmp")?;
    temporary.write_all(bytes)?;
    // On disk before the rename: otherwise a crash soon after could leave the new name on an
    // empty file (file systems may commit the rename before the data).
    temporary.as_file().sync_all()?;
    temporary.persist(path).map_err(|err| err.error)?;
    Ok(())
}
