//! `stegvis serve`: the site built in memory and served on 127.0.0.1, rebuilt
//! when a file changes, with the open tabs reloaded over Server-Sent Events
//! and the latest build's findings shown in the page. It never writes the
//! output folder. One loop (`watch::run`) owns rebuilding; the server only
//! reads the latest `Served` behind an `Arc`.

pub(crate) mod cms;
pub(crate) mod overview;
pub(crate) mod reload;
pub(crate) mod saved;
pub(crate) mod server;
pub(crate) mod watch;
pub(crate) mod words;

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::{Arc, RwLock};

use crate::config::Language;
use crate::findings::Finding;
use crate::render::OutputFile;

/// What the server hands out: the last good build's files, and the findings
/// of the latest build (which may have failed).
pub(crate) struct Served {
    pub files: BTreeMap<String, OutputFile>,
    /// The latest build's findings, settled (sorted, each once), shared
    /// with the requests that print them.
    pub findings: Arc<crate::findings::Findings>,
    /// The latest build's pages, for the editor's overview.
    pub pages: Vec<crate::PageSummary>,
    /// Each output page's source file (`process/index.html` → `content/process/_index.md`).
    pub sources: BTreeMap<String, PathBuf>,
    pub base_path: String,
    pub language: Language,
    /// Counts builds, so that a test can tell an old page from a new one.
    pub generation: u64,
}

pub(crate) type SharedServed = Arc<RwLock<Served>>;

/// What the browser is told after a build.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Change {
    /// Reload the page: every tab (`None`), or those that show one of these
    /// URL paths (a rebuild after Markdown files were saved, when the
    /// findings did not change: the other pages are as they were).
    Reload(Option<Vec<String>>),
    /// The page at this URL path was saved and is served anew, before the
    /// rest of the site is rebuilt: the tabs that show it reload.
    Page(String),
    /// Only stylesheets changed: swap them without a reload.
    Css,
}

/// The page of a saved Markdown file, rendered alone and served at once
/// (`crate::render_saved`), even while the rest of the site is being
/// rebuilt; the full rebuild follows. Returns the page's URL path for the
/// tabs that show it.
pub(crate) fn apply_saved(
    served: &SharedServed,
    root: &std::path::Path,
    options: &crate::BuildOptions,
    kept: &saved::KeptSite,
    file: &std::path::Path,
) -> Option<String> {
    // A defect of ours in the short way must not end the preview either:
    // the full rebuild follows in any case.
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        saved::show_saved(root, options, kept, file, |saved| {
            let mut state = served.write().ok()?;
            let html = Arc::new(saved.html);
            state
                .files
                .insert(saved.output_path, OutputFile::Page(html));
            Some(saved.href)
        })
    }))
    .ok()??
}

/// A rebuild's result, merged into the shared state; `None` when a save
/// came while it ran (it read the site before that save: the rebuild that
/// follows the save is served instead). A build with errors
/// keeps the previous pages and shows its findings over them.
pub(crate) fn apply(
    served: &SharedServed,
    root: &std::path::Path,
    options: &crate::BuildOptions,
    cache: &mut crate::BuildCache,
) -> Option<Rebuilt> {
    let started = std::time::Instant::now();
    // A defect of ours must not end the preview: a build that panics is
    // reported like a build that failed, and the next save builds afresh.
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        saved::rebuild_unless_saved(root, options, cache, |result| {
            let result = result.map_err(|error| fatal_findings(&error));
            serve_build(served, result, started)
        })
    }));
    let mut rebuilt = match result {
        Ok(rebuilt) => rebuilt?,
        Err(_) => {
            cache.forget_all();
            let failed = Err(fatal_finding(crate::msg!("serve-panicked").into()));
            serve_build(served, failed, started)
        }
    };
    let (reused, parsed) = cache.parse.last_build();
    rebuilt.files = reused + parsed;
    rebuilt.read_again = parsed;
    Some(rebuilt)
}

