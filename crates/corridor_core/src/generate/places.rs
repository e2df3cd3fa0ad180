//! Picking source states, recovery states and real towns in them from the
//! embedded gazetteer, and placing points a few kilometres from a town
//! centre without leaving its state (or falling into the sea).

use std::collections::HashMap;

use geo::{Distance, Haversine, Intersects, Point};

use super::GenerateError;
use super::calibration::{
    NO_STORE_STATES, OTHER_STATES_SHARE, RECOVERY_JITTER_BASE_KM,
    RECOVERY_JITTER_KM_PER_SQRT_MILLION, RECOVERY_JITTER_MAX_KM, SEIZURES_2006_2014,
    SOURCE_STATE_SHARES,
};
use super::sampling::{GenRng, Weighted, unit};
use crate::basemap::{Basemap, Country, Place, StateArea, StateCode};

const KM_PER_DEG_LAT: f64 = 111.2;

/// Tries before a jittered point that keeps leaving the state gives way to
/// the town centre itself.
const JITTER_ATTEMPTS: u32 = 8;

/// A US state stores are placed in.
#[derive(Debug)]
pub struct SourceState<'b> {
    /// ISO 3166-2 code, e.g. `US-TX`.
    pub code: StateCode,
    /// USPS code, written in the store_state column.
    pub postal: &'b str,
    /// Share of traces bought in this state.
    pub share: f64,
    /// The state's outline, which its stores stay inside.
    pub area: &'b StateArea,
    towns: Vec<&'b Place>,
    town_pick: Weighted,
}

/// A Mexican state firearms are recovered in.
#[derive(Debug)]
pub struct RecoveryState<'b> {
    /// ISO 3166-2 code, e.g. `MX-SIN`.
    pub code: StateCode,
    /// Spanish name, written in the recovery_state column.
    pub name_es: &'b str,
    /// The state's outline, which its recovery sites stay inside.
    pub area: &'b StateArea,
    towns: Vec<&'b Place>,
    town_pick: Weighted,
}

/// The states and towns of both countries, with the draws over them.
#[derive(Debug)]
pub struct Geography<'b> {
    /// US states stores are placed in, in code order: every state with towns
    /// in the gazetteer, except [`NO_STORE_STATES`].
    pub source: Vec<SourceState<'b>>,
    source_pick: Weighted,
    /// Mexican states, in the order of [`SEIZURES_2006_2014`].
    pub recovery: Vec<RecoveryState<'b>>,
    recovery_pick: Weighted,
    /// Per geonameid: whether a whole jitter disc around the town stays in
    /// its state, so points there need no polygon test.
    /// Each town is only ever jittered with one radius.
    disc_inside: HashMap<u32, bool>,
}

impl<'b> Geography<'b> {
    /// Reads the states and towns from the basemap and gives each source state
    /// its share. Fails when a state the calibration names has no towns.
    pub fn new(basemap: &'b Basemap) -> Result<Self, GenerateError> {
        let places = basemap.gazetteer.places();
        let towns_of = |code: StateCode, country: Country| -> Vec<&'b Place> {
            places
                .iter()
                .filter(|p| p.state == code && p.country == country && p.population > 0)
                // GeoNames lists some Mexico City neighbourhoods as places; a
                // recovery is placed at a municipality.
                .filter(|p| !(p.name.starts_with("Colonia ") || p.name.starts_with("Col. ")))
                .collect()
        };

