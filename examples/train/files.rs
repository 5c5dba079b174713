//! Writing files whole or not at all: a temporary file beside the target, renamed over it once
//! complete (a rename is atomic only within one file system). Used by `--save` and `--plot`.

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
