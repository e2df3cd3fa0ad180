//! Folding and ranking text matches, shared by every kind of entry.

use crate::aggregate::filter::fold_lower;

/// How well an entry's text matches a query; lower is better, so results
/// sort by it directly.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum MatchTier {
    /// The whole text is the query.
    Exact,
    /// The text starts with the query.
    Prefix,
    /// A word of the text starts with the query ("worth" in "Fort Worth").
    WordPrefix,
    /// The query is somewhere inside a word.
    Substring,
    /// Every word of the query is somewhere in the text, in any order.
    AllWords,
}

/// The query as entries are stored: folded, with runs of spaces collapsed.
///
/// ```
/// use corridor_core::search::text::normalize_query;
/// assert_eq!(normalize_query("  Ciudad   JUÁREZ "), "ciudad juarez");
/// ```
pub fn normalize_query(query: &str) -> String {
    let folded = fold_lower(query);
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Letters and digits only, folded, for licence numbers written with or
/// without dashes.
///
/// ```
/// use corridor_core::search::text::alnum_key;
/// assert_eq!(alnum_key("9-86-013-01-5D"), "986013015d");
/// ```
pub fn alnum_key(text: &str) -> String {
    fold_lower(text)
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect()
}

/// How `text` (already folded) matches `query` (already normalized), if at all.
///
/// ```
/// use corridor_core::search::text::{MatchTier, match_tier};
/// assert_eq!(match_tier("fort worth, tx", "fort worth, tx"), Some(MatchTier::Exact));
/// assert_eq!(match_tier("fort worth, tx", "fort"), Some(MatchTier::Prefix));
/// assert_eq!(match_tier("fort worth, tx", "worth"), Some(MatchTier::WordPrefix));
/// assert_eq!(match_tier("fort worth, tx", "orth"), Some(MatchTier::Substring));
/// assert_eq!(match_tier("fort worth, tx", "tx fort"), Some(MatchTier::AllWords));
/// assert_eq!(match_tier("fort worth, tx", "dallas"), None);
/// ```
pub fn match_tier(text: &str, query: &str) -> Option<MatchTier> {
    if query.is_empty() {
        return None;
    }
    if text == query {
        return Some(MatchTier::Exact);
    }
    if text.starts_with(query) {
        return Some(MatchTier::Prefix);
    }
    let mut found = false;
    for (at, _) in text.match_indices(query) {
        found = true;
        let word_start = text[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        if word_start {
            return Some(MatchTier::WordPrefix);
        }
    }
    if found {
        return Some(MatchTier::Substring);
    }
    let mut words = query.split(' ').peekable();
    // One word was already looked for as a whole.
    words.peek()?;
    if query.contains(' ') && words.all(|w| text.contains(w)) {
        return Some(MatchTier::AllWords);
    }
    None
}
