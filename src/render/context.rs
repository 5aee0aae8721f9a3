//! The Tera context of each page: `page`, `children`, `breadcrumbs`,
//! `menu`, `section`, the kind views, and the strings `t`; and of the pages
//! that are not content (search, 404).

use std::collections::HashMap;

use rayon::prelude::*;
use serde::Serialize;

use crate::config::SiteConfig;
use crate::parse::Role;
use crate::resolve::Site;

use super::body;
use super::strings::{LanguageStrings, Strings};
use super::view::{ContextBuilder, DateView, Fingerprinting, LinkView, ViewContext, menu};

/// `site` in every template.
#[derive(Serialize)]
pub(crate) struct SiteView {
    pub title: String,
    pub description: Option<String>,
    /// Absolute, ends with `/`.
    pub base_url: String,
    /// The URL path of the home page, `/` or `/portal/`.
    pub home: String,
    /// Scheme and host of `base_url` ("https://example.se"), which print
    /// styles put before root-relative link targets.
    pub origin: String,
    pub language: &'static str,
    pub stylesheet: String,
    /// The network's logo (`[theme] logo`), as a URL; the title is its text.
    pub logo: Option<String>,
    /// The network's colour (`[theme] accent`), checked for contrast.
    pub accent: Option<String>,
    /// The same colour, light enough for the dark scheme.
    pub accent_dark: Option<String>,
    /// The Content-Security-Policy every page carries (`privacy.rs`).
    pub csp: String,
    /// The URL path of the page that says what the site stores (nothing).
    pub cookies: String,
    /// The footer's link to the accessibility statement, where there is one.
    pub accessibility: Option<StatementLink>,
}

/// The footer's link to the accessibility statement: its address, its name
/// (the one the country's rules use: "Tilgængelighedserklæring" for
/// Denmark), and the language of that name.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct StatementLink {
    pub url: String,
    pub text: String,
    pub lang: &'static str,
}

#[derive(Serialize)]
pub(crate) struct TocView {
    pub level: u8,
    pub id: String,
    pub title: String,
}

/// `page` in a page or section template.
#[derive(Serialize)]
pub(crate) struct PageView {
    pub title: String,
    pub description: Option<String>,
    pub url: String,
    pub permalink: String,
    pub content: String,
    pub date: Option<DateView>,
    pub updated: Option<DateView>,
    pub kind: String,
    pub is_section: bool,
    pub lang: &'static str,
    pub tags: Vec<String>,
    /// The tags with the URLs of their pages.
    pub tag_links: Vec<LinkView>,
    pub toc: Vec<TocView>,
    pub extra: serde_json::Value,
    /// Who is responsible for the page (`owner:`).
    pub owner: Option<String>,
    /// When its owner last reviewed it: `reviewed:`, else `updated:`.
    pub reviewed: Option<DateView>,
    /// An area's indicators, each drawn as a chart with its table (HTML);
    /// filled in with the content.
    pub indicators: Vec<String>,
}

/// `site`; `csp` and `cookies` as `privacy.rs` says, `accessibility` as
/// `accessibility.rs` does.
pub(crate) fn site_view(
    config: &SiteConfig,
    csp: String,
    cookies: &str,
    accessibility: Option<StatementLink>,
) -> SiteView {
    SiteView {
        title: config.title.clone(),
        description: config.description.clone(),
        base_url: config.base_url.clone(),
        home: config.base_path.clone(),
        origin: config
            .base_url
            .strip_suffix(&config.base_path)
            .unwrap_or(&config.base_url)
            .to_string(),
        language: config.language.code(),
        stylesheet: format!("{}style.css", config.base_path),
        // A file of static/ is published at the site's root.
        logo: config
            .logo_in_static()
            .map(|file| format!("{}{file}", config.base_path)),
        accent: config.accent.as_ref().map(|(light, _)| light.clone()),
        accent_dark: config.accent.as_ref().map(|(_, dark)| dark.clone()),
        csp,
        cookies: format!("{}{cookies}/", config.base_path),
        accessibility,
    }
}

/// Everything one page's template sees besides `site`, with `page.content`
/// still empty: the caller fills it in only if the page must be rendered.
pub(crate) fn page_context(
    site: &Site,
    idx: usize,
    config: &SiteConfig,
    strings: &Strings,
    now: jiff::civil::Date,
    fingerprinting: Fingerprinting,
) -> (ContextBuilder, PageView) {
    let page = &site.pages[idx];
    let front_matter = &page.document.front_matter;
    let view_context = ViewContext::of_page(site, idx, config, strings, now);
    let view = PageView {
        title: front_matter.title.clone(),
        description: front_matter.description.clone(),
        url: Site::href(config, &page.url),
        permalink: format!("{}{}", config.base_url, page.url),
        content: String::new(),
        date: view_context.date(front_matter.date),
        // As the editors wrote it; else the last commit's day, where it
        // says more than the page's own date.
        updated: view_context.date(front_matter.updated.or_else(|| {
            page.committed
                .filter(|committed| front_matter.date.is_none_or(|date| *committed > date))
                .map(|committed| committed.min(now))
        })),
        kind: page.kind.name().to_string(),
        is_section: page.role() == Role::Section,
        lang: page.language.code(),
        tags: front_matter.tags.clone(),
        tag_links: front_matter
            .tags
            .iter()
            .map(|tag| {
                LinkView::plain(
                    tag.clone(),
                    Site::href(config, &crate::render::tags::tag_url(tag)),
                )
            })
            .collect(),
        toc: page
            .document
            .headings
            .iter()
            .filter(|heading| heading.level == 2 || heading.level == 3)
            .map(|heading| TocView {
                level: heading.level,
                id: heading.id.clone(),
                title: heading.text.clone(),
            })
            .collect(),
        extra: front_matter.extra.clone(),
        owner: front_matter.owner.clone(),
        reviewed: view_context.date(front_matter.reviewed.or(front_matter.updated)),
        indicators: Vec::new(),
    };

    let children: Vec<LinkView> = page
        .children
        .iter()
        .map(|&child| view_context.link(child))
        .collect();
    let mut breadcrumbs = Vec::new();
    let mut ancestor = page.parent;
    while let Some(at) = ancestor {
        breadcrumbs.push(view_context.link(at));
        ancestor = site.pages[at].parent;
    }
    breadcrumbs.reverse();

    let mut context = ContextBuilder::new(fingerprinting);
    context.insert("page", &view);
    context.insert("children", &children);
    context.insert("breadcrumbs", &breadcrumbs);
    context.insert("menu", &menu(site, config, &page.url));
    context.insert("lang", &page.language.code());
    let (texts, texts_hash) = view_context.strings.shared_texts();
    context.insert_shared("t", texts, texts_hash);
    crate::kinds::view::insert_views(&view_context, &mut context);
    (context, view)
}

