//! File › Hand over…: who hands over and what the package hides, then
//! where to write it.

use egui::Ui;

use crate::app::commands::Command;
use crate::app::handover::{HandoverForm, HandoverRedaction};
use crate::app::project_session::ProjectCommand;
use crate::tr;

/// The window, while `form` is being filled in.
pub fn handover_window_ui(
    ctx: &egui::Context,
    form: &mut Option<HandoverForm>,
    commands: &mut Vec<Command>,
) {
    let Some(edited) = form else {
        return;
    };
    let mut open = true;
    egui::Window::new(tr!("dialog-handover-title"))
        .open(&mut open)
        .collapsible(false)
        .resizable(false)
        .show(ctx, |ui| form_ui(ui, edited, commands));
    if !open {
        commands.push(Command::Project(ProjectCommand::CloseHandover));
    }
}

fn form_ui(ui: &mut Ui, form: &mut HandoverForm, commands: &mut Vec<Command>) {
    ui.label(tr!("dialog-handover-intro"));
    ui.add_space(6.0);
    ui.horizontal(|ui| {
        let label = ui.label(tr!("dialog-handover-from"));
        ui.add(
            egui::TextEdit::singleline(&mut form.agency)
                .hint_text(tr!("dialog-handover-from-hint"))
                .desired_width(200.0),
        )
        .labelled_by(label.id);
    });
    ui.add_space(4.0);
    ui.label(tr!("dialog-handover-identifiers"));
    ui.radio_value(
        &mut form.redaction,
        HandoverRedaction::None,
        tr!("dialog-handover-as-is"),
    );
    ui.radio_value(
        &mut form.redaction,
        HandoverRedaction::Identifiers,
        tr!("dialog-handover-redact-people"),
    )
    .on_hover_text(tr!("dialog-handover-redact-people-tip"));
    ui.radio_value(
        &mut form.redaction,
        HandoverRedaction::IdentifiersAndDealers,
        tr!("dialog-handover-redact-dealers"),
    );
    ui.add_space(6.0);
    ui.horizontal(|ui| {
        if ui.button(tr!("dialog-handover-write")).clicked() {
            commands.push(Command::Project(ProjectCommand::HandoverChoose(
                form.clone(),
            )));
        }
        if ui.button(tr!("dialog-cancel")).clicked() {
            commands.push(Command::Project(ProjectCommand::CloseHandover));
        }
    });
}
