//! The languages Corridor speaks, and the one or two an export is written in.

use serde::{Deserialize, Serialize};

/// A language of the interface and of exports. Data values (store names,
/// towns, serial numbers) are never translated; everything Corridor itself
/// writes is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    /// English (United States).
    #[default]
    En,
    /// Spanish (Mexico).
    Es,
}

impl Lang {
    /// Every language, in the order a menu lists them.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Es];

    /// The code the command line takes and the message folder is named by.
    ///
    /// ```
    /// use corridor_core::i18n::Lang;
    /// assert_eq!(Lang::Es.code(), "es");
    /// assert_eq!(Lang::from_code("EN"), Some(Lang::En));
    /// assert_eq!(Lang::from_code("fr"), None);
    /// ```
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
        }
    }

    /// The language with this code (`en`, `es`, any case).
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL
            .into_iter()
            .find(|lang| lang.code().eq_ignore_ascii_case(code.trim()))
    }

    /// The language's name in itself, as a language menu shows it (so a
    /// reader finds their own language whatever the menu's language).
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Es => "Español",
        }
    }

    /// The language a system locale asks for: Spanish for any Spanish
    /// locale (`es_MX.UTF-8`, `es-ES`, `es`), English otherwise.
    ///
    /// ```
    /// use corridor_core::i18n::Lang;
    /// assert_eq!(Lang::from_locale("es_MX.UTF-8"), Lang::Es);
    /// assert_eq!(Lang::from_locale("es-419"), Lang::Es);
    /// assert_eq!(Lang::from_locale("en-US"), Lang::En);
    /// assert_eq!(Lang::from_locale("C"), Lang::En);
    /// assert_eq!(Lang::from_locale("estonian"), Lang::En);
    /// ```
    pub fn from_locale(locale: &str) -> Lang {
        let primary = locale
            .split(['_', '-', '.', '@'])
            .next()
            .unwrap_or_default();
        if primary.eq_ignore_ascii_case("es") {
            Lang::Es
        } else {
            Lang::En
        }
    }
}

/// The language or languages an export's words are written in: one, or two
/// for a joint briefing (each title and legend line in the first language,
/// with the second under it, smaller).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Wording {
    /// One language.
    One(Lang),
    /// Both: the first language leads, the second follows each line.
    Both {
        /// The language of the main lines.
        first: Lang,
        /// The language of the smaller lines under them.
        second: Lang,
    },
}

impl Default for Wording {
    fn default() -> Self {
        Wording::One(Lang::En)
    }
}

impl Wording {
    /// `en`, `es`, `en+es` or `es+en`, as the command line's `--lang` takes.
    ///
    /// ```
    /// use corridor_core::i18n::{Lang, Wording};
    /// assert_eq!(Wording::parse("es"), Some(Wording::One(Lang::Es)));
    /// assert_eq!(
    ///     Wording::parse("en+es"),
    ///     Some(Wording::Both { first: Lang::En, second: Lang::Es })
    /// );
    /// assert_eq!(Wording::parse("en+en"), None);
    /// assert_eq!(Wording::parse("de"), None);
    /// assert_eq!(Wording::parse("en+es").map(Wording::code).as_deref(), Some("en+es"));
    /// ```
    pub fn parse(text: &str) -> Option<Wording> {
        match text.split_once('+') {
            None => Lang::from_code(text).map(Wording::One),
            Some((first, second)) => {
                let first = Lang::from_code(first)?;
                let second = Lang::from_code(second)?;
                (first != second).then_some(Wording::Both { first, second })
            }
        }
    }

    /// The form [`Wording::parse`] reads.
    pub fn code(self) -> String {
        match self {
            Wording::One(lang) => lang.code().to_owned(),
            Wording::Both { first, second } => format!("{}+{}", first.code(), second.code()),
        }
    }

    /// The language of the main lines (and of everything not doubled).
    pub fn first(self) -> Lang {
        match self {
            Wording::One(lang) | Wording::Both { first: lang, .. } => lang,
        }
    }

    /// The language of the smaller second lines, when there are any.
    pub fn second(self) -> Option<Lang> {
        match self {
            Wording::One(_) => None,
            Wording::Both { second, .. } => Some(second),
        }
    }
}
