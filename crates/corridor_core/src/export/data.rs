//! Data export of the current filter in one of four formats, to a file:
//! what `corridor export-data` and the app's File › Export data… do.

use std::path::{Path, PathBuf};

use crate::aggregate::{FlowIndex, TraceFilter};
use crate::briefing::Redaction;
use crate::i18n::Lang;
use crate::model::Dataset;
use crate::msg_id;

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
    #[error("cannot write {}: {reason}; the previous file is unchanged", path.display())]
    Write {
        /// The output file.
        path: PathBuf,
        /// The writer's error, as text.
        reason: String,
    },
    /// The written file could not be put in place.
    #[error(transparent)]
    Save(#[from] crate::project::atomic::SaveError),
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
    let failed = |reason: String| DataExportError::Write {
        path: path.to_path_buf(),
        reason,
    };
    let (traces, items) = match format {
        DataFormat::Csv => {
            let rows = crate::aggregate::flows::matching_traces(dataset, filter, |_, _| true);
            super::traces_csv::write_traces_csv(dataset, &rows, redaction, out)
                .map_err(|e| failed(e.to_string()))?;
            (firearms(dataset, &rows), rows.len())
        }
        #[cfg(feature = "parquet")]
        DataFormat::Parquet => {
            let rows = crate::aggregate::flows::matching_traces(dataset, filter, |_, _| true);
            super::traces_parquet::write_traces_parquet(dataset, &rows, redaction, &mut *out)
                .map_err(|e| failed(e.to_string()))?;
            (firearms(dataset, &rows), rows.len())
        }
        #[cfg(not(feature = "parquet"))]
        DataFormat::Parquet => {
            return Err(failed(
                "this build of Corridor writes no Parquet (feature `parquet` off)".to_owned(),
            ));
        }
        DataFormat::GeoJson | DataFormat::Kml => {
            let data = super::map_data::map_data(dataset, index, filter, redaction);
            if format == DataFormat::GeoJson {
                super::geojson_out::write_geojson(&data, out).map_err(|e| failed(e.to_string()))?;
            } else {
                super::kml::write_kml(&data, words.title, words.lang, out)
                    .map_err(|e| failed(e.to_string()))?;
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
