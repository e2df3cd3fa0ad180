//! Applying commands, after the panels of a frame asked for them.

use corridor_core::aggregate::Selection;
use corridor_core::aggregate::time_window::{advance, play_window};
use corridor_core::i18n::ToPhrase;
use corridor_core::import::DataSource;
use corridor_core::import::mapping::ColumnMapping;
use corridor_core::phrase;
use corridor_core::scene::hit::Hit;

use super::commands::{Command, Framing, LoadMode, SelectMode};
use super::corridor_app::CorridorApp;
use super::file_chooser::{ChooseKind, Chosen, FileRequest, OnChosen, choose};
use super::notice::Notice;
use super::unsaved_changes::Replacing;
use crate::tr;

impl CorridorApp {
    pub(super) fn apply(&mut self, command: Command, ctx: &egui::Context) {
        let filter = &mut self.settings.filter;
        match command {
            Command::OpenDialog => self.open_dialog(),
            Command::OpenPaths(paths) => {
                if let Some(dialog) = super::panels::sheets_dialog::SheetsDialog::for_paths(&paths)
                {
                    self.dialogs.sheets = Some(dialog);
                    return;
                }
                self.open_checked(paths);
            }
            Command::OpenSheets { paths, excluded } => {
                self.dialogs.sheets = None;
                let files: Vec<String> = paths
                    .iter()
                    .filter_map(|p| Some(p.file_name()?.to_string_lossy().into_owned()))
                    .collect();
                let chosen = &mut self.session.project.import.excluded_sheets;
                chosen.retain(|(file, _)| !files.contains(file));
                chosen.extend(excluded);
                self.open_checked(paths);
            }
            Command::CancelSheets => self.dialogs.sheets = None,
            Command::LoadPaths { paths, mode } => {
                self.dialogs.open_choice = None;
                self.start_load(
                    paths.into_iter().map(DataSource::Path).collect(),
                    ctx,
                    Framing::FitToData,
                    mode,
                );
            }
            Command::CancelOpen => self.dialogs.open_choice = None,
            Command::ApplyMapping(mapping) => {
                self.dialogs.mapping = None;
                self.remember_mapping(mapping);
                self.rerun_last_load(ctx);
            }
            Command::CloseMappingDialog => self.dialogs.mapping = None,
            Command::ApplyDateOrder(order) => {
                if let Some(dialog) = self.dialogs.date.take() {
                    for mapping in dialog.mappings(order) {
                        self.remember_mapping(mapping);
                    }
                    self.rerun_last_load(ctx);
                }
            }
            Command::CloseDateDialog => self.dialogs.date = None,
            Command::ApplyMatrixRows(rows) => {
                self.dialogs.matrix = None;
                self.session.project.import.matrix_rows = Some(rows);
                self.rerun_last_load(ctx);
            }
            Command::CloseMatrixDialog => self.dialogs.matrix = None,
            Command::OpenDemo => {
                self.session.project.received = None;
                self.start_load(
                    corridor_core::demo::demo_sources(),
                    ctx,
                    Framing::FitToData,
                    LoadMode::Replace,
                );
            }
            Command::CancelLoad => {
                if let Some(job) = &self.jobs.load {
                    job.cancel();
                }
            }
            Command::SetClass(class, enabled) => filter.set_class(class, enabled),
            Command::SetAllClasses(enabled) => {
                filter.classes = [enabled; corridor_core::model::WeaponClass::COUNT];
            }
            Command::SetMakeModel(text) => filter.make_model = text,
            Command::SetIndicator(indicator, on) => filter.indicators.set(indicator, on),
            Command::SetShortTtcMonths(months) => filter.short_ttc_months = months.clamp(1, 600),
            Command::SetFreshOnly(on) => filter.fresh_only = on,
            Command::SetAsOf(day) => filter.as_of = day,
            Command::ResetFilters => {
                *filter = Default::default();
                self.settings.density = Default::default();
                self.window.time_bar.playing = false;
            }
            Command::SetDateField(field) => filter.date_field = field,
            Command::SetDates(dates) => filter.dates = dates,
            Command::SetTtcDays(days) => filter.ttc_days = days,
            Command::SetPlaying(on) => self.set_playing(on, ctx),
            Command::SetPlayStep(step) => self.settings.play_step = step,
            Command::StepTime => {
                let next = self
                    .session
                    .time_view
                    .all
                    .months
                    .span()
                    .and_then(|(_, last)| advance(filter.dates, self.settings.play_step, last));
                match next {
                    Some(dates) => filter.dates = dates,
                    None => self.window.time_bar.playing = false,
                }
            }
            Command::SetTimeBar(on) => self.settings.show_time_bar = on,
            Command::SetCharts(on) => self.settings.show_charts = on,
            Command::SetMinTraces(n) => self.settings.density.min_traces = n.max(1),
            Command::SetTopFlows(top) => self.settings.density.top = top,
            Command::SetTheme(theme) => self.settings.theme = theme,
            Command::SetLanguage(lang) => self.settings.language = lang,
            Command::SetColoring(coloring) => self.settings.coloring = coloring,
            Command::SetMarks(marks) => self.settings.marks = marks,
            Command::SetOnlineTiles(on) => {
                self.settings.online_tiles = on;
                if !on {
                    self.window.map.drop_tiles();
                }
            }
            Command::SetCityLabels(on) => self.settings.show_city_labels = on,
            Command::SetPorts(on) => self.settings.show_ports = on,
            Command::SetLegend(on) => self.settings.show_legend = on,
            Command::ToggleFilterPanel => {
                self.settings.show_filter_panel = !self.settings.show_filter_panel;
            }
            Command::ToggleCorridors => {
                self.settings.show_corridors = !self.settings.show_corridors;
            }
            Command::ShowTable(tab) => {
                self.settings.show_corridors = true;
                self.settings.table_tab = tab;
            }
            Command::SortDealers(column) => {
                let table = &mut self.session.dealers;
                table.sort = table.sort.clicked(column, column.descending_first());
            }
            Command::SelectDealer(store) => self.select_dealer(store),
            Command::ShowNetwork(index) => self.show_network(index),
            Command::SetNetworkStoreDay(on) => self.settings.network_store_day = on,
            Command::ShowLinkChart(open) => self.session.networks.chart_open = open,
            Command::SortNetworks(column) => {
                let table = &mut self.session.networks;
                table.sort = table.sort.clicked(column, column.descending_first());
            }
            Command::SelectOverlap(index) => self.select_overlap(index),
            Command::EditAgencies => {
                let chosen = &self.session.project.import.agencies;
                let rows = self
                    .session
                    .data
                    .dataset()
                    .sources
                    .iter()
                    .map(|source| {
                        let label = chosen
                            .iter()
                            .find(|(file, _)| *file == source.name)
                            .map_or_else(String::new, |(_, label)| label.clone());
                        (source.name.clone(), label)
                    })
                    .collect();
                self.dialogs.agencies = Some(rows);
            }
            Command::SetAgencies(rows) => {
                self.dialogs.agencies = None;
                let labels: Vec<(String, String)> = rows
                    .into_iter()
                    .map(|(file, label)| (file, label.trim().to_owned()))
                    .filter(|(_, label)| !label.is_empty())
                    .collect();
                if labels != self.session.project.import.agencies {
                    self.session.project.import.agencies = labels;
                    self.rerun_last_load(ctx);
                }
            }
            Command::CloseAgencies => self.dialogs.agencies = None,
            Command::SortTraces(column) => self.session.details.sort_by(column),
            Command::SetLegendFold(fold) => self.settings.legend = fold,
            Command::SetDetailsFold(fold) => self.settings.details = fold,
            Command::SetCorridorLevel(level) => self.settings.corridor_level = level,
            Command::SortCorridors(column) => {
                let table = &mut self.session.corridors;
                table.sort = table.sort.clicked(column, column.descending_first());
            }
            Command::SelectCorridor {
                origin,
                destination,
            } => self.select_corridor(origin, destination),
            Command::ExportFlowmap => self.export_flowmap(),
            Command::ExportFlowmapTo(dir) => self.export_flowmap_to(&dir),
            Command::SaveReportTo(path) => {
                if !self.refuses_output(&path, super::output_guard::ProjectFile::IsInput) {
                    self.save_report_to(&path);
                }
            }
            Command::FitToData => self.window.map.fit_pending = true,
            Command::ZoomBy(delta) => self.window.map.zoom_by(delta),
            Command::Select(hit) => self.select(hit, SelectMode::Replace),
            Command::SelectAdd(hit) => self.select(Some(hit), SelectMode::Add),
            Command::SelectNodes { nodes, mode } => self.select_nodes(&nodes, mode),
            Command::SetSelection(selection) => {
                let dataset = self.session.data.dataset();
                self.session.selection = super::briefing_ui::views::valid_selection(
                    &selection,
                    dataset.stores.len(),
                    dataset.sites.len(),
                );
                self.session.corridors.selected = None;
            }
            Command::SetSearchQuery(query) => {
                self.window.search.set_results(&self.session.data, query);
            }
            Command::FocusSearch => self.window.search.focus_requested = true,
            Command::ShowSearchHit(hit) => {
                self.window.search.close();
                self.window.map.focus_pending = Some(hit.target);
                if !hit.select.is_empty() {
                    self.session.selection = hit.select;
                }
            }
            Command::SetGrouping(grouping) => self.settings.grouping = grouping,
            Command::SetLockScales(on) => self.settings.lock_scales = on,
            Command::ShowReport(open) => self.dialogs.report_open = open,
            Command::SaveReport => self.save_report(),
            Command::ShowAbout(open) => self.dialogs.about_open = open,
            Command::ShowHelp(page) => self.dialogs.help = page,
            Command::DismissNotice => self.window.notice = None,
            Command::Project(command) => self.apply_project(command, ctx),
            Command::Image(command) => self.apply_image(command, ctx),
            Command::Briefing(command) => self.apply_briefing(command, ctx),
            Command::Quit => {
                if !self.must_confirm(Replacing::Quit) {
                    // Asked already (or nothing unsaved): the close request
                    // this sends must not ask again.
                    self.confirmed();
                    ctx.send_viewport_cmd(egui::ViewportCommand::Close);
                }
            }
        }
    }

