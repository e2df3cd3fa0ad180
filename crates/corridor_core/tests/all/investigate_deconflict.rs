//! Issue 15, part 5: the same firearm, purchaser and store held by two
//! agencies are found (exact and probable), never merged; records keep
//! their agency, file and line.

use super::common::load_with;
use corridor_core::import::ImportOptions;
use corridor_core::investigate::deconflict::agency_of;
use corridor_core::investigate::{MatchStrength, Overlap, OverlapKind, deconflict};
use corridor_core::model::Dataset;

const HEAD: &str = "trace_id,weapon_type,make,model,serial,purchase_date,recovery_date,store_name,store_ffl,store_city,store_state,store_lat,store_lon,recovery_place,recovery_state,recovery_lat,recovery_lon,purchaser_name,purchaser_dob";

fn line(trace: &str, make: &str, serial: &str, ffl: &str, name: &str, dob: &str) -> String {
    format!(
        "{trace},rifle,{make},WASR-10,{serial},2019-01-07,2019-06-01,Store {ffl},{ffl},Houston,TX,29.76,-95.37,Culiacán,Sinaloa,24.81,-107.39,{name},{dob}"
    )
}

fn two_agencies(atf: &[String], hsi: &[String]) -> Dataset {
    let atf = format!("{HEAD}\n{}\n", atf.join("\n"));
    let hsi = format!("{HEAD}\n{}\n", hsi.join("\n"));
    let options = ImportOptions {
        agencies: vec![
            ("atf.csv".to_owned(), "ATF".to_owned()),
            ("hsi.csv".to_owned(), "HSI".to_owned()),
        ],
        ..ImportOptions::default()
    };
    let outcome = load_with(
        &[("atf.csv", atf.as_bytes()), ("hsi.csv", hsi.as_bytes())],
        &options,
    );
    assert_eq!(outcome.report.rejected, 0, "{:#?}", outcome.report.issues);
    outcome.dataset
}

fn of_kind(overlaps: &[Overlap], kind: OverlapKind) -> Vec<&Overlap> {
    overlaps.iter().filter(|o| o.kind == kind).collect()
}

#[test]
fn a_file_label_is_the_agency_of_its_records() {
    let dataset = two_agencies(
        &[line("A1", "Romarm", "X1", "1-11-111-11-1A-11111", "", "")],
        &[line("H1", "Romarm", "X2", "2-22-222-22-2B-22222", "", "")],
    );
    assert_eq!(agency_of(&dataset, 0), "ATF");
    assert_eq!(agency_of(&dataset, 1), "HSI");
}

#[test]
fn the_same_firearm_is_its_serial_and_make_written_any_way() {
    let dataset = two_agencies(
        &[
            line(
                "A1",
                "Romarm/Cugir",
                "RO-1234 56",
                "1-11-111-11-1A-11111",
                "",
                "",
            ),
            line("A2", "Colt", "SAME99", "1-11-111-11-1A-11111", "", ""),
        ],
        &[
            line(
                "H1",
                "ROMARM CUGIR",
                "ro123456",
                "2-22-222-22-2B-22222",
                "",
                "",
            ),
            // Same serial, another make: not the same gun.
            line("H2", "Ruger", "SAME99", "2-22-222-22-2B-22222", "", ""),
        ],
    );
    let overlaps = deconflict(&dataset);
    let firearms = of_kind(&overlaps, OverlapKind::Firearm);
    assert_eq!(firearms.len(), 1, "{firearms:#?}");
    let found = firearms[0];
    assert_eq!(found.strength, MatchStrength::Exact);
    assert_eq!(found.agencies, ["ATF", "HSI"]);
    let ids: Vec<&str> = found.records.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, ["A1", "H1"]);
    // Never merged: both traces stay.
    assert_eq!(dataset.traces.len(), 4);
    // Provenance: the HSI record is line 2 of hsi.csv.
    let source = dataset.traces.source(found.records[1].row as usize);
    assert_eq!(dataset.sources[source.file as usize].name, "hsi.csv");
    assert_eq!(source.line, 2);
}

