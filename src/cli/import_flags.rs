//! The import choices the app asks for, as flags: date order, column
//! mappings, agencies and a matrix's axes. Shared by every command that loads data.

use clap::Args;

use corridor_core::i18n::Phrase;
use corridor_core::import::ImportOptions;
use corridor_core::import::values::DateOrder;
use corridor_core::phrase;

#[derive(Debug, Args, Default, Clone)]
pub struct ImportFlags {
    /// Read slash dates as DD/MM/YYYY (otherwise decided per file from the
    /// dates, US MM/DD/YYYY when they cannot tell).
    #[arg(long, conflicts_with = "month_first")]
    pub day_first: bool,

    /// Read slash dates as MM/DD/YYYY whatever the dates suggest.
    #[arg(long)]
    pub month_first: bool,

    /// Read a column as a field, e.g. --map "Municipio del hallazgo=recovery_place"
    /// or --map "Notas=ignore" (repeatable; the app's column mapping dialog).
    #[arg(long = "map", value_name = "HEADER=FIELD")]
    pub maps: Vec<String>,

    /// The agency of a file's records that name none, e.g. --agency
    /// seizures.csv=HSI (repeatable; FILE as given or its file name).
    #[arg(long = "agency", value_name = "FILE=LABEL")]
    pub agencies: Vec<String>,

    /// What the rows of a matrix of counts are (one row per recovery area,
    /// or per source area), when its areas cannot tell: rows=destination or
    /// rows=origin.
    #[arg(long = "matrix", value_name = "rows=destination|origin")]
    pub matrix: Option<String>,
}

impl ImportFlags {
    /// The import options these flags ask for; `Err` names a bad flag, in
    /// any language.
    pub fn options(&self) -> Result<ImportOptions, Phrase> {
        let mut options = ImportOptions {
            date_order: match (self.day_first, self.month_first) {
                (true, _) => Some(DateOrder::DayFirst),
                (_, true) => Some(DateOrder::MonthFirst),
                _ => None,
            },
            ..ImportOptions::default()
        };
        for spec in &self.agencies {
            let (file, label) = spec
                .split_once('=')
                .map(|(f, l)| (f.trim(), l.trim()))
                .filter(|(f, l)| !f.is_empty() && !l.is_empty())
                .ok_or_else(|| phrase!("cli-agency-invalid", spec = spec))?;
            let file = std::path::Path::new(file)
                .file_name()
                .map_or_else(|| file.to_owned(), |n| n.to_string_lossy().into_owned());
            options.agencies.push((file, label.to_owned()));
        }
        if let Some(spec) = &self.matrix {
            options.matrix_rows = Some(
                corridor_core::import::matrix::MatrixRows::parse(spec)
                    .map_err(|_| phrase!("cli-matrix-invalid", value = spec))?,
            );
        }
        for spec in &self.maps {
            options
                .hints
                .overrides
                .add(spec)
                .map_err(|reason| phrase!("cli-map-invalid", reason = reason))?;
        }
        Ok(options)
    }
}
