//! Excel (`.xlsx`, `.xlsm`, `.xlsb`, `.xls`) and OpenDocument (`.ods`)
//! workbooks, read through `calamine`. Each worksheet becomes the text of a
//! CSV table, one line per sheet row (row 7 of the sheet is line 7 of the
//! text), which the delimited reader then reads like any exported CSV: title
//! rows above the header skipped, header matching, column mappings, Spanish
//! headers. Date cells become ISO dates (`2019-03-04`), so no day/month
//! question is asked for them; numbers are written as numbers.
//!
//! Workbooks are zip archives (or, for `.xls`, an OLE file) received from
//! others, so what they unpack to is bounded before calamine reads them:
//! every zip entry is inflated once through a counting reader, whatever its
//! header claims; an `.xls` file's records are measured first
//! (`import::xls_extent`).

use std::io::{Cursor, Read};

use calamine::{Data, DataRef, Reader, SheetType, Sheets, open_workbook_auto_from_rs};

use crate::i18n::Phrase;
use crate::phrase;

/// Extensions read as workbooks (and listed when a folder is opened).
pub const WORKBOOK_EXTENSIONS: &[&str] = &["xlsx", "xlsm", "xlsb", "xls", "ods"];

/// Most bytes the entries of a workbook may unpack to, whatever its size.
const MAX_UNPACKED_BYTES: u64 = 2 << 30;

/// Unpacked bytes allowed per byte of workbook above [`UNPACKED_FLOOR_BYTES`]:
/// real workbooks deflate 5–20 times, repetitive ones up to ~60; a zip
/// bomb unpacks thousands of times its size.
const MAX_UNPACK_RATIO: u64 = 100;

/// A small workbook may always unpack to this much.
const UNPACKED_FLOOR_BYTES: u64 = 64 << 20;

/// Entries a workbook may hold (a real one has tens).
const MAX_ENTRIES: usize = 10_000;

/// Cells of one sheet that a workbook read whole (`.xls`, `.ods`) may
/// span, empty ones included: calamine keeps every cell of the sheet's
/// bounding box, 32 bytes each. 8 million cells (≈ 256 MB) hold 200,000
/// rows of 40 columns.
const MAX_SHEET_CELLS: u64 = 8_000_000;

/// Columns a sheet's row may have, as for a CSV table.
const MAX_COLUMNS: u32 = super::delimited::MAX_COLUMNS as u32;

/// One worksheet as CSV text.
#[derive(Clone, Debug, PartialEq)]
pub struct SheetTable {
    /// The sheet's name as the workbook gives it.
    pub name: String,
    /// The sheet as comma-separated text, line `n` holding row `n`.
    pub text: String,
    /// Rows up to the last one that holds a value.
    pub rows: u32,
}

/// A workbook's worksheets, in the workbook's order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Workbook {
    /// Worksheets with at least one value.
    pub sheets: Vec<SheetTable>,
    /// Sheets not read, with why: empty, a chart, a macro sheet.
    pub skipped: Vec<(String, Phrase)>,
}

/// Whether a file's first bytes are a zip archive or an OLE compound file,
/// the containers of the workbook formats.
///
/// ```
/// use corridor_core::import::workbook::is_container_signature;
/// assert!(is_container_signature(b"PK\x03\x04\x14\x00"));
/// assert!(is_container_signature(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1]));
/// assert!(!is_container_signature(b"trace_id,date\n"));
/// ```
pub fn is_container_signature(head: &[u8]) -> bool {
    head.starts_with(b"PK\x03\x04") || head.starts_with(&[0xD0, 0xCF, 0x11, 0xE0])
}

/// A worksheet as listed before loading, for the user to untick.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SheetInfo {
    /// The sheet's name.
    pub name: String,
    /// Hidden in the workbook (still loaded unless unticked).
    pub hidden: bool,
}

