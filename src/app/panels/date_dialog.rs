//! Choosing how ambiguous slash dates read (`01/02/2010`: 2 January or
//! 1 February?), remembered for files with the same headers.

use std::path::PathBuf;

use crate::app::commands::Command;
use crate::tr;
use corridor_core::import::fields::TableKind;
use corridor_core::import::mapping::ColumnMapping;
use corridor_core::import::preview::{FilePreview, preview_table};
use corridor_core::import::values::DateOrder;

/// A table whose slash dates read either way: the file, its name in the
/// report (a workbook's sheet is `file › sheet`) and what it holds.
pub type AmbiguousFile = (PathBuf, String, TableKind);

pub struct DateDialog {
    files: Vec<(FilePreview, TableKind)>,
    pub choice: DateOrder,
}

impl DateDialog {
    pub fn new(files: Vec<AmbiguousFile>) -> Self {
        let files = files
            .into_iter()
            .filter_map(|(path, shown, kind)| Some((preview_table(&path, &shown).ok()?, kind)))
            .collect();
        Self {
            files,
            choice: DateOrder::MonthFirst,
        }
    }

    /// One mapping per file, carrying the chosen order; the columns are
    /// read as Corridor read them.
    pub fn mappings(&self, order: DateOrder) -> Vec<ColumnMapping> {
        self.files
            .iter()
            .map(|(preview, kind)| {
                let headers: Vec<&str> = preview.headers.iter().map(String::as_str).collect();
                let mut mapping = ColumnMapping::suggest(&headers, *kind);
                mapping.date_order = Some(order);
                mapping
            })
            .collect()
    }
}

/// The date-order question, while there is one.
pub fn date_dialog_ui(
    ctx: &egui::Context,
    dialog: &mut Option<DateDialog>,
    commands: &mut Vec<Command>,
) {
    let Some(dialog) = dialog else {
        return;
    };
    let mut open = true;
    egui::Window::new(tr!("import-date-title"))
        // The same window whatever the language of its title.
        .id(egui::Id::unique("Date order"))
        .open(&mut open)
        .collapsible(false)
        .resizable(false)
        .show(ctx, |ui| {
            ui.set_max_width(460.0);
            let names: Vec<&str> = dialog.files.iter().map(|(p, _)| p.name.as_str()).collect();
            ui.label(tr!("import-date-unclear", files = names.join(", ")));
            ui.label(tr!("import-date-read-month-first"));
            ui.radio_value(
                &mut dialog.choice,
                DateOrder::MonthFirst,
                tr!("import-date-month-first"),
            );
            ui.radio_value(
                &mut dialog.choice,
                DateOrder::DayFirst,
                tr!("import-date-day-first"),
            );
            ui.label(
                egui::RichText::new(tr!("import-date-remembered"))
                    .small()
                    .weak(),
            );
            ui.horizontal(|ui| {
                if ui.button(tr!("import-date-apply")).clicked() {
                    commands.push(Command::ApplyDateOrder(dialog.choice));
                }
                if ui.button(tr!("import-date-keep")).clicked() {
                    commands.push(Command::ApplyDateOrder(DateOrder::MonthFirst));
                }
            });
        });
    if !open {
        commands.push(Command::CloseDateDialog);
    }
}
