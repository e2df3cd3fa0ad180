//! The import report: per-file summary and every rejection and warning.

use egui::{RichText, Ui};
use egui_extras::{Column, TableBuilder};

use crate::app::commands::Command;
use crate::app::i18n::lang;
use crate::tr;
use corridor_core::import::report::{ImportReport, Severity};

/// Which report the window shows.
pub enum ShownReport<'a> {
    /// The report of the data on screen.
    Loaded(&'a ImportReport),
    /// The report of the last import, which loaded nothing.
    Failed(&'a ImportReport),
}

/// The import report window, when `open`.
pub fn report_window_ui(
    ctx: &egui::Context,
    open: bool,
    shown: ShownReport<'_>,
    commands: &mut Vec<Command>,
) {
    if !open {
        return;
    }
    let mut open = true;
    egui::Window::new(tr!("import-report-title"))
        // The same window whatever the language of its title.
        .id(egui::Id::unique("Import report"))
        .open(&mut open)
        .default_size([760.0, 420.0])
        .resizable(true)
        .show(ctx, |ui| {
            let report = match shown {
                ShownReport::Failed(failed) => {
                    ui.label(
                        RichText::new(tr!("import-report-failed"))
                            .color(ui.visuals().warn_fg_color),
                    );
                    failed
                }
                ShownReport::Loaded(report) => report,
            };
            report_ui(ui, report, commands);
        });
    if !open {
        commands.push(Command::ShowReport(false));
    }
}

fn report_ui(ui: &mut Ui, report: &ImportReport, commands: &mut Vec<Command>) {
    ui.horizontal(|ui| {
        ui.label(report.summary_line_in(lang()));
        if ui.button(tr!("import-report-save")).clicked() {
            commands.push(Command::SaveReport);
        }
    });
    for file in &report.files {
        let encoding = file.encoding_in(lang());
        ui.label(tr!(
            "import-report-file",
            file = &file.file,
            kind = file.kind_in(lang()),
            encoding = if encoding.is_empty() {
                String::new()
            } else {
                format!(" ({encoding})")
            },
            rows = file.rows,
            traces = file.traces,
            stores = file.stores,
            sites = file.recovery_sites,
            rejected = file.rejected,
            warnings = file.warnings
        ));
    }
    for line in report.more_like_lines_in(lang()) {
        ui.label(line);
    }
    let beyond_kinds: u64 = report.more_like.iter().map(|m| m.count).sum();
    if report.unlisted > beyond_kinds {
        ui.label(tr!(
            "import-report-unlisted",
            count = report.unlisted - beyond_kinds
        ));
    }
    ui.separator();
    if report.issues.is_empty() {
        ui.label(tr!("import-report-no-problems"));
        return;
    }
    TableBuilder::new(ui)
        .striped(true)
        .resizable(true)
        .column(Column::auto().at_least(70.0))
        .column(Column::auto().at_least(120.0))
        .column(Column::auto().at_least(50.0))
        .column(Column::auto().at_least(90.0))
        .column(Column::remainder().at_least(200.0))
        .header(20.0, |mut header| {
            for title in [
                tr!("import-report-severity"),
                tr!("import-report-file-column"),
                tr!("import-report-line"),
                tr!("import-report-column"),
                tr!("import-report-reason"),
            ] {
                header.col(|ui| {
                    ui.strong(title);
                });
            }
        })
        .body(|body| {
            body.rows(18.0, report.issues.len(), |mut row| {
                let issue = &report.issues[row.index()];
                row.col(|ui| {
                    let color = match issue.severity {
                        Severity::Error | Severity::Rejected => ui.visuals().error_fg_color,
                        Severity::Warning => ui.visuals().warn_fg_color,
                    };
                    ui.label(RichText::new(severity_name(issue.severity)).color(color));
                });
                row.col(|ui| {
                    ui.label(&issue.file);
                });
                row.col(|ui| {
                    ui.label(issue.line.map(|l| l.to_string()).unwrap_or_default());
                });
                row.col(|ui| {
                    let column = match (issue.column, &issue.field) {
                        (Some(c), Some(f)) => format!("{c} ({f})"),
                        (Some(c), None) => c.to_string(),
                        (None, Some(f)) => f.clone(),
                        (None, None) => String::new(),
                    };
                    ui.label(column);
                });
                row.col(|ui| {
                    ui.label(issue.reason_in(lang()));
                });
            });
        });
}

/// A severity as the table shows it ("error", "rejected", "warning").
fn severity_name(severity: Severity) -> String {
    match severity {
        Severity::Error => tr!("import-report-severity-error"),
        Severity::Rejected => tr!("import-report-severity-rejected"),
        Severity::Warning => tr!("import-report-severity-warning"),
    }
}
