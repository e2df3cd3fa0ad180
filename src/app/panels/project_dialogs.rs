//! Dialogs of opening a project: sources that changed or moved, and unsaved
//! work found at start.

use egui::RichText;

use crate::app::commands::Command;
use crate::app::project_session::{ChangedSource, ProjectCommand, RecoveryOffer, SourceDialog};
use corridor_core::project::SourceStatus;

/// The changed-sources question and the recovery offer, when there are.
pub fn project_dialogs_ui(
    ctx: &egui::Context,
    sources: Option<&SourceDialog>,
    recovery: Option<&RecoveryOffer>,
    out: &mut Vec<Command>,
) {
    let mut commands = Vec::new();
    if let Some(dialog) = sources {
        source_dialog_ui(ctx, dialog, &mut commands);
    }
    if let Some(offer) = recovery {
        recovery_dialog_ui(ctx, offer, &mut commands);
    }
    out.extend(commands.into_iter().map(Command::Project));
}

fn source_dialog_ui(
    ctx: &egui::Context,
    dialog: &SourceDialog,
    commands: &mut Vec<ProjectCommand>,
) {
    egui::Modal::new(egui::Id::unique("project-sources")).show(ctx, |ui| {
        ui.set_max_width(560.0);
        ui.heading("Some data files of the project are not as saved");
        ui.add_space(4.0);
        for (index, (source, status)) in dialog
            .project
            .sources
            .iter()
            .zip(&dialog.statuses)
            .enumerate()
        {
            let (what, detail) = match status {
                SourceStatus::Ok(path) => ("found", path.display().to_string()),
                SourceStatus::Inside => ("inside the project", String::new()),
                SourceStatus::Changed { path, .. } => (
                    "changed since the project was saved (its SHA-256 differs)",
                    path.display().to_string(),
                ),
                SourceStatus::Missing => (
                    "missing (moved or deleted)",
                    format!("was at {}", source.absolute_path),
                ),
                SourceStatus::Outside { path, size_bytes } => (
                    "outside the project's folder: not read",
                    format!(
                        "{}{} · SHA-256 to match {}",
                        path.display(),
                        size_bytes
                            .map(|n| format!(" · {}", corridor_core::format::count_noun(n, "byte", "bytes")))
                            .unwrap_or_default(),
                        source.sha256.get(..16).unwrap_or(&source.sha256)
                    ),
                ),
            };
            ui.horizontal(|ui| {
                ui.label(RichText::new(&source.name).strong());
                ui.label(what);
                if !status.is_ok() && ui.button("Locate…").clicked() {
                    commands.push(ProjectCommand::LocateSource(index));
                }
                if matches!(status, SourceStatus::Changed { .. }) {
                    let now = dialog.changed.get(&index).copied().unwrap_or_default();
                    for (choice, label, tip) in [
                        (
                            ChangedSource::LoadAnyway,
                            "Load anyway",
                            "Read the file as it is now; the project's views may then show other data than when they were saved",
                        ),
                        (
                            ChangedSource::Skip,
                            "Skip",
                            "Leave this file out of the project's data",
                        ),
                    ] {
                        if ui
                            .selectable_label(now == choice, label)
                            .on_hover_text(tip)
                            .clicked()
                        {
                            commands.push(ProjectCommand::ChooseChanged { index, choice });
                        }
                    }
                }
            });
            if !detail.is_empty() {
                ui.label(RichText::new(detail).small().weak());
            }
        }
        ui.add_space(6.0);
        let outside = dialog
            .statuses
            .iter()
            .any(|s| matches!(s, SourceStatus::Outside { .. }));
        if outside {
            ui.label(
                "This project names data files outside its folder. A project received from \
                 someone else could use that to put unrelated files of this computer into a \
                 briefing; allow it only if you know these files.",
            );
        }
        ui.label(
            RichText::new(
                "Open anyway reads the changed files marked Load anyway as they are now and leaves \
                 the skipped, the missing and the files outside the folder out; saved selections \
                 may then point at other locations.",
            )
            .small(),
        );
        ui.horizontal(|ui| {
            if outside
                && ui
                    .button("Allow files outside the folder")
                    .on_hover_text("Remembered for this project file, as it is now")
                    .clicked()
            {
                commands.push(ProjectCommand::AllowOutside);
            }
            if ui.button("Open anyway").clicked() {
                commands.push(ProjectCommand::OpenAnyway);
            }
            if ui.button("Cancel").clicked() {
                commands.push(ProjectCommand::CancelOpen);
            }
        });
    });
}

fn recovery_dialog_ui(
    ctx: &egui::Context,
    offer: &RecoveryOffer,
    commands: &mut Vec<ProjectCommand>,
) {
    egui::Modal::new(egui::Id::unique("project-recovery")).show(ctx, |ui| {
        ui.set_max_width(480.0);
        ui.heading("Restore unsaved work?");
        let of = match &offer.project.autosave_of {
            Some(path) => format!("of the project {path}"),
            None => "of an untitled session".to_owned(),
        };
        let ago = offer
            .modified
            .and_then(|t| t.elapsed().ok())
            .map(|d| format!(", autosaved {} min ago", d.as_secs() / 60))
            .unwrap_or_default();
        ui.label(format!(
            "Corridor closed with unsaved changes {of}{ago}: {} views, {} annotations.",
            offer.project.views.len(),
            offer.project.current.annotations.len()
        ));
        ui.horizontal(|ui| {
            if ui.button("Restore").clicked() {
                commands.push(ProjectCommand::RestoreRecovery);
            }
            if ui.button("Discard").clicked() {
                commands.push(ProjectCommand::DiscardRecovery);
            }
        });
    });
}
