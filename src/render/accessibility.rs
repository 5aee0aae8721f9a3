//! The accessibility statement (issue 36), as `[accessibility]` says: for
//! Sweden the statement page itself, with every item Digg lists; for Norway
//! and Denmark the statement is published with the agency (uustatus.no,
//! the WAS-Tool), and every page links it there. Denmark's rules also ask
//! for the address `/was` to lead to it.

use serde::Serialize;

use crate::config::accessibility::{AccessibilityConfig, Country};
use crate::config::{Language, SiteConfig};

use crate::lint::accessibility::Unconfirmed;

use super::context::StatementLink;
use super::strings::Strings;

/// Digg's form for reporting a lack of accessibility, which a Swedish
/// statement must link (digg.se, "Skapa en tillgänglighetsredogörelse").
const DIGG_COMPLAINT: &str = "https://www.digg.se/tdosanmalan";

/// Where the Swedish statement is, by the site's language.
pub(crate) fn statement_page(language: Language) -> &'static str {
    match language {
        Language::Sv => "tillganglighetsredogorelse",
        Language::Nb | Language::Nn => "tilgjengelighetserklaering",
        Language::Da => "tilgaengelighedserklaering",
        Language::En => "accessibility-statement",
    }
}

pub(crate) fn link(config: &SiteConfig, strings: &Strings) -> Option<StatementLink> {
    let accessibility = config.accessibility.as_ref()?;
    let (url, language) = match accessibility.country {
        Country::Se => (
            format!("{}{}/", config.base_path, statement_page(config.language)),
            config.language,
        ),
        Country::No => {
            let language = match config.language {
                Language::Nn => Language::Nn,
                _ => Language::Nb,
            };
            (accessibility.uustatus.clone()?, language)
        }
        Country::Dk => (accessibility.was.clone()?, Language::Da),
    };
    let text = strings.get(language).texts.get("a11y_link")?.clone();
    Some(StatementLink {
        url,
        text,
        lang: language.code(),
    })
}

/// What the statement page shows besides the theme's words.
#[derive(Serialize)]
struct StatementView<'a> {
    organisation: &'a str,
    conformance: &'static str,
    known_problems: &'a [String],
    exempted: &'a [String],
    out_of_scope: &'a [String],
    feedback: Option<&'a str>,
    contact: Option<&'a str>,
    phone: Option<&'a str>,
    method: &'a str,
    /// What the build itself finds inaccessible and `known_problems` does
    /// not name yet, in the site's language: the statement does not lie by
    /// omission while the organisation confirms them.
    found: Vec<String>,
    complaint: &'static str,
    assessed: String,
    updated: String,
}

/// The Swedish statement page, or Denmark's `/was`; a page of the site's
/// own at either address is kept.
pub(crate) fn generate(renderer: &super::Renderer<'_>, emit: &mut super::Emit) {
    let config = renderer.config;
    let Some(accessibility) = &config.accessibility else {
        return;
    };
    match accessibility.country {
        Country::Se => statement(renderer, accessibility, emit),
        Country::Dk => {
            let path = String::from("was/index.html");
            if let Some(was) = &accessibility.was
                && !emit.contains(&path)
            {
                let html = super::aliases::redirect_to(was, "Tilgængelighedserklæring", "da");
                emit.put_unless_taken(path, super::OutputFile::Bytes(html.into_bytes()));
            }
        }
        Country::No => {}
    }
}

/// What the build finds inaccessible that `known_problems` does not name
/// yet (`lint::accessibility`), as the statement says it.
fn found(renderer: &super::Renderer<'_>) -> Vec<String> {
    let texts = renderer.strings.get(renderer.config.language);
    let say = |key: &str, name: &str| {
        (texts.texts.get(key))
            .map(|text| text.replace("{name}", name))
            .unwrap_or_default()
    };
    crate::lint::accessibility::unconfirmed(renderer.site, renderer.config)
        .into_iter()
        .map(|found| match found {
            Unconfirmed::Document(name) => say("a11y_found_document", &name),
            Unconfirmed::Images(title) => say("a11y_found_images", &title),
        })
        .collect()
}

fn statement(
    renderer: &super::Renderer<'_>,
    accessibility: &AccessibilityConfig,
    emit: &mut super::Emit,
) {
    let config = renderer.config;
    let path = format!("{}/index.html", statement_page(config.language));
    // read() required what Sweden's statement must hold.
    let (Some(organisation), Some(conformance), Some((assessed, _)), Some(method)) = (
        &accessibility.organisation,
        accessibility.conformance,
        &accessibility.assessed,
        &accessibility.method,
    ) else {
        return;
    };
    if emit.contains(&path) {
        return;
    }
    let strings = renderer.strings.get(config.language);
    let view = StatementView {
        organisation,
        conformance: conformance.name(),
        known_problems: &accessibility.known_problems,
        exempted: &accessibility.exempted,
        out_of_scope: &accessibility.out_of_scope,
        feedback: accessibility.feedback.as_deref(),
        contact: accessibility.contact.as_deref(),
        phone: accessibility.phone.as_deref(),
        method,
        found: found(renderer),
        complaint: DIGG_COMPLAINT,
        assessed: strings.date(*assessed),
        updated: strings.date(accessibility.updated.unwrap_or(*assessed).max(*assessed)),
    };
    let mut context =
        super::context::plain_context(renderer.site, config, &renderer.strings, &path);
    context.insert("statement", &view);
    emit.html(renderer, path, "accessibility.html", &context);
}
