//! Inputs the fuzz targets (`fuzz/`) found a failure with, kept under
//! `tests/fuzz_regressions/<target>/` and run through the same path and the
//! same checks as the target: each must load without a panic and give the
//! result named here.

use std::path::{Path, PathBuf};

use corridor_core::project::parse_project;

/// The inputs a target found, sorted by name; none when the target has found nothing.
fn found_by(target: &str) -> Vec<(PathBuf, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fuzz_regressions")
        .join(target);
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = entries.map(|e| e.unwrap().path()).collect();
    paths.sort();
    paths
        .into_iter()
        .map(|p| {
            let bytes = std::fs::read(&p).unwrap();
            (p, bytes)
        })
        .collect()
}

/// What the `project` target checks: a project that parses saves to JSON
/// that reads back as the same project, byte for byte when saved again.
#[test]
fn projects_the_fuzzer_found_read_back_as_saved() {
    let found = found_by("project");
    assert!(!found.is_empty(), "the float round trip case is kept");
    for (path, bytes) in found {
        let text = std::str::from_utf8(&bytes).unwrap();
        let place = Path::new("/cases/brief.corridor");
        let project =
            parse_project(text, place).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let saved = project.to_json().unwrap();
        let again = parse_project(&saved, place).unwrap();
        assert_eq!(again.to_json().unwrap(), saved, "{}", path.display());
    }
}

/// `float-not-read-back-exactly.corridor`: an annotation at longitude
/// -1.0000000000002001e24 (the fuzzer's mutation of a real one) was read
/// back one unit in the last place off, so every save and reopen moved it.
/// JSON numbers are now read correctly rounded (serde_json's
/// `float_roundtrip`), which holds for every coordinate a project keeps.
#[test]
fn a_saved_coordinate_reads_back_exactly() {
    for lon in [
        -1.000_000_000_000_200_1e24_f64,
        -106.424_5,
        31.690_4,
        1e-7,
        179.999_999_999_999_97,
    ] {
        let text = format!(
            r#"{{"format": "corridor-project", "schema_version": 1, "annotations": [{{"id": 0, "shape": {{"kind": "note"}}, "lat_deg": 31.33, "lon_deg": {lon:e}, "text": "x", "color": [0, 0, 0, 255]}}]}}"#
        );
        let project = parse_project(&text, Path::new("/cases/brief.corridor")).unwrap();
        assert_eq!(
            project.current.annotations[0].lon_deg.to_bits(),
            lon.to_bits(),
            "{text}"
        );
    }
}

/// What the `workbook` target found: damaged `.xls` files on which
/// calamine's container reader loops until memory runs out
/// (`ole-directory-chain-exhausts-memory.xls`, 2 GB in under a second) or
/// panics (`ole-sector-size-panics-calamine.xls`,
/// `biff-short-record-panics-calamine.xls`), and a 5.6 KB file whose
/// sheets the first estimate put just under its limit but which took
/// 398 MB (`biff-estimate-under-calamines-range-copy.xls`: calamine copies
/// each sheet's range). Each is now one file error naming what is wrong,
/// and nothing loads.
#[test]
fn damaged_workbooks_the_fuzzer_found_are_file_errors() {
    let found = found_by("workbook");
    assert_eq!(found.len(), 4);
    for (path, bytes) in found {
        let (name, reason) = the_one_file_error(&path, &bytes);
        assert!(
            reason.contains("damaged") || reason.contains("save it as .xlsx or CSV"),
            "{name}: {reason}"
        );
    }
}

/// Loads one found input under its own name; it must be one file error
/// and nothing loaded. Returns the name and the error's reason.
fn the_one_file_error(path: &Path, bytes: &[u8]) -> (String, String) {
    let name = path.file_name().unwrap().to_string_lossy().into_owned();
    let out = crate::common::load(&[(&name, bytes)]);
    let errors = crate::common::issues(&out, corridor_core::import::report::Severity::Error);
    assert_eq!(errors.len(), 1, "{name}: {errors:#?}");
    assert!(out.dataset.traces.is_empty());
    let reason = errors[0].reason.clone();
    (name, reason)
}

/// What the `geojson` target found: 64 bytes named `.geojson` that start
/// with Parquet's magic, whose footer declares a list of two billion
/// booleans. parquet 60.1 skipped such a list one element at a time
/// without reading a byte (10 s in a debug build, a timeout under the
/// fuzzer); 60.2 reads its payload and stops at the end of the footer. A
/// file error at once, like the hostile inputs of `tests/app/hostile_inputs.rs`
/// (each answers within 5 s).
#[test]
fn a_parquet_footer_declaring_billions_of_booleans_is_refused_at_once() {
    let found = found_by("geojson");
    assert_eq!(found.len(), 1);
    for (path, bytes) in found {
        let started = std::time::Instant::now();
        let (name, reason) = the_one_file_error(&path, &bytes);
        let took = started.elapsed();
        assert!(reason.contains("Parquet"), "{name}: {reason}");
        assert!(took.as_secs() < 5, "{name}: {took:?}");
    }
}
