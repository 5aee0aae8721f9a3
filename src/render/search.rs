//! The client-side search index, in pieces that a query fetches as it needs
//! them (`search/index/`): words are folded the way the search script folds
//! a query (lowercase; å ä → a, ö ø → o, æ → ae, é → e), so that "atgard"
//! finds "åtgärd", and cut in their order into shards of about 32 kB
//! (`w/0.json`: each word with the pages that have it in their title,
//! headings or text, as numbers; `index.json` maps each shard's first word);
//! stems, compound parts and last guesses the same way (`s/`, `c/`, `x/`);
//! the pages' titles, URLs, kinds and snippets come in chunks of
//! [`CHUNK`] (`p/0.json`), fetched only for the results shown. Pages are
//! numbered in the order of their folded titles, so that results of equal
//! score are ordered by number alone. The page `search/` and its script live
//! in the theme.

use std::sync::Arc;

use rayon::prelude::*;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use serde::Serialize;

use crate::config::SiteConfig;
use crate::resolve::Site;

use super::strings::Strings;

/// The folder of the index's pieces.
pub(crate) const INDEX_DIR: &str = "search/index/";
/// Pages per chunk of page records; `search.js` has the same number.
pub(crate) const CHUNK: usize = 16;
/// The search page's folder.
pub(crate) const PAGE: &str = "search/index.html";
const SNIPPET_CHARS: usize = 180;
/// How much of a page's text a result may quote a sentence from: the
/// sentence with the words found, in place of the snippet.
const PASSAGE_CHARS: usize = 400;
/// The longest folded word indexed: Nordic compounds stay well below it.
const MAX_WORD: usize = 64;

/// The letters `search.js` folds by this table, each to what the index
/// folds it to (`slug::fold_word`), so that a query and the index fold
/// alike: Latin with its extensions (the Sámi đ ŋ ŧ ž among them), Greek
/// and Cyrillic. The script folds å ä ö ø æ é itself, and fetches this
/// only for a query with another letter.
const FOLD_RANGES: &[std::ops::RangeInclusive<u32>] = &[
    0x00C0..=0x02AF,
    0x0370..=0x03FF,
    0x0400..=0x04FF,
    0x1E00..=0x1EFF,
];

/// `search/index/fold.json`: each letter of `FOLD_RANGES` that folds to
/// something else, lowercase, with what it folds to. The same for every
/// site: made once per process (serve writes it on every rebuild).
fn fold_table() -> String {
    static TABLE: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    TABLE.get_or_init(make_fold_table).clone()
}

fn make_fold_table() -> String {
    let mut table = std::collections::BTreeMap::new();
    let mut folded = String::new();
    for ch in FOLD_RANGES
        .iter()
        .flat_map(|range| range.clone())
        .filter_map(char::from_u32)
        .filter(|ch| ch.is_alphanumeric())
    {
        let lower: String = ch.to_lowercase().collect();
        crate::slug::fold_word(&lower, &mut folded);
        if folded != lower {
            table.insert(lower, folded.clone());
        }
    }
    serde_json::to_string(&table).unwrap_or_default()
}

/// One page, before the site's word table numbers its words.
#[derive(Debug, Clone)]
pub(crate) struct SearchEntry {
    title: String,
    url: String,
    kind: String,
    phase: Option<String>,
    /// Folded words of the title, each once.
    title_words: Words,
    /// Folded words of the title and headings, each once.
    heading_words: Words,
    /// Folded words of the rest of the page, each once, none of `heading_words`.
    words: Words,
    /// Those of `words` the page's text is about, by BM25's weight of their
    /// count against the text's length (`bm25_weight`), as places in `words`.
    prominent: Vec<u32>,
    /// The stems of the title's, the headings' and the rest's words, in
    /// their letters (`stem.rs`), each once in the first of them.
    title_stems: Words,
    heading_stems: Words,
    stems: Words,
    /// The page's language: its words are stemmed and split in it.
    language: crate::config::Language,
    snippet: String,
    /// The start of the page's text, for the sentence with the words found
    /// (`PASSAGE_CHARS`: each letter more is 10 kB more at 10,000 pages, in
    /// memory and in the index).
    passage: String,
}

/// Page `idx`'s entry, from `text`, its body as plain text
/// (`body::plain_text`, or made as the page was rendered).
pub(crate) fn entry(
    site: &Site,
    idx: usize,
    config: &SiteConfig,
    strings: &Strings,
    now: jiff::civil::Date,
    text: &str,
) -> SearchEntry {
    let page = &site.pages[idx];
    let texts = &strings.get(config.language).texts;
    let front_matter = &page.document.front_matter;
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
    let snippet_source = front_matter.description.as_deref().unwrap_or(text);
    SearchEntry::new(
        Shown {
            title: &front_matter.title,
            url: crate::resolve::Site::href(config, &page.url),
            kind: texts
                .get(&format!("kind_{}", page.kind.name()))
                .cloned()
                .unwrap_or_else(|| page.kind.name().to_string()),
            phase: crate::kinds::view::phase_title(site, idx),
            snippet: snippet(snippet_source),
            passage: passage_of(&format!("{text}\n{shown}")),
        },
        &headings,
        [
            front_matter.description.as_deref().unwrap_or(""),
            shown.as_str(),
            text,
        ],
        page.language,
    )
}

/// A list of words in one allocation, each followed by a new line (no word
/// has one): every page's words are held until the index is made, and a
/// `Vec<String>` of them took 56 bytes a word besides its letters.
#[derive(Debug, Default, Clone)]
struct Words(Box<str>);

