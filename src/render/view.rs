//! The vocabulary of views: what kind views and page contexts are made of
//! (`ViewContext`, `LinkView`, `DateView`, the menu) and `ContextBuilder`,
//! which puts views into a Tera context. Only `*View` structs derive
//! `Serialize`; the templates see nothing else of the site.

use serde::Serialize;

use crate::config::SiteConfig;
use crate::kinds::Place;
use crate::parse::Role;
use crate::resolve::Site;

use super::strings::{LanguageStrings, Strings};

/// A link to a page of the site.
#[derive(Serialize, Clone)]
pub(crate) struct LinkView {
    pub title: String,
    pub url: String,
    pub description: Option<String>,
    pub date: Option<DateView>,
    pub is_section: bool,
    /// This link is the page being rendered (`aria-current="page"`).
    pub is_current: bool,
    /// The page being rendered lies below this link.
    pub is_ancestor: bool,
}

#[derive(Serialize, Clone)]
pub(crate) struct DateView {
    /// 2025-02-28
    pub iso: String,
    /// 28 februari 2025
    pub text: String,
    /// fredag 28 februari 2025
    pub long: String,
}

impl LinkView {
    /// A link that is neither the current page nor above it, with only a title.
    pub(crate) fn plain(title: String, url: String) -> LinkView {
        LinkView {
            title,
            url,
            description: None,
            date: None,
            is_section: false,
            is_current: false,
            is_ancestor: false,
        }
    }
}

/// What every view is built from: the site, the page being rendered, its
/// language's strings and the build date.
pub(crate) struct ViewContext<'a> {
    pub site: &'a Site,
    pub config: &'a SiteConfig,
    pub strings: &'a LanguageStrings,
    /// The page being rendered.
    pub current: usize,
    /// Today, as the build sees it (`--now`, SOURCE_DATE_EPOCH or the clock).
    pub now: jiff::civil::Date,
}

impl<'a> ViewContext<'a> {
    /// The context of the page at `idx`, in its language.
    pub(crate) fn of_page(
        site: &'a Site,
        idx: usize,
        config: &'a SiteConfig,
        strings: &'a Strings,
        now: jiff::civil::Date,
    ) -> ViewContext<'a> {
        ViewContext {
            site,
            config,
            strings: strings.get(site.pages[idx].language),
            current: idx,
            now,
        }
    }

    pub(crate) fn date(&self, date: Option<jiff::civil::Date>) -> Option<DateView> {
        date.map(|date| DateView {
            iso: date.to_string(),
            text: self.strings.date(date),
            long: self.strings.date_with_weekday(date),
        })
    }

    /// A link to another page, marked if it is the current page or lies above it.
    pub(crate) fn link(&self, target: usize) -> LinkView {
        let linked = &self.site.pages[target];
        let current_url = &self.site.pages[self.current].url;
        LinkView {
            title: linked.document.front_matter.title.clone(),
            url: Site::href(self.config, &linked.url),
            description: linked.document.front_matter.description.clone(),
            date: self.date(linked.document.front_matter.date),
            is_section: linked.role() == Role::Section,
            is_current: target == self.current,
            is_ancestor: target != self.current && current_url.starts_with(&linked.url),
        }
    }

    /// "Fas 2 av 4": the theme string `key` with the place's `{n}` and `{total}`.
    pub(crate) fn place_label(&self, key: &str, place: Place) -> String {
        self.text(
            key,
            &[
                ("n", place.position.to_string()),
                ("total", place.total.to_string()),
            ],
        )
    }

    /// A theme string, with `{name}` placeholders filled in.
    pub(crate) fn text(&self, key: &str, values: &[(&str, String)]) -> String {
        let mut text = self
            .strings
            .texts
            .get(key)
            .cloned()
            .unwrap_or_else(|| key.to_string());
        for (name, value) in values {
            text = text.replace(&format!("{{{name}}}"), value);
        }
        text
    }
}

/// Whether a context records a fingerprint of what is put in it: only `serve`,
/// which reuses unchanged pages, needs one; a build would pay for nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Fingerprinting {
    /// Put in the Tera context, not hashed.
    Off,
    /// Hashed only: no Tera context is built (`serve`, to learn whether a
    /// page must be rendered again at all).
    Only,
}

/// Feeds what serde_json writes straight into a hasher, without a buffer.
struct HashWriter<'h>(&'h mut std::collections::hash_map::DefaultHasher);

impl std::io::Write for HashWriter<'_> {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        std::hash::Hasher::write(self.0, bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// A template context being built, with a fingerprint of everything put in
/// it. The views serialize the same way every time (structs and BTreeMaps),
/// which Tera's own maps do not promise.
pub(crate) struct ContextBuilder {
    pub context: tera::Context,
    hasher: Option<std::collections::hash_map::DefaultHasher>,
    /// Whether values go into `context` (not with `Fingerprinting::Only`).
    building: bool,
}

impl ContextBuilder {
    pub(crate) fn new(fingerprinting: Fingerprinting) -> ContextBuilder {
        ContextBuilder {
            context: tera::Context::new(),
            hasher: (fingerprinting != Fingerprinting::Off).then(Default::default),
            building: fingerprinting != Fingerprinting::Only,
        }
    }

    pub(crate) fn insert<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) {
        use std::hash::Hash;
        if let Some(hasher) = self.hasher.as_mut() {
            key.hash(hasher);
            // A write to a hasher cannot fail; a value that cannot be
            // serialized fails in Tera's insert too.
            let _ = serde_json::to_writer(HashWriter(hasher), value);
        }
        if self.building {
            self.context.insert(key, value);
        }
    }

    /// A value built once and shared by many contexts, with the hash of what
    /// it was built from.
    pub(crate) fn insert_shared(&mut self, key: &'static str, value: tera::Value, hash: u64) {
        use std::hash::Hash;
        if let Some(hasher) = self.hasher.as_mut() {
            key.hash(hasher);
            hash.hash(hasher);
        }
        if self.building {
            self.context.insert_value(key, value);
        }
    }

    /// The fingerprint, when it was asked for.
    pub(crate) fn fingerprint(&self) -> Option<u64> {
        use std::hash::Hasher;
        self.hasher.as_ref().map(Hasher::finish)
    }
}

/// The main navigation, marking the entry of the page at `current_url` or above it.
pub(crate) fn menu(site: &Site, config: &SiteConfig, current_url: &str) -> Vec<LinkView> {
    site.menu
        .iter()
        .map(|(title, url)| LinkView {
            is_current: url == current_url,
            is_ancestor: !url.is_empty()
                && url != current_url
                && current_url.starts_with(url.as_str()),
            ..LinkView::plain(title.clone(), Site::href(config, url))
        })
        .collect()
}
