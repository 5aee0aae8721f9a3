//! PDF files, read with lopdf: what EN 301 549 (clause 10) and PDF/UA ask
//! of a document a member downloads — tags and a structure tree, the
//! language, a title shown as the window's title, text rather than scanned
//! images, no lock against assistive technology — and what a publisher
//! must know: the author's name, comments left in, the links it holds.
//! Streams inflate within `Limits::part`; only the first `Limits::pages`
//! pages are looked at.

use lopdf::{Dictionary, Document, Object};

use super::{Facts, Limits, Problem};

pub(crate) fn read(bytes: &[u8], limits: &Limits, facts: &mut Facts) -> Result<(), Problem> {
    let options = lopdf::LoadOptions {
        max_decompressed_size: usize::try_from(limits.part).ok(),
        ..lopdf::LoadOptions::default()
    };
    let document = Document::load_mem_with_options(bytes, options)
        .map_err(|error| Problem::Unreadable(error.to_string()))?;
    // lopdf takes `/Encrypt` out of a file it could decrypt (with the empty
    // password) and keeps its state; one it could not keeps `/Encrypt`.
    match &document.encryption_state {
        Some(state) if locked(state) => facts.problems.push(Problem::Locked),
        Some(_) => {}
        None if document.trailer.get(b"Encrypt").is_ok() => return Err(Problem::Password),
        None => {}
    }
    let catalog = document
        .catalog()
        .map_err(|error| Problem::Unreadable(error.to_string()))?;
    let pdf = Pdf {
        document: &document,
    };
    let marked = pdf
        .dictionary(catalog, b"MarkInfo")
        .and_then(|mark| pdf.object(mark, b"Marked"))
        .and_then(|marked| marked.as_bool().ok())
        == Some(true);
    if !(marked && catalog.has(b"StructTreeRoot")) {
        facts.problems.push(Problem::NotTagged);
    }
    facts.language = pdf
        .object(catalog, b"Lang")
        .and_then(text)
        .filter(|language| !language.trim().is_empty());
    let xmp = pdf.metadata(catalog, limits).unwrap_or_default();
    let info = document
        .trailer
        .get(b"Info")
        .ok()
        .and_then(|info| document.dereference(info).ok())
        .and_then(|(_, info)| info.as_dict().ok());
    let field = |key: &[u8]| {
        info.and_then(|info| pdf.object(info, key))
            .and_then(text)
            .map(|value| value.trim().to_string())
            .filter(|value| !value.is_empty())
    };
    facts.title = field(b"Title").or(xmp.title);
    facts.conformance = xmp.conformance;
    let shown = pdf
        .dictionary(catalog, b"ViewerPreferences")
        .and_then(|preferences| pdf.object(preferences, b"DisplayDocTitle"))
        .and_then(|shown| shown.as_bool().ok())
        == Some(true);
    if facts.title.is_none() {
        facts.problems.push(Problem::NoTitle);
    } else if !shown {
        facts.problems.push(Problem::TitleNotShown);
    }
    let mut names: Vec<String> = field(b"Author").into_iter().chain(xmp.creators).collect();
    names.dedup();
    if !names.is_empty() {
        facts.problems.push(Problem::Names(names));
    }
    pdf.pages(limits, facts);
    Ok(())
}

/// A loaded PDF, and the ways its objects are looked up.
struct Pdf<'d> {
    document: &'d Document,
}

