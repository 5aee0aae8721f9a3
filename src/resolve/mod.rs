//! Documents → `Site`: every page gets its URL, its section and its place in
//! the section's order; every link and menu entry is resolved to a URL or
//! becomes a finding. Invariant: no HTML and no Tera here.

pub(crate) mod links;
pub(crate) mod navigation;
pub(crate) mod references;
pub(crate) mod saved;
pub(crate) mod urls;

use std::sync::Arc;

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use rayon::prelude::*;

use crate::config::{Language, SiteConfig};
use crate::data::block::Block;
use crate::findings::Findings;
use crate::kinds::{self, Fields, Kind, Place};
use crate::load::AttachmentFile;
use crate::parse::{Document, Role, SECTION_FILE};

pub(crate) use links::PageLinks;

/// Whether drafts are part of the site.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Drafts {
    #[default]
    Exclude,
    Include,
}

impl Drafts {
    /// From a command line's `--drafts`.
    pub(crate) fn from_flag(include: bool) -> Drafts {
        if include {
            Drafts::Include
        } else {
            Drafts::Exclude
        }
    }
}

#[derive(Debug)]
pub struct Page {
    /// Shared with `serve`'s parse cache.
    pub document: Arc<Document>,
    /// The URL path below the site's base path, `process/forberedelse/`; empty for the home page.
    pub url: String,
    /// The section this page or section belongs to; `None` for the root section.
    pub parent: Option<usize>,
    /// For a section: its subsections and pages, in order.
    pub children: Vec<usize>,
    pub links: PageLinks,
    pub language: Language,
    pub kind: Kind,
    pub fields: Fields,
    /// Its place among its kind in a process: "Phase 2 of 4", "Step 3 of 5".
    pub place: Option<Place>,
    /// Each of `document.blocks`, checked against its table; `None` where
    /// the block has errors.
    pub blocks: Vec<Option<Block>>,
    /// The day the last commit that changed it was made (in the site's
    /// time zone), where the site's history says.
    pub committed: Option<jiff::civil::Date>,
}

impl Page {
    pub(crate) fn role(&self) -> Role {
        self.document.role()
    }

    /// The output file: `process/forberedelse/index.html`.
    pub(crate) fn output_path(&self) -> String {
        format!("{}index.html", self.url)
    }

    /// When the page was last changed as its editors say (`updated`), else
    /// as its history says; never after `now`.
    pub(crate) fn updated(&self, now: jiff::civil::Date) -> Option<jiff::civil::Date> {
        self.document
            .front_matter
            .updated
            .or(self.committed)
            .map(|updated| updated.min(now))
    }

    /// When the page was published, for feeds, the sitemap and calendars:
    /// its `date`, but where the date is when the page happens (a
    /// meeting's), `updated` comes first. Never after the build's `now`: metadata that
    /// dates a page in the future would lie.
    pub(crate) fn published(&self, now: jiff::civil::Date) -> Option<jiff::civil::Date> {
        let front_matter = &self.document.front_matter;
        let date = if self.kind.date_is_an_event() {
            front_matter.updated.or(front_matter.date)
        } else {
            front_matter.date
        }?;
        Some(date.min(now))
    }

    /// When the page last changed: `updated`, else the day of the last
    /// commit that changed it, else when it was published; never before it
    /// was published, nor after `now`.
    pub(crate) fn modified(&self, now: jiff::civil::Date) -> Option<jiff::civil::Date> {
        let published = self.published(now);
        let updated = self.updated(now);
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
    /// What was read of it, if it is a document (PDF, Office, OpenDocument).
    pub read: Option<std::sync::Arc<crate::documents::Facts>>,
    /// What was made of it, if it is a photo: its size as shown, its
    /// WebP copies, the original without its metadata.
    pub image: Option<std::sync::Arc<crate::images::Prepared>>,
}

/// Characters kept as they are in a URL path segment.
const SEGMENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

impl Attachment {
    /// Its URL path below the base path, each segment percent-encoded:
    /// `mallar/M%C3%B6tesanteckningar.docx`.
    pub(crate) fn url(&self) -> String {
        encode_path(&self.output_path)
    }
}

/// An output path as a URL path, each segment percent-encoded.
pub(crate) fn encode_path(path: &str) -> String {
    let encoded: Vec<String> = path
        .split('/')
        .map(|segment| utf8_percent_encode(segment, SEGMENT).to_string())
        .collect();
    encoded.join("/")
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
    pub targets: Targets,
    /// For each page, the pages that name it in front matter or link to it, in page order.
    pub referenced_by: Vec<Vec<usize>>,
    /// The tables of `data/`, by name.
    pub tables: crate::data::Tables,
    /// Earlier URLs of pages and files, from the site's history, that
    /// lead to them: (URL path below the base path, the page or file).
    pub moved: Vec<(String, Target)>,
}

// The finished site is its own route table: serve resolves a saved page
// against it (`saved.rs`), as resolve resolved every page against `Routes`.
urls::route_table!(Site);

/// Every content path and what it names; hashed, as each link looks one up.
pub type Targets = rustc_hash::FxHashMap<String, Target>;

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
    /// The nearest section above page `idx` of `kind` (an area's plan).
    pub(crate) fn nearest_above(&self, idx: usize, kind: crate::kinds::Kind) -> Option<usize> {
        let mut at = self.pages[idx].parent;
        while let Some(above) = at {
            if self.pages[above].kind == kind {
                return Some(above);
            }
            at = self.pages[above].parent;
        }
        None
    }

