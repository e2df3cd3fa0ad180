//! The editor of the selected annotation: text, colour, radius, delete.

use egui::RichText;

use crate::app::briefing_ui::{BriefingCommand, BriefingUi};
use crate::app::commands::Command;
use corridor_core::briefing::{Annotation, Shape};

/// Accessible name of the text field.
pub const TEXT_LABEL: &str = "Annotation text";

/// The editor of the annotation selected in `state`, if any.
pub fn annotation_editor_ui(
    ctx: &egui::Context,
    annotations: &[Annotation],
    state: &mut BriefingUi,
    out: &mut Vec<Command>,
) {
    let shown = state.selected_annotation.filter(|_| !state.is_presenting());
    // A new window is measured in an invisible first frame: draw again.
    if shown.is_some() && state.editor_shown != shown {
        ctx.request_repaint();
    }
    state.editor_shown = shown;
    let Some(id) = shown else {
        return;
    };
    let Some(annotation) = annotations.iter().find(|a| a.id == id) else {
        return;
    };
    let mut edited = annotation.clone();
    let mut commands = Vec::new();
    let mut open = true;
    egui::Window::new("Annotation")
        .open(&mut open)
        .resizable(false)
        .collapsible(false)
        .default_pos(ctx.content_rect().right_top() + egui::vec2(-340.0, 180.0))
        .show(ctx, |ui| {
            ui.label(
                RichText::new(match edited.shape {
                    Shape::Note => "Note",
                    Shape::Arrow { .. } => "Arrow (its text sits at the tail)",
                    Shape::Circle { .. } => "Circle (its text sits at the centre)",
                })
                .small(),
            );
            ui.add(
                egui::TextEdit::multiline(&mut edited.text)
                    .desired_rows(2)
                    .desired_width(260.0)
                    .hint_text("Text on the map"),
            )
            .accessible_name(TEXT_LABEL);
            ui.horizontal(|ui| {
                ui.label("Colour");
                let [r, g, b, _] = edited.color.0;
                let mut rgb = [r, g, b];
                if ui.color_edit_button_srgb(&mut rgb).changed() {
                    edited.color = corridor_core::scene::Rgba::rgb(rgb[0], rgb[1], rgb[2]);
                }
            });
            if let Shape::Circle { radius_km } = &mut edited.shape {
                ui.horizontal(|ui| {
                    ui.label("Radius");
                    ui.add(
                        egui::DragValue::new(radius_km)
                            .range(1.0..=2000.0)
                            .speed(1.0)
                            .suffix(" km"),
                    );
                });
            }
            ui.horizontal(|ui| {
                if ui
                    .button("Delete annotation")
                    .on_hover_text("Remove it from the map (Delete)")
                    .clicked()
                {
                    commands.push(BriefingCommand::DeleteAnnotation(id));
                }
                if ui.button("Done").clicked() {
                    commands.push(BriefingCommand::SelectAnnotation(None));
                }
            });
            ui.label(
                RichText::new("Saved into a view by Add view or Update.")
                    .small()
                    .weak(),
            );
        });
    if !open {
        commands.push(BriefingCommand::SelectAnnotation(None));
    }
    if edited != *annotation {
        commands.insert(0, BriefingCommand::UpdateAnnotation(edited));
    }
    out.extend(commands.into_iter().map(Command::Briefing));
}
