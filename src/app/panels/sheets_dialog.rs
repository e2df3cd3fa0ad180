//! Opening a workbook of several sheets: which sheets to load. Every
//! worksheet is ticked at first (as the command line loads them all); the
//! choice is kept in the project's import choices.

use std::path::{Path, PathBuf};

use corridor_core::import::workbook::{SheetInfo, has_workbook_extension, sheet_list};
use egui::RichText;

use crate::app::commands::Command;
use crate::tr;

/// One workbook's sheets and whether each is ticked.
#[derive(Clone, Debug, PartialEq)]
pub struct WorkbookSheets {
    /// The workbook's file name, as the import names it.
    pub file: String,
    /// Its worksheets, ticked or not.
    pub sheets: Vec<(SheetInfo, bool)>,
}

/// The files being opened and the workbooks among them that have sheets to
/// choose from.
#[derive(Clone, Debug, PartialEq)]
pub struct SheetsDialog {
    /// Everything being opened, workbooks or not.
    pub paths: Vec<PathBuf>,
    /// The workbooks of more than one worksheet.
    pub workbooks: Vec<WorkbookSheets>,
}

impl SheetsDialog {
    /// A dialog when one of `paths` is a workbook of two or more
    /// worksheets; `None` when there is nothing to choose. Only the sheet
    /// list is read (not the cells), on the window's thread: a workbook
    /// lists its sheets in its first kilobytes of XML.
    pub fn for_paths(paths: &[PathBuf]) -> Option<SheetsDialog> {
        let workbooks: Vec<WorkbookSheets> = paths
            .iter()
            .filter(|p| p.is_file() && has_workbook_extension(p))
            .filter_map(|path| {
                let sheets = list(path)?;
                (sheets.len() > 1).then(|| WorkbookSheets {
                    file: file_name(path),
                    sheets: sheets.into_iter().map(|s| (s, true)).collect(),
                })
            })
            .collect();
        (!workbooks.is_empty()).then(|| SheetsDialog {
            paths: paths.to_vec(),
            workbooks,
        })
    }

    /// The unticked sheets: (workbook file name, sheet).
    pub fn excluded(&self) -> Vec<(String, String)> {
        self.workbooks
            .iter()
            .flat_map(|w| {
                w.sheets
                    .iter()
                    .filter(|(_, load)| !load)
                    .map(|(s, _)| (w.file.clone(), s.name.clone()))
            })
            .collect()
    }
}

/// A workbook's sheets; `None` when it cannot be read (the import then
/// says why, with the file named).
fn list(path: &Path) -> Option<Vec<SheetInfo>> {
    let (bytes, _) = corridor_core::import::file_kind::read_data_head(path, 512 << 20).ok()?;
    sheet_list(&bytes).ok()
}

fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

/// The dialog, while open: ticks, then Load or Cancel.
pub fn sheets_dialog_ui(
    ctx: &egui::Context,
    dialog: &mut Option<SheetsDialog>,
    commands: &mut Vec<Command>,
) {
    let Some(open) = dialog else {
        return;
    };
    egui::Modal::new(egui::Id::unique("sheets-dialog")).show(ctx, |ui| {
        ui.set_max_width(460.0);
        ui.heading(tr!("import-sheets-title"));
        ui.label(tr!("import-sheets-intro"));
        for workbook in &mut open.workbooks {
            ui.add_space(6.0);
            ui.label(RichText::new(&workbook.file).strong());
            for (sheet, load) in &mut workbook.sheets {
                let label = if sheet.hidden {
                    tr!("import-sheets-hidden", sheet = &sheet.name)
                } else {
                    sheet.name.clone()
                };
                ui.checkbox(load, label);
            }
        }
        ui.add_space(6.0);
        let none = open
            .workbooks
            .iter()
            .all(|w| w.sheets.iter().all(|(_, load)| !load));
        ui.horizontal(|ui| {
            let load = ui
                .add_enabled(!none, egui::Button::new(tr!("import-sheets-load")))
                .on_disabled_hover_text(tr!("import-sheets-tick-one"));
            if load.clicked() {
                commands.push(Command::OpenSheets {
                    paths: open.paths.clone(),
                    excluded: open.excluded(),
                });
            }
            if ui.button(tr!("import-sheets-cancel")).clicked() {
                commands.push(Command::CancelSheets);
            }
        });
    });
}
