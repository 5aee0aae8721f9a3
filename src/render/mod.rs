//! `Site` → `Output`: every page through its Tera template (in parallel),
//! attachments and static files beside them, sitemap.xml, robots.txt, 404.html.
//! Nothing here touches the disk itself: a build hands each rendered page to a
//! [`PageSink`] (`write::Staging`) instead of keeping it.

pub mod aliases;
pub mod body;
pub mod context;
pub mod feeds;
pub mod search;
pub mod sitemap;
pub mod strings;
pub mod tags;
pub mod theme;
pub mod view;

use std::collections::BTreeMap;
use std::sync::Arc;

use rayon::prelude::*;

use crate::config::SiteConfig;
use crate::findings::{Finding, Findings};
use crate::load::{FileBytes, Sources};
use crate::parse::Role;
use crate::resolve::Site;

/// One file of the built site.
#[derive(Debug, Clone)]
pub enum OutputFile {
    Bytes(Vec<u8>),
    /// A rendered page kept in memory, shared with `serve`'s cache.
    Page(Arc<Vec<u8>>),
    Copy(FileBytes),
    /// Handed to the build's [`PageSink`] when it was rendered.
    Written,
}

impl OutputFile {
    /// The bytes, for a file generated in memory.
    pub fn generated(&self) -> Option<&[u8]> {
        match self {
            OutputFile::Bytes(bytes) => Some(bytes),
            OutputFile::Page(bytes) => Some(bytes),
            OutputFile::Copy(_) | OutputFile::Written => None,
        }
    }
}

/// Where a build puts pages as soon as they are rendered, so that the whole
/// site's HTML is never in memory at once. It records its own failures.
pub trait PageSink: Sync {
    fn page(&self, path: &str, html: &[u8]);
}

/// A sink that drops every page: a build that already has errors will not be
/// written, so it need not keep or write its pages.
pub struct Discard;

impl PageSink for Discard {
    fn page(&self, _path: &str, _html: &[u8]) {}
}

/// The whole built site, by path below the output folder (`process/index.html`).
#[derive(Debug, Default)]
pub struct Output {
    pub files: BTreeMap<String, OutputFile>,
    /// Which template wrote each page (`process/index.html` → `process.html`),
    /// so that `check` can place a broken link a theme made.
    pub templates: BTreeMap<String, String>,
    /// Which page of the site each output page is.
    pub pages: BTreeMap<String, usize>,
}

/// A page's index, the template that rendered it, its fingerprint (when a
/// cache is kept), and the HTML (unless a sink took it).
type RenderedPage = (usize, String, Option<u64>, Option<Arc<Vec<u8>>>);

/// Pages rendered by an earlier build, by output path, with the fingerprint of
/// everything they were rendered from. `serve` keeps one between rebuilds, so
/// that an edit re-renders only the pages whose inputs changed; a change to
/// templates, theme strings or site.toml must start from an empty cache.
#[derive(Debug, Default)]
pub struct RenderCache {
    pages: BTreeMap<String, (u64, Arc<Vec<u8>>)>,
    /// Each page's search index entry, with the fingerprint of the page it
    /// was made from (the page's inputs include everything the entry shows).
    search: BTreeMap<String, (u64, Arc<search::SearchEntry>)>,
}

/// Everything a page's HTML is made of: its template, its context (all but
/// the body's HTML), and the body's source text with its resolved links.
fn fingerprint(context: u64, template: &str, page: &crate::resolve::Page) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    template.hash(&mut hasher);
    context.hash(&mut hasher);
    page.document.body().hash(&mut hasher);
    page.links.hrefs.hash(&mut hasher);
    page.document
        .headings
        .iter()
        .for_each(|heading| heading.id.hash(&mut hasher));
    hasher.finish()
}

