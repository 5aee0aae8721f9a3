//! A small site of the fuzzer's pages (split at NUL bytes) through parse,
//! resolve and render, Markdown rendering and minifying included.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use stegvis::config::{ConfigOverrides, SiteConfig};
use stegvis::findings::Findings;
use stegvis::load::{SourceFile, Sources};

/// The embedded theme and a config, loaded once.
fn theme() -> &'static (SiteConfig, Sources) {
    static THEME: OnceLock<(SiteConfig, Sources)> = OnceLock::new();
    THEME.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("stegvis-fuzz-{}", std::process::id()));
        let _ = std::fs::create_dir_all(dir.join("content"));
        let config = stegvis::config::parse(
            "title = \"T\"\nbase_url = \"https://example.org/p/\"\n",
            &ConfigOverrides::default(),
        )
        .expect("config");
        let sources = stegvis::load::site(&dir, &config, &mut Findings::default()).expect("theme");
        (config, sources)
    })
}

const NAMES: [&str; 6] = ["_index.md", "a.md", "fas/_index.md", "fas/b.md", "fas/c.md", "m/d.md"];

fuzz_target!(|text: &str| {
    let (config, theme) = theme();
    let pages: Vec<SourceFile> = text
        .split('\0')
        .zip(NAMES)
        .map(|(text, name)| SourceFile {
            path: format!("content/{name}").into(),
            content_path: name.to_string(),
            text: stegvis::load::Contents::Read(text.to_string()),
            stamp: Default::default(),
        })
        .collect();
    let mut findings = Findings::default();
    let documents = stegvis::parse::documents(pages, &mut findings);
    let site = stegvis::resolve::site(documents, stegvis::resolve::Files { attachments: Vec::new(), read: &stegvis::documents::Read::default(), images: &stegvis::images::Images::default(), history: &stegvis::history::History::default(), refused: &[], data: &[] }, config, stegvis::Drafts::Exclude, &mut findings);
    let sources = Sources {
        pages: Vec::new(),
        attachments: Vec::new(),
        refused: Vec::new(),
        templates: theme.templates.clone(),
        strings: theme.strings.clone(),
        static_files: theme.static_files.clone(),
        data: Vec::new(),
    };
    let scanner = stegvis::check::html::Scanner::default();
    let now = jiff::civil::date(2026, 12, 1);
    let job = stegvis::render::Job { site: &site, sources: &sources, config, images: &stegvis::images::Images::default(), now };
    let _ = stegvis::render::site(job, &scanner, None, &mut findings);
});
