//! The rendered HTML, read back with html5gum: every `href`, `src`, `srcset`,
//! `poster`, `data` and meta refresh must reach a file of the output, every
//! fragment an id of its page, and no page may repeat an id.
//!
//! One defect, one finding: links written in Markdown were checked at their
//! source line already and are skipped here. A broken link that raw HTML in
//! a page wrote is placed in that page's source; one a theme template wrote
//! is placed in the template and reported once, with the number of pages.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, PoisonError};

use html5gum::emitters::callback::{CallbackEmitter, CallbackEvent};
use html5gum::{Emitter, ForwardingEmitter, Span, Tokenizer};
use indexmap::Equivalent;
use percent_encoding::percent_decode_str;
use rayon::prelude::*;

use crate::check::external::Use;
use crate::config::SiteConfig;
use crate::findings::{Finding, FindingKind, Findings, LineIndex, Location};
use crate::load::TemplateFile;
use crate::render::theme::FindingCounter;
use crate::render::{Output, PageSink};
use crate::resolve::{Page, Site};

/// One URL-valued attribute of the rendered HTML.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct HtmlLink {
    element: Cow<'static, str>,
    attribute: &'static str,
    value: String,
    /// The browser fetches it as the page is shown: every `src`, `srcset`,
    /// `poster` and `data`, and a `<link>` that brings a resource (a style
    /// sheet, an icon, a preload), not one that names a page (canonical).
    loads: bool,
}

/// The elements that carry URLs, so that a scan need not allocate their names
/// (a 50,000-page site has millions of links).
const URL_ELEMENTS: [&str; 14] = [
    "a", "link", "img", "script", "source", "video", "audio", "iframe", "embed", "object", "meta",
    "area", "track", "input",
];

/// [`HtmlLink`] borrowed from a page being read, to look it up among the
/// links already seen without making it first. Hashes as `HtmlLink` does.
#[derive(Hash)]
struct LinkRef<'p> {
    element: &'p Cow<'static, str>,
    attribute: &'static str,
    value: &'p str,
    loads: bool,
}

impl indexmap::Equivalent<HtmlLink> for LinkRef<'_> {
    fn equivalent(&self, link: &HtmlLink) -> bool {
        // The value first: it is what differs between most links.
        self.value == link.value
            && self.loads == link.loads
            && self.attribute == link.attribute
            && *self.element == link.element
    }
}

impl LinkRef<'_> {
    fn to_owned(&self) -> HtmlLink {
        HtmlLink {
            element: self.element.clone(),
            attribute: self.attribute,
            value: self.value.to_string(),
            loads: self.loads,
        }
    }
}

/// One page as read: its ids, and its links as they stand in `text`.
#[derive(Debug, Default)]
struct Read {
    ids: BTreeSet<String>,
    duplicate_ids: BTreeSet<String>,
    /// Element, attribute, where the value is in `text`, and whether it loads.
    links: Vec<(
        Cow<'static, str>,
        &'static str,
        std::ops::Range<usize>,
        bool,
    )>,
    text: String,
}

impl Read {
    fn links(&self) -> impl Iterator<Item = LinkRef<'_>> {
        self.links
            .iter()
            .map(|(element, attribute, range, loads)| LinkRef {
                element,
                attribute,
                value: &self.text[range.clone()],
                loads: *loads,
            })
    }
}

/// What `check` keeps of a page: its ids, and its links as numbers in
/// [`Scans::links`].
#[derive(Debug, Default)]
struct PageScan {
    ids: Ids,
    duplicate_ids: BTreeSet<String>,
    links: Numbers,
}

/// A page's ids in one allocation, each followed by a NUL (html5gum gives
/// none in a value: it makes it U+FFFD). A `BTreeSet<String>` of them took
/// a node and 60 bytes an id on every page: 46 MB at 100,000 pages.
#[derive(Debug, Default)]
struct Ids(Box<str>);

impl Ids {
    fn iter(&self) -> impl Iterator<Item = &str> {
        self.0.split_terminator('\0')
    }

    fn contains(&self, id: &str) -> bool {
        self.iter().any(|own| own == id)
    }
}

impl From<BTreeSet<String>> for Ids {
    fn from(ids: BTreeSet<String>) -> Ids {
        let mut all = String::with_capacity(ids.iter().map(|id| id.len() + 1).sum());
        for id in ids {
            all.push_str(&id);
            all.push('\0');
        }
        Ids(all.into_boxed_str())
    }
}

/// A page's link numbers, in increasing order, each kept as its distance
/// from the one before in as few bytes as it needs (seven bits a byte, the
/// eighth says "more"): a page listing 430 pages of its section holds about
/// 430 bytes, not 1,720. The order of a page's links does not matter to
/// `check`, which reports each broken one wherever it is.
#[derive(Debug, Default)]
struct Numbers(Vec<u8>);

impl Numbers {
    fn iter(&self) -> impl Iterator<Item = u32> + '_ {
        crate::gaps::numbers(&self.0)
    }
}

impl FromIterator<u32> for Numbers {
    fn from_iter<I: IntoIterator<Item = u32>>(numbers: I) -> Numbers {
        let mut sorted: Vec<u32> = numbers.into_iter().collect();
        sorted.sort_unstable();
        let mut bytes = Vec::with_capacity(sorted.len() + sorted.len() / 4);
        crate::gaps::extend(&mut bytes, sorted);
        bytes.shrink_to_fit();
        Numbers(bytes)
    }
}

