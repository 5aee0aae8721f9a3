//! Compound parts for search (issue 37), so that "arbete" finds
//! "förbättringsarbete" and "diagram" finds "fiskbensdiagram": Swedish,
//! Norwegian and Danish write compounds as one word. A word is split where
//! both sides are words of the site itself (or a word's stem), with the
//! linking "-s-" between them ("förbättrings|arbete"; in Norwegian and
//! Danish "-e-" too: "fiske|bein"). No dictionary is shipped: the site's
//! own vocabulary is the dictionary, so a portal's own terms split and
//! nothing else does.
//!
//! What keeps a split from being nonsense ("planera" is not "plan" + "era"):
//! - both sides have 4 letters or more, and the word 8;
//! - the tail must survive stemming with 4 letters: "ändr|ingen" is
//!   "ändring" + "-en", not "ändr" + "ingen", and "delta|garna" stems to
//!   "deltag", which leaves "g";
//! - a tail known only through its stem must differ from it by an
//!   inflection, not by a suffix that makes a new word ("tillgäng|lig");
//! - after a head that is no word of the site, a tail is taken when it is
//!   long (8 letters: "legemiddel|gjennomgang"), or when 3 words or more
//!   end in it and one of them has a word for its head ("projekt|plan",
//!   as "genomförande|plan"; but not "forbed|ring", though "ringer" is a
//!   word: no word ending in "ring" starts with one);
//! - a tail of 6 letters or more that is no word of the site is taken
//!   after a head that begins another compound of two words of the site
//!   ("patient|måltider", as "patient|grupp"), unless the head begins words
//!   without compounding ("till|gänglighet") or the tail starts with a
//!   linking letter;
//! - a tail that is no word of its own ("diagram") is taken only when 3
//!   words or more that are not forms of each other end in it, and only at
//!   its longest ("diagram", not "iagram").
//!
//! Words are split folded (å ä → a, ö ø → o), as the index keeps them, and
//! stemmed folded in their page's language.

use std::collections::HashMap;

use crate::language::Language;

/// The shortest word split, and the shortest head and tail.
const SHORTEST: usize = 8;
const HEAD: usize = 4;
const TAIL: usize = 4;
/// How many words (of different stems) must end in a tail that is no word
/// of the site for it to count as one, and its shortest length then.
const SHARED: u32 = 3;
const SHARED_TAIL: usize = 6;
/// A tail this long that is a word of the site is taken after any head.
const LONG_TAIL: usize = 8;
/// Words that begin other words without making compounds of them (folded):
/// no tail that is no word of the site is taken after them.
const PREFIXES: &[&str] = &[
    "till", "genom", "under", "efter", "inom", "utom", "mellan", "kring", "bakom", "utan", "innan",
    "samman", "gjennom", "etter", "mellom", "innen", "uten", "gennem", "mellem", "uden", "inden",
];
/// Suffixes that make a new word rather than a form of one (the Snowball
/// stemmers' last step, folded): "tillgänglig" is not "till" + "gänglig".
const DERIVATIONAL: &[&str] = &["lig", "ig", "els", "leg", "lov", "ost", "lost"];

/// What a folded word is to the site: one of its words, or only the stem of one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Known {
    Word,
    Stem,
}

