//! The offline basemap and gazetteer: land, US and Mexican states, outlines to stroke, the
//! US–Mexico border, its ports of entry, and the places of both countries for labels and geocoding.
//!
//! Everything is parsed from files embedded in the binary (`assets/basemap/`, see its README for
//! provenance and processing) by [`Basemap::embedded`], once at startup. Geometry comes in two
//! forms: degrees (x = longitude, y = latitude) for lookups, and Web Mercator unit-square
//! [`WorldPoint`]s for drawing. GUI-free: nothing here knows about egui or walkers.

mod areas;
mod assets;
mod gazetteer;
mod mesh;
mod outlines;
mod ports;
mod states;
mod text;

use geo::LineString;
use std::sync::Arc;

use crate::i18n::{Phrase, ToPhrase};
use crate::phrase;

pub use areas::{
    COUNTRIES_CLIP_EAST_DEG, COUNTRIES_CLIP_NORTH_DEG, COUNTRIES_CLIP_SOUTH_DEG,
    COUNTRIES_CLIP_WEST_DEG, CountryArea, Land, LandBeyond, StateArea, StateAreas,
};
pub use gazetteer::{Gazetteer, Place, Resolution};
pub use mesh::{Mesh, MeshPart};
pub use outlines::{Outline, OutlineKind};
pub use ports::PortOfEntry;
pub use states::{Country, StateCode, StateInfo, StateTable, normalize_state};
pub use text::{fold_text, place_key};

#[cfg(doc)]
use crate::geometry::mercator::WorldPoint;

/// Credit the app must show wherever it shows the map (Natural Earth asks for it; GeoNames' CC BY
/// 4.0 licence requires it).
pub const ATTRIBUTION: &str = "Made with Natural Earth. Contains GeoNames data (CC BY 4.0).";

/// An embedded asset that does not parse. The assets are compiled in and tested, so this means a
/// broken build rather than bad user input.
#[derive(Debug, thiserror::Error)]
pub enum BasemapError {
    /// A GeoJSON asset is not valid GeoJSON.
    GeoJson {
        /// File name of the asset in `assets/basemap/`.
        asset: &'static str,
        /// The GeoJSON parser's error.
        #[source]
        source: Box<geojson::Error>,
    },
    /// A CSV asset has a row that does not read.
    Csv {
        /// File name of the asset in `assets/basemap/`.
        asset: &'static str,
        /// The CSV reader's error.
        #[source]
        source: csv::Error,
    },
    /// An asset parses but its content is wrong: a missing property, an
    /// unknown state, a geometry of the wrong type, and the like.
    Invalid {
        /// File name of the asset in `assets/basemap/` (`mesh` when
        /// triangulation failed).
        asset: &'static str,
        /// What is wrong.
        reason: String,
    },
}

/// The parsers' errors and the loader's notes stay as they are: a broken
/// build, reported to developers.
impl ToPhrase for BasemapError {
    fn phrase(&self) -> Phrase {
        let (asset, detail) = match self {
            BasemapError::GeoJson { asset, source } => (*asset, source.to_string()),
            BasemapError::Csv { asset, source } => (*asset, source.to_string()),
            BasemapError::Invalid { asset, reason } => (*asset, reason.clone()),
        };
        phrase!("basemap-error", asset = asset, detail = detail)
    }
}

crate::display_in_english!(BasemapError);

/// Everything the map draws and looks up, parsed once.
#[derive(Clone, Debug)]
pub struct Basemap {
    /// Land of every country in view, 1:50m, and of the world beyond, 1:110m; one mesh.
    pub land: Land,
    /// US and Mexican states, 1:10m, one mesh, with names and point lookup.
    pub states: StateAreas,
    /// Lines to stroke, by kind.
    pub outlines: Vec<Outline>,
    /// The US–Mexico border, from the mouth of the Rio Grande to the Pacific. x = longitude,
    /// y = latitude, degrees.
    pub us_mx_border_deg: LineString<f64>,
    /// Land ports of entry, west to east.
    pub ports: Vec<PortOfEntry>,
    /// Towns and cities of the US and Mexico, for labels and geocoding (the
    /// one [`shared_gazetteer`] holds, when it parsed).
    pub gazetteer: Arc<Gazetteer>,
}

