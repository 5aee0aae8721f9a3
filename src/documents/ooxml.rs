//! Word, Excel and PowerPoint files (Office Open XML: a zip of XML parts):
//! what a publisher must know before a member downloads one. Only the
//! parts named below are read, each within a size cap; macros are never
//! run, only noticed.

use std::io::Read;

use super::{Facts, Limits, Problem};

/// The parts that say something a publisher must know, by format.
struct Parts {
    /// Where tracked changes would be (`w:ins`, `w:del`).
    body: Option<&'static str>,
    /// Where comments are: a part, or a folder of them.
    comments: &'static [&'static str],
}

fn parts(extension: &str) -> Parts {
    match extension {
        "docx" | "docm" | "dotx" | "dotm" => Parts {
            body: Some("word/document.xml"),
            comments: &["word/comments.xml"],
        },
        "xlsx" | "xlsm" | "xltx" | "xltm" => Parts {
            body: None,
            comments: &["xl/comments", "xl/threadedComments/"],
        },
        _ => Parts {
            body: None,
            comments: &["ppt/comments/", "ppt/commentAuthors.xml"],
        },
    }
}

/// What one Office file holds that matters, into `facts`; or why it could
/// not be read.
pub(crate) fn read(
    bytes: &[u8],
    extension: &str,
    limits: &Limits,
    facts: &mut Facts,
) -> Result<(), Problem> {
    let (mut reader, names) = open(bytes, limits)?;
    reader.inspect(extension, &names, facts)
}

/// A zip opened for reading, and the names of its entries.
pub(crate) type Opened<'b> = (Reader<std::io::Cursor<&'b [u8]>>, Vec<String>);

pub(crate) fn open<'b>(bytes: &'b [u8], limits: &Limits) -> Result<Opened<'b>, Problem> {
    let archive = zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .map_err(|error| Problem::Unreadable(error.to_string()))?;
    if archive.len() > limits.entries {
        return Err(Problem::TooLarge);
    }
    let names: Vec<String> = archive
        .file_names()
        .map(|name| name.map(|name| name.into_owned()))
        .collect::<Result<_, _>>()
        .map_err(|error| Problem::Unreadable(error.to_string()))?;
    let reader = Reader {
        archive,
        cap: limits.part,
        budget: limits.inflated,
    };
    Ok((reader, names))
}

/// The zip, and how much more of it may be inflated.
pub(crate) struct Reader<R> {
    archive: zip::ZipArchive<R>,
    cap: u64,
    budget: u64,
}

impl<R: Read + std::io::Seek> Reader<R> {
    /// A part's text, within the caps; `None` if the file has no such part.
    pub(crate) fn text(&mut self, name: &str) -> Result<Option<String>, Problem> {
        part(&mut self.archive, name, self.cap, &mut self.budget)
    }

    fn inspect(
        &mut self,
        extension: &str,
        names: &[String],
        facts: &mut Facts,
    ) -> Result<(), Problem> {
        let problems = &mut facts.problems;
        let macros = extension.ends_with('m')
            || names
                .iter()
                .any(|name| name.to_ascii_lowercase().ends_with("vbaproject.bin"));
        if macros {
            problems.push(Problem::Macros);
        }
        if let Some(custom) = self.text("docProps/custom.xml")? {
            problems.extend(label(&custom).map(Problem::Label));
        }
        let mut language = None;
        let mut title = None;
        match self.text("docProps/core.xml")? {
            Some(core) => match Properties::read(&core, &["creator", "lastModifiedBy"]) {
                Some(properties) => {
                    problems.extend(properties.problems());
                    language = properties.language;
                    title = properties.title;
                }
                None => problems.push(Problem::Unreadable(String::from(
                    "docProps/core.xml is not XML",
                ))),
            },
            None => problems.push(Problem::NoTitle),
        }
        let parts = parts(extension);
        if parts.body.is_some() {
            let styles = Styles::read(&self.text("word/styles.xml")?.unwrap_or_default());
            // Word keeps the text's language in its styles when the properties do not.
            language = language.or(styles.language);
            if let Some(body) = self.text("word/document.xml")? {
                problems.extend(word_body(&body, &styles.headings));
            }
        }
        if extension.starts_with("pp") || extension.starts_with("po") {
            self.slides(names, problems)?;
        }
        let commented = names.iter().any(|name| {
            parts
                .comments
                .iter()
                .any(|prefix| name.starts_with(prefix) && name.ends_with(".xml"))
        });
        if commented {
            problems.push(Problem::Comments);
        }
        facts.language = language;
        facts.title = title;
        if let Some(app) = self.text("docProps/app.xml")? {
            facts.pages = pages(&app);
        }
        self.links(names, facts)
    }

