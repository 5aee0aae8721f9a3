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
mod compound;
pub mod config;
mod data;
pub mod documents;
pub mod findings;
mod gaps;
pub mod history;
pub mod images;
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
pub mod stem;
mod url;
mod write;

use std::path::{Path, PathBuf};
use std::sync::Arc;

pub use findings::Findings;
pub(crate) use findings::messages::msg;
pub use render::Output;
pub use resolve::Drafts;
pub use serve::saved::{BuildCache, SavedPage, build_site_cached, render_saved};

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
    /// Above how many bytes of Markdown the texts are held packed between
    /// the stages (`parse::text`); `None`: `parse::PACK_TEXTS_ABOVE`.
    pub pack_texts_above: Option<usize>,
}

/// A site built in memory, with everything found wrong on the way.
#[derive(Debug)]
pub struct Built {
    pub config: config::SiteConfig,
    pub output: Output,
    pub findings: Findings,
    /// Every page, for what `serve` shows about them (the editor's overview).
    pub pages: Vec<PageSummary>,
    /// How long each stage took (`STEGVIS_TIMINGS=1 stegvis build` or `serve` prints them).
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
    /// What was made of each photo the site publishes.
    pub images: images::Images,
    /// What git says of content/'s files.
    pub history: history::History,
    /// The build date ("which meetings are upcoming").
    pub now: jiff::civil::Date,
    /// How long each stage took, for `benches/stages.rs`.
    pub timings: Vec<(&'static str, std::time::Duration)>,
}

/// `load 57.2 ms, render 219.8 ms`: each stage and how long it took, for
/// whoever measures (`STEGVIS_TIMINGS=1 stegvis build` or `serve`).
pub fn stage_times(timings: &[(&'static str, std::time::Duration)]) -> String {
    let stages: Vec<String> = timings
        .iter()
        .map(|(stage, took)| format!("{stage} {:.1} ms", took.as_secs_f64() * 1000.0))
        .collect();
    stages.join(", ")
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
    let (read, images) = published_files(
        root,
        &sources,
        &config,
        options,
        &mut findings,
        &mut timings,
    );
    let started = std::time::Instant::now();
    let pages = std::mem::take(&mut sources.pages);
    let documents = match parse_cache {
        Some(cache) => parse::documents_cached(pages, read_at, cache, &mut findings),
        None => {
            let above = options.pack_texts_above.unwrap_or(parse::PACK_TEXTS_ABOVE);
            parse::documents(pages, above, &mut findings)
        }
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
        images: &images,
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
    if let Some(accessibility) = &config.accessibility {
        findings.extend(config::accessibility::warnings(accessibility, now));
        findings.extend(lint::accessibility::warning(&site, &config));
    }
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
        images,
        history,
        now,
        timings,
    })
}

/// The stages that open the files the site publishes besides its pages:
/// documents (read for what they must not carry) and images (made fit for a
/// phone, their metadata taken out).
fn published_files(
    root: &Path,
    sources: &load::Sources,
    config: &config::SiteConfig,
    options: &BuildOptions,
    findings: &mut Findings,
    timings: &mut Vec<(&'static str, std::time::Duration)>,
) -> (documents::Read, images::Images) {
    let started = std::time::Instant::now();
    let read = documents::read_site(
        root,
        &sources.attachments,
        &sources.static_files,
        options.remember,
    );
    timings.push(("documents", started.elapsed()));
    let started = std::time::Instant::now();
    let mut images = images::prepare_site(
        root,
        &sources.attachments,
        &sources.static_files,
        &config.images,
        options.remember,
    );
    findings.extend(std::mem::take(&mut images.findings));
    timings.push(("images", started.elapsed()));
    (read, images)
}

impl Resolved {
    /// The pipeline's last stage: every page into `sink`, every other file
    /// into the `Output`; with a `RenderCache`, unchanged pages are reused.
    pub fn render(
        &mut self,
        sink: &dyn render::PageSink,
        cache: Option<&mut render::RenderCache>,
    ) -> Output {
        self.render_letting_go(sink, cache, None)
    }

    /// `render`; with `let_go` (the site's folder), each page's text is let
    /// go once the page is rendered (`parse::text`).
    fn render_letting_go(
        &mut self,
        sink: &dyn render::PageSink,
        cache: Option<&mut render::RenderCache>,
        let_go: Option<&Path>,
    ) -> Output {
        let started = std::time::Instant::now();
        let job = render::Job {
            site: &self.site,
            sources: &self.sources,
            config: &self.config,
            images: &self.images,
            now: self.now,
            let_go,
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
        let Resolved {
            config,
            findings,
            timings,
            sources,
            site,
            documents,
            read,
            images,
            history,
            now: _,
        } = self;
        // The site is let go on a thread of its own: freeing a big site's
        // pages and texts took a tenth of a second the build waited for.
        drop_elsewhere((sources, site, documents, read, images, history));
        Built {
            config,
            output,
            findings,
            pages,
            timings,
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
    give_back_free_memory();
    let output = if resolved.findings.n_errors() > 0 {
        resolved.render(&render::Discard, None)
    } else {
        resolved.render_letting_go(&render::Tee(&staging, &scanner), None, Some(root))
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

/// Drops `value` on a thread of its own, or here if no thread can be made.
pub(crate) fn drop_elsewhere<T: Send + 'static>(value: T) {
    let _ = std::thread::Builder::new()
        .name("drop".into())
        .spawn(move || drop(value));
}

/// The most pages one of rayon's jobs takes in the loops over every page
/// (load, parse, resolve, render, the read-back's check). Left to itself,
/// rayon cuts a loop into a few long runs that another thread cannot take
/// a part of: at the end of a 10,000-page render one core worked on alone
/// for a fifth of a second. A job this small is stolen whole.
pub(crate) const PAGES_PER_JOB: usize = 8;

/// Hands the memory the allocator holds free back to the system. glibc's
/// `free` gives back only the top of its heaps: a big build frees many
/// small blocks (each page's text once rendered, what parse made on the
/// way) and would be charged for their pages until the end. (The `stegvis`
/// binary's mimalloc gives back on its own; this serves the library.)
pub(crate) fn give_back_free_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only walks glibc's own free lists; it takes no
    // pointer and may be called at any time from any thread.
    unsafe {
        libc::malloc_trim(0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `stegvis build` of the site at `root` into `out`, with its texts packed
    /// above `pack_above` bytes: its findings, each placed in its file.
    fn build_packing_above(root: &Path, out: &Path, pack_above: usize) -> String {
        let options = BuildOptions {
            now: Some(jiff::civil::date(2026, 12, 6)),
            pack_texts_above: Some(pack_above),
            ..BuildOptions::default()
        };
        let (built, staging) =
            build_site_to_disk(root, &options, |_| out.to_path_buf()).expect("read");
        if built.findings.n_errors() == 0 {
            staging.finish(&built.output).expect("written");
        }
        format!("{:?}", built.findings.sorted())
    }

    /// Every file under `dir`, by its path there, with its bytes.
    fn files(dir: &Path) -> std::collections::BTreeMap<PathBuf, Vec<u8>> {
        walkdir::WalkDir::new(dir)
            .into_iter()
            .filter_map(Result::ok)
            .filter(|entry| entry.file_type().is_file())
            .map(|entry| {
                let bytes = std::fs::read(entry.path()).expect("read");
                let path = entry.path().strip_prefix(dir).expect("under dir");
                (path.to_path_buf(), bytes)
            })
            .collect()
    }

    /// A site of three pages in `root`: front matter fields, a callout the
    /// browser editor escaped, BOM and CRLF, links between the pages, a
    /// placeholder (a warning placed in the body); with `twice`, an id twice
    /// on one page (an error the read-back finds, placed in the body).
    fn write_site(root: &Path, twice: bool) {
        let write = |path: &str, text: &str| {
            let path = root.join(path);
            std::fs::create_dir_all(path.parent().expect("a folder")).expect("folder");
            std::fs::write(path, text).expect("written");
        };
        write(
            "site.toml",
            "title = \"T\"\nbase_url = \"https://example.org/\"\n",
        );
        write(
            "content/_index.md",
            "---\ntitle: Start\n---\n[Sida](sida.md) och [mer](mer.md#steg-två).\n",
        );
        let id = if twice { "dubbel" } else { "enkel" };
        write(
            "content/sida.md",
            &format!(
                "\u{feff}---\r\ntitle: Sida\r\nextra:\r\n  enhet: Vårdcentral\r\n---\r\n\
                 > \\[!TIP]\r\n> Den här raden skrev webbredigeraren.\r\n\r\n\
                 ## Åtgärder i vården\r\n\r\nTODO: fyll i.\r\n\r\n\
                 <p>Ett <span id=\"dubbel\">a</span> och <span id=\"{id}\">b</span>.</p>\r\n"
            ),
        );
        write(
            "content/mer.md",
            &format!(
                "---\ntitle: Mer\n---\n## Steg två\n\n{}\n",
                "Förbättring. ".repeat(200)
            ),
        );
    }

    #[test]
    fn a_site_built_from_packed_texts_is_the_site_built_from_held_ones() {
        let folder = tempfile::tempdir().expect("a temporary folder");
        let site = folder.path().join("site");
        write_site(&site, false);
        let (packed, held) = (folder.path().join("packed"), folder.path().join("held"));
        let findings = build_packing_above(&site, &packed, 0);
        assert!(findings.contains("TODO"), "{findings}");
        assert_eq!(findings, build_packing_above(&site, &held, usize::MAX));
        let (packed, held) = (files(&packed), files(&held));
        assert!(packed.keys().any(|path| path.ends_with("sida/index.html")));
        assert!(packed == held, "the site built from packed texts differs");
        // What the read-back finds is placed in a text packed and let go.
        write_site(&site, true);
        let out = folder.path().join("twice");
        let findings = build_packing_above(&site, &out, 0);
        assert!(findings.contains("dubbel"), "{findings}");
        assert_eq!(findings, build_packing_above(&site, &out, usize::MAX));
    }
}
