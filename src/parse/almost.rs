//! "Almost links" (issue 31): text that an editor meant as a link but that
//! CommonMark reads as text, so it is published as `[mötet](möte 12 mars.md)`
//! with no finding: an address with spaces, a space between `]` and `(`,
//! an address never closed. Each is found where its `[` stands, with how
//! to write it.

use std::ops::Range;
use std::sync::OnceLock;

/// What kept a link from being one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Almost {
    /// `[text](file name.md)`: spaces in the address.
    Spaces,
    /// `[text] (file.md)`: a space between `]` and `(`.
    Gap,
    /// `[text](file.md` and the line ends.
    Unclosed,
}

/// One almost-link: what is wrong, its text and address, and the byte
/// offset of its `[` in the body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct AlmostLink {
    pub almost: Almost,
    pub text: String,
    pub target: String,
    pub offset: usize,
}

fn pattern() -> &'static regex::Regex {
    static PATTERN: OnceLock<regex::Regex> = OnceLock::new();
    PATTERN.get_or_init(|| {
        // `[text]`, maybe a gap, `(`, then the address up to `)` or the line's end.
        regex::Regex::new(r"\[([^\[\]\n]+)\]([ \t]*)\(([^()\n]*)(\)?)").expect("a valid pattern")
    })
}

/// Whether an address looks like a file of the site: a Markdown page or a
/// file with an extension, or a path.
fn looks_like_a_file(target: &str) -> bool {
    let target = target.trim().trim_start_matches('<').trim_end_matches('>');
    let extension = target
        .rsplit_once('.')
        .map(|(_, extension)| extension)
        .filter(|extension| {
            (2..=5).contains(&extension.len())
                && extension.chars().all(|ch| ch.is_ascii_alphanumeric())
        });
    !target.contains("://") && (extension.is_some() || target.contains('/'))
}

/// The almost-links of a body, leaving out those at `linked` (the `[` of
/// every real link) and inside `code` (code spans and blocks), both in
/// order: each is looked up by halving, so a page of 100,000 links takes
/// linear time, not their square.
pub(crate) fn find(body: &str, linked: &[usize], code: &[Range<usize>]) -> Vec<AlmostLink> {
    let mut found = Vec::new();
    let is_linked = |offset: usize| linked.binary_search(&offset).is_ok();
    let in_code = |offset: usize| {
        let after = code.partition_point(|range| range.start <= offset);
        code[..after]
            .iter()
            .rev()
            .take(8)
            .any(|range| range.contains(&offset))
    };
    for captures in pattern().captures_iter(body) {
        let (Some(whole), Some(text), Some(gap), Some(target), Some(close)) = (
            captures.get(0),
            captures.get(1),
            captures.get(2),
            captures.get(3),
            captures.get(4),
        ) else {
            continue;
        };
        let offset = whole.start();
        // A footnote `[^1]` and a task `[ ]` or `[x]` are no links.
        let text_str = text.as_str();
        let not_link_text = text_str.starts_with('^') || matches!(text_str.trim(), "" | "x" | "X");
        let unclosed = close.as_str().is_empty();
        // An address never closed is its first word (the line goes on as text).
        let target_str = match unclosed {
            true => target.as_str().split_whitespace().next().unwrap_or(""),
            false => target.as_str().trim(),
        };
        if not_link_text || is_linked(offset) || in_code(offset) || !looks_like_a_file(target_str) {
            continue;
        }
        let almost = if unclosed {
            Almost::Unclosed
        } else if !gap.as_str().is_empty() && !target_str.contains(' ') {
            Almost::Gap
        } else if target_str.contains(' ') && !target_str.starts_with('<') {
            Almost::Spaces
        } else {
            continue;
        };
        found.push(AlmostLink {
            almost,
            text: text_str.to_string(),
            target: target_str.to_string(),
            offset,
        });
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(body: &str, expected: &[(Almost, &str)]) {
        let found: Vec<(Almost, String)> = find(body, &[], &[])
            .into_iter()
            .map(|almost| (almost.almost, almost.target))
            .collect();
        let expected: Vec<(Almost, String)> = expected
            .iter()
            .map(|(almost, target)| (*almost, target.to_string()))
            .collect();
        assert_eq!(found, expected, "{body}");
    }

    #[test]
    fn links_that_commonmark_reads_as_text_are_found() {
        check(
            "Se [mötet](möte 12 mars.md).",
            &[(Almost::Spaces, "möte 12 mars.md")],
        );
        check(
            "Se [mallen] (mallar/mall.docx).",
            &[(Almost::Gap, "mallar/mall.docx")],
        );
        check(
            "Se [steg 2](steg-2.md och sedan",
            &[(Almost::Unclosed, "steg-2.md")],
        );
        // Prose in brackets and parentheses, footnotes, tasks, addresses: no.
        check("Se [1] (sidan 4) och [^not](x.md) och [ ] (a/b)", &[]);
        check(
            "[mötet](<möte 12 mars.md>) [x] (https://example.org/a b)",
            &[],
        );
    }
}
