//! The traces behind the selection: stores, sites, clusters or a flow.

use egui::{RichText, Ui};
use egui_extras::{Column, TableBuilder};

use super::tooltip::class_counts_ui;
use crate::app::commands::Command;
use crate::app::data::LoadedData;
use crate::app::format::{plural, thousands};
use corridor_core::aggregate::flows::{ClassCounts, matching_traces};
use corridor_core::aggregate::{Selection, TraceFilter};
use corridor_core::briefing::Redaction;
use corridor_core::briefing::labels::{store_ffl, store_label};
use corridor_core::model::{Dataset, Precision, SiteId, SourceRef, StoreId, WeaponClass};

/// The selected traces, found once per selection rather than every frame.
#[derive(Default)]
pub struct DetailsCache {
    key: Option<(Selection, u64, TraceFilter)>,
    pub rows: Vec<u32>,
    pub classes: ClassCounts,
}

impl DetailsCache {
    /// Finds the selection's traces in the filter again when any of them changed.
    pub fn refresh(&mut self, selection: &Selection, data: &LoadedData, filter: &TraceFilter) {
        let dataset = data.dataset();
        let key = (selection.clone(), data.version, filter.clone());
        if self.key.as_ref() == Some(&key) {
            return;
        }
        self.rows = matching_traces(dataset, filter, |store, site| {
            selection.keeps_trace(store, site)
        });
        self.classes = [0; WeaponClass::COUNT];
        for &row in &self.rows {
            self.classes[dataset.traces.class[row as usize].index()] += 1;
        }
        self.key = Some(key);
    }
}

/// Names of up to a few locations, then how many more.
fn names(labels: impl Iterator<Item = String>, total: usize) -> String {
    let shown: Vec<String> = labels.take(4).collect();
    let more = total.saturating_sub(shown.len());
    if more == 0 {
        shown.join("; ")
    } else {
        format!("{}; and {} more", shown.join("; "), thousands(more as u64))
    }
}

/// What the details panel shows.
pub struct DetailsContext<'a> {
    /// The traces, stores and sites.
    pub dataset: &'a Dataset,
    /// What is selected.
    pub selection: &'a Selection,
    /// The selection's traces in the filter.
    pub details: &'a DetailsCache,
    /// Identifiers hidden.
    pub redaction: Redaction,
}

/// The selection's stores or sites and its traces.
pub fn details_panel_ui(ui: &mut Ui, context: &DetailsContext<'_>, commands: &mut Vec<Command>) {
    let DetailsContext {
        dataset,
        selection,
        details,
        redaction,
    } = *context;
    if selection.is_empty() {
        return;
    }

    ui.horizontal(|ui| {
        ui.heading(
            match (
                selection.stores.len(),
                selection.sites.len(),
                selection.between,
            ) {
                (_, _, true) => "Flow",
                (1, 0, _) => "Store",
                (0, 1, _) => "Recovery site",
                (_, 0, _) => "Stores",
                (0, _, _) => "Recovery sites",
                _ => "Selection",
            },
        );
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui
                .button("Close")
                .on_hover_text("Clear the selection (Esc)")
                .clicked()
            {
                commands.push(Command::Select(None));
            }
            if super::fold_strip::arrow_button(
                ui,
                super::fold_strip::Arrow::Right,
                "Fold the details",
                "Fold the details to a strip (the selection stays)",
            )
            .clicked()
            {
                commands.push(Command::SetDetailsFold(crate::app::settings::Fold::Folded));
            }
        });
    });
    // The breadcrumb: what is selected, in words.
    if !selection.stores.is_empty() {
        let label = names(
            selection
                .stores
                .iter()
                .map(|&s| store_label(dataset, StoreId(s), redaction)),
            selection.stores.len(),
        );
        ui.label(RichText::new(format!("From: {label}")).strong());
    }
    if !selection.sites.is_empty() {
        let label = names(
            selection
                .sites
                .iter()
                .map(|&s| dataset.site_label(SiteId(s))),
            selection.sites.len(),
        );
        ui.label(
            RichText::new(format!(
                "{}: {label}",
                if selection.between { "To" } else { "At" }
            ))
            .strong(),
        );
    }
    if selection.stores.len() == 1 && selection.sites.is_empty() {
        if let Some(&store) = selection.stores.first() {
            store_facts_ui(ui, dataset, StoreId(store), redaction);
        }
    } else if selection.sites.len() == 1
        && selection.stores.is_empty()
        && let Some(&site) = selection.sites.first()
    {
        site_facts_ui(ui, dataset, SiteId(site));
    }
    class_counts_ui(ui, &details.classes);
    ui.separator();
    let rows = &details.rows;
    ui.label(
        RichText::new(format!(
            "{} in the current filter",
            plural(rows.len() as u64, "trace", "traces")
        ))
        .strong(),
    );
    let counterpart = if selection.sites.is_empty() {
        Counterpart::Site
    } else if selection.stores.is_empty() {
        Counterpart::Store
    } else {
        Counterpart::Case
    };
    traces_table_ui(ui, dataset, rows, counterpart, redaction);
}

