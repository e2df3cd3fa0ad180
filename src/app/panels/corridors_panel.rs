//! The corridors table: traces from origin area to destination area, from
//! the core's `corridors`, computed once per data, filter and level.

use std::sync::Arc;

use egui::Ui;
use egui_extras::{Column, TableBuilder};

use super::table_cells::{ColumnSort, class_swatch_ui, counts_cells_ui, sort_header_ui};
use crate::app::background::{Background, RunOn};
use crate::app::commands::Command;
use crate::app::data::LoadedData;
use crate::tr;
use corridor_core::aggregate::areas::{AreaIndex, AreaLevel, readable_area_in};
use corridor_core::aggregate::corridors::{Corridor, CorridorColumn, corridors_kept, sort_order};
use corridor_core::aggregate::{Selection, TraceFilter};
use corridor_core::briefing::Redaction;
use corridor_core::briefing::labels::store_label;
use corridor_core::i18n::Lang;
use corridor_core::model::{Dataset, StoreId};
use corridor_core::scene::Theme;
use corridor_core::task::TaskFailure;
use rustc_hash::FxHashMap;

/// Row height: one line of body text and a little air.
const ROW_HEIGHT: f32 = 20.0;

/// The column the corridors table is sorted by.
pub type CorridorSort = ColumnSort<CorridorColumn>;

/// The core's order: most traces first.
fn default_sort() -> CorridorSort {
    ColumnSort {
        column: CorridorColumn::Traces,
        descending: true,
    }
}

/// A corridor's origin and destination as the table shows them.
#[derive(Clone, Debug)]
pub struct RowLabels {
    /// The origin's area as counted (`US-TX`, a town, a store).
    pub origin: String,
    /// The origin with the dealer's name hidden (differs at the store level).
    pub origin_redacted: String,
    /// The destination's area as counted.
    pub destination: String,
}

impl RowLabels {
    /// The origin as it may be shown, a state named in `lang`
    /// (`US-TX Texas`, `MX-CMX Ciudad de México`).
    pub fn origin(&self, redaction: Redaction, lang: Lang) -> String {
        if redaction.dealer_names {
            readable_area_in(&self.origin_redacted, lang)
        } else {
            readable_area_in(&self.origin, lang)
        }
    }

    /// The destination as shown, a state named in `lang`.
    pub fn destination(&self, lang: Lang) -> String {
        readable_area_in(&self.destination, lang)
    }

    /// What the row is called in the accessibility tree (and so in tests).
    pub fn accessible(&self, redaction: Redaction, lang: Lang) -> String {
        format!(
            "{} → {}",
            self.origin(redaction, lang),
            self.destination(lang)
        )
    }
}

/// Each origin area's label with dealer names hidden: at the store level
/// an area is one store, named after its dealer.
fn redacted_origins(dataset: &Dataset, areas: &AreaIndex) -> FxHashMap<String, String> {
    if areas.level != AreaLevel::Site {
        return FxHashMap::default();
    }
    let hide = Redaction {
        identifiers: true,
        dealer_names: true,
    };
    let mut labels = FxHashMap::default();
    for (store, &area) in areas.store_area.iter().enumerate() {
        if let Some(name) = areas.names.get(area as usize) {
            labels
                .entry(name.clone())
                .or_insert_with(|| store_label(dataset, StoreId(store as u32), hide));
        }
    }
    labels
}

/// Rows counted for one (data version, level, filter).
struct Counted {
    areas: Arc<AreaIndex>,
    rows: Vec<Corridor>,
    labels: Vec<RowLabels>,
    traces: u32,
}

/// (data version, level, filter, the selection followed — empty for all).
type CountKey = (u64, AreaLevel, TraceFilter, Selection);

/// Thread name of the corridors task.
pub const CORRIDORS_TASK: &str = "corridor-corridors";

