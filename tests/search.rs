//! The search index: every page, its kind and phase in the site's language,
//! and words folded so that a query without å ä ö finds them.

mod support;

use support::SiteTest;

#[test]
fn the_search_index_has_every_page_with_folded_words() {
    let run = SiteTest::from_dir("kinds_render_with_their_navigation")
        .arg("--now")
        .arg("2025-06-01")
        .build();
    assert_eq!(run.code, 0, "{}", run.stderr);
    let index: serde_json::Value =
        serde_json::from_str(&run.read_output("search-index.json")).expect("JSON");
    let entries = index.as_array().expect("a list");
    let n_pages = entries.len();
    assert_eq!(n_pages, 16, "one entry per page");
    let find = |title: &str| {
        entries
            .iter()
            .find(|entry| entry["t"] == title)
            .unwrap_or_else(|| panic!("no entry for {title}"))
    };
    let step = find("Steg C");
    assert_eq!(step["u"], "/process/arbete/c/");
    assert_eq!(step["k"], "Steg");
    assert_eq!(step["p"], "Arbete", "a step names its phase");
    let meeting = find("Tidigt möte");
    assert_eq!(meeting["k"], "Möte");
    assert!(
        meeting["h"].as_str().expect("h").contains("tidigt mote"),
        "{meeting}"
    );
    assert!(
        step["w"]
            .as_str()
            .expect("w")
            .split(' ')
            .any(|word| word == "rapportmallen"),
        "the body's words are indexed: {step}"
    );
    let search_page = run.read_output("search/index.html");
    assert!(
        search_page.contains("<label for=\"search-input\">"),
        "a labelled search input"
    );
    assert!(
        search_page.contains("role=\"status\""),
        "results are announced"
    );
    assert!(run.read_output("search.js").contains("normalize(\"NFD\")"));
}
