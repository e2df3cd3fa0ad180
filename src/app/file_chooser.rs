//! Choosing files and folders: the desktop's own dialog (through the XDG
//! portal on Linux) when there is one, otherwise Corridor's built-in
//! chooser, so a machine without a portal (a bare window manager, a
//! remote session) can still open and save files.

use corridor_core::phrase;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::commands::Command;
use crate::tr;

/// What the user is asked to choose.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChooseKind {
    /// One existing file.
    OpenFile,
    /// One or more existing files.
    OpenFiles,
    /// A file to write (it may exist).
    SaveFile,
    /// A folder.
    Folder,
}

/// A question for a file chooser.
#[derive(Clone, Debug)]
pub struct FileRequest {
    pub title: String,
    pub kind: ChooseKind,
    /// Named groups of extensions (without dots), the first one shown
    /// first; `*` matches every file.
    pub filters: Vec<(String, Vec<String>)>,
    /// The folder to start in.
    pub directory: Option<PathBuf>,
    /// A file name to propose (saving).
    pub file_name: Option<String>,
}

impl FileRequest {
    pub fn new(kind: ChooseKind, title: impl Into<String>) -> Self {
        Self {
            title: title.into(),
            kind,
            filters: Vec::new(),
            directory: None,
            file_name: None,
        }
    }

    pub fn filter(mut self, name: &str, extensions: &[&str]) -> Self {
        self.filters.push((
            name.to_owned(),
            extensions.iter().map(|e| (*e).to_owned()).collect(),
        ));
        self
    }

    pub fn directory(mut self, folder: Option<&PathBuf>) -> Self {
        self.directory = folder.cloned();
        self
    }

    pub fn file_name(mut self, name: impl Into<String>) -> Self {
        self.file_name = Some(name.into());
        self
    }
}

/// What becomes of the chosen paths: the command to run with them.
pub type OnChosen = Box<dyn FnOnce(Vec<PathBuf>) -> Command>;

/// How a choice went.
pub enum Chosen {
    /// The desktop's dialog returned these; run this command.
    Now(Command),
    /// The user cancelled the desktop's dialog.
    Cancelled,
    /// The built-in chooser is open; it runs the command when done.
    Deferred,
}

/// Which file chooser to use.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ChooserMode {
    /// The desktop's when there is one, else the built-in one.
    #[default]
    Auto,
    /// Always the built-in one (tests; `CORRIDOR_FILE_CHOOSER=builtin`).
    BuiltIn,
}

impl ChooserMode {
    /// `Auto`, or `BuiltIn` when `CORRIDOR_FILE_CHOOSER` is `builtin`.
    pub fn from_env() -> ChooserMode {
        if std::env::var_os("CORRIDOR_FILE_CHOOSER").is_some_and(|v| v == "builtin") {
            ChooserMode::BuiltIn
        } else {
            ChooserMode::Auto
        }
    }
}

/// Whether the desktop's dialog can be shown here.
fn desktop_dialog_possible(mode: ChooserMode) -> bool {
    if mode == ChooserMode::BuiltIn {
        return false;
    }
    // The portal is reached over the session bus; without one (no bus
    // address, no runtime folder where the bus lives) there is no portal.
    if cfg!(target_os = "linux") {
        return std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some()
            || std::env::var_os("XDG_RUNTIME_DIR").is_some();
    }
    true
}

/// Faster than anyone can cancel a dialog: a "cancel" this quick means
/// no dialog was shown (the portal failed), so the built-in one opens.
const NO_DIALOG_WITHIN: Duration = Duration::from_millis(150);

/// Asks the desktop's dialog, or opens the built-in chooser in `slot`.
pub fn choose(
    request: FileRequest,
    mode: ChooserMode,
    slot: &mut Option<BuiltInChooser>,
    then: OnChosen,
) -> Chosen {
    if desktop_dialog_possible(mode) {
        let started = Instant::now();
        if let Some(paths) = desktop_dialog(&request) {
            return Chosen::Now(then(paths));
        }
        if started.elapsed() > NO_DIALOG_WITHIN {
            return Chosen::Cancelled;
        }
    }
    *slot = Some(BuiltInChooser::new(request, then));
    Chosen::Deferred
}

/// The desktop's dialog through rfd; `None` when cancelled or unavailable.
fn desktop_dialog(request: &FileRequest) -> Option<Vec<PathBuf>> {
    let mut dialog = rfd::FileDialog::new().set_title(&request.title);
    for (name, extensions) in &request.filters {
        dialog = dialog.add_filter(name, extensions);
    }
    if let Some(folder) = &request.directory {
        dialog = dialog.set_directory(folder);
    }
    if let Some(name) = &request.file_name {
        dialog = dialog.set_file_name(name);
    }
    match request.kind {
        ChooseKind::OpenFile => dialog.pick_file().map(|p| vec![p]),
        ChooseKind::OpenFiles => dialog.pick_files().filter(|p| !p.is_empty()),
        ChooseKind::SaveFile => dialog.save_file().map(|p| vec![p]),
        ChooseKind::Folder => dialog.pick_folder().map(|p| vec![p]),
    }
}

