//! What the corridors and dealers tables share: a sortable header, the
//! traces / share / median time-to-crime cells, a class swatch.

use egui::{RichText, Ui};
use egui_extras::TableRow;

use crate::app::colors::color32;
use crate::app::format::thousands;
use corridor_core::format::{percent, span_of_days};
use corridor_core::model::WeaponClass;
use corridor_core::scene::Theme;
use corridor_core::scene::style::class_color;

/// The column a table is sorted by, and which way.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ColumnSort<C> {
    pub column: C,
    pub descending: bool,
}

impl<C: Copy + PartialEq> ColumnSort<C> {
    /// A click on a header: the other way round on the sorted column,
    /// otherwise that column in its natural direction (`descending_first`).
    pub fn clicked(self, column: C, descending_first: bool) -> Self {
        if self.column == column {
            Self {
                column,
                descending: !self.descending,
            }
        } else {
            Self {
                column,
                descending: descending_first,
            }
        }
    }
}

/// A header that sorts: its title (strong, selected when sorted by it) and
/// the direction's arrow. Returns whether it was clicked.
pub fn sort_header_ui(ui: &mut Ui, title: &str, sorted: Option<bool>) -> bool {
    let mut clicked = false;
    ui.horizontal(|ui| {
        clicked = ui
            .selectable_label(sorted.is_some(), RichText::new(title).strong())
            .on_hover_text(crate::tr!("tables-sort-hover"))
            .clicked();
        if let Some(descending) = sorted {
            sort_arrow_ui(ui, descending);
        }
    });
    clicked
}

/// A small triangle pointing down (largest first) or up.
fn sort_arrow_ui(ui: &mut Ui, descending: bool) {
    use super::fold_strip::{Arrow, paint_arrow};
    let (rect, _) = ui.allocate_exact_size(egui::vec2(10.0, 10.0), egui::Sense::hover());
    let arrow = if descending { Arrow::Down } else { Arrow::Up };
    paint_arrow(ui, rect.shrink2(egui::vec2(1.0, 2.0)), arrow);
}

/// Three cells, numbers to the right: traces, share (with the digits a
/// small share needs) and median time-to-crime in days, months or years.
pub fn counts_cells_ui(
    row: &mut TableRow<'_, '_>,
    traces: u32,
    share: f64,
    median_days: Option<f64>,
) {
    for text in [
        thousands(traces),
        percent(share),
        median_days.map_or_else(
            || "–".to_owned(),
            |d| span_of_days(d, crate::app::i18n::lang()),
        ),
    ] {
        row.col(|ui| {
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                ui.label(text);
            });
        });
    }
}

/// A class's colour swatch, then `text`.
pub fn class_swatch_ui(ui: &mut Ui, class: WeaponClass, theme: Theme, text: &str) {
    let (swatch, _) = ui.allocate_exact_size(egui::vec2(10.0, 10.0), egui::Sense::hover());
    ui.painter()
        .rect_filled(swatch, 2.0, color32(class_color(class, theme)));
    ui.label(text);
}
