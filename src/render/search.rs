//! The client-side search index (`search-index.json`): per page its title,
//! URL, kind, phase, headings, a snippet, and its words folded the way the
//! search script folds a query (lowercase; å ä → a, ö ø → o, æ → ae, é → e),
//! so that "atgard" finds "åtgärd". The page `search/` and its script live in
//! the theme.

use std::sync::Arc;

use rayon::prelude::*;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use serde::Serialize;

use crate::config::SiteConfig;
use crate::kinds::Kind;
use crate::resolve::Site;

use super::body;
use super::strings::Strings;

pub(crate) const INDEX_FILE: &str = "search-index.json";
/// The search page's folder.
pub(crate) const PAGE: &str = "search/index.html";
const SNIPPET_CHARS: usize = 180;

/// One page, before the site's word table numbers its words.
#[derive(Debug, Clone)]
pub(crate) struct SearchEntry {
    title: String,
    url: String,
    kind: String,
    phase: Option<String>,
    /// Folded words of the title and headings, each once.
    heading_words: Vec<String>,
    /// Folded words of the rest of the page, each once, none of `heading_words`.
    words: Vec<String>,
    snippet: String,
}

/// One page in the index file, which is `{"words": [...], "pages": [...]}`:
/// every folded word of the site once, the most frequent first (so that their
/// numbers are short), and each page with its words as numbers into that
/// table. A page's words written out had taken three quarters of the file.
/// Short keys keep it small.
#[derive(Serialize)]
struct PageView<'e> {
    /// Title.
    t: &'e str,
    /// URL.
    u: &'e str,
    /// Kind, in the site's language.
    k: &'e str,
    /// The phase a step or phase belongs to.
    #[serde(skip_serializing_if = "Option::is_none")]
    p: Option<&'e str>,
    /// The title's and headings' words, for ranking.
    h: Vec<u32>,
    /// The other words of the page.
    w: Vec<u32>,
    /// The first words of the text.
    s: &'e str,
}

/// Each page's entry, in page order. `reuse` may give a page's entry from an
/// earlier build (`serve`, when the page did not change).
pub(crate) fn entries(
    site: &Site,
    config: &SiteConfig,
    strings: &Strings,
    now: jiff::civil::Date,
    reuse: &(dyn Fn(usize) -> Option<Arc<SearchEntry>> + Sync),
) -> Vec<Arc<SearchEntry>> {
    let texts = &strings.get(config.language).texts;
    site.pages
        .par_iter()
        .enumerate()
        .map(|(idx, page)| {
            if let Some(entry) = reuse(idx) {
                return entry;
            }
            let front_matter = &page.document.front_matter;
            let text = body::plain_text(page);
            // What a kind shows besides the body: a report's lists, an area's latest statuses.
            let shown = crate::kinds::view::search_text(&super::view::ViewContext::of_page(
                site, idx, config, strings, now,
            ));
            let headings: Vec<&str> = page
                .document
                .headings
                .iter()
                .map(|heading| heading.text.as_str())
                .collect();
            let phase = match page.kind {
                Kind::Phase => Some(front_matter.title.clone()),
                Kind::Step => page
                    .parent
                    .map(|parent| site.pages[parent].document.front_matter.title.clone()),
                _ => None,
            };
            let mut seen = HashSet::default();
            let heading_words = folded_words(
                [front_matter.title.as_str()]
                    .into_iter()
                    .chain(headings.iter().copied()),
                &mut seen,
            );
            let words = folded_words(
                [
                    front_matter.description.as_deref().unwrap_or(""),
                    shown.as_str(),
                    text.as_str(),
                ]
                .into_iter(),
                &mut seen,
            );
            let snippet_source = front_matter.description.as_deref().unwrap_or(&text);
            Arc::new(SearchEntry {
                title: front_matter.title.clone(),
                url: crate::resolve::Site::href(config, &page.url),
                kind: texts
                    .get(&format!("kind_{}", page.kind.name()))
                    .cloned()
                    .unwrap_or_else(|| page.kind.name().to_string()),
                phase,
                heading_words,
                words,
                snippet: snippet(snippet_source),
            })
        })
        .collect()
}

/// The index file: the site's word table and every page.
/// The search page.
pub(crate) fn generate(renderer: &super::Renderer<'_>, emit: &mut super::Emit) {
    let context =
        super::context::plain_context(renderer.site, renderer.config, &renderer.strings, "search/");
    emit.html(renderer, String::from(PAGE), "search.html", &context);
}

