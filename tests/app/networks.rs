//! Issue 15 in the app: tick an indicator and the map counts the flagged
//! traces; open the Networks table, pick the largest network and the map
//! shows its traces only, framed, with its members listed.

use crate::common;
use crate::harness::app_harness;

use corridor::app::StartOptions;
use corridor::app::commands::Command;
use corridor_core::aggregate::TraceFilter;
use corridor_core::aggregate::flows::matching_traces;
use corridor_core::format::thousands;
use corridor_core::investigate::{Indicator, NetworkOptions, find_networks};
use corridor_core::model::Day;
use egui::accesskit::Role;
use egui_kittest::kittest::Queryable;

fn demo() -> corridor_core::model::Dataset {
    common::load(&common::demo_files()).dataset
}

#[test]
fn ticking_an_indicator_counts_and_shows_only_the_flagged_traces() {
    let mut harness = app_harness(StartOptions::default());
    let dataset = demo();
    let mut filter = TraceFilter::default();
    filter.indicators.set(Indicator::MultipleSale, true);
    let flagged = matching_traces(&dataset, &filter, |_, _| true).len();
    assert!(flagged > 0 && flagged < dataset.traces.len());
    // The panel's count beside the checkbox is the core's.
    harness.get_by_label(&thousands(flagged as u64));
    harness
        .get_by_role_and_label(Role::CheckBox, "Multiple sale")
        .click();
    harness.run();
    assert!(
        harness
            .state()
            .settings()
            .filter
            .indicators
            .has(Indicator::MultipleSale)
    );
    assert_eq!(
        harness.state().session().view.summary().traces as usize,
        flagged
    );
    harness.get_by_label_contains(&format!(
        "{} of {} traces",
        thousands(flagged as u64),
        thousands(dataset.traces.len() as u64)
    ));
}

#[test]
fn picking_the_largest_network_shows_its_flows_and_members() {
    let mut harness = app_harness(StartOptions::default());
    harness.get_by_label("View").click();
    harness.run();
    harness
        .get_by_role_and_label(Role::CheckBox, "Networks table")
        .click();
    harness.run();
    harness.get_by_label("View").click();
    harness.run();
    // Lead ages as of a fixed day, so the table (and its snapshot) is the
    // same every day.
    let as_of = Day::from_ymd(2015, 1, 1).unwrap();
    harness.state_mut().push(Command::SetAsOf(Some(as_of)));
    harness.run();
    let dataset = demo();
    let networks = find_networks(&dataset, &NetworkOptions::as_of(as_of));
    let biggest = &networks.list[0];
    let shown = harness.state().session().networks.networks().unwrap();
    assert_eq!(shown.list.len(), networks.list.len());
    harness.get_by_label_contains(&format!("{} networks of", networks.list.len()));
    // The members column names the first purchasers of the largest network.
    let first_member = networks.label(&dataset, biggest.purchasers[0]);
    harness.get_by_label_contains(&first_member);

    harness.get_by_label("1").click();
    harness.run();
    let filter = &harness.state().settings().filter;
    assert_eq!(filter.purchasers, networks.filter_names(&dataset, 0));
    // Only the network's traces are counted on the map.
    assert_eq!(
        harness.state().session().view.summary().traces as usize,
        biggest.traces.len()
    );
    if crate::snapshots::renderer_available() {
        crate::snapshots::snapshot(&mut harness, "networks_largest");
    }
    // Its link chart: every purchaser and store, purchases and links.
    harness.get_by_label("Link chart").click();
    harness.run();
    harness.get_by_label("Link chart — network 1");
    {
        let (number, chart) = harness.state().session().networks.chart().unwrap();
        assert_eq!(number, 1);
        assert_eq!(
            chart.nodes.len(),
            biggest.purchasers.len() + biggest.stores.len()
        );
        assert!(chart.edges.iter().any(|e| e.kind
            == corridor_core::investigate::link_chart::EdgeKind::Link(
                corridor_core::investigate::LinkKind::Case
            )));
    }
    if crate::snapshots::renderer_available() {
        crate::snapshots::snapshot(&mut harness, "networks_link_chart");
    }
    harness.state_mut().push(Command::ShowLinkChart(false));
    harness.run();
    harness.get_by_label("Show all purchasers").click();
    harness.run();
    assert!(!harness.state().settings().filter.has_purchasers());
    assert_eq!(
        harness.state().session().view.summary().traces as usize,
        dataset.traces.len()
    );
    // Sortable: by score, highest first; by lead age, freshest first.
    harness.get_by_label("Score").click();
    harness.run();
    let best = (0..networks.list.len())
        .max_by(|&a, &b| {
            networks.list[a]
                .score
                .total_cmp(&networks.list[b].score)
                .then(b.cmp(&a))
        })
        .unwrap();
    assert_eq!(harness.state().session().networks.order[0], best);
    harness
        .get_by_role_and_label(Role::Button, "Lead age")
        .click();
    harness.run();
    let order = &harness.state().session().networks.order;
    let ages: Vec<i32> = order
        .iter()
        .map(|&i| networks.list[i].age_days.unwrap())
        .collect();
    assert!(ages.windows(2).all(|w| w[0] <= w[1]), "{ages:?}");

    // From a selection's details: the network of its purchasers.
    let row = biggest.traces[0] as usize;
    harness
        .state_mut()
        .push(Command::SetSelection(corridor_core::aggregate::Selection {
            stores: [dataset.traces.store[row].0].into(),
            sites: [dataset.traces.site[row].0].into(),
            between: true,
        }));
    harness.run();
    harness
        .get_by_label_contains(&format!(
            "Show network 1 ({} purchasers)",
            biggest.purchasers.len()
        ))
        .click();
    harness.run();
    assert_eq!(
        harness.state().settings().filter.purchasers,
        networks.filter_names(&dataset, 0)
    );
}

