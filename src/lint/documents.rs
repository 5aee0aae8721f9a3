//! What was read of each document (`documents::read_site`), placed as
//! findings of kind `document` at every place that publishes the file: a
//! link's line, a template's `file:` key, or the file itself when nothing
//! links to it (a file of `static/`). Which problems stop the build is a
//! publisher's choice (`[documents]`); the defaults are in `message`.

use rayon::prelude::*;

use crate::config::{DocumentsConfig, Language, SiteConfig};
use crate::documents::{Facts, Problem, Read};
use crate::findings::{Finding, FindingKind, Msg};
use crate::load::StaticFile;
use crate::parse::Document;
use crate::resolve::Site;

pub(crate) fn site(
    site: &Site,
    read: &Read,
    static_files: &[StaticFile],
    config: &SiteConfig,
) -> Vec<Finding> {
    let own = OwnUrls::of(site, static_files);
    let places = places(site);
    let mut findings: Vec<Finding> = site
        .attachments
        .par_iter()
        .zip(places)
        .filter_map(|(attachment, places)| Some((attachment, places, attachment.read.as_ref()?)))
        .flat_map_iter(|(attachment, mut places, facts)| {
            let file = &attachment.file;
            if places.is_empty() {
                places.push(Place::File(&file.path));
            }
            let mut found = Vec::new();
            for said in said(facts, config, &own) {
                found.extend(
                    places
                        .iter()
                        .filter_map(|place| place.finding(&said, facts, &file.content_path)),
                );
            }
            found
        })
        .collect();
    for (idx, facts) in &read.statics {
        let Some(file) = static_files.get(*idx) else {
            continue;
        };
        let place = Place::File(&file.origin);
        findings.extend(
            said(facts, config, &own)
                .iter()
                .filter_map(|said| place.finding(said, facts, &file.output_path)),
        );
    }
    findings
}

/// One thing to say of a document, wherever it is published.
enum Said {
    /// A problem of the file, and whether it stops the build.
    Problem(bool, Msg),
    /// The language check, which depends on the page (error or not).
    Language(bool),
}

/// What the site's settings make of a document's facts.
fn said(facts: &Facts, config: &SiteConfig, own: &OwnUrls) -> Vec<Said> {
    let settings = &config.documents;
    let mut said: Vec<Said> = facts
        .problems
        .iter()
        .filter_map(|problem| {
            let (check, error, msg) = message(problem, settings)?;
            let allowed = check.is_some_and(|check| settings.allows(check));
            let raised = check.is_some_and(|check| settings.raises(check));
            (!allowed).then_some(Said::Problem(error || raised, msg))
        })
        .collect();
    let language_check = if facts.language.is_some() {
        "other-language"
    } else {
        "no-language"
    };
    if facts.was_read() && !settings.allows(language_check) {
        said.push(Said::Language(settings.raises(language_check)));
    }
    if !settings.allows("links") {
        let raised = settings.raises("links");
        for link in &facts.links {
            if let Some(own_url) = config.own_url(link)
                && !own.has(&own_url, config)
            {
                said.push(Said::Problem(
                    raised,
                    crate::msg!("document-link-own-site", target = link.as_str()),
                ));
            }
        }
    }
    said
}

/// The paths the site publishes, below its base path: each page's URL,
/// each alias, each attachment and static file.
struct OwnUrls(rustc_hash::FxHashSet<String>);

impl OwnUrls {
    fn of(site: &Site, static_files: &[StaticFile]) -> OwnUrls {
        let mut urls = rustc_hash::FxHashSet::default();
        for page in &site.pages {
            urls.insert(page.url.clone());
            for alias in &page.document.front_matter.aliases {
                urls.insert(alias.trim_matches('/').to_string() + "/");
            }
        }
        urls.extend(site.attachments.iter().map(|a| a.output_path.clone()));
        urls.extend(static_files.iter().map(|file| file.output_path.clone()));
        OwnUrls(urls)
    }

    /// Whether a root-relative URL (`/natverk/om/#mal`) names one of them.
    fn has(&self, url: &str, config: &SiteConfig) -> bool {
        let path = url.split(['#', '?']).next().unwrap_or(url);
        let decoded = percent_encoding::percent_decode_str(path).decode_utf8_lossy();
        let below = decoded
            .strip_prefix(config.base_path.trim_end_matches('/'))
            .unwrap_or(&decoded)
            .trim_start_matches('/');
        let below = below.strip_suffix("index.html").unwrap_or(below);
        let as_page = format!("{}/", below.trim_end_matches('/'));
        below.is_empty() || self.0.contains(below) || self.0.contains(&as_page)
    }
}

/// Where a file is published from: each link that reaches it, each
/// template whose `file:` names it; the file itself when nothing does.
enum Place<'s> {
    /// A link, at its byte offset in the file.
    Link {
        document: &'s Document,
        offset: usize,
        language: Language,
    },
    /// A key of the front matter (a template's `file:`).
    Key {
        document: &'s Document,
        span: crate::findings::Span,
        language: Language,
    },
    File(&'s std::path::Path),
}