impl Words {
    fn iter(&self) -> impl Iterator<Item = &str> {
        // One search for all the line ends: `split` searched again for each
        // word, and the index goes through every page's words three times.
        let mut start = 0;
        memchr::memchr_iter(b'\n', self.0.as_bytes()).filter_map(move |end| {
            let word = self.0.get(start..end);
            start = end + 1;
            word
        })
    }
}

impl From<Vec<String>> for Words {
    fn from(words: Vec<String>) -> Words {
        let mut text = String::with_capacity(words.iter().map(|word| word.len() + 1).sum());
        for word in words {
            text.push_str(&word);
            text.push('\n');
        }
        Words(text.into_boxed_str())
    }
}

impl<const N: usize> PartialEq<[&str; N]> for Words {
    fn eq(&self, other: &[&str; N]) -> bool {
        self.iter().eq(other.iter().copied())
    }
}

/// What a result shows of a page.
struct Shown<'t> {
    title: &'t str,
    url: String,
    kind: String,
    phase: Option<String>,
    snippet: String,
    passage: String,
}

impl SearchEntry {
    /// A page's entry: its title, headings and texts split into words and
    /// stems in `language`.
    fn new<const N: usize>(
        shown: Shown<'_>,
        headings: &[&str],
        texts: [&str; N],
        language: crate::config::Language,
    ) -> SearchEntry {
        let (title_words, title_stems) = words_and_stems(
            [shown.title].into_iter(),
            Some(language),
            &mut Seen::default(),
        );
        let mut seen = Seen::default();
        let (heading_words, heading_stems) = words_and_stems(
            [shown.title].into_iter().chain(headings.iter().copied()),
            Some(language),
            &mut seen,
        );
        seen.total = 0;
        let (words, stems) = words_and_stems(texts.into_iter(), Some(language), &mut seen);
        // The text's own words, counted in it alone: none was in a heading.
        let prominent = (0u32..)
            .zip(&words)
            .filter(|(_, word)| {
                let count = seen.count(word);
                bm25_weight(count, seen.total) >= PROMINENT
            })
            .map(|(at, _)| at)
            .collect();
        SearchEntry {
            title: shown.title.to_string(),
            url: shown.url,
            kind: shown.kind,
            phase: shown.phase,
            title_words: title_words.into(),
            heading_words: heading_words.into(),
            words: words.into(),
            title_stems: title_stems.into(),
            heading_stems: heading_stems.into(),
            stems: stems.into(),
            prominent,
            language,
            snippet: shown.snippet,
            passage: shown.passage,
        }
    }
}

/// The entry of a page Stegvis writes itself (the page about cookies, the
/// accessibility statement), read back from its HTML: the first `<h1>` of
/// its `<main>` for its title, `<h2>`–`<h6>` for its headings, the rest of
/// `<main>` for its text. `None` for a page without a `<main>` or `<h1>`.
pub(crate) fn generated_entry(
    html: &[u8],
    url: String,
    kind: String,
    language: crate::config::Language,
) -> Option<SearchEntry> {
    use html5gum::{Token, Tokenizer};
    let html = std::str::from_utf8(html).ok()?;
    let (mut title, mut headings, mut text) = (String::new(), Vec::new(), String::new());
    // Depth inside <main>, and the heading being read (1 for the title).
    let (mut in_main, mut heading): (usize, Option<u8>) = (0, None);
    for Ok(token) in Tokenizer::new(html) {
        match token {
            Token::StartTag(tag) => {
                let name = tag.name.as_slice();
                if name == b"main" {
                    in_main += 1;
                } else if in_main > 0 && matches!(name, [b'h', b'1'..=b'6']) {
                    heading = Some(name[1] - b'0');
                    if heading != Some(1) {
                        headings.push(String::new());
                    }
                } else if in_main > 0 && !tag.self_closing {
                    // A block starts a line of its own (a sentence to quote).
                    let block = matches!(
                        name,
                        b"p" | b"li" | b"div" | b"tr" | b"dt" | b"dd" | b"section" | b"table"
                    );
                    text.push(if block { '\n' } else { ' ' });
                }
            }
            Token::EndTag(tag) => {
                let name = tag.name.as_slice();
                if name == b"main" {
                    in_main = in_main.saturating_sub(1);
                } else if matches!(name, [b'h', b'1'..=b'6']) {
                    heading = None;
                }
            }
            Token::String(piece) if in_main > 0 => {
                let piece = String::from_utf8_lossy(&piece);
                match heading {
                    Some(1) => title.push_str(&piece),
                    Some(_) => {
                        if let Some(last) = headings.last_mut() {
                            last.push_str(&piece);
                        }
                    }
                    None => text.push_str(&piece),
                }
            }
            _ => {}
        }
    }
    let title = title.trim();
    if title.is_empty() {
        return None;
    }
    let headings: Vec<&str> = headings.iter().map(|heading| heading.trim()).collect();
    Some(SearchEntry::new(
        Shown {
            title,
            url,
            kind,
            phase: None,
            snippet: snippet(&text),
            passage: passage_of(&text),
        },
        &headings,
        [text.as_str()],
        language,
    ))
}

/// The index file: the site's word table and every page.
/// The search page.
pub(crate) fn generate(renderer: &super::Renderer<'_>, emit: &mut super::Emit) {
    let context =
        super::context::plain_context(renderer.site, renderer.config, &renderer.strings, "search/");
    emit.html(renderer, String::from(PAGE), "search.html", &context);
}

