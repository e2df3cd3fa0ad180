//! Data export of the current filter in one of four formats, to a file:
//! what `corridor export-data` and the app's File › Export data… do.

use std::path::{Path, PathBuf};

use crate::aggregate::{FlowIndex, TraceFilter};
use crate::briefing::Redaction;
use crate::i18n::{Lang, Phrase, PhraseArg, ToPhrase, system_error};
use crate::model::Dataset;
use crate::{msg_id, phrase};

/// A file format for data export.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum DataFormat {
    /// One row per trace, with provenance.
    #[default]
    Csv,
    /// Stores and sites as Points, flows as LineStrings.
    GeoJson,
    /// The same for Google Earth.
    Kml,
    /// One row per trace, typed columns (dates as dates, counts as
    /// integers), for DuckDB, pandas, Spark (needs the `parquet` feature).
    Parquet,
}

impl DataFormat {
    /// Every format, in the order the export dialog lists them.
    pub const ALL: [DataFormat; 4] = [
        DataFormat::Csv,
        DataFormat::GeoJson,
        DataFormat::Kml,
        DataFormat::Parquet,
    ];

    /// The usual file extension, without the dot: `csv`, `geojson`, `kml`.
    pub fn extension(self) -> &'static str {
        match self {
            DataFormat::Csv => "csv",
            DataFormat::GeoJson => "geojson",
            DataFormat::Kml => "kml",
            DataFormat::Parquet => "parquet",
        }
    }

    /// The format's name as the export dialog shows it.
    pub fn label(self, lang: Lang) -> String {
        let id = match self {
            DataFormat::Csv => msg_id!("data-format-csv"),
            DataFormat::GeoJson => msg_id!("data-format-geo-json"),
            DataFormat::Kml => msg_id!("data-format-kml"),
            DataFormat::Parquet => msg_id!("data-format-parquet"),
        };
        crate::i18n::text(lang, id, &[])
    }

    /// The format a file name asks for.
    ///
    /// ```
    /// use std::path::Path;
    /// use corridor_core::export::data::DataFormat;
    /// assert_eq!(DataFormat::from_path(Path::new("out.GeoJSON")), Some(DataFormat::GeoJson));
    /// assert_eq!(DataFormat::from_path(Path::new("out.json")), Some(DataFormat::GeoJson));
    /// assert_eq!(DataFormat::from_path(Path::new("out.kml")), Some(DataFormat::Kml));
    /// assert_eq!(DataFormat::from_path(Path::new("out.txt")), None);
    /// ```
    pub fn from_path(path: &Path) -> Option<DataFormat> {
        let extension = path.extension()?.to_str()?.to_ascii_lowercase();
        match extension.as_str() {
            "csv" => Some(DataFormat::Csv),
            "geojson" | "json" => Some(DataFormat::GeoJson),
            "kml" => Some(DataFormat::Kml),
            "parquet" => Some(DataFormat::Parquet),
            _ => None,
        }
    }
}

/// Why [`export_data`] failed.
#[derive(Debug, thiserror::Error)]
pub enum DataExportError {
    /// Writing the data to the file failed.
    Write {
        /// The output file.
        path: PathBuf,
        /// Why: the system's or a library's words, or Corridor's own.
        reason: PhraseArg,
    },
    /// The written file could not be put in place.
    Save(#[from] crate::project::atomic::SaveError),
}

impl ToPhrase for DataExportError {
    fn phrase(&self) -> Phrase {
        match self {
            DataExportError::Write { path, reason } => phrase!(
                "data-export-error-write",
                path = path.display().to_string(),
                error = reason.clone(),
            ),
            DataExportError::Save(save) => save.phrase(),
        }
    }
}

crate::display_in_english!(DataExportError);

/// A CSV writer's error as a phrase argument: an I/O error through
/// [`system_error`] (Spanish names its kind), any other in the csv crate's
/// words. English is the error's own text either way.
pub(crate) fn csv_error(error: &csv::Error) -> PhraseArg {
    match error.kind() {
        csv::ErrorKind::Io(io) => system_error(io),
        _ => PhraseArg::from(error.to_string()),
    }
}

/// serde_json's error as a phrase argument, an I/O error through
/// [`system_error`]; its English text is unchanged (serde_json writes an
/// I/O error as the error itself).
fn json_error(error: serde_json::Error) -> PhraseArg {
    system_error(&std::io::Error::from(error))
}

/// What [`export_data`] wrote.
#[derive(Clone, Debug, PartialEq)]
pub struct DataExport {
    /// The file written.
    pub path: PathBuf,
    /// The format it was written in.
    pub format: DataFormat,
    /// Traces in the filter.
    pub traces: u32,
    /// Rows (CSV) or places and flows (GeoJSON, KML) written.
    pub items: usize,
}

/// The firearms of exported rows, as the export reports them.
fn firearms(dataset: &Dataset, rows: &[u32]) -> u32 {
    u32::try_from(dataset.traces.firearms_of(rows)).unwrap_or(u32::MAX)
}

/// The words a data export writes besides the data: the KML document's
/// name and the language of its descriptions (CSV, Parquet and GeoJSON
/// keep English column names and keys in every language).
#[derive(Clone, Copy, Debug)]
pub struct ExportWords<'a> {
    /// Names the KML document.
    pub title: &'a str,
    /// The language of the KML's folder names and descriptions.
    pub lang: Lang,
}

