//! Adds rows to a dataset: resolves their store and recovery site, classifies
//! the firearm, and decides what to reject and what to warn about.

use rustc_hash::FxHashMap as HashMap;
use std::hash::BuildHasher;

use super::fields::Field;
use super::report::{ImportIssue, ImportReport, Severity};
use super::row::{CellPlace, OwnedRow, RowValues};
use super::values::{CoordError, DateOrder, parse_date, parse_obliterated, serial_is_obliterated};
use crate::basemap::{Gazetteer, Resolution};
use crate::classify::CachedClassifier;
use crate::i18n::{Phrase, PhraseArg};
use crate::model::counts::{MAX_FIREARMS, MAX_ROW_COUNT};
use crate::model::{
    CaseValues, Dataset, DateSpan, DateSpans, Day, Precision, RecoverySite, SiteId, SourceRef,
    Store, StoreId, StrId, TraceRow, Weapon, WeaponId,
};
use crate::phrase;

mod coarse_place;
mod flowmap;

pub use flowmap::{FlowColumns, FlowLocation};

/// Two sightings of one location farther apart than this are reported.
const SAME_PLACE_TOLERANCE_KM: f64 = 1.0;

/// Collects issues for one file.
pub struct Reporter<'r> {
    /// Name of the file, as issues name it.
    pub file: &'r str,
    /// The report the issues go to.
    pub report: &'r mut ImportReport,
}

impl Reporter<'_> {
    /// Adds an issue about this file at `line` (1-based; `None` for the
    /// whole file) and the cell at `place`.
    pub fn issue(
        &mut self,
        severity: Severity,
        line: Option<u64>,
        place: CellPlace<'_>,
        reason: Phrase,
    ) {
        self.report.push(ImportIssue::new(
            severity,
            self.file,
            line,
            place.column,
            place.name.map(str::to_owned),
            reason,
        ));
    }

    /// Adds an error about the whole file, with no line or column.
    pub fn file_error(&mut self, reason: Phrase) {
        self.issue(Severity::Error, None, CellPlace::default(), reason);
    }
}

/// A location that could not be resolved, with the cell to blame.
struct Unplaced<'a> {
    place: CellPlace<'a>,
    reason: Phrase,
    /// A later row or file may still define the location.
    may_resolve_later: bool,
}

/// A weapon description already seen: its id, class and whether the
/// weapon type was recognised.
#[derive(Clone, Copy)]
struct WeaponMemo {
    id: WeaponId,
    class: crate::model::WeaponClass,
    unrecognised_type: bool,
}

/// Where a row's store or site will be.
enum Placement {
    Existing(u32),
    New {
        key: String,
        lat_deg: f64,
        lon_deg: f64,
        precision: Precision,
        /// The town or place a coarse location is named by (`Texas (state
        /// level)`), instead of the row's.
        place_label: Option<String>,
    },
}

/// What [`DatasetBuilder::add_trace_row`] did with a row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowOutcome {
    /// Added to the dataset, perhaps with warnings.
    Accepted,
    /// Left out; the report says why.
    Rejected,
    /// Kept aside until every file is read.
    Deferred,
    /// A counted row of count 0: it stands for no firearm, so nothing is
    /// added (the report notes it).
    Empty,
}

#[derive(Clone, Copy)]
enum Side {
    Store,
    Site,
}

impl Side {
    /// The side as messages select on it (`$side`): `store` or `site`.
    fn id(self) -> &'static str {
        match self {
            Side::Store => "store",
            Side::Site => "site",
        }
    }

    /// The store's or site's latitude or longitude, as reasons name it
    /// (`store latitude`).
    fn coordinate(self, latitude: bool) -> Phrase {
        phrase!(
            "import-coordinate-name",
            side = self.id(),
            axis = if latitude { "lat" } else { "lon" }
        )
    }

    /// The town and state columns, for geocoding.
    /// The country a location of this side is in: stores in the US,
    /// recovery sites in Mexico.
    fn country(self) -> crate::basemap::Country {
        match self {
            Side::Store => crate::basemap::Country::Us,
            Side::Site => crate::basemap::Country::Mx,
        }
    }

    fn place_fields(self) -> (Field, Field) {
        match self {
            Side::Store => (Field::StoreCity, Field::StoreState),
            Side::Site => (Field::RecoveryPlace, Field::RecoveryState),
        }
    }

    fn fields(self) -> (Field, Field, Field) {
        match self {
            Side::Store => (Field::StoreId, Field::StoreLat, Field::StoreLon),
            Side::Site => (Field::RecoveryId, Field::RecoveryLat, Field::RecoveryLon),
        }
    }
}