/// Every attachment's places, in one pass over the pages (in page order).
fn places(site: &Site) -> Vec<Vec<Place<'_>>> {
    let mut places: Vec<Vec<Place<'_>>> = site.attachments.iter().map(|_| Vec::new()).collect();
    for page in &site.pages {
        for &(offset, reached) in &page.links.attachments {
            if let Some(here) = places.get_mut(reached) {
                here.push(Place::Link {
                    document: &page.document,
                    offset,
                    language: page.language,
                });
            }
        }
        if let crate::kinds::Fields::Template(template) = &page.fields
            && let Some(attachment) = template.attachment
            && let Some((_, span)) = &template.file
            && let Some(here) = places.get_mut(attachment)
        {
            here.push(Place::Key {
                document: &page.document,
                span: *span,
                language: page.language,
            });
        }
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

    /// The finding a thing said is here, its target the document's path:
    /// none for a language that is the page's (or where no page publishes
    /// the file).
    fn finding(&self, said: &Said, facts: &Facts, document_path: &str) -> Option<Finding> {
        let (error, msg) = match said {
            Said::Problem(error, msg) => (*error, msg.clone()),
            Said::Language(error) => (
                *error,
                language_message(facts.language.as_deref(), self.language()?)?,
            ),
        };
        let make = |path: &std::path::Path| {
            if error {
                Finding::error(FindingKind::Document, path, msg.clone())
            } else {
                Finding::warning(FindingKind::Document, path, msg.clone())
            }
        };
        let finding = match self {
            Place::Link {
                document, offset, ..
            } => make(&document.path).at(&document.line_index, &document.text(), *offset),
            Place::Key { document, span, .. } => {
                make(&document.path).at_span(&document.line_index, &document.text(), *span)
            }
            Place::File(path) => make(path),
        };
        Some(finding.target(document_path))
    }
}

/// A document's language against its page's: a finding where it names
/// none, or another one (`nb-NO` in an `nb` page is the same; `no` is
/// either Norwegian).
fn language_message(document: Option<&str>, page: Language) -> Option<Msg> {
    let Some(document) = document else {
        return Some(Msg::new("document-no-language"));
    };
    let primary = document
        .split(['-', '_'])
        .next()
        .unwrap_or(document)
        .to_ascii_lowercase();
    let same =
        primary == page.code() || (primary == "no" && matches!(page, Language::Nb | Language::Nn));
    (!same).then(|| {
        crate::msg!(
            "document-other-language",
            language = document,
            page = page.code()
        )
    })
}

/// A problem's check (its name in `[documents] errors` and `allow`; none
/// for what always stops the build), whether it stops the build by
/// default, and what it says; `None` for what `[documents]` says needs no
/// finding (a public label).
/// The defaults, as a publisher would have them: what must never reach
/// the public (a label not for it, macros, a file nobody can read) stops
/// the build; what should be fixed is a warning.
fn message(
    problem: &Problem,
    settings: &DocumentsConfig,
) -> Option<(Option<&'static str>, bool, Msg)> {
    let named = |list: &[String], label: &str| {
        list.iter()
            .any(|name| name.eq_ignore_ascii_case(label.trim()))
    };
    let warning = |check: &'static str, msg: Msg| Some((Some(check), false, msg));
    let count = |id: &'static str, count: usize| Msg::new(id).num("count", count);
    match problem {
        Problem::Label(label) if named(&settings.not_public_labels, label) => Some((
            None,
            true,
            crate::msg!("document-label-not-public", label = label),
        )),
        Problem::Label(label) if named(&settings.public_labels, label) => None,
        Problem::Label(label) => warning("label", crate::msg!("document-label", label = label)),
        Problem::Macros => Some((None, true, crate::msg!("document-macros"))),
        Problem::TrackedChanges => {
            warning("tracked-changes", crate::msg!("document-tracked-changes"))
        }
        Problem::Comments => warning("comments", crate::msg!("document-comments")),
        Problem::Names(names) => warning(
            "names",
            crate::msg!("document-names", names = names.join(", ")),
        ),
        Problem::NoTitle => warning("no-title", crate::msg!("document-no-title")),
        Problem::TitleNotShown => {
            warning("title-not-shown", crate::msg!("document-title-not-shown"))
        }
        Problem::NotTagged => warning("not-tagged", crate::msg!("document-not-tagged")),
        Problem::ImageOnlyPages(n) => warning("image-only", count("document-image-only", *n)),
        Problem::Locked => warning("locked", crate::msg!("document-locked")),
        Problem::Password => warning("password", crate::msg!("document-password")),
        Problem::NoHeadings => warning("no-headings", crate::msg!("document-no-headings")),
        Problem::ImagesWithoutAlt(n) => warning(
            "images-without-alt",
            count("document-images-without-alt", *n),
        ),
        Problem::TablesWithoutHeader(n) => warning(
            "tables-without-header",
            count("document-tables-without-header", *n),
        ),
        Problem::SlidesWithoutTitle(n) => warning(
            "slides-without-title",
            count("document-slides-without-title", *n),
        ),
        Problem::TooLarge => Some((None, true, crate::msg!("document-too-large"))),
        Problem::TooSlow => Some((None, true, crate::msg!("document-too-slow"))),
        Problem::Unreadable(why) => {
            Some((None, true, crate::msg!("document-unreadable", reason = why)))
        }
    }
}
