//! Places known only to a state or a country (issue 16 part 3): a store
//! given by its US state alone, a recovery by its Mexican state or just
//! "Mexico", placed at a representative point with a precision that says
//! so, named so that no grouping shows it as a town, and drawn hollow.

use corridor_core::aggregate::areas::{AreaIndex, AreaLevel};
use corridor_core::aggregate::corridors::corridors;
use corridor_core::aggregate::{FlowIndex, TraceFilter, aggregate};
use corridor_core::cluster::{ClusterLevel, ClusterTree};
use corridor_core::model::{Dataset, Precision};
use corridor_core::scene::legend::LegendMarkKind;
use corridor_core::scene::{SceneStyle, build_scene};

use crate::common::load;

const HEADER: &str = "trace_id,weapon_type,store_name,store_city,store_state,store_lat,store_lon,recovery_place,recovery_state,recovery_lat,recovery_lon";

/// Two traces known to the town, one bought somewhere in Texas and found
/// somewhere in Sinaloa, one bought in Houston and found in "Mexico".
fn data() -> Dataset {
    let text = format!(
        "{HEADER}\n\
         T1,pistol,Example Guns,Houston,TX,29.76,-95.37,Culiacán,Sinaloa,24.81,-107.39\n\
         T2,pistol,Example Guns,Houston,TX,29.76,-95.37,Culiacán,Sinaloa,24.81,-107.39\n\
         T3,rifle,,,TX,,,,Sinaloa,,\n\
         T4,rifle,Example Guns,Houston,TX,29.76,-95.37,México,,,\n"
    );
    let out = load(&[("coarse.csv", text.as_bytes())]);
    assert_eq!(out.report.rejected, 0, "{:#?}", out.report.issues);
    out.dataset
}

#[test]
fn a_state_or_a_country_alone_is_placed_at_its_point_with_its_precision() {
    let d = data();
    assert_eq!(d.traces.len(), 4);
    let texas = d
        .stores
        .iter()
        .find(|s| s.precision == Precision::State)
        .unwrap();
    assert_eq!(d.str(texas.city), "Texas (state level)");
    // Natural Earth's label point for Texas, well inside the state.
    let basemap = corridor_core::basemap::shared().unwrap();
    let state = basemap
        .states
        .state_at(texas.lat_deg, texas.lon_deg)
        .unwrap();
    assert_eq!(state.code.as_str(), "US-TX");
    let sinaloa = d
        .sites
        .iter()
        .find(|s| s.precision == Precision::State)
        .unwrap();
    assert_eq!(d.str(sinaloa.place), "Sinaloa (state level)");
    let mexico = d
        .sites
        .iter()
        .find(|s| s.precision == Precision::Country)
        .unwrap();
    assert_eq!(d.str(mexico.place), "Mexico (country level)");
    assert_eq!(
        d.site_label(corridor_core::model::SiteId(
            d.sites
                .iter()
                .position(|s| s.precision == Precision::Country)
                .unwrap() as u32
        )),
        "Mexico (country level)"
    );
}

#[test]
fn state_level_places_count_by_state_and_keep_their_name_by_town_and_site() {
    let d = data();
    let basemap = corridor_core::basemap::shared();
    let rows = |level| {
        let areas = AreaIndex::build(&d, basemap, level);
        let mut rows: Vec<(String, String, u32)> = corridors(&d, &areas, &TraceFilter::default())
            .into_iter()
            .map(|c| (c.origin, c.destination, c.traces))
            .collect();
        rows.sort();
        rows
    };
    let row = |o: &str, dest: &str, n: u32| (o.to_owned(), dest.to_owned(), n);
    // By state, Texas counts its state-level store; a recovery known only
    // to Mexico is in no state.
    assert_eq!(
        rows(AreaLevel::State),
        [
            row("US-TX", "MX-SIN", 3),
            row("US-TX", "Mexico (country level)", 1)
        ]
    );
    assert_eq!(
        rows(AreaLevel::Town),
        [
            row("Houston, US-TX", "Culiacán, MX-SIN", 2),
            row("Houston, US-TX", "Mexico (country level)", 1),
            row("Texas (state level)", "Sinaloa (state level)", 1),
        ]
    );
    let by_site = rows(AreaLevel::Site);
    assert!(
        by_site.contains(&row("Texas (state level)", "Sinaloa (state level)", 1)),
        "{by_site:#?}"
    );
}

#[test]
fn a_node_of_coarse_places_only_is_drawn_hollow_and_the_legend_says_so() {
    let d = data();
    let level = ClusterLevel::unclustered(&d);
    let summary = aggregate(&d, &FlowIndex::build(&d), &TraceFilter::default());
    let scene = build_scene(&level, &summary, &SceneStyle::default(), None, None);
    let hollow: Vec<u32> = scene
        .symbols
        .iter()
        .filter(|s| s.hollow)
        .map(|s| s.count)
        .collect();
    // Texas's and Sinaloa's state-level places (1 trace each) and Mexico's.
    assert_eq!(hollow, [1, 1, 1]);
    assert!(scene.symbols.iter().any(|s| !s.hollow && s.count == 3));
    assert!(
        scene
            .legend
            .marks
            .iter()
            .any(|m| m.kind == LegendMarkKind::Dashed)
    );
    // Zoomed out, Texas's state-level store joins Houston's cluster, which
    // is then a town's symbol; where it stands alone it stays hollow.
    let tree = ClusterTree::build(&d);
    let texas = d
        .stores
        .iter()
        .position(|s| s.precision.is_coarse())
        .unwrap();
    let mut merged = 0;
    for level in &tree.levels {
        let cluster = &level.clusters[level.store_cluster[texas] as usize];
        assert_eq!(cluster.coarse, cluster.members == 1, "zoom {}", level.zoom);
        merged += usize::from(cluster.members > 1);
    }
    assert!(merged > 0, "the two stores share a cluster at some zoom");
}