/// The pages of one word: numbers of the pages that have it in their
/// title or headings (`h`, list 0), only in their text (`b`, 1), in their
/// title (`t`, 2), and prominent in their text (`f`, 3, of `b`: BM25's
/// weight). One allocation for the four lists, one after the other, each
/// as the gaps between its numbers (`gaps`: a byte a page for most words,
/// where four took 48 MB at 100,000 pages): a big site has hundreds of
/// thousands of words, most of them on a page or two.
#[derive(Default)]
struct Postings {
    gaps: Box<[u8]>,
    /// Where each list ends in `gaps`.
    ends: [u32; 4],
    /// The last number of each list.
    last: [u32; 4],
}

impl Postings {
    /// From the four lists, each ascending.
    fn of(lists: [&[u32]; 4]) -> Postings {
        let mut gaps = Vec::new();
        let mut ends = [0; 4];
        for (end, list) in ends.iter_mut().zip(lists) {
            crate::gaps::extend(&mut gaps, list.iter().copied());
            *end = u32::try_from(gaps.len()).unwrap_or(u32::MAX);
        }
        Postings {
            gaps: gaps.into_boxed_slice(),
            ends,
            last: [0; 4],
        }
    }

    /// Counts `number` in list `list`, for `with_room`.
    fn count(&mut self, list: usize, number: u32) {
        self.ends[list] += crate::gaps::len(number - self.last[list]) as u32;
        self.last[list] = number;
    }

    /// Room for the lists that were counted, filled by `push`.
    fn with_room(counted: &Postings) -> Postings {
        let total: u32 = counted.ends.iter().sum();
        let mut ends = [0; 4];
        let mut start = 0;
        for (end, bytes) in ends.iter_mut().zip(counted.ends) {
            *end = start;
            start += bytes;
        }
        Postings {
            gaps: vec![0; total as usize].into_boxed_slice(),
            ends,
            last: [0; 4],
        }
    }

    /// Adds a page to list `list` of one made `with_room`: each list's end
    /// moves on from its start until it meets the next list's.
    fn push(&mut self, list: usize, number: u32) {
        let gap = number - self.last[list];
        self.last[list] = number;
        if let Some(room) = self.gaps.get_mut(self.ends[list] as usize..) {
            self.ends[list] += crate::gaps::put(room, gap) as u32;
        }
    }

    fn bytes(&self, list: usize) -> &[u8] {
        let start = list.checked_sub(1).map_or(0, |before| self.ends[before]);
        self.gaps
            .get(start as usize..self.ends[list] as usize)
            .unwrap_or(&[])
    }

    /// List `list`'s numbers, ascending.
    fn list(&self, list: usize) -> impl Iterator<Item = u32> + '_ {
        crate::gaps::numbers(self.bytes(list))
    }

    /// List `list` as the gaps between its numbers.
    fn gaps(&self, list: usize) -> Vec<u32> {
        crate::gaps::gaps(self.bytes(list)).collect()
    }

    /// How many pages the four lists have.
    fn len(&self) -> usize {
        crate::gaps::count(&self.gaps)
    }
}

/// One piece of the word index: its words in order, each with its pages as
/// gaps between ascending numbers (short numbers compress well).
#[derive(Serialize)]
struct Shard<'w> {
    w: Vec<&'w str>,
    h: Vec<Vec<u32>>,
    b: Vec<Vec<u32>>,
    t: Vec<Vec<u32>>,
    /// Only in the words' shards (`w/`).
    #[serde(skip_serializing_if = "Option::is_none")]
    f: Option<Vec<Vec<u32>>>,
}

/// A page as a result shows it: title, URL, kind, phase (or null), snippet,
/// and the passage to quote the sentence with the words found from
/// (empty where it would only repeat the snippet).
type Record<'e> = (&'e str, &'e str, &'e str, Option<&'e str>, &'e str, &'e str);

/// The index's pieces, handed to `put` with their paths in the output as
/// soon as they are made, a batch at a time (the sink writes a batch in
/// parallel): the word shards and the chunks of page records.
pub(crate) fn index(entries: &[Arc<SearchEntry>], put: &mut dyn FnMut(Vec<(String, String)>)) {
    // Pages numbered in the order of their folded titles: ties of score are
    // ordered by number alone, without the titles.
    let mut order: Vec<(String, &SearchEntry)> = entries
        .iter()
        .map(|entry| (folded_title(&entry.title), entry.as_ref()))
        .collect();
    order.sort_by(|(a, a_entry), (b, b_entry)| {
        a.cmp(b)
            .then(a_entry.title.cmp(&b_entry.title))
            .then(a_entry.url.cmp(&b_entry.url))
    });
    put(vec![(format!("{INDEX_DIR}fold.json"), fold_table())]);
    // One family's pages at a time, each let go once its shards are out:
    // of the stems, the compound parts need only which there are.
    let stem_postings = postings_of(
        &order,
        |entry| [&entry.heading_stems, &entry.stems, &entry.title_stems],
        false,
    );
    let mut folded = String::new();
    let stems: HashSet<String> = stem_postings
        .keys()
        .map(|stem| {
            crate::slug::fold_word(stem, &mut folded);
            folded.clone()
        })
        .collect();
    let stem_firsts = shards("s", pairs(&stem_postings), put);
    drop(stem_postings);
    let postings = postings_of(
        &order,
        |entry| [&entry.heading_words, &entry.words, &entry.title_words],
        true,
    );
    let (part_postings, guess_postings) = compound_postings(&order, &postings, &stems);
    let word_firsts = shards("w", pairs(&postings), put);
    drop(postings);
    let part_firsts = shards(
        "c",
        part_postings
            .iter()
            .map(|(part, pages)| (part.as_str(), pages)),
        put,
    );
    let guess_firsts = shards(
        "x",
        guess_postings
            .iter()
            .filter(|(guess, _)| !part_postings.contains_key(*guess))
            .map(|(guess, pages)| (guess.as_str(), pages)),
        put,
    );
    // The map of the shards: each family's first keys, in order.
    let map = serde_json::json!({
        "w": word_firsts,
        "s": stem_firsts,
        "c": part_firsts,
        "x": guess_firsts,
    });
    put(vec![(format!("{INDEX_DIR}index.json"), map.to_string())]);
    // The records, made in parallel as the shards are, a batch at a time.
    let chunks: Vec<(usize, &[(String, &SearchEntry)])> = order.chunks(CHUNK).enumerate().collect();
    for batch in chunks.chunks(SHARDS_AT_ONCE) {
        put(batch
            .par_iter()
            .map(|&(n, chunk)| records(n, chunk))
            .collect());
    }
}

