//! Stegvis: a static-site generator for the knowledge portals of improvement
//! networks. `read_site` and `Resolved::render` are the whole pipeline;
//! ARCHITECTURE.md maps it.
//!
//! Items are `pub(crate)` unless something outside the crate needs them:
//! `cli::main` for the binary; the wrappers (`build_site`,
//! `build_site_cached`) for the integration tests; `read_site` and
//! `check::html` for `benches/stages.rs`; and, for `tests/properties.rs` and
//! the fuzz targets, which drive the stages one by one on generated input,
//! `config::parse`, `load::site`, `parse::documents`, `parse::document`,
//! `resolve::site`, `render::site` and `slug::slugify` with the types they take.

// Nothing `pub` that the crate's users cannot reach: what is for the crate
// alone says so.
#![warn(unreachable_pub)]

pub mod check;
pub mod cli;
mod cms;
pub mod config;
mod data;
pub mod documents;
pub mod findings;
pub mod history;
mod kinds;
mod language;
mod lint;
pub mod load;
mod markup;
pub mod parse;
mod place;
pub mod render;
pub mod resolve;
mod serve;
pub mod slug;
mod url;
mod write;

use std::path::{Path, PathBuf};
use std::sync::Arc;

pub use findings::Findings;
pub(crate) use findings::messages::msg;
pub use render::Output;
pub use resolve::Drafts;

/// What a build is asked to do, beyond site.toml.
#[derive(Debug, Clone, Default)]
pub struct BuildOptions {
    pub drafts: Drafts,
    /// The build date ("which meetings are upcoming"); `None` takes
    /// SOURCE_DATE_EPOCH, else today's date in the site's time zone.
    pub now: Option<jiff::civil::Date>,
    pub overrides: config::ConfigOverrides,
    /// Whether what was read of the documents and the history is written
    /// to `.stegvis/` for the next build (build, check and serve; not `new`).
    pub remember: bool,
}

