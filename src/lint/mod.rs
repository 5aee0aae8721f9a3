//! Lint (SPEC "Lint"): what a careful editor would fix before publishing —
//! text left to fill in, links to nothing, images without alternative
//! text, link text that says nothing alone, skipped heading levels, and
//! pages whose review date has passed. Each is a warning of kind `lint`
//! with its rule, at its line. Runs on the resolved site, every page in its
//! own language; `[lint] allow` turns rules off.

mod body;
mod front_matter;

use rayon::prelude::*;

use crate::config::{Language, SiteConfig};
use crate::findings::{Finding, Rule};
use crate::parse::Document;
use crate::resolve::Site;

/// Every page's lint warnings, in page order.
pub(crate) fn site(site: &Site, config: &SiteConfig, now: jiff::civil::Date) -> Vec<Finding> {
    let patterns = Placeholders::new(&config.lint.placeholders);
    let on = |rule: Rule| !config.lint.allow.contains(&rule);
    let checked: Vec<Vec<Finding>> = site
        .pages
        .par_iter()
        .map(|page| {
            let page = Page {
                document: &page.document,
                language: page.language,
            };
            let mut findings = Vec::new();
            if on(Rule::Placeholder) {
                front_matter::placeholders(&page, &patterns, &mut findings);
                body::placeholders(&page, &patterns, &mut findings);
            }
            if on(Rule::EmptyLink) {
                body::empty_links(&page, &mut findings);
            }
            if on(Rule::MissingAlt) {
                body::missing_alt(&page, &mut findings);
            }
            if on(Rule::LinkText) {
                body::link_text(&page, &mut findings);
            }
            if on(Rule::HeadingOrder) {
                body::heading_order(&page, &mut findings);
            }
            if on(Rule::ReviewDue) {
                front_matter::review_due(&page, now, &mut findings);
            }
            findings
        })
        .collect();
    checked.into_iter().flatten().collect()
}

/// The page being linted.
struct Page<'p> {
    document: &'p Document,
    language: Language,
}

impl Page<'_> {
    /// A warning of `rule` at a byte offset of the file.
    fn warning(&self, rule: Rule, offset: usize, message: crate::findings::Msg) -> Finding {
        Finding::lint(rule, &self.document.path, message).at(
            &self.document.line_index,
            &self.document.text,
            offset,
        )
    }
}

/// The patterns of text left to fill in: SPEC's ("Xxx", "xxxxx", "TODO",
/// "TBD", "Lorem ipsum") and the site's own.
pub(crate) struct Placeholders {
    patterns: Vec<regex::Regex>,
    /// Any of them, to pass over a text with none quickly.
    any: regex::RegexSet,
}

/// A word of three or more x (Xxx, xxxxx, XXX), TODO, TBD, Lorem ipsum.
const BUILT_IN: &[&str] = &[
    r"\b[xX]{3,}\b",
    r"\bTODO\b",
    r"\bTBD\b",
    r"(?i)\blorem ipsum\b",
];

impl Placeholders {
    fn new(own: &[regex::Regex]) -> Placeholders {
        let mut patterns: Vec<regex::Regex> = BUILT_IN
            .iter()
            .filter_map(|pattern| regex::Regex::new(pattern).ok())
            .collect();
        patterns.extend(own.iter().cloned());
        let any = regex::RegexSet::new(patterns.iter().map(regex::Regex::as_str))
            .unwrap_or_else(|_| regex::RegexSet::empty());
        Placeholders { patterns, any }
    }

    /// Each placeholder in `text`: (byte offset in `text`, what it is), in order.
    fn find<'t>(&self, text: &'t str) -> Vec<(usize, &'t str)> {
        if !self.any.is_match(text) {
            return Vec::new();
        }
        let mut found: Vec<(usize, &str)> = self
            .patterns
            .iter()
            .flat_map(|pattern| pattern.find_iter(text))
            .filter(|found| !found.is_empty())
            .map(|found| (found.start(), found.as_str()))
            .collect();
        found.sort_unstable();
        found.dedup_by_key(|(offset, _)| *offset);
        found
    }

    fn any_in(&self, text: &str) -> bool {
        self.any.is_match(text)
    }
}

/// "Xxx" in a message: short placeholders as they are, long ones cut.
fn quoted(placeholder: &str) -> String {
    let mut chars = placeholder.chars();
    let shown: String = chars.by_ref().take(40).collect();
    if chars.next().is_some() {
        format!("{shown}…")
    } else {
        shown
    }
}