/// The records of the pages numbered from `n * CHUNK`, as `p/{n}.json`.
fn records(n: usize, chunk: &[(String, &SearchEntry)]) -> (String, String) {
    let records: Vec<Record<'_>> = chunk
        .iter()
        .map(|(_, entry)| {
            (
                entry.title.as_str(),
                entry.url.as_str(),
                entry.kind.as_str(),
                entry.phase.as_deref(),
                entry.snippet.as_str(),
                passage(entry),
            )
        })
        .collect();
    let json = serde_json::to_string(&records).unwrap_or_default();
    (format!("{INDEX_DIR}p/{n}.json"), json)
}

/// Each key's pages, from the three lists `fields` gives of each page (in
/// its title or headings, only in its text, in its title), and where
/// `prominent` the pages whose text is about a word, by page number. The
/// lists are counted first and made at their size: grown by doubling, they
/// took a third more (tens of MB at 100,000 pages). Its two `Halves` are
/// made at once, on two threads: the index is made after every page,
/// while nothing else runs.
fn postings_of<'e>(
    order: &[(String, &'e SearchEntry)],
    fields: impl Fn(&'e SearchEntry) -> [&'e Words; 3] + Sync,
    prominent: bool,
) -> Halves<'e> {
    let half = |which: usize| {
        // Counted in the lists' ends, then given their room in place: one table.
        let mut postings: HashMap<&str, Postings> = HashMap::default();
        each_posting(order, &fields, prominent, |key, list, number| {
            if Halves::half(key) == which {
                postings.entry(key).or_default().count(list, number);
            }
        });
        for pages in postings.values_mut() {
            *pages = Postings::with_room(pages);
        }
        each_posting(order, &fields, prominent, |key, list, number| {
            if Halves::half(key) == which
                && let Some(pages) = postings.get_mut(key)
            {
                pages.push(list, number);
            }
        });
        postings
    };
    let (first, second) = rayon::join(|| half(0), || half(1));
    Halves([first, second])
}

/// Each key's pages, in two tables by the last bit of the key's first
/// byte (about half the words each), so that two threads can make them.
struct Halves<'e>([HashMap<&'e str, Postings>; 2]);

impl<'e> Halves<'e> {
    fn half(key: &str) -> usize {
        key.as_bytes()
            .first()
            .map_or(0, |byte| usize::from(byte & 1))
    }

    fn get(&self, key: &str) -> Option<&Postings> {
        self.0.get(Halves::half(key))?.get(key)
    }

    fn contains_key(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    fn keys(&self) -> impl Iterator<Item = &'e str> + '_ {
        self.0.iter().flat_map(|half| half.keys().copied())
    }
}

/// The keys of `postings` with their pages, borrowed.
fn pairs<'p>(postings: &'p Halves<'_>) -> impl Iterator<Item = (&'p str, &'p Postings)> {
    postings
        .0
        .iter()
        .flat_map(|half| half.iter().map(|(key, pages)| (*key, pages)))
}

