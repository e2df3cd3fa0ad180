//! A column most files never fill (purchaser names, seizure events, NIBIN
//! leads): it costs nothing until a row has a value, then one value per row.

/// Values of one optional field, one per row once any row had one; rows
/// before the first value, and rows past the end, read as `empty`.
#[derive(Clone, Debug)]
pub struct SparseColumn<T> {
    values: Vec<T>,
    rows: usize,
    empty: T,
}

impl<T: Copy + PartialEq> SparseColumn<T> {
    /// An empty column whose missing value is `empty`.
    pub const fn new(empty: T) -> Self {
        SparseColumn {
            values: Vec::new(),
            rows: 0,
            empty,
        }
    }

    /// Appends the next row's value. Until the first value other than
    /// `empty`, nothing is stored.
    ///
    /// ```
    /// use corridor_core::model::sparse_column::SparseColumn;
    /// let mut column = SparseColumn::new(0u32);
    /// column.push(0);
    /// column.push(0);
    /// assert_eq!(column.heap_bytes(), 0);
    /// column.push(7);
    /// column.push(0);
    /// assert_eq!((column.get(0), column.get(2), column.get(3), column.get(9)), (0, 7, 0, 0));
    /// assert_eq!(column.len(), 4);
    /// assert!(column.is_filled());
    /// ```
    pub fn push(&mut self, value: T) {
        if self.values.is_empty() && value == self.empty {
            self.rows += 1;
            return;
        }
        if self.values.len() < self.rows {
            self.values.resize(self.rows, self.empty);
        }
        self.values.push(value);
        self.rows += 1;
    }

    /// The value of `row` (counting from 0), or the empty value.
    pub fn get(&self, row: usize) -> T {
        self.values.get(row).copied().unwrap_or(self.empty)
    }

    /// Number of rows pushed.
    pub fn len(&self) -> usize {
        self.rows
    }

    /// True when no row was pushed.
    pub fn is_empty(&self) -> bool {
        self.rows == 0
    }

    /// True when some row has a value: the field was in the data.
    pub fn is_filled(&self) -> bool {
        !self.values.is_empty()
    }

    /// Heap bytes held, for memory accounting.
    pub fn heap_bytes(&self) -> usize {
        self.values.capacity() * std::mem::size_of::<T>()
    }

    /// Frees spare capacity, once every row has been pushed.
    pub fn shrink_to_fit(&mut self) {
        self.values.shrink_to_fit();
    }
}
