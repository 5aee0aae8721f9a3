//! The commands, one file each. Each returns an `ExitCode` for main.rs.
//! They print through `err!`/`out!`, never `eprintln!`/`println!`: those
//! panic when the reader has gone (`stegvis build 2>&1 | head -3`), which
//! would fail a good build under `pipefail`.

/// Writes to stderr, ignoring a closed pipe.
macro_rules! err {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = write!(std::io::stderr().lock(), $($arg)*);
    }};
}

/// Writes a line to stderr, ignoring a closed pipe.
macro_rules! errln {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr().lock(), $($arg)*);
    }};
}

/// Writes to stdout, ignoring a closed pipe.
macro_rules! out {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let mut stdout = std::io::stdout().lock();
        let _ = write!(stdout, $($arg)*).and_then(|()| stdout.flush());
    }};
}

/// Writes a line to stdout, ignoring a closed pipe.
macro_rules! outln {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stdout().lock(), $($arg)*);
    }};
}

pub(crate) mod build;
pub(crate) mod check;
pub(crate) mod cms;
pub(crate) mod init;
pub(crate) mod new;
pub(crate) mod serve;

use std::io::IsTerminal;

use crate::findings::{self, Findings};

/// Exit codes: SPEC "Commands".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ExitCode {
    Success = 0,
    ContentErrors = 1,
    UsageOrConfig = 2,
}

/// How findings are printed.
/// The flags `build` and `check` share: which site, how to read it, how to
/// report.
#[derive(Debug, clap::Args)]
pub(crate) struct SiteArgs {
    /// The site folder (with site.toml and content/)
    #[arg(long, default_value = ".")]
    pub root: std::path::PathBuf,
    /// Include pages with draft: true
    #[arg(long)]
    pub drafts: bool,
    /// Use this base URL instead of site.toml's base_url
    #[arg(long)]
    pub base_url: Option<String>,
    /// The build date, YYYY-MM-DD: which meetings are upcoming (default:
    /// SOURCE_DATE_EPOCH, else today)
    #[arg(long, value_parser = parse_date)]
    pub now: Option<jiff::civil::Date>,
    /// Fail (exit 1) on warnings too
    #[arg(long)]
    pub deny_warnings: bool,
    /// How to print findings
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// Write every message in this language (en for a CI log that
    /// developers read); by default each in the language of its page.
    /// Also STEGVIS_MESSAGES=en
    #[arg(long, value_parser = parse_language)]
    pub messages: Option<crate::config::Language>,
}

impl SiteArgs {
    /// `--messages`, else STEGVIS_MESSAGES.
    pub(crate) fn messages(&self) -> Option<crate::config::Language> {
        self.messages.or_else(messages_from_env)
    }

    /// What the flags ask of the build; `output_dir` from `--output`.
    pub(crate) fn options(&self, output_dir: Option<std::path::PathBuf>) -> crate::BuildOptions {
        crate::BuildOptions {
            now: self.now,
            drafts: crate::Drafts::from_flag(self.drafts),
            overrides: crate::config::ConfigOverrides {
                base_url: self.base_url.clone(),
                output_dir,
            },
            remember: true,
            pack_texts_above: None,
        }
    }

    /// Prints an error that stops the command before any content was read,
    /// in the chosen format.
    pub(crate) fn fatal(&self, error: &crate::Error) {
        print_fatal(error, self.format, self.messages(), &self.root);
    }

    /// Prints the findings and says whether they fail the command: any
    /// error, or with `--deny-warnings` any warning but a page's review
    /// reminder (`review_by` passed): a reminder is not a defect, and must
    /// not stop an urgent fix from being published. It is printed still.
    pub(crate) fn report(&self, findings: &Findings) -> bool {
        print_findings(findings, self.format, self.messages(), &self.root);
        let defects = findings
            .sorted()
            .into_iter()
            .filter(|finding| finding.severity == findings::Severity::Warning)
            .filter(|finding| finding.rule != Some(findings::Rule::ReviewDue))
            .count();
        findings.n_errors() > 0 || (self.deny_warnings && defects > 0)
    }
}