/// Reads pages as they are rendered (a [`PageSink`]) and keeps only what
/// `check` needs of them, so that the site's HTML is never all in memory.
/// Each thread keeps what it read on a shelf of its own: numbering the links
/// under one lock made the threads wait for each other (a tenth of a
/// build's time went to it); [`check`] puts the shelves together.
pub struct Scanner {
    shelves: Vec<Mutex<Scans>>,
}

impl Default for Scanner {
    fn default() -> Scanner {
        // One for each of rayon's threads, and one for any other thread.
        let shelves = (0..=rayon::current_num_threads())
            .map(|_| Mutex::default())
            .collect();
        Scanner { shelves }
    }
}

impl Scanner {
    /// Every shelf's pages, their links numbered in one list.
    fn into_scans(self) -> Scans {
        let mut shelves = self
            .shelves
            .into_iter()
            .map(|shelf| shelf.into_inner().unwrap_or_else(PoisonError::into_inner));
        let mut all = shelves.next().unwrap_or_default();
        for shelf in shelves {
            let numbers: Vec<u32> = shelf
                .links
                .into_iter()
                .map(|link| all.number(link))
                .collect();
            // Each page's numbers made again (and sorted) in parallel: a
            // twentieth of a second of a big site's build, alone on a core.
            let renumbered: Vec<(String, PageScan)> = shelf
                .by_path
                .into_par_iter()
                .map(|(path, mut page_scan)| {
                    page_scan.links = page_scan
                        .links
                        .iter()
                        .filter_map(|at| numbers.get(at as usize).copied())
                        .collect();
                    (path, page_scan)
                })
                .collect();
            all.by_path.extend(renumbered);
        }
        all
    }
}

#[derive(Default)]
struct Scans {
    by_path: BTreeMap<String, PageScan>,
    /// Each link once: the same menu, breadcrumbs and section listing are on
    /// many pages (a page listing 1,000 others, on each of them).
    links: indexmap::IndexSet<HtmlLink, rustc_hash::FxBuildHasher>,
    /// For each link, the one that came after it last: a listing comes in
    /// the same order on each page of its section, so that most links are
    /// found by one comparison, without hashing.
    after: Vec<u32>,
    /// Lines read already, with what they gave.
    lines: Lines,
    /// A line being read alone, with [`CHUNK_END`] after it.
    buffer: Vec<u8>,
}

impl Scans {
    /// Reads a page a line at a time, each line read before used again
    /// (see [`scan_alone`]): a listing's lines are the same on every page
    /// of its section, and a theme's head and menu on every page.
    fn read(&mut self, path: String, html: &[u8]) {
        let mut page = Read::default();
        let mut numbers = Vec::new();
        let mut rest = html;
        while !rest.is_empty() {
            let line = line_end(rest, 0);
            if let Some(known) = self.lines.get(&rest[..line]) {
                known.add_to(&mut page, &mut numbers);
                rest = &rest[line..];
                continue;
            }
            // A line that does not end where a tag can start is read with
            // the next lines, twice as many each time, up to the page's end.
            let (mut end, mut pieces) = (line, 1);
            let alone = loop {
                if let Some(read) = scan_alone(&rest[..end], &mut self.buffer) {
                    break Some(read);
                }
                if end == rest.len() {
                    break None;
                }
                end = (0..pieces).fold(end, |end, _| line_end(rest, end));
                pieces *= 2;
            };
            let Some(read) = alone else {
                // The rest of the page ends inside something: read as it
                // stands, and not kept (alone, it would end so elsewhere too).
                let read = scan(rest);
                let links = self.numbers(&read);
                Known::of(read, links).add_to(&mut page, &mut numbers);
                break;
            };
            let links = self.numbers(&read);
            let known = Known::of(read, links);
            known.add_to(&mut page, &mut numbers);
            self.lines.keep(&rest[..end], known);
            rest = &rest[end..];
        }
        let page_scan = PageScan {
            ids: page.ids.into(),
            duplicate_ids: page.duplicate_ids,
            links: numbers.into_iter().collect(),
        };
        self.by_path.insert(path, page_scan);
    }

    /// Adds a page read whole.
    fn add(&mut self, path: String, read: Read) {
        let links = self.numbers(&read).into_iter().collect();
        let page_scan = PageScan {
            ids: read.ids.into(),
            duplicate_ids: read.duplicate_ids,
            links,
        };
        self.by_path.insert(path, page_scan);
    }

    /// The numbers of `read`'s links, each new one numbered.
    fn numbers(&mut self, read: &Read) -> Vec<u32> {
        let mut last: Option<u32> = None;
        read.links()
            .map(|link| {
                let guess = last.and_then(|last| self.after.get(last as usize).copied());
                let at = match guess {
                    Some(guess)
                        if self
                            .links
                            .get_index(guess as usize)
                            .is_some_and(|known| link.equivalent(known)) =>
                    {
                        guess
                    }
                    _ => {
                        let at = match self.links.get_index_of(&link) {
                            Some(at) => at,
                            None => {
                                self.after.push(u32::MAX);
                                self.links.insert_full(link.to_owned()).0
                            }
                        };
                        let at = u32::try_from(at).unwrap_or(u32::MAX);
                        if let Some(after) = last.and_then(|last| self.after.get_mut(last as usize))
                        {
                            *after = at;
                        }
                        at
                    }
                };
                last = Some(at);
                at
            })
            .collect()
    }

    /// The number of `link`, which is added if it is new.
    fn number(&mut self, link: HtmlLink) -> u32 {
        let (at, new) = self.links.insert_full(link);
        if new {
            self.after.push(u32::MAX);
        }
        u32::try_from(at).unwrap_or(u32::MAX)
    }
}

