//! The URLs in a page's raw HTML (issue 31): `href`, `src`, `srcset`,
//! `poster` and `data` of the tags an editor pastes where Markdown has no
//! syntax (`<img src="bild.png" width="300">`), found with where each URL
//! lies in the HTML, so that `resolve` can resolve them like Markdown links
//! and `render::body` write the resolved URL in its place. The same
//! attributes `check::html` reads in the rendered page.

use std::ops::Range;

/// One URL of a tag's attribute.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct UrlAttribute {
    /// Where the URL lies in the HTML, as written (entities and all).
    pub range: Range<usize>,
    /// The URL, its entities (`&amp;`) decoded.
    pub url: String,
    /// `src`, `href`, `srcset`, `poster` or `data`.
    pub attribute: &'static str,
    /// An `<img>`'s `src` or `srcset`.
    pub is_image: bool,
    /// The browser fetches it as the page is shown (an image, a frame, a
    /// script, a style sheet: every `src`, `srcset`, `poster` and `data`,
    /// and a `<link>`'s `href`), rather than when a reader follows it.
    pub loads: bool,
}

const URL_ATTRIBUTES: [&str; 5] = ["href", "src", "srcset", "poster", "data"];

/// Every URL of a URL-valued attribute in `html`, in order. Comments,
/// end tags and text are skipped.
pub(crate) fn url_attributes(html: &str) -> Vec<UrlAttribute> {
    let bytes = html.as_bytes();
    let mut found = Vec::new();
    let mut at = 0;
    while let Some(open) = html[at..].find('<').map(|idx| at + idx) {
        at = open + 1;
        if html[at..].starts_with("!--") {
            at = html[at..]
                .find("-->")
                .map_or(html.len(), |end| at + end + 3);
            continue;
        }
        if !bytes.get(at).is_some_and(u8::is_ascii_alphabetic) {
            continue;
        }
        let name_end = html[at..]
            .find(|ch: char| !ch.is_ascii_alphanumeric() && ch != '-')
            .map_or(html.len(), |idx| at + idx);
        let element = html[at..name_end].to_ascii_lowercase();
        at = tag_attributes(html, name_end, &element, &mut found);
    }
    found
}

/// Reads a tag's attributes from `at` to its `>`; returns where it ends.
fn tag_attributes(
    html: &str,
    mut at: usize,
    element: &str,
    found: &mut Vec<UrlAttribute>,
) -> usize {
    let bytes = html.as_bytes();
    let skip = |at: &mut usize, what: fn(u8) -> bool| {
        while bytes.get(*at).copied().is_some_and(what) {
            *at += 1;
        }
    };
    loop {
        skip(&mut at, |byte| byte.is_ascii_whitespace() || byte == b'/');
        match bytes.get(at) {
            None => return at,
            Some(b'>') => return at + 1,
            Some(_) => {}
        }
        let name_start = at;
        skip(&mut at, |byte| {
            !byte.is_ascii_whitespace() && !matches!(byte, b'=' | b'>' | b'/')
        });
        if at == name_start {
            // A stray `/` or `=`: step over it.
            at += 1;
            continue;
        }
        let name = html[name_start..at].to_ascii_lowercase();
        skip(&mut at, |byte| byte.is_ascii_whitespace());
        if bytes.get(at) != Some(&b'=') {
            continue;
        }
        at += 1;
        skip(&mut at, |byte| byte.is_ascii_whitespace());
        let value = match bytes.get(at) {
            Some(&quote @ (b'"' | b'\'')) => {
                let start = at + 1;
                let end = html[start..]
                    .find(char::from(quote))
                    .map_or(html.len(), |idx| start + idx);
                at = (end + 1).min(html.len());
                start..end
            }
            _ => {
                let start = at;
                skip(&mut at, |byte| !byte.is_ascii_whitespace() && byte != b'>');
                start..at
            }
        };
        let Some(attribute) = URL_ATTRIBUTES.iter().copied().find(|known| *known == name) else {
            continue;
        };
        let is_image = element == "img" && matches!(attribute, "src" | "srcset");
        let loads = attribute != "href" || element == "link";
        if attribute == "srcset" {
            for range in srcset_urls(&html[value.clone()]) {
                let range = value.start + range.start..value.start + range.end;
                found.push(UrlAttribute {
                    url: decode_entities(&html[range.clone()]),
                    range,
                    attribute,
                    is_image,
                    loads,
                });
            }
        } else {
            found.push(UrlAttribute {
                url: decode_entities(&html[value.clone()]),
                range: value,
                attribute,
                is_image,
                loads,
            });
        }
    }
}

/// The URLs of a `srcset` (`a.png 1x, b.png 2x`), each by its range.
fn srcset_urls(value: &str) -> Vec<Range<usize>> {
    let mut urls = Vec::new();
    let mut at = 0;
    let bytes = value.as_bytes();
    while at < bytes.len() {
        while bytes
            .get(at)
            .is_some_and(|byte| byte.is_ascii_whitespace() || *byte == b',')
        {
            at += 1;
        }
        let start = at;
        while bytes
            .get(at)
            .is_some_and(|byte| !byte.is_ascii_whitespace())
        {
            at += 1;
        }
        let mut end = at;
        while end > start && bytes[end - 1] == b',' {
            end -= 1;
        }
        if end > start {
            urls.push(start..end);
        }
        // The descriptors, up to the next candidate.
        while bytes.get(at).is_some_and(|byte| *byte != b',') {
            at += 1;
        }
    }
    urls
}

