//! File › Hand over…: the project with its data inside, a manifest and a
//! README, as one zip file for another agency; and, on the receiving side,
//! the package checked when it is opened ("received from HSI, verified").

use corridor_core::i18n::{Phrase, ToPhrase};
use corridor_core::phrase;
use std::path::{Path, PathBuf};

use corridor_core::briefing::Redaction;
use corridor_core::project::handover::{
    FileCheck, HandoverInfo, ManifestFile, PROJECT_NAME, PackageReader, Verification,
    embedded_checks, is_zip_path, now_utc, package_of_project, verify_package, verify_reader,
    write_package_zip,
};
use corridor_core::project::handover_redact::redact_project;
use corridor_core::project::load::parse_project;
use corridor_core::project::source::sources_for;
use corridor_core::render::caption::filter_line;

use super::corridor_app::CorridorApp;
use super::file_chooser::{ChooseKind, FileRequest};
use super::notice::Notice;
use super::output_guard::ProjectFile;
use super::project_session::ProjectCommand;
use crate::tr;

/// What the hand-over window asks.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct HandoverForm {
    /// The agency handing over, as the receiver reads it.
    pub agency: String,
    /// What the package hides.
    pub redaction: HandoverRedaction,
}

/// How much of the data a package hides.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum HandoverRedaction {
    /// The data as loaded.
    #[default]
    None,
    /// Purchasers and addresses as aliases; names, dates of birth and
    /// serials left out.
    Identifiers,
    /// The same, and dealers as aliases.
    IdentifiersAndDealers,
}

impl HandoverRedaction {
    fn redaction(self) -> Redaction {
        Redaction {
            identifiers: self != HandoverRedaction::None,
            dealer_names: self == HandoverRedaction::IdentifiersAndDealers,
        }
    }
}

/// A package the open project came from, as checked when it was opened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReceivedPackage {
    /// Where it is.
    pub path: PathBuf,
    /// Who handed it over (empty: not named).
    pub from_agency: String,
    /// When it was made, UTC.
    pub created_utc: String,
    /// Every file matches the manifest.
    pub verified: bool,
    /// One line per file: its name and whether it matched.
    pub files: Vec<String>,
}

impl ReceivedPackage {
    fn of(path: &Path, checked: &Verification, embedded: &[(String, FileCheck)]) -> Self {
        let files: Vec<String> = checked
            .files
            .iter()
            .chain(embedded)
            .map(|(name, check)| match check {
                FileCheck::Verified => tr!("dialog-received-file-verified", name = name),
                FileCheck::Changed { .. } => tr!("dialog-received-file-changed", name = name),
                FileCheck::Missing => tr!("dialog-received-file-missing", name = name),
            })
            .collect();
        ReceivedPackage {
            path: path.to_path_buf(),
            from_agency: checked.manifest.from_agency.clone(),
            created_utc: checked.manifest.created_utc.clone(),
            verified: checked.is_verified()
                && embedded.iter().all(|(_, c)| *c == FileCheck::Verified),
            files,
        }
    }

    /// "Received from HSI, verified" or what differs, for the status bar.
    pub fn headline(&self) -> String {
        let from = self.from_agency.as_str();
        match (from.is_empty(), self.verified) {
            (false, true) => tr!("dialog-received-verified", agency = from),
            (false, false) => tr!("dialog-received-not-verified", agency = from),
            (true, true) => tr!("dialog-received-unnamed-verified"),
            (true, false) => tr!("dialog-received-unnamed-not-verified"),
        }
    }
}

impl CorridorApp {
    /// Opens the hand-over window, with the agency used last time.
    pub(super) fn open_handover_form(&mut self) {
        self.dialogs.handover = Some(HandoverForm {
            agency: self.settings.handover_agency.clone(),
            redaction: if self.session.briefing.redaction.dealer_names {
                HandoverRedaction::IdentifiersAndDealers
            } else if self.session.briefing.redaction.identifiers {
                HandoverRedaction::Identifiers
            } else {
                HandoverRedaction::None
            },
        });
    }

    /// Asks where to write the package.
    pub(super) fn choose_handover_file(&mut self, form: HandoverForm) {
        self.dialogs.handover = None;
        self.settings.handover_agency.clone_from(&form.agency);
        let request = FileRequest::new(ChooseKind::SaveFile, tr!("dialog-handover-title"))
            .file_name("handover.zip")
            .filter(&tr!("dialog-handover-filter"), &["zip"])
            .directory(self.settings.last_folder.as_ref());
        self.choose_file(
            request,
            Box::new(move |mut paths| {
                let mut path = paths.remove(0);
                if !is_zip_path(&path) {
                    path.set_extension("zip");
                }
                super::commands::Command::Project(ProjectCommand::HandoverTo {
                    path,
                    form: form.clone(),
                })
            }),
        );
    }