    /// The addresses its text links to: the external targets of the
    /// hyperlink relationships of its body, slides and sheets.
    fn links(&mut self, names: &[String], facts: &mut Facts) -> Result<(), Problem> {
        let linking = names.iter().filter(|name| {
            name.ends_with(".rels")
                && (name.starts_with("word/_rels/")
                    || name.starts_with("ppt/slides/_rels/")
                    || name.starts_with("xl/worksheets/_rels/"))
        });
        for name in linking {
            let Some(rels) = self.text(name)? else {
                continue;
            };
            let Ok(document) = roxmltree::Document::parse(&rels) else {
                continue;
            };
            let targets = document.descendants().filter(|node| {
                node.tag_name().name() == "Relationship"
                    && node.attribute("TargetMode") == Some("External")
                    && node
                        .attribute("Type")
                        .is_some_and(|kind| kind.ends_with("/hyperlink"))
            });
            for target in targets.filter_map(|node| node.attribute("Target")) {
                facts.link(target);
            }
        }
        Ok(())
    }

    /// Each slide has a title (a title placeholder), each picture its
    /// text alternative.
    fn slides(&mut self, names: &[String], problems: &mut Vec<Problem>) -> Result<(), Problem> {
        let mut untitled = 0;
        let mut without_alt = 0;
        for name in names.iter().filter(|name| is_slide(name)) {
            let Some(slide) = self.text(name)? else {
                continue;
            };
            let Ok(document) = roxmltree::Document::parse(&slide) else {
                return Err(Problem::Unreadable(format!("{name} is not XML")));
            };
            let titled = document.descendants().any(|node| {
                node.tag_name().name() == "ph"
                    && matches!(node.attribute("type"), Some("title" | "ctrTitle"))
            });
            if !titled {
                untitled += 1;
            }
            without_alt += document
                .descendants()
                .filter(|node| node.tag_name().name() == "pic")
                .filter(|picture| {
                    picture
                        .descendants()
                        .find(|node| node.tag_name().name() == "cNvPr")
                        .is_some_and(|properties| !has_alt(properties))
                })
                .count();
        }
        if untitled > 0 {
            problems.push(Problem::SlidesWithoutTitle(untitled));
        }
        if without_alt > 0 {
            problems.push(Problem::ImagesWithoutAlt(without_alt));
        }
        Ok(())
    }
}

fn is_slide(name: &str) -> bool {
    name.strip_prefix("ppt/slides/slide")
        .and_then(|rest| rest.strip_suffix(".xml"))
        .is_some_and(|number| {
            !number.is_empty() && number.bytes().all(|byte| byte.is_ascii_digit())
        })
}

/// A picture's or drawing's text alternative: its `descr`, or marked as
/// decorative (Office's `adec:decorative val="1"`).
fn has_alt(properties: roxmltree::Node<'_, '_>) -> bool {
    let described = properties
        .attribute("descr")
        .is_some_and(|text| !text.trim().is_empty());
    let decorative = properties
        .descendants()
        .any(|node| node.tag_name().name() == "decorative" && node.attribute("val") == Some("1"));
    described || decorative
}

