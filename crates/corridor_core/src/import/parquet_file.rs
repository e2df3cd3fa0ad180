//! Parquet files (written by DuckDB, pandas, Polars, Spark) read as the
//! tables they hold: the columns' names are the header, each row a line of
//! CSV text read by the same table reader as any CSV file (field matching,
//! column mappings, counted rows, matrices, title rows aside). Row `n` of
//! the file is line `n + 1` of that text, and provenance names it `file
//! row n` ([`crate::model::provenance::RecordNumbering::ParquetRow`]).
//!
//! The rows are made a batch at a time, column by column (typed readers,
//! no row objects), as the table reader asks for text ([`ParquetRows`] is a
//! `Read`): memory holds one batch, not the table. Typed values become the
//! text the reader expects: dates and timestamps ISO dates (no day/month
//! question), integers plain, decimals with their scale, floating-point
//! numbers at full precision, nulls empty. Files received from others are
//! untrusted: the sizes the footer declares are checked before any page is
//! read, and a panic inside the Parquet library is the file's error.

use std::io::Read;

use bytes::Bytes;
use parquet::basic::{ConvertedType, LogicalType, TimeUnit, Type as PhysicalType};
use parquet::column::reader::ColumnReader;
use parquet::data_type::{ByteArray, FixedLenByteArray, Int96};
use parquet::file::reader::{FileReader, SerializedFileReader};
use parquet::schema::types::ColumnDescriptor;

use crate::i18n::Phrase;
use crate::model::Day;
use crate::phrase;

/// The magic number a Parquet file starts (and ends) with.
pub const MAGIC: &[u8; 4] = b"PAR1";

/// Whether `head` starts like a Parquet file.
pub fn is_parquet_signature(head: &[u8]) -> bool {
    head.starts_with(MAGIC)
}

/// Most rows a Parquet file may hold to be read (a warehouse extract of
/// more is what docs/scale-out.md reduces to counted rows first).
pub const MAX_ROWS: i64 = 100_000_000;

/// Rows turned into text at a time.
const BATCH_ROWS: usize = 8_192;

/// How a column's values become text.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Shape {
    /// As the number or text is.
    Plain,
    /// Days since 1970-01-01.
    Date,
    /// A timestamp in units of which `per_day` make a day.
    Timestamp { per_day: i64 },
    /// An integer with `scale` digits after the point.
    Decimal { scale: i32 },
}

/// A top-level column the table has, and how it reads.
struct Column {
    /// Its leaf index in the file's schema.
    leaf: usize,
    name: String,
    shape: Shape,
    max_def: i16,
}

/// A Parquet file's rows as CSV text, made as it is read.
pub struct ParquetRows {
    reader: Box<dyn FileReader>,
    columns: Vec<Column>,
    /// For each column, the column that gives its date's precision
    /// (`recovery_date_precision`, written by Corridor's export).
    precision_of: Vec<Option<usize>>,
    /// The row group being read and its column readers.
    group: usize,
    readers: Vec<ColumnReader>,
    /// Rows of the group not read yet.
    left_in_group: usize,
    /// Text made and not yet handed out.
    text: Vec<u8>,
    given: usize,
    /// Rows made so far.
    rows: u64,
}

/// Where a Parquet file is: pages are read from it as they are needed.
pub enum ParquetSource {
    /// Bytes given in memory.
    Bytes(Vec<u8>),
    /// A file on disk (already checked to be a regular file).
    File(std::fs::File),
}

/// Opens a Parquet file for reading as CSV text; `Err` says why it cannot
/// be read (not Parquet, damaged, too big, declares more than it can hold).
pub fn open_parquet(source: ParquetSource) -> Result<ParquetRows, Phrase> {
    guarded(|| open(source))
}

/// Reads a whole Parquet file into CSV text, for tests and tools that want
/// the table as text.
pub fn read_parquet(bytes: Vec<u8>) -> Result<ParquetTable, Phrase> {
    let mut rows = open_parquet(ParquetSource::Bytes(bytes))?;
    let mut text = String::new();
    rows.read_to_string(&mut text)
        .map_err(|error| super::io_reason(&error))?;
    Ok(ParquetTable {
        text,
        rows: rows.rows,
    })
}

