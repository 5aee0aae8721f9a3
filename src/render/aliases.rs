//! `aliases:` — old URL paths of a page — and the earlier URLs the site's
//! history gives a page (`Site::moved`) become small redirect pages (meta
//! refresh, a canonical link, `noindex`), so that moved pages keep their
//! old links.

use crate::config::SiteConfig;
use crate::findings::Finding;
use crate::markup::escape_markup;
use crate::resolve::{Site, Target};

use super::OutputFile;
use crate::resolve::urls::MAX_SEGMENT;

/// A redirect page for every alias that replaces no other file of the
/// site; then one for every earlier URL of a page that nothing has now.
pub(crate) fn generate(renderer: &super::Renderer<'_>, emit: &mut super::Emit) {
    let (site, config) = (renderer.site, renderer.config);
    // (from, to) of each redirect written, for `_redirects`.
    let mut written: Vec<(String, usize)> = Vec::new();
    let redirects = pages(site, config, &|path| emit.contains(path));
    for redirect in redirects {
        match redirect {
            Ok((path, idx, html)) => {
                if !emit.contains(&path) {
                    written.push((path.clone(), idx));
                }
                emit.put_unless_taken(path, OutputFile::Bytes(html.into_bytes()))
            }
            Err(finding) => emit.finding(finding),
        }
    }
    for (url, target) in &site.moved {
        match *target {
            Target::Page(idx) => {
                let output_path = format!("{url}index.html");
                if !emit.contains(&output_path) {
                    let html = redirect(&site.pages[idx], config);
                    written.push((output_path.clone(), idx));
                    emit.put_unless_taken(output_path, OutputFile::Bytes(html.into_bytes()));
                }
            }
            // A file cannot be an HTML page: where the host reads
            // `_redirects`, it says so there; elsewhere the file is
            // published at its earlier address too.
            Target::Attachment(_) if config.redirects_file => {}
            Target::Attachment(idx) => {
                let bytes = site.attachments[idx].file.bytes.clone();
                emit.put_unless_taken(url.clone(), OutputFile::Copy(bytes));
            }
            Target::Draft | Target::Refused => {}
        }
    }
    let files_moved = site
        .moved
        .iter()
        .any(|(url, target)| matches!(target, Target::Attachment(_)) && !emit.contains(url));
    let any = !written.is_empty() || files_moved;
    if config.redirects_file && any && !emit.contains("_redirects") {
        emit.put_unless_taken(
            String::from("_redirects"),
            OutputFile::Bytes(redirects_file(site, config, &written, emit).into_bytes()),
        );
    }
}

/// Netlify's and Cloudflare Pages' `_redirects`: each redirect page's
/// address, where it goes, permanently (the pages stay for other hosts).
fn redirects_file(
    site: &Site,
    config: &SiteConfig,
    written: &[(String, usize)],
    emit: &super::Emit,
) -> String {
    let mut text = String::from(
        "# Written by Stegvis: aliases: and the earlier addresses of pages and files.\n",
    );
    let pages = written.iter().map(|(path, idx)| {
        let from = path.strip_suffix("index.html").unwrap_or(path);
        (from, site.pages[*idx].url.as_str())
    });
    let files = site.moved.iter().filter_map(|(url, target)| match *target {
        Target::Attachment(idx) if !emit.contains(url) => {
            Some((url.as_str(), site.attachments[idx].output_path.as_str()))
        }
        _ => None,
    });
    for (from, to) in pages.chain(files) {
        let from = crate::resolve::Site::href(config, from);
        let to = crate::resolve::Site::href(config, to);
        text.push_str(&format!(
            "{} {} 301\n",
            crate::resolve::encode_path(&from),
            crate::resolve::encode_path(&to)
        ));
    }
    text
}

