//! Links to source files (`steg-2.md`, `../mallar/x.md#avsnitt`,
//! `/process/_index.md`, `bilaga.pdf`) → output URLs under the base path.
//! A target that is missing, outside content/ or a left-out draft is a
//! finding at the link's `[`; so is a fragment the target page does not have.

use percent_encoding::percent_decode_str;
use rayon::prelude::*;
use unicode_normalization::UnicodeNormalization;

use crate::config::SiteConfig;
use crate::findings::{Finding, FindingKind, Findings, Text, closest, display_path};
use crate::msg;
use crate::parse::{BUNDLE_FILE, Document, Link, SECTION_FILE};

use super::urls::{RouteTable, split_path};
use super::{Site, Target, Targets};

/// An image as a page shows it: its width and height (as its EXIF
/// orientation turns it), and the widths of its WebP copies.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shown {
    pub size: (u32, u32),
    pub widths: Vec<u32>,
}

/// One page's links, resolved.
#[derive(Debug, Clone, Default)]
pub struct PageLinks {
    /// The output URL of each of `document.links`; `None` leaves the link as written.
    pub hrefs: Vec<Option<String>>,
    /// The same for each of `document.raw_links`, the URLs of its raw HTML.
    pub raw_hrefs: Vec<Option<String>>,
    /// (index into `document.raw_links`, what is shown) of each raw `<img>`
    /// whose `src` is an attachment of known size.
    pub raw_images: Vec<(usize, Shown)>,
    /// The pages its Markdown links to.
    pub pages: Vec<usize>,
    /// (index into `document.links`, what is shown) of each image that is
    /// an attachment of known size.
    pub image_sizes: Vec<(usize, Shown)>,
    /// (byte offset in the file, attachment) of each link, Markdown or raw
    /// HTML, that reaches an attachment: where a document's findings go.
    pub attachments: Vec<(usize, usize)>,
}

/// Resolves every link of every page; what is wrong becomes a finding.
pub(crate) fn resolve(
    site: &dyn RouteTable,
    config: &SiteConfig,
    findings: &mut Findings,
) -> Vec<PageLinks> {
    let by_url = OwnUrls::of(site);
    let resolved: Vec<(PageLinks, Vec<Finding>)> = (0..site.n_pages())
        .into_par_iter()
        .with_max_len(crate::PAGES_PER_JOB)
        .map(|idx| page_links(site, &by_url, config, site.document(idx)))
        .collect();
    resolved
        .into_iter()
        .map(|(links, page_findings)| {
            findings.extend(page_findings);
            links
        })
        .collect()
}

/// The links of one page, `document`, resolved against `site`, and what is
/// wrong with them: `serve`'s edited page, before the rest is rebuilt.
pub(crate) fn resolve_one(
    site: &dyn RouteTable,
    document: &Document,
    config: &SiteConfig,
) -> (PageLinks, Vec<Finding>) {
    page_links(site, &OwnUrls::of(site), config, document)
}

fn page_links(
    site: &dyn RouteTable,
    by_url: &OwnUrls<'_>,
    config: &SiteConfig,
    document: &Document,
) -> (PageLinks, Vec<Finding>) {
    let mut page_findings = Vec::new();
    let mut linked_pages = Vec::new();
    let mut image_sizes = Vec::new();
    let mut attachments = Vec::new();
    // One link: its URL, and the size of the image it shows, if known.
    let mut resolve = |link: &Link| {
        let mut reached = Reached {
            pages: &mut linked_pages,
            image_size: None,
            attachment: None,
        };
        let at = At {
            site,
            by_url,
            config,
            document,
            link,
        };
        let href = resolve_link(&at, &mut reached, &mut page_findings);
        if let Some(attachment) = reached.attachment {
            attachments.push((link.offset, attachment));
        }
        (href, reached.image_size)
    };
    let hrefs = document
        .links
        .iter()
        .enumerate()
        .map(|(link_idx, link)| {
            let (href, size) = resolve(link);
            if let Some(size) = size {
                image_sizes.push((link_idx, size));
            }
            href
        })
        .collect();
    // Raw HTML's URLs by the same rules: relative to the source file, `.md`
    // to the page, an attachment to its URL (issue 31).
    let mut raw_images = Vec::new();
    let raw_hrefs = document
        .raw_links
        .iter()
        .enumerate()
        .map(|(link_idx, link)| {
            let (href, shown) = resolve(link);
            if let Some(shown) = shown {
                raw_images.push((link_idx, shown));
            }
            href
        })
        .collect();
    linked_pages.sort_unstable();
    linked_pages.dedup();
    let links = PageLinks {
        hrefs,
        raw_hrefs,
        raw_images,
        pages: linked_pages,
        image_sizes,
        attachments,
    };
    (links, page_findings)
}