/// Builds a [`Dataset`] row by row from any number of files: finds or
/// creates each row's store and recovery site, classifies its firearm and
/// reports what it leaves out or doubts.
pub struct DatasetBuilder {
    /// The dataset built so far; [`Self::finish`] hands it over.
    pub dataset: Dataset,
    store_by_key: HashMap<StrId, StoreId>,
    site_by_key: HashMap<StrId, SiteId>,
    /// Rows before this one were loaded earlier; duplicates among them were
    /// reported then.
    first_new_trace: usize,
    /// Where each file keeps its trace ids, for duplicate warnings.
    trace_id_places: HashMap<u16, (Option<u64>, Option<String>)>,
    classifier: CachedClassifier,
    weapon_memo: HashMap<Box<str>, WeaponMemo>,
    /// Reused to build `weapon_memo` keys without allocating per row.
    weapon_key: String,
    /// How slash dates are read; the importer sets it for each table before
    /// adding its rows.
    pub date_order: DateOrder,
    pending: Vec<OwnedRow>,
    /// Places rows that name a town but give no usable coordinates.
    gazetteer: Option<&'static Gazetteer>,
    /// Set while rows kept aside are retried: they cannot wait any longer.
    final_pass: bool,
    /// Locations of flowmap.blue files, by their id, for the flows files.
    flowmap_locations: HashMap<String, FlowLocation>,
    /// Set while a flowmap.blue flow makes its traces: the format has no
    /// weapon columns, which one file-level warning says instead of one per trace.
    quiet_unknown_weapon: bool,
    /// Firearms the traces hold so far, data loaded before included (the
    /// sum of the counts of counted rows), kept under
    /// [`crate::model::counts::MAX_FIREARMS`].
    firearms: u64,
    /// The agency label of each file (by source index), for its traces
    /// without an agency of their own; empty when none was chosen.
    file_agencies: Vec<StrId>,
}

/// Most rows kept aside for a location a later file may give (each is a
/// copy of its cells, about a kilobyte): beyond, rows are placed at once.
pub const MAX_PENDING_ROWS: usize = 50_000;

impl DatasetBuilder {
    /// An empty builder that classifies firearms with `classifier`.
    pub fn new(classifier: CachedClassifier) -> Self {
        Self::extend(Dataset::default(), classifier)
    }

    /// Continues from an existing dataset, so new files add to it.
    pub fn extend(dataset: Dataset, classifier: CachedClassifier) -> Self {
        let store_by_key = dataset
            .stores
            .iter()
            .enumerate()
            .map(|(i, s)| (s.key, StoreId(i as u32)))
            .collect();
        let site_by_key = dataset
            .sites
            .iter()
            .enumerate()
            .map(|(i, s)| (s.key, SiteId(i as u32)))
            .collect();
        let mut classifier = classifier;
        let mut weapon_memo = HashMap::default();
        let mut weapon_key = String::new();
        // Descriptions already loaded keep their ids when files are added.
        for (i, weapon) in dataset.weapons.iter().enumerate() {
            let texts = [
                weapon.weapon_type,
                weapon.make,
                weapon.model,
                weapon.caliber,
            ]
            .map(|id| dataset.strings.get(id));
            weapon_key.clear();
            for text in texts {
                weapon_key.push_str(text);
                weapon_key.push('\u{1f}');
            }
            let unrecognised_type = classifier
                .classify(texts[0], texts[1], texts[2], texts[3])
                .unrecognised_type;
            weapon_memo.insert(
                Box::<str>::from(weapon_key.as_str()),
                WeaponMemo {
                    id: WeaponId(i as u32),
                    class: weapon.class,
                    unrecognised_type,
                },
            );
        }
        Self {
            first_new_trace: dataset.traces.len(),
            firearms: dataset.traces.firearms(),
            trace_id_places: HashMap::default(),
            dataset,
            store_by_key,
            site_by_key,
            classifier,
            weapon_memo,
            weapon_key,
            date_order: DateOrder::default(),
            pending: Vec::new(),
            gazetteer: crate::basemap::shared_gazetteer().map(|g| &**g),
            final_pass: false,
            flowmap_locations: HashMap::default(),
            quiet_unknown_weapon: false,
            file_agencies: Vec::new(),
        }
    }

    /// The agency of file `file`'s traces that name none (`--agency
    /// FILE=LABEL`, or the app's choice at import); empty: none.
    pub fn set_file_agency(&mut self, file: u16, label: &str) {
        let id = self.dataset.strings.intern(label);
        let index = usize::from(file);
        if self.file_agencies.len() <= index {
            self.file_agencies.resize(index + 1, StrId::EMPTY);
        }
        self.file_agencies[index] = id;
    }

    /// Sets each file's traces (firearms, the sum of the counts) and
    /// records (rows) in `report` from the rows this load added, rows kept
    /// aside and placed later included.
    pub fn count_file_traces(&self, report: &mut ImportReport) {
        let traces = &self.dataset.traces;
        let mut per_file: HashMap<u16, (u64, u64)> = HashMap::default();
        for row in self.first_new_trace..traces.len() {
            let entry = per_file.entry(traces.source_file[row]).or_default();
            entry.0 += 1;
            entry.1 += u64::from(traces.count(row));
        }
        for (file, (rows, firearms)) in per_file {
            let Some(source) = self.dataset.sources.get(usize::from(file)) else {
                continue;
            };
            if let Some(summary) = report
                .files
                .iter_mut()
                .rev()
                .find(|s| s.file == source.name)
            {
                summary.records = rows;
                summary.traces = firearms;
            }
        }
    }

