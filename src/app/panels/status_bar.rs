//! The bottom line: what is loaded and how the import went.

use egui::{RichText, Ui};

use corridor_core::briefing::Redaction;

use crate::app::commands::Command;
use crate::app::data::LoadedData;
use crate::tr;

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
                        "{}\n{}\n{}",
                        received.path.display(),
                        tr!("details-status-made", time = received.created_utc.as_str()),
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
            ui.label(tr!(
                "details-status-loaded",
                traces = corridor_core::format::traces_in_rows(
                    dataset.traces.firearms(),
                    dataset.traces.len() as u64,
                    crate::app::i18n::lang(),
                ),
                stores = tr!("count-stores", count = dataset.stores.len()),
                sites = tr!("count-sites", count = dataset.sites.len()),
            ));
            let report = &data.report;
            if !report.is_clean() {
                ui.separator();
                let text = if report.errors > 0 {
                    tr!(
                        "details-status-report-errors",
                        rejected = report.rejected,
                        warnings = report.warnings,
                        errors = report.errors
                    )
                } else {
                    tr!(
                        "details-status-report",
                        rejected = report.rejected,
                        warnings = report.warnings
                    )
                };
                if ui
                    .link(text)
                    .on_hover_text(tr!("details-status-report-hover"))
                    .clicked()
                {
                    commands.push(Command::ShowReport(true));
                }
            }
            if status.checking_sources {
                ui.separator();
                ui.spinner();
                ui.label(tr!("details-status-checking"))
                    .on_hover_text(tr!("details-status-checking-hover"));
            }
            if status.map_updating {
                ui.separator();
                ui.spinner();
                ui.label(tr!("details-status-updating"))
                    .on_hover_text(tr!("details-status-updating-hover"));
            }
        });
    });
}

fn sources_text(data: &LoadedData) -> String {
    let sources = &data.dataset().sources;
    if sources.is_empty() {
        return tr!("details-status-no-files");
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