/// The main navigation: (title, URL path) of each of site.toml's `[[menu]]`
/// entries that names a page.
pub(crate) fn menu(
    site: &dyn RouteTable,
    config: &SiteConfig,
    findings: &mut Findings,
) -> Vec<(String, String)> {
    let mut menu = Vec::new();
    for entry in &config.menu {
        let path = entry.page.trim_start_matches('/');
        match lookup(site.targets(), path) {
            Some(Target::Page(idx)) => {
                let url = site.url(idx).to_string();
                menu.push((entry.title.clone(), url));
            }
            found => {
                let message = if found == Some(Target::Draft) {
                    crate::msg!("menu-draft", title = entry.title, target = entry.page)
                } else {
                    crate::msg!("menu-no-page", title = entry.title, target = entry.page)
                };
                let finding = entry
                    .page_location
                    .error(FindingKind::Reference, message)
                    .target(entry.page.clone())
                    .suggest(suggest(site.targets(), path, None));
                findings.push(finding);
            }
        }
    }
    menu
}

/// The site's pages and files by their URL path below the base path
/// (`om/principer/`, `mallar/Mall.docx`), for links to the site's own address.
struct OwnUrls<'s> {
    urls: std::collections::HashMap<&'s str, Target>,
}

impl<'s> OwnUrls<'s> {
    fn of(site: &'s dyn RouteTable) -> OwnUrls<'s> {
        let pages = (0..site.n_pages()).map(|idx| (site.url(idx), Target::Page(idx)));
        let attachments = site
            .attachments()
            .iter()
            .enumerate()
            .map(|(idx, attachment)| (attachment.output_path.as_str(), Target::Attachment(idx)));
        OwnUrls {
            urls: pages.chain(attachments).collect(),
        }
    }

    /// What a URL path below the base path names: `om`, `om/` and
    /// `om/index.html` all name the page `om/`.
    fn get(&self, below: &str) -> Option<Target> {
        let page = below.strip_suffix("index.html").unwrap_or(below);
        [
            below.to_string(),
            format!("{}/", page.trim_end_matches('/')),
        ]
        .iter()
        .map(|candidate| candidate.trim_start_matches('/'))
        .find_map(|candidate| self.urls.get(candidate).copied())
    }
}

/// What a page's links reach: pages (for "Used in"), and an image's size.
struct Reached<'r> {
    pages: &'r mut Vec<usize>,
    image_size: Option<Shown>,
    attachment: Option<usize>,
}

/// One link being resolved, and everything it is resolved against.
struct At<'a> {
    site: &'a dyn RouteTable,
    by_url: &'a OwnUrls<'a>,
    config: &'a SiteConfig,
    /// The page the link is on.
    document: &'a Document,
    link: &'a Link,
}

impl At<'_> {
    /// A finding at the link's `[`.
    fn error(&self, kind: FindingKind, message: impl Into<Text>) -> Finding {
        self.document
            .finding_at(
                Finding::error(kind, &self.document.path, message),
                self.link.offset,
            )
            .target(self.link.target.trim())
    }
}

