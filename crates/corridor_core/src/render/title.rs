//! The title an image carries when the user wrote none: what it shows, in
//! words ("Texas → Tamaulipas, AK-pattern rifles, 2015–2019"), rather than
//! a placeholder such as "View 1" or a file name.

use chrono::Datelike;

use super::caption::{day_extent, shown_classes};
use crate::aggregate::filter::Range;
use crate::aggregate::{DateField, Selection, TraceFilter};
use crate::basemap::{Country, StateCode, StateTable, normalize_state};
use crate::briefing::SavedView;
use crate::i18n::Lang;
use crate::model::{Dataset, Day, SiteId, StoreId, WeaponClass};
use crate::t;

/// A location whose state field names no state of its country gets the
/// state within this distance (as the corridors table does).
const NEAREST_STATE_KM: f64 = 25.0;

/// The heading of a view's image: its title; else its name when the user
/// gave one (not a placeholder such as "View 2", see
/// [`is_placeholder_name`]); else [`default_title`].
///
/// ```
/// use corridor_core::briefing::SavedView;
/// use corridor_core::model::Dataset;
/// use corridor_core::i18n::Lang;
/// use corridor_core::render::title::view_heading;
/// let data = Dataset::default();
/// let mut view = SavedView { name: "View 3".into(), ..Default::default() };
/// assert_eq!(view_heading(&data, &view, Lang::En), "US → Mexico, all weapon classes");
/// assert_eq!(view_heading(&data, &view, Lang::Es), "EE. UU. → México, todas las clases de armas");
/// view.name = "Rifles".into();
/// assert_eq!(view_heading(&data, &view, Lang::Es), "Rifles");
/// view.title = "AK- and AR-pattern rifles".into();
/// assert_eq!(view_heading(&data, &view, Lang::En), "AK- and AR-pattern rifles");
/// ```
pub fn view_heading(dataset: &Dataset, view: &SavedView, lang: Lang) -> String {
    let title = view.title.trim();
    if !title.is_empty() {
        return title.to_owned();
    }
    let name = view.name.trim();
    if !is_placeholder_name(name) {
        return name.to_owned();
    }
    default_title(dataset, view, lang)
}

