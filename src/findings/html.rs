//! Findings for the preview's error dialog: each error as a list item,
//! location in bold, message, suggestion and help, escaped for HTML.

use crate::markup::escape_markup;

use super::{Finding, Severity};

/// The errors among `findings` as `<li>` items; empty when there are none.
pub(crate) fn print(findings: &[Finding]) -> String {
    let mut items = String::new();
    for finding in findings
        .iter()
        .filter(|finding| finding.severity == Severity::Error)
    {
        items.push_str("<li><strong>");
        items.push_str(&escape_markup(&finding.location()));
        items.push_str("</strong>: ");
        items.push_str(&escape_markup(&finding.message));
        if let Some(suggestion) = &finding.suggestion {
            items.push_str(&format!(" — «{}»?", escape_markup(suggestion)));
        }
        if let Some(help) = &finding.help {
            items.push_str("<br><small>");
            items.push_str(&escape_markup(help));
            items.push_str("</small>");
        }
        items.push_str("</li>");
    }
    items
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::findings::Kind;

    #[test]
    fn errors_are_items_and_warnings_are_left_out() {
        let error = Finding::error(Kind::Link, "content/a.md", "no page \"<b>.md\"")
            .suggest(Some(String::from("b.md")));
        let warning = Finding::warning(Kind::Lint, "content/a.md", "a warning");
        let items = print(&[error, warning]);
        assert_eq!(
            items,
            "<li><strong>content/a.md</strong>: no page &quot;&lt;b&gt;.md&quot; — «b.md»?</li>"
        );
    }
}
