//! Work running on other threads on behalf of the window: loads, image
//! exports and a project's source checks. The map's and the panels' own
//! counts are tasks of their caches (`ViewModel`, `Background`), started
//! through the same [`Spawner`].

use std::path::PathBuf;

use corridor_core::config::UserFolders;
use corridor_core::task::Spawner;

use super::image_export::ImageJob;
use super::load::LoadRequest;
use super::loader::LoadJob;
use super::project_session::SourceCheck;

/// The background jobs of the window and what they need to start.
#[derive(Default)]
pub struct Jobs {
    /// Starts every task (tests inject faults through it).
    pub spawner: Spawner,
    /// Where the user's rules file and tile cache are.
    pub folders: UserFolders,
    /// Extra classification rules given at start.
    pub rules: Option<PathBuf>,
    /// A load running.
    pub load: Option<LoadJob>,
    /// What the last load read, to run it again with the user's choices.
    pub last_load: Option<LoadRequest>,
    /// A map image export running.
    pub image: Option<ImageJob>,
    /// A project's data files being read and hashed before its load.
    pub source_check: Option<SourceCheck>,
}

impl Jobs {
    /// Data is being loaded, or a project's files checked before a load.
    pub fn is_loading(&self) -> bool {
        self.load.is_some() || self.source_check.is_some()
    }
}