/// Two agencies' files (each file its own agency when no label was chosen):
/// the Overlaps table lists the firearm both hold with each file and line,
/// and a click selects its store and site.
#[test]
fn the_overlaps_table_lists_what_two_agencies_hold() {
    let dir = tempfile::tempdir().unwrap();
    let head = "trace_id,weapon_type,make,model,serial,purchase_date,recovery_date,store_ffl,store_city,store_state,store_lat,store_lon,recovery_place,recovery_state,recovery_lat,recovery_lon";
    let rest = "2019-01-07,2019-06-01,1-11-111-11-1A-11111,Houston,TX,29.76,-95.37,Culiacán,Sinaloa,24.81,-107.39";
    let atf = dir.path().join("atf.csv");
    let hsi = dir.path().join("hsi.csv");
    std::fs::write(
        &atf,
        format!("{head}\nA1,rifle,Romarm,WASR-10,RO-123456,{rest}\n"),
    )
    .unwrap();
    std::fs::write(
        &hsi,
        format!(
            "{head}\nH1,rifle,Ruger,Mini-14,Q-9,{rest}\nH2,rifle,ROMARM,WASR 10,ro 123456,{rest}\n"
        ),
    )
    .unwrap();
    let mut harness = app_harness(StartOptions {
        paths: vec![atf, hsi],
        ..StartOptions::default()
    });
    crate::harness::wait_for_load(&mut harness);
    harness.get_by_label("View").click();
    harness.run();
    harness
        .get_by_role_and_label(Role::CheckBox, "Overlaps table")
        .click();
    harness.run();
    harness.get_by_label("View").click();
    harness.run();
    harness.get_by_label_contains("firearm 1 exact, 0 probable");
    harness.get_by_label("atf.csv A1 (atf.csv:2); hsi.csv H2 (hsi.csv:3)");
    harness.get_by_label("firearm").click();
    harness.run();
    let selection = &harness.state().session().selection;
    assert_eq!(selection.stores.len(), 1);
    assert_eq!(selection.sites.len(), 1);
    // The details of the selection say who else holds each record.
    harness.get_by_label_contains("A1: also held by hsi.csv (hsi.csv line 3; firearm exact)");
    harness.get_by_label_contains("H2: also held by atf.csv (atf.csv line 2; firearm exact)");

    // Name the agencies: File > Agencies of the files..., then the data
    // loads again with them, and the project keeps them.
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label("Agencies of the files…").click();
    harness.run();
    for (file, agency) in [("atf.csv", "ATF"), ("hsi.csv", "HSI")] {
        let field = harness.get_by_role_and_label(Role::TextInput, file);
        field.click();
        harness.run();
        harness
            .get_by_role_and_label(Role::TextInput, file)
            .type_text(agency);
        harness.run();
    }
    harness.get_by_label("Apply and reload").click();
    crate::harness::wait_for_load(&mut harness);
    let dataset = harness.state().session().data.dataset().clone();
    let agencies: Vec<&str> = (0..dataset.traces.len())
        .map(|r| dataset.str(dataset.traces.agency[r]))
        .collect();
    assert_eq!(agencies, ["ATF", "HSI", "HSI"]);
    harness.get_by_label("ATF A1 (atf.csv:2); HSI H2 (hsi.csv:3)");
    assert_eq!(
        harness.state().session().project.import.agencies,
        [
            ("atf.csv".to_owned(), "ATF".to_owned()),
            ("hsi.csv".to_owned(), "HSI".to_owned())
        ]
    );
}