#[test]
fn purchasers_match_exactly_probably_or_not_at_all() {
    let dataset = two_agencies(
        &[
            line(
                "A1",
                "Colt",
                "S1",
                "1-11-111-11-1A-11111",
                "José María Pérez",
                "1980-02-03",
            ),
            line(
                "A2",
                "Colt",
                "S2",
                "1-11-111-11-1A-11111",
                "Jonathan Smith",
                "1975-05-06",
            ),
            line(
                "A3",
                "Colt",
                "S3",
                "1-11-111-11-1A-11111",
                "Ana Ruiz",
                "1990-01-01",
            ),
            line(
                "A4",
                "Colt",
                "S4",
                "1-11-111-11-1A-11111",
                "Luis Ortega",
                "",
            ),
        ],
        &[
            // Exact: accents and case aside.
            line(
                "H1",
                "Ruger",
                "T1",
                "2-22-222-22-2B-22222",
                "JOSE MARIA PEREZ",
                "1980-02-03",
            ),
            // Probable: a similar name, the same date of birth.
            line(
                "H2",
                "Ruger",
                "T2",
                "2-22-222-22-2B-22222",
                "Jonathon Smith",
                "1975-05-06",
            ),
            // Same name, another date of birth: not a match.
            line(
                "H3",
                "Ruger",
                "T3",
                "2-22-222-22-2B-22222",
                "Ana Ruiz",
                "1991-01-01",
            ),
            // Same name, one date missing: probable.
            line(
                "H4",
                "Ruger",
                "T4",
                "2-22-222-22-2B-22222",
                "Luis Ortega",
                "1970-07-07",
            ),
        ],
    );
    let overlaps = deconflict(&dataset);
    let people = of_kind(&overlaps, OverlapKind::Purchaser);
    let seen: Vec<(MatchStrength, Vec<&str>)> = people
        .iter()
        .map(|o| {
            (
                o.strength,
                o.records.iter().map(|r| r.id.as_str()).collect(),
            )
        })
        .collect();
    assert_eq!(
        seen,
        [
            (
                MatchStrength::Exact,
                vec!["José María Pérez", "JOSE MARIA PEREZ"]
            ),
            (
                MatchStrength::Probable,
                vec!["Jonathan Smith", "Jonathon Smith"]
            ),
            (MatchStrength::Probable, vec!["Luis Ortega", "Luis Ortega"]),
        ]
    );
    let smith = people[1];
    assert!(smith.score >= 0.9 && smith.score < 1.0, "{}", smith.score);
}

#[test]
fn the_same_store_is_its_ffl_by_letters_and_digits() {
    let dataset = two_agencies(
        &[line("A1", "Colt", "S1", "5-74-123-01-2A-00001", "", "")],
        &[line("H1", "Ruger", "T1", "574123012a00001", "", "")],
    );
    let overlaps = deconflict(&dataset);
    let stores = of_kind(&overlaps, OverlapKind::Store);
    assert_eq!(stores.len(), 1, "{overlaps:#?}");
    assert_eq!(stores[0].strength, MatchStrength::Exact);
    assert_eq!(stores[0].agencies, ["ATF", "HSI"]);
}

#[test]
fn one_agency_alone_has_nothing_to_deconflict() {
    let atf = format!(
        "{HEAD}\n{}\n{}\n",
        line(
            "A1",
            "Colt",
            "S1",
            "1-11-111-11-1A-11111",
            "Ana",
            "1990-01-01"
        ),
        line(
            "A2",
            "Colt",
            "S1",
            "1-11-111-11-1A-11111",
            "Ana",
            "1990-01-01"
        )
    );
    let options = ImportOptions {
        agencies: vec![("atf.csv".to_owned(), "ATF".to_owned())],
        ..ImportOptions::default()
    };
    let outcome = load_with(&[("atf.csv", atf.as_bytes())], &options);
    assert!(deconflict(&outcome.dataset).is_empty());
}
