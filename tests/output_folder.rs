//! The output folder is replaced whole, so `stegvis build` must never take a
//! folder it did not write (issue 11): each refusal exits 2, says what to do
//! and leaves every file where it was; a build killed mid-swap loses nothing.

use std::path::{Path, PathBuf};
use std::process::Command;

struct Work {
    dir: tempfile::TempDir,
}

impl Work {
    /// A minimal site in `site/`: site.toml and content/_index.md.
    fn new() -> Work {
        let dir = tempfile::tempdir().expect("temp dir");
        let site = dir.path().join("site");
        std::fs::create_dir_all(site.join("content")).expect("content");
        std::fs::write(
            site.join("site.toml"),
            "title = \"T\"\nbase_url = \"https://example.org/\"\n",
        )
        .expect("site.toml");
        std::fs::write(
            site.join("content/_index.md"),
            "---\ntitle: Hem\n---\nHej.\n",
        )
        .expect("_index.md");
        Work { dir }
    }

    fn path(&self, relative: &str) -> PathBuf {
        self.dir.path().join(relative)
    }

    fn site(&self) -> PathBuf {
        self.path("site")
    }

    /// `stegvis build --root site [args]`, run in the work folder.
    fn build(&self, args: &[&str]) -> (i32, String) {
        let result = Command::new(env!("CARGO_BIN_EXE_stegvis"))
            .current_dir(self.dir.path())
            .arg("build")
            .arg("--root")
            .arg("site")
            .args(args)
            .env("HOME", self.path("home"))
            .output()
            .expect("run stegvis");
        let stderr = String::from_utf8_lossy(&result.stderr).into_owned();
        assert!(!stderr.contains("panicked"), "{stderr}");
        (result.status.code().expect("an exit code"), stderr)
    }

    fn expect_refused(&self, args: &[&str], reason: &str) {
        let (code, stderr) = self.build(args);
        assert_eq!(code, 2, "{args:?} must be refused:\n{stderr}");
        assert!(
            stderr.contains("refusing to write the site into") && stderr.contains(reason),
            "{args:?}: the message says why ({reason}):\n{stderr}"
        );
    }
}

fn files_under(dir: &Path) -> Vec<String> {
    let mut files: Vec<String> = walkdir(dir)
        .into_iter()
        .map(|path| path.strip_prefix(dir).expect("below").display().to_string())
        .collect();
    files.sort();
    files
}

fn walkdir(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            found.extend(walkdir(&path));
        } else {
            found.push(path);
        }
    }
    found
}

#[test]
fn a_folder_that_stegvis_did_not_write_is_refused_and_kept() {
    let work = Work::new();
    std::fs::create_dir_all(work.path("documents/old")).expect("folder");
    std::fs::write(work.path("documents/letter.txt"), "keep me").expect("file");
    std::fs::write(work.path("documents/old/notes.md"), "keep me").expect("file");
    work.expect_refused(&["--output", "documents"], "did not write");
    assert_eq!(
        files_under(&work.path("documents")),
        ["letter.txt", "old/notes.md"]
    );
}

#[test]
fn the_home_folder_is_refused_even_when_empty() {
    let work = Work::new();
    std::fs::create_dir(work.path("home")).expect("home");
    work.expect_refused(&["--output", "home"], "home folder");
}

#[test]
fn the_site_and_every_folder_that_holds_it_are_refused() {
    let work = Work::new();
    work.expect_refused(&["--output", "site"], "is the site folder or holds it");
    work.expect_refused(&["--output", "."], "is the site folder or holds it");
    work.expect_refused(&["--output", "/"], "the file system's root");
    assert!(work.path("site/site.toml").is_file());
    assert!(work.path("site/content/_index.md").is_file());
}

