//! The networks and overlaps as the map's investigation marks take them,
//! made again only when either was found anew.

use std::sync::Arc;

use corridor_core::model::Dataset;
use corridor_core::scene::marks::InvestigationInputs;

use super::panels::networks_panel::{NetworkKey, NetworksTable};
use super::panels::overlaps_panel::OverlapsTable;

/// The marks' inputs, with what they were made from.
#[derive(Default)]
pub struct InvestigationCache {
    made_from: Option<(NetworkKey, u64)>,
    inputs: Option<Arc<InvestigationInputs>>,
    version: u64,
}

impl InvestigationCache {
    /// Makes the inputs again when the networks or the overlaps shown were
    /// found for something else than the inputs were made from (one pass
    /// over the traces).
    pub fn refresh(
        &mut self,
        dataset: &Dataset,
        networks: &NetworksTable,
        overlaps: &OverlapsTable,
    ) {
        let (Some(found), Some(networks_key), Some(overlaps_version)) = (
            networks.networks(),
            networks.found_for(),
            overlaps.found_for(),
        ) else {
            return;
        };
        // Both of the same data, or wait for the other.
        if networks_key.0 != overlaps_version {
            return;
        }
        // Checked every frame: compare before cloning anything.
        if self
            .made_from
            .as_ref()
            .is_some_and(|(key, version)| key == networks_key && *version == overlaps_version)
        {
            return;
        }
        let from = (networks_key.clone(), overlaps_version);
        self.inputs = Some(Arc::new(InvestigationInputs::from_found(
            dataset,
            found,
            overlaps.overlaps(),
        )));
        self.made_from = Some(from);
        self.version += 1;
    }

    /// The inputs' version, once made (a count key names it).
    pub fn version(&self) -> Option<u64> {
        self.inputs.as_ref().map(|_| self.version)
    }

    /// The inputs, once made.
    pub fn inputs(&self) -> Option<Arc<InvestigationInputs>> {
        self.inputs.clone()
    }
}
