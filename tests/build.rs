//! Whole-site behaviour of `stegvis build` that fixture folders cannot show:
//! the example portal, byte-identical output, a very large page, the CLI.

mod support;

use std::path::{Path, PathBuf};
use std::process::Command;

fn stegvis(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_stegvis"))
        .args(args)
        .output()
        .expect("run stegvis")
}

fn build(root: &Path, output: &Path) -> std::process::Output {
    stegvis(&[
        "build",
        "--root",
        root.to_str().expect("UTF-8 temp path"),
        "--output",
        output.to_str().expect("UTF-8 temp path"),
    ])
}

fn copy_site(from: &Path, to: &Path) {
    for name in ["site.toml", "content", "data", "themes", "static"] {
        let source = from.join(name);
        if !source.exists() {
            continue;
        }
        let status = Command::new("cp")
            .arg("-R")
            .arg(&source)
            .arg(to.join(name))
            .status()
            .expect("cp");
        assert!(status.success());
    }
}

/// A copy of a small fixture site in `site/` of a new temporary folder.
fn small_site() -> (tempfile::TempDir, PathBuf) {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().expect("temp dir");
    let site = dir.path().join("site");
    std::fs::create_dir(&site).expect("site folder");
    copy_site(
        &repo.join("tests/sites/links_are_rewritten_to_pretty_urls"),
        &site,
    );
    (dir, site)
}

fn read_tree(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    support::walk(dir)
        .into_iter()
        .map(|path| {
            let bytes = std::fs::read(&path).expect("read output file");
            (
                path.strip_prefix(dir).expect("below dir").to_path_buf(),
                bytes,
            )
        })
        .collect()
}

#[test]
fn example_portal_builds_byte_identical_wherever_it_lies() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let work = tempfile::tempdir().expect("temp dir");
    let first = work.path().join("first");
    let result = build(repo, &first);
    assert!(
        result.status.success(),
        "{}",
        String::from_utf8_lossy(&result.stderr)
    );

    // A fresh clone elsewhere, with new modification times, as CI has: the
    // same history (pages are dated by their last commit), and the files
    // as they are here (changes not yet committed too).
    let elsewhere = work.path().join("another/place/site");
    std::fs::create_dir_all(elsewhere.parent().expect("a parent")).expect("create folder");
    let cloned = Command::new("git")
        .args(["clone", "--quiet"])
        .arg(repo)
        .arg(&elsewhere)
        .status()
        .is_ok_and(|status| status.success());
    if cloned {
        for name in ["site.toml", "content", "data", "themes", "static"] {
            let path = elsewhere.join(name);
            if path.is_dir() {
                std::fs::remove_dir_all(&path).expect("remove the clone's copy");
            } else if path.exists() {
                std::fs::remove_file(&path).expect("remove the clone's copy");
            }
        }
    } else {
        std::fs::create_dir_all(&elsewhere).expect("create folder");
    }
    copy_site(repo, &elsewhere);
    let second = work.path().join("second");
    let result = build(&elsewhere, &second);
    assert!(
        result.status.success(),
        "{}",
        String::from_utf8_lossy(&result.stderr)
    );

    let first_files = read_tree(&first);
    assert!(
        first_files.len() > 40,
        "the example portal has its pages, templates and files"
    );
    assert_eq!(
        first_files,
        read_tree(&second),
        "two builds must give the same bytes"
    );

    let home = std::fs::read_to_string(first.join("index.html")).expect("home page");
    assert!(
        home.starts_with("<!doctype html><html lang=sv><head>"),
        "minified, with html and head kept: {home:.80}"
    );
    let step = std::fs::read_to_string(first.join("process/forberedelse/plan/index.html"))
        .expect("a step");
    assert!(
        step.contains("href=/mallar/projektplan/"),
        "links to source files become pretty URLs"
    );
    assert!(
        first
            .join("mallar/trafikrapport/trafikrapportsmall.docx")
            .is_file()
    );
    assert!(
        first
            .join("moten/natverkstraff-2026-03-12/index.html")
            .is_file()
    );
}

