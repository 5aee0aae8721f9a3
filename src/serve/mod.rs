//! `stegvis serve`: the site built in memory and served on 127.0.0.1, rebuilt
//! when a file changes, with the open tabs reloaded over Server-Sent Events
//! and the latest build's findings shown in the page. It never writes the
//! output folder. One loop (`watch::run`) owns rebuilding; the server only
//! reads the latest `Served` behind an `Arc`.

pub(crate) mod overview;
pub(crate) mod reload;
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
    pub findings: Vec<Finding>,
    /// The language each finding is written in.
    pub language_of: Arc<dyn Fn(&Finding) -> Language + Send + Sync>,
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
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Change {
    /// Reload the page.
    Reload,
    /// Only stylesheets changed: swap them without a reload.
    Css,
}

/// A rebuild's result, merged into the shared state: a build with errors
/// keeps the previous pages and shows its findings over them.
pub(crate) fn apply(
    served: &SharedServed,
    root: &std::path::Path,
    options: &crate::BuildOptions,
    cache: &mut crate::BuildCache,
) {
    // A defect of ours must not end the preview: a build that panics is
    // reported like a build that failed, and the next save builds afresh.
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        crate::build_site_cached(root, options, cache)
    }));
    let result = match result {
        Ok(result) => result.map_err(|error| error.to_string()),
        Err(_) => {
            *cache = crate::BuildCache::default();
            Err(String::from(
                "Stegvis failed on this version of the site (a bug: please report it); the preview shows the last good build",
            ))
        }
    };
    let Ok(mut state) = served.write() else {
        return;
    };
    state.generation += 1;
    match result {
        Ok(built) => {
            let findings: Vec<Finding> = built.findings.sorted().into_iter().cloned().collect();
            let has_errors = built.findings.n_errors() > 0;
            state.base_path = built.config.base_path.clone();
            state.language = built.config.language;
            if !has_errors || state.files.is_empty() {
                state.files = built.output.files;
            }
            state.findings = findings;
            state.language_of = Arc::new(built.findings.languages());
            state.sources = built
                .output
                .pages
                .iter()
                .filter_map(|(path, &idx)| Some((path.clone(), built.pages.get(idx)?.file.clone())))
                .collect();
            state.pages = built.pages;
        }
        Err(error) => {
            // site.toml or the theme could not be read: keep serving, show why.
            state.findings = vec![Finding::error(
                crate::findings::Kind::Config,
                PathBuf::from(crate::config::CONFIG_FILE),
                error,
            )];
        }
    }
}

/// The empty state before the first build.
pub(crate) fn empty() -> SharedServed {
    Arc::new(RwLock::new(Served {
        files: BTreeMap::new(),
        findings: Vec::new(),
        language_of: Arc::new(|_| Language::En),
        pages: Vec::new(),
        sources: BTreeMap::new(),
        base_path: String::from("/"),
        language: Language::Sv,
        generation: 0,
    }))
}
