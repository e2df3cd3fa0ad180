//! The open project: its file, whether the state differs from what was
//! saved, autosaving to the recovery file, and the commands of the File
//! menu that open, save and export. Everything it writes goes through the
//! core (`corridor_core::project`, `corridor_core::export::data`).

use super::output_guard::ProjectFile;
use corridor_core::i18n::ToPhrase;
use corridor_core::phrase;
use std::path::{Path, PathBuf};
use std::time::Instant;

use corridor_core::task::{Task, TaskPoll};

use super::commands::{Command, Framing, LoadMode};
use super::corridor_app::{CorridorApp, repainter};
use super::notice::Notice;
use super::unsaved_changes::Replacing;
use corridor_core::briefing::SavedView;
use corridor_core::export::data::{DataFormat, export_data};
use corridor_core::import::DataSource;
use corridor_core::import::mapping::ColumnMapping;
use corridor_core::project::OutsideSources;
use corridor_core::project::paths::project_dir;
use corridor_core::project::recovery::{Autosave, read_recovery, remove_recovery, write_recovery};
use corridor_core::project::source::sources_for;
use corridor_core::project::{
    EXTENSION, ImportChoices, Project, ProjectSource, SourceStatus, display_name, read_project,
};
use corridor_core::scene::MapView;

use super::file_chooser::{ChooseKind, FileRequest};
use crate::tr;

/// Most recent projects listed in the File menu.
pub const MAX_RECENT: usize = 8;

/// Thread name of the task that reads and hashes a project's data files.
pub const SOURCE_CHECK_TASK: &str = "corridor-source-check";

#[derive(Clone, Debug, PartialEq)]
pub enum ProjectCommand {
    /// Forget the project file and start again from the demo data.
    New,
    OpenDialog,
    /// A project file picked in the open dialog (the unsaved work was
    /// asked about already).
    OpenChosen(PathBuf),
    Open(PathBuf),
    /// Save to the project's file, or ask for one.
    Save,
    SaveAsDialog,
    SaveTo(PathBuf),
    /// Save, then go on with what asked to save first (New, Open, Quit).
    SaveAndThen {
        path: PathBuf,
        then: Replacing,
    },
    SetEmbedData(bool),
    /// Ask where a changed or missing source is now.
    LocateSource(usize),
    RelocateSource {
        index: usize,
        path: PathBuf,
    },
    /// Read the project's data files outside its folder (remembered for
    /// this project file).
    AllowOutside,
    /// Whether a changed source is read as it is now or left out.
    ChooseChanged {
        index: usize,
        choice: ChangedSource,
    },
    /// Open with the sources as they are: changed ones as chosen, missing
    /// ones (and files outside the folder not allowed) left out.
    OpenAnyway,
    CancelOpen,
    RestoreRecovery,
    DiscardRecovery,
    ExportDataDialog,
    ExportDataTo(PathBuf),
    /// Ask where to write the alias key.
    SaveAliasKeyDialog,
    /// Write the key from aliases to real names (kept apart from exports).
    SaveAliasKeyTo(PathBuf),
    /// The answer to "save the changes?".
    AnswerUnsaved(super::unsaved_changes::UnsavedAnswer),
    /// File › Hand over…: open its window.
    HandoverDialog,
    /// Close the hand-over window.
    CloseHandover,
    /// Ask where to write the package the window describes.
    HandoverChoose(super::handover::HandoverForm),
    /// Write the package.
    HandoverTo {
        path: PathBuf,
        form: super::handover::HandoverForm,
    },
}

/// What to do with a data file whose SHA-256 differs from the project's.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ChangedSource {
    /// Leave it out: a file that is not what the project was made from
    /// does not slip into its views unasked.
    #[default]
    Skip,
    /// Read it as it is now.
    LoadAnyway,
}

/// A project whose sources did not all check out, waiting for the user.
#[derive(Clone, Debug)]
pub struct SourceDialog {
    /// The project file; `None` for an untitled session being restored.
    pub path: Option<PathBuf>,
    pub project: Project,
    pub statuses: Vec<SourceStatus>,
    pub restored: bool,
    /// Whether its data files outside its folder may be read.
    pub outside: OutsideSources,
    /// Per source (by index), what to do if it changed; absent is
    /// [`ChangedSource::Skip`].
    pub changed: std::collections::BTreeMap<usize, ChangedSource>,
}

