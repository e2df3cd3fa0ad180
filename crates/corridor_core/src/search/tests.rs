use std::collections::BTreeSet;

use super::text::MatchTier;
use super::*;
use crate::import::builder::DatasetBuilder;
use crate::import::{DataSource, ImportControl, ImportOptions, import_into};

const HEADER: &str = "trace_id,weapon_type,make,model,caliber,serial,purchase_date,recovery_date,store_id,store_name,store_ffl,store_city,store_state,store_lat,store_lon,recovery_id,recovery_place,recovery_state,recovery_lat,recovery_lon,purchaser_id,case_id,agency";

struct Row<'a> {
    trace: &'a str,
    serial: &'a str,
    store: &'a str,
    name: &'a str,
    ffl: &'a str,
    city: &'a str,
    site: &'a str,
    place: &'a str,
}

const ROWS: &[Row<'static>] = &[
    Row {
        trace: "T-0001",
        serial: "ABC123",
        store: "S1",
        name: "Fictional Guns",
        ffl: "9-86-013-01-5D-11111",
        city: "Phoenix",
        site: "R1",
        place: "Culiacán",
    },
    Row {
        trace: "T-0002",
        serial: "abc123",
        store: "S1",
        name: "Fictional Guns",
        ffl: "9-86-013-01-5D-11111",
        city: "Phoenix",
        site: "R2",
        place: "Navolato",
    },
    Row {
        trace: "T-0003",
        serial: "XYZ9",
        store: "S2",
        name: "Desert Gun Shop",
        ffl: "9-86-013-01-5D-22222",
        city: "Tucson",
        site: "R1",
        place: "Culiacán",
    },
    Row {
        trace: "T-0004",
        serial: "QQ1",
        store: "S3",
        name: "Big Guns of Phoenix",
        ffl: "",
        city: "Phoenix",
        site: "R1",
        place: "Culiacán",
    },
];

fn dataset() -> Dataset {
    let mut csv = String::from(HEADER);
    for r in ROWS {
        let (lat, lon) = if r.city == "Phoenix" {
            ("33.4484", "-112.0740")
        } else {
            ("32.2226", "-110.9747")
        };
        let (rlat, rlon) = if r.place == "Culiacán" {
            ("24.8091", "-107.3940")
        } else {
            ("24.7747", "-107.6897")
        };
        csv.push_str(&format!(
            "\n{},Rifle,Romarm,WASR-10,7.62x39,{},2009-03-01,2010-01-15,{},{},{},{},AZ,{lat},{lon},{},{},Sinaloa,{rlat},{rlon},P1,C1,ATF",
            r.trace, r.serial, r.store, r.name, r.ffl, r.city, r.site, r.place
        ));
    }
    let classifier = crate::classify::CachedClassifier::new(
        crate::classify::Classifier::shipped().expect("shipped rules parse"),
    );
    let outcome = import_into(
        DatasetBuilder::new(classifier),
        &[DataSource::Bytes {
            name: "t.csv".to_owned(),
            bytes: csv.into_bytes(),
        }],
        &ImportOptions::default(),
        &ImportControl::default(),
    )
    .expect("not cancelled");
    assert_eq!(
        outcome.dataset.traces.len(),
        ROWS.len(),
        "{:#?}",
        outcome.report.issues
    );
    outcome.dataset
}

fn store_id(dataset: &Dataset, key: &str) -> u32 {
    dataset
        .stores
        .iter()
        .position(|s| dataset.str(s.key) == key)
        .expect("store") as u32
}

fn site_id(dataset: &Dataset, key: &str) -> u32 {
    dataset
        .sites
        .iter()
        .position(|s| dataset.str(s.key) == key)
        .expect("site") as u32
}

fn gazetteer() -> &'static crate::basemap::Gazetteer {
    crate::basemap::shared_gazetteer().expect("gazetteer")
}

#[test]
fn finds_a_dealer_by_part_of_its_name() {
    let data = dataset();
    let index = SearchIndex::build(&data, None);
    let hits = index.query(&data, "desert gun");
    assert_eq!(hits[0].kind, SearchKind::Dealer);
    assert_eq!(hits[0].label.to_string(), "Desert Gun Shop, Tucson, AZ");
    assert_eq!(
        hits[0].select.stores,
        BTreeSet::from([store_id(&data, "S2")])
    );
    assert!(hits[0].select.sites.is_empty());
    let inside = index.query(&data, "GUN SHOP");
    assert_eq!(inside[0].label.to_string(), "Desert Gun Shop, Tucson, AZ");
}

#[test]
fn finds_a_dealer_by_licence_with_or_without_dashes() {
    let data = dataset();
    let index = SearchIndex::build(&data, None);
    for query in ["9-86-013-01-5D-22222", "98601301 5d22222", "5D-22222"] {
        let hits = index.query(&data, query);
        assert_eq!(hits.len(), 1, "{query}: {hits:?}");
        assert_eq!(
            hits[0].select.stores,
            BTreeSet::from([store_id(&data, "S2")])
        );
    }
    // Both licences share the prefix: both dealers come back.
    let both = index.query(&data, "9-86-013");
    assert_eq!(
        both.iter().filter(|h| h.kind == SearchKind::Dealer).count(),
        2
    );
}

