//! The `stegvis` command: parse the arguments, run one command, exit with its code.

use clap::{Parser, Subcommand};

use stegvis::cli::{self, ExitCode};

/// A static-site generator for the knowledge portals of improvement networks.
#[derive(Parser)]
#[command(name = "stegvis", version, about)]
struct Arguments {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Build the site into public/ (or --output); a build with errors changes nothing
    Build(cli::build::BuildArgs),
    /// Check everything build checks, plus the rendered HTML, without writing the site
    Check(cli::check::CheckArgs),
    /// Preview the site on 127.0.0.1:1111, rebuilt and reloaded on every change
    Serve(cli::serve::ServeArgs),
    /// Write a new page of a kind (meeting, step, template, material, page) and print its path
    New(cli::new::NewArgs),
}

fn main() -> std::process::ExitCode {
    let arguments = match Arguments::try_parse() {
        Ok(arguments) => arguments,
        Err(error) => {
            let _ = error.print();
            return std::process::ExitCode::from(if error.use_stderr() {
                ExitCode::UsageOrConfig as u8
            } else {
                ExitCode::Success as u8
            });
        }
    };
    let code = match arguments.command {
        Command::Build(args) => cli::build::run(&args),
        Command::Check(args) => cli::check::run(&args),
        Command::New(args) => cli::new::run(&args),
        Command::Serve(args) => cli::serve::run(&args),
    };
    std::process::ExitCode::from(code as u8)
}
