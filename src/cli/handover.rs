//! `corridor handover PROJECT --out DIR|FILE.zip [--redact]` and
//! `corridor verify PACKAGE`: a project handed to another agency with its
//! data inside, and the check the receiver runs.

use std::io::Write;
use std::path::PathBuf;

use clap::Args;
use serde_json::{Value, json};

use super::console::Console;
use super::failure::Failure;
use super::lang_flag::LangFlag;
use super::output_flags::OutputFlags;
use super::redact_flags::{RedactFlags, redacted_suffix_in};
use corridor_core::export::inputs::{InputFiles, InputRole};
use corridor_core::i18n::{Lang, ToPhrase};
use corridor_core::import::DataSource;
use corridor_core::project::handover::{
    FileCheck, HandoverInfo, MANIFEST_NAME, ManifestFile, PROJECT_NAME, PackageReader, README_NAME,
    Verification, embedded_checks, is_zip_path, now_utc, verify_reader, write_package,
    write_package_zip,
};
use corridor_core::project::handover_redact::redact_project;
use corridor_core::project::load::{parse_project, read_project};
use corridor_core::project::paths::project_dir;
use corridor_core::project::{OutsideSources, SourceStatus};
use corridor_core::render::caption::filter_line;
use corridor_core::{phrase, t};

#[derive(Debug, Args)]
pub struct HandoverArgs {
    /// The project to hand over.
    pub project: PathBuf,

    /// The package to write: a folder (made if missing), or one file ending in .zip.
    #[arg(long, value_name = "DIR|FILE.zip")]
    pub out: PathBuf,

    /// The agency handing it over, as the receiver will read it.
    #[arg(long, value_name = "LABEL", default_value = "")]
    pub agency: String,

    /// Hand over a copy of the data without identifiers: purchasers and addresses become aliases
    /// (networks stay), names, dates of birth and serial numbers are left out. With
    /// --redact-dealers, stores become aliases too.
    #[command(flatten)]
    pub redact: RedactFlags,

    /// The language of the package's README and filter line (en or es).
    #[command(flatten)]
    pub lang: LangFlag,

    #[command(flatten)]
    pub output: OutputFlags,
}

#[derive(Debug, Args)]
pub struct VerifyArgs {
    /// The package to check: its folder or its .zip file.
    pub package: PathBuf,

    #[command(flatten)]
    pub output: OutputFlags,

    /// The language of the report's words and messages (en or es); JSON
    /// keys and ids stay English.
    #[command(flatten)]
    pub lang: LangFlag,
}

