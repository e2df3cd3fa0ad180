//! Writing views out as images: one file, a multi-page PDF, or a folder of
//! files named after the views' titles, chosen from the output path.

use std::path::{Path, PathBuf};

use super::file_names::unique_file_names;
use super::pdf::{PdfError, svgs_to_pdf};
use super::raster::{RasterError, svg_to_png};
use super::svg::frame_to_svg;
use super::text_metrics::measure;
use crate::basemap::Basemap;
use crate::briefing::{Redaction, SavedView};
use crate::i18n::{Phrase, ToPhrase, system_error};
use crate::phrase;
use crate::project::atomic::{SaveError, write_atomic};
use crate::render::frame::FrameOptions;
use crate::render::{MapFrame, ViewData};

/// A file format for map images.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImageFormat {
    /// Vector image with real, selectable text.
    Svg,
    /// Raster image: the SVG drawn at [`ImageOptions::scale`].
    Png,
    /// Vector PDF, one page per view.
    Pdf,
}

impl ImageFormat {
    /// Every format, PNG first: the order the export dialog offers them.
    pub const ALL: [ImageFormat; 3] = [ImageFormat::Png, ImageFormat::Svg, ImageFormat::Pdf];

    /// The file extension, without the dot: `svg`, `png`, `pdf`.
    pub fn extension(self) -> &'static str {
        match self {
            ImageFormat::Svg => "svg",
            ImageFormat::Png => "png",
            ImageFormat::Pdf => "pdf",
        }
    }

    /// The format a file name asks for.
    ///
    /// ```
    /// use std::path::Path;
    /// use corridor_core::export::image::deck::ImageFormat;
    /// assert_eq!(ImageFormat::from_path(Path::new("a/Deck.PDF")), Some(ImageFormat::Pdf));
    /// assert_eq!(ImageFormat::from_path(Path::new("map.svg")), Some(ImageFormat::Svg));
    /// assert_eq!(ImageFormat::from_path(Path::new("slides")), None);
    /// ```
    pub fn from_path(path: &Path) -> Option<ImageFormat> {
        let extension = path.extension()?.to_str()?.to_ascii_lowercase();
        match extension.as_str() {
            "svg" => Some(ImageFormat::Svg),
            "png" => Some(ImageFormat::Png),
            "pdf" => Some(ImageFormat::Pdf),
            _ => None,
        }
    }
}

