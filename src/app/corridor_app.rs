//! The application: runtime state, the frame, and applying commands.

use std::path::PathBuf;

use egui::{Key, KeyboardShortcut, Modifiers};

use super::briefing_ui::BriefingCommand;
use super::commands::Command;
use super::data::LoadedData;
use super::image_export::{ImageCommand, ImageScope};
use super::loader::{LoadJob, LoadPoll};
use super::map::{self, MapState};
use super::panels;
use super::project_session::ProjectCommand;
use super::settings::Settings;
use super::view_model::ViewModel;
use crate::aggregate::time_window::{advance, play_window};
use crate::import::DataSource;
use crate::scene::hit::Hit;
use crate::scene::{SceneStyle, Theme};

/// Key under which [`Settings`] are persisted.
const SETTINGS_KEY: &str = "corridor-settings";

/// A message shown above the map until dismissed.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub text: String,
    pub is_error: bool,
    pub offer_report: bool,
}

/// A load as asked for, kept to run again once the user has mapped columns
/// or chosen a date order.
#[derive(Clone)]
struct LoadRequest {
    sources: Vec<DataSource>,
    /// The data added to, for an "add" load.
    base: Option<std::sync::Arc<crate::model::Dataset>>,
    base_report: Option<crate::import::report::ImportReport>,
    fit: bool,
}

/// What the app starts with.
#[derive(Clone, Debug, Default)]
pub struct StartOptions {
    /// Files to load instead of the demo data.
    pub paths: Vec<PathBuf>,
    /// Extra classification rules.
    pub rules: Option<PathBuf>,
    /// Ignore remembered settings (tests, `--fresh`).
    pub fresh: bool,
    /// Overrides the remembered theme.
    pub theme: Option<Theme>,
}

pub struct CorridorApp {
    pub settings: Settings,
    pub data: LoadedData,
    pub view: ViewModel,
    pub map: MapState,
    pub selection: crate::aggregate::Selection,
    /// The selection's nodes at the level the map shows.
    pub selection_mask: crate::aggregate::selection::NodeMask,
    pub hover: Option<Hit>,
    pub loading: Option<LoadJob>,
    pub notice: Option<Notice>,
    pub report_open: bool,
    /// Report of the last import when it loaded nothing (the data shown is older).
    pub failed_report: Option<crate::import::report::ImportReport>,
    pub about_open: bool,
    pub rules: Option<PathBuf>,
    pub details: panels::details_panel::DetailsCache,
    pub corridors: panels::corridors_panel::CorridorsTable,
    /// Traces per month and time-to-crime bin, for the time bar and charts.
    pub time_view: super::time_view::TimeView,
    pub time_bar: panels::time_bar::TimeBarState,
    /// Files dropped or chosen while real data is shown: add or replace?
    pub open_choice: Option<Vec<PathBuf>>,
    /// The column mapping being edited for a file Corridor could not read.
    pub mapping_dialog: Option<panels::mapping_dialog::MappingDialog>,
    /// Files whose slash dates could be read either way.
    pub date_dialog: Option<panels::date_dialog::DateDialog>,
    /// The search box: query, results, highlighted row.
    pub search: panels::search_box::SearchState,
    /// Saved views, the annotations on the map and the redaction switch:
    /// what a project file saves besides the sources and settings.
    pub briefing: crate::briefing::Briefing,
    /// The project file, unsaved changes, autosave.
    pub project: super::project_session::ProjectSession,
    /// Presentation mode, the view shown, annotation tools, camera moves.
    pub briefing_ui: super::briefing_ui::BriefingUi,
    /// A map image export running on a worker.
    pub image_job: Option<super::image_export::ImageJob>,
    /// "Save the changes?" before a new project, an open or a quit.
    pub unsaved: super::unsaved_changes::UnsavedState,
    /// What the last load read, to run it again with the user's choices.
    last_load: Option<LoadRequest>,
    commands: Vec<Command>,
    applied_theme: Option<Theme>,
    next_version: u64,
    /// Set when the view should frame the data once it has loaded.
    fit_after_load: bool,
}