/// The parts that each compound of `words` (folded, each once, with its
/// page's language) ends in: every tail that starts at a place where the
/// word splits, and that tail's stem where it differs ("förbättringsarbetet"
/// → "arbetet", "arbet"). `known` tells whether a folded word or stem is one
/// of the site's. Words that do not split are left out.
pub(crate) fn parts<'w>(
    words: &[(&'w str, Language)],
    known: &dyn Fn(&str) -> Option<Known>,
) -> Vec<(&'w str, Vec<String>)> {
    let candidates: Vec<(&str, Language, String)> = words
        .iter()
        .filter(|(word, language)| may_split(word, *language))
        .map(|(word, language)| (*word, *language, crate::stem::stem(word, *language)))
        .collect();
    // How many stems (a word's forms share one) end in each tail.
    let mut shared: HashMap<&str, u32> = HashMap::new();
    let stems: std::collections::HashSet<&str> = candidates
        .iter()
        .map(|(_, _, stem)| stem.as_str())
        .collect();
    for stem in stems {
        for at in HEAD..=stem.len().saturating_sub(TAIL) {
            *shared.entry(&stem[at..]).or_default() += 1;
        }
    }
    // The tails that follow a word of the site in some word.
    let mut headed: std::collections::HashSet<&str> = std::collections::HashSet::new();
    for (word, language, stem) in &candidates {
        for at in boundaries(word, stem) {
            if head_known(&word[..at], *language, known) {
                headed.insert(&stem[at..]);
            }
        }
    }
    let mut tails = Tails {
        shared,
        headed,
        heads: HashMap::new(),
    };
    // The heads that begin a compound of two words of the site: after
    // one of them, a tail that is no word of the site is taken too
    // ("patient|måltider", as "patient|grupp" and "patient|transporter").
    let mut heads: HashMap<&str, std::collections::HashSet<&str>> = HashMap::new();
    for (word, language, stem) in &candidates {
        for at in boundaries(word, stem) {
            let (head, tail) = (&word[..at], &word[at..]);
            let tail_known = known(tail).is_some() || inflected(tail, &stem[at..], known);
            if let (true, Some(bare)) = (tail_known, bare_head(head, *language, known)) {
                heads.entry(bare).or_default().insert(stem);
            }
        }
    }
    tails.heads = heads
        .into_iter()
        .map(|(head, stems)| (head, stems.len()))
        .collect();
    candidates
        .iter()
        .filter_map(|(word, language, stem)| {
            let parts = split(word, *language, stem, known, &tails);
            (!parts.is_empty()).then_some((*word, parts))
        })
        .collect()
}

/// The tails of `words` that a search looks among only when nothing else
/// finds a term: every tail of 4 letters or more after a head that is a
/// word of the site, split or not ("stöd|funktioner", "arbets|blad"), and
/// not starting with a linking letter. Words without any are left out.
pub(crate) fn guesses<'w>(
    words: &[(&'w str, Language)],
    known: &dyn Fn(&str) -> Option<Known>,
) -> Vec<(&'w str, Vec<String>)> {
    words
        .iter()
        .filter(|(word, language)| may_split(word, *language))
        .filter_map(|(word, language)| {
            let tails: Vec<String> = (HEAD..=word.len() - TAIL)
                .filter(|&at| {
                    !linking(*language).contains(&word.as_bytes()[at])
                        && bare_head(&word[..at], *language, known).is_some()
                })
                .map(|at| word[at..].to_string())
                .collect();
            (!tails.is_empty()).then_some((*word, tails))
        })
        .collect()
}

/// Whether `word` (folded) may be a compound: long enough, in letters a-z,
/// in a language that writes compounds as one word.
fn may_split(word: &str, language: Language) -> bool {
    language != Language::En
        && word.len() >= SHORTEST
        && word.bytes().all(|byte| byte.is_ascii_lowercase())
}

/// What the site's long words say of each tail stem: how many stems end in
/// it, and whether one of them has a word of the site for its head.
struct Tails<'s> {
    shared: HashMap<&'s str, u32>,
    headed: std::collections::HashSet<&'s str>,
    /// How many stems a head begins with a word of the site after it.
    heads: HashMap<&'s str, usize>,
}

/// Where `word` (whose stem is `stem`) may split: a head of `HEAD` letters
/// or more, and a tail that keeps `TAIL` letters after stemming. The stem
/// changes a word's end only; past where it differs from the word there is
/// no tail to take.
fn boundaries<'a>(word: &'a str, stem: &'a str) -> impl Iterator<Item = usize> + 'a {
    (HEAD..=stem.len().saturating_sub(TAIL))
        .take_while(move |&at| stem.is_char_boundary(at) && stem.starts_with(&word[..at]))
}

/// Whether `head` is a word of the site (or a stem), or one with a
/// linking "-s-" ("förbättrings" → "förbättring", "arbets" → "arbet"); in
/// Norwegian and Danish also "-e-" after a word, not a stem ("fiske" →
/// "fisk", but "vurde|ring" is not "vurd-" + "ring").
fn head_known(head: &str, language: Language, known: &dyn Fn(&str) -> Option<Known>) -> bool {
    bare_head(head, language, known).is_some()
}

/// The word of the site that `head` is, without its linking letter
/// (`head_known`).
fn bare_head<'h>(
    head: &'h str,
    language: Language,
    known: &dyn Fn(&str) -> Option<Known>,
) -> Option<&'h str> {
    if known(head).is_some() {
        return Some(head);
    }
    if head.len() <= HEAD {
        return None;
    }
    let bare = &head[..head.len() - 1];
    let linked = match head.as_bytes()[head.len() - 1] {
        b's' => known(bare).is_some(),
        b'e' if language != Language::Sv => known(bare) == Some(Known::Word),
        _ => false,
    };
    linked.then_some(bare)
}

