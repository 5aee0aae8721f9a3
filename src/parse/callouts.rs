//! Callouts as the browser editor writes them. Decap's rich-text editor
//! escapes the `[` of a callout's marker (`> [!TIP]` becomes `> \[!TIP]`)
//! whenever an editor touches the body; [`unescape`] reads that form as the
//! callout it was. [`not_callout`] finds a quote that starts like a callout
//! but is none (`> [!TIPS]`, `> [!TIP] text on the same line`), which
//! would print its marker as text.

/// The markers a callout may start with (GitHub's alerts), in any case.
pub(crate) const MARKERS: [&str; 5] = ["NOTE", "TIP", "IMPORTANT", "WARNING", "CAUTION"];

/// Turns each `\[!KIND]` that opens a quote line into `[!KIND] `: the same
/// number of bytes, so every line and column stays where it was.
pub(crate) fn unescape(text: &mut String, body_start: usize) {
    if !text[body_start..].contains("\\[!") {
        return;
    }
    let mut at = body_start;
    let mut starts = Vec::new();
    for line in text[body_start..].split_inclusive('\n') {
        if let Some(marker) = escaped_marker(line) {
            starts.push(at + marker);
        }
        at += line.len();
    }
    for start in starts {
        // `\[!KIND]` → `[!KIND] `: the marker moves one byte to the left.
        let end = start + text[start..].find(']').unwrap_or(0) + 1;
        let marker = text[start + 1..end].to_string();
        text.replace_range(start..end, &format!("{marker} "));
    }
}

/// Where `\[!KIND]` starts on a line of a quote that holds only it.
fn escaped_marker(line: &str) -> Option<usize> {
    let rest_at = quote_content(line)?;
    let rest = &line[rest_at..];
    let inner = rest.strip_prefix("\\[!")?;
    let (kind, after) = inner.split_once(']')?;
    let known = MARKERS
        .iter()
        .any(|marker| marker.eq_ignore_ascii_case(kind));
    (known && after.trim().is_empty()).then_some(rest_at)
}

/// The byte where a quote line's content starts, after its `>` markers.
fn quote_content(line: &str) -> Option<usize> {
    let indent = line.len() - line.trim_start_matches(' ').len();
    if indent > 3 || !line[indent..].starts_with('>') {
        return None;
    }
    let mut at = indent;
    let bytes = line.as_bytes();
    while at < bytes.len() && (bytes[at] == b'>' || bytes[at] == b' ' || bytes[at] == b'\t') {
        at += 1;
    }
    Some(at)
}

/// A quote whose source (from its `>`) starts with `[!WORD]` but that is no
/// callout: the word it names.
pub(crate) fn not_callout(quote: &str) -> Option<String> {
    let first = quote.lines().next()?;
    let rest = &first[quote_content(first)?..];
    let inner = rest
        .strip_prefix("[!")
        .or_else(|| rest.strip_prefix("\\[!"))?;
    let (word, _) = inner.split_once(']')?;
    let is_word = !word.is_empty()
        && word
            .chars()
            .all(|ch| ch.is_alphanumeric() || ch == '-' || ch == '_');
    is_word.then(|| word.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unescaped(text: &str) -> String {
        let mut text = text.to_string();
        unescape(&mut text, 0);
        text
    }

    #[test]
    fn the_editors_escaped_marker_is_read_as_the_callout_with_every_line_in_place() {
        let text = "Intro\n\n> \\[!TIP]\n> Boka lokalen i tid.\n";
        let done = unescaped(text);
        assert_eq!(done, "Intro\n\n> [!TIP] \n> Boka lokalen i tid.\n");
        assert_eq!(done.len(), text.len());
        assert_eq!(unescaped("> \\[!warning]\n> x"), "> [!warning] \n> x");
        assert_eq!(unescaped("  > > \\[!NOTE]\n"), "  > > [!NOTE] \n");
    }

    #[test]
    fn an_escaped_bracket_that_opens_no_callout_stays_escaped() {
        for text in [
            "> \\[!TIPS]\n",
            "> \\[!TIP] och mer text\n",
            "Text \\[!TIP]\n",
            "    > \\[!TIP]\n",
            "`\\[!NOTE]`\n",
        ] {
            assert_eq!(unescaped(text), text);
        }
    }

    #[test]
    fn a_quote_that_starts_like_a_callout_names_its_word() {
        assert_eq!(not_callout("> [!TIPS]\n> x").as_deref(), Some("TIPS"));
        assert_eq!(not_callout("> [!TIP] Boka\n").as_deref(), Some("TIP"));
        assert_eq!(not_callout("> \\[!Obs]\n").as_deref(), Some("Obs"));
        assert_eq!(not_callout("> [Läs mer](a.md)\n"), None);
        assert_eq!(not_callout("> [!] x\n"), None);
        assert_eq!(not_callout("> Vanligt citat\n"), None);
    }
}
