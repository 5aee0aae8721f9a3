//! A page's Markdown body → HTML, with its links rewritten to the URLs that
//! `resolve::links` found and its headings given the ids `parse` assigned.
//! The parser runs with the options `parse::markdown::scan` used, so the
//! n-th link here is the n-th link there.

use pulldown_cmark::{BlockQuoteKind, CodeBlockKind, CowStr, Event, Parser, Tag, TagEnd};

use crate::data::block::Block;
use crate::parse::markdown;
use crate::resolve::Page;
use crate::resolve::links::Shown;

/// The body's HTML; `blocks` writes each checked `chart` and `table` block
/// (by its index in `page.blocks`) in place of its code.
/// The alerts of GitHub's syntax, in the order of their titles: the class
/// each callout gets and the symbol it shows beside its title.
pub(crate) const CALLOUTS: [(BlockQuoteKind, &str, &str); 5] = [
    (BlockQuoteKind::Note, "note", "i"),
    (BlockQuoteKind::Tip, "tip", "✓"),
    (BlockQuoteKind::Important, "important", "!"),
    (BlockQuoteKind::Warning, "warning", "!"),
    (BlockQuoteKind::Caution, "caution", "×"),
];

/// A callout's opening: a note with its title in the page's language and a
/// symbol (not colour alone), which screen readers hear as a note.
fn callout_start(kind: BlockQuoteKind, titles: &[&str; 5]) -> String {
    let at = CALLOUTS
        .iter()
        .position(|(known, _, _)| *known == kind)
        .unwrap_or(0);
    let (_, class, symbol) = CALLOUTS[at];
    let mut title = String::new();
    let _ = pulldown_cmark_escape::escape_html(&mut title, titles[at]);
    format!(
        "<div class=\"callout callout-{class}\" role=\"note\">\n<p class=\"callout-title\"><span class=\"callout-symbol\" aria-hidden=\"true\">{symbol}</span> {title}</p>\n"
    )
}

pub(crate) fn html(
    page: &Page,
    blocks: &dyn Fn(usize, &Block) -> Option<String>,
    callout_titles: &[&str; 5],
) -> String {
    html_and_text(page, blocks, callout_titles, None)
}

/// `html`, and with `plain` the body's plain text too (`plain_text`'s, from
/// the same pass over the Markdown: the page loop makes the search entry
/// without parsing the body a second time).
pub(crate) fn html_and_text(
    page: &Page,
    blocks: &dyn Fn(usize, &Block) -> Option<String>,
    callout_titles: &[&str; 5],
    plain: Option<&mut String>,
) -> String {
    let document = &page.document;
    let body = document.body();
    let mut link_idx = 0;
    let mut heading_idx = 0;
    let mut block_idx = 0;
    let mut raw = RawHtml {
        hrefs: &page.links.raw_hrefs,
        shown: &page.links.raw_images,
        next: 0,
        block: None,
    };
    // Inside a data block that was written as HTML: its code is left out.
    let mut skipping = false;
    let events = events_noting(&body, plain).filter_map(|event| {
        if skipping {
            skipping = !matches!(event, Event::End(TagEnd::CodeBlock));
            return None;
        }
        let event = raw.pass(event)?;
        if let Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info))) = &event
            && markdown::DataBlockKind::of_info(info).is_some()
        {
            let written = page
                .blocks
                .get(block_idx)
                .and_then(Option::as_ref)
                .and_then(|block| blocks(block_idx, block));
            block_idx += 1;
            if let Some(html) = written {
                skipping = true;
                return Some(Event::Html(CowStr::from(html)));
            }
        }
        Some(match event {
            Event::Start(Tag::BlockQuote(Some(kind))) => {
                Event::Html(CowStr::from(callout_start(kind, callout_titles)))
            }
            Event::End(TagEnd::BlockQuote(Some(_))) => Event::Html(CowStr::from("</div>\n")),
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => Event::Start(Tag::Link {
                link_type,
                dest_url: next_href(&page.links.hrefs, &mut link_idx, dest_url),
                title,
                id,
            }),
            Event::Start(Tag::Image {
                link_type,
                dest_url,
                title,
                id,
            }) => Event::Start(Tag::Image {
                link_type,
                dest_url: next_href(&page.links.hrefs, &mut link_idx, dest_url),
                title,
                id,
            }),
            Event::Start(Tag::Heading {
                level,
                id,
                classes,
                attrs,
            }) => {
                let assigned = document
                    .headings
                    .get(heading_idx)
                    .map(|heading| CowStr::from(heading.id.clone()));
                heading_idx += 1;
                Event::Start(Tag::Heading {
                    level,
                    id: assigned.or(id),
                    classes,
                    attrs,
                })
            }
            event => event,
        })
    });
    let mut html = String::with_capacity(body.len() * 3 / 2);
    if page.links.image_sizes.is_empty() {
        pulldown_cmark::html::push_html(&mut html, events);
    } else {
        pulldown_cmark::html::push_html(
            &mut html,
            with_image_sizes(events, &page.links.image_sizes),
        );
    }
    html
}