/// The tails (and their stems) where `word` splits.
fn split(
    word: &str,
    language: Language,
    stem: &str,
    known: &dyn Fn(&str) -> Option<Known>,
    tails: &Tails<'_>,
) -> Vec<String> {
    let mut parts = Vec::new();
    for at in boundaries(word, stem) {
        let (head, tail, tail_stem) = (&word[..at], &word[at..], &stem[at..]);
        let head_known = head_known(head, language, known);
        let tail_known = known(tail).is_some() || inflected(tail, tail_stem, known);
        let sharing = tails.shared.get(tail_stem).copied().unwrap_or(0);
        // Where more words share the tail one letter longer, this is not
        // where they split ("iagram" of "diagram").
        let longer = tails.shared.get(&stem[at - 1..]).copied().unwrap_or(0);
        let by_words = tail_known
            && (head_known
                || tail.len() >= LONG_TAIL
                || (sharing >= SHARED && tails.headed.contains(tail_stem)));
        let by_sharing =
            sharing >= SHARED && tail_stem.len() >= SHARED_TAIL && (head_known || longer < sharing);
        // After a head that begins another compound of two words (not a
        // word that begins words without compounding, "till|gänglighet"),
        // a tail that does not start with a linking letter ("arbet|sblad").
        let own = usize::from(tail_known);
        let by_head = tail.len() >= SHARED_TAIL
            && tail_stem.len() > TAIL
            && bare_head(head, language, known).is_some_and(|bare| {
                tails.heads.get(bare).copied().unwrap_or(0) > own && !PREFIXES.contains(&bare)
            })
            && !linking(language).contains(&tail.as_bytes()[0]);
        if by_words || by_sharing || by_head {
            parts.push(tail.to_string());
            if tail_stem != tail {
                parts.push(tail_stem.to_string());
            }
        }
    }
    parts
}

/// The letters that link the parts of a compound: "-s-", and in Norwegian
/// and Danish "-e-" too.
fn linking(language: Language) -> &'static [u8] {
    if language == Language::Sv {
        b"s"
    } else {
        b"se"
    }
}

