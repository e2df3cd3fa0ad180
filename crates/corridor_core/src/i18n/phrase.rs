//! A sentence kept as its message id and arguments, to be written later in
//! whichever language is asked for: the import report says what it found
//! once, and the app shows it in the language of the moment (English on the
//! command line and in JSON, where scripts read it).
//!
//! An argument may itself be a phrase (a value's parse error inside a row's
//! rejection) or a date: both are written in the language of the whole.

use std::fmt;

use super::calendar;
use super::lang::Lang;
use super::messages::{Arg, text};
use crate::model::{DateSpan, Day};

/// A message id with its arguments, written on demand by [`Phrase::text`].
/// Build one with [`phrase!`](crate::phrase), whose id is a literal the
/// message tests find.
///
/// ```
/// use corridor_core::i18n::{Lang, Phrase};
/// use corridor_core::phrase;
/// let one = phrase!("count-traces", count = 1_u32);
/// assert_eq!(one.text(Lang::En), "1 trace");
/// assert_eq!(one.text(Lang::Es), "1 rastreo");
/// // Display is the English text, as logs and the command line write it.
/// assert_eq!(one.to_string(), "1 trace");
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Phrase {
    /// The message id.
    pub id: &'static str,
    /// Its arguments, by name.
    pub args: Vec<(&'static str, PhraseArg)>,
}

/// An argument of a [`Phrase`]: a value as for any message, a phrase
/// written in the same language as the one that holds it, or a date
/// written as that language writes dates.
#[derive(Clone, Debug, PartialEq)]
pub enum PhraseArg {
    /// A number or a text already written (a name, a cell's content).
    Value(Arg),
    /// A sentence or a part of one, written in the language of the whole.
    Phrase(Phrase),
    /// A date of a given precision (`2019-03-04`, `04/03/2019`, `mar
    /// 2019`), as [`calendar::dated`] writes it.
    Date(DateSpan, Day),
    /// What the system or a library said (an I/O error): its own English
    /// words in English, and in another language the message `id` for its
    /// kind when there is one (see [`system_error`](super::system_error)).
    System {
        /// The system's words, e.g. `No space left on device (os error 28)`.
        said: String,
        /// The message saying the same, when the kind of error is known.
        id: Option<&'static str>,
    },
}

impl Phrase {
    /// The phrase `id` with `args`; [`phrase!`](crate::phrase) is shorter.
    pub fn new(id: &'static str, args: Vec<(&'static str, PhraseArg)>) -> Phrase {
        Phrase { id, args }
    }

    /// The phrase written in `lang`, nested phrases and dates included.
    ///
    /// ```
    /// use corridor_core::i18n::{Lang, Phrase, PhraseArg};
    /// use corridor_core::phrase;
    /// let inner = phrase!("count-stores", count = 3_u32);
    /// let outer = phrase!("count-traces-in-rows", count = 1_u32, rows = 2_u32);
    /// assert_eq!(outer.text(Lang::Es), "1 rastreo en 2 filas");
    /// assert_eq!(inner.text(Lang::Es), "3 armerías");
    /// ```
    pub fn text(&self, lang: Lang) -> String {
        let args: Vec<(&str, Arg)> = self
            .args
            .iter()
            .map(|(name, value)| {
                let value = match value {
                    PhraseArg::Value(arg) => arg.clone(),
                    PhraseArg::Phrase(phrase) => Arg::Text(phrase.text(lang)),
                    PhraseArg::Date(span, first) => Arg::Text(calendar::dated(lang, *span, *first)),
                    // English keeps the system's own words, which a reader
                    // can look up; another language says the kind of error.
                    PhraseArg::System { said, id } => match (lang, id) {
                        (Lang::En, _) | (_, None) => Arg::Text(said.clone()),
                        (_, Some(id)) => Arg::Text(text(lang, id, &[])),
                    },
                };
                (*name, value)
            })
            .collect();
        text(lang, self.id, &args)
    }
}

/// The English text: what the command line, logs and error chains write.
impl fmt::Display for Phrase {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}

/// A phrase can be the reason of an error (an I/O error carrying why a
/// file stopped being readable, for instance).
impl std::error::Error for Phrase {}

macro_rules! value_args {
    ($($t:ty),+) => {$(
        impl From<$t> for PhraseArg {
            fn from(value: $t) -> PhraseArg {
                PhraseArg::Value(Arg::from(value))
            }
        }
    )+};
}
value_args!(
    u8, u16, u32, u64, usize, i32, i64, f32, f64, &str, String, &String
);

impl From<Arg> for PhraseArg {
    fn from(arg: Arg) -> PhraseArg {
        PhraseArg::Value(arg)
    }
}

impl From<Phrase> for PhraseArg {
    fn from(phrase: Phrase) -> PhraseArg {
        PhraseArg::Phrase(phrase)
    }
}

impl From<&Phrase> for PhraseArg {
    fn from(phrase: &Phrase) -> PhraseArg {
        PhraseArg::Phrase(phrase.clone())
    }
}

/// A [`Phrase`] with named arguments, written later in any language:
/// `phrase!("count-traces", count = n)`. Numbers are written grouped
/// (`12,345`) and drive plurals; pass a number's text (`n.to_string()`)
/// where it must not be grouped (a line number). An argument may be a
/// [`Phrase`] or a [`PhraseArg`].
///
/// ```
/// use corridor_core::i18n::Lang;
/// use corridor_core::phrase;
/// assert_eq!(phrase!("class-shotgun").text(Lang::Es), "Escopetas");
/// assert_eq!(phrase!("count-traces", count = 2_u32).text(Lang::En), "2 traces");
/// ```
#[macro_export]
macro_rules! phrase {
    ($id:literal) => {
        $crate::i18n::Phrase::new($id, ::std::vec::Vec::new())
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::Phrase::new(
            $id,
            ::std::vec![$((stringify!($name), $crate::i18n::PhraseArg::from($value))),+],
        )
    };
}
