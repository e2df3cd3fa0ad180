//! Reading the flowmap.blue format's two files (see
//! [`super::builder::FlowLocation`] for what they become).

use super::builder::{DatasetBuilder, FlowColumns, Reporter};
use super::fields::normalise_header;
use super::report::{ImportReport, Severity};
use super::row::{CellPlace, fast_trim};
use super::{ImportControl, ImportError};

/// Which of flowmap.blue's two files a table is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FlowmapFile {
    /// `locations.csv`: the places flows refer to (id, name, lat, lon).
    Locations,
    /// `flows.csv`: origin, dest, count and an optional time; each row
    /// becomes `count` traces.
    Flows,
}

/// Column indices of a flowmap.blue file, from its header row.
struct Columns {
    /// Locations: id, name, lat, lon. Flows: origin, dest, count, time.
    index: [Option<usize>; 4],
    headers: Vec<String>,
}

fn columns(headers: &[String], kind: FlowmapFile) -> Columns {
    let names: [&[&str]; 4] = match kind {
        FlowmapFile::Locations => [
            &["id"],
            &["name"],
            &["lat", "latitude"],
            &["lon", "lng", "longitude"],
        ],
        FlowmapFile::Flows => [&["origin"], &["dest", "destination"], &["count"], &["time"]],
    };
    let find = |wanted: &[&str]| {
        headers
            .iter()
            .position(|h| wanted.contains(&normalise_header(h).as_str()))
    };
    Columns {
        index: names.map(find),
        headers: headers.to_vec(),
    }
}

/// Whether a header row is one of flowmap.blue's files. A locations file
/// (id,name,lat,lon) looks like a stores file, so it is recognised by its
/// name containing "location".
///
/// ```
/// use corridor_core::import::flowmap_blue::{FlowmapFile, detect};
/// let h = |s: &str| s.split(',').map(str::to_owned).collect::<Vec<_>>();
/// assert_eq!(detect(&h("origin,dest,count"), "flows.csv"), Some(FlowmapFile::Flows));
/// assert_eq!(detect(&h("id,name,lat,lon"), "locations.csv"), Some(FlowmapFile::Locations));
/// assert_eq!(detect(&h("id,name,lat,lon"), "stores.csv"), None);
/// ```
pub fn detect(headers: &[String], file_name: &str) -> Option<FlowmapFile> {
    let flows = columns(headers, FlowmapFile::Flows);
    if flows.index[..3].iter().all(Option::is_some) {
        return Some(FlowmapFile::Flows);
    }
    let locations = columns(headers, FlowmapFile::Locations);
    let named = file_name.to_lowercase().contains("location");
    (named
        && locations.index[0].is_some()
        && locations.index[2].is_some()
        && locations.index[3].is_some())
    .then_some(FlowmapFile::Locations)
}

/// The header row of a text, as written.
pub fn header_row(text: &str, delimiter: u8) -> Vec<String> {
    csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes())
        .records()
        .filter_map(Result::ok)
        .find(|r| r.iter().any(|f| !f.trim().is_empty()))
        .map(|r| r.iter().map(|f| fast_trim(f).to_owned()).collect())
        .unwrap_or_default()
}

/// Reads a flowmap.blue file into the builder; returns (rows, accepted).
#[expect(
    clippy::too_many_arguments,
    reason = "the reader threads the builder, the file and the report through, like the other table readers"
)]
pub fn read(
    builder: &mut DatasetBuilder,
    kind: FlowmapFile,
    name: &str,
    text: &str,
    delimiter: u8,
    file: u16,
    report: &mut ImportReport,
    control: &ImportControl,
) -> Result<(u64, u64), ImportError> {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(true)
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .map(|h| h.iter().map(|f| fast_trim(f).to_owned()).collect())
        .unwrap_or_default();
    let cols = columns(&headers, kind);
    let place = |i: usize| {
        cols.index[i].map_or_else(CellPlace::default, |c| CellPlace {
            column: Some(c as u64 + 1),
            name: Some(cols.headers[c].as_str()),
        })
    };
    let flow_columns = FlowColumns {
        origin: place(0),
        dest: place(1),
        count: place(2),
        time: place(3),
    };
    let mut out = Reporter { file: name, report };
    let (mut rows, mut accepted) = (0u64, 0u64);
    let mut record = csv::StringRecord::new();
    let mut lines = super::delimited::LineCounter::new(text.as_bytes());
    while reader.read_record(&mut record).unwrap_or(false) {
        if record.iter().all(|f| fast_trim(f).is_empty()) {
            continue;
        }
        rows += 1;
        if rows.is_multiple_of(4096) {
            control.check()?;
        }
        let line = lines.line_at(record.position().map_or(0, |p| p.byte()));
        let cell = |i: usize| {
            cols.index[i]
                .and_then(|c| record.get(c))
                .map_or("", fast_trim)
        };
        match kind {
            FlowmapFile::Locations => {
                let ok = builder.add_flowmap_location(
                    cell(0),
                    cell(1),
                    (cell(2), place(2)),
                    (cell(3), place(3)),
                    line,
                    &mut out,
                );
                accepted += u64::from(ok);
            }
            FlowmapFile::Flows => {
                accepted += builder.add_flowmap_flow(
                    cell(0),
                    cell(1),
                    cell(2),
                    cell(3),
                    &flow_columns,
                    file,
                    line,
                    &mut out,
                );
            }
        }
    }
    if kind == FlowmapFile::Flows && accepted > 0 {
        out.issue(
            Severity::Warning,
            None,
            CellPlace::default(),
            crate::phrase!("import-flowmap-no-weapons", count = accepted),
        );
    }
    Ok((rows, accepted))
}
