//! The rules that read a page's body: placeholders outside code, links to
//! nothing, images without alternative text, link text that says nothing
//! alone, and skipped heading levels.

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

use crate::config::Language;
use crate::findings::Rule;
use crate::msg;

use super::{Page, Placeholders, quoted};

/// Text left to fill in, in the body's text and headings; never in code
/// (fenced, indented, inline) or raw HTML (comments included).
pub(super) fn placeholders(
    page: &Page<'_>,
    patterns: &Placeholders,
    findings: &mut Vec<crate::findings::Finding>,
) {
    let document = page.document;
    let body = document.body();
    if !patterns.any_in(&body) {
        return;
    }
    let mut in_code = false;
    // Consecutive text is one run: "[fyll i]" comes as three pieces of text.
    let mut run = String::new();
    let mut run_range = 0..0;
    let parser = Parser::new_ext(&body, crate::parse::markdown::options());
    for (event, range) in parser.into_offset_iter() {
        match event {
            Event::Text(text) if !in_code => {
                if run.is_empty() || run_range.end != range.start {
                    flush(page, patterns, &run, run_range.clone(), findings);
                    run.clear();
                    run_range = range.start..range.start;
                }
                run.push_str(&text);
                run_range.end = range.end;
                continue;
            }
            Event::Start(Tag::CodeBlock(_)) => in_code = true,
            Event::End(TagEnd::CodeBlock) => in_code = false,
            _ => {}
        }
        flush(page, patterns, &run, run_range.clone(), findings);
        run.clear();
    }
    flush(page, patterns, &run, run_range, findings);
}

/// The placeholders of one run of text that stands at `range` of the body.
fn flush(
    page: &Page<'_>,
    patterns: &Placeholders,
    run: &str,
    range: std::ops::Range<usize>,
    findings: &mut Vec<crate::findings::Finding>,
) {
    if run.is_empty() {
        return;
    }
    let document = page.document;
    // Where the text stands as written; an escape or entity shifts it.
    let exact = document.body().get(range.clone()) == Some(run);
    for (at, placeholder) in patterns.find(run) {
        let offset = document.body_start + range.start + if exact { at } else { 0 };
        findings.push(
            page.warning(
                Rule::Placeholder,
                offset,
                msg!("lint-placeholder", text = quoted(placeholder)),
            )
            .target(placeholder),
        );
    }
}

/// `[länk till mall](#)` and `[x]()`: a link that goes nowhere.
pub(super) fn empty_links(page: &Page<'_>, findings: &mut Vec<crate::findings::Finding>) {
    for link in &page.document.links {
        if link.is_image || link.is_autolink {
            continue;
        }
        let target = link.target.trim();
        if target.is_empty() || target == "#" {
            findings.push(
                page.warning(
                    Rule::EmptyLink,
                    link.offset,
                    msg!("lint-empty-link", text = link.text.trim()),
                )
                .target(target),
            );
        }
    }
}

/// `![](bild.png)` and `<img src="…">` without alt: a screen-reader user
/// hears nothing of the image.
pub(super) fn missing_alt(page: &Page<'_>, findings: &mut Vec<crate::findings::Finding>) {
    let document = page.document;
    for link in &document.links {
        if link.is_image && link.text.trim().is_empty() {
            findings.push(
                page.warning(Rule::MissingAlt, link.offset, msg!("lint-missing-alt"))
                    .target(link.target.as_str()),
            );
        }
    }
    for &offset in &document.images_without_alt {
        findings.push(page.warning(Rule::MissingAlt, offset, msg!("lint-missing-alt-html")));
    }
}

/// Link text a screen-reader user hears out of context: "klicka här",
/// "läs mer". The page's language's words and English.
pub(super) fn link_text(page: &Page<'_>, findings: &mut Vec<crate::findings::Finding>) {
    let words = vague_words(page.language);
    for link in &page.document.links {
        if link.is_image || link.is_autolink {
            continue;
        }
        let text = folded(&link.text);
        if text.is_empty() || !words.iter().chain(ENGLISH).any(|word| *word == text) {
            continue;
        }
        findings.push(
            page.warning(
                Rule::LinkText,
                link.offset,
                msg!("lint-link-text", text = link.text.trim()),
            )
            .target(link.text.trim()),
        );
    }
}

/// The words of a link text, in lowercase, one space between words, without
/// the punctuation around them.
fn folded(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .trim_matches(|ch: char| ch.is_ascii_punctuation() || "…»«›‹”“".contains(ch))
        .trim()
        .to_lowercase()
}

const ENGLISH: &[&str] = &[
    "here",
    "click here",
    "read more",
    "more",
    "link",
    "this link",
];

fn vague_words(language: Language) -> &'static [&'static str] {
    match language {
        Language::Sv => &[
            "här",
            "klicka här",
            "tryck här",
            "läs mer",
            "mer",
            "länk",
            "den här länken",
            "klicka",
        ],
        Language::Nb | Language::Nn => &[
            "her",
            "klikk her",
            "trykk her",
            "les mer",
            "les meir",
            "mer",
            "meir",
            "lenke",
            "denne lenken",
        ],
        Language::Da => &[
            "her",
            "klik her",
            "tryk her",
            "læs mere",
            "mere",
            "link",
            "dette link",
        ],
        Language::En => &[],
    }
}

/// A heading that skips a level (`##` then `####`), or a `#` in the body:
/// the page's title is its one `h1`.
pub(super) fn heading_order(page: &Page<'_>, findings: &mut Vec<crate::findings::Finding>) {
    let mut previous = 1;
    for heading in &page.document.headings {
        let level = heading.level;
        if level == 1 {
            findings.push(page.warning(
                Rule::HeadingOrder,
                heading.offset,
                msg!("lint-heading-one", text = heading.text),
            ));
        } else if level > previous + 1 {
            findings.push(page.warning(
                Rule::HeadingOrder,
                heading.offset,
                msg!(
                    "lint-heading-skip",
                    text = heading.text,
                    from = previous,
                    to = level,
                    hashes = "#".repeat(usize::from(previous) + 1)
                ),
            ));
        }
        previous = level.max(1);
    }
}
