//! The Markdown body, scanned once with pulldown-cmark: its links (with where
//! they start in the file), its headings and the ids of its raw HTML. The HTML
//! itself is written by `render::body`, with the same parser options.

use pulldown_cmark::{BrokenLink, CodeBlockKind, Event, LinkType, Options, Parser, Tag, TagEnd};

/// A link or image as the editor wrote it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    /// The destination as written (`../steg-2.md#avsnitt`).
    pub target: String,
    /// Byte offset in the whole file of the link's `[` (or an image's `!`).
    pub offset: usize,
    pub is_image: bool,
    /// `<https://…>` autolinks and e-mail autolinks.
    pub is_autolink: bool,
    /// Its text as the reader sees it; an image's alternative text.
    pub text: String,
    /// The attribute of raw HTML it is the URL of (`src`); `None` for a
    /// Markdown link.
    pub attribute: Option<&'static str>,
    /// The browser fetches it as the page is shown (an image, a frame, a
    /// script, a style sheet), rather than when a reader follows it.
    pub loads: bool,
}

impl Link {
    /// A link to `target` whose `[` stands at `offset`, its text still to come.
    fn new(target: String, offset: usize) -> Link {
        Link {
            target,
            offset,
            is_image: false,
            is_autolink: false,
            text: String::new(),
            attribute: None,
            loads: false,
        }
    }
}

/// A heading of the body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Heading {
    pub level: u8,
    /// Its plain text.
    pub text: String,
    /// `{#custom-id}`, if the editor gave one.
    pub explicit_id: Option<String>,
    /// The id it carries in the page, set by `headings::assign_ids`.
    pub id: String,
    /// Byte offset in the whole file where the heading starts.
    pub offset: usize,
}

/// A fenced block whose info string is `chart` or `table`: YAML that places
/// a table of `data/` (SPEC "Data and charts").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataBlock {
    pub kind: DataBlockKind,
    /// The YAML inside the fences.
    pub yaml: String,
    /// Byte offset in the whole file of the opening fence.
    pub offset: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DataBlockKind {
    Chart,
    Table,
}

impl DataBlockKind {
    /// The kind a fenced block's info string names, if it names one.
    pub(crate) fn of_info(info: &str) -> Option<DataBlockKind> {
        match info.split_whitespace().next() {
            Some("chart") => Some(DataBlockKind::Chart),
            Some("table") => Some(DataBlockKind::Table),
            _ => None,
        }
    }

    pub(crate) fn name(self) -> &'static str {
        match self {
            DataBlockKind::Chart => "chart",
            DataBlockKind::Table => "table",
        }
    }
}

#[derive(Debug, Default)]
pub(crate) struct Scan {
    pub links: Vec<Link>,
    /// The URLs of raw HTML, in order: each inline tag, and each HTML block whole.
    pub raw_links: Vec<Link>,
    /// Where code spans and blocks and raw HTML lie in the body: no link is
    /// looked for there.
    pub code: Vec<std::ops::Range<usize>>,
    /// The `chart` and `table` blocks, in order.
    pub blocks: Vec<DataBlock>,
    /// `[text][label]` whose label has no definition: (label, byte offset in the file).
    pub undefined_references: Vec<(String, usize)>,
    pub headings: Vec<Heading>,
    pub raw_ids: Vec<String>,
    /// Byte offsets in the file of raw HTML `<img>` tags with no `alt`
    /// attribute (`alt=""` marks a decorative image and is one).
    pub images_without_alt: Vec<usize>,
    /// Byte offset in the file where elements first nest deeper than
    /// [`MAX_NESTING`] (quotes in quotes, pasted HTML), if they do.
    pub too_deep: Option<usize>,
    /// Quotes that start like a callout but are none (`> [!TIPS]`): the
    /// word and the byte offset in the file (`callouts::not_callout`).
    pub not_callouts: Vec<(String, usize)>,
}

