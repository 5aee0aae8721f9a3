//! Where each page sits: its section and the language it inherits from it
//! (`arrange`); once kinds are known, the section's children in order
//! (weight, then title; meetings by date) and each phase's and step's place
//! in its process, across phase borders (`order`).

use std::cmp::Ordering;
use std::collections::BTreeMap;

use crate::config::SiteConfig;
use crate::findings::{Finding, Findings, Kind as FindingKind, display_path};
use crate::kinds::Kind;

use super::urls::split_path;
use super::{Place, Role, Site};

/// Sets every page's parent and language.
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

/// Orders every section's children and places phases and steps in their process.
pub fn order(site: &mut Site, findings: &mut Findings) {
    let mut children: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (idx, page) in site.pages.iter().enumerate() {
        if let Some(parent) = page.parent {
            children.entry(parent).or_default().push(idx);
        }
    }
    for (parent, mut list) in children {
        list.sort_by(|&a, &b| compare(site, a, b));
        site.pages[parent].children = list;
    }

    let processes: Vec<usize> = (0..site.pages.len())
        .filter(|&idx| site.pages[idx].kind == Kind::Process)
        .collect();
    for process in processes {
        let phases = children_of_kind(site, process, Kind::Phase);
        warn_about_weights(site, &phases, "phase", findings);
        place(site, &phases);
        let mut steps_in_order = Vec::new();
        for &phase in &phases {
            let steps = children_of_kind(site, phase, Kind::Step);
            warn_about_weights(site, &steps, "step", findings);
            for (position, &step) in steps.iter().enumerate() {
                site.pages[step].place = Some(Place {
                    position: position + 1,
                    total: steps.len(),
                    previous: None,
                    next: None,
                });
            }
            steps_in_order.extend(steps);
        }
        for (at, &step) in steps_in_order.iter().enumerate() {
            if let Some(place) = site.pages[step].place.as_mut() {
                place.previous = at.checked_sub(1).map(|before| steps_in_order[before]);
                place.next = steps_in_order.get(at + 1).copied();
            }
        }
    }
}

pub fn children_of_kind(site: &Site, parent: usize, kind: Kind) -> Vec<usize> {
    site.pages[parent]
        .children
        .iter()
        .copied()
        .filter(|&child| site.pages[child].kind == kind)
        .collect()
}

fn place(site: &mut Site, in_order: &[usize]) {
    for (at, &idx) in in_order.iter().enumerate() {
        site.pages[idx].place = Some(Place {
            position: at + 1,
            total: in_order.len(),
            previous: at.checked_sub(1).map(|before| in_order[before]),
            next: in_order.get(at + 1).copied(),
        });
    }
}

/// Phases and steps are ordered by weight; a missing or repeated weight makes
/// the order fall back to titles, which is rarely what the editor meant.
fn warn_about_weights(site: &Site, siblings: &[usize], noun: &str, findings: &mut Findings) {
    if siblings.len() < 2 {
        return;
    }
    let mut seen: BTreeMap<i64, usize> = BTreeMap::new();
    for &idx in siblings {
        let document = &site.pages[idx].document;
        match document.front_matter.weight {
            // Its weight may be in the front matter that could not be read.
            None if document.front_matter.unreadable => {}
            None => findings.push(
                Finding::warning(
                    FindingKind::Frontmatter,
                    &document.path,
                    format!(
                        "this {noun} has no weight, so its place in the order comes from its title"
                    ),
                )
                .target("weight")
                .help(format!("give every {noun} a weight: 1, 2, 3, …"))
                // Where the weight goes: beside the title.
                .at_span(
                    &document.line_index,
                    &document.text,
                    document.field_reader().key_span("title"),
                ),
            ),
            Some(weight) => {
                if let Some(&first) = seen.get(&weight) {
                    let first_path = display_path(&site.pages[first].document.path);
                    let reader = document.field_reader();
                    findings.push(
                        Finding::warning(
                            FindingKind::Frontmatter,
                            &document.path,
                            format!("weight {weight} is also the weight of {first_path}; the title decides which comes first"),
                        )
                        .target("weight")
                        .at_span(&document.line_index, &document.text, reader.key_span("weight")),
                    );
                } else {
                    seen.insert(weight, idx);
                }
            }
        }
    }
}

/// By weight (pages without one after those with one), then title, then path;
/// meetings by date.
fn compare(site: &Site, a: usize, b: usize) -> Ordering {
    if site.pages[a].kind == Kind::Meeting && site.pages[b].kind == Kind::Meeting {
        let date_a = site.pages[a].document.front_matter.date;
        let date_b = site.pages[b].document.front_matter.date;
        if date_a != date_b {
            return date_a.cmp(&date_b);
        }
    }
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
