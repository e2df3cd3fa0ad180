//! CSV output: the flat traces file, and optionally the linked stores,
//! recoveries and traces files, each opened by a title line that marks it
//! as synthetic.

use std::io::Write;

use super::GenerateError;
use super::dates::push_iso;
use super::dealers::Store;
use super::events::{Sink, Site, Trace, case_id, purchaser_id};
use super::persons::{Likeness, rewrite_person, rewrite_serial};
use super::sampling::GenRng;
use rand::SeedableRng;
use std::collections::BTreeMap;

/// The flat file's name; the app embeds `data/demo/` + this.
pub const FLAT_FILE_NAME: &str = "corridor-demo-traces.csv";
/// Name of the linked stores file.
pub const STORES_FILE_NAME: &str = "stores.csv";
/// Name of the linked recovery sites file.
pub const RECOVERIES_FILE_NAME: &str = "recoveries.csv";
/// Name of the linked traces file.
pub const TRACES_FILE_NAME: &str = "traces.csv";
/// With `--agencies`: HSI's file of the firearms it holds.
pub const HSI_FILE_NAME: &str = "corridor-demo-hsi.csv";
/// With `--agencies`: sub-folder of the answer key, apart so that opening
/// the output folder does not load it as traces.
pub const KEY_DIR_NAME: &str = "key";
/// With `--agencies`: the overlaps between the two files that were made on
/// purpose, in [`KEY_DIR_NAME`].
pub const KNOWN_OVERLAPS_FILE_NAME: &str = "known-overlaps.csv";
/// Headers of the known overlaps file.
pub const KNOWN_OVERLAPS_HEADERS: [&str; 4] = ["kind", "match", "atf_id", "hsi_id"];

/// Canonical headers of a flat traces file.
pub const FLAT_HEADERS: [&str; 28] = [
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
    "purchaser_name",
    "purchaser_dob",
    "purchaser_address",
    "recovery_event",
    "obliterated",
];
/// Headers of the linked stores file.
pub const STORES_HEADERS: [&str; 7] = ["id", "name", "ffl", "city", "state", "lat", "lon"];
/// Headers of the linked recovery sites file.
pub const RECOVERIES_HEADERS: [&str; 7] =
    ["id", "place", "state", "lat", "lon", "date", "description"];
/// Headers of the linked traces file: those of the flat file, with ids in
/// place of the store and recovery site details.
pub const LINKED_TRACES_HEADERS: [&str; 18] = [
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
    "purchaser_name",
    "purchaser_dob",
    "purchaser_address",
    "recovery_event",
    "obliterated",
];

