//! Findings for the preview (its error dialog, its warnings, the editor's
//! overview): each as a list item, location in bold, message, suggestion
//! and help, escaped for HTML.

use crate::markup::escape_markup;

use super::{Finding, Severity};
use crate::language::Language;

/// The findings of `severity` among `findings` as `<li>` items; empty when
/// there are none.
pub(crate) fn print<'f>(
    findings: impl IntoIterator<Item = &'f Finding>,
    severity: Severity,
    language_of: &dyn Fn(&Finding) -> Language,
) -> String {
    let mut items = String::new();
    for finding in findings
        .into_iter()
        .filter(|finding| finding.severity == severity)
    {
        let language = language_of(finding);
        items.push_str("<li><strong>");
        items.push_str(&escape_markup(&finding.location()));
        items.push_str("</strong>: ");
        items.push_str(&escape_markup(&finding.message_line(language)));
        if let Some(help) = finding.help_in(language) {
            items.push_str("<br><small>");
            items.push_str(&escape_markup(&help));
            items.push_str("</small>");
        }
        items.push_str("</li>");
    }
    items
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::findings::FindingKind;

    #[test]
    fn findings_of_one_severity_are_items() {
        let error = Finding::error(FindingKind::Link, "content/a.md", "no page \"<b>.md\"")
            .suggest(Some(String::from("b.md")));
        let warning = Finding::warning(FindingKind::Lint, "content/a.md", "a warning");
        let items = print(&[error, warning], Severity::Error, &|_| Language::En);
        assert_eq!(
            items,
            "<li><strong>content/a.md</strong>: no page &quot;&lt;b&gt;.md&quot; — did you mean &quot;b.md&quot;?</li>"
        );
    }
}
