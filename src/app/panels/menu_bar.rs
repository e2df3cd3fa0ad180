//! File, View and Help menus.

use egui::Ui;

use corridor_core::aggregate::areas::AreaLevel;
use corridor_core::briefing::Briefing;
use corridor_core::scene::{FlowColoring, Theme};

use crate::app::briefing_ui::AnnotationTool;
use crate::app::commands::Command;
use crate::app::settings::{Settings, TableTab};
use crate::app::view_model::Grouping;

/// What the menus show.
pub struct MenuContext<'a> {
    /// Toggles, theme, colouring, grouping, recent projects.
    pub settings: &'a Settings,
    /// Views (for the deck export), annotations, the redaction switch.
    pub briefing: &'a Briefing,
    /// The annotation tool armed.
    pub tool: Option<AnnotationTool>,
    /// Whether projects save the data's bytes.
    pub embed_data: bool,
}

/// What the map's nodes are, and whether scales stay fixed.
fn grouping_ui(ui: &mut Ui, settings: &Settings, commands: &mut Vec<Command>) {
    ui.label(egui::RichText::new("Group locations").small().strong());
    let mut grouping = settings.grouping;
    ui.radio_value(&mut grouping, Grouping::Clusters, "Clusters by zoom")
        .on_hover_text(
            "Nearby stores and sites merge as you zoom out; named after the busiest one.",
        );
    ui.radio_value(
        &mut grouping,
        Grouping::Areas(AreaLevel::State),
        "US states to Mexican states",
    );
    ui.radio_value(
        &mut grouping,
        Grouping::Areas(AreaLevel::Town),
        "Towns to municipalities",
    );
    ui.radio_value(&mut grouping, Grouping::Locations, "Every store and site")
        .on_hover_text("No grouping: one symbol per store and per recovery site.");
    if grouping != settings.grouping {
        commands.push(Command::SetGrouping(grouping));
    }
    let mut locked = settings.lock_scales;
    if ui
        .checkbox(&mut locked, "Lock scales")
        .on_hover_text(
            "Keep flow widths and symbol sizes on the scale of all loaded data, so views and              filters can be compared side by side. The legend says which scale is in use.",
        )
        .changed()
    {
        commands.push(Command::SetLockScales(locked));
    }
}

