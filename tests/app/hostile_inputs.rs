//! Special files given as data: `corridor check` answers at once with a
//! clear error for a named pipe, a device and a big binary file, instead of
//! hanging on the pipe or reading gigabytes.

use std::path::Path;
use std::time::{Duration, Instant};

/// Runs `corridor check --json PATH` and returns its exit code, stdout and
/// how long it took; fails the test after 20 s (a hang).
fn check(dir: &Path, path: &Path) -> (Option<i32>, String, Duration) {
    let started = Instant::now();
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_corridor"))
        .args(["check", "--json"])
        .arg(path)
        .env("CORRIDOR_CONFIG_DIR", dir.join("config"))
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            let output = child.wait_with_output().unwrap();
            return (
                status.code(),
                format!(
                    "{}{}",
                    String::from_utf8_lossy(&output.stdout),
                    String::from_utf8_lossy(&output.stderr)
                ),
                started.elapsed(),
            );
        }
        if started.elapsed() > Duration::from_secs(20) {
            child.kill().unwrap();
            panic!("corridor check {} hung", path.display());
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn pipes_devices_and_binary_files_are_refused_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let mut cases = vec![(std::path::PathBuf::from("/dev/zero"), "device")];
    let fifo = dir.path().join("pipe.csv");
    if std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .is_ok_and(|s| s.success())
    {
        cases.push((fifo, "named pipe"));
    }
    // 64 MB of "compressed" data: refused after its first kilobytes.
    let big = dir.path().join("archive.csv");
    {
        use std::io::Write;
        let mut file = std::fs::File::create(&big).unwrap();
        file.write_all(&[0x1F, 0x8B, 0x08, 0x00]).unwrap();
        let block = vec![0xA5u8; 1 << 20];
        for _ in 0..64 {
            file.write_all(&block).unwrap();
        }
    }
    cases.push((big, "gzip"));
    for (path, what) in cases {
        let (code, out, took) = check(dir.path(), &path);
        assert_eq!(code, Some(1), "{}: {out}", path.display());
        assert!(out.contains(what), "{}: {out}", path.display());
        assert!(
            took < Duration::from_secs(10),
            "{} took {took:?}",
            path.display()
        );
    }
}

/// A project in `root/case/` whose only data file is `root/elsewhere.csv`
/// (named by absolute path): what a received project could point at.
fn project_pointing_outside(root: &Path) -> (std::path::PathBuf, std::path::PathBuf) {
    use corridor_core::project::{Project, ProjectSource};
    let case = root.join("case");
    std::fs::create_dir_all(&case).unwrap();
    let data = root.join("elsewhere.csv");
    std::fs::write(&data, corridor_core::demo::DEMO_TRACES_CSV).unwrap();
    let project = Project {
        sources: vec![ProjectSource {
            name: "elsewhere.csv".into(),
            relative_path: None,
            absolute_path: data.to_string_lossy().into_owned(),
            sha256: corridor_core::project::source::sha256_hex(
                corridor_core::demo::DEMO_TRACES_CSV,
            ),
            size_bytes: corridor_core::demo::DEMO_TRACES_CSV.len() as u64,
            builtin_demo: false,
            embedded: None,
            sheet: None,
        }],
        ..Project::default()
    };
    let path = case.join("received.corridor");
    project.save(&path).unwrap();
    (path, data)
}

#[test]
fn the_command_line_refuses_a_received_projects_outside_files_unless_allowed() {
    let dir = tempfile::tempdir().unwrap();
    let (project, data) = project_pointing_outside(dir.path());
    let out = dir.path().join("case").join("slide.svg");
    let export = |extra: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_corridor"))
            .arg("export")
            .arg(&project)
            .arg("--out")
            .arg(&out)
            .args(extra)
            .env("CORRIDOR_CONFIG_DIR", dir.path().join("config"))
            .output()
            .unwrap()
    };
    let refused = export(&[]);
    assert_eq!(refused.status.code(), Some(1));
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&refused.stdout),
        String::from_utf8_lossy(&refused.stderr)
    );
    assert!(said.contains("outside the project's folder"), "{said}");
    assert!(said.contains("--allow-outside-sources"), "{said}");
    assert!(!out.exists(), "nothing was exported");
    assert!(export(&["--allow-outside-sources"]).status.success());
    assert!(out.exists());

    // Changed since saved: refused unless accepted.
    std::fs::write(
        &data,
        [corridor_core::demo::DEMO_TRACES_CSV, b"\n"].concat(),
    )
    .unwrap();
    std::fs::remove_file(&out).unwrap();
    let changed = export(&["--allow-outside-sources"]);
    assert_eq!(changed.status.code(), Some(1));
    assert!(!out.exists());
    assert!(
        export(&["--allow-outside-sources", "--accept-changed"])
            .status
            .success()
    );
}

