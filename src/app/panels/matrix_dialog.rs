//! Asking which axis of a matrix of counts is the origin, when its areas'
//! countries cannot tell (one country on both axes, or both on one). The
//! choice is the project's, as `--matrix rows=…` is a command's.

use corridor_core::import::matrix::MatrixRows;

use crate::app::commands::Command;

/// The files whose axes are unclear, while the question is open.
pub struct MatrixDialog {
    /// Their names, as the report gives them.
    pub files: Vec<String>,
}

/// The question, while there is one.
pub fn matrix_dialog_ui(
    ctx: &egui::Context,
    dialog: Option<&MatrixDialog>,
    commands: &mut Vec<Command>,
) {
    let Some(dialog) = dialog else {
        return;
    };
    let mut open = true;
    egui::Window::new("Matrix of counts")
        .open(&mut open)
        .collapsible(false)
        .resizable(false)
        .show(ctx, |ui| {
            ui.set_max_width(460.0);
            ui.label(format!(
                "{} holds counts with areas along its rows and its columns, but their \
                 countries do not tell which side is where the guns were bought (one country \
                 on both sides, or both countries on one).",
                dialog.files.join(", ")
            ));
            ui.label("What are its rows?");
            if ui
                .button("Where they were recovered (destinations)")
                .on_hover_text("One row per recovery area; the columns are where they were bought")
                .clicked()
            {
                commands.push(Command::ApplyMatrixRows(MatrixRows::Destination));
            }
            if ui
                .button("Where they were bought (origins)")
                .on_hover_text(
                    "One row per purchase area; the columns are where they were recovered",
                )
                .clicked()
            {
                commands.push(Command::ApplyMatrixRows(MatrixRows::Origin));
            }
            ui.label(
                egui::RichText::new("The choice is saved with the project and the file reloads.")
                    .small()
                    .weak(),
            );
        });
    if !open {
        commands.push(Command::CloseMatrixDialog);
    }
}
