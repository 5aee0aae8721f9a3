//! Findings for machines: one JSON object, as SPEC's "Findings format" shows it.

use serde::Serialize;

use super::{Findings, display_path};

#[derive(Serialize)]
struct Report<'f> {
    findings: Vec<FindingView<'f>>,
    errors: usize,
    warnings: usize,
}

#[derive(Serialize)]
struct FindingView<'f> {
    severity: String,
    kind: String,
    /// The lint rule, for a finding of kind `lint`.
    #[serde(skip_serializing_if = "Option::is_none")]
    rule: Option<&'static str>,
    file: String,
    line: Option<usize>,
    column: Option<usize>,
    target: Option<&'f str>,
    message: String,
    suggestion: Option<&'f str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    help: Option<String>,
}

pub(crate) fn print(findings: &Findings) -> String {
    let report = Report {
        findings: findings
            .sorted()
            .into_iter()
            .map(|finding| FindingView {
                severity: finding.severity.to_string(),
                kind: finding.kind.to_string(),
                rule: finding.rule.map(super::Rule::name),
                file: display_path(&finding.file),
                line: finding.span.map(|span| span.line),
                column: finding.span.map(|span| span.column),
                target: finding.target.as_deref(),
                message: finding.message_in(findings.language_of(finding)),
                suggestion: finding.suggestion.as_deref(),
                help: finding.help_in(findings.language_of(finding)),
            })
            .collect(),
        errors: findings.n_errors(),
        warnings: findings.n_warnings(),
    };
    let mut out = serde_json::to_string(&report).unwrap_or_else(|_| String::from("{}"));
    out.push('\n');
    out
}
