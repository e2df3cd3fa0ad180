//! The rules file: parsing, validation and the errors a user sees when their
//! own `weapon_rules.toml` is wrong.
//!
//! The format is documented in `docs/weapon-classes.md` and in the comments
//! of `assets/weapon_rules.toml`.

use std::fmt;
use std::ops::Range;
use std::sync::Arc;

use serde::Deserialize;
use toml::Spanned;

use super::normalize;
use crate::i18n::{Phrase, ToPhrase};
use crate::model::WeaponClass;
use crate::phrase;

/// Which ordered list a rule belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RuleList {
    /// `[[type]]`: matched against the weapon-type column.
    Type,
    /// `[[model]]`: matched against make, model and caliber.
    Model,
}

impl RuleList {
    /// The TOML table name, `type` or `model`.
    pub fn id(self) -> &'static str {
        match self {
            RuleList::Type => "type",
            RuleList::Model => "model",
        }
    }
}

impl fmt::Display for RuleList {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "[[{}]]", self.id())
    }
}

/// Where a rule came from. User rules are tried before base rules.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RuleOrigin {
    /// The rules the classifier was built from: the shipped file for
    /// [`Classifier::shipped`](super::Classifier::shipped).
    Base,
    /// Added with [`Classifier::with_user_rules`](super::Classifier::with_user_rules).
    User,
}

impl fmt::Display for RuleOrigin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            RuleOrigin::Base => "built-in",
            RuleOrigin::User => "user",
        })
    }
}

/// A trace column that `[[model]]` rules look at.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    /// The make (manufacturer) column.
    Make,
    /// The model column.
    Model,
    /// The caliber column.
    Caliber,
}

impl Field {
    /// Every field, in the order they are searched.
    pub const ALL: [Field; 3] = [Field::Make, Field::Model, Field::Caliber];

    /// The name used in `fields = [...]`.
    pub fn id(self) -> &'static str {
        match self {
            Field::Make => "make",
            Field::Model => "model",
            Field::Caliber => "caliber",
        }
    }

    /// The field a `fields = [...]` entry names (`make`, `model` or
    /// `caliber`, exactly), if any.
    pub fn from_id(id: &str) -> Option<Field> {
        Self::ALL.into_iter().find(|f| f.id() == id)
    }

    pub(crate) fn bit(self) -> u8 {
        1 << (self as u8)
    }
}

impl fmt::Display for Field {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

/// One validated rule, as written in its file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rule {
    /// The list the rule is in.
    pub list: RuleList,
    /// Whether the rule is built in or one of the user's.
    pub origin: RuleOrigin,
    /// 1-based position within its list in its file.
    pub index: usize,
    /// 1-based line of the rule's `[[type]]` / `[[model]]` header.
    pub line: usize,
    /// The class a match gives.
    pub class: WeaponClass,
    /// Keywords as written, for display; matching uses their tokens.
    pub keywords: Vec<Arc<str>>,
    /// Fields searched; always empty for `[[type]]` rules.
    pub fields: Vec<Field>,
    /// If not empty, one of these must also occur in the make field.
    pub make: Vec<String>,
}

/// A problem with a rules file. Messages name the rule and its line so a
/// user can find it in their file.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum RulesError {
    /// The file is not valid TOML, or has a key the format does not know, or
    /// lacks one it needs.
    Toml {
        /// 1-based line of the problem.
        line: usize,
        /// 1-based column of the problem, in characters.
        column: usize,
        /// The TOML parser's description of the problem.
        message: String,
    },
    /// A rule's `class` is not a class id.
    UnknownClass {
        /// The list of the rule at fault.
        list: RuleList,
        /// 1-based position of the rule within its list.
        index: usize,
        /// 1-based line of the rule's `[[type]]` / `[[model]]` header.
        line: usize,
        /// The class as written.
        class: String,
    },
    /// A rule's `keywords` list is empty.
    EmptyKeywords {
        /// The list of the rule at fault.
        list: RuleList,
        /// 1-based position of the rule within its list.
        index: usize,
        /// 1-based line of the rule's `[[type]]` / `[[model]]` header.
        line: usize,
    },
    /// A `keywords` or `make` entry has no letters or digits, so it could
    /// never match.
    BlankKeyword {
        /// The list of the rule at fault.
        list: RuleList,
        /// 1-based position of the rule within its list.
        index: usize,
        /// 1-based line of the rule's `[[type]]` / `[[model]]` header.
        line: usize,
        /// `keywords` or `make`.
        key: &'static str,
        /// The entry as written.
        text: String,
    },
    /// A `fields` entry names something other than make, model or caliber.
    UnknownField {
        /// The list of the rule at fault.
        list: RuleList,
        /// 1-based position of the rule within its list.
        index: usize,
        /// 1-based line of the rule's `[[type]]` / `[[model]]` header.
        line: usize,
        /// The entry as written.
        field: String,
    },
    /// A `fields` or `make` list is present but empty.
    EmptyList {
        /// The list of the rule at fault.
        list: RuleList,
        /// 1-based position of the rule within its list.
        index: usize,
        /// 1-based line of the rule's `[[type]]` / `[[model]]` header.
        line: usize,
        /// `fields` or `make`.
        key: &'static str,
    },
}

