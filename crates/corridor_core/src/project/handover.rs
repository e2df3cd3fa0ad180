//! A hand-over package: a folder with the project (its data embedded), a
//! manifest naming the SHA-256 of every file with who, when and what, and a
//! README for the receiving analyst. [`verify_package`] checks it.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::atomic::{SaveError, write_atomic};
use super::source::sha256_hex;

/// The project file's name in a package.
pub const PROJECT_NAME: &str = "case.corridor";
/// The manifest's name in a package.
pub const MANIFEST_NAME: &str = "manifest.json";
/// The README's name in a package.
pub const README_NAME: &str = "README.txt";
/// [`Manifest::format`].
pub const MANIFEST_FORMAT: &str = "corridor-handover";

/// One file of a package, as the manifest lists it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ManifestFile {
    /// Its name in the package folder.
    pub name: String,
    /// Lower-case hex SHA-256 of its bytes.
    pub sha256: String,
    /// Its size in bytes.
    pub size_bytes: u64,
}

/// Who handed what over, when, and the hash of every file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    /// Always [`MANIFEST_FORMAT`].
    pub format: String,
    /// 1.
    pub version: u32,
    /// When the package was made, UTC, `YYYY-MM-DDTHH:MM:SSZ`.
    pub created_utc: String,
    /// The agency handing it over.
    pub from_agency: String,
    /// The program that made it ("Corridor 0.1.0").
    pub made_by: String,
    /// The as-of date of the project's current view, if set.
    pub as_of: Option<String>,
    /// The current view's filter, in words.
    pub filter: String,
    /// The data files inside the project (embedded), with their hashes.
    pub data_files: Vec<ManifestFile>,
    /// The package's own files (the project, the README).
    pub files: Vec<ManifestFile>,
}

/// What a package says about itself, besides its files.
#[derive(Clone, Debug, Default)]
pub struct HandoverInfo {
    /// The agency handing it over.
    pub from_agency: String,
    /// The as-of date of the current view, if set.
    pub as_of: Option<String>,
    /// The current view's filter, in words.
    pub filter: String,
    /// The data files embedded in the project.
    pub data_files: Vec<ManifestFile>,
    /// When, UTC (`YYYY-MM-DDTHH:MM:SSZ`).
    pub created_utc: String,
}

