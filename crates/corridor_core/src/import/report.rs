//! What an import accepted, rejected and warned about, with file, line and column.

use serde::Serialize;
use std::fmt;
use std::io::Write;

use crate::format::count_noun;
use crate::i18n::{Arg, Lang, Phrase};
use crate::t;

/// How serious an issue is. Declared worst first, so sorting puts errors
/// before rejections before warnings.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// The whole file could not be read or understood.
    Error,
    /// A row was left out because it cannot be placed on the map.
    Rejected,
    /// A row was kept but something in it is doubtful.
    Warning,
}

impl Severity {
    /// Lower-case name, for messages and the CSV report: `error`,
    /// `rejected` or `warning`.
    pub fn id(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Rejected => "rejected",
            Severity::Warning => "warning",
        }
    }
}

/// One finding about the input.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ImportIssue {
    /// How serious it is.
    pub severity: Severity,
    /// File name as shown to the user.
    pub file: String,
    /// 1-based line where the row (or GeoJSON feature) starts.
    pub line: Option<u64>,
    /// 1-based column (field number in a CSV, character in GeoJSON).
    pub column: Option<u64>,
    /// Header of that column, or property name.
    pub field: Option<String>,
    /// What is wrong and what was done about it, as a sentence for the
    /// user: [`Self::phrase`] in English (the command line, JSON and CSV
    /// reports write it).
    pub reason: String,
    /// The reason as a message, to write it in any language
    /// ([`Self::reason_in`]).
    #[serde(skip)]
    pub phrase: Phrase,
}

impl ImportIssue {
    /// An issue whose reason is `phrase`, written in English in
    /// [`Self::reason`].
    ///
    /// ```
    /// use corridor_core::import::report::{ImportIssue, Severity};
    /// use corridor_core::i18n::Lang;
    /// use corridor_core::phrase;
    /// let issue = ImportIssue::new(
    ///     Severity::Warning,
    ///     "traces.csv",
    ///     Some(3),
    ///     None,
    ///     None,
    ///     phrase!("import-count-missing"),
    /// );
    /// assert_eq!(issue.reason, "count is missing");
    /// assert_eq!(issue.reason_in(Lang::Es), "falta la cantidad");
    /// ```
    pub fn new(
        severity: Severity,
        file: &str,
        line: Option<u64>,
        column: Option<u64>,
        field: Option<String>,
        phrase: Phrase,
    ) -> ImportIssue {
        ImportIssue {
            severity,
            file: file.to_owned(),
            line,
            column,
            field,
            reason: phrase.text(Lang::En),
            phrase,
        }
    }

    /// The reason in `lang` (in English, [`Self::reason`]).
    pub fn reason_in(&self, lang: Lang) -> String {
        self.phrase.text(lang)
    }
}

impl ImportIssue {
    /// The issue as [`Display`](fmt::Display) writes it, in `lang`: the
    /// place stays as it is, the severity and the reason are written in
    /// `lang` (`traces.csv:12:15 (store_lat): rechazada: …`).
    ///
    /// ```
    /// use corridor_core::import::report::{ImportIssue, Severity};
    /// use corridor_core::i18n::Lang;
    /// use corridor_core::phrase;
    /// let issue = ImportIssue::new(
    ///     Severity::Warning,
    ///     "traces.csv",
    ///     Some(3),
    ///     Some(7),
    ///     Some("count".into()),
    ///     phrase!("import-count-missing"),
    /// );
    /// assert_eq!(issue.line_in(Lang::En), issue.to_string());
    /// assert_eq!(issue.line_in(Lang::Es), "traces.csv:3:7 (count): advertencia: falta la cantidad");
    /// ```
    pub fn line_in(&self, lang: Lang) -> String {
        let severity = match self.severity {
            Severity::Error => crate::msg_id!("import-report-severity-error"),
            Severity::Rejected => crate::msg_id!("import-report-severity-rejected"),
            Severity::Warning => crate::msg_id!("import-report-severity-warning"),
        };
        format!(
            "{}: {}: {}",
            self.place(),
            crate::i18n::text(lang, severity, &[]),
            self.reason_in(lang)
        )
    }

