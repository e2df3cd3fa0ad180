//! `corridor handover PROJECT --out DIR` and `corridor verify PACKAGE`:
//! a project handed to another agency with its data inside, and the check
//! the receiver runs.

use std::io::Write;
use std::path::PathBuf;

use clap::Args;
use serde_json::{Value, json};

use super::console::Console;
use super::failure::Failure;
use super::output_flags::OutputFlags;
use corridor_core::export::inputs::{InputFiles, InputRole};
use corridor_core::project::handover::{
    FileCheck, HandoverInfo, MANIFEST_NAME, ManifestFile, PROJECT_NAME, README_NAME, Verification,
    now_utc, verify_package, write_package,
};
use corridor_core::project::load::read_project;
use corridor_core::project::paths::project_dir;
use corridor_core::project::source::sha256_hex;
use corridor_core::project::{OutsideSources, SourceStatus};
use corridor_core::render::caption::filter_line;

#[derive(Debug, Args)]
pub struct HandoverArgs {
    /// The project to hand over.
    pub project: PathBuf,

    /// The package folder to write (made if missing).
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,

    /// The agency handing it over, as the receiver will read it.
    #[arg(long, value_name = "LABEL", default_value = "")]
    pub agency: String,

    #[command(flatten)]
    pub output: OutputFlags,
}

#[derive(Debug, Args)]
pub struct VerifyArgs {
    /// The package folder to check.
    pub package: PathBuf,

    #[command(flatten)]
    pub output: OutputFlags,
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
    for name in [PROJECT_NAME, MANIFEST_NAME, README_NAME] {
        inputs.check(&args.out.join(name))?;
    }
    let mut hashes = corridor_core::project::source::FileHashes::default();
    let mut data_files = Vec::new();
    for source in &mut project.sources {
        let status = source.check_with(&base, OutsideSources::Refuse, &mut hashes);
        match &status {
            SourceStatus::Outside { path, .. } | SourceStatus::Changed { path, .. } => {
                return Err(Failure::data(format!(
                    "the project's data file {} is outside its folder or changed since it was \
                     saved ({}): open the project in the app, save it, and hand it over again",
                    source.name,
                    path.display()
                ))
                .in_file(path.clone()));
            }
            SourceStatus::Missing if source.embedded.is_none() && !source.builtin_demo => {
                return Err(Failure::data(format!(
                    "the project's data file {} is missing",
                    source.name
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
    let json = project
        .to_json()
        .map_err(|e| Failure::data(format!("cannot write the project: {e}")))?;
    let current = &project.current;
    let info = HandoverInfo {
        from_agency: args.agency.clone(),
        as_of: current.filter.as_of.map(|d| d.iso()),
        filter: filter_line(&current.filter, &current.density, project.redaction),
        data_files,
        created_utc: now_utc(),
    };
    let manifest = write_package(&args.out, json.as_bytes(), &info)
        .map_err(|e| Failure::io(e.to_string()).in_file(args.out.clone()))?;
    console.note(format_args!(
        "Wrote the package {} ({} data files inside {PROJECT_NAME}); the receiver checks it with \
         corridor verify",
        args.out.display(),
        manifest.data_files.len()
    ))?;
    let written: Vec<String> = [PROJECT_NAME, README_NAME, MANIFEST_NAME]
        .iter()
        .map(|n| args.out.join(n).display().to_string())
        .collect();
    console.json_result(&json!({ "written": written, "manifest": manifest }))
}

/// Checks a package: every file against the manifest, then every data
/// file embedded in the project against its own SHA-256. Exits 1 when
/// anything differs.
pub fn run_verify(args: &VerifyArgs, console: &mut Console<'_>) -> Result<(), Failure> {
    let checked = verify_package(&args.package)
        .map_err(|e| Failure::data(e.to_string()).in_file(args.package.join(MANIFEST_NAME)))?;
    let mut rows: Vec<(String, FileCheck)> = checked.files.clone();
    if checked
        .files
        .iter()
        .any(|(name, check)| name == PROJECT_NAME && *check == FileCheck::Verified)
    {
        let project = read_project(&args.package.join(PROJECT_NAME))?;
        for source in &project.sources {
            let Some(embedded) = &source.embedded else {
                continue;
            };
            let found = embedded.bytes().map(|b| sha256_hex(&b)).unwrap_or_default();
            let check = if found == source.sha256 {
                FileCheck::Verified
            } else {
                FileCheck::Changed {
                    expected: source.sha256.clone(),
                    found,
                }
            };
            rows.push((format!("{PROJECT_NAME} › {}", source.name), check));
        }
    }
    let verified = rows.iter().all(|(_, c)| *c == FileCheck::Verified);
    let json = verification_json(&checked, &rows, verified);
    let text = |out: &mut dyn Write| write_text(out, &checked, &rows, verified);
    if verified {
        console.result(&json, text)
    } else {
        console.text(text)?;
        Err(Failure::data(format!(
            "the package {} does not match its manifest",
            args.package.display()
        ))
        .with_partial(json))
    }
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

fn write_text(
    out: &mut dyn Write,
    checked: &Verification,
    rows: &[(String, FileCheck)],
    verified: bool,
) -> std::io::Result<()> {
    let manifest = &checked.manifest;
    writeln!(
        out,
        "Received from {} ({}), made {}",
        if manifest.from_agency.is_empty() {
            "an agency not named"
        } else {
            manifest.from_agency.as_str()
        },
        manifest.made_by,
        manifest.created_utc
    )?;
    for (name, check) in rows {
        match check {
            FileCheck::Changed { expected, found } => writeln!(
                out,
                "  CHANGED  {name}: SHA-256 {found}, the manifest says {expected}"
            )?,
            other => writeln!(out, "  {:<8} {name}", status_id(other).to_uppercase())?,
        }
    }
    writeln!(
        out,
        "{}",
        if verified {
            "Verified: every file is as it was handed over."
        } else {
            "NOT verified: the files above differ from what was handed over."
        }
    )
}
