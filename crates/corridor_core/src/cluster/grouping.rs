//! What the map's nodes are: clusters, areas or single locations.

use serde::{Deserialize, Serialize};

use crate::aggregate::areas::AreaLevel;

/// What the map's nodes are.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub enum Grouping {
    /// Clusters that follow the zoom (flowmap.gl style).
    #[default]
    Clusters,
    /// Administrative areas: states, or towns and municipalities.
    Areas(AreaLevel),
    /// Every store and site on its own.
    Locations,
}
