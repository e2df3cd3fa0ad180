//! Where each record came from, so evidence stays traceable to its source.

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
}

/// Between a workbook's name and a sheet's, and a sheet's and a row's:
/// `export.xlsx › Traces › row 7`.
pub const SHEET_SEPARATOR: &str = " › ";

impl SourceFile {
    /// Where a line of this source is, as messages name it: `traces.csv
    /// line 7`, or `export.xlsx › Traces › row 7` for a sheet.
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
    /// ```
    pub fn place(&self, line: u32) -> String {
        match self.sheet {
            Some(_) => format!("{}{SHEET_SEPARATOR}row {line}", self.name),
            None => format!("{} line {line}", self.name),
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
