//! Numbers as editors write them in Nordic and English tables (`68,5`,
//! `68.5`, `1 234`, `−3`, `12 %`), and as a page in a language writes them.

use crate::config::Language;

/// A number read from a cell, with how many decimals it was written with.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Number {
    pub value: f64,
    pub decimals: usize,
}

/// The most decimals a number is read and written with: a double holds
/// about 15 significant digits, so more are noise, and a cell of 65,536
/// decimals once made a 300 MB page (and `format!` gives up at 65,536).
pub(crate) const MAX_DECIMALS: usize = 15;

/// Spaces a table may hold between thousands: space, no-break space,
/// narrow no-break space, thin space.
fn is_group_space(ch: char) -> bool {
    matches!(ch, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}')
}

/// Reads a cell as a number: a decimal comma or point, spaces between
/// thousands, a minus or the sign `−`, a trailing `%`. `1,234` is 1.234 (a
/// decimal comma), as a Nordic table means it; `1,234,567` has groups. A
/// number too large for a double (310 digits) or with more than
/// `MAX_DECIMALS` decimals is not read as one.
pub(crate) fn parse(text: &str) -> Option<Number> {
    let text = text.trim();
    let text = text.strip_suffix('%').unwrap_or(text).trim_end();
    let (negative, digits) = match text.strip_prefix(['-', '−', '–']) {
        Some(rest) => (true, rest.trim_start()),
        None => (false, text.strip_prefix('+').unwrap_or(text)),
    };
    if digits.is_empty() || !digits.starts_with(|ch: char| ch.is_ascii_digit()) {
        return None;
    }
    let mut plain = String::with_capacity(digits.len());
    let separators: Vec<char> = digits
        .chars()
        .filter(|ch| matches!(ch, ',' | '.'))
        .collect();
    // Several of one separator are thousands groups; with both, the last is the decimal mark.
    let decimal_mark = match separators.as_slice() {
        [] => None,
        [only] => Some(*only),
        [.., last] if separators.iter().filter(|ch| *ch == last).count() == 1 => Some(*last),
        _ => None,
    };
    let mut seen_mark = false;
    let mut decimals = 0;
    let mut previous_digit = false;
    let mut chars = digits.chars().peekable();
    while let Some(ch) = chars.next() {
        match ch {
            '0'..='9' => {
                plain.push(ch);
                if seen_mark {
                    decimals += 1;
                }
                previous_digit = true;
            }
            ch if Some(ch) == decimal_mark && !seen_mark => {
                plain.push('.');
                seen_mark = true;
                previous_digit = false;
            }
            ',' | '.' if !seen_mark && previous_digit => {
                // A thousands separator: three digits must follow.
                let group: String = chars.clone().take_while(char::is_ascii_digit).collect();
                if group.len() != 3 {
                    return None;
                }
                previous_digit = false;
            }
            ch if is_group_space(ch) && previous_digit && !seen_mark => {
                let group: String = chars.clone().take_while(char::is_ascii_digit).collect();
                if group.len() != 3 {
                    return None;
                }
                previous_digit = false;
            }
            _ => return None,
        }
    }
    if !plain.ends_with(|ch: char| ch.is_ascii_digit()) {
        return None;
    }
    let value: f64 = plain.parse().ok()?;
    if !value.is_finite() || decimals > MAX_DECIMALS {
        return None;
    }
    Some(Number {
        value: if negative { -value } else { value },
        decimals,
    })
}

