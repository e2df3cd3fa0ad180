//! Names of clusters, after their heaviest member and how many more it holds
//! ("Phoenix, AZ +12"): short enough for a tooltip or a label beside a
//! symbol, and never a bare town name that a place label on the map could
//! repeat.

use super::tree::{ClusterLevel, Role};
use crate::model::{Dataset, SiteId, StoreId};

/// The name shown for a node of a level.
pub fn node_label(dataset: &Dataset, level: &ClusterLevel, node: u32) -> String {
    let Some(cluster) = level.clusters.get(node as usize) else {
        return String::new();
    };
    if let Some(name) = level.names.as_ref().and_then(|n| n.get(node as usize)) {
        return name.clone();
    }
    let single = cluster.members <= 1;
    let (place, own) = match cluster.role {
        Role::Store => {
            let id = StoreId(cluster.heaviest);
            let store = dataset.store(id);
            (
                town(dataset.str(store.city), dataset.str(store.state)),
                dataset.store_label(id),
            )
        }
        Role::Site => {
            let id = SiteId(cluster.heaviest);
            let site = dataset.site(id);
            (
                town(dataset.str(site.place), dataset.str(site.state)),
                dataset.site_label(id),
            )
        }
    };
    if single {
        return own;
    }
    let others = cluster.members - 1;
    let place = if place.is_empty() { own } else { place };
    format!("{place} +{others}")
}

fn town(city: &str, state: &str) -> String {
    match (city.is_empty(), state.is_empty()) {
        (false, false) => format!("{city}, {state}"),
        (false, true) => city.to_owned(),
        _ => String::new(),
    }
}