    /// `traces.csv:12:15 (store_lat)`: the file, the line and column when
    /// known, and the field.
    fn place(&self) -> String {
        let mut place = self.file.clone();
        if let Some(line) = self.line {
            place.push_str(&format!(":{line}"));
            if let Some(column) = self.column {
                place.push_str(&format!(":{column}"));
            }
        }
        if let Some(field) = &self.field {
            place.push_str(&format!(" ({field})"));
        }
        place
    }
}

impl fmt::Display for ImportIssue {
    /// Compiler style, so editors and scripts can jump to the place:
    /// `traces.csv:12:15 (store_lat): rejected: ...`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: {}: {}",
            self.place(),
            self.severity.id(),
            self.reason
        )
    }
}

/// Per-file summary.
#[derive(Clone, Debug, Default, Serialize)]
pub struct FileSummary {
    /// File name as shown to the user, as in [`ImportIssue::file`].
    pub file: String,
    /// Where it was read from (a name only for data given in memory).
    pub path: Option<std::path::PathBuf>,
    /// What the file was read as (`traces CSV`, `stores CSV`, ...), in
    /// English; set with [`Self::set_kind`], written in any language by
    /// [`Self::kind_in`].
    pub kind: String,
    /// [`Self::kind`] as a message.
    #[serde(skip)]
    pub kind_phrase: Option<Phrase>,
    /// Encoding the text was read in (`UTF-8`, `windows-1252`, ...); empty
    /// when the file was not read. In English when it says more than the
    /// encoding's name (`UTF-8 (3 rows read as windows-1252)`); see
    /// [`Self::encoding_in`].
    pub encoding: String,
    /// [`Self::encoding`] as a message, when it says more than a name.
    #[serde(skip)]
    pub encoding_phrase: Option<Phrase>,
    /// Field separator for delimited text, as a readable name.
    pub delimiter: Option<String>,
    /// Data rows or features seen.
    pub rows: u64,
    /// Traces (firearms) added from this file: the sum of the counts of a
    /// counted table.
    pub traces: u64,
    /// Trace rows added from this file: fewer than `traces` when rows are
    /// counted.
    pub records: u64,
    /// Stores added from this file (for a flowmap.blue locations file: the
    /// locations read).
    pub stores: u64,
    /// Recovery sites added from this file.
    pub recovery_sites: u64,
    /// Rows of this file left out.
    pub rejected: u64,
    /// Warnings about this file.
    pub warnings: u64,
    /// How slash dates were read (`MM/DD/YYYY` or `DD/MM/YYYY`).
    pub date_order: Option<String>,
    /// No date settled the order: the user should choose.
    pub ambiguous_dates: bool,
    /// The headers were not recognised: a column mapping would load it.
    pub needs_mapping: bool,
    /// A matrix of counts whose areas do not tell which axis is the
    /// origin: the user should choose.
    pub matrix_axes_unclear: bool,
    /// What the table was read as, when it was a table.
    pub table_kind: Option<crate::import::fields::TableKind>,
}

impl FileSummary {
    /// Sets what the file was read as: [`Self::kind`] in English, and the
    /// message for [`Self::kind_in`].
    pub fn set_kind(&mut self, kind: Phrase) {
        self.kind = kind.text(Lang::En);
        self.kind_phrase = Some(kind);
    }

    /// What the file was read as, in `lang` (`traces CSV`, `CSV de
    /// rastreos`).
    ///
    /// ```
    /// use corridor_core::import::report::FileSummary;
    /// use corridor_core::i18n::Lang;
    /// use corridor_core::phrase;
    /// let mut summary = FileSummary::default();
    /// summary.set_kind(phrase!("import-kind-not-loaded"));
    /// assert_eq!(summary.kind, "not loaded");
    /// assert_eq!(summary.kind_in(Lang::Es), "no se cargó");
    /// ```
    pub fn kind_in(&self, lang: Lang) -> String {
        worded(&self.kind, self.kind_phrase.as_ref(), lang)
    }

