//! A cluster level with the selected locations kept apart: every cluster
//! that holds selected locations is split in two, its other members staying
//! at their weighted centroid and its selected members drawn at the place
//! of the heaviest of them. A selected flow, corridor, store or site then
//! ends at a real selected location, never at the centre of a cluster it
//! merely shares (Tamaulipas recoveries merged into a cluster around Mexico
//! City would otherwise draw a Texas → Tamaulipas corridor ending near
//! Mexico City), and not at a centroid that a concave state leaves outside
//! itself (the centre of Nuevo Laredo and Tampico lies in Nuevo León).

use super::tree::{ClusterLevel, Role};
use crate::geometry::mercator::project;
use crate::model::{Dataset, SiteId, StoreId};

impl ClusterLevel {
    /// `base` with the stores and sites `selected_store` and
    /// `selected_site` say yes to split off their clusters, each split-off
    /// part at its heaviest member's place. Clusters without selected
    /// members keep their members and their place; nodes are renumbered
    /// (stores first, then sites).
    ///
    /// ```
    /// use corridor_core::cluster::{ClusterLevel, ClusterTree};
    /// # let dataset = corridor_core::model::Dataset::default();
    /// let tree = ClusterTree::build(&dataset);
    /// let base = &tree.levels[3];
    /// let apart = ClusterLevel::apart(&dataset, base, |_| false, |_| false);
    /// assert_eq!(apart.clusters.len(), base.clusters.len(), "nothing selected: nothing split");
    /// ```
    pub fn apart(
        dataset: &Dataset,
        base: &ClusterLevel,
        selected_store: impl Fn(u32) -> bool,
        selected_site: impl Fn(u32) -> bool,
    ) -> ClusterLevel {
        // Group = the base node, twice: its other members, its selected ones.
        let group = |node: u32, selected: bool| node * 2 + u32::from(selected);
        let store_group: Vec<u32> = base
            .store_cluster
            .iter()
            .enumerate()
            .map(|(store, &node)| group(node, selected_store(store as u32)))
            .collect();
        let site_group: Vec<u32> = base
            .site_cluster
            .iter()
            .enumerate()
            .map(|(site, &node)| group(node, selected_site(site as u32)))
            .collect();
        let (mut level, node_group) = Self::grouped(dataset, &store_group, &site_group);
        for (cluster, group) in level.clusters.iter_mut().zip(node_group) {
            if group % 2 == 1 {
                let (lat_deg, lon_deg) = match cluster.role {
                    Role::Store => {
                        let store = dataset.store(StoreId(cluster.heaviest));
                        (store.lat_deg, store.lon_deg)
                    }
                    Role::Site => {
                        let site = dataset.site(SiteId(cluster.heaviest));
                        (site.lat_deg, site.lon_deg)
                    }
                };
                cluster.at = project(lat_deg, lon_deg);
            }
        }
        level.zoom = base.zoom;
        level
    }
}

#[cfg(test)]
mod tests {
    use crate::cluster::{ClusterLevel, ClusterTree};
    use crate::geometry::mercator::project;
    use crate::model::SiteId;

    #[test]
    fn selected_sites_leave_their_cluster_and_stand_where_they_are() {
        let dataset = crate::demo::load_demo_for_tests();
        let tree = ClusterTree::build(&dataset);
        let base = &tree.levels[3];
        // A site sharing its zoom-3 cluster with others.
        let (site, node) = base
            .site_cluster
            .iter()
            .enumerate()
            .find(|(_, node)| base.clusters[**node as usize].members > 3)
            .map(|(site, node)| (site as u32, *node))
            .expect("a crowded site cluster at zoom 3");
        let apart = ClusterLevel::apart(&dataset, base, |_| false, |s| s == site);
        assert_eq!(
            apart.clusters.len(),
            base.clusters.len() + 1,
            "one cluster split"
        );
        let alone = &apart.clusters[apart.site_cluster[site as usize] as usize];
        assert_eq!(alone.members, 1);
        let s = dataset.site(SiteId(site));
        let own = project(s.lat_deg, s.lon_deg);
        assert!((alone.at.x - own.x).abs() < 1e-12 && (alone.at.y - own.y).abs() < 1e-12);
        // The rest of its old cluster stays together, one member fewer.
        let others = base
            .site_cluster
            .iter()
            .enumerate()
            .find(|(s, n)| **n == node && *s as u32 != site)
            .map(|(s, _)| apart.site_cluster[s])
            .expect("other members");
        assert_eq!(
            apart.clusters[others as usize].members,
            base.clusters[node as usize].members - 1
        );
        // Clusters without a selected member keep their place.
        let untouched = base.store_cluster[0];
        let moved = &apart.clusters[apart.store_cluster[0] as usize];
        let before = &base.clusters[untouched as usize];
        assert!((moved.at.x - before.at.x).abs() < 1e-9 && (moved.at.y - before.at.y).abs() < 1e-9);
        assert_eq!(moved.members, before.members);
        assert_eq!(apart.zoom, base.zoom);
    }

    #[test]
    fn a_selected_group_stands_at_its_heaviest_member() {
        let dataset = crate::demo::load_demo_for_tests();
        let tree = ClusterTree::build(&dataset);
        let base = &tree.levels[2];
        // Every site of the crowdest site cluster.
        let node = base
            .site_cluster
            .iter()
            .copied()
            .max_by_key(|n| base.clusters[*n as usize].members)
            .expect("sites");
        let members: Vec<u32> = (0..dataset.sites.len() as u32)
            .filter(|s| base.site_cluster[*s as usize] == node)
            .collect();
        let apart = ClusterLevel::apart(&dataset, base, |_| false, |s| members.contains(&s));
        let group = &apart.clusters[apart.site_cluster[members[0] as usize] as usize];
        assert_eq!(group.members as usize, members.len());
        let heaviest = dataset.site(SiteId(group.heaviest));
        let at = project(heaviest.lat_deg, heaviest.lon_deg);
        assert!((group.at.x - at.x).abs() < 1e-12 && (group.at.y - at.y).abs() < 1e-12);
        assert!(members.contains(&group.heaviest));
    }
}
