//! Lint (SPEC "Lint"): what a careful editor would fix before publishing —
//! text left to fill in, links to nothing, images without alternative
//! text, link text that says nothing alone, skipped heading levels, and
//! pages whose review date has passed. Each is a warning of kind `lint`
//! with its rule, at its line. Runs on the resolved site, every page in its
//! own language; `[lint] allow` turns rules off.

pub(crate) mod accessibility;
mod body;
pub(crate) mod documents;
mod front_matter;
pub(crate) mod privacy;

use std::collections::HashMap;
use std::sync::Arc;

use rayon::prelude::*;

use crate::config::{Language, SiteConfig};
use crate::findings::{Finding, Rule};
use crate::parse::Document;
use crate::resolve::Site;

/// Every page's lint warnings, in page order. With a `LintCache`, a page
/// whose document and language are those of the last run is not linted
/// again: lint reads nothing else but `[lint]` and the date.
pub(crate) fn site(
    site: &Site,
    config: &SiteConfig,
    now: jiff::civil::Date,
    cache: Option<&mut LintCache>,
) -> Vec<Finding> {
    let patterns = Placeholders::new(&config.lint.placeholders);
    let on = |rule: Rule| !config.lint.allow.contains(&rule);
    let known = cache.as_deref().filter(|cache| cache.now == Some(now));
    let own_origin = crate::config::origin_of(&config.base_url);
    let checked: Vec<Arc<Vec<Finding>>> = site
        .pages
        .par_iter()
        .map(|page| {
            if let Some(findings) = known.and_then(|cache| cache.lookup(page)) {
                return findings;
            }
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
            privacy::third_parties(&page, own_origin.as_deref(), &config.privacy, &mut findings);
            Arc::new(findings)
        })
        .collect();
    let all = checked
        .iter()
        .flat_map(|found| found.iter().cloned())
        .collect();
    if let Some(cache) = cache {
        cache.now = Some(now);
        cache.pages = site
            .pages
            .iter()
            .zip(checked)
            .map(|(page, findings)| {
                let key = (Arc::clone(&page.document), page.language, findings);
                (page.document.content_path.clone(), key)
            })
            .collect();
    }
    all
}

/// Each page's warnings from the last run, with the document and language
/// they were found in; `serve` keeps one between rebuilds, and empties it
/// with the render cache when site.toml (and so `[lint]`) may have changed.
#[derive(Debug, Default)]
pub(crate) struct LintCache {
    /// The date they were found on (review dates pass).
    now: Option<jiff::civil::Date>,
    /// By content path.
    pages: HashMap<String, Linted>,
}

/// A document, the language it was linted in, and its warnings.
type Linted = (Arc<Document>, Language, Arc<Vec<Finding>>);

impl LintCache {
    /// The warnings of `page` if neither its document nor its language changed.
    fn lookup(&self, page: &crate::resolve::Page) -> Option<Arc<Vec<Finding>>> {
        let (document, language, findings) = self.pages.get(&page.document.content_path)?;
        (Arc::ptr_eq(document, &page.document) && *language == page.language)
            .then(|| Arc::clone(findings))
    }
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
            &self.document.text(),
            offset,
        )
    }
}

