//! Meeting calendars checked with an independent iCalendar parser (the
//! icalendar crate): every field, folding, CRLF, VTIMEZONE, stable bytes.

mod support;

use icalendar::parser::{Component, read_calendar, unfold};
use support::SiteTest;

fn property<'c>(
    component: &'c Component<'c>,
    name: &str,
) -> Option<&'c icalendar::parser::Property<'c>> {
    component
        .properties
        .iter()
        .find(|property| property.name == name)
}

fn value(component: &Component<'_>, name: &str) -> String {
    property(component, name)
        .unwrap_or_else(|| panic!("no {name}"))
        .val
        .as_str()
        .to_string()
}

fn parameter(component: &Component<'_>, name: &str, key: &str) -> Option<String> {
    property(component, name)?
        .params
        .iter()
        .find(|param| param.key == key)
        .and_then(|param| param.val.as_ref().map(|val| val.as_str().to_string()))
}

fn check_lines(ics: &str) {
    assert!(ics.ends_with("\r\n"), "ends with CRLF");
    for line in ics.split("\r\n") {
        assert!(!line.contains('\n'), "only CRLF line ends");
        assert!(line.len() <= 75, "a line of {} octets: {line}", line.len());
    }
}

#[test]
fn a_meetings_calendar_has_every_field() {
    let run = SiteTest::from_dir("meetings_have_calendars")
        .arg("--now")
        .arg("2025-06-01")
        .build();
    assert_eq!(run.code, 0, "{}", run.stderr);
    let ics = run.read_output("moten/tidigt/kalender.ics");
    check_lines(&ics);
    let unfolded = unfold(&ics);
    let calendar = read_calendar(&unfolded).expect("a valid iCalendar file");
    assert!(
        calendar
            .properties
            .iter()
            .any(|p| p.name == "VERSION" && p.val == "2.0")
    );
    assert!(calendar.properties.iter().any(|p| p.name == "PRODID"));

    let timezone = calendar
        .components
        .iter()
        .find(|component| component.name == "VTIMEZONE")
        .expect("a VTIMEZONE for a timed meeting");
    assert_eq!(value(timezone, "TZID"), "Europe/Stockholm");
    let daylight = timezone
        .components
        .iter()
        .find(|c| c.name == "DAYLIGHT")
        .expect("summer time");
    assert_eq!(value(daylight, "TZOFFSETFROM"), "+0100");
    assert_eq!(value(daylight, "TZOFFSETTO"), "+0200");
    assert_eq!(value(daylight, "DTSTART"), "20240331T020000");
    let standard = timezone
        .components
        .iter()
        .find(|c| c.name == "STANDARD")
        .expect("winter time");
    assert_eq!(value(standard, "TZOFFSETTO"), "+0100");

    let events: Vec<&Component<'_>> = calendar
        .components
        .iter()
        .filter(|c| c.name == "VEVENT")
        .collect();
    assert_eq!(events.len(), 1);
    let event = events[0];
    assert_eq!(value(event, "UID"), "moten-tidigt-md@example.org");
    assert_eq!(
        value(event, "DTSTAMP"),
        "20250228T000000Z",
        "from the content, not the clock"
    );
    assert_eq!(value(event, "DTSTART"), "20250228T090000");
    assert_eq!(
        parameter(event, "DTSTART", "TZID").as_deref(),
        Some("Europe/Stockholm")
    );
    assert_eq!(value(event, "DTEND"), "20250228T120000");
    assert_eq!(value(event, "SUMMARY"), "Tidigt möte");
    assert_eq!(value(event, "LOCATION"), "Rum Ekorren / Digitalt");
    assert_eq!(value(event, "URL"), "https://example.org/moten/tidigt/");
    assert_eq!(
        value(event, "DESCRIPTION"),
        "09:00 Inledning\n10:10 Genomförandeplanen"
    );
}

/// An online meeting's join link is the event's URL and the first line of
/// its description; the page it came from follows the agenda.
#[test]
fn an_online_meetings_join_link_is_in_its_calendar() {
    let run = SiteTest::from_dir("the_home_page_says_what_is_next")
        .arg("--now")
        .arg("2025-03-01")
        .build();
    assert_eq!(run.code, 0, "{}", run.stderr);
    let ics = run.read_output("moten/nasta/kalender.ics");
    check_lines(&ics);
    let unfolded = unfold(&ics);
    let calendar = read_calendar(&unfolded).expect("a valid iCalendar file");
    let event = calendar
        .components
        .iter()
        .find(|c| c.name == "VEVENT")
        .expect("an event");
    assert_eq!(value(event, "URL"), "https://meet.example.org/natverket");
    assert_eq!(value(event, "LOCATION"), "Sal 3 / Digitalt");
    assert_eq!(
        value(event, "DESCRIPTION"),
        "Digitalt: https://meet.example.org/natverket\n09:00 Inledning\nhttps://example.org/moten/nasta/"
    );
    // The feed that a phone subscribes to, offered as webcal: beside the https link.
    let meetings = run.read_output("moten/index.html");
    assert!(
        meetings.contains("href=webcal://example.org/meetings.ics"),
        "{meetings}"
    );
    assert!(meetings.contains("href=/meetings.ics"), "{meetings}");
}