impl PageSink for Scanner {
    fn page(&self, path: &str, html: &Arc<Vec<u8>>) {
        let shelf = rayon::current_thread_index()
            .and_then(|at| self.shelves.get(at))
            .or(self.shelves.last());
        if let Some(shelf) = shelf {
            let mut scans = shelf.lock().unwrap_or_else(PoisonError::into_inner);
            scans.read(path.to_string(), html);
        }
    }
}

/// Where the piece of `html` that starts at `from` ends: after its new
/// line; in a long line (a minified page is one), between two tags where
/// the 16 bytes before hash to one value in eight, which cuts it in the
/// same pieces wherever the same tags stand; or at the end.
fn line_end(html: &[u8], from: usize) -> usize {
    use std::hash::BuildHasher;
    let rest = html.get(from..).unwrap_or_default();
    let line = memchr::memchr(b'\n', rest).map_or(html.len(), |at| from + at + 1);
    if line - from <= LONG_LINE {
        return line;
    }
    let mut at = from;
    while let Some(found) = html
        .get(at..line)
        .and_then(|rest| memchr::memchr(b'>', rest))
    {
        let end = at + found + 1;
        if html.get(end) == Some(&b'<')
            && let Some(before) = html.get(end.saturating_sub(16)..end)
            && rustc_hash::FxBuildHasher.hash_one(before) % 8 == 0
        {
            return end;
        }
        at = end;
    }
    line
}

/// A line longer than this is cut between tags (`line_end`).
const LONG_LINE: usize = 256;

/// What a line (or a few) gave: its ids, the ids it has twice, and its
/// links' numbers.
#[derive(Default)]
struct Known {
    ids: Box<[Box<str>]>,
    duplicate_ids: Box<[Box<str>]>,
    links: Box<[u32]>,
}

impl Known {
    fn of(read: Read, links: Vec<u32>) -> Known {
        Known {
            ids: read.ids.into_iter().map(String::into_boxed_str).collect(),
            duplicate_ids: read
                .duplicate_ids
                .into_iter()
                .map(String::into_boxed_str)
                .collect(),
            links: links.into_boxed_slice(),
        }
    }

    /// Adds what the line gave to its page, as if the page were read whole.
    fn add_to(&self, page: &mut Read, numbers: &mut Vec<u32>) {
        for id in &self.ids {
            if !page.ids.insert(id.to_string()) {
                page.duplicate_ids.insert(id.to_string());
            }
        }
        for id in &self.duplicate_ids {
            page.duplicate_ids.insert(id.to_string());
        }
        numbers.extend_from_slice(&self.links);
    }
}

/// Lines read already, a slot for each hash, the last line read in it
/// kept: the memory stays the same however many lines a site has.
#[derive(Default)]
struct Lines {
    slots: Vec<Option<(Box<[u8]>, Known)>>,
}

/// Slots of [`Lines`], on each thread.
const LINE_SLOTS: usize = 1 << 13;
/// The longest line kept: a minified page is one line, seen once.
const LINE_KEPT: usize = 512;

impl Lines {
    fn slot(line: &[u8]) -> usize {
        use std::hash::BuildHasher;
        (rustc_hash::FxBuildHasher.hash_one(line) as usize) % LINE_SLOTS
    }

    fn get(&self, line: &[u8]) -> Option<&Known> {
        if line.len() > LINE_KEPT {
            return None;
        }
        match self.slots.get(Lines::slot(line))? {
            Some((kept, known)) if **kept == *line => Some(known),
            _ => None,
        }
    }

    fn keep(&mut self, line: &[u8], known: Known) {
        if line.len() > LINE_KEPT {
            return;
        }
        if self.slots.is_empty() {
            self.slots.resize_with(LINE_SLOTS, || None);
        }
        if let Some(slot) = self.slots.get_mut(Lines::slot(line)) {
            *slot = Some((line.into(), known));
        }
    }
}

/// Written after a line read alone: read as a start tag only if the line
/// ended where a tag can start (not inside a tag, a comment, a script or a
/// title), which is where the next line starts reading alone too.
const CHUNK_END: &[u8] = b"<stegvis-chunk-end>";

/// The ids and links of `chunk` read alone, if reading it alone gives what
/// reading it in its page does: the page is read from its start, each chunk
/// from where the one before ended, and a chunk ends where html5gum is in
/// its data state (a tag can start), so that it reads the same bytes from
/// the same state either way. `None` where it does not end so.
fn scan_alone(chunk: &[u8], buffer: &mut Vec<u8>) -> Option<Read> {
    let name = &CHUNK_END[1..CHUNK_END.len() - 1];
    if memchr::memmem::find(chunk, name).is_some() {
        return None;
    }
    buffer.clear();
    buffer.extend_from_slice(chunk);
    buffer.extend_from_slice(CHUNK_END);
    let mut page = Read::default();
    let mut tag = Tag::default();
    let mut ended = false;
    let emitter = CallbackEmitter::new(|event: CallbackEvent<'_>, _: Span<()>| {
        if matches!(event, CallbackEvent::CloseStartTag { .. }) && tag.open && tag.name == name {
            ended = true;
        }
        tag.event(event, &mut page);
        None::<std::convert::Infallible>
    });
    for _ in Tokenizer::new_with_emitter(buffer.as_slice(), Quiet(emitter)) {}
    ended.then_some(page)
}

