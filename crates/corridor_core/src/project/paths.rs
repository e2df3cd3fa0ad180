//! Source paths stored relative to the project file, so a folder holding
//! the project and its data can be moved or copied to another machine.

use std::path::{Component, Path, PathBuf};

/// `path` relative to the folder `base`, written with `/` whatever the
/// platform; `None` when no relative path leads there (another drive).
/// Both should be absolute.
///
/// ```
/// use std::path::Path;
/// use corridor_core::project::paths::relative_to;
/// assert_eq!(relative_to(Path::new("/cases/data/t.csv"), Path::new("/cases")).as_deref(), Some("data/t.csv"));
/// assert_eq!(relative_to(Path::new("/shared/t.csv"), Path::new("/cases/2024")).as_deref(), Some("../../shared/t.csv"));
/// ```
pub fn relative_to(path: &Path, base: &Path) -> Option<String> {
    let path: Vec<Component<'_>> = path.components().collect();
    let base: Vec<Component<'_>> = base.components().collect();
    // A different root or drive cannot be reached with `..`.
    let root = |c: &[Component<'_>]| {
        c.iter()
            .take_while(|c| matches!(c, Component::Prefix(_) | Component::RootDir))
            .count()
    };
    let roots = root(&path);
    if roots == 0 || roots != root(&base) || path[..roots] != base[..roots] {
        return None;
    }
    let common = path.iter().zip(&base).take_while(|(a, b)| a == b).count();
    let mut parts: Vec<String> = Vec::new();
    for component in &base[common..] {
        match component {
            Component::Normal(_) => parts.push("..".to_owned()),
            Component::CurDir => {}
            // `..` in the base cannot be undone without the file system.
            _ => return None,
        }
    }
    for component in &path[common..] {
        match component {
            Component::Normal(name) => parts.push(name.to_str()?.to_owned()),
            Component::CurDir => {}
            _ => return None,
        }
    }
    (!parts.is_empty()).then(|| parts.join("/"))
}

/// `relative` (as stored, `/`-separated) in the folder `base`.
///
/// ```
/// use std::path::Path;
/// use corridor_core::project::paths::join_relative;
/// assert_eq!(join_relative(Path::new("/cases"), "data/t.csv"), Path::new("/cases/data/t.csv"));
/// ```
pub fn join_relative(base: &Path, relative: &str) -> PathBuf {
    let mut path = base.to_path_buf();
    for part in relative.split(['/', '\\']).filter(|p| !p.is_empty()) {
        path.push(part);
    }
    path
}

/// An absolute form of `path` (against the current folder), unchanged when
/// that fails.
pub fn absolute(path: &Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf())
}

/// The folder a project file is in (absolute).
pub fn project_dir(project_path: &Path) -> PathBuf {
    absolute(project_path)
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default()
}

/// Whether `path` lies inside `folder`: compared after resolving `.` and
/// `..` (and links, for paths that exist), so `../other/x.csv` or an
/// absolute path elsewhere is outside even when it is spelled from inside.
///
/// ```
/// use std::path::Path;
/// use corridor_core::project::paths::is_inside;
/// let folder = Path::new("/cases/brief");
/// assert!(is_inside(folder, Path::new("/cases/brief/data/t.csv")));
/// assert!(is_inside(folder, Path::new("/cases/brief/./data/../t.csv")));
/// assert!(!is_inside(folder, Path::new("/cases/brief/../other/t.csv")));
/// assert!(!is_inside(folder, Path::new("/home/analyst/informants.csv")));
/// ```
pub fn is_inside(folder: &Path, path: &Path) -> bool {
    let resolve = |p: &Path| std::fs::canonicalize(p).unwrap_or_else(|_| lexical(&absolute(p)));
    resolve(path).starts_with(resolve(folder))
}

/// `path` with `.` and `..` resolved by name (no file system access).
fn lexical(path: &Path) -> PathBuf {
    use std::path::Component;
    let mut out = PathBuf::new();
    for part in path.components() {
        match part {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other.as_os_str()),
        }
    }
    out
}
