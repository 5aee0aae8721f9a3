//! `serve`'s short way for a saved page (`stegvis::render_saved`): the page
//! is rendered alone against the site the last build left (only its links
//! when only its body changed, only its fields when only its title or
//! description did and it keeps its place, else the whole site resolved
//! again), and must be byte for byte the page the full build renders;
//! where the build would fail or the file is not one the last build had,
//! there is no short way. On a copy of the example portal.

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use stegvis::{BuildCache, BuildOptions, SavedPage, render::OutputFile};

fn portal() -> tempfile::TempDir {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().expect("temp dir");
    for name in ["site.toml", "content", "data"] {
        let status = Command::new("cp")
            .arg("-R")
            .arg(repo.join(name))
            .arg(dir.path().join(name))
            .status()
            .expect("cp");
        assert!(status.success());
    }
    dir
}

fn options() -> BuildOptions {
    BuildOptions {
        now: Some(jiff::civil::date(2026, 11, 1)),
        ..BuildOptions::default()
    }
}

/// The cached build `serve` makes; the example portal has no errors.
fn rebuild(root: &Path, cache: &mut BuildCache) {
    let built = stegvis::build_site_cached(root, &options(), cache).expect("build");
    assert_eq!(built.findings.n_errors(), 0, "the portal builds");
}

/// `path`'s text changed by `edit` and saved a second later than before.
fn save(root: &Path, path: &str, edit: impl FnOnce(&str) -> String) {
    let file = root.join("content").join(path);
    let text = std::fs::read_to_string(&file).expect("read");
    let modified = std::fs::metadata(&file)
        .and_then(|metadata| metadata.modified())
        .expect("time");
    std::fs::write(&file, edit(&text)).expect("write");
    std::fs::File::options()
        .write(true)
        .open(&file)
        .and_then(|file| file.set_modified(modified + Duration::from_secs(1)))
        .expect("set the time");
}

fn saved(root: &Path, cache: &mut BuildCache, path: &str) -> Option<SavedPage> {
    let file = root.join("content").join(path);
    stegvis::render_saved(root, &options(), cache, &file)
}

/// The saved page is the full build's, byte for byte, and shows `shown`.
fn assert_as_full_build(root: &Path, saved: &SavedPage, shown: &str) {
    let full = stegvis::build_site(root, &options()).expect("full build");
    let built = full.output.files.get(&saved.output_path);
    let built = built.and_then(OutputFile::generated).expect("the page");
    assert!(
        String::from_utf8_lossy(&saved.html).contains(shown),
        "{shown} in {}",
        saved.output_path
    );
    assert!(
        built == saved.html.as_slice(),
        "{} differs from the full build's",
        saved.output_path
    );
}

#[test]
fn a_page_whose_body_changed_is_rendered_alone_as_the_full_build_renders_it() {
    let dir = portal();
    let root = dir.path();
    let mut cache = BuildCache::default();
    rebuild(root, &mut cache);

    // Text, in a step between two others (previous and next across phases).
    let step = "process/forberedelse/plan.md";
    save(root, step, |text| {
        text.replace("Hela teamet deltar.", "Alla deltar.")
    });
    let page = saved(root, &mut cache, step).expect("a body edit");
    assert_eq!(page.output_path, "process/forberedelse/plan/index.html");
    assert_eq!(page.href, "/process/forberedelse/plan/");
    assert_as_full_build(root, &page, "Alla deltar.");
    // Shown once: the same text again is nothing new.
    assert!(saved(root, &mut cache, step).is_none(), "shown already");
    // Saved again before any rebuild: against the site with the first save.
    save(root, step, |text| {
        text.replace("Alla deltar.", "Alla i teamet deltar.")
    });
    let page = saved(root, &mut cache, step).expect("a second save");
    assert_as_full_build(root, &page, "Alla i teamet deltar.");
    rebuild(root, &mut cache);

    // A new heading (its id, the table of contents), and a link to a
    // heading of another page.
    save(root, step, |text| {
        format!(
            "{text}\n## Ett nytt avsnitt\n\nSe [vem som gör vad](teammedlemmar.md#vem-gor-vad).\n"
        )
    });
    let page = saved(root, &mut cache, step).expect("a heading and a link");
    assert_as_full_build(root, &page, "id=ett-nytt-avsnitt");
    assert_as_full_build(
        root,
        &page,
        "/process/forberedelse/teammedlemmar/#vem-gor-vad",
    );
    rebuild(root, &mut cache);

    // A second chart of a table of data/.
    let figure = "nyckeltal/lokalvard.md";
    save(root, figure, |text| {
        let chart = "```chart\ndata: nyckeltal/lokalvard.csv\nx: Sjukhus\ny: Kostnad per kvm\ntitle: Samma tal igen\n```\n";
        format!("{text}\n{chart}")
    });
    let page = saved(root, &mut cache, figure).expect("a chart");
    assert_as_full_build(root, &page, "Samma tal igen");
    rebuild(root, &mut cache);

    // A template's page shows where it is used; its body is its own.
    let template = "mallar/projektplan.md";
    save(root, template, |text| {
        format!("{text}\nFyll i alla rubriker.\n")
    });
    let page = saved(root, &mut cache, template).expect("a template");
    assert_as_full_build(root, &page, "Fyll i alla rubriker.");
}

