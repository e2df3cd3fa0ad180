//! The message files against each other and against the code: both
//! languages hold the same ids with the same arguments, every file parses,
//! every id the code uses exists and every id written is used.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use corridor_core::i18n::{Lang, MESSAGE_FILES};
use fluent_syntax::ast;

/// A message's arguments (`$count`), wherever in it they appear.
type Arguments = BTreeSet<String>;

fn collect_pattern(pattern: &ast::Pattern<&str>, out: &mut Arguments) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            collect_expression(expression, out);
        }
    }
}

fn collect_expression(expression: &ast::Expression<&str>, out: &mut Arguments) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            collect_inline(selector, out);
            for variant in variants {
                collect_pattern(&variant.value, out);
            }
        }
        ast::Expression::Inline(inline) => collect_inline(inline, out),
    }
}

fn collect_inline(inline: &ast::InlineExpression<&str>, out: &mut Arguments) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => collect_expression(expression, out),
        _ => {}
    }
}

/// Every message of one language: id → (file, arguments).
fn messages(lang: Lang) -> BTreeMap<String, (&'static str, Arguments)> {
    let mut all = BTreeMap::new();
    for file in MESSAGE_FILES {
        let resource =
            fluent_syntax::parser::parse(file.text(lang)).unwrap_or_else(|(_, errors)| {
                panic!(
                    "{}/{}.ftl does not parse: {errors:?}",
                    lang.code(),
                    file.name
                )
            });
        for entry in &resource.body {
            match entry {
                ast::Entry::Message(message) => {
                    let mut arguments = Arguments::new();
                    let value = message.value.as_ref().unwrap_or_else(|| {
                        panic!(
                            "{} in {}/{}.ftl has no value",
                            message.id.name,
                            lang.code(),
                            file.name
                        )
                    });
                    collect_pattern(value, &mut arguments);
                    let previous = all.insert(message.id.name.to_owned(), (file.name, arguments));
                    assert!(
                        previous.is_none(),
                        "{} is written twice in {} (second in {}.ftl)",
                        message.id.name,
                        lang.code(),
                        file.name
                    );
                }
                ast::Entry::Junk { content } => {
                    panic!("{}/{}.ftl: cannot read {content:?}", lang.code(), file.name)
                }
                _ => {}
            }
        }
    }
    all
}

#[test]
fn both_languages_have_the_same_messages_with_the_same_arguments() {
    let english = messages(Lang::En);
    let spanish = messages(Lang::Es);
    let only_en: Vec<&String> = english
        .keys()
        .filter(|k| !spanish.contains_key(*k))
        .collect();
    let only_es: Vec<&String> = spanish
        .keys()
        .filter(|k| !english.contains_key(*k))
        .collect();
    assert!(only_en.is_empty(), "not in Spanish: {only_en:?}");
    assert!(only_es.is_empty(), "not in English: {only_es:?}");
    for (id, (file, arguments)) in &english {
        let (es_file, es_arguments) = &spanish[id];
        assert_eq!(
            file, es_file,
            "{id} is in {file}.ftl in English, {es_file}.ftl in Spanish"
        );
        assert_eq!(
            arguments, es_arguments,
            "{id} takes other arguments in Spanish"
        );
    }
    assert!(english.len() > 100, "{} messages", english.len());
}

#[test]
fn every_message_file_in_the_folder_is_loaded() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assets/i18n");
    for lang in Lang::ALL {
        let mut on_disk: Vec<String> = std::fs::read_dir(root.join(lang.code()))
            .expect("message folder")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        on_disk.sort();
        let mut loaded: Vec<String> = MESSAGE_FILES
            .iter()
            .map(|f| format!("{}.ftl", f.name))
            .collect();
        loaded.sort();
        assert_eq!(on_disk, loaded, "assets/i18n/{}", lang.code());
    }
}