/// The rows, the area index they were counted with and their sorted order,
/// rebuilt only when the data, the filter, the level or the sort change —
/// on a worker task with big data, the last rows shown meanwhile.
pub struct CorridorsTable {
    counted: Background<CountKey, Counted>,
    /// The core's corridors, most traces first.
    pub rows: Vec<Corridor>,
    /// Readable names, parallel to `rows`.
    pub labels: Vec<RowLabels>,
    /// Indices into `rows`, in the order shown.
    pub order: Vec<usize>,
    sorted_as: Option<CorridorSort>,
    pub sort: CorridorSort,
    /// Traces in the filter (the share's denominator).
    pub traces: u32,
    /// Whether the rows count only the selection's traces.
    pub follows_selection: bool,
    /// The corridor chosen in the table: (origin, destination) area names.
    pub selected: Option<(String, String)>,
    /// How many times the rows were computed, for tests of the caching.
    pub rebuilds: u64,
}

impl Default for CorridorsTable {
    fn default() -> Self {
        Self::new()
    }
}

impl CorridorsTable {
    /// Nothing counted yet.
    pub fn new() -> Self {
        Self {
            counted: Background::new(CORRIDORS_TASK, "counting the corridors table"),
            rows: Vec::new(),
            labels: Vec::new(),
            order: Vec::new(),
            sorted_as: None,
            sort: default_sort(),
            traces: 0,
            follows_selection: false,
            selected: None,
            rebuilds: 0,
        }
    }

    /// A failed count, once (for a notice).
    pub fn take_failure(&mut self) -> Option<TaskFailure> {
        self.counted.take_failure()
    }

    /// The areas the rows were counted in.
    pub fn area_index(&self) -> Option<&AreaIndex> {
        self.counted.value().map(|c| c.areas.as_ref())
    }

    pub fn is_updating(&self) -> bool {
        self.counted.is_updating()
    }

    /// Counts the rows again when the data, level, filter or selection
    /// changed, then sorts them when the rows or the sort changed. The rows
    /// follow the selection, except one the table made itself (a clicked
    /// corridor), which would leave that one row.
    pub fn refresh(
        &mut self,
        data: &LoadedData,
        level: AreaLevel,
        filter: &TraceFilter,
        selection: &Selection,
        run_on: RunOn<'_>,
        repaint: impl FnOnce() + Send + 'static,
    ) {
        if self
            .counted
            .shown_key()
            .is_some_and(|(version, _, _, _)| *version != data.version)
        {
            self.counted.clear();
        }
        let followed = if self.selected.is_some() {
            // A corridor chosen here: keep the rows it was chosen from.
            self.counted
                .shown_key()
                .map(|key| key.3.clone())
                .unwrap_or_default()
        } else {
            selection.clone()
        };
        let key = (data.version, level, filter.clone(), followed.clone());
        // Areas of the same data and level are reused, not rebuilt.
        let areas = self
            .counted
            .value()
            .filter(|c| c.areas.level == level)
            .map(|c| c.areas.clone());
        let dataset = data.dataset().clone();
        let wanted = filter.clone();
        let changed = self.counted.request(
            &key,
            run_on,
            move || {
                let areas = areas.unwrap_or_else(|| {
                    Arc::new(AreaIndex::build(
                        &dataset,
                        corridor_core::basemap::shared(),
                        level,
                    ))
                });
                let rows = if followed.is_empty() {
                    corridors_kept(&dataset, &areas, &wanted, |_, _| true)
                } else {
                    corridors_kept(&dataset, &areas, &wanted, |store, site| {
                        followed.keeps_trace(store, site)
                    })
                };
                let redacted = redacted_origins(&dataset, &areas);
                Counted {
                    traces: rows.iter().map(|c| c.traces).sum(),
                    labels: rows
                        .iter()
                        .map(|c| {
                            // Areas as counted; named in the reader's
                            // language when drawn.
                            RowLabels {
                                origin_redacted: redacted
                                    .get(&c.origin)
                                    .cloned()
                                    .unwrap_or_else(|| c.origin.clone()),
                                origin: c.origin.clone(),
                                destination: c.destination.clone(),
                            }
                        })
                        .collect(),
                    rows,
                    areas,
                }
            },
            repaint,
        );
        if changed && let Some(counted) = self.counted.value() {
            self.rows = counted.rows.clone();
            self.labels = counted.labels.clone();
            self.traces = counted.traces;
            self.follows_selection = self
                .counted
                .shown_key()
                .is_some_and(|key| !key.3.is_empty());
            self.sorted_as = None;
            self.rebuilds += 1;
        }
        if self.sorted_as != Some(self.sort) {
            self.order = sort_order(&self.rows, self.sort.column, self.sort.descending);
            self.sorted_as = Some(self.sort);
        }
    }
}

