//! Clustering stores and recovery sites by zoom level, and grouping flows
//! between clusters, so the map never draws more lines than a person can read.

mod apart;
pub mod grouping;
pub mod level_pairs;
pub mod naming;
pub mod tree;

pub use grouping::Grouping;
pub use level_pairs::LevelPairs;
pub use tree::{Cluster, ClusterLevel, ClusterTree, MAX_CLUSTER_ZOOM, Role};
