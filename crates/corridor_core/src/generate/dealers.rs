//! Fictitious gun stores at real US towns: plainly invented names, licence
//! numbers starting `DEMO-`, and how often each sells a traced firearm.

use std::collections::HashMap;

use super::GenerateError;
use super::calibration::{
    MAX_STORES, METRO_RADIUS_KM, MIN_STORES, STORE_JITTER_MAX_KM, STORE_WEIGHT_SIGMA,
    TRACES_PER_STORE,
};
use super::places::{Geography, distance_km};
use super::sampling::{GenRng, Weighted, between, log_normal};
use super::writer::coordinate;
use crate::basemap::Place;

/// First words no real dealer would choose, so that nobody mistakes a demo
/// store for a real one.
const INVENTED: &[&str] = &[
    "Imaginary",
    "Fictional",
    "Madeup",
    "Pretend",
    "Invented",
    "Notreal",
    "Phantom",
    "Makebelieve",
    "Hypothetical",
    "Fabled",
    "Mythical",
    "Daydream",
    "Figment",
    "Storybook",
];
const LANDFORMS: &[&str] = &[
    "Mesa", "Creek", "Ridge", "Bayou", "Canyon", "Prairie", "Hollow", "Butte", "Arroyo", "Bluff",
    "Valley", "Pines", "Flats", "Gulch", "Lakes", "Range", "Hills", "Springs",
];
const KINDS: &[&str] = &[
    "Guns",
    "Arms",
    "Outfitters",
    "Pawn",
    "Firearms",
    "Sporting Goods",
    "Gun Shop",
    "Trading Post",
    "Shooting Supply",
];

/// A fictitious federal firearms licensee.
#[derive(Clone, Debug)]
pub struct Store {
    /// `DEMO-S00001`.
    pub id: String,
    /// Invented name such as `Imaginary Mesa Guns`.
    pub name: String,
    /// `DEMO-` and a made-up number in the shape of an FFL number.
    pub ffl: String,
    /// Real town it stands in, from the gazetteer.
    pub city: String,
    /// USPS code.
    pub state: String,
    /// Latitude in degrees. The store lies at most [`STORE_JITTER_MAX_KM`]
    /// from its town's centre.
    pub lat_deg: f64,
    /// Longitude in degrees.
    pub lon_deg: f64,
    /// The coordinates as written, formatted once.
    pub lat_text: String,
    /// The longitude as written (five decimals), formatted once.
    pub lon_text: String,
    /// Index into [`Geography::source`].
    pub source_state: usize,
    town_geonameid: u32,
    weight: f64,
}

/// Stores picked for one state or one metro area, by weight.
#[derive(Debug)]
struct Pool {
    stores: Vec<u32>,
    pick: Weighted,
}

impl Pool {
    fn new(stores: Vec<u32>, all: &[Store]) -> Option<Pool> {
        let pick = Weighted::new(stores.iter().map(|&s| all[s as usize].weight))?;
        Some(Pool { stores, pick })
    }

    fn sample(&self, rng: &mut GenRng) -> u32 {
        self.stores[self.pick.sample(rng)]
    }
}

/// All generated stores, with weighted draws of a store by state and by
/// metro area.
#[derive(Debug)]
pub struct Stores {
    /// Every store, in id order: index 0 is `DEMO-S00001`.
    pub list: Vec<Store>,
    /// Indexed like [`Geography::source`].
    by_state: Vec<Pool>,
    /// Per town geonameid: the stores of its metro area.
    by_metro: HashMap<u32, Pool>,
}

/// How many stores for `traces` traces.
pub fn store_count(traces: u64) -> u64 {
    (traces / TRACES_PER_STORE).clamp(MIN_STORES, MAX_STORES)
}

