//! Where each page sits: its section, the section's children in order
//! (weight, then title), and the language it inherits from its sections.

use std::cmp::Ordering;
use std::collections::BTreeMap;

use crate::config::SiteConfig;

use super::urls::split_path;
use super::{Role, Site};

/// Sets every page's parent, every section's children and every page's language.
pub fn arrange(mut site: Site, config: &SiteConfig) -> Site {
    // Folder → its section.
    let sections: BTreeMap<String, usize> = site
        .pages
        .iter()
        .enumerate()
        .filter(|(_, page)| page.role == Role::Section)
        .map(|(idx, page)| (split_path(&page.document.content_path).0.to_string(), idx))
        .collect();
    site.root = sections.get("").copied();

    for idx in 0..site.pages.len() {
        let page = &site.pages[idx];
        let (folder, name) = split_path(&page.document.content_path);
        // A section or a bundle stands for its folder, so it belongs to the folder above.
        let mut search = if page.role == Role::Section || name == "index.md" {
            parent_folder(folder)
        } else {
            Some(folder)
        };
        let mut parent = None;
        while let Some(candidate) = search {
            if let Some(&section) = sections.get(candidate)
                && section != idx
            {
                parent = Some(section);
                break;
            }
            search = parent_folder(candidate);
        }
        site.pages[idx].parent = parent;
    }

    let mut children: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (idx, page) in site.pages.iter().enumerate() {
        if let Some(parent) = page.parent {
            children.entry(parent).or_default().push(idx);
        }
    }
    for (parent, mut list) in children {
        list.sort_by(|&a, &b| order(&site, a, b));
        site.pages[parent].children = list;
    }

    for idx in 0..site.pages.len() {
        let mut language = None;
        let mut current = Some(idx);
        while let Some(at) = current {
            if let Some(own) = site.pages[at].document.front_matter.language {
                language = Some(own);
                break;
            }
            current = site.pages[at].parent;
        }
        site.pages[idx].language = language.unwrap_or(config.language);
    }
    site
}

/// By weight (pages without one after those with one), then title, then path.
fn order(site: &Site, a: usize, b: usize) -> Ordering {
    let page_a = &site.pages[a].document;
    let page_b = &site.pages[b].document;
    let weight = |weight: Option<i64>| (weight.is_none(), weight.unwrap_or(0));
    weight(page_a.front_matter.weight)
        .cmp(&weight(page_b.front_matter.weight))
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
