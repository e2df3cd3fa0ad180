//! Dialogs of opening a project: sources that changed or moved, and unsaved
//! work found at start.

use egui::RichText;

use crate::app::commands::Command;
use crate::app::project_session::{ChangedSource, ProjectCommand, RecoveryOffer, SourceDialog};
use crate::tr;
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
        ui.heading(tr!("dialog-sources-heading"));
        ui.add_space(4.0);
        for (index, (source, status)) in dialog
            .project
            .sources
            .iter()
            .zip(&dialog.statuses)
            .enumerate()
        {
            let (what, detail) = match status {
                SourceStatus::Ok(path) => (tr!("dialog-source-found"), path.display().to_string()),
                SourceStatus::Inside => (tr!("dialog-source-inside"), String::new()),
                SourceStatus::Changed { path, .. } => {
                    (tr!("dialog-source-changed"), path.display().to_string())
                }
                SourceStatus::Missing => (
                    tr!("dialog-source-missing"),
                    tr!("dialog-source-was-at", path = source.absolute_path.as_str()),
                ),
                SourceStatus::Outside { path, size_bytes } => {
                    let path = path.display().to_string();
                    let hash = source.sha256.get(..16).unwrap_or(&source.sha256);
                    (
                        tr!("dialog-source-outside"),
                        match size_bytes {
                            Some(bytes) => tr!(
                                "dialog-source-outside-detail-size",
                                path = path,
                                bytes = *bytes,
                                hash = hash
                            ),
                            None => tr!("dialog-source-outside-detail", path = path, hash = hash),
                        },
                    )
                }
            };
            ui.horizontal(|ui| {
                ui.label(RichText::new(&source.name).strong());
                ui.label(what);
                if !status.is_ok() && ui.button(tr!("dialog-source-locate")).clicked() {
                    commands.push(ProjectCommand::LocateSource(index));
                }
                if matches!(status, SourceStatus::Changed { .. }) {
                    let now = dialog.changed.get(&index).copied().unwrap_or_default();
                    for (choice, label, tip) in [
                        (
                            ChangedSource::LoadAnyway,
                            tr!("dialog-source-load-anyway"),
                            tr!("dialog-source-load-anyway-tip"),
                        ),
                        (
                            ChangedSource::Skip,
                            tr!("dialog-source-skip"),
                            tr!("dialog-source-skip-tip"),
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
            ui.label(tr!("dialog-sources-outside-warning"));
        }
        ui.label(RichText::new(tr!("dialog-sources-open-anyway-note")).small());
        ui.horizontal(|ui| {
            if outside
                && ui
                    .button(tr!("dialog-sources-allow-outside"))
                    .on_hover_text(tr!("dialog-sources-allow-outside-tip"))
                    .clicked()
            {
                commands.push(ProjectCommand::AllowOutside);
            }
            if ui.button(tr!("dialog-sources-open-anyway")).clicked() {
                commands.push(ProjectCommand::OpenAnyway);
            }
            if ui.button(tr!("dialog-cancel")).clicked() {
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
        ui.heading(tr!("dialog-recovery-heading"));
        let minutes = offer
            .modified
            .and_then(|t| t.elapsed().ok())
            .map(|d| d.as_secs() / 60);
        let views = tr!("dialog-count-views", count = offer.project.views.len());
        let annotations = tr!(
            "dialog-count-annotations",
            count = offer.project.current.annotations.len()
        );
        ui.label(match (&offer.project.autosave_of, minutes) {
            (Some(path), Some(minutes)) => tr!(
                "dialog-recovery-project-ago",
                path = path,
                minutes = minutes,
                views = views,
                annotations = annotations
            ),
            (Some(path), None) => tr!(
                "dialog-recovery-project",
                path = path,
                views = views,
                annotations = annotations
            ),
            (None, Some(minutes)) => tr!(
                "dialog-recovery-untitled-ago",
                minutes = minutes,
                views = views,
                annotations = annotations
            ),
            (None, None) => tr!(
                "dialog-recovery-untitled",
                views = views,
                annotations = annotations
            ),
        });
        ui.horizontal(|ui| {
            if ui.button(tr!("dialog-recovery-restore")).clicked() {
                commands.push(ProjectCommand::RestoreRecovery);
            }
            if ui.button(tr!("dialog-recovery-discard")).clicked() {
                commands.push(ProjectCommand::DiscardRecovery);
            }
        });
    });
}
