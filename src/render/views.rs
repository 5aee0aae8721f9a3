//! The `*View` structs handed to Tera: the theme's contract. Only these
//! derive `Serialize`; the templates see nothing else of the site.

use std::collections::HashMap;

use rayon::prelude::*;
use serde::Serialize;

use crate::config::SiteConfig;
use crate::resolve::{Role, Site};

use super::body;
use super::strings::{LanguageStrings, Strings};

/// `site` in every template.
#[derive(Serialize)]
pub struct SiteView {
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
}

/// A link to a page of the site.
#[derive(Serialize, Clone)]
pub struct LinkView {
    pub title: String,
    pub url: String,
    pub description: Option<String>,
    pub date: Option<DateView>,
    pub is_section: bool,
    /// This link is the page being rendered (`aria-current="page"`).
    pub is_current: bool,
    /// The page being rendered lies below this link.
    pub is_ancestor: bool,
}

#[derive(Serialize, Clone)]
pub struct DateView {
    /// 2025-02-28
    pub iso: String,
    /// 28 februari 2025
    pub text: String,
}

#[derive(Serialize)]
pub struct TocView {
    pub level: u8,
    pub id: String,
    pub title: String,
}

/// `page` in a page or section template.
#[derive(Serialize)]
pub struct PageView {
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
}

pub fn site_view(config: &SiteConfig) -> SiteView {
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
    }
}

/// What every view is built from: the site, the page being rendered, its
/// language's strings and the build date.
pub struct ViewContext<'a> {
    pub site: &'a Site,
    pub config: &'a SiteConfig,
    pub strings: &'a LanguageStrings,
    /// The page being rendered.
    pub current: usize,
    /// Today, as the build sees it (`--now`, SOURCE_DATE_EPOCH or the clock).
    pub now: jiff::civil::Date,
}

impl<'a> ViewContext<'a> {
    /// The context of the page at `idx`, in its language.
    pub fn of_page(
        site: &'a Site,
        idx: usize,
        config: &'a SiteConfig,
        strings: &'a Strings,
        now: jiff::civil::Date,
    ) -> ViewContext<'a> {
        ViewContext {
            site,
            config,
            strings: strings.get(site.pages[idx].language),
            current: idx,
            now,
        }
    }

    pub fn date(&self, date: Option<jiff::civil::Date>) -> Option<DateView> {
        date.map(|date| DateView {
            iso: date.to_string(),
            text: self.strings.date(date),
        })
    }

    /// A link to another page, marked if it is the current page or lies above it.
    pub fn link(&self, target: usize) -> LinkView {
        let linked = &self.site.pages[target];
        let current_url = &self.site.pages[self.current].url;
        LinkView {
            title: linked.document.front_matter.title.clone(),
            url: Site::href(self.config, &linked.url),
            description: linked.document.front_matter.description.clone(),
            date: self.date(linked.document.front_matter.date),
            is_section: linked.role == Role::Section,
            is_current: target == self.current,
            is_ancestor: target != self.current && current_url.starts_with(&linked.url),
        }
    }

    /// A theme string, with `{name}` placeholders filled in.
    pub fn text(&self, key: &str, values: &[(&str, String)]) -> String {
        let mut text = self
            .strings
            .texts
            .get(key)
            .cloned()
            .unwrap_or_else(|| key.to_string());
        for (name, value) in values {
            text = text.replace(&format!("{{{name}}}"), value);
        }
        text
    }
}

