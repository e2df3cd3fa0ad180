//! The editor of the selected annotation: text, colour, radius, delete.

use egui::RichText;

use crate::app::briefing_ui::{BriefingCommand, BriefingUi};
use crate::app::commands::Command;
use corridor_core::briefing::{Annotation, Shape};

use crate::tr;

/// Accessible name of the text field in English, as tests find it; screen
/// readers get it in the window's language (`briefing-annotation-text-field`).
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
    egui::Window::new(tr!("briefing-annotation-title"))
        .open(&mut open)
        .resizable(false)
        .collapsible(false)
        .default_pos(ctx.content_rect().right_top() + egui::vec2(-340.0, 180.0))
        .show(ctx, |ui| {
            ui.label(
                RichText::new(match edited.shape {
                    Shape::Note => tr!("briefing-annotation-note"),
                    Shape::Arrow { .. } => tr!("briefing-annotation-arrow"),
                    Shape::Circle { .. } => tr!("briefing-annotation-circle"),
                })
                .small(),
            );
            ui.add(
                egui::TextEdit::multiline(&mut edited.text)
                    .desired_rows(2)
                    .desired_width(260.0)
                    .hint_text(tr!("briefing-annotation-hint")),
            )
            .accessible_name(tr!("briefing-annotation-text-field"));
            ui.horizontal(|ui| {
                ui.label(tr!("briefing-annotation-colour"));
                let [r, g, b, _] = edited.color.0;
                let mut rgb = [r, g, b];
                if ui.color_edit_button_srgb(&mut rgb).changed() {
                    edited.color = corridor_core::scene::Rgba::rgb(rgb[0], rgb[1], rgb[2]);
                }
            });
            if let Shape::Circle { radius_km } = &mut edited.shape {
                ui.horizontal(|ui| {
                    ui.label(tr!("briefing-annotation-radius"));
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
                    .button(tr!("briefing-annotation-delete"))
                    .on_hover_text(tr!("briefing-annotation-delete-tip"))
                    .clicked()
                {
                    commands.push(BriefingCommand::DeleteAnnotation(id));
                }
                if ui.button(tr!("briefing-annotation-done")).clicked() {
                    commands.push(BriefingCommand::SelectAnnotation(None));
                }
            });
            ui.label(
                RichText::new(tr!("briefing-annotation-saved-note"))
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
