//! The traces behind the selected store, site or flow.

use egui::{RichText, Ui};
use egui_extras::{Column, TableBuilder};

use super::tooltip::{class_counts_ui, sum_classes};
use crate::aggregate::TraceFilter;
use crate::aggregate::flows::matching_traces;
use crate::app::commands::Command;
use crate::app::corridor_app::CorridorApp;
use crate::app::format::{plural, thousands};
use crate::model::{Dataset, Precision, SiteId, SourceRef, StoreId};
use crate::scene::hit::Hit;

/// The selected traces, found once per selection rather than every frame.
#[derive(Default)]
pub struct DetailsCache {
    key: Option<(Hit, u64, TraceFilter)>,
    pub rows: Vec<u32>,
}

impl DetailsCache {
    fn refresh(
        &mut self,
        app_hit: Hit,
        version: u64,
        filter: &TraceFilter,
        dataset: &Dataset,
        flow_pair: Option<(StoreId, SiteId)>,
    ) {
        let key = (app_hit, version, filter.clone());
        if self.key.as_ref() == Some(&key) {
            return;
        }
        self.rows = match app_hit {
            Hit::Store(id) => matching_traces(dataset, filter, |store, _| store.0 == id),
            Hit::Site(id) => matching_traces(dataset, filter, |_, site| site.0 == id),
            Hit::Flow(_) => match flow_pair {
                Some((s, r)) => {
                    matching_traces(dataset, filter, |store, site| store == s && site == r)
                }
                None => Vec::new(),
            },
        };
        self.key = Some(key);
    }
}

pub fn details_panel_ui(ui: &mut Ui, app: &mut CorridorApp) {
    let Some(hit) = app.selection else { return };
    let mut commands = Vec::new();
    let dataset = &app.data.dataset;
    let summary = &app.view.summary;
    let flow_pair = match hit {
        Hit::Flow(i) => summary.flows.get(i).map(|f| (f.store, f.site)),
        _ => None,
    };
    app.details.refresh(
        hit,
        app.data.version,
        &app.settings.filter,
        dataset,
        flow_pair,
    );

    ui.horizontal(|ui| {
        ui.heading(match hit {
            Hit::Store(_) => "Store",
            Hit::Site(_) => "Recovery site",
            Hit::Flow(_) => "Flow",
        });
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui
                .button("Close")
                .on_hover_text("Close details (Esc)")
                .clicked()
            {
                commands.push(Command::Select(None));
            }
        });
    });
    match hit {
        Hit::Store(id) => {
            store_facts_ui(ui, dataset, StoreId(id));
            class_counts_ui(ui, &sum_classes(summary, |f| f.store.0 == id));
        }
        Hit::Site(id) => {
            site_facts_ui(ui, dataset, SiteId(id));
            class_counts_ui(ui, &sum_classes(summary, |f| f.site.0 == id));
        }
        Hit::Flow(i) => {
            if let Some(flow) = summary.flows.get(i) {
                ui.label(RichText::new("From").weak());
                store_facts_ui(ui, dataset, flow.store);
                ui.label(RichText::new("To").weak());
                site_facts_ui(ui, dataset, flow.site);
                class_counts_ui(ui, &flow.by_class);
            }
        }
    }
    ui.separator();
    let rows = &app.details.rows;
    ui.label(
        RichText::new(format!(
            "{} in the current filter",
            plural(rows.len() as u64, "trace", "traces")
        ))
        .strong(),
    );
    traces_table_ui(ui, dataset, rows, hit);
    for command in commands {
        app.push(command);
    }
}

fn store_facts_ui(ui: &mut Ui, dataset: &Dataset, id: StoreId) {
    let store = dataset.store(id);
    ui.label(RichText::new(dataset.store_label(id)).strong());
    let ffl = dataset.str(store.ffl);
    if !ffl.is_empty() {
        ui.label(format!("FFL {ffl}"));
    }
    location_ui(ui, store.lat_deg, store.lon_deg, store.precision);
    source_ui(ui, dataset, store.source);
}

fn site_facts_ui(ui: &mut Ui, dataset: &Dataset, id: SiteId) {
    let site = dataset.site(id);
    ui.label(RichText::new(dataset.site_label(id)).strong());
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

fn traces_table_ui(ui: &mut Ui, dataset: &Dataset, rows: &[u32], hit: Hit) {
    let traces = &dataset.traces;
    let counterpart = match hit {
        Hit::Store(_) => "Recovered at",
        Hit::Site(_) => "Bought at",
        Hit::Flow(_) => "Case",
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
                    counterpart,
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
                        let text = match hit {
                            Hit::Store(_) => dataset.site_label(traces.site[r]),
                            Hit::Site(_) => dataset.store_label(traces.store[r]),
                            Hit::Flow(_) => dataset.str(traces.case_id[r]).to_owned(),
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
