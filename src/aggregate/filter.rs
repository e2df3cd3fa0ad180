//! Which traces the user is looking at.

use serde::{Deserialize, Serialize};

use crate::model::{Dataset, StrId, WeaponClass};

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

/// The make/model words compiled against a dataset's strings.
pub struct TextMatcher {
    /// Per string id: bit `i` set when word `i` occurs in it.
    word_bits: Vec<u32>,
    all_bits: u32,
}

impl TextMatcher {
    /// `None` when there is no text to match (every trace passes).
    pub fn new(dataset: &Dataset, query: &str) -> Option<TextMatcher> {
        let words: Vec<String> = query.split_whitespace().take(32).map(fold_lower).collect();
        if words.is_empty() {
            return None;
        }
        let all_bits = if words.len() == 32 {
            u32::MAX
        } else {
            (1u32 << words.len()) - 1
        };
        let mut word_bits = vec![0u32; dataset.strings.len()];
        let mut used = vec![false; dataset.strings.len()];
        for &id in dataset.traces.make.iter().chain(&dataset.traces.model) {
            used[id.0 as usize] = true;
        }
        for (id, text) in dataset.strings.iter() {
            if !used[id.0 as usize] {
                continue;
            }
            let folded = fold_lower(text);
            let mut bits = 0u32;
            for (i, word) in words.iter().enumerate() {
                if folded.contains(word.as_str()) {
                    bits |= 1 << i;
                }
            }
            word_bits[id.0 as usize] = bits;
        }
        Some(TextMatcher {
            word_bits,
            all_bits,
        })
    }

    pub fn matches(&self, make: StrId, model: StrId) -> bool {
        let bits = self.word_bits.get(make.0 as usize).copied().unwrap_or(0)
            | self.word_bits.get(model.0 as usize).copied().unwrap_or(0);
        bits == self.all_bits
    }
}

/// Lower case with Spanish accents folded, for forgiving text search.
pub fn fold_lower(text: &str) -> String {
    text.chars()
        .map(crate::import::fields::fold_accent)
        .flat_map(char::to_lowercase)
        .collect()
}
