//! A page per tag (`tags/<slug>/`) listing the pages that carry it, and a tag
//! index (`tags/`). Tags are compared by their slug, so "PDSA" and "pdsa" are one.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::config::SiteConfig;
use crate::resolve::Site;
use crate::slug::slugify;

use super::strings::Strings;
use super::view::{self, LinkView, ViewContext};

/// The output path of the tag index.
pub(crate) const INDEX: &str = "tags/index.html";

/// `tag` in tag.html, and each entry of `tags` in tags.html.
#[derive(Serialize)]
pub(crate) struct TagView {
    pub name: String,
    pub url: String,
    pub pages: Vec<LinkView>,
}

pub(crate) fn tag_url(tag: &str) -> String {
    format!("tags/{}/", slugify(tag))
}

/// The tag pages and the tag index.
pub(crate) fn generate(renderer: &super::Renderer<'_>, emit: &mut super::Emit) {
    for (path, context) in pages(renderer.site, renderer.config, &renderer.strings) {
        let template = if path == INDEX {
            "tags.html"
        } else {
            "tag.html"
        };
        emit.html(renderer, path, template, &context);
    }
}

/// (output path, context) of every tag page and of the index; none without tags.
fn pages(site: &Site, config: &SiteConfig, strings: &Strings) -> Vec<(String, tera::Context)> {
    let mut by_slug: BTreeMap<String, (String, Vec<usize>)> = BTreeMap::new();
    for (idx, page) in site.pages.iter().enumerate() {
        for tag in &page.document.front_matter.tags {
            let entry = by_slug
                .entry(slugify(tag))
                .or_insert_with(|| (tag.clone(), Vec::new()));
            entry.1.push(idx);
        }
    }
    if by_slug.is_empty() {
        return Vec::new();
    }
    let view_context = ViewContext {
        site,
        config,
        strings: strings.get(config.language),
        current: site.root.unwrap_or(0),
        now: jiff::civil::date(2000, 1, 1),
    };
    let tags: Vec<TagView> = by_slug
        .values()
        .map(|(name, pages)| TagView {
            name: name.clone(),
            url: Site::href(config, &tag_url(name)),
            pages: pages.iter().map(|&idx| view_context.link(idx)).collect(),
        })
        .collect();
    let base = |current_url: &str| {
        let mut context = tera::Context::new();
        context.insert("lang", config.language.code());
        context.insert_value("t", view_context.strings.shared_texts().0);
        context.insert("menu", &view::menu(site, config, current_url));
        context.insert("breadcrumbs", &Vec::<LinkView>::new());
        context
    };
    let mut pages = Vec::new();
    for tag in &tags {
        let url = tag_url(&tag.name);
        let mut context = base(&url);
        context.insert("tag", tag);
        context.insert("tags_url", &Site::href(config, "tags/"));
        pages.push((format!("{url}index.html"), context));
    }
    let mut index = base("tags/");
    index.insert("tags", &tags);
    pages.push((INDEX.to_string(), index));
    pages
}