/// The first line of every generated file. The importer labels data whose
/// first 4 KB contain "SYNTHETIC" as synthetic and skips title rows above
/// the header. No comma, semicolon, tab or pipe: the delimiter sniffer reads
/// this line too.
pub fn title_line(traces: u64, seed: u64, flags: &str, content: &str) -> String {
    format!(
        "# SYNTHETIC DEMO DATA - corridor generate --traces {traces} --seed {seed}{flags} - {content} - fictitious dealers and purchasers - not real ATF data\n"
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

/// The two writers of output split by agency.
pub struct Agencies<W: Write> {
    /// Where HSI's file goes.
    pub hsi: W,
    /// Where the known overlaps go.
    pub key: W,
}

/// HSI's file as it is written, and what it needs to know to write the
/// known overlaps at the end.
struct AgencyCsv<W: Write> {
    hsi: csv::Writer<W>,
    key: csv::Writer<W>,
    /// Its own stream, so that splitting does not change ATF's file.
    rng: GenRng,
    records: u64,
    /// Per ATF purchaser number: HSI's record of the person.
    people: BTreeMap<u64, HsiPerson>,
    /// Per HSI-held event id: HSI's event id.
    events: BTreeMap<String, String>,
    /// Per store index: (in ATF's file, in HSI's file).
    stores: BTreeMap<u32, (bool, bool)>,
}

struct HsiPerson {
    name: String,
    dob: String,
    likeness: Likeness,
    /// ATF's file names them (one of their guns is in it).
    in_atf: bool,
    /// HSI's file names them.
    in_hsi: bool,
}

/// Mixed into the seed for HSI's rewriting of records.
const HSI_STREAM: u64 = 0x4853_4900;

/// What [`CsvSink::finish`] hands back: the flat file's writer, and the
/// linked and agency files' writers when they were asked for.
pub type Finished<W> = (W, Option<Linked<W>>, Option<Agencies<W>>);

/// Formats records into CSV as the generator streams them.
pub struct CsvSink<W: Write> {
    flat: csv::Writer<W>,
    linked: Option<LinkedCsv<W>>,
    agencies: Option<AgencyCsv<W>>,
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
    dob: String,
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
        agencies: Option<Agencies<W>>,
        traces: u64,
        seed: u64,
        store_count: usize,
    ) -> Result<Self, GenerateError> {
        let split = if agencies.is_some() {
            " --agencies"
        } else {
            ""
        };
        let flat_content = if agencies.is_some() {
            "ATF trace file - US-sourced traces only"
        } else {
            "US-sourced traces only"
        };
        let flat = start(
            flat,
            &title_line(traces, seed, split, flat_content),
            &FLAT_HEADERS,
            FLAT_FILE_NAME,
        )?;
        let linked_flags = format!(" --linked{split}");
        let linked = match linked {
            None => None,
            Some(files) => Some(LinkedCsv {
                stores: start(
                    files.stores,
                    &title_line(traces, seed, &linked_flags, "stores"),
                    &STORES_HEADERS,
                    STORES_FILE_NAME,
                )?,
                recoveries: start(
                    files.recoveries,
                    &title_line(traces, seed, &linked_flags, "recovery sites"),
                    &RECOVERIES_HEADERS,
                    RECOVERIES_FILE_NAME,
                )?,
                traces: start(
                    files.traces,
                    &title_line(traces, seed, &linked_flags, flat_content),
                    &LINKED_TRACES_HEADERS,
                    TRACES_FILE_NAME,
                )?,
            }),
        };
        let agencies = match agencies {
            None => None,
            Some(files) => Some(AgencyCsv {
                hsi: start(
                    files.hsi,
                    &title_line(traces, seed, split, "HSI seizure records"),
                    &FLAT_HEADERS,
                    HSI_FILE_NAME,
                )?,
                key: start(
                    files.key,
                    &title_line(
                        traces,
                        seed,
                        split,
                        "the overlaps between the ATF and HSI files made on purpose",
                    ),
                    &KNOWN_OVERLAPS_HEADERS,
                    KNOWN_OVERLAPS_FILE_NAME,
                )?,
                rng: GenRng::seed_from_u64(seed ^ HSI_STREAM),
                records: 0,
                people: BTreeMap::new(),
                events: BTreeMap::new(),
                stores: BTreeMap::new(),
            }),
        };
        Ok(Self {
            flat,
            linked,
            agencies,
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
    pub fn finish(mut self, stores: &[Store]) -> Result<Finished<W>, GenerateError> {
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
        let agencies = match self.agencies.take() {
            Some(files) => Some(files.finish(stores)?),
            None => None,
        };
        Ok((into_inner(self.flat, FLAT_FILE_NAME)?, linked, agencies))
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
        let split = self.agencies.is_some();
        let text = &mut self.text;
        text.trace_id.clear();
        let _ = write!(text.trace_id, "DEMO-T{:07}", trace.number);
        text.purchase.clear();
        push_iso(trace.purchase, &mut text.purchase);
        text.recovery.clear();
        push_iso(trace.recovery, &mut text.recovery);
        text.purchaser = trace.purchaser.map(purchaser_id).unwrap_or_default();
        text.case = trace.case.map(case_id).unwrap_or_default();
        text.dob.clear();
        if let Some(person) = trace.person {
            push_iso(person.dob, &mut text.dob);
        }
        text.format_site(trace.site);
        let entry = trace.entry;
        let (name, address) = trace
            .person
            .map_or(("", ""), |p| (p.name.as_str(), p.address.as_str()));
        let obliterated = if trace.obliterated { "yes" } else { "" };
        // Split by agency, ATF's file holds what ATF traced, under its name.
        let agency = if split { "ATF" } else { trace.agency.as_str() };
        if !split || trace.holding.in_atf() {
            let row = Row {
                id: &text.trace_id,
                make: entry.make,
                serial: trace.serial,
                purchaser: &text.purchaser,
                case: &text.case,
                agency,
                name,
                dob: &text.dob,
                address,
                event: trace.recovery_event,
                obliterated,
                trace,
                text,
            };
            self.flat
                .write_record(row.flat())
                .map_err(csv_error(FLAT_FILE_NAME))?;
            if let Some(files) = &mut self.linked {
                files
                    .traces
                    .write_record(row.linked())
                    .map_err(csv_error(TRACES_FILE_NAME))?;
            }
            if let Some(used) = self.used_stores.get_mut(trace.store_index as usize) {
                *used = true;
            }
        }
        if let Some(files) = &mut self.agencies {
            files.write(trace, text)?;
        }
        Ok(())
    }
}

/// One written row: the fields ATF's and HSI's files write each their own
/// way, and the trace for the rest.
struct Row<'a> {
    id: &'a str,
    make: &'a str,
    serial: &'a str,
    purchaser: &'a str,
    case: &'a str,
    agency: &'a str,
    name: &'a str,
    dob: &'a str,
    address: &'a str,
    event: &'a str,
    obliterated: &'a str,
    trace: &'a Trace<'a>,
    text: &'a Texts,
}

impl<'a> Row<'a> {
    /// In [`FLAT_HEADERS`] order.
    fn flat(&self) -> [&'a str; 28] {
        let (trace, text) = (self.trace, self.text);
        let (store, site) = (trace.store, trace.site);
        [
            self.id,
            trace.weapon_type,
            self.make,
            trace.entry.model,
            trace.entry.caliber,
            self.serial,
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
            self.purchaser,
            self.case,
            self.agency,
            self.name,
            self.dob,
            self.address,
            self.event,
            self.obliterated,
        ]
    }

    /// In [`LINKED_TRACES_HEADERS`] order.
    fn linked(&self) -> [&'a str; 18] {
        let (trace, text) = (self.trace, self.text);
        [
            self.id,
            trace.weapon_type,
            self.make,
            trace.entry.model,
            trace.entry.caliber,
            self.serial,
            &text.purchase,
            &text.recovery,
            &trace.store.id,
            &trace.site.id,
            self.purchaser,
            self.case,
            self.agency,
            self.name,
            self.dob,
            self.address,
            self.event,
            self.obliterated,
        ]
    }
}

impl<W: Write> AgencyCsv<W> {
    /// Writes HSI's record of `trace` when HSI holds it, and the overlaps it
    /// makes with ATF's trace. `text` holds the trace's formatted fields.
    fn write(&mut self, trace: &Trace<'_>, text: &Texts) -> Result<(), GenerateError> {
        let stores = self.stores.entry(trace.store_index).or_default();
        stores.0 |= trace.holding.in_atf();
        stores.1 |= trace.holding.in_hsi();
        let person = match (trace.purchaser, trace.person) {
            (Some(number), Some(person)) => {
                let rng = &mut self.rng;
                let record = self.people.entry(number).or_insert_with(|| {
                    let (name, dob, likeness) = rewrite_person(rng, person);
                    HsiPerson {
                        name,
                        dob,
                        likeness,
                        in_atf: false,
                        in_hsi: false,
                    }
                });
                record.in_atf |= trace.holding.in_atf();
                record.in_hsi |= trace.holding.in_hsi();
                Some((number, &*record))
            }
            _ => None,
        };
        if !trace.holding.in_hsi() {
            return Ok(());
        }
        self.records += 1;
        let id = format!("DEMO-H{:07}", self.records);
        let serial = rewrite_serial(&mut self.rng, trace.serial);
        let make = trace.entry.make.to_uppercase();
        let (purchaser, name, dob) = match person {
            Some((number, record)) => (
                format!("DEMO-HP{number:06}"),
                record.name.as_str(),
                record.dob.as_str(),
            ),
            None => (String::new(), "", ""),
        };
        let address = trace
            .person
            .map(|p| p.address.to_uppercase())
            .unwrap_or_default();
        let case = trace
            .case
            .map(|c| format!("DEMO-HSI-CASE-{c:04}"))
            .unwrap_or_default();
        let next = self.events.len() + 1;
        let event = self
            .events
            .entry(trace.recovery_event.to_owned())
            .or_insert_with(|| format!("DEMO-HE{next:07}"))
            .clone();
        let row = Row {
            id: &id,
            make: &make,
            serial: &serial,
            purchaser: &purchaser,
            case: &case,
            agency: "HSI",
            name,
            dob,
            address: &address,
            event: &event,
            obliterated: if trace.obliterated { "yes" } else { "" },
            trace,
            text,
        };
        self.hsi
            .write_record(row.flat())
            .map_err(csv_error(HSI_FILE_NAME))?;
        if trace.holding.in_atf() {
            self.key
                .write_record(["firearm", "exact", text.trace_id.as_str(), &id])
                .map_err(csv_error(KNOWN_OVERLAPS_FILE_NAME))?;
        }
        Ok(())
    }

    /// Writes the people and stores both files hold to the key, and hands
    /// the writers back.
    fn finish(mut self, stores: &[Store]) -> Result<Agencies<W>, GenerateError> {
        let error = csv_error(KNOWN_OVERLAPS_FILE_NAME);
        for (number, person) in &self.people {
            if person.in_atf && person.in_hsi {
                self.key
                    .write_record([
                        "purchaser",
                        person.likeness.id(),
                        &purchaser_id(*number),
                        &format!("DEMO-HP{number:06}"),
                    ])
                    .map_err(&error)?;
            }
        }
        for (index, (atf, hsi)) in &self.stores {
            if let (true, true, Some(store)) = (atf, hsi, stores.get(*index as usize)) {
                self.key
                    .write_record(["store", "exact", &store.ffl, &store.ffl])
                    .map_err(&error)?;
            }
        }
        Ok(Agencies {
            hsi: into_inner(self.hsi, HSI_FILE_NAME)?,
            key: into_inner(self.key, KNOWN_OVERLAPS_FILE_NAME)?,
        })
    }
}
