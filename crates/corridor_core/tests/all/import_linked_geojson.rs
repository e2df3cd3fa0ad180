//! Linked stores/recoveries/traces CSVs (files or a folder) and GeoJSON.

use std::path::PathBuf;

use crate::common::{classifier, issues, load, only_issue};
use corridor_core::import::report::Severity;
use corridor_core::import::{ImportControl, ImportOptions, import_paths};
use corridor_core::model::WeaponClass;

const STORES: &str = "id,name,ffl,city,state,lat,lon\nS1,Fictional Guns,DEMO-1-11-111-11-1A-11111,Phoenix,AZ,33.4484,-112.0740\nS2,Imaginary Arms,,Houston,TX,29.7604,-95.3698\n";
const RECOVERIES: &str = "id,municipality,state,lat,lon,date,description\nR1,Culiacán,Sinaloa,24.8091,-107.3940,2010-05-01,House search\nR2,Reynosa,Tamaulipas,26.0508,-98.2979,,\n";
const TRACES: &str = "trace_id,weapon_type,make,model,caliber,purchase_date,recovery_date,store_id,recovery_id\nT1,rifle,Romarm,WASR-10,7.62x39,2009-01-01,2010-05-01,S1,R1\nT2,,Barrett,M82A1,.50 BMG,2009-02-01,2010-06-01,S2,R2\nT3,pistol,FN,Five-seveN,5.7x28,2009-02-01,2010-06-01,S2,R1\n";

#[test]
fn three_linked_files_in_any_order() {
    let out = load(&[
        ("traces.csv", TRACES.as_bytes()),
        ("recoveries.csv", RECOVERIES.as_bytes()),
        ("stores.csv", STORES.as_bytes()),
    ]);
    assert!(out.report.is_clean(), "{:#?}", out.report.issues);
    let d = &out.dataset;
    assert_eq!((d.traces.len(), d.stores.len(), d.sites.len()), (3, 2, 2));
    assert_eq!(d.str(d.store(d.traces.store[1]).city), "Houston");
    assert_eq!(d.str(d.site(d.traces.site[0]).description), "House search");
    assert_eq!(d.site(d.traces.site[0]).date.iso(), "2010-05-01");
    assert_eq!(d.traces.class[1], WeaponClass::FiftyCal);
    assert_eq!(d.traces.class[2], WeaponClass::Pistol);
    let kinds: Vec<&str> = out.report.files.iter().map(|f| f.kind.as_str()).collect();
    assert_eq!(kinds, ["stores CSV", "recovery sites CSV", "traces CSV"]);
}

#[test]
fn a_folder_of_linked_files_loads_and_sources_are_not_written() {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in [
        ("stores.csv", STORES),
        ("recoveries.csv", RECOVERIES),
        ("traces.csv", TRACES),
    ] {
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    std::fs::write(dir.path().join("notes.md"), "ignored: not a data file").unwrap();
    let before: Vec<(PathBuf, std::time::SystemTime, Vec<u8>)> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| {
            let p = e.unwrap().path();
            (
                p.clone(),
                std::fs::metadata(&p).unwrap().modified().unwrap(),
                std::fs::read(&p).unwrap(),
            )
        })
        .collect();
    let out = import_paths(
        &[dir.path().to_path_buf()],
        classifier(),
        &ImportOptions::default(),
        &ImportControl::default(),
    )
    .unwrap();
    assert_eq!(out.dataset.traces.len(), 3, "{:#?}", out.report.issues);
    assert_eq!(out.dataset.sources.len(), 3);
    let sha = &out
        .dataset
        .sources
        .iter()
        .find(|s| s.name == "traces.csv")
        .unwrap()
        .sha256;
    assert_eq!(sha.len(), 64);
    for (path, modified, bytes) in before {
        assert_eq!(
            std::fs::metadata(&path).unwrap().modified().unwrap(),
            modified,
            "{path:?} touched"
        );
        assert_eq!(std::fs::read(&path).unwrap(), bytes, "{path:?} changed");
    }
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        4,
        "no file was created beside the sources"
    );
}

#[test]
fn missing_path_is_a_file_error() {
    let out = import_paths(
        &[PathBuf::from("/definitely/not/here.csv")],
        classifier(),
        &ImportOptions::default(),
        &ImportControl::default(),
    )
    .unwrap();
    let error = only_issue(&out, Severity::Error);
    assert!(
        error.reason.contains("cannot read file"),
        "{}",
        error.reason
    );
}

