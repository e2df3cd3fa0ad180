//! Reading the files investigators have (flat CSV exports, linked stores /
//! recoveries / traces CSVs, GeoJSON) into a [`Dataset`], with a report of
//! every row left out or doubted. Source files are only ever read.

pub mod builder;
pub mod date_order;
pub mod decode;
pub mod delimited;
pub mod fields;
pub mod file_kind;
pub mod flowmap_blue;
pub mod geojson_file;
pub mod json_positions;
pub mod mapping;
pub mod matrix;
#[cfg(feature = "parquet")]
pub mod parquet_file;
pub mod preview;
pub mod progress;
pub mod report;
pub mod row;
#[cfg(feature = "workbooks")]
mod sheets;
pub mod sniff;
pub mod stream;
pub mod values;
#[cfg(feature = "workbooks")]
pub mod workbook;
#[cfg(feature = "workbooks")]
mod xls_extent;

use std::io::Read;
use std::ops::ControlFlow;
use std::path::{Path, PathBuf};

use crate::classify::CachedClassifier;
use crate::i18n::{Phrase, system_error};
use crate::model::provenance::RecordNumbering;
use crate::model::{Dataset, SourceFile};
use crate::phrase;
use builder::{DatasetBuilder, Reporter, RowOutcome};
use delimited::{TableError, open_table};
use fields::{Field, TableKind};
use geojson_file::FeatureRecord;
pub use progress::ImportControl;
use report::{FileSummary, ImportReport, Severity};
use values::DateOrder;

/// Rows sampled to decide a file's date order: enough to meet a day past
/// the 12th in any real export, quick even for a million-row file.
const DATE_SCAN_ROWS: usize = 50_000;

/// Says how slash dates were read when the dates did not settle it alone.
fn report_date_decision(
    decision: &date_order::DateDecision,
    table: &delimited::Table<'_>,
    name: &str,
    report: &mut ImportReport,
) {
    use date_order::DateDecision;
    let evidence = table.date_evidence();
    let (line, reason) = match decision {
        DateDecision::Ambiguous => {
            let (line, example) = evidence.ambiguous_example.clone().unwrap_or_default();
            (line, phrase!("import-dates-ambiguous", example = example))
        }
        DateDecision::Conflicting => {
            let (line, example) = evidence.day_first_example.clone().unwrap_or_default();
            let (_, other) = evidence.month_first_example.clone().unwrap_or_default();
            (
                line,
                phrase!(
                    "import-dates-conflicting",
                    day_first = example,
                    month_first = other
                ),
            )
        }
        _ => return,
    };
    Reporter { file: name, report }.issue(
        Severity::Warning,
        (line > 0).then_some(line),
        row::CellPlace::default(),
        reason,
    );
}

/// Trace tables bigger than this are parsed on two threads (smaller ones
/// load in a blink anyway, and a thread costs more than it saves).
const PIPELINE_MIN_BYTES: u64 = 4 << 20;

/// Bytes read first to tell what a file is (format, delimiter, headers).
const DETECT_BYTES: usize = 64 << 10;

/// Bytes of a table read before the rest streams in: the dates of its first
/// rows (up to [`DATE_SCAN_ROWS`]) decide the date order.
const TABLE_HEAD_BYTES: usize = 16 << 20;

/// Largest GeoJSON or flowmap.blue file: those are read whole, and parsing
/// takes a few times the file's size.
const MAX_WHOLE_FILE_BYTES: u64 = 512 << 20;

/// Extensions read when a folder is given.
const DATA_EXTENSIONS: &[&str] = &["csv", "tsv", "txt", "geojson", "json"];

/// Parquet files among a folder's data files.
#[cfg(feature = "parquet")]
const PARQUET_EXTENSIONS: &[&str] = &["parquet"];
#[cfg(not(feature = "parquet"))]
const PARQUET_EXTENSIONS: &[&str] = &[];

/// Marker that the demo generator writes; data carrying it is labelled synthetic.
pub const SYNTHETIC_MARKER: &str = "SYNTHETIC";

/// How to read the files of one import: date order, header hints and threads.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ImportOptions {
    /// Order of slash dates; `None` decides per file from the dates.
    pub date_order: Option<DateOrder>,
    /// Remembered column mappings and command-line header choices.
    pub hints: mapping::HeaderHints,
    /// Parse everything on the calling thread (big files otherwise use two).
    pub single_thread: bool,
    /// The agency of the records of a file that has no `agency` column (or
    /// an empty cell): (file, label), the file as its name or path ends.
    pub agencies: Vec<(String, String)>,
    /// Worksheets not to load: (workbook, sheet), the workbook as its name
    /// or path ends.
    pub excluded_sheets: Vec<(String, String)>,
    /// What the rows of a matrix of counts are, when its areas cannot tell
    /// (`--matrix rows=…`); `None`: decided from the areas.
    pub matrix_rows: Option<matrix::MatrixRows>,
}

