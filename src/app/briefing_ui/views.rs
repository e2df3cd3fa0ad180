//! Between the app's state and a saved view, both ways.

use crate::app::settings::Settings;
use corridor_core::aggregate::Selection;
use corridor_core::briefing::{Annotation, SavedView};
use corridor_core::model::Dataset;
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
        marks: settings.marks,
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
    settings.marks = view.marks;
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

/// The name a new view gets: what it shows, as its image would be titled
/// ("Texas → Tamaulipas, AK-pattern rifles, 2015–2019"), never a name in
/// use ("…, 2015–2019 2" for the second).
pub fn new_view_name(views: &[SavedView], dataset: &Dataset, view: &SavedView) -> String {
    let title =
        corridor_core::render::title::default_title(dataset, view, crate::app::i18n::lang());
    corridor_core::briefing::view::unique_name(views, &title)
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
