//! The search box and box selection, driven through the accessibility tree
//! and raw pointer events (egui_kittest; no GPU, no display).

use crate::common;

use crate::harness::app_harness as harness_with;

fn app_harness() -> Harness<'static, CorridorApp> {
    harness_with(StartOptions::default())
}

use corridor::app::panels::search_box::SEARCH_LABEL;
use corridor::app::{CorridorApp, StartOptions};
use corridor_core::aggregate::Selection;
use corridor_core::geometry::mercator::unproject;
use corridor_core::search::{SearchIndex, SearchKind};
use egui::accesskit::Role;
use egui::{Event, Modifiers, PointerButton, Pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

fn type_search(harness: &mut Harness<'static, CorridorApp>, text: &str) {
    crate::harness::type_text_in(harness, SEARCH_LABEL, text);
}

/// The map's centre in degrees.
fn camera(harness: &Harness<'static, CorridorApp>) -> (f64, f64) {
    let view = harness.state().window().map.view();
    (view.center_lat_deg, view.center_lon_deg)
}

/// The place drawn at `point` on screen.
fn screen_anchor(
    harness: &Harness<'static, CorridorApp>,
    point: Pos2,
) -> corridor_core::geometry::mercator::WorldPoint {
    let transform = harness.state().window().map.last_transform.expect("drawn");
    transform.to_world([point.x, point.y])
}

/// Where a place is drawn on screen now.
fn screen_of(
    harness: &Harness<'static, CorridorApp>,
    place: corridor_core::geometry::mercator::WorldPoint,
) -> [f32; 2] {
    let transform = harness.state().window().map.last_transform.expect("drawn");
    transform.to_screen(place)
}

#[test]
fn picking_a_dealer_selects_it_and_moves_the_map_there() {
    let demo = common::load(&common::demo_files());
    let index = SearchIndex::build(&demo.dataset, None);
    let expected = index.query(&demo.dataset, "Makebelieve Prairie")[0].clone();
    assert_eq!(expected.kind, SearchKind::Dealer);

    let mut harness = app_harness();
    let before = camera(&harness);
    type_search(&mut harness, "makebelieve prairie");
    assert_eq!(
        harness.state().window().search.results[0].label,
        expected.label
    );
    harness
        .query_all_by_label(&expected.label.to_string())
        .next()
        .expect("the result is listed")
        .click();
    harness.run();

    let state = harness.state();
    assert_eq!(state.session().selection.stores, expected.select.stores);
    assert!(state.session().selection.sites.is_empty());
    assert!(!state.window().search.open, "the list closes after a pick");
    let (lat, lon) = unproject(expected.target.center());
    let after = camera(&harness);
    assert!(
        (after.0 - lat).abs() < 0.01 && (after.1 - lon).abs() < 0.01,
        "camera at {after:?}, dealer at {lat}, {lon}"
    );
    assert!((before.0 - lat).abs() > 0.1 || (before.1 - lon).abs() > 0.1);
    // Framed with its region around it, not at street level.
    let zoom = harness.state().window().map.memory.zoom();
    assert!((6.0..=7.0).contains(&zoom), "zoom {zoom}");
}

#[test]
fn enter_picks_an_exact_trace_id_and_selects_its_pair() {
    let mut harness = app_harness();
    let dataset = harness.state().session().data.dataset().clone();
    let id = dataset.traces.trace_id.get(41).to_owned();
    type_search(&mut harness, &id.to_lowercase());
    assert_eq!(
        harness.state().window().search.results[0].kind,
        SearchKind::Trace
    );
    harness.key_press(egui::Key::Enter);
    harness.run();
    let selection = &harness.state().session().selection;
    assert!(selection.between);
    assert_eq!(
        selection.stores.iter().copied().collect::<Vec<_>>(),
        [dataset.traces.store[41].0]
    );
    assert_eq!(
        selection.sites.iter().copied().collect::<Vec<_>>(),
        [dataset.traces.site[41].0]
    );
}

fn drag(harness: &mut Harness<'static, CorridorApp>, from: Pos2, to: Pos2, modifiers: Modifiers) {
    harness.event(Event::ModifiersChanged(modifiers));
    harness.event(Event::PointerMoved(from));
    harness.event(Event::PointerButton {
        pos: from,
        button: PointerButton::Primary,
        pressed: true,
        modifiers,
    });
    for step in 1..=8 {
        harness.event(Event::PointerMoved(from.lerp(to, step as f32 / 8.0)));
    }
    harness.event(Event::PointerButton {
        pos: to,
        button: PointerButton::Primary,
        pressed: false,
        modifiers,
    });
    harness.event(Event::ModifiersChanged(Modifiers::NONE));
    harness.run();
}

#[test]
fn ctrl_drag_selects_the_nodes_inside_the_box_and_a_plain_drag_still_pans() {
    let mut harness = app_harness();
    let (a, b) = (Pos2::new(450.0, 220.0), Pos2::new(820.0, 560.0));
    let expected = {
        let state = harness.state();
        let transform = state
            .window()
            .map
            .last_transform
            .expect("the map was drawn");
        let level = state.session().view.level().expect("a level is shown");
        let inside: Vec<u32> = state
            .session()
            .view
            .scene()
            .symbols
            .iter()
            .filter(|s| {
                let p = transform.to_screen(s.at);
                (a.x..=b.x).contains(&p[0]) && (a.y..=b.y).contains(&p[1])
            })
            .map(|s| s.id)
            .collect();
        assert!(!inside.is_empty(), "the box holds some nodes");
        assert!(
            inside.len() < state.session().view.scene().symbols.len(),
            "but not all"
        );
        let mut selection = Selection::default();
        for node in inside {
            selection.add_node(level, node);
        }
        selection
    };
    let at_a = screen_anchor(&harness, a);
    drag(&mut harness, a, b, Modifiers::COMMAND);
    assert_eq!(harness.state().session().selection, expected);
    // The details panel opened and narrowed the map; the places stay put.
    let [x, y] = screen_of(&harness, at_a);
    assert!(
        (x - a.x).abs() < 1.0 && (y - a.y).abs() < 1.0,
        "a box drag does not pan: the box's corner moved to {x},{y}"
    );
    let before = camera(&harness);
    assert!(harness.state().window().map.lasso.is_none());

    // A plain drag pans and leaves the selection alone.
    drag(
        &mut harness,
        Pos2::new(600.0, 400.0),
        Pos2::new(700.0, 450.0),
        Modifiers::NONE,
    );
    assert_ne!(camera(&harness), before, "a plain drag pans");
    assert_eq!(harness.state().session().selection, expected);
}

#[test]
fn ctrl_alt_drag_draws_a_lasso_and_shift_adds_to_the_selection() {
    use geo::{Contains, LineString, Point, Polygon};
    let mut harness = app_harness();
    // A triangle: press at one corner, pass the second, release at the third.
    let corners = [
        Pos2::new(420.0, 220.0),
        Pos2::new(880.0, 260.0),
        Pos2::new(560.0, 600.0),
    ];
    // Something is selected first (the details panel then narrows the
    // map, so the expectation is computed after); Shift keeps it.
    let first = {
        let state = harness.state();
        let transform = state
            .window()
            .map
            .last_transform
            .expect("the map was drawn");
        let x = |s: &corridor_core::scene::SymbolGlyph| transform.to_screen(s.at)[0];
        state
            .session()
            .view
            .scene()
            .symbols
            .iter()
            .max_by(|a, b| x(a).total_cmp(&x(b)))
            .expect("symbols")
            .id
    };
    harness
        .state_mut()
        .push(corridor::app::commands::Command::SelectNodes {
            nodes: vec![first],
            mode: corridor::app::commands::SelectMode::Replace,
        });
    harness.run();
    let mut expected = harness.state().session().selection.clone();
    assert!(!expected.is_empty());
    {
        let state = harness.state();
        let transform = state
            .window()
            .map
            .last_transform
            .expect("the map was drawn");
        let level = state.session().view.level().expect("a level is shown");
        let triangle = Polygon::new(
            LineString::from(
                corners
                    .iter()
                    .map(|p| (f64::from(p.x), f64::from(p.y)))
                    .collect::<Vec<_>>(),
            ),
            Vec::new(),
        );
        let inside: Vec<u32> = state
            .session()
            .view
            .scene()
            .symbols
            .iter()
            .filter(|s| {
                let p = transform.to_screen(s.at);
                triangle.contains(&Point::new(f64::from(p[0]), f64::from(p[1])))
            })
            .map(|s| s.id)
            .collect();
        assert!(inside.len() > 1, "the lasso holds some nodes");
        assert!(
            !inside.contains(&first),
            "the first pick is outside the lasso"
        );
        for node in inside {
            expected.add_node(level, node);
        }
    }
    let modifiers = Modifiers::COMMAND | Modifiers::ALT | Modifiers::SHIFT;
    harness.event(Event::ModifiersChanged(modifiers));
    harness.event(Event::PointerMoved(corners[0]));
    harness.event(Event::PointerButton {
        pos: corners[0],
        button: PointerButton::Primary,
        pressed: true,
        modifiers,
    });
    for leg in [(corners[0], corners[1]), (corners[1], corners[2])] {
        for step in 1..=10 {
            harness.event(Event::PointerMoved(leg.0.lerp(leg.1, step as f32 / 10.0)));
        }
    }
    harness.event(Event::PointerButton {
        pos: corners[2],
        button: PointerButton::Primary,
        pressed: false,
        modifiers,
    });
    harness.event(Event::ModifiersChanged(Modifiers::NONE));
    harness.run();
    assert_eq!(harness.state().session().selection, expected);
}

#[test]
fn ctrl_f_focuses_the_search_box() {
    let mut harness = app_harness();
    harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::F);
    harness.run();
    assert!(
        harness
            .get_by_role_and_label(Role::TextInput, SEARCH_LABEL)
            .is_focused()
    );
}

#[test]
fn arrow_down_and_enter_pick_the_second_result() {
    let mut harness = app_harness();
    type_search(&mut harness, "san");
    let results = harness.state().window().search.results.clone();
    assert!(results.len() > 2);
    harness.key_press(egui::Key::ArrowDown);
    harness.run();
    assert_eq!(harness.state().window().search.highlighted, 1);
    harness.key_press(egui::Key::Enter);
    harness.run();
    let (lat, lon) = unproject(results[1].target.center());
    let after = camera(&harness);
    assert!(
        (after.0 - lat).abs() < 0.01 && (after.1 - lon).abs() < 0.01,
        "camera at {after:?}, {} at {lat}, {lon}",
        results[1].label
    );
    if !results[1].select.is_empty() {
        assert_eq!(harness.state().session().selection, results[1].select);
    }
}
