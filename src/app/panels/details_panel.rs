//! The traces behind the selection: stores, sites, clusters or a flow.

use egui::{RichText, Ui};
use egui_extras::{Column, TableBuilder};

use crate::app::commands::Command;
use crate::app::data::LoadedData;
use crate::app::format::traces_in_rows;
use crate::tr;
use corridor_core::aggregate::flows::{ClassCounts, matching_traces};
use corridor_core::aggregate::{Selection, TraceFilter};
use corridor_core::briefing::Redaction;
use corridor_core::briefing::aliases::PurchaserAliases;
use corridor_core::briefing::labels::{store_ffl, store_label};
use corridor_core::briefing::trace_table::{TraceCells, TraceColumn};
use corridor_core::i18n::calendar;
use corridor_core::model::{Dataset, Precision, SiteId, SourceRef, StoreId, WeaponClass};
use std::sync::Arc;

use super::overlaps_panel::OverlapsTable;
use corridor_core::investigate::Networks;

/// The selected traces, found once per selection rather than every frame.
#[derive(Default)]
pub struct DetailsCache {
    key: Option<(Selection, u64, TraceFilter)>,
    /// The traces (dataset rows), in the order shown.
    pub rows: Vec<u32>,
    /// Their firearms by class (a counted row counts its count).
    pub classes: ClassCounts,
    /// Their firearms in all.
    pub firearms: u64,
    /// The column the table is sorted by, and whether largest first.
    pub sort: Option<(TraceColumn, bool)>,
    sorted_as: Option<((TraceColumn, bool), Redaction)>,
    /// Aliases of the data's purchasers, for a redacted table.
    purchasers: Option<(u64, Arc<PurchaserAliases>)>,
    /// The filter's short time-to-crime threshold, for the indicators
    /// column.
    pub short_ttc_months: u32,
}

impl DetailsCache {
    /// Finds the selection's traces in the filter again when any of them
    /// changed, and sorts them when asked to.
    pub fn refresh(
        &mut self,
        selection: &Selection,
        data: &LoadedData,
        filter: &TraceFilter,
        redaction: Redaction,
    ) {
        let dataset = data.dataset();
        // Numbering the purchasers is a pass over every trace: only when
        // the table shows aliases, once per data.
        let stale = self
            .purchasers
            .as_ref()
            .is_none_or(|(version, _)| *version != data.version);
        if redaction.identifiers && stale {
            self.purchasers = Some((data.version, Arc::new(PurchaserAliases::build(dataset))));
        }
        self.short_ttc_months = filter.short_ttc_months;
        let key = (selection.clone(), data.version, filter.clone());
        if self.key.as_ref() != Some(&key) {
            self.rows = matching_traces(dataset, filter, |store, site| {
                selection.keeps_trace(store, site)
            });
            self.classes = [0; WeaponClass::COUNT];
            self.firearms = 0;
            for &row in &self.rows {
                let firearms = dataset.traces.count(row as usize);
                self.classes[dataset.traces.class[row as usize].index()] += firearms;
                self.firearms += u64::from(firearms);
            }
            self.key = Some(key);
            self.sorted_as = None;
        }
        if let Some(sort) = self.sort
            && self.sorted_as != Some((sort, redaction))
        {
            let purchasers = self.purchasers();
            let cells = TraceCells {
                dataset,
                redaction,
                purchasers: &purchasers,
                short_ttc_months: filter.short_ttc_months,
                lang: crate::app::i18n::lang(),
            };
            cells.sort(&mut self.rows, sort.0, sort.1);
            self.sorted_as = Some((sort, redaction));
        }
    }

    /// The purchasers' aliases of the data last refreshed.
    pub fn purchasers(&self) -> Arc<PurchaserAliases> {
        self.purchasers
            .as_ref()
            .map_or_else(Default::default, |(_, p)| p.clone())
    }

    /// A click on a header: that column, the other way round when it is
    /// already the one sorted by.
    pub fn sort_by(&mut self, column: TraceColumn) {
        self.sort = Some(match self.sort {
            Some((sorted, descending)) if sorted == column => (column, !descending),
            _ => (column, false),
        });
    }
}

