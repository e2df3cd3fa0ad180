//! The command line as a user runs it: the `corridor` binary's `corridors`,
//! `export-data` and `export` commands, checked against the core; the
//! contract every subcommand keeps (`json_contract`) and outputs that would
//! overwrite inputs (`overwrite`).

mod json_contract;
mod overwrite;

use std::path::Path;

use corridor_core::aggregate::{FlowIndex, TraceFilter};
use corridor_core::briefing::{Redaction, SavedView};
use corridor_core::model::{Day, WeaponClass};
use corridor_core::scene::Theme;

use crate::common;
use crate::common::export::{csv_records, decode, demo, group, page_count, saved_project, texts};

fn corridor(dir: &Path, args: &[&str]) -> (bool, String) {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_corridor"))
        .env("CORRIDOR_CONFIG_DIR", dir.join("config"))
        .current_dir(dir)
        .arg("export")
        .args(args)
        .output()
        .unwrap();
    (
        output.status.success(),
        format!(
            "{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        ),
    )
}

/// What one run of the binary printed, and its exit status.
struct Run {
    code: i32,
    stdout: Vec<u8>,
    stderr: String,
}

/// Runs `corridor ARGS...` in `dir`, with its config folder there.
fn run_in(dir: &Path, args: &[&str]) -> Run {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_corridor"))
        .env("CORRIDOR_CONFIG_DIR", dir.join("config"))
        .current_dir(dir)
        .args(args)
        .output()
        .unwrap();
    Run {
        code: output.status.code().expect("an exit status, not a signal"),
        stdout: output.stdout,
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

impl Run {
    fn stdout_text(&self) -> String {
        String::from_utf8_lossy(&self.stdout).into_owned()
    }

    /// stdout as exactly one JSON document (whitespace around it aside).
    fn json(&self) -> serde_json::Value {
        let mut documents =
            serde_json::Deserializer::from_slice(&self.stdout).into_iter::<serde_json::Value>();
        let first = match documents.next() {
            Some(Ok(value)) => value,
            other => panic!(
                "no JSON document on stdout ({other:?}): {}\nstderr: {}",
                self.stdout_text(),
                self.stderr
            ),
        };
        assert!(
            documents.next().is_none(),
            "more than one JSON document, or text after it, on stdout: {}",
            self.stdout_text()
        );
        first
    }

    /// A success: status 0, one JSON document without `error`.
    fn json_ok(&self) -> serde_json::Value {
        assert_eq!(
            self.code,
            0,
            "{}\nstderr: {}",
            self.stdout_text(),
            self.stderr
        );
        let json = self.json();
        assert!(json.get("error").is_none(), "{json}");
        json
    }

    /// A failure with `code`: one JSON document whose `error` has `kind`,
    /// a message (also on stderr), and `file` and `line` (null or not).
    fn json_error(&self, code: i32, kind: &str) -> serde_json::Value {
        assert_eq!(
            self.code,
            code,
            "{}\nstderr: {}",
            self.stdout_text(),
            self.stderr
        );
        let json = self.json();
        let error = &json["error"];
        assert_eq!(error["kind"], kind, "{json}");
        let message = error["message"].as_str().unwrap();
        assert!(!message.is_empty());
        assert!(
            self.stderr.contains(&format!("error: {message}")),
            "{}",
            self.stderr
        );
        for key in ["file", "line"] {
            assert!(error.get(key).is_some(), "{key} in {json}");
        }
        error.clone()
    }
}

/// A project in `dir` made from the data file `dir/NAME` (a real file, not
/// the built-in demo), with the three shared views; returns its path.
fn project_with_source(dir: &Path, name: &str, views: Vec<SavedView>) -> std::path::PathBuf {
    let path = dir.join(name);
    let bytes = std::fs::read(&path).unwrap();
    let file = corridor_core::model::SourceFile {
        path: path.clone(),
        name: name.into(),
        sha256: corridor_core::project::source::sha256_hex(&bytes),
        size_bytes: bytes.len() as u64,
        synthetic: false,
        sheet: None,
        numbering: Default::default(),
    };
    let sources =
        corridor_core::project::source::sources_for(&[file], &[], Some(dir), false).unwrap();
    let project = corridor_core::project::Project {
        sources,
        views,
        ..Default::default()
    };
    let project_path = dir.join("case.corridor");
    project.save(&project_path).unwrap();
    project_path
}

#[test]
fn export_command_writes_a_projects_views_and_filtered_data() {
    let dir = tempfile::tempdir().unwrap();
    let project = saved_project(dir.path(), Redaction::NONE);
    let project = project.to_str().unwrap();

    let (ok, out) = corridor(dir.path(), &[project, "--all", "--out", "deck.pdf"]);
    assert!(ok, "{out}");
    assert!(out.contains("3 views"), "{out}");
    assert_eq!(
        page_count(&std::fs::read(dir.path().join("deck.pdf")).unwrap()),
        3
    );

    let (ok, out) = corridor(
        dir.path(),
        &[
            project,
            "--view",
            "States",
            "--out",
            "states.png",
            "--scale",
            "2",
        ],
    );
    assert!(ok, "{out}");
    let png = decode(&std::fs::read(dir.path().join("states.png")).unwrap());
    assert_eq!((png.width(), png.height()), (3200, 1800));

    let (ok, out) = corridor(dir.path(), &[project, "--view", "Nope", "--out", "x.svg"]);
    assert!(!ok);
    assert!(
        out.contains("no view named \"Nope\"") && out.contains("AK border"),
        "{out}"
    );

    // Data files with the filter flags.
    let data = dir.path().join("demo.csv");
    std::fs::write(&data, corridor_core::demo::DEMO_TRACES_CSV).unwrap();
    let (ok, out) = corridor(
        dir.path(),
        &[
            data.to_str().unwrap(),
            "--class",
            "fifty_cal",
            "--title",
            ".50 calibre rifles",
            "--out",
            "fifty.svg",
        ],
    );
    assert!(ok, "{out}");
    let svg = std::fs::read_to_string(dir.path().join("fifty.svg")).unwrap();
    let doc = roxmltree::Document::parse(&svg).unwrap();
    assert!(texts(&doc).contains(&".50 calibre rifles".to_owned()));
    let fifty = corridor_core::scene::style::class_color(WeaponClass::FiftyCal, Theme::Light).hex();
    let flows = group(&doc, "flows");
    assert!(flows.children().any(|n| n.is_element()));
    assert!(
        flows
            .children()
            .filter(|n| n.has_tag_name("path"))
            .all(|n| n.attribute("stroke") == Some(fifty.as_str()))
    );
    // --view belongs to projects.
    let (ok, out) = corridor(
        dir.path(),
        &[data.to_str().unwrap(), "--view", "x", "--out", "y.svg"],
    );
    assert!(!ok && out.contains("--view"), "{out}");
}

#[test]
fn export_all_into_a_folder_names_the_files_after_the_views_titles() {
    let dir = tempfile::tempdir().unwrap();
    let path = saved_project(dir.path(), Redaction::NONE);
    // Two more views as older Corridors named them, untitled: both are
    // titled by what they show, and the second file gets " (2)".
    let mut project = corridor_core::project::load::read_project(&path).unwrap();
    for name in ["View 4", "View 5"] {
        project.views.push(corridor_core::briefing::SavedView {
            name: name.into(),
            ..Default::default()
        });
    }
    project.save(&path).unwrap();

    let (ok, out) = corridor(
        dir.path(),
        &[
            path.to_str().unwrap(),
            "--all",
            "--out",
            "slides",
            "--format",
            "svg",
        ],
    );
    assert!(ok, "{out}");
    let mut names: Vec<String> = std::fs::read_dir(dir.path().join("slides"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    let all = "US → Mexico, all weapon classes, 2006–2014";
    let mut expected = vec![
        "AK-pattern rifles across the border.svg".to_owned(),
        "Sonora close-up.svg".to_owned(),
        "State to state.svg".to_owned(),
        format!("{all}.svg"),
        format!("{all} (2).svg"),
    ];
    expected.sort();
    assert_eq!(names, expected);
    // Each file carries the title it is named after.
    let svg =
        std::fs::read_to_string(dir.path().join("slides").join(format!("{all} (2).svg"))).unwrap();
    let doc = roxmltree::Document::parse(&svg).unwrap();
    assert!(texts(&doc).contains(&all.to_owned()));
    assert!(out.contains(&format!("Wrote slides/{all}.svg\n")), "{out}");
}

#[test]
fn a_redacted_project_exports_with_the_badge() {
    let dir = tempfile::tempdir().unwrap();
    let project = saved_project(
        dir.path(),
        Redaction {
            identifiers: true,
            dealer_names: true,
        },
    );
    let (ok, out) = corridor(
        dir.path(),
        &[
            project.to_str().unwrap(),
            "--view",
            "AK border",
            "--out",
            "ak.svg",
        ],
    );
    assert!(ok && out.contains("(redacted)"), "{out}");
    let svg = std::fs::read_to_string(dir.path().join("ak.svg")).unwrap();
    let doc = roxmltree::Document::parse(&svg).unwrap();
    assert!(texts(&doc).contains(&"REDACTED".to_owned()));
}

#[test]
fn export_data_command_writes_the_filtered_file() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("demo.csv");
    std::fs::write(&data, corridor_core::demo::DEMO_TRACES_CSV).unwrap();
    let out_path = dir.path().join("ak.geojson");
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_corridor"))
        .env("CORRIDOR_CONFIG_DIR", dir.path().join("config"))
        .args(["export-data"])
        .arg(&data)
        .args([
            "--class",
            "ak_pattern",
            "--from",
            "2012-01-01",
            "--redact-dealers",
            "--out",
        ])
        .arg(&out_path)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(stdout.contains("as geojson"), "{stdout}");
    assert!(stdout.contains("(redacted)"), "{stdout}");

    let loaded = demo();
    let mut filter = TraceFilter {
        classes: [false; WeaponClass::COUNT],
        ..Default::default()
    };
    filter.set_class(WeaponClass::AkPattern, true);
    filter.dates.from = Day::from_ymd(2012, 1, 1);
    let index = FlowIndex::build(&loaded.dataset);
    let expected = corridor_core::aggregate::aggregate(&loaded.dataset, &index, &filter).traces;
    assert!(
        stdout.contains(&corridor_core::format::thousands(expected as u64)),
        "{stdout}"
    );
    let text = std::fs::read_to_string(&out_path).unwrap();
    let total = common::geojson_flow_total(&text);
    assert_eq!(total, expected as u64);
    assert!(text.contains("[redacted]"));

    // CSV by flag, and a clear refusal when neither flag nor extension says.
    let csv_path = dir.path().join("all.txt");
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_corridor"))
        .env("CORRIDOR_CONFIG_DIR", dir.path().join("config"))
        .arg("export-data")
        .arg(&data)
        .args(["--format", "csv", "--redact", "--out"])
        .arg(&csv_path)
        .output()
        .unwrap();
    assert!(status.status.success());
    let rows = csv_records(&std::fs::read(&csv_path).unwrap());
    assert_eq!(rows.len() - 1, loaded.dataset.traces.len());
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_corridor"))
        .env("CORRIDOR_CONFIG_DIR", dir.path().join("config"))
        .arg("export-data")
        .arg(&data)
        .arg("--out")
        .arg(dir.path().join("x.txt"))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    // Errors go to stderr; stdout stays for results.
    assert!(String::from_utf8_lossy(&output.stderr).contains("--format"));
    assert!(output.stdout.is_empty());
}

#[test]
fn the_corridors_command_prints_json_that_agrees_with_the_core() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.csv");
    std::fs::write(&path, common::TIME_TRACES).unwrap();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_corridor"))
        .args([
            "corridors",
            "--json",
            "--class",
            "ak_pattern",
            "--class",
            "pistol",
            "--from",
            "2010-01-01",
            "--to",
            "2010-01-31",
        ])
        .arg(&path)
        .env("CORRIDOR_CONFIG_DIR", dir.path())
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stdout)
    );
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let rows = json.as_array().unwrap();
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0]["origin"], "US-AZ");
    assert_eq!(rows[0]["destination"], "MX-SIN");
    assert_eq!(rows[0]["traces"], 2);
    assert_eq!(rows[0]["by_class"]["ak_pattern"], 2);
    assert_eq!(rows[0]["median_ttc_days"], 137.5);
    assert_eq!(rows[1]["destination"], "MX-CMX");
    assert_eq!(rows[1]["median_ttc_days"], serde_json::Value::Null);
    let bad = std::process::Command::new(env!("CARGO_BIN_EXE_corridor"))
        .args(["corridors", "--class", "bazooka"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn the_stores_command_names_the_dealers_feeding_a_state_as_the_core_counts_them() {
    use corridor_core::aggregate::areas::{AreaIndex, AreaLevel};
    use corridor_core::aggregate::stores::store_rows;
    use corridor_core::briefing::labels::store_name;

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("demo.csv");
    std::fs::write(&path, corridor_core::demo::DEMO_TRACES_CSV).unwrap();
    let run = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_corridor"))
            .arg("stores")
            .args(args)
            .arg(&path)
            .env("CORRIDOR_CONFIG_DIR", dir.path())
            .output()
            .unwrap()
    };
    let output = run(&["--to", "MX-TAM", "--json"]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stdout)
    );
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let rows = json.as_array().unwrap();

    let dataset = common::load(&[("demo.csv", corridor_core::demo::DEMO_TRACES_CSV)]).dataset;
    let areas = AreaIndex::build(&dataset, corridor_core::basemap::shared(), AreaLevel::State);
    let expected = store_rows(&dataset, &TraceFilter::default(), |_, site| {
        areas.names[areas.site_area[site.0 as usize] as usize] == "MX-TAM"
    });
    assert!(!expected.is_empty());
    assert_eq!(rows.len(), expected.len());
    for (row, want) in rows.iter().zip(&expected) {
        assert_eq!(
            row["store"],
            store_name(&dataset, want.store, Redaction::NONE)
        );
        assert_eq!(row["traces"], want.traces);
        assert!((row["share"].as_f64().unwrap() - want.share).abs() < 1e-12);
        assert_eq!(row["median_ttc_days"].as_f64(), want.median_ttc_days);
        for key in [
            "ffl",
            "city",
            "state",
            "classes",
            "first_purchase",
            "last_purchase",
        ] {
            assert!(row.get(key).is_some(), "{key} in {row}");
        }
        let classes: u64 = row["classes"]
            .as_object()
            .unwrap()
            .values()
            .map(|n| n.as_u64().unwrap())
            .sum();
        assert_eq!(classes, u64::from(want.traces));
    }

    // A state's name is the same destination; the JSON is identical.
    let by_name = run(&["--to", "Tamaulipas", "--json"]);
    assert_eq!(by_name.stdout, output.stdout);
    // Only Texas dealers, a subset.
    let texas = run(&["--to", "MX-TAM", "--from-state", "TX", "--json"]);
    let texas: serde_json::Value = serde_json::from_slice(&texas.stdout).unwrap();
    let texas = texas.as_array().unwrap();
    assert!(!texas.is_empty() && texas.len() <= rows.len());
    assert!(texas.iter().all(|r| r["state"] == "TX"), "{texas:?}");
    // An unknown state is a usage error naming the flag.
    let bad = run(&["--to", "Atlantis"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("--to Atlantis"));
    assert!(bad.stdout.is_empty());
    // Dealers redacted: a stable alias for the name, no licence number.
    let hidden = run(&["--to", "MX-TAM", "--json", "--redact-dealers"]);
    let hidden: serde_json::Value = serde_json::from_slice(&hidden.stdout).unwrap();
    let hidden = hidden.as_array().unwrap();
    assert_eq!(hidden.len(), rows.len());
    assert!(
        hidden.iter().all(|r| r["store"]
            .as_str()
            .is_some_and(|s| s.starts_with("Dealer "))
            && matches!(r["ffl"].as_str(), Some("" | "[redacted]"))),
        "{:?}",
        hidden.first()
    );
}

#[test]
fn export_all_refuses_more_views_than_the_cap_before_drawing_any() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("t.csv"), common::TIME_TRACES).unwrap();
    let views = |n: usize| -> Vec<SavedView> {
        (0..n)
            .map(|i| SavedView {
                name: format!("View {i}"),
                ..Default::default()
            })
            .collect()
    };
    let max = corridor::cli::export_image::MAX_VIEWS;
    assert_eq!(max, 500, "the README's command-line section states the cap");
    project_with_source(dir.path(), "t.csv", views(max + 1));
    let run = run_in(
        dir.path(),
        &[
            "export",
            "case.corridor",
            "--all",
            "--out",
            "deck.pdf",
            "--json",
        ],
    );
    let error = run.json_error(2, "usage");
    let message = error["message"].as_str().unwrap();
    assert!(
        message.contains(&(max + 1).to_string()) && message.contains(&max.to_string()),
        "{message}"
    );
    assert!(message.contains("--view"), "{message}");
    assert!(!dir.path().join("deck.pdf").exists());
    // As many --view flags are refused the same way.
    let mut args = vec!["export", "case.corridor", "--out", "deck.pdf"];
    for _ in 0..=max {
        args.extend(["--view", "View 1"]);
    }
    let run = run_in(dir.path(), &args);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains(&format!("at most {max}")),
        "{}",
        run.stderr
    );
    assert!(run.stdout.is_empty());
}

