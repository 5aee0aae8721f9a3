//! Addresses that last (issue 35), against real git repositories made
//! here: a page renamed, moved to another folder, a folder renamed, a page
//! removed and one removed and restored; then a shallow clone of it, and
//! the same site outside any repository.

use std::path::{Path, PathBuf};
use std::process::Command;

/// A git repository with a site in it, committed to as an editor would.
struct Repository {
    _work: tempfile::TempDir,
    root: PathBuf,
    /// Seconds since the epoch of the next commit (one day apart).
    time: u64,
}

impl Repository {
    fn new() -> Repository {
        let work = tempfile::tempdir().expect("a temporary folder");
        let root = work.path().join("portal");
        std::fs::create_dir_all(root.join("content")).expect("content/");
        let repository = Repository {
            _work: work,
            root,
            time: 1_740_000_000,
        };
        repository.git(&["init", "--quiet", "--initial-branch=main"]);
        repository.write(
            "site.toml",
            "title = \"Portal\"\nbase_url = \"https://example.org/natverk/\"\n",
        );
        repository
    }

    fn git(&self, args: &[&str]) -> String {
        let date = format!("@{} +0000", self.time);
        let output = Command::new("git")
            .arg("-C")
            .arg(&self.root)
            .args(args)
            .env("GIT_AUTHOR_NAME", "Redaktören")
            .env("GIT_AUTHOR_EMAIL", "redaktor@example.org")
            .env("GIT_COMMITTER_NAME", "Redaktören")
            .env("GIT_COMMITTER_EMAIL", "redaktor@example.org")
            .env("GIT_AUTHOR_DATE", &date)
            .env("GIT_COMMITTER_DATE", &date)
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("HOME", self.root.parent().expect("the work folder"))
            .output()
            .expect("run git");
        assert!(
            output.status.success(),
            "git {args:?}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8_lossy(&output.stdout).into_owned()
    }

    fn write(&self, path: &str, text: &str) {
        let path = self.root.join(path);
        std::fs::create_dir_all(path.parent().expect("a folder")).expect("its folder");
        std::fs::write(path, text).expect("write");
    }

    fn page(&self, path: &str, title: &str) {
        self.write(
            &format!("content/{path}"),
            &format!("---\ntitle: {title}\n---\nText.\n"),
        );
    }

    fn commit(&mut self, message: &str) {
        self.git(&["add", "--all"]);
        self.git(&["commit", "--quiet", "-m", message]);
        self.time += 86_400;
    }
}

/// `stegvis build` of `root` into a new folder: (exit code, stderr, output).
fn build(root: &Path) -> (i32, String, PathBuf) {
    let out = root.parent().expect("a parent").join(format!(
        "out-{}",
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|time| time.as_nanos())
            .unwrap_or_default()
    ));
    let result = Command::new(env!("CARGO_BIN_EXE_stegvis"))
        .args(["build", "--root"])
        .arg(root)
        .arg("--output")
        .arg(&out)
        .env_remove("STEGVIS_MESSAGES")
        .output()
        .expect("run stegvis");
    (
        result.status.code().expect("an exit code"),
        String::from_utf8_lossy(&result.stderr).into_owned(),
        out,
    )
}

/// The history of a small portal: renamed, moved, a folder renamed,
/// removed, removed and restored.
fn portal() -> Repository {
    let mut repository = Repository::new();
    repository.page("_index.md", "Start");
    repository.page("natverkstraff-mars.md", "Nätverksträff i mars");
    repository.page("process/_index.md", "Processen");
    repository.page("process/planera.md", "Planera");
    repository.page("moten/_index.md", "Möten");
    repository.page("moten/host.md", "Höstmötet");
    repository.page("gammal-nyhet.md", "Gammal nyhet");
    repository.page("tillfallig.md", "Tillfällig");
    repository.commit("The first pages");
    repository.git(&[
        "mv",
        "content/natverkstraff-mars.md",
        "content/natverkstraff-2026-03.md",
    ]);
    repository.commit("A meeting renamed");
    repository.git(&["mv", "content/process/planera.md", "content/planera.md"]);
    repository.commit("A step moved out of its folder");
    repository.git(&["mv", "content/moten", "content/traffar"]);
    repository.commit("The meetings' folder renamed");
    repository.git(&[
        "rm",
        "--quiet",
        "content/gammal-nyhet.md",
        "content/tillfallig.md",
    ]);
    repository.commit("Two pages removed");
    repository.page("tillfallig.md", "Tillfällig igen");
    repository.commit("One page restored");
    repository
}

