//! Issue 15, part 7: `corridor generate --agencies` makes an ATF trace file
//! and an HSI seizure file whose overlaps are known, and networks as
//! investigations find them. Deconfliction must find every overlap made on
//! purpose and nothing else; the networks must be brokers' rings of 3–8
//! buyers, each buying in a burst of weeks at border-state stores.

use std::collections::{BTreeMap, BTreeSet};

use crate::common;

use corridor_core::generate::{GenerateOptions, generate_bytes};
use corridor_core::investigate::deconflict::deconflict;
use corridor_core::investigate::{NetworkOptions, find_networks};
use corridor_core::model::Day;

type Key = BTreeSet<(String, String, String, String)>;

fn generated(traces: u64, seed: u64) -> (Vec<u8>, Vec<u8>, Key) {
    let basemap = corridor_core::basemap::Basemap::embedded().unwrap();
    let out = generate_bytes(
        &basemap,
        GenerateOptions {
            traces,
            seed,
            linked: false,
            agencies: true,
        },
    )
    .unwrap();
    let agencies = out.agencies.expect("split by agency");
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(agencies.key.as_slice());
    let key = reader
        .records()
        .map(|r| r.unwrap())
        .filter(|r| !r[0].starts_with('#') && &r[0] != "kind")
        .map(|r| (r[0].into(), r[1].into(), r[2].into(), r[3].into()))
        .collect();
    (out.flat, agencies.hsi, key)
}

#[test]
fn deconfliction_finds_every_overlap_made_on_purpose_and_no_other() {
    let (atf, hsi, key) = generated(20_000, 7);
    let kinds: BTreeSet<(&str, &str)> = key
        .iter()
        .map(|(kind, strength, _, _)| (kind.as_str(), strength.as_str()))
        .collect();
    for wanted in [
        ("firearm", "exact"),
        ("purchaser", "exact"),
        ("purchaser", "probable"),
        ("store", "exact"),
    ] {
        assert!(kinds.contains(&wanted), "the key has no {wanted:?}");
    }
    let out = common::load(&[("atf.csv", &atf), ("hsi.csv", &hsi)]);
    assert_eq!(out.report.rejected, 0, "{:#?}", out.report.issues);
    let found: Key = deconflict(&out.dataset)
        .iter()
        .map(|o| {
            let atf = o.records.iter().find(|r| r.agency == "ATF").unwrap();
            let hsi = o.records.iter().find(|r| r.agency == "HSI").unwrap();
            (
                o.kind.id().to_owned(),
                o.strength.id().to_owned(),
                atf.id.clone(),
                hsi.id.clone(),
            )
        })
        .collect();
    let missed: Vec<_> = key.difference(&found).collect();
    let extra: Vec<_> = found.difference(&key).collect();
    assert!(
        missed.is_empty(),
        "missed {} of {}: {missed:?}",
        missed.len(),
        key.len()
    );
    // A probable purchaser match by name alone may also find a namesake:
    // anything else found is an error.
    assert!(
        extra
            .iter()
            .all(|(kind, strength, _, _)| kind == "purchaser" && strength == "probable"),
        "{extra:?}"
    );
    assert!(extra.len() * 20 <= key.len(), "{} extra", extra.len());
}

#[test]
fn networks_are_rings_of_three_to_eight_buyers_buying_in_bursts_at_border_stores() {
    let (atf, _, _) = generated(20_000, 2010);
    let dataset = common::load(&[("atf.csv", &atf)]).dataset;
    let networks = find_networks(
        &dataset,
        &NetworkOptions::as_of(Day::from_ymd(2015, 1, 1).unwrap()),
    );
    // The Reynosa ring (14 buyers) and the brokers' rings.
    assert!(networks.list.len() >= 8, "{}", networks.list.len());
    let traces = &dataset.traces;
    let mut rings = 0;
    for network in &networks.list {
        let size = network.purchasers.len();
        if size == 14 {
            continue;
        }
        rings += 1;
        assert!((3..=8).contains(&size), "{size} buyers");
        // Each buyer's purchases fall within six weeks, at stores of the
        // border states.
        let mut days: BTreeMap<u32, (Day, Day)> = BTreeMap::new();
        for &row in &network.traces {
            let row = row as usize;
            let buyer = networks.purchasers.of(row).unwrap();
            let day = traces.purchase_date[row];
            let span = days.entry(buyer).or_insert((day, day));
            span.0 = span.0.min(day);
            span.1 = span.1.max(day);
            let state = dataset.str(dataset.stores[traces.store[row].0 as usize].state);
            assert!(["TX", "AZ", "CA", "NM"].contains(&state), "{state}");
        }
        for (first, last) in days.values() {
            assert!(
                last.0 - first.0 <= 42,
                "a burst of {} days",
                last.0 - first.0
            );
        }
    }
    assert!(rings >= 5, "{rings}");
    // Most purchasers are not in a network, as in real caseloads.
    let in_networks: usize = networks.list.iter().map(|n| n.purchasers.len()).sum();
    assert!(
        in_networks * 2 < networks.purchasers.len(),
        "{in_networks} of {}",
        networks.purchasers.len()
    );
}