    /// Warns about every trace id loaded more than once (both rows are kept:
    /// two agencies may have traced the same firearm). Done once at the end
    /// by sorting, rather than a hash-map probe per row, which was the
    /// slowest part of loading a million rows.
    pub fn report_duplicate_traces(&self, report: &mut ImportReport) {
        let ids = &self.dataset.traces.trace_id;
        let mut keyed: Vec<(u64, u32)> = (0..ids.len())
            .map(|row| (hash_text(ids.get(row)), row as u32))
            .collect();
        keyed.sort_unstable();
        for group in keyed.chunk_by(|a, b| a.0 == b.0) {
            if group.len() < 2
                || group
                    .iter()
                    .all(|(_, r)| (*r as usize) < self.first_new_trace)
            {
                continue;
            }
            for (i, &(_, row)) in group.iter().enumerate() {
                let text = ids.get(row as usize);
                // The first row with this exact id, in load order: almost
                // always the group's first (a column of identical ids, such
                // as "N/A" on every row, must not cost a quadratic search).
                let same = |r: u32| ids.get(r as usize) == text;
                let first = if i > 0 && same(group[0].1) {
                    group[0].1
                } else if let Some(&(_, first)) = group[..i].iter().find(|(_, r)| same(*r)) {
                    first
                } else {
                    continue;
                };
                if (row as usize) < self.first_new_trace {
                    continue;
                }
                let source = self.dataset.traces.source(row as usize);
                let (column, field) = self
                    .trace_id_places
                    .get(&source.file)
                    .cloned()
                    .unwrap_or_default();
                let file = self
                    .dataset
                    .sources
                    .get(source.file as usize)
                    .map_or("", |s| s.name.as_str());
                report.push(ImportIssue::new(
                    Severity::Warning,
                    file,
                    Some(u64::from(source.line)),
                    column,
                    field,
                    phrase!(
                        "import-trace-id-repeated",
                        id = text,
                        place = self.describe_source(self.dataset.traces.source(first as usize))
                    ),
                ));
            }
        }
    }

    /// The dataset, with the spare capacity of its columns released and the
    /// trafficking indicators of its traces set.
    pub fn finish(mut self) -> Dataset {
        crate::investigate::set_indicators(&mut self.dataset);
        self.dataset.traces.shrink_to_fit();
        self.dataset.stores.shrink_to_fit();
        self.dataset.sites.shrink_to_fit();
        self.dataset
    }

    /// A row of a stores file.
    pub fn add_store_row(
        &mut self,
        row: &RowValues<'_>,
        file: u16,
        out: &mut Reporter<'_>,
    ) -> bool {
        self.add_location_row(Side::Store, row, file, out)
    }

    /// A row of a recovery sites file.
    pub fn add_site_row(&mut self, row: &RowValues<'_>, file: u16, out: &mut Reporter<'_>) -> bool {
        self.add_location_row(Side::Site, row, file, out)
    }

    fn add_location_row(
        &mut self,
        side: Side,
        row: &RowValues<'_>,
        file: u16,
        out: &mut Reporter<'_>,
    ) -> bool {
        let (id_field, _, _) = side.fields();
        let key_text = row.get(id_field);
        if !key_text.is_empty()
            && let Some(id) = self
                .dataset
                .strings
                .find(key_text)
                .and_then(|k| self.lookup(side, k))
        {
            let (_, _, first) = self.location_of(side, id);
            out.issue(
                Severity::Warning,
                Some(row.line),
                row.place(id_field),
                phrase!(
                    "import-location-id-repeated",
                    side = side.id(),
                    id = key_text,
                    place = self.describe_source(first)
                ),
            );
            return false;
        }
        match self.resolve(side, row, file, out, false) {
            Ok(_) => true,
            Err(unplaced) => {
                out.issue(
                    Severity::Rejected,
                    Some(row.line),
                    unplaced.place,
                    unplaced.reason,
                );
                false
            }
        }
    }

    /// A row describing one traced firearm. `allow_defer` keeps rows whose
    /// store or site may be defined later; the final pass passes `false`.
    pub fn add_trace_row(
        &mut self,
        row: &RowValues<'_>,
        file: u16,
        out: &mut Reporter<'_>,
        allow_defer: bool,
    ) -> RowOutcome {
        let count = match self.row_count(row, out) {
            Ok(count) => count,
            Err(outcome) => return outcome,
        };
        let store = self.plan(Side::Store, row, out, true);
        let site = self.plan(Side::Site, row, out, true);
        let (store, site) = match (store, site) {
            (Ok(store), Ok(site)) => (
                StoreId(self.place(Side::Store, row, store, file)),
                SiteId(self.place(Side::Site, row, site, file)),
            ),
            (store, site) => {
                let problems: Vec<Unplaced<'_>> =
                    [store.err(), site.err()].into_iter().flatten().collect();
                if allow_defer && problems.iter().all(|p| p.may_resolve_later) {
                    if self.pending.len() < MAX_PENDING_ROWS {
                        self.pending.push(OwnedRow::from_row(row, file));
                        return RowOutcome::Deferred;
                    }
                    // Kept aside rows are whole copies: past the limit a row
                    // is placed now, as the last pass would place it (a
                    // table of millions of town-level rows with ids took
                    // 12 GB kept aside).
                    let last_pass = std::mem::replace(&mut self.final_pass, true);
                    let outcome = self.add_trace_row(row, file, out, false);
                    self.final_pass = last_pass;
                    return outcome;
                }
                let place = problems.first().map(|p| p.place).unwrap_or_default();
                let reason = problems
                    .iter()
                    .map(|p| p.reason.clone())
                    .reduce(|first, second| {
                        phrase!("import-two-reasons", first = first, second = second)
                    })
                    .unwrap_or_else(|| phrase!("import-text", text = ""));
                out.issue(Severity::Rejected, Some(row.line), place, reason);
                return RowOutcome::Rejected;
            }
        };
        self.firearms += u64::from(count);
        self.push_trace(row, file, store, site, count, out);
        RowOutcome::Accepted
    }

