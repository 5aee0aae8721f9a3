//! Findings as GitHub Actions workflow commands, one line each.

use std::fmt::Write as _;

use super::{Findings, Severity, display_path};

pub(crate) fn print(findings: &Findings) -> String {
    let mut out = String::new();
    for finding in findings.sorted() {
        let command = match finding.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let message = finding.message_line(findings.language_of(finding));
        let _ = write!(
            out,
            "::{command} file={}",
            escape_property(&display_path(&finding.file))
        );
        if let Some(span) = finding.span {
            let _ = write!(out, ",line={},col={}", span.line, span.column);
        }
        let _ = writeln!(out, ",title={}::{}", finding.kind, escape_data(&message));
    }
    out
}

/// Workflow commands end at a newline and split properties at `,` and `:`.
fn escape_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}