/// `1 234,5` (sv, nb, nn, da: a no-break space between thousands, a decimal
/// comma) or `1,234.5` (en), with `decimals` decimals and `−` for minus.
pub(crate) fn format(value: f64, decimals: usize, language: Language) -> String {
    let (group, mark) = match language {
        Language::En => (",", "."),
        _ => ("\u{a0}", ","),
    };
    let text = format!("{:.*}", decimals.min(MAX_DECIMALS), value.abs());
    let (whole, fraction) = match text.split_once('.') {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (text.as_str(), None),
    };
    let mut grouped = String::new();
    for (at, ch) in whole.chars().enumerate() {
        if at > 0 && (whole.len() - at) % 3 == 0 {
            grouped.push_str(group);
        }
        grouped.push(ch);
    }
    if let Some(fraction) = fraction {
        grouped.push_str(mark);
        grouped.push_str(fraction);
    }
    // No "−0" for a value that rounds to zero.
    let is_zero = grouped.chars().all(|ch| !ch.is_ascii_digit() || ch == '0');
    if value < 0.0 && !is_zero {
        format!("−{grouped}")
    } else {
        grouped
    }
}

/// A percentage: `94 %` (a no-break space before the sign) in the Nordic
/// languages, `94%` in English.
pub(crate) fn format_percent(value: f64, decimals: usize, language: Language) -> String {
    let number = format(value, decimals, language);
    match language {
        Language::En => format!("{number}%"),
        _ => format!("{number}\u{a0}%"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(text: &str) -> Option<f64> {
        parse(text).map(|number| number.value)
    }

    #[test]
    fn numbers_a_double_cannot_hold_are_not_numbers() {
        let digits = "9".repeat(310);
        assert_eq!(value(&digits), None, "infinite");
        assert_eq!(value(&format!("-{digits}")), None);
        assert_eq!(value(&format!("0,{}", "1".repeat(65_536))), None);
        assert_eq!(
            value(&format!("0,{}", "1".repeat(MAX_DECIMALS))).map(f64::is_finite),
            Some(true)
        );
        assert_eq!(value(&"9".repeat(300)).map(f64::is_finite), Some(true));
        // Written with no more decimals than that, whatever is asked.
        assert_eq!(
            format(0.5, usize::MAX, Language::En).len(),
            2 + MAX_DECIMALS
        );
    }

    #[test]
    fn nordic_and_english_notation_are_numbers() {
        assert_eq!(value("68,5"), Some(68.5));
        assert_eq!(value("68.5"), Some(68.5));
        assert_eq!(value("1 234"), Some(1234.0));
        assert_eq!(value("1\u{a0}234,5"), Some(1234.5));
        assert_eq!(value("1,234,567"), Some(1_234_567.0));
        assert_eq!(value("1.234,5"), Some(1234.5));
        assert_eq!(value("1,234.5"), Some(1234.5));
        assert_eq!(value("−3"), Some(-3.0));
        assert_eq!(value("-3,25"), Some(-3.25));
        assert_eq!(value("12 %"), Some(12.0));
        assert_eq!(value(" 7 "), Some(7.0));
        assert_eq!(parse("68,50").map(|number| number.decimals), Some(2));
    }

    #[test]
    fn words_and_broken_numbers_are_not() {
        for text in [
            "", "-", "Borås", "12 kr", "1 23", "1,2,3", "1.2.3", "68,", "n/a", "1e5",
        ] {
            assert_eq!(value(text), None, "{text:?}");
        }
    }

    #[test]
    fn numbers_are_written_in_the_pages_language() {
        assert_eq!(format(1234.5, 1, Language::Sv), "1\u{a0}234,5");
        assert_eq!(format(1234.5, 1, Language::En), "1,234.5");
        assert_eq!(format(68.5, 1, Language::Nb), "68,5");
        assert_eq!(format(-3.0, 0, Language::Da), "−3");
        assert_eq!(format(1_234_567.0, 0, Language::Sv), "1\u{a0}234\u{a0}567");
        assert_eq!(format(-0.001, 1, Language::Sv), "0,0");
        assert_eq!(format(999.0, 0, Language::En), "999");
        assert_eq!(format_percent(94.0, 0, Language::Sv), "94\u{a0}%");
        assert_eq!(format_percent(94.5, 1, Language::En), "94.5%");
    }
}
