//! Which administrative area each store and recovery site belongs to, for
//! corridors between areas rather than between single locations.

use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

use crate::basemap::{Basemap, Country, normalize_state};
use crate::i18n::Lang;
use crate::model::{Dataset, Precision};
use crate::msg_id;

/// How coarse an area is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum AreaLevel {
    /// US state → Mexican state, as ISO 3166-2 codes (`US-TX`, `MX-CMX`).
    #[default]
    State,
    /// Town or municipality with its state (`Houston, US-TX`).
    Town,
    /// Each store and each recovery site on its own.
    Site,
}

impl AreaLevel {
    /// Every level, coarsest first, in the order the corridors panel offers them.
    pub const ALL: [AreaLevel; 3] = [AreaLevel::State, AreaLevel::Town, AreaLevel::Site];

    /// The level's short name, as the command line takes it: `state`, `town` or
    /// `site`.
    pub fn id(self) -> &'static str {
        match self {
            AreaLevel::State => "state",
            AreaLevel::Town => "town",
            AreaLevel::Site => "site",
        }
    }

    /// The level's name as the corridors panel shows it.
    pub fn label(self, lang: Lang) -> String {
        let id = match self {
            AreaLevel::State => msg_id!("area-level-state"),
            AreaLevel::Town => msg_id!("area-level-town"),
            AreaLevel::Site => msg_id!("area-level-site"),
        };
        crate::i18n::text(lang, id, &[])
    }

    /// The level whose [`id`](Self::id) is `id`; `None` for any other text.
    pub fn from_id(id: &str) -> Option<AreaLevel> {
        Self::ALL.into_iter().find(|l| l.id() == id)
    }
}

/// Area of every store and site at one level. Built once per dataset and level.
#[derive(Clone, Debug, Default)]
pub struct AreaIndex {
    /// The level the areas are at.
    pub level: AreaLevel,
    /// Area names, indexed by area id (origins and destinations share the list).
    pub names: Vec<String>,
    /// Area id of each store, by store id.
    pub store_area: Vec<u32>,
    /// Area id of each recovery site, by site id.
    pub site_area: Vec<u32>,
}

/// Name of the area a location cannot be put in.
pub const UNKNOWN_AREA: &str = "unknown";

/// Distance within which a location just off a coarse coastline still gets
/// the nearest state (Natural Earth's 1:10m coast cuts off some harbours).
const NEAREST_STATE_KM: f64 = 25.0;

impl AreaIndex {
    /// Puts every store and site of `dataset` in an area of `level`. A
    /// location's state comes from its state field when that names a state of
    /// its country (US for stores, Mexico for sites), else from `basemap` (the
    /// state within 25 km of it), else it is [`UNKNOWN_AREA`]. At
    /// [`AreaLevel::Site`] each location is an area of its own, named by its
    /// label.
    pub fn build(dataset: &Dataset, basemap: Option<&Basemap>, level: AreaLevel) -> Self {
        let mut index = AreaIndex {
            level,
            ..Default::default()
        };
        let mut ids: FxHashMap<String, u32> = FxHashMap::default();
        let mut area = |name: String| -> u32 {
            let next = ids.len() as u32;
            *ids.entry(name.clone()).or_insert_with(|| {
                index.names.push(name);
                next
            })
        };
        let state_of = |text: &str, lat_deg: f64, lon_deg: f64, country: Country| -> String {
            normalize_state(text)
                .filter(|code| code.country() == country)
                .or_else(|| {
                    basemap
                        .and_then(|b| b.states.state_near(lat_deg, lon_deg, NEAREST_STATE_KM))
                        .map(|s| s.code)
                })
                .map_or_else(|| UNKNOWN_AREA.to_owned(), |code| code.as_str().to_owned())
        };
        let mut store_area = Vec::with_capacity(dataset.stores.len());
        for (i, store) in dataset.stores.iter().enumerate() {
            let state = state_of(
                dataset.str(store.state),
                store.lat_deg,
                store.lon_deg,
                Country::Us,
            );
            let name = area_name(
                level,
                store.precision,
                dataset.str(store.city),
                state,
                || dataset.store_label(crate::model::StoreId(i as u32)),
            );
            store_area.push(area(name));
        }
        let mut site_area = Vec::with_capacity(dataset.sites.len());
        for (i, site) in dataset.sites.iter().enumerate() {
            let state = state_of(
                dataset.str(site.state),
                site.lat_deg,
                site.lon_deg,
                Country::Mx,
            );
            let name = area_name(
                level,
                site.precision,
                dataset.str(site.place),
                state,
                || dataset.site_label(crate::model::SiteId(i as u32)),
            );
            site_area.push(area(name));
        }
        index.store_area = store_area;
        index.site_area = site_area;
        index
    }
}

impl AreaIndex {
    /// The areas as a level of nodes the map can draw flows between.
    pub fn to_level(&self, dataset: &Dataset) -> crate::cluster::ClusterLevel {
        crate::cluster::ClusterLevel::from_groups(
            dataset,
            &self.store_area,
            &self.site_area,
            self.names.clone(),
        )
    }
}

/// The area of a location at `level`, from its town or place, its state
/// (an ISO code or [`UNKNOWN_AREA`]) and, at [`AreaLevel::Site`], its label.
fn area_name(
    level: AreaLevel,
    precision: Precision,
    place: &str,
    state: String,
    label: impl FnOnce() -> String,
) -> String {
    match (level, precision) {
        // Known only to the country: no state, no town.
        (AreaLevel::State | AreaLevel::Town, Precision::Country) => place.to_owned(),
        (AreaLevel::State, _) => state,
        // Known only to its state: its state-level name, not a town.
        (AreaLevel::Town, Precision::State) => place.to_owned(),
        (AreaLevel::Town, _) => town(place, &state),
        (AreaLevel::Site, _) => label(),
    }
}

fn town(name: &str, state: &str) -> String {
    if name.is_empty() {
        state.to_owned()
    } else {
        format!("{name}, {state}")
    }
}

/// An area name as people read it: a state code gets its name after it
/// (`US-TX Texas`, so rows sorted by code stay in the order shown), a town
/// keeps its state code, anything else is shown as is.
///
/// ```
/// use corridor_core::aggregate::areas::readable_area;
/// assert_eq!(readable_area("US-TX"), "US-TX Texas");
/// assert_eq!(readable_area("MX-CMX"), "MX-CMX Mexico City");
/// assert_eq!(readable_area("Houston, US-TX"), "Houston, US-TX");
/// assert_eq!(readable_area("unknown"), "unknown");
/// ```
pub fn readable_area(name: &str) -> String {
    readable_area_in(name, Lang::En)
}

/// [`readable_area`] with the state's name in `lang`.
///
/// ```
/// use corridor_core::aggregate::areas::readable_area_in;
/// use corridor_core::i18n::Lang;
/// assert_eq!(readable_area_in("MX-CMX", Lang::Es), "MX-CMX Ciudad de México");
/// assert_eq!(readable_area_in("US-NM", Lang::Es), "US-NM Nuevo México");
/// assert_eq!(readable_area_in("Houston, US-TX", Lang::Es), "Houston, US-TX");
/// ```
pub fn readable_area_in(name: &str, lang: Lang) -> String {
    crate::basemap::StateCode::parse(name)
        .and_then(|code| {
            let table = crate::basemap::StateTable::embedded().ok()?;
            Some(format!("{name} {}", table.get(code)?.name_in(lang)))
        })
        .unwrap_or_else(|| name.to_owned())
}
