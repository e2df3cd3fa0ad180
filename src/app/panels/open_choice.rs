//! Opening files while data is shown: add to it, or replace it?

use egui::RichText;

use std::path::PathBuf;

use crate::app::commands::{Command, LoadMode};
use crate::app::format::plural;

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
        ui.heading(format!(
            "Open {}",
            plural(paths.len() as u64, "file", "files")
        ));
        for path in paths.iter().take(6) {
            ui.label(RichText::new(path.display().to_string()).small());
        }
        ui.add_space(6.0);
        ui.label(format!(
            "{} are loaded. Add the new records to them, or replace them?",
            plural(loaded_traces, "trace", "traces")
        ));
        ui.label(
            RichText::new("Every record keeps its source file, SHA-256 and line either way.")
                .small()
                .weak(),
        );
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            if ui.button("Add to the loaded data").clicked() {
                commands.push(Command::LoadPaths {
                    paths: paths.to_vec(),
                    mode: LoadMode::Add,
                });
            }
            if ui.button("Replace the loaded data").clicked() {
                commands.push(Command::LoadPaths {
                    paths: paths.to_vec(),
                    mode: LoadMode::Replace,
                });
            }
            if ui.button("Cancel").clicked() {
                commands.push(Command::CancelOpen);
            }
        });
    });
}
