//! A workbook given to the importer becomes one input per worksheet that
//! holds a table: `export.xlsx › Traces`, read as CSV text whose line
//! numbers are the sheet's row numbers.

use super::report::{FileSummary, ImportReport, Severity};
use super::workbook::{SheetTable, read_workbook};
use super::{Format, ImportOptions, InputFile, Origin, Unpacked, delimited, flowmap_blue};
use super::{builder::Reporter, report_file_error, row::CellPlace};
use crate::i18n::Phrase;
use crate::model::provenance::sheet_source_name;
use crate::phrase;

/// The tables of a workbook, each an input of its own; sheets that hold no
/// table, or that the user unticked, are named in the report.
pub(super) fn expand(
    input: InputFile,
    options: &ImportOptions,
    report: &mut ImportReport,
) -> Vec<InputFile> {
    let path = input.path.clone();
    let name = input.name.clone();
    let bytes = match super::read_whole(input) {
        Ok(bytes) => bytes,
        Err(reason) => {
            report_file_error(report, &path, reason);
            return Vec::new();
        }
    };
    let workbook = match read_workbook(&bytes) {
        Ok(workbook) => workbook,
        Err(reason) => {
            report_file_error(report, &path, reason);
            return Vec::new();
        }
    };
    let sha256 = crate::project::source::sha256_hex(&bytes);
    let file_size_bytes = bytes.len() as u64;
    drop(bytes);
    let mut notes: Vec<(String, Phrase)> = workbook.skipped;
    let mut tables: Vec<(SheetTable, Option<Format>)> = Vec::new();
    for sheet in workbook.sheets {
        if options.excludes_sheet(&path, &name, &sheet.name) {
            notes.push((sheet.name, phrase!("import-sheet-unticked")));
            continue;
        }
        let format = table_format(&sheet, &name, options);
        tables.push((sheet, format));
    }
    // A sheet whose headers say nothing Corridor knows is notes, a pivot or
    // a chart's data when another sheet is a table; when none is, each is
    // read as a table so that the report offers a column mapping.
    let any_table = tables.iter().any(|(_, format)| format.is_some());
    let mut inputs = Vec::new();
    for (sheet, format) in tables {
        let format = match format {
            Some(format) => format,
            None if any_table => {
                notes.push((sheet.name, phrase!("import-sheet-no-table")));
                continue;
            }
            None => Format::Delimited(super::fields::TableKind::Traces),
        };
        let text = sheet.text.into_bytes();
        inputs.push(InputFile {
            path: path.clone(),
            name: sheet_source_name(&name, &sheet.name),
            size_bytes: text.len() as u64,
            origin: Origin::Memory(text),
            format,
            unpacked: Some(Unpacked {
                sheet: Some(sheet.name),
                sha256: sha256.clone(),
                file_size_bytes,
            }),
        });
    }
    for (sheet, why) in notes {
        let sheet_name = sheet_source_name(&name, &sheet);
        let mut summary = FileSummary {
            file: sheet_name.clone(),
            path: Some(path.clone()),
            ..Default::default()
        };
        summary.set_kind(phrase!("import-kind-sheet-not-loaded"));
        report.files.push(summary);
        Reporter {
            file: &sheet_name,
            report,
        }
        .issue(
            Severity::Warning,
            None,
            CellPlace::default(),
            phrase!("import-sheet-reason", sheet = sheet, reason = why),
        );
    }
    inputs
}

/// What a sheet's text is: a table Corridor knows (traces, stores,
/// recovery sites, flowmap.blue), or `None`.
fn table_format(sheet: &SheetTable, workbook: &str, options: &ImportOptions) -> Option<Format> {
    let delimiter = b',';
    let name = sheet_source_name(workbook, &sheet.name);
    if let Some(kind) = flowmap_blue::detect(
        &flowmap_blue::header_row(&sheet.text, delimiter),
        &sheet.name,
    ) {
        return Some(Format::Flowmap(kind));
    }
    delimited::open_table_in_text(&sheet.text, delimiter, &name, &options.hints)
        .ok()
        .map(Format::Delimited)
}