#[test]
fn a_20_mb_page_fails_on_its_one_broken_link_at_the_right_line() {
    let work = tempfile::tempdir().expect("temp dir");
    let site = work.path();
    std::fs::write(
        site.join("site.toml"),
        "title = \"Stor\"\nbase_url = \"https://example.org/\"\n",
    )
    .expect("write");
    std::fs::create_dir_all(site.join("content")).expect("content/");
    std::fs::write(site.join("content/_index.md"), "---\ntitle: Start\n---\n").expect("write");
    let mut page = String::from("---\ntitle: Stor sida\n---\n");
    let paragraph = "Förbättringsarbetet i teamet fortsätter med mätningar av väntetider och PREM. [Start](_index.md)\n\n";
    let mut line = 4;
    while page.len() < 10_000_000 {
        page.push_str(paragraph);
        line += 2;
    }
    let broken_line = line;
    page.push_str("Här är [den trasiga länken](saknas.md).\n\n");
    while page.len() < 20_000_000 {
        page.push_str(paragraph);
    }
    std::fs::write(site.join("content/stor.md"), &page).expect("write the large page");

    let result = build(site, &site.join("public"));
    let stderr = String::from_utf8_lossy(&result.stderr);
    assert_eq!(result.status.code(), Some(1), "{stderr}");
    let expected =
        format!("content/stor.md:{broken_line}:8: error[link]: ingen sida heter \"saknas.md\"");
    assert!(
        stderr.contains(&expected),
        "expected {expected} in:\n{stderr:.2000}"
    );
    assert_eq!(stderr.matches("error[").count(), 1, "exactly one finding");
}

#[test]
fn every_command_has_help() {
    for args in [
        &["--help"][..],
        &["build", "--help"][..],
        &["new", "--help"][..],
        &["check", "--help"][..],
        &["serve", "--help"][..],
    ] {
        let result = stegvis(args);
        assert!(result.status.success(), "stegvis {args:?}");
        assert!(String::from_utf8_lossy(&result.stdout).contains("Usage"));
    }
}

#[test]
fn a_usage_error_exits_with_2() {
    let result = stegvis(&["build", "--no-such-option"]);
    assert_eq!(result.status.code(), Some(2));
    let result = stegvis(&["no-such-command"]);
    assert_eq!(result.status.code(), Some(2));
}

#[cfg(target_os = "linux")]
#[test]
fn folders_left_by_a_killed_build_are_removed_by_the_next() {
    let (dir, site) = small_site();
    // No process has this id (Linux pids stay below 2^22); ours is alive.
    let abandoned = dir.path().join(".public.stegvis-new-999999999");
    let abandoned_old = dir.path().join(".public.stegvis-old-999999999");
    let running = dir
        .path()
        .join(format!(".public.stegvis-new-{}", std::process::id()));
    for folder in [&abandoned, &abandoned_old, &running] {
        std::fs::create_dir_all(folder.join("sida")).expect("folder");
        std::fs::write(folder.join("sida/index.html"), "half a page").expect("file");
        std::fs::write(folder.join(".stegvis-output"), "marker").expect("marker");
    }
    // The previous site is there, so the retired copy is not needed.
    let public = dir.path().join("public");
    std::fs::create_dir(&public).expect("public");
    std::fs::write(public.join(".stegvis-output"), "marker").expect("marker");
    let result = build(&site, &public);
    assert!(
        result.status.success(),
        "{}",
        String::from_utf8_lossy(&result.stderr)
    );
    assert!(
        !abandoned.exists() && !abandoned_old.exists(),
        "abandoned folders are removed"
    );
    assert!(running.exists(), "a running build's folder is left alone");
}