impl Scan {
    /// A tag or an HTML block: its ids, its images without alt and its
    /// URLs; `file_offset` maps a byte of `html` to the file (a block's
    /// lines lie apart in a quote or a list).
    fn raw(&mut self, html: &str, file_offset: &dyn Fn(usize) -> usize) {
        self.raw_ids.extend(html_ids(html));
        self.images_without_alt
            .extend(images_without_alt(html).into_iter().map(file_offset));
        for found in super::html::url_attributes(html) {
            self.raw_links.push(Link {
                is_image: found.is_image,
                attribute: Some(found.attribute),
                loads: found.loads,
                ..Link::new(found.url, file_offset(found.range.start))
            });
        }
    }

    /// A quote that is no callout: one that starts like one is noted
    /// (`callouts::not_callout`), once for quotes in quotes on one line.
    fn quote(&mut self, body: &str, body_start: usize, range: std::ops::Range<usize>) {
        let same_line = self.not_callouts.last().is_some_and(|(_, at)| {
            body.get(at - body_start..range.start)
                .is_some_and(|between| !between.contains('\n'))
        });
        if let Some(word) = super::callouts::not_callout(&body[range.clone()])
            && !same_line
        {
            self.not_callouts.push((word, body_start + range.start));
        }
    }

    /// A piece of raw HTML at byte `at` of the file; in an HTML block, read
    /// with the block's other lines when it ends (a tag may span lines).
    fn raw_html(&mut self, html: &str, at: usize, block: Option<&mut HtmlBlock>) {
        match block {
            Some(block) => {
                block.lines.push((block.text.len(), at));
                block.text.push_str(html);
            }
            None => self.raw(html, &|offset| at + offset),
        }
    }
}

/// How deep a body's elements may nest. Browsers stop nesting at 512
/// (Chromium's HTML parser), so a deeper page cannot look as written; the
/// HTML minifier walks elements recursively, and this keeps it far from the
/// end of its thread's stack.
pub(crate) const MAX_NESTING: usize = 512;

/// The Markdown dialect: CommonMark with tables, footnotes, strikethrough,
/// task lists, heading attributes and GitHub's alerts (`> [!NOTE]`, which
/// the theme shows as callouts). No smart punctuation: it would put
/// English curly quotes into Nordic text.
pub(crate) fn options() -> Options {
    Options::ENABLE_GFM
        | Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_HEADING_ATTRIBUTES
}