    /// Sets the encoding the text was read in: [`Self::encoding`] in
    /// English, and the message for [`Self::encoding_in`].
    pub fn set_encoding(&mut self, encoding: Phrase) {
        self.encoding = encoding.text(Lang::En);
        self.encoding_phrase = Some(encoding);
    }

    /// The encoding the text was read in, in `lang`: its name, and how many
    /// rows were read in another.
    pub fn encoding_in(&self, lang: Lang) -> String {
        worded(&self.encoding, self.encoding_phrase.as_ref(), lang)
    }
}

/// A summary's text in `lang` from the phrase it was set from; a text set
/// directly (a summary made before phrases, or by hand) as it is.
fn worded(english: &str, phrase: Option<&Phrase>, lang: Lang) -> String {
    phrase.map_or_else(|| english.to_owned(), |phrase| phrase.text(lang))
}

/// The most issues kept in memory; counts stay exact beyond it.
pub const MAX_LISTED_ISSUES: usize = 100_000;

/// Issues listed per kind (file, severity, column and reason with its
/// quoted values and numbers left out): a file whose million rows share one
/// fault lists its first examples and counts the rest, instead of holding a
/// million sentences that say the same.
pub const EXAMPLES_PER_KIND: u64 = 100;

/// Most kinds told apart; issues of further kinds are still counted.
const MAX_KINDS: usize = 10_000;

/// Issues of one kind beyond the first [`EXAMPLES_PER_KIND`] listed.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct MoreLike {
    /// How serious they are.
    pub severity: Severity,
    /// File name as shown to the user.
    pub file: String,
    /// The column's header or property name, as in the examples.
    pub field: Option<String>,
    /// The reason of the first example, for the message (in English).
    pub example: String,
    /// [`Self::example`] as a message, for [`Self::example_in`].
    #[serde(skip)]
    pub example_phrase: Phrase,
    /// Line of the first issue not listed.
    pub first_line: Option<u64>,
    /// Issues of this kind counted and not listed.
    pub count: u64,
}

impl MoreLike {
    /// The reason of the first example, in `lang`.
    pub fn example_in(&self, lang: Lang) -> String {
        self.example_phrase.text(lang)
    }

    /// "traces.csv: 59,900 more warnings like the 100 listed, from line
    /// 101: …" in `lang`; [`ImportReport::more_like_lines`] in English.
    pub fn line_in(&self, lang: Lang) -> String {
        let field = self
            .field
            .as_deref()
            .map(|f| format!(" ({f})"))
            .unwrap_or_default();
        // A line number is not grouped.
        let line = self
            .first_line
            .map_or_else(|| "?".to_owned(), |l| l.to_string());
        let id = match self.severity {
            Severity::Error => crate::msg_id!("import-report-more-errors"),
            Severity::Rejected => crate::msg_id!("import-report-more-rejected"),
            Severity::Warning => crate::msg_id!("import-report-more-warnings"),
        };
        crate::i18n::text(
            lang,
            id,
            &[
                ("file", Arg::from(&self.file)),
                ("field", Arg::from(field)),
                ("count", Arg::from(self.count)),
                ("listed", Arg::from(EXAMPLES_PER_KIND)),
                ("line", Arg::from(line)),
                ("example", Arg::from(self.example_in(lang))),
            ],
        )
    }
}

/// Identity of an issue's kind; see [`EXAMPLES_PER_KIND`].
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
struct KindKey {
    file: String,
    severity: Severity,
    column: Option<u64>,
    template: String,
}

/// What is known of one kind: examples listed, and where its overflow is
/// counted in [`ImportReport::more_like`].
#[derive(Clone, Debug, Default)]
struct KindCount {
    listed: u64,
    more: Option<usize>,
}

/// A reason with its variable parts (quoted values, numbers) blanked: the
/// same fault in different rows gives the same template.
///
/// ```
/// use corridor_core::import::report::reason_template;
/// assert_eq!(
///     reason_template("store_lat '95.2' is outside -90..90"),
///     reason_template("store_lat '-120' is outside -90..90"),
/// );
/// assert_ne!(
///     reason_template("store_lat '95.2' is outside -90..90"),
///     reason_template("recovery date '2019-13-01' is not a date"),
/// );
/// ```
pub fn reason_template(reason: &str) -> String {
    let mut out = String::with_capacity(reason.len().min(200));
    let mut quoted = false;
    for c in reason.chars().take(400) {
        match c {
            '\'' => {
                quoted = !quoted;
                out.push(c);
            }
            _ if quoted => {}
            '0'..='9' => {
                if !out.ends_with('#') {
                    out.push('#');
                }
            }
            _ => out.push(c),
        }
    }
    out
}

