//! Filled areas: the land of every country in view, and the US and Mexican states with their
//! names, label positions and point-in-state lookup.

use geo::{
    Area, BoundingRect, Closest, ClosestPoint, Distance, Haversine, InteriorPoint, Intersects,
    MultiPolygon, Point, Rect,
};

use super::BasemapError;
use super::assets::{AreaFeature, COUNTRIES_GEOJSON, STATES_GEOJSON};
use super::mesh::{Mesh, MeshPart};
use super::states::{Country, StateCode, StateTable};
use crate::geometry::mercator::{WorldPoint, project};

/// Natural Earth 50m countries were clipped to this box (degrees), so their polygons have straight
/// artificial edges along it; the land beyond it is not in the basemap.
///
/// This is the box's west edge, a longitude in degrees east.
pub const COUNTRIES_CLIP_WEST_DEG: f64 = -130.0;
/// East edge of the countries' clip box, a longitude in degrees east (see
/// [`COUNTRIES_CLIP_WEST_DEG`]).
pub const COUNTRIES_CLIP_EAST_DEG: f64 = -55.0;
/// South edge of the countries' clip box, a latitude in degrees north (see
/// [`COUNTRIES_CLIP_WEST_DEG`]).
pub const COUNTRIES_CLIP_SOUTH_DEG: f64 = 5.0;
/// North edge of the countries' clip box, a latitude in degrees north (see
/// [`COUNTRIES_CLIP_WEST_DEG`]).
pub const COUNTRIES_CLIP_NORTH_DEG: f64 = 60.0;

const EARTH_KM_PER_DEG: f64 = 111.2;

/// One country's land, at Natural Earth 1:50m.
#[derive(Clone, Debug, PartialEq)]
pub struct CountryArea {
    /// ISO 3166-1 alpha-2 of the sovereign country (`FR` for Guadeloupe, `NL` for Bonaire).
    pub iso_a2: String,
    /// Natural Earth's short English name (`Guatemala`, `Antigua and Barb.`).
    pub name: String,
    /// Its outline, for vector exports (a mesh would show seams there).
    /// x = longitude, y = latitude.
    pub polygons_deg: MultiPolygon<f64>,
    /// Its triangles in [`Land::mesh`].
    pub mesh: MeshPart,
}

/// The land of the 44 countries in the clip box, and of the world beyond it, as one mesh. Coarser
/// (1:50m) than the states (1:10m); a renderer that fills the states can skip the `US` and `MX`
/// parts here.
#[derive(Clone, Debug, Default)]
pub struct Land {
    /// The triangles of every country, in Web Mercator unit-square coordinates.
    pub mesh: Mesh,
    /// Each country's code, name, outline and part of `mesh`, in the asset's order.
    pub countries: Vec<CountryArea>,
    /// The land outside the clip box.
    pub beyond: LandBeyond,
}

/// The land of the world outside the countries' clip box, but for the US and Mexico (their states
/// reach past it), at Natural Earth 1:110m, as one area: without it a frame that reaches past the
/// box (North America whole, Alaska, the Arctic) showed sea where there is land. Coarse, since it
/// is only seen zoomed out that far; from 85° N to 85° S, where Web Mercator ends.
#[derive(Clone, Debug, PartialEq)]
pub struct LandBeyond {
    /// Its outline, for vector exports. x = longitude, y = latitude.
    pub polygons_deg: MultiPolygon<f64>,
    /// Its triangles in [`Land::mesh`].
    pub mesh: MeshPart,
}

/// One US state (or DC) or Mexican state, at Natural Earth 1:10m.
#[derive(Clone, Debug, PartialEq)]
pub struct StateArea {
    /// ISO 3166-2 code, such as `US-TX` or `MX-SIN`.
    pub code: StateCode,
    /// The US or Mexico.
    pub country: Country,
    /// See [`super::StateInfo::postal`].
    pub postal: String,
    /// English name.
    pub name: String,
    /// Spanish name.
    pub name_es: String,
    /// Where to put the state's name: Natural Earth's label point, or if that is not inside the
    /// outline, a point inside the largest polygon (never a centroid: it can fall outside a crescent
    /// such as Baja California or Florida).
    pub label_lat_deg: f64,
    /// Longitude of the label point, in degrees east (see `label_lat_deg`).
    pub label_lon_deg: f64,
    /// The label point in Web Mercator unit-square coordinates.
    pub label: WorldPoint,
    /// Bounding box, x = longitude, y = latitude, degrees. Alaska's spans the antimeridian, so it
    /// runs from about -180° to 180°.
    pub bounds_deg: Rect<f64>,
    /// Outline, x = longitude, y = latitude, degrees.
    pub polygons_deg: MultiPolygon<f64>,
    /// Its triangles in [`StateAreas::mesh`].
    pub mesh: MeshPart,
}