/// A folder holding the demo data as `demo.csv`.
fn folder_with_demo_csv() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("demo.csv"),
        corridor_core::demo::DEMO_TRACES_CSV,
    )
    .unwrap();
    dir
}

/// Issue 15: `check --json` counts the traces each indicator flags and
/// `networks --json` lists the networks, both as the core finds them, on the
/// demo data (which has purchasers joined by cases); `--redact` hides the
/// purchaser ids.
#[test]
fn check_counts_indicators_and_networks_lists_the_cores_networks() {
    use corridor_core::investigate::{Indicator, NetworkOptions, find_networks, indicator_counts};
    let dir = folder_with_demo_csv();
    let dataset = demo().dataset;
    let counts = indicator_counts(&dataset, 36);
    let json = run_in(dir.path(), &["check", "--json", "demo.csv"]).json_ok();
    for indicator in Indicator::ALL {
        assert_eq!(
            json["indicators"][indicator.id()],
            counts[indicator as usize],
            "{}",
            indicator.id()
        );
    }
    assert!(counts[Indicator::MultipleSale as usize] > 0);

    let as_of = Day::from_ymd(2015, 1, 1).unwrap();
    let networks = find_networks(&dataset, &NetworkOptions::as_of(as_of));
    assert!(networks.list.len() >= 3, "{}", networks.list.len());
    let json = run_in(
        dir.path(),
        &["networks", "--json", "--as-of", "2015-01-01", "demo.csv"],
    )
    .json_ok();
    assert_eq!(json["network_count"], networks.list.len());
    let first = &json["networks"][0];
    let biggest = &networks.list[0];
    assert_eq!(first["traces"], biggest.traces.len());
    assert_eq!(first["stores"], biggest.stores.len());
    assert_eq!(first["score"], biggest.score);
    assert_eq!(first["first_purchase"], biggest.first_purchase.iso());
    let ids: Vec<String> = biggest
        .purchasers
        .iter()
        .map(|&p| networks.label(&dataset, p))
        .collect();
    assert_eq!(first["purchasers"], serde_json::json!(ids));
    // Largest first.
    let traces: Vec<u64> = json["networks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["traces"].as_u64().unwrap())
        .collect();
    assert!(traces.windows(2).all(|w| w[0] >= w[1]), "{traces:?}");

    let redacted = run_in(
        dir.path(),
        &[
            "networks",
            "--json",
            "--redact",
            "--as-of",
            "2015-01-01",
            "demo.csv",
        ],
    )
    .json_ok();
    let text = redacted.to_string();
    for id in &ids {
        assert!(!text.contains(id.as_str()), "{id} shown under --redact");
    }
}

/// Issue 15: two agencies' files labelled on the command line; the firearm
/// both hold is listed with each agency's file and line.
#[test]
fn deconflict_lists_what_two_agencies_hold_with_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let head = "trace_id,weapon_type,make,model,serial,purchase_date,recovery_date,store_ffl,store_city,store_state,store_lat,store_lon,recovery_place,recovery_state,recovery_lat,recovery_lon";
    let rest = "2019-01-07,2019-06-01,1-11-111-11-1A-11111,Houston,TX,29.76,-95.37,Culiacán,Sinaloa,24.81,-107.39";
    std::fs::write(
        dir.path().join("atf.csv"),
        format!(
            "{head}\nA1,rifle,Romarm,WASR-10,RO-123456,{rest}\nA2,rifle,Colt,AR-15,C-1,{rest}\n"
        ),
    )
    .unwrap();
    std::fs::write(
        dir.path().join("hsi.csv"),
        format!(
            "{head}\nH1,rifle,Ruger,Mini-14,Q-9,{rest}\nH2,rifle,ROMARM,WASR 10,ro 123456,{rest}\n"
        ),
    )
    .unwrap();
    let json = run_in(
        dir.path(),
        &[
            "deconflict",
            "--json",
            "--agency",
            "atf.csv=ATF",
            "--agency",
            "hsi.csv=HSI",
            "atf.csv",
            "hsi.csv",
        ],
    )
    .json_ok();
    let firearms: Vec<&serde_json::Value> = json["overlaps"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|o| o["kind"] == "firearm")
        .collect();
    assert_eq!(firearms.len(), 1, "{json}");
    let found = firearms[0];
    assert_eq!(found["match"], "exact");
    assert_eq!(found["agencies"], serde_json::json!(["ATF", "HSI"]));
    assert_eq!(
        found["records"],
        serde_json::json!([
            {"file": "atf.csv", "line": 2, "agency": "ATF", "id": "A1"},
            {"file": "hsi.csv", "line": 3, "agency": "HSI", "id": "H2"},
        ])
    );
    assert_eq!(json["summary"]["firearm"]["exact"], 1);
    // The store both name by one FFL number.
    assert_eq!(json["summary"]["store"]["exact"], 1);
}