    /// Opens files once their sheets are chosen: asks whether to add or
    /// replace when real data is shown.
    fn open_checked(&mut self, paths: Vec<std::path::PathBuf>) {
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
        let dataset = self.session.data.dataset();
        if !dataset.is_empty() && !dataset.is_synthetic() {
            self.dialogs.open_choice = Some(paths);
        } else {
            self.push(Command::LoadPaths {
                paths,
                mode: LoadMode::Replace,
            });
        }
    }

    fn open_dialog(&mut self) {
        let request = FileRequest::new(ChooseKind::OpenFiles, tr!("import-open-title"))
            .filter(
                &tr!("import-open-filter-traces"),
                &[
                    "csv", "tsv", "txt", "geojson", "json", "xlsx", "xlsm", "xlsb", "xls", "ods",
                    "parquet",
                ],
            )
            .filter(&tr!("import-open-filter-all"), &["*"])
            .directory(self.settings.last_folder.as_ref());
        self.choose_file(request, Box::new(Command::OpenPaths));
    }

    /// Asks for a file or folder (the desktop's dialog, or the built-in
    /// chooser when there is none) and runs `then` with the choice. A
    /// cancelled choice does nothing: the user knows they cancelled.
    pub(super) fn choose_file(&mut self, request: FileRequest, then: OnChosen) {
        let dialogs = &mut self.dialogs;
        if let Chosen::Now(command) =
            choose(request, dialogs.chooser_mode, &mut dialogs.chooser, then)
        {
            self.push(command);
        }
    }

