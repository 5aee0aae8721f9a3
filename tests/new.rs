//! `stegvis new KIND "Title"`: the file lands in the right section with its
//! front matter, the site still builds, and nothing is ever overwritten.

mod support;

use std::process::Command;

use support::SiteTest;

fn stegvis(site: &std::path::Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_stegvis"))
        .args(args)
        .arg("--root")
        .arg(site)
        // 2025-03-01 12:00 UTC: "today" for the new page's date.
        .env("SOURCE_DATE_EPOCH", "1740830400")
        .output()
        .expect("run stegvis")
}

#[test]
fn new_pages_of_every_kind_land_in_their_sections_and_the_site_still_builds() {
    let test = SiteTest::from_dir("kinds_render_with_their_navigation");
    let site = test.site.clone();
    let cases = [
        (
            "meeting",
            "content/moten/2025-03-01-extra-mote-i-samordningsgruppen.md",
        ),
        (
            "step",
            "content/process/start/extra-mote-i-samordningsgruppen.md",
        ),
        (
            "template",
            "content/mallar/extra-mote-i-samordningsgruppen/index.md",
        ),
        (
            "material",
            "content/larande/extra-mote-i-samordningsgruppen.md",
        ),
        ("page", "content/extra-mote-i-samordningsgruppen.md"),
    ];
    for (kind, expected_path) in cases {
        let result = stegvis(&site, &["new", kind, "Extra möte i samordningsgruppen"]);
        assert!(
            result.status.success(),
            "{kind}: {}",
            String::from_utf8_lossy(&result.stderr)
        );
        assert_eq!(
            String::from_utf8_lossy(&result.stdout).trim(),
            expected_path
        );
        let text = std::fs::read_to_string(site.join(expected_path)).expect("the new page");
        assert!(
            text.starts_with("---\ntitle: \"Extra möte i samordningsgruppen\"\n"),
            "{text}"
        );
        assert!(
            text.contains("date: 2025-03-01\n") || kind == "step",
            "{kind}: {text}"
        );
    }
    let meeting = std::fs::read_to_string(site.join(cases[0].1)).expect("meeting");
    assert!(
        meeting.contains("start: \"09:00\"") && meeting.contains("agenda:"),
        "{meeting}"
    );
    assert!(
        meeting.contains("\nkind: meeting\n"),
        "written also where the section's page_kind gives it: the browser editor lists pages by kind"
    );
    let step = std::fs::read_to_string(site.join(cases[1].1)).expect("step");
    assert!(
        step.contains("weight: 3\n"),
        "a new step comes after the others: {step}"
    );

    let run = test.arg("--now").arg("2025-06-01").build();
    assert_eq!(run.code, 0, "the site still builds:\n{}", run.stderr);
    assert!(
        run.read_output("moten/2025-03-01-extra-mote-i-samordningsgruppen/index.html")
            .contains("Extra möte")
    );
}

#[test]
fn a_meeting_is_named_by_the_date_it_is_given() {
    let test = SiteTest::from_dir("kinds_render_with_their_navigation");
    let result = stegvis(
        &test.site,
        &["new", "möte", "Nätverksträff", "--date", "2026-03-12"],
    );
    assert!(
        result.status.success(),
        "{}",
        String::from_utf8_lossy(&result.stderr)
    );
    let path = "content/moten/2026-03-12-natverkstraff.md";
    assert_eq!(String::from_utf8_lossy(&result.stdout).trim(), path);
    let text = std::fs::read_to_string(test.site.join(path)).expect("the meeting");
    assert!(text.contains("\ndate: 2026-03-12\n"), "{text}");
    let wrong = stegvis(&test.site, &["new", "möte", "Träff", "--date", "12/3"]);
    assert_eq!(wrong.status.code(), Some(2), "not a date");
}

#[test]
fn new_never_overwrites_a_file() {
    let test = SiteTest::from_dir("kinds_render_with_their_navigation");
    let first = stegvis(&test.site, &["new", "page", "Om oss"]);
    assert!(first.status.success());
    let path = test.site.join("content/om-oss.md");
    std::fs::write(&path, "---\ntitle: Redigerad\n---\n").expect("edit it");
    let second = stegvis(&test.site, &["new", "page", "Om oss"]);
    assert_eq!(second.status.code(), Some(1));
    // In the portal's language, not the system's "File exists (os error 17)".
    let stderr = String::from_utf8_lossy(&second.stderr);
    assert!(
        stderr.contains("kan inte skriva content/om-oss.md: det finns redan en fil med det namnet"),
        "{stderr}"
    );
    assert!(!stderr.contains("os error"), "{stderr}");
    assert_eq!(
        std::fs::read_to_string(&path).expect("still there"),
        "---\ntitle: Redigerad\n---\n"
    );
}

