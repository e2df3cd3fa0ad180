//! `.corridor` project files: a lossless save/load round trip, the v1
//! migration on a committed fixture, refusing newer versions, JSON errors
//! with positions, source checks (ok, changed, missing, relocated, moved
//! with the project), embedded data, and an atomic save interrupted at
//! every step leaving the previous project whole.

use crate::common;

use std::path::{Path, PathBuf};

use corridor_core::aggregate::{DateField, FlowDensity, Range, Selection};
use corridor_core::briefing::{Annotation, Redaction, SavedView, Shape};
use corridor_core::cluster::Grouping;
use corridor_core::import::values::DateOrder;
use corridor_core::model::{Day, WeaponClass};
use corridor_core::project::atomic::{SaveStep, WRITE_CHUNK_BYTES, write_atomic_with};
use corridor_core::project::embed::Embedded;
use corridor_core::project::source::{sha256_hex, sources_for};
use corridor_core::project::{
    CURRENT_SCHEMA_VERSION, ImportChoices, OutsideSources, Project, ProjectError, ProjectSource,
    SourceStatus, parse_project, read_project,
};
use corridor_core::scene::{FlowColoring, MapView, Rgba, Theme};

fn fixture_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/project")
}

/// A project using every part of the format, with names in several scripts.
fn rich_project() -> Project {
    let mut filter = corridor_core::aggregate::TraceFilter::default();
    filter.set_class(WeaponClass::Pistol, false);
    filter.make_model = "Colt «AR-15»".into();
    filter.date_field = DateField::Purchase;
    filter.dates = Range {
        from: Day::from_ymd(2019, 1, 1),
        to: Day::from_ymd(2020, 12, 31),
    };
    filter.ttc_days = Range {
        from: Some(30),
        to: Some(900),
    };
    let annotations = vec![
        Annotation::note(1, 31.33, -110.94, "Nogales — cruce"),
        Annotation {
            id: 2,
            shape: Shape::Arrow {
                to_lat_deg: 24.8,
                to_lon_deg: -107.39,
            },
            lat_deg: 33.45,
            lon_deg: -112.07,
            text: "Phoenix → Culiacán 🚚".into(),
            color: Rgba::rgb(0x12, 0x34, 0x56),
        },
        Annotation {
            id: 3,
            shape: Shape::Circle { radius_km: 42.5 },
            lat_deg: 19.43,
            lon_deg: -99.13,
            text: "Ciudad de México / 墨西哥城".into(),
            color: Rgba::rgb(0, 0, 0),
        },
    ];
    let mut selection = Selection::default();
    selection.stores.extend([0, 3, 17]);
    selection.sites.insert(5);
    selection.between = true;
    let view = SavedView {
        name: "Sinaloa ".into(),
        title: "Phoenix–Sinaloa corridor".into(),
        subtitle: "Last quarter, .50 calibre".into(),
        camera: MapView {
            center_lat_deg: 28.123456789,
            center_lon_deg: -108.987654321,
            zoom: 6.25,
        },
        filter: filter.clone(),
        density: FlowDensity {
            min_traces: 3,
            top: None,
        },
        grouping: Grouping::Locations,
        lock_scales: true,
        coloring: FlowColoring::Single,
        marks: corridor_core::scene::marks::MarkOptions {
            flagged: corridor_core::investigate::IndicatorSet(0b101),
            overlaps: false,
            fade_stale: true,
        },
        theme: Theme::Dark,
        selection: selection.clone(),
        annotations: annotations[..1].to_vec(),
    };
    Project {
        sources: vec![
            ProjectSource {
                name: "trazas_señal.csv".into(),
                relative_path: Some("datos/trazas_señal.csv".into()),
                absolute_path: "/casos/datos/trazas_señal.csv".into(),
                sha256: "ab".repeat(32),
                size_bytes: 1234,
                builtin_demo: false,
                embedded: Some(Embedded::from_bytes(b"Jos\xe9,\xc1vila\r\n".to_vec())),
                sheet: None,
            },
            ProjectSource {
                name: "traces.csv".into(),
                relative_path: None,
                absolute_path: "/other/traces.csv".into(),
                sha256: "cd".repeat(32),
                size_bytes: 99,
                builtin_demo: false,
                embedded: Some(Embedded::from_bytes("id\n1 — ✓\n".as_bytes().to_vec())),
                sheet: None,
            },
        ],
        import: ImportChoices {
            mappings: Vec::new(),
            date_order: Some(DateOrder::DayFirst),
            header_overrides: vec!["Municipio del hallazgo=recovery_place".into()],
            agencies: vec![("seizures.csv".into(), "HSI".into())],
            excluded_sheets: Vec::new(),
            matrix_rows: Some(corridor_core::import::matrix::MatrixRows::Origin),
        },
        current: SavedView {
            name: "Current".into(),
            selection,
            annotations,
            ..view.clone()
        },
        views: vec![
            view,
            SavedView {
                name: "Überblick".into(),
                ..Default::default()
            },
        ],
        redaction: Redaction {
            identifiers: true,
            dealer_names: true,
        },
        ..Project::default()
    }
}