/// What the table's second-to-last column shows.
#[derive(Clone, Copy)]
enum Counterpart {
    Site,
    Store,
    Case,
}

fn store_facts_ui(ui: &mut Ui, dataset: &Dataset, id: StoreId, redaction: Redaction) {
    let store = dataset.store(id);
    let ffl = store_ffl(dataset, id, redaction);
    if !ffl.is_empty() {
        ui.label(format!("FFL {ffl}"));
    }
    location_ui(ui, store.lat_deg, store.lon_deg, store.precision);
    source_ui(ui, dataset, store.source);
}

fn site_facts_ui(ui: &mut Ui, dataset: &Dataset, id: SiteId) {
    let site = dataset.site(id);
    if let Some(date) = site.date.get() {
        ui.label(format!("Recovered {}", date.iso()));
    }
    let description = dataset.str(site.description);
    if !description.is_empty() {
        ui.label(description);
    }
    location_ui(ui, site.lat_deg, site.lon_deg, site.precision);
    source_ui(ui, dataset, site.source);
}

fn location_ui(ui: &mut Ui, lat_deg: f64, lon_deg: f64, precision: Precision) {
    ui.label(format!(
        "{lat_deg:.5}, {lon_deg:.5} ({} location)",
        precision.id()
    ));
}

fn source_ui(ui: &mut Ui, dataset: &Dataset, source: SourceRef) {
    if let Some(file) = dataset.sources.get(source.file as usize) {
        ui.label(RichText::new(format!("Source: {} line {}", file.name, source.line)).small())
            .on_hover_text(format!("{}\nSHA-256 {}", file.path.display(), file.sha256));
    }
}

fn traces_table_ui(
    ui: &mut Ui,
    dataset: &Dataset,
    rows: &[u32],
    counterpart: Counterpart,
    redaction: Redaction,
) {
    let traces = &dataset.traces;
    let column = match counterpart {
        Counterpart::Site => "Recovered at",
        Counterpart::Store => "Bought at",
        Counterpart::Case => "Case",
    };
    egui::ScrollArea::horizontal().show(ui, |ui| {
        TableBuilder::new(ui)
            .striped(true)
            .resizable(true)
            .column(Column::auto().at_least(80.0))
            .column(Column::auto().at_least(70.0))
            .column(Column::auto().at_least(110.0))
            .column(Column::auto().at_least(60.0))
            .column(Column::auto().at_least(80.0))
            .column(Column::auto().at_least(80.0))
            .column(Column::auto().at_least(50.0))
            .column(Column::auto().at_least(140.0))
            .column(Column::auto().at_least(90.0))
            .header(20.0, |mut header| {
                for title in [
                    "Trace",
                    "Class",
                    "Make / model",
                    "Caliber",
                    "Bought",
                    "Recovered",
                    "Days",
                    column,
                    "Source",
                ] {
                    header.col(|ui| {
                        ui.strong(title);
                    });
                }
            })
            .body(|body| {
                body.rows(18.0, rows.len(), |mut row| {
                    let r = rows[row.index()] as usize;
                    row.col(|ui| {
                        ui.label(traces.trace_id.get(r));
                    });
                    row.col(|ui| {
                        ui.label(traces.class[r].id());
                    });
                    row.col(|ui| {
                        ui.label(format!(
                            "{} {}",
                            dataset.str(dataset.weapon_of(r).make),
                            dataset.str(dataset.weapon_of(r).model)
                        ));
                    });
                    row.col(|ui| {
                        ui.label(dataset.str(dataset.weapon_of(r).caliber));
                    });
                    row.col(|ui| {
                        ui.label(traces.purchase_date[r].iso());
                    });
                    row.col(|ui| {
                        ui.label(traces.recovery_date[r].iso());
                    });
                    row.col(|ui| {
                        ui.label(
                            traces
                                .time_to_crime_days(r)
                                .map(|d| thousands(d.max(0) as u64))
                                .unwrap_or_default(),
                        );
                    });
                    row.col(|ui| {
                        let text = match counterpart {
                            Counterpart::Site => dataset.site_label(traces.site[r]),
                            Counterpart::Store => store_label(dataset, traces.store[r], redaction),
                            Counterpart::Case => dataset.str(traces.case_id[r]).to_owned(),
                        };
                        ui.label(text);
                    });
                    row.col(|ui| {
                        let source = traces.source(r);
                        let name = dataset
                            .sources
                            .get(source.file as usize)
                            .map_or("", |s| s.name.as_str());
                        ui.label(format!("{name}:{}", source.line));
                    });
                });
            });
    });
}
