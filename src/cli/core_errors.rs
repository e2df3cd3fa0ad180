//! The core's errors as the command line reports them: a kind (which decides
//! the exit status), the core's own sentence, and the file and line it names.

use corridor_core::config::ConfigError;
use corridor_core::export::data::DataExportError;
use corridor_core::export::flowmap_blue::ExportError as FlowmapError;
use corridor_core::export::image::ImageError;
use corridor_core::export::image::raster::RasterError;
use corridor_core::generate::GenerateError;
use corridor_core::import::ImportError;
use corridor_core::project::ProjectError;

use corridor_core::i18n::ToPhrase;

use super::failure::Failure;

impl From<ConfigError> for Failure {
    fn from(error: ConfigError) -> Failure {
        let said = error.phrase();
        match error {
            ConfigError::Shipped(rules) => Failure::data(said).at_line(rules.line() as u64),
            ConfigError::Read { path, .. } => Failure::io(said).in_file(path),
            ConfigError::Rules { path, source } => Failure::data(said)
                .in_file(path)
                .at_line(source.line() as u64),
        }
    }
}

impl From<ProjectError> for Failure {
    fn from(error: ProjectError) -> Failure {
        let said = error.phrase();
        match error {
            ProjectError::Read { path, .. } => Failure::io(said).in_file(path),
            ProjectError::Json { path, line, .. } => {
                Failure::data(said).in_file(path).at_line(line as u64)
            }
            ProjectError::NotAProject { path }
            | ProjectError::Newer { path, .. }
            | ProjectError::UnknownVersion { path, .. }
            | ProjectError::TooLarge { path, .. } => Failure::data(said).in_file(path),
            ProjectError::Embedded { .. } => Failure::data(said),
            ProjectError::Encode { path, .. } | ProjectError::Embed { path, .. } => {
                Failure::io(said).in_file(path)
            }
            ProjectError::Save(save) => Failure::io(said).in_file(save.path),
        }
    }
}

impl From<ImageError> for Failure {
    fn from(error: ImageError) -> Failure {
        let said = error.phrase();
        match error {
            ImageError::NoViews => Failure::usage(said),
            ImageError::UnknownFormat { path } => Failure::usage(said).in_file(path),
            ImageError::NoLevel { .. } => Failure::data(said),
            // The size and scale come from the flags.
            ImageError::Raster(RasterError::InvalidScale(_) | RasterError::TooLarge { .. }) => {
                Failure::usage(said)
            }
            ImageError::Raster(_) | ImageError::Pdf(_) => Failure::data(said),
            ImageError::Folder { path, .. } => Failure::io(said).in_file(path),
            ImageError::Write(save) => Failure::io(said).in_file(save.path),
        }
    }
}

impl From<DataExportError> for Failure {
    fn from(error: DataExportError) -> Failure {
        let said = error.phrase();
        match error {
            DataExportError::Write { path, .. } => Failure::io(said).in_file(path),
            DataExportError::Save(save) => Failure::io(said).in_file(save.path),
        }
    }
}

impl From<FlowmapError> for Failure {
    fn from(error: FlowmapError) -> Failure {
        let said = error.phrase();
        match error {
            FlowmapError::Create { path, .. } => Failure::io(said).in_file(path),
            FlowmapError::Write { dir, .. } => Failure::io(said).in_file(dir),
            FlowmapError::Save(save) => Failure::io(said).in_file(save.path),
        }
    }
}

impl From<GenerateError> for Failure {
    fn from(error: GenerateError) -> Failure {
        let said = error.phrase();
        match error {
            GenerateError::Create { path, .. } => Failure::io(said).in_file(path),
            GenerateError::Write { file, .. } => Failure::io(said).in_file(file),
            GenerateError::Save(save) => Failure::io(said).in_file(save.path),
            // The embedded gazetteer or calibration: a build defect.
            GenerateError::Basemap(_)
            | GenerateError::Gazetteer(_)
            | GenerateError::Calibration(_)
            | GenerateError::Catalogue(_) => Failure::data(said),
        }
    }
}

impl From<ImportError> for Failure {
    fn from(error: ImportError) -> Failure {
        // Nothing cancels a command-line import; said plainly if it happens.
        Failure::data(error.phrase())
    }
}