impl CorridorApp {
    pub fn new(cc: &eframe::CreationContext<'_>, start: StartOptions) -> Self {
        let settings = if start.fresh {
            Settings::default()
        } else {
            cc.storage
                .and_then(|s| eframe::get_value::<Settings>(s, SETTINGS_KEY))
                .unwrap_or_default()
        };
        Self::with_settings(cc.egui_ctx.clone(), settings, start)
    }

    pub fn with_settings(ctx: egui::Context, mut settings: Settings, start: StartOptions) -> Self {
        if let Some(theme) = start.theme {
            settings.theme = theme;
        }
        let mut app = Self {
            map: MapState::new(settings.view),
            settings,
            data: LoadedData::empty(),
            view: ViewModel::default(),
            selection: Default::default(),
            selection_mask: Default::default(),
            hover: None,
            loading: None,
            notice: None,
            report_open: false,
            failed_report: None,
            about_open: false,
            rules: start.rules,
            details: Default::default(),
            corridors: Default::default(),
            time_view: Default::default(),
            time_bar: Default::default(),
            open_choice: None,
            mapping_dialog: None,
            date_dialog: None,
            search: Default::default(),
            briefing: Default::default(),
            project: super::project_session::ProjectSession::new(if start.fresh {
                None
            } else {
                crate::project::recovery::default_recovery_path()
            }),
            briefing_ui: Default::default(),
            image_job: None,
            unsaved: Default::default(),
            last_load: None,
            commands: Vec::new(),
            applied_theme: None,
            next_version: 1,
            fit_after_load: false,
        };
        let project = match start.paths.as_slice() {
            [path] if crate::project::is_project_path(path) => Some(path.clone()),
            _ => None,
        };
        if let Some(path) = project {
            // `corridor brief.corridor` (or a double-click) opens the project.
            app.push(Command::Project(ProjectCommand::Open(path)));
        } else if start.paths.is_empty() {
            app.start_load(vec![super::demo::demo_source()], &ctx, false, false);
        } else {
            app.start_load(
                start.paths.into_iter().map(DataSource::Path).collect(),
                &ctx,
                true,
                false,
            );
        }
        app.check_recovery();
        app
    }

    /// Data is being loaded, or a project's files checked before a load.
    pub fn is_loading(&self) -> bool {
        self.loading.is_some() || self.is_checking_sources()
    }

    /// The style of the map; `render::view_job::build_view` styles a
    /// saved view the same way.
    pub fn style(&self) -> SceneStyle {
        SceneStyle {
            theme: self.settings.theme,
            coloring: self.settings.coloring,
            ..SceneStyle::default()
        }
    }

    pub fn push(&mut self, command: Command) {
        self.commands.push(command);
    }

    /// Loads `sources`, replacing the data shown or (with `add`) adding to it.
    pub(super) fn start_load(
        &mut self,
        sources: Vec<DataSource>,
        ctx: &egui::Context,
        fit: bool,
        add: bool,
    ) {
        let request = LoadRequest {
            sources,
            base: add.then(|| self.data.dataset.clone()),
            base_report: add.then(|| self.data.report.clone()),
            fit,
        };
        self.run_load(request, ctx);
    }

    fn run_load(&mut self, request: LoadRequest, ctx: &egui::Context) {
        if let Some(job) = self.loading.take() {
            job.cancel();
        }
        let options = self.project.import_options(&self.settings.mappings);
        let repaint_ctx = ctx.clone();
        self.loading = Some(LoadJob::start(
            request.sources.clone(),
            request.base.clone(),
            self.rules.clone(),
            options,
            move || repaint_ctx.request_repaint(),
        ));
        self.fit_after_load = request.fit;
        self.last_load = Some(request);
    }

    /// Runs the last load again, now that a mapping or date order was chosen.
    fn rerun_last_load(&mut self, ctx: &egui::Context) {
        if let Some(request) = self.last_load.clone() {
            self.run_load(request, ctx);
        }
    }