impl SourceDialog {
    /// The folder relative source paths start from.
    pub fn base_dir(&self) -> Option<PathBuf> {
        self.path.as_deref().map(project_dir)
    }
}

/// Unsaved work found in the recovery file at start.
#[derive(Clone, Debug)]
pub struct RecoveryOffer {
    pub file: PathBuf,
    pub project: Project,
    /// When it was written, for the dialog.
    pub modified: Option<std::time::SystemTime>,
}

/// A project's data files being read and hashed on a worker (a big file
/// takes a second; the window must not stall meanwhile).
pub struct SourceCheck {
    dialog: SourceDialog,
    task: Task<Vec<SourceStatus>>,
}

/// A project loading: its state is applied once the data has landed.
#[derive(Clone, Debug)]
struct Pending {
    path: Option<PathBuf>,
    project: Project,
    restored: bool,
}

#[derive(Debug, Default)]
pub struct ProjectSession {
    /// The project file, once opened or saved.
    pub path: Option<PathBuf>,
    /// The sources of the project as last opened or saved (with embedded
    /// bytes), so a save keeps what the loaded data cannot tell.
    pub known_sources: Vec<ProjectSource>,
    /// The import choices of the open project, used by every load.
    pub import: ImportChoices,
    /// Save the data files' bytes inside the project.
    pub embed_data: bool,
    /// The state differs from the last save (camera moves aside).
    pub dirty: bool,
    /// The last saved state, camera masked; `None`: unsaved from the start.
    baseline: Option<Project>,
    /// Take the baseline when the next load lands (start, New).
    baseline_after_load: bool,
    pending: Option<Pending>,
    /// Where unsaved work is autosaved; `None` turns autosave off (tests,
    /// `--fresh`).
    recovery_path: Option<PathBuf>,
    autosave: Autosave,
    /// The unsaved state as last checked, waiting for the autosave interval.
    to_autosave: Option<Project>,
    /// Set when a command was applied: the state may have changed.
    pub touched: bool,
    checked_version: u64,
    title_sent: String,
    autosave_failed: bool,
    /// How many times the state was compared with the last save, for
    /// tests that it happens after commands only.
    pub checks: u64,
    /// The hand-over package the open project came from, as checked.
    pub received: Option<super::handover::ReceivedPackage>,
}

impl ProjectSession {
    /// Whether a project is being opened (its data loading, its views and
    /// settings applied once it has).
    pub fn is_opening(&self) -> bool {
        self.pending.is_some()
    }

    /// A session whose baseline is taken when the first load lands.
    pub fn new(recovery_path: Option<PathBuf>) -> Self {
        Self {
            recovery_path,
            baseline_after_load: true,
            ..Default::default()
        }
    }

    /// Where unsaved work is autosaved.
    pub fn recovery_path(&self) -> Option<&Path> {
        self.recovery_path.as_deref()
    }

    /// The project file's name, or "Untitled".
    pub fn display_name(&self) -> String {
        self.path
            .as_deref()
            .map_or_else(|| tr!("main-untitled"), display_name)
    }

    /// The importer's options: the project's import choices, with the
    /// remembered column mappings after its own (the newest wins).
    pub fn import_options(
        &self,
        remembered: &[ColumnMapping],
    ) -> corridor_core::import::ImportOptions {
        let mut choices = self.import.clone();
        choices.mappings.extend(remembered.iter().cloned());
        // Overrides were checked when the project was opened.
        choices.options().unwrap_or_else(|_| {
            let mut options = corridor_core::import::ImportOptions {
                date_order: choices.date_order,
                agencies: choices.agencies,
                excluded_sheets: choices.excluded_sheets,
                matrix_rows: choices.matrix_rows,
                ..Default::default()
            };
            options.hints.mappings = choices.mappings;
            options
        })
    }
}

/// The project with the parts that do not count as unsaved work cleared:
/// the camera (looking around is not editing) and the writer's version.
fn masked(mut project: Project) -> Project {
    project.current.camera = MapView::default();
    project.saved_by.clear();
    project.autosave_of = None;
    project
}

