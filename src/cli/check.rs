//! `stegvis check`: everything `build` validates plus the rendered HTML,
//! without writing the site. For CI: `--format json|github`, exit 1 on errors.

use std::path::PathBuf;

use crate::config::ConfigOverrides;
use crate::{BuildOptions, Drafts};

use super::{ExitCode, Format, print_fatal, print_findings};

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// The site folder (with site.toml and content/)
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
    /// Include pages with draft: true
    #[arg(long)]
    pub drafts: bool,
    /// Use this base URL instead of site.toml's base_url
    #[arg(long)]
    pub base_url: Option<String>,
    /// Also check http(s) links against their servers (results are cached in .stegvis/)
    #[arg(long)]
    pub external: bool,
    /// Fail (exit 1) on warnings too
    #[arg(long)]
    pub deny_warnings: bool,
    /// How to print findings
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
}

pub fn run(args: &CheckArgs) -> ExitCode {
    let options = BuildOptions {
        drafts: Drafts::from_flag(args.drafts),
        now: None,
        overrides: ConfigOverrides {
            base_url: args.base_url.clone(),
            output_dir: None,
        },
    };
    let external = if args.external {
        crate::External::Check
    } else {
        crate::External::AsConfigured
    };
    let checked = match crate::check_site(&args.root, &options, external) {
        Ok(checked) => checked,
        Err(error) => {
            print_fatal(&error);
            return ExitCode::UsageOrConfig;
        }
    };
    print_findings(&checked.findings, args.format);
    let n_errors = checked.findings.n_errors();
    let n_warnings = checked.findings.n_warnings();
    if n_errors > 0 || (args.deny_warnings && n_warnings > 0) {
        return ExitCode::ContentErrors;
    }
    if args.format == Format::Human {
        let n_pages = checked.output.pages.len();
        errln!("checked {n_pages} pages: no errors");
    }
    ExitCode::Success
}
