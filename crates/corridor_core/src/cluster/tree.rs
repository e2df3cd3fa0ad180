//! Hierarchical clustering of stores and of recovery sites by zoom level,
//! as the flowmap.gl engine does it: at each level, from the finest to the
//! coarsest, the heaviest point absorbs the points within a fixed screen
//! radius, and the cluster sits at their weighted centroid.

use rustc_hash::FxHashMap;

use crate::geometry::mercator::{WorldPoint, project, world_size_px};
use crate::model::Dataset;

/// Screen radius (pixels) within which points merge at a level.
pub const CLUSTER_RADIUS_PX: f64 = 40.0;
/// Finest clustered zoom; above it every location stands alone.
pub const MAX_CLUSTER_ZOOM: u8 = 14;

/// Whether a location is where guns were bought or where they were found.
/// Stores and sites never share a cluster.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Role {
    /// A gun store, where firearms were bought.
    Store,
    /// A recovery site in Mexico, where firearms were found.
    Site,
}

/// A cluster at one level.
#[derive(Clone, Debug, PartialEq)]
pub struct Cluster {
    /// Whether its members are stores or recovery sites.
    pub role: Role,
    /// Where it is drawn, in unit-square Web Mercator coordinates
    /// ([`crate::geometry::mercator`]): its members' centroid weighted by their
    /// traces.
    pub at: WorldPoint,
    /// Sum of the members' weights (traces, all loaded data); 0 in the
    /// levels built by `ClusterLevel::unclustered`, which nothing weighs.
    pub weight: f64,
    /// Locations in it.
    pub members: u32,
    /// Its heaviest location (store or site id), which names it.
    pub heaviest: u32,
    /// Every member is known only to its state or country
    /// ([`crate::model::Precision::is_coarse`]): drawn hollow, so that it
    /// cannot be taken for a town.
    pub coarse: bool,
}

/// Clusters of one zoom level, and which cluster each location is in.
#[derive(Clone, Debug, Default)]
pub struct ClusterLevel {
    /// Map zoom this level is shown at: 0 to [`MAX_CLUSTER_ZOOM`], or one more
    /// for the unclustered level. Levels of areas made by
    /// [`ClusterLevel::from_groups`] say 0.
    pub zoom: u8,
    /// The level's nodes, store clusters first and then site clusters. A node
    /// number is an index into this list.
    pub clusters: Vec<Cluster>,
    /// Cluster of each store, by store id.
    pub store_cluster: Vec<u32>,
    /// Cluster of each site, by site id.
    pub site_cluster: Vec<u32>,
    /// Names of the nodes when they are named areas (states, towns);
    /// clusters are named after their heaviest member instead.
    pub names: Option<Vec<String>>,
}

/// Every level from zoom 0 to [`MAX_CLUSTER_ZOOM`], plus one more in which
/// every location stands alone, built from all loaded data (filters apply
/// afterwards, so clusters do not jump when they change).
#[derive(Clone, Debug, Default)]
pub struct ClusterTree {
    /// Indexed by zoom; the last is the unclustered level.
    pub levels: Vec<ClusterLevel>,
}

/// A point being clustered: a location, or a cluster of the finer level.
#[derive(Clone, Copy)]
struct Point {
    at: WorldPoint,
    weight: f64,
    members: u32,
    heaviest: u32,
    heaviest_weight: f64,
}