impl ImportOptions {
    /// The agency label chosen for the file at `path` (shown as `name`).
    ///
    /// ```
    /// use corridor_core::import::ImportOptions;
    /// use std::path::Path;
    /// let options = ImportOptions {
    ///     agencies: vec![("hsi.csv".into(), "HSI".into())],
    ///     ..ImportOptions::default()
    /// };
    /// assert_eq!(options.agency_of(Path::new("/data/hsi.csv"), "hsi.csv"), Some("HSI"));
    /// assert_eq!(options.agency_of(Path::new("/data/atf.csv"), "atf.csv"), None);
    /// ```
    pub fn agency_of(&self, path: &Path, name: &str) -> Option<&str> {
        self.agencies
            .iter()
            .find(|(file, _)| file == name || path.ends_with(file))
            .map(|(_, label)| label.as_str())
    }

    /// Whether sheet `sheet` of the workbook at `path` (shown as `name`)
    /// was unticked.
    pub fn excludes_sheet(&self, path: &Path, name: &str, sheet: &str) -> bool {
        self.excluded_sheets
            .iter()
            .any(|(file, s)| s == sheet && (file == name || path.ends_with(file)))
    }
}

/// Why an import ended without a result. Bad files and rows are not errors:
/// they are listed in the [`ImportReport`] instead.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// The import was cancelled through its [`ImportControl`]; what was read
    /// so far is dropped.
    Cancelled,
}

impl crate::i18n::ToPhrase for ImportError {
    fn phrase(&self) -> Phrase {
        match self {
            ImportError::Cancelled => phrase!("import-error-cancelled"),
        }
    }
}

crate::display_in_english!(ImportError);

/// What an import produced.
pub struct ImportOutcome {
    /// The data loaded, added to whatever the builder already held (see
    /// [`import_into`]).
    pub dataset: Dataset,
    /// Every file read and every row left out or warned about.
    pub report: ImportReport,
}

/// One file to read: what it is, told from its first bytes; its content is
/// read when its turn comes (a folder of many files is never all in memory,
/// nor all open, at once).
struct InputFile {
    path: PathBuf,
    name: String,
    size_bytes: u64,
    origin: Origin,
    format: Format,
    /// The file this table was unpacked from, when it is a workbook's
    /// sheet or a Parquet file's rows (then its text is not the file).
    unpacked: Option<Unpacked>,
}

/// A table made from a file that is not text: a worksheet (its name) or a
/// Parquet file's rows, with the file's own hash and size (provenance is
/// the file it is in).
#[derive(Clone, Debug)]
struct Unpacked {
    /// The worksheet; `None` for a Parquet file.
    sheet: Option<String>,
    sha256: String,
    file_size_bytes: u64,
}

impl Unpacked {
    /// What the report calls such a table: `sheet`, `Parquet` (or `CSV`).
    fn container(unpacked: Option<&Unpacked>) -> &'static str {
        match unpacked {
            Some(Unpacked { sheet: Some(_), .. }) => "sheet",
            Some(_) => "Parquet",
            None => "CSV",
        }
    }
}

/// A file's first bytes, its size and where the rest is.
type Detected = (Vec<u8>, u64, Origin);

/// A file's first bytes and a reader for what follows them, if anything.
type Content = (Vec<u8>, Option<Box<dyn Read + Send>>);

/// Where a file's content comes from.
enum Origin {
    /// Text made as it is read (a Parquet file's rows).
    #[cfg_attr(
        not(feature = "parquet"),
        expect(dead_code, reason = "only Parquet files are read so")
    )]
    Stream(Box<dyn Read + Send>),
    /// Bytes given in memory.
    Memory(Vec<u8>),
    /// The file at the input's path, opened again when read.
    Disk,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Format {
    Delimited(TableKind),
    GeoJson,
    Flowmap(flowmap_blue::FlowmapFile),
    /// An Excel or OpenDocument workbook, read into one table per sheet
    /// before any table is read (only with the `workbooks` feature).
    #[cfg_attr(
        not(feature = "workbooks"),
        expect(
            dead_code,
            reason = "without the feature a workbook is refused as binary"
        )
    )]
    Workbook,
    /// A Parquet file, read into one table before it is read (only with the
    /// `parquet` feature).
    #[cfg_attr(
        not(feature = "parquet"),
        expect(
            dead_code,
            reason = "without the feature a Parquet file is refused as binary"
        )
    )]
    Parquet,
}

/// Files and folders to the data files inside, sorted, folders not recursed.
pub fn expand_paths(paths: &[PathBuf], report: &mut ImportReport) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for path in paths {
        if path.is_dir() {
            let mut inside: Vec<PathBuf> = match std::fs::read_dir(path) {
                Ok(entries) => entries
                    .filter_map(Result::ok)
                    .map(|e| e.path())
                    .filter(|p| p.is_file() && has_data_extension(p))
                    .collect(),
                Err(error) => {
                    report_file_error(
                        report,
                        path,
                        phrase!("import-folder-unreadable", error = system_error(&error)),
                    );
                    continue;
                }
            };
            if inside.is_empty() {
                report_file_error(report, path, phrase!("import-folder-empty"));
            }
            inside.sort();
            files.extend(inside);
        } else {
            files.push(path.clone());
        }
    }
    files
}