    /// Selects what was clicked; `None` clears. With [`SelectMode::Add`] a
    /// node joins the selection, or leaves it when already in.
    fn select(&mut self, hit: Option<Hit>, mode: SelectMode) {
        let session = &mut self.session;
        let Some(level) = session.view.level() else {
            return;
        };
        session.corridors.selected = None;
        match hit {
            None => session.selection = Default::default(),
            Some(Hit::Node(node)) if mode == SelectMode::Add => {
                let already = session
                    .selection_mask
                    .selected
                    .get(node as usize)
                    .copied()
                    .unwrap_or(false);
                if already && !session.selection.between {
                    session.selection.remove_node(level, node);
                } else {
                    session.selection.add_node(level, node);
                }
            }
            Some(Hit::Node(node)) => session.selection = Selection::of_node(level, node),
            Some(Hit::Flow(i)) => {
                if let Some(flow) = session.view.summary().flows.get(i) {
                    session.selection = Selection::of_flow(level, flow);
                }
            }
        }
    }

    /// Selects the nodes of a box or lasso at the level shown.
    fn select_nodes(&mut self, nodes: &[u32], mode: SelectMode) {
        let session = &mut self.session;
        let Some(level) = session.view.level() else {
            return;
        };
        if mode == SelectMode::Replace {
            session.selection = Default::default();
        }
        for &node in nodes {
            session.selection.add_node(level, node);
        }
    }