/// The pages (Word) or slides (PowerPoint) `docProps/app.xml` counts.
fn pages(app: &str) -> Option<u32> {
    let document = roxmltree::Document::parse(app).ok()?;
    document
        .descendants()
        .find(|node| matches!(node.tag_name().name(), "Pages" | "Slides"))
        .and_then(|node| node.text())
        .and_then(|text| text.trim().parse().ok())
        .filter(|pages| *pages > 0)
}

/// The paragraphs a Word body has before a document is long enough to
/// need headings.
pub(crate) const PARAGRAPHS_BEFORE_HEADINGS: usize = 10;

/// A Word body: tracked changes; headings used as headings (a long text
/// with none cannot be navigated); images without a text alternative;
/// tables whose first row is not marked as a header row.
fn word_body(body: &str, headings: &[String]) -> Vec<Problem> {
    let Ok(document) = roxmltree::Document::parse(body) else {
        return if body.contains("<w:ins ") || body.contains("<w:del ") {
            vec![Problem::TrackedChanges]
        } else {
            Vec::new()
        };
    };
    let named = |node: &roxmltree::Node<'_, '_>, local: &str| {
        node.is_element() && node.tag_name().name() == local
    };
    let mut problems = Vec::new();
    if document.descendants().any(|node| {
        node.is_element()
            && matches!(
                node.tag_name().name(),
                "ins" | "del" | "moveFrom" | "moveTo"
            )
    }) {
        problems.push(Problem::TrackedChanges);
    }
    let paragraphs: Vec<_> = document
        .descendants()
        .filter(|node| named(node, "p"))
        .collect();
    let with_text = paragraphs
        .iter()
        .filter(|paragraph| {
            paragraph
                .descendants()
                .any(|node| named(&node, "t") && node.text().is_some_and(|t| !t.trim().is_empty()))
        })
        .count();
    let is_heading = |paragraph: &roxmltree::Node<'_, '_>| {
        paragraph.descendants().any(|node| {
            (named(&node, "pStyle")
                && val(&node).is_some_and(|id| headings.iter().any(|h| h == id)))
                || named(&node, "outlineLvl")
        })
    };
    if with_text >= PARAGRAPHS_BEFORE_HEADINGS && !paragraphs.iter().any(is_heading) {
        problems.push(Problem::NoHeadings);
    }
    let without_alt = document
        .descendants()
        .filter(|node| named(node, "docPr"))
        .filter(|properties| !has_alt(*properties))
        .count();
    if without_alt > 0 {
        problems.push(Problem::ImagesWithoutAlt(without_alt));
    }
    let headless = document
        .descendants()
        .filter(|node| named(node, "tbl"))
        .filter(|table| {
            let first_row = table.children().find(|child| named(child, "tr"));
            !first_row.is_some_and(|row| row.descendants().any(|node| named(&node, "tblHeader")))
        })
        .count();
    if headless > 0 {
        problems.push(Problem::TablesWithoutHeader(headless));
    }
    problems
}

/// A part's text, if the file has it: at most `cap` bytes of it, and no
/// more in all than `budget` (a zip bomb inflates past both).
fn part<R: Read + std::io::Seek>(
    archive: &mut zip::ZipArchive<R>,
    name: &str,
    cap: u64,
    budget: &mut u64,
) -> Result<Option<String>, Problem> {
    let file = match archive.by_name(name) {
        Ok(file) => file,
        Err(zip::result::ZipError::FileNotFound) => return Ok(None),
        Err(error) => return Err(Problem::Unreadable(error.to_string())),
    };
    let allowed = cap.min(*budget);
    let mut bytes = Vec::new();
    file.take(allowed + 1)
        .read_to_end(&mut bytes)
        .map_err(|error| Problem::Unreadable(error.to_string()))?;
    if bytes.len() as u64 > allowed {
        return Err(Problem::TooLarge);
    }
    *budget -= bytes.len() as u64;
    String::from_utf8(bytes)
        .map(Some)
        .map_err(|_| Problem::Unreadable(format!("{name} is not UTF-8 text")))
}