/// The Rust files of the core and the app (the app's `tr!` and the core's
/// `t!`/`msg_id!`/`phrase!` are how the code names a message).
fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("source folder") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Every message id the code names, with a file that names it.
fn ids_in_code() -> BTreeMap<String, PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    rust_files(&root.join("../../src"), &mut files);
    let mut ids = BTreeMap::new();
    for path in files {
        let source = std::fs::read_to_string(&path).expect("source");
        // Comments and doc examples name messages without using them.
        let text: String = source
            .lines()
            .filter(|line| !line.trim_start().starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n");
        for (start, _) in text.match_indices('!') {
            let before = &text[..start];
            let macro_name = ["msg_id", "phrase", "tr", "t"].into_iter().find(|name| {
                before.ends_with(name)
                    && !before[..before.len() - name.len()]
                        .ends_with(|c: char| c.is_alphanumeric() || c == '_')
            });
            let Some(name) = macro_name else { continue };
            let rest = text[start + 1..].trim_start();
            let Some(args) = rest.strip_prefix('(') else {
                continue;
            };
            // `t!(lang, "id", ...)`: the id follows the first comma.
            let args = if name == "t" {
                match args.split_once(',') {
                    Some((_, after)) => after,
                    None => continue,
                }
            } else {
                args
            };
            let Some(quoted) = args.trim_start().strip_prefix('"') else {
                continue;
            };
            let Some((id, _)) = quoted.split_once('"') else {
                continue;
            };
            if id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            {
                ids.entry(id.to_owned()).or_insert_with(|| path.clone());
            }
        }
    }
    ids
}

#[test]
fn every_message_the_code_names_exists_and_every_message_is_used() {
    let written = messages(Lang::En);
    let used = ids_in_code();
    let missing: Vec<String> = used
        .iter()
        .filter(|(id, _)| !written.contains_key(*id))
        .map(|(id, path)| format!("{id} ({})", path.display()))
        .collect();
    assert!(
        missing.is_empty(),
        "named in the code, in no message file: {missing:#?}"
    );
    let unused: Vec<&String> = written
        .keys()
        .filter(|id| !used.contains_key(*id))
        .collect();
    assert!(
        unused.is_empty(),
        "in the message files, named nowhere in the code: {unused:#?}"
    );
}

#[test]
fn every_message_formats_in_both_languages_with_its_arguments() {
    for lang in Lang::ALL {
        for (id, (_, arguments)) in messages(lang) {
            let args: Vec<(&str, corridor_core::i18n::Arg)> = arguments
                .iter()
                .map(|name| (name.as_str(), corridor_core::i18n::Arg::from(2_u32)))
                .collect();
            let text = corridor_core::i18n::text(lang, &id, &args);
            assert!(!text.trim().is_empty(), "{id} is empty in {}", lang.code());
            assert!(
                !text.contains('{'),
                "{id} in {} left a placeable: {text}",
                lang.code()
            );
        }
    }
}

/// Lower case, each word without a final `s`, so a term matches its plural
/// (`pista reciente` in "Pistas recientes").
fn folded(text: &str) -> String {
    text.to_lowercase()
        .split_whitespace()
        .map(|word| word.strip_suffix('s').unwrap_or(word))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The text of every message of a language, folded, one per message.
fn all_text(lang: Lang) -> Vec<String> {
    messages(lang)
        .keys()
        .map(|id| folded(&corridor_core::i18n::text(lang, id, &[])))
        .collect()
}

#[test]
fn the_glossary_agrees_with_the_message_files() {
    let glossary = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/glossary.md"),
    )
    .expect("docs/glossary.md");
    let english = all_text(Lang::En);
    let spanish = all_text(Lang::Es);
    let mut rows = 0;
    for line in glossary.lines().filter(|l| l.starts_with("| ")) {
        let cells: Vec<&str> = line.trim_matches('|').split('|').map(str::trim).collect();
        let [en, es, ..] = cells.as_slice() else {
            continue;
        };
        if *en == "English" || en.starts_with("---") {
            continue;
        }
        rows += 1;
        let (en, es) = (folded(en), folded(es));
        if english.iter().any(|m| m.contains(&en)) {
            assert!(
                spanish.iter().any(|m| m.contains(&es)),
                "the English messages say {en:?}; no Spanish message says the glossary's {es:?}"
            );
        }
    }
    assert!(rows > 30, "{rows} glossary rows read");
    let avoided_line = glossary
        .lines()
        .skip_while(|l| !l.starts_with("Avoided"))
        .take_while(|l| !l.trim().is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    let avoided: Vec<&str> = avoided_line.split('`').skip(1).step_by(2).collect();
    assert!(avoided.len() >= 4, "{avoided:?}");
    for term in avoided {
        let term = folded(term);
        let used: Vec<&String> = spanish.iter().filter(|m| m.contains(&term)).collect();
        assert!(used.is_empty(), "avoided {term:?} in {used:?}");
    }
}
