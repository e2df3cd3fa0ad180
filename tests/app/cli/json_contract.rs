//! The contract every subcommand keeps, run on the binary: with `--json`
//! stdout is exactly one JSON document, the result or `{"error": {...}}`,
//! and the exit status is 0 (done), 1 (data or I/O) or 2 (usage); text for
//! people goes to stderr.

use std::path::Path;

use super::{project_with_source, run_in};
use crate::common;
use crate::common::export::three_views;

/// A folder of good and bad inputs: `t.csv` (five traces), `bad.csv` (no trace
/// table), `bad_rules.toml` (broken on line 2), `blocker` (a file, so
/// nothing can be written under it), `case.corridor` (a project of
/// `t.csv`) and `broken.corridor` (cut short).
fn fixture() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path();
    std::fs::write(path.join("t.csv"), common::TIME_TRACES).unwrap();
    std::fs::write(path.join("bad.csv"), "this is not,a trace table\n1,2\n").unwrap();
    std::fs::write(
        path.join("bad_rules.toml"),
        "# my rules\nthis is = not [ toml\n",
    )
    .unwrap();
    std::fs::write(path.join("blocker"), "a file, not a folder").unwrap();
    project_with_source(path, "t.csv", three_views());
    std::fs::write(path.join("broken.corridor"), "{\n  \"format\": \n").unwrap();
    dir
}

/// The failures every data-loading command shares: a file with no traces
/// (1), a bad `--map` (2), a rules file that does not parse (1, at its line).
fn assert_shared_failures(dir: &Path, command: &[&str]) {
    let with = |extra: &[&str]| {
        let mut args = command.to_vec();
        args.extend_from_slice(extra);
        run_in(dir, &args)
    };
    let error = with(&["bad.csv"]).json_error(1, "data");
    assert_eq!(error["file"], "bad.csv", "{command:?}");
    with(&["--map", "no equals sign", "t.csv"]).json_error(2, "usage");
    let error = with(&["--rules", "bad_rules.toml", "t.csv"]).json_error(1, "data");
    assert_eq!(error["file"], "bad_rules.toml", "{command:?}");
    assert_eq!(error["line"], 2, "{command:?}");
}

#[test]
fn check_prints_one_document_and_its_report_beside_an_error() {
    let dir = fixture();
    let run = run_in(dir.path(), &["check", "--json", "t.csv"]);
    let json = run.json_ok();
    assert_eq!(json["traces"], 5, "{json}");
    assert_shared_failures(dir.path(), &["check", "--json"]);
    // Nothing loaded: the report is still there, beside the error.
    let json = run_in(dir.path(), &["check", "--json", "bad.csv"]).json();
    assert_eq!(json["traces"], 0);
    assert_eq!(json["files"][0]["file"], "bad.csv");
    // Without --json the report is text on stdout and the error on stderr.
    let run = run_in(dir.path(), &["check", "bad.csv"]);
    assert_eq!(run.code, 1);
    assert!(run.stdout_text().contains("Nothing could be loaded."));
    assert!(
        run.stderr.starts_with("error: nothing could be loaded"),
        "{}",
        run.stderr
    );
}

#[test]
fn corridors_and_stores_print_their_rows_or_one_error() {
    let dir = fixture();
    for command in ["corridors", "stores"] {
        let json = run_in(dir.path(), &[command, "--json", "t.csv"]).json_ok();
        assert!(!json.as_array().unwrap().is_empty(), "{command}: {json}");
        assert_shared_failures(dir.path(), &[command, "--json"]);
        run_in(
            dir.path(),
            &[command, "--json", "--class", "bazooka", "t.csv"],
        )
        .json_error(2, "usage");
    }
    run_in(
        dir.path(),
        &["stores", "--json", "--to", "Atlantis", "t.csv"],
    )
    .json_error(2, "usage");
}

#[test]
fn export_data_says_what_it_wrote_on_stderr_and_the_result_on_stdout() {
    let dir = fixture();
    let run = run_in(
        dir.path(),
        &["export-data", "t.csv", "--out", "out.csv", "--json"],
    );
    let json = run.json_ok();
    assert_eq!(json["written"], serde_json::json!(["out.csv"]));
    assert_eq!(json["traces"], 5);
    assert_eq!(json["format"], "csv");
    assert!(
        run.stderr.contains("Wrote 5 traces as csv to out.csv"),
        "{}",
        run.stderr
    );
    let rows =
        crate::common::export::csv_records(&std::fs::read(dir.path().join("out.csv")).unwrap());
    assert_eq!(rows.len() - 1, 5);

    assert_shared_failures(dir.path(), &["export-data", "--out", "x.csv", "--json"]);
    let error = run_in(
        dir.path(),
        &["export-data", "t.csv", "--out", "blocker/x.csv", "--json"],
    )
    .json_error(1, "io");
    assert_eq!(error["file"], "blocker/x.csv");
    run_in(
        dir.path(),
        &["export-data", "t.csv", "--out", "x.txt", "--json"],
    )
    .json_error(2, "usage");
    // Without --json: the sentence on stdout, errors on stderr only.
    let run = run_in(dir.path(), &["export-data", "bad.csv", "--out", "x.csv"]);
    assert_eq!(run.code, 1);
    assert!(run.stdout.is_empty(), "{}", run.stdout_text());
    assert!(
        run.stderr.starts_with("error: no traces could be loaded"),
        "{}",
        run.stderr
    );
}

