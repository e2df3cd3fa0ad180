//! How old a lead is: the as-of date minus its latest recovery.

use crate::model::Day;

/// How fresh a lead is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AgeBand {
    /// Recovered at most [`LeadAgeBands::fresh_days`] before the as-of date.
    Fresh,
    /// At most [`LeadAgeBands::ageing_days`] before.
    Ageing,
    /// Older.
    Stale,
    /// No recovery date, or one after the as-of date.
    Unknown,
}

impl AgeBand {
    /// Stable id, as JSON writes it.
    pub fn id(self) -> &'static str {
        match self {
            AgeBand::Fresh => "fresh",
            AgeBand::Ageing => "ageing",
            AgeBand::Stale => "stale",
            AgeBand::Unknown => "unknown",
        }
    }
}

/// Where the bands end, in days; settable.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct LeadAgeBands {
    /// A lead at most this many days old is fresh (90).
    pub fresh_days: i32,
    /// At most this many days old, ageing (365); older is stale.
    pub ageing_days: i32,
}

impl Default for LeadAgeBands {
    fn default() -> Self {
        LeadAgeBands {
            fresh_days: 90,
            ageing_days: 365,
        }
    }
}

impl LeadAgeBands {
    /// The band of a lead whose latest recovery was `last_recovery`, on
    /// `as_of`.
    ///
    /// ```
    /// use corridor_core::investigate::lead_age::{AgeBand, LeadAgeBands};
    /// use corridor_core::model::Day;
    /// let bands = LeadAgeBands::default();
    /// let today = Day::from_ymd(2024, 6, 30).unwrap();
    /// assert_eq!(bands.band(Day(today.0 - 90), today), AgeBand::Fresh);
    /// assert_eq!(bands.band(Day(today.0 - 91), today), AgeBand::Ageing);
    /// assert_eq!(bands.band(Day(today.0 - 366), today), AgeBand::Stale);
    /// assert_eq!(bands.band(Day::NONE, today), AgeBand::Unknown);
    /// ```
    pub fn band(&self, last_recovery: Day, as_of: Day) -> AgeBand {
        match age_days(last_recovery, as_of) {
            None => AgeBand::Unknown,
            Some(days) if days <= self.fresh_days => AgeBand::Fresh,
            Some(days) if days <= self.ageing_days => AgeBand::Ageing,
            Some(_) => AgeBand::Stale,
        }
    }
}

/// Days from `last_recovery` to `as_of`; `None` when either is unknown or
/// the recovery is after the as-of date.
pub fn age_days(last_recovery: Day, as_of: Day) -> Option<i32> {
    if last_recovery.is_none() || as_of.is_none() || last_recovery > as_of {
        return None;
    }
    Some(as_of.0 - last_recovery.0)
}
