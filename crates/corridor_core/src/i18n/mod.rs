//! Corridor in English and Spanish (Mexico): the languages, the message
//! files (Project Fluent, `assets/i18n/<lang>/*.ftl`) and dates as each
//! language writes them.
//!
//! The core never keeps a current language: every function that writes
//! words takes a [`Lang`] (or a [`Wording`] for exports in two languages).
//! Message ids are literals at their use ([`t!`](crate::t),
//! [`msg_id!`](crate::msg_id), [`phrase!`](crate::phrase)), so tests can
//! match the code against the files; see `docs/glossary.md` for the terms.
//! A [`Phrase`] keeps a message and its arguments to be written later, in
//! whichever language is asked for (the import report's reasons, the
//! core's errors through [`ToPhrase`]).

pub mod calendar;
mod lang;
mod messages;
mod phrase;
mod system_error;
mod to_phrase;

pub use lang::{Lang, Wording};
pub use messages::{Arg, MESSAGE_FILES, MessageFile, text};
pub use phrase::{Phrase, PhraseArg};
pub use system_error::system_error;
pub use to_phrase::ToPhrase;
#[cfg(test)]
pub(crate) use to_phrase::assert_says;
