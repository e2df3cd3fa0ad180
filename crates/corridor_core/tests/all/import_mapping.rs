//! Column mappings for headers Corridor does not know, and date choices
//! remembered with them.

use crate::common::{load_with, only_issue};
use corridor_core::import::ImportOptions;
use corridor_core::import::fields::{Field, TableKind};
use corridor_core::import::mapping::ColumnMapping;
use corridor_core::import::report::Severity;
use corridor_core::import::values::DateOrder;
use corridor_core::model::Day;

const ODD: &str = "Folio interno,Arma,Comprado en,Lat compra,Lon compra,Encontrado en,Lat B,Lon B,Fecha A\n\
                   X-1,pistol,Fictional Guns,33.45,-112.07,Culiacán,24.81,-107.39,01/02/2010\n";

fn mapping() -> ColumnMapping {
    let headers: Vec<&str> = ODD.lines().next().unwrap().split(',').collect();
    let mut mapping = ColumnMapping::suggest(&headers, TableKind::Traces);
    mapping.fields = vec![
        Some(Field::TraceId),
        Some(Field::WeaponType),
        Some(Field::StoreName),
        Some(Field::StoreLat),
        Some(Field::StoreLon),
        Some(Field::RecoveryPlace),
        Some(Field::RecoveryLat),
        Some(Field::RecoveryLon),
        Some(Field::RecoveryDate),
    ];
    mapping
}

#[test]
fn unknown_headers_ask_for_a_mapping() {
    let out = load_with(
        &[("alpha.csv", b"alpha,beta\n1,2\n".as_slice())],
        &ImportOptions::default(),
    );
    assert!(out.dataset.is_empty());
    let error = only_issue(&out, Severity::Error);
    assert!(
        error.reason.contains("could not tell what this file holds"),
        "{}",
        error.reason
    );
    assert!(out.report.files[0].needs_mapping);
}

#[test]
fn half_recognised_headers_that_lose_every_row_ask_for_a_mapping() {
    // "Lat compra" reads as the store's latitude, but nothing names the
    // recovery site's columns: every row is left out.
    let out = load_with(&[("odd.csv", ODD.as_bytes())], &ImportOptions::default());
    assert_eq!(out.dataset.traces.len(), 0);
    let rejected = only_issue(&out, Severity::Rejected);
    assert!(
        rejected
            .reason
            .contains("no recovery_lat / recovery_lon columns"),
        "{}",
        rejected.reason
    );
    assert!(out.report.files[0].needs_mapping);
}

#[test]
fn a_saved_mapping_loads_files_with_the_same_headers() {
    let mut options = ImportOptions::default();
    options.hints.mappings.push(mapping());
    // Same headers in other case and spacing: the same layout.
    let other = ODD.replacen("Folio interno", "FOLIO  INTERNO", 1);
    let out = load_with(&[("odd.csv", other.as_bytes())], &options);
    let d = &out.dataset;
    assert_eq!(d.traces.len(), 1, "{:#?}", out.report.issues);
    assert_eq!(d.traces.trace_id.get(0), "X-1");
    assert_eq!(d.str(d.sites[0].place), "Culiacán");
    assert!(!out.report.files[0].needs_mapping);
}

#[test]
fn the_date_order_is_remembered_with_the_mapping() {
    let mut options = ImportOptions::default();
    let mut chosen = mapping();
    chosen.date_order = Some(DateOrder::DayFirst);
    options.hints.mappings.push(chosen);
    let out = load_with(&[("odd.csv", ODD.as_bytes())], &options);
    assert!(out.report.is_clean(), "{:#?}", out.report.issues);
    assert_eq!(
        out.dataset.traces.recovery_date[0],
        Day::from_ymd(2010, 2, 1).unwrap()
    );
}

#[test]
fn command_line_overrides_map_single_headers() {
    let text = "trace_id,weapon_type,store_lat,store_lon,Municipio del hallazgo,recovery_lat,recovery_lon,Notas\n\
                T1,pistol,33.45,-112.07,Culiacán,24.81,-107.39,whatever\n";
    let mut options = ImportOptions::default();
    options
        .hints
        .overrides
        .add("Municipio del hallazgo=recovery_place")
        .unwrap();
    options.hints.overrides.add("Notas=ignore").unwrap();
    let out = load_with(&[("o.csv", text.as_bytes())], &options);
    assert!(out.report.is_clean(), "{:#?}", out.report.issues);
    assert_eq!(out.dataset.str(out.dataset.sites[0].place), "Culiacán");
}

#[test]
fn mappings_round_trip_through_json() {
    let mut m = mapping();
    m.date_order = Some(DateOrder::DayFirst);
    let json = serde_json::to_string(&m).unwrap();
    assert!(
        json.contains("\"trace_id\"") && json.contains("\"traces\""),
        "{json}"
    );
    let back: ColumnMapping = serde_json::from_str(&json).unwrap();
    assert_eq!(back, m);
}
