//! The interface's language. The core takes a [`Lang`] wherever it writes
//! words; the window's code reads the language set for the frame being
//! drawn through [`lang`] and writes messages with [`tr!`](crate::tr).
//!
//! The language is kept per thread: the window draws on one thread, and
//! each test's window on its own, so two test windows in different
//! languages never see each other's.

use std::cell::Cell;

pub use corridor_core::i18n::Lang;

thread_local! {
    static LANG: Cell<Lang> = const { Cell::new(Lang::En) };
}

/// The language of the frame being drawn on this thread.
pub fn lang() -> Lang {
    LANG.with(Cell::get)
}

/// Sets the language for what this thread draws next: at the start of each
/// frame, from the settings, so a switch applies at once.
pub fn set_lang(lang: Lang) {
    LANG.with(|cell| cell.set(lang));
}

/// The language a first start uses: the system locale's (Spanish for any
/// Spanish locale), else English.
pub fn system_lang() -> Lang {
    sys_locale::get_locale().map_or(Lang::En, |locale| Lang::from_locale(&locale))
}

/// A message in the interface's language:
/// `tr!("filter-heading")`, `tr!("status-traces", count = n)`.
#[macro_export]
macro_rules! tr {
    ($id:literal) => {
        corridor_core::t!($crate::app::i18n::lang(), $id)
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        corridor_core::t!($crate::app::i18n::lang(), $id, $($name = $value),+)
    };
}