/// Issue 15: a network written for link-analysis tools, GraphML and i2
/// ANX, with the redaction applied.
#[test]
fn networks_writes_graphml_and_anx_for_link_analysis_tools() {
    use corridor_core::investigate::{NetworkOptions, find_networks};
    let dir = folder_with_demo_csv();
    let dataset = demo().dataset;
    let as_of = Day::from_ymd(2015, 1, 1).unwrap();
    let networks = find_networks(&dataset, &NetworkOptions::as_of(as_of));
    let biggest = &networks.list[0];
    let args = [
        "networks",
        "--json",
        "--as-of",
        "2015-01-01",
        "--network",
        "1",
        "--graphml",
        "net.graphml",
        "--anx",
        "net.anx",
        "demo.csv",
    ];
    let json = run_in(dir.path(), &args).json_ok();
    assert_eq!(
        json["written"],
        serde_json::json!(["net.graphml", "net.anx"])
    );
    let text = std::fs::read_to_string(dir.path().join("net.graphml")).unwrap();
    let doc = roxmltree::Document::parse(&text).unwrap();
    let kind_of = |node: roxmltree::Node<'_, '_>, key: &str| -> String {
        node.children()
            .find(|d| d.attribute("key") == Some(key))
            .and_then(|d| d.text())
            .unwrap_or_default()
            .to_owned()
    };
    let nodes: Vec<_> = doc
        .descendants()
        .filter(|n| n.has_tag_name("node"))
        .collect();
    let purchasers = nodes
        .iter()
        .filter(|n| kind_of(**n, "kind") == "purchaser")
        .count();
    let stores = nodes
        .iter()
        .filter(|n| kind_of(**n, "kind") == "store")
        .count();
    assert_eq!(purchasers, biggest.purchasers.len());
    assert_eq!(stores, biggest.stores.len());
    let edges: Vec<_> = doc
        .descendants()
        .filter(|n| n.has_tag_name("edge"))
        .collect();
    let bought: u64 = edges
        .iter()
        .filter(|e| kind_of(**e, "edge_kind") == "bought_at")
        .map(|e| kind_of(*e, "weight").parse::<u64>().unwrap())
        .sum();
    assert_eq!(
        bought,
        biggest.traces.len() as u64,
        "every trace is a purchase"
    );
    assert!(edges.iter().any(|e| kind_of(*e, "edge_kind") == "case"));
    let first_id = networks.label(&dataset, biggest.purchasers[0]);
    assert!(text.contains(&first_id));
    // ANX: well-formed, one chart item per node and per edge.
    let anx = std::fs::read_to_string(dir.path().join("net.anx")).unwrap();
    let doc = roxmltree::Document::parse(&anx).unwrap();
    let items = doc
        .descendants()
        .filter(|n| n.has_tag_name("ChartItem"))
        .count();
    assert_eq!(items, nodes.len() + edges.len());
    assert_eq!(
        doc.descendants()
            .filter(|n| n.has_tag_name("Entity"))
            .count(),
        nodes.len()
    );
    // Redacted: no purchaser id in either file.
    let mut redacted = args.to_vec();
    redacted.insert(1, "--redact");
    run_in(dir.path(), &redacted).json_ok();
    for file in ["net.graphml", "net.anx"] {
        let text = std::fs::read_to_string(dir.path().join(file)).unwrap();
        for &p in &biggest.purchasers {
            let id = networks.label(&dataset, p);
            assert!(!text.contains(&format!(">{id}<")), "{id} in {file}");
            assert!(!text.contains(&format!("\"{id}\"")), "{id} in {file}");
        }
        assert!(text.contains("Purchaser "), "{file} has aliases");
    }
}

