//! Mapping the columns of a file Corridor could not read to its fields,
//! with a preview of the first rows.

use egui::{ComboBox, RichText};

use crate::app::commands::Command;
use corridor_core::import::fields::{Field, TableKind};
use corridor_core::import::mapping::ColumnMapping;
use corridor_core::import::preview::FilePreview;
use corridor_core::import::values::DateOrder;

pub struct MappingDialog {
    pub preview: FilePreview,
    pub mapping: ColumnMapping,
}

impl MappingDialog {
    pub fn new(preview: FilePreview, kind: Option<TableKind>) -> Self {
        let headers: Vec<&str> = preview.headers.iter().map(String::as_str).collect();
        let mapping = ColumnMapping::suggest(&headers, kind.unwrap_or(TableKind::Traces));
        Self { preview, mapping }
    }

    /// Fields that make sense for the table kind.
    fn fields(&self) -> Vec<Field> {
        Field::ALL
            .into_iter()
            .filter(|f| match self.mapping.kind {
                TableKind::Traces => true,
                TableKind::Stores => f.is_store(),
                TableKind::RecoverySites => f.is_recovery_site() || *f == Field::RecoveryDate,
            })
            .collect()
    }

    /// What is still missing before rows can be placed.
    pub fn missing(&self) -> Vec<&'static str> {
        let has = |f: Field| self.mapping.fields.contains(&Some(f));
        let located = |lat, lon, place| (has(lat) && has(lon)) || has(place);
        let mut missing = Vec::new();
        let store = located(Field::StoreLat, Field::StoreLon, Field::StoreCity);
        let site = located(Field::RecoveryLat, Field::RecoveryLon, Field::RecoveryPlace);
        match self.mapping.kind {
            TableKind::Traces => {
                if !store && !has(Field::StoreId) {
                    missing.push("the store's location (latitude and longitude, or city) or id");
                }
                if !site && !has(Field::RecoveryId) {
                    missing.push(
                        "the recovery site's location (latitude and longitude, or place) or id",
                    );
                }
            }
            TableKind::Stores if !store => {
                missing.push("the store's latitude and longitude, or city");
            }
            TableKind::RecoverySites if !site => {
                missing.push("the site's latitude and longitude, or place");
            }
            _ => {}
        }
        missing
    }
}

/// The column-mapping dialog, while there is one.
pub fn mapping_dialog_ui(
    ctx: &egui::Context,
    dialog: &mut Option<MappingDialog>,
    commands: &mut Vec<Command>,
) {
    let Some(dialog) = dialog else {
        return;
    };
    let mut open = true;
    egui::Window::new(format!("Map columns: {}", dialog.preview.name))
        .open(&mut open)
        .default_width(720.0)
        .resizable(true)
        .show(ctx, |ui| {
            ui.label("Corridor could not tell what these columns hold. Say what each one is; the mapping is remembered for files with the same headers.");
            ui.horizontal(|ui| {
                let mut kind = dialog.mapping.kind;
                ComboBox::new("table-kind", "is what each row holds")
                    .selected_text(kind.label(crate::app::i18n::lang()))
                    .show_ui(ui, |ui| {
                        for option in TableKind::ALL {
                            ui.selectable_value(&mut kind, option, option.label(crate::app::i18n::lang()));
                        }
                    });
                if kind != dialog.mapping.kind {
                    let headers: Vec<&str> = dialog.preview.headers.iter().map(String::as_str).collect();
                    dialog.mapping = ColumnMapping::suggest(&headers, kind);
                }
            });
            ui.separator();
            let fields = dialog.fields();
            egui::ScrollArea::vertical().max_height(360.0).show(ui, |ui| {
                egui::Grid::new("mapping-grid").striped(true).num_columns(3).show(ui, |ui| {
                    ui.strong("Column");
                    ui.strong("First values");
                    ui.strong("Holds");
                    ui.end_row();
                    for (column, header) in dialog.preview.headers.iter().enumerate() {
                        ui.label(header);
                        let examples: Vec<&str> = dialog
                            .preview
                            .rows
                            .iter()
                            .filter_map(|r| r.get(column).map(String::as_str))
                            .filter(|v| !v.is_empty())
                            .take(3)
                            .collect();
                        ui.label(RichText::new(examples.join(" · ")).weak());
                        let current = dialog.mapping.fields.get(column).copied().flatten();
                        let mut choice = current;
                        ComboBox::from_id_salt(("mapping", column))
                            .selected_text(choice.map_or_else(|| "(ignore)".to_owned(), |f| f.label(crate::app::i18n::lang())))
                            .width(230.0)
                            .show_ui(ui, |ui| {
                                ui.selectable_value(&mut choice, None, "(ignore)");
                                for field in &fields {
                                    ui.selectable_value(&mut choice, Some(*field), field.label(crate::app::i18n::lang()));
                                }
                            })
                            .response
                            .widget_info(|| {
                                let mut info = egui::WidgetInfo::labeled(
                                    egui::accesskit::Role::ComboBox,
                                    true,
                                    format!("Field for column '{header}'"),
                                );
                                info.current_text_value =
                                    Some(choice.map_or_else(|| "(ignore)".to_owned(), |f| f.label(crate::app::i18n::lang())));
                                info
                            });
                        if choice != current
                            && let Some(slot) = dialog.mapping.fields.get_mut(column)
                        {
                            *slot = choice;
                        }
                        ui.end_row();
                    }
                });
            });
            ui.separator();
            ui.horizontal(|ui| {
                ui.label("Slash dates are");
                let mut order = dialog.mapping.date_order;
                ui.radio_value(&mut order, None, "decided from the dates");
                ui.radio_value(&mut order, Some(DateOrder::MonthFirst), "MM/DD/YYYY");
                ui.radio_value(&mut order, Some(DateOrder::DayFirst), "DD/MM/YYYY");
                dialog.mapping.date_order = order;
            });
            let missing = dialog.missing();
            for what in &missing {
                ui.label(RichText::new(format!("Still needed: {what}")).color(ui.visuals().warn_fg_color));
            }
            ui.horizontal(|ui| {
                let load = ui.add_enabled(missing.is_empty(), egui::Button::new("Load with this mapping"));
                if load.clicked() {
                    commands.push(Command::ApplyMapping(dialog.mapping.clone()));
                }
                if ui.button("Skip this file").clicked() {
                    commands.push(Command::CloseMappingDialog);
                }
            });
        });
    if !open {
        commands.push(Command::CloseMappingDialog);
    }
}