/// Checks every HTML file of the site: the pages `scanner` read while they
/// were rendered, and the other HTML files of `output`. Returns the http(s)
/// links that raw HTML or templates wrote, placed like a broken internal
/// link would be, for `check --external` (Markdown's it finds itself).
pub fn check(
    output: &Output,
    scanner: Scanner,
    site: &Site,
    config: &SiteConfig,
    templates: &[TemplateFile],
    findings: &mut Findings,
) -> BTreeMap<String, Use> {
    let mut scans = scanner.into_scans();
    let rest: Vec<(String, Read)> = output
        .files
        .par_iter()
        .filter(|(path, _)| path.ends_with(".html") && !scans.by_path.contains_key(path.as_str()))
        .filter_map(|(path, file)| {
            let bytes = file.generated()?;
            Some((path.clone(), scan(bytes)))
        })
        .collect();
    for (path, read) in rest {
        scans.add(path, read);
    }
    let Scans { by_path, links, .. } = scans;

    // A link from the site's root (`/om/`, `/om/#mal`) reaches the same on
    // every page: checked once, not on each page of a section's listing.
    // Pages are checked in parallel; which page marks a link fine first
    // does not change what any page finds.
    let fine: Vec<AtomicBool> = links.iter().map(|_| AtomicBool::new(false)).collect();
    let checking = Checking {
        links: &links,
        fine: &fine,
        own_origin: crate::config::origin_of(&config.base_url),
        by_path: &by_path,
        output,
        site,
        config,
        templates,
    };
    let pages: Vec<(&String, &PageScan)> = by_path.iter().collect();
    let found: Vec<PageFound> = pages
        .par_iter()
        .with_max_len(crate::PAGES_PER_JOB)
        .map(|(path, page_scan)| checking.page(path, page_scan))
        .collect();
    // Put together in the pages' order, as one page after another found them.
    let mut counter = FindingCounter::default();
    let mut external: BTreeMap<String, Use> = BTreeMap::new();
    for ((path, _), page_found) in pages.iter().zip(found) {
        for finding in page_found.findings {
            counter.add(finding);
        }
        for (url, at) in page_found.external {
            external
                .entry(url)
                .and_modify(|known| known.n_uses += 1)
                .or_insert_with(|| Use {
                    location: checking.html(path).place(&needles(&links[at as usize])),
                    n_uses: 1,
                    in_document: None,
                });
        }
    }
    findings.extend(counter.into_findings());
    external
}

/// What every page's links are checked against.
struct Checking<'c> {
    links: &'c indexmap::IndexSet<HtmlLink, rustc_hash::FxBuildHasher>,
    /// Links from the root found fine already.
    fine: &'c [AtomicBool],
    own_origin: Option<String>,
    by_path: &'c BTreeMap<String, PageScan>,
    output: &'c Output,
    site: &'c Site,
    config: &'c SiteConfig,
    templates: &'c [TemplateFile],
}

/// What one page's links gave: its findings, and its http(s) links (each
/// with its number) in order.
struct PageFound {
    findings: Vec<Finding>,
    external: Vec<(String, u32)>,
}

impl Checking<'_> {
    fn html<'h>(&'h self, path: &'h str) -> HtmlPage<'h> {
        HtmlPage {
            path,
            page: self
                .output
                .pages
                .get(path)
                .map(|&idx| &self.site.pages[idx]),
            output: self.output,
            templates: self.templates,
        }
    }

    /// The ids used twice on the page at `path`, and each of its links.
    fn page(&self, path: &str, page_scan: &PageScan) -> PageFound {
        let html = self.html(path);
        let mut found = PageFound {
            findings: Vec::new(),
            external: Vec::new(),
        };
        for id in &page_scan.duplicate_ids {
            found.findings.extend(html.duplicate_id(id));
        }
        let config = self.config;
        let from_markdown = std::cell::OnceCell::new();
        for at in page_scan.links.iter() {
            // Only a link from the root is marked fine; asked before the link is read.
            let fine = self.fine.get(at as usize);
            if fine.is_some_and(|fine| fine.load(Ordering::Relaxed)) {
                continue;
            }
            let Some(link) = self.links.get_index(at as usize) else {
                continue;
            };
            let from_root = link.value.starts_with('/') && !link.value.starts_with("//");
            let from_markdown = from_markdown.get_or_init(|| html.markdown_links());
            if from_markdown.contains(&percent_decode_str(&link.value).decode_utf8_lossy()) {
                continue;
            }
            if let Some(finding) = third_party(link, self.own_origin.as_deref(), config) {
                let place = html.place(&needles(link));
                found.findings.push(
                    place
                        .warning(FindingKind::Privacy, finding)
                        .target(link.value.clone()),
                );
            }
            // The site's own address (canonical links, feeds, a pasted
            // address) is checked against the site being built, not fetched:
            // it may not be published yet, or still be the old site.
            let own = config.own_url(&link.value);
            if let Some(url) = crate::url::web_address(&link.value).filter(|_| own.is_none()) {
                found.external.push((url.to_string(), at));
                continue;
            }
            let value = own.as_deref().unwrap_or(&link.value);
            let problem = problem(value, path, self.output, self.by_path, config);
            if from_root
                && problem.is_none()
                && let Some(fine) = fine
            {
                fine.store(true, Ordering::Relaxed);
            }
            if let Some(problem) = problem {
                let message = crate::msg!(
                    "html-link",
                    element = link.element,
                    attribute = link.attribute,
                    value = link.value
                )
                .arg_msg("problem", problem.msg());
                let finding = html.place(&needles(link)).error(problem.kind(), message);
                found.findings.push(finding.target(link.value.clone()));
            }
        }
        found
    }
}