#[test]
fn the_feed_holds_every_meeting_by_date_and_is_stable() {
    let first = SiteTest::from_dir("meetings_have_calendars")
        .arg("--now")
        .arg("2025-06-01")
        .build();
    let second = SiteTest::from_dir("meetings_have_calendars")
        .arg("--now")
        .arg("2025-06-01")
        .build();
    let feed = first.read_output("meetings.ics");
    assert_eq!(
        feed,
        second.read_output("meetings.ics"),
        "the same site on the same date gives the same bytes"
    );
    check_lines(&feed);
    let unfolded = unfold(&feed);
    let calendar = read_calendar(&unfolded).expect("a valid iCalendar file");
    let events: Vec<&Component<'_>> = calendar
        .components
        .iter()
        .filter(|c| c.name == "VEVENT")
        .collect();
    let uids: Vec<String> = events.iter().map(|event| value(event, "UID")).collect();
    assert_eq!(
        uids,
        ["moten-tidigt-md@example.org", "moten-senare-md@example.org"]
    );
    let all_day = events[1];
    assert_eq!(value(all_day, "DTSTART"), "20260312");
    assert_eq!(
        parameter(all_day, "DTSTART", "VALUE").as_deref(),
        Some("DATE")
    );
    assert_eq!(value(all_day, "DTEND"), "20260313");
}

fn events_of(ics: &str) -> Vec<(String, String, Option<String>, String)> {
    let unfolded = unfold(ics);
    let calendar = read_calendar(&unfolded).expect("a valid iCalendar file");
    calendar
        .components
        .iter()
        .filter(|c| c.name == "VEVENT")
        .map(|event| {
            (
                value(event, "UID"),
                value(event, "DTSTAMP"),
                property(event, "LAST-MODIFIED").map(|p| p.val.as_str().to_string()),
                value(event, "SEQUENCE"),
            )
        })
        .collect()
}

#[test]
fn no_stamp_lies_after_the_build_date_and_a_moved_meeting_gets_a_higher_sequence() {
    // The later meeting (2026-03-12) takes place after this build's date: its
    // date is not when it was written.
    let run = SiteTest::from_dir("meetings_have_calendars")
        .arg("--now")
        .arg("2025-06-01")
        .build();
    let events = events_of(&run.read_output("meetings.ics"));
    assert_eq!(events[1].0, "moten-senare-md@example.org");
    assert_eq!(events[1].1, "20250601T000000Z", "not 20260312");
    assert_eq!((events[1].2.as_deref(), events[1].3.as_str()), (None, "0"));
    assert_eq!(
        events[0].1, "20250228T000000Z",
        "a past meeting keeps its date"
    );

    let moved = SiteTest::from_dir("meetings_have_calendars");
    let page = moved.site.join("content/moten/senare.md");
    let text = std::fs::read_to_string(&page).expect("page");
    std::fs::write(
        &page,
        text.replace("date: 2026-03-12", "date: 2026-03-19\nupdated: 2025-05-02"),
    )
    .expect("move the meeting");
    let run = moved.arg("--now").arg("2025-06-01").build();
    assert_eq!(run.code, 0, "{}", run.stderr);
    let events = events_of(&run.read_output("meetings.ics"));
    assert_eq!(events[1].1, "20250502T000000Z");
    assert_eq!(events[1].2.as_deref(), Some("20250502T000000Z"));
    let sequence: u32 = events[1].3.parse().expect("a number");
    assert!(sequence > 0, "a changed meeting's revision grows");

    let atom = run.read_output("atom.xml");
    let sitemap = run.read_output("sitemap.xml");
    for date in ["2026-03-19", "2026-03-12"] {
        assert!(
            !atom.contains(date),
            "the feed dates no entry after now: {atom}"
        );
        assert!(!sitemap.contains(date), "nor does the sitemap: {sitemap}");
    }
}

#[test]
fn two_portals_on_one_host_give_their_meetings_different_uids() {
    let run = SiteTest::from_dir("meetings_have_calendars")
        .arg("--base-url")
        .arg("https://example.org/natverk/")
        .build();
    let events = events_of(&run.read_output("meetings.ics"));
    assert_eq!(events[0].0, "natverk-moten-tidigt-md@example.org");
}
