//! Where each page sits: its section and the language it inherits from it;
//! each section's children in order (a kind's own order first, such as
//! meetings by date, then weight, then title).

use std::cmp::Ordering;
use std::collections::BTreeMap;

use crate::config::{Language, SiteConfig};
use crate::kinds::{self, Kind};
use crate::parse::Role;

use super::urls::{Route, RouteTable, split_path};

/// Every page's section: the nearest folder above it with an `_index.md`.
/// A section or a bundle stands for its folder, so it belongs to the folder above.
pub(crate) fn parents(pages: &[Route]) -> Vec<Option<usize>> {
    // Folder → its section.
    let sections: BTreeMap<&str, usize> = pages
        .iter()
        .enumerate()
        .filter(|(_, page)| page.document.role() == Role::Section)
        .map(|(idx, page)| (split_path(&page.document.content_path).0, idx))
        .collect();
    pages
        .iter()
        .enumerate()
        .map(|(idx, page)| {
            let folder = split_path(&page.document.content_path).0;
            let mut search = if page.document.role().is_folder() {
                parent_folder(folder)
            } else {
                Some(folder)
            };
            while let Some(candidate) = search {
                if let Some(&section) = sections.get(candidate)
                    && section != idx
                {
                    return Some(section);
                }
                search = parent_folder(candidate);
            }
            None
        })
        .collect()
}

/// Every page's language: its own, else its nearest section's, else the site's.
pub(crate) fn languages(
    pages: &[Route],
    parents: &[Option<usize>],
    config: &SiteConfig,
) -> Vec<Language> {
    (0..pages.len())
        .map(|idx| {
            let mut current = Some(idx);
            while let Some(at) = current {
                if let Some(own) = pages[at].document.front_matter.language {
                    return own;
                }
                current = parents[at];
            }
            config.language
        })
        .collect()
}

/// Every section's children, in order.
pub(crate) fn children(
    pages: &dyn RouteTable,
    parents: &[Option<usize>],
    kinds: &[Kind],
) -> Vec<Vec<usize>> {
    let mut children: Vec<Vec<usize>> = vec![Vec::new(); pages.n_pages()];
    for (idx, parent) in parents.iter().enumerate() {
        if let Some(parent) = parent {
            children[*parent].push(idx);
        }
    }
    for list in &mut children {
        list.sort_by(|&a, &b| compare(pages, kinds, a, b));
    }
    children
}

/// A kind's own order first, then by weight (pages without one after those
/// with one), then title, then path.
pub(super) fn compare(pages: &dyn RouteTable, kinds: &[Kind], a: usize, b: usize) -> Ordering {
    let page_a = pages.document(a);
    let page_b = pages.document(b);
    let weight = |weight: Option<i64>| (weight.is_none(), weight.unwrap_or(0));
    kinds::sibling_order((kinds[a], page_a), (kinds[b], page_b))
        .then_with(|| weight(page_a.front_matter.weight).cmp(&weight(page_b.front_matter.weight)))
        .then_with(|| {
            page_a
                .front_matter
                .title
                .to_lowercase()
                .cmp(&page_b.front_matter.title.to_lowercase())
        })
        .then_with(|| page_a.content_path.cmp(&page_b.content_path))
}

fn parent_folder(folder: &str) -> Option<&str> {
    if folder.is_empty() {
        None
    } else {
        Some(folder.rsplit_once('/').map_or("", |(parent, _)| parent))
    }
}
