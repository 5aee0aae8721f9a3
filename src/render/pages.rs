//! The page loop: every page through its template, in parallel, each handed
//! to the sink as soon as it is rendered; and each page's search entry.
//! With `serve`'s `RenderCache`, a page whose inputs did not change is
//! taken from the cache instead of rendered, and so is its search entry.

use std::collections::BTreeMap;
use std::sync::Arc;

use rayon::prelude::*;

use crate::findings::Finding;
use crate::parse::Role;
use crate::resolve::{Page, Site};

use super::chart::ChartWords;
use super::context::{self, SectionListing};
use super::data::BlockContext;
use super::search::{self, SearchEntry};
use super::view::Fingerprinting;
use super::{Emit, Origin, PageSink, Renderer, minify};

/// Pages rendered by an earlier build, by output path, with the fingerprint of
/// everything they were rendered from. `serve` keeps one between rebuilds, so
/// that an edit re-renders only the pages whose inputs changed; a change to
/// templates, theme strings or site.toml must start from an empty cache.
#[derive(Debug, Default)]
pub struct RenderCache {
    pages: BTreeMap<String, (u64, Arc<Vec<u8>>)>,
    /// Each page's search index entry, with the fingerprint of the page it
    /// was made from (the page's inputs include everything the entry shows).
    search: BTreeMap<String, (u64, Arc<SearchEntry>)>,
}

/// One page, rendered or taken from the cache.
struct Rendered {
    idx: usize,
    template: String,
    /// Of its inputs, when a cache is kept.
    fingerprint: Option<u64>,
    /// Empty once the sink has it, unless a cache keeps it.
    html: Arc<Vec<u8>>,
    /// The body as plain text, made as it was rendered (not when its HTML
    /// came from the cache), until its search entry is made.
    plain: Option<String>,
}

/// A page rendered, or the template's finding.
type Outcome = Result<Rendered, Box<Finding>>;

/// Renders every page into `sink` and records it in `emit`; returns every
/// page's search entry, in page order.
pub(crate) fn render(
    renderer: &Renderer<'_>,
    sink: &dyn PageSink,
    cache: Option<&mut RenderCache>,
    emit: &mut Emit,
) -> Vec<Arc<SearchEntry>> {
    let site = renderer.site;
    // The earlier build's pages are read while rendering; this build's are kept for the next.
    let (previous, cache) = match cache {
        Some(cache) => (Some(std::mem::take(cache)), Some(cache)),
        None => (None, None),
    };
    let shared = Shared {
        listings: context::section_listings(site, renderer.config, &renderer.strings, renderer.now),
        data: super::data::template_value(&site.tables),
    };
    // Each page goes to the sink as soon as it is rendered, on the thread
    // that rendered it; its HTML is kept only for the next build's cache.
    let keep_html = cache.is_some();
    let kept = keep_html || sink.keeps_pages();
    let let_go = std::sync::atomic::AtomicUsize::new(1);
    // The texts the print pages show are kept for them.
    let mut printed = vec![false; site.pages.len()];
    if renderer.let_go.is_some() {
        for step in crate::kinds::process::view::printed_steps(site) {
            printed[step] = true;
        }
    }
    // The page's search entry is made as it is rendered, from the plain
    // text of the same pass over its body.
    let rendered: Vec<(Outcome, Arc<SearchEntry>)> = (0..site.pages.len())
        .into_par_iter()
        .with_max_len(crate::PAGES_PER_JOB)
        .map(|idx| {
            let mut result = guarded(renderer, &shared, previous.as_ref(), idx);
            if let Ok(rendered) = result.as_mut() {
                // A page kept (for the next build, or by the sink) has no
                // spare room; one only written is let go as it is.
                if kept && let Some(html) = Arc::get_mut(&mut rendered.html) {
                    html.shrink_to_fit();
                }
                sink.page(&site.pages[idx].output_path(), &rendered.html);
                if !keep_html {
                    rendered.html = Arc::default();
                }
            }
            let entry = search_entry(renderer, previous.as_ref(), idx, result.as_mut().ok());
            if let Some(root) = renderer.let_go
                && !printed[idx]
            {
                site.pages[idx].document.let_go(root);
                // What the texts took is handed back as they go, not only at
                // the end (`give_back_free_memory`).
                if let_go.fetch_add(1, std::sync::atomic::Ordering::Relaxed) % GIVE_BACK_EVERY == 0
                {
                    crate::give_back_free_memory();
                }
            }
            (result, entry)
        })
        .collect();
    let mut entries = Vec::with_capacity(rendered.len());
    let mut next = RenderCache::default();
    for (result, entry) in rendered {
        let rendered = match result {
            Ok(rendered) => rendered,
            Err(finding) => {
                emit.template_finding(*finding);
                entries.push(entry);
                continue;
            }
        };
        let page = &site.pages[rendered.idx];
        let path = page.output_path();
        if let Some(fingerprint) = rendered.fingerprint {
            next.pages
                .insert(path.clone(), (fingerprint, Arc::clone(&rendered.html)));
            next.search
                .insert(path.clone(), (fingerprint, Arc::clone(&entry)));
        }
        entries.push(entry);
        let origin = Origin::Source(page.document.path.clone());
        emit.page(path, rendered.idx, rendered.template, origin);
    }
    if let Some(cache) = cache {
        *cache = next;
    }
    entries
}

