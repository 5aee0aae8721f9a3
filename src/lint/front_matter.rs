//! The rules that read a page's front matter: placeholders in its text
//! (title, description, agenda items, report lists…) at the very line and
//! column, and a `review_by` date that has passed.

use crate::findings::{Finding, Rule};

use super::{Page, Placeholders, quoted};

/// Keys whose values are not text an editor writes for readers: names of
/// files, pages, kinds and dates, numbers and switches. Nested keys too.
const NOT_TEXT: &[&str] = &[
    "kind",
    "page_kind",
    "slug",
    "template",
    "aliases",
    "date",
    "updated",
    "review_by",
    "weight",
    "draft",
    "language",
    "file",
    "templates",
    "materials",
    "prepare",
    "phases",
    "area",
    "meeting",
    "extra",
    "start",
    "end",
    "online",
    "online_url",
    "format",
    "status",
    "data",
    "time",
    "year",
];

/// Placeholders in the front matter's text, line by line (comments are not
/// read), each at its own line and column.
pub(super) fn placeholders(page: &Page<'_>, patterns: &Placeholders, findings: &mut Vec<Finding>) {
    let document = page.document;
    let head = document.head();
    let yaml = head.get(document.yaml.clone()).unwrap_or_default();
    if !patterns.any_in(yaml) {
        return;
    }
    let mut top_key_is_text = true;
    let mut line_start = 0;
    for line in yaml.split_inclusive('\n') {
        let start = line_start;
        line_start += line.len();
        let indent = line.len() - line.trim_start().len();
        let rest = line.trim_start();
        if rest.starts_with('#') || rest.trim().is_empty() {
            continue;
        }
        // `- ` opens a list item; a key may follow it on the same line.
        let item = rest.strip_prefix("- ").map_or(0, |_| 2);
        let (key, value_at) = match key_of(&rest[item..]) {
            Some((key, after)) => (Some(key), indent + item + after),
            None => (None, indent + item),
        };
        if indent == 0 && item == 0 {
            top_key_is_text = key.is_none_or(|key| !NOT_TEXT.contains(&key));
        }
        let nested_not_text = indent + item > 0 && key.is_some_and(|key| NOT_TEXT.contains(&key));
        if !top_key_is_text || nested_not_text {
            continue;
        }
        let value = &line[value_at..];
        for (at, placeholder) in patterns.find(value) {
            let offset = document.yaml.start + start + value_at + at;
            findings.push(
                page.warning(
                    Rule::Placeholder,
                    offset,
                    crate::msg!("lint-placeholder", text = quoted(placeholder)),
                )
                .target(placeholder),
            );
        }
    }
}

/// `title: …` → ("title", the byte after the colon).
fn key_of(text: &str) -> Option<(&str, usize)> {
    let end = text.find(|ch: char| !(ch.is_alphanumeric() || ch == '_' || ch == '-'))?;
    if end == 0 || !text[end..].starts_with(':') {
        return None;
    }
    let after = &text[end + 1..];
    (after.is_empty() || after.starts_with([' ', '\n', '\t'])).then_some((&text[..end], end + 1))
}

/// A `review_by` date before the build's now: the page's owner should read it again.
pub(super) fn review_due(page: &Page<'_>, now: jiff::civil::Date, findings: &mut Vec<Finding>) {
    let front_matter = &page.document.front_matter;
    let Some(review_by) = front_matter.review_by else {
        return;
    };
    if review_by >= now {
        return;
    }
    let reader = page.document.field_reader();
    let span = reader.key_span("review_by");
    let message = match &front_matter.owner {
        Some(owner) => crate::msg!("lint-review-due", date = review_by, owner = owner),
        None => crate::msg!("lint-review-due-no-owner", date = review_by),
    };
    let finding = Finding::lint(Rule::ReviewDue, &page.document.path, message)
        .at_span(&page.document.line_index, &page.document.text(), span)
        .target("review_by");
    findings.push(finding);
}
