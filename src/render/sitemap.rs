//! sitemap.xml (every page, absolute URLs) and robots.txt pointing to it.

use std::fmt::Write as _;

use crate::config::SiteConfig;
use crate::markup::escape_markup;
use crate::resolve::Site;

/// sitemap.xml and robots.txt.
pub(crate) fn generate(renderer: &super::Renderer<'_>, emit: &mut super::Emit) {
    let sitemap = sitemap(renderer.site, renderer.config, renderer.now);
    let robots = robots(renderer.config);
    for (path, text) in [("sitemap.xml", sitemap), ("robots.txt", robots)] {
        let file = super::OutputFile::Bytes(text.into_bytes());
        emit.put(String::from(path), file, super::Origin::Generated);
    }
}

/// `lastmod` is when the page last changed, never after `now` (a meeting's
/// date is when it takes place, not a change).
pub(crate) fn sitemap(site: &Site, config: &SiteConfig, now: jiff::civil::Date) -> String {
    let mut pages: Vec<(&str, Option<jiff::civil::Date>)> = site
        .pages
        .iter()
        .map(|page| (page.url.as_str(), page.modified(now)))
        .collect();
    pages.sort();
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for (url, date) in pages {
        let _ = write!(
            xml,
            "  <url>\n    <loc>{}</loc>\n",
            escape_markup(&format!("{}{url}", config.base_url))
        );
        if let Some(date) = date {
            let _ = writeln!(xml, "    <lastmod>{date}</lastmod>");
        }
        xml.push_str("  </url>\n");
    }
    xml.push_str("</urlset>\n");
    xml
}

pub(crate) fn robots(config: &SiteConfig) -> String {
    format!(
        "User-agent: *\nAllow: /\nSitemap: {}sitemap.xml\n",
        config.base_url
    )
}