/// A Parquet file's table as CSV text, and its row count.
pub struct ParquetTable {
    /// Header line, then one line per row.
    pub text: String,
    /// Rows read.
    pub rows: u64,
}

/// Runs the Parquet library on a file received from others: a panic in it
/// is this file's error, not the app's end.
fn guarded<T>(read: impl FnOnce() -> Result<T, Phrase>) -> Result<T, Phrase> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(read))
        .unwrap_or_else(|_| Err(phrase!("import-parquet-panic")))
}

/// The words of a library or writer error, as they are.
fn verbatim(error: impl std::fmt::Display) -> Phrase {
    phrase!("import-text", text = error.to_string())
}

fn open(source: ParquetSource) -> Result<ParquetRows, Phrase> {
    let not_parquet = |error: parquet::errors::ParquetError| {
        phrase!("import-parquet-invalid", error = error.to_string())
    };
    let (reader, file_bytes): (Box<dyn FileReader>, u64) = match source {
        ParquetSource::Bytes(bytes) => {
            let size = bytes.len() as u64;
            let reader = SerializedFileReader::new(Bytes::from(bytes)).map_err(not_parquet)?;
            (Box::new(reader), size)
        }
        ParquetSource::File(file) => {
            let size = file.metadata().map_or(0, |m| m.len());
            (
                Box::new(SerializedFileReader::new(file).map_err(not_parquet)?),
                size,
            )
        }
    };
    let metadata = reader.metadata();
    let rows = metadata.file_metadata().num_rows();
    if !(0..=MAX_ROWS).contains(&rows) {
        return Err(phrase!(
            "import-parquet-too-many-rows",
            rows = rows.to_string(),
            max = MAX_ROWS
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
    let limit = file_bytes.saturating_mul(100).max(64 << 20);
    if declared as u64 > limit {
        return Err(phrase!(
            "import-parquet-too-big",
            declared = crate::format::file_size(declared as u64),
            size = crate::format::file_size(file_bytes)
        ));
    }
    // Top-level plain columns only: nested ones (lists, maps, structs)
    // hold no field Corridor reads.
    let schema = metadata.file_metadata().schema_descr();
    let columns: Vec<Column> = (0..schema.num_columns())
        .map(|leaf| (leaf, schema.column(leaf)))
        .filter(|(_, column)| column.path().parts().len() == 1 && column.max_rep_level() == 0)
        .map(|(leaf, column)| Column {
            leaf,
            name: column.name().to_owned(),
            shape: shape_of(&column),
            max_def: column.max_def_level(),
        })
        .collect();
    let precision_of = columns
        .iter()
        .map(|column| {
            let wanted = format!("{}_precision", column.name);
            columns.iter().position(|c| c.name == wanted)
        })
        .collect();
    let mut rows = ParquetRows {
        reader,
        columns,
        precision_of,
        group: 0,
        readers: Vec::new(),
        left_in_group: 0,
        text: Vec::new(),
        given: 0,
        rows: 0,
    };
    // Corridor's own precision columns are read into the dates, not as
    // columns of their own.
    let header: Vec<&str> = rows.kept().map(|c| rows.columns[c].name.as_str()).collect();
    let mut out = csv::Writer::from_writer(Vec::new());
    out.write_record(&header).map_err(verbatim)?;
    rows.text = out.into_inner().map_err(verbatim)?;
    Ok(rows)
}

fn shape_of(column: &ColumnDescriptor) -> Shape {
    match (column.logical_type_ref(), column.converted_type()) {
        (Some(LogicalType::Date), _) | (None, ConvertedType::DATE) => Shape::Date,
        (Some(LogicalType::Timestamp(timestamp)), _) => Shape::Timestamp {
            per_day: match timestamp.unit {
                TimeUnit::MILLIS => 86_400_000,
                TimeUnit::MICROS => 86_400_000_000,
                TimeUnit::NANOS => 86_400_000_000_000,
            },
        },
        (None, ConvertedType::TIMESTAMP_MILLIS) => Shape::Timestamp {
            per_day: 86_400_000,
        },
        (None, ConvertedType::TIMESTAMP_MICROS) => Shape::Timestamp {
            per_day: 86_400_000_000,
        },
        (Some(LogicalType::Decimal { .. }), _) | (None, ConvertedType::DECIMAL)
            if column.physical_type() != PhysicalType::BYTE_ARRAY
                && column.physical_type() != PhysicalType::FIXED_LEN_BYTE_ARRAY =>
        {
            Shape::Decimal {
                scale: column.type_scale(),
            }
        }
        _ => Shape::Plain,
    }
}

impl ParquetRows {
    /// The columns written to the text (all but the precision columns).
    fn kept(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.columns.len()).filter(|c| !self.precision_of.contains(&Some(*c)))
    }

    /// Makes the next batch of rows into text; `false` when none is left.
    fn next_batch(&mut self) -> Result<bool, Phrase> {
        // Row groups and rows counted from 1, not grouped.
        let group_error = |group: usize, error: parquet::errors::ParquetError| {
            phrase!(
                "import-parquet-row-group",
                group = (group + 1).to_string(),
                error = error.to_string()
            )
        };
        while self.left_in_group == 0 {
            if self.group >= self.reader.num_row_groups() {
                return Ok(false);
            }
            let group = self
                .reader
                .get_row_group(self.group)
                .map_err(|error| group_error(self.group, error))?;
            self.left_in_group = usize::try_from(group.metadata().num_rows()).unwrap_or(0);
            self.readers = self
                .columns
                .iter()
                .map(|column| group.get_column_reader(column.leaf))
                .collect::<Result<_, _>>()
                .map_err(|error| group_error(self.group, error))?;
            self.group += 1;
        }
        let batch = self.left_in_group.min(BATCH_ROWS);
        let mut cells: Vec<Vec<String>> = Vec::with_capacity(self.columns.len());
        for (column, reader) in self.columns.iter().zip(&mut self.readers) {
            let texts = read_texts(reader, column, batch).map_err(|error| {
                phrase!(
                    "import-parquet-cell",
                    row = (self.rows + 1).to_string(),
                    column = column.name.as_str(),
                    error = error.to_string()
                )
            })?;
            if texts.len() != batch {
                return Err(phrase!(
                    "import-parquet-column-short",
                    column = column.name.as_str(),
                    row = (self.rows + texts.len() as u64 + 1).to_string()
                ));
            }
            cells.push(texts);
        }
        // A date with a precision column of Corridor's export is its month
        // or year again.
        for (date, precision) in self.precision_of.iter().enumerate() {
            let Some(precision) = *precision else {
                continue;
            };
            let precisions = std::mem::take(&mut cells[precision]);
            for (text, precision) in cells[date].iter_mut().zip(&precisions) {
                let keep = match precision.as_str() {
                    "month" => 7,
                    "year" => 4,
                    _ => continue,
                };
                if text.is_char_boundary(keep) && text.len() >= keep {
                    text.truncate(keep);
                }
            }
            cells[precision] = precisions;
        }
        let kept: Vec<usize> = self.kept().collect();
        let mut out = csv::Writer::from_writer(std::mem::take(&mut self.text));
        #[expect(
            clippy::needless_range_loop,
            reason = "the cells are held by column and written by row"
        )]
        for row in 0..batch {
            out.write_record(kept.iter().map(|&c| cells[c][row].as_str()))
                .map_err(verbatim)?;
        }
        self.text = out.into_inner().map_err(verbatim)?;
        self.left_in_group -= batch;
        self.rows += batch as u64;
        Ok(true)
    }
}

