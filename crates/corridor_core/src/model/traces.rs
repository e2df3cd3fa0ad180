//! Traced firearms stored column-wise.
//!
//! Filtering a million traces by weapon class then reads one byte per trace,
//! and every string that repeats is a 4-byte [`StrId`].

use super::case_fields::{CaseColumns, CaseValues};
use super::counts::Counts;
use super::date_span::{DateSpans, SpanColumn};
use super::day::{Day, time_to_crime_days};
use super::interner::StrId;
use super::location::{SiteId, StoreId};
use super::provenance::SourceRef;
use super::text_column::TextColumn;
use super::weapon::WeaponId;
use super::weapon_class::WeaponClass;
use crate::investigate::indicators::IndicatorSet;

/// One trace's fields, as handed to [`TraceColumns::push`].
#[derive(Clone, Debug)]
pub struct TraceRow<'a> {
    /// Trace number (the importer puts `FILE:LINE` in place of a missing one).
    pub trace_id: &'a str,
    /// Serial number; may be empty.
    pub serial: &'a str,
    /// The weapon description, an index into
    /// [`crate::model::Dataset::weapons`].
    pub weapon: WeaponId,
    /// The class of that weapon description.
    pub class: WeaponClass,
    /// Date the firearm was bought, or [`Day::NONE`].
    pub purchase_date: Day,
    /// Date it was recovered, or [`Day::NONE`].
    pub recovery_date: Day,
    /// The store where it was bought.
    pub store: StoreId,
    /// The site where it was recovered.
    pub site: SiteId,
    /// Purchaser id; [`StrId::EMPTY`] when not given.
    pub purchaser: StrId,
    /// Investigation case number; [`StrId::EMPTY`] when not given.
    pub case_id: StrId,
    /// Agency named on the trace (e.g. `ATF`); [`StrId::EMPTY`] when not given.
    pub agency: StrId,
    /// Purchaser's name, date of birth and address, possessor, recovery
    /// event, obliterated serial, NIBIN lead.
    pub case: CaseValues,
    /// File and line the trace was read from.
    pub source: SourceRef,
    /// Firearms the row stands for: 1 for a row per firearm, more for a
    /// row of a counted table.
    pub count: u32,
    /// Whether the dates are days, or only months or years.
    pub date_spans: DateSpans,
}

/// Every trace, one vector per field: row `i` (counting from 0) of each
/// column belongs to the same trace.
#[derive(Clone, Debug, Default)]
pub struct TraceColumns {
    /// Trace numbers.
    pub trace_id: TextColumn,
    /// Serial numbers; empty where not given.
    pub serial: TextColumn,
    /// Index into [`crate::model::Dataset::weapons`]: the source's weapon
    /// type, make, model and caliber.
    pub weapon: Vec<WeaponId>,
    /// Copied from the weapon, one byte, so filtering by class reads only this.
    pub class: Vec<WeaponClass>,
    /// Purchase date of each trace, or [`Day::NONE`].
    pub purchase_date: Vec<Day>,
    /// Recovery date of each trace, or [`Day::NONE`].
    pub recovery_date: Vec<Day>,
    /// Store where each firearm was bought.
    pub store: Vec<StoreId>,
    /// Site where each firearm was recovered.
    pub site: Vec<SiteId>,
    /// Purchaser id of each trace; [`StrId::EMPTY`] when not given.
    pub purchaser: Vec<StrId>,
    /// Investigation case number of each trace; [`StrId::EMPTY`] when not
    /// given.
    pub case_id: Vec<StrId>,
    /// Agency named on each trace; [`StrId::EMPTY`] when not given.
    pub agency: Vec<StrId>,
    /// The investigative fields most files lack, in sparse columns.
    pub case: CaseColumns,
    /// The trafficking indicators of each trace that do not depend on a
    /// setting (all but a short time-to-crime), set once the load is done
    /// (`crate::investigate::stored_indicators`); empty until then.
    pub indicators: Vec<IndicatorSet>,
    /// Source file of each trace, an index into
    /// [`crate::model::Dataset::sources`].
    pub source_file: Vec<u16>,
    /// Line of each trace in its source file, counting from 1.
    pub source_line: Vec<u32>,
    /// Firearms each row stands for (rows of counted tables); empty while
    /// every row is one firearm.
    pub count: Counts,
    /// Which dates are only a month or a year (tables of counts); empty
    /// while every date is a day.
    pub date_spans: SpanColumn,
}

impl TraceColumns {
    /// Number of traces.
    pub fn len(&self) -> usize {
        self.class.len()
    }

    /// True when there are no traces.
    pub fn is_empty(&self) -> bool {
        self.class.is_empty()
    }

