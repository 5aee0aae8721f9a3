//! What is injected into every served HTML page: a small script that listens
//! for rebuilds (Server-Sent Events) and reloads, or swaps the stylesheets
//! when only CSS changed; while the latest build has errors, an accessible
//! dialog listing them; and the page's warnings as a small count in a
//! corner. All in the site's language.

use crate::config::Language;
use crate::findings::{Finding, Findings, Severity};

pub(crate) const EVENTS_PATH: &str = "/__stegvis/events";

const SCRIPT: &str = r#"<script>
(function () {
  var source = new EventSource("/__stegvis/events");
  function here() {
    var path = location.pathname.replace(/index\.html$/, "");
    try { return decodeURI(path); } catch (error) { return path; }
  }
  function shows(href) { return href === here() || href === location.pathname; }
  // "*", or the pages that changed: the tabs on the rest stay as they are.
  source.addEventListener("reload", function (event) {
    var changed = null;
    try { changed = JSON.parse(event.data); } catch (error) {}
    var overview = location.pathname.indexOf("/_stegvis/") === 0;
    if (!Array.isArray(changed) || overview || changed.some(shows)) { location.reload(); }
  });
  source.addEventListener("page", function (event) {
    if (shows(event.data)) { location.reload(); }
  });
  source.addEventListener("css", function () {
    document.querySelectorAll('link[rel="stylesheet"]').forEach(function (link) {
      var url = new URL(link.href);
      url.searchParams.set("stegvis", Date.now());
      link.href = url.toString();
    });
  });
  var corner = document.getElementById("stegvis-warnings");
  if (corner) {
    var key = "stegvis-warnings-hidden";
    if (sessionStorage.getItem(key) === corner.dataset.key) { corner.hidden = true; }
    corner.querySelector("button").addEventListener("click", function () {
      corner.hidden = true;
      sessionStorage.setItem(key, corner.dataset.key);
    });
  }
  var dialog = document.getElementById("stegvis-errors");
  if (dialog) {
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape") { dialog.close(); }
    });
    var button = dialog.querySelector("button");
    if (button) { button.focus(); }
  }
})();
</script>"#;

/// The most errors the dialog over a page lists.
const DIALOG_ERRORS: usize = 20;

/// The path of the editor's overview, which only the preview serves.
pub(crate) const OVERVIEW_PATH: &str = "/_stegvis/";

/// The page with the script; while the latest build has errors, the dialog
/// that lists them over the page; and the warnings of `current` (the page's
/// source), as a small count in a corner that opens their list and can be
/// hidden until they change.
pub(crate) fn inject(
    html: &str,
    findings: &Findings,
    language: Language,
    current: Option<&std::path::Path>,
) -> String {
    let words = super::words::Words::of(language);
    let mut addition = String::new();
    // Every page carries the dialog: its first errors, and how many more
    // the overview lists (10,000 errors once made every page 2.5 MB).
    let errors = findings
        .iter()
        .filter(|finding| finding.severity == Severity::Error);
    let n_errors = errors.clone().count();
    let mut items =
        crate::findings::print_html_items(errors.take(DIALOG_ERRORS), Severity::Error, findings);
    if n_errors > DIALOG_ERRORS {
        items.push_str(&format!(
            "<li><a href=\"{OVERVIEW_PATH}\">{}</a></li>",
            words.more_errors(n_errors - DIALOG_ERRORS)
        ));
    }
    if !items.is_empty() {
        addition.push_str(
            "<dialog id=\"stegvis-errors\" open aria-labelledby=\"stegvis-errors-title\" style=\"position:fixed;inset:1rem;max-width:48rem;margin:auto;z-index:9999;border:3px solid #b3261e;border-radius:8px;padding:1rem 1.5rem;background:#fff;color:#1d2428;font:16px/1.5 system-ui,sans-serif;max-height:80vh;overflow:auto\">",
        );
        addition.push_str(&format!(
            "<h2 id=\"stegvis-errors-title\" style=\"margin-top:0;color:#b3261e\">{}</h2><p>{}</p><ul>{items}",
            words.get("serve-errors-heading"), words.get("serve-errors-intro")
        ));
        addition.push_str(&format!(
            "</ul><p><a href=\"{OVERVIEW_PATH}\">{}</a></p><form method=\"dialog\"><button type=\"submit\">{}</button></form></dialog>",
            words.get("serve-all-findings"), words.get("serve-close")
        ));
    }
    let on_page: Vec<&Finding> = findings
        .iter()
        .filter(|finding| current.is_some_and(|current| finding.file == current))
        .filter(|finding| finding.severity == Severity::Warning)
        .collect();
    if !on_page.is_empty() {
        addition.push_str(&warnings_corner(
            &on_page,
            findings.iter().len(),
            &words,
            findings,
        ));
    }
    addition.push_str(SCRIPT);
    let html = without_policy(html);
    match html.rfind("</body>") {
        Some(at) => format!("{}{addition}{}", &html[..at], &html[at..]),
        None => format!("{html}{addition}"),
    }
}

/// The page without its Content-Security-Policy `<meta>`: the preview adds
/// its own inline script and dialog, which the published policy forbids.
fn without_policy(html: &str) -> std::borrow::Cow<'_, str> {
    let Some(at) = html.find("Content-Security-Policy") else {
        return std::borrow::Cow::Borrowed(html);
    };
    let start = html[..at].rfind("<meta");
    let end = html[at..].find('>').map(|end| at + end + 1);
    match (start, end) {
        (Some(start), Some(end)) if !html[start..at].contains('>') => {
            std::borrow::Cow::Owned(format!("{}{}", &html[..start], &html[end..]))
        }
        _ => std::borrow::Cow::Borrowed(html),
    }
}

