//! Replacing a file so that a crash or power loss at any moment leaves
//! either the old file or the new one, whole: the bytes go to a temporary
//! file in the same folder (a rename is only atomic within one file
//! system), which is flushed and synced to disk, then renamed over the old
//! file, and (on Unix) the folder is synced so the rename itself is durable.
//!
//! Every step first asks a hook, so tests can fail the save at each step
//! and check the old file survived ([`write_atomic_with`]).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use crate::i18n::{Phrase, ToPhrase, system_error};
use crate::phrase;

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

/// The step in words, to go in [`SaveError`]'s sentence: "writing",
/// "syncing to disk"… (`Display` is the English).
impl ToPhrase for SaveStep {
    fn phrase(&self) -> Phrase {
        match self {
            SaveStep::CreateTemp => phrase!("save-step-create-temp"),
            SaveStep::Write(_) => phrase!("save-step-write"),
            SaveStep::Flush => phrase!("save-step-flush"),
            SaveStep::SyncFile => phrase!("save-step-sync-file"),
            SaveStep::Rename => phrase!("save-step-rename"),
            SaveStep::SyncDir => phrase!("save-step-sync-dir"),
        }
    }
}

crate::display_in_english!(SaveStep);

/// An atomic save that failed. Before [`SaveStep::SyncDir`] the old file
/// is unchanged; at that step the new file is in place but may not survive
/// a power loss.
#[derive(Debug, thiserror::Error)]
pub struct SaveError {
    /// The file being replaced.
    pub path: PathBuf,
    /// The step that failed.
    pub step: SaveStep,
    /// The I/O error (or the hook's error) at that step.
    pub source: std::io::Error,
}

/// `cannot save PATH: STEP failed: ERROR`, and whether the previous file
/// is still there.
impl ToPhrase for SaveError {
    fn phrase(&self) -> Phrase {
        let path = self.path.display().to_string();
        let step = self.step.phrase();
        let error = system_error(&self.source);
        if self.step == SaveStep::SyncDir {
            phrase!(
                "save-error-replaced",
                path = path,
                step = step,
                error = error
            )
        } else {
            phrase!("save-error", path = path, step = step, error = error)
        }
    }
}

crate::display_in_english!(SaveError);

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
    remove_stale_temps(&dir, path);
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

/// A file written as a stream and put in place atomically: the bytes go to
/// a temporary file beside the target, and only [`AtomicFile::commit`]
/// replaces the target with it. Dropped without a commit (an error while
/// writing, a cancel), the temporary file is removed and the old target is
/// untouched. Creating one also removes the temporary files that killed
/// runs of Corridor left beside the same target.
pub struct AtomicFile {
    target: PathBuf,
    temp: PathBuf,
    writer: Option<std::io::BufWriter<std::fs::File>>,
}

impl AtomicFile {
    /// Starts writing `target`.
    pub fn create(target: &Path) -> Result<AtomicFile, SaveError> {
        let dir = folder_of(target);
        remove_stale_temps(&dir, target);
        let (temp, file) =
            create_temp(&dir, target).map_err(failed_at(target, SaveStep::CreateTemp))?;
        Ok(AtomicFile {
            target: target.to_path_buf(),
            temp,
            writer: Some(std::io::BufWriter::with_capacity(WRITE_CHUNK_BYTES, file)),
        })
    }

    /// Flushes, syncs and renames the temporary file over the target.
    pub fn commit(mut self) -> Result<(), SaveError> {
        let target = self.target.clone();
        let fail = |step: SaveStep| failed_at(&target, step);
        let Some(writer) = self.writer.take() else {
            return Err(fail(SaveStep::Flush)(std::io::Error::other(phrase!(
                "save-already-committed"
            ))));
        };
        let file = writer
            .into_inner()
            .map_err(|error| fail(SaveStep::Flush)(error.into_error()))?;
        file.sync_all().map_err(fail(SaveStep::SyncFile))?;
        drop(file);
        std::fs::rename(&self.temp, &target).map_err(fail(SaveStep::Rename))?;
        // Renamed: nothing left for Drop to remove.
        self.temp = PathBuf::new();
        sync_dir(&folder_of(&target)).map_err(fail(SaveStep::SyncDir))
    }
}

impl std::io::Write for AtomicFile {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match &mut self.writer {
            Some(writer) => writer.write(buf),
            None => Err(std::io::Error::other(phrase!("save-already-committed"))),
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        match &mut self.writer {
            Some(writer) => writer.flush(),
            None => Ok(()),
        }
    }
}

