//! The traces of a selection as an investigator reads them: one row per
//! trace with serial, purchaser, dealer and licence, dates and where the row
//! came from, with the redaction applied (hidden dealers and purchasers by
//! their stable aliases). The app's details table and its "copy" use it.

use std::cmp::Ordering;

use super::Redaction;
use super::aliases::PurchaserAliases;
use super::labels::{store_ffl, store_name};
use crate::format::span_of_days;
use crate::i18n::{Lang, calendar};
use crate::investigate::indicators::indicators_of;
use crate::model::Dataset;
use crate::msg_id;
use crate::t;

/// A column of the trace table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TraceColumn {
    /// The trace's id.
    Trace,
    /// Firearms the row stands for: shown for counted tables only.
    Firearms,
    /// The firearm's serial number.
    Serial,
    /// Its weapon class, by name.
    Class,
    /// Make and model.
    MakeModel,
    /// Calibre.
    Caliber,
    /// Who bought it.
    Purchaser,
    /// The dealer.
    Store,
    /// The dealer's licence number.
    Ffl,
    /// Where it was recovered.
    RecoveredAt,
    /// Purchase date.
    Bought,
    /// Recovery date.
    Recovered,
    /// Purchase to recovery.
    TimeToCrime,
    /// The case it belongs to.
    Case,
    /// The purchaser's name (an identifier: redacted).
    PurchaserName,
    /// The purchaser's date of birth (an identifier: redacted).
    PurchaserDob,
    /// The purchaser's address (an identifier: redacted).
    PurchaserAddress,
    /// The person found with the firearm (an identifier: redacted).
    Possessor,
    /// The seizure it was recovered in.
    RecoveryEvent,
    /// Whether its serial was obliterated.
    Obliterated,
    /// A NIBIN ballistic lead.
    NibinLead,
    /// The importer of a foreign-made firearm.
    Importer,
    /// The country it was made in.
    CountryOfOrigin,
    /// Its trafficking indicators.
    Indicators,
    /// File and line it was read from.
    Source,
}

impl TraceColumn {
    /// Every column, in table order.
    pub const ALL: [TraceColumn; 25] = [
        TraceColumn::Trace,
        TraceColumn::Firearms,
        TraceColumn::Serial,
        TraceColumn::Class,
        TraceColumn::MakeModel,
        TraceColumn::Caliber,
        TraceColumn::Purchaser,
        TraceColumn::Store,
        TraceColumn::Ffl,
        TraceColumn::RecoveredAt,
        TraceColumn::Bought,
        TraceColumn::Recovered,
        TraceColumn::TimeToCrime,
        TraceColumn::Case,
        TraceColumn::PurchaserName,
        TraceColumn::PurchaserDob,
        TraceColumn::PurchaserAddress,
        TraceColumn::Possessor,
        TraceColumn::RecoveryEvent,
        TraceColumn::Obliterated,
        TraceColumn::NibinLead,
        TraceColumn::Importer,
        TraceColumn::CountryOfOrigin,
        TraceColumn::Indicators,
        TraceColumn::Source,
    ];

    /// The column's header text.
    pub fn label(self, lang: Lang) -> String {
        let id = match self {
            TraceColumn::Trace => msg_id!("trace-column-trace"),
            TraceColumn::Firearms => msg_id!("trace-column-firearms"),
            TraceColumn::Serial => msg_id!("trace-column-serial"),
            TraceColumn::Class => msg_id!("trace-column-class"),
            TraceColumn::MakeModel => msg_id!("trace-column-make-model"),
            TraceColumn::Caliber => msg_id!("trace-column-caliber"),
            TraceColumn::Purchaser => msg_id!("trace-column-purchaser"),
            TraceColumn::Store => msg_id!("trace-column-store"),
            TraceColumn::Ffl => msg_id!("trace-column-ffl"),
            TraceColumn::RecoveredAt => msg_id!("trace-column-recovered-at"),
            TraceColumn::Bought => msg_id!("trace-column-bought"),
            TraceColumn::Recovered => msg_id!("trace-column-recovered"),
            TraceColumn::TimeToCrime => msg_id!("trace-column-time-to-crime"),
            TraceColumn::Case => msg_id!("trace-column-case"),
            TraceColumn::PurchaserName => msg_id!("trace-column-purchaser-name"),
            TraceColumn::PurchaserDob => msg_id!("trace-column-purchaser-dob"),
            TraceColumn::PurchaserAddress => msg_id!("trace-column-purchaser-address"),
            TraceColumn::Possessor => msg_id!("trace-column-possessor"),
            TraceColumn::RecoveryEvent => msg_id!("trace-column-recovery-event"),
            TraceColumn::Obliterated => msg_id!("trace-column-obliterated"),
            TraceColumn::NibinLead => msg_id!("trace-column-nibin-lead"),
            TraceColumn::Importer => msg_id!("trace-column-importer"),
            TraceColumn::CountryOfOrigin => msg_id!("trace-column-country-of-origin"),
            TraceColumn::Indicators => msg_id!("trace-column-indicators"),
            TraceColumn::Source => msg_id!("trace-column-source"),
        };
        crate::i18n::text(lang, id, &[])
    }