fn has_data_extension(path: &Path) -> bool {
    #[cfg(feature = "workbooks")]
    let extensions = DATA_EXTENSIONS
        .iter()
        .chain(workbook::WORKBOOK_EXTENSIONS)
        .chain(PARQUET_EXTENSIONS);
    #[cfg(not(feature = "workbooks"))]
    let extensions = DATA_EXTENSIONS.iter().chain(PARQUET_EXTENSIONS);
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| extensions.into_iter().any(|d| e.eq_ignore_ascii_case(d)))
}

fn display_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

/// Why an I/O error stopped a read: the message of the text being read
/// when it made one (a Parquet file's rows), else the error's own words.
pub(crate) fn io_reason(error: &std::io::Error) -> Phrase {
    match error
        .get_ref()
        .and_then(|inner| inner.downcast_ref::<Phrase>())
    {
        Some(phrase) => phrase.clone(),
        None => phrase!("import-text", text = system_error(error)),
    }
}

/// `cannot read file: …` with the system's words.
fn cannot_read(error: &std::io::Error) -> Phrase {
    phrase!("import-file-unreadable", error = system_error(error))
}

fn report_file_error(report: &mut ImportReport, path: &Path, reason: Phrase) {
    let name = display_name(path);
    let mut summary = FileSummary {
        file: name.clone(),
        ..Default::default()
    };
    summary.set_kind(phrase!("import-kind-not-loaded"));
    report.files.push(summary);
    Reporter {
        file: &name,
        report,
    }
    .file_error(reason);
}

/// Something to import: a file or folder, or bytes already in memory
/// (the embedded demo data, tests).
#[derive(Clone, Debug, PartialEq)]
pub enum DataSource {
    /// A file, or a folder whose .csv, .tsv, .txt, .geojson and .json files
    /// are all read (subfolders are not).
    Path(PathBuf),
    /// A file's content, already in memory.
    Bytes {
        /// File name for the report; a `.geojson` or `.json` extension also
        /// marks the bytes as GeoJSON.
        name: String,
        /// The file's content, in any encoding the importer reads.
        bytes: Vec<u8>,
    },
}

/// Loads files (or folders of files) into a new dataset.
pub fn import_paths(
    paths: &[PathBuf],
    classifier: CachedClassifier,
    options: &ImportOptions,
    control: &ImportControl,
) -> Result<ImportOutcome, ImportError> {
    let sources: Vec<DataSource> = paths.iter().cloned().map(DataSource::Path).collect();
    import_into(DatasetBuilder::new(classifier), &sources, options, control)
}

/// Loads sources into a builder, which may already hold data.
pub fn import_into(
    mut builder: DatasetBuilder,
    sources: &[DataSource],
    options: &ImportOptions,
    control: &ImportControl,
) -> Result<ImportOutcome, ImportError> {
    let mut report = ImportReport::default();
    let mut inputs = Vec::new();
    for source in sources {
        let loaded: Vec<(PathBuf, Result<Detected, Phrase>)> = match source {
            DataSource::Path(path) => expand_paths(std::slice::from_ref(path), &mut report)
                .into_iter()
                .map(|file| {
                    let head = file_kind::read_data_head(&file, DETECT_BYTES)
                        .map(|(head, size)| (head, size, Origin::Disk));
                    (file, head)
                })
                .collect(),
            DataSource::Bytes { name, bytes } => {
                let head = bytes[..bytes.len().min(DETECT_BYTES)].to_vec();
                let size = bytes.len() as u64;
                vec![(
                    PathBuf::from(name),
                    Ok((head, size, Origin::Memory(bytes.clone()))),
                )]
            }
        };
        for (path, head) in loaded {
            control.check()?;
            match head.and_then(|(head, size, origin)| {
                read_input(&path, &head, size, origin, &options.hints)
            }) {
                #[cfg(feature = "workbooks")]
                Ok(input) if input.format == Format::Workbook => {
                    for sheet in sheets::expand(input, options, &mut report) {
                        control.add_total_bytes(sheet.size_bytes);
                        inputs.push(sheet);
                    }
                }
                #[cfg(feature = "parquet")]
                Ok(input) if input.format == Format::Parquet => {
                    if let Some(table) = parquet_table(input, options, &mut report) {
                        control.add_total_bytes(table.size_bytes);
                        inputs.push(table);
                    }
                }
                Ok(input) => {
                    control.add_total_bytes(input.size_bytes);
                    inputs.push(input);
                }
                Err(reason) => report_file_error(&mut report, &path, reason),
            }
        }
    }
    // Locations before the traces that refer to them, whatever order the user gave.
    inputs.sort_by_key(|input| match input.format {
        Format::Flowmap(flowmap_blue::FlowmapFile::Locations) => 0,
        Format::Delimited(TableKind::Stores) => 1,
        Format::Delimited(TableKind::RecoverySites) => 2,
        Format::GeoJson => 3,
        Format::Delimited(TableKind::Traces) => 4,
        Format::Flowmap(flowmap_blue::FlowmapFile::Flows) | Format::Workbook | Format::Parquet => 5,
    });
    for input in inputs {
        let size = input.size_bytes;
        let (stores, sites) = (builder.dataset.stores.len(), builder.dataset.sites.len());
        read_file(&mut builder, input, options, &mut report, control)?;
        // A traces table names its stores and sites inline: count those it
        // created, so the report does not say "0 stores" for them.
        let created = (
            (builder.dataset.stores.len() - stores) as u64,
            (builder.dataset.sites.len() - sites) as u64,
        );
        if let Some(summary) = report.files.last_mut() {
            summary.stores = summary.stores.max(created.0);
            summary.recovery_sites = summary.recovery_sites.max(created.1);
        }
        control.finish_file(size);
    }
    for pending in builder.take_pending() {
        let name = builder
            .dataset
            .sources
            .get(pending.file as usize)
            .map(|s| s.name.clone())
            .unwrap_or_default();
        let mut out = Reporter {
            file: &name,
            report: &mut report,
        };
        let row = pending.view();
        if builder.add_trace_row(&row, pending.file, &mut out, false) == RowOutcome::Accepted
            && let Some(summary) = report.files.iter_mut().rev().find(|s| s.file == name)
        {
            summary.traces += 1;
        }
    }
    builder.report_duplicate_traces(&mut report);
    builder.count_file_traces(&mut report);
    // A table whose every row was left out most likely has its columns
    // misread: a column mapping is the way out.
    for summary in &mut report.files {
        if summary.delimiter.is_some()
            && summary.rows > 0
            && summary.traces + summary.stores + summary.recovery_sites == 0
        {
            summary.needs_mapping = true;
        }
    }
    let order: Vec<String> = report.files.iter().map(|f| f.file.clone()).collect();
    report.issues.sort_by_key(|issue| {
        (
            order
                .iter()
                .position(|f| *f == issue.file)
                .unwrap_or(usize::MAX),
            issue.line.unwrap_or(0),
            issue.severity,
            issue.column.unwrap_or(0),
        )
    });
    Ok(ImportOutcome {
        dataset: builder.finish(),
        report,
    })
}

