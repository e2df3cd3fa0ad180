//! The application object: its state in groups that change together, and
//! one frame. Panels get what they draw plus the command list; commands
//! are applied after them (`apply`), so no panel changes what another is
//! reading.

use std::path::PathBuf;

use corridor_core::config::UserFolders;
use corridor_core::import::DataSource;
use corridor_core::render::CountKey;
use corridor_core::scene::{SceneStyle, Theme};
use corridor_core::task::Spawner;

use super::briefing_ui::presentation::{self, slide_count};
use super::commands::{Command, Framing, LoadMode};
use super::dialogs::Dialogs;
use super::jobs::Jobs;
use super::map::{self, MapState};
use super::panels;
use super::project_session::{ProjectCommand, ProjectSession};
use super::session::Session;
use super::settings::{Settings, TableTab};
use super::view_model::WORKER_MIN_TRACES;
use super::window_state::WindowState;
use crate::tr;

/// Key under which [`Settings`] are persisted.
const SETTINGS_KEY: &str = "corridor-settings";

/// DejaVu Sans after egui's own font, for the glyphs that one lacks (→,
/// arrows, some dashes), which the tables, tooltips and labels use. It
/// ships with the exports already, so it adds nothing to the binary.
fn add_fallback_font(ctx: &egui::Context) {
    ctx.add_font(egui::epaint::text::FontInsert::new(
        "DejaVuSans",
        egui::FontData::from_static(corridor_core::export::image::fonts::REGULAR),
        vec![
            egui::epaint::text::InsertFontFamily {
                family: egui::FontFamily::Proportional,
                priority: egui::epaint::text::FontPriority::Lowest,
            },
            egui::epaint::text::InsertFontFamily {
                family: egui::FontFamily::Monospace,
                priority: egui::epaint::text::FontPriority::Lowest,
            },
        ],
    ));
}

/// The filter panel's width when first opened, in points.
const FILTER_PANEL_WIDTH: f32 = 250.0;
/// The widest the details panel opens, in points.
const DETAILS_PANEL_WIDTH: f32 = 420.0;

/// What the app starts with. The default reads and writes nothing of the
/// user's: no settings folder, no recovery file (tests rely on this).
#[derive(Clone, Debug)]
pub struct StartOptions {
    /// Files to load instead of the demo data.
    pub paths: Vec<PathBuf>,
    /// Extra classification rules.
    pub rules: Option<PathBuf>,
    /// Ignore remembered settings (tests, `--fresh`).
    pub fresh: bool,
    /// Where the user's rules and the tile cache are.
    pub folders: UserFolders,
    /// Where unsaved work is autosaved and found again at the next start;
    /// `None` turns autosave off.
    pub recovery_file: Option<PathBuf>,
    /// Overrides the remembered theme.
    pub theme: Option<Theme>,
    /// Data with at least this many traces is counted on worker threads.
    pub worker_min_traces: usize,
    /// The desktop's file dialog first, or always the built-in chooser.
    pub file_chooser: super::file_chooser::ChooserMode,
}

impl Default for StartOptions {
    fn default() -> Self {
        Self {
            paths: Vec::new(),
            rules: None,
            fresh: false,
            folders: UserFolders::default(),
            recovery_file: None,
            theme: None,
            worker_min_traces: WORKER_MIN_TRACES,
            file_chooser: super::file_chooser::ChooserMode::from_env(),
        }
    }
}

/// The desktop application.
pub struct CorridorApp {
    /// What is remembered between runs (eframe persistence).
    pub(super) settings: Settings,
    /// The loaded data and what belongs to it.
    pub(super) session: Session,
    /// Windows and questions open now.
    pub(super) dialogs: Dialogs,
    /// Work on other threads.
    pub(super) jobs: Jobs,
    /// The widgets' state between frames.
    pub(super) window: WindowState,
    /// Asked for during this frame, applied after the panels.
    commands: Vec<Command>,
    applied_theme: Option<Theme>,
}

