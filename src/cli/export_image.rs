//! `corridor export`: map images without a window. From a project file,
//! its saved views (`--view NAME`, `--all`) or its current map; from data
//! files, the filtered data framed to fit. SVG, PNG (`--scale`) or a PDF
//! with a page per view; several views as SVG or PNG become files named
//! after the views' titles.

use std::path::{Path, PathBuf};

use clap::Args;
use serde_json::json;

use super::console::Console;
use super::failure::Failure;
use super::filter_flags::FilterFlags;
use super::filtered_load::load_filtered;
use super::import_flags::ImportFlags;
use super::lang_flag::LangFlag;
use super::output_flags::OutputFlags;
use super::redact_flags::{RedactFlags, redacted_suffix_in};
use corridor_core::briefing::{Redaction, SavedView};
use corridor_core::export::image::{ImageFormat, ImageOptions, plan_views};
use corridor_core::export::inputs::{InputFiles, InputRole};
use corridor_core::geometry::mercator::unproject;
use corridor_core::import::DataSource;
use corridor_core::phrase;
use corridor_core::project::load::read_project;
use corridor_core::project::paths::project_dir;
use corridor_core::project::{OutsideSources, SourceStatus};
use corridor_core::render::ViewData;
use corridor_core::render::frame::FrameOptions;
use corridor_core::scene::transform::fit_bounds;
use corridor_core::scene::{MapView, Theme, data_bounds};

#[derive(Clone, Copy, Debug, clap::ValueEnum)]
pub enum ImageFormatArg {
    Svg,
    Png,
    Pdf,
}

#[derive(Clone, Copy, Debug, clap::ValueEnum)]
pub enum ThemeArg {
    Light,
    Dark,
    Projector,
}

#[derive(Debug, Args)]
pub struct ExportImageArgs {
    /// A .corridor project, or data files and folders to load.
    #[arg(required = true)]
    pub inputs: Vec<PathBuf>,

    /// File to write: .svg, .png or .pdf, or a folder for files named after the views' titles.
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,

    /// The project's saved view to export (repeatable, in this order).
    #[arg(long = "view", value_name = "NAME")]
    pub views: Vec<String>,

    /// Every saved view of the project, in order (a deck).
    #[arg(long, conflicts_with = "views")]
    pub all: bool,

    /// Read a project's data files outside its folder (absolute paths, or
    /// `..` leading out). Without it such a project from elsewhere is
    /// refused: it could pull unrelated local files into the export.
    #[arg(long)]
    pub allow_outside_sources: bool,

    /// Export a project whose data files changed since it was saved (their
    /// SHA-256 differs). Without it the export stops.
    #[arg(long)]
    pub accept_changed: bool,

    /// Pixels per point of a PNG: 1, 2 or 4.
    #[arg(long, default_value_t = 1.0)]
    pub scale: f32,

    /// Format, when the --out name does not tell (default for a folder: png).
    #[arg(long, value_enum)]
    pub format: Option<ImageFormatArg>,

    /// Image width in points.
    #[arg(long, default_value_t = 1600.0)]
    pub width: f32,

    /// Image height in points.
    #[arg(long, default_value_t = 900.0)]
    pub height: f32,

    /// Title of the image made from data files (a project's views carry their own).
    #[arg(long)]
    pub title: Option<String>,

    /// Subtitle of the image made from data files.
    #[arg(long)]
    pub subtitle: Option<String>,

    /// Theme of the image made from data files.
    #[arg(long, value_enum, default_value = "light")]
    pub theme: ThemeArg,

    /// Adds to a project's own redaction, which always applies.
    #[command(flatten)]
    pub redact: RedactFlags,

    #[command(flatten)]
    pub lang: LangFlag,

    #[command(flatten)]
    pub filter: FilterFlags,

    #[command(flatten)]
    pub import: ImportFlags,

    #[command(flatten)]
    pub output: OutputFlags,
}

/// The most views one export draws. Every view's SVG is held in memory until
/// the files are written (a PDF deck holds them all, then the PDF): 0.4 to
/// 1 MB a view (the sample briefing's five, measured), so 500 views stay
/// near half a gigabyte, more than any briefing needs, while a project made
/// by a script with many thousands of views would exhaust the memory before
/// writing anything. Beyond, pick views with --view in several runs.
pub const MAX_VIEWS: usize = 500;

