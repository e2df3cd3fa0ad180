//! Synthetic demo data: traces of firearms bought at fictitious US stores
//! and recovered in Mexico, calibrated to published figures
//! ([`calibration`] and `data/README.md` give each with its source).
//!
//! Only the US-sourced traces are generated (about 70% of the firearms
//! traced from Mexico). Dealers, purchasers, cases and serial numbers are
//! invented and marked `DEMO`; towns and municipalities are real, from the
//! embedded gazetteer. Output is deterministic: the same seed and count give
//! the same bytes. Rows are streamed, so memory does not grow with the count.
//!
//! GUI-free: nothing here touches egui, eframe or walkers.

pub mod calibration;
pub mod dates;
pub mod dealers;
pub mod events;
pub mod persons;
pub mod places;
pub mod sampling;
pub mod weapons;
pub mod writer;

#[cfg(test)]
mod tests;

#[cfg(test)]
mod error_tests {
    use super::*;
    use crate::i18n::Lang;

    fn both(error: &GenerateError) -> (String, String) {
        (error.to_string(), error.text_in(Lang::Es))
    }

    #[test]
    fn errors_in_english_and_spanish() {
        assert_eq!(
            both(&GenerateError::Gazetteer("no towns in US-TX".to_owned())),
            (
                "the embedded gazetteer does not fit the calibration: no towns in US-TX".to_owned(),
                "el nomenclátor integrado no concuerda con la calibración: no towns in US-TX"
                    .to_owned()
            )
        );
        assert_eq!(
            both(&GenerateError::Calibration("no agencies")),
            (
                "the calibration constants are inconsistent: no agencies".to_owned(),
                "las constantes de calibración son incoherentes: no agencies".to_owned()
            )
        );
        assert_eq!(
            both(&GenerateError::Catalogue("fifty_cal")),
            (
                "the weapon catalogue has no fifty_cal model".to_owned(),
                "el catálogo de armas no tiene ningún modelo de la clase fifty_cal".to_owned()
            )
        );
        let create = GenerateError::Create {
            path: PathBuf::from("demo/key"),
            source: std::io::Error::from_raw_os_error(13),
        };
        assert_eq!(
            both(&create),
            (
                "cannot create demo/key: Permission denied (os error 13)".to_owned(),
                "no se puede crear demo/key: permiso denegado".to_owned()
            )
        );
        let write = GenerateError::Write {
            file: STORES_FILE_NAME,
            source: csv::Error::from(std::io::Error::from_raw_os_error(28)),
        };
        assert_eq!(
            both(&write),
            (
                format!("cannot write {STORES_FILE_NAME}: No space left on device (os error 28)"),
                format!("no se puede escribir {STORES_FILE_NAME}: no queda espacio en el disco")
            )
        );
        let basemap = GenerateError::from(BasemapError::Invalid {
            asset: "mesh",
            reason: "triangulation failed".to_owned(),
        });
        assert_eq!(
            both(&basemap),
            (
                "basemap asset mesh: triangulation failed".to_owned(),
                "recurso del mapa base mesh: triangulation failed".to_owned()
            )
        );
    }
}

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::basemap::{Basemap, BasemapError};
use crate::i18n::{Phrase, ToPhrase, system_error};
use crate::phrase;
use crate::project::atomic::AtomicFile;
pub use events::{Counts, Generator, Sink};
pub use writer::{
    FLAT_FILE_NAME, HSI_FILE_NAME, KEY_DIR_NAME, KNOWN_OVERLAPS_FILE_NAME, RECOVERIES_FILE_NAME,
    STORES_FILE_NAME, TRACES_FILE_NAME,
};