/// What a template loads from an origin other than `own` and `[privacy]
/// allow`'s (a web font, an analytics script): the message of its privacy
/// warning. A page's own loads are lint's (`lint/privacy.rs`).
fn third_party(
    link: &HtmlLink,
    own: Option<&str>,
    config: &SiteConfig,
) -> Option<crate::findings::Msg> {
    if !link.loads {
        return None;
    }
    crate::lint::privacy::third_party(&link.value, own, &config.privacy)
}

/// One HTML file of the output, and the page of the site it is, if any.
struct HtmlPage<'h> {
    path: &'h str,
    page: Option<&'h Page>,
    output: &'h Output,
    templates: &'h [TemplateFile],
}

impl HtmlPage<'_> {
    /// The links the page's Markdown and its raw HTML wrote (resolve checked
    /// both), as written and as resolved, percent-decoded: the Markdown writer percent-encodes what the editor
    /// wrote (`"`, `\`, spaces, å ä ö).
    fn markdown_links(&self) -> BTreeSet<Cow<'_, str>> {
        let Some(page) = self.page else {
            return BTreeSet::new();
        };
        let markdown = page.document.links.iter().zip(&page.links.hrefs);
        let raw = page.document.raw_links.iter().zip(&page.links.raw_hrefs);
        markdown
            .chain(raw)
            .map(|(link, href)| {
                percent_decode_str(href.as_deref().unwrap_or(link.target.trim()))
                    .decode_utf8_lossy()
            })
            .collect()
    }

    /// Where raw HTML in the page's own Markdown wrote something: at the
    /// first needle found in the body (the attribute before its bare value,
    /// so that the tag is found, not the same text in a sentence); otherwise
    /// a template wrote it.
    fn place(&self, needles: &[String]) -> Location {
        let bare = needles.last().map_or("", String::as_str);
        if let Some(page) = self.page
            && let body = page.document.body()
            && let Some(offset) = needles.iter().find_map(|needle| {
                let at = body.find(needle.as_str())?;
                // At the value itself, inside its attribute.
                Some(at + needle.find(bare).unwrap_or(0))
            })
        {
            let document = &page.document;
            let offset = document.body_start + offset;
            // The body's own text: a text let go is read from disk once.
            return Location::at(&document.path, &document.line_index, body.whole(), offset);
        }
        let template_name = self
            .output
            .templates
            .get(self.path)
            .map_or("base.html", String::as_str);
        in_template(self.templates, template_name, bare)
    }

    /// An id used twice on the page, unless parse reported it already.
    fn duplicate_id(&self, id: &str) -> Option<Finding> {
        let message = crate::msg!("html-id-twice", id = id);
        let heading = self.page.and_then(|page| {
            page.document
                .headings
                .iter()
                .find(|heading| heading.id == id)
        });
        match (self.page, heading) {
            // Twice in the page's own ids: parse reported the {#id}.
            (Some(page), Some(heading))
                if heading.explicit_id.is_some()
                    && page.document.ids.iter().filter(|own| *own == id).count() > 1 =>
            {
                None
            }
            // A heading's id that the theme uses too (`{#main}`).
            (Some(page), Some(heading)) => Some(
                page.document.finding_at(
                    Finding::error(FindingKind::Fragment, &page.document.path, message)
                        .help(crate::msg!("help-id-of-the-theme")),
                    heading.offset,
                ),
            ),
            // The double-quoted form last: templates are searched for it.
            _ => Some(
                self.place(&[format!("id='{id}'"), format!("id=\"{id}\"")])
                    .error(FindingKind::Fragment, message),
            ),
        }
    }
}

/// What is wrong with a URL of the rendered HTML.
#[derive(Debug, Clone, PartialEq, Eq)]
enum LinkProblem {
    Empty,
    /// Outside the site's base path (which it names).
    OutsideBasePath(String),
    NoSuchFile,
    /// The page has no such id: (id, page).
    NoId(String, String),
}

impl LinkProblem {
    fn kind(&self) -> FindingKind {
        match self {
            LinkProblem::NoId(..) => FindingKind::Fragment,
            _ => FindingKind::Link,
        }
    }
}

impl LinkProblem {
    fn msg(&self) -> crate::findings::Msg {
        match self {
            LinkProblem::Empty => crate::msg!("html-link-empty"),
            LinkProblem::OutsideBasePath(base_path) => {
                crate::msg!("html-link-outside-base", base = base_path)
            }
            LinkProblem::NoSuchFile => crate::msg!("html-link-no-file"),
            LinkProblem::NoId(id, page) => crate::msg!("html-link-no-id", id = id, page = page),
        }
    }
}

/// Where a link of raw HTML may be written in the Markdown: its attribute
/// with the value in either quotes, or unquoted, and last the bare value.
fn needles(link: &HtmlLink) -> [String; 4] {
    let (attribute, value) = (link.attribute, &link.value);
    [
        format!("{attribute}=\"{value}\""),
        format!("{attribute}='{value}'"),
        format!("{attribute}={value}"),
        value.clone(),
    ]
}