#[test]
fn save_then_load_is_lossless() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("Informe Sonora ✓.corridor");
    let project = rich_project();
    project.save(&path).unwrap();
    let loaded = read_project(&path).unwrap();
    assert_eq!(loaded, project);
    // And saving what was loaded writes the same bytes.
    let again = dir.path().join("again.corridor");
    loaded.save(&again).unwrap();
    assert_eq!(
        std::fs::read(&path).unwrap(),
        std::fs::read(&again).unwrap()
    );
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("\"schema_version\": 2"), "{text}");
    assert!(text.contains("\"encoding\": \"base64\""));
    assert!(text.contains("\"encoding\": \"utf8\""));
    // Nothing but the project is left in the folder.
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names.len(), 2, "{names:?}");
}

#[test]
fn a_version_1_project_is_migrated() {
    let path = fixture_dir().join("v1-brief.corridor");
    let project = read_project(&path).unwrap();
    assert_eq!(project.schema_version, CURRENT_SCHEMA_VERSION);
    assert_eq!(project.saved_by, "Corridor 0.0.9");
    let [source] = project.sources.as_slice() else {
        panic!("one source: {:?}", project.sources)
    };
    assert_eq!(source.name, "traces.csv");
    assert_eq!(source.relative_path.as_deref(), Some("data/traces.csv"));
    assert!(Path::new(&source.absolute_path).is_absolute());
    assert_eq!(source.size_bytes, 0, "v1 did not keep sizes");
    // The relative path finds the committed data file, same bytes.
    let data = fixture_dir().join("data/traces.csv");
    assert_eq!(
        source.check(&fixture_dir(), OutsideSources::Allow),
        SourceStatus::Ok(data.clone()),
        "hash {}",
        sha256_hex(&std::fs::read(&data).unwrap())
    );
    assert_eq!(project.import.date_order, Some(DateOrder::DayFirst));
    let current = &project.current;
    assert_eq!(current.theme, Theme::Dark);
    assert_eq!(current.coloring, FlowColoring::Single);
    assert_eq!(current.grouping, Grouping::Locations);
    assert!(current.lock_scales);
    assert_eq!(current.filter.make_model, "glock");
    assert_eq!(current.filter.date_field, DateField::Purchase);
    assert_eq!(current.filter.dates.from, Day::from_ymd(2019, 1, 1));
    assert_eq!(current.density.min_traces, 2);
    assert_eq!(current.camera.zoom, 6.0);
    assert_eq!(current.annotations.len(), 1);
    assert_eq!(current.annotations[0].text, "Nogales crossing");
    assert!(current.selection.is_empty());
    assert_eq!(project.views.len(), 1);
    assert_eq!(project.views[0].heading(), "Phoenix to Sonora");
    assert!(project.redaction.identifiers);
    assert_eq!(project.briefing().annotations, current.annotations);
    // Saved again it is a version-2 file that reads back the same.
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("v2.corridor");
    project.save(&copy).unwrap();
    assert_eq!(read_project(&copy).unwrap(), project);
}

