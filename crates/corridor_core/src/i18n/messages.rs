//! The message files (Project Fluent, one folder per language under
//! `assets/i18n/`) and the one function that turns a message id and its
//! arguments into text.
//!
//! Every message id used in the code appears as a literal in a [`t!`]
//! (or the app's `tr!`) call or a [`msg_id!`] marker, never built at run
//! time, so a test can check that each id used exists in every language and
//! each id written is used.

use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use super::lang::Lang;

/// Declares the message files: one name, the English and the Spanish text.
macro_rules! message_files {
    ($($name:literal),+ $(,)?) => {
        /// Every message file: its name and its text in each language.
        pub const MESSAGE_FILES: &[MessageFile] = &[$(MessageFile {
            name: $name,
            en: include_str!(concat!("../../../../assets/i18n/en/", $name, ".ftl")),
            es: include_str!(concat!("../../../../assets/i18n/es/", $name, ".ftl")),
        }),+];
    };
}

/// One message file, in both languages.
#[derive(Clone, Copy, Debug)]
pub struct MessageFile {
    /// The file's name without `.ftl` (`filter`, `captions`…).
    pub name: &'static str,
    /// Its English text.
    pub en: &'static str,
    /// Its Spanish (Mexico) text.
    pub es: &'static str,
}

impl MessageFile {
    /// The file's text in `lang`.
    pub fn text(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.en,
            Lang::Es => self.es,
        }
    }
}

message_files![
    "common",
    "model",
    "captions",
    "app-menus",
    "app-dialogs",
    "app-briefing",
    "app-filter",
    "app-time",
    "app-tables",
    "app-details",
    "app-main",
    "app-import",
    "app-map",
    "import",
    "cli",
    "errors",
    "errors-project",
    "errors-export",
    "cli-reports",
    "cli-flags",
];

/// An argument of a message: a number (plurals select on it; written
/// grouped, `12,345`) or text.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    /// A count or a figure.
    Number(f64),
    /// A name, a date or anything already written.
    Text(String),
}

macro_rules! number_args {
    ($($t:ty),+) => {$(
        impl From<$t> for Arg {
            #[expect(clippy::cast_precision_loss, reason = "counts in messages are far below 2^52")]
            fn from(n: $t) -> Arg {
                Arg::Number(n as f64)
            }
        }
    )+};
}
number_args!(u64, usize, i64);

macro_rules! small_number_args {
    ($($t:ty),+) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Arg {
                Arg::Number(f64::from(n))
            }
        }
    )+};
}
small_number_args!(u8, u16, u32, i32, f32, f64);

impl From<&str> for Arg {
    fn from(text: &str) -> Arg {
        Arg::Text(text.to_owned())
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Arg {
        Arg::Text(text)
    }
}

impl From<&String> for Arg {
    fn from(text: &String) -> Arg {
        Arg::Text(text.clone())
    }
}

/// The bundles, built once: English then Spanish.
static BUNDLES: LazyLock<[FluentBundle<FluentResource>; 2]> =
    LazyLock::new(|| Lang::ALL.map(bundle));

fn bundle(lang: Lang) -> FluentBundle<FluentResource> {
    // Parsed rather than written by unic-langid's macros: those pull three
    // proc-macro crates into the build for two constants. Both parse; a
    // failure would only lose the plural rules' region, never a message.
    let locale: unic_langid::LanguageIdentifier = match lang {
        Lang::En => "en-US",
        Lang::Es => "es-MX",
    }
    .parse()
    .unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![locale]);
    // No Unicode isolation marks around arguments: labels are drawn by egui
    // and the SVG writer, which would show them as boxes.
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(format_number));
    for file in MESSAGE_FILES {
        // A file with a syntax error still gives its good messages; the
        // tests in `tests/all/messages.rs` fail on any error.
        let resource = FluentResource::try_new(file.text(lang).to_owned())
            .unwrap_or_else(|(partial, _errors)| partial);
        // A duplicate id keeps the first; the tests fail on duplicates.
        let _duplicates = bundle.add_resource(resource);
    }
    bundle
}

/// Whole numbers grouped by thousands with commas, as both the United
/// States and Mexico write them (`12,345`); others as Fluent writes them.
fn format_number<M>(value: &FluentValue<'_>, _memoizer: &M) -> Option<String> {
    match value {
        FluentValue::Number(number) if number.value.fract() == 0.0 && number.value.abs() < 1e15 => {
            #[expect(
                clippy::cast_possible_truncation,
                reason = "a whole number below 10^15"
            )]
            let whole = number.value as i64;
            let grouped = crate::format::thousands(whole.unsigned_abs());
            Some(if whole < 0 {
                format!("-{grouped}")
            } else {
                grouped
            })
        }
        _ => None,
    }
}

/// The message `id` in `lang`, with its arguments. An id missing from the
/// files comes back as itself (the message tests make that a failure).
///
/// ```
/// use corridor_core::i18n::{text, Arg, Lang};
/// assert_eq!(text(Lang::En, "class-pistol", &[]), "Pistols");
/// assert_eq!(text(Lang::Es, "class-pistol", &[]), "Pistolas");
/// let args = [("count", Arg::from(12_345_u32))];
/// assert_eq!(text(Lang::En, "count-traces", &args), "12,345 traces");
/// assert_eq!(text(Lang::Es, "count-traces", &args), "12,345 rastreos");
/// assert_eq!(text(Lang::Es, "count-traces", &[("count", Arg::from(1_u32))]), "1 rastreo");
/// assert_eq!(text(Lang::Es, "count-traces", &[("count", Arg::from(1_000_000_u32))]), "1,000,000 rastreos");
/// ```
pub fn text(lang: Lang, id: &str, args: &[(&str, Arg)]) -> String {
    let bundle = &BUNDLES[lang as usize];
    let Some(pattern) = bundle.get_message(id).and_then(|message| message.value()) else {
        return id.to_owned();
    };
    let mut fluent_args = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        match value {
            Arg::Number(n) => fluent_args.set(*name, FluentValue::from(*n)),
            Arg::Text(s) => fluent_args.set(*name, FluentValue::from(s.as_str())),
        }
    }
    let mut errors = Vec::new();
    bundle
        .format_pattern(pattern, Some(&fluent_args), &mut errors)
        .into_owned()
}

/// The message `id` in `lang`, formatted with named arguments:
/// `t!(lang, "count-traces", count = n)`.
///
/// ```
/// use corridor_core::i18n::Lang;
/// use corridor_core::t;
/// assert_eq!(t!(Lang::Es, "class-shotgun"), "Escopetas");
/// assert_eq!(t!(Lang::En, "count-traces", count = 2_u32), "2 traces");
/// ```
#[macro_export]
macro_rules! t {
    ($lang:expr, $id:literal) => {
        $crate::i18n::text($lang, $id, &[])
    };
    ($lang:expr, $id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::text(
            $lang,
            $id,
            &[$((stringify!($name), $crate::i18n::Arg::from($value))),+],
        )
    };
}

/// A message id written where the message is chosen (a `match` of an enum)
/// and formatted later: the literal itself, marked so the message tests
/// find it.
///
/// ```
/// use corridor_core::i18n::{text, Lang};
/// use corridor_core::msg_id;
/// let id = msg_id!("class-revolver");
/// assert_eq!(text(Lang::Es, id, &[]), "Revólveres");
/// ```
#[macro_export]
macro_rules! msg_id {
    ($id:literal) => {
        $id
    };
}
