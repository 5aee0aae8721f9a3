//! `stegvis check`: everything `build` validates plus the rendered HTML,
//! without writing the site. For CI: `--format json|github|sarif`, exit 1 on errors.

use super::{ExitCode, Format, SiteArgs};

#[derive(Debug, clap::Args)]
pub(crate) struct CheckArgs {
    #[command(flatten)]
    pub site: SiteArgs,
    /// Also check http(s) links against their servers (results are cached in .stegvis/)
    #[arg(long)]
    pub external: bool,
}

pub(crate) fn run(args: &CheckArgs) -> ExitCode {
    let options = args.site.options(None);
    let external = if args.external {
        crate::External::Check
    } else {
        crate::External::AsConfigured
    };
    let checked = match crate::check_site(&args.site.root, &options, external) {
        Ok(checked) => checked,
        Err(error) => {
            args.site.fatal(&error);
            return ExitCode::UsageOrConfig;
        }
    };
    if args.site.report(&checked.findings) {
        return ExitCode::ContentErrors;
    }
    if args.site.format == Format::Human {
        let n_pages = checked.output.pages.len();
        errln!("checked {n_pages} pages: no errors");
    }
    ExitCode::Success
}