/// The output URL of one link, or `None` to leave it as written.
fn resolve_link(
    at: &At<'_>,
    reached: &mut Reached<'_>,
    findings: &mut Vec<Finding>,
) -> Option<String> {
    let target = at.link.target.trim();
    if at.link.is_autolink || target.is_empty() {
        return None;
    }
    if let Some(place) = on_someones_computer(target) {
        // Markdown read the editor's `\\server` as `\server`.
        let written = if target.starts_with('\\') {
            format!("\\{target}")
        } else {
            target.to_string()
        };
        findings.push(at.error(
            FindingKind::Link,
            msg!("link-on-computer", target = written, place = place),
        ));
        return None;
    }
    if let Some(own) = at.config.own_url(target) {
        check_own_url(at, &own, reached.pages, findings);
        return None;
    }
    if crate::url::has_scheme(target) {
        return None;
    }
    let (before_fragment, fragment) = match target.split_once('#') {
        Some((path, fragment)) => (path, Some(fragment)),
        None => (target, None),
    };
    let (path, query) = match before_fragment.split_once('?') {
        Some((path, query)) => (path, Some(query)),
        None => (before_fragment, None),
    };
    let error = |kind: FindingKind, message: Text| at.error(kind, message);
    if path.is_empty() {
        // A fragment on the same page: as written, unless it is a preview's
        // id for a heading, which leads to the heading's own.
        let own_id = fragment
            .and_then(|fragment| check_fragment(at.document, fragment, &error, findings))?;
        return Some(format!("#{}", fragment_text(&own_id)));
    }
    let (mut href, own_id) = to_source(at, path, fragment, reached, findings)?;
    if let Some(query) = query {
        href.push('?');
        href.push_str(query);
    }
    if let Some(fragment) = own_id
        .as_deref()
        .map(fragment_text)
        .or(fragment.map(Into::into))
    {
        href.push('#');
        href.push_str(&fragment);
    }
    Some(href)
}

/// An id as a link's fragment: percent-encoded where a URL needs it.
fn fragment_text(id: &str) -> std::borrow::Cow<'_, str> {
    const FRAGMENT: &percent_encoding::AsciiSet = &percent_encoding::CONTROLS
        .add(b' ')
        .add(b'"')
        .add(b'<')
        .add(b'>')
        .add(b'`')
        .add(b'#')
        .add(b'%');
    percent_encoding::utf8_percent_encode(id, FRAGMENT).into()
}

/// The URL of the page or file a link to a source file names, and the id
/// its fragment leads to when that is not the fragment as written (a
/// preview's id for a heading).
fn to_source(
    at: &At<'_>,
    path: &str,
    fragment: Option<&str>,
    reached: &mut Reached<'_>,
    findings: &mut Vec<Finding>,
) -> Option<(String, Option<String>)> {
    let (site, config, document) = (at.site, at.config, at.document);
    let error = |kind: FindingKind, message: Text| at.error(kind, message);
    let decoded = decoded(path);
    let Some(content_path) = join(split_path(&document.content_path).0, &decoded) else {
        findings.push(error(
            FindingKind::Link,
            msg!("link-outside", target = path).into(),
        ));
        return None;
    };
    match lookup(site.targets(), &content_path) {
        Some(Target::Page(idx)) => {
            reached.pages.push(idx);
            let own_id = fragment.and_then(|fragment| {
                check_fragment(site.document(idx), fragment, &error, findings)
            });
            Some((Site::href(config, site.url(idx)), own_id))
        }
        Some(Target::Attachment(idx)) => {
            let attachment = &site.attachments()[idx];
            reached.attachment = Some(idx);
            if at.link.is_image {
                reached.image_size = match attachment.image.as_deref() {
                    Some(image) => image.size.map(|size| Shown {
                        size,
                        widths: image.widths(),
                    }),
                    None => attachment.file.image_size.map(|size| Shown {
                        size,
                        widths: Vec::new(),
                    }),
                };
            }
            Some((Site::href(config, &attachment.url()), None))
        }
        // load reported it already: one defect, one finding.
        Some(Target::Refused) => None,
        Some(Target::Draft) => {
            findings.push(error(
                FindingKind::Link,
                msg!("link-draft", target = path).into(),
            ));
            None
        }
        None => {
            // Content moved from mdBook or Hugo links to where pages are
            // published (`x.html`, `/path/to/x/`): name the source file.
            if let Some(idx) = published_page(at, &decoded, &content_path) {
                let mut source =
                    relative_to(&document.content_path, &site.document(idx).content_path);
                if let Some(fragment) = fragment {
                    source = format!("{source}#{fragment}");
                }
                findings.push(
                    error(
                        FindingKind::Link,
                        msg!("link-to-output", target = path, source = source).into(),
                    )
                    .suggest(Some(source)),
                );
                return None;
            }
            let is_page =
                decoded.ends_with(".md") || !decoded.rsplit('/').next().unwrap_or("").contains('.');
            let (kind, message) = if is_page {
                (FindingKind::Link, msg!("link-no-page", target = path))
            } else if at.link.is_image {
                (
                    FindingKind::Attachment,
                    msg!("link-no-image", target = path),
                )
            } else {
                (FindingKind::Attachment, msg!("link-no-file", target = path))
            };
            let suggestion = suggest(site.targets(), &content_path, Some(&document.content_path))
                .map(|suggested| relative_to(&document.content_path, &suggested));
            findings.push(error(kind, message.into()).suggest(suggestion));
            None
        }
    }
}

