//! Outputs never overwrite inputs: a command (or the app's save and export
//! dialogs) refuses to write a file it reads (a data file, a file it reads
//! in a folder, a project or one of its sources, a rules file), so a slip
//! such as `--out data.csv` for the file being exported cannot destroy the
//! evidence. Paths are compared as the file system resolves them (symbolic
//! links, `..`), an output that does not exist yet is placed by its folder,
//! and an existing output that is the same file under another name (a hard
//! link) is caught by its device and inode.

use std::path::{Component, Path, PathBuf};

use crate::config::UserFolders;
use crate::i18n::{Phrase, ToPhrase};
use crate::import::expand_paths;
use crate::import::report::ImportReport;
use crate::phrase;

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

/// "the data file", "the project file", ... (`Display` is the English).
impl ToPhrase for InputRole {
    fn phrase(&self) -> Phrase {
        match self {
            InputRole::Data => phrase!("inputs-role-data"),
            InputRole::Project => phrase!("inputs-role-project"),
            InputRole::ProjectSource => phrase!("inputs-role-project-source"),
            InputRole::Rules => phrase!("inputs-role-rules"),
        }
    }
}

crate::display_in_english!(InputRole);

/// An output refused because it is an input.
#[derive(Debug, thiserror::Error)]
pub struct OverwritesInput {
    /// The output asked for.
    pub output: PathBuf,
    /// The input it is, as it was given.
    pub input: PathBuf,
    /// What that input is.
    pub role: InputRole,
}

impl ToPhrase for OverwritesInput {
    fn phrase(&self) -> Phrase {
        phrase!(
            "inputs-overwrites",
            output = self.output.display().to_string(),
            role = self.role.phrase(),
            input = self.input.display().to_string()
        )
    }
}

crate::display_in_english!(OverwritesInput);

/// One input: resolved path, path as given, role, and file identity.
#[derive(Clone, Debug)]
struct Input {
    resolved: PathBuf,
    given: PathBuf,
    role: InputRole,
    identity: Option<(u64, u64)>,
}

/// The files a command reads, resolved.
#[derive(Clone, Debug, Default)]
pub struct InputFiles {
    files: Vec<Input>,
}

/// Device and inode: the same for every name of one file.
#[cfg(unix)]
fn identity(path: &Path) -> Option<(u64, u64)> {
    use std::os::unix::fs::MetadataExt;
    std::fs::metadata(path).ok().map(|m| (m.dev(), m.ino()))
}

#[cfg(not(unix))]
fn identity(_path: &Path) -> Option<(u64, u64)> {
    None
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
            self.files.push(Input {
                identity: identity(&resolved),
                resolved,
                given: path.to_path_buf(),
                role,
            });
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

    /// Refuses `output` when it is one of the inputs.
    pub fn check(&self, output: &Path) -> Result<(), OverwritesInput> {
        let Some(resolved) = resolve(output) else {
            return Ok(());
        };
        let output_identity = identity(&resolved);
        let same = |input: &&Input| {
            input.resolved == resolved
                || (output_identity.is_some() && input.identity == output_identity)
        };
        match self.files.iter().find(same) {
            Some(input) => Err(OverwritesInput {
                output: output.to_path_buf(),
                input: input.given.clone(),
                role: input.role,
            }),
            None => Ok(()),
        }
    }

    /// Refuses the first of `outputs` that is an input.
    pub fn check_all<'p>(
        &self,
        outputs: impl IntoIterator<Item = &'p Path>,
    ) -> Result<(), OverwritesInput> {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_input_is_refused_by_any_name_a_new_file_is_not() {
        let dir = tempfile::tempdir().expect("temp dir");
        let data = dir.path().join("traces.csv");
        std::fs::write(&data, "trace_id\n1\n").expect("written");
        let mut inputs = InputFiles::default();
        inputs.add(&data, InputRole::Data);
        // The file itself, by `..`, by a symbolic link and by a hard link.
        let sub = dir.path().join("sub");
        std::fs::create_dir(&sub).expect("folder");
        let refused = inputs.check(&sub.join("..").join("traces.csv"));
        assert!(matches!(
            refused,
            Err(OverwritesInput {
                role: InputRole::Data,
                ..
            })
        ));
        #[cfg(unix)]
        {
            let symlink = dir.path().join("link.csv");
            std::os::unix::fs::symlink(&data, &symlink).expect("symlink");
            assert!(inputs.check(&symlink).is_err());
            let hard = sub.join("hard.csv");
            std::fs::hard_link(&data, &hard).expect("hard link");
            let error = inputs
                .check(&hard)
                .expect_err("a hard link is the same file");
            assert!(error.to_string().contains("it is the data file"), "{error}");
        }
        assert!(inputs.check(&dir.path().join("export.csv")).is_ok());
        assert!(inputs.check(&sub.join("traces.csv")).is_ok());
    }

    #[test]
    fn the_refusal_names_the_input_in_either_language() {
        use crate::i18n::Lang;
        let refusal = OverwritesInput {
            output: PathBuf::from("out/brief.corridor"),
            input: PathBuf::from("brief.corridor"),
            role: InputRole::Project,
        };
        crate::i18n::assert_says(
            &refusal,
            "refusing to write out/brief.corridor: it is the project file brief.corridor, an input, which is never overwritten; choose another file",
            "no se escribirá out/brief.corridor: es el archivo de proyecto brief.corridor, un archivo de entrada, que nunca se sobrescribe; elija otro archivo",
        );
        let source = OverwritesInput {
            role: InputRole::ProjectSource,
            ..refusal
        };
        assert!(
            source
                .to_string()
                .contains("it is the project's data file brief.corridor,")
        );
        assert!(
            source
                .text_in(Lang::Es)
                .contains("es el archivo de datos del proyecto brief.corridor,")
        );
        assert_eq!(InputRole::Rules.to_string(), "the rules file");
        assert_eq!(InputRole::Data.text_in(Lang::Es), "el archivo de datos");
    }
}
