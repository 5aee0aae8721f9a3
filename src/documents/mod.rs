//! The documents members download (issue 34): every published PDF, Office
//! and OpenDocument file is read before it is published — never its
//! macros, never over the network — for what it is (pages, language,
//! title, whether it is accessible), what a public body must not publish
//! or must fix (a sensitivity label not meant for the public, macros,
//! tracked changes and comments left in, people's names, no title, no
//! tags), and the links it holds. This stage only reads: `resolve` hangs
//! each attachment's `Facts` on it, `lint::documents` places the problems
//! as findings where the file is published, and the template views show
//! members what was read.
//!
//! Hostile files are expected: a file over `Limits::file` is not opened,
//! the zip's entries and the bytes inflated are capped, XML is read
//! without DTDs, PDF streams inflate within the same cap, each read runs
//! under `catch_unwind` on its own thread with a time budget, and a file
//! that cannot be read is a problem of that file, never a failed build.
//! What was read is cached by content in `.stegvis/documents.json`.

mod cache;

pub(crate) use cache::Stamp;
mod odf;
mod ooxml;
mod pdf;

use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use crate::load::{AttachmentFile, FileBytes, StaticFile};

/// What a document holds that a publisher must know.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Problem {
    /// A sensitivity label, by name (the site decides which are not public).
    Label(String),
    Macros,
    TrackedChanges,
    Comments,
    /// The names in its author and last-modified-by properties.
    Names(Vec<String>),
    NoTitle,
    /// A PDF whose title is not what a reader's window shows
    /// (`DisplayDocTitle`), so the file name is read out instead.
    TitleNotShown,
    /// A PDF without tags (`/MarkInfo /Marked` and a structure tree): a
    /// screen reader gets its text without headings, lists or reading order.
    NotTagged,
    /// PDF pages that are images only (scanned), how many.
    ImageOnlyPages(usize),
    /// A PDF whose permissions forbid copying its text, for assistive
    /// technology too.
    Locked,
    /// A file that opens only with a password.
    Password,
    /// A long Word text with no heading.
    NoHeadings,
    /// Images and pictures without a text alternative, how many.
    ImagesWithoutAlt(usize),
    /// Tables whose first row is not a header row, how many.
    TablesWithoutHeader(usize),
    /// Slides without a title, how many.
    SlidesWithoutTitle(usize),
    /// Past a cap: not read.
    TooLarge,
    /// Not read within the time budget.
    TooSlow,
    Unreadable(String),
}

impl Problem {
    /// Whether it makes the document one that some members cannot read
    /// (EN 301 549 clause 10; what a statement must list).
    pub fn is_barrier(&self) -> bool {
        matches!(
            self,
            Problem::NoTitle
                | Problem::TitleNotShown
                | Problem::NotTagged
                | Problem::ImageOnlyPages(_)
                | Problem::Locked
                | Problem::Password
                | Problem::NoHeadings
                | Problem::ImagesWithoutAlt(_)
                | Problem::TablesWithoutHeader(_)
                | Problem::SlidesWithoutTitle(_)
                | Problem::TooLarge
                | Problem::TooSlow
                | Problem::Unreadable(_)
        )
    }
}

/// What was read of one document.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Facts {
    /// Its pages (PDF, Word, OpenDocument text) or slides, where the file says.
    pub pages: Option<u32>,
    /// The language its properties or its text's styles name.
    pub language: Option<String>,
    pub title: Option<String>,
    /// A conformance it claims: "PDF/UA-1".
    pub conformance: Option<String>,
    /// The addresses it links to (http, https, mailto), in order, once each.
    pub links: Vec<String>,
    pub problems: Vec<Problem>,
}

impl Facts {
    /// Read nothing of it but one problem (too large, unreadable).
    fn only(problem: Problem) -> Facts {
        Facts {
            problems: vec![problem],
            ..Facts::default()
        }
    }

    /// Whether it was read at all (not too large, broken or locked with a password).
    pub fn was_read(&self) -> bool {
        !self.problems.iter().any(|problem| {
            matches!(
                problem,
                Problem::TooLarge | Problem::TooSlow | Problem::Unreadable(_) | Problem::Password
            )
        })
    }