/// The page a link names by where it is published: `kapitel-2.html` for
/// `kapitel-2.md`, `x/index.html` for `x/index.md`, or the page's URL path
/// (`/om/principer/`, or relative to the folder, as a content folder and
/// its URLs mostly match).
fn published_page(at: &At<'_>, decoded: &str, content_path: &str) -> Option<usize> {
    let page = |target: Option<Target>| match target {
        Some(Target::Page(idx)) => Some(idx),
        _ => None,
    };
    if let Some(stem) = content_path.strip_suffix(".html") {
        let source = stem.strip_suffix("index").unwrap_or(stem);
        let found = if source.is_empty() || source.ends_with('/') {
            lookup(at.site.targets(), source)
        } else {
            lookup(at.site.targets(), &format!("{source}.md"))
        };
        if let Some(idx) = page(found) {
            return Some(idx);
        }
    }
    let below = match decoded.strip_prefix('/') {
        Some(absolute) => absolute
            .strip_prefix(at.config.base_path.trim_matches('/'))
            .unwrap_or(absolute),
        None => content_path,
    };
    page(at.by_url.get(below.trim_start_matches('/')))
}

/// A link's path as the content path it names: percent-decoded and in NFC,
/// as load names files. Most are ASCII, which NFC leaves as they are.
fn decoded(path: &str) -> String {
    let decoded = percent_decode_str(path).decode_utf8_lossy();
    if decoded.is_ascii() {
        decoded.into_owned()
    } else {
        decoded.nfc().collect()
    }
}

/// Where a Windows path (`C:\Users\anna\plan.docx`), a network share
/// (`\\server\share\x.docx`, which Markdown reads as `\server\…`) or a
/// `file:` URL points: not to the web.
fn on_someones_computer(target: &str) -> Option<&'static str> {
    let bytes = target.as_bytes();
    let drive = bytes.len() > 2
        && bytes[0].is_ascii_alphabetic()
        && bytes[1] == b':'
        && matches!(bytes[2], b'\\' | b'/');
    if drive {
        return Some("computer");
    }
    if target.starts_with('\\') {
        return Some("share");
    }
    target
        .get(..5)
        .is_some_and(|scheme| scheme.eq_ignore_ascii_case("file:"))
        .then_some("computer")
}

