//! Locations known only to a state or a country: a store given by its US
//! state alone, a recovery by its Mexican state, or by "Mexico". They are
//! placed at the state's label point (Natural Earth's, inside the state)
//! or at a point inside the country, with a precision that says so, and a
//! place name that cannot be mistaken for a town: `Texas (state level)`.

use std::sync::OnceLock;

use geo::InteriorPoint as _;

use crate::basemap::{Country, StateTable};
use crate::i18n::Phrase;
use crate::model::Precision;
use crate::phrase;

/// Where a coarse location is drawn and what it is called.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct CoarsePlace {
    pub lat_deg: f64,
    pub lon_deg: f64,
    pub precision: Precision,
    /// `Texas (state level)`, `Mexico (country level)`: the town or place
    /// the location gets, so that no grouping by town shows it as a town.
    pub label: String,
}

/// Names of the countries themselves, as a place column may hold them
/// (compared without case or accents). A state column's `México` or `MX`
/// is the State of Mexico (as Mexican reports write it), not the country.
const COUNTRY_NAMES: [(Country, &[&str]); 2] = [
    (
        Country::Us,
        &[
            "united states",
            "united states of america",
            "usa",
            "us",
            "u.s.",
            "u.s.a.",
            "estados unidos",
            "estados unidos de america",
            "eua",
            "eeuu",
            "ee. uu.",
        ],
    ),
    (
        Country::Mx,
        &[
            "mexico",
            "estados unidos mexicanos",
            "republica mexicana",
            "mex",
        ],
    ),
];

/// The place of a location whose row gives no town (or gives the country
/// as its town): its state, when `state` names one of `country`'s, else
/// the country, when `town` or `state` names it. `None` for anything else.
pub(super) fn coarse_place(country: Country, town: &str, state: &str) -> Option<CoarsePlace> {
    let (town, state) = (town.trim(), state.trim());
    if town.is_empty() && !state.is_empty() {
        let table = StateTable::embedded().ok()?;
        let code = table
            .candidates(state)
            .iter()
            .copied()
            .find(|code| code.country() == country);
        if let Some(info) = code.and_then(|code| table.get(code)) {
            return Some(CoarsePlace {
                lat_deg: info.label_lat_deg,
                lon_deg: info.label_lon_deg,
                precision: Precision::State,
                label: format!("{} (state level)", info.name),
            });
        }
    }
    let named = match (town.is_empty(), state.is_empty()) {
        (false, true) => town,
        (true, false) => state,
        _ => return None,
    };
    if !is_country_name(country, named) {
        return None;
    }
    let (lat_deg, lon_deg) = country_point(country)?;
    Some(CoarsePlace {
        lat_deg,
        lon_deg,
        precision: Precision::Country,
        label: format!("{} (country level)", country_name(country)),
    })
}

/// Why a state alone cannot place a location of `country`: it names only
/// states of the other country (a store "in Chihuahua"). `None` otherwise.
pub(super) fn state_of_other_country(country: Country, state: &str) -> Option<Phrase> {
    let table = StateTable::embedded().ok()?;
    let candidates = table.candidates(state.trim());
    let info = candidates
        .iter()
        .all(|code| code.country() != country)
        .then(|| candidates.first())
        .flatten()
        .and_then(|&code| table.get(code))?;
    Some(phrase!(
        "import-state-of-other-country",
        state = info.name.as_str(),
        country = country_id(info.code.country()),
        side_country = country_id(country)
    ))
}

/// The country as messages select on it (`$country`): `us` or `mx`.
fn country_id(country: Country) -> &'static str {
    match country {
        Country::Us => "us",
        Country::Mx => "mx",
    }
}

fn country_name(country: Country) -> &'static str {
    match country {
        Country::Us => "United States",
        Country::Mx => "Mexico",
    }
}

fn is_country_name(country: Country, text: &str) -> bool {
    let folded: String = text
        .chars()
        .map(crate::import::fields::fold_accent)
        .collect::<String>()
        .to_lowercase();
    COUNTRY_NAMES
        .iter()
        .filter(|(c, _)| *c == country)
        .any(|(_, names)| names.contains(&folded.as_str()))
}

/// A point inside the country's largest land (never a centroid, which can
/// fall in the sea), from the embedded basemap; computed once.
fn country_point(country: Country) -> Option<(f64, f64)> {
    static POINTS: OnceLock<[Option<(f64, f64)>; 2]> = OnceLock::new();
    let points = POINTS.get_or_init(|| {
        let point = |iso: &str| {
            let area = crate::basemap::shared()?.land.get(iso)?;
            let largest = area.polygons_deg.0.iter().max_by(|a, b| {
                use geo::Area as _;
                a.unsigned_area().total_cmp(&b.unsigned_area())
            })?;
            let p = largest.interior_point()?;
            Some((p.y(), p.x()))
        };
        [point("US"), point("MX")]
    });
    match country {
        Country::Us => points[0],
        Country::Mx => points[1],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_state_alone_is_its_label_point_and_a_country_a_point_inside_it() {
        let texas = coarse_place(Country::Us, "", "TX").unwrap();
        assert_eq!(texas.precision, Precision::State);
        assert_eq!(texas.label, "Texas (state level)");
        let sinaloa = coarse_place(Country::Mx, "", "Sinaloa").unwrap();
        assert_eq!(sinaloa.label, "Sinaloa (state level)");
        // A US state's code on a recovery is not a Mexican state.
        assert_eq!(coarse_place(Country::Mx, "", "TX"), None);
        let mexico = coarse_place(Country::Mx, "México", "").unwrap();
        assert_eq!(mexico.precision, Precision::Country);
        assert_eq!(mexico.label, "Mexico (country level)");
        let basemap = crate::basemap::shared().unwrap();
        let state = basemap
            .states
            .state_at(mexico.lat_deg, mexico.lon_deg)
            .unwrap();
        assert_eq!(state.country, Country::Mx);
        // In the state column, México is the State of Mexico.
        let edomex = coarse_place(Country::Mx, "", "México").unwrap();
        assert_eq!(edomex.label, "State of Mexico (state level)");
        // A town is not coarse, nor is nothing at all.
        assert_eq!(coarse_place(Country::Us, "Houston", "TX"), None);
        assert_eq!(coarse_place(Country::Us, "", ""), None);
    }
}
