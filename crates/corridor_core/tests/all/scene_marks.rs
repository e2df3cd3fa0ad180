//! Issue 15 on the map: flows coloured by the network they carry, stale
//! leads faded, flows and symbols of flagged traces outlined, stores and
//! sites another agency also holds ringed; the same on screen and in the
//! exported SVG (one scene).

use super::common::load;
use corridor_core::aggregate::{FlowIndex, TraceFilter, aggregate};
use corridor_core::cluster::ClusterLevel;
use corridor_core::i18n::Lang;
use corridor_core::investigate::Indicator;
use corridor_core::investigate::lead_age::AgeBand;
use corridor_core::model::{Dataset, Day};
use corridor_core::scene::legend::LegendMarkKind;
use corridor_core::scene::marks::{
    InvestigationInputs, MarkOptions, NO_NETWORK, investigation_facts,
};
use corridor_core::scene::style::{flagged_color, network_color, no_network_color, overlap_color};
use corridor_core::scene::{FlowColoring, SceneStyle, Theme, build_scene};

const HEAD: &str = "trace_id,weapon_type,make,model,serial,purchase_date,recovery_date,store_id,store_city,store_state,store_lat,store_lon,recovery_id,recovery_place,recovery_state,recovery_lat,recovery_lon,purchaser_id,case_id,agency";

/// Houston → Culiacán: a network of P1 and P2 (one case), bought within a
/// year of recovery (short time-to-crime), recovered in 2024.
/// Phoenix → Tijuana: one buyer with no network, bought in 1995,
/// recovered in 2015 (stale), and HSI holds the same rifle.
fn data() -> Dataset {
    let houston = "S1,Houston,TX,29.76,-95.37,R1,Culiacán,Sinaloa,24.81,-107.39";
    let phoenix = "S2,Phoenix,AZ,33.45,-112.07,R2,Tijuana,Baja California,32.52,-117.04";
    let text = format!(
        "{HEAD}\n\
         T1,pistol,Glock,19,G1,2024-01-08,2024-06-01,{houston},P1,C-1,ATF\n\
         T2,pistol,Glock,19,G2,2024-01-09,2024-06-01,{houston},P2,C-1,ATF\n\
         T3,rifle,Romarm,WASR-10,RO-123456,1995-01-09,2015-03-01,{phoenix},P3,,ATF\n\
         H1,rifle,ROMARM,WASR 10,ro 123456,1995-01-09,2015-03-01,{phoenix},Q9,,HSI\n"
    );
    let out = load(&[("t.csv", text.as_bytes())]);
    assert_eq!(out.report.rejected, 0, "{:#?}", out.report.issues);
    out.dataset
}

/// The index of the flow from Houston.
fn houston_flow(
    dataset: &Dataset,
    level: &ClusterLevel,
    summary: &corridor_core::aggregate::FlowSummary,
) -> usize {
    let store = dataset
        .stores
        .iter()
        .position(|s| dataset.str(s.key) == "S1")
        .unwrap();
    summary
        .flows
        .iter()
        .position(|f| f.origin == level.store_cluster[store])
        .unwrap()
}

/// Multiple sales and short time-to-crime.
fn flagged_marks() -> corridor_core::investigate::IndicatorSet {
    let mut set = corridor_core::investigate::IndicatorSet::EMPTY;
    set.set(Indicator::MultipleSale, true);
    set.set(Indicator::ShortTtc, true);
    set
}

fn filter() -> TraceFilter {
    TraceFilter {
        as_of: Day::from_ymd(2024, 7, 1),
        ..TraceFilter::default()
    }
}

#[test]
fn each_flow_carries_its_network_age_and_flags_and_each_node_its_overlaps() {
    let dataset = data();
    let filter = filter();
    let inputs = InvestigationInputs::build(&dataset, filter.as_of_day());
    let level = ClusterLevel::unclustered(&dataset);
    let summary = aggregate(&dataset, &FlowIndex::build(&dataset), &filter);
    assert_eq!(summary.flows.len(), 2);
    let facts = investigation_facts(&dataset, &level, &summary, &filter, &inputs);
    let houston = houston_flow(&dataset, &level, &summary);
    let phoenix = 1 - houston;
    assert_eq!(facts.flows[houston].network, 0);
    assert_eq!(facts.flows[phoenix].network, NO_NETWORK);
    assert_eq!(facts.flow_band[houston], AgeBand::Fresh);
    assert_eq!(facts.flow_band[phoenix], AgeBand::Stale);
    // Short time-to-crime in Houston (two buyers, one handgun each: no
    // multiple sale); the 20-year-old rifles carry no indicator (one gun in
    // two agencies' records is not co-recovered).
    let count = |flow: usize, indicator: Indicator| {
        facts.flows[flow].flagged[Indicator::ALL.iter().position(|i| *i == indicator).unwrap()]
    };
    assert_eq!(count(houston, Indicator::ShortTtc), 2);
    assert_eq!(count(houston, Indicator::MultipleSale), 0);
    assert_eq!(count(houston, Indicator::Obliterated), 0);
    assert_eq!(facts.flows[phoenix].flagged, [0; 5]);
    // Only the records HSI also holds: Phoenix and Tijuana.
    let overlapping: Vec<bool> = facts.node_overlap.clone();
    let store = |id: &str| {
        dataset
            .stores
            .iter()
            .position(|s| dataset.str(s.key) == id)
            .unwrap()
    };
    let site = |id: &str| {
        dataset
            .sites
            .iter()
            .position(|s| dataset.str(s.key) == id)
            .unwrap()
    };
    assert!(overlapping[level.store_cluster[store("S2")] as usize]);
    assert!(overlapping[level.site_cluster[site("R2")] as usize]);
    assert!(!overlapping[level.store_cluster[store("S1")] as usize]);
    assert!(!overlapping[level.site_cluster[site("R1")] as usize]);
}

