//! Issue 15, parts 3 and 4: purchasers linked by case, seizure, address and
//! (when asked) store and day make networks; each network's figures and
//! lead age.

use super::common::load;
use corridor_core::investigate::lead_age::AgeBand;
use corridor_core::investigate::{LinkKind, NetworkOptions, find_networks};
use corridor_core::model::{Dataset, Day};

const HEAD: &str = "trace_id,weapon_type,purchase_date,recovery_date,store_id,store_city,store_state,store_lat,store_lon,recovery_place,recovery_state,recovery_lat,recovery_lon,purchaser_id,case_id,purchaser_address,recovery_event";

/// trace, purchase date, recovery date, store, purchaser, case, address,
/// event; recovered at Culiacán unless the event is `R`-something, then
/// at Reynosa.
type Row<'a> = (
    &'a str,
    &'a str,
    &'a str,
    &'a str,
    &'a str,
    &'a str,
    &'a str,
    &'a str,
);

fn load_rows(rows: &[Row<'_>]) -> Dataset {
    let lines: Vec<String> = rows
        .iter()
        .map(|(trace, bought, found, store, purchaser, case, address, event)| {
            let (place, lat, lon) = if event.starts_with('R') {
                ("Reynosa", "26.05", "-98.30")
            } else {
                ("Culiacán", "24.81", "-107.39")
            };
            format!(
                "{trace},pistol,{bought},{found},{store},Houston,TX,29.76,-95.37,{place},Sinaloa,{lat},{lon},{purchaser},{case},\"{address}\",{event}"
            )
        })
        .collect();
    let text = format!("{HEAD}\n{}\n", lines.join("\n"));
    let outcome = load(&[("traces.csv", text.as_bytes())]);
    assert_eq!(outcome.report.rejected, 0, "{:#?}", outcome.report.issues);
    outcome.dataset
}

fn members(dataset: &Dataset, options: &NetworkOptions) -> Vec<Vec<String>> {
    let networks = find_networks(dataset, options);
    networks
        .list
        .iter()
        .map(|n| {
            n.purchasers
                .iter()
                .map(|&p| networks.label(dataset, p))
                .collect()
        })
        .collect()
}

fn as_of(y: i32, m: u32, d: u32) -> NetworkOptions {
    NetworkOptions::as_of(Day::from_ymd(y, m, d).unwrap())
}

#[test]
fn every_kind_of_link_joins_purchasers_and_only_when_chosen() {
    let dataset = load_rows(&[
        // A case joins P1 and P2.
        (
            "T1",
            "2019-01-07",
            "2019-06-01",
            "S1",
            "P1",
            "C-1",
            "",
            "E1",
        ),
        (
            "T2",
            "2019-02-07",
            "2019-06-02",
            "S2",
            "P2",
            "C-1",
            "",
            "E2",
        ),
        // A seizure joins P3 and P4 (and P4's case C-2 is P4's alone).
        ("T3", "2019-01-14", "2019-07-01", "S1", "P3", "", "", "R9"),
        (
            "T4",
            "2019-03-07",
            "2019-07-01",
            "S3",
            "P4",
            "C-2",
            "",
            "R9",
        ),
        // One address written two ways joins P5 and P6.
        (
            "T5",
            "2019-01-21",
            "2019-08-01",
            "S1",
            "P5",
            "",
            "12 North Main Street",
            "E5",
        ),
        (
            "T6",
            "2019-01-08",
            "2019-08-02",
            "S1",
            "P6",
            "",
            "12 N. Main St",
            "E6",
        ),
        // P7 and P8 bought at one store on one day: linked only by store_day.
        ("T7", "2019-05-06", "2019-09-01", "S4", "P7", "", "", "E7"),
        ("T8", "2019-05-06", "2019-09-02", "S4", "P8", "", "", "E8"),
        // P9 alone.
        ("T9", "2019-05-07", "2019-09-03", "S5", "P9", "", "", "E9"),
    ]);
    let options = as_of(2020, 1, 1);
    let mut found = members(&dataset, &options);
    found.sort();
    assert_eq!(found, [["P1", "P2"], ["P3", "P4"], ["P5", "P6"]]);

    let mut only_cases = options.clone();
    only_cases.links = vec![LinkKind::Case];
    assert_eq!(members(&dataset, &only_cases), [["P1", "P2"]]);

    let mut weak = options.clone();
    weak.links.push(LinkKind::StoreDay);
    let mut found = members(&dataset, &weak);
    found.sort();
    assert_eq!(
        found,
        [["P1", "P2"], ["P3", "P4"], ["P5", "P6"], ["P7", "P8"]]
    );
}

#[test]
fn links_chain_purchasers_into_one_network_with_its_figures() {
    let dataset = load_rows(&[
        // P1 - case - P2 - seizure - P3 - address - P4
        (
            "T1",
            "2019-01-07",
            "2019-06-01",
            "S1",
            "P1",
            "C-1",
            "",
            "E1",
        ),
        (
            "T2",
            "2019-02-07",
            "2020-03-01",
            "S2",
            "P2",
            "C-1",
            "",
            "R1",
        ),
        (
            "T3",
            "2019-03-07",
            "2020-03-01",
            "S3",
            "P3",
            "",
            "Calle 5 #10",
            "R1",
        ),
        ("T4", "2018-12-03", "", "S3", "P4", "", "calle 5 10", ""),
        (
            "T5",
            "2019-04-01",
            "2019-07-01",
            "S3",
            "P4",
            "",
            "calle 5 10",
            "E5",
        ),
        // Another network of two, smaller.
        (
            "T6",
            "2019-01-07",
            "2019-05-01",
            "S1",
            "P8",
            "C-9",
            "",
            "E6",
        ),
        (
            "T7",
            "2019-01-07",
            "2019-05-02",
            "S1",
            "P9",
            "C-9",
            "",
            "E7",
        ),
    ]);
    let networks = find_networks(&dataset, &as_of(2020, 4, 30));
    assert_eq!(networks.list.len(), 2);
    let big = &networks.list[0];
    let names: Vec<String> = big
        .purchasers
        .iter()
        .map(|&p| networks.label(&dataset, p))
        .collect();
    assert_eq!(names, ["P1", "P2", "P3", "P4"]);
    assert_eq!(big.traces.len(), 5);
    assert_eq!(big.stores.len(), 3);
    assert_eq!(big.sites.len(), 2);
    assert_eq!(big.first_purchase.iso(), "2018-12-03");
    assert_eq!(big.last_recovery.iso(), "2020-03-01");
    assert_eq!(big.age_days, Some(60));
    assert_eq!(big.age_band, AgeBand::Fresh);
    // One case, one seizure, one address.
    assert_eq!(big.links, [1, 1, 1, 0]);
    // Every trace of the network knows it.
    for &row in &big.traces {
        assert_eq!(networks.of_trace(row as usize), Some(0));
    }
    let small = &networks.list[1];
    assert_eq!(small.traces.len(), 2);
    assert_eq!(small.age_band, AgeBand::Ageing);
    // The score follows the documented formula: 10 x 3 more buyers + 5
    // traces + 5 x (largest of multiple sale 0 / short TTC 4 / obliterated
    // 0) + 5 x 3 kinds of link, fresh.
    assert_eq!(big.score, 30.0 + 5.0 + 5.0 * 4.0 + 15.0);
}

#[test]
fn lead_age_counts_to_the_as_of_date_in_bands() {
    let dataset = load_rows(&[
        (
            "T1",
            "2019-01-07",
            "2019-06-01",
            "S1",
            "P1",
            "C-1",
            "",
            "E1",
        ),
        (
            "T2",
            "2019-02-07",
            "2019-06-02",
            "S2",
            "P2",
            "C-1",
            "",
            "E2",
        ),
    ]);
    let band = |y, m, d| find_networks(&dataset, &as_of(y, m, d)).list[0].age_band;
    assert_eq!(band(2019, 8, 31), AgeBand::Fresh); // 90 days
    assert_eq!(band(2019, 9, 1), AgeBand::Ageing); // 91 days
    assert_eq!(band(2020, 6, 1), AgeBand::Ageing); // 365 days
    assert_eq!(band(2020, 6, 2), AgeBand::Stale);
    assert_eq!(band(2019, 5, 1), AgeBand::Unknown); // before the recovery
}

#[test]
fn a_filter_of_a_networks_purchasers_shows_its_traces_only() {
    use corridor_core::aggregate::TraceFilter;
    use corridor_core::aggregate::flows::matching_traces;
    let dataset = load_rows(&[
        (
            "T1",
            "2019-01-07",
            "2019-06-01",
            "S1",
            "P1",
            "C-1",
            "",
            "E1",
        ),
        (
            "T2",
            "2019-02-07",
            "2019-06-02",
            "S2",
            "P2",
            "C-1",
            "",
            "E2",
        ),
        ("T3", "2019-02-08", "2019-06-03", "S2", "P3", "", "", "E3"),
    ]);
    let networks = find_networks(&dataset, &as_of(2020, 1, 1));
    let filter = TraceFilter {
        purchasers: networks.filter_names(&dataset, 0),
        ..TraceFilter::default()
    };
    assert_eq!(filter.purchasers, ["P1", "P2"]);
    let rows = matching_traces(&dataset, &filter, |_, _| true);
    assert_eq!(rows, networks.list[0].traces);
}

#[test]
fn fresh_leads_only_keeps_traces_recovered_within_the_band_of_the_as_of_date() {
    use corridor_core::aggregate::TraceFilter;
    use corridor_core::aggregate::flows::matching_traces;
    use corridor_core::render::caption::filter_line;
    let dataset = load_rows(&[
        ("T1", "2019-01-07", "2019-06-01", "S1", "P1", "", "", "E1"),
        ("T2", "2019-02-07", "2019-09-01", "S2", "P2", "", "", "E2"),
        ("T3", "2019-02-08", "", "S2", "P3", "", "", "E3"),
    ]);
    let filter = TraceFilter {
        fresh_only: true,
        as_of: Day::from_ymd(2019, 10, 1),
        ..TraceFilter::default()
    };
    let rows = matching_traces(&dataset, &filter, |_, _| true);
    assert_eq!(rows, [1]);
    // A slide says so, with the date.
    let line = filter_line(
        &filter,
        &Default::default(),
        Default::default(),
        corridor_core::i18n::Lang::En,
    );
    assert!(
        line.contains("Fresh leads: recovered within 90 days of 2019-10-01"),
        "{line}"
    );
}

#[test]
fn one_person_written_twice_at_their_address_is_not_a_network() {
    // ATF's P1 and HSI's H1 are one person (the same name in other letters,
    // the same date of birth); H2 is that person with a slip in the name.
    // Alone at their address they make no network; a second person there
    // does.
    const HEAD: &str = "trace_id,weapon_type,purchase_date,recovery_date,store_id,store_city,store_state,store_lat,store_lon,recovery_place,recovery_state,recovery_lat,recovery_lon,purchaser_id,purchaser_name,purchaser_dob,purchaser_address,recovery_event,agency";
    let row = |trace: &str, purchaser: &str, name: &str, dob: &str, address: &str, agency: &str| {
        format!(
            "{trace},pistol,2019-01-07,2019-06-01,S1,Houston,TX,29.76,-95.37,Culiacán,Sinaloa,24.81,-107.39,{purchaser},{name},{dob},\"{address}\",E-{trace},{agency}"
        )
    };
    let twins = [
        row(
            "T1",
            "P1",
            "José Ficticio",
            "1985-01-03",
            "12 Main St, Laredo",
            "ATF",
        ),
        row(
            "T2",
            "H1",
            "JOSE FICTICIO",
            "1985-01-03",
            "12 MAIN STREET, LAREDO",
            "HSI",
        ),
        row(
            "T3",
            "H2",
            "JOSE FICTTICIO",
            "1985-01-03",
            "12 Main St., Laredo",
            "HSI",
        ),
        // Another person alone at another address, with the same name and no
        // date: a probable twin of P1 only by name, never linked.
        row("T4", "P9", "José Ficticio", "", "99 Elm St, Laredo", "ATF"),
    ];
    let load_text = |rows: &[String]| {
        let text = format!("{HEAD}\n{}\n", rows.join("\n"));
        let outcome = load(&[("traces.csv", text.as_bytes())]);
        assert_eq!(outcome.report.rejected, 0, "{:#?}", outcome.report.issues);
        outcome.dataset
    };
    let options = as_of(2020, 1, 1);
    assert!(members(&load_text(&twins), &options).is_empty());

    let mut household = twins.to_vec();
    household.push(row(
        "T5",
        "P2",
        "Ana Supuesto",
        "1990-05-05",
        "12 Main Street, Laredo",
        "ATF",
    ));
    let found = members(&load_text(&household), &options);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].len(), 4, "{found:?}");
    assert!(!found[0].contains(&"P9".to_owned()), "{found:?}");
}

