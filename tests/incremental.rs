//! `serve`'s incremental rebuild through the library: files unchanged since
//! the last build are neither read nor parsed again, a file saved in the same
//! instant it was read is read again, and after any sequence of edits the
//! result equals a full build of the same files.

use std::path::Path;
use std::time::{Duration, SystemTime};

use stegvis::{BuildCache, BuildOptions, render::OutputFile};

fn write(root: &Path, path: &str, text: &str, modified: Option<SystemTime>) {
    let path = root.join(path);
    std::fs::create_dir_all(path.parent().expect("parent")).expect("folder");
    std::fs::write(&path, text).expect("write");
    if let Some(modified) = modified {
        std::fs::File::options()
            .write(true)
            .open(&path)
            .and_then(|file| file.set_modified(modified))
            .expect("set the file's time");
    }
}

fn page(title: &str) -> String {
    format!("---\ntitle: {title}\n---\n\nTexten om {title}. Se [start](_index.md).\n")
}

fn site(modified: Option<SystemTime>) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path();
    std::fs::write(
        root.join("site.toml"),
        "title = \"Test\"\nbase_url = \"https://example.org/\"\n",
    )
    .expect("site.toml");
    write(root, "content/_index.md", &page("Start"), modified);
    for name in ["alfa", "beta", "gamma", "delta"] {
        write(root, &format!("content/{name}.md"), &page(name), modified);
    }
    dir
}

fn options() -> BuildOptions {
    BuildOptions {
        now: Some(jiff::civil::date(2026, 1, 1)),
        ..BuildOptions::default()
    }
}

fn text_of(output: &stegvis::Output, path: &str) -> String {
    match output.files.get(path).and_then(OutputFile::generated) {
        Some(bytes) => String::from_utf8_lossy(bytes).into_owned(),
        None => panic!("{path} was not generated"),
    }
}

/// Every generated file of a cached build equals a full build's.
fn assert_equals_full_build(root: &Path, cache: &mut BuildCache) {
    assert_equals_full_build_on(root, cache, &options());
}

/// The same, built as of `options.now`.
fn assert_equals_full_build_on(root: &Path, cache: &mut BuildCache, options: &BuildOptions) {
    let cached = stegvis::build_site_cached(root, options, cache).expect("cached build");
    let full = stegvis::build_site(root, options).expect("full build");
    let generated = |output: &stegvis::Output| -> Vec<(String, Vec<u8>)> {
        output
            .files
            .iter()
            .filter_map(|(path, file)| Some((path.clone(), file.generated()?.to_vec())))
            .collect()
    };
    assert_eq!(generated(&cached.output), generated(&full.output));
    let findings = |built: &stegvis::Built| format!("{:?}", built.findings.sorted());
    assert_eq!(findings(&cached), findings(&full), "the same findings");
}

#[test]
fn only_the_saved_file_is_read_and_parsed_again() {
    let long_ago = SystemTime::now() - Duration::from_secs(60);
    let dir = site(Some(long_ago));
    let mut cache = BuildCache::default();
    stegvis::build_site_cached(dir.path(), &options(), &mut cache).expect("first build");
    assert_eq!(cache.parse.last_build(), (0, 5));

    stegvis::build_site_cached(dir.path(), &options(), &mut cache).expect("nothing changed");
    assert_eq!(cache.parse.last_build(), (5, 0), "settled files are reused");

    write(dir.path(), "content/beta.md", &page("beta omdöpt"), None);
    let built = stegvis::build_site_cached(dir.path(), &options(), &mut cache).expect("edit");
    assert_eq!(cache.parse.last_build(), (4, 1));
    assert!(text_of(&built.output, "beta/index.html").contains("beta omdöpt"));
    // The section's list on the home page shows the new title too.
    assert!(text_of(&built.output, "index.html").contains("beta omdöpt"));
}

