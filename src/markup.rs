//! Text for HTML and XML: one escape for pages, the feed, the sitemap,
//! redirect pages and the preview's error dialog.

/// Text for HTML and XML (pages, the feed, the sitemap, redirect pages, the
/// preview's error dialog): markup characters escaped, and control
/// characters, which neither may hold, left out.
pub(crate) fn escape_markup(text: &str) -> String {
    text.replace(|ch: char| ch.is_control() && ch != '\t' && ch != '\n', "")
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_characters_are_escaped_and_control_characters_dropped() {
        assert_eq!(
            escape_markup("a < b & \"c\" > d\u{7}\tx"),
            "a &lt; b &amp; &quot;c&quot; &gt; d\tx"
        );
    }
}