impl Read for ParquetRows {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        while self.given == self.text.len() {
            self.text.clear();
            self.given = 0;
            let more = guarded(|| self.next_batch()).map_err(std::io::Error::other)?;
            if !more {
                return Ok(0);
            }
        }
        let n = buf.len().min(self.text.len() - self.given);
        buf[..n].copy_from_slice(&self.text[self.given..self.given + n]);
        self.given += n;
        Ok(n)
    }
}

/// `rows` values of one column as text, nulls empty.
fn read_texts(
    reader: &mut ColumnReader,
    column: &Column,
    rows: usize,
) -> Result<Vec<String>, parquet::errors::ParquetError> {
    let shape = column.shape;
    macro_rules! typed {
        ($reader:expr, $text:expr) => {{
            let mut values = Vec::with_capacity(rows);
            let mut levels = Vec::with_capacity(rows);
            let (records, _, _) =
                $reader.read_records(rows, Some(&mut levels), None, &mut values)?;
            Ok(spread(
                records,
                &levels,
                column.max_def,
                values.iter().map($text),
            ))
        }};
    }
    match reader {
        ColumnReader::BoolColumnReader(r) => typed!(r, |b: &bool| b.to_string()),
        ColumnReader::Int32ColumnReader(r) => {
            typed!(r, |n: &i32| integer_text(i64::from(*n), shape))
        }
        ColumnReader::Int64ColumnReader(r) => typed!(r, |n: &i64| integer_text(*n, shape)),
        ColumnReader::Int96ColumnReader(r) => typed!(r, |t: &Int96| {
            Day(i32::try_from(t.to_seconds().div_euclid(86_400)).unwrap_or(i32::MIN)).iso()
        }),
        ColumnReader::FloatColumnReader(r) => typed!(r, |x: &f32| x.to_string()),
        ColumnReader::DoubleColumnReader(r) => typed!(r, |x: &f64| x.to_string()),
        ColumnReader::ByteArrayColumnReader(r) => typed!(r, |b: &ByteArray| {
            String::from_utf8_lossy(b.data()).into_owned()
        }),
        ColumnReader::FixedLenByteArrayColumnReader(r) => typed!(r, |b: &FixedLenByteArray| {
            String::from_utf8_lossy(b.data()).into_owned()
        }),
    }
}