#[test]
fn every_address_the_portal_published_still_leads_somewhere() {
    let repository = portal();
    let (code, stderr, out) = build(&repository.root);
    assert_eq!(code, 0, "{stderr}");
    for (old, new) in [
        ("natverkstraff-mars", "natverkstraff-2026-03"),
        ("process/planera", "planera"),
        ("moten", "traffar"),
        ("moten/host", "traffar/host"),
    ] {
        let page = std::fs::read_to_string(out.join(old).join("index.html"))
            .unwrap_or_else(|_| panic!("a redirect at /{old}/: {stderr}"));
        assert!(
            page.contains(&format!(
                "<meta http-equiv=\"refresh\" content=\"0; url=/natverk/{new}/\">"
            )),
            "{page}"
        );
        assert!(
            page.contains(&format!(
                "<link rel=\"canonical\" href=\"https://example.org/natverk/{new}/\">"
            )),
            "{page}"
        );
        assert!(
            page.contains("<meta name=\"robots\" content=\"noindex\">"),
            "{page}"
        );
        assert!(
            stderr.contains(&format!("  /natverk/{old}/ → /natverk/{new}/ (moved)")),
            "the summary lists each move: {stderr}"
        );
    }
    // The restored page is served again; the removed one is a warning
    // that says when it was published and where to say it went.
    assert!(out.join("tillfallig/index.html").is_file());
    assert!(!out.join("gammal-nyhet").exists());
    assert!(
        stderr.contains("content/gammal-nyhet.md: warning[history]: adressen /gammal-nyhet/ var publicerad från 2025-02-19 till 2025-02-23"),
        "{stderr}"
    );
    assert!(stderr.contains("aliases: [\"/gammal-nyhet/\"]"), "{stderr}");
    assert!(
        !stderr.contains("/tillfallig/ var publicerad"),
        "restored: {stderr}"
    );
    assert_eq!(stderr.matches("warning[history]").count(), 1, "{stderr}");
}

#[test]
fn an_old_address_a_page_has_now_is_that_pages_and_an_alias_wins() {
    let mut repository = portal();
    // A new page takes the meeting's old name; the step's old address is
    // given by hand to the process page.
    repository.page("natverkstraff-mars.md", "En ny sida");
    repository.write(
        "content/process/_index.md",
        "---\ntitle: Processen\naliases: [\"/process/planera/\"]\n---\nText.\n",
    );
    repository.commit("A new page on an old address");
    let (code, stderr, out) = build(&repository.root);
    assert_eq!(code, 0, "{stderr}");
    let page =
        std::fs::read_to_string(out.join("natverkstraff-mars/index.html")).expect("the page");
    assert!(
        page.contains("En ny sida"),
        "the live page, not a redirect: {page}"
    );
    let alias = std::fs::read_to_string(out.join("process/planera/index.html")).expect("the alias");
    assert!(alias.contains("url=/natverk/process/"), "{alias}");
    assert!(
        !stderr.contains("/natverk/natverkstraff-mars/ →"),
        "{stderr}"
    );
}

#[test]
fn a_shallow_clone_warns_and_redirects_nothing() {
    let repository = portal();
    let clone = repository.root.parent().expect("work").join("clone");
    let source = format!("file://{}", repository.root.display());
    let output = Command::new("git")
        .args(["clone", "--quiet", "--depth", "1", &source])
        .arg(&clone)
        .output()
        .expect("git clone");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let (code, stderr, out) = build(&clone);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stderr.contains("warning[history]: det här är en grund klon av webbplatsens förråd"),
        "{stderr}"
    );
    assert!(stderr.contains("fetch-depth: 0"), "{stderr}");
    assert!(
        !out.join("moten").exists(),
        "no redirect from a history not read"
    );
    assert!(!stderr.contains("(moved)"), "{stderr}");
}

#[test]
fn a_site_outside_any_repository_builds_as_before() {
    let repository = portal();
    let copy = repository.root.parent().expect("work").join("copy");
    std::fs::create_dir_all(copy.join("content")).expect("copy");
    std::fs::copy(repository.root.join("site.toml"), copy.join("site.toml")).expect("site.toml");
    std::fs::copy(
        repository.root.join("content/_index.md"),
        copy.join("content/_index.md"),
    )
    .expect("a page");
    let (code, stderr, out) = build(&copy);
    assert_eq!(code, 0, "{stderr}");
    assert!(!stderr.contains("history"), "{stderr}");
    assert!(out.join("index.html").is_file());
}

