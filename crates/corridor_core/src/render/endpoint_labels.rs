//! Names beside the symbols where flows start and end, so a slide says
//! which places it connects without a hover. Places only, never a dealer's
//! name: a store is named by its town and state, so a redacted image shows
//! no more than an unredacted one. Selected symbols are named first, then
//! the larger ones; a name goes where it fits (right, left, above or below
//! its symbol) without covering another name or symbol, or is left out.
//! An image holds one name per [`PX2_PER_LABEL`] of its area at most, so
//! a map of hundreds of small symbols stays readable.

use super::place_labels::{ScreenBox, TextBox, free};
use crate::aggregate::areas::AreaLevel;
use crate::basemap::{Country, StateCode, StateTable, normalize_state};
use crate::cluster::{ClusterLevel, Grouping, Role};
use crate::i18n::Lang;
use crate::model::Dataset;
use crate::scene::arrow::Px;

/// Gap between a symbol's edge and its name, in pixels.
const GAP_PX: f32 = 3.0;

/// Image area per name at most, in square pixels: 36 names on a
/// 1600 × 900 slide.
pub const PX2_PER_LABEL: f32 = 40_000.0;

/// A symbol to name: where it is, how large, and the name.
#[derive(Clone, Debug, PartialEq)]
pub struct Endpoint {
    /// Centre of the symbol.
    pub at: Px,
    /// Its radius in pixels.
    pub radius_px: f32,
    /// The place it stands for.
    pub name: String,
    /// Part of the selection: named before the others.
    pub selected: bool,
}

/// The place each node of a level stands for, by node id (empty when
/// nothing places it): a state by name under the state grouping; a single
/// location, or several in one town, by town and state ("Laredo, TX",
/// "Reynosa, Tamaulipas"); a cluster within one state by the state's name;
/// a cluster across states after its heaviest location and how many more
/// it holds ("Laredo, TX +40", as the app names clusters), so a label never
/// makes a region look like one town.
pub fn endpoint_names(
    dataset: &Dataset,
    level: &ClusterLevel,
    grouping: Grouping,
    lang: Lang,
) -> Vec<String> {
    let table = StateTable::embedded().ok();
    let state_name = |code: StateCode| {
        table
            .and_then(|t| t.get(code))
            .map(|i| i.name_in(lang).to_owned())
    };
    if grouping == Grouping::Areas(AreaLevel::State) {
        let names = level.names.as_deref().unwrap_or_default();
        return (0..level.clusters.len())
            .map(|node| {
                names
                    .get(node)
                    .and_then(|name| StateCode::parse(name))
                    .and_then(state_name)
                    .unwrap_or_default()
            })
            .collect();
    }
    let mut places = vec![Places::default(); level.clusters.len()];
    let mut add = |node: Option<&u32>, town: Option<String>, state: Option<StateCode>| {
        if let Some(places) = node.and_then(|&n| places.get_mut(n as usize)) {
            places.add(town, state);
        }
    };
    for (i, store) in dataset.stores.iter().enumerate() {
        let state = dataset.str(store.state);
        add(
            level.store_cluster.get(i),
            town_and_state(dataset.str(store.city), state, Country::Us, lang),
            state_code(state, Country::Us),
        );
    }
    for (i, site) in dataset.sites.iter().enumerate() {
        let state = dataset.str(site.state);
        add(
            level.site_cluster.get(i),
            town_and_state(dataset.str(site.place), state, Country::Mx, lang),
            state_code(state, Country::Mx),
        );
    }
    level
        .clusters
        .iter()
        .zip(places)
        .map(|(cluster, places)| {
            let heaviest = match cluster.role {
                Role::Store => dataset.stores.get(cluster.heaviest as usize).and_then(|s| {
                    town_and_state(dataset.str(s.city), dataset.str(s.state), Country::Us, lang)
                }),
                Role::Site => dataset.sites.get(cluster.heaviest as usize).and_then(|s| {
                    town_and_state(
                        dataset.str(s.place),
                        dataset.str(s.state),
                        Country::Mx,
                        lang,
                    )
                }),
            };
            if cluster.members <= 1 || places.one_town {
                return heaviest.or(places.town).unwrap_or_default();
            }
            if places.one_state
                && let Some(name) = places.state.and_then(state_name)
            {
                return name;
            }
            heaviest.map_or_else(String::new, |town| {
                format!("{town} +{}", cluster.members - 1)
            })
        })
        .collect()
}

