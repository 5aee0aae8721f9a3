//! The preview's short way, in one room: what `serve` keeps between
//! rebuilds (`BuildCache`: the parse, lint and render caches, and the last
//! good build's site), the rebuild that fills it, and a saved page rendered
//! alone against the kept site before the rest is rebuilt (`render_saved`;
//! `resolve/saved.rs` resolves it again).
//!
//! The kept site is shared ([`KeptSite`]): a saved page is shown from it on
//! a thread of its own while a rebuild runs, and a save that came after a
//! rebuild began makes that rebuild stale: it stops at its next stage and
//! is not served ([`rebuild_unless_saved`]).

use std::path::Path;
use std::sync::{Arc, Mutex, MutexGuard};

use crate::{
    BuildOptions, Built, Drafts, Error, Findings, PageSummary, Resolved, config, documents,
    findings, history, lint, load, parse, read_site, redirected, render, resolve, today,
};

/// What `serve` keeps between rebuilds.
#[derive(Default)]
pub struct BuildCache {
    /// Documents by content path: a file whose stamp did not change is not
    /// read or parsed again. Never needs emptying: parsing reads nothing else.
    pub parse: parse::ParseCache,
    /// Each page's lint warnings, by document; emptied with `render`.
    pub(crate) lint: lint::LintCache,
    /// Rendered pages and search entries by fingerprint; emptied when
    /// templates, theme strings or site.toml change.
    pub render: render::RenderCache,
    /// The last build's site, when it had no errors: what a saved page is
    /// rendered alone against (`render_saved`).
    kept: KeptSite,
}

/// The kept site, and how many saves came: shared by the rebuilding loop
/// and the thread that shows a saved page at once.
#[derive(Clone, Default)]
pub(crate) struct KeptSite(Arc<Mutex<KeptState>>);

#[derive(Default)]
pub(crate) struct KeptState {
    kept: Option<Kept>,
    /// Saves that changed a file since the preview began.
    saves: u64,
}

impl KeptSite {
    /// The state; a thread that panicked holding it left no half-made site
    /// behind (`kept` is taken out while it is changed), so it is used anyway.
    fn lock(&self) -> MutexGuard<'_, KeptState> {
        self.0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    fn saves(&self) -> u64 {
        self.lock().saves
    }
}

impl std::fmt::Debug for BuildCache {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter
            .debug_struct("BuildCache")
            .field("parse", &self.parse)
            .field("render", &self.render)
            .field("kept", &self.kept.lock().kept.is_some())
            .finish_non_exhaustive()
    }
}

/// A resolved site as the last build left it.
struct Kept {
    config: config::SiteConfig,
    sources: load::Sources,
    site: resolve::Site,
    documents: Vec<Arc<parse::Document>>,
    read: documents::Read,
    images: crate::images::Images,
    history: history::History,
    now: jiff::civil::Date,
}

impl Kept {
    /// `document` in place of the file it was read from, among the documents
    /// the site is resolved from again; `None` where it is not one of them.
    fn documents_with(&mut self, document: Arc<parse::Document>) -> Option<()> {
        let at = self
            .documents
            .iter()
            .position(|known| known.content_path == document.content_path)?;
        self.documents[at] = document;
        Some(())
    }

    /// The site resolved again with `document` in place of the file it was
    /// read from (its front matter changed: any page's views may have);
    /// `None` where the file is not one of the documents, or there are errors.
    fn resolve_with(&mut self, document: Arc<parse::Document>, drafts: Drafts) -> Option<()> {
        self.documents_with(document)?;
        let mut findings = Findings::default();
        let files = resolve::Files {
            attachments: self.sources.attachments.clone(),
            read: &self.read,
            images: &self.images,
            history: &self.history,
            refused: &self.sources.refused,
            data: &self.sources.data,
        };
        self.site = resolve::site(
            self.documents.clone(),
            files,
            &self.config,
            drafts,
            &mut findings,
        );
        (findings.n_errors() == 0).then_some(())
    }
}

