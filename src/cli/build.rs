//! `stegvis build`: build the site and, if there are no errors, replace the output folder.

use std::path::PathBuf;
use std::time::Instant;

use crate::config::ConfigOverrides;
use crate::{BuildOptions, Drafts};

use super::{ExitCode, Format, print_fatal, print_findings};

#[derive(Debug, clap::Args)]
pub struct BuildArgs {
    /// The site folder (with site.toml and content/)
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
    /// Where to write the site, instead of [build] output_dir (default public/)
    #[arg(long)]
    pub output: Option<PathBuf>,
    /// Include pages with draft: true
    #[arg(long)]
    pub drafts: bool,
    /// Use this base URL instead of site.toml's base_url
    #[arg(long)]
    pub base_url: Option<String>,
    /// Fail (exit 1) on warnings too
    #[arg(long)]
    pub deny_warnings: bool,
    /// The build date, YYYY-MM-DD: which meetings are upcoming (default:
    /// SOURCE_DATE_EPOCH, else today)
    #[arg(long, value_parser = parse_date)]
    pub now: Option<jiff::civil::Date>,
    /// How to print findings
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
}

pub fn run(args: &BuildArgs) -> ExitCode {
    let started = Instant::now();
    let options = BuildOptions {
        now: args.now,
        drafts: Drafts::from_flag(args.drafts),
        overrides: ConfigOverrides {
            base_url: args.base_url.clone(),
            output_dir: args.output.clone(),
        },
    };
    // --output is relative to where the command runs; [build] output_dir to the site.
    let mut out_dir = PathBuf::new();
    let built = crate::build_site_to_disk(&args.root, &options, |config| {
        out_dir = args
            .output
            .clone()
            .unwrap_or_else(|| crate::output_dir(&args.root, config));
        out_dir.clone()
    });
    let (built, staging) = match built {
        Ok(built) => built,
        Err(error) => {
            print_fatal(&error);
            return ExitCode::UsageOrConfig;
        }
    };
    print_findings(&built.findings, args.format);
    let n_errors = built.findings.n_errors();
    let n_warnings = built.findings.n_warnings();
    if n_errors > 0 || (args.deny_warnings && n_warnings > 0) {
        // Dropping the staging folder removes what was written of the new site.
        drop(staging);
        errln!("build failed: {} was not changed", out_dir.display());
        return ExitCode::ContentErrors;
    }
    if let Err(error) = staging.finish(&built.output) {
        errln!("error: {error}");
        return ExitCode::UsageOrConfig;
    }
    let n_pages = built
        .output
        .paths()
        .filter(|path| path.ends_with("index.html"))
        .count();
    errln!(
        "built {n_pages} pages into {} in {:.2} s",
        out_dir.display(),
        started.elapsed().as_secs_f64()
    );
    ExitCode::Success
}

fn parse_date(text: &str) -> Result<jiff::civil::Date, String> {
    text.parse()
        .map_err(|_| format!("\"{text}\" is not a date; write YYYY-MM-DD"))
}
