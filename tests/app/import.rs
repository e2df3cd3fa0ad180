//! Import interactions driven through the accessibility tree: the column
//! mapping dialog, the date-order choice, add versus replace, and
//! cancelling a load.

use crate::common;

use crate::harness::wait_for_load;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use corridor::app::{CorridorApp, StartOptions};
use corridor_core::model::Day;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

fn harness(paths: Vec<PathBuf>) -> Harness<'static, CorridorApp> {
    crate::harness::app_harness(StartOptions {
        paths,
        ..Default::default()
    })
}

#[derive(Debug)]
struct DroppedPath(PathBuf);

impl egui::DroppedFile for DroppedPath {
    fn path(&self) -> &Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

fn drop_file(harness: &mut Harness<'static, CorridorApp>, path: &Path) {
    harness
        .input_mut()
        .dropped_files
        .push(Arc::new(DroppedPath(path.to_owned())));
    wait_for_load(harness);
}

/// Picks `option` for a column in the mapping dialog.
fn choose(harness: &mut Harness<'static, CorridorApp>, column: &str, option: &str) {
    harness
        .get_by_label(&format!("Field for column '{column}'"))
        .click();
    harness.run();
    // The option may be scrolled out of the popup's view first.
    harness.get_by_label(option).scroll_to_me();
    harness.run();
    harness.get_by_label(option).click();
    harness.run();
}

#[test]
fn the_mapping_dialog_maps_unknown_columns_and_remembers_them() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("partner.csv");
    std::fs::write(
        &path,
        "Folio,Arma,Comprado en,Lat A,Lon A,Encontrado en,Lat B,Lon B\n\
         F1,pistola,Fictional Guns,33.45,-112.07,Culiacán,24.81,-107.39\n\
         F2,fusil,Fictional Guns,33.45,-112.07,Reynosa,26.05,-98.30\n",
    )
    .unwrap();
    let mut harness = harness(Vec::new());
    drop_file(&mut harness, &path);
    harness.get_by_label("Map columns: partner.csv");
    assert_eq!(
        harness.query_all_by_label_contains("Still needed").count(),
        2
    );
    for (column, field) in [
        ("Folio", "Trace id"),
        ("Lat A", "Store latitude"),
        ("Lon A", "Store longitude"),
        ("Encontrado en", "Recovery place / municipality"),
        ("Lat B", "Recovery latitude"),
        ("Lon B", "Recovery longitude"),
    ] {
        choose(&mut harness, column, field);
    }
    assert_eq!(
        harness.query_all_by_label_contains("Still needed").count(),
        0
    );
    harness.get_by_label("Load with this mapping").click();
    harness.run();
    wait_for_load(&mut harness);
    let data = &harness.state().session().data.dataset();
    assert_eq!(data.traces.len(), 2);
    assert_eq!(data.traces.trace_id.get(0), "F1");
    assert_eq!(data.str(data.site(data.traces.site[1]).place), "Reynosa");
    assert!(harness.state().dialogs().mapping.is_none());
    assert_eq!(
        harness.state().settings().mappings.len(),
        1,
        "the mapping is remembered"
    );
}

#[test]
fn ambiguous_dates_ask_and_the_choice_is_applied_and_remembered() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("dates.csv");
    std::fs::write(
        &path,
        format!(
            "{}\n{}\n",
            common::HEADER,
            common::row("T1", "S1", "R1").replace("2009-03-01", "03/01/2009")
        ),
    )
    .unwrap();
    let mut harness = harness(Vec::new());
    drop_file(&mut harness, &path);
    harness.get_by_label("Date order");
    assert_eq!(
        harness
            .state()
            .session()
            .data
            .dataset()
            .traces
            .purchase_date[0],
        Day::from_ymd(2009, 3, 1).unwrap()
    );
    harness.get_by_label("Day first (DD/MM/YYYY)").click();
    harness.run();
    harness.get_by_label("Apply and reload").click();
    harness.run();
    wait_for_load(&mut harness);
    assert_eq!(
        harness
            .state()
            .session()
            .data
            .dataset()
            .traces
            .purchase_date[0],
        Day::from_ymd(2009, 1, 3).unwrap()
    );
    assert!(
        harness.state().dialogs().date.is_none(),
        "no question once chosen"
    );
    let mapping = &harness.state().settings().mappings[0];
    assert_eq!(
        mapping.date_order,
        Some(corridor_core::import::values::DateOrder::DayFirst)
    );
}

