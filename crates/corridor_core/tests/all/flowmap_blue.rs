//! The flowmap.blue format: export, and import back to the same flows.

use crate::common;

use corridor_core::aggregate::{FlowIndex, TraceFilter, aggregate};
use corridor_core::export::flowmap_blue::write_flowmap_blue;
use corridor_core::import::report::Severity;
use corridor_core::model::WeaponClass;

#[test]
fn exported_flows_import_back_to_the_same_counts() {
    let text = format!(
        "{}\n{}\n{}\n{}\n",
        common::HEADER,
        common::row("T1", "S1", "R1"),
        common::row("T2", "S1", "R1"),
        common::row("T3", "S2", "R2").replace("Culiacán", "\"Reynosa, \"\"centro\"\"\"")
    );
    let original = common::load(&[("t.csv", text.as_bytes())]);
    let index = FlowIndex::build(&original.dataset);
    let summary = aggregate(&original.dataset, &index, &TraceFilter::default());
    let level = corridor_core::cluster::ClusterLevel::unclustered(&original.dataset);
    let (mut locations, mut flows) = (Vec::new(), Vec::new());
    write_flowmap_blue(
        &original.dataset,
        &level,
        &summary,
        corridor_core::briefing::Redaction::NONE,
        &mut locations,
        &mut flows,
    )
    .unwrap();
    let flows_text = String::from_utf8(flows.clone()).unwrap();
    assert_eq!(flows_text, "origin,dest,count\ns0,r0,2\ns1,r1,1\n");

    let back = common::load(&[("flows.csv", &flows), ("locations.csv", &locations)]);
    let d = &back.dataset;
    assert_eq!(d.traces.firearms(), 3);
    assert_eq!(d.traces.len(), 2, "one counted record per flow");
    assert_eq!(d.stores.len(), 2);
    assert_eq!(d.sites.len(), 2);
    assert!(d.traces.class.iter().all(|c| *c == WeaponClass::Unknown));
    assert_eq!(
        d.str(d.sites[1].place),
        "Reynosa, \"centro\", Sinaloa",
        "names survive quoting"
    );
    let again = aggregate(d, &FlowIndex::build(d), &TraceFilter::default());
    let mut counts: Vec<u32> = again.flows.iter().map(|f| f.count).collect();
    counts.sort_unstable();
    assert_eq!(counts, vec![1, 2]);
    let warnings: Vec<_> = back
        .report
        .issues
        .iter()
        .filter(|i| i.severity == Severity::Warning)
        .collect();
    assert_eq!(
        warnings.len(),
        1,
        "one note about missing weapon data, not one per trace: {warnings:#?}"
    );
    assert!(warnings[0].reason.contains("carry counts, not firearms"));
}

#[test]
fn bad_flows_are_rejected_with_their_line() {
    let locations = "id,name,lat,lon\na,Alpha,33.4,-112.0\nb,Beta,24.8,-107.4\nc,Bad,245,0\n";
    let flows = "origin,dest,count\na,b,3\na,zz,1\na,b,two\n";
    let out = common::load(&[
        ("locations.csv", locations.as_bytes()),
        ("flows.csv", flows.as_bytes()),
    ]);
    assert_eq!(out.dataset.traces.firearms(), 3);
    let rejected = common::issues(&out, Severity::Rejected);
    assert_eq!(rejected.len(), 3, "{rejected:#?}");
    assert!(rejected.iter().any(|i| i.file == "locations.csv"
        && i.line == Some(4)
        && i.reason.contains("latitude 245")));
    assert!(rejected.iter().any(|i| i.file == "flows.csv"
        && i.line == Some(3)
        && i.reason.contains("unknown location id 'zz'")));
    assert!(
        rejected
            .iter()
            .any(|i| i.line == Some(4) && i.field.as_deref() == Some("count"))
    );
}