/// Scans a body that starts at byte `body_start` of its file.
pub(crate) fn scan(body: &str, body_start: usize) -> Scan {
    let mut scan = Scan::default();
    let mut heading: Option<Heading> = None;
    let mut undefined = Vec::new();
    // Only the full and collapsed forms: a lone "[1]" or "[sic]" is ordinary text.
    let callback = |broken: BrokenLink<'_>| {
        if matches!(broken.link_type, LinkType::Reference | LinkType::Collapsed) {
            undefined.push((broken.reference.to_string(), body_start + broken.span.start));
        }
        None
    };
    let parser = Parser::new_with_broken_link_callback(body, options(), Some(callback));
    let mut depth: usize = 0;
    let mut block: Option<DataBlock> = None;
    // The links and images whose text is being read (an image may sit in a link).
    let mut open_links: Vec<usize> = Vec::new();
    let mut html_block: Option<HtmlBlock> = None;
    for (event, range) in parser.into_offset_iter() {
        if is_code(&event) {
            scan.code.push(range.clone());
        }
        if deeper(&mut depth, &event) > MAX_NESTING && scan.too_deep.is_none() {
            scan.too_deep = Some(body_start + range.start);
        }
        match event {
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                ..
            }) => {
                let autolink = matches!(link_type, LinkType::Autolink | LinkType::Email);
                let link = Link::new(dest_url.into_string(), body_start + range.start);
                open_links.push(scan.links.len());
                scan.links.push(Link {
                    is_autolink: autolink,
                    ..link
                });
            }
            Event::Start(Tag::Image { dest_url, .. }) => {
                let link = Link::new(dest_url.into_string(), body_start + range.start);
                open_links.push(scan.links.len());
                scan.links.push(Link {
                    is_image: true,
                    loads: true,
                    ..link
                });
            }
            Event::End(TagEnd::Link | TagEnd::Image) => {
                open_links.pop();
            }
            Event::Start(Tag::Heading { level, id, .. }) => {
                heading = Some(Heading {
                    offset: body_start + range.start,
                    level: level as u8,
                    text: String::new(),
                    explicit_id: id.map(|id| id.into_string()),
                    id: String::new(),
                });
            }
            Event::End(TagEnd::Heading(_)) => {
                if let Some(mut done) = heading.take() {
                    done.text = done.text.trim().to_string();
                    scan.headings.push(done);
                }
            }
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info))) => {
                block = DataBlockKind::of_info(&info).map(|kind| DataBlock {
                    kind,
                    yaml: String::new(),
                    offset: body_start + range.start,
                });
            }
            Event::End(TagEnd::CodeBlock) => scan.blocks.extend(block.take()),
            Event::Text(text) | Event::Code(text) => {
                if let Some(heading) = heading.as_mut() {
                    heading.text.push_str(&text);
                }
                for &open in &open_links {
                    scan.links[open].text.push_str(&text);
                }
                if let Some(block) = block.as_mut() {
                    block.yaml.push_str(&text);
                }
            }
            Event::Start(Tag::BlockQuote(None)) => scan.quote(body, body_start, range),
            Event::Start(Tag::HtmlBlock) => html_block = Some(HtmlBlock::default()),
            Event::End(TagEnd::HtmlBlock) => {
                if let Some(block) = html_block.take() {
                    scan.raw(&block.text, &|at| block.file_offset(at));
                }
            }
            Event::Html(html) | Event::InlineHtml(html) => {
                scan.raw_html(&html, body_start + range.start, html_block.as_mut());
            }
            _ => {}
        }
    }
    scan.undefined_references = undefined;
    scan
}

/// An HTML block's lines, read whole (a tag may span lines), and where
/// each line starts in the block's text and in the file.
#[derive(Default)]
struct HtmlBlock {
    text: String,
    lines: Vec<(usize, usize)>,
}

impl HtmlBlock {
    fn file_offset(&self, at: usize) -> usize {
        let line = self.lines.partition_point(|(start, _)| *start <= at);
        self.lines
            .get(line.saturating_sub(1))
            .map_or(at, |(start, file)| file + (at - start))
    }
}

/// Code and raw HTML, where no link is looked for.
fn is_code(event: &Event<'_>) -> bool {
    matches!(
        event,
        Event::Code(_) | Event::Start(Tag::CodeBlock(_) | Tag::HtmlBlock) | Event::InlineHtml(_)
    )
}

/// Moves `depth` past an event and returns the deepest it got on the way.
fn deeper(depth: &mut usize, event: &Event<'_>) -> usize {
    match event {
        Event::Start(_) => *depth += 1,
        Event::End(_) => *depth = depth.saturating_sub(1),
        Event::Html(html) | Event::InlineHtml(html) => return html_depth(depth, html),
        _ => {}
    }
    *depth
}

/// Moves `depth` past a piece of raw HTML and returns the deepest it got on
/// the way: each start tag opens an element, each end tag closes one. Void
/// elements, `/>` and comments open none. An element the browser closes by
/// itself (`<p>` without `</p>`) is counted as open, so this errs on the deep side.
fn html_depth(depth: &mut usize, html: &str) -> usize {
    let mut deepest = *depth;
    const VOID: &[&str] = &[
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr",
    ];
    let mut rest = html;
    while let Some(at) = rest.find('<') {
        rest = &rest[at + 1..];
        if let Some(comment) = rest.strip_prefix("!--") {
            rest = comment.find("-->").map_or("", |end| &comment[end + 3..]);
            continue;
        }
        if let Some(closing) = rest.strip_prefix('/') {
            if closing.starts_with(|ch: char| ch.is_ascii_alphabetic()) {
                *depth = depth.saturating_sub(1);
            }
            continue;
        }
        let name_len = rest
            .find(|ch: char| !ch.is_ascii_alphanumeric())
            .unwrap_or(rest.len());
        if name_len == 0 || !rest.starts_with(|ch: char| ch.is_ascii_alphabetic()) {
            continue;
        }
        let name = rest[..name_len].to_ascii_lowercase();
        let self_closing = rest.find('>').is_some_and(|end| rest[..end].ends_with('/'));
        if !self_closing && !VOID.contains(&name.as_str()) {
            *depth += 1;
            deepest = deepest.max(*depth);
        }
    }
    deepest
}

