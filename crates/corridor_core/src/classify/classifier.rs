//! Applying the rules to one trace.
//!
//! Keywords are tokenised once, when the rules are loaded, and every keyword
//! token is given a small integer id. Classifying a trace then costs one
//! hash lookup per token of its four columns plus a comparison of the few
//! keywords that start with that token; the number of rules barely matters.

use std::collections::HashMap;
use std::sync::Arc;

use super::classification::{ClassSource, Classification, RuleRef};
use super::normalize::for_each_token;
use super::rules::{self, Field, Rule, RuleList, RuleOrigin, RulesError};
use crate::model::WeaponClass;

/// The shipped rules file, embedded at compile time.
pub const SHIPPED_RULES: &str = include_str!("../../../../assets/weapon_rules.toml");

/// Token id for a token that occurs in no keyword: it can never match.
const NO_TOKEN: u32 = u32::MAX;

/// Maps trace columns to a [`WeaponClass`] using ordered keyword rules.
///
/// ```
/// use corridor_core::classify::{ClassSource, Classifier, Field};
/// use corridor_core::model::WeaponClass;
///
/// let classifier = Classifier::shipped()?;
/// let c = classifier.classify("PISTOL", "CENTURY ARMS", "DRACO", "7.62X39");
/// assert_eq!(c.class, WeaponClass::AkPattern);
/// assert_eq!(c.source, ClassSource::Model(Field::Model));
/// assert_eq!(c.refined_type, Some(WeaponClass::Pistol));
///
/// let c = classifier.classify("Revólver", "GLOCK", "19", "9MM");
/// assert_eq!(c.class, WeaponClass::Revolver);
///
/// let c = classifier.classify("TASER", "", "", "");
/// assert_eq!(c.class, WeaponClass::Unknown);
/// assert!(c.unrecognised_type);
/// # Ok::<(), corridor_core::classify::RulesError>(())
/// ```
#[derive(Clone, Debug)]
pub struct Classifier {
    /// Shared, so a copy for each import (the app's loads, a fuzz target's
    /// every run) costs a reference count, not the tables.
    tables: Arc<Tables>,
}

/// The rules and their compiled indexes.
#[derive(Debug)]
struct Tables {
    type_rules: Vec<Rule>,
    model_rules: Vec<Rule>,
    vocab: HashMap<Box<str>, u32>,
    type_index: Index,
    model_index: Index,
}

/// One list's rules, compiled to token ids.
#[derive(Clone, Debug, Default)]
struct Index {
    rules: Vec<Compiled>,
    /// For each token id, the keywords starting with it, in rule order then
    /// keyword order, so the first hit at a position is the winning one.
    by_first_token: Vec<Vec<Candidate>>,
}

#[derive(Clone, Debug)]
struct Compiled {
    /// Bit per [`Field`]; all bits for `[[type]]` rules.
    fields: u8,
    keywords: Vec<Box<[u32]>>,
    make: Vec<Box<[u32]>>,
}

#[derive(Clone, Copy, Debug)]
struct Candidate {
    rule: u32,
    keyword: u32,
}

#[derive(Clone, Copy, Debug)]
struct Hit {
    rule: u32,
    keyword: u32,
    field: Option<Field>,
}

impl Classifier {
    /// Build a classifier from a rules file.
    ///
    /// ```
    /// use corridor_core::classify::Classifier;
    /// use corridor_core::model::WeaponClass;
    ///
    /// let rules = r#"
    ///     [[model]]
    ///     class = "fifty_cal"
    ///     keywords = ["M95"]
    ///     make = ["BARRETT"]
    /// "#;
    /// let classifier = Classifier::from_toml_str(rules)?;
    /// assert_eq!(classifier.classify("", "Barrett", "M95", "").class, WeaponClass::FiftyCal);
    /// assert_eq!(classifier.classify("", "Mauser", "M95", "").class, WeaponClass::Unknown);
    /// # Ok::<(), corridor_core::classify::RulesError>(())
    /// ```
    pub fn from_toml_str(text: &str) -> Result<Classifier, RulesError> {
        let (type_rules, model_rules) = rules::parse(text, RuleOrigin::Base)?;
        Ok(Classifier::compile(type_rules, model_rules))
    }

