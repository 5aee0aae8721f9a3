//! A saved page resolved again on its own against the finished site, for
//! serve to show before it rebuilds the rest: when only its body changed
//! (its links and data blocks), or only its `title:` or `description:`
//! (its own fields). Each returns `None`, with the site as it was, where
//! the change may reach other pages; then the whole site is resolved again.

use std::sync::Arc;

use crate::config::SiteConfig;
use crate::findings::Finding;
use crate::kinds::{self, Kind};
use crate::parse::Document;

use super::{Site, links, navigation, references};

/// A new text of page `idx` whose front matter is the same as before: its
/// links and data blocks resolved again against the rest of `site`, which
/// its body cannot change (listings, neighbours, menus and references read
/// front matter), except where a link to the page itself came or went (its
/// own "used in"). Returns the page's findings.
pub(crate) fn replace_body(
    site: &mut Site,
    idx: usize,
    document: Arc<Document>,
    config: &SiteConfig,
) -> Option<Vec<Finding>> {
    // The new text in place while its links are resolved: a link to its
    // own headings (`#steg`) is checked against them.
    let old = std::mem::replace(&mut site.pages[idx].document, document);
    let document = Arc::clone(&site.pages[idx].document);
    let (links, mut findings) = links::resolve_one(&*site, &document, config);
    let page = &mut site.pages[idx];
    if links.pages.contains(&idx) != page.links.pages.contains(&idx) {
        page.document = old;
        return None;
    }
    let (blocks, block_findings) = crate::data::block::check(&document, &site.tables);
    findings.extend(block_findings);
    let page = &mut site.pages[idx];
    page.links = links;
    page.blocks = blocks;
    Some(findings)
}

/// A new front matter of page `idx` that differs from the last only in lines
/// of its `title:` or `description:`, with the same body: what only the
/// page's own view and its entry in lists read. Its fields are read again;
/// returns its findings, or `None` where the change is another or the page
/// would move among its siblings.
pub(crate) fn replace_own_fields(
    site: &mut Site,
    idx: usize,
    document: Arc<Document>,
) -> Option<Vec<Finding>> {
    if !only_own_fields_differ(&site.pages[idx].document, &document) {
        return None;
    }
    let kinds: Vec<Kind> = site.pages.iter().map(|page| page.kind).collect();
    let parent = site.pages[idx].parent;
    let old = std::mem::replace(&mut site.pages[idx].document, Arc::clone(&document));
    let in_order = parent.is_none_or(|parent| {
        let siblings = &site.pages[parent].children;
        let mut sorted = siblings.clone();
        sorted.sort_by(|&a, &b| navigation::compare(&*site, &kinds, a, b));
        sorted == *siblings
    });
    if !in_order {
        site.pages[idx].document = old;
        return None;
    }
    let names = references::Names {
        routes: &*site,
        kinds: &kinds,
        tables: &site.tables,
    };
    let section_kind = parent.map(|parent| kinds[parent]);
    let read = kinds::read(&document, kinds[idx], section_kind, &names);
    let mut findings = kinds::check_front_matter(&document);
    findings.extend(read.findings);
    site.pages[idx].fields = read.fields;
    Some(findings)
}

/// Whether `new` differs from `old` only in lines that begin with `title:`
/// or `description:` in both (no anchor that another key could name).
fn only_own_fields_differ(old: &Document, new: &Document) -> bool {
    let (old_text, new_text) = (old.text(), new.text());
    let (Some(old_yaml), Some(new_yaml)) = (
        old_text.get(old.yaml.clone()),
        new_text.get(new.yaml.clone()),
    ) else {
        return false;
    };
    fn keys(document: &Document) -> impl Iterator<Item = &String> {
        document.front_matter.keys.iter().map(|(key, _)| key)
    }
    if old_text.get(old.body_start..) != new_text.get(new.body_start..)
        || old_yaml.lines().count() != new_yaml.lines().count()
        || !keys(old).eq(keys(new))
    {
        return false;
    }
    let own = |before: &str, after: &str| {
        let same_key = ["title:", "description:"]
            .iter()
            .any(|key| before.starts_with(key) && after.starts_with(key));
        same_key && !before.contains('&') && !after.contains('&')
    };
    let mut lines = old_yaml.lines().zip(new_yaml.lines());
    lines.all(|(before, after)| before == after || own(before, after))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn document(text: &str) -> Document {
        let source = crate::load::SourceFile {
            path: std::path::PathBuf::from("content/a.md"),
            content_path: String::from("a.md"),
            text: crate::load::Contents::Read(text.to_string()),
            stamp: crate::load::Stamp::default(),
        };
        crate::parse::document(source).0
    }

    #[test]
    fn only_a_new_title_or_description_is_a_change_of_the_page_alone() {
        let old = document("---\ntitle: Plan\ndescription: Kort\nweight: 2\n---\n\nText.\n");
        let differs_only_in_own = |new: &str| only_own_fields_differ(&old, &document(new));
        assert!(differs_only_in_own(
            "---\ntitle: En längre plan\ndescription: Kort\nweight: 2\n---\n\nText.\n"
        ));
        assert!(differs_only_in_own(
            "---\ntitle: Plan\ndescription: \"Lite längre\"\nweight: 2\n---\n\nText.\n"
        ));
        // Another key, the body, a key more, or an anchor another key could name.
        for other in [
            "---\ntitle: Ny\ndescription: Kort\nweight: 3\n---\n\nText.\n",
            "---\ntitle: Ny\ndescription: Kort\nweight: 2\n---\n\nAnnan text.\n",
            "---\ntitle: Ny\ndescription: Kort\nweight: 2\ndraft: true\n---\n\nText.\n",
            "---\ntitle: &t Ny\ndescription: Kort\nweight: 2\n---\n\nText.\n",
            "---\ntitle: Plan\nslug: Kort\nweight: 2\n---\n\nText.\n",
        ] {
            assert!(!differs_only_in_own(other), "{other}");
        }
    }
}