/// The sensitivity label (Microsoft Purview) the file carries, by name:
/// `MSIP_Label_<id>_Name`, where that label's `_Enabled` is true.
fn label(custom: &str) -> Option<String> {
    let document = roxmltree::Document::parse(custom).ok()?;
    let properties: Vec<(&str, String)> = document
        .descendants()
        .filter(|node| node.tag_name().name() == "property")
        .filter_map(|node| {
            let name = node.attribute("name")?;
            let value = node
                .descendants()
                .filter(|child| child.is_text())
                .filter_map(|child| child.text())
                .collect::<String>();
            Some((name, value))
        })
        .collect();
    properties.iter().find_map(|(name, value)| {
        let id = name.strip_prefix("MSIP_Label_")?.strip_suffix("_Name")?;
        let enabled = properties.iter().any(|(other, flag)| {
            other
                .strip_prefix("MSIP_Label_")
                .and_then(|rest| rest.strip_suffix("_Enabled"))
                == Some(id)
                && flag.trim().eq_ignore_ascii_case("true")
        });
        enabled.then(|| value.trim().to_string())
    })
}

/// What a document's properties part says (`docProps/core.xml`, ODF's
/// `meta.xml`): its title, its language and the people named in the
/// elements `people` (by local name).
pub(crate) struct Properties {
    pub title: Option<String>,
    pub language: Option<String>,
    names: Vec<String>,
}

impl Properties {
    /// The part read once; `None` if it is not XML.
    pub(crate) fn read(xml: &str, people: &[&str]) -> Option<Properties> {
        let document = roxmltree::Document::parse(xml).ok()?;
        let text = |local: &str| {
            document
                .descendants()
                .find(|node| node.is_element() && node.tag_name().name() == local)
                .and_then(|node| node.text())
                .map(str::trim)
                .filter(|text| !text.is_empty())
                .map(str::to_string)
        };
        let mut names: Vec<String> = people.iter().filter_map(|local| text(local)).collect();
        names.dedup();
        Some(Properties {
            title: text("title"),
            language: text("language"),
            names,
        })
    }

    /// No title; people's names.
    pub(crate) fn problems(&self) -> Vec<Problem> {
        let mut problems = Vec::new();
        if self.title.is_none() {
            problems.push(Problem::NoTitle);
        }
        if !self.names.is_empty() {
            problems.push(Problem::Names(self.names.clone()));
        }
        problems
    }
}

/// A Word attribute `w:val`, by its local name.
fn val<'a>(node: &roxmltree::Node<'a, '_>) -> Option<&'a str> {
    node.attributes()
        .find(|attribute| attribute.name() == "val")
        .map(|attribute| attribute.value())
}

/// What a Word file's styles part says: the ids of its heading styles, and
/// the default language of its text.
struct Styles {
    /// Word's built-in heading styles are named `heading 1` … and `Title`
    /// in every language (their ids are translated: `Rubrik1`,
    /// `Overskrift1`); any style with an outline level is one too.
    headings: Vec<String>,
    /// `w:docDefaults`' `w:lang`.
    language: Option<String>,
}