/// The worksheets of a workbook (charts and macro sheets left out),
/// without reading their cells.
pub fn sheet_list(bytes: &[u8]) -> Result<Vec<SheetInfo>, Phrase> {
    if bytes.starts_with(b"PK\x03\x04") {
        check_unpacked_size(bytes)?;
        check_ods_extent(bytes)?;
    } else {
        super::xls_extent::check(bytes)?;
    }
    guarded(|| {
        let sheets = open_workbook_auto_from_rs(Cursor::new(bytes))
            .map_err(|error| phrase!("import-workbook-invalid", error = error.to_string()))?;
        Ok(sheets
            .sheets_metadata()
            .iter()
            .filter(|s| s.typ == SheetType::WorkSheet)
            .map(|s| SheetInfo {
                name: s.name.clone(),
                hidden: s.visible != calamine::SheetVisible::Visible,
            })
            .collect())
    })
}

/// Whether `path` names a workbook by its extension.
pub fn has_workbook_extension(path: &std::path::Path) -> bool {
    path.extension().and_then(|e| e.to_str()).is_some_and(|e| {
        WORKBOOK_EXTENSIONS
            .iter()
            .any(|w| e.eq_ignore_ascii_case(w))
    })
}

/// Reads every worksheet of a workbook into CSV text.
pub fn read_workbook(bytes: &[u8]) -> Result<Workbook, Phrase> {
    let zipped = bytes.starts_with(b"PK\x03\x04");
    if zipped {
        check_unpacked_size(bytes)?;
        check_ods_extent(bytes)?;
    } else {
        super::xls_extent::check(bytes)?;
    }
    guarded(|| read_sheets(bytes, zipped))
}

/// Runs calamine on a file received from others. Its `.xls` reader indexes
/// record data without checking the record's length (89 places in 0.38),
/// so a damaged file panics inside it (found by the fuzz target
/// `workbook`): the panic is that file's error, not the app's end.
fn guarded<T>(read: impl FnOnce() -> Result<T, Phrase>) -> Result<T, Phrase> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(read))
        .unwrap_or_else(|_| Err(phrase!("import-workbook-panic")))
}

/// `this is a damaged zip archive, or a damaged workbook (…)`.
fn damaged_zip(error: impl std::fmt::Display) -> Phrase {
    phrase!("import-zip-damaged", error = error.to_string())
}

/// `cannot read the sheet (…)`.
fn unreadable_sheet(error: impl std::fmt::Display) -> Phrase {
    phrase!("import-sheet-unreadable", error = error.to_string())
}

fn read_sheets(bytes: &[u8], zipped: bool) -> Result<Workbook, Phrase> {
    let mut sheets = open_workbook_auto_from_rs(Cursor::new(bytes)).map_err(|error| {
        if zipped {
            phrase!("import-zip-not-workbook", error = error.to_string())
        } else {
            phrase!("import-ole-not-workbook", error = error.to_string())
        }
    })?;
    let metadata = sheets.sheets_metadata().to_vec();
    let mut workbook = Workbook::default();
    for sheet in metadata {
        if sheet.typ != SheetType::WorkSheet {
            let what = match sheet.typ {
                SheetType::ChartSheet => "chart",
                SheetType::MacroSheet | SheetType::Vba => "macro",
                _ => "dialog",
            };
            workbook
                .skipped
                .push((sheet.name, phrase!("import-sheet-not-table", what = what)));
            continue;
        }
        let table = match &mut sheets {
            Sheets::Xlsx(xlsx) => stream_xlsx_sheet(xlsx, &sheet.name),
            Sheets::Xlsb(xlsb) => stream_xlsb_sheet(xlsb, &sheet.name),
            other => whole_sheet(other, &sheet.name),
        }
        .map_err(|reason| phrase!("import-sheet-reason", sheet = &sheet.name, reason = reason))?;
        match table {
            Some(table) => workbook.sheets.push(table),
            None => workbook
                .skipped
                .push((sheet.name, phrase!("import-sheet-empty"))),
        }
    }
    Ok(workbook)
}

