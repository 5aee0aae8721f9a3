//! `aliases:` — old URL paths of a page — become small redirect pages (meta
//! refresh and a canonical link), so that moved pages keep their old links.

use crate::config::SiteConfig;
use crate::findings::Finding;
use crate::markup::escape_markup;
use crate::resolve::Site;
use crate::resolve::urls::MAX_SEGMENT;

/// A redirect page for every alias that replaces no other file of the site.
pub(crate) fn generate(renderer: &super::Renderer<'_>, emit: &mut super::Emit) {
    let redirects = pages(renderer.site, renderer.config, &|path| emit.contains(path));
    for redirect in redirects {
        match redirect {
            Ok((path, html)) => {
                emit.put_unless_taken(path, super::OutputFile::Bytes(html.into_bytes()))
            }
            Err(finding) => emit.finding(finding),
        }
    }
}

/// (output path, HTML) for every alias, or a finding when an alias would
/// replace another file of the site.
fn pages(
    site: &Site,
    config: &SiteConfig,
    taken: &dyn Fn(&str) -> bool,
) -> Vec<Result<(String, String), Finding>> {
    let mut pages = Vec::new();
    for page in &site.pages {
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
            let target = format!("{}{}", config.base_url, page.url);
            let html = format!(
                "<!doctype html><html lang=\"{}\"><head><meta charset=\"utf-8\"><title>{}</title><link rel=\"canonical\" href=\"{target}\"><meta http-equiv=\"refresh\" content=\"0; url={}\"></head><body><p><a href=\"{}\">{}</a></p></body></html>\n",
                page.language.code(),
                escape_markup(&document.front_matter.title),
                crate::resolve::Site::href(config, &page.url),
                crate::resolve::Site::href(config, &page.url),
                escape_markup(&document.front_matter.title),
            );
            pages.push(Ok((output_path, html)));
        }
    }
    pages
}
