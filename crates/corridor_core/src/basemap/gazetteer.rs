//! Populated places of the US and Mexico (GeoNames, population ≥ 5,000) and geocoding by name.

use std::collections::HashMap;

use serde::Deserialize;

use super::BasemapError;
use super::assets::GAZETTEER_CSV;
use super::states::{Country, StateCode, StateTable};
use super::text::{place_key, place_keys};
use crate::geometry::mercator::{WorldPoint, project};

/// A populated place.
#[derive(Clone, Debug, PartialEq)]
pub struct Place {
    /// GeoNames' id of the place.
    pub geonameid: u32,
    /// GeoNames' main name, with accents (`Ciudad Juárez`).
    pub name: String,
    /// The US or Mexico.
    pub country: Country,
    /// The state the place is in.
    pub state: StateCode,
    /// Latitude, in degrees north.
    pub lat_deg: f64,
    /// Longitude, in degrees east (negative in the Americas).
    pub lon_deg: f64,
    /// Number of inhabitants, as GeoNames gives it.
    pub population: u32,
    /// The place in Web Mercator unit-square coordinates.
    pub world: WorldPoint,
}

/// What [`Gazetteer::resolve`] found for a name.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Resolution<'a> {
    /// Exactly one place has the name (in the state, if one was given).
    Unique(&'a Place),
    /// `candidates` places have the name (in the state, if one was given); `place` is the most
    /// populous of them.
    Ambiguous {
        /// The most populous of the matching places.
        place: &'a Place,
        /// How many places matched (two or more).
        candidates: usize,
    },
    /// `candidates` places have the name, none in the given state.
    NotInState {
        /// How many places have the name, in any state.
        candidates: usize,
    },
    /// The state names no US or Mexican state.
    UnknownState,
    /// No place has the name.
    NotFound,
}

impl<'a> Resolution<'a> {
    /// The chosen place, if any.
    pub fn place(&self) -> Option<&'a Place> {
        match self {
            Resolution::Unique(place) | Resolution::Ambiguous { place, .. } => Some(place),
            _ => None,
        }
    }

    /// How many places matched the name (in the state, if one was given and matched).
    pub fn candidates(&self) -> usize {
        match self {
            Resolution::Unique(_) => 1,
            Resolution::Ambiguous { candidates, .. } | Resolution::NotInState { candidates } => {
                *candidates
            }
            Resolution::UnknownState | Resolution::NotFound => 0,
        }
    }

    /// Whether several places matched and the most populous was taken.
    pub fn is_ambiguous(&self) -> bool {
        matches!(self, Resolution::Ambiguous { .. })
    }
}

/// Names people use that GeoNames' main name does not cover: geonameid and name.
const EXTRA_NAMES: &[(u32, &str)] = &[
    (3530597, "Ciudad de México"),
    (3530597, "CDMX"),
    (3530597, "México D.F."),
    (3530597, "Mexico DF"),
    (5128581, "New York"),
];

/// All places, most populous first, with an index by folded name.
#[derive(Clone, Debug)]
pub struct Gazetteer {
    places: Vec<Place>,
    /// Place key -> indices into `places`, ascending, so most populous first.
    by_key: HashMap<String, Vec<u32>>,
    states: &'static StateTable,
}

#[derive(Deserialize)]
struct PlaceRow {
    geonameid: u32,
    name: String,
    country: String,
    admin1: String,
    lat: f64,
    lon: f64,
    population: u32,
}

impl Gazetteer {
    pub(crate) fn parse(csv_text: &str, states: &'static StateTable) -> Result<Self, BasemapError> {
        let invalid = |reason: String| BasemapError::Invalid {
            asset: GAZETTEER_CSV.name,
            reason,
        };
        let mut places = Vec::new();
        for row in csv::Reader::from_reader(csv_text.as_bytes()).deserialize() {
            let row: PlaceRow = row.map_err(|source| BasemapError::Csv {
                asset: GAZETTEER_CSV.name,
                source,
            })?;
            let country = Country::from_iso_a2(&row.country)
                .ok_or_else(|| invalid(format!("{}: country {:?}", row.geonameid, row.country)))?;
            let state = states
                .from_geonames(country, &row.admin1)
                .ok_or_else(|| invalid(format!("{}: admin1 {:?}", row.geonameid, row.admin1)))?;
            places.push(Place {
                geonameid: row.geonameid,
                name: row.name,
                country,
                state,
                lat_deg: row.lat,
                lon_deg: row.lon,
                population: row.population,
                world: project(row.lat, row.lon),
            });
        }
        places.sort_by_key(|place| (std::cmp::Reverse(place.population), place.geonameid));

        let mut by_key: HashMap<String, Vec<u32>> = HashMap::with_capacity(places.len() * 2);
        let mut add = |key: String, index: usize| -> Result<(), BasemapError> {
            let index = u32::try_from(index).map_err(|_| invalid("too many places".to_owned()))?;
            let indices = by_key.entry(key).or_default();
            if !indices.contains(&index) {
                indices.push(index);
            }
            Ok(())
        };
        for (index, place) in places.iter().enumerate() {
            for key in place_keys(&place.name) {
                add(key, index)?;
            }
        }
        for &(geonameid, name) in EXTRA_NAMES {
            let index = places
                .iter()
                .position(|place| place.geonameid == geonameid)
                .ok_or_else(|| invalid(format!("no place {geonameid} for {name:?}")))?;
            add(place_key(name), index)?;
        }
        for indices in by_key.values_mut() {
            // Extra names were added out of order.
            indices.sort_unstable();
        }
        Ok(Self {
            places,
            by_key,
            states,
        })
    }

