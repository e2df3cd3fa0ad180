//! Hiding personal identifiers for audiences that must not see them. One
//! switch, obeyed by the app, presentation mode and every export: a
//! display or exporter asks it for each identifier instead of testing a
//! flag itself, so none can forget a field.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

/// What is written in place of a hidden value.
pub const REDACTED: &str = "[redacted]";

/// Which personal identifiers to hide; the default hides nothing.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Redaction {
    /// Hide purchaser ids and serial numbers.
    pub identifiers: bool,
    /// Also hide dealer (store) names and FFL numbers.
    pub dealer_names: bool,
}

impl Redaction {
    /// Nothing hidden.
    pub const NONE: Redaction = Redaction {
        identifiers: false,
        dealer_names: false,
    };

    /// Whether anything is hidden.
    pub fn is_active(self) -> bool {
        self.identifiers || self.dealer_names
    }

    /// A purchaser id or a serial number as it may be shown.
    ///
    /// ```
    /// use corridor_core::briefing::Redaction;
    /// let on = Redaction { identifiers: true, dealer_names: false };
    /// assert_eq!(on.identifier("P-1234"), "[redacted]");
    /// assert_eq!(Redaction::NONE.identifier("P-1234"), "P-1234");
    /// // An empty cell stays empty: there was nothing to hide.
    /// assert_eq!(on.identifier(""), "");
    /// ```
    pub fn identifier(self, value: &str) -> Cow<'_, str> {
        hide_if(self.identifiers, value)
    }

    /// A dealer's name or FFL number as it may be shown.
    ///
    /// ```
    /// use corridor_core::briefing::Redaction;
    /// let dealers = Redaction { identifiers: true, dealer_names: true };
    /// assert_eq!(dealers.dealer("Guns Galore"), "[redacted]");
    /// assert_eq!(Redaction { identifiers: true, dealer_names: false }.dealer("Guns Galore"), "Guns Galore");
    /// ```
    pub fn dealer(self, value: &str) -> Cow<'_, str> {
        hide_if(self.dealer_names, value)
    }
}

fn hide_if(hide: bool, value: &str) -> Cow<'_, str> {
    if hide && !value.is_empty() {
        Cow::Borrowed(REDACTED)
    } else {
        Cow::Borrowed(value)
    }
}