    /// Keeps a mapping (the newest for a header layout wins).
    pub(super) fn remember_mapping(&mut self, mapping: ColumnMapping) {
        let headers: Vec<&str> = mapping.headers.iter().map(String::as_str).collect();
        self.settings.mappings.retain(|m| !m.matches(&headers));
        self.settings.mappings.push(mapping);
    }

    /// Selects a corridor's origin stores and destination sites, showing
    /// only the flows between them, and frames them on the map.
    fn select_corridor(&mut self, origin: String, destination: String) {
        let session = &mut self.session;
        // The areas the clicked row was counted in.
        let Some(areas) = session.corridors.area_index() else {
            return;
        };
        let selection =
            corridor_core::aggregate::corridors::corridor_selection(areas, &origin, &destination);
        self.window.map.fit_target =
            corridor_core::scene::selection_bounds(session.data.dataset(), &selection);
        session.selection = selection;
        session.corridors.selected = Some((origin, destination));
    }

    /// Selects a store from the dealers table with the recovery sites the
    /// table follows, and frames them; the table keeps its rows.
    fn select_dealer(&mut self, store: corridor_core::model::StoreId) {
        let session = &mut self.session;
        if store.0 as usize >= session.data.dataset().stores.len() {
            return;
        }
        let followed = session.dealers.followed(&session.selection).clone();
        let choice = super::panels::dealers_panel::DealerChoice::new(store, &followed);
        self.window.map.fit_target =
            corridor_core::scene::selection_bounds(session.data.dataset(), &choice.made);
        session.selection = choice.made.clone();
        session.corridors.selected = None;
        session.dealers.chosen = Some(choice);
    }

