//! What reading an `.xls` workbook would cost, measured from its records
//! before calamine reads it. calamine reads every sheet of an `.xls` file
//! at once, reserves room for the cells its DIMENSIONS record claims, and
//! keeps every cell of each sheet's bounding box (values and formulas): a
//! 6 KB file with two cells per sheet 65,535 rows apart, on eight sheets,
//! took 4.7 GB. The same walk over the BIFF records here adds those
//! allocations up without making them.

use std::io::{Cursor, Read};

use crate::i18n::Phrase;
use crate::phrase;

/// Most memory an `.xls` workbook's sheets may take as calamine reads them,
/// whatever the file's size (with the rest of a load, a small file stays
/// under 256 MB: a 5.6 KB file the fuzzer made, estimated just under a
/// 256 MB limit, peaked at 398 MB, since calamine hands out a copy of each
/// sheet's range).
const MIN_READ_BYTES: u64 = 160 << 20;

/// Memory allowed per byte of file above [`MIN_READ_BYTES`]: a real
/// sheet's cells take 10–20 bytes of file each and about 130 bytes of
/// memory as calamine reads them, so a full 65,536-row sheet (20 MB or
/// more) still loads.
const READ_BYTES_PER_FILE_BYTE: u64 = 32;

/// Bytes of calamine's sparse cell (position and value), of a cell of a
/// value range, and of a cell of a formula range.
const SPARSE_CELL_BYTES: u64 = 40;
const VALUE_CELL_BYTES: u64 = 32;
const FORMULA_CELL_BYTES: u64 = 24;

const BOF: u16 = 0x0809;
const EOF: u16 = 0x000A;
const BOUNDSHEET: u16 = 0x0085;
const DIMENSIONS: u16 = 0x0200;
const FORMULA: u16 = 0x0006;
const MULRK: u16 = 0x00BD;
/// Records of one value cell, its row and column first: NUMBER, LABEL,
/// RSTRING, BOOLERR, RK, LABELSST.
const VALUE_CELLS: [u16; 6] = [0x0203, 0x0204, 0x00D6, 0x0205, 0x027E, 0x00FD];

/// Refuses an `.xls` file whose sheets would take more than
/// [`MIN_READ_BYTES`] (or 32 times its size) to read, and one whose OLE container the `cfb` crate
/// cannot read through: calamine's own container reader loops on a
/// damaged sector chain until memory runs out, or panics (found by the
/// fuzz target `workbook`; inputs in tests/fuzz_regressions/workbook/).
pub(super) fn check(bytes: &[u8]) -> Result<(), Phrase> {
    let stream = workbook_stream(bytes)?;
    let limit = MIN_READ_BYTES.max((bytes.len() as u64).saturating_mul(READ_BYTES_PER_FILE_BYTE));
    let mut total = 0u64;
    let mut measured: Vec<(usize, u64)> = Vec::new();
    for position in sheet_positions(&stream) {
        // A hostile file may list one sheet many times: each is read again.
        let cost = match measured.iter().find(|(p, _)| *p == position) {
            Some((_, cost)) => *cost,
            None => {
                let cost = stream.get(position..).map_or(0, sheet_cost);
                measured.push((position, cost));
                cost
            }
        };
        total = total.saturating_add(cost);
        if total > limit {
            return Err(phrase!(
                "import-xls-too-big",
                limit = crate::format::file_size(limit)
            ));
        }
    }
    Ok(())
}

/// The BIFF stream (`Workbook`, or `Book` in Excel 5 files), read up to
/// the file's own size (a stream cannot hold more than its container).
fn workbook_stream(bytes: &[u8]) -> Result<Vec<u8>, Phrase> {
    let damaged = |error: std::io::Error| {
        phrase!(
            "import-ole-damaged",
            error = crate::i18n::system_error(&error)
        )
    };
    let mut file = cfb::CompoundFile::open(Cursor::new(bytes)).map_err(damaged)?;
    let mut stream = file
        .open_stream("/Workbook")
        .or_else(|_| file.open_stream("/Book"))
        .map_err(damaged)?;
    let mut data = Vec::new();
    stream
        .by_ref()
        .take(bytes.len() as u64)
        .read_to_end(&mut data)
        .map_err(damaged)?;
    Ok(data)
}

/// The records of a BIFF stream: (type, data), the last one cut short if
/// the stream ends inside it.
fn records(stream: &[u8]) -> impl Iterator<Item = (u16, &[u8])> {
    let mut rest = stream;
    std::iter::from_fn(move || {
        if rest.len() < 4 {
            return None;
        }
        let typ = u16::from_le_bytes([rest[0], rest[1]]);
        let len = usize::from(u16::from_le_bytes([rest[2], rest[3]]));
        let end = (4 + len).min(rest.len());
        let data = &rest[4..end];
        rest = &rest[end..];
        Some((typ, data))
    })
}