    /// Whether `dataset` has anything for this column: the investigative
    /// fields most files lack are left out when no trace has them.
    pub fn has_data(self, dataset: &Dataset) -> bool {
        let case = &dataset.traces.case;
        match self {
            TraceColumn::Firearms => dataset.traces.count.is_counted(),
            TraceColumn::PurchaserName => case.purchaser_name.is_filled(),
            TraceColumn::PurchaserDob => case.purchaser_dob.is_filled(),
            TraceColumn::PurchaserAddress => case.purchaser_address.is_filled(),
            TraceColumn::Possessor => case.possessor_name.is_filled(),
            TraceColumn::RecoveryEvent => case.recovery_event.is_filled(),
            TraceColumn::Obliterated => case.obliterated.is_filled(),
            TraceColumn::NibinLead => case.nibin_lead.is_filled(),
            TraceColumn::Importer => case.importer.is_filled(),
            TraceColumn::CountryOfOrigin => case.country_of_origin.is_filled(),
            _ => true,
        }
    }
}

/// What the cells need besides the trace: the data, the redaction and the
/// purchasers' aliases (built once per data).
pub struct TraceCells<'a> {
    /// The traces.
    pub dataset: &'a Dataset,
    /// What to hide.
    pub redaction: Redaction,
    /// Aliases of hidden purchasers.
    pub purchasers: &'a PurchaserAliases,
    /// The short time-to-crime threshold of the indicators column, in
    /// months (the filter's).
    pub short_ttc_months: u32,
    /// The language of the headers and of the cells Corridor writes
    /// (classes, dates, spans); data values stay as loaded.
    pub lang: Lang,
}