/// Writes the images. Fails with a usage error (2) for a bad flag, a view
/// the project lacks, more than [`MAX_VIEWS`] views, or a file to write that
/// is one of the inputs; a data error (1) for a project, rules or data file
/// that cannot be used; an I/O error (1) when an image cannot be written.
pub fn run(
    args: &ExportImageArgs,
    rules: Option<&Path>,
    console: &mut Console<'_>,
) -> Result<(), Failure> {
    if !(args.scale > 0.0 && args.scale <= 8.0) {
        return Err(Failure::usage(phrase!("cli-scale-out-of-range")));
    }
    if !(args.width >= 200.0 && args.height >= 150.0 && args.width * args.height <= 2.0e7) {
        return Err(Failure::usage(phrase!("cli-size-out-of-range")));
    }
    let flag_redaction = args.redact.redaction();
    let frame = FrameOptions {
        size_px: [args.width, args.height],
        wording: args.lang.wording,
        ..FrameOptions::default()
    };
    let is_project =
        args.inputs.len() == 1 && corridor_core::project::is_project_path(&args.inputs[0]);
    let mut inputs = if is_project {
        InputFiles::default()
    } else {
        InputFiles::of_data(&args.inputs)
    };
    inputs.add_rules(rules);
    let (data, views, redaction) = if is_project {
        project_views(args, rules, &mut inputs, console)?
    } else {
        if args.all || !args.views.is_empty() {
            return Err(Failure::usage(phrase!("cli-views-need-project")));
        }
        inputs.check(&args.out)?;
        let (outcome, filter) = load_filtered(&args.inputs, &args.filter, &args.import, rules)?;
        let camera = fit_camera(&outcome.dataset, frame.size_px);
        // Unnamed and, without --title, untitled: the frame titles it by
        // what it shows, in each language asked for (never the file's name).
        let mut view = SavedView {
            subtitle: args.subtitle.clone().unwrap_or_default(),
            camera,
            filter,
            theme: match args.theme {
                ThemeArg::Light => Theme::Light,
                ThemeArg::Dark => Theme::Dark,
                ThemeArg::Projector => Theme::Projector,
            },
            ..SavedView::default()
        };
        view.title = args.title.clone().unwrap_or_default();
        (
            ViewData::build(outcome.dataset),
            vec![view],
            Redaction::default(),
        )
    };
    let options = ImageOptions {
        frame,
        scale: args.scale,
        redaction: Redaction {
            identifiers: redaction.identifiers || flag_redaction.identifiers,
            dealer_names: redaction.dealer_names || flag_redaction.dealer_names,
        },
    };
    let format = args.format.map(|f| match f {
        ImageFormatArg::Svg => ImageFormat::Svg,
        ImageFormatArg::Png => ImageFormat::Png,
        ImageFormatArg::Pdf => ImageFormat::Pdf,
    });
    let planned = plan_views(
        &data,
        &views,
        &options,
        &args.out,
        format,
        corridor_core::basemap::shared(),
    )?;
    // The files' names come from the views' titles: known only now.
    inputs.check_all(planned.targets().iter().map(PathBuf::as_path))?;
    let written = planned.write()?;
    // What was written, in the export's (first) language; the JSON stays
    // English.
    let lang = console.lang();
    for path in &written {
        let wrote = corridor_core::t!(lang, "cli-wrote", path = path.display().to_string());
        console.note(format_args!("{wrote}"))?;
    }
    let views_written = corridor_core::t!(lang, "cli-views", count = views.len());
    console.note(format_args!(
        "{views_written}{}",
        redacted_suffix_in(options.redaction, lang)
    ))?;
    console.json_result(&json!({
        "written": written.iter().map(|p| p.display().to_string()).collect::<Vec<_>>(),
        "views": views.len(),
        "redacted": options.redaction.is_active(),
    }))
}

type Loaded = (ViewData, Vec<SavedView>, Redaction);

