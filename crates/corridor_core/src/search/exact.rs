//! Exact, case-insensitive lookup of trace ids and serial numbers.
//!
//! A million mostly-unique strings would cost tens of megabytes as a hash
//! map of `String`s. Instead each row keeps a 32-bit hash of its folded
//! text packed with the row number in one sorted `u64`: 8 bytes a row,
//! sorted once per load, and a lookup is a binary search plus a check of
//! the few rows sharing the hash.

use crate::aggregate::filter::fold_lower;
use crate::model::text_column::TextColumn;

/// Exact, case- and accent-insensitive lookup in one text column (see the
/// module docs for how it is stored).
#[derive(Clone, Debug, Default)]
pub struct ExactIndex {
    /// `hash << 32 | row`, ascending.
    keys: Vec<u64>,
}

impl ExactIndex {
    /// Indexes every non-empty row of `column`.
    ///
    /// ```
    /// use corridor_core::model::text_column::TextColumn;
    /// use corridor_core::search::exact::ExactIndex;
    /// let mut ids = TextColumn::default();
    /// for id in ["T-1", "", "t-2", "T-2"] {
    ///     ids.push(id);
    /// }
    /// let index = ExactIndex::build(&ids);
    /// assert_eq!(index.find(&ids, "t-1"), vec![0]);
    /// assert_eq!(index.find(&ids, "T-2"), vec![2, 3]);
    /// assert!(index.find(&ids, "T-").is_empty());
    /// assert!(index.find(&ids, "").is_empty());
    /// ```
    pub fn build(column: &TextColumn) -> Self {
        let mut keys = Vec::with_capacity(column.len());
        for row in 0..column.len() {
            let text = column.get(row);
            if text.is_empty() {
                continue;
            }
            keys.push(u64::from(folded_hash(text)) << 32 | row as u64);
        }
        keys.sort_unstable();
        Self { keys }
    }

    /// Rows whose text equals `query`, ignoring case and accents, ascending.
    pub fn find(&self, column: &TextColumn, query: &str) -> Vec<usize> {
        let query = query.trim();
        if query.is_empty() {
            return Vec::new();
        }
        let folded_query = fold_lower(query);
        let hash = u64::from(folded_hash(query)) << 32;
        let start = self.keys.partition_point(|&k| k < hash);
        self.keys[start..]
            .iter()
            .take_while(|&&k| k & !0xFFFF_FFFF == hash)
            .map(|&k| (k & 0xFFFF_FFFF) as usize)
            .filter(|&row| same_folded(column.get(row), &folded_query))
            .collect()
    }

    /// Heap bytes held: 8 per row of the column it was built from (empty
    /// rows included, as room is reserved for every row).
    pub fn heap_bytes(&self) -> usize {
        self.keys.capacity() * 8
    }
}

fn same_folded(text: &str, folded_query: &str) -> bool {
    if text.is_ascii() && folded_query.is_ascii() {
        text.eq_ignore_ascii_case(folded_query)
    } else {
        fold_lower(text) == folded_query
    }
}

/// FNV-1a of the folded text, fed byte by byte so the ASCII fast path and
/// the folded copy hash the same.
fn folded_hash(text: &str) -> u32 {
    let mut hash: u32 = 0x811c_9dc5;
    let mut feed = |byte: u8| {
        hash ^= u32::from(byte);
        hash = hash.wrapping_mul(0x0100_0193);
    };
    if text.is_ascii() {
        text.bytes()
            .map(|b| b.to_ascii_lowercase())
            .for_each(&mut feed);
    } else {
        fold_lower(text).bytes().for_each(&mut feed);
    }
    hash
}