#[test]
fn a_page_whose_front_matter_changed_is_rendered_against_the_site_resolved_again() {
    let dir = portal();
    let root = dir.path();
    let mut cache = BuildCache::default();
    rebuild(root, &mut cache);

    // A new title: in the page's own heading and its place in the phase.
    let step = "process/forberedelse/plan.md";
    save(root, step, |text| {
        text.replace("Gör en plan", "Gör en bra plan")
    });
    let page = saved(root, &mut cache, step).expect("a new title");
    assert_as_full_build(root, &page, "Gör en bra plan");
    // Saved again before any rebuild: against the site resolved with it.
    save(root, step, |text| {
        text.replace("duration: \"1 månad\"", "duration: \"2 veckor\"")
    });
    let page = saved(root, &mut cache, step).expect("another field");
    assert_as_full_build(root, &page, "2 veckor");
    rebuild(root, &mut cache);

    // A link to the page itself puts it in its own "used in" lists.
    save(root, step, |text| {
        format!("{text}\nTill [början](plan.md).\n")
    });
    let page = saved(root, &mut cache, step).expect("a link to itself");
    assert_as_full_build(root, &page, "Till");
}

#[test]
fn a_new_title_that_moves_the_page_among_its_siblings_moves_its_neighbours_too() {
    let dir = portal();
    let root = dir.path();
    // The phase's steps of one weight: in the order of their titles.
    let steps = ["plan", "stodfunktioner", "teammedlemmar"];
    for step in steps {
        let path = format!("process/forberedelse/{step}.md");
        let file = root.join("content").join(&path);
        let text = std::fs::read_to_string(&file).expect("read");
        let weight = text.lines().find(|line| line.starts_with("weight:"));
        let text = text.replacen(weight.expect("a weight"), "weight: 1", 1);
        std::fs::write(&file, text).expect("write");
    }
    let mut cache = BuildCache::default();
    rebuild(root, &mut cache);
    let step = "process/forberedelse/plan.md";
    // From first of the phase to last: its previous step is another.
    save(root, step, |text| {
        text.replace("Gör en plan", "Övergripande plan")
    });
    let page = saved(root, &mut cache, step).expect("a title that moves it");
    assert_as_full_build(root, &page, "Sätt samman teamet");
    // A description, and a title that keeps its place.
    save(root, step, |text| {
        text.replacen("kind: step", "description: Planen i korthet\nkind: step", 1)
    });
    rebuild(root, &mut cache);
    save(root, step, |text| {
        text.replace("Planen i korthet", "Planen i sin korthet")
            .replace("Övergripande plan", "Övergripande planen")
    });
    let page = saved(root, &mut cache, step).expect("a new description and title");
    assert_as_full_build(root, &page, "Övergripande planen");
}

#[test]
fn no_page_is_rendered_alone_where_the_build_would_fail_or_the_file_is_new() {
    let dir = portal();
    let root = dir.path();
    let mut cache = BuildCache::default();
    let step = "process/forberedelse/plan.md";

    // Before any build there is no site to render against.
    assert!(saved(root, &mut cache, step).is_none(), "no build yet");

    // A link to nothing: the build fails and keeps the old page.
    rebuild(root, &mut cache);
    save(root, step, |text| {
        format!("{text}\nSe [saknad](saknad.md).\n")
    });
    assert!(saved(root, &mut cache, step).is_none(), "an error");

    // A front matter the build refuses.
    save(root, step, |text| {
        text.replace("Se [saknad](saknad.md).", "")
    });
    rebuild(root, &mut cache);
    save(root, step, |text| text.replace("weight: 3", "weight: tre"));
    assert!(
        saved(root, &mut cache, step).is_none(),
        "an error in the front matter"
    );
    save(root, step, |text| text.replace("weight: tre", "weight: 3"));

    // A file the last build did not have.
    rebuild(root, &mut cache);
    let new = "process/forberedelse/nytt.md";
    std::fs::write(
        root.join("content").join(new),
        "---\ntitle: Nytt\n---\n\nText.\n",
    )
    .expect("write");
    assert!(saved(root, &mut cache, new).is_none(), "a new file");

    // A file replaced by a link is read only as the walk reads it.
    rebuild(root, &mut cache);
    let file = root.join("content").join(step);
    let elsewhere = root.join("plan-kopia.md");
    std::fs::rename(&file, &elsewhere).expect("move");
    std::os::unix::fs::symlink(&elsewhere, &file).expect("link");
    assert!(saved(root, &mut cache, step).is_none(), "a link");
}

#[test]
fn a_saved_page_is_rendered_against_the_day_it_was_built_on_only() {
    let dir = portal();
    let root = dir.path();
    let mut cache = BuildCache::default();
    rebuild(root, &mut cache);
    let step = "process/forberedelse/plan.md";
    save(root, step, |text| format!("{text}\nMer text.\n"));
    let tomorrow = BuildOptions {
        now: Some(jiff::civil::date(2026, 11, 2)),
        ..BuildOptions::default()
    };
    assert!(saved(root, &mut cache, step).is_some(), "the same day");
    let file = root.join("content").join(step);
    assert!(
        stegvis::render_saved(root, &tomorrow, &mut cache, &file).is_none(),
        "upcoming meetings may have passed"
    );
}