/// What is wrong with one URL on the page at `page_path`, if anything.
fn problem(
    value: &str,
    page_path: &str,
    output: &Output,
    scans: &BTreeMap<String, PageScan>,
    config: &SiteConfig,
) -> Option<LinkProblem> {
    let value = value.trim();
    if value.is_empty() {
        return Some(LinkProblem::Empty);
    }
    let lower = value.to_ascii_lowercase();
    if value.starts_with("//")
        || [
            "http:",
            "https:",
            "mailto:",
            "tel:",
            "data:",
            "javascript:",
            "sms:",
            "webcal:",
        ]
        .iter()
        .any(|scheme| lower.starts_with(scheme))
    {
        return None;
    }
    let (before_fragment, fragment) = match value.split_once('#') {
        Some((path, fragment)) => (path, Some(fragment)),
        None => (value, None),
    };
    let path = before_fragment.split('?').next().unwrap_or(before_fragment);
    let target = if path.is_empty() {
        page_path.to_string()
    } else {
        let absolute = if path.starts_with('/') {
            path.to_string()
        } else {
            let folder = page_path.rsplit_once('/').map_or("", |(folder, _)| folder);
            format!("{}{folder}/{path}", config.base_path)
        };
        let decoded = percent_decode_str(&absolute)
            .decode_utf8_lossy()
            .into_owned();
        let Some(below_base) = decoded.strip_prefix(config.base_path.as_str()) else {
            return Some(LinkProblem::OutsideBasePath(config.base_path.clone()));
        };
        let normalised = normalise(below_base)?;
        let candidates = [
            normalised.clone(),
            format!("{}index.html", normalised),
            format!("{}/index.html", normalised.trim_end_matches('/')),
        ];
        let found = candidates.into_iter().find(|candidate| {
            !candidate.is_empty() && output.contains(candidate.trim_start_matches('/'))
        });
        match found {
            Some(found) => found.trim_start_matches('/').to_string(),
            None => return Some(LinkProblem::NoSuchFile),
        }
    };
    if let Some(fragment) = fragment {
        let decoded = percent_decode_str(fragment).decode_utf8_lossy();
        if let Some(scan) = scans.get(target.as_str())
            && !decoded.is_empty()
            && !scan.ids.contains(decoded.as_ref())
        {
            return Some(LinkProblem::NoId(decoded.into_owned(), target));
        }
    }
    None
}

/// `a/./b/../c` → `a/c`; `None` when it climbs above the site root.
fn normalise(path: &str) -> Option<String> {
    let mut parts: Vec<&str> = Vec::new();
    for segment in path.split('/') {
        match segment {
            "." => {}
            ".." => {
                parts.pop()?;
            }
            segment => parts.push(segment),
        }
    }
    Some(parts.join("/"))
}

/// Places a finding in the template (or a template it extends) that holds `needle`'s
/// most telling part; without a match, at the page's template with no line.
fn in_template(templates: &[TemplateFile], template_name: &str, needle: &str) -> Location {
    let by_name: BTreeMap<&str, &TemplateFile> = templates
        .iter()
        .map(|file| (file.name.as_str(), file))
        .collect();
    let mut chain = Vec::new();
    let mut current = by_name.get(template_name).copied();
    while let Some(file) = current {
        if chain
            .iter()
            .any(|seen: &&TemplateFile| seen.name == file.name)
        {
            break;
        }
        chain.push(file);
        current = parent_of(&file.text).and_then(|parent| by_name.get(parent.as_str()).copied());
    }
    // The last path segment is what a template most often writes literally.
    let telling = needle
        .trim_end_matches('/')
        .rsplit(['/', '#'])
        .find(|part| !part.is_empty())
        .unwrap_or(needle);
    for file in &chain {
        if let Some(offset) = file.text.find(telling) {
            let index = LineIndex::new(&file.text);
            return Location::at(&file.origin, &index, &file.text, offset);
        }
    }
    let origin = chain.first().map_or_else(
        || PathBuf::from("templates").join(template_name),
        |file| file.origin.clone(),
    );
    Location::file(origin)
}

/// The template named in `{% extends "…" %}`.
fn parent_of(text: &str) -> Option<String> {
    let start = text.find("{% extends")?;
    let rest = &text[start..];
    let quote_start = rest.find(['"', '\''])? + 1;
    let quote = rest.as_bytes()[quote_start - 1] as char;
    let quote_end = rest[quote_start..].find(quote)? + quote_start;
    Some(rest[quote_start..quote_end].to_string())
}

/// The attributes a scan keeps, in the order of [`Tag::values`].
const KEPT: [&str; 9] = [
    "id",
    "rel",
    "href",
    "src",
    "poster",
    "data",
    "srcset",
    "http-equiv",
    "content",
];

/// html5gum's callback emitter without what a scan does not read: no parse
/// errors (their check of every byte was a tenth of a build's time), no
/// text, no comments, no positions.
struct Quiet<E>(E);

impl<E: Emitter> ForwardingEmitter for Quiet<E> {
    type Token = E::Token;

    fn inner(&mut self) -> &mut impl Emitter<Token = Self::Token> {
        &mut self.0
    }

    #[inline]
    fn should_emit_errors(&mut self) -> bool {
        false
    }

    #[inline]
    fn emit_string(&mut self, _: &[u8]) {}

    #[inline]
    fn push_comment(&mut self, _: &[u8]) {}

    #[inline]
    fn move_position(&mut self, _: isize) {}
}

/// The start tag being read: its name and the [`KEPT`] attributes it has
/// (the first of a repeated one, as a browser takes it). Its buffers are
/// kept from tag to tag.
#[derive(Default)]
struct Tag {
    open: bool,
    name: Vec<u8>,
    values: [Vec<u8>; KEPT.len()],
    /// Which of `values` this tag has, a bit each.
    has: u16,
    current: Option<usize>,
}

