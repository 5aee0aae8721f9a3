//! One fixture site per behaviour under tests/sites/<case>/: what `stegvis build`
//! prints (expected.txt), and for sites that build, the `<main>` of chosen
//! pages (expected/) or the list of files written (expected_files.txt).

mod support;

use support::SiteTest;

/// Declares one test per case and the list of all cases, so that a fixture
/// folder without a test fails `every_fixture_has_a_test`.
macro_rules! cases {
    ($($name:ident => $body:expr;)*) => {
        $(
            #[test]
            fn $name() {
                let name = stringify!($name);
                ($body)(SiteTest::from_dir(name));
            }
        )*
        const CASES: &[&str] = &[$(stringify!($name)),*];
    };
}

cases! {
    the_statement_lists_what_the_checks_find_until_known_problems_names_it => |t: SiteTest| { t.arg("--now").arg("2026-12-06").build().expect_transcript().expect_pages(); };
    a_complete_swedish_accessibility_statement_is_written_and_linked_from_every_page => |t: SiteTest| { t.arg("--now").arg("2026-12-06").build().expect_transcript().expect_pages(); };
    a_swedish_statement_that_lacks_what_digg_asks_for_is_an_error_for_each_item => |t: SiteTest| { t.arg("--now").arg("2026-12-06").build().expect_transcript(); };
    an_assessment_older_than_a_year_is_a_warning => |t: SiteTest| { t.arg("--now").arg("2026-12-06").build().expect_transcript(); };
    a_norwegian_portal_links_its_statement_in_uustatus_and_warns_without_it => |t: SiteTest| { t.arg("--now").arg("2026-12-06").build().expect_transcript(); };
    a_danish_portal_links_its_statement_in_the_was_tool_and_answers_at_was => |t: SiteTest| { t.arg("--now").arg("2026-12-06").build().expect_transcript(); };
    accessibility_keys_with_wrong_values_are_errors_at_their_keys => |t: SiteTest| { t.arg("--now").arg("2026-12-06").build().expect_transcript(); };
    a_template_that_loads_from_other_origins_is_a_privacy_warning_in_the_template => |t: SiteTest| { t.build().expect_transcript(); };
    what_a_page_loads_from_other_origins_is_a_privacy_warning_at_its_line => |t: SiteTest| { t.build().expect_transcript(); };
    a_privacy_allow_that_is_no_origin_is_an_error => |t: SiteTest| { t.build().expect_transcript(); };
    each_page_says_who_answers_for_it_and_when_it_was_last_reviewed => |t: SiteTest| { t.build().expect_transcript().expect_pages(); };
    bom_and_crlf_page_builds => |t: SiteTest| { t.build().expect_transcript().expect_pages(); };
    documents_not_for_the_public_stop_the_build_and_leftovers_are_warned => |t: SiteTest| { t.build().expect_transcript(); };
    documents_settings_name_the_labels_and_turn_names_off => |t: SiteTest| { t.build().expect_transcript(); };
    callouts_the_browser_editor_escaped_stay_callouts_and_a_quote_like_one_is_warned => |t: SiteTest| { t.build().expect_transcript().expect_pages(); };
    invalid_yaml_is_reported_at_its_line => |t: SiteTest| { t.build().expect_transcript(); };
    front_matter_never_closed_is_an_error_at_line_1 => |t: SiteTest| { t.build().expect_transcript(); };
    tabs_as_yaml_indentation_are_an_error => |t: SiteTest| { t.build().expect_transcript(); };
    misspelled_title_key_suggests_title => |t: SiteTest| { t.build().expect_transcript(); };
    a_page_without_a_title_is_an_error => |t: SiteTest| { t.build().expect_transcript(); };
    draft_ja_is_not_a_boolean => |t: SiteTest| { t.build().expect_transcript(); };
    dates_must_be_real_dates => |t: SiteTest| { t.build().expect_transcript(); };
    a_key_written_twice_is_an_error_at_the_second => |t: SiteTest| { t.build().expect_transcript(); };
    front_matter_that_is_a_list_is_an_error => |t: SiteTest| { t.build().expect_transcript(); };
    a_yaml_alias_bomb_is_refused => |t: SiteTest| { t.build().expect_transcript(); };
    deeply_nested_yaml_is_refused => |t: SiteTest| { t.build().expect_transcript(); };
    a_file_in_iso_8859_1_is_not_utf8_text => |t: SiteTest| { t.build().expect_transcript(); };
    an_empty_file_is_an_error => |t: SiteTest| { t.build().expect_transcript(); };
    a_bundle_and_a_page_on_one_url_are_an_error => |t: SiteTest| { t.build().expect_transcript(); };
    nordic_and_ascii_names_on_one_url_are_an_error => |t: SiteTest| { t.build().expect_transcript(); };
    a_link_out_of_content_is_an_error => |t: SiteTest| { t.build().expect_transcript(); };
    a_symbolic_link_that_loops_is_reported_once => |t: SiteTest| { t.build().expect_transcript(); };
    links_to_the_sites_own_address_are_checked_against_the_site => |t: SiteTest| { t.check().expect_transcript(); };
    one_yaml_error_in_a_step_is_one_finding => |t: SiteTest| { t.build().expect_transcript(); };
    links_the_renderer_encodes_are_reported_once_at_the_page => |t: SiteTest| { t.check().expect_transcript(); };
    duplicate_ids_and_raw_html_links_are_placed_at_their_source => |t: SiteTest| { t.check().expect_transcript(); };
    what_the_read_back_finds_is_placed_in_the_source_let_go_once_the_page_was_written => |t: SiteTest| { t.build().expect_transcript(); };
    findings_about_a_page_have_a_line => |t: SiteTest| { t.build().expect_transcript(); };
    site_toml_that_is_not_utf8_exits_2 => |t: SiteTest| { t.build().expect_transcript(); };
    unknown_theme_is_reported_at_its_key => |t: SiteTest| { t.build().expect_transcript(); };
    a_broken_site_toml_speaks_the_language_it_names => |t: SiteTest| {
        t.build().expect_transcript();
        // A developer's CI log asks for English; the kinds stay.
        let english = SiteTest::from_dir("a_broken_site_toml_speaks_the_language_it_names")
            .arg("--messages")
            .arg("en")
            .build();
        assert_eq!(english.code, 2, "{}", english.stderr);
        assert!(
            english.stderr.contains("error[config]: unknown key \"tema\" in site.toml"),
            "{}",
            english.stderr
        );
    };
    long_names_and_files_over_generated_ones_are_content_errors => |t: SiteTest| {
        t.build().expect_transcript();
        // check finds the same, and exits as build does.
        let check = SiteTest::from_dir("long_names_and_files_over_generated_ones_are_content_errors").check();
        assert_eq!(check.code, 1, "{}", check.stderr);
        assert_eq!(check.stderr.matches("error[").count(), 8, "{}", check.stderr);
    };
    images_are_written_with_their_width_and_height => |t: SiteTest| { t.build().expect_transcript().expect_pages(); };
    control_characters_in_front_matter_are_refused => |t: SiteTest| { t.build().expect_transcript(); };
    deeply_nested_html_and_quotes_build_with_a_warning => |t: SiteTest| { t.build().expect_transcript(); };
    symlinks_out_of_the_site_are_not_published => |t: SiteTest| { t.build().expect_transcript(); };
    links_into_the_repository_or_the_site_folder_are_not_published => |t: SiteTest| { t.build().expect_transcript(); };
    numbers_past_a_double_in_a_chart_are_findings_not_a_crash => |t: SiteTest| { t.build().expect_transcript(); };
    a_data_file_is_checked_once_and_each_problem_at_its_place => |t: SiteTest| { t.build().expect_transcript(); };
    fragments_as_github_and_gitlab_write_them_reach_the_heading => |t: SiteTest| { t.build().expect_transcript().expect_pages(); };
    a_missing_fragment_suggests_the_form_github_writes => |t: SiteTest| { t.build().expect_transcript(); };
    pasted_html_links_are_resolved_like_markdown_links => |t: SiteTest| { t.build().expect_transcript().expect_pages(); };
    links_to_where_pages_are_published_name_the_source_file => |t: SiteTest| { t.build().expect_transcript(); };
    links_that_commonmark_reads_as_text_are_errors_that_say_how_to_write_them => |t: SiteTest| { t.build().expect_transcript(); };
    build_reads_back_what_it_writes_and_publishes_nothing_check_would_refuse => |t: SiteTest| { t.build().expect_transcript(); };
    a_review_reminder_does_not_stop_a_build_with_deny_warnings => |t: SiteTest| {
        let run = t.arg("--deny-warnings").arg("--now").arg("2025-06-01").build();
        assert_eq!(run.code, 0, "a reminder is not a defect: {}", run.stderr);
        run.expect_transcript();
        // Any other warning still fails it.
        let t = SiteTest::from_dir("a_review_reminder_does_not_stop_a_build_with_deny_warnings");
        std::fs::write(t.site.join("content/sida.md"), "---\ntitle: Sida\n---\nTODO\n").expect("a page");
        let run = t.arg("--deny-warnings").arg("--now").arg("2025-06-01").build();
        assert_eq!(run.code, 1, "{}", run.stderr);
    };
    an_override_without_the_themes_blocks_fails_only_the_pages_that_use_them => |t: SiteTest| {
        t.build().expect_transcript();
        // Without the material, no page uses a template the override breaks.
        let t = SiteTest::from_dir("an_override_without_the_themes_blocks_fails_only_the_pages_that_use_them");
        std::fs::remove_file(t.site.join("content/pdsa.md")).expect("remove");
        std::fs::write(t.site.join("content/_index.md"), "---\ntitle: Hem\n---\nSe [sidan](sida.md).\n").expect("home");
        let run = t.build();
        assert_eq!(run.code, 0, "{}", run.stderr);
    };
    a_tera_syntax_error_in_an_override_is_placed_in_it => |t: SiteTest| { t.build().expect_transcript(); };
    template_error_on_one_page_writes_nothing => |t: SiteTest| { t.build().expect_transcript(); };
    page_template_lists_its_section => |t: SiteTest| { t.build().expect_transcript().expect_pages(); };
    a_theme_that_lists_a_map_lists_it_in_one_order_on_every_build => |t: SiteTest| { t.build().expect_transcript().expect_pages(); };
    an_unknown_site_toml_key_suggests_the_known_one => |t: SiteTest| { t.build().expect_transcript(); };
    an_unsupported_language_in_site_toml_exits_2 => |t: SiteTest| { t.build().expect_transcript(); };
    a_folder_without_site_toml_exits_2 => |t: SiteTest| { t.build().expect_transcript(); };
    fifteen_broken_links_are_all_visible_in_github_actions => annotations_within_githubs_limits;
    sarif_places_every_finding_in_the_repository => sarif_is_valid_and_places_every_finding;
    broken_link_suggests_sibling => |t: SiteTest| { t.build().expect_transcript(); };
    link_to_a_draft_is_an_error => |t: SiteTest| { t.build().expect_transcript(); };
    links_are_rewritten_to_pretty_urls => |t: SiteTest| { t.build().expect_transcript().expect_pages(); };
    template_override_replaces_one_file => |t: SiteTest| { t.build().expect_transcript().expect_pages(); };
    templates_tell_members_what_their_documents_are => |t: SiteTest| {
        let site = t.site.clone();
        let run = t.build().expect_transcript();
        let plan = run.read_output("mallar/handlingsplan/index.html");
        assert!(plan.contains("<p class=\"meta\">1 sida, på svenska</p>"), "{plan}");
        assert!(
            plan.contains("<p class=\"accessibility\">Tillgänglighetsanpassat dokument (PDF/UA-1)</p>"),
            "{plan}"
        );
        let form = run.read_output("mallar/blankett/index.html");
        assert!(
            form.contains("<p class=\"accessibility not-accessible\">Inte tillgänglighetsanpassat. Kontakta Nätverkets samordnare om du behöver dokumentet i ett tillgängligt format.</p>"),
            "the template's owner is whom to ask: {form}"
        );
        let list = run.read_output("mallar/index.html");
        assert!(list.contains(" · 3 sidor, på svenska · Tillgänglighetsanpassat dokument</span>"), "{list}");
        assert!(list.contains(" · 2 sidor · Inte tillgänglighetsanpassat</span>"), "{list}");
        // What was read is remembered by content in .stegvis/: a build that
        // changed no document does not write it again.
        let cache_file = site.join(".stegvis/documents.json");
        let cache = std::fs::read_to_string(&cache_file).expect("the cache");
        assert_eq!(cache.matches("\"hash\"").count(), 3, "{cache}");
        let written = std::fs::metadata(&cache_file).and_then(|meta| meta.modified()).expect("mtime");
        // Without the alias, the link inside two documents is dead: `[documents]
        // errors = ["links"]` makes it an error at each place that publishes them.
        let page = site.join("content/dokument.md");
        let text = std::fs::read_to_string(&page).expect("the page");
        std::fs::write(&page, text.replace("aliases: [\"/borttagen-sida/\"]\n", "")).expect("write");
        let run = run.rebuild();
        assert_eq!(run.code, 1, "{}", run.stderr);
        let dead = "error[document]: dokumentet länkar till https://example.org/borttagen-sida/";
        assert_eq!(run.stderr.matches(dead).count(), 3, "{}", run.stderr);
        let unchanged = std::fs::metadata(&cache_file).and_then(|meta| meta.modified()).expect("mtime");
        assert_eq!(written, unchanged, "no document changed: the cache is not written");
        // A document replaced by another is read again.
        std::fs::copy(site.join("content/mallar/inskannad-blankett.pdf"), site.join("content/mallar/handlingsplan.pdf")).expect("copy");
        let run = run.rebuild();
        assert_eq!(run.stderr.matches(dead).count(), 1, "only the Word file links there now: {}", run.stderr);
        let cache = std::fs::read_to_string(&cache_file).expect("the cache");
        assert!(!cache.contains("PDF/UA-1"), "what replaced file said is gone: {cache}");
    };
    a_site_writes_every_output_file => |t: SiteTest| { t.build().expect_transcript().expect_files(); };
    section_language_applies_below_it => |t: SiteTest| {
        let run = t.build().expect_transcript().expect_pages();
        // WCAG 3.1.2: the site's Swedish title on a Norwegian page says so.
        let page = run.read_output("norsk/samling/index.html");
        assert!(page.contains("<html lang=\"nb\">"), "{page}");
        assert!(page.contains("class=\"site-title\" href=\"/\" lang=\"sv\""), "{page}");
        let home = run.read_output("index.html");
        assert!(!home.contains("lang=\"sv\">Testportal"), "no mark where the languages agree");
    };
    kinds_render_with_their_navigation => |t: SiteTest| { t.arg("--now").arg("2025-06-01").build().expect_transcript().expect_pages(); };
    // The search index, the calendars and the feed are read back by tests/search.rs,
    // tests/calendar.rs and tests/feeds.rs; here only that they build cleanly.
    the_search_index_holds_every_page_with_folded_words => |t: SiteTest| { t.arg("--now").arg("2025-06-01").build().expect_transcript(); };
    plans_areas_and_reports_show_goals_statuses_and_the_round_of_the_table => |t: SiteTest| {
        let run = t.arg("--now").arg("2025-06-01").build().expect_transcript().expect_pages();
        // One text written without a list is a list of one item.
        let report = run.read_output("plan/rapporter/norr-mars/index.html");
        assert!(
            report.contains("<h2 id=\"report-planned\">Planerade aktiviteter</h2>\n<ul>\n<li>Mått i alla team</li>"),
            "{report}"
        );
    };
    plan_area_and_report_errors_are_reported_at_their_keys => |t: SiteTest| { t.build().expect_transcript(); };
    lint_finds_what_an_editor_left_unfinished => |t: SiteTest| { t.arg("--now").arg("2025-06-01").build().expect_transcript(); };
    lint_rules_can_be_turned_off_and_patterns_added => |t: SiteTest| { t.build().expect_transcript(); };
    lint_settings_are_checked_at_their_line => |t: SiteTest| { t.build().expect_transcript(); };
    messages_speak_the_language_of_their_page => |t: SiteTest| { t.build().expect_transcript(); };
    an_accent_without_contrast_is_a_config_error => |t: SiteTest| { t.build().expect_transcript(); };
    a_logo_that_is_not_there_is_an_error_at_its_key => |t: SiteTest| { t.build().expect_transcript(); };
    the_networks_logo_and_colour_are_in_the_header => |t: SiteTest| {
        let run = t.build().expect_transcript();
        let home = run.read_output("index.html");
        assert!(home.contains("<img alt=\"Nätverket Väst\" class=site-logo src=/vast/logo.svg>"), "{home}");
        assert!(home.contains("--accent: #1d5c4d"), "{home}");
        // In the dark scheme a light variant of the same colour (4.5:1 against the dark page).
        assert!(home.contains("@media (prefers-color-scheme: dark) { :root { --accent: #"), "{home}");
        assert!(run.read_output("logo.svg").starts_with("<svg"));
    };
    the_home_page_says_what_is_next => |t: SiteTest| {
        t.arg("--now").arg("2025-03-01").build().expect_transcript().expect_pages();
        // After the last meeting: no next meeting, and the news of April is out.
        let later = SiteTest::from_dir("the_home_page_says_what_is_next").arg("--now").arg("2025-06-01").build();
        let home = support::main_element(&later.read_output("index.html"));
        assert!(home.contains("Inga kommande möten"), "{home}");
        assert!(!home.contains("Nästa möte i nätverket"), "{home}");
        assert!(home.contains("Nytt i april"), "{home}");
        assert!(!home.contains("Nytt i januari"), "three news, the newest: {home}");
    };
    meetings_have_calendars => |t: SiteTest| { t.arg("--now").arg("2025-06-01").build().expect_transcript(); };
    dated_pages_are_in_the_feed_newest_first => |t: SiteTest| { t.arg("--now").arg("2025-06-01").build().expect_transcript(); };
    the_readme_s_chart_examples_draw_years_named_as_numbers_included => |t: SiteTest| {
        let run = t.build().expect_transcript();
        let page = run.read_output("index.html");
        assert_eq!(page.matches("<figure class=\"chart\">").count(), 3, "three charts");
        assert_eq!(page.matches("class=\"chart-bar chart-series-1\"").count(), 2, "2025 beside 2024 for both hospitals");
        assert_eq!(page.matches("<polyline").count(), 2, "two lines");
        assert_eq!(page.matches("chart-bar-highlighted").count(), 2, "Norrby, and its legend");
        assert!(page.contains(">Målet: 70,0</text>"), "the fixed goal in the legend");
    };
    csv_files_that_excel_saves_become_tables_in_windows_1252_utf16_and_with_tabs => |t: SiteTest| { t.build().expect_transcript().expect_pages(); };
    a_data_file_that_is_no_text_is_one_error_at_the_file_with_how_to_save_it => |t: SiteTest| { t.build().expect_transcript(); };
    a_swedish_csv_becomes_a_table_in_the_pages_language => |t: SiteTest| {
        let run = t.build().expect_transcript().expect_pages();
        let csv = run.read_output("data/nyckeltal/lokalvard.csv");
        assert!(csv.starts_with("\u{feff}sjukhus;"), "copied as it is, BOM and all");
        // The chart: an image with a title and a sentence, its values, the
        // dashed reference and the highlighted bar hatched; then its table.
        let page = run.read_output("index.html");
        let figure = &page[page.find("<figure class=\"chart\">").expect("a chart")..];
        let figure = &figure[..figure.find("</figure>").expect("closed")];
        let svg = &figure[..figure.find("</svg>").expect("an svg")];
        let (svg, legend) = svg.split_once("<g class=\"chart-legend\"").expect("a legend");
        assert!(svg.contains("role=\"img\" aria-labelledby=\"chart-2-title chart-2-desc\""), "{svg}");
        assert!(svg.contains("<title id=\"chart-2-title\">Kostnad per kvadratmeter, hösten 2025 (kr)</title>"));
        assert!(svg.contains("<desc id=\"chart-2-desc\">Alingsås lasarett har högst värde, 1\u{a0}071,25 kr, och Sjukhuset i Borås lägst, 68,50 kr. 0 av 1 markerade ligger på eller över rikets median.</desc>"), "{svg}");
        for value in ["68,50", "74,10", "1\u{a0}071,25"] {
            assert!(svg.contains(&format!(">{value}</text>")), "the value {value} on its bar");
        }
        assert_eq!(svg.matches("class=\"chart-bar ").count(), 3, "a bar per hospital");
        assert_eq!(svg.matches("chart-bar-highlighted").count(), 1, "Borås, hatched");
        assert!(svg.contains("class=\"chart-reference-line\""));
        assert!(legend.contains(">Markerad</text>"), "the legend says what the hatching means");
        assert!(legend.contains(">Rikets median: 71,20</text>"), "the legend names the reference and its value");
        assert!(!svg.contains("style="), "colours come from the theme's CSS");
        let table = &figure[figure.find("</svg>").expect("svg")..];
        assert!(table.contains("<caption>Kostnad per kvadratmeter, hösten 2025 (kr)</caption>"));
        assert!(table.contains("<th scope=\"row\">Skövde sjukhus</th>"));
        assert!(table.contains("href=\"/data/nyckeltal/lokalvard.csv\" download"));
    };
    a_toml_table_is_a_table => |t: SiteTest| { t.build().expect_transcript().expect_pages(); };
    templates_see_the_tables_as_data => |t: SiteTest| { t.build().expect_transcript().expect_pages(); };
    data_block_errors_are_reported_at_their_place => |t: SiteTest| { t.build().expect_transcript(); };
    numbers_in_an_english_site_use_english_notation => |t: SiteTest| { t.build().expect_transcript().expect_pages(); };
    kind_errors_are_reported_in_one_run => |t: SiteTest| { t.build().expect_transcript(); };
    missing_and_duplicate_weights_warn => |t: SiteTest| { t.build().expect_transcript(); };
    check_reads_the_rendered_html => |t: SiteTest| { t.check().expect_transcript(); };
    an_undefined_reference_label_is_an_error => |t: SiteTest| { t.build().expect_transcript(); };
    fragment_suggestion_by_case_and_nordic_letters => |t: SiteTest| { t.build().expect_transcript(); };
    alias_that_would_replace_a_page => |t: SiteTest| { t.build().expect_transcript(); };
    // tests/e2e/cms.test.mjs writes a meeting into it through Decap CMS; here, that it builds as it is.
    a_meeting_is_made_in_the_browser_editor => |t: SiteTest| { t.build().expect_transcript(); };
}

