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

use super::failure::{Failure, FailureKind};

/// What the core said, to become a failure of one kind or another.
struct Said(corridor_core::i18n::Phrase);

impl Said {
    fn usage(&self) -> Failure {
        Failure::said(FailureKind::Usage, self.0.clone())
    }

    fn data(&self) -> Failure {
        Failure::said(FailureKind::Data, self.0.clone())
    }

    fn io(&self) -> Failure {
        Failure::said(FailureKind::Io, self.0.clone())
    }
}

impl From<ConfigError> for Failure {
    fn from(error: ConfigError) -> Failure {
        let said = Said(error.phrase());
        match error {
            ConfigError::Shipped(rules) => said.data().at_line(rules.line() as u64),
            ConfigError::Read { path, .. } => said.io().in_file(path),
            ConfigError::Rules { path, source } => {
                said.data().in_file(path).at_line(source.line() as u64)
            }
        }
    }
}

impl From<ProjectError> for Failure {
    fn from(error: ProjectError) -> Failure {
        let said = Said(error.phrase());
        match error {
            ProjectError::Read { path, .. } => said.io().in_file(path),
            ProjectError::Json { path, line, .. } => said.data().in_file(path).at_line(line as u64),
            ProjectError::NotAProject { path }
            | ProjectError::Newer { path, .. }
            | ProjectError::UnknownVersion { path, .. }
            | ProjectError::TooLarge { path, .. } => said.data().in_file(path),
            ProjectError::Embedded { .. } => said.data(),
            ProjectError::Encode { path, .. } | ProjectError::Embed { path, .. } => {
                said.io().in_file(path)
            }
            ProjectError::Save(save) => said.io().in_file(save.path),
        }
    }
}

impl From<ImageError> for Failure {
    fn from(error: ImageError) -> Failure {
        let said = Said(error.phrase());
        match error {
            ImageError::NoViews => said.usage(),
            ImageError::UnknownFormat { path } => said.usage().in_file(path),
            ImageError::NoLevel { .. } => said.data(),
            // The size and scale come from the flags.
            ImageError::Raster(RasterError::InvalidScale(_) | RasterError::TooLarge { .. }) => {
                said.usage()
            }
            ImageError::Raster(_) | ImageError::Pdf(_) => said.data(),
            ImageError::Folder { path, .. } => said.io().in_file(path),
            ImageError::Write(save) => said.io().in_file(save.path),
        }
    }
}

impl From<DataExportError> for Failure {
    fn from(error: DataExportError) -> Failure {
        let said = Said(error.phrase());
        match error {
            DataExportError::Write { path, .. } => said.io().in_file(path),
            DataExportError::Save(save) => said.io().in_file(save.path),
        }
    }
}

impl From<FlowmapError> for Failure {
    fn from(error: FlowmapError) -> Failure {
        let said = Said(error.phrase());
        match error {
            FlowmapError::Create { path, .. } => said.io().in_file(path),
            FlowmapError::Write { dir, .. } => said.io().in_file(dir),
            FlowmapError::Save(save) => said.io().in_file(save.path),
        }
    }
}

impl From<GenerateError> for Failure {
    fn from(error: GenerateError) -> Failure {
        let said = Said(error.phrase());
        match error {
            GenerateError::Create { path, .. } => said.io().in_file(path),
            GenerateError::Write { file, .. } => said.io().in_file(file),
            GenerateError::Save(save) => said.io().in_file(save.path),
            // The embedded gazetteer or calibration: a build defect.
            GenerateError::Basemap(_)
            | GenerateError::Gazetteer(_)
            | GenerateError::Calibration(_)
            | GenerateError::Catalogue(_) => said.data(),
        }
    }
}

impl From<ImportError> for Failure {
    fn from(error: ImportError) -> Failure {
        // Nothing cancels a command-line import; said plainly if it happens.
        Said(error.phrase()).data()
    }
}
