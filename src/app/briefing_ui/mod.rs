//! The briefing in the app: saved views, presentation mode, annotation
//! tools and the redaction switch. The core types are in
//! [`corridor_core::briefing`]; this module turns input into [`BriefingCommand`]s
//! and applies them.

pub mod apply;
pub mod menu;
pub mod presentation;
pub mod views;

use corridor_core::briefing::flight::Flight;
use corridor_core::briefing::{Annotation, Redaction};

/// What the user asked of the briefing during a frame.
#[derive(Clone, Debug, PartialEq)]
pub enum BriefingCommand {
    ToggleViewsPanel,
    /// Save the current state as a new view at the end of the list.
    AddView,
    /// Overwrite a view with the current state, keeping its name and titles.
    UpdateView(usize),
    /// Put a view's state back and move the camera to it.
    ShowView(usize),
    RenameView(usize, String),
    /// Start or stop editing a view's name in the panel.
    EditName(Option<usize>),
    SetViewTitle(usize, String),
    SetViewSubtitle(usize, String),
    MoveView {
        from: usize,
        to: usize,
    },
    DeleteView(usize),
    StartPresentation,
    StopPresentation,
    /// Next (+1) or previous (-1) slide.
    StepSlide(i32),
    GoToSlide(usize),
    SetRedaction(Redaction),
    /// Arm a tool: the next click (or drag, for an arrow) on the map places it.
    SetTool(Option<AnnotationTool>),
    AddAnnotation(Annotation),
    UpdateAnnotation(Annotation),
    DeleteAnnotation(u64),
    SelectAnnotation(Option<u64>),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AnnotationTool {
    Note,
    Arrow,
    Circle,
}

impl AnnotationTool {
    /// What to do with the tool armed, in the language of the window being
    /// drawn.
    pub fn hint(self) -> String {
        match self {
            AnnotationTool::Note => crate::tr!("briefing-hint-note"),
            AnnotationTool::Arrow => crate::tr!("briefing-hint-arrow"),
            AnnotationTool::Circle => crate::tr!("briefing-hint-circle"),
        }
    }
}

/// The briefing's runtime state (the briefing itself is in the session).
#[derive(Clone, Debug, Default)]
pub struct BriefingUi {
    /// Set while presenting.
    pub presentation: Option<presentation::Presentation>,
    /// The view shown last (highlighted in the panel).
    pub current: Option<usize>,
    /// The view whose name is being edited, and the text so far.
    pub renaming: Option<(usize, String)>,
    /// The camera move under way.
    pub flight: Option<Flight>,
    pub tool: Option<AnnotationTool>,
    /// The annotation whose editor is open.
    pub selected_annotation: Option<u64>,
    /// The tail of the arrow being drawn (lat, lon).
    pub arrow_from: Option<(f64, f64)>,
    /// The state and current view before presenting, put back on leaving.
    pub before_presentation: Option<(corridor_core::briefing::SavedView, Option<usize>)>,
    /// The annotation the editor was drawn for last frame.
    pub editor_shown: Option<u64>,
}

impl BriefingUi {
    pub fn is_presenting(&self) -> bool {
        self.presentation.is_some()
    }
}

/// Escape disarms a tool or closes the annotation editor (before it would
/// clear the selection); Delete removes the selected annotation.
pub fn annotation_keys(
    ctx: &egui::Context,
    tool: Option<AnnotationTool>,
    selected: Option<u64>,
) -> Option<BriefingCommand> {
    use egui::{Key, Modifiers};
    let pressed = |key| ctx.input_mut(|i| i.consume_key(Modifiers::NONE, key));
    if tool.is_some() && pressed(Key::Escape) {
        Some(BriefingCommand::SetTool(None))
    } else if let Some(id) = selected {
        if pressed(Key::Delete) {
            Some(BriefingCommand::DeleteAnnotation(id))
        } else if pressed(Key::Escape) {
            Some(BriefingCommand::SelectAnnotation(None))
        } else {
            None
        }
    } else {
        None
    }
}
