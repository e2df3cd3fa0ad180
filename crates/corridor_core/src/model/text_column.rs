//! A column of mostly-unique strings (trace ids, serial numbers) stored in one
//! buffer, so a million of them cost their bytes plus four, not a `String` each.

/// Strings of one column, one per row, stored end to end in one buffer with
/// the end offset of each row.
#[derive(Clone, Debug, Default)]
pub struct TextColumn {
    bytes: String,
    ends: Vec<u32>,
}

impl TextColumn {
    /// Appends `text`, trimmed of surrounding whitespace, as the next row.
    ///
    /// ```
    /// use corridor_core::model::text_column::TextColumn;
    /// let mut ids = TextColumn::default();
    /// ids.push("T-1");
    /// ids.push("");
    /// ids.push("T-3");
    /// assert_eq!((ids.get(0), ids.get(1), ids.get(2)), ("T-1", "", "T-3"));
    /// assert_eq!(ids.len(), 3);
    /// ```
    pub fn push(&mut self, text: &str) {
        self.bytes.push_str(text.trim());
        self.ends
            .push(u32::try_from(self.bytes.len()).unwrap_or(u32::MAX));
    }

    /// The string of `row` (counting from 0); empty for a row past the end.
    pub fn get(&self, row: usize) -> &str {
        let end = self.ends.get(row).copied().unwrap_or(0) as usize;
        let start = if row == 0 {
            0
        } else {
            self.ends.get(row - 1).copied().unwrap_or(0) as usize
        };
        self.bytes.get(start..end).unwrap_or("")
    }

    /// Number of rows.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// True when there are no rows.
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// Heap bytes held (the buffer's and the offsets' capacity), for memory
    /// accounting.
    pub fn heap_bytes(&self) -> usize {
        self.bytes.capacity() + self.ends.capacity() * 4
    }

    /// Room for `rows` more strings of about `bytes_each`.
    pub fn reserve(&mut self, rows: usize, bytes_each: usize) {
        self.bytes.reserve(rows * bytes_each);
        self.ends.reserve(rows);
    }

    /// Frees spare capacity, once every row has been pushed.
    pub fn shrink_to_fit(&mut self) {
        self.bytes.shrink_to_fit();
        self.ends.shrink_to_fit();
    }
}
