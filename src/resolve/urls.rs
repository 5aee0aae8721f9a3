//! Content paths → URL paths by SPEC's rules: every segment slugged unless
//! the page (or the section or bundle of a folder) sets `slug:`; attachments
//! keep their file names. Two sources on one URL are an error naming both.

use std::collections::BTreeMap;

use unicode_normalization::UnicodeNormalization;

use std::sync::Arc;

use crate::findings::{Finding, FindingKind, Findings, display_path};
use crate::load::AttachmentFile;
use crate::parse::{Document, Role};
use crate::slug::slugify;

use super::{Attachment, Drafts, Target, Targets};

/// The longest URL segment a file system holds (255 bytes on ext4, APFS, NTFS).
pub(crate) const MAX_SEGMENT: usize = 255;

/// Every page and file of the build with its URL, and what each content
/// path names: the table that links and references are resolved against.
#[derive(Debug)]
pub(crate) struct Routes {
    pub pages: Vec<Route>,
    pub attachments: Vec<Attachment>,
    pub targets: Targets,
    /// Each page's and file's earlier URLs (from the history) that
    /// nothing has now: (URL, what is there now).
    pub moved: Vec<(String, Target)>,
    /// The removed pages (from the history) whose URL nothing has now.
    pub gone: Vec<(String, crate::history::Removed)>,
}

/// What links and references are resolved against: each page's URL and
/// document, each file, and what each content path names. `Routes` while
/// resolve builds the site; the finished `Site` when serve resolves a
/// saved page again (as `kinds::Lookup` serves the kinds).
pub(crate) trait RouteTable: Sync {
    fn targets(&self) -> &Targets;
    fn n_pages(&self) -> usize;
    /// Page `idx`'s URL path below the base path.
    fn url(&self, idx: usize) -> &str;
    fn document(&self, idx: usize) -> &Document;
    fn attachments(&self) -> &[Attachment];
}

/// `RouteTable` for a type whose `pages` have a `url` and a `document`,
/// with `targets` and `attachments` beside them (`Routes` and `Site`).
macro_rules! route_table {
    ($table:ty) => {
        impl $crate::resolve::urls::RouteTable for $table {
            fn targets(&self) -> &$crate::resolve::Targets {
                &self.targets
            }

            fn n_pages(&self) -> usize {
                self.pages.len()
            }

            fn url(&self, idx: usize) -> &str {
                &self.pages[idx].url
            }

            fn document(&self, idx: usize) -> &$crate::parse::Document {
                &self.pages[idx].document
            }

            fn attachments(&self) -> &[$crate::resolve::Attachment] {
                &self.attachments
            }
        }
    };
}
pub(crate) use route_table;

route_table!(Routes);

/// A page's source and its URL path below the base path (`process/forberedelse/`).
#[derive(Debug)]
pub(crate) struct Route {
    pub document: Arc<Document>,
    pub url: String,
}

/// Gives every document and attachment its URL; drafts and the second of
/// two sources on one URL are left out.
pub(crate) fn route(
    documents: Vec<Arc<Document>>,
    attachments: Vec<AttachmentFile>,
    (read, images): (&crate::documents::Read, &crate::images::Images),
    history: &crate::history::History,
    drafts: Drafts,
    findings: &mut Findings,
) -> Routes {
    let folders = Folders::of(&documents, drafts, findings);
    let mut targets = Targets::default();
    // Output path → the source that claimed it first.
    let mut claimed: BTreeMap<String, String> = BTreeMap::new();
    let mut pages = Vec::new();
    for document in documents {
        let content_path = document.content_path.clone();
        if (document.front_matter.draft && drafts == Drafts::Exclude)
            || folders.is_draft(&content_path)
        {
            targets.insert(content_path, Target::Draft);
            continue;
        }
        let url = page_url(&document, &folders, findings);
        let output_path = format!("{url}index.html");
        let claimed_now = claim(&mut claimed, &output_path, &document.path, &url);
        if let Err(finding) = &claimed_now {
            // Placed at the title, where a slug: would go.
            findings.push(at_key(&document, (**finding).clone(), "title"));
        }
        if claimed_now.is_ok() {
            targets.insert(content_path, Target::Page(pages.len()));
            pages.push(Route { document, url });
        }
    }

    let mut routed_attachments = Vec::new();
    for file in attachments {
        if folders.is_draft(&file.content_path) {
            targets.insert(file.content_path.clone(), Target::Draft);
            continue;
        }
        let (folder, name) = split_path(&file.content_path);
        let output_path = format!("{}{name}", folders.url(folder));
        let claimed_now = claim(&mut claimed, &output_path, &file.path, &output_path);
        if let Err(finding) = &claimed_now {
            findings.push((**finding).clone());
        }
        if claimed_now.is_ok() {
            targets.insert(
                file.content_path.clone(),
                Target::Attachment(routed_attachments.len()),
            );
            let read = read.attachments.get(&file.content_path).cloned();
            let image = images.attachments.get(&file.content_path).cloned();
            routed_attachments.push(Attachment {
                file,
                output_path,
                read,
                image,
            });
        }
    }

    let (moved, gone) = earlier_urls(&pages, &routed_attachments, &folders, history, findings);
    Routes {
        pages,
        attachments: routed_attachments,
        targets,
        moved,
        gone,
    }
}

