//! `template`: a downloadable document template. Its `file:` is relative to
//! the template page's own folder, like a Markdown link, and must exist.

use serde::Deserialize;
use serde_saphyr::Spanned;

use crate::findings::{Finding, Span};
use crate::parse::Document;

pub const FIELDS: &[&str] = &["file", "format", "version"];

#[derive(Debug, Clone, Default)]
pub struct TemplateFields {
    /// As written, and where.
    pub file: Option<(String, Span)>,
    /// The attachment `file` names, once resolved.
    pub attachment: Option<usize>,
    /// Overrides the format named from the file's extension ("Word").
    pub format: Option<String>,
    pub version: Option<String>,
}

#[derive(Deserialize)]
struct Raw {
    file: Option<Spanned<String>>,
    format: Option<String>,
    version: Option<String>,
}

pub fn read(document: &Document, findings: &mut Vec<Finding>) -> Option<TemplateFields> {
    let reader = document.field_reader();
    match reader.typed::<Raw>() {
        Ok(raw) => {
            let file = raw
                .file
                .map(|file| (file.value, reader.place(&file.referenced)));
            if file.is_none() {
                findings.push(
                    reader
                        .error_at(reader.key_span("kind"), "a template needs file: the document to download")
                        .target("file")
                        .help("add a line such as: file: trafikrapportsmall.docx (relative to this page's folder)"),
                );
            }
            Some(TemplateFields {
                file,
                attachment: None,
                format: raw.format,
                version: raw.version.map(|version| version.to_string()),
            })
        }
        Err(finding) => {
            findings.push(*finding);
            None
        }
    }
}

/// The kind of document a file is, by its extension, as a key of the theme strings.
pub fn format_key(file_name: &str) -> &'static str {
    let extension = file_name
        .rsplit_once('.')
        .map(|(_, extension)| extension.to_ascii_lowercase())
        .unwrap_or_default();
    match extension.as_str() {
        "doc" | "docx" | "dotx" => "file_word",
        "xls" | "xlsx" | "xltx" => "file_excel",
        "ppt" | "pptx" | "potx" => "file_powerpoint",
        "odt" | "ods" | "odp" => "file_opendocument",
        "pdf" => "file_pdf",
        "csv" => "file_csv",
        "txt" | "md" => "file_text",
        "zip" => "file_zip",
        _ => "file_other",
    }
}

/// "24 kB", "1,2 MB" (with the language's decimal separator).
pub fn human_size(bytes: u64, decimal_separator: &str) -> String {
    if bytes < 1_000 {
        format!("{bytes} B")
    } else if bytes < 1_000_000 {
        format!("{} kB", bytes.div_ceil(1_000))
    } else {
        let tenths = bytes.div_ceil(100_000);
        format!("{}{decimal_separator}{} MB", tenths / 10, tenths % 10)
    }
}

/// A template's file, as a download link: "Ladda ned Trafikrapportsmall (Word-dokument, 24 kB)".
#[derive(serde::Serialize)]
pub struct DownloadView {
    /// The template page.
    pub page: crate::render::views::LinkView,
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
#[derive(serde::Serialize)]
pub struct TemplateView {
    pub download: Option<DownloadView>,
    pub version: Option<String>,
    /// Every step and meeting that names this template, and every page that links to it.
    pub used_in: Vec<crate::render::views::LinkView>,
}

pub fn download(
    context: &crate::render::views::ViewContext<'_>,
    template: usize,
) -> Option<DownloadView> {
    let site = context.site;
    let page = &site.pages[template];
    let crate::kinds::Fields::Template(fields) = &page.fields else {
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
    let encoded: Vec<String> = attachment
        .output_path
        .split('/')
        .map(|segment| {
            percent_encoding::utf8_percent_encode(segment, crate::resolve::links::SEGMENT)
                .to_string()
        })
        .collect();
    Some(DownloadView {
        page: context.link(template),
        url: crate::resolve::Site::href(context.config, &encoded.join("/")),
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

pub fn view(
    context: &crate::render::views::ViewContext<'_>,
    fields: &TemplateFields,
) -> TemplateView {
    TemplateView {
        download: download(context, context.current),
        version: fields.version.clone(),
        used_in: context.site.referenced_by[context.current]
            .iter()
            .map(|&by| context.link(by))
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_are_written_for_people() {
        assert_eq!(human_size(512, ","), "512 B");
        assert_eq!(human_size(24_100, ","), "25 kB");
        assert_eq!(human_size(1_234_567, ","), "1,3 MB");
        assert_eq!(human_size(1_234_567, "."), "1.3 MB");
    }

    #[test]
    fn formats_come_from_the_extension() {
        assert_eq!(format_key("Trafikrapport.DOCX"), "file_word");
        assert_eq!(format_key("plan.xlsx"), "file_excel");
        assert_eq!(format_key("bilaga.pdf"), "file_pdf");
        assert_eq!(format_key("utan-filtyp"), "file_other");
    }
}
