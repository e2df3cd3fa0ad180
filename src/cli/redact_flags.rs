//! `--redact` and `--redact-dealers`, shared by the export commands.

use clap::Args;

use corridor_core::briefing::Redaction;

#[derive(Debug, Args, Default, Clone)]
pub struct RedactFlags {
    /// Hide purchaser ids and serial numbers.
    #[arg(long)]
    pub redact: bool,

    /// Also hide dealer names, store ids and FFL numbers.
    #[arg(long)]
    pub redact_dealers: bool,
}

impl RedactFlags {
    /// The redaction these flags ask for (dealers imply identifiers).
    pub fn redaction(&self) -> Redaction {
        Redaction {
            identifiers: self.redact || self.redact_dealers,
            dealer_names: self.redact_dealers,
        }
    }
}

/// " (redacted)" after a report of what was written, when it was, in
/// `lang`.
pub fn redacted_suffix_in(redaction: Redaction, lang: corridor_core::i18n::Lang) -> String {
    if redaction.is_active() {
        format!(" ({})", corridor_core::t!(lang, "cli-redacted"))
    } else {
        String::new()
    }
}
