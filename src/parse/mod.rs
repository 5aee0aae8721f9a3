//! Source files → `Document`s: front matter read and typed, Markdown scanned
//! for links, headings and ids. No URLs and no HTML here: those come later.

pub(crate) mod almost;
pub(crate) mod callouts;
pub(crate) mod front_matter;
pub(crate) mod headings;
pub(crate) mod html;
pub(crate) mod markdown;
pub(crate) mod text;

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::SystemTime;

use rayon::prelude::*;

use crate::findings::{Finding, Findings, LineIndex};
use crate::load::{Contents, SourceFile, Stamp};

pub(crate) use front_matter::{FieldReader, FrontMatter};
pub(crate) use markdown::{DataBlock, DataBlockKind, Heading, Link};

/// One Markdown source, read.
#[derive(Debug)]
pub struct Document {
    /// Relative to the site root, as on disk.
    pub path: PathBuf,
    /// Relative to content/, NFC, `/`-separated.
    pub content_path: String,
    /// The whole file, BOM removed and CRLF turned into LF (lines and
    /// columns are unchanged): `text()`.
    text: text::Text,
    pub line_index: LineIndex,
    pub front_matter: FrontMatter,
    /// Where the front matter's YAML lies in `text` (empty without front matter).
    pub yaml: std::ops::Range<usize>,
    /// Where the Markdown body starts in `text`.
    pub body_start: usize,
    pub links: Vec<Link>,
    /// The URLs of its raw HTML's attributes (`<img src="bild.png">`), each
    /// a link to resolve like a Markdown one, at its URL (`parse::html`).
    pub raw_links: Vec<Link>,
    /// The `chart` and `table` blocks of the body.
    pub blocks: Vec<DataBlock>,
    pub headings: Vec<Heading>,
    /// Every id the page's body will carry: headings and raw HTML.
    pub ids: Vec<String>,
    /// The ids GitHub's and GitLab's previews give its headings, each with
    /// the heading's id here (`headings::preview_ids`).
    pub preview_ids: Vec<(String, String)>,
    /// Byte offsets of raw HTML `<img>` tags without `alt`.
    pub images_without_alt: Vec<usize>,
    /// The body's elements nest deeper than `markdown::MAX_NESTING`: the
    /// page is written as it is, not minified.
    pub too_deep: bool,
}

/// The file that makes its folder a section.
pub(crate) const SECTION_FILE: &str = "_index.md";
/// The file that makes its folder a page bundle: the page with its files beside it.
pub(crate) const BUNDLE_FILE: &str = "index.md";

/// What a Markdown file is by its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Role {
    /// `_index.md`: its folder is a section, with pages below it.
    Section,
    /// `index.md`: its folder is one page, with its files beside it.
    Bundle,
    /// Any other `.md` file.
    Page,
}

impl Role {
    /// The role of the file at a content path.
    pub(crate) fn of(content_path: &str) -> Role {
        match content_path.rsplit('/').next() {
            Some(SECTION_FILE) => Role::Section,
            Some(BUNDLE_FILE) => Role::Bundle,
            _ => Role::Page,
        }
    }

    /// A section or a bundle stands for its folder.
    pub(crate) fn is_folder(self) -> bool {
        self != Role::Page
    }
}

impl Document {
    /// Without the spare room its lists grew with: every document is held
    /// for the whole build (at 100,000 pages a tenth of the memory was room
    /// to grow).
    fn shrink_to_fit(&mut self) {
        self.links.shrink_to_fit();
        self.raw_links.shrink_to_fit();
        self.blocks.shrink_to_fit();
        self.headings.shrink_to_fit();
        self.ids.shrink_to_fit();
        self.preview_ids.shrink_to_fit();
        self.images_without_alt.shrink_to_fit();
        self.line_index.shrink_to_fit();
    }

    pub(crate) fn role(&self) -> Role {
        Role::of(&self.content_path)
    }

    /// The whole file's text (see `text::Text`: after `let_go`, read again).
    pub(crate) fn text(&self) -> Arc<str> {
        self.text.get()
    }

    /// The text up to the body at least: what the front matter is read from.
    pub(crate) fn head(&self) -> Arc<str> {
        self.text.head()
    }

    pub(crate) fn body(&self) -> text::Part {
        text::Part::new(self.text(), self.body_start)
    }

    /// Lets the text go, where `root` is the site's folder: `stegvis build`,
    /// once the page is rendered (`text::Text`).
    pub(crate) fn let_go(&self, root: &std::path::Path) {
        self.text.let_go(root.join(&self.path), self.body_start);
    }

    /// Reads more of the front matter: each kind's own fields.
    pub(crate) fn field_reader(&self) -> FieldReader<'_> {
        FieldReader {
            yaml: self.yaml.clone(),
            path: &self.path,
            text: front_matter::Source::Held(self.text.head()),
            index: &self.line_index,
            keys: &self.front_matter.keys,
        }
    }

    /// A finding placed at a byte offset of this document.
    pub(crate) fn finding_at(&self, finding: Finding, offset: usize) -> Finding {
        finding.at(&self.line_index, &self.text(), offset)
    }
}

