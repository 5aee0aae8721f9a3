//! Findings for GitHub Actions: workflow commands that become annotations,
//! and a Markdown table for the job summary.
//!
//! GitHub shows at most 10 error and 10 warning annotations of a step and
//! drops the rest without a word, so the most important come first (errors,
//! then warnings, each in the order of the human output), a notice says how
//! many more there are, and those are printed as plain lines in the log.

use std::fmt::Write as _;

use super::messages::Msg;
use super::{Finding, Findings, Severity, display_path, messages};

/// How many annotations of one level GitHub shows for a step.
pub(crate) const ANNOTATIONS_PER_LEVEL: usize = 10;

pub(crate) fn print(findings: &Findings) -> String {
    let sorted = findings.sorted();
    let of = |severity| {
        sorted
            .iter()
            .copied()
            .filter(move |f| f.severity == severity)
    };
    let (errors, warnings): (Vec<&Finding>, Vec<&Finding>) = (
        of(Severity::Error).collect(),
        of(Severity::Warning).collect(),
    );
    let shown = |list: &[&Finding]| list.len().min(ANNOTATIONS_PER_LEVEL);
    let mut out = String::new();
    for finding in errors[..shown(&errors)]
        .iter()
        .chain(&warnings[..shown(&warnings)])
    {
        annotation(&mut out, findings, finding);
    }
    let rest: Vec<&Finding> = errors[shown(&errors)..]
        .iter()
        .chain(&warnings[shown(&warnings)..])
        .copied()
        .collect();
    if rest.is_empty() {
        return out;
    }
    let more = Msg::new("github-more")
        .num("errors", errors.len() - shown(&errors))
        .num("warnings", warnings.len() - shown(&warnings))
        .num("shown", ANNOTATIONS_PER_LEVEL);
    let text = messages::text(findings.site_language(), &more, None).unwrap_or_default();
    let _ = writeln!(out, "::notice title=stegvis::{}", escape_data(&text));
    for finding in rest {
        let line = finding.headline(findings.language_of(finding));
        let _ = writeln!(out, "{}", log_line(&line));
    }
    out
}

/// A plain line of the log that no runner reads as a command: its line
/// breaks escaped as in a command's data, and a `:` that would start it
/// (after spaces, which the runner skips) escaped too, so a file named
/// `::add-mask::…` or a key with a newline and `::stop-commands::` forges
/// nothing.
fn log_line(text: &str) -> String {
    let escaped = escape_data(text);
    let escaped = super::printable(&escaped).into_owned();
    let trimmed = escaped.trim_start();
    match trimmed.strip_prefix(':') {
        Some(rest) => format!("{}%3A{rest}", &escaped[..escaped.len() - trimmed.len()]),
        None => escaped,
    }
}

fn annotation(out: &mut String, findings: &Findings, finding: &Finding) {
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

/// Every finding as a Markdown table, for `$GITHUB_STEP_SUMMARY`: where,
/// which kind, what is wrong, what to write instead. Empty when there are none.
pub(crate) fn summary(findings: &Findings) -> String {
    if findings.is_empty() {
        return String::new();
    }
    let language = findings.site_language();
    let count = Msg::new("findings-count")
        .num("errors", findings.n_errors())
        .num("warnings", findings.n_warnings());
    let mut out = String::new();
    let _ = writeln!(
        out,
        "### Stegvis: {}\n",
        messages::text(language, &count, None).unwrap_or_default()
    );
    let _ = writeln!(
        out,
        "| {} | {} | {} | {} |\n|---|---|---|---|",
        messages::word(language, "github-summary-place", &[]),
        messages::word(language, "github-summary-kind", &[]),
        messages::word(language, "github-summary-message", &[]),
        messages::word(language, "github-summary-suggestion", &[]),
    );
    for finding in findings.sorted() {
        let place = match finding.span {
            Some(span) => format!("{}:{}", display_path(&finding.file), span.line),
            None => display_path(&finding.file),
        };
        let kind = match finding.rule {
            Some(rule) => format!("{}[{}] ({})", finding.severity, finding.kind, rule.name()),
            None => format!("{}[{}]", finding.severity, finding.kind),
        };
        let message = finding.message_in(findings.language_of(finding));
        let suggestion = finding.suggestion.as_deref().unwrap_or("");
        let _ = writeln!(
            out,
            "| `{}` | {} | {} | {} |",
            code_cell(&place),
            cell(&kind),
            cell(&message),
            cell(suggestion)
        );
    }
    out.push('\n');
    out
}

/// Text that stays plain text in its table cell: no line breaks, and every
/// ASCII punctuation mark escaped, so no column bar, HTML, entity, link,
/// image, emphasis or autolink (`www\.x`, `https\://`) is made of a
/// file name, a key or a value.
fn cell(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '\r' | '\n' => out.push(' '),
            ch if ch.is_ascii_punctuation() => {
                out.push('\\');
                out.push(ch);
            }
            ch if ch.is_control() => out.push(' '),
            ch => out.push(ch),
        }
    }
    out
}