impl CorridorApp {
    /// The state as a project (no data embedded), as it would be saved.
    pub fn project_snapshot(&self) -> Project {
        let session = &self.session;
        let dir = session.project.path.as_deref().map(project_dir);
        let sources = sources_for(
            &session.data.dataset().sources,
            &session.project.known_sources,
            dir.as_deref(),
            false,
        )
        .unwrap_or_default();
        let current = SavedView {
            name: String::new(),
            camera: self.window.map.view(),
            filter: self.settings.filter.clone(),
            density: self.settings.density.clone(),
            grouping: self.settings.grouping,
            lock_scales: self.settings.lock_scales,
            coloring: self.settings.coloring,
            marks: self.settings.marks,
            theme: self.settings.theme,
            selection: session.selection.clone(),
            ..SavedView::default()
        };
        let mut project = Project {
            sources,
            import: ImportChoices {
                mappings: self.settings.mappings.clone(),
                ..session.project.import.clone()
            },
            ..Project::default()
        };
        project.set_state(&session.briefing, current);
        project
    }

    /// "Corridor — NAME", with `*` while there are unsaved changes.
    pub fn window_title(&self) -> String {
        let project = &self.session.project;
        let marker = if project.dirty { "*" } else { "" };
        format!("Corridor — {}{marker}", project.display_name())
    }

    pub(super) fn apply_project(&mut self, command: ProjectCommand, ctx: &egui::Context) {
        match command {
            ProjectCommand::New => {
                if !self.must_confirm(Replacing::New) {
                    self.new_project(ctx);
                }
            }
            ProjectCommand::OpenDialog => {
                if self.must_confirm(Replacing::OpenDialog) {
                    return;
                }
                let request = FileRequest::new(ChooseKind::OpenFile, tr!("main-open-project"))
                    .filter(&tr!("main-project-or-package"), &[EXTENSION, "zip"])
                    .directory(self.settings.last_folder.as_ref());
                self.choose_file(
                    request,
                    Box::new(|mut paths| {
                        Command::Project(ProjectCommand::OpenChosen(paths.remove(0)))
                    }),
                );
            }
            ProjectCommand::OpenChosen(path) => {
                // The unsaved work was asked about before the chooser opened.
                self.confirmed();
                self.push(Command::Project(ProjectCommand::Open(path)));
            }
            ProjectCommand::Open(path) => {
                if !self.must_confirm(Replacing::Open(path.clone())) {
                    self.open_project(path, ctx);
                }
            }
            ProjectCommand::AnswerUnsaved(answer) => self.answer_unsaved(answer),
            ProjectCommand::Save => match self.session.project.path.clone() {
                Some(path) => {
                    self.save_project(&path);
                }
                None => self.push(Command::Project(ProjectCommand::SaveAsDialog)),
            },
            ProjectCommand::SaveAsDialog => self.ask_save(None),
            ProjectCommand::SaveTo(path) => {
                if !self.refuses_output(&path, ProjectFile::MayBeOutput) {
                    self.save_project(&path);
                }
            }
            ProjectCommand::SaveAndThen { path, then } => {
                if !self.refuses_output(&path, ProjectFile::MayBeOutput) && self.save_project(&path)
                {
                    self.confirmed();
                    self.push(then.command());
                }
            }
            ProjectCommand::SetEmbedData(on) => self.session.project.embed_data = on,
            ProjectCommand::LocateSource(index) => {
                let name = self
                    .dialogs
                    .sources
                    .as_ref()
                    .and_then(|d| d.project.sources.get(index))
                    .map(|s| s.name.clone())
                    .unwrap_or_default();
                let request =
                    FileRequest::new(ChooseKind::OpenFile, tr!("main-locate-source", name = name))
                        .directory(self.settings.last_folder.as_ref());
                self.choose_file(
                    request,
                    Box::new(move |mut paths| {
                        Command::Project(ProjectCommand::RelocateSource {
                            index,
                            path: paths.remove(0),
                        })
                    }),
                );
            }
            ProjectCommand::RelocateSource { index, path } => {
                self.relocate_source(index, &path, ctx);
            }
            ProjectCommand::AllowOutside => self.allow_outside(ctx),
            ProjectCommand::ChooseChanged { index, choice } => {
                if let Some(dialog) = self.dialogs.sources.as_mut() {
                    dialog.changed.insert(index, choice);
                }
            }
            ProjectCommand::OpenAnyway => {
                if let Some(dialog) = self.dialogs.sources.take() {
                    self.load_project(dialog, ctx);
                }
            }
            ProjectCommand::CancelOpen => self.dialogs.sources = None,
            ProjectCommand::RestoreRecovery => {
                if let Some(offer) = self.dialogs.recovery.take() {
                    let path = offer.project.autosave_of.clone().map(PathBuf::from);
                    self.check_and_load(path, offer.project, true, ctx);
                }
            }
            ProjectCommand::DiscardRecovery => {
                if let Some(offer) = self.dialogs.recovery.take()
                    && let Err(error) = remove_recovery(&offer.file)
                {
                    self.window.notice = Some(Notice::error(phrase!(
                        "main-recovery-not-deleted",
                        path = offer.file.display().to_string(),
                        error = corridor_core::i18n::system_error(&error)
                    )));
                }
            }
            ProjectCommand::ExportDataDialog => {
                let name = self
                    .session
                    .project
                    .path
                    .as_deref()
                    .map_or_else(|| "corridor-export".to_owned(), display_name);
                let mut request =
                    FileRequest::new(ChooseKind::SaveFile, tr!("main-export-data-title"))
                        .file_name(format!("{name}.csv"))
                        .directory(self.settings.last_folder.as_ref());
                for format in DataFormat::ALL {
                    request = request.filter(
                        &format.label(crate::app::i18n::lang()),
                        &[format.extension()],
                    );
                }
                self.choose_file(
                    request,
                    Box::new(|mut paths| {
                        Command::Project(ProjectCommand::ExportDataTo(paths.remove(0)))
                    }),
                );
            }
            ProjectCommand::ExportDataTo(path) => {
                if !self.refuses_output(&path, ProjectFile::IsInput) {
                    self.export_data_to(path);
                }
            }
            ProjectCommand::SaveAliasKeyDialog => {
                let request = FileRequest::new(ChooseKind::SaveFile, tr!("main-alias-key-title"))
                    .file_name("alias-key.csv")
                    .filter("CSV", &["csv"])
                    .directory(self.settings.last_folder.as_ref());
                self.choose_file(
                    request,
                    Box::new(|mut paths| {
                        Command::Project(ProjectCommand::SaveAliasKeyTo(paths.remove(0)))
                    }),
                );
            }
            ProjectCommand::SaveAliasKeyTo(path) => {
                if !self.refuses_output(&path, ProjectFile::IsInput) {
                    self.save_alias_key(&path);
                }
            }
            ProjectCommand::HandoverDialog => self.open_handover_form(),
            ProjectCommand::CloseHandover => self.dialogs.handover = None,
            ProjectCommand::HandoverChoose(form) => self.choose_handover_file(form),
            ProjectCommand::HandoverTo { path, form } => self.hand_over_to(&path, &form),
        }
    }