/// Above this many bytes of Markdown (a site of some 15,000 pages), `documents`
/// packs each text once it is parsed (`text::Text::pack`): below it, the
/// texts are not what a build's memory is spent on, and unpacking them again
/// would only cost time.
pub const PACK_TEXTS_ABOVE: usize = 64 << 20;

/// Parses every source in parallel; findings come back in source order. The
/// sources' texts move into the documents (the site's text is held once),
/// packed if they are more than `pack_above` bytes in all.
pub fn documents(
    sources: Vec<SourceFile>,
    pack_above: usize,
    findings: &mut Findings,
) -> Vec<Arc<Document>> {
    let bytes: usize = sources.iter().map(|source| source.text.bytes()).sum();
    let pack = bytes > pack_above;
    // Each document is put in its `Arc` on the thread that parsed it: the
    // structs are big, and moving 10,000 of them on one thread took 10 ms.
    let parsed: Vec<(Arc<Document>, Vec<Finding>)> = sources
        .into_par_iter()
        .with_max_len(crate::PAGES_PER_JOB)
        .map(|source| {
            let (document, findings) = document(source);
            if pack {
                document.text.pack(document.body_start);
            }
            (Arc::new(document), findings)
        })
        .collect();
    let mut documents = Vec::with_capacity(parsed.len());
    for (document, document_findings) in parsed {
        findings.extend(document_findings);
        documents.push(document);
    }
    documents
}

/// Documents parsed by earlier builds, by content path, with the stamp of the
/// file they were parsed from and their findings. `serve` keeps one, so that
/// a save re-reads and re-parses only the files that changed.
#[derive(Debug, Default)]
pub struct ParseCache {
    documents: HashMap<String, Parsed>,
    /// Of the last build: how many documents were taken from here, how many parsed.
    reused: usize,
    parsed: usize,
}

#[derive(Debug)]
struct Parsed {
    stamp: Stamp,
    /// When the file was read (at the latest): its stamp is trusted only if
    /// the file had settled by then.
    read_at: SystemTime,
    document: Arc<Document>,
    findings: Vec<Finding>,
}

impl ParseCache {
    /// Whether the file at `content_path` with `stamp` is parsed here already
    /// (`load` need not read it).
    pub(crate) fn knows(&self, content_path: &str, stamp: Stamp) -> bool {
        self.documents
            .get(content_path)
            .is_some_and(|parsed| parsed.stamp == stamp && stamp.settled_before(parsed.read_at))
    }

    /// How many documents the last build took from the cache, and how many it parsed.
    pub fn last_build(&self) -> (usize, usize) {
        (self.reused, self.parsed)
    }
}

/// `documents`, taking unchanged files from `cache` and keeping this build's
/// documents in it for the next. `read_at`: a time no later than the reading
/// of `sources` began.
pub(crate) fn documents_cached(
    sources: Vec<SourceFile>,
    read_at: SystemTime,
    cache: &mut ParseCache,
    findings: &mut Findings,
) -> Vec<Arc<Document>> {
    let mut previous = std::mem::take(&mut cache.documents);
    let mut reused = Vec::new();
    let mut fresh = Vec::new();
    for source in sources {
        match previous.remove_entry(&source.content_path) {
            // `load` left the text out because `knows` said so.
            Some((path, parsed))
                if parsed.stamp == source.stamp && source.text == Contents::Unchanged =>
            {
                reused.push((path, parsed));
            }
            _ => fresh.push(source),
        }
    }
    let parsed: Vec<Parsed> = fresh
        .into_par_iter()
        .with_max_len(crate::PAGES_PER_JOB)
        .map(|source| {
            let stamp = source.stamp;
            let (document, findings) = document(source);
            Parsed {
                stamp,
                read_at,
                document: Arc::new(document),
                findings,
            }
        })
        .collect();
    let mut documents: Vec<(Arc<Document>, Vec<Finding>)> = reused
        .iter()
        .map(|(_, parsed)| (Arc::clone(&parsed.document), parsed.findings.clone()))
        .collect();
    cache.reused = reused.len();
    cache.parsed = parsed.len();
    cache.documents = reused.into_iter().collect();
    for parsed in parsed {
        documents.push((Arc::clone(&parsed.document), parsed.findings.clone()));
        cache
            .documents
            .insert(parsed.document.content_path.clone(), parsed);
    }
    documents.sort_by(|(a, _), (b, _)| a.content_path.cmp(&b.content_path));
    let mut ordered = Vec::with_capacity(documents.len());
    for (document, document_findings) in documents {
        findings.extend(document_findings);
        ordered.push(document);
    }
    ordered
}