/// Every (key, list, page number) of `postings_of`: the lists are
/// headings (0), text (1), title (2) and prominent (3).
fn each_posting<'e>(
    order: &[(String, &'e SearchEntry)],
    fields: &impl Fn(&'e SearchEntry) -> [&'e Words; 3],
    prominent: bool,
    mut posting: impl FnMut(&'e str, usize, u32),
) {
    for (number, (_, entry)) in (0u32..).zip(order) {
        let [headings, text, title] = fields(entry);
        if prominent && !entry.prominent.is_empty() {
            // `prominent` is in increasing order, as the words are.
            let mut places = entry.prominent.iter().peekable();
            for (at, key) in (0u32..).zip(entry.words.iter()) {
                if places.next_if_eq(&&at).is_some() {
                    posting(key, 3, number);
                }
            }
        }
        for (list, keys) in [headings, text, title].into_iter().enumerate() {
            for key in keys.iter() {
                posting(key, list, number);
            }
        }
    }
}

/// The pages of each compound part (`compound::parts`: those of every word
/// that ends in it, "arbete" has the pages of "förbattringsarbete") and of
/// each last guess (`compound::guesses`), split against the site's words
/// and `stems` (folded).
fn compound_postings(
    order: &[(String, &SearchEntry)],
    postings: &Halves<'_>,
    stems: &HashSet<String>,
) -> (HashMap<String, Postings>, HashMap<String, Postings>) {
    let known = |word: &str| {
        if postings.contains_key(word) {
            Some(crate::compound::Known::Word)
        } else {
            stems.contains(word).then_some(crate::compound::Known::Stem)
        }
    };
    // Each word once, in the language of the first page that has it.
    let mut seen: HashSet<&str> = HashSet::default();
    let mut words: Vec<(&str, crate::config::Language)> = Vec::new();
    for (_, entry) in order {
        for word in entry.heading_words.iter().chain(entry.words.iter()) {
            if seen.insert(word) {
                words.push((word, entry.language));
            }
        }
    }
    let pages_of = |split: Vec<(&str, Vec<String>)>| {
        let mut parts: HashMap<String, [Vec<u32>; 3]> = HashMap::default();
        for (word, word_parts) in split {
            let Some(pages) = postings.get(word) else {
                continue;
            };
            for part in word_parts {
                let part_pages = parts.entry(part).or_default();
                for (list, numbers) in part_pages.iter_mut().enumerate() {
                    numbers.extend(pages.list(list));
                }
            }
        }
        parts
            .into_iter()
            .map(|(part, mut lists)| {
                for numbers in &mut lists {
                    numbers.sort_unstable();
                    numbers.dedup();
                }
                let [h, b, t] = &lists;
                (part, Postings::of([h, b, t, &[]]))
            })
            .collect::<HashMap<String, Postings>>()
    };
    (
        pages_of(crate::compound::parts(&words, &known)),
        pages_of(crate::compound::guesses(&words, &known)),
    )
}

/// The most bytes of JSON a shard holds before the next one starts (it
/// may hold more where one folded key has many pages): a query fetches the
/// shards its terms fall in, a few tens of kilobytes gzipped each.
const SHARD_BYTES: usize = 32 * 1024;

/// The shards of `family` (`w`: folded words, `s`: stems, `c`: compound
/// parts, `x`: last guesses), as `family/0.json`, `family/1.json`, …: the
/// keys in the order of their folded form, cut where a shard has
/// `SHARD_BYTES` (never between keys that fold alike: "mot" and "möt"),
/// and each shard's first key folded, for the index's map (`index.json`),
/// so that a query fetches only the shards its terms fall in.
fn shards<'p>(
    family: &str,
    postings: impl Iterator<Item = (&'p str, &'p Postings)>,
    put: &mut dyn FnMut(Vec<(String, String)>),
) -> Vec<String> {
    // Every key folded, in one string (a big site has hundreds of
    // thousands): each key holds where its folded form lies.
    let (mut folded, mut all_folded) = (String::new(), String::new());
    let mut keys: Vec<(std::ops::Range<usize>, &str, &Postings)> = postings
        .map(|(key, pages)| {
            crate::slug::fold_word(key, &mut folded);
            let start = all_folded.len();
            all_folded.push_str(&folded);
            (start..all_folded.len(), key, pages)
        })
        .collect();
    let folded_at = |range: &std::ops::Range<usize>| all_folded.get(range.clone()).unwrap_or("");
    keys.sort_unstable_by(|(a_folded, a, _), (b_folded, b, _)| {
        (folded_at(a_folded).cmp(folded_at(b_folded))).then(a.cmp(b))
    });
    let folded_of = |at: usize| folded_at(&keys[at].0);
    // Where each shard starts: a key's size is about its letters and gaps.
    let mut starts = vec![0];
    let mut bytes = 0;
    for (at, (_, _, pages)) in keys.iter().enumerate() {
        let key = folded_of(at);
        let size = key.len() + 12 + 4 * pages.len();
        if bytes + size > SHARD_BYTES && bytes > 0 && folded_of(at - 1) != key {
            starts.push(at);
            bytes = 0;
        }
        bytes += size;
    }
    let firsts: Vec<String> = if keys.is_empty() {
        Vec::new()
    } else {
        starts.iter().map(|&at| folded_of(at).to_string()).collect()
    };
    let ends = starts.iter().skip(1).copied().chain([keys.len()]);
    let cuts: Vec<(usize, (usize, usize))> = starts.iter().copied().zip(ends).enumerate().collect();
    // Made in parallel, a few at a time, each handed on as soon as it is
    // made: a big site's shards are not all held at once.
    for batch in cuts.chunks(SHARDS_AT_ONCE) {
        let files: Vec<(String, String)> = (batch.par_iter())
            .filter(|(_, (start, end))| start < end)
            .map(|&(n, (start, end))| {
                let chunk = &keys[start..end];
                let gaps_of = |list: usize| -> Vec<Vec<u32>> {
                    chunk.iter().map(|(_, _, pages)| pages.gaps(list)).collect()
                };
                let shard = Shard {
                    w: chunk.iter().map(|(_, key, _)| *key).collect(),
                    h: gaps_of(0),
                    b: gaps_of(1),
                    t: gaps_of(2),
                    f: (family == "w").then(|| gaps_of(3)),
                };
                let json = serde_json::to_string(&shard).unwrap_or_default();
                (format!("{INDEX_DIR}{family}/{n}.json"), json)
            })
            .collect();
        put(files);
    }
    firsts
}

/// How many shards (`shards`), or chunks of records, are made at once:
/// 2 MB of JSON at most.
const SHARDS_AT_ONCE: usize = 64;

/// A title folded for ordering: its folded words joined by spaces.
fn folded_title(title: &str) -> String {
    folded_words([title].into_iter(), &mut Seen::default()).join(" ")
}

/// Each word once, folded, in order of first appearance, leaving out those
/// already in `seen` (and adding the new ones to it).
fn folded_words<'t>(texts: impl Iterator<Item = &'t str>, seen: &mut Seen) -> Vec<String> {
    let (words, _) = words_and_stems(texts, None, seen);
    words
}

/// The folded words and the stems a page's texts have given already, how
/// often each word came, and how many words there were.
#[derive(Default)]
struct Seen {
    /// Each folded word, with its place in `counts`.
    words: HashMap<String, usize>,
    /// How often each word came.
    counts: Vec<u32>,
    stems: HashSet<String>,
    /// How many words came, of every word.
    total: u32,
}

impl Seen {
    /// How often `folded` came.
    fn count(&self, folded: &str) -> u32 {
        self.words
            .get(folded)
            .and_then(|&at| self.counts.get(at))
            .copied()
            .unwrap_or(0)
    }