impl Stores {
    /// Every source state gets at least one store, the rest in proportion to
    /// the state's share, each at a town drawn by population.
    pub fn generate(
        rng: &mut GenRng,
        geo: &mut Geography<'_>,
        traces: u64,
    ) -> Result<Stores, GenerateError> {
        let total = store_count(traces) as f64;
        let mut list = Vec::new();
        let mut towns: Vec<&Place> = Vec::new();
        for state in 0..geo.source.len() {
            let count = (total * geo.source[state].share).round().max(1.0) as u64;
            for _ in 0..count {
                let town = geo.source_town(rng, state);
                let area = geo.source[state].area;
                let (lat_deg, lon_deg) = geo.jitter(rng, town, STORE_JITTER_MAX_KM, area);
                let number = list.len() + 1;
                let (name, pawn) = store_name(rng);
                list.push(Store {
                    id: format!("DEMO-S{number:05}"),
                    name,
                    ffl: ffl_number(rng, number, pawn),
                    city: town.name.clone(),
                    state: geo.source[state].postal.to_owned(),
                    lat_deg,
                    lon_deg,
                    lat_text: text(lat_deg),
                    lon_text: text(lon_deg),
                    source_state: state,
                    town_geonameid: town.geonameid,
                    weight: log_normal(rng, 1.0, STORE_WEIGHT_SIGMA),
                });
                towns.push(town);
            }
        }

        let mut by_state = Vec::with_capacity(geo.source.len());
        for state in 0..geo.source.len() {
            let members: Vec<u32> = (0..list.len() as u32)
                .filter(|&s| list[s as usize].source_state == state)
                .collect();
            let pool = Pool::new(members, &list).ok_or_else(|| {
                GenerateError::Gazetteer(format!("no store in {}", geo.source[state].code))
            })?;
            by_state.push(pool);
        }

        // Metro areas: for every town with a store, the stores of its state
        // within METRO_RADIUS_KM of it (the town's own stores included).
        let mut by_metro = HashMap::new();
        for (index, town) in towns.iter().enumerate() {
            if by_metro.contains_key(&town.geonameid) {
                continue;
            }
            let state = list[index].source_state;
            let members: Vec<u32> = by_state[state]
                .stores
                .iter()
                .copied()
                .filter(|&s| {
                    let other = towns[s as usize];
                    distance_km(town.lat_deg, town.lon_deg, other.lat_deg, other.lon_deg)
                        <= METRO_RADIUS_KM
                })
                .collect();
            if let Some(pool) = Pool::new(members, &list) {
                by_metro.insert(town.geonameid, pool);
            }
        }
        Ok(Stores {
            list,
            by_state,
            by_metro,
        })
    }

    /// A store of the state, by how much it sells.
    pub fn in_state(&self, rng: &mut GenRng, state: usize) -> u32 {
        self.by_state[state].sample(rng)
    }

    /// A store of the same metro area as `store` (possibly `store` itself).
    pub fn in_metro(&self, rng: &mut GenRng, store: u32) -> u32 {
        let town = self.list[store as usize].town_geonameid;
        self.by_metro
            .get(&town)
            .map_or(store, |pool| pool.sample(rng))
    }

    /// A store in the metro area of a named town, if any store is there.
    pub fn near_town(&self, rng: &mut GenRng, town: &Place) -> Option<u32> {
        self.by_metro
            .get(&town.geonameid)
            .map(|pool| pool.sample(rng))
            .or_else(|| {
                self.list
                    .iter()
                    .position(|s| {
                        distance_km(town.lat_deg, town.lon_deg, s.lat_deg, s.lon_deg)
                            <= METRO_RADIUS_KM
                    })
                    .map(|s| self.in_metro(rng, s as u32))
            })
    }
}

fn text(coordinate_deg: f64) -> String {
    let mut out = String::new();
    coordinate(coordinate_deg, &mut out);
    out
}

/// "Imaginary Mesa Guns"; true when it is a pawn shop (another licence type).
fn store_name(rng: &mut GenRng) -> (String, bool) {
    let pick = |rng: &mut GenRng, words: &[&'static str]| -> &'static str {
        words[between(rng, 0, words.len() as u32 - 1) as usize]
    };
    let invented = pick(rng, INVENTED);
    let landform = pick(rng, LANDFORMS);
    let kind = pick(rng, KINDS);
    (format!("{invented} {landform} {kind}"), kind == "Pawn")
}

/// In the shape of an FFL number (region, district, county, licence type,
/// expiry, sequence) but starting `DEMO-` and ending in the store's own
/// number, so it is unique and cannot be a real licence.
fn ffl_number(rng: &mut GenRng, number: usize, pawn: bool) -> String {
    let region = between(rng, 1, 9);
    let district = between(rng, 10, 99);
    let county = between(rng, 1, 250) * 2 - 1;
    let licence = if pawn { 2 } else { 1 };
    let expiry_year = between(rng, 0, 9);
    let expiry_month = char::from(b'A' + between(rng, 0, 11) as u8);
    format!(
        "DEMO-{region}-{district:02}-{county:03}-{licence:02}-{expiry_year}{expiry_month}-{number:05}"
    )
}