#[test]
fn new_into_a_folder_that_does_not_exist_is_a_usage_error() {
    let test = SiteTest::from_dir("kinds_render_with_their_navigation");
    let result = stegvis(
        &test.site,
        &["new", "meeting", "Möte", "--section", "finns-inte"],
    );
    assert_eq!(result.status.code(), Some(2));
}

const PLAN_SITE: &str = "plans_areas_and_reports_show_goals_statuses_and_the_round_of_the_table";

#[test]
fn a_new_area_lands_in_the_plan_with_a_goal_for_each_of_three_years() {
    let test = SiteTest::from_dir(PLAN_SITE);
    let result = stegvis(&test.site, &["new", "area", "Digital samverkan"]);
    assert!(
        result.status.success(),
        "{}",
        String::from_utf8_lossy(&result.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&result.stdout).trim(),
        "content/plan/digital-samverkan.md"
    );
    let text = std::fs::read_to_string(test.site.join("content/plan/digital-samverkan.md"))
        .expect("the new area");
    for line in [
        "kind: area\n",
        "date: 2025-03-01\n",
        "  - year: 2025\n",
        "  - year: 2027\n",
        "vision: \"\"\n",
        "# indicators:\n",
    ] {
        assert!(text.contains(line), "{line:?} in {text}");
    }
    let run = test.arg("--now").arg("2025-06-01").build();
    assert_eq!(run.code, 0, "the site still builds:\n{}", run.stderr);
    assert!(
        run.read_output("plan/index.html")
            .contains("Digital samverkan")
    );
}

#[test]
fn a_new_report_names_its_area_and_the_next_meeting_and_waits_as_a_draft() {
    let test = SiteTest::from_dir(PLAN_SITE);
    let result = stegvis(
        &test.site,
        &["new", "report", "Syd, mars", "--area", "plan/overgangar.md"],
    );
    assert!(
        result.status.success(),
        "{}",
        String::from_utf8_lossy(&result.stderr)
    );
    let path = "content/plan/rapporter/syd-mars.md";
    assert_eq!(String::from_utf8_lossy(&result.stdout).trim(), path);
    assert!(
        String::from_utf8_lossy(&result.stderr).contains("ta sedan bort draft: true"),
        "it says what to do next, in the site's language"
    );
    let text = std::fs::read_to_string(test.site.join(path)).expect("the new report");
    for line in [
        "date: 2025-03-01\n",
        "area: plan/overgangar.md\n",
        "organisation: \"\"\n",
        // The first meeting on or after today (2025-03-01).
        "meeting: moten/mars.md\n",
        "obstacles:\n",
        "# Ta bort draft: true när rapporten är ifylld.\ndraft: true\n",
    ] {
        assert!(text.contains(line), "{line:?} in {text}");
    }
    assert!(
        text.contains("\nkind: report\n"),
        "written also where the section's page_kind gives it (the browser editor lists by kind)"
    );
    let run = test.arg("--now").arg("2025-06-01").build();
    assert_eq!(
        run.code, 0,
        "a draft does not stop the build:\n{}",
        run.stderr
    );
    assert!(
        !run.output_dir()
            .join("plan/rapporter/syd-mars/index.html")
            .exists()
    );
}

#[test]
fn a_new_report_asks_for_its_area() {
    let test = SiteTest::from_dir(PLAN_SITE);
    // Not on a terminal: no question, but the areas to choose from.
    let result = stegvis(&test.site, &["new", "report", "Syd, mars"]);
    assert_eq!(result.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&result.stderr);
    assert!(
        stderr.contains("--area") && stderr.contains("plan/overgangar.md"),
        "{stderr}"
    );
    let wrong = stegvis(
        &test.site,
        &["new", "report", "Syd, mars", "--area", "plan/overgang.md"],
    );
    assert_eq!(wrong.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&wrong.stderr);
    assert!(
        stderr.contains(
            "\"plan/overgang.md\" är inget delområde — menade du \"plan/overgangar.md\"?"
        ),
        "{stderr}"
    );
    assert!(
        !test
            .site
            .join("content/plan/rapporter/syd-mars.md")
            .exists()
    );
}

