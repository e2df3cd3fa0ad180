//! The asset files compiled into the binary, and reading GeoJSON out of them.

use geo::{Geometry, LineString, MultiPolygon};
use geojson::{FeatureCollection, JsonValue};

use super::BasemapError;

/// An embedded asset: its file name in `assets/basemap/` (for error messages) and its text.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Asset {
    pub name: &'static str,
    pub text: &'static str,
}

macro_rules! asset {
    ($file:literal) => {
        Asset {
            name: $file,
            text: include_str!(concat!("../../../../assets/basemap/", $file)),
        }
    };
}

pub(crate) const STATES_CSV: Asset = asset!("states_us_mx.csv");
pub(crate) const STATES_GEOJSON: Asset = asset!("states_us_mx_ne10m.geojson");
pub(crate) const COUNTRIES_GEOJSON: Asset = asset!("countries_na_50m.geojson");
pub(crate) const LAND_BEYOND_GEOJSON: Asset = asset!("land_beyond_110m.geojson");
pub(crate) const BORDER_GEOJSON: Asset = asset!("us_mx_border_ne10m.geojson");
pub(crate) const GAZETTEER_CSV: Asset = asset!("gazetteer_us_mx_cities5000.csv");
pub(crate) const PORTS_CSV: Asset = asset!("ports_of_entry_us_mx.csv");

/// A GeoJSON feature reduced to what the basemap uses: its string properties by name and its area.
/// Coordinates stay as in the file: x = longitude, y = latitude, degrees.
pub(crate) struct AreaFeature {
    pub properties: geojson::JsonObject,
    pub polygons: MultiPolygon<f64>,
}

impl AreaFeature {
    pub fn string(&self, asset: Asset, key: &str) -> Result<&str, BasemapError> {
        self.properties
            .get(key)
            .and_then(JsonValue::as_str)
            .ok_or_else(|| BasemapError::Invalid {
                asset: asset.name,
                reason: format!("a feature has no string property {key:?}"),
            })
    }
}

/// Reads a FeatureCollection of Polygon and MultiPolygon features.
pub(crate) fn read_areas(asset: Asset) -> Result<Vec<AreaFeature>, BasemapError> {
    let collection: FeatureCollection =
        asset.text.parse().map_err(|source| BasemapError::GeoJson {
            asset: asset.name,
            source: Box::new(source),
        })?;
    collection
        .features
        .into_iter()
        .map(|feature| {
            let invalid = |reason: &str| BasemapError::Invalid {
                asset: asset.name,
                reason: reason.to_owned(),
            };
            let geometry = feature
                .geometry
                .ok_or_else(|| invalid("a feature has no geometry"))?;
            let polygons = match Geometry::<f64>::try_from(&geometry.value) {
                Ok(Geometry::Polygon(polygon)) => MultiPolygon(vec![polygon]),
                Ok(Geometry::MultiPolygon(polygons)) => polygons,
                _ => return Err(invalid("a feature is not a Polygon or MultiPolygon")),
            };
            Ok(AreaFeature {
                properties: feature.properties.unwrap_or_default(),
                polygons,
            })
        })
        .collect()
}

/// Reads a file holding a single LineString geometry.
pub(crate) fn read_line(asset: Asset) -> Result<LineString<f64>, BasemapError> {
    let geometry: geojson::Geometry =
        asset.text.parse().map_err(|source| BasemapError::GeoJson {
            asset: asset.name,
            source: Box::new(source),
        })?;
    LineString::try_from(&geometry.value).map_err(|_| BasemapError::Invalid {
        asset: asset.name,
        reason: "not a LineString".to_owned(),
    })
}