/// Writes the package. Fails with a usage error (2) when the output is an
/// input, a data error (1) when a data file is missing, changed or outside
/// the project's folder.
pub fn run_handover(args: &HandoverArgs, console: &mut Console<'_>) -> Result<(), Failure> {
    let path = &args.project;
    let mut project = read_project(path)?;
    let base = project_dir(path);
    let mut inputs = InputFiles::default();
    inputs.add(path, InputRole::Project);
    for source in &project.sources {
        for candidate in source.candidates(&base) {
            inputs.add(&candidate, InputRole::ProjectSource);
        }
    }
    let zip = is_zip_path(&args.out);
    if zip {
        inputs.check(&args.out)?;
    } else {
        for name in [PROJECT_NAME, MANIFEST_NAME, README_NAME] {
            inputs.check(&args.out.join(name))?;
        }
    }
    let mut hashes = corridor_core::project::source::FileHashes::default();
    let mut data_files = Vec::new();
    for source in &mut project.sources {
        let status = source.check_with(&base, OutsideSources::Refuse, &mut hashes);
        match &status {
            SourceStatus::Outside { path, .. } | SourceStatus::Changed { path, .. } => {
                return Err(Failure::data(phrase!(
                    "cli-handover-source-changed",
                    name = &source.name,
                    path = path.display().to_string()
                ))
                .in_file(path.clone()));
            }
            SourceStatus::Missing if source.embedded.is_none() && !source.builtin_demo => {
                return Err(Failure::data(phrase!(
                    "cli-handover-source-missing",
                    name = &source.name
                )));
            }
            _ => {}
        }
        if let SourceStatus::Ok(found) = &status {
            source.embed_from(found)?;
        }
        data_files.push(ManifestFile {
            name: source.name.clone(),
            sha256: source.sha256.clone(),
            size_bytes: source.size_bytes,
        });
    }
    let redaction = args.redact.redaction();
    if redaction.is_active() {
        let dataset = load_embedded(&project, path)?;
        redact_project(&mut project, &dataset, redaction).map_err(|e| {
            Failure::data(phrase!("cli-handover-redacted-copy", error = e.to_string()))
        })?;
        data_files = project
            .sources
            .iter()
            .map(|source| ManifestFile {
                name: source.name.clone(),
                sha256: source.sha256.clone(),
                size_bytes: source.size_bytes,
            })
            .collect();
    }
    let json = project
        .to_json()
        .map_err(|e| Failure::data(phrase!("cli-handover-project", error = e.to_string())))?;
    let current = &project.current;
    // The README and the filter line in --lang (a package for Mexican
    // partners in Spanish); the manifest's keys stay English.
    let lang = args.lang.single().map_err(Failure::usage)?;
    let info = HandoverInfo {
        from_agency: args.agency.clone(),
        as_of: current.filter.as_of.map(|d| d.iso()),
        filter: filter_line(&current.filter, &current.density, project.redaction, lang),
        data_files,
        created_utc: now_utc(),
        lang,
    };
    let manifest = if zip {
        write_package_zip(&args.out, json.as_bytes(), &info)
    } else {
        write_package(&args.out, json.as_bytes(), &info)
    }
    .map_err(|e| Failure::io(e.phrase()).in_file(args.out.clone()))?;
    let lang = console.lang();
    let wrote = t!(
        lang,
        "cli-handover-wrote",
        path = args.out.display().to_string(),
        count = manifest.data_files.len(),
        project = PROJECT_NAME,
        redacted = redacted_suffix_in(project.redaction, lang)
    );
    console.note(format_args!("{wrote}"))?;
    let written: Vec<String> = if zip {
        vec![args.out.display().to_string()]
    } else {
        [PROJECT_NAME, README_NAME, MANIFEST_NAME]
            .iter()
            .map(|n| args.out.join(n).display().to_string())
            .collect()
    };
    console.json_result(&json!({ "written": written, "manifest": manifest }))
}

/// Checks a package: every file against the manifest, then every data
/// file embedded in the project against its own SHA-256. Exits 1 when
/// anything differs.
pub fn run_verify(args: &VerifyArgs, console: &mut Console<'_>) -> Result<(), Failure> {
    let mut package = PackageReader::open(&args.package)
        .map_err(|e| Failure::data(e.phrase()).in_file(args.package.clone()))?;
    let checked = verify_reader(&mut package)
        .map_err(|e| Failure::data(e.phrase()).in_file(args.package.join(MANIFEST_NAME)))?;
    let mut rows: Vec<(String, FileCheck)> = checked.files.clone();
    if checked
        .files
        .iter()
        .any(|(name, check)| name == PROJECT_NAME && *check == FileCheck::Verified)
    {
        let project_path = args.package.join(PROJECT_NAME);
        let text = package.read(PROJECT_NAME).unwrap_or_default();
        let project = parse_project(&String::from_utf8_lossy(&text), &project_path)?;
        rows.extend(embedded_checks(&project));
    }
    let verified = rows.iter().all(|(_, c)| *c == FileCheck::Verified);
    let json = verification_json(&checked, &rows, verified);
    let lang = console.lang();
    let text = |out: &mut dyn Write| write_text(out, &checked, &rows, verified, lang);
    if verified {
        console.result(&json, text)
    } else {
        console.text(text)?;
        Err(Failure::data(phrase!(
            "cli-verify-mismatch",
            path = args.package.display().to_string()
        ))
        .with_partial(json))
    }
}

