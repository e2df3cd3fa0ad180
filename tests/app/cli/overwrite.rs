//! Outputs never overwrite inputs: every export refuses a file it reads as
//! its output (exit 2, both paths named) and leaves it byte for byte as it
//! was.

use std::path::Path;

use super::{Run, project_with_source, run_in};
use crate::common;
use crate::common::export::three_views;

/// Runs `args` in `dir` and checks the refusal: status 2, a usage error
/// naming `input`, the JSON document when `--json` was given, and `input`
/// unchanged.
fn assert_refused(dir: &Path, args: &[&str], input: &str) -> Run {
    let before = std::fs::read(dir.join(input)).unwrap();
    let run = run_in(dir, args);
    if args.contains(&"--json") {
        run.json_error(2, "usage");
    } else {
        assert_eq!(run.code, 2, "{args:?}: {}", run.stderr);
        assert!(run.stdout.is_empty(), "{}", run.stdout_text());
    }
    assert!(
        run.stderr.contains("refusing to write") && run.stderr.contains(input),
        "{args:?}: {}",
        run.stderr
    );
    assert_eq!(
        std::fs::read(dir.join(input)).unwrap(),
        before,
        "{input} changed: {args:?}"
    );
    run
}

fn data_dir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("t.csv"), common::TIME_TRACES).unwrap();
    dir
}

#[test]
fn export_data_refuses_the_file_it_reads_however_it_is_named() {
    let dir = data_dir();
    let path = dir.path();
    let run = assert_refused(
        path,
        &["export-data", "t.csv", "--format", "csv", "--out", "t.csv"],
        "t.csv",
    );
    assert!(
        run.stderr.contains("choose another --out"),
        "{}",
        run.stderr
    );
    // Through `..` (of a folder that does not exist) and as an absolute path.
    let absolute = path.join("t.csv");
    for out in ["nowhere/../t.csv", "./t.csv", absolute.to_str().unwrap()] {
        let run = assert_refused(
            path,
            &[
                "export-data",
                "t.csv",
                "--format",
                "csv",
                "--out",
                out,
                "--json",
            ],
            "t.csv",
        );
        assert_eq!(run.json()["error"]["file"], out);
    }
    // Through a link to it.
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(path.join("t.csv"), path.join("link.csv")).unwrap();
        assert_refused(
            path,
            &[
                "export-data",
                "t.csv",
                "--format",
                "csv",
                "--out",
                "link.csv",
            ],
            "t.csv",
        );
    }
    // A rules file read is an input too.
    std::fs::write(path.join("rules.toml"), "").unwrap();
    assert_refused(
        path,
        &[
            "export-data",
            "t.csv",
            "--rules",
            "rules.toml",
            "--format",
            "csv",
            "--out",
            "rules.toml",
        ],
        "rules.toml",
    );
    // Beside the input, under another name, it writes.
    let run = run_in(path, &["export-data", "t.csv", "--out", "t-export.csv"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
}

#[test]
fn a_file_read_in_an_input_folder_is_never_an_output() {
    let dir = data_dir();
    std::fs::create_dir(dir.path().join("data")).unwrap();
    std::fs::write(dir.path().join("data/t.csv"), common::TIME_TRACES).unwrap();
    assert_refused(
        dir.path(),
        &["export-data", "data", "--out", "data/t.csv", "--json"],
        "data/t.csv",
    );
    assert_refused(
        dir.path(),
        &["export", "data", "--out", "data/t.csv", "--format", "svg"],
        "data/t.csv",
    );
}

#[test]
fn the_project_file_and_its_data_are_never_export_targets() {
    let dir = data_dir();
    let path = dir.path();
    project_with_source(path, "t.csv", three_views());
    // The reproduction from the review, and with a format that would write.
    assert_refused(
        path,
        &["export", "case.corridor", "--out", "case.corridor"],
        "case.corridor",
    );
    assert_refused(
        path,
        &[
            "export",
            "case.corridor",
            "--out",
            "case.corridor",
            "--format",
            "png",
            "--json",
        ],
        "case.corridor",
    );
    let run = assert_refused(
        path,
        &[
            "export",
            "case.corridor",
            "--view",
            "States",
            "--out",
            "t.csv",
            "--format",
            "svg",
        ],
        "t.csv",
    );
    assert!(
        run.stderr.contains("the project's data file"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_folder_output_holding_an_input_is_refused_before_anything_is_written() {
    let dir = data_dir();
    let path = dir.path();
    // flowmap.blue files read back from the folder they would be written to.
    let run = run_in(path, &["export-flowmap", "t.csv", "--out", "fm"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let flows = std::fs::read(path.join("fm/flows.csv")).unwrap();
    assert_refused(
        path,
        &["export-flowmap", "fm", "--out", "fm", "--json"],
        "fm/locations.csv",
    );
    assert_refused(
        path,
        &[
            "export-flowmap",
            "fm/flows.csv",
            "fm/locations.csv",
            "--out",
            "fm/",
        ],
        "fm/locations.csv",
    );
    assert_eq!(std::fs::read(path.join("fm/flows.csv")).unwrap(), flows);
    // A project's data file where `export --all --out DIR` would put a
    // view's image (the view "State to state" becomes "State to state.svg"):
    // found once the titles are known, and no other image written either.
    std::fs::create_dir(path.join("slides")).unwrap();
    std::fs::write(path.join("slides/State to state.svg"), common::TIME_TRACES).unwrap();
    project_with_source(path, "slides/State to state.svg", three_views());
    assert_refused(
        path,
        &[
            "export",
            "case.corridor",
            "--all",
            "--out",
            "slides",
            "--format",
            "svg",
            "--json",
        ],
        "slides/State to state.svg",
    );
    assert_eq!(std::fs::read_dir(path.join("slides")).unwrap().count(), 1);
}
