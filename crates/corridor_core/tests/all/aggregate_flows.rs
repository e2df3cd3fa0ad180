//! Flow aggregation: counts per (store, site) pair under class and text filters.

use crate::common::load;
use corridor_core::aggregate::{FlowIndex, TraceFilter, aggregate};
use corridor_core::model::WeaponClass;
use corridor_core::scene::{SceneStyle, build_scene};

const TRACES: &str = "trace_id,weapon_type,make,model,store_id,store_lat,store_lon,recovery_id,recovery_lat,recovery_lon\n\
T1,rifle,Romarm,WASR-10,S1,33.45,-112.07,R1,24.81,-107.39\n\
T2,rifle,Romarm,WASR-10,S1,33.45,-112.07,R1,24.81,-107.39\n\
T3,rifle,Colt,AR-15,S1,33.45,-112.07,R1,24.81,-107.39\n\
T4,pistol,Glock,19,S1,33.45,-112.07,R2,26.05,-98.30\n\
T5,rifle,Colt,AR-15,S2,29.76,-95.37,R2,26.05,-98.30\n\
T6,rifle,Barrett,M82A1,S2,29.76,-95.37,R2,26.05,-98.30\n";

fn setup() -> corridor_core::import::ImportOutcome {
    let out = load(&[("t.csv", TRACES.as_bytes())]);
    assert!(out.report.is_clean(), "{:#?}", out.report.issues);
    out
}

#[test]
fn one_flow_per_pair_with_counts_per_class() {
    let out = setup();
    let index = FlowIndex::build(&out.dataset);
    let summary = aggregate(&out.dataset, &index, &TraceFilter::default());
    assert_eq!(summary.traces, 6);
    assert_eq!(summary.flows.len(), 3);
    let s1r1 = &summary.flows[0];
    assert_eq!(s1r1.count, 3);
    assert_eq!(s1r1.by_class[WeaponClass::AkPattern.index()], 2);
    assert_eq!(s1r1.by_class[WeaponClass::ArPattern.index()], 1);
    assert_eq!(s1r1.dominant_class(), WeaponClass::AkPattern);
    // Unclustered: the store nodes, then the site nodes.
    assert_eq!(summary.node_totals, vec![4, 2, 3, 3]);
    assert_eq!(summary.class_counts[WeaponClass::FiftyCal.index()], 1);
}

#[test]
fn unticking_a_class_removes_its_traces_and_empty_flows() {
    let out = setup();
    let index = FlowIndex::build(&out.dataset);
    let mut filter = TraceFilter::default();
    filter.set_class(WeaponClass::AkPattern, false);
    filter.set_class(WeaponClass::Pistol, false);
    let summary = aggregate(&out.dataset, &index, &filter);
    assert_eq!(summary.traces, 3);
    assert_eq!(summary.flows.len(), 2, "S1→R2 held only a pistol");
    assert_eq!(summary.flows[0].count, 1);
    assert_eq!(summary.node_totals[..2], [1, 2]);
    // Checkbox counts ignore the class filter itself.
    assert_eq!(summary.class_counts[WeaponClass::AkPattern.index()], 2);
}

#[test]
fn make_model_words_must_all_match_ignoring_case() {
    let out = setup();
    let index = FlowIndex::build(&out.dataset);
    let filter = TraceFilter {
        make_model: "colt ar".to_owned(),
        ..TraceFilter::default()
    };
    let summary = aggregate(&out.dataset, &index, &filter);
    assert_eq!(summary.traces, 2);
    assert_eq!(summary.class_counts[WeaponClass::ArPattern.index()], 2);
    assert_eq!(summary.class_counts[WeaponClass::AkPattern.index()], 0);
    let filter = TraceFilter {
        make_model: "colt wasr".to_owned(),
        ..TraceFilter::default()
    };
    assert_eq!(aggregate(&out.dataset, &index, &filter).traces, 0);
}

#[test]
fn totals_are_consistent_for_every_class_subset() {
    let out = setup();
    let index = FlowIndex::build(&out.dataset);
    for mask in 0u32..(1 << WeaponClass::COUNT) {
        let mut filter = TraceFilter::default();
        for class in WeaponClass::ALL {
            filter.set_class(class, mask & (1 << class.index()) != 0);
        }
        let summary = aggregate(&out.dataset, &index, &filter);
        let expected = out
            .dataset
            .traces
            .class
            .iter()
            .filter(|c| filter.class_enabled(**c))
            .count() as u32;
        assert_eq!(summary.traces, expected);
        assert_eq!(summary.flows.iter().map(|f| f.count).sum::<u32>(), expected);
        let stores = out.dataset.stores.len();
        assert_eq!(summary.node_totals[..stores].iter().sum::<u32>(), expected);
        assert_eq!(summary.node_totals[stores..].iter().sum::<u32>(), expected);
        for flow in &summary.flows {
            assert_eq!(flow.by_class.iter().sum::<u32>(), flow.count);
        }
    }
}

#[test]
fn scene_widths_are_proportional_and_symbols_area_proportional() {
    let out = setup();
    let index = FlowIndex::build(&out.dataset);
    let summary = aggregate(&out.dataset, &index, &TraceFilter::default());
    let style = SceneStyle::default();
    let level = corridor_core::cluster::ClusterLevel::unclustered(&out.dataset);
    let scene = build_scene(&level, &summary, &style, None, None);
    assert_eq!(scene.flows.len(), 3);
    assert_eq!(scene.flows[0].count, 3, "widest drawn first");
    assert!((scene.flows[0].width_px - style.max_flow_width_px).abs() < 1e-6);
    let two = scene.flows.iter().find(|f| f.count == 2).unwrap();
    assert!((two.width_px / scene.flows[0].width_px - 2.0 / 3.0).abs() < 1e-6);
    let store4 = scene.symbols.iter().find(|s| s.count == 4).unwrap();
    let store2 = scene.symbols.iter().find(|s| s.count == 2).unwrap();
    let area_ratio = (store2.radius_px / store4.radius_px).powi(2);
    assert!((area_ratio - 0.5).abs() < 1e-5);
    assert_eq!(scene.symbols.len(), 4);
    let ak = scene
        .legend
        .colors
        .iter()
        .find(|c| c.class == Some(WeaponClass::AkPattern));
    assert!(ak.is_some(), "legend lists the classes that colour flows");
}