fn read_input(
    path: &Path,
    head: &[u8],
    size_bytes: u64,
    origin: Origin,
    hints: &mapping::HeaderHints,
) -> Result<InputFile, Phrase> {
    let name = display_name(path);
    let input = |format| InputFile {
        path: path.to_owned(),
        name: name.clone(),
        size_bytes,
        origin,
        format,
        unpacked: None,
    };
    #[cfg(feature = "parquet")]
    if parquet_file::is_parquet_signature(head) {
        return Ok(input(Format::Parquet));
    }
    #[cfg(feature = "workbooks")]
    if workbook::is_container_signature(head) {
        return Ok(input(Format::Workbook));
    }
    // Bytes given in memory get the checks a file gets when it is read.
    if let Some(kind) = file_kind::binary_kind(head) {
        return Err(phrase!("import-not-text", kind = kind));
    }
    if file_kind::looks_binary(&head[..head.len().min(file_kind::HEAD_BYTES)]) {
        return Err(phrase!("import-binary"));
    }
    let head = decode::decode_head(head).text;
    let trimmed = head.trim_start();
    let is_json_name = path
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("geojson") || e.eq_ignore_ascii_case("json"));
    if trimmed.starts_with('{') || is_json_name {
        return Ok(input(Format::GeoJson));
    }
    let delimiter = sniff::detect_delimiter(&head);
    if let Some(kind) = flowmap_blue::detect(&flowmap_blue::header_row(&head, delimiter), &name) {
        return Ok(input(Format::Flowmap(kind)));
    }
    match delimited::open_table_in_text(&head, delimiter, &name, hints) {
        Ok(kind) => Ok(input(Format::Delimited(kind))),
        // Read fully later, where the report can offer a column mapping or
        // name the line that is wrong.
        Err(TableError::Empty) => Err(TableError::Empty.phrase()),
        Err(_) => Ok(input(Format::Delimited(TableKind::Traces))),
    }
}

/// The content of an input: its first bytes (up to `head_bytes`) and a
/// reader for the rest, `None` when the head holds it all.
fn open_content(input: InputFile, head_bytes: usize) -> Result<Content, Phrase> {
    match input.origin {
        Origin::Memory(bytes) => Ok((bytes, None)),
        Origin::Stream(mut reader) => {
            let mut head = Vec::new();
            (&mut reader)
                .take(head_bytes as u64)
                .read_to_end(&mut head)
                .map_err(|error| cannot_read(&error))?;
            Ok((head, Some(reader)))
        }
        Origin::Disk => {
            let file = file_kind::open_data_file(&input.path)?;
            let mut head = Vec::new();
            (&file)
                .take(head_bytes as u64)
                .read_to_end(&mut head)
                .map_err(|error| cannot_read(&error))?;
            Ok((head, Some(Box::new(file))))
        }
    }
}