#[test]
fn the_app_asks_before_reading_a_received_projects_outside_files() {
    use corridor::app::StartOptions;
    use corridor::app::commands::Command;
    use corridor::app::project_session::ProjectCommand;
    use corridor_core::project::SourceStatus;
    use egui_kittest::kittest::Queryable;
    let dir = tempfile::tempdir().unwrap();
    let (project, _) = project_pointing_outside(dir.path());
    let mut harness = crate::harness::app_harness(StartOptions::default());
    let before = harness.state().session().data.version;
    harness
        .state_mut()
        .push(Command::Project(ProjectCommand::Open(project.clone())));
    for _ in 0..50 {
        harness.step();
        if harness.state().dialogs().sources.is_some() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    harness.run();
    let dialog = harness.state().dialogs().sources.clone().expect("it asks");
    assert!(matches!(dialog.statuses[0], SourceStatus::Outside { .. }));
    assert_eq!(
        harness.state().session().data.version,
        before,
        "nothing loaded"
    );
    harness.get_by_label_contains("outside the project's folder");
    harness
        .get_by_label("Allow files outside the folder")
        .click();
    for _ in 0..100 {
        harness.step();
        if harness.state().session().data.version != before && !harness.state().is_loading() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    crate::harness::wait_for_load(&mut harness);
    assert_ne!(
        harness.state().session().data.version,
        before,
        "loaded once allowed"
    );
    assert!(harness.state().dialogs().sources.is_none());
    // Remembered for this project file: opening it again does not ask.
    let trusted = &harness.state().settings().trusted_projects;
    assert_eq!(trusted.len(), 1);
    assert_eq!(
        trusted[0].path,
        corridor_core::project::paths::absolute(&project)
    );
}

#[test]
fn the_apps_save_and_export_dialogs_never_overwrite_an_input() {
    use corridor::app::StartOptions;
    use corridor::app::commands::Command;
    use corridor::app::project_session::ProjectCommand;
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("partner.csv");
    std::fs::write(&data, &corridor_core::demo::DEMO_TRACES_CSV[..50_000]).unwrap();
    let before = std::fs::read(&data).unwrap();
    #[cfg(unix)]
    let hard = {
        let hard = dir.path().join("same file.csv");
        std::fs::hard_link(&data, &hard).unwrap();
        hard
    };
    let mut harness = crate::harness::app_harness(StartOptions {
        paths: vec![data.clone()],
        ..Default::default()
    });
    let project = dir.path().join("case.corridor");
    let mut outputs = vec![
        Command::Project(ProjectCommand::ExportDataTo(data.clone())),
        Command::Project(ProjectCommand::SaveTo(data.clone())),
        Command::Project(ProjectCommand::SaveAliasKeyTo(data.clone())),
        Command::SaveReportTo(data.clone()),
    ];
    #[cfg(unix)]
    outputs.push(Command::Project(ProjectCommand::ExportDataTo(hard.clone())));
    for command in outputs {
        harness.state_mut().push(command.clone());
        harness.run();
        let notice = harness.state().window().notice.clone().expect("a notice");
        assert!(
            notice.is_error() && notice.text().contains("refusing to write"),
            "{command:?}: {}",
            notice.text()
        );
        assert_eq!(std::fs::read(&data).unwrap(), before, "{command:?}");
    }
    // Saving the project to its own file is what saving is; exporting over
    // it is not.
    harness
        .state_mut()
        .push(Command::Project(ProjectCommand::SaveTo(project.clone())));
    harness.run();
    let saved = std::fs::read(&project).unwrap();
    harness
        .state_mut()
        .push(Command::Project(ProjectCommand::SaveTo(project.clone())));
    harness.run();
    assert!(
        !harness
            .state()
            .window()
            .notice
            .as_ref()
            .is_some_and(|n| n.text().contains("refusing")),
        "the project saves over itself"
    );
    harness
        .state_mut()
        .push(Command::Project(ProjectCommand::ExportDataTo(
            project.clone(),
        )));
    harness.run();
    let notice = harness.state().window().notice.clone().expect("a notice");
    assert!(
        notice.text().contains("it is the project file"),
        "{}",
        notice.text()
    );
    assert_eq!(std::fs::read(&project).unwrap(), saved);
}

/// Peak resident memory of `corridor check FILES`, in KB, measured by
/// `/usr/bin/time -f %M`; `None` when that tool is not here (CI installs it
/// and, with `CORRIDOR_REQUIRE_STRACE=1`, requires it with strace).
fn peak_kb_of_check(dir: &Path, files: &[std::path::PathBuf]) -> Option<u64> {
    let time = Path::new("/usr/bin/time");
    if !time.exists() {
        assert!(
            !crate::offline::strace_required(),
            "/usr/bin/time is required (apt package time)"
        );
        eprintln!("skipped: no /usr/bin/time here");
        return None;
    }
    let output = std::process::Command::new(time)
        .args(["-f", "peak-kb %M"])
        .arg(env!("CARGO_BIN_EXE_corridor"))
        .args(["check", "--json"])
        .args(files)
        .env("CORRIDOR_CONFIG_DIR", dir.join("config"))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    let line = stderr
        .lines()
        .rev()
        .find_map(|l| l.strip_prefix("peak-kb "))
        .unwrap_or_else(|| panic!("no peak in {stderr}"));
    Some(line.trim().parse().unwrap())
}

#[test]
fn no_input_under_a_megabyte_takes_more_than_256_mb() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, text: String| {
        let path = dir.path().join(name);
        assert!(text.len() < 1 << 20, "{name}");
        std::fs::write(&path, text).unwrap();
        path
    };
    let locations = write(
        "locations.csv",
        "id,name,lat,lon\n".to_owned()
            + &(0..20)
                .map(|i| {
                    format!(
                        "L{i},Place {i},{},{}\n",
                        25.0 + f64::from(i) * 0.1,
                        -100.0 - f64::from(i) * 0.1
                    )
                })
                .collect::<String>(),
    );
    let flows = write(
        "flows.csv",
        "origin,dest,count\n".to_owned()
            + &(0..100)
                .map(|i| format!("L{},L{},1000000\n", i % 10, 10 + i % 10))
                .collect::<String>(),
    );
    let write_bytes = |name: &str, bytes: &[u8]| {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        path
    };
    let cases = [
        (
            "an .xls of two cells 65,535 rows apart on eight sheets",
            vec![write_bytes(
                "far-apart.xls",
                include_bytes!("../../crates/corridor_core/tests/fixtures/workbooks/far-apart.xls"),
            )],
        ),
        (
            "an .xls the fuzzer made, 398 MB before its estimate was fixed",
            vec![write_bytes(
                "estimate.xls",
                include_bytes!(
                    "../../crates/corridor_core/tests/fuzz_regressions/workbook/biff-estimate-under-calamines-range-copy.xls"
                ),
            )],
        ),
        (
            "a zip bomb named .xlsx (200 MB of zeros)",
            vec![write_bytes(
                "bomb.xlsx",
                &zipped("xl/worksheets/sheet1.xml", &[0; 200 << 20]),
            )],
        ),
        (
            "an .ods row repeated a million times, 1,000 cells wide",
            vec![write_bytes(
                "wide.ods",
                &zipped("content.xml", WIDE_ODS.as_bytes()),
            )],
        ),
        (
            "flowmap.blue: 100 flows of a million",
            vec![locations, flows],
        ),
        (
            "a line of a million commas",
            vec![write("commas.csv", ",".repeat(1_000_000))],
        ),
        (
            "40,000 rows with the same warning",
            vec![write(
                "tiny.csv",
                "trace_id,store_lat,store_lon,recovery_lat,recovery_lon\n".to_owned()
                    + &(0..40_000)
                        .map(|i| format!("{i},30,-100,20,-100\n"))
                        .collect::<String>(),
            )],
        ),
        (
            "500,000 nested brackets",
            vec![write(
                "nested.geojson",
                "[".repeat(500_000) + &"]".repeat(500_000),
            )],
        ),
        (
            "a quoted cell of 400,000 lines",
            vec![write(
                "quoted.csv",
                format!(
                    "trace_id,store_lat,store_lon,recovery_lat,recovery_lon\n1,\"{}\",1,2,3\n",
                    "a\n".repeat(400_000)
                ),
            )],
        ),
    ];
    for (what, files) in cases {
        let total: u64 = files
            .iter()
            .map(|f| std::fs::metadata(f).unwrap().len())
            .sum();
        assert!(total < 1 << 20, "{what}: {total} bytes");
        let Some(peak_kb) = peak_kb_of_check(dir.path(), &files) else {
            return;
        };
        eprintln!("{what}: {total} bytes, peak {peak_kb} KB");
        assert!(peak_kb < 256 * 1024, "{what}: peak {peak_kb} KB");
    }
}

/// One deflated entry in a zip archive.
fn zipped(name: &str, bytes: &[u8]) -> Vec<u8> {
    use std::io::Write as _;
    let mut buffer = std::io::Cursor::new(Vec::new());
    let mut zip = zip::ZipWriter::new(&mut buffer);
    let options = zip::write::SimpleFileOptions::default().large_file(true);
    zip.start_file(name, options).unwrap();
    zip.write_all(bytes).unwrap();
    zip.finish().unwrap();
    buffer.into_inner()
}

/// An OpenDocument sheet's content of one row repeated a million times,
/// a thousand cells wide: 10^9 cells if expanded.
const WIDE_ODS: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:spreadsheet><table:table table:name="S"><table:table-row table:number-rows-repeated="1000000"><table:table-cell table:number-columns-repeated="1000" office:value-type="float" office:value="1"><text:p>1</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>"#;

/// Hostile projects in `root/case/`, each named for what it does: a source
/// climbing out with `..`, a named pipe as a source, the same file a
/// thousand times, a million views. Returns (name, project path).
fn hostile_projects(root: &Path) -> Vec<(&'static str, std::path::PathBuf)> {
    use corridor_core::project::{Project, ProjectSource};
    let case = root.join("case");
    std::fs::create_dir_all(&case).unwrap();
    let text = String::from_utf8_lossy(corridor_core::demo::DEMO_TRACES_CSV);
    let small: String = text.lines().take(300).map(|l| format!("{l}\n")).collect();
    std::fs::write(root.join("secret.csv"), &small).unwrap();
    std::fs::write(case.join("traces.csv"), &small).unwrap();
    let source = |relative: &str| ProjectSource {
        name: relative.rsplit('/').next().unwrap_or(relative).into(),
        relative_path: Some(relative.into()),
        absolute_path: String::new(),
        sha256: corridor_core::project::source::sha256_hex(small.as_bytes()),
        size_bytes: small.len() as u64,
        builtin_demo: false,
        embedded: None,
        sheet: None,
    };
    let save = |name: &str, project: Project| {
        let path = case.join(name);
        project.save(&path).unwrap();
        path
    };
    let mut projects = vec![(
        "climbs out with ..",
        save(
            "climbs.corridor",
            Project {
                sources: vec![source("../secret.csv")],
                ..Project::default()
            },
        ),
    )];
    let made_fifo = std::process::Command::new("mkfifo")
        .arg(case.join("pipe.csv"))
        .status()
        .is_ok_and(|s| s.success());
    if made_fifo {
        projects.push((
            "a named pipe as its source",
            save(
                "pipe.corridor",
                Project {
                    sources: vec![source("pipe.csv")],
                    ..Project::default()
                },
            ),
        ));
    }
    projects.push((
        "the same file a thousand times",
        save(
            "thousand.corridor",
            Project {
                sources: (0..1_000).map(|_| source("traces.csv")).collect(),
                ..Project::default()
            },
        ),
    ));
    // A million views, written by hand: 3 MB of `{}`.
    let base = Project::default().to_json().unwrap();
    let million = base.replacen(
        "\"views\": []",
        &format!("\"views\": [{}{{}}]", "{},".repeat(999_999)),
        1,
    );
    assert!(million.len() > 3_000_000, "the views went in");
    let path = case.join("million.corridor");
    std::fs::write(&path, million).unwrap();
    projects.push(("a million views", path));
    projects
}

#[test]
fn hostile_projects_answer_within_five_seconds_on_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    for (what, project) in hostile_projects(dir.path()) {
        let out = dir.path().join("case").join("slide.svg");
        let _ = std::fs::remove_file(&out);
        let started = Instant::now();
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_corridor"))
            .args(["export", "--json"])
            .arg(&project)
            .arg("--out")
            .arg(&out)
            .env("CORRIDOR_CONFIG_DIR", dir.path().join("config"))
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        while child.try_wait().unwrap().is_none() {
            if started.elapsed() > Duration::from_secs(5) {
                child.kill().unwrap();
                panic!("{what}: no answer within 5 s");
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let output = child.wait_with_output().unwrap();
        let stdout = String::from_utf8_lossy(&output.stdout);
        let json: serde_json::Value = serde_json::from_str(&stdout)
            .unwrap_or_else(|e| panic!("{what}: one JSON document: {e}: {stdout}"));
        match what {
            "the same file a thousand times" => {
                assert!(output.status.success(), "{what}: {stdout}");
                assert!(out.exists(), "{what}");
            }
            _ => {
                assert_eq!(output.status.code(), Some(1), "{what}: {stdout}");
                assert!(!out.exists(), "{what}: nothing exported");
                let message = json["error"]["message"].as_str().unwrap_or_default();
                let expected = match what {
                    "climbs out with .." => "outside the project's folder",
                    "a million views" => "too many saved views",
                    _ => "pipe.csv",
                };
                assert!(message.contains(expected), "{what}: {message}");
            }
        }
        eprintln!("{what}: answered in {:?}", started.elapsed());
    }
}

#[test]
fn hostile_projects_answer_within_five_seconds_in_the_app() {
    use corridor::app::StartOptions;
    use corridor::app::commands::Command;
    use corridor::app::project_session::ProjectCommand;
    use corridor_core::project::SourceStatus;
    let dir = tempfile::tempdir().unwrap();
    let projects = hostile_projects(dir.path());
    let mut harness = crate::harness::app_harness(StartOptions::default());
    for (what, project) in projects {
        let before = harness.state().session().data.version;
        let notice_of =
            |state: &corridor::app::CorridorApp| state.window().notice.as_ref().map(|n| n.text());
        let notice_before = notice_of(harness.state());
        let started = Instant::now();
        harness
            .state_mut()
            .push(Command::Project(ProjectCommand::Open(project.clone())));
        // An answer: the sources dialog, a notice, or the data loaded.
        loop {
            harness.step();
            let state = harness.state();
            if state.dialogs().sources.is_some()
                || notice_of(state) != notice_before
                || (state.session().data.version != before && !state.is_loading())
            {
                break;
            }
            assert!(
                started.elapsed() < Duration::from_secs(5),
                "{what}: no answer within 5 s"
            );
            std::thread::sleep(Duration::from_millis(10));
        }
        let state = harness.state();
        match what {
            "climbs out with .." => {
                let dialog = state.dialogs().sources.as_ref().expect(what);
                assert!(
                    matches!(dialog.statuses[0], SourceStatus::Outside { .. }),
                    "{what}"
                );
                assert_eq!(state.session().data.version, before, "{what}: nothing read");
            }
            "a named pipe as its source" => {
                let dialog = state.dialogs().sources.as_ref().expect(what);
                assert!(
                    matches!(dialog.statuses[0], SourceStatus::Missing),
                    "{what}"
                );
            }
            "a million views" => {
                let notice = state.window().notice.as_ref().expect(what);
                assert!(
                    notice.text().contains("too many saved views"),
                    "{what}: {}",
                    notice.text()
                );
            }
            _ => {
                crate::harness::wait_for_load(&mut harness);
                let sources = &harness.state().session().data.dataset().sources;
                assert_eq!(sources.len(), 1, "{what}: loaded once");
            }
        }
        harness
            .state_mut()
            .push(Command::Project(ProjectCommand::CancelOpen));
        harness.run();
        eprintln!("{what}: answered in {:?}", started.elapsed());
    }
}

#[test]
fn a_deck_into_a_folder_never_writes_over_an_input() {
    use corridor::app::StartOptions;
    use corridor::app::briefing_ui::BriefingCommand;
    use corridor::app::commands::Command;
    use corridor::app::image_export::{ImageCommand, ImageScope};
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("partner.csv");
    std::fs::write(&data, &corridor_core::demo::DEMO_TRACES_CSV[..50_000]).unwrap();
    let before = std::fs::read(&data).unwrap();
    let mut harness = crate::harness::app_harness(StartOptions {
        paths: vec![data.clone()],
        ..Default::default()
    });
    harness
        .state_mut()
        .push(Command::Briefing(BriefingCommand::AddView));
    harness.run();
    // The file the view's image would be named, in the deck's folder, is
    // the data file under another name (a hard link).
    let name = {
        let session = harness.state().session();
        let heading = corridor_core::render::title::view_heading(
            session.data.dataset(),
            &session.briefing.views[0],
            corridor_core::i18n::Lang::En,
        );
        format!(
            "{}.png",
            corridor_core::export::image::file_names::file_stem(&heading)
        )
    };
    let deck = dir.path().join("deck");
    std::fs::create_dir(&deck).unwrap();
    std::fs::hard_link(&data, deck.join(&name)).unwrap();
    harness
        .state_mut()
        .push(Command::Image(ImageCommand::ExportTo(
            deck.clone(),
            ImageScope::AllViews,
        )));
    harness.step();
    let started = Instant::now();
    while harness.state().jobs().image.is_some() {
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "the export ends"
        );
        std::thread::sleep(Duration::from_millis(20));
        harness.step();
    }
    harness.run();
    let notice = harness.state().window().notice.clone().expect("a notice");
    assert!(
        notice.is_error()
            && notice.text().contains("refusing to write")
            && notice.text().contains(&name),
        "{}",
        notice.text()
    );
    assert_eq!(std::fs::read(&data).unwrap(), before);
}