/// The 83 states of the US and Mexico as one mesh, plus lookups.
#[derive(Clone, Debug, Default)]
pub struct StateAreas {
    /// The triangles of every state, in Web Mercator unit-square coordinates.
    pub mesh: Mesh,
    /// Sorted by code.
    pub states: Vec<StateArea>,
}

impl Default for LandBeyond {
    fn default() -> Self {
        LandBeyond {
            polygons_deg: MultiPolygon(Vec::new()),
            mesh: MeshPart::default(),
        }
    }
}

impl Land {
    pub(crate) fn from_features(
        features: &[AreaFeature],
        beyond: &[AreaFeature],
    ) -> Result<Self, BasemapError> {
        let mut land = Land::default();
        let beyond_deg = MultiPolygon(
            beyond
                .iter()
                .flat_map(|feature| feature.polygons.iter().cloned())
                .collect(),
        );
        land.beyond = LandBeyond {
            mesh: land.mesh.push_polygons(&beyond_deg)?,
            polygons_deg: beyond_deg,
        };
        for feature in features {
            let part = land.mesh.push_polygons(&feature.polygons)?;
            land.countries.push(CountryArea {
                iso_a2: feature.string(COUNTRIES_GEOJSON, "iso_a2")?.to_owned(),
                name: feature.string(COUNTRIES_GEOJSON, "name")?.to_owned(),
                polygons_deg: feature.polygons.clone(),
                mesh: part,
            });
        }
        Ok(land)
    }

    /// The first country with this ISO 3166-1 alpha-2 code (case-sensitive, upper case), if any.
    ///
    /// ```
    /// let basemap = corridor_core::basemap::Basemap::embedded().unwrap();
    /// let guatemala = basemap.land.get("GT").unwrap();
    /// assert_eq!(guatemala.name, "Guatemala");
    /// assert!(basemap.land.mesh.area(&guatemala.mesh) > 0.0);
    /// assert!(basemap.land.get("FR").is_some()); // Guadeloupe, Martinique, French Guiana
    /// ```
    pub fn get(&self, iso_a2: &str) -> Option<&CountryArea> {
        self.countries
            .iter()
            .find(|country| country.iso_a2 == iso_a2)
    }
}

impl StateAreas {
    pub(crate) fn from_features(
        features: &[AreaFeature],
        table: &StateTable,
    ) -> Result<Self, BasemapError> {
        let invalid = |reason: String| BasemapError::Invalid {
            asset: STATES_GEOJSON.name,
            reason,
        };
        let mut areas = StateAreas::default();
        for feature in features {
            let code_text = feature.string(STATES_GEOJSON, "iso_3166_2")?;
            let info = StateCode::parse(code_text)
                .and_then(|code| table.get(code))
                .ok_or_else(|| invalid(format!("unknown state {code_text:?}")))?;
            let bounds_deg = feature
                .polygons
                .bounding_rect()
                .ok_or_else(|| invalid(format!("{code_text} has no coordinates")))?;
            let label_deg = Point::new(info.label_lon_deg, info.label_lat_deg);
            let label_deg = if feature.polygons.intersects(&label_deg) {
                label_deg
            } else {
                // InteriorPoint sweeps every edge, too slow to run for all states at startup.
                feature
                    .polygons
                    .iter()
                    .max_by(|a, b| a.unsigned_area().total_cmp(&b.unsigned_area()))
                    .and_then(InteriorPoint::interior_point)
                    .ok_or_else(|| invalid(format!("{code_text} has no interior")))?
            };
            let mesh = areas.mesh.push_polygons(&feature.polygons)?;
            areas.states.push(StateArea {
                code: info.code,
                country: info.country,
                postal: info.postal.clone(),
                name: info.name.clone(),
                name_es: info.name_es.clone(),
                label_lat_deg: label_deg.y(),
                label_lon_deg: label_deg.x(),
                label: project(label_deg.y(), label_deg.x()),
                bounds_deg,
                polygons_deg: feature.polygons.clone(),
                mesh,
            });
        }
        areas.states.sort_by_key(|state| state.code);
        if areas.states.len() != table.states().len() {
            return Err(invalid(format!(
                "{} state areas for {} states",
                areas.states.len(),
                table.states().len()
            )));
        }
        Ok(areas)
    }