#[test]
fn aliases_redirect_to_the_page() {
    let run = SiteTest::from_dir("a_site_writes_every_output_file").build();
    assert_eq!(run.code, 0, "{}", run.stderr);
    let redirect = run.read_output("gamla/om/index.html");
    assert!(
        redirect.contains("<meta http-equiv=\"refresh\" content=\"0; url=/om-portalen/\">"),
        "{redirect}"
    );
    assert!(
        redirect.contains("<link rel=\"canonical\" href=\"https://example.org/om-portalen/\">")
    );
    assert!(run.read_output("om.html").contains("url=/om-portalen/"));
}

#[test]
fn every_fixture_has_a_test() {
    let mut folders: Vec<String> = std::fs::read_dir(support::fixtures_dir())
        .expect("tests/sites")
        .map(|entry| {
            entry
                .expect("entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    folders.sort();
    let mut cases: Vec<String> = CASES.iter().map(|case| case.to_string()).collect();
    cases.sort();
    assert_eq!(
        folders, cases,
        "every folder under tests/sites/ needs a case in tests/sites.rs, and back"
    );
}

#[test]
fn drafts_are_built_with_the_drafts_flag() {
    let run = SiteTest::from_dir("link_to_a_draft_is_an_error")
        .arg("--drafts")
        .build();
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.read_output("sida/index.html")
            .contains("href=\"/utkast/\"")
    );
}

#[test]
fn deny_warnings_fails_on_warnings_only() {
    let run = SiteTest::from_dir("bom_and_crlf_page_builds")
        .arg("--deny-warnings")
        .build();
    assert_eq!(
        run.code, 0,
        "a site without warnings builds with --deny-warnings: {}",
        run.stderr
    );
    // The harness checks that the failed build left the output as it was.
    let run = SiteTest::from_dir("missing_and_duplicate_weights_warn")
        .arg("--deny-warnings")
        .build();
    assert_eq!(
        run.code, 1,
        "a site with only warnings fails with --deny-warnings: {}",
        run.stderr
    );
    assert!(
        run.stderr.contains("0 errors, 2 warnings"),
        "{}",
        run.stderr
    );
}

#[test]
fn base_url_on_the_command_line_wins() {
    let run = SiteTest::from_dir("links_are_rewritten_to_pretty_urls")
        .arg("--base-url")
        .arg("https://other.example/sub/")
        .build();
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.read_output("index.html")
            .contains("href=\"/sub/process/\"")
    );
    assert!(
        run.read_output("sitemap.xml")
            .contains("<loc>https://other.example/sub/process/</loc>")
    );
}

#[test]
fn json_format_prints_spec_fields() {
    let run = SiteTest::from_dir("broken_link_suggests_sibling")
        .arg("--format")
        .arg("json")
        .build();
    assert_eq!(run.code, 1);
    let report: serde_json::Value = serde_json::from_str(&run.stdout).expect("one JSON object");
    assert_eq!(report["errors"], 3);
    let first = &report["findings"][0];
    assert_eq!(first["kind"], "link");
    assert_eq!(first["file"], "content/process/steg-2.md");
    assert_eq!(first["line"], 7);
    assert_eq!(first["column"], 8);
    assert_eq!(first["target"], "steg-4.md");
    assert_eq!(first["suggestion"], "steg-3.md");
}

#[test]
fn json_names_the_lint_rule() {
    let run = SiteTest::from_dir("lint_finds_what_an_editor_left_unfinished")
        .arg("--now")
        .arg("2025-06-01")
        .arg("--format")
        .arg("json")
        .build();
    assert_eq!(run.code, 0, "lint findings are warnings");
    let report: serde_json::Value = serde_json::from_str(&run.stdout).expect("one JSON object");
    let findings = report["findings"].as_array().expect("findings");
    let mut rules: Vec<&str> = findings
        .iter()
        .map(|finding| {
            assert_eq!(finding["kind"], "lint");
            assert_eq!(finding["severity"], "warning");
            finding["rule"]
                .as_str()
                .expect("every lint finding has its rule")
        })
        .collect();
    rules.sort_unstable();
    rules.dedup();
    assert_eq!(
        rules,
        [
            "empty-link",
            "heading-order",
            "link-text",
            "missing-alt",
            "placeholder",
            "review-due"
        ]
    );
    let description = findings
        .iter()
        .find(|finding| finding["line"] == 3 && finding["file"] == "content/platshallare.md")
        .expect("the placeholder in description:");
    assert_eq!(description["column"], 31);
    assert_eq!(description["target"], "Xxx");
    // And no rule on a finding of another kind.
    let broken = SiteTest::from_dir("broken_link_suggests_sibling")
        .arg("--format")
        .arg("json")
        .build();
    let report: serde_json::Value = serde_json::from_str(&broken.stdout).expect("JSON");
    assert!(report["findings"][0].get("rule").is_none());
}

#[test]
fn deny_warnings_fails_the_build_on_a_lint_warning() {
    let run = SiteTest::from_dir("lint_finds_what_an_editor_left_unfinished")
        .arg("--now")
        .arg("2025-06-01")
        .arg("--deny-warnings")
        .build();
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("19 warnings"), "{}", run.stderr);
}