#[test]
fn finds_a_town_with_or_without_accents_and_selects_its_locations() {
    let data = dataset();
    let index = SearchIndex::build(&data, Some(gazetteer()));
    for query in ["Culiacán", "culiacan", "CULIACAN, sinaloa"] {
        let hits = index.query(&data, query);
        let town = &hits[0];
        assert_eq!(town.kind, SearchKind::Place, "{query}");
        assert_eq!(town.label.to_string(), "Culiacán, Sinaloa");
        assert_eq!(town.select.sites, BTreeSet::from([site_id(&data, "R1")]));
        // The basemap's Culiacán is the same town: listed once.
        assert_eq!(
            hits.iter()
                .filter(|h| h.label.to_string().starts_with("Culiacán"))
                .count(),
            1,
            "{hits:?}"
        );
    }
    let phoenix = index.query(&data, "phoenix");
    let town = phoenix
        .iter()
        .find(|h| h.kind == SearchKind::Place)
        .expect("town");
    assert_eq!(town.label.to_string(), "Phoenix, AZ");
    assert_eq!(
        town.select.stores,
        BTreeSet::from([store_id(&data, "S1"), store_id(&data, "S3")])
    );
}

#[test]
fn a_basemap_town_without_data_only_moves_the_map() {
    let data = dataset();
    let index = SearchIndex::build(&data, Some(gazetteer()));
    let hits = index.query(&data, "Hermosillo");
    assert_eq!(hits[0].label.to_string(), "Hermosillo, Sonora");
    assert!(hits[0].select.is_empty());
    let (lat, lon) = crate::geometry::mercator::unproject(hits[0].target.center());
    assert!(
        (lat - 29.07).abs() < 0.2 && (lon + 110.96).abs() < 0.2,
        "{lat} {lon}"
    );
}

#[test]
fn exact_trace_id_and_serial() {
    let data = dataset();
    let index = SearchIndex::build(&data, None);
    let hits = index.query(&data, "t-0003");
    assert_eq!(hits[0].kind, SearchKind::Trace);
    assert_eq!(hits[0].label.to_string(), "Trace T-0003");
    assert_eq!(
        hits[0].select.stores,
        BTreeSet::from([store_id(&data, "S2")])
    );
    assert_eq!(hits[0].select.sites, BTreeSet::from([site_id(&data, "R1")]));
    assert!(hits[0].select.between);
    // Not a prefix search: a partial id finds no trace.
    assert!(
        index
            .query(&data, "T-000")
            .iter()
            .all(|h| h.kind != SearchKind::Trace)
    );

    let serials = index.query(&data, "ABC123");
    let found: Vec<String> = serials
        .iter()
        .filter(|h| h.kind == SearchKind::Serial)
        .map(|h| h.label.to_string())
        .collect();
    assert_eq!(
        found,
        [
            "Serial ABC123 (trace T-0001)",
            "Serial abc123 (trace T-0002)"
        ]
    );
}

#[test]
fn prefix_matches_rank_before_matches_inside() {
    let data = dataset();
    let index = SearchIndex::build(&data, None);
    let hits = index.query(&data, "big");
    assert_eq!(
        hits[0].label.to_string(),
        "Big Guns of Phoenix, Phoenix, AZ"
    );
    // "Phoenix": the town (prefix) before the dealers named after it (inside).
    let hits = index.query(&data, "phoenix");
    let tiers: Vec<Option<MatchTier>> = hits
        .iter()
        .map(|h| text::match_tier(&text::normalize_query(&h.label.to_string()), "phoenix"))
        .collect();
    assert!(tiers.windows(2).all(|w| w[0] <= w[1]), "{tiers:?}");
    assert_eq!(hits[0].label.to_string(), "Phoenix, AZ");
}

#[test]
fn results_are_capped() {
    let data = dataset();
    let index = SearchIndex::build(&data, Some(gazetteer()));
    // Every town with "san" in its name: far more than the cap.
    let hits = index.query(&data, "san");
    assert_eq!(hits.len(), MAX_RESULTS);
    // The first are prefix matches, most populous first.
    assert!(hits[0].label.to_string().starts_with("San"), "{hits:?}");
    assert!(index.query(&data, "zzzzqqq").is_empty());
}

#[test]
fn a_state_selects_its_recovery_sites_or_its_stores() {
    use crate::aggregate::areas::{AreaIndex, AreaLevel};
    let dataset = crate::demo::load_demo_for_tests();
    let index = SearchIndex::build(&dataset, None);
    let areas = AreaIndex::build(&dataset, crate::basemap::shared(), AreaLevel::State);
    let in_area = |ids: &[u32], name: &str| -> std::collections::BTreeSet<u32> {
        ids.iter()
            .enumerate()
            .filter(|(_, a)| areas.names[**a as usize] == name)
            .map(|(i, _)| i as u32)
            .collect()
    };
    for query in ["tamaulipas", "MX-TAM"] {
        let hit = index
            .query(&dataset, query)
            .into_iter()
            .find(|h| h.kind == SearchKind::State)
            .expect("the state is found");
        assert_eq!(hit.label.to_string(), "Tamaulipas");
        assert!(hit.select.stores.is_empty());
        assert_eq!(hit.select.sites, in_area(&areas.site_area, "MX-TAM"));
        assert!(
            hit.detail.to_string().contains("recovery sites"),
            "{}",
            hit.detail.to_string()
        );
    }
    let texas = index
        .query(&dataset, "texas")
        .into_iter()
        .find(|h| h.kind == SearchKind::State)
        .expect("Texas is found");
    assert_eq!(texas.select.stores, in_area(&areas.store_area, "US-TX"));
    assert!(texas.select.sites.is_empty());
}
