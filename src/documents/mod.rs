//! The documents members download (issue 34): every published Office file
//! is read before it is published — never its macros, never over the
//! network — for what a public body must not publish or must fix: a
//! sensitivity label not meant for the public, macros, tracked changes and
//! comments left in, people's names in its properties, no title. Each
//! problem is a finding of kind `document` at every place that publishes
//! the file (a link's line, a template's `file:` key), or at the file when
//! nothing links to it.
//!
//! Hostile files are expected: a file over `Limits::file` is not opened,
//! the zip's entries and the bytes inflated are capped, XML is read
//! without DTDs, and a reader that panics is a finding, not a failed build.

mod odf;
mod ooxml;

use rayon::prelude::*;

use crate::config::{DocumentsConfig, Language};
use crate::findings::{Finding, Kind, Msg};
use crate::resolve::Site;

/// What a document holds that a publisher must know.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Problem {
    /// A sensitivity label, by name (the site decides which are not public).
    Label(String),
    Macros,
    TrackedChanges,
    Comments,
    /// The names in its author and last-modified-by properties.
    Names(Vec<String>),
    /// The language its properties or its text's styles name, if any:
    /// compared with the page that publishes it.
    Language(Option<String>),
    NoTitle,
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
    Unreadable(String),
}

/// The caps on what one document may make the build read.
pub(crate) struct Limits {
    /// The largest file opened at all.
    pub file: u64,
    /// The most entries of its zip.
    pub entries: usize,
    /// The most bytes one part may inflate to.
    pub part: u64,
    /// The most bytes all parts read may inflate to.
    pub inflated: u64,
}

pub(crate) const LIMITS: Limits = Limits {
    file: 100 * 1024 * 1024,
    entries: 10_000,
    part: 32 * 1024 * 1024,
    inflated: 64 * 1024 * 1024,
};

/// OpenDocument's formats, by extension.
fn is_odf(extension: &str) -> bool {
    matches!(extension, "odt" | "ods" | "odp" | "ott" | "ots" | "otp")
}

/// The formats read, by extension.
fn is_office(extension: &str) -> bool {
    matches!(
        extension,
        "docx"
            | "docm"
            | "dotx"
            | "dotm"
            | "xlsx"
            | "xlsm"
            | "xltx"
            | "xltm"
            | "pptx"
            | "pptm"
            | "potx"
            | "potm"
    )
}

/// What the reader says of one Office file, without the build's
/// `catch_unwind` (for the fuzz target, which must see a panic).
#[doc(hidden)]
pub fn office_problems(bytes: &[u8], extension: &str) -> Vec<String> {
    read(bytes, extension)
        .into_iter()
        .map(|problem| format!("{problem:?}"))
        .collect()
}

/// Every published Office file read, and its problems placed.
pub(crate) fn site(
    site: &Site,
    static_files: &[crate::load::StaticFile],
    settings: &DocumentsConfig,
) -> Vec<Finding> {
    let read: Vec<(usize, Vec<Problem>)> = site
        .attachments
        .par_iter()
        .enumerate()
        .filter_map(|(idx, attachment)| {
            let extension = extension(&attachment.output_path)?;
            let file = &attachment.file;
            (is_office(&extension) || is_odf(&extension))
                .then(|| (idx, problems(file.size, &file.bytes, &extension)))
        })
        .filter(|(_, problems)| !problems.is_empty())
        .collect();
    let mut findings = in_static(static_files, settings);
    for (idx, problems) in read {
        let places = places(site, idx);
        for problem in &problems {
            for place in &places {
                findings.extend(place.finding(problem, settings));
            }
        }
    }
    findings
}

fn extension(path: &str) -> Option<String> {
    let name = path.rsplit('/').next()?;
    let (_, extension) = name.rsplit_once('.')?;
    Some(extension.to_ascii_lowercase())
}

/// One file's problems; a reader that panics on it is one of them.
/// The documents of the site's `static/` (not the theme's): published as
/// they are, so each finding is at the file.
fn in_static(files: &[crate::load::StaticFile], settings: &DocumentsConfig) -> Vec<Finding> {
    files
        .par_iter()
        .filter(|file| file.origin.starts_with("static"))
        .filter_map(|file| {
            let extension = extension(&file.output_path)?;
            if !(is_office(&extension) || is_odf(&extension)) {
                return None;
            }
            let size = match &file.bytes {
                crate::load::FileBytes::Embedded(bytes) => bytes.len() as u64,
                crate::load::FileBytes::Disk(path) => {
                    std::fs::metadata(path).map_or(0, |meta| meta.len())
                }
            };
            let place = Place::File(&file.origin, &file.output_path);
            let found: Vec<Finding> = problems(size, &file.bytes, &extension)
                .iter()
                .filter_map(|problem| place.finding(problem, settings))
                .collect();
            Some(found)
        })
        .flatten()
        .collect()
}

fn problems(size: u64, bytes: &crate::load::FileBytes, extension: &str) -> Vec<Problem> {
    if size > LIMITS.file {
        return vec![Problem::TooLarge];
    }
    let bytes = match bytes {
        crate::load::FileBytes::Embedded(bytes) => bytes.to_vec(),
        crate::load::FileBytes::Disk(path) => match std::fs::read(path) {
            Ok(bytes) => bytes,
            Err(error) => return vec![Problem::Unreadable(error.to_string())],
        },
    };
    std::panic::catch_unwind(|| read(&bytes, extension))
        .unwrap_or_else(|_| vec![Problem::Unreadable(String::from("the reader failed on it"))])
}