impl RulesError {
    /// The 1-based line of the file the problem is on, for tools that jump
    /// there (the command line's JSON errors).
    pub fn line(&self) -> usize {
        match self {
            RulesError::Toml { line, .. }
            | RulesError::UnknownClass { line, .. }
            | RulesError::EmptyKeywords { line, .. }
            | RulesError::BlankKeyword { line, .. }
            | RulesError::UnknownField { line, .. }
            | RulesError::EmptyList { line, .. } => *line,
        }
    }
}

/// Each message names the rule by its list, position and line, and quotes
/// what is written in the file; the TOML parser's words stay its own.
impl ToPhrase for RulesError {
    fn phrase(&self) -> Phrase {
        match self {
            RulesError::Toml {
                line,
                column,
                message,
            } => phrase!(
                "rules-error-toml",
                line = line.to_string(),
                column = column.to_string(),
                message = message
            ),
            RulesError::UnknownClass {
                list,
                index,
                line,
                class,
            } => phrase!(
                "rules-error-unknown-class",
                list = list.to_string(),
                index = index.to_string(),
                line = line.to_string(),
                class = class,
                expected = class_ids()
            ),
            RulesError::EmptyKeywords { list, index, line } => phrase!(
                "rules-error-empty-keywords",
                list = list.to_string(),
                index = index.to_string(),
                line = line.to_string()
            ),
            RulesError::BlankKeyword {
                list,
                index,
                line,
                key,
                text,
            } => phrase!(
                "rules-error-blank-keyword",
                list = list.to_string(),
                index = index.to_string(),
                line = line.to_string(),
                key = *key,
                text = text
            ),
            RulesError::UnknownField {
                list,
                index,
                line,
                field,
            } => phrase!(
                "rules-error-unknown-field",
                list = list.to_string(),
                index = index.to_string(),
                line = line.to_string(),
                field = field
            ),
            RulesError::EmptyList {
                list,
                index,
                line,
                key,
            } => phrase!(
                "rules-error-empty-list",
                list = list.to_string(),
                index = index.to_string(),
                line = line.to_string(),
                key = *key
            ),
        }
    }
}

crate::display_in_english!(RulesError);

fn class_ids() -> String {
    WeaponClass::ALL.map(WeaponClass::id).join(", ")
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default, rename = "type")]
    type_rules: Vec<Spanned<RawTypeRule>>,
    #[serde(default, rename = "model")]
    model_rules: Vec<Spanned<RawModelRule>>,
}

// Separate structs so that `fields` or `make` on a type rule is reported as
// an unknown key rather than silently ignored.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTypeRule {
    class: String,
    keywords: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawModelRule {
    class: String,
    keywords: Vec<String>,
    fields: Option<Vec<String>>,
    make: Option<Vec<String>>,
}

/// Parse and validate a rules file.
pub(crate) fn parse(text: &str, origin: RuleOrigin) -> Result<(Vec<Rule>, Vec<Rule>), RulesError> {
    let raw: RawFile = toml::from_str(text).map_err(|e| {
        let (line, column) = e
            .span()
            .map_or((1, 1), |span| line_column(text, span.start));
        RulesError::Toml {
            line,
            column,
            message: e.message().to_owned(),
        }
    })?;

    let type_rules = raw
        .type_rules
        .into_iter()
        .enumerate()
        .map(|(i, r)| {
            let at = At::new(RuleList::Type, i, r.span(), text);
            let r = r.into_inner();
            at.rule(origin, &r.class, r.keywords, None, None)
        })
        .collect::<Result<_, _>>()?;

    let model_rules = raw
        .model_rules
        .into_iter()
        .enumerate()
        .map(|(i, r)| {
            let at = At::new(RuleList::Model, i, r.span(), text);
            let r = r.into_inner();
            at.rule(origin, &r.class, r.keywords, r.fields, r.make)
        })
        .collect::<Result<_, _>>()?;

    Ok((type_rules, model_rules))
}

/// The position of one rule, for building it and for naming it in errors.
struct At {
    list: RuleList,
    index: usize,
    line: usize,
}

impl At {
    fn new(list: RuleList, i: usize, span: Range<usize>, text: &str) -> At {
        At {
            list,
            index: i + 1,
            line: line_column(text, span.start).0,
        }
    }