/// Everything one page's template sees besides `site`, with `page.content`
/// still empty: the caller fills it in only if the page must be rendered.
pub fn page_context(
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
        updated: view_context.date(front_matter.updated),
        kind: page.kind.name().to_string(),
        is_section: page.role == Role::Section,
        lang: page.language.code(),
        tags: front_matter.tags.clone(),
        tag_links: front_matter
            .tags
            .iter()
            .map(|tag| LinkView {
                title: tag.clone(),
                url: Site::href(config, &crate::render::tags::tag_url(tag)),
                description: None,
                date: None,
                is_section: false,
                is_current: false,
                is_ancestor: false,
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
    crate::kinds::insert_views(&view_context, &mut context);
    (context, view)
}

/// A section and its pages as each page in it sees them (`section` in a
/// page's context): built once per section and shared, because Tera's arrays
/// are reference-counted, so a template that lists a page's whole section
/// costs no copy per page (the trap that makes such listings quadratic).
pub struct SectionListing {
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
pub fn section_listings(
    site: &Site,
    config: &SiteConfig,
    strings: &Strings,
    now: jiff::civil::Date,
) -> HashMap<usize, SectionListing> {
    use std::hash::{Hash, Hasher};
    site.pages
        .par_iter()
        .enumerate()
        .filter(|(_, page)| page.role == Role::Section)
        .map(|(idx, page)| {
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
            let listing = SectionListing {
                value: tera::Value::from_serializable(&view),
                hash: hasher.finish(),
            };
            (idx, listing)
        })
        .collect()
}

/// Puts the page's section (`section`: title, url, pages) and its neighbours
/// there (`previous_in_section`, `next_in_section`) in its context.
pub fn insert_section(
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
    let link = |(title, url): (String, String)| LinkView {
        title,
        url,
        description: None,
        date: None,
        is_section: false,
        is_current: false,
        is_ancestor: false,
    };
    if let Some(previous) = neighbour(at.checked_sub(1).and_then(|at| siblings.get(at))) {
        context.insert("previous_in_section", &link(previous));
    }
    if let Some(next) = neighbour(siblings.get(at + 1)) {
        context.insert("next_in_section", &link(next));
    }
}

/// Whether a context records a fingerprint of what is put in it: only `serve`,
/// which reuses unchanged pages, needs one; a build would pay for nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fingerprinting {
    /// Hashed and put in the Tera context.
    On,
    /// Not hashed.
    Off,
    /// Hashed only: no Tera context is built (`serve`, to learn whether a
    /// page must be rendered again at all).
    Only,
}

/// Feeds what serde_json writes straight into a hasher, without a buffer.
struct HashWriter<'h>(&'h mut std::collections::hash_map::DefaultHasher);

impl std::io::Write for HashWriter<'_> {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        std::hash::Hasher::write(self.0, bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// A template context being built, with a fingerprint of everything put in
/// it. The views serialize the same way every time (structs and BTreeMaps),
/// which Tera's own maps do not promise.
pub struct ContextBuilder {
    pub context: tera::Context,
    hasher: Option<std::collections::hash_map::DefaultHasher>,
    /// Whether values go into `context` (not with `Fingerprinting::Only`).
    building: bool,
}

impl ContextBuilder {
    pub fn new(fingerprinting: Fingerprinting) -> ContextBuilder {
        ContextBuilder {
            context: tera::Context::new(),
            hasher: (fingerprinting != Fingerprinting::Off).then(Default::default),
            building: fingerprinting != Fingerprinting::Only,
        }
    }

    pub fn insert<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) {
        use std::hash::Hash;
        if let Some(hasher) = self.hasher.as_mut() {
            key.hash(hasher);
            // A write to a hasher cannot fail; a value that cannot be
            // serialized fails in Tera's insert too.
            let _ = serde_json::to_writer(HashWriter(hasher), value);
        }
        if self.building {
            self.context.insert(key, value);
        }
    }

    /// A value built once and shared by many contexts, with the hash of what
    /// it was built from.
    pub fn insert_shared(&mut self, key: &'static str, value: tera::Value, hash: u64) {
        use std::hash::Hash;
        if let Some(hasher) = self.hasher.as_mut() {
            key.hash(hasher);
            hash.hash(hasher);
        }
        if self.building {
            self.context.insert_value(key, value);
        }
    }

    /// The fingerprint, when it was asked for.
    pub fn fingerprint(&self) -> Option<u64> {
        use std::hash::Hasher;
        self.hasher.as_ref().map(Hasher::finish)
    }
}

/// Fills in the page's HTML body: the costly part, done only when rendering.
pub fn with_content(context: &mut tera::Context, mut view: PageView, page: &crate::resolve::Page) {
    view.content = body::html(page);
    context.insert("page", &view);
}

/// The main navigation, marking the entry of the page at `current_url` or above it.
pub fn menu(site: &Site, config: &SiteConfig, current_url: &str) -> Vec<LinkView> {
    site.menu
        .iter()
        .map(|(title, url)| LinkView {
            title: title.clone(),
            url: Site::href(config, url),
            description: None,
            date: None,
            is_section: false,
            is_current: url == current_url,
            is_ancestor: !url.is_empty()
                && url != current_url
                && current_url.starts_with(url.as_str()),
        })
        .collect()
}

/// The context of a page that is not content (404.html, search/): no `page`,
/// the site's language, the menu marked for `current_url`.
pub fn plain_context(
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
