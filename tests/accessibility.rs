//! The accessibility statement by country (issue 36): every page links it
//! in its footer, named as the country's rules name it — Stegvis's own
//! page for Sweden, uustatus.no for Norway, the WAS-Tool for Denmark (and
//! `/was` leads there).

use std::path::Path;
use std::process::Command;

fn site(root: &Path, toml: &str) {
    std::fs::create_dir_all(root.join("content")).expect("content/");
    std::fs::write(root.join("site.toml"), toml).expect("site.toml");
    std::fs::write(
        root.join("content/_index.md"),
        "---\ntitle: Start\n---\nVälkommen.\n",
    )
    .expect("home");
    std::fs::write(
        root.join("content/english.md"),
        "---\ntitle: In English\nlanguage: en\n---\nText.\n",
    )
    .expect("a page in English");
}

fn build(root: &Path) -> (String, std::path::PathBuf) {
    let out = root.join("public");
    let result = Command::new(env!("CARGO_BIN_EXE_stegvis"))
        .args(["build", "--now", "2026-12-06", "--root"])
        .arg(root)
        .env_remove("STEGVIS_MESSAGES")
        .output()
        .expect("run stegvis");
    let stderr = String::from_utf8_lossy(&result.stderr).into_owned();
    assert!(result.status.success(), "{stderr}");
    (stderr, out)
}

fn footer(html: &str) -> &str {
    let start = html.find("<footer").expect("a footer");
    &html[start..]
}

#[test]
fn a_swedish_portal_links_its_own_statement_from_every_page() {
    let work = tempfile::tempdir().expect("temp dir");
    site(
        work.path(),
        "title = \"Portalen\"\nbase_url = \"https://example.org/natverk/\"\nlanguage = \"sv\"\n\n[accessibility]\ncountry = \"se\"\norganisation = \"Region Exempel\"\ncontact = \"a@example.org\"\nconformance = \"full\"\nassessed = 2026-09-01\nmethod = \"Egen granskning\"\n",
    );
    let (_, out) = build(work.path());
    let statement =
        std::fs::read_to_string(out.join("tillganglighetsredogorelse/index.html")).expect("page");
    for item in [
        "Region Exempel står bakom webbplatsen Portalen",
        "helt förenlig med lagen om tillgänglighet till digital offentlig service",
        "href=https://www.digg.se/tdosanmalan",
        "mailto:a@example.org",
        "Egen granskning",
        "1 september 2026",
    ] {
        assert!(statement.contains(item), "{item}: {statement}");
    }
    for page in ["index.html", "english/index.html"] {
        let html = std::fs::read_to_string(out.join(page)).expect("a page");
        assert!(
            footer(&html).contains("href=/natverk/tillganglighetsredogorelse/"),
            "{page}: {html}"
        );
    }
    // On the page in English, the link's Swedish name is marked as such.
    let english = std::fs::read_to_string(out.join("english/index.html")).expect("english");
    assert!(
        footer(&english).contains("lang=sv>Tillgänglighetsredogörelse</a>"),
        "{english}"
    );
}

#[test]
fn a_norwegian_and_a_danish_portal_link_the_agency_and_denmark_answers_at_was() {
    let work = tempfile::tempdir().expect("temp dir");
    let norway = work.path().join("no");
    site(
        &norway,
        "title = \"Portalen\"\nbase_url = \"https://example.no/\"\nlanguage = \"nb\"\n\n[accessibility]\ncountry = \"no\"\nuustatus = \"https://uustatus.no/nb/erklaringer/publisert/abc\"\n",
    );
    let (stderr, out) = build(&norway);
    assert!(!stderr.contains("warning"), "{stderr}");
    let home = std::fs::read_to_string(out.join("index.html")).expect("home");
    assert!(
        footer(&home).contains(
            "<a href=https://uustatus.no/nb/erklaringer/publisert/abc>Tilgjengelighetserklæring</a>"
        ),
        "{home}"
    );
    assert!(!out.join("tilgjengelighetserklaering").exists());

    let denmark = work.path().join("dk");
    site(
        &denmark,
        "title = \"Portalen\"\nbase_url = \"https://example.dk/\"\nlanguage = \"da\"\n\n[accessibility]\ncountry = \"dk\"\nwas = \"https://www.was.digst.dk/example-dk\"\n",
    );
    let (stderr, out) = build(&denmark);
    assert!(!stderr.contains("warning"), "{stderr}");
    let home = std::fs::read_to_string(out.join("index.html")).expect("home");
    assert!(
        footer(&home)
            .contains("<a href=https://www.was.digst.dk/example-dk>Tilgængelighedserklæring</a>"),
        "{home}"
    );
    let was = std::fs::read_to_string(out.join("was/index.html")).expect("/was");
    assert!(
        was.contains(
            "<meta http-equiv=\"refresh\" content=\"0; url=https://www.was.digst.dk/example-dk\">"
        ),
        "{was}"
    );
}
