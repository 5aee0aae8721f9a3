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