/// Issue 15, part 6: a project handed over as a package with its data
/// inside; the receiver verifies it (and a changed byte is caught) and
/// opens it without the original files.
#[test]
fn handover_writes_a_package_that_verifies_and_opens_without_the_originals() {
    let dir = tempfile::tempdir().unwrap();
    let work = dir.path().join("work");
    std::fs::create_dir(&work).unwrap();
    std::fs::write(work.join("t.csv"), common::TIME_TRACES).unwrap();
    project_with_source(&work, "t.csv", crate::common::export::three_views());
    let json = run_in(
        &work,
        &[
            "handover",
            "case.corridor",
            "--agency",
            "ATF Phoenix",
            "--out",
            "../package",
            "--json",
        ],
    )
    .json_ok();
    assert_eq!(json["manifest"]["from_agency"], "ATF Phoenix");
    assert_eq!(json["manifest"]["data_files"][0]["name"], "t.csv");
    let package = dir.path().join("package");
    // The receiver has no t.csv.
    std::fs::remove_dir_all(&work).unwrap();
    let json = run_in(dir.path(), &["verify", "package", "--json"]).json_ok();
    assert_eq!(json["verified"], true, "{json}");
    assert_eq!(json["from_agency"], "ATF Phoenix");
    let names: Vec<&str> = json["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        ["case.corridor", "README.txt", "case.corridor › t.csv"]
    );
    let text = run_in(dir.path(), &["verify", "package"]);
    assert_eq!(text.code, 0);
    assert!(text.stdout_text().contains("Received from ATF Phoenix"));
    // The data is inside: the project exports with no other file.
    run_in(
        dir.path(),
        &[
            "export",
            "package/case.corridor",
            "--out",
            "slide.svg",
            "--json",
        ],
    )
    .json_ok();
    // One changed byte: not verified, exit 1, the file named.
    let project = package.join("case.corridor");
    let mut bytes = std::fs::read(&project).unwrap();
    let at = bytes.len() / 2;
    bytes[at] = if bytes[at] == b' ' { b'\t' } else { b' ' };
    std::fs::write(&project, &bytes).unwrap();
    let run = run_in(dir.path(), &["verify", "package", "--json"]);
    let json = run.json();
    assert_eq!(run.code, 1);
    assert_eq!(json["verified"], false);
    assert_eq!(json["files"][0]["status"], "changed");
    let text = run_in(dir.path(), &["verify", "package"]);
    assert_eq!(text.code, 1);
    assert!(text.stdout_text().contains("CHANGED  case.corridor"));
}