impl Drop for AtomicFile {
    fn drop(&mut self) {
        drop(self.writer.take());
        if !self.temp.as_os_str().is_empty() {
            // Best effort: a leftover is removed by the next run anyway.
            let _ = std::fs::remove_file(&self.temp);
        }
    }
}

/// The folder a target lives in (`.` for a bare file name).
fn folder_of(target: &Path) -> PathBuf {
    match target.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// Removes `.NAME.PID-N.tmp` files beside `target` left by Corridor
/// processes that no longer run (killed mid-write). Only names of that
/// pattern, for this target, and only when the system says which
/// processes run (Linux's /proc); nothing else is touched.
fn remove_stale_temps(dir: &Path, target: &Path) {
    let Some(name) = target.file_name().map(|n| n.to_string_lossy().into_owned()) else {
        return;
    };
    let proc = Path::new("/proc");
    if !proc.join("self").exists() {
        return;
    }
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let prefix = format!(".{name}.");
    for entry in entries.flatten() {
        let file_name = entry.file_name().to_string_lossy().into_owned();
        let Some(rest) = file_name
            .strip_prefix(&prefix)
            .and_then(|r| r.strip_suffix(".tmp"))
        else {
            continue;
        };
        let Some((pid, n)) = rest.split_once('-') else {
            continue;
        };
        let (Ok(pid), Ok(_)) = (pid.parse::<u32>(), n.parse::<u64>()) else {
            continue;
        };
        if pid != std::process::id() && !proc.join(pid.to_string()).exists() {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

#[cfg(test)]
mod atomic_file_tests {
    use super::*;
    use std::io::Write;

    #[test]
    fn a_stream_replaces_the_file_only_on_commit_and_leaves_no_temp() {
        let dir = tempfile::tempdir().expect("temp dir");
        let target = dir.path().join("out.csv");
        std::fs::write(&target, "old").expect("written");
        // A killed run's leftover (pid 1 exists, a huge one does not).
        let stale = dir.path().join(format!(".out.csv.{}-0.tmp", u32::MAX - 1));
        std::fs::write(&stale, "partial").expect("written");
        let other = dir.path().join(".notes.txt.99999999-0.tmp");
        std::fs::write(&other, "not ours to judge").expect("written");
        {
            let mut file = AtomicFile::create(&target).expect("created");
            file.write_all(b"half").expect("written");
            // Dropped without a commit: an error or a cancel.
        }
        assert_eq!(std::fs::read(&target).expect("read"), b"old");
        let mut file = AtomicFile::create(&target).expect("created");
        file.write_all(b"new content").expect("written");
        file.commit().expect("committed");
        assert_eq!(std::fs::read(&target).expect("read"), b"new content");
        let left: Vec<String> = std::fs::read_dir(dir.path())
            .expect("listed")
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        if Path::new("/proc/self").exists() {
            assert!(
                !stale.exists(),
                "the stale temp file of this target is gone"
            );
        }
        assert!(other.exists(), "another target's temp file is left alone");
        assert_eq!(left.len(), 2, "{left:?}");
    }
}

#[cfg(test)]
mod phrase_tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn a_failed_save_says_the_step_and_whether_the_old_file_is_there() {
        let full = std::io::Error::from(std::io::ErrorKind::StorageFull);
        let said = full.to_string();
        let write = SaveError {
            path: PathBuf::from("brief.corridor"),
            step: SaveStep::Write(3),
            source: full,
        };
        crate::i18n::assert_says(
            &write,
            &format!(
                "cannot save brief.corridor: writing failed: {said}; the previous file is unchanged"
            ),
            "no se puede guardar brief.corridor: error al escribir: no queda espacio en el disco; el archivo anterior no cambió",
        );

        let sync = SaveError {
            path: PathBuf::from("brief.corridor"),
            step: SaveStep::SyncDir,
            source: std::io::Error::other("disk gone"),
        };
        crate::i18n::assert_says(
            &sync,
            "cannot save brief.corridor: syncing the folder failed: disk gone (the file was replaced, but may not survive a power loss)",
            "no se puede guardar brief.corridor: error al sincronizar la carpeta: disk gone (el archivo se reemplazó, pero podría perderse si se corta la luz)",
        );
        assert_eq!(
            SaveStep::CreateTemp.to_string(),
            "creating a temporary file"
        );
        assert_eq!(
            SaveStep::Rename.text_in(Lang::Es),
            "reemplazar el archivo anterior"
        );
    }
}