    fn new_project(&mut self, ctx: &egui::Context) {
        let project = &mut self.session.project;
        project.path = None;
        project.received = None;
        project.known_sources.clear();
        project.import = ImportChoices::default();
        project.embed_data = false;
        project.baseline = None;
        project.baseline_after_load = true;
        project.pending = None;
        self.session.briefing = Default::default();
        self.session.selection = Default::default();
        self.settings.filter = Default::default();
        self.settings.density = Default::default();
        self.start_load(
            corridor_core::demo::demo_sources(),
            ctx,
            Framing::FitToData,
            LoadMode::Replace,
        );
    }

    fn open_project(&mut self, path: PathBuf, ctx: &egui::Context) {
        if corridor_core::project::handover::is_zip_path(&path) {
            self.open_package_zip(&path, ctx);
            return;
        }
        match read_project(&path) {
            Ok(project) => {
                if let Err(reason) = project.import.options() {
                    // The file, then why in the language shown.
                    let file = format!("{}:", path.display());
                    self.window.notice = Some(Notice::error(file).then(reason));
                    return;
                }
                self.remember_recent(&path);
                self.note_package_of(&path, &project);
                self.check_and_load(Some(path), project, false, ctx);
            }
            Err(error) => {
                self.window.notice = Some(Notice::error(phrase!(
                    "main-project-not-opened",
                    error = error.phrase()
                )));
            }
        }
    }

    /// A project read from elsewhere (a package zip), checked and loaded
    /// with no file of its own.
    pub(super) fn check_and_load_project(
        &mut self,
        path: Option<PathBuf>,
        project: Project,
        ctx: &egui::Context,
    ) {
        if let Err(reason) = project.import.options() {
            self.window.notice = Some(Notice::error(reason));
            return;
        }
        self.check_and_load(path, project, false, ctx);
    }

