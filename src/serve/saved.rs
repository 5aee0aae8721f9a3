//! The preview's short way, in one room: what `serve` keeps between
//! rebuilds (`BuildCache`: the parse, lint and render caches, and the last
//! good build's site), the rebuild that fills it, and a saved page rendered
//! alone against the kept site before the rest is rebuilt (`render_saved`;
//! `resolve/saved.rs` resolves it again).

use std::path::Path;
use std::sync::Arc;

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
    kept: Option<Kept>,
}

impl std::fmt::Debug for BuildCache {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter
            .debug_struct("BuildCache")
            .field("parse", &self.parse)
            .field("render", &self.render)
            .field("kept", &self.kept.is_some())
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
        self.kept = None;
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
    cache.kept = None;
    let config = config::read(root, &options.overrides)?;
    let mut resolved = read_site(root, config, options, Some(&mut *cache))?;
    let output = resolved.render_in_memory(Some(&mut cache.render));
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
    if findings.n_errors() == 0 {
        cache.kept = Some(Kept {
            config: config.clone(),
            sources,
            site,
            documents,
            read,
            images,
            history,
            now,
        });
    }
    Ok(Built {
        config,
        output,
        findings,
        pages,
        timings,
        redirected,
    })
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
    // Another file (an attachment, an editor's temporary file) says nothing
    // of the kept site: the rebuild that follows takes it in.
    let source = load::markdown_again(root, file)?;
    let mut kept = cache.kept.take()?;
    if options.now.unwrap_or_else(|| today(&kept.config)) != kept.now {
        return None;
    }
    let Some(&resolve::Target::Page(idx)) = kept.site.targets.get(&source.content_path) else {
        return None;
    };
    let (document, parse_findings) = parse::document(source);
    let old = &kept.site.pages[idx].document;
    if document.text == old.text {
        // Shown already (the end of the save came first), or not changed.
        cache.kept = Some(kept);
        return None;
    }
    if has_error(&parse_findings) {
        return None;
    }
    let same_front_matter =
        document.text.get(..document.body_start) == old.text.get(..old.body_start);
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
    };
    let html = render::page_alone(job, idx)?;
    let page = &kept.site.pages[idx];
    let saved = SavedPage {
        output_path: page.output_path(),
        href: resolve::Site::href(&kept.config, &page.url),
        html,
    };
    cache.kept = Some(kept);
    Some(saved)
}

fn has_error(findings: &[findings::Finding]) -> bool {
    findings
        .iter()
        .any(|finding| finding.severity == findings::Severity::Error)
}
