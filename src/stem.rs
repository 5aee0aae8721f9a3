//! Word stems for search (issue 37), so that "åtgärderna" and "åtgärder"
//! meet at "åtgärd": the current Snowball stemmers for Swedish, Norwegian
//! (bokmål and nynorsk) and Danish (Snowball 3.x, written by hand after
//! their `.sbl` sources: rust-stemmers implements the older 2.x rules, which
//! leave "-et" and "-ets" on Swedish words), and for English only plurals,
//! "-ing" and "-ed". A word is stemmed in its letters (å ä ö æ ø), before it
//! is folded: some Nordic rules turn on them. `search.js` has the same
//! stemmers, letter for letter (tested against each other).

use crate::language::Language;

/// The stem of `word`, written in lowercase.
pub fn stem(word: &str, language: Language) -> String {
    let mut letters: Vec<char> = word.chars().collect();
    match language {
        Language::Sv => swedish(&mut letters),
        Language::Nb | Language::Nn => norwegian(&mut letters),
        Language::Da => danish(&mut letters),
        Language::En => english(&mut letters),
    }
    letters.into_iter().collect()
}

/// Where R1 starts: after the first non-vowel that follows a vowel, and at
/// least 3 letters in. `None` for a word too short to stem.
fn region(word: &[char], vowel: fn(char) -> bool) -> Option<usize> {
    if word.len() < 3 {
        return None;
    }
    let after = word
        .iter()
        .position(|&ch| vowel(ch))
        .and_then(|first| {
            word[first..]
                .iter()
                .position(|&ch| !vowel(ch))
                .map(|at| first + at + 1)
        })
        .unwrap_or(word.len());
    Some(after.max(3))
}

fn ends_with(word: &[char], suffix: &str) -> bool {
    // Compared from the end, letter by letter: no allocation (a site's
    // every word is stemmed on every build).
    let mut letters = word.iter().rev();
    suffix
        .chars()
        .rev()
        .all(|wanted| letters.next() == Some(&wanted))
}

/// The longest of `suffixes` that `word` ends with and that lies in R1 (from `r1`).
fn longest_in<'s>(word: &[char], r1: usize, suffixes: &[&'s str]) -> Option<&'s str> {
    suffixes
        .iter()
        .copied()
        .filter(|suffix| ends_with(word, suffix) && word.len() - suffix.chars().count() >= r1)
        .max_by_key(|suffix| suffix.len())
}

fn cut(word: &mut Vec<char>, suffix: &str) {
    let keep = word.len() - suffix.chars().count();
    word.truncate(keep);
}

/// The letter `back` places before the end, if any.
fn before(word: &[char], end: usize, back: usize) -> Option<char> {
    end.checked_sub(back).and_then(|at| word.get(at).copied())
}