#[test]
fn a_removal_recorded_in_site_toml_says_so_at_the_address_instead_of_a_warning() {
    let mut repository = portal();
    repository.write(
        "site.toml",
        "title = \"Portal\"\nbase_url = \"https://example.org/natverk/\"\n[build]\nminify = false\n\n[[removed]]\nurl = \"/gammal-nyhet/\"\ndate = 2025-02-23\nreason = \"Gallrad enligt beslut 2025-02-20 (dnr 2025/17).\"\n",
    );
    repository.commit("The removal recorded");
    let (code, stderr, out) = build(&repository.root);
    assert_eq!(code, 0, "{stderr}");
    assert!(!stderr.contains("warning[history]"), "recorded: {stderr}");
    let page = std::fs::read_to_string(out.join("gammal-nyhet/index.html"))
        .expect("a page at the address");
    assert!(page.contains("<h1>Sidan är borttagen</h1>"), "{page}");
    assert!(
        page.contains("Sidan som fanns här togs bort 23 februari 2025."),
        "{page}"
    );
    assert!(
        page.contains("Gallrad enligt beslut 2025-02-20 (dnr 2025/17)."),
        "{page}"
    );
    assert!(
        page.contains("<meta name=\"robots\" content=\"noindex\">"),
        "{page}"
    );
    assert!(page.contains("<html lang=\"sv\""), "{page}");

    // An address a page has cannot be recorded as removed.
    repository.write(
        "site.toml",
        "title = \"Portal\"\nbase_url = \"https://example.org/natverk/\"\n[build]\nminify = false\n\n[[removed]]\nurl = \"/planera/\"\nreason = \"Fel\"\n",
    );
    let (code, stderr, _) = build(&repository.root);
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains("site.toml:7:7: error[config]: [[removed]] url: /natverk/planera/ är adressen till en sida på webbplatsen"),
        "{stderr}"
    );
    // Nor an address of another site.
    repository.write(
        "site.toml",
        "title = \"Portal\"\nbase_url = \"https://example.org/natverk/\"\n[build]\nminify = false\n\n[[removed]]\nurl = \"https://example.com/x/\"\nreason = \"Fel\"\n",
    );
    let (code, stderr, _) = build(&repository.root);
    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains("\"https://example.com/x/\" är ingen adress på webbplatsen"),
        "{stderr}"
    );
}

#[test]
fn redirects_file_lists_every_redirect_for_netlify_and_cloudflare_pages() {
    let mut repository = portal();
    repository.write(
        "site.toml",
        "title = \"Portal\"\nbase_url = \"https://example.org/natverk/\"\n[build]\nredirects_file = true\n",
    );
    repository.write(
        "content/process/_index.md",
        "---\ntitle: Processen\naliases: [\"/gamla-processen/\"]\n---\nText.\n",
    );
    repository.commit("Redirects for the host too");
    let (code, stderr, out) = build(&repository.root);
    assert_eq!(code, 0, "{stderr}");
    let file = std::fs::read_to_string(out.join("_redirects")).expect("_redirects");
    let mut lines: Vec<&str> = file.lines().filter(|line| !line.starts_with('#')).collect();
    lines.sort_unstable();
    assert_eq!(
        lines,
        [
            "/natverk/gamla-processen/ /natverk/process/ 301",
            "/natverk/moten/ /natverk/traffar/ 301",
            "/natverk/moten/host/ /natverk/traffar/host/ 301",
            "/natverk/natverkstraff-mars/ /natverk/natverkstraff-2026-03/ 301",
            "/natverk/process/planera/ /natverk/planera/ 301",
        ]
    );
    // Without the setting, no such file.
    repository.write(
        "site.toml",
        "title = \"Portal\"\nbase_url = \"https://example.org/natverk/\"\n",
    );
    let (_, _, out) = build(&repository.root);
    assert!(!out.join("_redirects").exists());
}

#[test]
fn a_changed_slug_moves_the_page_and_a_folders_slug_moves_all_below_it() {
    let mut repository = Repository::new();
    repository.page("_index.md", "Start");
    repository.page("process/_index.md", "Processen");
    repository.page("process/steg.md", "Ett steg");
    repository.page("moten/host.md", "Höstmötet");
    repository.write("content/mallar/plan.csv", "mått;värde\n");
    repository.commit("The first pages");
    let slugged =
        |slug: &str, title: &str| format!("---\ntitle: {title}\nslug: {slug}\n---\nText.\n");
    repository.write("content/moten/host.md", &slugged("hostmote", "Höstmötet"));
    repository.write(
        "content/process/_index.md",
        &slugged("forbattring", "Processen"),
    );
    repository.commit("Two slugs");
    repository.write(
        "content/moten/host.md",
        &slugged("'hosten 2026'", "Höstmötet"),
    );
    repository.git(&[
        "mv",
        "content/mallar/plan.csv",
        "content/mallar/handlingsplan.csv",
    ]);
    repository.commit("Another slug, and a template renamed");
    let (code, stderr, out) = build(&repository.root);
    assert_eq!(code, 0, "{stderr}");
    for (old, new) in [
        ("moten/host", "moten/hosten-2026"),
        ("moten/hostmote", "moten/hosten-2026"),
        ("process", "forbattring"),
        ("process/steg", "forbattring/steg"),
    ] {
        let page = std::fs::read_to_string(out.join(old).join("index.html"))
            .unwrap_or_else(|_| panic!("a redirect at /{old}/: {stderr}"));
        assert!(
            page.contains(&format!("url=/natverk/{new}/\"")),
            "/{old}/: {page}"
        );
    }
    // A file cannot redirect by HTML: it is published at its old address too.
    assert_eq!(
        std::fs::read(out.join("mallar/plan.csv")).expect("the old address"),
        "mått;värde\n".as_bytes()
    );
    assert!(
        stderr.contains("  /natverk/mallar/plan.csv → /natverk/mallar/handlingsplan.csv (moved)"),
        "{stderr}"
    );
    assert!(!stderr.contains("warning[history]"), "{stderr}");
    // Where the host reads `_redirects`, the file is redirected there instead.
    repository.write(
        "site.toml",
        "title = \"Portal\"\nbase_url = \"https://example.org/natverk/\"\n[build]\nredirects_file = true\n",
    );
    let (code, stderr, out) = build(&repository.root);
    assert_eq!(code, 0, "{stderr}");
    let file = std::fs::read_to_string(out.join("_redirects")).expect("_redirects");
    assert!(
        file.contains("/natverk/mallar/plan.csv /natverk/mallar/handlingsplan.csv 301\n"),
        "{file}"
    );
    assert!(!out.join("mallar/plan.csv").exists());
}

