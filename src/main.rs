//! The `corridor` binary: the command line's subcommands, or the app.

use std::process::ExitCode;

use clap::Parser;
use corridor::cli::Cli;

fn main() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let cli = match Cli::try_parse_from(&args) {
        Ok(cli) => cli,
        Err(error) => return ExitCode::from(corridor::cli::dispatch::parse_failure(&error, &args)),
    };
    match cli.command {
        Some(command) => {
            ExitCode::from(corridor::cli::dispatch::run(&command, cli.rules.as_deref()))
        }
        None => open_app(cli.paths, cli.rules, cli.fresh, cli.theme),
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