impl ClusterTree {
    /// Weights are each location's traces in the whole dataset.
    pub fn build(dataset: &Dataset) -> ClusterTree {
        let mut store_weight = vec![0f64; dataset.stores.len()];
        let mut site_weight = vec![0f64; dataset.sites.len()];
        let traces = &dataset.traces;
        for (row, (store, site)) in traces.store.iter().zip(&traces.site).enumerate() {
            let firearms = f64::from(traces.count(row));
            store_weight[store.0 as usize] += firearms;
            site_weight[site.0 as usize] += firearms;
        }
        let stores: Vec<Point> = dataset
            .stores
            .iter()
            .enumerate()
            .map(|(i, s)| leaf(project(s.lat_deg, s.lon_deg), store_weight[i], i as u32))
            .collect();
        let sites: Vec<Point> = dataset
            .sites
            .iter()
            .enumerate()
            .map(|(i, s)| leaf(project(s.lat_deg, s.lon_deg), site_weight[i], i as u32))
            .collect();
        let store_levels = cluster_role(stores.clone());
        let site_levels = cluster_role(sites.clone());
        let unclustered = (
            (stores.clone(), (0..stores.len() as u32).collect()),
            (sites.clone(), (0..sites.len() as u32).collect()),
        );
        let levels = store_levels
            .into_iter()
            .zip(site_levels)
            .chain(std::iter::once(unclustered))
            .enumerate()
            .map(
                |(zoom, ((store_points, store_cluster), (site_points, site_cluster)))| {
                    let offset = store_points.len() as u32;
                    let clusters = store_points
                        .iter()
                        .map(|p| to_cluster(p, Role::Store))
                        .chain(site_points.iter().map(|p| to_cluster(p, Role::Site)))
                        .collect();
                    let mut level = ClusterLevel {
                        zoom: zoom as u8,
                        clusters,
                        store_cluster,
                        site_cluster: site_cluster.into_iter().map(|c| c + offset).collect(),
                        names: None,
                    };
                    level.mark_coarse(dataset);
                    level
                },
            )
            .collect();
        ClusterTree { levels }
    }

    /// Index of the level to show at a (fractional) map zoom: past
    /// [`MAX_CLUSTER_ZOOM`], the unclustered level.
    pub fn level_index_for_zoom(&self, zoom: f64) -> usize {
        (zoom.max(0.0).floor() as usize).min(self.levels.len().saturating_sub(1))
    }

    /// The level in which every location stands alone.
    pub fn unclustered(&self) -> Option<&ClusterLevel> {
        self.levels.last()
    }
}

impl ClusterLevel {
    /// Node of a store at this level.
    pub fn store_node(&self, store: crate::model::StoreId) -> u32 {
        self.store_cluster[store.0 as usize]
    }

    /// Node of a recovery site at this level.
    pub fn site_node(&self, site: crate::model::SiteId) -> u32 {
        self.site_cluster[site.0 as usize]
    }

    /// Every location alone: the level flows between single stores and sites use.
    pub fn unclustered(dataset: &Dataset) -> ClusterLevel {
        let stores = dataset.stores.len() as u32;
        let clusters = dataset
            .stores
            .iter()
            .enumerate()
            .map(|(i, s)| (Role::Store, i, s.lat_deg, s.lon_deg))
            .chain(
                dataset
                    .sites
                    .iter()
                    .enumerate()
                    .map(|(i, s)| (Role::Site, i, s.lat_deg, s.lon_deg)),
            )
            .map(|(role, i, lat_deg, lon_deg)| Cluster {
                role,
                at: project(lat_deg, lon_deg),
                weight: 0.0,
                members: 1,
                heaviest: i as u32,
                coarse: false,
            })
            .collect();
        let mut level = ClusterLevel {
            zoom: MAX_CLUSTER_ZOOM + 1,
            clusters,
            store_cluster: (0..stores).collect(),
            site_cluster: (0..dataset.sites.len() as u32)
                .map(|i| i + stores)
                .collect(),
            names: None,
        };
        level.mark_coarse(dataset);
        level
    }

    /// Marks the nodes whose every member is a state- or country-level
    /// location.
    fn mark_coarse(&mut self, dataset: &Dataset) {
        for cluster in &mut self.clusters {
            cluster.coarse = cluster.members > 0;
        }
        let precise = dataset
            .stores
            .iter()
            .map(|s| s.precision)
            .zip(&self.store_cluster)
            .chain(
                dataset
                    .sites
                    .iter()
                    .map(|s| s.precision)
                    .zip(&self.site_cluster),
            );
        for (precision, &node) in precise {
            if !precision.is_coarse()
                && let Some(cluster) = self.clusters.get_mut(node as usize)
            {
                cluster.coarse = false;
            }
        }
    }

