//! OpenDocument files (ODT, ODS, ODP: LibreOffice's): the same questions
//! as of Office files, where the format keeps the answer — `meta.xml` for
//! the title, language and people's names, `content.xml` for tracked
//! changes, comments and headings, and the `Basic/` and `Scripts/` folders
//! for macros. Read through the same capped reader.

use super::ooxml::{Properties, Reader};
use super::{Facts, Problem};

pub(crate) fn inspect<R: std::io::Read + std::io::Seek>(
    reader: &mut Reader<R>,
    extension: &str,
    names: &[String],
    facts: &mut Facts,
) -> Result<(), Problem> {
    let problems = &mut facts.problems;
    let macros = names.iter().any(|name| {
        (name.starts_with("Basic/") || name.starts_with("Scripts/")) && !name.ends_with('/')
    });
    if macros {
        problems.push(Problem::Macros);
    }
    let mut language = None;
    match reader.text("meta.xml")? {
        Some(meta) => {
            let properties = Properties::read(&meta, &["initial-creator", "creator"])
                .ok_or_else(|| Problem::Unreadable(String::from("meta.xml is not XML")))?;
            problems.extend(properties.problems());
            language = properties.language;
            facts.title = properties.title;
            facts.pages = page_count(&meta);
        }
        None => problems.push(Problem::NoTitle),
    }
    if let Some(content) = reader.text("content.xml")? {
        let document = roxmltree::Document::parse(&content)
            .map_err(|_| Problem::Unreadable(String::from("content.xml is not XML")))?;
        let has = |local: &str| {
            document
                .descendants()
                .any(|node| node.is_element() && node.tag_name().name() == local)
        };
        let links = document
            .descendants()
            .filter(|node| node.tag_name().name() == "a")
            .filter_map(|node| node.attributes().find(|a| a.name() == "href"))
            .map(|a| a.value().to_string());
        for link in links {
            facts.link(&link);
        }
        let problems = &mut facts.problems;
        if has("changed-region") {
            problems.push(Problem::TrackedChanges);
        }
        if has("annotation") {
            problems.push(Problem::Comments);
        }
        // Else the language of its automatic styles.
        if language.is_none() {
            language = styles_language(&document);
        }
        let paragraphs = document
            .descendants()
            .filter(|node| node.is_element() && node.tag_name().name() == "p")
            .filter(|node| {
                node.descendants()
                    .any(|text| text.is_text() && !text.text().unwrap_or("").trim().is_empty())
            })
            .count();
        if extension == "odt" && paragraphs >= super::ooxml::PARAGRAPHS_BEFORE_HEADINGS && !has("h")
        {
            problems.push(Problem::NoHeadings);
        }
    }
    // LibreOffice keeps the text's language in the default paragraph
    // style of styles.xml, and nowhere else.
    if language.is_none()
        && let Some(styles) = reader.text("styles.xml")?
        && let Ok(document) = roxmltree::Document::parse(&styles)
    {
        language = styles_language(&document);
    }
    facts.language = language;
    Ok(())
}

/// XSL-FO's namespace, where ODF's `fo:language` and `fo:country` are.
const FO: &str = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";

/// The first `fo:language` (with its `fo:country`: "en-US") that names a
/// language; "zxx" and "none" name none.
fn styles_language(document: &roxmltree::Document<'_>) -> Option<String> {
    document.descendants().find_map(|node| {
        let language = node.attribute((FO, "language"))?;
        if matches!(language, "zxx" | "none" | "") {
            return None;
        }
        Some(match node.attribute((FO, "country")) {
            Some(country) if !matches!(country, "none" | "") => format!("{language}-{country}"),
            _ => language.to_string(),
        })
    })
}

/// The pages `meta.xml`'s document statistics count.
fn page_count(meta: &str) -> Option<u32> {
    let document = roxmltree::Document::parse(meta).ok()?;
    document
        .descendants()
        .find(|node| node.tag_name().name() == "document-statistic")?
        .attributes()
        .find(|a| a.name() == "page-count")
        .and_then(|a| a.value().parse().ok())
        .filter(|pages| *pages > 0)
}