/// Issue 15, part 6: a redacted hand-over as one zip. The receiver verifies
/// the zip, and the data inside has no name, date of birth, address or
/// serial of the originals, yet finds the same networks (purchasers and
/// addresses became aliases, not blanks).
#[test]
fn a_redacted_zip_handover_hides_people_and_keeps_the_networks() {
    let dir = tempfile::tempdir().unwrap();
    let work = dir.path().join("work");
    std::fs::create_dir(&work).unwrap();
    std::fs::write(work.join("atf.csv"), corridor_core::demo::DEMO_TRACES_CSV).unwrap();
    project_with_source(&work, "atf.csv", Vec::new());
    let json = run_in(
        &work,
        &[
            "handover",
            "case.corridor",
            "--agency",
            "ATF",
            "--out",
            "../package.zip",
            "--redact",
            "--json",
        ],
    )
    .json_ok();
    assert_eq!(
        json["manifest"]["data_files"][0]["name"],
        "redacted-traces.csv"
    );
    let json = run_in(dir.path(), &["verify", "package.zip", "--json"]).json_ok();
    assert_eq!(json["verified"], true, "{json}");
    assert_eq!(json["from_agency"], "ATF");

    // What is inside, read as the receiver's Corridor reads it.
    let mut package =
        corridor_core::project::handover::PackageReader::open(&dir.path().join("package.zip"))
            .unwrap();
    let text = String::from_utf8(package.read("case.corridor").unwrap()).unwrap();
    let project =
        corridor_core::project::load::parse_project(&text, std::path::Path::new("case.corridor"))
            .unwrap();
    assert!(project.redaction.identifiers);
    let bytes = project.sources[0]
        .embedded
        .as_ref()
        .unwrap()
        .bytes()
        .unwrap();
    let original = common::load(&[("atf.csv", corridor_core::demo::DEMO_TRACES_CSV)]).dataset;
    let redacted = common::load(&[("redacted-traces.csv", &bytes)]);
    assert_eq!(redacted.report.rejected, 0);
    assert_eq!(redacted.dataset.traces.len(), original.traces.len());
    let inside = String::from_utf8_lossy(&bytes);
    let case = &original.traces.case;
    for row in (0..original.traces.len()).step_by(97) {
        for secret in [
            original.str(case.purchaser_name.get(row)),
            original.str(case.purchaser_address.get(row)),
            original.traces.serial.get(row),
        ] {
            assert!(secret.is_empty() || !inside.contains(secret), "{secret}");
        }
    }
    // Dates of birth are dates like any other: no column holds them.
    let header = inside.lines().nth(1).unwrap();
    for column in [
        "purchaser_name",
        "purchaser_dob",
        "possessor_name",
        "serial",
    ] {
        assert!(!header.split(',').any(|c| c == column), "{header}");
    }
    let options = corridor_core::investigate::NetworkOptions::as_of(
        corridor_core::model::Day::from_ymd(2015, 1, 1).unwrap(),
    );
    let before = corridor_core::investigate::find_networks(&original, &options);
    let after = corridor_core::investigate::find_networks(&redacted.dataset, &options);
    let shape = |n: &corridor_core::investigate::Networks| -> Vec<(usize, usize)> {
        n.list
            .iter()
            .map(|n| (n.purchasers.len(), n.traces.len()))
            .collect()
    };
    assert_eq!(shape(&after), shape(&before));
    assert!(!before.list.is_empty());
}

/// Issue 16 part 1: `check --json` reads a workbook sheet by sheet: the
/// notes sheet is skipped with a warning, a bad row is named by sheet and
/// row, the hash is the workbook's.
#[test]
fn check_reads_a_workbook_and_names_sheet_and_row() {
    let dir = tempfile::tempdir().unwrap();
    let mut book = rust_xlsxwriter::Workbook::new();
    let notes = book.add_worksheet();
    notes.set_name("Léame").unwrap();
    notes.write_string(0, 0, "Datos sintéticos").unwrap();
    let sheet = book.add_worksheet();
    sheet.set_name("Rastreos").unwrap();
    let text = common::TIME_TRACES.replace("Tucson,AZ,32.22", "Nowhereville,ZZ,332.22");
    for (r, line) in text.lines().enumerate() {
        for (c, cell) in line.split(',').enumerate() {
            sheet.write_string(r as u32, c as u16, cell).unwrap();
        }
    }
    let path = dir.path().join("partner.xlsx");
    book.save(&path).unwrap();
    let json = run_in(dir.path(), &["check", "--json", "partner.xlsx"]).json_ok();
    assert_eq!(json["traces"], 4);
    let files = json["files"].as_array().unwrap();
    let traces = files
        .iter()
        .find(|f| f["file"] == "partner.xlsx › Rastreos")
        .unwrap();
    assert_eq!(traces["kind"], "traces sheet");
    assert_eq!(traces["sheet"], "Rastreos");
    assert_eq!(
        traces["sha256"],
        corridor_core::project::source::sha256_hex(&std::fs::read(&path).unwrap())
    );
    let issues = json["issues"].as_array().unwrap();
    // T3 is in row 4 (the header is row 1).
    assert!(
        issues.iter().any(|i| i["file"] == "partner.xlsx › Rastreos"
            && i["line"] == 4
            && i["severity"] == "rejected"),
        "{issues:#?}"
    );
    assert!(
        issues
            .iter()
            .any(|i| i["file"] == "partner.xlsx › Léame" && i["severity"] == "warning"),
        "{issues:#?}"
    );
}

/// Issue 16 part 1: a project of two sheets of a workbook, a third one
/// unticked. Exported on the command line, the workbook loads once (not
/// once per sheet) without the unticked sheet; handed over, the package
/// verifies and its data loads the same way.
#[test]
fn a_project_of_workbook_sheets_loads_the_workbook_once_without_its_unticked_sheet() {
    use corridor_core::import::{ImportControl, ImportOptions, import_paths};
    let dir = tempfile::tempdir().unwrap();
    let lines: Vec<&str> = common::TIME_TRACES.lines().collect();
    let extra: Vec<String> = lines[1..3]
        .iter()
        .map(|l| l.replacen('T', "X", 1))
        .collect();
    let extra: Vec<&str> = extra.iter().map(String::as_str).collect();
    let mut book = rust_xlsxwriter::Workbook::new();
    for (name, rows) in [
        ("2010", &lines[1..3]),
        ("2011", &lines[3..]),
        ("Extra", &extra[..]),
    ] {
        let sheet = book.add_worksheet();
        sheet.set_name(name).unwrap();
        for (r, line) in std::iter::once(&lines[0]).chain(rows).enumerate() {
            for (c, cell) in line.split(',').enumerate() {
                sheet.write_string(r as u32, c as u16, cell).unwrap();
            }
        }
    }
    let path = dir.path().join("book.xlsx");
    book.save(&path).unwrap();
    let options = ImportOptions {
        excluded_sheets: vec![("book.xlsx".into(), "Extra".into())],
        ..ImportOptions::default()
    };
    let loaded = import_paths(
        std::slice::from_ref(&path),
        common::classifier(),
        &options,
        &ImportControl::default(),
    )
    .unwrap();
    assert_eq!(loaded.dataset.traces.len(), 5);
    let sources = corridor_core::project::source::sources_for(
        &loaded.dataset.sources,
        &[],
        Some(dir.path()),
        false,
    )
    .unwrap();
    let sheets: Vec<Option<&str>> = sources.iter().map(|s| s.sheet.as_deref()).collect();
    assert_eq!(sheets, [Some("2010"), Some("2011")]);
    assert_eq!(sources[0].sha256, sources[1].sha256);
    let project = corridor_core::project::Project {
        sources,
        import: corridor_core::project::ImportChoices {
            excluded_sheets: options.excluded_sheets.clone(),
            ..Default::default()
        },
        views: vec![SavedView::default()],
        ..Default::default()
    };
    let project_path = dir.path().join("case.corridor");
    project.save(&project_path).unwrap();

    run_in(
        dir.path(),
        &[
            "export",
            "case.corridor",
            "--all",
            "--out",
            "slide.svg",
            "--json",
        ],
    )
    .json_ok();
    let svg = std::fs::read_to_string(dir.path().join("slide.svg")).unwrap();
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let all = texts(&doc);
    // The two sheets, each once; the unticked one left out.
    assert!(
        all.contains(&"Source: book.xlsx › 2010, book.xlsx › 2011 · as of 2010-02-01".to_owned()),
        "{all:#?}"
    );
    // Culiacán, the busiest site, has T1–T3: 3 traces, 6 if the workbook
    // had loaded once per sheet.
    let per_location = all
        .iter()
        .position(|t| t == "Traces per location (area)")
        .unwrap();
    assert_eq!(all[per_location + 1], "3", "{all:#?}");

    let json = run_in(
        dir.path(),
        &[
            "handover",
            "case.corridor",
            "--out",
            "package.zip",
            "--json",
        ],
    )
    .json_ok();
    assert!(
        json["written"].is_string() || json["written"].is_array(),
        "{json}"
    );
    let json = run_in(dir.path(), &["verify", "package.zip", "--json"]).json_ok();
    assert_eq!(json["verified"], true, "{json}");
}