impl TraceCells<'_> {
    /// The text of one cell of dataset row `row`.
    pub fn cell(&self, row: u32, column: TraceColumn) -> String {
        let (dataset, redaction) = (self.dataset, self.redaction);
        let traces = &dataset.traces;
        let r = row as usize;
        let Some(&store) = traces.store.get(r) else {
            return String::new();
        };
        match column {
            TraceColumn::Trace => traces.trace_id.get(r).to_owned(),
            TraceColumn::Firearms => crate::format::thousands(traces.count(r)),
            TraceColumn::Serial => redaction.identifier(traces.serial.get(r)).into_owned(),
            TraceColumn::Class => traces.class[r].label(self.lang),
            TraceColumn::MakeModel => {
                let weapon = dataset.weapon_of(r);
                [dataset.str(weapon.make), dataset.str(weapon.model)]
                    .into_iter()
                    .filter(|s| !s.is_empty())
                    .collect::<Vec<_>>()
                    .join(" ")
            }
            TraceColumn::Caliber => dataset.str(dataset.weapon_of(r).caliber).to_owned(),
            TraceColumn::Purchaser => {
                let id = traces.purchaser[r];
                if redaction.identifiers {
                    self.purchasers.alias(id)
                } else {
                    dataset.str(id).to_owned()
                }
            }
            TraceColumn::Store => store_name(dataset, store, redaction),
            TraceColumn::Ffl => store_ffl(dataset, store, redaction),
            TraceColumn::RecoveredAt => dataset.site_label(traces.site[r]),
            TraceColumn::Bought => calendar::dated(
                self.lang,
                traces.date_spans(r).purchase,
                traces.purchase_date[r],
            ),
            TraceColumn::Recovered => calendar::dated(
                self.lang,
                traces.date_spans(r).recovery,
                traces.recovery_date[r],
            ),
            TraceColumn::TimeToCrime => traces
                .time_to_crime_days(r)
                .map(|d| span_of_days(f64::from(d), self.lang))
                .unwrap_or_default(),
            TraceColumn::Case => dataset.str(traces.case_id[r]).to_owned(),
            TraceColumn::PurchaserName => redaction
                .identifier(dataset.str(traces.case.purchaser_name.get(r)))
                .into_owned(),
            TraceColumn::PurchaserDob => redaction
                .identifier(&calendar::day(self.lang, traces.case.purchaser_dob.get(r)))
                .into_owned(),
            TraceColumn::PurchaserAddress => redaction
                .identifier(dataset.str(traces.case.purchaser_address.get(r)))
                .into_owned(),
            TraceColumn::Possessor => redaction
                .identifier(dataset.str(traces.case.possessor_name.get(r)))
                .into_owned(),
            TraceColumn::RecoveryEvent => dataset.str(traces.case.recovery_event.get(r)).to_owned(),
            TraceColumn::Obliterated => {
                if traces.case.obliterated.get(r) {
                    t!(self.lang, "common-yes")
                } else {
                    String::new()
                }
            }
            TraceColumn::NibinLead => dataset.str(traces.case.nibin_lead.get(r)).to_owned(),
            TraceColumn::Importer => dataset.str(traces.case.importer.get(r)).to_owned(),
            TraceColumn::CountryOfOrigin => {
                dataset.str(traces.case.country_of_origin.get(r)).to_owned()
            }
            TraceColumn::Indicators => indicators_of(dataset, r, self.short_ttc_months)
                .iter()
                .map(|indicator| indicator.label(self.lang))
                .collect::<Vec<_>>()
                .join(", "),
            TraceColumn::Source => {
                let source = traces.source(r);
                let name = dataset
                    .sources
                    .get(source.file as usize)
                    .map_or("", |s| s.name.as_str());
                format!("{name}:{}", source.line)
            }
        }
    }

    /// Sorts `rows` by a column: dates and time-to-crime by value, text
    /// case-blind; empty cells last either way; ties keep their order.
    ///
    /// ```
    /// use corridor_core::briefing::Redaction;
    /// use corridor_core::briefing::aliases::PurchaserAliases;
    /// use corridor_core::briefing::trace_table::{TraceCells, TraceColumn};
    /// let dataset = corridor_core::model::Dataset::default();
    /// let cells = TraceCells { dataset: &dataset, redaction: Redaction::NONE, purchasers: &PurchaserAliases::default(), short_ttc_months: 36, lang: corridor_core::i18n::Lang::En };
    /// let mut rows: Vec<u32> = Vec::new();
    /// cells.sort(&mut rows, TraceColumn::Bought, true);
    /// assert!(rows.is_empty());
    /// ```
    pub fn sort(&self, rows: &mut [u32], column: TraceColumn, descending: bool) {
        let traces = &self.dataset.traces;
        let directed = |o: Ordering| if descending { o.reverse() } else { o };
        // Known values first in the chosen direction, then unknown ones.
        let by = |a: Option<i64>, b: Option<i64>| match (a, b) {
            (Some(x), Some(y)) => directed(x.cmp(&y)),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => Ordering::Equal,
        };
        let day = |d: crate::model::Day| d.get().map(|d| i64::from(d.0));
        match column {
            TraceColumn::Bought => rows.sort_by(|&a, &b| {
                by(
                    day(traces.purchase_date[a as usize]),
                    day(traces.purchase_date[b as usize]),
                )
            }),
            TraceColumn::Recovered => rows.sort_by(|&a, &b| {
                by(
                    day(traces.recovery_date[a as usize]),
                    day(traces.recovery_date[b as usize]),
                )
            }),
            TraceColumn::Firearms => rows.sort_by(|&a, &b| {
                by(
                    Some(i64::from(traces.count(a as usize))),
                    Some(i64::from(traces.count(b as usize))),
                )
            }),
            TraceColumn::TimeToCrime => rows.sort_by(|&a, &b| {
                by(
                    traces.time_to_crime_days(a as usize).map(i64::from),
                    traces.time_to_crime_days(b as usize).map(i64::from),
                )
            }),
            _ => {
                let mut keyed: Vec<(String, u32)> = rows
                    .iter()
                    .map(|&r| (self.cell(r, column).to_lowercase(), r))
                    .collect();
                keyed.sort_by(|(x, _), (y, _)| match (x.is_empty(), y.is_empty()) {
                    (false, false) => directed(x.cmp(y)),
                    (false, true) => Ordering::Less,
                    (true, false) => Ordering::Greater,
                    (true, true) => Ordering::Equal,
                });
                for (slot, (_, r)) in rows.iter_mut().zip(keyed) {
                    *slot = r;
                }
            }
        }
    }

    /// The columns the table shows for this data: every column but the
    /// investigative fields no trace has.
    pub fn columns(&self) -> Vec<TraceColumn> {
        TraceColumn::ALL
            .into_iter()
            .filter(|c| c.has_data(self.dataset))
            .collect()
    }

    /// The rows as tab-separated text with a header line, for the
    /// clipboard (a spreadsheet pastes it as a table). Tabs and line breaks
    /// inside cells become spaces.
    pub fn tsv(&self, rows: &[u32]) -> String {
        let clean = |s: &str| s.replace(['\t', '\n', '\r'], " ");
        let columns = self.columns();
        let mut out = columns
            .iter()
            .map(|c| c.label(self.lang))
            .collect::<Vec<_>>()
            .join("\t");
        out.push('\n');
        for &row in rows {
            let line: Vec<String> = columns.iter().map(|&c| clean(&self.cell(row, c))).collect();
            out.push_str(&line.join("\t"));
            out.push('\n');
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_show_names_not_ids_and_hide_what_redaction_hides() {
        let dataset = crate::demo::load_demo_for_tests();
        let purchasers = PurchaserAliases::build(&dataset);
        let row = (0..dataset.traces.len() as u32)
            .find(|&r| {
                let r = r as usize;
                !dataset.traces.serial.get(r).is_empty()
                    && !dataset.traces.purchaser[r].is_empty()
                    && dataset.traces.time_to_crime_days(r).is_some()
            })
            .expect("a full demo row");
        let plain = TraceCells {
            dataset: &dataset,
            redaction: Redaction::NONE,
            purchasers: &purchasers,
            short_ttc_months: 36,
            lang: Lang::En,
        };
        let r = row as usize;
        assert_eq!(
            plain.cell(row, TraceColumn::Class),
            dataset.traces.class[r].label(Lang::En)
        );
        assert_eq!(
            plain.cell(row, TraceColumn::Serial),
            dataset.traces.serial.get(r)
        );
        assert!(
            plain
                .cell(row, TraceColumn::TimeToCrime)
                .contains(['d', 'm', 'y'])
        );
        let hidden = TraceCells {
            redaction: Redaction {
                identifiers: true,
                dealer_names: true,
            },
            ..plain
        };
        assert_eq!(hidden.cell(row, TraceColumn::Serial), "[redacted]");
        assert!(
            hidden
                .cell(row, TraceColumn::Purchaser)
                .starts_with("Purchaser ")
        );
        assert!(hidden.cell(row, TraceColumn::Store).starts_with("Dealer "));
        let tsv = hidden.tsv(&[row]);
        assert_eq!(tsv.lines().count(), 2);
        // The demo names purchasers and recovery events but no possessor or
        // NIBIN lead: only the filled columns are shown, and redaction hides
        // the person's name, date of birth and address.
        let columns = hidden.columns();
        assert!(columns.contains(&TraceColumn::Indicators));
        for shown in [
            TraceColumn::PurchaserName,
            TraceColumn::PurchaserDob,
            TraceColumn::PurchaserAddress,
        ] {
            assert!(columns.contains(&shown), "{shown:?}");
            assert!(!plain.cell(row, shown).is_empty(), "{shown:?}");
            assert_eq!(hidden.cell(row, shown), "[redacted]", "{shown:?}");
        }
        assert!(!columns.contains(&TraceColumn::Possessor));
        assert!(!columns.contains(&TraceColumn::NibinLead));
        assert_eq!(
            tsv.lines().nth(1).map(|l| l.split('\t').count()),
            Some(columns.len())
        );
        assert!(!tsv.contains(dataset.traces.serial.get(r)));
    }

    #[test]
    fn sorting_by_date_puts_unknown_last_both_ways() {
        let dataset = crate::demo::load_demo_for_tests();
        let purchasers = PurchaserAliases::default();
        let cells = TraceCells {
            dataset: &dataset,
            redaction: Redaction::NONE,
            purchasers: &purchasers,
            short_ttc_months: 36,
            lang: Lang::En,
        };
        let mut rows: Vec<u32> = (0..200).collect();
        cells.sort(&mut rows, TraceColumn::Bought, false);
        let days: Vec<_> = rows
            .iter()
            .map(|&r| dataset.traces.purchase_date[r as usize].get())
            .collect();
        let known: Vec<_> = days.iter().flatten().collect();
        assert!(known.windows(2).all(|w| w[0] <= w[1]));
        cells.sort(&mut rows, TraceColumn::Bought, true);
        let first = dataset.traces.purchase_date[rows[0] as usize];
        assert_eq!(first.get(), days.iter().flatten().max().copied());
        cells.sort(&mut rows, TraceColumn::Trace, false);
        let ids: Vec<String> = rows
            .iter()
            .map(|&r| dataset.traces.trace_id.get(r as usize).to_lowercase())
            .collect();
        assert!(ids.windows(2).all(|w| w[0] <= w[1]));
    }
}
