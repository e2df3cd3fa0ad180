//! The corridors table: traces from origin area to destination area, from
//! the core's `corridors`, computed once per data, filter and level.

use egui::{RichText, Ui};
use egui_extras::{Column, TableBuilder};

use crate::aggregate::TraceFilter;
use crate::aggregate::areas::{AreaIndex, AreaLevel, readable_area};
use crate::aggregate::corridors::{Corridor, CorridorColumn, corridors, sort_order};
use crate::app::colors::color32;
use crate::app::commands::Command;
use crate::app::corridor_app::CorridorApp;
use crate::app::data::LoadedData;
use crate::app::format::thousands;
use crate::scene::style::class_color;

/// Row height: one line of body text and a little air.
const ROW_HEIGHT: f32 = 20.0;

/// The column the table is sorted by.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CorridorSort {
    pub column: CorridorColumn,
    pub descending: bool,
}

impl Default for CorridorSort {
    /// The core's order: most traces first.
    fn default() -> Self {
        Self {
            column: CorridorColumn::Traces,
            descending: true,
        }
    }
}

impl CorridorSort {
    /// A click on a header: the other way round on the sorted column,
    /// otherwise that column in its natural direction.
    pub fn clicked(self, column: CorridorColumn) -> Self {
        if self.column == column {
            Self {
                column,
                descending: !self.descending,
            }
        } else {
            Self {
                column,
                descending: column.descending_first(),
            }
        }
    }
}

/// A corridor's origin and destination as the table shows them.
pub struct RowLabels {
    pub origin: String,
    pub destination: String,
}

impl RowLabels {
    /// What the row is called in the accessibility tree (and so in tests).
    pub fn accessible(&self) -> String {
        format!("{} → {}", self.origin, self.destination)
    }
}

/// The rows, the area index they were counted with and their sorted order,
/// rebuilt only when the data, the filter, the level or the sort change.
#[derive(Default)]
pub struct CorridorsTable {
    key: Option<(u64, AreaLevel, TraceFilter)>,
    areas: Option<(u64, AreaIndex)>,
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
    /// The corridor chosen in the table: (origin, destination) area names.
    pub selected: Option<(String, String)>,
    /// How many times the rows were computed, for tests of the caching.
    pub rebuilds: u64,
}

impl CorridorsTable {
    /// Builds the areas of the loaded data at a level, when either changed.
    pub fn ensure_areas(&mut self, data: &LoadedData, level: AreaLevel) {
        let stale = self
            .areas
            .as_ref()
            .is_none_or(|(version, areas)| *version != data.version || areas.level != level);
        if stale {
            let areas = AreaIndex::build(&data.dataset, crate::basemap::shared(), level);
            self.areas = Some((data.version, areas));
        }
    }

    /// The areas the rows were counted in.
    pub fn area_index(&self) -> Option<&AreaIndex> {
        self.areas.as_ref().map(|(_, areas)| areas)
    }

    pub fn refresh(&mut self, data: &LoadedData, level: AreaLevel, filter: &TraceFilter) {
        let key = (data.version, level, filter.clone());
        if self.key.as_ref() != Some(&key) {
            self.ensure_areas(data, level);
            let found = match self.area_index() {
                Some(areas) => corridors(&data.dataset, areas, filter),
                None => Vec::new(),
            };
            self.traces = found.iter().map(|c| c.traces).sum();
            self.labels = found
                .iter()
                .map(|c| RowLabels {
                    origin: readable_area(&c.origin),
                    destination: readable_area(&c.destination),
                })
                .collect();
            self.rows = found;
            self.key = Some(key);
            self.sorted_as = None;
            self.rebuilds += 1;
        }
        if self.sorted_as != Some(self.sort) {
            self.order = sort_order(&self.rows, self.sort.column, self.sort.descending);
            self.sorted_as = Some(self.sort);
        }
    }
}

pub fn corridors_panel_ui(ui: &mut Ui, app: &mut CorridorApp) {
    let mut commands = Vec::new();
    let level = app.settings.corridor_level;
    app.corridors
        .refresh(&app.data, level, &app.settings.filter);
    let table = &app.corridors;
    ui.horizontal(|ui| {
        ui.heading("Corridors");
        ui.separator();
        for choice in AreaLevel::ALL {
            if ui
                .selectable_label(level == choice, choice.label())
                .clicked()
                && choice != level
            {
                commands.push(Command::SetCorridorLevel(choice));
            }
        }
        ui.separator();
        ui.label(format!(
            "{} corridors · {} traces in the filter",
            thousands(table.rows.len() as u64),
            thousands(table.traces)
        ));
    });
    ui.add_space(4.0);
    let theme = app.settings.theme;
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
                    ui.horizontal(|ui| {
                        let sorted = sort.column == column;
                        if ui
                            .selectable_label(sorted, RichText::new(column.label()).strong())
                            .on_hover_text("Sort by this column; click again to reverse")
                            .clicked()
                        {
                            commands.push(Command::SortCorridors(column));
                        }
                        if sorted {
                            sort_arrow_ui(ui, sort.descending);
                        }
                    });
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
                    let response = ui.selectable_label(selected, &labels.origin);
                    // The row's name for screen readers (and tests): the
                    // whole corridor, since an origin repeats across rows.
                    let label = labels.accessible();
                    response.widget_info(|| {
                        egui::WidgetInfo::selected(egui::Role::Button, true, selected, &label)
                    });
                    clicked |= response.clicked();
                });
                row.col(|ui| {
                    ui.label(&labels.destination);
                });
                row.col(|ui| {
                    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                        ui.label(thousands(c.traces));
                    });
                });
                row.col(|ui| {
                    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                        ui.label(format!("{:.1} %", c.share * 100.0));
                    });
                });
                row.col(|ui| {
                    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                        ui.label(
                            c.median_ttc_days
                                .map_or_else(|| "–".to_owned(), |d| format!("{d:.0} days")),
                        );
                    });
                });
                row.col(|ui| {
                    let (swatch, _) =
                        ui.allocate_exact_size(egui::vec2(10.0, 10.0), egui::Sense::hover());
                    ui.painter().rect_filled(
                        swatch,
                        2.0,
                        color32(class_color(c.dominant_class, theme)),
                    );
                    ui.label(c.dominant_class.label());
                });
                if clicked || row.response().clicked() {
                    commands.push(Command::SelectCorridor {
                        origin: c.origin.clone(),
                        destination: c.destination.clone(),
                    });
                }
            });
        });
    for command in commands {
        app.push(command);
    }
}

/// A small triangle pointing down (largest first) or up; drawn, since the
/// default fonts have no arrow glyphs.
fn sort_arrow_ui(ui: &mut Ui, descending: bool) {
    let (rect, _) = ui.allocate_exact_size(egui::vec2(10.0, 10.0), egui::Sense::hover());
    let (top, bottom) = (rect.top() + 2.0, rect.bottom() - 2.0);
    let (tip_y, base_y) = if descending {
        (bottom, top)
    } else {
        (top, bottom)
    };
    let points = vec![
        egui::pos2(rect.left() + 1.0, base_y),
        egui::pos2(rect.right() - 1.0, base_y),
        egui::pos2(rect.center().x, tip_y),
    ];
    ui.painter().add(egui::Shape::convex_polygon(
        points,
        ui.visuals().strong_text_color(),
        egui::Stroke::NONE,
    ));
}
