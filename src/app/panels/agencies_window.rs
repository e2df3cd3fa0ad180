//! File › Agencies of the files…: the agency of each loaded file's records
//! that name none, for deconfliction; saved in the project.

use egui::Ui;

use crate::app::commands::Command;
use crate::tr;

/// The window, while `rows` (file, label) are being edited; Apply reloads
/// the data with the labels.
pub fn agencies_window_ui(
    ctx: &egui::Context,
    rows: &mut Option<Vec<(String, String)>>,
    commands: &mut Vec<Command>,
) {
    let Some(edited) = rows else {
        return;
    };
    let mut open = true;
    egui::Window::new(tr!("dialog-agencies-title"))
        .open(&mut open)
        .collapsible(false)
        .resizable(true)
        .show(ctx, |ui| rows_ui(ui, edited, commands));
    if !open {
        commands.push(Command::CloseAgencies);
    }
}

fn rows_ui(ui: &mut Ui, rows: &mut [(String, String)], commands: &mut Vec<Command>) {
    ui.label(tr!("dialog-agencies-intro"));
    ui.add_space(6.0);
    egui::Grid::new("agency-rows")
        .num_columns(2)
        .spacing([8.0, 4.0])
        .show(ui, |ui| {
            for (file, label) in rows.iter_mut() {
                let name = ui.label(file.as_str());
                ui.add(
                    egui::TextEdit::singleline(label)
                        .hint_text(tr!("dialog-agencies-hint"))
                        .desired_width(160.0),
                )
                .labelled_by(name.id);
                ui.end_row();
            }
        });
    ui.add_space(6.0);
    ui.horizontal(|ui| {
        if ui
            .button(tr!("dialog-agencies-apply"))
            .on_hover_text(tr!("dialog-agencies-apply-tip"))
            .clicked()
        {
            commands.push(Command::SetAgencies(rows.to_vec()));
        }
        if ui.button(tr!("dialog-cancel")).clicked() {
            commands.push(Command::CloseAgencies);
        }
    });
}