    /// `folded` counted once more: its place, and whether it is new.
    fn add(&mut self, folded: &str) -> (usize, bool) {
        if let Some(&at) = self.words.get(folded) {
            self.again(at);
            return (at, false);
        }
        self.total += 1;
        let at = self.counts.len();
        self.counts.push(1);
        self.words.insert(folded.to_string(), at);
        (at, true)
    }

    /// The word at `at` (from [`Seen::add`]) counted once more.
    fn again(&mut self, at: usize) {
        self.total += 1;
        if let Some(count) = self.counts.get_mut(at) {
            *count += 1;
        }
    }
}

/// BM25's weight of a word's count in a text of `total` words (k1 = 1.2,
/// b = 0.75, against a text of `AVERAGE_WORDS`): from 1 for once in a text
/// of average length towards 2.2 for many times in a short one.
fn bm25_weight(count: u32, total: u32) -> f64 {
    const K1: f64 = 1.2;
    const B: f64 = 0.75;
    const AVERAGE_WORDS: f64 = 250.0;
    let count = f64::from(count);
    count * (K1 + 1.0) / (count + K1 * (1.0 - B + B * f64::from(total) / AVERAGE_WORDS))
}

/// The weight from which a word is prominent in a page's text: twice in a
/// text of average length, once in a short one, seven times in a long one.
const PROMINENT: f64 = 1.35;

/// In one pass over `texts`: each word once, folded, and (in `language`)
/// each word's stem once, lowercase in its own letters, leaving out stems
/// equal to their word (the word index has them: `search.js` looks for a
/// query's stem there too); both in order of first appearance, without
/// those already `seen` (to which the new ones are added).
fn words_and_stems<'t>(
    texts: impl Iterator<Item = &'t str>,
    language: Option<crate::config::Language>,
    seen: &mut Seen,
) -> (Vec<String>, Vec<String>) {
    use unicode_normalization::UnicodeNormalization;
    let (mut words, mut stems) = (Vec::new(), Vec::new());
    let (mut folded, mut lower) = (String::new(), String::new());
    // Most words of a text repeat, spelt the same: each spelling is folded
    // and stemmed once, and then only counted (with its place in `seen`;
    // `None` for what is no word: empty, or too long).
    let mut spellings: HashMap<&str, Option<usize>> = HashMap::default();
    for text in texts {
        for word in text.split(|ch: char| !is_letter_or_digit(ch)) {
            // A "word" of 100 KB (base64, a pasted hash) is no word a member
            // types: left out, not indexed whole.
            if word.len() > 4 * MAX_WORD {
                continue;
            }
            if let Some(&known) = spellings.get(word) {
                if let Some(at) = known {
                    seen.again(at);
                }
                continue;
            }
            crate::slug::fold_word(word, &mut folded);
            let place = (!folded.is_empty() && folded.len() <= MAX_WORD).then(|| {
                let (at, new) = seen.add(&folded);
                if new {
                    words.push(folded.clone());
                }
                at
            });
            spellings.insert(word, place);
            let Some(language) = language else {
                continue;
            };
            if word.is_empty() || word.len() > MAX_WORD {
                continue;
            }
            lower.clear();
            if word.is_ascii() {
                lower.push_str(word);
                lower.make_ascii_lowercase();
            } else if unicode_normalization::is_nfc_quick(word.chars())
                == unicode_normalization::IsNormalized::Yes
            {
                lower.extend(word.chars().flat_map(char::to_lowercase));
            } else {
                lower.extend(word.nfc().flat_map(char::to_lowercase));
            }
            with_stem(&lower, language, |stem| {
                if stem != lower && !seen.stems.contains(stem) {
                    seen.stems.insert(stem.to_string());
                    stems.push(stem.to_string());
                }
            });
        }
    }
    (words, stems)
}

/// `char::is_alphanumeric`, the Nordic letters first: its table lookup
/// for every letter outside ASCII was a hundredth of a build's time.
fn is_letter_or_digit(ch: char) -> bool {
    ch.is_ascii_alphanumeric()
        || matches!(
            ch,
            'å' | 'ä' | 'ö' | 'Å' | 'Ä' | 'Ö' | 'æ' | 'ø' | 'Æ' | 'Ø' | 'é'
        )
        || (!ch.is_ascii() && ch.is_alphanumeric())
}

/// `then` with a word's stem, remembered on each thread: a site's words repeat from
/// page to page, and each is stemmed once (the memory is dropped past
/// `STEMS_KEPT` words, so a huge vocabulary cannot grow it without bound).
fn with_stem(lower: &str, language: crate::config::Language, then: impl FnOnce(&str)) {
    const STEMS_KEPT: usize = 200_000;
    thread_local! {
        static STEMS: std::cell::RefCell<(Option<crate::config::Language>, HashMap<String, String>)> =
            std::cell::RefCell::new((None, HashMap::default()));
    }
    STEMS.with(|stems| {
        let (remembered, stems) = &mut *stems.borrow_mut();
        // One language at a time: a site's pages are mostly in one.
        if *remembered != Some(language) || stems.len() >= STEMS_KEPT {
            *remembered = Some(language);
            stems.clear();
        }
        match stems.get(lower) {
            Some(stem) => then(stem),
            None => {
                let stem = crate::stem::stem(lower, language);
                then(&stem);
                stems.insert(lower.to_string(), stem);
            }
        }
    })
}

/// The passage a record carries: none where the snippet is all of it.
fn passage(entry: &SearchEntry) -> &str {
    if entry.snippet == entry.passage {
        ""
    } else {
        &entry.passage
    }
}