/// The patterns of text left to fill in: SPEC's ("Xxx", "xxxxx", "TODO",
/// "TBD", "Lorem ipsum") and the site's own.
pub(crate) struct Placeholders {
    patterns: Vec<regex::Regex>,
    /// Any of them, to pass over a text with none quickly: one alternation,
    /// which regex searches some thirty times faster than a `RegexSet` of
    /// the same (the set's prefilter went a byte at a time; a twentieth of
    /// a build's instructions). `None` if they do not join (a group name
    /// used twice): then each pattern is asked.
    any: Option<regex::Regex>,
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
        let alternation: Vec<String> = patterns
            .iter()
            .map(|pattern| format!("(?:{})", pattern.as_str()))
            .collect();
        let any = regex::Regex::new(&alternation.join("|")).ok();
        Placeholders { patterns, any }
    }

    /// Each placeholder in `text`: (byte offset in `text`, what it is), in order.
    fn find<'t>(&self, text: &'t str) -> Vec<(usize, &'t str)> {
        if !self.any_in(text) {
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
        self.any.as_ref().is_none_or(|any| any.is_match(text))
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

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::Placeholders;

    fn regexes(patterns: &[&str]) -> Vec<regex::Regex> {
        patterns
            .iter()
            .map(|pattern| regex::Regex::new(pattern).expect("a pattern"))
            .collect()
    }

    #[test]
    fn placeholders_are_found_by_each_pattern_and_only_as_words() {
        let patterns = Placeholders::new(&regexes(&[r"\[fyll i\]", "(?i)ska skrivas"]));
        let text = "Mål: [fyll i]. TODO och XXX, Lorem IPSUM; SKA skrivas. xTODO, åTBD, Xx.";
        let found: Vec<&str> = patterns.find(text).into_iter().map(|(_, it)| it).collect();
        assert_eq!(
            found,
            ["[fyll i]", "TODO", "XXX", "Lorem IPSUM", "SKA skrivas"]
        );
        assert!(
            patterns
                .find("Inga platshållare här, bara text.")
                .is_empty()
        );
    }

    #[test]
    fn placeholders_whose_group_names_clash_are_each_still_found() {
        // Two patterns with one group name cannot be one alternation.
        let patterns = Placeholders::new(&regexes(&["(?P<del>A-del)", "(?P<del>B-del)"]));
        assert!(patterns.any.is_none());
        let found: Vec<&str> = patterns
            .find("Se B-del och A-del.")
            .into_iter()
            .map(|(_, it)| it)
            .collect();
        assert_eq!(found, ["B-del", "A-del"]);
        assert!(patterns.find("Ingen del.").is_empty());
    }
    use std::sync::Arc;
    use std::time::{Duration, SystemTime};

    use super::LintCache;
    use crate::findings::Finding;

    fn write(root: &Path, path: &str, text: &str, modified: SystemTime) {
        let path = root.join(path);
        std::fs::write(&path, text).expect("write");
        std::fs::File::options()
            .write(true)
            .open(&path)
            .and_then(|file| file.set_modified(modified))
            .expect("set the file's time");
    }

    fn findings_of(cache: &LintCache, name: &str) -> Arc<Vec<Finding>> {
        let found = cache.pages.iter().find(|(path, _)| path.ends_with(name));
        Arc::clone(&found.expect("a page of that name").1.2)
    }

    #[test]
    fn only_the_edited_page_is_linted_again() {
        let dir = tempfile::tempdir().expect("temp dir");
        let root = dir.path();
        std::fs::create_dir(root.join("content")).expect("content/");
        std::fs::write(
            root.join("site.toml"),
            "title = \"T\"\nbase_url = \"https://x.org/\"\n",
        )
        .expect("site.toml");
        let long_ago = SystemTime::now() - Duration::from_secs(60);
        write(
            root,
            "content/_index.md",
            "---\ntitle: Start\n---\n",
            long_ago,
        );
        for name in ["a", "b"] {
            let text = format!("---\ntitle: {name}\n---\n\nTODO: skriv.\n");
            write(root, &format!("content/{name}.md"), &text, long_ago);
        }
        let options = crate::BuildOptions {
            now: Some(jiff::civil::date(2026, 1, 1)),
            ..crate::BuildOptions::default()
        };
        let mut cache = crate::BuildCache::default();
        crate::build_site_cached(root, &options, &mut cache).expect("first build");
        let (a, b) = (
            findings_of(&cache.lint, "a.md"),
            findings_of(&cache.lint, "b.md"),
        );
        assert_eq!((a.len(), b.len()), (1, 1), "one placeholder each");

        let edited = "---\ntitle: b\n---\n\nTODO: skriv. TBD.\n";
        write(
            root,
            "content/b.md",
            edited,
            long_ago + Duration::from_secs(1),
        );
        crate::build_site_cached(root, &options, &mut cache).expect("rebuild");
        assert!(
            Arc::ptr_eq(&a, &findings_of(&cache.lint, "a.md")),
            "a is not linted again"
        );
        assert_eq!(findings_of(&cache.lint, "b.md").len(), 2, "b is");

        let later = crate::BuildOptions {
            now: Some(jiff::civil::date(2026, 1, 2)),
            ..options
        };
        crate::build_site_cached(root, &later, &mut cache).expect("the next day");
        assert!(
            !Arc::ptr_eq(&a, &findings_of(&cache.lint, "a.md")),
            "another date, afresh"
        );

        cache.forget_rendered();
        assert!(
            cache.lint.pages.is_empty(),
            "a change to site.toml forgets them"
        );
    }
}
