//! Where Corridor keeps the user's own files, and loading them.

use std::path::{Path, PathBuf};

use anyhow::Context as _;

use crate::classify::CachedClassifier;

/// The user's configuration folder: `$CORRIDOR_CONFIG_DIR` when set (portable
/// installs, tests), else the platform's (e.g. `~/.config/corridor`).
pub fn config_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("CORRIDOR_CONFIG_DIR") {
        return Some(PathBuf::from(dir));
    }
    directories::ProjectDirs::from("", "", "Corridor").map(|d| d.config_dir().to_path_buf())
}

/// `weapon_rules.toml` in the configuration folder.
pub fn user_rules_path() -> Option<PathBuf> {
    config_dir().map(|d| d.join("weapon_rules.toml"))
}

/// The shipped rules, with the user's rules file (if any) and `extra` (if
/// given) tried first.
pub fn load_classifier(extra: Option<&Path>) -> anyhow::Result<CachedClassifier> {
    let mut classifier = crate::classify::Classifier::shipped()?;
    if let Some(path) = user_rules_path().filter(|p| p.is_file()) {
        classifier = add_rules(classifier, &path)?;
    }
    if let Some(path) = extra {
        classifier = add_rules(classifier, path)?;
    }
    Ok(CachedClassifier::new(classifier))
}

fn add_rules(
    classifier: crate::classify::Classifier,
    path: &Path,
) -> anyhow::Result<crate::classify::Classifier> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("cannot read rules file {}", path.display()))?;
    classifier
        .with_user_rules(&text)
        .with_context(|| format!("in rules file {}", path.display()))
}

/// Where downloaded map tiles are cached (only used with online tiles on).
pub fn cache_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("CORRIDOR_CACHE_DIR") {
        return Some(PathBuf::from(dir));
    }
    directories::ProjectDirs::from("", "", "Corridor").map(|d| d.cache_dir().to_path_buf())
}
