//! Offline geocoding: rows that name a town but give no usable coordinates
//! are placed at the town's centre from the embedded gazetteer, marked
//! `city` precision, and never guessed.

use crate::common::{issues, load, only_issue};
use corridor_core::import::report::Severity;
use corridor_core::model::Precision;

const HEADER: &str = "trace_id,weapon_type,store_name,store_city,store_state,store_lat,store_lon,recovery_place,recovery_state,recovery_lat,recovery_lon";

fn one(row: &str) -> corridor_core::import::ImportOutcome {
    load(&[("g.csv", format!("{HEADER}\n{row}\n").as_bytes())])
}

#[test]
fn town_and_state_without_coordinates_are_placed_at_city_precision() {
    let out = one("G1,pistol,Example Guns,Phoenix,AZ,,,CULIACAN,SIN,,");
    assert!(out.report.is_clean(), "{:#?}", out.report.issues);
    let d = &out.dataset;
    assert_eq!(d.traces.len(), 1);
    assert_eq!(d.stores[0].precision, Precision::City);
    assert!(
        (d.stores[0].lat_deg - 33.448).abs() < 0.01 && (d.stores[0].lon_deg + 112.074).abs() < 0.01
    );
    assert_eq!(d.sites[0].precision, Precision::City);
    assert!(
        (d.sites[0].lat_deg - 24.8).abs() < 0.05,
        "Culiacán: {}",
        d.sites[0].lat_deg
    );
}

#[test]
fn exact_coordinates_keep_exact_precision() {
    let out = one("G1,pistol,Example Guns,Phoenix,AZ,33.5,-112.1,Culiacán,Sinaloa,24.8,-107.4");
    assert_eq!(out.dataset.stores[0].precision, Precision::Exact);
    assert_eq!(out.dataset.stores[0].lat_deg, 33.5);
}

#[test]
fn states_are_accepted_as_names_postal_and_iso_codes() {
    for state in ["Sinaloa", "SIN", "MX-SIN", "sinaloa"] {
        let out = one(&format!(
            "G1,pistol,Example Guns,Tucson,US-AZ,,,Culiacán,{state},,"
        ));
        assert!(out.report.is_clean(), "{state}: {:#?}", out.report.issues);
        assert_eq!(out.dataset.sites[0].precision, Precision::City);
    }
}

#[test]
fn invalid_coordinates_fall_back_to_the_town_with_a_warning() {
    let out = one("G1,pistol,Example Guns,Phoenix,AZ,245,-112.07,Culiacán,Sinaloa,24.8,-107.4");
    assert_eq!(out.dataset.traces.len(), 1);
    let warning = only_issue(&out, Severity::Warning);
    assert_eq!(warning.field.as_deref(), Some("store_lat"));
    assert!(
        warning
            .reason
            .contains("245 is out of range; placed at the centre of Phoenix (US-AZ"),
        "{}",
        warning.reason
    );
    assert_eq!(out.dataset.stores[0].precision, Precision::City);
}

#[test]
fn ambiguous_names_are_resolved_by_state_else_population_and_reported() {
    let out = one("G1,pistol,Example Guns,Phoenix,AZ,,,Nogales,,,");
    let warning = only_issue(&out, Severity::Warning);
    assert_eq!(warning.field.as_deref(), Some("recovery_place"));
    assert!(
        warning.reason.contains("'Nogales' matches"),
        "{}",
        warning.reason
    );
    assert!(
        warning.reason.contains("MX-SON"),
        "the most populous Nogales is in Sonora: {}",
        warning.reason
    );
    let out = one("G1,pistol,Example Guns,Phoenix,AZ,,,Nogales,Sonora,,");
    assert!(
        issues(&out, Severity::Warning)
            .iter()
            .all(|w| !w.reason.contains("matches")),
        "{:#?}",
        out.report.issues
    );
}

#[test]
fn unknown_towns_are_rejected_never_guessed() {
    let out = one("G1,pistol,Example Guns,Phoenix,AZ,,,Atlantis,Sinaloa,,");
    let rejected = only_issue(&out, Severity::Rejected);
    assert!(
        rejected
            .reason
            .contains("'Atlantis, Sinaloa' is not in the gazetteer"),
        "{}",
        rejected.reason
    );
    let out = one("G1,pistol,Example Guns,Nogales,TX,,,Culiacán,Sinaloa,,");
    let rejected = only_issue(&out, Severity::Rejected);
    assert!(
        rejected.reason.contains("none in that state"),
        "{}",
        rejected.reason
    );
    assert!(out.dataset.is_empty() || out.dataset.traces.is_empty());
}

#[test]
fn linked_stores_without_coordinates_are_geocoded() {
    let stores = "id,name,city,state\nS1,Example Guns,El Paso,Texas\n";
    let sites = "id,municipality,state,lat,lon\nR1,Juárez,Chihuahua,31.69,-106.42\n";
    let traces = "trace_id,weapon_type,store_id,recovery_id\nT1,rifle,S1,R1\n";
    let out = load(&[
        ("stores.csv", stores.as_bytes()),
        ("recoveries.csv", sites.as_bytes()),
        ("traces.csv", traces.as_bytes()),
    ]);
    assert!(out.report.is_clean(), "{:#?}", out.report.issues);
    assert_eq!(out.dataset.traces.len(), 1);
    assert_eq!(out.dataset.stores[0].precision, Precision::City);
    assert_eq!(out.dataset.sites[0].precision, Precision::Exact);
}

#[test]
fn san_luis_is_resolved_by_its_state() {
    // San Luis, Arizona and two San Luis in Baja California share the name.
    let out = one("G1,pistol,Example Guns,San Luis,AZ,,,San Luis,Baja California,,");
    let d = &out.dataset;
    assert_eq!(d.traces.len(), 1, "{:#?}", out.report.issues);
    assert!(
        (d.stores[0].lon_deg + 114.78).abs() < 0.01,
        "San Luis, AZ: {}",
        d.stores[0].lon_deg
    );
    // Two places of that name in Baja California: the larger, and said so.
    assert!(
        (d.sites[0].lat_deg - 32.43).abs() < 0.01,
        "{}",
        d.sites[0].lat_deg
    );
    let warning = only_issue(&out, Severity::Warning);
    assert!(
        warning
            .reason
            .contains("'San Luis, Baja California' matches 2 places"),
        "{}",
        warning.reason
    );
}
