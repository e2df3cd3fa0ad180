//! What the user selected on the map, kept as stores and sites rather than
//! clusters, so it survives zooming (which regroups the clusters).

use std::collections::BTreeSet;

use super::Flow;
use crate::cluster::{ClusterLevel, Role};
use crate::model::{SiteId, StoreId};

/// Saved in views and project files by store and site id, which are the
/// same whenever the same sources load in the same order.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Selection {
    /// Selected stores, by store id.
    pub stores: BTreeSet<u32>,
    /// Selected recovery sites, by site id.
    pub sites: BTreeSet<u32>,
    /// Chosen by clicking a flow: only flows from these stores to these
    /// sites. Otherwise every flow touching a selected location.
    pub between: bool,
}

/// Per node of a level: whether it holds a selected location.
#[derive(Clone, Debug, Default)]
pub struct NodeMask {
    /// One entry per node of the level, by node id.
    pub selected: Vec<bool>,
    /// Per node: whether every location in it is selected. A node only
    /// partly selected (one site of a state, say) is outlined as such, so
    /// the highlight does not claim the whole node.
    pub whole: Vec<bool>,
}

impl NodeMask {
    /// How much of a node is selected.
    pub fn part(&self, node: u32) -> NodePart {
        let i = node as usize;
        match (self.selected.get(i), self.whole.get(i)) {
            (Some(true), Some(true)) => NodePart::All,
            (Some(true), _) => NodePart::Some,
            _ => NodePart::None,
        }
    }
}

/// How much of a node the selection holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NodePart {
    /// No selected location.
    None,
    /// Some of its locations.
    Some,
    /// Every location in it.
    All,
}

impl Selection {
    /// Whether no store and no site is selected.
    pub fn is_empty(&self) -> bool {
        self.stores.is_empty() && self.sites.is_empty()
    }

    /// The locations of a node.
    pub fn of_node(level: &ClusterLevel, node: u32) -> Selection {
        let mut selection = Selection::default();
        selection.add_node(level, node);
        selection
    }

    /// Adds a node's locations (shift-click); a flow selection becomes a
    /// location selection.
    pub fn add_node(&mut self, level: &ClusterLevel, node: u32) {
        self.between = false;
        let Some(cluster) = level.clusters.get(node as usize) else {
            return;
        };
        match cluster.role {
            Role::Store => self.stores.extend(members(&level.store_cluster, node)),
            Role::Site => self.sites.extend(members(&level.site_cluster, node)),
        }
    }

    /// Removes a node's locations (shift-click on a selected node).
    pub fn remove_node(&mut self, level: &ClusterLevel, node: u32) {
        for store in members(&level.store_cluster, node) {
            self.stores.remove(&store);
        }
        for site in members(&level.site_cluster, node) {
            self.sites.remove(&site);
        }
    }

    /// The flow's origin and destination locations, as a pair.
    pub fn of_flow(level: &ClusterLevel, flow: &Flow) -> Selection {
        Selection {
            stores: members(&level.store_cluster, flow.origin).collect(),
            sites: members(&level.site_cluster, flow.dest).collect(),
            between: true,
        }
    }

    /// Which nodes of a level hold a selected store or site.
    ///
    /// ```
    /// use corridor_core::aggregate::selection::{NodePart, Selection};
    /// use corridor_core::cluster::{Cluster, ClusterLevel, Role};
    /// // One node of two sites, one node of one store.
    /// let node = |role, members| Cluster { role, at: Default::default(), weight: 1.0, members, heaviest: 0, coarse: false };
    /// let level = ClusterLevel {
    ///     zoom: 4,
    ///     clusters: vec![node(Role::Store, 1), node(Role::Site, 2)],
    ///     store_cluster: vec![0],
    ///     site_cluster: vec![1, 1],
    ///     names: None,
    /// };
    /// let one_site = Selection { sites: [0].into(), ..Selection::default() };
    /// let mask = one_site.mask(&level);
    /// assert_eq!(mask.part(1), NodePart::Some);
    /// assert_eq!(mask.part(0), NodePart::None);
    /// let both = Selection { sites: [0, 1].into(), ..Selection::default() };
    /// assert_eq!(both.mask(&level).part(1), NodePart::All);
    /// ```
    pub fn mask(&self, level: &ClusterLevel) -> NodeMask {
        let mut counted = vec![0u32; level.clusters.len()];
        for &store in &self.stores {
            if let Some(&node) = level.store_cluster.get(store as usize) {
                counted[node as usize] += 1;
            }
        }
        for &site in &self.sites {
            if let Some(&node) = level.site_cluster.get(site as usize) {
                counted[node as usize] += 1;
            }
        }
        NodeMask {
            selected: counted.iter().map(|&n| n > 0).collect(),
            whole: counted
                .iter()
                .zip(&level.clusters)
                .map(|(&n, cluster)| n > 0 && n >= cluster.members)
                .collect(),
        }
    }

    /// Whether a flow at the level is part of the selection.
    pub fn shows_flow(&self, mask: &NodeMask, flow: &Flow) -> bool {
        if self.is_empty() {
            return true;
        }
        let origin = mask
            .selected
            .get(flow.origin as usize)
            .copied()
            .unwrap_or(false);
        let dest = mask
            .selected
            .get(flow.dest as usize)
            .copied()
            .unwrap_or(false);
        if self.between {
            origin && dest
        } else {
            origin || dest
        }
    }

    /// Whether a trace belongs to the selection (for the details list).
    pub fn keeps_trace(&self, store: StoreId, site: SiteId) -> bool {
        let (s, r) = (self.stores.contains(&store.0), self.sites.contains(&site.0));
        if self.between { s && r } else { s || r }
    }
}

fn members(clusters: &[u32], node: u32) -> impl Iterator<Item = u32> + '_ {
    clusters
        .iter()
        .enumerate()
        .filter(move |(_, c)| **c == node)
        .map(|(i, _)| i as u32)
}