fn snippet(text: &str) -> String {
    start_of(text, SNIPPET_CHARS)
}

/// The start of `text`, its spaces made one, up to `chars` letters, ended
/// at a word with " …" where it is cut.
fn start_of(text: &str, chars: usize) -> String {
    start_keeping(text, chars, false)
}

/// `start_of`, but with a new line where a block of the text ends (the
/// search script quotes a sentence, and a heading is one of its own).
fn passage_of(text: &str) -> String {
    start_keeping(text, PASSAGE_CHARS, true)
}

fn start_keeping(text: &str, chars: usize, lines: bool) -> String {
    // Only the start of the text can end up in it.
    let mut end = text.len().min(chars * 8);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    // The text with its spaces made one (and, with `lines`, its empty lines
    // left out), made only as far as a letter past `chars`: whether it is
    // cut shows there.
    let mut kept = String::with_capacity(end.min(chars * 2));
    let mut count = 0;
    // Each line found as it is needed (a split on a closure that never
    // matched went through the whole start before the first word).
    let start = &text[..end];
    let pieces: Box<dyn Iterator<Item = &str>> = if lines {
        Box::new(start.split('\n'))
    } else {
        Box::new(std::iter::once(start))
    };
    'text: for line in pieces {
        for (at, word) in line.split_whitespace().enumerate() {
            if !kept.is_empty() {
                kept.push(if at == 0 { '\n' } else { ' ' });
                count += 1;
            }
            kept.push_str(word);
            count += word.chars().count();
            if count > chars {
                break 'text;
            }
        }
    }
    if count <= chars {
        kept.shrink_to_fit();
        return kept;
    }
    let cut = kept
        .char_indices()
        .nth(chars)
        .map_or(kept.as_str(), |(at, _)| &kept[..at]);
    let cut = cut.rsplit_once(' ').map_or(cut, |(before, _)| before);
    // Held for every page until the index is made: no spare capacity.
    let mut kept = format!("{cut} …");
    kept.shrink_to_fit();
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_folded_once_each() {
        let mut seen = Seen::default();
        seen.add("och");
        seen.total = 0;
        assert_eq!(
            folded_words(
                ["Åtgärder och åtgärder, PROM/PREM och åtgärder"].into_iter(),
                &mut seen
            ),
            ["atgarder", "prom", "prem"]
        );
        assert_eq!(
            (seen.count("atgarder"), seen.count("och"), seen.total),
            (3, 3, 7)
        );
    }

    /// A page's entry with `words` in its text, its title its only heading.
    fn entry(title: &str, words: &[&str]) -> Arc<SearchEntry> {
        Arc::new(SearchEntry {
            title: title.to_string(),
            url: format!("/{title}/"),
            kind: String::from("Sida"),
            phase: None,
            title_words: vec![title.to_lowercase()].into(),
            heading_words: vec![title.to_lowercase()].into(),
            words: Words::from(
                words
                    .iter()
                    .map(|word| word.to_string())
                    .collect::<Vec<_>>(),
            ),
            title_stems: Words::default(),
            heading_stems: Words::default(),
            stems: Words::default(),
            prominent: Vec::new(),
            language: crate::config::Language::Sv,
            snippet: String::new(),
            passage: String::new(),
        })
    }

    /// The index's files of `entries`, by path.
    fn index_of(entries: &[Arc<SearchEntry>]) -> HashMap<String, serde_json::Value> {
        let mut files: HashMap<String, serde_json::Value> = HashMap::default();
        index(entries, &mut |batch| {
            for (path, json) in batch {
                files.insert(path, serde_json::from_str(&json).expect("JSON"));
            }
        });
        files
    }

    #[test]
    fn a_compound_part_has_the_pages_of_its_compounds_from_both_halves() {
        // A compound splits where both sides are words of the site. "arbete"
        // and "kvalitet(sarbete)" start with odd bytes, "forbattring(sarbete)"
        // with an even one: they are in the postings' two halves.
        let files = index_of(&[
            entry("Alfa", &["arbete", "forbattring", "kvalitet"]),
            entry("Beta", &["forbattringsarbete"]),
            entry("Gamma", &["kvalitetsarbete"]),
        ]);
        let c = &files["search/index/c/0.json"];
        let at = c["w"]
            .as_array()
            .and_then(|parts| parts.iter().position(|part| part == "arbete"))
            .expect("arbete is a part");
        // Beta is page 1 and Gamma page 2, by title; the gaps between them.
        assert_eq!(c["b"][at], serde_json::json!([1, 1]));
    }

    #[test]
    fn words_are_in_one_shard_in_order_and_pages_numbered_by_title() {
        let files = index_of(&[
            entry("Beta", &["matt", "atgard"]),
            entry("Alfa", &["atgard", "2025"]),
        ]);
        // Alfa is page 0 and Beta page 1, by title; one shard holds all.
        let w = &files["search/index/w/0.json"];
        assert_eq!(
            w["w"],
            serde_json::json!(["2025", "alfa", "atgard", "beta", "matt"])
        );
        assert_eq!(w["h"], serde_json::json!([[], [0], [], [1], []]));
        assert_eq!(w["b"], serde_json::json!([[0], [], [0, 1], [], [1]]));
        assert_eq!(w["t"], serde_json::json!([[], [0], [], [1], []]));
        assert_eq!(
            files["search/index/index.json"],
            serde_json::json!({ "w": ["2025"], "s": [], "c": [], "x": [] })
        );
        assert_eq!(
            files["search/index/p/0.json"],
            serde_json::json!([
                ["Alfa", "/Alfa/", "Sida", null, "", ""],
                ["Beta", "/Beta/", "Sida", null, "", ""]
            ])
        );
    }

    #[test]
    fn shards_are_cut_by_size_never_between_keys_that_fold_alike() {
        // More shards than are made at once (`SHARDS_AT_ONCE`).
        let many: Vec<String> = (0..40_000).map(|n| format!("ord{n:05}")).collect();
        let ten: Vec<u32> = (0..10).collect();
        let pages = Postings::of([&[], &ten, &[], &[]]);
        let mut postings: HashMap<&str, &Postings> =
            many.iter().map(|word| (word.as_str(), &pages)).collect();
        // "mot" and "möt" fold alike: one shard holds both.
        postings.insert("mot", &pages);
        postings.insert("möt", &pages);
        let mut files = Vec::new();
        let firsts = shards("s", postings.into_iter(), &mut |batch| files.extend(batch));
        assert!(files.len() > SHARDS_AT_ONCE, "{} shards", files.len());
        assert_eq!(files.len(), firsts.len());
        let paths: Vec<&str> = files.iter().map(|(path, _)| path.as_str()).collect();
        let numbered: Vec<String> = (0..files.len())
            .map(|n| format!("{INDEX_DIR}s/{n}.json"))
            .collect();
        assert_eq!(paths, numbered, "every shard once, in order");
        assert!(
            firsts.windows(2).all(|pair| pair[0] < pair[1]),
            "{firsts:?}"
        );
        for (path, json) in &files {
            assert!(json.len() < 2 * SHARD_BYTES, "{path}: {}", json.len());
        }
        let holding = |key: &str| -> Vec<&String> {
            files
                .iter()
                .filter(|(_, json)| json.contains(&format!("\"{key}\"")))
                .map(|(path, _)| path)
                .collect()
        };
        assert_eq!(holding("mot").len(), 1);
        assert_eq!(holding("mot"), holding("möt"));
    }

    #[test]
    fn the_script_reads_chunks_of_the_same_size() {
        let script = include_str!("../../themes/default/static/search.js");
        assert!(
            script.contains(&format!("var CHUNK = {CHUNK};")),
            "search.js and CHUNK agree"
        );
    }

    #[test]
    fn a_generated_page_is_read_back_from_its_main() {
        let html = b"<html><body><nav><a>Mallar</a></nav><main><article><h1>Om <b>kakor</b></h1>\
            <p>Webbplatsen sparar inga kakor.</p><h2>Andra webbplatser</h2><p>Inga.</p></article></main>\
            <footer>Kontakt</footer></body></html>";
        let entry = generated_entry(
            html,
            String::from("/om-kakor/"),
            String::from("Sida"),
            crate::config::Language::Sv,
        )
        .expect("an entry");
        assert_eq!(entry.title, "Om kakor");
        assert_eq!(entry.title_words, ["om", "kakor"]);
        assert_eq!(entry.heading_words, ["om", "kakor", "andra", "webbplatser"]);
        assert!(
            entry.words.iter().any(|word| word == "sparar"),
            "{:?}",
            entry.words
        );
        assert!(
            !entry
                .words
                .iter()
                .any(|word| word == "mallar" || word == "kontakt"),
            "{:?}",
            entry.words
        );
        assert_eq!(entry.snippet, "Webbplatsen sparar inga kakor. Inga.");
        assert_eq!(entry.passage, "Webbplatsen sparar inga kakor.\nInga.");
        assert!(
            generated_entry(
                b"<main><p>No title</p></main>",
                String::new(),
                String::new(),
                crate::config::Language::Sv
            )
            .is_none()
        );
    }

    #[test]
    fn a_word_is_prominent_by_its_count_against_the_texts_length() {
        // Twice in a text of average length; once is not enough.
        assert!(bm25_weight(2, 250) >= PROMINENT && bm25_weight(1, 250) < PROMINENT);
        // Once in a short text; seven times in a long one.
        assert!(bm25_weight(1, 40) >= PROMINENT);
        assert!(bm25_weight(6, 1000) < PROMINENT && bm25_weight(7, 1000) >= PROMINENT);
        let filler = "ord ".repeat(200);
        let text = format!("Kakor här. {filler} Fler kakor. Mallar en gång.");
        let entry = SearchEntry::new(
            Shown {
                title: "Om",
                url: String::new(),
                kind: String::new(),
                phase: None,
                snippet: String::new(),
                passage: String::new(),
            },
            &[],
            [text.as_str()],
            crate::config::Language::Sv,
        );
        let prominent: Vec<&str> = (entry.prominent.iter())
            .filter_map(|&at| entry.words.iter().nth(at as usize))
            .collect();
        assert!(prominent.contains(&"kakor"), "{prominent:?}");
        assert!(!prominent.contains(&"mallar"), "{prominent:?}");
    }

    #[test]
    fn snippets_end_at_a_word() {
        let long = "ord ".repeat(100);
        let cut = snippet(&long);
        assert!(cut.ends_with("ord …"));
        assert!(cut.chars().count() <= SNIPPET_CHARS + 2);
    }

    #[test]
    fn a_passage_keeps_its_lines_and_makes_its_spaces_one() {
        assert_eq!(
            passage_of("  Rubrik \r\n\n\tEtt  stycke\nslut  "),
            "Rubrik\nEtt stycke\nslut"
        );
        assert_eq!(start_of("Rubrik\nEtt  stycke", 100), "Rubrik Ett stycke");
        // Cut at the last space before the 13th letter, never at a new line.
        assert_eq!(
            start_keeping("ett två\ntre fyra", 12, true),
            "ett två\ntre …"
        );
        assert_eq!(start_keeping("åäö åäö", 7, false), "åäö åäö");
        assert_eq!(start_keeping("åäö åäöx", 7, false), "åäö …");
    }
}
