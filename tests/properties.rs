//! Generated sites through the whole in-memory pipeline (parse → resolve →
//! render): a few thousand pages of plausible and hostile Markdown and front
//! matter per run. Whatever the input, nothing panics, every finding about a
//! page says on which line, and the binary exits 0, 1 or 2 (issue 11). The
//! fuzz targets in fuzz/ push further, off CI.

use std::path::PathBuf;

use proptest::prelude::*;
use stegvis::config::{ConfigOverrides, SiteConfig};
use stegvis::findings::Findings;
use stegvis::load::{SourceFile, Sources};

/// Front-matter lines, some right, some wrong in the ways editors and
/// pasted text make them wrong.
fn front_matter_line() -> impl Strategy<Value = String> {
    let text = "[ -~åäöÅÄØæ\u{1}\r\t:#\\[\\]{}\"'&<>|*!-]{0,24}";
    prop_oneof![
        text.prop_map(|value| format!("title: {value}")),
        text.prop_map(|value| format!("title: \"{value}\"")),
        text.prop_map(|value| format!("description: {value}")),
        "(19|20|99)[0-9]{2}-[01][0-9]-[0-3][0-9]".prop_map(|date| format!("date: {date}")),
        "-?[0-9]{1,3}".prop_map(|weight| format!("weight: {weight}")),
        prop_oneof![Just("true"), Just("ja"), Just("false")]
            .prop_map(|value| format!("draft: {value}")),
        prop_oneof![
            Just("process"),
            Just("phase"),
            Just("step"),
            Just("meeting"),
            Just("template"),
            Just("material"),
            Just("mote")
        ]
        .prop_map(|kind| format!("kind: {kind}")),
        text.prop_map(|slug| format!("slug: \"{slug}\"")),
        "[a-z/.]{0,12}".prop_map(|alias| format!("aliases: [\"{alias}\"]")),
        "[a-z]{1,8}\\.html".prop_map(|template| format!("template: {template}")),
        "[0-2][0-9]:[0-6][0-9]".prop_map(|time| format!("start: \"{time}\"")),
        Just(String::from(
            "agenda:\n  - time: \"09:00\"\n    title: Inledning"
        )),
        Just(String::from("agenda:\n  - tid: 9")),
        Just(String::from("templates: [mallar/a.md, saknas.md]")),
        Just(String::from("file: bilaga.docx")),
        Just(String::from("roles: [a, b")),
        Just(String::from("\ttitle: tabb")),
        Just(String::from("titel: Fel nyckel")),
        Just(String::from("x: &a [*a, *a]")),
    ]
}

/// Pieces of a Markdown body.
fn body_piece() -> impl Strategy<Value = String> {
    prop_oneof![
        "[ -~åäö]{0,40}",
        "#{1,7} [ -~åäö]{0,12}( \\{#[a-z]{1,4}\\})?",
        "\\[[a-zå ]{0,6}\\]\\((\\.\\./)?[a-zåäö ]{0,6}(\\.md)?(#[a-z]{0,4})?\\)",
        "!\\[[a-z]{0,4}\\]\\([a-z]{0,4}\\.(png|jpg)\\)",
        "\\[[a-z]{0,4}\\]\\((https?://example\\.org/[a-z/]{0,8}|C:\\\\[a-z]{1,4}|#|)\\)",
        Just(String::from("<div>")),
        Just(String::from("</div>")),
        Just(String::from("<a href=\"x.html\" id=\"main\">")),
        ">{1,80} ",
        "(- |  |1\\. ){1,20}",
        Just(String::from("```\n[kod](kod.md)\n```")),
        Just(String::from("\r\n")),
        Just(String::from("\n\n")),
        Just(String::from("| a | b |\n|---|---|\n| [c](c.md) | d |")),
        Just(String::from("[^1]\n\n[^1]: not")),
        Just(String::from("[ref][saknas]")),
    ]
}

fn page() -> impl Strategy<Value = (String, String)> {
    // Most pages land in the skeleton's process, phase and sections.
    let path = (
        prop_oneof![
            Just(""),
            Just("process/fas 1/"),
            Just("process/fas 1/"),
            Just("process/"),
            Just("möten/"),
            Just("Möten/"),
            Just("mallar/x/"),
        ],
        prop_oneof![
            Just("_index"),
            Just("index"),
            Just("a"),
            Just("b"),
            Just("c"),
            Just("mote"),
            Just("möte"),
            Just("!!!")
        ],
    )
        .prop_map(|(folder, name)| format!("{folder}{name}.md"));
    let text = (
        prop::option::weighted(0.9, prop::collection::vec(front_matter_line(), 0..6)),
        prop::collection::vec(body_piece(), 0..12),
    )
        .prop_map(|(front_matter, body)| {
            let mut text = String::new();
            if let Some(lines) = front_matter {
                text.push_str("---\n");
                for line in lines {
                    text.push_str(&line);
                    text.push('\n');
                }
                text.push_str("---\n");
            }
            text.push_str(&body.join(" "));
            text
        });
    (path, text)
}