/// Inflates every entry through a counting reader: the real sizes, not the
/// ones the headers claim, must stay under the limits.
fn check_unpacked_size(bytes: &[u8]) -> Result<(), Phrase> {
    let limit = MAX_UNPACKED_BYTES
        .min(UNPACKED_FLOOR_BYTES.max((bytes.len() as u64).saturating_mul(MAX_UNPACK_RATIO)));
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(damaged_zip)?;
    if archive.len() > MAX_ENTRIES {
        // Counts written plainly, not grouped.
        return Err(phrase!(
            "import-zip-too-many-entries",
            entries = archive.len().to_string(),
            max = MAX_ENTRIES.to_string()
        ));
    }
    let mut total = 0u64;
    for index in 0..archive.len() {
        let mut entry = archive.by_index(index).map_err(damaged_zip)?;
        let left = limit - total;
        let read = std::io::copy(&mut (&mut entry).take(left + 1), &mut std::io::sink())
            .map_err(damaged_zip)?;
        total += read;
        if total > limit {
            return Err(phrase!(
                "import-workbook-too-big",
                limit = crate::format::file_size(limit),
                size = crate::format::file_size(bytes.len() as u64)
            ));
        }
    }
    Ok(())
}

/// An OpenDocument sheet names its repeated rows and columns by count
/// (`table:number-rows-repeated="1048576"`), which calamine expands into
/// cells: the extent each table claims is summed before it is read.
fn check_ods_extent(bytes: &[u8]) -> Result<(), Phrase> {
    use quick_xml::events::Event;
    let Ok(mut archive) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        return Ok(());
    };
    let Ok(content) = archive.by_name("content.xml") else {
        return Ok(());
    };
    let mut reader = quick_xml::Reader::from_reader(std::io::BufReader::new(content));
    let mut buf = Vec::new();
    let (mut rows, mut row_cells, mut widest) = (0u64, 0u64, 0u64);
    let repeated = |e: &quick_xml::events::BytesStart<'_>, key: &str| -> u64 {
        e.attributes()
            .flatten()
            .find(|a| a.key.local_name().as_ref() == key)
            .and_then(|a| a.value.parse().ok())
            .unwrap_or(1)
    };
    loop {
        buf.clear();
        let event = reader
            .read_event_into(&mut buf)
            .map_err(|error| phrase!("import-workbook-xml", error = error.to_string()))?;
        match event {
            Event::Start(e) | Event::Empty(e) => match e.local_name().as_ref() {
                "table" => (rows, widest) = (0, 0),
                "table-row" => {
                    rows = rows.saturating_add(repeated(&e, "number-rows-repeated"));
                    row_cells = 0;
                }
                "table-cell" | "covered-table-cell" => {
                    row_cells = row_cells.saturating_add(repeated(&e, "number-columns-repeated"));
                    widest = widest.max(row_cells);
                }
                _ => {}
            },
            Event::End(e)
                if e.local_name().as_ref() == "table"
                    && rows.saturating_mul(widest) > MAX_SHEET_CELLS =>
            {
                return Err(phrase!(
                    "import-ods-sheet-too-big",
                    rows = rows.to_string(),
                    columns = widest.to_string(),
                    max = MAX_SHEET_CELLS.to_string()
                ));
            }
            Event::Eof => return Ok(()),
            _ => {}
        }
    }
}

/// An `.xlsx` sheet, cell by cell as its XML streams: nothing but the text
/// is kept, so a sheet whose few cells lie far apart costs only its text.
fn stream_xlsx_sheet<RS: std::io::Read + std::io::Seek>(
    xlsx: &mut calamine::Xlsx<RS>,
    name: &str,
) -> Result<Option<SheetTable>, Phrase> {
    let mut cells = xlsx
        .worksheet_cells_reader(name)
        .map_err(unreadable_sheet)?;
    stream_cells(name, || cells.next_cell())
}