/// The body's Markdown events; with `plain`, each adds its plain text there.
fn events_noting<'a>(
    body: &'a str,
    mut plain: Option<&'a mut String>,
) -> impl Iterator<Item = Event<'a>> {
    Parser::new_ext(body, markdown::options()).inspect(move |event| {
        if let Some(plain) = plain.as_deref_mut() {
            push_plain(plain, event);
        }
    })
}

/// Raw HTML with its URLs resolved, as `parse` found them: each inline tag,
/// and each HTML block whole (a tag may span its lines).
struct RawHtml<'p> {
    hrefs: &'p [Option<String>],
    /// The raw `<img>`s of known size, by raw link index.
    shown: &'p [(usize, Shown)],
    next: usize,
    /// The lines of the HTML block being read.
    block: Option<String>,
}

impl RawHtml<'_> {
    /// The event to write for `event`: raw HTML with its URLs resolved, or
    /// none while an HTML block's lines are read; any other as it is.
    fn pass<'a>(&mut self, event: Event<'a>) -> Option<Event<'a>> {
        match event {
            Event::Start(Tag::HtmlBlock) => {
                self.block = Some(String::new());
                Some(event)
            }
            Event::Html(html) => match self.block.as_mut() {
                Some(block) => {
                    block.push_str(&html);
                    None
                }
                None => Some(Event::Html(self.resolved(html))),
            },
            Event::End(TagEnd::HtmlBlock) => {
                let block = self.block.take()?;
                Some(Event::Html(self.resolved(CowStr::from(block))))
            }
            Event::InlineHtml(html) => Some(Event::InlineHtml(self.resolved(html))),
            event => Some(event),
        }
    }

    fn resolved<'a>(&mut self, html: CowStr<'a>) -> CowStr<'a> {
        if self.hrefs.is_empty() {
            return html;
        }
        CowStr::from(crate::parse::html::replace_urls(&html, |_, bare_img| {
            let at = self.next;
            self.next += 1;
            let href = self.hrefs.get(at).cloned().flatten()?;
            // A pasted `<img>` of a photo with copies gets their `srcset`.
            let added = bare_img
                .and_then(|_| self.shown.iter().find(|(idx, _)| *idx == at))
                .filter(|(_, shown)| !shown.widths.is_empty())
                .map(|(_, shown)| {
                    format!(
                        " srcset=\"{}\" sizes=\"{SIZES}\"",
                        srcset(&href, &shown.widths)
                    )
                })
                .unwrap_or_default();
            Some((href, added))
        }))
    }
}

/// What a page says the browser may choose from for an image: its WebP
/// copies are for the content column, 44rem wide at most (46rem less its
/// padding), the whole screen less the padding on a phone.
const SIZES: &str = "(min-width: 46rem) 44rem, calc(100vw - 2rem)";

/// Images of known size written with `width` and `height`, so that the page
/// does not shift when they load; one with WebP copies as a `<picture>`
/// whose `srcset` offers them. Every image after the first loads lazily
/// (the first may be in the first screen). `shown` is by link index (links
/// and images counted together, as `parse` found them).
fn with_image_sizes<'a>(
    events: impl Iterator<Item = Event<'a>>,
    shown: &[(usize, Shown)],
) -> impl Iterator<Item = Event<'a>> {
    let mut link_idx = 0;
    let mut images = 0;
    // Inside a sized image: its tag so far, its alt text, what is shown.
    let mut open: Option<(Img, String, &Shown)> = None;
    events.filter_map(move |event| {
        if let Some((_, alt, _)) = open.as_mut() {
            match event {
                Event::End(TagEnd::Image) => {
                    let (img, alt, shown) = open.take()?;
                    images += 1;
                    return Some(Event::InlineHtml(CowStr::from(picture(
                        &img,
                        &alt,
                        shown,
                        images > 1,
                    ))));
                }
                Event::Text(text) | Event::Code(text) => alt.push_str(&text),
                _ => {}
            }
            return None;
        }
        match &event {
            Event::Start(Tag::Link { .. }) => link_idx += 1,
            Event::Start(Tag::Image {
                dest_url, title, ..
            }) => {
                let found = shown
                    .iter()
                    .find(|(idx, _)| *idx == link_idx)
                    .map(|(_, shown)| shown);
                link_idx += 1;
                if let Some(found) = found {
                    let mut img = Img::default();
                    let _ = pulldown_cmark_escape::escape_href(&mut img.src, dest_url);
                    if !title.is_empty() {
                        img.title.push_str(" title=\"");
                        let _ = pulldown_cmark_escape::escape_html(&mut img.title, title);
                        img.title.push('"');
                    }
                    open = Some((img, String::new(), found));
                    return None;
                }
            }
            _ => {}
        }
        Some(event)
    })
}

