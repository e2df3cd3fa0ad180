//! The overlaps table: the same firearm, purchaser or store held by two or
//! more agencies, each record with its agency, file and line. A click
//! selects and frames the records' stores and sites.

use egui::Ui;
use egui_extras::{Column, TableBuilder};

use crate::app::background::{Background, RunOn};
use crate::app::commands::Command;
use crate::app::data::LoadedData;
use crate::tr;
use corridor_core::briefing::Redaction;
use corridor_core::investigate::deconflict::summary;
use corridor_core::investigate::{MatchStrength, Overlap, OverlapKind, deconflict};
use corridor_core::model::Dataset;
use corridor_core::task::TaskFailure;

/// Row height: one line of body text and a little air.
const ROW_HEIGHT: f32 = 20.0;

/// Thread name of the deconfliction task.
pub const OVERLAPS_TASK: &str = "corridor-overlaps";

/// The overlaps of the loaded data, found on a worker for big data.
pub struct OverlapsTable {
    found: Background<u64, Vec<Overlap>>,
    /// The overlaps each trace (dataset row) is part of, by index.
    by_row: rustc_hash::FxHashMap<u32, Vec<usize>>,
}

impl Default for OverlapsTable {
    fn default() -> Self {
        Self {
            found: Background::new(OVERLAPS_TASK, "finding overlaps between agencies"),
            by_row: Default::default(),
        }
    }
}

impl OverlapsTable {
    /// The overlaps last found.
    pub fn overlaps(&self) -> &[Overlap] {
        self.found.value().map_or(&[], Vec::as_slice)
    }

    /// A failed search, once (for a notice).
    pub fn take_failure(&mut self) -> Option<TaskFailure> {
        self.found.take_failure()
    }

    /// The data version the overlaps shown were found for.
    pub fn found_for(&self) -> Option<u64> {
        self.found.shown_key().copied()
    }

    pub fn is_updating(&self) -> bool {
        self.found.is_updating()
    }

    /// Finds the overlaps again when the data changed.
    pub fn refresh(
        &mut self,
        data: &LoadedData,
        run_on: RunOn<'_>,
        repaint: impl FnOnce() + Send + 'static,
    ) {
        let dataset = data.dataset().clone();
        if self
            .found
            .request(&data.version, run_on, move || deconflict(&dataset), repaint)
        {
            let mut by_row: rustc_hash::FxHashMap<u32, Vec<usize>> = Default::default();
            for (i, overlap) in self.overlaps().iter().enumerate() {
                for record in &overlap.records {
                    by_row.entry(record.row).or_default().push(i);
                }
            }
            self.by_row = by_row;
        }
    }

    /// The overlaps trace `row` is part of.
    pub fn of_row(&self, row: u32) -> impl Iterator<Item = &Overlap> {
        let overlaps = self.overlaps();
        self.by_row
            .get(&row)
            .into_iter()
            .flatten()
            .filter_map(move |&i| overlaps.get(i))
    }
}

/// What the overlaps panel shows.
pub struct OverlapsContext<'a> {
    pub table: &'a OverlapsTable,
    pub dataset: &'a Dataset,
    /// Purchaser names hidden.
    pub redaction: Redaction,
}

/// What an overlap is of, in words: firearm, purchaser, store.
pub fn kind_text(kind: OverlapKind) -> String {
    match kind {
        OverlapKind::Firearm => tr!("tables-overlap-firearm"),
        OverlapKind::Purchaser => tr!("tables-overlap-purchaser"),
        OverlapKind::Store => tr!("tables-overlap-store"),
    }
}

/// How sure a match is, in words: exact, probable.
pub fn strength_text(strength: MatchStrength) -> String {
    match strength {
        MatchStrength::Exact => tr!("tables-match-exact"),
        MatchStrength::Probable => tr!("tables-match-probable"),
    }
}

/// One record as the table shows it: agency, id, file and line.
fn record_text(dataset: &Dataset, overlap: &Overlap, redaction: Redaction) -> String {
    overlap
        .records
        .iter()
        .map(|record| {
            let source = dataset.traces.source(record.row as usize);
            let file = dataset
                .sources
                .get(usize::from(source.file))
                .map_or("", |s| s.name.as_str());
            let id = if overlap.kind == OverlapKind::Purchaser {
                redaction.identifier(&record.id).into_owned()
            } else {
                record.id.clone()
            };
            format!("{} {id} ({file}:{})", record.agency, source.line)
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// The overlaps table under the map.
pub fn overlaps_panel_ui(ui: &mut Ui, context: &OverlapsContext<'_>, commands: &mut Vec<Command>) {
    let table = context.table;
    let overlaps = table.overlaps();
    let counts = summary(overlaps);
    ui.horizontal(|ui| {
        let parts: Vec<String> = OverlapKind::ALL
            .into_iter()
            .map(|kind| {
                let [exact, probable] = counts[kind as usize];
                // The counts as written so far: not grouped.
                tr!(
                    "tables-overlaps-kind-counts",
                    kind = kind_text(kind),
                    exact = exact.to_string(),
                    probable = probable.to_string()
                )
            })
            .collect();
        ui.label(tr!("tables-overlaps-summary", counts = parts.join(" · ")))
            .on_hover_text(tr!("tables-overlaps-hover"));
        if table.is_updating() {
            ui.spinner();
        }
    });
    ui.add_space(4.0);
    let dataset = context.dataset;
    TableBuilder::new(ui)
        .id_salt("overlaps-table")
        .striped(true)
        .resizable(true)
        .sense(egui::Sense::click())
        .column(Column::initial(80.0).at_least(60.0))
        .column(Column::initial(70.0).at_least(60.0))
        .column(Column::initial(50.0).at_least(40.0))
        .column(Column::initial(120.0).at_least(60.0).clip(true))
        .column(Column::remainder().at_least(200.0).clip(true))
        .header(ROW_HEIGHT + 4.0, |mut header| {
            for title in [
                tr!("tables-overlaps-what"),
                tr!("tables-overlaps-match"),
                tr!("tables-overlaps-score"),
                tr!("tables-overlaps-agencies"),
                tr!("tables-overlaps-records"),
            ] {
                header.col(|ui| {
                    ui.strong(title);
                });
            }
        })
        .body(|body| {
            body.rows(ROW_HEIGHT, overlaps.len(), |mut row| {
                let index = row.index();
                let Some(overlap) = overlaps.get(index) else {
                    return;
                };
                let mut clicked = false;
                row.col(|ui| {
                    clicked |= ui
                        .selectable_label(false, kind_text(overlap.kind))
                        .on_hover_text(tr!("tables-overlaps-row-hover"))
                        .clicked();
                });
                row.col(|ui| {
                    ui.label(strength_text(overlap.strength));
                });
                row.col(|ui| {
                    ui.label(format!("{:.2}", overlap.score));
                });
                row.col(|ui| {
                    ui.label(overlap.agencies.join(", "));
                });
                row.col(|ui| {
                    ui.label(record_text(dataset, overlap, context.redaction));
                });
                if clicked || row.response().clicked() {
                    commands.push(Command::SelectOverlap(index));
                }
            });
        });
}
