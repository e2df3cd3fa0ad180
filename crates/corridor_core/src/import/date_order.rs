//! Deciding, per file, whether `01/02/2010` means January or February.

use super::values::DateOrder;

/// What a file's slash dates say about their order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DateEvidence {
    /// Dates only day-first can read (`25/03/2010`), with the first seen.
    pub day_first: u64,
    /// Line (1-based) and text of the first such date.
    pub day_first_example: Option<(u64, String)>,
    /// Dates only month-first can read (`03/25/2010`).
    pub month_first: u64,
    /// Line (1-based) and text of the first such date.
    pub month_first_example: Option<(u64, String)>,
    /// Dates both orders read, differently (`01/02/2010`).
    pub ambiguous: u64,
    /// Line (1-based) and text of the first such date.
    pub ambiguous_example: Option<(u64, String)>,
}

/// How a file's slash dates will be read, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateDecision {
    /// The user chose (command line, or remembered with a mapping).
    Chosen(DateOrder),
    /// The dates themselves tell.
    Detected(DateOrder),
    /// Both orders fit every date: read month-first (US exports), and ask.
    Ambiguous,
    /// Some dates only fit one order and some only the other.
    Conflicting,
    /// No slash dates at all: nothing to decide.
    NotNeeded,
}

impl DateEvidence {
    /// Adds one cell.
    ///
    /// ```
    /// use corridor_core::import::date_order::DateEvidence;
    /// let mut e = DateEvidence::default();
    /// e.add("25/03/2010", 2);
    /// e.add("01/02/2010", 3);
    /// e.add("2010-02-01", 4);
    /// e.add("05/05/2010", 5); // the same date either way
    /// assert_eq!((e.day_first, e.month_first, e.ambiguous), (1, 0, 1));
    /// ```
    pub fn add(&mut self, text: &str, line: u64) {
        let Some((a, b)) = slash_parts(text) else {
            return;
        };
        let example = || Some((line, text.trim().to_owned()));
        if a > 12 && b <= 12 {
            self.day_first += 1;
            if self.day_first_example.is_none() {
                self.day_first_example = example();
            }
        } else if b > 12 && a <= 12 {
            self.month_first += 1;
            if self.month_first_example.is_none() {
                self.month_first_example = example();
            }
        } else if a <= 12 && b <= 12 && a != b {
            self.ambiguous += 1;
            if self.ambiguous_example.is_none() {
                self.ambiguous_example = example();
            }
        }
    }

    /// How to read the file: `chosen` when the user chose an order, else
    /// what the dates counted here say.
    pub fn decide(&self, chosen: Option<DateOrder>) -> DateDecision {
        if let Some(order) = chosen {
            return DateDecision::Chosen(order);
        }
        match (self.day_first > 0, self.month_first > 0) {
            (true, true) => DateDecision::Conflicting,
            (true, false) => DateDecision::Detected(DateOrder::DayFirst),
            (false, true) => DateDecision::Detected(DateOrder::MonthFirst),
            (false, false) if self.ambiguous > 0 => DateDecision::Ambiguous,
            (false, false) => DateDecision::NotNeeded,
        }
    }
}

impl DateDecision {
    /// The order rows are read in.
    pub fn order(&self) -> DateOrder {
        match self {
            DateDecision::Chosen(order) | DateDecision::Detected(order) => *order,
            _ => DateOrder::MonthFirst,
        }
    }
}

/// The two leading numbers of `NN/NN/YYYY` (or `-`, `.`), if it is one.
fn slash_parts(text: &str) -> Option<(u32, u32)> {
    let t = text.trim();
    let date = t.split([' ', 'T']).next()?;
    let mut parts = date.split(['/', '-', '.']);
    let (a, b, c) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || c.len() != 4 || a.len() > 2 || b.len() > 2 {
        return None;
    }
    Some((a.parse().ok()?, b.parse().ok()?))
}