fn swedish_vowel(ch: char) -> bool {
    matches!(ch, 'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'ä' | 'å' | 'ö')
}

/// Whether "-et" ending at `end` (exclusive) is a suffix: a non-vowel
/// after a vowel before it, not at the start, and not one of the words
/// where "-et" belongs to the stem (frihet, societet, paket…).
fn swedish_et(word: &[char], end: usize) -> bool {
    let at = end - 2;
    let shape = matches!(before(word, at, 1), Some(ch) if !swedish_vowel(ch))
        && matches!(before(word, at, 2), Some(ch) if swedish_vowel(ch))
        && at > 2;
    const KEPT: &[&str] = &[
        "h", "iet", "uit", "fab", "cit", "dit", "alit", "ilit", "mit", "nit", "pit", "rit", "sit",
        "tit", "ivit", "kvit", "xit", "kom", "rak", "pak", "stak",
    ];
    shape && !KEPT.iter().any(|kept| ends_with(&word[..at], kept))
}

fn swedish(word: &mut Vec<char>) {
    let Some(r1) = region(word, swedish_vowel) else {
        return;
    };
    const MAIN: &[&str] = &[
        "a", "arna", "erna", "heterna", "orna", "ad", "e", "ade", "ande", "arne", "are", "aste",
        "en", "anden", "aren", "heten", "ern", "ar", "er", "heter", "or", "as", "arnas", "ernas",
        "ornas", "es", "ades", "andes", "ens", "arens", "hetens", "erns", "at", "andet", "het",
        "ast", "s", "et",
    ];
    match longest_in(word, r1, MAIN) {
        Some("s") => {
            let end = word.len() - 1;
            if ends_with(&word[..end], "et") && swedish_et(word, end) {
                cut(word, "ets");
            } else if before(word, end, 1).is_some_and(|ch| "bcdfghjklmnoprtvy".contains(ch)) {
                cut(word, "s");
            }
        }
        Some("et") if swedish_et(word, word.len()) => cut(word, "et"),
        Some("et") => {}
        Some(suffix) => cut(word, suffix),
        None => {}
    }
    if longest_in(word, r1, &["dd", "gd", "nn", "dt", "gt", "kt", "tt"]).is_some() {
        word.pop();
    }
    match longest_in(word, r1, &["lig", "ig", "els", "öst", "fullt"]) {
        Some("öst")
            if before(word, word.len() - 3, 1).is_some_and(|ch| "iklnprtuv".contains(ch)) =>
        {
            word.pop();
        }
        Some("öst") => {}
        Some("fullt") => {
            word.pop();
        }
        Some(suffix) => cut(word, suffix),
        None => {}
    }
}

fn norwegian_vowel(ch: char) -> bool {
    matches!(
        ch,
        'a' | 'e' | 'ê' | 'i' | 'o' | 'ò' | 'ó' | 'ô' | 'u' | 'y' | 'æ' | 'å' | 'ø'
    )
}

/// Where R1 starts in Norwegian and Danish: after an apostrophe if there
/// is one ("pc'en"), else as `region`.
fn region_after_apostrophe(word: &[char], vowel: fn(char) -> bool) -> Option<usize> {
    if word.len() < 3 {
        return None;
    }
    match word.iter().position(|&ch| ch == '\'') {
        Some(at) => Some((at + 1).max(3)),
        None => region(word, vowel),
    }
}

fn norwegian(word: &mut Vec<char>) {
    let Some(r1) = region_after_apostrophe(word, norwegian_vowel) else {
        return;
    };
    const MAIN: &[&str] = &[
        "a", "e", "ede", "ande", "ende", "ane", "ene", "hetene", "en", "heten", "ar", "er",
        "heter", "as", "es", "edes", "endes", "enes", "hetenes", "ens", "hetens", "ets", "et",
        "het", "ast", "ers", "s", "erte", "ert",
    ];
    match longest_in(word, r1, MAIN) {
        Some("ers") => {
            let end = word.len() - 3;
            const KEPT: &[&str] = &[
                "amm", "ast", "ind", "kap", "kk", "lt", "nk", "omm", "pp", "v", "øst",
            ];
            const CUT: &[&str] = &["giv", "hav", "skap"];
            // The longest of both lists that the stem ends with decides.
            let kept = KEPT
                .iter()
                .filter(|kept| ends_with(&word[..end], kept))
                .map(|kept| kept.len())
                .max();
            let cut_too = CUT
                .iter()
                .filter(|cut| ends_with(&word[..end], cut))
                .map(|cut| cut.len())
                .max();
            if kept.is_none() || cut_too > kept {
                cut(word, "ers");
            }
        }
        Some("s") => {
            let end = word.len() - 1;
            let previous = before(word, end, 1);
            let s_ending = previous.is_some_and(|ch| "bcdfghjlmnoptvyz".contains(ch));
            let r_not_er = previous == Some('r') && before(word, end, 2) != Some('e');
            let k_after_consonant = previous == Some('k')
                && before(word, end, 2).is_some_and(|ch| !norwegian_vowel(ch));
            if s_ending || r_not_er || k_after_consonant {
                cut(word, "s");
            }
        }
        Some(suffix @ ("erte" | "ert")) => {
            cut(word, suffix);
            word.extend(['e', 'r']);
        }
        Some(suffix) => cut(word, suffix),
        None => {}
    }
    if longest_in(word, r1, &["dt", "vt"]).is_some() {
        word.pop();
    }
    const OTHER: &[&str] = &[
        "leg", "eleg", "ig", "eig", "lig", "elig", "els", "lov", "elov", "slov", "hetslov",
    ];
    if let Some(suffix) = longest_in(word, r1, OTHER) {
        cut(word, suffix);
    }
    if word.last() == Some(&'\'') {
        word.pop();
    }
}

fn danish_vowel(ch: char) -> bool {
    matches!(ch, 'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'æ' | 'å' | 'ø')
}

/// Danish's consonant pair: "gd", "dt", "gt" or "kt" at the end, in R1,
/// loses its last letter.
fn danish_pair(word: &mut Vec<char>, r1: usize) {
    if longest_in(word, r1, &["gd", "dt", "gt", "kt"]).is_some() {
        word.pop();
    }
}

fn danish(word: &mut Vec<char>) {
    let Some(r1) = region_after_apostrophe(word, danish_vowel) else {
        return;
    };
    const MAIN: &[&str] = &[
        "hed", "ethed", "ered", "e", "erede", "ende", "erende", "ene", "erne", "ere", "en",
        "heden", "eren", "er", "heder", "erer", "heds", "es", "endes", "erendes", "enes", "ernes",
        "eres", "ens", "hedens", "erens", "ers", "ets", "erets", "et", "eret", "s",
    ];
    match longest_in(word, r1, MAIN) {
        Some("s") => {
            let end = word.len() - 1;
            if before(word, end, 1).is_some_and(|ch| "abcdfghjklmnoprtvyzå'".contains(ch)) {
                cut(word, "s");
            }
        }
        Some(suffix) => cut(word, suffix),
        None => {}
    }
    danish_pair(word, r1);
    if ends_with(word, "igst") {
        word.truncate(word.len() - 2);
    }
    match longest_in(word, r1, &["ig", "lig", "elig", "els", "løst"]) {
        Some("løst") => {
            word.pop();
        }
        Some(suffix) => {
            cut(word, suffix);
            danish_pair(word, r1);
        }
        None => {}
    }
    // A doubled consonant at the end, its last in R1, is written once.
    if word.len() > r1 && word.len() >= 2 {
        let last = word[word.len() - 1];
        if "bdfgklmnprst".contains(last) && word[word.len() - 2] == last {
            word.pop();
        }
    }
    if word.last() == Some(&'\'') {
        word.pop();
    }
}

/// English, lightly: plurals ("templates", "studies"), "-ing" and "-ed"
/// where a vowel stays before them ("meeting", "planned" → "plan").
fn english(word: &mut Vec<char>) {
    if word.len() <= 3 {
        return;
    }
    let vowel = |ch: char| matches!(ch, 'a' | 'e' | 'i' | 'o' | 'u' | 'y');
    if ends_with(word, "ies") && word.len() > 4 {
        cut(word, "ies");
        word.push('y');
    } else if ends_with(word, "sses") || ends_with(word, "shes") || ends_with(word, "ches") {
        cut(word, "es");
    } else if ends_with(word, "s") && !ends_with(word, "ss") && !ends_with(word, "us") {
        word.pop();
    }
    for suffix in ["ing", "ed"] {
        let keep = word.len().saturating_sub(suffix.len());
        if ends_with(word, suffix) && keep >= 3 && word[..keep].iter().any(|&ch| vowel(ch)) {
            word.truncate(keep);
            let n = word.len();
            // "planned" → "plan", but "called" → "call".
            if n >= 2 && word[n - 1] == word[n - 2] && !"lsz".contains(word[n - 1]) {
                word.pop();
            }
            break;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stems(language: Language, pairs: &[(&str, &str)]) {
        for (word, expected) in pairs {
            assert_eq!(stem(word, language), *expected, "{word}");
        }
    }

    #[test]
    fn swedish_words_meet_at_their_stem() {
        stems(
            Language::Sv,
            &[
                ("åtgärder", "åtgärd"),
                ("åtgärderna", "åtgärd"),
                ("möte", "möt"),
                ("möten", "möt"),
                ("mötet", "möt"),
                ("förbättringsarbete", "förbättringsarbet"),
                ("förbättringsarbetet", "förbättringsarbet"),
                ("trafikrapporterna", "trafikrapport"),
                ("trafikrapport", "trafikrapport"),
                // -het in R1 only: "frihet" is too short to lose it.
                ("frihet", "frihet"),
                ("paketet", "paket"),
                ("möjligheter", "möj"),
                ("planera", "planer"),
                ("landskapets", "landskap"),
                ("hemlöst", "hemlös"),
                ("fullt", "fullt"),
                ("ur", "ur"),
            ],
        );
    }

    #[test]
    fn norwegian_and_danish_words_meet_at_their_stem() {
        stems(
            Language::Nb,
            &[
                ("tiltakene", "tiltak"),
                ("møtene", "møt"),
                ("rapportene", "rapport"),
                ("forbedringsarbeidet", "forbedringsarbeid"),
                ("hjelpers", "hjelp"),
                ("pc'en", "pc"),
            ],
        );
        stems(
            Language::Da,
            &[
                ("møderne", "mød"),
                ("handlingsplanen", "handlingsplan"),
                ("forbedringerne", "forbedring"),
                ("indsatser", "indsats"),
                ("vigtigst", "vigt"),
            ],
        );
    }

    #[test]
    fn english_plurals_and_endings_go() {
        stems(
            Language::En,
            &[
                ("templates", "template"),
                ("studies", "study"),
                ("meetings", "meet"),
                ("planned", "plan"),
                ("called", "call"),
                ("process", "process"),
                ("status", "status"),
            ],
        );
    }
}

/// The stemmers against Snowball's own test vocabulary and its output
/// (github.com/snowballstem/snowball-data: `swedish/voc.txt` and
/// `output.txt`, and so on), when `SNOWBALL_DATA` names a checkout:
/// `SNOWBALL_DATA=… cargo test --lib stem -- --ignored`.
#[cfg(test)]
mod snowball_data {
    use super::*;

    #[test]
    #[ignore = "needs a checkout of snowball-data"]
    fn every_word_of_snowball_s_vocabulary_stems_as_snowball_stems_it() {
        let Ok(dir) = std::env::var("SNOWBALL_DATA") else {
            panic!("SNOWBALL_DATA names no checkout");
        };
        for (folder, language) in [
            ("swedish", Language::Sv),
            ("norwegian", Language::Nb),
            ("danish", Language::Da),
        ] {
            let read = |name: &str| {
                std::fs::read_to_string(format!("{dir}/{folder}/{name}")).expect("the vocabulary")
            };
            let (words, stems) = (read("voc.txt"), read("output.txt"));
            let wrong: Vec<String> = words
                .lines()
                .zip(stems.lines())
                .filter(|(word, expected)| stem(word, language) != *expected)
                .map(|(word, expected)| {
                    format!("{word} → {} (Snowball: {expected})", stem(word, language))
                })
                .collect();
            let total = words.lines().count();
            assert!(
                wrong.is_empty(),
                "{folder}: {} of {total} differ: {:?}",
                wrong.len(),
                &wrong[..wrong.len().min(30)]
            );
        }
    }
}