/// What the locations of one node have in common.
#[derive(Clone, Debug)]
struct Places {
    town: Option<String>,
    one_town: bool,
    state: Option<StateCode>,
    one_state: bool,
    seen: bool,
}

impl Default for Places {
    fn default() -> Self {
        Places {
            town: None,
            one_town: true,
            state: None,
            one_state: true,
            seen: false,
        }
    }
}

impl Places {
    fn add(&mut self, town: Option<String>, state: Option<StateCode>) {
        if self.seen {
            self.one_town &= town.is_some() && town == self.town;
            self.one_state &= state.is_some() && state == self.state;
        } else {
            self.one_town = town.is_some();
            self.one_state = state.is_some();
            self.town = town;
            self.state = state;
            self.seen = true;
        }
    }
}

fn state_code(text: &str, country: Country) -> Option<StateCode> {
    normalize_state(text).filter(|code| code.country() == country)
}

/// "Laredo, TX" for a US town (postal codes are how Americans write it),
/// "Reynosa, Tamaulipas" for a Mexican one (its two-letter codes are read by
/// few); the state alone without a town, the town alone without a state
/// the table knows.
///
/// ```
/// use corridor_core::basemap::Country;
/// use corridor_core::i18n::Lang;
/// use corridor_core::render::endpoint_labels::town_and_state;
/// assert_eq!(town_and_state("Laredo", "Texas", Country::Us, Lang::En).as_deref(), Some("Laredo, TX"));
/// assert_eq!(town_and_state("Reynosa", "TAM", Country::Mx, Lang::En).as_deref(), Some("Reynosa, Tamaulipas"));
/// assert_eq!(town_and_state("", "Sinaloa", Country::Mx, Lang::En).as_deref(), Some("Sinaloa"));
/// assert_eq!(town_and_state("Mexico City", "CDMX", Country::Mx, Lang::En).as_deref(), Some("Mexico City"));
/// assert_eq!(town_and_state("Springfield", "", Country::Us, Lang::En).as_deref(), Some("Springfield"));
/// assert_eq!(town_and_state("", "", Country::Us, Lang::En), None);
/// assert_eq!(town_and_state("Ecatepec", "MEX", Country::Mx, Lang::Es).as_deref(), Some("Ecatepec, Estado de México"));
/// ```
pub fn town_and_state(town: &str, state: &str, country: Country, lang: Lang) -> Option<String> {
    let town = town.trim();
    let info = normalize_state(state)
        .filter(|code| code.country() == country)
        .and_then(|code| StateTable::embedded().ok()?.get(code));
    let state = info.map(|info| match country {
        Country::Us => info.postal.as_str(),
        Country::Mx => info.name_in(lang),
    });
    match (town.is_empty(), state) {
        // "Mexico City", not "Mexico City, Mexico City".
        (false, Some(state)) if state == town => Some(town.to_owned()),
        (false, Some(state)) => Some(format!("{town}, {state}")),
        (false, None) => Some(town.to_owned()),
        (true, Some(_)) => info.map(|i| i.name_in(lang).to_owned()),
        (true, None) => None,
    }
}