/// The page's warnings behind a count in the lower right corner. `data-key`
/// tells the script when they have changed since they were hidden.
fn warnings_corner(
    on_page: &[&Finding],
    n_site: usize,
    words: &super::words::Words,
    findings: &Findings,
) -> String {
    let items =
        crate::findings::print_html_items(on_page.iter().copied(), Severity::Warning, findings);
    let count = words.warnings_on_page(on_page.len());
    let key: String = on_page
        .iter()
        .map(|finding| finding.location() + &finding.english())
        .collect::<Vec<_>>()
        .join("|");
    let key = format!("{:x}", fnv(&key));
    format!(
        "<aside id=\"stegvis-warnings\" data-key=\"{key}\" aria-label=\"{count}\" style=\"position:fixed;right:1rem;bottom:1rem;z-index:9998;max-width:min(32rem,calc(100vw - 2rem));background:#fff;color:#1d2428;border:2px solid #7a4f00;border-radius:8px;box-shadow:0 2px 10px rgba(0,0,0,.25);font:15px/1.45 system-ui,sans-serif\">\
<div style=\"display:flex;align-items:flex-start\"><details style=\"flex:1\"><summary style=\"cursor:pointer;padding:.45rem .8rem;font-weight:600;color:#7a4f00\">{count}</summary>\
<ul tabindex=\"0\" style=\"max-height:50vh;overflow:auto;margin:0;padding:.25rem 1rem .5rem 2rem\">{items}</ul>\
<p style=\"margin:0;padding:0 .8rem .6rem\"><a href=\"{OVERVIEW_PATH}\" style=\"color:#1f5f4a\">{} ({n_site})</a></p></details>\
<button type=\"button\" aria-label=\"{}\" style=\"border:0;background:none;color:#1d2428;font:inherit;font-size:1.2rem;line-height:1;padding:.45rem .7rem;cursor:pointer\">×</button></div></aside>",
        words.get("serve-all-findings"),
        words.get("serve-hide")
    )
}

/// A small stable hash (FNV-1a), so that the key is the same in every build.
fn fnv(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::findings::FindingKind;

    /// `list` as a build holds them.
    fn held(list: impl IntoIterator<Item = Finding>) -> Findings {
        let mut findings = Findings::default();
        findings.extend(list);
        findings
    }

    #[test]
    fn the_script_goes_before_the_end_of_the_body() {
        let page = inject(
            "<html><body><p>x</p></body></html>",
            &Findings::default(),
            Language::Sv,
            None,
        );
        assert!(page.contains("<p>x</p><script>"));
        assert!(page.ends_with("</script></body></html>"));
        assert!(!page.contains("<dialog"));
    }

    #[test]
    fn the_dialog_lists_the_first_errors_and_counts_the_rest() {
        let findings: Vec<Finding> = (0..10_000)
            .map(|n| {
                Finding::error(
                    FindingKind::Link,
                    format!("content/{n}.md"),
                    "no page \"x.md\"",
                )
            })
            .collect();
        let page = inject("<body></body>", &held(findings), Language::Sv, None);
        assert_eq!(page.matches("<li>").count(), DIALOG_ERRORS + 1);
        assert!(page.contains("och 9980 fel till"), "{page}");
        assert!(page.len() < 10_000, "{}", page.len());
    }

    #[test]
    fn errors_are_listed_in_a_dialog_in_the_sites_language() {
        let finding = Finding::error(FindingKind::Link, "content/a.md", "no page \"<b>.md\"");
        let page = inject("<body></body>", &held([finding]), Language::Sv, None);
        assert!(page.contains("<dialog id=\"stegvis-errors\" open"));
        assert!(page.contains("Sidan kunde inte byggas"));
        assert!(page.contains("no page &quot;&lt;b&gt;.md&quot;"));
        assert!(!page.contains("<aside id=\"stegvis-warnings\""));
    }

    #[test]
    fn a_pages_warnings_are_a_count_in_a_corner_and_other_pages_are_left_out() {
        let here = Finding::warning(
            FindingKind::Lint,
            "content/a.md",
            "\"Xxx\" is text left to fill in",
        );
        let there = Finding::warning(FindingKind::Lint, "content/b.md", "another");
        let findings = [here.clone(), there];
        let page = inject(
            "<body></body>",
            &held(findings.clone()),
            Language::Sv,
            Some(std::path::Path::new("content/a.md")),
        );
        assert!(!page.contains("<dialog"), "warnings do not cover the page");
        assert!(page.contains("<summary"));
        assert!(page.contains(">1 varning på sidan</summary>"));
        assert!(page.contains("Xxx") && !page.contains("another"));
        assert!(page.contains("href=\"/_stegvis/\""));
        assert!(page.contains(">Alla fel och varningar i portalen (2)</a>"));
        let elsewhere = inject(
            "<body></body>",
            &held(findings[1..].to_vec()),
            Language::Sv,
            Some(std::path::Path::new("content/a.md")),
        );
        assert!(!elsewhere.contains("<aside id=\"stegvis-warnings\""));
        // The key changes with the warnings, so hidden ones come back when they change.
        let again = inject(
            "<body></body>",
            &held([here]),
            Language::Sv,
            Some(std::path::Path::new("content/a.md")),
        );
        let key = |page: &str| {
            page.split("data-key=\"")
                .nth(1)
                .map(|rest| rest[..8].to_string())
        };
        assert_eq!(key(&page), key(&again));
        assert_ne!(
            key(&page),
            key(&inject(
                "<body></body>",
                &held(findings[1..].to_vec()),
                Language::Sv,
                Some(std::path::Path::new("content/b.md")),
            ))
        );
    }
}