    fn rule(
        &self,
        origin: RuleOrigin,
        class: &str,
        keywords: Vec<String>,
        fields: Option<Vec<String>>,
        make: Option<Vec<String>>,
    ) -> Result<Rule, RulesError> {
        let (list, index, line) = (self.list, self.index, self.line);
        let class = WeaponClass::from_id(class).ok_or_else(|| RulesError::UnknownClass {
            list,
            index,
            line,
            class: class.to_owned(),
        })?;
        if keywords.is_empty() {
            return Err(RulesError::EmptyKeywords { list, index, line });
        }
        self.check_not_blank("keywords", &keywords)?;

        let fields = match (list, fields) {
            (RuleList::Type, _) => Vec::new(),
            (RuleList::Model, None) => Field::ALL.to_vec(),
            (RuleList::Model, Some(names)) => {
                if names.is_empty() {
                    return Err(self.empty("fields"));
                }
                let mut fields = names
                    .iter()
                    .map(|name| {
                        Field::from_id(name).ok_or_else(|| RulesError::UnknownField {
                            list,
                            index,
                            line,
                            field: name.clone(),
                        })
                    })
                    .collect::<Result<Vec<_>, _>>()?;
                fields.sort();
                fields.dedup();
                fields
            }
        };

        let make = match make {
            None => Vec::new(),
            Some(m) if m.is_empty() => return Err(self.empty("make")),
            Some(m) => {
                self.check_not_blank("make", &m)?;
                m
            }
        };

        Ok(Rule {
            list,
            origin,
            index,
            line,
            class,
            keywords: keywords.into_iter().map(Arc::from).collect(),
            fields,
            make,
        })
    }

    fn check_not_blank(&self, key: &'static str, words: &[String]) -> Result<(), RulesError> {
        match words.iter().find(|w| normalize::tokens(w).is_empty()) {
            Some(w) => Err(RulesError::BlankKeyword {
                list: self.list,
                index: self.index,
                line: self.line,
                key,
                text: w.clone(),
            }),
            None => Ok(()),
        }
    }

    fn empty(&self, key: &'static str) -> RulesError {
        RulesError::EmptyList {
            list: self.list,
            index: self.index,
            line: self.line,
            key,
        }
    }
}

