//! A book written for mdBook, moved to Stegvis as a migrating editor would
//! (issue 31): its chapters link to each other by the `.html` files mdBook
//! publishes and to headings by the ids GitHub gives them, and pasted HTML
//! shows its pictures. Converted, the book builds with findings that each
//! name the source file to link to; with those suggestions taken, it builds
//! with no finding at all.

use std::path::{Path, PathBuf};
use std::process::Command;

fn build_json(site: &Path, output: &Path) -> (i32, serde_json::Value) {
    let result = Command::new(env!("CARGO_BIN_EXE_stegvis"))
        .args(["build", "--format", "json", "--root"])
        .arg(site)
        .arg("--output")
        .arg(output)
        .env_remove("STEGVIS_MESSAGES")
        .output()
        .expect("run stegvis");
    let report: serde_json::Value =
        serde_json::from_slice(&result.stdout).expect("the findings as JSON");
    (result.status.code().expect("an exit code"), report)
}

/// The book's chapters in content/bok/, in SUMMARY.md's order: each one's
/// `# Title` becomes its title, its pictures come along.
fn convert(book: &Path, site: &Path) -> Vec<PathBuf> {
    let summary = std::fs::read_to_string(book.join("src/SUMMARY.md")).expect("SUMMARY.md");
    let chapters: Vec<&str> = summary
        .lines()
        .filter_map(|line| line.split_once("](")?.1.strip_suffix(')'))
        .collect();
    let folder = site.join("content/bok");
    std::fs::create_dir_all(folder.join("img")).expect("content/bok");
    std::fs::write(
        site.join("site.toml"),
        "title = \"The Little Book\"\nbase_url = \"https://example.org/\"\nlanguage = \"en\"\n",
    )
    .expect("site.toml");
    std::fs::write(
        site.join("content/_index.md"),
        "---\ntitle: Home\n---\nRead [the book](bok/_index.md).\n",
    )
    .expect("home");
    let contents: String = chapters
        .iter()
        .map(|chapter| format!("- [{chapter}]({chapter})\n"))
        .collect();
    std::fs::write(
        folder.join("_index.md"),
        format!("---\ntitle: The Little Book\n---\n{contents}"),
    )
    .expect("the book's page");
    let mut written = Vec::new();
    for (weight, chapter) in (1..).zip(&chapters) {
        let text = std::fs::read_to_string(book.join("src").join(chapter)).expect("a chapter");
        let (first, body) = text.split_once('\n').expect("a title line");
        let title = first.trim_start_matches("# ");
        let page = folder.join(chapter);
        std::fs::write(
            &page,
            format!("---\ntitle: \"{title}\"\nweight: {weight}\n---\n{body}"),
        )
        .expect("a page");
        written.push(page);
    }
    for image in std::fs::read_dir(book.join("src/img")).expect("img/") {
        let image = image.expect("an image").path();
        std::fs::copy(
            &image,
            folder.join("img").join(image.file_name().expect("a name")),
        )
        .expect("copy an image");
    }
    written
}

#[test]
fn a_book_moved_from_mdbook_builds_clean_once_its_suggestions_are_taken() {
    let book = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/books/the_book");
    let work = tempfile::tempdir().expect("temp dir");
    let site = work.path().join("site");
    convert(&book, &site);
    let output = work.path().join("public");

    let (code, report) = build_json(&site, &output);
    assert_eq!(code, 1, "{report}");
    let findings = report["findings"].as_array().expect("findings");
    // Only the links to mdBook's .html pages: GitHub's heading ids and the
    // pasted picture resolve as they are.
    assert_eq!(findings.len(), 5, "{report:#}");
    for finding in findings {
        let target = finding["target"].as_str().expect("a target");
        let suggestion = finding["suggestion"].as_str().expect("a suggestion");
        assert!(target.contains(".html"), "{finding}");
        assert_eq!(
            suggestion,
            target.replace(".html", ".md").trim_start_matches("./"),
            "{finding}"
        );
        // The suggestion taken, at the finding's line.
        let file = site.join(finding["file"].as_str().expect("a file"));
        let line = finding["line"].as_u64().expect("a line") as usize;
        let text = std::fs::read_to_string(&file).expect("the page");
        let fixed: Vec<String> = text
            .lines()
            .enumerate()
            .map(|(at, text)| {
                if at + 1 == line {
                    text.replacen(&format!("({target})"), &format!("({suggestion})"), 1)
                } else {
                    text.to_string()
                }
            })
            .collect();
        std::fs::write(&file, fixed.join("\n") + "\n").expect("fixed");
    }

    let (code, report) = build_json(&site, &output);
    assert_eq!(code, 0, "{report:#}");
    assert_eq!(report["findings"], serde_json::json!([]), "{report:#}");
    let strings =
        std::fs::read_to_string(output.join("bok/getting-started/index.html")).expect("a chapter");
    assert!(
        strings.contains("href=/bok/strings/#concatenating-with-or-format"),
        "GitHub's id leads to the heading's own"
    );
    let ownership =
        std::fs::read_to_string(output.join("bok/ownership/index.html")).expect("a chapter");
    assert!(
        ownership.contains("src=/bok/img/memory.svg"),
        "the pasted picture's file"
    );
    assert!(output.join("bok/img/memory.svg").is_file());
}