/// All of an input, for the formats read whole (GeoJSON, flowmap.blue),
/// refused above [`MAX_WHOLE_FILE_BYTES`].
fn read_whole(input: InputFile) -> Result<Vec<u8>, Phrase> {
    if input.size_bytes > MAX_WHOLE_FILE_BYTES {
        return Err(phrase!(
            "import-file-too-big-whole",
            size = crate::format::file_size(input.size_bytes),
            max = crate::format::file_size(MAX_WHOLE_FILE_BYTES)
        ));
    }
    let (mut bytes, rest) = open_content(input, usize::MAX)?;
    if let Some(rest) = rest {
        rest.take(MAX_WHOLE_FILE_BYTES + 1 - bytes.len() as u64)
            .read_to_end(&mut bytes)
            .map_err(|error| cannot_read(&error))?;
    }
    if bytes.len() as u64 > MAX_WHOLE_FILE_BYTES {
        return Err(phrase!("import-file-grew"));
    }
    Ok(bytes)
}

/// Adds the file to the dataset's sources; its SHA-256 is filled in once
/// the whole file has been read.
fn register_source(
    builder: &mut DatasetBuilder,
    path: &Path,
    name: &str,
    size_bytes: u64,
    head: &str,
    agency: Option<&str>,
    unpacked: Option<&Unpacked>,
) -> Option<u16> {
    let index = u16::try_from(builder.dataset.sources.len()).ok()?;
    builder.set_file_agency(index, agency.unwrap_or(""));
    let mut head_end = head.len().min(4096);
    while !head.is_char_boundary(head_end) {
        head_end -= 1;
    }
    builder.dataset.sources.push(SourceFile {
        path: path.to_owned(),
        name: name.to_owned(),
        sha256: unpacked.map(|s| s.sha256.clone()).unwrap_or_default(),
        size_bytes: unpacked.map_or(size_bytes, |s| s.file_size_bytes),
        synthetic: head[..head_end].contains(SYNTHETIC_MARKER),
        sheet: unpacked.and_then(|s| s.sheet.clone()),
        numbering: match unpacked {
            Some(Unpacked { sheet: None, .. }) => RecordNumbering::ParquetRow,
            _ => RecordNumbering::Line,
        },
    });
    Some(index)
}

/// Reads one input into the builder. Tables are streamed (bounded memory
/// whatever their size); GeoJSON and flowmap.blue files are read whole.
fn read_file(
    builder: &mut DatasetBuilder,
    input: InputFile,
    options: &ImportOptions,
    report: &mut ImportReport,
    control: &ImportControl,
) -> Result<(), ImportError> {
    let (path, name, size_bytes, format, sheet) = (
        input.path.clone(),
        input.name.clone(),
        input.size_bytes,
        input.format,
        input.unpacked.clone(),
    );
    let Format::Delimited(_) = format else {
        let bytes = match read_whole(input) {
            Ok(bytes) => bytes,
            Err(reason) => {
                report_file_error(report, &path, reason);
                return Ok(());
            }
        };
        return read_whole_file(
            builder,
            &path,
            &name,
            &bytes,
            format,
            sheet.as_ref(),
            options,
            report,
            control,
        );
    };
    let (head, rest) = match open_content(input, TABLE_HEAD_BYTES) {
        Ok(content) => content,
        Err(reason) => {
            report_file_error(report, &path, reason);
            return Ok(());
        }
    };
    // The head, decoded, tells the delimiter and the date order; the
    // stream then reads the file from its start.
    let whole_in_head = rest.is_none() || head.len() < TABLE_HEAD_BYTES;
    let head_text = decode::decode_head(&head).text.into_owned();
    let mut stream = stream::TextStream::new(head, rest, delimited::MAX_LINE_BYTES);
    let agency = options.agency_of(&path, &name);
    let Some(file_index) = register_source(
        builder,
        &path,
        &name,
        size_bytes,
        &head_text,
        agency,
        sheet.as_ref(),
    ) else {
        report_file_error(
            report,
            &path,
            phrase!("import-too-many-files", max = u16::MAX),
        );
        return Ok(());
    };
    let mut summary = FileSummary {
        file: name.clone(),
        path: Some(path.clone()),
        ..Default::default()
    };
    summary.set_encoding(stream.encoding_phrase());
    let delimiter = sniff::detect_delimiter(&head_text);
    summary.delimiter = Some(sniff::delimiter_name(delimiter).to_owned());
    let opened = open_table(&mut stream, delimiter, &name, &options.hints);
    // No field in the headers, but areas along both edges: a matrix of
    // counts (small: read from the head, which holds the whole file).
    let looks_like_matrix = match &opened {
        Err(TableError::UnknownHeaders { .. }) => true,
        Ok(table) => {
            table
                .columns
                .unrecognised
                .iter()
                .filter(|(_, header)| matrix::is_area(header))
                .count()
                >= 2
        }
        Err(_) => false,
    };
    let matrix = if looks_like_matrix && whole_in_head {
        matrix::read_matrix(&head_text, delimiter, options.matrix_rows).transpose()
    } else {
        None
    };
    let result = match (opened, matrix) {
        (_, Some(read)) => {
            let container = Unpacked::container(sheet.as_ref());
            summary.set_kind(phrase!(
                "import-kind-table",
                what = "matrix",
                container = container
            ));
            match read {
                Ok(matrix) => {
                    summary.table_kind = Some(TableKind::Traces);
                    summary.rows = matrix.cells.len() as u64;
                    report.files.push(summary);
                    add_matrix(builder, &name, &matrix, file_index, report);
                }
                Err(error) => {
                    summary.matrix_axes_unclear = error == matrix::MatrixError::UnclearAxes;
                    not_loaded(summary, error.phrase(), report);
                }
            }
            Ok(())
        }
        (Ok(mut table), None) => {
            let what = match table.kind {
                TableKind::Traces => "traces",
                TableKind::Stores => "stores",
                TableKind::RecoverySites => "sites",
            };
            let container = Unpacked::container(sheet.as_ref());
            summary.set_kind(phrase!(
                "import-kind-table",
                what = what,
                container = container
            ));
            summary.table_kind = Some(table.kind);
            let decision = table
                .scan_dates(&head_text, DATE_SCAN_ROWS)
                .decide(options.date_order.or(table.date_order));
            builder.date_order = decision.order();
            summary.date_order = Some(builder.date_order.pattern().to_owned());
            summary.ambiguous_dates = decision == date_order::DateDecision::Ambiguous;
            report.files.push(summary);
            report_date_decision(&decision, &table, &name, report);
            let data_bytes = size_bytes.saturating_sub(table.header_end_byte);
            read_table(
                builder, &name, table, data_bytes, file_index, options, report, control,
            )
        }
        (Err(error), None) => {
            summary.needs_mapping = matches!(error, TableError::UnknownHeaders { .. });
            not_loaded(summary, error.phrase(), report);
            Ok(())
        }
    };
    if let Some(summary) = report.files.iter_mut().rev().find(|s| s.file == name) {
        summary.set_encoding(stream.encoding_phrase());
    }
    // The file's hash is the one of all its bytes, read or not (a
    // sheet's is its workbook's, set when it was registered).
    if sheet.is_none() {
        let sha256 = match stream.drain_for_hash() {
            Ok(()) => stream.sha256_hex(),
            Err(_) => String::new(),
        };
        if let Some(source) = builder.dataset.sources.get_mut(usize::from(file_index)) {
            source.sha256 = sha256;
        }
    }
    result
}