impl BuildCache {
    /// After a change to site.toml, the templates, the theme or data/: what
    /// pages show and how they are linted may have changed everywhere.
    pub fn forget_rendered(&mut self) {
        self.lint = lint::LintCache::default();
        self.render = render::RenderCache::default();
        self.kept.lock().kept = None;
    }

    /// Everything forgotten (a rebuild panicked), but still shared with the
    /// thread that shows saved pages.
    pub(crate) fn forget_all(&mut self) {
        self.parse = parse::ParseCache::default();
        self.forget_rendered();
    }

    /// The kept site, for the thread that shows saved pages.
    pub(crate) fn kept(&self) -> KeptSite {
        self.kept.clone()
    }
}

/// `build_site` for `serve`: files unchanged since the build that filled
/// `cache` are not read or parsed again, and pages whose inputs did not
/// change are taken from it instead of rendered again.
pub fn build_site_cached(
    root: &Path,
    options: &BuildOptions,
    cache: &mut BuildCache,
) -> Result<Built, Error> {
    let kept = cache.kept();
    kept.lock().kept = None;
    let mut resolved = read_cached(root, options, cache)?;
    let output = resolved.render_in_memory(Some(&mut cache.render));
    let (built, kept_now) = finish(resolved, output);
    kept.lock().kept = kept_now;
    Ok(built)
}

/// `build_site_cached` for the preview, stopped (`None`) when a save came
/// after it began: after reading the site, after rendering it, or before
/// it is served. Otherwise `serve` is called with its result while the kept
/// site is locked, so that no saved page is shown between the two.
pub(crate) fn rebuild_unless_saved<R>(
    root: &Path,
    options: &BuildOptions,
    cache: &mut BuildCache,
    serve: impl FnOnce(Result<Built, Error>) -> R,
) -> Option<R> {
    let kept = cache.kept();
    let began = kept.saves();
    let saved_since = || kept.saves() != began;
    let built = match read_cached(root, options, cache) {
        Ok(mut resolved) => {
            if saved_since() {
                return None;
            }
            let output = resolved.render_in_memory(Some(&mut cache.render));
            if saved_since() {
                return None;
            }
            Ok(finish(resolved, output))
        }
        Err(error) => Err(error),
    };
    let mut state = kept.lock();
    if state.saves != began {
        return None;
    }
    Some(match built {
        Ok((built, kept_now)) => {
            state.kept = kept_now;
            serve(Ok(built))
        }
        Err(error) => {
            state.kept = None;
            serve(Err(error))
        }
    })
}

/// The site read as `build_site_cached` reads it.
fn read_cached(
    root: &Path,
    options: &BuildOptions,
    cache: &mut BuildCache,
) -> Result<Resolved, Error> {
    let config = config::read(root, &options.overrides)?;
    read_site(root, config, options, Some(cache))
}

/// A rendered site made a build, and the site it leaves to keep (none when
/// it has errors).
fn finish(resolved: Resolved, output: render::Output) -> (Built, Option<Kept>) {
    let pages = PageSummary::all(&resolved.site, &resolved.config);
    let redirected = redirected(&resolved.site, &resolved.config, &output);
    let Resolved {
        config,
        sources,
        site,
        documents,
        findings,
        read,
        images,
        history,
        now,
        timings,
    } = resolved;
    let kept = (findings.n_errors() == 0).then(|| Kept {
        config: config.clone(),
        sources,
        site,
        documents,
        read,
        images,
        history,
        now,
    });
    let built = Built {
        config,
        output,
        findings,
        pages,
        timings,
        redirected,
    };
    (built, kept)
}

/// A page an editor saved, rendered alone: what `serve` shows before it
/// rebuilds the rest of the site.
#[derive(Debug)]
pub struct SavedPage {
    /// `process/steg-1/index.html`.
    pub output_path: String,
    /// The page's URL path with the base path: `/process/steg-1/`.
    pub href: String,
    pub html: Vec<u8>,
}

