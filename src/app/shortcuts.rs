//! Keyboard shortcuts and dropped files, turned into commands.

use std::path::PathBuf;

use egui::{Key, KeyboardShortcut, Modifiers};

use super::briefing_ui::{AnnotationTool, BriefingCommand, annotation_keys};
use super::commands::Command;
use super::image_export::{ImageCommand, ImageScope};
use super::project_session::ProjectCommand;

/// What the shortcuts depend on.
pub struct ShortcutState {
    /// Ctrl+G toggles the charts.
    pub show_charts: bool,
    /// An annotation tool is armed (Esc disarms it).
    pub tool: Option<AnnotationTool>,
    /// The annotation whose editor is open (Delete removes it).
    pub selected_annotation: Option<u64>,
}

/// The shortcuts pressed in this frame, and files dropped on the window.
pub fn shortcuts(ctx: &egui::Context, state: &ShortcutState, commands: &mut Vec<Command>) {
    let shortcuts = [
        // Before Ctrl+S, which would also match with Shift held.
        (
            KeyboardShortcut::new(Modifiers::COMMAND | Modifiers::SHIFT, Key::S),
            Command::Project(ProjectCommand::SaveAsDialog),
        ),
        (
            KeyboardShortcut::new(Modifiers::COMMAND, Key::S),
            Command::Project(ProjectCommand::Save),
        ),
        (
            KeyboardShortcut::new(Modifiers::COMMAND, Key::O),
            Command::OpenDialog,
        ),
        (
            KeyboardShortcut::new(Modifiers::COMMAND, Key::E),
            Command::Image(ImageCommand::Dialog(ImageScope::CurrentView)),
        ),
        (
            KeyboardShortcut::new(Modifiers::COMMAND, Key::Q),
            Command::Quit,
        ),
        (
            KeyboardShortcut::new(Modifiers::COMMAND, Key::Num0),
            Command::FitToData,
        ),
        (
            KeyboardShortcut::new(Modifiers::COMMAND, Key::B),
            Command::ToggleFilterPanel,
        ),
        (
            KeyboardShortcut::new(Modifiers::COMMAND, Key::R),
            Command::ShowReport(true),
        ),
        (
            KeyboardShortcut::new(Modifiers::COMMAND, Key::T),
            Command::ToggleCorridors,
        ),
        (
            KeyboardShortcut::new(Modifiers::COMMAND, Key::G),
            Command::SetCharts(!state.show_charts),
        ),
        (
            KeyboardShortcut::new(Modifiers::COMMAND, Key::F),
            Command::FocusSearch,
        ),
        (
            KeyboardShortcut::new(Modifiers::COMMAND | Modifiers::SHIFT, Key::V),
            Command::Briefing(BriefingCommand::ToggleViewsPanel),
        ),
        (
            KeyboardShortcut::new(Modifiers::NONE, Key::F5),
            Command::Briefing(BriefingCommand::StartPresentation),
        ),
    ];
    for (shortcut, command) in shortcuts {
        if ctx.input_mut(|i| i.consume_shortcut(&shortcut)) {
            commands.push(command);
        }
    }
    let typing = ctx.egui_wants_keyboard_input();
    if !typing {
        if let Some(command) = annotation_keys(ctx, state.tool, state.selected_annotation) {
            commands.push(Command::Briefing(command));
        }
        if ctx.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Escape)) {
            commands.push(Command::Select(None));
        }
        if ctx.input_mut(|i| {
            i.consume_key(Modifiers::NONE, Key::Plus) || i.consume_key(Modifiers::NONE, Key::Equals)
        }) {
            commands.push(Command::ZoomBy(1.0));
        }
        if ctx.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Minus)) {
            commands.push(Command::ZoomBy(-1.0));
        }
    }
    let dropped: Vec<PathBuf> = ctx.input(|i| {
        i.raw
            .dropped_files
            .iter()
            .map(|f| f.path().to_path_buf())
            .collect()
    });
    // A dropped project opens as a project; data files load as data.
    let (projects, dropped): (Vec<PathBuf>, Vec<PathBuf>) = dropped.into_iter().partition(|p| {
        corridor_core::project::is_project_path(p)
            || corridor_core::project::handover::is_zip_path(p)
    });
    if let Some(project) = projects.into_iter().next() {
        commands.push(Command::Project(ProjectCommand::Open(project)));
    } else if !dropped.is_empty() {
        commands.push(Command::OpenPaths(dropped));
    }
}
