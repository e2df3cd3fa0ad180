//! Between the app's state and a saved view, both ways: capture, update,
//! restore, names and order.
use corridor::app::briefing_ui::views::*;
use corridor::app::settings::Settings;
use corridor_core::aggregate::FlowDensity;
use corridor_core::aggregate::Selection;
use corridor_core::briefing::Annotation;
use corridor_core::briefing::SavedView;
use corridor_core::cluster::Grouping;
use corridor_core::model::WeaponClass;
use corridor_core::scene::MapView;
use corridor_core::scene::{FlowColoring, Theme};

fn settings() -> Settings {
    let mut settings = Settings::default();
    settings.filter.set_class(WeaponClass::FiftyCal, false);
    settings.filter.make_model = "colt".into();
    settings.density = FlowDensity {
        min_traces: 3,
        ..Default::default()
    };
    settings.grouping = Grouping::Locations;
    settings.lock_scales = true;
    settings.coloring = FlowColoring::Single;
    settings.theme = Theme::Projector;
    settings
}

#[test]
fn a_captured_view_restores_the_same_settings() {
    let camera = MapView {
        center_lat_deg: 31.7,
        center_lon_deg: -106.4,
        zoom: 8.0,
    };
    let selection = Selection {
        stores: [3].into(),
        sites: [7].into(),
        between: true,
    };
    let notes = [Annotation::note(1, 31.7, -106.4, "El Paso")];
    let view = capture("Juárez".into(), &settings(), camera, &selection, &notes);
    assert_eq!(view.camera, camera);
    assert_eq!(view.selection, selection);
    assert_eq!(view.annotations, notes);
    let mut restored = Settings::default();
    restore_settings(&view, &mut restored);
    let expected = settings();
    assert_eq!(restored.filter, expected.filter);
    assert_eq!(restored.density, expected.density);
    assert_eq!(restored.grouping, expected.grouping);
    assert!(restored.lock_scales);
    assert_eq!(restored.coloring, FlowColoring::Single);
    assert_eq!(restored.theme, Theme::Projector);
    // What a view does not hold is left alone.
    assert_eq!(restored.show_time_bar, Settings::default().show_time_bar);
}

#[test]
fn update_keeps_the_words_and_takes_the_state() {
    let mut view = SavedView {
        name: "Sonora".into(),
        title: "The Sonora corridor".into(),
        subtitle: "2019 to 2021".into(),
        ..Default::default()
    };
    let fresh = capture(
        "ignored".into(),
        &settings(),
        MapView::default(),
        &Selection::default(),
        &[],
    );
    update(&mut view, fresh);
    assert_eq!(view.name, "Sonora");
    assert_eq!(view.title, "The Sonora corridor");
    assert_eq!(view.subtitle, "2019 to 2021");
    assert_eq!(view.filter.make_model, "colt");
}

#[test]
fn selections_of_missing_locations_are_dropped() {
    let selection = Selection {
        stores: [1, 50].into(),
        sites: [2].into(),
        between: true,
    };
    let kept = valid_selection(&selection, 10, 10);
    assert_eq!(kept.stores, [1].into());
    assert_eq!(kept.sites, [2].into());
    assert!(valid_selection(&selection, 0, 0).is_empty());
}

fn named(names: &[&str]) -> Vec<SavedView> {
    names
        .iter()
        .map(|n| SavedView {
            name: (*n).into(),
            ..Default::default()
        })
        .collect()
}

#[test]
fn names_stay_unique() {
    // A new view is named after what it shows, as its image is titled.
    let data = corridor_core::model::Dataset::default();
    let view = SavedView::default();
    let views = named(&["View 1", "View 2"]);
    assert_eq!(
        new_view_name(&views, &data, &view),
        "US → Mexico, all weapon classes"
    );
    let views = named(&["US → Mexico, all weapon classes", "Other"]);
    assert_eq!(
        new_view_name(&views, &data, &view),
        "US → Mexico, all weapon classes 2"
    );
    let views = named(&["A", "B"]);
    assert_eq!(rename(&views, 0, "  B "), Some("B 2".into()));
    assert_eq!(
        rename(&views, 1, "B"),
        Some("B".into()),
        "its own name is free"
    );
    assert_eq!(rename(&views, 0, "   "), None);
}

#[test]
fn moving_keeps_track_of_the_current_view() {
    let mut views = named(&["A", "B", "C", "D"]);
    assert_eq!(move_view(&mut views, 0, 2, Some(0)), Some(2));
    let order: Vec<&str> = views.iter().map(|v| v.name.as_str()).collect();
    assert_eq!(order, ["B", "C", "A", "D"]);
    assert_eq!(move_view(&mut views, 3, 0, Some(1)), Some(2));
    assert_eq!(move_view(&mut views, 0, 1, Some(3)), Some(3));
    assert_eq!(
        move_view(&mut views, 0, 9, Some(1)),
        Some(1),
        "out of range: no move"
    );
    assert_eq!(views.len(), 4);
}