/// A table that could not be read: its summary says so, its error why.
fn not_loaded(mut summary: FileSummary, reason: Phrase, report: &mut ImportReport) {
    summary.set_kind(phrase!("import-kind-not-loaded"));
    let name = summary.file.clone();
    report.files.push(summary);
    Reporter {
        file: &name,
        report,
    }
    .file_error(reason);
}

/// A Parquet file's rows as the CSV text of one table input, made as the
/// table reader reads it (pages are read from the file as needed).
#[cfg(feature = "parquet")]
fn parquet_table(
    input: InputFile,
    options: &ImportOptions,
    report: &mut ImportReport,
) -> Option<InputFile> {
    let path = input.path.clone();
    let name = input.name.clone();
    let failed =
        |report: &mut ImportReport, reason: Phrase| report_file_error(report, &path, reason);
    let (source, sha256, file_size_bytes) = match input.origin {
        Origin::Disk => {
            let opened = file_kind::open_data_file(&path).and_then(|file| {
                let sha = crate::project::source::sha256_of_file(&path)
                    .map_err(|error| cannot_read(&error))?;
                Ok((file, sha))
            });
            match opened {
                Ok((file, sha)) => (
                    parquet_file::ParquetSource::File(file),
                    sha,
                    input.size_bytes,
                ),
                Err(reason) => {
                    failed(report, reason);
                    return None;
                }
            }
        }
        Origin::Memory(bytes) => {
            let sha = crate::project::source::sha256_hex(&bytes);
            let size = bytes.len() as u64;
            (parquet_file::ParquetSource::Bytes(bytes), sha, size)
        }
        Origin::Stream(_) => return None,
    };
    let mut rows = match parquet_file::open_parquet(source) {
        Ok(rows) => rows,
        Err(reason) => {
            failed(report, reason);
            return None;
        }
    };
    // The first rows tell what the table holds, then are read again.
    let mut head = Vec::new();
    if let Err(error) = (&mut rows).take(1 << 20).read_to_end(&mut head) {
        failed(report, io_reason(&error));
        return None;
    }
    let head_text = String::from_utf8_lossy(&head).into_owned();
    let delimiter = b',';
    let format = match flowmap_blue::detect(&flowmap_blue::header_row(&head_text, delimiter), &name)
    {
        Some(kind) => Format::Flowmap(kind),
        None => Format::Delimited(
            delimited::open_table_in_text(&head_text, delimiter, &name, &options.hints)
                .unwrap_or(TableKind::Traces),
        ),
    };
    Some(InputFile {
        path: path.clone(),
        name,
        // The text is about three times the compressed file (a guess for
        // the progress bar and the columns' first reservation).
        size_bytes: file_size_bytes.saturating_mul(3),
        origin: Origin::Stream(Box::new(std::io::Cursor::new(head).chain(rows))),
        format,
        unpacked: Some(Unpacked {
            sheet: None,
            sha256,
            file_size_bytes,
        }),
    })
}