fn two_files() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("atf.csv");
    let b = dir.path().join("ice.csv");
    std::fs::write(
        &a,
        format!(
            "{}\n{}\n{}\n",
            common::HEADER,
            common::row("A1", "S1", "R1"),
            common::row("A2", "S1", "R2")
        ),
    )
    .unwrap();
    std::fs::write(
        &b,
        format!("{}\n{}\n", common::HEADER, common::row("B1", "S1", "R1")),
    )
    .unwrap();
    (dir, a, b)
}

#[test]
fn opening_a_second_dataset_asks_to_add_or_replace_and_provenance_survives() {
    let (_dir, a, b) = two_files();
    let mut harness = harness(vec![a]);
    assert_eq!(harness.state().session().data.dataset().traces.len(), 2);
    drop_file(&mut harness, &b);
    harness.get_by_label_contains("Add the new records to them, or replace them?");
    harness.get_by_label("Add to the loaded data").click();
    harness.run();
    wait_for_load(&mut harness);
    let data = harness.state().session().data.dataset().clone();
    assert_eq!(data.traces.len(), 3);
    assert_eq!(data.sources.len(), 2);
    assert_eq!(
        data.stores.len(),
        1,
        "the same store in both files is one store"
    );
    let b1 = (0..data.traces.len())
        .find(|&r| data.traces.trace_id.get(r) == "B1")
        .unwrap();
    let source = data.traces.source(b1);
    assert_eq!(data.sources[source.file as usize].name, "ice.csv");
    assert_eq!(source.line, 2);
    let a2 = (0..data.traces.len())
        .find(|&r| data.traces.trace_id.get(r) == "A2")
        .unwrap();
    assert_eq!(
        data.sources[data.traces.source(a2).file as usize].name,
        "atf.csv"
    );
    assert_eq!(data.sources[0].sha256.len(), 64);

    drop_file(&mut harness, &b);
    harness.get_by_label("Replace the loaded data").click();
    harness.run();
    wait_for_load(&mut harness);
    assert_eq!(harness.state().session().data.dataset().traces.len(), 1);
}

#[test]
fn cancelling_a_load_leaves_the_shown_data_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.csv");
    // Big enough to still be loading when Cancel is pressed: 300,000 rows,
    // a generated table's 20,000 repeated (generating them all took most
    // of this test's time in a debug build).
    let basemap = corridor_core::basemap::shared().expect("the basemap parses");
    let out = corridor_core::generate::generate_bytes(
        basemap,
        corridor_core::generate::GenerateOptions {
            traces: 20_000,
            seed: 5,
            linked: false,
            agencies: false,
        },
    )
    .unwrap();
    let text = String::from_utf8(out.flat).unwrap();
    let (header, body) = text.split_once('\n').unwrap();
    assert!(body.ends_with('\n'), "rows end with a newline");
    std::fs::write(&path, format!("{header}\n{}", body.repeat(15))).unwrap();
    let mut harness = harness(Vec::new());
    let before = (
        harness.state().session().data.version,
        harness.state().session().data.dataset().traces.len(),
    );
    harness
        .input_mut()
        .dropped_files
        .push(Arc::new(DroppedPath(path)));
    harness.step();
    harness.step();
    assert!(harness.state().is_loading());
    harness.get_by_label("Cancel").click();
    wait_for_load(&mut harness);
    assert_eq!(
        (
            harness.state().session().data.version,
            harness.state().session().data.dataset().traces.len()
        ),
        before
    );
    harness.get_by_label_contains("Loading cancelled");
}

#[test]
fn a_generated_file_is_labelled_by_its_name_and_only_the_demo_as_demo_data() {
    let dir = tempfile::tempdir().unwrap();
    let basemap = corridor_core::basemap::shared().expect("the basemap parses");
    let options = corridor_core::generate::GenerateOptions {
        traces: 400,
        seed: 11,
        linked: false,
        agencies: false,
    };
    let summary = corridor_core::generate::generate_files(basemap, options, dir.path()).unwrap();
    let generated = dir.path().join("traces-400.csv");
    std::fs::rename(&summary.files[0], &generated).unwrap();

    let app = harness(vec![generated]);
    let data = &app.state().session().data;
    assert!(
        data.dataset().is_synthetic(),
        "the generator marks its files"
    );
    assert_eq!(data.label, "traces-400.csv (synthetic)");
    app.get_by_label("traces-400.csv (synthetic)");
    assert!(app.query_by_label_contains("Demo data").is_none());

    let demo = harness(Vec::new());
    assert_eq!(
        demo.state().session().data.label,
        "Demo data (synthetic, fictitious dealers)"
    );
}

