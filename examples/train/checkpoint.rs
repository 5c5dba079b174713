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
//! same `f64`, and read back with a correctly rounded parser (see [`exact_json`]), so a saved and
//! loaded network is bit-for-bit the one that was saved.
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

/// The parameters alone, read straight from the text only to get serde_json's message with its
/// line and column when they do not deserialise.
#[derive(Deserialize)]
struct Params<T> {
    // Only the error of reading it is wanted, never the value.
    #[allow(dead_code)]
    params: T,
}

/// Saves `params` of the network called `model` (e.g. `"mlp"`) to `path`, replacing the file if
/// it exists.
///
/// The file is complete or untouched: the checkpoint is written to a temporary file in the same
/// folder, flushed to disk, and renamed over `path`. A folder that does not exist is an error
/// (nothing is created). Non-finite numbers cannot be written in JSON: serde_json writes NaN and
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
    let folder = folder_of(path);
    if !folder.is_dir() {
        bail!(
            "cannot save checkpoint {}: folder {} does not exist",
            path.display(),
            folder.display()
        );
    }
    write_atomically(path, &bytes)
        .map_err(|err| anyhow!("cannot save checkpoint {}: {err}", path.display()))
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

    // serde_json has parsed the whole file above, so it is UTF-8 and well-formed JSON.
    let text = std::str::from_utf8(&bytes)
        .map_err(|_| anyhow!("{file} is not a checkpoint: it is not UTF-8 text"))?;
    let mut value = exact_json::parse(text).map_err(|err| anyhow!("{file} is damaged: {err}"))?;
    let params = value
        .get_mut("params")
        .map(Value::take)
        .ok_or_else(|| anyhow!("{file} is damaged: it holds no \"params\""))?;
    T::deserialize(params).map_err(|err| {
        // Re-read the text with serde_json for the same message with a line and column. Its
        // floats may be off by an ulp, which changes nothing about what fails to deserialise.
        let located = match serde_json::from_slice::<Params<T>>(&bytes) {
            Err(located) => located.to_string(),
            Ok(_) => err.to_string(),
        };
        let hint = if located.contains("invalid type: null") {
            " (a NaN or infinite number is saved as null: did training diverge?)"
        } else {
            ""
        };
        anyhow!("{file}: the parameters do not fit the {model:?} model: {located}{hint}")
    })
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

/// The folder `path` is in (`.` for a bare file name).
fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(folder) if !folder.as_os_str().is_empty() => folder,
        _ => Path::new("."),
    }
}

/// Writes `bytes` to `path` through a temporary file in the same folder (a rename is atomic only
/// within one file system), renamed over `path` once written and flushed. On any error the
/// temporary file is removed and `path` is untouched.
fn write_atomically(path: &Path, bytes: &[u8]) -> io::Result<()> {
    // Hidden and named after the target, so that one left by a crash says where it came from.
    let prefix = format!(
        ".{}.",
        path.file_name().unwrap_or_default().to_string_lossy()
    );
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix).suffix(".tmp");
    // tempfile creates its files readable by their owner alone, which the rename would carry
    // over to the checkpoint; ask for what a plain `File::create` gets (0o666 minus the umask).
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let mut temporary = builder.tempfile_in(folder_of(path))?;
    temporary.write_all(bytes)?;
    // On disk before the rename: otherwise a crash soon after could leave the new name on an
    // empty file (file systems may commit the rename before the data).
    temporary.as_file().sync_all()?;
    temporary.persist(path).map_err(|err| err.error)?;
    Ok(())
}

/// A JSON reader whose numbers are correctly rounded, for [`load`].
///
/// serde_json without its `float_roundtrip` feature (which this workspace does not enable) reads
/// a decimal as its integer digits times a power of ten in floating point: two roundings, and
/// about one typical weight in ten comes back one ulp off. Rust's `str::parse::<f64>` is
/// correctly rounded, so this reader, which builds a `serde_json::Value` with it, returns every
/// `f64` that serde_json wrote (shortest round-trip digits) exactly.
mod exact_json {
    use serde_json::{Map, Number, Value};