/// A build's result (or why there is none) made what the server hands out.
fn serve_build(
    served: &SharedServed,
    result: Result<crate::Built, crate::findings::Findings>,
    started: std::time::Instant,
) -> Rebuilt {
    let Ok(mut state) = served.write() else {
        return Rebuilt::default();
    };
    state.generation += 1;
    let mut rebuilt = Rebuilt {
        seconds: started.elapsed().as_secs_f64(),
        show_timings: std::env::var_os("STEGVIS_TIMINGS").is_some(),
        ..Rebuilt::default()
    };
    match result {
        Ok(built) => {
            let findings = built.findings.settled();
            let has_errors = built.findings.n_errors() > 0;
            state.base_path = built.config.base_path.clone();
            state.language = built.config.language;
            if !has_errors && findings.same_as(&state.findings) {
                let changed = changed_pages(&state.files, &built.output.files);
                rebuilt.changed = (changed.len() <= MAX_LISTED).then(|| {
                    let href = |path: &str| page_href(&state.base_path, path);
                    changed.iter().map(|path| href(path)).collect()
                });
            }
            if !has_errors || state.files.is_empty() {
                state.files = built.output.files;
            }
            rebuilt.pages = built.pages.len();
            rebuilt.timings = built.timings.clone();
            rebuilt.first = crate::findings::headlines(&built.findings);
            state.findings = Arc::new(findings);
            rebuilt.findings = built.findings;
            state.sources = built
                .output
                .pages
                .iter()
                .filter_map(|(path, &idx)| Some((path.clone(), built.pages.get(idx)?.file.clone())))
                .collect();
            state.pages = built.pages;
        }
        Err(findings) => {
            // site.toml or the theme could not be read: keep serving, show why.
            rebuilt.first = crate::findings::headlines(&findings);
            state.findings = Arc::new(findings.settled());
            rebuilt.findings = findings;
        }
    }
    rebuilt.errors = state.findings.held(crate::findings::Severity::Error);
    rebuilt.warnings = state.findings.held(crate::findings::Severity::Warning);
    rebuilt
}

/// More changed pages than this, and every tab reloads.
const MAX_LISTED: usize = 100;

/// The HTML pages that are new, gone, or not byte for byte as they were.
fn changed_pages<'f>(
    old: &'f BTreeMap<String, OutputFile>,
    new: &'f BTreeMap<String, OutputFile>,
) -> Vec<&'f str> {
    let html = |path: &&String| path.ends_with(".html");
    let same = |a: &OutputFile, b: &OutputFile| match (a, b) {
        (OutputFile::Page(a), OutputFile::Page(b)) => Arc::ptr_eq(a, b) || a == b,
        _ => a.generated().is_some() && a.generated() == b.generated(),
    };
    let changed = new
        .iter()
        .filter(|(path, _)| html(path))
        .filter(|(path, file)| {
            old.get(path.as_str())
                .is_none_or(|old_file| !same(old_file, file))
        });
    let gone = old
        .keys()
        .filter(html)
        .filter(|path| !new.contains_key(path.as_str()));
    let mut pages: Vec<&str> = changed.map(|(path, _)| path.as_str()).collect();
    pages.extend(gone.map(String::as_str));
    pages
}

/// `process/index.html` → `/base/process/`, as the tab's address has it.
fn page_href(base_path: &str, path: &str) -> String {
    format!(
        "{base_path}{}",
        path.strip_suffix("index.html").unwrap_or(path)
    )
}

