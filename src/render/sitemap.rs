//! sitemap.xml (every page, absolute URLs) and robots.txt pointing to it.

use std::fmt::Write as _;

use crate::config::SiteConfig;
use crate::resolve::Site;

pub fn sitemap(site: &Site, config: &SiteConfig) -> String {
    let mut pages: Vec<(&str, Option<jiff::civil::Date>)> = site
        .pages
        .iter()
        .map(|page| {
            let front_matter = &page.document.front_matter;
            (
                page.url.as_str(),
                front_matter.updated.or(front_matter.date),
            )
        })
        .collect();
    pages.sort();
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for (url, date) in pages {
        let _ = write!(
            xml,
            "  <url>\n    <loc>{}</loc>\n",
            escape_xml(&format!("{}{url}", config.base_url))
        );
        if let Some(date) = date {
            let _ = writeln!(xml, "    <lastmod>{date}</lastmod>");
        }
        xml.push_str("  </url>\n");
    }
    xml.push_str("</urlset>\n");
    xml
}

pub fn robots(config: &SiteConfig) -> String {
    format!(
        "User-agent: *\nAllow: /\nSitemap: {}sitemap.xml\n",
        config.base_url
    )
}

fn escape_xml(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
