//! CSV output: the flat traces file, and optionally the linked stores,
//! recoveries and traces files, each opened by a title line that marks it
//! as synthetic.

use std::io::Write;

use super::GenerateError;
use super::dates::push_iso;
use super::dealers::Store;
use super::events::{Sink, Site, Trace, case_id, purchaser_id};

/// The flat file's name; the app embeds `data/demo/` + this.
pub const FLAT_FILE_NAME: &str = "corridor-demo-traces.csv";
/// Name of the linked stores file.
pub const STORES_FILE_NAME: &str = "stores.csv";
/// Name of the linked recovery sites file.
pub const RECOVERIES_FILE_NAME: &str = "recoveries.csv";
/// Name of the linked traces file.
pub const TRACES_FILE_NAME: &str = "traces.csv";

/// Canonical headers of a flat traces file.
pub const FLAT_HEADERS: [&str; 23] = [
    "trace_id",
    "weapon_type",
    "make",
    "model",
    "caliber",
    "serial",
    "purchase_date",
    "recovery_date",
    "store_id",
    "store_name",
    "store_ffl",
    "store_city",
    "store_state",
    "store_lat",
    "store_lon",
    "recovery_id",
    "recovery_place",
    "recovery_state",
    "recovery_lat",
    "recovery_lon",
    "purchaser_id",
    "case_id",
    "agency",
];
/// Headers of the linked stores file.
pub const STORES_HEADERS: [&str; 7] = ["id", "name", "ffl", "city", "state", "lat", "lon"];
/// Headers of the linked recovery sites file.
pub const RECOVERIES_HEADERS: [&str; 7] =
    ["id", "place", "state", "lat", "lon", "date", "description"];
/// Headers of the linked traces file: those of the flat file, with ids in
/// place of the store and recovery site details.
pub const LINKED_TRACES_HEADERS: [&str; 13] = [
    "trace_id",
    "weapon_type",
    "make",
    "model",
    "caliber",
    "serial",
    "purchase_date",
    "recovery_date",
    "store_id",
    "recovery_id",
    "purchaser_id",
    "case_id",
    "agency",
];

/// The first line of every generated file. The importer labels data whose
/// first 4 KB contain "SYNTHETIC" as synthetic and skips title rows above
/// the header. No comma, semicolon, tab or pipe: the delimiter sniffer reads
/// this line too.
pub fn title_line(traces: u64, seed: u64, linked: bool, content: &str) -> String {
    let linked = if linked { " --linked" } else { "" };
    format!(
        "# SYNTHETIC DEMO DATA - corridor generate --traces {traces} --seed {seed}{linked} - {content} - fictitious dealers and purchasers - not real ATF data\n"
    )
}

/// Coordinates to about a metre.
pub fn coordinate(value: f64, out: &mut String) {
    use std::fmt::Write;
    out.clear();
    // Writing to a String cannot fail.
    let _ = write!(out, "{value:.5}");
}

/// The three writers of linked output, in file order.
pub struct Linked<W: Write> {
    /// Where the stores file goes.
    pub stores: W,
    /// Where the recovery sites file goes.
    pub recoveries: W,
    /// Where the linked traces file goes.
    pub traces: W,
}

struct LinkedCsv<W: Write> {
    stores: csv::Writer<W>,
    recoveries: csv::Writer<W>,
    traces: csv::Writer<W>,
}

/// Formats records into CSV as the generator streams them.
pub struct CsvSink<W: Write> {
    flat: csv::Writer<W>,
    linked: Option<LinkedCsv<W>>,
    /// Stores written to the linked stores file: only those with a trace,
    /// so that it holds what the flat file holds.
    used_stores: Vec<bool>,
    text: Texts,
}

/// Reused buffers, so a row costs no allocation.
#[derive(Default)]
struct Texts {
    trace_id: String,
    purchase: String,
    recovery: String,
    purchaser: String,
    case: String,
    /// Id of the site whose coordinates `site_lat` and `site_lon` hold.
    site_id: String,
    site_lat: String,
    site_lon: String,
    site_date: String,
}

impl Texts {
    fn format_site(&mut self, site: &Site<'_>) {
        if self.site_id != site.id {
            self.site_id.clone_from(&site.id);
            coordinate(site.lat_deg, &mut self.site_lat);
            coordinate(site.lon_deg, &mut self.site_lon);
        }
    }
}

fn csv_error(file: &'static str) -> impl Fn(csv::Error) -> GenerateError {
    move |source| GenerateError::Write { file, source }
}

fn start<W: Write>(
    mut writer: W,
    title: &str,
    headers: &[&str],
    file: &'static str,
) -> Result<csv::Writer<W>, GenerateError> {
    writer
        .write_all(title.as_bytes())
        .map_err(|e| GenerateError::Write {
            file,
            source: e.into(),
        })?;
    let mut csv = csv::Writer::from_writer(writer);
    csv.write_record(headers).map_err(csv_error(file))?;
    Ok(csv)
}