    fn poll_loading(&mut self, ctx: &egui::Context) {
        let Some(job) = &self.loading else { return };
        match job.poll() {
            LoadPoll::Running => {
                ctx.request_repaint_after(std::time::Duration::from_millis(100));
            }
            LoadPoll::Cancelled => {
                self.loading = None;
                self.notice = Some(Notice {
                    text: "Loading cancelled; the data already shown is unchanged.".to_owned(),
                    is_error: false,
                    offer_report: false,
                });
            }
            LoadPoll::Done(result) => {
                let description = job.description.clone();
                self.loading = None;
                match *result {
                    Ok(loaded) => self.finish_load(loaded, description),
                    Err(error) => {
                        self.notice = Some(Notice {
                            text: format!("Could not load: {error:#}"),
                            is_error: true,
                            offer_report: false,
                        });
                    }
                }
            }
        }
    }

    fn finish_load(&mut self, loaded: super::loader::Loaded, description: String) {
        let super::loader::Loaded { outcome, derived } = loaded;
        let mut report = outcome.report;
        let dataset = outcome.dataset;
        self.offer_choices(&report);
        let added_to = self
            .last_load
            .as_ref()
            .and_then(|l| l.base.as_ref())
            .map(|b| b.traces.len());
        // Adding loaded nothing new, or nothing could be read: keep what was
        // shown (an unreadable file must not wipe the map) and say why.
        let nothing = if added_to == Some(dataset.traces.len()) && !dataset.traces.is_empty() {
            Some("Nothing was added from")
        } else if dataset.is_empty() {
            Some("Nothing could be loaded from")
        } else {
            None
        };
        if let Some(nothing) = nothing {
            self.notice = Some(Notice {
                text: format!(
                    "{nothing} {description} ({}). The data already shown is unchanged.",
                    report.summary_line()
                ),
                is_error: true,
                offer_report: true,
            });
            self.failed_report = Some(report);
            self.report_open = true;
            return;
        }
        let label = if dataset.is_synthetic() {
            "Demo data (synthetic, fictitious dealers)".to_owned()
        } else {
            description.clone()
        };
        let problems = report.rejected + report.errors;
        self.notice = (problems > 0 || report.warnings > 0).then(|| Notice {
            text: format!(
                "Loaded {} from {description}: {}.",
                super::format::plural(dataset.traces.len() as u64, "trace", "traces"),
                report.summary_line()
            ),
            is_error: problems > 0,
            offer_report: true,
        });
        self.report_open = problems > 0;
        self.failed_report = None;
        if let Some(earlier) = self.last_load.as_ref().and_then(|l| l.base_report.clone()) {
            let mut combined = earlier;
            combined.merge(report);
            report = combined;
        }
        let label = match self.last_load.as_ref().and_then(|l| l.base.as_ref()) {
            Some(_) => format!("{} files", dataset.sources.len()),
            None => label,
        };
        self.data = LoadedData::from_parts(dataset, derived, report, label, self.next_version);
        self.next_version += 1;
        self.selection = Default::default();
        self.corridors.selected = None;
        self.hover = None;
        // Results point at the old data's stores and sites.
        self.search
            .set_results(&self.data, self.search.query.clone());
        if self.fit_after_load {
            self.map.fit_pending = true;
        }
    }

    /// After a load: ask for a column mapping for the first file that needs
    /// one, or for the order of ambiguous dates.
    fn offer_choices(&mut self, report: &crate::import::report::ImportReport) {
        if let Some(file) = report.files.iter().find(|f| f.needs_mapping)
            && let Some(path) = &file.path
            && path.is_file()
            && let Ok(preview) = crate::import::preview::preview_file(path)
        {
            self.mapping_dialog = Some(panels::mapping_dialog::MappingDialog::new(
                preview,
                file.table_kind,
            ));
            return;
        }
        let ambiguous: Vec<(std::path::PathBuf, crate::import::fields::TableKind)> = report
            .files
            .iter()
            .filter(|f| f.ambiguous_dates)
            .filter_map(|f| Some((f.path.clone()?, f.table_kind?)))
            .filter(|(path, _)| path.is_file())
            .collect();
        if !ambiguous.is_empty() {
            self.date_dialog = Some(panels::date_dialog::DateDialog::new(ambiguous));
        }
    }