fn parse_language(text: &str) -> Result<crate::config::Language, String> {
    crate::config::Language::from_code(text.trim()).ok_or_else(|| {
        format!(
            "\"{text}\" is not one of {}",
            crate::config::Language::codes()
        )
    })
}

/// STEGVIS_MESSAGES=en: the language every message is written in.
pub(crate) fn messages_from_env() -> Option<crate::config::Language> {
    std::env::var("STEGVIS_MESSAGES")
        .ok()
        .and_then(|code| crate::config::Language::from_code(code.trim()))
}

fn parse_date(text: &str) -> Result<jiff::civil::Date, String> {
    text.parse()
        .map_err(|_| format!("\"{text}\" is not a date; write YYYY-MM-DD"))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub(crate) enum Format {
    #[default]
    Human,
    Json,
    Github,
    Sarif,
}

/// Prints findings in the chosen format: human to stderr, machine formats
/// to stdout; each in its page's language, or all in `language`.
pub(crate) fn print_findings(
    findings: &Findings,
    format: Format,
    language: Option<crate::config::Language>,
    root: &std::path::Path,
) {
    let forced;
    let findings = match language {
        Some(language) => {
            forced = findings.written_in(language);
            &forced
        }
        None => findings,
    };
    match format {
        Format::Human => {
            if !findings.is_empty() {
                let styled = std::io::stderr().is_terminal();
                err!("{}", findings::print_human(findings, styled));
            }
        }
        Format::Json => out!("{}", findings::print_json(findings)),
        Format::Github => {
            out!("{}", findings::print_github(findings));
            append_step_summary(findings);
        }
        Format::Sarif => out!(
            "{}",
            findings::print_sarif(findings, &repository_prefix(root))
        ),
    }
}

/// Where the site folder lies in its Git repository (`portal/`; empty at
/// its root or outside a repository): SARIF names files from there.
pub(super) fn repository_prefix(root: &std::path::Path) -> std::path::PathBuf {
    let Ok(root) = root.canonicalize() else {
        return std::path::PathBuf::new();
    };
    root.ancestors()
        .find(|folder| folder.join(".git").exists())
        .and_then(|repository| root.strip_prefix(repository).ok())
        .map(std::path::Path::to_path_buf)
        .unwrap_or_default()
}

/// Every finding as a table in the job's summary page, when GitHub Actions
/// names one (`GITHUB_STEP_SUMMARY`); the annotations show only 10 of each level.
/// Where a command may write `relative` into the site at `root`: every part
/// a plain name (no `..`, no absolute path), and no part that exists a
/// symbolic link, which would carry the write out of the site or into
/// `.git/`. The error says which part, for the editor to see.
pub(crate) fn site_place(
    root: &std::path::Path,
    relative: &std::path::Path,
) -> Result<std::path::PathBuf, findings::Msg> {
    let shown =
        |path: &std::path::Path| findings::printable(&findings::display_path(path)).into_owned();
    crate::place::within(root, relative).map_err(|refused| match refused {
        crate::place::Refused::NotPlain => {
            findings::Msg::new("place-not-plain").arg("path", shown(relative))
        }
        crate::place::Refused::Link(link) => {
            findings::Msg::new("place-link").arg("path", shown(&link))
        }
        crate::place::Refused::Unreadable(error) => findings::Msg::new("place-unreadable")
            .arg("path", shown(relative))
            .arg_msg("reason", io_reason(&error)),
    })
}

/// A message of the program's own (not a finding: what `new`, `cms` and
/// `init` say) in `language`.
pub(crate) fn say(language: crate::config::Language, msg: &findings::Msg) -> String {
    findings::messages::text(language, msg, None).unwrap_or_else(|| msg.id.to_string())
}

/// Why a file could not be written or read, as an editor can act on it,
/// not as the system says it ("File exists (os error 17)").
pub(crate) fn io_reason(error: &std::io::Error) -> findings::Msg {
    use std::io::ErrorKind;
    let id = match error.kind() {
        ErrorKind::AlreadyExists => "io-exists",
        ErrorKind::PermissionDenied => "io-no-permission",
        ErrorKind::NotFound => "io-not-found",
        ErrorKind::StorageFull => "io-disk-full",
        ErrorKind::ReadOnlyFilesystem => "io-read-only",
        _ => {
            let text = error.to_string();
            let text = text.split(" (os error").next().unwrap_or(&text);
            return findings::Msg::new("io-other").arg("reason", text);
        }
    };
    findings::Msg::new(id)
}

/// "cannot write public/x: the disk is full".
pub(crate) fn cannot_write(path: &std::path::Path, error: &std::io::Error) -> findings::Msg {
    findings::Msg::new("file-cannot-write")
        .arg("path", findings::display_path(path))
        .arg_msg("reason", io_reason(error))
}

fn append_step_summary(findings: &Findings) {
    let Some(path) = std::env::var_os("GITHUB_STEP_SUMMARY").filter(|path| !path.is_empty()) else {
        return;
    };
    let summary = findings::github_summary(findings);
    if summary.is_empty() {
        return;
    }
    let written = std::fs::OpenOptions::new()
        .append(true)
        .create(true)
        .open(&path)
        .and_then(|mut file| std::io::Write::write_all(&mut file, summary.as_bytes()));
    if let Err(error) = written {
        errln!(
            "warning: could not write the job summary to {}: {error}",
            std::path::Path::new(&path).display()
        );
    }
}

/// A fatal error for a person at a terminal (new, cms, serve).
fn print_fatal_human(error: &crate::Error, root: &std::path::Path) {
    print_fatal(error, Format::Human, messages_from_env(), root);
}

/// Prints an error that stops the build before any content was read.
/// Its findings (site.toml's, the theme's) in the site's language, or in
/// `messages` when asked.
/// In the chosen `format`, so that CI sees a broken site.toml as it sees a broken link.
pub(crate) fn print_fatal(
    error: &crate::Error,
    format: Format,
    messages: Option<crate::config::Language>,
    root: &std::path::Path,
) {
    match error.findings() {
        Some(findings) => print_findings(&findings, format, messages, root),
        None => errln!("error: {error}"),
    }
}

/// A static-site generator for the knowledge portals of improvement networks.
#[derive(clap::Parser)]
#[command(name = "stegvis", version, about)]
struct Arguments {
    #[command(subcommand)]
    command: Command,
}

#[derive(clap::Subcommand)]
enum Command {
    /// Build the site into public/ (or --output); a build with errors changes nothing
    Build(build::BuildArgs),
    /// Check everything build checks, plus the rendered HTML, without writing the site
    Check(check::CheckArgs),
    /// Preview the site on 127.0.0.1:1111, rebuilt and reloaded on every change
    Serve(serve::ServeArgs),
    /// Write a new page of a kind (meeting, step, template, material, page) and print its path
    New(new::NewArgs),
    /// Write the browser editor's configuration (Decap CMS) into static/admin/
    Cms(cms::CmsArgs),
    /// Start a new portal in DIR: site.toml, first pages of each kind, CI files
    Init(init::InitArgs),
}

/// The `stegvis` command: parses the arguments, runs one command, returns its exit code.
pub fn main() -> std::process::ExitCode {
    let arguments = match <Arguments as clap::Parser>::try_parse() {
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
        Command::Build(args) => build::run(&args),
        Command::Check(args) => check::run(&args),
        Command::New(args) => new::run(&args),
        Command::Init(args) => init::run(&args),
        Command::Cms(args) => cms::run(&args),
        Command::Serve(args) => serve::run(&args),
    };
    std::process::ExitCode::from(code as u8)
}