/// An `.xlsb` sheet, streamed as [`stream_xlsx_sheet`] does.
fn stream_xlsb_sheet<RS: std::io::Read + std::io::Seek>(
    xlsb: &mut calamine::Xlsb<RS>,
    name: &str,
) -> Result<Option<SheetTable>, Phrase> {
    let mut cells = xlsb
        .worksheet_cells_reader(name)
        .map_err(unreadable_sheet)?;
    stream_cells(name, || cells.next_cell())
}

/// Writes the cells a streaming reader gives, in its order.
fn stream_cells<'a, E: std::fmt::Display>(
    name: &str,
    mut next: impl FnMut() -> Result<Option<calamine::Cell<DataRef<'a>>>, E>,
) -> Result<Option<SheetTable>, Phrase> {
    let mut writer = SheetWriter::default();
    while let Some(cell) = next().map_err(unreadable_sheet)? {
        let (row, column) = cell.get_position();
        writer.put(row, column, &text_of_ref(cell.get_value()))?;
    }
    Ok(writer.finish(name))
}

/// A sheet of the formats calamine reads whole.
fn whole_sheet<RS: std::io::Read + std::io::Seek>(
    sheets: &mut Sheets<RS>,
    name: &str,
) -> Result<Option<SheetTable>, Phrase> {
    let range = sheets.worksheet_range(name).map_err(unreadable_sheet)?;
    let (height, width) = range.get_size();
    if (height as u64).saturating_mul(width as u64) > MAX_SHEET_CELLS {
        return Err(phrase!(
            "import-sheet-too-big",
            rows = height.to_string(),
            columns = width.to_string(),
            max = MAX_SHEET_CELLS.to_string()
        ));
    }
    let mut writer = SheetWriter::default();
    for (row, column, value) in range.used_cells() {
        let (row0, column0) = range.start().unwrap_or((0, 0));
        writer.put(row0 + row as u32, column0 + column as u32, &text_of(value))?;
    }
    Ok(writer.finish(name))
}

/// Builds the CSV text of a sheet from cells given in row order.
#[derive(Default)]
struct SheetWriter {
    text: String,
    /// Lines written so far (the 0-based row the next line is).
    lines: u32,
    /// Columns written on the current line.
    columns: u32,
    /// Whether any cell held a value.
    any: bool,
}

impl SheetWriter {
    /// Writes a cell at 0-based `(row, column)`; cells come in row order
    /// (a cell out of order, which no writer produces, is refused).
    fn put(&mut self, row: u32, column: u32, value: &str) -> Result<(), Phrase> {
        if value.is_empty() {
            return Ok(());
        }
        // Rows and columns counted from 1, not grouped.
        if column >= MAX_COLUMNS {
            return Err(phrase!(
                "import-sheet-too-wide",
                row = (u64::from(row) + 1).to_string(),
                column = (u64::from(column) + 1).to_string(),
                max = MAX_COLUMNS.to_string()
            ));
        }
        if !self.any || row + 1 > self.lines {
            // Rows up to this one: the lines of empty rows stay, so line
            // numbers are row numbers.
            while self.lines < row + 1 {
                self.text.push('\n');
                self.lines += 1;
            }
            self.columns = 0;
        } else if row + 1 < self.lines || column < self.columns {
            return Err(phrase!(
                "import-sheet-out-of-order",
                row = (u64::from(row) + 1).to_string(),
                column = (u64::from(column) + 1).to_string()
            ));
        }
        // The line of `row` is the last one: its newline was pushed first.
        self.text.pop();
        while self.columns < column {
            self.text.push(',');
            self.columns += 1;
        }
        push_csv_field(&mut self.text, value);
        self.text.push('\n');
        self.any = true;
        Ok(())
    }

