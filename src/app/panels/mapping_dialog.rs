//! Mapping the columns of a file Corridor could not read to its fields,
//! with a preview of the first rows.

use egui::{ComboBox, RichText};

use crate::app::commands::Command;
use crate::tr;
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

    /// What is still missing before rows can be placed, in the language
    /// shown.
    pub fn missing(&self) -> Vec<String> {
        let has = |f: Field| self.mapping.fields.contains(&Some(f));
        let located = |lat, lon, place| (has(lat) && has(lon)) || has(place);
        let mut missing = Vec::new();
        let store = located(Field::StoreLat, Field::StoreLon, Field::StoreCity);
        let site = located(Field::RecoveryLat, Field::RecoveryLon, Field::RecoveryPlace);
        match self.mapping.kind {
            TableKind::Traces => {
                if !store && !has(Field::StoreId) {
                    missing.push(tr!("import-mapping-missing-store"));
                }
                if !site && !has(Field::RecoveryId) {
                    missing.push(tr!("import-mapping-missing-site"));
                }
            }
            TableKind::Stores if !store => {
                missing.push(tr!("import-mapping-missing-store-location"));
            }
            TableKind::RecoverySites if !site => {
                missing.push(tr!("import-mapping-missing-site-location"));
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
    egui::Window::new(tr!("import-mapping-title", file = &dialog.preview.name))
        // The same window whatever the language of its title.
        .id(egui::Id::unique(format!(
            "Map columns: {}",
            dialog.preview.name
        )))
        .open(&mut open)
        .default_width(720.0)
        .resizable(true)
        .show(ctx, |ui| {
            ui.label(tr!("import-mapping-intro"));
            ui.horizontal(|ui| {
                let mut kind = dialog.mapping.kind;
                ComboBox::new("table-kind", tr!("import-mapping-row-kind"))
                    .selected_text(kind.label(crate::app::i18n::lang()))
                    .show_ui(ui, |ui| {
                        for option in TableKind::ALL {
                            ui.selectable_value(
                                &mut kind,
                                option,
                                option.label(crate::app::i18n::lang()),
                            );
                        }
                    });
                if kind != dialog.mapping.kind {
                    let headers: Vec<&str> =
                        dialog.preview.headers.iter().map(String::as_str).collect();
                    dialog.mapping = ColumnMapping::suggest(&headers, kind);
                }
            });
            ui.separator();
            let fields = dialog.fields();
            egui::ScrollArea::vertical()
                .max_height(360.0)
                .show(ui, |ui| {
                    egui::Grid::new("mapping-grid")
                        .striped(true)
                        .num_columns(3)
                        .show(ui, |ui| {
                            ui.strong(tr!("import-mapping-column"));
                            ui.strong(tr!("import-mapping-first-values"));
                            ui.strong(tr!("import-mapping-holds"));
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
                                    .selected_text(choice.map_or_else(
                                        || tr!("import-mapping-ignore"),
                                        |f| f.label(crate::app::i18n::lang()),
                                    ))
                                    .width(230.0)
                                    .show_ui(ui, |ui| {
                                        ui.selectable_value(
                                            &mut choice,
                                            None,
                                            tr!("import-mapping-ignore"),
                                        );
                                        for field in &fields {
                                            ui.selectable_value(
                                                &mut choice,
                                                Some(*field),
                                                field.label(crate::app::i18n::lang()),
                                            );
                                        }
                                    })
                                    .response
                                    .widget_info(|| {
                                        let mut info = egui::WidgetInfo::labeled(
                                            egui::accesskit::Role::ComboBox,
                                            true,
                                            tr!("import-mapping-field-for", column = header),
                                        );
                                        info.current_text_value = Some(choice.map_or_else(
                                            || tr!("import-mapping-ignore"),
                                            |f| f.label(crate::app::i18n::lang()),
                                        ));
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
                ui.label(tr!("import-mapping-slash-dates"));
                let mut order = dialog.mapping.date_order;
                ui.radio_value(&mut order, None, tr!("import-mapping-dates-decided"));
                ui.radio_value(
                    &mut order,
                    Some(DateOrder::MonthFirst),
                    tr!("import-date-mdy"),
                );
                ui.radio_value(
                    &mut order,
                    Some(DateOrder::DayFirst),
                    tr!("import-date-dmy"),
                );
                dialog.mapping.date_order = order;
            });
            let missing = dialog.missing();
            for what in &missing {
                ui.label(
                    RichText::new(tr!("import-mapping-still-needed", what = what))
                        .color(ui.visuals().warn_fg_color),
                );
            }
            ui.horizontal(|ui| {
                let load = ui.add_enabled(
                    missing.is_empty(),
                    egui::Button::new(tr!("import-mapping-load")),
                );
                if load.clicked() {
                    commands.push(Command::ApplyMapping(dialog.mapping.clone()));
                }
                if ui.button(tr!("import-mapping-skip")).clicked() {
                    commands.push(Command::CloseMappingDialog);
                }
            });
        });
    if !open {
        commands.push(Command::CloseMappingDialog);
    }
}