/// The cells of a matrix as counted rows: origin state, destination
/// state, count, each named by the cell's line and column.
fn add_matrix(
    builder: &mut DatasetBuilder,
    name: &str,
    matrix: &matrix::Matrix,
    file: u16,
    report: &mut ImportReport,
) {
    let mut out = Reporter { file: name, report };
    for note in &matrix.notes {
        out.issue(
            Severity::Warning,
            Some(note.line),
            row::CellPlace {
                column: note.column,
                name: None,
            },
            note.reason.clone(),
        );
    }
    let (origin_place, destination_place) = match matrix.rows {
        matrix::MatrixRows::Destination => ("column header", "row label"),
        matrix::MatrixRows::Origin => ("row label", "column header"),
    };
    for cell in &matrix.cells {
        let mut row = row::RowValues::new(cell.line);
        let at = |column: Option<u64>, name: &'static str| row::CellPlace {
            column,
            name: Some(name),
        };
        row.set(Field::StoreState, &cell.origin, at(None, origin_place));
        row.set(
            Field::RecoveryState,
            &cell.destination,
            at(None, destination_place),
        );
        row.set(Field::Count, &cell.count, at(Some(cell.column), "count"));
        // Several cells share a line: the id names the cell.
        let id = format!("{name}:{}:{}", cell.line, cell.column);
        row.set(Field::TraceId, &id, row::CellPlace::default());
        builder.add_trace_row(&row, file, &mut out, false);
    }
}

/// A GeoJSON or flowmap.blue file, read whole.
#[expect(
    clippy::too_many_arguments,
    reason = "one file's reading: the builder, what the file is, and where its report goes"
)]
fn read_whole_file(
    builder: &mut DatasetBuilder,
    path: &Path,
    name: &str,
    bytes: &[u8],
    format: Format,
    sheet: Option<&Unpacked>,
    options: &ImportOptions,
    report: &mut ImportReport,
    control: &ImportControl,
) -> Result<(), ImportError> {
    let decoded = decode::decode(bytes);
    let agency = options.agency_of(path, name);
    let Some(file_index) = register_source(
        builder,
        path,
        name,
        bytes.len() as u64,
        &decoded.text,
        agency,
        sheet,
    ) else {
        report_file_error(
            report,
            path,
            phrase!("import-too-many-files", max = u16::MAX),
        );
        return Ok(());
    };
    if let Some(source) = builder.dataset.sources.get_mut(usize::from(file_index))
        && sheet.is_none()
    {
        source.sha256 = crate::project::source::sha256_hex(bytes);
    }
    let mut summary = FileSummary {
        file: name.to_owned(),
        path: Some(path.to_owned()),
        encoding: decoded.encoding.to_owned(),
        ..Default::default()
    };
    match format {
        Format::GeoJson => {
            summary.set_kind(phrase!("import-kind-geojson"));
            report.files.push(summary);
            read_geojson(builder, name, &decoded.text, file_index, report, control)
        }
        Format::Flowmap(kind) => {
            let delimiter = sniff::detect_delimiter(&decoded.text);
            summary.delimiter = Some(sniff::delimiter_name(delimiter).to_owned());
            summary.set_kind(match kind {
                flowmap_blue::FlowmapFile::Locations => phrase!("import-kind-flowmap-locations"),
                flowmap_blue::FlowmapFile::Flows => phrase!("import-kind-flowmap-flows"),
            });
            report.files.push(summary);
            let (rows, accepted) = flowmap_blue::read(
                builder,
                kind,
                name,
                &decoded.text,
                delimiter,
                file_index,
                report,
                control,
            )?;
            if let Some(summary) = report.files.iter_mut().rev().find(|s| s.file == name) {
                summary.rows = rows;
                match kind {
                    flowmap_blue::FlowmapFile::Locations => summary.stores = accepted,
                    flowmap_blue::FlowmapFile::Flows => summary.traces = accepted,
                }
            }
            Ok(())
        }
        Format::Delimited(_) | Format::Workbook | Format::Parquet => Ok(()),
    }
}