#[test]
fn a_newer_version_is_refused_naming_file_and_versions() {
    let text = r#"{"format": "corridor-project", "schema_version": 3, "sources": "a new shape"}"#;
    let error = parse_project(text, Path::new("/cases/brief.corridor")).unwrap_err();
    assert!(
        matches!(
            error,
            ProjectError::Newer {
                found: 3,
                supported: 2,
                ..
            }
        ),
        "{error:?}"
    );
    let message = error.to_string();
    assert!(message.contains("/cases/brief.corridor"), "{message}");
    assert!(message.contains("version 3"), "{message}");
    assert!(message.contains("up to 2"), "{message}");
}

#[test]
fn bad_json_names_file_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("broken.corridor");
    let mut text = rich_project().to_json().unwrap();
    // Cut the file short, as a crash of a non-atomic writer would (at a
    // character boundary: the text holds non-ASCII names).
    let mut cut = text.len() / 2;
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    text.truncate(cut);
    std::fs::write(&path, &text).unwrap();
    let error = read_project(&path).unwrap_err();
    let ProjectError::Json { line, column, .. } = &error else {
        panic!("{error:?}")
    };
    assert_eq!(*line, text.lines().count());
    assert!(*column > 0);
    assert!(error.to_string().contains("broken.corridor"), "{error}");
    assert!(
        error.to_string().contains(&format!("line {line}")),
        "{error}"
    );

    // A wrong type deep inside is located too.
    let text = "{\n \"format\": \"corridor-project\",\n \"schema_version\": 2,\n \"views\": [\n  {\"lock_scales\": \"yes\"}\n ]\n}";
    let error = parse_project(text, Path::new("typed.corridor")).unwrap_err();
    assert!(
        matches!(error, ProjectError::Json { line: 5, .. }),
        "{error:?}"
    );

    let error = parse_project("{\"views\": []}", Path::new("other.json")).unwrap_err();
    assert!(matches!(error, ProjectError::NotAProject { .. }), "{error}");
}

/// A project in `dir` with one source file `data/traces.csv`.
fn project_with_file(dir: &Path, bytes: &[u8]) -> (Project, PathBuf, PathBuf) {
    let data = dir.join("data/traces.csv");
    std::fs::create_dir_all(data.parent().unwrap()).unwrap();
    std::fs::write(&data, bytes).unwrap();
    let file = corridor_core::model::SourceFile {
        path: data.clone(),
        name: "traces.csv".into(),
        sha256: sha256_hex(bytes),
        size_bytes: bytes.len() as u64,
        synthetic: false,
        sheet: None,
        numbering: Default::default(),
    };
    let project = Project {
        sources: sources_for(&[file], &[], Some(dir), false).unwrap(),
        ..Project::default()
    };
    (project, dir.join("case.corridor"), data)
}

#[test]
fn sources_are_checked_ok_changed_missing_and_can_be_relocated() {
    let dir = tempfile::tempdir().unwrap();
    let (mut project, path, data) = project_with_file(dir.path(), b"a,b\n1,2\n");
    assert_eq!(
        project.sources[0].relative_path.as_deref(),
        Some("data/traces.csv")
    );
    project.save(&path).unwrap();
    let source = &project.sources[0];
    assert_eq!(
        source.check(dir.path(), OutsideSources::Allow),
        SourceStatus::Ok(data.clone())
    );

    std::fs::write(&data, b"a,b\n1,3\n").unwrap();
    assert_eq!(
        source.check(dir.path(), OutsideSources::Allow),
        SourceStatus::Changed {
            path: data.clone(),
            sha256: sha256_hex(b"a,b\n1,3\n")
        }
    );

    let moved = dir.path().join("elsewhere/renamed.csv");
    std::fs::create_dir_all(moved.parent().unwrap()).unwrap();
    std::fs::write(&moved, b"a,b\n1,2\n").unwrap();
    std::fs::remove_file(&data).unwrap();
    assert_eq!(
        source.check(dir.path(), OutsideSources::Allow),
        SourceStatus::Missing
    );

    project.sources[0].relocate(&moved, Some(dir.path()));
    let source = &project.sources[0];
    assert_eq!(
        source.relative_path.as_deref(),
        Some("elsewhere/renamed.csv")
    );
    assert_eq!(source.name, "renamed.csv");
    assert_eq!(
        source.check(dir.path(), OutsideSources::Allow),
        SourceStatus::Ok(moved.clone())
    );
    assert_eq!(
        source
            .data_source(&source.check(dir.path(), OutsideSources::Allow))
            .unwrap(),
        Some(corridor_core::import::DataSource::Path(moved))
    );
}