/// A section and its pages as each page in it sees them (`section` in a
/// page's context): built once per section and shared, because Tera's arrays
/// are reference-counted, so a template that lists a page's whole section
/// costs no copy per page (the trap that makes such listings quadratic).
pub(crate) struct SectionListing {
    value: tera::Value,
    /// Of the serialized listing, for the fingerprints `serve` keeps.
    hash: u64,
}

#[derive(Serialize)]
struct SectionView {
    title: String,
    url: String,
    pages: Vec<LinkView>,
}

/// Every section's listing, by the section's page index.
pub(crate) fn section_listings(
    site: &Site,
    config: &SiteConfig,
    strings: &Strings,
    now: jiff::civil::Date,
) -> HashMap<usize, SectionListing> {
    site.pages
        .par_iter()
        .enumerate()
        .filter(|(_, page)| page.role() == Role::Section)
        .map(|(idx, _)| (idx, section_listing(site, idx, config, strings, now)))
        .collect()
}

/// The listing of section `idx`: its title, URL and pages.
pub(crate) fn section_listing(
    site: &Site,
    idx: usize,
    config: &SiteConfig,
    strings: &Strings,
    now: jiff::civil::Date,
) -> SectionListing {
    use std::hash::{Hash, Hasher};
    let page = &site.pages[idx];
    let view_context = ViewContext::of_page(site, idx, config, strings, now);
    let view = SectionView {
        title: page.document.front_matter.title.clone(),
        url: Site::href(config, &page.url),
        pages: page
            .children
            .iter()
            .map(|&child| view_context.link(child))
            .collect(),
    };
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    serde_json::to_vec(&view)
        .unwrap_or_default()
        .hash(&mut hasher);
    SectionListing {
        value: tera::Value::from_serializable(&view),
        hash: hasher.finish(),
    }
}

/// Puts the page's section (`section`: title, url, pages) and its neighbours
/// there (`previous_in_section`, `next_in_section`) in its context.
pub(crate) fn insert_section(
    context: &mut ContextBuilder,
    site: &Site,
    idx: usize,
    config: &SiteConfig,
    listings: &HashMap<usize, SectionListing>,
) {
    let Some(parent) = site.pages[idx].parent else {
        return;
    };
    let Some(listing) = listings.get(&parent) else {
        return;
    };
    context.insert_shared("section", listing.value.clone(), listing.hash);
    let siblings = &site.pages[parent].children;
    let Some(at) = siblings.iter().position(|&sibling| sibling == idx) else {
        return;
    };
    let neighbour = |sibling: Option<&usize>| {
        sibling.map(|&sibling| {
            let page = &site.pages[sibling];
            (
                page.document.front_matter.title.clone(),
                Site::href(config, &page.url),
            )
        })
    };
    let link = |(title, url): (String, String)| LinkView::plain(title, url);
    if let Some(previous) = neighbour(at.checked_sub(1).and_then(|at| siblings.get(at))) {
        context.insert("previous_in_section", &link(previous));
    }
    if let Some(next) = neighbour(siblings.get(at + 1)) {
        context.insert("next_in_section", &link(next));
    }
}

/// Fills in the page's HTML body: the costly part, done only when rendering.
/// With `plain`, the body's plain text is made in the same pass (`body::html_and_text`).
pub(crate) fn with_content(
    context: &mut tera::Context,
    mut view: PageView,
    page: &crate::resolve::Page,
    blocks: &super::data::BlockContext<'_>,
    plain: Option<&mut String>,
) {
    view.content = body::html_and_text(
        page,
        &|index, block| super::data::html(index, block, blocks),
        &blocks.callout_titles,
        plain,
    );
    if let crate::kinds::Fields::Area(area) = &page.fields {
        // Numbered after the body's blocks, so that their ids differ.
        view.indicators = area
            .indicators
            .iter()
            .enumerate()
            .filter_map(|(n, indicator)| {
                super::data::chart(page.blocks.len() + n, &indicator.chart, blocks)
            })
            .collect();
    }
    context.insert("page", &view);
}

/// The context of a page that is not content (404.html, search/): no `page`,
/// the site's language, the menu marked for `current_url`.
pub(crate) fn plain_context(
    site: &Site,
    config: &SiteConfig,
    strings: &Strings,
    current_url: &str,
) -> tera::Context {
    let language_strings: &LanguageStrings = strings.get(config.language);
    let mut context = tera::Context::new();
    context.insert("lang", config.language.code());
    context.insert_value("t", language_strings.shared_texts().0);
    context.insert("menu", &menu(site, config, current_url));
    context.insert("breadcrumbs", &Vec::<LinkView>::new());
    context
}
