//! Parity with the reference flow-map engine (@flowmap.gl/data 9.4.0) on a
//! shared fixture: the demo data's AK-pattern traces recovered in 2010-2011,
//! exported with Corridor's flowmap.blue writer. The engine's location
//! totals for those files were computed by tests/fixtures/flowmapgl/totals.mjs
//! (node is not on CI, so its output is committed) and must equal
//! Corridor's store and site totals for the same filter.

use crate::common;

use std::collections::HashMap;

use corridor_core::aggregate::{FlowIndex, Range, TraceFilter, aggregate};
use corridor_core::cluster::{ClusterLevel, Role};
use corridor_core::export::flowmap_blue::write_flowmap_blue;
use corridor_core::model::{Day, WeaponClass};

const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/flowmapgl");

fn filter() -> TraceFilter {
    let mut filter = TraceFilter {
        classes: [false; WeaponClass::COUNT],
        dates: Range {
            from: Day::from_ymd(2010, 1, 1),
            to: Day::from_ymd(2011, 12, 31),
        },
        ..Default::default()
    };
    filter.set_class(WeaponClass::AkPattern, true);
    filter
}

#[test]
fn location_totals_match_the_reference_engine() {
    let out = common::load(&[("demo.csv", corridor_core::demo::DEMO_TRACES_CSV)]);
    let dataset = &out.dataset;
    let index = FlowIndex::build(dataset);
    let summary = aggregate(dataset, &index, &filter());
    let level = ClusterLevel::unclustered(dataset);

    // The committed files are what the exporter writes today, so the
    // reference totals describe this very data.
    let (mut locations, mut flows) = (Vec::new(), Vec::new());
    write_flowmap_blue(
        dataset,
        &level,
        &summary,
        corridor_core::briefing::Redaction::NONE,
        &mut locations,
        &mut flows,
    )
    .expect("writes");
    if std::env::var_os("UPDATE_FIXTURES").is_some() {
        // After the demo data changes: write the pair, then recompute the
        // reference totals with totals.mjs (see there).
        std::fs::write(format!("{FIXTURE}/locations.csv"), &locations).expect("writes");
        std::fs::write(format!("{FIXTURE}/flows.csv"), &flows).expect("writes");
    }
    let read = |name: &str| std::fs::read(format!("{FIXTURE}/{name}")).expect("fixture exists");
    assert!(locations == read("locations.csv"), "locations.csv is stale");
    assert!(flows == read("flows.csv"), "flows.csv is stale");

    let reference: HashMap<String, [u32; 2]> =
        serde_json::from_slice(&read("reference-totals.json")).expect("reference totals parse");
    // Ids as the writer documents them: s0, s1, … and r0, r1, … for the
    // nodes that have a flow, in node order.
    let mut used = vec![false; level.clusters.len()];
    for flow in &summary.flows {
        used[flow.origin as usize] = true;
        used[flow.dest as usize] = true;
    }
    let (mut stores, mut sites) = (0, 0);
    let mut compared = 0;
    for (node, cluster) in level.clusters.iter().enumerate() {
        if !used[node] {
            continue;
        }
        let (id, ours) = match cluster.role {
            Role::Store => {
                stores += 1;
                // Unclustered: store nodes come first, one per store id.
                (format!("s{}", stores - 1), [0, summary.node_totals[node]])
            }
            Role::Site => {
                sites += 1;
                (format!("r{}", sites - 1), [summary.node_totals[node], 0])
            }
        };
        assert_eq!(reference.get(&id), Some(&ours), "location {id}");
        assert_eq!(
            summary.node_totals[node],
            ours[0] + ours[1],
            "node total of {id}"
        );
        compared += 1;
    }
    assert_eq!(
        compared,
        reference.len(),
        "every reference location compared"
    );
    assert!(
        compared > 500,
        "a fixture of real size ({compared} locations)"
    );
    let incoming: u32 = reference.values().map(|t| t[0]).sum();
    assert_eq!(incoming, summary.traces);
}