/// How many pages' texts are let go between two hand-backs of free memory
/// (about 20 MB of text at a portal's page size).
const GIVE_BACK_EVERY: usize = 4096;

/// Page `idx`'s search entry: the earlier build's where the page's inputs
/// did not change, else made from the plain text its rendering left (or,
/// where it was not rendered, from its body read again).
fn search_entry(
    renderer: &Renderer<'_>,
    previous: Option<&RenderCache>,
    idx: usize,
    rendered: Option<&mut Rendered>,
) -> Arc<SearchEntry> {
    let page = &renderer.site.pages[idx];
    if let Some(rendered) = rendered.as_deref()
        && let Some(fingerprint) = rendered.fingerprint
        && let Some((cached, entry)) =
            previous.and_then(|previous| previous.search.get(&page.output_path()))
        && *cached == fingerprint
    {
        return Arc::clone(entry);
    }
    let text = rendered
        .and_then(|rendered| rendered.plain.take())
        .unwrap_or_else(|| super::body::plain_text(page));
    Arc::new(search::entry(
        renderer.site,
        idx,
        renderer.config,
        &renderer.strings,
        renderer.now,
        &text,
    ))
}

/// Page `idx` alone, as `render` renders it (the same HTML), with only its
/// own section's listing: `serve` shows the page an editor saved first.
pub(crate) fn alone(renderer: &Renderer<'_>, idx: usize) -> Result<Vec<u8>, Box<Finding>> {
    let site = renderer.site;
    let listings = site.pages[idx]
        .parent
        .map(|parent| {
            let listing = context::section_listing(
                site,
                parent,
                renderer.config,
                &renderer.strings,
                renderer.now,
            );
            (parent, listing)
        })
        .into_iter()
        .collect();
    let shared = Shared {
        listings,
        data: super::data::template_value(&site.tables),
    };
    let rendered = guarded(renderer, &shared, None, idx)?;
    // `serve` keeps it in the place of the page built before.
    let mut html = Arc::unwrap_or_clone(rendered.html);
    html.shrink_to_fit();
    Ok(html)
}

/// `page`, with a defect of ours on one page's data (a panic) turned into
/// an error at that page: the build fails with the page named, instead of
/// aborting with exit 101 (and `serve` names it, not site.toml).
fn guarded(
    renderer: &Renderer<'_>,
    shared: &Shared,
    previous: Option<&RenderCache>,
    idx: usize,
) -> Result<Rendered, Box<Finding>> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        page(renderer, shared, previous, idx)
    }))
    .unwrap_or_else(|panic| {
        let detail = panic
            .downcast_ref::<&str>()
            .map(|text| (*text).to_string())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        Err(Box::new(Finding::error(
            crate::findings::FindingKind::Content,
            renderer.site.pages[idx].document.path.clone(),
            crate::msg!("render-panicked", detail = detail),
        )))
    })
}

