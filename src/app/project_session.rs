//! The open project: its file, whether the state differs from what was
//! saved, autosaving to the recovery file, and the commands of the File
//! menu that open, save and export. Everything it writes goes through the
//! core (`crate::project`, `crate::export::data`).

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::time::Instant;

use super::commands::Command;
use super::corridor_app::{CorridorApp, Notice};
use super::unsaved_changes::Replacing;
use crate::briefing::SavedView;
use crate::export::data::{DataFormat, export_data};
use crate::import::DataSource;
use crate::import::mapping::ColumnMapping;
use crate::project::paths::project_dir;
use crate::project::recovery::{Autosave, read_recovery, remove_recovery, write_recovery};
use crate::project::source::sources_for;
use crate::project::{
    EXTENSION, ImportChoices, Project, ProjectSource, SourceStatus, display_name, read_project,
};
use crate::scene::MapView;

/// Most recent projects listed in the File menu.
pub const MAX_RECENT: usize = 8;

#[derive(Clone, Debug, PartialEq)]
pub enum ProjectCommand {
    /// Forget the project file and start again from the demo data.
    New,
    OpenDialog,
    Open(PathBuf),
    /// Save to the project's file, or ask for one.
    Save,
    SaveAsDialog,
    SaveTo(PathBuf),
    SetEmbedData(bool),
    /// Ask where a changed or missing source is now.
    LocateSource(usize),
    RelocateSource {
        index: usize,
        path: PathBuf,
    },
    /// Open with the sources as they are (changed ones read, missing ones left out).
    OpenAnyway,
    CancelOpen,
    RestoreRecovery,
    DiscardRecovery,
    ExportDataDialog,
    ExportDataTo(PathBuf),
    /// The answer to "save the changes?".
    AnswerUnsaved(super::unsaved_changes::UnsavedAnswer),
}

/// A project whose sources did not all check out, waiting for the user.
#[derive(Clone, Debug)]
pub struct SourceDialog {
    /// The project file; `None` for an untitled session being restored.
    pub path: Option<PathBuf>,
    pub project: Project,
    pub statuses: Vec<SourceStatus>,
    pub restored: bool,
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
    pub source_dialog: Option<SourceDialog>,
    /// A project whose data files are being read and hashed on a worker
    /// (a big file takes a second; the window must not stall meanwhile).
    checking: Option<(SourceDialog, Receiver<Vec<SourceStatus>>)>,
    pub recovery_offer: Option<RecoveryOffer>,
    /// Where unsaved work is autosaved; `None` turns autosave off (tests,
    /// `--fresh`).
    pub recovery_path: Option<PathBuf>,
    autosave: Autosave,
    /// Set when a command was applied: the state may have changed.
    pub touched: bool,
    checked_version: u64,
    title_sent: String,
    autosave_failed: bool,
}

impl ProjectSession {
    /// A session whose baseline is taken when the first load lands.
    pub fn new(recovery_path: Option<PathBuf>) -> Self {
        Self {
            recovery_path,
            baseline_after_load: true,
            ..Default::default()
        }
    }