    /// Shows only the traces of a network of the networks table (by its
    /// purchasers, in the filter) and frames its stores and sites; `None`
    /// shows every purchaser again.
    fn show_network(&mut self, index: Option<usize>) {
        let session = &mut self.session;
        let filter = &mut self.settings.filter;
        let dataset = session.data.dataset();
        let found = index.and_then(|i| {
            let networks = session.networks.networks()?;
            let network = networks.list.get(i)?;
            Some((i, networks.filter_names(dataset, i), network))
        });
        let Some((i, names, network)) = found else {
            filter.purchasers.clear();
            session.networks.shown = None;
            return;
        };
        let places = corridor_core::aggregate::Selection {
            stores: network.stores.iter().map(|s| s.0).collect(),
            sites: network.sites.iter().map(|s| s.0).collect(),
            between: true,
        };
        self.window.map.fit_target = corridor_core::scene::selection_bounds(dataset, &places);
        filter.purchasers = names;
        session.selection = Default::default();
        session.networks.shown = Some(i);
    }

    /// Selects the stores and recovery sites of an overlap's records (the
    /// traces both agencies hold) and frames them.
    fn select_overlap(&mut self, index: usize) {
        let session = &mut self.session;
        let dataset = session.data.dataset();
        let Some(overlap) = session.overlaps.overlaps().get(index) else {
            return;
        };
        let traces = &dataset.traces;
        let rows = overlap.records.iter().map(|r| r.row as usize);
        let selection = corridor_core::aggregate::Selection {
            stores: rows.clone().map(|r| traces.store[r].0).collect(),
            sites: rows.map(|r| traces.site[r].0).collect(),
            between: true,
        };
        self.window.map.fit_target = corridor_core::scene::selection_bounds(dataset, &selection);
        session.selection = selection;
    }

    fn export_flowmap(&mut self) {
        let request = FileRequest::new(ChooseKind::Folder, tr!("main-flowmap-title"))
            .directory(self.settings.last_folder.as_ref());
        self.choose_file(
            request,
            Box::new(|mut paths| Command::ExportFlowmapTo(paths.remove(0))),
        );
    }

    fn export_flowmap_to(&mut self, dir: &std::path::Path) {
        let data = &self.session.data.view_data;
        let result = corridor_core::export::flowmap_blue::export_flowmap_blue_dir(
            &data.dataset,
            &data.index,
            &self.settings.filter,
            self.session.briefing.redaction,
            dir,
        );
        self.window.notice = Some(match result {
            Ok(written) => Notice::info(phrase!(
                "main-flowmap-written",
                flows = written.flows,
                traces = written.traces,
                locations_file = written.locations_path.display().to_string(),
                flows_file = written.flows_path.display().to_string()
            )),
            Err(error) => Notice::error(phrase!("main-flowmap-failed", error = error.phrase())),
        });
    }

    /// Starts playing from the range as set (open ends filled from the
    /// data; from the start again when the range is already at the end).
    fn set_playing(&mut self, on: bool, ctx: &egui::Context) {
        let time_bar = &mut self.window.time_bar;
        time_bar.playing = false;
        let Some(axis) = self.session.time_view.all.months.span() else {
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
        time_bar.playing = true;
        time_bar.last_step_s = ctx.input(|i| i.time);
    }

    fn save_report(&mut self) {
        let request = FileRequest::new(ChooseKind::SaveFile, tr!("import-report-save-title"))
            .file_name("import-report.csv")
            .filter("CSV", &["csv"])
            .directory(self.settings.last_folder.as_ref());
        self.choose_file(
            request,
            Box::new(|mut paths| Command::SaveReportTo(paths.remove(0))),
        );
    }

    fn save_report_to(&mut self, path: &std::path::Path) {
        // Atomic, as every output: a failure leaves an earlier report whole.
        let result = corridor_core::project::atomic::AtomicFile::create(path)
            .map_err(anyhow::Error::from)
            .and_then(|mut file| {
                self.session.data.report.write_csv(&mut file)?;
                file.commit()?;
                Ok(())
            });
        self.window.notice = Some(match result {
            Ok(()) => Notice::info(phrase!(
                "import-report-saved",
                path = path.display().to_string()
            )),
            Err(error) => Notice::error(phrase!(
                "import-report-not-saved",
                path = path.display().to_string(),
                error = error.to_string()
            )),
        });
    }
}