/// The entities a URL in an attribute is written with.
fn decode_entities(text: &str) -> String {
    if !text.contains('&') {
        return text.to_string();
    }
    text.replace("&amp;", "&")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&apos;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
}

/// `html` with each URL of `url_attributes(html)` replaced by what
/// `with(n, …)` gives (the n-th URL; `None` keeps it as written), escaped
/// for an attribute, and the attributes it gives written after the URL's
/// (` srcset="…"` after an `<img>`'s `src`). `with` is given the URL's
/// attribute when it is the `src` of an `<img>` without a `srcset`.
pub(crate) fn replace_urls(
    html: &str,
    mut with: impl FnMut(usize, Option<&UrlAttribute>) -> Option<(String, String)>,
) -> String {
    let mut out = String::with_capacity(html.len());
    let mut written = 0;
    let found_all = url_attributes(html);
    for (n, found) in found_all.iter().enumerate() {
        // An `<img>`'s `src` without a `srcset` in its tag is offered to `with`.
        let tag_end = html[found.range.end..]
            .find('>')
            .map_or(html.len(), |at| found.range.end + at);
        let has_srcset = found_all.iter().any(|other| {
            other.attribute == "srcset"
                && other.is_image
                && (found.range.end..tag_end).contains(&other.range.start)
        });
        let bare_img_src = found.is_image && found.attribute == "src" && !has_srcset;
        let Some((url, added)) = with(n, bare_img_src.then_some(found)) else {
            continue;
        };
        out.push_str(&html[written..found.range.start]);
        for ch in url.chars() {
            match ch {
                '&' => out.push_str("&amp;"),
                '"' => out.push_str("&quot;"),
                '\'' => out.push_str("&#39;"),
                '<' => out.push_str("&lt;"),
                '>' => out.push_str("&gt;"),
                ch => out.push(ch),
            }
        }
        written = found.range.end;
        if !added.is_empty() {
            // After the closing quote, if the value has one.
            if matches!(html.as_bytes().get(written), Some(b'"' | b'\'')) {
                written += 1;
                out.push_str(&html[written - 1..written]);
            }
            out.push_str(&added);
        }
    }
    out.push_str(&html[written..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn urls(html: &str) -> Vec<(&'static str, String, bool)> {
        url_attributes(html)
            .into_iter()
            .map(|found| {
                assert_eq!(decode_entities(&html[found.range.clone()]), found.url);
                (found.attribute, found.url, found.is_image)
            })
            .collect()
    }

    #[test]
    fn url_attributes_are_found_in_every_spelling() {
        assert_eq!(
            urls(r#"<img src="bild.png" width="300" alt="En bild"> <a href='mall.docx'>mall</a>"#),
            [
                ("src", String::from("bild.png"), true),
                ("href", String::from("mall.docx"), false)
            ]
        );
        assert_eq!(
            urls("<IMG\n  SRC=bild.png\n  alt=x><video poster=\"a.jpg\" src=b.mp4></video>"),
            [
                ("src", String::from("bild.png"), true),
                ("poster", String::from("a.jpg"), false),
                ("src", String::from("b.mp4"), false)
            ]
        );
        assert_eq!(
            urls(r#"<img srcset="a.png 1x, b%20c.png 2x,d.png" src=x.png?a=1&amp;b=2>"#),
            [
                ("srcset", String::from("a.png"), true),
                ("srcset", String::from("b%20c.png"), true),
                ("srcset", String::from("d.png"), true),
                ("src", String::from("x.png?a=1&b=2"), true)
            ]
        );
        // Not URLs: comments, text, other attributes, data-* and end tags.
        assert!(
            urls(r#"<!-- <img src="x.png"> --> a < b <p data-src="x" title="href=y"></p>"#)
                .is_empty()
        );
    }

    #[test]
    fn urls_are_replaced_in_place_and_escaped() {
        let html = r#"<img src="bild.png" srcset="a.png 1x, b.png 2x" alt="src=x"><a href=#x>"#;
        let replaced = replace_urls(html, |n, bare_img| {
            assert!(bare_img.is_none(), "this <img> has a srcset");
            match n {
                0 => Some((String::from("/nyhet/bild.png"), String::new())),
                2 => Some((String::from("/b.png?a&b"), String::new())),
                _ => None,
            }
        });
        assert_eq!(
            replaced,
            r#"<img src="/nyhet/bild.png" srcset="a.png 1x, /b.png?a&amp;b 2x" alt="src=x"><a href=#x>"#
        );
    }

    #[test]
    fn an_img_without_srcset_may_be_given_attributes_after_its_src() {
        let html =
            r#"<p><img src='foto.jpg' width=300><img src=ikon.png srcset="ikon@2x.png 2x"></p>"#;
        let mut offered = Vec::new();
        let replaced = replace_urls(html, |n, bare_img| {
            offered.push(bare_img.is_some());
            (n == 0).then(|| {
                (
                    String::from("/foto.jpg"),
                    String::from(r#" srcset="/foto-480w.webp 480w""#),
                )
            })
        });
        assert_eq!(offered, [true, false, false]);
        assert_eq!(
            replaced,
            r#"<p><img src='/foto.jpg' srcset="/foto-480w.webp 480w" width=300><img src=ikon.png srcset="ikon@2x.png 2x"></p>"#
        );
    }
}