#[test]
fn the_scene_draws_the_marks_asked_for_and_the_legend_explains_them() {
    let dataset = data();
    let filter = filter();
    let inputs = InvestigationInputs::build(&dataset, filter.as_of_day());
    let level = ClusterLevel::unclustered(&dataset);
    let summary = aggregate(&dataset, &FlowIndex::build(&dataset), &filter);
    let facts = investigation_facts(&dataset, &level, &summary, &filter, &inputs);
    let theme = Theme::Light;
    let plain = SceneStyle::default();
    let marked = SceneStyle {
        coloring: FlowColoring::ByNetwork,
        marks: MarkOptions {
            flagged: flagged_marks(),
            overlaps: true,
            fade_stale: true,
        },
        ..SceneStyle::default()
    };
    // Without marks asked for, nothing changes even with the facts.
    let scene = build_scene(&level, &summary, &plain, None, Some(&facts));
    assert!(
        scene
            .flows
            .iter()
            .all(|f| f.halo.is_none() && f.color.0[3] == 255)
    );
    assert!(scene.symbols.iter().all(|s| s.ring.is_none()));
    assert!(scene.legend.marks.is_empty());

    let scene = build_scene(&level, &summary, &marked, None, Some(&facts));
    let houston = houston_flow(&dataset, &level, &summary);
    let flow = |i: usize| scene.flows.iter().find(|f| f.flow == i).unwrap();
    assert_eq!(flow(houston).color, network_color(0, theme));
    assert_eq!(flow(houston).halo, Some(flagged_color(theme)));
    let stale = flow(1 - houston);
    assert!(stale.color.0[3] < 100, "faded: {:?}", stale.color);
    assert_eq!(stale.color.with_alpha(255), no_network_color(theme));
    assert_eq!(stale.halo, None);
    let rings: Vec<_> = scene.symbols.iter().filter_map(|s| s.ring).collect();
    // Phoenix and Tijuana ringed as overlaps, Houston and Culiacán as
    // flagged.
    assert_eq!(rings.len(), 4);
    assert_eq!(
        rings.iter().filter(|&&r| r == overlap_color(theme)).count(),
        2
    );
    // Marking obliterated serials only: nothing here carries one.
    let obliterated = SceneStyle {
        marks: MarkOptions {
            flagged: corridor_core::investigate::IndicatorSet(0),
            ..marked.marks
        },
        ..marked.clone()
    };
    let mut only = obliterated.clone();
    only.marks.flagged.set(Indicator::Obliterated, true);
    let none = build_scene(&level, &summary, &only, None, Some(&facts));
    assert!(none.flows.iter().all(|f| f.halo.is_none()));
    assert_eq!(
        none.legend.marks[0].label.text(Lang::En),
        "Outlined: carries a trace with Obliterated serial"
    );
    let kinds: Vec<LegendMarkKind> = scene.legend.marks.iter().map(|m| m.kind).collect();
    assert_eq!(
        kinds,
        [
            LegendMarkKind::Outline,
            LegendMarkKind::Ring,
            LegendMarkKind::Faded
        ]
    );
    assert!(
        scene.legend.marks[2]
            .label
            .text(Lang::En)
            .contains("2024-07-01")
    );
    assert_eq!(
        scene.legend.color_title.text(Lang::En),
        "Colour: purchaser network (most of its traces)"
    );
    let labels: Vec<String> = scene
        .legend
        .colors
        .iter()
        .map(|c| c.label.text(Lang::En))
        .collect();
    assert_eq!(labels, ["Network 1", "In no network"]);
}

/// A saved view with the marks exports them: the SVG has the network
/// colours, the rings and outlines, and the legend's lines, from the same
/// scene (the export finds the networks and overlaps itself).
#[test]
fn an_exported_view_draws_the_same_marks_and_legend() {
    use corridor_core::briefing::SavedView;
    use corridor_core::export::image::{ImageOptions, view_svg};
    use corridor_core::render::ViewData;

    let data = ViewData::build(data());
    let mut flagged = corridor_core::investigate::IndicatorSet::EMPTY;
    flagged.set(Indicator::ShortTtc, true);
    let view = SavedView {
        name: "Marks".into(),
        filter: filter(),
        coloring: FlowColoring::ByNetwork,
        marks: MarkOptions {
            flagged,
            overlaps: true,
            fade_stale: true,
        },
        camera: corridor_core::scene::MapView {
            center_lat_deg: 28.0,
            center_lon_deg: -105.0,
            zoom: 5.0,
        },
        ..SavedView::default()
    };
    let svg = view_svg(
        &data,
        &view,
        &ImageOptions::default(),
        corridor_core::basemap::shared(),
    )
    .unwrap();
    let theme = Theme::Light;
    assert!(svg.contains(&format!("stroke=\"{}\"", network_color(0, theme).hex())));
    assert!(svg.contains(&format!(
        "stroke=\"{}\" stroke-width=\"2.5\"",
        overlap_color(theme).hex()
    )));
    assert!(svg.contains(&flagged_color(theme).hex()));
    for line in [
        "Colour: purchaser network (most of its traces)",
        "Outlined: carries a trace with Short time-to-crime",
        "Ringed: another agency holds records here",
        "Faded: stale lead (latest recovery over 365 days before 2024-07-01)",
    ] {
        assert!(svg.contains(line), "{line}");
    }
}