/// `--messages en` and STEGVIS_MESSAGES=en: every message in English, for
/// a CI log read by developers; the kinds and the JSON fields stay.
#[test]
fn messages_en_writes_every_message_in_english() {
    let flag = SiteTest::from_dir("messages_speak_the_language_of_their_page")
        .arg("--messages")
        .arg("en")
        .build();
    assert_eq!(flag.code, 1);
    assert!(
        flag.stderr
            .contains("content/sv.md:7:4: error[link]: no page \"saknas.md\""),
        "{}",
        flag.stderr
    );
    assert!(
        flag.stderr
            .contains("content/da.md:7:28: warning[lint]: the image has no alternative text")
    );
    assert!(!flag.stderr.contains("ingen sida"), "{}", flag.stderr);
    let env = SiteTest::from_dir("messages_speak_the_language_of_their_page")
        .env("STEGVIS_MESSAGES", "en")
        .arg("--format")
        .arg("json")
        .build();
    let report: serde_json::Value = serde_json::from_str(&env.stdout).expect("JSON");
    let messages: Vec<&str> = report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|finding| finding["message"].as_str().expect("a message"))
        .collect();
    assert!(messages.contains(&"no page \"saknas.md\""), "{messages:?}");
    // Without it, JSON speaks the page's language too.
    let json = SiteTest::from_dir("messages_speak_the_language_of_their_page")
        .arg("--format")
        .arg("json")
        .build();
    let report: serde_json::Value = serde_json::from_str(&json.stdout).expect("JSON");
    let nynorsk = report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .find(|finding| finding["file"] == "content/nn.md" && finding["kind"] == "link")
        .expect("the broken link of the nynorsk page");
    assert_eq!(nynorsk["message"], "inga side heiter \"saknas.md\"");
    assert_eq!(
        nynorsk["kind"], "link",
        "the kind stays as it is, for tools"
    );
    assert!(
        nynorsk["help"]
            .as_str()
            .is_some_and(|help| help.contains("kjeldefila"))
    );
}