    /// A level whose nodes are given groups of stores and of sites (areas):
    /// each node at its members' centroid weighted by their traces, named
    /// after its group (`names`, by group).
    pub fn from_groups(
        dataset: &Dataset,
        store_group: &[u32],
        site_group: &[u32],
        names: Vec<String>,
    ) -> ClusterLevel {
        let (mut level, node_group) = Self::grouped(dataset, store_group, site_group);
        level.names = Some(
            node_group
                .iter()
                .map(|&group| names.get(group as usize).cloned().unwrap_or_default())
                .collect(),
        );
        level
    }

    /// A level with a node per (side, group) of stores and of sites, each at
    /// its members' centroid weighted by their traces and named after its
    /// heaviest member; with the group of each node.
    pub(crate) fn grouped(
        dataset: &Dataset,
        store_group: &[u32],
        site_group: &[u32],
    ) -> (ClusterLevel, Vec<u32>) {
        // Groups are shared by both sides' ids; nodes are per side and group.
        let mut nodes: FxHashMap<(Role, u32), u32> = FxHashMap::default();
        let mut clusters: Vec<Cluster> = Vec::new();
        let mut sums: Vec<(f64, f64, f64, f64)> = Vec::new();
        let mut node_group = Vec::new();
        let mut weights = (
            vec![0f64; dataset.stores.len()],
            vec![0f64; dataset.sites.len()],
        );
        let traces = &dataset.traces;
        for (row, (store, site)) in traces.store.iter().zip(&traces.site).enumerate() {
            let firearms = f64::from(traces.count(row));
            weights.0[store.0 as usize] += firearms;
            weights.1[site.0 as usize] += firearms;
        }
        let mut place = |role: Role, group: u32, id: u32, at: WorldPoint, weight: f64| -> u32 {
            let next = clusters.len() as u32;
            let node = *nodes.entry((role, group)).or_insert_with(|| {
                clusters.push(Cluster {
                    role,
                    at,
                    weight: 0.0,
                    members: 0,
                    heaviest: id,
                    coarse: false,
                });
                sums.push((0.0, 0.0, 0.0, -1.0));
                node_group.push(group);
                next
            });
            let (cluster, sum) = (&mut clusters[node as usize], &mut sums[node as usize]);
            cluster.members += 1;
            cluster.weight += weight;
            // Empty locations still place an empty group.
            let w = weight.max(1e-9);
            sum.0 += at.x * w;
            sum.1 += at.y * w;
            sum.2 += w;
            if weight > sum.3 {
                sum.3 = weight;
                cluster.heaviest = id;
            }
            node
        };
        let store_cluster = dataset
            .stores
            .iter()
            .enumerate()
            .map(|(i, s)| {
                place(
                    Role::Store,
                    store_group[i],
                    i as u32,
                    project(s.lat_deg, s.lon_deg),
                    weights.0[i],
                )
            })
            .collect();
        let site_cluster = dataset
            .sites
            .iter()
            .enumerate()
            .map(|(i, s)| {
                place(
                    Role::Site,
                    site_group[i],
                    i as u32,
                    project(s.lat_deg, s.lon_deg),
                    weights.1[i],
                )
            })
            .collect();
        for (cluster, sum) in clusters.iter_mut().zip(&sums) {
            if sum.2 > 0.0 {
                cluster.at = WorldPoint::new(sum.0 / sum.2, sum.1 / sum.2);
            }
        }
        let mut level = ClusterLevel {
            zoom: 0,
            clusters,
            store_cluster,
            site_cluster,
            names: None,
        };
        level.mark_coarse(dataset);
        (level, node_group)
    }
}