/// Parses one source. Always returns a document, so that links to a page with
/// a broken front matter still resolve and one defect gives one finding.
pub fn document(source: SourceFile) -> (Document, Vec<Finding>) {
    let mut text = match source.text {
        Contents::Read(text) => normalize_text(text),
        // Unchanged, but no longer in the cache: parsed as it was read, empty.
        Contents::Unchanged => String::new(),
    };
    let line_index = LineIndex::new(&text);
    let mut findings = Vec::new();
    let split = front_matter::split(&text, &source.path, &line_index);
    let fallback_title = fallback_title(&source.content_path);
    let mut yaml = 0..0;
    let (front_matter, body_start) = match split {
        Ok(split) => {
            yaml = split.yaml.clone();
            let front_matter = front_matter::read(
                split.yaml.clone(),
                &source.path,
                &text,
                &line_index,
                &fallback_title,
                &mut findings,
            );
            (front_matter, split.body_start)
        }
        Err(finding) => {
            findings.push(*finding);
            (FrontMatter::untitled(fallback_title), 0)
        }
    };
    callouts::unescape(&mut text, body_start);
    let mut scan = markdown::scan(&text[body_start..], body_start);
    let ids = headings::assign_ids(&mut scan.headings, &scan.raw_ids);
    let preview_ids = headings::preview_ids(&scan.headings);
    findings.extend(headings::duplicate_explicit_ids(
        &scan.headings,
        &scan.raw_ids,
        |id, offset| {
            Finding::error(
                crate::findings::FindingKind::Fragment,
                &source.path,
                crate::msg!("heading-id-twice", id = id),
            )
            .at(&line_index, &text, offset)
        },
    ));
    findings.extend(almost_links(
        &scan,
        &source.path,
        &line_index,
        &text,
        body_start,
    ));
    for (label, offset) in &scan.undefined_references {
        findings.push(
            Finding::error(
                crate::findings::FindingKind::Link,
                &source.path,
                crate::msg!("reference-undefined", label = label),
            )
            .target(label.as_str())
            .at(&line_index, &text, *offset),
        );
    }
    findings.extend(content_warnings(&scan, &source.path, &line_index, &text));
    let mut document = Document {
        too_deep: scan.too_deep.is_some(),
        path: source.path,
        content_path: source.content_path,
        front_matter,
        yaml,
        body_start,
        links: scan.links,
        raw_links: scan.raw_links,
        images_without_alt: scan.images_without_alt,
        blocks: scan.blocks,
        headings: scan.headings,
        ids,
        preview_ids,
        line_index,
        text: text::Text::new(text),
    };
    document.shrink_to_fit();
    (document, findings)
}

/// What a body's shape warns of: quotes that only look like callouts, and
/// elements nested past what a browser shows.
fn content_warnings(
    scan: &markdown::Scan,
    path: &std::path::Path,
    line_index: &LineIndex,
    text: &str,
) -> Vec<Finding> {
    let warning = |msg| Finding::warning(crate::findings::FindingKind::Content, path, msg);
    let mut findings: Vec<Finding> = scan
        .not_callouts
        .iter()
        .map(|(word, offset)| {
            warning(crate::msg!("callout-not-one", word = word)).at(line_index, text, *offset)
        })
        .collect();
    if let Some(offset) = scan.too_deep {
        findings.push(
            warning(crate::msg!(
                "content-too-deep",
                levels = markdown::MAX_NESTING
            ))
            .at(line_index, text, offset),
        );
    }
    findings
}

/// The almost-links of a body (`parse::almost`), each a finding at its `[`.
fn almost_links(
    scan: &markdown::Scan,
    path: &std::path::Path,
    line_index: &LineIndex,
    text: &str,
    body_start: usize,
) -> Vec<Finding> {
    let mut findings = Vec::new();
    let mut linked: Vec<usize> = scan
        .links
        .iter()
        .flat_map(|link| {
            let at = link.offset - body_start;
            [at, at + usize::from(link.is_image)]
        })
        .collect();
    linked.sort_unstable();
    for almost in almost::find(&text[body_start..], &linked, &scan.code) {
        let id = match almost.almost {
            almost::Almost::Spaces => "link-almost-spaces",
            almost::Almost::Gap => "link-almost-gap",
            almost::Almost::Unclosed => "link-almost-unclosed",
        };
        findings.push(
            Finding::error(
                crate::findings::FindingKind::Link,
                path,
                crate::findings::Msg::new(id)
                    .arg("text", &almost.text)
                    .arg("target", &almost.target),
            )
            .target(almost.target.as_str())
            .at(line_index, text, body_start + almost.offset),
        );
    }
    findings
}

/// Drops a UTF-8 BOM and turns CRLF into LF; line and column numbers stay the same.
fn normalize_text(mut text: String) -> String {
    if text.starts_with('\u{feff}') {
        text.drain(..'\u{feff}'.len_utf8());
    }
    if text.contains('\r') {
        text.replace("\r\n", "\n")
    } else {
        text
    }
}

/// The file stem, for a page whose title could not be read.
fn fallback_title(content_path: &str) -> String {
    let name = content_path.rsplit('/').next().unwrap_or(content_path);
    name.strip_suffix(".md").unwrap_or(name).to_string()
}