/// Why generating the demo data failed.
#[derive(Debug, thiserror::Error)]
pub enum GenerateError {
    /// The basemap could not be loaded (converted from a [`BasemapError`]).
    Basemap(#[from] BasemapError),
    /// The embedded gazetteer or state outlines lack something the calibration
    /// needs, such as towns in a source state; the text says what.
    Gazetteer(String),
    /// A draw built from the calibration constants has no positive weight; the
    /// text says which.
    Calibration(&'static str),
    /// The weapon catalogue has no model of a class; holds the class id.
    Catalogue(&'static str),
    /// A folder or file could not be created.
    Create {
        /// The folder or file.
        path: PathBuf,
        /// The I/O error.
        #[source]
        source: std::io::Error,
    },
    /// A written file could not be put in place.
    Save(#[from] crate::project::atomic::SaveError),
    /// Writing a CSV file failed.
    Write {
        /// Name of the file, e.g. `stores.csv`.
        file: &'static str,
        /// The CSV or I/O error.
        #[source]
        source: csv::Error,
    },
}

/// The generator's notes (`no towns in US-TX`) and the class id stay as
/// they are: a broken build, reported to developers.
impl ToPhrase for GenerateError {
    fn phrase(&self) -> Phrase {
        match self {
            GenerateError::Basemap(basemap) => basemap.phrase(),
            GenerateError::Gazetteer(detail) => {
                phrase!("generate-error-gazetteer", detail = detail)
            }
            GenerateError::Calibration(detail) => {
                phrase!("generate-error-calibration", detail = *detail)
            }
            GenerateError::Catalogue(class) => phrase!("generate-error-catalogue", class = *class),
            GenerateError::Create { path, source } => phrase!(
                "generate-error-create",
                path = path.display().to_string(),
                error = system_error(source),
            ),
            GenerateError::Save(save) => save.phrase(),
            GenerateError::Write { file, source } => phrase!(
                "generate-error-write",
                file = *file,
                error = crate::export::data::csv_error(source),
            ),
        }
    }
}

crate::display_in_english!(GenerateError);

/// What to generate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GenerateOptions {
    /// Number of traces to write.
    pub traces: u64,
    /// Seed of the random stream: the same seed and count give the same bytes.
    pub seed: u64,
    /// Also write stores.csv, recoveries.csv and traces.csv.
    pub linked: bool,
    /// Split by agency: ATF's trace file (the flat file, every row labelled
    /// ATF), HSI's file of the firearms it holds ([`HSI_FILE_NAME`]) and the
    /// key of the overlaps made on purpose ([`KNOWN_OVERLAPS_FILE_NAME`]).
    pub agencies: bool,
}

/// What was generated.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GenerateSummary {
    /// How many traces, sites, purchasers, cases and episodes were made.
    pub counts: Counts,
    /// Stores that sold at least one traced firearm.
    pub stores: u64,
    /// Paths of the files written, the flat file first; empty from
    /// [`generate_bytes`].
    pub files: Vec<PathBuf>,
}

/// The generated files in memory.
pub struct GeneratedBytes {
    /// The flat traces CSV ([`FLAT_FILE_NAME`]).
    pub flat: Vec<u8>,
    /// The linked stores, recoveries and traces CSVs, when
    /// [`GenerateOptions::linked`] was set.
    pub linked: Option<writer::Linked<Vec<u8>>>,
    /// HSI's file and the known overlaps, when [`GenerateOptions::agencies`]
    /// was set.
    pub agencies: Option<writer::Agencies<Vec<u8>>>,
    /// What was generated (its `files` is empty).
    pub summary: GenerateSummary,
}

/// Sub-folder of the output folder that holds the linked files.
pub const LINKED_DIR_NAME: &str = "linked";

/// Writes `DIR/corridor-demo-traces.csv`, with `linked` the three linked
/// files in `DIR/linked/` (apart, so that opening either folder loads each
/// trace once), and with `agencies` HSI's file beside the flat file and the
/// known overlaps in `DIR/key/`, creating the folders if needed. `DIR` is
/// `dir`. Returns what was generated, with the paths written.
pub fn generate_files(
    basemap: &Basemap,
    options: GenerateOptions,
    dir: &Path,
) -> Result<GenerateSummary, GenerateError> {
    std::fs::create_dir_all(dir).map_err(|source| GenerateError::Create {
        path: dir.to_owned(),
        source,
    })?;
    let linked_dir = dir.join(LINKED_DIR_NAME);
    if options.linked {
        std::fs::create_dir_all(&linked_dir).map_err(|source| GenerateError::Create {
            path: linked_dir.clone(),
            source,
        })?;
    }
    // Each file is written beside its target and renamed over it at the
    // end, so an interrupted run leaves earlier files whole.
    let open = |dir: &Path, name: &str| -> Result<(PathBuf, AtomicFile), GenerateError> {
        let path = dir.join(name);
        Ok((path.clone(), AtomicFile::create(&path)?))
    };
    let key_dir = dir.join(KEY_DIR_NAME);
    if options.agencies {
        std::fs::create_dir_all(&key_dir).map_err(|source| GenerateError::Create {
            path: key_dir.clone(),
            source,
        })?;
    }
    let (flat_path, flat) = open(dir, FLAT_FILE_NAME)?;
    let mut files = vec![flat_path];
    let linked = if options.linked {
        let (stores_path, stores) = open(&linked_dir, STORES_FILE_NAME)?;
        let (recoveries_path, recoveries) = open(&linked_dir, RECOVERIES_FILE_NAME)?;
        let (traces_path, traces) = open(&linked_dir, TRACES_FILE_NAME)?;
        files.extend([stores_path, recoveries_path, traces_path]);
        Some(writer::Linked {
            stores,
            recoveries,
            traces,
        })
    } else {
        None
    };
    let agencies = if options.agencies {
        let (hsi_path, hsi) = open(dir, HSI_FILE_NAME)?;
        let (key_path, key) = open(&key_dir, KNOWN_OVERLAPS_FILE_NAME)?;
        files.extend([hsi_path, key_path]);
        Some(writer::Agencies { hsi, key })
    } else {
        None
    };
    let (mut summary, flat, linked, agencies) =
        generate_into(basemap, options, flat, linked, agencies)?;
    flat.commit()?;
    if let Some(linked) = linked {
        linked.stores.commit()?;
        linked.recoveries.commit()?;
        linked.traces.commit()?;
    }
    if let Some(agencies) = agencies {
        agencies.hsi.commit()?;
        agencies.key.commit()?;
    }
    summary.files = files;
    Ok(summary)
}

/// The same files, in memory (for tests and the app).
pub fn generate_bytes(
    basemap: &Basemap,
    options: GenerateOptions,
) -> Result<GeneratedBytes, GenerateError> {
    let linked = options.linked.then(|| writer::Linked {
        stores: Vec::new(),
        recoveries: Vec::new(),
        traces: Vec::new(),
    });
    let agencies = options.agencies.then(|| writer::Agencies {
        hsi: Vec::new(),
        key: Vec::new(),
    });
    let (summary, flat, linked, agencies) =
        generate_into(basemap, options, Vec::new(), linked, agencies)?;
    Ok(GeneratedBytes {
        flat,
        linked,
        agencies,
        summary,
    })
}

/// What [`generate_into`] hands back: the summary and the writers.
type Written<W> = (
    GenerateSummary,
    W,
    Option<writer::Linked<W>>,
    Option<writer::Agencies<W>>,
);

fn generate_into<W: Write>(
    basemap: &Basemap,
    options: GenerateOptions,
    flat: W,
    linked: Option<writer::Linked<W>>,
    agencies: Option<writer::Agencies<W>>,
) -> Result<Written<W>, GenerateError> {
    let mut generator = Generator::new(basemap, options.traces, options.seed)?;
    let mut sink = writer::CsvSink::new(
        flat,
        linked,
        agencies,
        options.traces,
        options.seed,
        generator.stores().len(),
    )?;
    let counts = generator.run(&mut sink)?;
    let stores = sink.used_store_count();
    let (flat, linked, agencies) = sink.finish(generator.stores())?;
    let summary = GenerateSummary {
        counts,
        stores,
        files: Vec::new(),
    };
    Ok((summary, flat, linked, agencies))
}
