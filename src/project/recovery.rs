//! Unsaved work kept in a recovery file, so a crash loses a few seconds,
//! not a session. The file is an ordinary project (with `autosave_of`
//! naming the project it belongs to), written atomically while there are
//! unsaved changes, deleted by a clean save or exit, and offered back at
//! the next start.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::{Project, ProjectError};

/// File name of the recovery file in the configuration folder.
pub const RECOVERY_FILE_NAME: &str = "recovery.corridor";

/// How long unsaved work waits before it is autosaved.
pub const AUTOSAVE_INTERVAL: Duration = Duration::from_secs(30);

/// The recovery file in the configuration folder (`CORRIDOR_CONFIG_DIR`
/// when set).
pub fn default_recovery_path() -> Option<PathBuf> {
    crate::config::config_dir().map(|dir| dir.join(RECOVERY_FILE_NAME))
}

/// Writes the recovery file (its folder created if needed).
pub fn write_recovery(path: &Path, project: &Project) -> Result<(), ProjectError> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|source| ProjectError::Read {
            path: dir.to_path_buf(),
            source,
        })?;
    }
    project.save(path)
}

/// The recovery file's project, if there is one; `Err` when it exists but
/// cannot be read.
pub fn read_recovery(path: &Path) -> Option<Result<Project, ProjectError>> {
    path.is_file().then(|| super::read_project(path))
}

/// Deletes the recovery file; a missing file is fine.
pub fn remove_recovery(path: &Path) -> std::io::Result<()> {
    match std::fs::remove_file(path) {
        Err(error) if error.kind() != std::io::ErrorKind::NotFound => Err(error),
        _ => Ok(()),
    }
}

/// When to autosave: unsaved work that differs from what was last
/// autosaved, at most once per interval.
#[derive(Debug)]
pub struct Autosave {
    pub interval: Duration,
    last_write: Option<Instant>,
    last_written: Option<Project>,
}

impl Default for Autosave {
    fn default() -> Self {
        Self {
            interval: AUTOSAVE_INTERVAL,
            last_write: None,
            last_written: None,
        }
    }
}

impl Autosave {
    /// Whether `project` (the unsaved state) should be written now.
    ///
    /// ```
    /// use std::time::{Duration, Instant};
    /// use corridor::project::{Project, recovery::Autosave};
    /// let mut autosave = Autosave::default();
    /// let t0 = Instant::now();
    /// let project = Project::default();
    /// assert!(autosave.due(&project, t0), "first unsaved state: at once");
    /// autosave.written(project.clone(), t0);
    /// assert!(!autosave.due(&project, t0 + Duration::from_secs(60)), "nothing new");
    /// let mut changed = project.clone();
    /// changed.current.name = "Sonora".into();
    /// assert!(!autosave.due(&changed, t0 + Duration::from_secs(5)), "too soon");
    /// assert!(autosave.due(&changed, t0 + Duration::from_secs(31)));
    /// ```
    pub fn due(&self, project: &Project, now: Instant) -> bool {
        let waited = self
            .last_write
            .is_none_or(|at| now.duration_since(at) >= self.interval);
        waited && self.last_written.as_ref() != Some(project)
    }

    pub fn written(&mut self, project: Project, now: Instant) {
        self.last_write = Some(now);
        self.last_written = Some(project);
    }

    /// After a save or discarding the recovery file: start afresh.
    pub fn reset(&mut self) {
        self.last_write = None;
        self.last_written = None;
    }
}