#[test]
fn source_folders_and_anything_inside_them_are_refused() {
    let work = Work::new();
    for folder in ["static", "templates", "themes/egen", "data"] {
        std::fs::create_dir_all(work.site().join(folder)).expect("folder");
    }
    work.expect_refused(&["--output", "site/content"], "source folder content/");
    // Read back as content on the next build, and growing with each.
    work.expect_refused(
        &["--output", "site/content/public"],
        "source folder content/",
    );
    work.expect_refused(&["--output", "site/static"], "source folder static/");
    work.expect_refused(
        &["--output", "site/themes/egen/out"],
        "source folder themes/",
    );
    work.expect_refused(&["--output", "site/data"], "source folder data/");
    assert!(work.path("site/content/_index.md").is_file());
    assert!(!work.path("site/content/public").exists());
}

#[test]
fn output_dir_in_site_toml_is_held_to_the_same_rules() {
    let work = Work::new();
    std::fs::create_dir_all(work.path("x")).expect("folder");
    std::fs::write(work.path("x/keep.txt"), "keep").expect("file");
    let toml = "title = \"T\"\nbase_url = \"https://example.org/\"\n[build]\n";
    for (output_dir, reason) in [
        ("../x", "did not write"),
        ("site.toml", "is a file"),
        (".", "is the site folder"),
        ("content", "source folder content/"),
    ] {
        std::fs::write(
            work.site().join("site.toml"),
            format!("{toml}output_dir = \"{output_dir}\"\n"),
        )
        .expect("site.toml");
        work.expect_refused(&[], reason);
    }
    assert_eq!(files_under(&work.path("x")), ["keep.txt"]);
    let absolute = work.path("x").display().to_string();
    std::fs::write(
        work.site().join("site.toml"),
        format!("{toml}output_dir = \"{absolute}\"\n"),
    )
    .expect("site.toml");
    work.expect_refused(&[], "did not write");
    assert_eq!(files_under(&work.path("x")), ["keep.txt"]);
}

#[test]
fn an_output_path_that_is_a_file_or_a_link_is_refused() {
    let work = Work::new();
    std::fs::write(work.path("notes.txt"), "keep").expect("file");
    work.expect_refused(&["--output", "notes.txt"], "is a file");
    assert_eq!(
        std::fs::read_to_string(work.path("notes.txt")).expect("file"),
        "keep"
    );
    std::fs::create_dir(work.path("real")).expect("folder");
    std::os::unix::fs::symlink(work.path("real"), work.path("link")).expect("link");
    work.expect_refused(&["--output", "link"], "symbolic link");
}