    /// Checks every source on a worker; [`Self::poll_source_check`] loads
    /// at once when all are fine, else asks.
    fn check_and_load(
        &mut self,
        path: Option<PathBuf>,
        project: Project,
        restored: bool,
        ctx: &egui::Context,
    ) {
        // A recovery file this Corridor wrote, or a project this user saved
        // or allowed, reads its files wherever they are; any other project
        // only inside its folder until the user allows more.
        let outside = if restored || path.as_deref().is_some_and(|p| self.is_trusted(p)) {
            OutsideSources::Allow
        } else {
            OutsideSources::Refuse
        };
        let dialog = SourceDialog {
            path,
            project,
            statuses: Vec::new(),
            restored,
            outside,
            changed: Default::default(),
        };
        self.check_sources(dialog, ctx);
    }

    /// Checks the dialog's sources on a worker.
    fn check_sources(&mut self, dialog: SourceDialog, ctx: &egui::Context) {
        let base = dialog.base_dir().unwrap_or_default();
        let sources = dialog.project.sources.clone();
        let outside = dialog.outside;
        let task = self.jobs.spawner.spawn(
            SOURCE_CHECK_TASK,
            "checking the project's data files",
            repainter(ctx),
            move |_| {
                let mut hashes = corridor_core::project::source::FileHashes::default();
                sources
                    .iter()
                    .map(|s| s.check_with(&base, outside, &mut hashes))
                    .collect()
            },
        );
        self.jobs.source_check = Some(SourceCheck { dialog, task });
    }

    pub(super) fn poll_source_check(&mut self, ctx: &egui::Context) {
        let Some(check) = &mut self.jobs.source_check else {
            return;
        };
        let statuses = match check.task.poll() {
            TaskPoll::Pending => return,
            TaskPoll::Done(statuses) => Ok(statuses),
            TaskPoll::Failed(failure) => Err(failure),
        };
        let Some(SourceCheck { mut dialog, .. }) = self.jobs.source_check.take() else {
            return;
        };
        dialog.statuses = match statuses {
            Ok(statuses) => statuses,
            Err(failure) => {
                self.window.notice = Some(Notice::task_failed(
                    &failure,
                    &tr!("main-kept-project-not-opened"),
                ));
                return;
            }
        };
        if dialog.statuses.iter().all(SourceStatus::is_ok) {
            self.load_project(dialog, ctx);
        } else {
            self.dialogs.sources = Some(dialog);
        }
    }

    fn relocate_source(&mut self, index: usize, path: &Path, ctx: &egui::Context) {
        let Some(dialog) = self.dialogs.sources.as_mut() else {
            return;
        };
        let base = dialog.base_dir();
        let Some(source) = dialog.project.sources.get_mut(index) else {
            return;
        };
        source.relocate(path, base.as_deref());
        // The user chose this file: it is read wherever it is.
        dialog.statuses[index] = source.check(&base.unwrap_or_default(), OutsideSources::Allow);
        if dialog.statuses.iter().all(SourceStatus::is_ok)
            && let Some(dialog) = self.dialogs.sources.take()
        {
            self.load_project(dialog, ctx);
        }
    }

    /// Whether `path` is a project file this user saved or allowed, as its
    /// bytes are now.
    fn is_trusted(&self, path: &Path) -> bool {
        let path = corridor_core::project::paths::absolute(path);
        let Some(sha256) = file_sha256(&path) else {
            return false;
        };
        self.settings
            .trusted_projects
            .iter()
            .any(|t| t.path == path && t.sha256 == sha256)
    }

    /// Remembers `path`, as its bytes are now, as trusted.
    fn trust(&mut self, path: &Path) {
        let path = corridor_core::project::paths::absolute(path);
        let Some(sha256) = file_sha256(&path) else {
            return;
        };
        let trusted = &mut self.settings.trusted_projects;
        trusted.retain(|t| t.path != path);
        trusted.insert(0, super::settings::TrustedProject { path, sha256 });
        trusted.truncate(super::settings::MAX_TRUSTED_PROJECTS);
    }

    /// The user allowed the project's files outside its folder: remembered
    /// for this project file, and its sources checked again.
    fn allow_outside(&mut self, ctx: &egui::Context) {
        let Some(mut dialog) = self.dialogs.sources.take() else {
            return;
        };
        if let Some(path) = dialog.path.clone() {
            self.trust(&path);
        }
        dialog.outside = OutsideSources::Allow;
        self.check_sources(dialog, ctx);
    }

