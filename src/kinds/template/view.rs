//! A template's download link, and `template` in template.html.

use serde::Serialize;

use crate::kinds::Fields;
use crate::render::view::{LinkView, ViewContext};

use super::{TemplateFields, format_key, human_size};

/// A template's file, as a download link: "Ladda ned Trafikrapportsmall (Word-dokument, 24 kB)".
#[derive(Serialize)]
pub(crate) struct DownloadView {
    /// The template page.
    pub page: LinkView,
    pub url: String,
    pub file_name: String,
    /// "Word-dokument"
    pub format: String,
    /// "24 kB"
    pub size: String,
    /// The whole link text, which makes sense on its own.
    pub label: String,
    /// What was read of the document, for members: "3 sidor, på svenska".
    pub details: Option<String>,
    /// Whether it is accessible; none where the file is not a document
    /// that was read.
    pub accessible: Option<bool>,
    /// "Tillgänglighetsanpassat dokument (PDF/UA-1)", or how to ask for an
    /// accessible version.
    pub accessibility: Option<String>,
    /// The same in a list: "Tillgänglighetsanpassat dokument", "Inte
    /// tillgänglighetsanpassat".
    pub accessibility_short: Option<String>,
}

/// The theme strings of what members are told about a document.
pub(crate) const DOCUMENT_KEYS: &[&str] = &[
    "document_pages_one",
    "document_pages",
    "document_language",
    "document_accessible",
    "document_not_accessible",
    "document_not_accessible_short",
    "document_contact",
    "language_sv",
    "language_nb",
    "language_nn",
    "language_no",
    "language_da",
    "language_en",
    "language_fi",
];

/// The pages and language of a document, in the page's words; whether it
/// is accessible, and if not, whom to ask (the template's `owner:`).
fn document_view(
    context: &ViewContext<'_>,
    facts: &crate::documents::Facts,
    owner: Option<&str>,
) -> (Option<String>, Option<String>) {
    let mut details = Vec::new();
    match facts.pages {
        Some(1) => details.push(context.text("document_pages_one", &[])),
        Some(pages) => details.push(context.text("document_pages", &[("n", pages.to_string())])),
        None => {}
    }
    if let Some(language) = &facts.language {
        let primary = language
            .split(['-', '_'])
            .next()
            .unwrap_or(language)
            .to_ascii_lowercase();
        let key = format!("language_{primary}");
        let name = if DOCUMENT_KEYS.contains(&key.as_str()) {
            context.text(&key, &[])
        } else {
            language.clone()
        };
        details.push(context.text("document_language", &[("language", name)]));
    }
    let accessibility = if facts.accessible() {
        let accessible = context.text("document_accessible", &[]);
        match &facts.conformance {
            Some(conformance) => format!("{accessible} ({conformance})"),
            None => accessible,
        }
    } else {
        let contact = owner.map_or_else(|| context.text("document_contact", &[]), String::from);
        context.text("document_not_accessible", &[("contact", contact)])
    };
    (
        (!details.is_empty()).then(|| details.join(", ")),
        Some(accessibility),
    )
}

/// `template` in template.html: the download, its version, and "Used in".
#[derive(Serialize)]
pub(crate) struct TemplateView {
    pub download: Option<DownloadView>,
    pub version: Option<String>,
    /// Every step and meeting that names this template, and every page that links to it.
    pub used_in: Vec<LinkView>,
}

pub(crate) fn download(context: &ViewContext<'_>, template: usize) -> Option<DownloadView> {
    let site = context.site;
    let page = &site.pages[template];
    let Fields::Template(fields) = &page.fields else {
        return None;
    };
    let attachment = &site.attachments[fields.attachment?];
    let file_name = attachment
        .output_path
        .rsplit('/')
        .next()
        .unwrap_or(&attachment.output_path)
        .to_string();
    let format = fields
        .format
        .clone()
        .unwrap_or_else(|| context.text(format_key(&file_name), &[]));
    let separator = context.text("decimal_separator", &[]);
    let size = human_size(attachment.file.size, &separator);
    let title = page.document.front_matter.title.clone();
    let read = attachment.read.as_deref().filter(|facts| facts.was_read());
    let (details, accessibility) = read.map_or((None, None), |facts| {
        document_view(context, facts, page.document.front_matter.owner.as_deref())
    });
    Some(DownloadView {
        page: context.link(template),
        url: crate::resolve::Site::href(context.config, &attachment.url()),
        label: context.text(
            "download_label",
            &[
                ("title", title),
                ("format", format.clone()),
                ("size", size.clone()),
            ],
        ),
        file_name,
        format,
        size,
        details,
        accessible: read.map(crate::documents::Facts::accessible),
        accessibility_short: read.map(|facts| {
            let key = if facts.accessible() {
                "document_accessible"
            } else {
                "document_not_accessible_short"
            };
            context.text(key, &[])
        }),
        accessibility,
    })
}

pub(crate) fn view(context: &ViewContext<'_>, fields: &TemplateFields) -> TemplateView {
    TemplateView {
        download: download(context, context.current),
        version: fields.version.clone(),
        used_in: context.site.referenced_by[context.current]
            .iter()
            .map(|&by| context.link(by))
            .collect(),
    }
}

/// A template in the list of its section: its page and its download.
#[derive(Serialize)]
pub(crate) struct TemplateItemView {
    pub link: LinkView,
    pub download: Option<DownloadView>,
}

/// `templates` in a section whose pages are templates: each with its
/// download (format and size) beside its title.
pub(crate) fn section_view(context: &ViewContext<'_>) -> Option<Vec<TemplateItemView>> {
    let site = context.site;
    let items: Vec<TemplateItemView> = site
        .children_of_kind(context.current, crate::kinds::Kind::Template)
        .map(|template| TemplateItemView {
            link: context.link(template),
            download: download(context, template),
        })
        .collect();
    (!items.is_empty()).then_some(items)
}
