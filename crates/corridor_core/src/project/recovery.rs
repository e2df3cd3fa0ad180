//! Unsaved work kept in a recovery file, so a crash loses a few seconds,
//! not a session. The file is an ordinary project (with `autosave_of`
//! naming the project it belongs to), written atomically while there are
//! unsaved changes, deleted by a clean save or exit, and offered back at
//! the next start.

use std::path::Path;
use std::time::{Duration, Instant};

use super::{Project, ProjectError};

/// File name of the recovery file in the configuration folder.
pub const RECOVERY_FILE_NAME: &str = "recovery.corridor";

/// How long unsaved work waits before it is autosaved.
pub const AUTOSAVE_INTERVAL: Duration = Duration::from_secs(30);

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
/// autosaved, at most once per interval. The interval is asked first
/// ([`Autosave::wait`]), so the state is only built when it could be written.
#[derive(Debug)]
pub struct Autosave {
    /// Shortest time between two writes.
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
    /// How long until a write is allowed; `None` when it is now.
    ///
    /// ```
    /// use std::time::{Duration, Instant};
    /// use corridor_core::project::{Project, recovery::Autosave};
    /// let mut autosave = Autosave::default();
    /// let t0 = Instant::now();
    /// assert_eq!(autosave.wait(t0), None, "first unsaved state: at once");
    /// autosave.written(Project::default(), t0);
    /// assert_eq!(autosave.wait(t0 + Duration::from_secs(5)), Some(Duration::from_secs(25)));
    /// assert_eq!(autosave.wait(t0 + Duration::from_secs(31)), None);
    /// ```
    pub fn wait(&self, now: Instant) -> Option<Duration> {
        let since = now.duration_since(self.last_write?);
        (since < self.interval).then(|| self.interval - since)
    }

    /// Whether `project` differs from what was last written.
    ///
    /// ```
    /// use std::time::Instant;
    /// use corridor_core::project::{Project, recovery::Autosave};
    /// let mut autosave = Autosave::default();
    /// let project = Project::default();
    /// assert!(autosave.is_new(&project));
    /// autosave.written(project.clone(), Instant::now());
    /// assert!(!autosave.is_new(&project), "nothing new");
    /// let mut changed = project.clone();
    /// changed.current.name = "Sonora".into();
    /// assert!(autosave.is_new(&changed));
    /// ```
    pub fn is_new(&self, project: &Project) -> bool {
        self.last_written.as_ref() != Some(project)
    }

    /// `project` was written at `now`.
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