/// Whether `tail` is a form of a known word by its stem: the stem is known
/// and what the stemmer cut is an inflection ("arbetet" → "arbet"), not a
/// suffix that makes another word ("gänglig" → "gäng").
fn inflected(tail: &str, tail_stem: &str, known: &dyn Fn(&str) -> Option<Known>) -> bool {
    let Some(cut) = tail.strip_prefix(tail_stem) else {
        return false;
    };
    known(tail_stem).is_some()
        && cut.len() <= 4
        && !DERIVATIONAL.iter().any(|suffix| cut.starts_with(suffix))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The parts of each of `words` that split, against a vocabulary of
    /// `words` and `others` and their stems.
    fn split_against(
        language: Language,
        words: &[&str],
        others: &[&str],
    ) -> Vec<(String, Vec<String>)> {
        let vocabulary: std::collections::HashSet<&str> =
            words.iter().chain(others).copied().collect();
        let stems: std::collections::HashSet<String> = vocabulary
            .iter()
            .map(|word| crate::stem::stem(word, language))
            .collect();
        let listed: Vec<(&str, Language)> = words.iter().map(|word| (*word, language)).collect();
        let known = |word: &str| {
            if vocabulary.contains(word) {
                Some(Known::Word)
            } else {
                stems.contains(word).then_some(Known::Stem)
            }
        };
        parts(&listed, &known)
            .into_iter()
            .map(|(word, parts)| (word.to_string(), parts))
            .collect()
    }

    fn parts_of(found: &[(String, Vec<String>)], word: &str) -> Vec<String> {
        found
            .iter()
            .find(|(split, _)| split == word)
            .map(|(_, parts)| parts.clone())
            .unwrap_or_default()
    }

    #[test]
    fn swedish_compounds_split_at_a_linking_s_into_the_sites_words() {
        let found = split_against(
            Language::Sv,
            &[
                "forbattringsarbete",
                "forbattringsarbetet",
                "atgardsplan",
                "arbetsplan",
                "lokalvard",
            ],
            &["forbattring", "arbete", "atgard", "plan", "lokal", "vard"],
        );
        assert_eq!(parts_of(&found, "forbattringsarbete"), ["arbete", "arbet"]);
        assert_eq!(
            parts_of(&found, "forbattringsarbetet"),
            ["arbetet", "arbet"]
        );
        assert_eq!(parts_of(&found, "atgardsplan"), ["plan"]);
        assert_eq!(parts_of(&found, "arbetsplan"), ["plan"]);
        assert_eq!(parts_of(&found, "lokalvard"), ["vard"]);
    }

    #[test]
    fn words_that_only_look_like_compounds_do_not_split() {
        let found = split_against(
            Language::Sv,
            &[
                "planera",
                "planering",
                "andringen",
                "deltagarna",
                "deltagare",
                "underlaget",
                "tillganglig",
                "gemensamma",
            ],
            &[
                "plan", "ring", "andr", "ingen", "delta", "garna", "under", "laget", "till",
                "gang", "samma",
            ],
        );
        assert_eq!(found, Vec::<(String, Vec<String>)>::new());
    }

    #[test]
    fn a_tail_that_three_words_end_in_counts_as_a_word() {
        let diagrams = ["fiskbensdiagram", "spagettidiagram", "serierdiagram"];
        let found = split_against(Language::Sv, &diagrams, &[]);
        for word in diagrams {
            assert_eq!(parts_of(&found, word), ["diagram"], "{word}");
        }
        // Two are not enough: "diagram" is no word of this site.
        assert_eq!(split_against(Language::Sv, &diagrams[..2], &[]), []);
        // Forms of one word are one word: "-ningen" does not become a part.
        let found = split_against(
            Language::Sv,
            &["inledningen", "inledning", "kartlaggning", "sammanfattning"],
            &["inled"],
        );
        assert_eq!(found, Vec::<(String, Vec<String>)>::new());
    }

    #[test]
    fn norwegian_and_danish_link_with_s_and_e() {
        let found = split_against(
            Language::Nb,
            &["tiltaksplan", "fiskebein", "kvalitetsarbeid"],
            &["tiltak", "plan", "fisk", "bein", "kvalitet", "arbeid"],
        );
        assert_eq!(parts_of(&found, "tiltaksplan"), ["plan"]);
        assert_eq!(parts_of(&found, "fiskebein"), ["bein"]);
        assert_eq!(parts_of(&found, "kvalitetsarbeid"), ["arbeid"]);
        let found = split_against(
            Language::Da,
            &["forbedringsarbejde", "handlingsplan"],
            &["forbedring", "arbejde", "handling", "plan"],
        );
        assert_eq!(
            parts_of(&found, "forbedringsarbejde"),
            ["arbejde", "arbejd"]
        );
        assert_eq!(parts_of(&found, "handlingsplan"), ["plan"]);
        // A long word of the site after any head; "ring" (a word: "ringer")
        // only after a word, which no word ending in it has: "vurde" is
        // "vurd-" (the stem of "vurdere") with an "-e-", but a stem takes none.
        let found = split_against(
            Language::Nb,
            &[
                "legemiddelgjennomgang",
                "forbedringene",
                "vurderingen",
                "risikovurdering",
                "erfaring",
            ],
            &[
                "gjennomgang",
                "gjennom",
                "gang",
                "ringer",
                "risiko",
                "vurdere",
            ],
        );
        assert_eq!(parts_of(&found, "vurderingen"), Vec::<String>::new());
        assert_eq!(parts_of(&found, "legemiddelgjennomgang"), ["gjennomgang"]);
        assert_eq!(parts_of(&found, "forbedringene"), Vec::<String>::new());
        assert_eq!(parts_of(&found, "risikovurdering"), ["vurdering"]);
        // Swedish links with -s- only: "plan|e|ring" is "planering".
        let found = split_against(Language::Sv, &["fiskebein"], &["fisk", "bein"]);
        assert_eq!(found, Vec::<(String, Vec<String>)>::new());
    }

    #[test]
    fn a_tail_no_word_of_the_site_is_taken_after_a_head_that_begins_other_compounds() {
        let found = split_against(
            Language::Sv,
            &[
                "patientgrupp",
                "patienttransporter",
                "patientmaltider",
                "stodfunktioner",
                "tillgrupp",
                "tillganglighet",
                "arbetsplan",
                "arbetsblad",
            ],
            &[
                "patient",
                "grupp",
                "transporter",
                "stod",
                "till",
                "arbete",
                "plan",
            ],
        );
        assert_eq!(parts_of(&found, "patientmaltider"), ["maltider", "maltid"]);
        // "stöd" begins no other compound; "till" begins words without
        // compounding; "arbet|sblad" would start with the linking -s-.
        assert_eq!(parts_of(&found, "stodfunktioner"), Vec::<String>::new());
        assert_eq!(parts_of(&found, "tillganglighet"), Vec::<String>::new());
        assert_eq!(parts_of(&found, "arbetsblad"), Vec::<String>::new());
    }

    #[test]
    fn a_last_guess_is_every_tail_after_a_word_of_the_site() {
        let vocabulary = ["stod", "arbete", "arbet"];
        let known = |word: &str| vocabulary.contains(&word).then_some(Known::Word);
        let words = [
            ("stodfunktioner", Language::Sv),
            ("arbetsblad", Language::Sv),
            ("medvirkning", Language::Nb),
        ];
        let found = guesses(&words, &known);
        assert_eq!(
            found,
            [
                ("stodfunktioner", vec![String::from("funktioner")]),
                ("arbetsblad", vec![String::from("blad")])
            ]
        );
    }

    #[test]
    fn english_is_not_split() {
        let found = split_against(Language::En, &["workplace"], &["work", "place"]);
        assert_eq!(found, Vec::<(String, Vec<String>)>::new());
    }
}
