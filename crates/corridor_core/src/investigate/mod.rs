//! What investigators ask of the traces beyond the map: purchasers,
//! recovery events, trafficking indicators per trace, purchaser networks
//! and lead age, and deconfliction across agencies.

pub mod business_days;
pub mod deconflict;
pub mod firearm_key;
pub mod indicators;
pub mod lead_age;
pub mod link_chart;
pub mod networks;
pub mod normalise;
pub mod purchasers;
pub mod recovery_events;

pub use deconflict::{MatchStrength, Overlap, OverlapKind, deconflict};
pub use indicators::{Indicator, IndicatorSet, indicator_counts};
pub use lead_age::{AgeBand, LeadAgeBands};
pub use networks::{LinkKind, Network, NetworkOptions, Networks, find_networks};
pub use purchasers::{PurchaserKey, Purchasers};
pub use recovery_events::{EventKey, RecoveryEvents};

use crate::model::Dataset;

/// Sets the stored indicators of every trace of `dataset` (all but a short
/// time-to-crime), once its traces are all loaded.
pub fn set_indicators(dataset: &mut Dataset) {
    let purchasers = Purchasers::build(dataset);
    let events = RecoveryEvents::build(dataset);
    dataset.traces.indicators = indicators::stored_indicators(dataset, &purchasers, &events);
}
