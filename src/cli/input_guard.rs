//! Outputs never overwrite inputs: a command refuses to write a file it
//! reads (a data file, a file it reads in a folder, a project or one of its
//! sources, a rules file), so a slip such as `--out data.csv` for the file
//! being exported cannot destroy the evidence. Paths are compared as the
//! file system resolves them (symbolic links, `..`), and an output that does
//! not exist yet is placed by its folder.

use std::path::{Component, Path, PathBuf};

use corridor_core::config::UserFolders;
use corridor_core::import::expand_paths;
use corridor_core::import::report::ImportReport;

use super::failure::Failure;

/// What an input is to the command, for the refusal's message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputRole {
    /// A data file given, or read in a folder given.
    Data,
    /// The `.corridor` project file.
    Project,
    /// A data file the project was made from.
    ProjectSource,
    /// A weapon rules file (`--rules`, or the user's own).
    Rules,
}

impl InputRole {
    fn describe(self) -> &'static str {
        match self {
            InputRole::Data => "the data file",
            InputRole::Project => "the project file",
            InputRole::ProjectSource => "the project's data file",
            InputRole::Rules => "the rules file",
        }
    }
}

/// The files a command reads, resolved.
#[derive(Clone, Debug, Default)]
pub struct InputFiles {
    files: Vec<(PathBuf, PathBuf, InputRole)>,
}

impl InputFiles {
    /// The data files `paths` stand for: each file given, and in each
    /// folder the files the importer reads there.
    pub fn of_data(paths: &[PathBuf]) -> InputFiles {
        let mut inputs = InputFiles::default();
        // Unreadable folders are the import's to report.
        for file in expand_paths(paths, &mut ImportReport::default()) {
            inputs.add(&file, InputRole::Data);
        }
        inputs
    }

    /// Adds a file, if it exists (one that does not cannot be overwritten).
    pub fn add(&mut self, path: &Path, role: InputRole) {
        if let Ok(resolved) = path.canonicalize() {
            self.files.push((resolved, path.to_path_buf(), role));
        }
    }

    /// Adds the rules files the classifier reads: `--rules` and the user's.
    pub fn add_rules(&mut self, rules: Option<&Path>) {
        if let Some(user) = UserFolders::from_environment().user_rules_path() {
            self.add(&user, InputRole::Rules);
        }
        if let Some(rules) = rules {
            self.add(rules, InputRole::Rules);
        }
    }

    /// Refuses `output` (exit 2) when it is one of the inputs.
    pub fn check(&self, output: &Path) -> Result<(), Failure> {
        let Some(resolved) = resolve(output) else {
            return Ok(());
        };
        match self.files.iter().find(|(file, ..)| *file == resolved) {
            Some((_, given, role)) => Err(Failure::usage(format!(
                "refusing to write {}: it is {} {}, an input of this command, which is never overwritten; choose another --out",
                output.display(),
                role.describe(),
                given.display()
            ))
            .in_file(output)),
            None => Ok(()),
        }
    }

    /// Refuses the first of `outputs` that is an input.
    pub fn check_all<'p>(
        &self,
        outputs: impl IntoIterator<Item = &'p Path>,
    ) -> Result<(), Failure> {
        outputs
            .into_iter()
            .try_for_each(|output| self.check(output))
    }
}

/// Where writing `path` would put the file: its longest existing part
/// canonicalised (links and `..` resolved by the file system), the rest
/// appended with `..` taken lexically, since folders made on the way are
/// plain folders. `None` when there is no current folder to start from.
fn resolve(path: &Path) -> Option<PathBuf> {
    let absolute = std::path::absolute(path).ok()?;
    let components: Vec<Component<'_>> = absolute.components().collect();
    for existing in (1..=components.len()).rev() {
        let prefix: PathBuf = components[..existing].iter().collect();
        let Ok(mut resolved) = prefix.canonicalize() else {
            continue;
        };
        for component in &components[existing..] {
            match component {
                Component::ParentDir => {
                    resolved.pop();
                }
                Component::Normal(name) => resolved.push(name),
                Component::CurDir | Component::RootDir | Component::Prefix(_) => {}
            }
        }
        return Some(resolved);
    }
    None
}
