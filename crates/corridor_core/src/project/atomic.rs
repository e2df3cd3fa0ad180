//! Replacing a file so that a crash or power loss at any moment leaves
//! either the old file or the new one, whole: the bytes go to a temporary
//! file in the same folder (a rename is only atomic within one file
//! system), which is flushed and synced to disk, then renamed over the old
//! file, and (on Unix) the folder is synced so the rename itself is durable.
//!
//! Every step first asks a hook, so tests can fail the save at each step
//! and check the old file survived ([`write_atomic_with`]).

use std::fmt;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// Bytes written per `write` call; each is a [`SaveStep::Write`].
pub const WRITE_CHUNK_BYTES: usize = 64 * 1024;

/// One step of an atomic save, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveStep {
    /// Creating the temporary file beside the target.
    CreateTemp,
    /// Writing the `n`th chunk (from 0) of [`WRITE_CHUNK_BYTES`].
    Write(usize),
    /// Flushing the buffered bytes to the temporary file.
    Flush,
    /// Syncing the temporary file to disk.
    SyncFile,
    /// Renaming the temporary file over the target.
    Rename,
    /// Syncing the folder so the rename survives a power loss (Unix only).
    SyncDir,
}

impl fmt::Display for SaveStep {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SaveStep::CreateTemp => write!(f, "creating a temporary file"),
            SaveStep::Write(_) => write!(f, "writing"),
            SaveStep::Flush => write!(f, "flushing"),
            SaveStep::SyncFile => write!(f, "syncing to disk"),
            SaveStep::Rename => write!(f, "replacing the old file"),
            SaveStep::SyncDir => write!(f, "syncing the folder"),
        }
    }
}

/// An atomic save that failed. Before [`SaveStep::SyncDir`] the old file
/// is unchanged; at that step the new file is in place but may not survive
/// a power loss.
#[derive(Debug, thiserror::Error)]
#[error("cannot save {}: {step} failed: {source}{}", path.display(), after(*step))]
pub struct SaveError {
    /// The file being replaced.
    pub path: PathBuf,
    /// The step that failed.
    pub step: SaveStep,
    /// The I/O error (or the hook's error) at that step.
    pub source: std::io::Error,
}

fn after(step: SaveStep) -> &'static str {
    if step == SaveStep::SyncDir {
        " (the file was replaced, but may not survive a power loss)"
    } else {
        "; the previous file is unchanged"
    }
}

/// Writes `bytes` to `path` atomically.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    write_atomic_with(path, bytes, &mut |_| Ok(()))
}

/// [`write_atomic`], calling `before` ahead of every step; an error from it
/// fails the save at that step as a real I/O error would (the temporary
/// file is removed). A panic in it stands for a crash: nothing is cleaned
/// up.
pub fn write_atomic_with(
    path: &Path,
    bytes: &[u8],
    before: &mut dyn FnMut(SaveStep) -> std::io::Result<()>,
) -> Result<(), SaveError> {
    let fail = |step: SaveStep| failed_at(path, step);
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
        _ => PathBuf::from("."),
    };
    before(SaveStep::CreateTemp).map_err(fail(SaveStep::CreateTemp))?;
    let (temp_path, file) = create_temp(&dir, path).map_err(fail(SaveStep::CreateTemp))?;
    let result = write_and_rename(path, &temp_path, file, bytes, before);
    if let Err(error) = &result
        && error.step != SaveStep::SyncDir
    {
        // Best effort: a leftover temporary file is harmless, just untidy.
        let _ = std::fs::remove_file(&temp_path);
    }
    result?;
    before(SaveStep::SyncDir).map_err(fail(SaveStep::SyncDir))?;
    sync_dir(&dir).map_err(fail(SaveStep::SyncDir))
}

/// Turns an I/O error at `step` into the save's error.
fn failed_at(path: &Path, step: SaveStep) -> impl Fn(std::io::Error) -> SaveError + '_ {
    move |source| SaveError {
        path: path.to_path_buf(),
        step,
        source,
    }
}

fn write_and_rename(
    path: &Path,
    temp_path: &Path,
    file: std::fs::File,
    bytes: &[u8],
    before: &mut dyn FnMut(SaveStep) -> std::io::Result<()>,
) -> Result<(), SaveError> {
    let fail = |step: SaveStep| failed_at(path, step);
    let mut writer = std::io::BufWriter::new(file);
    for (n, chunk) in bytes.chunks(WRITE_CHUNK_BYTES).enumerate() {
        let step = SaveStep::Write(n);
        before(step).map_err(fail(step))?;
        writer.write_all(chunk).map_err(fail(step))?;
    }
    before(SaveStep::Flush).map_err(fail(SaveStep::Flush))?;
    let file = writer
        .into_inner()
        .map_err(|error| fail(SaveStep::Flush)(error.into_error()))?;
    before(SaveStep::SyncFile).map_err(fail(SaveStep::SyncFile))?;
    file.sync_all().map_err(fail(SaveStep::SyncFile))?;
    drop(file);
    before(SaveStep::Rename).map_err(fail(SaveStep::Rename))?;
    std::fs::rename(temp_path, path).map_err(fail(SaveStep::Rename))
}

/// A new file beside `target`, named after it and hidden on Unix:
/// `.NAME.PID-N.tmp`.
fn create_temp(dir: &Path, target: &Path) -> std::io::Result<(PathBuf, std::fs::File)> {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "corridor".to_owned());
    loop {
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let temp = dir.join(format!(".{name}.{}-{n}.tmp", std::process::id()));
        match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&temp)
        {
            Ok(file) => return Ok((temp, file)),
            Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(error) => return Err(error),
        }
    }
}

/// Makes a rename in `dir` durable. Only Unix can open a folder for this;
/// elsewhere the rename is as durable as the file system makes it.
fn sync_dir(dir: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        std::fs::File::open(dir)?.sync_all()
    }
    #[cfg(not(unix))]
    {
        let _ = dir;
        Ok(())
    }
}
