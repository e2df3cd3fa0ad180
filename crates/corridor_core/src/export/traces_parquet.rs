//! The filtered traces as a Parquet file, the columns of the CSV export
//! ([`super::traces_csv::HEADER`]) with their types: dates as `DATE`,
//! coordinates as `DOUBLE`, counts, time to crime and line numbers as
//! integers, the rest as UTF-8 text, identifiers redacted as in the CSV.
//! A date known only to its month or year is written as the period's first
//! day, and `purchase_date_precision` / `recovery_date_precision` say
//! `day`, `month` or `year`. DuckDB, pandas, Polars and Spark read it;
//! Corridor reads it back to the same traces.

use std::io::Write;
use std::sync::Arc;

use parquet::basic::Compression;
use parquet::data_type::{ByteArray, ByteArrayType, DoubleType, Int32Type, Int64Type};
use parquet::file::properties::WriterProperties;
use parquet::file::writer::SerializedFileWriter;

use super::traces_csv::{HEADER, TraceRecords};
use crate::briefing::Redaction;
use crate::model::{Dataset, DateSpan};

/// Rows per row group: DuckDB's and Spark's readers split work by group.
const ROW_GROUP_ROWS: usize = 65_536;

/// The two columns after [`HEADER`]'s.
pub const PRECISION_COLUMNS: [&str; 2] = ["purchase_date_precision", "recovery_date_precision"];

/// How a column is typed.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Text,
    Date,
    Int32,
    Int64,
    Double,
}

fn kind_of(header: &str) -> Kind {
    match header {
        "purchase_date" | "recovery_date" => Kind::Date,
        "time_to_crime_days" => Kind::Int32,
        "source_line" | "count" => Kind::Int64,
        "store_lat" | "store_lon" | "recovery_lat" | "recovery_lon" => Kind::Double,
        _ => Kind::Text,
    }
}

/// One column's values for a row group, and which rows have one.
enum Values {
    Text(Vec<ByteArray>),
    Int32(Vec<i32>),
    Int64(Vec<i64>),
    Double(Vec<f64>),
}

/// Writes the traces in `rows` (dataset row numbers) to `out`.
pub fn write_traces_parquet<W: Write + Send>(
    dataset: &Dataset,
    rows: &[u32],
    redaction: Redaction,
    out: W,
) -> Result<(), parquet::errors::ParquetError> {
    let names: Vec<&str> = HEADER.iter().chain(&PRECISION_COLUMNS).copied().collect();
    let mut schema = String::from("message traces {\n");
    for name in &names {
        let column = match kind_of(name) {
            Kind::Text => format!("  OPTIONAL BYTE_ARRAY {name} (UTF8);\n"),
            Kind::Date => format!("  OPTIONAL INT32 {name} (DATE);\n"),
            Kind::Int32 => format!("  OPTIONAL INT32 {name};\n"),
            Kind::Int64 => format!("  OPTIONAL INT64 {name};\n"),
            Kind::Double => format!("  OPTIONAL DOUBLE {name};\n"),
        };
        schema.push_str(&column);
    }
    schema.push('}');
    let schema = Arc::new(parquet::schema::parser::parse_message_type(&schema)?);
    let properties = Arc::new(
        WriterProperties::builder()
            .set_compression(Compression::SNAPPY)
            .set_created_by(format!("Corridor {}", env!("CARGO_PKG_VERSION")))
            .build(),
    );
    let mut writer = SerializedFileWriter::new(out, schema, properties)?;
    let cells = TraceRecords::new(dataset, redaction);
    let keep = |s: &str| s.to_owned();
    let traces = &dataset.traces;
    for group in rows.chunks(ROW_GROUP_ROWS) {
        let records: Vec<[String; 40]> = group
            .iter()
            .map(|&row| cells.record(row as usize, &keep))
            .collect();
        let mut row_group = writer.next_row_group()?;
        for (index, name) in names.iter().enumerate() {
            let mut defined: Vec<i16> = Vec::with_capacity(group.len());
            let values = match kind_of(name) {
                Kind::Date => {
                    let mut days = Vec::with_capacity(group.len());
                    for &row in group {
                        let day = if *name == "purchase_date" {
                            traces.purchase_date[row as usize]
                        } else {
                            traces.recovery_date[row as usize]
                        };
                        defined.push(i16::from(!day.is_none()));
                        if !day.is_none() {
                            days.push(day.0);
                        }
                    }
                    Values::Int32(days)
                }
                kind => {
                    let texts = (0..group.len()).map(|i| match records[i].get(index) {
                        Some(text) => text.clone(),
                        None => precision(dataset, group[i] as usize, name),
                    });
                    let mut text_values = Vec::new();
                    let (mut ints, mut longs, mut doubles) = (Vec::new(), Vec::new(), Vec::new());
                    for text in texts {
                        let present = match kind {
                            Kind::Int32 => text.parse().map(|n| ints.push(n)).is_ok(),
                            Kind::Int64 => text.parse().map(|n| longs.push(n)).is_ok(),
                            Kind::Double => text.parse().map(|x| doubles.push(x)).is_ok(),
                            _ if text.is_empty() => false,
                            _ => {
                                text_values.push(ByteArray::from(text.into_bytes()));
                                true
                            }
                        };
                        defined.push(i16::from(present));
                    }
                    match kind {
                        Kind::Int32 => Values::Int32(ints),
                        Kind::Int64 => Values::Int64(longs),
                        Kind::Double => Values::Double(doubles),
                        _ => Values::Text(text_values),
                    }
                }
            };
            let Some(mut column) = row_group.next_column()? else {
                break;
            };
            let levels = Some(defined.as_slice());
            match values {
                Values::Text(v) => column
                    .typed::<ByteArrayType>()
                    .write_batch(&v, levels, None)?,
                Values::Int32(v) => column.typed::<Int32Type>().write_batch(&v, levels, None)?,
                Values::Int64(v) => column.typed::<Int64Type>().write_batch(&v, levels, None)?,
                Values::Double(v) => column.typed::<DoubleType>().write_batch(&v, levels, None)?,
            };
            column.close()?;
        }
        row_group.close()?;
    }
    writer.close()?;
    Ok(())
}

/// `day`, `month` or `year` for a date column's precision; empty without a
/// date.
fn precision(dataset: &Dataset, row: usize, column: &str) -> String {
    let traces = &dataset.traces;
    let spans = traces.date_spans(row);
    let (day, span) = if column == PRECISION_COLUMNS[0] {
        (traces.purchase_date[row], spans.purchase)
    } else {
        (traces.recovery_date[row], spans.recovery)
    };
    if day.is_none() {
        return String::new();
    }
    match span {
        DateSpan::Day => "day",
        DateSpan::Month => "month",
        DateSpan::Year => "year",
    }
    .to_owned()
}
