//! The File menu's project entries: new, open, recent, save, embed, and
//! the data and map image exports.

use egui::Ui;

use std::path::PathBuf;

use crate::app::commands::Command;
use crate::app::image_export::{ImageCommand, ImageScope, SCALES};
use crate::app::project_session::ProjectCommand;
use crate::tr;
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
    if ui.button(tr!("menu-project-new")).clicked() {
        push(ProjectCommand::New);
    }
    if ui.button(tr!("menu-project-open")).clicked() {
        push(ProjectCommand::OpenDialog);
    }
    ui.add_enabled_ui(!recent.is_empty(), |ui| {
        ui.menu_button(tr!("menu-project-recent"), |ui| {
            for path in recent {
                // A project moved or deleted since stays listed, greyed out,
                // so the user sees where it was.
                let exists = path.is_file();
                let button = egui::Button::new(display_name(path));
                let response = ui
                    .add_enabled(exists, button)
                    .on_hover_text(path.display().to_string())
                    .on_disabled_hover_text(tr!(
                        "menu-project-not-found",
                        path = path.display().to_string()
                    ));
                if response.clicked() {
                    push(ProjectCommand::Open(path.clone()));
                }
            }
        });
    });
    if ui
        .add(egui::Button::new(tr!("menu-project-save")).shortcut_text("Ctrl+S"))
        .clicked()
    {
        push(ProjectCommand::Save);
    }
    if ui
        .add(egui::Button::new(tr!("menu-project-save-as")).shortcut_text("Ctrl+Shift+S"))
        .clicked()
    {
        push(ProjectCommand::SaveAsDialog);
    }
    let mut embed = embed_data;
    if ui
        .checkbox(&mut embed, tr!("menu-project-embed"))
        .on_hover_text(tr!("menu-project-embed-tip"))
        .changed()
    {
        push(ProjectCommand::SetEmbedData(embed));
    }
    if ui
        .button(tr!("menu-project-hand-over"))
        .on_hover_text(tr!("menu-project-hand-over-tip"))
        .clicked()
    {
        push(ProjectCommand::HandoverDialog);
    }
}

/// File › Save alias key…: the list from alias (Dealer C, Purchaser 7)
/// to real name, for the analyst who keeps it; only while redacting.
pub fn alias_key_item_ui(ui: &mut Ui, redacting: bool, commands: &mut Vec<Command>) {
    if ui
        .add_enabled(redacting, egui::Button::new(tr!("menu-alias-key")))
        .on_hover_text(tr!("menu-alias-key-tip"))
        .on_disabled_hover_text(tr!("menu-alias-key-disabled-tip"))
        .clicked()
    {
        commands.push(Command::Project(ProjectCommand::SaveAliasKeyDialog));
    }
}

/// File › Export data….
pub fn export_data_item_ui(ui: &mut Ui, commands: &mut Vec<Command>) {
    if ui
        .button(tr!("menu-export-data"))
        .on_hover_text(tr!("menu-export-data-tip"))
        .clicked()
    {
        commands.push(Command::Project(ProjectCommand::ExportDataDialog));
    }
}

/// File › Export map image…, Export briefing deck… (enabled when there are
/// saved views), and the PNG scale (`scale`: the one chosen).
/// What the image export items show: whether there are views for a deck,
/// and the remembered PNG scale and bilingual choice.
pub struct ImageMenu {
    /// A deck needs saved views.
    pub has_views: bool,
    /// The PNG scale ticked.
    pub scale: f32,
    /// Images and decks in both languages.
    pub bilingual: bool,
}

pub fn export_image_items_ui(ui: &mut Ui, menu: &ImageMenu, commands: &mut Vec<Command>) {
    let ImageMenu {
        has_views,
        scale: scale_chosen,
        bilingual,
    } = *menu;
    if ui
        .add(egui::Button::new(tr!("menu-export-image")).shortcut_text("Ctrl+E"))
        .on_hover_text(tr!("menu-export-image-tip"))
        .clicked()
    {
        commands.push(Command::Image(ImageCommand::Dialog(
            ImageScope::CurrentView,
        )));
    }
    if ui
        .add_enabled(has_views, egui::Button::new(tr!("menu-export-deck")))
        .on_hover_text(tr!("menu-export-deck-tip"))
        .on_disabled_hover_text(tr!("menu-export-deck-disabled-tip"))
        .clicked()
    {
        commands.push(Command::Image(ImageCommand::Dialog(ImageScope::AllViews)));
    }
    ui.menu_button(tr!("menu-png-scale"), |ui| {
        for scale in SCALES {
            let chosen = scale_chosen == scale;
            if ui
                .radio(chosen, format!("{scale}x"))
                .on_hover_text(tr!("menu-png-scale-tip"))
                .clicked()
            {
                commands.push(Command::Image(ImageCommand::SetScale(scale)));
            }
        }
    });
    let mut both = bilingual;
    if ui
        .checkbox(&mut both, tr!("menu-export-bilingual"))
        .on_hover_text(tr!("menu-export-bilingual-tip"))
        .changed()
    {
        commands.push(Command::Image(ImageCommand::SetBilingual(both)));
    }
}