/// A Markdown image's `src` (escaped) and its ` title="…"`, if any.
#[derive(Default)]
struct Img {
    src: String,
    title: String,
}

/// One image: `<img>` with its size, inside a `<picture>` that offers its
/// WebP copies when it has them.
fn picture(img: &Img, alt: &str, shown: &Shown, lazy: bool) -> String {
    let mut escaped_alt = String::new();
    let _ = pulldown_cmark_escape::escape_html(&mut escaped_alt, alt);
    let (width, height) = shown.size;
    let loading = if lazy { " loading=\"lazy\"" } else { "" };
    let Img { src, title } = img;
    let tag = format!(
        "<img src=\"{src}\"{title} alt=\"{escaped_alt}\" width=\"{width}\" height=\"{height}\"{loading} decoding=\"async\" />"
    );
    if shown.widths.is_empty() {
        return tag;
    }
    format!(
        "<picture><source type=\"image/webp\" srcset=\"{}\" sizes=\"{SIZES}\" />{tag}</picture>",
        srcset(src, &shown.widths)
    )
}

/// The WebP copies of the image at `src`, as a `srcset`.
fn srcset(src: &str, widths: &[u32]) -> String {
    let copies: Vec<String> = widths
        .iter()
        .map(|&width| format!("{} {width}w", crate::images::variant_path(src, width)))
        .collect();
    copies.join(", ")
}

/// The resolved URL of the next link, or the link as written.
fn next_href<'a>(
    hrefs: &[Option<String>],
    link_idx: &mut usize,
    written: CowStr<'a>,
) -> CowStr<'a> {
    let href = hrefs.get(*link_idx).cloned().flatten();
    *link_idx += 1;
    href.map_or(written, CowStr::from)
}

/// The body as plain text, for the search index: text and code, no markup.
pub(crate) fn plain_text(page: &Page) -> String {
    text_of(&page.document.body())
}

/// The words of Markdown without its markup: line breaks become spaces, the
/// end of a block a new line (a heading is a sentence of its own), inline
/// markup nothing ("[planen](plan.md)." stays "planen.").
fn text_of(markdown: &str) -> String {
    let mut text = String::new();
    for event in Parser::new_ext(markdown, markdown::options()) {
        push_plain(&mut text, &event);
    }
    text
}

/// What `event` adds to the plain text.
fn push_plain(text: &mut String, event: &Event<'_>) {
    match event {
        Event::Text(piece) | Event::Code(piece) => text.push_str(piece),
        Event::SoftBreak | Event::HardBreak => text.push(' '),
        Event::End(end) if !is_inline(*end) => text.push('\n'),
        _ => {}
    }
}

fn is_inline(end: TagEnd) -> bool {
    matches!(
        end,
        TagEnd::Emphasis
            | TagEnd::Strong
            | TagEnd::Strikethrough
            | TagEnd::Link
            | TagEnd::Image
            | TagEnd::Superscript
            | TagEnd::Subscript
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_keeps_inline_markup_out_and_blocks_apart() {
        assert_eq!(
            text_of("Använd [projektplanen](plan.md). Se *noga*.\n\n## Nästa\n\n- ett\n- två\n")
                .split_whitespace()
                .collect::<Vec<_>>(),
            [
                "Använd",
                "projektplanen.",
                "Se",
                "noga.",
                "Nästa",
                "ett",
                "två"
            ]
        );
        assert_eq!(
            text_of("## Nästa\n\nett").lines().collect::<Vec<_>>(),
            ["Nästa", "ett"]
        );
    }
}
