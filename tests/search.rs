//! The search index: every page, its kind and phase in the site's language,
//! and words folded so that a query without å ä ö finds them.

mod support;

use support::SiteTest;

/// The search index of a build, its words written out.
struct Index {
    table: Vec<String>,
    pages: Vec<serde_json::Value>,
}

impl Index {
    fn of(run: &support::Run) -> Index {
        let index: serde_json::Value =
            serde_json::from_str(&run.read_output("search-index.json")).expect("JSON");
        let table = index["words"]
            .as_array()
            .expect("a word table")
            .iter()
            .map(|word| word.as_str().expect("a word").to_string())
            .collect();
        let pages = index["pages"].as_array().expect("a list of pages").clone();
        Index { table, pages }
    }

    fn page(&self, title: &str) -> &serde_json::Value {
        self.pages
            .iter()
            .find(|entry| entry["t"] == title)
            .unwrap_or_else(|| panic!("no entry for {title}"))
    }

    /// A page's words (`w`) or heading words (`h`), written out from their numbers.
    fn words(&self, entry: &serde_json::Value, key: &str) -> Vec<&str> {
        entry[key]
            .as_array()
            .expect("word numbers")
            .iter()
            .map(|number| self.table[number.as_u64().expect("a number") as usize].as_str())
            .collect()
    }
}

#[test]
fn the_search_index_has_every_page_with_folded_words() {
    let run = SiteTest::from_dir("the_search_index_holds_every_page_with_folded_words")
        .arg("--now")
        .arg("2025-06-01")
        .build();
    assert_eq!(run.code, 0, "{}", run.stderr);
    let index = Index::of(&run);
    let table: Vec<&str> = index.table.iter().map(String::as_str).collect();
    let words_of = |entry: &serde_json::Value, key: &str| index.words(entry, key);
    let n_pages = index.pages.len();
    assert_eq!(n_pages, 8, "one entry per page");
    let find = |title: &str| index.page(title);
    let step = find("Steg C");
    assert_eq!(step["u"], "/process/arbete/c/");
    assert_eq!(step["k"], "Steg");
    assert_eq!(step["p"], "Arbete", "a step names its phase");
    let meeting = find("Tidigt möte");
    assert_eq!(meeting["k"], "Möte");
    let heading_words = words_of(meeting, "h");
    assert!(
        heading_words.contains(&"tidigt") && heading_words.contains(&"mote"),
        "the title's words, folded: {heading_words:?}"
    );
    assert!(
        words_of(step, "w").contains(&"rapportmallen"),
        "the body's words are indexed: {step}"
    );
    let mut unique = table.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), table.len(), "each word once in the table");
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

/// A report is found by its organisation, status and lists; an area by the
/// latest status of each organisation that reports on it.
#[test]
fn reports_and_areas_are_found_by_what_they_show() {
    let run = SiteTest::from_dir(
        "plans_areas_and_reports_show_goals_statuses_and_the_round_of_the_table",
    )
    .arg("--now")
    .arg("2025-06-01")
    .build();
    assert_eq!(run.code, 0, "{}", run.stderr);
    let index = Index::of(&run);
    let words_of = |title: &str| index.words(index.page(title), "w");
    let report = words_of("Syd, februari");
    for word in ["kommun", "rod", "avviker", "rekrytering", "april"] {
        assert!(report.contains(&word), "{word} in {report:?}");
    }
    let area = words_of("Kvalitet");
    // Region Norr's latest report is March's, green; February's yellow is not its status.
    for word in ["norr", "gron", "enligt", "plan", "rod", "malbild"] {
        assert!(area.contains(&word), "{word} in {area:?}");
    }
    assert!(
        !area.contains(&"gul"),
        "an older status is not the latest: {area:?}"
    );
}
