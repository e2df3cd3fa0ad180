//! Briefing in the app through its accessibility tree (egui_kittest): saved
//! views added and edited in the views panel, presentation mode stepping
//! through them, annotations, and the redaction switch.

use crate::harness::{app_harness, visible_text};

use corridor::app::briefing_ui::presentation::Presentation;
use corridor::app::panels::views_panel::{NAME_LABEL, TITLE_LABEL};
use corridor::app::{CorridorApp, StartOptions};
use corridor_core::briefing::Shape;
use corridor_core::geometry::mercator::unproject;
use corridor_core::model::WeaponClass;
use egui::accesskit::Role;
use egui::{Event, Key, Modifiers, PointerButton, Pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

/// What a view of the whole demo is named after (`render::title`).
const ALL: &str = "US → Mexico, all weapon classes, 2006–2014";
/// The same without pistols.
const NO_PISTOLS: &str = "US → Mexico, 8 weapon classes, 2006–2014";

fn open_views_panel(harness: &mut Harness<'static, CorridorApp>) {
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::V);
    harness.run();
    assert!(
        harness.state().settings().show_views_panel,
        "Ctrl+Shift+V opens it"
    );
    harness.get_by_label("Add view");
}

fn add_view(harness: &mut Harness<'static, CorridorApp>) {
    harness.get_by_label("Add view").click();
    harness.run();
}

fn view_names(harness: &Harness<'static, CorridorApp>) -> Vec<String> {
    harness
        .state()
        .session()
        .briefing
        .views
        .iter()
        .map(|v| v.name.clone())
        .collect()
}

/// Replaces the text of a text field.
fn retype(harness: &mut Harness<'static, CorridorApp>, label: &str, text: &str) {
    retype_in(harness, Role::TextInput, label, text);
}

fn retype_in(harness: &mut Harness<'static, CorridorApp>, role: Role, label: &str, text: &str) {
    harness.get_by_role_and_label(role, label).focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.get_by_role_and_label(role, label).type_text(text);
    harness.run();
}

fn press_at(harness: &mut Harness<'static, CorridorApp>, pos: Pos2, pressed: bool) {
    harness.event(Event::PointerButton {
        pos,
        button: PointerButton::Primary,
        pressed,
        modifiers: Modifiers::NONE,
    });
    harness.step();
}

fn click_at(harness: &mut Harness<'static, CorridorApp>, pos: Pos2) {
    harness.hover_at(pos);
    harness.run();
    press_at(harness, pos, true);
    press_at(harness, pos, false);
    harness.run();
}

fn drag(harness: &mut Harness<'static, CorridorApp>, from: Pos2, to: Pos2) {
    harness.hover_at(from);
    harness.run();
    press_at(harness, from, true);
    for step in 1..=8 {
        harness.event(Event::PointerMoved(from.lerp(to, step as f32 / 8.0)));
        harness.step();
    }
    press_at(harness, to, false);
    harness.run();
}

/// Geographic position under a screen point of the map.
fn lat_lon(harness: &Harness<'static, CorridorApp>, p: Pos2) -> (f64, f64) {
    let transform = harness
        .state()
        .window()
        .map
        .last_transform
        .expect("map drawn");
    unproject(transform.to_world([p.x, p.y]))
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-6
}