/// The map's investigation marks on the demo: flows coloured by network
/// (the largest network's flows in its colour), flagged traces outlined,
/// the stores and sites HSI also holds ringed, stale leads faded; the
/// legend says what each means.
#[test]
fn the_map_marks_networks_flagged_traces_overlaps_and_stale_leads() {
    use corridor_core::scene::FlowColoring;
    use corridor_core::scene::marks::MarkOptions;
    use corridor_core::scene::style::{network_color, overlap_color};

    let mut harness = app_harness(StartOptions::default());
    let as_of = Day::from_ymd(2013, 1, 1).unwrap();
    harness.state_mut().push(Command::SetAsOf(Some(as_of)));
    harness
        .state_mut()
        .push(Command::SetColoring(FlowColoring::ByNetwork));
    let mut flagged = corridor_core::investigate::IndicatorSet::EMPTY;
    flagged.set(Indicator::Obliterated, true);
    harness.state_mut().push(Command::SetMarks(MarkOptions {
        flagged,
        overlaps: true,
        fade_stale: true,
    }));
    // The networks and overlaps are found on the loading data, then the
    // map is counted again with them.
    for _ in 0..20 {
        harness.run();
        if !harness
            .state()
            .session()
            .view
            .scene()
            .legend
            .marks
            .is_empty()
        {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let theme = harness.state().settings().theme;
    let scene = harness.state().session().view.scene();
    let largest = network_color(0, theme);
    assert!(
        scene
            .flows
            .iter()
            .any(|f| f.color.with_alpha(255) == largest)
    );
    assert!(scene.flows.iter().any(|f| f.halo.is_some()));
    assert!(
        scene.flows.iter().any(|f| f.color.0[3] < 100),
        "stale leads faded"
    );
    assert!(
        scene
            .symbols
            .iter()
            .any(|s| s.ring == Some(overlap_color(theme)))
    );
    harness.get_by_label("Colour: purchaser network (most of its traces)");
    harness.get_by_label("Network 1");
    harness.get_by_label("Outlined: carries a trace with Obliterated serial");
    harness.get_by_label("Ringed: another agency holds records here");
    harness.get_by_label("Faded: stale lead (latest recovery over 365 days before 2013-01-01)");
    if crate::snapshots::renderer_available() {
        crate::snapshots::snapshot(&mut harness, "map_investigation_marks");
    }
}

/// Issue 15's "done when", on the embedded two-agency demo: from one
/// flagged trace to its purchaser's network and to HSI's record of the
/// same gun in a few clicks, presented as a slide, then handed over as a
/// package that verifies.
#[test]
fn from_a_flagged_trace_to_its_network_and_the_other_agency_then_handed_over() {
    use corridor::app::briefing_ui::BriefingCommand;
    use corridor::app::handover::{HandoverForm, HandoverRedaction};
    use corridor::app::project_session::ProjectCommand;
    use corridor_core::investigate::OverlapKind;
    use corridor_core::investigate::indicators::indicators_of;

    let dir = tempfile::tempdir().unwrap();
    let mut harness = app_harness(StartOptions::default());
    crate::harness::wait_for_load(&mut harness);
    for _ in 0..100 {
        harness.run();
        let session = harness.state().session();
        if session.networks.networks().is_some() && !session.overlaps.overlaps().is_empty() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    // A trace of ATF's file with a multiple sale, whose buyer is in a
    // network and whose gun HSI also holds (found by the core, as the
    // analyst would find it by ticking the indicator).
    let (trace_id, network, network_traces) = {
        let session = harness.state().session();
        let dataset = session.data.dataset();
        let networks = session.networks.networks().expect("networks found");
        session
            .overlaps
            .overlaps()
            .iter()
            .filter(|o| o.kind == OverlapKind::Firearm)
            .flat_map(|o| o.records.iter())
            .filter(|r| r.agency == "ATF")
            .find_map(|r| {
                let row = r.row as usize;
                let flagged = indicators_of(dataset, row, 36).has(Indicator::MultipleSale);
                let n = networks.of_trace(row).filter(|_| flagged)?;
                Some((r.id.clone(), n, networks.list[n].traces.len()))
            })
            .expect("the demo has a flagged trace of a network that HSI also holds")
    };

    // 1. The trace, from the search box.
    let search = corridor::app::panels::search_box::SEARCH_LABEL;
    crate::harness::type_into(&mut harness, search, &trace_id);
    // 2. The other agency's record of the same gun, in the details.
    assert!(
        harness
            .query_all_by_label_contains("also held by HSI (corridor-demo-hsi.csv line")
            .count()
            > 0
    );
    // 3. Its purchaser's network, one click away.
    harness
        .get_by_label_contains(&format!("Show network {} (", network + 1))
        .click();
    harness.run();
    crate::harness::wait_for_load(&mut harness);
    assert_eq!(
        harness.state().session().view.summary().traces as usize,
        network_traces
    );
    // 4. Presented: saved as a view and shown full screen; the slide says
    // it shows one network and names nobody.
    harness
        .state_mut()
        .push(Command::Briefing(BriefingCommand::AddView));
    harness.run();
    harness.key_press(egui::Key::F5);
    harness.run();
    harness.get_by_label_contains("Only a network of");
    harness.key_press(egui::Key::Escape);
    harness.run();
    // 5. Handed over: one zip that reads back as written.
    let zip = dir.path().join("network.zip");
    harness
        .state_mut()
        .push(Command::Project(ProjectCommand::HandoverTo {
            path: zip.clone(),
            form: HandoverForm {
                agency: "ATF Phoenix".into(),
                redaction: HandoverRedaction::None,
            },
        }));
    harness.run();
    let notice = harness.state().window().notice.clone().expect("a notice");
    assert!(
        notice.text().starts_with("Handed over to"),
        "{}",
        notice.text()
    );
    let checked = corridor_core::project::handover::verify_package(&zip).unwrap();
    assert!(checked.is_verified());
    assert_eq!(checked.manifest.from_agency, "ATF Phoenix");
    assert!(
        checked.manifest.filter.contains("network"),
        "{}",
        checked.manifest.filter
    );
}
