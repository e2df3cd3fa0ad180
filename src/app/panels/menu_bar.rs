//! File, View, Settings and Help menus.

use egui::Ui;

use corridor_core::aggregate::areas::AreaLevel;
use corridor_core::briefing::Briefing;
use corridor_core::scene::{FlowColoring, Theme};

use crate::app::briefing_ui::AnnotationTool;
use crate::app::commands::Command;
use crate::app::i18n::{Lang, lang};
use crate::app::settings::{Settings, TableTab};
use crate::app::view_model::Grouping;
use crate::tr;

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
    ui.label(
        egui::RichText::new(tr!("menu-group-heading"))
            .small()
            .strong(),
    );
    let mut grouping = settings.grouping;
    ui.radio_value(
        &mut grouping,
        Grouping::Clusters,
        tr!("menu-group-clusters"),
    )
    .on_hover_text(tr!("menu-group-clusters-tip"));
    ui.radio_value(
        &mut grouping,
        Grouping::Areas(AreaLevel::State),
        tr!("menu-group-states"),
    );
    ui.radio_value(
        &mut grouping,
        Grouping::Areas(AreaLevel::Town),
        tr!("menu-group-towns"),
    );
    ui.radio_value(
        &mut grouping,
        Grouping::Locations,
        tr!("menu-group-locations"),
    )
    .on_hover_text(tr!("menu-group-locations-tip"));
    if grouping != settings.grouping {
        commands.push(Command::SetGrouping(grouping));
    }
    let mut locked = settings.lock_scales;
    if ui
        .checkbox(&mut locked, tr!("menu-lock-scales"))
        .on_hover_text(tr!("menu-lock-scales-tip"))
        .changed()
    {
        commands.push(Command::SetLockScales(locked));
    }
}

/// A table's checkbox in the View menu: whether it is the table shown.
fn table_label(tab: TableTab) -> String {
    match tab {
        TableTab::Corridors => tr!("menu-view-table-corridors"),
        TableTab::Dealers => tr!("menu-view-table-dealers"),
        TableTab::Networks => tr!("menu-view-table-networks"),
        TableTab::Overlaps => tr!("menu-view-table-overlaps"),
    }
}