impl<W: Write> CsvSink<W> {
    /// Starts every file with its title line and its headers. `traces` and
    /// `seed` go into the title lines; `store_count` is the number of generated
    /// stores.
    pub fn new(
        flat: W,
        linked: Option<Linked<W>>,
        traces: u64,
        seed: u64,
        store_count: usize,
    ) -> Result<Self, GenerateError> {
        let flat = start(
            flat,
            &title_line(traces, seed, false, "US-sourced traces only"),
            &FLAT_HEADERS,
            FLAT_FILE_NAME,
        )?;
        let linked = match linked {
            None => None,
            Some(files) => Some(LinkedCsv {
                stores: start(
                    files.stores,
                    &title_line(traces, seed, true, "stores"),
                    &STORES_HEADERS,
                    STORES_FILE_NAME,
                )?,
                recoveries: start(
                    files.recoveries,
                    &title_line(traces, seed, true, "recovery sites"),
                    &RECOVERIES_HEADERS,
                    RECOVERIES_FILE_NAME,
                )?,
                traces: start(
                    files.traces,
                    &title_line(traces, seed, true, "US-sourced traces only"),
                    &LINKED_TRACES_HEADERS,
                    TRACES_FILE_NAME,
                )?,
            }),
        };
        Ok(Self {
            flat,
            linked,
            used_stores: vec![false; store_count],
            text: Texts::default(),
        })
    }

    /// Number of stores with at least one trace written so far.
    pub fn used_store_count(&self) -> u64 {
        self.used_stores.iter().filter(|used| **used).count() as u64
    }

    /// Writes the linked stores file (it needs to know which stores were
    /// used), flushes everything and hands the writers back.
    pub fn finish(mut self, stores: &[Store]) -> Result<(W, Option<Linked<W>>), GenerateError> {
        let linked = match self.linked.take() {
            None => None,
            Some(mut files) => {
                let error = csv_error(STORES_FILE_NAME);
                for (store, _) in stores
                    .iter()
                    .zip(&self.used_stores)
                    .filter(|(_, used)| **used)
                {
                    files
                        .stores
                        .write_record([
                            &store.id,
                            &store.name,
                            &store.ffl,
                            &store.city,
                            &store.state,
                            &store.lat_text,
                            &store.lon_text,
                        ])
                        .map_err(&error)?;
                }
                Some(Linked {
                    stores: into_inner(files.stores, STORES_FILE_NAME)?,
                    recoveries: into_inner(files.recoveries, RECOVERIES_FILE_NAME)?,
                    traces: into_inner(files.traces, TRACES_FILE_NAME)?,
                })
            }
        };
        Ok((into_inner(self.flat, FLAT_FILE_NAME)?, linked))
    }
}

fn into_inner<W: Write>(csv: csv::Writer<W>, file: &'static str) -> Result<W, GenerateError> {
    let mut inner = csv.into_inner().map_err(|e| GenerateError::Write {
        file,
        source: e.into_error().into(),
    })?;
    inner.flush().map_err(|e| GenerateError::Write {
        file,
        source: e.into(),
    })?;
    Ok(inner)
}

impl<W: Write> Sink for CsvSink<W> {
    fn site(&mut self, site: &Site<'_>) -> Result<(), GenerateError> {
        let text = &mut self.text;
        text.format_site(site);
        // Sites see seizures on many dates; each trace has its own.
        text.site_date.clear();
        if let Some(files) = &mut self.linked {
            files
                .recoveries
                .write_record([
                    site.id.as_str(),
                    site.place,
                    site.state,
                    &text.site_lat,
                    &text.site_lon,
                    &text.site_date,
                    &site.description,
                ])
                .map_err(csv_error(RECOVERIES_FILE_NAME))?;
        }
        Ok(())
    }

    fn trace(&mut self, trace: &Trace<'_>) -> Result<(), GenerateError> {
        use std::fmt::Write;
        let text = &mut self.text;
        text.trace_id.clear();
        let _ = write!(text.trace_id, "DEMO-T{:07}", trace.number);
        text.purchase.clear();
        push_iso(trace.purchase, &mut text.purchase);
        text.recovery.clear();
        push_iso(trace.recovery, &mut text.recovery);
        text.purchaser = trace.purchaser.map(purchaser_id).unwrap_or_default();
        text.case = trace.case.map(case_id).unwrap_or_default();
        text.format_site(trace.site);
        let entry = trace.entry;
        let store = trace.store;
        let site = trace.site;
        self.flat
            .write_record([
                text.trace_id.as_str(),
                trace.weapon_type,
                entry.make,
                entry.model,
                entry.caliber,
                trace.serial,
                &text.purchase,
                &text.recovery,
                &store.id,
                &store.name,
                &store.ffl,
                &store.city,
                &store.state,
                &store.lat_text,
                &store.lon_text,
                &site.id,
                site.place,
                site.state,
                &text.site_lat,
                &text.site_lon,
                &text.purchaser,
                &text.case,
                trace.agency.as_str(),
            ])
            .map_err(csv_error(FLAT_FILE_NAME))?;
        if let Some(files) = &mut self.linked {
            files
                .traces
                .write_record([
                    text.trace_id.as_str(),
                    trace.weapon_type,
                    entry.make,
                    entry.model,
                    entry.caliber,
                    trace.serial,
                    &text.purchase,
                    &text.recovery,
                    &store.id,
                    &site.id,
                    &text.purchaser,
                    &text.case,
                    trace.agency.as_str(),
                ])
                .map_err(csv_error(TRACES_FILE_NAME))?;
        }
        if let Some(used) = self.used_stores.get_mut(trace.store_index as usize) {
            *used = true;
        }
        Ok(())
    }
}
