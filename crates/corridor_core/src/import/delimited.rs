//! Reading CSV, TSV and semicolon-separated exports into rows.

use std::ops::ControlFlow;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use super::date_order::DateEvidence;
use super::fields::{ColumnMap, Field, TableKind};
use super::mapping::HeaderHints;
use super::row::{CellPlace, Places, PreParsed, RowValues, fast_trim, parse_pair};
use super::stream::{StreamError, TextStream};
use super::values::{DateOrder, parse_dated};
use crate::i18n::Phrase;
use crate::phrase;

/// Rows above the header that exporters add (titles, dates) and we skip.
const MAX_PREAMBLE_ROWS: usize = 10;

/// Longest line a table may have, in bytes. Real rows are a few hundred
/// bytes; a megabyte-long line is a corrupt or hostile file, and parsing it
/// would take memory out of all proportion (a 40 MB line of commas is 40
/// million fields).
pub const MAX_LINE_BYTES: usize = 1 << 20;

/// Most columns a table may have.
pub const MAX_COLUMNS: usize = 1_000;

/// 1-based line of a byte offset, counted incrementally: the csv crate's own
/// line numbers skip blank lines and quoted line breaks, which would send the
/// user to the wrong line.
pub(crate) struct LineCounter<'t> {
    text: &'t [u8],
    byte: usize,
    line: u64,
}

impl<'t> LineCounter<'t> {
    pub(crate) fn new(text: &'t [u8]) -> Self {
        Self {
            text,
            byte: 0,
            line: 1,
        }
    }

    /// `byte` is the csv crate's record position, which points at the end
    /// of the previous record: the record itself starts after any line
    /// breaks (blank lines) that follow.
    pub(crate) fn line_at(&mut self, byte: u64) -> u64 {
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

/// A delimited file whose header row has been found, ready to be read row
/// by row from its [`TextStream`].
pub struct Table<'s> {
    /// What one row is: a trace, a store or a recovery site.
    pub kind: TableKind,
    /// Which column holds which field.
    pub columns: ColumnMap,
    /// Date order remembered with the user's mapping for these headers.
    pub date_order: Option<DateOrder>,
    delimiter: u8,
    evidence: DateEvidence,
    /// 1-based line of the header row.
    pub header_line: u64,
    reader: csv::Reader<&'s mut TextStream>,
    nul: Arc<AtomicBool>,
    /// Byte offset of the text start, for progress.
    pub header_end_byte: u64,
}

/// Why a delimited file cannot be read as a table.
#[derive(Debug)]
pub enum TableError {
    /// No row near the top has any content: the file is empty or blank.
    Empty,
    /// No row near the top reads as a header row Corridor knows; a column
    /// mapping can still load the file.
    UnknownHeaders {
        /// The cells of the first row with content, joined by `, `.
        headers: String,
    },
    /// A row of more than [`MAX_COLUMNS`] columns near the top.
    TooManyColumns {
        /// The line.
        line: u64,
        /// Its number of columns.
        columns: usize,
    },
    /// A line longer than [`MAX_LINE_BYTES`].
    LongLine(StreamError),
    /// The CSV reader failed.
    Csv {
        /// Line the CSV reader gave for the error; 0 when it gave none.
        line: u64,
        /// The CSV reader's description of the error, or why the text
        /// being read stopped (a Parquet file's rows).
        message: Phrase,
    },
}

impl TableError {
    /// Why the file cannot be read, as a message.
    pub fn phrase(&self) -> Phrase {
        // Line and column numbers and limits are written as they are, not
        // grouped.
        match self {
            TableError::Empty => phrase!("import-file-empty"),
            TableError::UnknownHeaders { headers } => {
                phrase!("import-unknown-headers", headers = headers)
            }
            TableError::TooManyColumns { line, columns } => phrase!(
                "import-too-many-columns",
                line = line.to_string(),
                columns = columns.to_string(),
                max = MAX_COLUMNS.to_string()
            ),
            TableError::LongLine(error) => error.phrase(),
            TableError::Csv { line, message } => {
                phrase!(
                    "import-csv-error",
                    line = line.to_string(),
                    message = message
                )
            }
        }
    }
}

/// The English text, as the command line writes it.
impl std::fmt::Display for TableError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.phrase().fmt(f)
    }
}

impl std::error::Error for TableError {}