#[test]
fn a_closed_stderr_does_not_fail_a_good_build() {
    // `stegvis build 2>&1 | head -3` under pipefail: the reader is gone
    // before the warnings and the summary are written.
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().expect("temp dir");
    let mut child = Command::new(env!("CARGO_BIN_EXE_stegvis"))
        .arg("build")
        .arg("--root")
        .arg(repo.join("tests/sites/missing_and_duplicate_weights_warn"))
        .arg("--output")
        .arg(dir.path().join("public"))
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("run stegvis");
    drop(child.stderr.take());
    drop(child.stdout.take());
    let status = child.wait().expect("wait");
    assert_eq!(status.code(), Some(0), "no panic on a closed pipe");
}

#[test]
fn a_pipe_in_content_is_a_finding_not_a_hang() {
    let (_dir, site) = small_site();
    let status = Command::new("mkfifo")
        .arg(site.join("content/rör"))
        .status()
        .expect("mkfifo");
    assert!(status.success());
    for command in ["build", "check"] {
        let result = stegvis(&[command, "--root", site.to_str().expect("UTF-8 temp path")]);
        let stderr = String::from_utf8_lossy(&result.stderr);
        assert_eq!(result.status.code(), Some(1), "{command}: {stderr}");
        assert!(
            stderr
                .contains("content/rör: error[attachment]: det här är ingen vanlig fil eller mapp"),
            "{command}: {stderr}"
        );
    }
}

/// The example portal is what a careful editor publishes: `check` finds
/// nothing in it, not even a lint warning, on the day the e2e tests use
/// and on a day years later (its review dates are far ahead or absent).
/// Checked on a copy outside the repository: what a shallow clone of
/// Stegvis's own repository says of its history (tests/history.rs) is not
/// the portal's content.
#[test]
fn the_example_portal_has_no_findings() {
    let work = tempfile::tempdir().expect("temp dir");
    let copy = work.path().join("portal");
    std::fs::create_dir_all(&copy).expect("create folder");
    copy_site(Path::new(env!("CARGO_MANIFEST_DIR")), &copy);
    let repo = copy.as_path();
    for now in ["2025-06-01", "2026-12-01"] {
        let result = Command::new(env!("CARGO_BIN_EXE_stegvis"))
            .args(["check", "--deny-warnings", "--now", now, "--root"])
            .arg(repo)
            .output()
            .expect("run stegvis");
        let stderr = String::from_utf8_lossy(&result.stderr);
        assert!(result.status.success(), "{now}: {stderr}");
        assert!(!stderr.contains("warning"), "{now}: {stderr}");
    }
}

/// What Word, LibreOffice, Explorer, Finder and editors leave beside the
/// documents is never published.
#[test]
fn lock_files_and_thumbnails_are_not_published() {
    let (_dir, site) = small_site();
    let content = site.join("content");
    for name in [
        "~$plan.docx",
        ".~lock.plan.docx#",
        "Thumbs.db",
        "desktop.ini",
        ".DS_Store",
        "sida.md~",
    ] {
        std::fs::write(content.join(name), "x").expect("write a leftover");
    }
    let out = site.join("public");
    let result = build(&site, &out);
    assert!(
        result.status.success(),
        "{}",
        String::from_utf8_lossy(&result.stderr)
    );
    let written: Vec<String> = support::walk(&out)
        .iter()
        .map(|path| path.to_string_lossy().into_owned())
        .collect();
    for name in ["~$plan", "lock", "Thumbs", "desktop", "DS_Store", ".md~"] {
        assert!(
            !written.iter().any(|path| path.contains(name)),
            "{name} was published: {written:?}"
        );
    }
}

