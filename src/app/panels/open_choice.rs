//! Opening files while data is shown: add to it, or replace it?

use egui::RichText;

use std::path::PathBuf;

use crate::app::commands::{Command, LoadMode};
use crate::tr;

/// Asks whether `paths` are added to the `loaded_traces` shown or replace them.
pub fn open_choice_ui(
    ctx: &egui::Context,
    paths: Option<&[PathBuf]>,
    loaded_traces: u64,
    commands: &mut Vec<Command>,
) {
    let Some(paths) = paths else {
        return;
    };
    egui::Modal::new(egui::Id::unique("open-choice")).show(ctx, |ui| {
        ui.set_max_width(460.0);
        ui.heading(tr!(
            "dialog-open-choice-heading",
            files = tr!("count-files", count = paths.len())
        ));
        for path in paths.iter().take(6) {
            ui.label(RichText::new(path.display().to_string()).small());
        }
        ui.add_space(6.0);
        ui.label(tr!("dialog-open-choice-question", count = loaded_traces));
        ui.label(RichText::new(tr!("dialog-open-choice-note")).small().weak());
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            if ui.button(tr!("dialog-open-choice-add")).clicked() {
                commands.push(Command::LoadPaths {
                    paths: paths.to_vec(),
                    mode: LoadMode::Add,
                });
            }
            if ui.button(tr!("dialog-open-choice-replace")).clicked() {
                commands.push(Command::LoadPaths {
                    paths: paths.to_vec(),
                    mode: LoadMode::Replace,
                });
            }
            if ui.button(tr!("dialog-cancel")).clicked() {
                commands.push(Command::CancelOpen);
            }
        });
    });
}
