//! Findings for the preview (its error dialog, its warnings, the editor's
//! overview): each as a list item, location in bold, message, suggestion
//! and help, escaped for HTML.

use std::fmt::Write as _;

use crate::markup::escape_markup;

use super::{Finding, Findings, Severity};
use crate::language::Language;

/// The findings of `severity` among `these` (of `findings`, which knows
/// their languages) as `<li>` items; empty when there are none.
pub(crate) fn print<'f>(
    these: impl IntoIterator<Item = &'f Finding>,
    severity: Severity,
    findings: &Findings,
) -> String {
    let mut items = String::new();
    for finding in these
        .into_iter()
        .filter(|finding| finding.severity == severity)
    {
        let language = findings.language_of(finding);
        let _ = write!(items, "<li>{}</li>", item(finding, language, Where::File));
    }
    items
}

/// How much of where a finding is the item says.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Where {
    /// `content/a.md:3:5`.
    File,
    /// `3:5`, under a heading that names the file.
    Line,
}

/// One finding: where (in bold), what, the suggestion and the help.
pub(crate) fn item(finding: &Finding, language: Language, at: Where) -> String {
    let mut text = String::new();
    match (at, finding.span) {
        (Where::File, _) => {
            let _ = write!(
                text,
                "<strong>{}</strong>: ",
                escape_markup(&finding.location())
            );
        }
        (Where::Line, Some(span)) => {
            let _ = write!(text, "<strong>{}:{}</strong> ", span.line, span.column);
        }
        (Where::Line, None) => {}
    }
    text.push_str(&escape_markup(&finding.message_line(language)));
    if let Some(help) = finding.help_in(language) {
        let _ = write!(text, "<br><small>{}</small>", escape_markup(&help));
    }
    text
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
        let mut findings = Findings::default();
        findings.extend([error.clone(), warning.clone()]);
        let items = print(&[error, warning], Severity::Error, &findings);
        assert_eq!(
            items,
            "<li><strong>content/a.md</strong>: no page &quot;&lt;b&gt;.md&quot; — did you mean &quot;b.md&quot;?</li>"
        );
    }
}