/// Everything an import found: a summary per file, the issues, and counts
/// by severity.
#[derive(Clone, Debug, Default, Serialize)]
pub struct ImportReport {
    /// One summary per file (or unreadable folder), in the order handled.
    pub files: Vec<FileSummary>,
    /// The issues, at most [`MAX_LISTED_ISSUES`]; an import sorts them by
    /// file, line and severity when it ends.
    pub issues: Vec<ImportIssue>,
    /// Issues of severity [`Severity::Error`], listed or not.
    pub errors: u64,
    /// Issues of severity [`Severity::Rejected`], listed or not.
    pub rejected: u64,
    /// Issues of severity [`Severity::Warning`], listed or not.
    pub warnings: u64,
    /// Issues counted but not kept, because of [`MAX_LISTED_ISSUES`] or
    /// [`EXAMPLES_PER_KIND`].
    pub unlisted: u64,
    /// Kinds of issue with more than [`EXAMPLES_PER_KIND`]: the count of
    /// those not listed, in the order first met.
    pub more_like: Vec<MoreLike>,
    #[serde(skip)]
    kinds: rustc_hash::FxHashMap<KindKey, KindCount>,
}

impl ImportReport {
    /// Adds an issue: counts it, in the totals and in its file's summary, and
    /// lists it while there is room.
    pub fn push(&mut self, issue: ImportIssue) {
        match issue.severity {
            Severity::Error => self.errors += 1,
            Severity::Rejected => self.rejected += 1,
            Severity::Warning => self.warnings += 1,
        }
        if let Some(summary) = self.files.iter_mut().rev().find(|s| s.file == issue.file) {
            match issue.severity {
                Severity::Rejected => summary.rejected += 1,
                Severity::Warning => summary.warnings += 1,
                Severity::Error => {}
            }
        }
        if self.counts_as_more(&issue) {
            self.unlisted += 1;
        } else if self.issues.len() < MAX_LISTED_ISSUES {
            self.issues.push(issue);
        } else {
            self.unlisted += 1;
        }
    }

    /// Whether the issue is one more of a kind already listed enough,
    /// counting it there if so.
    fn counts_as_more(&mut self, issue: &ImportIssue) -> bool {
        let key = KindKey {
            file: issue.file.clone(),
            severity: issue.severity,
            column: issue.column,
            template: reason_template(&issue.reason),
        };
        if self.kinds.len() >= MAX_KINDS && !self.kinds.contains_key(&key) {
            return false;
        }
        let kind = self.kinds.entry(key).or_default();
        if kind.listed < EXAMPLES_PER_KIND {
            kind.listed += 1;
            return false;
        }
        match kind.more {
            Some(index) => {
                if let Some(more) = self.more_like.get_mut(index) {
                    more.count += 1;
                }
            }
            None => {
                kind.more = Some(self.more_like.len());
                self.more_like.push(MoreLike {
                    severity: issue.severity,
                    file: issue.file.clone(),
                    field: issue.field.clone(),
                    example: issue.reason.clone(),
                    example_phrase: issue.phrase.clone(),
                    first_line: issue.line,
                    count: 1,
                });
            }
        }
        true
    }

    /// Adds another report's file summaries, counts and issues to this one.
    pub fn merge(&mut self, other: ImportReport) {
        self.files.extend(other.files);
        self.errors += other.errors;
        self.rejected += other.rejected;
        self.warnings += other.warnings;
        self.unlisted += other.unlisted;
        self.more_like.extend(other.more_like);
        for issue in other.issues {
            if self.issues.len() < MAX_LISTED_ISSUES {
                self.issues.push(issue);
            } else {
                self.unlisted += 1;
            }
        }
    }