/// 1-based line and column (in characters) of a byte offset.
fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(text: &str) -> RulesError {
        parse(text, RuleOrigin::User).unwrap_err()
    }

    #[test]
    fn parses_both_lists_with_defaults() {
        let text = r#"
[[type]]
class = "pistol"
keywords = ["PISTOLA"]

[[model]]
class = "fifty_cal"
keywords = ["M95"]
make = ["BARRETT"]

[[model]]
class = "pistol"
keywords = ["9MM"]
fields = ["caliber", "caliber"]
"#;
        let (types, models) = parse(text, RuleOrigin::User).unwrap();
        assert_eq!(types.len(), 1);
        assert_eq!(types[0].line, 2);
        assert_eq!(types[0].class, WeaponClass::Pistol);
        assert!(types[0].fields.is_empty());
        assert_eq!(models[0].fields, Field::ALL);
        assert_eq!(models[0].make, ["BARRETT"]);
        assert_eq!((models[0].index, models[0].line), (1, 6));
        assert_eq!(models[1].fields, [Field::Caliber]);
        assert_eq!((models[1].index, models[1].line), (2, 11));
        assert_eq!(models[1].origin, RuleOrigin::User);
    }

    #[test]
    fn empty_file_is_an_empty_rule_set() {
        let (types, models) = parse("# nothing yet\n", RuleOrigin::User).unwrap();
        assert!(types.is_empty() && models.is_empty());
    }

    #[test]
    fn unknown_class_names_rule_line_and_choices() {
        let e = err(
            "[[type]]\nclass = \"pistol\"\nkeywords = [\"P\"]\n\n[[type]]\nclass = \"bazooka\"\nkeywords = [\"B\"]\n",
        );
        assert_eq!(
            e,
            RulesError::UnknownClass {
                list: RuleList::Type,
                index: 2,
                line: 5,
                class: "bazooka".into()
            }
        );
        let msg = e.to_string();
        assert!(
            msg.starts_with("[[type]] rule 2 (line 5): unknown class \"bazooka\""),
            "{msg}"
        );
        assert!(msg.contains("ak_pattern, ar_pattern"), "{msg}");
        assert_eq!(e.line(), 5);
    }

    #[test]
    fn rules_errors_are_translated_and_keep_the_files_words() {
        use crate::i18n::Lang;
        let e = err("\n[[model]]\nclass = \"pistol\"\nkeywords = [\"GLOCK\", \" - \"]\n");
        assert_eq!(
            e.text_in(Lang::Es),
            "regla 1 de [[model]] (línea 2): la entrada \" - \" de keywords no tiene letras ni dígitos"
        );
        let e = err("[[model]]\nclass = \"pistol\"\nkeywords = [\"G\"]\nfields = [\"color\"]\n");
        crate::i18n::assert_says(
            &e,
            "[[model]] rule 1 (line 1): unknown field \"color\"; expected make, model or caliber",
            "regla 1 de [[model]] (línea 1): campo desconocido \"color\"; se esperaba make, model o caliber",
        );
        let e = err("[[model]]\nclass = \"pistol\"\nkeywords = [\"G\"]\nmake = []\n");
        crate::i18n::assert_says(
            &e,
            "[[model]] rule 1 (line 1): `make` is empty; leave it out instead",
            "regla 1 de [[model]] (línea 1): la lista `make` está vacía; mejor omítala",
        );
        let toml = RulesError::Toml {
            line: 1_200,
            column: 7,
            message: "expected `=`".into(),
        };
        crate::i18n::assert_says(
            &toml,
            "line 1200, column 7: expected `=`",
            "línea 1200, columna 7: expected `=`",
        );
        let class = err("[[type]]\nclass = \"bazooka\"\nkeywords = [\"B\"]\n");
        assert_eq!(
            class.text_in(Lang::Es),
            format!(
                "regla 1 de [[type]] (línea 1): clase desconocida \"bazooka\"; se esperaba una de estas: {}",
                class_ids()
            )
        );
    }

    #[test]
    fn empty_and_blank_keywords_are_rejected() {
        let e = err("[[model]]\nclass = \"pistol\"\nkeywords = []\n");
        assert_eq!(
            e.to_string(),
            "[[model]] rule 1 (line 1): `keywords` is empty"
        );
        let e = err("\n[[model]]\nclass = \"pistol\"\nkeywords = [\"GLOCK\", \" - \"]\n");
        assert_eq!(
            e.to_string(),
            "[[model]] rule 1 (line 2): keywords entry \" - \" has no letters or digits"
        );
        let e = err("[[model]]\nclass = \"pistol\"\nkeywords = [\"G\"]\nmake = [\"\"]\n");
        assert!(
            matches!(e, RulesError::BlankKeyword { key: "make", .. }),
            "{e:?}"
        );
    }

    #[test]
    fn bad_fields_and_empty_lists_are_rejected() {
        let e = err("[[model]]\nclass = \"pistol\"\nkeywords = [\"G\"]\nfields = [\"calibre\"]\n");
        assert_eq!(
            e.to_string(),
            "[[model]] rule 1 (line 1): unknown field \"calibre\"; expected make, model or caliber"
        );
        let e = err("[[model]]\nclass = \"pistol\"\nkeywords = [\"G\"]\nfields = []\n");
        assert!(
            matches!(e, RulesError::EmptyList { key: "fields", .. }),
            "{e:?}"
        );
        let e = err("[[model]]\nclass = \"pistol\"\nkeywords = [\"G\"]\nmake = []\n");
        assert!(
            matches!(e, RulesError::EmptyList { key: "make", .. }),
            "{e:?}"
        );
    }

    #[test]
    fn toml_problems_carry_line_and_column() {
        let e = err("[[type]]\nclass = \"pistol\nkeywords = [\"P\"]\n");
        assert!(matches!(e, RulesError::Toml { line: 2, .. }), "{e:?}");
        assert_eq!(e.line(), 2);

        // Misspelt keys and keys that do not belong to a list are errors, not
        // silently ignored.
        let e = err("[[type]]\nclass = \"pistol\"\nkeyword = [\"P\"]\n");
        let RulesError::Toml {
            line,
            column,
            message,
        } = e
        else {
            panic!("{e:?}")
        };
        assert_eq!((line, column), (3, 1));
        assert!(message.contains("unknown field `keyword`"), "{message}");

        let e = err("[[type]]\nclass = \"pistol\"\nkeywords = [\"P\"]\nfields = [\"model\"]\n");
        assert!(matches!(e, RulesError::Toml { line: 4, .. }), "{e:?}");

        let e = err("[[modle]]\nclass = \"pistol\"\nkeywords = [\"P\"]\n");
        assert!(
            e.to_string()
                .starts_with("line 1, column 3: unknown field `modle`"),
            "{e}"
        );

        let e = err("[[model]]\nkeywords = [\"P\"]\n");
        assert!(e.to_string().contains("missing field `class`"), "{e}");
    }

    #[test]
    fn line_column_counts_characters() {
        let text = "ab\ncñd\nx";
        assert_eq!(line_column(text, 0), (1, 1));
        assert_eq!(line_column(text, 3), (2, 1));
        assert_eq!(line_column(text, text.find('d').unwrap()), (2, 3));
        assert_eq!(line_column(text, text.len()), (3, 2));
    }
}
