//! The dealers table: stores by the traces bought there, following the
//! filter and the selection — select the Tamaulipas recovery sites and it
//! answers "which dealers feed Tamaulipas?".

use egui::Ui;
use egui_extras::{Column, TableBuilder};

use super::table_cells::{ColumnSort, class_swatch_ui, counts_cells_ui, sort_header_ui};
use crate::app::background::{Background, RunOn};
use crate::app::commands::Command;
use crate::app::data::LoadedData;
use crate::app::format::thousands;
use crate::tr;
use corridor_core::aggregate::stores::{StoreColumn, StoreRow, store_rows, store_sort_order};
use corridor_core::aggregate::{Selection, TraceFilter};
use corridor_core::briefing::Redaction;
use corridor_core::briefing::labels::{store_name, store_state};
use corridor_core::i18n::calendar;
use corridor_core::model::{Dataset, Day, StoreId};
use corridor_core::scene::Theme;
use corridor_core::task::TaskFailure;

/// Row height: one line of body text and a little air.
const ROW_HEIGHT: f32 = 20.0;

/// Thread name of the dealers task.
pub const DEALERS_TASK: &str = "corridor-dealers";

/// The column the dealers table is sorted by.
pub type DealerSort = ColumnSort<StoreColumn>;

/// The core's order: most traces first.
fn default_sort() -> DealerSort {
    ColumnSort {
        column: StoreColumn::Traces,
        descending: true,
    }
}

/// A store chosen in the table: the selection became that store and the
/// sites the rows followed, and the rows keep following those sites.
#[derive(Clone, Debug, PartialEq)]
pub struct DealerChoice {
    pub store: StoreId,
    /// The selection the rows were counted for when the store was chosen.
    pub followed: Selection,
    /// The selection the choice made; another selection ends the choice.
    pub made: Selection,
}

impl DealerChoice {
    /// The selection a click on `store` makes: the store and the recovery
    /// sites the rows followed, flows between them only; the store alone
    /// when no site was selected.
    pub fn new(store: StoreId, followed: &Selection) -> Self {
        let made = Selection {
            stores: [store.0].into(),
            sites: followed.sites.clone(),
            between: !followed.sites.is_empty(),
        };
        Self {
            store,
            followed: followed.clone(),
            made,
        }
    }
}

type CountKey = (u64, TraceFilter, Selection);

/// The rows for one (data version, filter, selection), largest first.
pub struct DealersTable {
    counted: Background<CountKey, Vec<StoreRow>>,
    /// Indices into the rows, in the order shown.
    pub order: Vec<usize>,
    sorted_as: Option<(DealerSort, Redaction)>,
    pub sort: DealerSort,
    /// The store clicked in the table, while its selection stands.
    pub chosen: Option<DealerChoice>,
    /// How many times the rows were computed, for tests of the caching.
    pub rebuilds: u64,
}

impl Default for DealersTable {
    fn default() -> Self {
        Self {
            counted: Background::new(DEALERS_TASK, "counting the dealers table"),
            order: Vec::new(),
            sorted_as: None,
            sort: default_sort(),
            chosen: None,
            rebuilds: 0,
        }
    }
}

impl DealersTable {
    /// The rows shown (possibly for an older key while a count runs).
    pub fn rows(&self) -> &[StoreRow] {
        self.counted.value().map_or(&[], Vec::as_slice)
    }

    /// The selection the rows follow: the one a chosen store was picked
    /// from, or the current one.
    pub fn followed<'a>(&'a self, selection: &'a Selection) -> &'a Selection {
        self.chosen.as_ref().map_or(selection, |c| &c.followed)
    }

    /// Traces in the rows (the shares' denominator).
    pub fn traces(&self) -> u32 {
        self.rows().iter().map(|r| r.traces).sum()
    }

    /// A failed count, once (for a notice).
    pub fn take_failure(&mut self) -> Option<TaskFailure> {
        self.counted.take_failure()
    }

    pub fn is_updating(&self) -> bool {
        self.counted.is_updating()
    }

    /// Counts the rows again when the data, filter or followed selection
    /// changed, then sorts them when the rows, sort or redaction changed.
    pub fn refresh(
        &mut self,
        data: &LoadedData,
        filter: &TraceFilter,
        selection: &Selection,
        redaction: Redaction,
        run_on: RunOn<'_>,
        repaint: impl FnOnce() + Send + 'static,
    ) {
        if self.chosen.as_ref().is_some_and(|c| c.made != *selection) {
            self.chosen = None;
        }
        if self
            .counted
            .shown_key()
            .is_some_and(|(version, _, _)| *version != data.version)
        {
            self.counted.clear();
        }
        let followed = self.followed(selection).clone();
        let key = (data.version, filter.clone(), followed.clone());
        let dataset = data.dataset().clone();
        let wanted = filter.clone();
        let changed = self.counted.request(
            &key,
            run_on,
            move || {
                if followed.is_empty() {
                    store_rows(&dataset, &wanted, |_, _| true)
                } else {
                    store_rows(&dataset, &wanted, |store, site| {
                        followed.keeps_trace(store, site)
                    })
                }
            },
            repaint,
        );
        if changed {
            self.sorted_as = None;
            self.rebuilds += 1;
        }
        if self.sorted_as != Some((self.sort, redaction)) {
            let dataset = data.dataset();
            let labels: Vec<(String, String)> = self
                .rows()
                .iter()
                .map(|r| {
                    (
                        store_name(dataset, r.store, redaction),
                        store_state(dataset, r.store),
                    )
                })
                .collect();
            let names: Vec<(&str, &str)> = labels
                .iter()
                .map(|(n, s)| (n.as_str(), s.as_str()))
                .collect();
            self.order =
                store_sort_order(self.rows(), &names, self.sort.column, self.sort.descending);
            self.sorted_as = Some((self.sort, redaction));
        }
    }
}