/// What the corridors panel shows.
pub struct CorridorsContext<'a> {
    /// The rows, sorted.
    pub table: &'a CorridorsTable,
    /// Areas the rows count between.
    pub level: AreaLevel,
    /// Colours of the weapon classes.
    pub theme: Theme,
    /// Dealer names hidden at the store level.
    pub redaction: Redaction,
}

/// The corridors table under the map.
pub fn corridors_panel_ui(
    ui: &mut Ui,
    context: &CorridorsContext<'_>,
    commands: &mut Vec<Command>,
) {
    let level = context.level;
    let table = context.table;
    ui.horizontal(|ui| {
        for choice in AreaLevel::ALL {
            if ui
                .selectable_label(level == choice, choice.label(crate::app::i18n::lang()))
                .clicked()
                && choice != level
            {
                commands.push(Command::SetCorridorLevel(choice));
            }
        }
        ui.separator();
        ui.label(if table.follows_selection {
            tr!(
                "tables-corridors-summary-selection",
                corridors = table.rows.len(),
                traces = table.traces
            )
        } else {
            tr!(
                "tables-corridors-summary",
                corridors = table.rows.len(),
                traces = table.traces
            )
        });
        if table.is_updating() {
            ui.spinner();
        }
    });
    ui.add_space(4.0);
    let theme = context.theme;
    let redaction = context.redaction;
    let sort = table.sort;
    TableBuilder::new(ui)
        .id_salt("corridors-table")
        .striped(true)
        .resizable(true)
        .sense(egui::Sense::click())
        .column(Column::initial(230.0).at_least(80.0).clip(true))
        .column(Column::initial(230.0).at_least(80.0).clip(true))
        .column(Column::initial(80.0).at_least(50.0))
        .column(Column::initial(70.0).at_least(50.0))
        .column(Column::initial(150.0).at_least(60.0))
        .column(Column::remainder().at_least(100.0))
        .header(ROW_HEIGHT + 4.0, |mut header| {
            for column in CorridorColumn::ALL {
                header.col(|ui| {
                    let sorted = (sort.column == column).then_some(sort.descending);
                    if sort_header_ui(ui, &column.label(crate::app::i18n::lang()), sorted) {
                        commands.push(Command::SortCorridors(column));
                    }
                });
            }
        })
        .body(|body| {
            body.rows(ROW_HEIGHT, table.order.len(), |mut row| {
                let Some(entry) = table
                    .order
                    .get(row.index())
                    .and_then(|&i| Some((table.rows.get(i)?, table.labels.get(i)?)))
                else {
                    return;
                };
                let (c, labels) = entry;
                let selected = table
                    .selected
                    .as_ref()
                    .is_some_and(|(o, d)| *o == c.origin && *d == c.destination);
                row.set_selected(selected);
                let mut clicked = false;
                row.col(|ui| {
                    let lang = crate::app::i18n::lang();
                    let response = ui.selectable_label(selected, labels.origin(redaction, lang));
                    // The row's name for screen readers (and tests): the
                    // whole corridor, since an origin repeats across rows.
                    let label = labels.accessible(redaction, lang);
                    response.widget_info(|| {
                        egui::WidgetInfo::selected(egui::Role::Button, true, selected, &label)
                    });
                    clicked |= response.clicked();
                });
                row.col(|ui| {
                    ui.label(labels.destination(crate::app::i18n::lang()));
                });
                counts_cells_ui(&mut row, c.traces, c.share, c.median_ttc_days);
                row.col(|ui| {
                    ui.horizontal(|ui| {
                        class_swatch_ui(
                            ui,
                            c.dominant_class,
                            theme,
                            &c.dominant_class.label(crate::app::i18n::lang()),
                        );
                    });
                });
                if clicked || row.response().clicked() {
                    commands.push(Command::SelectCorridor {
                        origin: c.origin.clone(),
                        destination: c.destination.clone(),
                    });
                }
            });
        });
}