    /// The firearms a row stands for: its count column, else 1. A count
    /// that is no whole number, or would take the load past
    /// [`MAX_FIREARMS`], rejects the row; a count of 0 leaves it out with
    /// a warning.
    fn row_count(&self, row: &RowValues<'_>, out: &mut Reporter<'_>) -> Result<u32, RowOutcome> {
        if !row.has(Field::Count) {
            return Ok(1);
        }
        let text = row.get(Field::Count);
        let place = row.place(Field::Count);
        let Some(count) =
            crate::import::values::parse_count(text).filter(|&n| n <= u64::from(MAX_ROW_COUNT))
        else {
            let reason = if text.trim().is_empty() {
                phrase!("import-count-missing")
            } else {
                phrase!(
                    "import-count-not-whole",
                    value = text,
                    max = u64::from(MAX_ROW_COUNT)
                )
            };
            out.issue(Severity::Rejected, Some(row.line), place, reason);
            return Err(RowOutcome::Rejected);
        };
        if count == 0 {
            out.issue(
                Severity::Warning,
                Some(row.line),
                place,
                phrase!("import-count-zero"),
            );
            return Err(RowOutcome::Empty);
        }
        if self.firearms + count > MAX_FIREARMS {
            out.issue(
                Severity::Rejected,
                Some(row.line),
                place,
                phrase!(
                    "import-count-past-max",
                    firearms = phrase!("count-firearms", count = MAX_FIREARMS)
                ),
            );
            return Err(RowOutcome::Rejected);
        }
        Ok(count as u32)
    }

    /// Makes room for about `rows` more traces, so a big file does not
    /// regrow every column many times.
    pub fn reserve_traces(&mut self, rows: usize) {
        self.dataset.traces.reserve(rows);
    }

    /// Rows kept aside by [`Self::add_trace_row`], to retry once all files
    /// are read; from now on rows are placed or rejected, never kept aside.
    pub fn take_pending(&mut self) -> Vec<OwnedRow> {
        self.final_pass = true;
        std::mem::take(&mut self.pending)
    }

    fn push_trace(
        &mut self,
        row: &RowValues<'_>,
        file: u16,
        store: StoreId,
        site: SiteId,
        count: u32,
        out: &mut Reporter<'_>,
    ) {
        let line = row.line;
        let warn = |out: &mut Reporter<'_>, field: Field, reason: Phrase| {
            out.issue(Severity::Warning, Some(line), row.place(field), reason);
        };
        let (purchase_date, purchase_span) = self.date(row, Field::PurchaseDate, out);
        let (recovery_date, recovery_span) = self.date(row, Field::RecoveryDate, out);
        let date_spans = DateSpans {
            purchase: purchase_span,
            recovery: recovery_span,
        };
        // Partial dates are compared by their periods: recovered in a
        // period that ends before the purchase's begins.
        if let (Some(bought), Some(found)) = (purchase_date.get(), recovery_date.get())
            && recovery_span.last_day(found) < bought
        {
            warn(
                out,
                Field::RecoveryDate,
                phrase!(
                    "import-recovered-before-purchase",
                    recovered = PhraseArg::Date(recovery_span, found),
                    purchased = PhraseArg::Date(purchase_span, bought)
                ),
            );
        }

        // A counted row (a table of counts) has no trace id of its own, and
        // often no weapon columns: neither is worth a warning per row.
        let counted = row.has(Field::Count);
        let weapon_columns = [Field::WeaponType, Field::Make, Field::Model, Field::Caliber]
            .into_iter()
            .any(|f| row.has(f));
        let weapon_type = row.get(Field::WeaponType);
        let (make, model, caliber) = (
            row.get(Field::Make),
            row.get(Field::Model),
            row.get(Field::Caliber),
        );
        let weapon = self.weapon(weapon_type, make, model, caliber);
        let (class, unrecognised_type) = (weapon.class, weapon.unrecognised_type);
        if unrecognised_type {
            let reason = if class == crate::model::WeaponClass::Unknown {
                phrase!(
                    "import-weapon-type-unknown-class",
                    weapon_type = weapon_type
                )
            } else {
                phrase!(
                    "import-weapon-type-classified",
                    weapon_type = weapon_type,
                    class = class.id()
                )
            };
            warn(out, Field::WeaponType, reason);
        } else if class == crate::model::WeaponClass::Unknown
            && !self.quiet_unknown_weapon
            && (weapon_columns || !counted)
        {
            let place = if row.has(Field::WeaponType) {
                row.place(Field::WeaponType)
            } else {
                row.place(Field::Model)
            };
            out.issue(
                Severity::Warning,
                Some(line),
                place,
                phrase!(
                    "import-weapon-unclassified",
                    weapon_type = weapon_type,
                    make = make,
                    model = model,
                    caliber = caliber
                ),
            );
        }