/// A page at each URL `[[removed]]` records: it says the page was removed,
/// when and why, in the site's language (never indexed), where a reader
/// would else find a 404. A URL a page of the site has is an error.
pub(crate) fn removed(renderer: &super::Renderer<'_>, emit: &mut super::Emit) {
    let strings = renderer.strings.get(renderer.config.language);
    for removed in &renderer.config.removed {
        let path = format!("{}index.html", removed.url);
        if emit.contains(&path) {
            let url = crate::resolve::Site::href(renderer.config, &removed.url);
            emit.finding(removed.location.error(
                crate::findings::FindingKind::Config,
                crate::msg!("removed-live", url = url),
            ));
            continue;
        }
        let mut context =
            super::context::plain_context(renderer.site, renderer.config, &renderer.strings, &path);
        context.insert("removed_date", &removed.date.map(|date| strings.date(date)));
        context.insert("removed_reason", &removed.reason);
        emit.html(renderer, path, "removed.html", &context);
    }
}

/// The page that sends a reader of an old URL on to `page`: at once, and
/// to search engines as its canonical URL, never indexed itself.
fn redirect(page: &crate::resolve::Page, config: &SiteConfig) -> String {
    let target = format!("{}{}", config.base_url, page.url);
    let href = crate::resolve::Site::href(config, &page.url);
    let title = &page.document.front_matter.title;
    redirect_page(&target, &href, title, page.language.code())
}

/// A page that sends its reader on to an address elsewhere (Denmark's
/// `/was`, to the statement in the WAS-Tool).
pub(crate) fn redirect_to(url: &str, title: &str, language: &str) -> String {
    redirect_page(url, url, title, language)
}

/// A redirect page: to `href` at once, `canonical` for search engines,
/// never indexed itself.
fn redirect_page(canonical: &str, href: &str, title: &str, language: &str) -> String {
    let (canonical, href) = (escape_markup(canonical), escape_markup(href));
    let title = escape_markup(title);
    format!(
        "<!doctype html><html lang=\"{language}\"><head><meta charset=\"utf-8\"><title>{title}</title><meta name=\"robots\" content=\"noindex\"><link rel=\"canonical\" href=\"{canonical}\"><meta http-equiv=\"refresh\" content=\"0; url={href}\"></head><body><p><a href=\"{href}\">{title}</a></p></body></html>\n"
    )
}

/// (output path, page, HTML) for every alias, or a finding when an alias
/// would replace another file of the site.
fn pages(
    site: &Site,
    config: &SiteConfig,
    taken: &dyn Fn(&str) -> bool,
) -> Vec<Result<(String, usize, String), Finding>> {
    let mut pages = Vec::new();
    for (idx, page) in site.pages.iter().enumerate() {
        let document = &page.document;
        for alias in &document.front_matter.aliases {
            let trimmed = alias.trim().trim_start_matches('/').trim_end_matches('/');
            let output_path = if trimmed.is_empty() {
                String::from("index.html")
            } else if trimmed.ends_with(".html") {
                trimmed.to_string()
            } else {
                format!("{trimmed}/index.html")
            };
            let segments: Vec<&str> = output_path.split('/').collect();
            // A file where the alias needs a folder (/sitemap.xml/index.html).
            let under_a_file = (1..segments.len()).any(|n| taken(&segments[..n].join("/")));
            let problem = if segments.iter().any(|segment| segment.len() > MAX_SEGMENT) {
                Some(crate::msg!(
                    "alias-too-long",
                    alias = alias,
                    bytes = MAX_SEGMENT
                ))
            } else if segments
                .iter()
                .any(|segment| *segment == ".." || *segment == ".")
                || taken(&output_path)
                || under_a_file
            {
                Some(crate::msg!("alias-taken", alias = alias))
            } else {
                None
            };
            if let Some(message) = problem {
                let reader = document.field_reader();
                pages.push(Err(reader
                    .error_at(reader.key_span("aliases"), message)
                    .target(alias.as_str())));
                continue;
            }
            pages.push(Ok((output_path, idx, redirect(page, config))));
        }
    }
    pages
}
