//! The `*View` structs handed to Tera: the theme's contract. Only these
//! derive `Serialize`; the templates see nothing else of the site.

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
    pub language: &'static str,
    pub stylesheet: String,
}

/// A link to a page of the site.
#[derive(Serialize)]
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

#[derive(Serialize)]
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
    pub toc: Vec<TocView>,
    pub extra: serde_json::Value,
}

pub fn site_view(config: &SiteConfig) -> SiteView {
    SiteView {
        title: config.title.clone(),
        description: config.description.clone(),
        base_url: config.base_url.clone(),
        home: config.base_path.clone(),
        language: config.language.code(),
        stylesheet: format!("{}style.css", config.base_path),
    }
}

/// Everything one page's template sees besides `site`.
pub fn page_context(
    site: &Site,
    idx: usize,
    config: &SiteConfig,
    strings: &Strings,
) -> tera::Context {
    let page = &site.pages[idx];
    let front_matter = &page.document.front_matter;
    let language_strings = strings.get(page.language);
    let date = |date: Option<jiff::civil::Date>| {
        date.map(|date| DateView {
            iso: date.to_string(),
            text: language_strings.date(date),
        })
    };
    let view = PageView {
        title: front_matter.title.clone(),
        description: front_matter.description.clone(),
        url: Site::href(config, &page.url),
        permalink: format!("{}{}", config.base_url, page.url),
        content: body::html(page),
        date: date(front_matter.date),
        updated: date(front_matter.updated),
        kind: front_matter
            .kind
            .clone()
            .unwrap_or_else(|| String::from("page")),
        is_section: page.role == Role::Section,
        lang: page.language.code(),
        tags: front_matter.tags.clone(),
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

    let link = |target: usize| {
        let linked = &site.pages[target];
        LinkView {
            title: linked.document.front_matter.title.clone(),
            url: Site::href(config, &linked.url),
            description: linked.document.front_matter.description.clone(),
            date: date(linked.document.front_matter.date),
            is_section: linked.role == Role::Section,
            is_current: target == idx,
            is_ancestor: target != idx && page.url.starts_with(&linked.url),
        }
    };
    let children: Vec<LinkView> = page.children.iter().map(|&child| link(child)).collect();
    let mut breadcrumbs = Vec::new();
    let mut ancestor = page.parent;
    while let Some(at) = ancestor {
        breadcrumbs.push(link(at));
        ancestor = site.pages[at].parent;
    }
    breadcrumbs.reverse();
    let menu: Vec<LinkView> = site
        .menu
        .iter()
        .map(|(title, url)| LinkView {
            title: title.clone(),
            url: Site::href(config, url),
            description: None,
            date: None,
            is_section: false,
            is_current: *url == page.url,
            is_ancestor: !url.is_empty() && *url != page.url && page.url.starts_with(url.as_str()),
        })
        .collect();

    let mut context = tera::Context::new();
    context.insert("page", &view);
    context.insert("children", &children);
    context.insert("breadcrumbs", &breadcrumbs);
    context.insert("menu", &menu);
    context.insert("lang", page.language.code());
    context.insert("t", &language_strings.texts);
    context
}

/// The context of 404.html: no page, the site's language.
pub fn not_found_context(config: &SiteConfig, strings: &Strings) -> tera::Context {
    let language_strings: LanguageStrings = strings.get(config.language);
    let mut context = tera::Context::new();
    context.insert("lang", config.language.code());
    context.insert("t", &language_strings.texts);
    context.insert("menu", &Vec::<LinkView>::new());
    context.insert("breadcrumbs", &Vec::<LinkView>::new());
    context
}