#[test]
fn duplicate_store_ids_in_a_stores_file_are_warned() {
    let stores = format!("{STORES}S1,Again,,Tempe,AZ,33.4,-111.9\n");
    let out = load(&[("stores.csv", stores.as_bytes())]);
    assert_eq!(out.dataset.stores.len(), 2);
    let warning = only_issue(&out, Severity::Warning);
    assert_eq!(warning.line, Some(4));
    assert!(
        warning
            .reason
            .contains("already defined at stores.csv line 2"),
        "{}",
        warning.reason
    );
}

const GEOJSON: &str = r#"{
  "type": "FeatureCollection",
  "features": [
    {"type": "Feature", "geometry": {"type": "Point", "coordinates": [-112.074, 33.4484]},
     "properties": {"kind": "store", "id": "S1", "name": "Fictional Guns", "ffl": "DEMO-1"}},
    {"type": "Feature", "geometry": {"type": "Point", "coordinates": [-107.394, 24.8091]},
     "properties": {"kind": "recovery", "id": "R1", "place": "Culiacán", "state": "Sinaloa"}},
    {"type": "Feature", "geometry": {"type": "LineString", "coordinates": [[-112.074, 33.4484], [-107.394, 24.8091]]},
     "properties": {"trace_id": "G1", "weapon_type": "rifle", "model": "AK-47", "store_id": "S1", "recovery_id": "R1", "purchase_date": "2009-01-02"}},
    {"type": "Feature", "geometry": {"type": "LineString", "coordinates": [[-95.37, 29.76], [-98.30, 26.05]]},
     "properties": {"trace_id": "G2", "weapon_type": "pistola", "store_name": "Imaginary Arms", "recovery_place": "Reynosa"}},
    {"type": "Feature", "geometry": {"type": "Point", "coordinates": [-100.0, 25.0]},
     "properties": {"name": "no kind"}},
    {"type": "Feature", "geometry": {"type": "LineString", "coordinates": [[-95.37, 29.76], [-98.30, 126.05]]},
     "properties": {"trace_id": "G3"}},
    {"type": "Feature", "geometry": null, "properties": {"trace_id": "G4"}}
  ]
}"#;

#[test]
fn geojson_points_are_locations_and_linestrings_are_traces() {
    let out = load(&[("evidence.geojson", GEOJSON.as_bytes())]);
    let d = &out.dataset;
    assert_eq!(d.traces.len(), 2, "{:#?}", out.report.issues);
    assert_eq!(d.stores.len(), 2);
    assert_eq!(d.sites.len(), 2);
    assert_eq!(d.traces.class[0], WeaponClass::AkPattern);
    assert_eq!(d.traces.class[1], WeaponClass::Pistol);
    assert_eq!(d.traces.store[0].0, 0, "G1 refers to the store Point by id");
    assert_eq!(d.str(d.stores[1].name), "Imaginary Arms");
    assert!((d.sites[1].lat_deg - 26.05).abs() < 1e-9);
}

#[test]
fn geojson_rejections_name_the_feature_line_and_column() {
    let out = load(&[("evidence.geojson", GEOJSON.as_bytes())]);
    let rejected = issues(&out, Severity::Rejected);
    assert_eq!(rejected.len(), 3, "{rejected:#?}");
    let by_line = |line: u64| {
        rejected
            .iter()
            .find(|i| i.line == Some(line))
            .unwrap_or_else(|| panic!("no issue at line {line}: {rejected:#?}"))
    };
    let no_kind = by_line(12);
    assert_eq!(no_kind.column, Some(5));
    assert!(
        no_kind.reason.contains("feature 5") && no_kind.reason.contains("\"kind\""),
        "{}",
        no_kind.reason
    );
    let far = by_line(14);
    assert!(
        far.reason.contains("latitude 126.05 is out of range"),
        "{}",
        far.reason
    );
    let no_geometry = by_line(16);
    assert!(
        no_geometry.reason.contains("no geometry"),
        "{}",
        no_geometry.reason
    );
}

#[test]
fn geojson_syntax_errors_name_line_and_column() {
    let out = load(&[(
        "broken.geojson",
        b"{\"type\": \"FeatureCollection\",\n \"features\": [ , ]}".as_slice(),
    )]);
    let error = only_issue(&out, Severity::Error);
    assert!(error.reason.contains("line 2"), "{}", error.reason);
}

#[test]
fn cancelled_import_returns_cancelled() {
    let control = ImportControl::default();
    control.cancel();
    let result = import_paths(
        &[PathBuf::from("whatever.csv")],
        classifier(),
        &ImportOptions::default(),
        &control,
    );
    assert!(matches!(
        result,
        Err(corridor_core::import::ImportError::Cancelled)
    ));
}