    /// The state with this code, if the basemap has it.
    pub fn get(&self, code: StateCode) -> Option<&StateArea> {
        self.states
            .binary_search_by_key(&code, |state| state.code)
            .ok()
            .and_then(|i| self.states.get(i))
    }

    /// The state a point lies in, or `None` at sea or outside the US and Mexico. A point on a
    /// boundary belongs to the first state by code. The outlines are Natural Earth 1:10m,
    /// simplified, and can be a few kilometres off: along the border rivers some towns fall on the
    /// wrong side (Eagle Pass TX, San Luis AZ), and coastal and island towns can fall in the sea
    /// (see [`Self::state_near`]).
    ///
    /// ```
    /// let basemap = corridor_core::basemap::Basemap::embedded().unwrap();
    /// let state = |lat, lon| basemap.states.state_at(lat, lon).map(|s| s.code.to_string());
    /// assert_eq!(state(33.448, -112.074).as_deref(), Some("US-AZ")); // Phoenix
    /// assert_eq!(state(24.802, -107.394).as_deref(), Some("MX-SIN")); // Culiacán
    /// assert_eq!(state(25.0, -90.0), None); // Gulf of Mexico
    /// ```
    pub fn state_at(&self, lat_deg: f64, lon_deg: f64) -> Option<&StateArea> {
        let point = Point::new(lon_deg, lat_deg);
        // Intersects rather than Contains so that a point on a (simplified) boundary still gets a
        // state: aggregations should not lose it.
        self.states.iter().find(|state| {
            state.bounds_deg.intersects(&point) && state.polygons_deg.intersects(&point)
        })
    }

    /// Like [`Self::state_at`], but a point outside every state (a harbour town the coarse coast
    /// leaves in the sea, such as Miami on Biscayne Bay) gets the nearest state within `max_distance_km`.
    ///
    /// ```
    /// let basemap = corridor_core::basemap::Basemap::embedded().unwrap();
    /// let miami = (25.774, -80.194);
    /// assert!(basemap.states.state_at(miami.0, miami.1).is_none());
    /// let near = basemap.states.state_near(miami.0, miami.1, 10.0);
    /// assert_eq!(near.map(|s| s.code.as_str()), Some("US-FL"));
    /// assert!(basemap.states.state_near(25.0, -90.0, 25.0).is_none());
    /// ```
    pub fn state_near(
        &self,
        lat_deg: f64,
        lon_deg: f64,
        max_distance_km: f64,
    ) -> Option<&StateArea> {
        if let Some(state) = self.state_at(lat_deg, lon_deg) {
            return Some(state);
        }
        let point = Point::new(lon_deg, lat_deg);
        let margin_lat_deg = max_distance_km / EARTH_KM_PER_DEG;
        let margin_lon_deg = margin_lat_deg / lat_deg.to_radians().cos().max(0.01);
        let search = Rect::new(
            (lon_deg - margin_lon_deg, lat_deg - margin_lat_deg),
            (lon_deg + margin_lon_deg, lat_deg + margin_lat_deg),
        );
        self.states
            .iter()
            .filter(|state| state.bounds_deg.intersects(&search))
            .filter_map(|state| {
                // The closest point in degree space is close enough to the closest in kilometres
                // at the few tens of kilometres this is for.
                let closest = match state.polygons_deg.closest_point(&point) {
                    Closest::Intersection(p) | Closest::SinglePoint(p) => p,
                    Closest::Indeterminate => return None,
                };
                let distance_km = Haversine.distance(point, closest) / 1000.0;
                (distance_km <= max_distance_km).then_some((distance_km, state))
            })
            .min_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, state)| state)
    }
}