impl CorridorApp {
    /// The app in a window, with the remembered settings unless `start`
    /// says fresh.
    pub fn new(cc: &eframe::CreationContext<'_>, start: StartOptions) -> Self {
        let stored = if start.fresh {
            None
        } else {
            cc.storage
                .and_then(|s| eframe::get_value::<Settings>(s, SETTINGS_KEY))
        };
        let settings = stored.unwrap_or_else(|| Settings {
            // A first start speaks the system's language; fresh settings
            // (tests, `--fresh`) stay English so what they read is known.
            language: if start.fresh {
                crate::app::i18n::Lang::En
            } else {
                crate::app::i18n::system_lang()
            },
            ..Settings::default()
        });
        Self::with_settings(cc.egui_ctx.clone(), settings, start)
    }

    /// The app with these settings (tests, snapshots).
    pub fn with_settings(ctx: egui::Context, mut settings: Settings, start: StartOptions) -> Self {
        if let Some(theme) = start.theme {
            settings.theme = theme;
        }
        let StartOptions {
            paths,
            rules,
            folders,
            recovery_file,
            worker_min_traces,
            file_chooser,
            ..
        } = start;
        add_fallback_font(&ctx);
        let mut app = Self {
            window: WindowState::new(MapState::new(settings.view)),
            settings,
            session: Session::new(ProjectSession::new(recovery_file), worker_min_traces),
            dialogs: Dialogs {
                chooser_mode: file_chooser,
                ..Dialogs::default()
            },
            jobs: Jobs {
                folders,
                rules,
                ..Jobs::default()
            },
            commands: Vec::new(),
            applied_theme: None,
        };
        let project = match paths.as_slice() {
            [path]
                if corridor_core::project::is_project_path(path)
                    || corridor_core::project::handover::is_zip_path(path) =>
            {
                Some(path.clone())
            }
            _ => None,
        };
        if let Some(path) = project {
            // `corridor brief.corridor` (or a double-click) opens the project.
            app.push(Command::Project(ProjectCommand::Open(path)));
        } else if paths.is_empty() {
            app.start_load(
                corridor_core::demo::demo_sources(),
                &ctx,
                Framing::KeepCamera,
                LoadMode::Replace,
            );
        } else {
            app.start_load(
                paths.into_iter().map(DataSource::Path).collect(),
                &ctx,
                Framing::FitToData,
                LoadMode::Replace,
            );
        }
        app.check_recovery();
        app
    }

    /// What is remembered between runs.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// The loaded data, the map's count, the selection, the briefing and
    /// the project.
    pub fn session(&self) -> &Session {
        &self.session
    }

    /// The open dialogs and windows.
    pub fn dialogs(&self) -> &Dialogs {
        &self.dialogs
    }

    /// The background jobs.
    pub fn jobs(&self) -> &Jobs {
        &self.jobs
    }

    /// The widgets' state: map camera, time bar, search, briefing tools, notice.
    pub fn window(&self) -> &WindowState {
        &self.window
    }

    /// What starts every background task (tests inject faults through it).
    pub fn spawner(&self) -> &Spawner {
        &self.jobs.spawner
    }

    /// Data is being loaded, or a project's files checked before a load.
    pub fn is_loading(&self) -> bool {
        self.jobs.is_loading()
    }

    /// The style of the map; `corridor_core::render::view_style` styles a
    /// saved view the same way.
    pub fn style(&self) -> SceneStyle {
        SceneStyle {
            theme: self.settings.theme,
            coloring: self.settings.coloring,
            marks: self.settings.marks,
            ..SceneStyle::default()
        }
    }

    /// Asks for `command`; it is applied after the panels of this frame.
    pub fn push(&mut self, command: Command) {
        self.commands.push(command);
    }

