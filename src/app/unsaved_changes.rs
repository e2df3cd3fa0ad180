//! "Save changes?" before unsaved work is replaced: a new project, opening
//! another, or quitting (the menu, Ctrl+Q or the window's close button).
//! The recovery file would keep the work after a quit, but a desktop tool
//! asks rather than leaving it to be found at the next start.

use std::path::PathBuf;

use super::commands::Command;
use super::corridor_app::CorridorApp;
use super::project_session::ProjectCommand;
use crate::tr;

/// What waits for the answer.
#[derive(Clone, Debug, PartialEq)]
pub enum Replacing {
    New,
    OpenDialog,
    Open(PathBuf),
    Quit,
}

impl Replacing {
    pub(super) fn command(&self) -> Command {
        match self {
            Replacing::New => Command::Project(ProjectCommand::New),
            Replacing::OpenDialog => Command::Project(ProjectCommand::OpenDialog),
            Replacing::Open(path) => Command::Project(ProjectCommand::Open(path.clone())),
            Replacing::Quit => Command::Quit,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnsavedAnswer {
    /// Save (asking for a file when untitled), then go on if it worked.
    Save,
    /// Go on; the changes are lost.
    Discard,
    /// Stay with the unsaved work.
    Cancel,
}

/// The question and what it is about.
#[derive(Default)]
pub struct UnsavedState {
    pub asking: Option<Replacing>,
    /// The user said to go on: the next replacing command proceeds.
    go_on: bool,
}

impl CorridorApp {
    /// Whether `action` must wait for the user's answer (unsaved changes
    /// and no answer yet); asks if so.
    pub(super) fn must_confirm(&mut self, action: Replacing) -> bool {
        let unsaved = &mut self.dialogs.unsaved;
        if std::mem::take(&mut unsaved.go_on) || !self.session.project.dirty {
            return false;
        }
        unsaved.asking = Some(action);
        true
    }

    /// The next replacing command goes on without asking (one already
    /// confirmed leads to another, as the open dialog to the open).
    pub(super) fn confirmed(&mut self) {
        self.dialogs.unsaved.go_on = true;
    }

    /// The window's close button: held back while there is unsaved work.
    pub(super) fn check_close_request(&mut self, ctx: &egui::Context) {
        if ctx.input(|i| i.viewport().close_requested()) && self.must_confirm(Replacing::Quit) {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
        }
    }

    pub(super) fn answer_unsaved(&mut self, answer: UnsavedAnswer) {
        let Some(action) = self.dialogs.unsaved.asking.take() else {
            return;
        };
        match answer {
            UnsavedAnswer::Cancel => {}
            UnsavedAnswer::Discard => {
                // Discarded means gone: the autosaved copy must not be
                // offered back at the next start.
                self.discard_unsaved();
                self.dialogs.unsaved.go_on = true;
                self.push(action.command());
            }
            UnsavedAnswer::Save => match self.session.project.path.clone() {
                Some(path) => {
                    if self.save_project(&path) {
                        self.dialogs.unsaved.go_on = true;
                        self.push(action.command());
                    }
                }
                // Untitled: saved (and gone on) once a file is chosen.
                None => self.ask_save(Some(action)),
            },
        }
    }
}

/// The question about the project called `name`, as a modal dialog.
pub fn unsaved_dialog_ui(ctx: &egui::Context, name: &str, commands: &mut Vec<Command>) {
    let mut answer = None;
    let modal = egui::Modal::new(egui::Id::unique("unsaved-changes")).show(ctx, |ui| {
        ui.set_max_width(440.0);
        ui.heading(tr!("dialog-unsaved-heading", name = name));
        ui.label(tr!("dialog-unsaved-text"));
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            if ui.button(tr!("dialog-unsaved-save")).clicked() {
                answer = Some(UnsavedAnswer::Save);
            }
            if ui
                .button(tr!("dialog-unsaved-discard"))
                .on_hover_text(tr!("dialog-unsaved-discard-tip"))
                .clicked()
            {
                answer = Some(UnsavedAnswer::Discard);
            }
            if ui.button(tr!("dialog-cancel")).clicked() {
                answer = Some(UnsavedAnswer::Cancel);
            }
        });
    });
    if modal.should_close() && answer.is_none() {
        answer = Some(UnsavedAnswer::Cancel);
    }
    if let Some(answer) = answer {
        commands.push(Command::Project(ProjectCommand::AnswerUnsaved(answer)));
    }
}
