//! The core stays GUI-free. The compiler already refuses GUI code here (the
//! GUI crates are not dependencies); this keeps them from coming back as a
//! dependency, direct or through another crate.

use std::collections::{BTreeSet, HashMap};

/// Crates that would bring a window, a toolkit or a file dialog.
const GUI_CRATES: [&str; 10] = [
    "egui",
    "eframe",
    "egui_extras",
    "egui_plot",
    "egui_kittest",
    "walkers",
    "rfd",
    "winit",
    "wgpu",
    "glow",
];

/// Every package `root` depends on, directly or not (dev-dependencies
/// included), from the workspace's Cargo.lock.
fn dependencies_of(root: &str) -> BTreeSet<String> {
    let lock_path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../Cargo.lock");
    let lock: toml::Table = std::fs::read_to_string(lock_path)
        .expect("the workspace has a Cargo.lock")
        .parse()
        .expect("Cargo.lock is TOML");
    let packages = lock["package"].as_array().expect("[[package]] entries");
    let mut edges: HashMap<&str, Vec<&str>> = HashMap::new();
    for package in packages {
        let name = package["name"].as_str().expect("a package has a name");
        let dependencies = package
            .get("dependencies")
            .and_then(|d| d.as_array())
            .map(|d| {
                d.iter()
                    // "name" or "name version" when several versions are locked.
                    .filter_map(|d| d.as_str()?.split(' ').next())
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default();
        edges.entry(name).or_default().extend(dependencies);
    }
    let mut seen = BTreeSet::new();
    let mut stack = vec![root];
    while let Some(name) = stack.pop() {
        for &dependency in edges.get(name).into_iter().flatten() {
            if seen.insert(dependency.to_owned()) {
                stack.push(dependency);
            }
        }
    }
    seen
}

#[test]
fn the_core_depends_on_no_gui_crate() {
    let dependencies = dependencies_of("corridor_core");
    assert!(
        dependencies.contains("csv") && dependencies.contains("resvg"),
        "the walk found the core's own dependencies: {dependencies:?}"
    );
    let gui: Vec<&str> = GUI_CRATES
        .into_iter()
        .filter(|c| dependencies.contains(*c))
        .collect();
    assert!(
        gui.is_empty(),
        "GUI crates in the core's dependencies: {gui:?}"
    );
}

#[test]
fn the_walk_finds_gui_crates_where_they_are() {
    let app = dependencies_of("corridor");
    assert!(app.contains("corridor_core"));
    assert!(app.contains("egui") && app.contains("walkers") && app.contains("rfd"));
}