    /// The deepest nesting read, as serde_json's own limit: deeper input is not a checkpoint,
    /// and the recursion must not overflow the stack.
    const MAX_DEPTH: usize = 128;

    /// Parses `text`, a single JSON value with optional whitespace around it.
    pub fn parse(text: &str) -> Result<Value, String> {
        let mut reader = Reader { text, at: 0 };
        let value = reader.value(0)?;
        reader.skip_whitespace();
        if reader.at != text.len() {
            return Err(reader.error("trailing characters"));
        }
        Ok(value)
    }

    /// The text and the byte offset of the next character.
    struct Reader<'a> {
        text: &'a str,
        at: usize,
    }

    impl Reader<'_> {
        fn peek(&self) -> Option<u8> {
            self.text.as_bytes().get(self.at).copied()
        }

        fn error(&self, what: &str) -> String {
            format!("{what} at byte {}", self.at)
        }

        fn skip_whitespace(&mut self) {
            while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
                self.at += 1;
            }
        }

        /// Consumes `byte` if it is next (after whitespace).
        fn eat(&mut self, byte: u8) -> bool {
            self.skip_whitespace();
            let found = self.peek() == Some(byte);
            if found {
                self.at += 1;
            }
            found
        }

        fn expect(&mut self, byte: u8) -> Result<(), String> {
            if self.eat(byte) {
                Ok(())
            } else {
                Err(self.error(&format!("expected '{}'", byte as char)))
            }
        }

        fn value(&mut self, depth: usize) -> Result<Value, String> {
            if depth > MAX_DEPTH {
                return Err(self.error("nesting too deep"));
            }
            self.skip_whitespace();
            match self.peek() {
                Some(b'{') => {
                    self.at += 1;
                    let mut map = Map::new();
                    if self.eat(b'}') {
                        return Ok(Value::Object(map));
                    }
                    loop {
                        self.skip_whitespace();
                        let key = self.string()?;
                        self.expect(b':')?;
                        let value = self.value(depth + 1)?;
                        map.insert(key, value);
                        if !self.eat(b',') {
                            self.expect(b'}')?;
                            return Ok(Value::Object(map));
                        }
                    }
                }
                Some(b'[') => {
                    self.at += 1;
                    let mut items = Vec::new();
                    if self.eat(b']') {
                        return Ok(Value::Array(items));
                    }
                    loop {
                        items.push(self.value(depth + 1)?);
                        if !self.eat(b',') {
                            self.expect(b']')?;
                            return Ok(Value::Array(items));
                        }
                    }
                }
                Some(b'"') => self.string().map(Value::String),
                Some(b't') => self.literal("true", Value::Bool(true)),
                Some(b'f') => self.literal("false", Value::Bool(false)),
                Some(b'n') => self.literal("null", Value::Null),
                Some(b'-' | b'0'..=b'9') => self.number(),
                Some(_) => Err(self.error("expected a value")),
                None => Err(self.error("unexpected end")),
            }
        }

        fn literal(&mut self, word: &str, value: Value) -> Result<Value, String> {
            if self.text[self.at..].starts_with(word) {
                self.at += word.len();
                Ok(value)
            } else {
                Err(self.error("expected a value"))
            }
        }

        /// A number as serde_json reads it (an integer literal as `u64` or `i64` if it fits),
        /// except that a float is correctly rounded.
        fn number(&mut self) -> Result<Value, String> {
            let start = self.at;
            let bytes = self.text.as_bytes();
            let digits = |at: &mut usize| {
                let from = *at;
                while bytes.get(*at).is_some_and(u8::is_ascii_digit) {
                    *at += 1;
                }
                *at - from
            };
            let mut at = self.at;
            if bytes[at] == b'-' {
                at += 1;
            }
            // JSON allows no leading zeros: "0" alone, or a nonzero digit first.
            let whole = digits(&mut at);
            if whole == 0 || (whole > 1 && bytes[at - whole] == b'0') {
                self.at = at;
                return Err(self.error("malformed number"));
            }
            let mut integer = true;
            if bytes.get(at) == Some(&b'.') {
                at += 1;
                integer = false;
                if digits(&mut at) == 0 {
                    self.at = at;
                    return Err(self.error("malformed number"));
                }
            }
            if let Some(b'e' | b'E') = bytes.get(at) {
                at += 1;
                integer = false;
                if let Some(b'+' | b'-') = bytes.get(at) {
                    at += 1;
                }
                if digits(&mut at) == 0 {
                    self.at = at;
                    return Err(self.error("malformed number"));
                }
            }
            self.at = at;
            let literal = &self.text[start..at];
            if integer {
                if let Ok(n) = literal.parse::<u64>() {
                    return Ok(Value::Number(n.into()));
                }
                if let Ok(n) = literal.parse::<i64>() {
                    return Ok(Value::Number(n.into()));
                }
            }
            let x: f64 = literal
                .parse()
                .map_err(|_| self.error("malformed number"))?;
            Number::from_f64(x)
                .map(Value::Number)
                .ok_or_else(|| self.error("number out of range"))
        }

        fn string(&mut self) -> Result<String, String> {
            if self.peek() != Some(b'"') {
                return Err(self.error("expected a string"));
            }
            self.at += 1;
            let mut out = String::new();
            loop {
                // Copy the run up to the next quote, backslash or control character at once:
                // those are ASCII, so the run ends on a character boundary.
                let run = self.text.as_bytes()[self.at..]
                    .iter()
                    .position(|&b| b == b'"' || b == b'\\' || b < 0x20)
                    .ok_or_else(|| self.error("unterminated string"))?;
                out.push_str(&self.text[self.at..self.at + run]);
                self.at += run;
                match self.peek() {
                    Some(b'"') => {
                        self.at += 1;
                        return Ok(out);
                    }
                    Some(b'\\') => {
                        self.at += 1;
                        self.escape(&mut out)?;
                    }
                    _ => return Err(self.error("control character in a string")),
                }
            }
        }

        /// The escape after a backslash, appended to `out`.
        fn escape(&mut self, out: &mut String) -> Result<(), String> {
            let byte = self
                .peek()
                .ok_or_else(|| self.error("unterminated string"))?;
            self.at += 1;
            let c = match byte {
                b'"' => '"',
                b'\\' => '\\',
                b'/' => '/',
                b'b' => '\u{8}',
                b'f' => '\u{c}',
                b'n' => '\n',
                b'r' => '\r',
                b't' => '\t',
                b'u' => {
                    let high = self.hex4()?;
                    let code = if (0xD800..0xDC00).contains(&high) {
                        // A character beyond the BMP: a surrogate pair, `\uD83D\uDE00`.
                        if !self.text[self.at..].starts_with("\\u") {
                            return Err(self.error("lone surrogate in a \\u escape"));
                        }
                        self.at += 2;
                        let low = self.hex4()?;
                        if !(0xDC00..0xE000).contains(&low) {
                            return Err(self.error("lone surrogate in a \\u escape"));
                        }
                        0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
                    } else {
                        high
                    };
                    char::from_u32(code)
                        .ok_or_else(|| self.error("lone surrogate in a \\u escape"))?
                }
                _ => return Err(self.error("unknown escape")),
            };
            out.push(c);
            Ok(())
        }

        /// Four hexadecimal digits.
        fn hex4(&mut self) -> Result<u32, String> {
            let digits = self
                .text
                .get(self.at..self.at + 4)
                .filter(|digits| digits.bytes().all(|b| b.is_ascii_hexdigit()))
                .ok_or_else(|| self.error("malformed \\u escape"))?;
            self.at += 4;
            u32::from_str_radix(digits, 16).map_err(|_| self.error("malformed \\u escape"))
        }
    }
}
