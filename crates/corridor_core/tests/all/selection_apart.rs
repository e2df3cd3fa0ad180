//! A selection is drawn at its own place at every zoom: the Texas →
//! Tamaulipas corridor, exported as SVG at a zoom where clustering merges
//! Tamaulipas recoveries with sites far to the south, still ends inside
//! Tamaulipas.

use corridor_core::aggregate::areas::{AreaIndex, AreaLevel};
use corridor_core::aggregate::corridors::corridor_selection;
use corridor_core::basemap::Basemap;
use corridor_core::briefing::SavedView;
use corridor_core::cluster::Grouping;
use corridor_core::export::image::{ImageOptions, view_svg};
use corridor_core::geometry::mercator::{project, unproject};
use corridor_core::render::{CountKey, LevelKey, ViewCount, ViewData};
use corridor_core::scene::MapView;
use corridor_core::scene::transform::ScreenTransform;

use crate::common;

fn basemap() -> &'static Basemap {
    corridor_core::basemap::shared().expect("the embedded basemap parses")
}

/// The Texas → Tamaulipas corridor of the demo data, shown at zoom 3.2
/// (clusters of about 7° there) over northern Mexico.
fn corridor_view(data: &ViewData) -> SavedView {
    let areas = AreaIndex::build(&data.dataset, Some(basemap()), AreaLevel::State);
    let selection = corridor_selection(&areas, "US-TX", "MX-TAM");
    assert!(
        !selection.stores.is_empty() && !selection.sites.is_empty(),
        "the demo data has Texas → Tamaulipas traces"
    );
    SavedView {
        name: "Texas to Tamaulipas".into(),
        camera: MapView {
            center_lat_deg: 25.0,
            center_lon_deg: -99.0,
            zoom: 3.2,
        },
        grouping: Grouping::Clusters,
        selection,
        ..SavedView::default()
    }
}

fn state_at(lat_deg: f64, lon_deg: f64) -> Option<String> {
    basemap()
        .state_at(lat_deg, lon_deg)
        .map(|s| s.code.as_str().to_owned())
}

#[test]
fn without_keeping_it_apart_the_corridor_would_end_outside_tamaulipas() {
    // The defect this guards against: at this zoom a Tamaulipas site
    // shares a cluster whose centre is in another state.
    let data = ViewData::build(
        common::load(&[("demo.csv", corridor_core::demo::DEMO_TRACES_CSV)]).dataset,
    );
    let view = corridor_view(&data);
    let level = LevelKey::for_view(&data.tree, view.grouping, view.camera.zoom);
    let plain = ViewCount::new(
        &data,
        CountKey {
            data_version: 0,
            level,
            filter: view.filter.clone(),
            density: view.density.clone(),
            lock_scales: false,
            apart: Default::default(),
            investigation: None,
        },
    )
    .run()
    .expect("the level exists");
    let nodes = plain.level.get().expect("a level");
    let outside = view.selection.sites.iter().any(|&site| {
        let at = nodes.clusters[nodes.site_cluster[site as usize] as usize].at;
        let (lat_deg, lon_deg) = unproject(at);
        state_at(lat_deg, lon_deg).as_deref() != Some("MX-TAM")
    });
    assert!(
        outside,
        "at zoom 3 some Tamaulipas site's cluster is centred outside Tamaulipas"
    );
}

#[test]
fn the_exported_corridor_ends_inside_tamaulipas() {
    let data = ViewData::build(
        common::load(&[("demo.csv", corridor_core::demo::DEMO_TRACES_CSV)]).dataset,
    );
    let view = corridor_view(&data);
    let options = ImageOptions::default();
    let svg = view_svg(&data, &view, &options, Some(basemap())).expect("the view exports");
    let doc = roxmltree::Document::parse(&svg).expect("the SVG parses");
    let flows = doc
        .descendants()
        .find(|n| n.attribute("id") == Some("flows"))
        .expect("a flows group");
    // The selected flows' arrowheads carry the highlight outline; each
    // points at the site symbol it ends on (the arrow stops at its edge).
    let heads: Vec<roxmltree::Node<'_, '_>> = flows
        .children()
        .filter(|n| n.has_tag_name("polygon") && n.attribute("stroke-width") == Some("1.5"))
        .collect();
    assert!(
        !heads.is_empty(),
        "the corridor's flows are drawn and highlighted"
    );
    let highlight = heads[0].attribute("stroke").expect("the highlight colour");
    let sites: Vec<([f64; 2], f64, bool)> = doc
        .descendants()
        .find(|n| n.attribute("id") == Some("symbols"))
        .expect("a symbols group")
        .children()
        .filter(|n| n.has_tag_name("circle"))
        .map(|n| {
            let number = |name| n.attribute(name).and_then(|v: &str| v.parse::<f64>().ok());
            (
                [number("cx").expect("cx"), number("cy").expect("cy")],
                number("r").expect("r"),
                n.attribute("stroke") == Some(highlight),
            )
        })
        .collect();
    let [width, height] = options.frame.size_px;
    let transform = ScreenTransform::centered(
        project(view.camera.center_lat_deg, view.camera.center_lon_deg),
        view.camera.zoom,
        [f64::from(width), f64::from(height)],
    );
    for head in heads {
        let tip: Vec<f64> = head
            .attribute("points")
            .expect("points")
            .split([' ', ','])
            .take(2)
            .map(|v| v.parse().expect("a number"))
            .collect();
        let (center, radius, selected) = sites
            .iter()
            .min_by(|a, b| {
                let gap = |s: &&([f64; 2], f64, bool)| {
                    ((s.0[0] - tip[0]).hypot(s.0[1] - tip[1]) - s.1).abs()
                };
                gap(a).total_cmp(&gap(b))
            })
            .expect("site symbols");
        let gap = (center[0] - tip[0]).hypot(center[1] - tip[1]) - radius;
        assert!(
            gap.abs() < 6.0,
            "the arrow ends {gap:.1} px from its site's edge"
        );
        assert!(*selected, "the arrow ends at a selected (highlighted) site");
        let (lat_deg, lon_deg) =
            unproject(transform.to_world([center[0] as f32, center[1] as f32]));
        assert_eq!(
            state_at(lat_deg, lon_deg).as_deref(),
            Some("MX-TAM"),
            "a Texas → Tamaulipas flow ends at {lat_deg:.2}, {lon_deg:.2}"
        );
    }
}