/// The project's data, the views asked for and its redaction. Adds the
/// project and its data files to `inputs` and refuses an `--out` among
/// them before loading anything.
fn project_views(
    args: &ExportImageArgs,
    rules: Option<&Path>,
    inputs: &mut InputFiles,
    console: &mut Console<'_>,
) -> Result<Loaded, Failure> {
    let path = &args.inputs[0];
    if args.filter.filter().ok() != Some(Default::default()) {
        return Err(Failure::usage(phrase!("cli-filter-needs-data")));
    }
    let project = read_project(path)?;
    let base = project_dir(path);
    inputs.add(path, InputRole::Project);
    for source in &project.sources {
        for candidate in source.candidates(&base) {
            inputs.add(&candidate, InputRole::ProjectSource);
        }
    }
    inputs.check(&args.out)?;
    let asked = if args.all {
        project.views.len()
    } else {
        args.views.len()
    };
    if asked > MAX_VIEWS {
        return Err(Failure::usage(phrase!(
            "cli-too-many-views",
            asked = asked.to_string(),
            max = MAX_VIEWS.to_string()
        )));
    }
    let mut sources = Vec::new();
    let outside = if args.allow_outside_sources {
        OutsideSources::Allow
    } else {
        OutsideSources::Refuse
    };
    let mut hashes = corridor_core::project::source::FileHashes::default();
    let first = corridor_core::project::source::first_of_their_bytes(&project.sources);
    for (source, first) in project.sources.iter().zip(first) {
        let status = source.check_with(&base, outside, &mut hashes);
        if let SourceStatus::Outside { path, .. } = &status {
            return Err(Failure::data(phrase!(
                "cli-source-outside",
                name = &source.name,
                path = path.display().to_string()
            ))
            .in_file(path.clone()));
        }
        if let SourceStatus::Changed { path, .. } = &status
            && !args.accept_changed
        {
            return Err(Failure::data(phrase!(
                "cli-source-changed",
                name = &source.name,
                path = path.display().to_string()
            ))
            .in_file(path.clone()));
        }
        if !first {
            continue;
        }
        match source.data_source(&status)? {
            // The same file named twice (by any spelling) loads once.
            Some(DataSource::Path(path)) if sources.iter().any(|s| same_file(s, &path)) => {}
            Some(data) => {
                if let SourceStatus::Changed { .. } = status {
                    console
                        .warn_said(&phrase!("cli-source-changed-warning", name = &source.name))?;
                }
                sources.push(data);
            }
            None => {
                let expected = source
                    .candidates(&base)
                    .into_iter()
                    .next()
                    .unwrap_or_else(|| PathBuf::from(&source.name));
                return Err(
                    Failure::data(phrase!("cli-source-missing", name = &source.name))
                        .in_file(expected),
                );
            }
        }
    }
    let options = project.import.options().map_err(|reason| {
        Failure::data(phrase!(
            "cli-project-reason",
            path = path.display().to_string(),
            reason = reason
        ))
        .in_file(path)
    })?;
    let outcome = super::filtered_load::load_project_sources(&sources, &options, rules, path)?;
    let views: Vec<SavedView> = if args.all {
        project.views.clone()
    } else if args.views.is_empty() {
        // The map as saved has no title of its own: the frame says what it
        // shows (in each language asked for) rather than the project
        // file's name, so the view goes unnamed.
        let mut current = project.current.clone();
        current.name.clear();
        vec![current]
    } else {
        let mut chosen = Vec::new();
        for name in &args.views {
            let Some(view) = project.views.iter().find(|v| &v.name == name) else {
                let names: Vec<&str> = project.views.iter().map(|v| v.name.as_str()).collect();
                let views = if names.is_empty() {
                    phrase!("cli-views-none")
                } else {
                    phrase!("import-text", text = names.join(", "))
                };
                return Err(Failure::usage(phrase!(
                    "cli-view-unknown",
                    name = name,
                    views = views
                )));
            };
            chosen.push(view.clone());
        }
        chosen
    };
    if views.is_empty() {
        return Err(Failure::usage(phrase!("cli-no-saved-views")));
    }
    Ok((ViewData::build(outcome.dataset), views, project.redaction))
}

/// The camera that frames every loaded store and site.
fn fit_camera(dataset: &corridor_core::model::Dataset, size_px: [f32; 2]) -> MapView {
    let Some((min, max)) = data_bounds(dataset) else {
        return MapView::default();
    };
    let (center, zoom) = fit_bounds(
        min,
        max,
        [f64::from(size_px[0]), f64::from(size_px[1])],
        60.0,
        10.0,
    );
    let (center_lat_deg, center_lon_deg) = unproject(center);
    MapView {
        center_lat_deg,
        center_lon_deg,
        zoom,
    }
}

/// Whether `source` is the file at `path` (compared by canonical path).
fn same_file(source: &DataSource, path: &Path) -> bool {
    let canonical = |p: &Path| std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf());
    matches!(source, DataSource::Path(p) if canonical(p) == canonical(path))
}
