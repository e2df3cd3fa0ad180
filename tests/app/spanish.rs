//! Corridor in Spanish: no English literal reaches a widget from the app's
//! code, the window switches language and back without reloading, and the
//! panels read in Spanish.

use std::path::{Path, PathBuf};

/// Names and acronyms that are the same in every language (and
/// `CARGO_PKG_VERSION`, the name of the variable `env!` reads).
const NAMES: [&str; 16] = [
    "Corridor",
    "SHA",
    "CARGO_PKG_VERSION",
    "FFL",
    "NIBIN",
    "CSV",
    "KML",
    "GeoJSON",
    "PDF",
    "PNG",
    "SVG",
    "ATF",
    "HSI",
    "OpenStreetMap",
    "GraphML",
    "ANX",
];

/// The egui calls whose string arguments people read.
const UI_CALLS: [&str; 27] = [
    ".label(",
    ".heading(",
    ".button(",
    ".small_button(",
    ".checkbox(",
    ".radio(",
    ".radio_value(",
    ".selectable_label(",
    ".selectable_value(",
    ".menu_button(",
    ".on_hover_text(",
    ".on_disabled_hover_text(",
    ".hint_text(",
    ".selected_text(",
    ".collapsing(",
    "RichText::new(",
    "Button::new(",
    "Label::new(",
    "Checkbox::new(",
    "Window::new(",
    "WidgetInfo::labeled(",
    "Notice::info(",
    "Notice::warning(",
    "Notice::error(",
    ".on_hover_text_at_pointer(",
    "Hyperlink::from_label_and_url(",
    ".hyperlink_to(",
];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The text of a call's arguments: from after `(` to its matching `)`.
fn arguments(text: &str) -> &str {
    let mut depth = 1;
    let mut in_string = false;
    let mut escaped = false;
    for (i, c) in text.char_indices() {
        if in_string {
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => in_string = true,
            '(' => depth += 1,
            ')' => {
                depth -= 1;
                if depth == 0 {
                    return &text[..i];
                }
            }
            _ => {}
        }
    }
    text
}

/// The arguments with every message call (`tr!(…)`, `t!(…)`, `phrase!(…)`) taken out,
/// and without a trailing closure (`menu_button("…", |ui| …)`): the calls
/// inside it are scanned on their own.
fn without_messages(args: &str) -> String {
    let args = ["|ui|", "|ui: ", "move |"]
        .iter()
        .filter_map(|c| args.find(c))
        .min()
        .map_or(args, |end| &args[..end]);
    let is_macro = |text: &str, at: usize| {
        !text[..at]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || c == '_')
    };
    let mut out = String::new();
    let mut rest = args;
    loop {
        let next = ["tr!(", "t!(", "phrase!("]
            .iter()
            .flat_map(|m| {
                rest.match_indices(m)
                    .filter(|(i, _)| is_macro(rest, *i))
                    .map(move |(i, _)| (i, m.len()))
                    .take(1)
            })
            .min();
        let Some((at, len)) = next else { break };
        out.push_str(&rest[..at]);
        let inner = arguments(&rest[at + len..]);
        rest = &rest[(at + len + inner.len()).min(rest.len())..];
    }
    out.push_str(rest);
    out
}

/// Key names as shortcuts show them (`Ctrl+O`): the same in every language.
fn is_shortcut(literal: &str) -> bool {
    literal.split('+').all(|key| {
        [
            "Ctrl", "Shift", "Alt", "Cmd", "Esc", "Enter", "Space", "Tab",
        ]
        .contains(&key)
            || key.chars().count() == 1
            || (key.starts_with('F') && key[1..].chars().all(|c| c.is_ascii_digit()))
    })
}

/// String literals with a word in them (two letters or more outside
/// `{…}` placeholders): what a reader would read as English.
fn worded_literals(args: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut parts = args.split('"');
    parts.next();
    while let Some(literal) = parts.next() {
        let mut bare = String::new();
        let mut depth = 0;
        for c in literal.chars() {
            match c {
                '{' => depth += 1,
                '}' => depth -= 1,
                c if depth == 0 => bare.push(c),
                _ => {}
            }
        }
        let bare = bare.replace("\\n", " ").replace("\\t", " ");
        let has_word = bare
            .split(|c: char| !c.is_alphabetic() && c != '_')
            .any(|w| w.chars().count() >= 2 && !NAMES.contains(&w));
        if has_word && !is_shortcut(literal) {
            found.push(literal.to_owned());
        }
        parts.next();
    }
    found
}