/// What the dealers panel shows.
pub struct DealersContext<'a> {
    pub table: &'a DealersTable,
    pub dataset: &'a Dataset,
    /// The current selection (what the heading describes).
    pub selection: &'a Selection,
    /// Colours of the weapon classes.
    pub theme: Theme,
    /// Dealer names hidden.
    pub redaction: Redaction,
}

/// What the rows are counted over, in words.
fn scope_text(selection: &Selection) -> String {
    let (sites, stores) = (selection.sites.len(), selection.stores.len());
    match (sites > 0, stores > 0) {
        (false, false) => tr!("tables-dealers-scope-all"),
        (true, false) => tr!("tables-dealers-scope-sites", sites = sites),
        (false, true) => tr!("tables-dealers-scope-stores", stores = stores),
        (true, true) if selection.between => {
            tr!(
                "tables-dealers-scope-between",
                sites = sites,
                stores = stores
            )
        }
        (true, true) => tr!(
            "tables-dealers-scope-either",
            sites = sites,
            stores = stores
        ),
    }
}

fn date_text(day: Option<Day>) -> String {
    day.map_or_else(
        || "–".to_owned(),
        |day| calendar::day(crate::app::i18n::lang(), day),
    )
}

/// The dealers table under the map.
pub fn dealers_panel_ui(ui: &mut Ui, context: &DealersContext<'_>, commands: &mut Vec<Command>) {
    let table = context.table;
    let rows = table.rows();
    let followed = table.followed(context.selection);
    ui.horizontal(|ui| {
        ui.label(tr!(
            "tables-dealers-summary",
            stores = rows.len(),
            traces = table.traces(),
            scope = scope_text(followed)
        ));
        if table.is_updating() {
            ui.spinner();
        }
    });
    ui.add_space(4.0);
    let (dataset, theme, redaction, sort) = (
        context.dataset,
        context.theme,
        context.redaction,
        table.sort,
    );
    let chosen = table.chosen.as_ref().map(|c| c.store);
    TableBuilder::new(ui)
        .id_salt("dealers-table")
        .striped(true)
        .resizable(true)
        .sense(egui::Sense::click())
        .column(Column::initial(200.0).at_least(80.0).clip(true))
        .column(Column::initial(80.0).at_least(40.0).clip(true))
        .column(Column::initial(60.0).at_least(40.0))
        .column(Column::initial(60.0).at_least(40.0))
        .column(Column::initial(110.0).at_least(60.0))
        .column(Column::initial(240.0).at_least(80.0).clip(true))
        .column(Column::initial(90.0).at_least(80.0))
        .column(Column::remainder().at_least(80.0))
        .header(ROW_HEIGHT + 4.0, |mut header| {
            for column in StoreColumn::ALL {
                header.col(|ui| {
                    let sorted = (sort.column == column).then_some(sort.descending);
                    if sort_header_ui(ui, &column.label(crate::app::i18n::lang()), sorted) {
                        commands.push(Command::SortDealers(column));
                    }
                });
            }
        })
        .body(|body| {
            body.rows(ROW_HEIGHT, table.order.len(), |mut row| {
                let Some(r) = table.order.get(row.index()).and_then(|&i| rows.get(i)) else {
                    return;
                };
                let selected = chosen == Some(r.store);
                row.set_selected(selected);
                let mut clicked = false;
                row.col(|ui| {
                    let name = store_name(dataset, r.store, redaction);
                    let response = ui.selectable_label(selected, &name);
                    clicked |= response.clicked();
                });
                row.col(|ui| {
                    ui.label(store_state(dataset, r.store));
                });
                counts_cells_ui(&mut row, r.traces, r.share, r.median_ttc_days);
                row.col(|ui| {
                    ui.horizontal(|ui| {
                        for (class, n) in r.top_classes().into_iter().take(3) {
                            class_swatch_ui(
                                ui,
                                class,
                                theme,
                                &format!(
                                    "{} {}",
                                    class.label(crate::app::i18n::lang()),
                                    thousands(n)
                                ),
                            );
                        }
                    });
                });
                row.col(|ui| {
                    ui.label(date_text(r.first_purchase));
                });
                row.col(|ui| {
                    ui.label(date_text(r.last_purchase));
                });
                if clicked || row.response().clicked() {
                    commands.push(Command::SelectDealer(r.store));
                }
            });
        });
}