/// An editor names the kind in their own language, and the examples in the
/// new page's comments name pages the site has.
#[test]
fn new_takes_the_kinds_names_in_the_editors_language_and_examples_that_exist() {
    let test = SiteTest::from_dir("kinds_render_with_their_navigation");
    let site = test.site.clone();
    for (word, expected) in [
        ("möte", "content/moten/2025-03-01-nytt-mote.md"),
        ("mall", "content/mallar/ny-mall/index.md"),
        ("steg", "content/process/start/nytt-steg.md"),
    ] {
        let title = match word {
            "möte" => "Nytt möte",
            "mall" => "Ny mall",
            _ => "Nytt steg",
        };
        let result = stegvis(&site, &["new", word, title]);
        assert!(
            result.status.success(),
            "{word}: {}",
            String::from_utf8_lossy(&result.stderr)
        );
        assert_eq!(String::from_utf8_lossy(&result.stdout).trim(), expected);
    }
    let meeting = std::fs::read_to_string(site.join("content/moten/2025-03-01-nytt-mote.md"))
        .expect("meeting");
    let prepare = meeting
        .lines()
        .skip_while(|line| *line != "# prepare:")
        .nth(1)
        .expect("an example template to prepare");
    let named = prepare.trim_start_matches("#   - ");
    assert!(
        site.join("content").join(named).is_file(),
        "the example names a template of the site: {named}"
    );
    let nonsense = stegvis(&site, &["new", "blogg", "X"]);
    assert_eq!(nonsense.status.code(), Some(2));
}

/// `--section ..` once wrote the page beside content/, and `../..` beside the site.
#[test]
fn a_section_out_of_content_is_refused_and_nothing_is_written() {
    let test = SiteTest::from_dir("kinds_render_with_their_navigation");
    let site = test.site.clone();
    let before = support::walk(site.parent().expect("work folder"));
    for section in ["..", "../..", "moten/../..", "/tmp"] {
        let result = stegvis(&site, &["new", "page", "Utanför", "--section", section]);
        let stderr = String::from_utf8_lossy(&result.stderr);
        assert_eq!(result.status.code(), Some(2), "{section}: {stderr}");
        assert!(stderr.contains("--section"), "{section}: {stderr}");
    }
    #[cfg(unix)]
    {
        let elsewhere = tempfile::tempdir().expect("elsewhere");
        std::os::unix::fs::symlink(elsewhere.path(), site.join("content/ut")).expect("link");
        let result = stegvis(&site, &["new", "page", "Utanför", "--section", "ut"]);
        assert_eq!(result.status.code(), Some(2));
        assert!(
            String::from_utf8_lossy(&result.stderr).contains("content/ut")
                || String::from_utf8_lossy(&result.stderr).contains("ut är en symbolisk länk")
        );
        assert_eq!(
            std::fs::read_dir(elsewhere.path()).expect("read").count(),
            0
        );
        std::fs::remove_file(site.join("content/ut")).expect("unlink");
    }
    assert_eq!(support::walk(site.parent().expect("work folder")), before);
}

/// A title holding `\n---\n` once ended the front matter it was written
/// in: a title with a control character is refused before anything is
/// written (the build refuses one in any value).
#[test]
fn a_title_with_line_breaks_or_control_characters_is_refused() {
    let test = SiteTest::from_dir("kinds_render_with_their_navigation");
    let site = test.site.clone();
    let before = support::walk(&site);
    for title in ["Möte\n---\nkind: step", "Möte\u{1b}]0;x\u{7}"] {
        let result = stegvis(&site, &["new", "meeting", title]);
        let stderr = String::from_utf8_lossy(&result.stderr);
        assert_eq!(result.status.code(), Some(2), "{stderr}");
        assert!(stderr.contains("innehåller ett styrtecken (U+"), "{stderr}");
        assert!(!stderr.contains('\u{1b}'), "shown, not obeyed: {stderr:?}");
    }
    assert_eq!(support::walk(&site), before, "nothing written");
}
