//! Number formatting lives in the core ([`crate::format`]); re-exported
//! here under the names the panels use.

pub use crate::format::{count_noun as plural, thousands};
