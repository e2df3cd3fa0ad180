//! `--lang en|es|en+es`: the language of the words an export writes
//! (captions, legends, titles Corridor makes, KML descriptions). Column
//! names, JSON keys and data values stay as they are in every language.

use clap::Args;

use corridor_core::i18n::{Lang, Phrase, Wording};

#[derive(Debug, Args, Clone)]
pub struct LangFlag {
    /// Language of the export's words: en, es, or en+es / es+en for a
    /// bilingual image or deck (the second language under the first, smaller).
    #[arg(long = "lang", value_name = "LANG", default_value = "en", value_parser = parse_wording)]
    pub wording: Wording,
}

impl Default for LangFlag {
    fn default() -> Self {
        LangFlag {
            wording: Wording::One(Lang::En),
        }
    }
}

/// clap shows this error before `--lang` is known: it stays English.
fn parse_wording(text: &str) -> Result<Wording, String> {
    Wording::parse(text)
        .ok_or_else(|| format!("'{text}' is not a language: use en, es, en+es or es+en"))
}

impl LangFlag {
    /// The one language of a file that has room for one (a data export);
    /// `Err` says why two will not do (said in the command's `--lang`).
    pub fn single(&self) -> Result<Lang, Phrase> {
        match self.wording {
            Wording::One(lang) => Ok(lang),
            Wording::Both { .. } => Err(corridor_core::phrase!(
                "cli-lang-single",
                code = self.wording.code()
            )),
        }
    }
}