/// Issue 16 part 3: places known only to a state or a country are counted
/// by precision in `check --json`, and an exported map draws them dashed
/// with the legend saying why.
#[test]
fn state_and_country_level_places_are_counted_and_drawn_dashed() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("coarse.csv"),
        "trace_id,weapon_type,store_name,store_city,store_state,store_lat,store_lon,recovery_place,recovery_state,recovery_lat,recovery_lon\n\
         T1,pistol,Example Guns,Houston,TX,29.76,-95.37,Culiacán,Sinaloa,24.81,-107.39\n\
         T2,pistol,Example Guns,Houston,TX,,,Culiacán,Sinaloa,,\n\
         T3,rifle,,,TX,,,,Sinaloa,,\n\
         T4,rifle,Example Guns,Houston,TX,29.76,-95.37,México,,,\n",
    )
    .unwrap();
    let json = run_in(dir.path(), &["check", "--json", "coarse.csv"]).json_ok();
    assert_eq!(json["traces"], 4);
    // Houston and Culiacán exact, Texas and Sinaloa state, Mexico country.
    assert_eq!(
        json["precision"],
        serde_json::json!({"exact": 2, "city": 0, "state": 2, "country": 1})
    );
    run_in(
        dir.path(),
        &["export", "coarse.csv", "--out", "map.svg", "--json"],
    )
    .json_ok();
    let svg = std::fs::read_to_string(dir.path().join("map.svg")).unwrap();
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let dashed = group(&doc, "symbols")
        .descendants()
        .filter(|n| n.attribute("stroke-dasharray").is_some())
        .count();
    assert!(dashed >= 1, "{svg}");
    assert!(texts(&doc).contains(&"Dashed: known only to its state or country".to_owned()));
}

#[test]
fn a_counted_flows_file_is_checked_exported_and_counted_by_firearms() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("locations.csv"),
        "id,name,lat,lon\na,Alpha,33.4,-112.0\nb,Beta,24.8,-107.4\nc,Gamma,29.76,-95.37\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("flows.csv"),
        "origin,dest,count,time\na,b,1200,2019-03\nc,b,35,2019\nc,b,5,2019-05-02\n",
    )
    .unwrap();
    let json = run_in(
        dir.path(),
        &["check", "--json", "locations.csv", "flows.csv"],
    )
    .json_ok();
    // Firearms are traces; rows are records, per file too.
    assert_eq!(
        (json["traces"].as_u64(), json["records"].as_u64()),
        (Some(1240), Some(3))
    );
    let flows = json["files"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["file"] == "flows.csv")
        .unwrap();
    assert_eq!(
        (flows["traces"].as_u64(), flows["records"].as_u64()),
        (Some(1240), Some(3))
    );
    // The corridors weigh the counts.
    let json = run_in(
        dir.path(),
        &[
            "corridors",
            "--json",
            "--by",
            "site",
            "locations.csv",
            "flows.csv",
        ],
    )
    .json_ok();
    let rows = json.as_array().unwrap();
    let traces: Vec<u64> = rows.iter().map(|r| r["traces"].as_u64().unwrap()).collect();
    assert_eq!(traces, [1200, 40]);
    // The exported traces keep their counts and months, and read back the same.
    run_in(
        dir.path(),
        &[
            "export-data",
            "locations.csv",
            "flows.csv",
            "--format",
            "csv",
            "--out",
            "out.csv",
            "--json",
        ],
    )
    .json_ok();
    let csv = std::fs::read_to_string(dir.path().join("out.csv")).unwrap();
    assert!(csv.contains(",2019-03,"), "{csv}");
    let json = run_in(dir.path(), &["check", "--json", "out.csv"]).json_ok();
    assert_eq!(
        (json["traces"].as_u64(), json["records"].as_u64()),
        (Some(1240), Some(3))
    );
}

#[test]
fn a_matrix_is_read_by_check_and_its_axes_can_be_given_with_the_matrix_flag() {
    let dir = tempfile::tempdir().unwrap();
    // US states across, Mexican states down, a total column: read as is.
    std::fs::write(
        dir.path().join("published.csv"),
        "Recovery state,Texas,Arizona,Total\nSinaloa,10,5,15\nSonora,3,8,11\n",
    )
    .unwrap();
    let json = run_in(dir.path(), &["check", "--json", "published.csv"]).json_ok();
    assert_eq!(
        (json["traces"].as_u64(), json["records"].as_u64()),
        (Some(26), Some(4))
    );
    assert_eq!(json["files"][0]["kind"], "matrix CSV");
    // Both countries across the top: refused until told, then read.
    std::fs::write(
        dir.path().join("mixed.csv"),
        "Recovery state,Texas,Arizona,México\nSinaloa,10,5,2\nSonora,3,8,1\n",
    )
    .unwrap();
    let refused = run_in(dir.path(), &["check", "--json", "mixed.csv"]);
    refused.json_error(1, "data");
    let issues = refused.json()["issues"].to_string();
    assert!(issues.contains("--matrix rows="), "{issues}");
    let json = run_in(
        dir.path(),
        &[
            "check",
            "--json",
            "--matrix",
            "rows=destination",
            "mixed.csv",
        ],
    )
    .json_ok();
    assert_eq!(json["traces"].as_u64(), Some(26));
    let usage = run_in(
        dir.path(),
        &["check", "--json", "--matrix", "rows=sideways", "mixed.csv"],
    );
    usage.json_error(2, "usage");
}

#[test]
fn export_data_writes_parquet_that_check_reads_back() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("t.csv"), common::TIME_TRACES).unwrap();
    let written = run_in(
        dir.path(),
        &[
            "export-data",
            "t.csv",
            "--format",
            "parquet",
            "--out",
            "t.parquet",
            "--json",
        ],
    )
    .json_ok();
    let bytes = std::fs::read(dir.path().join("t.parquet")).unwrap();
    assert!(bytes.starts_with(b"PAR1"), "a Parquet file");
    let original = run_in(dir.path(), &["check", "--json", "t.csv"]).json_ok();
    let back = run_in(dir.path(), &["check", "--json", "t.parquet"]).json_ok();
    assert_eq!(back["traces"], original["traces"], "{written}");
    assert_eq!(back["by_class"], original["by_class"]);
    assert_eq!(back["files"][0]["kind"], "traces Parquet");
    // The extension alone chooses the format too.
    let by_name = run_in(
        dir.path(),
        &["export-data", "t.csv", "--out", "again.parquet"],
    );
    assert_eq!(by_name.code, 0, "{}", by_name.stderr);
    assert!(
        std::fs::read(dir.path().join("again.parquet"))
            .unwrap()
            .starts_with(b"PAR1")
    );
}