pub(crate) fn index(entries: &[Arc<SearchEntry>]) -> String {
    let counts: HashMap<&str, usize> = entries
        .par_iter()
        .fold(HashMap::default, |mut counts, entry| {
            for word in entry.heading_words.iter().chain(&entry.words) {
                *counts.entry(word.as_str()).or_default() += 1;
            }
            counts
        })
        .reduce(HashMap::default, |mut all, part| {
            for (word, count) in part {
                *all.entry(word).or_default() += count;
            }
            all
        });
    let mut words: Vec<(&str, usize)> = counts.into_iter().collect();
    words.sort_by(|(a, a_count), (b, b_count)| b_count.cmp(a_count).then(a.cmp(b)));
    let numbers: HashMap<&str, u32> = words
        .iter()
        .zip(0u32..)
        .map(|((word, _), number)| (*word, number))
        .collect();
    let numbered = |words: &[String]| -> Vec<u32> {
        let mut list: Vec<u32> = words
            .iter()
            .filter_map(|word| numbers.get(word.as_str()).copied())
            .collect();
        list.sort_unstable();
        list
    };
    // Pages are serialized in parallel and joined: the same bytes as
    // serializing an `IndexView` whole.
    let pages: Vec<String> = entries
        .par_iter()
        .map(|entry| {
            let page = PageView {
                t: &entry.title,
                u: &entry.url,
                k: &entry.kind,
                p: entry.phase.as_deref(),
                h: numbered(&entry.heading_words),
                w: numbered(&entry.words),
                s: &entry.snippet,
            };
            serde_json::to_string(&page).unwrap_or_default()
        })
        .collect();
    let words: Vec<&str> = words.into_iter().map(|(word, _)| word).collect();
    let words = serde_json::to_string(&words).unwrap_or_else(|_| String::from("[]"));
    let mut index = String::with_capacity(
        words.len() + pages.iter().map(|page| page.len() + 1).sum::<usize>() + 24,
    );
    index.push_str("{\"words\":");
    index.push_str(&words);
    index.push_str(",\"pages\":[");
    for (at, page) in pages.iter().filter(|page| !page.is_empty()).enumerate() {
        if at > 0 {
            index.push(',');
        }
        index.push_str(page);
    }
    index.push_str("]}");
    index
}

/// Each word once, folded, in order of first appearance, leaving out those
/// already in `seen` (and adding the new ones to it).
fn folded_words<'t>(
    texts: impl Iterator<Item = &'t str>,
    seen: &mut HashSet<String>,
) -> Vec<String> {
    let mut words = Vec::new();
    let mut folded = String::new();
    for text in texts {
        for word in text.split(|ch: char| !ch.is_alphanumeric()) {
            crate::slug::fold_word(word, &mut folded);
            if folded.is_empty() || seen.contains(folded.as_str()) {
                continue;
            }
            seen.insert(folded.clone());
            words.push(folded.clone());
        }
    }
    words
}

fn snippet(text: &str) -> String {
    // Only the start of the text can end up in the snippet.
    let mut end = text.len().min(SNIPPET_CHARS * 8);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let text = text[..end].split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() <= SNIPPET_CHARS {
        return text;
    }
    let cut: String = text.chars().take(SNIPPET_CHARS).collect();
    let cut = cut
        .rsplit_once(' ')
        .map_or(cut.as_str(), |(before, _)| before);
    format!("{cut} …")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_folded_once_each() {
        let mut seen: HashSet<String> = [String::from("och")].into_iter().collect();
        assert_eq!(
            folded_words(["Åtgärder och åtgärder, PROM/PREM"].into_iter(), &mut seen),
            ["atgarder", "prom", "prem"]
        );
    }

    #[test]
    fn the_word_table_lists_frequent_words_first_and_pages_number_them() {
        let entry = |title: &str, words: &[&str]| {
            Arc::new(SearchEntry {
                title: title.to_string(),
                url: format!("/{title}/"),
                kind: String::from("Sida"),
                phase: None,
                heading_words: vec![title.to_string()],
                words: words.iter().map(|word| word.to_string()).collect(),
                snippet: String::new(),
            })
        };
        let index: serde_json::Value = serde_json::from_str(&index(&[
            entry("a", &["matt", "atgard"]),
            entry("b", &["atgard"]),
        ]))
        .expect("JSON");
        assert_eq!(
            index["words"],
            serde_json::json!(["atgard", "a", "b", "matt"])
        );
        assert_eq!(index["pages"][0]["h"], serde_json::json!([1]));
        assert_eq!(index["pages"][0]["w"], serde_json::json!([0, 3]));
        assert_eq!(index["pages"][1]["w"], serde_json::json!([0]));
    }

    #[test]
    fn snippets_end_at_a_word() {
        let long = "ord ".repeat(100);
        let cut = snippet(&long);
        assert!(cut.ends_with("ord …"));
        assert!(cut.chars().count() <= SNIPPET_CHARS + 2);
    }
}