/// Why a package could not be written or checked.
#[derive(Debug, thiserror::Error)]
pub enum HandoverError {
    /// The folder could not be made.
    #[error("cannot create the folder {}: {source}", path.display())]
    Folder {
        /// The folder.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// A file could not be written.
    #[error("{0}")]
    Write(#[from] SaveError),
    /// The manifest could not be read or is not a Corridor manifest.
    #[error("{}: {reason}", path.display())]
    Manifest {
        /// The manifest file.
        path: PathBuf,
        /// Why.
        reason: String,
    },
}

/// Writes a package into `dir` (made if missing): the project's JSON as
/// [`PROJECT_NAME`], a README, then the manifest listing both with their
/// hashes. Returns the manifest.
pub fn write_package(
    dir: &Path,
    project_json: &[u8],
    info: &HandoverInfo,
) -> Result<Manifest, HandoverError> {
    std::fs::create_dir_all(dir).map_err(|source| HandoverError::Folder {
        path: dir.to_path_buf(),
        source,
    })?;
    let readme = readme(info);
    let mut files = Vec::new();
    for (name, bytes) in [
        (PROJECT_NAME, project_json),
        (README_NAME, readme.as_bytes()),
    ] {
        write_atomic(&dir.join(name), bytes)?;
        files.push(ManifestFile {
            name: name.to_owned(),
            sha256: sha256_hex(bytes),
            size_bytes: bytes.len() as u64,
        });
    }
    let manifest = Manifest {
        format: MANIFEST_FORMAT.to_owned(),
        version: 1,
        created_utc: info.created_utc.clone(),
        from_agency: info.from_agency.clone(),
        made_by: super::saved_by(),
        as_of: info.as_of.clone(),
        filter: info.filter.clone(),
        data_files: info.data_files.clone(),
        files,
    };
    let json = serde_json::to_vec_pretty(&manifest).map_err(|e| HandoverError::Manifest {
        path: dir.join(MANIFEST_NAME),
        reason: e.to_string(),
    })?;
    write_atomic(&dir.join(MANIFEST_NAME), &json)?;
    Ok(manifest)
}

fn readme(info: &HandoverInfo) -> String {
    let agency = if info.from_agency.is_empty() {
        "(no agency named)"
    } else {
        info.from_agency.as_str()
    };
    let data: Vec<String> = info
        .data_files
        .iter()
        .map(|f| format!("  {}  {} bytes  SHA-256 {}", f.name, f.size_bytes, f.sha256))
        .collect();
    format!(
        "Corridor hand-over package\n\
         ==========================\n\n\
         From: {agency}\n\
         Made: {} (UTC)\n\
         As of: {}\n\
         Current view's filter: {}\n\n\
         Open {PROJECT_NAME} in Corridor (File > Open project): its data is inside it, so no\n\
         other file is needed. Check the package first with\n\n    corridor verify THIS_FOLDER\n\n\
         which compares every file with the SHA-256 in {MANIFEST_NAME} and says what differs.\n\n\
         Data files inside the project:\n{}\n",
        info.created_utc,
        info.as_of.as_deref().unwrap_or("today"),
        info.filter,
        data.join("\n")
    )
}

/// How one file of a package compares with its manifest.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileCheck {
    /// Its SHA-256 is the manifest's.
    Verified,
    /// Its bytes changed.
    Changed {
        /// The manifest's SHA-256.
        expected: String,
        /// The file's.
        found: String,
    },
    /// It is not in the folder.
    Missing,
}

/// A package checked against its manifest.
#[derive(Clone, Debug)]
pub struct Verification {
    /// The manifest as read.
    pub manifest: Manifest,
    /// Each file the manifest lists, with its check.
    pub files: Vec<(String, FileCheck)>,
}

impl Verification {
    /// True when every listed file is there, unchanged.
    pub fn is_verified(&self) -> bool {
        self.files
            .iter()
            .all(|(_, check)| *check == FileCheck::Verified)
    }
}

/// Checks every file the package's manifest lists against its SHA-256.
/// The manifest itself is trusted only as far as it goes: a package whose
/// manifest was rewritten along with the files checks out, so the manifest
/// should travel by another channel (or its hash be read out) when that
/// matters.
pub fn verify_package(dir: &Path) -> Result<Verification, HandoverError> {
    let path = dir.join(MANIFEST_NAME);
    let bad = |reason: String| HandoverError::Manifest {
        path: path.clone(),
        reason,
    };
    let text = std::fs::read(&path).map_err(|e| bad(e.to_string()))?;
    let manifest: Manifest =
        serde_json::from_slice(&text).map_err(|e| bad(format!("not a hand-over manifest: {e}")))?;
    if manifest.format != MANIFEST_FORMAT {
        return Err(bad(format!(
            "format is {:?}, not {MANIFEST_FORMAT:?}",
            manifest.format
        )));
    }
    let files = manifest
        .files
        .iter()
        .map(|file| {
            // Only names inside the folder: a manifest cannot point elsewhere.
            let inside = Path::new(&file.name)
                .file_name()
                .is_some_and(|n| n == file.name.as_str());
            let check = match std::fs::read(dir.join(&file.name)) {
                Ok(bytes) if inside => {
                    let found = sha256_hex(&bytes);
                    if found == file.sha256 {
                        FileCheck::Verified
                    } else {
                        FileCheck::Changed {
                            expected: file.sha256.clone(),
                            found,
                        }
                    }
                }
                _ => FileCheck::Missing,
            };
            (file.name.clone(), check)
        })
        .collect();
    Ok(Verification { manifest, files })
}

/// Now in UTC as `YYYY-MM-DDTHH:MM:SSZ`.
pub fn now_utc() -> String {
    let seconds = crate::model::day::unix_seconds();
    let day = crate::model::Day::of_unix_seconds(seconds);
    let rest = seconds % 86_400;
    format!(
        "{}T{:02}:{:02}:{:02}Z",
        day.iso(),
        rest / 3600,
        rest % 3600 / 60,
        rest % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn package() -> (tempfile::TempDir, Manifest) {
        let dir = tempfile::tempdir().unwrap();
        let info = HandoverInfo {
            from_agency: "ATF Phoenix".into(),
            created_utc: "2026-12-04T12:00:00Z".into(),
            filter: "All weapon classes".into(),
            ..HandoverInfo::default()
        };
        let manifest =
            write_package(dir.path(), b"{\"format\": \"corridor-project\"}", &info).unwrap();
        (dir, manifest)
    }

    #[test]
    fn a_fresh_package_verifies_and_names_its_agency() {
        let (dir, manifest) = package();
        let checked = verify_package(dir.path()).unwrap();
        assert!(checked.is_verified(), "{:?}", checked.files);
        assert_eq!(checked.manifest, manifest);
        assert_eq!(checked.manifest.from_agency, "ATF Phoenix");
        assert_eq!(checked.files.len(), 2);
        let readme = std::fs::read_to_string(dir.path().join(README_NAME)).unwrap();
        assert!(readme.contains("From: ATF Phoenix"));
    }

    #[test]
    fn a_changed_byte_or_a_missing_file_is_caught() {
        let (dir, _) = package();
        let project = dir.path().join(PROJECT_NAME);
        let mut bytes = std::fs::read(&project).unwrap();
        bytes[3] ^= 1;
        std::fs::write(&project, &bytes).unwrap();
        std::fs::remove_file(dir.path().join(README_NAME)).unwrap();
        let checked = verify_package(dir.path()).unwrap();
        assert!(!checked.is_verified());
        assert!(matches!(checked.files[0].1, FileCheck::Changed { .. }));
        assert_eq!(checked.files[1].1, FileCheck::Missing);
    }

    #[test]
    fn a_manifest_cannot_point_outside_its_folder() {
        let (dir, _) = package();
        let path = dir.path().join(MANIFEST_NAME);
        let mut manifest: Manifest =
            serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
        manifest.files[0].name = "../elsewhere.corridor".into();
        std::fs::write(&path, serde_json::to_vec(&manifest).unwrap()).unwrap();
        let checked = verify_package(dir.path()).unwrap();
        assert_eq!(checked.files[0].1, FileCheck::Missing);
    }
}