/// A site folder for the theme and site.toml; the pages come from the test.
fn theme_and_config() -> (tempfile::TempDir, SiteConfig, Sources) {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::create_dir(dir.path().join("content")).expect("content/");
    let config = stegvis::config::parse(
        "title = \"T\"\nbase_url = \"https://example.org/natverk/\"\n",
        &ConfigOverrides::default(),
    )
    .expect("config");
    let sources =
        stegvis::load::site(dir.path(), &config, &mut Findings::default()).expect("the theme");
    (dir, config, sources)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn any_site_builds_without_panic_and_every_page_finding_has_a_line(
        pages in prop::collection::vec(page(), 1..16)
    ) {
        let (_dir, config, mut sources) = theme_and_config();
        // A process with a phase of steps, and a meetings section, for the
        // generated pages to fall into.
        let skeleton = [
            ("_index.md", "---\ntitle: Hem\n---\n"),
            ("process/_index.md", "---\ntitle: Processen\nkind: process\n---\n"),
            ("process/fas 1/_index.md", "---\ntitle: Fas\nkind: phase\npage_kind: step\nweight: 1\n---\n"),
            ("möten/_index.md", "---\ntitle: Möten\npage_kind: meeting\n---\n"),
        ];
        let mut seen = std::collections::BTreeSet::new();
        sources.pages = skeleton
            .iter()
            .map(|(path, text)| (path.to_string(), text.to_string()))
            .chain(pages)
            .filter(|(path, _)| seen.insert(path.clone()))
            .map(|(content_path, text)| SourceFile {
                path: PathBuf::from("content").join(&content_path),
                content_path,
                text: stegvis::load::Contents::Read(text),
                stamp: Default::default(),
            })
            .collect();
        let mut findings = Findings::default();
        let documents = stegvis::parse::documents(
            std::mem::take(&mut sources.pages),
            stegvis::parse::PACK_TEXTS_ABOVE,
            &mut findings,
        );
        let site = stegvis::resolve::site(
            documents,
            stegvis::resolve::Files {
                attachments: Vec::new(),
                read: &stegvis::documents::Read::default(), images: &stegvis::images::Images::default(),
                history: &stegvis::history::History::default(),
                refused: &[],
                data: &[],
            },
            &config,
            stegvis::Drafts::Exclude,
            &mut findings,
        );
        let now = jiff::civil::date(2026, 12, 1);
        let job = stegvis::render::Job {
            site: &site,
            sources: &sources,
            config: &config,
            images: &stegvis::images::Images::default(),
            now,
            let_go: None,
        };
        let _output = stegvis::render::site(job, &stegvis::render::Discard, None, &mut findings);
        for finding in findings.sorted() {
            if finding.file.extension().is_some_and(|extension| extension == "md") {
                prop_assert!(
                    finding.span.is_some(),
                    "a finding about a page without a line: {finding:?}"
                );
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, failure_persistence: None, ..ProptestConfig::default() })]

    /// The same generated pages on disk through the real binary: it exits
    /// 0, 1 or 2, never with a panic or a signal.
    #[test]
    fn the_binary_exits_0_1_or_2_on_any_site(pages in prop::collection::vec(page(), 1..10)) {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::write(
            dir.path().join("site.toml"),
            "title = \"T\"\nbase_url = \"https://example.org/natverk/\"\n",
        )
        .expect("site.toml");
        for (content_path, text) in &pages {
            let path = dir.path().join("content").join(content_path);
            std::fs::create_dir_all(path.parent().expect("a folder")).expect("folders");
            std::fs::write(&path, text).expect("page");
        }
        for command in ["build", "check"] {
            let result = std::process::Command::new(env!("CARGO_BIN_EXE_stegvis"))
                .arg(command)
                .arg("--root")
                .arg(dir.path())
                .output()
                .expect("run stegvis");
            let stderr = String::from_utf8_lossy(&result.stderr);
            prop_assert!(!stderr.contains("panicked"), "{command}: {stderr}");
            prop_assert!(
                matches!(result.status.code(), Some(0..=2)),
                "{command} exited {:?}: {stderr}",
                result.status
            );
        }
    }
}