/// Names of up to a few locations, then how many more.
fn names(labels: impl Iterator<Item = String>, total: usize) -> String {
    let shown: Vec<String> = labels.take(4).collect();
    let more = total.saturating_sub(shown.len());
    if more == 0 {
        shown.join("; ")
    } else {
        tr!("details-names-more", names = shown.join("; "), count = more)
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
    /// The purchaser networks, once found.
    pub networks: Option<&'a Networks>,
    /// What other agencies also hold.
    pub overlaps: &'a OverlapsTable,
}

/// Traces of a selection looked at for networks and overlaps: enough for
/// any selection a person reads, bounded for a state's worth of traces.
const LOOKED_AT: usize = 20_000;

/// The networks the selection's purchasers belong to (a button each, up to
/// three), and the traces another agency also holds (up to three).
fn investigation_ui(
    ui: &mut Ui,
    context: &DetailsContext<'_>,
    rows: &[u32],
    commands: &mut Vec<Command>,
) {
    let dataset = context.dataset;
    if let Some(networks) = context.networks {
        let mut found: Vec<usize> = rows
            .iter()
            .take(LOOKED_AT)
            .filter_map(|&r| networks.of_trace(r as usize))
            .collect();
        found.sort_unstable();
        found.dedup();
        if !found.is_empty() {
            ui.horizontal_wrapped(|ui| {
                ui.label(tr!("details-purchasers-in-networks"));
                for &n in found.iter().take(3) {
                    let network = &networks.list[n];
                    if ui
                        // The numbers as written so far: not grouped.
                        .button(tr!(
                            "details-show-network",
                            number = (n + 1).to_string(),
                            purchasers = network.purchasers.len().to_string()
                        ))
                        .on_hover_text(tr!("details-show-network-hover"))
                        .clicked()
                    {
                        commands.push(Command::ShowNetwork(Some(n)));
                    }
                }
                if found.len() > 3 {
                    ui.label(tr!(
                        "details-networks-more",
                        count = (found.len() - 3).to_string()
                    ));
                }
            });
        }
    }
    let mut held: Vec<String> = Vec::new();
    let mut more = 0usize;
    for &row in rows.iter().take(LOOKED_AT) {
        let trace = dataset.traces.trace_id.get(row as usize);
        // The record itself: the same firearm or purchaser. A store both
        // agencies sold from says nothing about this trace.
        for overlap in context
            .overlaps
            .of_row(row)
            .filter(|o| o.kind != corridor_core::investigate::OverlapKind::Store)
        {
            // This trace's own record names its agency (no lookup per row
            // and frame for the thousands of rows without an overlap).
            let own = overlap
                .records
                .iter()
                .find(|r| r.row == row)
                .map(|r| r.agency.as_str());
            for record in overlap
                .records
                .iter()
                .filter(|r| Some(r.agency.as_str()) != own)
            {
                if held.len() == 3 {
                    more += 1;
                    continue;
                }
                let source = dataset.traces.source(record.row as usize);
                let place = dataset
                    .sources
                    .get(usize::from(source.file))
                    .map_or_else(String::new, |s| {
                        s.place_in(source.line, crate::app::i18n::lang())
                    });
                held.push(tr!(
                    "details-also-held",
                    trace = trace,
                    agency = record.agency.as_str(),
                    place = place,
                    kind = super::overlaps_panel::kind_text(overlap.kind),
                    strength = super::overlaps_panel::strength_text(overlap.strength)
                ));
            }
        }
    }
    if !held.is_empty() {
        ui.label(RichText::new(tr!("details-also-held-heading")).strong())
            .on_hover_text(tr!("details-also-held-hover"));
        for line in held {
            ui.label(line);
        }
        if more > 0 {
            ui.label(tr!("details-overlaps-more", count = more.to_string()));
        }
    }
}

/// The selection's stores or sites and its traces.
pub fn details_panel_ui(ui: &mut Ui, context: &DetailsContext<'_>, commands: &mut Vec<Command>) {
    let DetailsContext {
        dataset,
        selection,
        details,
        redaction,
        ..
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
                (_, _, true) => tr!("details-heading-flow"),
                (1, 0, _) => tr!("details-heading-store"),
                (0, 1, _) => tr!("details-heading-site"),
                (_, 0, _) => tr!("details-heading-stores"),
                (0, _, _) => tr!("details-heading-sites"),
                _ => tr!("details-heading-selection"),
            },
        );
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui
                .button(tr!("details-close"))
                .on_hover_text(tr!("details-close-hover"))
                .clicked()
            {
                commands.push(Command::Select(None));
            }
            if super::fold_strip::arrow_button(
                ui,
                super::fold_strip::Arrow::Right,
                &tr!("details-fold"),
                &tr!("details-fold-hover"),
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
        ui.label(RichText::new(tr!("details-from", names = label)).strong());
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
            RichText::new(if selection.between {
                tr!("details-to", names = label)
            } else {
                tr!("details-at", names = label)
            })
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
    class_counts_inline_ui(ui, &details.classes);
    ui.separator();
    let rows = &details.rows;
    ui.label(
        RichText::new(tr!(
            "details-in-filter",
            traces = traces_in_rows(
                details.firearms,
                rows.len() as u64,
                crate::app::i18n::lang()
            )
        ))
        .strong(),
    );
    investigation_ui(ui, context, rows, commands);
    traces_table_ui(
        ui,
        &TraceCells {
            dataset,
            redaction,
            purchasers: &details.purchasers(),
            short_ttc_months: details.short_ttc_months,
            lang: crate::app::i18n::lang(),
        },
        rows,
        details.sort,
        commands,
    );
}

fn store_facts_ui(ui: &mut Ui, dataset: &Dataset, id: StoreId, redaction: Redaction) {
    let store = dataset.store(id);
    let ffl = store_ffl(dataset, id, redaction);
    if !ffl.is_empty() {
        ui.label(tr!("details-ffl", ffl = ffl));
    }
    location_ui(ui, store.lat_deg, store.lon_deg, store.precision);
    source_ui(ui, dataset, store.source);
}

fn site_facts_ui(ui: &mut Ui, dataset: &Dataset, id: SiteId) {
    let site = dataset.site(id);
    if let Some(date) = site.date.get() {
        ui.label(tr!(
            "details-recovered",
            date = calendar::day(crate::app::i18n::lang(), date)
        ));
    }
    let description = dataset.str(site.description);
    if !description.is_empty() {
        ui.label(description);
    }
    location_ui(ui, site.lat_deg, site.lon_deg, site.precision);
    source_ui(ui, dataset, site.source);
}

fn location_ui(ui: &mut Ui, lat_deg: f64, lon_deg: f64, precision: Precision) {
    let (lat, lon) = (format!("{lat_deg:.5}"), format!("{lon_deg:.5}"));
    ui.label(match precision {
        Precision::Exact => tr!("details-location-exact", lat = lat, lon = lon),
        Precision::City => tr!("details-location-city", lat = lat, lon = lon),
        Precision::State => tr!("details-location-state", lat = lat, lon = lon),
        Precision::Country => tr!("details-location-country", lat = lat, lon = lon),
    });
}

fn source_ui(ui: &mut Ui, dataset: &Dataset, source: SourceRef) {
    if let Some(file) = dataset.sources.get(source.file as usize) {
        ui.label(
            RichText::new(tr!(
                "details-source",
                place = file.place_in(source.line, crate::app::i18n::lang())
            ))
            .small(),
        )
        .on_hover_text(format!("{}\nSHA-256 {}", file.path.display(), file.sha256));
    }
}

/// Traces per class on as few lines as the width allows, so the table of
/// traces keeps the panel's height on a laptop screen.
fn class_counts_inline_ui(ui: &mut Ui, counts: &ClassCounts) {
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing.x = 12.0;
        for class in WeaponClass::ALL {
            let n = counts[class.index()];
            if n > 0 {
                ui.label(format!(
                    "{} {}",
                    class.label(crate::app::i18n::lang()),
                    crate::app::format::thousands(n)
                ));
            }
        }
    });
}