/// A document read by its format's reader.
fn read(bytes: &[u8], extension: &str) -> Vec<Problem> {
    if !is_odf(extension) {
        return ooxml::read(bytes, extension, &LIMITS);
    }
    let (mut reader, names) = match ooxml::open(bytes, &LIMITS) {
        Ok(opened) => opened,
        Err(problem) => return vec![problem],
    };
    let mut problems = Vec::new();
    match odf::inspect(&mut reader, extension, &names, &mut problems) {
        Ok(()) => problems,
        Err(problem) => vec![problem],
    }
}

/// Where a file is published from: each link that reaches it, each
/// template whose `file:` names it; the file itself when nothing does.
enum Place<'s> {
    /// A link, at its byte offset in the file.
    Link {
        document: &'s crate::parse::Document,
        offset: usize,
        language: Language,
    },
    /// A key of the front matter (a template's `file:`).
    Key {
        document: &'s crate::parse::Document,
        span: crate::findings::Span,
        language: Language,
    },
    File(&'s std::path::Path, &'s str),
}

fn places(site: &Site, attachment: usize) -> Vec<Place<'_>> {
    let mut places = Vec::new();
    for page in &site.pages {
        for &(offset, reached) in &page.links.attachments {
            if reached == attachment {
                places.push(Place::Link {
                    document: &page.document,
                    offset,
                    language: page.language,
                });
            }
        }
        if let crate::kinds::Fields::Template(template) = &page.fields
            && template.attachment == Some(attachment)
            && let Some((_, span)) = &template.file
        {
            places.push(Place::Key {
                document: &page.document,
                span: *span,
                language: page.language,
            });
        }
    }
    if places.is_empty() {
        let file = &site.attachments[attachment].file;
        places.push(Place::File(&file.path, &file.content_path));
    }
    places
}

impl Place<'_> {
    /// The page's language, where a page publishes the file.
    fn language(&self) -> Option<Language> {
        match self {
            Place::Link { language, .. } | Place::Key { language, .. } => Some(*language),
            Place::File(..) => None,
        }
    }

    /// The finding a problem is here: none for a language that is the
    /// page's (or where no page publishes the file).
    fn finding(&self, problem: &Problem, settings: &DocumentsConfig) -> Option<Finding> {
        let (error, msg) = match problem {
            Problem::Language(language) => language_message(language.as_deref(), self.language()?)?,
            _ => message(problem, settings)?,
        };
        let make = |path: &std::path::Path| {
            if error {
                Finding::error(Kind::Document, path, msg.clone())
            } else {
                Finding::warning(Kind::Document, path, msg.clone())
            }
        };
        Some(match self {
            Place::Link {
                document, offset, ..
            } => make(&document.path).at(&document.line_index, &document.text, *offset),
            Place::Key { document, span, .. } => {
                make(&document.path).at_span(&document.line_index, &document.text, *span)
            }
            Place::File(path, content_path) => make(path).target(*content_path),
        })
    }
}

/// A document's language against its page's: a warning where it names
/// none, or another one (`nb-NO` in an `nb` page is the same; `no` is
/// either Norwegian).
fn language_message(document: Option<&str>, page: Language) -> Option<(bool, Msg)> {
    let Some(document) = document else {
        return Some((false, Msg::new("document-no-language")));
    };
    let primary = document
        .split(['-', '_'])
        .next()
        .unwrap_or(document)
        .to_ascii_lowercase();
    let same =
        primary == page.code() || (primary == "no" && matches!(page, Language::Nb | Language::Nn));
    (!same).then(|| {
        (
            false,
            crate::msg!(
                "document-other-language",
                language = document,
                page = page.code()
            ),
        )
    })
}

/// Whether a problem stops the build, and what it says; `None` for what
/// `[documents]` says needs no finding (a public label, names when
/// `personal_names = false`).
fn message(problem: &Problem, settings: &DocumentsConfig) -> Option<(bool, Msg)> {
    let named = |list: &[String], label: &str| {
        list.iter()
            .any(|name| name.eq_ignore_ascii_case(label.trim()))
    };
    Some(match problem {
        Problem::Label(label) if named(&settings.not_public_labels, label) => (
            true,
            crate::msg!("document-label-not-public", label = label),
        ),
        Problem::Label(label) if named(&settings.public_labels, label) => return None,
        Problem::Label(label) => (false, crate::msg!("document-label", label = label)),
        Problem::Names(_) if !settings.personal_names => return None,
        Problem::Macros => (true, crate::msg!("document-macros")),
        Problem::TrackedChanges => (false, crate::msg!("document-tracked-changes")),
        Problem::Comments => (false, crate::msg!("document-comments")),
        Problem::Names(names) => (
            false,
            crate::msg!("document-names", names = names.join(", ")),
        ),
        Problem::NoTitle => (false, crate::msg!("document-no-title")),
        Problem::NoHeadings => (false, crate::msg!("document-no-headings")),
        Problem::ImagesWithoutAlt(count) => (
            false,
            Msg::new("document-images-without-alt").num("count", *count),
        ),
        Problem::TablesWithoutHeader(count) => (
            false,
            Msg::new("document-tables-without-header").num("count", *count),
        ),
        Problem::SlidesWithoutTitle(count) => (
            false,
            Msg::new("document-slides-without-title").num("count", *count),
        ),
        Problem::Language(_) => (false, Msg::new("document-no-language")),
        Problem::TooLarge => (true, crate::msg!("document-too-large")),
        Problem::Unreadable(why) => (true, crate::msg!("document-unreadable", reason = why)),
    })
}