#[test]
fn one_gun_held_by_two_agencies_in_one_seizure_links_no_one() {
    // ATF's T1 and HSI's H1 are the same rifle (serial written two ways),
    // recovered in the same seizure: its two purchaser records are one
    // person. A second gun in that seizure links its buyer to both.
    const HEAD: &str = "trace_id,weapon_type,make,model,serial,purchase_date,recovery_date,store_id,store_city,store_state,store_lat,store_lon,recovery_place,recovery_state,recovery_lat,recovery_lon,purchaser_id,agency";
    let place = "S1,Houston,TX,29.76,-95.37,Culiacán,Sinaloa,24.81,-107.39";
    let twins = [
        format!("T1,rifle,Romarm,WASR-10,RO-123,2019-01-07,2019-06-01,{place},P1,ATF"),
        format!("H1,rifle,ROMARM,WASR 10,ro 123,2019-01-07,2019-06-01,{place},Q1,HSI"),
    ];
    let load_text = |rows: &[String]| {
        let text = format!("{HEAD}\n{}\n", rows.join("\n"));
        let outcome = load(&[("traces.csv", text.as_bytes())]);
        assert_eq!(outcome.report.rejected, 0, "{:#?}", outcome.report.issues);
        outcome.dataset
    };
    let options = as_of(2020, 1, 1);
    assert!(members(&load_text(&twins), &options).is_empty());
    let mut seized = twins.to_vec();
    seized.push(format!(
        "T2,pistol,Glock,19,GL-9,2019-02-07,2019-06-01,{place},P2,ATF"
    ));
    let found = members(&load_text(&seized), &options);
    assert_eq!(found, [["P1", "P2", "Q1"]]);
}
