//! `Site` → `Output`: every page through its Tera template (in parallel,
//! `pages.rs`), handed to a [`PageSink`] as it is rendered; then each other
//! file from a generator in `GENERATORS`: attachments, tag pages, search,
//! 404, calendars, the feed, sitemap.xml, robots.txt; redirect pages last.
//! Nothing here touches the disk itself. Every file goes into `Output`
//! through `Emit`, so two writers of one path are a finding naming both.

pub(crate) mod accessibility;
pub(crate) mod aliases;
pub(crate) mod body;
mod chart;
pub(crate) mod context;
mod data;
pub(crate) mod feeds;
mod pages;
pub(crate) mod print;
mod privacy;
pub(crate) mod search;
pub(crate) mod sitemap;
pub(crate) mod strings;
pub(crate) mod tags;
pub(crate) mod theme;
pub(crate) mod view;

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use rayon::prelude::*;

use crate::config::SiteConfig;
use crate::findings::{Finding, Findings};
use crate::load::{FileBytes, Sources};
use crate::resolve::Site;

pub(crate) use pages::RenderCache;

/// One file of the built site, besides the pages the sink took.
#[derive(Debug, Clone)]
pub enum OutputFile {
    Bytes(Vec<u8>),
    /// A rendered page kept in memory (`MemorySink`), shared with `serve`'s cache.
    Page(Arc<Vec<u8>>),
    Copy(FileBytes),
}

impl OutputFile {
    /// The bytes, for a file generated in memory.
    pub fn generated(&self) -> Option<&[u8]> {
        match self {
            OutputFile::Bytes(bytes) => Some(bytes),
            OutputFile::Page(bytes) => Some(bytes),
            OutputFile::Copy(_) => None,
        }
    }
}

/// Where a build puts pages as soon as they are rendered, so that the whole
/// site's HTML need not be in memory at once: a staging folder, `check`'s
/// scanner, memory. It records its own failures.
pub trait PageSink: Sync {
    fn page(&self, path: &str, html: &Arc<Vec<u8>>);

    /// A generated file besides the pages (the search index's), written as
    /// soon as it is made where the sink writes; `false` where the sink
    /// keeps no files, and the file goes into the `Output` instead.
    fn file(&self, _path: &str, _bytes: &[u8]) -> bool {
        false
    }

    /// Whether the sink keeps the pages it is given (in memory), so that
    /// they are handed over without spare room.
    fn keeps_pages(&self) -> bool {
        false
    }
}

/// A sink that drops every page: a build that already has errors will not be
/// written, so it need not keep or write its pages.
pub struct Discard;

impl PageSink for Discard {
    fn page(&self, _path: &str, _html: &Arc<Vec<u8>>) {}
}

/// Hands every page to two sinks: `build` writes it and reads it back.
pub struct Tee<'s>(pub &'s dyn PageSink, pub &'s dyn PageSink);

impl PageSink for Tee<'_> {
    fn page(&self, path: &str, html: &Arc<Vec<u8>>) {
        self.0.page(path, html);
        self.1.page(path, html);
    }

    fn file(&self, path: &str, bytes: &[u8]) -> bool {
        let first = self.0.file(path, bytes);
        self.1.file(path, bytes) || first
    }

    fn keeps_pages(&self) -> bool {
        self.0.keeps_pages() || self.1.keeps_pages()
    }
}

/// Keeps every page in memory, for `serve` and the tests.
#[derive(Default)]
pub(crate) struct MemorySink {
    pages: Mutex<Vec<(String, Arc<Vec<u8>>)>>,
}

impl PageSink for MemorySink {
    fn page(&self, path: &str, html: &Arc<Vec<u8>>) {
        if let Ok(mut pages) = self.pages.lock() {
            pages.push((path.to_string(), Arc::clone(html)));
        }
    }

    fn keeps_pages(&self) -> bool {
        true
    }
}

impl MemorySink {
    /// Puts the pages into `output` as files, where a page of the site
    /// stands (not where another file took its path).
    pub(crate) fn into_output(self, output: &mut Output) {
        let pages = self.pages.into_inner().unwrap_or_default();
        for (path, html) in pages {
            if output.pages.contains_key(&path) {
                output.files.entry(path).or_insert(OutputFile::Page(html));
            }
        }
    }
}

/// The whole built site, by path below the output folder (`process/index.html`).
#[derive(Debug, Default)]
pub struct Output {
    /// Every file but the pages a sink took and did not give back.
    pub files: BTreeMap<String, OutputFile>,
    /// Which template wrote each page (`process/index.html` → `process.html`),
    /// so that `check` can place a broken link a theme made.
    pub templates: BTreeMap<String, String>,
    /// Which page of the site each output page is.
    pub pages: BTreeMap<String, usize>,
}