    /// Applies the commands gathered so far.
    fn apply_commands(&mut self, ctx: &egui::Context) {
        let commands = std::mem::take(&mut self.commands);
        if commands.is_empty() {
            return;
        }
        // Something may have changed that a project saves.
        self.session.project.touched = true;
        for command in commands {
            self.apply(command, ctx);
        }
        ctx.request_repaint();
    }

    fn apply_theme(&mut self, ctx: &egui::Context) {
        if self.applied_theme != Some(self.settings.theme) {
            ctx.set_visuals(super::colors::visuals(self.settings.theme));
            let text_styles = super::colors::text_styles(self.settings.theme);
            ctx.style_mut_of(ctx.theme(), |style| style.text_styles = text_styles);
            self.applied_theme = Some(self.settings.theme);
        }
    }

    /// Widths and sizes on the scale of all the data: when chosen, and
    /// while the time bar plays, so flows do not swell and shrink with
    /// each step's total.
    fn scales_locked(&self) -> bool {
        self.settings.lock_scales || self.window.time_bar.playing
    }

    /// Counts the map again if its key changed, restyles if the style did,
    /// and finds the selection's nodes at the level shown.
    fn refresh_view(&mut self, ctx: &egui::Context) {
        let lock_scales = self.scales_locked();
        let session = &mut self.session;
        let key = CountKey {
            data_version: session.data.version,
            level: corridor_core::render::LevelKey::for_view(
                &session.data.view_data.tree,
                self.settings.grouping,
                self.window.map.memory.zoom(),
            ),
            filter: self.settings.filter.clone(),
            density: self.settings.density.clone(),
            lock_scales,
            apart: CountKey::apart_for(self.settings.grouping, &session.selection),
            investigation: None,
        };
        let style = self.style();
        let mut key = key;
        if corridor_core::render::view_job::needs_investigation(&style) {
            // Counted with the marks once the networks and overlaps are
            // found; until then the map is drawn without them.
            let session = &mut self.session;
            key.investigation = session.investigation.version();
            session.view.investigation = session.investigation.inputs();
        }
        let repaint = repainter(ctx);
        self.session
            .view
            .refresh(&self.session.data, key, &style, &self.jobs.spawner, repaint);
        self.session.selection_mask = match self.session.view.level() {
            Some(level) => self.session.selection.mask(level),
            None => Default::default(),
        };
    }

    /// The histograms, and with the panels shown the corridors table (when
    /// open) and the details of the selection (when there is one), counted
    /// again only on a change.
    fn refresh_panels(&mut self, ctx: &egui::Context, panels: Panels) {
        let session = &mut self.session;
        let on_workers = session.counts_on_workers();
        let run_on = |spawner| {
            if on_workers {
                super::background::RunOn::Worker(spawner)
            } else {
                super::background::RunOn::Frame
            }
        };
        session.time_view.refresh(
            &session.data,
            &self.settings.filter,
            &session.selection,
            run_on(&self.jobs.spawner),
            &repainter(ctx),
        );
        if panels == Panels::Shown && self.settings.show_corridors {
            match self.settings.table_tab {
                TableTab::Corridors => session.corridors.refresh(
                    &session.data,
                    self.settings.corridor_level,
                    &self.settings.filter,
                    &session.selection,
                    run_on(&self.jobs.spawner),
                    repainter(ctx),
                ),
                TableTab::Dealers => session.dealers.refresh(
                    &session.data,
                    &self.settings.filter,
                    &session.selection,
                    session.briefing.redaction,
                    run_on(&self.jobs.spawner),
                    repainter(ctx),
                ),
                // Found whatever tab is shown (below): the details use them.
                TableTab::Networks | TableTab::Overlaps => {}
            }
        }
        if panels == Panels::Shown {
            session.networks.refresh(
                &session.data,
                &network_options(&self.settings),
                run_on(&self.jobs.spawner),
                repainter(ctx),
            );
            session
                .overlaps
                .refresh(&session.data, run_on(&self.jobs.spawner), repainter(ctx));
            session
                .networks
                .refresh_chart(session.data.dataset(), session.briefing.redaction);
            session.investigation.refresh(
                session.data.dataset(),
                &session.networks,
                &session.overlaps,
            );
        }
        if panels == Panels::Shown && !session.selection.is_empty() {
            session.details.refresh(
                &session.selection,
                &session.data,
                &self.settings.filter,
                session.briefing.redaction,
            );
        }
    }

