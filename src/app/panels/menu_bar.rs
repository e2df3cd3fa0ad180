//! File, View and Help menus.

use egui::Ui;

use crate::app::commands::Command;
use crate::app::corridor_app::CorridorApp;
use crate::scene::{FlowColoring, Theme};

pub fn menu_bar_ui(ui: &mut Ui, app: &mut CorridorApp) {
    let mut commands = Vec::new();
    egui::Panel::top("menu").show(ui, |ui| {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("File", |ui| {
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
                let mut theme = app.settings.theme;
                ui.radio_value(&mut theme, Theme::Light, "Light theme");
                ui.radio_value(&mut theme, Theme::Dark, "Dark theme");
                if theme != app.settings.theme {
                    commands.push(Command::SetTheme(theme));
                }
                ui.separator();
                let mut coloring = app.settings.coloring;
                ui.radio_value(&mut coloring, FlowColoring::ByClass, "Colour flows by weapon class");
                ui.radio_value(&mut coloring, FlowColoring::Single, "One colour for all flows");
                if coloring != app.settings.coloring {
                    commands.push(Command::SetColoring(coloring));
                }
                ui.separator();
                let mut toggles = [
                    (app.settings.show_filter_panel, "Filter panel"),
                    (app.settings.show_legend, "Legend"),
                    (app.settings.show_city_labels, "City labels"),
                    (app.settings.show_ports, "Ports of entry"),
                ];
                for (value, label) in &mut toggles {
                    ui.checkbox(value, *label);
                }
                if toggles[0].0 != app.settings.show_filter_panel {
                    commands.push(Command::ToggleFilterPanel);
                }
                if toggles[1].0 != app.settings.show_legend {
                    commands.push(Command::SetLegend(toggles[1].0));
                }
                if toggles[2].0 != app.settings.show_city_labels {
                    commands.push(Command::SetCityLabels(toggles[2].0));
                }
                if toggles[3].0 != app.settings.show_ports {
                    commands.push(Command::SetPorts(toggles[3].0));
                }
                ui.separator();
                let mut online = app.settings.online_tiles;
                ui.checkbox(&mut online, "Online map tiles (OpenStreetMap)")
                    .on_hover_text(
                        "Off by default. When on, map images are downloaded from tile.openstreetmap.org, \
                         and that server sees which areas you look at.",
                    );
                if online != app.settings.online_tiles {
                    commands.push(Command::SetOnlineTiles(online));
                }
            });
            ui.menu_button("Help", |ui| {
                if ui.button("About Corridor").clicked() {
                    commands.push(Command::ShowAbout(true));
                }
            });
            ui.add_space(16.0);
            super::search_box::search_box_ui(ui, app, &mut commands);
        });
    });
    for command in commands {
        app.push(command);
    }
}
