//! `stegvis init` (issue 18): a new portal in each language builds and
//! checks with no finding, carries the CI files, and init never writes into
//! a folder holding a site nor over a file.

use std::path::Path;
use std::process::{Command, Stdio};

fn stegvis(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_stegvis"))
        .current_dir(dir)
        .args(args)
        .stdin(Stdio::null())
        .env_remove("SOURCE_DATE_EPOCH")
        .env_remove("STEGVIS_MESSAGES")
        .output()
        .expect("run stegvis");
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(!stderr.contains("panicked"), "{stderr}");
    (
        out.status.code().expect("an exit code"),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr,
    )
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|_| panic!("{} reads", path.display()))
}

#[test]
fn a_new_portal_in_each_language_builds_and_checks_with_no_finding() {
    let work = tempfile::tempdir().expect("temp dir");
    let ci = Path::new(env!("CARGO_MANIFEST_DIR")).join("ci");
    for language in ["sv", "nb", "nn", "da", "en"] {
        let (code, stdout, stderr) =
            stegvis(work.path(), &["init", language, "--language", language]);
        assert_eq!(code, 0, "{language}: {stderr}");
        assert!(
            stdout.lines().any(|l| l == format!("{language}/site.toml")),
            "{stdout}"
        );
        let portal = work.path().join(language);
        assert!(read(&portal.join("site.toml")).contains(&format!("language = \"{language}\"")));
        assert_eq!(read(&portal.join(".gitignore")), "/public/\n/.stegvis/\n");
        assert!(
            stderr.contains("Settings → Pages"),
            "what to switch on first: {stderr}"
        );
        assert_eq!(
            read(&portal.join(".github/workflows/portal.yml")),
            read(&ci.join("github-pages.yml"))
        );
        assert_eq!(
            read(&portal.join(".gitlab-ci.yml")),
            read(&ci.join("gitlab-ci.yml"))
        );
        for command in ["build", "check"] {
            let (code, _, stderr) = stegvis(&portal, &[command, "--deny-warnings"]);
            assert_eq!(code, 0, "{language} {command}: {stderr}");
            assert!(
                stderr
                    .lines()
                    .all(|line| line.starts_with("built ") || line.starts_with("checked ")),
                "{language} {command} has findings: {stderr}"
            );
        }
        // The meeting is a page of its own with its agenda, and the home
        // page links to its section.
        let content = walk(&portal.join("content"));
        let meeting = content
            .iter()
            .find(|file| read(&portal.join("content").join(file)).contains("agenda:"))
            .expect("a meeting");
        let (folder, file) = meeting.split_once('/').expect("in a section");
        let slug = file.trim_end_matches(".md");
        // Named by its date, as the browser editor names meetings, on a weekday.
        let date: jiff::civil::Date = file
            .get(..10)
            .and_then(|date| date.parse().ok())
            .unwrap_or_else(|| panic!("{language}: {file} is named by its date"));
        assert!(
            !matches!(
                date.weekday(),
                jiff::civil::Weekday::Saturday | jiff::civil::Weekday::Sunday
            ),
            "{language}: the first meeting is on a {:?}",
            date.weekday()
        );
        let page = read(&portal.join(format!("public/{folder}/{slug}/index.html")));
        assert!(
            page.contains("09:30"),
            "{language}: the agenda is shown: {page}"
        );
        let home = read(&portal.join("public/index.html"));
        assert!(home.contains(&format!("/{folder}/")), "{home}");
        // What a public site owes its visitors: a page about cookies in
        // every language, and a Swedish portal its accessibility statement.
        let cookies = match language {
            "sv" => "om-kakor",
            "nb" | "nn" => "informasjonskapsler",
            _ => "cookies",
        };
        assert!(
            home.contains(&format!("href=/{cookies}/")),
            "{language}: {home}"
        );
        assert!(
            portal
                .join(format!("public/{cookies}/index.html"))
                .is_file()
        );
        let statement = portal.join("public/tillganglighetsredogorelse/index.html");
        assert_eq!(statement.is_file(), language == "sv", "{language}");
        // What the editor is told to do stays in the sources (comments of
        // the front matter), never on the published pages.
        for page in walk(&portal.join("public"))
            .iter()
            .filter(|page| page.ends_with(".html"))
        {
            let html = read(&portal.join("public").join(page));
            assert!(
                !html.contains("stegvis new") && !html.contains("content/_index.md"),
                "{language}: {page} publishes guidance: {html}"
            );
        }
        let home_source = read(&portal.join("content/_index.md"));
        assert!(
            home_source.contains("\n# "),
            "{language}: the guidance is in the source"
        );
        // An example of key figures: a chart of a table in data/, a draft
        // until the network's own figures are in (the preview shows it).
        let figures = content
            .iter()
            .find(|file| read(&portal.join("content").join(file)).contains("```chart"))
            .unwrap_or_else(|| panic!("{language}: no page of key figures"));
        let slug = figures.trim_end_matches(".md");
        assert!(!portal.join(format!("public/{slug}/index.html")).exists());
        let drafts = portal.join("with-drafts");
        let (code, _, stderr) = stegvis(
            &portal,
            &[
                "build",
                "--drafts",
                "--deny-warnings",
                "--output",
                "with-drafts",
            ],
        );
        assert_eq!(code, 0, "{language} with drafts: {stderr}");
        let page = read(&drafts.join(format!("{slug}/index.html")));
        assert_eq!(
            page.matches("class=\"chart-bar ").count(),
            4,
            "{language}: {page}"
        );
        assert!(
            page.contains("chart-reference-line"),
            "{language}: the median"
        );
        std::fs::remove_dir_all(&drafts).expect("remove the draft build");
        // The browser editor lists its pages: `stegvis cms` finds none without its kind.
        let (code, _, stderr) = stegvis(&portal, &["cms"]);
        assert_eq!(code, 0, "{stderr}");
        assert!(!stderr.contains("--add-kinds"), "{language}: {stderr}");
    }
}

