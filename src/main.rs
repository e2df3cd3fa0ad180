//! The `corridor` binary: the command line's subcommands, or the app.

use std::process::ExitCode;

use clap::Parser;
use corridor::cli::{Cli, Command};

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Check(args)) => {
            let mut stdout = std::io::stdout().lock();
            match corridor::cli::check::run(&args, cli.rules.as_deref(), &mut stdout) {
                Ok(code) => ExitCode::from(code as u8),
                Err(error) => {
                    eprintln!("error: {error:#}");
                    ExitCode::from(2)
                }
            }
        }
        Some(Command::Corridors(args)) => {
            let mut stdout = std::io::stdout().lock();
            match corridor::cli::corridors::run(&args, cli.rules.as_deref(), &mut stdout) {
                Ok(code) => ExitCode::from(code as u8),
                Err(error) => {
                    eprintln!("error: {error:#}");
                    ExitCode::from(2)
                }
            }
        }
        Some(Command::ExportFlowmap(args)) => {
            let mut stdout = std::io::stdout().lock();
            match corridor::cli::export_flowmap::run(&args, cli.rules.as_deref(), &mut stdout) {
                Ok(code) => ExitCode::from(code as u8),
                Err(error) => {
                    eprintln!("error: {error:#}");
                    ExitCode::from(2)
                }
            }
        }
        Some(Command::ExportData(args)) => {
            let mut stdout = std::io::stdout().lock();
            match corridor::cli::export_data::run(&args, cli.rules.as_deref(), &mut stdout) {
                Ok(code) => ExitCode::from(code as u8),
                Err(error) => {
                    eprintln!("error: {error:#}");
                    ExitCode::from(2)
                }
            }
        }
        Some(Command::Export(args)) => {
            let mut stdout = std::io::stdout().lock();
            match corridor::cli::export_image::run(&args, cli.rules.as_deref(), &mut stdout) {
                Ok(code) => ExitCode::from(code as u8),
                Err(error) => {
                    eprintln!("error: {error:#}");
                    ExitCode::from(2)
                }
            }
        }
        Some(Command::Generate(args)) => {
            let mut stdout = std::io::stdout().lock();
            match corridor::cli::generate::run(&args, &mut stdout) {
                Ok(code) => ExitCode::from(code as u8),
                Err(error) => {
                    eprintln!("error: {error:#}");
                    ExitCode::from(2)
                }
            }
        }
        None => {
            let folders = corridor_core::config::UserFolders::from_environment();
            let start = corridor::app::StartOptions {
                paths: cli.paths,
                rules: cli.rules,
                fresh: cli.fresh,
                // A fresh start neither offers nor writes unsaved work.
                recovery_file: if cli.fresh {
                    None
                } else {
                    folders.recovery_path()
                },
                folders,
                theme: cli.theme.map(Into::into),
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
    }
}