    /// No barrier was found in it, and its language is named.
    pub fn accessible(&self) -> bool {
        self.language.is_some() && !self.problems.iter().any(Problem::is_barrier)
    }

    /// A link it holds, kept once, and no more than `MAX_LINKS` of them.
    fn link(&mut self, target: &str) {
        let target = target.trim();
        let kept = ["http://", "https://", "mailto:"].iter().any(|scheme| {
            target.len() > scheme.len()
                && target
                    .get(..scheme.len())
                    .is_some_and(|start| start.eq_ignore_ascii_case(scheme))
        });
        if kept && self.links.len() < MAX_LINKS && !self.links.iter().any(|link| link == target) {
            self.links.push(target.to_string());
        }
    }
}

/// The most links kept of one document.
const MAX_LINKS: usize = 500;

/// The caps on what one document may make the build read.
pub(crate) struct Limits {
    /// The largest file opened at all.
    pub file: u64,
    /// The most entries of its zip.
    pub entries: usize,
    /// The most bytes one part (or PDF stream) may inflate to.
    pub part: u64,
    /// The most bytes all parts read may inflate to.
    pub inflated: u64,
    /// The most PDF pages looked at for text and links.
    pub pages: usize,
    /// How long one document may take to read.
    pub time: Duration,
}

pub(crate) const LIMITS: Limits = Limits {
    file: 100 * 1024 * 1024,
    entries: 10_000,
    part: 32 * 1024 * 1024,
    inflated: 64 * 1024 * 1024,
    pages: 2_000,
    time: Duration::from_secs(20),
};

/// The formats read, by extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Pdf,
    Office,
    OpenDocument,
}

fn format(extension: &str) -> Option<Format> {
    Some(match extension {
        "pdf" => Format::Pdf,
        "odt" | "ods" | "odp" | "ott" | "ots" | "otp" => Format::OpenDocument,
        "docx" | "docm" | "dotx" | "dotm" | "xlsx" | "xlsm" | "xltx" | "xltm" | "pptx" | "pptm"
        | "potx" | "potm" => Format::Office,
        _ => return None,
    })
}

/// The lower-case extension of a path's file name.
pub(crate) fn extension(path: &str) -> Option<String> {
    let name = path.rsplit('/').next()?;
    let (_, extension) = name.rsplit_once('.')?;
    Some(extension.to_ascii_lowercase())
}

/// What the reader says of one file, without the build's `catch_unwind`
/// and thread (for the fuzz targets, which must see a panic).
#[doc(hidden)]
pub fn office_problems(bytes: &[u8], extension: &str) -> Vec<String> {
    let facts = read(bytes, extension);
    let mut said: Vec<String> = facts
        .problems
        .iter()
        .map(|problem| format!("{problem:?}"))
        .collect();
    said.extend(
        facts
            .language
            .map(|language| format!("Language({language})")),
    );
    said.extend(facts.pages.map(|pages| format!("Pages({pages})")));
    said.extend(
        facts
            .conformance
            .map(|conformance| format!("Conforms({conformance})")),
    );
    said.extend(facts.links.iter().map(|link| format!("Link({link})")));
    said
}

/// Every document the site publishes, read: those of `content/` by their
/// content path, the site's own `static/` ones (not the theme's) by their
/// index in `static_files`.
#[derive(Debug, Default, Clone)]
pub struct Read {
    pub attachments: HashMap<String, Arc<Facts>>,
    pub statics: Vec<(usize, Arc<Facts>)>,
    /// How many were read, and how many came from the cache.
    pub read: usize,
    pub cached: usize,
}

/// One file to read: where it is, how big, its bytes.
struct Job<'a> {
    key: Key<'a>,
    extension: String,
    size: u64,
    bytes: &'a FileBytes,
}

#[derive(Clone, Copy)]
enum Key<'a> {
    Attachment(&'a str),
    Static(usize),
}

