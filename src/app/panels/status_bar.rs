//! The bottom line: what is loaded and how the import went.

use egui::{RichText, Ui};

use corridor_core::briefing::Redaction;

use crate::app::commands::Command;
use crate::app::data::LoadedData;
use crate::app::format::{plural, thousands};

/// What the status bar shows.
pub struct StatusContext<'a> {
    /// What is loaded and how the import went.
    pub data: &'a LoadedData,
    /// The REDACTED badge shows while identifiers are hidden.
    pub redaction: Redaction,
    /// A project's data files are being checked.
    pub checking_sources: bool,
    /// The map is being counted on a worker.
    pub map_updating: bool,
    /// The hand-over package the open project came from, as checked.
    pub received: Option<&'a crate::app::handover::ReceivedPackage>,
}

/// The bottom line: data, sizes, import problems, background work.
pub fn status_bar_ui(ui: &mut Ui, status: &StatusContext<'_>, commands: &mut Vec<Command>) {
    egui::Panel::bottom("status").show(ui, |ui| {
        ui.horizontal(|ui| {
            if status.redaction.is_active() {
                crate::app::briefing_ui::presentation::redacted_badge_ui(ui);
                ui.separator();
            }
            if let Some(received) = status.received {
                let color = if received.verified {
                    ui.visuals().widgets.noninteractive.fg_stroke.color
                } else {
                    ui.visuals().error_fg_color
                };
                ui.label(RichText::new(received.headline()).color(color).strong())
                    .on_hover_text(format!(
                        "{}\nMade {} (UTC)\n{}",
                        received.path.display(),
                        received.created_utc,
                        received.files.join("\n")
                    ));
                ui.separator();
            }
            let data = status.data;
            let dataset = data.dataset();
            let label = if dataset.is_synthetic() {
                RichText::new(&data.label).color(ui.visuals().warn_fg_color)
            } else {
                RichText::new(&data.label)
            };
            ui.label(label).on_hover_text(sources_text(data));
            ui.separator();
            ui.label(format!(
                "{} loaded · {} · {}",
                corridor_core::format::traces_in_rows(
                    dataset.traces.firearms(),
                    dataset.traces.len() as u64,
                    crate::app::i18n::lang(),
                ),
                plural(dataset.stores.len() as u64, "store", "stores"),
                plural(
                    dataset.sites.len() as u64,
                    "recovery site",
                    "recovery sites"
                ),
            ));
            let report = &data.report;
            if !report.is_clean() {
                ui.separator();
                let text = format!(
                    "{} rejected · {} warnings{}",
                    thousands(report.rejected),
                    thousands(report.warnings),
                    if report.errors > 0 {
                        format!(" · {} file errors", report.errors)
                    } else {
                        String::new()
                    }
                );
                if ui
                    .link(text)
                    .on_hover_text("Show the import report")
                    .clicked()
                {
                    commands.push(Command::ShowReport(true));
                }
            }
            if status.checking_sources {
                ui.separator();
                ui.spinner();
                ui.label("Checking the project's data files…").on_hover_text(
                    "Each file is read and its SHA-256 compared with the one saved in the project.",
                );
            }
            if status.map_updating {
                ui.separator();
                ui.spinner();
                ui.label("Updating the map…").on_hover_text(
                    "Big data is counted on a worker thread; the map shows the last result until \
                     the new one is ready.",
                );
            }
        });
    });
}

fn sources_text(data: &LoadedData) -> String {
    let sources = &data.dataset().sources;
    if sources.is_empty() {
        return "No files loaded".to_owned();
    }
    sources
        .iter()
        .map(|s| {
            format!(
                "{} (SHA-256 {})",
                s.path.display(),
                &s.sha256[..s.sha256.len().min(16)]
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}