/// One line of the built-in chooser's listing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub name: String,
    pub is_dir: bool,
}

/// Most entries listed in a folder; a folder with more says so.
pub const MAX_ENTRIES: usize = 5_000;

/// Corridor's own file chooser: a folder's listing, a name field when
/// saving, the request's filters.
pub struct BuiltInChooser {
    pub request: FileRequest,
    then: Option<OnChosen>,
    /// The folder listed.
    pub folder: PathBuf,
    /// The folder typed in the path field.
    pub folder_text: String,
    pub entries: Vec<Entry>,
    /// More entries than listed.
    pub truncated: bool,
    /// The filter in use (index into the request's filters).
    pub filter: usize,
    /// Chosen names in the folder (files; a save's name).
    pub chosen: Vec<String>,
    /// The name typed when saving.
    pub name: String,
    /// Why the folder could not be listed or the choice not made.
    pub problem: Option<String>,
}

impl BuiltInChooser {
    /// Opens on the request's folder (else the working folder, else home).
    pub fn new(request: FileRequest, then: OnChosen) -> Self {
        let folder = request
            .directory
            .clone()
            .filter(|d| d.is_dir())
            .or_else(|| std::env::current_dir().ok())
            .or_else(|| std::env::var_os("HOME").map(PathBuf::from))
            .unwrap_or_else(|| PathBuf::from("/"));
        let name = request.file_name.clone().unwrap_or_default();
        let mut chooser = Self {
            request,
            then: Some(then),
            folder_text: folder.display().to_string(),
            folder,
            entries: Vec::new(),
            truncated: false,
            filter: 0,
            chosen: Vec::new(),
            name,
            problem: None,
        };
        chooser.list();
        chooser
    }

    /// Lists the folder: folders first, then the files the filter shows,
    /// each by name ignoring case; hidden entries left out.
    pub fn list(&mut self) {
        self.entries.clear();
        self.chosen.clear();
        self.truncated = false;
        let read = match std::fs::read_dir(&self.folder) {
            Ok(read) => read,
            Err(error) => {
                let problem = phrase!(
                    "dialog-chooser-cannot-list",
                    folder = self.folder.display().to_string(),
                    error = corridor_core::i18n::system_error(&error)
                );
                self.problem = Some(problem.text(crate::app::i18n::lang()));
                return;
            }
        };
        self.problem = None;
        for entry in read.flatten() {
            if self.entries.len() >= MAX_ENTRIES {
                self.truncated = true;
                break;
            }
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with('.') {
                continue;
            }
            let is_dir = entry.path().is_dir();
            if is_dir || (self.request.kind != ChooseKind::Folder && self.shows(&name)) {
                self.entries.push(Entry { name, is_dir });
            }
        }
        self.entries.sort_by(|a, b| {
            b.is_dir
                .cmp(&a.is_dir)
                .then_with(|| a.name.to_lowercase().cmp(&b.name.to_lowercase()))
        });
    }

    /// Whether the filter in use shows a file of this name.
    fn shows(&self, name: &str) -> bool {
        let Some((_, extensions)) = self.request.filters.get(self.filter) else {
            return true;
        };
        let extension = Path::new(name)
            .extension()
            .map(|e| e.to_string_lossy().to_lowercase())
            .unwrap_or_default();
        extensions
            .iter()
            .any(|e| e == "*" || e.eq_ignore_ascii_case(&extension))
    }

    /// Goes into a folder (a sub-folder's name, or a typed path).
    pub fn enter(&mut self, folder: PathBuf) {
        if folder.is_dir() {
            self.folder = folder;
            self.folder_text = self.folder.display().to_string();
            self.list();
        } else {
            self.problem = Some(tr!(
                "dialog-chooser-not-a-folder",
                path = folder.display().to_string()
            ));
        }
    }

    /// Up to the parent folder.
    pub fn up(&mut self) {
        if let Some(parent) = self.folder.parent().map(Path::to_path_buf) {
            self.enter(parent);
        }
    }

    /// The paths the chooser would return now, if the choice is complete.
    pub fn result(&self) -> Option<Vec<PathBuf>> {
        match self.request.kind {
            ChooseKind::Folder => Some(vec![self.folder.clone()]),
            ChooseKind::SaveFile => {
                let name = self.name.trim();
                (!name.is_empty() && !name.contains(['/', '\\']))
                    .then(|| vec![self.folder.join(name)])
            }
            ChooseKind::OpenFile | ChooseKind::OpenFiles => (!self.chosen.is_empty())
                .then(|| self.chosen.iter().map(|n| self.folder.join(n)).collect()),
        }
    }

    /// Ends the choice with `paths`: the command to run.
    pub fn finish(&mut self, paths: Vec<PathBuf>) -> Option<Command> {
        self.then.take().map(|then| then(paths))
    }
}