#[test]
fn two_views_step_through_presentation_and_escape_comes_back() {
    let mut harness = app_harness(StartOptions::default());
    open_views_panel(&mut harness);
    add_view(&mut harness);
    // View 2: no pistols, one zoom step closer, with a title.
    harness
        .get_by_role_and_label(
            Role::CheckBox,
            &WeaponClass::Pistol.label(corridor_core::i18n::Lang::En),
        )
        .click();
    harness.run();
    harness.key_press(Key::Plus);
    harness.run();
    add_view(&mut harness);
    retype(&mut harness, TITLE_LABEL, "Without pistols");
    // Named after what they show, not "View 1", "View 2".
    assert_eq!(view_names(&harness), [ALL, NO_PISTOLS]);
    let (first, second) = {
        let views = &harness.state().session().briefing.views;
        (views[0].clone(), views[1].clone())
    };
    assert_eq!(second.title, "Without pistols");
    assert!(first.filter.class_enabled(WeaponClass::Pistol));
    assert!(!second.filter.class_enabled(WeaponClass::Pistol));
    assert!(close(second.camera.zoom, first.camera.zoom + 1.0));

    harness.key_press(Key::F5);
    harness.run();
    assert_eq!(
        harness.state().window().briefing.presentation,
        Some(Presentation { slide: 0 })
    );
    assert!(
        harness.query_by_label("File").is_none(),
        "the menu bar is hidden"
    );
    assert!(
        harness.query_by_label("Add view").is_none(),
        "the views panel too"
    );
    assert!(
        harness.query_by_label("Weapon classes").is_none(),
        "and the filters"
    );
    harness.get_by_label(ALL);
    harness.get_by_label("1 / 2");
    assert!(
        harness
            .state()
            .settings()
            .filter
            .class_enabled(WeaponClass::Pistol)
    );
    let camera = harness.state().window().map.view();
    assert!(
        close(camera.zoom, first.camera.zoom),
        "the camera flew to view 1"
    );

    harness.key_press(Key::ArrowRight);
    harness.run();
    assert_eq!(
        harness.state().window().briefing.presentation,
        Some(Presentation { slide: 1 })
    );
    harness.get_by_label("Without pistols");
    harness.get_by_label("2 / 2");
    assert!(harness.query_by_label(ALL).is_none());
    assert!(
        !harness
            .state()
            .settings()
            .filter
            .class_enabled(WeaponClass::Pistol)
    );
    let camera = harness.state().window().map.view();
    assert!(close(camera.zoom, second.camera.zoom), "{camera:?}");
    assert!(close(camera.center_lat_deg, second.camera.center_lat_deg));
    assert!(close(camera.center_lon_deg, second.camera.center_lon_deg));
    // At the last slide, further steps stay; Home goes back to the first.
    harness.key_press(Key::PageDown);
    harness.run();
    harness.get_by_label("2 / 2");
    harness.key_press(Key::Home);
    harness.run();
    harness.get_by_label("1 / 2");
    assert!(
        harness
            .state()
            .settings()
            .filter
            .class_enabled(WeaponClass::Pistol)
    );

    harness.key_press(Key::Escape);
    harness.run();
    assert_eq!(harness.state().window().briefing.presentation, None);
    harness.get_by_label("File");
    harness.get_by_label("Add view");
    harness.get_by_label("Weapon classes");
    // Back to the state before presenting (view 2's).
    assert!(
        !harness
            .state()
            .settings()
            .filter
            .class_enabled(WeaponClass::Pistol)
    );
    assert!(close(
        harness.state().window().map.view().zoom,
        second.camera.zoom
    ));
}

#[test]
fn without_views_f5_presents_the_current_state() {
    let mut harness = app_harness(StartOptions::default());
    let before = harness.state().window().map.view();
    harness.key_press(Key::F5);
    harness.run();
    harness.get_by_label("1 / 1");
    harness.get_by_label_contains("synthetic");
    // The slide states its filter and its source, as an exported one.
    harness.get_by_label_contains("All weapon classes · All dates");
    harness.get_by_label_contains("Source: ");
    harness.key_press(Key::ArrowRight);
    harness.run();
    harness.get_by_label("1 / 1");
    assert_eq!(harness.state().window().map.view(), before);
    harness.key_press(Key::Escape);
    harness.run();
    harness.get_by_label("File");
}

#[test]
fn views_are_renamed_reordered_and_deleted() {
    let mut harness = app_harness(StartOptions::default());
    open_views_panel(&mut harness);
    for _ in 0..3 {
        add_view(&mut harness);
    }
    let (all2, all3) = (format!("{ALL} 2"), format!("{ALL} 3"));
    assert_eq!(view_names(&harness), [ALL, &all2, &all3]);

    harness
        .get_all_by_label("Rename")
        .next()
        .expect("a rename button")
        .click();
    harness.run();
    retype(&mut harness, NAME_LABEL, "Sonora");
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(view_names(&harness), ["Sonora", &all2, &all3]);
    harness.get_by_label("1. Sonora");

    harness
        .get_all_by_label("Down")
        .next()
        .expect("down")
        .click();
    harness.run();
    assert_eq!(view_names(&harness), [&all2, "Sonora", &all3]);
    harness
        .get_all_by_label("Up")
        .nth(2)
        .expect("up of the third")
        .click();
    harness.run();
    assert_eq!(view_names(&harness), [&all2, &all3, "Sonora"]);
    harness
        .get_all_by_label("Delete")
        .next()
        .expect("delete")
        .click();
    harness.run();
    assert_eq!(view_names(&harness), [&all3, "Sonora"]);

    // Update takes the current state and keeps the name.
    harness
        .get_by_role_and_label(
            Role::CheckBox,
            &WeaponClass::AkPattern.label(corridor_core::i18n::Lang::En),
        )
        .click();
    harness.run();
    harness
        .get_all_by_label("Update")
        .nth(1)
        .expect("update")
        .click();
    harness.run();
    let views = &harness.state().session().briefing.views;
    assert_eq!(views[1].name, "Sonora");
    assert!(!views[1].filter.class_enabled(WeaponClass::AkPattern));
    assert!(views[0].filter.class_enabled(WeaponClass::AkPattern));
    // Showing a view puts its filter back.
    harness.get_by_label(&format!("1. {all3}")).click();
    harness.run();
    assert!(
        harness
            .state()
            .settings()
            .filter
            .class_enabled(WeaponClass::AkPattern)
    );
}