#[test]
fn the_folder_export_writes_the_filtered_flows_and_they_import_back() {
    let text = format!(
        "{}\n{}\n{}\n{}\n",
        common::HEADER,
        common::row("T1", "S1", "R1"),
        common::row("T2", "S1", "R1")
            .replace(",Rifle,", ",Pistol,")
            .replace("Romarm,WASR-10,7.62x39", "Glock,19,9mm"),
        common::row("T3", "S2", "R2")
    );
    let original = common::load(&[("t.csv", text.as_bytes())]);
    let dataset = &original.dataset;
    let mut filter = TraceFilter::default();
    filter.set_class(dataset.traces.class[1], false);
    assert_ne!(dataset.traces.class[0], dataset.traces.class[1]);
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("new-folder");
    let written = corridor_core::export::flowmap_blue::export_flowmap_blue_dir(
        dataset,
        &FlowIndex::build(dataset),
        &filter,
        corridor_core::briefing::Redaction::NONE,
        &out,
    )
    .unwrap();
    assert_eq!(
        (written.flows, written.traces),
        (2, 2),
        "T2 is filtered out"
    );
    assert_eq!(written.flows_path, out.join("flows.csv"));
    let flows = std::fs::read(&written.flows_path).unwrap();
    let locations = std::fs::read(&written.locations_path).unwrap();
    let back = common::load(&[("flows.csv", &flows), ("locations.csv", &locations)]);
    assert_eq!(back.dataset.traces.len(), 2);
    assert_eq!(back.dataset.stores.len(), 2);

    // A folder that cannot be created is an error, not a panic.
    let blocked = dir.path().join("file");
    std::fs::write(&blocked, "x").unwrap();
    let error = corridor_core::export::flowmap_blue::export_flowmap_blue_dir(
        dataset,
        &FlowIndex::build(dataset),
        &filter,
        corridor_core::briefing::Redaction::NONE,
        &blocked.join("sub"),
    )
    .unwrap_err();
    assert!(error.to_string().contains("could not create"), "{error}");
}

#[test]
fn a_small_flows_file_of_huge_counts_stays_counted_and_the_total_is_bounded() {
    // 1.2 KB: a hundred flows of a million firearms each are a hundred
    // counted records standing for 100 million firearms, not 100 million
    // records.
    let locations = "id,name,lat,lon\na,Alpha,33.4,-112.0\nb,Beta,24.8,-107.4\n";
    let mut flows = String::from("origin,dest,count\n");
    for _ in 0..100 {
        flows.push_str("a,b,1000000\n");
    }
    assert!(flows.len() < 1_300);
    let out = common::load(&[
        ("locations.csv", locations.as_bytes()),
        ("flows.csv", flows.as_bytes()),
    ]);
    assert_eq!(out.dataset.traces.len(), 100);
    assert_eq!(out.dataset.traces.firearms(), 100_000_000);
    assert!(
        out.dataset.heap_bytes() < 1 << 20,
        "{}",
        out.dataset.heap_bytes()
    );

    // Past a billion firearms in one load the rows are left out, each named.
    let mut flows = String::from("origin,dest,count\n");
    for _ in 0..1_002 {
        flows.push_str("a,b,1000000\n");
    }
    let out = common::load(&[
        ("locations.csv", locations.as_bytes()),
        ("flows.csv", flows.as_bytes()),
    ]);
    assert_eq!(
        out.dataset.traces.firearms(),
        corridor_core::model::counts::MAX_FIREARMS
    );
    let capped: Vec<_> = out
        .report
        .issues
        .iter()
        .filter(|i| i.severity == Severity::Rejected && i.reason.contains("1,000,000,000 firearms"))
        .collect();
    assert_eq!(capped.len(), 2, "{capped:?}");
    assert_eq!(capped[0].line, Some(1_002));
    // A count past a million in one row is a typo, not a table.
    let out = common::load(&[
        ("locations.csv", locations.as_bytes()),
        ("flows.csv", b"origin,dest,count\na,b,1000001\na,b,3\n"),
    ]);
    assert_eq!(out.dataset.traces.firearms(), 3);
    let rejected = common::issues(&out, Severity::Rejected);
    assert_eq!(rejected.len(), 1);
    assert!(
        rejected[0]
            .reason
            .contains("not a whole number of firearms")
    );
}