/// The traces, one per row, sortable by a header click; Copy puts them
/// on the clipboard as a table (with the redaction applied).
fn traces_table_ui(
    ui: &mut Ui,
    cells: &TraceCells<'_>,
    rows: &[u32],
    sort: Option<(TraceColumn, bool)>,
    commands: &mut Vec<Command>,
) {
    if ui
        .button(tr!("details-copy-table"))
        .on_hover_text(tr!("details-copy-table-hover"))
        .clicked()
    {
        ui.ctx().copy_text(cells.tsv(rows));
    }
    let columns = cells.columns();
    egui::ScrollArea::horizontal().show(ui, |ui| {
        let mut table = TableBuilder::new(ui).striped(true).resizable(true);
        for &column in &columns {
            let width = match column {
                TraceColumn::MakeModel | TraceColumn::Store | TraceColumn::RecoveredAt => 140.0,
                TraceColumn::Source => 150.0,
                TraceColumn::Class => 110.0,
                _ => 80.0,
            };
            table = table.column(Column::auto().at_least(width).clip(true));
        }
        table
            .header(20.0, |mut header| {
                for &column in &columns {
                    header.col(|ui| {
                        let sorted = sort.filter(|(c, _)| *c == column);
                        let title = match sorted {
                            Some((_, true)) => {
                                format!("{} ▼", column.label(crate::app::i18n::lang()))
                            }
                            Some((_, false)) => {
                                format!("{} ▲", column.label(crate::app::i18n::lang()))
                            }
                            None => column.label(crate::app::i18n::lang()).to_owned(),
                        };
                        if ui
                            .selectable_label(sorted.is_some(), RichText::new(title).strong())
                            .on_hover_text(tr!("tables-sort-hover"))
                            .clicked()
                        {
                            commands.push(Command::SortTraces(column));
                        }
                    });
                }
            })
            .body(|body| {
                body.rows(18.0, rows.len(), |mut row| {
                    let Some(&r) = rows.get(row.index()) else {
                        return;
                    };
                    for &column in &columns {
                        row.col(|ui| {
                            ui.label(cells.cell(r, column));
                        });
                    }
                });
            });
    });
}