/// Writes the traces in `filter` to `path` in `format`, identifiers through
/// `redaction`.
pub fn export_data(
    dataset: &Dataset,
    index: &FlowIndex,
    filter: &TraceFilter,
    redaction: Redaction,
    format: DataFormat,
    words: ExportWords<'_>,
    path: &Path,
) -> Result<DataExport, DataExportError> {
    // Written beside the target and renamed over it at the end: killed or
    // failing half-way (a full disk), the previous file stays whole.
    let mut file = crate::project::atomic::AtomicFile::create(path)?;
    let out = &mut file;
    let failed = |reason: PhraseArg| DataExportError::Write {
        path: path.to_path_buf(),
        reason,
    };
    let (traces, items) = match format {
        DataFormat::Csv => {
            let rows = crate::aggregate::flows::matching_traces(dataset, filter, |_, _| true);
            super::traces_csv::write_traces_csv(dataset, &rows, redaction, out)
                .map_err(|e| failed(csv_error(&e)))?;
            (firearms(dataset, &rows), rows.len())
        }
        #[cfg(feature = "parquet")]
        DataFormat::Parquet => {
            let rows = crate::aggregate::flows::matching_traces(dataset, filter, |_, _| true);
            super::traces_parquet::write_traces_parquet(dataset, &rows, redaction, &mut *out)
                .map_err(|e| failed(e.to_string().into()))?;
            (firearms(dataset, &rows), rows.len())
        }
        #[cfg(not(feature = "parquet"))]
        DataFormat::Parquet => {
            return Err(failed(phrase!("data-export-error-no-parquet").into()));
        }
        DataFormat::GeoJson | DataFormat::Kml => {
            let data = super::map_data::map_data(dataset, index, filter, redaction);
            if format == DataFormat::GeoJson {
                super::geojson_out::write_geojson(&data, out).map_err(|e| failed(json_error(e)))?;
            } else {
                super::kml::write_kml(&data, words.title, words.lang, out)
                    .map_err(|e| failed(system_error(&e)))?;
            }
            (data.traces, data.places.len() + data.flows.len())
        }
    };
    file.commit()?;
    Ok(DataExport {
        path: path.to_path_buf(),
        format,
        traces,
        items,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn both(error: &DataExportError) -> (String, String) {
        (error.to_string(), error.text_in(Lang::Es))
    }

    #[test]
    fn a_system_error_is_its_words_in_english_and_its_kind_in_spanish() {
        let full = DataExportError::Write {
            path: PathBuf::from("out/traces.kml"),
            reason: system_error(&std::io::Error::from_raw_os_error(28)),
        };
        assert_eq!(
            both(&full),
            (
                "cannot write out/traces.kml: No space left on device (os error 28); the previous file is unchanged"
                    .to_owned(),
                "no se puede escribir out/traces.kml: no queda espacio en el disco; el archivo anterior no cambió"
                    .to_owned()
            )
        );
    }

    #[test]
    fn corridors_own_reason_is_translated() {
        let parquet = DataExportError::Write {
            path: PathBuf::from("traces.parquet"),
            reason: phrase!("data-export-error-no-parquet").into(),
        };
        assert_eq!(
            both(&parquet),
            (
                "cannot write traces.parquet: this build of Corridor writes no Parquet (feature `parquet` off); the previous file is unchanged"
                    .to_owned(),
                "no se puede escribir traces.parquet: esta compilación de Corridor no escribe Parquet (función `parquet` desactivada); el archivo anterior no cambió"
                    .to_owned()
            )
        );
    }

    #[test]
    fn csv_and_json_errors_keep_their_english_words() {
        let io = csv::Error::from(std::io::Error::from_raw_os_error(28));
        let said = phrase!("import-text", text = csv_error(&io));
        assert_eq!(said.text(Lang::En), io.to_string());
        assert_eq!(said.text(Lang::Es), "no queda espacio en el disco");
        let mut writer = csv::Writer::from_writer(Vec::new());
        writer.write_record(["a", "b"]).unwrap();
        let unequal = writer.write_record(["a"]).unwrap_err();
        let said = phrase!("import-text", text = csv_error(&unequal));
        assert_eq!(said.text(Lang::Es), unequal.to_string());

        let syntax = serde_json::from_str::<serde_json::Value>("{").unwrap_err();
        let words = syntax.to_string();
        let said = phrase!("import-text", text = json_error(syntax));
        assert_eq!(
            (said.text(Lang::En), said.text(Lang::Es)),
            (words.clone(), words)
        );
        let io = serde_json::Error::io(std::io::Error::from_raw_os_error(28));
        let words = io.to_string();
        let said = phrase!("import-text", text = json_error(io));
        assert_eq!(said.text(Lang::En), words);
        assert_eq!(said.text(Lang::Es), "no queda espacio en el disco");
    }
}