    /// Loads the sources that can be loaded and applies the project once
    /// they have landed.
    fn load_project(&mut self, dialog: SourceDialog, ctx: &egui::Context) {
        let mut sources: Vec<DataSource> = Vec::new();
        // The same file named twice (by any spelling of its path, or as two
        // sheets of one workbook: the same bytes) loads once.
        let mut seen = std::collections::HashSet::new();
        let first = corridor_core::project::source::first_of_their_bytes(&dialog.project.sources);
        let mut skipped = Vec::new();
        for (index, (source, status)) in dialog
            .project
            .sources
            .iter()
            .zip(&dialog.statuses)
            .enumerate()
        {
            if matches!(status, SourceStatus::Changed { .. })
                && dialog.changed.get(&index).copied().unwrap_or_default() == ChangedSource::Skip
            {
                skipped.push(source.name.clone());
                continue;
            }
            if !first[index] {
                continue;
            }
            match source.data_source(status) {
                Ok(Some(DataSource::Path(path))) => {
                    let key = std::fs::canonicalize(&path).unwrap_or_else(|_| path.clone());
                    if seen.insert(key) {
                        sources.push(DataSource::Path(path));
                    }
                }
                Ok(Some(data)) => sources.push(data),
                Ok(None) => {}
                Err(error) => {
                    self.window.notice = Some(Notice::error(phrase!(
                        "main-project-not-opened",
                        error = error.phrase()
                    )));
                    return;
                }
            }
        }
        for mapping in &dialog.project.import.mappings {
            let headers: Vec<&str> = mapping.headers.iter().map(String::as_str).collect();
            self.settings.mappings.retain(|m| !m.matches(&headers));
            self.settings.mappings.push(mapping.clone());
        }
        self.session.project.import = ImportChoices {
            mappings: Vec::new(),
            ..dialog.project.import.clone()
        };
        self.dialogs.sources = None;
        let pending = Pending {
            path: dialog.path,
            project: dialog.project,
            restored: dialog.restored,
        };
        if sources.is_empty() {
            self.window.notice = Some(Notice::error(phrase!("main-project-no-sources")));
            self.apply_pending(pending);
        } else {
            self.session.project.pending = Some(pending);
            self.start_load(sources, ctx, Framing::KeepCamera, LoadMode::Replace);
        }
        if !skipped.is_empty() {
            self.window.notice = Some(Notice::error(phrase!(
                "main-project-changed-left-out",
                names = skipped.join(", "),
                count = skipped.len()
            )));
        }
    }

    /// Puts the project's state on screen once its data is there.
    fn apply_pending(&mut self, pending: Pending) {
        let Pending {
            path,
            project,
            restored,
            ..
        } = pending;
        let current = &project.current;
        self.settings.filter = current.filter.clone();
        self.settings.density = current.density.clone();
        self.settings.grouping = current.grouping;
        self.settings.lock_scales = current.lock_scales;
        self.settings.coloring = current.coloring;
        self.settings.marks = current.marks;
        self.settings.theme = current.theme;
        self.session.selection = current.selection.clone();
        set_camera(&mut self.window.map, current.camera);
        self.session.briefing = project.briefing();
        let session = &mut self.session.project;
        session.embed_data = project.sources.iter().any(|s| s.embedded.is_some());
        session.path = path;
        session.known_sources = project.sources;
        session.baseline_after_load = false;
        session.autosave.reset();
        session.touched = true;
        self.session.project.baseline = (!restored).then(|| masked(self.project_snapshot()));
    }

    /// Asks where to save the project (the extension added when the user
    /// left it out), then saves there and, when the save was asked for
    /// before replacing the session, goes on with `then`.
    pub(super) fn ask_save(&mut self, then: Option<Replacing>) {
        let name = self
            .session
            .project
            .path
            .as_deref()
            .and_then(Path::file_name)
            .map_or_else(
                || format!("{}.{EXTENSION}", tr!("main-default-project-name")),
                |n| n.to_string_lossy().into_owned(),
            );
        let request = FileRequest::new(ChooseKind::SaveFile, tr!("main-save-project"))
            .file_name(name)
            .filter(&tr!("main-corridor-project"), &[EXTENSION])
            .directory(self.settings.last_folder.as_ref());
        self.choose_file(
            request,
            Box::new(move |mut paths| {
                let path = paths.remove(0);
                let path = if path.extension().is_none() {
                    path.with_extension(EXTENSION)
                } else {
                    path
                };
                Command::Project(match then {
                    Some(then) => ProjectCommand::SaveAndThen { path, then },
                    None => ProjectCommand::SaveTo(path),
                })
            }),
        );
    }

