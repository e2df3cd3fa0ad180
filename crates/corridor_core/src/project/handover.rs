//! A hand-over package: a folder, or one `.zip` file, with the project (its
//! data embedded), a manifest naming the SHA-256 of every file with who,
//! when and what, and a README for the receiving analyst.
//! [`verify_package`] checks either kind; a received zip is untrusted input,
//! read within the project's size limit whatever its headers claim.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::atomic::{SaveError, write_atomic};
use super::source::sha256_hex;
use crate::i18n::{Phrase, ToPhrase, system_error};
use crate::phrase;

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
    /// The language of the README (the manifest's keys stay English).
    pub lang: crate::i18n::Lang,
}

/// Why a package could not be written or checked.
#[derive(Debug, thiserror::Error)]
pub enum HandoverError {
    /// The folder could not be made.
    Folder {
        /// The folder.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// A file could not be written.
    Write(#[from] SaveError),
    /// The zip file could not be read or written.
    Zip {
        /// The zip file.
        path: PathBuf,
        /// Why: Corridor's words, or the zip library's or the system's.
        reason: Phrase,
    },
    /// The manifest could not be read or is not a Corridor manifest.
    Manifest {
        /// The manifest file.
        path: PathBuf,
        /// Why: Corridor's words, or the JSON library's.
        reason: Phrase,
    },
}

impl ToPhrase for HandoverError {
    fn phrase(&self) -> Phrase {
        match self {
            HandoverError::Folder { path, source } => phrase!(
                "handover-error-folder",
                path = path.display().to_string(),
                error = system_error(source)
            ),
            HandoverError::Write(save) => save.phrase(),
            HandoverError::Zip { path, reason } | HandoverError::Manifest { path, reason } => {
                phrase!(
                    "handover-error-file",
                    path = path.display().to_string(),
                    reason = reason
                )
            }
        }
    }
}

crate::display_in_english!(HandoverError);

/// A library's own words (serde_json's, zip's), as a reason.
fn said(error: impl std::fmt::Display) -> Phrase {
    phrase!("project-error-text", text = error.to_string())
}

/// A file of a package: its name and bytes.
type PackageFile = (&'static str, Vec<u8>);

/// The files of a package, in the order they are written (the manifest
/// last), with the manifest.
fn package_files(
    project_json: &[u8],
    info: &HandoverInfo,
) -> Result<(Vec<PackageFile>, Manifest), serde_json::Error> {
    let files: Vec<PackageFile> = vec![
        (PROJECT_NAME, project_json.to_vec()),
        (README_NAME, readme(info).into_bytes()),
    ];
    let manifest = Manifest {
        format: MANIFEST_FORMAT.to_owned(),
        version: 1,
        created_utc: info.created_utc.clone(),
        from_agency: info.from_agency.clone(),
        made_by: super::saved_by(),
        as_of: info.as_of.clone(),
        filter: info.filter.clone(),
        data_files: info.data_files.clone(),
        files: files
            .iter()
            .map(|(name, bytes)| ManifestFile {
                name: (*name).to_owned(),
                sha256: sha256_hex(bytes),
                size_bytes: bytes.len() as u64,
            })
            .collect(),
    };
    let json = serde_json::to_vec_pretty(&manifest)?;
    let mut all = files;
    all.push((MANIFEST_NAME, json));
    Ok((all, manifest))
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
    let (files, manifest) =
        package_files(project_json, info).map_err(|e| HandoverError::Manifest {
            path: dir.join(MANIFEST_NAME),
            reason: said(e),
        })?;
    for (name, bytes) in &files {
        write_atomic(&dir.join(name), bytes)?;
    }
    Ok(manifest)
}

/// Whether `path` names a zip package (by its extension).
pub fn is_zip_path(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("zip"))
}

#[cfg(feature = "zip-packages")]
/// Writes the same package as one zip file at `path` (replaced atomically
/// if it exists), its files deflated. Returns the manifest.
pub fn write_package_zip(
    path: &Path,
    project_json: &[u8],
    info: &HandoverInfo,
) -> Result<Manifest, HandoverError> {
    use std::io::Write;
    let zip_error = |reason: Phrase| HandoverError::Zip {
        path: path.to_path_buf(),
        reason,
    };
    let (files, manifest) = package_files(project_json, info).map_err(|e| zip_error(said(e)))?;
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .large_file(project_json.len() as u64 >= u64::from(u32::MAX));
    for (name, bytes) in &files {
        writer
            .start_file(*name, options)
            .map_err(|e| zip_error(said(e)))?;
        writer.write_all(bytes).map_err(|e| zip_error(said(e)))?;
    }
    let bytes = writer
        .finish()
        .map_err(|e| zip_error(said(e)))?
        .into_inner();
    write_atomic(path, &bytes)?;
    Ok(manifest)
}

/// A package opened for reading: a folder, or a zip file read into memory
/// entry by entry (at most [`MAX_ZIP_ENTRIES`] entries, each at most the
/// project size limit however large its header says it is).
pub enum PackageReader {
    /// A package folder.
    Folder(PathBuf),
    /// A zip package.
    #[cfg(feature = "zip-packages")]
    Zip {
        /// The zip file, for messages.
        path: PathBuf,
        /// The archive.
        archive: Box<zip::ZipArchive<std::fs::File>>,
    },
}

/// Most entries a received zip package may have: a package has three.
pub const MAX_ZIP_ENTRIES: usize = 16;

impl PackageReader {
    /// Opens a package folder or zip file. A zip that is not one, or that
    /// has more than [`MAX_ZIP_ENTRIES`] entries, is an error.
    pub fn open(path: &Path) -> Result<PackageReader, HandoverError> {
        if path.is_dir() {
            return Ok(PackageReader::Folder(path.to_path_buf()));
        }
        let bad = |reason: Phrase| HandoverError::Zip {
            path: path.to_path_buf(),
            reason,
        };
        if let Some(kind) = crate::import::file_kind::not_a_regular_file(path) {
            return Err(bad(phrase!("handover-not-a-package", kind = kind)));
        }
        #[cfg(feature = "zip-packages")]
        {
            let file = std::fs::File::open(path)
                .map_err(|e| bad(phrase!("project-error-text", text = system_error(&e))))?;
            let archive = zip::ZipArchive::new(file)
                .map_err(|e| bad(phrase!("handover-not-a-zip", error = e.to_string())))?;
            if archive.len() > MAX_ZIP_ENTRIES {
                return Err(bad(phrase!(
                    "handover-too-many-entries",
                    entries = archive.len().to_string(),
                    most = MAX_ZIP_ENTRIES.to_string()
                )));
            }
            Ok(PackageReader::Zip {
                path: path.to_path_buf(),
                archive: Box::new(archive),
            })
        }
        #[cfg(not(feature = "zip-packages"))]
        Err(bad(phrase!("handover-zip-unsupported")))
    }

    /// The bytes of the package's file `name` (a plain name, no folders);
    /// `None` when it is missing or cannot be read whole within the limit.
    pub fn read(&mut self, name: &str) -> Option<Vec<u8>> {
        use std::io::Read;
        // Only names inside the package: a manifest cannot point elsewhere.
        if Path::new(name).file_name().is_none_or(|n| n != name) {
            return None;
        }
        match self {
            PackageReader::Folder(dir) => {
                let path = dir.join(name);
                if crate::import::file_kind::not_a_regular_file(&path).is_some() {
                    return None;
                }
                let file = std::fs::File::open(path).ok()?;
                let mut bytes = Vec::new();
                file.take(super::load::MAX_PROJECT_BYTES + 1)
                    .read_to_end(&mut bytes)
                    .ok()?;
                (bytes.len() as u64 <= super::load::MAX_PROJECT_BYTES).then_some(bytes)
            }
            #[cfg(feature = "zip-packages")]
            PackageReader::Zip { archive, .. } => {
                let entry = archive.by_name(name).ok()?;
                let mut bytes = Vec::new();
                // The header's size is the sender's word: read no further
                // than the limit whatever it says.
                entry
                    .take(super::load::MAX_PROJECT_BYTES + 1)
                    .read_to_end(&mut bytes)
                    .ok()?;
                (bytes.len() as u64 <= super::load::MAX_PROJECT_BYTES).then_some(bytes)
            }
        }
    }

    /// Where the package is, for messages.
    pub fn path(&self) -> &Path {
        match self {
            PackageReader::Folder(dir) => dir,
            #[cfg(feature = "zip-packages")]
            PackageReader::Zip { path, .. } => path,
        }
    }
}

/// The package's README in the language of `info`: one message a paragraph
/// (the layout, the command and the file list are the code's).
fn readme(info: &HandoverInfo) -> String {
    let lang = info.lang;
    let agency = if info.from_agency.is_empty() {
        crate::t!(lang, "handover-no-agency")
    } else {
        info.from_agency.clone()
    };
    let data: Vec<String> = info
        .data_files
        .iter()
        .map(|f| {
            format!(
                "  {}  {}  SHA-256 {}",
                f.name,
                crate::t!(lang, "handover-bytes", bytes = f.size_bytes.to_string()),
                f.sha256
            )
        })
        .collect();
    let title = crate::t!(lang, "handover-title");
    let underline = "=".repeat(title.chars().count());
    let as_of = info
        .as_of
        .clone()
        .unwrap_or_else(|| crate::t!(lang, "handover-today"));
    format!(
        "{title}\n{underline}\n\n{}\n{}\n{}\n{}\n\n{}\n\n    corridor verify THIS_FOLDER\n\n{}\n\n{}\n{}\n",
        crate::t!(lang, "handover-from", agency = agency),
        crate::t!(lang, "handover-made", time = &info.created_utc),
        crate::t!(lang, "handover-as-of", date = as_of),
        crate::t!(lang, "handover-filter", filter = &info.filter),
        crate::t!(lang, "handover-open", project = PROJECT_NAME),
        crate::t!(lang, "handover-verify", manifest = MANIFEST_NAME),
        crate::t!(lang, "handover-data-files"),
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
/// `path` is a package folder or zip file. The manifest itself is trusted
/// only as far as it goes: a package whose manifest was rewritten along
/// with the files checks out, so the manifest should travel by another
/// channel (or its hash be read out) when that matters.
pub fn verify_package(path: &Path) -> Result<Verification, HandoverError> {
    let mut package = PackageReader::open(path)?;
    verify_reader(&mut package)
}

/// [`verify_package`] on a package already open.
pub fn verify_reader(package: &mut PackageReader) -> Result<Verification, HandoverError> {
    let manifest_path = package.path().join(MANIFEST_NAME);
    let bad = |reason: Phrase| HandoverError::Manifest {
        path: manifest_path.clone(),
        reason,
    };
    let text = package
        .read(MANIFEST_NAME)
        .ok_or_else(|| bad(phrase!("handover-manifest-unreadable")))?;
    let manifest: Manifest = serde_json::from_slice(&text)
        .map_err(|e| bad(phrase!("handover-not-a-manifest", error = e.to_string())))?;
    if manifest.format != MANIFEST_FORMAT {
        return Err(bad(phrase!(
            "handover-manifest-format",
            found = format!("{:?}", manifest.format),
            expected = format!("{MANIFEST_FORMAT:?}")
        )));
    }
    let files = manifest
        .files
        .iter()
        .map(|file| {
            let check = match package.read(&file.name) {
                Some(bytes) => {
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
                None => FileCheck::Missing,
            };
            (file.name.clone(), check)
        })
        .collect();
    Ok(Verification { manifest, files })
}

/// Each data file embedded in `project` against its own SHA-256, named
/// `case.corridor › FILE` (a package's project carries its data; this
/// checks it was not changed inside the project).
pub fn embedded_checks(project: &super::Project) -> Vec<(String, FileCheck)> {
    project
        .sources
        .iter()
        .filter_map(|source| {
            let embedded = source.embedded.as_ref()?;
            let found = embedded.bytes().map(|b| sha256_hex(&b)).unwrap_or_default();
            let check = if found == source.sha256 {
                FileCheck::Verified
            } else {
                FileCheck::Changed {
                    expected: source.sha256.clone(),
                    found,
                }
            };
            Some((format!("{PROJECT_NAME} › {}", source.name), check))
        })
        .collect()
}

/// The package a project file was opened from, if any: a manifest beside
/// it in its folder that lists it.
pub fn package_of_project(project: &Path) -> Option<PathBuf> {
    let dir = project.parent()?;
    let name = project.file_name()?.to_str()?;
    let text = std::fs::read(dir.join(MANIFEST_NAME)).ok()?;
    let manifest: Manifest = serde_json::from_slice(&text).ok()?;
    (manifest.format == MANIFEST_FORMAT && manifest.files.iter().any(|f| f.name == name))
        .then(|| dir.to_path_buf())
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
    fn the_readme_is_written_in_the_packages_language() {
        let mut info = HandoverInfo {
            from_agency: "ATF Phoenix".into(),
            filter: "Todas las clases de armas".into(),
            data_files: vec![ManifestFile {
                name: "traces.csv".into(),
                sha256: "ab".repeat(32),
                size_bytes: 12_345,
            }],
            created_utc: "2026-12-05T01:00:00Z".into(),
            lang: crate::i18n::Lang::Es,
            ..HandoverInfo::default()
        };
        let spanish = readme(&info);
        for expected in [
            "Paquete de entrega de Corridor\n==============================\n",
            "De: ATF Phoenix",
            "Al: hoy",
            "Abra case.corridor en Corridor",
            "    corridor verify THIS_FOLDER",
            "  traces.csv  12345 bytes  SHA-256 abab",
        ] {
            assert!(spanish.contains(expected), "no {expected:?} in:\n{spanish}");
        }
        info.lang = crate::i18n::Lang::En;
        let english = readme(&info);
        assert!(english.starts_with(
            "Corridor hand-over package\n==========================\n\nFrom: ATF Phoenix\n"
        ));
        assert!(english.contains(
            "Check the package first with\n\n    corridor verify THIS_FOLDER\n\nwhich compares"
        ));
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

    #[cfg(feature = "zip-packages")]
    #[test]
    fn a_zip_package_verifies_and_a_changed_byte_in_it_is_caught() {
        let dir = tempfile::tempdir().unwrap();
        let zip_path = dir.path().join("handover.zip");
        let info = HandoverInfo {
            from_agency: "HSI Laredo".into(),
            created_utc: "2026-12-05T01:00:00Z".into(),
            ..HandoverInfo::default()
        };
        let project = br#"{"format": "corridor-project", "padding": "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"}"#;
        write_package_zip(&zip_path, project, &info).unwrap();
        let checked = verify_package(&zip_path).unwrap();
        assert!(checked.is_verified(), "{:?}", checked.files);
        assert_eq!(checked.manifest.from_agency, "HSI Laredo");
        let mut package = PackageReader::open(&zip_path).unwrap();
        assert_eq!(package.read(PROJECT_NAME).unwrap(), project);

        // Rewrite the project entry stored (not deflated) with one byte
        // changed, keeping the rest: the check names it.
        let mut changed = project.to_vec();
        changed[3] ^= 1;
        let readme = package.read(README_NAME).unwrap();
        let manifest = package.read(MANIFEST_NAME).unwrap();
        drop(package);
        let mut writer = zip::ZipWriter::new(std::fs::File::create(&zip_path).unwrap());
        let stored = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Stored);
        for (name, bytes) in [
            (PROJECT_NAME, changed.clone()),
            (README_NAME, readme),
            (MANIFEST_NAME, manifest),
        ] {
            use std::io::Write;
            writer.start_file(name, stored).unwrap();
            writer.write_all(&bytes).unwrap();
        }
        writer.finish().unwrap();
        let checked = verify_package(&zip_path).unwrap();
        assert!(!checked.is_verified());
        assert!(matches!(checked.files[0].1, FileCheck::Changed { .. }));
        assert_eq!(checked.files[1].1, FileCheck::Verified);
    }

    #[cfg(feature = "zip-packages")]
    #[test]
    fn a_file_that_is_not_a_zip_or_a_zip_of_many_entries_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let not_zip = dir.path().join("x.zip");
        std::fs::write(&not_zip, b"PK but not really").unwrap();
        assert!(matches!(
            verify_package(&not_zip),
            Err(HandoverError::Zip { .. })
        ));
        let many = dir.path().join("many.zip");
        let mut writer = zip::ZipWriter::new(std::fs::File::create(&many).unwrap());
        for i in 0..=MAX_ZIP_ENTRIES {
            writer
                .start_file(format!("f{i}"), zip::write::SimpleFileOptions::default())
                .unwrap();
        }
        writer.finish().unwrap();
        let error = verify_package(&many).expect_err("refused").to_string();
        assert!(error.contains("entries"), "{error}");
    }

    #[test]
    fn handover_errors_say_the_same_in_english_and_are_translated() {
        use crate::i18n::Lang;
        let dir = tempfile::tempdir().unwrap();
        let manifest = dir.path().join(MANIFEST_NAME);
        std::fs::write(
            &manifest,
            serde_json::to_vec(&Manifest {
                format: "other".into(),
                version: 1,
                created_utc: String::new(),
                from_agency: String::new(),
                made_by: String::new(),
                as_of: None,
                filter: String::new(),
                data_files: Vec::new(),
                files: Vec::new(),
            })
            .unwrap(),
        )
        .unwrap();
        let error = verify_package(dir.path()).unwrap_err();
        let path = manifest.display();
        crate::i18n::assert_says(
            &error,
            &format!("{path}: format is \"other\", not \"corridor-handover\""),
            &format!("{path}: el formato es \"other\", no \"corridor-handover\""),
        );

        let many = HandoverError::Zip {
            path: PathBuf::from("many.zip"),
            reason: phrase!(
                "handover-too-many-entries",
                entries = 1_234.to_string(),
                most = MAX_ZIP_ENTRIES.to_string()
            ),
        };
        crate::i18n::assert_says(
            &many,
            "many.zip: 1234 entries; a hand-over package has 16 at most",
            "many.zip: 1234 entradas; un paquete de entrega tiene como máximo 16",
        );

        let folder = HandoverError::Folder {
            path: PathBuf::from("out"),
            source: std::io::Error::from(std::io::ErrorKind::PermissionDenied),
        };
        crate::i18n::assert_says(
            &folder,
            &format!(
                "cannot create the folder out: {}",
                std::io::Error::from(std::io::ErrorKind::PermissionDenied)
            ),
            "no se puede crear la carpeta out: permiso denegado",
        );
        let gone = dir.path().join("nothing-here");
        let error = PackageReader::open(&gone).err().unwrap();
        let spanish = error.text_in(Lang::Es);
        assert!(
            spanish.contains(": no es una carpeta de paquete ni un archivo zip ("),
            "{spanish}"
        );
    }

    #[test]
    fn a_project_in_a_package_folder_is_found_by_its_manifest() {
        let (dir, _) = package();
        let project = dir.path().join(PROJECT_NAME);
        assert_eq!(package_of_project(&project).as_deref(), Some(dir.path()));
        let elsewhere = tempfile::tempdir().unwrap();
        assert_eq!(
            package_of_project(&elsewhere.path().join(PROJECT_NAME)),
            None
        );
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