    /// The full URL path of a site path, with the base path: `/portal/process/`.
    pub(crate) fn href(config: &SiteConfig, url: &str) -> String {
        format!("{}{}", config.base_path, url)
    }

    /// The children of a section that are of `kind`, in order.
    pub(crate) fn children_of_kind(
        &self,
        parent: usize,
        kind: Kind,
    ) -> impl Iterator<Item = usize> {
        self.pages[parent]
            .children
            .iter()
            .copied()
            .filter(move |&child| self.pages[child].kind == kind)
    }
}

/// The day (in the site's time zone) of the last commit that changed a
/// document, where the history says.
fn commit_day<'h>(
    history: &'h crate::history::History,
    config: &SiteConfig,
) -> impl Fn(&Document) -> Option<jiff::civil::Date> + 'h {
    let timezone = jiff::tz::TimeZone::get(&config.timezone).unwrap_or(jiff::tz::TimeZone::UTC);
    move |document| {
        let seconds = *history.changed.get(&document.content_path)?;
        let time = jiff::Timestamp::from_second(seconds).ok()?;
        Some(time.to_zoned(timezone.clone()).date())
    }
}

/// A page the history says was removed, whose URL nothing has now and
/// `[[removed]]` does not record, is a warning: where did it go?
fn removed_pages(
    gone: &[(String, crate::history::Removed)],
    config: &SiteConfig,
    findings: &mut Findings,
) {
    let date = |seconds: i64| {
        let timezone = jiff::tz::TimeZone::get(&config.timezone).unwrap_or(jiff::tz::TimeZone::UTC);
        jiff::Timestamp::from_second(seconds)
            .map(|time| time.to_zoned(timezone).date().to_string())
            .unwrap_or_default()
    };
    for (url, removed) in gone {
        if config.removed.iter().any(|recorded| recorded.url == *url) {
            continue;
        }
        findings.push(
            crate::findings::Finding::warning(
                crate::findings::FindingKind::History,
                format!("content/{}", removed.place.path),
                crate::msg!(
                    "history-removed",
                    url = format!("/{url}"),
                    from = date(removed.added),
                    to = date(removed.removed),
                    commit = removed.commit.as_str()
                ),
            )
            .target(format!("/{url}")),
        );
    }
}

/// What load and the documents stage give resolve besides the Markdown.
pub struct Files<'a> {
    /// Every file of content/ that is not Markdown.
    pub attachments: Vec<AttachmentFile>,
    /// What was read of those that are documents.
    pub read: &'a crate::documents::Read,
    /// What was made of those that are photos.
    pub images: &'a crate::images::Images,
    /// What git says of content/'s files.
    pub history: &'a crate::history::History,
    /// Content paths that load left out and reported.
    pub refused: &'a [String],
    /// The tables of data/.
    pub data: &'a [crate::load::DataFile],
}