    /// Selects what was clicked (`add`: Shift held, toggling it in the
    /// selection); `None` clears.
    fn select(&mut self, hit: Option<Hit>, add: bool) {
        let Some(level) = self.view.level() else {
            return;
        };
        self.corridors.selected = None;
        match hit {
            None => self.selection = Default::default(),
            Some(Hit::Node(node)) if add => {
                let already = self
                    .selection_mask
                    .selected
                    .get(node as usize)
                    .copied()
                    .unwrap_or(false);
                if already && !self.selection.between {
                    self.selection.remove_node(level, node);
                } else {
                    self.selection.add_node(level, node);
                }
            }
            Some(Hit::Node(node)) => {
                self.selection = crate::aggregate::Selection::of_node(level, node)
            }
            Some(Hit::Flow(i)) => {
                if let Some(flow) = self.view.summary.flows.get(i) {
                    self.selection = crate::aggregate::Selection::of_flow(level, flow);
                }
            }
        }
    }

    /// Selects the nodes of a box or lasso at the level shown (`add`: Shift
    /// held, keeping what was selected).
    fn select_nodes(&mut self, nodes: &[u32], add: bool) {
        let Some(level) = self.view.level() else {
            return;
        };
        if !add {
            self.selection = Default::default();
        }
        for &node in nodes {
            self.selection.add_node(level, node);
        }
    }

    /// Keeps a mapping (the newest for a header layout wins).
    fn remember_mapping(&mut self, mapping: crate::import::mapping::ColumnMapping) {
        let headers: Vec<&str> = mapping.headers.iter().map(String::as_str).collect();
        self.settings.mappings.retain(|m| !m.matches(&headers));
        self.settings.mappings.push(mapping);
    }

