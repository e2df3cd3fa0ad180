//! About Corridor: version, data attribution and licences.

use crate::app::commands::Command;
use crate::tr;

/// The About window, when `open`.
pub fn about_window_ui(ctx: &egui::Context, open: bool, commands: &mut Vec<Command>) {
    if !open {
        return;
    }
    let mut open = true;
    egui::Window::new(tr!("dialog-about-title"))
        .open(&mut open)
        .collapsible(false)
        .resizable(false)
        .show(ctx, |ui| {
            ui.heading(format!("Corridor {}", env!("CARGO_PKG_VERSION")));
            ui.label(tr!("dialog-about-purpose"));
            ui.separator();
            ui.label(tr!("dialog-about-basemap"));
            ui.label(tr!("dialog-about-places"));
            ui.label(tr!("dialog-about-ports"));
            ui.label(tr!("dialog-about-tiles"));
            ui.separator();
            ui.label(tr!("dialog-about-demo"));
            ui.label(tr!("dialog-about-licence"));
        });
    if !open {
        commands.push(Command::ShowAbout(false));
    }
}
