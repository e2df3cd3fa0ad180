//! Projection and planar geometry shared by the scene, the basemap and the exporters.

pub mod mercator;
