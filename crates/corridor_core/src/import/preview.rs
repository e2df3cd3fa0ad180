//! The first rows of a delimited file, for the column mapping dialog.

use std::path::Path;

use super::decode::decode_head;
use super::sniff::detect_delimiter;

/// Header row and a few data rows, as written.
#[derive(Clone, Debug, PartialEq)]
pub struct FilePreview {
    /// File name, as shown to the user.
    pub name: String,
    /// Cells of the header row, trimmed.
    pub headers: Vec<String>,
    /// Up to [`PREVIEW_ROWS`] non-blank rows after the header, trimmed.
    pub rows: Vec<Vec<String>>,
}

/// Rows shown under the headers.
pub const PREVIEW_ROWS: usize = 5;

/// Reads the start of a file: the first row as wide as the widest is taken
/// as the headers (title rows above a table are skipped; the user maps the
/// headers), the next rows as examples.
///
/// ```
/// use corridor_core::import::preview::preview_bytes;
/// let p = preview_bytes("a.csv", b"Exported 2011;;\n\nFolio;Arma\n1;pistola\n2;fusil\n");
/// assert_eq!(p.headers, vec!["Folio", "Arma"]);
/// assert_eq!(p.rows, vec![vec!["1", "pistola"], vec!["2", "fusil"]]);
/// ```
pub fn preview_bytes(name: &str, bytes: &[u8]) -> FilePreview {
    let head = decode_head(&bytes[..bytes.len().min(256 * 1024)]).text;
    let delimiter = detect_delimiter(&head);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(head.as_bytes());
    let rows: Vec<Vec<String>> = reader
        .records()
        .filter_map(Result::ok)
        .filter(|r| r.iter().any(|f| !f.trim().is_empty()))
        .take(PREVIEW_ROWS + 6)
        .map(|r| r.iter().map(|f| f.trim().to_owned()).collect())
        .collect();
    // Title lines above the header ("Export of 2011-02-03") fill fewer cells
    // than the header: take the first row as wide as the widest.
    let filled = |r: &Vec<String>| r.iter().filter(|f| !f.is_empty()).count();
    let widest = rows.iter().map(filled).max().unwrap_or(0);
    let header_at = rows.iter().position(|r| filled(r) == widest).unwrap_or(0);
    let mut rest = rows.into_iter().skip(header_at);
    FilePreview {
        name: name.to_owned(),
        headers: rest.next().unwrap_or_default(),
        rows: rest.take(PREVIEW_ROWS).collect(),
    }
}

/// Previews the table the import report names `shown` (as
/// [`super::report::FileSummary::file`]): a workbook's sheet
/// (`export.xlsx › Traces`, read from the workbook at `path`), else the
/// file at `path` as [`preview_file`] does.
pub fn preview_table(path: &Path, shown: &str) -> std::io::Result<FilePreview> {
    #[cfg(feature = "workbooks")]
    if let Some((_, sheet)) = shown.split_once(crate::model::provenance::SHEET_SEPARATOR) {
        let bytes = super::file_kind::read_data_head(path, 512 << 20)
            .map_err(std::io::Error::other)?
            .0;
        let workbook = super::workbook::read_workbook(&bytes).map_err(std::io::Error::other)?;
        let table = workbook
            .sheets
            .iter()
            .find(|t| t.name == sheet)
            .ok_or_else(|| std::io::Error::other(format!("no sheet '{sheet}'")))?;
        return Ok(preview_bytes(shown, table.text.as_bytes()));
    }
    #[cfg(not(feature = "workbooks"))]
    let _ = shown;
    preview_file(path)
}

/// Previews a file from its first 256 KiB, as [`preview_bytes`] does.
pub fn preview_file(path: &Path) -> std::io::Result<FilePreview> {
    let mut bytes = Vec::new();
    use std::io::Read as _;
    std::fs::File::open(path)?
        .take(256 * 1024)
        .read_to_end(&mut bytes)?;
    let name = path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    Ok(preview_bytes(&name, &bytes))
}
