//! The briefing's menu entries: views, presentation and redaction in the
//! View menu; the Annotate menu.

use egui::Ui;

use super::{AnnotationTool, BriefingCommand};
use crate::app::commands::Command;
use crate::tr;
use corridor_core::briefing::{Annotation, Redaction};

/// Shortcut of the views panel.
pub const VIEWS_SHORTCUT: &str = "Ctrl+Shift+V";

/// The views panel, Present and the redaction switches; `views_panel`:
/// whether the panel is shown.
pub fn view_menu_items_ui(
    ui: &mut Ui,
    views_panel: bool,
    redaction: Redaction,
    commands: &mut Vec<Command>,
) {
    let mut views = views_panel;
    ui.horizontal(|ui| {
        if ui
            .checkbox(&mut views, tr!("menu-views-panel"))
            .on_hover_text(tr!("menu-views-panel-tip"))
            .changed()
        {
            commands.push(Command::Briefing(BriefingCommand::ToggleViewsPanel));
        }
        ui.weak(VIEWS_SHORTCUT);
    });
    if ui
        .add(egui::Button::new(tr!("menu-present")).shortcut_text("F5"))
        .on_hover_text(tr!("menu-present-tip"))
        .clicked()
    {
        commands.push(Command::Briefing(BriefingCommand::StartPresentation));
    }
    ui.separator();
    let mut identifiers = redaction.identifiers;
    let mut dealers = redaction.dealer_names;
    ui.checkbox(&mut identifiers, tr!("menu-redact-identifiers"))
        .on_hover_text(tr!("menu-redact-identifiers-tip"));
    ui.checkbox(&mut dealers, tr!("menu-redact-dealers"))
        .on_hover_text(tr!("menu-redact-dealers-tip"));
    // Dealer names are hidden only on top of identifiers: one click on
    // either gives a consistent switch.
    let wanted = if dealers && !redaction.dealer_names {
        Redaction {
            identifiers: true,
            dealer_names: true,
        }
    } else {
        Redaction {
            identifiers,
            dealer_names: identifiers && dealers,
        }
    };
    if wanted != redaction {
        commands.push(Command::Briefing(BriefingCommand::SetRedaction(wanted)));
    }
}

/// The Annotate menu: arm a tool (`armed`: the one armed now), or remove
/// every annotation on the map.
pub fn annotate_menu_ui(
    ui: &mut Ui,
    armed: Option<AnnotationTool>,
    annotations: &[Annotation],
    commands: &mut Vec<Command>,
) {
    ui.menu_button(tr!("menu-annotate"), |ui| {
        for (tool, label) in [
            (AnnotationTool::Note, tr!("menu-annotate-note")),
            (AnnotationTool::Arrow, tr!("menu-annotate-arrow")),
            (AnnotationTool::Circle, tr!("menu-annotate-circle")),
        ] {
            if ui
                .selectable_label(armed == Some(tool), label)
                .on_hover_text(tool.hint())
                .clicked()
            {
                commands.push(Command::Briefing(BriefingCommand::SetTool(Some(tool))));
                ui.close();
            }
        }
        ui.separator();
        let any = !annotations.is_empty();
        if ui
            .add_enabled(any, egui::Button::new(tr!("menu-annotate-remove-all")))
            .clicked()
        {
            for annotation in annotations {
                commands.push(Command::Briefing(BriefingCommand::DeleteAnnotation(
                    annotation.id,
                )));
            }
        }
    });
}