impl<'d> Pdf<'d> {
    /// A key's value, its references followed.
    fn object(&self, dictionary: &'d Dictionary, key: &[u8]) -> Option<&'d Object> {
        let value = dictionary.get(key).ok()?;
        self.document
            .dereference(value)
            .ok()
            .map(|(_, value)| value)
    }

    fn dictionary(&self, dictionary: &'d Dictionary, key: &[u8]) -> Option<&'d Dictionary> {
        self.object(dictionary, key)?.as_dict().ok()
    }

    /// The catalog's XMP metadata, within the cap.
    fn metadata(&self, catalog: &'d Dictionary, limits: &Limits) -> Option<Xmp> {
        let stream = self.object(catalog, b"Metadata")?.as_stream().ok()?;
        let cap = usize::try_from(limits.part).ok()?;
        let bytes = stream
            .decompressed_content_with_limit(cap)
            .unwrap_or_else(|_| stream.content.clone());
        Some(Xmp::read(&String::from_utf8_lossy(&bytes)))
    }

    /// Its pages counted; on the first `limits.pages` of them, those that
    /// are images only, comments, and link targets.
    fn pages(&self, limits: &Limits, facts: &mut Facts) {
        let pages = self.document.get_pages();
        facts.pages = u32::try_from(pages.len()).ok().filter(|pages| *pages > 0);
        let cap = usize::try_from(limits.part).unwrap_or(usize::MAX);
        let mut image_only = 0;
        let mut commented = false;
        for &page in pages.values().take(limits.pages) {
            let content = self
                .document
                .get_page_content_with_limit(page, cap)
                .unwrap_or_default();
            if is_image_only(&content) && !self.has_fonts(page) {
                image_only += 1;
            }
            for annotation in self.document.get_page_annotations(page).unwrap_or_default() {
                let subtype = annotation
                    .get(b"Subtype")
                    .and_then(Object::as_name)
                    .unwrap_or_default();
                if COMMENTS.contains(&subtype) {
                    commented = true;
                }
                let target = self
                    .dictionary(annotation, b"A")
                    .and_then(|action| self.object(action, b"URI"))
                    .and_then(|uri| uri.as_str().ok());
                if subtype == b"Link"
                    && let Some(target) = target
                {
                    facts.link(&String::from_utf8_lossy(target));
                }
            }
        }
        if image_only > 0 {
            facts.problems.push(Problem::ImageOnlyPages(image_only));
        }
        if commented {
            facts.problems.push(Problem::Comments);
        }
    }

    /// Whether a page's resources (its own or inherited) name a font: a page
    /// with text has one, an OCR layer's invisible text too.
    fn has_fonts(&self, page: lopdf::ObjectId) -> bool {
        let Ok((inline, referenced)) = self.document.get_page_resources(page) else {
            return false;
        };
        inline.is_some_and(|resources| resources.has(b"Font"))
            || referenced.iter().any(|&id| {
                self.document
                    .get_dictionary(id)
                    .is_ok_and(|resources| resources.has(b"Font"))
            })
    }
}

/// The annotations a reviewer leaves: notes, highlights, marks and stamps.
const COMMENTS: [&[u8]; 9] = [
    b"Text",
    b"FreeText",
    b"Highlight",
    b"Underline",
    b"StrikeOut",
    b"Squiggly",
    b"Caret",
    b"Ink",
    b"Stamp",
];

/// Whether the permissions forbid extracting text for assistive
/// technology: bit 10 of `/P` from revision 3 on, bit 5 (copying, which
/// then covers both) in revision 2.
fn locked(state: &lopdf::EncryptionState) -> bool {
    let permissions = state.permissions();
    if state.revision() >= 3 {
        !permissions.contains(lopdf::Permissions::COPYABLE_FOR_ACCESSIBILITY)
    } else {
        !permissions.contains(lopdf::Permissions::COPYABLE)
    }
}

/// A page's content shows an image (an XObject or an inline image) and no
/// text: a scanned page.
fn is_image_only(content: &[u8]) -> bool {
    let Ok(content) = lopdf::content::Content::decode(content) else {
        return false;
    };
    let mut image = false;
    for operation in &content.operations {
        match operation.operator.as_str() {
            "Tj" | "TJ" | "'" | "\"" => return false,
            "Do" | "BI" => image = true,
            _ => {}
        }
    }
    image
}

/// A PDF text string (PDFDocEncoding or UTF-16).
fn text(object: &Object) -> Option<String> {
    lopdf::decode_text_string(object).ok()
}

/// What the XMP metadata says that the rest of the file may not.
#[derive(Default)]
struct Xmp {
    title: Option<String>,
    creators: Vec<String>,
    /// `pdfuaid:part`: "PDF/UA-1".
    conformance: Option<String>,
}

impl Xmp {
    fn read(xml: &str) -> Xmp {
        let Ok(document) = roxmltree::Document::parse(xml.trim_start_matches('\u{feff}')) else {
            return Xmp::default();
        };
        const DC: &str = "http://purl.org/dc/elements/1.1/";
        const UA: &str = "http://www.aiim.org/pdfua/ns/id/";
        let items = |local: &str| -> Vec<String> {
            document
                .descendants()
                .filter(|node| {
                    node.tag_name().namespace() == Some(DC) && node.tag_name().name() == local
                })
                .flat_map(|node| {
                    node.descendants()
                        .filter(|item| item.tag_name().name() == "li")
                })
                .filter_map(|item| item.text())
                .map(|text| text.trim().to_string())
                .filter(|text| !text.is_empty())
                .collect()
        };
        let part = document.descendants().find_map(|node| {
            if node.tag_name().namespace() == Some(UA) && node.tag_name().name() == "part" {
                return node.text().map(|text| text.trim().to_string());
            }
            node.attribute((UA, "part")).map(str::to_string)
        });
        Xmp {
            title: items("title").into_iter().next(),
            creators: items("creator"),
            conformance: part.map(|part| format!("PDF/UA-{part}")),
        }
    }
}

#[cfg(test)]
mod tests {
    //! What needs no file; the PDFs of tests/documents/ are read in
    //! tests/documents.rs.
    use super::*;

    #[test]
    fn a_page_is_image_only_when_it_shows_an_image_and_no_text() {
        assert!(is_image_only(b"q 595 0 0 842 0 0 cm /Im0 Do Q"));
        assert!(!is_image_only(b"BT /F1 12 Tf (Hej) Tj ET q /Im0 Do Q"));
        assert!(!is_image_only(b"0 0 m 10 10 l S"));
    }

    #[test]
    fn xmp_names_the_pdf_ua_part_as_element_or_attribute() {
        let element = r#"<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/" xmlns:dc="http://purl.org/dc/elements/1.1/"><pdfuaid:part>1</pdfuaid:part><dc:title><rdf:Alt><rdf:li xml:lang="x-default">Handlingsplan</rdf:li></rdf:Alt></dc:title><dc:creator><rdf:Seq><rdf:li>Anna Berg</rdf:li></rdf:Seq></dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>"#;
        let xmp = Xmp::read(element);
        assert_eq!(xmp.conformance.as_deref(), Some("PDF/UA-1"));
        assert_eq!(xmp.title.as_deref(), Some("Handlingsplan"));
        assert_eq!(xmp.creators, ["Anna Berg"]);
        let attribute = r#"<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/" pdfuaid:part="2"/></rdf:RDF></x:xmpmeta>"#;
        assert_eq!(
            Xmp::read(attribute).conformance.as_deref(),
            Some("PDF/UA-2")
        );
        assert!(Xmp::read("not xml").conformance.is_none());
    }
}
