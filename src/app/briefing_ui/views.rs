//! Between the app's state and a saved view, both ways.

use crate::app::settings::Settings;
use corridor_core::aggregate::Selection;
use corridor_core::briefing::{Annotation, SavedView};
use corridor_core::scene::MapView;

/// The current state as a view named `name` (no title yet).
pub fn capture(
    name: String,
    settings: &Settings,
    camera: MapView,
    selection: &Selection,
    annotations: &[Annotation],
) -> SavedView {
    SavedView {
        name,
        title: String::new(),
        subtitle: String::new(),
        camera,
        filter: settings.filter.clone(),
        density: settings.density.clone(),
        grouping: settings.grouping,
        lock_scales: settings.lock_scales,
        coloring: settings.coloring,
        theme: settings.theme,
        selection: selection.clone(),
        annotations: annotations.to_vec(),
    }
}

/// `fresh`'s state in `view`, keeping what the user wrote: the name,
/// title and subtitle.
pub fn update(view: &mut SavedView, fresh: SavedView) {
    let SavedView {
        name,
        title,
        subtitle,
        ..
    } = std::mem::take(view);
    *view = SavedView {
        name,
        title,
        subtitle,
        ..fresh
    };
}

/// Puts a view's filter and style back into the settings.
pub fn restore_settings(view: &SavedView, settings: &mut Settings) {
    settings.filter = view.filter.clone();
    settings.density = view.density.clone();
    settings.grouping = view.grouping;
    settings.lock_scales = view.lock_scales;
    settings.coloring = view.coloring;
    settings.theme = view.theme;
}

/// A saved selection limited to the stores and sites that exist, since a
/// view may come from a project whose data has changed since.
pub fn valid_selection(selection: &Selection, stores: usize, sites: usize) -> Selection {
    let kept = Selection {
        stores: selection
            .stores
            .iter()
            .copied()
            .filter(|&s| (s as usize) < stores)
            .collect(),
        sites: selection
            .sites
            .iter()
            .copied()
            .filter(|&s| (s as usize) < sites)
            .collect(),
        between: selection.between,
    };
    if kept.is_empty() {
        Selection::default()
    } else {
        kept
    }
}

/// The name a new view gets: "View N" for the N-th, never one in use.
pub fn new_view_name(views: &[SavedView]) -> String {
    corridor_core::briefing::view::unique_name(views, &format!("View {}", views.len() + 1))
}

/// A view's new name, trimmed and made unique among the others; `None`
/// when it is blank (the old name stays).
pub fn rename(views: &[SavedView], index: usize, name: &str) -> Option<String> {
    let name = name.trim();
    if name.is_empty() {
        return None;
    }
    let others: Vec<SavedView> = views
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != index)
        .map(|(_, v)| SavedView {
            name: v.name.clone(),
            ..Default::default()
        })
        .collect();
    Some(corridor_core::briefing::view::unique_name(&others, name))
}

/// Moves the view at `from` to `to`; returns where the view at `current`
/// is afterwards.
pub fn move_view(
    views: &mut Vec<SavedView>,
    from: usize,
    to: usize,
    current: Option<usize>,
) -> Option<usize> {
    if from >= views.len() || to >= views.len() || from == to {
        return current;
    }
    let view = views.remove(from);
    views.insert(to, view);
    current.map(|c| {
        if c == from {
            to
        } else if from < c && c <= to {
            c - 1
        } else if to <= c && c < from {
            c + 1
        } else {
            c
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use corridor_core::aggregate::FlowDensity;
    use corridor_core::briefing::Annotation;
    use corridor_core::cluster::Grouping;
    use corridor_core::model::WeaponClass;
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
        let views = named(&["View 1", "View 2"]);
        assert_eq!(new_view_name(&views), "View 3");
        let views = named(&["View 3", "Other"]);
        assert_eq!(new_view_name(&views), "View 3 2");
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
}