    /// The importer's options: the project's import choices, with the
    /// remembered column mappings after its own (the newest wins).
    pub fn import_options(&self, remembered: &[ColumnMapping]) -> crate::import::ImportOptions {
        let mut choices = self.import.clone();
        choices.mappings.extend(remembered.iter().cloned());
        // Overrides were checked when the project was opened.
        choices.options().unwrap_or_else(|_| {
            let mut options = crate::import::ImportOptions {
                date_order: choices.date_order,
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

fn notice(text: String, is_error: bool) -> Option<Notice> {
    Some(Notice {
        text,
        is_error,
        offer_report: false,
    })
}

impl CorridorApp {
    /// The state as a project (no data embedded), as it would be saved.
    pub fn project_snapshot(&self) -> Project {
        let dir = self.project.path.as_deref().map(project_dir);
        let sources = sources_for(
            &self.data.dataset.sources,
            &self.project.known_sources,
            dir.as_deref(),
            false,
        )
        .unwrap_or_default();
        let current = SavedView {
            name: String::new(),
            camera: self.map.view(),
            filter: self.settings.filter.clone(),
            density: self.settings.density.clone(),
            grouping: self.settings.grouping,
            lock_scales: self.settings.lock_scales,
            coloring: self.settings.coloring,
            theme: self.settings.theme,
            selection: self.selection.clone(),
            ..SavedView::default()
        };
        let mut project = Project {
            sources,
            import: ImportChoices {
                mappings: self.settings.mappings.clone(),
                ..self.project.import.clone()
            },
            ..Project::default()
        };
        project.set_state(&self.briefing, current);
        project
    }

    /// "Corridor — NAME", with `*` while there are unsaved changes.
    pub fn window_title(&self) -> String {
        let name = self
            .project
            .path
            .as_deref()
            .map_or_else(|| "Untitled".to_owned(), display_name);
        let marker = if self.project.dirty { "*" } else { "" };
        format!("Corridor — {name}{marker}")
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
                let mut dialog = rfd::FileDialog::new()
                    .set_title("Open project")
                    .add_filter("Corridor project", &[EXTENSION]);
                if let Some(folder) = &self.settings.last_folder {
                    dialog = dialog.set_directory(folder);
                }
                match dialog.pick_file() {
                    Some(path) => {
                        self.confirmed();
                        self.push(Command::Project(ProjectCommand::Open(path)));
                    }
                    None => self.notice = notice(
                        "No project was chosen. If no dialog appeared, none is available on this system: drop the .corridor file onto the window.".to_owned(),
                        false,
                    ),
                }
            }
            ProjectCommand::Open(path) => {
                if !self.must_confirm(Replacing::Open(path.clone())) {
                    self.open_project(path, ctx);
                }
            }
            ProjectCommand::AnswerUnsaved(answer) => self.answer_unsaved(answer),
            ProjectCommand::Save => match self.project.path.clone() {
                Some(path) => {
                    self.save_project(&path);
                }
                None => self.push(Command::Project(ProjectCommand::SaveAsDialog)),
            },
            ProjectCommand::SaveAsDialog => {
                if let Some(path) = self.ask_save_path() {
                    self.push(Command::Project(ProjectCommand::SaveTo(path)));
                }
            }
            ProjectCommand::SaveTo(path) => {
                self.save_project(&path);
            }
            ProjectCommand::SetEmbedData(on) => self.project.embed_data = on,
            ProjectCommand::LocateSource(index) => {
                let name = self
                    .project
                    .source_dialog
                    .as_ref()
                    .and_then(|d| d.project.sources.get(index))
                    .map(|s| s.name.clone())
                    .unwrap_or_default();
                let picked = rfd::FileDialog::new()
                    .set_title(format!("Locate {name}"))
                    .set_file_name(&name)
                    .pick_file();
                if let Some(path) = picked {
                    self.push(Command::Project(ProjectCommand::RelocateSource {
                        index,
                        path,
                    }));
                }
            }
            ProjectCommand::RelocateSource { index, path } => {
                self.relocate_source(index, &path, ctx)
            }
            ProjectCommand::OpenAnyway => {
                if let Some(dialog) = self.project.source_dialog.take() {
                    self.load_project(dialog, ctx);
                }
            }
            ProjectCommand::CancelOpen => self.project.source_dialog = None,
            ProjectCommand::RestoreRecovery => {
                if let Some(offer) = self.project.recovery_offer.take() {
                    let path = offer.project.autosave_of.clone().map(PathBuf::from);
                    self.check_and_load(path, offer.project, true, ctx);
                }
            }
            ProjectCommand::DiscardRecovery => {
                if let Some(offer) = self.project.recovery_offer.take()
                    && let Err(error) = remove_recovery(&offer.file)
                {
                    self.notice = notice(
                        format!(
                            "Could not delete the recovery file {}: {error}",
                            offer.file.display()
                        ),
                        true,
                    );
                }
            }
            ProjectCommand::ExportDataDialog => {
                let name = self
                    .project
                    .path
                    .as_deref()
                    .map_or_else(|| "corridor-export".to_owned(), display_name);
                let mut dialog = rfd::FileDialog::new()
                    .set_title("Export the data of the filter")
                    .set_file_name(format!("{name}.csv"));
                for format in DataFormat::ALL {
                    dialog = dialog.add_filter(format.label(), &[format.extension()]);
                }
                if let Some(folder) = &self.settings.last_folder {
                    dialog = dialog.set_directory(folder);
                }
                match dialog.save_file() {
                    Some(path) => self.push(Command::Project(ProjectCommand::ExportDataTo(path))),
                    None => self.notice = notice(
                        "Nothing was exported: no file was chosen. If no dialog appeared, none is available on this system: `corridor export-data PATH... --format csv|geojson|kml --out FILE` writes the same.".to_owned(),
                        false,
                    ),
                }
            }
            ProjectCommand::ExportDataTo(path) => self.export_data_to(path),
        }
    }

    fn new_project(&mut self, ctx: &egui::Context) {
        self.project.path = None;
        self.project.known_sources.clear();
        self.project.import = ImportChoices::default();
        self.project.embed_data = false;
        self.project.baseline = None;
        self.project.baseline_after_load = true;
        self.project.pending = None;
        self.briefing = Default::default();
        self.settings.filter = Default::default();
        self.settings.density = Default::default();
        self.selection = Default::default();
        self.start_load(vec![super::demo::demo_source()], ctx, true, false);
    }

    fn open_project(&mut self, path: PathBuf, ctx: &egui::Context) {
        match read_project(&path) {
            Ok(project) => {
                if let Err(reason) = project.import.options() {
                    self.notice = notice(format!("{}: {reason}", path.display()), true);
                    return;
                }
                self.remember_recent(&path);
                self.check_and_load(Some(path), project, false, ctx);
            }
            Err(error) => {
                self.notice = notice(format!("Could not open the project: {error}"), true)
            }
        }
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
        let dialog = SourceDialog {
            path,
            project,
            statuses: Vec::new(),
            restored,
        };
        let base = dialog.base_dir().unwrap_or_default();
        let sources = dialog.project.sources.clone();
        let (sender, receiver) = channel();
        let repaint = ctx.clone();
        std::thread::spawn(move || {
            let statuses = sources.iter().map(|s| s.check(&base)).collect();
            // The window may have closed; nothing to tell then.
            let _ = sender.send(statuses);
            repaint.request_repaint();
        });
        self.project.checking = Some((dialog, receiver));
    }

    /// Whether a project's data files are being checked.
    pub fn is_checking_sources(&self) -> bool {
        self.project.checking.is_some()
    }

    fn poll_source_check(&mut self, ctx: &egui::Context) {
        let Some((_, receiver)) = &self.project.checking else {
            return;
        };
        let statuses = match receiver.try_recv() {
            Err(TryRecvError::Empty) => return,
            Ok(statuses) => Some(statuses),
            Err(TryRecvError::Disconnected) => None,
        };
        let Some((mut dialog, _)) = self.project.checking.take() else {
            return;
        };
        let Some(statuses) = statuses else {
            self.notice = notice(
                "Could not open the project: checking its data files stopped unexpectedly."
                    .to_owned(),
                true,
            );
            return;
        };
        dialog.statuses = statuses;
        if dialog.statuses.iter().all(SourceStatus::is_ok) {
            self.load_project(dialog, ctx);
        } else {
            self.project.source_dialog = Some(dialog);
        }
    }

    fn relocate_source(&mut self, index: usize, path: &Path, ctx: &egui::Context) {
        let Some(dialog) = self.project.source_dialog.as_mut() else {
            return;
        };
        let base = dialog.base_dir();
        let Some(source) = dialog.project.sources.get_mut(index) else {
            return;
        };
        source.relocate(path, base.as_deref());
        dialog.statuses[index] = source.check(&base.unwrap_or_default());
        if dialog.statuses.iter().all(SourceStatus::is_ok)
            && let Some(dialog) = self.project.source_dialog.take()
        {
            self.load_project(dialog, ctx);
        }
    }

    /// Loads the sources that can be loaded and applies the project once
    /// they have landed.
    fn load_project(&mut self, dialog: SourceDialog, ctx: &egui::Context) {
        let mut sources: Vec<DataSource> = Vec::new();
        for (source, status) in dialog.project.sources.iter().zip(&dialog.statuses) {
            match source.data_source(status) {
                Ok(Some(data)) => sources.push(data),
                Ok(None) => {}
                Err(error) => {
                    self.notice = notice(format!("Could not open the project: {error}"), true);
                    return;
                }
            }
        }
        for mapping in &dialog.project.import.mappings {
            let headers: Vec<&str> = mapping.headers.iter().map(String::as_str).collect();
            self.settings.mappings.retain(|m| !m.matches(&headers));
            self.settings.mappings.push(mapping.clone());
        }
        self.project.import = ImportChoices {
            mappings: Vec::new(),
            ..dialog.project.import.clone()
        };
        self.project.source_dialog = None;
        let pending = Pending {
            path: dialog.path,
            project: dialog.project,
            restored: dialog.restored,
        };
        if sources.is_empty() {
            self.notice = notice(
                "None of the project's data files could be found; its views and settings are shown over the data already loaded.".to_owned(),
                true,
            );
            self.apply_pending(pending);
        } else {
            self.project.pending = Some(pending);
            self.start_load(sources, ctx, false, false);
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
        self.settings.theme = current.theme;
        self.selection = current.selection.clone();
        set_camera(&mut self.map, current.camera);
        self.briefing = project.briefing();
        self.project.embed_data = project.sources.iter().any(|s| s.embedded.is_some());
        self.project.path = path;
        self.project.known_sources = project.sources;
        self.project.baseline = (!restored).then(|| masked(self.project_snapshot()));
        self.project.baseline_after_load = false;
        self.project.autosave.reset();
        self.project.touched = true;
    }

    /// The file to save to, from the save dialog (with the extension
    /// added when the user left it out); `None` says why in a notice.
    pub(super) fn ask_save_path(&mut self) -> Option<PathBuf> {
        let name = self
            .project
            .path
            .as_deref()
            .and_then(Path::file_name)
            .map_or_else(
                || format!("Briefing.{EXTENSION}"),
                |n| n.to_string_lossy().into_owned(),
            );
        let mut dialog = rfd::FileDialog::new()
            .set_title("Save project")
            .set_file_name(name)
            .add_filter("Corridor project", &[EXTENSION]);
        if let Some(folder) = &self.settings.last_folder {
            dialog = dialog.set_directory(folder);
        }
        let Some(path) = dialog.save_file() else {
            self.notice = notice(
                "The project was not saved: no file was chosen (or no file dialog is available on this system).".to_owned(),
                false,
            );
            return None;
        };
        Some(if path.extension().is_none() {
            path.with_extension(EXTENSION)
        } else {
            path
        })
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
        let previous = std::mem::take(&mut self.project.known_sources);
        let sources = sources_for(
            &self.data.dataset.sources,
            &previous,
            Some(&dir),
            self.project.embed_data,
        );
        self.project.known_sources = previous;
        project.sources = match sources {
            Ok(sources) => sources,
            Err(error) => {
                self.notice = notice(format!("The project was not saved: {error}"), true);
                return false;
            }
        };
        if let Err(error) = project.save(path) {
            self.notice = notice(format!("The project was not saved: {error}"), true);
            return false;
        }
        self.project.path = Some(path.to_path_buf());
        self.project.known_sources = project.sources;
        self.project.baseline = Some(masked(self.project_snapshot()));
        self.project.baseline_after_load = false;
        self.project.touched = true;
        if let Some(folder) = path.parent() {
            self.settings.last_folder = Some(folder.to_path_buf());
        }
        self.remember_recent(path);
        self.remove_recovery_file();
        self.notice = notice(format!("Project saved to {}", path.display()), false);
        true
    }

    fn remember_recent(&mut self, path: &Path) {
        let path = crate::project::paths::absolute(path);
        let recent = &mut self.settings.recent_projects;
        recent.retain(|p| *p != path);
        recent.insert(0, path);
        recent.truncate(MAX_RECENT);
    }

    fn remove_recovery_file(&mut self) {
        if let Some(file) = &self.project.recovery_path {
            // A leftover recovery file is only offered again; no need to fail.
            let _ = remove_recovery(file);
        }
        self.project.autosave.reset();
    }

    fn export_data_to(&mut self, path: PathBuf) {
        let format = DataFormat::from_path(&path).unwrap_or_default();
        let title = self
            .project
            .path
            .as_deref()
            .map_or_else(|| "Corridor export".to_owned(), display_name);
        let result = export_data(
            &self.data.dataset,
            &self.data.index,
            &self.settings.filter,
            self.briefing.redaction,
            format,
            &title,
            &path,
        );
        self.notice = match result {
            Ok(written) => notice(
                format!(
                    "Exported {} traces as {} to {}{}",
                    super::format::thousands(written.traces as u64),
                    format.extension(),
                    written.path.display(),
                    if self.briefing.redaction.is_active() {
                        " (redacted)"
                    } else {
                        ""
                    }
                ),
                false,
            ),
            Err(error) => notice(format!("Could not export the data: {error}"), true),
        };
    }

    /// Offers the recovery file back if there is one (at start).
    pub fn check_recovery(&mut self) {
        let Some(file) = self.project.recovery_path.clone() else {
            return;
        };
        match read_recovery(&file) {
            None => {}
            Some(Ok(project)) => {
                self.project.recovery_offer = Some(RecoveryOffer {
                    modified: std::fs::metadata(&file).and_then(|m| m.modified()).ok(),
                    file,
                    project,
                })
            }
            Some(Err(error)) => {
                self.notice = notice(
                    format!("Unsaved work from an earlier session could not be read: {error}"),
                    true,
                )
            }
        }
    }

    /// After each frame: apply a project whose data has landed, update the
    /// unsaved marker and the window title, autosave.
    pub(super) fn project_after_frame(&mut self, ctx: &egui::Context) {
        self.poll_source_check(ctx);
        if !self.is_loading() {
            if let Some(pending) = self.project.pending.take() {
                // Applied whether or not the load brought data: the notice
                // of the load says what went wrong.
                self.apply_pending(pending);
            } else if self.project.baseline_after_load
                && self.data.version != self.project.checked_version
            {
                self.project.baseline = Some(masked(self.project_snapshot()));
                self.project.baseline_after_load = false;
            }
        }
        // Pointer moves alone change nothing saved; clicks, keys and text may
        // (a panel can edit the briefing without a command).
        let input = ctx.input(|i| {
            i.events
                .iter()
                .any(|e| !matches!(e, egui::Event::PointerMoved(_) | egui::Event::MouseMoved(_)))
        });
        if self.project.touched || input || self.data.version != self.project.checked_version {
            self.project.touched = false;
            self.project.checked_version = self.data.version;
            self.project.dirty = match &self.project.baseline {
                Some(baseline) => *baseline != masked(self.project_snapshot()),
                None => !self.project.baseline_after_load,
            };
        }
        let title = self.window_title();
        if title != self.project.title_sent {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.project.title_sent = title;
        }
        self.autosave(ctx);
    }

    fn autosave(&mut self, ctx: &egui::Context) {
        let Some(file) = self.project.recovery_path.clone() else {
            return;
        };
        if !self.project.dirty || self.is_loading() || self.project.recovery_offer.is_some() {
            return;
        }
        let mut project = self.project_snapshot();
        project.autosave_of = self
            .project
            .path
            .as_deref()
            .map(|p| p.to_string_lossy().into_owned());
        let now = Instant::now();
        if !self.project.autosave.due(&project, now) {
            // Come back when the interval is over, even if nothing moves.
            ctx.request_repaint_after(self.project.autosave.interval);
            return;
        }
        match write_recovery(&file, &project) {
            Ok(()) => self.project.autosave_failed = false,
            Err(error) if !self.project.autosave_failed => {
                self.project.autosave_failed = true;
                self.notice = notice(
                    format!("Unsaved work could not be autosaved: {error}"),
                    true,
                );
            }
            Err(_) => {}
        }
        self.project.autosave.written(project, now);
    }

    /// On a clean exit (nothing unsaved) the recovery file goes.
    pub fn project_on_exit(&mut self) {
        if !self.project.dirty {
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
