//! How many firearms each trace row stands for.
//!
//! Most files hold one row per firearm; a counted table (a flowmap.blue
//! flows file, a published table of traces by state with a `count` column,
//! a matrix) holds one row per group. Such a row is kept as one record with
//! its count, never expanded into one record per firearm, and every figure
//! weights by the count. The column costs nothing while every row is one
//! firearm: [`Counts`] is then empty.

/// Most firearms one row may stand for: a typo of a few extra digits must
/// not make one row outweigh every real table.
pub const MAX_ROW_COUNT: u32 = 1_000_000;

/// Most firearms a load may hold in all, so every sum of counts fits the
/// `u32` totals the aggregates keep (with room for the sums of two halves).
pub const MAX_FIREARMS: u64 = 1_000_000_000;

/// The firearms of each row; empty while every row is one firearm.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Counts(Vec<u32>);

impl Counts {
    /// Appends the count of the next row, `rows_before` being the number
    /// of rows already held (the column is materialised, all ones, at the
    /// first row that is not one firearm).
    pub fn push(&mut self, rows_before: usize, count: u32) {
        if self.0.is_empty() {
            if count == 1 {
                return;
            }
            self.0.resize(rows_before, 1);
        }
        self.0.push(count);
    }

    /// The firearms row `row` stands for.
    #[inline]
    pub fn get(&self, row: usize) -> u32 {
        self.0.get(row).copied().unwrap_or(1)
    }

    /// Whether some row stands for other than one firearm.
    pub fn is_counted(&self) -> bool {
        !self.0.is_empty()
    }

    /// The weights of rows `rows`, for the tight counting loops.
    pub fn weights(&self, rows: std::ops::Range<usize>) -> Weights<'_> {
        if self.0.is_empty() {
            Weights::One
        } else {
            Weights::Each(&self.0[rows])
        }
    }

    /// The weights of every row.
    pub fn all(&self) -> Weights<'_> {
        self.weights(0..self.0.len())
    }

    /// The firearms of `rows` rows counted from the first: the sum of the
    /// counts, or `rows` when nothing is counted.
    pub fn firearms(&self, rows: usize) -> u64 {
        if self.0.is_empty() {
            rows as u64
        } else {
            self.0.iter().map(|&n| u64::from(n)).sum()
        }
    }

    /// Heap bytes held.
    pub fn heap_bytes(&self) -> usize {
        self.0.capacity() * 4
    }

    /// Makes room for `rows` more counts when the column is in use.
    pub fn reserve(&mut self, rows: usize) {
        if !self.0.is_empty() {
            self.0.reserve(rows);
        }
    }

    /// Frees spare capacity.
    pub fn shrink_to_fit(&mut self) {
        self.0.shrink_to_fit();
    }

    /// A copy of the column (empty when nothing is counted).
    pub fn to_vec(&self) -> Vec<u32> {
        self.0.clone()
    }
}

/// Weights of a range of rows, counted from its start: one firearm each,
/// or each row's count. Matched once per loop iteration, which the
/// compiler hoists out of the loop.
///
/// ```
/// use corridor_core::model::Counts;
/// let mut counts = Counts::default();
/// counts.push(0, 1);
/// assert!(!counts.is_counted(), "one firearm a row costs nothing");
/// counts.push(1, 40);
/// assert_eq!((counts.get(0), counts.get(1)), (1, 40));
/// assert_eq!(counts.firearms(2), 41);
/// assert_eq!(counts.weights(1..2).at(0), 40);
/// ```
#[derive(Clone, Copy, Debug)]
pub enum Weights<'a> {
    /// Every row is one firearm.
    One,
    /// Each row's count.
    Each(&'a [u32]),
}

impl Weights<'_> {
    /// The weight of row `row` of the range.
    #[inline(always)]
    pub fn at(self, row: usize) -> u32 {
        match self {
            Weights::One => 1,
            Weights::Each(counts) => counts[row],
        }
    }
}
