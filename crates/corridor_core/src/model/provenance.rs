//! Where each record came from, so evidence stays traceable to its source.

use crate::i18n::Lang;
use crate::t;
use serde::{Deserialize, Serialize};
use std::path::PathBuf;

/// Index into [`crate::model::Dataset::sources`] plus the 1-based line.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct SourceRef {
    /// Index into [`crate::model::Dataset::sources`].
    pub file: u16,
    /// Line in that file, counting from 1.
    pub line: u32,
}

/// One input file as it was read.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct SourceFile {
    /// Path the file was read from.
    pub path: PathBuf,
    /// File name shown in reports.
    pub name: String,
    /// Lower-case hex SHA-256 of the bytes read.
    pub sha256: String,
    /// Size of the file as read, in bytes.
    pub size_bytes: u64,
    /// The file says it is generated demo data (its dealers are fictitious).
    pub synthetic: bool,
    /// The worksheet read, when the file is a workbook: then `name` is
    /// `file › sheet`, and the hash and size are the whole file's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sheet: Option<String>,
    /// How its records are numbered in messages.
    #[serde(default, skip_serializing_if = "RecordNumbering::is_line")]
    pub numbering: RecordNumbering,
}

/// How a source's records are named: by the line of a text file (a
/// sheet's line is its row), or by the row of a Parquet file (its table
/// text has the column names on line 1, so row `n` is line `n + 1`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RecordNumbering {
    /// `traces.csv line 7`.
    #[default]
    Line,
    /// `traces.parquet row 6` for line 7.
    ParquetRow,
}

impl RecordNumbering {
    /// The default, which a saved project leaves out.
    pub fn is_line(&self) -> bool {
        *self == RecordNumbering::Line
    }
}

/// Between a workbook's name and a sheet's, and a sheet's and a row's:
/// `export.xlsx › Traces › row 7`.
pub const SHEET_SEPARATOR: &str = " › ";

impl SourceFile {
    /// Where a line of this source is, as messages name it: `traces.csv
    /// line 7`, or `export.xlsx › Traces › row 7` for a sheet (English, as
    /// the command line and exports write it; [`SourceFile::place_in`] for
    /// a reader's language).
    ///
    /// ```
    /// use corridor_core::model::SourceFile;
    /// let csv = SourceFile { name: "traces.csv".into(), ..Default::default() };
    /// assert_eq!(csv.place(7), "traces.csv line 7");
    /// let sheet = SourceFile {
    ///     name: "export.xlsx › Traces".into(),
    ///     sheet: Some("Traces".into()),
    ///     ..Default::default()
    /// };
    /// assert_eq!(sheet.place(7), "export.xlsx › Traces › row 7");
    /// assert_eq!(sheet.file_name(), "export.xlsx");
    /// let parquet = SourceFile {
    ///     name: "traces.parquet".into(),
    ///     numbering: corridor_core::model::provenance::RecordNumbering::ParquetRow,
    ///     ..Default::default()
    /// };
    /// assert_eq!(parquet.place(7), "traces.parquet row 6");
    /// ```
    pub fn place(&self, line: u32) -> String {
        self.place_in(line, Lang::En)
    }

    /// [`SourceFile::place`] in `lang`: `traces.csv línea 7`,
    /// `export.xlsx › Traces › fila 7`.
    ///
    /// ```
    /// use corridor_core::i18n::Lang;
    /// use corridor_core::model::SourceFile;
    /// let csv = SourceFile { name: "traces.csv".into(), ..Default::default() };
    /// assert_eq!(csv.place_in(1234, Lang::Es), "traces.csv línea 1234");
    /// ```
    pub fn place_in(&self, line: u32, lang: Lang) -> String {
        // Line and row numbers as digits (people look them up in the file).
        match (&self.sheet, self.numbering) {
            (Some(_), _) => format!(
                "{}{SHEET_SEPARATOR}{}",
                self.name,
                t!(lang, "source-row", row = line.to_string())
            ),
            (None, RecordNumbering::ParquetRow) => format!(
                "{} {}",
                self.name,
                t!(lang, "source-row", row = line.saturating_sub(1).to_string())
            ),
            (None, RecordNumbering::Line) => format!(
                "{} {}",
                self.name,
                t!(lang, "source-line", line = line.to_string())
            ),
        }
    }

    /// The file's own name, without the sheet.
    pub fn file_name(&self) -> &str {
        sheet_file_name(&self.name, self.sheet.as_deref())
    }
}

/// `export.xlsx › Traces`: the name of sheet `sheet` of file `file`.
pub fn sheet_source_name(file: &str, sheet: &str) -> String {
    format!("{file}{SHEET_SEPARATOR}{sheet}")
}

/// `export.xlsx` of `export.xlsx › Traces` read from sheet `Traces`.
pub fn sheet_file_name<'a>(name: &'a str, sheet: Option<&str>) -> &'a str {
    sheet
        .and_then(|sheet| name.strip_suffix(sheet)?.strip_suffix(SHEET_SEPARATOR))
        .unwrap_or(name)
}
