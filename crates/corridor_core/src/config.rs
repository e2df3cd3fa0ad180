//! Where Corridor keeps the user's own files, and loading them.
//!
//! The folders are a value passed down from the edge (the binary reads the
//! environment once; tests give a temporary folder), never looked up from
//! deep inside, so two app sessions in one process can use different ones.

use std::path::{Path, PathBuf};

use crate::classify::{CachedClassifier, Classifier, RulesError};
use crate::i18n::{Phrase, ToPhrase, system_error};
use crate::phrase;

/// File name of the user's extra classification rules in the configuration folder.
pub const USER_RULES_FILE_NAME: &str = "weapon_rules.toml";

/// The user's configuration and cache folders; `None` where there is none
/// (then nothing is read from or written to it).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UserFolders {
    /// Rules and the recovery file, e.g. `~/.config/corridor`.
    pub config: Option<PathBuf>,
    /// Downloaded map tiles (only with online tiles on).
    pub cache: Option<PathBuf>,
}

impl UserFolders {
    /// `$CORRIDOR_CONFIG_DIR` and `$CORRIDOR_CACHE_DIR` when set (portable
    /// installs, scripts), else the platform's folders.
    pub fn from_environment() -> UserFolders {
        let platform = directories::ProjectDirs::from("", "", "Corridor");
        let config = std::env::var_os("CORRIDOR_CONFIG_DIR")
            .map(PathBuf::from)
            .or_else(|| platform.as_ref().map(|d| d.config_dir().to_path_buf()));
        let cache = std::env::var_os("CORRIDOR_CACHE_DIR")
            .map(PathBuf::from)
            .or_else(|| platform.as_ref().map(|d| d.cache_dir().to_path_buf()));
        UserFolders { config, cache }
    }

    /// Both folders inside `dir` (tests, portable use).
    ///
    /// ```
    /// use corridor_core::config::UserFolders;
    /// let folders = UserFolders::in_dir("/tmp/x");
    /// assert_eq!(folders.user_rules_path().unwrap(), std::path::Path::new("/tmp/x/weapon_rules.toml"));
    /// assert!(UserFolders::default().user_rules_path().is_none());
    /// ```
    pub fn in_dir(dir: impl Into<PathBuf>) -> UserFolders {
        let dir = dir.into();
        UserFolders {
            cache: Some(dir.join("cache")),
            config: Some(dir),
        }
    }

    /// The user's rules file, whether or not it exists.
    pub fn user_rules_path(&self) -> Option<PathBuf> {
        self.config.as_ref().map(|d| d.join(USER_RULES_FILE_NAME))
    }

    /// Where unsaved work is autosaved.
    pub fn recovery_path(&self) -> Option<PathBuf> {
        self.config
            .as_ref()
            .map(|d| d.join(crate::project::recovery::RECOVERY_FILE_NAME))
    }

    /// Where online map tiles are cached.
    pub fn tile_cache(&self) -> Option<PathBuf> {
        self.cache.as_ref().map(|d| d.join("osm-tiles"))
    }
}

/// Why the classification rules could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// The shipped rules do not parse (a build defect).
    Shipped(#[source] RulesError),
    /// A rules file could not be read.
    Read {
        /// The rules file.
        path: PathBuf,
        /// Why.
        #[source]
        source: std::io::Error,
    },
    /// A rules file does not parse or names unknown classes or fields.
    Rules {
        /// The rules file.
        path: PathBuf,
        /// What is wrong in it.
        #[source]
        source: RulesError,
    },
}

impl ToPhrase for ConfigError {
    fn phrase(&self) -> Phrase {
        match self {
            ConfigError::Shipped(rules) => {
                phrase!("config-error-shipped", error = rules.phrase())
            }
            ConfigError::Read { path, source } => phrase!(
                "config-error-read",
                path = path.display().to_string(),
                error = system_error(source)
            ),
            ConfigError::Rules { path, source } => phrase!(
                "config-error-rules",
                path = path.display().to_string(),
                error = source.phrase()
            ),
        }
    }
}

crate::display_in_english!(ConfigError);

/// The shipped rules, with the user's rules file (if it exists) and `extra`
/// (if given) tried first.
pub fn load_classifier(
    folders: &UserFolders,
    extra: Option<&Path>,
) -> Result<CachedClassifier, ConfigError> {
    let mut classifier = Classifier::shipped().map_err(ConfigError::Shipped)?;
    if let Some(path) = folders.user_rules_path().filter(|p| p.is_file()) {
        classifier = add_rules(classifier, &path)?;
    }
    if let Some(path) = extra {
        classifier = add_rules(classifier, path)?;
    }
    Ok(CachedClassifier::new(classifier))
}

fn add_rules(classifier: Classifier, path: &Path) -> Result<Classifier, ConfigError> {
    let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
        path: path.to_path_buf(),
        source,
    })?;
    classifier
        .with_user_rules(&text)
        .map_err(|source| ConfigError::Rules {
            path: path.to_path_buf(),
            source,
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_rules_in_the_folder_are_read_and_errors_name_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let folders = UserFolders::in_dir(dir.path());
        assert!(
            load_classifier(&folders, None).is_ok(),
            "no user file: shipped rules"
        );
        let rules = dir.path().join(USER_RULES_FILE_NAME);
        std::fs::write(&rules, "this is = not [ toml").unwrap();
        let error = load_classifier(&folders, None).err().unwrap().to_string();
        assert!(error.contains("weapon_rules.toml"), "{error}");
        let missing = dir.path().join("missing.toml");
        let error = load_classifier(&UserFolders::default(), Some(&missing))
            .err()
            .unwrap();
        assert!(matches!(error, ConfigError::Read { .. }), "{error}");
    }

    #[test]
    fn config_errors_say_the_same_in_english_and_are_translated() {
        let read = ConfigError::Read {
            path: PathBuf::from("rules.toml"),
            source: std::io::Error::from_raw_os_error(2),
        };
        crate::i18n::assert_says(
            &read,
            &format!(
                "cannot read rules file rules.toml: {}",
                std::io::Error::from_raw_os_error(2)
            ),
            "no se puede leer el archivo de reglas rules.toml: el archivo o la carpeta no existe",
        );
        let rules = ConfigError::Rules {
            path: PathBuf::from("rules.toml"),
            source: RulesError::EmptyKeywords {
                list: crate::classify::RuleList::Model,
                index: 2,
                line: 1_017,
            },
        };
        crate::i18n::assert_says(
            &rules,
            "in rules file rules.toml: [[model]] rule 2 (line 1017): `keywords` is empty",
            "en el archivo de reglas rules.toml: regla 2 de [[model]] (línea 1017): la lista `keywords` está vacía",
        );
    }
}