impl Basemap {
    /// Parses the embedded assets: tens of milliseconds in a release build, so call it once and
    /// keep the result.
    ///
    /// ```
    /// use corridor_core::basemap::{Basemap, OutlineKind};
    /// let basemap = Basemap::embedded().unwrap();
    /// assert_eq!(basemap.states.states.len(), 83);
    /// assert_eq!(basemap.land.countries.len(), 44);
    /// assert!(basemap.outlines.iter().any(|o| o.kind == OutlineKind::InternationalBorder));
    /// assert_eq!(basemap.gazetteer.places()[0].name, "Mexico City");
    /// ```
    pub fn embedded() -> Result<Self, BasemapError> {
        let table = StateTable::embedded()?;
        let country_features = assets::read_areas(assets::COUNTRIES_GEOJSON)?;
        let state_features = assets::read_areas(assets::STATES_GEOJSON)?;
        let beyond_features = assets::read_areas(assets::LAND_BEYOND_GEOJSON)?;
        let land = Land::from_features(&country_features, &beyond_features)?;
        let states = StateAreas::from_features(&state_features, table)?;
        let us_mx_border_deg = assets::read_line(assets::BORDER_GEOJSON)?;

        let mut outlines = Vec::new();
        let state_polygons: Vec<_> = states
            .states
            .iter()
            .map(|state| (state.code, &state.polygons_deg))
            .collect();
        outlines::state_outlines(&state_polygons, &mut outlines);
        let country_polygons: Vec<_> = land
            .countries
            .iter()
            .zip(&country_features)
            .map(|(country, feature)| (country.iso_a2.as_str(), &feature.polygons))
            .collect();
        outlines::country_outlines(&country_polygons, &mut outlines);
        outlines::beyond_outlines(&land.beyond.polygons_deg, &mut outlines);
        outlines.push(outlines::border_outline(&us_mx_border_deg));

        Ok(Self {
            ports: ports::parse_ports(assets::PORTS_CSV.text, table)?,
            gazetteer: match shared_gazetteer() {
                Some(gazetteer) => Arc::clone(gazetteer),
                // It did not parse: parsing again says why.
                None => Arc::new(Gazetteer::parse(assets::GAZETTEER_CSV.text, table)?),
            },
            land,
            states,
            outlines,
            us_mx_border_deg,
        })
    }

    /// Shorthand for [`StateAreas::state_at`].
    pub fn state_at(&self, lat_deg: f64, lon_deg: f64) -> Option<&StateArea> {
        self.states.state_at(lat_deg, lon_deg)
    }
}

/// The embedded basemap, parsed on first use and shared for the life of the
/// process (the importer's geocoder and the map both use it).
pub fn shared() -> Option<&'static Basemap> {
    static BASEMAP: std::sync::OnceLock<Option<Basemap>> = std::sync::OnceLock::new();
    BASEMAP.get_or_init(|| Basemap::embedded().ok()).as_ref()
}

/// The embedded gazetteer alone, parsed on first use and shared for the life
/// of the process: an import geocodes place names with it, and a command
/// that only reads and writes data needs no more of the basemap (whose
/// meshes and outlines took nine tenths of a small `export-data` run).
///
/// ```
/// let gazetteer = corridor_core::basemap::shared_gazetteer().unwrap();
/// assert_eq!(gazetteer.places()[0].name, "Mexico City");
/// let basemap = corridor_core::basemap::shared().unwrap();
/// assert!(std::sync::Arc::ptr_eq(gazetteer, &basemap.gazetteer));
/// ```
pub fn shared_gazetteer() -> Option<&'static Arc<Gazetteer>> {
    static GAZETTEER: std::sync::OnceLock<Option<Arc<Gazetteer>>> = std::sync::OnceLock::new();
    GAZETTEER
        .get_or_init(|| {
            let table = StateTable::embedded().ok()?;
            Gazetteer::parse(assets::GAZETTEER_CSV.text, table)
                .ok()
                .map(Arc::new)
        })
        .as_ref()
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod error_tests {
    use super::*;

    #[test]
    fn errors_in_english_and_spanish() {
        let invalid = BasemapError::Invalid {
            asset: "states.csv",
            reason: "unknown state XX".to_owned(),
        };
        crate::i18n::assert_says(
            &invalid,
            "basemap asset states.csv: unknown state XX",
            "recurso del mapa base states.csv: unknown state XX",
        );
        let geojson_error = "{".parse::<geojson::GeoJson>().unwrap_err();
        let parser_says = geojson_error.to_string();
        let geojson = BasemapError::GeoJson {
            asset: "land.geojson",
            source: Box::new(geojson_error),
        };
        crate::i18n::assert_says(
            &geojson,
            &format!("basemap asset land.geojson: {parser_says}"),
            &format!("recurso del mapa base land.geojson: {parser_says}"),
        );
    }
}