/// Renders the site. Template findings are collected once per defect, not once per page.
pub fn site(
    site: &Site,
    sources: &Sources,
    config: &SiteConfig,
    now: jiff::civil::Date,
    mut cache: Option<&mut RenderCache>,
    sink: Option<&dyn PageSink>,
    findings: &mut Findings,
) -> Output {
    // The earlier build's pages are read while rendering; this build's are kept for the next.
    let previous: Option<RenderCache> = cache.as_mut().map(|cache| std::mem::take(*cache));
    let mut next_cache = previous.as_ref().map(|_| RenderCache::default());
    let fingerprinting = if previous.is_some() {
        view::Fingerprinting::On
    } else {
        view::Fingerprinting::Off
    };
    let mut output = Output::default();
    let mut origins = Origins::default();
    for file in &sources.static_files {
        origins.put(
            &mut output,
            file.output_path.clone(),
            OutputFile::Copy(file.bytes.clone()),
            Origin::Static(file.origin.clone()),
            findings,
        );
    }
    let strings = strings::read(&sources.strings, findings);
    let Some(theme) = theme::Theme::new(&sources.templates, config, findings) else {
        // Without a theme there are no pages; the template findings say why.
        return output;
    };

    let listings = context::section_listings(site, config, &strings, now);
    let rendered: Vec<Result<RenderedPage, Box<Finding>>> = site
        .pages
        .par_iter()
        .enumerate()
        .map(|(idx, page)| {
            let template = page
                .document
                .front_matter
                .template
                .clone()
                .unwrap_or_else(|| {
                    page.fields
                        .template_name()
                        .filter(|name| theme.contains(name))
                        .unwrap_or_else(|| default_template(site, idx))
                        .to_string()
                });
            let context_of = |fingerprinting| {
                let (mut builder, view) =
                    context::page_context(site, idx, config, &strings, now, fingerprinting);
                context::insert_section(&mut builder, site, idx, config, &listings);
                (builder, view)
            };
            // With a cache, the page's views are first only hashed; a Tera
            // context is built only for a page that must be rendered again.
            let (fingerprint, (builder, view)) = match fingerprinting {
                view::Fingerprinting::On => {
                    let (hashed, _) = context_of(view::Fingerprinting::Only);
                    let fingerprint = hashed
                        .fingerprint()
                        .map(|context| fingerprint(context, &template, page));
                    if let (Some(previous), Some(fingerprint)) = (previous.as_ref(), fingerprint)
                        && let Some((cached, html)) = previous.pages.get(&page.output_path())
                        && *cached == fingerprint
                    {
                        return Ok((idx, template, Some(fingerprint), Some(Arc::clone(html))));
                    }
                    (fingerprint, context_of(view::Fingerprinting::Off))
                }
                _ => (None, context_of(view::Fingerprinting::Off)),
            };
            let mut context = builder.context;
            context::with_content(&mut context, view, page);
            let html = theme.render(&template, &context, Some(&page.document))?;
            // The minifier recurses per element: a page nested too deep
            // (parse warned about it) is written as it is.
            let html = if page.document.too_deep {
                html.into_bytes()
            } else {
                minify(html, config)
            };
            match sink {
                Some(sink) => {
                    sink.page(&page.output_path(), &html);
                    Ok((idx, template, fingerprint, None))
                }
                None => Ok((idx, template, fingerprint, Some(Arc::new(html)))),
            }
        })
        .collect();
    let mut template_findings = theme::FindingCounter::default();
    let mut fingerprints: Vec<Option<u64>> = vec![None; site.pages.len()];
    for result in rendered {
        match result {
            Ok((idx, template, fingerprint, html)) => {
                fingerprints[idx] = fingerprint;
                let path = site.pages[idx].output_path();
                output.templates.insert(path.clone(), template);
                output.pages.insert(path.clone(), idx);
                if let (Some(next_cache), Some(fingerprint), Some(html)) =
                    (next_cache.as_mut(), fingerprint, html.as_ref())
                {
                    next_cache
                        .pages
                        .insert(path.clone(), (fingerprint, Arc::clone(html)));
                }
                let file = html.map_or(OutputFile::Written, OutputFile::Page);
                let origin = Origin::Source(site.pages[idx].document.path.clone());
                origins.put(&mut output, path, file, origin, findings);
            }
            Err(finding) => template_findings.add(*finding),
        }
    }

    for (path, context) in tags::pages(site, config, &strings) {
        match theme.render(
            if path == tags::INDEX {
                "tags.html"
            } else {
                "tag.html"
            },
            &context,
            None,
        ) {
            Ok(html) => {
                let file = OutputFile::Bytes(minify(html, config));
                origins.put(&mut output, path, file, Origin::Generated, findings);
            }
            Err(finding) => template_findings.add(*finding),
        }
    }

    let cached_entry = |idx: usize| {
        let fingerprint = fingerprints[idx]?;
        let (cached, entry) = previous
            .as_ref()?
            .search
            .get(&site.pages[idx].output_path())?;
        (*cached == fingerprint).then(|| Arc::clone(entry))
    };
    let entries = search::entries(site, config, &strings, &cached_entry);
    origins.put(
        &mut output,
        String::from(search::INDEX_FILE),
        OutputFile::Bytes(search::index(&entries).into_bytes()),
        Origin::Generated,
        findings,
    );
    if let Some(next_cache) = next_cache.as_mut() {
        for (idx, entry) in entries.into_iter().enumerate() {
            if let Some(fingerprint) = fingerprints[idx] {
                let path = site.pages[idx].output_path();
                next_cache.search.insert(path, (fingerprint, entry));
            }
        }
    }
    let search_context = context::plain_context(site, config, &strings, "search/");
    match theme.render("search.html", &search_context, None) {
        Ok(html) => {
            let file = OutputFile::Bytes(minify(html, config));
            let path = String::from(search::PAGE);
            origins.put(&mut output, path, file, Origin::Generated, findings);
        }
        Err(finding) => template_findings.add(*finding),
    }

    let not_found = context::plain_context(site, config, &strings, "404.html");
    match theme.render("404.html", &not_found, None) {
        Ok(html) => {
            let file = OutputFile::Bytes(minify(html, config));
            let path = String::from("404.html");
            origins.put(&mut output, path, file, Origin::Generated, findings);
        }
        Err(finding) => template_findings.add(*finding),
    }
    findings.extend(template_findings.into_findings());
    if let (Some(cache), Some(next_cache)) = (cache, next_cache) {
        *cache = next_cache;
    }

    for attachment in &site.attachments {
        origins.put(
            &mut output,
            attachment.output_path.clone(),
            OutputFile::Copy(attachment.file.bytes.clone()),
            Origin::Source(attachment.file.path.clone()),
            findings,
        );
    }
    let online_text = strings
        .get(config.language)
        .texts
        .get("online")
        .cloned()
        .unwrap_or_default();
    for (idx, page) in site.pages.iter().enumerate() {
        if let Some(ics) =
            crate::kinds::meeting::calendar::meeting_ics(site, idx, config, now, &online_text)
        {
            let path = format!("{}{}", page.url, crate::kinds::meeting::ICS_FILE);
            let file = OutputFile::Bytes(ics.into_bytes());
            origins.put(&mut output, path, file, Origin::Generated, findings);
        }
    }
    let generated = [
        (
            String::from("meetings.ics"),
            crate::kinds::meeting::calendar::feed_ics(site, config, now, &online_text),
        ),
        (
            String::from(feeds::ATOM_FILE),
            feeds::atom(site, config, now),
        ),
        (
            String::from("sitemap.xml"),
            sitemap::sitemap(site, config, now),
        ),
        (String::from("robots.txt"), sitemap::robots(config)),
    ];
    for (path, text) in generated {
        let file = OutputFile::Bytes(text.into_bytes());
        origins.put(&mut output, path, file, Origin::Generated, findings);
    }
    let redirects = aliases::pages(site, config, &|path| output.files.contains_key(path));
    for redirect in redirects {
        match redirect {
            Ok((path, html)) => {
                output
                    .files
                    .insert(path, OutputFile::Bytes(html.into_bytes()));
            }
            Err(finding) => findings.push(finding),
        }
    }
    output
}