    /// Saves the session to `path`; says how it went in a notice and
    /// returns whether it was saved.
    pub(super) fn save_project(&mut self, path: &Path) -> bool {
        let path = &if path.extension().is_none() {
            path.with_extension(EXTENSION)
        } else {
            path.to_path_buf()
        };
        let dir = project_dir(path);
        let mut project = self.project_snapshot();
        let session = &self.session;
        let sources = sources_for(
            &session.data.dataset().sources,
            &session.project.known_sources,
            Some(&dir),
            session.project.embed_data,
        );
        project.sources = match sources {
            Ok(sources) => sources,
            Err(error) => {
                self.window.notice = Some(Notice::error(phrase!(
                    "main-project-not-saved",
                    error = error.phrase()
                )));
                return false;
            }
        };
        if let Err(error) = project.save(path) {
            self.window.notice = Some(Notice::error(phrase!(
                "main-project-not-saved",
                error = error.phrase()
            )));
            return false;
        }
        // Saved by this user on this machine: its paths need no consent.
        self.trust(path);
        let session = &mut self.session.project;
        session.path = Some(path.to_path_buf());
        session.known_sources = project.sources;
        session.baseline_after_load = false;
        session.touched = true;
        self.session.project.baseline = Some(masked(self.project_snapshot()));
        if let Some(folder) = path.parent() {
            self.settings.last_folder = Some(folder.to_path_buf());
        }
        self.remember_recent(path);
        self.remove_recovery_file();
        self.window.notice = Some(Notice::info(phrase!(
            "main-project-saved",
            path = path.display().to_string()
        )));
        true
    }

    fn remember_recent(&mut self, path: &Path) {
        let path = corridor_core::project::paths::absolute(path);
        let recent = &mut self.settings.recent_projects;
        recent.retain(|p| *p != path);
        recent.insert(0, path);
        recent.truncate(MAX_RECENT);
    }

    /// The user chose "Don't save": the recovery file goes and the work
    /// counts as handled, so neither an exit nor an autosave keeps it.
    pub(super) fn discard_unsaved(&mut self) {
        self.remove_recovery_file();
        // The state as it is becomes the baseline: nothing left unsaved
        // for the next check or autosave to write back.
        self.session.project.baseline = Some(masked(self.project_snapshot()));
        self.session.project.dirty = false;
    }

    fn remove_recovery_file(&mut self) {
        let project = &mut self.session.project;
        if let Some(file) = &project.recovery_path {
            // A leftover recovery file is only offered again; no need to fail.
            let _ = remove_recovery(file);
        }
        project.autosave.reset();
        project.to_autosave = None;
    }

    /// Writes which real dealer and purchaser each alias stands for.
    fn save_alias_key(&mut self, path: &Path) {
        let dataset = self.session.data.dataset();
        let purchasers = corridor_core::briefing::aliases::PurchaserAliases::build(dataset);
        let written = corridor_core::briefing::aliases::alias_key_csv(dataset, &purchasers)
            .map_err(|e| phrase!("import-text", text = e.to_string()))
            .and_then(|text| {
                corridor_core::project::atomic::write_atomic(path, text.as_bytes())
                    .map_err(|e| e.phrase())
            });
        self.window.notice = Some(match written {
            Ok(()) => Notice::info(phrase!(
                "main-alias-key-saved",
                path = path.display().to_string()
            )),
            Err(error) => Notice::error(phrase!(
                "main-alias-key-not-saved",
                path = path.display().to_string(),
                error = error
            )),
        });
    }

    fn export_data_to(&mut self, path: PathBuf) {
        let format = DataFormat::from_path(&path).unwrap_or_default();
        let session = &self.session;
        let title = session
            .project
            .path
            .as_deref()
            .map_or_else(|| tr!("main-export-title"), display_name);
        let result = export_data(
            session.data.dataset(),
            &session.data.view_data.index,
            &self.settings.filter,
            session.briefing.redaction,
            format,
            corridor_core::export::data::ExportWords {
                title: &title,
                lang: crate::app::i18n::lang(),
            },
            &path,
        );
        let redacted = session.briefing.redaction.is_active();
        self.window.notice = Some(match result {
            Ok(written) => {
                let path = written.path.display().to_string();
                Notice::info(if redacted {
                    tr!(
                        "main-data-exported-redacted",
                        count = written.traces,
                        format = format.extension(),
                        path = path
                    )
                } else {
                    tr!(
                        "main-data-exported",
                        count = written.traces,
                        format = format.extension(),
                        path = path
                    )
                })
            }
            Err(error) => Notice::error(phrase!("main-data-not-exported", error = error.phrase())),
        });
    }