        let mut source = Vec::new();
        for area in basemap
            .states
            .states
            .iter()
            .filter(|s| s.country == Country::Us)
        {
            if NO_STORE_STATES.contains(&area.code.as_str()) {
                continue;
            }
            let towns = towns_of(area.code, Country::Us);
            let Some(town_pick) = Weighted::new(towns.iter().map(|p| f64::from(p.population)))
            else {
                continue;
            };
            source.push(SourceState {
                code: area.code,
                postal: &area.postal,
                share: 0.0,
                area,
                towns,
                town_pick,
            });
        }
        for (code, _) in SOURCE_STATE_SHARES {
            if !source.iter().any(|s| s.code.as_str() == *code) {
                return Err(GenerateError::Gazetteer(format!(
                    "no towns for source state {code}"
                )));
            }
        }
        let named = |code: StateCode| {
            SOURCE_STATE_SHARES
                .iter()
                .find(|(c, _)| *c == code.as_str())
                .map(|(_, share)| *share)
        };
        let population = |state: &SourceState<'_>| -> f64 {
            state.towns.iter().map(|p| f64::from(p.population)).sum()
        };
        let other_population: f64 = source
            .iter()
            .filter(|s| named(s.code).is_none())
            .map(population)
            .sum();
        for state in &mut source {
            state.share = match named(state.code) {
                Some(share) => share,
                None => OTHER_STATES_SHARE * population(state) / other_population.max(1.0),
            };
        }
        let source_pick = Weighted::new(source.iter().map(|s| s.share))
            .ok_or_else(|| GenerateError::Gazetteer("no source states".to_owned()))?;

        let mut recovery = Vec::new();
        let mut seizures = Vec::new();
        for (code, count, _) in SEIZURES_2006_2014 {
            let area = StateCode::parse(code)
                .and_then(|code| basemap.states.get(code))
                .ok_or_else(|| GenerateError::Gazetteer(format!("unknown state {code}")))?;
            let towns = towns_of(area.code, Country::Mx);
            let town_pick = Weighted::new(towns.iter().map(|p| f64::from(p.population)))
                .ok_or_else(|| GenerateError::Gazetteer(format!("no towns in {code}")))?;
            recovery.push(RecoveryState {
                code: area.code,
                name_es: &area.name_es,
                area,
                towns,
                town_pick,
            });
            seizures.push(f64::from(*count));
        }
        let recovery_pick = Weighted::new(seizures)
            .ok_or_else(|| GenerateError::Gazetteer("no recovery states".to_owned()))?;

        Ok(Self {
            source,
            source_pick,
            recovery,
            recovery_pick,
            disc_inside: HashMap::new(),
        })
    }

    /// A source state drawn by its share of traces: an index into
    /// [`Geography::source`].
    pub fn pick_source_state(&self, rng: &mut GenRng) -> usize {
        self.source_pick.sample(rng)
    }

    /// A recovery state drawn by its seizures: an index into
    /// [`Geography::recovery`].
    pub fn pick_recovery_state(&self, rng: &mut GenRng) -> usize {
        self.recovery_pick.sample(rng)
    }

    /// Probability that a recovery falls in a state, by its seizures.
    pub fn recovery_share(&self, state: usize) -> f64 {
        self.recovery_pick.probability(state)
    }

    /// A town of a source state, drawn by population.
    pub fn source_town(&self, rng: &mut GenRng, state: usize) -> &'b Place {
        let state = &self.source[state];
        state.towns[state.town_pick.sample(rng)]
    }

    /// A town of a recovery state, drawn by population.
    pub fn recovery_town(&self, rng: &mut GenRng, state: usize) -> &'b Place {
        let state = &self.recovery[state];
        state.towns[state.town_pick.sample(rng)]
    }

    /// A point up to `max_km` from the town centre, inside `area`.
    pub fn jitter(
        &mut self,
        rng: &mut GenRng,
        town: &Place,
        max_km: f64,
        area: &StateArea,
    ) -> (f64, f64) {
        let safe = *self
            .disc_inside
            .entry(town.geonameid)
            .or_insert_with(|| disc_inside(town, max_km, area));
        for _ in 0..JITTER_ATTEMPTS {
            let (lat_deg, lon_deg) = offset(rng, town, max_km);
            if safe || inside(area, lat_deg, lon_deg) {
                return (lat_deg, lon_deg);
            }
        }
        (town.lat_deg, town.lon_deg)
    }

    /// Towns of a source state by name (for the Reynosa network's metros).
    pub fn source_town_named(&self, state: usize, name: &str) -> Option<&'b Place> {
        self.source[state]
            .towns
            .iter()
            .copied()
            .find(|p| p.name == name)
    }

    /// Index in [`Geography::source`] of the state with this ISO 3166-2 code
    /// (`US-TX`).
    pub fn source_index(&self, code: &str) -> Option<usize> {
        self.source.iter().position(|s| s.code.as_str() == code)
    }

    /// Index in [`Geography::recovery`] of the state with this ISO 3166-2 code
    /// (`MX-TAM`).
    pub fn recovery_index(&self, code: &str) -> Option<usize> {
        self.recovery.iter().position(|s| s.code.as_str() == code)
    }

    /// A town of a recovery state by its exact name (for the Reynosa seizure).
    pub fn recovery_town_named(&self, state: usize, name: &str) -> Option<&'b Place> {
        self.recovery[state]
            .towns
            .iter()
            .copied()
            .find(|p| p.name == name)
    }
}

/// How far from the centre a recovery site may lie: more for big cities.
pub fn recovery_jitter_km(town: &Place) -> f64 {
    let millions = f64::from(town.population) / 1e6;
    (RECOVERY_JITTER_BASE_KM + RECOVERY_JITTER_KM_PER_SQRT_MILLION * millions.sqrt())
        .min(RECOVERY_JITTER_MAX_KM)
}

/// Great-circle distance in kilometres.
pub fn distance_km(lat1_deg: f64, lon1_deg: f64, lat2_deg: f64, lon2_deg: f64) -> f64 {
    Haversine.distance(
        Point::new(lon1_deg, lat1_deg),
        Point::new(lon2_deg, lat2_deg),
    ) / 1000.0
}

/// Uniform over the disc of radius `max_km` around the town.
fn offset(rng: &mut GenRng, town: &Place, max_km: f64) -> (f64, f64) {
    let r_km = max_km * unit(rng).sqrt();
    let angle = std::f64::consts::TAU * unit(rng);
    at_distance(town, r_km, angle)
}

fn at_distance(town: &Place, r_km: f64, angle: f64) -> (f64, f64) {
    let lat_deg = town.lat_deg + r_km * angle.cos() / KM_PER_DEG_LAT;
    let km_per_deg_lon = KM_PER_DEG_LAT * town.lat_deg.to_radians().cos().max(0.01);
    let lon_deg = town.lon_deg + r_km * angle.sin() / km_per_deg_lon;
    (lat_deg, lon_deg)
}

fn inside(area: &StateArea, lat_deg: f64, lon_deg: f64) -> bool {
    let point = Point::new(lon_deg, lat_deg);
    area.bounds_deg.intersects(&point) && area.polygons_deg.intersects(&point)
}

/// The centre and sixteen points on two rings lie in the state: close enough
/// to "the whole disc does" at the scale of a few kilometres.
fn disc_inside(town: &Place, max_km: f64, area: &StateArea) -> bool {
    if !inside(area, town.lat_deg, town.lon_deg) {
        return false;
    }
    (0..8).all(|i| {
        let angle = std::f64::consts::TAU * f64::from(i) / 8.0;
        [max_km, max_km * 0.5].into_iter().all(|r_km| {
            let (lat_deg, lon_deg) = at_distance(town, r_km, angle);
            inside(area, lat_deg, lon_deg)
        })
    })
}