    /// The classifier for the rules shipped in `assets/weapon_rules.toml`.
    ///
    /// Fails only if the embedded file is broken, which the test suite rules
    /// out.
    pub fn shipped() -> Result<Classifier, RulesError> {
        Classifier::from_toml_str(SHIPPED_RULES)
    }

    /// Put a user's rules in front of the current ones, so they override.
    /// Rules added by a later call are tried before those of an earlier one.
    ///
    /// ```
    /// use corridor_core::classify::{Classifier, RuleOrigin};
    /// use corridor_core::model::WeaponClass;
    ///
    /// let shipped = Classifier::shipped()?;
    /// assert_eq!(shipped.classify("", "", "SKS", "").class, WeaponClass::OtherRifle);
    ///
    /// let mine = shipped.with_user_rules(r#"
    ///     [[model]]
    ///     class = "ak_pattern"
    ///     keywords = ["SKS"]
    /// "#)?;
    /// let c = mine.classify("", "", "SKS", "");
    /// assert_eq!(c.class, WeaponClass::AkPattern);
    /// assert_eq!(c.rule.map(|r| r.origin), Some(RuleOrigin::User));
    /// # Ok::<(), corridor_core::classify::RulesError>(())
    /// ```
    pub fn with_user_rules(self, user_toml: &str) -> Result<Classifier, RulesError> {
        let (mut type_rules, mut model_rules) = rules::parse(user_toml, RuleOrigin::User)?;
        type_rules.extend(self.tables.type_rules.iter().cloned());
        model_rules.extend(self.tables.model_rules.iter().cloned());
        Ok(Classifier::compile(type_rules, model_rules))
    }

    /// The rules of one list, in the order they are tried.
    pub fn rules(&self, list: RuleList) -> &[Rule] {
        match list {
            RuleList::Type => &self.tables.type_rules,
            RuleList::Model => &self.tables.model_rules,
        }
    }

    fn compile(type_rules: Vec<Rule>, model_rules: Vec<Rule>) -> Classifier {
        let mut vocab = HashMap::new();
        let type_index = Index::build(&type_rules, &mut vocab);
        let model_index = Index::build(&model_rules, &mut vocab);
        let mut tables = Tables {
            type_rules,
            model_rules,
            vocab,
            type_index,
            model_index,
        };
        // Lists built earlier could not know tokens added by later ones.
        let tokens = tables.vocab.len();
        tables.type_index.by_first_token.resize(tokens, Vec::new());
        tables.model_index.by_first_token.resize(tokens, Vec::new());
        Classifier {
            tables: Arc::new(tables),
        }
    }

    /// Classify one trace from its weapon type, make, model and caliber
    /// columns (any may be empty). See `docs/weapon-classes.md` for the
    /// decision procedure.
    pub fn classify(
        &self,
        weapon_type: &str,
        make: &str,
        model: &str,
        caliber: &str,
    ) -> Classification {
        let mut ids = Vec::with_capacity(32);
        self.push_ids(weapon_type, &mut ids);
        let type_hit = self.tables.type_index.first_match(&[(None, &ids)], &[]);
        let unrecognised_type = !ids.is_empty() && type_hit.is_none();
        let type_class = type_hit.map(|hit| self.tables.type_rules[hit.rule as usize].class);
        if let (Some(hit), Some(class)) = (type_hit, type_class)
            && class.is_pattern()
        {
            return self.found(RuleList::Type, hit, None, false);
        }
        // A placeholder type ("UNKNOWN", "N/A": class `unknown`) says nothing,
        // like an empty one, but is not worth a warning.
        let generic_type = type_hit
            .zip(type_class)
            .filter(|&(_, c)| c != WeaponClass::Unknown);

        ids.clear();
        self.push_ids(make, &mut ids);
        let make_end = ids.len();
        self.push_ids(model, &mut ids);
        let model_end = ids.len();
        self.push_ids(caliber, &mut ids);
        let (make_ids, rest) = ids.split_at(make_end);
        let (model_ids, caliber_ids) = rest.split_at(model_end - make_end);
        let model_hit = self.tables.model_index.first_match(
            &[
                (Some(Field::Make), make_ids),
                (Some(Field::Model), model_ids),
                (Some(Field::Caliber), caliber_ids),
            ],
            make_ids,
        );
        let model_is_pattern = model_hit.is_some_and(|hit| {
            self.tables.model_rules[hit.rule as usize]
                .class
                .is_pattern()
        });

        match (generic_type, model_hit) {
            // "PISTOL" + Draco, "RIFLE" + Barrett: the model is more specific.
            (Some((_, generic)), Some(hit)) if model_is_pattern => {
                self.found(RuleList::Model, hit, Some(generic), false)
            }
            (Some((hit, _)), _) => self.found(RuleList::Type, hit, None, false),
            (None, Some(hit)) => self.found(RuleList::Model, hit, None, unrecognised_type),
            (None, None) => Classification::none(unrecognised_type),
        }
    }