/// Places the names of `endpoints`: the selected ones first, then in the
/// order given (largest symbol first), each name once (a name already
/// placed for a larger symbol is not repeated), at most one per
/// [`PX2_PER_LABEL`] of `viewport`. A name must lie inside `viewport` and
/// clear of the boxes in `taken` and of every symbol; the boxes placed are
/// added to `taken`.
pub fn place_endpoint_labels(
    endpoints: &[Endpoint],
    viewport: ScreenBox,
    font_px: f32,
    measure: &dyn Fn(&str, f32) -> [f32; 2],
    taken: &mut Vec<ScreenBox>,
) -> Vec<TextBox> {
    let inner = viewport.expand(-4.0);
    let symbols: Vec<ScreenBox> = endpoints
        .iter()
        .map(|e| {
            ScreenBox::new(
                [e.at[0] - e.radius_px, e.at[1] - e.radius_px],
                [e.at[0] + e.radius_px, e.at[1] + e.radius_px],
            )
        })
        .collect();
    let area = (viewport.max[0] - viewport.min[0]) * (viewport.max[1] - viewport.min[1]);
    let most = (area / PX2_PER_LABEL).floor().max(1.0) as usize;
    let order = endpoints
        .iter()
        .filter(|e| e.selected)
        .chain(endpoints.iter().filter(|e| !e.selected));
    let mut placed: Vec<TextBox> = Vec::new();
    for endpoint in order {
        if placed.len() >= most {
            break;
        }
        if endpoint.name.is_empty() || placed.iter().any(|p| p.text == endpoint.name) {
            continue;
        }
        let [w, h] = measure(&endpoint.name, font_px);
        let [x, y] = endpoint.at;
        let r = endpoint.radius_px + GAP_PX;
        let spots = [
            [x + r, y - h / 2.0],
            [x - r - w, y - h / 2.0],
            [x - w / 2.0, y - r - h],
            [x - w / 2.0, y + r],
        ];
        let fits = |min: &Px| {
            let rect = ScreenBox::new(*min, [min[0] + w, min[1] + h]);
            let inside = inner.contains(rect.min) && inner.contains(rect.max);
            let clear = free(taken, &rect) && !symbols.iter().any(|s| s.intersects(&rect));
            (inside && clear).then_some(rect)
        };
        if let Some(rect) = spots.iter().find_map(fits) {
            taken.push(rect);
            placed.push(TextBox {
                text: endpoint.name.clone(),
                rect,
                font_px,
            });
        }
    }
    placed
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wide(text: &str, font_px: f32) -> [f32; 2] {
        [text.chars().count() as f32 * font_px * 0.6, font_px * 1.2]
    }

    fn endpoint(x: f32, y: f32, name: &str) -> Endpoint {
        Endpoint {
            at: [x, y],
            radius_px: 6.0,
            name: name.into(),
            selected: false,
        }
    }

    #[test]
    fn names_never_overlap_and_crowded_ones_move_or_go() {
        let viewport = ScreenBox::new([0.0, 0.0], [800.0, 600.0]);
        let endpoints = [
            endpoint(100.0, 100.0, "Laredo, TX"),
            endpoint(112.0, 100.0, "Nuevo Laredo, Tamaulipas"),
            endpoint(100.0, 112.0, "Reynosa, Tamaulipas"),
            endpoint(200.0, 200.0, "Laredo, TX"),
            endpoint(796.0, 150.0, "Matamoros, Tamaulipas"),
        ];
        let mut taken = Vec::new();
        let labels = place_endpoint_labels(&endpoints, viewport, 11.0, &wide, &mut taken);
        let texts: Vec<&str> = labels.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(texts[0], "Laredo, TX");
        // A name is shown once, for the largest symbol.
        assert_eq!(texts.iter().filter(|t| **t == "Laredo, TX").count(), 1);
        // The one at the right edge is put to the left of its symbol.
        let matamoros = labels
            .iter()
            .find(|l| l.text.starts_with("Matamoros"))
            .expect("room on the left");
        assert!(matamoros.rect.max[0] < 796.0);
        for (i, a) in labels.iter().enumerate() {
            assert!(viewport.contains(a.rect.min) && viewport.contains(a.rect.max));
            for b in &labels[i + 1..] {
                assert!(!a.rect.intersects(&b.rect), "{a:?} / {b:?}");
            }
        }
        assert_eq!(taken.len(), labels.len());
    }

    #[test]
    fn the_selection_is_named_first_and_names_are_limited_by_area() {
        // Room for three names (120,000 px²).
        let viewport = ScreenBox::new([0.0, 0.0], [400.0, 300.0]);
        let mut endpoints: Vec<Endpoint> = (0..8)
            .map(|i| endpoint(40.0, 20.0 + 35.0 * i as f32, &format!("Town {i}")))
            .collect();
        endpoints[6].selected = true;
        let labels = place_endpoint_labels(&endpoints, viewport, 11.0, &wide, &mut Vec::new());
        let texts: Vec<&str> = labels.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(texts, ["Town 6", "Town 0", "Town 1"]);
    }
}