impl Tag {
    fn event(&mut self, event: CallbackEvent<'_>, page: &mut Read) {
        match event {
            CallbackEvent::OpenStartTag { name } => {
                self.open = true;
                self.name.clear();
                self.name.extend_from_slice(name);
            }
            CallbackEvent::AttributeName { name } => {
                self.current = KEPT
                    .iter()
                    .position(|kept| kept.as_bytes() == name)
                    .filter(|&at| self.has & (1 << at) == 0);
                if let Some(at) = self.current {
                    self.has |= 1 << at;
                    self.values[at].clear();
                }
            }
            CallbackEvent::AttributeValue { value } => {
                if let Some(at) = self.current {
                    self.values[at].extend_from_slice(value);
                }
            }
            CallbackEvent::CloseStartTag { .. } => {
                if self.open {
                    self.close(page);
                }
                self.clear();
            }
            CallbackEvent::EndTag { .. } => self.clear(),
            _ => {}
        }
    }

    fn clear(&mut self) {
        self.open = false;
        self.current = None;
        self.has = 0;
    }

    fn value(&self, name: &str) -> Option<Cow<'_, str>> {
        let at = KEPT.iter().position(|kept| *kept == name)?;
        (self.has & (1 << at) != 0).then(|| String::from_utf8_lossy(&self.values[at]))
    }

    /// What a start tag adds to its page: its id, and its URLs.
    fn close(&self, page: &mut Read) {
        if let Some(id) = self.value("id")
            && !page.ids.insert(id.to_string())
        {
            page.duplicate_ids.insert(id.into_owned());
        }
        if self.has & !0b11 == 0 {
            return; // neither a URL nor what makes one
        }
        let element: Cow<'static, str> = URL_ELEMENTS
            .iter()
            .find(|known| known.as_bytes().eq_ignore_ascii_case(&self.name))
            .map_or_else(
                || Cow::Owned(String::from_utf8_lossy(&self.name).to_ascii_lowercase()),
                |known| Cow::Borrowed(*known),
            );
        // A `<link>` that brings a resource; `<meta http-equiv=refresh>`
        // is a navigation, as a link is.
        let resource = self.value("rel").is_some_and(|rel| {
            rel.split_ascii_whitespace().any(|rel| {
                [
                    "stylesheet",
                    "icon",
                    "preload",
                    "prefetch",
                    "modulepreload",
                    "manifest",
                    "preconnect",
                    "dns-prefetch",
                    "apple-touch-icon",
                ]
                .iter()
                .any(|kind| rel.eq_ignore_ascii_case(kind))
            })
        });
        let mut push = |attribute: &'static str, value: &str| {
            let loads = matches!(attribute, "src" | "srcset" | "poster" | "data")
                || (attribute == "href" && element == "link" && resource);
            let start = page.text.len();
            page.text.push_str(value);
            page.links
                .push((element.clone(), attribute, start..page.text.len(), loads));
        };
        for name in ["href", "src", "poster", "data"] {
            if let Some(value) = self.value(name) {
                push(name, &value);
            }
        }
        if let Some(srcset) = self.value("srcset") {
            for candidate in srcset.split(',') {
                if let Some(url) = candidate.split_whitespace().next() {
                    push("srcset", url);
                }
            }
        }
        if element == "meta"
            && self
                .value("http-equiv")
                .is_some_and(|value| value.eq_ignore_ascii_case("refresh"))
            && let Some(content) = self.value("content")
            && let Some((_, url)) = content
                .split_once("url=")
                .or_else(|| content.split_once("URL="))
        {
            push("content", url.trim_matches(['\'', '"', ' ']));
        }
    }
}