/// A site built in memory, with everything found wrong on the way.
#[derive(Debug)]
pub struct Built {
    pub config: config::SiteConfig,
    pub output: Output,
    pub findings: Findings,
    /// Every page, for what `serve` shows about them (the editor's overview).
    pub pages: Vec<PageSummary>,
    /// How long each stage took (`STEGVIS_TIMINGS=1 stegvis serve` prints them).
    pub timings: Vec<(&'static str, std::time::Duration)>,
    /// The earlier URLs the history redirects, each with the URL it now
    /// goes to (both with the base path).
    pub redirected: Vec<(String, String)>,
}

/// A page as the editor's overview names it.
#[derive(Debug, Clone)]
pub struct PageSummary {
    /// Its source, relative to the site root, as findings name it.
    pub file: PathBuf,
    pub title: String,
    /// Its URL path, base path included.
    pub url: String,
    pub owner: Option<String>,
    pub review_by: Option<jiff::civil::Date>,
}

impl PageSummary {
    fn all(site: &resolve::Site, config: &config::SiteConfig) -> Vec<PageSummary> {
        site.pages
            .iter()
            .map(|page| PageSummary {
                file: page.document.path.clone(),
                title: page.document.front_matter.title.clone(),
                url: resolve::Site::href(config, &page.url),
                owner: page.document.front_matter.owner.clone(),
                review_by: page.document.front_matter.review_by,
            })
            .collect()
    }
}

/// The site cannot be built at all (exit 2); problems in the content are findings instead.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Config(#[from] config::ConfigError),
    #[error(transparent)]
    Load(#[from] load::LoadError),
    #[error(transparent)]
    Write(#[from] write::WriteError),
}

impl Error {
    /// The findings of an error that has them (site.toml, the theme), each
    /// written in the site's language.
    pub(crate) fn findings(&self) -> Option<Findings> {
        let (list, language) = match self {
            Error::Config(config::ConfigError::Invalid(list, language)) => {
                (list.clone(), *language)
            }
            Error::Load(load::LoadError::NoTheme(finding, language)) => {
                (vec![(**finding).clone()], *language)
            }
            _ => return None,
        };
        let mut findings = Findings::default();
        findings.extend(list);
        findings.set_languages(std::collections::BTreeMap::new(), language);
        Some(findings)
    }
}

/// A site read and resolved: what every command starts from.
pub struct Resolved {
    pub config: config::SiteConfig,
    pub sources: load::Sources,
    pub site: resolve::Site,
    /// Every document read, drafts left out of the site included: what a
    /// saved file's new front matter is resolved with again (`render_saved`).
    pub documents: Vec<Arc<parse::Document>>,
    pub findings: Findings,
    /// What was read of each document the site publishes (PDF, Office).
    pub read: documents::Read,
    /// What git says of content/'s files.
    pub history: history::History,
    /// The build date ("which meetings are upcoming").
    pub now: jiff::civil::Date,
    /// How long each stage took, for `benches/stages.rs`.
    pub timings: Vec<(&'static str, std::time::Duration)>,
}

/// The pipeline: load → parse → resolve → lint, with `config` read already.
/// With a `BuildCache`, unchanged files are neither read nor parsed again, and
/// unchanged pages not linted again. The Markdown texts move from `Sources`
/// into the site.
pub fn read_site(
    root: &Path,
    config: config::SiteConfig,
    options: &BuildOptions,
    cache: Option<&mut BuildCache>,
) -> Result<Resolved, Error> {
    let (parse_cache, lint_cache) = match cache {
        Some(cache) => (Some(&mut cache.parse), Some(&mut cache.lint)),
        None => (None, None),
    };
    let mut findings = Findings::default();
    let mut timings = Vec::new();
    let started = std::time::Instant::now();
    let read_at = std::time::SystemTime::now();
    let mut sources = match &parse_cache {
        Some(cache) => {
            let known = |content_path: &str, stamp| cache.knows(content_path, stamp);
            load::site_reusing(root, &config, &known, &mut findings)?
        }
        None => load::site(root, &config, &mut findings)?,
    };
    timings.push(("load", started.elapsed()));
    let started = std::time::Instant::now();
    let read = documents::read_site(
        root,
        &sources.attachments,
        &sources.static_files,
        options.remember,
    );
    timings.push(("documents", started.elapsed()));
    let started = std::time::Instant::now();
    let pages = std::mem::take(&mut sources.pages);
    let documents = match parse_cache {
        Some(cache) => parse::documents_cached(pages, read_at, cache, &mut findings),
        None => parse::documents(pages, &mut findings),
    };
    timings.push(("parse", started.elapsed()));
    let started = std::time::Instant::now();
    let (history, history_findings) = history::read(root, options.remember);
    timings.push(("history", started.elapsed()));
    findings.extend(history_findings);
    let started = std::time::Instant::now();
    let files = resolve::Files {
        attachments: sources.attachments.clone(),
        read: &read,
        history: &history,
        refused: &sources.refused,
        data: &sources.data,
    };
    let site = resolve::site(
        documents.clone(),
        files,
        &config,
        options.drafts,
        &mut findings,
    );
    timings.push(("resolve", started.elapsed()));
    let now = options.now.unwrap_or_else(|| today(&config));
    let started = std::time::Instant::now();
    findings.extend(lint::site(&site, &config, now, lint_cache));
    timings.push(("lint", started.elapsed()));
    findings.extend(lint::documents::site(
        &site,
        &read,
        &sources.static_files,
        &config,
    ));
    let languages = site
        .pages
        .iter()
        .map(|page| (page.document.path.clone(), page.language))
        .collect();
    findings.set_languages(languages, config.language);
    Ok(Resolved {
        config,
        sources,
        site,
        documents,
        findings,
        read,
        history,
        now,
        timings,
    })
}

impl Resolved {
    /// The pipeline's last stage: every page into `sink`, every other file
    /// into the `Output`; with a `RenderCache`, unchanged pages are reused.
    pub fn render(
        &mut self,
        sink: &dyn render::PageSink,
        cache: Option<&mut render::RenderCache>,
    ) -> Output {
        let started = std::time::Instant::now();
        let job = render::Job {
            site: &self.site,
            sources: &self.sources,
            config: &self.config,
            now: self.now,
        };
        let output = render::site(job, sink, cache, &mut self.findings);
        self.timings.push(("render", started.elapsed()));
        output
    }

    /// The rendered HTML that `scanner` read, checked (`check::html`);
    /// returns the http(s) links that raw HTML and templates wrote.
    fn check_html(
        &mut self,
        output: &Output,
        scanner: check::html::Scanner,
    ) -> std::collections::BTreeMap<String, check::external::Use> {
        let started = std::time::Instant::now();
        let external = check::html::check(
            output,
            scanner,
            &self.site,
            &self.config,
            &self.sources.templates,
            &mut self.findings,
        );
        self.timings.push(("check html", started.elapsed()));
        external
    }

    /// Rendered in memory: every page is a file of the output.
    fn render_in_memory(&mut self, cache: Option<&mut render::RenderCache>) -> Output {
        let sink = render::MemorySink::default();
        let mut output = self.render(&sink, cache);
        sink.into_output(&mut output);
        output
    }

    fn built(self, output: Output) -> Built {
        let pages = PageSummary::all(&self.site, &self.config);
        let redirected = redirected(&self.site, &self.config, &output);
        Built {
            config: self.config,
            output,
            findings: self.findings,
            pages,
            timings: self.timings,
            redirected,
        }
    }
}

/// The history's redirects the output holds: (old URL, new URL).
fn redirected(
    site: &resolve::Site,
    config: &config::SiteConfig,
    output: &Output,
) -> Vec<(String, String)> {
    let to = |url: &str, target: &resolve::Target| match *target {
        resolve::Target::Page(idx) => {
            let path = format!("{url}index.html");
            output
                .files
                .contains_key(&path)
                .then(|| &site.pages[idx].url)
        }
        resolve::Target::Attachment(idx) => {
            let moved = output.files.contains_key(url) || config.redirects_file;
            moved.then(|| &site.attachments[idx].output_path)
        }
        resolve::Target::Draft | resolve::Target::Refused => None,
    };
    (site.moved.iter())
        .filter_map(|(url, target)| {
            let to = to(url, target)?;
            Some((
                resolve::Site::href(config, url),
                resolve::Site::href(config, to),
            ))
        })
        .collect()
}

/// Every stage, in memory; `cli::build` writes the output only if there are no errors.
pub fn build_site(root: &Path, options: &BuildOptions) -> Result<Built, Error> {
    let config = config::read(root, &options.overrides)?;
    let mut resolved = read_site(root, config, options, None)?;
    let output = resolved.render_in_memory(None);
    Ok(resolved.built(output))
}

/// `build_site` for `stegvis build`: pages go to a new folder beside the
/// output folder (`out_dir` of the site's config) as they are rendered, so
/// the site's HTML is never all in memory. The caller swaps the folder in
/// with `Staging::finish` when the findings allow, or drops it.
pub fn build_site_to_disk(
    root: &Path,
    options: &BuildOptions,
    out_dir: impl FnOnce(&config::SiteConfig) -> PathBuf,
) -> Result<(Built, write::Staging), Error> {
    let config = config::read(root, &options.overrides)?;
    let staging = write::Staging::new(root, &out_dir(&config))?;
    let mut resolved = read_site(root, config, options, None)?;
    // A build that already has errors is not written: its pages can be
    // dropped, unread. Else each page is read back as it is written, so
    // that what `check` finds (a theme's broken link, an id twice) never
    // reaches the published site; if rendering itself failed, a page that
    // could not be written is no broken link on the others.
    let scanner = check::html::Scanner::default();
    let output = if resolved.findings.n_errors() > 0 {
        resolved.render(&render::Discard, None)
    } else {
        resolved.render(&render::Tee(&staging, &scanner), None)
    };
    if resolved.findings.n_errors() == 0 {
        resolved.check_html(&output, scanner);
    }
    Ok((resolved.built(output), staging))
}

/// Whether `check` also asks remote servers about http(s) links.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum External {
    /// As site.toml's `[check] external` says.
    #[default]
    AsConfigured,
    Check,
}

/// Everything `build_site` does, then the rendered HTML read back (`stegvis check`),
/// and with `External::Check` (or `[check] external = true`) the external links.
pub fn check_site(root: &Path, options: &BuildOptions, external: External) -> Result<Built, Error> {
    let config = config::read(root, &options.overrides)?;
    let mut resolved = read_site(root, config, options, None)?;
    let scanner = check::html::Scanner::default();
    let output = resolved.render(&scanner, None);
    // http(s) links that raw HTML and templates wrote, for the external check.
    let rendered_external = resolved.check_html(&output, scanner);
    let Resolved {
        config,
        site,
        mut findings,
        ..
    } = resolved;
    if external == External::Check || config.check.external {
        check::external::check(root, &site, &config, rendered_external, &mut findings);
    }
    Ok(Built {
        redirected: redirected(&site, &config, &output),
        pages: PageSummary::all(&site, &config),
        config,
        output,
        findings,
        timings: Vec::new(),
    })
}

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

/// The site read and resolved, without rendering: for commands such as `new`
/// that need to know the sections and kinds. Findings are dropped.
pub fn resolve_site(
    root: &Path,
    options: &BuildOptions,
) -> Result<(config::SiteConfig, resolve::Site), Error> {
    let config = config::read(root, &options.overrides)?;
    let resolved = read_site(root, config, options, None)?;
    Ok((resolved.config, resolved.site))
}

/// Where the output goes: `--output`, else `[build] output_dir`, relative to the site root.
pub fn output_dir(root: &Path, config: &config::SiteConfig) -> PathBuf {
    root.join(&config.output_dir)
}

/// SOURCE_DATE_EPOCH (reproducible builds) or the clock, as a date in the site's time zone.
pub fn today(config: &config::SiteConfig) -> jiff::civil::Date {
    today_in(&config.timezone)
}

/// Today in `timezone` (an IANA name; UTC when unknown), or the date
/// `SOURCE_DATE_EPOCH` gives.
pub fn today_in(timezone: &str) -> jiff::civil::Date {
    let timezone = jiff::tz::TimeZone::get(timezone).unwrap_or(jiff::tz::TimeZone::UTC);
    let timestamp = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|seconds| seconds.trim().parse::<i64>().ok())
        .and_then(|seconds| jiff::Timestamp::from_second(seconds).ok())
        .unwrap_or_else(jiff::Timestamp::now);
    timestamp.to_zoned(timezone).date()
}
