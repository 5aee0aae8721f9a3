//! The Atom feed read back with an XML parser (roxmltree) and checked
//! against RFC 4287's required elements.

mod support;

use support::SiteTest;

const ATOM: &str = "http://www.w3.org/2005/Atom";

fn child<'a>(node: roxmltree::Node<'a, 'a>, name: &str) -> Option<roxmltree::Node<'a, 'a>> {
    node.children()
        .find(|child| child.has_tag_name((ATOM, name)))
}

fn text(node: roxmltree::Node<'_, '_>, name: &str) -> String {
    child(node, name)
        .and_then(|child| child.text())
        .unwrap_or_else(|| panic!("no <{name}>"))
        .to_string()
}

#[test]
fn the_atom_feed_has_every_dated_page_newest_first() {
    let run = SiteTest::from_dir("dated_pages_are_in_the_feed_newest_first")
        .arg("--now")
        .arg("2025-06-01")
        .build();
    assert_eq!(run.code, 0, "{}", run.stderr);
    let xml = run.read_output("atom.xml");
    let document = roxmltree::Document::parse(&xml).expect("well-formed XML");
    let feed = document.root_element();
    assert!(feed.has_tag_name((ATOM, "feed")));
    assert_eq!(text(feed, "id"), "https://example.org/");
    assert_eq!(text(feed, "title"), "Testportal");
    assert_eq!(
        text(feed, "updated"),
        "2025-06-01T00:00:00Z",
        "the newest date in the content, but not after the build's date (the later meeting takes place in 2026)"
    );
    assert!(
        child(feed, "author")
            .and_then(|author| child(author, "name"))
            .is_some()
    );
    let self_link = feed
        .children()
        .find(|node| node.has_tag_name((ATOM, "link")) && node.attribute("rel") == Some("self"))
        .expect("a self link");
    assert_eq!(
        self_link.attribute("href"),
        Some("https://example.org/atom.xml")
    );

    let entries: Vec<_> = feed
        .children()
        .filter(|node| node.has_tag_name((ATOM, "entry")))
        .collect();
    let ids: Vec<String> = entries.iter().map(|entry| text(*entry, "id")).collect();
    assert_eq!(
        ids,
        [
            "https://example.org/moten/senare/",
            "https://example.org/moten/tidigt/"
        ]
    );
    for entry in &entries {
        assert!(!text(*entry, "title").is_empty());
        assert!(text(*entry, "updated").ends_with("T00:00:00Z"));
        let link = child(*entry, "link").expect("a link");
        assert_eq!(link.attribute("rel"), Some("alternate"));
    }
    assert!(
        run.read_output("index.html")
            .contains("type=\"application/atom+xml\""),
        "every page links the feed"
    );
}

#[test]
fn traffic_reports_stay_out_of_the_feed() {
    let run = SiteTest::from_dir(
        "plans_areas_and_reports_show_goals_statuses_and_the_round_of_the_table",
    )
    .arg("--now")
    .arg("2025-06-01")
    .build();
    assert_eq!(run.code, 0, "{}", run.stderr);
    let xml = run.read_output("atom.xml");
    let document = roxmltree::Document::parse(&xml).expect("well-formed XML");
    let titles: Vec<String> = document
        .root_element()
        .children()
        .filter(|node| node.has_tag_name((ATOM, "entry")))
        .map(|entry| text(entry, "title"))
        .collect();
    assert!(
        titles.contains(&String::from("Februarimötet")),
        "{titles:?}"
    );
    assert!(
        !titles
            .iter()
            .any(|title| title.starts_with("Norr") || title.starts_with("Syd")),
        "no report in the feed: {titles:?}"
    );
    // They are pages all the same: in the sitemap.
    assert!(
        run.read_output("sitemap.xml")
            .contains("/plan/rapporter/norr-feb/")
    );
}