    /// "1 row rejected, 3 warnings, 0 file errors".
    ///
    /// ```
    /// use corridor_core::import::report::ImportReport;
    /// let mut report = ImportReport::default();
    /// (report.rejected, report.warnings) = (1, 1200);
    /// assert_eq!(report.summary_line(), "1 row rejected, 1,200 warnings, 0 file errors");
    /// ```
    pub fn summary_line(&self) -> String {
        format!(
            "{}, {}, {}",
            count_noun(self.rejected, "row rejected", "rows rejected"),
            count_noun(self.warnings, "warning", "warnings"),
            count_noun(self.errors, "file error", "file errors")
        )
    }

    /// [`Self::summary_line`] in `lang`: "1 fila rechazada, 1,200
    /// advertencias, 0 errores de archivo".
    ///
    /// ```
    /// use corridor_core::import::report::ImportReport;
    /// use corridor_core::i18n::Lang;
    /// let mut report = ImportReport::default();
    /// (report.rejected, report.warnings) = (1, 1200);
    /// assert_eq!(report.summary_line_in(Lang::En), report.summary_line());
    /// assert_eq!(
    ///     report.summary_line_in(Lang::Es),
    ///     "1 fila rechazada, 1,200 advertencias, 0 errores de archivo"
    /// );
    /// ```
    pub fn summary_line_in(&self, lang: Lang) -> String {
        t!(
            lang,
            "import-summary",
            rejected = self.rejected,
            warnings = self.warnings,
            errors = self.errors
        )
    }

    /// Whether nothing at all was reported.
    pub fn is_clean(&self) -> bool {
        self.errors == 0 && self.rejected == 0 && self.warnings == 0
    }

    /// "traces.csv: 59,900 more warnings like line 101: weapon could not be
    /// classified (…)" for each kind with more than its examples listed.
    pub fn more_like_lines(&self) -> impl Iterator<Item = String> + '_ {
        self.more_like.iter().map(|more| {
            let what = match more.severity {
                Severity::Error => count_noun(more.count, "more error", "more errors"),
                Severity::Rejected => {
                    count_noun(more.count, "more row rejected", "more rows rejected")
                }
                Severity::Warning => count_noun(more.count, "more warning", "more warnings"),
            };
            let field = more
                .field
                .as_deref()
                .map(|f| format!(" ({f})"))
                .unwrap_or_default();
            format!(
                "{}{field}: {what} like the {} listed, from line {}: {}",
                more.file,
                EXAMPLES_PER_KIND,
                more.first_line
                    .map_or_else(|| "?".to_owned(), |l| l.to_string()),
                more.example
            )
        })
    }

    /// [`Self::more_like_lines`] in `lang`.
    pub fn more_like_lines_in(&self, lang: Lang) -> impl Iterator<Item = String> + '_ {
        self.more_like.iter().map(move |more| more.line_in(lang))
    }

    /// Writes the issues as CSV (severity, file, line, column, field, reason).
    pub fn write_csv<W: Write>(&self, out: W) -> csv::Result<()> {
        let mut writer = csv::Writer::from_writer(out);
        writer.write_record(["severity", "file", "line", "column", "field", "reason"])?;
        for issue in &self.issues {
            writer.write_record([
                issue.severity.id(),
                &crate::export::csv_safe::neutralise(&issue.file),
                &issue.line.map(|l| l.to_string()).unwrap_or_default(),
                &issue.column.map(|c| c.to_string()).unwrap_or_default(),
                &crate::export::csv_safe::neutralise(issue.field.as_deref().unwrap_or("")),
                &crate::export::csv_safe::neutralise(&issue.reason),
            ])?;
        }
        for (more, line) in self.more_like.iter().zip(self.more_like_lines()) {
            writer.write_record([
                more.severity.id(),
                &crate::export::csv_safe::neutralise(&more.file),
                &more.first_line.map(|l| l.to_string()).unwrap_or_default(),
                "",
                &crate::export::csv_safe::neutralise(more.field.as_deref().unwrap_or("")),
                &crate::export::csv_safe::neutralise(&line),
            ])?;
        }
        writer.flush()?;
        Ok(())
    }
}