/// The project's data as the receiver would load it: every source is
/// embedded by now.
fn load_embedded(
    project: &corridor_core::project::Project,
    path: &std::path::Path,
) -> Result<corridor_core::model::Dataset, Failure> {
    let mut sources = Vec::new();
    let first = corridor_core::project::source::first_of_their_bytes(&project.sources);
    for (source, first) in project.sources.iter().zip(first) {
        if !first {
            continue;
        }
        let bytes = match &source.embedded {
            Some(embedded) => embedded.bytes().map_err(|reason| {
                Failure::data(phrase!(
                    "cli-handover-embedded-copy",
                    name = &source.name,
                    reason = reason
                ))
            })?,
            None => match corridor_core::demo::demo_file_with_sha256(&source.sha256) {
                Some(file) => file.bytes.to_vec(),
                None => {
                    return Err(Failure::data(phrase!(
                        "cli-handover-source-missing",
                        name = &source.name
                    )));
                }
            },
        };
        sources.push(DataSource::Bytes {
            name: corridor_core::model::provenance::sheet_file_name(
                &source.name,
                source.sheet.as_deref(),
            )
            .to_owned(),
            bytes,
        });
    }
    let options = project.import.options().map_err(|reason| {
        Failure::data(phrase!(
            "handover-error-file",
            path = path.display().to_string(),
            reason = reason
        ))
    })?;
    let outcome = super::filtered_load::load_project_sources(&sources, &options, None, path)?;
    Ok(outcome.dataset)
}

fn status_id(check: &FileCheck) -> &'static str {
    match check {
        FileCheck::Verified => "verified",
        FileCheck::Changed { .. } => "changed",
        FileCheck::Missing => "missing",
    }
}

fn verification_json(
    checked: &Verification,
    rows: &[(String, FileCheck)],
    verified: bool,
) -> Value {
    let files: Vec<Value> = rows
        .iter()
        .map(|(name, check)| {
            let mut row = json!({ "name": name, "status": status_id(check) });
            if let FileCheck::Changed { expected, found } = check {
                row["expected_sha256"] = json!(expected);
                row["found_sha256"] = json!(found);
            }
            row
        })
        .collect();
    json!({
        "verified": verified,
        "from_agency": checked.manifest.from_agency,
        "created_utc": checked.manifest.created_utc,
        "as_of": checked.manifest.as_of,
        "filter": checked.manifest.filter,
        "files": files,
    })
}

/// The statuses of the text report in `lang`: verified, changed, missing
/// (`VERIFIED`, `CHANGED`, `MISSING`).
fn status_words(lang: Lang) -> [String; 3] {
    [
        t!(lang, "cli-verify-status-verified"),
        t!(lang, "cli-verify-status-changed"),
        t!(lang, "cli-verify-status-missing"),
    ]
}

fn write_text(
    out: &mut dyn Write,
    checked: &Verification,
    rows: &[(String, FileCheck)],
    verified: bool,
    lang: Lang,
) -> std::io::Result<()> {
    let manifest = &checked.manifest;
    let agency = if manifest.from_agency.is_empty() {
        t!(lang, "cli-verify-unnamed-agency")
    } else {
        manifest.from_agency.clone()
    };
    writeln!(
        out,
        "{}",
        t!(
            lang,
            "cli-verify-received",
            agency = agency,
            made_by = &manifest.made_by,
            created = &manifest.created_utc
        )
    )?;
    // The English width (`VERIFIED`); a longer word in another language
    // widens the column.
    let [verified_word, changed_word, missing_word] = status_words(lang);
    let width = [&verified_word, &changed_word, &missing_word]
        .iter()
        .map(|word| word.chars().count())
        .max()
        .unwrap_or(0)
        .max(8);
    for (name, check) in rows {
        match check {
            FileCheck::Changed { expected, found } => writeln!(
                out,
                "  {changed_word:<width$} {name}: {}",
                t!(
                    lang,
                    "cli-verify-changed",
                    found = found,
                    expected = expected
                )
            )?,
            FileCheck::Verified => writeln!(out, "  {verified_word:<width$} {name}")?,
            FileCheck::Missing => writeln!(out, "  {missing_word:<width$} {name}")?,
        }
    }
    writeln!(
        out,
        "{}",
        if verified {
            t!(lang, "cli-verify-verified")
        } else {
            t!(lang, "cli-verify-not-verified")
        }
    )
}