/// A pull request that adds `content/g -> ../.git` once published the whole
/// repository (history, deleted drafts, its config) as its preview artifact.
#[cfg(unix)]
#[test]
fn a_link_to_the_git_folder_does_not_publish_the_repository() {
    let (dir, site) = small_site();
    let git = |args: &[&str]| {
        let status = Command::new("git")
            .args(args)
            .current_dir(&site)
            .env("GIT_AUTHOR_NAME", "Redaktör")
            .env("GIT_AUTHOR_EMAIL", "redaktor@example.org")
            .env("GIT_COMMITTER_NAME", "Redaktör")
            .env("GIT_COMMITTER_EMAIL", "redaktor@example.org")
            .status()
            .expect("git");
        assert!(status.success(), "git {args:?}");
    };
    git(&["init", "--quiet"]);
    git(&["add", "."]);
    git(&["commit", "--quiet", "-m", "Första versionen"]);
    std::os::unix::fs::symlink("../.git", site.join("content/g")).expect("link");
    std::os::unix::fs::symlink("../.git/config", site.join("content/config.txt")).expect("link");
    let output = dir.path().join("public");
    let result = build(&site, &output);
    let stderr = String::from_utf8_lossy(&result.stderr);
    assert_eq!(result.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("content/g: error[attachment]: den symboliska länken pekar på ../.git,"),
        "{stderr}"
    );
    assert!(
        stderr.contains("content/config.txt: error[attachment]"),
        "{stderr}"
    );
    assert!(!output.exists(), "nothing is published");
    // Left out, the rest of the site builds without the links.
    std::fs::remove_file(site.join("content/g")).expect("unlink");
    std::fs::remove_file(site.join("content/config.txt")).expect("unlink");
    let result = build(&site, &output);
    assert!(
        result.status.success(),
        "{}",
        String::from_utf8_lossy(&result.stderr)
    );
    assert!(
        support::walk(&output)
            .iter()
            .all(|path| !path.to_string_lossy().contains("HEAD")),
        "no file of .git"
    );
}

/// A 200 MB CSV once took 50 s and 11 GB: a data file far past what a
/// table of key figures holds is an error and not read, one past it a warning.
#[test]
fn data_files_past_their_limits_are_findings() {
    let (dir, site) = small_site();
    let data = site.join("data");
    std::fs::create_dir_all(&data).expect("data");
    let mut rows = String::from("Sjukhus;Kostnad\n");
    for n in 0..6_000 {
        rows.push_str(&format!("Sjukhus {n};{n},5\n"));
    }
    std::fs::write(data.join("manga.csv"), &rows).expect("many rows");
    let mut huge = String::from("Sjukhus;Kostnad\n");
    while huge.len() <= 9 << 20 {
        huge.push_str("Ett mycket stort sjukhus med ett långt namn;68,5\n");
    }
    std::fs::write(data.join("enorm.csv"), &huge).expect("huge");
    let result = build(&site, &dir.path().join("public"));
    let stderr = String::from_utf8_lossy(&result.stderr);
    assert_eq!(result.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains(
            "data/enorm.csv: error[data]: filen är 10 MB, mer än de 8 MB en tabell får vara"
        ),
        "{stderr}"
    );
    assert!(
        stderr.contains("data/manga.csv: warning[data]: tabellen har 6000 rader"),
        "{stderr}"
    );
}

/// README's usage block names every flag each command's --help lists, so
/// the two cannot drift apart (issue 32).
#[test]
fn the_readmes_usage_block_names_every_flag_of_every_command() {
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md"))
        .expect("README.md");
    for command in ["build", "serve", "check", "new", "init", "cms"] {
        let usage = readme
            .lines()
            .find(|line| {
                line.trim_start()
                    .starts_with(&format!("stegvis {command} "))
            })
            .unwrap_or_else(|| panic!("README has a usage line for {command}"));
        let help = stegvis(&[command, "--help"]);
        let help = String::from_utf8_lossy(&help.stdout);
        for flag in help
            .lines()
            // Option lines (`  -h, --help`, `      --root <ROOT>`), not their descriptions.
            .filter(|line| line.trim_start().starts_with('-'))
            .filter_map(|line| line.split_whitespace().find(|word| word.starts_with("--")))
            .map(|flag| flag.trim_end_matches(','))
            .filter(|flag| *flag != "--help")
        {
            assert!(
                usage.contains(flag),
                "README's `stegvis {command}` lacks {flag}: {usage}"
            );
        }
    }
}