/// Resolves the whole site: URLs, sections and languages, kinds and their
/// fields, order and places, links and references; then each page is built
/// once. `refused`: content paths that load left out and reported, so that
/// links to them are not reported again.
pub fn site(
    documents: Vec<Arc<Document>>,
    files: Files<'_>,
    config: &SiteConfig,
    drafts: Drafts,
    findings: &mut Findings,
) -> Site {
    let checked: Vec<Vec<_>> = documents
        .par_iter()
        .map(|document| kinds::check_front_matter(document))
        .collect();
    findings.extend(checked.into_iter().flatten());
    let Files {
        attachments,
        read,
        images,
        history,
        refused,
        data,
    } = files;
    let mut routes = urls::route(
        documents,
        attachments,
        (read, images),
        history,
        drafts,
        findings,
    );
    removed_pages(&std::mem::take(&mut routes.gone), config, findings);
    for content_path in refused {
        routes
            .targets
            .entry(content_path.clone())
            .or_insert(Target::Refused);
    }
    let parents = navigation::parents(&routes.pages);
    let section = |idx: usize| parents[idx].map(|parent| &*routes.pages[parent].document);
    let kinds: Vec<Kind> = (0..routes.pages.len())
        .map(|idx| kinds::kind_of(&routes.pages[idx].document, section(idx)))
        .collect();
    let mut data_findings = Vec::new();
    let tables = crate::data::table::tables(data, &mut data_findings);
    findings.extend(data_findings);
    let fields = read_fields(&routes, &parents, &kinds, &tables, findings);
    let children = navigation::children(&routes, &parents, &kinds);
    let tree = kinds::Tree {
        documents: routes.pages.iter().map(|route| &*route.document).collect(),
        kinds: &kinds,
        children: &children,
    };
    let mut place_findings = Vec::new();
    let places = kinds::places(&tree, &mut place_findings);
    findings.extend(place_findings);
    let languages = navigation::languages(&routes.pages, &parents, config);
    let blocks = data_blocks(&routes, &tables, findings);
    let links = links::resolve(&routes, config, findings);
    let menu = links::menu(&routes, config, findings);
    let referenced_by = references::referenced_by(&fields, &links);
    let root = match routes.targets.get(SECTION_FILE) {
        Some(Target::Page(idx)) => Some(*idx),
        _ => None,
    };
    let committed = commit_day(history, config);
    let columns = Columns {
        parents,
        children,
        links,
        languages,
        kinds,
        fields,
        places,
        blocks,
    };
    let pages = columns.pages(routes.pages, committed);
    Site {
        pages,
        attachments: routes.attachments,
        moved: routes.moved,
        root,
        menu,
        targets: routes.targets,
        referenced_by,
        tables,
    }
}

/// What resolve learns of each page, a column each, one item per page in
/// page order.
struct Columns {
    parents: Vec<Option<usize>>,
    children: Vec<Vec<usize>>,
    links: Vec<PageLinks>,
    languages: Vec<Language>,
    kinds: Vec<Kind>,
    fields: Vec<Fields>,
    places: Vec<Option<Place>>,
    blocks: Vec<Vec<Option<Block>>>,
}

impl Columns {
    /// The pages: each route with its items of every column.
    fn pages(
        self,
        routes: Vec<urls::Route>,
        committed: impl Fn(&Document) -> Option<jiff::civil::Date>,
    ) -> Vec<Page> {
        let (mut parents, mut children, mut links) = (
            self.parents.into_iter(),
            self.children.into_iter(),
            self.links.into_iter(),
        );
        let (mut languages, mut kinds, mut fields) = (
            self.languages.into_iter(),
            self.kinds.into_iter(),
            self.fields.into_iter(),
        );
        let (mut places, mut blocks) = (self.places.into_iter(), self.blocks.into_iter());
        let mut pages = Vec::with_capacity(routes.len());
        for route in routes {
            let (Some(parent), Some(children), Some(links), Some(language)) = (
                parents.next(),
                children.next(),
                links.next(),
                languages.next(),
            ) else {
                break;
            };
            let (Some(kind), Some(fields), Some(place), Some(blocks)) =
                (kinds.next(), fields.next(), places.next(), blocks.next())
            else {
                break;
            };
            pages.push(Page {
                committed: committed(&route.document),
                document: route.document,
                url: route.url,
                parent,
                children,
                links,
                language,
                kind,
                fields,
                place,
                blocks,
            });
        }
        pages
    }
}

/// Every page's own fields, read by its kind; references are looked up in `routes`.
fn read_fields(
    routes: &urls::Routes,
    parents: &[Option<usize>],
    kinds: &[Kind],
    tables: &crate::data::Tables,
    findings: &mut Findings,
) -> Vec<Fields> {
    let names = references::Names {
        routes,
        kinds,
        tables,
    };
    let read: Vec<kinds::Read> = (0..routes.pages.len())
        .into_par_iter()
        .map(|idx| {
            let section_kind = parents[idx].map(|parent| kinds[parent]);
            kinds::read(
                &routes.pages[idx].document,
                kinds[idx],
                section_kind,
                &names,
            )
        })
        .collect();
    read.into_iter()
        .map(|read| {
            findings.extend(read.findings);
            read.fields
        })
        .collect()
}

/// Every page's `chart` and `table` blocks, checked against the tables.
fn data_blocks(
    routes: &urls::Routes,
    tables: &crate::data::Tables,
    findings: &mut Findings,
) -> Vec<Vec<Option<Block>>> {
    let checked: Vec<(Vec<Option<Block>>, Vec<_>)> = routes
        .pages
        .par_iter()
        .map(|route| crate::data::block::check(&route.document, tables))
        .collect();
    checked
        .into_iter()
        .map(|(blocks, block_findings)| {
            findings.extend(block_findings);
            blocks
        })
        .collect()
}