        let mut trace_id = std::borrow::Cow::Borrowed(row.get(Field::TraceId));
        if trace_id.is_empty() {
            trace_id = std::borrow::Cow::Owned(format!(
                "{}:{}",
                self.dataset
                    .sources
                    .get(file as usize)
                    .map_or("row", |s| s.name.as_str()),
                line
            ));
            if !counted {
                warn(
                    out,
                    Field::TraceId,
                    phrase!("import-trace-id-missing", id = trace_id.as_ref()),
                );
            }
        }
        self.trace_id_places.entry(file).or_insert_with(|| {
            let place = row.place(Field::TraceId);
            (place.column, place.name.map(str::to_owned))
        });

        let case = self.case_values(row, out);
        let strings = &mut self.dataset.strings;
        let trace = TraceRow {
            trace_id: &trace_id,
            serial: row.get(Field::Serial),
            weapon: weapon.id,
            class,
            purchase_date,
            recovery_date,
            store,
            site,
            purchaser: strings.intern(row.get(Field::PurchaserId)),
            case_id: strings.intern(row.get(Field::CaseId)),
            agency: match strings.intern(row.get(Field::Agency)) {
                StrId::EMPTY => self
                    .file_agencies
                    .get(usize::from(file))
                    .copied()
                    .unwrap_or(StrId::EMPTY),
                named => named,
            },
            case,
            source: SourceRef {
                file,
                line: u32::try_from(line).unwrap_or(u32::MAX),
            },
            count,
            date_spans,
        };
        self.dataset.traces.push(trace);
    }

    /// Class and interned ids of a weapon description. The four columns
    /// repeat across a file, so they are looked up once per distinct
    /// combination rather than classified and interned on every row.
    fn weapon(&mut self, weapon_type: &str, make: &str, model: &str, caliber: &str) -> WeaponMemo {
        self.weapon_key.clear();
        for column in [weapon_type, make, model, caliber] {
            self.weapon_key.push_str(column);
            self.weapon_key.push('\u{1f}');
        }
        if let Some(memo) = self.weapon_memo.get(self.weapon_key.as_str()) {
            return *memo;
        }
        let classification = self.classifier.classify(weapon_type, make, model, caliber);
        let (class, unrecognised_type) = (classification.class, classification.unrecognised_type);
        let [weapon_type, make, model, caliber] =
            [weapon_type, make, model, caliber].map(|text| self.dataset.strings.intern(text));
        let id = WeaponId(self.dataset.weapons.len() as u32);
        self.dataset.weapons.push(Weapon {
            weapon_type,
            make,
            model,
            caliber,
            class,
        });
        let memo = WeaponMemo {
            id,
            class,
            unrecognised_type,
        };
        self.weapon_memo
            .insert(self.weapon_key.as_str().into(), memo);
        memo
    }

    /// The investigative fields of a trace row. A bad date of birth or
    /// obliterated cell is a warning and left empty, like other dates.
    fn case_values(&mut self, row: &RowValues<'_>, out: &mut Reporter<'_>) -> CaseValues {
        let purchaser_dob = if row.has(Field::PurchaserDob) {
            match self.date(row, Field::PurchaserDob, out) {
                (day, DateSpan::Day) => day,
                // A person is matched by a day of birth; a year alone
                // would match strangers.
                _ => {
                    out.issue(
                        Severity::Warning,
                        Some(row.line),
                        row.place(Field::PurchaserDob),
                        phrase!(
                            "import-birth-date-not-full",
                            value = row.get(Field::PurchaserDob)
                        ),
                    );
                    Day::NONE
                }
            }
        } else {
            Day::NONE
        };
        let obliterated = serial_is_obliterated(row.get(Field::Serial))
            || match parse_obliterated(row.get(Field::Obliterated)) {
                Ok(flag) => flag,
                Err(reason) => {
                    out.issue(
                        Severity::Warning,
                        Some(row.line),
                        row.place(Field::Obliterated),
                        phrase!("import-obliterated-unread", reason = reason),
                    );
                    false
                }
            };
        let purchaser_name = person_name(
            row,
            Field::PurchaserName,
            [
                Field::PurchaserFirstName,
                Field::PurchaserLastName,
                Field::PurchaserSecondLastName,
            ],
        );
        let possessor_name = person_name(
            row,
            Field::PossessorName,
            [
                Field::PossessorFirstName,
                Field::PossessorLastName,
                Field::PossessorSecondLastName,
            ],
        );
        let strings = &mut self.dataset.strings;
        CaseValues {
            purchaser_name: strings.intern(&purchaser_name),
            purchaser_dob,
            purchaser_address: strings.intern(row.get(Field::PurchaserAddress)),
            possessor_name: strings.intern(&possessor_name),
            recovery_event: strings.intern(row.get(Field::RecoveryEvent)),
            obliterated,
            nibin_lead: strings.intern(row.get(Field::NibinLead)),
            importer: strings.intern(row.get(Field::Importer)),
            country_of_origin: strings.intern(row.get(Field::CountryOfOrigin)),
        }
    }

    fn date(&self, row: &RowValues<'_>, field: Field, out: &mut Reporter<'_>) -> (Day, DateSpan) {
        match row.date(field, self.date_order) {
            Ok(dated) => dated.unwrap_or((Day::NONE, DateSpan::Day)),
            Err(reason) => {
                out.issue(
                    Severity::Warning,
                    Some(row.line),
                    row.place(field),
                    phrase!("import-date-left-empty", reason = reason),
                );
                (Day::NONE, DateSpan::Day)
            }
        }
    }

    /// Finds or creates the store or site a row refers to.
    fn resolve<'a>(
        &mut self,
        side: Side,
        row: &RowValues<'a>,
        file: u16,
        out: &mut Reporter<'_>,
        is_reference: bool,
    ) -> Result<u32, Unplaced<'a>> {
        let placement = self.plan(side, row, out, is_reference)?;
        Ok(self.place(side, row, placement, file))
    }

    /// Decides where a row's store or site is without changing the dataset,
    /// so a row rejected for its other end leaves no orphan location behind.
    fn plan<'a>(
        &self,
        side: Side,
        row: &RowValues<'a>,
        out: &mut Reporter<'_>,
        is_reference: bool,
    ) -> Result<Placement, Unplaced<'a>> {
        let (id_field, lat_field, lon_field) = side.fields();
        let given_key = row.get(id_field);
        let coordinates = row.coordinates(lat_field, lon_field);
        let key_text = if given_key.is_empty() {
            Self::derived_key(side, row, coordinates.as_ref().ok().copied()).unwrap_or_default()
        } else {
            given_key.to_owned()
        };
        let existing = if key_text.is_empty() {
            None
        } else {
            self.dataset
                .strings
                .find(&key_text)
                .and_then(|k| self.lookup(side, k))
        };

        if let Some(existing) = existing {
            let (known_lat, known_lon, first) = self.location_of(side, existing);
            match coordinates {
                // Most rows repeat their location's coordinates to the digit.
                Ok((lat_deg, lon_deg)) if lat_deg == known_lat && lon_deg == known_lon => {}
                Ok((lat_deg, lon_deg)) => {
                    let km = haversine_km(lat_deg, lon_deg, known_lat, known_lon);
                    if km > SAME_PLACE_TOLERANCE_KM {
                        out.issue(
                            Severity::Warning,
                            Some(row.line),
                            row.place(lat_field),
                            phrase!(
                                "import-location-moved",
                                side = side.id(),
                                id = key_text.as_str(),
                                km = format!("{km:.1}"),
                                place = self.describe_source(first)
                            ),
                        );
                    }
                }
                Err((_, CoordError::Missing)) => {}
                Err((field, error)) => {
                    let what = side.coordinate(field == lat_field);
                    out.issue(
                        Severity::Warning,
                        Some(row.line),
                        row.place(field),
                        phrase!(
                            "import-coordinate-ignored",
                            error = error.phrase(what),
                            side = side.id(),
                            id = key_text.as_str(),
                            place = self.describe_source(first)
                        ),
                    );
                }
            }
            return Ok(Placement::Existing(existing));
        }

        match coordinates {
            Ok((lat_deg, lon_deg)) => Ok(Placement::New {
                key: key_text,
                lat_deg,
                lon_deg,
                precision: Precision::Exact,
                place_label: None,
            }),
            Err((field, error)) => {
                // A row naming its id may be waiting for a later row or file
                // with exact coordinates; geocode it only on the last pass.
                let may_wait = is_reference && !given_key.is_empty() && !self.final_pass;
                let mut unresolved = None;
                if !may_wait {
                    let (place_field, state_field) = side.place_fields();
                    // No coordinates at all (one of a pair missing is a
                    // broken pair, reported as before).
                    let no_coordinates = row.get(lat_field).trim().is_empty()
                        && row.get(lon_field).trim().is_empty();
                    if no_coordinates
                        && let Some(coarse) = coarse_place::coarse_place(
                            side.country(),
                            row.get(place_field),
                            row.get(state_field),
                        )
                    {
                        return Ok(Placement::New {
                            key: key_text,
                            lat_deg: coarse.lat_deg,
                            lon_deg: coarse.lon_deg,
                            precision: coarse.precision,
                            place_label: Some(coarse.label),
                        });
                    }
                    if no_coordinates && row.get(place_field).trim().is_empty() {
                        unresolved = coarse_place::state_of_other_country(
                            side.country(),
                            row.get(state_field),
                        );
                    }
                    match self.geocode(side, row, &error, field, out) {
                        Some(Ok((lat_deg, lon_deg))) => {
                            return Ok(Placement::New {
                                key: key_text,
                                lat_deg,
                                lon_deg,
                                precision: Precision::City,
                                place_label: None,
                            });
                        }
                        Some(Err(reason)) => unresolved = Some(reason),
                        None => {}
                    }
                }
                let no_columns = !row.has(lat_field) && !row.has(lon_field);
                let reason = if !given_key.is_empty() && no_columns && is_reference {
                    phrase!(
                        "import-unknown-location-id",
                        side = side.id(),
                        id = given_key
                    )
                } else if no_columns {
                    phrase!(
                        "import-no-location-columns",
                        side = side.id(),
                        lat = lat_field.header(),
                        lon = lon_field.header()
                    )
                } else {
                    let error = error.phrase(side.coordinate(field == lat_field));
                    if given_key.is_empty() {
                        phrase!("import-no-location", side = side.id(), error = error)
                    } else {
                        phrase!(
                            "import-no-location-of",
                            side = side.id(),
                            id = given_key,
                            error = error
                        )
                    }
                };
                let reason = match unresolved {
                    Some(more) => phrase!("import-two-reasons", first = reason, second = more),
                    None => reason,
                };
                let place = if no_columns && row.has(id_field) {
                    row.place(id_field)
                } else {
                    row.place(field)
                };
                Err(Unplaced {
                    place,
                    reason,
                    may_resolve_later: is_reference && !key_text.is_empty(),
                })
            }
        }
    }

    fn place(&mut self, side: Side, row: &RowValues<'_>, placement: Placement, file: u16) -> u32 {
        match placement {
            Placement::Existing(id) => id,
            Placement::New {
                key,
                lat_deg,
                lon_deg,
                precision,
                place_label,
            } => {
                let key = self.dataset.strings.intern(&key);
                let id = self.create(side, row, key, lat_deg, lon_deg, file);
                let label = place_label.map(|l| self.dataset.strings.intern(&l));
                match side {
                    Side::Store => {
                        let store = &mut self.dataset.stores[id as usize];
                        store.precision = precision;
                        if let Some(label) = label {
                            store.city = label;
                        }
                    }
                    Side::Site => {
                        let site = &mut self.dataset.sites[id as usize];
                        site.precision = precision;
                        if let Some(label) = label {
                            site.place = label;
                        }
                    }
                }
                id
            }
        }
    }

    /// Places a location without usable coordinates at its town's centre,
    /// from the embedded gazetteer. `None` when the row names no town;
    /// `Some(Err)` says why the town could not be placed (never a guess).
    fn geocode(
        &self,
        side: Side,
        row: &RowValues<'_>,
        coordinate_error: &CoordError,
        coordinate_field: Field,
        out: &mut Reporter<'_>,
    ) -> Option<Result<(f64, f64), Phrase>> {
        let (place_field, state_field) = side.place_fields();
        let town = row.get(place_field);
        if town.is_empty() {
            return None;
        }
        let gazetteer = self.gazetteer?;
        let state = row.get(state_field);
        let state_arg = (!state.is_empty()).then_some(state);
        let named = if state.is_empty() {
            format!("'{town}'")
        } else {
            format!("'{town}, {state}'")
        };
        let resolution = gazetteer.resolve(town, state_arg);
        let Some(place) = resolution.place() else {
            return Some(Err(match resolution {
                Resolution::NotInState { candidates } => {
                    phrase!("import-town-not-in-state", town = named, count = candidates)
                }
                Resolution::UnknownState => {
                    phrase!("import-town-unknown-state", town = named, state = state)
                }
                _ => phrase!("import-town-unknown", town = named),
            }));
        };
        let centre = phrase!(
            "import-town-centre",
            town = place.name.as_str(),
            state = place.state.as_str(),
            population = place.population
        );
        if !matches!(coordinate_error, CoordError::Missing) {
            let (_, lat_field, _) = side.fields();
            let what = side.coordinate(coordinate_field == lat_field);
            out.issue(
                Severity::Warning,
                Some(row.line),
                row.place(coordinate_field),
                phrase!(
                    "import-placed-at-centre",
                    error = coordinate_error.phrase(what),
                    centre = &centre
                ),
            );
        }
        if let Resolution::Ambiguous { candidates, .. } = resolution {
            let reason = if state.is_empty() {
                phrase!(
                    "import-town-ambiguous",
                    town = named,
                    count = candidates,
                    centre = centre
                )
            } else {
                phrase!(
                    "import-town-ambiguous-in-state",
                    town = named,
                    count = candidates,
                    centre = centre
                )
            };
            out.issue(
                Severity::Warning,
                Some(row.line),
                row.place(place_field),
                reason,
            );
        }
        Some(Ok((place.lat_deg, place.lon_deg)))
    }

    fn lookup(&self, side: Side, key: StrId) -> Option<u32> {
        match side {
            Side::Store => self.store_by_key.get(&key).map(|s| s.0),
            Side::Site => self.site_by_key.get(&key).map(|s| s.0),
        }
    }

    fn location_of(&self, side: Side, id: u32) -> (f64, f64, SourceRef) {
        match side {
            Side::Store => {
                let s = &self.dataset.stores[id as usize];
                (s.lat_deg, s.lon_deg, s.source)
            }
            Side::Site => {
                let s = &self.dataset.sites[id as usize];
                (s.lat_deg, s.lon_deg, s.source)
            }
        }
    }

    /// Without an id, a location is known by its name and place, so that the
    /// same store on many rows of a flat export becomes one store.
    fn derived_key(
        side: Side,
        row: &RowValues<'_>,
        coordinates: Option<(f64, f64)>,
    ) -> Option<String> {
        let parts: Vec<&str> = match side {
            Side::Store => vec![
                row.get(Field::StoreName),
                row.get(Field::StoreFfl),
                row.get(Field::StoreCity),
                row.get(Field::StoreState),
            ],
            Side::Site => vec![row.get(Field::RecoveryPlace), row.get(Field::RecoveryState)],
        };
        if parts.iter().all(|p| p.is_empty()) {
            return coordinates.map(|(lat, lon)| format!("@{lat:.5},{lon:.5}"));
        }
        let normalised: Vec<String> = parts.iter().map(|p| normalise_key_part(p)).collect();
        Some(format!("~{}", normalised.join("|")))
    }

    fn create(
        &mut self,
        side: Side,
        row: &RowValues<'_>,
        key: StrId,
        lat_deg: f64,
        lon_deg: f64,
        file: u16,
    ) -> u32 {
        let source = SourceRef {
            file,
            line: u32::try_from(row.line).unwrap_or(u32::MAX),
        };
        let strings = &mut self.dataset.strings;
        match side {
            Side::Store => {
                let id = self.dataset.stores.len() as u32;
                self.dataset.stores.push(Store {
                    key,
                    name: strings.intern(row.get(Field::StoreName)),
                    ffl: strings.intern(row.get(Field::StoreFfl)),
                    city: strings.intern(row.get(Field::StoreCity)),
                    state: strings.intern(row.get(Field::StoreState)),
                    lat_deg,
                    lon_deg,
                    precision: Precision::Exact,
                    source,
                });
                self.store_by_key.insert(key, StoreId(id));
                id
            }
            Side::Site => {
                let id = self.dataset.sites.len() as u32;
                let date = parse_date(row.get(Field::RecoveryDate), self.date_order)
                    .ok()
                    .flatten()
                    .unwrap_or(Day::NONE);
                self.dataset.sites.push(RecoverySite {
                    key,
                    place: strings.intern(row.get(Field::RecoveryPlace)),
                    state: strings.intern(row.get(Field::RecoveryState)),
                    lat_deg,
                    lon_deg,
                    date,
                    description: strings.intern(row.get(Field::RecoveryDescription)),
                    precision: Precision::Exact,
                    source,
                });
                self.site_by_key.insert(key, SiteId(id));
                id
            }
        }
    }

    /// "stores.csv line 12" (or "export.xlsx › Stores › row 12") for
    /// messages: [`crate::model::SourceFile::place`] in any language.
    pub fn describe_source(&self, source: SourceRef) -> Phrase {
        // Line numbers are not grouped.
        match self.dataset.sources.get(source.file as usize) {
            None => phrase!("import-source-earlier-file", line = source.line.to_string()),
            Some(file) => source_place(file, source.line),
        }
    }
}