/// The URL a file had at an earlier place, by today's rules for the
/// folders above it: a page's own segment (or a section's or bundle's
/// folder segment) from its `slug:` then or its name; a file's name.
fn place_url(place: &crate::history::Place, folders: &Folders) -> Option<String> {
    let (folder, name) = split_path(&place.path);
    let Some(stem) = name.strip_suffix(".md") else {
        return Some(format!("{}{name}", folders.url(folder)));
    };
    let (parent, own) = match stem {
        "_index" | "index" if folder.is_empty() => return Some(String::new()),
        "_index" | "index" => split_path(folder),
        _ => (folder, stem),
    };
    let segment = slugify(place.slug.as_deref().unwrap_or(own));
    if segment.is_empty() || segment.len() > MAX_SEGMENT {
        return None;
    }
    Some(format!("{}{segment}/", folders.url(parent)))
}

/// What the pages and files moved from, and what was removed: every
/// earlier URL (a page's or a file's, or one below a folder whose section
/// or bundle had another `slug:` or name) that nothing of the build has
/// now. An URL two of them once had goes to neither, as which one a
/// reader wanted is not known, with a warning at both. The removed pages
/// whose URL nothing has now are the second part.
type Earlier = (
    Vec<(String, Target)>,
    Vec<(String, crate::history::Removed)>,
);

fn earlier_urls(
    pages: &[Route],
    attachments: &[Attachment],
    folders: &Folders,
    history: &crate::history::History,
    findings: &mut Findings,
) -> Earlier {
    // Everything with a URL now: pages by their URL, files by their path.
    let now: Vec<(&str, &str, Target)> = (pages.iter().enumerate())
        .map(|(idx, route)| {
            let path = route.document.content_path.as_str();
            (path, route.url.as_str(), Target::Page(idx))
        })
        .chain(attachments.iter().enumerate().map(|(idx, attachment)| {
            let path = attachment.file.content_path.as_str();
            (
                path,
                attachment.output_path.as_str(),
                Target::Attachment(idx),
            )
        }))
        .collect();
    let live: std::collections::HashSet<&str> = now.iter().map(|(_, url, _)| *url).collect();
    let earlier_of = |path: &str| {
        (history.earlier.get(path).into_iter().flatten())
            .filter_map(|place| place_url(place, folders))
    };
    // A section or bundle that stood elsewhere moved what is below it.
    let folders_moved: Vec<(&str, String)> = (pages.iter())
        .filter(|route| route.document.role().is_folder() && !route.url.is_empty())
        .flat_map(|route| {
            earlier_of(&route.document.content_path).map(|old| (route.url.as_str(), old))
        })
        .collect();
    let mut claims: BTreeMap<String, Vec<Target>> = BTreeMap::new();
    for &(path, url, target) in &now {
        let below = (folders_moved.iter())
            .filter_map(|(prefix, old)| Some(format!("{old}{}", url.strip_prefix(prefix)?)));
        for old in earlier_of(path).chain(below) {
            let by = claims.entry(old).or_default();
            if !by.contains(&target) {
                by.push(target);
            }
        }
    }
    claims.retain(|url, _| !live.contains(url.as_str()));
    let mut moved = Vec::new();
    for (url, by) in claims {
        if let [target] = by[..] {
            moved.push((url, target));
            continue;
        }
        for target in by {
            let path = match target {
                Target::Page(idx) => &pages[idx].document.path,
                Target::Attachment(idx) => &attachments[idx].file.path,
                Target::Draft | Target::Refused => continue,
            };
            findings.push(Finding::warning(
                FindingKind::History,
                path,
                crate::msg!("history-url-two-pages", url = format!("/{url}")),
            ));
        }
    }
    let moved_urls: std::collections::HashSet<&str> =
        moved.iter().map(|(url, _)| url.as_str()).collect();
    let gone = (history.removed.iter())
        .filter(|removed| removed.place.path.ends_with(".md"))
        .filter_map(|removed| {
            let url = place_url(&removed.place, folders)?;
            let taken = live.contains(url.as_str()) || moved_urls.contains(url.as_str());
            (!taken).then(|| (url, removed.clone()))
        })
        .collect();
    (moved, gone)
}

/// What the folders of content/ say about the URLs below them.
struct Folders {
    /// The folder segment a section or bundle stands for, where its `slug:` renames it.
    slugs: BTreeMap<String, String>,
    /// Folders (`möten/2024/`) whose `_index.md` is a draft left out of this build.
    drafts: Vec<String>,
}