    /// A worker that failed says so in a notice (the app goes on).
    fn report_task_failures(&mut self) {
        let session = &mut self.session;
        let failures = [
            session
                .view
                .take_failure()
                .map(|f| (f, tr!("main-kept-map"))),
            session
                .time_view
                .take_failure()
                .map(|f| (f, tr!("main-kept-time-bar"))),
            session
                .corridors
                .take_failure()
                .map(|f| (f, tr!("main-kept-corridors"))),
            session
                .dealers
                .take_failure()
                .map(|f| (f, tr!("main-kept-dealers"))),
            session
                .networks
                .take_failure()
                .map(|f| (f, tr!("main-kept-networks"))),
            session
                .overlaps
                .take_failure()
                .map(|f| (f, tr!("main-kept-overlaps"))),
        ];
        for (failure, kept) in failures.into_iter().flatten() {
            self.window.notice = Some(super::notice::Notice::task_failed(&failure, &kept));
        }
    }

    /// One whole frame; also what UI tests drive.
    pub fn frame_ui(&mut self, ui: &mut egui::Ui) {
        // Every word of this frame in the language set now: a switch in the
        // settings shows from the next frame on, data untouched.
        crate::app::i18n::set_lang(self.settings.language);
        // What was written on loading (the data's label) follows at once.
        self.session.data.relabel(self.settings.language);
        let ctx = ui.ctx().clone();
        self.apply_theme(&ctx);
        self.poll_jobs(&ctx);
        self.check_close_request(&ctx);
        let briefing_ui = &self.window.briefing;
        presentation::presentation_keys(
            &ctx,
            briefing_ui.presentation,
            slide_count(&self.session.briefing.views),
            &mut self.commands,
        );
        super::shortcuts::shortcuts(
            &ctx,
            &super::shortcuts::ShortcutState {
                show_charts: self.settings.show_charts,
                tool: briefing_ui.tool,
                selected_annotation: briefing_ui.selected_annotation,
            },
            &mut self.commands,
        );
        // Presenting: the map alone, with the slide's title over it.
        let panels = if self.window.briefing.is_presenting() {
            Panels::Hidden
        } else {
            Panels::Shown
        };
        if panels == Panels::Shown {
            self.bars_ui(ui);
        }
        // Filter changes take effect before the map draws, in this frame.
        self.apply_commands(&ctx);
        // The camera move of a shown view, before the zoom picks the level.
        self.advance_flight(&ctx);
        self.refresh_view(&ctx);
        self.refresh_panels(&ctx, panels);
        if panels == Panels::Shown {
            self.side_panels_ui(ui);
        }
        panels::time_bar::play_tick(&mut self.window.time_bar, &ctx, &mut self.commands);
        egui::CentralPanel::no_frame().show(ui, |ui| self.map_ui(ui));
        presentation::presentation_overlay_ui(
            &ctx,
            &presentation::SlideContext {
                presentation: self.window.briefing.presentation,
                views: &self.session.briefing.views,
                current: (self.window.briefing.is_presenting()
                    && self.session.briefing.views.is_empty())
                .then(|| self.capture_view(String::new())),
                dataset: self.session.data.dataset(),
                theme: self.settings.theme,
                redaction: self.session.briefing.redaction,
            },
        );
        if panels == Panels::Shown {
            self.windows_ui(&ctx);
        }
        self.dialogs_ui(&ctx);
        panels::drop_overlay::drop_overlay_ui(&ctx);
        self.report_task_failures();
        self.apply_commands(&ctx);
        self.project_after_frame(&ctx);
    }

