//! What the build finds inaccessible that the accessibility statement's
//! `known_problems` does not name yet (issue 36): documents that are not
//! accessible, and pages with images without a text alternative where
//! `[lint] allow` lets them through. The Swedish statement lists them, so
//! that it does not lie by omission, and a warning asks the organisation
//! to confirm them (what, why, and when it will be fixed).

use crate::config::SiteConfig;
use crate::config::accessibility::Country;
use crate::findings::{Finding, FindingKind, Rule};
use crate::resolve::Site;

/// One thing found inaccessible.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Unconfirmed {
    /// A document, by its file name.
    Document(String),
    /// A page with images without a text alternative, by its title.
    Images(String),
}

impl Unconfirmed {
    fn name(&self) -> &str {
        match self {
            Unconfirmed::Document(name) | Unconfirmed::Images(name) => name,
        }
    }
}

/// What a Swedish statement must list and `known_problems` does not name
/// (by file name or page title); nothing for the other countries, whose
/// statement is written with the agency.
pub(crate) fn unconfirmed(site: &Site, config: &SiteConfig) -> Vec<Unconfirmed> {
    let Some(accessibility) = config
        .accessibility
        .as_ref()
        .filter(|accessibility| accessibility.country == Country::Se)
    else {
        return Vec::new();
    };
    let named =
        |name: &str| (accessibility.known_problems.iter()).any(|problem| problem.contains(name));
    let mut found = Vec::new();
    for attachment in &site.attachments {
        let Some(facts) = &attachment.read else {
            continue;
        };
        let name = attachment
            .output_path
            .rsplit('/')
            .next()
            .unwrap_or_default();
        if facts.was_read() && !facts.accessible() && !named(name) {
            found.push(Unconfirmed::Document(name.to_string()));
        }
    }
    if config.lint.allow.contains(&Rule::MissingAlt) {
        for page in &site.pages {
            let document = &page.document;
            let without_alt = (document.links.iter())
                .any(|link| link.is_image && link.text.trim().is_empty())
                || !document.images_without_alt.is_empty();
            let title = &document.front_matter.title;
            if without_alt && !named(title) {
                found.push(Unconfirmed::Images(title.clone()));
            }
        }
    }
    found
}

/// A warning at `[accessibility]` while the statement lists what the
/// organisation has not confirmed.
pub(crate) fn warning(site: &Site, config: &SiteConfig) -> Option<Finding> {
    let found = unconfirmed(site, config);
    let accessibility = config.accessibility.as_ref()?;
    if found.is_empty() {
        return None;
    }
    let names: Vec<&str> = found.iter().map(Unconfirmed::name).collect();
    let message =
        crate::msg!("a11y-unconfirmed", names = names.join(", ")).num("count", found.len());
    Some(accessibility.location.warning(FindingKind::Config, message))
}
