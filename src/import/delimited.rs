//! Reading CSV, TSV and semicolon-separated exports into rows.

use std::ops::ControlFlow;

use super::fields::{ColumnMap, Field, TableKind};
use super::row::{CellPlace, RowValues};

/// Rows above the header that exporters add (titles, dates) and we skip.
const MAX_PREAMBLE_ROWS: usize = 10;

/// 1-based line of a byte offset, counted incrementally: the csv crate's own
/// line numbers skip blank lines and quoted line breaks, which would send the
/// user to the wrong line.
struct LineCounter<'t> {
    text: &'t [u8],
    byte: usize,
    line: u64,
}

impl LineCounter<'_> {
    /// `byte` is the csv crate's record position, which points at the end
    /// of the previous record: the record itself starts after any line
    /// breaks (blank lines) that follow.
    fn line_at(&mut self, byte: u64) -> u64 {
        let mut byte = (byte as usize).min(self.text.len());
        while byte < self.text.len() && matches!(self.text[byte], b'\r' | b'\n') {
            byte += 1;
        }
        if byte < self.byte {
            self.byte = 0;
            self.line = 1;
        }
        self.line += self.text[self.byte..byte]
            .iter()
            .filter(|&&b| b == b'\n')
            .count() as u64;
        self.byte = byte;
        self.line
    }
}

pub struct Table<'t> {
    pub kind: TableKind,
    pub columns: ColumnMap,
    /// 1-based line of the header row.
    pub header_line: u64,
    records: csv::StringRecordsIntoIter<&'t [u8]>,
    lines: LineCounter<'t>,
    /// Byte offset of the text start, for progress.
    pub header_end_byte: u64,
}

/// Why a delimited file cannot be read as a table.
#[derive(Debug, thiserror::Error)]
pub enum TableError {
    #[error("the file is empty")]
    Empty,
    #[error(
        "could not tell what this file holds from its headers ({headers}); expected traces (e.g. trace_id, store_lat, recovery_lat), stores (id, name, lat, lon) or recovery sites (id, place, lat, lon)"
    )]
    UnknownHeaders { headers: String },
    #[error("line {line}: {message}")]
    Csv { line: u64, message: String },
}

/// Finds the header row and decides what kind of table this is.
pub fn open_table<'t>(
    text: &'t str,
    delimiter: u8,
    file_name: &str,
) -> Result<Table<'t>, TableError> {
    let mut records = reader(text, delimiter).into_records();
    let mut lines = LineCounter {
        text: text.as_bytes(),
        byte: 0,
        line: 1,
    };
    let mut first_headers = None;
    for _ in 0..MAX_PREAMBLE_ROWS {
        let Some(record) = records.next() else { break };
        let record = record.map_err(csv_error)?;
        if record.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        let line = lines.line_at(record.position().map_or(0, |p| p.byte()));
        let headers: Vec<&str> = record.iter().collect();
        if let Some((kind, columns)) = classify_headers(&headers, file_name) {
            let header_end_byte =
                record.position().map_or(0, |p| p.byte()) + record.as_slice().len() as u64;
            return Ok(Table {
                kind,
                columns,
                header_line: line,
                records,
                lines,
                header_end_byte,
            });
        }
        first_headers.get_or_insert_with(|| headers.join(", "));
    }
    match first_headers {
        None => Err(TableError::Empty),
        Some(headers) => Err(TableError::UnknownHeaders { headers }),
    }
}

fn reader(text: &str, delimiter: u8) -> csv::Reader<&[u8]> {
    csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes())
}

fn csv_error(error: csv::Error) -> TableError {
    let line = error.position().map_or(0, |p| p.line());
    TableError::Csv {
        line,
        message: error.to_string(),
    }
}

/// Kind of table from a header row; `None` when too few headers match.
pub fn classify_headers(headers: &[&str], file_name: &str) -> Option<(TableKind, ColumnMap)> {
    let traces = ColumnMap::from_headers(headers.iter().copied(), TableKind::Traces);
    let has_store = traces.fields().any(Field::is_store);
    let has_site = traces.fields().any(Field::is_recovery_site);
    let trace_fields = traces.fields().filter(|f| f.is_trace_only()).count();
    if (has_store && has_site) || (trace_fields >= 1 && (has_store || has_site)) {
        return Some((TableKind::Traces, traces));
    }
    let stores = ColumnMap::from_headers(headers.iter().copied(), TableKind::Stores);
    let sites = ColumnMap::from_headers(headers.iter().copied(), TableKind::RecoverySites);
    // Coordinates, or a town and state the gazetteer can place.
    let located = |m: &ColumnMap, lat: Field, lon: Field| {
        (m.has(lat) && m.has(lon))
            || (m.has(Field::StoreCity) && m.has(Field::StoreState))
            || (m.has(Field::RecoveryPlace) && m.has(Field::RecoveryState))
    };
    let name = file_name.to_lowercase();
    let named_store = ["store", "dealer", "ffl", "tienda", "armeria", "purchase"]
        .iter()
        .any(|w| name.contains(w));
    let named_site = ["recover", "site", "seiz", "recuper", "asegura", "decomiso"]
        .iter()
        .any(|w| name.contains(w));
    let store_ok = located(&stores, Field::StoreLat, Field::StoreLon);
    let site_ok = located(&sites, Field::RecoveryLat, Field::RecoveryLon);
    let store_hint = named_store || stores.has(Field::StoreFfl);
    let site_hint = named_site
        || sites.has(Field::RecoveryDescription)
        || sites.has(Field::RecoveryPlace) && !stores.has(Field::StoreName);
    match (store_ok, site_ok) {
        (true, true) if store_hint && !named_site => Some((TableKind::Stores, stores)),
        (true, true) if site_hint => Some((TableKind::RecoverySites, sites)),
        (true, false) => Some((TableKind::Stores, stores)),
        (false, true) => Some((TableKind::RecoverySites, sites)),
        _ if trace_fields >= 2 => Some((TableKind::Traces, traces)),
        _ => None,
    }
}

impl Table<'_> {
    /// Calls `on_row` for every non-blank data row. Stops early when it
    /// returns `Break`. A CSV syntax error ends the table with an error.
    pub fn for_each_row(
        mut self,
        mut on_row: impl FnMut(&RowValues<'_>, RowInfo) -> ControlFlow<()>,
    ) -> Result<(), TableError> {
        let header_count = self.columns.headers.len();
        let places: Vec<(Field, usize, CellPlace<'_>)> = Field::ALL
            .iter()
            .filter_map(|&f| {
                self.columns.column(f).map(|c| {
                    (
                        f,
                        c,
                        CellPlace {
                            column: Some(c as u64 + 1),
                            name: Some(self.columns.header_of(c)),
                        },
                    )
                })
            })
            .collect();
        for record in self.records.by_ref() {
            let record = record.map_err(csv_error)?;
            if record.iter().all(|f| f.trim().is_empty()) {
                continue;
            }
            let position = record.position();
            let line = self.lines.line_at(position.map_or(0, |p| p.byte()));
            let mut row = RowValues::new(line);
            for (field, column, place) in &places {
                row.set(*field, record.get(*column).unwrap_or(""), *place);
            }
            let info = RowInfo {
                fields: record.len(),
                expected_fields: header_count,
                byte_offset: position.map_or(0, |p| p.byte()),
            };
            if on_row(&row, info).is_break() {
                break;
            }
        }
        Ok(())
    }
}

/// Facts about a row beyond its values.
#[derive(Clone, Copy, Debug)]
pub struct RowInfo {
    pub fields: usize,
    pub expected_fields: usize,
    pub byte_offset: u64,
}