fn annotate(harness: &mut Harness<'static, CorridorApp>, item: &str) {
    harness.get_by_label("Annotate").click();
    harness.run();
    harness.get_by_label(item).click();
    harness.run();
}

#[test]
fn a_note_is_placed_edited_saved_in_a_view_and_deleted() {
    let mut harness = app_harness(StartOptions::default());
    open_views_panel(&mut harness);
    annotate(&mut harness, "Add note");
    harness.get_by_label_contains("Click on the map to place a note");
    let at = Pos2::new(640.0, 330.0);
    let (lat, lon) = lat_lon(&harness, at);
    click_at(&mut harness, at);
    let notes = harness.state().session().briefing.annotations.clone();
    assert_eq!(notes.len(), 1);
    assert_eq!(notes[0].shape, Shape::Note);
    assert!((notes[0].lat_deg - lat).abs() < 1e-6 && (notes[0].lon_deg - lon).abs() < 1e-6);
    assert!(
        harness.state().session().selection.is_empty(),
        "placing is not selecting"
    );
    assert_eq!(
        harness.state().window().briefing.tool,
        None,
        "the tool is used once"
    );

    // The editor opened on the new note.
    retype_in(
        &mut harness,
        Role::MultilineTextInput,
        "Annotation text",
        "Crossing point",
    );
    assert_eq!(
        harness.state().session().briefing.annotations[0].text,
        "Crossing point"
    );
    add_view(&mut harness);
    assert_eq!(
        harness.state().session().briefing.views[0].annotations,
        harness.state().session().briefing.annotations
    );

    // Zooming leaves it on its place: a click on it there selects it.
    harness.get_by_label("Done").click();
    harness.run();
    assert_eq!(harness.state().window().briefing.selected_annotation, None);
    harness.key_press(Key::Plus);
    harness.run();
    let transform = harness
        .state()
        .window()
        .map
        .last_transform
        .expect("map drawn");
    let p = transform.to_screen(corridor_core::geometry::mercator::project(lat, lon));
    click_at(&mut harness, Pos2::new(p[0], p[1]));
    let id = harness.state().session().briefing.annotations[0].id;
    assert_eq!(
        harness.state().window().briefing.selected_annotation,
        Some(id)
    );
    assert!(
        harness.state().session().selection.is_empty(),
        "the note, not a flow"
    );

    harness.key_press(Key::Delete);
    harness.run();
    assert!(harness.state().session().briefing.annotations.is_empty());
    assert_eq!(
        harness.state().session().briefing.views[0]
            .annotations
            .len(),
        1
    );
    harness.get_by_label(&format!("1. {ALL}")).click();
    harness.run();
    assert_eq!(
        harness.state().session().briefing.annotations.len(),
        1,
        "the view puts it back"
    );
}

#[test]
fn an_arrow_is_drawn_by_dragging_without_panning() {
    let mut harness = app_harness(StartOptions::default());
    annotate(&mut harness, "Add arrow");
    let before = harness.state().window().map.view();
    let (from, to) = (Pos2::new(600.0, 300.0), Pos2::new(760.0, 420.0));
    let (tail, head) = (lat_lon(&harness, from), lat_lon(&harness, to));
    drag(&mut harness, from, to);
    assert_eq!(
        harness.state().window().map.view(),
        before,
        "the map did not pan"
    );
    let arrows = &harness.state().session().briefing.annotations;
    assert_eq!(arrows.len(), 1);
    let Shape::Arrow {
        to_lat_deg,
        to_lon_deg,
    } = arrows[0].shape
    else {
        panic!("an arrow: {:?}", arrows[0]);
    };
    assert!((arrows[0].lat_deg - tail.0).abs() < 1e-6 && (arrows[0].lon_deg - tail.1).abs() < 1e-6);
    assert!((to_lat_deg - head.0).abs() < 1e-6 && (to_lon_deg - head.1).abs() < 1e-6);
}

