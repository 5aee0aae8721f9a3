//! The client-side search index (`search-index.json`): per page its title,
//! URL, kind, phase, headings, a snippet, and its words folded the way the
//! search script folds a query (lowercase; å ä → a, ö ø → o, æ → ae, é → e),
//! so that "atgard" finds "åtgärd". The page `search/` and its script live in
//! the theme.

use rayon::prelude::*;
use serde::Serialize;

use crate::config::SiteConfig;
use crate::kinds::Kind;
use crate::resolve::Site;

use super::body;
use super::strings::Strings;

pub const INDEX_FILE: &str = "search-index.json";
/// The search page's folder.
pub const PAGE: &str = "search/index.html";
const SNIPPET_CHARS: usize = 180;

/// One page in the index; short keys keep the file small.
#[derive(Serialize)]
pub struct SearchEntryView {
    /// Title.
    t: String,
    /// URL.
    u: String,
    /// Kind, in the site's language.
    k: String,
    /// The phase a step or phase belongs to.
    #[serde(skip_serializing_if = "Option::is_none")]
    p: Option<String>,
    /// Folded words of the title and headings, for ranking.
    h: String,
    /// Folded words of the whole page, each once.
    w: String,
    /// The first words of the text.
    s: String,
}

/// Each page's entry, as JSON, in page order. `reuse` may give a page's
/// entry from an earlier build (`serve`, when the page did not change).
pub fn entries(
    site: &Site,
    config: &SiteConfig,
    strings: &Strings,
    reuse: &(dyn Fn(usize) -> Option<String> + Sync),
) -> Vec<String> {
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
            let heading_words = folded_words(
                [front_matter.title.as_str()]
                    .into_iter()
                    .chain(headings.iter().copied()),
            );
            let all_words = folded_words(
                [
                    front_matter.title.as_str(),
                    front_matter.description.as_deref().unwrap_or(""),
                ]
                .into_iter()
                .chain(headings.iter().copied())
                .chain([text.as_str()]),
            );
            let snippet_source = front_matter.description.as_deref().unwrap_or(&text);
            let entry = SearchEntryView {
                t: front_matter.title.clone(),
                u: crate::resolve::Site::href(config, &page.url),
                k: texts
                    .get(&format!("kind_{}", page.kind.name()))
                    .cloned()
                    .unwrap_or_else(|| page.kind.name().to_string()),
                p: phase,
                h: heading_words,
                w: all_words,
                s: snippet(snippet_source),
            };
            serde_json::to_string(&entry).unwrap_or_default()
        })
        .collect()
}

/// The index file: the entries as one JSON array.
pub fn index(entries: &[String]) -> String {
    let mut index =
        String::with_capacity(entries.iter().map(|entry| entry.len() + 1).sum::<usize>() + 2);
    index.push('[');
    for (at, entry) in entries.iter().filter(|entry| !entry.is_empty()).enumerate() {
        if at > 0 {
            index.push(',');
        }
        index.push_str(entry);
    }
    index.push(']');
    index
}

/// Each word once, folded, in order of first appearance, space-separated.
fn folded_words<'t>(texts: impl Iterator<Item = &'t str>) -> String {
    let mut seen: std::collections::HashSet<String> = std::collections::HashSet::new();
    let mut words = String::new();
    let mut folded = String::new();
    for text in texts {
        for word in text.split(|ch: char| !ch.is_alphanumeric()) {
            crate::slug::fold_word(word, &mut folded);
            if folded.is_empty() || seen.contains(folded.as_str()) {
                continue;
            }
            seen.insert(folded.clone());
            if !words.is_empty() {
                words.push(' ');
            }
            words.push_str(&folded);
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
        assert_eq!(
            folded_words(["Åtgärder och åtgärder, PROM/PREM"].into_iter()),
            "atgarder och prom prem"
        );
    }

    #[test]
    fn snippets_end_at_a_word() {
        let long = "ord ".repeat(100);
        let cut = snippet(&long);
        assert!(cut.ends_with("ord …"));
        assert!(cut.chars().count() <= SNIPPET_CHARS + 2);
    }
}