#[test]
fn export_flowmap_prints_the_two_files_or_one_error() {
    let dir = fixture();
    let run = run_in(
        dir.path(),
        &["export-flowmap", "t.csv", "--out", "fm", "--json"],
    );
    let json = run.json_ok();
    let written: Vec<&str> = json["written"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_str().unwrap())
        .collect();
    assert_eq!(written, ["fm/locations.csv", "fm/flows.csv"]);
    assert!(written.iter().all(|p| dir.path().join(p).is_file()));
    assert_eq!(json["traces"], 5);
    assert!(run.stderr.contains("Wrote "), "{}", run.stderr);

    assert_shared_failures(dir.path(), &["export-flowmap", "--out", "fm2", "--json"]);
    let error = run_in(
        dir.path(),
        &["export-flowmap", "t.csv", "--out", "blocker/fm", "--json"],
    )
    .json_error(1, "io");
    assert!(
        error["file"].as_str().unwrap().starts_with("blocker"),
        "{error}"
    );
}

#[test]
fn export_prints_the_images_written_or_one_error() {
    let dir = fixture();
    let run = run_in(
        dir.path(),
        &[
            "export",
            "case.corridor",
            "--view",
            "States",
            "--out",
            "s.svg",
            "--json",
        ],
    );
    let json = run.json_ok();
    assert_eq!(json["written"], serde_json::json!(["s.svg"]));
    assert_eq!(json["views"], 1);
    assert!(dir.path().join("s.svg").is_file());
    assert!(run.stderr.contains("Wrote s.svg"), "{}", run.stderr);
    let json = run_in(dir.path(), &["export", "t.csv", "--out", "m.png", "--json"]).json_ok();
    assert_eq!(json["written"], serde_json::json!(["m.png"]));

    // Data files: the shared failures.
    assert_shared_failures(dir.path(), &["export", "--out", "x.svg", "--json"]);
    // A project cut short: a data error at its line.
    let error = run_in(
        dir.path(),
        &["export", "broken.corridor", "--out", "x.svg", "--json"],
    )
    .json_error(1, "data");
    assert_eq!(error["file"], "broken.corridor");
    assert!(error["line"].as_u64().is_some(), "{error}");
    // A rules file that does not parse, with a project.
    run_in(
        dir.path(),
        &[
            "export",
            "case.corridor",
            "--rules",
            "bad_rules.toml",
            "--out",
            "x.svg",
            "--json",
        ],
    )
    .json_error(1, "data");
    // A view the project lacks; a folder that cannot be made.
    run_in(
        dir.path(),
        &[
            "export",
            "case.corridor",
            "--view",
            "Nope",
            "--out",
            "x.svg",
            "--json",
        ],
    )
    .json_error(2, "usage");
    let error = run_in(
        dir.path(),
        &[
            "export",
            "case.corridor",
            "--view",
            "States",
            "--out",
            "blocker/x.svg",
            "--json",
        ],
    )
    .json_error(1, "io");
    assert_eq!(error["file"], "blocker/x.svg");
}

#[test]
fn a_projects_changed_data_is_a_warning_on_stderr_beside_the_document() {
    let dir = fixture();
    let mut data = common::TIME_TRACES.to_owned();
    data.push('\n');
    std::fs::write(dir.path().join("t.csv"), data).unwrap();
    let export = |extra: &[&str]| {
        let mut args = vec![
            "export",
            "case.corridor",
            "--view",
            "States",
            "--out",
            "s.svg",
            "--json",
        ];
        args.extend_from_slice(extra);
        run_in(dir.path(), &args)
    };
    // Changed since saved: a data error unless accepted.
    let error = export(&[]).json_error(1, "data");
    assert!(
        error["message"]
            .as_str()
            .unwrap()
            .contains("--accept-changed"),
        "{error}"
    );
    let run = export(&["--accept-changed"]);
    run.json_ok();
    assert!(
        run.stderr
            .contains("warning: t.csv changed since the project was saved"),
        "{}",
        run.stderr
    );
    // Its data file gone: a data error naming it.
    std::fs::remove_file(dir.path().join("t.csv")).unwrap();
    let error = run_in(
        dir.path(),
        &["export", "case.corridor", "--out", "s.svg", "--json"],
    )
    .json_error(1, "data");
    assert!(
        error["file"].as_str().unwrap().ends_with("t.csv"),
        "{error}"
    );
}

