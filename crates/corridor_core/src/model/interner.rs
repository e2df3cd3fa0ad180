//! Deduplicated strings referenced by 32-bit ids.
//!
//! Makes, models, calibres, agencies and place names repeat across hundreds of
//! thousands of traces; storing a `u32` per trace instead of a `String` is what
//! keeps a million traces in well under 100 bytes each.

use rustc_hash::FxHashMap;
use std::sync::Arc;

/// Id of an interned string. `StrId::EMPTY` is the empty string, used for
/// "not given".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct StrId(pub u32);

impl StrId {
    /// The empty string, always id 0: a field that was not given.
    pub const EMPTY: StrId = StrId(0);

    /// True for [`StrId::EMPTY`].
    pub fn is_empty(self) -> bool {
        self == Self::EMPTY
    }
}

/// A table of distinct strings. Id 0 is always the empty string; other ids
/// count up from 1 in the order strings were first interned.
#[derive(Clone, Debug)]
pub struct Interner {
    strings: Vec<Arc<str>>,
    ids: FxHashMap<Arc<str>, StrId>,
}

impl Default for Interner {
    fn default() -> Self {
        let empty: Arc<str> = Arc::from("");
        let mut ids = FxHashMap::default();
        ids.insert(empty.clone(), StrId::EMPTY);
        Self {
            strings: vec![empty],
            ids,
        }
    }
}

impl Interner {
    /// Interns `text` after trimming surrounding whitespace.
    ///
    /// ```
    /// use corridor_core::model::interner::{Interner, StrId};
    /// let mut strings = Interner::default();
    /// let a = strings.intern(" Glock ");
    /// assert_eq!(strings.intern("Glock"), a);
    /// assert_eq!(strings.get(a), "Glock");
    /// assert_eq!(strings.intern("   "), StrId::EMPTY);
    /// ```
    pub fn intern(&mut self, text: &str) -> StrId {
        let text = crate::text::fast_trim(text);
        if text.is_empty() {
            return StrId::EMPTY;
        }
        if let Some(&id) = self.ids.get(text) {
            return id;
        }
        let id = StrId(u32::try_from(self.strings.len()).unwrap_or(u32::MAX));
        let shared: Arc<str> = Arc::from(text);
        self.strings.push(shared.clone());
        self.ids.insert(shared, id);
        id
    }

    /// Looks a string up without adding it.
    pub fn find(&self, text: &str) -> Option<StrId> {
        self.ids.get(crate::text::fast_trim(text)).copied()
    }

    /// The text of `id`; an empty string for an id this interner never gave
    /// out.
    pub fn get(&self, id: StrId) -> &str {
        self.strings.get(id.0 as usize).map_or("", |s| s)
    }

    /// Number of distinct strings, the empty string included, so at least 1.
    pub fn len(&self) -> usize {
        self.strings.len()
    }

    /// True when the interner holds only the empty string.
    pub fn is_empty(&self) -> bool {
        self.strings.len() <= 1
    }

    /// All strings with their ids, the empty string included.
    pub fn iter(&self) -> impl Iterator<Item = (StrId, &str)> {
        self.strings
            .iter()
            .enumerate()
            .map(|(i, s)| (StrId(i as u32), &**s))
    }

    /// Heap bytes held, for memory accounting.
    pub fn heap_bytes(&self) -> usize {
        let text: usize = self.strings.iter().map(|s| s.len() + 16).sum();
        text + self.strings.capacity() * 16 + self.ids.capacity() * 24
    }
}
