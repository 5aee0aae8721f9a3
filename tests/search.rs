//! The search index: every page, its kind and phase in the site's language,
//! and words folded so that a query without å ä ö finds them.

mod support;

use support::SiteTest;

/// The search index of a build, put back together from its pieces: each
/// page's record, and its words from the word shards.
struct Index {
    /// Every word of the shards, each once.
    table: Vec<String>,
    /// Each page's record as an object: `t`, `u`, `k`, `p`, `h`, `w`.
    pages: Vec<serde_json::Value>,
}

impl Index {
    fn of(run: &support::Run) -> Index {
        let dir = run.output_dir().join("search/index");
        let json = |path: &std::path::Path| -> serde_json::Value {
            serde_json::from_str(&std::fs::read_to_string(path).expect("a piece")).expect("JSON")
        };
        let mut pages: Vec<serde_json::Value> = Vec::new();
        for n in 0.. {
            let path = dir.join(format!("p/{n}.json"));
            if !path.is_file() {
                break;
            }
            for record in json(&path).as_array().expect("records") {
                pages.push(serde_json::json!({
                    "t": record[0], "u": record[1], "k": record[2], "p": record[3], "s": record[4],
                    "h": [], "w": [],
                }));
            }
        }
        let mut table = Vec::new();
        for entry in std::fs::read_dir(dir.join("w")).expect("the word shards") {
            let shard = json(&entry.expect("a shard").path());
            for (at, word) in shard["w"].as_array().expect("words").iter().enumerate() {
                table.push(word.as_str().expect("a word").to_string());
                for (list, key) in [("h", "h"), ("b", "w")] {
                    let mut page = 0;
                    for gap in shard[list][at].as_array().expect("numbers") {
                        page += gap.as_u64().expect("a number") as usize;
                        pages[page][key]
                            .as_array_mut()
                            .expect("words")
                            .push(word.clone());
                    }
                }
            }
        }
        Index { table, pages }
    }

    fn page(&self, title: &str) -> &serde_json::Value {
        self.pages
            .iter()
            .find(|entry| entry["t"] == title)
            .unwrap_or_else(|| panic!("no entry for {title}"))
    }

    /// A page's words (`w`) or title and heading words (`h`).
    fn words(&self, entry: &serde_json::Value, key: &str) -> Vec<&str> {
        self.page(entry["t"].as_str().expect("a title"))[key]
            .as_array()
            .expect("words")
            .iter()
            .map(|word| word.as_str().expect("a word"))
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
    // The site's 8 pages and the page about cookies Stegvis writes.
    assert_eq!(n_pages, 9, "one entry per page");
    assert_eq!(index.page("Om kakor")["u"], "/om-kakor/");
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
    // Pages are numbered in the order of their folded titles.
    let titles: Vec<&str> = index
        .pages
        .iter()
        .filter_map(|page| page["t"].as_str())
        .collect();
    let mut sorted = titles.clone();
    sorted.sort_by_key(|title| {
        title
            .to_lowercase()
            .replace('ö', "o")
            .replace(['å', 'ä'], "a")
    });
    assert_eq!(titles, sorted);
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

/// search.js stems a query as the index was stemmed: its stemmer and
/// `stegvis::stem` agree on every word of the example portal and of the
/// DOMAIN vocabulary, in every language (run in Node.js, which the browser
/// tests need too).
#[test]
fn the_search_script_stems_every_word_as_the_index_does() {
    use stegvis::config::Language;
    let repo = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut words: std::collections::BTreeSet<String> = [
        "åtgärderna",
        "möten",
        "mötena",
        "förbättringsarbetet",
        "trafikrapporterna",
        "frihetens",
        "paketet",
        "hemlöst",
        "fullt",
        "tiltakene",
        "møtene",
        "hjelpers",
        "forbedringsarbeidet",
        "pc'en",
        "møderne",
        "forbedringerne",
        "vigtigst",
        "kommunalt",
        "studies",
        "planned",
        "meetings",
        "called",
    ]
    .into_iter()
    .map(String::from)
    .collect();
    for entry in walkdir::WalkDir::new(repo.join("content"))
        .into_iter()
        .flatten()
    {
        if entry
            .path()
            .extension()
            .is_some_and(|extension| extension == "md")
        {
            let text = std::fs::read_to_string(entry.path()).expect("a page");
            words.extend(
                text.split(|ch: char| !ch.is_alphanumeric() && ch != '\'')
                    .filter(|word| !word.is_empty())
                    .map(str::to_lowercase),
            );
        }
    }
    let languages = [
        (Language::Sv, "sv"),
        (Language::Nb, "nb"),
        (Language::Nn, "nn"),
        (Language::Da, "da"),
        (Language::En, "en"),
    ];
    let mut asked = Vec::new();
    let mut expected = Vec::new();
    for (language, code) in languages {
        for word in &words {
            asked.push(serde_json::json!([word, code]));
            expected.push(stegvis::stem::stem(word, language));
        }
    }
    let script = format!(
        "const {{ stem }} = require({:?}); let input = ''; process.stdin.on('data', (chunk) => input += chunk); process.stdin.on('end', () => console.log(JSON.stringify(JSON.parse(input).map(([word, language]) => stem(word, language)))));",
        repo.join("themes/default/static/search.js")
    );
    let mut node = std::process::Command::new("node")
        .args(["-e", &script])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("Node.js (the browser tests need it too)");
    {
        use std::io::Write as _;
        let mut stdin = node.stdin.take().expect("stdin");
        stdin
            .write_all(serde_json::to_string(&asked).expect("json").as_bytes())
            .expect("write");
    }
    let output = node.wait_with_output().expect("node runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let stems: Vec<String> = serde_json::from_slice(&output.stdout).expect("stems");
    let differ: Vec<String> = asked
        .iter()
        .zip(stems.iter().zip(&expected))
        .filter(|(_, (script, index))| script != index)
        .map(|(asked, (script, index))| format!("{asked}: search.js {script}, index {index}"))
        .collect();
    assert!(words.len() > 500, "{} words", words.len());
    assert!(differ.is_empty(), "{differ:?}");
}
