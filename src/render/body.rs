//! A page's Markdown body → HTML, with its links rewritten to the URLs that
//! `resolve::links` found and its headings given the ids `parse` assigned.
//! The parser runs with the options `parse::markdown::scan` used, so the
//! n-th link here is the n-th link there.

use pulldown_cmark::{CowStr, Event, Parser, Tag, TagEnd};

use crate::parse::markdown;
use crate::resolve::Page;

pub fn html(page: &Page) -> String {
    let document = &page.document;
    let body = document.body();
    let mut link_idx = 0;
    let mut heading_idx = 0;
    let events = Parser::new_ext(body, markdown::options()).map(|event| match event {
        Event::Start(Tag::Link {
            link_type,
            dest_url,
            title,
            id,
        }) => Event::Start(Tag::Link {
            link_type,
            dest_url: next_href(&page.hrefs, &mut link_idx, dest_url),
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
            dest_url: next_href(&page.hrefs, &mut link_idx, dest_url),
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
    });
    let mut html = String::with_capacity(body.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, events);
    html
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
pub fn plain_text(page: &Page) -> String {
    text_of(page.document.body())
}

/// The words of Markdown without its markup: blocks and line breaks become
/// spaces, inline markup nothing ("[planen](plan.md)." stays "planen.").
fn text_of(markdown: &str) -> String {
    let mut text = String::new();
    for event in Parser::new_ext(markdown, markdown::options()) {
        match event {
            Event::Text(piece) | Event::Code(piece) => text.push_str(&piece),
            Event::SoftBreak | Event::HardBreak => text.push(' '),
            Event::End(end) if !is_inline(end) => text.push(' '),
            _ => {}
        }
    }
    text
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
                .trim(),
            "Använd projektplanen. Se noga. Nästa ett två"
        );
    }
}