    /// The menu bar, the status bar and the filter panel.
    fn bars_ui(&mut self, ui: &mut egui::Ui) {
        let session = &self.session;
        let menu = panels::menu_bar::MenuContext {
            settings: &self.settings,
            briefing: &session.briefing,
            tool: self.window.briefing.tool,
            embed_data: session.project.embed_data,
        };
        panels::menu_bar::menu_bar_ui(ui, &menu, &mut self.window.search, &mut self.commands);
        let status = panels::status_bar::StatusContext {
            data: &session.data,
            redaction: session.briefing.redaction,
            checking_sources: self.jobs.source_check.is_some(),
            map_updating: session.view.is_updating(),
            received: session.project.received.as_ref(),
        };
        panels::status_bar::status_bar_ui(ui, &status, &mut self.commands);
        if self.settings.show_filter_panel {
            let filters = panels::filter_panel::FilterContext {
                settings: &self.settings,
                summary: session.view.summary(),
                histograms: &session.time_view.all,
                loaded_traces: session.data.dataset().traces.firearms(),
            };
            egui::Panel::left("filters")
                .resizable(true)
                .default_size(FILTER_PANEL_WIDTH)
                .min_size(200.0)
                .show(ui, |ui| {
                    panels::filter_panel::filter_panel_ui(ui, &filters, &mut self.commands);
                });
        } else {
            egui::Panel::left("filters-strip")
                .resizable(false)
                .exact_size(panels::fold_strip::STRIP_WIDTH)
                .show(ui, |ui| {
                    if panels::fold_strip::strip_ui(
                        ui,
                        panels::fold_strip::Arrow::Right,
                        &tr!("main-strip-filters"),
                        &tr!("main-strip-filters-hint"),
                    ) {
                        self.commands.push(Command::ToggleFilterPanel);
                    }
                });
        }
    }

    /// Under the map the tables, then the time bar, both as wide as the
    /// window past the filter panel, so the time bar stays on one line;
    /// beside the map the views and the details.
    fn side_panels_ui(&mut self, ui: &mut egui::Ui) {
        if self.settings.show_corridors {
            self.tables_ui(ui);
        }
        if self.settings.show_time_bar {
            self.time_bar_ui(ui);
        }
        let session = &self.session;
        let commands = &mut self.commands;
        if self.settings.show_views_panel {
            egui::Panel::right("views")
                .resizable(true)
                .default_size(260.0)
                .min_size(200.0)
                .show(ui, |ui| {
                    panels::views_panel::views_panel_ui(
                        ui,
                        &session.briefing.views,
                        &mut self.window.briefing,
                        commands,
                    );
                });
        }
        if session.selection.is_empty() {
            return;
        }
        if self.settings.details == super::settings::Fold::Folded {
            egui::Panel::right("details-strip")
                .resizable(false)
                .exact_size(panels::fold_strip::STRIP_WIDTH)
                .show(ui, |ui| {
                    if panels::fold_strip::strip_ui(
                        ui,
                        panels::fold_strip::Arrow::Left,
                        &tr!("main-strip-details"),
                        &tr!("main-strip-details-hint"),
                    ) {
                        commands.push(Command::SetDetailsFold(super::settings::Fold::Open));
                    }
                });
            return;
        }
        // A third of a laptop screen at most, so the map keeps the rest.
        let width = (ui.ctx().content_rect().width() * 0.28).clamp(300.0, DETAILS_PANEL_WIDTH);
        egui::Panel::right("details")
            .resizable(true)
            .default_size(width)
            .min_size(280.0)
            .show(ui, |ui| {
                panels::details_panel::details_panel_ui(
                    ui,
                    &panels::details_panel::DetailsContext {
                        dataset: session.data.dataset(),
                        selection: &session.selection,
                        details: &session.details,
                        redaction: session.briefing.redaction,
                        networks: session.networks.networks(),
                        overlaps: &session.overlaps,
                    },
                    commands,
                );
            });
    }

