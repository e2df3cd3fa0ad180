//! Asking which axis of a matrix of counts is the origin, when its areas'
//! countries cannot tell (one country on both axes, or both on one). The
//! choice is the project's, as `--matrix rows=…` is a command's.

use corridor_core::import::matrix::MatrixRows;

use crate::app::commands::Command;
use crate::tr;

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
    egui::Window::new(tr!("import-matrix-title"))
        // The same window whatever the language of its title.
        .id(egui::Id::unique("Matrix of counts"))
        .open(&mut open)
        .collapsible(false)
        .resizable(false)
        .show(ctx, |ui| {
            ui.set_max_width(460.0);
            ui.label(tr!(
                "import-matrix-unclear",
                files = dialog.files.join(", ")
            ));
            ui.label(tr!("import-matrix-question"));
            if ui
                .button(tr!("import-matrix-rows-destinations"))
                .on_hover_text(tr!("import-matrix-rows-destinations-hint"))
                .clicked()
            {
                commands.push(Command::ApplyMatrixRows(MatrixRows::Destination));
            }
            if ui
                .button(tr!("import-matrix-rows-origins"))
                .on_hover_text(tr!("import-matrix-rows-origins-hint"))
                .clicked()
            {
                commands.push(Command::ApplyMatrixRows(MatrixRows::Origin));
            }
            ui.label(
                egui::RichText::new(tr!("import-matrix-saved"))
                    .small()
                    .weak(),
            );
        });
    if !open {
        commands.push(Command::CloseMatrixDialog);
    }
}