/// A link to the site's own address (`https://example.org/natverk/om/#mal`)
/// names a page of the site being built: it is checked like a link to its
/// source file, page and fragment, and left as written.
fn check_own_url(
    at: &At<'_>,
    own: &str,
    linked_pages: &mut Vec<usize>,
    findings: &mut Vec<Finding>,
) {
    let (site, config) = (at.site, at.config);
    let target = at.link.target.trim();
    let (before_fragment, fragment) = match own.split_once('#') {
        Some((path, fragment)) => (path, Some(fragment)),
        None => (own, None),
    };
    let path = before_fragment.split('?').next().unwrap_or(before_fragment);
    let decoded = decoded(path);
    let below = decoded
        .strip_prefix(config.base_path.trim_end_matches('/'))
        .unwrap_or(&decoded)
        .trim_start_matches('/');
    let error = |kind: FindingKind, message: Text| at.error(kind, message);
    match at.by_url.get(below) {
        Some(Target::Page(idx)) => {
            linked_pages.push(idx);
            if let Some(fragment) = fragment {
                check_fragment(site.document(idx), fragment, &error, findings);
            }
        }
        Some(Target::Attachment(_) | Target::Draft | Target::Refused) => {}
        None => {
            let suggestion = closest(below, (0..site.n_pages()).map(|idx| site.url(idx)))
                .map(|url| format!("{}{url}", config.base_url));
            findings.push(
                error(
                    FindingKind::Link,
                    msg!("link-own-site", target = target).into(),
                )
                .suggest(suggestion),
            );
        }
    }
}

/// Whether `target` has the fragment's id; a finding if not. A preview's id
/// for a heading (GitHub's `#förberedelse-inför-mötet`, GitLab's) is the
/// heading: returns the heading's own id, for the link to name.
fn check_fragment(
    target: &Document,
    fragment: &str,
    error: &dyn Fn(FindingKind, Text) -> Finding,
    findings: &mut Vec<Finding>,
) -> Option<String> {
    let decoded = percent_decode_str(fragment).decode_utf8_lossy();
    if decoded.is_empty() || target.ids.iter().any(|id| *id == decoded) {
        return None;
    }
    let composed: String = decoded.nfc().collect();
    if let Some((_, id)) = target
        .preview_ids
        .iter()
        .find(|(alias, _)| *alias == composed)
    {
        return Some(id.clone());
    }
    // The heading's text in lower case with - for spaces, as an editor
    // writes it by hand (`#Steg-1-–-planera`): its slug is the heading's id.
    let slug = crate::slug::slugify(&decoded);
    if let Some(id) = target
        .headings
        .iter()
        .map(|heading| &heading.id)
        .find(|id| **id == slug)
    {
        return Some(id.clone());
    }
    // Else the closest: a heading whose id or preview id starts with the
    // fragment (`#förberedelse`), or is nearest by its letters.
    let candidates = || {
        target
            .ids
            .iter()
            .map(|id| (id.as_str(), id.as_str()))
            .chain(
                target
                    .preview_ids
                    .iter()
                    .map(|(alias, id)| (alias.as_str(), id.as_str())),
            )
    };
    let id = candidates()
        .find(|(written, _)| written.starts_with(composed.as_str()) || written.starts_with(&slug))
        .or_else(|| candidates().find(|(written, _)| slug.len() >= 4 && written.contains(&slug)))
        .map(|(_, id)| id)
        .or_else(|| {
            let nearest = closest(&composed, candidates().map(|(written, _)| written))?;
            candidates()
                .find(|(written, _)| *written == nearest)
                .map(|(_, id)| id)
        });
    // The form that works in GitHub's preview and in the portal alike.
    let suggestion = id.map(|id| {
        let github = target
            .preview_ids
            .iter()
            .find(|(_, own)| own == id)
            .map_or(id, |(alias, _)| alias.as_str());
        format!("#{github}")
    });
    findings.push(
        error(
            FindingKind::Fragment,
            msg!(
                "fragment-missing",
                fragment = decoded,
                file = display_path(&target.path)
            )
            .into(),
        )
        .suggest(suggestion),
    );
    None
}

/// What a content path names; a folder names its `_index.md` or `index.md`.
pub(crate) fn lookup(targets: &Targets, content_path: &str) -> Option<Target> {
    let trimmed = content_path.trim_end_matches('/');
    if let Some(target) = targets.get(trimmed) {
        return Some(*target);
    }
    for index in [SECTION_FILE, BUNDLE_FILE] {
        let candidate = if trimmed.is_empty() {
            index.to_string()
        } else {
            format!("{trimmed}/{index}")
        };
        if let Some(target) = targets.get(&candidate) {
            return Some(*target);
        }
    }
    // Inside a folder that load refused (a link to a folder out of the site).
    let mut ancestor = trimmed;
    while let Some((parent, _)) = ancestor.rsplit_once('/') {
        if targets.get(parent) == Some(&Target::Refused) {
            return Some(Target::Refused);
        }
        ancestor = parent;
    }
    None
}