#[test]
fn no_english_literal_is_passed_to_a_widget() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/app");
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    let mut found = Vec::new();
    for path in files {
        let source = std::fs::read_to_string(&path).unwrap();
        let code: String = source
            .lines()
            .map(|l| {
                if l.trim_start().starts_with("//") {
                    ""
                } else {
                    l
                }
            })
            .collect::<Vec<_>>()
            .join("\n");
        for call in UI_CALLS {
            for (at, _) in code.match_indices(call) {
                let args = arguments(&code[at + call.len()..]);
                for literal in worded_literals(&without_messages(args)) {
                    let line = code[..at].lines().count();
                    found.push(format!(
                        "{}:{line}: {call}\"{literal}\"",
                        path.strip_prefix(&root).unwrap().display()
                    ));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "{} English literals passed to widgets (use tr!):\n{}",
        found.len(),
        found.join("\n")
    );
}

#[test]
fn the_scan_finds_literals_and_lets_messages_through() {
    assert_eq!(
        worded_literals(r#"ui, "Weapon classes", 3"#),
        ["Weapon classes"]
    );
    assert!(worded_literals(r#""–", "{count}", "×""#).is_empty());
    assert!(worded_literals(&without_messages(r#"tr!("filter-heading"), x"#)).is_empty());
    assert!(
        worded_literals(&without_messages(
            r#"phrase!("main-project-saved", path = p)"#
        ))
        .is_empty()
    );
    assert_eq!(
        worded_literals(&without_messages(r#"format!("{} traces", n)"#)),
        ["{} traces"]
    );
    assert_eq!(arguments(r#"a(b), "c)")) rest"#), r#"a(b), "c)""#);
    assert!(worded_literals(r#""Corridor {}", "{}\nSHA-256 {}""#).is_empty());
    assert!(worded_literals(r#""Ctrl+Shift+O", "F11""#).is_empty());
    assert!(
        worded_literals(&without_messages(
            r#"tr!("menu-file"), |ui| { ui.label("x y") }"#
        ))
        .is_empty()
    );
}

use corridor::app::settings::Settings;
use corridor::app::{CorridorApp, StartOptions};
use corridor_core::i18n::Lang;
use corridor_core::model::WeaponClass;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

use crate::harness::{app_harness, app_with_settings, type_into, visible_text};

/// Words of Corridor's own English interface. None is a word of the demo
/// data's store, town or weapon names, so any of them on a Spanish screen
/// is a message that was not translated.
const ENGLISH_UI: [&str; 48] = [
    "File",
    "View",
    "Help",
    "Settings",
    "Language",
    "Open",
    "Save",
    "Export",
    "Import",
    "Close",
    "Cancel",
    "Weapon",
    "classes",
    "Traces",
    "traces",
    "Trace",
    "Recovered",
    "recovered",
    "Purchased",
    "purchase",
    "Corridors",
    "Dealers",
    "Networks",
    "Overlaps",
    "Origin",
    "Destination",
    "Share",
    "Median",
    "Store",
    "Stores",
    "Recovery",
    "loaded",
    "flows",
    "Flows",
    "crime",
    "Search",
    "Details",
    "report",
    "Legend",
    "Filter",
    "rifles",
    "Pistols",
    "Revolvers",
    "Shotguns",
    "Unknown",
    "Month",
    "Year",
    "selected",
];

/// The English interface words in these texts, with the text they are in.
/// egui names its windows' close button "Close window" for screen readers
/// (hard-coded in egui 0.37, `containers/window.rs`): the button shows an
/// `×`, so only that spoken name stays English; it is left out here.
fn english_in(texts: &[String]) -> Vec<String> {
    texts
        .iter()
        .filter(|text| text.as_str() != "Close window")
        .filter(|text| {
            text.split(|c: char| !c.is_alphanumeric() && c != '-')
                .any(|word| ENGLISH_UI.contains(&word))
        })
        .cloned()
        .collect()
}

fn click(harness: &mut Harness<'static, CorridorApp>, label: &str) {
    harness.get_by_label(label).click();
    harness.run();
}

/// The settings of a user who chose Spanish (with the tables shown).
fn spanish() -> Settings {
    Settings {
        language: Lang::Es,
        show_corridors: true,
        ..Settings::default()
    }
}

/// The app already in Spanish, as a user who chose it before.
fn spanish_app() -> Harness<'static, CorridorApp> {
    app_with_settings(spanish())
}

#[test]
fn switching_to_spanish_and_back_applies_at_once_without_reloading() {
    let mut harness = app_harness(StartOptions::default());
    let version = harness.state().session().data.version;
    let english = WeaponClass::AkPattern.label(Lang::En);
    let spanish = WeaponClass::AkPattern.label(Lang::Es);
    harness.get_by_role_and_label(Role::CheckBox, &english);

    click(&mut harness, "Settings");
    click(&mut harness, "Language");
    click(&mut harness, "Español");
    assert_eq!(harness.state().settings().language, Lang::Es);
    harness.get_by_role_and_label(Role::CheckBox, &spanish);
    assert!(harness.query_by_label(&english).is_none());
    harness.get_by_label("Configuración");

    click(&mut harness, "Configuración");
    click(&mut harness, "Idioma");
    click(&mut harness, "English");
    assert_eq!(harness.state().settings().language, Lang::En);
    harness.get_by_role_and_label(Role::CheckBox, &english);
    assert!(harness.query_by_label(&spanish).is_none());
    // Nothing was loaded again: the same data, never loading.
    assert!(!harness.state().is_loading());
    assert_eq!(harness.state().session().data.version, version);
}

#[test]
fn the_filter_panel_corridors_table_and_details_read_in_spanish() {
    let harness = spanish_app();
    for class in WeaponClass::ALL {
        harness.get_by_role_and_label(Role::CheckBox, &class.label(Lang::Es));
    }
    // The corridors table's headers come from the core's columns.
    for column in corridor_core::aggregate::corridors::CorridorColumn::ALL {
        assert!(
            harness
                .query_all_by_label_contains(&column.label(Lang::Es))
                .next()
                .is_some(),
            "no {:?} header",
            column.label(Lang::Es)
        );
    }
    let texts = visible_text(&harness);
    let english = english_in(&texts);
    assert!(
        english.is_empty(),
        "English on the Spanish main window: {english:#?}"
    );
}

/// Menus, the tabs under the map, and every window the menus open: each
/// drawn in Spanish and read through the accessibility tree.
#[test]
fn every_menu_tab_and_window_reads_in_spanish() {
    let mut harness = spanish_app();
    let mut seen = Vec::new();
    let mut check = |harness: &Harness<'static, CorridorApp>, what: &str| {
        let english = english_in(&visible_text(harness));
        assert!(english.is_empty(), "English in {what}: {english:#?}");
        seen.push(what.to_owned());
    };
    // The top-level menus, each opened and closed again.
    let menus: Vec<String> = harness
        .root()
        .children_recursive()
        .filter(|node| node.accesskit_node().role() == Role::Button)
        .filter_map(|node| node.accesskit_node().label().map(|l| l.to_string()))
        .filter(|label| {
            [
                "Archivo",
                "Vista",
                "Presentar",
                "Anotar",
                "Configuración",
                "Ayuda",
            ]
            .contains(&label.as_str())
        })
        .collect();
    assert!(menus.len() >= 5, "menus: {menus:?}");
    for menu in &menus {
        click(&mut harness, menu);
        check(&harness, menu);
        click(&mut harness, menu);
    }
    // The tabs under the map (shown: the settings open the tables).
    for tab in ["Corredores", "Armerías", "Redes", "Coincidencias"] {
        harness
            .query_all_by_label(tab)
            .next()
            .unwrap_or_else(|| panic!("no tab {tab}"))
            .click();
        for _ in 0..20 {
            harness.run();
        }
        check(&harness, tab);
    }
    // Windows: the import report, the charts, the export dialog.
    for (key, what) in [
        (egui::Key::G, "the charts"),
        (egui::Key::E, "the image export dialog"),
        (egui::Key::R, "the import report"),
    ] {
        harness.key_press_modifiers(egui::Modifiers::COMMAND, key);
        harness.run();
        check(&harness, what);
        harness.key_press_modifiers(egui::Modifiers::COMMAND, key);
        harness.run();
    }
    assert!(seen.len() >= 12, "{seen:?}");
}

/// Runs an image export and steps the app until its worker is done.
fn export_image(harness: &mut Harness<'static, CorridorApp>, path: &std::path::Path) {
    use corridor::app::commands::Command;
    use corridor::app::image_export::{ImageCommand, ImageScope};
    harness
        .state_mut()
        .push(Command::Image(ImageCommand::ExportTo(
            path.to_path_buf(),
            ImageScope::CurrentView,
        )));
    harness.step();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(120);
    while harness.state().jobs().image.is_some() {
        assert!(
            std::time::Instant::now() < deadline,
            "the export did not finish"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
        harness.step();
    }
    harness.run();
}

#[test]
fn an_image_exported_from_the_spanish_window_is_spanish_or_bilingual_when_ticked() {
    let mut harness = spanish_app();
    let dir = tempfile::tempdir().unwrap();
    let spanish = dir.path().join("es.svg");
    export_image(&mut harness, &spanish);
    let svg = std::fs::read_to_string(&spanish).unwrap();
    assert!(svg.contains("Rastreos por flujo"), "a Spanish legend");
    assert!(!svg.contains("Traces per flow"));

    // File › Images and decks in Spanish and English (ticked in the menu).
    click(&mut harness, "Archivo");
    harness
        .get_by_role_and_label(
            Role::CheckBox,
            "Imágenes y presentaciones en español e inglés",
        )
        .click();
    harness.run();
    assert!(harness.state().settings().bilingual_exports);
    harness.key_press(egui::Key::Escape);
    harness.run();
    let both = dir.path().join("both.svg");
    export_image(&mut harness, &both);
    let svg = std::fs::read_to_string(&both).unwrap();
    let first = svg
        .find("Todas las clases de armas")
        .expect("the Spanish caption");
    let second = svg
        .find("All weapon classes")
        .expect("the English caption under it");
    assert!(first < second);
    assert!(svg.contains("Rastreos por flujo / Traces per flow"));
}

/// The main window in Spanish, rendered (Mesa's software renderer on CI),
/// against the committed `tests/snapshots/main_window_spanish.png`.
#[test]
fn the_main_window_in_spanish_matches_its_snapshot() {
    if !crate::snapshots::renderer_available() {
        return;
    }
    let mut harness = crate::snapshots::rendered_with(spanish());
    crate::snapshots::snapshot(&mut harness, "main_window_spanish");
}

#[test]
fn the_time_bar_reads_and_writes_dates_as_spanish_writes_them() {
    use corridor_core::aggregate::Range;
    use corridor_core::model::Day;
    let mut harness = app_with_settings(Settings {
        language: Lang::Es,
        show_time_bar: true,
        ..Settings::default()
    });
    type_into(&mut harness, "Desde", "04/03/2011");
    type_into(&mut harness, "Hasta", "06/2012");
    assert_eq!(
        harness.state().settings().filter.dates,
        Range {
            from: Day::from_ymd(2011, 3, 4),
            to: Day::from_ymd(2012, 6, 30),
        }
    );
    // Once left, the fields show the range as Spanish writes dates.
    let shown = |harness: &Harness<'static, CorridorApp>, label: &str| {
        harness
            .get_by_role_and_label(Role::TextInput, label)
            .value()
            .unwrap_or_default()
    };
    assert_eq!(shown(&harness, "Desde"), "04/03/2011");
    assert_eq!(shown(&harness, "Hasta"), "30/06/2012");
    // A day that does not exist is refused, saying why in Spanish.
    type_into(&mut harness, "Desde", "31/02/2011");
    harness.get_by_label_contains("no es una fecha");
    assert_eq!(
        harness.state().settings().filter.dates.from,
        Day::from_ymd(2011, 3, 4),
        "the refused text changes nothing"
    );
}

#[test]
fn an_open_notice_and_the_cores_error_in_it_follow_a_switch_of_language() {
    use corridor::app::commands::Command;
    use corridor::app::project_session::ProjectCommand;
    let dir = tempfile::tempdir().unwrap();
    let not_a_project = dir.path().join("caso.corridor");
    std::fs::write(&not_a_project, "{\"views\": []}").unwrap();
    let mut harness = app_harness(StartOptions::default());
    harness
        .state_mut()
        .push(Command::Project(ProjectCommand::Open(not_a_project)));
    harness.run();
    let notice = harness.state().window().notice.clone().unwrap();
    assert!(notice.is_error());
    assert!(
        notice.text().contains("is not a Corridor project"),
        "{}",
        notice.text()
    );

    click(&mut harness, "Settings");
    click(&mut harness, "Language");
    click(&mut harness, "Español");
    let text = harness.state().window().notice.as_ref().unwrap().text();
    assert!(text.contains("no es un proyecto de Corridor"), "{text}");
    assert!(english_in(std::slice::from_ref(&text)).is_empty(), "{text}");
    harness.get_by_label_contains("no es un proyecto de Corridor");
}