    fn finish(self, name: &str) -> Option<SheetTable> {
        self.any.then(|| SheetTable {
            name: name.to_owned(),
            text: self.text,
            rows: self.lines,
        })
    }
}

/// Appends a value as one CSV field on one line: quoted when it holds a
/// comma or a quote; a line break inside a cell becomes a space, so that
/// line numbers stay row numbers.
fn push_csv_field(text: &mut String, value: &str) {
    let one_line = value.contains(['\n', '\r']);
    let value = if one_line {
        std::borrow::Cow::Owned(value.replace("\r\n", " ").replace(['\n', '\r'], " "))
    } else {
        std::borrow::Cow::Borrowed(value)
    };
    if value.contains([',', '"']) {
        text.push('"');
        text.push_str(&value.replace('"', "\"\""));
        text.push('"');
    } else {
        text.push_str(&value);
    }
}

/// A number as a table writes it: whole numbers without a fraction (a
/// serial number or a count typed as a number is `123456`, not
/// `123456.0`), others in the shortest form that reads back the same.
///
/// ```
/// use corridor_core::import::workbook::number_text;
/// assert_eq!(number_text(123456.0), "123456");
/// assert_eq!(number_text(-106.4245), "-106.4245");
/// assert_eq!(number_text(0.1 + 0.2), "0.30000000000000004");
/// ```
pub fn number_text(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{value:.0}")
    } else {
        format!("{value}")
    }
}

/// A date cell as an ISO date; a time of day is kept after it (the date
/// parser ignores it), a duration is written as days.
fn datetime_text(value: &calamine::ExcelDateTime) -> String {
    if value.is_duration() {
        return number_text(value.as_f64());
    }
    let (year, month, day, hour, minute, second, _) = value.to_ymd_hms_milli();
    if (hour, minute, second) == (0, 0, 0) {
        format!("{year:04}-{month:02}-{day:02}")
    } else {
        format!("{year:04}-{month:02}-{day:02} {hour:02}:{minute:02}:{second:02}")
    }
}

fn text_of(value: &Data) -> String {
    match value {
        Data::Int(n) => n.to_string(),
        Data::Float(f) => number_text(*f),
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_owned(),
        Data::DateTime(d) => datetime_text(d),
        // `#N/A`, `#REF!`: the cell has no value.
        Data::Error(_) | Data::Empty => String::new(),
    }
}

fn text_of_ref(value: &DataRef<'_>) -> String {
    match value {
        DataRef::Int(n) => n.to_string(),
        DataRef::Float(f) => number_text(*f),
        DataRef::String(s) | DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => s.clone(),
        DataRef::SharedString(s) => (*s).to_owned(),
        DataRef::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_owned(),
        DataRef::DateTime(d) => datetime_text(d),
        DataRef::Error(_) | DataRef::Empty => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_become_lines_numbered_as_rows() {
        let mut writer = SheetWriter::default();
        writer.put(2, 0, "trace_id").unwrap();
        writer.put(2, 2, "a, b").unwrap();
        writer.put(3, 1, "say \"hi\"").unwrap();
        writer.put(3, 3, "two\nlines").unwrap();
        let table = writer.finish("T").unwrap();
        assert_eq!(
            table.text,
            "\n\ntrace_id,,\"a, b\"\n,\"say \"\"hi\"\"\",,two lines\n"
        );
        assert_eq!(table.rows, 4);
        assert_eq!(table.text.lines().nth(2), Some("trace_id,,\"a, b\""));
    }

    #[test]
    fn a_cell_past_the_column_limit_or_out_of_order_is_an_error() {
        let mut writer = SheetWriter::default();
        assert!(writer.put(0, MAX_COLUMNS, "x").is_err());
        writer.put(5, 3, "x").unwrap();
        assert!(writer.put(4, 0, "y").is_err());
        assert!(writer.put(5, 1, "y").is_err());
        assert!(SheetWriter::default().finish("empty").is_none());
    }
}
