//! Number formatting lives in the core ([`corridor_core::format`]); re-exported
//! here under the names the panels use.

pub use corridor_core::format::{count_noun as plural, thousands, traces_in_rows};