    /// Offers the recovery file back if there is one (at start).
    pub(super) fn check_recovery(&mut self) {
        let Some(file) = self.session.project.recovery_path.clone() else {
            return;
        };
        match read_recovery(&file) {
            None => {}
            Some(Ok(project)) => {
                self.dialogs.recovery = Some(RecoveryOffer {
                    modified: std::fs::metadata(&file).and_then(|m| m.modified()).ok(),
                    file,
                    project,
                });
            }
            Some(Err(error)) => {
                self.window.notice = Some(Notice::error(phrase!(
                    "main-recovery-unreadable",
                    error = error.phrase()
                )));
            }
        }
    }

    /// After each frame: apply a project whose data has landed, update the
    /// unsaved marker and the window title, autosave.
    pub(super) fn project_after_frame(&mut self, ctx: &egui::Context) {
        let version = self.session.data.version;
        if !self.is_loading() {
            if let Some(pending) = self.session.project.pending.take() {
                // Applied whether or not the load brought data: the notice
                // of the load says what went wrong.
                self.apply_pending(pending);
            } else if self.session.project.baseline_after_load
                && version != self.session.project.checked_version
            {
                self.session.project.baseline = Some(masked(self.project_snapshot()));
                self.session.project.baseline_after_load = false;
            }
        }
        // Only commands and new data change what a project saves (panels
        // edit nothing directly; camera moves do not count), so the state
        // is compared with the last save only after them.
        let project = &self.session.project;
        if project.touched || version != project.checked_version {
            let snapshot = self.project_snapshot();
            let project = &mut self.session.project;
            project.touched = false;
            project.checked_version = version;
            project.checks += 1;
            project.dirty = match &project.baseline {
                Some(baseline) => *baseline != masked(snapshot.clone()),
                None => !project.baseline_after_load,
            };
            project.to_autosave = project.dirty.then_some(snapshot);
        }
        let title = self.window_title();
        if title != self.session.project.title_sent {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.session.project.title_sent = title;
        }
        self.autosave(ctx);
    }

    /// Writes the unsaved state to the recovery file, at most once per
    /// interval and only when it changed since the last write.
    fn autosave(&mut self, ctx: &egui::Context) {
        let loading = self.is_loading();
        let offering = self.dialogs.recovery.is_some();
        let project = &mut self.session.project;
        let Some(file) = project.recovery_path.clone() else {
            return;
        };
        if !project.dirty || project.to_autosave.is_none() || loading || offering {
            return;
        }
        let now = Instant::now();
        if let Some(wait) = project.autosave.wait(now) {
            // Come back when the interval is over, even if nothing moves.
            ctx.request_repaint_after(wait);
            return;
        }
        let Some(mut state) = project.to_autosave.take() else {
            return;
        };
        state.autosave_of = project
            .path
            .as_deref()
            .map(|p| p.to_string_lossy().into_owned());
        if !project.autosave.is_new(&state) {
            return;
        }
        match write_recovery(&file, &state) {
            Ok(()) => project.autosave_failed = false,
            Err(error) if !project.autosave_failed => {
                project.autosave_failed = true;
                self.window.notice = Some(Notice::error(phrase!(
                    "main-autosave-failed",
                    error = error.phrase()
                )));
            }
            Err(_) => {}
        }
        project.autosave.written(state, now);
    }

    /// On a clean exit (nothing unsaved) the recovery file goes.
    pub fn project_on_exit(&mut self) {
        if !self.session.project.dirty {
            self.remove_recovery_file();
        }
    }
}

/// Moves the map to a saved camera.
fn set_camera(map: &mut super::map::MapState, view: MapView) {
    map.memory
        .center_at(walkers::lat_lon(view.center_lat_deg, view.center_lon_deg));
    let zoom = view.zoom.clamp(super::map::MIN_ZOOM, super::map::MAX_ZOOM);
    let _ = map.memory.set_zoom(zoom);
    map.fit_pending = false;
}

/// The SHA-256 of a (small) project file as it is now.
fn file_sha256(path: &Path) -> Option<String> {
    if corridor_core::import::file_kind::not_a_regular_file(path).is_some() {
        return None;
    }
    std::fs::read(path)
        .ok()
        .map(|bytes| corridor_core::project::source::sha256_hex(&bytes))
}
