//! SPEC's slug rules, shared by URLs and heading ids: lowercase; å ä → a,
//! ö ø → o, æ → ae, é → e, other letters by their closest ASCII; every run of
//! other characters becomes one `-`; trimmed.

use unicode_normalization::UnicodeNormalization;

pub fn slugify(text: &str) -> String {
    let mut slug = String::with_capacity(text.len());
    let mut pending_dash = false;
    let push = |piece: &str, slug: &mut String, pending_dash: &mut bool| {
        for ch in piece.chars() {
            if ch.is_ascii_alphanumeric() {
                if *pending_dash && !slug.is_empty() {
                    slug.push('-');
                }
                *pending_dash = false;
                slug.push(ch.to_ascii_lowercase());
            } else {
                *pending_dash = true;
            }
        }
    };
    for ch in text.nfc() {
        let mut buffer = [0u8; 4];
        let piece: &str = match ch {
            'å' | 'Å' | 'ä' | 'Ä' => "a",
            'ö' | 'Ö' | 'ø' | 'Ø' => "o",
            'æ' => "ae",
            'Æ' => "AE",
            'é' | 'É' => "e",
            ch if ch.is_ascii() => ch.encode_utf8(&mut buffer),
            // Only letters and digits are transliterated; punctuation and
            // symbols ("–", "§") separate words like a space does.
            ch if ch.is_alphanumeric() => deunicode::deunicode_char(ch).unwrap_or("-"),
            _ => "-",
        };
        push(piece, &mut slug, &mut pending_dash);
    }
    slug
}

/// `slugify` for one word (no separators in it), without its cost for the
/// common letters: ASCII and å ä ö ø æ é are folded here, anything else by
/// `slugify`. The search index folds millions of words with it.
pub(crate) fn fold_word(word: &str, folded: &mut String) {
    folded.clear();
    // Most words are ASCII letters and digits: copied and lowercased whole.
    if word.bytes().all(|byte| byte.is_ascii_alphanumeric()) {
        folded.push_str(word);
        folded.make_ascii_lowercase();
        return;
    }
    for ch in word.chars() {
        match ch {
            'a'..='z' | '0'..='9' => folded.push(ch),
            'A'..='Z' => folded.push(ch.to_ascii_lowercase()),
            'å' | 'Å' | 'ä' | 'Ä' => folded.push('a'),
            'ö' | 'Ö' | 'ø' | 'Ø' => folded.push('o'),
            'æ' | 'Æ' => folded.push_str("ae"),
            'é' | 'É' => folded.push('e'),
            _ => {
                folded.clear();
                folded.push_str(&slugify(word));
                return;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{fold_word, slugify};

    fn check(input: &str, expected: &str) {
        assert_eq!(slugify(input), expected, "slug of {input:?}");
    }

    #[test]
    fn nordic_letters_follow_the_spec() {
        check("nätverksträff 2026-03-12", "natverkstraff-2026-03-12");
        check("möten", "moten");
        check("Blåbærsyltetøy", "blabaersyltetoy");
        check("Æble", "aeble");
        check("Idé", "ide");
        check("Förberedelse", "forberedelse");
    }

    #[test]
    fn runs_of_other_characters_become_one_dash() {
        check("  Hello,   World!  ", "hello-world");
        check("PROM / PREM – mått", "prom-prem-matt");
        check("a__b", "a-b");
        check("---", "");
    }

    #[test]
    fn decomposed_letters_slug_like_composed_ones() {
        check("mo\u{308}te", "mote");
    }

    #[test]
    fn folding_a_word_equals_its_slug() {
        let mut folded = String::new();
        for word in [
            "Åtgärder",
            "PDSA",
            "Blåbærsyltetøy",
            "Idé",
            "Straße",
            "mo\u{308}te",
            "2026",
            "Kvalitetsregister2026",
            "a_b",
        ] {
            fold_word(word, &mut folded);
            assert_eq!(folded, slugify(word), "{word}");
        }
    }

    #[test]
    fn other_letters_take_their_closest_ascii() {
        check("Straße", "strasse");
        check("Łódź", "lodz");
    }
}