    fn handle_shortcuts(&mut self, ctx: &egui::Context) {
        let shortcuts = [
            // Before Ctrl+S, which would also match with Shift held.
            (
                KeyboardShortcut::new(Modifiers::COMMAND | Modifiers::SHIFT, Key::S),
                Command::Project(ProjectCommand::SaveAsDialog),
            ),
            (
                KeyboardShortcut::new(Modifiers::COMMAND, Key::S),
                Command::Project(ProjectCommand::Save),
            ),
            (
                KeyboardShortcut::new(Modifiers::COMMAND, Key::O),
                Command::OpenDialog,
            ),
            (
                KeyboardShortcut::new(Modifiers::COMMAND, Key::E),
                Command::Image(ImageCommand::Dialog(ImageScope::CurrentView)),
            ),
            (
                KeyboardShortcut::new(Modifiers::COMMAND, Key::Q),
                Command::Quit,
            ),
            (
                KeyboardShortcut::new(Modifiers::COMMAND, Key::Num0),
                Command::FitToData,
            ),
            (
                KeyboardShortcut::new(Modifiers::COMMAND, Key::B),
                Command::ToggleFilterPanel,
            ),
            (
                KeyboardShortcut::new(Modifiers::COMMAND, Key::R),
                Command::ShowReport(true),
            ),
            (
                KeyboardShortcut::new(Modifiers::COMMAND, Key::T),
                Command::ToggleCorridors,
            ),
            (
                KeyboardShortcut::new(Modifiers::COMMAND, Key::G),
                Command::SetCharts(!self.settings.show_charts),
            ),
            (
                KeyboardShortcut::new(Modifiers::COMMAND, Key::F),
                Command::FocusSearch,
            ),
            (
                KeyboardShortcut::new(Modifiers::COMMAND | Modifiers::SHIFT, Key::V),
                Command::Briefing(BriefingCommand::ToggleViewsPanel),
            ),
            (
                KeyboardShortcut::new(Modifiers::NONE, Key::F5),
                Command::Briefing(BriefingCommand::StartPresentation),
            ),
        ];
        for (shortcut, command) in shortcuts {
            if ctx.input_mut(|i| i.consume_shortcut(&shortcut)) {
                self.push(command);
            }
        }
        let typing = ctx.egui_wants_keyboard_input();
        if !typing {
            super::briefing_ui::annotation_keys(self, ctx);
            if ctx.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Escape)) {
                self.push(Command::Select(None));
            }
            if ctx.input_mut(|i| {
                i.consume_key(Modifiers::NONE, Key::Plus)
                    || i.consume_key(Modifiers::NONE, Key::Equals)
            }) {
                self.push(Command::ZoomBy(1.0));
            }
            if ctx.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Minus)) {
                self.push(Command::ZoomBy(-1.0));
            }
        }
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .collect()
        });
        // A dropped project opens as a project; data files load as data.
        let (projects, dropped): (Vec<PathBuf>, Vec<PathBuf>) = dropped
            .into_iter()
            .partition(|p| crate::project::is_project_path(p));
        if let Some(project) = projects.into_iter().next() {
            self.push(Command::Project(ProjectCommand::Open(project)));
        } else if !dropped.is_empty() {
            self.push(Command::OpenPaths(dropped));
        }
    }

    /// Applies the commands gathered so far; returns whether any were.
    fn apply_commands(&mut self, ctx: &egui::Context) -> bool {
        let commands = std::mem::take(&mut self.commands);
        let any = !commands.is_empty();
        for command in commands {
            self.apply(command, ctx);
        }
        if any {
            ctx.request_repaint();
        }
        any
    }

    fn apply(&mut self, command: Command, ctx: &egui::Context) {
        self.project.touched = true;
        let filter = &mut self.settings.filter;
        match command {
            Command::OpenDialog => {
                let mut dialog = rfd::FileDialog::new()
                    .set_title("Open trace data")
                    .add_filter("Trace data", &["csv", "tsv", "txt", "geojson", "json"])
                    .add_filter("All files", &["*"]);
                if let Some(folder) = &self.settings.last_folder {
                    dialog = dialog.set_directory(folder);
                }
                match dialog.pick_files() {
                    Some(paths) if !paths.is_empty() => self.push(Command::OpenPaths(paths)),
                    _ => {
                        self.notice = Some(Notice {
                            text: "No file was chosen. If no file dialog appeared, none is available on this system: drag files onto the window, or start Corridor with `corridor FILE...`.".to_owned(),
                            is_error: false,
                            offer_report: false,
                        });
                    }
                }
            }
            Command::OpenPaths(paths) => {
                if let Some(folder) = paths.first().and_then(|p| {
                    if p.is_dir() {
                        Some(p.clone())
                    } else {
                        p.parent().map(|d| d.to_path_buf())
                    }
                }) {
                    self.settings.last_folder = Some(folder);
                }
                // Real data on screen: ask before replacing it. The demo is
                // replaced without asking: mixing synthetic records into
                // evidence is never wanted.
                let shows_real_data =
                    !self.data.dataset.is_empty() && !self.data.dataset.is_synthetic();
                if shows_real_data {
                    self.open_choice = Some(paths);
                } else {
                    self.push(Command::LoadPaths { paths, add: false });
                }
            }
            Command::LoadPaths { paths, add } => {
                self.open_choice = None;
                self.start_load(
                    paths.into_iter().map(DataSource::Path).collect(),
                    ctx,
                    true,
                    add,
                );
            }
            Command::CancelOpen => self.open_choice = None,
            Command::ApplyMapping(mapping) => {
                self.mapping_dialog = None;
                self.remember_mapping(mapping);
                self.rerun_last_load(ctx);
            }
            Command::CloseMappingDialog => self.mapping_dialog = None,
            Command::ApplyDateOrder(order) => {
                if let Some(dialog) = self.date_dialog.take() {
                    for mapping in dialog.mappings(order) {
                        self.remember_mapping(mapping);
                    }
                    self.rerun_last_load(ctx);
                }
            }
            Command::CloseDateDialog => self.date_dialog = None,
            Command::OpenDemo => {
                self.start_load(vec![super::demo::demo_source()], ctx, true, false)
            }
            Command::CancelLoad => {
                if let Some(job) = &self.loading {
                    job.cancel();
                }
            }
            Command::SetClass(class, enabled) => filter.set_class(class, enabled),
            Command::SetAllClasses(enabled) => {
                filter.classes = [enabled; crate::model::WeaponClass::COUNT]
            }
            Command::SetMakeModel(text) => filter.make_model = text,
            Command::ResetFilters => {
                *filter = Default::default();
                self.settings.density = Default::default();
                self.time_bar.playing = false;
            }
            Command::SetDateField(field) => filter.date_field = field,
            Command::SetDates(dates) => filter.dates = dates,
            Command::SetTtcDays(days) => filter.ttc_days = days,
            Command::SetPlaying(on) => self.set_playing(on, ctx),
            Command::SetPlayStep(step) => self.settings.play_step = step,
            Command::StepTime => {
                let next = self
                    .time_view
                    .all
                    .months
                    .span()
                    .and_then(|(_, last)| advance(filter.dates, self.settings.play_step, last));
                match next {
                    Some(dates) => filter.dates = dates,
                    None => self.time_bar.playing = false,
                }
            }
            Command::SetTimeBar(on) => self.settings.show_time_bar = on,
            Command::SetCharts(on) => self.settings.show_charts = on,
            Command::SetMinTraces(n) => self.settings.density.min_traces = n.max(1),
            Command::SetTopFlows(top) => self.settings.density.top = top,
            Command::SetTheme(theme) => self.settings.theme = theme,
            Command::SetColoring(coloring) => self.settings.coloring = coloring,
            Command::SetOnlineTiles(on) => {
                self.settings.online_tiles = on;
                if !on {
                    self.map.drop_tiles();
                }
            }
            Command::SetCityLabels(on) => self.settings.show_city_labels = on,
            Command::SetPorts(on) => self.settings.show_ports = on,
            Command::SetLegend(on) => self.settings.show_legend = on,
            Command::ToggleFilterPanel => {
                self.settings.show_filter_panel = !self.settings.show_filter_panel
            }
            Command::ToggleCorridors => {
                self.settings.show_corridors = !self.settings.show_corridors
            }
            Command::SetCorridorLevel(level) => self.settings.corridor_level = level,
            Command::SortCorridors(column) => {
                self.corridors.sort = self.corridors.sort.clicked(column)
            }
            Command::SelectCorridor {
                origin,
                destination,
            } => self.select_corridor(origin, destination),
            Command::ExportFlowmap => self.export_flowmap(),
            Command::FitToData => self.map.fit_pending = true,
            Command::ZoomBy(delta) => self.map.zoom_by(delta),
            Command::Select(hit) => self.select(hit, false),
            Command::SelectAdd(hit) => self.select(Some(hit), true),
            Command::SelectNodes { nodes, add } => self.select_nodes(&nodes, add),
            Command::SetSearchQuery(query) => self.search.set_results(&self.data, query),
            Command::FocusSearch => self.search.focus_requested = true,
            Command::ShowSearchHit(hit) => {
                self.search.close();
                self.map.focus_pending = Some(hit.target);
                if !hit.select.is_empty() {
                    self.selection = hit.select;
                }
            }
            Command::SetGrouping(grouping) => self.settings.grouping = grouping,
            Command::SetLockScales(on) => self.settings.lock_scales = on,
            Command::ShowReport(open) => self.report_open = open,
            Command::SaveReport => self.save_report(),
            Command::ShowAbout(open) => self.about_open = open,
            Command::DismissNotice => self.notice = None,
            Command::Project(command) => self.apply_project(command, ctx),
            Command::Image(command) => self.apply_image(command, ctx),
            Command::Briefing(command) => self.apply_briefing(command, ctx),
            Command::Quit => {
                if !self.must_confirm(super::unsaved_changes::Replacing::Quit) {
                    // Asked already (or nothing unsaved): the close request
                    // this sends must not ask again.
                    self.confirmed();
                    ctx.send_viewport_cmd(egui::ViewportCommand::Close);
                }
            }
        }
    }

    /// Selects a corridor's origin stores and destination sites, showing
    /// only the flows between them, and frames them on the map.
    fn select_corridor(&mut self, origin: String, destination: String) {
        // The areas the clicked row was counted in.
        let Some(areas) = self.corridors.area_index() else {
            return;
        };
        let selection =
            crate::aggregate::corridors::corridor_selection(areas, &origin, &destination);
        self.map.fit_target = crate::scene::selection_bounds(&self.data.dataset, &selection);
        self.selection = selection;
        self.corridors.selected = Some((origin, destination));
    }

    fn export_flowmap(&mut self) {
        let mut dialog =
            rfd::FileDialog::new().set_title("Export to flowmap.blue: choose a folder");
        if let Some(folder) = &self.settings.last_folder {
            dialog = dialog.set_directory(folder);
        }
        let Some(dir) = dialog.pick_folder() else {
            self.notice = Some(Notice {
                text: "No folder was chosen, so nothing was exported. If no dialog appeared, none is available on this system: `corridor export-flowmap PATH... --out DIR` writes the same files.".to_owned(),
                is_error: false,
                offer_report: false,
            });
            return;
        };
        let result = crate::export::flowmap_blue::export_flowmap_blue_dir(
            &self.data.dataset,
            &self.data.index,
            &self.settings.filter,
            self.briefing.redaction,
            &dir,
        );
        self.notice = Some(match result {
            Ok(written) => Notice {
                text: format!(
                    "Wrote {} flows ({} traces) to {} and {}",
                    super::format::thousands(written.flows as u64),
                    super::format::thousands(written.traces),
                    written.locations_path.display(),
                    written.flows_path.display()
                ),
                is_error: false,
                offer_report: false,
            },
            Err(error) => Notice {
                text: format!("Could not export to flowmap.blue: {error}"),
                is_error: true,
                offer_report: false,
            },
        });
    }

    /// Starts playing from the range as set (open ends filled from the
    /// data; from the start again when the range is already at the end).
    fn set_playing(&mut self, on: bool, ctx: &egui::Context) {
        self.time_bar.playing = false;
        let Some(axis) = self.time_view.all.months.span() else {
            return;
        };
        if !on {
            return;
        }
        let step = self.settings.play_step;
        let dates = &mut self.settings.filter.dates;
        *dates = play_window(*dates, axis, step);
        if advance(*dates, step, axis.1).is_none() {
            *dates = play_window(Default::default(), axis, step);
        }
        self.time_bar.playing = true;
        self.time_bar.last_step_s = ctx.input(|i| i.time);
    }

    fn save_report(&mut self) {
        let Some(path) = rfd::FileDialog::new()
            .set_title("Save import report")
            .set_file_name("import-report.csv")
            .add_filter("CSV", &["csv"])
            .save_file()
        else {
            self.notice = Some(Notice {
                text: "No file dialog is available, so the report was not saved. `corridor check --json PATH...` prints the same report.".to_owned(),
                is_error: false,
                offer_report: false,
            });
            return;
        };
        let result = std::fs::File::create(&path)
            .map_err(anyhow::Error::from)
            .and_then(|file| {
                self.data
                    .report
                    .write_csv(std::io::BufWriter::new(file))
                    .map_err(anyhow::Error::from)
            });
        self.notice = Some(match result {
            Ok(()) => Notice {
                text: format!("Import report saved to {}", path.display()),
                is_error: false,
                offer_report: false,
            },
            Err(error) => Notice {
                text: format!("Could not save the report to {}: {error}", path.display()),
                is_error: true,
                offer_report: false,
            },
        });
    }

    fn apply_theme(&mut self, ctx: &egui::Context) {
        if self.applied_theme != Some(self.settings.theme) {
            ctx.set_visuals(super::colors::visuals(self.settings.theme));
            let text_styles = super::colors::text_styles(self.settings.theme);
            ctx.style_mut_of(ctx.theme(), |style| style.text_styles = text_styles);
            self.applied_theme = Some(self.settings.theme);
        }
    }

    /// One whole frame; also what UI tests drive.
    pub fn frame_ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        self.apply_theme(&ctx);
        self.poll_loading(&ctx);
        self.poll_image_export();
        self.check_close_request(&ctx);
        super::briefing_ui::presentation::presentation_keys(self, &ctx);
        self.handle_shortcuts(&ctx);
        // Presenting: the map alone, with the slide's title over it.
        let show_panels = !self.briefing_ui.is_presenting();

        if show_panels {
            panels::menu_bar::menu_bar_ui(ui, self);
            panels::status_bar::status_bar_ui(ui, self);
        }
        if show_panels && self.settings.show_filter_panel {
            egui::Panel::left("filters")
                .resizable(true)
                .default_size(270.0)
                .min_size(220.0)
                .show(ui, |ui| panels::filter_panel::filter_panel_ui(ui, self));
        }
        // Filter changes take effect before the map draws, in this frame.
        self.apply_commands(&ctx);
        // The camera move of a shown view, before the zoom picks the level.
        self.advance_flight(&ctx);
        let style = self.style();
        let level = self
            .view
            .level_key(&self.data, self.settings.grouping, self.map.memory.zoom());
        self.view.refresh(
            &self.data,
            level,
            &self.settings.filter,
            &self.settings.density,
            &style,
            self.settings.lock_scales,
            {
                let ctx = ctx.clone();
                move || ctx.request_repaint()
            },
        );
        self.selection_mask = match self.view.level() {
            Some(level) => self.selection.mask(level),
            None => Default::default(),
        };
        if show_panels && self.settings.show_corridors {
            egui::Panel::bottom("corridors")
                .resizable(true)
                .default_size(260.0)
                .min_size(120.0)
                .show(ui, |ui| {
                    panels::corridors_panel::corridors_panel_ui(ui, self)
                });
        }
        let repaint = {
            let ctx = ctx.clone();
            move || ctx.request_repaint()
        };
        self.time_view
            .refresh(&self.data, &self.settings.filter, &self.selection, repaint);
        if show_panels && self.settings.show_views_panel {
            egui::Panel::right("views")
                .resizable(true)
                .default_size(260.0)
                .min_size(200.0)
                .show(ui, |ui| panels::views_panel::views_panel_ui(ui, self));
        }
        if show_panels && !self.selection.is_empty() {
            egui::Panel::right("details")
                .resizable(true)
                .default_size(420.0)
                .min_size(300.0)
                .show(ui, |ui| panels::details_panel::details_panel_ui(ui, self));
        }
        // After the side panels, so it spans the map only.
        if show_panels && self.settings.show_time_bar {
            egui::Panel::bottom("time-bar")
                .resizable(false)
                .show(ui, |ui| panels::time_bar::time_bar_ui(ui, self));
        }
        panels::time_bar::play_tick(self, &ctx);
        egui::CentralPanel::no_frame().show(ui, |ui| map::map_ui(ui, self));
        super::briefing_ui::presentation::presentation_overlay_ui(&ctx, self);
        if show_panels {
            panels::report_window::report_window_ui(&ctx, self);
            panels::about_window::about_window_ui(&ctx, self);
            panels::charts_window::charts_window_ui(&ctx, self);
            panels::annotation_editor::annotation_editor_ui(&ctx, self);
        }
        panels::open_choice::open_choice_ui(&ctx, self);
        panels::mapping_dialog::mapping_dialog_ui(&ctx, self);
        panels::date_dialog::date_dialog_ui(&ctx, self);
        panels::project_dialogs::project_dialogs_ui(&ctx, self);
        super::unsaved_changes::unsaved_dialog_ui(&ctx, self);
        panels::drop_overlay::drop_overlay_ui(&ctx);
        self.apply_commands(&ctx);
        self.project_after_frame(&ctx);
    }
}

impl eframe::App for CorridorApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.frame_ui(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        self.settings.view = self.map.view();
        eframe::set_value(storage, SETTINGS_KEY, &self.settings);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.project_on_exit();
    }
}