#[test]
fn a_new_file_under_filters_that_hide_all_of_it_resets_them_and_says_so() {
    use corridor::app::commands::{Command, LoadMode};
    use corridor_core::aggregate::TraceFilter;
    use corridor_core::model::WeaponClass;
    use egui::accesskit::Role;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ten.csv");
    // Six pistols and four AK-pattern rifles recovered in 2019.
    let mut csv = String::from(
        "trace_id,weapon_type,purchase_date,recovery_date,store_name,store_city,store_state,recovery_city,recovery_state\n",
    );
    for i in 0..10 {
        let kind = if i < 6 { "pistol" } else { "AK-47" };
        csv.push_str(&format!(
            "T{i},{kind},2015-01-0{},2019-06-01,Store {i},Laredo,TX,Monterrey,Nuevo León\n",
            i % 9 + 1
        ));
    }
    std::fs::write(&path, csv).unwrap();
    let mut harness = crate::harness::app_harness(StartOptions::default());
    let load = |harness: &mut Harness<'static, CorridorApp>| {
        harness.state_mut().push(Command::LoadPaths {
            paths: vec![path.clone()],
            mode: LoadMode::Replace,
        });
        wait_for_load(harness);
    };
    // The filters of the demo session: pistols and AK-pattern rifles off.
    for class in [WeaponClass::Pistol, WeaponClass::AkPattern] {
        harness
            .get_by_role_and_label(Role::CheckBox, &class.label(corridor_core::i18n::Lang::En))
            .click();
        harness.run();
    }
    load(&mut harness);
    assert_eq!(
        harness.state().settings().filter,
        TraceFilter::default(),
        "filters that would hide every trace are reset"
    );
    assert_eq!(harness.state().session().view.summary().traces, 10);
    harness.get_by_label_contains("would have hidden all 10 traces");

    // Filters that hide part of a file stay; the notice says how much and
    // offers the reset.
    harness
        .get_by_role_and_label(
            Role::CheckBox,
            &WeaponClass::AkPattern.label(corridor_core::i18n::Lang::En),
        )
        .click();
    harness.run();
    load(&mut harness);
    assert!(
        !harness
            .state()
            .settings()
            .filter
            .class_enabled(WeaponClass::AkPattern)
    );
    assert_eq!(harness.state().session().view.summary().traces, 6);
    harness.get_by_label_contains("Filters from before hide 4 of the 10 traces");
    // The notice's button, over the map (the filter panel has one too).
    harness
        .query_all_by_label("Reset filters")
        .max_by(|a, b| a.rect().min.x.total_cmp(&b.rect().min.x))
        .expect("the notice offers the reset")
        .click();
    harness.run();
    assert_eq!(harness.state().settings().filter, TraceFilter::default());
    assert_eq!(harness.state().session().view.summary().traces, 10);
}

/// A workbook of two trace sheets (2010, 2011) and a notes sheet.
fn two_year_workbook(path: &Path) {
    let mut book = rust_xlsxwriter::Workbook::new();
    let lines: Vec<&str> = common::TIME_TRACES.lines().collect();
    for (name, rows) in [("2010", &lines[1..3]), ("2011", &lines[3..])] {
        let sheet = book.add_worksheet();
        sheet.set_name(name).unwrap();
        for (r, line) in std::iter::once(&lines[0]).chain(rows).enumerate() {
            for (c, cell) in line.split(',').enumerate() {
                sheet.write_string(r as u32, c as u16, cell).unwrap();
            }
        }
    }
    let notes = book.add_worksheet();
    notes.set_name("Notes").unwrap();
    notes
        .write_string(0, 0, "Synthetic rows for a test")
        .unwrap();
    book.save(path).unwrap();
}

