//! Findings as SARIF 2.1.0, for code scanning (GitHub's and others'): one
//! run, a rule for every finding kind and lint rule, a result for every
//! finding at its file, line and column.

use std::path::Path;

use percent_encoding::{AsciiSet, CONTROLS, utf8_percent_encode};
use serde_json::{Value, json};

use super::{Finding, FindingKind, Findings, Rule, Severity, display_path};

const SCHEMA: &str =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

/// What a URI's path may not hold as it is (RFC 3986), `/` aside.
const PATH: &AsciiSet = &CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'%')
    .add(b'<')
    .add(b'>')
    .add(b'?')
    .add(b'[')
    .add(b'\\')
    .add(b']')
    .add(b'^')
    .add(b'`')
    .add(b'{')
    .add(b'|')
    .add(b'}');

/// `prefix` is where the site lies in its repository (`portal/` when the
/// site is in a folder of it, empty at its root): SARIF's file names are
/// relative to the repository, a finding's to the site.
pub(crate) fn print(findings: &Findings, prefix: &Path) -> String {
    let rules = rules();
    let results: Vec<Value> = findings
        .sorted()
        .into_iter()
        .map(|finding| result(findings, finding, prefix, &rules))
        .collect();
    let log = json!({
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "stegvis",
                "version": env!("CARGO_PKG_VERSION"),
                "rules": rules.iter().map(|(id, level, text)| json!({
                    "id": id,
                    "shortDescription": {"text": text},
                    "defaultConfiguration": {"level": level},
                })).collect::<Vec<_>>(),
            }},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    });
    let mut out = serde_json::to_string_pretty(&log).unwrap_or_else(|_| String::from("{}"));
    out.push('\n');
    out
}

fn result(
    findings: &Findings,
    finding: &Finding,
    prefix: &Path,
    rules: &[(String, &str, &str)],
) -> Value {
    let id = rule_id(finding.kind, finding.rule);
    let mut result = json!({
        "ruleId": id,
        "level": match finding.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        },
        "message": {"text": finding.message_line(findings.language_of(finding))},
    });
    if let Some(index) = rules.iter().position(|(rule, _, _)| *rule == id) {
        result["ruleIndex"] = json!(index);
    }
    if !finding.file.as_os_str().is_empty() {
        let path = display_path(&prefix.join(&finding.file));
        let mut location = json!({"artifactLocation": {
            "uri": utf8_percent_encode(&path, PATH).to_string(),
        }});
        if let Some(span) = finding.span {
            location["region"] = json!({"startLine": span.line, "startColumn": span.column});
        }
        result["locations"] = json!([{ "physicalLocation": location }]);
    }
    result
}

fn rule_id(kind: FindingKind, rule: Option<Rule>) -> String {
    match rule {
        Some(rule) => format!("{kind}/{}", rule.name()),
        None => kind.to_string(),
    }
}

/// Every finding kind (lint as its rules), its usual level and what it finds.
fn rules() -> Vec<(String, &'static str, &'static str)> {
    let mut rules = Vec::new();
    for &kind in FindingKind::ALL {
        if kind == FindingKind::Lint {
            for &rule in Rule::ALL {
                rules.push((rule_id(kind, Some(rule)), "warning", lint_text(rule)));
            }
        } else {
            rules.push((rule_id(kind, None), "error", kind_text(kind)));
        }
    }
    rules
}

fn kind_text(kind: FindingKind) -> &'static str {
    match kind {
        FindingKind::Link => "A link to a page or section that does not exist",
        FindingKind::Attachment => {
            "A link to a file (attachment, image, template file) that does not exist"
        }
        FindingKind::Fragment => "A link to a heading or id that is not on its page",
        FindingKind::Reference => {
            "A front-matter reference to a page that does not exist or is of another kind"
        }
        FindingKind::Frontmatter => {
            "An unknown key, or a missing or invalid value, in front matter"
        }
        FindingKind::Template => "An error in a theme template",
        FindingKind::External => "An external link that does not answer",
        FindingKind::Lint => "What an editor should fix before publishing",
        FindingKind::Content => "A content file that cannot be read or published",
        FindingKind::Config => "An error in site.toml",
        FindingKind::Data => "A data file, or a chart or table block that places one",
        FindingKind::Document => {
            "A published document: a label not for the public, macros, leftovers, no title"
        }
        FindingKind::History => "An address the site published that no page has now",
        FindingKind::Privacy => {
            "What a page loads from another origin before the visitor chooses to"
        }
    }
}

fn lint_text(rule: Rule) -> &'static str {
    match rule {
        Rule::Placeholder => "Placeholder text left in a page",
        Rule::EmptyLink => "A link without text",
        Rule::MissingAlt => "An image without a text alternative",
        Rule::LinkText => "A link whose text does not say where it leads",
        Rule::HeadingOrder => "A heading that skips a level",
        Rule::ReviewDue => "A page whose review date has passed",
    }
}
