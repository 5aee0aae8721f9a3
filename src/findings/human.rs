//! Findings for people: `file:line:col: error[kind]: message — did you mean "x"?`,
//! the source line with a caret under it, then a count.

use std::fmt::Write as _;

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

use super::{Findings, Severity};

/// Every finding on one line (`Finding::headline`), errors first, each in
/// its page's language: what serve prints after a rebuild.
pub(crate) fn headlines(findings: &Findings) -> Vec<String> {
    let mut sorted = findings.sorted();
    sorted.sort_by_key(|finding| finding.severity);
    sorted
        .into_iter()
        .map(|finding| {
            let line = finding.headline(findings.language_of(finding));
            // For the terminal: a name's control characters shown, not obeyed.
            super::printable(&line).into_owned()
        })
        .collect()
}

pub(crate) fn print(findings: &Findings, styled: bool) -> String {
    let renderer = if styled {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    let mut out = String::new();
    for finding in findings.sorted() {
        let language = findings.language_of(finding);
        // A file name or a value can hold ESC and the like: shown, not obeyed.
        let _ = writeln!(out, "{}", super::printable(&finding.headline(language)));
        if let (Some(span), Some(line)) = (finding.span, &finding.source_line) {
            let start = line
                .char_indices()
                .nth(span.column.saturating_sub(1))
                .map_or(line.len(), |(idx, _)| idx);
            let end = line[start..]
                .char_indices()
                .nth(1)
                .map_or(line.len(), |(idx, _)| start + idx);
            let level = match finding.severity {
                Severity::Error => Level::ERROR,
                Severity::Warning => Level::WARNING,
            };
            let report = [Group::with_level(level).element(
                Snippet::source(line.as_str())
                    .line_start(span.line)
                    .annotation(AnnotationKind::Primary.span(start..end)),
            )];
            let _ = writeln!(out, "{}", renderer.render(&report));
        }
        if let Some(help) = finding.help_in(language) {
            let _ = writeln!(out, "  = help: {}", super::printable(&help));
        }
        if let Some(rule) = finding.rule {
            let _ = writeln!(out, "  = rule: {}", rule.name());
        }
    }
    let n_errors = findings.n_errors();
    let n_warnings = findings.n_warnings();
    if n_errors + n_warnings > 0 {
        let _ = writeln!(
            out,
            "{} {}, {} {}",
            n_errors,
            if n_errors == 1 { "error" } else { "errors" },
            n_warnings,
            if n_warnings == 1 {
                "warning"
            } else {
                "warnings"
            },
        );
    }
    out
}