#[test]
fn a_project_folder_moved_as_a_whole_still_finds_its_data() {
    let dir = tempfile::tempdir().unwrap();
    let original = dir.path().join("case");
    let (project, path, _) = project_with_file(&original, b"x\n1\n");
    project.save(&path).unwrap();
    let moved = dir.path().join("handed over");
    std::fs::rename(&original, &moved).unwrap();
    let reopened = read_project(&moved.join("case.corridor")).unwrap();
    assert_eq!(
        reopened.sources[0].check(&moved, OutsideSources::Allow),
        SourceStatus::Ok(moved.join("data/traces.csv"))
    );
}

#[test]
fn embedded_data_opens_without_the_file_and_damage_is_caught() {
    let dir = tempfile::tempdir().unwrap();
    let bytes = corridor_core::demo::DEMO_TRACES_CSV[..20_000].to_vec();
    let (project, path, data) = project_with_file(dir.path(), &bytes);
    let embedded = Project {
        sources: sources_for(
            &[corridor_core::model::SourceFile {
                path: data.clone(),
                name: "traces.csv".into(),
                sha256: sha256_hex(&bytes),
                size_bytes: bytes.len() as u64,
                synthetic: true,
                sheet: None,
                numbering: Default::default(),
            }],
            &project.sources,
            Some(dir.path()),
            true,
        )
        .unwrap(),
        ..project
    };
    embedded.save(&path).unwrap();
    std::fs::remove_file(&data).unwrap();
    let reopened = read_project(&path).unwrap();
    let source = &reopened.sources[0];
    let status = source.check(dir.path(), OutsideSources::Allow);
    assert_eq!(status, SourceStatus::Inside);
    assert_eq!(
        source.data_source(&status).unwrap(),
        Some(corridor_core::import::DataSource::Bytes {
            name: "traces.csv".into(),
            bytes: bytes.clone()
        })
    );

    let mut damaged = reopened.clone();
    damaged.sources[0].embedded = Some(Embedded::from_bytes(b"tampered".to_vec()));
    let error = damaged.sources[0].data_source(&status).unwrap_err();
    assert!(matches!(error, ProjectError::Embedded { .. }), "{error}");

    // Saving again (data loaded from memory now) keeps the paths it had.
    let again = sources_for(
        &[corridor_core::model::SourceFile {
            path: PathBuf::from("traces.csv"),
            name: "traces.csv".into(),
            sha256: sha256_hex(&bytes),
            size_bytes: bytes.len() as u64,
            synthetic: true,
            sheet: None,
            numbering: Default::default(),
        }],
        &reopened.sources,
        Some(dir.path()),
        false,
    )
    .unwrap();
    assert_eq!(again[0].absolute_path, reopened.sources[0].absolute_path);
    assert_eq!(again[0].relative_path.as_deref(), Some("data/traces.csv"));
    assert_eq!(again[0].embedded, None, "not embedded unless asked");
}

#[test]
fn the_demo_source_is_recognised_by_its_hash() {
    let file = corridor_core::model::SourceFile {
        path: PathBuf::from(corridor_core::demo::DEMO_NAME),
        name: corridor_core::demo::DEMO_NAME.into(),
        sha256: sha256_hex(corridor_core::demo::DEMO_TRACES_CSV),
        size_bytes: corridor_core::demo::DEMO_TRACES_CSV.len() as u64,
        synthetic: true,
        sheet: None,
        numbering: Default::default(),
    };
    let sources = sources_for(&[file], &[], None, true).unwrap();
    assert!(sources[0].builtin_demo);
    assert_eq!(sources[0].embedded, None, "every Corridor has the demo");
    assert_eq!(
        sources[0].check(Path::new("/"), OutsideSources::Allow),
        SourceStatus::Inside
    );
}