/// The page of `file` (a Markdown file of content/ that the last build had
/// as a page) rendered alone against the site that build left in `cache`,
/// byte for byte as a full build would render it now. When only its body
/// changed, only its links and blocks are resolved again; when only its
/// title or description, only its fields (if it keeps its place); when
/// other front matter changed, the whole kept site is (from the documents
/// in memory: nothing else is read). `None` where the build would have an error, the
/// file is new or reached through a link, or the day changed; then only a
/// full build can tell, and the kept site is let go until the next one, as
/// it may not be what is on disk. `None` too when the text is the one the
/// kept site has.
pub fn render_saved(
    root: &Path,
    options: &BuildOptions,
    cache: &mut BuildCache,
    file: &Path,
) -> Option<SavedPage> {
    render_saved_locked(root, options, &mut cache.kept.lock(), file)
}

/// `render_saved` against the shared kept site, for the thread that shows
/// saved pages; `then` is called with the page while the site is locked.
pub(crate) fn show_saved<R>(
    root: &Path,
    options: &BuildOptions,
    kept: &KeptSite,
    file: &Path,
    then: impl FnOnce(SavedPage) -> R,
) -> Option<R> {
    let mut state = kept.lock();
    render_saved_locked(root, options, &mut state, file).map(then)
}

fn render_saved_locked(
    root: &Path,
    options: &BuildOptions,
    state: &mut KeptState,
    file: &Path,
) -> Option<SavedPage> {
    // Another file (an attachment, an editor's temporary file) says nothing
    // of the kept site: the rebuild that follows takes it in.
    let source = load::markdown_again(root, file)?;
    let Some(mut kept) = state.kept.take() else {
        state.saves += 1;
        return None;
    };
    let known = match kept.site.targets.get(&source.content_path) {
        Some(&resolve::Target::Page(idx)) => Some(idx),
        _ => None,
    };
    let (document, parse_findings) = parse::document(source);
    if let Some(idx) = known
        && document.text() == kept.site.pages[idx].document.text()
    {
        // Shown already (the end of the save came first), or not changed.
        state.kept = Some(kept);
        return None;
    }
    // A change: a rebuild under way read the site before it.
    state.saves += 1;
    if options.now.unwrap_or_else(|| today(&kept.config)) != kept.now {
        return None;
    }
    let idx = known?;
    if has_error(&parse_findings) {
        return None;
    }
    let old = &kept.site.pages[idx].document;
    let same_front_matter =
        document.text().get(..document.body_start) == old.text().get(..old.body_start);
    let content_path = document.content_path.clone();
    let document = Arc::new(document);
    // Only the body changed: only the page's links and blocks are resolved
    // again, unless a link to itself came or went. Only its title or
    // description: only its fields, unless it moves among its siblings.
    let again = Arc::clone(&document);
    let on_its_own = if same_front_matter {
        resolve::saved::replace_body(&mut kept.site, idx, again, &kept.config)
    } else {
        resolve::saved::replace_own_fields(&mut kept.site, idx, again)
    };
    match on_its_own {
        Some(findings) if has_error(&findings) => return None,
        Some(_) => kept.documents_with(document)?,
        None => kept.resolve_with(document, options.drafts)?,
    }
    let Some(&resolve::Target::Page(idx)) = kept.site.targets.get(&content_path) else {
        return None;
    };
    let job = render::Job {
        site: &kept.site,
        sources: &kept.sources,
        config: &kept.config,
        images: &kept.images,
        now: kept.now,
        let_go: None,
    };
    let html = render::page_alone(job, idx)?;
    let page = &kept.site.pages[idx];
    let saved = SavedPage {
        output_path: page.output_path(),
        href: resolve::Site::href(&kept.config, &page.url),
        html,
    };
    state.kept = Some(kept);
    Some(saved)
}

fn has_error(findings: &[findings::Finding]) -> bool {
    findings
        .iter()
        .any(|finding| finding.severity == findings::Severity::Error)
}