fn u16_at(data: &[u8], at: usize) -> Option<u32> {
    Some(u32::from(u16::from_le_bytes([
        *data.get(at)?,
        *data.get(at + 1)?,
    ])))
}

fn u32_at(data: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(data.get(at..at + 4)?.try_into().ok()?))
}

/// Where each sheet's records start, from the BOUNDSHEET records of the
/// workbook's globals (before their EOF).
fn sheet_positions(stream: &[u8]) -> Vec<usize> {
    let mut positions = Vec::new();
    for (typ, data) in records(stream) {
        match typ {
            BOUNDSHEET => {
                if let Some(position) = u32_at(data, 0) {
                    positions.push(position as usize);
                }
            }
            EOF => break,
            _ => {}
        }
    }
    positions
}

/// A bounding box of cells.
#[derive(Default)]
struct Extent {
    rows: Option<(u32, u32)>,
    columns: Option<(u32, u32)>,
    cells: u64,
}

impl Extent {
    fn add(&mut self, row: u32, column: u32) {
        let grow = |range: &mut Option<(u32, u32)>, at: u32| {
            *range = Some(range.map_or((at, at), |(a, b)| (a.min(at), b.max(at))));
        };
        grow(&mut self.rows, row);
        grow(&mut self.columns, column);
        self.cells += 1;
    }

    fn area(&self) -> u64 {
        match (self.rows, self.columns) {
            (Some((r0, r1)), Some((c0, c1))) => {
                u64::from(r1 - r0 + 1).saturating_mul(u64::from(c1 - c0 + 1))
            }
            _ => 0,
        }
    }
}

/// What calamine allocates for the sheet whose records start the stream:
/// room for the cells DIMENSIONS claims, the cells read, and the value
/// and formula ranges of their bounding boxes. Substreams nested in the
/// sheet (charts) are skipped, as calamine skips them.
fn sheet_cost(stream: &[u8]) -> u64 {
    let (mut values, mut formulas) = (Extent::default(), Extent::default());
    let mut reserved = 0u64;
    let (mut seen_bof, mut depth) = (false, 0usize);
    for (typ, data) in records(stream) {
        if depth > 0 {
            match typ {
                BOF => depth += 1,
                EOF => depth -= 1,
                _ => {}
            }
            continue;
        }
        let cell = || Some((u16_at(data, 0)?, u16_at(data, 2)?));
        match typ {
            BOF if seen_bof => depth += 1,
            BOF => seen_bof = true,
            EOF => break,
            DIMENSIONS => {
                let claimed = match data.len() {
                    10 => u16_at(data, 0)
                        .zip(u16_at(data, 2))
                        .zip(u16_at(data, 4).zip(u16_at(data, 6))),
                    14 | 16 => u32_at(data, 0)
                        .zip(u32_at(data, 4))
                        .zip(u16_at(data, 8).zip(u16_at(data, 10))),
                    _ => None,
                };
                if let Some(((first_row, last_row), (first_column, last_column))) = claimed {
                    let first_column = if first_column > 0xFF || last_column < first_column {
                        0
                    } else {
                        first_column
                    };
                    let rows = u64::from(last_row.saturating_sub(first_row)) + 1;
                    let columns = u64::from(last_column.saturating_sub(first_column)) + 1;
                    reserved = reserved.saturating_add(rows.saturating_mul(columns));
                }
            }
            FORMULA => {
                if let Some((row, column)) = cell() {
                    values.add(row, column);
                    formulas.add(row, column);
                }
            }
            MULRK => {
                if let (Some((row, first)), Some(last)) = (
                    cell(),
                    data.len().checked_sub(2).and_then(|at| u16_at(data, at)),
                ) {
                    for column in first..=last.max(first) {
                        values.add(row, column);
                    }
                }
            }
            _ if VALUE_CELLS.contains(&typ) => {
                if let Some((row, column)) = cell() {
                    values.add(row, column);
                }
            }
            _ => {}
        }
    }
    reserved
        .saturating_add(values.cells)
        .saturating_add(formulas.cells)
        .saturating_mul(SPARSE_CELL_BYTES)
        // The range is built, then copied when the sheet is asked for.
        .saturating_add(values.area().saturating_mul(2 * VALUE_CELL_BYTES))
        .saturating_add(formulas.area().saturating_mul(FORMULA_CELL_BYTES))
}