/// The steps a save of `bytes` goes through.
fn steps_of(path: &Path, bytes: &[u8]) -> Vec<SaveStep> {
    let mut steps = Vec::new();
    write_atomic_with(path, bytes, &mut |step| {
        steps.push(step);
        Ok(())
    })
    .unwrap();
    steps
}

#[test]
fn a_save_interrupted_at_any_step_leaves_the_previous_project() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("brief.corridor");
    let old = rich_project();
    old.save(&path).unwrap();
    let old_bytes = std::fs::read(&path).unwrap();

    // A new version big enough to be written in several chunks.
    let mut new = rich_project();
    new.views[1].subtitle = "x".repeat(WRITE_CHUNK_BYTES * 2);
    let new_bytes = new.to_json().unwrap().into_bytes();
    let scratch = dir.path().join("scratch.corridor");
    let steps = steps_of(&scratch, &new_bytes);
    std::fs::remove_file(&scratch).unwrap();
    assert!(steps.contains(&SaveStep::Write(2)), "{steps:?}");
    assert_eq!(steps.first(), Some(&SaveStep::CreateTemp));
    assert_eq!(
        &steps[steps.len() - 4..],
        &[
            SaveStep::Flush,
            SaveStep::SyncFile,
            SaveStep::Rename,
            SaveStep::SyncDir
        ]
    );

    let temp_files = || -> Vec<_> {
        std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .filter(|n| n.to_string_lossy().ends_with(".tmp"))
            .collect()
    };
    for (n, &failing) in steps.iter().enumerate() {
        for crash in [false, true] {
            let temp_before = temp_files();
            let mut seen = 0;
            let mut hook = |step: SaveStep| {
                seen += 1;
                if step != failing {
                    return Ok(());
                }
                if crash {
                    // Stands for the process dying here: no clean-up runs.
                    panic!("crash at {step:?}");
                }
                Err(std::io::Error::other(format!("disk full at {step:?}")))
            };
            let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                write_atomic_with(&path, &new_bytes, &mut hook)
            }));
            assert_eq!(seen, n + 1, "stopped at step {n}");
            if !crash {
                let error = result.unwrap().unwrap_err();
                assert_eq!(error.step, failing);
            }
            if failing == SaveStep::SyncDir {
                // The rename happened: the new project, whole.
                assert_eq!(std::fs::read(&path).unwrap(), new_bytes);
                assert_eq!(read_project(&path).unwrap(), new);
                std::fs::write(&path, &old_bytes).unwrap();
            } else {
                assert_eq!(
                    std::fs::read(&path).unwrap(),
                    old_bytes,
                    "{failing:?} crash={crash}"
                );
                assert_eq!(read_project(&path).unwrap(), old);
            }
            if !crash {
                assert_eq!(temp_files(), temp_before, "{failing:?} left a file");
            }
        }
    }
    // Temporary files a crash left behind do not stop the next save.
    new.save(&path).unwrap();
    assert_eq!(read_project(&path).unwrap(), new);
}

#[test]
fn the_recovery_file_is_written_read_and_removed() {
    use corridor_core::project::recovery::{read_recovery, remove_recovery, write_recovery};
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("config/recovery.corridor");
    assert!(read_recovery(&path).is_none());
    let project = Project {
        autosave_of: Some("/cases/brief.corridor".into()),
        ..rich_project()
    };
    write_recovery(&path, &project).unwrap();
    assert_eq!(read_recovery(&path).unwrap().unwrap(), project);
    remove_recovery(&path).unwrap();
    assert!(read_recovery(&path).is_none());
    remove_recovery(&path).unwrap();
}

