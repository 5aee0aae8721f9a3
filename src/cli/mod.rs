//! The commands, one file each. Each returns an `ExitCode` for main.rs.

pub mod build;
pub mod check;
pub mod new;
pub mod serve;

use std::io::IsTerminal;

use crate::findings::{self, Findings};

/// Exit codes: SPEC "Commands".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitCode {
    Success = 0,
    ContentErrors = 1,
    UsageOrConfig = 2,
}

/// How findings are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Format {
    #[default]
    Human,
    Json,
    Github,
}

/// Prints findings in the chosen format: human to stderr, machine formats to stdout.
pub fn print_findings(findings: &Findings, format: Format) {
    match format {
        Format::Human => {
            if !findings.is_empty() {
                let styled = std::io::stderr().is_terminal();
                eprint!("{}", findings::print_human(findings, styled));
            }
        }
        Format::Json => print!("{}", findings::print_json(findings)),
        Format::Github => print!("{}", findings::print_github(findings)),
    }
}

/// Prints an error that stops the build before any content was read.
pub fn print_fatal(error: &crate::Error) {
    match error {
        crate::Error::Config(crate::config::ConfigError::Invalid(list)) => {
            let mut findings = Findings::default();
            findings.extend(list.iter().cloned());
            let styled = std::io::stderr().is_terminal();
            eprint!("{}", findings::print_human(&findings, styled));
        }
        other => eprintln!("error: {other}"),
    }
}