    /// All places, most populous first: a renderer shows labels down to a population threshold
    /// that falls as the map zooms in.
    ///
    /// ```
    /// let basemap = corridor_core::basemap::Basemap::embedded().unwrap();
    /// let millions: Vec<_> = basemap.gazetteer.places().iter()
    ///     .take_while(|place| place.population >= 1_500_000)
    ///     .map(|place| place.name.as_str())
    ///     .collect();
    /// assert_eq!(&millions[..3], ["Mexico City", "New York City", "Los Angeles"]);
    /// ```
    pub fn places(&self) -> &[Place] {
        &self.places
    }

    /// The number of places.
    pub fn len(&self) -> usize {
        self.places.len()
    }

    /// Whether there are no places at all.
    pub fn is_empty(&self) -> bool {
        self.places.is_empty()
    }

    /// Every place a name may mean, most populous first, in either country. Matching ignores case,
    /// accents and punctuation, reads `Cd.` as `Ciudad`, and finds `Ciudad Juárez` and `Heroica
    /// Matamoros` also as `Juárez` and `Matamoros`.
    ///
    /// ```
    /// let basemap = corridor_core::basemap::Basemap::embedded().unwrap();
    /// let juarez = basemap.gazetteer.candidates("Juarez");
    /// assert_eq!(juarez[0].name, "Ciudad Juárez");
    /// assert!(juarez.len() > 1);
    /// assert_eq!(basemap.gazetteer.candidates("Cd. Juárez")[0].name, "Ciudad Juárez");
    /// ```
    pub fn candidates(&self, place: &str) -> Vec<&Place> {
        let key = place_key(place);
        let mut indices: Vec<u32> = self.by_key.get(&key).cloned().unwrap_or_default();
        if indices.is_empty() {
            // The data may not have the prefix the query has ("Ciudad Nogales", "Córdoba (Ver.)").
            for alternative in place_keys(place).into_iter().skip(1) {
                indices.extend(self.by_key.get(&alternative).into_iter().flatten());
            }
            indices.sort_unstable();
            indices.dedup();
        }
        indices
            .into_iter()
            .filter_map(|index| self.places.get(index as usize))
            .collect()
    }

    /// Geocodes a place name, optionally within a state given in any form [`super::normalize_state`]
    /// accepts (a blank state counts as none). Among several places of that name the most populous
    /// wins, and the result says how many there were.
    ///
    /// ```
    /// use corridor_core::basemap::{Basemap, Resolution};
    /// let basemap = Basemap::embedded().unwrap();
    /// let gazetteer = &basemap.gazetteer;
    ///
    /// let sonora = gazetteer.resolve("Nogales", Some("SON")).place().unwrap();
    /// let arizona = gazetteer.resolve("NOGALES", Some("Arizona")).place().unwrap();
    /// assert_eq!((sonora.state.as_str(), arizona.state.as_str()), ("MX-SON", "US-AZ"));
    ///
    /// // Without a state the largest Nogales wins, and the answer says it was a guess.
    /// let guess = gazetteer.resolve("Nogales", None);
    /// assert_eq!(guess.place(), Some(sonora));
    /// assert!(guess.is_ambiguous() && guess.candidates() >= 3);
    ///
    /// assert!(matches!(gazetteer.resolve("Culiacán", Some("MX-SIN")), Resolution::Unique(_)));
    /// assert_eq!(gazetteer.resolve("Nogales", Some("TX")), Resolution::NotInState { candidates: guess.candidates() });
    /// assert_eq!(gazetteer.resolve("Nogales", Some("Atlantis")), Resolution::UnknownState);
    /// assert_eq!(gazetteer.resolve("Atlantis", None), Resolution::NotFound);
    /// ```
    pub fn resolve(&self, place: &str, state: Option<&str>) -> Resolution<'_> {
        let states = match state.map(str::trim).filter(|state| !state.is_empty()) {
            None => None,
            Some(state) => match self.states.candidates(state) {
                [] => return Resolution::UnknownState,
                codes => Some(codes),
            },
        };
        let named = self.candidates(place);
        if named.is_empty() {
            return Resolution::NotFound;
        }
        let total = named.len();
        let matching: Vec<&Place> = match states {
            None => named,
            // A spelling that may mean two states (`CO`) keeps both: the place decides.
            Some(codes) => named
                .into_iter()
                .filter(|place| codes.contains(&place.state))
                .collect(),
        };
        match matching.as_slice() {
            [] => Resolution::NotInState { candidates: total },
            [place] => Resolution::Unique(place),
            [place, ..] => Resolution::Ambiguous {
                place,
                candidates: matching.len(),
            },
        }
    }
}
