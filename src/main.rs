//! The `corridor` binary: the command line's subcommands, or the app.

use std::process::ExitCode;

use clap::Parser;
use corridor::cli::{Cli, Command};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let Some(command) = cli.command else {
        return open_app(cli.paths, cli.rules, cli.fresh, cli.theme);
    };
    let rules = cli.rules.as_deref();
    let out = &mut std::io::stdout().lock();
    let status = match command {
        Command::Check(args) => corridor::cli::check::run(&args, rules, out),
        Command::Corridors(args) => corridor::cli::corridors::run(&args, rules, out),
        Command::Stores(args) => corridor::cli::stores::run(&args, rules, out),
        Command::ExportFlowmap(args) => corridor::cli::export_flowmap::run(&args, rules, out),
        Command::ExportData(args) => corridor::cli::export_data::run(&args, rules, out),
        Command::Export(args) => corridor::cli::export_image::run(&args, rules, out),
        Command::Generate(args) => corridor::cli::generate::run(&args, out),
    };
    match status {
        Ok(code) => ExitCode::from(code as u8),
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::from(2)
        }
    }
}

/// `corridor [PATH...]`: the window, with the user's folders from the
/// environment.
fn open_app(
    paths: Vec<std::path::PathBuf>,
    rules: Option<std::path::PathBuf>,
    fresh: bool,
    theme: Option<corridor::cli::ThemeArg>,
) -> ExitCode {
    let folders = corridor_core::config::UserFolders::from_environment();
    let start = corridor::app::StartOptions {
        paths,
        rules,
        fresh,
        // A fresh start neither offers nor writes unsaved work.
        recovery_file: if fresh { None } else { folders.recovery_path() },
        folders,
        theme: theme.map(Into::into),
        ..Default::default()
    };
    match corridor::app::run(start) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("corridor: {error:#}");
            ExitCode::FAILURE
        }
    }
}
