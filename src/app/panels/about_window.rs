//! About Corridor: version, data attribution and licences.

use crate::app::commands::Command;

/// The About window, when `open`.
pub fn about_window_ui(ctx: &egui::Context, open: bool, commands: &mut Vec<Command>) {
    if !open {
        return;
    }
    let mut open = true;
    egui::Window::new("About Corridor")
        .open(&mut open)
        .collapsible(false)
        .resizable(false)
        .show(ctx, |ui| {
            ui.heading(format!("Corridor {}", env!("CARGO_PKG_VERSION")));
            ui.label("Offline evidence mapping of firearms traced from US purchase to recovery in Mexico.");
            ui.separator();
            ui.label("Basemap: Made with Natural Earth (public domain), naturalearthdata.com.");
            ui.label("Places: Contains GeoNames data (CC BY 4.0), geonames.org.");
            ui.label("Ports of entry: compiled from public knowledge; positions approximate (about 1 km).");
            ui.label("Online tiles, only when turned on: © OpenStreetMap contributors (ODbL).");
            ui.separator();
            ui.label("The demo data is synthetic: its dealers are fictitious and its traces invented.");
            ui.label("Licence: MIT (data: Natural Earth public domain, GeoNames CC BY 4.0).");
        });
    if !open {
        commands.push(Command::ShowAbout(false));
    }
}