/// What wrote a file of the output, so that two sources of one path are an
/// error naming both (SPEC "Content"), not one silently replacing the other.
enum Origin {
    /// A file of static/ or the theme, by where it came from.
    Static(std::path::PathBuf),
    /// A page or attachment of content/.
    Source(std::path::PathBuf),
    /// A file Stegvis writes itself: sitemap.xml, feeds, calendars, search.
    Generated,
}

#[derive(Default)]
struct Origins {
    by_path: BTreeMap<String, Origin>,
}

impl Origins {
    /// Adds a file to the output; a path taken already keeps its first file,
    /// and the second is a finding on the content file of the two.
    fn put(
        &mut self,
        output: &mut Output,
        path: String,
        file: OutputFile,
        origin: Origin,
        findings: &mut Findings,
    ) {
        let Some(first) = self.by_path.get(&path) else {
            self.by_path.insert(path.clone(), origin);
            output.files.insert(path, file);
            return;
        };
        let describe = |origin: &Origin| match origin {
            Origin::Static(from) => match from.strip_prefix("(default theme)/static") {
                Ok(file) => format!(
                    "the default theme's {}",
                    crate::findings::display_path(file)
                ),
                Err(_) => crate::findings::display_path(from),
            },
            Origin::Source(from) => crate::findings::display_path(from),
            Origin::Generated => format!("the file Stegvis writes at /{path}"),
        };
        let message = format!(
            "{} and {} both become /{path}",
            describe(first),
            describe(&origin)
        );
        // On the content file, which the editor can rename.
        let on = match (&origin, first) {
            (Origin::Source(from), _) | (_, Origin::Source(from)) | (Origin::Static(from), _) => {
                from.clone()
            }
            (Origin::Generated, Origin::Static(from)) => from.clone(),
            (Origin::Generated, Origin::Generated) => std::path::PathBuf::from("templates"),
        };
        let help = if matches!(origin, Origin::Generated) || matches!(first, Origin::Generated) {
            "rename or move the file: Stegvis writes that path itself"
        } else {
            "rename or remove one of them"
        };
        findings.push(Finding::error(crate::findings::Kind::Content, on, message).help(help));
    }
}

/// Text for HTML and XML (pages, the feed, the sitemap, redirect pages, the
/// preview's error dialog): markup characters escaped, and control
/// characters, which neither may hold, left out.
pub fn escape_markup(text: &str) -> String {
    text.replace(|ch: char| ch.is_control() && ch != '\t' && ch != '\n', "")
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn default_template(site: &Site, idx: usize) -> &'static str {
    if site.root == Some(idx) {
        "index.html"
    } else if site.pages[idx].role() == Role::Section {
        "section.html"
    } else {
        "page.html"
    }
}

/// minify-html with the document's `<html>` and `<head>` kept, and scripts
/// and styles left alone: the theme's only inline style is a one-line print
/// rule, and minifying CSS on every page cost more than the rest of minifying.
fn minify(html: String, config: &SiteConfig) -> Vec<u8> {
    if !config.minify {
        return html.into_bytes();
    }
    let mut cfg = minify_html::Cfg::new();
    cfg.keep_html_and_head_opening_tags = true;
    cfg.keep_closing_tags = true;
    cfg.minify_css = false;
    cfg.minify_js = false;
    minify_html::minify(html.as_bytes(), &cfg)
}