/// Dealer names, FFL numbers, serials and purchaser ids of the demo that
/// appear on screen.
fn shown_identifiers(harness: &Harness<'static, CorridorApp>) -> Vec<String> {
    let dataset = &harness.state().session().data.dataset();
    let mut secret: Vec<String> = Vec::new();
    for store in &dataset.stores {
        secret.push(dataset.str(store.name).to_owned());
        secret.push(dataset.str(store.ffl).to_owned());
    }
    let case = &dataset.traces.case;
    for row in 0..dataset.traces.len() {
        secret.push(dataset.traces.serial.get(row).to_owned());
        secret.push(dataset.str(dataset.traces.purchaser[row]).to_owned());
        // People (issue 15): names and addresses. Dates of birth are dates
        // like the others shown, so they are checked by the column instead.
        secret.push(dataset.str(case.purchaser_name.get(row)).to_owned());
        secret.push(dataset.str(case.purchaser_address.get(row)).to_owned());
    }
    secret.retain(|s| s.len() >= 4);
    secret.sort();
    secret.dedup();
    let text = visible_text(harness);
    secret
        .into_iter()
        .filter(|s| text.iter().any(|t| t.contains(s.as_str())))
        .collect()
}

/// Opens the details of a single store (by clicking it, the pointer left
/// on it for the tooltip), then of a flow (a trace picked in the search).
fn open_store_then_flow(
    harness: &mut Harness<'static, CorridorApp>,
    check: &mut impl FnMut(&Harness<'static, CorridorApp>),
) {
    use corridor_core::scene::hit::{Hit, NoneRaised, hit_test};
    // One node per store, so a click opens a single store with its FFL.
    harness.get_by_label("View").click();
    harness.run();
    harness.get_by_label("Every store and site").click();
    harness.run();
    harness.key_press(Key::Escape);
    harness.run();
    let target = {
        let state = harness.state();
        let transform = state.window().map.last_transform.expect("map drawn");
        let scene = &state.session().view.scene();
        scene
            .symbols
            .iter()
            .filter(|s| s.kind == corridor_core::scene::SymbolKind::Store)
            .map(|s| (s.id, transform.to_screen(s.at)))
            .find(|(id, p)| {
                (350.0..900.0).contains(&p[0])
                    && (150.0..600.0).contains(&p[1])
                    && hit_test(scene, &transform, *p, &NoneRaised) == Some(Hit::Node(*id))
            })
            .map(|(_, p)| Pos2::new(p[0], p[1]))
            .expect("a single store in view")
    };
    click_at(harness, target);
    harness.get_by_label_contains("From: ");
    check(harness);

    let trace = harness
        .state()
        .session()
        .data
        .dataset()
        .traces
        .trace_id
        .get(0)
        .to_owned();
    harness
        .get_by_role_and_label(Role::TextInput, "Search")
        .focus();
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, "Search")
        .type_text(&trace);
    harness.run();
    check(harness);
    harness.key_press(Key::Enter);
    harness.run();
    harness.get_by_label("Flow");
    check(harness);
}

#[test]
fn redaction_hides_every_identifier_of_a_store_and_a_flow() {
    // Without redaction the same steps do show dealer names: the check can fail.
    let mut harness = app_harness(StartOptions::default());
    let mut seen = Vec::new();
    open_store_then_flow(&mut harness, &mut |h| seen.extend(shown_identifiers(h)));
    assert!(!seen.is_empty(), "dealer names show when not redacted");

    let mut harness = app_harness(StartOptions::default());
    harness.get_by_label("View").click();
    harness.run();
    harness
        .get_by_role_and_label(Role::CheckBox, "Redact identifiers")
        .click();
    harness.run();
    assert!(harness.state().session().briefing.redaction.identifiers);
    assert!(!harness.state().session().briefing.redaction.dealer_names);
    if harness.query_by_label("Also redact dealer names").is_none() {
        // The menu closed on the click.
        harness.get_by_label("View").click();
        harness.run();
    }
    harness
        .get_by_role_and_label(Role::CheckBox, "Also redact dealer names")
        .click();
    harness.run();
    harness.key_press(Key::Escape);
    harness.run();
    let redaction = harness.state().session().briefing.redaction;
    assert!(redaction.identifiers && redaction.dealer_names);
    harness.get_by_label("REDACTED");
    let mut seen = Vec::new();
    open_store_then_flow(&mut harness, &mut |h| seen.extend(shown_identifiers(h)));
    assert!(seen.is_empty(), "shown while redacted: {seen:?}");
    assert!(
        harness.query_all_by_label_contains("[redacted]").count() > 0,
        "the hidden names say so"
    );

    // A serial number finds nothing while redacted.
    let serial = harness
        .state()
        .session()
        .data
        .dataset()
        .traces
        .serial
        .get(0)
        .to_owned();
    harness
        .get_by_role_and_label(Role::TextInput, "Search")
        .focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness
        .get_by_role_and_label(Role::TextInput, "Search")
        .type_text(&serial);
    harness.run();
    assert!(
        harness
            .state()
            .window()
            .search
            .results
            .iter()
            .all(|h| h.kind != corridor_core::search::SearchKind::Serial)
    );
    // Only in the box it was typed into (its node and its text run).
    assert_eq!(shown_identifiers(&harness), std::slice::from_ref(&serial));
    let holders: Vec<Role> = harness
        .root()
        .children_recursive()
        .map(|node| node.accesskit_node())
        .filter(|n| {
            [n.label(), n.value()]
                .into_iter()
                .flatten()
                .any(|t| t.contains(serial.as_str()))
        })
        .map(|n| n.role())
        .collect();
    assert_eq!(holders, [Role::TextInput, Role::TextRun]);

    // Presenting keeps the badge.
    harness.key_press(Key::Escape);
    harness.run();
    harness.key_press(Key::F5);
    harness.run();
    harness.get_by_label("REDACTED");
}