/// Why an image export failed.
#[derive(Debug, thiserror::Error)]
pub enum ImageError {
    /// [`export_views`] was given no view.
    NoViews,
    /// The output path has an extension that is not `.svg`, `.png` or
    /// `.pdf`, and no format was given.
    UnknownFormat {
        /// The output path.
        path: PathBuf,
    },
    /// The view's level of nodes (its grouping at its zoom) does not exist
    /// in the loaded data.
    NoLevel {
        /// The view's name.
        name: String,
    },
    /// An SVG could not be turned into a PNG.
    Raster(#[from] RasterError),
    /// The SVGs could not be turned into a PDF.
    Pdf(#[from] PdfError),
    /// The output folder could not be created.
    Folder {
        /// The folder.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// An image file could not be written.
    Write(#[from] SaveError),
}

/// The errors of PNG, PDF and saving say themselves.
impl ToPhrase for ImageError {
    fn phrase(&self) -> Phrase {
        match self {
            ImageError::NoViews => phrase!("image-error-no-views"),
            ImageError::UnknownFormat { path } => phrase!(
                "image-error-unknown-format",
                path = path.display().to_string()
            ),
            ImageError::NoLevel { name } => phrase!("image-error-no-level", name = name),
            ImageError::Raster(raster) => raster.phrase(),
            ImageError::Pdf(pdf) => pdf.phrase(),
            ImageError::Folder { path, source } => phrase!(
                "image-error-folder",
                path = path.display().to_string(),
                error = system_error(source),
            ),
            ImageError::Write(save) => save.phrase(),
        }
    }
}

crate::display_in_english!(ImageError);

/// How views become images.
#[derive(Clone, Debug, PartialEq)]
pub struct ImageOptions {
    /// Size of the image in logical pixels and which layers it draws
    /// (town names, ports of entry, legend).
    pub frame: FrameOptions,
    /// Pixels per logical pixel of a PNG (1, 2 or 4 for slides).
    pub scale: f32,
    /// Which personal identifiers the images hide.
    pub redaction: Redaction,
}

impl Default for ImageOptions {
    fn default() -> Self {
        ImageOptions {
            frame: FrameOptions::default(),
            scale: 1.0,
            redaction: Redaction::default(),
        }
    }
}

/// The SVG of one view. Fails with [`ImageError::NoLevel`] when the view
/// cannot be drawn from `data`.
pub fn view_svg(
    data: &ViewData,
    view: &SavedView,
    options: &ImageOptions,
    basemap: Option<&Basemap>,
) -> Result<String, ImageError> {
    Ok(titled_svg(data, view, options, basemap)?.1)
}

/// The heading the image of a view carries, and its SVG.
fn titled_svg(
    data: &ViewData,
    view: &SavedView,
    options: &ImageOptions,
    basemap: Option<&Basemap>,
) -> Result<(String, String), ImageError> {
    let frame = MapFrame::for_view(
        data,
        view,
        options.redaction,
        basemap,
        &options.frame,
        &measure,
    )
    .ok_or_else(|| ImageError::NoLevel {
        name: view.name.clone(),
    })?;
    Ok((frame.heading.clone(), frame_to_svg(&frame, basemap)))
}

/// Writes `views` to `out`: a PDF with a page per view; one SVG or PNG;
/// or, for several views as SVG or PNG or when `out` is a folder (an
/// existing one, or a name without extension), a file per view named after
/// the title it carries (`Texas → Tamaulipas, AK-pattern rifles,
/// 2015–2019.png`; see [`super::file_names`]), beside `out` and after its
/// name (`deck - Sonora.png`) when `out` is a file name. `format`
/// overrides the extension. Returns the files written, in the views'
/// order. Each file is written atomically. [`plan_views`] and
/// [`ViewsToWrite::write`] do the same in two steps.
pub fn export_views(
    data: &ViewData,
    views: &[SavedView],
    options: &ImageOptions,
    out: &Path,
    format: Option<ImageFormat>,
    basemap: Option<&Basemap>,
) -> Result<Vec<PathBuf>, ImageError> {
    plan_views(data, views, options, out, format, basemap)?.write()
}

/// Views drawn and the files they go to, nothing written yet: a caller can
/// look at [`Self::targets`] first (the command line refuses to write over
/// its own inputs, and a file's name comes from a title known only once the
/// view is drawn).
#[derive(Clone, Debug)]
pub struct ViewsToWrite {
    format: ImageFormat,
    scale: f32,
    /// The folder to create first, when the files go into one.
    folder: Option<PathBuf>,
    /// One SVG per view; a PDF deck makes them one file.
    svgs: Vec<String>,
    targets: Vec<PathBuf>,
}

/// Draws `views` and decides the files [`export_views`] would write, without
/// writing anything.
pub fn plan_views(
    data: &ViewData,
    views: &[SavedView],
    options: &ImageOptions,
    out: &Path,
    format: Option<ImageFormat>,
    basemap: Option<&Basemap>,
) -> Result<ViewsToWrite, ImageError> {
    if views.is_empty() {
        return Err(ImageError::NoViews);
    }
    let folder = out.is_dir() || out.extension().is_none();
    let format = match format.or_else(|| ImageFormat::from_path(out)) {
        Some(format) => format,
        None if folder => ImageFormat::Png,
        None => {
            return Err(ImageError::UnknownFormat {
                path: out.to_path_buf(),
            });
        }
    };
    let (headings, svgs): (Vec<String>, Vec<String>) = views
        .iter()
        .map(|view| titled_svg(data, view, options, basemap))
        .collect::<Result<Vec<_>, _>>()?
        .into_iter()
        .unzip();
    let targets: Vec<PathBuf> = if format == ImageFormat::Pdf && !folder {
        vec![out.to_path_buf()]
    } else if folder {
        unique_file_names(headings.iter().map(String::as_str), format.extension())
            .into_iter()
            .map(|name| out.join(name))
            .collect()
    } else if views.len() == 1 {
        vec![out.to_path_buf()]
    } else {
        let stem = out
            .file_stem()
            .map_or_else(String::new, |s| s.to_string_lossy().into_owned());
        let titles: Vec<String> = headings.iter().map(|h| format!("{stem} - {h}")).collect();
        unique_file_names(titles.iter().map(String::as_str), format.extension())
            .into_iter()
            .map(|name| out.with_file_name(name))
            .collect()
    };
    Ok(ViewsToWrite {
        format,
        scale: options.scale,
        folder: folder.then(|| out.to_path_buf()),
        svgs,
        targets,
    })
}

impl ViewsToWrite {
    /// The files [`Self::write`] will write, in the views' order (one PDF
    /// for a deck).
    pub fn targets(&self) -> &[PathBuf] {
        &self.targets
    }

    /// Writes the files, each atomically, and returns them.
    pub fn write(self) -> Result<Vec<PathBuf>, ImageError> {
        if let Some(folder) = &self.folder {
            std::fs::create_dir_all(folder).map_err(|source| ImageError::Folder {
                path: folder.clone(),
                source,
            })?;
        }
        if self.format == ImageFormat::Pdf && self.folder.is_none() {
            if let Some(target) = self.targets.first() {
                write_atomic(target, &svgs_to_pdf(&self.svgs)?)?;
            }
            return Ok(self.targets);
        }
        for (svg, target) in self.svgs.iter().zip(&self.targets) {
            let bytes = match self.format {
                ImageFormat::Svg => svg.as_bytes().to_vec(),
                ImageFormat::Png => svg_to_png(svg, self.scale)?,
                ImageFormat::Pdf => svgs_to_pdf(std::slice::from_ref(svg))?,
            };
            write_atomic(target, &bytes)?;
        }
        Ok(self.targets)
    }
}

#[cfg(test)]
mod error_tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::project::atomic::SaveStep;

    fn both(error: &ImageError) -> (String, String) {
        (error.to_string(), error.text_in(Lang::Es))
    }

    #[test]
    fn image_errors_in_english_and_spanish() {
        assert_eq!(
            both(&ImageError::NoViews),
            (
                "there is no view to export".to_owned(),
                "no hay ninguna vista que exportar".to_owned()
            )
        );
        let format = ImageError::UnknownFormat {
            path: PathBuf::from("out/deck.docx"),
        };
        assert_eq!(
            both(&format),
            (
                "out/deck.docx is not an image file name: use .svg, .png or .pdf, or a folder"
                    .to_owned(),
                "out/deck.docx no es un nombre de archivo de imagen: use .svg, .png o .pdf, o una carpeta"
                    .to_owned()
            )
        );
        let level = ImageError::NoLevel {
            name: "Tamaulipas 2019".to_owned(),
        };
        assert_eq!(
            both(&level),
            (
                "the view \"Tamaulipas 2019\" cannot be drawn from the loaded data".to_owned(),
                "la vista \"Tamaulipas 2019\" no se puede dibujar con los datos cargados"
                    .to_owned()
            )
        );
        let folder = ImageError::Folder {
            path: PathBuf::from("/slides"),
            source: std::io::Error::from_raw_os_error(13),
        };
        assert_eq!(
            both(&folder),
            (
                "cannot create the folder /slides: Permission denied (os error 13)".to_owned(),
                "no se puede crear la carpeta /slides: permiso denegado".to_owned()
            )
        );
    }

    #[test]
    fn wrapped_errors_say_themselves() {
        let raster = ImageError::from(RasterError::InvalidScale(0.0));
        assert_eq!(
            both(&raster),
            (
                "the export scale must be a positive number, not 0".to_owned(),
                "la escala de exportación debe ser un número positivo, no 0".to_owned()
            )
        );
        let pdf = ImageError::from(PdfError::NoPages);
        assert_eq!(
            both(&pdf).1,
            "no hay nada que exportar: el PDF no tendría páginas"
        );
        let save = SaveError {
            path: PathBuf::from("map.png"),
            step: SaveStep::Rename,
            source: std::io::Error::from_raw_os_error(28),
        };
        let (save_en, save_es) = (save.to_string(), save.text_in(Lang::Es));
        assert_eq!(both(&ImageError::Write(save)), (save_en, save_es));
    }
}