#[test]
fn github_format_prints_workflow_commands() {
    let run = SiteTest::from_dir("broken_link_suggests_sibling")
        .arg("--format")
        .arg("github")
        .build();
    assert_eq!(run.code, 1);
    let first = run.stdout.lines().next().expect("a line per finding");
    assert!(
        first.starts_with(
            "::error file=content/process/steg-2.md,line=7,col=8,title=link::ingen sida heter \"steg-4.md\" – menade du \"steg-3.md\"?"
        ),
        "{first}"
    );
}

/// GitHub shows 10 error and 10 warning annotations of a step and drops the
/// rest: the first 10 of each are annotations, a notice counts the others,
/// which follow as plain lines, and the job summary has every finding.
fn annotations_within_githubs_limits(site: SiteTest) {
    let summary_dir = tempfile::tempdir().expect("a temporary folder");
    let summary_file = summary_dir.path().join("summary.md");
    std::fs::write(&summary_file, "An earlier step's summary.\n").expect("write the summary");
    let run = site
        .arg("--format")
        .arg("github")
        .env("GITHUB_STEP_SUMMARY", &summary_file.to_string_lossy())
        .build()
        .expect_transcript();
    assert_eq!(run.code, 1);
    let count = |prefix: &str| run.stdout.lines().filter(|l| l.starts_with(prefix)).count();
    assert_eq!(count("::error "), 10, "{}", run.stdout);
    assert_eq!(count("::warning "), 10, "{}", run.stdout);
    assert_eq!(count("::notice "), 1, "{}", run.stdout);
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert!(
        lines[..10].iter().all(|line| line.starts_with("::error ")),
        "errors come first: {}",
        run.stdout
    );
    assert!(
        lines[20].contains("5 fel och 2 varningar till"),
        "{}",
        lines[20]
    );
    assert_eq!(count("content/lankar.md:"), 5, "{}", run.stdout);
    assert_eq!(count("content/utkast.md:"), 2, "{}", run.stdout);

    let summary = std::fs::read_to_string(&summary_file).expect("the job summary");
    assert!(
        summary.starts_with("An earlier step's summary.\n"),
        "the summary is appended to, not replaced"
    );
    assert!(summary.contains("15 fel, 12 varningar"), "{summary}");
    let rows: Vec<&str> = summary.lines().filter(|l| l.starts_with("| `")).collect();
    assert_eq!(rows.len(), 27, "a row for every finding:\n{summary}");
    assert!(
        rows.contains(
            // Every mark escaped: the cell shows as text, whatever a name holds.
            &r#"| `content/lankar.md:21` | error\[link\] | ingen sida heter \"saknas\-15\.md\" |  |"#
        ),
        "{summary}"
    );
    assert!(
        rows.iter()
            .any(|row| row.contains(r"| warning\[lint\] \(placeholder\) |")),
        "{summary}"
    );
}