impl Folders {
    fn of(documents: &[Arc<Document>], drafts: Drafts, findings: &mut Findings) -> Folders {
        let mut folders = Folders {
            slugs: BTreeMap::new(),
            drafts: Vec::new(),
        };
        for document in documents {
            let (folder, _) = split_path(&document.content_path);
            let role = document.role();
            if !role.is_folder() {
                continue;
            }
            if let Some(slug) = &document.front_matter.slug {
                let segment = slugify(slug);
                if segment.len() > MAX_SEGMENT {
                    findings.push(too_long(document, &segment));
                    continue;
                }
                folders.slugs.insert(folder.to_string(), segment);
            }
            if role == Role::Section && document.front_matter.draft && drafts == Drafts::Exclude {
                folders.drafts.push(format!("{folder}/"));
            }
        }
        folders
    }

    fn is_draft(&self, content_path: &str) -> bool {
        self.drafts
            .iter()
            .any(|folder| content_path.starts_with(folder.as_str()))
    }

    /// `möten/2026` → `moten/2026/`, honouring each folder's `slug:`.
    fn url(&self, folder: &str) -> String {
        let mut url = String::new();
        if folder.is_empty() {
            return url;
        }
        let mut prefix = String::new();
        for segment in folder.split('/') {
            if !prefix.is_empty() {
                prefix.push('/');
            }
            prefix.push_str(segment);
            match self.slugs.get(&prefix) {
                Some(slug) => url.push_str(slug),
                None => url.push_str(&slugify(segment)),
            }
            url.push('/');
        }
        url
    }
}

/// A page's URL: its folder's, and for a page that is not a section or
/// bundle, its own segment (its `slug:` or file name, slugged).
fn page_url(document: &Document, folders: &Folders, findings: &mut Findings) -> String {
    let (folder, name) = split_path(&document.content_path);
    let mut url = folders.url(folder);
    if document.role().is_folder() {
        return url;
    }
    let stem = name.strip_suffix(".md").unwrap_or(name);
    let segment = slugify(document.front_matter.slug.as_deref().unwrap_or(stem));
    if segment.len() > MAX_SEGMENT {
        findings.push(too_long(document, &segment));
    } else if segment.is_empty() {
        let finding = match &document.front_matter.slug {
            Some(slug) => Finding::error(
                FindingKind::Frontmatter,
                &document.path,
                crate::msg!("slug-empty", slug = slug),
            )
            .target("slug"),
            None => Finding::error(
                FindingKind::Frontmatter,
                &document.path,
                crate::msg!("name-empty", name = stem),
            ),
        };
        findings.push(at_key(document, finding, "slug"));
    }
    url.push_str(&segment);
    url.push('/');
    url
}

/// Claims an output path for a source; a second claim is an error naming both.
fn claim(
    claimed: &mut BTreeMap<String, String>,
    output_path: &str,
    source: &std::path::Path,
    url: &str,
) -> Result<(), Box<Finding>> {
    let source_name = display_path(source);
    if let Some(first) = claimed.get(output_path) {
        let message = if source_name.nfc().eq(first.nfc()) {
            // macOS writes ö as o + a combining ¨: two names that look alike.
            crate::msg!(
                "url-same-lookalike",
                first = escape_non_ascii(&source_name),
                second = escape_non_ascii(first),
                url = url
            )
        } else {
            crate::msg!("url-same", first = source_name, second = first, url = url)
        };
        return Err(Box::new(Finding::error(
            FindingKind::Content,
            source,
            message,
        )));
    }
    claimed.insert(output_path.to_string(), source_name);
    Ok(())
}

/// `möte.md` → `m\u{f6}te.md`: letters other than ASCII by their code
/// points, so that two names which look alike can be told apart.
fn escape_non_ascii(name: &str) -> String {
    name.chars()
        .map(|ch| {
            if ch.is_ascii() {
                ch.to_string()
            } else {
                format!("\\u{{{:x}}}", u32::from(ch))
            }
        })
        .collect()
}

/// A URL segment that no file system can hold, at the page's `slug:`.
fn too_long(document: &Document, segment: &str) -> Finding {
    let finding = Finding::error(
        FindingKind::Frontmatter,
        &document.path,
        crate::msg!(
            "url-segment-too-long",
            segment = segment,
            bytes = MAX_SEGMENT
        ),
    )
    .target("slug");
    at_key(document, finding, "slug")
}

/// A finding about a page, placed at one of its front-matter keys (or the
/// front matter's first line when the key is not there).
fn at_key(document: &Document, finding: Finding, key: &str) -> Finding {
    let span = document.field_reader().key_span(key);
    finding.at_span(&document.line_index, &document.text(), span)
}

/// `a/b/c.md` → (`a/b`, `c.md`); `c.md` → (``, `c.md`).
pub(crate) fn split_path(content_path: &str) -> (&str, &str) {
    content_path.rsplit_once('/').unwrap_or(("", content_path))
}
