//! An I/O error as a phrase argument: the system's own words in English
//! (`No space left on device (os error 28)`, which a reader can look up),
//! and in Spanish what kind of error it was. Words a library or the system
//! wrote without a kind stay as they are.

use std::io::{self, ErrorKind};

use super::phrase::{Phrase, PhraseArg};
use crate::msg_id;

/// `error` as an argument of a phrase. An error carrying a [`Phrase`] (one
/// of Corridor's own, sent through an I/O interface) is that phrase.
///
/// ```
/// use corridor_core::i18n::{Lang, system_error};
/// use corridor_core::phrase;
/// let full = std::io::Error::from(std::io::ErrorKind::StorageFull);
/// let said = phrase!("import-text", text = system_error(&full));
/// assert_eq!(said.text(Lang::En), full.to_string());
/// assert_eq!(said.text(Lang::Es), "no queda espacio en el disco");
/// ```
pub fn system_error(error: &io::Error) -> PhraseArg {
    if let Some(phrase) = error
        .get_ref()
        .and_then(|inner| inner.downcast_ref::<Phrase>())
    {
        return PhraseArg::Phrase(phrase.clone());
    }
    // A custom error (a library's message inside an io::Error) says more
    // than its kind; its words are kept.
    let id = if error.get_ref().is_some() && error.raw_os_error().is_none() {
        None
    } else {
        kind_id(error.kind())
    };
    PhraseArg::System {
        said: error.to_string(),
        id,
    }
}

/// The message for a kind of I/O error a user can meet and act on.
fn kind_id(kind: ErrorKind) -> Option<&'static str> {
    Some(match kind {
        ErrorKind::NotFound => msg_id!("system-not-found"),
        ErrorKind::PermissionDenied => msg_id!("system-permission-denied"),
        ErrorKind::AlreadyExists => msg_id!("system-already-exists"),
        ErrorKind::StorageFull => msg_id!("system-storage-full"),
        ErrorKind::QuotaExceeded => msg_id!("system-quota-exceeded"),
        ErrorKind::FileTooLarge => msg_id!("system-file-too-large"),
        ErrorKind::IsADirectory => msg_id!("system-is-a-directory"),
        ErrorKind::NotADirectory => msg_id!("system-not-a-directory"),
        ErrorKind::DirectoryNotEmpty => msg_id!("system-directory-not-empty"),
        ErrorKind::ReadOnlyFilesystem => msg_id!("system-read-only"),
        ErrorKind::ResourceBusy | ErrorKind::ExecutableFileBusy => msg_id!("system-busy"),
        ErrorKind::CrossesDevices => msg_id!("system-crosses-devices"),
        ErrorKind::InvalidFilename => msg_id!("system-invalid-filename"),
        ErrorKind::UnexpectedEof => msg_id!("system-unexpected-eof"),
        ErrorKind::InvalidData => msg_id!("system-invalid-data"),
        ErrorKind::TimedOut => msg_id!("system-timed-out"),
        ErrorKind::Interrupted => msg_id!("system-interrupted"),
        ErrorKind::OutOfMemory => msg_id!("system-out-of-memory"),
        ErrorKind::BrokenPipe => msg_id!("system-broken-pipe"),
        ErrorKind::Unsupported => msg_id!("system-unsupported"),
        ErrorKind::StaleNetworkFileHandle => msg_id!("system-stale-network-file"),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::phrase;

    fn both(error: &io::Error) -> (String, String) {
        let said = phrase!("import-text", text = system_error(error));
        (said.text(Lang::En), said.text(Lang::Es))
    }

    #[test]
    fn english_keeps_the_systems_words_and_spanish_names_the_kind() {
        let missing = io::Error::from_raw_os_error(2);
        let (en, es) = both(&missing);
        assert_eq!(en, "No such file or directory (os error 2)");
        assert_eq!(es, "el archivo o la carpeta no existe");
    }

    #[test]
    fn a_librarys_own_words_are_kept_in_every_language() {
        let custom = io::Error::new(ErrorKind::InvalidData, "stream did not contain valid UTF-8");
        let (en, es) = both(&custom);
        assert_eq!(en, es);
        assert_eq!(en, "stream did not contain valid UTF-8");
    }

    #[test]
    fn a_phrase_inside_an_io_error_is_written_in_the_language_asked() {
        let inner = phrase!("count-traces", count = 2_u32);
        let carried = io::Error::other(inner);
        let (en, es) = both(&carried);
        assert_eq!((en.as_str(), es.as_str()), ("2 traces", "2 rastreos"));
    }
}
