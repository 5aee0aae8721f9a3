//! What kind of address a link is, by its text alone: one rule for resolve,
//! check's HTML pass and the external check.

/// Whether a link leaves the site's files: it has a scheme (`https:`,
/// `mailto:`, `tel:`) or is protocol-relative (`//cdn.example.org/x.js`).
/// `a/b:c.md` has no scheme: a scheme comes before any `/`.
pub(crate) fn has_scheme(target: &str) -> bool {
    if target.starts_with("//") {
        return true;
    }
    match target.find(':') {
        Some(end) if end > 0 => {
            let scheme = &target[..end];
            scheme
                .chars()
                .all(|ch| ch.is_ascii_alphanumeric() || "+-.".contains(ch))
                && scheme.starts_with(|ch: char| ch.is_ascii_alphabetic())
        }
        _ => false,
    }
}

/// An http(s) address, without its fragment: what the external check asks
/// a server about. `None` for anything else.
pub(crate) fn web_address(value: &str) -> Option<&str> {
    let value = value.trim();
    split_web(value).map(|_| value.split('#').next().unwrap_or(value))
}

/// An http(s) address as (host, the rest from the first `/`, `?` or `#`).
pub(crate) fn split_web(url: &str) -> Option<(&str, &str)> {
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    let rest = if lower.starts_with("https://") {
        &url[8..]
    } else if lower.starts_with("http://") {
        &url[7..]
    } else {
        return None;
    };
    let host_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    Some((&rest[..host_end], &rest[host_end..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_scheme_or_two_slashes_leaves_the_site() {
        assert!(has_scheme("https://example.org"));
        assert!(has_scheme("mailto:someone@example.org"));
        assert!(has_scheme("//cdn.example.org/x.js"));
        assert!(!has_scheme("steg-2.md"));
        assert!(!has_scheme("../a.md"));
        assert!(!has_scheme("a/b:c.md"));
        assert!(!has_scheme(":x"));
    }

    #[test]
    fn web_addresses_are_http_and_https_only() {
        assert_eq!(
            web_address(" HTTPS://example.org/a#b "),
            Some("HTTPS://example.org/a")
        );
        assert_eq!(web_address("http://x.se"), Some("http://x.se"));
        assert_eq!(web_address("mailto:a@b.se"), None);
        assert_eq!(web_address("ftp://x.se"), None);
        assert_eq!(
            split_web("https://example.org/portal/?q#f"),
            Some(("example.org", "/portal/?q#f"))
        );
    }
}
