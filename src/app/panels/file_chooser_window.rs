//! The built-in file chooser's window: a path field with Up, the folder's
//! listing, the filter, a name field when saving, and the buttons.

use egui::{RichText, Ui};

use crate::app::file_chooser::{BuiltInChooser, ChooseKind};
use crate::tr;

/// How the window was left this frame.
pub enum ChooserOutcome {
    /// Still choosing.
    Open,
    /// Chosen: these paths.
    Chosen(Vec<std::path::PathBuf>),
    /// Cancelled.
    Cancelled,
}

/// The chooser as a modal window.
pub fn file_chooser_ui(ctx: &egui::Context, chooser: &mut BuiltInChooser) -> ChooserOutcome {
    let mut outcome = ChooserOutcome::Open;
    let modal = egui::Modal::new(egui::Id::unique("file-chooser")).show(ctx, |ui| {
        ui.set_width(560.0);
        ui.heading(&chooser.request.title);
        ui.add_space(4.0);
        folder_row_ui(ui, chooser);
        if let Some(problem) = &chooser.problem {
            ui.label(RichText::new(problem).color(ui.visuals().error_fg_color));
        }
        listing_ui(ui, chooser, &mut outcome);
        if chooser.truncated {
            ui.weak(tr!(
                "dialog-chooser-truncated",
                count = crate::app::file_chooser::MAX_ENTRIES
            ));
        }
        ui.add_space(4.0);
        if chooser.request.kind == ChooseKind::SaveFile {
            ui.horizontal(|ui| {
                let label = ui.label(tr!("dialog-chooser-file-name"));
                ui.add(egui::TextEdit::singleline(&mut chooser.name).desired_width(360.0))
                    .labelled_by(label.id);
            });
        }
        filter_ui(ui, chooser);
        ui.separator();
        ui.horizontal(|ui| {
            let verb = match chooser.request.kind {
                ChooseKind::OpenFile | ChooseKind::OpenFiles => tr!("dialog-chooser-open"),
                ChooseKind::SaveFile => tr!("dialog-chooser-save"),
                ChooseKind::Folder => tr!("dialog-chooser-choose-folder"),
            };
            let result = chooser.result();
            if ui
                .add_enabled(result.is_some(), egui::Button::new(verb))
                .clicked()
                && let Some(paths) = result
            {
                outcome = ChooserOutcome::Chosen(paths);
            }
            if ui.button(tr!("dialog-cancel")).clicked() {
                outcome = ChooserOutcome::Cancelled;
            }
        });
    });
    if modal.should_close() && matches!(outcome, ChooserOutcome::Open) {
        outcome = ChooserOutcome::Cancelled;
    }
    outcome
}

/// The folder shown, editable, with Up.
fn folder_row_ui(ui: &mut Ui, chooser: &mut BuiltInChooser) {
    ui.horizontal(|ui| {
        if ui
            .button(tr!("dialog-chooser-up"))
            .on_hover_text(tr!("dialog-chooser-up-tip"))
            .clicked()
        {
            chooser.up();
        }
        let label = ui.label(tr!("dialog-chooser-folder"));
        let response = ui
            .add(egui::TextEdit::singleline(&mut chooser.folder_text).desired_width(420.0))
            .labelled_by(label.id);
        if response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
            let typed = std::path::PathBuf::from(chooser.folder_text.trim());
            chooser.enter(typed);
        }
    });
}

/// Folders (a click goes in) and files (a click chooses, Ctrl adds when
/// several may be opened, a double click opens at once).
fn listing_ui(ui: &mut Ui, chooser: &mut BuiltInChooser, outcome: &mut ChooserOutcome) {
    let mut enter = None;
    egui::ScrollArea::vertical()
        .max_height(320.0)
        .auto_shrink([false, true])
        .show(ui, |ui| {
            for entry in &chooser.entries {
                if entry.is_dir {
                    if ui
                        .selectable_label(false, format!("{}/", entry.name))
                        .clicked()
                    {
                        enter = Some(chooser.folder.join(&entry.name));
                    }
                    continue;
                }
                let chosen = chooser.chosen.contains(&entry.name);
                let response = ui.selectable_label(chosen, &entry.name);
                if response.clicked() {
                    let adding = ui.input(|i| i.modifiers.command)
                        && chooser.request.kind == ChooseKind::OpenFiles;
                    if !adding {
                        chooser.chosen.clear();
                    }
                    if !chosen || !adding {
                        chooser.chosen.push(entry.name.clone());
                    } else {
                        chooser.chosen.retain(|n| *n != entry.name);
                    }
                    if chooser.request.kind == ChooseKind::SaveFile {
                        chooser.name = entry.name.clone();
                    }
                }
                if response.double_clicked() {
                    *outcome = ChooserOutcome::Chosen(vec![chooser.folder.join(&entry.name)]);
                }
            }
        });
    if let Some(folder) = enter {
        chooser.enter(folder);
    }
}

/// Which files are listed.
fn filter_ui(ui: &mut Ui, chooser: &mut BuiltInChooser) {
    if chooser.request.filters.len() < 2 {
        return;
    }
    let mut filter = chooser.filter;
    egui::ComboBox::from_label(tr!("dialog-chooser-show"))
        .selected_text(
            chooser
                .request
                .filters
                .get(filter)
                .map_or_else(|| tr!("dialog-chooser-all-files"), |(name, _)| name.clone()),
        )
        .show_ui(ui, |ui| {
            for (i, (name, _)) in chooser.request.filters.iter().enumerate() {
                ui.selectable_value(&mut filter, i, name);
            }
        });
    if filter != chooser.filter {
        chooser.filter = filter;
        chooser.list();
    }
}