/// Text in a code span of a table cell: literal but for the column bar,
/// which a table splits at even there, and the backtick, which ends it.
fn code_cell(text: &str) -> String {
    text.replace('`', "'")
        .replace('|', "\\|")
        .replace(|ch: char| ch.is_control(), " ")
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Language;

    fn more(language: Language, errors: i64, warnings: i64) -> String {
        let msg = Msg::new("github-more")
            .num("errors", errors)
            .num("warnings", warnings)
            .num("shown", 10);
        messages::text(language, &msg, None).unwrap_or_default()
    }

    /// The notice names only the severities that overflowed.
    #[test]
    fn the_notice_counts_only_what_is_not_shown() {
        assert!(more(Language::Sv, 5, 2).starts_with("5 fel och 2 varningar till visas inte"));
        assert!(more(Language::Sv, 0, 1).starts_with("1 varning till visas inte"));
        assert!(more(Language::Sv, 3, 0).starts_with("3 fel till visas inte"));
        assert!(more(Language::En, 0, 4).starts_with("4 more warnings are not shown"));
        assert!(more(Language::En, 1, 1).starts_with("1 more error and 1 more warning are"));
        assert!(more(Language::Da, 0, 2).starts_with("2 advarsler mere vises ikke"));
    }
}

#[cfg(test)]
mod forging {
    use super::*;
    use crate::findings::FindingKind;

    /// Findings whose file names and targets were written to forge
    /// workflow commands and a link in the summary.
    fn hostile() -> Findings {
        let mut findings = Findings::default();
        for n in 0..12 {
            findings.push(
                Finding::error(
                    FindingKind::Link,
                    format!("content/{n:02}\n::add-mask::hemlig\r\n  ::stop-commands::x\n.md"),
                    crate::msg!("link-no-page", target = "[klicka](https://evil.example/) ![x](https://evil.example/x.png)\n::warning::forged"),
                )
                .target(String::from("x")),
            );
        }
        findings.push(Finding::warning(
            FindingKind::Lint,
            "::error file=a.md::forged",
            crate::msg!("link-no-page", target = "y"),
        ));
        findings
    }

    #[test]
    fn no_finding_forges_a_workflow_command() {
        let log = print(&hostile());
        for line in log.lines() {
            let command = line.trim_start().strip_prefix("::");
            if let Some(command) = command {
                assert!(
                    command.starts_with("error file=content/")
                        || command.starts_with("warning file=%3A%3Aerror")
                        || command.starts_with("notice title=stegvis::"),
                    "forged: {line:?}"
                );
            }
        }
        assert!(!log.contains("::add-mask::hemlig\n"), "{log}");
        assert_eq!(log.lines().count(), 10 + 1 + 1 + 2, "{log}");
    }

    #[test]
    fn the_summary_shows_links_and_images_as_text() {
        let summary = summary(&hostile());
        assert!(!summary.contains("[klicka](https://"), "{summary}");
        assert!(!summary.contains("![x]("), "{summary}");
        assert!(
            summary.contains(r"\[klicka\]\(https\:\/\/evil\.example\/\)"),
            "{summary}"
        );
        // One table row per finding: nothing breaks a row.
        assert_eq!(
            summary
                .lines()
                .filter(|line| line.starts_with("| `"))
                .count(),
            13
        );
    }
}