#[test]
fn an_empty_folder_and_stegvis_own_output_are_taken() {
    let work = Work::new();
    std::fs::create_dir(work.path("empty")).expect("folder");
    let (code, stderr) = work.build(&["--output", "empty"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(work.path("empty/index.html").is_file());
    assert!(
        work.path("empty/.stegvis-output").is_file(),
        "the output is marked"
    );
    // Outside the site too: the folder is Stegvis's own now.
    std::fs::write(work.path("empty/left-over.html"), "old").expect("file");
    let (code, stderr) = work.build(&["--output", "empty"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(!work.path("empty/left-over.html").exists());
    let beside: Vec<String> = std::fs::read_dir(work.dir.path())
        .expect("read")
        .flatten()
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .filter(|name| name.contains("stegvis"))
        .collect();
    assert!(
        beside.is_empty(),
        "nothing is left beside the output: {beside:?}"
    );
}

#[test]
fn a_site_left_by_a_build_killed_mid_swap_is_put_back() {
    let work = Work::new();
    let (code, stderr) = work.build(&[]);
    assert_eq!(code, 0, "{stderr}");
    // Killed between the two renames: the only copy is the retired folder.
    let retired = work.path("site/.public.stegvis-old-999999999");
    std::fs::rename(work.path("site/public"), &retired).expect("rename");
    std::fs::write(
        work.site().join("content/_index.md"),
        "---\ntitel: Hem\n---\n",
    )
    .expect("break the page");
    let (code, stderr) = work.build(&[]);
    assert_eq!(code, 1, "the broken page fails the build:\n{stderr}");
    assert!(
        work.path("site/public/index.html").is_file(),
        "the previous site is back"
    );
    assert!(!retired.exists());
}

#[test]
fn a_killed_build_s_lookalike_folder_without_the_marker_is_left_alone() {
    let work = Work::new();
    let lookalike = work.path("site/.public.stegvis-new-999999999");
    std::fs::create_dir(&lookalike).expect("folder");
    std::fs::write(lookalike.join("thesis.docx"), "keep").expect("file");
    let (code, stderr) = work.build(&[]);
    assert_eq!(code, 0, "{stderr}");
    assert!(lookalike.join("thesis.docx").is_file());
}

/// Each output file's bytes, modification time and inode.
fn snapshot(
    dir: &Path,
) -> std::collections::BTreeMap<String, (Vec<u8>, std::time::SystemTime, u64)> {
    use std::os::unix::fs::MetadataExt;
    walkdir(dir)
        .into_iter()
        .map(|path| {
            let metadata = std::fs::metadata(&path).expect("metadata");
            let name = path.strip_prefix(dir).expect("below").display().to_string();
            let bytes = std::fs::read(&path).expect("read");
            (
                name,
                (bytes, metadata.modified().expect("mtime"), metadata.ino()),
            )
        })
        .collect()
}

/// The files whose time or inode differ between two snapshots, and those
/// whose bytes do.
fn touched_and_changed(
    before: &std::collections::BTreeMap<String, (Vec<u8>, std::time::SystemTime, u64)>,
    after: &std::collections::BTreeMap<String, (Vec<u8>, std::time::SystemTime, u64)>,
) -> (Vec<String>, Vec<String>) {
    // A file that is new is both touched and changed.
    let touched = after
        .iter()
        .filter(|(name, (_, time, inode))| {
            before
                .get(*name)
                .is_none_or(|(_, old_time, old_inode)| time != old_time || inode != old_inode)
        })
        .map(|(name, _)| name.clone())
        .collect();
    let changed = after
        .iter()
        .filter(|(name, (bytes, _, _))| before.get(*name).is_none_or(|(old, _, _)| bytes != old))
        .map(|(name, _)| name.clone())
        .collect();
    (touched, changed)
}

#[test]
fn a_rebuild_touches_only_the_files_whose_bytes_changed() {
    let work = Work::new();
    let section = work.site().join("content/sidor");
    std::fs::create_dir_all(&section).expect("section");
    std::fs::write(section.join("_index.md"), "---\ntitle: Sidor\n---\n").expect("section");
    for (file, title) in [("a.md", "Första"), ("b.md", "Andra"), ("c.md", "Tredje")] {
        let page = format!("---\ntitle: {title}\n---\nOm {title}.\n");
        std::fs::write(section.join(file), page).expect("page");
    }
    std::fs::create_dir_all(work.site().join("static")).expect("static");
    std::fs::write(work.site().join("static/logga.txt"), "en fil").expect("static file");
    let (code, stderr) = work.build(&[]);
    assert_eq!(code, 0, "{stderr}");
    let first = snapshot(&work.path("site/public"));
    let (code, stderr) = work.build(&[]);
    assert_eq!(code, 0, "{stderr}");
    let second = snapshot(&work.path("site/public"));
    let (touched, changed) = touched_and_changed(&first, &second);
    assert!(changed.is_empty(), "the build is reproducible: {changed:?}");
    assert!(
        touched.is_empty(),
        "an unchanged rebuild touches no file: {touched:?}"
    );

    // One page's text: that page and the search index change, not the rest.
    std::fs::write(
        section.join("b.md"),
        "---\ntitle: Andra\n---\nOm den andra.\n",
    )
    .expect("edit");
    let (code, stderr) = work.build(&[]);
    assert_eq!(code, 0, "{stderr}");
    let third = snapshot(&work.path("site/public"));
    let (touched, changed) = touched_and_changed(&second, &third);
    assert!(
        changed.contains(&"sidor/b/index.html".to_string()),
        "{changed:?}"
    );
    assert_eq!(
        touched, changed,
        "only the files whose bytes changed are new"
    );
    assert!(
        changed.len() * 3 < third.len(),
        "most files are kept: {changed:?} of {}",
        third.len()
    );
}
