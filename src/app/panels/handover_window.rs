//! File › Hand over…: who hands over and what the package hides, then
//! where to write it.

use egui::Ui;

use crate::app::commands::Command;
use crate::app::handover::{HandoverForm, HandoverRedaction};
use crate::app::project_session::ProjectCommand;

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
    egui::Window::new("Hand over")
        .open(&mut open)
        .collapsible(false)
        .resizable(false)
        .show(ctx, |ui| form_ui(ui, edited, commands));
    if !open {
        commands.push(Command::Project(ProjectCommand::CloseHandover));
    }
}

fn form_ui(ui: &mut Ui, form: &mut HandoverForm, commands: &mut Vec<Command>) {
    ui.label(
        "One zip file for another agency: this project with its data inside, a manifest with the \
         SHA-256 of every file, who made it and when, and a README. The receiver checks it with \
         Corridor (opening it says whether it is as handed over) or `corridor verify`.",
    );
    ui.add_space(6.0);
    ui.horizontal(|ui| {
        let label = ui.label("From (agency)");
        ui.add(
            egui::TextEdit::singleline(&mut form.agency)
                .hint_text("e.g. ATF Phoenix FD")
                .desired_width(200.0),
        )
        .labelled_by(label.id);
    });
    ui.add_space(4.0);
    ui.label("Identifiers");
    ui.radio_value(
        &mut form.redaction,
        HandoverRedaction::None,
        "Hand over the data as it is",
    );
    ui.radio_value(
        &mut form.redaction,
        HandoverRedaction::Identifiers,
        "Redact people: purchasers and addresses as aliases, no names, dates of birth or serials",
    )
    .on_hover_text(
        "Networks stay as they are: the aliases still tell purchasers and shared addresses apart.",
    );
    ui.radio_value(
        &mut form.redaction,
        HandoverRedaction::IdentifiersAndDealers,
        "Redact people and dealers (stores as aliases, no licence numbers)",
    );
    ui.add_space(6.0);
    ui.horizontal(|ui| {
        if ui.button("Write package…").clicked() {
            commands.push(Command::Project(ProjectCommand::HandoverChoose(
                form.clone(),
            )));
        }
        if ui.button("Cancel").clicked() {
            commands.push(Command::Project(ProjectCommand::CloseHandover));
        }
    });
}
