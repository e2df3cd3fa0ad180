//! Which traces the user is looking at.

use serde::{Deserialize, Serialize};

use crate::model::{Dataset, WeaponClass, WeaponId};

/// The filter panel's state; persisted between runs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct TraceFilter {
    /// Indexed by [`WeaponClass::index`].
    pub classes: [bool; WeaponClass::COUNT],
    /// Words that must each appear in the make or the model.
    pub make_model: String,
}

impl Default for TraceFilter {
    fn default() -> Self {
        Self {
            classes: [true; WeaponClass::COUNT],
            make_model: String::new(),
        }
    }
}

impl TraceFilter {
    pub fn class_enabled(&self, class: WeaponClass) -> bool {
        self.classes[class.index()]
    }

    pub fn set_class(&mut self, class: WeaponClass, enabled: bool) {
        self.classes[class.index()] = enabled;
    }

    pub fn has_text(&self) -> bool {
        !self.make_model.trim().is_empty()
    }
}

/// How many flows to draw: a million traces between thousands of stores
/// and sites make more lines than anyone can read.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct FlowDensity {
    /// Flows with fewer traces are not drawn.
    pub min_traces: u32,
    /// Draw only this many of the largest flows.
    pub top: Option<u32>,
}

impl Default for FlowDensity {
    fn default() -> Self {
        Self {
            min_traces: 1,
            top: Some(DEFAULT_TOP_FLOWS),
        }
    }
}

/// Largest flows drawn by default: enough to show every corridor of the
/// demo data, few enough to read.
pub const DEFAULT_TOP_FLOWS: u32 = 1000;

/// The make/model words compiled against a dataset's weapon descriptions.
pub struct TextMatcher {
    /// Per weapon id: whether its make and model hold every word.
    matching: Vec<bool>,
}

impl TextMatcher {
    /// `None` when there is no text to match (every trace passes).
    pub fn new(dataset: &Dataset, query: &str) -> Option<TextMatcher> {
        let words: Vec<String> = query.split_whitespace().map(fold_lower).collect();
        if words.is_empty() {
            return None;
        }
        let matching = dataset
            .weapons
            .iter()
            .map(|weapon| {
                let make = fold_lower(dataset.str(weapon.make));
                let model = fold_lower(dataset.str(weapon.model));
                words
                    .iter()
                    .all(|w| make.contains(w.as_str()) || model.contains(w.as_str()))
            })
            .collect();
        Some(TextMatcher { matching })
    }

    pub fn matches(&self, weapon: WeaponId) -> bool {
        self.matching
            .get(weapon.0 as usize)
            .copied()
            .unwrap_or(false)
    }
}

/// Lower case with Spanish accents folded, for forgiving text search.
pub fn fold_lower(text: &str) -> String {
    text.chars()
        .map(crate::import::fields::fold_accent)
        .flat_map(char::to_lowercase)
        .collect()
}
