//! Crosstabs of counts: published trace statistics and origin–destination
//! matrices give one row per recovery area and one column per source area
//! (or the transpose), each cell a count, with a total row and column and
//! sometimes extra rows per time-to-crime range.
//!
//! A table whose headers name no field but whose header row and first
//! column name US or Mexican states is read as such a matrix: each
//! non-zero cell becomes one counted row (origin state, destination state,
//! count), so its corridors are those of the same table in long form.
//! Total rows and columns are skipped and checked against the sums.

use crate::basemap::{Country, StateTable};
use crate::i18n::Phrase;
use crate::phrase;

/// What the row labels of a matrix are, when the areas cannot tell
/// (both axes in one country): `--matrix rows=destination|origin`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MatrixRows {
    /// One row per recovery area, one column per source area.
    Destination,
    /// One row per source area, one column per recovery area.
    Origin,
}

impl MatrixRows {
    /// Reads `rows=destination` / `rows=origin` (the flag's value).
    ///
    /// ```
    /// use corridor_core::import::matrix::MatrixRows;
    /// assert_eq!(MatrixRows::parse("rows=origin"), Ok(MatrixRows::Origin));
    /// assert_eq!(MatrixRows::parse("destination"), Ok(MatrixRows::Destination));
    /// assert!(MatrixRows::parse("columns=origin").is_err());
    /// ```
    pub fn parse(text: &str) -> Result<MatrixRows, String> {
        let value = text.trim();
        let value = value.strip_prefix("rows=").unwrap_or(value);
        match value.trim() {
            "destination" | "destinations" => Ok(MatrixRows::Destination),
            "origin" | "origins" => Ok(MatrixRows::Origin),
            _ => Err(format!(
                "'{text}': write rows=destination (one row per recovery area) or rows=origin"
            )),
        }
    }
}

/// One count of the matrix, with where it was read.
#[derive(Clone, Debug, PartialEq)]
pub struct MatrixCell {
    /// Line of the cell, counting from 1.
    pub line: u64,
    /// Column of the cell, counting from 1.
    pub column: u64,
    /// The origin area as written (a US state, say).
    pub origin: String,
    /// The destination area as written.
    pub destination: String,
    /// The cell's text: a count.
    pub count: String,
}

/// Something about a matrix worth a line in the report.
#[derive(Clone, Debug, PartialEq)]
pub struct MatrixNote {
    /// Line it is about.
    pub line: u64,
    /// Column, when it is about a cell.
    pub column: Option<u64>,
    /// What to say.
    pub reason: Phrase,
}

/// A matrix read from a table's text.
#[derive(Clone, Debug, PartialEq)]
pub struct Matrix {
    /// Line of the header row (the column areas).
    pub header_line: u64,
    /// The counts, row by row.
    pub cells: Vec<MatrixCell>,
    /// What the row labels were read as.
    pub rows: MatrixRows,
    /// Skipped rows, totals that do not add up, cells that are no count.
    pub notes: Vec<MatrixNote>,
}

/// Why a table that looks like a matrix cannot be read as one.
#[derive(Clone, Debug, PartialEq)]
pub enum MatrixError {
    /// The areas' countries do not tell which axis is the origin (one
    /// country on both axes, or both countries on one).
    UnclearAxes,
}

impl MatrixError {
    /// Why the matrix cannot be read, as a message.
    pub fn phrase(&self) -> Phrase {
        match self {
            MatrixError::UnclearAxes => phrase!("import-matrix-unclear-axes"),
        }
    }
}

/// The English text, as the command line writes it.
impl std::fmt::Display for MatrixError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.phrase().fmt(f)
    }
}

impl std::error::Error for MatrixError {}

/// Most lines a matrix may have (published matrices have a few dozen).
const MAX_LINES: usize = 10_000;

/// Labels of total rows and columns.
fn is_total(label: &str) -> bool {
    let folded = crate::import::fields::normalise_header(label);
    matches!(
        folded.as_str(),
        "total" | "totals" | "totales" | "all" | "sum" | "suma" | "grand_total" | "total_general"
    )
}

/// The country of an area label: a US or Mexican state (or the country
/// itself, as tables add a "Mexico" or "United States" row).
fn area_country(states: &StateTable, label: &str) -> Option<Country> {
    let label = label.trim();
    if label.is_empty() {
        return None;
    }
    if let Some(code) = states.normalize(label) {
        return Some(code.country());
    }
    match crate::import::fields::normalise_header(label).as_str() {
        "united_states" | "usa" | "us" | "estados_unidos" | "eeuu" | "eua" => Some(Country::Us),
        "mexico" | "republica_mexicana" => Some(Country::Mx),
        _ => None,
    }
}

/// Whether a header names a US or Mexican state (or one of the two
/// countries): a table with two such headers the field names do not
/// explain is a matrix, even when its first header (`Recovery state`) and
/// a `Total` column are field names.
pub fn is_area(label: &str) -> bool {
    StateTable::embedded().is_ok_and(|states| area_country(states, label).is_some())
}