#[test]
fn generate_prints_the_files_written_or_one_error() {
    let dir = fixture();
    let run = run_in(
        dir.path(),
        &[
            "generate", "--traces", "50", "--seed", "3", "--out", "gen", "--json",
        ],
    );
    let json = run.json_ok();
    assert_eq!(json["traces"], 50);
    assert_eq!(
        json["written"],
        serde_json::json!(["gen/corridor-demo-traces.csv"])
    );
    assert!(dir.path().join("gen/corridor-demo-traces.csv").is_file());
    assert!(
        run.stderr.contains("Wrote 50 synthetic traces"),
        "{}",
        run.stderr
    );
    let error = run_in(
        dir.path(),
        &[
            "generate",
            "--traces",
            "50",
            "--out",
            "blocker/gen",
            "--json",
        ],
    )
    .json_error(1, "io");
    assert_eq!(error["file"], "blocker/gen");
}

#[test]
fn arguments_that_do_not_parse_are_a_usage_error_document_under_json() {
    let dir = fixture();
    for args in [
        &["corridors", "--json", "--bogus", "t.csv"][..],
        &["export-data", "t.csv", "--json"],
        &["generate", "--traces", "many", "--out", "gen", "--json"],
        &["check", "--json"],
    ] {
        let error = run_in(dir.path(), args).json_error(2, "usage");
        assert_eq!(error["file"], serde_json::Value::Null, "{args:?}");
    }
    // Without --json clap's own text, on stderr only.
    let run = run_in(dir.path(), &["corridors", "--bogus", "t.csv"]);
    assert_eq!(run.code, 2);
    assert!(run.stdout.is_empty());
    assert!(run.stderr.contains("--bogus"), "{}", run.stderr);
}

#[test]
fn networks_prints_the_networks_or_one_error() {
    let dir = fixture();
    let json = run_in(
        dir.path(),
        &["networks", "--json", "--as-of", "2011-01-01", "t.csv"],
    )
    .json_ok();
    // The five traces name no purchaser: no network, and it says so.
    assert_eq!(json["network_count"], 0, "{json}");
    assert_eq!(json["as_of"], "2011-01-01");
    assert_shared_failures(dir.path(), &["networks", "--json"]);
    // A chart written over the data it was read from is refused.
    run_in(
        dir.path(),
        &["networks", "--json", "--graphml", "t.csv", "t.csv"],
    )
    .json_error(2, "usage");
    for bad in [
        ["--links", "case,gossip"],
        ["--as-of", "the day after tomorrow"],
        ["--network", "3"],
    ] {
        let mut args = vec!["networks", "--json"];
        args.extend(bad);
        args.push("t.csv");
        run_in(dir.path(), &args).json_error(2, "usage");
    }
}

#[test]
fn deconflict_prints_the_overlaps_or_one_error() {
    let dir = fixture();
    let json = run_in(
        dir.path(),
        &["deconflict", "--json", "--agency", "t.csv=ATF", "t.csv"],
    )
    .json_ok();
    // One agency: nothing to deconflict, and the summary says so.
    assert_eq!(json["overlaps"], serde_json::json!([]), "{json}");
    assert_eq!(json["summary"]["firearm"]["exact"], 0);
    assert_shared_failures(dir.path(), &["deconflict", "--json"]);
    run_in(
        dir.path(),
        &["deconflict", "--json", "--agency", "no label", "t.csv"],
    )
    .json_error(2, "usage");
}

#[test]
fn handover_and_verify_print_one_document_or_one_error() {
    let dir = fixture();
    // The package's case.corridor would overwrite the project itself.
    run_in(
        dir.path(),
        &["handover", "case.corridor", "--out", ".", "--json"],
    )
    .json_error(2, "usage");
    run_in(
        dir.path(),
        &["handover", "broken.corridor", "--out", "pkg", "--json"],
    )
    .json_error(1, "data");
    let json = run_in(
        dir.path(),
        &["handover", "case.corridor", "--out", "pkg", "--json"],
    )
    .json_ok();
    assert_eq!(json["written"].as_array().unwrap().len(), 3);
    assert_eq!(
        run_in(dir.path(), &["verify", "pkg", "--json"]).json_ok()["verified"],
        true
    );
    // Not a package.
    run_in(dir.path(), &["verify", ".", "--json"]).json_error(1, "data");
}