/// Issue 17: `--lang` writes an export's words (and the command's report of
/// what it wrote) in Spanish or in both languages; JSON keys, CSV columns
/// and ids stay English, and a bilingual data file is refused as a usage
/// error (a data file is written in one language).
#[test]
fn lang_writes_exports_in_spanish_or_both_and_keeps_keys_english() {
    let dir = folder_with_demo_csv();
    let ok = |args: &[&str]| {
        let run = run_in(dir.path(), args);
        assert_eq!(run.code, 0, "{args:?}: {}", run.stderr);
        run
    };
    let read = |name: &str| std::fs::read_to_string(dir.path().join(name)).unwrap();

    let run = ok(&["export", "demo.csv", "--lang", "es", "--out", "mapa.svg"]);
    let report = run.stdout_text();
    assert!(
        report.contains("Se escribió") && report.contains("1 vista"),
        "{report}"
    );
    let svg = read("mapa.svg");
    assert!(svg.contains("Rastreos por flujo") && svg.contains("EE. UU. → México"));
    assert!(!svg.contains("Traces per flow"));

    let run = ok(&[
        "export", "demo.csv", "--lang", "en+es", "--out", "both.svg", "--json",
    ]);
    assert_eq!(run.json()["views"], 1, "keys stay English");
    assert!(read("both.svg").contains("Traces per flow / Rastreos por flujo"));

    let run = ok(&[
        "export-data",
        "demo.csv",
        "--lang",
        "es",
        "--out",
        "mapa.kml",
        "--json",
    ]);
    assert_eq!(run.json()["format"], "kml");
    let kml = read("mapa.kml");
    assert!(kml.contains("<name>Armerías</name>") && kml.contains("en el filtro"));
    ok(&[
        "export-data",
        "demo.csv",
        "--lang",
        "es",
        "--out",
        "datos.csv",
    ]);
    assert!(
        read("datos.csv").starts_with("trace_id,"),
        "CSV columns stay English"
    );

    let run = run_in(
        dir.path(),
        &[
            "export-data",
            "demo.csv",
            "--lang",
            "en+es",
            "--out",
            "x.kml",
        ],
    );
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("one language"), "{}", run.stderr);
    let run = run_in(
        dir.path(),
        &["export", "demo.csv", "--lang", "fr", "--out", "x.svg"],
    );
    assert_eq!(run.code, 2, "{}", run.stderr);
}

/// An export's error from the core is said on stderr in its `--lang`; the
/// JSON document's message stays English for scripts.
#[test]
fn lang_says_the_cores_errors_in_spanish_and_keeps_the_json_english() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("caso.corridor"), "{\"views\": []}").unwrap();
    let run = run_in(
        dir.path(),
        &[
            "export",
            "caso.corridor",
            "--lang",
            "es",
            "--out",
            "mapa.svg",
            "--json",
        ],
    );
    assert_eq!(run.code, 1, "{}", run.stderr);
    let message = run.json()["error"]["message"].as_str().unwrap().to_owned();
    assert!(message.contains("is not a Corridor project"), "{message}");
    assert!(
        run.stderr.contains("no es un proyecto de Corridor"),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains("is not a"), "{}", run.stderr);
    // The same command in English says the English sentence.
    let run = run_in(
        dir.path(),
        &["export", "caso.corridor", "--out", "mapa.svg"],
    );
    assert!(run.stderr.contains(&message), "{}", run.stderr);
}

/// `--lang es` says the text reports of `check`, `corridors`, `stores`,
/// `generate`, `handover` and `verify` in Spanish (ids such as `ak_pattern`
/// and data values as they are); their `--json` output is the same in both
/// languages; an error is said in Spanish on stderr while the JSON
/// document's message stays English.
#[test]
fn lang_es_says_the_reports_of_check_corridors_stores_handover_and_verify_in_spanish() {
    let dir = folder_with_demo_csv();
    let work = dir.path().join("work");
    std::fs::create_dir(&work).unwrap();
    std::fs::write(work.join("t.csv"), common::TIME_TRACES).unwrap();
    project_with_source(&work, "t.csv", Vec::new());
    let in_spanish = |at: &Path, args: &[&str], code: i32| -> String {
        let run = run_in(at, &[args, &["--lang", "es"]].concat());
        assert_eq!(run.code, code, "{args:?}: {}", run.stderr);
        format!("{}{}", run.stdout_text(), run.stderr)
    };
    let json_in = |at: &Path, args: &[&str], lang: &[&str]| {
        let mut json = run_in(at, &[args, &["--json"], lang].concat()).json();
        if let Some(members) = json.as_object_mut() {
            members.remove("seconds");
        }
        json
    };
    let same_json = |at: &Path, args: &[&str]| {
        assert_eq!(
            json_in(at, args, &[]),
            json_in(at, args, &["--lang", "es"]),
            "{args:?}"
        );
    };
    let here = dir.path();

    let check = ["check", "demo.csv"];
    says(
        &in_spanish(here, &check, 0),
        &[
            "Archivos:",
            "CSV de rastreos, UTF-8, separado por comas): filas ",
            "Se cargaron: 19,867 rastreos, armerías ",
            "(datos sintéticos de demostración)",
            "Reporte: filas rechazadas 0",
            "Ubicaciones: ",
            "Por clase: ak_pattern ",
            "Indicadores (rastreos marcados): short_ttc ",
        ],
        &[
            "Files:",
            "traces CSV",
            "comma-separated",
            "Loaded",
            "recovery sites",
            "Report:",
            "Locations:",
            "By class",
            "Indicators",
            "warnings",
        ],
    );
    same_json(here, &check);

    let corridors = ["corridors", "demo.csv", "--top", "5"];
    says(
        &in_spanish(here, &corridors, 0),
        &[
            "origen",
            "destino",
            "rastreos",
            "proporción",
            "clase dominante",
            "pistol",
        ],
        &[
            "origin",
            "destination",
            "traces",
            "share",
            "median TTC",
            "dominant class",
        ],
    );
    same_json(here, &corridors);

    let stores = ["stores", "demo.csv", "--to", "MX-TAM", "--top", "5"];
    says(
        &in_spanish(here, &stores, 0),
        &[
            "armería",
            "ciudad",
            "compras",
            "clases principales",
            "Fusiles tipo AK",
            " – ",
        ],
        &[
            "store ",
            "town",
            "purchases",
            "top classes",
            "AK-pattern rifles",
            "months",
            "years",
        ],
    );
    same_json(here, &stores);

    let generate = ["generate", "--traces", "200", "--out", "gen"];
    says(
        &in_spanish(here, &generate, 0),
        &["Rastreos sintéticos escritos: 200 (armerías ", "rastreos/s"],
        &["Wrote", "synthetic traces", "stores", "traces/s"],
    );
    same_json(here, &generate);

    let handover = ["handover", "case.corridor", "--out", "../package"];
    says(
        &in_spanish(&work, &handover, 0),
        &[
            "Se escribió el paquete",
            "(1 archivo de datos dentro de case.corridor)",
            "quien lo recibe",
        ],
        &["Wrote", "data files", "receiver"],
    );
    let verify = ["verify", "package"];
    says(
        &in_spanish(here, &verify, 0),
        &[
            "Recibido de una dependencia sin nombre",
            "VERIFICADO",
            "Verificado: todos",
        ],
        &["Received", "VERIFIED", "every file", "agency not named"],
    );
    same_json(here, &verify);

    // One changed byte: the report and the error in Spanish, the JSON
    // message in English.
    let project = here.join("package").join("case.corridor");
    let mut bytes = std::fs::read(&project).unwrap();
    let at = bytes.len() / 2;
    bytes[at] = if bytes[at] == b' ' { b'\t' } else { b' ' };
    std::fs::write(&project, &bytes).unwrap();
    says(
        &in_spanish(here, &verify, 1),
        &[
            "CAMBIADO   case.corridor",
            "el manifiesto dice",
            "NO verificado",
            "error: el paquete package no coincide con su manifiesto",
        ],
        &["CHANGED", "NOT verified", "does not match"],
    );
    same_json(here, &verify);
    let run = run_in(here, &["verify", "package", "--json", "--lang", "es"]);
    assert_eq!(
        run.json()["error"]["message"],
        "the package package does not match its manifest"
    );

    // A usage error of the command line's own: Spanish on stderr, English
    // in the JSON document.
    let run = run_in(
        here,
        &[
            "stores", "demo.csv", "--to", "Narnia", "--json", "--lang", "es",
        ],
    );
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert_eq!(
        run.json()["error"]["message"],
        "--to Narnia: not a US or Mexican state (try MX-TAM, Tamaulipas, US-TX, TX)"
    );
    says(
        &run.stderr,
        &["error: --to Narnia: no es un estado de EE. UU. ni de México"],
        &["not a US"],
    );
}

