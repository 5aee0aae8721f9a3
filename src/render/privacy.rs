//! What the portal lets a browser load (issue 36): the Content-Security-
//! Policy every page carries, naming the site's own origin and only the
//! other origins the site itself loads (each a `privacy` warning unless
//! `[privacy] allow` names it), so that nothing else can be slipped in; and
//! `_headers` with it for hosts that read one (Netlify, Cloudflare Pages).

use std::collections::BTreeSet;

use crate::config::{SiteConfig, origin_of};
use crate::load::TemplateFile;
use crate::resolve::Site;

/// The origins other than the site's own that its pages and templates load
/// (an image, a frame, a script, a style sheet, a font), with those
/// `[privacy] allow` names.
pub(crate) fn loaded_origins(
    site: &Site,
    templates: &[TemplateFile],
    config: &SiteConfig,
) -> BTreeSet<String> {
    let own = origin_of(&config.base_url);
    let pages = site.pages.iter().flat_map(|page| {
        let document = &page.document;
        (document.links.iter())
            .chain(&document.raw_links)
            .filter(|link| link.loads)
            .filter_map(|link| origin_of(&link.target))
    });
    // A template's URLs, read as the HTML they mostly are (a Tera tag in
    // an attribute is no origin).
    let written = templates.iter().flat_map(|template| {
        crate::parse::html::url_attributes(&template.text)
            .into_iter()
            .filter(|found| found.loads)
            .filter_map(|found| origin_of(&found.url))
    });
    pages
        .chain(written)
        .chain(config.privacy.allow.iter().cloned())
        .filter(|origin| Some(origin) != own.as_ref())
        .collect()
}

/// The policy: the site's own origin, `data:` images (a pasted image can
/// be one), inline styles (charts and the theme's colours), and `origins`.
pub(crate) fn content_security_policy(origins: &BTreeSet<String>) -> String {
    let others: String = origins.iter().map(|origin| format!(" {origin}")).collect();
    format!(
        "default-src 'self'{others}; img-src 'self' data:{others}; style-src 'self' 'unsafe-inline'{others}; object-src 'none'; base-uri 'self'; form-action 'self'"
    )
}

/// Where the page about cookies is, in the site's language: what visitors
/// of public sites look for in the footer.
pub(crate) fn cookies_page(language: crate::config::Language) -> &'static str {
    use crate::config::Language;
    match language {
        Language::Sv => "om-kakor",
        Language::Nb | Language::Nn => "informasjonskapsler",
        Language::Da | Language::En => "cookies",
    }
}

/// The page about cookies: the site stores nothing in the browser, and
/// which other sites' servers a page loads from, if any. A page of the
/// site's own at that address is the site's to say, and is kept.
pub(crate) fn cookies(renderer: &super::Renderer<'_>, emit: &mut super::Emit) {
    let path = format!("{}/index.html", cookies_page(renderer.config.language));
    if emit.contains(&path) {
        return;
    }
    let mut context =
        super::context::plain_context(renderer.site, renderer.config, &renderer.strings, &path);
    let hosts: Vec<&str> = (renderer.theme.origins.iter())
        .map(|origin| crate::config::host_of(origin))
        .collect();
    context.insert("cookie_origins", &hosts);
    emit.html(renderer, path, "cookies.html", &context);
}

/// `_headers`, where `[build] headers_file` asks for it.
pub(crate) fn generate(renderer: &super::Renderer<'_>, emit: &mut super::Emit) {
    if renderer.config.headers_file && !emit.contains("_headers") {
        let text = headers_file(&renderer.theme.csp);
        emit.put(
            String::from("_headers"),
            super::OutputFile::Bytes(text.into_bytes()),
            super::Origin::Generated,
        );
    }
}

/// `_headers` (Netlify, Cloudflare Pages): the policy with what only a
/// header can say (no site may frame the portal), for every path.
fn headers_file(policy: &str) -> String {
    format!(
        "# Written by Stegvis: what browsers may load, for hosts that read _headers.\n/*\n  Content-Security-Policy: {policy}; frame-ancestors 'self'\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: strict-origin-when-cross-origin\n"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_policy_names_the_site_and_only_the_origins_it_loads() {
        let origins: BTreeSet<String> = [
            String::from("https://www.youtube-nocookie.com"),
            String::from("https://fonts.example.com"),
        ]
        .into();
        let policy = content_security_policy(&origins);
        assert!(policy.starts_with(
            "default-src 'self' https://fonts.example.com https://www.youtube-nocookie.com;"
        ));
        assert!(policy.contains("object-src 'none'"));
        assert_eq!(
            content_security_policy(&BTreeSet::new()),
            "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'self'; form-action 'self'"
        );
        assert!(headers_file(&policy).contains("frame-ancestors 'self'"));
    }
}