/// Finds the header row and decides what kind of table this is.
pub fn open_table<'s>(
    stream: &'s mut TextStream,
    delimiter: u8,
    file_name: &str,
    hints: &HeaderHints,
) -> Result<Table<'s>, TableError> {
    let nul = stream.nul_seen();
    let mut records = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(stream);
    let mut record = Some(csv::StringRecord::new());
    let mut first_headers = None;
    for _ in 0..MAX_PREAMBLE_ROWS {
        if !read_text_record(&mut records, &mut record)? {
            break;
        }
        let Some(record) = record.as_ref() else { break };
        let line = records
            .get_mut()
            .line_at(record.position().map_or(0, |p| p.byte()));
        // Before the blank check: a line of commas is blank, and a hostile one.
        if record.len() > MAX_COLUMNS {
            return Err(TableError::TooManyColumns {
                line,
                columns: record.len(),
            });
        }
        if record.iter().all(|f| fast_trim(f).is_empty()) {
            continue;
        }
        let headers: Vec<&str> = record.iter().collect();
        let mapped = hints.mapping_for(&headers);
        let classified = match mapped {
            Some(mapping) => Some((mapping.kind, mapping.column_map())),
            None => classify_headers(&headers, file_name, hints),
        };
        if let Some((kind, columns)) = classified {
            let header_end_byte = records.position().byte();
            return Ok(Table {
                kind,
                columns,
                date_order: mapped.and_then(|m| m.date_order),
                delimiter,
                evidence: DateEvidence::default(),
                header_line: line,
                reader: records,
                nul,
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

/// [`open_table`] on text already in memory (a file's head, to tell what it
/// holds).
pub fn open_table_in_text(
    text: &str,
    delimiter: u8,
    file_name: &str,
    hints: &HeaderHints,
) -> Result<TableKind, TableError> {
    let mut stream = TextStream::new(text.as_bytes().to_vec(), None, MAX_LINE_BYTES);
    open_table(&mut stream, delimiter, file_name, hints).map(|table| table.kind)
}

/// Reads the next record into `slot` (kept as an `Option` so that its
/// buffers are reused without allocating a placeholder). A record that is
/// not UTF-8 in a file that started as UTF-8 is read as Windows-1252, as
/// the whole file would have been had its start shown it.
fn read_text_record(
    reader: &mut csv::Reader<&mut TextStream>,
    slot: &mut Option<csv::StringRecord>,
) -> Result<bool, TableError> {
    let mut bytes = slot
        .take()
        .map(csv::StringRecord::into_byte_record)
        .unwrap_or_default();
    let more = reader.read_byte_record(&mut bytes).map_err(csv_error);
    *slot = Some(match csv::StringRecord::from_byte_record(bytes) {
        Ok(record) => record,
        Err(error) => {
            reader.get_mut().note_windows_1252_record();
            windows_1252_record(&error.into_byte_record())
        }
    });
    more
}

fn windows_1252_record(bytes: &csv::ByteRecord) -> csv::StringRecord {
    let mut record = csv::StringRecord::with_capacity(bytes.as_slice().len() * 2, bytes.len());
    for field in bytes {
        record.push_field(
            &encoding_rs::WINDOWS_1252
                .decode_without_bom_handling(field)
                .0,
        );
    }
    record.set_position(bytes.position().cloned());
    record
}

/// The first line longer than `max` bytes: its number (from 1) and length.
/// A pass at memory speed, before any parsing.
///
/// ```
/// use corridor_core::import::delimited::first_long_line;
/// assert_eq!(first_long_line(b"a,b\nc,d\n", 10), None);
/// assert_eq!(first_long_line(b"a,b\n0123456789AB\nc", 10), Some((2, 12)));
/// assert_eq!(first_long_line(b"short\n0123456789AB", 10), Some((2, 12)));
/// ```
pub fn first_long_line(text: &[u8], max: usize) -> Option<(u64, usize)> {
    let mut start = 0;
    let ends = memchr::memchr_iter(b'\n', text).chain(std::iter::once(text.len()));
    for (line, end) in (1u64..).zip(ends) {
        if end - start > max {
            return Some((line, end - start));
        }
        start = end + 1;
    }
    None
}

fn csv_error(error: csv::Error) -> TableError {
    if let csv::ErrorKind::Io(io) = error.kind()
        && let Some(StreamError::LongLine { line, max }) = StreamError::from_io(io)
    {
        return TableError::LongLine(StreamError::LongLine {
            line: *line,
            max: *max,
        });
    }
    let line = error.position().map_or(0, |p| p.line());
    // Text made as it is read (a Parquet file's rows) says why it stopped.
    let message = match error.kind() {
        csv::ErrorKind::Io(io) => super::io_reason(io),
        _ => phrase!("import-text", text = error.to_string()),
    };
    TableError::Csv { line, message }
}

/// Kind of table from a header row; `None` when too few headers match.
pub fn classify_headers(
    headers: &[&str],
    file_name: &str,
    hints: &HeaderHints,
) -> Option<(TableKind, ColumnMap)> {
    let map = |kind| {
        ColumnMap::from_headers_with(headers.iter().copied(), kind, |h, k| {
            hints.match_header(h, k)
        })
    };
    let traces = map(TableKind::Traces);
    let has_store = traces.fields().any(Field::is_store);
    let has_site = traces.fields().any(Field::is_recovery_site);
    let trace_fields = traces.fields().filter(|f| f.is_trace_only()).count();
    if (has_store && has_site) || (trace_fields >= 1 && (has_store || has_site)) {
        return Some((TableKind::Traces, traces));
    }
    let stores = map(TableKind::Stores);
    let sites = map(TableKind::RecoverySites);
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
    /// Reads up to `max_rows` rows' date cells to see which order they are
    /// in, from `head`: the start of the same text, decoded (the stream
    /// itself only goes forward).
    pub fn scan_dates(&mut self, head: &str, max_rows: usize) -> DateEvidence {
        let columns: Vec<usize> = [Field::PurchaseDate, Field::RecoveryDate]
            .iter()
            .filter_map(|f| self.columns.column(*f))
            .collect();
        let mut evidence = DateEvidence::default();
        let head = head.as_bytes();
        if !columns.is_empty() {
            // Whole lines only: a date cut at the end of the head would be
            // evidence of nothing.
            let end = memchr::memrchr(b'\n', head).map_or(head.len(), |i| i + 1);
            let start = (self.header_end_byte as usize).min(end);
            let mut reader = csv::ReaderBuilder::new()
                .delimiter(self.delimiter)
                .has_headers(false)
                .flexible(true)
                .from_reader(&head[start..end]);
            let mut record = csv::ByteRecord::new();
            let mut lines = LineCounter::new(head);
            let mut rows = 0;
            while rows < max_rows && reader.read_byte_record(&mut record).unwrap_or(false) {
                rows += 1;
                let line = lines.line_at(start as u64 + record.position().map_or(0, |p| p.byte()));
                for &column in &columns {
                    if let Some(cell) = record.get(column).and_then(|c| std::str::from_utf8(c).ok())
                    {
                        evidence.add(cell, line);
                    }
                }
            }
        }
        self.evidence = evidence.clone();
        evidence
    }

    /// What the last [`Self::scan_dates`] found.
    pub fn date_evidence(&self) -> &DateEvidence {
        &self.evidence
    }

    /// Calls `on_row` for every non-blank data row. Stops early when it
    /// returns `Break`. A CSV syntax error or a line over the limit ends the
    /// table with an error; what was read before it stays.
    ///
    /// With `pre_parse` set, a second thread reads the CSV and parses each
    /// row's coordinates and dates while this thread hands the rows on: on a
    /// two-core laptop that halves the time to load a million traces. The
    /// rows arrive in file order either way, so the result is the same.
    pub fn for_each_row(
        self,
        pre_parse: Option<DateOrder>,
        mut on_row: impl FnMut(&RowValues<'_>, RowInfo) -> ControlFlow<()>,
    ) -> Result<(), TableError> {
        let header_count = self.columns.headers.len();
        let columns: Vec<(Field, usize)> = Field::ALL
            .iter()
            .filter_map(|&f| self.columns.column(f).map(|c| (f, c)))
            .collect();
        let mut places: Places<'_> = [CellPlace::default(); Field::ALL.len()];
        for &(field, column) in &columns {
            places[field as usize] = CellPlace {
                column: Some(column as u64 + 1),
                name: Some(self.columns.header_of(column)),
            };
        }
        let places = &places;
        let columns = &columns[..];
        let nul = &*self.nul;
        let info_of = |record: &csv::StringRecord| RowInfo {
            fields: record.len(),
            expected_fields: header_count,
            byte_offset: record.position().map_or(0, |p| p.byte()),
            nul_seen: nul.load(Ordering::Relaxed),
        };
        let mut reader = self.reader;
        let Some(order) = pre_parse else {
            // One record reused for every row: no allocation per row.
            let mut slot = Some(csv::StringRecord::new());
            while read_text_record(&mut reader, &mut slot)? {
                let Some(record) = slot.as_ref() else { break };
                if record.iter().all(|f| fast_trim(f).is_empty()) {
                    continue;
                }
                let line = reader.get_mut().line_at(info_of(record).byte_offset);
                if on_row(
                    &row_from_record(record, line, places, columns),
                    info_of(record),
                )
                .is_break()
                {
                    break;
                }
            }
            return Ok(());
        };

        let pre_fields = PreFields::new(columns);
        std::thread::scope(|scope| {
            let (full_tx, full_rx) = std::sync::mpsc::sync_channel::<Batch>(BATCHES_IN_FLIGHT);
            let (empty_tx, empty_rx) = std::sync::mpsc::channel::<Batch>();
            let parser = scope.spawn(move || -> Result<(), TableError> {
                loop {
                    let mut batch = empty_rx.try_recv().unwrap_or_default();
                    batch.len = 0;
                    let mut failed = Ok(());
                    while batch.len < BATCH_ROWS {
                        if batch.records.len() == batch.len {
                            batch.records.push(Some(csv::StringRecord::new()));
                        }
                        let slot = &mut batch.records[batch.len];
                        match read_text_record(&mut reader, slot) {
                            Ok(true) => {}
                            Ok(false) => break,
                            // The rows read before the error are handed on first.
                            Err(error) => {
                                failed = Err(error);
                                break;
                            }
                        }
                        let Some(record) = slot.as_ref() else { break };
                        if record.iter().all(|f| fast_trim(f).is_empty()) {
                            continue;
                        }
                        let line = reader
                            .get_mut()
                            .line_at(record.position().map_or(0, |p| p.byte()));
                        let pre = pre_fields.pre_parse(record, order);
                        batch.lines.truncate(batch.len);
                        batch.lines.push(line);
                        batch.pre.truncate(batch.len);
                        batch.pre.push(pre);
                        batch.len += 1;
                    }
                    let done = batch.len < BATCH_ROWS || failed.is_err();
                    // The consumer stopped early: nothing more to parse.
                    if full_tx.send(batch).is_err() || done {
                        return failed;
                    }
                }
            });
            'batches: for mut batch in full_rx.iter() {
                for (i, pre) in batch.pre.drain(..).enumerate().take(batch.len) {
                    let Some(record) = batch.records[i].as_ref() else {
                        continue;
                    };
                    let mut row = row_from_record(record, batch.lines[i], places, columns);
                    row.pre = Some(pre);
                    if on_row(&row, info_of(record)).is_break() {
                        break 'batches;
                    }
                }
                let _ = empty_tx.send(batch);
            }
            drop(full_rx);
            parser.join().unwrap_or(Ok(()))
        })
    }
}

/// The columns pre-parsing reads, found once per table.
struct PreFields {
    /// Store lat, store lon, site lat, site lon, purchase date, recovery date.
    columns: [Option<usize>; 6],
}

impl PreFields {
    fn new(columns: &[(Field, usize)]) -> Self {
        let find = |field| columns.iter().find(|(f, _)| *f == field).map(|(_, c)| *c);
        Self {
            columns: [
                find(Field::StoreLat),
                find(Field::StoreLon),
                find(Field::RecoveryLat),
                find(Field::RecoveryLon),
                find(Field::PurchaseDate),
                find(Field::RecoveryDate),
            ],
        }
    }

    /// What [`RowValues::pre_parse`] computes, read straight off the record.
    fn pre_parse(&self, record: &csv::StringRecord, order: DateOrder) -> PreParsed {
        let cell = |i: usize| {
            self.columns[i]
                .and_then(|c| record.get(c))
                .map_or("", fast_trim)
        };
        PreParsed {
            store: parse_pair(cell(0), cell(1), Field::StoreLat, Field::StoreLon),
            site: parse_pair(cell(2), cell(3), Field::RecoveryLat, Field::RecoveryLon),
            purchase: parse_dated(cell(4), order),
            recovery: parse_dated(cell(5), order),
        }
    }
}

fn row_from_record<'r>(
    record: &'r csv::StringRecord,
    line: u64,
    places: &'r Places<'r>,
    columns: &[(Field, usize)],
) -> RowValues<'r> {
    let mut row = RowValues::with_places(line, places);
    for &(field, column) in columns {
        row.set_value(field, record.get(column).unwrap_or(""));
    }
    row
}

/// Rows parsed ahead per hand-over between the two threads.
const BATCH_ROWS: usize = 2048;
/// Batches queued at most, which bounds the memory the parser runs ahead with.
const BATCHES_IN_FLIGHT: usize = 4;

/// Records read and pre-parsed by the parsing thread, reused once consumed.
#[derive(Default)]
struct Batch {
    records: Vec<Option<csv::StringRecord>>,
    lines: Vec<u64>,
    pre: Vec<PreParsed>,
    len: usize,
}

/// Facts about a row beyond its values.
#[derive(Clone, Copy, Debug)]
pub struct RowInfo {
    /// Fields in the row.
    pub fields: usize,
    /// Fields in the header row; a row's fields past these are ignored.
    pub expected_fields: usize,
    /// Byte offset in the decoded text where reading this row began, for
    /// progress.
    pub byte_offset: u64,
    /// Whether a NUL byte was read anywhere up to and including this row:
    /// only then is the row searched for one.
    pub nul_seen: bool,
}
