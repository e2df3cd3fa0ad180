//! The briefing being built in a session: its views, the annotations on
//! the map now, and the redaction switch. Saved in project files.

use serde::{Deserialize, Serialize};

use super::{Annotation, Redaction, SavedView};

/// A session's briefing: its slides, the annotations on the map now, and
/// the redaction switch.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Briefing {
    /// The slides, in presentation order.
    pub views: Vec<SavedView>,
    /// Annotations on the map now; a view added from the current state
    /// takes a copy, and showing a view puts its own back.
    pub annotations: Vec<Annotation>,
    /// Which personal identifiers every display and export hides.
    pub redaction: Redaction,
}

impl Briefing {
    /// The first view with this name, if any.
    pub fn view(&self, name: &str) -> Option<&SavedView> {
        self.views.iter().find(|v| v.name == name)
    }
}