    /// The corridors or dealers table under the map.
    fn tables_ui(&mut self, ui: &mut egui::Ui) {
        let session = &self.session;
        let commands = &mut self.commands;
        // A third of the window's height at most.
        let height = (ui.ctx().content_rect().height() * 0.3).clamp(140.0, 300.0);
        egui::Panel::bottom("corridors")
            .resizable(true)
            .default_size(height)
            .min_size(120.0)
            .show(ui, |ui| {
                let tab = self.settings.table_tab;
                panels::tables_panel::table_tabs_ui(ui, tab, commands);
                match tab {
                    TableTab::Corridors => panels::corridors_panel::corridors_panel_ui(
                        ui,
                        &panels::corridors_panel::CorridorsContext {
                            table: &session.corridors,
                            level: self.settings.corridor_level,
                            theme: self.settings.theme,
                            redaction: session.briefing.redaction,
                        },
                        commands,
                    ),
                    TableTab::Dealers => panels::dealers_panel::dealers_panel_ui(
                        ui,
                        &panels::dealers_panel::DealersContext {
                            table: &session.dealers,
                            dataset: session.data.dataset(),
                            selection: &session.selection,
                            theme: self.settings.theme,
                            redaction: session.briefing.redaction,
                        },
                        commands,
                    ),
                    TableTab::Overlaps => panels::overlaps_panel::overlaps_panel_ui(
                        ui,
                        &panels::overlaps_panel::OverlapsContext {
                            table: &session.overlaps,
                            dataset: session.data.dataset(),
                            redaction: session.briefing.redaction,
                        },
                        commands,
                    ),
                    TableTab::Networks => panels::networks_panel::networks_panel_ui(
                        ui,
                        &panels::networks_panel::NetworksContext {
                            table: &session.networks,
                            dataset: session.data.dataset(),
                            options: &network_options(&self.settings),
                            filtered: self.settings.filter.has_purchasers(),
                            redaction: session.briefing.redaction,
                        },
                        commands,
                    ),
                }
            });
    }

    /// Traces per month and the date range.
    fn time_bar_ui(&mut self, ui: &mut egui::Ui) {
        let session = &self.session;
        egui::Panel::bottom("time-bar")
            .resizable(false)
            .show(ui, |ui| {
                panels::time_bar::time_bar_ui(
                    ui,
                    &panels::time_bar::TimeBarContext {
                        filter: &self.settings.filter,
                        play_step: self.settings.play_step,
                        months: &session.time_view.all.months,
                        summary: session.view.summary(),
                    },
                    &mut self.window.time_bar,
                    &mut self.commands,
                );
            });
    }

    fn map_ui(&mut self, ui: &mut egui::Ui) {
        let session = &self.session;
        let context = map::MapContext {
            settings: &self.settings,
            dataset: session.data.dataset(),
            view: &session.view,
            selection: &session.selection,
            mask: &session.selection_mask,
            annotations: &session.briefing.annotations,
            redaction: session.briefing.redaction,
            folders: &self.jobs.folders,
            notice: self.window.notice.as_ref(),
            load: self.jobs.load.as_ref(),
            lock_scales: self.scales_locked(),
        };
        map::map_ui(
            ui,
            &context,
            &mut self.window.map,
            &mut self.window.briefing,
            &mut self.commands,
        );
    }