#[test]
fn a_workbook_asks_for_its_sheets_and_an_unticked_sheet_is_not_loaded() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("book.xlsx");
    two_year_workbook(&path);
    let mut harness = harness(Vec::new());
    drop_file(&mut harness, &path);
    harness.get_by_label("Sheets to load");
    for sheet in ["2010", "2011", "Notes"] {
        assert_eq!(
            harness.get_by_label(sheet).accesskit_node().toggled(),
            Some(egui::accesskit::Toggled::True),
            "{sheet} is ticked at first"
        );
    }
    harness.get_by_label("2010").click();
    harness.run();
    harness.get_by_label("Load").click();
    harness.run();
    wait_for_load(&mut harness);
    assert!(harness.state().dialogs().sheets.is_none());
    let data = harness.state().session().data.dataset();
    assert_eq!(data.traces.len(), 3, "only the 2011 sheet's three traces");
    let names: Vec<&str> = data.sources.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["book.xlsx › 2011"]);
    // The choice is the project's: saved with it, used when it reopens.
    assert_eq!(
        harness.state().session().project.import.excluded_sheets,
        [("book.xlsx".to_owned(), "2010".to_owned())]
    );
    // The filter panel counts the loaded traces.
    harness.get_by_label_contains("3 of 3 traces");
}

#[test]
fn a_table_of_counts_shows_firearms_not_rows_everywhere() {
    // Four rows standing for 23 firearms, dated by day, month and year.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("counts.csv");
    std::fs::write(
        &path,
        "make,store_state,recovery_state,purchase_date,recovery_date,count\n\
         Colt,TX,Sinaloa,2018-06-02,2019-03-15,4\n\
         Colt,TX,Sinaloa,2018,2019-03,10\n\
         Colt,AZ,Sonora,2017-05,2019,7\n\
         Colt,AZ,Sonora,,2020-01-20,2\n",
    )
    .unwrap();
    let mut harness = harness(vec![path]);
    wait_for_load(&mut harness);
    let data = harness.state().session().data.dataset();
    assert_eq!((data.traces.len(), data.traces.firearms()), (4, 23));
    // The status bar and the filter panel count firearms, and say rows.
    harness.get_by_label_contains("23 traces in 4 rows loaded");
    harness.get_by_label_contains("23 of 23 traces");
    // The time bar says which dates are only a year or a month.
    harness.get_by_label_contains("23 traces with a recovery date");
    harness.get_by_label_contains("7 dated only by year, 10 only by month");
    // The corridors table counts 14 firearms from Texas to Sinaloa.
    harness.get_by_label("View").click();
    harness.run();
    harness
        .get_by_role_and_label(egui::accesskit::Role::CheckBox, "Corridors table")
        .click();
    harness.run();
    harness.get_by_label("View").click();
    harness.run();
    harness.get_by_label_contains("2 corridors · 23 traces in the filter");
    let rows = &harness.state().session().corridors.rows;
    let texas = rows
        .iter()
        .find(|c| c.origin == "US-TX" && c.destination == "MX-SIN")
        .unwrap_or_else(|| panic!("{rows:#?}"));
    assert_eq!(texas.traces, 14);
}

#[test]
fn a_matrix_whose_axes_are_unclear_asks_and_reloads_with_the_answer() {
    // A "México" column among the US states (guns bought in Mexico) puts
    // both countries across the top: the areas cannot tell the axes apart.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("matrix.csv");
    std::fs::write(
        &path,
        "Recovery state,Texas,Arizona,México\nSinaloa,10,5,2\nSonora,3,8,1\n",
    )
    .unwrap();
    let mut harness = harness(vec![path]);
    wait_for_load(&mut harness);
    assert!(harness.state().session().data.dataset().traces.is_empty());
    harness.get_by_label_contains("What are its rows?");
    harness
        .get_by_label("Where they were recovered (destinations)")
        .click();
    harness.run();
    wait_for_load(&mut harness);
    assert!(harness.state().dialogs().matrix.is_none());
    assert_eq!(
        harness.state().session().project.import.matrix_rows,
        Some(corridor_core::import::matrix::MatrixRows::Destination)
    );
    let data = harness.state().session().data.dataset();
    // Texas and Arizona load; the México column is no US purchase place.
    assert_eq!((data.traces.len(), data.traces.firearms()), (4, 26));
    harness.get_by_label_contains("26 traces in 4 rows loaded");
}