#[test]
fn a_file_saved_in_the_instant_it_was_read_is_read_again() {
    let dir = site(None);
    let mut cache = BuildCache::default();
    stegvis::build_site_cached(dir.path(), &options(), &mut cache).expect("first build");
    let path = dir.path().join("content/alfa.md");
    let modified = std::fs::metadata(&path)
        .and_then(|metadata| metadata.modified())
        .expect("time");
    // Same length, same time stamp: only the content tells.
    write(dir.path(), "content/alfa.md", &page("ALFA"), Some(modified));
    let built = stegvis::build_site_cached(dir.path(), &options(), &mut cache).expect("rebuild");
    assert!(text_of(&built.output, "alfa/index.html").contains("ALFA"));
}

#[test]
fn after_edits_additions_deletions_and_broken_files_the_result_equals_a_full_build() {
    let long_ago = SystemTime::now() - Duration::from_secs(60);
    let dir = site(Some(long_ago));
    let root = dir.path();
    let mut cache = BuildCache::default();
    assert_equals_full_build(root, &mut cache);

    // Saved at distinct times in the past, so that every stamp is settled.
    let at = |seconds| Some(long_ago + Duration::from_secs(seconds));
    write(root, "content/gamma.md", &page("gamma två"), at(1));
    assert_equals_full_build(root, &mut cache);

    write(root, "content/nytt/_index.md", &page("Nytt avsnitt"), at(2));
    write(root, "content/nytt/epsilon.md", &page("epsilon"), at(2));
    assert_equals_full_build(root, &mut cache);

    std::fs::remove_file(root.join("content/delta.md")).expect("delete");
    assert_equals_full_build(root, &mut cache);

    // A broken front matter keeps its finding while the file is unchanged.
    write(
        root,
        "content/alfa.md",
        "---\ntitel: Alfa\n---\n\nText.\n",
        at(3),
    );
    assert_equals_full_build(root, &mut cache);
    let again = stegvis::build_site_cached(root, &options(), &mut cache).expect("again");
    assert_eq!(cache.parse.last_build().1, 0, "nothing parsed again");
    assert!(
        again.findings.n_errors() > 0,
        "the reused document keeps its finding"
    );

    std::fs::rename(root.join("content/nytt"), root.join("content/flyttat")).expect("rename");
    assert_equals_full_build(root, &mut cache);
}

#[test]
fn lint_warnings_follow_each_edit_and_the_date_as_in_a_full_build() {
    let long_ago = SystemTime::now() - Duration::from_secs(60);
    let dir = site(Some(long_ago));
    let root = dir.path();
    let at = |seconds| Some(long_ago + Duration::from_secs(seconds));
    let reviewed = "---\ntitle: Alfa\nreview_by: 2026-06-01\n---\n\nText.\n";
    write(root, "content/alfa.md", reviewed, at(1));
    let mut cache = BuildCache::default();
    assert_equals_full_build(root, &mut cache);
    let lint = |built: &stegvis::Built, file: &str| -> Vec<String> {
        let about = built.findings.sorted();
        let about = about.iter().filter(|finding| finding.file.ends_with(file));
        about
            .map(|finding| format!("{:?}", finding.message))
            .collect()
    };
    let built = stegvis::build_site_cached(root, &options(), &mut cache).expect("again");
    assert!(lint(&built, "alfa.md").is_empty(), "not due on 2026-01-01");

    // The date passes: the unchanged page is due now.
    let later = BuildOptions {
        now: Some(jiff::civil::date(2026, 7, 1)),
        ..BuildOptions::default()
    };
    assert_equals_full_build_on(root, &mut cache, &later);
    let built = stegvis::build_site_cached(root, &later, &mut cache).expect("later");
    assert_eq!(lint(&built, "alfa.md").len(), 1, "review due");

    // Text left to fill in appears in one page and goes from it again.
    write(root, "content/beta.md", &page("beta TODO"), at(2));
    assert_equals_full_build(root, &mut cache);
    let built = stegvis::build_site_cached(root, &options(), &mut cache).expect("edit");
    assert_eq!(
        lint(&built, "beta.md").len(),
        2,
        "in the title and the text"
    );
    write(root, "content/beta.md", &page("beta klar"), at(3));
    assert_equals_full_build(root, &mut cache);
    let built = stegvis::build_site_cached(root, &options(), &mut cache).expect("mended");
    assert!(lint(&built, "beta.md").is_empty(), "mended");
}
