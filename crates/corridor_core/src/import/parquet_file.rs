//! Parquet files (written by DuckDB, pandas, Polars, Spark) read as the
//! tables they hold: the columns' names are the header, each row a line of
//! CSV text read by the same table reader as any CSV file (field matching,
//! column mappings, counted rows, title rows aside). Row `n` of the file is
//! line `n + 1` of that text, and provenance names it `file row n`
//! ([`crate::model::provenance::RecordNumbering::ParquetRow`]).
//!
//! Typed values become the text the reader expects: dates and timestamps
//! ISO dates (no day/month question), integers plain, floating-point
//! numbers at full precision, nulls empty. Files received from others are
//! untrusted: the sizes the footer declares are checked before any page is
//! read, the text made is bounded, and a panic inside the reader is the
//! file's error.

use bytes::Bytes;
use parquet::file::reader::{FileReader, SerializedFileReader};
use parquet::record::Field;

use crate::model::Day;

/// The magic number a Parquet file starts (and ends) with.
pub const MAGIC: &[u8; 4] = b"PAR1";

/// Whether `head` starts like a Parquet file.
pub fn is_parquet_signature(head: &[u8]) -> bool {
    head.starts_with(MAGIC)
}

/// Most rows a Parquet file may hold to be read (a warehouse extract of
/// more is what docs/scale-out.md reduces to counted rows first).
pub const MAX_ROWS: i64 = 20_000_000;

/// Most text the rows may make, in bytes.
const MAX_TEXT_BYTES: usize = 4 << 30;

/// A Parquet file's table as CSV text, and its row count.
pub struct ParquetTable {
    /// Header line, then one line per row.
    pub text: String,
    /// Rows read.
    pub rows: u64,
}

/// Reads a Parquet file's rows into CSV text.
pub fn read_parquet(bytes: Vec<u8>) -> Result<ParquetTable, String> {
    let file_bytes = bytes.len() as u64;
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| read(bytes, file_bytes)))
        .unwrap_or_else(|_| {
            Err("the Parquet reader failed on this file: it is damaged, or uses a feature Corridor \
                 does not read"
                .to_owned())
        })
}

