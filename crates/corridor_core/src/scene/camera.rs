//! Where the map looks, in geographic terms so it survives projection
//! changes and can be saved in views and project files.

use serde::{Deserialize, Serialize};

/// The map's camera, in geographic terms so it survives projection changes.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct MapView {
    /// Latitude of the centre of the view, in degrees north.
    pub center_lat_deg: f64,
    /// Longitude of the centre of the view, in degrees east (negative in the
    /// Americas).
    pub center_lon_deg: f64,
    /// Zoom level as walkers and web map tiles count it: the world is
    /// `256 · 2^zoom` pixels wide. May be fractional.
    pub zoom: f64,
}

impl Default for MapView {
    /// The border region, from California to the Gulf and down to Mexico City.
    fn default() -> Self {
        Self {
            center_lat_deg: 27.0,
            center_lon_deg: -104.0,
            zoom: 4.6,
        }
    }
}