#[test]
fn a_page_without_updated_is_dated_by_its_last_commit_the_same_in_every_build() {
    let mut repository = portal();
    // 2025-02-25: the step changed again; the meeting keeps its rename's day.
    repository.write("content/planera.md", "---\ntitle: Planera\n---\nNy text.\n");
    repository.commit("The step rewritten");
    let (code, stderr, out) = build(&repository.root);
    assert_eq!(code, 0, "{stderr}");
    let page = std::fs::read_to_string(out.join("planera/index.html")).expect("the step");
    assert!(
        page.contains("Senast uppdaterad <time datetime=2025-02-25>25 februari 2025</time>")
            || page.contains(
                "Senast uppdaterad <time datetime=\"2025-02-25\">25 februari 2025</time>"
            ),
        "{page}"
    );
    let sitemap = std::fs::read_to_string(out.join("sitemap.xml")).expect("the sitemap");
    assert!(
        sitemap.contains(
            "<loc>https://example.org/natverk/planera/</loc><lastmod>2025-02-25</lastmod>"
        ) || sitemap.contains(
            "<loc>https://example.org/natverk/planera/</loc>\n    <lastmod>2025-02-25</lastmod>"
        ),
        "{sitemap}"
    );
    assert!(
        sitemap.contains("<lastmod>2025-02-20</lastmod>"),
        "the meeting's rename: {sitemap}"
    );
    // The same commit built again, after every file was touched: the same bytes.
    for file in ["content/planera.md", "content/_index.md"] {
        let text = std::fs::read(repository.root.join(file)).expect("read");
        std::fs::write(repository.root.join(file), text).expect("touch");
    }
    let (_, _, again) = build(&repository.root);
    for file in ["planera/index.html", "sitemap.xml", "atom.xml"] {
        assert_eq!(
            std::fs::read(out.join(file)).expect("first"),
            std::fs::read(again.join(file)).expect("second"),
            "{file}"
        );
    }
}

#[test]
fn the_history_read_once_is_kept_and_only_new_commits_are_read_after() {
    let mut repository = portal();
    let (code, stderr, _) = build(&repository.root);
    assert_eq!(code, 0, "{stderr}");
    let cache = repository.root.join(".stegvis/history.json");
    let head = repository.git(&["rev-parse", "HEAD"]);
    let kept = std::fs::read_to_string(&cache).expect("the history kept");
    assert!(kept.contains(head.trim()), "kept up to HEAD: {kept}");
    // A commit on top: read alone, on top of what was kept.
    repository.git(&["mv", "content/planera.md", "content/planera-arbetet.md"]);
    repository.commit("The step renamed again");
    let (_, stderr, out) = build(&repository.root);
    for old in ["planera", "process/planera"] {
        let page = std::fs::read_to_string(out.join(old).join("index.html")).expect("a redirect");
        assert!(
            page.contains("url=/natverk/planera-arbetet/"),
            "/{old}/: {page} {stderr}"
        );
    }
    // History rewritten (the last commit amended away): read again whole.
    repository.git(&["reset", "--quiet", "--hard", "HEAD~1"]);
    let (_, stderr, out) = build(&repository.root);
    assert!(out.join("planera/index.html").is_file(), "{stderr}");
    let page = std::fs::read_to_string(out.join("process/planera/index.html")).expect("a redirect");
    assert!(page.contains("url=/natverk/planera/"), "{page}");
}
