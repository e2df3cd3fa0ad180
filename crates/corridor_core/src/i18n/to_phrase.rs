//! Errors that can say themselves in any language: the core's errors keep
//! what they are made of, and [`ToPhrase::phrase`] turns that into a
//! [`Phrase`] the app writes in the language shown. `Display` stays the
//! English text ([`display_in_english!`](crate::display_in_english)), which
//! the command line, logs and JSON documents write.

use super::lang::Lang;
use super::phrase::Phrase;

/// A value, usually an error, that says itself as a [`Phrase`].
pub trait ToPhrase {
    /// What to say, as a message id and arguments.
    fn phrase(&self) -> Phrase;

    /// The same, written in `lang`.
    fn text_in(&self, lang: Lang) -> String {
        self.phrase().text(lang)
    }
}

/// `Display` for types that implement [`ToPhrase`]: the English text.
#[macro_export]
macro_rules! display_in_english {
    ($($t:ty),+ $(,)?) => {$(
        impl ::std::fmt::Display for $t {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(&$crate::i18n::ToPhrase::phrase(self).text($crate::i18n::Lang::En))
            }
        }
    )+};
}

/// Asserts that `said` writes `english` (its `Display` too) and `spanish`:
/// the tests of the core's errors.
#[cfg(test)]
pub(crate) fn assert_says(
    said: &(impl ToPhrase + std::fmt::Display),
    english: &str,
    spanish: &str,
) {
    assert_eq!(said.to_string(), english);
    assert_eq!(said.text_in(Lang::En), english);
    assert_eq!(said.text_in(Lang::Es), spanish);
}