#[test]
fn a_project_loads_through_the_importer_like_its_files() {
    let dir = tempfile::tempdir().unwrap();
    let bytes = corridor_core::demo::DEMO_TRACES_CSV[..50_000].to_vec();
    let (project, path, data) = project_with_file(dir.path(), &bytes);
    project.save(&path).unwrap();
    let direct = common::load(&[("traces.csv", &bytes)]);
    let reopened = read_project(&path).unwrap();
    let sources: Vec<_> = reopened
        .sources
        .iter()
        .filter_map(|s| {
            s.data_source(&s.check(dir.path(), OutsideSources::Allow))
                .unwrap()
        })
        .collect();
    assert_eq!(sources, vec![corridor_core::import::DataSource::Path(data)]);
    let options = reopened.import.options().unwrap();
    let outcome = corridor_core::import::import_into(
        corridor_core::import::builder::DatasetBuilder::new(common::classifier()),
        &sources,
        &options,
        &corridor_core::import::ImportControl::default(),
    )
    .unwrap();
    assert_eq!(outcome.dataset.traces.len(), direct.dataset.traces.len());
    assert!(outcome.dataset.traces.len() > 10);
    assert_eq!(outcome.dataset.sources[0].sha256, project.sources[0].sha256);
}

#[test]
fn a_received_project_reads_nothing_outside_its_folder_without_consent() {
    let root = tempfile::tempdir().unwrap();
    let folder = root.path().join("case");
    std::fs::create_dir(&folder).unwrap();
    // A file elsewhere on this computer, named by absolute path and by "..".
    let secret = root.path().join("informants.csv");
    std::fs::write(&secret, "name\nsomebody\n").unwrap();
    let sha256 = sha256_hex(&std::fs::read(&secret).unwrap());
    let named = |relative: Option<&str>, absolute: &Path| ProjectSource {
        name: "informants.csv".into(),
        relative_path: relative.map(str::to_owned),
        absolute_path: absolute.to_string_lossy().into_owned(),
        sha256: sha256.clone(),
        size_bytes: 14,
        builtin_demo: false,
        embedded: None,
        sheet: None,
    };
    for source in [
        named(None, &secret),
        named(Some("../informants.csv"), Path::new("")),
    ] {
        match source.check(&folder, OutsideSources::Refuse) {
            SourceStatus::Outside { path, size_bytes } => {
                assert_eq!(
                    std::fs::canonicalize(path).unwrap(),
                    std::fs::canonicalize(&secret).unwrap()
                );
                assert_eq!(size_bytes, Some(14));
            }
            other => panic!("read without consent: {other:?}"),
        }
        assert_eq!(
            source
                .data_source(&source.check(&folder, OutsideSources::Refuse))
                .unwrap(),
            None
        );
        assert!(matches!(
            source.check(&folder, OutsideSources::Allow),
            SourceStatus::Ok(_)
        ));
    }
    // A file inside the folder needs no consent.
    let inside = folder.join("traces.csv");
    std::fs::write(&inside, "name\nsomebody\n").unwrap();
    let source = named(Some("traces.csv"), &inside);
    assert_eq!(
        source.check(&folder, OutsideSources::Refuse),
        SourceStatus::Ok(inside)
    );
}

#[test]
fn an_oversized_project_is_refused_before_anything_is_built() {
    let dir = tempfile::tempdir().unwrap();
    let project = Project {
        views: vec![SavedView::default(); 1_001],
        ..Project::default()
    };
    let path = dir.path().join("many.corridor");
    project.save(&path).unwrap();
    let error = read_project(&path).unwrap_err();
    assert!(
        matches!(error, ProjectError::TooLarge { found: 1_001, .. }),
        "{error}"
    );
    assert!(
        error.to_string().contains("too many saved views"),
        "{error}"
    );
    // A pipe named as a project is refused without opening it (no hang).
    let fifo = dir.path().join("pipe.corridor");
    if std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .is_ok_and(|s| s.success())
    {
        let error = read_project(&fifo).unwrap_err();
        assert!(error.to_string().contains("named pipe"), "{error}");
    }
}
