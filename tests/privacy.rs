//! The portal's Content-Security-Policy (issue 36): every page names the
//! site's own origin and only the other origins the site loads (those
//! `[privacy] allow` names and those a page or template loads, each of
//! which is a warning), and `_headers` carries it where asked.

use std::path::Path;
use std::process::Command;

fn write(root: &Path, path: &str, text: &str) {
    let path = root.join(path);
    std::fs::create_dir_all(path.parent().expect("a folder")).expect("its folder");
    std::fs::write(path, text).expect("write");
}

fn build(root: &Path, out: &Path) -> String {
    let result = Command::new(env!("CARGO_BIN_EXE_stegvis"))
        .args(["build", "--root"])
        .arg(root)
        .arg("--output")
        .arg(out)
        .env_remove("STEGVIS_MESSAGES")
        .output()
        .expect("run stegvis");
    let stderr = String::from_utf8_lossy(&result.stderr).into_owned();
    assert!(result.status.success(), "{stderr}");
    stderr
}

fn policy(html: &str) -> String {
    let pattern =
        regex::Regex::new(r#"<meta[^>]*content="([^"]*)"[^>]*Content-Security-Policy[^>]*>"#)
            .expect("regex");
    pattern
        .captures(html)
        .map(|found| found[1].to_string())
        .unwrap_or_else(|| panic!("no policy in {html}"))
}

#[test]
fn every_page_names_the_origins_the_site_loads_and_no_other() {
    let work = tempfile::tempdir().expect("temp dir");
    let root = work.path().join("portal");
    write(
        &root,
        "site.toml",
        "title = \"Portal\"\nbase_url = \"https://natverket.example.org/\"\n\n[privacy]\nallow = [\"https://www.youtube-nocookie.com\"]\n",
    );
    write(
        &root,
        "content/_index.md",
        "---\ntitle: Start\n---\nVälkommen.\n",
    );
    write(
        &root,
        "content/film.md",
        "---\ntitle: Film\n---\n<iframe src=\"https://www.youtube-nocookie.com/embed/x\" title=\"Film\"></iframe>\n\n![Diagram](https://statistik.example.com/d.png)\n\n[En länk](https://www.youtube.com/watch?v=x)\n",
    );
    let out = work.path().join("out");
    let stderr = build(&root, &out);
    assert_eq!(stderr.matches("warning[privacy]").count(), 1, "{stderr}");
    let home = std::fs::read_to_string(out.join("index.html")).expect("home");
    let policy = policy(&home);
    assert!(
        policy.starts_with(
            "default-src 'self' https://statistik.example.com https://www.youtube-nocookie.com;"
        ),
        "{policy}"
    );
    assert!(
        !policy.contains("www.youtube.com"),
        "a link is no load: {policy}"
    );
    assert!(
        !policy.contains("natverket.example.org"),
        "'self' is the site: {policy}"
    );
    assert!(policy.contains("object-src 'none'"), "{policy}");
    assert!(!out.join("_headers").exists(), "only where asked");

    // The page about cookies says what the site stores (nothing) and which
    // other sites a page loads from; the footer of every page links it.
    let cookies = std::fs::read_to_string(out.join("om-kakor/index.html")).expect("om-kakor");
    assert!(cookies.contains("<h1>Om kakor</h1>"), "{cookies}");
    assert!(
        cookies.contains("<li>statistik.example.com</li><li>www.youtube-nocookie.com</li>"),
        "{cookies}"
    );
    assert!(!cookies.contains("inget att samtycka till"), "{cookies}");
    assert!(home.contains("<a href=/om-kakor/>Om kakor</a>"), "{home}");

    // The same policy on every page, and in _headers where the host reads it.
    let film = std::fs::read_to_string(out.join("film/index.html")).expect("film");
    assert_eq!(self::policy(&film), policy);
    let toml = std::fs::read_to_string(root.join("site.toml")).expect("site.toml");
    write(
        &root,
        "site.toml",
        &toml.replace("[privacy]", "[build]\nheaders_file = true\n\n[privacy]"),
    );
    let out = work.path().join("out-2");
    build(&root, &out);
    let headers = std::fs::read_to_string(out.join("_headers")).expect("_headers");
    assert!(
        headers.contains(&format!(
            "  Content-Security-Policy: {policy}; frame-ancestors 'self'\n"
        )),
        "{headers}"
    );
    assert!(headers.starts_with("# Written by Stegvis"), "{headers}");
}

#[test]
fn a_site_that_loads_nothing_from_others_says_so_and_an_own_cookie_page_is_kept() {
    let work = tempfile::tempdir().expect("temp dir");
    let root = work.path().join("portal");
    write(
        &root,
        "site.toml",
        "title = \"Portal\"\nbase_url = \"https://natverket.example.org/\"\nlanguage = \"da\"\n",
    );
    write(
        &root,
        "content/_index.md",
        "---\ntitle: Forside\n---\nVelkommen.\n",
    );
    let out = work.path().join("out");
    build(&root, &out);
    let cookies = std::fs::read_to_string(out.join("cookies/index.html")).expect("cookies");
    assert!(cookies.contains("<h1>Cookies</h1>"), "{cookies}");
    assert!(
        cookies.contains("der er intet at samtykke til"),
        "{cookies}"
    );
    // An editor's own page at that address is the site's to say.
    write(
        &root,
        "content/cookies.md",
        "---\ntitle: Vores cookies\n---\nVi bruger ingen.\n",
    );
    let out = work.path().join("out-2");
    let stderr = build(&root, &out);
    assert!(!stderr.contains("error"), "{stderr}");
    let cookies = std::fs::read_to_string(out.join("cookies/index.html")).expect("cookies");
    assert!(cookies.contains("Vores cookies"), "{cookies}");
}
