//! A data file and a page with a chart and a table of it, through parse,
//! resolve (the table read, the blocks checked) and render (the chart's SVG,
//! the numbers in the page's language): no panic, and every finding about
//! the data file has its line. The input is the file's text, a NUL, then
//! the chart block's keys; its first byte picks CSV, YAML or TOML.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use stegvis::config::{ConfigOverrides, SiteConfig};
use stegvis::findings::Findings;
use stegvis::load::{DataFile, SourceFile, Sources};

fn theme() -> &'static (SiteConfig, Sources) {
    static THEME: OnceLock<(SiteConfig, Sources)> = OnceLock::new();
    THEME.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("stegvis-fuzz-{}", std::process::id()));
        let _ = std::fs::create_dir_all(dir.join("content"));
        let config = stegvis::config::parse(
            "title = \"T\"\nbase_url = \"https://example.org/\"\nlanguage = \"sv\"\n",
            &ConfigOverrides::default(),
        )
        .expect("config");
        let sources = stegvis::load::site(&dir, &config, &mut Findings::default()).expect("theme");
        (config, sources)
    })
}

fuzz_target!(|input: &[u8]| {
    let Some((&first, rest)) = input.split_first() else {
        return;
    };
    let extension = ["csv", "csv", "yaml", "toml"][usize::from(first % 4)];
    let (data, block) = match rest.iter().position(|&byte| byte == 0) {
        Some(at) => (&rest[..at], String::from_utf8_lossy(&rest[at + 1..]).into_owned()),
        None => (rest, String::from("x: a\ny: b\nreference: c\ntitle: T\n")),
    };
    let name = format!("t.{extension}");
    let page = format!(
        "---\ntitle: Nyckeltal\n---\n```chart\ndata: {name}\n{block}\n```\n\n```table\ndata: {name}\n```\n"
    );
    let (config, theme) = theme();
    let pages = vec![
        SourceFile {
            path: "content/_index.md".into(),
            content_path: String::from("_index.md"),
            text: stegvis::load::Contents::Read(String::from("---\ntitle: Hem\n---\n")),
            stamp: Default::default(),
        },
        SourceFile {
            path: "content/n.md".into(),
            content_path: String::from("n.md"),
            text: stegvis::load::Contents::Read(page),
            stamp: Default::default(),
        },
    ];
    let data = vec![DataFile {
        path: format!("data/{name}").into(),
        name,
        bytes: data.to_vec(),
    }];
    let mut findings = Findings::default();
    let documents = stegvis::parse::documents(pages, &mut findings);
    let site = stegvis::resolve::site(
        documents,
        stegvis::resolve::Files {
            attachments: Vec::new(),
            read: &stegvis::documents::Read::default(), images: &stegvis::images::Images::default(),
            history: &stegvis::history::History::default(),
            refused: &[],
            data: &data,
        },
        config,
        stegvis::Drafts::Exclude,
        &mut findings,
    );
    let sources = Sources {
        pages: Vec::new(),
        attachments: Vec::new(),
        refused: Vec::new(),
        templates: theme.templates.clone(),
        strings: theme.strings.clone(),
        static_files: theme.static_files.clone(),
        data,
    };
    let scanner = stegvis::check::html::Scanner::default();
    let now = jiff::civil::date(2026, 12, 1);
    let job = stegvis::render::Job { site: &site, sources: &sources, config, images: &stegvis::images::Images::default(), now };
    let _ = stegvis::render::site(job, &scanner, None, &mut findings);
    for finding in findings.sorted() {
        assert!(
            !finding.english().contains("panicked") && !finding.english().contains("failed while writing"),
            "{finding:?}"
        );
    }
});