/// Where in a piece of raw HTML an `<img>` tag has no `alt` attribute.
/// Comments are skipped: an image in a comment is not shown.
pub(crate) fn images_without_alt(html: &str) -> Vec<usize> {
    let lower = html.to_ascii_lowercase();
    let mut found = Vec::new();
    let mut at = 0;
    while let Some(start) = lower[at..].find('<').map(|idx| at + idx) {
        let rest = &lower[start..];
        if rest.starts_with("<!--") {
            at = rest.find("-->").map_or(lower.len(), |end| start + end + 3);
            continue;
        }
        let end = rest.find('>').map_or(lower.len(), |end| start + end);
        let is_img = rest.starts_with("<img")
            && rest[4..].starts_with(|ch: char| ch.is_ascii_whitespace() || ch == '>' || ch == '/');
        if is_img && !has_attribute(&lower[start + 4..end], "alt") {
            found.push(start);
        }
        at = end.max(start + 1);
    }
    found
}

/// Whether a tag's attributes (lowercase) hold `name`, as a name, not inside a value.
fn has_attribute(attributes: &str, name: &str) -> bool {
    let mut quote: Option<char> = None;
    let mut word_start: Option<usize> = None;
    for (idx, ch) in attributes
        .char_indices()
        .chain(std::iter::once((attributes.len(), ' ')))
    {
        if let Some(open) = quote {
            if ch == open {
                quote = None;
            }
            continue;
        }
        match ch {
            '"' | '\'' => quote = Some(ch),
            ch if ch.is_ascii_alphanumeric() || ch == '-' => {
                word_start.get_or_insert(idx);
            }
            _ => {
                if let Some(start) = word_start.take() {
                    let after = attributes[idx..].trim_start();
                    let is_name = after.starts_with('=') || !attributes[..start].ends_with('=');
                    if is_name && &attributes[start..idx] == name {
                        return true;
                    }
                }
            }
        }
    }
    false
}