/// What one rebuild did, for the terminal: one line, then its first findings.
#[derive(Debug, Default)]
pub(crate) struct Rebuilt {
    /// The URL paths of the pages that changed, if the findings did not and
    /// they are few; `None`: every page may have.
    pub changed: Option<Vec<String>>,
    pub seconds: f64,
    pub pages: usize,
    pub files: usize,
    pub read_again: usize,
    pub errors: usize,
    pub warnings: usize,
    /// The first findings, one line each, in their page's language.
    pub first: Vec<String>,
    /// All of them, with their pages' languages, for the first build's full report.
    pub findings: crate::findings::Findings,
    /// How long each stage took.
    pub timings: Vec<(&'static str, std::time::Duration)>,
    /// Whether the line names them: `STEGVIS_TIMINGS=1 stegvis serve`, for
    /// whoever measures the preview (BENCHMARKS.md).
    pub show_timings: bool,
}

impl Rebuilt {
    /// `rebuilt 73 pages in 0.21 s (2 of 80 files read again): 0 errors, 2 warnings`
    /// and up to three findings.
    pub(crate) fn report(&self) -> String {
        let plural =
            |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
        let mut text = format!(
            "rebuilt {} pages in {:.2} s ({} of {} files read again): {}, {}",
            self.pages,
            self.seconds,
            self.read_again,
            self.files,
            plural(self.errors, "error", "errors"),
            plural(self.warnings, "warning", "warnings")
        );
        if self.show_timings && !self.timings.is_empty() {
            text.push_str(&format!(" ({})", crate::stage_times(&self.timings)));
        }
        for line in self.first.iter().take(SHOWN) {
            text.push_str("\n  ");
            text.push_str(line);
        }
        if self.first.len() > SHOWN {
            text.push_str(&format!(
                "\n  … and {} more: {OVERVIEW_URL}",
                self.first.len() - SHOWN
            ));
        }
        text
    }
}

/// How many findings a rebuild's line shows.
const SHOWN: usize = 3;
const OVERVIEW_URL: &str = "see /_stegvis/ in the preview";

/// Why the site could not be built at all, as findings for the dialog: a
/// broken site.toml with each of its findings (file, line, message), not
/// "site.toml has errors".
fn fatal_findings(error: &crate::Error) -> crate::findings::Findings {
    error
        .findings()
        .unwrap_or_else(|| fatal_finding(error.to_string().into()))
}

fn fatal_finding(message: crate::findings::Text) -> crate::findings::Findings {
    let mut findings = crate::findings::Findings::default();
    findings.push(Finding::error(
        crate::findings::FindingKind::Config,
        PathBuf::from(crate::config::CONFIG_FILE),
        message,
    ));
    findings
}

/// The empty state before the first build.
pub(crate) fn empty() -> SharedServed {
    Arc::new(RwLock::new(Served {
        files: BTreeMap::new(),
        findings: Arc::default(),
        pages: Vec::new(),
        sources: BTreeMap::new(),
        base_path: String::from("/"),
        language: Language::Sv,
        generation: 0,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_rebuild_is_one_line_then_its_first_findings() {
        let rebuilt = Rebuilt {
            seconds: 0.214,
            pages: 73,
            files: 80,
            read_again: 1,
            errors: 1,
            warnings: 4,
            first: (1..=5)
                .map(|n| format!("content/a.md:{n}:1: finding {n}"))
                .collect(),
            ..Rebuilt::default()
        };
        assert_eq!(
            rebuilt.report(),
            "rebuilt 73 pages in 0.21 s (1 of 80 files read again): 1 error, 4 warnings\n  content/a.md:1:1: finding 1\n  content/a.md:2:1: finding 2\n  content/a.md:3:1: finding 3\n  … and 2 more: see /_stegvis/ in the preview"
        );
    }

    #[test]
    fn with_timings_asked_for_the_line_names_each_stage() {
        let micros = std::time::Duration::from_micros;
        let mut rebuilt = Rebuilt {
            seconds: 0.5,
            pages: 10,
            files: 10,
            timings: vec![("load", micros(57_240)), ("render", micros(219_800))],
            ..Rebuilt::default()
        };
        assert!(!rebuilt.report().contains("load"), "not unless asked");
        rebuilt.show_timings = true;
        assert_eq!(
            rebuilt.report(),
            "rebuilt 10 pages in 0.50 s (0 of 10 files read again): 0 errors, 0 warnings (load 57.2 ms, render 219.8 ms)"
        );
    }
}