fn walk(dir: &Path) -> Vec<String> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(folder) = stack.pop() {
        for entry in std::fs::read_dir(&folder).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if let Ok(relative) = path.strip_prefix(dir) {
                found.push(relative.display().to_string());
            }
        }
    }
    found.sort();
    found
}

#[test]
fn without_a_language_and_no_terminal_the_portal_is_swedish() {
    let work = tempfile::tempdir().expect("temp dir");
    let (code, _, stderr) = stegvis(work.path(), &["init", "portal"]);
    assert_eq!(code, 0, "{stderr}");
    let site = read(&work.path().join("portal/site.toml"));
    assert!(site.contains("language = \"sv\""), "{site}");
    assert!(
        stderr.contains("Den nya portalen finns i portal"),
        "{stderr}"
    );
}

#[test]
fn init_refuses_a_folder_that_holds_a_site_and_changes_nothing() {
    let work = tempfile::tempdir().expect("temp dir");
    let (code, _, stderr) = stegvis(work.path(), &["init", "--language", "en"]);
    assert_eq!(code, 0, "{stderr}");
    std::fs::write(work.path().join("site.toml"), "title = \"Mine\"\n").expect("edit");
    let before = walk(work.path());
    let (code, stdout, stderr) = stegvis(work.path(), &["init", "--language", "en"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stdout.is_empty(), "{stdout}");
    assert!(
        stderr.contains("already holds a site (site.toml)"),
        "{stderr}"
    );
    assert_eq!(read(&work.path().join("site.toml")), "title = \"Mine\"\n");
    assert_eq!(walk(work.path()), before);
}

#[test]
fn init_never_overwrites_a_file_and_keeps_what_the_folder_holds() {
    let work = tempfile::tempdir().expect("temp dir");
    std::fs::write(work.path().join("README.md"), "Our repository.\n").expect("readme");
    std::fs::write(work.path().join(".gitlab-ci.yml"), "ours: {}\n").expect("ci file");
    let (code, _, stderr) = stegvis(work.path(), &["init", ".", "--language", "nb"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains(".gitlab-ci.yml finnes allerede"),
        "{stderr}"
    );
    assert_eq!(
        walk(work.path()),
        [".gitlab-ci.yml", "README.md"],
        "nothing written"
    );

    std::fs::remove_file(work.path().join(".gitlab-ci.yml")).expect("remove");
    let (code, _, stderr) = stegvis(work.path(), &["init", ".", "--language", "nb"]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(read(&work.path().join("README.md")), "Our repository.\n");
    assert!(work.path().join("content/_index.md").is_file());
}

/// init once followed a linked `.github` out of the folder, and stopped
/// half-way on a link to nothing (and could not run again).
#[cfg(unix)]
#[test]
fn init_writes_nothing_through_a_link_and_can_run_again() {
    let work = tempfile::tempdir().expect("temp dir");
    let elsewhere = tempfile::tempdir().expect("elsewhere");
    std::os::unix::fs::symlink(elsewhere.path(), work.path().join(".github")).expect("link");
    let (code, stdout, stderr) = stegvis(work.path(), &["init", "--language", "sv"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stdout.is_empty(), "{stdout}");
    assert!(stderr.contains(".github är en symbolisk länk"), "{stderr}");
    assert_eq!(
        std::fs::read_dir(elsewhere.path()).expect("read").count(),
        0
    );
    assert_eq!(walk(work.path()), Vec::<String>::new(), "nothing written");

    std::fs::remove_file(work.path().join(".github")).expect("unlink");
    std::os::unix::fs::symlink("finns-inte.yml", work.path().join(".gitlab-ci.yml")).expect("link");
    let (code, _, stderr) = stegvis(work.path(), &["init", "--language", "sv"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains(".gitlab-ci.yml"), "{stderr}");
    assert!(!work.path().join("site.toml").exists(), "nothing written");

    std::fs::remove_file(work.path().join(".gitlab-ci.yml")).expect("unlink");
    let (code, _, stderr) = stegvis(work.path(), &["init", "--language", "sv"]);
    assert_eq!(code, 0, "it runs again: {stderr}");
}
