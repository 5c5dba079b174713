//! Writing files whole or not at all: a temporary file beside the target, renamed over it once
//! complete (a rename is atomic only within one file system). Used by `--save` and `--plot`, which
//! also check with [`check_writable`] before training that the write will be possible.

use std::io;
use std::path::Path;

/// The folder `path` is in (`.` for a bare file name).
pub fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(folder) if !folder.as_os_str().is_empty() => folder,
        _ => Path::new("."),
    }
}

/// An empty temporary file in `path`'s folder whose name ends in `suffix`, to be persisted over
/// `path` once written; removed if dropped before.
pub fn temporary_beside(path: &Path, suffix: &str) -> io::Result<tempfile::NamedTempFile> {
    // Hidden and named after the target, so that one left by a crash says where it came from.
    let prefix = format!(
        ".{}.",
        path.file_name().unwrap_or_default().to_string_lossy()
    );
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix).suffix(suffix);
    // tempfile creates its files readable by their owner alone, which the rename would carry
    // over to the target; ask for what a plain `File::create` gets (0o666 minus the umask).
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    builder.tempfile_in(folder_of(path))
}

/// Checks that a file can be written at `path` the way [`temporary_beside`] and a rename write
/// it, before the work that produces it: `path` is not a folder, its folder exists and is a
/// folder, and a file can be created there (one is, and removed at once, which is the only sure
/// test: permissions, read-only file systems and quotas all show).
///
/// **Errors**: one phrase saying what is wrong, for the caller to put after the file's name.
pub fn check_writable(path: &Path) -> Result<(), String> {
    if path.is_dir() {
        return Err("it is a folder".to_owned());
    }
    let folder = folder_of(path);
    if !folder.exists() {
        return Err(format!("folder {} does not exist", folder.display()));
    }
    if !folder.is_dir() {
        return Err(format!("{} is not a folder", folder.display()));
    }
    temporary_beside(path, ".probe").map(drop).map_err(|err| {
        // tempfile's message names the random probe file; the kind is what the user can act on.
        format!(
            "no file can be written in {}: {}",
            folder.display(),
            err.kind()
        )
    })
}
