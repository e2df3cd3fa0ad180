//! Keeps `docs/weapon-classes.md` in step with `assets/weapon_rules.toml`.
//!
//! The docs carry a generated table of every shipped rule between two
//! marker comments. If a rule changes, the test below fails and prints the
//! table to paste in its place.

use super::classifier::{Classifier, SHIPPED_RULES};
use super::normalize::tokens;
use super::rules::{Field, Rule, RuleList};

const DOCS: &str = include_str!("../../../../docs/weapon-classes.md");
const START: &str = "<!-- shipped-rules:start -->";
const END: &str = "<!-- shipped-rules:end -->";

/// The note for a rule: the comment after its `[[type]]`/`[[model]]` header.
fn note(rule: &Rule) -> &'static str {
    SHIPPED_RULES
        .lines()
        .nth(rule.line - 1)
        .and_then(|line| line.split_once('#'))
        .map_or("", |(_, comment)| comment.trim())
}

fn render_table(classifier: &Classifier) -> String {
    let mut out = String::new();
    for list in [RuleList::Type, RuleList::Model] {
        let rules = classifier.rules(list);
        out.push_str(&format!("\n#### `{list}` rules ({})\n\n", rules.len()));
        match list {
            RuleList::Type => {
                out.push_str("| # | Class | Keywords | Note |\n|---|---|---|---|\n");
            }
            RuleList::Model => {
                out.push_str(
                    "| # | Class | Keywords | Fields | Make must contain | Note |\n\
                     |---|---|---|---|---|---|\n",
                );
            }
        }
        for rule in rules {
            let keywords = rule
                .keywords
                .iter()
                .map(|k| format!("`{k}`"))
                .collect::<Vec<_>>()
                .join(", ");
            let class = format!("`{}`", rule.class.id());
            match list {
                RuleList::Type => out.push_str(&format!(
                    "| {} | {class} | {keywords} | {} |\n",
                    rule.index,
                    note(rule)
                )),
                RuleList::Model => {
                    let fields = if rule.fields == Field::ALL {
                        "all".to_owned()
                    } else {
                        rule.fields
                            .iter()
                            .map(|f| f.id())
                            .collect::<Vec<_>>()
                            .join(", ")
                    };
                    let make = rule
                        .make
                        .iter()
                        .map(|m| format!("`{m}`"))
                        .collect::<Vec<_>>()
                        .join(", ");
                    out.push_str(&format!(
                        "| {} | {class} | {keywords} | {fields} | {make} | {} |\n",
                        rule.index,
                        note(rule)
                    ));
                }
            }
        }
    }
    out
}

fn docs_table() -> &'static str {
    let start = DOCS.find(START).expect("start marker in docs") + START.len();
    let end = DOCS.find(END).expect("end marker in docs");
    &DOCS[start..end]
}

#[test]
fn every_shipped_keyword_is_in_the_docs_table() {
    let table = docs_table();
    let classifier = Classifier::shipped().unwrap();
    for list in [RuleList::Type, RuleList::Model] {
        for rule in classifier.rules(list) {
            for keyword in rule
                .keywords
                .iter()
                .map(|k| k.as_ref())
                .chain(rule.make.iter().map(String::as_str))
            {
                assert!(
                    table.contains(&format!("`{keyword}`")),
                    "{list} rule {} keyword {keyword:?} is missing from docs/weapon-classes.md",
                    rule.index
                );
            }
        }
    }
}

#[test]
fn docs_table_matches_the_shipped_rules() {
    let want = render_table(&Classifier::shipped().unwrap());
    let have = docs_table();
    assert!(
        have.trim() == want.trim(),
        "docs/weapon-classes.md is out of date; replace the text between {START} and {END} with:\n{want}"
    );
}

#[test]
fn the_docs_example_explanation_is_current() {
    let c = Classifier::shipped()
        .unwrap()
        .classify("PISTOL", "Century Arms", "Draco", "7.62x39");
    let line = format!("`{c}`");
    assert!(
        DOCS.contains(&line),
        "update the example in docs/weapon-classes.md to {line}"
    );
}

/// A keyword is dead when an earlier keyword that applies to at least the
/// same fields, with no make condition, occurs inside it: the earlier one
/// always wins, so the later one can never be reported. Catches rules put
/// below the general rule they were meant to precede.
#[test]
fn no_shipped_keyword_is_shadowed_by_an_earlier_one() {
    let classifier = Classifier::shipped().unwrap();
    let mut problems = Vec::new();
    for list in [RuleList::Type, RuleList::Model] {
        let mut earlier: Vec<(&Rule, Vec<String>, &str)> = Vec::new();
        for rule in classifier.rules(list) {
            for keyword in &rule.keywords {
                let toks = tokens(keyword);
                for (e_rule, e_toks, e_kw) in &earlier {
                    let covers_fields = rule.fields.iter().all(|f| e_rule.fields.contains(f));
                    if e_rule.make.is_empty()
                        && covers_fields
                        && toks.windows(e_toks.len()).any(|w| w == e_toks.as_slice())
                    {
                        problems.push(format!(
                            "{list} rule {} keyword {keyword:?} is shadowed by {e_kw:?} (rule {})",
                            rule.index, e_rule.index
                        ));
                    }
                }
                earlier.push((rule, toks, keyword));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