/// Values placed at the rows whose definition level says they have one.
fn spread(
    records: usize,
    levels: &[i16],
    max_def: i16,
    mut values: impl Iterator<Item = String>,
) -> Vec<String> {
    if max_def == 0 {
        return values.take(records).collect();
    }
    levels
        .iter()
        .take(records)
        .map(|&level| {
            if level == max_def {
                values.next().unwrap_or_default()
            } else {
                String::new()
            }
        })
        .collect()
}

/// An integer column's value as the table reader reads it.
fn integer_text(n: i64, shape: Shape) -> String {
    let day = |days: i64| Day(i32::try_from(days).unwrap_or(i32::MIN)).iso();
    match shape {
        Shape::Plain => n.to_string(),
        Shape::Date => day(n),
        Shape::Timestamp { per_day } => day(n.div_euclid(per_day)),
        Shape::Decimal { scale } if (1..=18).contains(&scale) => {
            let unit = 10i64.pow(scale as u32);
            let sign = if n < 0 { "-" } else { "" };
            let (whole, part) = (
                n.unsigned_abs() / unit as u64,
                n.unsigned_abs() % unit as u64,
            );
            format!("{sign}{whole}.{part:0width$}", width = scale as usize)
        }
        Shape::Decimal { .. } => n.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integers_read_as_dates_timestamps_decimals_or_numbers() {
        let micros_per_day = Shape::Timestamp {
            per_day: 86_400_000_000,
        };
        assert_eq!(integer_text(17_956, Shape::Date), "2019-03-01");
        assert_eq!(
            integer_text(1_551_398_400_000_000, micros_per_day),
            "2019-03-01"
        );
        assert_eq!(integer_text(-1_234, Shape::Decimal { scale: 2 }), "-12.34");
        assert_eq!(integer_text(1_204, Shape::Plain), "1204");
    }
}
