//! Running a subcommand under the command line's contract: exit status 0
//! when it did its work, 1 on bad data or I/O, 2 on a wrong use; with
//! `--json`, exactly one JSON document on stdout, also when the arguments
//! themselves do not parse.

use std::ffi::OsString;
use std::path::Path;

use corridor_core::i18n::Lang;

use super::console::{Console, OutputMode};
use super::failure::Failure;
use super::{
    Command, check, corridors, deconflict, export_data, export_flowmap, export_image, generate,
    handover, networks, stores,
};

/// Runs `command` and returns the exit status.
pub fn run(command: &Command, rules: Option<&Path>) -> u8 {
    let stdout = &mut std::io::stdout().lock();
    let stderr = &mut std::io::stderr().lock();
    let mut console = Console::new(output_mode(command), stdout, stderr).in_lang(lang_of(command));
    let result = match command {
        Command::Check(args) => check::run(args, rules, &mut console),
        Command::Corridors(args) => corridors::run(args, rules, &mut console),
        Command::Stores(args) => stores::run(args, rules, &mut console),
        Command::Networks(args) => networks::run(args, rules, &mut console),
        Command::Deconflict(args) => deconflict::run(args, rules, &mut console),
        Command::Handover(args) => handover::run_handover(args, &mut console),
        Command::Verify(args) => handover::run_verify(args, &mut console),
        Command::ExportFlowmap(args) => export_flowmap::run(args, rules, &mut console),
        Command::ExportData(args) => export_data::run(args, rules, &mut console),
        Command::Export(args) => export_image::run(args, rules, &mut console),
        Command::Generate(args) => generate::run(args, &mut console),
    };
    match result {
        Ok(()) => 0,
        Err(failure) => {
            console.fail(&failure);
            failure.exit_code()
        }
    }
}

fn output_mode(command: &Command) -> OutputMode {
    match command {
        Command::Check(args) => args.output.mode(),
        Command::Corridors(args) => args.output.mode(),
        Command::Stores(args) => args.output.mode(),
        Command::Networks(args) => args.output.mode(),
        Command::Deconflict(args) => args.output.mode(),
        Command::Handover(args) => args.output.mode(),
        Command::Verify(args) => args.output.mode(),
        Command::ExportFlowmap(args) => args.output.mode(),
        Command::ExportData(args) => args.output.mode(),
        Command::Export(args) => args.output.mode(),
        Command::Generate(args) => args.output.mode(),
    }
}

/// The language of a command's words: its `--lang` (the first of two).
fn lang_of(command: &Command) -> Lang {
    match command {
        Command::Check(args) => args.lang.wording.first(),
        Command::Corridors(args) => args.lang.wording.first(),
        Command::Stores(args) => args.lang.wording.first(),
        Command::Networks(args) => args.lang.wording.first(),
        Command::Deconflict(args) => args.lang.wording.first(),
        Command::Handover(args) => args.lang.wording.first(),
        Command::Verify(args) => args.lang.wording.first(),
        Command::ExportFlowmap(args) => args.lang.wording.first(),
        Command::ExportData(args) => args.lang.wording.first(),
        Command::Export(args) => args.lang.wording.first(),
        Command::Generate(args) => args.lang.wording.first(),
    }
}

/// Arguments clap refused (or `--help`, `--version`): clap's text as usual,
/// and with `--json` among the arguments also the usage error as the JSON
/// document, since a script asked for one. Returns the exit status.
pub fn parse_failure(error: &clap::Error, args: &[OsString]) -> u8 {
    // Help and version are what was asked for, on stdout, status 0.
    if !error.use_stderr() {
        let _ = error.print();
        return 0;
    }
    let wants_json = args
        .iter()
        .take_while(|arg| *arg != "--")
        .any(|arg| arg == "--json");
    let rendered = error.render().to_string();
    let message = rendered
        .lines()
        .next()
        .unwrap_or_default()
        .trim_start_matches("error: ")
        .to_owned();
    let failure = Failure::usage(message);
    let mode = if wants_json {
        OutputMode::Json
    } else {
        OutputMode::Text
    };
    let stdout = &mut std::io::stdout().lock();
    if mode == OutputMode::Json {
        // The document first, then clap's full text (with the usage line)
        // for the person reading stderr.
        let stderr = &mut std::io::sink();
        Console::new(mode, stdout, stderr).fail(&failure);
    }
    let _ = error.print();
    failure.exit_code()
}