/// Whether a view's name says nothing about it: blank, or the "View 1",
/// "View 2 3" that Corridor gave new views before they were named after
/// their titles.
///
/// ```
/// use corridor_core::render::title::is_placeholder_name;
/// assert!(is_placeholder_name("View 1") && is_placeholder_name("View 2 2") && is_placeholder_name(" "));
/// assert!(!is_placeholder_name("View of Sonora") && !is_placeholder_name("Rifles"));
/// ```
pub fn is_placeholder_name(name: &str) -> bool {
    let name = name.trim();
    if name.is_empty() {
        return true;
    }
    name.strip_prefix("View ").is_some_and(|rest| {
        rest.split(' ')
            .all(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
    })
}

/// What the view shows, as a title: where from and where to (the selected
/// stores' and sites' states, or the countries), which weapon classes, and
/// which years (the filter's, else those of the data).
///
/// ```
/// use corridor_core::briefing::SavedView;
/// use corridor_core::model::{Dataset, Day, WeaponClass};
/// use corridor_core::i18n::Lang;
/// use corridor_core::render::title::default_title;
/// let mut view = SavedView::default();
/// for class in WeaponClass::ALL {
///     view.filter.set_class(class, class == WeaponClass::AkPattern);
/// }
/// view.filter.dates.from = Day::from_ymd(2015, 1, 1);
/// view.filter.dates.to = Day::from_ymd(2019, 12, 31);
/// assert_eq!(default_title(&Dataset::default(), &view, Lang::En), "US → Mexico, AK-pattern rifles, 2015–2019");
/// assert_eq!(default_title(&Dataset::default(), &view, Lang::Es), "EE. UU. → México, Fusiles tipo AK, 2015–2019");
/// ```
pub fn default_title(dataset: &Dataset, view: &SavedView, lang: Lang) -> String {
    let (from, to) = endpoint_words(dataset, &view.selection, lang);
    let mut parts = vec![format!("{from} → {to}"), classes_phrase(&view.filter, lang)];
    parts.extend(years_words(dataset, &view.filter, lang));
    parts.join(", ")
}

/// Where the flows shown start and end: the states of the selected stores
/// and of the selected sites by name ("Texas", "Texas and Arizona",
/// "5 US states"), or the country when that side has no selection.
pub fn endpoint_words(dataset: &Dataset, selection: &Selection, lang: Lang) -> (String, String) {
    let stores: Vec<StateCode> = selection
        .stores
        .iter()
        .filter(|&&id| (id as usize) < dataset.stores.len())
        .filter_map(|&id| {
            let store = dataset.store(StoreId(id));
            state_of(
                dataset.str(store.state),
                store.lat_deg,
                store.lon_deg,
                Country::Us,
            )
        })
        .collect();
    let sites: Vec<StateCode> = selection
        .sites
        .iter()
        .filter(|&&id| (id as usize) < dataset.sites.len())
        .filter_map(|&id| {
            let site = dataset.site(SiteId(id));
            state_of(
                dataset.str(site.state),
                site.lat_deg,
                site.lon_deg,
                Country::Mx,
            )
        })
        .collect();
    (
        states_words(stores, Country::Us, lang),
        states_words(sites, Country::Mx, lang),
    )
}

/// A location's state: its state field when that names a state of its
/// country, else the basemap's state near it.
fn state_of(text: &str, lat_deg: f64, lon_deg: f64, country: Country) -> Option<StateCode> {
    normalize_state(text)
        .filter(|code| code.country() == country)
        .or_else(|| {
            crate::basemap::shared()
                .and_then(|b| b.states.state_near(lat_deg, lon_deg, NEAREST_STATE_KM))
                .map(|s| s.code)
                .filter(|code| code.country() == country)
        })
}

/// States by name in `lang`: one or two named, more counted; the country
/// for none.
///
/// ```
/// use corridor_core::basemap::{Country, StateCode};
/// use corridor_core::i18n::Lang;
/// use corridor_core::render::title::states_words;
/// let code = |c| StateCode::parse(c).unwrap();
/// let us = Country::Us;
/// assert_eq!(states_words(vec![], us, Lang::En), "US");
/// assert_eq!(states_words(vec![code("US-TX"), code("US-TX")], us, Lang::En), "Texas");
/// assert_eq!(states_words(vec![code("US-TX"), code("US-AZ")], us, Lang::En), "Arizona and Texas");
/// assert_eq!(states_words(vec![code("US-NM"), code("US-AZ")], us, Lang::Es), "Arizona y Nuevo México");
/// assert_eq!(states_words(vec![code("US-TX"), code("US-AZ"), code("US-CA")], us, Lang::En), "3 US states");
/// assert_eq!(states_words(vec![], Country::Mx, Lang::Es), "México");
/// ```
pub fn states_words(mut codes: Vec<StateCode>, country: Country, lang: Lang) -> String {
    codes.sort();
    codes.dedup();
    let table = StateTable::embedded().ok();
    let name = |code: StateCode| {
        table.and_then(|t| t.get(code)).map_or_else(
            || code.as_str().to_owned(),
            |info| info.name_in(lang).to_owned(),
        )
    };
    let mut names: Vec<String> = codes.into_iter().map(name).collect();
    names.sort();
    match (names.as_slice(), country) {
        ([], Country::Us) => t!(lang, "title-us"),
        ([], Country::Mx) => t!(lang, "title-mexico"),
        ([one], _) => one.clone(),
        ([a, b], _) => t!(lang, "title-two", a = a, b = b),
        (more, Country::Us) => t!(lang, "title-us-states", count = more.len()),
        (more, Country::Mx) => t!(lang, "title-mexican-states", count = more.len()),
    }
}

/// The classes shown, short enough for a title: all, one or two by label,
/// or how many.
///
/// ```
/// use corridor_core::aggregate::TraceFilter;
/// use corridor_core::model::WeaponClass;
/// use corridor_core::i18n::Lang;
/// use corridor_core::render::title::classes_phrase;
/// let mut filter = TraceFilter::default();
/// assert_eq!(classes_phrase(&filter, Lang::En), "all weapon classes");
/// filter.classes = [false; WeaponClass::COUNT];
/// filter.set_class(WeaponClass::FiftyCal, true);
/// assert_eq!(classes_phrase(&filter, Lang::En), ".50-calibre rifles");
/// filter.set_class(WeaponClass::Pistol, true);
/// assert_eq!(classes_phrase(&filter, Lang::En), ".50-calibre rifles and Pistols");
/// assert_eq!(classes_phrase(&filter, Lang::Es), "Fusiles calibre .50 y Pistolas");
/// filter.set_class(WeaponClass::Revolver, true);
/// assert_eq!(classes_phrase(&filter, Lang::En), "3 weapon classes");
/// ```
pub fn classes_phrase(filter: &TraceFilter, lang: Lang) -> String {
    let shown = shown_classes(filter);
    match shown.as_slice() {
        [] => t!(lang, "title-no-class"),
        all if all.len() == WeaponClass::COUNT => t!(lang, "title-all-classes"),
        [one] => one.label(lang),
        [a, b] => t!(lang, "title-two", a = a.label(lang), b = b.label(lang)),
        more => t!(lang, "title-n-classes", count = more.len()),
    }
}

/// The years shown: the filter's date range in years, or without one the
/// years of the data's dates (of the date the filter would apply to);
/// "bought" before purchase years. `None` when nothing is dated.
pub fn years_words(dataset: &Dataset, filter: &TraceFilter, lang: Lang) -> Option<String> {
    let words = match year_span(&filter.dates, lang) {
        Some(span) => span,
        None => {
            let column = match filter.date_field {
                DateField::Purchase => &dataset.traces.purchase_date,
                DateField::Recovery => &dataset.traces.recovery_date,
            };
            let (first, last) = day_extent(column)?;
            year_span(
                &Range {
                    from: Some(first),
                    to: Some(last),
                },
                lang,
            )?
        }
    };
    Some(match filter.date_field {
        DateField::Purchase => t!(lang, "title-bought", years = words),
        DateField::Recovery => words,
    })
}

/// A date range by its years: `2015–2019`, `2015`, `since 2015`,
/// `until 2019`; `None` when open.
///
/// ```
/// use corridor_core::aggregate::filter::Range;
/// use corridor_core::model::Day;
/// use corridor_core::i18n::Lang;
/// use corridor_core::render::title::year_span;
/// let day = |y, m, d| Day::from_ymd(y, m, d);
/// let en = Lang::En;
/// assert_eq!(year_span(&Range { from: day(2015, 3, 1), to: day(2019, 6, 30) }, en).as_deref(), Some("2015–2019"));
/// assert_eq!(year_span(&Range { from: day(2015, 3, 1), to: day(2015, 6, 30) }, en).as_deref(), Some("2015"));
/// assert_eq!(year_span(&Range { from: day(2015, 3, 1), to: None }, en).as_deref(), Some("since 2015"));
/// assert_eq!(year_span(&Range { from: day(2015, 3, 1), to: None }, Lang::Es).as_deref(), Some("desde 2015"));
/// assert_eq!(year_span(&Range { from: None, to: day(2019, 1, 1) }, en).as_deref(), Some("until 2019"));
/// assert_eq!(year_span(&Range::default(), en), None);
/// ```
pub fn year_span(range: &Range<Day>, lang: Lang) -> Option<String> {
    let year = |day: Option<Day>| day.and_then(Day::to_date).map(|d| d.year());
    match (year(range.from), year(range.to)) {
        (Some(a), Some(b)) if a == b => Some(a.to_string()),
        (Some(a), Some(b)) => Some(format!("{a}–{b}")),
        // The year as digits, ungrouped (not "2,015").
        (Some(a), None) => Some(t!(lang, "title-since", year = a.to_string())),
        (None, Some(b)) => Some(t!(lang, "title-until", year = b.to_string())),
        (None, None) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::aggregate::areas::{AreaIndex, AreaLevel};
    use crate::aggregate::corridors::corridor_selection;

    #[test]
    fn a_corridor_is_titled_by_its_states_classes_and_years() {
        let dataset = crate::demo::load_demo_for_tests();
        let areas = AreaIndex::build(&dataset, crate::basemap::shared(), AreaLevel::State);
        let mut view = SavedView {
            selection: corridor_selection(&areas, "US-TX", "MX-TAM"),
            ..SavedView::default()
        };
        assert!(!view.selection.stores.is_empty());
        for class in WeaponClass::ALL {
            view.filter
                .set_class(class, class == WeaponClass::AkPattern);
        }
        view.filter.dates.from = Day::from_ymd(2010, 1, 1);
        view.filter.dates.to = Day::from_ymd(2012, 12, 31);
        assert_eq!(
            default_title(&dataset, &view, Lang::En),
            "Texas → Tamaulipas, AK-pattern rifles, 2010–2012"
        );
        // Without a selection, a filter or a range: the countries, every
        // class and the years of the data.
        let (first, last) = day_extent(&dataset.traces.recovery_date).expect("dated");
        let years = year_span(
            &Range {
                from: Some(first),
                to: Some(last),
            },
            Lang::En,
        )
        .expect("years");
        assert_eq!(
            default_title(&dataset, &SavedView::default(), Lang::En),
            format!("US → Mexico, all weapon classes, {years}")
        );
        // Only sites selected: flows from anywhere in the US.
        view.selection.stores.clear();
        assert!(default_title(&dataset, &view, Lang::En).starts_with("US → Tamaulipas, "));
    }

    #[test]
    fn purchase_years_say_so() {
        let mut filter = TraceFilter {
            date_field: DateField::Purchase,
            ..TraceFilter::default()
        };
        filter.dates.from = Day::from_ymd(2011, 5, 1);
        assert_eq!(
            years_words(&Dataset::default(), &filter, Lang::En).as_deref(),
            Some("bought since 2011")
        );
    }
}