/// The values of `id="…"` attributes in a piece of raw HTML.
pub(crate) fn html_ids(html: &str) -> Vec<String> {
    let mut ids = Vec::new();
    let bytes = html.as_bytes();
    let mut search_from = 0;
    while let Some(found) = html[search_from..].find("id=") {
        let start = search_from + found;
        search_from = start + 3;
        let preceded_by_space = start > 0 && bytes[start - 1].is_ascii_whitespace();
        if !preceded_by_space {
            continue;
        }
        let rest = &html[start + 3..];
        let value = match rest.chars().next() {
            Some(quote @ ('"' | '\'')) => rest[1..].split(quote).next(),
            Some(_) => rest
                .split(|ch: char| ch.is_whitespace() || ch == '>')
                .next(),
            None => None,
        };
        if let Some(value) = value.filter(|value| !value.is_empty()) {
            ids.push(value.to_string());
        }
    }
    ids
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_links(body: &str, expected: &[(&str, usize)]) {
        let scan = scan(body, 0);
        let found: Vec<(&str, usize)> = scan
            .links
            .iter()
            .map(|link| (link.target.as_str(), link.offset))
            .collect();
        assert_eq!(found, expected);
    }

    #[test]
    fn images_without_alt_are_found_by_their_attributes() {
        assert_eq!(images_without_alt(r#"<img src="a.png">"#), [0]);
        assert_eq!(images_without_alt(r#"<p><IMG SRC=a.png /></p>"#), [3]);
        // alt="" marks a decorative image; a bare alt is an empty one.
        assert!(images_without_alt(r#"<img src="a.png" alt="">"#).is_empty());
        assert!(images_without_alt(r#"<img alt src="a.png">"#).is_empty());
        // "alt" as a value or inside another name is not the attribute.
        assert_eq!(images_without_alt(r#"<img title="alt" src="a.png">"#), [0]);
        assert_eq!(images_without_alt(r#"<img data-alt="x" src=a.png>"#), [0]);
        assert_eq!(images_without_alt(r#"<img src=a.png title=alt>"#), [0]);
        // Not an image, and an image in a comment is not shown.
        assert!(images_without_alt(r#"<imgur src="a"><!-- <img src="b.png"> -->"#).is_empty());
    }

    #[test]
    fn a_link_keeps_its_text_and_an_image_its_alternative_text() {
        let scan = scan(
            "[Läs *mer*](a.md) ![Flödet](b.png) [![Logga](c.png)](d.md)",
            0,
        );
        let texts: Vec<&str> = scan.links.iter().map(|link| link.text.as_str()).collect();
        assert_eq!(texts, ["Läs mer", "Flödet", "Logga", "Logga"]);
    }

    #[test]
    fn links_are_found_where_they_start() {
        check_links("Se [steg 2](steg-2.md).", &[("steg-2.md", 3)]);
        check_links("![bild](a.png)", &[("a.png", 0)]);
        check_links("| a | [b](b.md) |\n|---|---|\n", &[("b.md", 6)]);
    }

    #[test]
    fn reference_links_are_found_at_their_use() {
        check_links(
            "Intro\n\nSe [mallen][m].\n\n[m]: mall.md\n",
            &[("mall.md", 10)],
        );
    }

    #[test]
    fn undefined_reference_labels_are_found_but_not_plain_brackets() {
        let scan = scan("Se [mallen][saknas] och [1] och [sic].\n", 0);
        assert_eq!(scan.undefined_references, [(String::from("saknas"), 3)]);
    }

    #[test]
    fn links_in_code_are_text() {
        check_links("`[a](a.md)`\n\n```\n[b](b.md)\n```\n\n    [c](c.md)\n", &[]);
    }

    #[test]
    fn headings_keep_text_and_explicit_ids() {
        let scan = scan("# Mål och `syfte`\n\n## Egen {#eget-id}\n", 0);
        let found: Vec<(&str, Option<&str>)> = scan
            .headings
            .iter()
            .map(|heading| (heading.text.as_str(), heading.explicit_id.as_deref()))
            .collect();
        assert_eq!(found, [("Mål och syfte", None), ("Egen", Some("eget-id"))]);
    }

    #[test]
    fn nesting_deeper_than_browsers_allow_is_found_where_it_starts() {
        let deep = |body: &str| scan(body, 10).too_deep;
        let divs = "<div>".repeat(MAX_NESTING + 1);
        assert_eq!(deep(&format!("Intro\n\n{divs}x")), Some(17));
        let pasted = format!("{divs}x{}", "</div>".repeat(MAX_NESTING + 1));
        assert_eq!(deep(&pasted), Some(10), "nested and closed in one block");
        let closed = "<div>x</div>".repeat(2000);
        assert_eq!(deep(&closed), None, "siblings do not nest");
        let voids = "<br><img src=a.png><hr/><!-- <div> -->".repeat(2000);
        assert_eq!(
            deep(&voids),
            None,
            "void elements and comments open nothing"
        );
        assert!(deep(&format!("{} x\n", ">".repeat(100_000))).is_some());
        assert_eq!(deep(&format!("{} x\n", ">".repeat(100))), None);
    }

    #[test]
    fn raw_html_ids_are_collected() {
        assert_eq!(
            html_ids("<a id=\"x\"></a><div class=\"c\" id='y'>"),
            ["x", "y"]
        );
        assert_eq!(html_ids("<p data-id=\"no\">"), Vec::<String>::new());
    }
}