impl Styles {
    fn read(styles: &str) -> Styles {
        // The English ids too, for a file whose styles part does not define them.
        let mut headings: Vec<String> = (1..=9)
            .map(|level| format!("Heading{level}"))
            .chain([String::from("Title")])
            .collect();
        let Ok(document) = roxmltree::Document::parse(styles) else {
            return Styles {
                headings,
                language: None,
            };
        };
        let named = |node: &roxmltree::Node<'_, '_>, local: &str| node.tag_name().name() == local;
        let defined = document
            .descendants()
            .filter(|node| named(node, "style"))
            .filter(|style| {
                let name = style
                    .children()
                    .find(|child| named(child, "name"))
                    .and_then(|name| val(&name))
                    .map(str::to_ascii_lowercase);
                let outline = style.descendants().any(|node| named(&node, "outlineLvl"));
                outline || name.is_some_and(|name| name.starts_with("heading ") || name == "title")
            })
            .filter_map(|style| {
                style
                    .attributes()
                    .find(|a| a.name() == "styleId")
                    .map(|a| a.value().to_string())
            });
        headings.extend(defined);
        let language = document
            .descendants()
            .find(|node| named(node, "docDefaults"))
            .and_then(|defaults| defaults.descendants().find(|node| named(node, "lang")))
            .and_then(|lang| val(&lang))
            .filter(|value| !value.is_empty())
            .map(str::to_string);
        Styles { headings, language }
    }
}

#[cfg(test)]
mod tests {
    //! What needs no file; the documents written by tests/documents/make.py
    //! are read in tests/documents.rs (tests/ is not in the package).
    use super::*;
    use std::io::Write as _;

    fn custom_with(name: &str, enabled: &str) -> String {
        format!(
            r#"<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property pid="2" name="MSIP_Label_x_Enabled"><vt:lpwstr>{enabled}</vt:lpwstr></property><property pid="3" name="MSIP_Label_x_Name"><vt:lpwstr>{name}</vt:lpwstr></property></Properties>"#
        )
    }

    #[test]
    fn a_purview_label_counts_only_where_it_is_enabled() {
        assert_eq!(
            label(&custom_with("Konfidentiell", "true")).as_deref(),
            Some("Konfidentiell")
        );
        assert_eq!(label(&custom_with("Konfidentiell", "false")), None);
        assert_eq!(label("<Properties/>"), None);
    }

    #[test]
    fn the_language_and_the_heading_styles_come_from_words_styles() {
        let styles = r#"<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val="nb-NO"/></w:rPr></w:rPrDefault></w:docDefaults><w:style w:type="paragraph" w:styleId="Overskrift1"><w:name w:val="heading 1"/></w:style><w:style w:type="paragraph" w:styleId="Brodtekst"><w:name w:val="Body Text"/></w:style></w:styles>"#;
        let read = Styles::read(styles);
        assert_eq!(read.language.as_deref(), Some("nb-NO"));
        let headings = read.headings;
        assert!(
            headings.iter().any(|id| id == "Overskrift1"),
            "{headings:?}"
        );
        assert!(!headings.iter().any(|id| id == "Brodtekst"), "{headings:?}");
    }

    /// A zip of empty parts, written here.
    fn zip_of(names: &[&str]) -> Vec<u8> {
        let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Stored);
        for name in names {
            writer.start_file(*name, options).expect("an entry");
            writer.write_all(b"<x/>").expect("its bytes");
        }
        writer.finish().expect("the zip").into_inner()
    }

    #[test]
    fn more_entries_than_allowed_are_not_read() {
        let bytes = zip_of(&["a.xml", "b.xml", "c.xml"]);
        let few = Limits {
            entries: 2,
            ..super::super::LIMITS
        };
        let read = |limits: &Limits| {
            let mut facts = Facts::default();
            read(&bytes, "docx", limits, &mut facts).err()
        };
        assert_eq!(read(&few), Some(Problem::TooLarge));
        assert_eq!(read(&super::super::LIMITS), None);
    }

    #[test]
    fn a_part_past_its_cap_is_not_read() {
        let bytes = zip_of(&["docProps/core.xml"]);
        let tiny = Limits {
            part: 2,
            ..super::super::LIMITS
        };
        let mut facts = Facts::default();
        assert_eq!(
            read(&bytes, "docx", &tiny, &mut facts),
            Err(Problem::TooLarge)
        );
    }
}