/// The content path that was probably meant: the closest in the same folder, else anywhere.
/// The linking file itself is never suggested.
pub(crate) fn suggest(
    targets: &Targets,
    content_path: &str,
    linking_file: Option<&str>,
) -> Option<String> {
    let (folder, name) = split_path(content_path);
    // In order, so that of two as close the first is suggested on every run.
    let mut candidates: Vec<&str> = targets
        .keys()
        .map(String::as_str)
        .filter(|candidate| Some(*candidate) != linking_file)
        .collect();
    candidates.sort_unstable();
    let siblings = candidates
        .iter()
        .filter(|candidate| split_path(candidate).0 == folder)
        .map(|candidate| split_path(candidate).1);
    if let Some(sibling) = closest(name, siblings) {
        return Some(if folder.is_empty() {
            sibling.to_string()
        } else {
            format!("{folder}/{sibling}")
        });
    }
    closest(content_path, candidates).map(String::from)
}

/// Writes `target` (a content path) as a link from the file at `from`.
pub(crate) fn relative_to(from: &str, target: &str) -> String {
    let from_folder: Vec<&str> = split_path(from)
        .0
        .split('/')
        .filter(|s| !s.is_empty())
        .collect();
    let target_parts: Vec<&str> = target.split('/').collect();
    let common = from_folder
        .iter()
        .zip(&target_parts)
        .take_while(|(a, b)| a == b)
        .count();
    let mut parts: Vec<&str> = vec![".."; from_folder.len() - common];
    parts.extend(&target_parts[common..]);
    parts.join("/")
}

/// Joins a link path to the folder of the linking file; `None` if it leaves content/.
pub(crate) fn join(folder: &str, path: &str) -> Option<String> {
    let mut parts: Vec<&str> = Vec::new();
    let start: &str = if path.starts_with('/') { "" } else { folder };
    for segment in start.split('/').chain(path.split('/')) {
        match segment {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            segment => parts.push(segment),
        }
    }
    let mut joined = parts.join("/");
    if path.ends_with('/') && !joined.is_empty() {
        joined.push('/');
    }
    Some(joined)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn link_paths_are_decoded_into_the_form_files_are_named_in() {
        assert_eq!(decoded("steg-1.md"), "steg-1.md");
        assert_eq!(decoded("m%C3%B6ten/%C3%A5tg%C3%A4rd.md"), "möten/åtgärd.md");
        // Written on a Mac (o and a combining diaeresis): the file's NFC name.
        assert_eq!(decoded("mo\u{308}te.md"), "möte.md");
        assert_eq!(decoded("mo%CC%88te.md"), "möte.md");
    }

    #[test]
    fn join_resolves_relative_and_root_paths() {
        assert_eq!(
            join("process/fas-1", "steg-2.md").as_deref(),
            Some("process/fas-1/steg-2.md")
        );
        assert_eq!(
            join("process/fas-1", "../fas-2/_index.md").as_deref(),
            Some("process/fas-2/_index.md")
        );
        assert_eq!(
            join("process/fas-1", "/mallar/a.md").as_deref(),
            Some("mallar/a.md")
        );
        assert_eq!(join("a", "../../etc/passwd"), None);
    }

    #[test]
    fn suggestions_are_written_relative_to_the_linking_file() {
        assert_eq!(
            relative_to("process/fas-1/steg-2.md", "process/fas-1/steg-3.md"),
            "steg-3.md"
        );
        assert_eq!(
            relative_to("process/fas-1/steg-2.md", "mallar/a.md"),
            "../../mallar/a.md"
        );
        assert_eq!(relative_to("om.md", "mallar/a.md"), "mallar/a.md");
    }
}