/// Where a line of a source is, as [`crate::model::SourceFile::place`]
/// writes it in English.
fn source_place(file: &crate::model::SourceFile, line: u32) -> Phrase {
    use crate::model::provenance::RecordNumbering;
    let name = file.name.as_str();
    match (&file.sheet, file.numbering) {
        (Some(_), _) => phrase!(
            "import-source-sheet-row",
            file = name,
            row = line.to_string()
        ),
        (None, RecordNumbering::ParquetRow) => phrase!(
            "import-source-row",
            file = name,
            row = line.saturating_sub(1).to_string()
        ),
        (None, RecordNumbering::Line) => {
            phrase!("import-source-line", file = name, line = line.to_string())
        }
    }
}

fn normalise_key_part(text: &str) -> String {
    text.chars()
        .map(super::fields::fold_accent)
        .filter(|c| c.is_alphanumeric() || c.is_whitespace())
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_uppercase()
}

fn hash_text(text: &str) -> u64 {
    rustc_hash::FxBuildHasher.hash_one(text)
}

/// Great-circle distance in kilometres.
pub fn haversine_km(lat1_deg: f64, lon1_deg: f64, lat2_deg: f64, lon2_deg: f64) -> f64 {
    use geo::{Distance, Haversine, Point};
    Haversine.distance(
        Point::new(lon1_deg, lat1_deg),
        Point::new(lon2_deg, lat2_deg),
    ) / 1000.0
}

