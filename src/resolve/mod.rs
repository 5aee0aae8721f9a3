//! Documents → `Site`: every page gets its URL, its section and its place in
//! the section's order; every link and menu entry is resolved to a URL or
//! becomes a finding. Invariant: no HTML and no Tera here.

pub mod links;
pub mod navigation;
pub mod references;
pub mod urls;

use std::collections::BTreeMap;

use crate::config::{Language, SiteConfig};
use crate::findings::Findings;
use crate::kinds::{self, Fields, Kind};
use crate::load::AttachmentFile;
use crate::parse::Document;

/// Whether drafts are part of the site.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Drafts {
    #[default]
    Exclude,
    Include,
}

impl Drafts {
    /// From a command line's `--drafts`.
    pub fn from_flag(include: bool) -> Drafts {
        if include {
            Drafts::Include
        } else {
            Drafts::Exclude
        }
    }
}

/// A folder with `_index.md` is a section; every other Markdown file is a page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Section,
    Page,
}

#[derive(Debug)]
pub struct Page {
    /// Shared with `serve`'s parse cache.
    pub document: std::sync::Arc<Document>,
    pub role: Role,
    /// The URL path below the site's base path, `process/forberedelse/`; empty for the home page.
    pub url: String,
    /// The section this page or section belongs to; `None` for the root section.
    pub parent: Option<usize>,
    /// For a section: its subsections and pages, in order.
    pub children: Vec<usize>,
    /// The output URL of each of `document.links`; `None` leaves the link as written.
    pub hrefs: Vec<Option<String>>,
    /// The pages its Markdown links to.
    pub linked_pages: Vec<usize>,
    /// (index into `document.links`, width and height) of each image that is
    /// an attachment of known size.
    pub image_sizes: Vec<(usize, (u32, u32))>,
    pub language: Language,
    pub kind: Kind,
    pub fields: Fields,
    /// Its place among its kind in a process: "Phase 2 of 4", "Step 3 of 5".
    pub place: Option<Place>,
}

/// Where a phase or step stands, and its neighbours. A step's neighbours cross
/// phase borders: the last step of one phase leads to the first of the next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place {
    /// 1-based.
    pub position: usize,
    pub total: usize,
    pub previous: Option<usize>,
    pub next: Option<usize>,
}

impl Place {
    /// A page with no place computed: first of one.
    pub const ALONE: Place = Place {
        position: 1,
        total: 1,
        previous: None,
        next: None,
    };
}

impl Page {
    /// The output file: `process/forberedelse/index.html`.
    pub fn output_path(&self) -> String {
        format!("{}index.html", self.url)
    }

    /// When the page was published, for feeds, the sitemap and calendars:
    /// its `date`, but a meeting's `date` is when it takes place, so there
    /// `updated` comes first. Never after the build's `now`: metadata that
    /// dates a page in the future would lie.
    pub fn published(&self, now: jiff::civil::Date) -> Option<jiff::civil::Date> {
        let front_matter = &self.document.front_matter;
        let date = match self.kind {
            Kind::Meeting => front_matter.updated.or(front_matter.date),
            _ => front_matter.date,
        }?;
        Some(date.min(now))
    }

    /// When the page last changed: `updated`, else when it was published;
    /// never before it was published, nor after `now`.
    pub fn modified(&self, now: jiff::civil::Date) -> Option<jiff::civil::Date> {
        let published = self.published(now);
        let updated = self
            .document
            .front_matter
            .updated
            .map(|updated| updated.min(now));
        match (published, updated) {
            (Some(published), Some(updated)) => Some(published.max(updated)),
            (published, updated) => updated.or(published),
        }
    }
}

#[derive(Debug)]
pub struct Attachment {
    pub file: AttachmentFile,
    /// The path below the base path, with the file name kept as it is: `mallar/Trafikrapport.docx`.
    pub output_path: String,
}

#[derive(Debug)]
pub struct Site {
    pub pages: Vec<Page>,
    pub attachments: Vec<Attachment>,
    /// The home page: `content/_index.md`, when there is one.
    pub root: Option<usize>,
    /// The main navigation: (title, URL path), from site.toml's `[[menu]]`.
    pub menu: Vec<(String, String)>,
    /// Every content path (`process/_index.md`, `mallar/a.docx`) and what it is.
    pub targets: BTreeMap<String, Target>,
    /// For each page, the pages that name it in front matter or link to it, in page order.
    pub referenced_by: Vec<Vec<usize>>,
}

/// What a content path names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Page(usize),
    Attachment(usize),
    /// A draft, left out of this build.
    Draft,
    /// A file load left out (a link out of the site, a pipe): it reported it.
    Refused,
}

impl Site {
    /// The full URL path of a site path, with the base path: `/portal/process/`.
    pub fn href(config: &SiteConfig, url: &str) -> String {
        format!("{}{}", config.base_path, url)
    }
}

/// Resolves the whole site. `refused`: content paths that load left out
/// and reported, so that links to them are not reported again.
pub fn site(
    documents: Vec<std::sync::Arc<Document>>,
    attachments: Vec<AttachmentFile>,
    refused: &[String],
    config: &SiteConfig,
    drafts: Drafts,
    findings: &mut Findings,
) -> Site {
    let mut routed = urls::route(documents, attachments, drafts, findings);
    for content_path in refused {
        routed
            .targets
            .entry(content_path.clone())
            .or_insert(Target::Refused);
    }
    let mut site = navigation::arrange(routed, config);
    kinds::read(&mut site, findings);
    navigation::order(&mut site, findings);
    links::resolve(&mut site, config, findings);
    references::resolve(&mut site, findings);
    site
}