    /// Writes the package to `path`, checks it back and says so.
    pub(super) fn hand_over_to(&mut self, path: &Path, form: &HandoverForm) {
        if self.refuses_output(path, ProjectFile::IsInput) {
            return;
        }
        self.window.notice = Some(match self.write_handover(path, form) {
            Ok(text) => Notice::info(text),
            Err(reason) => Notice::error(phrase!("dialog-handover-not-written", reason = reason)),
        });
    }

    fn write_handover(&self, path: &Path, form: &HandoverForm) -> Result<Phrase, Phrase> {
        let session = &self.session;
        let dataset = session.data.dataset();
        let mut project = self.project_snapshot();
        // Every file inside: the receiver has none of ours.
        project.sources = sources_for(&dataset.sources, &session.project.known_sources, None, true)
            .map_err(|e| e.phrase())?;
        let redaction = form.redaction.redaction();
        if redaction.is_active() {
            redact_project(&mut project, dataset, redaction)
                .map_err(|e| phrase!("import-text", text = e.to_string()))?;
        }
        let json = project
            .to_json()
            .map_err(|e| phrase!("import-text", text = e.to_string()))?;
        let current = &project.current;
        let info = HandoverInfo {
            from_agency: form.agency.trim().to_owned(),
            as_of: current.filter.as_of.map(|d| d.iso()),
            filter: filter_line(
                &current.filter,
                &current.density,
                project.redaction,
                crate::app::i18n::lang(),
            ),
            data_files: project
                .sources
                .iter()
                .map(|s| ManifestFile {
                    name: s.name.clone(),
                    sha256: s.sha256.clone(),
                    size_bytes: s.size_bytes,
                })
                .collect(),
            created_utc: now_utc(),
            lang: crate::app::i18n::lang(),
        };
        let manifest = write_package_zip(path, json.as_bytes(), &info).map_err(|e| e.phrase())?;
        let checked = verify_package(path).map_err(|e| e.phrase())?;
        if !checked.is_verified() {
            return Err(phrase!(
                "dialog-handover-unreadable",
                path = path.display().to_string()
            ));
        }
        let path = path.display().to_string();
        let count = manifest.data_files.len();
        Ok(if redaction.is_active() {
            phrase!("dialog-handover-done-redacted", path = path, count = count)
        } else {
            phrase!("dialog-handover-done", path = path, count = count)
        })
    }

    /// A hand-over zip: checked, then its project opened from memory (it
    /// has its data inside; saving asks where).
    pub(super) fn open_package_zip(&mut self, path: &Path, ctx: &egui::Context) {
        let opened = PackageReader::open(path).and_then(|mut package| {
            let checked = verify_reader(&mut package)?;
            let text = package.read(PROJECT_NAME).unwrap_or_default();
            Ok((checked, text))
        });
        let (checked, text) = match opened {
            Ok(found) => found,
            Err(error) => {
                self.window.notice = Some(Notice::error(phrase!(
                    "dialog-package-not-opened",
                    error = error.phrase()
                )));
                return;
            }
        };
        let project = match parse_project(&String::from_utf8_lossy(&text), path) {
            Ok(project) => project,
            Err(error) => {
                // Damaged or changed in transit: say which files, open nothing.
                let received = ReceivedPackage::of(path, &checked, &[]);
                self.window.notice = Some(Notice::error(phrase!(
                    "dialog-package-project-not-opened",
                    error = error.phrase(),
                    headline = received.headline(),
                    files = received.files.join("; ")
                )));
                return;
            }
        };
        let received = ReceivedPackage::of(path, &checked, &embedded_checks(&project));
        self.announce_received(received);
        self.check_and_load_project(None, project, ctx);
    }

    /// A project opened from a package folder (a manifest beside it that
    /// lists it) is checked against the manifest; any other project is not
    /// a received package.
    pub(super) fn note_package_of(
        &mut self,
        project_path: &Path,
        project: &corridor_core::project::Project,
    ) {
        let Some(dir) = package_of_project(project_path) else {
            self.session.project.received = None;
            return;
        };
        match verify_package(&dir) {
            Ok(checked) => {
                let received = ReceivedPackage::of(&dir, &checked, &embedded_checks(project));
                self.announce_received(received);
            }
            Err(error) => {
                self.session.project.received = None;
                self.window.notice = Some(Notice::error(phrase!(
                    "dialog-package-manifest-unchecked",
                    error = error.phrase()
                )));
            }
        }
    }

    fn announce_received(&mut self, received: ReceivedPackage) {
        let text = format!("{} ({})", received.headline(), received.files.join("; "));
        self.window.notice = Some(if received.verified {
            Notice::info(text)
        } else {
            Notice::error(text)
        });
        self.session.project.received = Some(received);
    }
}