/// What every page's context shares, built once: the sections' listings
/// and the tables as `data`, each with its hash for the fingerprints.
struct Shared {
    listings: std::collections::HashMap<usize, SectionListing>,
    data: (tera::Value, u64),
}

/// One page: its template, its context, its HTML (or the cached HTML when
/// its fingerprint is unchanged).
fn page(
    renderer: &Renderer<'_>,
    shared: &Shared,
    previous: Option<&RenderCache>,
    idx: usize,
) -> Result<Rendered, Box<Finding>> {
    let site = renderer.site;
    let page = &site.pages[idx];
    let template = template_of(renderer, idx);
    let context_of = |fingerprinting| {
        let (mut builder, view) = context::page_context(
            site,
            idx,
            renderer.config,
            &renderer.strings,
            renderer.now,
            fingerprinting,
        );
        context::insert_section(&mut builder, site, idx, renderer.config, &shared.listings);
        builder.insert_shared("data", shared.data.0.clone(), shared.data.1);
        (builder, view)
    };
    // With a cache, the page's views are first only hashed; a Tera
    // context is built only for a page that must be rendered again.
    let (fingerprint, (builder, view)) = match previous {
        Some(previous) => {
            let (hashed, _) = context_of(Fingerprinting::Only);
            let fingerprint = hashed
                .fingerprint()
                .map(|context| fingerprint(context, &template, page));
            if let Some(fingerprint) = fingerprint
                && let Some((cached, html)) = previous.pages.get(&page.output_path())
                && *cached == fingerprint
            {
                return Ok(Rendered {
                    idx,
                    template,
                    fingerprint: Some(fingerprint),
                    html: Arc::clone(html),
                    plain: None,
                });
            }
            (fingerprint, context_of(Fingerprinting::Off))
        }
        None => (None, context_of(Fingerprinting::Off)),
    };
    let mut context = builder.context;
    let blocks = block_context(renderer, page.language);
    let mut plain = String::new();
    context::with_content(&mut context, view, page, &blocks, Some(&mut plain));
    let html = renderer
        .theme
        .render(&template, &context, Some(&page.document))?;
    // The minifier recurses per element: a page nested too deep
    // (parse warned about it) is written as it is.
    let html = if page.document.too_deep {
        html
    } else {
        minify(html, renderer.config)
    };
    Ok(Rendered {
        idx,
        template,
        fingerprint,
        html: Arc::new(html),
        plain: Some(plain),
    })
}

/// What a page's chart and table blocks and callouts are written with, in `language`.
pub(crate) fn block_context<'r>(
    renderer: &'r Renderer<'_>,
    language: crate::config::Language,
) -> BlockContext<'r> {
    let texts = &renderer.strings.get(language).texts;
    let text = |key: &str| texts.get(key).map_or("", String::as_str);
    BlockContext {
        tables: &renderer.site.tables,
        language,
        data_url: Site::href(renderer.config, "data/"),
        download_text: text("data_download"),
        chart_words: ChartWords {
            highest_lowest: text("chart_highest_lowest"),
            highlighted_at_or_above: text("chart_highlighted_at_or_above"),
            reference: text("chart_reference"),
            highlighted: text("chart_highlighted"),
        },
        callout_titles: [
            text("callout_note"),
            text("callout_tip"),
            text("callout_important"),
            text("callout_warning"),
            text("callout_caution"),
        ],
    }
}

/// The page's `template:`, else its kind's template when the theme has
/// one, else index.html, section.html or page.html.
fn template_of(renderer: &Renderer<'_>, idx: usize) -> String {
    let site = renderer.site;
    let page = &site.pages[idx];
    if let Some(template) = &page.document.front_matter.template {
        return template.clone();
    }
    page.fields
        .template_name()
        .filter(|name| renderer.theme.contains(name))
        .unwrap_or_else(|| default_template(site, idx))
        .to_string()
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

/// Everything a page's HTML is made of: its template, its context (all but
/// the body's HTML), and the body's source text with its resolved links.
fn fingerprint(context: u64, template: &str, page: &Page) -> u64 {
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
