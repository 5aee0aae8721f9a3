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
/// Suffixes that make a new word rather than a form of one (the Snowball
/// stemmers' last step, folded): "tillgänglig" is not "till" + "gänglig".
const DERIVATIONAL: &[&str] = &["lig", "ig", "els", "leg", "lov", "ost", "lost"];

/// The parts that each compound of `words` (folded, each once, with its
/// page's language) ends in: every tail that starts at a place where the
/// word splits, and that tail's stem where it differs ("förbättringsarbetet"
/// → "arbetet", "arbet"). `known` tells whether a folded word or stem is one
/// of the site's. Words that do not split are left out.
pub(crate) fn parts<'w>(
    words: &[(&'w str, Language)],
    known: &dyn Fn(&str) -> bool,
) -> Vec<(&'w str, Vec<String>)> {
    let candidates: Vec<(&str, Language, String)> = words
        .iter()
        .filter(|(word, language)| {
            *language != Language::En
                && word.len() >= SHORTEST
                && word.bytes().all(|byte| byte.is_ascii_lowercase())
        })
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
    candidates
        .iter()
        .filter_map(|(word, language, stem)| {
            let parts = split(word, *language, stem, known, &shared);
            (!parts.is_empty()).then_some((*word, parts))
        })
        .collect()
}

/// The tails (and their stems) where `word` splits.
fn split(
    word: &str,
    language: Language,
    stem: &str,
    known: &dyn Fn(&str) -> bool,
    shared: &HashMap<&str, u32>,
) -> Vec<String> {
    let linking: &[u8] = if language == Language::Sv {
        b"s"
    } else {
        b"se"
    };
    let mut parts = Vec::new();
    for at in HEAD..=stem.len().saturating_sub(TAIL) {
        // The stem changes a word's end only; past where it differs from
        // the word there is no tail to take.
        if !stem.is_char_boundary(at) || !stem.starts_with(&word[..at]) {
            break;
        }
        let (head, tail, tail_stem) = (&word[..at], &word[at..], &stem[at..]);
        let head_known = known(head)
            || (head.len() > HEAD
                && linking.contains(&head.as_bytes()[head.len() - 1])
                && known(&head[..head.len() - 1]));
        let tail_known = known(tail) || inflected(tail, tail_stem, known);
        let sharing = shared.get(tail_stem).copied().unwrap_or(0);
        // Where more words share the tail one letter longer, this is not
        // where they split ("iagram" of "diagram").
        let longer = shared.get(&stem[at - 1..]).copied().unwrap_or(0);
        let by_words = tail_known && (head_known || sharing >= SHARED);
        let by_sharing =
            sharing >= SHARED && tail_stem.len() >= SHARED_TAIL && (head_known || longer < sharing);
        if by_words || by_sharing {
            parts.push(tail.to_string());
            if tail_stem != tail {
                parts.push(tail_stem.to_string());
            }
        }
    }
    parts
}

/// Whether `tail` is a form of a known word by its stem: the stem is known
/// and what the stemmer cut is an inflection ("arbetet" → "arbet"), not a
/// suffix that makes another word ("gänglig" → "gäng").
fn inflected(tail: &str, tail_stem: &str, known: &dyn Fn(&str) -> bool) -> bool {
    let Some(cut) = tail.strip_prefix(tail_stem) else {
        return false;
    };
    known(tail_stem) && cut.len() <= 4 && !DERIVATIONAL.iter().any(|suffix| cut.starts_with(suffix))
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
        let vocabulary: std::collections::HashSet<String> = words
            .iter()
            .chain(others)
            .flat_map(|word| [word.to_string(), crate::stem::stem(word, language)])
            .collect();
        let listed: Vec<(&str, Language)> = words.iter().map(|word| (*word, language)).collect();
        parts(&listed, &|word| vocabulary.contains(word))
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
        // Swedish links with -s- only: "plan|e|ring" is "planering".
        let found = split_against(Language::Sv, &["fiskebein"], &["fisk", "bein"]);
        assert_eq!(found, Vec::<(String, Vec<String>)>::new());
    }

    #[test]
    fn english_is_not_split() {
        let found = split_against(Language::En, &["workplace"], &["work", "place"]);
        assert_eq!(found, Vec::<(String, Vec<String>)>::new());
    }
}