impl Output {
    /// Whether the site has a file or page at `path`.
    pub(crate) fn contains(&self, path: &str) -> bool {
        self.files.contains_key(path) || self.pages.contains_key(path)
    }
}

/// What a site is rendered from.
#[derive(Clone, Copy)]
pub struct Job<'j> {
    pub site: &'j Site,
    pub sources: &'j Sources,
    pub config: &'j SiteConfig,
    /// What was made of each photo: static/'s are published without their metadata.
    pub images: &'j crate::images::Images,
    /// The build date ("which meetings are upcoming").
    pub now: jiff::civil::Date,
    /// The site's folder, where `stegvis build` lets each page's text go
    /// once the page is rendered (`parse::text`): `None` keeps them.
    pub let_go: Option<&'j std::path::Path>,
}

/// What every generator has: the job, the theme strings and the compiled theme.
pub(crate) struct Renderer<'r> {
    pub site: &'r Site,
    pub config: &'r SiteConfig,
    pub now: jiff::civil::Date,
    pub strings: strings::Strings,
    /// The files of `data/`, as load read them.
    pub data: &'r [crate::load::DataFile],
    pub theme: theme::Theme,
    /// `Job::let_go`.
    pub let_go: Option<&'r std::path::Path>,
}

/// A generator of files besides the pages: it puts them through `Emit`.
type Generator = fn(&Renderer<'_>, &mut Emit);

/// Every file besides the pages and the search index, in this order.
const GENERATORS: &[Generator] = &[
    attachments,
    data_files,
    tags::generate,
    search::generate,
    not_found,
    calendars,
    feeds::generate,
    sitemap::generate,
    privacy::generate,
    privacy::cookies,
    accessibility::generate,
    print::generate,
];

/// After the search index: redirect pages, which must not replace any
/// other file.
const REDIRECTS: &[Generator] = &[aliases::removed, aliases::generate];

/// Renders the site: pages go to `sink` as they are rendered, with `cache`
/// (serve's) reusing the pages whose inputs did not change. Template
/// findings are collected once per defect, not once per page.
pub fn site(
    job: Job<'_>,
    sink: &dyn PageSink,
    cache: Option<&mut RenderCache>,
    findings: &mut Findings,
) -> Output {
    let mut emit = Emit::default();
    for (idx, file) in job.sources.static_files.iter().enumerate() {
        let origin = Origin::Static(file.origin.clone());
        let stripped = job
            .images
            .statics
            .get(&idx)
            .and_then(|image| image.stripped.as_ref());
        let copy = match stripped {
            Some(made) => made_file(made),
            None => OutputFile::Copy(file.bytes.clone()),
        };
        emit.put(file.output_path.clone(), copy, origin);
    }
    let strings = strings::read(&job.sources.strings, findings);
    let templates = &job.sources.templates;
    let Some(theme) = theme::Theme::new(templates, job.config, job.site, &strings, findings) else {
        // Without a theme there are no pages; the template findings say why.
        return emit.finish(findings);
    };
    let renderer = Renderer {
        site: job.site,
        config: job.config,
        now: job.now,
        data: &job.sources.data,
        strings,
        theme,
        let_go: job.let_go,
    };
    let mut entries = pages::render(&renderer, sink, cache, &mut emit);
    for generate in GENERATORS {
        generate(&renderer, &mut emit);
    }
    entries.extend(generated_entries(&renderer, &emit));
    if job.let_go.is_some() {
        crate::give_back_free_memory();
    }
    // The index is the largest of the generated files (a tenth of a big
    // site's memory): each piece goes to the sink as it is made.
    search::index(&entries, &mut |files| emit.written(sink, files));
    crate::drop_elsewhere(entries);
    for generate in REDIRECTS {
        generate(&renderer, &mut emit);
    }
    emit.finish(findings)
}

/// The search entries of the pages a member may look for that Stegvis
/// writes itself: the page about cookies and the accessibility statement
/// (where the site has written them, not an editor's page at their address).
fn generated_entries(renderer: &Renderer<'_>, emit: &Emit) -> Vec<Arc<search::SearchEntry>> {
    let language = renderer.config.language;
    let kind = renderer
        .strings
        .get(language)
        .texts
        .get("kind_page")
        .cloned()
        .unwrap_or_default();
    [
        privacy::cookies_page(language),
        accessibility::statement_page(language),
    ]
    .into_iter()
    .filter_map(|folder| {
        let html = emit.generated(&format!("{folder}/index.html"))?;
        let url = format!("{}{folder}/", renderer.config.base_path);
        search::generated_entry(html, url, kind.clone(), language).map(Arc::new)
    })
    .collect()
}

/// Page `idx` alone, byte for byte as `site` renders it, or `None` where the
/// theme or the page has a template error (the full build reports it).
pub fn page_alone(job: Job<'_>, idx: usize) -> Option<Vec<u8>> {
    let mut findings = Findings::default();
    let strings = strings::read(&job.sources.strings, &mut findings);
    let templates = &job.sources.templates;
    let theme = theme::Theme::new(templates, job.config, job.site, &strings, &mut findings)?;
    let renderer = Renderer {
        site: job.site,
        config: job.config,
        now: job.now,
        data: &job.sources.data,
        strings,
        theme,
        let_go: job.let_go,
    };
    pages::alone(&renderer, idx).ok()
}

/// A file the images stage made, as an output file.
fn made_file(made: &crate::images::Made) -> OutputFile {
    match made {
        crate::images::Made::Disk(path) => OutputFile::Copy(FileBytes::Disk(path.clone())),
        crate::images::Made::Memory(bytes) => OutputFile::Page(Arc::clone(bytes)),
    }
}

/// The attachments of content/, beside their pages: a photo without its
/// metadata, and its WebP copies beside it.
fn attachments(renderer: &Renderer<'_>, emit: &mut Emit) {
    for attachment in &renderer.site.attachments {
        let image = attachment.image.as_deref();
        for variant in image.iter().flat_map(|image| &image.variants) {
            let path = crate::images::variant_path(&attachment.output_path, variant.width);
            emit.put_unless_taken(path, made_file(&variant.bytes));
        }
        let file = match image.and_then(|image| image.stripped.as_ref()) {
            Some(made) => made_file(made),
            None => OutputFile::Copy(attachment.file.bytes.clone()),
        };
        emit.put(
            attachment.output_path.clone(),
            file,
            Origin::Source(attachment.file.path.clone()),
        );
    }
}

/// The tables of `data/`, for pages to offer them for download.
fn data_files(renderer: &Renderer<'_>, emit: &mut Emit) {
    for file in renderer.data {
        if renderer.site.tables.contains_key(&file.name) {
            let bytes = OutputFile::Bytes(file.bytes.clone());
            emit.put(
                data::output_path(&file.name),
                bytes,
                Origin::Source(file.path.clone()),
            );
        }
    }
}

/// The meetings' calendars, as the meeting kind writes them.
fn calendars(renderer: &Renderer<'_>, emit: &mut Emit) {
    let language = renderer.strings.get(renderer.config.language);
    let online_text = language.texts.get("online").map_or("", String::as_str);
    let site = renderer.site;
    let files =
        crate::kinds::meeting::calendar::files(site, renderer.config, renderer.now, online_text);
    for (path, text) in files {
        emit.put(
            path,
            OutputFile::Bytes(text.into_bytes()),
            Origin::Generated,
        );
    }
}

/// 404.html.
fn not_found(renderer: &Renderer<'_>, emit: &mut Emit) {
    let context = context::plain_context(
        renderer.site,
        renderer.config,
        &renderer.strings,
        "404.html",
    );
    emit.html(renderer, String::from("404.html"), "404.html", &context);
}

/// What wrote a file of the output, so that two sources of one path are an
/// error naming both (SPEC "Content"), not one silently replacing the other.
pub(crate) enum Origin {
    /// A file of static/ or the theme, by where it came from.
    Static(PathBuf),
    /// A page or attachment of content/.
    Source(PathBuf),
    /// A file Stegvis writes itself: sitemap.xml, feeds, calendars, search.
    Generated,
}

/// The output being made: every file goes in through here, with its origin.
#[derive(Default)]
pub(crate) struct Emit {
    output: Output,
    origins: BTreeMap<String, Origin>,
    templates: theme::FindingCounter,
    findings: Vec<Finding>,
}

impl Emit {
    /// Adds a file to the output; a path taken already keeps its first file,
    /// and the second is a finding on the content file of the two.
    pub(crate) fn put(&mut self, path: String, file: OutputFile, origin: Origin) {
        if self.claim(&path, origin) {
            self.output.files.insert(path, file);
        }
    }

    /// Generated files that `sink` writes where it takes files (in
    /// parallel), else added to the output.
    fn written(&mut self, sink: &dyn PageSink, files: Vec<(String, String)>) {
        let claimed: Vec<(String, String)> = files
            .into_iter()
            .filter(|(path, _)| self.claim(path, Origin::Generated))
            .collect();
        let kept: Vec<(String, String)> = claimed
            .into_par_iter()
            .filter(|(path, text)| !sink.file(path, text.as_bytes()))
            .collect();
        for (path, text) in kept {
            self.output
                .files
                .insert(path, OutputFile::Bytes(text.into_bytes()));
        }
    }

    /// Records a page that a sink took: which page it is and its template.
    fn page(&mut self, path: String, idx: usize, template: String, origin: Origin) {
        if self.claim(&path, origin) {
            self.output.templates.insert(path.clone(), template);
            self.output.pages.insert(path, idx);
        }
    }

    /// An HTML file of the theme's `template` (minified), or the template's finding.
    pub(crate) fn html(
        &mut self,
        renderer: &Renderer<'_>,
        path: String,
        template: &str,
        context: &tera::Context,
    ) {
        match renderer.theme.render(template, context, None) {
            Ok(html) => {
                // Kept in memory until the build ends: no spare room.
                let mut html = minify(html, renderer.config);
                html.shrink_to_fit();
                let file = OutputFile::Bytes(html);
                self.put(path, file, Origin::Generated);
            }
            Err(finding) => self.templates.add(*finding),
        }
    }

    /// A file that may not take a path another file has: written without
    /// an origin, after every other file.
    pub(crate) fn put_unless_taken(&mut self, path: String, file: OutputFile) {
        self.output.files.entry(path).or_insert(file);
    }

    /// The bytes of a file Stegvis generated in memory at `path`.
    pub(crate) fn generated(&self, path: &str) -> Option<&[u8]> {
        match self.origins.get(path) {
            Some(Origin::Generated) => self.output.files.get(path)?.generated(),
            _ => None,
        }
    }

    /// Whether some file or page has `path` already.
    pub(crate) fn contains(&self, path: &str) -> bool {
        self.output.contains(path)
    }

    pub(crate) fn template_finding(&mut self, finding: Finding) {
        self.templates.add(finding);
    }

    pub(crate) fn finding(&mut self, finding: Finding) {
        self.findings.push(finding);
    }

    fn finish(self, findings: &mut Findings) -> Output {
        findings.extend(self.findings);
        findings.extend(self.templates.into_findings());
        self.output
    }

    /// Takes `path` for `origin`; false (and a finding) when it is taken.
    fn claim(&mut self, path: &str, origin: Origin) -> bool {
        let Some(first) = self.origins.get(path) else {
            self.origins.insert(path.to_string(), origin);
            return true;
        };
        let finding = two_writers(path, first, &origin);
        self.findings.push(finding);
        false
    }
}

/// Two files for one path: a finding on the content file of the two.
fn two_writers(path: &str, first: &Origin, second: &Origin) -> Finding {
    let describe = |origin: &Origin| match origin {
        Origin::Static(from) => match from.strip_prefix("(default theme)/static") {
            Ok(file) => crate::msg!(
                "origin-theme-file",
                file = crate::findings::display_path(file)
            ),
            Err(_) => crate::msg!("origin-file", file = crate::findings::display_path(from)),
        },
        Origin::Source(from) => {
            crate::msg!("origin-file", file = crate::findings::display_path(from))
        }
        Origin::Generated => crate::msg!("origin-generated", path = path),
    };
    let generated = matches!(second, Origin::Generated) || matches!(first, Origin::Generated);
    let message = crate::msg!(
        "url-two-files",
        path = path,
        generated = if generated { "yes" } else { "no" }
    )
    .arg_msg("first", describe(first))
    .arg_msg("second", describe(second));
    // On the content file, which the editor can rename.
    let on = match (second, first) {
        (Origin::Source(from), _) | (_, Origin::Source(from)) | (Origin::Static(from), _) => {
            from.clone()
        }
        (Origin::Generated, Origin::Static(from)) => from.clone(),
        (Origin::Generated, Origin::Generated) => PathBuf::from("templates"),
    };
    Finding::error(crate::findings::FindingKind::Content, on, message)
}

/// minify-html's rules (through simple-minify-html, its fork without the CSS
/// and JS minifiers) with the document's `<html>` and `<head>` kept, and
/// scripts and styles left alone: the theme's only inline style is a
/// one-line print rule, and minifying CSS on every page cost more than the
/// rest of minifying.
pub(crate) fn minify(html: Vec<u8>, config: &SiteConfig) -> Vec<u8> {
    if !config.minify {
        return html;
    }
    let cfg = simple_minify_html::Cfg {
        keep_html_and_head_opening_tags: true,
        keep_closing_tags: true,
        ..simple_minify_html::Cfg::new()
    };
    simple_minify_html::minify(&html, Some(cfg))
}
