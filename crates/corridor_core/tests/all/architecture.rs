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

/// The fuzz targets build `--locked` from their own `fuzz/Cargo.lock`
/// (.ci/fuzz): every dependency the core always uses must be locked there
/// too, or CI stops at the fuzz stage. A dependency added to the core is
/// caught here, in `cargo test`, with the command that fixes it.
#[test]
fn the_fuzz_lock_file_holds_every_dependency_of_the_core() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
    let manifest: toml::Table =
        std::fs::read_to_string(format!("{root}/crates/corridor_core/Cargo.toml"))
            .expect("the core's manifest")
            .parse()
            .expect("TOML");
    let lock: toml::Table = std::fs::read_to_string(format!("{root}/fuzz/Cargo.lock"))
        .expect("fuzz/Cargo.lock")
        .parse()
        .expect("TOML");
    let locked: BTreeSet<&str> = lock["package"]
        .as_array()
        .expect("[[package]] entries")
        .iter()
        .filter_map(|p| p.get("name")?.as_str())
        .collect();
    let always: Vec<&String> = manifest["dependencies"]
        .as_table()
        .expect("[dependencies]")
        .iter()
        .filter(|(_, spec)| {
            !spec
                .get("optional")
                .and_then(toml::Value::as_bool)
                .unwrap_or(false)
        })
        .map(|(name, _)| name)
        .collect();
    assert!(always.len() > 10, "{always:?}");
    let missing: Vec<&&String> = always
        .iter()
        .filter(|name| !locked.contains(name.as_str()))
        .collect();
    assert!(
        missing.is_empty(),
        "fuzz/Cargo.lock lacks {missing:?}: run `cargo update --workspace --offline` in fuzz/"
    );
}
