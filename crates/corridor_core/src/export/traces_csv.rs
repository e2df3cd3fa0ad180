//! The filtered traces as CSV, one row per trace, with where each came from
//! (source file, its SHA-256, line) so every row stays traceable.
//!
//! Cells that hold text from the sources go through
//! [`super::csv_safe::neutralise`] — every one, whatever the column, so a
//! text cell `-5` is written `'-5`. Cells Corridor writes as numbers
//! (coordinates, time to crime, line numbers) are numbers, not text from a
//! source, and stay plain so spreadsheets can sort and sum them.
//! Purchaser ids and serial numbers go through [`Redaction::identifier`],
//! store ids, dealer names and FFL numbers through [`Redaction::dealer`];
//! trace ids and case numbers are kept (they are the evidence reference,
//! not personal identifiers).

use std::io::Write;

use super::csv_safe::neutralise;
use crate::briefing::Redaction;
use crate::model::Dataset;

/// The column names of the CSV's header row, in the order of the cells of
/// each row. `count` is the firearms a row stands for: 1, or more for a row
/// of a counted table (it reads back as the same counted row).
/// The investigative fields come last, after the provenance, so scripts
/// that read the first 30 columns by position keep working.
pub const HEADER: [&str; 40] = [
    "trace_id",
    "weapon_type",
    "make",
    "model",
    "caliber",
    "class",
    "serial",
    "purchase_date",
    "recovery_date",
    "time_to_crime_days",
    "store_id",
    "store_name",
    "store_ffl",
    "store_city",
    "store_state",
    "store_lat",
    "store_lon",
    "store_precision",
    "recovery_id",
    "recovery_place",
    "recovery_state",
    "recovery_lat",
    "recovery_lon",
    "recovery_precision",
    "purchaser_id",
    "case_id",
    "agency",
    "source_file",
    "source_sha256",
    "source_line",
    "purchaser_name",
    "purchaser_dob",
    "purchaser_address",
    "possessor_name",
    "recovery_event",
    "obliterated",
    "nibin_lead",
    "importer",
    "country_of_origin",
    "count",
];

/// Writes the header and one row per trace in `rows` (dataset row numbers).
pub fn write_traces_csv<W: Write>(
    dataset: &Dataset,
    rows: &[u32],
    redaction: Redaction,
    out: W,
) -> csv::Result<()> {
    let mut writer = csv::Writer::from_writer(out);
    writer.write_record(HEADER)?;
    let cells = TraceRecords::new(dataset, redaction);
    // Every text cell from a source is neutralised: a spreadsheet opens it.
    let text = |s: &str| neutralise(s).into_owned();
    for &row in rows {
        writer.write_record(cells.record(row as usize, &text))?;
    }
    writer.flush()?;
    Ok(())
}

/// What one row of the export needs besides the trace: the data, the
/// redaction and the purchasers' aliases (built once per export).
pub struct TraceRecords<'a> {
    dataset: &'a Dataset,
    redaction: Redaction,
    purchasers: Option<crate::briefing::aliases::PurchaserAliases>,
}

impl<'a> TraceRecords<'a> {
    /// For an export of `dataset` with `redaction`'s identifiers hidden.
    pub fn new(dataset: &'a Dataset, redaction: Redaction) -> Self {
        // Hidden purchasers and dealers get stable aliases (Purchaser 7,
        // Dealer C) rather than blanks, so rows can still be compared.
        let purchasers = redaction
            .identifiers
            .then(|| crate::briefing::aliases::PurchaserAliases::build(dataset));
        TraceRecords {
            dataset,
            redaction,
            purchasers,
        }
    }

    /// The cells of dataset row `row` in [`HEADER`]'s order, source text
    /// passed through `text` (the CSV neutralises formulas; Parquet, which
    /// no spreadsheet evaluates, keeps it as it is).
    pub fn record(&self, row: usize, text: &dyn Fn(&str) -> String) -> [String; 40] {
        let (dataset, redaction) = (self.dataset, self.redaction);
        let traces = &dataset.traces;
        let weapon = dataset.weapon_of(row);
        let store = dataset.store(traces.store[row]);
        let site = dataset.site(traces.site[row]);
        let source = traces.source(row);
        let file = dataset.sources.get(source.file as usize);
        let case = traces.case.get(row);
        // Names, dates of birth and addresses are identifiers.
        let person = |id: crate::model::StrId| text(&redaction.identifier(dataset.str(id)));
        [
            text(traces.trace_id.get(row)),
            text(dataset.str(weapon.weapon_type)),
            text(dataset.str(weapon.make)),
            text(dataset.str(weapon.model)),
            text(dataset.str(weapon.caliber)),
            traces.class[row].id().to_owned(),
            text(&redaction.identifier(traces.serial.get(row))),
            // `2019-03` or `2019` for a date known only to its month or year.
            traces
                .date_spans(row)
                .purchase
                .text(traces.purchase_date[row]),
            traces
                .date_spans(row)
                .recovery
                .text(traces.recovery_date[row]),
            traces
                .time_to_crime_days(row)
                .map(|d| d.to_string())
                .unwrap_or_default(),
            text(&redaction.dealer(dataset.str(store.key))),
            if redaction.dealer_names {
                crate::briefing::aliases::dealer_alias(traces.store[row])
            } else {
                text(dataset.str(store.name))
            },
            text(&redaction.dealer(dataset.str(store.ffl))),
            text(dataset.str(store.city)),
            text(dataset.str(store.state)),
            coordinate(store.lat_deg),
            coordinate(store.lon_deg),
            store.precision.id().to_owned(),
            text(dataset.str(site.key)),
            text(dataset.str(site.place)),
            text(dataset.str(site.state)),
            coordinate(site.lat_deg),
            coordinate(site.lon_deg),
            site.precision.id().to_owned(),
            match &self.purchasers {
                Some(aliases) => aliases.alias(traces.purchaser[row]),
                None => text(dataset.str(traces.purchaser[row])),
            },
            text(dataset.str(traces.case_id[row])),
            text(dataset.str(traces.agency[row])),
            text(file.map_or("", |f| f.name.as_str())),
            file.map_or_else(String::new, |f| f.sha256.clone()),
            source.line.to_string(),
            person(case.purchaser_name),
            text(&redaction.identifier(&case.purchaser_dob.iso())),
            person(case.purchaser_address),
            person(case.possessor_name),
            text(dataset.str(case.recovery_event)),
            if case.obliterated { "yes" } else { "" }.to_owned(),
            text(dataset.str(case.nibin_lead)),
            text(dataset.str(case.importer)),
            text(dataset.str(case.country_of_origin)),
            traces.count(row).to_string(),
        ]
    }
}

/// Degrees to six decimals (about 10 cm), empty when not a number.
pub fn coordinate(deg: f64) -> String {
    if deg.is_finite() {
        format!("{deg:.6}")
    } else {
        String::new()
    }
}