/// `--lang es` says the text reports, notes and errors of `networks`,
/// `deconflict` and the exports in Spanish (link kinds, ids and data values
/// as they are); their `--json` output is the same in both languages; a
/// usage error of the command line's own is said in Spanish on stderr
/// while the JSON document's message stays English.
#[test]
fn lang_es_says_networks_deconflict_and_the_exports_in_spanish() {
    let dir = folder_with_demo_csv();
    let here = dir.path();
    let head = "trace_id,weapon_type,make,model,serial,purchase_date,recovery_date,store_ffl,store_city,store_state,store_lat,store_lon,recovery_place,recovery_state,recovery_lat,recovery_lon";
    let rest = "2019-01-07,2019-06-01,1-11-111-11-1A-11111,Houston,TX,29.76,-95.37,Culiacán,Sinaloa,24.81,-107.39";
    std::fs::write(
        here.join("atf.csv"),
        format!("{head}\nA1,rifle,Romarm,WASR-10,RO-123456,{rest}\n"),
    )
    .unwrap();
    std::fs::write(
        here.join("hsi.csv"),
        format!("{head}\nH2,rifle,ROMARM,WASR 10,ro 123456,{rest}\n"),
    )
    .unwrap();
    let in_spanish = |args: &[&str]| -> String {
        let run = run_in(here, &[args, &["--lang", "es"]].concat());
        assert_eq!(run.code, 0, "{args:?}: {}", run.stderr);
        format!("{}{}", run.stdout_text(), run.stderr)
    };
    let same_json = |args: &[&str]| {
        let json = |lang: &[&str]| run_in(here, &[args, &["--json"], lang].concat()).json_ok();
        assert_eq!(json(&[]), json(&["--lang", "es"]), "{args:?}");
    };

    let networks = [
        "networks",
        "demo.csv",
        "--as-of",
        "2015-01-01",
        "--top",
        "3",
        "--redact",
        "--graphml",
        "chart.graphml",
    ];
    says(
        &in_spanish(&networks),
        &[
            "Se escribieron ",
            " aristas en chart.graphml (con datos ocultos)",
            " redes de ",
            " compradores en total, 19,867 rastreos), vínculos: case,recovery,address, al 01/01/2015",
            "puntaje",
            "armerías",
            "primera compra",
            "último aseg.",
            "vigencia",
            "miembros",
            "14/11/2007",
            " vieja ",
            " más",
        ],
        &[
            "Wrote",
            "networks of",
            "in all",
            "links:",
            "as of",
            "score",
            "buyers",
            "first buy",
            "last rec.",
            "band",
            "stale",
            "2007-11-14",
            " more",
            "redacted",
        ],
    );
    same_json(&networks);

    let deconflict = [
        "deconflict",
        "--agency",
        "atf.csv=ATF",
        "--agency",
        "hsi.csv=HSI",
        "atf.csv",
        "hsi.csv",
    ];
    says(
        &in_spanish(&deconflict),
        &[
            "arma: exactas 1, probables 0",
            "comprador: exactas 0",
            "armería: exactas 1",
            "arma, coincidencia exacta (1.00), en poder de ATF, HSI:",
            "  ATF A1 (atf.csv línea 2)",
        ],
        &[
            "firearm",
            "purchaser",
            "store",
            "1 exact",
            "0 probable",
            "held by",
            " line ",
        ],
    );
    same_json(&deconflict);

    let flowmap = ["export-flowmap", "demo.csv", "--out", "fm"];
    says(
        &in_spanish(&flowmap),
        &[
            "Se escribieron ",
            " flujos (19,867 rastreos) en fm",
            " y fm",
        ],
        &["Wrote", "flows (", "traces", " and "],
    );
    same_json(&flowmap);

    let data = [
        "export-data",
        "demo.csv",
        "--out",
        "datos.geojson",
        "--redact",
    ];
    says(
        &in_spanish(&data),
        &["Se escribieron 19,867 rastreos", "(con datos ocultos)"],
        &["Wrote", "redacted"],
    );
    same_json(&data);

    // Errors the command line makes: flags, and an output that is an input.
    for (args, spanish, english) in [
        (
            &["networks", "demo.csv", "--links", "case,kin"][..],
            "error: --links kin: no es un tipo de vínculo; use case, recovery",
            "not a kind of link",
        ),
        (
            &[
                "export-flowmap",
                "demo.csv",
                "--out",
                "fm",
                "--to",
                "13/45/2010",
            ],
            "error: --to: la fecha '13/45/2010' no es una fecha válida",
            "is not a valid date",
        ),
        (
            &["deconflict", "demo.csv", "--agency", "HSI"],
            "error: --agency HSI: escriba ARCHIVO=ETIQUETA",
            "write FILE=LABEL",
        ),
        (
            &["export", "demo.csv", "--out", "mapa.svg", "--scale", "9"],
            "error: --scale debe ser mayor que 0 y como máximo 8",
            "must be above",
        ),
        (
            &["export-data", "demo.csv", "--out", "demo.csv"],
            "error: no se escribirá demo.csv: es el archivo de datos demo.csv, una entrada",
            "refusing",
        ),
    ] {
        let run = run_in(here, &[args, &["--lang", "es"]].concat());
        assert_eq!(run.code, 2, "{args:?}: {}", run.stderr);
        says(&run.stderr, &[spanish], &[english]);
    }

    // A usage error with --json: Spanish on stderr, English in the document.
    let run = run_in(
        here,
        &[
            "export-data",
            "demo.csv",
            "--out",
            "datos.txt",
            "--json",
            "--lang",
            "es",
        ],
    );
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert_eq!(
        run.json()["error"]["message"],
        "say --format csv, geojson or kml (the extension of datos.txt does not tell)"
    );
    says(
        &run.stderr,
        &["error: indique --format csv, geojson o kml (la extensión de datos.txt no lo indica)"],
        &["say --format", "does not tell"],
    );
}

/// Asserts that `text` holds every word of `spanish` and none of `english`.
fn says(text: &str, spanish: &[&str], english: &[&str]) {
    for word in spanish {
        assert!(text.contains(word), "{word:?} missing in:\n{text}");
    }
    for word in english {
        assert!(!text.contains(word), "English {word:?} in:\n{text}");
    }
}
