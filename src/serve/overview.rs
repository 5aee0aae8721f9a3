//! The editor's overview (`/_stegvis/`), which only `serve` shows: every
//! finding of the latest build, the pages to review soonest first, then
//! the findings page by page and the pages by owner. What a communications
//! officer opens on Monday morning. Never part of the built site.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

use crate::PageSummary;
use crate::findings::{Finding, Findings, Rule, Severity, Where, count, html_item};
use crate::markup::escape_markup;

use super::Served;
use super::words::Words;

pub(crate) fn page(served: &Served) -> String {
    let words = Words::of(served.language);
    let pages = Pages::of(served);
    let findings = &served.findings;
    let n_errors = findings.held(Severity::Error);
    let n_warnings = findings.held(Severity::Warning);
    let mut html = format!(
        "<!doctype html><html lang=\"{lang}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{title}</title><style>{STYLE}</style></head><body><main><h1>{title}</h1><p>{intro}</p><p class=\"counts\">{counts}</p>",
        lang = served.language.code(),
        title = words.get("serve-overview-title"),
        intro = words.get("serve-overview-intro"),
        counts = words.counts(n_errors, n_warnings),
    );
    if findings.iter().len() == 0 {
        let _ = write!(html, "<p>{}</p>", words.get("serve-none"));
    } else {
        review(&mut html, served, &pages, &words);
        documents(&mut html, served, &words);
        by_page(&mut html, served, &pages, &words);
        by_owner(&mut html, served, &pages, &words);
    }
    html.push_str("</main></body></html>");
    html
}

const STYLE: &str = "body{font:16px/1.5 system-ui,sans-serif;color:#1d2428;background:#fff;margin:0}main{max-width:60rem;margin:0 auto;padding:1rem}h1{margin-top:0}table{border-collapse:collapse;width:100%}th,td{border:1px solid #d5dbd8;padding:.3rem .5rem;text-align:left;vertical-align:top}th{background:#f3f5f4}.error{color:#b3261e;font-weight:600}.warning{color:#7a4f00;font-weight:600}li{margin:.3rem 0}a{color:#1f5f4a}small{color:#4a565e}.counts{font-weight:600}";

/// The pages whose review date has passed, the oldest first.
fn review(html: &mut String, served: &Served, pages: &Pages<'_>, words: &Words) {
    let mut due: Vec<(&PageSummary, &Finding)> = served
        .findings
        .iter()
        .filter(|finding| finding.rule == Some(Rule::ReviewDue))
        .filter_map(|finding| Some((pages.of_file(&finding.file)?, finding)))
        .collect();
    if due.is_empty() {
        return;
    }
    due.sort_by_key(|(page, _)| (page.review_by, page.file.clone()));
    let _ = write!(
        html,
        "<section aria-labelledby=\"review\"><h2 id=\"review\">{}</h2><table><thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead><tbody>",
        words.get("serve-review-heading"),
        words.get("serve-review-by"),
        words.get("serve-page"),
        words.get("serve-owner")
    );
    for (page, _) in due {
        let _ = write!(
            html,
            "<tr><td>{}</td><th scope=\"row\"><a href=\"{}\">{}</a></th><td>{}</td></tr>",
            page.review_by
                .map(|date| date.to_string())
                .unwrap_or_default(),
            escape_markup(&page.url),
            escape_markup(&page.title),
            escape_markup(
                page.owner
                    .as_deref()
                    .unwrap_or(&words.get("serve-no-owner"))
            ),
        );
    }
    html.push_str("</tbody></table></section>");
}

/// The documents the site publishes that have findings, the worst first
/// (most errors, then most warnings), each finding where it was found.
fn documents(html: &mut String, served: &Served, words: &Words) {
    let mut documents: BTreeMap<&str, Vec<&Finding>> = BTreeMap::new();
    for finding in served.findings.iter() {
        if finding.kind == crate::findings::FindingKind::Document
            && let Some(target) = &finding.target
        {
            documents.entry(target).or_default().push(finding);
        }
    }
    if documents.is_empty() {
        return;
    }
    let mut worst: Vec<(&str, Vec<&Finding>)> = documents.into_iter().collect();
    worst.sort_by_key(|(name, findings)| {
        let errors = count(findings.iter().copied(), Severity::Error);
        let warnings = count(findings.iter().copied(), Severity::Warning);
        (
            std::cmp::Reverse(errors),
            std::cmp::Reverse(warnings),
            *name,
        )
    });
    let _ = write!(
        html,
        "<section aria-labelledby=\"documents\"><h2 id=\"documents\">{}</h2>",
        words.get("serve-documents-heading")
    );
    for (name, findings) in worst {
        let _ = write!(
            html,
            "<h3>{} <small>{}</small></h3><ul>",
            escape_markup(name),
            words.counts(
                count(findings.iter().copied(), Severity::Error),
                count(findings.iter().copied(), Severity::Warning)
            )
        );
        for finding in findings {
            let _ = write!(
                html,
                "<li>{} <small>{}</small> {}</li>",
                severity(finding, words),
                escape_markup(&crate::findings::display_path(&finding.file)),
                html_item(finding, served.findings.language_of(finding), Where::Line)
            );
        }
        html.push_str("</ul>");
    }
    html.push_str("</section>");
}