/// The menu bar with the search box.
pub fn menu_bar_ui(
    ui: &mut Ui,
    menu: &MenuContext<'_>,
    search: &mut super::search_box::SearchState,
    commands: &mut Vec<Command>,
) {
    let settings = menu.settings;
    egui::Panel::top("menu").show(ui, |ui| {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("File", |ui| {
                super::project_menu::project_menu_ui(ui, &settings.recent_projects, menu.embed_data, commands);
                ui.separator();
                if ui.add(egui::Button::new("Open…").shortcut_text("Ctrl+O")).clicked() {
                    commands.push(Command::OpenDialog);
                }
                if ui.button("Open demo data").clicked() {
                    commands.push(Command::OpenDemo);
                }
                ui.separator();
                if ui.add(egui::Button::new("Import report").shortcut_text("Ctrl+R")).clicked() {
                    commands.push(Command::ShowReport(true));
                }
                if ui.button("Save import report as CSV…").clicked() {
                    commands.push(Command::SaveReport);
                }
                if ui
                    .button("Agencies of the files…")
                    .on_hover_text("Which agency each file's records come from, for the Overlaps table")
                    .clicked()
                {
                    commands.push(Command::EditAgencies);
                }
                if ui
                    .button("Export to flowmap.blue…")
                    .on_hover_text("locations.csv and flows.csv of the traces in the filter, one location per store and site")
                    .clicked()
                {
                    commands.push(Command::ExportFlowmap);
                }
                super::project_menu::export_data_item_ui(ui, commands);
                super::project_menu::alias_key_item_ui(
                    ui,
                    menu.briefing.redaction.is_active(),
                    commands,
                );
                super::project_menu::export_image_items_ui(
                    ui,
                    !menu.briefing.views.is_empty(),
                    settings.export_scale,
                    commands,
                );
                ui.separator();
                if ui.add(egui::Button::new("Quit").shortcut_text("Ctrl+Q")).clicked() {
                    commands.push(Command::Quit);
                }
            });
            ui.menu_button("View", |ui| {
                if ui.add(egui::Button::new("Fit to data").shortcut_text("Ctrl+0")).clicked() {
                    commands.push(Command::FitToData);
                }
                ui.separator();
                let mut theme = settings.theme;
                for choice in Theme::ALL {
                    ui.radio_value(&mut theme, choice, choice.label(crate::app::i18n::lang()));
                }
                if theme != settings.theme {
                    commands.push(Command::SetTheme(theme));
                }
                ui.separator();
                let mut coloring = settings.coloring;
                ui.radio_value(&mut coloring, FlowColoring::ByClass, "Colour flows by weapon class");
                ui.radio_value(&mut coloring, FlowColoring::Single, "One colour for all flows");
                ui.radio_value(&mut coloring, FlowColoring::ByNetwork, "Colour flows by purchaser network")
                    .on_hover_text("Each flow in the colour of the network most of its traces belong to (Networks table); the others grey");
                if coloring != settings.coloring {
                    commands.push(Command::SetColoring(coloring));
                }
                let mut marks = settings.marks;
                ui.menu_button("Mark flagged traces", |ui| {
                    ui.label("Outline the flows and ring the symbols that carry a trace with any of:");
                    for indicator in corridor_core::investigate::Indicator::ALL {
                        let mut on = marks.flagged.has(indicator);
                        if ui.checkbox(&mut on, indicator.label(crate::app::i18n::lang())).changed() {
                            marks.flagged.set(indicator, on);
                        }
                    }
                });
                ui.checkbox(&mut marks.overlaps, "Mark records another agency holds")
                    .on_hover_text("Ring the stores and recovery sites of records that another agency also holds (Overlaps table)");
                ui.checkbox(&mut marks.fade_stale, "Fade stale leads")
                    .on_hover_text("Draw faint the flows whose latest recovery is a stale lead as of the filter's date");
                if marks != settings.marks {
                    commands.push(Command::SetMarks(marks));
                }
                ui.separator();
                grouping_ui(ui, settings, commands);
                ui.separator();
                let mut toggles = [
                    (settings.show_filter_panel, "Filter panel"),
                    (settings.show_legend, "Legend"),
                    (settings.show_city_labels, "City labels"),
                    (settings.show_ports, "Ports of entry"),
                ];
                for (value, label) in &mut toggles {
                    ui.checkbox(value, *label);
                }
                // One panel holds both tables; each checkbox says whether
                // its table is the one shown.
                for tab in TableTab::ALL {
                    let showing = settings.show_corridors && settings.table_tab == tab;
                    let mut checked = showing;
                    ui.horizontal(|ui| {
                        ui.checkbox(&mut checked, format!("{} table", tab.label()));
                        if tab == TableTab::Corridors {
                            ui.weak("Ctrl+T");
                        }
                    });
                    if checked != showing {
                        commands.push(if checked {
                            Command::ShowTable(tab)
                        } else {
                            Command::ToggleCorridors
                        });
                    }
                }
                if toggles[0].0 != settings.show_filter_panel {
                    commands.push(Command::ToggleFilterPanel);
                }
                if toggles[1].0 != settings.show_legend {
                    commands.push(Command::SetLegend(toggles[1].0));
                }
                if toggles[2].0 != settings.show_city_labels {
                    commands.push(Command::SetCityLabels(toggles[2].0));
                }
                if toggles[3].0 != settings.show_ports {
                    commands.push(Command::SetPorts(toggles[3].0));
                }
                let mut time_bar = settings.show_time_bar;
                if ui
                    .checkbox(&mut time_bar, "Time bar")
                    .on_hover_text("Traces per month under the map: choose, drag or play a date range")
                    .changed()
                {
                    commands.push(Command::SetTimeBar(time_bar));
                }
                let mut charts = settings.show_charts;
                if ui
                    .checkbox(&mut charts, "Charts")
                    .on_hover_text(format!(
                        "Weapon-class mix, traces per month and time to crime for the filter or the selection ({})",
                        super::charts_window::SHORTCUT_TEXT
                    ))
                    .changed()
                {
                    commands.push(Command::SetCharts(charts));
                }
                ui.separator();
                crate::app::briefing_ui::menu::view_menu_items_ui(
                    ui,
                    settings.show_views_panel,
                    menu.briefing.redaction,
                    commands,
                );
                ui.separator();
                let mut online = settings.online_tiles;
                ui.checkbox(&mut online, "Online map tiles (OpenStreetMap)")
                    .on_hover_text(
                        "Off by default. When on, map images are downloaded from tile.openstreetmap.org, \
                         and that server sees which areas you look at.",
                    );
                if online != settings.online_tiles {
                    commands.push(Command::SetOnlineTiles(online));
                }
            });
            crate::app::briefing_ui::menu::annotate_menu_ui(
                ui,
                menu.tool,
                &menu.briefing.annotations,
                commands,
            );
            ui.menu_button("Help", |ui| {
                use super::help_windows::HelpPage;
                for page in [HelpPage::QuickStart, HelpPage::DataFormats] {
                    if ui.button(page.title()).clicked() {
                        commands.push(Command::ShowHelp(Some(page)));
                    }
                }
                ui.separator();
                if ui.button("About Corridor").clicked() {
                    commands.push(Command::ShowAbout(true));
                }
            });
            ui.add_space(16.0);
            super::search_box::search_box_ui(ui, search, commands);
        });
    });
}