/// The ids and URL-valued attributes of one page.
fn scan(html: &[u8]) -> Read {
    let mut page = Read::default();
    let mut tag = Tag::default();
    let emitter = CallbackEmitter::new(|event: CallbackEvent<'_>, _: Span<()>| {
        tag.event(event, &mut page);
        None::<std::convert::Infallible>
    });
    for _ in Tokenizer::new_with_emitter(html, Quiet(emitter)) {}
    page
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scan_finds_every_url_attribute_and_duplicate_ids() {
        let page = scan(
            b"<a href=\"/a/\">a</a><img src=\"b.png\" srcset=\"c.png 1x, d.png 2x\"><video poster=\"e.jpg\"></video>\
             <meta http-equiv=\"refresh\" content=\"0; url=/f/\"><p id=\"x\"></p><p id=\"x\"></p>",
        );
        let values: Vec<&str> = page.links().map(|link| link.value).collect();
        assert_eq!(values, ["/a/", "b.png", "c.png", "d.png", "e.jpg", "/f/"]);
        assert!(page.duplicate_ids.contains("x"));
    }

    #[test]
    fn a_link_on_many_pages_is_held_once() {
        let scanner = Scanner::default();
        let menu = "<nav><a href=\"/om/\">Om</a></nav>";
        scanner.page(
            "a/index.html",
            &Arc::new(format!("{menu}<a href=\"/a/\">").into_bytes()),
        );
        scanner.page(
            "b/index.html",
            &Arc::new(format!("{menu}<a href=\"/b/\">").into_bytes()),
        );
        let scans = scanner.into_scans();
        let [a, b] = ["a/index.html", "b/index.html"]
            .map(|path| scans.by_path[path].links.iter().collect::<Vec<u32>>());
        assert_eq!(a[0], b[0], "the menu's link, once");
        let value = |at: u32| scans.links[at as usize].value.as_str();
        assert_eq!((value(a[1]), value(b[1])), ("/a/", "/b/"));
        assert_eq!(scans.links.len(), 3);
    }

    /// What a scanner made of one page: its link values (sorted), ids and
    /// ids twice.
    fn as_scanned(scans: &Scans, path: &str) -> (Vec<String>, Vec<String>, Vec<String>) {
        let page = &scans.by_path[path];
        let mut values: Vec<String> = page
            .links
            .iter()
            .map(|at| format!("{:?}", scans.links[at as usize]))
            .collect();
        values.sort();
        let ids = page.ids.iter().map(str::to_string).collect();
        let twice = page.duplicate_ids.iter().cloned().collect();
        (values, ids, twice)
    }

    /// A page read a line at a time (each line used again once read) gives
    /// what the page read whole does.
    fn reads_as_whole(pages: &[String]) {
        let mut by_line = Scans::default();
        let mut whole = Scans::default();
        for (at, page) in pages.iter().enumerate() {
            let path = format!("{at}/index.html");
            by_line.read(path.clone(), page.as_bytes());
            whole.add(path, scan(page.as_bytes()));
        }
        for (at, page) in pages.iter().enumerate() {
            let path = format!("{at}/index.html");
            assert_eq!(
                as_scanned(&by_line, &path),
                as_scanned(&whole, &path),
                "page {at}: {page:?}"
            );
        }
    }

    #[test]
    fn lines_read_alone_give_what_the_page_gives_where_a_line_ends_inside_something() {
        let link = "<li><a href=\"/a/\" id=\"a\">A</a></li>\n";
        let pages = [
            // The same line in a comment, a script, a title, a textarea, an
            // attribute and a tag that go on over the next lines.
            format!("{link}<!--\n{link}-->\n{link}"),
            format!("{link}<script>\nlet s = '\n{link}';\n</script>\n{link}"),
            format!("<title>\n{link}</title>{link}"),
            format!("<textarea>\n{link}</textarea>\n{link}"),
            format!("<a title=\"\n{link}\" href=\"/b/\">\n{link}"),
            format!("<a\nhref=\"/c/\"\nid=\"c\">C</a>\n{link}{link}"),
            format!("<p>a </\n{link}>{link}"),
            format!("<!DOCTYPE html\n>{link}<style>\na > b {{}}\n</style>{link}"),
            format!("{link}<plaintext>\n{link}"),
            format!("<p>&amp\n{link}&lt;{link}</"),
            // Carriage returns, and a line naming the end written after lines.
            format!(
                "{}<p>stegvis-chunk-end</p>\n{link}",
                link.replace('\n', "\r\n")
            ),
            format!("<b id=\"a\">\n{link}"),
            String::new(),
            link.trim_end().to_string(),
        ];
        reads_as_whole(&pages);
    }

    #[test]
    fn lines_read_alone_give_what_the_page_gives_whatever_the_lines_are() {
        // Pages made of pieces in many orders, lines kept and used again
        // across pages as a site's are.
        let pieces = [
            "<li><a href=\"/a/\">A</a></li>\n",
            "<img src=\"b.png\" srcset=\"c.png 1x,\n d.png 2x\">\n",
            "<!-- <a href=\"/x/\"> -->\n",
            "<!--\n",
            "-->\n",
            "<script>\n",
            "</script>\n",
            "<a href='/q/?a=1&amp;b=2' id=q>\n",
            "<p id=\"p\">text</p>\n",
            "<a href=\"/r/\"\n",
            "title=\"x\">\n",
            "<style>a{}</style>\n",
            "\"\n",
            "</\n",
            "<\n",
            "<meta http-equiv=\"refresh\" content=\"0; url=/f/\">\n",
            "<textarea><a href=\"/t/\"></textarea>\n",
            "plain text &\n",
            "<title>x</title>\n",
            "<title>\n",
            "</title>\n",
            "<xmp><a href=\"/x/\"></xmp>\n",
            "<noscript>\n",
            "</noscript>\n",
            "<![CDATA[ <a href=\"/c/\"> ]]>\n",
            "<?xml version=\"1.0\"?>\n",
            "--!>\n",
            "<a href=\"/s/\" id=\"p\"/>\n",
            "</script >\n",
            "<div id=\"p\"><span id=\"p\"></span></div>\n",
        ];
        let mut state = 0x2545_f491_u64;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        let pages: Vec<String> = (0..3000)
            .map(|_| {
                let n = next() % 16;
                (0..n)
                    .map(|_| pieces[(next() % pieces.len() as u64) as usize])
                    .collect()
            })
            .collect();
        reads_as_whole(&pages);
        // Minified: one line, cut between tags.
        let minified: Vec<String> = pages.iter().map(|page| page.replace('\n', "")).collect();
        reads_as_whole(&minified);
    }

    #[test]
    fn numbers_are_given_back_sorted_each_in_the_bytes_it_needs() {
        let numbers = [7, 8, 200, 3, 12, 12, u32::MAX, 0];
        let kept: Numbers = numbers.into_iter().collect();
        let mut sorted = numbers.to_vec();
        sorted.sort_unstable();
        assert_eq!(kept.iter().collect::<Vec<u32>>(), sorted);
        // 0, 3, 7, 8, 12, 12: a byte each; 200 - 12: two; u32::MAX - 200: five.
        assert_eq!(kept.0.len(), 6 + 2 + 5);
    }

    #[test]
    fn parent_templates_are_found() {
        assert_eq!(
            parent_of("{% extends \"base.html\" %}\n").as_deref(),
            Some("base.html")
        );
        assert_eq!(parent_of("no parent"), None);
    }

    #[test]
    fn paths_are_normalised_inside_the_site() {
        assert_eq!(normalise("a/./b/../c").as_deref(), Some("a/c"));
        assert_eq!(normalise("../x"), None);
    }
}