/// Reads `text` (a whole CSV, or a sheet as CSV) as a matrix; `Ok(None)`
/// when it is not one. `rows` is the user's choice of axis, needed only
/// when both axes are in one country.
pub fn read_matrix(
    text: &str,
    delimiter: u8,
    rows: Option<MatrixRows>,
) -> Result<Option<Matrix>, MatrixError> {
    let Ok(states) = StateTable::embedded() else {
        return Ok(None);
    };
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let mut records: Vec<(u64, Vec<String>)> = Vec::new();
    for record in reader.records().take(MAX_LINES) {
        let Ok(record) = record else {
            return Ok(None);
        };
        let line = record.position().map_or(0, |p| p.line());
        records.push((line, record.iter().map(|c| c.trim().to_owned()).collect()));
    }
    // The header: the first row whose cells after the first are mostly
    // areas (two at least).
    let areas_in = |cells: &[String]| {
        let named: Vec<&String> = cells.iter().skip(1).filter(|c| !c.is_empty()).collect();
        let areas = named
            .iter()
            .filter(|c| area_country(states, c).is_some())
            .count();
        let totals = named.iter().filter(|c| is_total(c)).count();
        (areas >= 2 && (areas + totals) * 10 >= named.len() * 8).then_some(areas)
    };
    let Some(header_at) = records
        .iter()
        .position(|(_, cells)| areas_in(cells).is_some())
    else {
        return Ok(None);
    };
    let (header_line, header) = records[header_at].clone();
    let body = &records[header_at + 1..];
    let row_areas = body
        .iter()
        .filter(|(_, cells)| {
            cells
                .first()
                .is_some_and(|c| area_country(states, c).is_some())
        })
        .count();
    if row_areas < 1 {
        return Ok(None);
    }
    let countries = |labels: &mut dyn Iterator<Item = &String>| {
        let mut seen = (false, false);
        for label in labels {
            match area_country(states, label) {
                Some(Country::Us) => seen.0 = true,
                Some(Country::Mx) => seen.1 = true,
                None => {}
            }
        }
        seen
    };
    let columns_in = countries(&mut header.iter().skip(1));
    let rows_in = countries(&mut body.iter().filter_map(|(_, c)| c.first()));
    let decided = match (columns_in, rows_in) {
        ((true, false), (false, true)) => Some(MatrixRows::Destination),
        ((false, true), (true, false)) => Some(MatrixRows::Origin),
        _ => None,
    };
    let Some(axis) = rows.or(decided) else {
        return Err(MatrixError::UnclearAxes);
    };
    let mut matrix = Matrix {
        header_line,
        cells: Vec::new(),
        rows: axis,
        notes: Vec::new(),
    };
    let total_column = header
        .iter()
        .skip(1)
        .position(|h| is_total(h))
        .map(|i| i + 1);
    let mut column_sums = vec![0u64; header.len()];
    let mut total_row: Option<(u64, Vec<String>)> = None;
    for (line, cells) in body {
        let label = cells.first().map_or("", String::as_str);
        if cells.iter().all(String::is_empty) {
            continue;
        }
        if is_total(label) {
            total_row = Some((*line, cells.clone()));
            continue;
        }
        if area_country(states, label).is_none() {
            // A time-to-crime range, a note, a source line.
            matrix.notes.push(MatrixNote {
                line: *line,
                column: Some(1),
                reason: phrase!("import-matrix-row-no-area", label = label),
            });
            continue;
        }
        let mut row_sum = 0u64;
        for (index, cell) in cells.iter().enumerate().skip(1) {
            let Some(area) = header.get(index).filter(|h| !h.is_empty() && !is_total(h)) else {
                continue;
            };
            if cell.is_empty() || area_country(states, area).is_none() {
                continue;
            }
            let column = index as u64 + 1;
            let Some(count) = crate::import::values::parse_count(cell) else {
                matrix.notes.push(MatrixNote {
                    line: *line,
                    column: Some(column),
                    reason: phrase!("import-matrix-cell-not-count", value = cell),
                });
                continue;
            };
            row_sum += count;
            column_sums[index] += count;
            if count == 0 {
                continue;
            }
            let (origin, destination) = match axis {
                MatrixRows::Destination => (area.clone(), label.to_owned()),
                MatrixRows::Origin => (label.to_owned(), area.clone()),
            };
            matrix.cells.push(MatrixCell {
                line: *line,
                column,
                origin,
                destination,
                count: cell.clone(),
            });
        }
        if let Some(total_at) = total_column
            && let Some(stated) = cells
                .get(total_at)
                .and_then(|c| crate::import::values::parse_count(c))
            && stated != row_sum
        {
            matrix.notes.push(MatrixNote {
                line: *line,
                column: Some(total_at as u64 + 1),
                // Counts as written in the table, not grouped.
                reason: phrase!(
                    "import-matrix-row-total",
                    stated = stated.to_string(),
                    sum = row_sum.to_string()
                ),
            });
        }
    }
    if let Some((line, cells)) = total_row {
        for (index, sum) in column_sums.iter().enumerate().skip(1) {
            if total_column == Some(index) {
                continue;
            }
            if let Some(stated) = cells
                .get(index)
                .and_then(|c| crate::import::values::parse_count(c))
                && stated != *sum
            {
                matrix.notes.push(MatrixNote {
                    line,
                    column: Some(index as u64 + 1),
                    reason: phrase!(
                        "import-matrix-column-total",
                        stated = stated.to_string(),
                        area = header.get(index).map_or("", String::as_str),
                        sum = sum.to_string()
                    ),
                });
            }
        }
    }
    Ok(Some(matrix))
}