#[test]
fn the_trace_table_sorts_and_copies_what_it_shows_with_aliases_when_redacted() {
    use corridor::app::commands::Command;
    use corridor_core::aggregate::Selection;
    use corridor_core::briefing::trace_table::TraceColumn;
    let mut harness = app_harness(StartOptions::default());
    // The busiest store's traces.
    let dataset = harness.state().session().data.dataset().clone();
    let mut per_store = vec![0u32; dataset.stores.len()];
    for store in &dataset.traces.store {
        per_store[store.0 as usize] += 1;
    }
    let busiest = (0..per_store.len()).max_by_key(|&i| per_store[i]).unwrap() as u32;
    harness.state_mut().push(Command::SetSelection(Selection {
        stores: [busiest].into(),
        ..Selection::default()
    }));
    harness.run();
    for column in [
        TraceColumn::Serial,
        TraceColumn::Purchaser,
        TraceColumn::Ffl,
    ] {
        harness.get_by_label(&column.label(corridor_core::i18n::Lang::En));
    }
    // A click on the first header sorts by trace id, a second reverses.
    for (descending, header) in [(false, "Trace"), (true, "Trace ▲")] {
        harness.get_by_label(header).click();
        harness.run();
        let ids: Vec<String> = harness
            .state()
            .session()
            .details
            .rows
            .iter()
            .map(|&r| dataset.traces.trace_id.get(r as usize).to_lowercase())
            .collect();
        assert!(
            ids.windows(2).all(|w| if descending {
                w[0] >= w[1]
            } else {
                w[0] <= w[1]
            }),
            "sorted by trace id, descending {descending}"
        );
    }
    // By purchase date, newest first (a header further right, off screen
    // here: the command its click sends).
    for _ in 0..2 {
        harness
            .state_mut()
            .push(Command::SortTraces(TraceColumn::Bought));
        harness.run();
    }
    let rows = harness.state().session().details.rows.clone();
    assert_eq!(rows.len() as u32, per_store[busiest as usize]);
    let days: Vec<_> = rows
        .iter()
        .filter_map(|&r| dataset.traces.purchase_date[r as usize].get())
        .collect();
    assert!(days.windows(2).all(|w| w[0] >= w[1]), "newest first");

    // Redacted: the copied table has aliases, never the real purchaser.
    harness.state_mut().push(Command::Briefing(
        corridor::app::briefing_ui::BriefingCommand::SetRedaction(
            corridor_core::briefing::Redaction {
                identifiers: true,
                dealer_names: true,
            },
        ),
    ));
    harness.run();
    harness.get_by_label("Copy table").click();
    // The copy is in the output of the frame that handled the click.
    harness.step();
    let copied = harness
        .output()
        .platform_output
        .commands
        .iter()
        .find_map(|c| match c {
            egui::OutputCommand::CopyText(text) => Some(text.clone()),
            _ => None,
        })
        .expect("Copy table puts the rows on the clipboard");
    assert_eq!(copied.lines().count(), rows.len() + 1);
    assert!(copied.starts_with("Trace\tSerial\tClass"));
    assert!(copied.contains("Purchaser "), "purchasers by alias");
    assert!(copied.contains("Dealer "), "the dealer by alias");
    let store = dataset.store(corridor_core::model::StoreId(busiest));
    assert!(!copied.contains(dataset.str(store.name)));
    for &r in &rows {
        let real = dataset.str(dataset.traces.purchaser[r as usize]);
        assert!(real.len() < 4 || !copied.contains(real), "{real} copied");
    }
}
