//! `stegvis build`: build the site and, if there are no errors, replace the output folder.

use std::path::PathBuf;
use std::time::Instant;

use super::{ExitCode, SiteArgs};

#[derive(Debug, clap::Args)]
pub(crate) struct BuildArgs {
    #[command(flatten)]
    pub site: SiteArgs,
    /// Where to write the site, instead of [build] output_dir (default public/)
    #[arg(long)]
    pub output: Option<PathBuf>,
}

pub(crate) fn run(args: &BuildArgs) -> ExitCode {
    let started = Instant::now();
    let root = &args.site.root;
    let options = args.site.options(args.output.clone());
    // --output is relative to where the command runs; [build] output_dir to the site.
    let mut out_dir = PathBuf::new();
    let built = crate::build_site_to_disk(root, &options, |config| {
        out_dir = args
            .output
            .clone()
            .unwrap_or_else(|| crate::output_dir(root, config));
        out_dir.clone()
    });
    let (built, staging) = match built {
        Ok(built) => built,
        Err(error) => {
            args.site.fatal(&error);
            return ExitCode::UsageOrConfig;
        }
    };
    if args.site.report(&built.findings) {
        // Dropping the staging folder removes what was written of the new site.
        drop(staging);
        errln!("build failed: {} was not changed", out_dir.display());
        return ExitCode::ContentErrors;
    }
    if let Err(error) = staging.finish(&built.output) {
        errln!("error: {error}");
        return ExitCode::UsageOrConfig;
    }
    // The site's own pages, as `check` counts them (not the tag, search and
    // other pages the theme adds).
    let n_pages = built.output.pages.len();
    errln!(
        "built {n_pages} pages into {} in {:.2} s{}",
        out_dir.display(),
        started.elapsed().as_secs_f64(),
        stage_times(&built.timings)
    );
    // The old addresses the history keeps alive, so that a move is seen.
    for (old, new) in built.redirected.iter().take(20) {
        errln!("  {old} → {new} (moved)");
    }
    if built.redirected.len() > 20 {
        errln!(
            "  … and {} more moved addresses",
            built.redirected.len() - 20
        );
    }
    // The process ends here: what was built need not be freed piece by piece.
    std::mem::forget(built);
    ExitCode::Success
}

/// ` (load 57.2 ms, render 219.8 ms, …)` with `STEGVIS_TIMINGS=1`, for
/// whoever measures a build (BENCHMARKS.md); else nothing.
fn stage_times(timings: &[(&'static str, std::time::Duration)]) -> String {
    if std::env::var_os("STEGVIS_TIMINGS").is_none() || timings.is_empty() {
        return String::new();
    }
    format!(" ({})", crate::stage_times(timings))
}
