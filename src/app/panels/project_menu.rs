//! The File menu's project entries: new, open, recent, save, embed, and
//! the data and map image exports.

use egui::Ui;

use std::path::PathBuf;

use crate::app::commands::Command;
use crate::app::image_export::{ImageCommand, ImageScope, SCALES};
use crate::app::project_session::ProjectCommand;
use corridor_core::project::display_name;

/// New, Open, Recent projects, Save, Save As, Embed data (`embed_data`:
/// whether it is on).
pub fn project_menu_ui(
    ui: &mut Ui,
    recent: &[PathBuf],
    embed_data: bool,
    commands: &mut Vec<Command>,
) {
    let mut push = |command| commands.push(Command::Project(command));
    if ui.button("New project").clicked() {
        push(ProjectCommand::New);
    }
    if ui.button("Open project…").clicked() {
        push(ProjectCommand::OpenDialog);
    }
    ui.add_enabled_ui(!recent.is_empty(), |ui| {
        ui.menu_button("Recent projects", |ui| {
            for path in recent {
                // A project moved or deleted since stays listed, greyed out,
                // so the user sees where it was.
                let exists = path.is_file();
                let button = egui::Button::new(display_name(path));
                let response = ui
                    .add_enabled(exists, button)
                    .on_hover_text(path.display().to_string())
                    .on_disabled_hover_text(format!("Not found: {}", path.display()));
                if response.clicked() {
                    push(ProjectCommand::Open(path.clone()));
                }
            }
        });
    });
    if ui
        .add(egui::Button::new("Save project").shortcut_text("Ctrl+S"))
        .clicked()
    {
        push(ProjectCommand::Save);
    }
    if ui
        .add(egui::Button::new("Save project as…").shortcut_text("Ctrl+Shift+S"))
        .clicked()
    {
        push(ProjectCommand::SaveAsDialog);
    }
    let mut embed = embed_data;
    if ui
        .checkbox(&mut embed, "Embed data in project")
        .on_hover_text(
            "Save the data files inside the project, so it opens on a machine that does not have them. \
             The project grows by the size of the files.",
        )
        .changed()
    {
        push(ProjectCommand::SetEmbedData(embed));
    }
    if ui
        .button("Hand over…")
        .on_hover_text(
            "One zip file for another agency: this project with its data inside, a manifest with \
             the SHA-256 of every file and a README. Optionally without identifiers.",
        )
        .clicked()
    {
        push(ProjectCommand::HandoverDialog);
    }
}

/// File › Save alias key…: the list from alias (Dealer C, Purchaser 7)
/// to real name, for the analyst who keeps it; only while redacting.
pub fn alias_key_item_ui(ui: &mut Ui, redacting: bool, commands: &mut Vec<Command>) {
    if ui
        .add_enabled(redacting, egui::Button::new("Save alias key…"))
        .on_hover_text(
            "Which real dealer and purchaser each alias stands for, as a CSV file of its own. \
             Keep it apart from the briefing: it undoes the redaction.",
        )
        .on_disabled_hover_text("Aliases are used while redaction is on (View menu)")
        .clicked()
    {
        commands.push(Command::Project(ProjectCommand::SaveAliasKeyDialog));
    }
}

/// File › Export data….
pub fn export_data_item_ui(ui: &mut Ui, commands: &mut Vec<Command>) {
    if ui
        .button("Export data…")
        .on_hover_text(
            "The traces in the filter as CSV (with source file, SHA-256 and line), GeoJSON or KML \
             (by the file's extension); redacted when redaction is on",
        )
        .clicked()
    {
        commands.push(Command::Project(ProjectCommand::ExportDataDialog));
    }
}

/// File › Export map image…, Export briefing deck… (enabled when there are
/// saved views), and the PNG scale (`scale`: the one chosen).
pub fn export_image_items_ui(
    ui: &mut Ui,
    has_views: bool,
    scale_chosen: f32,
    commands: &mut Vec<Command>,
) {
    if ui
        .add(egui::Button::new("Export map image…").shortcut_text("Ctrl+E"))
        .on_hover_text(
            "The map as it is now, with title, legend, scale bar and attribution: PNG, SVG \
             (vector, crisp on slides) or PDF, by the file's extension; redacted when redaction is on",
        )
        .clicked()
    {
        commands.push(Command::Image(ImageCommand::Dialog(ImageScope::CurrentView)));
    }
    if ui
        .add_enabled(has_views, egui::Button::new("Export briefing deck…"))
        .on_hover_text("Every saved view: a PDF with a page per view, or a PNG or SVG file per view, named after its title")
        .on_disabled_hover_text("Save views in the views panel (Ctrl+Shift+V) first")
        .clicked()
    {
        commands.push(Command::Image(ImageCommand::Dialog(ImageScope::AllViews)));
    }
    ui.menu_button("PNG image scale", |ui| {
        for scale in SCALES {
            let chosen = scale_chosen == scale;
            if ui
                .radio(chosen, format!("{scale}x"))
                .on_hover_text("Pixels per point: 2x for slides, 4x for print")
                .clicked()
            {
                commands.push(Command::Image(ImageCommand::SetScale(scale)));
            }
        }
    });
}
