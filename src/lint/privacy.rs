//! What a page loads from other origins (issue 36): an embedded video, a
//! web font, an image or a script from another host sends each visitor's
//! address there as the page is shown, before they choose to. Every such
//! URL of a page's Markdown images and raw HTML is a warning of kind
//! `privacy` at its line, unless `[privacy] allow` names its origin.

use crate::config::{PrivacyConfig, host_of, origin_of};
use crate::findings::{Finding, FindingKind, Msg, printable};

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
        let Some(message) = third_party(&link.target, own, config) else {
            continue;
        };
        let finding = Finding::warning(FindingKind::Privacy, &document.path, message)
            .at(&document.line_index, &document.text(), link.offset)
            .target(link.target.clone());
        findings.push(finding);
    }
}

/// What loading `url` says, where it comes from an origin other than `own`
/// and those `config` allows: the message of its warning. For a page's
/// loads here, and a template's in `check::html`.
pub(crate) fn third_party(url: &str, own: Option<&str>, config: &PrivacyConfig) -> Option<Msg> {
    let origin = origin_of(url)?;
    if own == Some(origin.as_str()) || config.allows(&origin) {
        return None;
    }
    Some(crate::msg!(
        "privacy-third-party",
        url = printable(url),
        host = host_of(&origin),
        origin = origin
    ))
}