/// SARIF for code scanning: valid against the SARIF 2.1.0 schema, a rule for
/// every kind and lint rule, every finding a result at its line and column,
/// its file named from the repository the site folder is in.
fn sarif_is_valid_and_places_every_finding(site: SiteTest) {
    let work = site.site.parent().expect("the site's folder").to_path_buf();
    std::fs::create_dir(work.join(".git")).expect("make the folder a repository");
    let run = site.arg("--format").arg("sarif").build();
    assert_eq!(run.code, 1, "{}", run.stderr);
    let log: serde_json::Value = serde_json::from_str(&run.stdout).expect("SARIF is JSON");

    let schema_file =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/sarif-schema-2.1.0.json");
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(schema_file).expect("the schema"))
            .expect("the schema is JSON");
    let validator = jsonschema::validator_for(&schema).expect("the schema compiles");
    let errors: Vec<String> = validator
        .iter_errors(&log)
        .map(|error| format!("{error} at {}", error.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "not valid SARIF 2.1.0:\n{}",
        errors.join("\n")
    );

    assert_eq!(log["version"], "2.1.0");
    let runs = log["runs"].as_array().expect("runs");
    assert_eq!(runs.len(), 1);
    let driver = &runs[0]["tool"]["driver"];
    assert_eq!(driver["name"], "stegvis");
    assert_eq!(driver["version"], env!("CARGO_PKG_VERSION"));
    let rules: Vec<&str> = driver["rules"]
        .as_array()
        .expect("rules")
        .iter()
        .map(|rule| rule["id"].as_str().expect("id"))
        .collect();
    for id in [
        "link",
        "attachment",
        "fragment",
        "frontmatter",
        "config",
        "lint/placeholder",
        "lint/missing-alt",
    ] {
        assert!(rules.contains(&id), "no rule {id}: {rules:?}");
    }
    assert!(!rules.contains(&"lint"), "lint is its rules");

    let results = runs[0]["results"].as_array().expect("results");
    assert_eq!(results.len(), 6, "{:#}", runs[0]["results"]);
    let link = results
        .iter()
        .find(|result| result["ruleId"] == "link")
        .expect("the broken link");
    assert_eq!(link["level"], "error");
    assert_eq!(link["message"]["text"], "ingen sida heter \"steg-4.md\"");
    let location = &link["locations"][0]["physicalLocation"];
    assert_eq!(
        location["artifactLocation"]["uri"],
        "site/content/%C3%A5tg%C3%A4rder.md"
    );
    assert_eq!(location["region"]["startLine"], 6);
    assert_eq!(location["region"]["startColumn"], 4);
    let placeholder = results
        .iter()
        .find(|result| result["ruleId"] == "lint/placeholder")
        .expect("the placeholder");
    assert_eq!(placeholder["level"], "warning");
    let index = placeholder["ruleIndex"].as_u64().expect("ruleIndex") as usize;
    assert_eq!(rules[index], "lint/placeholder");
}

#[test]
fn check_finds_nothing_in_a_valid_site() {
    let run = SiteTest::from_dir("kinds_render_with_their_navigation").check();
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.contains("no errors"), "{}", run.stderr);
}