/// The findings by file, in file order: a page under its title, with a
/// link to it; site.toml, data files and templates under their names.
fn by_page(html: &mut String, served: &Served, pages: &Pages<'_>, words: &Words) {
    let _ = write!(
        html,
        "<section aria-labelledby=\"by-page\"><h2 id=\"by-page\">{}</h2>",
        words.get("serve-by-page-heading")
    );
    for (file, findings) in by_file(&served.findings) {
        let heading = match pages.of_file(file) {
            Some(page) => format!(
                "<a href=\"{}\">{}</a> <small>{}</small>",
                escape_markup(&page.url),
                escape_markup(&page.title),
                escape_markup(&crate::findings::display_path(file))
            ),
            None => escape_markup(&crate::findings::display_path(file)),
        };
        let _ = write!(html, "<h3>{heading}</h3><ul>");
        for finding in findings {
            let _ = write!(
                html,
                "<li>{} {}</li>",
                severity(finding, words),
                html_item(finding, served.findings.language_of(finding), Where::Line)
            );
        }
        html.push_str("</ul>");
    }
    html.push_str("</section>");
}

/// Each owner's pages with how much there is to fix on each; pages without
/// an owner last.
fn by_owner(html: &mut String, served: &Served, pages: &Pages<'_>, words: &Words) {
    let mut owners: BTreeMap<Option<&str>, Vec<(&PageSummary, usize)>> = BTreeMap::new();
    for (file, findings) in by_file(&served.findings) {
        if let Some(page) = pages.of_file(file) {
            owners
                .entry(page.owner.as_deref())
                .or_default()
                .push((page, findings.len()));
        }
    }
    let _ = write!(
        html,
        "<section aria-labelledby=\"by-owner\"><h2 id=\"by-owner\">{}</h2>",
        words.get("serve-by-owner-heading")
    );
    // BTreeMap puts None first; an owner's name comes before "no owner".
    let named = owners.iter().filter(|(owner, _)| owner.is_some());
    let unnamed = owners.iter().filter(|(owner, _)| owner.is_none());
    for (owner, pages) in named.chain(unnamed) {
        let _ = write!(
            html,
            "<h3>{}</h3><ul>",
            escape_markup(owner.unwrap_or(&words.get("serve-no-owner")))
        );
        for (page, n) in pages {
            let _ = write!(
                html,
                "<li><a href=\"{}\">{}</a>: {n}</li>",
                escape_markup(&page.url),
                escape_markup(&page.title)
            );
        }
        html.push_str("</ul>");
    }
    html.push_str("</section>");
}

fn by_file(findings: &Findings) -> BTreeMap<&Path, Vec<&Finding>> {
    let mut files: BTreeMap<&Path, Vec<&Finding>> = BTreeMap::new();
    for finding in findings.iter() {
        files.entry(&finding.file).or_default().push(finding);
    }
    files
}

/// The pages by their source file, looked up once per file: a search of
/// the list for each once took 8 s at 10,000 pages with a finding each.
struct Pages<'s>(std::collections::HashMap<&'s Path, &'s PageSummary>);

impl<'s> Pages<'s> {
    fn of(served: &'s Served) -> Pages<'s> {
        Pages(
            served
                .pages
                .iter()
                .map(|page| (page.file.as_path(), page))
                .collect(),
        )
    }

    fn of_file(&self, file: &Path) -> Option<&'s PageSummary> {
        self.0.get(file).copied()
    }
}

/// "Fel" or "Varning", marked for its colour.
fn severity(finding: &Finding, words: &Words) -> String {
    let (class, label) = match finding.severity {
        Severity::Error => ("error", words.get("serve-error")),
        Severity::Warning => ("warning", words.get("serve-warning")),
    };
    format!("<span class=\"{class}\">{label}</span>")
}
