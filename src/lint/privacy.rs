//! What a page loads from other origins (issue 36): an embedded video, a
//! web font, an image or a script from another host sends each visitor's
//! address there as the page is shown, before they choose to. Every such
//! URL of a page's Markdown images and raw HTML is a warning of kind
//! `privacy` at its line, unless `[privacy] allow` names its origin.

use crate::config::{PrivacyConfig, origin_of};
use crate::findings::{Finding, FindingKind, printable};

use super::Page;

/// The page's loads from origins other than `own` (the site's).
pub(super) fn third_parties(
    page: &Page<'_>,
    own: Option<&str>,
    config: &PrivacyConfig,
    findings: &mut Vec<Finding>,
) {
    let document = page.document;
    let loads = (document.links.iter())
        .chain(&document.raw_links)
        .filter(|link| link.loads);
    for link in loads {
        let Some(origin) = origin_of(&link.target) else {
            continue;
        };
        if own == Some(origin.as_str()) || config.allows(&origin) {
            continue;
        }
        let host = origin
            .split_once("://")
            .map_or(origin.as_str(), |(_, host)| host);
        let message = crate::msg!(
            "privacy-third-party",
            url = printable(&link.target),
            host = host,
            origin = origin
        );
        let finding = Finding::warning(FindingKind::Privacy, &document.path, message)
            .at(&document.line_index, &document.text, link.offset)
            .target(link.target.clone());
        findings.push(finding);
    }
}