    fn found(
        &self,
        list: RuleList,
        hit: Hit,
        refined_type: Option<WeaponClass>,
        unrecognised_type: bool,
    ) -> Classification {
        let rule = &self.rules(list)[hit.rule as usize];
        Classification {
            class: rule.class,
            source: match hit.field {
                Some(field) => ClassSource::Model(field),
                None => ClassSource::Type,
            },
            matched: rule.keywords.get(hit.keyword as usize).cloned(),
            rule: Some(RuleRef {
                list,
                origin: rule.origin,
                index: rule.index,
                line: rule.line,
            }),
            refined_type,
            unrecognised_type,
        }
    }

    fn push_ids(&self, text: &str, out: &mut Vec<u32>) {
        for_each_token(text, |token| {
            out.push(self.tables.vocab.get(token).copied().unwrap_or(NO_TOKEN));
        });
    }
}

impl Index {
    fn build(rules: &[Rule], vocab: &mut HashMap<Box<str>, u32>) -> Index {
        let mut intern = |text: &str| -> Box<[u32]> {
            let mut ids = Vec::new();
            for_each_token(text, |token| {
                let next = u32::try_from(vocab.len()).unwrap_or(NO_TOKEN - 1);
                ids.push(*vocab.entry(token.into()).or_insert(next));
            });
            ids.into_boxed_slice()
        };

        let compiled: Vec<Compiled> = rules
            .iter()
            .map(|rule| Compiled {
                fields: match rule.list {
                    RuleList::Type => u8::MAX,
                    RuleList::Model => rule.fields.iter().fold(0, |m, f| m | f.bit()),
                },
                keywords: rule.keywords.iter().map(|k| intern(k)).collect(),
                make: rule.make.iter().map(|m| intern(m)).collect(),
            })
            .collect();

        let mut by_first_token: Vec<Vec<Candidate>> = vec![Vec::new(); vocab.len()];
        for (r, rule) in compiled.iter().enumerate() {
            for (k, keyword) in rule.keywords.iter().enumerate() {
                // Validation guarantees every keyword has a token.
                if let Some(&first) = keyword.first() {
                    by_first_token[first as usize].push(Candidate {
                        rule: r as u32,
                        keyword: k as u32,
                    });
                }
            }
        }
        Index {
            rules: compiled,
            by_first_token,
        }
    }

    /// The earliest rule with a keyword occurring in one of `fields` (and,
    /// if it requires one, its make in `make`).
    fn first_match(&self, fields: &[(Option<Field>, &[u32])], make: &[u32]) -> Option<Hit> {
        let mut best: Option<Hit> = None;
        for &(field, ids) in fields {
            let bit = field.map_or(u8::MAX, Field::bit);
            for (start, &id) in ids.iter().enumerate() {
                let Some(candidates) = self.by_first_token.get(id as usize) else {
                    continue;
                };
                for c in candidates {
                    if best.is_some_and(|b| c.rule >= b.rule) {
                        break;
                    }
                    let rule = &self.rules[c.rule as usize];
                    if rule.fields & bit == 0
                        || !ids[start..].starts_with(&rule.keywords[c.keyword as usize])
                        || !(rule.make.is_empty() || rule.make.iter().any(|m| contains(make, m)))
                    {
                        continue;
                    }
                    best = Some(Hit {
                        rule: c.rule,
                        keyword: c.keyword,
                        field,
                    });
                    break;
                }
            }
        }
        best
    }
}

fn contains(haystack: &[u32], needle: &[u32]) -> bool {
    needle.is_empty() || haystack.windows(needle.len()).any(|w| w == needle)
}