/// Settings › Language: each language by its own name, so a reader finds
/// theirs whatever the menu's language; a choice applies from the next
/// frame.
fn settings_menu_ui(ui: &mut Ui, settings: &Settings, commands: &mut Vec<Command>) {
    ui.menu_button(tr!("menu-settings"), |ui| {
        ui.menu_button(tr!("menu-settings-language"), |ui| {
            for choice in Lang::ALL {
                if ui
                    .radio(settings.language == choice, choice.native_name())
                    .clicked()
                {
                    commands.push(Command::SetLanguage(choice));
                    ui.close();
                }
            }
        });
    });
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
            ui.menu_button(tr!("menu-file"), |ui| {
                super::project_menu::project_menu_ui(
                    ui,
                    &settings.recent_projects,
                    menu.embed_data,
                    commands,
                );
                ui.separator();
                if ui
                    .add(egui::Button::new(tr!("menu-file-open")).shortcut_text("Ctrl+O"))
                    .clicked()
                {
                    commands.push(Command::OpenDialog);
                }
                if ui.button(tr!("menu-file-open-demo")).clicked() {
                    commands.push(Command::OpenDemo);
                }
                ui.separator();
                if ui
                    .add(egui::Button::new(tr!("menu-file-import-report")).shortcut_text("Ctrl+R"))
                    .clicked()
                {
                    commands.push(Command::ShowReport(true));
                }
                if ui.button(tr!("menu-file-save-report")).clicked() {
                    commands.push(Command::SaveReport);
                }
                if ui
                    .button(tr!("menu-file-agencies"))
                    .on_hover_text(tr!("menu-file-agencies-tip"))
                    .clicked()
                {
                    commands.push(Command::EditAgencies);
                }
                if ui
                    .button(tr!("menu-file-flowmap"))
                    .on_hover_text(tr!("menu-file-flowmap-tip"))
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
                    &super::project_menu::ImageMenu {
                        has_views: !menu.briefing.views.is_empty(),
                        scale: settings.export_scale,
                        bilingual: settings.bilingual_exports,
                    },
                    commands,
                );
                ui.separator();
                if ui
                    .add(egui::Button::new(tr!("menu-file-quit")).shortcut_text("Ctrl+Q"))
                    .clicked()
                {
                    commands.push(Command::Quit);
                }
            });
            ui.menu_button(tr!("menu-view"), |ui| {
                if ui
                    .add(egui::Button::new(tr!("menu-view-fit")).shortcut_text("Ctrl+0"))
                    .clicked()
                {
                    commands.push(Command::FitToData);
                }
                ui.separator();
                let mut theme = settings.theme;
                for choice in Theme::ALL {
                    ui.radio_value(&mut theme, choice, choice.label(lang()));
                }
                if theme != settings.theme {
                    commands.push(Command::SetTheme(theme));
                }
                ui.separator();
                let mut coloring = settings.coloring;
                ui.radio_value(
                    &mut coloring,
                    FlowColoring::ByClass,
                    tr!("menu-view-colour-class"),
                );
                ui.radio_value(
                    &mut coloring,
                    FlowColoring::Single,
                    tr!("menu-view-colour-single"),
                );
                ui.radio_value(
                    &mut coloring,
                    FlowColoring::ByNetwork,
                    tr!("menu-view-colour-network"),
                )
                .on_hover_text(tr!("menu-view-colour-network-tip"));
                if coloring != settings.coloring {
                    commands.push(Command::SetColoring(coloring));
                }
                let mut marks = settings.marks;
                ui.menu_button(tr!("menu-view-mark-flagged"), |ui| {
                    ui.label(tr!("menu-view-mark-flagged-intro"));
                    for indicator in corridor_core::investigate::Indicator::ALL {
                        let mut on = marks.flagged.has(indicator);
                        if ui.checkbox(&mut on, indicator.label(lang())).changed() {
                            marks.flagged.set(indicator, on);
                        }
                    }
                });
                ui.checkbox(&mut marks.overlaps, tr!("menu-view-mark-overlaps"))
                    .on_hover_text(tr!("menu-view-mark-overlaps-tip"));
                ui.checkbox(&mut marks.fade_stale, tr!("menu-view-fade-stale"))
                    .on_hover_text(tr!("menu-view-fade-stale-tip"));
                if marks != settings.marks {
                    commands.push(Command::SetMarks(marks));
                }
                ui.separator();
                grouping_ui(ui, settings, commands);
                ui.separator();
                let mut toggles = [
                    (settings.show_filter_panel, tr!("menu-view-filter-panel")),
                    (settings.show_legend, tr!("menu-view-legend")),
                    (settings.show_city_labels, tr!("menu-view-city-labels")),
                    (settings.show_ports, tr!("menu-view-ports")),
                ];
                for (value, label) in &mut toggles {
                    ui.checkbox(value, label.as_str());
                }
                // One panel holds both tables; each checkbox says whether
                // its table is the one shown.
                for tab in TableTab::ALL {
                    let showing = settings.show_corridors && settings.table_tab == tab;
                    let mut checked = showing;
                    ui.horizontal(|ui| {
                        ui.checkbox(&mut checked, table_label(tab));
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
                    .checkbox(&mut time_bar, tr!("menu-view-time-bar"))
                    .on_hover_text(tr!("menu-view-time-bar-tip"))
                    .changed()
                {
                    commands.push(Command::SetTimeBar(time_bar));
                }
                let mut charts = settings.show_charts;
                if ui
                    .checkbox(&mut charts, tr!("menu-view-charts"))
                    .on_hover_text(tr!(
                        "menu-view-charts-tip",
                        shortcut = super::charts_window::SHORTCUT_TEXT
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
                ui.checkbox(&mut online, tr!("menu-view-online-tiles"))
                    .on_hover_text(tr!("menu-view-online-tiles-tip"));
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
            settings_menu_ui(ui, settings, commands);
            ui.menu_button(tr!("menu-help"), |ui| {
                use super::help_windows::HelpPage;
                for page in [HelpPage::QuickStart, HelpPage::DataFormats] {
                    if ui.button(page.title()).clicked() {
                        commands.push(Command::ShowHelp(Some(page)));
                    }
                }
                ui.separator();
                if ui.button(tr!("menu-help-about")).clicked() {
                    commands.push(Command::ShowAbout(true));
                }
            });
            ui.add_space(16.0);
            super::search_box::search_box_ui(ui, search, commands);
        });
    });
}