/// Reads every document of the site, the unchanged ones from the cache in
/// `root/.stegvis/` (which is written again when something new was read,
/// if `remember`).
pub fn read_site(
    root: &Path,
    attachments: &[AttachmentFile],
    static_files: &[StaticFile],
    remember: bool,
) -> Read {
    let mut jobs: Vec<Job<'_>> = attachments
        .iter()
        .filter_map(|file| {
            let extension = extension(&file.content_path)?;
            format(&extension)?;
            Some(Job {
                key: Key::Attachment(&file.content_path),
                extension,
                size: file.size,
                bytes: &file.bytes,
            })
        })
        .collect();
    jobs.extend(static_files.iter().enumerate().filter_map(|(idx, file)| {
        if !file.origin.starts_with("static") {
            return None;
        }
        let extension = extension(&file.output_path)?;
        format(&extension)?;
        let size = match &file.bytes {
            FileBytes::Embedded(bytes) => bytes.len() as u64,
            FileBytes::Disk(path) => std::fs::metadata(path).map_or(0, |meta| meta.len()),
        };
        Some(Job {
            key: Key::Static(idx),
            extension,
            size,
            bytes: &file.bytes,
        })
    }));
    if jobs.is_empty() {
        return Read::default();
    }
    let cache = cache::Cache::open(root);
    let done: Vec<(Key<'_>, Done)> = jobs
        .par_iter()
        .map(|job| (job.key, facts_of(job, &cache)))
        .collect();
    let mut read = Read::default();
    let mut entries = Vec::new();
    let mut changed = false;
    for (key, done) in done {
        if done.read {
            read.read += 1;
        } else {
            read.cached += 1;
        }
        changed |= done.changed;
        entries.extend(done.entry);
        match key {
            Key::Attachment(content_path) => {
                read.attachments
                    .insert(content_path.to_string(), done.facts);
            }
            Key::Static(idx) => read.statics.push((idx, done.facts)),
        }
    }
    if changed && remember {
        cache.save(entries);
    }
    read
}

/// One file's facts, and what the cache must remember of them.
struct Done {
    facts: Arc<Facts>,
    /// The cache's entry for the file; none for one not worth keeping.
    entry: Option<cache::Entry>,
    /// Whether the entry is new to the cache.
    changed: bool,
    /// Whether the file was read (not found in the cache).
    read: bool,
}

/// One file's facts, from the cache where its stamp or its bytes are
/// known; else read.
fn facts_of(job: &Job<'_>, cache: &cache::Cache) -> Done {
    let uncached = |facts: Facts| Done {
        facts: Arc::new(facts),
        entry: None,
        changed: false,
        read: true,
    };
    if job.size > LIMITS.file {
        return uncached(Facts::only(Problem::TooLarge));
    }
    let stamp = cache::Stamp::of(job.bytes, job.size);
    if let Some((facts, entry)) = stamp
        .as_ref()
        .and_then(|stamp| cache.by_stamp(stamp, &job.extension))
    {
        return Done {
            facts,
            entry: Some(entry),
            changed: false,
            read: false,
        };
    }
    let bytes = match job.bytes {
        FileBytes::Embedded(bytes) => bytes.to_vec(),
        FileBytes::Disk(path) => match std::fs::read(path) {
            Ok(bytes) => bytes,
            Err(error) => return uncached(Facts::only(Problem::Unreadable(error.to_string()))),
        },
    };
    let hash = cache::hash(&bytes);
    let (facts, read) = match cache.by_hash(&hash, &job.extension) {
        Some(facts) => (facts, false),
        None => (Arc::new(read_guarded(bytes, job.extension.clone())), true),
    };
    // A time-out may pass on a machine under load: read such a file again.
    let keep = !facts.problems.contains(&Problem::TooSlow);
    let entry = keep.then(|| cache::Entry::new(hash, &job.extension, stamp, &facts));
    Done {
        facts,
        changed: entry.is_some(),
        entry,
        read,
    }
}

/// A file read on a thread of its own, within the time budget; a reader
/// that panics, or runs past the budget, leaves a problem of the file (the
/// thread that runs on is left to finish alone).
fn read_guarded(bytes: Vec<u8>, extension: String) -> Facts {
    read_within(bytes, extension, LIMITS.time)
}

fn read_within(bytes: Vec<u8>, extension: String, budget: Duration) -> Facts {
    let (send, receive) = std::sync::mpsc::channel();
    let spawned = std::thread::Builder::new()
        .name(String::from("stegvis-document"))
        .stack_size(16 * 1024 * 1024)
        .spawn(move || {
            let facts = std::panic::catch_unwind(|| read(&bytes, &extension));
            let _ = send.send(facts);
        });
    if let Err(error) = spawned {
        return Facts::only(Problem::Unreadable(error.to_string()));
    }
    match receive.recv_timeout(budget) {
        Ok(Ok(facts)) => facts,
        Ok(Err(_)) => Facts::only(Problem::Unreadable(String::from("the reader failed on it"))),
        Err(_) => Facts::only(Problem::TooSlow),
    }
}

/// A document read by its format's reader.
fn read(bytes: &[u8], extension: &str) -> Facts {
    let mut facts = Facts::default();
    let read = match format(extension) {
        Some(Format::Pdf) => pdf::read(bytes, &LIMITS, &mut facts),
        Some(Format::OpenDocument) => {
            ooxml::open(bytes, &LIMITS).and_then(|(mut reader, names)| {
                odf::inspect(&mut reader, extension, &names, &mut facts)
            })
        }
        Some(Format::Office) => ooxml::read(bytes, extension, &LIMITS, &mut facts),
        None => Ok(()),
    };
    match read {
        Ok(()) => facts,
        Err(problem) => Facts::only(problem),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A PDF of one empty page, written here with its cross-reference table.
    fn small_pdf() -> Vec<u8> {
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
        ];
        let mut pdf = String::from("%PDF-1.7\n");
        let mut offsets = Vec::new();
        for (n, object) in objects.iter().enumerate() {
            offsets.push(pdf.len());
            pdf.push_str(&format!("{} 0 obj\n{object}\nendobj\n", n + 1));
        }
        let xref = pdf.len();
        pdf.push_str(&format!(
            "xref\n0 {}\n0000000000 65535 f \n",
            objects.len() + 1
        ));
        for offset in offsets {
            pdf.push_str(&format!("{offset:010} 00000 n \n"));
        }
        pdf.push_str(&format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        ));
        pdf.into_bytes()
    }

    #[test]
    fn a_read_past_its_time_budget_is_a_problem_not_a_wait() {
        let bytes = small_pdf();
        let read = read_within(bytes.clone(), String::from("pdf"), Duration::from_secs(20));
        assert_eq!(read.pages, Some(1), "{read:?}");
        assert!(read.problems.contains(&Problem::NotTagged), "{read:?}");
        let late = read_within(bytes, String::from("pdf"), Duration::ZERO);
        assert_eq!(late.problems, [Problem::TooSlow]);
    }

    #[test]
    fn links_are_kept_by_their_scheme_whatever_letters_follow() {
        // Found by the fuzzer: a link whose scheme's length ends inside a letter.
        let mut facts = Facts::default();
        facts.link("httpsԹ://x");
        facts.link("HTTPS://example.org/a");
        facts.link("https://example.org/a");
        facts.link("javascript:alert(1)");
        facts.link("mailto:natverket@example.org");
        assert_eq!(
            facts.links,
            [
                "HTTPS://example.org/a",
                "https://example.org/a",
                "mailto:natverket@example.org"
            ]
        );
    }

    #[test]
    fn a_file_past_the_size_cap_is_not_read() {
        let bytes = FileBytes::Embedded(b"%PDF-1.7");
        let job = Job {
            key: Key::Static(0),
            extension: String::from("pdf"),
            size: LIMITS.file + 1,
            bytes: &bytes,
        };
        let cache = cache::Cache::open(Path::new("/nonexistent"));
        let done = facts_of(&job, &cache);
        assert_eq!(done.facts.problems, [Problem::TooLarge]);
        assert!(done.entry.is_none(), "nothing to remember");
    }
}