fn leaf(at: WorldPoint, weight: f64, id: u32) -> Point {
    Point {
        at,
        weight,
        members: 1,
        heaviest: id,
        heaviest_weight: weight,
    }
}

fn to_cluster(p: &Point, role: Role) -> Cluster {
    Cluster {
        role,
        at: p.at,
        weight: p.weight,
        members: p.members,
        heaviest: p.heaviest,
        coarse: false,
    }
}

/// For each zoom 0..=MAX: the clusters, and each location's cluster index.
fn cluster_role(leaves: Vec<Point>) -> Vec<(Vec<Point>, Vec<u32>)> {
    let mut levels: Vec<(Vec<Point>, Vec<u32>)> = Vec::with_capacity(MAX_CLUSTER_ZOOM as usize + 1);
    let mut points = leaves;
    // Location → point of the finer level (starts as identity).
    let mut location_to_point: Vec<u32> = (0..points.len() as u32).collect();
    for zoom in (0..=MAX_CLUSTER_ZOOM).rev() {
        let radius = CLUSTER_RADIUS_PX / world_size_px(f64::from(zoom));
        let (clusters, point_to_cluster) = merge_within(&points, radius);
        for slot in &mut location_to_point {
            *slot = point_to_cluster[*slot as usize];
        }
        levels.push((clusters.clone(), location_to_point.clone()));
        points = clusters;
    }
    levels.reverse();
    levels
}

/// One level: heaviest points first, each taking the untaken points within
/// `radius` (world units). Returns the clusters and each point's cluster.
fn merge_within(points: &[Point], radius: f64) -> (Vec<Point>, Vec<u32>) {
    let cell = |p: WorldPoint| ((p.x / radius).floor() as i64, (p.y / radius).floor() as i64);
    let mut grid: FxHashMap<(i64, i64), Vec<u32>> = FxHashMap::default();
    for (i, p) in points.iter().enumerate() {
        grid.entry(cell(p.at)).or_default().push(i as u32);
    }
    let mut order: Vec<u32> = (0..points.len() as u32).collect();
    // Heaviest first; ties by index keep the result deterministic.
    order.sort_by(|&a, &b| {
        points[b as usize]
            .weight
            .total_cmp(&points[a as usize].weight)
            .then(a.cmp(&b))
    });
    let mut cluster_of = vec![u32::MAX; points.len()];
    let mut clusters = Vec::new();
    let radius2 = radius * radius;
    for &seed in &order {
        if cluster_of[seed as usize] != u32::MAX {
            continue;
        }
        let id = clusters.len() as u32;
        let centre = points[seed as usize].at;
        let (cx, cy) = cell(centre);
        let mut merged = points[seed as usize];
        let (mut sx, mut sy) = (merged.at.x * merged.weight, merged.at.y * merged.weight);
        cluster_of[seed as usize] = id;
        for dx in -1..=1 {
            for dy in -1..=1 {
                let Some(members) = grid.get(&(cx + dx, cy + dy)) else {
                    continue;
                };
                for &m in members {
                    let p = &points[m as usize];
                    if cluster_of[m as usize] != u32::MAX {
                        continue;
                    }
                    let (ddx, ddy) = (p.at.x - centre.x, p.at.y - centre.y);
                    if ddx * ddx + ddy * ddy > radius2 {
                        continue;
                    }
                    cluster_of[m as usize] = id;
                    merged.weight += p.weight;
                    merged.members += p.members;
                    sx += p.at.x * p.weight;
                    sy += p.at.y * p.weight;
                    if p.heaviest_weight > merged.heaviest_weight {
                        merged.heaviest = p.heaviest;
                        merged.heaviest_weight = p.heaviest_weight;
                    }
                }
            }
        }
        if merged.weight > 0.0 {
            merged.at = WorldPoint::new(sx / merged.weight, sy / merged.weight);
        }
        clusters.push(merged);
    }
    (clusters, cluster_of)
}
