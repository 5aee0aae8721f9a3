//! The Atom feed (RFC 4287) of the site's dated pages, newest first. Every
//! date comes from the content, never the clock, so the feed is the same
//! bytes for the same site; none lies after the build's `now`. Traffic
//! reports are left out: a round of them would push the news out of the
//! feed, and they are followed on their area and their meeting.

use std::fmt::Write as _;

use crate::config::SiteConfig;
use crate::markup::escape_markup;
use crate::resolve::Site;

/// The feed's path below the base path.
pub(crate) const ATOM_FILE: &str = "atom.xml";
/// The newest pages the feed carries.
const ENTRIES: usize = 50;

/// atom.xml.
pub(crate) fn generate(renderer: &super::Renderer<'_>, emit: &mut super::Emit) {
    let atom = atom(renderer.site, renderer.config, renderer.now);
    let file = super::OutputFile::Bytes(atom.into_bytes());
    emit.put(String::from(ATOM_FILE), file, super::Origin::Generated);
}

pub(crate) fn atom(site: &Site, config: &SiteConfig, now: jiff::civil::Date) -> String {
    let mut dated: Vec<(jiff::civil::Date, jiff::civil::Date, usize)> = site
        .pages
        .iter()
        .enumerate()
        .filter(|(_, page)| page.kind.in_feed())
        .filter_map(|(idx, page)| {
            let published = page.published(now)?;
            Some((published, page.modified(now).unwrap_or(published), idx))
        })
        .collect();
    // Newest first; the same date in page order, for stable bytes.
    dated.sort_by(|a, b| b.0.cmp(&a.0).then(a.2.cmp(&b.2)));
    dated.truncate(ENTRIES);
    let feed_updated = dated.iter().map(|(_, updated, _)| *updated).max();

    let mut xml = String::from("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    let _ = writeln!(
        xml,
        "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{}\">",
        config.language.code()
    );
    let _ = writeln!(xml, "  <title>{}</title>", escape_markup(&config.title));
    if let Some(description) = &config.description {
        let _ = writeln!(xml, "  <subtitle>{}</subtitle>", escape_markup(description));
    }
    let _ = writeln!(
        xml,
        "  <link rel=\"self\" type=\"application/atom+xml\" href=\"{}{ATOM_FILE}\"/>",
        escape_markup(&config.base_url)
    );
    let _ = writeln!(
        xml,
        "  <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>",
        escape_markup(&config.base_url)
    );
    let _ = writeln!(xml, "  <id>{}</id>", escape_markup(&config.base_url));
    let _ = writeln!(
        xml,
        "  <updated>{}</updated>",
        timestamp(feed_updated.unwrap_or(jiff::civil::date(1970, 1, 1)))
    );
    let _ = writeln!(
        xml,
        "  <author><name>{}</name></author>",
        escape_markup(&config.title)
    );
    for (date, updated, idx) in dated {
        let page = &site.pages[idx];
        let permalink = format!("{}{}", config.base_url, page.url);
        xml.push_str("  <entry>\n");
        let _ = writeln!(
            xml,
            "    <title>{}</title>",
            escape_markup(&page.document.front_matter.title)
        );
        let _ = writeln!(
            xml,
            "    <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>",
            escape_markup(&permalink)
        );
        let _ = writeln!(xml, "    <id>{}</id>", escape_markup(&permalink));
        let _ = writeln!(xml, "    <published>{}</published>", timestamp(date));
        let _ = writeln!(xml, "    <updated>{}</updated>", timestamp(updated));
        if let Some(description) = &page.document.front_matter.description {
            let _ = writeln!(xml, "    <summary>{}</summary>", escape_markup(description));
        }
        let _ = writeln!(xml, "    <category term=\"{}\"/>", page.kind.name());
        xml.push_str("  </entry>\n");
    }
    xml.push_str("</feed>\n");
    xml
}

/// RFC 3339, midnight UTC: pages have dates, not times.
fn timestamp(date: jiff::civil::Date) -> String {
    format!("{date}T00:00:00Z")
}