fn read(bytes: Vec<u8>, file_bytes: u64) -> Result<ParquetTable, String> {
    let reader = SerializedFileReader::new(Bytes::from(bytes))
        .map_err(|error| format!("this is not a Parquet file Corridor can read ({error})"))?;
    let metadata = reader.metadata();
    let rows = metadata.file_metadata().num_rows();
    if !(0..=MAX_ROWS).contains(&rows) {
        return Err(format!(
            "the file declares {rows} rows; Corridor reads Parquet files of up to {} rows (reduce a \
             bigger extract to counted rows first: docs/scale-out.md)",
            crate::format::thousands(MAX_ROWS as u64)
        ));
    }
    // What the pages unpack to, as the footer declares it: a small file
    // that declares gigabytes is refused before any page is read.
    let declared: i64 = metadata
        .row_groups()
        .iter()
        .flat_map(|group| group.columns())
        .map(|column| column.uncompressed_size().max(0))
        .sum();
    let limit = (file_bytes.saturating_mul(100)).clamp(64 << 20, 2 << 30);
    if declared as u64 > limit {
        return Err(format!(
            "the file declares {} of data in {}: more than Corridor unpacks from such a file",
            crate::format::file_size(declared as u64),
            crate::format::file_size(file_bytes)
        ));
    }
    let columns: Vec<String> = metadata
        .file_metadata()
        .schema_descr()
        .root_schema()
        .get_fields()
        .iter()
        .map(|field| field.name().to_owned())
        .collect();
    // Corridor's own export gives a date's precision in a column of its
    // own (`recovery_date_precision`): the date is written back as the
    // month or year it was, and the precision columns are not read.
    let precision_of: Vec<Option<usize>> = columns
        .iter()
        .map(|name| {
            let wanted = format!("{name}_precision");
            columns.iter().position(|c| *c == wanted)
        })
        .collect();
    let is_precision = |index: usize| precision_of.contains(&Some(index));
    let mut out = csv::WriterBuilder::new().from_writer(Vec::new());
    out.write_record(
        columns
            .iter()
            .enumerate()
            .filter(|(i, _)| !is_precision(*i))
            .map(|(_, c)| c),
    )
    .map_err(|error| error.to_string())?;
    let mut count = 0u64;
    let iter = reader
        .get_row_iter(None)
        .map_err(|error| format!("cannot read the rows ({error})"))?;
    let mut cells: Vec<String> = Vec::with_capacity(columns.len());
    for row in iter {
        let row = row.map_err(|error| format!("row {}: {error}", count + 1))?;
        cells.clear();
        cells.extend(row.get_column_iter().map(|(_, field)| cell_text(field)));
        for (date, precision) in precision_of.iter().enumerate() {
            let Some(precision) = precision else {
                continue;
            };
            let keep = match cells.get(*precision).map(String::as_str) {
                Some("month") => 7,
                Some("year") => 4,
                _ => continue,
            };
            if let Some(text) = cells.get_mut(date)
                && text.len() >= keep
                && text.is_char_boundary(keep)
            {
                text.truncate(keep);
            }
        }
        let kept = cells
            .iter()
            .enumerate()
            .filter(|(i, _)| !is_precision(*i))
            .map(|(_, c)| c);
        out.write_record(kept).map_err(|error| error.to_string())?;
        count += 1;
        if count.is_multiple_of(4096) && out.get_ref().len() > MAX_TEXT_BYTES {
            return Err(format!(
                "row {count}: the table is larger than Corridor reads from one Parquet file"
            ));
        }
    }
    let text = out
        .into_inner()
        .map_err(|error| error.to_string())
        .and_then(|bytes| String::from_utf8(bytes).map_err(|error| error.to_string()))?;
    Ok(ParquetTable { text, rows: count })
}

/// A value as the table reader reads it.
///
/// ```
/// use corridor_core::import::parquet_file::cell_text;
/// use parquet::record::Field;
/// assert_eq!(cell_text(&Field::Date(17_956)), "2019-03-01");
/// assert_eq!(cell_text(&Field::Long(1_204)), "1204");
/// assert_eq!(cell_text(&Field::Double(-106.4869)), "-106.4869");
/// assert_eq!(cell_text(&Field::Str("Culiacán".into())), "Culiacán");
/// assert_eq!(cell_text(&Field::Null), "");
/// assert_eq!(cell_text(&Field::TimestampMicros(1_551_398_400_000_000)), "2019-03-01");
/// ```
pub fn cell_text(field: &Field) -> String {
    let day_of_millis = |ms: i64| Day(i32::try_from(ms.div_euclid(86_400_000)).unwrap_or(i32::MIN));
    match field {
        Field::Null => String::new(),
        Field::Bool(b) => b.to_string(),
        Field::Byte(n) => n.to_string(),
        Field::Short(n) => n.to_string(),
        Field::Int(n) => n.to_string(),
        Field::Long(n) => n.to_string(),
        Field::UByte(n) => n.to_string(),
        Field::UShort(n) => n.to_string(),
        Field::UInt(n) => n.to_string(),
        Field::ULong(n) => n.to_string(),
        Field::Float(x) => x.to_string(),
        Field::Double(x) => x.to_string(),
        Field::Str(s) => s.clone(),
        Field::Bytes(b) => String::from_utf8_lossy(b.data()).into_owned(),
        Field::Date(days) => Day(*days).iso(),
        Field::TimestampMillis(ms) => day_of_millis(*ms).iso(),
        Field::TimestampMicros(us) => day_of_millis(us.div_euclid(1_000)).iso(),
        // Decimals, half floats, times of day, nested values: as the
        // library writes them (strings of nested values come quoted).
        other => other.to_string(),
    }
}