/// A person's name: the `full` column when it has one, else the given
/// name and surnames of a form that splits them, joined with spaces
/// (`Juan`, `Pérez`, `López` → `Juan Pérez López`). Borrowed when nothing
/// is joined.
fn person_name<'a>(
    row: &RowValues<'a>,
    full: Field,
    parts: [Field; 3],
) -> std::borrow::Cow<'a, str> {
    let whole = row.get(full);
    if !whole.is_empty() {
        return std::borrow::Cow::Borrowed(whole);
    }
    let mut present = parts.iter().map(|&f| row.get(f)).filter(|p| !p.is_empty());
    match (present.next(), present.next()) {
        (None, _) => std::borrow::Cow::Borrowed(""),
        (Some(one), None) => std::borrow::Cow::Borrowed(one),
        (Some(first), Some(second)) => {
            let mut joined = format!("{first} {second}");
            for rest in present {
                joined.push(' ');
                joined.push_str(rest);
            }
            std::borrow::Cow::Owned(joined)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::model::SourceFile;
    use crate::model::provenance::RecordNumbering;

    #[test]
    fn a_source_line_reads_as_the_source_file_writes_it() {
        let csv = SourceFile {
            name: "traces.csv".into(),
            ..Default::default()
        };
        let sheet = SourceFile {
            name: "export.xlsx › Traces".into(),
            sheet: Some("Traces".into()),
            ..Default::default()
        };
        let parquet = SourceFile {
            name: "traces.parquet".into(),
            numbering: RecordNumbering::ParquetRow,
            ..Default::default()
        };
        for file in [&csv, &sheet, &parquet] {
            for line in [1, 7, 12_345] {
                assert_eq!(source_place(file, line).text(Lang::En), file.place(line));
                for lang in Lang::ALL {
                    assert_eq!(
                        source_place(file, line).text(lang),
                        file.place_in(line, lang)
                    );
                }
            }
        }
        assert_eq!(
            source_place(&sheet, 7).text(Lang::Es),
            "export.xlsx › Traces › fila 7"
        );
    }
}