#[expect(
    clippy::too_many_arguments,
    reason = "the table, where it goes and how to report: each is needed and none belong together"
)]
fn read_table(
    builder: &mut DatasetBuilder,
    name: &str,
    table: delimited::Table<'_>,
    data_bytes: u64,
    file: u16,
    options: &ImportOptions,
    report: &mut ImportReport,
    control: &ImportControl,
) -> Result<(), ImportError> {
    let kind = table.kind;
    let header_line = table.header_line;
    if kind == TableKind::Traces {
        // Exports run at 100–300 bytes a row; a guess on the high side of
        // the row count costs less than regrowing a million-row column.
        builder.reserve_traces(usize::try_from(data_bytes / 160).unwrap_or(usize::MAX));
    }
    {
        let mut out = Reporter { file: name, report };
        for (column, header) in &table.columns.unrecognised {
            out.issue(
                Severity::Warning,
                Some(header_line),
                row::CellPlace {
                    column: Some(*column as u64 + 1),
                    name: Some(header),
                },
                phrase!("import-column-unknown", header = header),
            );
        }
        for (column, header, first) in &table.columns.duplicates {
            out.issue(
                Severity::Warning,
                Some(header_line),
                row::CellPlace {
                    column: Some(*column as u64 + 1),
                    name: Some(header),
                },
                phrase!(
                    "import-column-duplicate",
                    header = header,
                    column = (first + 1).to_string()
                ),
            );
        }
    }
    let mut counts = (0u64, 0u64);
    let mut cancelled = false;
    let mut out = Reporter { file: name, report };
    // Big trace tables are parsed on a second thread as they are read.
    let pre_parse =
        (kind == TableKind::Traces && !options.single_thread && data_bytes > PIPELINE_MIN_BYTES)
            .then_some(builder.date_order);
    let result = table.for_each_row(pre_parse, |row, info| {
        counts.0 += 1;
        // A stray NUL byte (binary junk inside text) costs its row, not the
        // file; rows are only searched for one once the stream has met one.
        if info.nul_seen
            && let Some(&field) = Field::ALL.iter().find(|f| row.get(**f).contains('\0'))
        {
            out.issue(
                Severity::Rejected,
                Some(row.line),
                row.place(field),
                phrase!("import-nul-byte"),
            );
            return ControlFlow::Continue(());
        }
        if counts.0.is_multiple_of(4096) {
            control.set_file_progress(info.byte_offset, counts.0);
            if control.is_cancelled() {
                cancelled = true;
                return ControlFlow::Break(());
            }
        }
        if info.fields > info.expected_fields {
            out.issue(
                Severity::Warning,
                Some(row.line),
                row::CellPlace {
                    column: Some(info.expected_fields as u64 + 1),
                    name: None,
                },
                phrase!(
                    "import-extra-fields",
                    fields = info.fields.to_string(),
                    expected = info.expected_fields.to_string()
                ),
            );
        }
        let accepted = match kind {
            TableKind::Traces => {
                builder.add_trace_row(row, file, &mut out, true) == RowOutcome::Accepted
            }
            TableKind::Stores => builder.add_store_row(row, file, &mut out),
            TableKind::RecoverySites => builder.add_site_row(row, file, &mut out),
        };
        if accepted {
            counts.1 += 1;
        }
        ControlFlow::Continue(())
    });
    if cancelled {
        return Err(ImportError::Cancelled);
    }
    if let Err(error) = result {
        let (line, message) = match &error {
            TableError::Csv { line, message } => (Some(*line), message.clone()),
            TableError::LongLine(stream::StreamError::LongLine { line, .. }) => {
                (Some(*line), error.phrase())
            }
            other => (None, other.phrase()),
        };
        out.issue(
            Severity::Error,
            line,
            row::CellPlace::default(),
            phrase!("import-read-stopped", reason = message),
        );
    }
    control.set_file_rows(counts.0);
    if let Some(summary) = report.files.iter_mut().rev().find(|s| s.file == name) {
        summary.rows = counts.0;
        match kind {
            TableKind::Traces => summary.traces = counts.1,
            TableKind::Stores => summary.stores = counts.1,
            TableKind::RecoverySites => summary.recovery_sites = counts.1,
        }
    }
    Ok(())
}

fn read_geojson(
    builder: &mut DatasetBuilder,
    name: &str,
    text: &str,
    file: u16,
    report: &mut ImportReport,
    control: &ImportControl,
) -> Result<(), ImportError> {
    let records = match geojson_file::read_features(text) {
        Ok(records) => records,
        Err(error) => {
            Reporter { file: name, report }.file_error(error.phrase());
            return Ok(());
        }
    };
    control.check()?;
    let mut out = Reporter { file: name, report };
    let mut counts = FileSummary::default();
    let mut traces = Vec::new();
    // Points first, so LineStrings may refer to them by id.
    for record in records {
        counts.rows += 1;
        match record {
            FeatureRecord::Store(feature) => {
                counts.stores += u64::from(builder.add_store_row(&feature.view(), file, &mut out));
            }
            FeatureRecord::Site(feature) => {
                counts.recovery_sites +=
                    u64::from(builder.add_site_row(&feature.view(), file, &mut out));
            }
            FeatureRecord::Trace(feature) => traces.push(feature),
            FeatureRecord::Rejected {
                line,
                column,
                field,
                reason,
            } => out.issue(
                Severity::Rejected,
                Some(line),
                row::CellPlace {
                    column: Some(column),
                    name: field.as_deref(),
                },
                reason,
            ),
        }
    }
    for feature in traces {
        if builder.add_trace_row(&feature.view(), file, &mut out, true) == RowOutcome::Accepted {
            counts.traces += 1;
        }
    }
    if let Some(summary) = report.files.iter_mut().rev().find(|s| s.file == name) {
        summary.rows = counts.rows;
        summary.traces = counts.traces;
        summary.stores = counts.stores;
        summary.recovery_sites = counts.recovery_sites;
    }
    Ok(())
}

#[cfg(test)]
mod error_tests {
    use super::*;

    #[test]
    fn cancelled_in_english_and_spanish() {
        crate::i18n::assert_says(
            &ImportError::Cancelled,
            "import cancelled",
            "importación cancelada",
        );
    }
}