    /// Appends one trace to every column.
    pub fn push(&mut self, row: TraceRow<'_>) {
        self.count.push(self.len(), row.count);
        self.date_spans.push(self.len(), row.date_spans);
        self.trace_id.push(row.trace_id);
        self.serial.push(row.serial);
        self.weapon.push(row.weapon);
        self.class.push(row.class);
        self.purchase_date.push(row.purchase_date);
        self.recovery_date.push(row.recovery_date);
        self.store.push(row.store);
        self.site.push(row.site);
        self.purchaser.push(row.purchaser);
        self.case_id.push(row.case_id);
        self.agency.push(row.agency);
        self.case.push(row.case);
        self.source_file.push(row.source.file);
        self.source_line.push(row.source.line);
    }

    /// File and line trace `row` was read from. Panics if `row` is out of range.
    pub fn source(&self, row: usize) -> SourceRef {
        SourceRef {
            file: self.source_file[row],
            line: self.source_line[row],
        }
    }

    /// Firearms row `row` stands for (1 unless it is a counted row).
    pub fn count(&self, row: usize) -> u32 {
        self.count.get(row)
    }

    /// Firearms in all: the sum of the counts (the number of rows when
    /// nothing is counted).
    pub fn firearms(&self) -> u64 {
        self.count.firearms(self.len())
    }

    /// The stored indicators of trace `row` (none before they are set).
    pub fn indicators(&self, row: usize) -> IndicatorSet {
        self.indicators.get(row).copied().unwrap_or_default()
    }

    /// Recovery date minus purchase date, in days; `None` unless both are
    /// known to the day.
    pub fn time_to_crime_days(&self, row: usize) -> Option<i32> {
        if !self.date_spans.get(row).both_days() {
            return None;
        }
        time_to_crime_days(self.purchase_date[row], self.recovery_date[row])
    }

    /// Firearms of the rows `rows` (dataset row numbers): what a filter's
    /// or a selection's rows stand for.
    pub fn firearms_of(&self, rows: &[u32]) -> u64 {
        rows.iter()
            .map(|&row| u64::from(self.count(row as usize)))
            .sum()
    }

    /// Whether trace `row`'s dates are days, months or years.
    pub fn date_spans(&self, row: usize) -> DateSpans {
        self.date_spans.get(row)
    }

    /// Heap bytes held by the columns (strings of interned ids excluded).
    pub fn heap_bytes(&self) -> usize {
        fn v<T>(column: &Vec<T>) -> usize {
            column.capacity() * std::mem::size_of::<T>()
        }
        self.trace_id.heap_bytes()
            + self.serial.heap_bytes()
            + v(&self.weapon)
            + v(&self.class)
            + v(&self.purchase_date)
            + v(&self.recovery_date)
            + v(&self.store)
            + v(&self.site)
            + v(&self.purchaser)
            + v(&self.case_id)
            + v(&self.agency)
            + self.case.heap_bytes()
            + v(&self.indicators)
            + v(&self.source_file)
            + v(&self.source_line)
            + self.count.heap_bytes()
            + self.date_spans.heap_bytes()
    }

    /// Makes room for `rows` more traces, counting about 12 bytes for each trace
    /// id and serial number.
    pub fn reserve(&mut self, rows: usize) {
        self.trace_id.reserve(rows, 12);
        self.serial.reserve(rows, 12);
        self.weapon.reserve(rows);
        self.class.reserve(rows);
        self.purchase_date.reserve(rows);
        self.recovery_date.reserve(rows);
        self.store.reserve(rows);
        self.site.reserve(rows);
        self.purchaser.reserve(rows);
        self.case_id.reserve(rows);
        self.agency.reserve(rows);
        self.source_file.reserve(rows);
        self.source_line.reserve(rows);
        self.count.reserve(rows);
        self.date_spans.reserve(rows);
    }

    /// Frees spare capacity in every column, once loading is done.
    pub fn shrink_to_fit(&mut self) {
        self.trace_id.shrink_to_fit();
        self.serial.shrink_to_fit();
        self.weapon.shrink_to_fit();
        self.class.shrink_to_fit();
        self.purchase_date.shrink_to_fit();
        self.recovery_date.shrink_to_fit();
        self.store.shrink_to_fit();
        self.site.shrink_to_fit();
        self.purchaser.shrink_to_fit();
        self.case_id.shrink_to_fit();
        self.agency.shrink_to_fit();
        self.case.shrink_to_fit();
        self.indicators.shrink_to_fit();
        self.source_file.shrink_to_fit();
        self.source_line.shrink_to_fit();
        self.count.shrink_to_fit();
        self.date_spans.shrink_to_fit();
    }
}
