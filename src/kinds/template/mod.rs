//! `template`: a downloadable document template. Its `file:` is relative to
//! the template page's own folder, like a Markdown link, and must exist.

pub(crate) mod view;

use serde::Deserialize;
use serde_saphyr::Spanned;

use crate::findings::{Finding, FindingKind, Span};
use crate::parse::Document;

use super::{FieldSpec, Found, Lookup, New, OwnFields, Scaffold, Widget};

#[derive(Debug, Clone, Default)]
pub struct TemplateFields {
    /// As written, and where.
    pub file: Option<(String, Span)>,
    /// The attachment `file` names.
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

impl OwnFields for TemplateFields {
    // A template is a folder: its page and its file beside it.
    const BUNDLED: bool = true;

    const SCHEMA: &'static [FieldSpec] = &[
        FieldSpec::new("file", Widget::File).required(),
        FieldSpec::new("format", Widget::Line),
        FieldSpec::new("version", Widget::Line),
    ];

    fn names() -> &'static [&'static str] {
        super::field_names::<Raw>()
    }

    fn read(document: &Document, lookup: &dyn Lookup, findings: &mut Vec<Finding>) -> Option<Self> {
        let reader = document.field_reader();
        let raw = reader.fields::<Raw>(findings)?;
        let file = raw
            .file
            .map(|file| (file.value, reader.place(&file.referenced)));
        let attachment = match &file {
            Some((file, span)) => attachment(document, file, *span, lookup, findings),
            None => {
                findings.push(
                    reader
                        .error_at(reader.key_span("kind"), crate::msg!("template-needs-file"))
                        .target("file"),
                );
                None
            }
        };
        Some(TemplateFields {
            file,
            attachment,
            format: raw.format,
            version: raw.version,
        })
    }

    /// A template is a bundle: the page and its document side by side.
    fn scaffold(new: &New<'_>) -> Option<Scaffold> {
        let front_matter = format!(
            "date: {}\n{}# file: {}.docx\n# format: \"Word\"\n# version: \"1.0\"\ndraft: true\n",
            new.date,
            new.comment(crate::msg!("new-template-comment")),
            new.slug
        );
        Some(Scaffold {
            front_matter,
            bundle: Self::BUNDLED,
            hint: Some(crate::msg!("new-template-hint")),
        })
    }
}

/// The attachment a template's `file:` names, relative to the page's folder.
fn attachment(
    document: &Document,
    file: &str,
    span: Span,
    lookup: &dyn Lookup,
    findings: &mut Vec<Finding>,
) -> Option<usize> {
    let error = |message: crate::findings::Msg| {
        Finding::error(FindingKind::Attachment, &document.path, message)
            .target(file)
            .at_span(&document.line_index, &document.text(), span)
    };
    match lookup.file(document, file) {
        Found::Attachment(attachment) => return Some(attachment),
        Found::Outside => findings.push(error(crate::msg!("template-file-outside", file = file))),
        // A link out of the site, reported by load.
        Found::Refused => {}
        Found::Page(..) | Found::Draft | Found::Nothing => findings.push(
            error(crate::msg!("template-no-file", file = file))
                .suggest(lookup.suggest(document, file, true)),
        ),
    }
    None
}

/// The kinds of document by extension, each with its key of the theme strings.
const FORMATS: &[(&[&str], &str)] = &[
    (&["doc", "docx", "dotx"], "file_word"),
    (&["xls", "xlsx", "xltx"], "file_excel"),
    (&["ppt", "pptx", "potx"], "file_powerpoint"),
    (&["odt", "ods", "odp"], "file_opendocument"),
    (&["pdf"], "file_pdf"),
    (&["csv"], "file_csv"),
    (&["txt", "md"], "file_text"),
    (&["zip"], "file_zip"),
];

/// A file of none of `FORMATS`.
const OTHER_FORMAT: &str = "file_other";

/// The kind of document a file is, by its extension, as a key of the theme strings.
pub(crate) fn format_key(file_name: &str) -> &'static str {
    let extension = file_name
        .rsplit_once('.')
        .map(|(_, extension)| extension.to_ascii_lowercase())
        .unwrap_or_default();
    FORMATS
        .iter()
        .find(|(extensions, _)| extensions.contains(&extension.as_str()))
        .map_or(OTHER_FORMAT, |(_, key)| key)
}

/// The theme strings a template page is written with.
pub(crate) fn string_keys() -> impl Iterator<Item = &'static str> {
    FORMATS
        .iter()
        .map(|(_, key)| *key)
        .chain([OTHER_FORMAT, "decimal_separator", "download_label"])
        .chain(view::DOCUMENT_KEYS.iter().copied())
}

/// "24 kB", "1,2 MB" (with the language's decimal separator).
pub(crate) fn human_size(bytes: u64, decimal_separator: &str) -> String {
    if bytes < 1_000 {
        format!("{bytes} B")
    } else if bytes < 1_000_000 {
        format!("{} kB", bytes.div_ceil(1_000))
    } else {
        let tenths = bytes.div_ceil(100_000);
        format!("{}{decimal_separator}{} MB", tenths / 10, tenths % 10)
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