    /// The import report, About, the charts and the annotation editor.
    fn windows_ui(&mut self, ctx: &egui::Context) {
        let session = &self.session;
        let commands = &mut self.commands;
        let report = match &self.dialogs.failed_report {
            Some(failed) => panels::report_window::ShownReport::Failed(failed),
            None => panels::report_window::ShownReport::Loaded(&session.data.report),
        };
        panels::report_window::report_window_ui(ctx, self.dialogs.report_open, report, commands);
        panels::about_window::about_window_ui(ctx, self.dialogs.about_open, commands);
        panels::agencies_window::agencies_window_ui(ctx, &mut self.dialogs.agencies, commands);
        panels::handover_window::handover_window_ui(ctx, &mut self.dialogs.handover, commands);
        if session.networks.chart_open
            && let Some((number, chart)) = session.networks.chart()
        {
            panels::link_chart_window::link_chart_window_ui(
                ctx,
                &tr!("main-link-chart-title", number = number),
                chart,
                commands,
            );
        }
        panels::help_windows::help_window_ui(ctx, self.dialogs.help, commands);
        if self.settings.show_charts {
            panels::charts_window::charts_window_ui(
                ctx,
                &panels::charts_window::ChartsContext {
                    histograms: session.time_view.charted(),
                    of_selection: session.time_view.selected.is_some(),
                    filter: &self.settings.filter,
                    theme: self.settings.theme,
                },
                commands,
            );
        }
        panels::annotation_editor::annotation_editor_ui(
            ctx,
            &session.briefing.annotations,
            &mut self.window.briefing,
            commands,
        );
    }

    /// The modal questions and the import dialogs.
    fn dialogs_ui(&mut self, ctx: &egui::Context) {
        let commands = &mut self.commands;
        let dialogs = &mut self.dialogs;
        if let Some(chooser) = &mut dialogs.chooser {
            use panels::file_chooser_window::{ChooserOutcome, file_chooser_ui};
            match file_chooser_ui(ctx, chooser) {
                ChooserOutcome::Open => {}
                ChooserOutcome::Chosen(paths) => {
                    commands.extend(chooser.finish(paths));
                    dialogs.chooser = None;
                }
                ChooserOutcome::Cancelled => dialogs.chooser = None,
            }
        }
        panels::open_choice::open_choice_ui(
            ctx,
            dialogs.open_choice.as_deref(),
            self.session.data.dataset().traces.firearms(),
            commands,
        );
        panels::sheets_dialog::sheets_dialog_ui(ctx, &mut dialogs.sheets, commands);
        panels::mapping_dialog::mapping_dialog_ui(ctx, &mut dialogs.mapping, commands);
        panels::date_dialog::date_dialog_ui(ctx, &mut dialogs.date, commands);
        panels::matrix_dialog::matrix_dialog_ui(ctx, dialogs.matrix.as_ref(), commands);
        panels::project_dialogs::project_dialogs_ui(
            ctx,
            dialogs.sources.as_ref(),
            dialogs.recovery.as_ref(),
            commands,
        );
        if dialogs.unsaved.asking.is_some() {
            super::unsaved_changes::unsaved_dialog_ui(
                ctx,
                &self.session.project.display_name(),
                commands,
            );
        }
    }
}

/// Whether the panels around the map are drawn (not while presenting).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Panels {
    Shown,
    Hidden,
}

/// A callback that wakes the window, for workers.
pub(super) fn repainter(ctx: &egui::Context) -> impl FnOnce() + Send + Clone + 'static {
    let ctx = ctx.clone();
    move || ctx.request_repaint()
}

impl eframe::App for CorridorApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.frame_ui(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        self.settings.view = self.window.map.view();
        eframe::set_value(storage, SETTINGS_KEY, &self.settings);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.project_on_exit();
    }
}

/// The networks the settings ask for: case, recovery and address links
/// (and store-and-day when ticked), as of the filter's as-of date (today
/// when none is set), with the filter's short time-to-crime threshold.
fn network_options(settings: &Settings) -> corridor_core::investigate::NetworkOptions {
    let mut options =
        corridor_core::investigate::NetworkOptions::as_of(settings.filter.as_of_day());
    if settings.network_store_day {
        options
            .links
            .push(corridor_core::investigate::LinkKind::StoreDay);
    }
    options.short_ttc_months = settings.filter.short_ttc_months;
    options
}
